"""Quote extraction and speaker attribution on PolNeAR dev (English political news).

PolNeAR annotates every attribution (source, cue, content), including paraphrase and
attributions of thoughts ("X believes ..."), in brat standoff. We score:

- all: every content fragment (a discontinuous content counts one fragment per piece);
- direct: the fragments that are quotations (start with a quotation mark) vs our direct quotes.

Span F1 "exact" compares spans after trimming quotation marks, spaces and final punctuation;
"overlap" accepts any shared character (one-to-one greedy matching). Speaker accuracy: over
matched (overlap) quotes whose gold attribution names a source, the share where our speaker
mention overlaps the gold source span or our speaker key matches the gold source's key.

    .venv/bin/python benchmarks/quotes.py [--limit N] [--data DIR]
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

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev"
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
    anns = sorted((data / "attributions").glob("*.ann"))
    if limit:
        anns = anns[:limit]
    counts = {k: [0, 0, 0] for k in ("all_exact", "all_overlap", "direct_exact",
                                     "direct_overlap")}
    spk_total = spk_ok = 0
    spk_total_d = spk_ok_d = 0
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
        direct_g = [i for i, (s, _e) in enumerate(g_frags)
                    if text[max(0, s - 1):s + 1].strip(" ")[:1] in "\"“‘'"]
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
        "median_ms_per_article": round(statistics.median(times) * 1000, 2) if times else None,
        "words_per_s": round(words / sum(times)) if times else None,
        "goals": GOALS,
        "ner": "rules:en (no English spaCy model installed)",
    }
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N dev articles only")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="PolNeAR split folder (use .../train for error analysis; report dev)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes.json")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"PolNeAR dev not found at {args.data}")
    res = run(args.data, args.limit)
    print(f"PolNeAR dev, {res['articles']} articles "
          f"(gold fragments: all {res['all']['gold']}, direct {res['direct']['gold']})")
    print(f"{'metric':38} {'sourcier':>9} {'goal':>6}")
    rows = [
        ("all attributions: span F1 exact", res["all"]["exact"]["f1"], None),
        ("all attributions: span F1 overlap", res["all"]["overlap"]["f1"], GOALS["f1_overlap"]),
        ("all attributions: speaker accuracy", res["speaker_accuracy_all"],
         GOALS["speaker_accuracy"]),
        ("direct quotes: span F1 exact", res["direct"]["exact"]["f1"], None),
        ("direct quotes: span F1 overlap", res["direct"]["overlap"]["f1"], GOALS["f1_overlap"]),
        ("direct quotes: speaker accuracy", res["speaker_accuracy_direct"],
         GOALS["speaker_accuracy"]),
    ]
    for name, val, goal in rows:
        goal_s = f"> {goal:.2f}" if goal else ""
        print(f"{name:38} {val:9.3f} {goal_s:>6}")
    print(f"median {res['median_ms_per_article']} ms/article, {res['words_per_s']} words/s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
