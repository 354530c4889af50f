"""Direction benchmark: is the traced ``original`` the version written in ``origlang``?

WMT news (2008-2011, newsdiscussdev2015) has no publication dates, so only text evidence
counts (what ``compare`` reads: translation tell-tales, coverage asymmetries...).

- pairs: for a document's origlang version O and one translation T, sourcier's trace logic
  decides between the two (``sourcier.corpus.trace.choose_original`` with the other version
  as the only related candidate). Both orders are asked: tracing T must name O, tracing O
  must answer "the query is original". Chance = 0.5.
- families: a document's versions (all languages) form one family; the family origin chosen
  by ``sourcier.corpus.families`` (text comparisons over the family's edges) must be the
  origlang version. Chance = 1 / number of versions.

    .venv/bin/python benchmarks/direction.py [--limit N] [--families N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sourcier.corpus import Corpus  # noqa: E402
from sourcier.corpus.trace import choose_original, compare_function  # noqa: E402
from sourcier.model import Candidate  # noqa: E402
from tracing import load_wmt_news  # noqa: E402

GOAL = 0.85


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=120, help="version pairs (each asked twice)")
    ap.add_argument("--families", type=int, default=8, help="whole families")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    compare = compare_function()
    if compare is None:
        sys.exit("sourcier.compare is not available")
    arts, gold = load_wmt_news()
    docs: dict[tuple, dict[str, object]] = defaultdict(dict)
    for a in arts:
        year, docid, lang, orig = gold[a.id]
        docs[(year, docid)][lang] = a
    rng = random.Random(args.seed)
    pairs = []
    for _key, versions in sorted(docs.items()):
        orig = gold[next(iter(versions.values())).id][3]
        if orig not in versions:
            continue
        for lang, art in versions.items():
            if lang != orig:
                pairs.append((versions[orig], art))
    rng.shuffle(pairs)
    pairs = pairs[: args.limit]
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        corpus = Corpus.open(Path(td) / "d")  # empty: choose_original only needs the encoder
        ok_t = ok_o = 0
        by_pair: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        t0 = time.perf_counter()
        for o, t in pairs:
            cand_o = Candidate(id=o.id, url=o.url, lang=o.lang, verdict="translation", score=1)
            cand_t = Candidate(id=t.id, url=t.url, lang=t.lang, verdict="translation", score=1)
            reports = {o.id: compare(t, o, encoder=corpus.encoder)}
            got, _ = choose_original(corpus, t, [cand_o], reports, compare)
            ok_t += got == o.id
            reports = {t.id: compare(o, t, encoder=corpus.encoder)}
            got2, _ = choose_original(corpus, o, [cand_t], reports, compare)
            ok_o += got2 is None
            key = f"{t.lang}<-{o.lang}"
            by_pair[key][0] += (got == o.id) + (got2 is None)
            by_pair[key][1] += 2
        pair_s = time.perf_counter() - t0
        n = len(pairs)
        acc = (ok_t + ok_o) / (2 * n) if n else 0.0
        # whole families
        fam_docs = [v for v in docs.values() if len(v) >= 3]
        rng.shuffle(fam_docs)
        fam_ok = fam_n = 0
        chance = []
        for versions in fam_docs[: args.families]:
            orig = gold[next(iter(versions.values())).id][3]
            if orig not in versions:
                continue
            with Corpus.open(Path(td) / f"f{fam_n}") as fc:
                fc.add(list(versions.values()))
                fams = fc.families(use_compare=True)
            fam_n += 1
            chance.append(1 / len(versions))
            if fams and fams[0].origin == versions[orig].id:
                fam_ok += 1
        corpus.close()
    print(f"\ndirection on {n} WMT version pairs (both orders; chance 0.5), text evidence only")
    print(f"{'measure':40} {'sourcier':>9} {'goal':>6}")
    print(f"{'pair accuracy':40} {acc:9.3f} {GOAL:6.2f}")
    print(f"{'  tracing the translation names the orig.':40} {ok_t / max(1, n):9.3f}")
    print(f"{'  tracing the original: query original':40} {ok_o / max(1, n):9.3f}")
    fam_acc = fam_ok / fam_n if fam_n else float("nan")
    print(f"{'family origin = origlang version':40} {fam_acc:9.3f} "
          f"(chance {sum(chance) / max(1, len(chance)):.2f}, {fam_n} families)")
    print(f"{'median-free total seconds (pairs)':40} {pair_s:9.1f}")
    for k, (good, tot) in sorted(by_pair.items()):
        print(f"  {k:8} {good / tot:.3f} (n={tot})")
    (RESULTS / "direction.json").write_text(json.dumps({
        "goal": GOAL, "pairs": n, "pair_accuracy": acc,
        "translation_names_original": ok_t / max(1, n), "original_says_original": ok_o / max(1, n),
        "family_accuracy": fam_acc, "families": fam_n, "by_pair": dict(by_pair),
        "args": vars(args)}, indent=2))
    print(f"results: {RESULTS / 'direction.json'}")


if __name__ == "__main__":
    main()
