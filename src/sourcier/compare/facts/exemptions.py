"""Names a translation has nothing to keep of: common words capitalised, titles, portfolios,
era names, Roman numerals, acronyms glossed or spelled out, person-like runs that are not
people.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from sourcier.annotate.english_ner import ORG_HEADS, PLACE_HEADS
from sourcier.annotate.names import (
    FIRST_NAMES,
    ascii_fold,
    given_name,
    known_place_names,
    seed_label,
    zipf,
)
from sourcier.compare.facts.evidence import COMMON_WORD_ZIPF
from sourcier.compare.facts.rendering import acronym_letters, demonym_key, table_known
from sourcier.compare.facts.sentences import Name, given_name_form
from sourcier.compare.facts.text import (
    CYRILLIC,
    ELISION,
    EN_ADJECTIVE,
    LINKS,
    NOT_NAMES,
    TITLES,
    TRANSLATED_WORDS,
    WORD,
    acronym_word,
    fold_tokens,
    language_words,
)


def common_word(name: Name, lang: str | None, lower: set[str]) -> bool:
    """A one-word capitalised candidate that is no name: the article also writes it in
    lower case ("Building societies ..." / "building"), or an English adjective of
    nationality ("Islamic", "Iranian") rendered in lower case by other languages."""
    words = name.text.split()
    if name.label == "PER" or len(words) != 1 or name.text.isupper() or table_known(name):
        return False
    word = ELISION.sub("", words[0])
    if word.lower() in lower:
        return True
    return (lang == "en" and len(word) >= 6 and EN_ADJECTIVE.search(word.lower()) is not None
            and fold_tokens(word)[0] not in FIRST_NAMES)


# head words of organisation, place, event and work names, never of a person's (the English
# rules' organisation and place heads, plus these)
_NON_PERSON_HEADS = ORG_HEADS | PLACE_HEADS | {
    "act", "affairs", "award", "bridge", "building", "championship", "cup", "day", "executive",
    "express", "festival",
    "games", "general", "hospital", "ice", "kingdom", "law", "league", "minister", "mountain",
    "museum", "nations", "online", "plan", "president", "prize", "prosecutor", "republic",
    "review", "road", "secretary", "stadium", "states", "station", "summit", "treaty",
    "tribunal", "trust", "war", "world",
    # adjectives of a region ("Middle Eastern sounds" / "sons du Moyen-Orient")
    "eastern", "western", "northern", "southern", "middle",
}


# words that open a place's name in Romance languages, and no person's
_PLACE_OPENERS = frozenset({
    "costa", "cote", "pais", "monte", "puerto", "porto", "cabo", "lago", "lac", "valle",
    "isla", "islas", "ile", "iles", "golfo", "golfe", "bahia", "baie", "peninsula", "sainte",
    "santa", "san", "saint",
})


def person_like(name: Name, lower: set[str] | frozenset[str] = frozenset(), *,
                strict: bool = False, lang: str | None = None, foreign: bool = True) -> bool:
    """A person's full name: tagged PER; or untagged, two or more capitalised words with no
    organisation/place head word ("Crown Court", "North Sea") and none the article also
    writes in lower case (``lower``: "Thin Ice" beside "thin"). ``strict``: untagged names
    must start with a given name (:func:`given_name`: of ``lang``'s countries, and with
    ``foreign`` of others too when no word frequent in ``lang``)."""
    if name.label in ("LOC", "ORG"):
        return False
    words = name.text.split()
    # titles before the name ("Special Prosecutor Nora Dannehy") are not part of it
    while words and fold_tokens(words[0]) and all(
            t in TITLES or t in NOT_NAMES for t in fold_tokens(words[0])):
        words = words[1:]
    tokens = fold_tokens(" ".join(words))
    if not 2 <= len(words) <= 4 or not tokens or re.search(r"\w['’]\w", name.text):
        return False  # a title of a work ("Why the French Don't Like Headscarves")
    if tokens[0] in FIRST_NAMES or (strict and given_name(tokens[0], lang, foreign=foreign)):
        return True
    if strict and CYRILLIC.match(words[0]) and given_name_form(words[0], lang):
        return True  # "Николая Кузнецова": a given name in the genitive
    # a PER label is a hint: recognisers (rules for English especially) tag capitalised
    # phrases ("Bavarian Purity Law", "German Rail") as persons
    # ... and to phrases opening with a language's adjective ("Spanish Executive") or with a
    # Romance place word ("Costa Azul", "País Vasco")
    return not strict and not any(t in _NON_PERSON_HEADS or t in NOT_NAMES for t in tokens) \
        and not any(w.lower() in lower for w in words) \
        and words[0].lower() not in language_words() and tokens[0] not in _PLACE_OPENERS


_NAME_LINK_AFTER = re.compile(rf"\s+(?:{LINKS}\s+)+(?:l['’])?[^\W\d_]*[A-ZÀ-Ý]|\s+[A-ZÀ-Ý]")


_NAME_LINK_BEFORE = re.compile(rf"([A-ZÀ-Ý][\w'’.-]*)\s+(?:{LINKS}\s+)*(?:l['’])?$")


def written_lower(name: Name, text: str, lang: str | None = None) -> bool:
    """Whether ``text`` (another language) writes ``name`` (a name of language ``lang``) as a
    common word: a language or nationality ("English" / "inglés"), or a lower-case word
    starting with a word of it ("Oscar" / "oscarizado", "Europe" / "européen"). A very
    frequent word of ``lang`` opening the name ("Another English") does not count."""
    words = [t for t in fold_tokens(name.text) if len(t) >= 3 and t not in NOT_NAMES
             and t not in TITLES]
    if len(words) > 1 and lang and words[0] not in language_words() \
            and zipf(words[0], lang) >= COMMON_WORD_ZIPF:
        words = words[1:]  # a sentence's first word taken into the name ("Another English")
    if not words:
        return False
    if all(t in language_words() for t in words):
        return True
    lower = [t for w in WORD.findall(text) if w[:1].islower() for t in fold_tokens(w)]
    return any(u.startswith(t) for t in words if len(t) >= 4 for u in lower)


def invariant_name(name: Name, sentence: str, lower: set[str] | frozenset[str], *,
                   unlabeled: bool = False, quoted: bool = False) -> bool:
    """A one-word proper name translators keep as it is (a place, a surname, a brand):
    capitalised inside the sentence, never written in lower case by the article, no
    language/nationality word, no institution or role. Only for languages that capitalise
    names alone (see :data:`NOUN_CAPITALISING`). ``unlabeled``: the article's language has no
    recogniser here (Spanish): its capitalised words are taken as they come. ``quoted``: the
    language puts companies and clubs in quotation marks (Russian «Газпром», "Зенит"): one
    word alone in marks inside the sentence is such a name."""
    if name.label not in ("PER", "LOC") and not (unlabeled and name.label is None):
        return False  # capitalised words nobody recognised as a person or place: too loose
    words = name.text.split()
    before = sentence[: name.start]
    after = sentence[name.start + len(name.text):]
    alone_in_marks = quoted and bool(re.search(r"\w[^\w]*\s[\"«“„]$", before)) \
        and bool(re.match(r"[\"»“”]", after))
    if len(words) != 1 or not before.strip() or (
            re.search(r"[.:;!?\"'«“„‘(\[—-]\s*$", before) and not alone_in_marks):
        return False  # several words may translate; a first word is capitalised anyway
    link = _NAME_LINK_BEFORE.search(before)
    if link and fold_tokens(link.group(1))[:1] and fold_tokens(link.group(1))[0] in TITLES | {
            "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "melle"}:
        link = None  # a title before a name: "Mr Frazetta"
    if _NAME_LINK_AFTER.match(after) or link:
        return False  # one word of a longer name ("Amis de la Terre", "Unidad de Tráfico")
    word = re.sub(r"['’]s$", "", ELISION.sub("", words[0]))
    low = word.lower()
    folded = fold_tokens(word)[0] if fold_tokens(word) else low
    if len(word) < 4 or not word[:1].isupper() or word.isupper() or low in lower:
        return False
    if {low, folded} & (NOT_NAMES | TITLES | TRANSLATED_WORDS):
        return False
    if low in language_words() or seed_label(word) == "ORG":
        return False
    return not (EN_ADJECTIVE.search(low) and len(low) >= 6 and low not in FIRST_NAMES)


# the Russian words for a street, a square or a settlement, in their case forms: the
# capitalised word after one names it, and a translation spells it by its sounds ("улица
# Красная" / "Krasnaya ulitsa", "в посёлке Дубки")
_PLACE_KIND = re.compile(
    r"(?:улиц[аеуыи]|улицей|переул(?:ок|ке|ка)|проспект[аеу]?|площад[ьи]|бульвар[аеу]?|"
    r"шоссе|сел[аоеу]|пос[её]л(?:ок|ке|ка)|деревн[яеиюй]|хутор[аеу]?|станиц[аеуы])\s+$",
    re.I)


def named_after_kind(name: Name, sentence: str) -> bool:
    """Whether ``name`` follows the Russian word for a street, square or settlement, and ends
    the name there (not "площади Святого Петра", St. Peter's Square, a saint and his name)."""
    start = name.start if sentence[name.start:name.start + len(name.text)] == name.text \
        else sentence.find(name.text)  # (offsets are the sentence's, in a text of several)
    end = start + len(name.text)
    return start >= 0 and bool(_PLACE_KIND.search(sentence[max(0, start - 12):start])) \
        and not re.match(r"\s+[А-ЯЁ]", sentence[end:])


_ROMAN = re.compile(r"[IVXLCDM]{2,}")


def roman_numeral(name: Name) -> bool:
    """A century or a regnal number ("XXI", "XIV"), no name."""
    return _ROMAN.fullmatch(name.text.strip()) is not None


# acronyms that are common nouns, not names: a translator renders them by the copy
# language's own ("PIB" / "GDP", "PME" / "SMEs", "OPA" / "takeover bid")
COMMON_ACRONYMS = frozenset({
    # French
    "pib", "pnb", "pme", "pmi", "opa", "ope", "tva", "pdg", "smic", "hlm", "ong", "sdf", "cdi",
    "cdd", "rtt", "ivg", "adn", "sida", "ovni", "qcm", "dom", "tom", "drom", "chu", "btp",
    "ehpad", "tpe", "eti", "gpl", "gplc", "rsa", "gafa", "gafam",
    # Spanish
    "pyme", "pymes", "iva", "ere", "ipc", "irpf", "ovnis",
    # English
    "gdp", "gnp", "ceo", "cfo", "coo", "cio", "cto", "ngo", "ngos", "vat", "sme", "smes", "ipo",
    "dna", "aids", "ufo", "ufos", "mps", "lpg",
    # German
    "bip", "mwst", "gmbh",
})


# a calendar era names no person: "après Jésus-Christ" / "AD", "antes de Cristo" / "BC"
_ERA = re.compile(r"\b(?:(?:après|avant|apr\.|av\.)\s+(?:Jésus-Christ|J\.-C\.)"
                  r"|(?:antes|después)\s+de\s+(?:Jesucristo|Cristo)"
                  r"|(?:nach|vor)\s+(?:Christus|Christi\s+Geburt)"
                  r"|(?:before|after)\s+(?:Jesus\s+)?Christ)\b")


def era_name(name: Name, sentence: str) -> bool:
    """Whether ``name`` is the name in a calendar era of ``sentence`` ("après Jésus-Christ")."""
    return any(name.text in m.group() for m in _ERA.finditer(sentence))


def title_phrase(name: Name) -> bool:
    """A title of several capitalised words, no person's name after it ("Shadow Leader",
    "Transport Secretary"): translated as the function it is."""
    tokens = fold_tokens(name.text)
    return len(name.text.split()) >= 2 and bool(tokens) and tokens[-1] in TITLES \
        and not any(t in FIRST_NAMES for t in tokens) \
        and not given_name(tokens[0], None, foreign=True)  # "Federico Mayor"


def common_acronym(name: Name) -> bool:
    """An acronym of a common noun ("PIB", "SMEs", "DOM"): no name."""
    text = name.text.strip()
    core = re.sub(r"(?<=[A-Z])['’]?s$", "", text)
    return core.isupper() and (text.lower() in COMMON_ACRONYMS or core.lower() in COMMON_ACRONYMS)


# a minister's or a ministry's portfolio: "ministre (brésilien) des", "Minister for",
# "ministro de", "Secretary of", "consejero de", then the capitalised portfolio
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:[Mm]inist\w*|[Ss]ecr[eé]tai?r\w*|[Cc]onsejer\w*|[Cc]onseill\w*)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:of|for|de|des|du|del|de\s+la|de\s+l['’]|d['’]|de\s+los)\s*$")


