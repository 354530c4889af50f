"""Sentence splitting with character offsets (pysbd, rule-based, correct on French « » quotes)."""

from __future__ import annotations

import re
from functools import lru_cache

from pysbd.languages import LANGUAGE_CODES

_FALLBACK = "en"
_BLANK_LINES = re.compile(r"\n\s*\n")


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``, whitespace trimmed.

    Spans never cross a line break sequence that separates paragraphs; languages pysbd does
    not know are split with its English rules (punctuation-driven, good enough for Latin,
    Cyrillic and Greek scripts).
    """
    code = lang if lang in LANGUAGE_CODES else _FALLBACK
    spans: list[tuple[int, int]] = []
    pos = 0
    for block in _BLANK_LINES.split(text):
        offset = text.index(block, pos) if block else pos
        pos = offset + len(block)
        if not block.strip():
            continue
        for start, end in _split_block(block, code):
            spans.append((offset + start, offset + end))
    return spans


def _split_block(block: str, lang: str) -> list[tuple[int, int]]:
    spans = []
    try:
        pieces = _segmenter(lang).segment(block)
    except Exception:  # pysbd has rare regex failures on odd input: keep the block whole
        pieces = []
    cursor = 0
    for piece in pieces:
        # pysbd spans can drift on some inputs: re-anchor each piece in the block
        found = block.find(piece.sent, cursor)
        start = found if found >= 0 else piece.start
        end = start + len(piece.sent)
        cursor = max(cursor, end)
        spans.extend(_trim(block, start, end))
    if not spans:
        spans = _trim(block, 0, len(block))
    return spans


def _trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []
