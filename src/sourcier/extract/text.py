"""Build an :class:`~sourcier.model.Article` from plain text (paragraphs split on blank lines).

Used for ``.txt`` inputs, JSON records carrying ``text``, and by benchmarks and the API.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sourcier.extract.language import detect_language, majority_language
from sourcier.extract.sentences import split_sentences
from sourcier.model import Article, Page, Paragraph, Sentence, article_id

_PARA_BREAK = re.compile(r"\n\s*\n")
# shorter paragraphs (captions, bylines, one-line headings) are not identified on their own:
# language id is unreliable on so little text, and they take the article's language
PARAGRAPH_MIN_CHARS = 40


def site_of(url: str | None) -> str | None:
    """Host of ``url`` without ``www.``, lower-cased; None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def normalise_paragraphs(paragraphs: list[str]) -> list[str]:
    """Collapse inner whitespace, drop empty paragraphs."""
    out = []
    for p in paragraphs:
        flat = " ".join(p.split())
        if flat:
            out.append(flat)
    return out


def build_article(
    paragraphs: list[str],
    *,
    source: str,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    lang: str | None = None,
    kinds: list[str] | None = None,
    detect: bool = True,
) -> Article:
    """Assemble an Article from clean paragraph strings: offsets, languages, sentences.

    ``lang`` forces the language of every paragraph; otherwise each paragraph is identified
    and the article's language is the one holding most characters.
    """
    paragraphs = normalise_paragraphs(paragraphs)
    text = "\n\n".join(paragraphs)
    paras: list[Paragraph] = []
    pos = 0
    for i, p in enumerate(paragraphs):
        p_lang = lang or (detect_language(p, min_chars=PARAGRAPH_MIN_CHARS) if detect else None)
        kind = kinds[i] if kinds and i < len(kinds) else "p"
        paras.append(Paragraph(start=pos, end=pos + len(p), lang=p_lang, kind=kind))
        pos += len(p) + 2
    doc_lang = lang or majority_language([(p.lang, p.end - p.start) for p in paras])
    if doc_lang is None and detect and text:
        doc_lang = detect_language(text, min_chars=1)
    sentences: list[Sentence] = []
    for i, para in enumerate(paras):
        chunk = text[para.start : para.end]
        for s, e in split_sentences(chunk, para.lang or doc_lang):
            sentences.append(
                Sentence(start=para.start + s, end=para.start + e, paragraph=i,
                         text=chunk[s:e])
            )
    return Article(
        id=article_id(text, url),
        source=source,
        text=text,
        url=url,
        site=site_of(url),
        title=title,
        published=published,
        lang=doc_lang,
        paragraphs=paras,
        sentences=sentences,
    )


def article_from_text(
    text: str,
    *,
    source: str = "<text>",
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    lang: str | None = None,
) -> Article:
    """An Article from plain text whose paragraphs are separated by blank lines."""
    return build_article(
        _PARA_BREAK.split(text), source=source, url=url, title=title,
        published=published, lang=lang,
    )


def article_from_record(page: Page) -> Article | None:
    """An Article record written by ``sourcier extract`` and read back as a JSON page.

    Readers turn such a record into a text page whose ``meta`` keeps the other fields; this
    restores the Article (offsets, removed blocks, annotations) instead of re-extracting it.
    None when the page is not such a record.
    """
    meta = page.meta or {}
    if page.kind != "text" or not isinstance(meta.get("sentences"), list):
        return None
    data = dict(meta)
    data["text"] = page.content
    data.setdefault("source", page.source)
    for key, value in (("url", page.url), ("title", page.title), ("published", page.date)):
        if value and not data.get(key):
            data[key] = value
    try:
        article = Article.from_dict(data)
    except (TypeError, ValueError, KeyError):
        return None
    if not article.id:
        article.id = article_id(article.text, article.url)
    return article
