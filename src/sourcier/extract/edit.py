"""Remove paragraphs from a built Article, keeping every offset consistent."""

from __future__ import annotations

from dataclasses import replace

from sourcier.extract.language import majority_language
from sourcier.model import Article, Hyperlink, Paragraph, Removed, Sentence, article_id


def drop_paragraphs(article: Article, drop: dict[int, Removed]) -> Article:
    """A copy of ``article`` without the paragraphs keyed in ``drop`` (index -> Removed record).

    Sentences, links and paragraph offsets are shifted, not recomputed; the id and the
    article language are recomputed. The Removed records are appended to ``removed``.
    """
    if not drop:
        return article
    new_index: dict[int, int] = {}
    shift: dict[int, int] = {}  # old paragraph index -> offset delta
    paras: list[Paragraph] = []
    chunks: list[str] = []
    pos = 0
    for i, p in enumerate(article.paragraphs):
        if i in drop:
            continue
        if chunks:
            pos += 2
        new_index[i] = len(paras)
        shift[i] = pos - p.start
        paras.append(Paragraph(start=pos, end=pos + (p.end - p.start), lang=p.lang, kind=p.kind))
        chunks.append(article.text[p.start : p.end])
        pos += p.end - p.start
    text = "\n\n".join(chunks)
    sentences = [
        Sentence(start=s.start + shift[s.paragraph], end=s.end + shift[s.paragraph],
                 paragraph=new_index[s.paragraph], text=s.text)
        for s in article.sentences if s.paragraph in new_index
    ]
    links = []
    starts = [p.start for p in article.paragraphs]
    for link in article.links:
        i = _paragraph_at(starts, link.start)
        if i in new_index:
            links.append(Hyperlink(text=link.text, url=link.url, start=link.start + shift[i],
                                   end=link.end + shift[i]))
    lang = majority_language([(p.lang, p.end - p.start) for p in paras]) or (
        article.lang if paras else None)
    removed = list(article.removed) + [drop[i] for i in sorted(drop)]
    return replace(article, id=article_id(text, article.url), text=text, paragraphs=paras,
                   sentences=sentences, links=links, removed=removed, lang=lang)


def _paragraph_at(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
