"""The article's worked example (section 03), computed for any scores: eᶻ → their sum → each share.

The formula page shows these numbers; nothing is typed into the page. The article rounds each eᶻ to
three decimals and adds the rounded terms (7.389 + 2.718 + 1.105 = 11.212, where the exact sum is
11.2125), so both sums are kept here: the page can show the exact one and explain the article's.
"""

from __future__ import annotations

import math
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


SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def minus(text: str) -> str:
    """A written result with a real minus sign (−), not the hyphen Python writes: “−1.308”, not “-1.308”.
    Values a reader types keep the hyphen they typed; ``change`` keeps it too (``st.metric`` reads it)."""
    return text.replace("-", "−")


def _power_of_ten(x: float, digits: int) -> str:
    """x as “6.12529 × 10¹³” with up to ``digits`` significant digits (trailing zeros dropped)."""
    mantissa, _, exponent = f"{x:.{digits - 1}e}".partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return minus(f"{mantissa} × 10{str(int(exponent)).translate(SUPERSCRIPTS)}")


def article_number(x: float, decimals: int = ARTICLE_DECIMALS) -> str:
    """A number as the article prints it: 7.389, 11.2125 with ``decimals=4``; huge ones as 2.69 × 10⁴³
    (“2.69e+43” beside e^z read as 2.69 × e⁴³)."""
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "∞" if x > 0 else "−∞"
    if abs(x) >= 1e6 or (0 < abs(x) < 10**-decimals):
        return _power_of_ten(x, 3)
    return minus(f"{x:.{decimals}f}")


def small_number(x: float, digits: int = 3, places: int = 12) -> str:
    """A small positive number as a reader without scientific notation reads it: 0.000000294 (its
    first ``digits`` digits), and 2.94 × 10⁻¹⁵ past ``places`` decimals. (“2.94e−07” beside a
    sentence about e to a power read as e to the power −07.)"""
    if x <= 0 or not math.isfinite(x):
        return article_number(x)
    exponent = math.floor(math.log10(x))
    decimals = max(digits - 1 - exponent, 0)
    if decimals <= places:
        return f"{x:.{decimals}f}"
    mantissa = round(x / 10**exponent, digits - 1)
    if mantissa >= 10:  # 9.996 rounds up to the next power of ten
        mantissa, exponent = mantissa / 10, exponent + 1
    return f"{mantissa:.{digits - 1}f} × 10{str(exponent).translate(SUPERSCRIPTS)}"


def table_number(x: float, digits: int = 6) -> str:
    """A number in the step-by-step table: ``digits`` significant digits as ``:g`` writes them, but
    never the e-notation a middle-school reader cannot read (“6.12529 × 10¹³”, not “6.12529e+13”),
    a real minus sign, and a value just under 1 written two digits past where it leaves 1
    (“0.999999872”, not “1” beside the promise that every p is below 1)."""
    if not math.isfinite(x) or x == 0:
        return article_number(x) if not math.isfinite(x) else "0"
    if not 1e-4 <= abs(x) < 10**digits:
        return _power_of_ten(x, digits)
    text = f"{x:.{digits}g}"
    places = 2 - math.floor(math.log10(1 - x)) if text == "1" and 1e-12 <= 1 - x else 0
    if places:  # (a sum of p that misses 1 by rounding, 1 − 1.1 × 10⁻¹⁶, stays “1”)
        return f"{x:.{places}f}".rstrip("0")
    return minus(text)


def change(d: float, decimals: int = 3) -> str:
    """A change as a metric's delta: “-0.012”, “+0.250”; a change too small for ``decimals`` gets
    the digits it needs (“-0.0004”, not “-0.000”, which reads as a negative zero), up to 6; a smaller
    one, or none, is “0”, which ``st.metric`` draws without an arrow. The sign stays ASCII: the
    metric reads it to choose its arrow and colour."""
    for places in range(decimals, 7):
        if round(abs(d), places) > 0:
            return f"{d:+.{places}f}"
    return "0"


def shown(x: float, decimals: int = 3) -> str:
    """A value as a metric shows it: ``decimals`` places (“0.819”); a positive value too small for
    them written out (“0.0000412”, not “0.000” beside a note that the loss never reaches 0)."""
    if 0 < x < 0.5 * 10**-decimals:
        return small_number(x)
    return f"{x:.{decimals}f}"


def shown_probability(p: float, decimals: int = 3) -> str:
    """A probability as a metric shows it: ``decimals`` places (“0.911”); one too close to 1 for them
    written to the digit where it leaves 1 (“0.999999835”, not “1.000” beside a note that p never
    reaches 1), as ``shown`` writes a loss near 0; past 12 places as 1 − the gap (“1 − 3.10 × 10⁻¹³”)."""
    gap = 1 - p
    if 0 < gap < 0.5 * 10**-decimals:
        places = 2 - math.floor(math.log10(gap))
        return f"{p:.{places}f}" if places <= 12 else f"1 − {small_number(gap)}"
    return f"{p:.{decimals}f}"


def shown_share(p: float, decimals: int = 3) -> str:
    """A probability as ``shown_probability`` writes one near 1 and ``shown`` one near 0: at η = 10
    the bars read 0.999999835 and 0.000000165, as the numbers above them, not 1.000 and 0.000."""
    return shown_probability(p, decimals) if p >= 0.5 else shown(p, decimals)


def shown_signed(x: float, decimals: int = 3) -> str:
    """A gradient p − y with its sign and a real minus: “−0.983”, “+0.017”; one too small for
    ``decimals`` places written out (“−0.000000165”, not “−0.000”); none at all “0”."""
    if x == 0:
        return "0"
    return ("+" if x > 0 else "−") + shown(abs(x), decimals)


def shown_change(before: float, after: float, decimals: int = 3) -> str:
    """The change from ``before`` to ``after`` as ``change`` writes it, but taken between the values
    as ``shown`` writes them, so a reader's own subtraction agrees: 2.127 → 0.819 is “-1.308”
    (the exact change, −1.3074, read “-1.307” under those two numbers). Where the shown values are
    the same, or one is written out in more places, the exact change."""
    a, b = shown(before, decimals), shown(after, decimals)
    if a != b and all(len(v.partition(".")[2]) == decimals for v in (a, b)):
        return f"{float(b) - float(a):+.{decimals}f}"
    return change(after - before, decimals)


def percent(p: float) -> str:
    """A share as the app prints it (“65.9%”); a tiny non-zero share keeps its digits (“1.4 × 10⁻⁸⁵%”)."""
    if 0 < p < 0.0005:
        share = 100 * p  # “0.0091%” written out while :g would; past that “1.4 × 10⁻⁸⁵%”, not “1.4e−85%”
        return f"{share:.2g}%" if share >= 1e-4 else f"{_power_of_ten(share, 2)}%"
    return f"{p:.1%}"
