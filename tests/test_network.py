"""The site graph: who republishes whom, from families."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

from sourcier.model import Family, FamilyMember
from sourcier.network import site_graph


def _member(i, site, lang, relation, delay=None):
    return FamilyMember(id=f"a{i}", url=f"https://{site}/{i}", site=site, lang=lang,
                        relation=relation, delay=delay)


FAMILIES = [
    Family(id="f1", origin="a1", members=[
        _member(1, "ledger.example", "en", "origin"),
        _member(2, "veilleur.example", "fr", "edited translation", 20.0),
        _member(3, "wire-mirror.example", "en", "copy", 2.0),
    ]),
    Family(id="f2", origin="a4", members=[
        _member(4, "ledger.example", "en", "origin"),
        _member(5, "veilleur.example", "fr", "translation", 30.0),
        _member(6, "ledger.example", "en", "copy"),  # the site repeating itself
    ]),
    Family(id="f3", origin="a7", members=[
        _member(7, "agence<&>.example", "fr", "origin"),
        _member(8, "veilleur.example", "fr", "copy"),
        # the comparison found the same events in other words: no republication
        _member(9, "gazette.example", "fr", "same story", 5.0),
    ]),
]


def test_edges_count_republications_with_delays_and_languages():
    g = site_graph(FAMILIES)
    top = g.edges[0]
    assert (top.copier, top.source, top.articles) == ("veilleur.example", "ledger.example", 2)
    assert top.relations == {"edited translation": 1, "translation": 1}
    assert top.languages == {"fr<-en": 2}
    assert top.median_delay == 25.0
    assert g.sites["ledger.example"] == {"originals": 2, "republished": 1}
    # self-republication is counted on the node, not as an edge
    assert not any(e.copier == e.source for e in g.edges)
    assert len(g.edges) == 3
    assert "gazette.example" not in g.sites  # a "same story" member is no republication


def test_exports_are_well_formed_and_escaped():
    g = site_graph(FAMILIES)
    root = ET.fromstring(g.to_gexf())
    ns = {"g": "http://gexf.net/1.3"}
    labels = {n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert "agence<&>.example" in labels  # survives escaping intact
    assert len(root.findall(".//g:edge", ns)) == 3
    rows = list(csv.DictReader(io.StringIO(g.to_csv())))
    assert rows[0]["copier"] == "veilleur.example" and rows[0]["articles"] == "2"
    assert rows[0]["median_delay_hours"] == "25.0"
