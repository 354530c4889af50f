"""sourcier.read: every input becomes a Page or an explicit Skip, and one bad item never
stops the batch. Fixtures are built in tmp_path at test time."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import threading
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import sourcier.read.files as files_module
from sourcier.model import Page, Skip
from sourcier.read import DEFAULT_MAX_BYTES, count_inputs, read_inputs

FR_BODY = (
    "<h1>Le conseil municipal adopte le budget</h1>"
    "<p>À Lyon, les élus ont voté mardi soir un budget « équilibré » de 812 millions d'euros, "
    "après un débat de près de cinq heures.</p>"
    "<p>L'opposition dénonce une hausse de 4 % de la taxe foncière, que la majorité "
    "présente comme « le prix de la rénovation des écoles ».</p>"
)
EN_BODY = (
    "<h1>Port strike enters its third week</h1>"
    "<p>Dockworkers in Rotterdam extended their walkout on Monday, leaving more than "
    "40 container ships waiting offshore, the port authority said.</p>"
)
FR_PHRASES = ("À Lyon", "élus", "« équilibré »", "dénonce", "présente", "écoles")


def html(body: str, head: str = "", title: str = "Actualités") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>{body}</body></html>"
    )


def run(paths, **kwargs) -> list[Page | Skip]:
    return list(read_inputs([os.fspath(p) for p in paths], **kwargs))


def by_source(items) -> dict[str, Page | Skip]:
    return {item.source: item for item in items}


def assert_skip(item, reason: str) -> Skip:
    assert isinstance(item, Skip), f"expected Skip({reason}), got {item!r:.200}"
    assert item.reason == reason, (item.reason, item.detail)
    return item


def assert_french(page: Page) -> None:
    assert isinstance(page, Page)
    for phrase in FR_PHRASES:
        assert phrase in page.content, phrase
    assert "Ã" not in page.content and "\ufffd" not in page.content


# ----------------------------------------------------------------------------- files


def test_empty_and_binary_files_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a-empty.html").write_bytes(b"")
    (tmp_path / "b-blank.txt").write_bytes(b"  \n\t\n")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    (tmp_path / "c-photo.html").write_bytes(png)
    (tmp_path / "d-nul.htm").write_bytes(b"<html>\x00\x01\x02\x00\x00binary junk\x00" * 50)
    (tmp_path / "e-article.html").write_text(html(EN_BODY), encoding="utf-8")
    items = by_source(run([tmp_path]))
    assert len(items) == 5
    assert_skip(items[str(tmp_path / "a-empty.html")], "empty")
    assert_skip(items[str(tmp_path / "b-blank.txt")], "empty")
    assert "PNG" in assert_skip(items[str(tmp_path / "c-photo.html")], "binary").detail
    assert_skip(items[str(tmp_path / "d-nul.htm")], "binary")
    page = items[str(tmp_path / "e-article.html")]
    assert isinstance(page, Page) and page.kind == "html" and "Rotterdam" in page.content
    assert page.encoding == "utf-8" and page.warnings == []


def test_text_files_become_text_pages(tmp_path: Path) -> None:
    (tmp_path / "depeche.txt").write_text(
        "Paris, 3 mars (AFP) - La grève des contrôleurs aériens se poursuit.\n"
    )
    (page,) = run([tmp_path / "depeche.txt"])
    assert isinstance(page, Page) and page.kind == "text" and "contrôleurs" in page.content


def test_too_large_page_with_default_limit_and_accepted_when_raised(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    paragraph = ("<p>" + "Les négociations se poursuivent à Bruxelles. " * 20 + "</p>\n").encode()
    with open(big, "wb") as out:
        out.write(b"<html><head><meta charset='utf-8'></head><body>")
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            out.write(paragraph)
        out.write(b"</body></html>")
    small = tmp_path / "small.html"
    small.write_text(html(EN_BODY))
    assert big.stat().st_size > 50 * 1024 * 1024 > DEFAULT_MAX_BYTES
    first, second = run([big, small])
    assert "20 MB" in assert_skip(first, "too-large").detail
    assert isinstance(second, Page) and "Rotterdam" in second.content
    (page,) = run([big], max_bytes=64 * 1024 * 1024)
    assert isinstance(page, Page) and page.content.endswith("</body></html>")
    assert len(page.content) > 50_000_000


def test_gzip_bomb_is_cut_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        out.write(b"<html><body><p>")
        chunk = b"a" * (1 << 20)
        for _ in range(30):
            out.write(chunk)
    assert bomb.stat().st_size < 200_000
    ok = tmp_path / "ok.html.gz"
    with gzip.open(ok, "wb") as out:
        out.write(html(FR_BODY, '<meta charset="utf-8">').encode())
    items = run([bomb, ok], max_bytes=1 << 20)
    assert_skip(items[0], "too-large")
    assert_french(items[1])


def test_truncated_gz_is_reported_and_next_file_read(tmp_path: Path) -> None:
    data = gzip.compress(html(FR_BODY * 40, '<meta charset="utf-8">').encode())
    (tmp_path / "a-cut.html.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "b-fine.html.gz").write_bytes(data)
    feed = "".join(
        json.dumps({"url": f"https://ex.fr/{n}", "text": f"Flash info n°{n} : {n * 7919}"}) + "\n"
        for n in range(400)
    )
    packed = gzip.compress(feed.encode())
    (tmp_path / "c-cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    items = run([tmp_path])
    assert_skip(items[0], "truncated")
    assert_french(items[1])
    assert isinstance(items[2], Page) and items[2].source.endswith("c-cut.jsonl.gz:1")
    assert_skip(items[-1], "truncated")
    assert all(isinstance(i, Page) for i in items[2:-1])


# -------------------------------------------------------------------------- charsets


def test_latin1_bytes_declared_utf8_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "declared-utf8.html"
    path.write_bytes(html(FR_BODY, '<meta charset="utf-8">').encode("cp1252"))
    (page,) = run([path])
    assert_french(page)
    assert page.encoding == "cp1252"
    assert page.warnings == ["declared charset utf-8 did not match; decoded as cp1252"]


def test_utf8_bytes_declared_latin1_are_detected(tmp_path: Path) -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    path = tmp_path / "declared-latin1.html"
    path.write_bytes(html(FR_BODY, head).encode("utf-8"))
    (page,) = run([path])
    assert_french(page)
    assert page.encoding == "utf-8"
    assert page.warnings == ["declared charset iso-8859-1 did not match; decoded as utf-8"]


def test_missing_charset_is_detected(tmp_path: Path) -> None:
    (tmp_path / "a-latin1.html").write_bytes(html(FR_BODY).encode("latin-1"))
    (tmp_path / "b-utf8.html").write_bytes(html(FR_BODY).encode("utf-8"))
    (tmp_path / "c-right.html").write_bytes(
        html(FR_BODY, '<meta charset="windows-1252">').encode("cp1252")
    )
    latin, utf8, right = run([tmp_path])
    for page in (latin, utf8, right):
        assert_french(page)
    assert latin.encoding == "cp1252" and "no charset declared" in latin.warnings[0]
    assert utf8.encoding == "utf-8" and utf8.warnings == []
    assert right.encoding == "cp1252" and right.warnings == []


def test_cyrillic_without_declaration_and_utf16_with_bom(tmp_path: Path) -> None:
    ru = "<p>Министр иностранных дел заявил во вторник, что переговоры продолжатся в Женеве.</p>"
    (tmp_path / "a-ru.html").write_bytes(html(ru, title="Новости").encode("cp1251"))
    (tmp_path / "b-utf16.html").write_bytes(("\ufeff" + html(FR_BODY)).encode("utf-16-le"))
    ru_page, wide = run([tmp_path])
    assert isinstance(ru_page, Page) and "переговоры" in ru_page.content
    assert ru_page.encoding == "cp1251"
    assert_french(wide)
    assert wide.encoding == "utf-16-le"


def test_utf8_page_with_a_stray_latin1_snippet_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.html"
    path.write_bytes(
        html(FR_BODY * 3).encode("utf-8") + "<p>Rédigé par la rédaction</p>".encode("latin-1")
    )
    (page,) = run([path])
    assert [p for p in FR_PHRASES if p not in page.content] == []
    assert page.encoding == "utf-8" and page.warnings == ["invalid utf-8 bytes replaced (3)"]


# ------------------------------------------------------------------------------ JSON


def test_jsonl_with_malformed_line_keeps_reading(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "url": "https://www.ex.fr/lyon-budget",
                "html": html(FR_BODY),
                "date": "2024-03-12",
                "title": "Lyon adopte son budget",
                "lang": "fr",
            },
            ensure_ascii=False,
        ),
        '{"url": "https://broken.example/x", "html": "<p>unterminated',
        "",
        json.dumps(
            {"url": "https://news.example.com/port", "text": "Dockworkers extended the strike."}
        ),
        json.dumps({"url": "https://news.example.com/empty", "title": "No body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {"link": "https://news.example.com/c", "content": "<div><p>Port reopens.</p></div>"}
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = run([path])
    assert [i.source for i in items] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]
    first = items[0]
    assert isinstance(first, Page) and first.kind == "html"
    assert (first.url, first.date, first.title) == (
        "https://www.ex.fr/lyon-budget",
        "2024-03-12",
        "Lyon adopte son budget",
    )
    assert first.meta == {"lang": "fr"}
    assert_french(first)
    assert "line 1" in assert_skip(items[1], "malformed-json").detail
    assert isinstance(items[2], Page) and items[2].kind == "text"
    assert_skip(items[3], "empty")
    assert_skip(items[4], "malformed-json")
    assert isinstance(items[5], Page) and items[5].kind == "html"
    assert items[5].url == "https://news.example.com/c"


def test_jsonl_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    rows = [
        {"url": "https://ex.com/small", "text": "Short wire item."},
        {"url": "https://ex.com/huge", "html": "<p>" + "x" * 5000 + "</p>"},
        {"url": "https://ex.com/after", "text": "Read after the huge one."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = run([path], max_bytes=1000)
    assert [getattr(i, "reason", "page") for i in items] == ["page", "too-large", "page"]
    assert items[2].url == "https://ex.com/after"


def test_json_list_and_single_object(tmp_path: Path) -> None:
    records = [
        {"url": "https://ex.fr/a", "html": html(FR_BODY), "author": "M. Durand"},
        {"url": "https://ex.com/b", "body": "Plain wire copy about the port strike."},
        42,
    ]
    listing = tmp_path / "dump.json"
    listing.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"url": "https://ex.com/c", "text": "Hello"}, indent=1))
    bad = tmp_path / "bad.json"
    bad.write_text('[{"url": "https://ex.com/d", "html": "<p>x</p>"},, ]')
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(records[:2], ensure_ascii=False)[:-30], encoding="utf-8")
    items = run([listing, single, bad, cut])
    assert [i.source for i in items] == [
        f"{listing}[0]",
        f"{listing}[1]",
        f"{listing}[2]",
        str(single),
        f"{bad}[0]",
        f"{bad}[1]",
        f"{cut}[0]",
        f"{cut}[1]",
    ]
    assert_french(items[0])
    assert items[0].meta == {"author": "M. Durand"}
    assert items[1].kind == "text" and items[1].url == "https://ex.com/b"
    assert_skip(items[2], "malformed-json")
    assert isinstance(items[3], Page) and items[3].content == "Hello"
    assert isinstance(items[4], Page) and items[4].url == "https://ex.com/d"
    assert_skip(items[5], "malformed-json")
    assert_french(items[6])
    assert_skip(items[7], "truncated")


def test_json_lines_written_as_dot_json_are_recognised(tmp_path: Path) -> None:
    """Spark and BigQuery exports: one object per line in a file named .json."""
    part = tmp_path / "part-00000.json"
    rows = [{"id": n, "url": f"https://ex.fr/{n}", "text": f"Brève n°{n}"} for n in range(3)]
    part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    items = run([part])
    assert [i.source for i in items] == [f"{part}:{n}" for n in (1, 2, 3)]
    assert [i.content for i in items] == ["Brève n°0", "Brève n°1", "Brève n°2"]
    assert items[2].meta == {"id": 2}


# -------------------------------------------------------------------- directories


def test_directory_walk_with_unreadable_file_and_broken_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "corpus"
    (root / "fr").mkdir(parents=True)
    (root / "en").mkdir()
    (root / ".git").mkdir()
    (root / ".git" / "config.html").write_text(html(EN_BODY))
    (root / ".hidden.html").write_text(html(EN_BODY))
    (root / "fr" / "b.html").write_text(html(FR_BODY), encoding="utf-8")
    (root / "fr" / "a.html").write_text(html(FR_BODY), encoding="utf-8")
    (root / "en" / "locked.html").write_text(html(EN_BODY))
    (root / "en" / "port.htm").write_text(html(EN_BODY))
    (root / "en" / "ghost.html").symlink_to(root / "en" / "deleted.html")
    (root / "en" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (root / "en" / "notes").write_text("Editor's notes: check the tonnage figure.\n")
    (root / "en" / "blob.dat").write_bytes(bytes(range(256)) * 8)
    (root / "index.shtml").write_text(html(EN_BODY))

    real_open = open
    locked = str(root / "en" / "locked.html")

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(files_module, "open", guarded_open, raising=False)
    items = run([root])
    rel = [os.path.relpath(i.source, root) for i in items]
    assert rel == [
        "index.shtml",
        "en/blob.dat",
        "en/ghost.html",
        "en/locked.html",
        "en/logo.png",
        "en/notes",
        "en/port.htm",
        "fr/a.html",
        "fr/b.html",
    ]
    got = dict(zip(rel, items, strict=True))
    assert_skip(got["en/blob.dat"], "unsupported-format")
    assert "symbolic link" in assert_skip(got["en/ghost.html"], "unreadable").detail
    assert "Permission denied" in assert_skip(got["en/locked.html"], "unreadable").detail
    assert_skip(got["en/logo.png"], "unsupported-format")
    assert isinstance(got["en/notes"], Page) and got["en/notes"].kind == "text"
    for name in ("index.shtml", "en/port.htm", "fr/a.html", "fr/b.html"):
        assert isinstance(got[name], Page) and got[name].kind == "html"
    assert count_inputs([root]) == 9


def test_missing_path_and_order_of_arguments(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(html(EN_BODY))
    items = run([tmp_path / "nope.html", page, tmp_path / "nope.warc.gz"])
    assert_skip(items[0], "not-found")
    assert isinstance(items[1], Page)
    assert_skip(items[2], "not-found")
    assert count_inputs([tmp_path / "nope.html", page]) == 2
    assert count_inputs([]) is None


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a-article.php").write_text(html(EN_BODY))
    (tmp_path / "b-feed.dump").write_text(
        json.dumps({"url": "https://ex.com/1", "text": "One"})
        + "\n"
        + json.dumps({"url": "https://ex.com/2", "text": "Two"})
        + "\n"
    )
    (tmp_path / "c-page").write_bytes(gzip.compress(html(FR_BODY).encode()))
    items = run([tmp_path])
    assert [i.kind for i in items] == ["html", "text", "text", "html"]
    assert items[2].source.endswith("b-feed.dump:2")
    assert_french(items[3])


# ----------------------------------------------------------------------------- stdin


def test_stdin_html_and_jsonl() -> None:
    (page,) = read_inputs([], stdin=io.BytesIO(html(FR_BODY).encode("cp1252")))
    assert page.source == "-" and page.kind == "html"
    assert_french(page)
    feed = (
        json.dumps({"url": "https://ex.com/1", "html": html(EN_BODY)})
        + "\n{oops\n"
        + json.dumps({"url": "https://ex.fr/2", "html": html(FR_BODY)}, ensure_ascii=False)
        + "\n"
    ).encode()
    items = list(read_inputs([], stdin=io.BytesIO(feed)))
    assert [i.source for i in items] == ["-:1", "-:2", "-:3"]
    assert items[0].url == "https://ex.com/1"
    assert_skip(items[1], "malformed-json")
    assert_french(items[2])


def test_stdin_warc_and_empty(tmp_path: Path) -> None:
    data, _ = build_warc(
        [("200 OK", "text/html; charset=utf-8", html(FR_BODY).encode(), "https://ex.fr/1")]
    )
    items = list(read_inputs([], stdin=io.BytesIO(data)))
    assert len(items) == 1 and items[0].url == "https://ex.fr/1"
    assert items[0].source.startswith("-@")
    assert_skip(next(iter(read_inputs([], stdin=io.BytesIO(b"\n  \n")))), "empty")


# ------------------------------------------------------------------------------ WARC


def build_warc(records, gz: bool = True) -> tuple[bytes, list[int]]:
    """A WARC with a warcinfo record then, per (status, ctype, body, url), a request and a
    response. Returns the bytes and the offset of each response record."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    offsets = []
    for status, ctype, body, url in records:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "ex.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req)
        )
        offsets.append(buf.tell())
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buf.getvalue(), offsets


