"""Dates in running text, absolute and relative, resolved against a reference date.

Own rules for French and English (dateparser fails on "vendredi soir", "juin dernier",
"mardi prochain" and is slow without an explicit language), CLDR month names (babel) for
absolute dates in other languages. Relative expressions ("mardi", "last week", "hier",
"juin dernier", "il y a trois jours") are resolved against ``reference`` and the tense of the
clause around them chooses between the previous and the next occurrence ("mardi" in "a
déclaré mardi" is the previous Tuesday, in "se rendra mardi" the next one).

``value`` is an ISO date ``YYYY-MM-DD`` (granularity day or week: a week is given by its
Monday), ``YYYY-MM`` (month) or ``YYYY`` (year). Without a reference, relative expressions
come out with ``resolved=False``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from sourcier.annotate.numbers import SpanIndex, words_to_number
from sourcier.model import DateMention

__all__ = ["find_dates", "tense_near"]

_SP = r"[ \u00a0\u202f\u2009]+"
_OSP = r"[ \u00a0\u202f\u2009]*"

# ----------------------------------------------------------------- vocabulary

_FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
_EN_MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}
_FR_DAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
_EN_DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# weekdays after "у"/"в"/"во" (accusative), Ukrainian then Russian
_UK_DAYS = {"понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4,
            "п’ятницю": 4, "суботу": 5, "неділю": 6}
_RU_DAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
            "субботу": 5, "воскресенье": 6}
_NUM_WORDS_FR = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quelques)"
_NUM_WORDS_EN = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several)"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# ----------------------------------------------------------------------- tense

_FR_FUTURE = re.compile(
    r"\b(?:va|vont|vais|allons|allez)\s+(?:se\s+|s['’]|l['’]|le\s+|la\s+|les\s+)?\w+(?:er|ir|re)\b"
    r"|\b\w{2,}(?:era|ira|ra|ront|rons|rez|rai)\b|\bprochaine?s?\b|\bdevrai(?:t|ent)\b"
    r"|\bdoi(?:t|vent)\s+(?:se\s+)?(?:tenir|avoir|être|rencontrer|arriver|venir|partir|rendre)"
    r"|\bprévue?s?\b|\bprévoi(?:t|ent)\b|\bà venir\b|\bd['’]ici\b"
    r"|\bpourr(?:a|ont|ait|aient)\b"
    r"|\bdevai(?:t|ent)\s+(?:se\s+|s['’]|l['’]|le\s+|la\s+|les\s+)?\w+(?:er|ir|re)\b",
    re.I,
)
_FR_PAST = re.compile(
    r"\b(?:a|ont|avait|avaient|avons|avez|ai|est|sont|était|étaient|eu|fut)\s+(?:\w+\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|int|uit)\b"
    r"|\b\w{3,}(?:ait|aient)\b|\bdernière?s?\b|\bhier\b|\bil y a\b|\bpassée?s?\b"
    r"|\ba-t-(?:il|elle|on)\b|\bont-(?:ils|elles)\b",
    re.I,
)
_EN_FUTURE = re.compile(
    r"\b(?:will(?:\s+(?:not\s+)?(?:be|have\s+been)\s+\w+)?|shall|won['’]t|['’]ll|"
    r"could|may|might|is going to|are going to|am going to|plans? to|"
    r"planning to|expected to|scheduled|set to|next|upcoming|due to)\b",
    re.I,
)
_EN_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|ago|last|earlier|announced|met|went|came|took|made|"
    r"gave|held|spoke|wrote|reported|\w{3,}ed)\b",
    re.I,
)


# Ukrainian and Russian: future auxiliaries and "next"; past-tense verbs end in -в/-ла/-ли/-ло
# (Ukrainian) or -л/-ла/-ли/-ло (Russian) ("заявив", "сказала", "заявил")
_UK_FUTURE = re.compile(
    r"(?<!\w)(?:буде|будуть|будемо|відбудеться|відбудуться|наступн\w*|планує\w*|має\s+відбутися"
    r"|будет|будут|будем|состоится|состоятся|следующ\w*|планиру\w*)(?!\w)", re.I)
_UK_PAST = re.compile(
    r"(?<!\w)(?:\w{3,}(?:ив|ав|ів|ув|ла|ли|ло|ил|ал|ел|ул)|минул\w*|прошл\w*)(?!\w)", re.I)


def tense_near(text: str, start: int, end: int, lang: str | None) -> str | None:
    """``past``/``future`` from the tense marker nearest to ``text[start:end]`` within its
    sentence (None when there is none)."""
    if lang == "fr":
        fut, past = _FR_FUTURE, _FR_PAST
    elif lang == "en":
        fut, past = _EN_FUTURE, _EN_PAST
    elif lang in ("uk", "ru"):
        fut, past = _UK_FUTURE, _UK_PAST
    else:
        return None
    lo = max(0, start - 400)
    hi = min(len(text), end + 400)
    s = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start),
            text.rfind("? ", lo, start), text.rfind("! ", lo, start))
    s = s + 1 if s >= 0 else lo
    e_candidates = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi),
                                text.find("? ", end, hi), text.find("! ", end, hi)) if i >= 0]
    e = min(e_candidates) if e_candidates else hi
    # the clause of the expression first (a reporting clause after a comma, "..., a indiqué
    # le ministère", does not give the tense of the event), then the whole sentence
    cs = max(text.rfind(",", s, start), text.rfind(";", s, start))
    cs = cs + 1 if cs >= 0 else s
    ce_candidates = [i for i in (text.find(",", end, e), text.find(";", end, e)) if i >= 0]
    ce = min(ce_candidates) if ce_candidates else e
    for lo_, hi_ in ((cs, ce), (s, e)):
        best: tuple[int, str] | None = None
        for pat, label in ((fut, "future"), (past, "past")):
            # markers are searched on each side of the expression separately: a marker
            # inside it ("prochain", "last") is handled by the expression itself, and a
            # match running into it ("a exigé Mardi") must not hide the verb before it
            for seg_lo, seg_hi in ((lo_, start), (end, hi_)):
                for m in pat.finditer(text, seg_lo, seg_hi):
                    d = start - m.end() if m.end() <= start else m.start() - end
                    if best is None or d < best[0]:
                        best = (d, label)
        if best is not None:
            return best[1]
    return None


# ------------------------------------------------------------------ resolution


def _weekday(ref: date, wd: int, direction: str | None, strict: bool = False) -> date:
    if direction == "future":
        delta = (wd - ref.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return ref + timedelta(days=delta)
    delta = (ref.weekday() - wd) % 7
    if delta == 0 and strict:
        delta = 7
    return ref - timedelta(days=delta)


def _month(ref: date, month: int, direction: str | None, strict: bool = False) -> tuple[int, int]:
    y = ref.year
    if direction == "future":
        if month < ref.month or (strict and month == ref.month):
            y += 1
    elif direction == "past" and (month > ref.month or (strict and month == ref.month)):
        y -= 1
    return y, month


def _day_month(ref: date, day: int, month: int, direction: str | None) -> date | None:
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if direction == "past":
        past = [c for c in cands if c <= ref]
        return max(past) if past else min(cands)
    if direction == "future":
        fut = [c for c in cands if c >= ref]
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda c: abs((c - ref).days))


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    return date(y, m % 12 + 1, 1)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str) -> int:
    y = int(raw)
    if y < 100:
        y += 2000 if y < 70 else 1900
    return y


# --------------------------------------------------------------------- rules

# A rule: (compiled pattern, handler(match, ctx) -> (value, granularity, relative) or None).
# ``value`` None with relative=True means "relative but not resolvable".


class _Ctx:
    def __init__(self, text: str, lang: str | None, ref: date | None):
        self.text, self.lang, self.ref = text, lang, ref

    def tense(self, m: re.Match[str]) -> str | None:
        return tense_near(self.text, m.start(), m.end(), self.lang)


Result = tuple[str | None, str, bool] | None
Handler = Callable[[re.Match[str], _Ctx], Result]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _h_iso(m: re.Match[str], c: _Ctx) -> Result:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (_iso(d), "day", False) if d else None


def _h_numeric(m: re.Match[str], c: _Ctx) -> Result:
    a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
    if c.lang == "en" and a <= 12 and not b > 31:
        month, day = a, b  # US order
        if b <= 12 and c.lang == "en":
            month, day = a, b
    else:
        day, month = a, b
    if month > 12 and day <= 12:
        day, month = month, day
    d = _safe_date(y, month, day)
    return (_iso(d), "day", False) if d else None


def _month_num(name: str, table: dict[str, int]) -> int | None:
    key = name.rstrip(".")
    return table.get(key) or table.get(key.lower()) or table.get(key.capitalize())


def _make_day_month_year(table: dict[str, int]) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        month = _month_num(m["mon"], table)
        if month is None:
            return None
        day = int(m["d"])
        if m["y"]:
            d = _safe_date(_year(m["y"]), month, day)
            return (_iso(d), "day", False) if d else None
        if c.ref is None:
            return (None, "day", True)
        mod = (m.groupdict().get("mod") or "").lower()
        direction = {"dernier": "past", "prochain": "future"}.get(mod) or c.tense(m)
        if m.groupdict().get("wd"):
            # a weekday fixes the year: pick the nearest year where it matches
            wd_table = _FR_DAYS if c.lang == "fr" else _EN_DAYS
            wd = wd_table.get(m["wd"].lower().rstrip(","))
            for y in (c.ref.year, c.ref.year + 1, c.ref.year - 1):
                d = _safe_date(y, month, day)
                if d and d.weekday() == wd:
                    return (_iso(d), "day", True)
        return (_iso(_day_month(c.ref, day, month, direction)), "day", True)
    return h


def _make_month_year(table: dict[str, int]) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        month = _month_num(m["mon"], table)
        if month is None:
            return None
        return (f"{_year(m['y']):04d}-{month:02d}", "month", False)
    return h


def _make_month_rel(table: dict[str, int], strict_words: set[str], next_words: set[str]
                    ) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        month = _month_num(m["mon"], table)
        if month is None:
            return None
        if c.ref is None:
            return (None, "month", True)
        mod = (m.groupdict().get("mod") or m.groupdict().get("mod2") or "").lower()
        if mod in strict_words:
            y, mo = _month(c.ref, month, "past", strict=True)
        elif mod in next_words:
            y, mo = _month(c.ref, month, "future", strict=True)
        else:
            y, mo = _month(c.ref, month, c.tense(m) or "past")
        return (f"{y:04d}-{mo:02d}", "month", True)
    return h


def _make_weekday(days: dict[str, int], last: set[str], nxt: set[str]) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        wd = days[m["wd"].lower()]
        if c.ref is None:
            return (None, "day", True)
        mod = (m.groupdict().get("mod") or m.groupdict().get("mod2") or "").lower()
        if mod in last:
            d = _weekday(c.ref, wd, "past", strict=True)
        elif mod in nxt:
            d = _weekday(c.ref, wd, "future", strict=True)
        else:
            d = _weekday(c.ref, wd, c.tense(m) or "past")
        return (_iso(d), "day", True)
    return h


def _h_offset_days(n: int) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        if c.ref is None:
            return (None, "day", True)
        return (_iso(c.ref + timedelta(days=n)), "day", True)
    return h


def _h_period(unit: str, shift: int | None) -> Handler:
    """week/month/year relative to the reference (shift -1 last, 0 this, +1 next)."""
    def h(m: re.Match[str], c: _Ctx) -> Result:
        if c.ref is None:
            return (None, unit, True)
        s = shift
        if s is None:
            s = {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "last": -1,
                 "past": -1, "prochain": 1, "prochaine": 1, "next": 1, "coming": 1,
                 }.get((m["mod"] or "").lower(), 0)
        if unit == "week":
            return (_iso(_monday(c.ref) + timedelta(weeks=s)), "week", True)
        if unit == "month":
            d = _add_months(c.ref, s)
            return (f"{d.year:04d}-{d.month:02d}", "month", True)
        return (f"{c.ref.year + s:04d}", "year", True)
    return h


def _count(raw: str) -> int | None:
    raw = raw.strip().lower()
    if raw.isdigit():
        return int(raw)
    if raw in ("quelques", "a few", "several"):
        return None
    v = words_to_number(raw.split())
    return int(v) if v is not None else None


def _h_ago(sign: int) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        n = _count(m["n"])
        unit = m["u"].lower()
        gran = ("day" if unit.startswith(("jour", "day")) else
                "week" if unit.startswith(("semaine", "week")) else
                "month" if unit.startswith(("mois", "month")) else "year")
        if c.ref is None or n is None:
            return (None, gran, True)
        if gran == "day":
            return (_iso(c.ref + timedelta(days=sign * n)), "day", True)
        if gran == "week":
            return (_iso(c.ref + timedelta(weeks=sign * n)), "day", True)
        if gran == "month":
            d = _add_months(c.ref, sign * n)
            return (f"{d.year:04d}-{d.month:02d}", "month", True)
        return (f"{c.ref.year + sign * n:04d}", "year", True)
    return h


def _h_year(m: re.Match[str], c: _Ctx) -> Result:
    return (f"{int(m['y']):04d}", "year", False)


def _h_weekend(shift: int | None) -> Handler:
    def h(m: re.Match[str], c: _Ctx) -> Result:
        if c.ref is None:
            return (None, "day", True)
        s = shift
        direction = c.tense(m) or "past"
        if s == -1:
            d = _weekday(c.ref, 5, "past", strict=True)
        elif s == 1:
            d = _weekday(c.ref, 5, "future", strict=True)
        else:
            d = _weekday(c.ref, 5, direction)
            if direction == "past" and (c.ref - d).days > 2:
                d = _weekday(c.ref, 5, "future")
        return (_iso(d), "day", True)
    return h


def _h_this_period_year(m: re.Match[str], c: _Ctx) -> Result:
    if c.ref is None:
        return (None, "year", True)
    return (f"{c.ref.year:04d}", "year", True)


@lru_cache(maxsize=8)
def _rules(lang: str) -> list[tuple[re.Pattern[str], Handler]]:
    rules: list[tuple[re.Pattern[str], Handler]] = []
    add = rules.append
    iso = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
    num = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d])")
    add((iso, _h_iso))
    add((num, _h_numeric))
    if lang == "fr":
        mon = r"(?P<mon>" + _alt(_FR_MONTHS) + r")\.?"
        # a month on its own: full names only ("sept" is also seven, "oct" nothing)
        full_mon = r"(?P<mon>" + _alt(k for k in _FR_MONTHS if len(k) > 4 or k in (
            "mars", "mai", "juin", "aout")) + r")"
        days = r"(?P<wd>" + _alt(_FR_DAYS) + r")"
        dmy = re.compile(
            r"(?:\b" + days + _SP + r")?\b(?P<d>[0-3]?\d)(?:er|e)?" + _SP + mon
            + r"(?:" + _SP + r"(?P<y>\d{4}))?(?:" + _SP + r"(?P<mod>dernier|prochain))?(?![\w])",
            re.I)
        add((dmy, _make_day_month_year(_FR_MONTHS)))
        add((re.compile(r"\b" + mon + _SP + r"(?P<y>\d{4})\b", re.I),
             _make_month_year(_FR_MONTHS)))
        add((re.compile(
            r"\b(?:(?:(?:au|en|de|le|du)" + _SP + r")?(?:début|mi|fin|courant|mois" + _SP
            + r"de|mois" + _SP + r"d['’])[-" + r" \u00a0]*|(?:en|depuis|dès|jusqu['’]en|"
            r"d['’]ici)" + _SP + r")?" + full_mon
            + r"(?:" + _SP + r"(?P<mod>dernier|prochain|passé))?\b(?!" + _SP + r"\d)", re.I),
            _make_month_rel(_FR_MONTHS, {"dernier", "passé"}, {"prochain"})))
        add((re.compile(
            r"\b(?:(?P<mod2>ce)" + _SP + r")?" + days
            + r"(?:" + _SP + r"(?:soir|matin|après-midi|midi|dans la soirée|dans la matinée))?"
            + r"(?:" + _SP + r"(?P<mod>dernier|prochain|passé))?\b", re.I),
            _make_weekday(_FR_DAYS, {"dernier", "passé"}, {"prochain"})))
        for words, n in (("avant-hier", -2), ("après-demain", 2), ("hier", -1),
                         ("aujourd['’]hui", 0), ("demain", 1)):
            add((re.compile(r"\b" + words + r"(?:" + _SP
                            + r"(?:soir|matin|après-midi|midi))?\b", re.I), _h_offset_days(n)))
        add((re.compile(r"\bce" + _SP + r"(?:matin|soir|midi|après-midi)\b|\bcette"
                        + _SP + r"nuit\b", re.I), _h_offset_days(0)))
        for unit, words in (("week", r"semaine"), ("month", r"mois"), ("year", r"année|an")):
            add((re.compile(r"\b(?:la|le|l['’])" + _OSP + r"(?:" + words + r")" + _SP
                            + r"(?P<mod>dernière|dernier|passée|passé|prochaine|prochain)\b",
                            re.I), _h_period(unit, None)))
            add((re.compile(r"\b(?:cette|ce|cet)" + _SP + r"(?:" + words + r")(?:-ci)?\b", re.I),
                 _h_period(unit, 0)))
        add((re.compile(r"\b(?:l['’]an|l['’]année)" + _SP + r"(?P<mod>dernière|dernier|passée|"
                        r"prochaine|prochain)\b", re.I), _h_period("year", None)))
        add((re.compile(r"\bil y a" + _SP + r"(?P<n>\d+|" + _NUM_WORDS_FR + r")" + _SP
                        + r"(?P<u>jours?|semaines?|mois|ans|années?)\b", re.I), _h_ago(-1)))
        add((re.compile(r"\b(?:dans|d['’]ici)" + _SP + r"(?P<n>\d+|" + _NUM_WORDS_FR + r")"
                        + _SP + r"(?P<u>jours?|semaines?|mois|ans|années?)\b", re.I), _h_ago(1)))
        add((re.compile(r"\b(?:ce|le)" + _SP + r"week-?end(?:" + _SP
                        + r"(?P<mod>dernier|prochain))?\b", re.I),
             lambda m, c: _h_weekend({"dernier": -1, "prochain": 1}.get(
                 (m["mod"] or "").lower(), 0))(m, c)))
        add((re.compile(r"\bd['’]ici" + _SP + r"(?:au|à la|la)" + _SP
                        + r"(?:début|fin|mi-|milieu)" + _SP + r"(?:de|d['’])" + _OSP
                        + r"(?:l['’]année|l['’]an)\b", re.I), _h_this_period_year))
        add((re.compile(
            r"\b(?:(?:en|depuis|dès|jusqu['’]en|d['’]ici|avant|après)" + _SP
            + r"(?:(?:au|à la|la|le|l['’])" + _OSP + r")?"
            r"(?:(?:début|fin|mi-|milieu|courant|cours)" + _OSP + r"(?:de|d['’]|du)?" + _OSP
            + r")?|(?:(?:au|à la|la|le)" + _SP + r")?(?:début|fin|mi-|milieu|courant)" + _OSP
            + r"(?:de" + _SP + r")?|(?:l['’]année|l['’]an)" + _SP + r")"
            r"(?P<y>(?:1[89]|20|21)\d{2})(?![\d])", re.I), _h_year))
    elif lang == "en":
        mon = r"(?P<mon>" + _alt(_EN_MONTHS) + r")\.?"
        days = r"(?P<wd>" + _alt(d.capitalize() for d in _EN_DAYS) + r")"
        mdy = re.compile(
            r"(?:\b" + days + r"," + _OSP + r")?\b" + mon + _SP + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            + r"(?:," + _OSP + r"(?P<y>\d{4})|" + _SP + r"(?P<y2>\d{4}))?(?![\w])")
        dmy = re.compile(
            r"(?:\b" + days + r",?" + _SP + r")?\b(?:the" + _SP + r")?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            + _SP + r"(?:of" + _SP + r")?" + mon + r"(?:,?" + _SP + r"(?P<y>\d{4}))?(?![\w])")

        def mdy_h(m: re.Match[str], c: _Ctx) -> Result:
            class _M:  # expose y from either group
                def __init__(self, m: re.Match[str]):
                    self.m = m

                def __getitem__(self, k: str):
                    if k == "y":
                        return self.m["y"] or self.m["y2"]
                    return self.m[k]

                def groupdict(self):
                    return self.m.groupdict()

                def start(self):
                    return self.m.start()

                def end(self):
                    return self.m.end()
            return _make_day_month_year(_EN_MONTHS)(_M(m), c)  # type: ignore[arg-type]

        add((mdy, mdy_h))
        add((dmy, _make_day_month_year(_EN_MONTHS)))
        add((re.compile(r"\b" + mon + r",?" + _SP + r"(?P<y>\d{4})\b"),
             _make_month_year(_EN_MONTHS)))
        add((re.compile(r"\b(?:(?P<mod>last|next|this|early|late|mid-?|in|since|until|by)"
                        + _OSP + r")" + mon + r"\b(?!" + _SP + r"\d)", re.I),
             _make_month_rel(_EN_MONTHS, {"last"}, {"next"})))
        add((re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)" + _SP + r"(?P<mon>" + _alt(
            k for k in _EN_MONTHS if len(k) > 3) + r")(?=" + _SP + r"[a-z])"),
             _make_month_rel(_EN_MONTHS, {"last"}, {"next"})))
        add((re.compile(r"\blast" + _SP + r"night\b", re.I), _h_offset_days(-1)))
        add((re.compile(r"(?<![\w])(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate)"
                        + _SP + r")?"
                        + r"(?P<wd>" + _alt(d.capitalize() for d in _EN_DAYS) + r")"
                        + r"(?:" + _SP + r"(?:night|morning|afternoon|evening))?\b"),
             _make_weekday(_EN_DAYS, {"last"}, {"next"})))
        for words, n in (("the day before yesterday", -2), ("the day after tomorrow", 2),
                         ("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)):
            add((re.compile(r"\b" + words + r"(?:['’]s)?(?:" + _SP
                            + r"(?:morning|afternoon|evening|night))?\b", re.I),
                 _h_offset_days(n)))
        add((re.compile(r"\bthis" + _SP + r"(?:morning|afternoon|evening)\b", re.I),
             _h_offset_days(0)))
        for unit, words in (("week", "week"), ("month", "month"), ("year", "year")):
            add((re.compile(r"\b(?:(?:the" + _SP + r")?(?P<mod>last|past|next|coming|this)|"
                            r"earlier" + _SP + r"this|later" + _SP + r"this)" + _SP + words
                            + r"\b", re.I), _h_period(unit, None)))
        add((re.compile(r"\b(?P<n>\d+|" + _NUM_WORDS_EN + r")" + _SP
                        + r"(?P<u>days?|weeks?|months?|years?)" + _SP + r"ago\b", re.I),
             _h_ago(-1)))
        add((re.compile(r"\b(?:in|within)" + _SP + r"(?P<n>\d+|" + _NUM_WORDS_EN + r")" + _SP
                        + r"(?P<u>days?|weeks?|months?|years?)(?:['’]" + _OSP + r"time)?\b",
                        re.I), _h_ago(1)))
        add((re.compile(r"\b(?:(?P<mod>last|next|this)|over the)" + _SP + r"weekend\b", re.I),
             lambda m, c: _h_weekend({"last": -1, "next": 1}.get((m["mod"] or "").lower(), 0))(
                 m, c)))
        add((re.compile(
            r"\b(?:(?:in|since|by|until|before|after|from|through|during)" + _SP
            + r"(?:(?:early|late|mid-?)" + _OSP + r")?|(?:early|late|mid-?)" + _OSP + r")"
            r"(?P<y>(?:1[89]|20|21)\d{2})(?![\d])", re.I), _h_year))
    else:
        rules.extend(_babel_rules(lang))
        if lang in ("uk", "ru"):
            rules.extend(_east_slavic_rules(lang))
    return rules


def _east_slavic_rules(lang: str) -> list[tuple[re.Pattern[str], Handler]]:
    """Relative dates in Ukrainian and Russian: "у вівторок" / "во вторник" (the tense of the
    clause chooses the previous or next one, past by default), yesterday, today, tomorrow,
    last/next week."""
    days = _UK_DAYS if lang == "uk" else _RU_DAYS
    last = {"минулий", "минулого", "минулої", "прошлый", "прошлой", "прошлую", "прошлом"}
    nxt = {"наступний", "наступного", "наступної", "следующий", "следующей", "следующую",
           "следующем"}
    rules: list[tuple[re.Pattern[str], Handler]] = [
        (re.compile(r"(?<!\w)(?:у|в|во)" + _SP + r"(?:(?P<mod>" + _alt(last | nxt) + r")"
                    + _SP + r")?(?P<wd>" + _alt(days) + r")(?!\w)", re.I),
         _make_weekday(days, last, nxt))]
    offsets = (("позавчора", -2), ("позавчера", -2), ("післязавтра", 2), ("послезавтра", 2),
               ("вчора", -1), ("вчера", -1), ("сьогодні", 0), ("сегодня", 0), ("завтра", 1))
    for word, n in offsets:
        rules.append((re.compile(r"(?<!\w)" + word + r"(?!\w)", re.I), _h_offset_days(n)))
    weeks = ((r"минулого" + _SP + r"тижня|на" + _SP + r"минулому" + _SP + r"тижні", -1),
             (r"наступного" + _SP + r"тижня|на" + _SP + r"наступному" + _SP + r"тижні", 1),
             (r"цього" + _SP + r"тижня|на" + _SP + r"цьому" + _SP + r"тижні", 0),
             (r"на" + _SP + r"прошлой" + _SP + r"неделе", -1),
             (r"на" + _SP + r"следующей" + _SP + r"неделе", 1),
             (r"на" + _SP + r"этой" + _SP + r"неделе", 0))
    for words, shift in weeks:
        rules.append((re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.I),
                      _h_period("week", shift)))
    return rules


def _babel_rules(lang: str) -> list[tuple[re.Pattern[str], Handler]]:
    """Absolute "3 Dezember 2021" / "Dezember 2021" / "December 3, 2021" in any CLDR language."""
    try:
        from babel import Locale

        loc = Locale.parse(lang)
    except Exception:  # noqa: BLE001 - unknown locale: ISO/numeric rules only
        return []
    table: dict[str, int] = {}
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            try:
                for num, name in loc.months[ctx][width].items():
                    table[name.lower().rstrip(".")] = num
            except KeyError:
                continue
    if not table:
        return []
    mon = r"(?P<mon>" + _alt(table) + r")\.?"
    dmy = re.compile(r"\b(?P<d>[0-3]?\d)\.?" + _SP + r"(?:de" + _SP + r")?" + mon
                     + r"(?:" + _SP + r"(?:de" + _SP + r")?(?P<y>\d{4}))?(?![\w])", re.I)
    my = re.compile(r"\b" + mon + _SP + r"(?:de" + _SP + r")?(?P<y>\d{4})\b", re.I)
    rules = [(dmy, _make_day_month_year(table)), (my, _make_month_year(table))]
    if lang == "hu":  # year first: "2025. március 12-én", "2025. március"
        rules.append((re.compile(r"\b(?P<y>\d{4})\." + _SP + mon + r"(?:" + _SP
                                 + r"(?P<d>[0-3]?\d)\.?(?:-\w+)?)?(?![\w])", re.I),
                      lambda m, c: (_make_day_month_year(table) if m["d"] else
                                    _make_month_year(table))(m, c)))
    return rules


def find_dates(text: str, lang: str | None = None, reference: date | None = None
               ) -> list[DateMention]:
    """Date expressions in ``text`` with ISO values; relative ones resolved on ``reference``."""
    if not text:
        return []
    ctx = _Ctx(text, lang, reference)
    hits: list[tuple[int, int, int, Result]] = []
    for prio, (pattern, handler) in enumerate(_rules(lang or "")):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            res = handler(m, ctx)
            if res is None:
                continue
            hits.append((m.start(), m.end(), prio, res))
    # keep longest, then earliest rule, without overlaps
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[2], h[0]))
    taken = SpanIndex()
    out: list[DateMention] = []
    for s, e, _prio, res in hits:
        if taken.overlaps(s, e):
            continue
        s, e = _trim_span(text, s, e)
        value, gran, relative = res  # type: ignore[misc]
        taken.add(s, e)
        out.append(DateMention(text=text[s:e], start=s, end=e, value=value,
                               resolved=value is not None, relative=relative, granularity=gran))
    out.sort(key=lambda d: d.start)
    return out


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \u00a0\u202f\u2009,":
        s += 1
    while e > s and text[e - 1] in " \u00a0\u202f\u2009,":
        e -= 1
    return s, e
