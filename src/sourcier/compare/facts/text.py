"""Word-level helpers shared by the fact comparisons: word patterns, folding, script, word lists
(titles, calendar words, language names, words translators translate).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from rapidfuzz import fuzz

from sourcier.annotate.english_ner import ORG_HEADS, PERSON_TITLES, PLACE_HEADS
from sourcier.annotate.names import ascii_fold, given_name, zipf
from sourcier.model import Article

# languages that capitalise common nouns: capitalisation says nothing about names there
NOUN_CAPITALISING = {"de", "lb"}


WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?", re.UNICODE)


ELISION = re.compile(r"^(?:[ldjcmnst]|qu|dell|dall|nell|sull)['’]", re.I)


# capitalised words that are not names (roles, weekdays handled via CLDR below)
NOT_NAMES = {
    "the", "le", "la", "les", "un", "une", "des", "der", "die", "das", "el", "los", "las",
    "il", "lo", "gli", "and", "et", "und", "y", "mr", "mrs", "ms", "dr", "m", "mme", "mm",
    "president", "président", "présidente", "prime", "minister", "ministre",
    "premier", "secretary", "senator", "sénateur", "general", "général", "governor",
    "gouverneur", "king", "roi", "queen", "reine", "pope", "pape", "chancellor",
    "chancelière", "chancelier", "mayor", "maire", "i", "je", "we", "nous", "he", "she",
    "elle", "they", "ils", "elles", "it", "this", "that", "ce", "cette", "ces", "but",
    "mais", "in", "en", "on", "at", "for", "pour", "with", "avec", "of", "de", "du", "à",
    "au", "aux", "by", "par", "sur", "dans", "as", "comme", "if", "si", "when", "quand",
    "after", "après", "before", "avant", "according", "selon", "what", "who", "how",
    "why", "où", "qui", "que", "quoi", "comment", "pourquoi", "yes", "no", "oui", "non",
    "ap", "north", "south", "east", "west", "nord", "sud", "est", "ouest",
    "norte", "este", "oeste", "süden", "norden", "osten", "westen", "university",
    "government", "gouvernement", "gobierno", "regierung", "state", "etat", "état",
}


@lru_cache(maxsize=64)
def calendar_words(lang: str) -> frozenset[str]:
    """Weekday and month names of ``lang`` and English, lower-cased (CLDR via babel)."""
    months, days = month_day_words(lang)
    return months | days


CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def doc_caps(article: Article) -> set[str]:
    """Words the article capitalises inside a sentence."""
    caps: set[str] = set()
    for s in article.sentences:
        text = s.text or article.text[s.start : s.end]
        for k, m in enumerate(WORD.finditer(text)):
            w = ELISION.sub("", m.group())
            if k > 0 and w and w[0].isupper() and not opens_clause(text, m.start()):
                caps.add(w)
    return caps


def opens_clause(text: str, start: int) -> bool:
    """A Spanish question or exclamation opens a sentence of its own: "¿Cuánto ...?"."""
    return text[:start].rstrip().endswith(("¿", "¡"))


# English adjectives of nationality/religion are capitalised but translate to lower-case words
EN_ADJECTIVE = re.compile(r"(?:ic|ian|ians|ese|ish|ean|eans)$")


def lower_words(article: Article) -> set[str]:
    """Words the article writes in lower case somewhere (common words, not names)."""
    return {m.group().lower() for m in WORD.finditer(article.text) if m.group()[0].islower()}


@lru_cache(maxsize=64)
def month_day_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(month names, weekday names) of ``lang`` and English, lower-cased (CLDR via babel)."""
    from babel import Locale, UnknownLocaleError

    months: set[str] = set()
    days: set[str] = set()
    for code in {lang, "en"}:
        try:
            loc = Locale.parse(code)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for table, bag in ((loc.months, months), (loc.days, days)):
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    try:
                        bag.update(str(v).lower().strip(".") for v in table[ctx][width].values())
                    except KeyError:
                        continue
    return frozenset(months), frozenset(days)


def acronym_word(word: str) -> bool:
    """An all-capitals word of 2-6 letters ("UN", "NATO", "США")."""
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 6


