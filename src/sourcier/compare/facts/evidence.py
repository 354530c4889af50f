"""Which capitalised words of a text are names worth checking: the vocabulary a translation
must keep, names written verbatim across languages (word-frequency evidence), own-territory
adjectives, hyphenated compounds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from sourcier.annotate.german_tagger import proper_noun_only, proper_noun_starts
from sourcier.annotate.names import (
    FIRST_NAMES,
    city_key,
    given_name,
    name_key,
    seed_label,
    seed_place,
    territory_names,
    zipf,
)
from sourcier.compare.facts.quotes import quoted_strings
from sourcier.compare.facts.rendering import german_place_adjective
from sourcier.compare.facts.sentences import PLACE_PREFIX, Name, capitalised_runs
from sourcier.compare.facts.text import (
    ELISION,
    GENERIC_WORDS,
    NOT_NAMES,
    TITLE_ARTICLES,
    TITLES,
    WORD,
    acronym_word,
    calendar_word,
    doc_caps,
    dotted_acronym,
    fold_tokens,
    language_words,
    title_case,
)
from sourcier.model import Article


def capitalised_tokens(article: Article) -> set[str]:
    """Folded tokens the article capitalises mid-sentence (its proper-name vocabulary)."""
    out: set[str] = set()
    for w in doc_caps(article):
        out.update(t for t in fold_tokens(w) if len(t) >= 3)
    return out


# titles and roles before a person's name in languages without a recogniser here (German,
# Spanish), folded; a German compound ending in one ("Grünen-Chef", "Vize-Bürgermeister")
# is one too
_LOCAL_TITLES = {
    "herr", "herrn", "frau", "prasident", "prasidentin", "kanzler", "kanzlerin", "minister",
    "ministerin", "burgermeister", "burgermeisterin", "oberburgermeister", "chef", "chefin",
    "sprecher", "sprecherin", "trainer", "prafekt", "dezernent", "direktor", "direktorin",
    "vorsitzende", "vorsitzender", "geschaftsfuhrer", "senator", "abgeordnete", "papst",
    "konig", "konigin", "prinz", "pfarrer", "richter", "richterin", "staatsanwalt",
    "botschafter", "general", "professor", "prof", "dr",
    "senor", "senora", "don", "dona", "presidente", "presidenta", "ministro", "ministra",
    "alcalde", "alcaldesa", "consejero", "consejera", "portavoz", "director", "directora",
    "juez", "jueza", "fiscal", "diputado", "diputada", "senadora", "rey", "reina", "papa",
    "secretario", "secretaria", "delegado", "delegada", "entrenador", "cantante", "actor",
    "actriz", "revista", "diario", "periodico",
}


# German compounds ending in a title: "Bundesfinanzminister", "Verbandspräsident"
_TITLE_ENDINGS = ("minister", "ministerin", "prasident", "prasidentin", "chef", "chefin",
                  "sprecher", "sprecherin", "burgermeister", "kanzler", "kanzlerin", "trainer",
                  "direktor", "vorsitzende", "vorsitzender")


def _local_title(word: str) -> bool:
    parts = fold_tokens(word)
    return bool(parts) and (parts[-1] in _LOCAL_TITLES or parts[-1] in TITLES
                            or parts[-1].endswith(_TITLE_ENDINGS))


def name_vocabulary(article: Article, original: str | None = None,
                    original_lang: str | None = None) -> set[str]:
    """Folded words ``article`` capitalises mid-sentence, less those that translate by their
    meaning (institutions, places' generic heads, titles): its vocabulary of proper names.
    Quotations ``original`` (the other article's text) holds word for word are left out: a
    title or a saying kept in the original's language capitalises by that language's rules
    ("Die irreale Welt"). So are a frequent word of ``original_lang`` met only inside a name
    of several words the original holds as it is ("Mine" of "Pike River Mine", "Immobilien"
    of "Immobilien-Chancen-Gruppe": "in einer Mine" is a common noun), and the capitalised
    part of a compound half translated ("Rathaus-náměstí", Rathausplatz)."""
    caps: set[str] = set()
    inside: set[str] = set()
    kept_text = " ".join(original.lower().split()) if original else ""
    for s in article.sentences:
        text = (s.text or article.text[s.start : s.end]).strip()
        if title_case(text):
            continue  # a headline in title case capitalises common words
        kept = [(q.start, q.start + len(q.text)) for q in quoted_strings(text)
                if q.text.lower() in kept_text] if kept_text else []
        words = list(WORD.finditer(text))
        for k, m in enumerate(words):
            w = ELISION.sub("", m.group())
            if k == 0 or not w[:1].isupper() or any(a <= m.start() < b for a, b in kept):
                continue
            parts = w.split("-")
            if any(p[:1].islower() for p in parts[1:]):
                continue  # "Rathaus-náměstí": a compound half translated
            tokens = {t for t in fold_tokens(w) if len(t) >= 3}
            if kept_text and (len(parts) > 1 or _in_capitalised_run(text, words, k)) \
                    and _run_at(text, words, k).lower() in kept_text:
                inside.update(tokens)
            else:
                caps.update(tokens)
    if original_lang:
        caps |= {t for t in inside - caps if zipf(t, original_lang) < COMMON_NAME_ZIPF}
    else:
        caps |= inside
    return {t for t in caps if t not in GENERIC_WORDS and t not in TITLES
            and t not in NOT_NAMES and t not in _LOCAL_TITLES}


COMMON_NAME_ZIPF = 3.5  # a word this frequent in the original's language may be a common noun


def _joined(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` are both capitalised, a single space between."""
    return i >= 0 and i + 1 < len(words) and words[i].group()[:1].isupper() \
        and words[i + 1].group()[:1].isupper() \
        and text[words[i].end():words[i + 1].start()] == " "


def _in_capitalised_run(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether word ``k`` has a capitalised neighbour, separated by a single space."""
    return _joined(text, words, k - 1) or _joined(text, words, k)


def _run_at(text: str, words: list[re.Match[str]], k: int) -> str:
    """The run of capitalised words (single spaces between) around word ``k``, the
    sentence's first word left out."""
    lo = hi = k
    while lo > 1 and _joined(text, words, lo - 1):
        lo -= 1
    while _joined(text, words, hi):
        hi += 1
    return text[words[lo].start():words[hi].end()]


def _same_word(t: str, u: str) -> bool:
    """The same word in two languages or inflections, not a compound of it ("Kochs"/"Koch",
    "Europas"/"Europe", not "Hotelpreise"/"Hotels"), nor a word that only starts alike
    ("Freunden"/"Freuda")."""
    if t == u:
        return True
    if min(len(t), len(u)) < 4 or abs(len(t) - len(u)) > 2:
        return False
    common = len(os.path.commonprefix((t, u)))
    return common >= max(4, max(len(t), len(u)) - 3) or fuzz.ratio(t, u) >= 85


@lru_cache(maxsize=8)
def _own_territories(lang: str) -> dict[str, str]:
    """The folded CLDR names of the countries, regions and continents in ``lang`` -> key
    (not the world: "Welt" is a common word; not the regions of two English words)."""
    from babel import Locale

    try:
        names = Locale.parse(lang).territories
    except Exception:  # noqa: BLE001 - no such locale in this babel build
        return {}
    out = {}
    for code, name in names.items():
        key = name_key(name, "LOC", lang)
        # (not the regions of two words in English, "Südamerika" / "South America": other
        # languages decline them as two words, "v Jižní Americe", which the tables miss)
        if code != "001" and territory_names(key) and not (code.isdigit() and " " in key):
            out[" ".join(fold_tokens(name))] = key
    return out


def _genitive_forms(word: str) -> tuple[str, ...]:
    """``word`` and, for a German genitive in "-s" ("Asiens", "Merkels"), its stem."""
    return (word, word[:-1]) if word.endswith("s") else (word,)


@lru_cache(maxsize=65_536)
def own_territory(word: str, lang: str | None) -> str:
    """The key of the territory ``word`` names in ``lang``'s own words ("Asiens" -> "asia"
    in German, genitive included), or "". In German, the places of the seed table too (its
    states and cities: "Sachsen-Anhalts", "Wien"; not the gazetteer's cities, which include
    German nouns, "Mitte", "Essen")."""
    if not lang:
        return ""
    own = _own_territories(lang)
    for form in _genitive_forms(word) if lang == "de" else (word,):
        key = own.get(" ".join(fold_tokens(form))) or (seed_place(form) if lang == "de" else "")
        if key:
            return key
    return ""


def evidenced_names(text: str, lang: str | None, vocabulary: set[str],
                    foreign: Callable[[str], bool] | None = None,
                    international: Callable[[str], bool] | None = None,
                    surnames: frozenset[str] | set[str] = frozenset(), *,
                    every_tagged: bool = False) -> list[Name]:
    """Names of a sentence in a language that capitalises every noun (German), kept only
    where something says they are names: a word the other-language document also
    capitalises (``vocabulary``: see :func:`name_vocabulary`), the words after a person's
    title or a known first name ("Bürgermeister Juri Rosljak", labelled ``PER``), acronyms,
    and two or more words in a row that ``foreign`` says are no common words of ``lang``
    ("Goldman Sachs", "Bahnhof Puorta Nuova" -> "Puorta Nuova"), and a person's surname alone
    when the article names the person in full elsewhere (``surnames``: see
    :func:`article_surnames`; "sagte Burda" after "Hubert Burda", labelled ``PER``).
    A run of capitalised words is cut down to those words ("Vorgehen Kochs" -> "Kochs").
    ``every_tagged``: a word the tagger takes for a proper noun and its lexicon knows as no
    common noun is one after an article ("der Venus"; not "den Wolf") or opening the sentence
    too (for copies in the same language, where a name can only be dropped word for word)."""
    out: list[Name] = []

    def flush(run: list[re.Match[str]]) -> None:
        # two or more capitalised words in a row, none a common word of the language:
        # a name ("Goldman Sachs", "Puorta Nuova"; single words are too often nouns that
        # happen to be rare, "Gong", "Quader")
        flags = [foreign is not None and foreign(m.group()) for m in run]
        in_foreign_run = [f and ((k > 0 and flags[k - 1]) or (k + 1 < len(run) and flags[k + 1]))
                          for k, f in enumerate(flags)]
        person = False
        keep: list[re.Match[str]] = []
        label: str | None = None

        def emit() -> None:
            if keep:
                surface = text[keep[0].start() : keep[-1].end()]
                # (a run the tagger alone vouches for: a proper noun of no known kind)
                kind = label or ("MISC" if any(k.start() in tagged_words for k in keep)
                                 else None)
                out.append(Name(surface, name_key(surface, kind, lang), keep[0].start(), kind))
                keep.clear()

        # a capitalised "-isch" adjective (German writes adjectives in lower case) right
        # before a noun: a name, both words ("Deutsche Bahn", "Russische Föderation")
        adjective = [lang == "de" and k + 1 < len(run) and bool(_NAME_ADJECTIVE.fullmatch(
            fold_tokens(m.group())[0] if fold_tokens(m.group()) else ""))
            and not text[m.end() : run[k + 1].start()].strip() for k, m in enumerate(run)]
        in_foreign_run = [f or a or (k > 0 and adjective[k - 1])
                          for k, (f, a) in enumerate(zip(in_foreign_run, adjective, strict=True))]
        joined = -1  # the word a two-letter acronym took ("IG Metall")
        for k, (m, foreign_run) in enumerate(zip(run, in_foreign_run, strict=True)):
            if k == joined:
                continue
            w = m.group()
            tokens = fold_tokens(w)
            if text[m.end() : m.end() + 2] in ("- ", "-,"):
                emit()  # the first part of a shared compound: "Sparkassen- und Giroverband"
                person, label = False, None
                continue
            if _local_title(w):
                emit()
                person, label = True, "PER"
                continue
            acr = acronym_word(w) or dotted_acronym(w)
            place = german_place_adjective(w) if lang == "de" else ""
            if not place and lang == "de" and _town_adjective(w, run, k, text):
                place = name_key(w, "LOC", lang)
            if place:  # "Moskauer Institut", "Wiener Staatsoper": the city is named
                emit()
                out.append(Name(w, place, m.start(), "LOC"))
                person, label = False, None
                continue
            if lang == "de" and not person and k > 0 and not text[
                    run[k - 1].end() : m.start()].strip() and _PLACE_KIND.search(
                    (fold_tokens(run[k - 1].group()) or ("",))[-1]) \
                    and zipf(w.lower(), lang) < APPOSED_ZIPF:
                # a word right after a noun for a kind of place: its name ("die Nordseeinsel
                # Juist", "des Regierungspräsidiums Gießen", "im Ortsteil Kirchdorf")
                emit()
                out.append(Name(w, name_key(w, "LOC", lang), m.start(), "LOC"))
                continue
            territory = own_territory(w, lang) if not person else ""
            if territory and not (k + 1 < len(run) and text[
                    m.end() : run[k + 1].start()].strip() in ("", "-")):
                # a country, region or continent by its name in the language, alone
                # ("Asiens", "Deutschland"; the cities of the gazetteer include German
                # nouns, "Mitte", and other languages' names of countries too, "Fas")
                emit()
                out.append(Name(w, territory, m.start(), "LOC"))
                person, label = False, None
                continue
            city = _german_city(w, text, m.start()) if lang == "de" and not person else ""
            if city and not (k + 1 < len(run) and text[
                    m.end() : run[k + 1].start()].strip() in ("", "-")) and not (
                    k > 0 and text[run[k - 1].end() : m.start()].strip() in ("", "-")):
                # a city of the tables, alone ("in Frankfurt", "nach Graz"; not the end of
                # a body's name, "Technischen Hochschule Zürich")
                emit()
                out.append(Name(w, name_key(w, "LOC", lang), m.start(), "LOC"))
                person, label = False, None
                continue
            # a given name of the lists alone (no surname after it) only when a translator
            # keeps the word as it is ("Felix"; "Romane", "Iren", "Töne" are German nouns)
            alone = k + 1 == len(run)
            # (not a given name alone after an article: "bis ins Mark", "die Rose")
            first = bool(tokens) and given_name(tokens[0], lang, foreign=not alone) and (
                not alone or tokens[0] in FIRST_NAMES or foreign is None or foreign(w)) \
                and not (alone and _ARTICLE_BEFORE.search(text, 0, m.start()))
            # (a proper noun of the tagger, unless a common word alone after an article:
            # "der Gong", "gegen den Wolf"; not "der Vhs Simbach"; with ``every_tagged``,
            # unless the lexicon knows it as a common noun: "der Venus" is a name)
            tagged = m.start() in proper and not (
                k + 1 == len(run) and _ARTICLE_BEFORE.search(text, 0, m.start())
                and zipf(w.lower(), "de") >= ARTICLE_NOUN_ZIPF
                and not (every_tagged and proper_noun_only(w)))
            if tagged:
                tagged_words.add(m.start())
            known = tagged or bool(tokens) and all(
                len(t) >= 4 and (t in vocabulary or any(_same_word(t, u) for u in vocabulary))
                for t in tokens) or foreign_run or (
                international is not None and international(w)
                and not _GERMAN_DETERMINED.search(text, 0, m.start()))
            if acr:
                emit()
                surface = w
                if len(w) == 2 and k + 2 == len(run) and text[m.end() : run[-1].start()] == " " \
                        and not acronym_word(run[-1].group()):
                    # a two-letter acronym and the one word after it: a body's name ("IG
                    # Metall"; the acronym alone is too short to be looked for)
                    surface, joined = text[m.start() : run[-1].end()], k + 1
                out.append(Name(surface, name_key(surface, None, lang), m.start()))
                person, label = False, None
            elif not person and not first and surnames and _surname_alone(w, surnames, text,
                                                                          m.start()):
                emit()
                out.append(Name(w, name_key(w, "PER", lang), m.start(), "PER"))
            elif person or first or known:
                if first and not person:
                    emit()
                    person, label = True, "PER"
                keep.append(m)
            else:
                emit()
                person, label = False, None
                # a compound joined by a hyphen to a word no common word of the language:
                # that part is a name ("Hollywood-Star", "Cassini-Huygens")
                if "-" in w and foreign is not None:
                    out.extend(_hyphenated_names(w, m.start(), text, lang, foreign))
        emit()

    # a sentence's first word is a name when it is the surname of a person the article names
    # in full ("Peter Wichert", then "Wichert soll ..."), a country, region or continent by
    # its name in the language ("China steht ..."), or (``every_tagged``) a proper noun of
    # the tagger that is no common noun ("Luciano vergisst")
    def surname_first(w: str) -> bool:
        return _one_of_surnames(w, surnames) or w in proper_words or bool(
            own_territory(w, lang))

    # German words the tagger takes for proper nouns ("Trump", "Volkswagen"; not "Virus")
    proper = proper_noun_starts(text) if lang == "de" else frozenset()
    proper_words = {m.group() for m in WORD.finditer(text) if m.start() in proper
                    and proper_noun_only(m.group())} if every_tagged else set()
    tagged_words: set[int] = set()

    for run in capitalised_runs(text, lang, surname_first):
        # a place opening with "Los", "San", "New" (words the runs leave out): "Los Angeles"
        prefix = PLACE_PREFIX.search(text, max(0, run[0].start() - 8), run[0].start())
        if prefix:
            for n in (2, 1):
                if len(run) < n:
                    continue
                surface = text[prefix.start() : run[n - 1].end()]
                if city_key(surface) or seed_label(surface) == "LOC":
                    out.append(Name(surface, name_key(surface, "LOC", lang), prefix.start(),
                                    "LOC"))
                    run = run[n:]
                    break
        # two or three words the tables know as one name ("Olympische Spiele", "Europäische
        # Union"): a name, whatever the words alone are
        k = 0
        while k < len(run):
            for n in (3, 2):
                sub = run[k : k + n]
                surface = text[sub[0].start() : sub[-1].end()]
                if len(sub) == n and (seed_label(surface) is not None or city_key(surface)):
                    flush(run[:k])
                    out.append(Name(surface, name_key(surface, None, lang), sub[0].start()))
                    run, k = run[k + n :], -1
                    break
            k += 1
        flush(run)
    return out


# a word the tagger takes for a proper noun, alone after an article, is a common noun when at
# least this frequent in German ("der Gong" 3.4, "den Wolf" 4.3; the test of a person's
# surname and of a city's name, "gegen den Wolf", "die Halle", is the article alone)
ARTICLE_NOUN_ZIPF = 3.0

# a city's name travels: attested in the English and French lists (Zipf), not far more
# frequent in German than in both (German words that are towns too: "Mitte", "Essen")
CITY_ATTESTED_ZIPF = 2.0
CITY_GERMAN_EXCESS = 2.2


def _german_city(word: str, text: str, start: int) -> str:
    """The key of the city of the tables a German sentence names by ``word`` (in the
    genitive too, "Frankfurts"), or "". German nouns among the tables' towns are told apart:
    not after an article ("die Halle", "das Essen"), a name attested in English and French
    (not "Namen", "Ofen"), and not a common German word ("Mitte Oktober")."""
    return "" if _ARTICLE_BEFORE.search(text, 0, start) else _travelling_city(word)


@lru_cache(maxsize=65_536)
def _travelling_city(word: str) -> str:
    """The key of the city of the tables ``word`` names (genitive included) when the name
    travels (see CITY_ATTESTED_ZIPF), or ""."""
    for form in _genitive_forms(word):
        key = city_key(form)
        if not key:
            continue
        low = form.lower()
        en, fr = zipf(low, "en"), zipf(low, "fr")
        if min(en, fr) >= CITY_ATTESTED_ZIPF and zipf(low, "de") - max(en, fr) <= \
                CITY_GERMAN_EXCESS:
            return key
    return ""


def _surname_alone(word: str, surnames: frozenset[str] | set[str], text: str,
                   start: int) -> bool:
    """``word`` is one of ``surnames`` (in the genitive too, "Merkels") and no article
    makes a noun of it ("gegen den Wolf", where the article names a Mr Wolf; a relative
    pronoun is none: "der Gerichtshof, den Musharraf besetzt hatte")."""
    return _one_of_surnames(word, surnames) and not (
        _ARTICLE_BEFORE.search(text, 0, start) and not _RELATIVE_BEFORE.search(text, 0, start))


def _one_of_surnames(word: str, surnames: frozenset[str] | set[str]) -> bool:
    """``word`` is one of ``surnames`` (lower case), in the genitive too ("Merkels")."""
    return any(form in surnames for form in _genitive_forms(word.lower()))


def article_surnames(article: Article) -> frozenset[str]:
    """Surnames (lower case) of the persons a German article names in full, a known first
    name then the surname, a particle between them or not (see :func:`evidenced_names`): that
    word alone names the person elsewhere in the article ("Hubert Burda", then "sagte Burda";
    "Ole von Beust", then "sagte von Beust"). Not from a first name alone ("Roman"), nor across
    a dash ("Server - Drohungen", a headline)."""
    out: set[str] = set()
    for k in range(len(article.sentences)):
        text = article.sentence_text(k)
        for n in evidenced_names(text, article.lang, set()):
            parts = n.text.split()
            if n.label == "PER" and len(parts) >= 2 and all(p[:1].isupper() for p in parts) \
                    and len(parts[-1]) >= 4:
                out.add(parts[-1].lower())
        # a first name, a particle, the surname: "Ole von Beust", then "sagte von Beust"
        for m in _PARTICLE_NAME.finditer(text):
            tokens = fold_tokens(m.group(1))
            if tokens and given_name(tokens[0], article.lang, foreign=False):
                out.add(m.group(2).lower())
    return frozenset(out)


_PARTICLE_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+)\s+"
                            r"(?:von der|van der|van den|von|van|zu|de)\s+([A-ZÄÖÜ][\w-]{3,})")


def _town_adjective(word: str, run: list[re.Match[str]], k: int, text: str) -> bool:
    """A German adjective in "-er" on a town too small for the tables, before the noun it
    qualifies ("des Barsinghäuser Kommissariats"): a rare word (Zipf < TOWN_ADJECTIVE_ZIPF;
    nouns in "-er" are common ones, and one noun does not qualify the next without an
    article), right after the article and before a German noun (a noun after an adjective,
    or before a name, is no town's adjective: "der chinesische Stahlhersteller Baosteel", "Der
    Netzwerkausrüster Huawei")."""
    return (word.endswith("er") and len(word) >= 7 and k + 1 < len(run)
            and not text[run[k].end() : run[k + 1].start()].strip()
            and bool(_ARTICLE_BEFORE.search(text, 0, run[k].start()))
            and zipf(word.lower(), "de") < TOWN_ADJECTIVE_ZIPF
            and _german_noun(run[k + 1].group()))


def _german_noun(word: str) -> bool:
    """A word of the German list that English hardly uses ("Kommissariats", "Rathaus"): a
    German noun, not a name ("Huawei", "Baosteel") standing after a noun in apposition."""
    low = word.lower()
    return zipf(low, "de") > 0 and zipf(low, "de") - zipf(low, "en") >= 1.5


TOWN_ADJECTIVE_ZIPF = 2.0
# a German definite or indefinite article, any case (and, below, a preposition with the article
# in it: "im", "ins Mark")
_GERMAN_ARTICLE = r"[dD](?:er|ie|as|en|em|es)|[eE]in(?:e|em|en|er|es)?"
_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:{_GERMAN_ARTICLE}|im|am|vom|zum|zur|beim"
                             r"|ins|ans|aufs|ums|fürs|durchs|übers|unters|vors)\s+$")
