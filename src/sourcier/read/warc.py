"""WARC and WARC.gz archives, read with fastwarc, robust to damage.

Every record is checked (headers present, full length, block digest when there is one).
When fastwarc cannot go on (a corrupt gzip member, a garbled header), the reader looks for
the next record start -- a gzip member that inflates to ``WARC/1.`` or a ``WARC/1.`` line --
and resumes there, so one bad record costs one :class:`Skip`, not the rest of the archive.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from sourcier.model import Page, Skip
from sourcier.read.common import CHUNK, SkipItem, too_large
from sourcier.read.decode import decode, looks_html
from sourcier.read.http import HTML_TYPES, decoded_body, parse_http

HTTP_HEADER_SLACK = 1 << 20  # room for HTTP headers (and chunk marks) above max_bytes
_PAGE_TYPES = WarcRecordType.response | WarcRecordType.resource
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."


class _Invalid(Exception):  # noqa: N818 - control flow inside this module
    """A record whose framing is broken. ``cut`` when it looks cut short (missing bytes)."""

    def __init__(self, detail: str, cut: bool) -> None:
        super().__init__(detail)
        self.detail = detail
        self.cut = cut


@dataclass
class _Damage:
    offset: int
    detail: str
    cut: bool
    exact: bool = True  # False: somewhere after ``offset`` (the last good record)


def read_warc(path: Path, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    """Pages of the HTML response records of a WARC file, in archive order."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed in finally, across generator pauses
    except OSError as exc:
        yield Skip(source, "unreadable", f"{exc.strerror or exc}")
        return
    try:
        yield from _read(f, source, max_bytes)
    finally:
        f.close()


