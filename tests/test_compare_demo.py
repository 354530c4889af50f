"""``compare`` on the bundled demo corpus: every planted change is named, and nothing else.

The corpus is extracted as ``sourcier demo`` does (all pages together, so site templates are
learned); the expected divergences come from ``manifest.json`` (``planted_changes``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from sourcier.compare import compare
from sourcier.demo import DEMO_DIR
from sourcier.extract import extract_all
from sourcier.model import Article, Comparison
from sourcier.read import read_inputs

MANIFEST = json.loads((DEMO_DIR.parent / "manifest.json").read_text(encoding="utf-8"))
PLANTED = MANIFEST["planted_changes"]
FACT_TYPES = {"name_dropped", "name_added", "name_changed", "number_changed", "date_changed",
              "quote_altered", "quote_removed"}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    out: dict[str, Article] = {}
    for rec in extract_all(read_inputs([str(DEMO_DIR)])):
        if isinstance(rec, Article):
            out[Path(rec.source).resolve().relative_to(DEMO_DIR).as_posix()] = rec
    return out


def _page(relation: str, site: str) -> str:
    return next(p["file"] for p in MANIFEST["pages"]
                if p["relation"] == relation and p["site"] == site)


@pytest.fixture(scope="module")
def planted(articles: dict[str, Article]) -> Comparison:
    return compare(articles[PLANTED["copy"]], articles[PLANTED["original"]])


def test_planted_body_changes_are_all_found(planted: Comparison) -> None:
    b = planted.articles["b"]
    divs = planted.divergences
    body = [c for c in PLANTED["changes"] if c["scope"] == "body"]
    for change in body:
        kind = change["type"]
        if kind == "number_changed":
            hits = [d for d in divs if d.type == kind
                    and d.values.get("b_text", "").startswith(change["values"]["original"])
                    and d.values.get("a_text", "").startswith(change["values"]["copy"])]
        elif kind == "name_dropped":
            hits = [d for d in divs if d.type == kind
                    and d.values.get("b") == change["values"]["name"]]
        elif kind == "sentence_omitted":
            hits = [d for d in divs if d.type == kind
                    and any(_fold(b.sentence_text(j)) == _fold(change["original"]) for j in d.b)]
        elif kind == "boilerplate_added":
            hits = [d for d in divs if d.type == kind
                    and _fold(str(d.values.get("a", ""))) == _fold(change["copy"])]
        else:
            raise AssertionError(f"unexpected planted body change {kind}")
        assert len(hits) == 1, (kind, change.get("original") or change.get("copy"),
                                [d.evidence for d in divs])


def test_planted_pair_has_no_other_divergence(planted: Comparison) -> None:
    body = [c for c in PLANTED["changes"] if c["scope"] == "body"]
    expected = Counter(c["type"] for c in body)
    expected["byline_removed"] += 1  # planted (scope byline)
    expected["source_added"] += 1  # the "read the original" link (an artefact, declared)
    got = Counter(d.type for d in planted.divergences)
    # captions are not compared (the body keeps no caption), so the caption name drops and
    # the metadata-only date drop (not a divergence type) are absent
    assert got == expected, [d.evidence for d in planted.divergences]
    byline = next(d for d in planted.divergences if d.type == "byline_removed")
    assert byline.values["b"] == ["Rebecca Thornbury"]
    src = next(d for d in planted.divergences if d.type == "source_added")
    assert src.values["kind"] == "read-original"
    assert src.values["url"] == next(p["url"] for p in MANIFEST["pages"]
                                     if p["file"] == PLANTED["original"])
    assert planted.verdict == "edited translation"
    assert planted.direction == "b"


def test_relative_dates_of_a_later_copy_are_not_changes(planted: Comparison) -> None:
    """The copy (published a day later) keeps "Mardi"/"Jeudi"/"8 avril" of the original."""
    assert not [d for d in planted.divergences if d.type == "date_changed"]
    assert planted.articles["a"].published != planted.articles["b"].published


def test_faithful_german_translation(articles: dict[str, Article]) -> None:
    copy = _page("translation", "rheinbote.de")
    original = next(p["of"] for p in MANIFEST["pages"] if p["file"] == copy)
    c = compare(articles[copy], articles[original])
    assert c.verdict == "translation"
    facts = [d for d in c.divergences if d.type in FACT_TYPES]
    assert facts == [], [d.evidence for d in facts]
    assert not [d for d in c.divergences if d.type in ("sentence_omitted", "sentence_added")]


def test_verbatim_wire_copy(articles: dict[str, Article]) -> None:
    copy = _page("copy", "observateur-littoral.fr")
    original = next(p["of"] for p in MANIFEST["pages"] if p["file"] == copy)
    c = compare(articles[copy], articles[original])
    assert c.verdict == "copy"
    kinds = {d.type for d in c.divergences}
    assert kinds <= {"boilerplate_added", "source_added", "source_removed"}, \
        [d.evidence for d in c.divergences]
    assert "boilerplate_added" in kinds  # the republisher's WhatsApp template block
