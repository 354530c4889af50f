"""Is a name rendered in another text? Transliteration-tolerant word matching, declined forms,
demonyms and nationality adjectives, acronyms and their expansions, alias-table places.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from rapidfuzz import fuzz

from sourcier.annotate.names import (
    demonym_stems,
    given_name,
    keys_match,
    known_place_names,
    name_key,
    place_names,
    seed_label,
    seed_place,
    skeleton,
    slavic_nominatives,
    stem_demonym,
    territory_keys,
    territory_names,
    zipf,
)
from sourcier.compare.facts.sentences import Name, fallback_names
from sourcier.compare.facts.text import (
    ELISION,
    GENERIC_WORDS,
    NOT_NAMES,
    TITLES,
    WORD,
    acronym_word,
    dotted_acronym,
    fold_tokens,
    script_of,
    short_name_inflected,
    token_close,
)


def without_names(sentence: str, lang: str | None, caps: set[str], other: str) -> str:
    """``sentence`` without its names (capitalised runs, see :func:`fallback_names`) that
    ``other``, a sentence of the other article, does not name."""
    out, end = [], 0
    for n in fallback_names(sentence, lang, caps):
        if n.start >= end and not name_in_text(n, other, loose=True):
            out.append(sentence[end : n.start])
            end = n.start + len(n.text)
    return " ".join(("".join(out) + sentence[end:]).split()) if out else sentence


def lower_renderings(pairs: list[tuple[list[Name], str]]) -> set[str]:
    """Keys of the original's names that the copy renders by a lower-case word in some aligned
    sentence pair (``pairs``: the names of an original sentence, the copy sentence): French
    writes "talibans", "catholiques" for "Taleban", "Catholics". Where the copy does so, it
    names them, and a sentence of it without them leaves them out."""
    out: set[str] = set()
    for names, text in pairs:
        lower = {t for w in WORD.findall(text) if w[:1].islower() for t in fold_tokens(w)
                 if len(t) >= 4}
        for n in names:
            words = [t for t in fold_tokens(n.text) if len(t) >= 4 and t not in NOT_NAMES
                     and t not in TITLES]
            if n.key and len(words) == 1 and any(token_close(words[0], u) for u in lower):
                out.add(n.key)
    return out


# A translation renders a name of another script by its sounds (a person, a place) or by its
# meaning (an institution, a holiday: "День ВМФ" / "Navy Day"). Taken to be rendered by its
# sounds: a word less frequent in its language than TRANSLITERATED_ZIPF ("Моисеев" 3.5,
# "Нурмагомедов" 2.4; not "Дня" 5.5, "Цепи" 4.1) that is no acronym ("МЧС" / "EMERCOM",
# "ДНК" / "DNA") and, in Russian, no declined adjective ("Центристской" / "Center Party").
# Measured on the WMT21 ru-en copies (tune documents): these were 86 of the 101 false drops.
TRANSLITERATED_ZIPF = 4.0


_RU_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю)$")


def transliterated_word(word: str, lang: str | None) -> bool:
    """Whether a translation into another script renders ``word`` by its sounds (see
    TRANSLITERATED_ZIPF), so that its absence there can be seen."""
    word = re.sub(r"['’]s$", "", word)
    if len(word) < 3 or word.isupper() or zipf(word.lower(), lang or "") >= TRANSLITERATED_ZIPF:
        return False
    return not (lang in ("ru", "uk") and _RU_ADJECTIVE.search(word.lower()))


def name_known(name: Name, vocabulary: set[str], *, exact: bool = False,
               every: bool = False) -> bool:
    """Whether a significant word of ``name`` is (spelling-tolerantly) in ``vocabulary``;
    ``exact``: every significant word is, spelt the same; ``every``: every word is."""
    words = [t for t in fold_tokens(name.text) if len(t) >= 3 and t not in NOT_NAMES
             and t not in GENERIC_WORDS]
    if exact:
        return bool(words) and all(t in vocabulary for t in words)
    test = all if every else any
    return bool(words) and test(
        t in vocabulary or any(token_close(t, u) for u in vocabulary) for t in words)


def significant_words(name: Name) -> list[str]:
    """The folded words of ``name`` that :func:`name_in_text` looks for (no titles, no
    common words: "Le Maire" has none)."""
    return [t for t in fold_tokens(name.text) if len(t) >= 3 and t not in NOT_NAMES
            and t not in TITLES]


# a site named by its address, short words only ("KP.ru", "RT.com")
_WEB_ADDRESS = re.compile(r"[^\W_]+(?:[.-][^\W_]+)*\.[a-z]{2,6}", re.I)


def name_in_text(name: Name, text: str, *, loose: bool = False) -> bool:
    """Whether a significant word of ``name`` appears (spelling-tolerant) in ``text``
    (titles and roles are not significant: "Special Prosecutor" is translated)."""
    words = significant_words(name)
    if not words:
        if _WEB_ADDRESS.fullmatch(name.text):  # "KP.ru", "Lenta.ru": kept as they are
            return name.text.casefold() in text.casefold()
        if dotted_acronym(name.text):  # "F.A.S." kept, with its points or without
            letters = re.findall(r"[^\W\d_]", name.text)
            return re.search(r"(?<!\w)" + r"\.?\s?".join(map(re.escape, letters)) + r"(?!\w)",
                             text) is not None
        return True  # nothing checkable: do not claim a difference
    other = fold_tokens(text)
    return any(token_close(t, u, loose) for t in words for u in other)


def derivative_rendered(name: Name, copy: str, original: str) -> bool:
    """Whether the copy words that could render one-word ``name`` are all adjectives made from
    it (in lower case, "italienische", or a nationality adjective, "Indian"), and the
    original sentence has as many lower-case words built on it: the original has "l'Inde"
    and "homologue indien", the copy "Indian counterpart" alone; "Indian" renders "indien",
    and India went unnamed."""
    words = significant_words(name)
    if len(words) != 1:
        return False
    t = words[0]

    def built_on(u: str) -> bool:  # "indien" / "Inde", "Indian" / "India"
        return token_close(t, u, True) or bool(name.key) and demonym_key(u) == name.key

    derived = [u for w in WORD.findall(original) if w[:1].islower()
               for u in fold_tokens(w) if u != t and built_on(u)]
    hits = [(w, u) for w in WORD.findall(copy) for u in fold_tokens(w) if built_on(u)]
    # (a place of the tables is no adjective: "Europa", "Lebanon")
    if not (0 < len(hits) <= len(derived) and all(
            u != t and seed_label(w) is None
            and (w[:1].islower() or bool(name.key) and demonym_key(u) == name.key)
            for w, u in hits)):
        return False
    # ... and without them, nothing in the copy names it ("Allemagne" for "Deutschland")
    adjectives = {w for w, _u in hits}
    rest = " ".join(w for w in WORD.findall(copy) if w not in adjectives)
    return not (name_in_text(name, rest, loose=True) or key_in_text(name, rest)
                or name_rendered(name, rest))


def surname_only(name: Name) -> Name:
    """A person's name without the given name it opens with ("Bernd Riexinger" ->
    "Riexinger"); any other name as it is."""
    words = name.text.split()
    tokens = fold_tokens(words[0]) if len(words) >= 2 else []
    rest = " ".join(words[1:])
    # (a short surname alone is no evidence: "Sen" of "Hun Sen")
    if tokens and len(rest) >= 4 and given_name(tokens[0], None, foreign=True):
        return Name(rest, name.key, name.start + len(name.text) - len(rest), name.label)
    return name


def person_surname(name: Name) -> Name:
    """:func:`surname_only` after every given name ("José Ramón Manguart Sánchez" ->
    "Manguart Sánchez"), and for a person the recogniser found, whose given name the lists
    lack, the last word ("Ing Bunhov" -> "Bunhov")."""
    rest = surname_only(name)
    while (shorter := surname_only(rest)) is not rest:  # middle names: "José Ramón"
        rest = shorter
    words = name.text.split()
    if rest is name and name.label == "PER" and len(words) >= 2 and len(words[-1]) >= 4:
        return Name(words[-1], name.key, name.start + len(name.text) - len(words[-1]),
                    name.label)
    return rest


def names_match(x: Name, y: Name, resolve=None) -> bool:
    kx, ky = x.key, y.key
    if resolve is not None:
        kx, ky = resolve(kx), resolve(ky)
    if keys_match(kx, ky):
        return True
    tx = [t for t in fold_tokens(x.text) if len(t) >= 3]
    ty = [t for t in fold_tokens(y.text) if len(t) >= 3]
    return any(token_close(t, u) for t in tx for u in ty) or _sounds_close(x.text, y.text)


@lru_cache(maxsize=65_536)  # names_match asks for the same pairs of names again and again
def _sounds_close(x: str, y: str) -> bool:
    """Across scripts, whether a word of ``x`` sounds like a word of ``y`` (their keys, see
    :func:`name_key`): "Джордана" reads "dzhordana" letter for letter, but is "Jordan"."""
    if script_of(x) == script_of(y):
        return False
    kx = [k for k in map(name_key, x.split()) if len(k) >= 3]
    ky = [k for k in map(name_key, y.split()) if len(k) >= 3]
    return any(token_close(t, u) for t in kx for u in ky)


def person_matched(x: Name, y: Name, resolve=None) -> bool:
    """:func:`names_match`, but a name of the copy matches a person of the original (a
    given name, then a surname) by the surname only: "Laura" is no rendering of "Laura
    Sophie Gehrlein", whose surname the copy left out, nor "ING City" of "Ing Bunhov"."""
    if not names_match(x, y, resolve):
        return False
    rest = person_surname(y)
    if rest is y or keys_match(x.key, y.key):
        return True
    tx = [t for t in fold_tokens(x.text) if len(t) >= 3]
    ty = [t for t in fold_tokens(rest.text) if len(t) >= 3]
    if any(token_close(t, u) for t in tx for u in ty) or _sounds_close(x.text, rest.text):
        return True
    # the surname in another transliteration ("Zakharova" / "Sacharowa")
    target = skeleton(rest.text)
    return any(fuzz.ratio(skeleton(w), target) >= SURNAME_SKELETON for w in x.text.split())


