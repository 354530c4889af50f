"""Annotation speed: words/s of the full annotation (all layers) vs spaCy NER alone.

Text: French and English news-like articles rebuilt from WMT news dev sets when present
(``../shared/data/wmt-news``), otherwise the project's demo pages. Times are per article;
medians are quoted, words/s is total words over total time.

    .venv/bin/python benchmarks/annotate_speed.py [--limit N]
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

from sourcier.annotate import annotate  # noqa: E402
from sourcier.annotate.entities import french_nlp, raw_spacy_entities  # noqa: E402
from sourcier.annotate.names import name_key  # noqa: E402
from sourcier.extract import article_from_text  # noqa: E402

WMT = ROOT.parent / "shared" / "data" / "wmt-news" / "dev"
_DOC = re.compile(r"<doc[^>]*>(.*?)</doc>", re.S)
_SEG = re.compile(r"<seg[^>]*>(.*?)</seg>", re.S)


def load_docs(lang: str, limit: int) -> list[str]:
    docs: list[str] = []
    for path in sorted(WMT.glob(f"*src.{lang}.sgm")) if WMT.is_dir() else []:
        raw = path.read_text(encoding="utf-8", errors="replace")
        for m in _DOC.finditer(raw):
            segs = [re.sub(r"<[^>]+>", "", s).strip() for s in _SEG.findall(m.group(1))]
            text = "\n\n".join(s for s in segs if s)
            if len(text.split()) >= 150:
                docs.append(text)
            if len(docs) >= limit:
                return docs
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=60, help="articles per language")
    ap.add_argument("--out", type=Path,
                    default=ROOT / "benchmarks" / "results" / "annotate_speed.json")
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = french_nlp()
    load_s = time.perf_counter() - t0
    name_key("warm up")
    results: dict = {"model_load_s": round(load_s, 2)}
    for lang in ("fr", "en"):
        texts = load_docs(lang, args.limit)
        if not texts:
            print(f"{lang}: no WMT text found under {WMT}; skipped")
            continue
        arts = [article_from_text(t, lang=lang, published="2010-06-15") for t in texts]
        words = sum(len(a.text.split()) for a in arts)
        full, spacy_only = [], []
        for a in arts:
            t = time.perf_counter()
            annotate(a)
            full.append(time.perf_counter() - t)
            if lang == "fr":
                t = time.perf_counter()
                raw_spacy_entities(a.text, nlp)
                spacy_only.append(time.perf_counter() - t)
        r = {"articles": len(arts), "words": words,
             "full_words_per_s": round(words / sum(full)),
             "full_median_ms": round(statistics.median(full) * 1000, 1)}
        if spacy_only:
            r["spacy_words_per_s"] = round(words / sum(spacy_only))
            r["spacy_median_ms"] = round(statistics.median(spacy_only) * 1000, 1)
        results[lang] = r
    print(f"{'lang':5} {'articles':>8} {'full words/s':>13} {'median ms':>10} "
          f"{'spaCy-only words/s':>19} {'median ms':>10}")
    for lang in ("fr", "en"):
        r = results.get(lang)
        if not r:
            continue
        print(f"{lang:5} {r['articles']:8} {r['full_words_per_s']:13} {r['full_median_ms']:10} "
              f"{r.get('spacy_words_per_s', '-'):>19} {r.get('spacy_median_ms', '-'):>10}")
    print("(en: rule-based entities, no spaCy model; reference for fr: spaCy NER alone, "
          f"model load {results['model_load_s']} s not included)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
