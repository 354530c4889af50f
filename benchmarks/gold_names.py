"""Names for the divergence benchmark's ``drop_name`` edits, found without sourcier.

Until 2026-12-07 the benchmark chose the name to drop with sourcier's own name finder, so a
name sourcier could not see was never dropped and its recall was measured on the names it
already knew. Here a name is what survives translation: a capitalised word of the copy's
sentence that the same sentence in another language also has, capitalised, spelled the same
(up to a declension ending: "Merkel" / "Merkelovou", "Trump" / "Trumpa") or, across scripts,
transliterated alike ("Mnuchin" / "Мнучин"). Translators translate words and keep names, so
this needs no dictionary, no tagger and no rule of sourcier's. Not names here: the days and
months (capitalised in English and German), and a sentence's first word unless the other
text also has it capitalised inside a sentence.

The other text is the original for a translated copy, and the human translation for a
verbatim copy (where the original is the copy itself and would confirm every capital).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from anyascii import anyascii

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_ELISION = re.compile(r"^[A-Za-z]['’](?=\w)")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"[.!?:…]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# (not May: Theresa May; a month translators rename, "mai", "Mai")
_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "sonnabend", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
}


class Word:
    __slots__ = ("start", "end", "text", "initial", "joined")

    def __init__(self, start: int, end: int, text: str, initial: bool, joined: bool) -> None:
        self.start, self.end, self.text = start, end, text
        self.initial = initial  # first word of a sentence
        self.joined = joined  # only spaces between it and the word before


def words(text: str) -> list[Word]:
    """The words of ``text``, an elided article ("l'OTAN") and a possessive cut off."""
    out: list[Word] = []
    prev_end = 0
    for m in _WORD.finditer(text):
        start, end, w = m.start(), m.end(), m.group()
        if e := _ELISION.match(w):
            start, w = start + e.end(), w[e.end():]
        if p := _POSSESSIVE.search(w):
            end, w = end - len(p.group()), w[: p.start()]
        w = w.rstrip(".")
        end = start + len(w)
        if not w:
            continue
        gap = text[prev_end:start]
        # "Mr. Trump", "U.S. President": a full stop after a short or dotted capitalised word
        abbreviation = bool(out) and gap.lstrip().startswith(".") and out[-1].text[0].isupper() \
            and (len(out[-1].text) <= 3 or "." in out[-1].text)
        initial = not out or (bool(_SENTENCE_END.search(gap)) and not abbreviation)
        out.append(Word(start, end, w, initial, bool(out) and not gap.strip()))
        prev_end = m.end()
    return out


def same_name(w: str, v: str) -> bool:
    """The same name in two languages: equal, one a declined form of the other, or (across
    scripts) alike once transliterated."""
    if w == v:
        return True
    if bool(_CYRILLIC.search(w)) != bool(_CYRILLIC.search(v)):
        x, y = anyascii(w).lower(), anyascii(v).lower()
        return min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y).ratio() >= 0.75
    short, long = sorted((w, v), key=len)
    return len(short) >= 4 and long.startswith(short[:-1]) and len(long) - len(short) <= 4


def _capitalised(w: Word) -> bool:
    return w.text[0].isupper() and w.text.lower() not in _CALENDAR


def name_spans(text: str, other: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming what ``other`` (the same sentence in another language, or its
    translation) names: a capitalised word found in ``other`` and the capitalised words joined
    to it by spaces after it ("Miguel Ángel Moratinos" whole when the other text writes
    "Angel", "France Telecom" for "France Télécom"), not a title before it ("Chancellor")."""
    theirs = [w for w in words(other) if _capitalised(w)]
    inside = [w.text for w in theirs if not w.initial]
    anywhere = [w.text for w in theirs]
    spans: list[tuple[int, int]] = []
    run: list[Word] = []
    for w in words(text) + [None]:
        cap = w is not None and _capitalised(w)
        if cap and run and w.joined and not w.initial:
            run.append(w)
            continue
        if run:
            spans.append((run[0].start, run[-1].end))
        found = cap and any(same_name(w.text, v) for v in (inside if w.initial else anywhere))
        run = [w] if found else []
    return spans


def still_named(span_text: str, text: str) -> bool:
    """Does ``text`` still have a word of the name ``span_text``?"""
    mine = {w.text for w in words(span_text)}
    return any(w.text in mine for w in words(text))
