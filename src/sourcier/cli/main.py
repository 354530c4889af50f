"""Entry point of the ``sourcier`` command: dispatches to one module per subcommand.

Each module in :data:`COMMANDS` exposes ``register(subparsers)``, which adds its parser and
sets ``func`` (a callable taking the parsed args and returning an exit code).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from sourcier import __version__
from sourcier.errors import SourcierError

COMMANDS = [
    "extract", "annotate", "compare", "index", "stats", "trace", "families", "network", "demo",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcier",
        description="Trace copied and machine-translated news back to its original "
        "and show what changed.",
    )
    parser.add_argument("--version", action="version", version=f"sourcier {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"sourcier.cli.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name == f"sourcier.cli.{name}_cmd":
                continue  # subcommand not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except SourcierError as exc:
        print(f"sourcier: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("sourcier: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
