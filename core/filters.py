"""Decoding filters: temperature → top-k → top-p → min-p, with Hugging Face warper semantics.

Every filter takes scores of shape [N, V] (or [V]) and returns scores of that same shape in which
the tokens it drops are set to -inf, so softmax gives them probability 0 and the survivors are
renormalised. The order is fixed and is the order transformers' ``generate`` applies its warpers:

1. temperature  (z − max z) / T; T = 0 is greedy (only the top score survives — ties all survive)
2. top-k        keep every token whose score is ≥ the k-th largest (ties with the k-th survive);
                k is clamped to the vocabulary size, as nanoGPT does
3. top-p        keep the smallest set of most likely tokens whose probability reaches p, including
                the token that crosses p; p = 1 keeps every token with probability above 0
4. min-p        keep tokens with p ≥ min_p × (top probability), decided on scores (see min_p_floor)

top-p and min-p never keep fewer than ``min_tokens_to_keep`` tokens (default 1), like transformers;
top-k keeps at least that many too (transformers uses max(k, min_tokens_to_keep)).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]

# top-p compares cumulative sums of floats: 0.5 + 0.3 must "reach" 0.8 even when rounding
# leaves it at 0.7999999999999999, so a mass within this tolerance of p counts as reaching it.
TOP_P_TOLERANCE = 1e-9
# min-p compares a ratio of probabilities: counts of 15 and 30 are exactly 0.5 apart, but their
# log-probability gap rounds to just below ln 0.5. A gap within this tolerance counts as reaching it.
MIN_P_TOLERANCE = 1e-9


def min_p_floor(min_p: float) -> float:
    """The lowest score, relative to the top score, that min-p keeps: ln(min_p) − MIN_P_TOLERANCE.

    p / p_top = exp(z − z_top), so p ≥ min_p · p_top is z − z_top ≥ ln(min_p): the test needs no
    normalising sum, whose last bit depends on the order the terms are added in. 0 keeps all.
    The tolerance is in score units: it covers the rounding of log-probabilities, not of scores
    in the millions.
    """
    check_min_p(min_p)
    return math.log(min_p) - MIN_P_TOLERANCE if min_p > 0 else -math.inf


@dataclass(frozen=True)
class FilterSettings:
    """One decoding strategy's filters; None switches a filter off. Validated on creation."""

    temperature: float = 1.0
    top_k: int | None = None
    top_p: float | None = None
    min_p: float | None = None
    min_tokens_to_keep: int = 1

    def __post_init__(self) -> None:
        check_temperature(self.temperature)
        if self.top_k is not None:
            check_top_k(self.top_k)
        if self.top_p is not None:
            check_top_p(self.top_p)
        if self.min_p is not None:
            check_min_p(self.min_p)
        check_min_tokens(self.min_tokens_to_keep)

    @property
    def greedy(self) -> bool:
        """T = 0: always the most likely token, whatever the other filters say."""
        return self.temperature == 0


# ---------------------------------------------------------------------------- validation


def check_temperature(temperature: float) -> None:
    """T must be a finite number ≥ 0 (0 means greedy)."""
    if not isinstance(temperature, int | float) or not math.isfinite(temperature) or temperature < 0:
        raise ValueError(f"temperature must be a finite number >= 0, got {temperature!r}")


def check_top_k(k: int) -> None:
    """k must be a whole number ≥ 1; larger than the vocabulary is fine (clamped)."""
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 1:
        raise ValueError(f"top_k must be a whole number >= 1, got {k!r}")


def check_top_p(p: float) -> None:
    """p must be in (0, 1]: p = 0 would keep nothing, p = 1 keeps everything."""
    if not isinstance(p, int | float) or not math.isfinite(p) or not 0 < p <= 1:
        raise ValueError(f"top_p must be a number in (0, 1], got {p!r}")


def check_min_p(min_p: float) -> None:
    """min_p must be in [0, 1]: 0 keeps everything, 1 keeps only the top (and its ties, to 1e-9)."""
    if not isinstance(min_p, int | float) or not math.isfinite(min_p) or not 0 <= min_p <= 1:
        raise ValueError(f"min_p must be a number in [0, 1], got {min_p!r}")


