"""Rule-based English named entities, used when no English spaCy pipeline is installed.

Capitalised spans (with inner "of", "de", "van", initials, hyphens) that are not just a
sentence's first word; labels from, in order: the seed table and CLDR countries, a preceding
title ("Mr", "President", "Sen."), organisation suffixes ("Party", "Ministry", "Inc"),
acronyms, place prefixes ("New", "San", "Lake"), a compact list of first names, being the
subject of a speech verb ("Smith said"), an earlier PER mention of the same surname.
"""

from __future__ import annotations

import re

from sourcier.annotate.names import FIRST_NAMES as _FIRST_NAMES
from sourcier.annotate.names import name_key_in, seed_label
from sourcier.model import Entity

__all__ = ["english_entities"]

PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "sen",
    "senator", "rep", "representative", "gov", "governor", "secretary", "minister", "gen",
    "general", "judge", "justice", "mayor", "king", "queen", "prince", "princess", "pope",
    "ambassador", "chancellor", "premier", "col", "lt", "capt", "sgt", "adm", "admiral",
    "rev", "reverend", "father", "sister", "spokesman", "spokeswoman", "candidate", "speaker",
    "prof", "professor", "officer", "chairman", "chairwoman", "director", "commissioner",
    "attorney", "detective", "sheriff", "coach", "nominee", "leader", "vice", "former",
    "aide", "adviser", "advisor", "deputy", "chief",
}
ORG_HEADS = {
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "party",
    "ministry", "department", "agency", "council", "committee", "commission", "union",
    "university", "college", "school", "institute", "foundation", "association", "bank",
    "court", "post", "times", "news", "journal", "network", "organization", "organisation",
    "administration", "office", "bureau", "service", "services", "army", "navy", "force",
    "forces", "police", "fund", "board", "authority", "church", "campaign", "club", "team",
    "press", "tribune", "herald", "gazette", "magazine", "radio", "television", "tv", "airlines",
    "motors", "federation", "parliament", "senate", "house", "congress", "assembly", "cabinet",
    "center", "centre", "institution", "society", "alliance", "coalition", "guard", "reserve",
}
_ORG_PREFIX = {"university", "bank", "department", "ministry", "house", "museum", "church",
               "court", "federal", "national", "supreme", "united", "royal"}
_LOC_PREFIX = {"new", "san", "santa", "los", "las", "lake", "mount", "mt", "fort", "port",
               "north", "south", "east", "west", "saint", "st", "cape", "gulf", "sea", "isle"}
PLACE_HEADS = {"city", "county", "state", "street", "avenue", "river", "island", "islands",
               "mountains", "valley", "bay", "beach", "park", "square", "province", "region",
               "district", "airport", "sea", "ocean", "coast", "hills", "heights"}

_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:said|says|told|added|asked|wrote|tweeted|argued|explained|noted|stated|"
    r"insisted|warned|claimed|declared|announced|replied|responded|continued|acknowledged)\b")
