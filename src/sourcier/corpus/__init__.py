"""The corpus: an embedded store of articles with MinHash, anchor and vector indexes,
tracing an article to its original and grouping copies into families.

>>> from sourcier.corpus import Corpus
>>> with Corpus.open("news.db") as corpus:          # doctest: +SKIP
...     corpus.add(articles)
...     trace = corpus.trace(article)
"""

from sourcier.corpus.core import AddCounts, Corpus

__all__ = ["AddCounts", "Corpus"]
