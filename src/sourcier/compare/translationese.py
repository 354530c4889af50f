"""Which of two versions in different languages is the translation, from the text alone.

Used by :mod:`sourcier.compare.direction` only when metadata (dates, declared sources...)
says nothing. Three language-independent families of clues, combined by a tiny logistic
regression (no intercept, antisymmetric features: swapping ``a`` and ``b`` flips the answer):

- **locality**: a story is usually written in the language of the country it is about. A
  per-language naive Bayes over words (place, people and institution names, currencies...)
  scores, in each version, how much its vocabulary looks like stories originally written in
  the language of ``a`` or of ``b``;
- **source-language traces**: letters of the other language (``ř ě`` in an English text,
  ``ñ`` in a German one) are names and words kept from the original's locale;
- **explicitation**: translations tend to be longer than the usual length ratio of the
  language pair (learned per pair from both directions).

Weights (``translationese_weights.json``) were fitted on WMT news 2008-2009 only by
``benchmarks/direction.py --train``; evaluation uses 2010-2011 and newsdiscussdev2015.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("translationese_weights.json")
FEATURES = ("locality", "letters", "length")

# non-ASCII letters each language writes natively (lower case)
ALPHABETS = {
    "cs": "áčďéěíňóřšťúůýž",
    "de": "äöüß",
    "en": "",
    "es": "áéíñóúü",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "hu": "áéíóöőúüű",
    "it": "àèéìíîòóùú",
    "pl": "ąćęłńóśźż",
    "pt": "áâãàçéêíóôõú",
    "nl": "éëïöü",
}
_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> set[str]:
    """Distinct lower-cased words of three letters or more (the locality model's units)."""
    return set(_WORD.findall(text.lower()))


def foreign_letters(text: str, lang: str, other: str) -> tuple[int, list[str]]:
    """Letters of ``other``'s alphabet that ``lang`` does not use, found in ``text``."""
    own = set(ALPHABETS.get(lang, ""))
    theirs = set(ALPHABETS.get(other, "")) - own
    if not theirs or lang not in ALPHABETS:
        return 0, []
    hits = [c for c in text.lower() if c in theirs]
    return len(hits), sorted(set(hits))


@dataclass
class Model:
    """Learned parameters (see module docstring)."""

    coef: list[float]
    abstain: float  # |P(a original) - 0.5| below this: unknown
    len_mu: dict[str, float]  # "l1|l2" (sorted) -> usual log(len l1 / len l2)
    nb: dict[str, dict] = field(default_factory=dict)  # text lang -> {classes, vocab, unk}


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model | None:
    """The shipped model, or ``None`` when the weights file is missing."""
    p = Path(path) if path else WEIGHTS
    if not p.is_file():
        return None
    d = json.loads(p.read_text(encoding="utf-8"))
    return Model(coef=d["coef"], abstain=d["abstain"], len_mu=d["len_mu"], nb=d["nb"])


def locality_score(ws: set[str], lang: str, c1: str, c2: str, nb: dict) -> float:
    """Naive Bayes log-odds that a ``lang`` text with words ``ws`` was first written in
    ``c1`` rather than ``c2`` (0 when the model has no such classes)."""
    m = nb.get(lang)
    if not m or c1 not in m["classes"] or c2 not in m["classes"]:
        return 0.0
    i, j = m["classes"].index(c1), m["classes"].index(c2)
    vocab = m["vocab"]
    return sum(vocab[w][i] - vocab[w][j] for w in ws if w in vocab)


def _squash(x: float, scale: float) -> float:
    return math.copysign(math.log1p(abs(x) / scale), x)


def pair_features(text_a: str, lang_a: str, text_b: str, lang_b: str, model: Model,
                  nb: dict | None = None) -> list[float]:
    """Features oriented so that positive means "a is the original"."""
    nb = model.nb if nb is None else nb
    wa, wb = words(text_a), words(text_b)
    loc = (locality_score(wa, lang_a, lang_a, lang_b, nb)
           + locality_score(wb, lang_b, lang_a, lang_b, nb))
    # letters of b's language inside a suggest b's locale is the original one, and vice versa
    n_ab, _ = foreign_letters(text_a, lang_a, lang_b)
    n_ba, _ = foreign_letters(text_b, lang_b, lang_a)
    letters = 1000 * n_ba / max(1, len(text_b)) - 1000 * n_ab / max(1, len(text_a))
    key = "|".join(sorted((lang_a, lang_b)))
    excess = 0.0  # the usual length ratio is only known for pairs seen in training
    if key in model.len_mu:
        mu = model.len_mu[key] if lang_a < lang_b else -model.len_mu[key]
        excess = math.log(max(1, len(text_a)) / max(1, len(text_b))) - mu
    return [_squash(loc, 5.0), _squash(letters, 1.0), -10 * excess]


@dataclass
class TextDirection:
    """Outcome of :func:`text_direction`."""

    side: str  # "a", "b" or "unknown"
    p_a: float  # probability that a is the original
    evidence: list[str]


def text_direction(text_a: str, lang_a: str | None, text_b: str, lang_b: str | None,
                   model: Model | None = None) -> TextDirection:
    """Guess the original of two versions in different languages from their text."""
    model = model or load_model()
    if model is None or not lang_a or not lang_b or lang_a == lang_b \
            or not text_a.strip() or not text_b.strip():
        return TextDirection("unknown", 0.5, [])
    f = pair_features(text_a, lang_a, text_b, lang_b, model)
    z = sum(w * x for w, x in zip(model.coef, f, strict=True))
    p_a = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    ev = _explain(text_a, lang_a, text_b, lang_b, f)
    if abs(p_a - 0.5) < model.abstain:
        return TextDirection("unknown", p_a, ev)
    return TextDirection("a" if p_a > 0.5 else "b", p_a, ev)


def _explain(text_a: str, lang_a: str, text_b: str, lang_b: str, f: list[float]) -> list[str]:
    out = []
    if abs(f[0]) > 0.5:
        lang = lang_a if f[0] > 0 else lang_b
        out.append(f"the story's vocabulary (places, names, institutions) is typical of news "
                   f"first written in {lang}")
    if abs(f[1]) > 0.3:
        lang, text, other = (lang_a, text_b, lang_b) if f[1] > 0 else (lang_b, text_a, lang_a)
        _, letters = foreign_letters(text, other, lang)
        out.append(f"the {other} version keeps {lang} letters ({' '.join(letters[:6])})")
    if abs(f[2]) > 0.5:
        longer = "b" if f[2] > 0 else "a"
        out.append(f"{longer} is longer than usual for {lang_a}/{lang_b} (translations explicate)")
    return out
