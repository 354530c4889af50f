"""Helpers shared by the subcommands: output, progress bars, end-of-run summaries."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar

from tqdm import tqdm

from sourcier.errors import UsageError

T = TypeVar("T")

EXIT_OK = 0
EXIT_PARTIAL = 1  # some inputs were skipped
EXIT_USAGE = 2


def progress(items: Iterable[T], *, desc: str, total: int | None = None, unit: str = "page",
             enabled: bool | None = None) -> Iterator[T]:
    """Wrap ``items`` in a progress bar on stderr (shown only when stderr is a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    return iter(tqdm(items, desc=desc, total=total, unit=unit, file=sys.stderr,
                     disable=not enabled, dynamic_ncols=True, leave=False))


@dataclass
class Summary:
    """Counts of what a batch did, printed on stderr at the end."""

    read: int = 0
    done: int = 0
    skipped: Counter = field(default_factory=Counter)
    noun: str = "articles"

    def add_skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.skipped else EXIT_OK

    def render(self) -> str:
        n_skip = sum(self.skipped.values())
        line = f"{self.read} inputs read, {self.done} {self.noun}, {n_skip} skipped"
        if n_skip:
            reasons = ", ".join(f"{r}: {c}" for r, c in self.skipped.most_common())
            line += f" ({reasons})"
        return line

    def print(self, stream: IO[str] | None = None) -> None:
        print(self.render(), file=stream or sys.stderr)


def add_batch_arguments(p: Any) -> None:
    """Inputs, output, format and worker processes: the options of every batch command."""
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories, WARC/JSON/JSONL, URLs, or '-' (default: stdin)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="jsonl",
                   help="json: one pretty JSON array; jsonl: one record per line (default); "
                        "text: human-readable")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1)")


def open_output(path: str | None) -> IO[str]:
    """Open ``-o FILE`` for writing (stdout when None or '-')."""
    if path in (None, "-"):
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by caller
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc


def dump_json(obj: Any, out: IO[str], *, pretty: bool = True) -> None:
    """Write one JSON document (pretty) or one JSON line."""
    if pretty:
        json.dump(obj, out, ensure_ascii=False, indent=2)
    else:
        json.dump(obj, out, ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
