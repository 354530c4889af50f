"""Families: connected components of strong copy / translation relations, with an origin.

Same-language copies are found by shared text, measured on character 8-grams of a
normalised text (lower-cased, accents folded to ASCII, everything but letters and digits
removed, so OCR's broken spaces and line-end hyphens do not matter), a fixed quarter of
them kept by hash so that sets stay small and any two sets are sampled alike. Two articles
are copies when they share at least ``MIN_SHARED`` sampled grams, covering at least
``COPY_CONTAINMENT`` of the shorter one **and** ``MIN_COVERAGE`` of the longer one: a brief
quoted inside a long page or a few boilerplate sentences do not join two stories (that is
what chained unrelated stories into one family before). Grams found in more than
``MAX_DF`` articles (site furniture, formulas) are ignored. Across languages, an edge joins
two articles when the indexes' merged score is >= ``TRANSLATION_SCORE`` (the candidate
search runs only when the corpus holds more than one language).

The origin of a family is its earliest dated member; without dates, the member the text
comparisons most often name the original; without those, the first indexed.
"""


from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime

from anyascii import anyascii

from sourcier.corpus.core import Corpus
from sourcier.corpus.search import Scored, candidates
from sourcier.model import Family, FamilyMember

GRAM = 8  # characters per gram of the normalised text
SAMPLE = 4  # keep the grams whose hash is 0 modulo this
COPY_CONTAINMENT = 0.3  # share of the shorter article's grams found in the other
MIN_COVERAGE = 0.3  # share of the longer article's grams found in the shorter
LINKAGE = 0.2  # average containment over all member pairs for two groups to merge
MIN_SHARED = 20  # sampled grams (about 80 characters): below this, shares say nothing
MAX_DF = 200  # grams in more articles than this are furniture, not evidence
TRANSLATION_SCORE = 0.6
COPY_JACCARD = 0.8  # MinHash Jaccard above which a member is a "copy", not an "edited copy"
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


_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lower-cased ASCII letters and digits only (OCR- and layout-tolerant)."""
    return _NOT_ALNUM.sub("", anyascii(_HYPHEN_BREAK.sub(r"\1\2", text)).lower())


def text_grams(text: str, k: int = GRAM, sample: int = SAMPLE) -> set[int]:
    """The sampled hashes of the character ``k``-grams of the normalised ``text``."""
    s = normalise(text)
    out = set()
    for i in range(len(s) - k + 1):
        h = int.from_bytes(hashlib.blake2b(s[i : i + k].encode(), digest_size=8).digest(),
                           "little")
        if h % sample == 0:
            out.add(h)
    return out


def shared_grams(sets: list[set[int]], max_df: int = MAX_DF) -> Counter:
    """``(i, j) -> number of sampled grams shared`` for i < j, ignoring grams in > max_df sets."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, grams in enumerate(sets):
        for h in grams:
            postings[h].append(i)
    shared: Counter = Counter()
    for ids in postings.values():
        n = len(ids)
        if 1 < n <= max_df:
            for a in range(n):
                ia = ids[a]
                for b in range(a + 1, n):
                    shared[(ia, ids[b])] += 1
    return shared


