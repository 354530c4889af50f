"""sourcier.compare on realistic French/English pairs written for these tests."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from sourcier.compare import compare
from sourcier.compare.align import align
from sourcier.compare.direction import estimate_direction
from sourcier.compare.encoder import Encoder, HashingEncoder, get_encoder
from sourcier.errors import UsageError
from sourcier.extract.text import article_from_text
from sourcier.model import DIVERGENCE_TYPES, Comparison, DeclaredSource, Removed

ORIGINAL_EN = [
    "Russia demands written guarantees that NATO will not expand east",
    "MOSCOW (AP) — The Kremlin said on Friday that Russia wants written guarantees from the "
    "United States that NATO will not expand further east, as 100,000 Russian troops remain "
    "near the border with Ukraine.",
    "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had raised "
    "the issue with President Joe Biden during their video call on December 7, 2021.",
    '"We need legally binding guarantees, not promises that can be broken tomorrow," '
    "Peskov said.",
    "The Washington Post reported that the U.S. intelligence community estimated that Russia "
    "could deploy 175,000 troops by early next year.",
    "NATO Secretary General Jens Stoltenberg said the alliance would not accept Moscow's "
    "demands.",
    "The foreign ministers of the alliance will meet in Brussels to discuss the crisis.",
    "Ukraine's President Volodymyr Zelensky called for new sanctions against Moscow.",
]
FAITHFUL_FR = [
    "La Russie exige des garanties écrites que l'OTAN ne s'étendra pas vers l'est",
    "MOSCOU (AP) — Le Kremlin a déclaré vendredi que la Russie voulait des États-Unis des "
    "garanties écrites que l'OTAN ne s'étendrait pas davantage vers l'est, alors que 100 000 "
    "soldats russes restent près de la frontière avec l'Ukraine.",
    "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré aux journalistes que le président "
    "Vladimir Poutine avait soulevé la question avec le président Joe Biden lors de leur appel "
    "vidéo du 7 décembre 2021.",
    "« Nous avons besoin de garanties juridiquement contraignantes, pas de promesses qui "
    "peuvent être rompues demain », a déclaré Peskov.",
    "Le Washington Post a rapporté que les services de renseignement américains estimaient que "
    "la Russie pourrait déployer 175 000 soldats d'ici le début de l'année prochaine.",
    "Le secrétaire général de l'OTAN, Jens Stoltenberg, a déclaré que l'alliance "
    "n'accepterait pas les exigences de Moscou.",
    "Les ministres des affaires étrangères de l'alliance se réuniront à Bruxelles pour discuter "
    "de la crise.",
    "Le président ukrainien Volodymyr Zelensky a appelé à de nouvelles sanctions contre Moscou.",
]
FOOTER_FR = [
    "Vous avez aimé cet article ? Partagez-le avec vos amis !",
    "Abonnez-vous à notre newsletter pour échapper à la censure de masse.",
]


def _en(paras: list[str] = ORIGINAL_EN, **kw):
    return article_from_text("\n\n".join(paras), lang="en", url="https://news.example.com/a",
                             published="2021-12-10", **kw)


def _fr(paras: list[str], **kw):
    return article_from_text("\n\n".join(paras), lang="fr", url="https://copie.example.fr/b",
                             **kw)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return get_encoder()


def _types(c: Comparison) -> list[str]:
    return [d.type for d in c.divergences]


def test_faithful_translation_has_no_divergence(encoder):
    c = compare(_fr(FAITHFUL_FR), _en(), encoder=encoder)
    assert c.verdict == "translation"
    assert c.coverage == {"a": 1.0, "b": 1.0}
    assert all(lk.a == lk.b for lk in c.alignment)
    assert _types(c) == []
    assert c.languages == {"a": "fr", "b": "en"}


def test_edited_translation_names_each_edit(encoder):
    edited = list(FAITHFUL_FR)
    edited[1] = edited[1].replace("100 000", "10 000")  # number changed
    edited[2] = edited[2].replace(" Joe Biden", "")  # name dropped
    del edited[6]  # sentence omitted (Brussels meeting)
    a = _fr(edited + FOOTER_FR)
    c = compare(a, _en(), encoder=encoder)
    types = _types(c)
    assert c.verdict == "edited translation"
    num = [d for d in c.divergences if d.type == "number_changed"]
    assert len(num) == 1 and num[0].b == [1] and num[0].values["b"] == 100000
    assert num[0].values["a"] == 10000
    names = [d for d in c.divergences if d.type == "name_dropped"]
    assert [d.values["b"] for d in names] == ["Joe Biden"] and names[0].b == [2]
    omitted = [d for d in c.divergences if d.type == "sentence_omitted"]
    assert [d.b for d in omitted] == [[6]]
    footer = {i for d in c.divergences if d.type == "boilerplate_added" for i in d.a}
    assert footer == set(range(7, len(a.sentences))) and len(footer) >= 2
    assert "sentence_added" not in types
    assert set(types) <= set(DIVERGENCE_TYPES)
    assert all(d.evidence for d in c.divergences)


def test_quick_comparison_skips_facts_but_not_alignment(encoder):
    """facts=False (used to rank trace candidates): same alignment, coverage, direction and
    sentence-level divergences, no facts inside aligned sentences, and it says so."""
    edited = list(FAITHFUL_FR)
    edited[1] = edited[1].replace("100 000", "10 000")
    del edited[6]
    a, b = _fr(edited + FOOTER_FR), _en()
    full = compare(a, b, encoder=encoder)
    quick = compare(a, b, encoder=encoder, facts=False)
    assert [(lk.a, lk.b) for lk in quick.alignment] == [(lk.a, lk.b) for lk in full.alignment]
    assert quick.coverage == full.coverage and quick.direction == full.direction
    assert "number_changed" in _types(full) and "number_changed" not in _types(quick)
    sentence_level = {"sentence_omitted", "sentence_added", "boilerplate_added"}
    assert [d for d in quick.divergences if d.type in sentence_level] == \
        [d for d in full.divergences if d.type in sentence_level]
    assert any("not compared" in w for w in quick.warnings)
    assert not any("not compared" in w for w in full.warnings)
    # one omitted sentence alone is within a translator's latitude; the changed number is what
    # makes the full comparison call it edited
    assert quick.verdict == "translation" and full.verdict == "edited translation"


def test_translated_names_do_not_fire(encoder):
    # Moscou/Moscow, Poutine/Putin, États-Unis/United States, Bruxelles/Brussels
    c = compare(_fr(FAITHFUL_FR), _en(), encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("name_")]


def test_same_language_copy_and_edits(encoder):
    b = _en()
    assert compare(_en(), b, encoder=encoder).verdict == "copy"
    edited = list(ORIGINAL_EN)
    edited[3] = edited[3].replace("not promises that can be broken tomorrow",
                                  "not promises")
    edited[4] = edited[4].replace("Washington Post", "New York Times")
    edited[2] = edited[2].replace("December 7, 2021", "December 8, 2021")
    c = compare(_en(edited), b, encoder=encoder)
    types = _types(c)
    assert c.verdict == "edited copy"
    assert "quote_altered" in types
    changed = [d for d in c.divergences if d.type == "name_changed"]
    assert changed and changed[0].values == {"a": "New York Times", "b": "Washington Post"}
    dates = [d for d in c.divergences if d.type == "date_changed"]
    assert dates and dates[0].values["b"] == "2021-12-07" and dates[0].values["a"] == "2021-12-08"


def test_same_language_quote_cut_short_is_altered_not_removed(encoder):
    edited = list(ORIGINAL_EN)
    edited[3] = '"We need legally binding guarantees," Peskov said.'
    c = compare(_en(edited), _en(), encoder=encoder)
    quotes = [(d.type, d.b) for d in c.divergences if d.type.startswith("quote_")]
    assert quotes == [("quote_altered", [3])], [d.evidence for d in c.divergences]
    # a different quotation in its place is a removal
    edited[3] = '"Nobody here will comment on private calls," Peskov said.'
    c = compare(_en(edited), _en(), encoder=encoder)
    assert [d.type for d in c.divergences if d.type.startswith("quote_")] == ["quote_removed"]


def test_moved_block_is_linked(encoder):
    moved = ORIGINAL_EN[:2] + ORIGINAL_EN[5:7] + ORIGINAL_EN[2:5] + ORIGINAL_EN[7:]
    c = compare(_en(moved), _en(), encoder=encoder)
    assert any(lk.moved for lk in c.alignment)
    assert "sentence_omitted" not in _types(c) and "sentence_added" not in _types(c)
    assert c.coverage == {"a": 1.0, "b": 1.0}


def test_metadata_divergences(encoder):
    b = _en(title="Russia demands NATO guarantees")
    b.authors = ["Jane Doe"]
    b.declared_sources = [DeclaredSource(text="MOSCOW (AP)", kind="dateline", name="AP")]
    a = _fr(FAITHFUL_FR, title="La Russie exige des garanties de l'OTAN")
    a.declared_sources = [
        DeclaredSource(text="MOSCOU (AP)", kind="dateline", name="AP"),
        DeclaredSource(text="Vous pouvez lire l'article original ici", kind="read-original",
                       url="https://news.example.com/a"),
    ]
    a.removed = [Removed(text="Faites un don via PayPal pour soutenir notre travail.",
                         reason="donation")]
    c = compare(a, b, encoder=encoder)
    types = _types(c)
    assert "byline_removed" in types
    assert types.count("source_added") == 1 and "source_removed" not in types
    assert "boilerplate_added" in types
    assert "title_changed" not in types  # a faithful title translation
    assert c.direction == "b"
    assert any("declares b as its source" in e for e in c.direction_evidence)


def test_direction_from_dates_and_unknown():
    a, b = _fr(FAITHFUL_FR), _en()
    a.published = "2021-12-12"
    assert estimate_direction(a, b)[0] == "b"
    a.published = b.published = None
    # without dates, the text evidence (translationese) still names the English original
    side, evidence = estimate_direction(a, b)
    assert side == "b" and any("text" in e for e in evidence)
    # two copies of one text in one language: nothing tells them apart
    assert estimate_direction(_en(), _en())[0] == "unknown"


def test_unrelated_articles(encoder):
    other = [
        "Heavy rain flooded the old town of Porto overnight, forcing 300 residents to leave.",
        "Firefighters pumped water from cellars until the morning.",
        "The city council promised to review the drainage plan before winter.",
        "Shops on the riverside stayed closed on Saturday.",
    ]
    c = compare(_en(other), _en(), encoder=encoder)
    assert c.verdict == "unrelated"


def test_empty_and_single_sentence(encoder):
    empty = article_from_text("", lang="en")
    c = compare(empty, _en(), encoder=encoder)
    assert c.verdict == "unrelated" and c.coverage["a"] == 0.0
    assert any("no sentences" in w for w in c.warnings)
    assert _types(c).count("sentence_omitted") == len(ORIGINAL_EN)
    one = _en([ORIGINAL_EN[1]])
    c = compare(one, _en(), encoder=encoder)
    assert c.alignment and any(lk.a == [0] and lk.b == [1] for lk in c.alignment)
    assert any("single sentence" in w for w in c.warnings)


def test_unsupported_language_falls_back_on_anchors(encoder):
    czech = [
        "Rusko požaduje písemné záruky, že se NATO nebude rozšiřovat na východ",
        "MOSKVA (AP) — Kreml v pátek uvedl, že Rusko chce od Spojených států písemné záruky, "
        "že se NATO nebude dále rozšiřovat na východ, zatímco 100 000 ruských vojáků zůstává "
        "u hranic s Ukrajinou.",
        "Mluvčí Kremlu Dmitrij Peskov novinářům řekl, že prezident Vladimir Putin tuto otázku "
        "nastolil s prezidentem Joem Bidenem během jejich videohovoru v roce 2021.",
    ]
    c = compare(article_from_text("\n\n".join(czech), lang="cs"), _en(ORIGINAL_EN[:3]),
                encoder=encoder)
    assert any("not covered" in w and "cs" in w for w in c.warnings)
    assert [(lk.a, lk.b) for lk in c.alignment] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_precomputed_vectors_are_used():
    a, b = _fr(FAITHFUL_FR[:3]), _en(ORIGINAL_EN[:3])
    eye = np.eye(3, 8, dtype=np.float32)
    c = compare(a, b, vectors=(eye, eye[[2, 1, 0]]))
    # with these vectors sentence 0 of a matches sentence 2 of b only
    assert any(lk.a == [0] and lk.b == [2] for lk in c.alignment)
    with pytest.raises(ValueError):
        compare(a, b, vectors=(eye[:2], eye))


def test_2000_sentence_articles_align():
    # character n-gram vectors: this exercises our aligner and fact comparison, not the model;
    # its speed is measured in benchmarks/compare_speed.py, not asserted here
    encoder = HashingEncoder()
    paras = [f"Report {i}: the council of district {i % 97} approved {1000 + i} new homes "
             f"and {i % 13} schools on day {i % 28 + 1}." for i in range(2000)]
    a = article_from_text("\n\n".join(paras), lang="en")
    b = article_from_text("\n\n".join(paras[:1000] + paras[1001:]), lang="en")
    c = compare(a, b, encoder=encoder)
    assert [d.a for d in c.divergences if d.type == "sentence_added"] == [[1000]]
    assert c.verdict == "edited copy" and c.coverage["b"] == 1.0


def test_aligner_merges_split_sentences():
    rng = np.random.default_rng(3)
    base = rng.normal(size=(6, 64)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    # b sentence 2 was split into two halves in a (a[2], a[3])
    va = np.vstack([base[0], base[1], base[2] + 0.3 * base[5], base[2] - 0.3 * base[5],
                    base[3], base[4]])
    va /= np.linalg.norm(va, axis=1, keepdims=True)
    vb = base[:5]
    texts_a = ["x" * 40] * 6
    texts_a[2] = texts_a[3] = "x" * 20
    res = align(va, vb, texts_a, ["x" * 40] * 5)
    assert [(lk.a, lk.b) for lk in res.links] == [
        ([0], [0]), ([1], [1]), ([2, 3], [2]), ([4], [3]), ([5], [4])]


def test_encoder_interface_and_cache(encoder):
    assert get_encoder() is encoder
    assert isinstance(encoder, Encoder)
    assert encoder.supports("fr") and encoder.supports("ja") and not encoder.supports("cs")
    v = encoder.encode(["Le chat dort.", "The cat sleeps.", "Stock markets fell sharply."])
    assert v.shape == (3, encoder.dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3
    assert np.allclose(encoder.encode(["Le chat dort."])[0], v[0])
    h = HashingEncoder().encode(["Barack Obama in Oslo", "Barack Obama v Oslu", "pluie"])
    assert h[0] @ h[1] > h[0] @ h[2]
    with pytest.raises(UsageError):
        get_encoder("no-such-encoder")


def test_encoder_threads_follow_the_load(encoder, monkeypatch):
    """Two BLAS threads on an idle 2-core machine, one when the cores are busy, the same
    vectors either way; a fixed count (argument or environment) is kept."""
    import os

    if (os.cpu_count() or 1) < 2:
        pytest.skip("needs two cores")
    monkeypatch.setattr(encoder, "fixed_threads", None)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.4, 0.4, 0.4))
    assert encoder._threads_now() == 2
    encoder.clear_cache()
    idle = encoder.encode(["Les marchés ont reculé lundi."])
    monkeypatch.setattr(os, "getloadavg", lambda: (3.2, 3.0, 2.5))
    assert encoder._threads_now() == 1
    encoder.clear_cache()
    busy = encoder.encode(["Les marchés ont reculé lundi."])
    assert np.allclose(idle, busy, atol=1e-5)
    monkeypatch.setattr(encoder, "fixed_threads", 2)
    assert encoder._threads_now() == 2


def test_encoder_loads_and_runs_without_network(monkeypatch):
    from sourcier.compare.encoder import USEEncoder

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    enc = USEEncoder(cache_size=10)
    assert enc.encode(["Une phrase hors ligne."]).shape == (1, 512)


def test_word_lists_are_offline_and_tell_names_from_common_words(monkeypatch):
    from sourcier.annotate.names import zipf
    from sourcier.compare import facts

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    zipf.cache_clear()
    # German common nouns are translated; names made of no German word are kept as they are
    assert facts.verbatim_word("Platz", "de", "en") is False
    assert facts.verbatim_word("Regierung", "de", "en") is False
    assert facts.verbatim_word("Goldman", "de", "en") is True
    # "County" is English and translated ("comté"), "Riverside" is kept
    assert facts.verbatim_word("County", "en", "fr") is False
    assert facts.verbatim_word("Riverside", "en", "fr") is True
    assert facts.verbatim_word("Riverside", "en", "xx") is None  # no word list: no claim
    # a common word of the original's language is rendered by another word, a local name not
    assert facts.translated_word("Angleterre", "fr", "en")
    assert facts.translated_word("Consejo", "es", "en")
    assert not facts.translated_word("Fuenlabrada", "es", "en")
    # given names (faker's lists, bundled): a country's own names count in its language; a
    # name of another country only when it is no frequent word there ("Lage" in German)
    from sourcier.annotate import names

    names._given_names.cache_clear()
    assert names.given_name("stefan", "de") and names.given_name("felix", "de")
    assert names.given_name("jurgen", "de") and names.given_name("oleksandr", "en")
    assert not names.given_name("lage", "de") and names.given_name("lage", "sv")
    assert not names.given_name("lage", "de", foreign=False)
    assert not names.given_name("regierung", "de")
    # Ukrainian names in their usual English romanisations ("h" for "g", "-ii" for "-iy")
    assert all(names.given_name(n, "en") for n in ("serhii", "ihor", "oleh", "hennadii"))


def test_acronym_spelled_out_in_the_copy_is_rendered():
    from sourcier.compare.facts import Name, acronym_expanded

    efsa = Name("EFSA", "efsa", 0)
    assert acronym_expanded(efsa, "a study by the European Food Safety Agency pointed to it")
    assert not acronym_expanded(efsa, "a study by the European agency pointed to it")
    # a translated acronym has the same letters, reordered, and may be in the plural
    from sourcier.compare.facts import name_rendered

    ong = Name("ONG", "ong", 0)
    assert name_rendered(ong, "Cuba is often accused by European NGOs of flouting rights.")
    assert not name_rendered(ong, "Cuba is often accused by European SMEs of flouting rights.")


def test_json_round_trip(encoder):
    c = compare(_fr(FAITHFUL_FR[:4]), _en(ORIGINAL_EN[:4]), encoder=encoder)
    data = c.to_dict()
    assert set(data) >= {"articles", "verdict", "direction", "direction_evidence", "languages",
                         "coverage", "similarity", "alignment", "divergences"}
    assert set(data["alignment"][0]) == {"a", "b", "score", "moved"}
    back = Comparison.from_dict(data)
    assert back.articles["a"].text == c.articles["a"].text
    assert back.alignment == c.alignment


def test_alias_table_silences_known_aliases(encoder):
    from sourcier.annotate.names import AliasTable, name_key

    b = _en(["Heavy fighting continued around Bakhmut on Monday, officials said."])
    a = _en(["Heavy fighting continued around Artemivsk on Monday, officials said."])
    c = compare(a, b, encoder=encoder)
    assert [(d.type, d.values) for d in c.divergences] == [
        ("name_changed", {"a": "Artemivsk", "b": "Bakhmut"})]
    table = AliasTable()
    table.add_alias(name_key("Artemivsk"), name_key("Bakhmut"))
    assert compare(a, b, encoder=encoder, aliases=table).divergences == []


def test_direction_from_translation_artefacts():
    b = _en(["The Washington Post reported on Friday that talks would resume.",
             '"We will not accept this," the minister said on Tuesday.'])
    b.published = None
    a = _fr(["Les Washington Post signalé Vendredi que les pourparlers reprendraient.",
             "« Nous n'accepterons pas cela », a déclaré le ministre Mardi, “sans délai”."])
    side, evidence = estimate_direction(a, b)
    assert side == "b"
    assert any("Vendredi" in e for e in evidence)


DATED_EN = [
    "The Kremlin on Tuesday demanded written guarantees that NATO will not expand east.",
    "Officials said the figures had been revised last week after a new count.",
    "A further round of talks could take place in Geneva on April 8, the ministry said.",
    "Ellison was expected to brief the presidents of the eastern members on Thursday.",
]
DATED_FR = [
    "Le Kremlin a exigé mardi des garanties écrites que l'OTAN ne s'étendra pas vers l'est.",
    "Les responsables ont déclaré que les chiffres avaient été révisés la semaine dernière "
    "après un nouveau décompte.",
    "Un nouveau cycle de pourparlers pourrait avoir lieu à Genève le 8 avril, a indiqué le "
    "ministère.",
    "Ellison devait informer jeudi les présidents des membres orientaux.",
]


def _dated(fr: list[str], published: str | None = "2025-03-13"):
    return article_from_text("\n\n".join(fr), lang="fr", url="https://copie.example.fr/c",
                             published=published)


def test_relative_dates_compared_by_meaning_across_publication_dates(encoder):
    original = article_from_text("\n\n".join(DATED_EN), lang="en", published="2025-03-12",
                                 url="https://news.example.com/d")
    # the copy appeared a day later: "mardi" and "8 avril" keep their meaning
    c = compare(_dated(DATED_FR), original, encoder=encoder)
    assert "date_changed" not in _types(c), [d.evidence for d in c.divergences]
    c = compare(_dated(DATED_FR, published="2025-03-20"), original, encoder=encoder)
    assert "date_changed" not in _types(c), [d.evidence for d in c.divergences]
    # real changes still fire: Tuesday -> Thursday, last week -> last month, April 8 -> 9
    edited = list(DATED_FR)
    edited[0] = edited[0].replace("mardi", "jeudi")
    edited[1] = edited[1].replace("la semaine dernière", "le mois dernier")
    edited[2] = edited[2].replace("8 avril", "9 avril")
    c = compare(_dated(edited), original, encoder=encoder)
    changed = sorted(d.b[0] for d in c.divergences if d.type == "date_changed")
    assert changed == [0, 1, 2], [d.evidence for d in c.divergences]



def test_year_changed_into_a_year_the_sentence_already_holds(encoder):
    # each date of the copy stands for one of the original: 2011 -> 2012 beside a 2012
    growth = ("La croissance italienne est attendue à 1,1 % en 2011 et à 1,4 % en 2012, "
              "alors que le budget table sur 1,3 % et 2 %.")
    others = ["Le gouvernement de Rome présentera son budget au Sénat mardi.",
              "Les marchés attendent cette révision depuis plusieurs semaines."]
    original = article_from_text("\n\n".join([growth, *others]), lang="fr")
    copy = article_from_text("\n\n".join([growth.replace("en 2011", "en 2012"), *others]),
                             lang="fr")
    dates = [d for d in compare(copy, original, encoder=encoder).divergences
             if d.type == "date_changed"]
    assert [(d.values["b"], d.values["a"]) for d in dates] == [("2011", "2012")]
    assert not [d for d in compare(original, original, encoder=encoder).divergences
                if d.type == "date_changed"]

def test_byline_evidence_names_each_author_once(encoder):
    b = _en()
    b.authors = ["Jane Doe"]
    b.declared_sources = [DeclaredSource(text="By Jane Doe", kind="byline", name="Jane Doe")]
    c = compare(_fr(FAITHFUL_FR), b, encoder=encoder)
    (d,) = [d for d in c.divergences if d.type == "byline_removed"]
    assert d.values["b"] == ["Jane Doe"]
    assert d.evidence.count("Jane Doe") == 1


def test_cross_language_names_precision(encoder):
    """Translated institution names and exonyms are no drops; a person's name left out is."""
    original = article_from_text(
        "Truro Crown Court heard that the accused had lied to investigators.\n\n"
        "Before leaving for the United States, Nicolas Sarkozy will travel to Brittany.\n\n"
        "Building societies face a new bill, the Treasury said on Monday.\n\n"
        "Special Prosecutor Nora Dannehy will now investigate whether officials lied.",
        lang="en", url="https://news.example.com/e", published="2009-12-10")
    faithful = [
        "Le tribunal de Truro a entendu que l'accusé avait menti aux enquêteurs.",
        "Avant de partir pour les États-Unis, Nicolas Sarkozy se rendra en Bretagne.",
        "Les sociétés de crédit immobilier font face à une nouvelle facture, a indiqué le "
        "Trésor lundi.",
        "La procureure spéciale Nora Dannehy va maintenant enquêter pour savoir si des "
        "responsables ont menti.",
    ]
    c = compare(_fr(faithful), original, encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("name_")], \
        [d.evidence for d in c.divergences]
    edited = list(faithful)
    edited[3] = ("La procureure spéciale va maintenant enquêter pour savoir si des "
                 "responsables ont menti.")
    c = compare(_fr(edited), original, encoder=encoder)
    names = [d for d in c.divergences if d.type.startswith("name_")]
    assert [d.type for d in names] == ["name_dropped"]
    assert "Nora Dannehy" in names[0].values["b"] and names[0].b == [3]


