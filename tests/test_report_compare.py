"""Terminal/HTML reports of a comparison and the ``sourcier compare`` command."""

from __future__ import annotations

import gzip
import json

import pytest

from sourcier.cli.main import main
from sourcier.compare import compare
from sourcier.compare.encoder import get_encoder
from sourcier.extract.text import article_from_text
from sourcier.report.html import comparison_html
from sourcier.report.terminal import render_comparison

ORIGINAL = """Flooding forces 300 residents out of Porto's old town

Heavy rain flooded the old town of Porto overnight, forcing 300 residents to leave their homes.

Mayor Rui Moreira said the city would open two schools as shelters.

Firefighters pumped water from cellars until Sunday morning.

The council promised to review the drainage plan before winter."""

COPY = """Des inondations chassent 300 habitants de la vieille ville de Porto

De fortes pluies ont inondé la vieille ville de Porto pendant la nuit, forçant 3 000 habitants à quitter leur logement.

Le maire a déclaré que la ville ouvrirait deux écoles comme abris.

Les pompiers ont pompé l'eau des caves jusqu'à dimanche matin.

<script>alert("x")</script> Cliquez <b>ici</b> & partagez !"""


@pytest.fixture(scope="module")
def comparison():
    a = article_from_text(COPY, lang="fr", url="https://copie.example.fr/porto?x=1&y=<2>")
    b = article_from_text(ORIGINAL, lang="en", url="https://news.example.com/porto",
                          published="2023-10-02")
    return compare(a, b, encoder=get_encoder())


def test_terminal_report(comparison):
    text = render_comparison(comparison)
    first = text.splitlines()[0]
    assert first.startswith("verdict: EDITED TRANSLATION")
    assert "coverage: a " in text and "divergences: " in text
    assert "number_changed" in text and "3 000" in text and "300 residents" in text
    assert "name_dropped" in text and "Rui Moreira" in text
    assert "sentence_omitted" in text and "drainage plan" in text


def test_html_escapes_article_text(comparison):
    page = comparison_html(comparison)
    assert page.startswith("<!doctype html>")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b>ici</b>" not in page and "&lt;b&gt;ici&lt;/b&gt;" in page
    assert "y=&lt;2&gt;" in page
    assert "<mark>" in page  # the changed number is highlighted
    assert "only-b" in page  # the omitted sentence row is marked
    assert page.count("<tr") == len(comparison.alignment) + 1


@pytest.fixture
def files(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    orig = tmp_path / "orig.html"
    body = "".join(f"<p>{p}</p>" for p in ORIGINAL.split("\n\n")[1:])
    orig.write_text(f"<html><head><title>Porto floods</title></head><body><article>"
                    f"<h1>Porto floods</h1>{body}</article></body></html>", encoding="utf-8")
    orig_txt = tmp_path / "orig.txt"
    orig_txt.write_text(ORIGINAL, encoding="utf-8")
    return tmp_path, copy, orig, orig_txt


def test_cli_text_json_html(files, capsys):
    tmp, copy, orig, orig_txt = files
    html_path = tmp / "report.html"
    assert main(["compare", str(copy), str(orig), "--no-annotate", "--html",
                 str(html_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verdict: ")
    assert "<script" not in html_path.read_text(encoding="utf-8")
    assert main(["compare", str(copy), str(orig_txt), "--no-annotate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["languages"] == {"a": "fr", "b": "en"}
    assert {d["type"] for d in data["divergences"]} >= {"number_changed"}
    assert all(set(lk) == {"a", "b", "score", "moved"} for lk in data["alignment"])


def test_cli_accepts_extracted_article_json(files, capsys, tmp_path):
    _, copy, orig, _ = files
    art = article_from_text(COPY, lang="fr", url="https://copie.example.fr/porto")
    rec = tmp_path / "copy.json"
    rec.write_text(json.dumps(art.to_dict(), ensure_ascii=False), encoding="utf-8")
    assert main(["compare", str(rec), str(orig), "--no-annotate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"]["a"]["url"] == "https://copie.example.fr/porto"
    assert data["articles"]["a"]["text"] == art.text


def test_cli_errors(files, capsys, tmp_path):
    _, copy, orig, _ = files
    assert main(["compare", str(tmp_path / "missing.html"), str(orig)]) == 2
    assert "no such file" in capsys.readouterr().err
    several = tmp_path / "two.jsonl.gz"
    with gzip.open(several, "wt", encoding="utf-8") as fh:
        for t in ("First page text about Porto floods.", "Second page about other things."):
            fh.write(json.dumps({"text": t, "url": "https://x.example/"}) + "\n")
    assert main(["compare", str(several), str(orig)]) == 2
    assert "several pages" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["compare", str(copy), str(empty)]) == 2
    assert "ORIGINAL" in capsys.readouterr().err
    assert main(["compare", str(tmp_path), str(orig)]) == 2
