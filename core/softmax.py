"""Softmax and its relatives, numerically stable, with the article's naive version beside it.

Shapes: every function takes logits ``z`` of shape [..., n] and works along the last axis,
so one call handles a single distribution or a batch of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


def _check(z: ArrayLike, temperature: float = 1.0) -> Array:
    """Validate logits and temperature where they enter; raise ValueError saying what is wrong."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        raise ValueError("logits must be a list of numbers, not a single number")
    if z.shape[-1] == 0:
        raise ValueError("logits are empty: softmax needs at least one score")
    if np.isnan(z).any():
        raise ValueError("logits contain NaN")
    if np.isposinf(z).any():
        raise ValueError("logits contain +inf, which has no probability")
    if np.isneginf(z).all(axis=-1).any():
        raise ValueError("every logit is -inf: all tokens are masked")
    if not np.isfinite(temperature) or temperature < 0:
        raise ValueError(f"temperature must be a finite number >= 0, got {temperature}")
    return z


def _greedy(z: Array) -> Array:
    """The T → 0 limit: all mass spread evenly over the tied maximum logits."""
    top = z == z.max(axis=-1, keepdims=True)
    return top / top.sum(axis=-1, keepdims=True)


def _shifted(z: Array, temperature: float) -> Array:
    """(z - max z) / T: every entry ≤ 0. For finite logits more than float64's range apart
    (1e308 and -1e308) the difference overflows to -inf, which exp maps to the right 0."""
    # [..., n] -> [..., n]; the max is finite because not every logit is -inf
    with np.errstate(over="ignore"):
        return (z - z.max(axis=-1, keepdims=True)) / temperature


def softmax(z: ArrayLike, temperature: float = 1.0) -> Array:
    """p_i = exp(z_i / T) / Σ_j exp(z_j / T); T = 0 is greedy; -inf logits get p = 0.

    Subtracting the max first makes every exponent ≤ 0, so exp never overflows (softmax is
    shift-invariant). Dividing after the shift keeps ±1e308 finite: (z - max) / T.
    """
    z = _check(z, temperature)
    if temperature == 0:
        return _greedy(z)
    e = np.exp(_shifted(z, temperature))  # [..., n], every exponent ≤ 0
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(z: ArrayLike, temperature: float = 1.0) -> Array:
    """log p_i = z_i/T - logsumexp(z/T), computed without forming p (no log(0) for tiny p)."""
    z = _check(z, temperature)
    if temperature == 0:
        with np.errstate(divide="ignore"):
            return np.log(_greedy(z))
    shifted = _shifted(z, temperature)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


PROBABILITY_SUM_TOLERANCE = 1e-6


def entropy_bits(p: ArrayLike) -> Array | float:
    """H(p) = -Σ p log2 p in bits, with 0 log 0 = 0; its maximum is log2 n (uniform). [..., n] -> [...].

    ValueError unless every row is a distribution: no NaN, every p ≥ 0, adding up to 1 (within
    PROBABILITY_SUM_TOLERANCE). The formula would return a number for anything ([0, 1, 2] gives −2
    bits), and a wrong number shown as an entropy is worse than an error.
    """
    p = np.asarray(p, dtype=np.float64)
    if np.isnan(p).any() or (p < 0).any():
        raise ValueError("probabilities must be numbers >= 0 (found NaN or a negative one)")
    if p.ndim == 0 or (np.abs(p.sum(axis=-1) - 1) > PROBABILITY_SUM_TOLERANCE).any():
        raise ValueError("probabilities must add up to 1")
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, -p * np.log2(np.where(p > 0, p, 1.0)), 0.0)
    h = terms.sum(axis=-1)
    return float(h) if np.ndim(h) == 0 else h


