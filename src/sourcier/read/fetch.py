"""Pages fetched from ``http(s)://`` arguments -- only ever because the user named them."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

from sourcier.model import Page, Skip
from sourcier.read.common import SkipItem, read_limited
from sourcier.read.decode import decode, looks_html
from sourcier.read.http import HTML_TYPES

USER_AGENT = "sourcier/0.1"
TIMEOUT = 20.0


def is_url(arg: object) -> bool:
    return isinstance(arg, str) and arg.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> Iterator[Page | Skip]:
    """GET ``url`` and yield its page, or a ``fetch-failed``/content Skip."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - user's URL
            final_url = resp.geturl()
            ctype = resp.headers.get("Content-Type", "")
            charset = resp.headers.get_content_charset()
            data = read_limited(resp, max_bytes)
    except SkipItem as skip:
        yield Skip(url, skip.reason, skip.detail)
        return
    except urllib.error.HTTPError as exc:
        yield Skip(url, "fetch-failed", f"HTTP {exc.code} {exc.reason}")
        return
    except urllib.error.URLError as exc:
        yield Skip(url, "fetch-failed", str(exc.reason))
        return
    except (OSError, ValueError) as exc:  # timeouts, resets, bad URLs
        yield Skip(url, "fetch-failed", f"{type(exc).__name__}: {exc}")
        return
    mime = ctype.split(";")[0].strip().lower()
    if mime in HTML_TYPES or (not mime and looks_html(data)):
        kind = "html"
    elif mime == "text/plain":
        kind = "text"
    else:
        yield Skip(url, "not-html", mime or "no content type")
        return
    try:
        decoded = decode(data, kind=kind, http_charset=charset)
    except SkipItem as skip:
        yield Skip(url, skip.reason, skip.detail)
        return
    meta: dict[str, object] = {"content_type": ctype} if ctype else {}
    if final_url != url:
        meta["requested_url"] = url
    yield Page(
        source=url,
        content=decoded.text,
        kind=kind,  # type: ignore[arg-type]
        url=final_url,
        encoding=decoded.encoding,
        meta=meta,
        warnings=decoded.warnings,
    )
