"""How a uniform number becomes a character (the one rule every page uses), and the walk that
applies it to many samples at once on a model's context graph.

The rule (``draw``): add up the distribution in vocabulary order and take the first character
whose cumulative probability exceeds u × the total, for u uniform in [0, 1). Each character owns a
slice of [0, 1) as wide as its probability, so it is drawn with that probability; characters with
probability 0 own an empty slice and are never drawn. Multiplying u by the total, instead of
trusting the sum to be exactly 1, keeps every u inside the last slice that has mass.

The random numbers (``uniforms``): sample i reads its own stream, ``default_rng([*seed, i])``, one
number per character in order. So a sample's numbers depend only on the seed and its number, never
on how many samples or characters are drawn beside it: the generator page's draw 2 (20 draws of 12
characters) begins as the compare page's sample 2 (3 of 100), and a longer text begins with the
shorter one. Sample 0's stream is ``default_rng(seed)``'s (NumPy's ``SeedSequence`` fills the seed
with zeros, so ``[s, 0]`` and ``s`` are one seed), which the step-by-step view reads (``uniform_at``).

The walk: a character n-gram model with backoff is a finite automaton
(``core.charmodel.ContextGraph``): its state is the row of log-probabilities in use, and the state
after a character depends only on the state and the character. A text is a chain of dependent
steps, so NumPy vectorises across the samples, never across the steps; each state's filtered
cumulative distribution is computed the first time the walk enters it (``VisitedStates``), and
every later visit is a lookup.
"""

from __future__ import annotations

import operator

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.charmodel import ContextGraph
from core.filters import FilterSettings, filtered_probs
from core.softmax import entropy_bits

# ---------------------------------------------------------------------------- the rule


def draw_from_cdf(cdf: NDArray[np.float64], u: ArrayLike) -> NDArray[np.int64]:
    """The first index whose cumulative probability exceeds u × total: [..., V], [...] -> [...].

    ``cdf`` is a cumulative sum in vocabulary order (its last entry is the total). u < 1 makes
    u × total < total even after rounding, so the index found always has probability above 0.
    """
    x = np.asarray(u, dtype=np.float64)[..., None] * cdf[..., -1:]
    return np.argmax(cdf > x, axis=-1)


def draw(probs: ArrayLike, u: ArrayLike) -> NDArray[np.int64]:
    """Inverse-CDF sampling in vocabulary order: [..., V] probabilities, [...] u in [0, 1) -> [...] ids."""
    return draw_from_cdf(np.cumsum(probs, axis=-1), u)


# A seed box's number, or (seed, run) where one seed feeds several runs; NumPy integers are taken too.
Seed = int | np.integer | tuple[int, ...]


def uniforms(seed: Seed, n: int, length: int) -> NDArray[np.float64]:
    """The numbers n samples of ``length`` characters draw with: [n, length], sample i's step t at
    [i, t], from sample i's own stream ``default_rng([*seed, i])`` (about 14 µs a sample to set up,
    most of it NumPy's SeedSequence: 0.14 s per 10,000 samples)."""
    one = isinstance(seed, int | np.integer)
    words = (operator.index(seed),) if one else tuple(map(operator.index, seed))
    u = np.empty((n, length))  # [n, L]
    for i in range(n):
        u[i] = np.random.default_rng([*words, i]).random(length)
    return u


def uniform_at(seed: int, step: int) -> float:
    """Step ``step``'s number for one sample seeded with ``seed``: sample 0's, as ``uniforms`` lays it out."""
    return float(uniforms(seed, 1, step + 1)[0, step])


# ---------------------------------------------------------------------------- the walk


class VisitedStates:
    """The filtered cumulative distributions of the states one walk has entered, each computed the
    first time a sample enters it and looked up on every later visit.

    Computing only what is visited keeps a small walk small: 5 samples of 100 characters enter at
    most 500 of a context-6 model's ~77,000 states, so filtering all of them first (39 MB, 0.2-0.5 s
    for each new temperature or filter) would be wasted. Rows are filtered one by one and the filters
    work row by row, so a row is the same as in a batch of every state. Nothing is kept after the
    walk: no cache a visitor's settings could grow, nothing shared between sessions.
    """

    def __init__(self, graph: ContextGraph, settings: FilterSettings):
        if settings.greedy:
            raise ValueError("T = 0 takes the argmax; there is no distribution to draw from")
        self.graph, self.settings = graph, settings
        self.slot = np.full(len(graph.logprobs), -1)  # [S] row of each state in cdf, -1: not yet
        vocab = graph.logprobs.shape[1]
        self.cdf = np.empty((min(len(graph.logprobs), 1024), vocab))  # [capacity, V], grows by doubling
        self.entropy = np.empty(len(self.cdf))  # [capacity] bits
        self.count = 0

    def rows(self, states: NDArray[np.integer]) -> NDArray[np.int64]:
        """The rows of ``cdf`` and ``entropy`` for these states, filtering the ones not seen yet."""
        new = np.unique(states[self.slot[states] < 0])
        if new.size:
            end = self.count + new.size
            if end > len(self.cdf):
                capacity = min(max(end, 2 * len(self.cdf)), len(self.slot))
                cdf, entropy = np.empty((capacity, self.cdf.shape[1])), np.empty(capacity)
                cdf[: self.count], entropy[: self.count] = self.cdf[: self.count], self.entropy[: self.count]
                self.cdf, self.entropy = cdf, entropy
            probs = filtered_probs(self.graph.logprobs[new], self.settings)  # [new, V]
            self.cdf[self.count : end] = np.cumsum(probs, axis=-1)
            self.entropy[self.count : end] = entropy_bits(probs)
            self.slot[new] = np.arange(self.count, end)
            self.count = end
        return self.slot[states]


def walk(
    graph: ContextGraph, start: int, u: NDArray[np.float64], settings: FilterSettings
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """N samples of L characters from state ``start``; sample i draws with ``u[i]``: [N, L] in [0, 1).

    Returns the characters [N, L], their log-probabilities under the model [N, L] and the entropy
    in bits of the distribution each was drawn from [N, L]. T = 0 is greedy (u unused, entropy 0).
    """
    u = np.asarray(u, dtype=np.float64)
    if u.ndim != 2:
        raise ValueError(f"u must be [N, L], got shape {u.shape}")
    if u.size and not (u.min() >= 0 and u.max() < 1):  # also false for NaN
        raise ValueError("u must hold numbers in [0, 1)")
    if not 0 <= start < len(graph.logprobs):
        raise ValueError(f"start state {start} is outside the graph")
    n, length = u.shape
    steps = np.ascontiguousarray(u.T)  # [L, N]: step t's numbers side by side
    ids = np.empty((length, n), dtype=np.int64)
    entropies = np.zeros((length, n))
    visited = None if settings.greedy else VisitedStates(graph, settings)
    states = np.full(n, start)
    path = np.empty((length, n), dtype=np.int64)  # the state each character was drawn in
    for t in range(length):
        path[t] = states
        if settings.greedy:
            ids[t] = np.argmax(graph.logprobs[states], axis=-1)  # the first maximum, as everywhere else
        else:
            rows = visited.rows(states)
            ids[t] = draw_from_cdf(visited.cdf[rows], steps[t])
            entropies[t] = visited.entropy[rows]
        states = graph.successor[states, ids[t]]
    logprobs = graph.logprobs[path, ids]  # [L, N] of each character under the model
    return tuple(np.ascontiguousarray(a.T) for a in (ids, logprobs, entropies))  # [N, L] each
