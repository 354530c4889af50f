"""The facts of each sentence of an article: amounts, dates, names and quoted strings
(:func:`article_facts`, cached per article), and the capitalisation-based name finder used where
the entity recogniser says nothing.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sourcier.annotate import reference_date_of
from sourcier.annotate.dates import find_dates
from sourcier.annotate.names import (
    FIRST_NAMES,
    given_name,
    name_key,
    name_key_in,
    seed_label,
    slavic_nominatives,
    zipf,
)
from sourcier.annotate.numbers import find_numbers
from sourcier.compare.facts.amounts import AMOUNT_KINDS
from sourcier.compare.facts.quotes import Quoted, quoted_strings
from sourcier.compare.facts.text import (
    CYRILLIC,
    ELISION,
    NOT_NAMES,
    NOUN_CAPITALISING,
    TITLE_ARTICLES,
    WORD,
    acronym_word,
    calendar_words,
    doc_caps,
    fold_tokens,
    opens_clause,
)
from sourcier.model import Article, DateMention, NumberMention


@dataclass
class Name:
    text: str
    key: str
    start: int  # offset in the sentence
    label: str | None = None


@dataclass
class SentenceFacts:
    numbers: list[NumberMention] = field(default_factory=list)  # amounts only
    dates: list[DateMention] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    quotes: list[Quoted] = field(default_factory=list)
    # every figure of the sentence, whatever its kind or whether a date holds it ("80er",
    # "60 years ago"): what a translation may render as a plain amount
    figures: list[NumberMention] = field(default_factory=list)


_TIME_AFTER = re.compile(r"\s*(?:h\b|horas|hrs|uhr|heures|ore|[ap]\.?m\b|o'clock)", re.I)


def is_amount(n: NumberMention, text: str, start: int) -> bool:
    """An amount worth comparing: not a time of day ("16.30 horas", "4.30pm"), not an
    ordinal/year/time the parser already flagged."""
    if n.kind not in AMOUNT_KINDS:
        return False
    raw = n.text
    digits = re.match(r"\d{1,2}[.:h]\d{2}\b", raw)
    is_time = digits is not None and (
        _TIME_AFTER.match(text, start + digits.end()) is not None or ":" in digits.group())
    return not is_time


def reference_date(article: Article) -> date | None:
    """The date relative expressions of ``article`` are resolved against (its publication)."""
    return reference_date_of(article)


def _sentence_lang(article: Article, i: int) -> str | None:
    s = article.sentences[i]
    if 0 <= s.paragraph < len(article.paragraphs):
        return article.paragraphs[s.paragraph].lang or article.lang
    return article.lang


def capitalised_runs(text: str, lang: str | None,
                     first_ok: Callable[[str], bool]) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words of a sentence (roles, calendar words and one-letter words
    left out; punctuation other than a hyphen breaks a run). The sentence's first word
    counts only when ``first_ok(word)``."""
    cal = calendar_words(lang or "en")
    run: list[re.Match[str]] = []
    for k, m in enumerate(WORD.finditer(text)):
        w = ELISION.sub("", m.group())
        low = w.lower().strip(".")
        is_cap = bool(w) and w[0].isupper() and low not in NOT_NAMES and low not in cal
        first = k == 0 or opens_clause(text, m.start())
        if is_cap and len(w) >= 2 and (not first or first_ok(w)):
            if run and text[run[-1].end() : m.start()].strip() not in ("", "-"):
                yield run
                run = []
            run.append(m)
        elif run:
            yield run
            run = []
    if run:
        yield run