def entropy_bits_of_scores(z: ArrayLike, temperature: float = 1.0) -> float:
    """H(softmax(z, T)) in bits, from the log-probabilities, so that a top p the float has rounded to
    1 keeps its share of the entropy (−p log p ≈ the others' mass). The normaliser is log(1 + s), s the
    others' e^((z − max)/T), taken with ``log1p``: log(1 + 1.9 × 10⁻²²) is 0 to a float. At 5, −5, 0
    and T = 0.1 this gives 1.420 × 10⁻²⁰ bits, where ``entropy_bits(softmax(...))`` gives 1.391 × 10⁻²⁰
    (the top's term lost). [n] -> a number; T = 0 is greedy's entropy (0, or log2 of the ties)."""
    z = _check(z, temperature)
    if z.ndim != 1:
        raise ValueError(f"one row of scores, not shape {z.shape}")
    if temperature == 0:
        return float(entropy_bits(_greedy(z)))
    shifted = _shifted(z, temperature)  # [n]; the top is 0
    top = int(np.argmax(shifted))
    rest = np.exp(np.delete(shifted, top)).sum()  # a tie with the top adds exactly 1
    log_p = shifted - np.log1p(rest)
    p = np.exp(log_p)
    with np.errstate(invalid="ignore"):
        terms = np.where(p > 0, -p * log_p, 0.0)
    return float(terms.sum() / np.log(2))


def naive_softmax(z: ArrayLike, temperature: float = 1.0) -> Array:
    """The formula as the article computes it: exp(z/T), then divide by the sum.

    Deliberately unguarded: exp overflows to inf past z/T ≈ 709.78, and inf/inf is NaN.
    Shown beside the stable version to explain why the max is subtracted.
    """
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        e = np.exp(z / temperature)
        return e / e.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class SoftmaxSteps:
    """Softmax at T > 0 one step at a time, both ways the temperature page's table shows: straight
    from the formula, and with the largest score subtracted first. [n] each."""

    scaled: Array  # z / T: 1e308 / 0.5 overflows to inf, exactly what the direct route meets
    exps: Array  # e^(z/T): inf past z/T ≈ 709.78
    naive: Array  # e^(z/T) / Σ: NaN once an exponential has overflowed (inf / inf)
    shifted: Array  # (z − max z) / T: every entry ≤ 0; −inf stays −inf
    exps_shifted: Array  # e^((z − max z)/T): between 0 and 1, so the sum cannot overflow
    stable: Array  # their share of the sum: softmax(z, T), the same numbers bit for bit

    @property
    def direct_breaks(self) -> str | None:
        """How the direct route went wrong, where its shares are not the stable ones (to 1e-9):
        "overflow" where an e^(z/T), or their sum, became infinity (1000; 709.7 twice: each fits, the
        sum does not), else "underflow" where they lost their digits or became 0 (−745 and −746: the
        direct route gives 1 and 0, not 0.731 and 0.269; −1000 everywhere: 0 ÷ 0). None if it agrees."""
        # atol: a share below the smallest normal float has lost digits on both routes alike
        if np.allclose(self.naive, self.stable, rtol=1e-9, atol=np.finfo(float).tiny):
            return None
        with np.errstate(over="ignore"):
            overflowed = np.isinf(self.exps).any() or np.isinf(self.exps.sum())
        return "overflow" if overflowed else "underflow"


def softmax_steps(z: ArrayLike, temperature: float) -> SoftmaxSteps:
    """Every intermediate of ``softmax(z, T)`` for T > 0 (at T = 0 there is no formula to follow:
    softmax is greedy's limit). ValueError for T = 0 and for what ``softmax`` refuses."""
    z = _check(z, temperature)
    if temperature == 0:
        raise ValueError("at T = 0 softmax is greedy's limit: there are no steps to show")
    with np.errstate(over="ignore"):
        scaled = z / temperature
        exps = np.exp(scaled)
    shifted = _shifted(z, temperature)
    exps_shifted = np.exp(shifted)
    stable = exps_shifted / exps_shifted.sum(axis=-1, keepdims=True)
    return SoftmaxSteps(scaled, exps, naive_softmax(z, temperature), shifted, exps_shifted, stable)


def above_zero(z: ArrayLike, temperature: float) -> NDArray[np.bool_]:
    """Which options get a share above 0 in exact arithmetic, however the float rounds it: every
    finite score at T > 0 (e^−800 is 0 to a float, not to softmax); at T = 0 the top ones. [n]."""
    z = _check(z, temperature)
    if z.ndim != 1:
        raise ValueError(f"one row of scores, not shape {z.shape}")
    if temperature == 0:
        return z == z.max()
    return np.isfinite(z)


def max_entropy_bits(z: ArrayLike) -> float:
    """log2 of how many options can be drawn (a −inf score never is): the entropy of the even
    spread, which softmax approaches as T grows. [n] -> a number."""
    return float(np.log2(np.count_nonzero(~np.isneginf(_check(z)))))


