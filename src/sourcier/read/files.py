"""Local files and directories: HTML, text, their ``.gz``, and dispatch to the container readers."""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sourcier.model import Page, Skip
from sourcier.read.common import SkipItem, read_limited, too_large
from sourcier.read.decode import HEAD, binary_kind, decode, sniff
from sourcier.read.records import read_json, read_jsonl
from sourcier.read.warc import read_warc

_BY_EXTENSION = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
# Never article pages: skipped without being opened.
# fmt: off
_NOT_PAGES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".avif",
        ".pdf", ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst", ".mp3", ".mp4",
        ".m4a", ".ogg", ".wav", ".webm", ".mov", ".avi", ".mkv", ".woff", ".woff2", ".ttf", ".otf",
        ".eot", ".css", ".js", ".mjs", ".map", ".wasm", ".exe", ".dll", ".so", ".bin", ".doc",
        ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".db", ".sqlite", ".parquet", ".pkl",
        ".npy", ".npz", ".cdx", ".arc",
    }
)
# fmt: on


def format_of(name: str) -> tuple[str | None, bool]:
    """(format, gzipped) from a file name; format None means "sniff the content"."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    ext = os.path.splitext(lower)[1]
    if ext in _NOT_PAGES:
        return "unsupported", gz
    return _BY_EXTENSION.get(ext), gz


class _Prefixed(io.RawIOBase):
    """A stream that replays ``head`` before the rest of ``inner`` (for sniffing pipes).

    An error met while reading the head is raised again once the head is used up.
    """

    def __init__(self, head: bytes, inner: BinaryIO, error: Exception | None = None) -> None:
        self._head = head
        self._inner = inner
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            raise self._error
        data = self._inner.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def _peek(stream: BinaryIO, n: int = HEAD) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``stream`` and a stream that still starts with them."""
    head = b""
    error: Exception | None = None
    try:
        while len(head) < n:
            chunk = stream.read(n - len(head))
            if not chunk:
                break
            head += chunk
    except (EOFError, OSError, zlib.error) as exc:
        error = exc
    return head, io.BufferedReader(_Prefixed(head, stream, error), buffer_size=1 << 16)


def _gzipped_warc(head: bytes) -> bool:
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def read_stream(
    stream: BinaryIO,
    source: str,
    max_bytes: int,
    fmt: str | None = None,
    *,
    sniffed: bool = False,
    path: Path | None = None,
) -> Iterator[Page | Skip]:
    """Read one input stream whose format is ``fmt`` or, when None, sniffed from its content.

    ``path`` is the file behind the stream when there is one (WARC readers seek in it);
    ``sniffed`` marks streams whose format came from their content, not their name.
    """
    if fmt is None:
        head, stream = _peek(stream)
        fmt = sniff(head)
        if fmt == "gzip" and path is None and _gzipped_warc(head):
            yield from _read_spooled_warc(stream, source, max_bytes)  # keep members for resync
            return
        if fmt == "gzip":
            inner = gzip.GzipFile(fileobj=stream)
            yield from read_stream(inner, source, max_bytes, sniffed=True, path=path)
            return
        if fmt == "binary":
            yield Skip(source, "unsupported-format", f"not a page: {binary_kind(head)}")
            return
        sniffed = True
    if fmt == "json" and not sniffed:  # Spark, BigQuery and many scrapers write JSON Lines as .json
        head, stream = _peek(stream)
        if sniff(head) == "jsonl":
            fmt = "jsonl"
    if fmt == "warc":
        if path is not None:  # fastwarc reads the file itself, gzipped or not
            yield from read_warc(path, source, max_bytes)
        else:
            yield from _read_spooled_warc(stream, source, max_bytes)
    elif fmt == "json":
        yield from read_json(stream, source, max_bytes)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, source, max_bytes)
    elif fmt in ("html", "text"):
        yield _read_document(stream, source, max_bytes, fmt)
    elif fmt == "empty":
        try:
            read_limited(stream, max_bytes)  # re-raises a read error met while sniffing
        except SkipItem as skip:
            yield Skip(source, skip.reason, skip.detail)
        else:
            yield Skip(source, "empty", "no content")
    else:
        detail = "content is neither HTML nor text" if sniffed else f"format {fmt!r}"
        yield Skip(source, "unsupported-format", detail)


def _read_document(stream: BinaryIO, source: str, max_bytes: int, kind: str) -> Page | Skip:
    try:
        data = read_limited(stream, max_bytes)
        decoded = decode(data, kind=kind)
    except SkipItem as skip:
        return Skip(source, skip.reason, skip.detail)
    return Page(
        source=source,
        content=decoded.text,
        kind="html" if kind == "html" else "text",
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def _read_spooled_warc(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    """WARC from a pipe or a gzip wrapper: copy it to a temporary file so it can be resynced."""
    with tempfile.TemporaryDirectory(prefix="sourcier-") as tmp:
        spool = Path(tmp) / "input.warc"
        try:
            with open(spool, "wb") as out:
                shutil.copyfileobj(stream, out, 1 << 20)
        except EOFError:
            pass  # a cut gzip wrapper: read what arrived, the WARC reader reports the cut
        except OSError as exc:
            yield Skip(source, "unreadable", str(exc))
            return
        yield from read_warc(spool, source, max_bytes)


def read_file(path: Path, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    """Read one file (any supported format) into pages and skips."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            yield Skip(source, "unreadable", f"broken symbolic link to {os.readlink(path)}")
        else:
            yield Skip(source, "not-found", "no such file")
        return
    except OSError as exc:
        yield Skip(source, "unreadable", f"{exc.strerror or exc}")
        return
    fmt, gz = format_of(path.name)
    if fmt == "unsupported":
        yield Skip(source, "unsupported-format", f"{path.suffix or 'this'} files are not pages")
        return
    if fmt == "warc":
        yield from read_warc(path, source, max_bytes)
        return
    if not gz and fmt in ("html", "text") and st.st_size > max_bytes:
        skip = too_large(max_bytes)
        yield Skip(source, skip.reason, skip.detail)
        return
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after a generator may pause
    except OSError as exc:
        yield Skip(source, "unreadable", f"{exc.strerror or exc}")
        return
    try:
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gz else raw
        yield from read_stream(stream, source, max_bytes, fmt, path=path)
    except OSError as exc:  # a read error mid-file (network disk, permissions changed ...)
        yield Skip(source, "unreadable", f"{exc.strerror or exc}")
    finally:
        raw.close()


def walk(root: Path, source_root: str) -> Iterator[tuple[Path, str] | Skip]:
    """Files under ``root`` in sorted order, hidden entries left out; unlistable dirs as Skips."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Skip(source_root, "unreadable", f"cannot list directory: {exc.strerror or exc}")
        return
    subdirs = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        source = os.path.join(source_root, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            linked_dir = not is_dir and entry.is_symlink() and entry.is_dir()
        except OSError:
            is_dir = linked_dir = False
        if linked_dir:
            yield Skip(source, "unsupported-format", "symbolic link to a directory not followed")
        elif is_dir:
            subdirs.append((Path(entry.path), source))
        else:
            yield Path(entry.path), source
    for sub, source in subdirs:
        yield from walk(sub, source)