def fallback_names(text: str, lang: str | None, doc_caps: set[str]) -> list[Name]:
    """Capitalised word runs as name candidates.

    FALLBACK, to be replaced by ``sourcier.annotate`` entities once articles come annotated:
    used only when ``article.entities`` is None. A sentence-initial word counts only when the
    article also capitalises it mid-sentence (``doc_caps``), or when it is a given name before
    a surname (see :func:`_given_name_opening`).
    """
    out: list[Name] = []

    def first_ok(word: str) -> bool:
        return (word in doc_caps or word.isupper() or _given_name_opening(word, text, lang)
                or _declined_in(word, doc_caps))

    for run in capitalised_runs(text, lang, first_ok):
        start = _title_start(text, run[0].start(), 0, lang)  # "El País", "Le Devoir"
        surface = text[start : run[-1].end()]
        key = name_key_in(text, start, surface, None, lang)
        if key:
            out.append(Name(surface, key, start))
    if lang in NOUN_CAPITALISING:
        # every noun is capitalised: a run glues nouns to names ("Verbandes PZPN",
        # "Verwalter Robert Zawlocki"); cut it before acronyms and known first names, then
        # keep multi-word names and acronyms only
        out = [p for n in out for p in _split_noun_run(n, lang)]
        out = [n for n in out if len(n.text.split()) >= 2 or n.text.isupper()]
    elif CYRILLIC.search(text):
        # Russian puts a person's name right after the place in the genitive that qualifies
        # the title before it: "президент России Владимир Путин" is Russia, then Putin
        out = [p for n in out for p in _split_noun_run(n, lang)]
        out = [p for n in out for p in _locative_apart(n, text, lang)]
        out = [p for n in out for p in _district_apart(n, text, lang)]
    else:
        out = [_role_apart(n, lang) for n in out]
    return out


def _declined_in(word: str, caps: set[str]) -> bool:
    """Whether a Cyrillic ``word`` opening a sentence is capitalised inside a sentence of the
    article in another case form ("Хабаровский край ..." and "губернатора Хабаровского
    края": the same stem, the last two letters apart)."""
    if len(word) < 6 or not CYRILLIC.match(word):
        return False
    stem = word[:-2]
    return any(len(w) >= len(stem) and w.startswith(stem) and len(w) - len(word) in (-1, 0, 1)
               for w in caps)


def _given_name_opening(word: str, text: str, lang: str | None) -> bool:
    """Whether ``word``, opening the sentence or a clause of ``text``, is a given name of the
    lists before a capitalised word that is no place or body of the tables, a surname:
    "Бригитта Ланди-Пейн играет" (not "Слава Украине")."""
    m = re.search(r"(?<!\w)" + re.escape(word) + r"\s+([^\W\d_][\w-]*)", text)
    return bool(m and m.group(1)[:1].isupper() and given_name_form(word, lang)
                and seed_label(name_key(m.group(1), None, lang)) is None)


_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на)\s+$", re.I)


def _locative_apart(name: Name, text: str, lang: str | None) -> list[Name]:
    """A Russian run after "в"/"на" whose first word is in the locative ("-е", "-и") and whose
    next word is not is two names: "в Кронштадте Путин" is Kronstadt, then Putin ("в Нижнем
    Новгороде" is one)."""
    words = list(re.finditer(r"\S+", name.text))
    if len(words) < 2 or not _LOCATIVE_BEFORE.search(text[max(0, name.start - 4):name.start]):
        return [name]
    first, second = words[0].group().lower(), words[1].group().lower()
    if not (first.endswith(("е", "и")) and not second.endswith(("е", "и", "у", "ом", "ем"))):
        return [name]
    head, rest = name.text[:words[0].end()], name.text[words[1].start():]
    return [Name(head, name_key(head, None, lang), name.start, name.label),
            Name(rest, name_key(rest, None, lang), name.start + words[1].start(), name.label)]


# a Russian adjective in an oblique case before the word for a district or region ("Дубки
# Казбековского района": the village Dubki, then the Kazbekovsky district)
_DISTRICT_AFTER = re.compile(r"\s+(?:район|област|кра[йяюеё]|округ|республик|волост|губерни)",
                             re.I)
_OBLIQUE_ADJECTIVE = re.compile(r"\w+(?:ого|его|ой|ей|ому|ему|ом|ем|им|ым|их|ых)")


def _district_apart(name: Name, text: str, lang: str | None) -> list[Name]:
    """A Russian run ending in an adjective that qualifies the district or region named next
    is two names: the place before, and the district's adjective."""
    words = list(re.finditer(r"\S+", name.text))
    end = name.start + len(name.text)
    if len(words) < 2 or not _OBLIQUE_ADJECTIVE.fullmatch(words[-1].group()) \
            or not _DISTRICT_AFTER.match(text, end):
        return [name]
    head, tail = name.text[:words[-2].end()], words[-1].group()
    return [Name(head, name_key(head, None, lang), name.start, name.label),
            Name(tail, name_key(tail, None, lang), name.start + words[-1].start(), name.label)]