def news_records(n: int = 6):
    out = []
    for i in range(n):
        body = html(f"<p>Dépêche numéro {i} : le préfet a levé l'alerte.</p>" + EN_BODY)
        out.append(
            ("200 OK", "text/html; charset=utf-8", body.encode(), f"https://ex.fr/article-{i}")
        )
    return out


def test_warc_pages_not_html_and_http_status(tmp_path: Path) -> None:
    latin = html(FR_BODY).encode("latin-1")
    records = [
        ("200 OK", "text/html; charset=ISO-8859-1", latin, "https://ex.fr/budget"),
        (
            "404 Not Found",
            "text/html",
            b"<html><body>Page introuvable</body></html>",
            "https://ex.fr/gone",
        ),
        ("200 OK", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(300), "https://ex.fr/photo.jpg"),
        ("200 OK", "application/xhtml+xml", html(EN_BODY).encode(), "https://ex.com/port"),
        ("301 Moved Permanently", "text/html", b"", "https://ex.com/old"),
    ]
    data, offsets = build_warc(records)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    items = run([path])
    assert [i.source for i in items] == [f"{path}@{o}" for o in offsets]
    budget = items[0]
    assert isinstance(budget, Page) and budget.url == "https://ex.fr/budget"
    assert budget.encoding == "cp1252" and budget.date and budget.date.startswith("20")
    assert budget.meta["http_status"] == 200
    assert_french(budget)
    assert assert_skip(items[1], "http-status").detail == "404"
    assert "image/jpeg" in assert_skip(items[2], "not-html").detail
    assert isinstance(items[3], Page) and items[3].url == "https://ex.com/port"
    assert assert_skip(items[4], "http-status").detail == "301"
    assert count_inputs([path]) == 1