def copy_pairs(texts: list[str], *, copy_containment: float = COPY_CONTAINMENT,
               min_coverage: float = MIN_COVERAGE, min_shared: int = MIN_SHARED,
               max_df: int = MAX_DF) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, containment)`` of ``texts`` that are copies of each other."""
    sets = [text_grams(t) for t in texts]
    out = []
    for (a, b), n in shared_grams(sets, max_df).items():
        small, large = sorted((len(sets[a]), len(sets[b])))
        if n >= min_shared and n >= copy_containment * small and n >= min_coverage * large:
            out.append((a, b, n / small))
    return out


def average_linkage(n: int, pairs: list[tuple[int, int, float]], threshold: float) -> list[int]:
    """Group ``n`` items by average linkage over sparse similarities (absent pairs count 0).

    Two groups merge, best first, while the mean similarity over all their cross pairs is
    at least ``threshold``: unlike connected components, one strong pair cannot chain two
    otherwise unrelated groups. Returns one group label (an item index) per item.
    """
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, w in pairs:
        links[a][b] = links[a].get(b, 0.0) + w
        links[b][a] = links[b].get(a, 0.0) + w
    size = [1] * n
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    heap = [(-w, min(a, b), max(a, b)) for a, b, w in pairs if w >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        mean = links[a].get(b, 0.0) / (size[a] * size[b])
        if mean < threshold or abs(mean + neg) > 1e-12:
            continue  # stale entry (a fresher one is queued, or the pair fell below)
        for c, w in links[b].items():  # merge b into a
            if c != a:
                links[a][c] = links[a].get(c, 0.0) + w
                links[c][a] = links[c].get(a, 0.0) + w
                del links[c][b]
        links[a].pop(b, None)
        links[b] = {}
        size[a] += size[b]
        members[a].extend(members.pop(b))
        for c, w in links[a].items():
            m = w / (size[a] * size[c])
            if m >= threshold:
                heapq.heappush(heap, (-m, min(a, c), max(a, c)))
    label = list(range(n))
    for root, ms in members.items():
        for i in ms:
            label[i] = root
    return label


def strong_relation(s: Scored, same_lang: bool, n_query_shingles: int = 0, *,
                    translation_score: float = TRANSLATION_SCORE) -> str | None:
    """The relation an index candidate supports across languages, or None.

    Same-language copies are decided on the texts (:func:`copy_pairs`), not here.
    """
    if not same_lang and s.score >= translation_score:
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


def families(corpus: Corpus, *, copy_containment: float = COPY_CONTAINMENT,
             min_coverage: float = MIN_COVERAGE, min_shared: int = MIN_SHARED,
             max_df: int = MAX_DF, linkage: float = LINKAGE,
             translation_score: float = TRANSLATION_SCORE, use_compare: bool = True,
             min_size: int = 2, progress=None) -> list[Family]:
    """All families of at least ``min_size`` members in ``corpus``, largest first.

    The grams of every current article are held in memory while grouping.
    """
    uf = _UnionFind()
    edges: dict[tuple[str, str], tuple[str, float]] = {}
    rows = {r.id: r for r in corpus.rows(where="WHERE current=1")}
    arts: Iterable = corpus.articles()
    if progress is not None:
        arts = progress(arts, total=len(rows))
    ids, texts, langs = [], [], []
    for art in arts:
        ids.append(art.id)
        texts.append(art.text)
        langs.append(art.lang)
    # same language: shared text, grouped by average linkage
    pairs = [(a, b, cont) for a, b, cont in
             copy_pairs(texts, copy_containment=copy_containment, min_coverage=min_coverage,
                        min_shared=min_shared, max_df=max_df)
             if not (langs[a] and langs[b] and langs[a] != langs[b])]
    for a, b, cont in pairs:
        edges[(min(ids[a], ids[b]), max(ids[a], ids[b]))] = ("edited copy", cont)
    for i, group in enumerate(average_linkage(len(ids), pairs, linkage)):
        uf.union(ids[i], ids[group])
    # across languages: the indexes' candidates
    if len({lang for lang in langs if lang}) > 1:
        for aid, lang in zip(ids, langs, strict=True):
            art = corpus.get(aid)
            if art is None:
                continue
            for s in candidates(corpus, art, k=NEIGHBOURS):
                same = lang is not None and lang == s.row.lang
                rel = strong_relation(s, same, translation_score=translation_score)
                if rel is None:
                    continue
                key = (min(aid, s.row.id), max(aid, s.row.id))
                if key not in edges:
                    edges[key] = (rel, s.score)
                uf.union(aid, s.row.id)
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in rows:
        groups[uf.find(aid)].append(aid)
    by_family_edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in edges:
        if uf.find(a) == uf.find(b):
            by_family_edges[uf.find(a)].append((a, b))
    compare = None
    if use_compare:
        from sourcier.corpus.trace import compare_function

        compare = compare_function()
    out = []
    for root, group in groups.items():
        if len(group) < min_size:
            continue
        members = [rows[i] for i in group]
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
    if j >= COPY_JACCARD:
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
