"""``sourcier trace ARTICLE... --db DIR``: find where articles come from.

ARTICLE is a file (HTML, text, WARC, JSONL: every article in it is traced), a URL already in
the store, or an article id. ``--all`` traces every article of the store.
Output: a readable summary (default), ``--json`` (one document: a Trace, or a list of them),
``--jsonl`` (one Trace per line), ``--html FILE`` (candidates + side-by-side report).
Exit codes: 0 done, 1 some ARTICLE could not be read, 2 usage/store error.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
from collections.abc import Iterator

from sourcier.cli.common import EXIT_OK, EXIT_PARTIAL, dump_json, progress
from sourcier.errors import UsageError
from sourcier.model import Article, Skip, Trace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trace", help="find the original of articles in a corpus store",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("articles", nargs="*", metavar="ARTICLE", help="file, stored URL or id")
    p.add_argument("--db", required=True, metavar="DIR", help="the corpus store directory")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON document on stdout")
    fmt.add_argument("--jsonl", action="store_true", help="one JSON Trace per line")
    p.add_argument("--html", metavar="FILE", help="write an HTML report of the (first) trace")
    p.add_argument("--all", action="store_true", help="trace every article in the store")
    p.add_argument("--top", type=int, default=10, help="candidates listed (default 10)")
    p.add_argument("--rerank", type=int, default=4,
                   help="candidates re-ranked with the full comparison (0: indexes only)")
    p.add_argument("--no-report", action="store_true",
                   help="leave the comparison with the original out of JSON output")
    p.add_argument("--fast-report", action="store_true",
                   help="a query in a language the default encoder lacks (Czech, Hungarian, "
                        "Ukrainian, ...): align its report on anchors and lengths instead of "
                        "reading it with the wide encoder (about 10x faster there, for --all "
                        "over large stores; omitted and added sentences are then less sure)")
    p.set_defaults(func=run)


def _queries(corpus, refs: list[str], skipped: list[Skip]) -> Iterator[Article]:
    from sourcier.extract import extract_page
    from sourcier.read import read_inputs

    for ref in refs:
        if os.path.exists(ref):
            for item in read_inputs([ref]):
                res = item if isinstance(item, Skip) else extract_page(item)
                if isinstance(res, Skip):
                    skipped.append(res)
                    print(f"sourcier: skipped {res.source}: {res.reason} {res.detail}".rstrip(),
                          file=sys.stderr)
                else:
                    yield res
            continue
        art = corpus.find(ref)
        if art is None:
            raise UsageError(f"{ref!r} is not a file, nor a URL or article id in {corpus.path}")
        yield art


def run(args: argparse.Namespace) -> int:
    from sourcier.corpus import Corpus

    if not args.articles and not args.all:
        raise UsageError("give ARTICLE(s) to trace, or --all")
    skipped: list[Skip] = []
    traces: list[Trace] = []
    with Corpus.open(args.db, create=False) as corpus:
        if args.all:
            ids = corpus.ids()
            queries = (corpus.get(i) for i in ids)
            queries = progress(queries, desc="trace", total=len(ids), unit="article")
        else:
            queries = _queries(corpus, args.articles, skipped)
        for q in queries:
            if q is None:
                continue
            tr = corpus.trace(q, top=args.top, rerank=args.rerank, use_compare=args.rerank > 0,
                              wide_report=not args.fast_report)
            if args.jsonl:
                dump_json(_jsonable(tr, args), sys.stdout, pretty=False)
                sys.stdout.flush()
                if args.html and not traces:
                    traces.append(tr)
                continue
            traces.append(tr)
            if not args.json:
                print(render(tr, corpus))
        if args.json:
            docs = [_jsonable(t, args) for t in traces]
            dump_json(docs[0] if len(docs) == 1 and not args.all else docs, sys.stdout)
        if args.html and traces:
            with open(args.html, "w", encoding="utf-8") as fh:
                fh.write(trace_html(traces[0]))
            print(f"HTML report: {args.html}", file=sys.stderr)
    return EXIT_PARTIAL if skipped else EXIT_OK


def _jsonable(tr: Trace, args: argparse.Namespace) -> dict:
    d = tr.to_dict()
    if args.no_report:
        d["report"] = None
    elif d.get("report"):  # the articles are in the store: keep the report light
        for side in ("a", "b"):
            art = d["report"].get("articles", {}).get(side)
            if art:
                d["report"]["articles"][side] = {k: art.get(k) for k in
                                                 ("id", "url", "site", "lang", "title",
                                                  "published")}
    return d


def render(tr: Trace, corpus) -> str:
    q = tr.query
    lines = [f"query    {q.get('id')}  {q.get('lang') or '?'}  {q.get('url') or ''}"]
    if not tr.candidates:
        lines.append("         no related article in the corpus")
    for i, c in enumerate(tr.candidates, 1):
        lines.append(f"  {i:>2}. {c.score:5.2f}  {c.verdict:<18} {c.lang or '?':3} "
                     f"{c.published or '':10}  {c.url or c.id}")
    if tr.original:
        o = corpus.find(tr.original)
        lines.append(f"original {tr.original}  {o.url if o else ''}")
    else:
        lines.append("original (the query itself looks original)" if tr.candidates
                     else "original -")
    for ev in tr.direction_evidence[:4]:
        lines.append(f"         - {ev}")
    for note in tr.notes:
        lines.append(f"note     {note}")
    if tr.report is not None:
        r = tr.report
        cov = ", ".join(f"{k} {v:.0%}" for k, v in r.coverage.items()
                        if isinstance(v, (int, float)))
        lines.append(f"report   {r.verdict}; coverage {cov}; {len(r.divergences)} divergences")
    return "\n".join(lines) + "\n"


def trace_html(tr: Trace) -> str:
    """A self-contained HTML page: the candidates, then the comparison with the original."""
    e = html.escape
    q = tr.query
    rows = "".join(
        f"<tr><td>{i}</td><td>{c.score:.2f}</td><td>{e(c.verdict)}</td><td>{e(c.lang or '')}</td>"
        f"<td>{e(c.published or '')}</td><td>{e(c.url or c.id)}</td>"
        f"<td>{e('; '.join(c.evidence))}</td></tr>"
        for i, c in enumerate(tr.candidates, 1))
    original = e(tr.original) if tr.original else "none: the query itself looks original"
    report = ""
    if tr.report is not None:
        try:
            from sourcier.report.html import comparison_html

            page = comparison_html(tr.report)
            report = (f'<h2>Comparison with the original</h2><iframe style="width:100%;'
                      f'height:80vh;border:1px solid #ccc" srcdoc="{e(page, quote=True)}">'
                      "</iframe>")
        except ImportError:
            r = tr.report
            report = (f"<h2>Comparison with the original</h2><p>verdict {e(r.verdict)}, "
                      f"{len(r.divergences)} divergences</p><ul>" + "".join(
                          f"<li>{e(d.type)}: {e(d.evidence)}</li>" for d in r.divergences)
                      + "</ul>")
    evidence = "".join(f"<li>{e(x)}</li>" for x in tr.direction_evidence)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>sourcier trace</title>"
        "<style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 8px;"
        "border-bottom:1px solid #ddd;text-align:left}</style></head><body>"
        f"<h1>Trace of {e(str(q.get('url') or q.get('id')))}</h1>"
        f"<p>language {e(str(q.get('lang')))}, id {e(str(q.get('id')))}</p>"
        + "".join(f"<p><em>note: {e(n)}</em></p>" for n in tr.notes) +
        f"<h2>Original</h2><p>{original}</p><ul>{evidence}</ul>"
        "<h2>Candidates</h2><table><tr><th>#</th><th>score</th><th>verdict</th><th>lang</th>"
        f"<th>published</th><th>article</th><th>evidence</th></tr>{rows}</table>"
        f"{report}</body></html>\n"
    )