def check_min_tokens(m: int) -> None:
    """min_tokens_to_keep must be a whole number ≥ 1."""
    if isinstance(m, bool) or not isinstance(m, int | np.integer) or m < 1:
        raise ValueError(f"min_tokens_to_keep must be a whole number >= 1, got {m!r}")


def _scores(z: ArrayLike) -> Array:
    """Scores as float64 [N, V] (a single row becomes N = 1); reject NaN, +inf and all -inf rows.

    The filters work on [N, V]; each public one reshapes its answer back to the caller's shape.
    """
    z = np.asarray(z, dtype=np.float64)
    if z.ndim not in (1, 2) or z.shape[-1] == 0:
        raise ValueError(f"scores must have shape [V] or [N, V] with V >= 1, got {z.shape}")
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("scores contain NaN or +inf")
    z2 = np.atleast_2d(z)
    if np.isneginf(z2).all(axis=-1).any():
        raise ValueError("every score in a row is -inf: all tokens are masked")
    return z2


def _descending(z: Array) -> NDArray[np.int64]:
    """Column order from the largest score down; stable, so ties keep vocabulary order."""
    # [N, V] -> [N, V]
    return np.argsort(-z, axis=-1, kind="stable")


# ------------------------------------------------------------------------------- filters


def apply_temperature(z: ArrayLike, temperature: float) -> Array:
    """(z − max z) / T; T = 0 keeps only the maximum score(s) (at 0) and masks the rest: greedy.

    Shifting by the max first changes no probability (softmax is shift-invariant) and keeps
    huge scores finite: 1e308 / 0.05 would overflow, (1e308 − 1e308) / 0.05 does not.
    """
    check_temperature(temperature)
    return _temperature(_scores(z), temperature).reshape(np.shape(z))


def _temperature(z: Array, temperature: float) -> Array:
    if temperature == 0:
        return np.where(z == z.max(axis=-1, keepdims=True), 0.0, -np.inf)
    with np.errstate(over="ignore"):  # 1e308 / 0.05 is inf; shifting first keeps it finite
        return (z - z.max(axis=-1, keepdims=True)) / temperature


def top_k_filter(z: ArrayLike, k: int, min_tokens_to_keep: int = 1) -> Array:
    """Keep tokens whose score is ≥ the k-th largest (so ties with the k-th all stay)."""
    check_top_k(k)
    check_min_tokens(min_tokens_to_keep)
    return _top_k(_scores(z), k, min_tokens_to_keep).reshape(np.shape(z))


def top_p_filter(z: ArrayLike, p: float, min_tokens_to_keep: int = 1) -> Array:
    """Keep the smallest most-likely set whose probability reaches p (the crossing token included).

    p = 1 keeps every token whose probability is above 0, as Hugging Face's TopPLogitsWarper does.
    """
    check_top_p(p)
    check_min_tokens(min_tokens_to_keep)
    return _top_p(_scores(z), p, min_tokens_to_keep).reshape(np.shape(z))


def min_p_filter(z: ArrayLike, min_p: float, min_tokens_to_keep: int = 1) -> Array:
    """Keep tokens with probability ≥ min_p × the top probability (at least min_tokens_to_keep)."""
    check_min_p(min_p)
    check_min_tokens(min_tokens_to_keep)
    return _min_p(_scores(z), min_p, min_tokens_to_keep).reshape(np.shape(z))


def filter_scores(z: ArrayLike, settings: FilterSettings) -> Array:
    """All filters in the documented order: temperature → top-k → top-p → min-p. [N, V] -> [N, V], [V] -> [V].

    The input is checked once here; the filters after it work on scores known to be valid.
    The all-masked guard: if a filter ever left a row with no token (it cannot with
    min_tokens_to_keep ≥ 1, but a future filter might), that row falls back to its top token
    instead of handing softmax a row of -inf.
    """
    original = _scores(z)
    return guard_all_masked(_filter_valid(original, settings), original).reshape(np.shape(z))


def _filter_valid(z: Array, settings: FilterSettings) -> Array:
    """filter_scores without the input checks, for scores already known to be valid. [N, V]."""
    out = _temperature(z, settings.temperature)
    m = settings.min_tokens_to_keep
    if not settings.greedy:
        if settings.top_k is not None:
            out = _top_k(out, settings.top_k, m)
        if settings.top_p is not None:
            out = _top_p(out, settings.top_p, m)
        if settings.min_p is not None and settings.min_p > 0:
            out = _min_p(out, settings.min_p, m)
    return out


