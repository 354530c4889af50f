"""French NER: sourcier's entities vs the raw spaCy model they build on, same run, same text.

Data: CLEF-HIPE-2020 French dev (historical newspapers, coarse literal tags pers/loc/org)
and Europeana Newspapers French (BnF, noisy OCR, IOB tags PER/LOC/ORG). Both are rebuilt into
plain text (tokens joined with the spacing the data records), gold entities as character
spans. Scores are micro P/R/F1 over PER, LOC, ORG:

- strict: same span and label;
- fuzzy: overlapping span and same label (HIPE's "fuzzy" regime) -- fairer here because
  HIPE keeps titles inside person spans ("M. Hagenbeck") and sourcier removes them.

    .venv/bin/python benchmarks/ner.py [--limit N]   (N documents per corpus)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcier.annotate.entities import find_entities, french_nlp, raw_spacy_entities  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
HIPE = DATA / "hipe2020-fr" / "data" / "v1.4" / "fr" / "HIPE-data-v1.4-dev-fr.tsv"
EUROPEANA = DATA / "europeana-ner" / "enp_FR.bnf.bio" / "enp_FR.bnf.bio"
LABELS = {"pers": "PER", "loc": "LOC", "org": "ORG", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}

Doc = tuple[str, list[tuple[int, int, str]]]


def _build(tokens: list[tuple[str, str, bool]]) -> Doc:
    """(token, IOB tag, space_after) -> text and gold spans."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    cur: list = []
    for tok, tag, space in tokens:
        start = pos
        parts.append(tok)
        pos += len(tok)
        if space:
            parts.append(" ")
            pos += 1
        kind, _, lab = tag.partition("-")
        lab = LABELS.get(lab)
        if lab and kind in ("B", "I") and cur and cur[2] == lab and kind == "I":
            cur[1] = start + len(tok)
        else:
            if cur:
                spans.append(tuple(cur))  # type: ignore[arg-type]
            cur = [start, start + len(tok), lab] if lab else []
    if cur:
        spans.append(tuple(cur))  # type: ignore[arg-type]
    return "".join(parts).rstrip(), spans


def load_hipe(path: Path, limit: int | None) -> list[Doc]:
    docs: list[Doc] = []
    tokens: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# document_id"):
            if tokens:
                docs.append(_build(tokens))
                tokens = []
                if limit and len(docs) >= limit:
                    return docs
            continue
        if not line or line.startswith("#") or line.startswith("TOKEN\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 10:
            continue
        tokens.append((cols[0], cols[1], "NoSpaceAfter" not in cols[9]))
    if tokens:
        docs.append(_build(tokens))
    return docs[:limit] if limit else docs


def load_europeana(path: Path, limit: int | None, size: int = 250) -> list[Doc]:
    docs: list[Doc] = []
    tokens: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tok, _, tag = line.rpartition(" ")
        if not tok:
            continue
        tokens.append((tok, tag, True))
        if len(tokens) >= size and tok in (".", "!", "?") and not tag.startswith("I-"):
            docs.append(_build(tokens))
            tokens = []
            if limit and len(docs) >= limit:
                return docs
    if tokens:
        docs.append(_build(tokens))
    return docs[:limit] if limit else docs


def _score(gold: list[set], pred: list[set], fuzzy: bool) -> dict[str, float]:
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        n_gold += len(g)
        n_pred += len(p)
        if not fuzzy:
            tp += len(g & p)
            continue
        used: set = set()
        for gs, ge, gl in g:
            for x in p:
                if x in used:
                    continue
                ps, pe, pl = x
                if pl == gl and ps < ge and gs < pe:
                    used.add(x)
                    tp += 1
                    break
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


def evaluate(docs: list[Doc]) -> dict:
    nlp = french_nlp()
    gold, raw, ours = [], [], []
    t_raw, t_ours = [], []
    words = 0
    for text, spans in docs:
        words += len(text.split())
        gold.append({(s, e, lab) for s, e, lab in spans})
        t0 = time.perf_counter()
        r = raw_spacy_entities(text, nlp)
        t_raw.append(time.perf_counter() - t0)
        raw.append({(s, e, lab) for s, e, lab in r if lab in ("PER", "LOC", "ORG")})
        t0 = time.perf_counter()
        o = find_entities(text, "fr") or []
        t_ours.append(time.perf_counter() - t0)
        ours.append({(x.start, x.end, x.label) for x in o if x.label in ("PER", "LOC", "ORG")})
    out = {"documents": len(docs), "words": words,
           "gold_entities": sum(len(g) for g in gold)}
    for name, pred, times in (("spacy_raw", raw, t_raw), ("sourcier", ours, t_ours)):
        out[name] = {
            "strict": _score(gold, pred, fuzzy=False),
            "fuzzy": _score(gold, pred, fuzzy=True),
            "median_ms_per_doc": round(statistics.median(times) * 1000, 2),
            "words_per_s": round(words / sum(times)) if sum(times) else None,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ner.json")
    args = ap.parse_args()
    results = {}
    for name, path, loader in (("hipe2020-fr-dev", HIPE, load_hipe),
                               ("europeana-fr", EUROPEANA, load_europeana)):
        if not path.exists():
            print(f"{name}: not found at {path}, skipped")
            continue
        results[name] = evaluate(loader(path, args.limit))
    print(f"{'corpus':18} {'regime':7} {'spaCy raw F1':>12} {'sourcier F1':>12}  goal")
    for name, r in results.items():
        for regime in ("strict", "fuzzy"):
            raw_f1 = r["spacy_raw"][regime]["f1"]
            our_f1 = r["sourcier"][regime]["f1"]
            mark = "above raw" if our_f1 > raw_f1 else "NOT above raw"
            print(f"{name:18} {regime:7} {raw_f1:12.3f} {our_f1:12.3f}  {mark}")
        print(f"{'':18} {r['documents']} docs, {r['gold_entities']} gold entities; "
              f"words/s raw {r['spacy_raw']['words_per_s']}, "
              f"sourcier {r['sourcier']['words_per_s']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
