"""Many pages -> articles: optional process pool, site templates learned per batch."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from sourcier.extract.page import extract_page
from sourcier.extract.templates import SiteTemplates
from sourcier.model import Article, Page, Skip

BATCH = 256  # items buffered for template learning (and per pool window)
CHUNK = 8  # pages per task sent to a worker


def _warm_up() -> None:
    """Load the language model and sentence rules once per worker process."""
    from sourcier.extract.language import detect_language
    from sourcier.extract.sentences import split_sentences

    detect_language("Le Kremlin a demandé des garanties écrites vendredi.")
    split_sentences("Warm up. Done.", "en")


def _extract_item(item: Page | Skip) -> Article | Skip:
    return item if isinstance(item, Skip) else extract_page(item)


def _extracted(items: Iterable[Page | Skip], jobs: int) -> Iterator[Article | Skip]:
    if jobs <= 1:
        yield from map(_extract_item, items)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
        it = iter(items)
        while window := list(itertools.islice(it, max(BATCH, jobs * CHUNK * 4))):
            pages = [x for x in window if isinstance(x, Page)]
            done = iter(pool.map(extract_page, pages, chunksize=CHUNK))
            for x in window:
                yield x if isinstance(x, Skip) else next(done)


def extract_all(items: Iterable[Page | Skip], *, jobs: int = 1,
                templates: bool | SiteTemplates = True,
                batch_size: int = BATCH) -> Iterator[Article | Skip]:
    """Extract every page in order; Skips pass through unchanged.

    With ``templates`` (True, or a :class:`SiteTemplates` to use and keep updating, e.g. one
    persisted by the corpus), paragraphs recurring across pages of one site are set aside as
    ``site-template``. Items are buffered ``batch_size`` at a time: a page benefits from what
    was learned in its own batch and in earlier ones.
    """
    results = _extracted(items, jobs)
    if templates is False:
        yield from results
        return
    learner = templates if isinstance(templates, SiteTemplates) else SiteTemplates()
    while batch := list(itertools.islice(results, batch_size)):
        for x in batch:
            if isinstance(x, Article):
                learner.observe(x)
        for x in batch:
            yield learner.apply(x) if isinstance(x, Article) else x