def test_warc_gz_damaged_record_in_the_middle_is_skipped(tmp_path: Path) -> None:
    data, offsets = build_warc(news_records(6))
    bad = bytearray(data)
    start = offsets[2]
    for k in range(start + 40, start + 90):  # inside the deflate data of the third response
        bad[k] ^= 0xA5
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(bad))
    items = run([path])
    pages = [i for i in items if isinstance(i, Page)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [p.url for p in pages] == [f"https://ex.fr/article-{i}" for i in (0, 1, 3, 4, 5)]
    assert [(s.source, s.reason) for s in skips] == [(f"{path}@{start}", "damaged-record")]
    assert items.index(skips[0]) == 2  # reported in archive order


def test_warc_garbled_header_in_the_middle_is_skipped(tmp_path: Path) -> None:
    data, offsets = build_warc(news_records(5), gz=False)
    start = offsets[1]
    garbled = (
        data[:start]
        + b"WARC/1.0\r\nWARC-Type: resp\x00nse\r\nContent-Length: x9\r\n"
        + data[start + 50 :]
    )
    path = tmp_path / "garbled.warc"
    path.write_bytes(garbled)
    items = run([path])
    assert [i.url for i in items if isinstance(i, Page)] == [
        f"https://ex.fr/article-{i}" for i in (0, 2, 3, 4)
    ]
    assert [i.reason for i in items if isinstance(i, Skip)] == ["damaged-record"]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_reads_records_before_the_cut(tmp_path: Path, gz: bool) -> None:
    data, offsets = build_warc(news_records(5), gz=gz)
    cut = offsets[3] + 200  # inside the fourth response
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[:cut])
    other = tmp_path / "after.html"
    other.write_text(html(EN_BODY))
    items = run([path, other])
    assert [i.url for i in items[:3]] == [f"https://ex.fr/article-{i}" for i in range(3)]
    assert_skip(items[3], "truncated").source.startswith(str(path))
    assert isinstance(items[4], Page) and items[4].source == str(other)
    assert len(items) == 5


