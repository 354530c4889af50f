"""Extraction: raw pages -> clean :class:`~sourcier.model.Article` records."""

from sourcier.extract.language import detect_language
from sourcier.extract.sentences import split_sentences
from sourcier.extract.text import article_from_text, build_article, site_of

__all__ = ["article_from_text", "build_article", "detect_language", "site_of", "split_sentences"]
