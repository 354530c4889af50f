"""The main job end to end: ``sourcier demo`` on the bundled corpus, then ``network`` on its store."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest

from sourcier.cli.main import main
from sourcier.demo import MANIFEST


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["demo", "--out", str(out)])
    return code, buf.getvalue(), out


def test_demo_traces_the_republication_and_names_the_planted_changes(demo_run):
    code, text, out = demo_run
    assert code == 0
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    original_url = next(p["url"] for p in manifest["pages"]
                        if p["file"] == manifest["planted_changes"]["original"])
    # trace: the English original is named as the most likely original
    assert f"most likely original: {original_url}" in text
    # compare: the changed figure, the dropped name, the byline, the footers
    assert "175,000 troops in the original, 100 000 soldats in the copy" in text
    assert "'Jordan Whitfield' is missing from the copy" in text
    assert "byline_removed" in text and "boilerplate_added" in text
    assert "Ukraine is not a member of NATO" in text  # the omitted paragraph
    # the HTML report escapes and exists
    html = (out / "compare.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "Jordan Whitfield" in html


def test_demo_families_and_network(demo_run, capsys):
    code, text, out = demo_run
    root = ET.parse(out / "network.gexf").getroot()
    ns = {"g": "http://gexf.net/1.3"}
    labels = {n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert {"capitolledger.com", "echolibre-info.fr", "aei-depeches.fr"} <= labels
    # the same graph from the command line, as CSV
    csv_path = out / "edges.csv"
    assert main(["network", "--db", str(out / "store"), "--csv", str(csv_path)]) == 0
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    pairs = {(r["copier"], r["source"]) for r in rows}
    assert ("echolibre-info.fr", "capitolledger.com") in pairs  # the French translation
    assert ("observateur-littoral.fr", "aei-depeches.fr") in pairs  # a wire copy
    assert ("gazette-deux-rives.fr", "aei-depeches.fr") in pairs
    # unrelated sites republish nobody
    assert not any(c == "elmiradordelsur.es" for c, _ in pairs)


def test_network_on_a_missing_store_is_a_usage_error(tmp_path, capsys):
    assert main(["network", "--db", str(tmp_path / "nothing")]) == 2
    assert "no sourcier store" in capsys.readouterr().err


def test_demo_family_relations_match_the_manifest(demo_run):
    """Every republication's relation to its origin, as the families report gives it, is the
    one the manifest declares (the planted-change translation is an *edited* translation)."""
    from sourcier.corpus import Corpus

    _, _, out = demo_run
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    planted = manifest["planted_changes"]["copy"]
    expected = {}
    for p in manifest["pages"]:
        if p["relation"] in ("copy", "edited copy", "translation", "edited translation"):
            rel = p["relation"]
            expected[p["url"]] = f"edited {rel}" if p["file"] == planted else rel
    with Corpus.open(out / "store", create=False) as corpus:
        got = {m.url: m.relation for f in corpus.families() for m in f.members
               if m.relation != "origin"}
    assert got == expected
