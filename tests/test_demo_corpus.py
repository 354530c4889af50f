"""The bundled demo corpus: manifest consistent with the pages, planted changes really planted."""

from __future__ import annotations

import html
import json
import re
from functools import cache, lru_cache

import lxml.html
import pytest

from sourcier.demo import DEMO_DIR
from sourcier.model import DIVERGENCE_TYPES

MANIFEST_PATH = DEMO_DIR.parent / "manifest.json"
ROLES = {"original", "republication", "wire-copy", "translation", "same-story", "unrelated"}
RELATIONS = {
    "translation",
    "edited translation",
    "copy",
    "edited copy",
    "same story",
    "unrelated",
    None,
}
REPUBLISHING_ROLES = {"republication", "wire-copy", "translation"}
CHANGE_TYPES = set(DIVERGENCE_TYPES) | {"date_dropped"}


def fold(text: str) -> str:
    """Unescape entities and fold every run of whitespace (nbsp included) to one space."""
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@lru_cache(maxsize=1)
def manifest() -> dict:
    return json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))


@cache
def raw(file: str) -> str:
    return (DEMO_DIR / file).read_text(encoding="utf-8")


@cache
def doc(file: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(raw(file))


@cache
def text(file: str) -> str:
    """Visible text of the whole page, tags removed, folded."""
    return fold(doc(file).text_content())


def pages() -> list[dict]:
    return manifest()["pages"]


def page(file: str) -> dict:
    return next(p for p in pages() if p["file"] == file)


def article_paragraphs(file: str) -> list[str]:
    art = doc(file).xpath("//article")
    assert len(art) == 1, f"{file}: expected exactly one <article>"
    return [fold(p.text_content()) for p in art[0].iter("p")]


# ------------------------------------------------------------------ files and manifest


def test_every_file_is_listed_and_exists() -> None:
    listed = [p["file"] for p in pages()]
    assert len(listed) == len(set(listed)), "duplicate file in manifest"
    on_disk = sorted(str(p.relative_to(DEMO_DIR)) for p in DEMO_DIR.rglob("*.html"))
    assert sorted(listed) == on_disk


def test_corpus_size_languages_and_roles() -> None:
    ps = pages()
    assert len(ps) >= 15
    langs = {p["lang"] for p in ps}
    assert {"en", "fr"} <= langs and langs & {"de", "es"} and len(langs) >= 3
    assert {p["role"] for p in ps} == ROLES
    for p in ps:
        assert set(p) >= {
            "file",
            "url",
            "site",
            "lang",
            "title",
            "published",
            "role",
            "story",
            "of",
            "relation",
        }, p["file"]
        assert p["relation"] in RELATIONS, p["file"]
        assert p["url"].startswith("https://") and p["site"] in p["url"], p["file"]
        assert p["file"].split("/")[0] == p["site"], p["file"]
        if p["of"] is not None:
            orig = page(p["of"])
            assert orig["role"] == "original" and orig["story"] == p["story"], p["file"]
        else:
            assert p["role"] in {"original", "unrelated"}, p["file"]


def test_every_republishing_site_has_two_pages() -> None:
    by_site: dict[str, int] = {}
    for p in pages():
        by_site[p["site"]] = by_site.get(p["site"], 0) + 1
    republishers = {p["site"] for p in pages() if p["role"] in REPUBLISHING_ROLES}
    assert republishers
    for site in republishers:
        assert by_site[site] >= 2, site


def test_urls_are_unique() -> None:
    urls = [p["url"] for p in pages()]
    assert len(urls) == len(set(urls))


# ------------------------------------------------------------------ HTML well-formedness


@pytest.mark.parametrize("file", [p["file"] for p in manifest()["pages"]])
def test_page_parses_and_declares_metadata(file: str) -> None:
    p = page(file)
    d = doc(file)
    assert d.xpath("//meta[@charset]"), "no <meta charset>"
    assert d.xpath("//title/text()")
    assert d.xpath("//link[@rel='canonical']/@href") == [p["url"]]
    assert d.xpath("//meta[@property='og:url']/@content") == [p["url"]]
    assert d.xpath("//html/@lang")[0].split("-")[0] == p["lang"]
    assert d.xpath("//article//h1") and d.xpath("//article//figure/figcaption")
    assert d.xpath("//footer") and d.xpath("//nav") and d.xpath("//*[@id='cookie-banner']")
    published = d.xpath("//meta[@property='article:published_time']/@content")
    assert published == ([p["published"]] if p["published"] else [])
    if p["published"]:
        assert d.xpath("//article//time/@datetime") == [p["published"]]
    else:
        assert not d.xpath("//time") and "datePublished" not in raw(file)
    assert fold(d.xpath("//article//h1")[0].text_content()) == p["title"]


@pytest.mark.parametrize("file", [p["file"] for p in manifest()["pages"]])
def test_articles_have_8_to_20_prose_paragraphs(file: str) -> None:
    blocks = set(manifest()["template_blocks"][page(file)["site"]])
    prose = [t for t in article_paragraphs(file) if len(t) >= 80 and t not in blocks]
    assert 8 <= len(prose) <= 21, (file, len(prose))


# ------------------------------------------------------------------ site templates


def test_template_blocks_recur_on_every_page_of_their_site_only() -> None:
    blocks = manifest()["template_blocks"]
    assert {p["site"] for p in pages()} == set(blocks)
    for site, texts in blocks.items():
        assert texts, site
        for p in pages():
            paras = article_paragraphs(p["file"])
            for block in texts:
                if p["site"] == site:
                    assert block in paras, (site, p["file"], block)
                else:
                    assert block not in text(p["file"]), (site, p["file"], block)


def test_declared_sources_are_on_their_pages() -> None:
    declared = manifest()["declared_sources"]
    assert set(declared) == {p["file"] for p in pages()}
    for file, sources in declared.items():
        for src in sources:
            assert fold(src["text"]) in text(file), (file, src)
            if src["url"]:
                assert src["url"] in doc(file).xpath("//article//a/@href"), (file, src)


# ------------------------------------------------------------------ planted changes


def _check_changes(original: str, copy: str, changes: list[dict]) -> None:
    orig_text, copy_text = text(original), text(copy)
    for ch in changes:
        assert ch["type"] in CHANGE_TYPES, ch
        if ch["original"] is not None:
            assert fold(ch["original"]) in orig_text or ch["original"] in raw(original), ch
        if ch["copy"] is not None:
            assert fold(ch["copy"]) in copy_text, ch
        kind, values = ch["type"], ch.get("values", {})
        if kind == "sentence_omitted":
            assert ch["copy"] is None and fold(ch["original"]) not in copy_text, ch
        elif kind == "name_dropped":
            assert values["name"] in fold(ch["original"]), ch
            assert values["name"] not in fold(ch["copy"]), ch
        elif kind == "number_changed":
            assert values["original"] in ch["original"] and values["copy"] in ch["copy"], ch
            assert values["original"] not in copy_text, ch
        elif kind == "byline_removed":
            assert fold(ch["original"]) not in copy_text, ch
        elif kind == "boilerplate_added":
            assert ch["original"] is None and fold(ch["copy"]) not in orig_text, ch
        elif kind == "title_changed":
            assert page(original)["title"] == ch["original"] and page(copy)["title"] == ch["copy"]
        elif kind == "date_changed":
            assert values["original"] in ch["original"], ch
            assert values["copy"] is None or values["copy"] in ch["copy"], ch


def test_french_republication_carries_exactly_the_planted_changes() -> None:
    planted = manifest()["planted_changes"]
    copy, original = planted["copy"], planted["original"]
    assert page(copy)["of"] == original and page(copy)["role"] == "republication"
    assert page(copy)["lang"] == "fr" and page(original)["lang"] == "en"
    changes = planted["changes"]
    _check_changes(original, copy, changes)
    types = [c["type"] for c in changes]
    for required in (
        "name_dropped",
        "number_changed",
        "sentence_omitted",
        "byline_removed",
        "boilerplate_added",
        "date_dropped",
    ):
        assert required in types, required
    # the publication date is gone from the copy, and with it every absolute anchor
    assert page(copy)["published"] is None and page(original)["published"]
    assert "2025-03-12" not in raw(copy)
    # the read-original link points at the original's URL
    assert page(original)["url"] in doc(copy).xpath("//article//a/@href")
    # the omitted paragraph is one whole paragraph: all its sentences, and nothing else, are gone
    omitted = [fold(c["original"]) for c in changes if c["type"] == "sentence_omitted"]
    assert " ".join(omitted) in article_paragraphs(original)
    # the duplicated caption: twice in the copy, names gone
    caption = next(a["copy"] for a in planted["artefacts"] if a["kind"] == "duplicate-caption")
    assert text(copy).count(fold(caption)) == 2
    # body paragraph counts line up: original minus one omitted paragraph
    blocks = set(manifest()["template_blocks"][page(copy)["site"]])
    orig_body = [
        t
        for t in article_paragraphs(original)
        if len(t) >= 80 and t not in set(manifest()["template_blocks"][page(original)["site"]])
    ]
    copy_body = [
        t
        for t in article_paragraphs(copy)
        if len(t) >= 80 and t not in blocks and fold(caption) != t
    ]
    assert len(copy_body) == len(orig_body) - 1


def test_edited_wire_copy_changes() -> None:
    for entry in manifest()["edited_copies"]:
        assert page(entry["copy"])["of"] == entry["original"]
        assert page(entry["copy"])["relation"] == "edited copy"
        _check_changes(entry["original"], entry["copy"], entry["changes"])


def test_verbatim_copies_contain_every_paragraph_of_their_original() -> None:
    copies = [p for p in pages() if p["relation"] == "copy"]
    assert len({p["site"] for p in copies}) >= 2
    for p in copies:
        blocks = set(manifest()["template_blocks"][page(p["of"])["site"]])
        paras = [t for t in article_paragraphs(p["of"]) if len(t) >= 80 and t not in blocks]
        assert len(paras) >= 8
        copy_paras = article_paragraphs(p["file"])
        for para in paras:
            assert para in copy_paras, (p["file"], para[:60])


DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def _figures(text: str) -> set[str]:
    return {m.replace(",", ".") for m in DIGITS.findall(text)}


def test_translations_keep_numbers_of_their_original() -> None:
    """A faithful translation keeps every figure (digits compared, separators ignored)."""
    for p in pages():
        if p["relation"] != "translation" or p["role"] != "translation":
            continue
        orig = _figures(" ".join(article_paragraphs(p["of"])[:-1]))
        trans = _figures(" ".join(article_paragraphs(p["file"])))
        missing = {n for n in orig - trans if not re.fullmatch(r"\d\.\d{3}", n)}
        assert not missing, (p["file"], missing)


def test_expected_dates_occur_in_the_original() -> None:
    dates = manifest()["expected_dates"]
    assert page(dates["file"])["published"].startswith(dates["reference"])
    for m in dates["mentions"]:
        assert m["text"] in text(dates["file"]), m


def test_french_republication_keeps_its_invariants() -> None:
    """Nothing beyond the planted changes: the listed names and figures survive in the body."""
    planted = manifest()["planted_changes"]
    changes = planted["changes"]
    omitted = " ".join(fold(c["original"]) for c in changes if c["type"] == "sentence_omitted")
    orig_body = " ".join(t for t in article_paragraphs(planted["original"]) if t != omitted)
    copy_body = " ".join(article_paragraphs(planted["copy"]))
    dropped = [
        c["values"]["name"] for c in changes if c["type"] == "name_dropped" and c["scope"] == "body"
    ]
    inv = planted["invariants"]
    assert len(inv["names"]) >= 8 and len(inv["numbers"]) >= 5
    for name in inv["names"]:
        assert name in orig_body, name
        if any(name in d for d in dropped):
            assert name in copy_body, name
        else:
            assert copy_body.count(name) == orig_body.count(name), name
    for figure in inv["numbers"]:
        assert figure in copy_body, figure