def test_scaled_amounts_across_languages(encoder):
    """"215 Millionen Euro" is "215 million euros"; "3.000 millones" is "3 billion"."""
    en = article_from_text(
        "The European Commission fined the company 215 million euros on Tuesday.\n\n"
        "The government will spend 3 billion euros on the new railway line.\n\n"
        "Unemployment rose to 85 percent of the previous record in the region.",
        lang="en", url="https://news.example.com/f", published="2010-03-02")
    de = article_from_text(
        "Die Europäische Kommission verhängte am Dienstag eine Strafe von 215 Millionen Euro "
        "gegen das Unternehmen.\n\n"
        "Die Regierung wird 3 Milliarden Euro für die neue Bahnstrecke ausgeben.\n\n"
        "Die Arbeitslosigkeit stieg auf 85 Prozent des bisherigen Rekords in der Region.",
        lang="de", url="https://zeitung.example.de/f", published="2010-03-02")
    es = article_from_text(
        "La Comisión Europea multó a la empresa con 215 millones de euros el martes.\n\n"
        "El gobierno gastará 3.000 millones de euros en la nueva línea ferroviaria.\n\n"
        "El desempleo subió al 95 por ciento del récord anterior en la región.",
        lang="es", url="https://diario.example.es/f", published="2010-03-02")
    c = compare(de, en, encoder=encoder)
    assert "number_changed" not in _types(c), [d.evidence for d in c.divergences]
    c = compare(es, en, encoder=encoder)
    changed = [d for d in c.divergences if d.type == "number_changed"]
    assert [(d.values["b"], d.values["a"]) for d in changed] == [(85.0, 95.0)]


