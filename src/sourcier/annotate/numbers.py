"""Numbers in running text: amounts, percentages, money, ranges, written-out numbers.

Regex-based and language-aware where it matters (decimal comma vs decimal point).
Every mention carries a ``kind``:

- ``number``: a plain amount ("175 000 soldats", "fourteen people");
- ``percent``: "3,2 %", "12 per cent" (unit ``%``; "points de pourcentage" -> unit ``pp``);
- ``money``: "1,5 million de dollars", "$1.5bn", "20 €" (unit = ISO currency code);
- ``range``: "entre 10 et 15", "10-15" (``value`` = low end, ``high`` = high end). Money and
  percent ranges keep their kind and also set ``high``. A score is read the same way, both
  numbers kept in their order ("4-3", "4:3": ``value`` 4, ``high`` 3);
- ``year``, ``time``, ``ordinal``: found so that they are *not* mistaken for amounts
  ("en 2021", "17h30", "3e", "21st"); comparisons of amounts should skip them.

``unit`` is the currency code, ``%``, or the counted noun normalised to a short English key when
it is a frequent one ("soldats"/"troops" -> ``troops``, "km" -> ``km``), else the noun lower-cased.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from sourcier.model import NumberMention

__all__ = ["WORD_NUMBER_LANGS", "find_numbers", "parse_number", "words_to_number"]

_SP = " \u00a0\u202f\u2009"  # space, nbsp, narrow nbsp, thin space
_APOS = "'’"

# --------------------------------------------------------------------- tables

_MULTIPLIERS: dict[str, float] = {
    "mille": 1e3, "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "thousand million": 1e9, "thousand millions": 1e9,  # British for a billion
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mio": 1e6,
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    # powers of 1,000 in other European languages ("215 Millionen", "3.000 millones",
    # "3,5 miliardy"); "mil" (es/pt thousand) is only read in those languages
    "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "tausend": 1e3,
    "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9, "mil": 1e3,
    "milhão": 1e6, "milhões": 1e6, "mil milhões": 1e9, "bilhão": 1e9, "bilhões": 1e9,
    "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
    "milion": 1e6, "milionu": 1e6, "miliony": 1e6, "milionů": 1e6, "miliarda": 1e9,
    "miliardy": 1e9, "miliard": 1e9, "miliardů": 1e9, "tisíc": 1e3, "tisíce": 1e3,
    "milionów": 1e6, "miliardów": 1e9,
    # Ukrainian and Russian (every case form a figure takes: "1,5 мільярда", "120 млн"),
    # Hungarian
    "тисяча": 1e3, "тисячі": 1e3, "тисяч": 1e3, "тис": 1e3, "мільйон": 1e6, "мільйона": 1e6,
    "мільйони": 1e6, "мільйонів": 1e6, "мільярд": 1e9, "мільярда": 1e9, "мільярди": 1e9,
    "мільярдів": 1e9, "трильйон": 1e12, "трильйона": 1e12, "трильйони": 1e12,
    "трильйонів": 1e12, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тыс": 1e3,
    "миллион": 1e6, "миллиона": 1e6, "миллионы": 1e6, "миллионов": 1e6, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиарды": 1e9, "миллиардов": 1e9, "триллион": 1e12,
    "триллиона": 1e12, "триллионов": 1e12, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
    "ezer": 1e3, "millió": 1e6, "milliárd": 1e9,
}
# "billion" means 10^12 in French, German, Spanish, Czech, Polish... (long scale)
_FR_MULTIPLIERS = {"billion": 1e12, "billions": 1e12}
_LONG_SCALE = {"billion": 1e12, "billions": 1e12, "billionen": 1e12, "billón": 1e12,
               "billones": 1e12, "bilion": 1e12, "biliony": 1e12, "bilionů": 1e12}
_LONG_SCALE_LANGS = {"fr", "de", "es", "cs", "pl", "it", "nl", "sk", "lb"}
_MIL_LANGS = {"es", "pt", "ca", "gl"}
# short multipliers only valid glued to a number or next to a currency ("$5m", "5 Md€")
_SHORT_MULT = {"k", "m", "mn", "mln", "md", "mds", "b", "bn", "tn"}

_CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH",
    "₹": "INR", "₺": "TRY", "chf": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP",
    "rub": "RUB", "uah": "UAH", "cny": "CNY", "jpy": "JPY", "fcfa": "XOF",
}
_CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "livre": "GBP", "livres": "GBP", "pound": "GBP", "pounds": "GBP",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "yen": "JPY", "yens": "JPY",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "franc": "CHF", "francs": "CHF",
    "roupie": "INR", "roupies": "INR", "rupee": "INR", "rupees": "INR",
    "lire": "TRY", "lira": "TRY", "zlotys": "PLN", "zloty": "PLN",
    # Ukrainian and Russian
    "долар": "USD", "долари": "USD", "доларів": "USD", "долара": "USD", "доллар": "USD",
    "доллара": "USD", "долларов": "USD", "доллары": "USD", "євро": "EUR", "евро": "EUR",
    "гривня": "UAH", "гривні": "UAH", "гривень": "UAH", "грн": "UAH", "гривна": "UAH",
    "гривны": "UAH", "гривен": "UAH", "рубль": "RUB", "рублі": "RUB", "рублів": "RUB",
    "рубля": "RUB", "рублей": "RUB", "руб": "RUB",
}
# nouns for which a cross-language key helps comparison
_UNIT_KEYS = {
    "soldats": "troops", "soldat": "troops", "troupes": "troops", "militaires": "troops",
    "troops": "troops", "soldiers": "troops", "soldier": "troops", "servicemen": "troops",
    "personnes": "people", "personne": "people", "people": "people", "persons": "people",
    "habitants": "inhabitants", "inhabitants": "inhabitants", "residents": "inhabitants",
    "morts": "dead", "mort": "dead", "tués": "dead", "dead": "dead", "deaths": "dead",
    "victimes": "victims", "victims": "victims", "blessés": "injured", "injured": "injured",
    "wounded": "injured", "réfugiés": "refugees", "refugees": "refugees",
    "enfants": "children", "children": "children", "femmes": "women", "women": "women",
    "hommes": "men", "men": "men", "pays": "countries", "countries": "countries",
    "ans": "years", "an": "years", "années": "years", "years": "years", "year": "years",
    "mois": "months", "months": "months", "month": "months", "jours": "days", "jour": "days",
    "days": "days", "day": "days", "semaines": "weeks", "weeks": "weeks", "heures": "hours",
    "hours": "hours", "minutes": "minutes", "secondes": "seconds", "seconds": "seconds",
    "kilomètres": "km", "kilometres": "km", "kilometers": "km", "km": "km",
    "mètres": "m", "metres": "m", "meters": "m", "miles": "mi", "mi": "mi",
    "kilogrammes": "kg", "kilos": "kg", "kg": "kg", "tonnes": "t", "tons": "t",
    "litres": "l", "liters": "l", "barils": "barrels", "barrels": "barrels",
    "chars": "tanks", "tanks": "tanks", "avions": "aircraft", "aircraft": "aircraft",
    "missiles": "missiles", "drones": "drones", "voix": "votes", "votes": "votes",
    "sièges": "seats", "seats": "seats", "emplois": "jobs", "jobs": "jobs",
    "électeurs": "voters", "voters": "voters", "manifestants": "protesters",
    "protesters": "protesters", "migrants": "migrants", "étudiants": "students",
    "students": "students", "membres": "members", "members": "members",
    "doses": "doses", "cas": "cases", "cases": "cases", "kilowatts": "kw", "mw": "mw",
    # measures (see MEASURES); German capitalises them ("80 Kilometer")
    "kilomètre": "km", "kilometre": "km", "kilometer": "km", "mètre": "m", "metre": "m",
    "meter": "m", "mile": "mi", "meilen": "mi", "feet": "ft", "foot": "ft", "ft": "ft",
    "inches": "in", "inch": "in", "yards": "yd", "yard": "yd", "centimètres": "cm",
    "centimetres": "cm", "centimeters": "cm", "zentimeter": "cm", "millimètres": "mm",
    "millimetres": "mm", "millimeters": "mm", "kilograms": "kg",
    "kilogramm": "kg", "kilo": "kg", "grammes": "g", "grams": "g", "gramm": "g",
    "tonne": "t", "ton": "t", "tonnen": "t", "lbs": "lb", "lb": "lb", "ounces": "oz",
    "litre": "l", "liter": "l", "gallons": "gal", "gallon": "gal", "acres": "acre",
    "acre": "acre", "hectares": "ha", "hectare": "ha", "hektar": "ha",
    # English degrees may be Fahrenheit; elsewhere a bare degree is Celsius
    "degrees": "deg", "degrés": "c", "grad": "c", "grados": "c", "stupňů": "c",
}
# unit -> (dimension, size in the dimension's base unit): a translation converts miles to
# kilometres and Fahrenheit to Celsius; compare reads "140 mph" and "225 km/h" as one figure
MEASURES: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144),
    "kmh": ("speed", 1.0), "mph": ("speed", 1.609344),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523),
    "l": ("volume", 1.0), "gal": ("volume", 3.785411784),
    "ha": ("area", 1.0), "acre": ("area", 0.40468564), "km2": ("area", 100.0),
    "sqmi": ("area", 258.99881), "m2": ("area", 1e-4),
}
TEMPERATURES = {"c", "f", "deg"}  # Celsius, Fahrenheit, degrees of either


def measure_dimension(unit: str | None) -> str | None:
    """What ``unit`` measures ("length", "speed", "mass", "volume", "area", "temperature"),
    or None for a counted noun, a currency or a percentage."""
    if unit in TEMPERATURES:
        return "temperature"
    return MEASURES[unit][0] if unit in MEASURES else None


# measures written with more than one word or glued to the figure ("140mph", "225 km/h",
# "38 °C", "a 30-foot wall"), tried before the counted noun
_MEASURE_FORMS = [
    (r"km[" + _SP + r"]?/[" + _SP + r"]?h(?:r|our)?\b|kmh\b|km-h\b|kilom[eè]tres?[-" + _SP
     + r"]heure\b|kilom[eè]tres?[" + _SP + r"]+(?:à[" + _SP + r"]+l['’]|par[" + _SP
     + r"]+)heure\b|kilomet(?:re|er)s?[" + _SP + r"]+(?:per|an|a)[" + _SP + r"]+hour\b"
     + r"|stundenkilometer\b|kilometer[" + _SP + r"]+pro[" + _SP + r"]+stunde\b", "kmh"),
    (r"mph\b|m\.p\.h\.|miles?[" + _SP + r"]+(?:per|an|a)[" + _SP + r"]+hour\b", "mph"),
    (r"°[" + _SP + r"]?C\b|(?:degr[eé]s?|degrees?|grad)[" + _SP + r"]+(?:celsius|centigrade)\b",
     "c"),
    (r"°[" + _SP + r"]?F\b|(?:degr[eé]s?|degrees?|grad)[" + _SP + r"]+fahrenheit\b", "f"),
    (r"square[" + _SP + r"]+miles?\b|sq\.?[" + _SP + r"]?mi\b|miles?[" + _SP + r"]+carrés\b",
     "sqmi"),
    (r"km²|km2\b|square[" + _SP + r"]+kilomet(?:re|er)s?\b|kilom[eè]tres?[" + _SP
     + r"]+carrés\b|quadratkilometer\b", "km2"),
    (r"m²|square[" + _SP + r"]+met(?:re|er)s?\b|m[eè]tres?[" + _SP + r"]+carrés\b"
     + r"|quadratmeter\b", "m2"),
]
_MEASURE_RE = re.compile(
    r"[" + _SP + r"]?(?:" + "|".join(f"(?P<u{k}>{pat})" for k, (pat, _) in
                                    enumerate(_MEASURE_FORMS)) + r")", re.I)
# "a 30-foot wall", "a 140-mile trip", "a 5-pound baby"
_HYPHEN_MEASURE = re.compile(
    r"-(?P<w>foot|feet|mile|kilomet(?:re|er)|met(?:re|er)|pound|ton|tonne|inch|yard|acre"
    r"|hectare|gallon|litre|liter|kilogram(?:me)?|centimet(?:re|er))\b", re.I)
_HYPHEN_KEYS = {"pound": "lb"}  # no currency here
_STOP_AFTER = {
    # function words that never are the counted noun
    "de", "d", "du", "des", "le", "la", "les", "l", "et", "ou", "à", "a", "au", "aux", "en",
    "dans", "pour", "par", "sur", "avec", "sans", "contre", "qui", "que", "qu", "dont", "où",
    "il", "elle", "ils", "elles", "on", "ont", "est", "sont", "ne", "se", "sa", "son", "ses",
    "of", "the", "and", "or", "to", "in", "at", "for", "by", "with", "from", "that",
    "which", "who", "is", "are", "was", "were", "have", "has", "had", "be", "been", "it",
    "than", "as", "but", "this", "these", "those", "their", "his", "her", "its", "our", "an",
    "plus", "moins", "more", "less", "fewer", "environ", "about", "around", "près",
    "selon", "après", "avant", "after", "before", "pendant", "during", "between", "entre",
    "y", "bis", "und", "ce", "cette", "ces", "leur", "leurs", "not", "pas", "also", "aussi", "déjà",
    "fois", "times",
}
_PERCENT_WORDS = re.compile(
    r"[" + _SP + r"]*(?:%|pour[" + _SP + r"]?cents?|per[" + _SP + r"]?cent|pct\b|p\.c\."
    r"|prozent\b|por[" + _SP + r"]+ciento\b|procent[aou]?\b|per[" + _SP + r"]+cento\b"
    r"|por[" + _SP + r"]+cento\b)",
    re.I,
)
_PP_WORDS = re.compile(
    r"[" + _SP + r"]+(?:points?[" + _SP + r"]+de[" + _SP + r"]+pourcentage|percentage[" + _SP
    + r"]+points?)\b",
    re.I,
)

_FR_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "octante": 80, "huitante": 80, "nonante": 90,
}
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_HUNDRED = {"cent", "cents", "hundred", "hundreds"}
_THOUSAND = {"mille", "mil", "thousand"}
_BIG = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
        "billion": 1e9, "billions": 1e9, "trillion": 1e12}
_DOZEN = {"dozen": 12, "douzaine": 12, "douzaines": 12, "score": 20}
_ORD_WORDS = {
    "premier": 1, "première": 1, "first": 1, "second": 2, "seconde": 2, "third": 3,
    "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12,
}
# the languages whose numbers written in words are read ("deux millions", "two billion")
WORD_NUMBER_LANGS = frozenset({"fr", "en"})
_NUMBER_WORDS = (set(_FR_UNITS) | set(_EN_UNITS) | _HUNDRED | _THOUSAND | set(_BIG)
                 | set(_DOZEN) | {"et", "and", "a", "an"})
_CONNECTORS = {"et", "and"}

# --------------------------------------------------------------------- regexes

_DIGITS = (
    r"(?<![\w.,/:])(?<![^\W\d]-)(?:\d{1,3}(?:(?:[" + _SP + r"]|[.,'’])\d{3})+(?![\d])|\d+)"
    r"(?:[.,]\d+(?![\d.,]\d))?"
)
_CUR_SYM = r"(?:US\$|\$|€|£|¥|₽|₴|₹|₺)"
_CUR_CODE = r"(?:USD|EUR|GBP|CHF|RUB|UAH|CNY|JPY|FCFA)"
_MULT_RE = (
    r"(?:mil[" + _SP + r"]+millones|mil[" + _SP + r"]+milhões|milliarden|milliarde|millionen"
    r"|billionen|milliards?|millions?|millones|millón|millon|milhões|milhão|bilhões|bilhão"
    r"|billones|billón|miliardów|milionów|milion[uyů]|miliard[yů]|miliarda|miliardi|miliardo"
    r"|milioni|milione|milion|miliard|biliony|bilionů|bilion|tausend|tisíce|tisíc"
    r"|мільйонів|мільйона|мільйони|мільйон|мільярдів|мільярда|мільярди|мільярд"
    r"|трильйонів|трильйона|трильйони|трильйон|тисяча|тисячі|тисяч|тис"
    r"|миллионов|миллиона|миллионы|миллион|миллиардов|миллиарда|миллиарды|миллиард"
    r"|триллионов|триллиона|триллион|тысяча|тысячи|тысяч|тыс|млрд|млн|трлн"
    r"|milliárd|millió|ezer"
    r"|mille|billions?|trillions?|thousand[" + _SP + r"]+millions?|thousands?|mln|mio|mrd|mds?|mn|bn|tn|mil|k|m|b)"
)
_NUM_RE = re.compile(
    r"(?P<pre>" + _CUR_SYM + r"[" + _SP + r"]?|" + _CUR_CODE + r"[" + _SP + r"])?"
    r"(?P<num>(?:(?<![^\s(])[-−])?" + _DIGITS + r")"
    r"(?P<ord>(?:er|re|ère|e|ème|ième|eme|st|nd|rd|th)\b)?"
    r"(?:(?P<multsp>[" + _SP + r"]?)(?P<mult>" + _MULT_RE + r")(?![\w]))?",
    re.I,
)
_TIME_RE = re.compile(
    r"(?<![\w.,:])(?:[01]?\d|2[0-3])(?:[" + _SP + r"]?[hH][" + _SP + r"]?(?:[0-5]\d)?(?![\w])"
    r"|:[0-5]\d(?::[0-5]\d)?(?![\d])(?:[" + _SP + r"]?(?:a\.m\.|p\.m\.|am\b|pm\b))?"
    r"|(?:[" + _SP + r"]?(?:a\.m\.|p\.m\.|am\b|pm\b)))",
    re.I,
)
_RACE_TIME_RE = re.compile(
    r"(?<![\w.,])(\d{1,2})(?:[" + _SP + r"]?sec\.?[" + _SP + r"]?|\")(\d{2})(?![\w.,]?\d)")
_SCORE_RE = re.compile(r"(?<![\w.,:])(\d{1,3}):(\d{1,3})(?![\w:]|[.,]\d)")
_DATE_LIKE = re.compile(
    r"(?<![\d])(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{4})(?![\d])"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.U)
_RANGE_JOIN = re.compile(
    r"[" + _SP + r"]*(?:-|–|—|à|a|to|bis|et|and|und|y|ou|or)[" + _SP + r"]*$", re.I
)
_RANGE_OPEN = re.compile(r"(?:\bentre|\bbetween|\bde|\bfrom|\bd['’]environ|\bzwischen|\bvon)["
                         + _SP + r"]+$",
                         re.I)
_MONTHS_RE = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|déc|janv|févr|avr|juil"
)
_YEAR_STRONG = re.compile(
    r"(?:\b(?:en|in|depuis|since|année|year|l['’]an|fin|début|mi|jusqu['’]en|"
    # the word for "year" in German, Spanish and Czech ("im Jahr 2008", "roku 2008")
    r"jahr|jahres|año|rok|roku|roce|"
    r"printemps|été|automne|hiver|spring|summer|autumn|fall|winter|" + _MONTHS_RE
    + r")\.?|\d{1,2}(?:er)?,?|[-–(])[" + _SP + r"]*$",
    re.I,
)
# an approximation before a figure makes it an amount, not a year: "rund 2000
# Sicherheitskräfte", "about 1900 people", "près de 2000 manifestants"
_APPROX = re.compile(
    r"\b(?:about|around|some|nearly|almost|approximately|roughly|more than|less than|"
    r"fewer than|up to|at least|environ|près de|quelque|plus de|moins de|presque|au moins|"
    r"rund|etwa|circa|ca\.|fast|knapp|mehr als|weniger als|mindestens|bis zu|unos|unas|"
    r"cerca de|casi|alrededor de|más de|menos de|aproximadamente|asi|přibližně|zhruba|"
    r"kolem|téměř|více než|skoro|nejméně)[" + _SP + r"]*$", re.I)
_YEAR_WEAK = re.compile(
    r"(?:\b(?:de|of|until|by|avant|après|before|after|from|to|au|à)|[,;:])[" + _SP + r"]*$", re.I
)


def _is_decimal_comma_lang(lang: str | None) -> bool:
    return lang not in ("en", "zh", "ja", "ko", "th", "he", "hi")


def parse_number(raw: str, lang: str | None = None, *, multiplier: bool = False) -> float | None:
    """Value of a digit string with locale separators ("175 000", "1,5", "175.000", "1,500").

    A single ``,`` or ``.`` followed by exactly three digits is a thousands separator, unless
    it is the language's decimal mark and a multiplier word follows ("1,5 million", but
    "3.000 millones"), or the number starts with 0; otherwise it is the decimal mark.
    After thousands groups, a last group of one or two digits follows a decimal mark typed
    as the group separator ("12.595.75").
    """
    s = raw.strip().replace("−", "-").replace("–", "-")
    neg = s.startswith("-")
    s = s.lstrip("-")
    for ch in _SP + _APOS:
        s = s.replace(ch, "")
    if not s:
        return None
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        s = s.replace(thou, "").replace(dec, ".")
    elif commas or dots:
        sep = "," if commas else "."
        parts = s.split(sep)
        if len(parts) > 2:
            # groups of three digits; a last group of another length after them is a slip
            # for the decimal mark ("12.595.75" for 12.595,75)
            last = parts[-1]
            if len(last) in (1, 2) and all(len(p) == 3 for p in parts[1:-1]):
                s = "".join(parts[:-1]) + "." + last
            else:
                s = "".join(parts)
        else:
            head, tail = parts
            # before a multiplier, a three-digit tail is still a thousands group when the
            # separator is not the language's decimal mark ("3.000 millones", "1,500 million")
            dec_mark = "," if _is_decimal_comma_lang(lang) else "."
            thousands = (len(tail) == 3 and head not in ("0", "")
                         and (not multiplier or sep != dec_mark))
            s = head + tail if thousands else head + "." + tail
    try:
        value = float(s)
    except ValueError:
        return None
    return -value if neg else value


def words_to_number(words: list[str]) -> float | None:
    """Value of a sequence of number words ("deux cents", "quatre-vingt-dix", "two dozen")."""
    total = 0.0
    current = 0.0
    seen = False
    prev = ""
    for w in words:
        w = w.lower()
        if w in _CONNECTORS:
            continue
        if w in ("a", "an"):
            current = current or 1
            seen = True
            continue
        if w in _FR_UNITS or w in _EN_UNITS:
            v = _FR_UNITS.get(w, _EN_UNITS.get(w))
            if w.startswith("vingt") and prev == "quatre":
                current = current - 4 + 80
            else:
                current += v
        elif w in _HUNDRED:
            current = (current or 1) * 100
        elif w in _THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif w in _BIG:
            total = (total + (current or 1)) * _BIG[w]
            current = 0
        elif w in _DOZEN:
            current = (current or 1) * _DOZEN[w]
        else:
            return None
        seen = True
        prev = w
    return total + current if seen else None


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun right after ``pos`` (skipping "de", "d'", "of"), and where it ends."""
    mm = _MEASURE_RE.match(text, pos)
    if mm:
        k = next(i for i, g in enumerate(mm.groups()) if g is not None)
        return _MEASURE_FORMS[k][1], mm.end()
    hm = _HYPHEN_MEASURE.match(text, pos)
    if hm:
        w = hm.group("w").lower()
        return _HYPHEN_KEYS.get(w, _UNIT_KEYS.get(w, _UNIT_KEYS.get(w + "s", w))), hm.end()
    m = re.compile(r"[" + _SP + r"]+(?:(?:de|of)[" + _SP + r"]+|d['’][" + _SP + r"]*)?"
                   r"(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)").match(text, pos)
    if not m:
        m2 = re.compile(r"[" + _SP + r"]?(?P<w>km|kg|m|cm|mm|t|l|kW|MW|GW|ha|ft|lbs?|mi)\b"
                        ).match(text, pos)
        if not m2:
            return None, pos
        w = m2.group("w")
        return _UNIT_KEYS.get(w.lower(), w.lower()), m2.end()
    w = m.group("w")
    lw = w.lower()
    if lw in _STOP_AFTER or (w[0].isupper() and lw not in _UNIT_KEYS):
        return None, pos
    if lw in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[lw], m.end()
    if lw in _MULTIPLIERS:
        return None, pos
    return _UNIT_KEYS.get(lw, lw), m.end()


