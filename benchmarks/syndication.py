"""Syndication benchmark: families of copies vs a reference, pairwise P/R and cluster ARI.

- passim-impresso: 16,101 reused passages from Swiss French newspapers (1900, OCR) in 5,458
  clusters found by passim. Every passage is indexed as one article; sourcier's families are
  compared with passim's clusters.
- helsinki-syndication: 612 English articles on the 2018 Helsinki summit, unlabelled. The
  reference is built independently of sourcier's MinHash: two articles are copies when one
  shares long verbatim spans with the other, i.e. at least REF_CONTAINMENT of the shorter
  article's word 12-grams appear verbatim in the longer one; reference clusters are the
  connected components of that relation. (sourcier uses 3-word shingles, MinHash and a
  Jaccard threshold: a different measure.)

Families use the default thresholds on both (a sweep over Jaccard/containment thresholds
on the full passim set peaked at ARI ~0.51: passim's clusters are per reuse event, so the same
recurring notice sits in several of them, and OCR noise breaks shingles; lower thresholds
chain everything). Both corpora are monolingual: the model-free ``char-hash`` encoder is used for the document
vectors (MinHash carries same-language copies), so the benchmark runs in minutes.

    .venv/bin/python benchmarks/syndication.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "src"))

from sourcier.corpus import Corpus  # noqa: E402
from sourcier.extract import site_of  # noqa: E402
from sourcier.model import Article, Paragraph, article_id  # noqa: E402

REF_NGRAM = 12
REF_CONTAINMENT = 0.5
GOAL_ARI = 0.9


# ------------------------------------------------------------------------- metrics


def adjusted_rand_index(labels_true: list, labels_pred: list) -> float:
    """ARI (Hubert & Arabie) from the contingency table; 1.0 = identical partitions."""
    n = len(labels_true)
    if n < 2:
        return 1.0
    cont = Counter(zip(labels_true, labels_pred, strict=True))
    sum_cells = sum(comb(v, 2) for v in cont.values())
    sum_a = sum(comb(v, 2) for v in Counter(labels_true).values())
    sum_b = sum(comb(v, 2) for v in Counter(labels_pred).values())
    expected = sum_a * sum_b / comb(n, 2)
    max_index = (sum_a + sum_b) / 2
    if max_index == expected:
        return 1.0
    return (sum_cells - expected) / (max_index - expected)


def pair_set(labels: dict[str, object]) -> set[tuple[str, str]]:
    groups = defaultdict(list)
    for item, lab in labels.items():
        groups[lab].append(item)
    out = set()
    for members in groups.values():
        if len(members) > 1:
            out.update(tuple(sorted(p)) for p in combinations(members, 2))
    return out


def pairwise_pr(ref: dict[str, object], pred: dict[str, object]) -> dict[str, float]:
    r, p = pair_set(ref), pair_set(pred)
    tp = len(r & p)
    prec = tp / len(p) if p else 1.0
    rec = tp / len(r) if r else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "ref_pairs": len(r),
            "pred_pairs": len(p)}


# ---------------------------------------------------------------------------- data


def plain_article(text: str, *, url: str, published: str | None, source: str,
                  lang: str) -> Article:
    """An Article without sentence splitting (fast; MinHash and anchors need the text only)."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n| ### ", text) if p.strip()]
    body = "\n\n".join(paras)
    pos, paragraphs = 0, []
    for p in paras:
        paragraphs.append(Paragraph(start=pos, end=pos + len(p), lang=lang))
        pos += len(p) + 2
    return Article(id=article_id(body, url), source=source, text=body, url=url,
                   site=site_of(url), published=published, lang=lang, paragraphs=paragraphs)


def load_passim(limit: int | None) -> tuple[list[Article], dict[str, int]]:
    folder = DATA / "passim-impresso" / "impresso" / "passim-output" / "out.json"
    arts, gold = [], {}
    for f in sorted(folder.glob("*.json")):
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            text = re.sub(r"(\w)-\n(\w)", r"\1\2", rec["text"])  # OCR line-end hyphens
            url = f"https://{rec['series'].lower()}.impresso.example/{rec['id']}#{rec['uid']}"
            a = plain_article(text, url=url, published=rec.get("date"), source=str(rec["uid"]),
                              lang="fr")
            if not a.text:
                continue
            arts.append(a)
            gold[a.id] = rec["cluster"]
    if limit:
        # keep whole clusters: the first clusters holding about ``limit`` passages
        keep, n = set(), 0
        for c in sorted(set(gold.values())):
            if n >= limit:
                break
            keep.add(c)
            n += sum(1 for v in gold.values() if v == c)
        arts = [a for a in arts if gold[a.id] in keep]
        gold = {a.id: gold[a.id] for a in arts}
    return arts, gold


