"""JSON and JSON Lines collections of page records (``{"url", "html" or "text", ...}``)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from sourcier.model import Page, Skip
from sourcier.read.common import CHUNK, SkipItem, read_limited
from sourcier.read.decode import detect, looks_html

# Fields holding the page, by preference; "html" is HTML, "text" plain text, the rest sniffed.
CONTENT_FIELDS = ("html", "text", "content", "body")
URL_FIELDS = ("url", "link", "uri")
DATE_FIELDS = ("date", "published", "date_published", "datePublished", "pubdate")
TITLE_FIELDS = ("title", "headline")
JSON_FILE_FACTOR = 10  # a whole .json file may hold this many max-size pages


def record_to_page(
    obj: Any,
    source: str,
    max_bytes: int,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
) -> Page | Skip:
    """One decoded JSON record -> a Page, or a Skip saying what is wrong with it."""
    if not isinstance(obj, dict):
        return Skip(
            source, "malformed-json", f"record is a JSON {type(obj).__name__}, not an object"
        )
    meta = dict(obj)
    content_field = None
    for name in CONTENT_FIELDS:
        value = meta.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            return Skip(source, "malformed-json", f"field {name!r} is not a string")
        content_field = name
        break
    if content_field is None:
        return Skip(source, "empty", "record has no html or text field")
    content = meta.pop(content_field)
    if len(content) > max_bytes or len(content.encode("utf-8", "surrogatepass")) > max_bytes:
        return Skip(source, "too-large", f"field {content_field!r} exceeds the size limit")
    if not content.strip():
        return Skip(source, "empty", f"field {content_field!r} is blank")
    if content_field == "html":
        kind = "html"
    elif content_field == "text":
        kind = "text"
    else:
        kind = "html" if looks_html(content[:8192].encode("utf-8", "replace")) else "text"
    return Page(
        source=source,
        content=content,
        kind=kind,  # type: ignore[arg-type]
        url=_pop_scalar(meta, URL_FIELDS),
        date=_pop_scalar(meta, DATE_FIELDS),
        title=_pop_scalar(meta, TITLE_FIELDS),
        encoding=encoding,
        meta=meta,
        warnings=list(warnings or []),
    )


def _pop_scalar(meta: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = meta.get(name)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and value != "":
            del meta[name]
            return str(value)
    return None


def _decode_json_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """JSON is UTF-8 by standard; accept a BOM, UTF-16, or a legacy codepage with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16", []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    enc = detect(data)
    if enc is None:
        raise SkipItem("undecodable", "not UTF-8 and no other charset fits")
    return data.decode(enc), enc, [f"JSON is not UTF-8; decoded as {enc}"]


def _malformed(line: str, exc: ValueError, final: bool) -> tuple[str, str]:
    """Reason and detail for a record that does not parse; a cut last record is ``truncated``."""
    pos = getattr(exc, "pos", None)
    cut = pos is not None and (
        pos >= len(line.rstrip()) or str(exc).startswith("Unterminated string")
    )
    if final and cut:
        return "truncated", f"input ends inside a record ({exc})"
    return "malformed-json", str(exc)


def read_jsonl(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    """JSON Lines: one record per line, ``source:N`` (1-based); bad lines do not stop the file."""
    number = 0
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except EOFError as exc:
            yield Skip(
                source, "truncated", f"compressed data ends early after line {number}: {exc}"
            )
            return
        except (gzip.BadGzipFile, zlib.error) as exc:
            yield Skip(source, "corrupt", f"compressed data is damaged after line {number}: {exc}")
            return
        except OSError as exc:
            yield Skip(source, "unreadable", f"read error after line {number}: {exc}")
            return
        if not line:
            return
        number += 1
        item = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield Skip(item, "too-large", "record line exceeds the size limit")
            try:
                while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                    pass
            except (EOFError, OSError, zlib.error) as exc:
                yield Skip(source, "truncated", f"compressed data ends early: {exc}")
                return
            continue
        if not line.strip():
            continue
        try:
            text, encoding, warnings = _decode_json_bytes(line)
        except SkipItem as skip:
            yield Skip(item, skip.reason, skip.detail)
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            reason, detail = _malformed(text, exc, final=not line.endswith(b"\n"))
            yield Skip(item, reason, detail)
            continue
        yield record_to_page(obj, item, max_bytes, encoding, warnings)


def read_json(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Page | Skip]:
    """A JSON document: one record (``source``) or a list of them (``source[i]``, 0-based).

    The file is parsed whole, so it may be at most ``JSON_FILE_FACTOR * max_bytes``;
    JSON Lines suits bigger collections.
    """
    try:
        data = read_limited(stream, JSON_FILE_FACTOR * max_bytes, "JSON file")
        text, encoding, warnings = _decode_json_bytes(data)
    except SkipItem as skip:
        yield Skip(source, skip.reason, skip.detail)
        return
    if not text.strip():
        yield Skip(source, "empty", "no content")
        return
    try:
        doc = json.loads(text)
    except ValueError as exc:
        if text.lstrip().startswith("["):  # keep the records before the damage
            yield from _salvage_list(text, source, max_bytes, encoding, warnings)
        else:
            reason, detail = _malformed(text, exc, final=True)
            yield Skip(source, reason, detail)
        return
    if isinstance(doc, list):
        if not doc:
            yield Skip(source, "empty", "the JSON list has no records")
        for i, obj in enumerate(doc):
            yield record_to_page(obj, f"{source}[{i}]", max_bytes, encoding, warnings)
    else:
        yield record_to_page(doc, source, max_bytes, encoding, warnings)


def _salvage_list(
    text: str, source: str, max_bytes: int, encoding: str, warnings: list[str]
) -> Iterator[Page | Skip]:
    """Records of a JSON list that does not parse as a whole, up to the first bad one."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    n = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith("]", pos):
            return
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except ValueError as exc:
            reason, detail = _malformed(text, exc, final=True)
            yield Skip(f"{source}[{n}]", reason, detail + "; the rest of the list is not read")
            return
        yield record_to_page(obj, f"{source}[{n}]", max_bytes, encoding, warnings)
        n += 1
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("]", pos):
            where = "ends" if pos >= len(text) else f"has {text[pos : pos + 10]!r}"
            reason = "truncated" if pos >= len(text) else "malformed-json"
            yield Skip(f"{source}[{n}]", reason, f"the list {where} after item {n - 1}")
            return
