"""Document vectors in one append-only float16 file, searched exactly with numpy
(or with a faiss HNSW graph when faiss-cpu is installed and the store is large).

Row ``i`` of the file is vector slot ``i``. The number of *committed* vectors lives in the
database (meta ``vectors.count``), updated in the same transaction as the articles that own
them; anything in the file beyond it is the tail of an interrupted batch: readers ignore it,
and the writer truncates it on opening and overwrites it.

The HNSW graph (``vectors.hnsw``, a cache beside the vectors: deleting it only costs a
rebuild) stores 8-bit scalar-quantised vectors (faiss ``IndexHNSWSQ``: 512 B per 512-d vector
instead of 2 KB in float32, about 0.8 KB per article with the graph); its hits are re-scored
with the float16 vectors read from the file, so reported cosines are exact.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

# below this many vectors exact search is fast enough: measured on the shared 2-core machine
# (load ~7), an exact scan costs 45 ms at 100k vectors and grows linearly (~180 ms at 400k),
# while HNSW answers in ~1.3 ms at 1M; from 150k on, exact search alone would spend most of
# a 100 ms trace budget
HNSW_MIN = 150_000
HNSW_M = 32  # graph degree (M=16 lost recall: 0.93-0.95 at 100k against 0.98 for 32)
HNSW_EF_SEARCH = 128
HNSW_RERANK = 2  # HNSW hits fetched per requested result, re-scored exactly
TRAIN_ROWS = 65_536  # rows sampled to fit the 8-bit quantiser's per-dimension ranges
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
        """Rows ``slots`` as float32: from the in-memory copy when exact search has loaded it,
        else read from the file (a few rows must not pull every vector into memory)."""
        if not slots:
            return np.zeros((0, self.dim), np.float32)
        if self._cached >= count:
            return np.stack([self._chunks[s // CHUNK][s % CHUNK] for s in slots])
        return self.read_rows(slots)

    def read_rows(self, slots: list[int]) -> np.ndarray:
        """Rows ``slots`` read straight from the file (one ``pread`` each)."""
        out = np.empty((len(slots), self.dim), np.float32)
        with open(self.path, "rb") as fh:
            fd = fh.fileno()
            for j, s in enumerate(slots):
                out[j] = np.frombuffer(os.pread(fd, self.row_bytes, int(s) * self.row_bytes),
                                       dtype="<f2")
        return out

    def read_block(self, start: int, end: int) -> np.ndarray:
        """Rows ``start..end`` as float32 (plain read: no mapped pages kept resident)."""
        with open(self.path, "rb") as fh:
            fh.seek(start * self.row_bytes)
            raw = np.fromfile(fh, dtype="<f2", count=(end - start) * self.dim)
        return raw.reshape(end - start, self.dim).astype(np.float32)

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

    def ensure_graph(self, count: int) -> bool:
        """Build or extend the HNSW graph over the first ``count`` rows and save it, when the
        store is large enough to search with it (``sourcier index`` calls this, so the first
        trace does not pay for the build). False when exact search is used."""
        if count < HNSW_MIN or not _faiss_available():
            return False
        self._graph(count)
        return True

    def _search_faiss(self, q: np.ndarray, count: int, k: int) -> list[tuple[int, float]]:
        """HNSW search, hits re-scored exactly with the float16 rows."""
        index = self._graph(count)
        want = min(count, max(k * HNSW_RERANK, k + 10))
        _, idx = index.search(q[None, :], want)
        slots = [int(i) for i in idx[0] if i >= 0]
        if not slots:
            return []
        scores = self.read_rows(slots) @ q
        order = np.argsort(-scores)[:k]
        return [(slots[i], float(scores[i])) for i in order]

    def _graph(self, count: int):
        """The HNSW graph over the first ``count`` rows: kept beside the vectors
        (``vectors.hnsw``) and extended with rows added since it was saved (saved again,
        atomically, when it grew)."""
        import faiss

        if self._chunks:  # the exact-search copy is not needed any more: free it
            self._chunks, self._cached = [], 0
        path = self.path.with_suffix(".hnsw")
        if self._faiss is None:
            if path.exists():
                try:
                    self._faiss = faiss.read_index(str(path))
                except RuntimeError:
                    self._faiss = None
                # a graph of another kind (an older sourcier's IndexHNSWFlat) or from a longer
                # file than what is committed is rebuilt
                if (not isinstance(self._faiss, faiss.IndexHNSWSQ) or self._faiss.d != self.dim
                        or self._faiss.ntotal > count):
                    self._faiss = None
            if self._faiss is None:
                self._faiss = faiss.IndexHNSWSQ(self.dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M,
                                                faiss.METRIC_INNER_PRODUCT)
                self._faiss.train(self._training_sample(count))
            self._faiss.hnsw.efSearch = HNSW_EF_SEARCH
            self._faiss_count = self._faiss.ntotal
        if self._faiss_count < count:
            for pos in range(self._faiss_count, count, CHUNK):
                self._faiss.add(self.read_block(pos, min(count, pos + CHUNK)))
            self._faiss_count = count
            tmp = path.with_suffix(f".hnsw.tmp{os.getpid()}")
            try:
                faiss.write_index(self._faiss, str(tmp))
                os.replace(tmp, path)
            except (RuntimeError, OSError):
                tmp.unlink(missing_ok=True)
        return self._faiss

    def _training_sample(self, count: int) -> np.ndarray:
        """Up to ``TRAIN_ROWS`` rows from four evenly spaced places of the file."""
        if count <= TRAIN_ROWS:
            return self.read_block(0, count)
        part = TRAIN_ROWS // 4
        starts = np.linspace(0, count - part, 4).astype(int)
        return np.concatenate([self.read_block(int(s), int(s) + part) for s in starts])


def _faiss_available() -> bool:
    try:
        import faiss  # noqa: F401
    except ImportError:
        return False
    return True
