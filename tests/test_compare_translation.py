"""compare() on human translations: entities recognised on the way, names judged in context.

Pairs written for these tests (English originals, French translations, as a translator would
render them); the French side goes through the spaCy model, the English side through rules.
"""

from __future__ import annotations

import pytest

from sourcier.compare import compare, with_entities
from sourcier.compare import facts as F
from sourcier.compare.encoder import Encoder, get_encoder
from sourcier.compare.facts import Name, key_in_text
from sourcier.extract.text import article_from_text
from sourcier.model import Comparison

ORIGINAL = [
    "Thousands of people were arrested in Iran after the disputed election last year.",
    "A UN spokesman said the vaccination teams had been attacked twice in the north.",
    "The US State Department said it was also seeking information on the men.",
    "Opponents can still appeal the project to the City Council, officials said.",
    "The police official said Mr Frazetta may have been motivated by a family feud.",
    "Santa Claus loves Bo too, Michelle Obama said, adding that the dog would have a present.",
    "The talks in Geneva were suspended on Monday after a walk-out by the unions.",
    "Delegates said they would stay there until the minister agreed to meet them.",
    "Preparations for Euro 2012 will not suffer because of this, the federation wrote.",
]
TRANSLATION = [
    "Des milliers de personnes ont été arrêtées en Iran après l'élection contestée de "
    "l'an dernier.",
    "Un porte-parole de l'ONU a déclaré que les équipes de vaccination avaient été attaquées "
    "deux fois dans le nord.",
    "Le département d'État américain a indiqué qu'il cherchait aussi des informations sur "
    "ces hommes.",
    "Les opposants peuvent encore faire appel contre le projet auprès du conseil municipal, "
    "ont indiqué des responsables.",
    "Le responsable de la police a déclaré que M. Frazetta avait pu être motivé par une "
    "querelle familiale.",
    "Le Père Noël aime aussi Bo, a déclaré Michelle Obama, précisant que le chien aurait un "
    "cadeau.",
    "Les pourparlers ont été suspendus lundi après le départ des syndicats.",
    "À Genève, les délégués ont dit qu'ils resteraient là jusqu'à ce que le ministre "
    "accepte de les recevoir.",
    "Les préparatifs de l'Euro 2012 n'en souffriront pas, a écrit la fédération.",
]


def _en(paras: list[str]):
    return article_from_text("\n\n".join(paras), lang="en", url="https://news.example.com/t",
                             published="2010-01-12")


def _fr(paras: list[str]):
    return article_from_text("\n\n".join(paras), lang="fr", url="https://copie.example.fr/t")


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return get_encoder()


@pytest.fixture(scope="module")
def faithful(encoder: Encoder) -> Comparison:
    return compare(_fr(TRANSLATION), _en(ORIGINAL), encoder=encoder)


def _names(c: Comparison) -> list[tuple[str, str, list[int]]]:
    return [(d.type, str(d.values.get("b", d.values.get("a"))), d.b) for d in c.divergences
            if d.type.startswith("name_")]


def test_compare_recognises_entities_without_touching_its_inputs(encoder: Encoder) -> None:
    a, b = _fr(TRANSLATION[:3]), _en(ORIGINAL[:3])
    c = compare(a, b, encoder=encoder)
    assert a.entities is None and b.entities is None  # the caller's articles are unchanged
    fr, en = c.articles["a"], c.articles["b"]
    assert fr.annotated_with["entities"].startswith("spacy:fr_core_news_md")
    assert en.annotated_with["entities"].startswith(("rules:en", "spacy:"))
    assert "iran" in {e.key for e in fr.entities}
    assert "iran" in {e.key for e in en.entities}
    plain = compare(a, b, encoder=encoder, annotate=False)
    assert plain.articles["a"].entities is None
    # an article of a language without a recogniser is left to the capitalisation fallback
    de = article_from_text("Die Regierung in Berlin hat am Montag getagt.", lang="de")
    assert with_entities(de) is de


def test_faithful_translation_names_no_name(faithful: Comparison) -> None:
    # ONU/UN, an institution rendered by its function, "Père Noël" for "Santa Claus",
    # Geneva moved into the next sentence by the translator
    assert _names(faithful) == [], [d.evidence for d in faithful.divergences]
    assert "number_changed" not in {d.type for d in faithful.divergences}


@pytest.mark.parametrize(("index", "old", "new", "dropped"), [
    (0, " en Iran", "", "Iran"),  # a country: the tables know every rendering
    (4, "M. Frazetta", "le fils", "Frazetta"),  # a surname after a title
    (5, "Michelle Obama", "la Première dame", "Michelle Obama"),  # a full name
])
def test_dropped_names_are_found(encoder: Encoder, index: int, old: str, new: str,
                                 dropped: str) -> None:
    edited = list(TRANSLATION)
    assert old in edited[index]
    edited[index] = edited[index].replace(old, new)
    c = compare(_fr(edited), _en(ORIGINAL), encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c) if t == "name_dropped"] == [
        ("name_dropped", dropped, [index])], [d.evidence for d in c.divergences]


def test_name_dropped_everywhere_is_found_even_if_moved_before(encoder: Encoder) -> None:
    edited = list(TRANSLATION)
    edited[7] = edited[7].replace("À Genève, les", "Les")
    c = compare(_fr(edited), _en(ORIGINAL), encoder=encoder)
    dropped = [(v, b) for t, v, b in _names(c) if t == "name_dropped"]
    assert dropped == [("Geneva", [6])], [d.evidence for d in c.divergences]


def test_a_year_changed_in_translation_is_a_number_change(encoder: Encoder) -> None:
    edited = list(TRANSLATION)
    edited[8] = edited[8].replace("2012", "3012")
    c = compare(_fr(edited), _en(ORIGINAL), encoder=encoder)
    changed = [d for d in c.divergences if d.type == "number_changed"]
    assert [(d.values["b"], d.values["a"], d.b) for d in changed] == [(2012, 3012, [8])]


# a German original and its English translation (written for these tests): every German
# noun is capitalised, so names are those the translation keeps, or after a title
GERMAN = [
    "Der Moskauer Vize-Bürgermeister Juri Rosljak besuchte am Montag die Stadt Frankfurt.",
    "Die Regierung hatte die Stadtverwaltung vorher über die Reise informiert.",
    "In den 80er-Jahren organisierte sich hier mehr als 60 Jahre nach den ersten Siedlern "
    "der Widerstand.",
    "Der Sparkassen- und Giroverband Hessen-Thüringen hält 85 Prozent an der Helaba.",
    "Die Delegation aus Selenograd traf sich mit Vertretern der Helaba in Frankfurt.",
]
ENGLISH = [
    "Moscow Deputy Mayor Yuri Rosljak visited the city of Frankfurt on Monday.",
    "The government had informed the city administration about the trip in advance.",
    "In the 80s, more than 60 years after the first settlers, the resistance organised "
    "itself here.",
    "The Savings Bank Association of Hesse and Thuringia owns 85 percent of Helaba.",
    "The delegation from Selenograd met representatives of Helaba in Frankfurt.",
]


def _article(paras: list[str], lang: str):
    return article_from_text("\n\n".join(paras), lang=lang, url=f"https://{lang}.example.org/x")


def test_german_original_faithful_translation_is_clean(encoder: Encoder) -> None:
    c = compare(_article(ENGLISH, "en"), _article(GERMAN, "de"), encoder=encoder)
    # "80er-Jahren" / "the 80s" and "60 Jahre" / "60 years": no number change; German nouns
    # ("Regierung", "Sparkassen-") are no names
    assert not [d for d in c.divergences if d.type in ("number_changed", "name_dropped")], [
        d.evidence for d in c.divergences]


@pytest.mark.parametrize(("index", "old", "dropped"), [
    (0, "Yuri Rosljak ", "Juri Rosljak"),  # after a German title
    (4, "of Helaba ", "Helaba"),  # a word the translation capitalises elsewhere
])
def test_german_original_dropped_names(encoder: Encoder, index: int, old: str,
                                       dropped: str) -> None:
    edited = list(ENGLISH)
    assert old in edited[index]
    edited[index] = edited[index].replace(old, "")
    c = compare(_article(edited, "en"), _article(GERMAN, "de"), encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c) if t == "name_dropped"] == [
        ("name_dropped", dropped, [index])], [d.evidence for d in c.divergences]


def test_spanish_original_one_word_name_dropped(encoder: Encoder) -> None:
    spanish = ["Una testigo la vio maniobrar al salir de su aparcamiento en Montecito, según "
               "la patrulla de carreteras.",
               "La actriz fue detenida poco después y pasó la noche en la comisaría."]
    english = ["A witness saw her manoeuvring as she left her parking space in Montecito, "
               "according to the highway patrol.",
               "The actress was arrested shortly afterwards and spent the night at the "
               "police station."]
    b = _article(spanish, "es")
    clean = compare(_article(english, "en"), b, encoder=encoder)
    assert not [d for d in clean.divergences if d.type.startswith("name_")]
    edited = [english[0].replace(" in Montecito", ""), english[1]]
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Montecito", [0])]


def test_german_original_foreign_name_dropped(encoder: Encoder) -> None:
    # "Goldman Sachs" is made of no German words (word lists): the translation keeps it
    # as it is, so its absence is a drop; "Neue Weg" is German words and may be translated
    german = ["Im Juni hatten bereits Goldman Sachs und die Helaba ihre Hilfen zurückgezahlt.",
              "Die Busse fahren über den Neuen Weg in die Stadt."]
    english = ["In June, Goldman Sachs and Helaba had already repaid their support.",
               "The buses drive into town along the New Road."]
    b = _article(german, "de")
    clean = compare(_article(english, "en"), b, encoder=encoder)
    assert not [d for d in clean.divergences if d.type.startswith("name_")], [
        d.evidence for d in clean.divergences]
    edited = [english[0].replace("Goldman Sachs and ", ""), "The buses drive into town."]
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Goldman Sachs", [0])], [
        d.evidence for d in c.divergences]


def test_german_original_single_international_name_dropped(encoder: Encoder) -> None:
    # "Nasdaq" stands alone among German nouns, but it is about as frequent in every major
    # language's word list: a name a translation keeps; "der Gong" (after its article) and
    # "Treasury" (an English loanword) are common nouns a translator renders by meaning
    german = ["Die Technologiebörse Nasdaq schloss am Freitag mit einem Minus von drei Prozent.",
              "Als der Gong ertönte, verließen die Händler den Saal.",
              "Der Bereich Treasury verwaltet das Vermögen der Gruppe."]
    english = ["The technology exchange Nasdaq closed on Friday three percent lower.",
               "When the bell rang, the traders left the hall.",
               "The finance department manages the group's assets."]
    b = _article(german, "de")
    clean = compare(_article(english, "en"), b, encoder=encoder)
    assert not [d for d in clean.divergences if d.type.startswith("name_")], [
        d.evidence for d in clean.divergences]
    edited = [english[0].replace(" Nasdaq", ""), *english[1:]]
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Nasdaq", [0])], [
        d.evidence for d in c.divergences]


def test_english_original_kept_name_dropped(encoder: Encoder) -> None:
    # "Riverside" is no French word: a translator keeps it ("comté de Riverside"); "County"
    # is English and translated, so it alone proves nothing
    english = ["The congregation of 135 families has lived in Riverside County for years.",
               "It wanted a larger space than the warehouse it rented."]
    french = ["La congrégation de 135 familles vit depuis des années dans le comté de "
              "Riverside.",
              "Elle voulait un espace plus grand que l'entrepôt qu'elle louait."]
    b = _en(english)
    assert not _names(compare(_fr(french), b, encoder=encoder))
    edited = [french[0].replace(" dans le comté de Riverside", " dans la région"), french[1]]
    c = compare(_fr(edited), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c) if t == "name_dropped"] == [
        ("name_dropped", "Riverside County", [0])], [d.evidence for d in c.divergences]


QUOTED = ["The mayor said the bridge would reopen in May after two years of repairs.",
          '"We will not accept any further delay from the contractor, whatever the cost '
          'to the city," she told reporters on Monday.',
          "The council will vote on the budget next week."]
QUOTED_FR = ["La maire a déclaré que le pont rouvrirait en mai après deux ans de travaux.",
             "« Nous n'accepterons plus aucun retard de l'entrepreneur, quel qu'en soit le "
             "coût pour la ville », a-t-elle dit lundi aux journalistes.",
             "Le conseil votera le budget la semaine prochaine."]


def _quote_types(c: Comparison) -> list[tuple[str, list[int]]]:
    return [(d.type, d.b) for d in c.divergences if d.type.startswith("quote_")]


def test_translated_quotation_without_marks_is_not_removed(encoder: Encoder) -> None:
    assert _quote_types(compare(_fr(QUOTED_FR), _en(QUOTED), encoder=encoder)) == []
    # the translator dropped the quotation marks and kept the words
    reported = list(QUOTED_FR)
    reported[1] = ("Elle a dit lundi aux journalistes que la ville n'accepterait plus aucun "
                   "retard de l'entrepreneur, quel qu'en soit le coût pour la ville.")
    assert _quote_types(compare(_fr(reported), _en(QUOTED), encoder=encoder)) == []


def test_translated_quotation_removed_or_cut(encoder: Encoder) -> None:
    removed = list(QUOTED_FR)
    removed[1] = "Elle a répondu lundi aux questions des journalistes sur le chantier."
    assert _quote_types(compare(_fr(removed), _en(QUOTED), encoder=encoder)) == [
        ("quote_removed", [1])]
    cut = list(QUOTED_FR)
    cut[1] = "« Nous n'accepterons plus aucun retard », a-t-elle dit lundi aux journalistes."
    assert _quote_types(compare(_fr(cut), _en(QUOTED), encoder=encoder)) == [
        ("quote_altered", [1])]


def test_a_stray_quotation_mark_does_not_shift_the_quotation(encoder: Encoder) -> None:
    # a translation with straight marks and a stray one opening the sentence (as WMT's
    # French has): the quotation is the one glued to its words, and it is faithful
    stray = list(QUOTED_FR)
    stray[1] = ('" Elle a dit lundi aux journalistes, "nous n\'accepterons plus aucun retard '
                'de l\'entrepreneur, quel qu\'en soit le coût pour la ville".')
    assert _quote_types(compare(_fr(stray), _en(QUOTED), encoder=encoder)) == []
    # ... and cutting that quotation is still seen
    stray[1] = '" Elle a dit lundi aux journalistes, "nous n\'accepterons plus aucun retard".'
    assert _quote_types(compare(_fr(stray), _en(QUOTED), encoder=encoder)) == [
        ("quote_altered", [1])]


SCARE = ["The mayor met the contractor on Monday.",
         'She made it "very clear" that "the city will not accept any further delay from the '
         'contractor, whatever the cost to its taxpayers."',
         "The council votes on the budget next week."]


def test_quotation_cut_beside_scare_quotes_the_copy_dropped(encoder: Encoder) -> None:
    # the translator drops the marks around "very clear": one quotation against two, still
    # paired by meaning
    faithful = ["Le maire a rencontré l'entrepreneur lundi.",
                "Elle a fait savoir très clairement que « la ville n'acceptera plus aucun retard "
                "de l'entrepreneur, quel qu'en soit le coût pour ses contribuables ».",
                "Le conseil vote le budget la semaine prochaine."]
    assert _quote_types(compare(_fr(faithful), _en(SCARE), encoder=encoder)) == []
    cut = list(faithful)
    cut[1] = ("Elle a fait savoir très clairement que « la ville n'acceptera plus aucun "
              "retard ».")
    assert _quote_types(compare(_fr(cut), _en(SCARE), encoder=encoder)) == [
        ("quote_altered", [1])]


def test_country_rendered_by_its_adjective_or_older_name_is_no_drop(encoder: Encoder) -> None:
    french = ["Il s'était réfugié à l'ambassade du Brésil à Tegucigalpa.",
              "Ses principaux marchés sont l'Espagne, la Grèce et la Turquie."]
    english = ["He had taken refuge at the Brazilian Embassy in Tegucigalpa.",
               "Its main markets are Spain, Greece and Turkey."]
    c = compare(_article(english, "en"), _article(french, "fr"), encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("name_")], [
        d.evidence for d in c.divergences]
    # and a real drop of the country is still seen
    edited = [english[0], "Its main markets are Spain and Greece."]
    c = compare(_article(edited, "en"), _article(french, "fr"), encoder=encoder)
    assert [(t, b) for t, _v, b in _names(c)] == [("name_dropped", [1])]


def test_spanish_question_opening_word_is_no_name(encoder: Encoder) -> None:
    spanish = ["La herramienta ¿Cuánto deberías cobrar? calcula los salarios de los usuarios "
               "a partir de las ofertas de empleo en España."]
    english = ["The tool \"How much should you charge?\" estimates users' wages from the job "
               "offers in Spain."]
    c = compare(_article(english, "en"), _article(spanish, "es"), encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("name_")], [
        d.evidence for d in c.divergences]


