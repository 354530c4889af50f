"""Tracing and families on a small corpus of articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcier.corpus import Corpus
from sourcier.extract import article_from_text
from sourcier.model import Article, Trace

TRAM_FR = """Le conseil municipal de Grenoble a approuvé lundi soir la construction d'une nouvelle ligne de tramway reliant la gare à Meylan, pour un coût estimé à 245 millions d'euros.

Le projet, défendu par le maire Éric Piolle, prévoit 14 stations sur 9,6 kilomètres et une mise en service en 2029.

L'opposition a dénoncé un chantier trop coûteux et réclamé un référendum local, sans obtenir gain de cause.

Selon la métropole, la ligne devrait transporter 48 000 voyageurs par jour et réduire de 12 % la circulation automobile dans la vallée du Grésivaudan.

Les travaux commenceront au printemps 2026 par le déplacement des réseaux d'eau et de gaz sous l'avenue de Verdun."""

TRAM_EN = """Grenoble's city council approved on Monday evening the construction of a new tram line linking the railway station to Meylan, at an estimated cost of 245 million euros.

The project, championed by mayor Éric Piolle, plans 14 stations over 9.6 kilometres and an opening in 2029.

The opposition denounced an overly expensive project and demanded a local referendum, without success.

According to the metropolitan authority, the line should carry 48,000 passengers a day and cut car traffic in the Grésivaudan valley by 12%.

Work will start in spring 2026 with the relocation of water and gas networks under Avenue de Verdun."""

STORM_EN = """Storm Ciaran brought winds of up to 180 km/h to the coast of Brittany overnight, leaving 780,000 homes without electricity, the grid operator Enedis said on Thursday.

Two people were killed by falling trees in Finistère, according to the regional prefecture, and dozens of roads remain closed.

Trains between Brest and Rennes were cancelled for the whole day, while the port of Roscoff suspended all ferry crossings to Plymouth.

Meteorologists said the storm was among the most violent recorded in the region since the great storm of 1987.

Insurers expect claims to exceed 500 million euros, the French Insurance Federation said."""

FOOTER = """Like this article? Share it with your friends and subscribe to our newsletter.

Support independent news: donate via PayPal today."""

CHEESE_FR = """La fête du fromage de Saint-Nectaire a attiré samedi plus de 6 000 visiteurs venus goûter les productions de 37 fermes du Puy-de-Dôme.

Les organisateurs ont salué une édition record, portée par un soleil inattendu et par la présence de plusieurs chefs étoilés.

Un concours a récompensé la meilleure meule affinée plus de huit semaines en cave naturelle."""

MATCH_EN = """Arsenal beat Brighton 3-1 at the Emirates Stadium on Saturday, with Bukayo Saka scoring twice in the second half.

The win moves the London club to second place in the Premier League table, four points behind the leaders.

Brighton had taken the lead through a penalty before the break, but could not hold on after the interval."""

CS_ORIG = """Pražský magistrát ve čtvrtek schválil rozpočet na rok 2025 ve výši 94,7 miliardy korun, z toho 21 miliard půjde na dopravu.

Primátor Bohuslav Svoboda uvedl, že město dokončí rekonstrukci Libeňského mostu a zahájí stavbu metra D do Písnice.

Opozice kritizovala zadlužení metropole, které podle ní přesáhne 30 miliard korun.

Radní pro dopravu Zdeněk Hřib oznámil, že jízdné v městské hromadné dopravě se v příštím roce nezmění."""

CS_COPY = """Pražský magistrát ve čtvrtek schválil rozpočet na rok 2025 ve výši 94,7 miliardy korun, z toho 21 miliard půjde na dopravu.

Primátor Bohuslav Svoboda uvedl, že město dokončí rekonstrukci Libeňského mostu a zahájí stavbu metra D do Písnice.

Opozice ostře kritizovala zadlužení metropole, které podle ní přesáhne 30 miliard korun.

Radní pro dopravu Zdeněk Hřib oznámil, že jízdné v městské hromadné dopravě se v příštím roce nezmění.

Sdílejte tento článek se svými přáteli."""

CS_OTHER = """Brněnská zoo oznámila narození dvou mláďat levharta mandžuského, první po dvaceti letech.

Ošetřovatelé uvedli, že matka Ira se o koťata stará vzorně a návštěvníci je uvidí nejdříve v červnu.

