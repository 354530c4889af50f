"""Extraction benchmark on the Article Extraction Benchmark (AEB): sourcier vs trafilatura.

Run: ``.venv/bin/python benchmarks/extraction.py [--limit N] [--runs 3]``

Both systems run in the same process on the same pages. Quality is scored the way AEB's
``evaluate.py`` does (reimplemented here):

- tokens are ``\\w+`` matches; shingles are 4-token n-grams counted as a **multiset** (a text of
  fewer than 4 tokens is one shorter shingle; an empty text has none);
- per page, TP/FP/FN are multiset intersections/differences, normalised by their sum;
- precision is averaged over pages with TP+FP > 0 (an empty prediction does not count in
  precision but scores recall 0), recall over pages with TP+FN > 0; F1 = 2PR/(P+R) of the means;
- AEB "accuracy": the predicted token sequence equals the gold one exactly. We also report the
  share of pages with page-level F1 >= 0.99 ("near-exact pages").

"Republisher footer left in body": paragraphs of the prediction that are absent from the gold
body (less than half their 4-shingles in it) and read as promotion by an independent lexicon
(share / subscribe / newsletter / donate / follow us / read the original / ...). Counted in pages.

Throughput: pages per CPU-second of this single-threaded process (``time.process_time``: the
machine is shared, wall time would mostly measure the neighbours), over the whole set, median
over ``--runs`` runs; HTML decoded beforehand; the systems run interleaved page by page. sourcier's figure is the full ``extract_all`` pipeline (body, metadata,
links, boilerplate, provenance, per-paragraph language, sentences, site templates).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SOURCIER_SHARED_DATA", ROOT.parent / "shared" / "data")) / "aeb"
RESULTS = ROOT / "benchmarks" / "results" / "extraction.json"
PUBLISHED = {"trafilatura 2.0.0": 0.958, "rs_trafilatura": 0.970, "readability": 0.922}

_TOKEN = re.compile(r"\w+")
_PROMO = re.compile(
    r"\b(share|shares this|subscribe|newsletter|sign up|donat\w*|paypal|tipeee|patreon|"
    r"follow us|original article|first appeared|originally published|read more|"
    r"related (articles|stories)|advertisement|all rights reserved|partag\w*|abonne\w*|"
    r"inscri\w*|soutenez|faites un don|lettre d'information|article original)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ AEB scoring


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over shingle multisets."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    counts = {k: page_counts(gold[k], pred.get(k) or "") for k in gold}
    ps = [_precision(*c) for c in counts.values() if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts.values() if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    page_f1 = {}
    for k, c in counts.items():
        pp, rr = _precision(*c), _recall(*c)
        page_f1[k] = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "accuracy": statistics.mean(
            float(tokens(gold[k]) == tokens(pred.get(k) or "")) for k in gold),
        "near_exact": statistics.mean(float(f >= 0.99) for f in page_f1.values()),
        "empty": sum(1 for k in gold if not tokens(pred.get(k) or "")),
    }


def footers_left(gold: dict[str, str], pred: dict[str, str]) -> tuple[int, int, list[str]]:
    """(pages, paragraphs) with a promotional paragraph that is not part of the gold body."""
    pages, paras, examples = 0, 0, []
    for k in gold:
        g = shingles(gold[k])
        hit = 0
        for para in (pred.get(k) or "").split("\n"):
            if not para.strip() or not _PROMO.search(para) or len(tokens(para)) > 80:
                continue
            sh = shingles(para)
            inside = sum((sh & g).values()) / max(1, sum(sh.values()))
            if inside < 0.5:
                hit += 1
                if len(examples) < 8:
                    examples.append(para[:100])
        pages += bool(hit)
        paras += hit
    return pages, paras, examples


# ------------------------------------------------------------------ systems


def load(limit: int | None) -> tuple[dict[str, str], dict[str, str], dict[str, str | None]]:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    html = {}
    for k in ids:
        with gzip.open(DATA / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            html[k] = f.read()
    return ({k: truth[k].get("articleBody", "") for k in ids}, html,
            {k: truth[k].get("url") for k in ids})


def run_all(html: dict[str, str], urls: dict[str, str | None], runs: int
            ) -> tuple[dict[str, dict[str, str]], dict[str, list[float]]]:
    """Run every system on every page, interleaved page by page (fair under a varying load).

    sourcier = ``extract_page`` per page, then the site-template pass of ``extract_all`` over
    the batch (timed and added), which is exactly what ``extract_all(pages)`` does.
    """
    import trafilatura

    from sourcier.extract import SiteTemplates, extract_page
    from sourcier.model import Article, Page

    names = list(SYSTEMS)
    preds: dict[str, dict[str, str]] = {n: {} for n in names}
    times: dict[str, list[float]] = {n: [] for n in names}
    clock = time.process_time  # CPU seconds of this (single-threaded) process
    for _ in range(runs):
        spent = dict.fromkeys(names, 0.0)
        articles = []
        for k, h in html.items():
            t0 = clock()
            preds[names[0]][k] = trafilatura.extract(h, url=urls[k]) or ""
            t1 = clock()
            preds[names[1]][k] = trafilatura.extract(h, url=urls[k], include_comments=False) or ""
            t2 = clock()
            articles.append(extract_page(Page(source=k, content=h, url=urls[k])))
            t3 = clock()
            spent[names[0]] += t1 - t0
            spent[names[1]] += t2 - t1
            spent[names[2]] += t3 - t2
        t0 = clock()
        learner = SiteTemplates()
        for a in articles:
            if isinstance(a, Article):
                learner.observe(a)
        final = [learner.apply(a) if isinstance(a, Article) else a for a in articles]
        spent[names[2]] += clock() - t0
        preds[names[2]] = {a.source: (a.text if isinstance(a, Article) else "") for a in final}
        for n in names:
            times[n].append(spent[n])
    return preds, times


SYSTEMS = ["trafilatura.extract (defaults)", "trafilatura (AEB run: include_comments=False)",
           "sourcier extract_all"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per system (median)")
    ap.add_argument("--output", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"AEB data not found at {DATA}", file=sys.stderr)
        return 2
    gold, html, urls = load(args.limit)
    n = len(gold)

    # warm-up (imports, language model, sentence rules), not timed
    first = dict(list(html.items())[:2])
    run_all(first, urls, 1)

    preds, times = run_all(html, urls, args.runs)
    results: dict[str, dict] = {}
    for name in SYSTEMS:
        m = score(gold, preds[name])
        fp, fpar, examples = footers_left(gold, preds[name])
        m.update(pages_per_s=n / statistics.median(times[name]),
                 runs_s=[round(t, 3) for t in times[name]],
                 footer_pages=fp, footer_paragraphs=fpar, footer_examples=examples)
        results[name] = m

    ref = results["trafilatura.extract (defaults)"]
    ours = results["sourcier extract_all"]
    cols = ["F1", "P", "R", "acc", "F1>=.99", "pages/s", "footers"]
    print(f"AEB: {n} pages, {args.runs} runs (pages/s = pages per CPU-second, median of runs)")
    print(f"{'system':48s}" + "".join(f"{c:>9s}" for c in cols))
    for name, m in results.items():
        row = [m["f1"], m["precision"], m["recall"], m["accuracy"], m["near_exact"]]
        print(f"{name:48s}" + "".join(f"{v:9.3f}" for v in row)
              + f"{m['pages_per_s']:9.1f}{m['footer_pages']:9d}")
    f1_ratio = ours["f1"] / ref["f1"] if ref["f1"] else 0.0
    speed_ratio = ours["pages_per_s"] / ref["pages_per_s"] if ref["pages_per_s"] else 0.0
    print(f"{'sourcier / trafilatura defaults':48s}{f1_ratio:9.3f}" + " " * 36
          + f"{speed_ratio:9.2f}")
    print(f"published: trafilatura 2.0.0 F1 {PUBLISHED['trafilatura 2.0.0']}; goal: sourcier F1 >= "
          f"trafilatura's, throughput >= 0.75 x trafilatura's, 0 republisher footers")
    goal = {"f1_at_least_trafilatura": ours["f1"] >= ref["f1"],
            "f1_at_least_published": ours["f1"] >= PUBLISHED["trafilatura 2.0.0"],
            "throughput_at_least_0.75": speed_ratio >= 0.75,
            "no_footer_left": ours["footer_pages"] == 0}
    print("goals: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in goal.items()))
    if ours["footer_examples"]:
        print("sourcier promo-like paragraphs outside the gold body:")
        for ex in ours["footer_examples"]:
            print(f"  {ex!r}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    import trafilatura

    args.output.write_text(json.dumps({
        "benchmark": "extraction (AEB)", "pages": n, "runs": args.runs,
        "trafilatura_version": trafilatura.__version__, "published": PUBLISHED,
        "systems": results, "ratio_to_trafilatura": {"f1": f1_ratio, "pages_per_s": speed_ratio},
        "goals": goal, "accuracy_definition": "AEB: token sequence equal; near_exact: page F1>=0.99",
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