# ... but "der", "den", "dem" right after a comma (and a preposition) open a relative clause,
# whose subject may follow: "der Gerichtshof, den Musharraf besetzt hatte"
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|zu)\s+)?"
    r"(?:der|die|das|dem|den)\s+$")


# German nouns (folded) for a kind of place, alone or ending a compound, in the genitive too:
# the capitalised word right after one is the place's name, unless a frequent word ("in der
# Stadt Menschen")
APPOSED_ZIPF = 4.5
_PLACE_KIND = re.compile(
    r"(?:insel|stadt|gemeinde|dorf|ortsteil|stadtteil|kreis|bezirk|region|provinz|kanton"
    r"|bundesland|flughafen|bahnhof|viertel|metropole|prasidium)(?:e?s)?$")


# folded "-isch" adjectives, and "deutsch": "europaische", "deutscher" (not "Tische")
_NAME_ADJECTIVE = re.compile(r"(?:[a-z]{3,}i|deut)sch(?:e|er|en|es|em)")


# a German noun after its article or determiner, adjectives between ("als der Gong tönte",
# "mit einem Heber"): a common noun, unless something else says it is a name
_GERMAN_DETERMINED = re.compile(
    rf"\b(?:{_GERMAN_ARTICLE}|[kK]ein(?:e|em|en|er|es)?"
    r"|(?:dies|jed|welch|sein|ihr|unser|euer|mein|dein)(?:e|em|en|er|es)?)"
    r"\s+(?:[a-zäöüß][\w-]*\s+)*$")


