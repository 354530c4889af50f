"""Bytes -> text: binary check, format sniffing and charset detection.

Detect, don't assume: BOM first, then the declared charsets (HTTP header, ``<meta>``), checked
against the bytes; when none fits, charset-normalizer decides and a warning says so.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from sourcier.read.common import SkipItem

HEAD = 8192  # bytes looked at for the binary check and sniffing
META_WINDOW = 4096  # bytes searched for a <meta charset>

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\x00asm", "WebAssembly"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00\x01\x00\x00\x00", "font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# WHATWG: these labels mean windows-125x in browsers, whatever the page claims.
_LABEL_FIXES = {
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}

_META_RE = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]{1,40})""", re.IGNORECASE
)
_XML_DECL_RE = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:+-]{1,40})""")
_HTML_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|section|main|div|p|h[1-6]|span"
    rb"|a\s|br|table|ul|script|style|link)\b",
    re.IGNORECASE,
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
# Near-ties between detected codecs go to the most used ones on the web, in this order.
_PREFERRED = (
    "utf_8", "cp1252", "iso8859_1", "iso8859_15", "cp1251", "koi8_r", "koi8_u", "iso8859_2",
    "cp1250", "cp1253", "cp1254", "cp1256", "cp1255", "gb18030", "cp932", "euc_jp", "cp949",
    "big5", "cp874", "cp1257",
)  # fmt: skip
_TIE = 0.1  # chaos difference under which detected codecs count as a tie


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def codec_name(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when the label is unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def _browser_codec(label: str | None) -> str | None:
    name = codec_name(label)
    if name in ("utf_16", "utf_16_le", "utf_16_be", "utf_32"):
        return "utf_8"  # a declaration readable as ASCII cannot be UTF-16 (HTML spec rule)
    return _LABEL_FIXES.get(name, name) if name else None


def _display(enc: str) -> str:
    return enc.replace("_", "-")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``data`` starts with a byte order mark."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """Guess UTF-16 without BOM from the NUL pattern of mostly-ASCII text."""
    if len(head) < 8:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """A description of the binary format of ``data`` (by its head), or None for text."""
    head = data[:HEAD]
    if bom_encoding(head):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF":
        return "RIFF media (WebP/WAV/AVI)"
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if b"\x00" in head:
        return None if _bomless_utf16(head) else "data with NUL bytes"
    if head and len(head.translate(None, _CONTROL)) < 0.95 * len(head):
        return "data with control characters"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset label of a ``<meta charset>``/``http-equiv`` or XML declaration, if any."""
    window = data[:META_WINDOW]
    m = _META_RE.search(window) or _XML_DECL_RE.search(window)
    return m.group(1).decode("ascii") if m else None


def looks_html(data: bytes) -> bool:
    return bool(_HTML_RE.search(data[:HEAD]))


def sniff(head: bytes) -> str:
    """Format of a stream from its first bytes.

    One of ``gzip``, ``warc``, ``json``, ``jsonl``, ``html``, ``text``, ``binary``, ``empty``.
    """
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    bom = bom_encoding(head)
    body = head[bom[1] :] if bom and bom[0] == "utf-8" else head
    stripped = body.lstrip()
    if not stripped:
        return "empty"
    if stripped.startswith(b"WARC/1.") or stripped.startswith(b"WARC/0."):
        return "warc"
    if binary_kind(head):
        return "binary"
    if stripped[:1] == b"[":
        return "json"
    if stripped[:1] == b"{":
        first, newline, _ = stripped.partition(b"\n")
        if not newline:
            return "jsonl"
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "json"
        except ValueError:
            return "json"
    wide = bom[0] if bom and bom[0] != "utf-8" else _bomless_utf16(head)
    if wide:
        body = head.decode(wide, errors="ignore").encode("utf-8")
    return "html" if looks_html(body) else "text"


def _detection_sample(data: bytes) -> bytes:
    if len(data) <= 256 * 1024:
        return data
    lines = [line for line in data.splitlines() if max(line, default=0) > 127]
    sample = data[: 64 * 1024] + b"\n" + b"\n".join(lines)
    return sample[: 192 * 1024]