# The filters proper, on valid [N, V] scores (finite or -inf, at least one finite per row).


def _probs(z: Array) -> Array:
    """Softmax of valid scores along the last axis (max-shifted, so exp never overflows)."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _top_k(z: Array, k: int, min_tokens_to_keep: int) -> Array:
    v = z.shape[-1]
    k = min(max(int(k), min_tokens_to_keep), v)  # clamp to the vocabulary (nanoGPT)
    # [N, V] -> [N, 1]: the k-th largest score of each row
    kth = np.partition(z, v - k, axis=-1)[:, v - k : v - k + 1]
    return np.where(z >= kth, z, -np.inf)


def _top_p(z: Array, p: float, min_tokens_to_keep: int) -> Array:
    order = _descending(z)  # [N, V]
    probs = np.take_along_axis(_probs(z), order, axis=-1)  # [N, V], sorted descending
    if p >= 1:  # everything with mass; "before < 1" could fail for a tiny tail when sums round up
        keep_sorted = probs > 0
    else:
        before = np.cumsum(probs, axis=-1) - probs  # mass of the tokens ranked above each one
        keep_sorted = before < p - TOP_P_TOLERANCE  # the crossing token has before < p: kept
    keep_sorted[:, :min_tokens_to_keep] = True
    keep = np.empty_like(keep_sorted)
    np.put_along_axis(keep, order, keep_sorted, axis=-1)
    return np.where(keep, z, -np.inf)


def _min_p(z: Array, min_p: float, min_tokens_to_keep: int) -> Array:
    keep = z - z.max(axis=-1, keepdims=True) >= min_p_floor(min_p)  # [N, V]
    if min_tokens_to_keep > 1:  # the top token always passes, so only larger minimums need work
        order = _descending(z)
        keep_sorted = np.take_along_axis(keep, order, axis=-1)
        keep_sorted[:, :min_tokens_to_keep] = True
        np.put_along_axis(keep, order, keep_sorted, axis=-1)
    return np.where(keep, z, -np.inf)


def guard_all_masked(filtered: Array, original: Array) -> Array:
    """Rows with every score -inf get their original argmax back (at score 0)."""
    # [N, V], [N, V] -> [N, V]
    dead = np.isneginf(filtered).all(axis=-1)
    if dead.any():
        filtered = filtered.copy()
        rows = np.flatnonzero(dead)
        filtered[rows, np.argmax(original[rows], axis=-1)] = 0.0
    return filtered


def filtered_probs(z: ArrayLike, settings: FilterSettings) -> Array:
    """The distribution a strategy samples from: softmax of the filtered scores. [N, V] -> [N, V]."""
    return _probs(filter_scores(z, settings))


def removed_by_filter(z: ArrayLike, settings: FilterSettings) -> dict[str, NDArray[np.bool_]]:
    """Which characters each filter of ``settings`` removes from one row of scores: [V] -> {name: [V]}.

    The filters run in the documented order (temperature → top-k → top-p → min-p), so each mask holds
    what that filter removed among the characters still in play after the ones before it. A filter
    that is switched off (None) has no entry; min-p = 0 has an all-False one, as does any filter that
    removes nothing at these values. The union of the masks is exactly what ``filtered_probs`` gives
    probability 0 (besides scores that were -inf to begin with). T = 0 has no tail to show: ValueError.
    """
    row = _scores(z)
    if row.shape[0] != 1:
        raise ValueError(f"removed_by_filter takes one row of scores, got shape {np.shape(z)}")
    if settings.greedy:
        raise ValueError("T = 0 keeps only the top score; there are no filters to show")
    out = _temperature(row, settings.temperature)
    m = settings.min_tokens_to_keep
    steps = (
        ("top_k", settings.top_k, lambda s: _top_k(s, settings.top_k, m)),
        ("top_p", settings.top_p, lambda s: _top_p(s, settings.top_p, m)),
        ("min_p", settings.min_p, lambda s: _min_p(s, settings.min_p, m) if settings.min_p > 0 else s),
    )
    removed: dict[str, NDArray[np.bool_]] = {}
    for name, value, apply in steps:
        if value is None:
            continue
        after = apply(out)
        removed[name] = (np.isfinite(out) & np.isneginf(after))[0]
        out = after
    return removed
