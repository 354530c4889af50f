"""annotate(): layers on an Article, French entity post-processing, bad input, the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sourcier.annotate import annotate
from sourcier.annotate import entities as entities_mod
from sourcier.annotate.entities import find_entities
from sourcier.extract import article_from_text
from sourcier.model import Article

FR_TEXT = (
    "Les Washington Post signalé Vendredi que le Kremlin exige des garanties écrites que "
    "l'OTAN ne s'étendra pas vers l'est. « Nous voulons des garanties juridiques », a déclaré "
    "Iouri Ouchakov, conseiller de Vladimir Poutine, à Moscou.\n\n"
    "« Ce n'est pas une demande nouvelle », a-t-il ajouté. La Russie a massé 175 000 soldats "
    "près de la frontière, selon les États-Unis, et la réunion aura lieu mardi prochain."
)


@pytest.fixture(scope="module")
def fr_article() -> Article:
    return annotate(article_from_text(FR_TEXT, lang="fr", published="2021-12-10"))


def test_all_layers_filled_with_valid_offsets(fr_article: Article) -> None:
    a = fr_article
    assert set(a.annotated_with) == {"entities", "numbers", "dates", "quotes"}
    for layer in (a.entities, a.numbers, a.dates, a.quotes):
        assert layer
        for x in layer:
            assert a.text[x.start:x.end] == x.text
    assert "fr_core_news_md" in a.annotated_with["entities"]


def test_french_model_slips_are_fixed(fr_article: Article) -> None:
    ents = {e.text: (e.label, e.key) for e in fr_article.entities or []}
    assert ents["Kremlin"] == ("ORG", "kremlin")  # the model says LOC/PER
    assert ents["OTAN"] == ("ORG", "nato")  # "l'OTAN" without its article
    assert "Vendredi" not in ents  # a weekday, not an organisation
    assert ents["Iouri Ouchakov"] == ("PER", "ushakov")
    assert ents["États-Unis"][1] == "united states"


def test_annotate_resolves_against_publication_date(fr_article: Article) -> None:
    values = {d.text: d.value for d in fr_article.dates or []}
    assert values["Vendredi"] == "2021-12-10"
    assert values["mardi prochain"] == "2021-12-14"
    (n,) = [n for n in fr_article.numbers or [] if n.kind == "number"]
    assert (n.value, n.unit) == (175000, "troops")
    speakers = [(q.kind, q.speaker_key) for q in fr_article.quotes or []]
    assert ("direct", "ushakov") in speakers
    assert speakers.count(("direct", "ushakov")) == 2  # "a-t-il ajouté" -> Ouchakov


def test_layers_subset_and_explicit_reference() -> None:
    a = article_from_text("Yesterday, 12 people were arrested.", lang="en")
    annotate(a, layers=["dates", "numbers"], reference_date=date(2022, 3, 15))
    assert a.entities is None and a.quotes is None
    assert a.dates and a.dates[0].value == "2022-03-14"
    with pytest.raises(ValueError):
        annotate(a, layers=["sentiment"])


def test_unsupported_language_is_marked_not_annotated() -> None:
    a = article_from_text("Der Kreml sagte am 3. Dezember 2021, dass 175.000 Soldaten ...",
                          lang="de")
    annotate(a)
    assert a.entities is None and a.quotes is None
    assert a.annotated_with["entities"] == "not annotated: de"
    assert a.annotated_with["quotes"] == "not annotated: de"
    assert a.numbers and a.numbers[0].value == 175000
    assert a.dates and a.dates[0].value == "2021-12-03"


def test_english_rules_entities() -> None:
    ents = find_entities("Russian President Vladimir Putin met Mr. Biden in Geneva. The "
                         "State Department said NATO would not move.", "en")
    got = {e.text: (e.label, e.key) for e in ents or []}
    assert got["Vladimir Putin"] == ("PER", "putin")
    assert got["Biden"][0] == "PER"
    assert got["Geneva"] == ("LOC", "geneva")
    assert got["State Department"][0] == "ORG"
    assert got["NATO"] == ("ORG", "nato")
    assert "The" not in got


def test_english_possessive_ends_a_name() -> None:
    ents = find_entities("The findings from the European Space Agency's Venus Express probe "
                         "were published in Britain's leading journal.", "en")
    got = {e.text: e.key for e in ents or []}
    assert "European Space Agency" in got and "Venus Express" in got
    assert got["Britain"] == "united kingdom"


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("le kremlin exige des garanties l otan ne doit pas s etendre vers l est mardi 175 000 "
         "soldats a declare iouri ouchakov " * 20, "fr"),
        ("LE KREMLIN EXIGE DES GARANTIES. « NOUS VOULONS DES GARANTIES », A DÉCLARÉ IOURI "
         "OUCHAKOV MARDI. 175 000 SOLDATS.", "fr"),
        ("Le Kremlin a déclaré mardi que « nous » ... The White House said on Tuesday that "
         "\"we will respond\". Der Kreml sagte am Dienstag 175.000 Soldaten.", "fr"),
        ("Lc Krcmlin a dcclarc rnardi quc 1?5 0O0 so1dats « Nous voulons dcs garanties » "
         "a-t-i1 ajoutc ,, ;; »» «« “ ” ' ' 12,,5 % -- 3//12//2021", "fr"),
        ("« « « » » » “ “ ” \" \" \" ‘ ’ ’ ‹ ›", "fr"),
        ("", "en"),
        ("\n\n\n", "fr"),
    ],
)
def test_bad_input_does_not_crash(text: str, lang: str) -> None:
    a = annotate(Article(id="x", source="t", text=text, lang=lang, published="2021-12-10"))
    for layer in (a.entities or [], a.numbers or [], a.dates or [], a.quotes or []):
        for x in layer:
            assert a.text[x.start:x.end] == x.text


def test_one_megabyte_article_is_chunked(monkeypatch: pytest.MonkeyPatch) -> None:
    para = ("Le Kremlin a déclaré mardi que 175 000 soldats resteraient près de la frontière. "
            "« Nous voulons des garanties », a déclaré Iouri Ouchakov à Moscou le 3 décembre 2021.")
    text = "\n\n".join([para] * (1_000_000 // len(para) + 1))
    assert len(text) >= 1_000_000
    monkeypatch.setattr(entities_mod, "MAX_CHARS", 45_000)  # spaCy over 3 chunks only
    monkeypatch.setattr(entities_mod, "CHUNK", 15_000)
    a = annotate(Article(id="big", source="t", text=text, lang="fr", published="2021-12-10"))
    assert "first 45000 characters only" in a.annotated_with["entities"]
    assert a.entities and max(e.end for e in a.entities) <= 45_000
    assert len({e.start for e in a.entities}) == len(a.entities)
    n_para = text.count("\n\n") + 1
    assert len([n for n in a.numbers or [] if n.kind == "number"]) == n_para
    assert len(a.dates or []) == 2 * n_para
    assert a.quotes and a.quotes[-1].end > 990_000
    for e in a.entities[-5:]:
        assert text[e.start:e.end] == e.text


# ------------------------------------------------------------------------- CLI


def test_cli_annotates_text_and_extracted_records(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from sourcier.cli.main import main

    (tmp_path / "a.txt").write_text(FR_TEXT, encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["annotate", str(tmp_path), "-o", str(out), "--layers", "numbers,dates"])
    assert code == 1  # one input skipped
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    arts = [r for r in records if not r.get("skipped")]
    assert len(arts) == 1 and len(records) == 2
    assert arts[0]["numbers"][0]["value"] == 175000
    assert "1 skipped" in capsys.readouterr().err
    # an extracted/annotated record read back keeps its text and sentences
    again = tmp_path / "again.jsonl"
    code = main(["annotate", str(out), "-o", str(again), "--layers", "dates",
                 "--reference-date", "2021-12-10"])
    rec = [json.loads(x) for x in again.read_text(encoding="utf-8").splitlines()]
    arts2 = [r for r in rec if not r.get("skipped")]
    assert arts2[0]["text"] == arts[0]["text"]
    assert arts2[0]["sentences"] == arts[0]["sentences"]
    assert any(d["value"] == "2021-12-14" for d in arts2[0]["dates"])


def test_cli_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    from sourcier.cli.main import main

    assert main(["annotate", "--layers", "bogus", "x"]) == 2
    assert main(["annotate", "--reference-date", "10/12/2021", "x"]) == 2


def test_capitalisation_slips_and_descriptions_are_cut_from_names():
    from sourcier.annotate.entities import find_entities

    text = ("Taras Hordiyenko a déclaré à Kiev Mercredi que tout allait bien. Le sénateur "
            "Carl Brennan du Wyoming a protesté. Le vice-ministre des Affaires étrangères "
            "Oleg Ryabtsev parle. Les républicains du Congrès s'opposent depuis Juillet dernier.")
    found = {(e.label, e.text) for e in find_entities(text, "fr")}
    assert ("LOC", "Kiev") in found and ("PER", "Carl Brennan") in found
    assert ("PER", "Oleg Ryabtsev") in found and ("ORG", "Congrès") in found
    assert not any("Mercredi" in t or "Juillet" in t or "Affaires" in t for _, t in found)


def test_a_noun_cue_after_a_determiner_is_not_a_speaker():
    from sourcier.annotate.entities import find_entities
    from sourcier.annotate.quotes import find_quotes

    text = ("Cette demande intervient alors que les responsables du renseignement estiment "
            "que la Russie pourrait masser 100 000 soldats.")
    assert all(q.speaker != "Cette" for q in find_quotes(text, "fr", find_entities(text, "fr")))
