"""Site templates: paragraphs that recur across pages of one site are the site's, not the story's.

:class:`SiteTemplates` counts, per site, on how many distinct pages each normalised paragraph
occurs (a short hash of it). A paragraph seen on at least ``min_pages`` pages of the same site is
set aside as ``site-template`` whatever its words; never when it is the whole article, and never
when template paragraphs would make up most of an article (two versions of one story share
their paragraphs: that is not a template).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sourcier.extract.boilerplate import norm_key, paragraph_hash
from sourcier.extract.edit import drop_paragraphs
from sourcier.model import Article, Removed

MAX_SHARE = 0.5  # template paragraphs may cover at most this share of an article's characters
MIN_CHARS = 12  # shorter paragraphs ("Photo", "Lire aussi") are left to the rules
MAX_IDS = 50_000  # article ids remembered per site to keep observe() idempotent


@dataclass
class _Site:
    pages: int = 0
    counts: Counter = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)
    id_set: set[str] = field(default_factory=set)


class SiteTemplates:
    """Cross-page paragraph counts per site; serialisable with :meth:`to_dict`/:meth:`from_dict`."""

    def __init__(self, min_pages: int = 2) -> None:
        self.min_pages = min_pages
        self._sites: dict[str, _Site] = {}

    @staticmethod
    def _hashes(article: Article) -> list[str | None]:
        out: list[str | None] = []
        for i in range(len(article.paragraphs)):
            text = article.paragraph_text(i)
            out.append(paragraph_hash(text) if len(norm_key(text)) >= MIN_CHARS else None)
        return out

    def observe(self, article: Article) -> None:
        """Count the paragraphs of ``article`` (once per article id) for its site."""
        if not article.site or not article.paragraphs:
            return
        site = self._sites.setdefault(article.site, _Site())
        if article.id in site.id_set:
            return
        site.id_set.add(article.id)
        site.ids.append(article.id)
        if len(site.ids) > MAX_IDS:
            site.id_set.discard(site.ids.pop(0))
        site.pages += 1
        site.counts.update({h for h in self._hashes(article) if h})

    def template_paragraphs(self, article: Article) -> list[int]:
        """Indices of ``article``'s paragraphs that are its site's template."""
        site = self._sites.get(article.site or "")
        if site is None or site.pages < self.min_pages or len(article.paragraphs) < 2:
            return []
        hits = [i for i, h in enumerate(self._hashes(article))
                if h and site.counts.get(h, 0) >= self.min_pages]
        if not hits or len(hits) == len(article.paragraphs):
            return []
        covered = sum(article.paragraphs[i].end - article.paragraphs[i].start for i in hits)
        total = sum(p.end - p.start for p in article.paragraphs)
        return [] if covered > MAX_SHARE * total else hits

    def apply(self, article: Article) -> Article:
        """``article`` with its template paragraphs moved to ``removed`` (reason site-template)."""
        hits = self.template_paragraphs(article)
        if not hits:
            return article
        site = self._sites[article.site or ""]
        drop = {}
        for i in hits:
            text = article.paragraph_text(i)
            n = site.counts.get(paragraph_hash(text), 0)
            drop[i] = Removed(text=text, reason="site-template",
                              detail=f"on {n} pages of {article.site}", position=i)
        return drop_paragraphs(article, drop)

    def sites(self) -> dict[str, int]:
        """Pages observed per site."""
        return {name: s.pages for name, s in self._sites.items()}

    def to_dict(self) -> dict[str, Any]:
        """JSON form: per site, pages seen, paragraph-hash counts (> 1 only) and article ids."""
        return {
            "min_pages": self.min_pages,
            "sites": {
                name: {"pages": s.pages, "counts": {h: c for h, c in s.counts.items() if c > 1},
                       "singles": sorted(h for h, c in s.counts.items() if c == 1),
                       "ids": list(s.ids)}
                for name, s in self._sites.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteTemplates:
        obj = cls(min_pages=int(data.get("min_pages", 2)))
        for name, d in data.get("sites", {}).items():
            counts = Counter({h: int(c) for h, c in d.get("counts", {}).items()})
            counts.update({h: 1 for h in d.get("singles", [])})
            ids = list(d.get("ids", []))
            obj._sites[name] = _Site(pages=int(d.get("pages", 0)), counts=counts, ids=ids,
                                     id_set=set(ids))
        return obj

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteTemplates) and self.to_dict() == other.to_dict()
