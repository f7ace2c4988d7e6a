"""Sampling as a walk on the model's context graph, in compiled code.

Why: a sampled text is a chain of dependent steps — each character decides the context of the
next — so NumPy can vectorise across samples but never across steps. For the compare page's
5 samples × 100 characters that was 100 rounds of ~25 small NumPy calls: 12 ms, most of a rerun.

An n-gram model with backoff is a finite automaton. Its state is the table row in use (the
longest seen suffix of the context), and the row after appending a character depends only on
the row and the character: ``ContextGraph.successor``. Walking that graph in Numba-compiled
loops (``core.walk_kernels``) costs well under a microsecond a character, and a state's
filtered distribution is computed once per call, the first time a chain enters it.

The filters are those of ``core.filters``, step for step, with thresholds computed there.
Probabilities agree with it to rounding (NumPy's vectorised ``exp`` and sums may differ from
scalar ones in the last bit). Top-k and min-p decide on the scaled scores, which are computed
identically, so they keep the same characters; top-p could differ only if a cumulative mass
fell within rounding of p − 10⁻⁹.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from core.filters import TOP_P_TOLERANCE, FilterSettings, min_p_floor


@dataclass(frozen=True)
class ContextGraph:
    """A character model as an automaton: what each state predicts, where each character leads."""

    logprobs: NDArray[np.float64]  # [S, V] log p(next character | state)
    successor: NDArray[np.int64]  # [S, V] the state after appending each character

    def __post_init__(self) -> None:
        """Check what the compiled walk relies on — it has no bounds checks — and keep read-only C
        copies: a graph is shared by every session (a caller's array, or a view of it, could still
        be written to), and the walk is compiled and cached for exactly these array types."""
        logprobs = np.array(self.logprobs, dtype=np.float64, order="C")  # copies
        successor = np.array(self.successor, dtype=np.int64, order="C")
        if logprobs.ndim != 2 or successor.shape != logprobs.shape or logprobs.size == 0:
            raise ValueError(f"need logprobs and successor of one shape [S, V], S, V ≥ 1, got "
                             f"{logprobs.shape} and {successor.shape}")  # fmt: skip
        if np.isnan(logprobs).any() or np.isposinf(logprobs).any():
            raise ValueError("log-probabilities contain NaN or +inf")
        if np.isneginf(logprobs).all(axis=1).any():
            raise ValueError("a state rules out every character (a row of -inf)")
        if not 0 <= successor.min() <= successor.max() < len(logprobs):
            raise ValueError("successor names a state outside the graph")
        for name, array in (("logprobs", logprobs), ("successor", successor)):
            array.setflags(write=False)
            object.__setattr__(self, name, array)


def _kernels() -> ModuleType:
    """The compiled loops. Imported here, on the first walk, not with ``core``: Numba takes
    ~0.2 s to import and pages that never sample should not pay it."""
    from core import walk_kernels

    return walk_kernels


class KernelFilters(NamedTuple):
    """FilterSettings as plain numbers for the compiled loops, thresholds computed as core.filters
    computes them (Numba would freeze a module-level tolerance into its cache)."""

    temperature: float  # 0 is greedy
    top_k: int  # 0 is off
    top_p_reach: float  # p − TOP_P_TOLERANCE; +inf is off
    min_p_floor: float  # core.filters.min_p_floor(min_p); −inf is off
    min_keep: int

    @classmethod
    def of(cls, settings: FilterSettings) -> KernelFilters:
        top_p, min_p = settings.top_p, settings.min_p
        return cls(
            float(settings.temperature),
            int(settings.top_k or 0),
            top_p - TOP_P_TOLERANCE if top_p is not None and top_p < 1 else np.inf,
            min_p_floor(min_p or 0.0),  # 0 and None: -inf, off
            int(settings.min_tokens_to_keep),
        )


def walk(
    graph: ContextGraph, start: int, u: NDArray[np.float64], settings: FilterSettings
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """N chains of L characters from state ``start``; chain i draws with ``u[:, i]`` (u in [0, 1)).

    Returns the characters [N, L], their log-probabilities under the model [N, L] and the entropy
    in bits of the distribution each was drawn from [N, L]. T = 0 is greedy (u unused).
    """
    u = np.ascontiguousarray(u, dtype=np.float64)
    if u.ndim != 2:
        raise ValueError(f"u must be [L, N], got shape {u.shape}")
    if u.size and not (u.min() >= 0 and u.max() < 1):  # also false for NaN
        raise ValueError("u must hold numbers in [0, 1)")
    if not 0 <= start < len(graph.logprobs):
        raise ValueError(f"start state {start} is outside the graph")
    return _kernels().walk(graph.logprobs, graph.successor, int(start), u, KernelFilters.of(settings))


def filtered_rows(
    logprobs: NDArray[np.float64], settings: FilterSettings
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The distribution the walk draws from in each row, and its entropy: [R, V] -> [R, V], [R].

    The same compiled code as ``walk``; it exists so tests can hold it to ``core.filters``.
    """
    if settings.greedy:
        raise ValueError("T = 0 takes the argmax; there is no distribution to filter")
    return _kernels().filtered_rows(
        np.ascontiguousarray(logprobs, dtype=np.float64), KernelFilters.of(settings)
    )


def warm_up() -> None:
    """Compile the kernels (or load them from Numba's cache) now: a container build runs this."""
    graph = ContextGraph(np.log(np.full((1, 2), 0.5)), np.zeros((1, 2), dtype=np.int64))
    for settings in (FilterSettings(0.0), FilterSettings(1.0, top_k=1, top_p=0.9, min_p=0.1)):
        walk(graph, 0, np.full((1, 1), 0.5), settings)


if __name__ == "__main__":
    warm_up()
