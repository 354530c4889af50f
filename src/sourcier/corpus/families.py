"""Families: connected components of strong copy / translation relations, with an origin.

An edge joins two articles when the indexes say one copies or translates the other:
estimated Jaccard of word shingles >= ``COPY_JACCARD``, or the shorter one contained in the
other for >= ``COPY_CONTAINMENT`` of its shingles (a copy, verbatim, edited or cut), or,
across languages, a merged score >= ``TRANSLATION_SCORE``. The origin of a family is its earliest
dated member; without dates, the member the text comparisons most often name the original;
without those, the first indexed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime

from sourcier.corpus.core import Corpus
from sourcier.corpus.search import Scored, candidates
from sourcier.model import Family, FamilyMember

COPY_JACCARD = 0.3
COPY_CONTAINMENT = 0.8
MIN_SHARED = 40  # shingles: below this much shared text, containment says nothing
TRANSLATION_SCORE = 0.6
NEIGHBOURS = 50  # candidates examined per article
COMPARE_MAX_EDGES = 400  # per family: beyond this, direction from dates/order only


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def strong_relation(s: Scored, same_lang: bool, n_query_shingles: int, *,
                    copy_jaccard: float = COPY_JACCARD,
                    copy_containment: float = COPY_CONTAINMENT,
                    min_shared: int = MIN_SHARED,
                    translation_score: float = TRANSLATION_SCORE) -> str | None:
    """The relation a candidate's index scores support, or None when too weak."""
    jaccard, score = s.jaccard, s.score
    if jaccard >= 0.8:
        return "copy"
    if jaccard >= copy_jaccard:
        return "edited copy"
    smaller = min(n_query_shingles, s.row.n_shingles)
    if s.containment >= copy_containment and s.containment * smaller >= min_shared:
        return "edited copy"
    if not same_lang and score >= translation_score:
        return "translation"
    return None


def _hours(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    try:
        da, db = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return None
    if (da.tzinfo is None) != (db.tzinfo is None):
        da, db = da.replace(tzinfo=None), db.replace(tzinfo=None)
    return round((db - da).total_seconds() / 3600, 2)


def families(corpus: Corpus, *, copy_jaccard: float = COPY_JACCARD,
             copy_containment: float = COPY_CONTAINMENT, min_shared: int = MIN_SHARED,
             translation_score: float = TRANSLATION_SCORE, use_compare: bool = True,
             min_size: int = 2, progress=None) -> list[Family]:
    """All families of at least ``min_size`` members in ``corpus``, largest first."""
    uf = _UnionFind()
    edges: dict[tuple[str, str], tuple[str, float]] = {}
    rows = {r.id: r for r in corpus.rows(where="WHERE current=1")}
    arts = corpus.articles()
    if progress is not None:
        arts = progress(arts, total=len(rows))
    for art in arts:
        n_sh = rows[art.id].n_shingles if art.id in rows else 0
        for s in candidates(corpus, art, k=NEIGHBOURS):
            same = art.lang is not None and art.lang == s.row.lang
            rel = strong_relation(s, same, n_sh, copy_jaccard=copy_jaccard,
                                  copy_containment=copy_containment,
                                  min_shared=min_shared, translation_score=translation_score)
            if rel is None:
                continue
            key = (min(art.id, s.row.id), max(art.id, s.row.id))
            if key not in edges or edges[key][1] < s.jaccard:
                edges[key] = (rel, s.jaccard)
            uf.union(art.id, s.row.id)
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in rows:
        groups[uf.find(aid)].append(aid)
    by_family_edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in edges:
        by_family_edges[uf.find(a)].append((a, b))
    compare = None
    if use_compare:
        from sourcier.corpus.trace import compare_function

        compare = compare_function()
    out = []
    for root, ids in groups.items():
        if len(ids) < min_size:
            continue
        members = [rows[i] for i in ids]
        origin = _origin(corpus, members, by_family_edges[root], compare)
        o = rows[origin]
        fam_members = []
        for r in sorted(members, key=lambda r: (r.id != origin, r.published or "~", r.row)):
            rel = "origin" if r.id == origin else _relation(r, o, edges)
            fam_members.append(FamilyMember(
                id=r.id, url=r.url, site=r.site, lang=r.lang, relation=rel,
                published=r.published, delay=_hours(o.published, r.published)
                if r.id != origin else (0.0 if o.published else None),
            ))
        out.append(Family(
            id=f"fam-{origin}", origin=origin, members=fam_members,
            languages=sorted({r.lang for r in members if r.lang}),
            sites=sorted({r.site for r in members if r.site}),
        ))
    out.sort(key=lambda f: (-len(f.members), f.id))
    return out


def _relation(r, origin, edges) -> str:
    from sourcier.corpus.fingerprints import jaccard_estimate

    if r.lang and origin.lang and r.lang != origin.lang:
        return "translation"
    j = jaccard_estimate(r.sig, origin.sig)
    if j >= 0.8:
        return "copy"
    key = (min(r.id, origin.id), max(r.id, origin.id))
    if key in edges and edges[key][0] == "translation":
        return "translation"
    return "edited copy"


def _origin(corpus: Corpus, members, fam_edges, compare) -> str:
    dated = [r for r in members if r.published]
    if dated:
        return min(dated, key=lambda r: (r.published, r.row)).id
    if compare is not None and fam_edges and len(fam_edges) <= COMPARE_MAX_EDGES:
        wins: Counter = Counter()
        for a, b in fam_edges:
            art_a, art_b = corpus.get(a), corpus.get(b)
            if art_a is None or art_b is None:
                continue
            cmp = compare(art_a, art_b, encoder=corpus.encoder)
            if cmp.direction == "a":
                wins[a] += 1
                wins[b] -= 1
            elif cmp.direction == "b":
                wins[b] += 1
                wins[a] -= 1
        if wins:
            return max(members, key=lambda r: (wins[r.id], -r.row)).id
    return min(members, key=lambda r: r.row).id