def _read(f: BinaryIO, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    gz = f.read(3) == _GZIP_MEMBER
    size = f.seek(0, 2)
    start = 0
    damage: _Damage | None = None  # an unreadable stretch not reported yet
    resyncing = False
    if _only_padding(f, 0, size):
        yield Skip(source, "empty", "no records")
        return
    if not _is_record_start(f, 0, gz):
        first = _find_record_start(f, 1, gz)
        if first is None:
            end = _record_end(f, 0, gz) if gz else None
            if end is not None and end > size:
                yield Skip(f"{source}@0", "truncated", "the archive ends inside its first record")
            else:
                yield Skip(source, "unsupported-format", "no WARC record found")
            return
        damage = _Damage(0, "the file does not start with a WARC record", cut=False)
        start, resyncing = first, True
    while True:
        f.seek(start)
        good = 0
        last: int | None = None  # offset of the last record seen in this run
        failure: Exception | None = None
        try:
            for rec in ArchiveIterator(f, parse_http=False):
                pos = last = rec.stream_pos
                try:
                    item = _process(rec, f"{source}@{pos}", max_bytes)
                except (_Invalid, OSError) as exc:
                    bad = exc if isinstance(exc, _Invalid) else _Invalid(str(exc), _is_eof(exc))
                    if damage is None:
                        damage = _Damage(pos, bad.detail, bad.cut)
                    damage.cut = bad.cut
                    continue
                good += 1
                if damage is not None:
                    yield _damage_skip(source, damage, resumed_at=pos)
                    damage = None
                if item is not None:
                    yield item
        except (OSError, ValueError) as exc:
            failure = exc
        if failure is None:
            # fastwarc may stop quietly at a damaged or cut member: check nothing is left over
            end = start if last is None else _record_end(f, last, gz)
            if end is None or _only_padding(f, end, size):
                break
            failure = _Stopped(f"{size - end} bytes after byte {end} could not be parsed")
        if damage is None:  # the record after ``last`` (or at ``start``) broke the parser
            end = None if last is None else _record_end(f, last, gz)
            if last is None:
                damage = _Damage(start, str(failure), _is_eof(failure))
            elif end is None or end >= size:
                damage = _Damage(last, str(failure), _is_eof(failure), exact=False)
            else:
                damage = _Damage(end, str(failure), _is_eof(failure))
        else:
            if resyncing and good == 0 and not damage.exact:
                damage.offset, damage.exact = start, True  # the first bad record start found
            damage.cut = _is_eof(failure)
        search_from = max(damage.offset, start if last is None else last) + 1
        if resyncing and good == 0:
            search_from = max(search_from, start + 1)
        nxt = _find_record_start(f, search_from, gz)
        if nxt is None:
            break
        start, resyncing = nxt, True
    if damage is not None:
        end = _record_end(f, damage.offset, gz) if damage.exact else None
        cut = damage.cut or (end is not None and end > size)
        reason = "truncated" if cut else "damaged-record"
        yield _damage_skip(source, damage, resumed_at=None, reason=reason)


class _Stopped(Exception):  # noqa: N818
    """fastwarc ended without error before the end of the file."""


def _only_padding(f: BinaryIO, offset: int, size: int) -> bool:
    """True when nothing but whitespace or NUL padding follows ``offset``."""
    if offset >= size:
        return True
    f.seek(offset)
    while chunk := f.read(CHUNK):
        if chunk.strip(b" \t\r\n\x00"):
            return False
    return True


def _damage_skip(
    source: str, damage: _Damage, resumed_at: int | None, reason: str = "damaged-record"
) -> Skip:
    where = f"{source}@{damage.offset}"
    if damage.exact:
        detail = f"unreadable record ({damage.detail})"
    else:
        detail = f"unreadable data after the record at byte {damage.offset} ({damage.detail})"
    if resumed_at is not None:
        detail += f"; reading resumed at byte {resumed_at}"
    elif reason == "truncated":
        detail += "; the archive ends there"
    return Skip(where, reason, detail)


def _is_eof(exc: Exception) -> bool:
    text = str(exc).lower()
    if isinstance(exc, _Stopped | EOFError):
        return True
    return any(w in text for w in ("eof", "end of", "truncat", "unexpected end", "incomplete"))


def _record_end(f: BinaryIO, offset: int, gz: bool) -> int | None:
    """Where the record at ``offset`` ends (past the file size when it is cut), or None."""
    f.seek(offset)
    if gz:
        d = zlib.decompressobj(31)
        fed = 0
        try:
            while not d.eof:
                chunk = f.read(CHUNK)
                if not chunk:
                    return offset + fed + 1  # the member goes on past the end of the file
                fed += len(chunk)
                d.decompress(chunk, 1)  # the output is not needed; keep it tiny
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, 1 << 16)
        except zlib.error:
            return None
        return offset + fed - len(d.unused_data)
    head = f.read(1 << 16)
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return offset + len(head) + 1 if len(head) < 1 << 16 else None  # cut in the headers
    for line in head[: max(end, 0)].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return offset + end + 4 + int(value) + 4
    return None


def _find_record_start(f: BinaryIO, offset: int, gz: bool) -> int | None:
    """Offset of the next plausible record start at or after ``offset``, or None."""
    pattern = _GZIP_MEMBER if gz else _WARC_LINE
    pos = offset
    while True:
        f.seek(pos)
        chunk = f.read(CHUNK)
        if not chunk:
            return None
        i = chunk.find(pattern)
        while i >= 0:
            cand = pos + i
            if _is_record_start(f, cand, gz):
                return cand
            i = chunk.find(pattern, i + 1)
        if len(chunk) < CHUNK:
            return None
        pos += len(chunk) - len(pattern) + 1


def _is_record_start(f: BinaryIO, offset: int, gz: bool) -> bool:
    f.seek(max(0, offset - 1))
    data = f.read(1 << 16 if gz else 16)
    if offset > 0:
        before, data = data[:1], data[1:]
        if not gz and before != b"\n":
            return False
    if not gz:
        return data.startswith(_WARC_LINE)
    try:
        return zlib.decompressobj(31).decompress(data, 16).startswith(_WARC_LINE)
    except zlib.error:
        return False


def _check_framing(rec: WarcRecord) -> int:
    """Declared block length of a record whose mandatory headers are there; or _Invalid."""
    headers = rec.headers
    clen = headers.get("Content-Length")
    if not headers.get("WARC-Type") or clen is None:
        raise _Invalid("record headers are missing or garbled", cut=True)
    if not clen.strip().isdigit():
        raise _Invalid(f"bad Content-Length {clen[:40]!r}", cut=False)
    return int(clen)


