"""Dates compared by meaning: resolved values at the coarser granularity of the two, a
yearless date on month and day, two weekday names on the weekday they name.
"""

from __future__ import annotations

import re
from datetime import date

from sourcier.compare.facts.text import WORD, month_day_words
from sourcier.model import DateMention


def _date_key(d: DateMention) -> str | None:
    return d.value if d.resolved and d.value else None


def date_form(d: DateMention, lang: str | None) -> str:
    """How a date is written: ``absolute`` (with a year), ``yearless`` ("8 avril",
    "April 8": the year is inferred), ``weekday`` ("mardi", "on Tuesday") or ``relative``
    (other expressions: "hier", "last week", "il y a trois jours")."""
    if not d.relative:
        return "absolute"
    months, days = month_day_words(lang or "en")
    words = {w.lower().strip(".") for w in WORD.findall(d.text)}
    if d.granularity == "day" and words & months and re.search(r"(?<!\d)\d{1,2}(?!\d)", d.text) \
            and not re.search(r"\d{4}", d.text):
        return "yearless"
    if d.granularity == "day" and words & days:
        return "weekday"
    return "relative"


def same_date(x: DateMention, y: DateMention, lang_x: str | None = None,
              lang_y: str | None = None) -> bool:
    """Whether two resolved dates can mean the same day/period.

    Values are compared at the coarser granularity of the two (a month matches a day in it).
    A yearless date ("8 avril") is compared on month and day only (its year is a guess); two
    weekday names match when they name the same weekday (which week was chosen depends on
    the tense read around them, which translation changes).
    """
    kx, ky = x.value or "", y.value or ""
    fx, fy = date_form(x, lang_x), date_form(y, lang_y)
    if "yearless" in (fx, fy) and len(kx) == len(ky) == 10:
        return kx[5:] == ky[5:]
    if fx == fy == "weekday" and len(kx) == len(ky) == 10:
        return date.fromisoformat(kx).weekday() == date.fromisoformat(ky).weekday()
    n = min(len(kx), len(ky))
    return kx[:n] == ky[:n]


def unmatched_dates(da: list[DateMention], db: list[DateMention], lang_a: str | None = None,
                    lang_b: str | None = None) -> tuple[list[DateMention], list[DateMention]]:
    """Resolved dates of each side left over when each date matches at most one of the other
    side (see :func:`same_date`): "en 2011 et en 2012" edited to "en 2012 et en 2012" leaves
    2011 and one 2012 over. Unresolved dates (relative, no reference) are never claimed."""
    va = [d for d in da if _date_key(d)]
    vb = [d for d in db if _date_key(d)]
    fits = [[j for j, y in enumerate(vb) if same_date(x, y, lang_a, lang_b)] for x in va]
    match_b: dict[int, int] = {}  # b index -> a index

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in match_b or augment(match_b[j], seen):
                    match_b[j] = i
                    return True
        return False

    for i in range(len(va)):
        augment(i, set())
    matched_a = set(match_b.values())
    return ([x for i, x in enumerate(va) if i not in matched_a],
            [y for j, y in enumerate(vb) if j not in match_b])
