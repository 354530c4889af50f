"""``sourcier families --db DIR``: group a corpus into families of copies and translations.

A family groups the copies and translations of one story, with its probable origin
(earliest date, else the direction read from the texts) and, per member, the relation to the
origin and the delay in hours when both dates are known. Relations are the verdicts of
comparing each member with the origin, as ``sourcier compare`` gives them (copy, edited copy,
translation, edited translation, same story), for the first ``--compare-members`` members of
each family (about 0.1-0.5 s each); beyond that, or with ``--no-compare``, a quick estimate
from the index (copy / edited copy / translation).
"""

from __future__ import annotations

import argparse
import sys

from sourcier.cli.common import dump_json, progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("families", help="families of copies/translations in a corpus store",
                       description=__doc__)
    p.add_argument("--db", required=True, metavar="DIR", help="the corpus store directory")
    p.add_argument("--json", action="store_true", help="JSON list of families on stdout")
    p.add_argument("--min-size", type=int, default=2, help="smallest family listed (default 2)")
    p.add_argument("--no-compare", action="store_true",
                   help="no text comparison: origin of undated families from index order, "
                        "relations estimated from the index")
    p.add_argument("--compare-members", type=int, default=50, metavar="N",
                   help="members per family whose relation comes from a full comparison "
                        "with the origin (default 50; 0 = estimate all from the index)")
    p.add_argument("--compare-budget", type=int, default=2000, metavar="N",
                   help="comparisons in all, largest families first (default 2000, about "
                        "0.1-0.5 s each; -1 = no cap)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import Corpus
    with Corpus.open(args.db, create=False) as corpus:
        stages = iter([("reading", "article"), ("comparing", "family")])

        def bar(it, total):
            desc, unit = next(stages, ("families", "item"))
            return progress(it, desc=desc, total=total, unit=unit)

        fams = corpus.families(min_size=args.min_size, use_compare=not args.no_compare,
                               compare_members=max(0, args.compare_members),
                               compare_budget=None if args.compare_budget < 0
                               else args.compare_budget, progress=bar)
    if args.json:
        dump_json([f.to_dict() for f in fams], sys.stdout)
        return 0
    if not fams:
        print("no family of copies found")
    for f in fams:
        print(f"{f.id}  {len(f.members)} members  languages {', '.join(f.languages) or '?'}  "
              f"sites {len(f.sites)}")
        for m in f.members:
            delay = f"+{m.delay:.1f}h" if m.delay else ""
            print(f"   {m.relation:<18} {m.lang or '?':3} {m.published or '':10} {delay:>8}  "
                  f"{m.url or m.id}")
    return 0
