"""``sourcier demo``: the main job, end to end, on the bundled demo corpus.

1. extract every page (boilerplate and site templates set aside, declared sources found);
2. compare the French republication with its English original and name what changed;
3. index the corpus into a temporary store and trace the republication to its original;
4. group the corpus into families of copies and draw the site network.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sourcier.demo import DEMO_DIR, MANIFEST


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="run the main job on the bundled demo corpus",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", metavar="DIR",
                   help="keep the store and the HTML reports here (default: a temporary folder)")
    p.set_defaults(func=run)


def _rule(title: str) -> None:
    print(f"\n\033[1m== {title} ==\033[0m" if sys.stdout.isatty() else f"\n== {title} ==")


def run(args: argparse.Namespace) -> int:
    from sourcier.extract import extract_all
    from sourcier.model import Article
    from sourcier.read import read_inputs

    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    copy_file = manifest["planted_changes"]["copy"]
    orig_file = manifest["planted_changes"]["original"]

    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="sourcier-demo-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    _rule(f"1. extract: {len(manifest['pages'])} pages of 8 fictional sites ({DEMO_DIR})")
    articles: dict[str, Article] = {}
    for rec in extract_all(read_inputs([str(DEMO_DIR)])):
        if not isinstance(rec, Article):
            print(f"  skipped {rec.source}: {rec.reason}")
            continue
        rel = Path(rec.source).resolve().relative_to(DEMO_DIR).as_posix()
        articles[rel] = rec
        removed = Counter(r.reason for r in rec.removed)
        declared = ", ".join(f"{d.kind}:{d.name or d.url or d.text[:30]}"
                             for d in rec.declared_sources) or "-"
        print(f"  {rel}\n     {rec.lang}  {len(rec.sentences):>2} sentences  "
              f"removed {dict(removed) or '-'}  declared {declared}")

    copy, original = articles[copy_file], articles[orig_file]
    _rule(f"2. compare {copy_file}\n   with    {orig_file}")
    from sourcier.compare import compare
    from sourcier.report.html import comparison_html
    from sourcier.report.terminal import render_comparison

    comparison = compare(copy, original)
    print(render_comparison(comparison))
    report = out_dir / "compare.html"
    report.write_text(comparison_html(comparison), encoding="utf-8")
    print(f"\n  side-by-side report: {report}")

    _rule("3. index the corpus and trace the republication")
    from sourcier.corpus import Corpus

    with Corpus.open(out_dir / "store", create=True) as corpus:
        counts = corpus.add(read_inputs([str(DEMO_DIR)]))
        c = counts.to_dict()
        print(f"  indexed {c['added']} articles ({c['unchanged']} already there, "
              f"{sum(c['skipped'].values())} skipped) into {out_dir / 'store'}")
        trace = corpus.trace(copy)
        for rank, cand in enumerate(trace.candidates[:5], 1):
            print(f"  {rank}. {cand.score:.2f} {cand.verdict:<18} {cand.lang}  {cand.url}")
        found = trace.original and corpus.get(trace.original)
        print(f"  most likely original: {found.url if found else 'none'}")
        for ev in trace.direction_evidence:
            print(f"     - {ev}")

        _rule("4. families of copies and the site network")
        families = corpus.families()
        for fam in families:
            origin = corpus.get(fam.origin)
            print(f"  family {fam.id} ({len(fam.members)} members), origin: "
                  f"{origin.url if origin else fam.origin}")
            for m in fam.members:
                delay = f"+{m.delay:.0f} h" if m.delay is not None else ""
                print(f"     {m.relation:<18} {m.lang or '?'}  {m.site}  {delay}")
        from sourcier.network import site_graph

        graph = site_graph(families)
        for e in graph.edges:
            print(f"  {e.copier} <- {e.source}: {e.articles} article(s) "
                  f"{', '.join(f'{k} x{v}' for k, v in e.relations.items())}")
        (out_dir / "network.gexf").write_text(graph.to_gexf(), encoding="utf-8")
    print(f"\n  store, reports and network.gexf in {out_dir}")
    return 0