def portfolio(name: Name, sentence: str) -> bool:
    """A minister's portfolio ("le ministre brésilien des Affaires étrangères", "Minister
    for Foreign Affairs"): translations give it by its meaning ("the Brazilian Foreign
    Minister"), as a title is given; not a person's name after the title. Compared only
    when the copy sentence gives no portfolio (:func:`portfolio_given`)."""
    tokens = fold_tokens(name.text)
    if name.label == "PER" or not tokens or any(t in FIRST_NAMES for t in tokens) \
            or given_name(tokens[0], None, foreign=True):
        return False
    return _preceded_by(name.text, sentence, _PORTFOLIO_BEFORE, 60)


def _preceded_by(text: str, sentence: str, before: re.Pattern[str], width: int) -> bool:
    """Whether some occurrence of ``text`` in ``sentence`` follows a match of ``before``
    (anchored at its end) within ``width`` characters."""
    start = sentence.find(text)
    while start >= 0:
        if before.search(sentence[max(0, start - width) : start]):
            return True
        start = sentence.find(text, start + 1)
    return False


# French inhabitants' names, capitalised nouns: "les Franciliens", "des Marseillais"
_DEMONYM_ENDING = r"(?:iens|iennes|ais|aises|ois|oises|ains|aines)"


_DEMONYM_FR = re.compile(r"[A-ZÉ][a-zàâçéèêëîïôûü]{2,}" + _DEMONYM_ENDING)


