"""``sourcier extract``: clean article text and metadata out of pages, boilerplate set aside.

Inputs: HTML/text files, directories, WARC, JSON/JSONL records, URLs, or stdin when no path
is given. Every input gives one record: an article, or a skip record saying why not.
"""

from __future__ import annotations

import argparse
import json
import sys
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
from sourcier.model import Article, Skip


def register(subparsers: Any) -> None:
    from sourcier.read import DEFAULT_MAX_BYTES

    p = subparsers.add_parser(
        "extract",
        help="extract clean articles (text, metadata, declared sources, boilerplate set aside)",
        description=__doc__.splitlines()[0],
    )
    add_batch_arguments(p)
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"skip inputs larger than N bytes once decoded (default {DEFAULT_MAX_BYTES})")
    p.add_argument("--no-templates", action="store_true",
                   help="do not learn site templates across pages of the same site")
    p.set_defaults(func=run)


def render_text(article: Article, out: IO[str]) -> None:
    """One article, readable: header, metadata, declared sources, body, what was set aside."""
    out.write(f"=== {article.title or '(no title)'}\n")
    out.write(f"source:    {article.source}\n")
    if article.url:
        out.write(f"url:       {article.url}\n")
    site = article.site or "?"
    if article.sitename:
        site += f" ({article.sitename})"
    out.write(f"site:      {site}\n")
    out.write(f"language:  {article.lang or '?'}\n")
    out.write(f"authors:   {', '.join(article.authors) or '-'}\n")
    out.write(f"published: {article.published or '-'}\n")
    if article.canonical_url and article.canonical_url != article.url:
        out.write(f"canonical: {article.canonical_url}\n")
    if article.declared_sources:
        out.write("declared sources:\n")
        for d in article.declared_sources:
            extra = "".join(f" {x}" for x in (d.name and f"[{d.name}]", d.url and f"<{d.url}>") if x)
            out.write(f"  - {d.kind}:{extra} {d.text!r}\n")
    for w in article.warnings:
        out.write(f"warning:   {w}\n")
    out.write(f"--- body ({len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences)\n")
    out.write(article.text + "\n")
    if article.removed:
        out.write(f"--- set aside ({len(article.removed)})\n")
        for r in article.removed:
            detail = f" ({r.detail})" if r.detail and r.detail != r.reason else ""
            out.write(f"  [{r.reason}]{detail} {r.text}\n")
    out.write("\n")


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_bytes < 1:
        raise UsageError("--max-bytes must be positive")
    from sourcier.extract import extract_all
    from sourcier.read import count_inputs, read_inputs

    summary = Summary(noun="articles")
    total = count_inputs(args.paths)
    items = read_inputs(args.paths, max_bytes=args.max_bytes)
    results = extract_all(items, jobs=args.jobs, templates=not args.no_templates)
    out = open_output(args.output)
    first = True
    try:
        if args.format == "json":
            out.write("[")
        for res in progress(results, desc="extract", total=total):
            summary.read += 1
            if isinstance(res, Skip):
                summary.add_skip(res.reason)
            else:
                summary.done += 1
            if args.format == "text":
                if isinstance(res, Skip):
                    out.write(f"=== skipped {res.source}: {res.reason}"
                              f"{' - ' + res.detail if res.detail else ''}\n\n")
                else:
                    render_text(res, out)
            elif args.format == "jsonl":
                dump_json(res.to_dict(), out, pretty=False)
            else:
                out.write("\n" if first else ",\n")
                text = json.dumps(res.to_dict(), ensure_ascii=False, indent=2)
                out.write("  " + text.replace("\n", "\n  "))
                first = False
        if args.format == "json":
            out.write("\n]\n" if not first else "]\n")
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    summary.print()
    if summary.read == 0:
        return EXIT_USAGE if args.paths else summary.exit_code
    return summary.exit_code