def _hyphenated_names(word: str, start: int, text: str, lang: str | None,
                      foreign: Callable[[str], bool]) -> list[Name]:
    """The parts of a hyphenated compound that are no common words of ``lang`` (see
    ``foreign``), consecutive ones as one name ("Cassini-Huygens", "Hollywood-Star" ->
    "Hollywood")."""
    spans: list[list[int]] = []
    pos = start
    for part in word.split("-"):
        if part[:1].isupper() and len(part) >= 4 and foreign(part):
            if spans and spans[-1][1] + 1 == pos:
                spans[-1][1] = pos + len(part)
            else:
                spans.append([pos, pos + len(part)])
        pos += len(part) + 1
    return [Name(text[s:e], name_key(text[s:e], None, lang), s) for s, e in spans]


# A translator keeps a proper name as it is unless it is made of the original language's own
# words ("Neue Weg", "County", "Taleban"/"talibans"): a word whose Zipf frequency (wordfreq,
# word lists bundled with the package) in the original's language exceeds its frequency in
# the copy's language by VERBATIM_GAP or more is such a word (measured on WMT names:
# Platz 5.5 vs 2.4, County 5.2 vs 3.3, Taleban 1.7 vs 0; against Goldman 3.4 vs 3.6,
# Riverside 3.7 vs 2.8, Westend 3.1 vs 1.9, Carpigiani unknown to both).
VERBATIM_GAP = 1.5


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    try:
        from wordfreq import available_languages
    except ImportError:  # pragma: no cover - a dependency; absent only in a broken install
        return frozenset()
    return frozenset(available_languages())


