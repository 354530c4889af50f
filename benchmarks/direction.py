"""Direction benchmark: which of two versions of a WMT news document is the original?

WMT news (2008-2011, newsdiscussdev2015) has no dates, bylines or declared sources, so only
text evidence counts. Gold: the version in the document's ``origlang`` is the original, every
other version a professional human translation.

- pairs: for a document's origlang version O and one translation T,
  ``sourcier.compare.direction.estimate_direction`` is asked in both orders (O, T) and (T, O).
  A pair scores 1 when right, 0 when wrong, 0.5 when the answer is "unknown" (= chance).
  **The figure compared to the goal is this overall accuracy on the held-out years
  (2010, 2011, newsdiscussdev2015)**; accuracy on decided pairs and coverage are printed too,
  and the same figures on the training years (2008-2009) for reference.
- families, round robin: every pair of a document's versions (all languages) is asked; the
  version with most net wins must be the origlang version (held-out years).
- families (``--families N``, slow: builds a corpus per family): the family origin chosen by
  ``sourcier.corpus.families`` over all versions must be the origlang version, held-out years.
- ``--train``: refit ``src/sourcier/compare/translationese_weights.json`` on 2008-2009 only.

    .venv/bin/python benchmarks/direction.py [--limit N] [--families N] [--train]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sourcier.compare import translationese as tr  # noqa: E402
from sourcier.compare.direction import estimate_direction  # noqa: E402
from tracing import load_wmt_news  # noqa: E402

GOAL = 0.85
TRAIN_YEARS = ("news-test2008", "newstest2009")
TEST_YEARS = ("newstest2010", "newstest2011", "newsdiscussdev2015")
NB_VOCAB = 300  # words kept per text language
NB_ALPHA = 0.5


def load_docs() -> tuple[dict, dict]:
    """(year, docid) -> {lang: Article}; (year, docid) -> origlang."""
    arts, gold = load_wmt_news()
    docs: dict[tuple, dict] = defaultdict(dict)
    orig: dict[tuple, str] = {}
    for a in arts:
        year, docid, lang, o = gold[a.id]
        docs[(year, docid)][lang] = a
        orig[(year, docid)] = o
    return docs, orig


def make_pairs(docs: dict, orig: dict, years: tuple[str, ...]) -> list[tuple]:
    """(year, original article, translation article) for every translated version."""
    out = []
    for key, versions in sorted(docs.items()):
        o = orig[key]
        if key[0] in years and o in versions:
            out.extend((key[0], versions[o], t) for lang, t in sorted(versions.items())
                       if lang != o)
    return out


# ---------------------------------------------------------------- training (2008-2009 only)

def fit_nb(docs: dict, orig: dict, years: tuple[str, ...]) -> dict:
    """Per text language: naive Bayes over distinct words, classes = origlang."""
    df: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    ndocs: dict[str, Counter] = defaultdict(Counter)
    for key, versions in docs.items():
        if key[0] not in years:
            continue
        for lang, art in versions.items():
            ws = tr.words(art.text)
            df[lang][orig[key]].update(ws)
            ndocs[lang][orig[key]] += 1
    nb = {}
    for lang, by_class in df.items():
        classes = sorted(c for c in by_class if ndocs[lang][c] >= 5)
        total = Counter()
        for c in classes:
            total.update(by_class[c])
        cand = [w for w, n in total.items() if n >= 3]
        # log P(w | class) with additive smoothing, on document frequencies
        logp = {}
        for c in classes:
            denom = ndocs[lang][c] + 2 * NB_ALPHA
            logp[c] = {w: math.log((by_class[c][w] + NB_ALPHA) / denom) for w in cand}
        # keep the words whose probability varies most across classes, weighted by frequency
        spread = {w: (max(logp[c][w] for c in classes) - min(logp[c][w] for c in classes))
                  * math.log(1 + total[w]) for w in cand}
        keep = sorted(cand, key=spread.__getitem__, reverse=True)[:NB_VOCAB]
        nb[lang] = {"classes": classes,
                    "vocab": {w: [round(logp[c][w], 2) for c in classes] for w in sorted(keep)}}
    return nb


def fit_lr(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 3000) -> np.ndarray:
    """Logistic regression without intercept (features are antisymmetric)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * w
        w -= 0.5 * grad
    return w


