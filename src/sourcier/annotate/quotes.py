"""Quotations and their speakers (French and English).

- Direct quotes in « », “ ”, „ “, "" (nested ‘ ’ / ‹ › / "" stay inside the outer quote);
  a quote left open at the end of a paragraph runs to the paragraph's end (the English
  multi-paragraph convention). Split quotes (« A », a déclaré X, « B ») give two records with
  the same speaker and cue.
- Reported speech: "X a déclaré que ...", "X said (that) ...", "selon X, ...",
  "according to X, ...", "..., X said." (kind ``reported``).
- Speakers: the named entity in the subject/inverted-subject position of the cue; pronouns
  ("a-t-il déclaré", "he said") go to the nearest preceding person (feminine pronouns prefer a
  person introduced as "Mme"/"Mrs"/"Ms"); role nouns ("the aide", "le porte-parole") go to the
  last person introduced with that role; otherwise the noun phrase itself is the speaker.
  ``speaker`` is the fullest mention of that person in the text, ``speaker_key`` its key.

- A quoted fragment inside a clause ("X said the plan is a “disaster” for workers", "…, adding
  that “…”") is not a direct quote: with a speaker, the clause (or the fragment) is reported
  speech; without one it is dropped (scare quotes). Titles after a possessive or "titled",
  "show", "book", "on" … ("on NBC's “Meet the Press.”") are not quotes.

``Quote.start``/``end`` cover the quoted words without the quotation marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sourcier.annotate.names import display_name, name_key
from sourcier.annotate.speech_verbs import EN_CUE_RE, EN_VERBS, FR_CUE_RE, FR_VERBS
from sourcier.model import Entity, Quote

__all__ = ["QuoteHit", "find_quote_hits", "find_quotes"]

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", "‹": "›", "‘": "’", '"': '"', "»": "«"}
_TOP_OPEN = {"«", "“", "„", '"'}
_WORD = re.compile(r"\w+", re.U)

_FR_ADV = (r"(?:(?:encore|également|aussi|ainsi|alors|pourtant|déjà|notamment|d['’]ailleurs|"
           r"ensuite|enfin|même|bien|toutefois|cependant|simplement|plus tard|lui-même|"
           r"elle-même)\s+)*")
_EN_ADV = (r"(?:(?:also|later|then|previously|recently|once|repeatedly|often|has|had|have|"
           r"would|will|could|might|later|again|further|simply|flatly|quickly|publicly|"
           r"privately|bluntly|reportedly|allegedly|just|had|has|never|always|only|"
           r"first|last)\s+)*")
_FR_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|avais|ai|va|vont|venait\s+de|vient\s+de)"
_FR_CUE = r"(?:" + _FR_AUX + r"\s+" + _FR_ADV + r")?" + FR_CUE_RE
_EN_CUE = _EN_ADV + EN_CUE_RE

_PRONOUNS = {"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "p", "he": "m",
             "she": "f", "they": "p", "we": "p", "i": "p", "je": "p", "nous": "p"}
_FEMALE_TITLES = re.compile(r"(?:Mme|Mmes|Mlle|Mrs\.?|Ms\.?|Madame|Miss|la présidente|"
                            r"la ministre|la chancelière|la porte-parole|Sen\. Hillary)\s*$")
_FEMALE_FIRST = {
    "hillary", "marine", "angela", "ursula", "kamala", "nancy", "theresa", "liz", "elizabeth",
    "anne", "marie", "maria", "sarah", "susan", "karen", "michelle", "melania", "ivanka",
    "kellyanne", "hope", "jill", "elena", "olga", "irina", "natalia", "anna",
    "valérie", "ségolène", "christine", "sophie", "claire", "catherine", "nathalie", "amy",
    "carly", "nikki", "condoleezza", "madeleine", "samantha", "huma", "jennifer", "debbie",
    "donna", "elise", "sheila", "barbara", "emily", "jane", "laura", "lisa", "mary", "patricia",
}
_ROLE_WORDS = (
    r"porte-parole|conseiller|conseillère|ministre|président|présidente|secrétaire|ambassadeur|"
    r"ambassadrice|chef|directeur|directrice|diplomate|responsable|dirigeant|député|sénateur|"
    r"maire|général|candidat|candidate|avocat|avocate|procureur|juge|expert|analyste|"
    r"spokesman|spokeswoman|spokesperson|aide|adviser|advisor|minister|president|secretary|"
    r"ambassador|chief|director|diplomat|official|leader|senator|governor|mayor|general|"
    r"candidate|nominee|lawyer|attorney|prosecutor|judge|expert|analyst|manager|chairman|"
    r"chairwoman|strategist|pollster|founder|executive|surrogate|campaign manager|press secretary"
)
_ROLE_NP = re.compile(r"^(?:the|le|la|l['’]|un|une|a|an|this|that|ce|cette|son|sa|his|her|"
                      r"their|its)\s+(?:[\w-]+\s+){0,3}?(?P<role>" + _ROLE_WORDS + r")\b", re.I)
_ROLE_ANY = re.compile(r"\b(?P<role>" + _ROLE_WORDS + r")\b", re.I)


@dataclass
class QuoteHit:
    """A quote plus the raw spans it was attributed from (used by benchmarks)."""

    quote: Quote
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


# -------------------------------------------------------------- direct quotes


_SENT_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bGov)(?<!\bRep)"
                         r"(?<!\b[A-Z])[.!?]\s+[^\s“\"«'‘]")
_CLOSERS = {"«": "»", "“": "”\"", "„": "“”", "‹": "›", "‘": "’", '"': '"”', "»": "«"}
_PARA_OPENERS = ("«", "“", '"', "„", "''")


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of top-level quotes *including* their marks.

    Straight and curly double quotes may close each other (mixed marks are common in
    copied text); two apostrophes ('') count as a double quote.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    paras = text.split("\n")
    for pi, raw_para in enumerate(paras):
        base = pos
        pos += len(raw_para) + 1
        para = raw_para.replace("''", '"\x00') if "''" in raw_para else raw_para
        stack: list[tuple[str, int]] = []
        i = 0
        n = len(para)
        while i < n:
            ch = para[i]
            if stack:
                top, start = stack[-1]
                want = _CLOSERS[top]
                closes = ch in want and not (ch == "’" and i + 1 < n and para[i + 1].isalpha())
                if ch == '"' and top == '"' and i + 1 < n and para[i + 1].isalnum() \
                        and i > 0 and para[i - 1].isspace():
                    closes = False  # '" word' opens a nested quote rather than closing
                if not closes and len(stack) > 1 and ch in "”»" and ch in _CLOSERS[stack[0][0]] \
                        and (i + 1 >= n or not para[i + 1].isalnum()):
                    # '“… He said: ‘Pray for him.'”': the inner quote was never closed (or
                    # closed with a straight mark); the outer closing mark ends both
                    del stack[1:]
                    start = stack[0][1]
                    closes = True
                if closes:
                    stack.pop()
                    if not stack:
                        spans.append((base + start, base + i + 1 + (para[i + 1:i + 2] == "\x00")))
                elif (ch in ("‘", "‹", "“", "«") and top != ch or (ch == '"' and top != '"')) \
                        and not (ch == "‘" and i > 0 and para[i - 1].isalpha()):
                    stack.append((ch, i))
            elif ch in _TOP_OPEN:
                # a straight quote opens only before a word
                if ch == '"' and (i + 1 >= n or para[i + 1].isspace()):
                    i += 1
                    continue
                stack.append((ch, i))
            elif ch == "»" and i + 1 < n and not para[i + 1].isspace():
                stack.append(("»", i))  # German style »...«
            i += 1
        if stack:
            ch, start = stack[0]
            # unclosed: a quote running on into the next paragraph (which opens with a quote
            # mark again), or one opening its paragraph
            nxt = next((p.lstrip() for p in paras[pi + 1:pi + 3] if p.strip()), "")
            if n - start > 20 and (start <= 2 or nxt.startswith(_PARA_OPENERS)):
                spans.append((base + start, base + n))
    return spans


def _inner(text: str, s: int, e: int) -> tuple[int, int]:
    s2 = s + (2 if text[s:s + 2] == "''" else 1)
    e2 = e
    if e - s >= 2 and text[e - 1] in "»”“\"’›«'":
        e2 = e - (2 if text[e - 2:e] == "''" else 1)
    while s2 < e2 and text[s2] in " \u00a0\u202f":
        s2 += 1
    while e2 > s2 and text[e2 - 1] in " \u00a0\u202f":
        e2 -= 1
    return s2, e2


# -------------------------------------------------------------- sentences


_ABBREV_LB = "".join(f"(?<!\\b{a}\\.)" for a in (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "Gen", "St", "Lt", "Col", "Jr", "Sgt", "Prof",
    "Rev", "Mme", "Mlle", "M", "Pr", "No", "Vol", "Inc", "Corp", "Capt", "Adm", "Ave"))
_SENT_END = re.compile(r"(?<=[.!?…])" + _ABBREV_LB + r"(?<!\b[A-Z]\.)[»”\"’)']*\s+"
                       r"(?=(?:''|[«“\"‘'(])?\s?[A-ZÀ-Ý0-9])|\n+")


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _SENT_END.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(sents, (pos, float("inf"))) - 1
    for j in (i, i + 1, i - 1):
        if 0 <= j < len(sents):
            s, e = sents[j]
            if s <= pos < e or pos == e:
                return s, e
    return 0, 0


def _between(items: list[Entity], starts: list[int], s: int, e: int) -> list[Entity]:
    """Entities (sorted by start) starting in [s, e)."""
    return items[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


# -------------------------------------------------------------- speakers


class _Resolver:
    def __init__(self, text: str, lang: str, entities: list[Entity],
                 quoted: list[tuple[int, int]]):
        self.text = text
        self.lang = lang
        self.ents = sorted(entities, key=lambda x: x.start)
        self.persons = [e for e in self.ents if e.label == "PER"
                        and not any(a <= e.start < b for a, b in quoted)]
        self.fullest: dict[str, str] = {}
        for e in self.ents:
            shown = display_name(e.text)
            if len(shown) > len(self.fullest.get(e.key, "")):
                self.fullest[e.key] = shown
        self.female: set[str] = set()
        for e in self.persons:
            before = text[max(0, e.start - 22):e.start]
            first = e.text.split()[0].lower() if e.text.split() else ""
            if _FEMALE_TITLES.search(before) or first in _FEMALE_FIRST:
                self.female.add(e.key)
        self.history: list[tuple[int, str, str | None]] = []  # (position, speaker, key)
        self.sents = _sentences(text)
        self.sent_starts = [a for a, _b in self.sents]
        self.ent_starts = [e.start for e in self.ents]
        self.per_starts = [e.start for e in self.persons]
        self.roles: list[tuple[int, str, Entity]] = []
        for e in self.persons:
            window = text[max(0, e.start - 45):e.start] + " | " + text[e.end:e.end + 45]
            for m in _ROLE_ANY.finditer(window):
                self.roles.append((e.start, m.group("role").lower(), e))

    def _speaker(self, ent: Entity) -> tuple[str, str]:
        return self.fullest.get(ent.key, ent.text), ent.key

    def subject(self, s: int, e: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
        i = bisect.bisect_right(self.sent_starts, s) - 1
        ss = self.sent_starts[i] if i >= 0 else 0
        m = re.match(r"\s*(?:[A-Z][\w’'-]*,\s+)?(?P<p>he|she|they|il|elle|ils|elles)\b",
                     self.text[ss:e], re.I)
        if m:
            ps = ss + m.start("p")
            return self.resolve(ps, ps + len(m.group("p")), prefer_last=True, at=ss)
        pers = [x for x in _between(self.persons, self.per_starts, ss, e) if x.end <= e]
        if pers:
            name, key = self._speaker(pers[0])
            return name, key, (pers[0].start, pers[0].end)
        return None, None, None

    def antecedent(self, pos: int, gender: str | None) -> Entity | None:
        cands = [e for e in _between(self.persons, self.per_starts, pos - 5000, pos)
                 if e.end <= pos]
        # the subject (first person) of the sentence before ``pos`` comes first
        k = bisect.bisect_left(self.sent_starts, pos)
        sents = self.sents[max(0, k - 2):k]
        if sents:
            ss = sents[-2][0] if len(sents) >= 2 and pos - sents[-1][0] < 3 else sents[-1][0]
            in_sent = [e for e in cands if e.start >= ss]
            if not in_sent and len(sents) >= 2:
                in_sent = [e for e in cands if e.start >= sents[-2][0]]
            if gender == "f":
                in_sent = [e for e in in_sent if e.key in self.female] or in_sent
            if in_sent:
                return in_sent[0]
        if gender == "f":
            fem = [e for e in cands if e.key in self.female]
            if fem:
                return fem[-1]
        elif gender == "m":
            masc = [e for e in cands if e.key not in self.female]
            if masc:
                return masc[-1]
        return cands[-1] if cands else None

    def resolve(self, s: int, e: int, *, prefer_last: bool, at: int, clause: bool = False
                ) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """Speaker named in ``text[s:e]`` (a subject noun phrase)."""
        s0 = s
        s, e = _trim_np(self.text, s, e, self.lang, clause)
        if e <= s or self.text[s:e].lower() in _CONJ:
            # "he called her weak and said ...": the subject of the sentence
            return self.subject(s0, e)
        inside = [x for x in _between(self.ents, self.ent_starts, s, e) if x.end <= e]
        pers = [x for x in inside if x.label == "PER"]
        orgs = [x for x in inside if x.label in ("ORG", "LOC", "MISC")]
        np = self.text[s:e]
        if pers:
            ent = pers[-1] if prefer_last else pers[0]
            name, key = self._speaker(ent)
            return name, key, (s, e)
        words = np.split()
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            gender = _PRONOUNS[words[0].lower()]
            if gender == "p":
                return np, None, (s, e)
            # the last named speaker of that gender, else the nearest person before
            for pos, name, key in reversed(self.history):
                if at - pos >= 2500:
                    break
                if pos < at and at - pos < 2500 and key and (
                        (key in self.female) == (gender == "f")):
                    return name, key, (s, e)
            ent = self.antecedent(at, gender)
            if ent is not None:
                name, key = self._speaker(ent)
                return name, key, (s, e)
            return np, None, (s, e)
        rm = _ROLE_NP.match(np)
        if rm and not orgs:
            role = rm.group("role").lower()
            best = [ent for (p, r, ent) in self.roles if r == role and at - 20000 < p < at]
            if best:
                name, key = self._speaker(best[-1])
                return name, key, (s, e)
        if orgs and len(words) <= 6:
            ent = orgs[-1] if prefer_last else orgs[0]
            return self.fullest.get(ent.key, ent.text), ent.key, (s, e)
        if len(words) > 8:
            return None, None, None
        return np, (name_key(np) if np[:1].isupper() else None), (s, e)


_NP_LEAD = re.compile(r"^(?:and|but|that|as|while|when|because|so|who|which|et|mais|car|"
                      r"que|qu['’]|tandis|alors|lorsque|quand|donc|then|since|if|si)\s+", re.I)
_CONJ = {"and", "but", "or", "et", "mais", "ou", "then", "puis", "who", "qui", "while"}
_NP_TRAIL_ADV = re.compile(
    r"\s+(?:also|later|then|has|had|have|previously|recently|once|repeatedly|would|will|"
    r"could|encore|également|aussi|ainsi|alors|déjà|lui-même|elle-même|just|again)$", re.I)


def _trim_np(text: str, s: int, e: int, lang: str, clause: bool = False) -> tuple[int, int]:
    np = text[s:e]
    # keep the last clause: cut after the last sentence punctuation or quote mark
    cut = max(np.rfind(ch) for ch in ";:!?«»“”\"\n")
    cut = max(cut, max((m.start() for m in re.finditer(r"\.\s+(?=[A-ZÀ-Ý])", np)), default=-1))
    if cut >= 0:
        s += cut + 1
        np = text[s:e]
    if clause and "," in np:
        # "On Monday, Trump" -> "Trump"; "His manager, Jeff Weaver," -> "His manager, Jeff Weaver"
        body = np.rstrip(" \u00a0")
        if body.endswith(","):
            parts = body[:-1].rsplit(",", 2)
            keep = ",".join(parts[-2:]) if len(parts) >= 2 else parts[-1]
        else:
            keep = body.rsplit(",", 1)[-1]
        s = s + body.rfind(keep) if keep else e
        np = text[s:e]
    while True:
        stripped = np.strip(" ,\u00a0—–-()")
        m = _NP_LEAD.match(stripped)
        if not m:
            break
        np = stripped[m.end():]
    np = np.strip(" ,\u00a0—–-()")
    while True:
        m = _NP_TRAIL_ADV.search(np)
        if not m:
            break
        np = np[:m.start()]
    if not np:
        return s, s
    s = text.find(np, s, e + 1)
    return s, s + len(np)


# -------------------------------------------------------------- attribution patterns


_EN_NP = (r"(?:[^,.;:!?“”\"\n]|(?<=\b[A-Z])\.|\.(?=\S)|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\."
           r"|(?<=\bDr)\.|(?<=\bSen)\.|(?<=\bRep)\.|(?<=\bGov)\.|(?<=\bGen)\.|(?<=\bSt)\."
           r"|(?<=\bJr)\.|(?<=\bLt)\.|(?<=\bCol)\.|(?<=\bSgt)\.|(?<=\bProf)\.|(?<=\bRev)\.)")


def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    if lang == "fr":
        cue = _FR_CUE
        np = r"(?P<np>[^,.;:!?«»“”\"\n]{2,90}?)"
        return {
            "after_pron": re.compile(
                r"^\s*[,–—-]?\s*(?:(?:a|avait|aurait)-t-(?P<p1>il|elle|on)\s+" + _FR_ADV
                + r"(?P<cue1>" + FR_CUE_RE + r")|ont-(?P<p2>ils|elles)\s+" + _FR_ADV + r"(?P<cue2>"
                + FR_CUE_RE + r")|(?P<cue3>" + FR_CUE_RE + r")-t?-?(?P<p3>il|elle|ils|elles|on))\b",
                re.I),
            "after_np": re.compile(r"^\s*[,–—-]?\s*(?P<cue>" + cue + r")\s+" + np
                                   + r"(?=\s*(?:[,.;:!?«“\n]|$))", re.I),
            "after_selon": re.compile(r"^\s*[,–—-]?\s*(?P<cue>selon|d['’]après)\s+" + np
                                      + r"(?=\s*(?:[,.;:!?«“\n]|$))", re.I),
            "before_cue": re.compile(r"(?P<np>[^.;!?«»“”\"\n]{2,160}?)\s+(?P<cue>" + cue
                                     + r")(?:\s+[^.;:«»“”\"\n]{0,50}?)?\s*[:,]?\s*(?:qu['’]|que\s+)?$",
                                     re.I),
            "before_selon": re.compile(r"(?P<cue>selon|d['’]après|pour)\s+"
                                       r"(?P<np>[^,.;«»“”\"]{2,90}),\s*$", re.I),
            "cue_only": re.compile(r"\b" + FR_CUE_RE + r"\s*[:,]?\s*$", re.I),
            "prev_sent": re.compile(r"^(?P<np>[^«»“”\"]{2,200}?)\s+(?P<cue>" + cue
                                    + r")\b[^«»“”\"]{0,60}[.:]\s*$", re.I),
            "rep_that": re.compile(r"^(?P<np>[^«»“”\"]{2,160}?)\s+(?P<cue>" + cue
                                   + r")(?:\s+[^,.;:«»“”\"]{0,40}?)?\s+(?:qu['’]|que\s+)"
                                   r"(?P<content>.{12,})$", re.I),
            "rep_selon": re.compile(r"^(?P<cue>Selon|D['’]après)\s+(?P<np>[^,]{2,90}),\s*"
                                    r"(?P<content>.{12,})$"),
            "rep_selon_end": re.compile(r"^(?P<content>.{12,}?),\s+(?P<cue>selon|d['’]après)\s+"
                                        r"(?P<np>[^,.;]{2,90}?)[.!?]?$", re.I),
            "rep_inverted": re.compile(r"^(?P<content>.{12,}?),\s+(?P<cue>" + cue + r")"
                                       r"(?:-t-(?:il|elle|on)|\s+(?P<np>[^,.;]{2,90}?))"
                                       r"(?:,[^.]{0,80})?[.!?]?$", re.I),
        }
    cue = _EN_CUE
    np = r"(?P<np>" + _EN_NP + r"{2,90}?)"
    return {
        "after_pron": re.compile(r"^\s*[,–—-]?\s*(?P<p1>he|she|they|we|I)\s+" + _EN_ADV
                                 + r"(?P<cue1>" + EN_CUE_RE + r")\b"),
        "after_np": re.compile(r"^\s*[,–—-]?\s*(?!(?:told|tells|telling)\b)(?P<cue>" + cue
                               + r")\s+(?!(?:in|on|at|during|to|from|by|with|after|before|"
                               r"for|about|of|while|when|last|this|earlier|later|that)\b)" + np
                               + r"(?=\s*(?:[,.;:!?“\n]|$))"),
        "after_np_svo": re.compile(r"^\s*[,–—-]?\s*(?P<np>" + _EN_NP + r"{2,70}?(?:,\s"
                                   + _EN_NP + r"{2,140}?,)?)\s+(?P<cue>" + cue + r")\b"),
        "after_selon": re.compile(r"^\s*[,–—-]?\s*(?P<cue>according to)\s+" + np
                                  + r"(?=\s*(?:[,.;:!?“\n]|$))", re.I),
        "before_cue": re.compile(r"(?P<np>[^.;!?“”\"\n]{2,160}?)\s+(?P<cue>" + cue
                                 + r")(?:\s+[^.;:“”\"\n]{0,50}?)?\s*[:,]?\s*(?:that\s+)?$"),
        "before_selon": re.compile(r"(?P<cue>[Aa]ccording to)\s+(?P<np>[^,.;“”\"]{2,90}),\s*$"),
        "cue_only": re.compile(r"\b" + EN_CUE_RE + r"\s*[:,]?\s*$"),
        "prev_sent": re.compile(r"^(?P<np>[^“”\"]{2,200}?)\s+(?P<cue>" + cue
                                + r")\b[^“”\"]{0,60}[.:]\s*$"),
        "rep_that": re.compile(r"^(?P<np>[^“”\"]{2,160}?)\s+(?P<cue>" + cue
                               + r")(?:\s+[^,.;:“”\"]{0,40}?)?\s+that\s+(?P<content>.{12,})$"),
        "rep_said_pron": re.compile(r"^(?P<np>[^“”\"]{2,100}?)\s+(?P<cue>" + _EN_ADV
                                    + r"(?:said|says|argued|added|warned|claimed|insisted|"
                                    r"noted|told reporters|told [A-Z]\w+))\s+(?P<content>(?:he|"
                                    r"she|they|it|the|his|her|their|we|i|there|this)\b.{12,})$"),
        "rep_said_any": re.compile(r"^(?P<np>[^“”\"]{2,100}?)\s+(?P<cue>" + _EN_ADV
                                   + r"(?:say|says|said|told (?:reporters|[A-Z][\w.]*(?:\s[A-Z]\w*)?)|"
                                   r"argue|argues|argued|added|wrote|writes|noted|notes|warned|"
                                   r"warns|claimed|claims|insisted|insists|believe|believes|"
                                   r"believed|think|thinks|thought|predicted|predicts|found|finds|"
                                   r"shows|showed|acknowledged|explained|contends|contended|"
                                   r"maintains|maintained|suggested|suggests|hopes|hoped|fears|"
                                   r"feared|worries|worried))\s+(?P<content>\S.{14,})$"),
        "rep_selon": re.compile(r"^(?P<cue>According to)\s+(?P<np>[^,]{2,90}),\s*"
                                r"(?P<content>.{12,})$"),
        "rep_selon_end": re.compile(r"^(?P<content>.{12,}?),\s+(?P<cue>according to)\s+"
                                    r"(?P<np>[^,.;]{2,90}?)[.!?]?$"),
        "rep_inverted": re.compile(r"^(?P<content>[^“”\"]{12,}?),\s+(?:(?P<cue0>said|says)\s+"
                                   r"(?P<np0>[^,.;]{2,90}?)|(?P<np>[^,.;]{2,70}?)\s+(?P<cue>"
                                   + cue + r"))(?:,[^.]{0,80}|\s+(?:in|on|at|during|last|"
                                   r"this|to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                   r"Sunday)\b[^.,]{0,60})?[.!?]?$"),
    }


_PATTERN_CACHE: dict[str, dict[str, re.Pattern[str]]] = {}


def _pats(lang: str) -> dict[str, re.Pattern[str]]:
    if lang not in _PATTERN_CACHE:
        _PATTERN_CACHE[lang] = _patterns(lang)
    return _PATTERN_CACHE[lang]


_CUE_WORDS = {
    "fr": {w.split()[-1].lower() for w in FR_VERBS} | {"selon", "après", "pour"},
    "en": {w.lower() for w in EN_VERBS} | {"according"},
}
_WORDS = re.compile(r"[^\W\d_]+", re.U)


def _has_cue(text: str, lang: str) -> bool:
    """Cheap pre-check: does ``text`` hold a speech verb (or "selon"/"according")?"""
    words = _CUE_WORDS[lang]
    return any(w.lower() in words for w in _WORDS.findall(text))


def _looks_like_title(content: str) -> bool:
    """Title Case words without final punctuation: the name of a show, book or paper."""
    if re.search(r"[.!?,;:]\W*$", content):
        return False
    words = [w for w in _WORDS.findall(content) if len(w) > 3]
    if not words or len(words) > 12:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) >= 0.6 and not content.isupper()


_NAMING_CUE = (r"call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|"
               r"dub|dubs|dubbed|dubbing|brand|brands|branded|branding|term|terms|termed|"
               r"describe|describes|described|describing")
_NAMING_EN = re.compile(r"^(?P<np>[^.;!?“”\"\n]{2,160}?)\s+(?P<cue>" + _NAMING_CUE + r")\b"
                        r"(?!\s+(?:for|on|upon|off|in|out|back|up|into|to|him|her|me|us|them)\s*$)"
                        r"(?!\s+(?:for|on|upon|off|out|back|up)\b)"
                        r"(?P<obj>[^.;:“”\"\n]{0,80}?)\s*,?\s*$")
_NAMING_HINT = re.compile(r"\b(?:call|label|dub|brand|term|describ)", re.I)


def _has_naming(before: str) -> bool:
    """Cheap pre-check for _NAMING_EN; "describe" needs a final "as"."""
    if not _NAMING_HINT.search(before[-200:]):
        return False
    m = _NAMING_EN.match(before[max(before.rfind(ch) for ch in ".;!?«»“”\"\n") + 1:])
    return bool(m) and (not m.group("cue").startswith("describ")
                        or m.group("obj").rstrip().endswith(" as"))


_TITLE_LEAD = re.compile(
    r"(?:\w['’]s|\b(?:titled|entitled|called|named|dubbed|book|memoir|novel|show|program|"
    r"programme|film|movie|series|album|song|column|report|on|in|at|of|from|intitulée?s?|"
    r"baptisée?s?|émission|livre|série))\s*,?\s*[\"“«„'‘]*\s*$", re.I)


def _named_title(content: str, lead: str) -> bool:
    """A title-cased name right after a possessive or a word like "titled", "show", "book"."""
    return _TITLE_LEAD.search(lead) is not None and _looks_like_title(content)


def _para_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def find_quote_hits(text: str, lang: str | None, entities: list[Entity] | None
                    ) -> list[QuoteHit]:
    """Quotes with the spans their speakers and cues were read from."""
    if lang not in ("fr", "en") or not text:
        return []
    if entities is None:
        from sourcier.annotate.entities import find_entities

        entities = find_entities(text, lang) or []
    P = _pats(lang)
    direct = _direct_spans(text)
    res = _Resolver(text, lang, entities, direct)
    sents = res.sents
    paras = _para_starts(text)

    def para_of(pos: int) -> int:
        return bisect.bisect_right(paras, pos) - 1

    reported = _reported(text, lang, sents, direct, res)
    pending = sorted(reported, key=lambda h: h.quote.start)
    hits: list[QuoteHit] = []
    last: QuoteHit | None = None  # the last attributed quote (direct or reported)
    prev: QuoteHit | None = None  # the previous direct quote
    self_attributed: set[int] = set()  # sentences whose quotes carry their own cue
    mixed: list[QuoteHit] = []  # reported clauses built around embedded quotes
    for qs, qe in direct:
        while pending and pending[0].quote.start < qs:
            h = pending.pop(0)
            res.history.append((h.quote.start, h.quote.speaker or "", h.quote.speaker_key))
            last = h
        cs, ce = _inner(text, qs, qe)
        while ce > cs and text[ce - 1] in ",;: ":
            ce -= 1
        content = text[cs:ce]
        n_words = len(_WORD.findall(content))
        if n_words == 0:
            continue
        ss, se = _sentence_of(sents, qs)
        ss = min(ss, qs)
        se = max(se, qe)
        after = text[qe:min(len(text), qe + 160)].split("\n", 1)[0]
        before = text[max(ss, qs - 220):qs]
        speaker = key = cue = None
        sp_span = cue_span = None
        source = "none"
        gap = text[prev.quote.end:qs] if prev is not None else ""
        # '“A.” He added, “B.”': the first quote closed its sentence, the cue is the next one's
        closed = (prev is not None and prev.quote.text.endswith((".", "!", "?"))
                  and bool(re.search(r"\w", gap)))
        split = (prev is not None and prev.quote.speaker and len(gap) < 90 and "\n" not in gap
                 and not _SENT_BREAK.search(gap) and not closed
                 and bool(prev.quote.cue and prev.quote.cue in gap
                          or gap.strip(" ,»”\"’") in ("", ".")
                          or (P["cue_only"].search(gap) and not _between(
                              res.persons, res.per_starts, prev.quote.end, qs))))
        # 1. right after the quote: "», a-t-il dit", "», a déclaré X", "," he said", "," said X"
        # 2. later in the sentence after a comma: "...” if she lost, said X."
        rest = text[qe:max(_sentence_of(sents, min(qe, len(text) - 1))[1], qe)]
        if not rest.strip():
            # the sentence ended with the quote; "…?” she asked." still attributes it, but
            # "…now.” Former aides said …" starts a new sentence with its own speaker
            nxt = after.lstrip(" \u00a0")
            rest = "" if content.endswith(".") and nxt[:1].isupper() else after
        starts = [0] + [m.start() for m in re.finditer(",", rest) if m.start() > 0]
        for off0 in starts:
            piece = rest[off0:off0 + 160]
            base = qe + off0
            m = P["after_pron"].match(piece)
            if m:
                pron = next(g for g in (m.groupdict().get(k) for k in ("p1", "p2", "p3")) if g)
                cue_g = next(k for k in ("cue1", "cue2", "cue3") if m.groupdict().get(k))
                pos = text.find(pron, base + m.start(), base + m.end())
                speaker, key, sp_span = res.resolve(pos, pos + len(pron), prefer_last=True,
                                                    at=qs)
                if speaker is not None:
                    cue = m.group(cue_g)
                    cue_span = (base + m.start(cue_g), base + m.end(cue_g))
            if speaker is None:
                for name in ("after_selon", "after_np", "after_np_svo"):
                    pat = P.get(name)
                    m = pat.match(piece) if pat else None
                    if not m:
                        continue
                    if name == "after_np_svo" and (
                            len(m.group("np").split(",")[0].split()) > 8
                            or off0 > 0 and not _subject_like(m.group("np"), lang)):
                        continue
                    np_s, np_e = base + m.start("np"), base + m.end("np")
                    head = m.group("np").lstrip(" ,\u00a0–—-").split(",")[0].strip()
                    if name == "after_np_svo" and "," in m.group("np") and _NAME_HEAD.fullmatch(
                            head):
                        # '“…,” Fred Kagan, director of the X Project, said': the name
                        np_s = text.find(head, np_s, np_e)
                        np_e = np_s + len(head)
                    speaker, key, sp_span = res.resolve(
                        np_s, np_e, prefer_last=name == "after_np_svo", at=qs)
                    if speaker is not None:
                        cue = m.group("cue")
                        cue_span = (base + m.start("cue"), base + m.end("cue"))
                        break
            if speaker is not None:
                source = "after"
                self_attributed.add(ss)
                break
            if off0 == 0 and split:
                break  # a split quote: the attribution comes from the first half
        if speaker is None and split and prev is not None:
            # second half of a split quote: "« A », a déclaré X, « B »"
            speaker, key, cue = prev.quote.speaker, prev.quote.speaker_key, prev.quote.cue
            sp_span, cue_span = prev.speaker_span, prev.cue_span
            source = "split"
        if speaker is None and before.strip():
            cut = max(before.rfind(ch) for ch in ".;!?«»“”\"\n")
            clause = before[cut + 1:]
            for name in ("before_selon", "before_cue"):
                if not _has_cue(clause, lang):
                    break
                m = P[name].search(clause) if name == "before_selon" else P[name].match(clause)
                if not m:
                    continue
                off = qs - len(clause)
                before = clause
                if n_words < 4 and not re.fullmatch(r"\s*[:,]?\s*", before[m.end("cue"):]):
                    continue  # "évoque une « opération spéciale »": a scare quote
                speaker, key, sp_span = res.resolve(off + m.start("np"), off + m.end("np"),
                                                    prefer_last=True, at=qs,
                                                    clause=name == "before_cue")
                if speaker is not None:
                    cue = m.group("cue")
                    cue_span = (off + m.start("cue"), off + m.end("cue"))
                    loose = not re.fullmatch(r"\s*[:,]?\s*(?:that\s+|que\s+|qu['’])?",
                                             before[m.end("cue"):])
                    source = "before-loose" if loose else "before"
                    break
        if speaker is None and lang == "en" and _has_naming(before):
            # "Trump called the plan “a disaster”": the quoted words are the subject's
            clause = before[max(before.rfind(ch) for ch in ".;!?«»“”\"\n") + 1:]
            m = _NAMING_EN.match(clause)
            if m:
                off = qs - len(clause)
                np_s = off + m.start("np")
                rel = list(re.finditer(r"\b(?:what|who|which|whom)\s+", m.group("np")))
                if rel:  # "… what it calls “…”": the subject of the relative clause
                    np_s = off + m.start("np") + rel[-1].end()
                speaker, key, sp_span = res.resolve(np_s, off + m.end("np"),
                                                    prefer_last=True, at=qs, clause=True)
                if speaker is not None:
                    cue = m.group("cue")
                    cue_span = (off + m.start("cue"), off + m.end("cue"))
                    # "what it calls “…”" keeps the quote direct; "called the plan “…”" is a
                    # clause about the plan (the mixed case below)
                    source = "before" if m.group("obj").strip() else "naming"
        if speaker is None and re.search(r"\w\s*:\s*$", before):
            # a colon without a speech verb: "Mr. Smith shot back: “…”", "As X put it: “…”"
            lead = before[max(before.rfind(ch) for ch in ".;!?«»“”\"\n") + 1:]
            if len(lead) <= 200:
                speaker, key, sp_span = res.subject(qs - len(lead), qs)
                if speaker is not None:
                    cue_span = (qs - len(before) + before.rfind(":"),
                                qs - len(before) + before.rfind(":") + 1)
                    cue = ":"
                    source = "colon"
        if speaker is None and ss > 0 and qs - ss <= 2:
            # "X said in a statement provided to the paper. “...”": the sentence before
            ps, pe = _sentence_of(sents, max(0, ss - 2))
            prev_sent = text[ps:pe]
            if ps < ss and "\n" not in text[pe:ss] and len(prev_sent) < 300 \
                    and _has_cue(prev_sent, lang):
                m = P["prev_sent"].match(prev_sent)
                if m and not any(c in prev_sent for c in "«»“”\""):
                    speaker, key, sp_span = res.resolve(ps + m.start("np"), ps + m.end("np"),
                                                        prefer_last=True, at=qs, clause=True)
                    if speaker is not None:
                        cue = m.group("cue")
                        cue_span = (ps + m.start("cue"), ps + m.end("cue"))
                        source = "previous-sentence"
        if speaker is None and last is not None and last.quote.speaker:
            # a quote with no cue continues the last attributed one: same paragraph (no other
            # person named in between) or the paragraph right after
            # persons named in the last attribution's own sentence ("said X, an aide to Y.")
            # do not interrupt it
            anchor = max(last.quote.end, last.speaker_span[1] if last.speaker_span else 0)
            anchor = max(anchor, _sentence_of(sents, anchor)[1])
            # the same person named again ("…,” Trump said. Later, Trump went further.) does
            # not interrupt the speaker
            between = [p for p in _between(res.persons, res.per_starts, anchor, qs)
                       if p.key != last.quote.speaker_key]
            same_para = para_of(qs) == para_of(last.quote.end)
            next_para = (para_of(qs) - para_of(last.quote.end) <= 2
                         and text[paras[para_of(qs)]:qs].strip() == "")
            if (same_para and not between) or next_para:
                speaker, key, cue = last.quote.speaker, last.quote.speaker_key, last.quote.cue
                sp_span, cue_span = last.speaker_span, last.cue_span
                source = "continued"
        if _looks_like_title(content) and source in ("none", "continued", "before-loose"):
            continue  # "Good Morning America", « Le Monde diplomatique »
        if _named_title(content.rstrip(".,"), text[max(0, qs - 30):qs]):
            continue  # on NBC's "Meet the Press.", her memoir, "Tough Choices."
        if speaker is None and n_words < 4:
            continue  # scare quotes, titles, single words
        if speaker is None and _embedded(text, ss, qs, qe, se, lang, False):
            continue  # an unattributed fragment inside a sentence ("condemned the “…”")
        if speaker is None and n_words < 8 and not re.search(r"[.!?,]$", content):
            continue
        if speaker and source != "naming" and _embedded(text, ss, qs, qe, se, lang,
                                                        source == "after"):
            # a quoted fragment inside the speaker's paraphrase ("X said the plan is a
            # "disaster" for workers"): the whole clause is reported speech; without a cue of
            # its own ("…, adding that “…”"), the fragment itself
            span = None
            if source in ("before", "before-loose", "after") and cue_span:
                # the clause starts after any earlier quote of the sentence
                lo = max((b for a, b in direct if ss <= a and b <= qs), default=ss)
                span = _clause(text, lo, se, cue_span, sp_span, source == "after")
            rs, re_ = span or (cs, ce)
            if not any(m.quote.start == rs for m in mixed):
                mixed.append(QuoteHit(Quote(text=text[rs:re_], start=rs, end=re_,
                                            speaker=speaker, speaker_key=key, cue=cue,
                                            kind="reported"), sp_span, cue_span))
                prev = mixed[-1]
                if source != "continued":
                    last = mixed[-1]
            res.history.append((cs, speaker, key))
            continue
        q = Quote(text=content, start=cs, end=ce, speaker=speaker, speaker_key=key, cue=cue,
                  kind="direct")
        hit = QuoteHit(q, sp_span, cue_span)
        hits.append(hit)
        if speaker:
            res.history.append((cs, speaker, key))
            if source != "continued":
                last = hit
        prev = hit
    # reported speech whose sentence holds quotes attributed on their own is not reported
    reported = [h for h in reported
                if _sentence_of(sents, h.quote.start)[0] not in self_attributed]
    reported.sort(key=lambda h: h.quote.start)
    rep_starts = [h.quote.start for h in reported]

    def covered(h: QuoteHit) -> bool:
        lo = bisect.bisect_left(rep_starts, h.quote.start - 5000)
        hi = bisect.bisect_right(rep_starts, h.quote.start)
        return any(h.quote.end <= r.quote.end + 1 for r in reported[lo:hi])

    hits = [h for h in hits if not covered(h)]
    hits.extend(reported)
    hits.extend(m for m in mixed if not covered(m) and not any(
        r.quote.start <= m.quote.end and m.quote.start <= r.quote.end for r in reported))
    hits.sort(key=lambda h: h.quote.start)
    return hits


_SUBJ_LEAD_EN = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those",
    "one", "two", "three", "some", "many", "several", "both", "each", "another", "other", "most",
    "few", "all", "former", "top", "senior", "he", "she", "they", "we", "i", "it", "who",
}
_NOT_SUBJ_CAP_EN = {
    "when", "while", "in", "on", "at", "after", "before", "asked", "as", "if", "but", "and",
    "during", "for", "from", "with", "without", "by", "since", "until", "because", "although",
    "though", "then", "now", "later", "earlier",
}


def _subject_like(np: str, lang: str) -> bool:
    """Can ``np`` be the subject before a trailing cue ("…,” the aide said)? (English only)

    Rejects clause remnants such as "half joking", "wrote after the jobs report",
    "When asked", "In her post".
    """
    words = np.strip(" ,\u00a0–—-").split()
    if lang != "en" or not words:
        return lang != "en"
    first = words[0].strip("(\"“‘'")
    low = first.lower()
    if low in _NOT_SUBJ_CAP_EN:
        return False
    # a lowercase verb or adverb starts the rest of a clause, not a noun phrase
    return not (first[:1].islower() and low not in _SUBJ_LEAD_EN and (
        low in _CUE_WORDS["en"] or low.endswith(("ing", "ed", "ly")) or low == "half"))


_NAME_HEAD = re.compile(r"(?:[A-ZÀ-Ý][\w.’'-]*\s+){1,3}[A-ZÀ-Ý][\w’'-]+")
_LEAD_OK = re.compile(r"(?:^|[,:;(—–-]|\.\.\.|…)\s*$")
_TAIL_ATTR = re.compile(r"^[\s\u00a0]*(?:[,.;:!?)—–-]|$)")


def _embedded(text: str, ss: int, qs: int, qe: int, se: int, lang: str, cue_after: bool
              ) -> bool:
    """Is the quote ``text[qs:qe]`` a fragment inside a clause rather than a whole utterance?

    It is when the words right before the opening mark belong to the same clause ("said the
    plan is a “disaster”") or, for a quote attributed before, when the sentence runs on after
    the closing mark ("…” out of the country"). "said that “…”" / « a dit que « … » » with the
    quote running to the end of the sentence stays a direct quote.
    """
    lead = text[ss:qs]
    if not _LEAD_OK.search(lead):
        words = _WORDS.findall(lead[-40:])
        last = words[-1].lower() if words else ""
        if last not in _CUE_WORDS[lang] and last not in ("that", "que", "qu"):
            return True
    if not cue_after:
        tail = text[qe:se]
        if tail.strip() and not _TAIL_ATTR.match(tail):
            return True
    return False


def _clause(text: str, ss: int, se: int, cue_span: tuple[int, int],
            sp_span: tuple[int, int] | None, cue_after: bool) -> tuple[int, int] | None:
    """The reported clause of a sentence: after the cue, or before a trailing attribution."""
    if cue_after:
        a = ss
        b = min(cue_span[0], sp_span[0] if sp_span else cue_span[0])
        if not ss <= b <= se:
            return None
    else:
        a, b = cue_span[1], se
        if not ss <= a <= se:
            return None
    while a < b and text[a] in " \u00a0,:\"“”«»'‘’":
        a += 1
    while b > a and text[b - 1] in " \u00a0,.;:!?\"“”«»'‘’—–-":
        b -= 1
    if b - a < 10:
        return None
    return a, b


_BARE_DETERMINERS = {"cette", "ce", "cet", "ces", "la", "le", "les", "une", "un", "this",
                     "these", "that", "those", "the", "a", "an"}


def _reported(text: str, lang: str, sents: list[tuple[int, int]],
              direct: list[tuple[int, int]], res: _Resolver) -> list[QuoteHit]:
    P = _pats(lang)
    out: list[QuoteHit] = []
    direct_starts = [a for a, _b in direct]
    order = ("rep_selon", "rep_that", "rep_said_pron", "rep_selon_end", "rep_inverted",
             "rep_said_any")
    for ss, se in sents:
        sent = text[ss:se]
        if not _has_cue(sent, lang):
            continue
        for name in order:
            pat = P.get(name)
            if pat is None:
                continue
            m = pat.match(sent)
            if not m:
                continue
            npg = "np" if m.groupdict().get("np") else ("np0" if m.groupdict().get("np0")
                                                       else None)
            cueg = "cue" if m.groupdict().get("cue") else "cue0"
            if npg is None:
                # "..., a-t-il déclaré." : pronoun subject inside the cue group
                pm = re.search(r"-t-(il|elle|on)", sent[m.end(cueg):])
                if not pm:
                    continue
                p0 = ss + m.end(cueg) + pm.start(1)
                speaker, key, sp = res.resolve(p0, p0 + len(pm.group(1)), prefer_last=True,
                                               at=ss)
            else:
                if name in ("rep_that", "rep_said_pron") and len(
                        m.group(npg).split(",")[-1].split()) > 14:
                    continue  # words of the subject clause ("On Monday, X said that ...")
                if name == "rep_said_any" and len(m.group(npg).split(",")[-1].split()) > 10:
                    continue
                speaker, key, sp = res.resolve(ss + m.start(npg), ss + m.end(npg),
                                               prefer_last=name in ("rep_that", "rep_said_pron",
                                                                    "rep_inverted",
                                                                    "rep_said_any"), at=ss,
                                               clause=name in ("rep_that", "rep_said_pron",
                                                               "rep_said_any"))
            if speaker is None or speaker.strip().lower() in _BARE_DETERMINERS:
                continue  # "Cette demande intervient ...": the cue word is a noun here
            cs, ce = ss + m.start("content"), ss + m.end("content")
            while ce > cs and text[ce - 1] in ".!? ,":
                ce -= 1
            if ce - cs < 10:
                continue
            k = bisect.bisect_left(direct_starts, se)
            inside = [(a, b) for a, b in direct[max(0, k - 50):k] if a < se and ss < b]
            if inside and not all(cs <= a and b <= ce + 1 for a, b in inside):
                continue  # the sentence's quotes are attributed on their own
            if len(inside) == 1 and inside[0][0] <= cs + 1 and inside[0][1] >= ce:
                continue  # the content is exactly one direct quote: keep it direct
            if any(text[max(ss, a - 3):a].rstrip().endswith(":") for a, _b in inside):
                continue  # 'X added about Y: “…”': the colon opens a direct quote
            cue = m.group(cueg)
            q = Quote(text=text[cs:ce], start=cs, end=ce, speaker=speaker, speaker_key=key,
                      cue=cue.strip(), kind="reported")
            out.append(QuoteHit(q, sp, (ss + m.start(cueg), ss + m.end(cueg))))
            break
    return out


def find_quotes(text: str, lang: str | None, entities: list[Entity] | None) -> list[Quote]:
    """Direct and reported quotes of ``text`` with speakers and cues (fr, en; else [])."""
    return [h.quote for h in find_quote_hits(text, lang, entities)]
