"""Candidate generation: the union of three indexes, with one merged score per candidate.

- ``minhash``: LSH band collisions, scored by the estimated Jaccard of word 3-shingles
  (same-language copies, verbatim or edited);
- ``anchors``: shared numbers, transliterated name stems and URLs, IDF-weighted
  (language-independent: carries translations between languages the encoder does not know);
- ``vector``: cosine of multilingual document vectors (title + lead sentences);
- ``wide``: in a store with wide vectors (the default; not one indexed ``--no-wide``), for a
  query in a language the main encoder lacks (Czech, Hungarian, Ukrainian, ...), the cosine of
  the wide encoder's document vectors (multilingual-e5-small): such a query then meets its
  translations by meaning too.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from sourcier.corpus import fingerprints as fp
from sourcier.corpus.core import Corpus, Fingerprint, Row
from sourcier.model import Article
from sourcier.threads import one_blas_thread

VECTOR_K = 20
LSH_K = 200  # MinHash candidates kept (those sharing the most bands)
LSH_MAX_POSTINGS = 1000  # rows read per LSH band at most
ANCHOR_K = 30
ANCHOR_TERMS = 64  # rarest query anchors looked up
ANCHOR_MAX_DF = 2000  # postings longer than this are not read
ANCHOR_BUDGET = 8_000  # postings read per query at most (rarest terms first)


@dataclass
class Scored:
    row: Row
    jaccard: float = 0.0
    containment: float = 0.0
    cosine: float = 0.0
    anchors: float = 0.0
    wide: float | None = None  # wide-encoder cosine, for queries the main encoder cannot read
    score: float = 0.0
    sources: list[str] = field(default_factory=list)

    def evidence(self) -> list[str]:
        out = []
        if "minhash" in self.sources or self.jaccard >= 0.05:
            out.append(f"minhash jaccard={self.jaccard:.2f} containment={self.containment:.2f}")
        if "anchors" in self.sources or self.anchors > 0:
            out.append(f"anchors {self.anchors:.2f}")
        if "vector" in self.sources:
            out.append(f"vector cosine={self.cosine:.2f}")
        if self.wide is not None:
            out.append(f"wide vector cosine={self.wide:.2f}")
        return out


def query_fingerprint(corpus: Corpus, article: Article) -> tuple[Fingerprint, Row | None]:
    """The query's fingerprint: read from the store when it is stored, else computed."""
    rows = corpus.rows(where="WHERE id=?", params=(article.id,))
    if rows and corpus.vectors is not None and rows[0].slot is not None:
        r = rows[0]
        vec = corpus.vectors.get([r.slot], corpus.vector_count())[0]
        return Fingerprint(sig=r.sig, bands=fp.band_keys(r.sig) if r.sig is not None else [],
                           anchors=fp.anchor_keys(fp.anchor_terms(article)), vector=vec,
                           n_shingles=r.n_shingles), r
    return corpus.fingerprint([article])[0], None


SAME_LANGUAGE = 0.7  # weight of vector + anchor evidence between two texts of one language
# wide-encoder cosines are compressed: on WMT news (cs/hu queries, their 50 nearest documents)
# a translation of the query scores 0.84-0.94 (5th-99th percentile, median 0.885), other
# documents 0.79-0.87 (median 0.815): rescaled from WIDE_FLOOR over WIDE_SPAN to [0, 1]
WIDE_FLOOR = 0.80
WIDE_SPAN = 0.12


def combine(s: Scored, q_lang: str | None, supports) -> float:
    """One score in [0, 1] from the three signals.

    Two texts in the same language that share names and topic but little wording (low
    Jaccard) are most often two outlets' articles on one story, not a copy (a copy keeps
    the wording and scores by Jaccard; a translation is in another language): their vector
    and anchor evidence counts ``SAME_LANGUAGE`` times. This matters most where the encoder
    lacks the language and identical spellings of names inflate same-language anchors.
    """
    c_lang = s.row.lang
    covered = supports(q_lang) and supports(c_lang)
    if covered:
        cos = min(1.0, max(0.0, (s.cosine - 0.3) / 0.6))
        fused = 0.6 * cos + 0.4 * s.anchors
    elif s.wide is not None:  # the wide encoder reads the language
        cos = min(1.0, max(0.0, (s.wide - WIDE_FLOOR) / WIDE_SPAN))
        fused = max(s.anchors, 0.6 * cos + 0.4 * s.anchors)
    else:  # vectors of a language the encoder never saw are noise: anchors carry
        fused = s.anchors
    if q_lang and c_lang and q_lang == c_lang:
        fused *= SAME_LANGUAGE
    return max(s.jaccard, fused)


