"""Which version is the original: metadata first, then text evidence (translationese)."""

from __future__ import annotations

import re

from sourcier.compare.direction import estimate_direction
from sourcier.compare.translationese import foreign_letters, load_model, text_direction
from sourcier.extract.text import article_from_text

# an English story about Prague (Czech locale: names keep their Czech letters)
EN_PRAGUE = (
    "Prague city hall approves new tram line to Barrandov\n\n"
    "The Prague city council on Thursday approved the construction of a tram line to the "
    "Barrandov housing estate, mayor Zdeněk Hřib told reporters.\n\n"
    "The line, which will cost 2.1 billion crowns, should be finished in 2026, according to "
    "the transport company Dopravní podnik.\n\n"
    "Residents of Hlubočepy and Řeporyje have waited for the connection for decades, "
    "said councillor Jiří Pospíšil."
)
# a compact Czech version of the same story
CS_PRAGUE = (
    "Praha schválila tramvaj na Barrandov\n\n"
    "Pražští zastupitelé ve čtvrtek schválili stavbu tramvajové trati na Barrandov, řekl "
    "primátor Zdeněk Hřib.\n\n"
    "Trať za 2,1 miliardy korun má být hotová v roce 2026, uvedl Dopravní podnik.\n\n"
    "Obyvatelé Hlubočep a Řeporyjí na spojení čekají desítky let, řekl zastupitel Jiří "
    "Pospíšil."
)

EN_ORIGINAL = (
    "Strikes disrupt flights across Europe\n\n"
    "Air traffic controllers walked out on Tuesday, forcing airlines to cancel hundreds of "
    "flights, the European agency said.\n\n"
    "\"We have no choice,\" a union leader told reporters on Wednesday.\n\n"
    "The strike is expected to last until Friday."
)
# machine-translation tell-tales: English capitals on weekdays, English quotes beside « »
FR_MT = (
    "Des grèves perturbent les vols en Europe\n\n"
    "Les contrôleurs aériens ont cessé le travail Mardi, obligeant les compagnies à annuler "
    "des centaines de vols, a indiqué l'agence européenne.\n\n"
    "« Nous n'avons pas le choix », a déclaré un dirigeant syndical aux journalistes "
    "Mercredi, ajoutant que les contrôleurs étaient “épuisés”.\n\n"
    "La grève devrait durer jusqu'à Vendredi."
)


def _art(text: str, lang: str, url: str, published: str | None = None):
    return article_from_text(text, url=url, lang=lang, published=published)


def test_shipped_model_is_loaded() -> None:
    model = load_model()
    assert model is not None and len(model.coef) == 3
    assert "cs|en" in model.len_mu and "en" in model.nb


def test_czech_letters_and_length_point_to_the_czech_original() -> None:
    n, letters = foreign_letters(EN_PRAGUE, "en", "cs")
    assert n >= 5 and "ř" in letters
    td = text_direction(EN_PRAGUE, "en", CS_PRAGUE, "cs")
    assert td.side == "b" and td.p_a < 0.3
    assert any("cs letters" in e for e in td.evidence)
    swapped = text_direction(CS_PRAGUE, "cs", EN_PRAGUE, "en")
    assert swapped.side == "a"
    assert abs(swapped.p_a - (1 - td.p_a)) < 1e-9  # antisymmetric


def test_metadata_evidence_wins_over_text_evidence() -> None:
    en = _art(EN_PRAGUE, "en", "https://news.example.com/prague-tram", "2024-03-01")
    cs = _art(CS_PRAGUE, "cs", "https://zpravy.example.cz/tramvaj", "2024-03-04")
    # the text alone says the Czech version is the original ...
    assert text_direction(en.text, "en", cs.text, "cs").side == "b"
    # ... but the English one was published three days earlier
    side, evidence = estimate_direction(en, cs)
    assert side == "a"
    assert not any("text alone" in e for e in evidence)
    # without dates, the text evidence decides
    side, evidence = estimate_direction(_art(EN_PRAGUE, "en", "https://x.example/1"),
                                        _art(CS_PRAGUE, "cs", "https://y.example/2"))
    assert side == "b" and any("text alone" in e for e in evidence)


def test_french_with_english_weekdays_and_quotes_is_the_translation() -> None:
    fr = _art(FR_MT, "fr", "https://copie.example.fr/greves")
    en = _art(EN_ORIGINAL, "en", "https://wire.example.com/strikes")
    side, evidence = estimate_direction(fr, en)
    assert side == "b"
    assert any("capitalised weekday" in e for e in evidence)
    assert any("English quotation marks" in e for e in evidence)
    side, _ = estimate_direction(en, fr)
    assert side == "a"


def test_abstains_on_identical_texts_in_one_language() -> None:
    a = _art(EN_ORIGINAL, "en", "https://one.example.com/a")
    b = _art(EN_ORIGINAL, "en", "https://two.example.com/b")
    side, _ = estimate_direction(a, b)
    assert side == "unknown"
    assert text_direction(a.text, "en", b.text, "en").side == "unknown"


def test_unknown_language_pair_does_not_use_length() -> None:
    # no usual length ratio for ru/en: a much longer text alone is no evidence
    td = text_direction(EN_ORIGINAL * 3, "en", "Забастовки нарушили полёты в Европе.", "ru")
    assert td.side == "unknown"


_DOC = re.compile(r'<doc docid="([^"]+)"[^>]*origlang="(\w+)"[^>]*>(.*?)</doc>', re.S)
_SEG = re.compile(r"<seg[^>]*>(.*?)</seg>", re.S)


def _wmt_docs(path) -> dict[str, tuple[str, str]]:
    out = {}
    for m in _DOC.finditer(path.read_text(encoding="utf-8")):
        text = "\n\n".join(s.strip() for s in _SEG.findall(m.group(3)))
        out[m.group(1)] = ({"cz": "cs"}.get(m.group(2), m.group(2)), text)
    return out


def test_held_out_wmt_pairs(shared_data) -> None:
    """2011 en/fr documents written in en or fr (not used in training): the origlang
    version is mostly found."""
    dev = shared_data / "wmt-news" / "dev"
    en = _wmt_docs(dev / "newstest2011-src.en.sgm")
    fr = _wmt_docs(dev / "newstest2011-src.fr.sgm")
    score = n = 0
    for docid, (orig, en_text) in en.items():
        if docid not in fr or orig not in ("en", "fr"):
            continue
        a = _art(en_text, "en", f"https://en.wmt.test/{docid}")
        b = _art(fr[docid][1], "fr", f"https://fr.wmt.test/{docid}")
        side, _ = estimate_direction(a, b)
        want = "a" if orig == "en" else "b"
        score += 0.5 if side == "unknown" else float(side == want)
        n += 1
    assert n >= 40
    assert score / n >= 0.75
