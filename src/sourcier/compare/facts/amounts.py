"""Numbers compared by value across locales: equal amounts, unit conversions translators make,
ranges end to end, years and figures found elsewhere in the other text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sourcier.annotate.numbers import MEASURES, TEMPERATURES, measure_dimension
from sourcier.model import DateMention, NumberMention

AMOUNT_KINDS = {"number", "percent", "money", "range"}


def year_like(n: NumberMention) -> bool:
    """A bare four-digit integer between 1800 and 2100: maybe a year the parser missed."""
    first = n.text.split()[0] if n.text.split() else ""
    return (n.kind == "number" and float(n.value).is_integer() and 1800 <= n.value <= 2100
            and re.fullmatch(r"\d{4}", first) is not None)


def year_elsewhere(n: NumberMention, other_text: str, other_dates: list[DateMention]) -> bool:
    """Whether the year-like number ``n`` is in the other sentence as a date or as digits."""
    year = str(int(n.value))
    return (re.search(rf"(?<!\d){year}(?!\d)", other_text) is not None
            or any((d.value or "").startswith(year) for d in other_dates))


def numbers_equal(x: NumberMention, y: NumberMention) -> bool:
    """Same value (relative tolerance 0.5%), or the same figure scaled by a power of 1,000.

    The second case absorbs a scale word one side's parser missed ("215 Millionen" read as
    215 beside "215 million"): a real edit rarely changes only the scale word.
    """
    if x.kind == "percent" and y.kind not in ("percent", "number", "range"):
        return False
    if x.high is not None and y.high is not None:  # two ranges: both ends ("40 to 50")
        return numbers_equal(replace(x, high=None), replace(y, high=None)) and numbers_equal(
            replace(x, value=x.high, high=None), replace(y, value=y.high, high=None))
    big, small = max(abs(x.value), abs(y.value)), min(abs(x.value), abs(y.value))
    if abs(big - small) <= max(1e-9, 0.005 * big):
        return True
    if 10 <= small <= 90 and small % 10 == 0 and big in (1900 + small, 2000 + small):
        return True  # a decade: "80er-Jahren", "années 80" beside "the 1980s"
    if small > 0:
        ratio = big / small
        for k in (1e3, 1e6, 1e9, 1e12):
            if abs(ratio - k) <= 0.005 * k:
                return True
    return converted(x, y)


CONVERSION_TOLERANCE = 0.04  # translators round a converted figure: 60 miles -> "100 km"


def converted(x: NumberMention, y: NumberMention) -> bool:
    """One figure in two units of the same measure, as a translation converts it ("140 mph"
    / "225 km/h", "58 miles" / "93 km", "100 degrees" / "38 °C"): equal within
    CONVERSION_TOLERANCE (temperatures within one degree Celsius)."""
    dx, dy = measure_dimension(x.unit), measure_dimension(y.unit)
    if dx is None or dx != dy or x.unit == y.unit:
        return False
    if dx == "temperature":
        def celsius(v: float, unit: str | None) -> list[float]:
            return {"c": [v], "f": [(v - 32) * 5 / 9]}.get(unit or "", [v, (v - 32) * 5 / 9])

        return any(abs(cx - cy) <= 1.0 for cx in celsius(x.value, x.unit)
                   for cy in celsius(y.value, y.unit))
    bx, by = x.value * MEASURES[x.unit][1], y.value * MEASURES[y.unit][1]
    return abs(bx - by) <= CONVERSION_TOLERANCE * max(abs(bx), abs(by))


_MEASURE_UNITS = {"%", "pp", *MEASURES, *TEMPERATURES}


def _hard_unit(unit: str | None) -> bool:
    """Units that mean the same in every language: currencies (ISO codes), %, measures."""
    return bool(unit) and (bool(re.fullmatch(r"[A-Z]{3}", unit or "")) or
                           (unit or "").lower() in _MEASURE_UNITS)


def figure_elsewhere(n: NumberMention, figures: list[NumberMention],
                     amounts: list[NumberMention]) -> bool:
    """Whether the amount ``n`` has its value among the other sentence's figures of any kind:
    a translation may write as an amount what the original holds in a date or an ordinal
    ("in the 80s" / "in den 80er-Jahren", "more than 60 years ago" / "vor mehr als 60
    Jahren" where only the English is read as a date): no change can be claimed for it.
    Only figures that are no amount there (``amounts``) count: an amount of the other side
    was matched on its own."""
    return any(abs(y.value - n.value) <= max(1e-9, 0.005 * abs(n.value))
               for y in figures if any(ch.isdigit() for ch in y.text)
               and not any(y is x for x in amounts))


def compatible_units(x: NumberMention, y: NumberMention) -> bool:
    """Units do not contradict each other. Counted nouns ("clases"/"kinds") are words of each
    language, so only currencies, percentages and measures can contradict."""
    if x.unit == y.unit or not x.unit or not y.unit:
        return True
    dx, dy = measure_dimension(x.unit), measure_dimension(y.unit)
    if dx is not None and dx == dy:
        return True  # "58 miles" may have become "193 km"
    return not (_hard_unit(x.unit) and _hard_unit(y.unit))


def unmatched_numbers(na: list[NumberMention], nb: list[NumberMention]
                      ) -> tuple[list[NumberMention], list[NumberMention]]:
    """Numbers of each side with no equal value on the other side (multiset matching).

    A range matched by no range of the other side counts as its two ends: "de entre 15 y 18
    años" beside "ve věku 15 až 18 let" (read as two numbers) leaves nothing unmatched."""
    na, nb = _range_ends(na, nb), _range_ends(nb, na)
    left_b = list(nb)
    only_a = []
    for x in na:
        hit = next((y for y in left_b if (x.high is None) == (y.high is None)
                    and numbers_equal(x, y)), None)
        if hit is None:
            only_a.append(x)
        else:
            left_b.remove(hit)
    return only_a, left_b


def _range_ends(ns: list[NumberMention], others: list[NumberMention]) -> list[NumberMention]:
    """``ns`` with each range no range of ``others`` equals replaced by its two ends."""
    out: list[NumberMention] = []
    for x in ns:
        if x.high is None or any(y.high is not None and numbers_equal(x, y) for y in others):
            out.append(x)
            continue
        kind = "number" if x.kind == "range" else x.kind
        out += [replace(x, high=None, kind=kind), replace(x, value=x.high, high=None, kind=kind)]
    return out