Zoo letos očekává rekordní návštěvnost přes 400 tisíc lidí."""


def make_articles() -> dict[str, Article]:
    """The test corpus: name -> Article (urls on distinct fictional sites, some dated)."""
    return {
        "tram_fr": article_from_text(TRAM_FR, url="https://ledauphine.example/tram-meylan",
                                     title="Grenoble : feu vert pour le tram vers Meylan",
                                     published="2025-03-10", lang="fr"),
        "tram_en": article_from_text(TRAM_EN, url="https://alpsnews.example/grenoble-tram",
                                     title="Grenoble approves tram line to Meylan",
                                     published="2025-03-11", lang="en"),
        "storm_en": article_from_text(STORM_EN, url="https://wire.example/storm-ciaran",
                                      title="Storm Ciaran leaves 780,000 homes without power",
                                      lang="en"),
        "storm_copy": article_from_text(STORM_EN + "\n\n" + FOOTER,
                                        url="https://truthdaily.example/ciaran-storm",
                                        title="Storm Ciaran leaves 780,000 homes without power",
                                        lang="en"),
        "cheese_fr": article_from_text(CHEESE_FR, url="https://auvergne.example/fromage",
                                       lang="fr"),
        "match_en": article_from_text(MATCH_EN, url="https://sport.example/arsenal-brighton",
                                      lang="en"),
        "cs_orig": article_from_text(CS_ORIG, url="https://praha.example/rozpocet-2025",
                                     published="2024-12-12", lang="cs"),
        "cs_copy": article_from_text(CS_COPY, url="https://zpravy.example/rozpocet",
                                     published="2024-12-13", lang="cs"),
        "cs_other": article_from_text(CS_OTHER, url="https://brno.example/zoo", lang="cs"),
    }


@pytest.fixture(scope="module")
def arts() -> dict[str, Article]:
    return make_articles()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, arts) -> Corpus:
    c = Corpus.open(tmp_path_factory.mktemp("trace") / "db")
    counts = c.add(list(arts.values()))
    assert counts.added == len(arts)
    yield c
    c.close()


def _names(arts: dict[str, Article], trace: Trace) -> list[str]:
    by_id = {a.id: n for n, a in arts.items()}
    return [by_id[c.id] for c in trace.candidates]


def test_translation_found_at_rank_one(corpus, arts):
    tr = corpus.trace(arts["tram_en"])
    names = _names(arts, tr)
    assert names[0] == "tram_fr"
    assert tr.candidates[0].verdict in ("translation", "edited translation")
    # the original's verdict is the full report's (facts compared), not the quick ranking one
    assert tr.candidates[0].verdict == tr.report.verdict
    assert not any("not compared" in w for w in tr.report.warnings)
    # the French version is dated a day earlier: it is the original
    assert tr.original == arts["tram_fr"].id
    assert any("earlier" in e for e in tr.direction_evidence)


def test_original_traced_from_its_translation_side(corpus, arts):
    tr = corpus.trace(arts["tram_fr"].id)  # by id
    assert _names(arts, tr)[0] == "tram_en"
    assert tr.original is None  # the query was published first


def test_verbatim_copy_and_unrelated_ignored(corpus, arts):
    tr = corpus.trace(arts["storm_copy"].url)  # by stored URL
    names = _names(arts, tr)
    assert names[0] == "storm_en"
    assert tr.candidates[0].verdict in ("copy", "edited copy")
    assert any(e.startswith("minhash") for e in tr.candidates[0].evidence)
    for unrelated in ("cheese_fr", "match_en", "cs_other", "tram_fr"):
        assert unrelated not in names
    assert tr.original == arts["storm_en"].id
    assert tr.report is None or tr.report.verdict in ("copy", "edited copy")


@pytest.mark.parametrize("wide", [True, False])
def test_uncovered_language_copy_found(tmp_path, arts, wide):
    """Czech is not covered by the sentence encoder: MinHash and anchors must carry (in a
    store indexed --no-wide), with the wide vectors beside them (the default)."""
    with Corpus.open(tmp_path / "db", wide=None if wide else False) as corpus:
        corpus.add(list(arts.values()))
        assert not corpus.encoder.supports("cs")
        assert (corpus.wide_vectors is not None) is wide
        tr = corpus.trace(arts["cs_copy"])
        names = _names(arts, tr)
        assert names[0] == "cs_orig"
        assert "cs_other" not in names[:1]
        assert tr.original == arts["cs_orig"].id
        # the user is told what the search could (not) use, and how to get it
        assert len(tr.notes) == 1 and "does not read cs" in tr.notes[0]
        assert ("found with this store's wide vectors" in tr.notes[0]) is wide
        assert ("--wide" in tr.notes[0]) is not wide
        assert tr.to_dict()["notes"] == tr.notes
        assert corpus.trace(arts["storm_en"]).notes == []  # English: nothing to say


def test_unstored_query_from_text(corpus, arts):
    """A query that is not in the store: an edited English rewrite of the storm wire."""
    text = STORM_EN.replace("780,000", "800,000").replace("Two people", "Three people")
    q = article_from_text(text, url="https://elsewhere.example/x", lang="en")
    tr = corpus.trace(q)
    assert _names(arts, tr)[:2] == ["storm_en", "storm_copy"] or \
        _names(arts, tr)[:2] == ["storm_copy", "storm_en"]
    assert q.id not in corpus


def test_families(corpus, arts):
    fams = corpus.families()
    by_id = {a.id: n for n, a in arts.items()}
    groups = {frozenset(by_id[m.id] for m in f.members): f for f in fams}
    assert frozenset({"tram_fr", "tram_en"}) in groups
    assert frozenset({"storm_en", "storm_copy"}) in groups
    assert frozenset({"cs_orig", "cs_copy"}) in groups
    assert len(fams) == 3  # cheese, match and the zoo stand alone
    tram = groups[frozenset({"tram_fr", "tram_en"})]
    assert tram.origin == arts["tram_fr"].id
    rel = {by_id[m.id]: m for m in tram.members}
    assert rel["tram_fr"].relation == "origin"
    assert rel["tram_en"].relation == "translation"
    assert rel["tram_en"].delay == 24.0
    cs = groups[frozenset({"cs_orig", "cs_copy"})]
    assert cs.origin == arts["cs_orig"].id
    rel = {by_id[m.id]: m.relation for m in cs.members}
    assert rel["cs_orig"] == "origin"
    assert rel["cs_copy"] in ("copy", "edited copy")


def test_trace_json_round_trip(corpus, arts):
    tr = corpus.trace(arts["tram_en"])
    again = Trace.from_dict(tr.to_dict())
    assert [c.id for c in again.candidates] == [c.id for c in tr.candidates]
    assert isinstance(tr.to_dict()["candidates"][0]["score"], float)


def write_texts(folder: Path) -> dict[str, Path]:
    """The corpus as .txt files (for CLI tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, text in (("tram_fr", TRAM_FR), ("tram_en", TRAM_EN), ("storm_en", STORM_EN),
                       ("storm_copy", STORM_EN + "\n\nOur correspondent in Brest will follow "
                        "the clean-up operations.\n\n" + FOOTER), ("cheese_fr", CHEESE_FR),
                       ("match_en", MATCH_EN), ("cs_orig", CS_ORIG), ("cs_copy", CS_COPY)):
        p = folder / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out[name] = p
    return out


def test_stored_sentence_vectors_make_traces_encode_nothing(corpus, arts, monkeypatch):
    """Every sentence's vector is stored at index time: tracing a stored article against
    stored candidates then runs the model on nothing, with the same result as encoding."""
    enc = corpus.encoder
    enc.clear_cache()
    encoded: list[str] = []
    raw = enc._raw

    def counting(texts):
        encoded.extend(texts)
        return raw(texts)

    monkeypatch.setattr(enc, "_raw", counting)
    tr = corpus.trace(arts["tram_en"].id)
    assert encoded == []
    assert tr.original == arts["tram_fr"].id
    stored_cov = tr.report.coverage
    # the reference path: nothing remembered, every sentence encoded by the model
    enc.clear_cache()
    monkeypatch.setattr(corpus, "remember_sentences", lambda article: False)
    ref = corpus.trace(arts["tram_en"].id)
    assert len(encoded) >= len(arts["tram_en"].sentences) + len(arts["tram_fr"].sentences)
    assert ref.original == tr.original
    assert [c.id for c in ref.candidates] == [c.id for c in tr.candidates]
    for side in ("a", "b"):
        assert stored_cov[side] == pytest.approx(ref.report.coverage[side])
    assert [d.type for d in ref.report.divergences] == [d.type for d in tr.report.divergences]
    assert corpus.stats()["with_sentence_vectors"] == len(arts)


def test_lean_store_keeps_no_sentence_vectors(tmp_path, arts):
    with Corpus.open(tmp_path / "lean", sentence_vectors=False) as c:
        c.add([arts["tram_fr"], arts["tram_en"]])
        assert c.stats()["with_sentence_vectors"] == 0
        assert not c.remember_sentences(arts["tram_fr"])
        tr = c.trace(arts["tram_en"].id)  # still works: the sentences get encoded
        assert tr.candidates[0].id == arts["tram_fr"].id
