"""The shared base: data model JSON form, language id, sentence spans, articles from text."""

from __future__ import annotations

import json

from sourcier.extract import article_from_text, detect_language, site_of, split_sentences
from sourcier.model import (
    AlignmentLink,
    Article,
    Comparison,
    Divergence,
    Entity,
    Skip,
    article_id,
)

FR = (
    "MOSCOU (Agence) – Le Kremlin a demandé vendredi des « garanties écrites » que l'alliance "
    "ne s'étendrait pas vers l'est. « Nous ne voulons pas la guerre », a déclaré M. Peskov "
    "devant la presse. Selon le quotidien, 175 000 soldats seraient massés à la frontière.\n\n"
    "Le porte-parole a ajouté : « C'est inacceptable. Point final. » Puis il a quitté la salle."
)
EN = (
    "WASHINGTON (Ledger) - The Kremlin on Friday demanded written guarantees. \"We do not "
    "want war,\" Mr. Peskov told reporters. U.S. officials said 175,000 troops were massed "
    "near the border by Dec. 3."
)


def test_sentences_respect_french_quotes_and_offsets():
    spans = split_sentences(FR, "fr")
    texts = [FR[s:e] for s, e in spans]
    assert texts[0].startswith("MOSCOU (Agence)") and texts[0].endswith("vers l'est.")
    assert texts[1] == "« Nous ne voulons pas la guerre », a déclaré M. Peskov devant la presse."
    # the quoted full stop inside « » does not end the sentence
    assert "« C'est inacceptable. Point final. » Puis il a quitté la salle." in texts[-1]
    assert all(FR[s:e] == FR[s:e].strip() for s, e in spans)


def test_sentences_english_abbreviations():
    texts = [EN[s:e] for s, e in split_sentences(EN, "en")]
    assert len(texts) == 3
    assert texts[2].startswith("U.S. officials") and texts[2].endswith("Dec. 3.")


def test_unknown_language_falls_back_to_punctuation_rules():
    cz = "Vláda ve středu schválila rozpočet. Ministr financí řekl, že schodek klesne."
    assert len(split_sentences(cz, "cs")) == 2


def test_language_identification_offline_lite_model():
    assert detect_language(FR) == "fr"
    assert detect_language(EN) == "en"
    assert detect_language("Die Regierung hat am Mittwoch den Haushalt beschlossen.") == "de"
    assert detect_language("ok") is None  # too short to tell
    assert detect_language("1234 5678 !!!! ----- 99 99") is None


def test_article_from_text_offsets_paragraphs_and_id():
    art = article_from_text(FR, url="https://www.veilleur.example/kremlin")
    assert art.lang == "fr" and art.site == "veilleur.example"
    assert len(art.paragraphs) == 2
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text
        para = art.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
    # content-derived id: whitespace changes do not change it, content and url do
    again = article_from_text(FR.replace(" ", "  "), url="https://www.veilleur.example/kremlin")
    assert again.id == art.id
    assert article_from_text(FR + " Fin.", url=art.url).id != art.id
    assert article_id(art.text, "https://other.example/") != art.id


def test_record_json_round_trip():
    art = article_from_text(EN, url="https://ledger.example/a", published="2021-12-17")
    art.entities = [Entity(text="Peskov", label="PER", start=10, end=16, key="peskov")]
    data = json.loads(json.dumps(art.to_dict()))
    assert Article.from_dict(data) == art
    comp = Comparison(
        articles={"a": art, "b": art}, verdict="copy", direction="unknown",
        direction_evidence=[], languages={"a": "en", "b": "en"}, coverage={"a": 1.0, "b": 1.0},
        similarity=1.0, alignment=[AlignmentLink(a=[0], b=[0], score=1.0)],
        divergences=[Divergence(type="number_changed", a=[2], b=[2], values={"a": 1, "b": 2})],
    )
    back = Comparison.from_dict(json.loads(json.dumps(comp.to_dict())))
    assert back.articles["a"] == art and back.alignment[0].a == [0]
    assert back.divergences[0].values == {"a": 1, "b": 2}


def test_skip_record_form():
    assert Skip(source="x.html", reason="empty", detail="0 bytes").to_dict() == {
        "skipped": True, "source": "x.html", "reason": "empty", "detail": "0 bytes"}


def test_site_of():
    assert site_of("https://www.Example.com/a?b") == "example.com"
    assert site_of("news.example.org/path") == "news.example.org"
    assert site_of(None) is None and site_of("") is None


def test_publication_times_order_same_day_copies():
    from sourcier.model import published_before

    wire, copy = "2025-03-10T09:15:00+01:00", "2025-03-10T10:02+01:00"
    assert published_before(wire, copy) is True and published_before(copy, wire) is False
    assert published_before("2025-03-10T23:30:00-05:00", "2025-03-11T06:00:00+01:00") is True
    assert published_before("2025-03-10", copy) is None  # same day, one time unknown
    assert published_before("2025-03-09", copy) is True
    assert published_before("not a date", copy) is None


def test_page_metadata_keeps_the_time_of_day_of_the_same_day_only():
    from lxml import html

    from sourcier.extract.metadata import published_time

    tree = html.fromstring('<html><head><script type="application/ld+json">'
                           '{"datePublished": "2025-03-10T09:15:00+01:00"}</script></head>'
                           '<body><p>x</p></body></html>')
    assert published_time(tree, "2025-03-10") == "2025-03-10T09:15+01:00"
    assert published_time(tree, "2025-03-12") == "2025-03-12"  # metadata disagrees: the day
