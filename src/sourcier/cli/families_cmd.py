"""``sourcier families --db DIR``: group a corpus into families of copies and translations.

A family is a connected set of strong copy/translation relations, with its probable origin
(earliest date, else the direction read from the texts) and, per member, the relation to the
origin and the delay in hours when both dates are known.
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
                   help="undated families: origin from index order, not text comparison")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import Corpus
    with Corpus.open(args.db, create=False) as corpus:
        fams = corpus.families(min_size=args.min_size, use_compare=not args.no_compare,
                               progress=lambda it, total: progress(it, desc="families",
                                                                   total=total,
                                                                   unit="article"))
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
