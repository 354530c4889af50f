"""The one-word verdict of a comparison, from coverage, similarity, languages and divergences."""

from __future__ import annotations

from collections import Counter

from sourcier.model import AlignmentLink, Divergence

# divergences that change what the text says (metadata ones do not make an "edited" copy)
CONTENT_TYPES = {
    "sentence_omitted", "sentence_added", "name_dropped", "name_added", "name_changed",
    "number_changed", "date_changed", "quote_altered", "quote_removed",
}
STRONG_LINK = 0.5  # a link this similar is clearly the same sentence (cross-language too)
WEAK_LINK = 0.15  # the same when the encoder does not know one of the languages


def coverage(links: list[AlignmentLink], n_a: int, n_b: int, *, min_score: float = 0.0
             ) -> dict[str, float]:
    """Share of each side's sentences inside a link with a partner scoring >= ``min_score``."""
    ca = {i for lk in links if lk.a and lk.b and lk.score >= min_score for i in lk.a}
    cb = {j for lk in links if lk.a and lk.b and lk.score >= min_score for j in lk.b}
    return {"a": round(len(ca) / n_a, 4) if n_a else 0.0,
            "b": round(len(cb) / n_b, 4) if n_b else 0.0}


def mean_similarity(links: list[AlignmentLink]) -> float:
    scores = [lk.score for lk in links if lk.a and lk.b]
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def decide(links: list[AlignmentLink], n_a: int, n_b: int, lang_a: str | None,
           lang_b: str | None, divergences: list[Divergence], *, weak: bool = False) -> str:
    """copy, edited copy, translation, edited translation, same story or unrelated."""
    if not n_a or not n_b:
        return "unrelated"
    # without encoder support (weak), similarities are low by construction (see
    # benchmarks/verdicts.py: cs-en translations 0.2-0.4, different documents 0.05-0.2)
    strong = coverage(links, n_a, n_b, min_score=WEAK_LINK if weak else STRONG_LINK)
    sim = mean_similarity(links)
    cross = bool(lang_a and lang_b and lang_a != lang_b)
    both = min(strong["a"], strong["b"])
    either = max(strong["a"], strong["b"])
    if either < 0.2 or (sim < (0.12 if weak else 0.4)):
        return "unrelated"
    counts = Counter(d.type for d in divergences if d.type in CONTENT_TYPES)
    n_edits = sum(counts.values())
    if cross:
        if both >= 0.5 or (either >= 0.8 and both >= 0.3):
            # a handful of fact differences over a long translation is still a translation
            return "edited translation" if n_edits > max(1, 0.05 * n_b) else "translation"
        return "same story"
    if sim >= 0.85 and (both >= 0.5 or either >= 0.8):
        return "edited copy" if n_edits else "copy"
    return "same story"