@pytest.mark.parametrize("text_a,lang_a,text_b,lang_b,equal", [
    ("In den 80er-Jahren wuchs die Stadt.", "de", "In the 1980s the city grew.", "en", True),
    ("Dans les années 90, la ville a grandi.", "fr", "In the 1990s the city grew.", "en", True),
    ("In den 80er-Jahren wuchs die Stadt.", "de", "In the 1990s the city grew.", "en", False),
    ("Il y avait 175 000 personnes.", "fr", "There were 175,000 people.", "en", True),
    ("Il y avait 175 000 personnes.", "fr", "There were 100,000 people.", "en", False),
])
def test_numbers_equal_across_locales(text_a, lang_a, text_b, lang_b, equal):
    from sourcier.annotate.numbers import find_numbers
    from sourcier.compare.facts import numbers_equal

    (x,), (y,) = find_numbers(text_a, lang_a), find_numbers(text_b, lang_b)
    assert numbers_equal(x, y) is equal


@pytest.mark.parametrize("text_a,lang_a,text_b,lang_b,unmatched", [
    # a range one side reads as two numbers ("až" is no range word to the parser)
    ("Skupina mladých lidí ve věku 15 až 18 let.", "cs",
     "Un grupo de jóvenes de entre 15 y 18 años.", "es", ([], [])),
    # the upper end of a range changed: both ends are compared
    ("Emissions will fall by between 40 and 50 percent.", "en",
     "Emissions will fall by between 40 and 45 percent.", "en",
     (["40 and 50 percent"], ["40 and 45 percent"])),
    ("Les émissions baisseront de 40 à 45 %.", "fr",
     "Emissions will fall by between 40 and 45 percent.", "en", ([], [])),
    # scores: "4:1" (Czech, German) and "3-1" (French, English) keep both numbers
    ("Thunder vyrovnal deficit 4:1 a zvítězil 4:3.", "cs",
     "Le Thunder a comblé un déficit de 3-1 pour l'emporter 4-3.", "fr", (["4:1"], ["3-1"])),
    ("Bayern gewann 2:1 gegen Dortmund.", "de", "Bayern beat Dortmund 2-1.", "en", ([], [])),
])
def test_ranges_are_compared_end_to_end(text_a, lang_a, text_b, lang_b, unmatched):
    from sourcier.annotate.numbers import find_numbers
    from sourcier.compare.facts import unmatched_numbers

    only_a, only_b = unmatched_numbers(find_numbers(text_a, lang_a), find_numbers(text_b, lang_b))
    assert ([n.text for n in only_a], [n.text for n in only_b]) == unmatched