def _currency_after(text: str, pos: int) -> tuple[str | None, int]:
    m = re.compile(
        r"[" + _SP + r"]*(?:(?:de|d['’]|of)[" + _SP + r"]*)?"
        r"(?P<c>" + _CUR_SYM + r"|" + _CUR_CODE + r"\b|[^\W\d_]+)"
    ).match(text, pos)
    if not m:
        return None, pos
    c = m.group("c")
    code = _CURRENCY_SYMBOLS.get(c.lower()) or _CURRENCY_WORDS.get(c.lower())
    if code is None:
        return None, pos
    end = m.end()
    # "dollars américains", "US dollars" handled loosely: swallow "américains"/"US"
    m2 = re.compile(r"[" + _SP + r"]+(?:américains|canadiens|australiens|sterling)\b",
                    re.I).match(text, end)
    if m2:
        if "canad" in m2.group(0).lower():
            code = "CAD"
        elif "austral" in m2.group(0).lower():
            code = "AUD"
        end = m2.end()
    return code, end


def _spans_of(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


class SpanIndex:
    """A set of character spans answering "does [s, e) overlap any?" in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
        # keep a running max of ends up to each index would be costly; spans we add are
        # disjoint or nested, so checking neighbours in overlaps() is enough

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # spans starting before e
        j = i - 1
        # walk back over the few spans that start before e and may reach past s
        steps = 0
        while j >= 0 and steps < 64:
            if self.ends[j] > s and self.starts[j] < e:
                return True
            if self.starts[j] < s - 4096:
                break
            j -= 1
            steps += 1
        return False


def _overlaps(spans: SpanIndex | list[tuple[int, int]], s: int, e: int) -> bool:
    if isinstance(spans, SpanIndex):
        return spans.overlaps(s, e)
    return any(a < e and s < b for a, b in spans)


def _digit_mentions(text: str, lang: str | None, blocked: SpanIndex
                    ) -> Iterator[NumberMention]:
    for m in _NUM_RE.finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(blocked, s, e):
            continue
        raw = m.group("num")
        mult_word = (m.group("mult") or "")
        ml = mult_word.lower()
        pre = (m.group("pre") or "").strip()
        currency = _CURRENCY_SYMBOLS.get(pre.lower()) if pre else None
        # short multipliers ("m", "k", "bn") need a currency or to be glued to the number
        ml = " ".join(ml.split())
        if ((ml in _SHORT_MULT and not (currency or (not m.group("multsp") and ml != "m"))
                and (ml in ("m", "b") or m.group("multsp")))
                or (ml == "mil" and lang not in _MIL_LANGS)):
            e = m.end("num") + len(m.group("ord") or "")
            mult_word, ml = "", ""
        value = parse_number(raw, lang, multiplier=bool(ml))
        if value is None:
            continue
        if ml:
            factor = _MULTIPLIERS.get(ml, _LONG_SCALE.get(ml, 1.0))
            if lang in _LONG_SCALE_LANGS and ml in _LONG_SCALE:
                factor = _LONG_SCALE[ml]
            value *= factor
        text_start = s
        ordm = m.group("ord")
        if ordm and not ml:
            yield NumberMention(text=text[s:e], value=value, start=s, end=e, kind="ordinal")
            continue
        kind = "number"
        unit: str | None = None
        if currency:
            kind, unit = "money", currency
        else:
            pm = _PERCENT_WORDS.match(text, e)
            ppm = _PP_WORDS.match(text, e)
            if ppm:
                kind, unit, e = "percent", "pp", ppm.end()
            elif pm:
                kind, unit, e = "percent", "%", pm.end()
            else:
                code, cend = _currency_after(text, e)
                if code:
                    kind, unit, e = "money", code, cend
                    # "5 Md€" style: multiplier glued after the currency is rare; ignore
        if kind == "number":
            # a year? 4 digits, 1000-2100, no separators, no multiplier
            if not ml and re.fullmatch(r"\d{4}", raw) and 1000 <= value <= 2100:
                before = text[max(0, s - 30):s]
                nxt_unit, _ = _unit_after(text, e)
                strong = _YEAR_STRONG.search(before)
                if not _APPROX.search(before) and (strong or (
                        nxt_unit is None and (value >= 1900 or _YEAR_WEAK.search(before)))):
                    yield NumberMention(text=text[s:e], value=value, start=s, end=e, kind="year")
                    continue
            unit, uend = _unit_after(text, e)
            if unit in _CURRENCY_WORDS.values() and unit is not None and unit.isupper():
                kind = "money"
                e = uend
            elif unit is not None:
                e = uend
        yield NumberMention(text=text[text_start:e], value=value, start=text_start, end=e,
                            unit=unit, kind=kind)


_MULT_WORD_IN = re.compile(
    r"(?<=[\d" + _SP + r"])(?:milliards?|millions?|billions?|thousand|mille|bn|mn|k|m)\b", re.I)
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.U)


def _word_mentions(text: str, lang: str | None, blocked: SpanIndex
                   ) -> Iterator[NumberMention]:
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD_TOKEN.finditer(text)]
    # "mil" is a thousand in Spanish and Portuguese only ("3 mil people" is no 3,000)
    number_words = _NUMBER_WORDS if lang in _MIL_LANGS else _NUMBER_WORDS - {"mil"}
    i = 0
    n = len(tokens)
    while i < n:
        s, e, w = tokens[i]
        parts = w.lower().split("-")
        if not all(p in number_words for p in parts) or parts[0] in _CONNECTORS:
            i += 1
            continue
        j = i
        words: list[str] = []
        end = e
        while j < n:
            tj_s, tj_e, tw = tokens[j]
            ps = tw.lower().split("-")
            if not all(p in number_words for p in ps):
                break
            if j > i and text[end:tj_s].strip(_SP) != "":
                break
            words.extend(ps)
            end = tj_e
            j += 1
        # trim trailing connectors / articles
        while words and words[-1] in ("et", "and", "a", "an"):
            words.pop()
            j -= 1
            end = tokens[j - 1][1]
        i = max(j, i + 1)
        meaningful = [x for x in words if x not in ("et", "and", "a", "an")]
        if not meaningful:
            continue
        if words[0] in ("a", "an") and not (set(words) & (_HUNDRED | _THOUSAND | set(_BIG)
                                                           | set(_DOZEN))):
            continue
        # lone "un"/"une"/"one" is an article or pronoun, not an amount
        if len(meaningful) == 1 and words[0] not in ("a", "an") and meaningful[0] in (
                "un", "une", "one", "mille", "cent", "second", "million", "millions",
                "milliard", "milliards", "billion", "billions", "trillion", "thousand",
                "hundred", "dozen", "score"):
            continue
        if _overlaps(blocked, s, end):
            continue
        value = words_to_number(words)
        if value is None:
            continue
        kind, unit, mend = "number", None, end
        pm = _PERCENT_WORDS.match(text, end)
        if pm:
            kind, unit, mend = "percent", "%", pm.end()
        else:
            code, cend = _currency_after(text, end)
            if code:
                kind, unit, mend = "money", code, cend
            else:
                unit, mend = _unit_after(text, end)
        yield NumberMention(text=text[s:mend], value=value, start=s, end=mend, unit=unit,
                            kind=kind)


_ORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(_ORD_WORDS, key=len, reverse=True))
    + r"|[^\W\d_]+(?:ième|ièmes))\b", re.I
)


def _ordinal_word_mentions(text: str) -> Iterator[NumberMention]:
    for m in _ORD_RE.finditer(text):
        w = m.group("w").lower()
        if w in _ORD_WORDS:
            if w in ("second", "seconde"):
                continue  # mostly the unit of time
            value: float | None = _ORD_WORDS[w]
        else:
            stem = w[: -len("ième")] if w.endswith("ième") else w[: -len("ièmes")]
            stem = {"cinqu": "cinq", "neuv": "neuf", "deux": "deux"}.get(stem, stem)
            if stem.endswith("ingt") or stem.endswith("ent") or stem.endswith("ill"):
                stem = stem if not stem.endswith("ill") else stem + "e"
            value = words_to_number(stem.split("-")) if stem else None
            if value is None and stem + "e" in _FR_UNITS:
                value = _FR_UNITS[stem + "e"]
        if value is None:
            continue
        yield NumberMention(text=m.group(0), value=float(value), start=m.start(), end=m.end(),
                            kind="ordinal")


def _merge_ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found) and a.kind not in ("year", "time", "ordinal"):
            b = found[i + 1]
            gap = text[a.end:b.start]
            joined = _RANGE_JOIN.match(gap) and b.kind not in ("year", "time", "ordinal")
            opener = _RANGE_OPEN.search(text[max(0, a.start - 20):a.start])
            conj = gap.strip(_SP).lower()
            # "7 percent to $99.80" is a fall to a price, no range: kinds and units agree
            clash = ({a.kind, b.kind} == {"money", "percent"}
                     or (a.unit and b.unit and a.unit != b.unit
                         and a.kind in ("money", "percent") and b.kind in ("money", "percent")))
            if joined and not clash and (conj in ("-", "–", "—", "à", "to", "bis") or opener):
                low_val = a.value
                # "10 à 15 millions": the multiplier of b applies to a too
                mb = _MULT_WORD_IN.search(b.text)
                if mb and not _MULT_WORD_IN.search(a.text) and a.unit is None:
                    low_val = a.value * _MULTIPLIERS[mb.group(0).lower()]
                unit = b.unit or a.unit
                kind = b.kind if b.kind in ("money", "percent") else (
                    a.kind if a.kind in ("money", "percent") else "range")
                s = a.start
                out.append(NumberMention(text=text[s:b.end], value=low_val, start=s, end=b.end,
                                         unit=unit, kind=kind, high=b.value))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_numbers(text: str, lang: str | None = None, *,
                 date_spans: list[tuple[int, int]] | None = None) -> list[NumberMention]:
    """All number mentions in ``text``, in order, with values and units/kinds.

    Digits inside date expressions ("le 3 décembre 2021", "il y a trois jours") are not
    amounts and are left out; pass ``date_spans`` when the dates are already known.
    """
    if not text:
        return []
    if date_spans is None:
        from sourcier.annotate.dates import find_dates

        date_spans = [(d.start, d.end) for d in find_dates(text, lang, None)]
    date_spans = list(date_spans) + _spans_of(_DATE_LIKE, text)
    found: list[NumberMention] = []
    time_spans: list[tuple[int, int]] = []
    date_index = SpanIndex(date_spans)
    for m in _TIME_RE.finditer(text):
        if date_index.overlaps(m.start(), m.end()):
            continue
        raw = m.group(0)
        hm = re.match(r"(\d+)\D*?(\d{2})?(?:\D*$)", raw.replace(" ", ""))
        hours = float(re.match(r"\d+", raw).group(0))
        mins = re.search(r"[hH:][" + _SP + r"]?(\d{2})", raw)
        if re.search(r"p\.?m", raw, re.I) and hours < 12:
            hours += 12
        value = hours + (int(mins.group(1)) / 60 if mins else 0)
        del hm
        # "3 h" could be "3 hours"; keep only clock-like forms
        if re.fullmatch(r"\d+[" + _SP + r"]?[hH]", raw) and not re.match(
                r"[" + _SP + r"]*(?:du matin|du soir|GMT|UTC|heure|locale|\d)", text[m.end():]):
            before = text[max(0, m.start() - 6):m.start()].lower()
            if not re.search(r"(?:à|vers|dès|de|et)[" + _SP + r"]*$", before):
                continue
        found.append(NumberMention(text=raw, value=round(value, 4), start=m.start(), end=m.end(),
                                   kind="time"))
        time_spans.append((m.start(), m.end()))
    # a race time in seconds and hundredths, as French sports pages write it: "20 sec 53",
    # "20"53" (= 20.53 s)
    for m in _RACE_TIME_RE.finditer(text):
        if not date_index.overlaps(m.start(), m.end()):
            found.append(NumberMention(text=m.group(0), start=m.start(), end=m.end(),
                                       value=int(m.group(1)) + int(m.group(2)) / 100,
                                       unit="sec"))
            time_spans.append((m.start(), m.end()))
    # a score or ratio "4:3" (a clock time took two-digit minutes above)
    times = SpanIndex(list(time_spans))
    for m in _SCORE_RE.finditer(text):
        if not date_index.overlaps(m.start(), m.end()) and not times.overlaps(m.start(), m.end()):
            found.append(NumberMention(text=m.group(0), value=float(m.group(1)),
                                       start=m.start(), end=m.end(), kind="range",
                                       high=float(m.group(2))))
            time_spans.append((m.start(), m.end()))
    blocked = SpanIndex(date_spans + time_spans)
    found.extend(_digit_mentions(text, lang, blocked))
    taken = SpanIndex(date_spans + time_spans + [(x.start, x.end) for x in found])
    found.extend(_word_mentions(text, lang, taken))
    taken = SpanIndex([(x.start, x.end) for x in found])
    for o in _ordinal_word_mentions(text):
        if not taken.overlaps(o.start, o.end):
            found.append(o)
    found.sort(key=lambda x: x.start)
    return _merge_ranges(text, _merge_compounds(text, found))


_ENDS_WITH_MULT = re.compile(r"(?:" + _MULT_RE + r")$", re.I)


def _merge_compounds(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """One figure written in two parts, the larger scale first: "1 millón 200 mil pesos",
    "2 millions 500 000 habitants" (1,200,000 and 2,500,000)."""
    out: list[NumberMention] = []
    for n in found:
        prev = out[-1] if out else None
        m = _ENDS_WITH_MULT.search(prev.text) if prev is not None else None
        if (prev is not None and m and prev.kind == "number" and prev.unit is None
                and n.kind in ("number", "money") and n.high is None
                and text[prev.end:n.start].strip(_SP) == ""):
            scale = _MULTIPLIERS.get(" ".join(m.group(0).lower().split()), 0.0)
            if scale >= 1e6 and 0 < n.value < scale:
                out[-1] = NumberMention(text=text[prev.start:n.end], value=prev.value + n.value,
                                        start=prev.start, end=n.end, unit=n.unit, kind=n.kind)
                continue
        out.append(n)
    return out
