"""Per-article fingerprints: MinHash signature + LSH band keys, language-independent anchors,
and the text the document vector is computed from.

All hashes are stable across processes (blake2b / datasketch's sha1-based hashing), so keys
written by one run are found by the next.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from anyascii import anyascii

from sourcier.model import Article

# version of the anchor keys (name stems, number forms): a store indexed under another scheme
# would silently stop matching new queries, so the store records it and refuses a mismatch
ANCHOR_SCHEME = 2
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows per band: candidate threshold about Jaccard 0.42
SHINGLE = 3  # words per shingle
MAX_ANCHORS = 150
LEAD_SENTENCES = 5  # title + this many leading sentences make the document vector

_WORD = re.compile(r"\w+", re.UNICODE)
# a number with optional thousands/decimal separators (1,4 / 1.400 / 26.469,89 / 1 400)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|(?<![\w])\d+(?:[.,]\d+)*")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(/[^\s\"'<>)]*)?",
                  re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")  # a word cut at a line end (print, OCR)
_CAP_WORD = re.compile(r"\b[^\W\d_][\w'’-]*", re.UNICODE)


def stable_hash(text: str) -> int:
    """A signed 64-bit hash of ``text`` (fits an SQLite INTEGER)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little",
                          signed=True)


# ----------------------------------------------------------------------------- MinHash


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    """Word k-shingles of the lower-cased text (bytes, for datasketch)."""
    words = _WORD.findall(_HYPHEN_BREAK.sub(r"\1\2", text).lower())
    if len(words) < k:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)]


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def minhash_signature(text: str) -> np.ndarray | None:
    """``uint64[NUM_PERM]`` MinHash signature (datasketch), None for an empty text."""
    return minhash(text)[0]


def minhash(text: str) -> tuple[np.ndarray | None, int]:
    """MinHash signature and number of distinct shingles of ``text``."""
    from datasketch import MinHash

    sh = set(shingles(text))
    if not sh:
        return None, 0
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme="affine32")
    m.update_batch(list(sh))
    return np.asarray(m.hashvalues, dtype=np.uint64), len(sh)


def band_keys(sig: np.ndarray) -> list[int]:
    """One stable 64-bit key per LSH band of ``sig``."""
    raw = np.ascontiguousarray(sig, dtype="<u8").tobytes()  # converted once, sliced per band
    step = ROWS * 8
    return [int.from_bytes(hashlib.blake2b(bytes([b]) + raw[b * step:(b + 1) * step],
                                           digest_size=8).digest(), "little", signed=True)
            for b in range(BANDS)]


def signature_blob(sig: np.ndarray | None) -> bytes | None:
    return None if sig is None else sig.astype("<u4").tobytes()


def signature_from_blob(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<u4").astype(np.uint64)


def jaccard_estimate(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None or b is None:
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def containment_estimate(jaccard: float, n_a: int, n_b: int) -> float:
    """Share of the smaller shingle set found in the other, from Jaccard and set sizes."""
    if not n_a or not n_b:
        return 0.0
    shared = jaccard * (n_a + n_b) / (1.0 + jaccard)
    return min(1.0, shared / min(n_a, n_b))


# ----------------------------------------------------------------------------- anchors


def _number_key(raw: str) -> str | None:
    groups = re.split(r"[.,\s\u00a0\u202f]", raw)
    groups = [g for g in groups if g]
    if not groups:
        return None
    if len(groups) > 1 and len(groups[-1]) != 3:
        key = "".join(groups[:-1]).lstrip("0") + "." + groups[-1].rstrip("0")
        key = key.rstrip(".") or "0"
        if key.startswith("."):
            key = "0" + key
    else:
        key = "".join(groups).lstrip("0") or "0"
    if len(key) == 1:  # single digits are everywhere: no evidence
        return None
    return key


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(x.start, x.end) for x in article.sentences]
    spans, pos = [], 0
    for m in re.finditer(r"[.!?…]+[\"»”')\]]*\s+|\n\s*\n", article.text):
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, len(article.text)))
    return spans


NAME_STEM = 4  # letters kept of a transliterated name (see _name_stem)
# German capitalises every noun: a capitalised word right after a determiner or with a common
# noun suffix is a noun, not a name (the Bürgermeister, die Regierung, Verhandlungen)
_DE_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "keines", "im", "am", "zum", "zur", "vom",
    "beim", "ins", "jede", "jeder", "jedes", "jeden", "diese", "dieser", "dieses", "diesen",
    "diesem", "unser", "unsere", "seine", "seiner", "ihre", "ihrer", "ihren"))
_DE_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität",
                     "ismus", "nis", "tum", "ment", "chen", "lein")


def _name_stem(word: str) -> str | None:
    """The first four letters of the transliterated word: declined and conjugated forms of a
    name meet there (Obama, Obamy, Obamovi, Obamának -> "obam"; Föld, Földet, Földön)."""
    latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
    return latin[:NAME_STEM] if len(latin) >= 3 else None


def _german_noun(word: str, previous: str | None) -> bool:
    if word.isupper():
        return False  # acronyms are names
    if previous is not None and previous.lower() in _DE_DETERMINERS:
        return True
    return word.lower().endswith(_DE_NOUN_SUFFIXES)


def anchor_terms(article: Article) -> list[str]:
    """Language-independent anchors of an article: numbers, transliterated name stems, URLs.

    Names are capitalised words inside sentences (a sentence's first word is capitalised in
    every language and says nothing), transliterated to ASCII and cut to four letters so
    that inflected forms (Obamy, Obamovi, Obamának) meet their base (Obama). In German,
    capitalised common nouns (after a determiner, or with a noun suffix) are left out.
    """
    text = article.text
    terms: dict[str, None] = {}
    for m in _URL.finditer(text):
        host = m.group(1).lower()
        if not host[-1].isdigit():
            terms[f"u:{host}"] = None
    for chunk in (article.title or "", text):
        for m in _NUMBER.finditer(chunk):
            key = _number_key(m.group(0))
            if key:
                terms[f"n:{key}"] = None
    names: dict[str, None] = {}
    german = (article.lang or "").split("-")[0].lower() == "de"
    for start, end in _sentence_spans(article):
        first = True
        previous = None
        for m in _CAP_WORD.finditer(text, start, end):
            word, before, previous = m.group(0), previous, m.group(0)
            if first:
                first = False
                if not (word.isupper() and len(word) > 1):
                    continue
            if not word[0].isupper():
                continue
            if german and _german_noun(word, before):
                continue
            stem = _name_stem(word)
            if stem:
                names[f"w:{stem}"] = None
            if len(names) >= MAX_ANCHORS:
                break
    terms.update(names)
    return list(terms)[:MAX_ANCHORS]


def anchor_keys(terms: list[str]) -> list[int]:
    return sorted({stable_hash(t) for t in terms})


# ------------------------------------------------------------------------------ vectors


def lead_texts(article: Article, n: int = LEAD_SENTENCES) -> list[str]:
    """Title and leading sentences: what the document vector is the mean of."""
    out = []
    if article.title and article.title.strip():
        out.append(article.title.strip())
    if article.sentences:
        for i in range(len(article.sentences)):
            s = article.sentence_text(i).strip()
            if len(s) >= 3 and s not in out:
                out.append(s)
            if len(out) >= n + (1 if article.title else 0):
                break
    elif article.text.strip():
        out.append(article.text.strip()[:1000])
    return out or [article.text[:1000] or " "]
