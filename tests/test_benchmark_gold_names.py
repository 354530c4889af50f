"""The divergence benchmark's names to drop, found without sourcier: what survives translation."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def gold(benchmark_module):
    return benchmark_module("gold_names")


def _spans(gold, text: str, other: str) -> list[str]:
    return [text[s:e] for s, e in gold.name_spans(text, other)]


def test_names_kept_by_the_translator_and_not_words_it_translated(gold) -> None:
    copy = "Mr. Trump met Chancellor Angela Merkel in Berlin on Tuesday."
    original = "M. Trump a rencontré la chancelière Angela Merkel à Berlin mardi."
    # "Chancellor" is translated, "Tuesday" a day: neither is a name here; "Mr." is no
    # sentence end, so "Trump" is not taken for a sentence's first word
    assert _spans(gold, copy, original) == ["Trump", "Angela Merkel", "Berlin"]


def test_a_sentence_opening_word_needs_the_other_text_to_capitalise_it_inside(gold) -> None:
    # "However" opens both sentences of a verbatim pair: no name; "Merkel" opens the copy
    # but sits inside the original's sentence
    assert _spans(gold, "However, the vote failed.", "However, the vote failed.") == []
    assert _spans(gold, "Merkel said no.", "Das sagte Merkel.") == ["Merkel"]


def test_declined_and_transliterated_names(gold) -> None:
    assert _spans(gold, "Premiér Andrej Babiš navštívil Merkelovou.",
                  "Prime Minister Andrej Babiš visited Merkel.") == ["Andrej Babiš", "Merkelovou"]
    assert _spans(gold, "Treasury Secretary Steven Mnuchin said.",
                  "министр финансов США Стивен Мнучин заявил.") == ["Steven Mnuchin"]
    # the words joined after a name found go with it: the other text writes "Ángel"
    assert _spans(gold, "The minister, Miguel Angel Moratinos, said.",
                  "El ministro, Miguel Ángel Moratinos, dijo.") == ["Miguel Angel Moratinos"]
    # a different word sharing a stem is not the same name
    assert _spans(gold, "Britain voted.", "The British voted.") == []


def test_still_named(gold) -> None:
    assert gold.still_named("Angela Merkel", "Merkel said no.")
    assert not gold.still_named("Angela Merkel", "The chancellor said no.")
