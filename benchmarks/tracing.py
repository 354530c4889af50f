"""Tracing benchmark: find the original of translated / machine-translated news in one corpus.

1. WMT news dev (2008-2011 multi-way + newsdiscussdev2015), all years and languages in ONE
   corpus; every version whose language is not the document's ``origlang`` is a query.
   P@1 = the rank-1 candidate is another version of the same document (same year + docid);
   R@5 = the origlang version is among the top 5. Per language pair, incl. cs and hu.
2. WMT21 MT: corpus = sources + human references of all three test sets; one MT system's
   outputs are added at a time; each output must rank a version of its source document first.

Both are measured on candidate generation alone and with re-ranking by ``compare``.

    .venv/bin/python benchmarks/tracing.py [--limit N] [--rerank-limit N] [--no-wide]

The stores are indexed as ``sourcier index`` does by default: with the wide encoder's document
vectors (Czech and Hungarian queries meet their translations by meaning). ``--no-wide``
measures stores indexed ``--no-wide`` (anchors and MinHash carry those languages alone).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "src"))

import sourcier.compare  # noqa: E402
from sourcier.corpus import Corpus  # noqa: E402
from sourcier.corpus.search import candidates  # noqa: E402
from sourcier.model import Article, Paragraph, Sentence, article_id  # noqa: E402

LANG_FIX = {"cz": "cs"}
# a document ends at its </doc> or, where that tag is missing (15 times in
# news-test2008-src.hu.sgm), at the next <doc>: otherwise documents get merged
_DOC = re.compile(r"<doc\s([^>]*)>(.*?)(?=</doc>|<doc\s)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
DUP_CONTAINMENT = 0.5
_TOKEN = re.compile(r"<(hl|p|h\d?)\b[^>]*>|</(hl|p|h\d?)\b>?|<seg[^>]*>(.*?)</seg>", re.S)


def sgm_blocks(body: str) -> list[tuple[str, list[str]]]:
    """``(kind, segments)`` blocks of one SGML doc; segments outside blocks form paragraphs."""
    blocks: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for m in _TOKEN.finditer(body):
        if m.group(1):
            current = (m.group(1), [])
            blocks.append(current)
        elif m.group(2):
            current = None
        else:
            if current is None:
                current = ("p", [])
                blocks.append(current)
            current[1].append(_unescape(m.group(3)))
    return blocks


def _unescape(s: str) -> str:
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&")).strip()


def make_article(blocks: list[tuple[str, list[str]]], *, url: str, lang: str,
                 source: str) -> Article:
    """An Article whose sentences are the given segments (no re-splitting)."""
    title = None
    paras: list[str] = []
    seg_lists: list[list[str]] = []
    for kind, segs in blocks:
        segs = [" ".join(s.split()) for s in segs if s.strip()]
        if not segs:
            continue
        if kind == "hl" and title is None:
            title = " ".join(segs)
        paras.append(" ".join(segs))
        seg_lists.append(segs)
    text = "\n\n".join(paras)
    paragraphs, sentences = [], []
    pos = 0
    for i, (p, segs) in enumerate(zip(paras, seg_lists, strict=True)):
        paragraphs.append(Paragraph(start=pos, end=pos + len(p), lang=lang))
        cur = pos
        for s in segs:
            start = text.index(s, cur)
            sentences.append(Sentence(start=start, end=start + len(s), paragraph=i, text=s))
            cur = start + len(s)
        pos += len(p) + 2
    return Article(id=article_id(text, url), source=source, text=text, url=url,
                   site=url.split("/")[2], title=title, lang=lang, paragraphs=paragraphs,
                   sentences=sentences)


def load_wmt_news(limit_docs: int | None = None) -> tuple[list[Article], dict[str, tuple]]:
    """All ``*-src.<lang>.sgm`` versions: articles and id -> (year, docid, lang, origlang)."""
    dev = DATA / "wmt-news" / "dev"
    arts: list[Article] = []
    gold: dict[str, tuple] = {}
    for f in sorted(dev.glob("*-src.*.sgm")):
        lang = f.name.split(".")[-2]
        if lang in ("cz", "xx"):
            continue
        year = f.name.split("-src")[0].replace("newsdiscussdev2015-enfr", "newsdiscussdev2015")
        year = year.replace("newsdiscussdev2015-fren", "newsdiscussdev2015")
        text = f.read_text(encoding="utf-8", errors="replace")
        for n, m in enumerate(_DOC.finditer(text)):
            if limit_docs is not None and n >= limit_docs:
                break
            attrs = dict(_ATTR.findall(m.group(1)))
            docid = attrs["docid"]
            orig = LANG_FIX.get(attrs.get("origlang", ""), attrs.get("origlang", ""))
            blocks = sgm_blocks(m.group(2))
            url = f"https://{lang}.{year}.wmt.test/{docid}"
            art = make_article(blocks, url=url, lang=lang, source=f"{f.name}#{docid}")
            if not art.text:
                continue
            arts.append(art)
            gold[art.id] = (year, docid, lang, orig)
    # a version without origlang (news-test2008-src.de.sgm omits it 14 times) takes the one the
    # other versions of the same document declare
    declared: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for year, docid, _lang, orig in gold.values():
        if orig:
            declared[(year, docid)][orig] += 1
    for aid, (year, docid, lang, orig) in list(gold.items()):
        if not orig and declared[(year, docid)]:
            gold[aid] = (year, docid, lang, declared[(year, docid)].most_common(1)[0][0])
    return arts, gold


def _shingle_set(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def duplicate_groups(arts: list[Article], gold: dict[str, tuple],
                     min_containment: float = DUP_CONTAINMENT) -> dict[tuple, set[str]]:
    """(year, docid) -> docids of the same year whose ORIGINAL-language version is a near
    duplicate (word 3-shingle containment >= ``min_containment``): WMT sometimes took two
    versions of one wire story as two documents, and either is then a right answer."""
    origs: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for a in arts:
        year, docid, lang, orig = gold[a.id]
        if lang == orig:
            origs[year].append((docid, _shingle_set(a.text)))
    groups: dict[tuple, set[str]] = defaultdict(set)
    for year, docs in origs.items():
        for x, (d1, s1) in enumerate(docs):
            for d2, s2 in docs[x + 1:]:
                if not s1 or not s2:
                    continue
                if len(s1 & s2) / min(len(s1), len(s2)) >= min_containment:
                    groups[(year, d1)].add(d2)
                    groups[(year, d2)].add(d1)
    return dict(groups)


def load_wmt21(limit_docs: int | None = None):
    """WMT21: (sources+refs, {system: [outputs]}, id -> (set, docid, kind, lang))."""
    base: list[Article] = []
    systems: dict[str, list[Article]] = defaultdict(list)
    gold: dict[str, tuple] = {}
    for f in sorted((DATA / "wmt21-mt" / "xml").glob("*.xml")):
        pair = f.name.split(".")[1]
        src_lang, tgt_lang = pair.split("-")
        root = ET.parse(f).getroot()
        for n, doc in enumerate(root.iter("doc")):
            if limit_docs is not None and n >= limit_docs:
                break
            docid = doc.get("id")

            def article_of(node, lang, kind, system=None, _docid=docid, _pair=pair):
                blocks = [("p", [s.text or "" for s in p.iter("seg")]) for p in node.iter("p")]
                who = system or kind
                url = f"https://{who}.{lang}.{_pair}.wmt21.test/{_docid}"
                return make_article(blocks, url=url, lang=lang, source=f"{_pair}#{_docid}")

            src = doc.find("src")
            if src is None:
                continue
            a = article_of(src, src_lang, "src")
            base.append(a)
            gold[a.id] = (pair, docid, "src", src_lang)
            for ref in doc.findall("ref"):
                r = article_of(ref, tgt_lang, "ref", f"ref-{ref.get('translator', 'A')}")
                base.append(r)
                gold[r.id] = (pair, docid, "ref", tgt_lang)
            for hyp in doc.findall("hyp"):
                system = hyp.get("system", "?")
                h = article_of(hyp, tgt_lang, "hyp", system)
                if h.text:
                    systems[system].append(h)
                    gold[h.id] = (pair, docid, "hyp", tgt_lang)
    return base, systems, gold


def _rank_eval(corpus: Corpus, queries: list[Article], gold: dict[str, tuple], *,
               same_doc, is_orig, rerank: bool, duplicate=None) -> dict:
    """P@1, R@5 of the original, MRR, latency; per (query lang -> orig lang) pair.

    ``duplicate(g, h)``: True when ``h`` is another WMT document that duplicates the query's
    (see :func:`duplicate_groups`); such a rank 1 is a failure for the strict P@1 and a hit
    for the duplicate-aware one.
    """
    from sourcier.corpus.trace import trace

    per_pair: dict[str, list] = defaultdict(list)
    times = []
    fails = []
    for q in queries:
        t0 = time.perf_counter()
        if rerank:
            tr = trace(corpus, q, top=10, show_all=True)
            ranked = [c.id for c in tr.candidates]
        else:
            ranked = [s.row.id for s in candidates(corpus, q, k=10)]
        times.append(time.perf_counter() - t0)
        g = gold[q.id]
        rel = [same_doc(g, gold.get(i)) for i in ranked]
        p1 = bool(rel and rel[0])
        dup1 = bool(not p1 and ranked and duplicate is not None
                    and duplicate(g, gold.get(ranked[0])))
        orig_ranks = [r for r, i in enumerate(ranked) if is_orig(g, gold.get(i))]
        r5 = bool(orig_ranks and orig_ranks[0] < 5)
        rr = next((1.0 / (r + 1) for r, ok in enumerate(rel) if ok), 0.0)
        key = f"{g[2]}->{g[3]}" if len(g) == 4 and g[2] != "hyp" else f"{g[0]}"
        per_pair[key].append((p1, r5, rr, p1 or dup1))
        if not p1:
            fails.append({"query": q.url, "rank1": ranked[0] if ranked else None,
                          "rank1_gold": list(gold.get(ranked[0], ())) if ranked else None,
                          "duplicate": dup1})
    allv = [x for v in per_pair.values() for x in v]

    def share(rows: list, k: int) -> float:
        return sum(x[k] for x in rows) / max(1, len(rows))

    return {
        "queries": len(allv),
        "p_at_1": share(allv, 0),
        "p_at_1_duplicate_aware": share(allv, 3),
        "recall_orig_at_5": share(allv, 1),
        "mrr": share(allv, 2),
        "median_ms": 1000 * statistics.median(times) if times else None,
        "pairs": {k: {"n": len(v), "p_at_1": round(share(v, 0), 4),
                      "p_at_1_duplicate_aware": round(share(v, 3), 4),
                      "recall_orig_at_5": round(share(v, 1), 4)}
                  for k, v in sorted(per_pair.items())},
        "failures": fails[:60],
    }


def run_wmt_news(args, tmp: Path) -> dict:
    arts, gold = load_wmt_news(args.limit)
    t0 = time.perf_counter()
    name = "wmt-news" if args.wide else "wmt-news-lean"
    db = Path(args.cache) / name if args.cache else tmp / "news"
    with Corpus.open(db, wide=args.wide) as corpus:
        counts = corpus.add(arts)
        index_s = time.perf_counter() - t0
        print(f"indexed: {counts.to_dict()} in {index_s:.1f} s", file=sys.stderr)
        queries = [a for a in arts if gold[a.id][2] != gold[a.id][3]]

        def same(g, h):
            return h is not None and h[0] == g[0] and h[1] == g[1]

        def orig(g, h):
            return same(g, h) and h[2] == h[3]

        dups = duplicate_groups(arts, gold)

        def dup(g, h):
            return h is not None and h[0] == g[0] and h[1] in dups.get((g[0], g[1]), ())

        cand = _rank_eval(corpus, queries, gold, same_doc=same, is_orig=orig, rerank=False,
                          duplicate=dup)
        rq = queries[: args.rerank_limit] if args.rerank_limit else queries
        # the encoders' caches still hold what indexing encoded: start both runs cold
        clear_caches(corpus)
        rer = _rank_eval(corpus, rq, gold, same_doc=same, is_orig=orig, rerank=True,
                         duplicate=dup)
        # reference: the same traces encoding every sentence at trace time (no stored vectors)
        rer_ref = None
        if not args.skip_reference:
            clear_caches(corpus)
            corpus.remember_sentences = lambda article: False  # type: ignore[method-assign]
            rer_ref = _rank_eval(corpus, rq, gold, same_doc=same, is_orig=orig, rerank=True,
                                 duplicate=dup)
    index_cost = _index_cost(arts[: args.index_sample], tmp, args.wide) \
        if args.index_sample else None
    pairs = sorted({tuple(sorted((k[1], d))) + (k[0],) for k, v in dups.items() for d in v})
    return {"articles": len(arts), "index_seconds": round(index_s, 1),
            "index_articles_per_s": round(len(arts) / max(index_s, 1e-9), 1),
            "duplicate_documents": [list(p) for p in pairs],
            "candidates_only": cand, "reranked": rer,
            "reranked_without_stored_sentence_vectors": {
                k: rer_ref[k] for k in ("queries", "p_at_1", "median_ms")} if rer_ref else None,
            "index_cost_of_sentence_vectors": index_cost}


def _index_cost(arts: list[Article], tmp: Path, wide: bool) -> dict:
    """Index the same articles with and without stored sentence vectors (fresh stores, cold
    encoder cache each time): articles/s and store size, side by side."""
    out = {}
    for name, keep in (("with", True), ("without", False)):
        db = tmp / f"cost-{name}"
        with Corpus.open(db, sentence_vectors=keep, wide=wide) as corpus:
            clear_caches(corpus)
            t0 = time.perf_counter()
            corpus.add(arts)
            secs = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in db.iterdir() if f.is_file())
        out[name] = {"articles_per_s": round(len(arts) / secs, 1),
                     "kb_per_article": round(size / 1024 / len(arts), 1)}
    out["articles"] = len(arts)
    out["speed_ratio_with_over_without"] = round(
        out["with"]["articles_per_s"] / out["without"]["articles_per_s"], 2)
    return out


def run_wmt21(args, tmp: Path) -> dict:
    base, systems, gold = load_wmt21(args.limit)
    out = {}
    base_db = Path(args.cache) / "wmt21" if args.cache else tmp / "wmt21"
    with Corpus.open(base_db, wide=args.wide) as corpus:
        corpus.add(base)
    names = sorted(systems)[: args.systems] if args.systems else sorted(systems)
    for system in names:
        # a fresh copy of the base store per system: copy the directory
        import shutil

        d = tmp / f"wmt21-{re.sub(r'[^A-Za-z0-9]', '_', system)}"
        shutil.copytree(base_db, d)
        with Corpus.open(d) as corpus:
            corpus.add(systems[system])

            def same(g, h):
                return h is not None and h[0] == g[0] and h[1] == g[1]

            def orig(g, h):
                return same(g, h) and h[2] == "src"

            qs = systems[system]
            cand = _rank_eval(corpus, qs, gold, same_doc=same, is_orig=orig, rerank=False)
            rq = qs[: args.rerank_limit] if args.rerank_limit else qs
            rer = _rank_eval(corpus, rq, gold, same_doc=same, is_orig=orig, rerank=True)
        shutil.rmtree(d)
        out[system] = {"candidates_only": cand, "reranked": rer}
    return out


def clear_caches(corpus) -> None:
    """Forget the sentence vectors both encoders cached (the wide one reads the reports of
    queries in languages the default encoder lacks)."""
    corpus.encoder.clear_cache()
    wide = sourcier.compare.wide_reader()
    if wide is not None:
        wide.clear_cache()


def print_news(news: dict, goal: float) -> None:
    print(f"\nwmt-news: {news['articles']} articles in one corpus, indexed in "
          f"{news['index_seconds']} s")
    print(f"{'measure':42} {'sourcier':>9} {'goal':>6}")
    for mode in ("candidates_only", "reranked"):
        r = news[mode]
        print(f"{'P@1 ' + mode + ' (' + str(r['queries']) + ' queries)':42} "
              f"{r['p_at_1']:9.4f} {goal:6.2f}")
        print(f"{'  P@1 duplicate-aware (see below)':42} {r['p_at_1_duplicate_aware']:9.4f}")
        print(f"{'  R@5 of origlang version':42} {r['recall_orig_at_5']:9.4f}")
        print(f"{'  MRR':42} {r['mrr']:9.4f}")
        print(f"{'  median ms/query':42} {r['median_ms']:9.1f}")
    ref = news.get("reranked_without_stored_sentence_vectors")
    if ref:
        r = news["reranked"]
        print(f"{'re-ranked median ms, stored sentence vectors':42} {r['median_ms']:9.1f}")
        print(f"{'  reference: encoding at trace time':42} {ref['median_ms']:9.1f}  "
              f"(ratio {r['median_ms'] / ref['median_ms']:.2f}; P@1 {r['p_at_1']:.4f} vs "
              f"{ref['p_at_1']:.4f})")
    cost = news.get("index_cost_of_sentence_vectors")
    if cost:
        print(f"{'index articles/s with sentence vectors':42} {cost['with']['articles_per_s']:9.1f}"
              f"  without {cost['without']['articles_per_s']:.1f} (ratio "
              f"{cost['speed_ratio_with_over_without']}; {cost['articles']} articles)")
        print(f"{'  store KB per article':42} {cost['with']['kb_per_article']:9.1f}"
              f"  without {cost['without']['kb_per_article']:.1f}")
    print("\nper pair (query -> original): P@1 candidates only / re-ranked, duplicate-aware "
          "P@1 (candidates), R@5 of original")
    rp = news["reranked"]["pairs"]
    for k, v in news["candidates_only"]["pairs"].items():
        rr = rp.get(k, {})
        below = "  BELOW" if v["p_at_1"] < goal else ""
        print(f"  {k:8} n={v['n']:4}  P@1 {v['p_at_1']:.3f} / {rr.get('p_at_1', float('nan')):.3f}"
              f"  dup-aware {v['p_at_1_duplicate_aware']:.3f}"
              f"  R@5 {v['recall_orig_at_5']:.3f}{below}")
    print("\nduplicate documents (two WMT docids whose original-language versions share >= "
          f"{DUP_CONTAINMENT:.0%} of their word 3-shingles): a query ranking its twin first "
          "fails the strict P@1 and passes the duplicate-aware one")
    for a, b, year in news.get("duplicate_documents", []):
        print(f"  {year}: {a} ~ {b}")
    fails = news["candidates_only"]["failures"]
    print(f"\nfailures (candidates only, first {len(fails)}):")
    for f in fails:
        tag = " [duplicate]" if f.get("duplicate") else ""
        print(f"  {f['query']} -> {f['rank1_gold'][:3] if f['rank1_gold'] else None}{tag}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--limit", type=int, help="documents per file (quick run)")
    ap.add_argument("--rerank-limit", type=int, default=300,
                    help="queries traced with compare re-ranking (0 = all)")
    ap.add_argument("--systems", type=int, default=0, help="WMT21 MT systems to run (0 = all)")
    ap.add_argument("--index-sample", type=int, default=300,
                    help="articles indexed twice, with and without stored sentence vectors, "
                         "to measure what storing them costs (0: skip)")
    ap.add_argument("--wide", action=argparse.BooleanOptionalAction, default=True,
                    help="stores with wide vectors, as index makes them by default (Czech "
                         "and Hungarian queries use the wide encoder); --no-wide: stores "
                         "indexed --no-wide")
    ap.add_argument("--skip-reference", action="store_true",
                    help="skip the re-ranked run that encodes every sentence at trace time")
    ap.add_argument("--skip-wmt21", action="store_true")
    ap.add_argument("--skip-news", action="store_true")
    ap.add_argument("--cache", help="keep the base stores in this directory between runs "
                    "(re-indexing then only confirms them: idempotent)")
    args = ap.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        news = {} if args.skip_news else run_wmt_news(args, tmp)
        mt = {} if args.skip_wmt21 else run_wmt21(args, tmp)
    goal = 0.99
    if news:
        print_news(news, goal)
    if mt:
        print("\nwmt21 MT outputs (one system at a time): P@1 candidates / re-ranked   goal 0.99")
        for system, r in mt.items():
            print(f"  {system:28} n={r['candidates_only']['queries']:4} "
                  f"{r['candidates_only']['p_at_1']:.4f} / {r['reranked']['p_at_1']:.4f}"
                  f"   source at rank<=5: {r['candidates_only']['recall_orig_at_5']:.3f}")
    out = RESULTS / ("tracing.json" if args.wide else "tracing-lean.json")
    if args.limit:
        out = RESULTS / "tracing-limited.json"
    out.write_text(json.dumps(
        {"goal_p_at_1": goal, "wmt_news": news, "wmt21": mt, "args": vars(args)}, indent=2))
    print(f"\nresults: {out}")


if __name__ == "__main__":
    main()
