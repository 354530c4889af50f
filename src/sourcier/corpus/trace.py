"""Trace one article to its most likely original in a corpus.

1. candidates from the three indexes (:mod:`sourcier.corpus.search`);
2. the best few re-ranked with a quick :func:`sourcier.compare.compare` (alignment coverage,
   verdict from sentence-level differences, direction; names/numbers/dates/quotes unchecked);
3. the original chosen among related candidates: earliest publication date when dates are
   known, else the direction the comparison reads from the texts, else declared sources/links;
4. the full comparison (entities, facts) against that original: the report, and its verdict.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sourcier.corpus.core import Corpus
from sourcier.corpus.search import Scored, candidates
from sourcier.model import Article, Candidate, Comparison, Trace, published_before, published_key

RELATED = ("copy", "edited copy", "translation", "edited translation")
MIN_SCORE = 0.12  # below this merged score a candidate is not worth showing
RERANK = 4
WIDE_COMPARE_ANCHORS = 0.2  # anchor score below which a wide-vector candidate is read by meaning


@lru_cache(maxsize=1)
def compare_function():
    """``sourcier.compare.compare`` when that stage is installed, else None."""
    try:
        from sourcier.compare import compare
    except ImportError:
        return None
    return compare


def quick_verdict(s: Scored, q_lang: str | None) -> str:
    """A verdict from index scores alone (used beyond the re-ranked few)."""
    same_lang = q_lang is not None and q_lang == s.row.lang
    if s.jaccard >= 0.8:
        return "copy"
    if s.jaccard >= 0.3 or s.containment >= 0.6:
        return "edited copy"
    if not same_lang and s.score >= 0.5:
        return "translation"
    if s.score >= 0.35:
        return "same story"
    return "unrelated"


def _coverage(cmp: Comparison) -> float:
    vals = [float(v) for v in (cmp.coverage or {}).values() if isinstance(v, (int, float))]
    return max(vals) if vals else cmp.similarity


def trace(corpus: Corpus, article: Article, *, top: int = 10, rerank: int = RERANK,
          use_compare: bool = True, show_all: bool = False, wide_report: bool = True) -> Trace:
    """The :class:`~sourcier.model.Trace` of ``article`` against ``corpus``.

    ``wide_report=False``: the report of a query in a language the encoder lacks is aligned
    on anchors and lengths, not read by the wide encoder (faster, less sure).
    """
    scored = candidates(corpus, article, k=max(top, rerank) + 5)
    compare = compare_function() if use_compare else None
    if compare is not None:
        corpus.remember_sentences(article)  # a stored query's vectors: nothing to encode
    reports: dict[str, Comparison] = {}
    verdicts: dict[str, str] = {}
    finals: dict[str, float] = {}
    for i, s in enumerate(scored):
        final, verdict = s.score, quick_verdict(s, article.lang)
        if compare is not None and i < rerank and s.score >= MIN_SCORE:
            other = corpus.get(s.row.id)
            if other is not None:
                corpus.remember_sentences(other)
                # ranking needs coverage, verdict and direction: a quick comparison (no
                # entities, no facts inside aligned sentences, a language the encoder lacks
                # aligned on anchors); the original gets a full one. Where the store keeps wide
                # vectors, a pair with such a language sharing few anchors was found by meaning:
                # anchors would judge it unrelated, so the wide encoder reads it (~0.4 s a
                # candidate)
                found_by_meaning = s.wide is not None and s.anchors < WIDE_COMPARE_ANCHORS
                cmp = compare(article, other, encoder=corpus.encoder, facts=False,
                              wide=found_by_meaning)
                reports[s.row.id] = cmp
                verdict = cmp.verdict
                final = 0.5 * s.score + 0.5 * _coverage(cmp)
                if verdict == "unrelated":
                    final *= 0.3
        verdicts[s.row.id] = verdict
        finals[s.row.id] = final
    ranked = sorted(scored, key=lambda s: -finals[s.row.id])
    cands = []
    for s in ranked:
        v = verdicts[s.row.id]
        if not show_all and (v == "unrelated" or finals[s.row.id] < MIN_SCORE):
            continue
        cands.append(Candidate(
            id=s.row.id, url=s.row.url, lang=s.row.lang, verdict=v,
            score=round(finals[s.row.id], 4), site=s.row.site, published=s.row.published,
            evidence=s.evidence(),
        ))
    cands = cands[:top]
    original, evidence = choose_original(corpus, article, cands, reports, compare)
    report = None
    if original is not None and compare is not None:
        # the full divergence report against the original (entities, names, numbers, dates,
        # quotes); its verdict replaces the quick one
        other = corpus.get(original)
        if other is not None:
            corpus.remember_sentences(other)
            report = compare(article, other, encoder=corpus.encoder, wide=wide_report)
            for c in cands:
                if c.id == original:
                    c.verdict = report.verdict
    elif original is not None:
        report = reports.get(original)
    return Trace(
        query={"id": article.id, "url": article.url, "lang": article.lang,
               "site": article.site, "title": article.title},
        candidates=cands, original=original, direction_evidence=evidence, report=report,
        notes=search_notes(corpus, article),
    )


def search_notes(corpus: Corpus, article: Article) -> list[str]:
    """What limits the search for ``article``: a language the sentence encoder cannot read."""
    enc = corpus.encoder
    if not article.lang or enc.supports(article.lang):
        return []
    name = getattr(enc, "name", "default")
    if corpus.wide_vectors is not None:
        return [f"the sentence encoder ({name}) does not read {article.lang}: candidates "
                "were found with this store's wide vectors, shared names, figures and wording"]
    return [f"the sentence encoder ({name}) does not read {article.lang}: candidates come "
            "from shared names, figures and wording only, and a translation sharing few of "
            "them can be missed; this store was indexed without wide vectors (--no-wide): a "
            "new store indexed with them (`sourcier index --wide`, the default) also compares "
            "meaning in about 100 languages"]


def choose_original(corpus: Corpus, article: Article, cands: list[Candidate],
                    reports: dict[str, Comparison], compare: Any
                    ) -> tuple[str | None, list[str]]:
    """The id of the most likely original among related candidates, or None (query original)."""
    related = [c for c in cands if c.verdict in RELATED]
    if not related:
        return None, ["no copy or translation of this article found in the corpus"]
    dated = [c for c in related if published_key(c.published)]
    if article.published and dated:
        earliest = min(dated, key=lambda c: published_key(c.published) or ("", ""))
        before = published_before(earliest.published, article.published)
        if before:
            return earliest.id, [f"published earlier: {earliest.published} "
                                 f"< {article.published} (query)"]
        if before is False:
            return None, [f"the query was published first ({article.published}); "
                          f"its closest relative on {earliest.published}"]
    best = related[0]
    evidence: list[str] = []
    declared = _declared_evidence(article, best)
    if declared:
        return best.id, declared
    cmp = reports.get(best.id)
    if cmp is None and compare is not None:
        other = corpus.get(best.id)
        if other is not None:
            corpus.remember_sentences(other)
            cmp = compare(article, other, encoder=corpus.encoder, facts=False, wide=False)
            reports[best.id] = cmp
    if cmp is not None:
        evidence = list(cmp.direction_evidence)
        if cmp.direction == "b":
            return best.id, evidence
        if cmp.direction == "a":
            return None, evidence or ["the query reads as the original"]
    return best.id, evidence + ["no direction evidence either way: the stored relative "
                                "is taken as the original"]


def _declared_evidence(article: Article, cand: Candidate) -> list[str]:
    """The query names the candidate's site or links to its URL."""
    out = []
    for link in article.links:
        if cand.url and link.url.rstrip("/") == cand.url.rstrip("/"):
            out.append(f"the query links to {cand.url}")
    for ds in article.declared_sources:
        blob = " ".join(x for x in (ds.text, ds.name or "", ds.url or "") if x).lower()
        if cand.site and cand.site.split(".")[0] in blob:
            out.append(f"the query declares its source: {ds.text!r}")
    return out
