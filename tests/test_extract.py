"""sourcier.extract on realistic news pages: body, boilerplate set aside, provenance, links."""

from __future__ import annotations

import json

import pytest

from sourcier.extract import extract_page
from sourcier.extract.boilerplate import find_duplicates, rule_reason
from sourcier.extract.provenance import credit_line, dateline
from sourcier.extract.sentences import split_sentences
from sourcier.model import Article, Page, Skip

FR_URL = "https://veilleur-libre.example/2021/12/kremlin-garanties-otan/"
ORIGINAL_URL = "https://www.capitol-wire.example/news/kremlin-demands-written-guarantees"

FR_BODY = [
    "WASHINGTON (CNSNews.com) – Le Kremlin a demandé vendredi des garanties écrites que "
    "l'alliance atlantique ne s'étendra pas davantage vers l'est, a déclaré le porte-parole de la "
    "présidence russe.",
    "Les <a href=\"https://www.washingtonpost.example/world/russia-ukraine\">Washington Post "
    "signalé</a> Vendredi que les services de renseignement américains estiment que Moscou "
    "pourrait mobiliser jusqu'à 175 000 soldats près de la frontière ukrainienne au début de "
    "l'année prochaine.",
    "« Nous avons besoin de garanties juridiques, et non de promesses verbales », a affirmé le "
    "porte-parole lors d'un point de presse à Moscou. Il a ajouté que la Russie ne menaçait "
    "personne.",
    "Les responsables occidentaux ont rejeté l'idée d'accorder à un pays tiers un droit de veto "
    "sur l'adhésion de nouveaux membres, rappelant que chaque État choisit librement ses "
    "alliances.",
    "La semaine dernière, le secrétaire d'État a mis en garde contre des « conséquences graves » "
    "en cas d'escalade, sans préciser la nature des mesures envisagées.",
]
CAPTION = ("Le président et le président russe se sont entretenus par visioconférence mardi, "
           "selon la Maison Blanche.")
FR_FOOTER = {
    "read-original": f"Vous pouvez lire l'article original <a href=\"{ORIGINAL_URL}\">ici</a>.",
    "share": "Vous avez aimé cet article ? Partagez-le !",
    "newsletter": "Abonnez-vous à notre lettre d'information pour lutter contre la censure de "
                  "masse : recevez nos articles directement dans votre boîte mail.",
    "donation": "Soutenez notre travail indépendant : faites un don via PayPal ou Tipeee.",
}


def fr_page_html() -> str:
    body = "\n".join(f"<p>{p}</p>" for p in [CAPTION, *FR_BODY[:3], CAPTION, *FR_BODY[3:]])
    footer = "\n".join(f"<p>{p}</p>" for p in FR_FOOTER.values())
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Le Kremlin exige des garanties écrites sur l'OTAN | Le Veilleur Libre</title>
<link rel="canonical" href="{ORIGINAL_URL}">
<meta property="og:url" content="{FR_URL}">
<meta property="og:site_name" content="Le Veilleur Libre">
<meta property="og:title" content="Le Kremlin exige des garanties écrites sur l'OTAN">
</head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/politique">Politique</a></li></ul></nav></header>
<main><article>
<h1>Le Kremlin exige des garanties écrites sur l'OTAN</h1>
<div class="share-bar"><a href="https://facebook.com/sharer">Facebook</a>
<a href="https://twitter.com/intent">Twitter</a></div>
<div class="entry-content">
{body}
{footer}
</div></article></main>
<footer><p>© 2021 Le Veilleur Libre – Tous droits réservés</p></footer>
</body></html>"""


EN_URL = "https://www.capitol-wire.example/news/port-strike-ends"
EN_BODY = [
    "PORTLAND, Maine (AP) — Dockworkers at the city's container terminal voted on Tuesday to end "
    "a nine-day strike after the port authority agreed to a 4% pay rise over two years.",
    "The union said 412 of its 530 members took part in the ballot, and that 87% backed the deal "
    "negotiated overnight with a federal mediator.",
    "The charity's newsletter, sent to 40,000 donors, asked readers to donate to the families of "
    "striking workers, organisers said on Monday.",
    "Shipping lines had diverted at least 14 vessels to Boston and Halifax during the stoppage, "
    "according to the port's own figures.",
]


def en_page_html() -> str:
    paras = [
        "By Jane Doe",
        *EN_BODY[:2],
        "Advertisement",
        *EN_BODY[2:],
        "Like this article? Share it with your friends!",
        "Sign up for our daily newsletter to get the top stories in your inbox.",
        "This article first appeared on The Harbour Times.",
    ]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Port strike ends | Capitol Wire</title>
<link rel="canonical" href="https://harbourtimes.example/2021/12/port-strike-ends">
<meta name="description" content="Dockworkers accept a 4% rise.">
<meta property="article:published_time" content="2021-12-07T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port strike ends after nine days</h1>{body}</article>
<footer><p>Contact us</p></footer></body></html>"""