def test_place_datelines_are_not_sources():
    from sourcier.compare.divergences import metadata_divergences

    a = article_from_text("BRÜSSEL – Die EU verhängt eine Strafe.", lang="de")
    b = article_from_text("BRUSSELS – The EU imposes a fine.", lang="en")
    a.declared_sources = [DeclaredSource(text="BRÜSSEL –", kind="dateline", name=None)]
    b.declared_sources = [DeclaredSource(text="BRUSSELS –", kind="dateline", name=None),
                          DeclaredSource(text="(Reuters)", kind="credit", name="Reuters")]
    types = [d.type for d in metadata_divergences(a, b, cross=True)]
    assert types == ["source_removed"]  # the agency credit, not the translated place name


def test_figures_held_in_dates_or_ordinals_are_no_changed_amounts():
    from sourcier.annotate.numbers import find_numbers
    from sourcier.compare.facts import figure_elsewhere

    de = find_numbers("hier organisierte sich in den 80er-Jahren der Widerstand", "de")
    en = find_numbers("in the 80s, the first wave of resistance", "en")
    amount = next(n for n in en if n.value == 80)
    # "80er" is no amount in German, but it is the figure the English amount renders
    assert figure_elsewhere(amount, de, [])
    # an amount of the other side was matched on its own: it does not hide a change
    assert not figure_elsewhere(amount, de, de)
    assert not figure_elsewhere(amount, find_numbers("vor mehr als 60 Jahren", "de"), [])