# a common word this frequent capitalised before a given name is a title, not part of the
# name ("El Tesorero Luis Miguel López Moreno" names Luis Miguel López Moreno; "Tesorero" 3.5)
ROLE_WORD_ZIPF = 3.0
# (words that open names of places and saints, not titles: "San Juan", "Santa María")
_SAINTS = frozenset({"san", "santa", "santo", "sao", "saint", "sainte", "st", "sant"})


def _title_word(word: str, lang: str | None) -> bool:
    """Whether ``word``, capitalised before a given name, is a title ("Tesorero")."""
    tokens = fold_tokens(word)
    return (bool(tokens) and tokens[0] not in _SAINTS
            and zipf(word.lower(), lang or "") >= ROLE_WORD_ZIPF
            and not given_name_form(word, lang))


def _role_apart(name: Name, lang: str | None) -> Name:
    """``name`` without the titles that open it before a given name (two words at least
    left: a given name and a surname)."""
    words = list(re.finditer(r"\S+", name.text))
    k = 0
    while (len(words) - k >= 3 and _title_word(words[k].group(), lang)
           and given_name_form(words[k + 1].group(), lang)):
        k += 1
    if k == 0:
        return name
    text = name.text[words[k].start():]
    return Name(text, name_key(text, None, lang), name.start + words[k].start(), name.label)


def given_name_form(word: str, lang: str | None) -> bool:
    """Whether ``word`` is a given name, or in Cyrillic a case form of one ("Николая" of
    Николай, "Владимира")."""
    tokens = fold_tokens(word)
    if not tokens:
        return False
    if tokens[0] in FIRST_NAMES or given_name(tokens[0], lang):
        return True
    return any(given_name(fold_tokens(n)[0], lang) for n in slavic_nominatives(word))


def _split_noun_run(name: Name, lang: str | None) -> list[Name]:
    # (cut before an acronym, and after one or a Russian place that two words or more follow:
    # "министр финансов США Стивен Мнучин", "тренер России Абдулманап Нурмагомедов"; not "МЧС
    # России", "РИА Новости")
    words = list(re.finditer(r"\S+", name.text))
    cuts = [0] + [k for k, m in enumerate(words) if k > 0 and (
        acronym_word(m.group())
        or ((acronym_word(words[k - 1].group()) or (
            CYRILLIC.match(words[k - 1].group())
            and seed_label(name_key(words[k - 1].group(), None, lang)) == "LOC"))
            and len(words) - k >= 2 and not any(acronym_word(w.group()) for w in words[k:]))
        or (fold_tokens(m.group())[:1] and fold_tokens(m.group())[0] in FIRST_NAMES)
        or (CYRILLIC.match(m.group()) and given_name_form(m.group(), lang)
            and not given_name_form(words[k - 1].group(), lang)))]  # not "Майка Помпео"
    if len(cuts) == 1:
        return [name]
    out = []
    for c0, c1 in zip(cuts, cuts[1:] + [len(words)], strict=True):
        s0, e0 = words[c0].start(), words[c1 - 1].end()
        text = name.text[s0:e0]
        out.append(Name(text, name_key(text, None, lang), name.start + s0, name.label))
    return out


_FACTS_CACHE: OrderedDict[tuple, list[SentenceFacts]] = OrderedDict()


FACTS_CACHE_SIZE = 64  # articles: a trace compares one query with several candidates


def article_facts(article: Article, reference: date | None = None) -> list[SentenceFacts]:
    """Facts of every sentence of ``article`` (annotation layers reused when present).

    ``reference``: resolve relative dates against this date instead of the article's own
    publication date (a copy's "Tuesday" was written relative to the original's date).
    Results are cached per article content, reference and entity layer; callers get copies.
    """
    key = (article.id, article.lang, len(article.text), len(article.sentences), reference,
           -1 if article.entities is None else len(article.entities),
           article.numbers is None, article.dates is None, article.published)
    hit = _FACTS_CACHE.get(key)
    if hit is None:
        hit = _article_facts(article, reference)
        _FACTS_CACHE[key] = hit
        if len(_FACTS_CACHE) > FACTS_CACHE_SIZE:
            _FACTS_CACHE.popitem(last=False)
    else:
        _FACTS_CACHE.move_to_end(key)
    return [SentenceFacts(list(f.numbers), list(f.dates), list(f.names), list(f.quotes),
                          list(f.figures)) for f in hit]


