"""Quoted strings: finding them (curly, angle and straight marks, apostrophes told apart) and
measuring how close two quotations are, across languages too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

_QUOTE = re.compile(
    r"«\s*(?P<g>[^«»]{8,}?)\s*»|“(?P<c>[^“”]{8,}?)”|„(?P<l>[^„“”]{8,}?)[“”]"
    r"|‘(?P<sq>[^‘’]{12,}?)’(?!\w)|`(?P<bt>[^`]{8,}?)'(?!\w)"
)


_STRAIGHT = re.compile(r'"')


@dataclass
class Quoted:
    text: str
    start: int  # offset in the sentence


def _around(text: str, i: int) -> tuple[str, str]:
    """The characters before and after position ``i`` (a space beyond either end)."""
    return (text[i - 1] if i > 0 else " "), (text[i + 1] if i + 1 < len(text) else " ")


def _opens(text: str, i: int) -> bool:
    """A straight quotation mark at ``i`` that can open a quotation: glued to the word after
    it, not to the one before."""
    before, after = _around(text, i)
    return (before.isspace() or before in "([{-–—/:") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A straight quotation mark at ``i`` that can close a quotation: glued to the text
    before it, followed by a space, punctuation or the end."""
    before, after = _around(text, i)
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}…'’-–—")


# a straight double quote standing for an apostrophe after an elided French word
# ("l"économie", "d"être", "qu"il": text converted badly, WMT21's French sources among them)
_ELIDED = re.compile(r"(?:^|\W)(?:[LlDdJjNnMmTtSsCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)$")


def _elided_mark(text: str, i: int) -> bool:
    return text[i + 1 : i + 2].isalpha() and bool(_ELIDED.search(text, max(0, i - 8), i))


def quoted_strings(text: str) -> list[Quoted]:
    """Quoted strings of a sentence. Straight double quotes are paired in order (first with
    second, third with fourth): a short quote ("papesse") must not shift the pairing."""
    out = []
    spans: list[tuple[int, int]] = []
    for m in _QUOTE.finditer(text):
        g = next(k for k in ("g", "c", "l", "sq", "bt") if m.group(k) is not None)
        out.append(Quoted(" ".join(m.group(g).split()), m.start(g)))
        spans.append((m.start(), m.end()))
    marks = [m.start() for m in _STRAIGHT.finditer(text)
             if not any(s0 <= m.start() < e0 for s0, e0 in spans)
             and not _elided_mark(text, m.start())]
    if len(marks) % 2:
        # an odd mark is a stray one (a quotation opened in the sentence before, a slip):
        # drop the first when it cannot open ('" Au contraire, il déclara, "vous devez..."'),
        # else the last when it cannot close
        if not _opens(text, marks[0]):
            marks = marks[1:]
        elif not _closes(text, marks[-1]):
            marks = marks[:-1]
    for open_, close in zip(marks[::2], marks[1::2], strict=False):
        inner = text[open_ + 1 : close]
        if len(inner.strip()) >= 8:
            out.append(Quoted(" ".join(inner.split()), open_ + 1))
    out.sort(key=lambda q: q.start)
    return out


def quote_similarity(x: str, y: str) -> float:
    """How alike two quotations of one language are (0-100): the whole strings, or, for a
    quotation cut short (three words or more kept), the part that remains
    ("la confiance est" of "la confiance est quelque chose d'extrêmement fragile")."""
    fx, fy = " ".join(x.lower().split()), " ".join(y.lower().split())
    score = fuzz.ratio(fx, fy)
    if min(len(fx.split()), len(fy.split())) >= 3:
        score = max(score, min(90.0, fuzz.partial_ratio(fx, fy)))
    return float(score)
