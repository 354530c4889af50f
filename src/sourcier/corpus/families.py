"""Families: groups of copies / translations of one story, each with its probable origin.

Same-language copies are found by shared text, measured on character 8-grams of a
normalised text (lower-cased, accents folded to ASCII, everything but letters and digits
removed, so OCR's broken spaces and line-end hyphens do not matter); all of them are kept
(keeping a quarter by hash made the groups depend on which grams the hash happened to
keep: ARI moved by up to 0.03 between two hash functions). Two articles
are copies when they share at least ``MIN_SHARED`` grams, covering at least
``COPY_CONTAINMENT`` of the shorter one **and** ``MIN_COVERAGE`` of the longer one: a brief
quoted inside a long page or a few boilerplate sentences do not join two stories. Grams
found in more articles than the document-frequency cap are furniture and ignored; the cap
grows with the corpus (a tenth of it, at least ``MAX_DF``, at most ``MAX_DF_CAP``), so a
notice or wire story reprinted hundreds of times in a large corpus still counts. Copy pairs
are grouped by average linkage (two groups merge while the mean containment over all their
cross pairs is >= ``LINKAGE``): one strong pair cannot chain two otherwise unrelated groups.
The thresholds were chosen on the tune halves of ``benchmarks/syndication.py``.
Successive versions of one wire story (a new lead, some paragraphs kept, others reworded)
share 0.4-0.65 of their grams, about half of it outside the kept paragraphs (the story's
recurring names and phrases), although the benchmark's word 12-gram reference keeps them
apart. Between two long articles in that band, an edge therefore also needs a share of whole
sentences kept near-verbatim (:func:`verified`): Helsinki held half 0.903 -> 0.916, all
0.889 -> 0.927, both tune halves unchanged (short texts are exempt: OCR noise breaks
sentence matches, and passim's copies are short). A short text in that band is checked
otherwise: its shared text must be in order, aligned runs of 12 characters or more covering
half the shorter text (:func:`aligned_share`); two advertisements of one advertiser share
phrases in another order, a badly printed reprint keeps most of its runs. Chosen on the
passim tune half (ARI against the benchmark's reference from verbatim spans 0.908 -> 0.927,
against passim's links that verbatim spans confirm 0.862 -> 0.868, against passim's own
clusters 0.858 -> 0.841; Helsinki unchanged). Ruled out on the tune halves before that:
higher thresholds on either side; shared grams counted only in long runs; grams weighted by
rarity; not counting grams no other article has; dropping edges much weaker than an
article's best; a merge test against each group's own cohesion; linkage on coverage of the
longer article.
Across languages, an edge joins two articles when the indexes' merged score is >=
``TRANSLATION_SCORE`` (the candidate search runs only when the corpus holds several
languages).

The origin of a family is its earliest dated member; without dates, the member the text
comparisons most often name the original; without those, the first indexed. Each member's
relation to the origin is the verdict of :func:`sourcier.compare.compare` (member as the
copy, origin as the original: copy, edited copy, translation, edited translation, same
story), as ``sourcier compare`` would give it, for up to ``COMPARE_MEMBERS`` members per
family and ``COMPARE_BUDGET`` comparisons in all (largest families first); beyond that, or
without the compare stage, a cheap estimate from the MinHash signatures and languages
(copy / edited copy / translation).

Shared grams are counted with numpy over posting lists, a block of articles at a time, so
memory stays near the size of the gram table (8 bytes per gram) plus one block.
"""


from __future__ import annotations

import heapq
import json
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from functools import lru_cache

import numpy as np
from anyascii import anyascii

from sourcier.corpus.core import Corpus
from sourcier.corpus.search import Scored, candidates
from sourcier.model import Family, FamilyMember, published_key