# ---------------------------------------------------------------------------- the article's three properties


@dataclass(frozen=True)
class Properties:
    """The article's three guarantees, checked on actual numbers.

    ``in_open_interval``: every unmasked p is strictly between 0 and 1 (masked tokens, z = -inf,
    must be exactly 0). ``rounded``: some unmasked p is exactly 0 or 1 anyway, because float64
    underflowed (e^-800) or T = 0 made the choice greedy; the property holds only in the limit.
    ``sum_error``: |Σp − 1|. ``order_kept``: z_i > z_j ⇒ p_i ≥ p_j and equal z ⇒ equal p;
    ``order_strict``: also z_i > z_j ⇒ p_i > p_j (false when rounding made two p equal).
    ``tied``: some z_i > z_j got the same p > 0: their gap (÷ T) too small for e^x to tell apart
    (1e-300 and 2e-300), unlike two p rounded to 0, which ``rounded`` covers. ``zero`` / ``one``:
    which way ``rounded`` went: some unmasked p is exactly 0 (1000 and 0), or one is exactly 1
    beside others (40 and 0: 1 and 4.2 × 10⁻¹⁸, where nothing is 0).
    """

    in_open_interval: bool
    rounded: bool
    total: float
    sum_error: float
    sums_to_one: bool
    order_kept: bool
    order_strict: bool
    tied: bool
    zero: bool
    one: bool


def check_properties(z: ArrayLike, p: ArrayLike, tolerance: float = 1e-12) -> Properties:
    """Check p ∈ (0, 1) (0 for masked), Σp = 1 within ``tolerance``, and that p keeps z's order."""
    z = np.asarray(z, dtype=np.float64)  # [n]
    p = np.asarray(p, dtype=np.float64)  # [n]
    masked = np.isneginf(z)
    live = p[~masked]
    finite = bool(np.isfinite(p).all())
    in_closed = finite and bool(((live >= 0) & (live <= 1)).all()) and bool((p[masked] == 0).all())
    strictly = in_closed and bool(((live > 0) & (live < 1)).all())
    single = bool(live.size == 1 and finite and live[0] == 1)  # one live token: p = 1 is the only answer
    total = float(p.sum()) if finite else float("nan")
    sum_error = abs(total - 1.0) if finite else float("inf")
    # [n, n] pairwise comparisons; n ≤ a few hundred in the app
    z_gt = z[:, None] > z[None, :]
    z_eq = z[:, None] == z[None, :]
    with np.errstate(invalid="ignore"):
        p_ge = p[:, None] >= p[None, :]
        p_gt = p[:, None] > p[None, :]
        p_eq = p[:, None] == p[None, :]
    order_kept = finite and bool((p_ge | ~z_gt).all() and (p_eq | ~z_eq).all())
    order_strict = order_kept and bool((p_gt | ~z_gt).all())
    tied = bool((z_gt & p_eq & (p[:, None] > 0)).any())
    rounded = in_closed and not strictly and not single
    return Properties(
        in_open_interval=strictly or single,
        rounded=rounded,
        total=total,
        sum_error=sum_error,
        sums_to_one=sum_error <= tolerance,
        order_kept=order_kept,
        order_strict=order_strict,
        tied=tied,
        zero=rounded and bool((live == 0).any()),
        one=rounded and bool((live == 1).any()),
    )


def temperature_sweep(z: ArrayLike, temperatures: ArrayLike) -> Array:
    """softmax(z, T) for each T: [n], [m] -> [m, n], equal to one softmax call per T, in one batch.

    The shift z − max z is shared by every T and done before the division, as in ``softmax``,
    so huge logits (±1e308) stay finite; T = 0 rows are greedy.
    """
    z = _check(z)  # [n]
    temps = np.asarray(temperatures, dtype=np.float64).reshape(-1)  # [m]
    wrong = temps[~(np.isfinite(temps) & (temps >= 0))]
    if wrong.size:
        _check(z, float(wrong[0]))  # raises, saying which temperature is wrong
    hot = temps > 0
    with np.errstate(over="ignore"):
        e = np.subtract(z, z.max(axis=-1, keepdims=True))[None, :] / np.where(hot, temps, 1.0)[:, None]
    np.exp(e, out=e)
    e /= e.sum(axis=-1, keepdims=True)
    e[~hot] = _greedy(z)
    return e