def test_given_names_of_many_countries_make_german_persons(encoder: Encoder) -> None:
    german = ["Die Stadt braucht einen neuen Haushalt, sagte Jürgen Hollmann (SPD).",
              "Sein Bruder Felix leitet seit Jahren die Bäckerei am Markt.",
              "Sie schreibt Romane und malt Bilder, wenn die Iren zu Besuch sind."]
    english = ["The town needs a new budget, said Jürgen Hollmann (SPD).",
               "His brother Felix has run the bakery on the market square for years.",
               "She writes novels and paints pictures when the Irish come to visit."]
    c = compare(_article(english, "en"), _article(german, "de"), encoder=encoder)
    # nouns that are given names somewhere ("Romane", "Iren") are no persons
    assert _names(c) == [], [d.evidence for d in c.divergences]
    edited = ["The town needs a new budget, said (SPD).",
              "His brother has run the bakery on the market square for years.", english[2]]
    c = compare(_article(edited, "en"), _article(german, "de"), encoder=encoder)
    assert [(t, b) for t, _v, b in _names(c)] == [("name_dropped", [0]), ("name_dropped", [1])]


def test_a_name_written_as_a_common_word_stands_for_no_dropped_name(encoder: Encoder) -> None:
    # "English" and "Oscar" of the copy are "inglés" and "oscarizado" in the original: they
    # cannot be how the copy renders "Tomás Ibarra", so his absence is a drop
    spanish = ["Otro inglés, el oscarizado productor Tomás Ibarra, dijo que el rodaje fue "
               "lo mejor de su vida."]
    kept = ["Another English man, the Oscar-winning producer Tomás Ibarra, said the shoot "
            "was the best time of his life."]
    dropped = ["Another English man, an Oscar-winning producer, said the shoot was the best "
               "time of his life."]
    c = compare(_article(kept, "en"), _article(spanish, "es"), encoder=encoder)
    assert _names(c) == [], [d.evidence for d in c.divergences]
    c = compare(_article(dropped, "en"), _article(spanish, "es"), encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "Tomás Ibarra")]


def test_look_alike_words_do_not_render_a_dropped_name(encoder: Encoder) -> None:
    spanish = ["La primera empresa es australiana y la segunda, con sede en Italia, construye "
               "túneles."]
    english = ["The first company is Australian and the second, based in Italy, builds "
               "tunnels."]
    c = compare(_article(english, "en"), _article(spanish, "es"), encoder=encoder)
    assert _names(c) == []
    # "Australian" looks like "Italia" (fuzzy ratio 62) but starts otherwise: no rendering
    edited = ["The first company is Australian and the second builds tunnels."]
    c = compare(_article(edited, "en"), _article(spanish, "es"), encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "Italia")]


def test_country_rendered_by_a_lower_case_adjective_is_no_drop(encoder: Encoder) -> None:
    english = ["Vandals damaged graves in a Muslim cemetery in Austria on Sunday night.",
               "He then met Iraq's prime minister in Baghdad."]
    french = ["Des vandales ont endommagé des tombes d'un cimetière musulman autrichien "
              "dimanche soir.",
              "Il a ensuite rencontré le Premier ministre irakien à Bagdad."]
    c = compare(_article(french, "fr"), _article(english, "en"), encoder=encoder)
    assert _names(c) == [], [d.evidence for d in c.divergences]
    # an adjective that merely starts like the country ("indépendant" / India) renders nothing
    english2 = ["An independent newspaper in India published the letter on Monday."]
    french2 = ["Un journal indépendant a publié la lettre lundi."]
    c = compare(_article(french2, "fr"), _article(english2, "en"), encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "India")]


FARMERS = ["The minister spoke to reporters after the meeting in Brussels on Tuesday.",
           '"The farmers who feed this country deserve prices that cover their costs and a '
           'future for their children," she said.',
           "The talks will resume next month."]
FARMERS_FR = ["La ministre a parlé aux journalistes après la réunion à Bruxelles mardi.",
              "« Les agriculteurs qui nourrissent ce pays méritent des prix qui couvrent leurs "
              "coûts et un avenir pour leurs enfants », a-t-elle déclaré.",
              "Les discussions reprendront le mois prochain."]


def test_translated_quotation_cut_to_its_first_half(encoder: Encoder) -> None:
    assert _quote_types(compare(_fr(FARMERS_FR), _en(FARMERS), encoder=encoder)) == []
    # a little shorter than a translation would be and still close in meaning, but closer to
    # the first half of the original quotation than to all of it: cut short
    cut = list(FARMERS_FR)
    cut[1] = ("« Les agriculteurs qui nourrissent tout ce pays méritent enfin des prix », "
              "a-t-elle déclaré.")
    c = compare(_fr(cut), _en(FARMERS), encoder=encoder)
    assert _quote_types(c) == [("quote_altered", [1])]
    assert "first half" in next(d.evidence for d in c.divergences if d.type == "quote_altered")


def test_translated_quotation_cut_by_a_third_is_closer_to_its_first_half(
        encoder: Encoder) -> None:
    """Off by less than a quarter of a translation's length, but closer to the first half of
    the original quotation than to all of it: the end was cut ("... and a future for their
    children")."""
    cut = list(FARMERS_FR)
    cut[1] = ("« Les agriculteurs qui nourrissent ce pays méritent des prix qui couvrent leurs "
              "coûts », a-t-elle déclaré.")
    c = compare(_fr(cut), _en(FARMERS), encoder=encoder)
    assert _quote_types(c) == [("quote_altered", [1])]
    assert "first half" in next(d.evidence for d in c.divergences if d.type == "quote_altered")


def test_translated_quotation_ending_on_and_was_cut_short(encoder: Encoder) -> None:
    # nearly as long as a translation would be, but no quotation ends on "et": cut short
    cut = list(FARMERS_FR)
    cut[1] = ("« Les agriculteurs qui nourrissent ce pays méritent des prix qui couvrent "
              "leurs coûts et », a-t-elle déclaré.")
    c = compare(_fr(cut), _en(FARMERS), encoder=encoder)
    assert _quote_types(c) == [("quote_altered", [1])]
    assert "ends on «et»" in next(d.evidence for d in c.divergences
                                  if d.type == "quote_altered")
    # an English copy of the French that stops on "but"
    english = list(FARMERS)
    english[1] = ('"The farmers who feed this country deserve prices that cover their costs, '
                  'but" she said.')
    assert _quote_types(compare(_en(english), _fr(FARMERS_FR), encoder=encoder)) == [
        ("quote_altered", [1])]
    # a writer's own break, marked by an ellipsis, is no cut
    kept = list(FARMERS_FR)
    kept[1] = ("« Les agriculteurs qui nourrissent ce pays méritent des prix qui couvrent "
               "leurs coûts et… », a-t-elle déclaré.")
    english = list(FARMERS)
    english[1] = ('"The farmers who feed this country deserve prices that cover their costs '
                  'and..." she said.')
    assert _quote_types(compare(_fr(kept), _en(english), encoder=encoder)) == []


def test_a_quotation_ending_on_an_article_was_cut_unless_its_marks_are_nested(
        encoder: Encoder) -> None:
    # no French quotation ends on "leurs" nor "les": cut short...
    cut = list(FARMERS_FR)
    cut[1] = ("« Les agriculteurs qui nourrissent ce pays méritent des prix qui couvrent "
              "les coûts de tous les », a-t-elle déclaré.")
    assert _quote_types(compare(_fr(cut), _en(FARMERS), encoder=encoder)) == [
        ("quote_altered", [1])]
    # ... but a mark with a word glued after it opens another quotation: the marks are
    # broken, and where the first one ends is unknown
    english = ["Nearly half of the \"first-generation\" students finish their degree, the "
               "survey found."]
    french = ["Près de \"la moitié des étudiants de la \"première génération\" terminent "
              "leur diplôme, selon l'enquête."]
    assert _quote_types(compare(_fr(french), _en(english), encoder=encoder)) == []


def test_places_inflected_in_czech_are_rendered(encoder: Encoder) -> None:
    """Czech declines place names ("ve Španělsku", "Moskvy", "ve Spojených státech") and
    builds adjectives on them ("německých"): none of these is a dropped place."""
    french = ["Barcelone n'est pas la seule ville d'Espagne à tester la voiture électrique.",
              "Il a remercié Moscou pour son soutien.",
              "La banque vend ses activités aux Etats-Unis.",
              "Les manifestants venaient des grandes villes d'Allemagne."]
    czech = ["Barcelona není jediným městem ve Španělsku, které testuje elektromobily.",
             "Poděkoval za podporu Moskvy.",
             "Banka prodává své aktivity ve Spojených státech.",
             "Demonstranti přijeli z velkých německých měst."]
    # a place really left out is still reported
    edited = [czech[0], "Poděkoval za podporu.", czech[2], czech[3]]
    _rendered_then_dropped(encoder, czech, "cs", french, "fr", edited, ["Moscou"])


def _rendered_then_dropped(encoder: Encoder, copy: list[str], copy_lang: str,
                           original: list[str], original_lang: str, edited: list[str],
                           dropped: list[str]) -> None:
    """``copy`` renders every name of ``original``; ``edited`` (the copy with names left
    out) drops exactly ``dropped``."""
    c = compare(_article(copy, copy_lang), _article(original, original_lang), encoder=encoder)
    assert _names(c) == [], [d.evidence for d in c.divergences]
    c = compare(_article(edited, copy_lang), _article(original, original_lang), encoder=encoder)
    assert sorted(v for t, v, _b in _names(c) if t == "name_dropped") == sorted(dropped), [
        d.evidence for d in c.divergences]
    assert all(t == "name_dropped" for t, _v, _b in _names(c))


def test_short_names_declined_in_czech_and_city_exonyms_are_rendered(
        encoder: Encoder) -> None:
    """Three-letter names take Czech case endings ("Mas" -> "Masovi", "Rome" / "z Říma"), and
    cities have their own names in other languages ("Belgrade" / "Bělehrad", from CLDR)."""
    spanish = ["Artur Mas gobierna Cataluña desde el año pasado.",
               "El PP exige a Mas que aparque el concierto fiscal.",
               "Con los trenes de alta velocidad se va de Roma a Milán en tres horas.",
               "El ministro viajó a Belgrado el martes para reunirse con el presidente."]
    czech = ["Artur Mas vládne Katalánsku od loňského roku.",
             "Lidová strana požaduje po Masovi, aby zastavil fiskální dohodu.",
             "Rychlovlakem se dostanete z Říma do Milána za tři hodiny.",
             "Ministr v úterý odcestoval do Bělehradu, aby se setkal s prezidentem."]
    edited = [*czech[:3], "Ministr v úterý odcestoval, aby se setkal s prezidentem."]
    _rendered_then_dropped(encoder, czech, "cs", spanish, "es", edited, ["Belgrado"])


def test_czech_fleeting_e_and_adjective_of_a_two_word_city(encoder: Encoder) -> None:
    """"Vídeň" drops its "e" in "ve Vídni"; "newyorská" is New York's adjective, its "k"
    merged into the suffix."""
    english = ["At his final rally in Vienna, he spoke of a European brotherhood.",
               "The New York stock exchange fell sharply on Monday after the vote."]
    czech = ["Na posledním setkání s voliči ve Vídni mluvil o evropském bratrství.",
             "Newyorská burza v pondělí po hlasování prudce klesla."]
    edited = ["Na posledním setkání s voliči mluvil o evropském bratrství.",
              "Burza v pondělí po hlasování prudce klesla."]
    _rendered_then_dropped(encoder, czech, "cs", english, "en", edited, ["New York", "Vienna"])


def test_a_german_noun_inside_a_name_kept_verbatim_is_no_name_elsewhere(
        encoder: Encoder) -> None:
    """The copy keeps "Pike River Mine" as it is; that does not make "Mine" (a mine) a name
    in the original's other sentences, nor "Rathaus-náměstí" the town hall ("Rathaus")."""
    german = ["Vor zwei Wochen kam es in der Pike River Mine nahe Greymouth zu einer Explosion.",
              "Mehr als 10.000 Menschen gedachten der Bergleute, die nach Explosionen in einer "
              "Mine für tot erklärt wurden.",
              "Der Markt findet jeden Samstag auf dem Rathausplatz statt.",
              "Zwischen Bahnhof und Rathaus entstand ein neues Viertel."]
    czech = ["Před dvěma týdny došlo v Pike River Mine nedaleko Greymouthu k explozi.",
             "Více než 10 000 lidí uctilo památku horníků, kteří byli prohlášeni za mrtvé po "
             "explozích v dole.",
             "Trh se koná každou sobotu na Rathaus-náměstí.",
             "Mezi nádražím a radnicí vznikla nová čtvrť."]
    c = compare(_article(czech, "cs"), _article(german, "de"), encoder=encoder)
    assert _names(c) == [], [d.evidence for d in c.divergences]


def test_german_city_adjective_names_the_city(encoder: Encoder) -> None:
    """"Moskauer Institut" names Moscow: a copy that leaves the city out drops it."""
    german = ["Dazu gehören etwa das Moskauer Institut für Elektronentechnik und große "
              "Konzerne wie Sitronics.",
              "Die Stadt war zu Sowjetzeiten ein streng bewachter Standort."]
    english = ["These include the Moscow Institute of Electronic Technology and major "
               "companies such as Sitronics.",
               "In Soviet times the town was a closely guarded site."]
    edited = ["These include the Institute of Electronic Technology and major companies "
              "such as Sitronics.", english[1]]
    _rendered_then_dropped(encoder, english, "en", german, "de", edited, ["Moskauer"])


def test_czech_adjective_and_acronym_render_a_place_and_an_organisation(
        encoder: Encoder) -> None:
    """"moskevského" is Moscow's adjective (Moskva, with an inserted "e"); "OSN" is the
    initials of the United Nations' Czech name (Organizace spojených národů)."""
    english = ["Georgy Satarov, director of the Moscow think tank Indem, spoke on Monday.",
               "The United Nations climate conference opened in Cancun."]
    czech = ["Georgij Satarov, ředitel moskevského výzkumného týmu Indem, promluvil v pondělí.",
             "V Cancúnu byla zahájena klimatická konference OSN."]
    c = compare(_article(czech, "cs"), _article(english, "en"), encoder=encoder)
    assert _names(c) == [], [d.evidence for d in c.divergences]
    edited = [czech[0].replace("moskevského výzkumného", "výzkumného"),
              czech[1].replace(" OSN", "")]
    c = compare(_article(edited, "cs"), _article(english, "en"), encoder=encoder)
    assert sorted(v for t, v, _b in _names(c) if t == "name_dropped") == [
        "Moscow", "United Nations"], [d.evidence for d in c.divergences]


def test_a_continent_rendered_by_a_czech_adjective_is_no_drop(encoder: Encoder) -> None:
    """"evropských" is the adjective of Evropa, Europe's Czech name."""
    french = ["La BCE aide à résoudre la crise des dettes des pays d'Europe.",
              "Elle a racheté des obligations pour 20 milliards d'euros."]
    czech = ["ECB pomáhá řešit krizi dluhů evropských zemí.",
             "Odkoupila dluhopisy za 20 miliard eur."]
    _faithful_then_dropped(french, "fr", czech, "cs",
                           ["ECB pomáhá řešit krizi dluhů zemí.", czech[1]], "Europe", encoder)


def _faithful_then_dropped(original: list[str], lang_b: str, copy: list[str], lang_a: str,
                           edited: list[str], dropped: str, encoder: Encoder) -> None:
    """The faithful ``copy`` of ``original`` differs in no name; ``edited`` drops ``dropped``."""
    b = _article(original, lang_b)
    assert not _names(compare(_article(copy, lang_a), b, encoder=encoder))
    c = compare(_article(edited, lang_a), b, encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", dropped)], [
        d.evidence for d in c.divergences]