GRAM = 8  # characters per gram of the normalised text
SAMPLE = 1  # keep the grams whose hash is 0 modulo this (1: all; sampling adds noise)
COPY_CONTAINMENT = 0.3  # share of the shorter article's grams found in the other
MIN_COVERAGE = 0.3  # share of the longer article's grams found in the shorter
LINKAGE = 0.2  # average containment over all member pairs for two groups to merge
MIN_SHARED = 60  # grams (about 67 characters of text): below this, shares say nothing
MAX_DF = 200  # grams in more articles than this (or a tenth of the corpus) are furniture
MAX_DF_SHARE = 0.1  # ... the cap grows to this share of the corpus
MAX_DF_CAP = 2000  # ... but no further (a gram in k articles costs k*k/2 pair counts)
BLOCK = 2_000_000  # posting entries expanded at a time while counting shared grams
TRANSLATION_SCORE = 0.6
COPY_JACCARD = 0.8  # MinHash Jaccard above which a member is a "copy", not an "edited copy"
NEIGHBOURS = 50  # candidates examined per article
# successive versions of one long story (new lead, paragraphs reworded, a few kept) share
# 0.3-0.65 of their grams, about half of it in the story's recurring phrases: between two long
# articles in that band, a copy also needs this share of the shorter one's sentences (of 40+
# characters) to have a near-verbatim counterpart (rapidfuzz ratio >= SENTENCE_RATIO) in the
# other. Short texts (briefs, OCR reprints, whose noise breaks sentence matches) are exempt.
VERIFY_BAND = (0.3, 0.65)
VERIFY_MIN_SENTENCES = 10  # long sentences of the shorter article for the check to apply
SENTENCE_SHARE = 0.3
SENTENCE_RATIO = 85
# a short text in that band (OCR reprints, briefs) is a copy only when its shared text is in
# order: the blocks of ALIGNED_SPAN characters or more of an alignment of the two normalised
# texts cover ALIGNED_SHARE of the shorter (two advertisements of one advertiser share
# phrases in another order and other words between them; a badly printed reprint keeps most
# of its 12-character runs)
ALIGNED_SPAN = 12
ALIGNED_SHARE = 0.5
TEXT_CACHE = 20_000  # articles' sentences / normalised texts kept while checking pairs
COMPARE_MAX_EDGES = 400  # per family: beyond this, direction from dates/order only
COMPARE_MEMBERS = 50  # per family: members whose relation comes from a full comparison
COMPARE_BUDGET = 2000  # comparisons per run (0.1-0.5 s each), largest families first


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


_SHIFTS = np.arange(GRAM, dtype=np.uint64) * np.uint64(8)