@pytest.fixture(scope="module")
def fr_article() -> Article:
    a = extract_page(Page(source="fr.html", content=fr_page_html(), url=FR_URL))
    assert isinstance(a, Article)
    return a


@pytest.fixture(scope="module")
def en_article() -> Article:
    a = extract_page(Page(source="en.html", content=en_page_html(), url=EN_URL))
    assert isinstance(a, Article)
    return a


def _norm(text: str) -> str:
    import re

    return " ".join(re.sub(r"<[^>]+>", "", text).split())


def test_body_keeps_every_article_sentence(fr_article: Article, en_article: Article) -> None:
    for para in FR_BODY:
        assert _norm(para) in fr_article.text
    for para in EN_BODY:
        assert para in en_article.text
    assert fr_article.text.count(CAPTION) == 1  # the first copy stays, the repeat goes
    assert fr_article.lang == "fr" and en_article.lang == "en"
    assert fr_article.site == "veilleur-libre.example"
    assert fr_article.title == "Le Kremlin exige des garanties écrites sur l'OTAN"
    assert fr_article.sitename == "Le Veilleur Libre"
    assert en_article.published == "2021-12-07T10:00+00:00"  # the time of day is kept
    # the dateline stays in the first sentence
    assert fr_article.sentence_text(1).startswith("WASHINGTON (CNSNews.com) – Le Kremlin")


def test_boilerplate_set_aside_with_reasons(fr_article: Article, en_article: Article) -> None:
    fr = {r.reason: r.text for r in fr_article.removed}
    assert fr["duplicate"] == CAPTION
    for reason, html in FR_FOOTER.items():
        assert fr[reason] == _norm(html)
        assert _norm(html) not in fr_article.text
    en = {r.reason: r.text for r in en_article.removed}
    assert en["advertising"] == "Advertisement"
    assert en["share"].startswith("Like this article?")
    assert en["newsletter"].startswith("Sign up for our daily newsletter")
    assert "Share it" not in en_article.text and "Sign up" not in en_article.text
    # a news paragraph that mentions a newsletter and donations is article text
    assert "donate" not in " ".join(r.text for r in en_article.removed)


def test_declared_sources(fr_article: Article, en_article: Article) -> None:
    fr = {d.kind: d for d in fr_article.declared_sources}
    assert fr["dateline"].name == "CNSNews.com"
    assert fr["read-original"].url == ORIGINAL_URL
    assert fr["canonical"].url == ORIGINAL_URL and fr["canonical"].name == "capitol-wire.example"
    assert "og-url" not in fr  # og:url points to the page's own site
    en = {d.kind: d for d in en_article.declared_sources}
    assert en["credit"].name == "AP"  # "(AP) —": a wire agency's dateline credit
    assert en["byline"].name == "Jane Doe"
    assert en["first-appeared"].name == "The Harbour Times"
    assert en["canonical"].name == "harbourtimes.example"
    reasons = {r.text: r.reason for r in en_article.removed}
    assert reasons["By Jane Doe"] == "credit"
    assert reasons["This article first appeared on The Harbour Times."] == "credit"
    assert "Jane Doe" not in en_article.text


def test_links_resolve_to_anchor_text(fr_article: Article) -> None:
    assert fr_article.links, "the in-body link was lost"
    for link in fr_article.links:
        assert fr_article.text[link.start:link.end] == link.text
    post = [x for x in fr_article.links if "washingtonpost" in x.url]
    assert post and post[0].text == "Washington Post signalé"


