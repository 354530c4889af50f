"""Plain-text summary of a :class:`~sourcier.model.Comparison` for the terminal."""

from __future__ import annotations

import textwrap
from collections import Counter

from sourcier.model import DIVERGENCE_TYPES, Article, Comparison


def _label(article: Article) -> str:
    bits = [article.url or article.source]
    if article.lang:
        bits.append(article.lang)
    if article.published:
        bits.append(article.published[:10])
    return " | ".join(bits)


def _sentences(article: Article, idx: list[int]) -> str:
    return " ".join(article.sentence_text(i) for i in idx if 0 <= i < len(article.sentences))


def _wrap(prefix: str, text: str, width: int) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), width=width - len(prefix)) or [""]
    pad = " " * len(prefix)
    return [prefix + lines[0]] + [pad + ln for ln in lines[1:]]


def render_comparison(c: Comparison, *, width: int = 100, max_divergences: int | None = None
                      ) -> str:
    """Verdict line, coverage, divergence counts by type, then each divergence in context."""
    a, b = c.articles["a"], c.articles["b"]
    out = [f"verdict: {c.verdict.upper()}   "
           f"(original: {'a' if c.direction == 'a' else 'b' if c.direction == 'b' else 'unknown'})",
           f"  a (copy)     {_label(a)}  [{len(a.sentences)} sentences]",
           f"  b (original) {_label(b)}  [{len(b.sentences)} sentences]",
           f"coverage: a {c.coverage.get('a', 0):.0%}, b {c.coverage.get('b', 0):.0%}   "
           f"mean similarity {c.similarity:.2f}   "
           f"links {sum(1 for lk in c.alignment if lk.a and lk.b)}"
           f" ({sum(1 for lk in c.alignment if lk.moved)} moved)"]
    if c.direction_evidence:
        out.append("direction: " + "; ".join(c.direction_evidence))
    for w in c.warnings:
        out.append(f"warning: {w}")
    counts = Counter(d.type for d in c.divergences)
    if counts:
        order = {t: k for k, t in enumerate(DIVERGENCE_TYPES)}
        out.append("divergences: " + ", ".join(
            f"{t} {n}" for t, n in sorted(counts.items(), key=lambda x: order.get(x[0], 99))))
    else:
        out.append("divergences: none")
    shown = c.divergences if max_divergences is None else c.divergences[:max_divergences]
    for k, d in enumerate(shown, 1):
        where = []
        if d.a:
            where.append(f"a#{','.join(str(i) for i in d.a)}")
        if d.b:
            where.append(f"b#{','.join(str(i) for i in d.b)}")
        out.append("")
        out.append(f"[{k}] {d.type} {' '.join(where)}".rstrip())
        out.extend(_wrap("    ", d.evidence, width))
        if d.b:
            out.extend(_wrap("    b: ", _sentences(b, d.b), width))
        if d.a:
            out.extend(_wrap("    a: ", _sentences(a, d.a), width))
    if max_divergences is not None and len(c.divergences) > max_divergences:
        out.append(f"... {len(c.divergences) - max_divergences} more (use --json)")
    return "\n".join(out) + "\n"