def _mix64(x: np.ndarray) -> np.ndarray:
    """A fixed 64-bit mixing function (splitmix64's finaliser), elementwise."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def gram_array(text: str, k: int = GRAM, sample: int = SAMPLE) -> np.ndarray:
    """The sampled hashes of the character ``k``-grams of the normalised ``text``: a sorted
    array of distinct ``uint64`` (8 bytes per gram).

    The normalised text is ASCII, so a gram of up to 8 characters packs into 64 bits
    exactly; a fixed mixing function turns it into the hash (the same in every process).
    """
    if not 1 <= k <= 8:
        raise ValueError("grams of 1 to 8 characters")
    b = np.frombuffer(normalise(text).encode("ascii"), dtype=np.uint8)
    if len(b) < k:
        return np.zeros(0, dtype=np.uint64)
    windows = np.lib.stride_tricks.sliding_window_view(b, k).astype(np.uint64)
    h = _mix64((windows << _SHIFTS[:k]).sum(axis=1, dtype=np.uint64))
    return np.unique(h[h % np.uint64(sample) == 0])


def text_grams(text: str, k: int = GRAM, sample: int = SAMPLE) -> set[int]:
    """:func:`gram_array` as a set of Python ints."""
    return set(gram_array(text, k, sample).tolist())


def default_max_df(n_articles: int) -> int:
    """The document-frequency cap for a corpus of ``n_articles``."""
    return int(min(MAX_DF_CAP, max(MAX_DF, MAX_DF_SHARE * n_articles)))


def shared_counts(grams: Sequence[np.ndarray], max_df: int,
                  min_shared: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``(a, b, n)`` (arrays, a < b) of articles sharing ``n >= min_shared`` grams.

    ``grams[i]`` holds article i's distinct gram hashes; grams found in fewer than two or
    more than ``max_df`` articles are ignored. Counting walks each article's posting lists
    (only partners after it), a block of about ``BLOCK`` entries at a time.
    """
    empty = np.zeros(0, dtype=np.int64)
    n = len(grams)
    lens = np.fromiter((len(g) for g in grams), dtype=np.int64, count=n)
    if n < 2 or lens.sum() == 0:
        return empty, empty.copy(), empty.copy()
    idx = np.int32 if n < 2**31 and lens.sum() < 2**31 else np.int64
    doc = np.repeat(np.arange(n, dtype=idx), lens)
    # one sort of all entries gives the posting lists (stable: documents ascending in each)
    hashes = np.concatenate(grams)
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    gid_sorted = np.zeros(len(hashes), dtype=idx)
    np.cumsum(hashes[1:] != hashes[:-1], out=gid_sorted[1:])
    del hashes
    df = np.bincount(gid_sorted)
    post = doc[order]
    gid = np.empty_like(gid_sorted)
    gid[order] = gid_sorted
    del order
    keep = (df[gid_sorted] >= 2) & (df[gid_sorted] <= max_df)
    post = post[keep]
    del gid_sorted
    keep = (df[gid] >= 2) & (df[gid] <= max_df)
    doc, gid = doc[keep], gid[keep]
    del keep
    kept_df = np.bincount(gid, minlength=len(df))
    start = np.concatenate(([0], np.cumsum(kept_df)))[:-1]  # each gram's list in ``post``
    doc_start = np.searchsorted(doc, np.arange(n + 1))
    load = np.concatenate(([0], np.cumsum(kept_df[gid])))  # entries expanded up to each row
    out_a, out_b, out_n = [], [], []
    lo = 0
    while lo < n:
        # the largest block of articles [lo, hi) expanding to about BLOCK entries
        target = load[doc_start[lo]] + BLOCK
        hi = int(np.searchsorted(load[doc_start], target, side="right")) - 1
        hi = min(n, max(hi, lo + 1))
        rows = slice(doc_start[lo], doc_start[hi])
        g, owner = gid[rows], doc[rows]
        length = kept_df[g]
        total = int(length.sum())
        if total:
            offset = np.repeat(start[g] - np.cumsum(length) + length, length)
            partner = post[offset + np.arange(total)]
            owners = np.repeat(owner, length)
            later = partner > owners
            key = owners[later].astype(np.int64) * n + partner[later]
            uniq, cnt = np.unique(key, return_counts=True)
            sel = cnt >= min_shared
            out_a.append(uniq[sel] // n)
            out_b.append(uniq[sel] % n)
            out_n.append(cnt[sel].astype(np.int64))
        lo = hi
    if not out_a:
        return empty, empty.copy(), empty.copy()
    return np.concatenate(out_a), np.concatenate(out_b), np.concatenate(out_n)


def copy_edges(grams: Sequence[np.ndarray], *, copy_containment: float = COPY_CONTAINMENT,
               min_coverage: float = MIN_COVERAGE, min_shared: int = MIN_SHARED,
               max_df: int | None = None) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, containment)`` of articles (as gram arrays) that are copies."""
    if max_df is None:
        max_df = default_max_df(len(grams))
    a, b, shared = shared_counts(grams, max_df, min_shared)
    size = np.fromiter((len(g) for g in grams), dtype=np.int64, count=len(grams))
    small = np.minimum(size[a], size[b])
    large = np.maximum(size[a], size[b])
    ok = (shared >= copy_containment * small) & (shared >= min_coverage * large)
    cont = shared[ok] / np.maximum(small[ok], 1)
    return list(zip(a[ok].tolist(), b[ok].tolist(), cont.tolist(), strict=True))


def copy_pairs(texts: list[str], *, copy_containment: float = COPY_CONTAINMENT,
               min_coverage: float = MIN_COVERAGE, min_shared: int = MIN_SHARED,
               max_df: int | None = None) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, containment)`` of ``texts`` that are copies of each other."""
    return copy_edges([gram_array(t) for t in texts], copy_containment=copy_containment,
                      min_coverage=min_coverage, min_shared=min_shared, max_df=max_df)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def long_sentences(text: str) -> list[str]:
    """The normalised sentences of 40+ characters of ``text`` (a quick split: enough to tell
    a kept sentence from a reworded one)."""
    return [s for s in (normalise(x) for x in _SENTENCE_END.split(text)) if len(s) >= 40]


def sentence_support(a: list[str], b: list[str]) -> float:
    """Share of the shorter list's sentences with a near-verbatim counterpart in the other."""
    from rapidfuzz import fuzz, process

    if len(a) > len(b):
        a, b = b, a
    if not a:
        return 0.0
    kept = sum(process.extractOne(x, b, scorer=fuzz.ratio, score_cutoff=SENTENCE_RATIO)
               is not None for x in a)
    return kept / len(a)


