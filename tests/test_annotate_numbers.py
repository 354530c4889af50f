"""Numbers: accuracy on the fr/en tables and separator/kind behaviour."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcier.annotate.numbers import find_numbers, parse_number

DATA = Path(__file__).parent / "data" / "annotate"


def _rows(name: str) -> list[tuple[str, float, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sent, value, unit, kind = (line.split("\t") + ["", "", ""])[:4]
        rows.append((sent, float(value), unit, kind))
    return rows


def table_accuracy(name: str, lang: str) -> tuple[float, list[str]]:
    rows = _rows(name)
    misses = []
    for sent, value, unit, kind in rows:
        found = find_numbers(sent, lang)
        ok = any(
            abs(n.value - value) <= 1e-6 * max(1.0, abs(value))
            and (not unit or n.unit == unit)
            and (not kind or n.kind == kind)
            for n in found
        )
        if not ok:
            misses.append(f"{sent!r}: {[(n.text, n.value, n.unit, n.kind) for n in found]}")
    return 1 - len(misses) / len(rows), misses


@pytest.mark.parametrize(("name", "lang"), [("numbers_fr.tsv", "fr"), ("numbers_en.tsv", "en")])
def test_number_tables(name: str, lang: str) -> None:
    assert len(_rows(name)) >= 100
    acc, misses = table_accuracy(name, lang)
    assert acc >= 0.93, "\n".join(misses)


@pytest.mark.parametrize("raw", ["175 000", "175\u00a0000", "175\u202f000", "175,000", "175.000"])
def test_thousands_separators_agree(raw: str) -> None:
    assert parse_number(raw, "fr") == 175000
    (n,) = [x for x in find_numbers(f"Il y a {raw} soldats.", "fr")]
    assert n.value == 175000 and n.unit == "troops"


def test_decimal_comma_and_multiplier() -> None:
    assert find_numbers("1,5 million", "fr")[0].value == 1_500_000
    assert find_numbers("1.5 million", "en")[0].value == 1_500_000
    assert find_numbers("3,2 %", "fr")[0].value == pytest.approx(3.2)


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Вартість пакета становить 1,5 мільярда доларів.", "uk", 1.5e9, "USD"),
    ("Уряд виділив 120 млн гривень на ремонт шкіл.", "uk", 1.2e8, "UAH"),
    ("Это обошлось в 3,2 млрд рублей.", "ru", 3.2e9, "RUB"),
    ("На фронт отправили 40 тысяч солдат.", "ru", 4e4, None),
    ("A kormány 2,5 milliárd forintot költ.", "hu", 2.5e9, None),
])
def test_multipliers_and_currencies_of_ukrainian_russian_hungarian(text, lang, value, unit):
    (n,) = [x for x in find_numbers(text, lang) if x.value >= 1000]
    assert n.value == pytest.approx(value)
    assert unit is None or n.unit == unit
    # the English rendering compares equal: "1.5 billion dollars"
    if lang == "uk" and unit == "USD":
        (en,) = find_numbers("The package is worth 1.5 billion dollars.", "en")
        assert en.value == n.value and en.unit == n.unit


def test_mil_is_a_thousand_only_in_spanish_and_portuguese() -> None:
    assert [n.value for n in find_numbers("a 5 m race and 3 mil people", "en")] == [5, 3]
    assert [n.value for n in find_numbers("Llegaron mil personas.", "es")] == [1000]


def test_years_times_ordinals_are_not_amounts() -> None:
    found = find_numbers("En 2021, à 17h30, pour la 3e fois, 2000 soldats sont arrivés. "
                         "Le budget 2021 est voté.", "fr")
    kinds = {n.text: n.kind for n in found}
    assert [n.kind for n in found if n.text == "2021"] == ["year"]  # "En 2021" is a date
    assert kinds["17h30"] == "time"
    assert kinds["3e"] == "ordinal"
    assert kinds["2000 soldats"] == "number"


def test_ranges_have_high() -> None:
    (r,) = find_numbers("de 10 à 15 millions d'habitants", "fr")
    assert (r.value, r.high, r.kind) == (10_000_000, 15_000_000, "range")


def test_money_units() -> None:
    (m,) = find_numbers("The deal is worth $1.5bn.", "en")
    assert (m.value, m.unit, m.kind) == (1.5e9, "USD", "money")
    (m,) = find_numbers("2 milliards d'euros", "fr")
    assert (m.value, m.unit) == (2e9, "EUR")


def test_offsets_index_the_text() -> None:
    text = "Selon l'AFP, 175 000 soldats et 3,2 % de hausse."
    for n in find_numbers(text, "fr"):
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Britain's first 140mph train", "en", 140, "mph"),
    ("trains travelling at 60 miles per hour", "en", 60, "mph"),
    ("le premier train à 225 km/h", "fr", 225, "kmh"),
    ("à 100 kilomètres à l'heure", "fr", 100, "kmh"),
    ("mit 80 km/h durch die Stadt", "de", 80, "kmh"),
    ("covering the 58 miles in 38 minutes", "en", 58, "mi"),
    ("ein Stau von 80 Kilometer", "de", 80, "km"),
    ("a 30-foot wall", "en", 30, "ft"),
    ("it reached 100 degrees Fahrenheit", "en", 100, "f"),
    ("il a fait 38 °C à l'ombre", "fr", 38, "c"),
    ("il a fait 38 degrés à l'ombre", "fr", 38, "c"),
    ("it reached 100 degrees on Sunday", "en", 100, "deg"),
    ("10,000 acres of forest", "en", 10_000, "acre"),
    ("4 000 hectares de forêt", "fr", 4000, "ha"),
])
def test_measures_get_their_unit(text: str, lang: str, value: float, unit: str) -> None:
    (n,) = [x for x in find_numbers(text, lang) if x.kind == "number" and x.value == value]
    assert n.unit == unit


def test_de_and_of_before_a_noun_are_whole_words() -> None:
    # "degrees" is no "de" + "grees", "often" no "of" + "ten"
    (n,) = find_numbers("Il a fait 30 degrees.", "fr")
    assert n.unit == "deg"
    assert find_numbers("175 000 de soldats", "fr")[0].unit == "troops"


def test_a_percentage_then_a_price_is_no_range() -> None:
    found = find_numbers("Crude oil fell as much as 7 percent to $99.80 a barrel.", "en")
    assert [(n.value, n.kind, n.high) for n in found] == [(7, "percent", None),
                                                          (99.8, "money", None)]


def test_german_bis_range_and_british_thousand_million() -> None:
    (r,) = find_numbers("Stückpreis 6,50 bis 14 Euro", "de")
    assert (r.value, r.high, r.unit) == (6.5, 14, "EUR")
    (m,) = find_numbers("France promised 1.25 thousand million Euros.", "en")
    assert (m.value, m.unit) == (1.25e9, "EUR")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("El pago asciende a 1 millón 200 mil pesos.", "es", 1_200_000),
    ("Une agglomération de 2 millions 500 000 habitants.", "fr", 2_500_000),
])
def test_a_figure_written_in_two_scales_is_one_figure(text: str, lang: str, value: float) -> None:
    (n,) = find_numbers(text, lang)
    assert n.value == value


@pytest.mark.parametrize(("raw", "lang", "value"), [
    ("12.595.75", "de", 12595.75),  # a decimal comma typed as the group dot (WMT, Spiegel)
    ("1.234.5", "de", 1234.5),
    ("1.000.000", "de", 1_000_000),  # whole groups of three stay thousands
    ("2,500,000", "en", 2_500_000),
    ("12.05.09", "de", 120509),  # no three-digit groups: not read as a decimal slip
])
def test_a_last_short_group_after_thousands_groups_is_the_decimals(
        raw: str, lang: str, value: float) -> None:
    assert parse_number(raw, lang) == value


def test_race_times_in_seconds_and_hundredths() -> None:
    # French sports pages write a race time "20 sec 53" or 20"53: 20.53 seconds, one figure
    for text in ("Il s'est imposé en 20 sec 53 en finale.", 'Il a nagé en 20"53 en finale.'):
        got = [(n.value, n.unit) for n in find_numbers(text, "fr")]
        assert got == [(20.53, "sec")], (text, got)
    # seconds alone stay seconds, and the next number stays apart
    assert [(n.value, n.unit) for n in find_numbers("Il a attendu 10 sec puis 5 minutes.", "fr")] \
        == [(10, "sec"), (5, "minutes")]


@pytest.mark.parametrize("text,lang", [
    ("Seit dem Vortag sorgt ein Aufgebot von rund 2000 Sicherheitskräften für Ruhe.", "de"),
    ("Près de 1950 manifestants ont défilé samedi.", "fr"),
    ("About 2000 people were evacuated.", "en"),
])
def test_an_approximate_figure_is_an_amount_not_a_year(text: str, lang: str) -> None:
    (n,) = find_numbers(text, lang)
    assert n.kind == "number" and n.value in (1950, 2000)


@pytest.mark.parametrize("text,lang", [
    ("Bush a fixé la fin du mandat à la fin de l'année 2008.", "fr"),
    ("Bush určil konec roku 2008 jako termín.", "cs"),
    ("Im Jahr 2008 wurden die Pläne aufgegeben.", "de"),
    ("En el año 2008 se aprobó la ley.", "es"),
])
def test_a_year_after_the_word_for_year_is_no_amount(text: str, lang: str) -> None:
    # (found as a year, or left to the dates)
    assert all(n.kind == "year" for n in find_numbers(text, lang) if n.value == 2008)