def test_a_look_alike_common_word_does_not_render_a_dropped_place(encoder: Encoder) -> None:
    spanish = ["La actriz ha estado en París para presentar los premios de moda de la firma.",
               "La ceremonia reunió a doscientos invitados."]
    english = ["The actress went to Paris to present the brand's fashion prizes.",
               "The ceremony brought together two hundred guests."]
    # "prizes" looks like "Paris" to a spelling-tolerant match, but starts otherwise
    edited = ["The actress went to present the brand's fashion prizes.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "París", encoder)


def test_a_phrase_opening_with_a_nationality_is_no_person_standing_in(
        encoder: Encoder) -> None:
    """"the Spanish Executive" renders "el Ejecutivo español", no person: a full name left out
    beside it is dropped; "Costa Azul" rendered as "the French Riviera" is no person either."""
    spanish = ["El ministro Miguel Ángel Moratinos dijo que el Ejecutivo español quería "
               "discreción.",
               "Picasso pasaba los veranos en la Costa Azul."]
    english = ["Minister Miguel Ángel Moratinos said the Spanish Executive wanted discretion.",
               "Picasso spent his summers on the French Riviera."]
    edited = ["The minister said the Spanish Executive wanted discretion.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "Miguel Ángel Moratinos",
                           encoder)


# an English original in miles and Fahrenheit, and its French translation in kilometres and
# Celsius (written for these tests)
MEASURED_EN = [
    "The new train will reach 140mph between Ashford and London, covering the 58 miles in "
    "38 minutes.",
    "Engineers tested it on a day when the temperature reached 100 degrees.",
    "The line will open to passengers next spring.",
]
MEASURED_FR = [
    "Le nouveau train atteindra 225 km/h entre Ashford et Londres, couvrant les 93 km en "
    "38 minutes.",
    "Les ingénieurs l'ont testé un jour où la température a atteint 38 degrés.",
    "La ligne ouvrira aux voyageurs au printemps prochain.",
]


def test_converted_units_are_the_same_figure(encoder: Encoder) -> None:
    c = compare(_article(MEASURED_FR, "fr"), _article(MEASURED_EN, "en"), encoder=encoder)
    assert not [d for d in c.divergences if d.type == "number_changed"], \
        [d.evidence for d in c.divergences]


def test_a_wrong_conversion_is_a_changed_number(encoder: Encoder) -> None:
    edited = list(MEASURED_FR)
    edited[0] = edited[0].replace("93 km", "193 km")
    c = compare(_article(edited, "fr"), _article(MEASURED_EN, "en"), encoder=encoder)
    changed = [(d.values["b_text"], d.values["a_text"]) for d in c.divergences
               if d.type == "number_changed"]
    assert changed == [("58 miles", "193 km")]


def test_a_two_letter_country_acronym_is_compared_through_its_renderings(
        encoder: Encoder) -> None:
    """"UK" and "US" are too short to look for in a translation as they are, but their
    renderings ("Royaume-Uni", "britannique", "américain") can be: one left out is a drop."""
    english = ["The singer returned to the UK last month after two years in a Vietnamese jail.",
               "US officials said the talks would resume in Geneva next week."]
    french = ["Le chanteur est rentré au Royaume-Uni le mois dernier après deux ans dans une "
              "prison vietnamienne.",
              "Des responsables américains ont dit que les pourparlers reprendraient à Genève "
              "la semaine prochaine."]
    edited = ["Le chanteur est rentré le mois dernier après deux ans dans une prison "
              "vietnamienne.", french[1]]
    _faithful_then_dropped(english, "en", french, "fr", edited, "UK", encoder)


def test_a_quotation_kept_in_its_original_words_is_compared_word_for_word(
        encoder: Encoder) -> None:
    """A translation that keeps a quotation as it was said ("he replied in English") keeps
    all its words: cut to its first words, it is altered, whatever the lengths say."""
    english = ["The minister was asked whether the protest had changed the talks.",
               'He replied: "Actually, that is something that I was not aware of."',
               "The talks resume on Monday."]
    french = ["On a demandé au ministre si la manifestation avait changé les négociations.",
              'Il a répondu en anglais : "Actually, that is something that I was not aware '
              'of."',
              "Les négociations reprennent lundi."]
    assert _quote_types(compare(_fr(french), _en(english), encoder=encoder)) == []
    cut = list(french)
    cut[1] = 'Il a répondu en anglais : "Actually, that is something that" (il l\'ignorait).'
    c = compare(_fr(cut), _en(english), encoder=encoder)
    assert _quote_types(c) == [("quote_altered", [1])], [d.evidence for d in c.divergences]
    assert "original words" in next(d.evidence for d in c.divergences
                                    if d.type == "quote_altered")



def test_german_hyphenated_compound_with_a_name_in_it(encoder: Encoder) -> None:
    """German joins names to nouns with a hyphen ("Hollywood-Star", "Cassini-Huygens"):
    the parts that are no German words are names (the translation writes them as names
    elsewhere), so one left out is a drop; "Sonnensonde" and "Star" are not compared."""
    german = ["Die Forschungssonde Cassini-Huygens nutzte diesen Trick ebenso wie die "
              "Sonnensonde Ulysses.",
              "Der Hollywood-Star hat ihren früheren Ehemann kritisiert.",
              "Die Bilder von Cassini-Huygens wurden später in Hollywood gezeigt."]
    english = ["The research probe Cassini-Huygens used this trick, as did the solar probe "
               "Ulysses.",
               "The Hollywood star criticised her former husband.",
               "The images from Cassini-Huygens were later shown in Hollywood."]
    edited = ["The research probe used this trick, as did the solar probe Ulysses.",
              "The star criticised her former husband.", english[2]]
    b = _article(german, "de")
    assert not _names(compare(_article(english, "en"), b, encoder=encoder))
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert sorted((v, b) for t, v, b in _names(c) if t == "name_dropped") == [
        ("Cassini-Huygens", [0]), ("Hollywood", [1])], [d.evidence for d in c.divergences]


def test_read_ahead_fills_the_cache_compare_reads(encoder: Encoder, monkeypatch) -> None:
    """``read_ahead`` (the CLI's progress bar on long pairs) encodes every sentence of the
    pair in chunks; compare then encodes nothing more."""
    from sourcier.compare import read_ahead

    a, b = _fr(TRANSLATION), _en(ORIGINAL)
    encoder.clear_cache()
    seen: list[int] = []

    def bar(chunks, total):
        seen.append(total)
        return chunks

    n = read_ahead(a, b, encoder, chunk=4, progress=bar)
    assert n == len(a.sentences) + len(b.sentences) and seen == [-(-n // 4)]

    def no_encoding(texts):
        raise AssertionError(f"encoded again: {texts[:1]}")

    monkeypatch.setattr(encoder, "_raw", no_encoding)
    assert compare(a, b, encoder=encoder).verdict in ("translation", "edited translation")


def test_acronyms_of_common_nouns_are_no_names(encoder: Encoder) -> None:
    # "PIB" and "PME" are common nouns a translator renders by the copy language's own
    # acronyms ("GDP", "SMEs"); "OCDE" is a name, and its absence is a drop
    french = ["Selon l'OCDE, le PIB de la zone a reculé de 0,4% au troisième trimestre.",
              "Les PME du secteur craignent une nouvelle hausse des taux."]
    english = ["According to the OECD, the area's GDP fell by 0.4% in the third quarter.",
               "Small businesses in the sector fear another rise in rates."]
    b = _fr(french)
    assert not _names(compare(_en(english), b, encoder=encoder))
    edited = [english[0].replace("According to the OECD, the", "The"), english[1]]
    assert [(t, v) for t, v, _ in _names(compare(_en(edited), b, encoder=encoder))] == [
        ("name_dropped", "OCDE")]


def test_a_copy_word_rendering_another_name_does_not_render_a_dropped_one(
        encoder: Encoder) -> None:
    # "Bodo" of "Bodo-Jetty" is close in spelling to "Badom", but it renders the river's
    # own name: the woman's name is still dropped
    german = ["Früher habe sie hier eimerweise Krabben gefangen, erzählt Esther Badom am Ufer "
              "des Bodo-Jetty-Flusses.",
              "Heute bleiben ihre Netze fast immer leer."]
    english = ["She used to catch buckets of shrimp here, Esther Badom says on the bank of "
               "the Bodo-Jetty river.",
               "Today her nets are almost always empty."]
    b = _article(german, "de")
    assert not _names(compare(_article(english, "en"), b, encoder=encoder))
    edited = [english[0].replace("Esther Badom says", "she says"), english[1]]
    assert [(t, v) for t, v, _ in _names(compare(_article(edited, "en"), b, encoder=encoder))] \
        == [("name_dropped", "Esther Badom")]


def test_a_common_noun_acronym_the_copy_also_keeps_is_no_name(encoder: Encoder) -> None:
    # the Czech copy keeps "DOM" (départements d'outre-mer) once and translates it once:
    # the acronym of a common noun is no name, its translation no drop
    french = ["Le chômage a reculé en métropole mais pas dans les DOM, selon l'Insee.",
              "Dans les DOM, le taux atteint 22% selon l'institut."]
    czech = ["Nezaměstnanost v metropolitní Francii klesla, ale v DOM ne, uvádí Insee.",
             "V zámořských departementech dosahuje míra 22 %, uvádí institut."]
    c = compare(_article(czech, "cs"), _article(french, "fr"), encoder=encoder)
    assert not [v for t, v, _ in _names(c) if v == "DOM"], [d.evidence for d in c.divergences]


def test_a_calendar_era_is_no_name(encoder: Encoder) -> None:
    # "après Jésus-Christ" is a date's era, rendered "AD": no person dropped
    french = ["Ce sarcophage de marbre, datant du IIIe siècle après Jésus-Christ, a été vendu "
              "200 000 dollars.",
              "Il représente quatre scènes de vendanges."]
    english = ["This marble sarcophagus, dating from the 3rd century AD, sold for 200,000 "
               "dollars.",
               "It shows four grape harvest scenes."]
    c = compare(_en(english), _fr(french), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]


def test_a_capitalised_title_is_no_name(encoder: Encoder) -> None:
    # "Shadow Leader" is a function, translated as such: no name dropped
    english = ["Mr Duncan lost his post as Shadow Leader of the House in September.",
               "A reporter had filmed him at a private dinner."]
    french = ["M. Duncan a perdu en septembre son poste de responsable du cabinet fantôme.",
              "Un journaliste l'avait filmé lors d'un dîner privé."]
    c = compare(_fr(french), _en(english), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]


def test_a_name_the_copy_gives_as_a_whole_elsewhere_can_be_dropped(encoder: Encoder) -> None:
    # one word of a name ("Internet", "Council") is too generic to show how the copy renders
    # it; but the copy names "the Internet" as a whole elsewhere: leaving it out is a drop
    french = ["Les adolescents sud-coréens font un usage intensif d'Internet.",
              "Le ministre veut fournir un logiciel gratuit pour limiter le temps passé sur "
              "Internet.",
              "Les parents pourront le télécharger dès le mois prochain."]
    english = ["South Korean teenagers make intensive use of the Internet.",
               "The minister wants to provide free software to limit the time spent on "
               "the Internet.",
               "Parents will be able to download it from next month."]
    b = _fr(french)
    assert not _names(compare(_en(english), b, encoder=encoder))
    edited = [english[0], english[1].replace(" on the Internet", " online"), english[2]]
    assert [(t, v, j) for t, v, j in _names(compare(_en(edited), b, encoder=encoder))] == [
        ("name_dropped", "Internet", [1])]


def test_a_word_sharing_a_first_syllable_does_not_render_a_name(encoder: Encoder) -> None:
    # "Eurostat" starts like "européenne" but is another name: the Union is still dropped
    french = ["Eurostat, l'agence statistique de l'Union européenne, a publié mardi un taux "
              "de chômage de 9,8% pour la France.",
              "Le chômage dans l'Union européenne reste stable selon l'agence."]
    english = ["Eurostat, the statistics agency of the European Union, on Tuesday published "
               "an unemployment rate of 9.8% for France.",
               "Unemployment in the European Union remains stable, according to the agency."]
    b = _fr(french)
    assert not _names(compare(_en(english), b, encoder=encoder))
    edited = [english[0].replace(" of the European Union", ""), english[1]]
    assert [(t, v, j) for t, v, j in _names(compare(_en(edited), b, encoder=encoder))] == [
        ("name_dropped", "Union européenne", [0])]


def test_an_acronym_glossing_the_words_before_it_is_no_name_to_keep(encoder: Encoder) -> None:
    # "Bureau international du Travail (BIT)": the translation names the body in its words
    # and drops the French acronym (English has its own, ILO)
    french = ["Le chômage au sens du Bureau international du Travail (BIT) est resté stable "
              "à 9,3% en métropole, selon l'Insee.",
              "Le chiffre sera révisé le mois prochain."]
    english = ["Unemployment as defined by the International Labour Office remained stable at "
               "9.3% in metropolitan France, according to Insee.",
               "The figure will be revised next month."]
    c = compare(_en(english), _fr(french), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]
    # a copy that writes the acronym too must keep it where the original gives it
    french[1] = "Le BIT révisera le chiffre le mois prochain, selon l'Insee."
    english[0] = english[0].replace("Labour Office", "Labour Office (BIT)")
    english[1] = "The office will revise the figure next month, according to Insee."
    assert [(t, v) for t, v, _ in _names(compare(_en(english), _fr(french), encoder=encoder))] \
        == [("name_dropped", "BIT")]
    # ... but not where the original sentence glosses it and the copy gives the words there
    english[0] = english[0].replace("Labour Office (BIT)", "Labour Office")
    english[1] = "The BIT will revise the figure next month, according to Insee."
    c = compare(_en(english), _fr(french), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]


def test_a_nation_of_the_united_kingdom_is_keyed_across_languages(encoder: Encoder) -> None:
    # "Angleterre" / "England": one place, not a dropped name
    french = ["Cette activité suffira-t-elle à redorer le blason de l'Angleterre auprès du "
              "comité exécutif ?",
              "Rien n'est moins sûr."]
    english = ["Will this activity be enough to regild the coat of arms of England in the eyes "
               "of the executive committee?",
               "Nothing is less certain."]
    c = compare(_en(english), _fr(french), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]
    edited = [english[0].replace(" of England", ""), english[1]]
    assert [(t, v) for t, v, _ in _names(compare(_en(edited), _fr(french), encoder=encoder))] \
        == [("name_dropped", "Angleterre")]


def test_a_name_the_copy_writes_in_lower_case_elsewhere_can_be_dropped(encoder: Encoder) -> None:
    # French writes "talibans" for "Taleban": where the copy does so in one sentence, it
    # names them, and another sentence without them leaves them out
    english = ["Almost 200,000 children missed a recent polio campaign because of violence "
               "linked to the Taleban, the UN says.",
               "A UN spokesman said this was despite pledges from the Taleban not to attack the "
               "vaccination teams.",
               "The campaign will resume next month."]
    french = ["Près de 200 000 enfants ont manqué une récente campagne contre la polio à cause "
              "des violences liées aux talibans, selon l'ONU.",
              "Un porte-parole de l'ONU a déclaré que cela s'était produit malgré les promesses "
              "des talibans de ne pas attaquer les équipes de vaccination.",
              "La campagne reprendra le mois prochain."]
    b = _en(english)
    assert not _names(compare(_fr(french), b, encoder=encoder))
    edited = [french[0], french[1].replace("malgré les promesses des talibans de ne pas",
                                           "malgré la promesse de ne pas"), french[2]]
    assert [(t, v, j) for t, v, j in _names(compare(_fr(edited), b, encoder=encoder))] == [
        ("name_dropped", "Taleban", [1])]


def test_a_quotation_of_four_long_words_cut_is_altered(encoder: Encoder) -> None:
    # German packs a quotation into four long words; the English copy cuts its rendering
    german = ["Als Ursache sieht das Unternehmen den schwachen Dollarkurs, der zu einer "
              "\"abnehmenden Reiselust amerikanischer Touristen\" geführt habe.",
              "Die Zahl der Buchungen ging im Herbst deutlich zurück."]
    english = ["The company considers the weak dollar to be the reason, as it results in a "
               "\"decreasing desire for travel among American tourists.\"",
               "The number of bookings fell sharply in the autumn."]
    b = _article(german, "de")
    assert _quote_types(compare(_article(english, "en"), b, encoder=encoder)) == []
    cut = [english[0].replace(" travel among American tourists.", "."), english[1]]
    assert _quote_types(compare(_article(cut, "en"), b, encoder=encoder)) == [
        ("quote_altered", [0])]


def test_an_institution_the_tables_key_across_languages_can_be_dropped(
        encoder: Encoder) -> None:
    # "Réserve fédérale" and "the Fed" share a key: the copy names the institution, so
    # leaving it out of another sentence is a drop
    french = ["La Réserve fédérale a laissé ses taux inchangés mercredi.",
              "AIG doit rembourser le prêt de 85 milliards consenti par la Réserve fédérale.",
              "Les marchés attendaient cette décision depuis plusieurs semaines."]
    english = ["The Fed left its rates unchanged on Wednesday.",
               "AIG must repay the 85 billion loan granted by the Fed.",
               "Markets had been expecting this decision for several weeks."]
    b = _fr(french)
    assert not _names(compare(_en(english), b, encoder=encoder))
    edited = [english[0], english[1].replace(" granted by the Fed", ""), english[2]]
    assert [(t, v, j) for t, v, j in _names(compare(_en(edited), b, encoder=encoder))] == [
        ("name_dropped", "Réserve fédérale", [1])]


def test_a_german_noun_is_no_name_for_a_copy_word_that_only_starts_alike(
        encoder: Encoder) -> None:
    # the Czech copy's "Freuda" (Freud, declined) starts like the German noun "Freunden"
    # (friends): no evidence that "Freunden" is a name, so its translation is no drop
    german = ["Die Forscher zitieren bis heute Sigmund Freud in ihren Arbeiten.",
              "Sie hört seit Monaten Stimmen, vor allem nachts.",
              "Tagsüber geht sie wie gewohnt zur Arbeit.",
              "Eltern und Freunden erzählt sie nichts davon, die würden sie für verrückt "
              "halten."]
    czech = ["Vědci dodnes citují ve svých pracích Sigmunda Freuda.",
             "Už několik měsíců slyší hlasy, hlavně v noci.",
             "Přes den chodí jako obvykle do práce.",
             "Rodičům a přátelům o tom nic neříká, mysleli by si o ní, že se zbláznila."]
    c = compare(_article(czech, "cs"), _article(german, "de"), encoder=encoder)
    assert not [v for t, v, _ in _names(c) if v == "Freunden"], [
        d.evidence for d in c.divergences]


def test_a_short_quotation_that_changed_its_meaning_is_altered(encoder: Encoder) -> None:
    # a three-word quotation is too short to compare by length, but the copy's quotation no
    # longer says what the original's did: it was cut down to its verbs
    spanish = ["En una rueda de prensa, la ministra insistió en que 2027 será un año "
               "\"duro y decisivo\".",
               "El presupuesto se votará en marzo."]
    english = ["At a press conference, the minister insisted that 2027 \"is going to be a hard "
               "and decisive year.\"",
               "The budget will be voted on in March."]
    b = _article(spanish, "es")
    assert _quote_types(compare(_article(english, "en"), b, encoder=encoder)) == []
    cut = [english[0].replace(" a hard and decisive year.\"", ".\""), english[1]]
    c = compare(_article(cut, "en"), b, encoder=encoder)
    assert _quote_types(c) == [("quote_altered", [0])], [d.evidence for d in c.divergences]
    assert "meaning" in next(d.evidence for d in c.divergences if d.type == "quote_altered")


def test_a_german_city_adjective_names_the_city(encoder: Encoder) -> None:
    # German names a city's institutions and people by an adjective ("der Lübecker
    # Professor"); the translation names the city, and leaving it out is a drop
    german = ["Das sei ein alter Befund, sagt der Lübecker Psychologe Erich Kasten.",
              "Die Studie erscheint im Frühjahr."]
    english = ["This is an old finding, says the Lübeck psychologist Erich Kasten.",
               "The study will be published in the spring."]
    edited = ["This is an old finding, says the psychologist Erich Kasten.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Lübecker", encoder)


def test_a_body_named_by_its_acronym_in_the_copy_is_no_drop(encoder: Encoder) -> None:
    # the original gives the body's name and its acronym in brackets; the translation
    # names it by the acronym alone
    german = ["Der Name taucht in Dokumenten der Internationalen Atomenergiebehörde (IAEA) "
              "auf, wenn es um den Reaktor geht.",
              "Die Internationale Atomenergiebehörde hat Inspektoren geschickt."]
    english = ["The name turns up in IAEA documents about the reactor.",
               "The International Atomic Energy Agency has sent inspectors."]
    # (an acronym left in brackets glosses a name that is gone)
    edited = ["The name turns up in documents of the (IAEA) about the reactor.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Internationalen", encoder)


def test_the_mondial_is_the_world_cup(encoder: Encoder) -> None:
    # French calls the football World Cup "le Mondial": the tables key both alike, so the
    # copy's "World Cup" renders it, and leaving it out of a sentence is a drop
    french = ["Le Qatar organisera le Mondial en 2022, a annoncé la Fifa jeudi à Zurich.",
              "Le Mondial se jouera pour la première fois en hiver."]
    english = ["Qatar will host the World Cup in 2022, Fifa announced in Zurich on Thursday.",
               "The World Cup will be played in winter for the first time."]
    edited = [english[0], "It will be played in winter for the first time."]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Mondial", encoder)


def test_an_event_and_its_year_are_keyed_as_the_event(encoder: Encoder) -> None:
    # "Mondial-82" is the World Cup of 1982: "World Cup 82" renders it
    french = ["Le duo a de l'expérience (Mondial-82 en Espagne, Euro-2004 au Portugal).",
              "Le vote pour le Mondial aura lieu jeudi à Zurich."]
    english = ["The pair has experience (World Cup 82 in Spain, Euro 2004 in Portugal).",
               "The World Cup vote will take place in Zurich on Thursday."]
    edited = ["The pair has experience (in Spain, Euro 2004 in Portugal).", english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Mondial-82", encoder)


def test_an_international_body_left_out_is_dropped(encoder: Encoder) -> None:
    # an international body has an official name in every language, which a translation
    # uses: the tables know it, so leaving it out is a drop even when the copy names it once
    french = ["Eurostat, l'agence de statistiques de l'Union européenne, a annoncé mardi un "
              "taux de chômage de 9,8% pour la France.",
              "Le chiffre était de 9,9% en septembre."]
    english = ["Eurostat, the statistical agency of the European Union, on Tuesday announced "
               "an unemployment rate of 9.8% for France.",
               "The figure was 9.9% in September."]
    edited = ["Eurostat, the statistical agency, on Tuesday announced an unemployment rate of "
              "9.8% for France.", english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Union européenne", encoder)


def test_the_federal_reserve_named_once_and_left_out_is_dropped(encoder: Encoder) -> None:
    # one of the few national institutions with one name in every language
    french = ["AIG doit rembourser le prêt de 85 milliards que lui a consenti la Réserve "
              "fédérale.",
              "Les actionnaires actuels verraient leur part diluée."]
    english = ["AIG must repay the 85 billion loan granted by the Federal Reserve.",
               "Current shareholders would see their stake diluted."]
    edited = ["AIG must repay the 85 billion loan it was granted.", english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Réserve fédérale", encoder)


def test_a_place_inside_a_longer_name_the_copy_renders_is_no_drop(encoder: Encoder) -> None:
    # "Nueva York" of "la Bolsa de Nueva York" is rendered by "the NYSE": the tables know
    # the exchange under both names; leaving the exchange out is still a drop
    spanish = ["La empresa cotiza en la Bolsa de Nueva York desde 2007, según su informe.",
               "Sus ventas crecieron un 12% el año pasado."]
    english = ["The company has been listed on the NYSE since 2007, according to its report.",
               "Its sales grew by 12% last year."]
    edited = ["The company has been listed since 2007, according to its report.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "Nueva York", encoder)


def test_a_german_party_rendered_by_its_english_name(encoder: Encoder) -> None:
    # "Linke" (also a German noun, "the left one") is the party the copy calls "Left Party"
    # in one sentence and "Linke" in the next
    german = ["SPD und Linke fordern Aufklärung von der Bundesregierung über den Einsatz.",
              "Grüne und Linke wollen am Freitag einen Antrag im Bundestag stellen."]
    english = ["The SPD and the Left Party demand an explanation of the mission from the "
               "federal government.",
               "The Greens and Linke want to table a motion in the Bundestag on Friday."]
    edited = ["The SPD demands an explanation of the mission from the federal government.",
              english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Linke", encoder)


def test_a_ministers_portfolio_and_a_french_plural_of_inhabitants_are_given_by_meaning(
        encoder: Encoder) -> None:
    # "des Affaires étrangères" is a minister's portfolio (the copy gives it as "Foreign
    # Affairs" once and as "Foreign Minister" once) and "les Franciliens" the region's
    # people ("Parisians"; "France" nearby looks like it): no names a translation keeps; a
    # minister's own name left out is still a drop
    french = ["La ministre mexicaine des Affaires étrangères, Paula Herrera, a appelé au "
              "dialogue.",
              "Le ministre brésilien des Affaires étrangères, Lucas Ferreira, a dénoncé le "
              "coup d'Etat.",
              "La grève touche la ligne la plus fréquentée de France depuis jeudi.",
              "Malgré la grève, les gares sont restées calmes, les Franciliens ayant pris "
              "leurs précautions."]
    english = ["The Mexican Secretary of Foreign Affairs, Paula Herrera, called for dialogue.",
               "The Brazilian Foreign Minister, Lucas Ferreira, denounced the coup.",
               "The strike has hit the busiest line in France since Thursday.",
               "Despite the strike, the stations stayed calm, as Parisians had taken "
               "precautions."]
    edited = [english[0], "The Brazilian Foreign Minister denounced the coup.", *english[2:]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Lucas Ferreira", encoder)
    # a copy that gives no portfolio at all has left it out
    edited = [english[0], "The Brazilian Minister, Lucas Ferreira, denounced the coup.",
              *english[2:]]
    c = compare(_article(edited, "en"), _article(french, "fr"), encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "Affaires étrangères")]


def test_german_parties_rendered_by_what_they_are(encoder: Encoder) -> None:
    # "(CDU)" and "die SPD" rendered "a Christian Democrat" and "the Social Democratic
    # Party": the same parties; a person's name left out beside them is still a drop
    german = ["Bundeskanzlerin Angela Merkel (CDU) empfing am Montag den Gast aus Indien.",
              "Die SPD kritisierte den Empfang am Dienstag scharf."]
    english = ["Chancellor Angela Merkel, a Christian Democrat, received the guest from "
               "India on Monday.",
               "The Social Democratic Party sharply criticised the reception on Tuesday."]
    edited = ["The Chancellor, a Christian Democrat, received the guest from India on "
              "Monday.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Angela Merkel", encoder)


def test_a_person_is_rendered_by_the_surname_not_a_look_alike_of_the_given_name(
        encoder: Encoder) -> None:
    # "Brain" is as close to "Bernd" as a declined or transliterated name would be
    spanish = ["Según Bernd Weber, director del Instituto Life and Brain en Bonn, el "
               "resultado es claro.",
               "El estudio se publicará en primavera."]
    english = ["According to Bernd Weber, director of the Life and Brain Institute in Bonn, "
               "the result is clear.",
               "The study will be published in the spring."]
    edited = ["According to the director of the Life and Brain Institute in Bonn, the result "
              "is clear.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "Bernd Weber", encoder)


def test_a_place_after_an_elided_article_is_found_by_its_key() -> None:
    england = Name("England", "england", 0)
    assert key_in_text(england, "Le Président Directeur Général de l'Angleterre a parlé.")
    assert not key_in_text(england, "Le directeur général a parlé.")


def test_a_sum_in_words_with_a_scale_is_compared_with_its_figure(encoder: Encoder) -> None:
    # "dix milliards" is 10 billion: a copy giving 20 billion changed it; small numbers in
    # words ("deux fois" / "twice") still come and go
    french = ["La Banque d'Angleterre a annoncé jeudi une offre de dix milliards de livres "
              "sur cinq semaines.",
              "La banque a déjà prêté deux fois cette année."]
    english = ["The Bank of England announced on Thursday it would lend 10 billion pounds "
               "for five weeks.",
               "The bank has already lent twice this year."]
    c = compare(_article(english, "en"), _article(french, "fr"), encoder=encoder)
    assert not [d for d in c.divergences if d.type == "number_changed"]
    edited = [english[0].replace("10 billion", "20 billion"), english[1]]
    c = compare(_article(edited, "en"), _article(french, "fr"), encoder=encoder)
    assert [(d.values["b"], d.values["a"]) for d in c.divergences
            if d.type == "number_changed"] == [(1e10, 2e10)]


def test_a_body_named_with_its_city_is_not_kept_by_the_city_alone(encoder: Encoder) -> None:
    # the recogniser reads "Lycée Victor Hugo de Grenoble" as one name; "Grenoble" alone
    # in the copy does not name the school
    french = ["Cette enseignante de 41 ans travaillait au Lycée Victor Hugo de Grenoble "
              "depuis dix ans.",
              "Elle a été arrêtée dimanche chez elle."]
    english = ["This 41-year-old teacher had worked at the Lycée Victor Hugo in Grenoble "
               "for ten years.",
               "She was arrested at her home on Sunday."]
    edited = ["This 41-year-old teacher had worked at a school in Grenoble for ten years.",
              english[1]]
    b = _article(french, "fr")
    assert not _names(compare(_article(english, "en"), b, encoder=encoder))
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert [v for t, v, _b in _names(c) if t == "name_dropped"] == ["Lycée Victor Hugo"], [
        d.evidence for d in c.divergences]


def test_a_german_name_the_tables_know_is_compared(encoder: Encoder) -> None:
    # "Olympische Spiele" is two German nouns, but the tables know them as one name
    german = ["Hamburg will sich in den nächsten Jahren nicht mehr für Olympische Spiele "
              "bewerben.",
              "Der Bürgermeister blieb am Mittwoch bei seiner Aussage."]
    english = ["Hamburg does not intend to apply for the Olympic Games in the coming years.",
               "The mayor stood by his statement on Wednesday."]
    edited = ["Hamburg does not intend to apply in the coming years.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Olympische Spiele", encoder)


def test_a_russian_original_in_an_english_copy(encoder: Encoder) -> None:
    """Across scripts only names rendered by their sounds can be seen missing: acronyms
    ("МЧС" / "EMERCOM"), holidays and parties ("Дня ВМФ" / "Navy Day", "Центристская" /
    "Centre Party") are translated by their meaning; a declined city is still the city."""
    russian = ["Спасатели МЧС потушили пожар на складе в Новосибирске.",
               "В честь Дня ВМФ в городе прошёл парад кораблей.",
               "Центристская партия выразила соболезнования семьям погибших."]
    english = ["EMERCOM rescuers put out a fire at a warehouse in Novosibirsk.",
               "A parade of ships was held in the city in honour of Navy Day.",
               "The Centre Party expressed its condolences to the families of the dead."]
    edited = ["EMERCOM rescuers put out a fire at a warehouse.", *english[1:]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Новосибирске", encoder)


def test_a_look_alike_of_the_given_name_next_door_is_no_moved_name(
        encoder: Encoder) -> None:
    """A full name dropped from its sentence is not taken for moved into the next one because
    a word there looks like the given name ("Berlin" / "Bernd")."""
    german = ["Der Vorsitzende der Partei, Bernd Ostermann, sieht seinen größten Fehler in "
              "einer Bemerkung auf der Konferenz in Kassel.",
              "Das sagte er am Sonntag in einem Fernsehstudio in Berlin."]
    french = ["Le président du parti, Bernd Ostermann, voit sa plus grande erreur dans une "
              "remarque faite à la conférence de Kassel.",
              "Il l'a dit dimanche dans un studio de télévision à Berlin."]
    edited = ["Le président du parti voit sa plus grande erreur dans une remarque faite à la "
              "conférence de Kassel.", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Bernd Ostermann", encoder)


def test_a_german_copy_of_a_french_original(encoder: Encoder) -> None:
    """"le CHU" is a common noun's acronym (a university hospital, "Universitätsklinikum"),
    "Großbritannien" is the United Kingdom; the hospital's city left out is seen."""
    french = ["Le CHU de Rouen a versé la prime à sept mille soignants, a indiqué l'hôpital.",
              "Le Royaume-Uni reste à la traîne avec un score de 76 sur 100.",
              "Le CHU a suspendu les demandes de remboursement pour juillet."]
    german = ["Das Universitätsklinikum Rouen hat die Prämie an siebentausend Pflegekräfte "
              "gezahlt, teilte das Krankenhaus mit.",
              "Großbritannien hinkt mit einem Wert von 76 von 100 hinterher.",
              "Das Universitätsklinikum hat die Rückforderungen für Juli ausgesetzt."]
    edited = ["Das Universitätsklinikum hat die Prämie an siebentausend Pflegekräfte gezahlt, "
              "teilte das Krankenhaus mit.", *german[1:]]
    _faithful_then_dropped(french, "fr", german, "de", edited, "CHU de Rouen", encoder)


def test_a_straight_quote_standing_for_an_apostrophe_opens_no_quotation(
        encoder: Encoder) -> None:
    """Text converted badly writes "l"économie", "d"être": those marks are apostrophes, so
    the quotations around them pair as they should."""
    french = ["Le rapport intitulé \" Choisir une finance verte au service de l'Accord de "
              "Paris \" a été remis au ministre de l\"économie Bruno Le Maire.",
              "\"Si ces zones humides continuent d\"être comblées, près de la moitié de la "
              "ville sera exposée à un risque accru d'inondations\", selon l'étude."]
    german = ["Der Bericht mit dem Titel „Eine grüne Finanzwirtschaft im Dienst des Pariser "
              "Abkommens wählen“ wurde Wirtschaftsminister Bruno Le Maire übergeben.",
              "„Wenn diese Feuchtgebiete weiter zugeschüttet werden, wird fast die Hälfte der "
              "Stadt einem erhöhten Überschwemmungsrisiko ausgesetzt sein“, so die Studie."]
    b = _article(french, "fr")
    c = compare(_article(german, "de"), b, encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("quote_")], [
        d.evidence for d in c.divergences]
    cut = [german[0], "„Wenn diese Feuchtgebiete weiter zugeschüttet werden“, so die Studie."]
    c = compare(_article(cut, "de"), b, encoder=encoder)
    assert [(d.type, d.b) for d in c.divergences if d.type.startswith("quote_")] == [
        ("quote_altered", [1])], [d.evidence for d in c.divergences]


def test_a_german_quotation_cut_after_a_preposition(encoder: Encoder) -> None:
    """A German quotation never ends on "von": one that does was cut short."""
    french = ["Elle précise que « les sites des enseignes traditionnelles ont joué un rôle "
              "moteur dans cette croissance, avec une hausse des ventes en ligne de 100 % ».",
              "Les enseignes ont aussi ouvert de nouveaux entrepôts cette année."]
    german = ["Sie weist darauf hin, dass „die Websites der traditionellen Marken bei diesem "
              "Wachstum eine führende Rolle gespielt haben, mit einem Anstieg der "
              "Onlineverkäufe von 100 %“.",
              "Die Marken haben in diesem Jahr auch neue Lager eröffnet."]
    b = _article(french, "fr")
    c = compare(_article(german, "de"), b, encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("quote_")]
    cut = [german[0].replace(" 100 %", ""), german[1]]
    c = compare(_article(cut, "de"), b, encoder=encoder)
    assert ("quote_altered", [0]) in [(d.type, d.b) for d in c.divergences], [
        d.evidence for d in c.divergences]


def test_quotations_cut_after_a_conjunction_or_an_auxiliary(encoder: Encoder) -> None:
    """No quotation ends on "when" or on the Czech "když" (when), "která" (which): one that
    does was cut short, even when what is left is about as long as a translation would be."""
    english = ["\"Everything changed for the family on the night the river came into the "
               "house,\" she said.",
               "The water reached the first floor within an hour."]
    czech = ["\"Pro rodinu se všechno změnilo té noci, kdy řeka vnikla do domu,\" řekla.",
             "Voda během hodiny dosáhla prvního patra."]
    b = _article(english, "en")
    assert not _quote_types(compare(_article(czech, "cs"), b, encoder=encoder))
    for cut in ("\"Pro rodinu se všechno změnilo té noci, když\" řekla.",
                "\"Pro rodinu se všechno změnilo té noci, kdy přišla voda, která\" řekla."):
        c = compare(_article([cut, czech[1]], "cs"), b, encoder=encoder)
        assert ("quote_altered", [0]) in _quote_types(c), [d.evidence for d in c.divergences]
    french = ["« Tout a changé pour la famille la nuit où la rivière est entrée dans la "
              "maison », a-t-elle dit.",
              "L'eau a atteint le premier étage en une heure."]
    cut = ["\"Everything changed for the family on the night when,\" she said.", english[1]]
    c = compare(_article(cut, "en"), _article(french, "fr"), encoder=encoder)
    assert ("quote_altered", [0]) in _quote_types(c), [d.evidence for d in c.divergences]
    # marks nested in the original break its quotation where the copy's ends on "will"
    russian = ["\"Какое-то время пройдет, полигон \"подосядет\", и мы будем думать, что с ним "
               "делать\", сказал он.", "Работы начнутся весной."]
    english = ["\"Some time will pass, the site will\" settle down, \"and we will think about "
               "what to do with it,\" he said.", "Work will begin in the spring."]
    c = compare(_article(english, "en"), _article(russian, "ru"), encoder=encoder)
    assert not _quote_types(c), [d.evidence for d in c.divergences]


def test_a_german_country_or_continent_needs_no_other_evidence(encoder: Encoder) -> None:
    """German capitalises every noun, so its names are compared when something shows them to
    be names; a country or continent of the tables is one by itself ("Asiens", genitive)."""
    german = ["Indien, die drittgrößte Volkswirtschaft Asiens, ist gut für eine starke "
              "Erholung aufgestellt.",
              "Die Regierung rechnet im nächsten Jahr mit einem Wachstum von acht Prozent."]
    french = ["L'Inde, troisième économie d'Asie, est bien placée pour une forte reprise.",
              "Le gouvernement prévoit une croissance de huit pour cent l'an prochain."]
    edited = ["L'Inde, troisième économie, est bien placée pour une forte reprise.", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Asiens", encoder)


def test_a_german_country_rendered_by_its_adjective_is_kept(encoder: Encoder) -> None:
    """"wie in Frankreich" / "their French counterparts": the country is there; "Welt" is
    a common noun, no territory; "Fass" (a barrel) is Turkish for Morocco, not German."""
    german = ["Schäuble sagte, in deutschen Vorstädten gebe es keine Probleme wie in "
              "Frankreich.",
              "Im Rest der Welt ticken die Uhren anders.",
              "Im Fass wird das Rohöl mehrere Stunden lang erhitzt."]
    english = ["Schäuble said German suburbs did not have the same problems as their French "
               "counterparts.",
               "Clocks tick differently in the rest of the globe.",
               "The crude oil is heated in the barrel for several hours."]
    c = compare(_article(english, "en"), _article(german, "de"), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]


def test_a_russian_person_after_a_country_in_the_genitive(encoder: Encoder) -> None:
    """"президент России Владимир Путин": Russia qualifies the title, the person follows; a
    copy that leaves the person out drops him, in any case ("Николая Кузнецова")."""
    russian = ["На церемонии присутствовал президент России Владимир Путин.",
               "Музей открыл выставку об адмирале флота Николая Кузнецова в Калининграде.",
               "Гости осмотрели корабли в порту."]
    english = ["Russian President Vladimir Putin attended the ceremony.",
               "The museum opened an exhibition about fleet admiral Nikolai Kuznetsov in "
               "Kaliningrad.",
               "The guests inspected the ships in the port."]
    edited = ["The Russian President attended the ceremony.", *english[1:]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Владимир Путин", encoder)
    edited = [english[0], "The museum opened an exhibition about a fleet admiral in "
              "Kaliningrad.", english[2]]
    c = compare(_article(edited, "en"), _article(russian, "ru"), encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "Николая Кузнецова")]


def test_a_short_name_is_not_rendered_by_a_longer_look_alike(encoder: Encoder) -> None:
    """A four-letter name is rendered within a letter ("Lyon" / "Lyons"): "Booten" (boats)
    does not render "Béni"."""
    french = ["Le port de Béni Saf compte une centaine de bateaux, dont quarante chalutiers.",
              "La pêche reste la première activité de Béni Saf."]
    german = ["Der Hafen von Beni Saf zählt rund hundert Booten, darunter vierzig Trawler.",
              "Der Fischfang bleibt die wichtigste Tätigkeit von Beni Saf."]
    edited = ["Der Hafen zählt rund hundert Booten, darunter vierzig Trawler.", german[1]]
    _faithful_then_dropped(french, "fr", german, "de", edited, "Béni Saf", encoder)


def test_a_short_sentence_that_lost_its_only_name_is_edited_not_replaced(
        encoder: Encoder) -> None:
    """Without its name a short sentence means too little to be linked on its own; left out
    of both sides, it is still the same sentence edited: one name dropped, no sentence
    omitted or added. A sentence of another story in its place stays unlinked."""
    german = ["Das Spiel gegen die Schweiz endete nach langem Warten mit einem klaren Sieg.",
              "Am Ende lachte Jürgen Klinsmann.",
              "Die Mannschaft fliegt am Donnerstag zurück nach Frankfurt."]
    french = ["Le match contre la Suisse s'est terminé, après une longue attente, par une "
              "nette victoire.",
              "À la fin, Jürgen Klinsmann a ri.",
              "L'équipe rentre jeudi à Francfort."]
    edited = [french[0], "À la fin, il a ri.", french[2]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Jürgen Klinsmann", encoder)
    c = compare(_article(edited, "fr"), _article(german, "de"), encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("sentence_")]
    other = [french[0], "Le conseil municipal a voté le budget de la piscine mardi soir.",
             french[2]]
    c = compare(_article(other, "fr"), _article(german, "de"), encoder=encoder)
    assert sorted(d.type for d in c.divergences if d.type.startswith("sentence_")) == [
        "sentence_added", "sentence_omitted"]


def test_a_german_state_is_known_by_its_exonyms(encoder: Encoder) -> None:
    """"Sachsen-Anhalts" (genitive) is Saxony-Anhalt: a name without other evidence, the same
    place as the copy's exonym, and seen missing when the copy leaves it out."""
    german = ["Die Exporte Sachsen-Anhalts in die Niederlande stiegen 2019 auf 1,2 Milliarden "
              "Euro.",
              "Die meisten Waren gingen nach Rotterdam."]
    english = ["Saxony-Anhalt's exports to the Netherlands rose to 1.2 billion euros in 2019.",
               "Most of the goods went to Rotterdam."]
    edited = ["Exports to the Netherlands rose to 1.2 billion euros in 2019.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Sachsen-Anhalts", encoder)
    french = ["Les exportations de la Basse-Saxe vers les Pays-Bas ont atteint 1,2 milliard "
              "d'euros en 2019.",
              "La plupart des marchandises sont allées à Rotterdam."]
    german = ["Die Exporte Niedersachsens in die Niederlande erreichten 2019 1,2 Milliarden "
              "Euro.",
              "Die meisten Waren gingen nach Rotterdam."]
    assert not _names(compare(_article(german, "de"), _article(french, "fr"), encoder=encoder))


def test_a_cut_quotation_beside_one_the_original_marks_otherwise(encoder: Encoder) -> None:
    """The copy puts a phrase in double quotes that the original marks with straight single
    ones (not parsed: they are apostrophes too); its long quotation, cut short, is still
    compared with the original's, which means the same."""
    spanish = ['"Los conductores jóvenes no saben aprovechar la experiencia adquirida durante '
               'las clases cuando llega un accidente en la carretera", explica el director, que '
               "añade que el peligro llega una vez pasado el 'miedo del novato'.",
               "La empresa publicará su estudio completo el mes que viene."]
    english = ['"Young drivers do not know how to use the experience gained during lessons '
               'when an accident happens on the road," explains the director, who adds that '
               'the danger comes once the "fear of the novice" has passed.',
               "The company will publish its full study next month."]
    edited = ['"Young drivers do not know how to use the experience," explains the director, '
              'who adds that the danger comes once the "fear of the novice" has passed.',
              english[1]]
    b = _article(spanish, "es")
    c = compare(_article(english, "en"), b, encoder=encoder)
    assert not [d for d in c.divergences if d.type.startswith("quote")]
    c = compare(_article(edited, "en"), b, encoder=encoder)
    assert [d.values["a"] for d in c.divergences if d.type == "quote_altered"] == [
        "Young drivers do not know how to use the experience,"], [
        d.evidence for d in c.divergences]


def test_a_short_name_declined_in_the_copy_is_still_rendered() -> None:
    """A short name is rendered within a letter, or declined: "Bushem" renders "Bush",
    "Putinem" "Putin"; "Booten" renders no "Béni"."""
    from sourcier.annotate.names import name_key
    from sourcier.compare.facts import Name, name_rendered

    def rendered(name: str, text: str) -> bool:
        return name_rendered(Name(name, name_key(name), 0), text)

    assert rendered("Bush", "Setkal se s prezidentem Bushem.")
    assert rendered("Putin", "Jednal s Putinem.")
    assert rendered("Lyon", "The Lyons court said so.")
    assert not rendered("Béni", "Der Hafen zählt hundert Booten.")


def test_a_citys_people_are_rendered_by_their_name_in_the_copy() -> None:
    """"New Yorkers" are "Newyorčané" in Czech and "New-Yorkais" in French (a word before
    them, "Ordinary", is no part of the place); another city's people are not."""
    from sourcier.annotate.names import name_key
    from sourcier.compare.facts import Name, name_rendered

    def rendered(name: str, text: str) -> bool:
        return name_rendered(Name(name, name_key(name), 0), text)

    assert rendered("New Yorkers", "Když se Newyorčané vraceli domů na víkend.")
    assert rendered("Ordinary New Yorkers", "Obyčejní Newyorčané se naučili finančsky.")
    assert rendered("Londoners", "Les Londoniens sont rentrés chez eux.")
    assert not rendered("New Yorkers", "Les Berlinois sont rentrés chez eux.")


def test_czech_renders_short_cities_seas_and_peoples_in_their_case_forms(
        encoder: Encoder) -> None:
    """A three-letter city declined ("Rom" / "v Římě"; Rimini shares its first letters and
    is no reason to doubt it), a sea of two words declined ("mer Noire" / "Černého moře"),
    a city by the Czech adjective on its exonym ("Köln" / "kolínský") and a land's people
    ("die Bayern" / "Bavoři") are all rendered; each left out is still a dropped name."""
    german = ["Die Preise fielen am stärksten in Paris und Rom, sagte die Studie.",
              "Das Institut aus Köln legte die Zahlen am Montag vor.",
              "Die Bayern wählen im Herbst einen neuen Landtag."]
    czech = ["Ceny nejvíce klesly v Paříži a v Římě, uvedla studie.",
             "Kolínský institut zveřejnil čísla v pondělí.",
             "Bavoři budou na podzim volit nový zemský sněm."]
    edited = ["Ceny nejvíce klesly v Paříži, uvedla studie.", czech[1],
              "Budou na podzim volit nový zemský sněm."]
    _rendered_then_dropped(encoder, czech, "cs", german, "de", edited, ["Rom", "Bayern"])
    french = ["Le navire a coulé au large de la mer Noire, près du port.",
              "Les secours sont arrivés deux heures plus tard."]
    czech_fr = ["Loď se potopila u pobřeží Černého moře, nedaleko přístavu.",
                "Záchranáři dorazili o dvě hodiny později."]
    edited_fr = ["Loď se potopila u pobřeží, nedaleko přístavu.", czech_fr[1]]
    _rendered_then_dropped(encoder, czech_fr, "cs", french, "fr", edited_fr, ["mer Noire"])


def test_a_title_opening_with_a_capitalised_article_is_a_name_to_keep(
        encoder: Encoder) -> None:
    """"Le Devoir" inside a sentence is a newspaper's title (the recogniser gives "Devoir",
    a common French word): a translation keeps it, and a copy that leaves it out drops it."""
    french = ["Dans son édition de mardi, Le Devoir a publié une lettre du ministre des "
              "Finances.",
              "Le ministre y défend le budget présenté la semaine dernière."]
    english = ["In its Tuesday edition, Le Devoir published a letter from the finance "
               "minister.",
               "In it the minister defends the budget presented last week."]
    edited = ["In its Tuesday edition, the paper published a letter from the finance "
              "minister.", english[1]]
    _rendered_then_dropped(encoder, english, "en", french, "fr", edited, ["Le Devoir"])


def test_a_person_and_the_company_by_its_acronym_are_two_names(encoder: Encoder) -> None:
    """The recogniser reads "Charlie Jones de C3" as one person: the company kept by the copy
    does not keep the person."""
    french = ["Charlie Jones de C3 dit que son entreprise prépare un festival pour la région.",
              "Le premier concert aura lieu en juillet."]
    english = ["Charlie Jones of C3 says his company is preparing a festival for the region.",
               "The first concert will take place in July."]
    edited = ["C3 says the company is preparing a festival for the region.", english[1]]
    _rendered_then_dropped(encoder, english, "en", french, "fr", edited, ["Charlie Jones"])


def test_an_acronym_of_the_tables_across_scripts_is_compared(encoder: Encoder) -> None:
    """"ТАСС" and "ВОЗ" are acronyms the tables know in Latin script too ("TASS", "WHO" or
    the organisation's full name): a copy that gives them keeps them, one that leaves TASS
    out has dropped it."""
    russian = ["Об этом сообщает ТАСС со ссылкой на источник в правительстве.",
               "Данные о новых случаях заражения приводит ВОЗ.",
               "Рейс из Еревана прибыл в Москву вечером."]
    english = ["TASS reports this, citing a source in the government.",
               "The figures on new infections come from the World Health Organization.",
               "The flight from Yerevan arrived in Moscow in the evening."]
    edited = ["This is reported citing a source in the government.", *english[1:]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "ТАСС", encoder)


def test_a_german_name_opening_with_a_capitalised_adjective_is_compared(
        encoder: Encoder) -> None:
    """German writes adjectives in lower case: "Deutscher Bahn" and "Russische Föderation"
    are names. Rendered ("Deutsche Bahn", "the Russian Federation") they are kept; the company
    left out is dropped."""
    german = ["Laut Deutscher Bahn kommt es in Sachsen zu erheblichen Störungen.",
              "Vertreter der Russischen Föderation nahmen an dem Treffen teil.",
              "Die Reparaturen sollen bis Freitag dauern."]
    english = ["According to Deutsche Bahn, there are significant disruptions in Saxony.",
               "Representatives of the Russian Federation took part in the meeting.",
               "The repairs are expected to last until Friday."]
    edited = ["There are significant disruptions in Saxony.", *english[1:]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Deutscher Bahn", encoder)


def test_a_german_name_whose_adjective_the_copy_translates_is_rendered(
        encoder: Encoder) -> None:
    """A body named by a country's or land's adjective ("Schweizerische", "Europäische",
    "Bayerische") is rendered by a copy that translates the adjective ("suisse", "l'UE",
    "bavaroise") and the rest in its own words; left out, the body is dropped."""
    german = ["Der Schweizerische Gewerkschaftsbund lehnt die Reform entschieden ab.",
              "Der Europäische Gerichtshof hat am Dienstag sein Urteil verkündet.",
              "Das Bayerische Rote Kreuz schickte zwanzig Helfer in die Stadt.",
              "Die Abstimmung findet im Juni statt."]
    french = ["La fédération suisse des syndicats rejette fermement la réforme.",
              "La Cour de justice de l'UE a rendu son arrêt mardi.",
              "La Croix-Rouge bavaroise a envoyé vingt secouristes dans la ville.",
              "Le vote aura lieu en juin."]
    edited = ["Les syndicats rejettent fermement la réforme.", *french[1:]]
    _faithful_then_dropped(german, "de", french, "fr", edited,
                           "Schweizerische Gewerkschaftsbund", encoder)


def test_a_russian_name_alone_in_quotation_marks_is_compared(encoder: Encoder) -> None:
    """Russian puts the names of ships, places and companies in quotation marks: a rare word
    alone in them ("Советск") is a name the copy keeps by its sounds, and leaving it out is a
    drop; a common word in marks (the label "Пуск", start) is no name."""
    russian = ["На верфи показали ход строительства малого ракетного корабля \"Советск\".",
               "Президент нажал на кнопку \"Пуск\" в полдень.",
               "Корабль передадут флоту в декабре."]
    english = ["The shipyard showed the construction of the small missile ship Sovetsk.",
               "The president pressed the \"start\" button at noon.",
               "The ship will be handed over to the navy in December."]
    edited = ["The shipyard showed the construction of the small missile ship.", *english[1:]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Советск", encoder)


def test_a_name_of_another_meaning_stands_in_for_no_name_across_scripts(
        encoder: Encoder) -> None:
    """A copy in another script that left a person out still names a war: "World War II"
    means nothing like "Пачелли", so it cannot be his rendering, and he is dropped."""
    russian = ["Одним из тех, кто готовил договор, был кардинал Пачелли, который через шесть "
               "лет, перед Второй мировой войной, стал папой Пием XII.",
               "Договор подписали в Риме летом."]
    english = ["One of those who prepared the treaty was Cardinal Pacelli, who six years later, "
               "before World War II, became Pope Pius XII.",
               "The treaty was signed in Rome in the summer."]
    edited = ["One of those who prepared the treaty became Pope Pius XII six years later, "
              "before World War II.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Пачелли", encoder)


def test_a_soft_sign_does_not_cut_a_russian_name_in_two(encoder: Encoder) -> None:
    """"Пьера" is Pierre and "Васильева" Vasilyeva (the soft sign, no apostrophe splitting the
    word): a faithful copy differs in no name, and one that leaves the sculptor out drops her."""
    assert F.fold_tokens("Пьера Васильева") == ("piera", "vasilieva")
    russian = ["Статую Пьера де Кубертена для музея в Лозанне создала скульптор Дарья "
               "Васильева.",
               "Открытие музея намечено на осень."]
    english = ["The statue of Pierre de Coubertin for the museum in Lausanne was made by the "
               "sculptor Darya Vasilyeva.",
               "The museum is due to open in the autumn."]
    edited = ["The statue of Pierre de Coubertin for the museum in Lausanne was made by a "
              "sculptor.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Дарья Васильева", encoder)


def test_a_person_in_another_script_is_matched_by_the_sounds_of_the_surname(
        encoder: Encoder) -> None:
    """"Michael Jordan" renders "Майкла Джордана" (letter for letter "Maykla Dzhordana"): the
    copy that leaves the speaker out drops him, and names no person changed."""
    russian = ["Бывший защитник Олег Сомов рассказал о матчах против Майкла Джордана.",
               "Он играл за клуб из Казани десять лет."]
    english = ["Former defender Oleg Somov talked about his games against Michael Jordan.",
               "He played for the Kazan club for ten years."]
    edited = ["A former defender talked about his games against Michael Jordan.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Олег Сомов", encoder)


def test_a_copy_name_rendering_other_words_stands_in_for_no_name(encoder: Encoder) -> None:
    """Across scripts, "Moscow" renders the word "Подмосковным" (of the Moscow region) opening
    the original sentence, not the village "Черусти" the copy left out: that one is dropped."""
    russian = ["Подмосковным полюсом холода в эту ночь стала деревня Черусти, где было четыре "
               "градуса тепла.",
               "Днём воздух прогреется до двадцати градусов."]
    english = ["The village of Cherusti became the cold pole of the Moscow region that night, "
               "with four degrees above zero.",
               "In the daytime the air will warm up to twenty degrees."]
    edited = ["A village became the cold pole of the Moscow region that night, with four "
              "degrees above zero.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Черусти", encoder)


def test_a_name_the_copy_writes_as_another_of_the_original_renders_no_other(
        encoder: Encoder) -> None:
    """"Sonora" is, sound for sound, the original's "Сонора", and no rendering of "Синалоа"
    (close in spelling) that the copy left out."""
    russian = ["Власти объявили тревогу в штатах Синалоа и Сонора.",
               "Жителей прибрежных районов попросили не выходить из домов."]
    english = ["The authorities declared an alert in the states of Sinaloa and Sonora.",
               "Residents of coastal areas were asked to stay indoors."]
    edited = ["The authorities declared an alert in the state of Sonora.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Синалоа", encoder)


def test_a_name_rendered_by_its_meaning_across_scripts_is_no_drop(encoder: Encoder) -> None:
    """A translator gives the submarine "Орел" (also a city of the tables) as "Eagle", and the
    "Финском заливе" as the "Finnish Gulf" (an adjective built on no name of Finland): both
    rendered; the captain left out is dropped."""
    russian = ["В параде участвовали подводная лодка \"Орел\" и корвет \"Стойкий\" под "
               "командованием капитана Олега Ветрова.",
               "Корабли прошли строем в Финском заливе, а затем встали на рейде у Кронштадта."]
    english = ["The parade featured the submarine Eagle and the corvette Stoyky under the "
               "command of Captain Oleg Vetrov.",
               "The ships sailed in formation in the Finnish Gulf and then anchored in the "
               "roadstead off Kronstadt."]
    edited = ["The parade featured the submarine Eagle and the corvette Stoyky.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Олега Ветрова", encoder)


def test_a_copy_name_said_twice_renders_two_names_of_its_key(encoder: Encoder) -> None:
    """"China" twice renders "КНР" and "Китаем": one "China" taken by the acronym of the same
    key leaves the other to render the second name."""
    russian = ["Госсекретарь заявил, что отношения с КНР изменились, и призвал к новому подходу "
               "к связям с Китаем.",
               "Выступление прошло в библиотеке."]
    english = ["The Secretary of State said that relations with China had changed and called "
               "for a new approach to ties with China.",
               "The speech took place in the library."]
    c = compare(_article(english, "en"), _article(russian, "ru"), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]


def test_a_russian_village_before_its_district_is_a_name_apart(encoder: Encoder) -> None:
    """"Ольховка Каменского района" is the village Olkhovka, then the district's adjective:
    the copy keeping "Kamensky" and leaving the village out drops it."""
    russian = ["Новый стадион построят в посёлке Ольховка Каменского района, сообщил глава "
               "района Иван Орлов.",
               "Строительство начнётся весной."]
    english = ["A new stadium will be built in the village of Olkhovka in the Kamensky district, "
               "district head Ivan Orlov said.",
               "Construction will begin in the spring."]
    edited = ["A new stadium will be built in a village in the Kamensky district, district head "
              "Ivan Orlov said.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Ольховка", encoder)


def test_the_cyrillic_ts_sound_is_the_latin_c(encoder: Encoder) -> None:
    """"Центра" is the copy's "Center" ("ц" reads "ts"): no stand-in for the village the
    copy left out, which is dropped."""
    russian = ["Спортивный комплекс построят в селе Ольховка, и тренироваться в нём будут "
               "воспитанники Центра олимпийской подготовки.",
               "Строительство начнётся весной."]
    english = ["The sports complex will be built in the village of Olkhovka, and pupils of the "
               "Center for Olympic Training will train there.",
               "Construction will begin in the spring."]
    edited = ["The sports complex will be built in the village, and pupils of the Center for "
              "Olympic Training will train there.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Ольховка", encoder)


def test_a_russian_name_in_quotation_marks_with_a_figure_is_compared(encoder: Encoder) -> None:
    """A channel in quotation marks, "Вектор-5", is a name whatever the frequency of its word
    ("вектор" is common): the copy leaving it out drops it."""
    russian = ["Интервью с режиссёром Павлом Громовым показал телеканал \"Вектор-5\" в субботу.",
               "Фильм выйдет в прокат осенью."]
    english = ["The interview with director Pavel Gromov was shown by the TV channel Vektor-5 on "
               "Saturday.",
               "The film will be released in the autumn."]
    edited = ["The interview with director Pavel Gromov was shown by the TV channel on Saturday.",
              english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Вектор-5", encoder)


def test_a_russian_street_is_named_by_its_sounds(encoder: Encoder) -> None:
    """The capitalised word after "улице" names a street, which a translation spells by its
    sounds ("Sadovaya Street"), though it is an adjective: a copy leaving it out drops it."""
    russian = ["Новая библиотека откроется на улице Садовой в Самаре, сообщил мэр Олег Фурсов.",
               "Ремонт здания уже закончен."]
    english = ["The new library will open on Sadovaya Street in Samara, Mayor Oleg Fursov said.",
               "Renovation of the building is already complete."]
    edited = ["The new library will open in Samara, Mayor Oleg Fursov said.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Садовой", encoder)


def test_german_renderings_of_bodies_and_countries(encoder: Encoder) -> None:
    """German names the IMF "IWF", a country by its "-anisch" adjective ("brasilianischen" /
    "Brésil") and a UN body by a compound ("UN-Agentur" / "Nations unies"): all rendered;
    the IMF left out is dropped."""
    french = ["Il y a un an, le FMI avait découvert que Brazzaville avait caché une partie de "
              "sa dette.",
              "Les tensions s'intensifient entre le président du Brésil et la Cour suprême.",
              "C'est plus du triple des pertes, a estimé cette organisation des Nations unies "
              "basée à Madrid."]
    german = ["Vor einem Jahr entdeckte der IWF, dass Brazzaville einen Teil seiner Schulden "
              "versteckt hatte.",
              "Die Spannungen zwischen dem brasilianischen Präsidenten und dem Obersten "
              "Gerichtshof eskalieren.",
              "Das ist mehr als das Dreifache der Verluste, schätzte diese in Madrid ansässige "
              "UN-Agentur."]
    edited = ["Vor einem Jahr wurde entdeckt, dass Brazzaville einen Teil seiner Schulden "
              "versteckt hatte.", *german[1:]]
    _faithful_then_dropped(french, "fr", german, "de", edited, "FMI", encoder)


def test_a_recognised_name_does_not_end_on_a_link_word() -> None:
    """A span that stops before the place it is of ("l'Hôtel des ventes de" | "Clermont-
    Ferrand") is the name without its dangling "de"."""
    from sourcier.compare.facts import article_facts

    article = with_entities(_article(
        ["Vendredi après-midi, à l'Hôtel des ventes de Clermont-Ferrand (centre de la France), "
         "le guide a été adjugé pour 26.500 euros hors frais à un chef étoilé français."], "fr"))
    names = [n.text for n in article_facts(article)[0].names]
    assert "Clermont-Ferrand" in names
    assert not [n for n in names if n.split()[-1] in ("de", "des", "du")], names


def test_a_title_in_quotation_marks_is_translated(encoder: Encoder) -> None:
    """Titles of works in quotation marks are translated ("The Deer Hunter" / "Lovec
    jelenů"): a name filling a short quotation of the original, where the copy sentence
    quotes too, is no name to keep; a name outside the marks is still compared."""
    german = ["Manche Filme reifen erst spät: die heute als Klassiker geltenden Vietnam-Werke "
              "\"The Deer Hunter\" und \"Apocalypse Now\" wurden anfangs verrissen.",
              "Den Film drehte Francis Ford Coppola im Jahr 1979."]
    czech = ["Mnohé filmy dozrají až později: dnes klasická vietnamská díla \"Lovec jelenů\" "
             "a \"Apokalypsa\" byla zpočátku strhána.",
             "Film natočil Francis Ford Coppola v roce 1979."]
    edited = [czech[0], "Film natočil v roce 1979."]
    _faithful_then_dropped(german, "de", czech, "cs", edited, "Francis Ford Coppola", encoder)


def test_a_body_rendered_by_meaning_with_capitals(encoder: Encoder) -> None:
    """A body's name of three capitalised words is translated word by word, but with a
    capital ("Competition Appeal Tribunal" / "Tribunal d'appel de la concurrence"): rendered
    there, dropped where the copy sentence has no capitalised word left to render it."""
    english = ["The Competition Appeal Tribunal ordered the broadcaster to cut its stake in "
               "the rival channel from 17.9% to below 7.5%.",
               "The company said it would study the ruling before deciding on an appeal."]
    french = ["Le Tribunal d'appel de la concurrence a ordonné au diffuseur de réduire sa "
              "participation dans la chaîne rivale de 17,9% à moins de 7,5%.",
              "L'entreprise a dit qu'elle étudierait la décision avant de décider d'un appel."]
    edited = ["Le diffuseur a reçu l'ordre de réduire sa participation dans la chaîne rivale "
              "de 17,9% à moins de 7,5%.", french[1]]
    _faithful_then_dropped(english, "en", french, "fr", edited, "Competition Appeal Tribunal",
                           encoder)


def test_a_german_sentence_opening_a_quotation_is_no_headline(encoder: Encoder) -> None:
    """A German sentence that ends on a colon before a quotation has most of its words
    capitalised (every noun is) but is no headline in title case: the spokeswoman it names
    is compared, and dropped when the copy leaves her out."""
    german = ["Die Sprecherin des russischen Außenministeriums Marija Sacharowa erklärte am "
              "Montag vor Journalisten in Moskau:",
              "Russland werde auf die neuen Sanktionen angemessen reagieren."]
    french = ["La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a "
              "déclaré lundi devant des journalistes à Moscou :",
              "La Russie répondra de manière appropriée aux nouvelles sanctions."]
    edited = ["La porte-parole du ministère russe des Affaires étrangères a déclaré lundi "
              "devant des journalistes à Moscou :", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Marija Sacharowa", encoder)


def test_a_person_left_with_her_given_name_only_is_dropped(encoder: Encoder) -> None:
    """A copy that keeps a pupil's given name but drops her rare surname ("Laura" of "Laura
    Sophie Gehrlein") no longer names her; a famous surname that is also a common word
    does not count as one ("Angela Wolke", a nickname, is no person to keep by "Wolke")."""
    german = ["Am besten schnitt Laura Sophie Gehrlein mit einem Notendurchschnitt von 1,3 ab.",
              "Die Schule feierte ihre Absolventen am Freitagabend in der Turnhalle."]
    french = ["C'est Laura Sophie Gehrlein qui a obtenu le meilleur résultat, avec une moyenne "
              "de 1,3.",
              "L'école a fêté ses diplômés vendredi soir dans le gymnase."]
    edited = ["C'est Laura qui a obtenu le meilleur résultat, avec une moyenne de 1,3.",
              french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Laura Sophie Gehrlein",
                           encoder)


def test_a_german_place_named_after_its_kind_is_compared(encoder: Encoder) -> None:
    """German names a place right after a noun for its kind ("auf der Nordseeinsel Juist"):
    the word is the place's name, kept by the copy or dropped from it."""
    german = ["Seine Mutter wurde im Sommer 2019 auf der Nordseeinsel Juist festgenommen.",
              "Sie wurde später nach Mexiko ausgeliefert."]
    french = ["Sa mère a été arrêtée à l'été 2019 sur l'île de Juist, en mer du Nord.",
              "Elle a ensuite été extradée vers le Mexique."]
    edited = ["Sa mère a été arrêtée à l'été 2019 sur une île de la mer du Nord.", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Juist", encoder)


def test_a_body_named_after_a_person_is_not_kept_by_its_town(encoder: Encoder) -> None:
    """A museum named after a painter, recognised with the small town it is in as one name
    ("Musée Max Ernst de Brühl"), is two: a copy that keeps the town but not the museum's
    name dropped it."""
    french = ["Le moulage original est conservé depuis 1976 au Musée Max Ernst de Brühl, entre "
              "Cologne et Bonn.",
              "Il n'a jamais quitté la collection."]
    german = ["Der Originalguss wird seit 1976 im Max-Ernst-Museum in Brühl zwischen Köln und "
              "Bonn aufbewahrt.",
              "Er hat die Sammlung nie verlassen."]
    edited = ["Der Originalguss wird seit 1976 in Brühl zwischen Köln und Bonn aufbewahrt.",
              german[1]]
    _faithful_then_dropped(french, "fr", german, "de", edited, "Musée Max Ernst", encoder)


def test_a_russian_person_after_an_acronym_is_a_name_of_her_own(encoder: Encoder) -> None:
    """Russian runs a country's acronym into the minister after it ("министр финансов США
    Стивен Мнучин"): two names, so that a copy keeping "US" but not the minister dropped
    him; "МЧС России", an acronym and one word, stays one name."""
    from sourcier.compare.facts import fallback_names

    russian = ["Республиканцы предложат потратить еще $1 трлн на поддержку экономики, "
               "подтвердил в воскресенье министр финансов США Стивен Мнучин.",
               "Сенат проголосует за пакет на следующей неделе."]
    english = ["Republicans will propose spending another $1 trillion to support the economy, "
               "US Treasury Secretary Steven Mnuchin confirmed on Sunday.",
               "The Senate will vote on the package next week."]
    edited = ["Republicans will propose spending another $1 trillion to support the economy, "
              "the US Treasury Secretary confirmed on Sunday.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Стивен Мнучин", encoder)
    names = [n.text for n in fallback_names(
        "Как сообщили в пресс-службе ГУ МЧС России, мусор загорелся.", "ru", set())]
    assert "МЧС России" in names, names


def test_a_russian_person_after_a_country_in_the_genitive_is_cut_apart(
        encoder: Encoder) -> None:
    """"заслуженный тренер России Абдулманап Нурмагомедов": Russia qualifies the title, the
    coach is a name of his own, even with a given name no list knows; a copy that keeps
    Russia but not him dropped him."""
    russian = ["На открытии присутствовал заслуженный тренер России Абдулманап Нурмагомедов.",
               "Спортивный комплекс построили за два года."]
    english = ["The opening was attended by the honoured coach of Russia Abdulmanap "
               "Nurmagomedov.",
               "The sports complex was built in two years."]
    edited = ["The opening was attended by an honoured coach of Russia.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Абдулманап Нурмагомедов",
                           encoder)


def test_a_byline_of_names_is_no_title_case_headline(encoder: Encoder) -> None:
    """A byline line has no final stop and mostly capitalised words, like a headline in
    title case, but its capitals are people's names: the translator it credits is compared,
    and dropped when the copy leaves him out."""
    french = ["Les manifestants ont défilé samedi dans le centre de New York.",
              "Gabriella Borter, version française Jean-Stéphane Brosse"]
    german = ["Die Demonstranten zogen am Samstag durch das Zentrum von New York.",
              "Gabriella Borter, französische Version Jean-Stéphane Brosse"]
    edited = [german[0], "Gabriella Borter, französische Version"]
    _faithful_then_dropped(french, "fr", german, "de", edited, "Jean-Stéphane Brosse", encoder)


def test_a_german_adjective_on_a_small_town_is_compared(encoder: Encoder) -> None:
    """"des Barsinghäuser Kommissariats": an adjective in "-er" on a town too small for the
    tables, between the article and a German noun, names the town; a noun before a company's
    name ("Der Netzwerkausrüster Huawei") does not (the company is a name, the tagger's)."""
    from sourcier.compare.facts import evidenced_names

    german = ["Nach Mitteilung des Barsinghäuser Kommissariats häufen sich solche Verstöße.",
              "Die Polizei kündigte mehr Kontrollen an."]
    french = ["Selon le communiqué du commissariat de Barsinghausen, de telles infractions se "
              "multiplient.",
              "La police a annoncé davantage de contrôles."]
    edited = ["Selon le communiqué du commissariat, de telles infractions se multiplient.",
              french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Barsinghäuser", encoder)
    assert [(n.text, n.label) for n in evidenced_names(
        "Der Netzwerkausrüster Huawei wächst weiter.", "de", set())] == [("Huawei", "MISC")]


def test_a_common_word_opening_a_clause_stands_in_for_no_name(encoder: Encoder) -> None:
    """"Earlier reports: Two buses collide ...": "Two" is capitalised only because it follows
    the colon; it renders no Russian region, and a copy that left Kuzbass out dropped it."""
    russian = ["Водитель автобуса госпитализирован.",
               "Ранее сообщалось: в Кузбассе произошло столкновение двух автобусов, пострадали "
               "три человека."]
    english = ["The driver of the bus was hospitalised.",
               "Earlier reports: Two buses collided in Kuzbass and three people were injured."]
    edited = [english[0], "Earlier reports: Two buses collided and three people were injured."]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Кузбассе", encoder)


# a German article naming a person in full, then by the surname alone; a wolf in between,
# and the Mr Wolf of the article's last sentence, whose name is no noun
_BURDA_DE = ["Der Verleger Hubert Burda hat am Montag seine Nachfolge geregelt.",
             "Die Holding soll auch künftig ganz der Familie gehören, sagte Burda.",
             "Statt gegen den Wolf zu kämpfen, sollten die Bauern ihre Herden schützen.",
             "Das meint der Tierschützer Georg Wolf aus Österreich."]
_BURDA_EN = ["The publisher Hubert Burda settled his succession on Monday.",
             "The holding company should remain wholly owned by the family, Burda said.",
             "Instead of fighting the wolf, farmers should protect their herds.",
             "That is the view of the animal rights activist Georg Wolf from Austria."]


def test_a_german_surname_alone_is_a_name_where_the_article_gives_it_in_full(
        encoder: Encoder) -> None:
    """"sagte Burda" after "Hubert Burda": the surname alone is the person's name, even in a
    copy that leaves out the sentence with the full name (so that nothing else in it shows
    "Burda" to be a name); a copy that leaves it out drops it. "den Wolf" stays a noun (its
    article says so), though a Mr Wolf is named too."""
    edited = ["The holding company should remain wholly owned by the family, he said.",
              *_BURDA_EN[2:]]
    _faithful_then_dropped(_BURDA_DE, "de", _BURDA_EN[1:], "en", edited, "Burda", encoder)


@pytest.mark.parametrize(("index", "old", "dropped"), [
    (1, ", sagte Burda", "Burda"),  # a surname given in full earlier
    (3, " aus Österreich", "Österreich"),  # a country
])
def test_a_german_copy_in_german_that_deletes_one_word_names_drops_it(
        encoder: Encoder, index: int, old: str, dropped: str) -> None:
    """A same-language German copy: German capitalises every noun, so a one-word name is
    known as one by the same evidence as across languages (a surname given in full, a
    country); deleting a noun ("gegen den Wolf") is no name dropped."""
    b = _article(_BURDA_DE, "de")
    assert not _names(compare(_article(_BURDA_DE, "de"), b, encoder=encoder))
    edited = list(_BURDA_DE)
    edited[index] = edited[index].replace(old, "")
    edited[2] = edited[2].replace("gegen den Wolf ", "")
    c = compare(_article(edited, "de"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", dropped, [index])], [
        d.evidence for d in c.divergences]


def test_a_german_city_alone_is_a_name_and_a_town_that_is_a_noun_is_not(
        encoder: Encoder) -> None:
    """"in Kassel": a city of the tables whose name travels (English and French lists know
    it) is a name in a German sentence, across languages and in a German copy; "Mitte
    Oktober" (Mitte, a district of Berlin, is a common German word) and "die Halle" (Halle,
    a city, after its article) are not."""
    german = ["Der Sonderdienst in Kassel beobachtet vor allem die Brücken.",
              "Mitte Oktober wurde die Halle für den Verkehr geschlossen."]
    english = ["The special service in Kassel keeps an eye on the bridges above all.",
               "In mid-October the hall was closed to traffic."]
    edited = ["The special service keeps an eye on the bridges above all.", english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Kassel", encoder)
    b = _article(german, "de")
    copy = [german[0].replace(" in Kassel", ""), "Im Oktober wurde für den Verkehr gesperrt."]
    c = compare(_article(copy, "de"), b, encoder=encoder)
    assert [(t, v) for t, v, _b in _names(c)] == [("name_dropped", "Kassel")], [
        d.evidence for d in c.divergences]



_UNEMPLOYMENT_FR = [
    "Le chômage a encore augmenté en octobre en France.",
    "Eurostat, l'agence de statistiques de l'Union européenne, a annoncé mardi un taux de "
    "9,8% pour la France.",
    "Bruno Le Maire a dévoilé devant l'Assemblée nationale des augmentations d'effectifs.",
    "Le gouvernement n'a pas commenté."]
_UNEMPLOYMENT_EN = [
    "Unemployment rose again in October in France.",
    "Eurostat, the EU's statistical agency, announced on Tuesday a rate of 9.8% for France.",
    "Bruno Le Maire unveiled staff increases before the National Assembly.",
    "The government did not comment."]


@pytest.mark.parametrize(("index", "old", "new", "dropped"), [
    # a rare word opening its sentence is a name even if the article gives it only there
    (1, "Eurostat, the EU's", "The EU's", "Eurostat"),
    # "Le Maire", a surname of common words only, would be "found" in any neighbouring
    # sentence, as if the translator had moved the name there: the full name is looked for
    (2, "Bruno Le Maire unveiled", "He unveiled", "Bruno Le Maire"),
])
def test_names_a_first_reading_let_pass(encoder: Encoder, index: int, old: str, new: str,
                                        dropped: str) -> None:
    edited = list(_UNEMPLOYMENT_EN)
    edited[index] = edited[index].replace(old, new)
    _faithful_then_dropped(_UNEMPLOYMENT_FR, "fr", _UNEMPLOYMENT_EN, "en", edited, dropped,
                           encoder)


def test_a_german_surname_after_a_particle_is_a_name_too(encoder: Encoder) -> None:
    """"Ole von Beust", then "sagte von Beust": a German copy that leaves out the surname
    the second time drops the person's name."""
    german = ["Bürgermeister Ole von Beust lobte am Montag die Einigung mit dem Senat.",
              "Der Traum sei nicht für alle Zeit ausgeträumt, sagte von Beust."]
    b = _article(german, "de")
    assert not _names(compare(_article(german, "de"), b, encoder=encoder))
    edited = [german[0], "Der Traum sei nicht für alle Zeit ausgeträumt, sagte er."]
    c = compare(_article(edited, "de"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Beust", [1])], [
        d.evidence for d in c.divergences]


def test_a_german_surname_opening_a_sentence_is_a_name(encoder: Encoder) -> None:
    """"Staatssekretär Peter Kranich", then "Kranich soll ...": the sentence's first word is
    capitalised anyway, but it is the surname of a person the article names in full."""
    german = ["Der Minister hat Staatssekretär Peter Kranich am Freitag entlassen.",
              "Kranich soll inzwischen in einem Brief um eine Erklärung gebeten haben."]
    english = ["The minister dismissed State Secretary Peter Kranich on Friday.",
               "Kranich is said to have since asked for an explanation in a letter."]
    edited = [english[0], "He is said to have since asked for an explanation in a letter."]
    _faithful_then_dropped(german, "de", english, "en", edited, "Kranich", encoder)
    b = _article(german, "de")
    copy = [german[0], "Er soll inzwischen in einem Brief um eine Erklärung gebeten haben."]
    c = compare(_article(copy, "de"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Kranich", [1])], [
        d.evidence for d in c.divergences]


def test_a_german_place_opening_with_los_is_one_name() -> None:
    """"Los" is left out of capitalised runs (a Spanish article); before a city of the
    tables it opens the city's name."""
    found = F.evidenced_names("Sie wollen einen Frauenfußballklub nach Los Angeles bringen.",
                              "de", set())
    assert [(n.text, n.label) for n in found] == [("Los Angeles", "LOC")]


def test_a_person_is_matched_by_the_surname_in_any_transliteration() -> None:
    """A copy's name matches a person the recogniser found only through the surname: "ING
    City" shares the given name of "Ing Bunhov" and is not him; "Mariya Zakharova" is
    "Marija Sacharowa" in another transliteration."""
    bunhov = F.Name("Ing Bunhov", "bunhov", 0, "PER")
    assert not F.person_matched(F.Name("ING City", "ing citi", 0, "LOC"), bunhov)
    assert F.person_matched(F.Name("Ing Bunhov", "bunhov", 0, "PER"), bunhov)
    assert F.person_matched(F.Name("Mariya Zakharova", "zaharova", 0, "PER"),
                            F.Name("Marija Sacharowa", "sasharova", 0, "PER"))


def test_a_german_proper_noun_the_tagger_finds_is_a_name(encoder: Encoder) -> None:
    """Nothing but the tagger marks "Volkswagen" as a name in a German sentence (one word,
    frequent, no title or first name before it): a translation that leaves it out drops it;
    leaving out a common noun ("Virus", "Taxi") drops no name."""
    german = ["Der Konzern Volkswagen will im Herbst ein neues Werk in Sachsen eröffnen.",
              "Wegen des Virus fahren seit Wochen weniger Menschen mit dem Taxi."]
    english = ["The Volkswagen group wants to open a new plant in Saxony in the autumn.",
               "Because of the virus, fewer people have been taking a taxi for weeks."]
    edited = ["The group wants to open a new plant in Saxony in the autumn.",
              "Fewer people have been travelling for weeks."]
    _faithful_then_dropped(german, "de", english, "en", edited, "Volkswagen", encoder)
    b = _article(german, "de")
    copy = [german[0].replace("Der Konzern Volkswagen", "Der Konzern"),
            "Seit Wochen fahren weniger Menschen."]
    c = compare(_article(copy, "de"), b, encoder=encoder)
    assert [(t, v, b) for t, v, b in _names(c)] == [("name_dropped", "Volkswagen", [0])], [
        d.evidence for d in c.divergences]


def test_german_proper_nouns_a_translation_renders_are_no_drops(encoder: Encoder) -> None:
    """The tagger takes "Ostsee" and "Niederlanden" for proper nouns, rightly, but a French
    translation writes "mer Baltique" and "Pays-Bas": only names a translation keeps as they
    are (attested in the copy's language, or unknown to German too) are compared so; the
    translation that leaves out "Greymouth" drops it."""
    german = ["Die Windanlagen auf der Ostsee liefern auch Strom aus den Niederlanden.",
              "Zehntausend Menschen versammelten sich am Sonntag in Greymouth."]
    french = ["Les éoliennes de la mer Baltique livrent aussi du courant des Pays-Bas.",
              "Dix mille personnes se sont rassemblées dimanche à Greymouth."]
    edited = [french[0], "Dix mille personnes se sont rassemblées dimanche."]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Greymouth", encoder)


def test_a_continent_is_found_in_a_declining_language_by_any_of_its_names() -> None:
    """CLDR names South and North America in every locale ("Jižní Amerika"); a Czech copy
    declines them ("v Jižní Americe"), which is still that place and no other."""
    south = F.Name("Südamerika", "south america", 0, "MISC")
    assert F.place_declined(south, "Dinosauři žili v Jižní Americe.")
    assert F.place_declined(F.Name("Nordamerika", "north america", 0, "MISC"),
                            "Reagoval na výroky ze Severní Ameriky.")
    assert not F.place_declined(south, "Dinosauři žili v Asii.")
    # (a name of the tables with no word to check, as some transliterations are, proves
    # nothing: New York is not in every sentence)
    assert not F.place_declined(F.Name("New York", "new york", 0, "LOC"),
                                "Burza v pondělí po hlasování prudce klesla.")



def test_an_unlabelled_person_is_kept_only_with_the_surname(encoder: Encoder) -> None:
    """No recogniser reads Russian: "Ивана Бортникова" is a person because it opens with a
    given name of the lists, and a copy that keeps "Ivan" but leaves out the surname drops
    the name ("Ivan" alone would be "found" by a spelling-tolerant match)."""
    russian = ["По словам директора завода Ивана Бортникова, работы закончатся осенью.",
               "Новый цех откроется в следующем году."]
    english = ["According to the plant director Ivan Bortnikov, the work will end in autumn.",
               "The new workshop will open next year."]
    edited = ["According to the plant director Ivan, the work will end in autumn.",
              english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Ивана Бортникова", encoder)


def test_a_title_before_a_person_is_not_her_name(encoder: Encoder) -> None:
    """A capitalised title opening a run of names ("El Tesorero Luis Miguel ...") is no part
    of the person's name: a copy that keeps the title ("The Treasurer") and drops the person
    dropped her; nor does a short common word ("more") render a surname it opens
    ("Moreno")."""
    spanish = ["El Tesorero Luis Miguel Ortega Moreno anunció que el municipio pagará más "
               "dinero a la empresa.",
               "La oposición pidió una auditoría de los contratos."]
    english = ["Treasurer Luis Miguel Ortega Moreno announced that the municipality will pay "
               "more money to the company.",
               "The opposition asked for an audit of the contracts."]
    edited = ["The Treasurer announced that the municipality will pay more money to the "
              "company.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited,
                           "Luis Miguel Ortega Moreno", encoder)


def test_given_names_kept_without_the_surnames_drop_the_person(encoder: Encoder) -> None:
    """A copy that keeps a person's given names but not her surnames no longer names her:
    two surnames, one of them a common word of the language ("Sánchez"), and a double given
    name joined by a hyphen ("Anna-Lena") are given names still."""
    spanish = ["El hotelero José Ramón Ibargüengoitia Sánchez pidió más vigilancia en la "
               "playa.",
               "El ayuntamiento prometió responder la semana próxima."]
    english = ["Hotelier José Ramón Ibargüengoitia Sánchez asked for more surveillance on the "
               "beach.",
               "The city council promised to answer next week."]
    edited = ["Hotelier José Ramón asked for more surveillance on the beach.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited,
                           "José Ramón Ibargüengoitia Sánchez", encoder)
    german = ["Die Kinderärztin Anna-Lena Brüggemeier eröffnet im Frühjahr eine Praxis in "
              "Kassel.",
              "Die Stadt hatte lange nach einer Nachfolge gesucht."]
    french = ["La pédiatre Anna-Lena Brüggemeier ouvrira un cabinet à Kassel au printemps.",
              "La ville cherchait depuis longtemps un successeur."]
    edited = ["La pédiatre Anna-Lena ouvrira un cabinet à Kassel au printemps.", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "Anna-Lena Brüggemeier",
                           encoder)



def test_a_common_word_surname_the_copy_writes_elsewhere_is_kept_by_it(
        encoder: Encoder) -> None:
    """A surname that is also a common word ("Cruz", a cross) or frequent in the language
    ("Steinmeier") is the person's name when the copy writes it, capitalised, elsewhere: a
    copy keeping only the given name here dropped the person."""
    spanish = ["La actriz Penélope Cruz presentó su nueva película en Madrid el martes.",
               "Según Cruz, el rodaje en la montaña fue muy duro."]
    english = ["Actress Penélope Cruz presented her new film in Madrid on Tuesday.",
               "According to Cruz, the shoot in the mountains was very hard."]
    edited = ["Actress Penélope presented her new film in Madrid on Tuesday.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "Penélope Cruz", encoder)
    german = ["Außenminister Frank-Walter Steinmeier hatte den Empfang indirekt kritisiert.",
              "Deshalb wurde Steinmeier aus den Reihen der Union angegriffen."]
    english = ["Foreign Minister Frank-Walter Steinmeier had indirectly criticised the "
               "reception.",
               "This is why Steinmeier was attacked from the ranks of the Union."]
    edited = ["Foreign Minister Frank-Walter had indirectly criticised the reception.",
              english[1]]
    _faithful_then_dropped(german, "de", english, "en", edited, "Frank-Walter Steinmeier",
                           encoder)


def test_a_word_shifted_by_one_letter_renders_no_name(encoder: Encoder) -> None:
    """"ranks" is "Frank" shifted by one letter, no spelling of it: a copy that left Anne
    Frank out of the sentence dropped her."""
    french = ["L'exposition consacrée à Anne Frank a attiré des élèves venus des rangs des "
              "écoles de la ville.",
              "Elle restera ouverte jusqu'à la fin du mois de mars."]
    english = ["The exhibition on Anne Frank drew pupils from the ranks of the city's schools.",
               "It will stay open until the end of March."]
    edited = ["The exhibition drew pupils from the ranks of the city's schools.", english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Anne Frank", encoder)


def test_a_person_opening_a_russian_sentence_is_named_in_full(encoder: Encoder) -> None:
    """A Russian sentence opening with a person's given name and surname names the person in
    full, given name and all (the first word of a sentence is capitalised anyway, but a given
    name before a surname is a name): a copy leaving her out dropped her."""
    russian = ["Жаклин Дюбуа-Мартен возглавит фонд с первого января.",
               "Совет фонда одобрил её кандидатуру единогласно."]
    english = ["Jacqueline Dubois-Martin will head the foundation from January 1.",
               "The foundation's board approved her appointment unanimously."]
    edited = ["She will head the foundation from January 1.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Жаклин Дюбуа-Мартен", encoder)


def test_a_misspelt_double_given_name_is_still_a_given_name(encoder: Encoder) -> None:
    """A person the recogniser found whose double given name is misspelt in the original
    ("Anne-Sohpie") is kept by the surname all the same: the copy, spelling the given name
    right and leaving out the surname, dropped her."""
    french = ["« Personne ne doit agir à sa place », a déclaré la procureure adjointe, "
              "Anne-Sohpie Lemarchand.",
              "Le procès reprendra lundi matin."]
    english = ['"Nobody must act in her place," said the deputy prosecutor, Anne-Sophie '
               "Lemarchand.",
               "The trial will resume on Monday morning."]
    edited = ['"Nobody must act in her place," said the deputy prosecutor, Anne-Sophie.',
              english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Anne-Sohpie Lemarchand",
                           encoder)


def test_a_country_opening_a_german_sentence_is_a_name(encoder: Encoder) -> None:
    """German capitalises every noun, so a sentence's first word is a name only when
    something says so: a country by its German name is one ("China steht ..."), kept or
    dropped by the copy."""
    german = ["China steht wegen seiner Hongkong-Politik international in der Kritik.",
              "Die Regierung in Peking weist die Vorwürfe zurück."]
    french = ["La Chine est vivement critiquée dans le monde pour sa politique à Hongkong.",
              "Le gouvernement de Pékin rejette ces accusations."]
    edited = ["Le pays est vivement critiqué dans le monde pour sa politique à Hongkong.",
              french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "China", encoder)


def test_a_russian_place_opening_a_sentence_in_another_case_is_a_name(
        encoder: Encoder) -> None:
    """A Russian sentence's first word is a name when the article capitalises it inside a
    sentence in another case form ("Приморский край ...", "губернатор Приморского края"):
    a copy writing "The region" for it dropped it."""
    russian = ["Губернатор Приморского края провёл совещание с энергетиками во вторник.",
               "Приморский край закупает газ у этого проекта с 2012 года."]
    english = ["The governor of Primorsky Krai held a meeting with energy officials on "
               "Tuesday.",
               "Primorsky Krai has been buying gas from this project since 2012."]
    edited = [english[0], "The region has been buying gas from this project since 2012."]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Приморский", encoder)


def test_an_ocean_is_a_place_of_the_tables(encoder: Encoder) -> None:
    """An ocean or a sea is named alike in every language ("l'Atlantique", "den Atlantik"),
    or in a compound ("Nordseehäfen"): a copy writing "the ocean" for it dropped it."""
    french = ["Le cargo a traversé l'Atlantique en douze jours avec quarante conteneurs.",
              "Il est arrivé au port vendredi matin."]
    german = ["Der Frachter hat den Atlantik in zwölf Tagen mit vierzig Containern überquert.",
              "Er ist am Freitagmorgen im Hafen angekommen."]
    edited = ["Der Frachter hat den Ozean in zwölf Tagen mit vierzig Containern überquert.",
              german[1]]
    _faithful_then_dropped(french, "fr", german, "de", edited, "Atlantique", encoder)
    # German writes it in a compound: "North Sea ports" / "Nordseehäfen"
    english = ["The cartel shared out container contracts at North Sea ports for six years.",
               "The company has said it will appeal."]
    german = ["Das Kartell teilte sechs Jahre lang Containeraufträge in Nordseehäfen auf.",
              "Das Unternehmen kündigte an, Berufung einzulegen."]
    edited = ["Das Kartell teilte sechs Jahre lang Containeraufträge in Häfen auf.", german[1]]
    _faithful_then_dropped(english, "en", german, "de", edited, "North Sea", encoder)


def test_a_given_name_in_another_spelling_does_not_render_the_person(
        encoder: Encoder) -> None:
    """A copy that keeps only the given name, in its own spelling ("Stephen" for "Стивен"), of
    a person named in full no longer names him."""
    russian = ["Министр финансов Стивен Мнучин встретился с сенаторами в понедельник.",
               "Переговоры продлятся до конца недели."]
    english = ["Treasury Secretary Steven Mnuchin met with senators on Monday.",
               "The talks will last until the end of the week."]
    edited = ["Treasury Secretary Stephen met with senators on Monday.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Стивен Мнучин", encoder)


def test_a_russian_place_in_the_locative_is_apart_from_the_person_after_it(
        encoder: Encoder) -> None:
    """Russian glues a place after "в" and the person after it into one run of capitalised
    words ("в Кронштадте Путин"): the place is a name of its own, dropped when the copy keeps
    the person only."""
    russian = ["После смотра в Кронштадте Путин встретится с командованием флота.",
               "Встреча пройдет за закрытыми дверями."]
    english = ["After the review in Kronstadt, Putin will meet the fleet's commanders.",
               "The meeting will be held behind closed doors."]
    edited = ["After the review, Putin will meet the fleet's commanders.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Кронштадте", encoder)


def test_a_site_named_by_its_address_is_compared(encoder: Encoder) -> None:
    """A site named by its address ("KP.ru"), short words only, is kept as it is by a
    translation: left out, it is dropped."""
    russian = ["Сайт KP.ru сообщил, что переговоры возобновятся в понедельник.",
               "Стороны пока не комментируют эти сведения."]
    english = ["The KP.ru website reported that the talks will resume on Monday.",
               "The parties have not yet commented on the report."]
    edited = ["The website reported that the talks will resume on Monday.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "KP.ru", encoder)


def test_a_two_letter_acronym_opening_a_german_name_is_compared(encoder: Encoder) -> None:
    """"IG Metall" is one name: the acronym alone ("IG") is too short to be looked for, so a
    copy leaving the union out of a sentence went unreported."""
    german = ["Die IG Metall lehnt den Verkauf des Werks in Duisburg entschieden ab.",
              "Die Belegschaft soll am Montag informiert werden.",
              "Ein Sprecher der IG Metall kündigte Proteste an."]
    french = ["IG Metall s'oppose fermement à la vente de l'usine de Duisbourg.",
              "Le personnel doit être informé lundi.",
              "Un porte-parole d'IG Metall a annoncé des manifestations."]
    edited = ["Le syndicat s'oppose fermement à la vente de l'usine de Duisbourg.", french[1],
              french[2]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "IG Metall", encoder)


def test_a_dotted_acronym_is_compared_by_its_letters(encoder: Encoder) -> None:
    """A newspaper named by a dotted acronym ("F.A.Z.", no word of three letters) is kept,
    points or not, by a translation; left out, it is dropped (and it is no "Fas")."""
    german = ["Nach Angaben der F.A.Z. will der Konzern im Herbst zwei Werke schließen.",
              "Eine Stellungnahme lag zunächst nicht vor."]
    french = ["Selon la F.A.Z., le groupe veut fermer deux usines à l'automne.",
              "Aucune réaction n'était disponible dans l'immédiat."]
    edited = ["Selon la presse, le groupe veut fermer deux usines à l'automne.", french[1]]
    _faithful_then_dropped(german, "de", french, "fr", edited, "F.A.Z", encoder)
    undotted = ["Selon la FAZ, le groupe veut fermer deux usines à l'automne.", french[1]]
    assert not _names(compare(_article(undotted, "fr"), _article(german, "de"),
                              encoder=encoder))


def test_an_adjective_of_the_place_in_the_copy_does_not_render_it(encoder: Encoder) -> None:
    """The original names the country and uses its adjective ("le Mali ... l'armée
    malienne"): the copy's adjective ("Malian") renders the adjective, and the country left
    out is dropped; a copy naming both is faithful."""
    french = ["Le Mali et l'armée malienne ont signé un accord avec la mission de l'ONU.",
              "Le texte entre en vigueur le mois prochain."]
    english = ["Mali and the Malian army signed an agreement with the UN mission.",
               "The text comes into force next month."]
    edited = ["The Malian army signed an agreement with the UN mission.", english[1]]
    _faithful_then_dropped(french, "fr", english, "en", edited, "Mali", encoder)


def test_a_name_in_the_copys_script_is_kept_whole(encoder: Encoder) -> None:
    """A Russian original writing a name in Latin letters ("The Guardian Weekly") is matched
    by the copy's words in full, not by one common word of it ("weekly")."""
    russian = ["Журнал The Guardian Weekly опубликовал интервью с министром.",
               "Интервью вышло в пятницу."]
    english = ["The Guardian Weekly magazine published an interview with the minister.",
               "The interview came out on Friday."]
    edited = ["A weekly magazine published an interview with the minister.", english[1]]
    _faithful_then_dropped(russian, "ru", english, "en", edited, "Guardian Weekly", encoder)


def test_a_german_copy_dropping_a_proper_noun_word_for_word(encoder: Encoder) -> None:
    """In a copy in the same language, a word the tagger takes for a proper noun and the copy
    leaves out is a dropped name, after an article ("der Venus", "der Borussia": frequent
    words a translation may render as common nouns) or opening the sentence ("Giuliano")."""
    german = ["Die Sonde soll im kommenden Jahr Bilder von der Oberfläche der Venus zur Erde "
              "schicken.",
              "Bei der Borussia sucht der Trainer weiter nach einer stabilen Abwehr.",
              "Giuliano führt die Eisdiele am Marktplatz seit zwanzig Jahren."]
    b = _article(german, "de")
    assert not _names(compare(_article(german, "de"), b, encoder=encoder))
    for k, name in enumerate(["Venus", "Borussia", "Giuliano"]):
        edited = list(german)
        edited[k] = " ".join(german[k].replace(name, "").split())
        c = compare(_article(edited, "de"), b, encoder=encoder)
        assert [(t, v, bs) for t, v, bs in _names(c)] == [("name_dropped", name, [k])], [
            d.evidence for d in c.divergences]


def test_a_german_relative_pronoun_makes_no_noun_of_a_surname(encoder: Encoder) -> None:
    """"den" after a comma opens a relative clause ("der Gerichtshof, den Musharraf besetzt
    hatte"): the surname of a person the article names in full is still his name there, and
    a copy leaving it out drops it."""
    german = ["Der pakistanische Präsident Pervez Musharraf hat den Ausnahmezustand verlängert.",
              "Der Gerichtshof, den Musharraf im November neu besetzt hatte, wies alle Klagen "
              "ab."]
    b = _article(german, "de")
    assert not _names(compare(_article(german, "de"), b, encoder=encoder))
    edited = [german[0], german[1].replace(" Musharraf", "")]
    c = compare(_article(edited, "de"), b, encoder=encoder)
    assert [(t, v, bs) for t, v, bs in _names(c)] == [("name_dropped", "Musharraf", [1])], [
        d.evidence for d in c.divergences]


def test_a_common_word_after_a_spaced_dash_stands_in_for_no_name(encoder: Encoder) -> None:
    """A very common word capitalised after a spaced dash ("- See the issues") opens a clause:
    it renders no name, so a newspaper left out beside it is dropped."""
    spanish = ["El banco ya ordenó a su red limitar el crédito a largo plazo -ver MercaDiario "
               "del 22 de noviembre-.",
               "Otras entidades estudian medidas parecidas."]
    english = ["The bank has already ordered its network to limit long-term credit - see "
               "MercaDiario of 22 November.",
               "Other lenders are studying similar measures."]
    edited = ["The bank has already ordered its network to limit long-term credit - See the "
              "issue of 22 November.", english[1]]
    _faithful_then_dropped(spanish, "es", english, "en", edited, "MercaDiario", encoder)


def test_a_german_quotation_cut_after_a_relative_pronoun(encoder: Encoder) -> None:
    """"die" after a comma opens a relative clause: a German quotation ending there was cut
    short, even when what is left is about as long as a translation would be ("die" alone
    may close one, a pronoun: "Wir kennen die")."""
    french = ["Il a été chargé « de trouver pour les régions et les communes des sources de "
              "financement nouvelles et fiables, utilisables dès l'an prochain ».",
              "Son rapport est attendu à l'automne."]
    german = ["Er wurde beauftragt, „neue und verlässliche Finanzierungsquellen für Länder und "
              "Gemeinden zu finden, die ab dem nächsten Jahr genutzt werden können“.",
              "Sein Bericht wird im Herbst erwartet."]
    b = _article(french, "fr")
    assert not _quote_types(compare(_article(german, "de"), b, encoder=encoder))
    cut = ["Er wurde beauftragt, „neue und verlässliche Finanzierungsquellen für Länder und "
           "Gemeinden zu finden, die“.", german[1]]
    c = compare(_article(cut, "de"), b, encoder=encoder)
    assert ("quote_altered", [0]) in _quote_types(c), [d.evidence for d in c.divergences]


def test_a_german_noun_after_a_contracted_article_is_no_name(encoder: Encoder) -> None:
    """"bis ins Mark" (to the core): "ins" holds the article, so "Mark", which the tagger may
    take for a proper noun, is a frequent noun after its article, and a translation that
    renders the phrase by its meaning drops no name."""
    german = ["Die meisten Brücken der Stadt sind bis ins Mark verrostet.",
              "Die Stadt will sie bis 2030 ersetzen."]
    english = ["Most of the city's bridges are rusted through.",
               "The city wants to replace them by 2030."]
    c = compare(_article(english, "en"), _article(german, "de"), encoder=encoder)
    assert not _names(c), [d.evidence for d in c.divergences]