def aligned_share(x: str, y: str) -> float:
    """Share of the shorter of two normalised texts (:func:`normalise`) that blocks of
    :data:`ALIGNED_SPAN` characters or more of their alignment cover (order kept, each
    character used once)."""
    from rapidfuzz.distance import Indel

    blocks = Indel.opcodes(x, y).as_matching_blocks()
    return sum(m.size for m in blocks if m.size >= ALIGNED_SPAN) / max(min(len(x), len(y)), 1)


def verified(pairs: list[tuple[int, int, float]], n_long: Sequence[int],
             text_of: Callable[[int], str]) -> list[tuple[int, int, float]]:
    """``pairs`` less those in :data:`VERIFY_BAND` that fail its check: two long articles
    that keep too few sentences of each other (:func:`sentence_support` <
    :data:`SENTENCE_SHARE`), two texts one of which is short whose shared text is not in
    order (:func:`aligned_share` < :data:`ALIGNED_SHARE`)."""
    lo, hi = VERIFY_BAND
    out = []
    @lru_cache(maxsize=TEXT_CACHE)
    def sents(i: int) -> list[str]:
        return long_sentences(text_of(i))

    @lru_cache(maxsize=TEXT_CACHE)
    def norm(i: int) -> str:
        return normalise(text_of(i))

    for a, b, cont in pairs:
        if lo <= cont < hi:
            if min(n_long[a], n_long[b]) >= VERIFY_MIN_SENTENCES:
                if sentence_support(sents(a), sents(b)) < SENTENCE_SHARE:
                    continue
            elif aligned_share(norm(a), norm(b)) < ALIGNED_SHARE:
                continue
        out.append((a, b, cont))
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


