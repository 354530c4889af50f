"""Which of two versions is the original, and why.

Each clue votes for ``a`` or ``b`` with a weight; the side with a clear majority wins,
otherwise the answer is ``unknown``. Clues: publication dates, declared sources pointing at
the other version, a byline on one side only, coverage asymmetry (a copy that adds
boilerplate or drops sentences), and machine-translation artefacts (English-capitalised
weekdays/months, English quotation marks or leftover English words in a non-English text).

When no metadata clue (date, declared source) speaks, two versions in different languages
are also compared by :mod:`sourcier.compare.translationese` (story locality, letters kept from
the original's language, explicitation). That text vote never runs against a date or a
declared source.
"""

from __future__ import annotations

import re
from datetime import date

from sourcier.compare.translationese import text_direction
from sourcier.extract.text import site_of
from sourcier.model import AlignmentLink, Article, Divergence

_EN_WORDS = re.compile(r"\b(?:the|and|of|with|from|which|that|would|said|has been)\b")
_EN_QUOTES = re.compile(r"[“”]")
_WEEKDAYS_MONTHS = {
    "fr": r"Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|"
          r"Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre",
    "es": r"Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Enero|Febrero|Marzo|Abril|"
          r"Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre",
    "it": r"Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Domenica|Gennaio|Febbraio|Marzo|"
          r"Aprile|Maggio|Giugno|Luglio|Agosto|Settembre|Ottobre|Novembre|Dicembre",
    "pt": r"Segunda-feira|Terça-feira|Quarta-feira|Quinta-feira|Sexta-feira|Janeiro|"
          r"Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|Dezembro",
}


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def translation_artefacts(article: Article, other_lang: str | None) -> list[str]:
    """Signs that ``article`` was machine-translated from ``other_lang`` (English mostly)."""
    lang = article.lang
    if not lang or not other_lang or lang == other_lang:
        return []
    found = []
    text = article.text
    if lang in _WEEKDAYS_MONTHS:
        # a weekday/month with a capital in mid-sentence (not after . ! ? or a line start)
        hits = re.findall(r"(?<=[a-zà-ÿ,;:] )(?:" + _WEEKDAYS_MONTHS[lang] + r")\b", text)
        if hits:
            found.append(f"capitalised weekday/month names as in English: {', '.join(hits[:3])}")
    if lang in ("fr", "de", "ru", "es", "it", "pt", "pl") and other_lang == "en":
        if lang in ("fr", "ru") and _EN_QUOTES.search(text) and "«" in text:
            found.append("English quotation marks beside « »")
        words = _EN_WORDS.findall(text)
        n_words = max(1, len(text.split()))
        if len(words) >= 3 and len(words) / n_words > 0.004:
            found.append(f"leftover English words ({len(words)}: {', '.join(sorted(set(words))[:4])})")
    return found


def _points_to(article: Article, other: Article) -> str | None:
    """A declared source of ``article`` that names ``other``'s URL, site or site name."""
    other_site = other.site or site_of(other.url)
    names = {n.lower() for n in (other.sitename, other_site) if n}
    for ds in article.declared_sources:
        if ds.url and other.url and ds.url.rstrip("/") == other.url.rstrip("/"):
            return f"{ds.kind} link to {ds.url}"
        if ds.url and other_site and site_of(ds.url) == other_site:
            return f"{ds.kind} link to {other_site}"
        hay = f"{ds.name or ''} {ds.text}".lower()
        for n in names:
            if n and n in hay:
                return f"{ds.kind} naming {n}"
    if article.canonical_url and other.url and article.canonical_url.rstrip("/") == \
            other.url.rstrip("/"):
        return "canonical URL is the other version"
    return None


def estimate_direction(a: Article, b: Article, alignment: list[AlignmentLink] | None = None,
                       divergences: list[Divergence] | None = None) -> tuple[str, list[str]]:
    """``("a"|"b"|"unknown", evidence)``: which article looks like the original."""
    votes = {"a": 0.0, "b": 0.0}
    evidence: list[str] = []

    def vote(side: str, weight: float, why: str) -> None:
        votes[side] += weight
        evidence.append(f"original is {side}: {why}")

    da, db = _date(a.published), _date(b.published)
    if da and db and da != db:
        side = "a" if da < db else "b"
        vote(side, 2.0, f"published earlier ({min(da, db)} vs {max(da, db)})")
    pa, pb = _points_to(a, b), _points_to(b, a)
    if pa and not pb:
        vote("b", 3.0, f"a declares b as its source ({pa})")
    elif pb and not pa:
        vote("a", 3.0, f"b declares a as its source ({pb})")
    strong_metadata = votes["a"] != votes["b"]  # dates / declared sources decided
    if (a.authors or b.authors) and not (a.authors and b.authors):
        side = "a" if a.authors else "b"
        vote(side, 0.5, "only it has a byline")
    art_a = translation_artefacts(a, b.lang)
    art_b = translation_artefacts(b, a.lang)
    if art_a and not art_b:
        vote("b", 1.0 * len(art_a), "a shows translation artefacts: " + "; ".join(art_a))
    elif art_b and not art_a:
        vote("a", 1.0 * len(art_b), "b shows translation artefacts: " + "; ".join(art_b))
    if divergences:
        promo_a = sum(1 for d in divergences if d.type == "boilerplate_added")
        if promo_a:
            vote("b", 0.5, f"a carries {promo_a} republisher block(s) that b lacks")
    if alignment:
        n_a = sum(len(lk.a) for lk in alignment)
        n_b = sum(len(lk.b) for lk in alignment)
        kinds = [d.type for d in divergences or []]
        only_b = kinds.count("sentence_omitted")
        only_a = kinds.count("sentence_added")
        if n_b and only_b / n_b > 0.15 and only_a <= only_b / 3:
            vote("b", 0.5, f"b has {only_b} sentences a lacks (a copy shortens)")
        elif n_a and only_a / n_a > 0.15 and only_b <= only_a / 3:
            vote("a", 0.5, f"a has {only_a} sentences b lacks")
    if not strong_metadata:
        td = text_direction(a.text, a.lang, b.text, b.lang)
        if td.side != "unknown":
            p = max(td.p_a, 1 - td.p_a)
            vote(td.side, round(0.5 + 2 * (p - 0.5), 2),
                 f"text alone (P={p:.2f}): " + ("; ".join(td.evidence) or "weak clues"))
    if votes["a"] == votes["b"]:
        return "unknown", evidence or ["no clue either way"]
    side = "a" if votes["a"] > votes["b"] else "b"
    margin = abs(votes["a"] - votes["b"])
    if margin < 0.5:
        return "unknown", evidence
    return side, evidence