_PLURAL_ARTICLE_FR = re.compile(r"(?:^|\s)(?:[Ll]es|[Dd]es|[Aa]ux)\s+$")


def french_demonym(name: Name, sentence: str) -> bool:
    """A French plural noun of inhabitants of a region or a city after its article ("les
    Franciliens"): given by its meaning in another language ("Parisians", "the people of the
    region"). Not the people of a country or a place the tables know ("les Canadiens", "les
    Syriens", "les Marseillais"), whom a translation names."""
    if not _DEMONYM_FR.fullmatch(name.text):
        return False
    word = ascii_fold(name.text)
    if demonym_key(word[:-1]) or demonym_key(word):
        return False
    stem = re.sub(_DEMONYM_ENDING + "$", "", word)
    places = known_place_names()
    if any(stem + end in places for end in ("", "e", "ie", "a")):
        return False  # "les Syriens", "les Québécois", "les Marseillais": a place's people
    return _preceded_by(name.text, sentence, _PLURAL_ARTICLE_FR, 6)


# a portfolio given in a copy sentence: before the title ("Foreign Minister", "Interior
# Secretary"; not "Prime Minister", "The Minister", nor a nationality, "the Brazilian
# Minister"), after it ("Minister of Public Security", "ministro de Hacienda") or in a
# German compound ("Außenminister")
_PORTFOLIO_GIVEN = re.compile(
    r"\b(?!(?:Prime|The|A|An|Former|Deputy|Junior)\b)[A-Z][\w-]+"
    r"(?<!ian)(?<!ese)(?<!ish)(?<!an)(?<!i)(?<!ch)\s+(?:[Mm]inist(?:er|ry)|[Ss]ecretary)\b"
    r"|\b(?:[Mm]inist\w*|[Ss]ecr[eé]tai?r\w*|[Cc]onsejer\w*)\s+(?:of|for|de|des|du|del)\s+"
    r"(?:the\s+|la\s+|l['’]|los\s+)?[A-ZÉ]"
    r"|\b[A-ZÄÖÜ]\w+minister(?:in|ium)?\b")