def test_offsets_and_sentences_are_consistent(fr_article: Article) -> None:
    for p in fr_article.paragraphs:
        assert fr_article.text[p.start:p.end].strip() == fr_article.text[p.start:p.end]
        assert p.lang == "fr"
    for s in fr_article.sentences:
        assert fr_article.text[s.start:s.end] == s.text
    # "« ... », a affirmé ... Moscou. Il a ajouté ..." is two sentences
    quote = [s.text for s in fr_article.sentences if s.text.startswith("« Nous avons")]
    assert quote and quote[0].endswith("à Moscou.")


def test_json_round_trip(fr_article: Article, en_article: Article) -> None:
    for a in (fr_article, en_article):
        again = Article.from_dict(json.loads(json.dumps(a.to_dict())))
        assert again == a


def test_text_page_and_no_article() -> None:
    text = ("PARIS (AFP) - Le gouvernement a présenté mercredi un plan de 2 milliards d'euros "
            "pour les hôpitaux.\n\nLe texte sera examiné au Parlement en janvier.\n\n"
            "Partagez cet article")
    a = extract_page(Page(source="note.txt", content=text, kind="text",
                          url="https://exemple.fr/a", date="2024-01-02"))
    assert isinstance(a, Article)
    assert a.published == "2024-01-02"
    assert [r.reason for r in a.removed] == ["share"]
    assert a.declared_sources[0].kind == "credit" and a.declared_sources[0].name == "AFP"
    assert any(w.startswith("little-text") for w in a.warnings)
    empty = extract_page(Page(source="e.html", content="<html><body><nav></nav></body></html>"))
    assert isinstance(empty, Skip) and empty.reason == "no-article"


@pytest.mark.parametrize("text,reason", [
    ("Like this article? Share it!", "share"),
    ("Partagez cet article", "share"),
    ("Subscribe to our newsletter", "newsletter"),
    ("Face à la censure de masse, inscrivez-vous à notre lettre d'information.", "newsletter"),
    ("Faites un don via Tipeee pour soutenir le site.", "donation"),
    ("Please donate to keep us independent.", "donation"),
    ("Advertisement", "advertising"),
    ("Lire aussi :", "related"),
    ("12 comments", "comments"),
    ("Tous droits de reproduction et de représentation réservés aux abonnés.", "credit"),
    ("Le Courrier est aussi sur WhatsApp : recevez chaque matin l'essentiel.", "share"),
    ("The Ledger is now on Telegram.", "share"),
    ("Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.", "share"),
    ("Поделитесь этой статьей с друзьями.", "share"),
    ("Sledujte nás na sociálních sítích.", "share"),
    ("Přihlaste se k odběru našeho newsletteru.", "newsletter"),
    ("Підтримайте нас: кожна гривня важлива.", "donation"),
    ("Wesprzyj nas!", "donation"),
])
def test_rules_catch_promo_blocks(text: str, reason: str) -> None:
    assert rule_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Share prices fell 5% on Monday as investors sold off bank stocks.",
    "PayPal shares rose 3% on Tuesday after the company raised its forecast.",
    "He urged supporters to make a donation to the Red Cross, his spokesman said.",
    "Subscribers complained of censorship on the platform, the regulator said.",
    "The newsletter, launched in 2019, now has 40,000 readers across Europe.",
    "Le président a appelé à partager les efforts entre les pays membres de l'Union.",
    "Le ministre est aussi sur Telegram depuis mardi, selon son entourage.",
    "La loi protège les droits de reproduction des photographes, a rappelé la ministre.",
    "Міністр заявив, що уряд підтримає фермерів, у зверненні в Telegram.",
    "Компанія Telegram оголосила про нові функції для каналів.",
])
def test_rules_leave_news_sentences_alone(text: str) -> None:
    assert rule_reason(text) is None
    assert credit_line(text, []) is None


