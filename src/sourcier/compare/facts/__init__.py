"""Exact facts of each sentence, and their explicit comparison (never by vectors).

Per sentence: amounts (:func:`sourcier.annotate.numbers.find_numbers`), dates with resolved
values (:func:`sourcier.annotate.dates.find_dates`, relative ones resolved against one
reference for both articles, the original's publication date when known, and compared by
meaning), names (``article.entities`` when the article was annotated, which
:func:`sourcier.compare.compare` does for French and English, completed by a
capitalisation-based candidate finder for the runs the recogniser left out; the finder alone
for other languages) keyed with :func:`sourcier.annotate.names.name_key`, and quoted strings.

Modules, in dependency order: :mod:`.text` (word helpers and word lists), :mod:`.quotes`,
:mod:`.amounts`, :mod:`.dates`, :mod:`.sentences` (the facts of each sentence),
:mod:`.rendering` (is a name rendered in another text), :mod:`.evidence` (which words are
names worth checking), :mod:`.exemptions` (names a translation has nothing to keep of).
This package re-exports what :mod:`sourcier.compare.divergences` uses.
"""

from sourcier.compare.facts.amounts import (
    AMOUNT_KINDS,
    compatible_units,
    figure_elsewhere,
    numbers_equal,
    unmatched_numbers,
    year_elsewhere,
    year_like,
)
from sourcier.compare.facts.dates import unmatched_dates
from sourcier.compare.facts.evidence import (
    adjective_name,
    article_surnames,
    capitalised_tokens,
    compound_name,
    evidenced_names,
    kept_verbatim,
    name_vocabulary,
    titled_name,
    translated_word,
    verbatim_word,
)
from sourcier.compare.facts.exemptions import (
    acronym,
    acronym_rendered,
    common_word,
    gloss_only,
    invariant_name,
    named_after_kind,
    no_name_to_keep,
    person_like,
    portfolio,
    portfolio_given,
    written_lower,
)
from sourcier.compare.facts.quotes import Quoted, quote_similarity, quoted_strings
from sourcier.compare.facts.rendering import (
    acronym_expanded,
    adjective_rendered,
    demonym_key,
    derivative_rendered,
    key_in_text,
    lower_renderings,
    name_in_text,
    name_known,
    name_rendered,
    names_match,
    person_matched,
    person_surname,
    place_declined,
    place_in_text,
    significant_words,
    surname_only,
    table_known,
    transliterated_word,
    without_names,
)
from sourcier.compare.facts.sentences import (
    Name,
    SentenceFacts,
    article_facts,
    fallback_names,
    is_amount,
    merge_facts,
    reference_date,
)
from sourcier.compare.facts.text import (
    NOT_NAMES,
    NOUN_CAPITALISING,
    capitalised_words,
    doc_caps,
    fold_tokens,
    lower_words,
    script_of,
    title_case,
)

__all__ = ["AMOUNT_KINDS", "NOT_NAMES", "NOUN_CAPITALISING", "Name", "Quoted", "SentenceFacts",
           "acronym", "acronym_expanded", "acronym_rendered", "adjective_name",
           "adjective_rendered", "article_facts", "article_surnames",
           "capitalised_tokens", "capitalised_words", "common_word", "compatible_units",
           "compound_name",
           "demonym_key", "derivative_rendered", "doc_caps", "evidenced_names", "fallback_names",
           "figure_elsewhere",
           "fold_tokens",
           "gloss_only", "invariant_name", "is_amount", "kept_verbatim", "key_in_text",
           "lower_renderings", "lower_words", "merge_facts", "name_in_text", "name_known",
           "name_rendered", "name_vocabulary", "named_after_kind", "names_match", "no_name_to_keep",
           "numbers_equal", "person_like", "person_matched", "person_surname",
           "place_declined", "place_in_text", "portfolio",
           "portfolio_given",
           "quote_similarity", "quoted_strings", "reference_date", "script_of",
           "significant_words", "surname_only",
           "table_known", "title_case", "titled_name", "translated_word", "transliterated_word",
           "unmatched_dates", "unmatched_numbers", "verbatim_word", "without_names",
           "written_lower", "year_elsewhere", "year_like"]
