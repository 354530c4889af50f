"""Which capitalised words of a German sentence are proper nouns.

German capitalises every noun, so capitals alone do not mark its names. The Hanover Tagger
(HanTa, LGPL, model bundled in its wheel, no download) tags each word of a sentence with its
part of speech from a morphological analysis and the words around it: ``NE`` for proper nouns
("Trump", "Volkswagen", "Greymouth"), ``NN`` for common ones ("Virus", "Taxi", "Internet").
The model loads once per process (about 0.1 s); a sentence takes a few milliseconds and is
cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the tagger's tokens: words cut as ``sourcier.compare.facts.text.WORD`` cuts them (so that
# offsets agree: "U.S.-Regierung", "Frankfurt-Höchst" are one word), numbers, punctuation
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\d+(?:[.,]\d+)*|[^\w\s]")


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=65_536)
def proper_noun_starts(sentence: str) -> frozenset[int]:
    """Offsets in ``sentence`` (German) of the words the tagger takes for proper nouns."""
    tokens = list(_TOKEN.finditer(sentence))
    if not tokens:
        return frozenset()
    tags = _tagger().tag_sent([m.group() for m in tokens], taglevel=1)
    return frozenset(m.start() for m, tag in zip(tokens, tags, strict=True)
                     if tag[-1] == "NE" and not _old_spelling_noun(m.group()))


@lru_cache(maxsize=65_536)
def _old_spelling_noun(word: str) -> bool:
    """A common noun the tagger does not know in the spelling of 1996, "ss" after a short
    vowel, but does in the old one ("Einfluss" / "Einfluß", "Schlussmann")."""
    return "ss" in word and _tagger().analyze(word.replace("ss", "ß"), taglevel=1)[-1] != "NE"


# the tagger's log-probability of a reading it guesses for a word its lexicon lacks is far
# lower than that of a reading it knows ("Luciano" NE -31; "Venus" NE -14, "Wolf" NN -14)
GUESSED_LOGPROB = -25.0


@lru_cache(maxsize=65_536)
def proper_noun_only(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` as a proper noun and not as a common one
    ("Venus", "Borussia"; not "Wolf", "Halle", which are nouns too), or does not know it at
    all ("Luciano")."""
    known = [tag for tag, logprob in _tagger().tag_word(word) if logprob > GUESSED_LOGPROB]
    return not known or (known[0] == "NE" and "NN" not in known)
