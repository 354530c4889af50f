"""One page -> one Article: body and metadata, boilerplate set aside, declared provenance."""

from __future__ import annotations

import html as html_lib
import logging
import re

from sourcier.extract.blocks import Block, body_blocks
from sourcier.extract.boilerplate import find_duplicates, norm_key, rule_reason
from sourcier.extract.metadata import PageMeta, page_metadata
from sourcier.extract.provenance import RAW_HINT, credit_line, dateline, url_sources
from sourcier.extract.text import build_article, site_of
from sourcier.model import Article, DeclaredSource, Hyperlink, Page, Removed, Skip

log = logging.getLogger(__name__)

LITTLE_TEXT_WORDS = 50  # fewer body words than this: warn "little-text"
MIXED_SHARE = 0.2  # other-language paragraphs above this share of the text: warn
BYLINE_ZONE = 3  # bylines are looked for in the first and last blocks only
FULL_MODE_BELOW = 500  # chars (2x trafilatura MIN_EXTRACTED_SIZE): shorter fast body -> full mode
_PARA_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w+")


def extract_page(page: Page) -> Article | Skip:
    """The article of ``page`` (HTML or plain text), or ``Skip(reason="no-article")``."""
    try:
        if page.kind == "text":
            blocks = [Block(" ".join(p.split())) for p in _PARA_BREAK.split(page.content)]
            return _assemble(page, [b for b in blocks if b.text], PageMeta(), [])
        return _from_html(page)
    except Exception as exc:  # one bad page must not stop a batch
        log.warning("extraction failed for %s: %s", page.source, exc, exc_info=True)
        return Skip(source=page.source, reason="extract-error",
                    detail=f"extraction failed: {type(exc).__name__}: {exc}")


def _from_html(page: Page) -> Article | Skip:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(page.content)
    if tree is None:
        return Skip(source=page.source, reason="no-article", detail="no parsable HTML tree")
    # bare_extraction works on its own copy: ``tree`` stays intact for the metadata pass.
    # trafilatura's fast mode first; its full mode (which compares with readability and
    # jusText) only when the fast body is short: about as good, a third faster on AEB.
    blocks: list[Block] = []
    for fast in (True, False):
        doc = bare_extraction(tree, url=page.url, include_links=True, include_comments=False,
                              include_tables=True, with_metadata=False, fast=fast)
        if doc is not None and doc.body is not None:
            blocks = body_blocks(doc.body)
        if sum(len(b.text) for b in blocks) >= FULL_MODE_BELOW:
            break
    if not blocks:
        return Skip(source=page.source, reason="no-article", detail="no article text found")
    meta = page_metadata(tree, page.url)
    content = page.content
    captions = (_repeated_captions(tree, blocks) if content.count("caption") > 1
                or content.count("legend") > 1 or content.count("légende") > 1 else [])
    extra: list[DeclaredSource] = []
    if any(word in page.content for word in _HINT_LITERALS) and not any(
        RAW_HINT.search(b.text) for b in blocks if len(b.text) <= 300
    ):
        extra = _provenance_outside_body(page.content)
    return _assemble(page, blocks, meta, extra, captions)


_CAPTION_XPATH = "//figcaption | " + " | ".join(
    f"//{tag}[contains(@class,'caption') or contains(@class,'legend') or contains(@class,'légende')]"
    for tag in ("p", "div", "span", "em", "small"))


def _repeated_captions(tree, blocks: list[Block]) -> list[Removed]:
    """Captions shown more than once on the page (trafilatura drops captions from the body).

    They are set aside as ``duplicate`` so the repeat is on record; the body keeps none.
    """
    found = [el for el in tree.xpath(_CAPTION_XPATH)[:60] if isinstance(el.tag, str)]
    if len(found) < 2:
        return []
    found_set = set(found)
    body_keys = {norm_key(b.text) for b in blocks}
    counts: dict[str, int] = {}
    texts: dict[str, str] = {}
    for el in found:
        if any(d in found_set for d in el.iterdescendants()):
            continue  # a container of another caption element: count the inner one only
        text = " ".join(el.text_content().split())
        key = norm_key(text)
        if len(key.split()) < 4 or key in body_keys:
            continue
        counts[key] = counts.get(key, 0) + 1
        texts.setdefault(key, text)
    return [Removed(text=texts[k], reason="duplicate",
                    detail=f"caption shown {n} times on the page (captions stay out of the body)")
            for k, n in counts.items() if n > 1]


