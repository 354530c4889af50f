"""Exact facts of each sentence, and their explicit comparison (never by vectors).

Per sentence: amounts (:func:`sourcier.annotate.numbers.find_numbers`), dates with resolved
values (:func:`sourcier.annotate.dates.find_dates`, relative ones resolved against the
article's own publication date when known), names (``article.entities`` when the article was
annotated, else a capitalisation-based candidate finder, see :func:`_fallback_names`) keyed
with :func:`sourcier.annotate.names.name_key`, and quoted strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from sourcier.annotate.dates import find_dates
from sourcier.annotate.names import keys_match, name_key
from sourcier.annotate.numbers import find_numbers
from sourcier.model import Article, DateMention, NumberMention

AMOUNT_KINDS = {"number", "percent", "money", "range"}
# languages that capitalise common nouns: capitalisation says nothing about names there
NOUN_CAPITALISING = {"de", "lb"}

_QUOTE = re.compile(
    r"«\s*(?P<g>[^«»]{8,}?)\s*»|“(?P<c>[^“”]{8,}?)”|„(?P<l>[^„“”]{8,}?)[“”]"
    r"|\"(?P<s>[^\"]{8,}?)\"|‘(?P<sq>[^‘’]{12,}?)’|`(?P<bt>[^`']{8,}?)'"
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjcmnst]|qu|dell|dall|nell|sull)['’]", re.I)
# capitalised words that are not names (roles, weekdays handled via CLDR below)
_NOT_NAMES = {
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
    "ap", "afp", "reuters", "north", "south", "east", "west", "nord", "sud", "est", "ouest",
    "norte", "este", "oeste", "süden", "norden", "osten", "westen", "university",
    "government", "gouvernement", "gobierno", "regierung", "state", "etat", "état",
}


@lru_cache(maxsize=64)
def _calendar_words(lang: str) -> frozenset[str]:
    """Weekday and month names of ``lang`` and English, lower-cased (CLDR via babel)."""
    from babel import Locale, UnknownLocaleError

    words: set[str] = set()
    for code in {lang, "en"}:
        try:
            loc = Locale.parse(code)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for table in (loc.days, loc.months):
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    try:
                        words.update(str(v).lower().strip(".") for v in table[ctx][width].values())
                    except KeyError:
                        continue
    return frozenset(words)


@dataclass
class Name:
    text: str
    key: str
    start: int  # offset in the sentence
    label: str | None = None


@dataclass
class Quoted:
    text: str
    start: int  # offset in the sentence


@dataclass
class SentenceFacts:
    numbers: list[NumberMention] = field(default_factory=list)  # amounts only
    dates: list[DateMention] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    quotes: list[Quoted] = field(default_factory=list)


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


def year_like(n: NumberMention) -> bool:
    """A bare four-digit integer between 1800 and 2100: maybe a year the parser missed."""
    first = n.text.split()[0] if n.text.split() else ""
    return (n.kind == "number" and float(n.value).is_integer() and 1800 <= n.value <= 2100
            and re.fullmatch(r"\d{4}", first) is not None)


def _reference(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _sentence_lang(article: Article, i: int) -> str | None:
    s = article.sentences[i]
    if 0 <= s.paragraph < len(article.paragraphs):
        return article.paragraphs[s.paragraph].lang or article.lang
    return article.lang


def _fallback_names(text: str, lang: str | None, doc_caps: set[str]) -> list[Name]:
    """Capitalised word runs as name candidates.

    FALLBACK, to be replaced by ``sourcier.annotate`` entities once articles come annotated:
    used only when ``article.entities`` is None. A sentence-initial word counts only when the
    article also capitalises it mid-sentence (``doc_caps``).
    """
    cal = _calendar_words(lang or "en")
    out: list[Name] = []
    run: list[re.Match[str]] = []
    words = list(_WORD.finditer(text))

    def flush() -> None:
        if run:
            surface = text[run[0].start() : run[-1].end()]
            key = name_key(surface, None, lang)
            if key:
                out.append(Name(surface, key, run[0].start()))
            run.clear()

    for k, m in enumerate(words):
        w = _ELISION.sub("", m.group())
        low = w.lower().strip(".")
        is_cap = bool(w) and w[0].isupper() and low not in _NOT_NAMES and low not in cal
        if is_cap and len(w) >= 2 and (k > 0 or w in doc_caps or w.isupper()):
            # a run is broken by punctuation between words
            if run and text[run[-1].end() : m.start()].strip() not in ("", "-"):
                flush()
            run.append(m)
        else:
            flush()
    flush()
    if lang in NOUN_CAPITALISING:
        # every noun is capitalised: keep multi-word names and acronyms only
        out = [n for n in out if len(n.text.split()) >= 2 or n.text.isupper()]
    return out


def _doc_caps(article: Article) -> set[str]:
    caps: set[str] = set()
    for s in article.sentences:
        for k, m in enumerate(_WORD.finditer(s.text or article.text[s.start : s.end])):
            w = _ELISION.sub("", m.group())
            if k > 0 and w and w[0].isupper():
                caps.add(w)
    return caps


def quoted_strings(text: str) -> list[Quoted]:
    out = []
    for m in _QUOTE.finditer(text):
        g = next(k for k in ("g", "c", "l", "s", "sq", "bt") if m.group(k) is not None)
        out.append(Quoted(" ".join(m.group(g).split()), m.start(g)))
    return out


def article_facts(article: Article) -> list[SentenceFacts]:
    """Facts of every sentence of ``article`` (annotation layers reused when present)."""
    ref = _reference(article)
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

    caps = _doc_caps(article) if article.entities is None else set()
    for i, (s, e) in enumerate(spans):
        text = article.text[s:e]
        lang = _sentence_lang(article, i)
        if article.dates is None:
            facts[i].dates = find_dates(text, lang, ref)
        if article.numbers is None:
            spans_d = [(d.start, d.end) for d in facts[i].dates]
            facts[i].numbers = [n for n in find_numbers(text, lang) if is_amount(n, text, n.start)
                                and not any(s0 < n.end and n.start < e0 for s0, e0 in spans_d)]
        if article.entities is None:
            facts[i].names = _fallback_names(text, lang, caps)
        facts[i].quotes = quoted_strings(text)
    if article.dates is not None:
        for d in article.dates:
            k = owner(d.start)
            if k is not None:
                facts[k].dates.append(d)
    if article.numbers is not None:
        date_spans = [(d.start, d.end) for d in article.dates or []]
        for n in article.numbers:
            k = owner(n.start)
            if k is None or not is_amount(n, article.text, n.start):
                continue
            if any(s0 < n.end and n.start < e0 for s0, e0 in date_spans):
                continue
            facts[k].numbers.append(n)
    if article.entities is not None:
        for ent in article.entities:
            k = owner(ent.start)
            if k is not None:
                key = ent.key or name_key(ent.text, ent.label, article.lang)
                facts[k].names.append(Name(ent.text, key, ent.start - spans[k][0], ent.label))
    return facts


def merge_facts(items: list[SentenceFacts]) -> SentenceFacts:
    out = SentenceFacts()
    for f in items:
        out.numbers += f.numbers
        out.dates += f.dates
        out.names += f.names
        out.quotes += f.quotes
    return out


# ------------------------------------------------------------------ comparison


def numbers_equal(x: NumberMention, y: NumberMention) -> bool:
    """Same value (relative tolerance 0.5%), or the same figure scaled by a power of 1,000.

    The second case absorbs a scale word one side's parser missed ("215 Millionen" read as
    215 beside "215 million"): a real edit rarely changes only the scale word.
    """
    if x.kind == "percent" and y.kind not in ("percent", "number", "range"):
        return False
    big, small = max(abs(x.value), abs(y.value)), min(abs(x.value), abs(y.value))
    if abs(big - small) <= max(1e-9, 0.005 * big):
        return True
    if small > 0:
        ratio = big / small
        for k in (1e3, 1e6, 1e9, 1e12):
            if abs(ratio - k) <= 0.005 * k:
                return True
    return False


_MEASURE_UNITS = {"%", "pp", "km", "m", "cm", "mm", "kg", "g", "t", "l", "ha", "km2", "mph",
                  "kmh", "°c", "°f"}


def _hard_unit(unit: str | None) -> bool:
    """Units that mean the same in every language: currencies (ISO codes), %, measures."""
    return bool(unit) and (bool(re.fullmatch(r"[A-Z]{3}", unit or "")) or
                           (unit or "").lower() in _MEASURE_UNITS)


def compatible_units(x: NumberMention, y: NumberMention) -> bool:
    """Units do not contradict each other. Counted nouns ("clases"/"kinds") are words of each
    language, so only currencies, percentages and measures can contradict."""
    if x.unit == y.unit or not x.unit or not y.unit:
        return True
    return not (_hard_unit(x.unit) and _hard_unit(y.unit))


def unmatched_numbers(na: list[NumberMention], nb: list[NumberMention]
                      ) -> tuple[list[NumberMention], list[NumberMention]]:
    """Numbers of each side with no equal value on the other side (multiset matching)."""
    left_b = list(nb)
    only_a = []
    for x in na:
        hit = next((y for y in left_b if numbers_equal(x, y)), None)
        if hit is None:
            only_a.append(x)
        else:
            left_b.remove(hit)
    return only_a, left_b


def _date_key(d: DateMention) -> str | None:
    return d.value if d.resolved and d.value else None


def unmatched_dates(da: list[DateMention], db: list[DateMention]
                    ) -> tuple[list[DateMention], list[DateMention]]:
    """Resolved dates of each side whose value is absent on the other side.

    Values are compared at the coarser granularity of the two (a month matches a day in it).
    Unresolved dates (relative, no publication date) are never claimed as changed.
    """
    va = [d for d in da if _date_key(d)]
    vb = [d for d in db if _date_key(d)]

    def same(x: DateMention, y: DateMention) -> bool:
        kx, ky = x.value or "", y.value or ""
        n = min(len(kx), len(ky))
        return kx[:n] == ky[:n]

    only_a = [x for x in va if not any(same(x, y) for y in vb)]
    only_b = [y for y in vb if not any(same(x, y) for x in va)]
    return only_a, only_b


@lru_cache(maxsize=50_000)
def _fold_tokens(text: str) -> tuple[str, ...]:
    from anyascii import anyascii

    return tuple(t for t in re.split(r"[^a-z0-9]+", anyascii(text).lower()) if t)


def _token_close(t: str, u: str, loose: bool = False) -> bool:
    """Same word up to inflection/transliteration; ``loose`` for words of two languages
    ("Japanese"/"japanische", "Poland"/"Polen")."""
    if t == u:
        return True
    if min(len(t), len(u)) < 4:
        return False
    if loose and min(len(t), len(u)) >= 5 and (t[:4] == u[:4] or fuzz.ratio(t, u) >= 72):
        return True
    if min(len(t), len(u)) >= 5 and (t in u or u in t):
        return True  # compounds: "America"/"Nordamerika", "Moskau"/"Moskauer"
    common = 0
    for x, y in zip(t, u, strict=False):
        if x != y:
            break
        common += 1
    if common >= 4 and common >= min(len(t), len(u)) - 2:
        return True  # inflection: Obamy/Obama, Moscou/Moscow
    return fuzz.ratio(t, u) >= 80


def capitalised_tokens(article: Article) -> set[str]:
    """Folded tokens the article capitalises mid-sentence (its proper-name vocabulary)."""
    out: set[str] = set()
    for w in _doc_caps(article):
        out.update(t for t in _fold_tokens(w) if len(t) >= 3)
    return out


def name_known(name: Name, vocabulary: set[str], *, exact: bool = False) -> bool:
    """Whether a significant word of ``name`` is (spelling-tolerantly) in ``vocabulary``."""
    words = [t for t in _fold_tokens(name.text) if len(t) >= 3 and t not in _NOT_NAMES]
    if exact:
        return any(t in vocabulary for t in words)
    return any(t in vocabulary or any(_token_close(t, u) for u in vocabulary) for t in words)


def name_in_text(name: Name, text: str, *, loose: bool = False) -> bool:
    """Whether a significant word of ``name`` appears (spelling-tolerant) in ``text``."""
    words = [t for t in _fold_tokens(name.text) if len(t) >= 3 and t not in _NOT_NAMES]
    if not words:
        return True  # nothing checkable: do not claim a difference
    other = _fold_tokens(text)
    return any(_token_close(t, u, loose) for t in words for u in other)


def names_match(x: Name, y: Name, resolve=None) -> bool:
    kx, ky = x.key, y.key
    if resolve is not None:
        kx, ky = resolve(kx), resolve(ky)
    if keys_match(kx, ky):
        return True
    tx = [t for t in _fold_tokens(x.text) if len(t) >= 3]
    ty = [t for t in _fold_tokens(y.text) if len(t) >= 3]
    return any(_token_close(t, u) for t in tx for u in ty)


def quote_similarity(x: str, y: str) -> float:
    return float(fuzz.ratio(" ".join(x.lower().split()), " ".join(y.lower().split())))
