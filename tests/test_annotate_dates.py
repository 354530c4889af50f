"""Dates: accuracy on the fr/en tables, tense-aware resolution, robustness."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sourcier.annotate.dates import find_dates

DATA = Path(__file__).parent / "data" / "annotate"


def _rows(name: str) -> list[tuple[str, date | None, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sent, ref, value = line.split("\t")
        rows.append((sent, date.fromisoformat(ref) if ref else None, value))
    return rows


def table_accuracy(name: str, lang: str) -> tuple[float, list[str]]:
    rows = _rows(name)
    misses = []
    for sent, ref, value in rows:
        found = find_dates(sent, lang, ref)
        if value == "UNRESOLVED":
            ok = bool(found) and all(not d.resolved for d in found if d.relative)
        else:
            ok = any(d.value == value for d in found)
        if not ok:
            misses.append(f"{sent!r} want {value}: {[(d.text, d.value) for d in found]}")
    return 1 - len(misses) / len(rows), misses


@pytest.mark.parametrize(("name", "lang"), [("dates_fr.tsv", "fr"), ("dates_en.tsv", "en")])
def test_date_tables(name: str, lang: str) -> None:
    assert len(_rows(name)) >= 100
    acc, misses = table_accuracy(name, lang)
    assert acc >= 0.93, "\n".join(misses)


REF = date(2021, 12, 10)  # a Friday


def test_tense_chooses_past_or_future() -> None:
    (past,) = find_dates("Le ministre a déclaré mardi que rien n'était décidé.", "fr", REF)
    (fut,) = find_dates("Le ministre se rendra à Pékin mardi.", "fr", REF)
    assert past.value == "2021-12-07" and fut.value == "2021-12-14"
    assert past.relative and past.resolved


def test_capitalised_french_weekday_and_evening() -> None:
    found = find_dates("Les Washington Post signalé Vendredi soir que ...", "fr", REF)
    assert [(d.text, d.value) for d in found] == [("Vendredi soir", "2021-12-10")]


def test_expressions_dateparser_misses() -> None:
    values = {d.text: d.value for d in find_dates(
        "juin dernier, mardi prochain, d'ici au début de 2022, la semaine dernière", "fr", REF)}
    assert values == {"juin dernier": "2021-06", "mardi prochain": "2021-12-14",
                      "d'ici au début de 2022": "2022", "la semaine dernière": "2021-11-29"}


def test_no_reference_leaves_relative_unresolved() -> None:
    (d,) = find_dates("Hier, la police est intervenue.", "fr", None)
    assert d.relative and not d.resolved and d.value is None
    (a,) = find_dates("Le 3 décembre 2021, rien.", "fr", None)
    assert a.resolved and a.value == "2021-12-03"


def test_other_language_absolute_dates_via_cldr() -> None:
    (d,) = find_dates("Am 3. Dezember 2021 sagte der Kreml nichts.", "de", REF)
    assert d.value == "2021-12-03"


def test_offsets() -> None:
    text = "Hier, puis le 3 décembre 2021 et la semaine prochaine."
    for d in find_dates(text, "fr", REF):
        assert text[d.start:d.end] == d.text


THURSDAY = date(2025, 3, 13)


@pytest.mark.parametrize(("text", "lang", "values"), [
    # the tense of the clause picks the Tuesday before or after the reference
    ("У вівторок міністр оборони заявив, що країна отримає ще дві системи.", "uk",
     ["2025-03-11"]),
    ("Переговори відбудуться у вівторок у Женеві.", "uk", ["2025-03-18"]),
    ("Во вторник министр заявил о новом пакете помощи.", "ru", ["2025-03-11"]),
    ("Встреча состоится в пятницу в Стамбуле.", "ru", ["2025-03-14"]),
    ("Вчора уряд затвердив план, а минулого тижня парламент його обговорив.", "uk",
     ["2025-03-12", "2025-03-03"]),
    ("Угоду підписали 12 березня 2025 року.", "uk", ["2025-03-12"]),
    # Hungarian writes the year first
    ("A megállapodást 2025. március 12-én írták alá.", "hu", ["2025-03-12"]),
])
def test_ukrainian_russian_relative_and_hungarian_dates(text, lang, values) -> None:
    assert [d.value for d in find_dates(text, lang, reference=THURSDAY)] == values
