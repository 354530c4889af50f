"""Extraction: raw pages -> clean :class:`~sourcier.model.Article` records.

``extract_page`` turns one HTML or text page into an Article (body, metadata, links,
boilerplate set aside in ``removed``, ``declared_sources``); ``extract_all`` does it for a
stream, optionally in a process pool, and learns site templates across pages of one site.
"""

from sourcier.extract.batch import extract_all
from sourcier.extract.language import detect_language
from sourcier.extract.page import extract_page
from sourcier.extract.sentences import split_sentences
from sourcier.extract.templates import SiteTemplates
from sourcier.extract.text import article_from_text, build_article, site_of

__all__ = [
    "SiteTemplates",
    "article_from_text",
    "build_article",
    "detect_language",
    "extract_all",
    "extract_page",
    "site_of",
    "split_sentences",
]
