"""Shared pieces of the readers: the size limit, the skip exception, bounded reads."""

from __future__ import annotations

import gzip
import zlib
from typing import BinaryIO

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # decoded/decompressed size allowed per page
CHUNK = 1 << 20


class SkipItem(Exception):  # noqa: N818 - it is a control-flow signal, not an error
    """Raised inside a reader when one item must become a :class:`~sourcier.model.Skip`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def human_size(n: int) -> str:
    """``20971520`` -> ``"20 MB"`` (binary megabytes, for messages)."""
    if n >= 1 << 20:
        return f"{n / (1 << 20):.0f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.0f} KB"
    return f"{n} bytes"


def too_large(max_bytes: int, what: str = "page") -> SkipItem:
    return SkipItem("too-large", f"{what} exceeds the limit of {human_size(max_bytes)}")


def read_limited(stream: BinaryIO, max_bytes: int, what: str = "page") -> bytes:
    """Read a whole stream, or raise ``too-large`` as soon as it passes ``max_bytes``.

    Gzip streams raise ``truncated`` when cut short and ``corrupt`` when damaged; since
    decompression is incremental, a gzip bomb is stopped after ``max_bytes`` of output.
    """
    parts: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = stream.read(min(CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise too_large(max_bytes, what)
    except EOFError as exc:
        raise SkipItem("truncated", f"compressed data ends early ({exc})") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise SkipItem("corrupt", f"compressed data is damaged ({exc})") from exc
    return b"".join(parts)
