"""``sourcier annotate``: entities, numbers, dates and quotes for pages or extracted articles.

Inputs are read like ``sourcier extract`` (files, directories, WARC, JSON/JSONL, URLs, stdin).
JSON records written by ``sourcier extract`` (with ``text`` and ``sentences``) are taken as
articles as they are; anything else is extracted first.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import IO, Any

from sourcier.cli.common import (
    EXIT_USAGE,
    Summary,
    add_batch_arguments,
    dump_json,
    open_output,
    progress,
)
from sourcier.errors import UsageError
from sourcier.extract.text import article_from_record
from sourcier.model import Article, Page, Skip

LAYERS = ("entities", "numbers", "dates", "quotes")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "annotate",
        help="find people, places, organisations, numbers, dates and quotes",
        description=__doc__.splitlines()[0],
    )
    add_batch_arguments(p)
    p.add_argument("--layers", default=",".join(LAYERS),
                   help=f"comma-separated subset of {','.join(LAYERS)}")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="resolve relative dates against this date (default: each article's "
                        "publication date)")
    p.set_defaults(func=run)


def _to_article(item: Page | Skip) -> Article | Skip:
    if isinstance(item, Skip):
        return item
    article = article_from_record(item)
    if article is not None:
        return article
    from sourcier.extract import extract_page

    return extract_page(item)


def _annotate_one(args: tuple[Article | Skip, tuple[str, ...], str | None]) -> Article | Skip:
    item, layers, ref = args
    if isinstance(item, Skip):
        return item
    from sourcier.annotate import annotate

    return annotate(item, layers=layers, reference_date=date.fromisoformat(ref) if ref else None)


def _warm_up() -> None:
    from sourcier.annotate.entities import french_nlp

    french_nlp()


def annotate_stream(items: Iterable[Page | Skip], *, layers: tuple[str, ...],
                    reference: str | None, jobs: int = 1) -> Iterator[Article | Skip]:
    """Pages/Skips in, annotated Articles/Skips out, in order."""
    articles = (_to_article(x) for x in items)
    if jobs <= 1:
        for a in articles:
            yield _annotate_one((a, layers, reference))
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
        it = iter(articles)
        while window := list(itertools.islice(it, jobs * 16)):
            yield from pool.map(_annotate_one, [(a, layers, reference) for a in window],
                                chunksize=4)


def render_text(article: Article, out: IO[str]) -> None:
    """A readable summary of one annotated article."""
    head = article.title or article.url or article.source
    out.write(f"== {head} [{article.lang or '?'}]\n")
    for layer in LAYERS:
        method = article.annotated_with.get(layer)
        if method is None:
            continue
        values = getattr(article, layer)
        if values is None:
            out.write(f"  {layer}: {method}\n")
            continue
        out.write(f"  {layer} ({len(values)}, {method}):\n")
        for v in values:
            if layer == "entities":
                out.write(f"    {v.label:4} {v.text}  -> {v.key}\n")
            elif layer == "numbers":
                unit = f" {v.unit}" if v.unit else ""
                high = f"..{v.high:g}" if v.high is not None else ""
                out.write(f"    {v.kind:8} {v.text!r} = {v.value:g}{high}{unit}\n")
            elif layer == "dates":
                val = v.value if v.resolved else "unresolved"
                out.write(f"    {v.text!r} = {val} ({v.granularity}"
                          f"{', relative' if v.relative else ''})\n")
            else:
                who = v.speaker or "?"
                out.write(f"    [{v.kind}] {who} ({v.cue or '-'}): «{v.text}»\n")


def run(args: argparse.Namespace) -> int:
    layers = tuple(x.strip() for x in args.layers.split(",") if x.strip())
    bad = [x for x in layers if x not in LAYERS]
    if bad or not layers:
        raise UsageError(f"unknown layer(s): {', '.join(bad) or '(none)'}; "
                         f"choose from {', '.join(LAYERS)}")
    if args.reference_date:
        try:
            date.fromisoformat(args.reference_date)
        except ValueError as exc:
            raise UsageError(f"--reference-date must be YYYY-MM-DD, not {args.reference_date!r}"
                             ) from exc
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    from sourcier.read import count_inputs, read_inputs

    summary = Summary(noun="articles annotated")
    total = count_inputs(args.paths)
    items = read_inputs(args.paths)
    out = open_output(args.output)
    first = True
    try:
        if args.format == "json":
            out.write("[\n")
        results = annotate_stream(items, layers=layers, reference=args.reference_date,
                                  jobs=args.jobs)
        for res in progress(results, desc="annotate", total=total):
            summary.read += 1
            if isinstance(res, Skip):
                summary.add_skip(res.reason)
                record: dict[str, Any] = res.to_dict()
            else:
                summary.done += 1
                record = res.to_dict()
            if args.format == "text":
                if isinstance(res, Skip):
                    out.write(f"== skipped {res.source}: {res.reason} {res.detail}\n")
                else:
                    render_text(res, out)
            elif args.format == "jsonl":
                dump_json(record, out, pretty=False)
            else:
                if not first:
                    out.write(",\n")
                out.write("  ")
                import json

                out.write(json.dumps(record, ensure_ascii=False))
                first = False
        if args.format == "json":
            out.write("\n]\n")
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    summary.print()
    if summary.read == 0:
        return EXIT_USAGE
    return summary.exit_code
