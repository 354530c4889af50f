"""Annotation: entities, numbers, dates and quotes (with speakers) on an Article.

>>> from sourcier.annotate import annotate
>>> article = annotate(article)                       # all layers
>>> article = annotate(article, layers=["numbers", "dates"])

Every layer fills ``article.<layer>`` with offsets into ``article.text`` and records the method
in ``article.annotated_with[layer]``. A layer the article's language is not supported for stays
``None`` with ``annotated_with[layer] = "not annotated: <lang>"``.

Languages: numbers and ISO/numeric dates work for any language; dates with month names in any
CLDR language; relative dates, entities and quotes in French and English.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sourcier.model import Article

__all__ = ["LAYERS", "annotate", "reference_date_of"]

LAYERS = ("entities", "numbers", "dates", "quotes")
_QUOTE_LANGS = ("fr", "en")
_DATE_REL_LANGS = ("fr", "en", "uk", "ru")  # relative dates resolved

METHOD_NUMBERS = "rules:numbers-1"
METHOD_DATES = "rules:dates-1"
METHOD_QUOTES = "rules:quotes-1"


def reference_date_of(article: Article) -> date | None:
    """The article's publication date as a date (None when absent or unparsable)."""
    if not article.published:
        return None
    raw = article.published.strip()[:10]
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    try:
        if len(raw) >= 7:
            return date(int(raw[:4]), int(raw[5:7]), 1)
    except ValueError:
        return None
    return None


def annotate(article: Article, *, layers: Iterable[str] | None = None,
             reference_date: date | None = None) -> Article:
    """Fill the requested annotation layers of ``article`` (in place) and return it."""
    wanted = list(LAYERS if layers is None else layers)
    unknown = [x for x in wanted if x not in LAYERS]
    if unknown:
        raise ValueError(f"unknown annotation layer(s): {', '.join(unknown)}")
    text = article.text or ""
    lang = article.lang
    ref = reference_date or reference_date_of(article)

    entities = article.entities
    if "entities" in wanted or ("quotes" in wanted and entities is None):
        from sourcier.annotate.entities import entity_method, find_entities

        found = find_entities(text, lang)
        if "entities" in wanted:
            article.entities = found
            article.annotated_with["entities"] = (
                entity_method(lang, len(text)) if found is not None else f"not annotated: {lang}")
        entities = found
    found_dates = None
    if "dates" in wanted or "numbers" in wanted:
        from sourcier.annotate.dates import find_dates

        found_dates = find_dates(text, lang, ref)
    if "numbers" in wanted:
        from sourcier.annotate.numbers import find_numbers

        spans = [(d.start, d.end) for d in found_dates or []]
        article.numbers = find_numbers(text, lang, date_spans=spans)
        article.annotated_with["numbers"] = METHOD_NUMBERS
    if "dates" in wanted:
        article.dates = found_dates
        method = METHOD_DATES + ("" if lang in _DATE_REL_LANGS else " (absolute dates only)")
        if ref is None:
            method += " (no reference date: relative dates unresolved)"
        article.annotated_with["dates"] = method
    if "quotes" in wanted:
        if lang in _QUOTE_LANGS:
            from sourcier.annotate.quotes import find_quotes

            article.quotes = find_quotes(text, lang, entities)
            article.annotated_with["quotes"] = METHOD_QUOTES
        else:
            article.quotes = None
            article.annotated_with["quotes"] = f"not annotated: {lang}"
    return article