def test_provenance_lines() -> None:
    src, reason = credit_line("Cet article a été publié initialement sur Le Courrier des Alpes.")
    assert (src.kind, src.name, reason) == ("first-appeared", "Le Courrier des Alpes", "credit")
    src, _ = credit_line("Par Jeanne Dupont, envoyée spéciale à Kiev")
    assert (src.kind, src.name) == ("byline", "Jeanne Dupont")
    src, _ = credit_line("Source : AFP")
    assert (src.kind, src.name) == ("credit", "AFP")
    src, _ = credit_line("© AEI. Tous droits de reproduction réservés aux abonnés de l'agence.")
    assert (src.kind, src.name) == ("credit", "AEI")
    src, _ = credit_line("Copyright 2024 Reuters. All rights reserved.")
    assert (src.kind, src.name) == ("credit", "Reuters")
    assert credit_line("By Monday, officials had left the building.") is None
    assert credit_line("Par ailleurs, le gouvernement a annoncé un plan.") is None
    d = dateline("PARIS (AFP) - Le gouvernement a annoncé")
    assert (d.kind, d.name) == ("credit", "AFP")
    d = dateline("WASHINGTON (CNSNews.com) – Le Kremlin")
    assert (d.kind, d.name) == ("dateline", "CNSNews.com")
    assert dateline("Le président a parlé.") is None


def test_near_duplicates_and_structure() -> None:
    texts = [
        "Le président et le président russe lors de leur appel vidéo mardi soir à Washington.",
        "Un paragraphe d'article tout à fait différent du précédent, avec ses propres mots.",
        "Le président et le président russe lors de leur appel vidéo mardi soir, à Washington.",
        "Eat every two to three hours",
        "Eat every two to three hours",
        "Eat every two to three hours",
    ]
    assert find_duplicates(texts) == {2: 0}  # thrice-repeated lines are structure


def test_sentence_fast_path_matches_pysbd_on_french_quotes() -> None:
    text = ("« Nous avons entendu des mots pendant trente ans. Maintenant, nous avons besoin de "
            "signatures », a déclaré M. Ryabtsev. Le Kremlin n'a pas commenté. Les prix ont "
            "augmenté de 6,4 % mardi.")
    spans = split_sentences(text, "fr")
    assert [text[s:e] for s, e in spans] == [
        "« Nous avons entendu des mots pendant trente ans. Maintenant, nous avons besoin de "
        "signatures », a déclaré M. Ryabtsev.",
        "Le Kremlin n'a pas commenté.",
        "Les prix ont augmenté de 6,4 % mardi.",
    ]


def test_demo_republication(demo_dir) -> None:
    """The demo corpus's French republication: every tell-tale block set aside."""
    path = demo_dir / "echolibre-info.fr" / "le-kremlin-presse-ellison-engagement-ecrit.html"
    if not path.is_file():
        pytest.skip("demo page not present")
    from sourcier.read import read_inputs

    (page,) = list(read_inputs([str(path)]))
    a = extract_page(page)
    assert isinstance(a, Article) and a.lang == "fr"
    reasons = {r.reason for r in a.removed}
    assert {"duplicate", "read-original", "share", "newsletter", "donation"} <= reasons
    kinds = {d.kind: d for d in a.declared_sources}
    assert kinds["dateline"].name == "Capitol Ledger"
    assert kinds["read-original"].url.startswith("https://capitolledger.com/")
    assert a.text.startswith("WASHINGTON (Capitol Ledger) –")
    for word in ("PayPal", "newsletter", "partagez", "original"):
        assert word not in a.text


def test_provenance_line_outside_the_extracted_body() -> None:
    from sourcier.extract.page import _provenance_outside_body

    html = """<html><body><article><p>Body.</p></article>
<div class="note"><p>Cet article a été <em>publié initialement</em> sur
<a href="https://lecourrier.example/x">Le Courrier des Alpes</a>.</p></div>
<script>var original = "Vous pouvez lire l'article original ici";</script>
<footer><p>Vous pouvez lire l&#39;article original <a href="https://orig.example/a">ici</a></p>
</footer></body></html>"""
    found = {d.kind: d for d in _provenance_outside_body(html)}
    assert found["first-appeared"].name == "Le Courrier des Alpes"
    assert found["first-appeared"].url == "https://lecourrier.example/x"
    assert found["read-original"].url == "https://orig.example/a"
    assert len(found) == 2  # the script's string is not a line of the page


def test_newsroom_tip_line_appeals_are_set_aside_but_news_about_tips_stays():
    from sourcier.extract.boilerplate import rule_reason

    assert rule_reason("Have a news tip?") == "tips"
    assert rule_reason("Email the Ledger newsroom at tips@ledger.example or reach our "
                       "reporters securely on Signal.") == "tips"
    assert rule_reason("Vous avez une information à nous transmettre ?") == "tips"
    assert rule_reason("The reporters had a tip from the police about the suspect, "
                       "who was arrested on Tuesday.") is None