def verbatim_word(word: str, lang_from: str | None, lang_to: str | None) -> bool | None:
    """Whether a translator from ``lang_from`` into ``lang_to`` keeps ``word`` as it is: it is
    no distinctive common word of ``lang_from``. None when either language has no list."""
    langs = _wordfreq_languages()
    if not lang_from or not lang_to or lang_from not in langs or lang_to not in langs:
        return None
    low = word.lower()
    return zipf(low, lang_from) - zipf(low, lang_to) < VERBATIM_GAP


COMMON_WORD_ZIPF = 5.0  # "another", "said": a word no name is made of


COMMON_ZIPF = 4.0  # a word this frequent in its language is a common word, or a famous name


def translated_word(word: str, lang_from: str | None, lang_to: str | None) -> bool:
    """A common word of ``lang_from`` that a translation into ``lang_to`` renders by another
    word: frequent there (Zipf >= COMMON_ZIPF) and distinctive (see :func:`verbatim_word`):
    "Angleterre" 4.8 (English 2.0), "Consejo" 5.2 (1.9); not "Fuenlabrada" 3.2. A name very
    frequent in its own language only ("Québec" 5.3, English 2.9) is taken for one too."""
    if verbatim_word(word, lang_from, lang_to) is not False:
        return False
    return zipf(word.lower(), lang_from or "") >= COMMON_ZIPF