def train(docs: dict, orig: dict) -> tr.Model:
    pairs = make_pairs(docs, orig, TRAIN_YEARS)
    # usual length ratio per language pair: mean of the two directions' means
    ratios: dict[str, dict[bool, list[float]]] = defaultdict(lambda: defaultdict(list))
    for _y, o, t in pairs:
        l1, l2 = sorted((o.lang, t.lang))
        a, b = (o, t) if o.lang == l1 else (t, o)
        ratios[f"{l1}|{l2}"][a is o].append(math.log(len(a.text) / len(b.text)))
    len_mu = {k: round(float(np.mean([np.mean(v[True]), np.mean(v[False])])), 4)
              for k, v in ratios.items() if v[True] and v[False]}
    # out-of-fold locality scores: naive Bayes fitted on the other training year
    nb_fold = {yr: fit_nb(docs, orig, tuple(x for x in TRAIN_YEARS if x != yr))
               for yr in TRAIN_YEARS}
    model = tr.Model(coef=[0.0, 0.0, 0.0], abstain=0.0, len_mu=len_mu, nb={})
    xs, ys = [], []
    for yr, o, t in pairs:
        f = tr.pair_features(o.text, o.lang, t.text, t.lang, model, nb=nb_fold[yr])
        xs += [f, [-v for v in f]]
        ys += [1, 0]
    x, y = np.array(xs), np.array(ys, dtype=float)
    w = fit_lr(x, y)
    return tr.Model(coef=[round(float(v), 4) for v in w], abstain=0.05, len_mu=len_mu,
                    nb=fit_nb(docs, orig, TRAIN_YEARS))