def _article_facts(article: Article, reference: date | None) -> list[SentenceFacts]:
    own = reference_date(article)
    ref = reference or own
    # the dates layer was resolved against the article's own date: redo it for another one
    dates_layer = article.dates if ref == own else None
    spans = [(s.start, s.end) for s in article.sentences]
    facts = [SentenceFacts() for _ in spans]

    def owner(start: int) -> int | None:
        lo, hi = 0, len(spans) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = spans[mid]
            if start < s:
                hi = mid - 1
            elif start >= e:
                lo = mid + 1
            else:
                return mid
        return None

    caps = doc_caps(article)
    for i, (s, e) in enumerate(spans):
        text = article.text[s:e]
        lang = _sentence_lang(article, i)
        if dates_layer is None:
            facts[i].dates = find_dates(text, lang, ref)
        if article.numbers is None:
            spans_d = [(d.start, d.end) for d in facts[i].dates]
            found = find_numbers(text, lang)
            facts[i].figures = list(found)
            facts[i].numbers = [n for n in found if is_amount(n, text, n.start)
                                and not any(s0 < n.end and n.start < e0 for s0, e0 in spans_d)]
        if article.entities is None:
            facts[i].names = fallback_names(text, lang, caps)
        facts[i].quotes = quoted_strings(text)
    if dates_layer is not None:
        for d in dates_layer:
            k = owner(d.start)
            if k is not None:
                facts[k].dates.append(d)
    if article.numbers is not None:
        date_spans = [(d.start, d.end) for d in article.dates or []]
        for n in article.numbers:
            k = owner(n.start)
            if k is not None:
                facts[k].figures.append(n)
            if k is None or not is_amount(n, article.text, n.start):
                continue
            if any(s0 < n.end and n.start < e0 for s0, e0 in date_spans):
                continue
            facts[k].numbers.append(n)
    if article.entities is not None:
        by_sentence: dict[int, list[Name]] = {}
        for ent in article.entities:
            k = owner(ent.start)
            if k is None:
                continue
            # a span running past its sentence ("Morning Meeting\n\nLa Bourse") is cut
            end = min(ent.end, spans[k][1])
            text, start = article.text[ent.start:end].rstrip(), ent.start
            if not text:
                continue
            prefix = PLACE_PREFIX.search(article.text, max(0, start - 8), start)
            opening = prefix.start() if prefix else _title_start(
                article.text, start, spans[k][0], article.lang)
            if opening < start:  # "New York Times" recognised as "York Times"; "Le Devoir"
                text, start = article.text[opening:start + len(text)], opening
            lead = _LOWER_LEAD.match(text) if seed_label(text) is None else None
            if lead and lead.end() < len(text):  # "presqu'île de Quiberon" -> "Quiberon"
                text, start = text[lead.end():], start + lead.end()
            tail = _LINK_TAIL.search(text)
            trimmed = bool(tail) and tail.start() > 0
            if trimmed:  # "Hôtel des ventes de" (the place it is of left apart)
                text = text[: tail.start()]
            reshaped = bool(lead) or trimmed or opening < ent.start or end < ent.end
            key = name_key(text, ent.label, article.lang) if reshaped else (
                ent.key or name_key(text, ent.label, article.lang))
            name = Name(text, key, start - spans[k][0], ent.label)
            if _sentence_initial_noise(name, article.text[spans[k][0]:spans[k][1]], caps,
                                       article.lang):
                continue
            by_sentence.setdefault(k, []).extend(_place_tail_apart(name, article.lang))
        for k, (s, e) in enumerate(spans):
            names = by_sentence.get(k, [])
            # capitalised runs the recogniser left out stay candidates (its recall is
            # modest outside French); they carry no label
            taken = [(n.start, n.start + len(n.text)) for n in names]
            extra = [n for n in fallback_names(article.text[s:e], _sentence_lang(article, k),
                                                caps)
                     if not any(a0 < n.start + len(n.text) and n.start < b0 for a0, b0 in taken)]
            facts[k].names = sorted(names + extra, key=lambda n: n.start)
    return facts


_PLACE_TAIL = re.compile(r"\s+(?:de|du|des|del|of|d['’])\s*(?:la\s+|l['’])?"
                         r"([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})$")