def detect(data: bytes) -> str | None:
    """The codec charset-normalizer finds for ``data`` that decodes all of it, or None.

    Among candidates within ``_TIE`` of the lowest chaos, common web codecs (``_PREFERRED``)
    beat DOS/Mac/rare ones, then language coherence and commonness decide: on short text
    charset-normalizer alone often reports French Latin-1 as a Baltic or Mac codepage.
    """
    results = list(from_bytes(_detection_sample(data)))
    if not results:
        return None
    best = min(m.chaos for m in results)
    rank = {enc: i for i, enc in enumerate(_PREFERRED)}
    close = [(codec_name(m.encoding) or m.encoding, m) for m in results if m.chaos <= best + _TIE]
    common = [(enc, m) for enc, m in close if enc in rank]
    ranked = sorted(common or close, key=lambda c: (-round(c[1].coherence, 2), rank.get(c[0], 99)))
    for enc, _ in ranked:
        for candidate in ("cp1252", enc) if enc == "iso8859_1" else (enc,):
            try:
                data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
            return candidate
    return None


def _is_single_byte(enc: str) -> bool:
    """True for codepages mapping each byte to one character (cp1252, koi8-r, ...)."""
    if enc.startswith(("utf", "iso2022", "hz")):
        return False
    return len(bytes(range(128, 256)).decode(enc, errors="replace")) == 128


def _valid_non_ascii_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, *, kind: str = "html", http_charset: str | None = None) -> Decoded:
    """Decode a page's bytes. Raises :class:`SkipItem` (``empty``, ``binary``, ``undecodable``)."""
    if not data.strip():
        raise SkipItem("empty", "no content")
    warnings: list[str] = []
    bom = bom_encoding(data)
    if bom:
        enc, n = bom
        try:
            text = data[n:].decode(enc)
        except UnicodeDecodeError:
            text = data[n:].decode(enc, errors="replace")
            warnings.append(
                f"invalid {_display(enc)} bytes after the byte order mark were replaced"
            )
        return _checked(text, enc, warnings)
    what = binary_kind(data)
    if what:
        raise SkipItem("binary", what)
    utf16 = _bomless_utf16(data[:HEAD]) if b"\x00" in data[:HEAD] else None
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16.replace("-", "_"), warnings)
        except UnicodeDecodeError:
            raise SkipItem("binary", "data with NUL bytes") from None

    declared: list[tuple[str, str]] = []  # (codec, label as written)
    labels = [http_charset] + ([declared_charset(data)] if kind == "html" else [])
    for label in labels:
        enc = _browser_codec(label)
        if not enc or not label:
            if label:
                warnings.append(f"unknown charset {label!r} ignored")
            continue
        label = label.strip().strip("\"'").lower()
        declared.append((enc, label))
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc != "utf_8" and _is_single_byte(enc) and _valid_non_ascii_utf8(data):
            warnings.append(f"declared charset {label} did not match; decoded as utf-8")
            return _checked(data.decode("utf-8"), "utf_8", warnings)
        return _checked(text, enc, warnings)

    claimed = declared[0][1] if declared else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if claimed:
            warnings.append(f"declared charset {claimed} did not match; decoded as utf-8")
        return _checked(text, "utf_8", warnings)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        if claimed:
            warnings.append(f"declared charset {claimed} did not match; decoded as utf-8")
        warnings.append(f"invalid utf-8 bytes replaced ({bad})")
        return _checked(text, "utf_8", warnings)
    enc = detect(data)
    if enc:
        if claimed:
            warnings.append(f"declared charset {claimed} did not match; decoded as {_display(enc)}")
        else:
            warnings.append(f"no charset declared; detected {_display(enc)}")
        return _checked(data.decode(enc), enc, warnings)
    fallback = declared[0][0] if declared else "utf_8"
    text = data.decode(fallback, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(8, len(text) // 100):
        raise SkipItem("undecodable", f"no charset decodes it ({bad} invalid sequences)")
    warnings.append(
        f"no charset decodes it cleanly; decoded as {_display(fallback)} with {bad} replacements"
    )
    return _checked(text, fallback, warnings)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray invalid bytes (a pasted Latin-1 snippet): (text, bad count)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    return (text, bad) if valid >= max(bad, 1) else None


def _checked(text: str, enc: str, warnings: list[str]) -> Decoded:
    if not text.strip():
        raise SkipItem("empty", "only whitespace")
    return Decoded(text, _display(enc), warnings)
