"""The HTTP message stored in a WARC response record: status, headers, decoded body."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from sourcier.read.common import SkipItem, too_large
from sourcier.read.decode import codec_name

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_STATUS_RE = re.compile(r"HTTP/\d(?:\.\d)?\s+(\d{3})")


@dataclass
class HttpMessage:
    status: int
    headers: dict[str, str]  # lower-case names; the last of repeated headers wins
    body: bytes

    @property
    def mime(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The Content-Type charset, when Python knows the codec."""
        m = re.search(
            r"charset\s*=\s*[\"']?([^\"';\s]+)", self.headers.get("content-type", ""), re.I
        )
        return m.group(1) if m and codec_name(m.group(1)) else None


def parse_http(block: bytes) -> HttpMessage:
    """Split a raw HTTP response; raises ValueError when there is no valid status line."""
    crlf = block.find(b"\r\n\r\n")
    lf = block.find(b"\n\n")
    if crlf < 0 and lf < 0:
        raise ValueError("no end of HTTP headers")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        head, body = block[:crlf], block[crlf + 4 :]
    else:
        head, body = block[:lf], block[lf + 2 :]
    lines = head.decode("latin-1").splitlines()
    m = _STATUS_RE.match(lines[0].strip()) if lines else None
    if not m:
        raise ValueError(f"bad HTTP status line {lines[0][:60]!r}" if lines else "empty")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers[name.strip().lower()] = value.strip()
    return HttpMessage(int(m.group(1)), headers, body)


def dechunk(data: bytes) -> bytes:
    """Undo ``Transfer-Encoding: chunked``; data that is not really chunked comes back as is."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break
        try:
            size = int(data[pos:nl].split(b";")[0].strip(), 16)
        except ValueError:
            return data if not out else bytes(out)
        if size == 0:
            break
        out += data[nl + 1 : nl + 1 + size]
        pos = nl + 1 + size
        if data[pos : pos + 2] == b"\r\n":
            pos += 2
        elif data[pos : pos + 1] == b"\n":
            pos += 1
    return bytes(out)


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = d.decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        raise too_large(max_bytes)
    return out


def decoded_body(msg: HttpMessage, max_bytes: int) -> tuple[bytes, list[str]]:
    """The body with transfer and content encodings removed, at most ``max_bytes`` long."""
    body = msg.body
    warnings: list[str] = []
    if "chunked" in msg.headers.get("transfer-encoding", "").lower():
        body = dechunk(body)
    coding = msg.headers.get("content-encoding", "").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate"):
        attempts = (47,) if coding != "deflate" else (15, -15)
        for wbits in attempts:
            try:
                body = _inflate(body, wbits, max_bytes)
                break
            except zlib.error:
                continue
        else:
            warnings.append(f"Content-Encoding {coding} declared but the body does not inflate")
    elif coding == "br":
        try:
            import brotli

            body = brotli.decompress(body)
        except ImportError:
            raise SkipItem("undecodable", "brotli-compressed body and no brotli module") from None
        except Exception:  # noqa: BLE001 - brotli raises its own error type
            warnings.append("Content-Encoding br declared but the body does not decompress")
    elif coding not in ("", "identity", "none"):
        raise SkipItem("undecodable", f"unsupported Content-Encoding {coding!r}")
    if len(body) > max_bytes:
        raise too_large(max_bytes)
    return body, warnings