# how close (rapidfuzz ratio of the skeletons) two transliterations of one surname are
# ("Zakharova" / "Sacharowa" 82, "Yanukovych" / "Janukowitsch" 86; "City" / "Bunhov" 0)
SURNAME_SKELETON = 75


_INITIAL_VARIANTS = ({"c", "k", "q"}, {"i", "j", "y"})


def _same_initial(t: str, u: str) -> bool:
    """Whether two folded words start alike, up to transliteration ("Tchernobyl"/"Chernobyl",
    "Wasjunik"/"Vasyunik", "Cologne"/"Koln"): renderings of one name do, look-alikes of
    different words often do not ("Winding"/"Rising", "Italia"/"Australian")."""
    a, b = skeleton(t)[:1], skeleton(u)[:1]
    return a == b or any(a in v and b in v for v in _INITIAL_VARIANTS)


def acronym_letters(name: Name) -> str:
    """``name`` without a possessive 's and without dots ("U.S.'s" -> "US")."""
    return re.sub(r"['’]s$", "", name.text.strip()).replace(".", "")


def name_rendered(name: Name, text: str) -> bool:
    """Whether a word of ``text`` may render ``name`` in another language or script: a
    capitalised one ("Bretagne"/"Brittany", "Londres"/"London", "Wasjunik"/"Vasyunik"), or,
    for a country, its adjective ("Brazilian", "autrichien")."""
    core = acronym_letters(name)
    if acronym_word(core):
        # acronyms are reordered in translation: "DPP"/"PDP", "NATO"/"OTAN", "UN"/"ONU"
        letters = sorted(core)
        # (plurals too: "ONG" / "NGOs")
        acronyms = (re.sub(r"(?<=[A-Z])(?:['’]?s)$", "", ELISION.sub("", w))
                    for w in WORD.findall(text))
        if any(sorted(w) == letters for w in acronyms if w.isupper()):
            return True
        if seed_label(name.text) != "LOC":
            return False
        words = []  # a place's acronym ("EEUU", "USA"): its names, below
        first = None
    else:
        tokens = fold_tokens(name.text)
        first = tokens[0] if len(tokens) >= 2 else None
        words = [t for t in tokens if len(t) >= 4 and t not in NOT_NAMES]
        # a person is rendered by the surname: a copy word close to the given name only is
        # another name ("Bernd Weber" / "Brain Institute")
        if len(tokens) >= 2 and given_name(tokens[0], None, foreign=True):
            surname = fold_tokens(person_surname(name).text)  # (after middle names too)
            words = [t for t in words if t not in tokens[:1] and t in surname] or words
        if not words and not table_known(name):
            # (a short place of the tables is looked up below: "Rom" / "Římě", and one of
            # compass words: "North Sea" / "Nordsee")
            return False
    caps = [t for w in WORD.findall(text) if w[:1].isupper()
            for t in fold_tokens(ELISION.sub("", w)) if len(t) >= 4]
    # (a rendering is about as long as the name: "mail" of "E-Mail" is no "Marseille", and
    # a short name's within a letter, "Booten" is no "Béni", unless it is the name declined:
    # "Bushem", "Putinem")
    # (the first word of a name of several, rendered by a given name of the lists, is a given
    # name in a spelling the lists lack: "Stephen" renders "Стивен" of "Стивен Мнучин", not him)
    if any(fuzz.ratio(t, u) >= 60 and _same_initial(t, u)
           and (abs(len(t) - len(u)) <= (1 if len(t) <= 5 else max(2, len(t) // 3))
                or (len(t) <= 5 and u.startswith(t[:-1]) and len(u) - len(t) <= 2))
           and not (t == first and t != u and given_name(u, None, foreign=True))
           for t in words for u in caps):
        return True
    # a country the tables key in every language, rendered by its adjective: "ambassade du
    # Brésil" / "Brazilian Embassy" (key "brazil")
    # (a German genitive, "Deutschlands", is keyed as its place)
    key = name.key if table_known(name) or territory_names(name.key) else ""
    if not key and len(words) == 1:  # a demonym: "Kenyan" / "keňští", "Iraqi" / "irakien"
        key = demonym_key(words[0])
    if not key:  # a city's people: "New Yorkers" / "Newyorčané", "Londoners" / "Londoniens"
        key = people_place(name.text)
    if len(key) >= 4 and " " not in key and any(u.startswith(key) for u in caps):
        return True
    # ... or by a compound opening with one of its names, written as one: "North Sea" /
    # "Nordseehäfen", "Atlantic" / "Atlantikküste"
    if key and any(len(r) >= 6 and u.startswith(r) and len(u) > len(r)
                   for r in (n.replace(" ", "") for n in place_names(key)) for u in caps):
        return True
    # ... or by a lower-case adjective built on its name in the copy's language: "Austria" /
    # "autrichien" (Autriche), "Iraq" / "irakien" (Irak), "Belarus" / "biélorusse"
    if key and any(_nationality_of(w, r) for r in territory_names(key)
                   for w in fold_tokens(text) if w[:1] == r[:1]):
        return True
    # ... or by an adjective built on another word: "UK" / "britannique"
    if key and any(w.startswith(demonym_stems(key)) for w in fold_tokens(text)):
        return True
    # ... or, for a city, by a Slavic adjective on its name: "Kodaň" / "kodaňského summitu"
    if key and any(_nationality_of(w, r, slavic=True)
                   for r in place_names(key) if " " not in r
                   for w in fold_tokens(text) if w[:1] == r[:1]):
        return True
    # ... or by its people in Czech/Slovak, a capitalised noun on the land's name less
    # "-sko": "Die Bayern" / "Bavoři" (Bavorsko)
    if key and any(u.startswith(r[:-3]) and u[len(r) - 3:] in _PEOPLE_ENDINGS
                   for r in place_names(key) if r.endswith(("sko", "cko")) and len(r) >= 7
                   and " " not in r for u in caps):
        return True
    # ... or by the acronym of one of its names: "Naciones Unidas" / "OSN" (Organizace
    # spojených národů)
    if _acronym_rendered(name, text):
        return True
    # ... or by an inflected form of one of its names: Czech "ve Španělsku" (Španělsko),
    # "Moskvy" (Moskva), "ve Spojených státech" (Spojené státy)
    if not key:
        return False
    tokens = fold_tokens(text)
    for r in place_names(key):
        parts = r.split()
        if len(parts) == 1:
            if any(_inflected(u, r) for u in caps if u[:1] == r[:1]):
                return True
            continue
        # a Slavic adjective on a name of several words, written as one, its last consonant
        # may merge into the suffix: "newyorská burza" (New York + -ský)
        joined = "".join(parts)
        if len(joined) >= 6 and any(
                len(os.path.commonprefix((u, joined))) >= len(joined) - 1 for u in tokens):
            return True
        for i in range(len(tokens) - len(parts) + 1):
            if all(_inflected(tokens[i + k], p) for k, p in enumerate(parts)):
                return True
    return False


_PEOPLE_SUFFIX = re.compile(r"(?:ers|er|ians|ian|s)$")


@lru_cache(maxsize=4096)
def people_place(text: str) -> str:
    """The key of the place whose people an English plural names ("New Yorkers" -> "new
    york", "Londoners" -> "london", "Parisians" -> "paris"), or ""."""
    m = _PEOPLE_SUFFIX.search(text)
    if not m or len(text) - len(m.group()) < 4:
        return ""
    words = text[: m.start()].split()
    # (a capitalised word before it, "Ordinary New Yorkers", is no part of the place)
    for k in range(len(words)):
        stem = " ".join(words[k:])
        if seed_label(stem) == "LOC":
            return name_key(stem)
    return ""


def _adjective_country(token: str) -> str:
    """The key of the country or land a folded adjective names ("deutscher", "schweizerisch",
    "bayerisches", "europaischer", "french", "allemande" -> "germany", "switzerland",
    "bavaria", "europe", "france", "germany"), or ""."""
    key = stem_demonym(token) or demonym_key(token)
    if key:
        return key
    m = re.search(r"isch(?:e|er|en|es|em)?$", token)
    base = token[: m.start()] if m else ""
    bases = [base, base[:-2]] if base.endswith("er") else [base]  # "schweizerisch" -> "schweiz"
    return next((name_key(form) for base in bases if len(base) >= 4
                 for form in (base, base + "n", base + "a") if seed_label(form) == "LOC"), "")


def adjective_rendered(name: Name, copy_sentence: str) -> bool:
    """Whether the copy sentence translates the adjective of a country or land that opens a
    German name (see ``evidence.adjective_name``: "Deutscher Gewerkschaftsbund" / "German
    Association of Unions", "Schweizerischer Gewerkschaftsbund" / "fédération suisse",
    "Bayerisches Rotes Kreuz" / "Croix-Rouge bavaroise", "Europäischer Gerichtshof" / "Cour
    de justice de l'UE"): the name's other words are then translated too, and the name is
    taken as rendered."""
    tokens = fold_tokens(name.text.split()[0])
    key = _adjective_country(tokens[0]) if tokens else ""
    if not key:
        return False
    names = [n[: max(4, len(n) - 2)] for n in place_names(key) if " " not in n]
    for w in fold_tokens(copy_sentence):
        if len(w) >= 4 and (_adjective_country(w) == key or w.startswith(tuple(names))):
            return True
        if key == "europe" and name_key(w) == "eu":  # the European Union by its acronym
            return True
    return False


# Czech/Slovak case endings of a people's name ("Bavoři", "Bavorů", "Bavorům", "Bavory")
_PEOPLE_ENDINGS = frozenset({"i", "u", "um", "y", "ove", "ech", "ami", "ovi", "em", "a"})


@lru_cache(maxsize=8192)
def demonym_key(word: str) -> str:
    """The key of the country whose nationality adjective folded ``word`` is ("kenyan" ->
    "kenya", "pakistani" -> "pakistan"), or ""."""
    for name, key in _places_by_prefix().get(word[:4], ()):
        if key and "-" not in name and word != name and _nationality_of(word, name):
            return key
    return ""


def _acronym_rendered(name: Name, text: str) -> bool:
    """Whether an acronym of ``text`` is made of the initials of one of the names the tables
    give ``name`` in some language (see :func:`_table_initials`)."""
    initials = _table_initials(name.key) if name.key else frozenset()
    return bool(initials) and any(w.isupper() and w.lower() in initials
                                  for w in WORD.findall(text) if 2 <= len(w) <= 6)


@lru_cache(maxsize=4096)
def _table_initials(key: str) -> frozenset[str]:
    """Initials of the multi-word names the tables give ``key``, words of three letters or
    more ("organizace spojených národů" -> "osn")."""
    initials = ("".join(w[0] for w in n.split() if len(w) >= 3)
                for n in place_names(key) if " " in n)
    return frozenset(i for i in initials if len(i) >= 2)


def _inflected(word: str, name: str) -> bool:
    """Whether folded ``word`` is a case form of folded place name (or name word) ``name``:
    all but its last two letters in common (four at least), a short ending after them."""
    if len(name) == 3:
        return word == name or (short_name_inflected(word, name)
                                and not _other_place(word, name))
    if len(name) < 4 or len(word) > len(name) + 4:
        return word == name
    common = len(os.path.commonprefix((word, name)))
    if common >= max(4, len(name) - 2):
        return True
    # a Czech/Polish fleeting "e" drops before the ending: "Vídeň" -> "ve Vídni"
    if name[-2] == "e" and name[-1] not in _VOWELS and word.startswith(name[:-2] + name[-1]) \
            and len(word) <= len(name) + 2 and not _other_place(word, name):
        return True
    # a four-letter name changes its last letter ("Čína" -> "Číny", "Čínou"), unless the
    # word is another place's form ("Irák" -> "Iráku" is no "Írán")
    return len(name) == 4 and common == 3 and not _other_place(word, name)


@lru_cache(maxsize=4096)
def _other_place(word: str, name: str) -> bool:
    """Whether folded ``word`` may be a case form of a place name the tables know other than
    ``name``: it starts with that name less its last two letters at most ("iraku" / Irák,
    not "rime" / Rimini, which leaves Římě to Řím)."""
    return any(n != name and len(os.path.commonprefix((word, n))) >= max(4, len(n) - 2)
               for n, _key in _places_by_prefix().get(word[:4], ()))


@lru_cache(maxsize=1)
def _places_by_prefix() -> dict[str, tuple[tuple[str, str], ...]]:
    """First four letters -> (name, key) of every one-word place name the tables know,
    folded: the CLDR territories with their key first, then the other places with ""."""
    territories = territory_keys()
    out: dict[str, list[tuple[str, str]]] = {}
    for name, key in territories.items():
        if len(name) >= 4 and " " not in name:
            out.setdefault(name[:4], []).append((name, key))
    for name in known_place_names():
        if len(name) >= 4 and " " not in name and name not in territories:
            out.setdefault(name[:4], []).append((name, ""))
    return {k: tuple(v) for k, v in out.items()}


# endings of nationality adjectives in English, French, Spanish, Italian and German
_NATIONALITY_ENDINGS = frozenset({
    "ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "ain",
    "aine", "ains", "aines", "an", "ans", "ane", "anes", "ian", "ians", "ese", "ish", "i",
    "is", "ic", "ique", "iques", "e", "es", "se", "ses", "o", "a", "os", "as", "eno", "ena",
    "enos", "enas", "esa", "eses", "ano", "ana", "anos", "anas", "esi", "isch", "ische",
    "ischen", "ischer", "isches", "er", "ern", "d", "de", "ds", "des", "nd", "nde", "nds",
    "ol", "ola", "oles", "olas", "esisch", "esische", "esischen", "esischer", "esisches",
    # (German "-anisch" on a name less its last letters: "brasilianischen", "mexikanische")
    "anisch", "anische", "anischen", "anischer", "anisches", "anischem", "ischem",
    # Czech, Slovak, Polish, Ukrainian, Russian adjective endings, folded ("německých",
    # "evropských", "українських")
    *(stem + end for stem in ("", "sk", "ck", "ijsk", "iisk")
      for end in ("y", "a", "e", "ych", "eho", "emu", "ym", "ymi", "ou", "i", "ich", "im",
                  "ij", "yi", "yj", "ogo", "oho", "omu", "oi", "oj", "aja", "aya", "oe",
                  "ye", "ykh", "ikh", "iy", "ii", "ie", "ego", "em")),
    # Czech plurals of -ský / -cký: "keňští", "němečtí"
    *(stem + end for stem in ("st", "ct") for end in ("i", "ich", "im", "imi")),
})


def _nationality_of(word: str, territory: str, *, slavic: bool = False) -> bool:
    """Whether folded ``word`` is a nationality adjective of folded territory name
    ``territory``: the name, less up to three final letters, and a usual ending
    ("autrich"+"ien", "irak"+"ien", "bielorus"+"se", "alleman"+"d"; "inde" + "pendant" no).
    ``slavic``: only a Slavic adjective suffix ("kodan"+"skeho")."""
    if len(territory) < 4 or " " in territory or "-" in territory:
        return False
    for cut in range(4):
        stem = territory[: len(territory) - cut]
        if len(stem) < 3:
            break
        # Czech and Polish put an "e" between a name's last two consonants: Moskva ->
        # "moskevský"
        if (slavic and len(stem) >= 4 and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS
                and word.startswith(stem[:-1] + "e" + stem[-1])
                and word[len(stem) + 1:].startswith("sk")
                and word[len(stem) + 1:] in _NATIONALITY_ENDINGS):
            return True
        # (a three-letter stem only before a Slavic adjective suffix: Irák -> "irácký",
        # Čína -> "čínský")
        if (slavic or len(stem) == 3) and not word[len(stem):].startswith(
                ("sk", "ck", "st", "ct")):
            continue
        if word.startswith(stem) and word[len(stem):] in _NATIONALITY_ENDINGS:
            return True
    return False


_VOWELS = frozenset("aeiouy")


def table_known(name: Name) -> bool:
    """A place the built-in tables key across languages (seed places, CLDR countries and
    regions): its rendering in any language gets the same key, so it can be compared.
    Institutions are left out: translators render them by their function ("US State
    Department" / "Ministère des Affaires étrangères américain")."""
    return seed_label(name.text) == "LOC" or (
        name.label == "LOC" and german_place_adjective(name.text) == name.key != "") or any(
        seed_label(form) == "LOC" for form in slavic_nominatives(name.text)) or (
        name.label == "LOC" and (bool(territory_names(name.key))
                                 or seed_place(name.key) == name.key != ""))


def german_place_adjective(word: str) -> str:
    """The key of the city a German adjective in "-er" is built on ("Moskauer" -> "moscow",
    "Wiener" -> "vienna"), when the tables know that city, else ""."""
    if not word.endswith("er") or len(word) < 6 or not word[:1].isupper():
        return ""
    stem = word[:-2]
    if seed_label(stem) != "LOC" or territory_names(name_key(stem)):
        return ""  # a country's adjective is a nationality ("Schweizer"): left to demonyms
    return name_key(stem)


def key_in_text(name: Name, text: str) -> bool:
    """Whether a capitalised word or word run of ``text`` gets the key of ``name`` from the
    tables ("ONU" in one sentence, "UN" in its translation; "Indiens", a German genitive
    keyed as India, in "l'Inde")."""
    if seed_label(name.text) is None and seed_label(name.key) is None:
        return False
    # (an elided article is no part of the word: "l'Angleterre")
    words = [(m.start() + len(e.group()) if (e := ELISION.match(m.group())) else m.start(),
              m.end()) for m in WORD.finditer(text)]
    words = [(s, e) for s, e in words if text[s : s + 1].isupper()]
    for i, (start, end) in enumerate(words):
        # a compound opening with the name, joined by a hyphen: "UN-Agentur", "EU-Staaten"
        head = re.match(r"([^\W\d_]{2,})-\w", text[start:end])
        if head and keys_match(name_key(head.group(1)), name.key):
            return True
        for j in range(i, min(i + 4, len(words))):
            span = text[start : words[j][1]]
            if j > i and not re.fullmatch(r"[\w'’.-]+(?:[ -][\w'’.-]+)*", span):
                break
            if keys_match(name_key(span), name.key):
                return True
    return False


_INITIAL_SKIP = {"of", "for", "the", "and", "de", "du", "des", "la", "le", "pour", "et", "del",
                 "los", "las", "y", "fur", "und", "der", "die"}


def acronym_expanded(name: Name, text: str) -> bool:
    """Whether ``text`` spells the acronym ``name`` out: capitalised words whose initials
    make it ("EFSA" / "European Food Safety Agency"; "of", "de" and the like skipped)."""
    letters = re.sub(r"['’]s$", "", name.text.strip()).upper()
    words = [w for w in WORD.findall(text) if w.lower() not in _INITIAL_SKIP]
    n = len(letters)
    for i in range(len(words) - n + 1):
        run = words[i : i + n]
        if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run).upper() == letters:
            return True
    return False


def place_acronym(name: Name) -> bool:
    """A two-letter acronym of a place the tables know ("UK", "U.S."): too short to look
    for as it is in another language (:func:`name_in_text` finds nothing to check), but its
    renderings can be (:func:`name_rendered`: "Royaume-Uni", "britannique")."""
    core = acronym_letters(name)
    return len(core) == 2 and core.isalpha() and core.isupper() and seed_label(name.text) == "LOC"


def place_declined(name: Name, text: str) -> bool:
    """Whether ``text``, in a language that declines names, gives a word of one of the
    names the tables know for the place ``name`` is keyed to ("Südamerika" / "v Jižní
    Americe", "Nordamerika" / "ze Severní Ameriky")."""
    other = fold_tokens(text)
    return any(token_close(t, u) for v in place_names(name.key)
               for t in significant_words(Name(v, v, 0)) for u in other)


def place_in_text(name: Name, text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` names ``name``: :func:`name_in_text`, or for a place acronym one
    of its renderings."""
    if place_acronym(name):
        return name_rendered(name, text) or key_in_text(name, text)
    return name_in_text(name, text, loose=loose)
