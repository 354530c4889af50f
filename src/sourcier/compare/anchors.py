"""Exact anchors shared by two sentences: numbers, name-like words, quoted strings.

Anchors are language-independent surface evidence for the aligner (they carry it where the
sentence encoder does not know a language). They are not the fact comparison of
:mod:`sourcier.compare.facts`: a match only adds to a sentence pair's alignment score.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
from scipy import sparse

_NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f']\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_QUOTED = re.compile(r"[«“\"„»]\s*([^«»“”\"„]{12,200}?)\s*[»”\"“«]")
_PREFIX = 5  # inflected names (Obamy, Obamovi, Obama) share their first letters


@lru_cache(maxsize=100_000)
def _ascii(word: str) -> str:
    from sourcier.annotate.names import ascii_fold

    return ascii_fold(word)


def number_anchor(raw: str) -> str | None:
    """Digits of a number without separators, trailing zero groups kept ("2 500" -> "2500")."""
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return None
    digits = digits.lstrip("0") or "0"
    if len(digits) == 1:
        return None  # single digits are everywhere (lists, times): too weak
    return f"#{digits}"


def sentence_anchors(text: str) -> set[str]:
    """Anchor tokens of one sentence."""
    out: set[str] = set()
    for m in _NUMBER.finditer(text):
        tok = number_anchor(m.group())
        if tok:
            out.add(tok)
    words = _WORD.findall(text)
    for k, w in enumerate(words):
        # capitalised words not in first position, and all-caps acronyms anywhere
        if len(w) < 2 or not w[0].isupper():
            continue
        if k == 0 and not (w.isupper() and len(w) >= 2):
            continue
        key = _ascii(w)
        if len(key) < 3:
            continue
        out.add("@" + key[: max(3, min(_PREFIX, len(key) - 1))])
    for m in _QUOTED.finditer(text):
        out.add("q:" + " ".join(m.group(1).lower().split()))
    return out


def anchor_matrix(a_texts: list[str], b_texts: list[str]) -> np.ndarray:
    """``(len(a), len(b))`` float32 weight of anchors shared by each sentence pair.

    Each shared token weighs ``1 / max(df_a, df_b)`` (a name repeated in every sentence
    says little about which sentences correspond).
    """
    n, m = len(a_texts), len(b_texts)
    if not n or not m:
        return np.zeros((n, m), dtype=np.float32)
    sa = [sentence_anchors(t) for t in a_texts]
    sb = [sentence_anchors(t) for t in b_texts]
    df_a = Counter(t for s in sa for t in s)
    df_b = Counter(t for s in sb for t in s)
    vocab = {t: k for k, t in enumerate(set(df_a) & set(df_b))}
    if not vocab:
        return np.zeros((n, m), dtype=np.float32)
    weights = np.array(
        [1.0 / max(df_a[t], df_b[t]) for t in sorted(vocab, key=vocab.__getitem__)],
        dtype=np.float32,
    )

    def incidence(sets: list[set[str]], rows: int) -> sparse.csr_matrix:
        r, c = [], []
        for i, s in enumerate(sets):
            for t in s:
                k = vocab.get(t)
                if k is not None:
                    r.append(i)
                    c.append(k)
        data = np.ones(len(r), dtype=np.float32)
        return sparse.csr_matrix((data, (r, c)), shape=(rows, len(vocab)))

    ia = incidence(sa, n)
    ib = incidence(sb, m)
    w = sparse.diags(weights)
    return np.asarray((ia @ w @ ib.T).todense(), dtype=np.float32)