def save(model: tr.Model) -> None:
    tr.WEIGHTS.write_text(json.dumps({
        "about": "sourcier translationese direction model; fitted on WMT news 2008-2009 by "
                 "benchmarks/direction.py --train",
        "features": list(tr.FEATURES), "coef": model.coef, "abstain": model.abstain,
        "len_mu": model.len_mu, "nb": model.nb}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8")


# ---------------------------------------------------------------- evaluation

def evaluate(pairs: list[tuple]) -> dict:
    """Both orders per pair; unknown counts 0.5."""
    score = decided = right = 0.0
    by_pair: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    by_year: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    times = []
    for yr, o, t in pairs:
        for first, second, want in ((o, t, "a"), (t, o, "b")):
            t0 = time.perf_counter()
            got, _ = estimate_direction(first, second)
            times.append(time.perf_counter() - t0)
            s = 0.5 if got == "unknown" else float(got == want)
            score += s
            if got != "unknown":
                decided += 1
                right += s
            k = f"{t.lang}<-{o.lang}"
            by_pair[k][0] += s
            by_pair[k][1] += 1
            by_year[yr][0] += s
            by_year[yr][1] += 1
    n = 2 * len(pairs)
    return {"pairs": len(pairs), "overall_accuracy": score / max(1, n),
            "decided_accuracy": right / max(1, decided), "coverage": decided / max(1, n),
            "median_ms": 1000 * float(np.median(times)) if times else 0.0,
            "by_pair": {k: round(v[0] / v[1], 3) for k, v in sorted(by_pair.items())},
            "by_year": {k: round(v[0] / v[1], 3) for k, v in sorted(by_year.items())}}


def round_robin(docs: dict, orig: dict, years: tuple[str, ...]) -> dict:
    """Family origin without a corpus: every pair of a document's versions is asked, the
    version with most net wins is the origin (ties: unknown counts 1/number tied)."""
    ok = n = 0.0
    chance = []
    for key, versions in docs.items():
        if key[0] not in years or orig[key] not in versions or len(versions) < 3:
            continue
        wins: Counter = Counter()
        langs = sorted(versions)
        for i, la in enumerate(langs):
            for lb in langs[i + 1:]:
                side, _ = estimate_direction(versions[la], versions[lb])
                if side != "unknown":
                    win, lose = (la, lb) if side == "a" else (lb, la)
                    wins[win] += 1
                    wins[lose] -= 1
        best = max(wins[la] for la in langs)
        top = [la for la in langs if wins[la] == best]
        ok += (orig[key] in top) / len(top)
        n += 1
        chance.append(1 / len(langs))
    return {"accuracy": ok / max(1, n), "families": int(n),
            "chance": sum(chance) / max(1, len(chance))}


def families(docs: dict, orig: dict, n: int, rng: random.Random) -> tuple[float, int, float]:
    from sourcier.corpus import Corpus

    fam = [(k, v) for k, v in docs.items() if k[0] in TEST_YEARS and len(v) >= 3
           and orig[k] in v]
    rng.shuffle(fam)
    ok = done = 0
    chance = []
    with tempfile.TemporaryDirectory() as td:
        for i, (key, versions) in enumerate(fam[:n]):
            with Corpus.open(Path(td) / f"f{i}") as fc:
                fc.add(list(versions.values()))
                fams = fc.families(use_compare=True)
            done += 1
            chance.append(1 / len(versions))
            ok += bool(fams) and fams[0].origin == versions[orig[key]].id
    return ok / max(1, done), done, sum(chance) / max(1, len(chance))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="version pairs per split (0 = all)")
    ap.add_argument("--families", type=int, default=0, help="whole families (slow; 0 = skip)")
    ap.add_argument("--train", action="store_true", help="refit the weights on 2008-2009")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs, orig = load_docs()
    if args.train:
        model = train(docs, orig)
        save(model)
        tr.load_model.cache_clear()
        print(f"trained on {', '.join(TRAIN_YEARS)}: coef {dict(zip(tr.FEATURES, model.coef, strict=True))}"
              f" -> {tr.WEIGHTS.name}")
    splits = {}
    for name, years in (("held-out 2010-2011+2015", TEST_YEARS), ("train 2008-2009", TRAIN_YEARS)):
        pairs = make_pairs(docs, orig, years)
        rng.shuffle(pairs)
        if args.limit:
            pairs = pairs[: args.limit]
        splits[name] = evaluate(pairs)
    held = splits["held-out 2010-2011+2015"]
    print("\ndirection on WMT version pairs, both orders, text evidence only (chance 0.5)")
    print(f"{'measure':46} {'sourcier':>9} {'goal':>6}")
    print(f"{'HELD-OUT overall accuracy (unknown=0.5)':46} {held['overall_accuracy']:9.3f} "
          f"{GOAL:6.2f}   <- compared to the goal")
    for name, r in splits.items():
        print(f"{name} ({r['pairs']} pairs, median {r['median_ms']:.1f} ms/call)")
        print(f"{'  overall accuracy (unknown=0.5)':46} {r['overall_accuracy']:9.3f}")
        print(f"{'  accuracy on decided':46} {r['decided_accuracy']:9.3f}")
        print(f"{'  coverage (decided / asked)':46} {r['coverage']:9.3f}")
        print("  by year: " + ", ".join(f"{k} {v:.3f}" for k, v in r["by_year"].items()))
    print("held-out by pair (translation<-original): " + ", ".join(
        f"{k} {v:.2f}" for k, v in held["by_pair"].items()))
    rr = round_robin(docs, orig, TEST_YEARS)
    print(f"{'family origin, round robin (held-out)':46} {rr['accuracy']:9.3f} "
          f"(chance {rr['chance']:.2f}, {rr['families']} families)")
    fam = None
    if args.families:
        acc, n, chance = families(docs, orig, args.families, rng)
        fam = {"accuracy": acc, "families": n, "chance": chance}
        print(f"{'family origin, corpus.families (held-out)':46} {acc:9.3f} "
              f"(chance {chance:.2f}, {n} families)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "direction.json").write_text(json.dumps({
        "goal": GOAL, "goal_measure": "held-out overall accuracy (unknown counts 0.5)",
        "held_out_years": TEST_YEARS, "train_years": TRAIN_YEARS, "splits": splits,
        "family_round_robin": rr, "families_corpus": fam, "args": vars(args)}, indent=2))
    print(f"results: {RESULTS / 'direction.json'}")


if __name__ == "__main__":
    main()
