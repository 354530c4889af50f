"""``sourcier extract`` end to end: formats, stdin, -o, exit codes, summary, --jobs."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from sourcier.cli.main import main
from test_extract import EN_URL, en_page_html, fr_page_html


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    (d / "fr.html").write_text(fr_page_html(), encoding="utf-8")
    (d / "en.html").write_text(en_page_html(), encoding="utf-8")
    return d


def test_jsonl_to_file_exit_0(pages: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(pages), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    by_lang = {r["lang"]: r for r in records}
    assert {d["kind"] for d in by_lang["fr"]["declared_sources"]} >= {"dateline", "read-original"}
    err = capsys.readouterr().err
    assert "2 inputs read, 2 articles, 0 skipped" in err


def test_json_array_with_skip_exit_1(pages: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.html"
    rc = main(["extract", str(pages / "en.html"), str(missing), "--format", "json"])
    assert rc == 1
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["declared_sources"][0]["name"] == "AP"
    assert data[1] == {"skipped": True, "source": str(missing), "reason": "not-found",
                       "detail": data[1]["detail"]}
    assert "1 skipped (not-found: 1)" in captured.err


def test_text_format_from_stdin(monkeypatch, capsys) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(en_page_html().encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "=== Port strike ends" in out
    assert "language:  en" in out
    assert "byline: [Jane Doe]" in out
    assert "[newsletter] Sign up for our daily newsletter" in out
    assert "Dockworkers at the city's container terminal" in out
    assert EN_URL not in out  # stdin has no URL: the page's own canonical is used instead


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "xml"])
    assert exc.value.code == 2
    assert main(["extract", "--jobs", "0", "x.html"]) == 2


def test_jobs_2_same_output(pages: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["extract", str(pages), "-o", str(one), "--no-templates"]) == 0
    assert main(["extract", str(pages), "-o", str(two), "--no-templates", "--jobs", "2"]) == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