def _current_texts(corpus: Corpus) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of the current articles in index order.

    Reads the text straight from each stored record (zlib-compressed JSON) instead of
    rebuilding whole :class:`Article` records, which took most of the time.
    """
    cur = corpus.conn.execute("SELECT id, data FROM articles WHERE current=1 ORDER BY row")
    for aid, blob in cur:
        yield aid, json.loads(zlib.decompress(blob))["text"]


def _hours(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    try:
        da, db = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return None
    if "T" not in a or "T" not in b:  # a day without its time: whole days only
        return float((db.date() - da.date()).days * 24)
    if (da.tzinfo is None) != (db.tzinfo is None):
        da, db = da.replace(tzinfo=None), db.replace(tzinfo=None)
    return round((db - da).total_seconds() / 3600, 2)


def families(corpus: Corpus, *, copy_containment: float = COPY_CONTAINMENT,
             min_coverage: float = MIN_COVERAGE, min_shared: int = MIN_SHARED,
             max_df: int | None = None, linkage: float = LINKAGE,
             translation_score: float = TRANSLATION_SCORE, use_compare: bool = True,
             compare_members: int = COMPARE_MEMBERS,
             compare_budget: int | None = COMPARE_BUDGET, min_size: int = 2,
             progress=None) -> list[Family]:
    """All families of at least ``min_size`` members in ``corpus``, largest first.

    ``max_df``: the document-frequency cap of grams (default :func:`default_max_df`).
    ``use_compare``: compare texts for the origin of undated families and for each member's
    relation to the origin (at most ``compare_members`` members per family, the earliest;
    0 = none; and at most ``compare_budget`` comparisons in all, largest families first;
    None = no total cap); other relations are estimated from MinHash signatures and
    languages (:func:`quick_relation`). ``progress(iterable, total=)`` wraps the articles
    read and, when comparisons run, the families.
    The grams of every current article are held in memory (8 bytes each) while
    grouping, not the texts.
    """
    uf = _UnionFind()
    edges: dict[tuple[str, str], tuple[str, float]] = {}
    rows = {r.id: r for r in corpus.rows(where="WHERE current=1")}
    texts: Iterable = _current_texts(corpus)
    if progress is not None:
        texts = progress(texts, total=len(rows))
    ids, grams, langs, n_long = [], [], [], []
    for aid, text in texts:
        ids.append(aid)
        grams.append(gram_array(text))
        langs.append(rows[aid].lang)
        n_long.append(len(long_sentences(text)))
    # same language: shared text, grouped by average linkage
    pairs = [(a, b, cont) for a, b, cont in
             copy_edges(grams, copy_containment=copy_containment, min_coverage=min_coverage,
                        min_shared=min_shared, max_df=max_df)
             if not (langs[a] and langs[b] and langs[a] != langs[b])]
    del grams

    def text_of(i: int) -> str:
        art = corpus.get(ids[i])
        return art.text if art is not None else ""

    pairs = verified(pairs, n_long, text_of)
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
    # largest families first: they get the comparison budget
    listed: Iterable = sorted(((root, group) for root, group in groups.items()
                               if len(group) >= min_size), key=lambda x: (-len(x[1]), x[0]))
    budget = compare_budget if compare_budget is not None else sum(map(len, groups.values()))
    if compare is not None and compare_members > 0 and budget > 0 and progress is not None:
        listed = progress(list(listed), total=len(listed))
    for root, group in listed:
        members = [rows[i] for i in group]
        origin = _origin(corpus, members, by_family_edges[root], compare)
        o = rows[origin]
        ordered = sorted(members, key=lambda r: (r.id != origin, published_key(r.published) or ("~", ""), r.row))
        judge = _relation_judge(corpus, o, compare if compare_members > 0 else None)
        fam_members = []
        for k, r in enumerate(ordered):
            if r.id == origin:
                rel = "origin"
            else:
                full = k <= compare_members and budget > 0
                rel = judge(r, full=full)
                if full and compare is not None:
                    budget -= 1
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


def quick_relation(r, origin) -> str:
    """A member's relation to the family origin from the index alone (no comparison):
    another language is a translation; otherwise a MinHash Jaccard >= ``COPY_JACCARD``
    is a copy, below it an edited copy."""
    from sourcier.corpus.fingerprints import jaccard_estimate

    if r.lang and origin.lang and r.lang != origin.lang:
        return "translation"
    if r.sig is not None and origin.sig is not None \
            and jaccard_estimate(r.sig, origin.sig) >= COPY_JACCARD:
        return "copy"
    return "edited copy"


def _relation_judge(corpus: Corpus, origin, compare) -> Callable[..., str]:
    """``judge(row, full=True)``: a member's relation to ``origin``.

    With ``compare`` and ``full``, the verdict of comparing the member (as the copy) with the
    origin, as ``sourcier compare`` gives it; a member the comparison finds "unrelated" to
    the origin (it joined the family through another member) and members beyond the cap
    get :func:`quick_relation`.
    """
    origin_art = None

    def judge(r, full: bool = True) -> str:
        nonlocal origin_art
        if compare is not None and full:
            if origin_art is None:  # annotated once, not once per member
                origin_art = corpus.get(origin.id) or False
                if origin_art:
                    from sourcier.compare import with_entities

                    corpus.remember_sentences(origin_art)
                    origin_art = with_entities(origin_art)
            art = corpus.get(r.id) if origin_art else None
            if art is not None and origin_art:
                corpus.remember_sentences(art)  # stored vectors: nothing to encode
                verdict = compare(art, origin_art, encoder=corpus.encoder, wide=False).verdict
                if verdict != "unrelated":
                    return verdict
        return quick_relation(r, origin)

    return judge


def _origin(corpus: Corpus, members, fam_edges, compare) -> str:
    dated = [r for r in members if r.published]
    if dated:
        return min(dated, key=lambda r: (published_key(r.published) or ("~", ""), r.row)).id
    if compare is not None and fam_edges and len(fam_edges) <= COMPARE_MAX_EDGES:
        wins: Counter = Counter()
        for a, b in fam_edges:
            art_a, art_b = corpus.get(a), corpus.get(b)
            if art_a is None or art_b is None:
                continue
            corpus.remember_sentences(art_a)
            corpus.remember_sentences(art_b)
            # the direction needs no facts compared inside sentences: a quick comparison
            cmp = compare(art_a, art_b, encoder=corpus.encoder, facts=False, wide=False)
            if cmp.direction == "a":
                wins[a] += 1
                wins[b] -= 1
            elif cmp.direction == "b":
                wins[b] += 1
                wins[a] -= 1
        if wins:
            return max(members, key=lambda r: (wins[r.id], -r.row)).id
    return min(members, key=lambda r: r.row).id
