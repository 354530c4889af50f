"""Page metadata (title, authors, date, site name, URLs) from a parsed HTML tree.

A lighter pass than ``trafilatura.extract_metadata``: the same meta-tag and JSON-LD readers,
htmldate without its extensive search, a cheaper byline-markup author fallback, and no
categories/tags/licence. The tree is only read, never changed.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

log = logging.getLogger(__name__)


@dataclass
class PageMeta:
    """What the page's head (and JSON-LD) says about it."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    sitename: str | None = None
    description: str | None = None
    url: str | None = None  # trafilatura's pick (canonical, og:url, ...)
    canonical: str | None = None  # <link rel="canonical">
    og_url: str | None = None  # <meta property="og:url">
    html_lang: str | None = None


def split_authors(value: str | None) -> list[str]:
    """trafilatura joins authors with ``; ``: split, trim, de-duplicate, keep order."""
    if not value:
        return []
    out: list[str] = []
    for part in value.split(";"):
        name = " ".join(part.split())
        if name and name not in out:
            out.append(name)
    return out


def _head_links(tree: HtmlElement) -> tuple[str | None, str | None, str | None]:
    canonical = og_url = None
    head = tree.find("head")
    if head is None or head.find("meta") is None:
        head = tree  # no usable <head>: search the whole page
    for el in head.iterfind(".//link[@rel]"):
        if el.get("rel", "").strip().lower() == "canonical" and el.get("href"):
            canonical = el.get("href", "").strip() or None
            break
    for el in head.iterfind(".//meta[@content]"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key == "og:url":
            og_url = el.get("content", "").strip() or None
            break
    lang = tree.get("lang") or tree.get("xml:lang")
    return canonical, og_url, (lang.strip().lower() or None) if lang else None


_AUTHOR_XPATH = (
    "//*[@class or @rel or @itemprop or @id or @data-component]"
    "[@rel='author' or contains(@itemprop,'author') or contains(@class,'author') or "
    "contains(@class,'Author') or contains(@class,'byline') or contains(@class,'Byline') or "
    "contains(@id,'author') or contains(@data-component,'Byline') or @class='byl' or "
    "contains(@class,'writer') or contains(@class,'journalist')]"
)
_NOT_AUTHOR_BOX = re.compile(
    r"comment|sidebar|related|share|footer|widget|avatar|bio|description|about", re.IGNORECASE)
_DATE_CLASS = re.compile(r"date|time|publish|updated", re.IGNORECASE)
_SKIP_TAGS = {"meta", "link", "script", "style", "img", "body", "html", "article", "main",
              "section", "header", "footer", "ul", "form"}


def author_from_markup(tree: HtmlElement) -> str | None:
    """Author named by byline markup (rel/itemprop/class "author", "byline"), dates left out.

    A cheaper stand-in for ``trafilatura.metadata.extract_author`` (which deep-copies and
    prunes the whole page): the innermost matching element outside comment/sidebar boxes.
    """
    from trafilatura.metadata import normalize_authors

    found = [el for el in tree.xpath(_AUTHOR_XPATH)[:40]
             if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS]
    found_set = set(found)
    for el in found:
        if any(d in found_set for d in el.iterdescendants()):
            continue  # a container of another match: take the inner one
        anc, boxed = el, False
        for _ in range(6):
            if anc is None:
                break
            if _NOT_AUTHOR_BOX.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
                boxed = True
                break
            anc = anc.getparent()
        if boxed:
            continue
        if len(el):
            el = deepcopy(el)
            for d in list(el.iterdescendants()):
                if d.tag == "time" or _DATE_CLASS.search(d.get("class") or ""):
                    d.drop_tree()
        text = " ".join(" ".join(el.itertext()).split())
        if 2 < len(text) < 120:
            return normalize_authors(None, text)
    return None


_PUBLISHED_META = (
    "meta[@property='article:published_time' or @name='article:published_time' or "
    "@itemprop='datePublished' or @name='pubdate' or @name='publish-date' or "
    "@name='date' or @name='dc.date.issued' or @name='DC.date.issued']/@content")
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def published_time(tree: HtmlElement, day: str | None) -> str | None:
    """The publication date, with its time of day when the page's metadata states one for the
    same day (``2025-03-10T09:15:00+01:00``): same-day copies are then ordered by the hour."""
    if day is not None and "T" in day:
        return day
    head = tree.find("head") if tree.tag == "html" else None
    return (_timed(head.xpath(_PUBLISHED_META) if head is not None else [], day)
            or _timed([v for script in tree.xpath("//script[@type='application/ld+json']/text()")
                       for v in _JSONLD_PUBLISHED.findall(str(script))], day)
            or day)


def _timed(found: list, day: str | None) -> str | None:
    """The first value of ``found`` that carries a time of day on ``day``."""
    for raw in map(str, found):
        raw = raw.strip().replace("Z", "+00:00") if "T" in raw else raw.strip()
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            continue
        if "T" in raw and (day is None or when.date().isoformat() == day[:10]):
            return when.isoformat(timespec="minutes" if when.second == 0 else "seconds")
    return None


def page_metadata(tree: HtmlElement, url: str | None = None, *, full: bool = False) -> PageMeta:
    """Metadata of a parsed page; ``full`` runs trafilatura's complete (slower) extractor."""
    from trafilatura import metadata as tm
    from trafilatura.settings import set_date_params

    canonical, og_url, html_lang = _head_links(tree)
    if full:
        doc = tm.extract_metadata(tree, url)
    else:
        doc = tm.examine_meta(tree)
        if doc.author and " " not in doc.author:
            doc.author = None
        try:
            doc = tm.extract_meta_json(tree, doc)
        except Exception as exc:  # trafilatura's JSON-LD reader has rare bugs
            log.debug("JSON-LD metadata failed: %s", exc)
        if not doc.title:
            doc.title = tm.extract_title(tree)
        if not doc.author:
            doc.author = author_from_markup(tree)
        if not doc.url:
            doc.url = tm.extract_url(tree, url)
        params = set_date_params(False)
        params["url"] = doc.url or url
        try:
            from htmldate import find_date

            doc.date = find_date(tree, **params)
        except Exception as exc:  # htmldate must never sink an extraction
            log.debug("date extraction failed: %s", exc)
        if not doc.sitename:
            doc.sitename = tm.extract_sitename(tree)
        if doc.sitename:
            doc.sitename = doc.sitename.lstrip("@")
        doc.clean_and_trim()
    return PageMeta(
        title=doc.title or None,
        authors=split_authors(doc.author),
        published=published_time(tree, doc.date or None),
        sitename=doc.sitename or None,
        description=doc.description or None,
        url=doc.url or None,
        canonical=canonical,
        og_url=og_url,
        html_lang=html_lang,
    )
