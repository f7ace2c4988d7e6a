"""Interpolated Kneser–Ney smoothing for the character n-gram model.

In a few lines, for a context h of k characters and a next character x:

1. **Discount.** Take a fixed amount D_k off every count seen after h: a count of 1 loses most of
   its weight, a count of 50 hardly any. D_k = n1 / (n1 + 2·n2), where n1 and n2 are how many
   (context, character) pairs of order k occurred exactly once and exactly twice ("counts of counts").
2. **Redistribute.** The mass taken off, D_k · (number of different characters seen after h) / count(h),
   is handed to the shorter context h' (h without its oldest character):

       p(x | h) = max(count(h, x) − D_k, 0) / count(h)  +  D_k · N(h) / count(h) · p(x | h')

   and so on down to the empty context, whose leftover goes to the uniform distribution 1/V. So no
   character of the vocabulary ever gets probability 0, and each row sums to 1.
3. **Continuation counts.** The shorter contexts are only consulted to fill in for a longer one, so
   they count *in how many different contexts* a pair appears, not how often: "Du" → "m" may be
   frequent, but if it only ever follows "Humpty ", it is no evidence that "m" follows "Du" in
   general. For every order below the longest, count(h, x) is the number of different characters
   seen just before "h x" (the start of the text counts as one more).

The longest order uses the raw counts. Rows come out in the same order as ``CharModel``'s table (all
seen contexts of order 0, then order 1, …), so a row of order k < context is the distribution the
model falls back to when the longer context was never seen.

The modified variant (Chen & Goodman, 1998) takes three discounts per order, for counts of 1, 2
and 3 or more: D1 = 1 − 2Y·n2/n1, D2 = 2 − 3Y·n3/n2, D3 = 3 − 4Y·n4/n3 with Y = n1 / (n1 + 2·n2);
the backed-off mass is then (D1·N1(h) + D2·N2(h) + D3·N3+(h)) / count(h). The app uses it
(``modified=True``): on the held-out rhymes it scores about 0.07 bits per character lower than the
single discount at every context length (``benchmarks/bench_models.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

FALLBACK_DISCOUNT = 0.5  # when a count table has no singletons (tiny texts only), D = n1/(n1+2·n2) = 0


def discount(counts: NDArray[np.float64]) -> float:
    """D = n1 / (n1 + 2·n2) from one order's counts [contexts, V]; between 0 and 1.

    Without any count of 1 the formula gives 0, which would leave unseen characters nothing:
    ``FALLBACK_DISCOUNT`` then.
    """
    n1 = int((counts == 1).sum())
    n2 = int((counts == 2).sum())
    return n1 / (n1 + 2 * n2) if n1 > 0 else FALLBACK_DISCOUNT


def modified_discounts(counts: NDArray[np.float64]) -> tuple[float, float, float]:
    """(D1, D2, D3+) of modified Kneser–Ney from one order's counts, each kept in (0, its count]."""
    n1, n2, n3, n4 = (int((counts == j).sum()) for j in (1, 2, 3, 4))
    if n1 == 0:
        return (FALLBACK_DISCOUNT,) * 3
    y = n1 / (n1 + 2 * n2)
    raw = (
        1 - 2 * y * n2 / n1,
        2 - 3 * y * n3 / n2 if n2 else 1.0,
        3 - 4 * y * n4 / n3 if n3 else 1.0,
    )
    return tuple(float(np.clip(d, 0.05, j)) for j, d in enumerate(raw, start=1))  # type: ignore[return-value]


def continuation_counts(
    codes: Sequence[NDArray[np.int64]],
    counts: NDArray[np.float64],
    offsets: NDArray[np.int64],
    vocab_size: int,
    head: NDArray[np.int64],
) -> list[NDArray[np.float64]]:
    """Per order k: the raw counts for the longest order, continuation counts below it: [n_k, V] each.

    Continuation count of (h, x) = number of different characters c with count(c h, x) > 0, read off
    the order k + 1 rows (dropping a row's oldest character gives its order-k suffix), plus one if
    "h x" opens the text (``head`` = the text's first ``len(codes)`` ids).
    """
    top = len(codes) - 1
    blocks = [counts[offsets[k] : offsets[k] + len(codes[k])] for k in range(top + 1)]
    out = [np.empty(0)] * (top + 1)
    out[top] = blocks[top]
    for k in range(top):
        longer = codes[k + 1]
        # dropping a seen context's oldest character gives a seen context of order k
        suffix_rows = np.searchsorted(codes[k], longer % vocab_size**k)
        # each seen (c h, x) adds one to (h, x): counted over the seen pairs only, a few % of the cells
        rows, cols = np.nonzero(blocks[k + 1])
        cont = np.bincount(suffix_rows[rows] * vocab_size + cols, minlength=blocks[k].size)
        cont = cont.astype(np.int32).reshape(blocks[k].shape)  # counts of distinct neighbours: small
        if len(head) > k:  # the text's first k characters, followed by its (k+1)-th: preceded by "start"
            start_code = int(np.sum(head[:k] * vocab_size ** np.arange(k - 1, -1, -1))) if k else 0
            cont[np.searchsorted(codes[k], start_code), head[k]] += 1
        out[k] = cont
    return out


def kneser_ney_logprobs(
    codes: Sequence[NDArray[np.int64]],
    counts: NDArray[np.float64],
    offsets: NDArray[np.int64],
    vocab_size: int,
    head: NDArray[np.int64],
    modified: bool = False,
) -> NDArray[np.float64]:
    """Log-probabilities [rows, V], one row per seen context, aligned with ``counts`` (see module doc).

    ``codes[k]`` are the sorted base-V codes of the seen k-character contexts (oldest character most
    significant), ``counts`` their raw counts stacked by order from ``offsets``; ``head`` is the
    first characters of the training text (for the continuation counts of the text's opening).
    """
    v = vocab_size
    per_order = continuation_counts(codes, counts, offsets, v, head)
    lower = np.full((1, v), 1.0 / v)  # p(x | shorter context) for order 0: uniform
    out = np.empty((sum(len(c) for c in codes), v))  # [rows, V], filled order by order (no concatenation)
    for k, cnt in enumerate(per_order):
        total = cnt.sum(axis=1, keepdims=True)  # [n_k, 1], > 0 for every seen context
        if modified:
            d1, d2, d3 = modified_discounts(cnt)
            d = np.select([cnt == 0, cnt == 1, cnt == 2], [0.0, d1, d2], d3)  # [n_k, V]
        else:
            d = np.where(cnt > 0, discount(cnt), 0.0)
        backoff = d.sum(axis=1, keepdims=True) / total  # the mass taken off, for the shorter context
        # each row's shorter context (oldest character dropped) is a row of order k - 1
        shorter = lower[np.searchsorted(codes[k - 1], codes[k] % v ** (k - 1))] if k else lower
        probs = (cnt - d) / total + backoff * shorter
        del d, shorter
        with np.errstate(divide="ignore"):
            np.log(probs, out=out[offsets[k] : offsets[k] + len(codes[k])])
        lower = probs
    return out
