"""``sourcier network --db DIR``: the graph of sites that republish each other.

Edges go from the republishing site to the site of the family's origin, weighted by the number
of articles, with relations (copy, translation, ...), language pairs and median delay.
Writes GEXF (Gephi, ``--gexf``), a CSV edge list (``--csv``) or JSON (``--json``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sourcier.cli.common import dump_json, progress
from sourcier.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("network", help="who copies whom: the site republication graph",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True, metavar="DIR", help="the corpus store directory")
    p.add_argument("--gexf", metavar="FILE", help="write the graph as GEXF (for Gephi)")
    p.add_argument("--csv", metavar="FILE", help="write the edge list as CSV")
    p.add_argument("--json", action="store_true", help="print the graph as JSON on stdout")
    p.set_defaults(func=run)


def _write(path: str, text: str) -> None:
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"{path} is a directory")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import Corpus
    from sourcier.network import site_graph

    with Corpus.open(args.db, create=False) as corpus:
        families = corpus.families(progress=lambda it, total: progress(
            it, desc="families", total=total, unit="article"))
    graph = site_graph(families)
    if args.gexf:
        _write(args.gexf, graph.to_gexf())
    if args.csv:
        _write(args.csv, graph.to_csv())
    if args.json:
        dump_json(graph.to_dict(), sys.stdout)
        return 0
    print(f"{len(graph.sites)} sites, {len(graph.edges)} republication edges "
          f"from {len(families)} families")
    for e in graph.edges:
        delay = f"median delay {e.median_delay:.0f} h" if e.median_delay is not None else ""
        langs = ", ".join(f"{k} x{v}" for k, v in sorted(e.languages.items()))
        rels = ", ".join(f"{k} x{v}" for k, v in sorted(e.relations.items()))
        print(f"  {e.copier} <- {e.source}: {e.articles} article(s)  [{rels}]  {langs}  {delay}")
    return 0