# an acronym written with a point after each letter, three letters or more ("F.A.S.", "F.A.Z.")
DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.){2,}[^\W\d_]\.?")


def dotted_acronym(word: str) -> bool:
    """An acronym of three letters or more with points ("F.A.S"; not "U.S", see
    :data:`DOTTED_ACRONYM`)."""
    return word.isupper() and bool(DOTTED_ACRONYM.fullmatch(word))


@lru_cache(maxsize=50_000)
def fold_tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[^a-z0-9]+", ascii_fold(text)) if t)


@lru_cache(maxsize=262_144)  # the same word pairs recur across sentences and candidates
def token_close(t: str, u: str, loose: bool = False) -> bool:
    """Same word up to inflection/transliteration; ``loose`` for words of two languages
    ("Japanese"/"japanische", "Poland"/"Polen")."""
    if t == u:
        return True
    if min(len(t), len(u)) < 4:
        return short_name_inflected(t, u)
    # (a look-alike must start alike too, "Paris" is no "prizes", but for a first letter
    # French adds or changes: "Etats"/"States")
    # (sharing a first syllable is not enough either: "européenne" is no "Eurostat")
    if loose and min(len(t), len(u)) >= 5 and ((t[:4] == u[:4] and fuzz.ratio(t, u) >= 55) or (
            (t[:2] == u[:2] or t[1:3] == u[1:3]) and fuzz.ratio(t, u) >= 72)):
        return True
    if min(len(t), len(u)) >= 5 and (t in u or u in t):
        return True  # compounds: "America"/"Nordamerika", "Moskau"/"Moskauer"
    common = len(os.path.commonprefix((t, u)))
    short, long_ = sorted((t, u), key=len)
    if common == len(short) == 4 and len(long_) >= 6 and long_[4:] not in _SLAVIC_CASE_ENDINGS \
            and _function_word(short):
        return False  # a frequent short word that opens a name: "more" is no "Moreno"
    if common >= 4 and common >= len(short) - 2:
        return True  # inflection: Obamy/Obama, Moscou/Moscow, Írán/Íránem
    # (a word shifted by one letter is another word: "Frank" is no "ranks")
    if len(t) == len(u) and (t[1:] == u[:-1] or u[1:] == t[:-1]):
        return False
    return fuzz.ratio(t, u) >= 80


# a four-letter word this frequent in one of the main languages is a word, not the start of a
# name ("more" 6.4, "dans" 6.9, "para" 6.9, "time" 6.3; names: "John" 5.4, "Land" 5.47, "Iran"
# 4.6)
FUNCTION_WORD_ZIPF = 5.5


@lru_cache(maxsize=4096)
def _function_word(word: str) -> bool:
    return max(zipf(word, lang) for lang in ("en", "fr", "de", "es")) >= FUNCTION_WORD_ZIPF


# case endings Slavic languages add to a name ("Mas" -> "Masovi", "Ta Mok" -> "Ta Moka",
# "Řím" -> "Říma", "Římem"), folded
_SLAVIC_CASE_ENDINGS = frozenset({"a", "u", "e", "y", "i", "em", "om", "ou", "ovi", "owi",
                                  "ova", "ovo", "ovy", "ove", "ovu", "uv", "ie"})


def short_name_inflected(t: str, u: str) -> bool:
    """Whether one of two folded words is a three-letter name and the other that name with
    a Slavic case ending (longer names are compared on a longer common start)."""
    short, long_ = sorted((t, u), key=len)
    return len(short) == 3 and long_.startswith(short) \
        and long_[3:] in _SLAVIC_CASE_ENDINGS


_SCRIPTS = {"cyrillic": re.compile(r"[\u0400-\u04ff]"), "greek": re.compile(r"[\u0370-\u03ff]"),
            "latin": re.compile(r"[A-Za-z\u00c0-\u024f]")}


def script_of(text: str) -> str:
    """The script most letters of ``text`` are in: "latin", "cyrillic" or "greek" (the
    first 4,000 characters are enough)."""
    head = text[:4000]
    counts = {name: len(rx.findall(head)) for name, rx in _SCRIPTS.items()}
    return max(counts, key=counts.get)