_STOP_CAPS = set(["a", "an", "the", "and", "but", "or", "nor", "for", "yet", "so", "if", "when", "while", "as", "at", "by", "in", "on", "of", "to", "from", "with", "without", "into", "onto", "after", "before", "since", "until", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "what", "who", "whom", "whose", "which", "where", "why", "how", "all", "any", "both", "each", "every", "some", "many", "most", "much", "more", "no", "not", "none", "one", "other", "such", "only", "also", "even", "just", "then", "than", "now", "however", "meanwhile", "still", "though", "although", "because", "during", "according", "despite", "instead", "mr", "mrs", "ms", "on", "yes", "well", "please", "thanks", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "earlier", "later", "last", "next", "first", "second", "new", "former", "many", "several", "few", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must"])
_DEMONYMS = re.compile(r"(?:an|ian|ean|ese|ish|i|ic)s?$")

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w’'.&-]*|[^\w\s]", re.U)
_CONNECT = {"of", "de", "del", "da", "van", "von", "der", "la", "le", "du", "bin", "al", "the",
            "for", "and"}


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and any(ch.isalpha() for ch in tok)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(«[—–-":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;" or text[i:i + 1] == ""


def english_entities(text: str) -> list[Entity]:
    """Entities of English ``text`` by rules (see module docstring)."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    lower_words = {t.lower() for _, _, t in toks if t[:1].islower()}
    spans: list[tuple[int, int, str | None]] = []
    i = 0
    n = len(toks)
    while i < n:
        s, e, t = toks[i]
        if not _is_cap(t):
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < n:
            tj = toks[j][2]
            gap = text[toks[j - 1][1]:toks[j][0]]
            if "\n" in gap or len(gap) > 1:
                break
            prev_tok = toks[j - 1][2]
            if prev_tok.endswith(".") and len(prev_tok) > 3 and not prev_tok.isupper() \
                    and "." not in prev_tok[:-1]:
                break  # "Geneva. The": a sentence end, not an abbreviation
            if re.search(r"\w['’]s$", prev_tok):
                break  # a possessive ends a name: "the Agency's Venus Express probe"
            if _is_cap(tj):
                last_cap = j
                j += 1
                continue
            if tj.lower() in _CONNECT and j + 1 < n and _is_cap(toks[j + 1][2]) and tj.lower() in (
                    "of", "de", "del", "da", "van", "von", "der", "du", "bin", "al", "la"):
                j += 1
                continue
            break
        group = toks[i:last_cap + 1]
        i = last_cap + 1
        # drop sentence-initial function words and leading title words (keep the hint)
        title = None
        while group:
            g0 = group[0][2].rstrip(".").lower()
            initial = _sentence_initial(text, group[0][0])
            if g0 in PERSON_TITLES and len(group) > 1:
                title = g0
                group = group[1:]
                if len(group) > 2 and group[0][2] == "of":
                    group = group[2:]  # "Secretary of State X"
                continue
            if g0 in _STOP_CAPS or (initial and len(group) == 1 and g0 in lower_words):
                group = group[1:]
                continue
            if initial and len(group) > 1 and g0 in lower_words and g0 not in _FIRST_NAMES:
                group = group[1:]
                continue
            break
        if not group:
            continue
        # "Russian President Vladimir Putin", "Secretary of State Antony Blinken"
        lows = [g[2].rstrip(".").lower() for g in group]
        k = max((x for x, w in enumerate(lows) if w in PERSON_TITLES), default=-1)
        if 0 <= k < len(group) - 1:
            rest = group[k + 1:]
            if rest and rest[0][2].lower() == "of" and len(rest) > 2:
                rest = rest[2:]
            if rest and rest[0][2].lower() not in _CONNECT:
                title = lows[k]
                group = rest
        gs, ge = group[0][0], group[-1][1]
        surface = re.sub(r"(?<=\w)['’]s$", "", text[gs:ge]).rstrip(".’'")
        ge = gs + len(surface)
        if not surface or surface.lower() in _STOP_CAPS:
            continue
        # a title before the span ("Mr. Smith", "President Trump")
        if title is None:
            before = text[max(0, gs - 25):gs]
            mt = re.search(r"([A-Za-z]+)\.?\s+$", before)
            if mt and mt.group(1).lower() in PERSON_TITLES:
                title = mt.group(1).lower()
        spans.append((gs, ge, title))
    per_surnames: set[str] = set()
    out: list[Entity] = []
    for gs, ge, title in spans:
        surface = text[gs:ge]
        words = surface.split()
        lw = [w.lower().rstrip(".,") for w in words]
        label = seed_label(surface)
        if label is None:
            if title:
                label = "PER"
            elif lw[-1] in ORG_HEADS or lw[0] in _ORG_PREFIX and len(words) > 1 or re.fullmatch(r"(?:[A-Z]\.?){2,6}|[A-Z]{2,6}", surface.replace("&", "")):
                label = "ORG"
            elif lw[0] in _LOC_PREFIX and len(words) > 1 or lw[-1] in PLACE_HEADS:
                label = "LOC"
            elif lw[0] in _FIRST_NAMES or _SPEECH_AFTER.match(text[ge:ge + 30]) or lw[-1] in per_surnames:
                label = "PER"
            elif len(words) == 1 and _DEMONYMS.search(lw[0]) and lw[0] in {
                    x.lower() for x in ("Republicans", "Democrats", "Republican", "Democrat")}:
                label = "ORG"
            elif len(words) in (2, 3) and all(w[:1].isupper() for w in words):
                label = "PER"
            else:
                label = "MISC"
        if label == "PER":
            per_surnames.add(lw[-1])
        out.append(Entity(text=surface, label=label, start=gs, end=ge,
                          key=name_key_in(text, gs, surface, label, "en")))
    return out
