"""Who copies whom: a directed site graph built from families.

An edge ``copier -> source`` counts the articles ``copier`` republished from ``source``
(one per family member whose family origin is on ``source``), with their relations
(copy / translation ...), languages and the delays between origin and republication.
Members whose relation is "same story" (the comparison found the same events told in other
words, not a copy) are no republication: they make no edge and are not counted.
Exports: GEXF (Gephi), CSV edge list, JSON.
"""

from __future__ import annotations

import csv
import io
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field

from sourcier.model import Family, Record

UNKNOWN_SITE = "(unknown site)"
NOT_REPUBLISHED = frozenset({"same story", "unrelated"})  # member relations that are no copy


@dataclass
class SiteEdge(Record):
    copier: str
    source: str
    articles: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)  # "fr<-en" -> count
    delays: list[float] = field(default_factory=list)  # hours, where both dates are known

    @property
    def median_delay(self) -> float | None:
        return statistics.median(self.delays) if self.delays else None


@dataclass
class SiteGraph(Record):
    sites: dict[str, dict[str, int]]  # site -> {"originals": n, "republished": n}
    edges: list[SiteEdge]

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["copier", "source", "articles", "relations", "languages",
                    "median_delay_hours"])
        for e in self.edges:
            w.writerow([
                e.copier, e.source, e.articles,
                ";".join(f"{k}:{v}" for k, v in sorted(e.relations.items())),
                ";".join(f"{k}:{v}" for k, v in sorted(e.languages.items())),
                "" if e.median_delay is None else f"{e.median_delay:.1f}",
            ])
        return buf.getvalue()

    def to_gexf(self) -> str:
        """GEXF 1.3 document (escaping is done by ElementTree)."""
        root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
        meta = ET.SubElement(root, "meta")
        ET.SubElement(meta, "creator").text = "sourcier"
        ET.SubElement(meta, "description").text = "sites that republish each other"
        graph = ET.SubElement(root, "graph", defaultedgetype="directed")
        nattrs = ET.SubElement(graph, "attributes", {"class": "node"})
        ET.SubElement(nattrs, "attribute", id="0", title="originals", type="integer")
        ET.SubElement(nattrs, "attribute", id="1", title="republished", type="integer")
        eattrs = ET.SubElement(graph, "attributes", {"class": "edge"})
        ET.SubElement(eattrs, "attribute", id="0", title="median_delay_hours", type="double")
        ET.SubElement(eattrs, "attribute", id="1", title="languages", type="string")
        nodes = ET.SubElement(graph, "nodes")
        ids = {}
        for i, (site, counts) in enumerate(sorted(self.sites.items())):
            ids[site] = str(i)
            node = ET.SubElement(nodes, "node", id=str(i), label=site)
            values = ET.SubElement(node, "attvalues")
            ET.SubElement(values, "attvalue", {"for": "0", "value": str(counts["originals"])})
            ET.SubElement(values, "attvalue", {"for": "1", "value": str(counts["republished"])})
        edges = ET.SubElement(graph, "edges")
        for i, e in enumerate(self.edges):
            edge = ET.SubElement(edges, "edge", id=str(i), source=ids[e.copier],
                                 target=ids[e.source], weight=str(e.articles))
            values = ET.SubElement(edge, "attvalues")
            if e.median_delay is not None:
                ET.SubElement(values, "attvalue", {"for": "0", "value": f"{e.median_delay:.2f}"})
            langs = ";".join(f"{k}:{v}" for k, v in sorted(e.languages.items()))
            ET.SubElement(values, "attvalue", {"for": "1", "value": langs})
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def site_graph(families: list[Family]) -> SiteGraph:
    """Aggregate families into a site -> site republication graph."""
    sites: dict[str, Counter] = {}
    edges: dict[tuple[str, str], SiteEdge] = {}
    for fam in families:
        origin = next((m for m in fam.members if m.id == fam.origin), None)
        if origin is None:
            continue
        src = origin.site or UNKNOWN_SITE
        sites.setdefault(src, Counter())["originals"] += 1
        for m in fam.members:
            if m.id == fam.origin or m.relation in NOT_REPUBLISHED:
                continue
            copier = m.site or UNKNOWN_SITE
            sites.setdefault(copier, Counter())["republished"] += 1
            if copier == src:
                continue  # a site repeating itself is not a republication edge
            edge = edges.setdefault((copier, src), SiteEdge(copier=copier, source=src))
            edge.articles += 1
            edge.relations[m.relation] = edge.relations.get(m.relation, 0) + 1
            pair = f"{m.lang or '?'}<-{origin.lang or '?'}"
            edge.languages[pair] = edge.languages.get(pair, 0) + 1
            if m.delay is not None:
                edge.delays.append(m.delay)
    ordered = sorted(edges.values(), key=lambda e: (-e.articles, e.copier, e.source))
    return SiteGraph(
        sites={s: {"originals": c["originals"], "republished": c["republished"]}
               for s, c in sites.items()},
        edges=ordered,
    )
