"""Canonical cross-language keys for names, and an alias table learned from translations.

``name_key("l'OTAN") == name_key("NATO") == "nato"``; ``name_key("Poutine", "PER") ==
name_key("Vladimir Putin", "PER") == name_key("Путин", "PER") == "putin"``.

How a key is made:

1. strip articles ("l'", "the", "der") and leading titles/roles ("M.", "Mr", "président russe");
2. look the whole name up in the seed table (frequent news names and acronyms in several
   languages) and in CLDR territory names of many locales (babel): both give an English key;
3. people (label ``PER``) are keyed by their surname (last name, with particles: "le drian"),
   so that "Vladimir Poutine", "M. Poutine" and "Putin" meet;
4. otherwise the name is transliterated to ASCII (anyascii) and reduced to a skeleton that
   tolerates the usual transliteration variants: French "ou"/English "u", "tch"/"ch"/"sh",
   "kh"/"h", "y"/"i", "w"/"v", "zh"/"j", doubled letters, final mute "e"
   ("Ouchakov"/"Ushakov" -> "ushakov", "Zelenskyy"/"Zelensky" -> "zelenski").

:class:`AliasTable` adds what no table knows (a city's exonym, an unusual transliteration):
names that keep being aligned with each other in translated sentence pairs become aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from anyascii import anyascii

from sourcier.model import Entity

__all__ = [
    "FIRST_NAMES", "AliasTable", "demonym_stems", "display_name", "given_name", "keys_match",
    "name_key", "name_key_in", "known_place_names", "place_names", "seed_label", "skeleton",
    "slavic_nominatives", "stem_demonym", "territory_keys", "territory_names", "zipf",
]

# ------------------------------------------------------------------ seed table
# canonical key -> (label, variants in several languages/scripts). Variants are normalised
# with the same function as queries, so accents and case do not matter here.
_SEED: dict[str, tuple[str, tuple[str, ...]]] = {
    # organisations
    "nato": ("ORG", ("otan", "nato", "north atlantic treaty organization",
                     "organisation du traite de l'atlantique nord", "alliance atlantique",
                     "atlantic alliance", "нато")),
    "un": ("ORG", ("onu", "un", "u.n.", "united nations", "nations unies",
                   "organisation des nations unies", "oon", "оон", "uno", "naciones unidas",
                   "organizacion de las naciones unidas", "vereinte nationen", "osn",
                   "organizace spojenych narodu", "nazioni unite", "onz",
                   "organizacja narodow zjednoczonych")),
    "eu": ("ORG", ("ue", "eu", "e.u.", "european union", "union europeenne", "евросоюз",
                   "европейский союз", "europaische union", "union europea", "unione europea",
                   "evropska unie", "unia europejska", "европейски съюз")),
    "european commission": ("ORG", ("commission europeenne", "european commission",
                                    "europaische kommission", "bruxelles commission",
                                    "comision europea", "commissione europea",
                                    "evropska komise", "komisja europejska")),
    "european parliament": ("ORG", ("parlement europeen", "european parliament",
                                    "europaisches parlament", "parlamento europeo",
                                    "evropsky parlament", "parlament europejski")),
    "council of europe": ("ORG", ("conseil de l'europe", "council of europe", "europarat")),
    "who": ("ORG", ("oms", "who", "world health organization", "world health organisation",
                    "organisation mondiale de la sante", "воз", "weltgesundheitsorganisation",
                    "organizacion mundial de la salud", "svetova zdravotnicka organizace",
                    "всемирная организация здравоохранения")),
    "imf": ("ORG", ("fmi", "imf", "international monetary fund", "fonds monetaire international",
                    "мвф", "iwf", "internationaler wahrungsfonds",
                    "fondo monetario internacional", "mmf", "mezinarodni menovy fond",
                    "международный валютный фонд")),
    "wto": ("ORG", ("omc", "wto", "world trade organization",
                    "organisation mondiale du commerce", "welthandelsorganisation",
                    "organizacion mundial del comercio", "svetova obchodni organizace", "вто",
                    "всемирная торговая организация")),
    "unwto": ("ORG", ("unwto", "omt", "world tourism organization",
                      "organisation mondiale du tourisme", "welttourismusorganisation",
                      "organizacion mundial del turismo", "всемирная туристская организация")),
    "osce": ("ORG", ("osce", "обсе", "organisation pour la securite et la cooperation en europe")),
    "security council": ("ORG", ("conseil de securite", "security council", "un security council",
                                 "conseil de securite de l'onu", "совбез оон", "sicherheitsrat",
                                 "consejo de seguridad", "rada bezpecnosti",
                                 "consiglio di sicurezza", "rada bezpieczenstwa")),
    "kremlin": ("ORG", ("kremlin", "кремль", "kreml")),
    "white house": ("ORG", ("maison-blanche", "maison blanche", "white house", "белый дом",
                            "weisses haus", "casa blanca", "casa bianca", "bily dum",
                            "bialy dom")),
    "pentagon": ("ORG", ("pentagone", "pentagon", "пентагон", "pentagono")),
    "state department": ("ORG", ("departement d'etat", "state department", "department of state",
                                 "us state department", "госдеп", "госдепартамент")),
    "elysee": ("ORG", ("elysee", "palais de l'elysee", "elysee palace")),
    "congress": ("ORG", ("congres", "congress", "us congress", "конгресс", "kongress")),
    "senate": ("ORG", ("senat", "senate", "us senate", "сенат")),
    "house of representatives": ("ORG", ("chambre des representants", "house of representatives")),
    "duma": ("ORG", ("douma", "duma", "дума", "государственная дума", "state duma")),
    "g7": ("ORG", ("g7", "g-7", "groupe des sept")), "g20": ("ORG", ("g20", "g-20")),
    "cia": ("ORG", ("cia",)), "fbi": ("ORG", ("fbi",)), "nsa": ("ORG", ("nsa",)),
    "fsb": ("ORG", ("fsb", "фсб")), "kgb": ("ORG", ("kgb", "кгб")), "sbu": ("ORG", ("sbu", "сбу")),
    "afp": ("ORG", ("afp", "agence france-presse", "agence france presse")),
    "reuters": ("ORG", ("reuters", "рейтер")),
    "associated press": ("ORG", ("ap", "associated press")),
    "tass": ("ORG", ("tass", "тасс")), "ria novosti": ("ORG", ("ria novosti", "риа новости")),
    "washington post": ("ORG", ("washington post",)),
    "new york times": ("ORG", ("new york times", "nyt")),
    "red cross": ("ORG", ("croix-rouge", "croix rouge", "red cross", "красный крест")),
    "ecb": ("ORG", ("bce", "ecb", "banque centrale europeenne", "european central bank",
                    "ezb", "banco central europeo", "europaische zentralbank",
                    "evropska centralni banka")),
    "federal reserve": ("ORG", ("federal reserve", "fed", "reserve federale", "reserva federal",
                                "us-notenbank fed", "federalni rezervni system")),
    "iaea": ("ORG", ("aiea", "iaea", "magate", "магатэ")),
    "nyse": ("ORG", ("nyse", "new york stock exchange", "bourse de new york",
                     "bolsa de nueva york", "bolsa de valores de nueva york",
                     "new yorker borse", "newyorska burza", "borsa di new york")),
    "champions league": ("ORG", ("champions league", "uefa champions league",
                                 "ligue des champions", "liga de campeones", "champions-league",
                                 "liga mistru", "lega dei campioni")),
    "die linke": ("ORG", ("die linke", "linke", "linkspartei", "left party")),
    # German parties, which translations name by what they are ("the Social Democrats")
    "spd": ("ORG", ("spd", "social democrats", "social democrat", "social democratic party",
                    "sozialdemokratische partei deutschlands", "sozialdemokraten",
                    "parti social-democrate", "partido socialdemocrata")),
    "cdu": ("ORG", ("cdu", "christian democrats", "christian democrat",
                    "christian democratic union", "christlich demokratische union",
                    "christdemokraten", "union chretienne-democrate",
                    "union democrata cristiana", "democristianos")),
    "csu": ("ORG", ("csu", "christian social union", "christlich-soziale union",
                    "union chretienne-sociale", "union social cristiana")),
    "fdp": ("ORG", ("fdp", "free democrats", "free democratic party", "freie demokraten",
                    "freie demokratische partei", "parti liberal-democrate")),
    "olympic games": ("ORG", ("olympic games", "olympics", "jeux olympiques",
                              "olympische spiele", "juegos olimpicos", "olimpiadas",
                              "olympijske hry", "olimpiadi", "giochi olimpici")),
    # the football World Cup, which French calls "le Mondial"
    "world cup": ("ORG", ("world cup", "fifa world cup", "mondial", "coupe du monde",
                          "mundial", "copa del mundo", "copa mundial", "fussball-wm",
                          "fussballweltmeisterschaft", "mistrovstvi sveta ve fotbale",
                          "coppa del mondo", "mundial de futbol")),
    # places without a CLDR entry (cities, regions) or with common short forms
    "united states": ("LOC", ("usa", "u.s.a.", "us", "u.s.", "etats-unis", "etats unis", "eeuu",
                              "ee.uu.", "estados unidos",
                              "america", "amerique", "сша", "états-unis d'amérique")),
    "united kingdom": ("LOC", ("uk", "u.k.", "royaume-uni", "grande-bretagne", "great britain",
                               "britain", "великобритания", "großbritannien", "gran bretaña",
                               "gran bretagna", "velká británie", "británie")),
    "russia": ("LOC", ("russie", "russia", "россия", "russland", "federation de russie",
                       "russian federation")),
    "ukraine": ("LOC", ("ukraine", "украина", "україна")),
    "north korea": ("LOC", ("dprk", "kndr", "кндр", "rpdc", "rpdk", "kldr", "kdvr")),
    # CLDR's English names changed ("Türkiye", "Czechia"): the older ones are still written
    "turkiye": ("LOC", ("turkey", "turkiye", "turquie", "turquia", "turkei", "turchia")),
    "czechia": ("LOC", ("czech republic", "czechia", "republique tcheque", "tchequie",
                        "tschechien", "republica checa", "chequia", "cesko", "ceska republika")),
    "moscow": ("LOC", ("moscou", "moscow", "moskau", "moskva", "москва", "mosca", "moscu",
                        "moskwa", "moszkva")),
    "london": ("LOC", ("londres", "london", "londra", "лондон", "londýn", "londyn")),
    "beijing": ("LOC", ("pekin", "beijing", "peking", "pechino", "пекин", "пекін")),
    "kyiv": ("LOC", ("kiev", "kyiv", "kiew", "kiiv", "kyjiw", "київ", "киев", "kyjev", "kijów",
                      "kijev")),
    "warsaw": ("LOC", ("varsovie", "warsaw", "warschau", "warszawa", "варшава", "varšava",
                        "varsó")),
    "brussels": ("LOC", ("bruxelles", "brussels", "brussel", "bruselas", "брюссель", "брюсель",
                          "brusel", "bruksela", "brüsszel")),
    "geneva": ("LOC", ("geneve", "geneva", "genf", "ginevra", "женева", "ženeva", "genewa")),
    "vienna": ("LOC", ("vienne", "vienna", "wien", "вена", "відень", "vídeň", "wiedeń", "bécs")),
    "athens": ("LOC", ("athenes", "athens", "athen", "афины", "афіни", "atény", "ateny",
                        "athén")),
    "rome": ("LOC", ("rome", "roma", "rom", "рим", "řím", "rzym", "róma")),
    "cairo": ("LOC", ("le caire", "cairo", "kairo", "каир", "каїр", "káhira", "kair", "kairó")),
    "algiers": ("LOC", ("alger", "algiers", "алжир")),
    "tehran": ("LOC", ("teheran", "tehran", "тегеран")),
    "lisbon": ("LOC", ("lisbonne", "lisbon", "lissabon", "lisboa", "lisabon", "lizbona",
                        "lisszabon")),
    "copenhagen": ("LOC", ("copenhague", "copenhagen", "kopenhagen", "kodaň", "kopenhaga",
                           "копенгаген")),
    "bucharest": ("LOC", ("bucarest", "bucharest", "bukarest")),
    "the hague": ("LOC", ("la haye", "the hague", "den haag")),
    "damascus": ("LOC", ("damas", "damascus", "damaskus", "дамаск")),
    "baghdad": ("LOC", ("bagdad", "baghdad", "багдад")),
    "beirut": ("LOC", ("beyrouth", "beirut", "бейрут")),
    "jerusalem": ("LOC", ("jerusalem", "иерусалим", "єрусалим", "jeruzalém", "jerozolima",
                           "jeruzsálem")),
    "saint petersburg": ("LOC", ("saint-petersbourg", "saint petersburg", "st petersburg",
                                 "st. petersburg", "sankt petersburg", "санкт-петербург")),
    "munich": ("LOC", ("munich", "munchen", "monaco di baviera", "mnichov", "monachium",
                        "мюнхен")),
    # the German and Austrian states, which translations give by their exonyms ("Lower
    # Saxony" / "Basse-Saxe" / "Niedersachsen")
    "baden-wurttemberg": ("LOC", ("baden-wurttemberg", "bade-wurtemberg", "baden-wurtemberg",
                                  "badensko-wurttembersko")),
    "brandenburg": ("LOC", ("brandenburg", "brandebourg", "brandeburgo", "braniborsko")),
    "hesse": ("LOC", ("hessen", "hesse", "assia", "hesensko")),
    "mecklenburg-vorpommern": ("LOC", ("mecklenburg-vorpommern",
                                       "mecklenburg-western pomerania",
                                       "mecklembourg-pomeranie-occidentale",
                                       "mecklemburgo-pomerania occidental",
                                       "meklenbursko-predni pomoransko")),
    "lower saxony": ("LOC", ("niedersachsen", "lower saxony", "basse-saxe", "baja sajonia",
                             "bassa sassonia", "dolni sasko")),
    "north rhine-westphalia": ("LOC", ("nordrhein-westfalen", "north rhine-westphalia", "nrw",
                                       "rhenanie-du-nord-westphalie",
                                       "renania del norte-westfalia",
                                       "renania settentrionale-vestfalia",
                                       "severni poryni-vestfalsko")),
    "rhineland-palatinate": ("LOC", ("rheinland-pfalz", "rhineland-palatinate",
                                     "rhenanie-palatinat", "renania-palatinado",
                                     "renania-palatinato", "poryni-falc")),
    "saarland": ("LOC", ("saarland", "sarre", "sarre-land", "sarsko")),
    "saxony-anhalt": ("LOC", ("sachsen-anhalt", "saxony-anhalt", "saxe-anhalt",
                              "sajonia-anhalt", "sassonia-anhalt", "sasko-anhaltsko")),
    "schleswig-holstein": ("LOC", ("schleswig-holstein", "slesvicko-holstynsko")),
    "thuringia": ("LOC", ("thuringen", "thuringia", "thuringe", "turingia", "durynsko")),
    "tyrol": ("LOC", ("tirol", "tyrol", "tirolo", "tyrolsko")),
    "carinthia": ("LOC", ("karnten", "carinthia", "carinthie", "carintia", "korutany")),
    "styria": ("LOC", ("steiermark", "styria", "styrie", "estiria", "stiria", "styrsko")),
    "lower austria": ("LOC", ("niederosterreich", "lower austria", "basse-autriche",
                              "baja austria", "bassa austria", "dolni rakousko")),
    "upper austria": ("LOC", ("oberosterreich", "upper austria", "haute-autriche",
                              "alta austria", "horni rakousko")),
    # (not the Spanish "colonia", a city district in Mexico: "la Colonia El Naranjo")
    "cologne": ("LOC", ("cologne", "koln", "keulen", "kolonia", "kolin nad rynem", "kolin")),
    "venice": ("LOC", ("venise", "venice", "venedig", "venezia", "benátky", "wenecja",
                        "velence", "венеция", "венеція")),
    "edinburgh": ("LOC", ("edimbourg", "edinburgh")),
    "luhansk": ("LOC", ("louhansk", "lougansk", "luhansk", "lugansk", "луганск", "луганськ")),
    "donetsk": ("LOC", ("donetsk", "донецк", "донецьк")),
    "donbas": ("LOC", ("donbass", "donbas", "донбасс", "донбас")),
    "crimea": ("LOC", ("crimee", "crimea", "krim", "crimea", "крым", "крим")),
    "kharkiv": ("LOC", ("kharkov", "kharkiv", "charkiw", "харьков", "харків", "charkov",
                         "charków", "harkiv")),
    "odesa": ("LOC", ("odessa", "odesa", "одесса", "одеса", "oděsa", "odessza")),
    "mariupol": ("LOC", ("marioupol", "mariupol", "мариуполь", "маріуполь")),
    "lviv": ("LOC", ("lviv", "lvov", "lwow", "lemberg", "львов", "львів")),
    "singapore": ("LOC", ("singapour", "singapore", "singapur")),
    "seoul": ("LOC", ("seoul", "séoul")),
    "kabul": ("LOC", ("kaboul", "kabul")),
    "caucasus": ("LOC", ("caucase", "caucasus", "kaukasus", "кавказ")),
    "siberia": ("LOC", ("siberie", "siberia", "sibirien", "сибирь")),
    "black sea": ("LOC", ("mer noire", "black sea", "schwarzes meer", "черное море",
                          "mar negro", "mar nero", "cerne more", "morze czarne",
                          "чорне море")),
    "baltic": ("LOC", ("baltique", "baltic", "pays baltes", "baltic states")),
    "mediterranean": ("LOC", ("mediterranee", "mediterranean", "mer mediterranee",
                              "mittelmeer", "mediterraneo", "mar mediterraneo",
                              "stredozemni more", "stredozemi", "stredomori",
                              "morze srodziemne")),
    "middle east": ("LOC", ("moyen-orient", "middle east", "proche-orient", "near east",
                            "oriente medio", "oriente proximo", "nahost", "naher osten",
                            "mittlerer osten", "stredni vychod", "blizky vychod",
                            "medio oriente", "bliski wschod", "ближний восток")),
    "balkans": ("LOC", ("balkans", "balkan")),
    "arctic": ("LOC", ("arctique", "arctic", "arktis")),
    # oceans and the seas news names, by their names in the main languages
    "atlantic": ("LOC", ("atlantique", "ocean atlantique", "atlantic", "atlantic ocean",
                         "atlantik", "atlantischer ozean", "atlantico", "oceano atlantico",
                         "atlanticky ocean", "atlantsky ocean", "atlantyk", "атлантика",
                         "атлантический океан")),
    "pacific": ("LOC", ("pacifique", "ocean pacifique", "pacific", "pacific ocean", "pazifik",
                        "pazifischer ozean", "pacifico", "oceano pacifico", "tichy ocean",
                        "pacyfik", "тихий океан")),
    "indian ocean": ("LOC", ("ocean indien", "indian ocean", "indischer ozean",
                             "oceano indico", "indicky ocean", "индийский океан")),
    "north sea": ("LOC", ("mer du nord", "north sea", "nordsee", "mar del norte",
                          "mare del nord", "severni more", "morze polnocne",
                          "северное море")),
    # nations of the United Kingdom, and regions news names by their own exonym
    "england": ("LOC", ("angleterre", "england", "inglaterra", "inghilterra", "anglie",
                        "anglia", "англия", "англія")),
    "scotland": ("LOC", ("ecosse", "scotland", "escocia", "schottland", "skotsko", "scozia",
                         "szkocja", "шотландия", "шотландія")),
    "wales": ("LOC", ("pays de galles", "wales", "gales", "galles", "walia", "уэльс",
                      "уельс")),
    "northern ireland": ("LOC", ("irlande du nord", "northern ireland", "irlanda del norte",
                                 "nordirland", "severni irsko", "irlanda del nord",
                                 "irlandia polnocna", "северная ирландия")),
    "bavaria": ("LOC", ("baviere", "bavaria", "bayern", "baviera", "bavorsko", "bawaria",
                        "бавария")),
    "saxony": ("LOC", ("saxe", "saxony", "sachsen", "sajonia", "sasko", "sassonia",
                       "saksonia", "саксония")),
    "catalonia": ("LOC", ("catalogne", "catalonia", "cataluna", "catalunya", "katalonien",
                          "katalansko", "catalogna", "katalonia", "каталония")),
    "andalusia": ("LOC", ("andalousie", "andalusia", "andalucia", "andalusien",
                          "andalusie", "andaluzja")),
    "basque country": ("LOC", ("pays basque", "basque country", "pais vasco", "euskadi",
                               "baskenland", "paesi baschi", "kraj basku", "baskicko")),
    "brittany": ("LOC", ("bretagne", "brittany", "bretana", "bretan", "bretagna",
                         "bretania")),
    "normandy": ("LOC", ("normandie", "normandy", "normandia")),
    "corsica": ("LOC", ("corse", "corsica", "corcega", "korsika", "korsyka")),
    "sicily": ("LOC", ("sicile", "sicily", "sicilia", "sizilien", "sicilie", "sycylia")),
    "tuscany": ("LOC", ("toscane", "tuscany", "toscana", "toskana", "toskansko", "toskania")),
    "california": ("LOC", ("californie", "california", "kalifornien", "kalifornie",
                           "kalifornia", "калифорния", "каліфорнія")),
    "florida": ("LOC", ("floride", "florida", "floryda", "флорида")),
    "louisiana": ("LOC", ("louisiane", "louisiana", "luisiana", "louisiana", "luizjana")),
    "quebec": ("LOC", ("quebec", "kebek", "quebeck")),
    "west bank": ("LOC", ("cisjordanie", "west bank", "cisjordania", "westjordanland",
                          "zapadni breh", "zachodni brzeg", "западный берег")),
    "gaza strip": ("LOC", ("bande de gaza", "gaza strip", "franja de gaza", "gazastreifen",
                           "striscia di gaza", "pasmo gazy", "strefa gazy", "сектор газа")),
    "washington": ("LOC", ("washington", "вашингтон", "waszyngton")),
    "paris": ("LOC", ("paris", "paříž", "paryż", "párizs", "париж", "parigi", "parís")),
    "berlin": ("LOC", ("berlin", "berlín", "берлин", "берлін", "berlino")),
    "prague": ("LOC", ("prague", "praha", "prag", "praga", "prága", "прага")),
    "budapest": ("LOC", ("budapest", "budapešť", "будапешт")),
    # people whose names transliterate irregularly between languages
    "putin": ("PER", ("poutine", "putin", "путин", "poetin", "putyin")),
    "zelensky": ("PER", ("zelensky", "zelenski", "zelenskiy", "zelenskyy", "selenskyj",
                         "зеленский", "зеленський")),
    "xi jinping": ("PER", ("xi jinping", "xi", "習近平", "习近平", "си цзиньпин")),
    "erdogan": ("PER", ("erdogan", "эрдоган")),
    "lukashenko": ("PER", ("loukachenko", "lukashenko", "lukaschenko", "лукашенко")),
    "khrushchev": ("PER", ("khrouchtchev", "khrushchev", "chruschtschow", "хрущев", "хрущёв")),
    "gorbachev": ("PER", ("gorbatchev", "gorbachev", "gorbatschow", "горбачев", "горбачёв")),
    "navalny": ("PER", ("navalny", "navalni", "nawalny", "навальный")),
    "prigozhin": ("PER", ("prigojine", "prigozhin", "prigoschin", "пригожин")),
    "shoigu": ("PER", ("choigou", "shoigu", "schoigu", "шойгу")),
    "kadyrov": ("PER", ("kadyrov", "kadyrow", "кадыров")),
    "yanukovych": ("PER", ("ianoukovitch", "yanukovych", "yanukovich", "janukowytsch",
                           "янукович")),
    "netanyahu": ("PER", ("netanyahou", "netanyahu", "netanjahu", "нетаньяху")),
}

# frequent given names (English, French, Slavic, German, ...), lower-case ASCII: a name
# starting with one of these is a person even when the model says otherwise
FIRST_NAMES = frozenset(["aaron", "adam", "alan", "albert", "alex", "alexander", "alexandra", "alice", "amanda", "amy", "andrew", "angela", "ann", "anna", "anne", "anthony", "antonio", "barack", "barbara", "ben", "benjamin", "bernie", "beth", "betty", "bill", "billy", "bob", "bobby", "brad", "brian", "bruce", "carl", "carlos", "carly", "carol", "catherine", "charles", "charlie", "chris", "christine", "christopher", "chuck", "claire", "cory", "dan", "daniel", "dave", "david", "debbie", "dennis", "diana", "dick", "donald", "donna", "doug", "douglas", "ed", "edward", "elizabeth", "elena", "emily", "emma", "eric", "frank", "gary", "george", "gerald", "grace", "greg", "hannah", "harry", "heidi", "helen", "henry", "hillary", "howard", "jack", "jacob", "james", "jane", "janet", "jason", "jeb", "jeff", "jennifer", "jeremy", "jerry", "jessica", "jill", "jim", "jimmy", "joe", "john", "johnny", "jon", "jonathan", "joseph", "josh", "joshua", "juan", "judy", "julia", "julian", "karen", "kate", "katherine", "kathleen", "kelly", "ken", "kevin", "kim", "laura", "lawrence", "leon", "linda", "lisa", "louis", "lucy", "luis", "marco", "margaret", "maria", "marie", "mark", "martin", "mary", "matt", "matthew", "melania", "michael", "michelle", "mike", "mitch", "mitt", "nancy", "nathan", "newt", "nick", "nicholas", "nikki", "olivia", "pamela", "patricia", "patrick", "paul", "peter", "phil", "rachel", "rand", "ralph", "raymond", "rebecca", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "ruth", "ryan", "sam", "samuel", "sarah", "scott", "sean", "sergei", "sharon", "stephen", "steve", "steven", "susan", "tammy", "ted", "thomas", "tim", "timothy", "todd", "tom", "tony", "valerie", "victor", "vladimir", "walter", "wayne", "william", "yuri", "zach", "kamala", "jen", "jake", "antony", "jens", "olaf", "ursula", "josep", "recep", "emmanuel", "jean", "pierre", "jacques", "francois", "michel", "philippe", "nicolas", "alain", "bernard", "christophe", "laurent", "olivier", "sebastien", "thierry", "yves", "sophie", "nathalie", "isabelle", "sylvie", "valerie", "segolene", "marine", "edouard", "gerald", "bruno", "gabriel", "clement", "arnaud", "benoit", "dmitri", "dmitry", "dmitrii", "dmytro", "sergey", "serguei", "iouri", "yury", "youri", "alexei", "alexey", "aleksei", "mikhail", "mikhail", "ivan", "igor", "oleg", "andrei", "andrey", "boris", "viktor", "nikolai", "nikolay", "evgeny", "evgueni", "volodymyr", "petro", "oleksandr", "oleksii", "vitali", "vitaly", "valeri", "valery", "gennadi", "maria", "olga", "irina", "natalia", "tatiana", "svetlana", "ekaterina", "yulia", "ioulia", "angela", "annalena", "friedrich", "gerhard", "helmut", "wolfgang", "karl", "hans", "frank", "markus", "xi", "li", "wang", "mohammed", "mohamed", "muhammad", "ali", "ahmed", "hassan", "bashar", "abdel", "recep", "tayyip", "benjamin", "naftali", "yair", "ehud", "giorgia", "mario", "matteo", "silvio", "pedro", "jose", "manuel", "rishi", "liz", "theresa", "keir", "justin", "narendra", "shinzo", "fumio", "moon", "yoon"])

# given names of many countries beyond the short list above: Faker's per-locale lists (MIT,
# bundled with the package, read offline), Latin, Cyrillic and Greek scripts, folded to ASCII
_GIVEN_NAME_LOCALES = {
    "en": ("en_US", "en_GB"), "de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR", "fr_CH"),
    "es": ("es_ES", "es_MX"), "it": ("it_IT",), "pt": ("pt_PT", "pt_BR"), "nl": ("nl_NL",),
    "cs": ("cs_CZ",), "sk": ("sk_SK",), "pl": ("pl_PL",), "hu": ("hu_HU",), "ro": ("ro_RO",),
    "hr": ("hr_HR",), "sl": ("sl_SI",), "uk": ("uk_UA",), "ru": ("ru_RU",), "bg": ("bg_BG",),
    "el": ("el_GR",), "tr": ("tr_TR",), "sv": ("sv_SE",), "da": ("da_DK",), "no": ("no_NO",),
    "fi": ("fi_FI",),
}
# a given name of another country this frequent as a word of the text's language is taken
# for the word (Swedish "Lage", "Tage" in German; "Vida" in Spanish)
GIVEN_NAME_MAX_ZIPF = 4.5


def _faker_names(locales: list[str] | tuple[str, ...], attrs: tuple[str, ...]) -> set[str]:
    """The names of Faker's person lists ``attrs`` ("first_names", "last_names", ...) for
    ``locales``, folded (lower-case ASCII, letters and one hyphen at most)."""
    import importlib

    out: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # Faker absent or a locale gone: the short list still answers
            continue
        for attr in attrs:
            for name in getattr(provider, attr, None) or ():
                folded = ascii_fold(name)
                if len(folded) >= 3 and re.fullmatch(r"[a-z]+(?:-[a-z]+)?", folded):
                    out.add(folded)
    return out


_FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")


def _all_name_locales() -> list[str]:
    return [loc for locs in _GIVEN_NAME_LOCALES.values() for loc in locs]


@cache
def _given_names(lang: str | None) -> frozenset[str]:
    """The given names of ``lang``'s countries (of all listed countries for None)."""
    locales = _GIVEN_NAME_LOCALES.get(lang, ()) if lang else _all_name_locales()
    return frozenset(_faker_names(locales, _FIRST_NAME_LISTS))


@cache
def person_names() -> frozenset[str]:
    """The given names and surnames of all listed countries, folded."""
    return frozenset(_faker_names(_all_name_locales(), (*_FIRST_NAME_LISTS, "last_names")))


def _romanisations(token: str) -> set[str]:
    """``token`` and its other usual romanisations of East Slavic names: Ukrainian "h" for
    Russian "g" ("Serhiy"/"Sergiy", "Ihor"/"Igor"), "-ii"/"-iy"/"-y" ("Yurii"/"Yuriy"),
    "y"/"i" ("Mykola"/"Mikola")."""
    out = {token}
    out.add(re.sub(r"(?<![kszc])h", "g", token))
    for t in list(out):
        out.update({re.sub(r"ii$", "iy", t), re.sub(r"iy$", "ii", t), re.sub(r"iy$", "y", t)})
    for t in list(out):
        out.add(t.replace("y", "i"))
    return out


def given_name(token: str, lang: str | None = None, *, foreign: bool = True) -> bool:
    """Whether ``token`` (folded: lower-case ASCII) is a given name: in the short list above,
    in Faker's lists for ``lang``'s countries ("Stefan", "Felix" in German), or, ``foreign``,
    in those of another country and no frequent word of ``lang`` (wordfreq)."""
    if token in FIRST_NAMES or (lang and token in _given_names(lang)):
        return True
    if not foreign or not (_given_names(None) & _romanisations(token)):
        return False
    if not lang:
        return True
    return zipf(token, lang) < GIVEN_NAME_MAX_ZIPF


@lru_cache(maxsize=131_072)
def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of ``word`` in ``lang`` (wordfreq's bundled lists; 0 if unknown)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


_ARTICLES = {"le", "la", "les", "l", "the", "der", "die", "das", "den", "dem", "des", "el", "il",
             "lo", "los", "las", "gli", "i", "de", "du", "d"}
_TITLES = {
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "prof", "sir",
    "dame", "lord", "lady", "me", "herr", "frau", "sen", "rep", "gov", "gen", "col", "lt",
    "capt", "sgt", "adm", "president", "presidente", "vice-president", "premier", "prime",
    "minister", "ministre", "chancellor", "chancelier", "chanceliere", "secretary",
    "secretaire", "general", "senator", "senateur", "senatrice", "governor", "gouverneur",
    "representative", "depute", "deputee", "mayor", "maire", "king", "queen", "roi", "reine",
    "prince", "princesse", "princess", "pope", "pape", "ambassador", "ambassadeur",
    "ambassadrice", "spokesman", "spokeswoman", "porte-parole", "judge", "juge", "candidate",
    "candidat", "leader", "chef", "patron", "director", "directeur", "directrice",
    "ceo", "pdg", "conseiller", "conseillere", "adviser", "advisor", "aide", "colonel",
    "lieutenant", "captain", "capitaine", "sergeant", "sergent", "admiral", "amiral", "marshal",
    "marechal", "commandant", "commander", "officer", "agent", "inspector", "inspecteur",
    "former", "ancien", "ancienne", "ex", "feu", "late", "saint",
}
_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del",
              "della", "dos", "das", "bin", "ben", "al", "el", "ibn", "ter", "zu", "mac"}


_SIGN_BEFORE_E = re.compile(r"[ьъЬЪ](?=[еЕ])")
_SIGNS = str.maketrans("", "", "ьъЬЪ")


def ascii_fold(text: str) -> str:
    """``text`` in lower-case ASCII (anyascii), without the Cyrillic soft and hard signs, which
    anyascii writes as apostrophes that cut a word in two, and read "i" before "е" as names are
    spelt in Latin letters: "Пьер" is "pier" (Pierre), "Васильев" "vasiliev", "Дарья" "darya"."""
    return anyascii(_SIGN_BEFORE_E.sub("и", text).translate(_SIGNS)).lower()


def _fold(text: str) -> str:
    """Lower-case ASCII form with punctuation reduced to single spaces (keeps '.' in acronyms)."""
    t = unicodedata.normalize("NFKC", text)
    t = ascii_fold(t)
    t = t.replace("’", "'").replace("`", "'")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[^a-z0-9.'\- ]+", " ", t)
    return " ".join(t.split())


def _tokens(folded: str) -> list[str]:
    return [t for t in re.split(r"[\s']+", folded) if t]


def _compact(folded: str) -> str:
    """Form used for table lookups: no dots, hyphens as spaces."""
    t = folded.replace(".", "").replace("-", " ").replace("'", " ")
    return " ".join(t.split())


def _strip_leading(text: str) -> str:
    """Remove leading articles ("l'", "the") and titles/roles ("M.", "le président russe")."""
    t = " ".join(unicodedata.normalize("NFKC", text).split()).strip(" \t\"'«»“”‘’.,;:()[]")
    t = re.sub(r"^(?:[lLdD]['’]|[Ll]a\s|[Ll]e\s|[Ll]es\s|[Tt]he\s)", "", t)
    words = t.split()
    i = 0
    while i < len(words) - 1:
        w = words[i]
        fw = _compact(_fold(w))
        capital_follows = any(x[:1].isupper() for x in words[i + 1:])
        if fw in _TITLES or fw in _ARTICLES - _PARTICLES:
            i += 1
            continue
        if w[:1].islower() and fw not in _PARTICLES and capital_follows:
            i += 1  # lower-case role words ("président russe Vladimir Poutine")
            continue
        break
    rest = words[i:]
    # "l'OTAN" inside the remaining first word
    if rest:
        rest[0] = re.sub(r"^[lLdD]['’](?=\w)", "", rest[0])
    return " ".join(rest)


_SKELETON_RULES = [
    ("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("ou", "u"), ("ph", "f"),
    ("zh", "j"), ("dj", "j"), ("dzh", "j"), ("ck", "k"), ("w", "v"), ("y", "i"), ("ij", "i"),
]


def skeleton(text: str) -> str:
    """Transliteration-tolerant ASCII skeleton of a name ("Ouchakov" -> "ushakov")."""
    out = []
    for tok in _tokens(_compact(_fold(text))):
        t = tok
        for a, b in _SKELETON_RULES:
            t = t.replace(a, b)
        # "ts" as one sound, the Cyrillic "ц": "Центр" / "Center", "Цельсию" / "Celsius"
        t = re.sub(r"ts(?!h)", "c", t)
        t = re.sub(r"(.)\1+", r"\1", t)
        if len(t) > 3 and t.endswith("e") and not t.endswith("ee"):
            t = t[:-1]
        out.append(t)
    return " ".join(out)


@lru_cache(maxsize=1)
def _seed_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for key, (label, variants) in _SEED.items():
        for v in (key, *variants):
            index.setdefault(_compact(_fold(v)), (key, label))
    return index


_CLDR_LOCALES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "hu", "ro",
                 "tr", "ar", "zh", "ja", "ko", "hi", "sv", "da", "fi", "el", "bg", "sr", "hr")


# Europe, Africa, Asia, Oceania, the Americas, North, South, Central and Latin America
_CONTINENTS = {"150", "002", "142", "009", "019", "003", "005", "013", "419"}


@lru_cache(maxsize=1)
def _cldr_index() -> dict[str, str]:
    """CLDR territory names in many locales -> English name key."""
    from babel import Locale

    english = Locale("en").territories
    locales: list[tuple[str, dict[str, str]]] = []
    for code in _CLDR_LOCALES:
        try:
            locales.append((code, Locale.parse(code).territories))
        except Exception:  # noqa: BLE001 - a locale missing from this babel build
            continue
    index: dict[str, str] = {}
    for _code, names in locales:
        for terr, name in names.items():
            if terr in english and terr.isalpha():
                index.setdefault(_compact(_fold(name)), _compact(_fold(english[terr])))
    # regions (numeric codes: Europe, Africa, ...) in English, French and German; the
    # continents in every locale ("Evropa" -> "evropských")
    for code, names in locales:
        for terr, name in names.items():
            if terr.isdigit() and terr in english and (
                    code in ("en", "fr", "de") or terr in _CONTINENTS):
                index.setdefault(_compact(_fold(name)), _compact(_fold(english[terr])))
    return index


@lru_cache(maxsize=1)
def _cldr_acronyms() -> frozenset[str]:
    """The CLDR territory names (folded) written as acronyms in their locale ("ОАЭ", "США")."""
    from babel import Locale

    out: set[str] = set()
    for code in _CLDR_LOCALES:
        try:
            names = Locale.parse(code).territories
        except Exception:  # noqa: BLE001 - a locale missing from this babel build
            continue
        out.update(_compact(_fold(name)) for name in names.values() if _acronym(name))
    return frozenset(out)


def _acronym(text: str) -> bool:
    """All capitals, points aside, 2-6 letters ("ФАС", "F.A.S.", "USA")."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6


# CLDR's time-zone cities name the world's capitals and large cities in every locale ("Rome":
# "Řím", "Rom", "Рим"); those whose English name is also a word or a given name are left out
_CITY_REGIONS = ("Europe", "Asia", "Africa", "America", "Australia", "Pacific", "Atlantic",
                 "Indian")
_CITY_LOCALES = tuple(c for c in _CLDR_LOCALES if c not in ("zh", "ja", "ko", "hi", "ar"))
_NOT_CITIES = {"oral", "resolute", "stanley", "phoenix", "regina", "nome", "darwin", "sofia",
               "adelaide", "santiago", "kirov", "dawson", "creston", "lindeman", "chita",
               "samara", "gambier", "thule", "juba", "wake island", "midway atoll",
               "easter island", "christmas island", "chatham islands", "lord howe island",
               # alternate names that are words of a language: German "Kita" (a day nursery)
               # is listed for Quito
               "kita"}


@lru_cache(maxsize=1)
def _cldr_city_index() -> dict[str, str]:
    """Names of the CLDR time-zone cities in many locales, folded -> the English name's key
    (folded; "rim", "rom", "roma" -> "rome")."""
    from babel import Locale

    english = Locale("en").time_zones
    locales = []
    for code in _CITY_LOCALES:
        try:
            locales.append(Locale.parse(code).time_zones)
        except Exception:  # noqa: BLE001 - a locale missing from this babel build
            continue
    index: dict[str, str] = {}
    for zones in locales:
        for zone, info in zones.items():
            if zone.count("/") != 1 or zone.split("/")[0] not in _CITY_REGIONS \
                    or "city" not in info:
                continue
            key = _compact(_fold(english.get(zone, {}).get("city")
                                 or zone.split("/")[1].replace("_", " ")))
            if key and key not in _NOT_CITIES:
                index.setdefault(key, key)
                index.setdefault(_compact(_fold(info["city"])), key)
    return index


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """The CLDR cities (see _cldr_city_index), then those of GeoNames (see gazetteer):
    "Düsseldorf", "Lübeck", "Mnichov"; a city CLDR names already keeps CLDR's key."""
    from sourcier.annotate.gazetteer import city_names

    index = dict(_cldr_city_index())
    for key, names in city_names():
        if key in _NOT_CITIES:
            continue
        known = next((index[n] for n in names if n in index), key)
        for name in names:
            if name not in _NOT_CITIES:
                index.setdefault(name, known)
    return index


def _names_by_key(index: dict[str, str]) -> dict[str, frozenset[str]]:
    """An index of folded name -> key turned around: key -> its folded names."""
    out: dict[str, set[str]] = {}
    for name, key in index.items():
        out.setdefault(key, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _city_renderings() -> dict[str, frozenset[str]]:
    """English name key -> the folded names CLDR gives that city in its locales."""
    return _names_by_key(_city_index())


@lru_cache(maxsize=1)
def _cldr_renderings() -> dict[str, frozenset[str]]:
    """English name key -> the folded names CLDR gives that territory in its locales."""
    return _names_by_key(_cldr_index())


def territory_keys() -> dict[str, str]:
    """Every folded CLDR territory name (all locales) -> that territory's key."""
    return _cldr_index()


def territory_names(key: str) -> frozenset[str]:
    """The names of the territory keyed ``key`` in the CLDR locales, folded ("iraq" ->
    "irak", "iraq", "irak", ...); empty for any other key."""
    return _cldr_renderings().get(key, frozenset())


@lru_cache(maxsize=1)
def _seed_places() -> dict[str, frozenset[str]]:
    return {key: frozenset(_compact(_fold(v)) for v in (key, *variants))
            for key, (label, variants) in _SEED.items() if label == "LOC"}


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Every folded place name the tables know (CLDR territories in many locales, seed
    places)."""
    return frozenset(_cldr_index()) | frozenset(_city_index()) | frozenset(
        n for names in _seed_places().values() for n in names)


# bodies with an official name in every language, which translations use ("Union
# européenne" / "European Union" / "Evropská unie"), and the few national institutions
# known by one name everywhere ("Réserve fédérale" / "Federal Reserve", the White House, the
# Kremlin); other national institutions are often rendered by their function ("State
# Department" / "Ministère des Affaires étrangères américain", "Congress" / "Parlement")
_INTERNATIONAL_BODIES = frozenset({
    "nato", "un", "eu", "european commission", "european parliament", "council of europe",
    "who", "imf", "wto", "osce", "security council", "g7", "g20", "red cross", "ecb", "iaea",
    "world cup", "olympic games", "federal reserve", "white house", "kremlin", "pentagon",
    "elysee"})


def international_body(text: str) -> bool:
    """Whether the tables know ``text`` as a body named alike in every language (see
    _INTERNATIONAL_BODIES)."""
    core = _compact(_fold(_strip_leading(text) or text))
    hit = _seed_index().get(core)
    return bool(hit) and hit[0] in _INTERNATIONAL_BODIES


@lru_cache(maxsize=1)
def _seed_phrases() -> tuple[str, ...]:
    """The seed table's names of two words or more, compact-folded."""
    return tuple(v for v in _seed_index() if " " in v)


def _has_words(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text) is not None


def table_name_around(name: str, sentence: str) -> str | None:
    """A longer name of the tables that holds ``name`` in ``sentence`` ("bolsa de nueva york"
    for "Nueva York" in "la Bolsa de Nueva York": the New York Stock Exchange), folded, or
    None."""
    core = _compact(_fold(_strip_leading(name) or name))
    if not core:
        return None
    text = _compact(_fold(sentence))
    for phrase in _seed_phrases():
        if phrase != core and _has_words(phrase, core) and _has_words(text, phrase):
            return phrase
    return None


def place_names(key: str) -> frozenset[str]:
    """The names of the place keyed ``key`` the tables know (CLDR territories, seed places
    such as cities), folded: "moscow" -> "moscou", "moskau", "moskva", ..."""
    return territory_names(key) | _seed_places().get(key, frozenset()) \
        | _city_renderings().get(key, frozenset())


# adjectives of a country not built on any of its names, as word beginnings folded: "UK" /
# "britannique", "US" / "américain", "estadounidense" (a translation of "UK" into "Angleterre"
# or "anglais" is loose but common: not read as a drop either)
_DEMONYM_STEMS: dict[str, tuple[str, ...]] = {
    "united kingdom": ("brit", "angl", "engl"),
    # ("16,3 milliards US" is in dollars: "16,3 miliardy USD")
    "united states": ("americ", "amerik", "estadounid", "norteameric", "nordamerik", "usd"),
    "france": ("french", "franzos", "francouz"),
    "germany": ("german", "deutsch", "allemand", "aleman", "nemec", "nemeck"),
    "netherlands": ("dutch", "neerlandais", "holland", "niederland", "nizozem"),
    "switzerland": ("swiss", "suisse", "suiza", "suizo", "schweizer", "svycar"),
    "spain": ("spanish", "espagnol", "spanisch", "spanel", "spanelsk"),
    "greece": ("greek", "grec", "griech", "grieg"),
    # ("Финском заливе" / "the Finnish Gulf")
    "finland": ("finn", "finsk"),
    "poland": ("polish", "polnisch"),
    "denmark": ("danish", "danois", "danisch", "dansk"),
    "ireland": ("irish",),
    "scotland": ("scottish", "schottisch"),
    "wales": ("welsh", "walisisch"),
    "portugal": ("portugu",),
}


def demonym_stems(key: str) -> tuple[str, ...]:
    """Folded beginnings of the adjectives of the country keyed ``key`` that are built on
    none of its names (see :func:`territory_names`); empty for most keys."""
    return _DEMONYM_STEMS.get(key, ())


def stem_demonym(word: str) -> str:
    """The key of the country whose adjective folded ``word`` opens like one built on none
    of its names ("schweizerischer" -> "switzerland", "french" -> "france"), or ""."""
    return next((key for key, stems in _DEMONYM_STEMS.items() if word.startswith(stems)), "")


def display_name(text: str) -> str:
    """A name without its leading article or title ("M. Biden" -> "Biden")."""
    return _strip_leading(text) or text


def seed_label(text: str) -> str | None:
    """The label the built-in tables give ``text`` (``LOC`` for CLDR countries), or None."""
    core = _compact(_fold(_strip_leading(text)))
    hit = _seed_index().get(core)
    if hit:
        return hit[1]
    if core in _cldr_index() or core in _city_index():
        return "LOC"
    return None


@lru_cache(maxsize=65_536)
def city_key(text: str) -> str:
    """The key of the city of the tables (CLDR, GeoNames) named ``text``, as written or
    without a leading article ("Los Angeles", "Francfort"), or ""."""
    index = _city_index()
    return index.get(_compact(_fold(text))) or index.get(_compact(_fold(_strip_leading(text)))) \
        or ""


def seed_place(text: str) -> str:
    """The key of the place the seed table knows ``text`` as ("Niedersachsen" -> "lower
    saxony"), or ""."""
    hit = _seed_index().get(_compact(_fold(_strip_leading(text))))
    return hit[0] if hit and hit[1] == "LOC" else ""


def _table_key(core: str) -> str | None:
    hit = _seed_index().get(core)
    if hit:
        return hit[0]
    return _cldr_index().get(core) or _city_index().get(core)


def _surname(words: list[str]) -> list[str]:
    """Last name with its particles: ["Jean-Yves", "Le", "Drian"] -> ["Le", "Drian"]."""
    if len(words) <= 1:
        return words
    i = len(words) - 1
    while i > 0 and _compact(_fold(words[i - 1])) in _PARTICLES:
        i -= 1
    if i == 0:
        return words
    return words[i:]


def name_key(text: str, label: str | None = None, lang: str | None = None) -> str:
    """Canonical cross-language key of a name (see the module docstring)."""
    stripped = _strip_leading(text) or text
    core = _compact(_fold(stripped))
    if not core:
        return ""
    hit = _table_key(core)
    if hit and _acronym(stripped) and core not in _seed_index() \
            and core not in _cldr_acronyms():
        # an acronym is no country's name that happens to be spelled alike in some language:
        # "ФАС", "F.A.S." are no "Fas" (Morocco in Turkish); "ОАЭ" is the Emirates
        return core.replace(" ", "")
    if hit:
        return hit
    # a city whose name opens with an article: "La Haye", "The Hague", "Le Caire", "La Habana"
    whole = _compact(_fold(text))
    hit = _table_key(whole) if whole != core and " " in whole else None
    if hit:
        return hit
    # an event of the tables and its year: "Mondial-82", "World Cup 2010" are the World Cup
    event = re.fullmatch(r"(.+?)[ -](?:19|20)?\d\d", core)
    if event and _seed_index().get(event.group(1), ("", ""))[1] == "ORG":
        return _seed_index()[event.group(1)][0]
    # a German genitive: "Deutschlands", "Frankreichs" are Deutschland, Frankreich
    if lang == "de" and core.endswith("s") and " " not in core:
        hit = _table_key(core[:-1])
        if hit and seed_label(core[:-1]) == "LOC":
            return hit
    # a declined Russian or Ukrainian name: "Бразилии", "Варшавы", "Владивостоке" are
    # Бразилия, Варшава, Владивосток
    if " " not in stripped:
        for form in slavic_nominatives(stripped):
            hit = _table_key(_compact(_fold(form)))
            if hit:
                return hit
    words = stripped.split()
    if label == "PER" and len(words) > 1:
        last = _surname(words)
        last_core = _compact(_fold(" ".join(last)))
        hit = _table_key(last_core)
        if hit:
            return hit
        return skeleton(" ".join(last))
    if label in (None, "ORG", "MISC") and re.fullmatch(r"[A-Z0-9.&-]{2,8}", stripped):
        return core.replace(" ", "")  # acronyms stay as they are ("cnn", "bbc")
    return skeleton(stripped)


# case endings of Russian and Ukrainian nouns -> the nominative's ending, longest first
_SLAVIC_CASES = (
    ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ой", "а"), ("ом", ""), ("ем", "ь"),
    ("ым", ""), ("ом", "о"), ("ей", "я"), ("ы", "а"), ("у", "а"), ("е", "а"), ("е", ""),
    ("а", ""), ("у", ""), ("я", "ь"), ("ю", "ь"), ("е", "ь"), ("и", "я"), ("ю", "я"),
    ("е", "я"), ("і", "а"), ("і", ""), ("і", "ія"),
)


def slavic_nominatives(word: str) -> list[str]:
    """The nominatives a declined Cyrillic ``word`` may come from (for table lookups)."""
    if not re.fullmatch(r"[\u0400-\u04ff-]{4,}", word):
        return []
    low = word.lower()
    return [word[: len(word) - len(end)] + nom for end, nom in _SLAVIC_CASES
            if low.endswith(end) and len(word) - len(end) >= 3]


# the article a city's name opens with: capitalised ("La Haya", "Le Caire"; "de la Vega" is
# a surname), but English writes "the Hague"
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|La|Le|El|Los|Las|Den|L['’])\s*$")


def name_key_in(text: str, start: int, surface: str, label: str | None = None,
                lang: str | None = None) -> str:
    """The key of the name ``surface`` written at ``start`` of ``text``: as
    :func:`name_key`, but with the article written before it when the tables know both as
    one city ("La Haya", "the Hague", "Le Caire": "the hague", "cairo")."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if m:
        hit = _table_key(_compact(_fold(text[m.start() : start] + surface)))
        if hit:
            return hit
    return name_key(surface, label, lang)


def keys_match(a: str, b: str, *, threshold: float = 88.0) -> bool:
    """Whether two keys name the same thing: equal, one is the other's last part
    ("vladimir putin"/"putin"), or close spellings (rapidfuzz ratio >= ``threshold``)."""
    if not a or not b:
        return False
    if a == b:
        return True
    if a.endswith(" " + b) or b.endswith(" " + a):
        return True
    from rapidfuzz import fuzz

    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= threshold


# ------------------------------------------------------------------ alias table


class AliasTable:
    """Aliases between keys, learned from aligned translation pairs; grows with the corpus.

    ``learn`` takes, for each pair of aligned sentences, the entities of both sides. Keys
    present on both sides already match. Among the others, names of compatible labels that
    keep co-occurring across aligned pairs (``min_count`` times, and in at least ``min_ratio``
    of the pairs where the rarer of the two appears unmatched) become aliases of each other.
    """

    def __init__(self, *, min_count: int = 2, min_ratio: float = 0.5) -> None:
        self.min_count = min_count
        self.min_ratio = min_ratio
        self.parent: dict[str, str] = {}
        self.pair_counts: Counter[tuple[str, str]] = Counter()
        self.key_counts: Counter[str] = Counter()

    # union-find -------------------------------------------------------------
    def resolve(self, key: str) -> str:
        """The canonical key of ``key`` (itself when it has no alias)."""
        seen = []
        while key in self.parent and self.parent[key] != key:
            seen.append(key)
            key = self.parent[key]
        for k in seen:
            self.parent[k] = key
        return key

    def add_alias(self, a: str, b: str) -> None:
        """Declare ``a`` and ``b`` the same name; the more frequent root becomes canonical."""
        ra, rb = self.resolve(a), self.resolve(b)
        if ra == rb:
            return
        seeds = set(_SEED)
        if ra in seeds and rb not in seeds:
            root, child = ra, rb
        elif rb in seeds and ra not in seeds:
            root, child = rb, ra
        else:
            ca, cb = self.key_counts[ra], self.key_counts[rb]
            root, child = (ra, rb) if (ca, rb) >= (cb, ra) else (rb, ra)
        self.parent[child] = root
        self.parent.setdefault(root, root)

    @property
    def aliases(self) -> dict[str, str]:
        """Every aliased key -> its canonical key."""
        return {k: self.resolve(k) for k in self.parent if self.resolve(k) != k}

    # lookups ----------------------------------------------------------------
    def key(self, text: str, label: str | None = None, lang: str | None = None) -> str:
        return self.resolve(name_key(text, label, lang))

    def entity_key(self, ent: Entity) -> str:
        return self.resolve(ent.key or name_key(ent.text, ent.label))

    # learning ---------------------------------------------------------------
    def learn(self, pairs: Iterable[tuple[list[Entity], list[Entity]]]) -> int:
        """Count co-occurrences in aligned pairs; return how many new aliases were made."""
        touched: set[tuple[str, str]] = set()
        for ents_a, ents_b in pairs:
            ka = {self.entity_key(e): e.label for e in ents_a if e.text.strip()}
            kb = {self.entity_key(e): e.label for e in ents_b if e.text.strip()}
            only_a = {k: lab for k, lab in ka.items() if k not in kb and k}
            only_b = {k: lab for k, lab in kb.items() if k not in ka and k}
            # keys matching loosely are the same name already
            for x in list(only_a):
                for y in list(only_b):
                    if keys_match(x, y):
                        only_a.pop(x, None)
                        only_b.pop(y, None)
                        break
            for k in (*only_a, *only_b):
                self.key_counts[k] += 1
            for x, lx in only_a.items():
                for y, ly in only_b.items():
                    if lx != ly and "MISC" not in (lx, ly):
                        continue
                    pair = (x, y) if x <= y else (y, x)
                    self.pair_counts[pair] += 1
                    touched.add(pair)
        made = 0
        for pair in sorted(touched):
            made += self._consider(pair)
        return made

    def _consider(self, pair: tuple[str, str]) -> int:
        x, y = pair
        n = self.pair_counts[pair]
        if n < self.min_count:
            return 0
        rarer = min(self.key_counts[x], self.key_counts[y]) or 1
        if n / rarer < self.min_ratio:
            return 0
        # each key aliases to its best partner only
        for k in (x, y):
            best = max((c for (p, q), c in self.pair_counts.items() if k in (p, q)), default=0)
            if n < best:
                return 0
        if self.resolve(x) == self.resolve(y):
            return 0
        self.add_alias(x, y)
        return 1

    # persistence ------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "min_count": self.min_count,
            "min_ratio": self.min_ratio,
            "aliases": self.aliases,
            "pair_counts": [[a, b, c] for (a, b), c in self.pair_counts.items()],
            "key_counts": dict(self.key_counts),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AliasTable:
        table = cls(min_count=int(data.get("min_count", 2)),
                    min_ratio=float(data.get("min_ratio", 0.5)))
        for a, b, c in data.get("pair_counts", []):
            table.pair_counts[(a, b)] = int(c)
        table.key_counts.update({k: int(v) for k, v in data.get("key_counts", {}).items()})
        for k, root in data.get("aliases", {}).items():
            table.parent[k] = root
            table.parent.setdefault(root, root)
        return table

    def __len__(self) -> int:
        return len(self.aliases)
