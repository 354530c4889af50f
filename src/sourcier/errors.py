"""Errors a user can cause and fix: the command line prints them without a traceback."""


class SourcierError(Exception):
    """A clear, user-facing error. ``exit_code`` is what the command line returns."""

    exit_code = 1


class UsageError(SourcierError):
    """The command was called wrongly (bad option, missing file, wrong store)."""

    exit_code = 2


class StoreError(SourcierError):
    """The corpus directory is missing, not a sourcier store, or from a newer version."""

    exit_code = 2


class StoreFullError(SourcierError):
    """The disk filled up while writing to the store: the batch in progress was rolled back,
    what was committed before stays; free space and run the same command again."""

    exit_code = 3
