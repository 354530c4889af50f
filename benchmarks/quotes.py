"""Quote extraction and speaker attribution on PolNeAR (English political news), dev and train.

PolNeAR annotates every attribution (source, cue, content), including paraphrase and
attributions of thoughts ("X believes ..."), in brat standoff. We score:

- all: every content fragment (a discontinuous content counts one fragment per piece);
- direct: the gold fragments that are quotations (the fragment opens with a quotation mark)
  vs our quotes of kind "direct". A quoted fragment inside paraphrase ("X said the plan is
  a "disaster" for workers") is a gold *non*-direct fragment; we report such clauses as
  reported speech, so a direct quote predicted there counts as a false positive.

Span F1 "exact" compares spans after trimming quotation marks, spaces and final punctuation;
"overlap" accepts any shared character (one-to-one greedy matching). Speaker accuracy: over
matched (overlap) quotes whose gold attribution names a source, the share where our speaker
mention overlaps the gold source span or our speaker key matches the gold source's key (a
pronoun counts when we pick that pronoun as the mention: PolNeAR has no gold coreference).
"right speaker / gold sourced" divides the same correct count by every gold direct fragment
whose attribution names a source (an end-to-end figure that dropping quotes cannot raise).

Articles annotated by several annotators (the agreement sample) are scored once, with the
first annotation file in name order, so that they do not weigh up to six times.

Tuning and error analysis use train only; dev is the reported figure (test is never read).

    .venv/bin/python benchmarks/quotes.py [--limit N] [--split dev --split train] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcier.annotate.entities import find_entities  # noqa: E402
from sourcier.annotate.names import keys_match, name_key  # noqa: E402
from sourcier.annotate.quotes import find_quote_hits  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "data"
GOALS = {"f1_overlap": 0.84, "speaker_accuracy": 0.87}
_TRIM = " \t\n\"“”‘’'«».,;:!?—–-"


def parse_ann(path: Path) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, txt = (line.split("\t") + ["", ""])[:3]
            kind, _, rng = mid.partition(" ")
            frags = [tuple(int(x) for x in part.split()) for part in rng.split(";")]
            spans[tid] = (kind, frags, txt)  # type: ignore[assignment]
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            rels.append(dict(p.split(":", 1) for p in parts))
    out = []
    for r in rels:
        content = spans.get(r.get("Content", ""))
        if not content:
            continue
        source = spans.get(r.get("Source", ""))
        out.append({"content": content[1], "source": source[1] if source else None,
                    "source_text": source[2] if source else None})
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(golds: list[tuple[int, int]], preds: list[tuple[int, int]], exact: bool
           ) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if exact:
                if g == p:
                    pairs.append((g[1] - g[0], gi, pi))
            else:
                ov = _overlap(g, p)
                if ov > 0:
                    pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _prf(n_match: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def run(data: Path, limit: int | None) -> dict:
    anns = []
    seen: set[str] = set()
    for ann in sorted((data / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if stem not in seen:  # one annotation per article
            seen.add(stem)
            anns.append(ann)
    if limit:
        anns = anns[:limit]
    counts = {k: [0, 0, 0] for k in ("all_exact", "all_overlap", "direct_exact",
                                     "direct_overlap")}
    spk_total = spk_ok = 0
    spk_total_d = spk_ok_d = 0
    gold_sourced_d = 0  # gold direct fragments whose attribution names a source
    times = []
    words = 0
    for ann in anns:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        txt_path = data / "text" / f"{stem}.txt"
        if not txt_path.exists():
            continue
        text = txt_path.read_text(encoding="utf-8")
        words += len(text.split())
        gold = parse_ann(ann)
        t0 = time.perf_counter()
        ents = find_entities(text, "en") or []
        hits = find_quote_hits(text, "en", ents)
        times.append(time.perf_counter() - t0)
        g_frags: list[tuple[int, int]] = []
        g_owner: list[int] = []
        for i, att in enumerate(gold):
            for s, e in att["content"]:
                g_frags.append(_trim(text, s, e))
                g_owner.append(i)
        p_spans = [_trim(text, h.quote.start, h.quote.end) for h in hits]
        direct_g = [i for i, (s, e) in enumerate(g_frags)
                    if e > s and s > 0 and text[s - 1] in "\"“‘'"]
        direct_p = [i for i, h in enumerate(hits) if h.quote.kind == "direct"]
        for name, gi_list, pi_list in (("all", range(len(g_frags)), range(len(p_spans))),
                                       ("direct", direct_g, direct_p)):
            gl = [g_frags[i] for i in gi_list]
            pl = [p_spans[i] for i in pi_list]
            for mode in ("exact", "overlap"):
                m = _match(gl, pl, exact=mode == "exact")
                c = counts[f"{name}_{mode}"]
                c[0] += len(m)
                c[1] += len(gl)
                c[2] += len(pl)
                if mode != "overlap":
                    continue
                if name == "direct":
                    gold_sourced_d += sum(1 for i in gi_list if gold[g_owner[i]]["source"])
                for gi, pi in m:
                    att = gold[g_owner[list(gi_list)[gi]]]
                    if not att["source"]:
                        continue
                    hit = hits[list(pi_list)[pi]]
                    ok = False
                    if hit.speaker_span:
                        ok = any(_overlap(hit.speaker_span, (s, e)) > 0 for s, e in att["source"])
                    if not ok and hit.quote.speaker_key and att["source_text"]:
                        gk = name_key(att["source_text"], "PER")
                        ok = keys_match(hit.quote.speaker_key, gk)
                    if name == "all":
                        spk_total += 1
                        spk_ok += ok
                    else:
                        spk_total_d += 1
                        spk_ok_d += ok
    res = {
        "articles": len(times),
        "all": {"exact": _prf(*counts["all_exact"]), "overlap": _prf(*counts["all_overlap"]),
                "gold": counts["all_exact"][1], "predicted": counts["all_exact"][2]},
        "direct": {"exact": _prf(*counts["direct_exact"]),
                   "overlap": _prf(*counts["direct_overlap"]),
                   "gold": counts["direct_exact"][1], "predicted": counts["direct_exact"][2]},
        "speaker_accuracy_all": round(spk_ok / spk_total, 4) if spk_total else 0.0,
        "speaker_accuracy_direct": round(spk_ok_d / spk_total_d, 4) if spk_total_d else 0.0,
        "speaker_pairs": {"all": spk_total, "direct": spk_total_d},
        # end to end: found with the right speaker, over every gold direct quote with a source
        # (not raised by dropping quotes whose speaker is unknown)
        "speaker_recall_direct": round(spk_ok_d / gold_sourced_d, 4) if gold_sourced_d else 0.0,
        "median_ms_per_article": round(statistics.median(times) * 1000, 2) if times else None,
        "words_per_s": round(words / sum(times)) if times else None,
        "goals": GOALS,
        "ner": "rules:en (no English spaCy model installed)",
    }
    return res


_ROWS = (
    ("all attributions: span F1 exact", ("all", "exact", "f1"), None),
    ("all attributions: span F1 overlap", ("all", "overlap", "f1"), None),
    ("all attributions: speaker accuracy", ("speaker_accuracy_all",), None),
    ("direct quotes: span F1 exact", ("direct", "exact", "f1"), None),
    ("direct quotes: span F1 overlap", ("direct", "overlap", "f1"), "f1_overlap"),
    ("direct quotes: precision (overlap)", ("direct", "overlap", "precision"), None),
    ("direct quotes: recall (overlap)", ("direct", "overlap", "recall"), None),
    ("direct quotes: speaker accuracy", ("speaker_accuracy_direct",), "speaker_accuracy"),
    ("direct: right speaker / gold sourced", ("speaker_recall_direct",), None),
)


def _get(res: dict, path: tuple[str, ...]) -> float:
    for k in path:
        res = res[k]
    return res  # type: ignore[return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each split")
    ap.add_argument("--split", action="append", choices=("dev", "train"),
                    help="PolNeAR split(s) to score (default: dev and train)")
    ap.add_argument("--data", type=Path, default=None,
                    help="a PolNeAR split folder to score instead of --split")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes.json")
    args = ap.parse_args()
    splits = {args.data.name: args.data} if args.data else {
        name: POLNEAR / name for name in (args.split or ["dev", "train"])}
    for name, path in splits.items():
        if not path.is_dir():
            sys.exit(f"PolNeAR {name} not found at {path}")
    results = {name: run(path, args.limit) for name, path in splits.items()}
    for name, res in results.items():
        print(f"PolNeAR {name}: {res['articles']} articles (gold fragments: all "
              f"{res['all']['gold']}, direct {res['direct']['gold']}; speaker pairs: all "
              f"{res['speaker_pairs']['all']}, direct {res['speaker_pairs']['direct']}), median "
              f"{res['median_ms_per_article']} ms/article, {res['words_per_s']} words/s")
    print("direct = gold content fragments opening with a quotation mark; overlap = any shared "
          "character, one-to-one")
    head = "".join(f" {name:>8}" for name in results)
    print(f"{'metric':38}{head} {'goal':>7}")
    for label, path, goal in _ROWS:
        vals = "".join(f" {_get(res, path):8.3f}" for res in results.values())
        goal_s = f"> {GOALS[goal]:.2f}" if goal else ""
        print(f"{label:38}{vals} {goal_s:>7}")
    out = {"splits": results, "goals": GOALS,
           "goal_rows": {"f1_overlap": "direct quotes: span F1 overlap",
                         "speaker_accuracy": "direct quotes: speaker accuracy"},
           "definitions": __doc__}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
