"""Body blocks: trafilatura's XML body tree -> paragraphs with kinds and in-text links.

trafilatura's body uses its own tags: ``p``, ``head``, ``list``/``item``, ``quote``,
``table``/``row``/``cell``, ``code``, inline ``ref`` (a link, ``target=``), ``hi``, ``lb``
(line break). Each block becomes one :class:`Block` whose text is whitespace-normalised
(as :func:`sourcier.extract.text.build_article` expects) and whose links carry offsets into it.
A line break inside a block starts a new block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from lxml.etree import _Element

_KIND_OF = {"head": "heading", "item": "list", "quote": "quote", "row": "table", "cell": "table"}
_BLOCK_TAGS = {"p", "head", "item", "quote", "row", "code", "list", "table", "div", "cell",
               "body", "graphic"}
_TOKEN = re.compile(r"\S+")


@dataclass
class Block:
    """One paragraph of the body: normalised text, kind, links as (start, end, url)."""

    text: str
    kind: str = "p"
    links: list[tuple[int, int, str]] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.size = 0
        self.links: list[tuple[int, int, str]] = []
        self.kind = "p"

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)

    def flush(self) -> None:
        if self.parts:
            raw = "".join(self.parts)
            block = _normalise(raw, self.links)
            if block.text:
                block.kind = self.kind
                self.blocks.append(block)
        self.parts, self.size, self.links = [], 0, []

    def inline(self, el: _Element) -> None:
        """Text of ``el``'s content (not its tail), descending into inline children."""
        self.add(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "lb":
                self.flush()
            elif tag == "ref":
                start = self.size
                self.inline(child)
                target = _clean_url(child.get("target"))
                if target and self.size > start:
                    self.links.append((start, self.size, target))
            elif tag in _BLOCK_TAGS:
                outer = self.kind
                self.flush()
                self.block(child, outer)
                self.kind = outer
            else:
                self.inline(child)
            self.add(child.tail)

    def block(self, el: _Element, outer: str = "p") -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "graphic":
            return
        if tag == "row":
            self.flush()
            self.kind = "table"
            first = True
            for cell in el:
                if not first:
                    self.add(" | ")
                first = False
                self.inline(cell)
            self.flush()
            return
        if tag in ("list", "table", "div", "body") or (
            tag == "quote" and any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)
        ):
            # container: its own loose text, then each child block
            inner = "quote" if tag == "quote" else outer
            self.kind = inner
            self.add(el.text)
            for child in el:
                ctag = child.tag if isinstance(child.tag, str) else ""
                if ctag in _BLOCK_TAGS:
                    self.flush()
                    self.block(child, inner)
                    self.kind = inner
                elif ctag == "lb":
                    self.flush()
                elif ctag == "ref":
                    start = self.size
                    self.inline(child)
                    target = _clean_url(child.get("target"))
                    if target and self.size > start:
                        self.links.append((start, self.size, target))
                else:
                    self.inline(child)
                self.add(child.tail)
            self.flush()
            return
        self.flush()
        self.kind = _KIND_OF.get(tag) or ("quote" if outer == "quote" else "p")
        self.inline(el)
        self.flush()


def _clean_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith(("ttps://", "ttp://")):  # trafilatura sometimes drops the leading h
        url = "h" + url
    return url or None


def _normalise(raw: str, links: list[tuple[int, int, str]]) -> Block:
    """Collapse whitespace runs to one space and trim, moving link offsets along."""
    if not links:
        return Block(" ".join(raw.split()))
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(raw)]
    if not spans:
        return Block("")
    starts = [s for s, _ in spans]
    out_starts = []
    pos = 0
    for s, e in spans:
        out_starts.append(pos)
        pos += e - s + 1
    text = " ".join(raw[s:e] for s, e in spans)

    def map_start(i: int) -> int:
        k = bisect_right(starts, i) - 1
        if k < 0:
            return 0
        s, e = spans[k]
        if i < e:
            return out_starts[k] + (i - s)
        return out_starts[k + 1] if k + 1 < len(spans) else len(text)

    def map_end(i: int) -> int:
        k = bisect_right(starts, i - 1) - 1
        if k < 0:
            return 0
        s, e = spans[k]
        return out_starts[k] + (min(i, e) - s)

    out_links = []
    for s, e, url in links:
        a, b = map_start(s), map_end(e)
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            out_links.append((a, b, url))
    return Block(text, links=out_links)


def body_blocks(body: _Element) -> list[Block]:
    """Paragraph blocks of a trafilatura body tree, in document order."""
    builder = _Builder()
    builder.block(body)
    builder.flush()
    return builder.blocks