# literal fragments of RAW_HINT (a cheap test on the raw HTML before any closer look)
_HINT_LITERALS = ("riginal", "irst appeared", "nitialement", "rschien", "epublished")
_BLOCK_OPEN = re.compile(r"<(?:p|div|li|footer|aside|section|td|blockquote|h[1-6])\b[^>]*>", re.I)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|li|footer|aside|section|td|blockquote|h[1-6])\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE_PUNCT = re.compile(r"\s+([.,)])")
_ANCHOR = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
WINDOW = 600  # characters of raw HTML looked at around a hint


def _provenance_outside_body(content: str) -> list[DeclaredSource]:
    """Read-original / first-appeared lines trafilatura left out of the body.

    Works on the raw HTML around each hint word (no tree walk): the enclosing block element's
    text and links are rebuilt and judged like a body paragraph.
    """
    found: list[DeclaredSource] = []
    looked = 0
    for word in _HINT_LITERALS:
        pos = content.find(word)
        while pos >= 0 and looked < 12:
            looked += 1
            hit = _line_at(content, pos)
            if hit and all(hit.text != f.text for f in found):
                found.append(hit)
            pos = content.find(word, pos + len(word))
    return found[:3]


def _line_at(content: str, pos: int) -> DeclaredSource | None:
    if content.rfind("<script", 0, pos) > content.rfind("</script", 0, pos):
        return None  # inside a script
    lo = max(0, pos - WINDOW)
    opens = list(_BLOCK_OPEN.finditer(content, lo, pos))
    start = opens[-1].end() if opens else lo
    close = _BLOCK_CLOSE.search(content, pos, pos + WINDOW)
    end = close.start() if close else min(len(content), pos + WINDOW)
    snippet = content[start:end]
    text = _SPACE_PUNCT.sub(r"\1", " ".join(html_lib.unescape(_TAG.sub(" ", snippet)).split()))
    if not text or len(text) > 300 or not RAW_HINT.search(text):
        return None
    links = []
    for m in _ANCHOR.finditer(snippet):
        anchor = " ".join(html_lib.unescape(_TAG.sub(" ", m.group(2))).split())
        href = html_lib.unescape(m.group(1)).strip()
        if href.startswith("http") and anchor and anchor in text:
            s = text.find(anchor)
            links.append((s, s + len(anchor), href))
    hit = credit_line(text, links)
    if hit and hit[0].kind in ("read-original", "first-appeared"):
        return hit[0]
    return None


def _assemble(page: Page, blocks: list[Block], meta: PageMeta,
              extra: list[DeclaredSource], captions: list[Removed] | None = None
              ) -> Article | Skip:
    removed: list[Removed] = list(captions or [])
    sources: list[DeclaredSource] = []
    kept: list[int] = []
    n = len(blocks)
    for i, block in enumerate(blocks):
        hit = credit_line(block.text, block.links)
        if hit and (hit[0].kind != "byline" or i < BYLINE_ZONE or i >= n - BYLINE_ZONE):
            src, reason = hit
            sources.append(src)
            removed.append(Removed(text=block.text, reason=reason, detail=src.kind, position=i))
            continue
        reason = rule_reason(block.text)
        if reason:
            removed.append(Removed(text=block.text, reason=reason, position=i))
            continue
        kept.append(i)
    title_key = norm_key(meta.title or page.title or "")
    if kept and title_key and len(kept) > 1 and norm_key(blocks[kept[0]].text) == title_key:
        first = kept.pop(0)  # the headline repeated as the body's first line
        removed.append(Removed(text=blocks[first].text, reason="duplicate",
                               detail="repeats the title", position=first))
    dups = find_duplicates([blocks[i].text for i in kept], [blocks[i].kind for i in kept])
    for later, first in dups.items():
        removed.append(Removed(text=blocks[kept[later]].text, reason="duplicate",
                               detail=f"repeats paragraph {kept[first]}", position=kept[later]))
    kept = [k for j, k in enumerate(kept) if j not in dups]
    removed.sort(key=lambda r: r.position if r.position is not None else -1)
    if not kept:
        return Skip(source=page.source, reason="no-article",
                    detail="only boilerplate found" if blocks else "no article text found")

    for i in [k for k in kept if blocks[k].kind != "heading"][:2]:
        d = dateline(blocks[i].text)
        if d:
            sources.insert(0, d)
            break

    url = page.url or meta.og_url or meta.canonical or meta.url
    article = build_article(
        [blocks[i].text for i in kept], kinds=[blocks[i].kind for i in kept],
        source=page.source, url=url, title=meta.title or page.title,
        published=meta.published or page.date,
    )
    article.sitename = meta.sitename
    article.description = meta.description
    article.authors = list(meta.authors)
    article.canonical_url = meta.canonical
    article.links = _links(article, [blocks[i] for i in kept])
    article.removed = removed
    article.declared_sources = _merge_sources(sources, extra, meta, article.site)
    article.warnings = list(page.warnings) + _warnings(article, meta)
    return article


def _links(article: Article, blocks: list[Block]) -> list[Hyperlink]:
    out = []
    for para, block in zip(article.paragraphs, blocks, strict=False):
        if para.end - para.start != len(block.text):
            continue  # normalisation disagreed: offsets would be wrong, drop the links
        for s, e, url in block.links:
            out.append(Hyperlink(text=block.text[s:e], url=url, start=para.start + s,
                                 end=para.start + e))
    return out


def _merge_sources(body: list[DeclaredSource], extra: list[DeclaredSource], meta: PageMeta,
                   site: str | None) -> list[DeclaredSource]:
    out = list(body)
    have = {s.kind for s in out}
    out += [s for s in extra if s.kind not in have]
    names = {(s.name or "").lower() for s in out if s.kind == "byline"}
    for author in meta.authors:
        if author.lower() not in names:
            out.append(DeclaredSource(text=author, kind="byline", name=author))
    out += url_sources(site, meta.canonical, meta.og_url)
    return out


def _warnings(article: Article, meta: PageMeta) -> list[str]:
    out = []
    words = len(_WORD.findall(article.text))
    if words < LITTLE_TEXT_WORDS:
        out.append(f"little-text: {words} words in the body")
    if article.lang is None:
        out.append("language-undetermined")
    else:
        weight: dict[str, int] = {}
        for p in article.paragraphs:
            if p.lang and p.lang != article.lang:
                weight[p.lang] = weight.get(p.lang, 0) + p.end - p.start
        other = sum(weight.values())
        if other > MIXED_SHARE * max(1, len(article.text)):
            langs = "+".join([article.lang, *sorted(weight, key=weight.__getitem__, reverse=True)])
            out.append(f"mixed-languages: {langs}")
        declared = (meta.html_lang or "").split("-")[0].split("_")[0]
        if declared and len(declared) == 2 and declared != article.lang and words >= 30:
            out.append(f"html-lang-mismatch: page declares {declared}, text is {article.lang}")
    kept = len(article.text)
    gone = sum(len(r.text) for r in article.removed if r.reason != "duplicate")
    if gone > kept:
        out.append(f"mostly-boilerplate: {gone} characters set aside, {kept} kept")
    if article.site is None:
        out.append("no-url: site unknown, templates and canonical checks skipped")
    return out


__all__ = ["extract_page", "site_of"]