def test_every_truncation_point_of_a_warc_gz(tmp_path: Path) -> None:
    """Wherever the file is cut: the complete records come out, then at most one Skip."""
    data, offsets = build_warc(news_records(3))
    path = tmp_path / "cut.warc.gz"
    for cut in range(20, len(data), 29):
        path.write_bytes(data[:cut])
        items = run([path])
        pages = [i for i in items if isinstance(i, Page)]
        skips = [i for i in items if isinstance(i, Skip)]
        complete = [o for o in offsets if o < cut]
        assert len(pages) in (len(complete) - 1, len(complete)) or not complete, cut
        assert all("préfet" in p.content for p in pages)
        assert [s.reason for s in skips] in ([], ["truncated"]), (cut, skips)


def test_warc_encoded_bodies_resource_records_and_bad_charset(tmp_path: Path) -> None:
    packed = gzip.compress(html(FR_BODY).encode("utf-8"))
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(packed[k : k + 100]), packed[k : k + 100])
        for k in range(0, len(packed), 100)
    )
    chunked += b"0\r\n\r\n"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            "https://ex.fr/encoded", "response", payload=io.BytesIO(chunked), http_headers=headers
        )
    )
    bad_label = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=nonsense-8")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://ex.fr/label",
            "response",
            payload=io.BytesIO(html(FR_BODY).encode("cp1252")),
            http_headers=bad_label,
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "file:///saved/page.html",
            "resource",
            payload=io.BytesIO(html(EN_BODY).encode()),
            warc_content_type="text/html",
        )
    )
    path = tmp_path / "encoded.warc.gz"
    path.write_bytes(buf.getvalue())
    encoded, label, resource = run([path])
    assert_french(encoded)
    assert encoded.url == "https://ex.fr/encoded" and encoded.encoding == "utf-8"
    assert_french(label)
    assert label.encoding == "cp1252" and "no charset declared" in label.warnings[-1]
    assert isinstance(resource, Page) and "Rotterdam" in resource.content
    small = run([path], max_bytes=200)
    assert [s.reason for s in small] == ["too-large"] * 3


