"""Sentence splitting with character offsets (pysbd, rule-based, correct on French « » quotes)."""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache

from pysbd.languages import LANGUAGE_CODES

_FALLBACK = "en"
_RE_CACHE = 2048
_BLANK_LINES = re.compile(r"\n\s*\n")
# characters at which pysbd (any language) may end a sentence, and a block's closing run
_TERMINAL = re.compile(r"[.!?…\n\r](?![\w.,])|[。！？｡।॥؟۔።։]")
_TERMINAL_EL = re.compile(r"[.!?…;\n\r](?![\w.,])")  # Greek: ";" is the question mark
# "...word. Next": a word with a lower-case letter, not an abbreviation, ends a sentence before
# a capital (or an opening quote and a capital)
_CLEAR_BOUNDARY = re.compile(r"(?:(?<=\s)|^)([^\W\d_]{2,})[.!?。]\s+(?=[“«\"]?([^\W\d_]))")
_TAIL = re.compile(r"[\s.!?…。！？｡।॥؟۔።։;\"'”’»)\]]+$")


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd

    # pysbd builds its regexes from strings at each call: with several languages they overflow
    # the re module's 512-pattern cache and get recompiled over and over
    if getattr(re, "_MAXCACHE", 0) < _RE_CACHE:
        re._MAXCACHE = _RE_CACHE

    # char_span=False: the char_span mode compiles one regex per sentence; we re-anchor below
    return pysbd.Segmenter(language=lang, clean=False, char_span=False)


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


def _one_sentence(block: str, lang: str = _FALLBACK) -> bool:
    """True when no sentence boundary is possible inside ``block`` (only at its very end)."""
    m = _TAIL.search(block)
    body = block[: m.start()] if m else block
    return not (_TERMINAL_EL if lang == "el" else _TERMINAL).search(body)


def _clear_cut(word: str, first: str, abbrs: frozenset[str]) -> bool:
    """Whether "<word>. <first>..." certainly ends a sentence (pysbd would cut there too)."""
    if word.lower() in abbrs or first.islower():
        return False
    # "Arabia." or "said." yes; "NYAG." (all capitals: maybe an acronym) no; caseless scripts yes
    return not word.isupper() or word.lower() == word.upper()


@lru_cache(maxsize=32)
def _abbreviations(lang: str) -> frozenset[str]:
    from pysbd.languages import Language

    abbrs = list(Language.get_language_code("en").Abbreviation.ABBREVIATIONS)
    with contextlib.suppress(KeyError, AttributeError, ValueError):
        abbrs += Language.get_language_code(lang).Abbreviation.ABBREVIATIONS
    return frozenset(a.lower().strip().rstrip(".") for a in abbrs)


def _split_block(block: str, lang: str) -> list[tuple[int, int]]:
    """Sentences of one paragraph: cut at unambiguous boundaries ("word. Next"), then let
    pysbd decide inside the pieces that still hold a possible boundary (abbreviations,
    numbers, quotes). Same result as pysbd on the whole paragraph, several times faster."""
    if _one_sentence(block, lang):  # fast path: most paragraphs
        return _trim(block, 0, len(block))
    abbrs = _abbreviations(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLEAR_BOUNDARY.finditer(block):
        if not _clear_cut(m.group(1), m.group(2), abbrs) or _in_quote(block, m.start(1)):
            continue  # pysbd keeps quoted speech whole: leave quotes to it
        cut = m.start(2) - (1 if block[m.start(2) - 1] in "“«\"" else 0)
        spans.extend(_split_piece(block, start, m.end(1) + 1, lang))
        start = cut
    spans.extend(_split_piece(block, start, len(block), lang))
    return spans


def _in_quote(block: str, pos: int) -> bool:
    """True when ``pos`` sits inside quotation marks or parentheses opened before it."""
    opens = block.count("“", 0, pos) + block.count("«", 0, pos) + block.count("„", 0, pos)
    closes = block.count("”", 0, pos) + block.count("»", 0, pos)
    return (opens > closes or block.count('"', 0, pos) % 2 == 1
            or block.count("(", 0, pos) > block.count(")", 0, pos))


def _split_piece(block: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    piece = block[start:end]
    if _one_sentence(piece, lang):
        return [(start + s, start + e) for s, e in _trim(piece, 0, len(piece))]
    return [(start + s, start + e) for s, e in _pysbd_block(piece, lang)]


def _pysbd_block(block: str, lang: str) -> list[tuple[int, int]]:
    seg = _segmenter(lang)
    try:
        # the processor alone: Segmenter.segment() also compiles one regex per sentence to
        # find its offsets, which we do with str.find
        pieces = seg.processor(block).process()
    except Exception:  # pysbd has rare regex failures on odd input: keep the block whole
        return _trim(block, 0, len(block))
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = block.find(piece, cursor)
        if found < 0:  # pysbd altered the text: fall back to its own offset search
            return _pysbd_spans(seg, block)
        cursor = found + len(piece)
        spans.extend(_trim(block, found, cursor))
    return spans or _trim(block, 0, len(block))


def _pysbd_spans(seg, block: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    try:
        pieces = seg.segment(block)
    except Exception:
        pieces = []
    for piece in pieces:
        found = block.find(piece, cursor)
        start = found if found >= 0 else cursor
        end = min(len(block), start + len(piece))
        cursor = max(cursor, end)
        spans.extend(_trim(block, start, end))
    return spans or _trim(block, 0, len(block))


def _trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []
