"""Declared provenance: what a page says about where its text comes from.

Datelines ("WASHINGTON (CNSNews.com) –") stay in the body: they open the first sentence.
Credit lines ("Source : AFP"), bylines ("Par Jeanne Dupont"), "first appeared on" notes and
"read the original here" lines are whole paragraphs: they are declared *and* set aside.

Kinds follow :class:`sourcier.model.DeclaredSource`: a parenthesised outlet in a dateline is a
``dateline`` ("(CNSNews.com)"), or a ``credit`` when it is a wire agency ("(AP)", "(AFP)").
"""

from __future__ import annotations

import re

from sourcier.extract.text import site_of
from sourcier.model import DeclaredSource

_F = re.IGNORECASE | re.UNICODE
_UP = "A-ZÀ-ÖØ-Þ"

WIRE_AGENCIES = {
    "ap", "afp", "reuters", "dpa", "ansa", "efe", "upi", "xinhua", "tass", "ria novosti", "belga",
    "ats", "keystone-ats", "pa", "cp", "aap", "kyodo", "yonhap", "anadolu", "associated press",
    "agence france-presse", "agence france presse", "bloomberg", "apa", "anp", "europa press",
    "sputnik", "ria", "interfax", "ukrinform", "pap", "ctk", "mti", "lusa", "ani", "pti", "ians",
}
_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRE_AGENCIES), key=len, reverse=True))

# "WASHINGTON (CNSNews.com) –", "PARIS, 3 déc (Reuters) -", "(AP) —"
_DATELINE_OUTLET = re.compile(
    rf"^(?P<place>[{_UP}][{_UP}'’.\- ]{{1,40}}(?:,[^()\n]{{1,40}}?)?)?\s*"
    rf"\((?P<outlet>[A-Za-z{_UP}][^()\n]{{0,38}}[\w.])\)\s*(?P<dash>[-–—:]+)\s*"
)
# "WASHINGTON — ", "MOSCOU, 3 décembre – "
_DATELINE_PLACE = re.compile(
    rf"^(?P<place>[{_UP}]{{2,}}(?:[ '’.\-][{_UP}]{{2,}}){{0,3}}(?:,[^—–\-\n]{{1,30}}?)?)\s+[—–-]{{1,2}}\s+"
    rf"(?=[{_UP}\w«\"“])"
)

_CREDIT = re.compile(
    rf"^\W*(?:sources?|cr[ée]dits?|credits?|avec|with|d'après|according to|par|by)?\s*[:\-–—]?\s*"
    rf"(?:the |l'|l’|la |le )?\(?(?P<name>{_WIRE_ALT})\)?(?:\s*(?:/|,|et|and|&)\s*(?:{_WIRE_ALT}))*\W*$",
    _F,
)
# "© AEI.", "Copyright 2025 Reuters": a lone copyright line names whoever holds the text
_COPYRIGHT = re.compile(
    r"^\W*(?:©|copyright\b|\(c\))\s*(?:(?:19|20)\d\d\s*)?(?P<name>[\w&'’][\w&.'’ -]{0,38}?)"
    r"[\s.]*(?:(?:all rights reserved|tous droits\b|reproduction)\b.{0,120})?$", _F)
_SOURCE_LINE = re.compile(r"^\W*(?:sources?|source originale|original source)\s*:\s*(?P<name>.{2,100}?)\W*$", _F)
_NAME = rf"[{_UP}][\w'’.\-]+(?:\s+(?:(?:de|du|des|van|von|da|di|le|la|bin|al|el)\s+)?[{_UP}][\w'’.\-]+){{0,3}}"
_BYLINE = re.compile(
    rf"^\W*(?i:by|par|written by|écrit par|reported by|texte de|un article de|an article by)\s+"
    rf"(?P<name>{_NAME}(?:\s*(?:,|and|et|&)\s*{_NAME})*)\s*(?:$|[,|•–—\-/(]\s*(?P<rest>.{{0,80}})$)",
)
_NOT_NAMES = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|the|la|le|les|this|that|then|now|ailleurs|contre|exemple|"
    r"conséquent|ici|far|late|early|noon|midnight)\b",
    _F,
)
_FIRST_APPEARED = re.compile(
    r"\b(?:(?:first|originally|initially)\s+(?:appeared|published|posted|ran)|"
    r"(?:appeared|published|posted)\s+(?:first|originally|initially)|"
    r"(?:initialement|originellement|d'abord|à l'origine|pour la première fois)\s+(?:publiée?|parue?)|"
    r"(?:publiée?|parue?)\s+(?:initialement|originellement|d'abord|à l'origine|"
    r"pour la première fois)|"
    r"(?:erschien|erschienen|veröffentlicht)\s+(?:zuerst|ursprünglich|erstmals)|"
    r"(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)|"
    r"(?:publicado|publicada)\s+(?:originalmente|inicialmente|primero|por primera vez)|"
    r"(?:originalmente|inicialmente)\s+(?:publicado|publicada)|"
    r"(?:republished|reprinted|reproduced|republiée?|reproduite?)\s+(?:here\s+|ici\s+)?"
    r"(?:from|with (?:kind )?permission (?:of|from)|de|avec l'aimable autorisation de|"
    r"avec l'autorisation de))"
    r"(?:\s+(?:auf|in|en|in)\s+(?:englisch|deutsch|französisch|english|french|german|anglais|"
    r"allemand|inglés|francés|alemán)\w*)?"
    r"(?:\s+(?:on|in|at|by|sur|dans|par|chez|en|bei|auf|im|por))?\s*(?P<name>[^;\n]{0,120})",
    _F,
)
_FIRST_PREFIX = re.compile(
    r"^\W*(?:(?:this|the) (?:article|story|piece|post|essay|interview|column|op-ed|commentary|text)|"
    r"(?:cet|l'|l’|ce) ?(?:article|texte|entretien|billet|reportage)|"
    r"(?:cette|la) (?:tribune|chronique|analyse|interview|enquête)|article|story|texte|"
    r"(?:dieser|der) (?:beitrag|artikel|text)|(?:este|el) (?:artículo|texto)|artikel)?\s*"
    r"(?:was|has been|is|had been|a été|avait été|est|a d'abord été|ist|wurde|fue|ha sido)?\s*$",
    _F,
)
_TRAILING_DATE = re.compile(
    r"\s*(?:,|\b(?:on|le|the|en)\b)?\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}).*$|\.\s.*$|[.!]$",
    _F,
)
_READ_ORIGINAL = re.compile(
    r"^\W*(?:you can |vous pouvez |click here to |cliquez ici pour |pour |puede |puedes |"
    r"sie können )?"
    r"(?:read|see|view|lire|consulter|voir|retrouver|retrouvez|lisez|leer|lea|lee|lesen)\s+"
    r"(?:the |l'|l’|cet |this )?(?:full |entire )?"
    r"(?:original(?:\s+(?:article|story|version|text|post|report|piece))?|"
    r"(?:article|texte|version)\s+(?:original|originale|d'origine|source|complet en anglais|en anglais)|"
    r"(?:el )?artículo original|(?:den )?originalartikel|(?:den )?original(?:beitrag|text)?|"
    r"(?:story|article) in (?:full|english|its original))\b"
    r"(?:.{0,20}?\b(?:on|at|sur|dans|chez)\s+(?P<name>[^.!\n]{2,60}))?[^\n]{0,40}$|"
    r"^\W*(?:original article|article original|article d'origine|original story|"
    r"lien vers l'article original|link to (?:the )?original(?: article)?|version originale)\s*"
    r"(?:[:\-–—]\s*(?P<name2>[^\n]{2,100}?))?\W*$",
    _F,
)
RAW_HINT = re.compile(
    r"article original|original article|l'original|the original|first appeared|"
    r"originally (?:published|appeared)|initialement publié|publié initialement|"
    r"paru initialement|initialement paru|republished from|reproduced from|version originale|"
    r"erschien zuerst|zuerst erschienen|originalartikel|artículo original|publicado originalmente",
    _F,
)


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" \t:;,.-–—«»\"'“”()[]")
    name = re.sub(r"^(?:the website|le site|the site|le site web)\s+", "", name, flags=_F)
    return name or None