def candidates(corpus: Corpus, article: Article, *, k: int = 20,
               fingerprint: Fingerprint | None = None) -> list[Scored]:
    """Up to ``k`` stored articles most likely related to ``article``, best first."""
    if fingerprint is None:
        fingerprint, self_row = query_fingerprint(corpus, article)
    else:
        self_row = None
    conn = corpus.conn
    count = corpus.vector_count()
    found: dict[int, set[str]] = defaultdict(set)

    # (a) MinHash LSH
    if fingerprint.bands:
        # per band at most LSH_MAX_POSTINGS rows (a band shared by thousands of short or
        # boilerplate texts must not turn one query into a scan), then the rows sharing the
        # most bands: a copy shares most of them
        band_hits: Counter = Counter()
        for key in fingerprint.bands:
            band_hits.update(row for (row,) in conn.execute(
                "SELECT row FROM lsh WHERE key=? LIMIT ?", (key, LSH_MAX_POSTINGS)))
        for row, _ in band_hits.most_common(LSH_K):
            found[row].add("minhash")

    # (b) anchors
    anchor_score: dict[int, float] = {}
    n_docs = max(1, corpus.size_estimate())
    n_q = len(fingerprint.anchors)
    if fingerprint.anchors:
        marks = ",".join("?" * len(fingerprint.anchors))
        dfs = conn.execute(f"SELECT key, df FROM anchor_df WHERE key IN ({marks})",
                           fingerprint.anchors).fetchall()
        own = 1 if self_row is not None else 0
        weights = {}
        for key, df in dfs:
            df -= own
            if df <= 0:
                continue
            weights[key] = (math.log((n_docs + 1) / df), df)
        lookup, budget = [], 0
        for k_ in sorted((k_ for k_, (_, df) in weights.items() if df <= ANCHOR_MAX_DF),
                         key=lambda k_: weights[k_][1])[:ANCHOR_TERMS]:
            budget += weights[k_][1]
            if budget > ANCHOR_BUDGET and lookup:
                break
            lookup.append(k_)
        if lookup:
            marks = ",".join("?" * len(lookup))
            acc: dict[int, float] = defaultdict(float)
            for key, row in conn.execute(f"SELECT key, row FROM anchors WHERE key IN ({marks})",
                                         lookup):
                acc[row] += weights[key][0]
            look_total = sum(weights[k_][0] for k_ in lookup) or 1.0
            for row, shared in acc.items():
                anchor_score[row] = shared / look_total
            for row in sorted(acc, key=acc.__getitem__, reverse=True)[:ANCHOR_K]:
                found[row].add("anchors")

    # (c) vectors
    cos_by_slot: dict[int, float] = {}
    if corpus.vectors is not None and fingerprint.vector is not None and count:
        with one_blas_thread():  # a memory-bound scan: BLAS threads only contend
            hits = corpus.vectors.search(fingerprint.vector, count, VECTOR_K + 1)
        cos_by_slot = dict(hits)
        if hits:
            slots = [s for s, _ in hits]
            marks = ",".join("?" * len(slots))
            for (row,) in conn.execute(f"SELECT row FROM articles WHERE slot IN ({marks})", slots):
                found[row].add("vector")

    # (d) wide vectors: searched for a query the main encoder cannot read; for any query,
    # they score the candidates in a language that encoder lacks
    wide_by_slot: dict[int, float] = {}
    wide_q = None
    wide_file = corpus.wide_vectors
    if wide_file is not None and count:
        if self_row is not None and self_row.slot is not None:
            wide_q = wide_file.get([self_row.slot], count)[0]
        elif fingerprint.wide is not None:
            wide_q = fingerprint.wide
        if wide_q is not None and not corpus.encoder.supports(article.lang):
            with one_blas_thread():
                hits = wide_file.search(wide_q, count, VECTOR_K + 1)
            wide_by_slot = dict(hits)
            if hits:
                slots = [s for s, _ in hits]
                marks = ",".join("?" * len(slots))
                for (row,) in conn.execute(f"SELECT row FROM articles WHERE slot IN ({marks})",
                                           slots):
                    found[row].add("wide")

    if self_row is not None:
        found.pop(self_row.row, None)
    if not found:
        return []
    marks = ",".join("?" * len(found))
    rows = corpus.rows(where=f"WHERE row IN ({marks}) AND current=1", params=list(found))
    # vectors of candidates not found by the vector index
    need = [r.slot for r in rows if r.slot is not None and r.slot not in cos_by_slot]
    if need and corpus.vectors is not None and fingerprint.vector is not None:
        mat = corpus.vectors.get(need, count)
        for s_, c_ in zip(need, mat @ fingerprint.vector, strict=True):
            cos_by_slot[s_] = float(c_)
    if wide_q is not None:
        need = [r.slot for r in rows if r.slot is not None and r.slot not in wide_by_slot]
        if need:
            for s_, c_ in zip(need, wide_file.get(need, count) @ wide_q, strict=True):
                wide_by_slot[s_] = float(c_)
    supports = corpus.encoder.supports
    out = []
    for r in rows:
        if r.id == article.id or (article.url and r.url == article.url):
            continue
        s = Scored(row=r, sources=sorted(found[r.row]))
        s.jaccard = fp.jaccard_estimate(fingerprint.sig, r.sig)
        s.containment = fp.containment_estimate(s.jaccard, fingerprint.n_shingles,
                                                r.n_shingles)
        s.cosine = cos_by_slot.get(r.slot, 0.0) if r.slot is not None else 0.0
        if wide_q is not None and r.slot is not None:
            s.wide = wide_by_slot.get(r.slot)
        a = anchor_score.get(r.row, 0.0)
        if r.n_anchors and n_q:
            a *= min(1.0, math.sqrt(n_q / r.n_anchors))
        s.anchors = min(1.0, a)
        s.score = combine(s, article.lang, supports)
        out.append(s)
    out.sort(key=lambda s: -s.score)
    return out[:k]


def top_matrix(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` best entries per row (helper for batch benchmarks)."""
    k = min(k, scores.shape[1])
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    order = np.take_along_axis(-scores, part, axis=1).argsort(axis=1)
    return np.take_along_axis(part, order, axis=1)
