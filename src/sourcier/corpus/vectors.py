"""Document vectors in one append-only float16 file, searched exactly with numpy
(optionally with a faiss HNSW index when faiss-cpu is installed and the store is large).

Row ``i`` of the file is vector slot ``i``. The number of *committed* vectors lives in the
database (meta ``vectors.count``), updated in the same transaction as the articles that own
them; anything in the file beyond it is the tail of an interrupted batch: readers ignore it,
and the writer truncates it on opening and overwrites it.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

HNSW_MIN = 500_000  # below this many vectors exact search is fast enough
CHUNK = 65_536  # rows per in-memory chunk


class VectorFile:
    """Float16 vectors of fixed dimension, addressed by slot."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = path
        self.dim = dim
        self.row_bytes = dim * 2
        self._chunks: list[np.ndarray] = []  # float32 copy of the committed rows, in chunks
        self._cached = 0
        self._faiss = None
        self._faiss_count = 0

    # ---------------------------------------------------------------- writer side
    def truncate(self, count: int) -> None:
        """Drop any uncommitted tail beyond ``count`` rows (writer, on open)."""
        size = count * self.row_bytes
        if self.path.exists() and self.path.stat().st_size > size:
            with open(self.path, "r+b") as fh:
                fh.truncate(size)

    def write(self, start: int, vectors: np.ndarray) -> None:
        """Write rows ``start..`` (before the transaction that commits them)."""
        data = np.ascontiguousarray(vectors, dtype="<f2")
        assert data.shape[1] == self.dim
        mode = "r+b" if self.path.exists() else "w+b"
        with open(self.path, mode) as fh:
            fh.seek(start * self.row_bytes)
            fh.write(data.tobytes())
            fh.flush()
            os.fsync(fh.fileno())

    # ---------------------------------------------------------------- reader side
    def _load(self, count: int) -> list[np.ndarray]:
        """The first ``count`` committed rows as float32 chunks of ``CHUNK`` rows, loaded once
        and extended as the store grows (no whole-matrix copy: peak memory = the vectors)."""
        if count < self._cached:
            self._chunks, self._cached = [], 0
        if count > self._cached:
            with open(self.path, "rb") as fh:  # plain reads: no mapped pages kept resident
                pos = self._cached
                fh.seek(pos * self.row_bytes)
                while pos < count:
                    partial = bool(self._chunks) and len(self._chunks[-1]) < CHUNK
                    room = CHUNK - len(self._chunks[-1]) if partial else CHUNK
                    take = min(room, count - pos)
                    raw = np.fromfile(fh, dtype="<f2", count=take * self.dim)
                    block = raw.reshape(take, self.dim).astype(np.float32)
                    if partial:
                        self._chunks[-1] = np.concatenate([self._chunks[-1], block])
                    else:
                        self._chunks.append(block)
                    pos += take
            self._cached = count
        return self._chunks

    def matrix(self, count: int) -> np.ndarray:
        """The first ``count`` committed rows as one float32 array (a copy)."""
        chunks = self._load(count)
        return np.concatenate(chunks) if chunks else np.zeros((0, self.dim), np.float32)

    def get(self, slots: list[int], count: int) -> np.ndarray:
        chunks = self._load(count)
        if not slots:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([chunks[s // CHUNK][s % CHUNK] for s in slots])

    def search(self, query: np.ndarray, count: int, k: int,
               use_faiss: bool | None = None) -> list[tuple[int, float]]:
        """Top ``k`` ``(slot, cosine)`` among the first ``count`` rows."""
        if count == 0:
            return []
        q = np.asarray(query, dtype=np.float32).reshape(-1)
        if use_faiss is None:
            use_faiss = count >= HNSW_MIN and _faiss_available()
        if use_faiss and _faiss_available():
            return self._search_faiss(q, count, k)
        scores = np.concatenate([c @ q for c in self._load(count)])
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(i), float(scores[i])) for i in top]

    def _search_faiss(self, q: np.ndarray, count: int, k: int) -> list[tuple[int, float]]:
        """HNSW search; the graph is kept beside the vectors (``vectors.hnsw``) and extended
        with rows added since it was saved (saved again, atomically, when it grew)."""
        import faiss

        path = self.path.with_suffix(".hnsw")
        if self._faiss is None:
            if path.exists():
                try:
                    self._faiss = faiss.read_index(str(path))
                except RuntimeError:
                    self._faiss = None
            if self._faiss is None or self._faiss.ntotal > count:
                self._faiss = faiss.IndexHNSWFlat(self.dim, 32, faiss.METRIC_INNER_PRODUCT)
            self._faiss.hnsw.efSearch = 128
            self._faiss_count = self._faiss.ntotal
        if self._faiss_count < count:
            mm = np.memmap(self.path, dtype="<f2", mode="r", shape=(count, self.dim))
            for pos in range(self._faiss_count, count, CHUNK):
                end = min(count, pos + CHUNK)
                self._faiss.add(np.asarray(mm[pos:end], dtype=np.float32))
            del mm
            self._faiss_count = count
            tmp = path.with_suffix(f".hnsw.tmp{os.getpid()}")
            try:
                faiss.write_index(self._faiss, str(tmp))
                os.replace(tmp, path)
            except (RuntimeError, OSError):
                tmp.unlink(missing_ok=True)
        dist, idx = self._faiss.search(q[None, :], min(k, count))
        return [(int(i), float(d)) for i, d in zip(idx[0], dist[0], strict=True) if i >= 0]


def _faiss_available() -> bool:
    try:
        import faiss  # noqa: F401
    except ImportError:
        return False
    return True
