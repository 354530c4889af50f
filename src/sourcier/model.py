"""The data model: every record sourcier reads, produces or stores, in one place.

Each record is a dataclass with a stable JSON form (``to_dict`` / ``from_dict``).
Character offsets (``start``/``end``) always index into :attr:`Article.text`,
the clean body text, as Python string indices (code points), end exclusive.

Pipeline stages exchange these records and nothing else:

read -> :class:`Page` or :class:`Skip`
extract -> :class:`Article` (with :class:`Paragraph`, :class:`Sentence`, :class:`Removed`,
           :class:`DeclaredSource`, :class:`Hyperlink`)
annotate -> fills :attr:`Article.entities`, ``numbers``, ``dates``, ``quotes``
compare -> :class:`Comparison` (with :class:`AlignmentLink`, :class:`Divergence`)
corpus -> :class:`Candidate`, :class:`Trace`, :class:`Family`, :class:`FamilyMember`
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = 1

T = TypeVar("T")


class Record:
    """Mixin giving dataclasses a JSON form that round-trips."""

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _from_jsonable(cls, data)


def _to_jsonable(value: Any) -> Any:
    t = type(value)
    if t is str or t is int or t is float or t is bool or value is None:
        return value
    if dataclasses.is_dataclass(t):
        return {name: _to_jsonable(getattr(value, name)) for name in _field_names(t)}
    if isinstance(value, (list, tuple)):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    return value


def _from_jsonable(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_jsonable(args[0], data) if len(args) == 1 else data
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [_from_jsonable(item, v) for v in data]
    if origin is dict:
        return dict(data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        kwargs = {}
        for name, hint, plain in _field_hints(tp):
            if name in data:
                value = data[name]
                kwargs[name] = value if plain else _from_jsonable(hint, value)
        return tp(**kwargs)
    return data


_PLAIN = {int, float, str, bool, Any, int | None, float | None, str | None, bool | None}


@functools.cache
def _field_names(tp: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(tp))


@functools.cache
def _field_hints(tp: type) -> tuple[tuple[str, Any, bool], ...]:
    """Per dataclass: (field name, resolved type, whether the JSON value is used as is)."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name], hints[f.name] in _PLAIN)
                 for f in dataclasses.fields(tp))


# --------------------------------------------------------------------------- read


@dataclass
class Page(Record):
    """One raw input item, before extraction.

    ``source`` names where it came from: a file path, ``archive.warc.gz@1234``
    (byte offset of the record) or ``records.jsonl:17`` (line number), or ``-`` for stdin.
    """

    source: str
    content: str  # decoded HTML (kind="html") or plain text (kind="text")
    kind: Literal["html", "text"] = "html"
    url: str | None = None
    date: str | None = None  # a date the container declares (JSON field, WARC-Date)
    title: str | None = None  # a title the container declares (JSON field)
    encoding: str | None = None  # the encoding the bytes were decoded from
    meta: dict[str, Any] = field(default_factory=dict)  # other container fields
    warnings: list[str] = field(default_factory=list)


@dataclass
class Skip(Record):
    """An input item that yielded no article, and why.

    ``reason`` is a short stable code (``empty``, ``not-html``, ``binary``, ``undecodable``,
    ``too-large``, ``truncated``, ``damaged-record``, ``malformed-json``, ``unreadable``,
    ``no-article``, ``not-found``, ...); ``detail`` is a human sentence.
    """

    source: str
    reason: str
    detail: str = ""
    skipped: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"skipped": True, "source": self.source, "reason": self.reason, "detail": self.detail}


# ------------------------------------------------------------------------ extract


@dataclass
class Paragraph(Record):
    start: int
    end: int
    lang: str | None = None  # ISO 639-1 code, None when undetermined
    kind: str = "p"  # p, heading, list, quote, caption, table


@dataclass
class Sentence(Record):
    start: int
    end: int
    paragraph: int  # index into Article.paragraphs
    text: str = ""  # == Article.text[start:end], kept for readable JSON


@dataclass
class Hyperlink(Record):
    """A link inside the body: anchor text span and its target."""

    text: str
    url: str
    start: int
    end: int


@dataclass
class Removed(Record):
    """A paragraph set aside from the body, kept with the reason it was removed.

    ``reason`` codes: ``duplicate`` (repeated within the page), ``share``, ``newsletter``,
    ``donation``, ``advertising``, ``read-original``, ``related``, ``comments``,
    ``site-template`` (recurs across pages of the same site), ``credit``, ``tips`` (newsroom
    tip-line appeals: "Have a news tip?").
    """

    text: str
    reason: str
    detail: str = ""
    position: int | None = None  # paragraph index it had before removal, when known


@dataclass
class DeclaredSource(Record):
    """What the page itself says about where its content comes from.

    ``kind``: ``dateline`` ("(CNSNews.com) -"), ``credit`` ("Source : AFP", "(AP)"),
    ``byline`` ("By Jane Doe"), ``first-appeared`` ("This article first appeared on ..."),
    ``read-original`` ("Vous pouvez lire l'article original ici"), ``canonical``
    (rel=canonical elsewhere), ``og-url`` (og:url elsewhere).
    """

    text: str
    kind: str
    name: str | None = None  # the outlet or person named, when one is
    url: str | None = None


# ----------------------------------------------------------------------- annotate


@dataclass
class Entity(Record):
    text: str
    label: str  # PER, ORG, LOC, MISC
    start: int
    end: int
    key: str  # canonical cross-language key ("putin", "nato", "moscow")


@dataclass
class NumberMention(Record):
    text: str
    value: float
    start: int
    end: int
    unit: str | None = None  # "%", "EUR", "USD", "troops", ...
    kind: str = "number"  # number, percent, money, ordinal, range
    high: float | None = None  # upper bound of a range (kind="range"); value is the lower bound


