"""The article's worked example (section 03), computed for any scores: eᶻ → their sum → each share.

The formula page shows these numbers; nothing is typed into the page. The article rounds each eᶻ to
three decimals and adds the rounded terms (7.389 + 2.718 + 1.105 = 11.212, where the exact sum is
11.2125), so both sums are kept here: the page can show the exact one and explain the article's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.normalize import compare
from core.softmax import naive_softmax, softmax

ARTICLE_SCORES: tuple[float, ...] = (2.0, 1.0, 0.1)  # the worked example of section 03
LEAF_FLOWER: tuple[float, ...] = (5.0, 1.0)  # sections 01–02: leaf vs flower
ARTICLE_DECIMALS = 3  # the article prints every eᶻ to three decimals
OVERFLOW_SHIFT = 1000.0  # added to every score in the "stable formula" demo: e^1000 overflows float64


@dataclass(frozen=True)
class WorkedExample:
    """Scores z [n] and each step of p = eᶻ / Σ eᶻ, exact and as the article rounds them."""

    scores: tuple[float, ...]
    exps: tuple[float, ...]  # eᶻ [n]
    total: float  # Σ eᶻ, exact
    rounded_exps: tuple[float, ...]  # eᶻ to ARTICLE_DECIMALS decimals, as the article prints them
    rounded_total: float  # the sum of the rounded terms (the article's 11.212)
    p: tuple[float, ...]  # eᶻ / Σ eᶻ, computed the stable way (core.softmax.softmax)


def worked_example(scores: ArrayLike) -> WorkedExample:
    """Each step of the worked example for ``scores`` [n]; p from the stable softmax (it never overflows)."""
    z = np.asarray(scores, dtype=np.float64)  # [n]
    p = softmax(z)  # validates z: finite, at least one score
    with np.errstate(over="ignore"):
        e = np.exp(z)  # [n]; e^z overflows to inf past z ≈ 709.78, which the page says
    rounded = np.round(e, ARTICLE_DECIMALS)
    return WorkedExample(
        scores=tuple(map(float, z)),
        exps=tuple(map(float, e)),
        total=float(e.sum()),
        rounded_exps=tuple(map(float, rounded)),
        rounded_total=float(np.round(rounded.sum(), ARTICLE_DECIMALS)),
        p=tuple(map(float, p)),
    )


def divide_by_sum(scores: ArrayLike) -> tuple[float, ...]:
    """z_i / Σ z: the simplest way to make numbers add up to 1 (the article's (5, 1) → (0.83, 0.17)).

    Not a probability rule: a negative score gets a negative share, and scores adding up to 0 divide
    by zero (±∞). Uses the same formula as ``core.normalize``'s "linear" method.
    """
    z = np.asarray(scores, dtype=np.float64)
    (linear,) = (r for r in compare(z) if r.method == "linear")
    return linear.values


@dataclass(frozen=True)
class Overflow:
    """The same scores shifted by ``shift``: the formula as written breaks, the stable one does not."""

    shift: float
    scores: tuple[float, ...]
    naive: tuple[float, ...]  # e^z / Σ e^z as written: inf / inf = NaN
    stable: tuple[float, ...]  # e^(z − max) / Σ e^(z − max): the same p as before the shift


def overflow_demo(scores: ArrayLike, shift: float = OVERFLOW_SHIFT) -> Overflow:
    """Add ``shift`` to every score: softmax only sees the gaps, so p is unchanged, but e^1000 overflows."""
    z = np.asarray(scores, dtype=np.float64) + shift
    return Overflow(
        shift=shift,
        scores=tuple(map(float, z)),
        naive=tuple(map(float, naive_softmax(z))),
        stable=tuple(map(float, softmax(z))),
    )