def load_helsinki(limit: int | None) -> list[Article]:
    path = DATA / "helsinki-syndication" / "data" / "helsinki_articles.csv"
    csv.field_size_limit(10**8)
    arts = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            url = f"https://{row['publisher']}/helsinki/{row['id']}"
            published = (row.get("scrape_time") or "")[:19] or None
            a = plain_article(row["text"], url=url, published=published, source=row["id"],
                              lang="en")
            if a.text:
                arts.append(a)
            if limit and len(arts) >= limit:
                break
    return arts


def verbatim_reference(arts: list[Article]) -> dict[str, int]:
    """Reference clusters from long verbatim spans (see the module docstring)."""
    grams: dict[str, set[int]] = {}
    index: dict[int, set[str]] = defaultdict(set)
    for a in arts:
        words = re.findall(r"\w+", a.text.lower())
        g = {hash(" ".join(words[i : i + REF_NGRAM])) for i in range(len(words) - REF_NGRAM + 1)}
        grams[a.id] = g
        for h in g:
            index[h].add(a.id)
    parent = {a.id: a.id for a in arts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    shared: Counter = Counter()
    for ids in index.values():
        if 1 < len(ids) < 200:
            for p in combinations(sorted(ids), 2):
                shared[p] += 1
    for (x, y), n in shared.items():
        small = min(len(grams[x]), len(grams[y])) or 1
        if n / small >= REF_CONTAINMENT:
            parent[find(x)] = find(y)
    return {a.id: find(a.id) for a in arts}


# --------------------------------------------------------------------------- runs


def evaluate(arts: list[Article], gold: dict[str, object], db: Path, name: str,
             **thresholds: float) -> dict:
    t0 = time.perf_counter()
    with Corpus.open(db, encoder="char-hash") as corpus:
        corpus.add(arts, batch_size=256)
        t_index = time.perf_counter() - t0
        t1 = time.perf_counter()
        fams = corpus.families(use_compare=False, **thresholds)
        t_fam = time.perf_counter() - t1
    pred: dict[str, object] = {}
    for f in fams:
        for m in f.members:
            pred[m.id] = f.id
    ids = [a.id for a in arts if a.id in gold]
    for i in ids:  # singletons are their own family
        pred.setdefault(i, f"single-{i}")
    ari = adjusted_rand_index([gold[i] for i in ids], [pred[i] for i in ids])
    pr = pairwise_pr({i: gold[i] for i in ids}, {i: pred[i] for i in ids})
    n_ref = len(set(gold[i] for i in ids))
    return {"name": name, "articles": len(ids), "reference_clusters": n_ref,
            "families": len(fams), "ari": ari, **pr, "thresholds": thresholds,
            "index_seconds": round(t_index, 1), "families_seconds": round(t_fam, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="about this many passages/articles per data set")
    args = ap.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = []
    with tempfile.TemporaryDirectory() as td:
        h = load_helsinki(args.limit)
        ref = verbatim_reference(h)
        out.append(evaluate(h, ref, Path(td) / "helsinki", "helsinki-syndication"))
        p, gold = load_passim(args.limit)
        out.append(evaluate(p, gold, Path(td) / "passim", "passim-impresso"))
    print(f"\n{'data set':22} {'n':>6} {'ref cl.':>7} {'fams':>5} {'pair P':>7} {'pair R':>7} "
          f"{'ARI':>6} {'goal':>5}")
    for r in out:
        print(f"{r['name']:22} {r['articles']:6} {r['reference_clusters']:7} {r['families']:5} "
              f"{r['precision']:7.3f} {r['recall']:7.3f} {r['ari']:6.3f} {GOAL_ARI:5.2f}")
    print(f"\nhelsinki reference: articles sharing >= {REF_CONTAINMENT:.0%} of the shorter one's "
          f"word {REF_NGRAM}-grams verbatim, connected components")
    name = "syndication-limited.json" if args.limit else "syndication.json"
    (RESULTS / name).write_text(json.dumps({"goal_ari": GOAL_ARI, "results": out,
                                            "args": vars(args)}, indent=2))
    print(f"results: {RESULTS / name}")


if __name__ == "__main__":
    main()