def test_name_vocabulary_and_evidenced_german_names():
    from sourcier.compare.facts import evidenced_names, name_vocabulary

    en = article_from_text("Prices For Flights And Hotels Drop\n\nThe mayor of Selenograd met "
                           "the City Council in Frankfurt.", lang="en")
    vocab = name_vocabulary(en)
    assert "selenograd" in vocab and "frankfurt" in vocab
    assert "hotels" not in vocab  # a title-case headline says nothing
    assert "council" not in vocab  # institutions translate by their meaning
    text = ("Der Sparkassen- und Giroverband in Frankfurt empfing Bürgermeister Juri "
            "Rosljak und die Delegation aus Selenograd.")
    got = [(n.text, n.label) for n in evidenced_names(text, "de", vocab)]
    # Frankfurt is a city of the tables (a place whatever the copy says); Selenograd, too
    # small for them, is a name because the copy capitalises it, and a proper noun of no
    # known kind (MISC) because the tagger takes it for one; "Giroverband" is neither
    assert got == [("Frankfurt", "LOC"), ("Juri Rosljak", "PER"), ("Selenograd", "MISC")]
    assert [(n.text, n.label) for n in evidenced_names(text, "de", set())] == [
        ("Frankfurt", "LOC"), ("Juri Rosljak", "PER"), ("Selenograd", "MISC")]
    assert [(n.text, n.label) for n in evidenced_names(
        "Der Verband empfing die Delegation aus Selenograd.", "de", {"selenograd"})] == [
        ("Selenograd", "MISC")]


