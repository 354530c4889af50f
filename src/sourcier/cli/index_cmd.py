"""``sourcier index PATH... --db DIR``: read, extract and store pages in a corpus.

Transactional and resumable: interrupted, the rerun picks up where it stopped; the same page
twice is one record; a URL whose content changed is stored as a new version. A store of
150,000 articles or more (with faiss-cpu installed) gets its vector search graph built or
extended at the end of the run (about 17 minutes for 1M articles from scratch on 2 busy cores;
incremental afterwards).
Exit codes: 0 every input stored (or already there), 1 some inputs skipped, 2 usage/store error,
3 the disk filled up (the batch being written was rolled back, earlier ones stay: free space and
run the same command again).
"""

from __future__ import annotations

import argparse
import json
import sys

from sourcier.cli.common import EXIT_OK, EXIT_PARTIAL, progress
from sourcier.errors import StoreFullError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="add pages to a corpus store (created if needed)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories, WARC/JSONL archives, URLs ('-' or none: stdin)")
    p.add_argument("--db", required=True, metavar="DIR", help="the corpus store directory")
    p.add_argument("--jobs", "-j", type=int, default=1, help="extraction processes (default 1)")
    p.add_argument("--batch", type=int, default=64,
                   help="articles per transaction (default 64; bulk loads into stores of "
                        "millions: 1000 or more, fewer passes over the index B-trees)")
    p.add_argument("--no-templates", action="store_true",
                   help="do not learn/apply site templates (recurring paragraphs)")
    p.add_argument("--sentence-vectors", action=argparse.BooleanOptionalAction, default=True,
                   help="store every sentence's vector (default: yes; traces and families "
                        "then encode only what is not stored; ~0.5 KB per sentence on disk, "
                        "indexing about twice as slow); --no-sentence-vectors keeps the "
                        "store lean")
    p.add_argument("--wide", action=argparse.BooleanOptionalAction, default=None,
                   help="keep a second document vector per article from a wide multilingual "
                        "encoder (multilingual-e5-small, ~100 languages, installed with "
                        "sourcier), so that articles in languages the default encoder lacks "
                        "(Czech, Hungarian, Ukrainian, ...) meet their translations by "
                        "meaning too. Default: yes for a new store, the store's own choice "
                        "after that. --no-wide: indexing about three times as fast, for "
                        "corpora in languages the default encoder reads (English, French, "
                        "German, Spanish, Russian, ...); chosen when the store is created")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import AddCounts, Corpus
    from sourcier.corpus.core import disk_full
    from sourcier.extract import extract_all
    from sourcier.read import count_inputs, read_inputs

    with Corpus.open(args.db, create=True, sentence_vectors=args.sentence_vectors,
                     wide=args.wide) as corpus:
        before = len(corpus)
        total = count_inputs(args.paths)
        items = progress(read_inputs(args.paths), desc="index", total=total, unit="input",
                         enabled=args.progress)
        articles = extract_all(items, jobs=max(1, args.jobs), templates=False)
        counts: AddCounts = corpus.add(articles, batch_size=max(1, args.batch),
                                       templates=not args.no_templates or None)
        after = len(corpus)
        if corpus.vectors is not None and (counts.added or counts.new_versions):
            # large stores: bring the HNSW graph up to date now rather than at the first trace
            from sourcier.corpus.vectors import HNSW_MIN

            if corpus.vector_count() >= HNSW_MIN:
                print("updating the vector search graph ...", file=sys.stderr)
            try:
                for vectors in (corpus.vectors, corpus.wide_vectors):
                    if vectors is not None:
                        vectors.ensure_graph(corpus.vector_count())
            except OSError as exc:
                if not disk_full(exc):
                    raise
                raise StoreFullError(
                    f"no space left to write the vector search graph in {args.db} ({exc}): "
                    "every article is stored; free some space and run the same command "
                    "again to build the graph") from exc
    summary = counts.to_dict()
    summary["records_in_store"] = after
    summary["records_before"] = before
    n_skip = sum(counts.skipped.values())
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    line = (f"{counts.added} added, {counts.unchanged} unchanged (already stored), "
            f"{counts.new_versions} new versions, {n_skip} skipped")
    if n_skip:
        line += " (" + ", ".join(f"{r}: {c}" for r, c in counts.skipped.most_common()) + ")"
    print(f"{line}; {after} records in {args.db}", file=sys.stderr)
    return EXIT_PARTIAL if n_skip else EXIT_OK