def capitalised_words(text: str) -> str:
    """The words of ``text`` that start with a capital letter, space-separated."""
    return " ".join(w for w in WORD.findall(text) if w[:1].isupper())


# titles before a name: the English rules' list plus ranks, offices and French forms
TITLES = PERSON_TITLES | {
    "bishop", "captain", "ceo", "colonel", "commander", "congressman", "congresswoman",
    "defence", "defense", "doctor", "foreign", "frere", "inspector", "interior", "lieutenant",
    "major", "mere", "pere", "prime", "prosecutor", "saint", "sainte", "sergeant", "sheikh",
    "soeur", "special",
}


@lru_cache(maxsize=1)
def language_words() -> frozenset[str]:
    """Language names in a few locales ("French", "Deutsch", "árabe"), lower-cased: as
    adjectives of nationality they translate to lower-case words in most languages."""
    from babel import Locale

    out: set[str] = set()
    for code in ("en", "fr", "es", "it", "pt", "de"):
        out.update(ELISION.sub("", w).lower() for v in Locale.parse(code).languages.values()
                   for w in str(v).split())
    return frozenset(out)


LINKS = r"(?:de|del|des|du|d['’]|della|di|do|da|of|y|et|and|&|la|le|les|the|los|las)"
# capitalised articles that open a title inside a sentence ("Le Devoir", "El País")
TITLE_ARTICLES = r"(?:(?:Le|La|Les|El|Los|Las|Il|Lo)[ \u00a0]|L['’])"


# single capitalised words that name what a translator renders by its meaning
TRANSLATED_WORDS = {
    "congress", "parliament", "treasury", "senate", "cabinet", "ministry", "assembly",
    "council", "court", "church", "christmas", "easter", "muslim", "muslims", "catholic",
    "protestant", "jew", "jews", "internet", "web", "olympics", "olympic", "army", "navy",
    "police", "republic", "kingdom", "union", "party", "crown", "empire", "government",
    "parlement", "senat", "assemblee", "conseil", "commission", "tresor", "cour", "eglise",
    "armee", "gouvernement", "ministere", "etat", "bourse", "justice", "defense", "interieur",
    "noel", "paques", "parlamento", "congreso", "gobierno", "ayuntamiento", "ejecutivo",
    "senado", "tribunal", "comision", "iglesia", "ejercito", "policia", "bolsa", "estado",
    "navidad", "junta", "generalitat", "exchange", "bank", "banque", "banco",
}


# words of institutions and places that translate by their meaning ("City Council" / "conseil
# municipal"): a copy capitalising one of them elsewhere knows no name by it
GENERIC_WORDS = TRANSLATED_WORDS | ORG_HEADS | PLACE_HEADS


def title_case(text: str) -> bool:
    """A headline in title case ("Obscure City Street, Often Forgotten and Perhaps Soon for
    Sale"): no final punctuation (a colon ends a sentence that opens a quotation), and most
    words of four letters or more capitalised; not a line of people's names, each a given
    name and the word after it ("Gabriella Borter, version française Jean-Stéphane Brosse")."""
    text = text.strip()
    long = [w for w in (ELISION.sub("", m.group()) for m in WORD.finditer(text))
            if len(w) >= 4]
    return bool(long) and not re.search(r"[.!?…:\"”»]$", text) \
        and sum(w[0].isupper() for w in long) >= 0.6 * len(long) and not _names_line(text)


def _names_line(text: str) -> bool:
    """Whether every capitalised word of ``text`` is a given name of the lists or the word
    right after one, two people at least."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    people = 0
    after_given = False
    for w in words:
        if not w[:1].isupper():
            after_given = False
            continue
        tokens = fold_tokens(w)
        if tokens and given_name(tokens[0], None, foreign=True) and not after_given:
            people += 1
            after_given = True
        elif after_given:
            after_given = False
        else:
            return False
    return people >= 2


def calendar_word(low: str) -> bool:
    return any(low in calendar_words(lang) for lang in ("en", "fr", "de", "es"))