def test_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_text(html(EN_BODY))
    (tmp_path / "b.warc.gz").write_bytes(b"")
    items = run([tmp_path])
    assert_skip(items[0], "unsupported-format")
    assert_skip(items[1], "empty")


# ------------------------------------------------------------------------------- URL


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            body = html(FR_BODY).encode("latin-1")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=ISO-8859-1")
        elif self.path == "/photo":
            body = b"\x89PNG\r\n\x1a\n" + bytes(64)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
        else:
            body = b"<html><body>Not here</body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_fetch_from_local_server(local_server: str) -> None:
    urls = [f"{local_server}/article", f"{local_server}/missing", f"{local_server}/photo"]
    urls.append("http://127.0.0.1:9/closed-port")
    items = list(read_inputs(urls))
    page = items[0]
    assert isinstance(page, Page) and page.source == urls[0] and page.url == urls[0]
    assert page.encoding == "cp1252"
    assert_french(page)
    assert "404" in assert_skip(items[1], "fetch-failed").detail
    assert_skip(items[2], "not-html")
    assert_skip(items[3], "fetch-failed")
    assert _Handler.seen_agents and all(a == "sourcier/0.1" for a in _Handler.seen_agents)
    assert count_inputs(urls) == 4


def test_url_fetch_respects_the_size_limit(local_server: str) -> None:
    (item,) = read_inputs([f"{local_server}/article"], max_bytes=200)
    assert_skip(item, "too-large")