def kept_verbatim(name: Name, lang_from: str | None, lang_to: str | None,
                  lower_to: set[str] | frozenset[str] = frozenset(),
                  lower_from: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a translation of ``name`` into ``lang_to`` keeps a word of it as it is, so
    that its absence from the copy can be seen: a word of four letters or more, neither a
    title nor a generic institution or place word, written in lower case by neither article
    (``lower_to``, ``lower_from``), that is no distinctive word of ``lang_from``
    (:func:`verbatim_word`). "Riverside" of "Riverside County" qualifies; "County" does not."""
    for w in re.findall(r"[^\W\d_][\w'’]*", name.text):
        w = re.sub(r"['’]s$", "", ELISION.sub("", w))
        tokens = fold_tokens(w)
        if len(w) < 4 or not w[:1].isupper() or not tokens:
            continue
        if any(t in NOT_NAMES or t in TITLES or t in GENERIC_WORDS or t in _LOCAL_TITLES
               for t in tokens) or w.lower() in lower_to or w.lower() in lower_from:
            continue
        if w.lower() in language_words() or calendar_word(w.lower()):
            continue
        if verbatim_word(w, lang_from, lang_to):
            return True
    return False


_TITLED = re.compile(rf"{TITLE_ARTICLES}[A-ZÀ-Ý][a-zà-ÿ][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,2}}")


def titled_name(name: Name) -> bool:
    """A name opening with a capitalised article, then up to three capitalised words: a
    title a translator keeps as it is ("Le Devoir", "El País", "La Défense", "Las Rozas";
    see ``_TITLE_ARTICLE`` in :mod:`.sentences`). A work's title, with words in lower case,
    is translated ("La Chatte sur un toit brûlant"); an acronym after its article is read as
    an acronym ("Le RNI" / "die NIR")."""
    return bool(_TITLED.fullmatch(name.text))


def adjective_name(name: Name) -> bool:
    """A German name opening with a capitalised "-isch" adjective ("Deutsche Bahn",
    "Russische Föderation"): German writes adjectives in lower case, so the capital marks a
    name, one that is compared like a name of several words (see :func:`evidenced_names`)."""
    words = name.text.split()
    tokens = fold_tokens(words[0]) if len(words) >= 2 else []
    return bool(tokens) and bool(_NAME_ADJECTIVE.fullmatch(tokens[0]))


def compound_name(name: Name) -> bool:
    """A name of three capitalised words or more, not counting the first when it opens the
    sentence ("Competition Appeal Tribunal", "Criminal Records Bureau"): a body's name, which
    a translator into a language that capitalises names only renders with a capital too
    ("Tribunal d'appel de la concurrence"), so that its absence can be seen where the copy
    sentence has no capitalised word left to render it."""
    words = name.text.split()
    if name.start == 0:
        words = words[1:]
    caps = [w for w in words if w[:1].isupper() and any(ch.islower() for ch in w)]
    return len(caps) >= 3