def portfolio_given(sentence: str) -> bool:
    """Whether ``sentence`` gives some minister's portfolio (see :func:`portfolio`)."""
    return _PORTFOLIO_GIVEN.search(sentence) is not None


def no_name_to_keep(name: Name, sentence: str) -> bool:
    """Whether a capitalised phrase of ``sentence`` is no name a translation must keep: a
    Roman numeral, an acronym of a common noun, a calendar era, a title or a French plural
    of inhabitants."""
    return roman_numeral(name) or common_acronym(name) or era_name(name, sentence) \
        or title_phrase(name) or french_demonym(name, sentence)


# "... du Bureau international du Travail (BIT)": an acronym in brackets after two words or
# more (its expansion, in whatever case)
_GLOSS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*\s+(?:[\w'’-]+\s+)*[\w'’-]{3,}\s*\($")


def _capitalised_runs(text: str) -> list[int]:
    """Lengths, in capitalised words, of the runs of capitalised words after a sentence's
    first word ("the International Labour Office" -> 3; short lower-case links allowed:
    "Bureau of Labor Statistics" -> 3)."""
    runs: list[int] = []
    count = links = 0
    for k, w in enumerate(WORD.findall(text)):
        if k > 0 and w[:1].isupper():
            count, links = count + 1, 0
        elif count and w.islower() and len(w) <= 3 and links == 0:
            links = 1
        else:
            if count:
                runs.append(count)
            count = links = 0
    if count:
        runs.append(count)
    return runs


def gloss_only(name: Name, original: str, copy: str, copy_sentence: str,
               sentence: str = "") -> bool:
    """An acronym the original glosses, in brackets right after the words it stands for
    ("Bureau international du Travail (BIT)", "l'agence européenne pour la sécurité
    alimentaire (EFSA)"), in this ``sentence`` or, when the copy never writes the acronym,
    anywhere, where the copy sentence gives a name of as many capitalised words as the
    acronym has letters: the copy names the body by its words ("International Labour
    Office"), so the acronym's absence is no dropped name. (A copy sentence without such a
    name, "evropské agentury pro bezpečnost potravin", may have lost the body's only name.)"""
    core = name.text.strip()
    if not acronym_word(core) \
            or len(core) not in _capitalised_runs(copy_sentence):
        return False
    where = sentence if re.search(rf"\b{re.escape(core)}\b", copy) else original
    return any(_GLOSS_BEFORE.search(where[max(0, m.start() - 80): m.start() + 1])
               for m in re.finditer(rf"\(\s*{re.escape(core)}\s*\)", where))


# a name's last words, then its acronym in brackets: "Internationalen (Atomenergiebehörde)
# (IAEA)", "Confederación Española (de Cajas de Ahorros) (CECA)"
_ACRONYM_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s*\(\s*([A-Z]{2,6})\s*\)")


def acronym_rendered(name: Name, sentence: str, copy_sentence: str) -> bool:
    """Whether the original ``sentence`` gives the acronym of ``name`` in brackets after it
    (one with the name's first letter; a person's name is followed by a party's) and
    ``copy_sentence`` writes that acronym as a name, not in brackets: the copy names the body
    by its acronym ("Internationalen Atomenergiebehörde (IAEA)" / "IAEA documents")."""
    if name.label == "PER":
        return False  # "Jürgen Hollmann (SPD)": a person's party
    first = anyascii(name.text[:1]).upper()
    for m in re.finditer(re.escape(name.text), sentence):
        after = _ACRONYM_AFTER.match(sentence, m.end())
        # (in brackets in the copy too, the acronym glosses a name that is gone: "The (DJIA)
        # fell")
        if after and after.group(1)[0] == first \
                and re.search(rf"(?<!\()\b{after.group(1)}\b(?!\s*\))", copy_sentence):
            return True
    return False


def acronym(name: Name) -> bool:
    """An all-capitals name of 3-6 letters ("PZPN", "BSkyB" is not): kept in translation.
    Acronyms of common nouns ("PIB", "SMEs") are no names; points aside ("F.A.S.")."""
    core = acronym_letters(name)
    return core.isalpha() and core.isupper() and 3 <= len(core) <= 6 and not common_acronym(name)