def _read_block(rec: WarcRecord, n: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < n:
        chunk = rec.reader.read(min(CHUNK, n - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _digest_ok(rec: WarcRecord, block: bytes) -> bool:
    """False only when a ``WARC-Block-Digest`` we can check does not match."""
    value = rec.headers.get("WARC-Block-Digest")
    if not value or ":" not in value:
        return True
    algo, _, expected = value.partition(":")
    try:
        digest = hashlib.new(algo.strip().lower().replace("-", ""), block).digest()
    except ValueError:
        return True  # an algorithm we do not know: no verdict
    expected = expected.strip()
    try:
        if len(expected) == 2 * len(digest):
            return binascii.unhexlify(expected) == digest
        return base64.b32decode(expected.upper()) == digest
    except (binascii.Error, ValueError):
        return False


def _process(rec: WarcRecord, source: str, max_bytes: int) -> Page | Skip | None:
    """One record -> Page, Skip, or None for records that are not input items."""
    clen = _check_framing(rec)
    if not rec.record_type & _PAGE_TYPES:
        got = rec.reader.consume()
        if got < clen:
            raise _Invalid(f"record ends after {got} of {clen} bytes", cut=True)
        return None
    if clen > max_bytes + HTTP_HEADER_SLACK:
        return _oversized(rec, source, clen, max_bytes)
    block = _read_block(rec, clen)
    if len(block) < clen:
        raise _Invalid(f"record ends after {len(block)} of {clen} bytes", cut=True)
    if not _digest_ok(rec, block):
        raise _Invalid("block digest mismatch", cut=False)
    headers = rec.headers
    url = headers.get("WARC-Target-URI")
    meta: dict[str, object] = {}
    if headers.get("WARC-Record-ID"):
        meta["warc_record_id"] = headers.get("WARC-Record-ID")
    warnings: list[str] = []
    charset = None
    try:
        if rec.record_type == WarcRecordType.response:
            if not url or not url.lower().startswith(("http:", "https:")):
                return Skip(source, "not-html", f"not an HTTP response ({url or 'no URI'})")
            try:
                msg = parse_http(block)
            except ValueError as exc:
                return Skip(source, "damaged-record", f"unreadable HTTP headers: {exc}")
            meta["http_status"] = msg.status
            if not 200 <= msg.status < 300:
                return Skip(source, "http-status", str(msg.status))
            mime, charset = msg.mime, msg.charset
            if mime and mime not in HTML_TYPES:
                return Skip(source, "not-html", mime)
            body, warnings = decoded_body(msg, max_bytes)
            if msg.headers.get("content-type"):
                meta["content_type"] = msg.headers["content-type"]
        else:  # resource: the block is the document
            mime = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if mime and mime not in HTML_TYPES:
                return Skip(source, "not-html", mime)
            body = block
        if not mime and not looks_html(body):
            return Skip(source, "not-html", "no content type, and the body is not HTML")
        if len(body) > max_bytes:
            raise too_large(max_bytes)
        decoded = decode(body, kind="html", http_charset=charset)
    except SkipItem as skip:
        return Skip(source, skip.reason, skip.detail)
    return Page(
        source=source,
        content=decoded.text,
        kind="html",
        url=url,
        date=headers.get("WARC-Date"),
        encoding=decoded.encoding,
        meta=meta,
        warnings=warnings + decoded.warnings,
    )


def _oversized(rec: WarcRecord, source: str, clen: int, max_bytes: int) -> Skip:
    """A record too big to load: say why it is skipped from its headers, then drain it."""
    head = _read_block(rec, 1 << 16)
    got = len(head) + rec.reader.consume()
    if got < clen:
        raise _Invalid(f"record ends after {got} of {clen} bytes", cut=True)
    if rec.record_type == WarcRecordType.response:
        try:
            msg = parse_http(head)
        except ValueError as exc:
            return Skip(source, "damaged-record", f"unreadable HTTP headers: {exc}")
        if not 200 <= msg.status < 300:
            return Skip(source, "http-status", str(msg.status))
        mime = msg.mime
    else:
        mime = (rec.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        return Skip(source, "not-html", mime)
    skip = too_large(max_bytes)
    return Skip(source, skip.reason, skip.detail)
