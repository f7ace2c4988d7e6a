"""The compiled loops behind ``core.walk``: filter one row, walk N chains. Imported on first use.

Numba compiles these on the first call and caches the machine code beside this file
(``cache=True``), so later processes import Numba and load it in about 0.3 s instead of
compiling for 4 s. Each filter mirrors ``core.filters`` — same order, same tie rules — and
takes its thresholds as arguments computed there (``core.walk.KernelFilters``): Numba freezes
a module global into its cache, so a tolerance imported here could go stale. ``tests/core/test_walk.py`` holds
these loops to ``core.filters`` on every row of several models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numba import njit

if TYPE_CHECKING:
    from core.walk import KernelFilters


@njit(cache=True, nogil=True)
def _descending(s: np.ndarray) -> np.ndarray:
    """Column order from the largest score down, ties in vocabulary order (a stable sort).

    Insertion sort: a row has tens of columns, and this compiles in a fraction of the time
    ``np.argsort(kind="mergesort")`` takes.
    """
    order = np.arange(s.shape[0])
    for i in range(1, s.shape[0]):
        j, moving = i, order[i]
        while j > 0 and s[order[j - 1]] < s[moving]:
            order[j] = order[j - 1]
            j -= 1
        order[j] = moving
    return order


@njit(cache=True, nogil=True)
def filtered_row(z: np.ndarray, filters: KernelFilters, probs: np.ndarray) -> float:
    """probs ← ``core.filters.filtered_probs`` of one row of log-probabilities (T > 0); returns
    the entropy of that distribution in bits.

    Every filter keeps a prefix of the
    survivors in descending order, so one stable order of the scaled scores serves them all
    (masking a score never reorders the others); and as the top score is 0, every filter's
    softmax is e / Σ e over the survivors of one e = exp(s).
    """
    temperature, top_k, top_p_reach, min_p_floor, min_keep = filters  # a KernelFilters
    v = z.shape[0]
    s = (z - np.max(z)) / temperature  # temperature, max-shifted: the top score is exactly 0
    if top_k > 0 or top_p_reach < np.inf or min_p_floor > -np.inf:
        order = _descending(s)
    else:
        order = np.arange(0)  # temperature alone needs no order (an empty array keeps one type)
    if top_k > 0:  # keep scores ≥ the k-th largest, so ties with it stay
        kth = s[order[min(max(top_k, min_keep), v) - 1]]
        for j in range(v):
            if s[j] < kth:
                s[j] = -np.inf
    e = probs  # exp(s) of the survivors, 0 for the dropped; normalised at the end
    for j in range(v):
        e[j] = np.exp(s[j])
    if top_p_reach < np.inf:  # the smallest most-likely set reaching p, the crossing token included
        total = e.sum()
        mass = 0.0
        rank = 0
        for j in order:
            if s[j] == -np.inf:
                continue  # already dropped: adds no mass, ranks after every survivor
            p = e[j] / total
            mass += p
            if rank >= min_keep and mass - p >= top_p_reach:  # the mass before j reached p
                s[j], e[j] = -np.inf, 0.0
            rank += 1
    if min_p_floor > -np.inf:  # p ≥ min_p × the top p, i.e. s ≥ ln(min_p) (the top has s = 0)
        rank = 0
        for j in order:
            if s[j] == -np.inf:
                continue
            if rank >= min_keep and s[j] < min_p_floor:
                s[j], e[j] = -np.inf, 0.0
            rank += 1
    total = e.sum()
    weighted = 0.0  # Σ e·(−s): the entropy without a log per character
    for j in range(v):
        if e[j] > 0:
            weighted -= e[j] * s[j]
        e[j] /= total
    return (np.log(total) + weighted / total) / np.log(2.0)  # H = ln Z + Σ p·(−s), in bits


@njit(cache=True, nogil=True)
def filtered_rows(logprobs: np.ndarray, filters: KernelFilters) -> tuple[np.ndarray, np.ndarray]:
    """``filtered_row`` for every row: [R, V] -> probabilities [R, V], entropies [R] (for tests)."""
    probs = np.empty_like(logprobs)
    entropy = np.empty(logprobs.shape[0])
    for r in range(logprobs.shape[0]):
        entropy[r] = filtered_row(logprobs[r], filters, probs[r])
    return probs, entropy


@njit(cache=True, nogil=True)
def walk(
    logprobs: np.ndarray,
    successor: np.ndarray,
    start: int,
    u: np.ndarray,
    filters: KernelFilters,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """N chains of L steps from state ``start``; chain i draws with ``u[:, i]``; ``filters`` as in
    ``filtered_row``, with T = 0 for greedy.

    A state's filtered CDF is computed the first time any chain enters it and reused after, so
    10,000 chains cost about as many filterings as there are states. The draw is the inverse CDF:
    the first character whose cumulative probability exceeds u × the total.
    Returns ids [N, L], their log-probabilities under the model [N, L], and the entropy of the
    distribution each was drawn from [N, L] (0 for greedy).
    """
    greedy = filters.temperature == 0
    n_states, v = logprobs.shape
    length, n = u.shape
    ids = np.empty((n, length), dtype=np.int64)
    chosen = np.empty((n, length))
    entropies = np.zeros((n, length))
    # Each state entered gets a slot for its CDF and entropy, filled on first entry. At most
    # min(S, N·L) states are entered; a dense [S, V] table would touch a page per state.
    slot = np.full(n_states, -1)
    capacity = min(n_states, n * length)
    cdf = np.empty((capacity, v))
    entropy = np.empty(capacity)
    used = 0
    probs = np.empty(v)
    states = np.full(n, start)
    for t in range(length):  # step by step, as u is laid out: u[t] holds step t's N numbers
        for i in range(n):
            state = states[i]
            row = logprobs[state]
            if greedy:
                c = np.argmax(row)  # the first maximum, as np.argmax everywhere else
            else:
                k = slot[state]
                if k < 0:
                    k = slot[state] = used
                    used += 1
                    entropy[k] = filtered_row(row, filters, probs)
                    cdf[k] = np.cumsum(probs)
                # u × total < total (u < 1): the first entry past it has probability > 0
                c = np.searchsorted(cdf[k], u[t, i] * cdf[k, v - 1], side="right")
                entropies[i, t] = entropy[k]
            ids[i, t] = c
            chosen[i, t] = row[c]
            states[i] = successor[state, c]
    return ids, chosen, entropies