def _unit_rows(sims: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """Vectors with cos(a_i, b_i) = sims[i] and near-orthogonal otherwise."""
    d = 2 * len(sims)
    va, vb = np.zeros((len(sims), d), np.float32), np.zeros((len(sims), d), np.float32)
    for i, s in enumerate(sims):
        va[i, 2 * i] = 1.0
        vb[i, 2 * i], vb[i, 2 * i + 1] = s, np.sqrt(1 - s * s)
    return va, vb


def test_sentence_edited_in_place_stays_linked():
    # the middle sentence was cut to a few words: too little left for the path to link it,
    # but it is the only sentence left out on each side between the same two links
    a = ["The council met on Monday evening.", "She said it was",
         "The vote is expected next week."]
    b = ["The council met on Monday evening.",
         "She said it was the worst budget the town had seen in twenty years of crises.",
         "The vote is expected next week."]
    va, vb = _unit_rows([0.95, 0.33, 0.95])
    links = align(va, vb, a, b).links
    assert [(lk.a, lk.b) for lk in links] == [([0], [0]), ([1], [1]), ([2], [2])]
    # unrelated sentences in the same place stay apart (one omitted, one added)
    va, vb = _unit_rows([0.95, 0.05, 0.95])
    links = align(va, vb, a, b).links
    assert ([1], []) in [(lk.a, lk.b) for lk in links] and ([], [1]) in [
        (lk.a, lk.b) for lk in links]


@pytest.mark.parametrize(("text", "promo"), [
    ("Líbil se vám tento článek? Sdílejte ho s přáteli!", True),
    ("Підпишіться на наш Telegram-канал.", True),
    ("Поддержите нас пожертвованием.", True),
    ("Ossza meg barátaival!", True),
    ("Praha bude mít nový most přes Vltavu.", False),
    ("Уряд затвердив план ремонту шкіл.", False),
])
def test_republisher_promotion_in_other_languages(text: str, promo: bool) -> None:
    from sourcier.compare.divergences import looks_like_boilerplate

    assert looks_like_boilerplate(text, []) is promo


def test_weak_alignment_undoes_a_merge_that_swallowed_a_left_out_sentence():
    """Without vectors that read both languages, a 1-2 link whose pair is far longer than
    the single sentence, while one of the two fits it, keeps that one linked and leaves the
    other out; a sentence split in two (the pair fits) stays merged."""
    from sourcier.compare.align import WEAK_PARAMS, _split_swallowed
    from sourcier.model import AlignmentLink

    la = np.array([100.0, 120.0])
    no_anchor = np.zeros((2, 3))
    sim = np.full((2, 3), 0.2)
    swallowed = [AlignmentLink(a=[0], b=[0], score=0.3), AlignmentLink(a=[1], b=[1, 2], score=0.3)]
    out = _split_swallowed(swallowed, la, np.array([100.0, 120.0, 110.0]), 1.0, no_anchor, sim,
                           WEAK_PARAMS.split_fit)
    assert [(lk.a, lk.b) for lk in out] == [([0], [0]), ([1], [1]), ([], [2])]
    # the left-out sentence shares a figure with the single one: the merge stands
    anchored = no_anchor.copy()
    anchored[1, 2] = 1.0
    out = _split_swallowed(swallowed, la, np.array([100.0, 120.0, 110.0]), 1.0, anchored, sim,
                           WEAK_PARAMS.split_fit)
    assert [(lk.a, lk.b) for lk in out] == [([0], [0]), ([1], [1, 2])]
    # a sentence split in two halves: the pair fits the single sentence's length
    halves = _split_swallowed(swallowed, la, np.array([100.0, 60.0, 55.0]), 1.0, no_anchor, sim,
                              WEAK_PARAMS.split_fit)
    assert [(lk.a, lk.b) for lk in halves] == [([0], [0]), ([1], [1, 2])]


def test_declined_four_letter_places_and_place_acronyms():
    from sourcier.annotate.names import name_key
    from sourcier.compare.facts import Name, name_rendered
    from sourcier.compare.facts.rendering import _inflected

    china = Name("China", name_key("China", "LOC"), 0, "LOC")
    assert name_rendered(china, "mezi DPP a Čínou") and name_rendered(china, "politika Číny")
    # a four-letter name's last letter may change, but not into another place's name
    assert _inflected("ciny", "cina") and not _inflected("iraku", "iran")
    # a place written as an acronym is rendered by its name in the copy
    usa = Name("EEUU", name_key("EEUU", "LOC"), 0, "LOC")
    assert name_rendered(usa, "vyslanec Spojených států řekl")
    assert not name_rendered(usa, "the ambassador said")


def test_places_rendered_by_slavic_adjectives():
    """Czech renders "Iraq's" and "China's" by an adjective on a short stem (Irák ->
    "iráckých", Čína -> "čínského") and a city by one on its name (Kodaň -> "kodaňského")."""
    from sourcier.annotate.names import name_key
    from sourcier.compare.facts import Name, name_rendered

    def place(text: str) -> Name:
        return Name(text, name_key(text, "LOC"), 0, "LOC")

    assert name_rendered(place("Iraq's"), "analýzy možností iráckých bezpečnostních sil")
    assert name_rendered(place("China's"), "hlavního čínského vyjednavače o klimatu")
    assert name_rendered(place("Copenhague"), "výzva: cíle kodaňského summitu")
    # a three-letter stem needs the Slavic suffix: "irské" (Irish) is no form of Irák, and a
    # sentence without the place keeps it dropped
    assert not name_rendered(place("Iraq"), "vláda irské republiky")
    assert not name_rendered(place("Copenhague"), "cíle summitu")


def test_wide_alignment_undoes_a_merge_that_swallowed_a_left_out_sentence():
    """The wide encoder's similarity to two merged sentences can beat the one to the single
    sentence translated: the length check then undoes the merge, and the other sentence is
    left out (reported omitted); without the check the merge stands."""
    import dataclasses

    from sourcier.compare.align import WIDE_PARAMS, align

    e = np.eye(4, dtype=np.float32)
    va = np.stack([(e[0] + e[1]) / np.sqrt(2), e[3]])
    vb = np.stack([e[0], e[1], e[3]])
    word = "lorem ipsum dolor sit amet "
    a_texts = [word * 4, word * 40]  # 108 and 1,080 characters
    b_texts = [word * 4, word * 4, word * 40]
    wide = align(va, vb, a_texts, b_texts, params=WIDE_PARAMS)
    assert [(lk.a, lk.b) for lk in wide.links] == [([0], [0]), ([], [1]), ([1], [2])]
    unchecked = dataclasses.replace(WIDE_PARAMS, split_fit=None)
    merged = align(va, vb, a_texts, b_texts, params=unchecked)
    assert [(lk.a, lk.b) for lk in merged.links] == [([0], [0, 1]), ([1], [2])]


def test_an_agency_credit_left_out_is_one_difference() -> None:
    """A copy leaving "(Reuters)" out of the dateline: in plain text (no dateline read) the
    agency is a name dropped; in a page whose dateline extraction reads the credit, it is
    the source removed, reported once (not again as a name)."""
    from sourcier.extract.page import extract_page
    from sourcier.model import Page

    body = ("<p>PARIS (Reuters) - The Paris stock market fell by two percent on Friday after "
            "weak results from several large companies.</p><p>Traders blamed the virus and "
            "trade tensions for the drop, the largest in a month.</p><p>The index had risen "
            "for three weeks in a row before the fall.</p>")

    def page(html: str, name: str):
        return extract_page(Page(source=name, content=f"<html><head><title>Stocks fall</title>"
                                 f"</head><body><article><h1>Stocks fall</h1>{html}</article>"
                                 "</body></html>"))

    original, copy = page(body, "o.html"), page(body.replace(" (Reuters)", ""), "c.html")
    c = compare(copy, original)
    assert [(d.type, d.values.get("b")) for d in c.divergences] == [
        ("source_removed", "PARIS (Reuters) -")]
    plain = [p.split(">", 1)[1] for p in body.split("</p>") if p]
    c = compare(article_from_text("\n\n".join(plain).replace(" (Reuters)", ""), lang="en"),
                article_from_text("\n\n".join(plain), lang="en"))
    assert [(d.type, d.values.get("b")) for d in c.divergences] == [("name_dropped", "Reuters")]