# "Charlie Jones de C3": a person and the company by its acronym
_ACRONYM_TAIL = re.compile(r"\s+(?:de|du|of|d['’])\s*([A-Z][A-Z0-9&]{1,5})$")


RARE_TAIL_ZIPF = 3.5  # "Brühl" 2.0 in French: a town; "Jazz" 3.9: a word


def _place_tail_apart(name: Name, lang: str | None) -> list[Name]:
    """A body and the place it is of, recognised as one name ("Unity High School de
    Khartoum"), as two: the place alone does not name the body, and a copy that keeps the
    place has not kept the body. So too a person and the body by its acronym ("Charlie Jones
    de C3")."""
    a = _ACRONYM_TAIL.search(name.text)
    if a and re.search(r"[a-zà-ÿ]", name.text[: a.start()]):
        head, tail = name.text[: a.start()], a.group(1)
        return [Name(head, name_key(head, name.label, lang), name.start, name.label),
                Name(tail, name_key(tail, None, lang), name.start + a.start(1))]
    m = _PLACE_TAIL.search(name.text) if name.label != "PER" else None
    # (a place of one word and the place it is of, "Île de France", is one place)
    heads = len(re.findall(r"\b[A-ZÀ-Ý]", name.text[: m.start()])) if m else 0
    if not m or heads < (1 if name.label in ("ORG", "MISC") else 2):
        return [name]
    # (the tail a place the tables know, or, after a body with a name of its own ("Musée Max
    # Ernst de Brühl"), a word too rare to be a common one)
    if seed_label(m.group(1)) != "LOC" and not (
            heads >= 3 and all(zipf(w.lower(), lang or "") < RARE_TAIL_ZIPF
                               for w in m.group(1).split())):
        return [name]
    head, tail = name.text[: m.start()], m.group(1)
    return [Name(head, name_key(head, name.label, lang), name.start, name.label),
            Name(tail, name_key(tail, "LOC", lang), name.start + m.start(1), "LOC")]


PLACE_PREFIX = re.compile(r"(?<![\w'’])(?:New|San|Santa|Los|Las|Fort|Port|Lake|Mount)[ \u00a0]$")


# a capitalised article inside a sentence opens the title it belongs to ("Le Devoir", "El
# País", "La Défense"; not the sentence's first word, capitalised anyway)
_TITLE_ARTICLE = re.compile(rf"(?<=[\w,;] ){TITLE_ARTICLES}$")


def _title_start(text: str, start: int, lo: int, lang: str | None) -> int:
    """Where a name at ``start`` begins once the capitalised article before it, if any, is
    taken in (not in a language that capitalises every noun; ``lo``: the sentence's start)."""
    if lang in NOUN_CAPITALISING:
        return start
    m = _TITLE_ARTICLE.search(text, max(lo, start - 5), start)
    return m.start() if m else start


# link words a name never ends on
_LINK_TAIL = re.compile(r"(?:\s+(?:de|du|des|del|d['’]|of|the|von|der))+$")


_LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ][\w'’-]*\s+)+(?:(?:de|du|des|del|of|la|le|les|the)\s+|"
                         r"d['’]|l['’])+")


# an entity opening its sentence is a name, whatever the rest of the article, when it is a rare
# word of the language ("Eurostat" 2.8, "Coldplay" 3.1 on the Zipf scale; the adverbs and nouns
# that open sentences are frequent ones: "Another" 5.7, "Destruction" 4.4, "Concrètement" 4.0)
INITIAL_NAME_ZIPF = 3.5


def _sentence_initial_noise(name: Name, sentence: str, caps: set[str],
                            lang: str | None = None) -> bool:
    """A one-word entity opening the sentence that the article never capitalises elsewhere,
    no table knows and the language uses as a word ("Another", "Destruction"):
    capitalisation, not a name."""
    words = name.text.split()
    if len(words) != 1 or sentence[: name.start].strip(" \"'«“„‘([-—") or name.text.isupper():
        return False
    return name.text not in caps and seed_label(name.text) is None and not (
        lang and zipf(name.text.lower(), lang) < INITIAL_NAME_ZIPF)


def merge_facts(items: list[SentenceFacts]) -> SentenceFacts:
    out = SentenceFacts()
    for f in items:
        out.numbers += f.numbers
        out.dates += f.dates
        out.names += f.names
        out.quotes += f.quotes
        out.figures += f.figures
    return out
