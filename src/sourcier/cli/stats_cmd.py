"""``sourcier stats --db DIR``: what a corpus store holds (languages, sites, versions, size)."""

from __future__ import annotations

import argparse
import sys

from sourcier.cli.common import dump_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="counts of a corpus store by language and site",
                       description=__doc__)
    p.add_argument("--db", required=True, metavar="DIR", help="the corpus store directory")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p.add_argument("--sites", type=int, default=15, help="sites listed in text mode")
    p.set_defaults(func=run)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import Corpus

    with Corpus.open(args.db, create=False) as corpus:
        st = corpus.stats()
    if args.json:
        dump_json(st, sys.stdout)
        return 0
    print(f"store      {st['path']} (format {st['format']}, {_size(st['size_bytes'])})")
    print(f"articles   {st['articles']} current, {st['records']} records "
          f"({st['superseded_versions']} superseded versions of {st['urls_with_versions']} URLs)")
    wide = f", wide vectors ({st['wide_encoder']})" if st.get("wide_encoder") else ""
    print(f"vectors    {st['vectors']} ({st['encoder'] or '-'}{wide}); sentence vectors stored "
          f"for {st['with_sentence_vectors']} records")
    print("languages  " + (", ".join(f"{k} {v}" for k, v in st["languages"].items()) or "-"))
    sites = list(st["sites"].items())
    print(f"sites      {len(sites)}")
    for site, n in sites[: args.sites]:
        print(f"  {n:>7}  {site}")
    if len(sites) > args.sites:
        print(f"  ... {len(sites) - args.sites} more (--json for all)")
    return 0