def dateline(text: str) -> DeclaredSource | None:
    """A dateline opening ``text`` (first paragraphs of the body), or None."""
    m = _DATELINE_OUTLET.match(text)
    if m:
        outlet = m.group("outlet").strip()
        if len(outlet.split()) <= 3 and not outlet[:1].isdigit():
            kind = "credit" if outlet.lower() in WIRE_AGENCIES else "dateline"
            return DeclaredSource(text=m.group(0).strip(), kind=kind, name=outlet)
    m = _DATELINE_PLACE.match(text)
    if m:
        return DeclaredSource(text=m.group(0).strip(), kind="dateline", name=None)
    return None


def _link_url(links: list[tuple[int, int, str]], text: str) -> str | None:
    """The link behind a provenance line: the one anchored on 'here'/'ici', else the last."""
    if not links:
        return None
    for s, e, url in links:
        if text[s:e].strip(" .!").lower() in {"ici", "here", "là", "this link", "ce lien", "lien"}:
            return url
    return links[-1][2]


def credit_line(text: str, links: list[tuple[int, int, str]] | None = None
                ) -> tuple[DeclaredSource, str] | None:
    """``(source, removal reason)`` when the whole paragraph is a provenance line, else None."""
    links = links or []
    if len(text) > 300:
        return None
    url = _link_url(links, text)
    m = _READ_ORIGINAL.match(text)
    if m:
        name = _clean_name(m.group("name") or m.group("name2"))
        if name and name.lower() in {"ici", "here", "this link", "ce lien"}:
            name = None
        if name and name.startswith("http"):
            url = url or name
            name = site_of(name)
        return DeclaredSource(text=text, kind="read-original", name=name, url=url), "read-original"
    if len(text) <= 200:
        m = _FIRST_APPEARED.search(text)
        if m and _FIRST_PREFIX.match(text[: m.start()]) and (m.group("name") or url):
            name = _clean_name(_TRAILING_DATE.sub("", m.group("name") or ""))
            if name and name.startswith("http"):
                url = url or name
                name = site_of(name)
            return DeclaredSource(text=text, kind="first-appeared", name=name, url=url), "credit"
    m = _COPYRIGHT.match(text) if len(text) <= 200 else None
    if m:
        return DeclaredSource(text=text, kind="credit", name=m.group("name").strip(),
                              url=url), "credit"
    if len(text) <= 80:
        m = _CREDIT.match(text)
        if m:
            return DeclaredSource(text=text, kind="credit", name=m.group("name"), url=url), "credit"
        m = _SOURCE_LINE.match(text)
        if m and len(m.group("name").split()) <= 8:
            name = _clean_name(m.group("name"))
            return DeclaredSource(text=text, kind="credit", name=name, url=url), "credit"
    if len(text) <= 140:
        m = _BYLINE.match(text)
        if m and not _NOT_NAMES.match(m.group("name")):
            rest = m.group("rest") or ""
            if len(rest.split()) <= 10:
                return DeclaredSource(text=text, kind="byline", name=m.group("name").strip()), "credit"
    return None


def url_sources(site: str | None, canonical: str | None, og_url: str | None) -> list[DeclaredSource]:
    """``canonical`` / ``og-url`` sources for head URLs that point to another site."""
    out = []
    for kind, url in (("canonical", canonical), ("og-url", og_url)):
        other = site_of(url)
        if url and other and site and other != site:
            out.append(DeclaredSource(text=url, kind=kind, name=other, url=url))
    return out