@dataclass
class DateMention(Record):
    text: str
    start: int
    end: int
    value: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when known
    resolved: bool = False  # True when value is known (absolute, or relative resolved)
    relative: bool = False  # the expression is relative ("mardi", "last week")
    granularity: str = "day"  # day, week, month, year, time


@dataclass
class Quote(Record):
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_key: str | None = None
    cue: str | None = None
    kind: str = "direct"  # direct, reported


# ------------------------------------------------------------------------ article


@dataclass
class Article(Record):
    """A clean article: body text, metadata, structure, and what was set aside."""

    id: str
    source: str
    text: str
    url: str | None = None
    site: str | None = None  # host without www., e.g. "lemonde.fr"
    sitename: str | None = None  # the site's own name, when declared
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date
    canonical_url: str | None = None
    lang: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    links: list[Hyperlink] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    declared_sources: list[DeclaredSource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # annotation layers: None means "not annotated" (see annotated_with)
    entities: list[Entity] | None = None
    numbers: list[NumberMention] | None = None
    dates: list[DateMention] | None = None
    quotes: list[Quote] | None = None
    annotated_with: dict[str, str] = field(default_factory=dict)  # layer -> method/model
    schema: int = SCHEMA_VERSION

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def paragraph_text(self, i: int) -> str:
        p = self.paragraphs[i]
        return self.text[p.start : p.end]


def published_key(value: str | None) -> tuple[str, str] | None:
    """Sortable form of a publication date: ``(day, time)``, in UTC when the time carries an
    offset; ``time`` is ``""`` when only the day is known. None when unreadable."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if "T" not in value and " " not in value.strip():
        return when.date().isoformat(), ""
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.date().isoformat(), when.time().isoformat()


def published_before(a: str | None, b: str | None) -> bool | None:
    """True when ``a`` was published before ``b``, False when after, None when unknown or not
    decidable (the same day and one of them without a time)."""
    ka, kb = published_key(a), published_key(b)
    if ka is None or kb is None or ka == kb:
        return None
    if ka[0] != kb[0]:
        return ka[0] < kb[0]
    if not ka[1] or not kb[1]:
        return None
    return ka[1] < kb[1]


def article_id(text: str, url: str | None = None) -> str:
    """Stable content-derived id: the same page twice gives the same id."""
    norm = " ".join(text.split())
    h = hashlib.sha256(f"{url or ''}\n{norm}".encode()).hexdigest()
    return h[:16]


# ------------------------------------------------------------------------ compare

Verdict = Literal[
    "copy", "edited copy", "translation", "edited translation", "same story", "unrelated"
]

DIVERGENCE_TYPES = (
    "sentence_omitted",
    "sentence_added",
    "name_dropped",
    "name_added",
    "name_changed",
    "number_changed",
    "date_changed",
    "quote_altered",
    "quote_removed",
    "title_changed",
    "byline_removed",
    "source_added",
    "source_removed",
    "boilerplate_added",
)


@dataclass
class AlignmentLink(Record):
    """Sentences ``a`` of the first article aligned with sentences ``b`` of the second.

    One side may be empty (a 1-0 or 0-1 link: an unaligned sentence).
    ``moved`` is True when the link sits outside the monotonic path (a moved block).
    """

    a: list[int]
    b: list[int]
    score: float
    moved: bool = False


@dataclass
class Divergence(Record):
    """One named difference. Stated relative to the second (original) article:
    ``_dropped``/``_omitted`` = present in ``b``, missing in ``a``."""

    type: str  # one of DIVERGENCE_TYPES
    a: list[int] = field(default_factory=list)  # sentence indices in article a (the copy)
    b: list[int] = field(default_factory=list)  # sentence indices in article b (the original)
    values: dict[str, Any] = field(default_factory=dict)  # e.g. {"a": "10 000", "b": 100000}
    evidence: str = ""


@dataclass
class Comparison(Record):
    """The result of ``sourcier compare COPY ORIGINAL`` (a = copy, b = original)."""

    articles: dict[str, Article]  # {"a": ..., "b": ...}
    verdict: str
    direction: str  # "a", "b" or "unknown": which one the tool thinks is the original
    direction_evidence: list[str]
    languages: dict[str, str | None]
    coverage: dict[str, float]
    similarity: float
    alignment: list[AlignmentLink]
    divergences: list[Divergence]
    warnings: list[str] = field(default_factory=list)
    schema: int = SCHEMA_VERSION

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        obj = _from_jsonable(cls, data)
        obj.articles = {k: Article.from_dict(v) for k, v in data.get("articles", {}).items()}
        return obj


# ------------------------------------------------------------------------- corpus


@dataclass
class Candidate(Record):
    id: str
    url: str | None
    lang: str | None
    verdict: str
    score: float
    site: str | None = None
    published: str | None = None
    evidence: list[str] = field(default_factory=list)  # which indexes proposed it


@dataclass
class Trace(Record):
    query: dict[str, Any]  # {"id", "url", "lang"}
    candidates: list[Candidate]
    original: str | None  # id of the most likely original, None when the query looks original
    direction_evidence: list[str]
    report: Comparison | None = None
    # what limited the search (a query language the encoder cannot read, ...)
    notes: list[str] = field(default_factory=list)


@dataclass
class FamilyMember(Record):
    id: str
    url: str | None
    site: str | None
    lang: str | None
    relation: str  # origin, copy, edited copy, translation, edited translation
    published: str | None = None
    delay: float | None = None  # hours after the origin, when both dates are known


@dataclass
class Family(Record):
    id: str
    origin: str  # article id
    members: list[FamilyMember]
    languages: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
