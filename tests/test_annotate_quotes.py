"""Quotes and speakers on the French test set (own sentences) and unit cases."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sourcier.annotate.names import keys_match, name_key
from sourcier.annotate.quotes import find_quotes

DATA = Path(__file__).parent / "data" / "annotate"


def _norm(s: str) -> str:
    return re.sub(r"[\s«»“”\"’'.,;:!?]+", " ", s).strip().lower()


def score_quotes(records: list[dict], lang: str) -> dict[str, float]:
    """Recall/precision of quote spans (normalised text match) and speaker accuracy."""
    n_gold = n_pred = n_match = n_spk = n_spk_ok = 0
    for rec in records:
        found = find_quotes(rec["text"], lang, None)
        n_pred += len(found)
        n_gold += len(rec["quotes"])
        for g in rec["quotes"]:
            hit = next((q for q in found if _norm(q.text) == _norm(g["text"])), None)
            if hit is None:
                continue
            n_match += 1
            if g["speaker"] is not None:
                n_spk += 1
                gold = name_key(g["speaker"], "PER")
                n_spk_ok += bool(hit.speaker_key and (keys_match(hit.speaker_key, gold)
                                                      or keys_match(hit.speaker_key,
                                                                    g["speaker"])))
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": n_spk_ok / n_spk if n_spk else 0.0, "gold": n_gold}


@pytest.fixture(scope="module")
def french_records() -> list[dict]:
    lines = (DATA / "quotes_fr.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def test_french_quote_set_floor(french_records: list[dict]) -> None:
    scores = score_quotes(french_records, "fr")
    assert scores["gold"] >= 60
    assert scores["f1"] >= 0.85, scores
    assert scores["speaker_accuracy"] >= 0.85, scores


def test_split_quote_shares_speaker() -> None:
    text = "« Nous l'avons dit cent fois », a affirmé Sergueï Lavrov, « et nous le redirons »."
    qs = find_quotes(text, "fr", None)
    assert [q.speaker_key for q in qs] == ["lavrov", "lavrov"]
    assert all(text[q.start:q.end] == q.text for q in qs)


def test_pronoun_goes_to_last_named_speaker() -> None:
    text = ("« Nous voulons des garanties », a déclaré Iouri Ouchakov, conseiller de Vladimir "
            "Poutine. « Ce n'est pas nouveau », a-t-il ajouté.")
    qs = find_quotes(text, "fr", None)
    assert [q.speaker_key for q in qs] == ["ushakov", "ushakov"]
    assert qs[1].speaker == "Iouri Ouchakov"


def test_english_said_and_according_to() -> None:
    text = ('"We are ready to talk," Secretary of State Antony Blinken said. '
            "According to the Pentagon, the troops remain on alert. "
            "The economy is doing well, Trump said on Monday.")
    qs = find_quotes(text, "en", None)
    got = [(q.kind, q.speaker_key) for q in qs]
    assert got == [("direct", "blinken"), ("reported", "pentagon"), ("reported", "trump")]


def test_scare_quotes_are_not_quotes() -> None:
    assert find_quotes("Le texte évoque une « opération spéciale » à l'est.", "fr", None) == []


def test_quoted_fragment_inside_paraphrase_is_reported_speech() -> None:
    text = ('Clinton said on Saturday that her family "came out of the White House dead broke" '
            "and in debt. The crowd cheered.")
    qs = find_quotes(text, "en", None)
    assert [(q.kind, q.speaker_key) for q in qs] == [("reported", "clinton")]
    assert qs[0].text.startswith("her family") and qs[0].text.endswith("in debt")


def test_unattributed_fragment_mid_sentence_is_not_a_quote() -> None:
    text = 'The president condemned the "attack whose terrorist nature cannot be denied." He left.'
    assert [q for q in find_quotes(text, "en", None) if q.kind == "direct"] == []


def test_speaker_before_apposition_not_object_of_told() -> None:
    text = ('"Voters are angry, and they have every reason to be," Seth McKee, a political '
            "scientist at Texas Tech University, told The Hill.")
    qs = find_quotes(text, "en", None)
    assert [q.kind for q in qs] == ["direct"]
    assert keys_match(qs[0].speaker_key or "", name_key("Seth McKee", "PER"))


def test_new_sentence_cue_is_not_a_split_quote() -> None:
    text = ('Brafman said, "The zeal with which this case was brought is uncharacteristic." '
            'Ms. Lee added, "In this case things happened that are not ordinary."')
    qs = find_quotes(text, "en", None)
    assert [q.speaker_key for q in qs] == [name_key("Brafman"), name_key("Lee")]


def test_quote_ending_a_sentence_does_not_take_next_sentence_speaker() -> None:
    text = ('Carson said he has “100 percent confidence in my campaign team.” Former Carson '
            "advisers told POLITICO that a shakeup is necessary.")
    qs = find_quotes(text, "en", None)
    assert all(q.cue != "told" or q.start > text.index("Former") for q in qs)
    assert not any(q.kind == "direct" and q.cue == "told" for q in qs)


def test_outer_closing_mark_ends_an_unclosed_inner_quote() -> None:
    text = ("His manager, Armstrong Williams, stated: “I spoke with him yesterday and he was sad. "
            "He said: ‘Pray for him.'”\n\nWilliams added about Carson: “He feels sorry for him.”")
    qs = find_quotes(text, "en", None)
    assert [q.kind for q in qs] == ["direct", "direct"]
    williams = name_key("Armstrong Williams", "PER")
    assert all(keys_match(q.speaker_key or "", williams) for q in qs)
    assert qs[0].text.endswith("Pray for him.'") and qs[1].text == "He feels sorry for him."


def test_naming_verb_attributes_the_quoted_words() -> None:
    text = ("The group pointed to what it calls “sensible gun violence prevention laws.” "
            "Trump called the plan “a total disaster for workers” on Monday.")
    qs = find_quotes(text, "en", None)
    assert [(q.kind, q.cue) for q in qs] == [("direct", "calls"), ("reported", "called")]
    assert qs[0].speaker == "it"
    assert qs[1].speaker_key == "trump" and qs[1].text.startswith("the plan")


def test_polnear_dev_direct_quotes_floor(shared_data: Path) -> None:
    """English political news (PolNeAR dev, first 25 articles): direct quotes and speakers."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_quotes", Path(__file__).parents[1] / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.run(shared_data / "polnear" / "data" / "dev", limit=25)
    assert res["direct"]["overlap"]["f1"] >= 0.75, res["direct"]
    assert res["speaker_accuracy_direct"] >= 0.70, res
