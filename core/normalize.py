"""Why exp? Four ways to turn scores into "probabilities", and which of them actually work.

The article's leaf/flower scores (5, 1) become (0.83, 0.17) by dividing by the sum, and
(0.982, 0.018) by softmax. Both look fine there; a zero or negative score breaks the
others, because only exp is positive for every input and keeps the order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.softmax import softmax

METHODS: tuple[str, ...] = ("softmax", "linear", "shift_min", "squares")

# Why a result is not a distribution, or loses the order (codes; the page translates them).
PROBLEM_DIVIDE_BY_ZERO = "divide_by_zero"  # the denominator is 0 (or overflowed to inf)
PROBLEM_NEGATIVE = "negative"  # some "probability" < 0 or > 1
PROBLEM_NOT_FINITE = "not_finite"  # NaN or inf appeared (-inf or huge scores)
PROBLEM_ORDER = "order"  # a larger score got a smaller (or equal) value
PROBLEM_ZERO = "zero"  # a valid distribution, but a token got exactly 0: it can never be chosen


@dataclass(frozen=True)
class Normalized:
    """One method's result: the values, whether they form a distribution, whether order is kept."""

    method: str
    values: tuple[float, ...]
    valid: bool  # every value finite, in [0, 1], summing to 1
    keeps_order: bool  # z_i > z_j ⇒ v_i > v_j (up to float64 rounding), z_i = z_j ⇒ v_i = v_j
    positive: bool  # every value > 0 (the article's "each p in (0, 1)")
    problem: str | None  # the first reason it fails, None when it works


def _raw(method: str, z: NDArray[np.float64]) -> NDArray[np.float64]:
    """The unchecked formula of one method; may contain NaN, inf or negatives. [n] -> [n]"""
    with np.errstate(all="ignore"):
        if method == "softmax":
            return softmax(z)
        if method == "linear":  # z_i / Σz: the article's (5, 1) → (5/6, 1/6)
            return z / z.sum()
        if method == "shift_min":  # (z_i − min z) / Σ(z − min z): the minimum always gets 0
            shifted = z - z.min()
            return shifted / shifted.sum()
        if method == "squares":  # z_i² / Σz²: positive, but -3 outranks 2
            return z**2 / (z**2).sum()
    raise ValueError(f"unknown normalization {method!r}; choose one of {', '.join(METHODS)}")


def _keeps_order(z: NDArray[np.float64], v: NDArray[np.float64]) -> bool:
    """A larger score never gets a smaller value, and gets an equal one only when float64 cannot
    tell them apart: the scores differ by less than 1e-9 (relative) or both values underflowed to 0.
    Equal scores must get equal values."""
    if not np.isfinite(v).all():
        return False
    z_gt = z[:, None] > z[None, :]  # [n, n]
    z_eq = z[:, None] == z[None, :]
    scale = np.maximum(1.0, np.maximum(np.abs(z)[:, None], np.abs(z)[None, :]))
    with np.errstate(over="ignore"):  # 1e308 − (−1e308) = inf: still "meaningfully larger"
        meaningful = (z[:, None] - z[None, :]) > 1e-9 * scale
    v_lt = v[:, None] < v[None, :]
    merged = (v[:, None] == v[None, :]) & (v[:, None] != 0) & meaningful
    reversed_or_merged = z_gt & (v_lt | merged)
    return bool(not reversed_or_merged.any() and ((v[:, None] == v[None, :]) | ~z_eq).all())


def normalize(z: ArrayLike, method: str) -> Normalized:
    """Apply one normalization to finite scores and report whether it gives a valid, ordered result."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 1 or z.size == 0:
        raise ValueError("scores must be a non-empty list of numbers")
    if not np.isfinite(z).all():
        raise ValueError("scores must be finite numbers (no NaN or inf) to compare normalizations")
    with np.errstate(all="ignore"):
        if method == "linear":
            denominator = z.sum()
        elif method == "shift_min":
            denominator = (z - z.min()).sum()
        elif method == "squares":
            denominator = (z**2).sum()
        else:
            denominator = 1.0
    v = _raw(method, z)
    finite = bool(np.isfinite(v).all())
    in_range = finite and bool(((v >= 0) & (v <= 1)).all())
    valid = in_range and abs(float(v.sum()) - 1.0) <= 1e-9
    order = _keeps_order(z, v)
    positive = finite and bool((v > 0).all())
    if denominator == 0 or not np.isfinite(denominator):
        problem = PROBLEM_DIVIDE_BY_ZERO if denominator == 0 else PROBLEM_NOT_FINITE
    elif not finite:
        problem = PROBLEM_NOT_FINITE
    elif not in_range or not valid:
        problem = PROBLEM_NEGATIVE
    elif not order:
        problem = PROBLEM_ORDER
    elif not positive:
        problem = PROBLEM_ZERO
    else:
        problem = None
    return Normalized(method, tuple(float(x) for x in v), valid, order, positive, problem)


def compare(z: ArrayLike) -> tuple[Normalized, ...]:
    """Every method in METHODS on the same scores, softmax first."""
    return tuple(normalize(z, m) for m in METHODS)
