"""Read inputs: every file, archive record, JSON record or URL becomes a Page or a Skip.

>>> for item in read_inputs(["news/", "crawl.warc.gz", "dump.jsonl"]):
...     print(item.source, getattr(item, "reason", "ok"))

Formats come from the file extension (``.html .htm .xhtml .shtml .txt .json .jsonl .ndjson
.warc``, each also ``.gz``) and otherwise from the content (a ``.json`` holding one object per
line is read as JSON Lines). Nothing is silently dropped: what cannot be read is a
:class:`~sourcier.model.Skip` with a stable ``reason`` code (see ``SKIP_REASONS``).

Source names: the path (or ``-`` for stdin); ``file.jsonl:17`` (1-based line);
``file.json[3]`` (0-based list index); ``archive.warc.gz@1234`` (byte offset of the record,
in the compressed file for .gz); the URL for fetched pages.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sourcier.model import Page, Skip
from sourcier.read.common import DEFAULT_MAX_BYTES
from sourcier.read.fetch import fetch, is_url
from sourcier.read.files import read_file, read_stream, walk

__all__ = ["DEFAULT_MAX_BYTES", "SKIP_REASONS", "count_inputs", "read_inputs"]

SKIP_REASONS = (
    "not-found",  # the path does not exist
    "unreadable",  # permission denied, broken symlink, I/O error
    "unsupported-format",  # not a page format (image, CSS, unknown binary)
    "empty",  # no content, or a record without html/text
    "binary",  # binary bytes where a page was expected (a PNG named .html)
    "undecodable",  # no charset decodes it
    "too-large",  # above max_bytes once decoded/decompressed
    "truncated",  # a .gz, WARC or JSON cut short
    "corrupt",  # damaged compressed data (not a cut)
    "damaged-record",  # a WARC record that cannot be parsed; reading resumes after it
    "malformed-json",  # a JSON line/document that does not parse or is not an object
    "not-html",  # a WARC/URL response that is not HTML
    "http-status",  # a WARC response with a non-2xx status (detail: the code)
    "fetch-failed",  # a URL that could not be fetched
)


def read_inputs(
    paths: Sequence[str | os.PathLike],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Page | Skip]:
    """Yield a Page or a Skip for every input item, lazily, in argument order.

    Directories are walked recursively in sorted order (hidden entries left out);
    ``http(s)://`` arguments are fetched; with no paths, ``stdin`` (default
    ``sys.stdin.buffer``) is read and its format sniffed. ``-`` also means stdin.
    """
    if not paths:
        paths = ["-"]
    for arg in paths:
        if is_url(arg):
            yield from fetch(str(arg), max_bytes)
            continue
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_stream(stream, "-", max_bytes)
            continue
        path = Path(arg)
        source = os.fspath(arg)
        if path.is_dir():
            for entry in walk(path, source):
                if isinstance(entry, Skip):
                    yield entry
                else:
                    yield from read_file(entry[0], entry[1], max_bytes)
        else:
            yield from read_file(path, source, max_bytes)


def count_inputs(paths: Sequence[str | os.PathLike]) -> int | None:
    """Number of input files and URLs (a WARC or JSONL counts as one), for a progress total.

    None when unknown: stdin, or no paths at all.
    """
    if not paths:
        return None
    total = 0
    for arg in paths:
        if arg == "-":
            return None
        if is_url(arg):
            total += 1
            continue
        path = Path(arg)
        if path.is_dir():
            total += sum(1 for entry in walk(path, os.fspath(arg)) if not isinstance(entry, Skip))
        else:
            total += 1
    return total
