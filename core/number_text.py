"""Numbers as the app writes them for a reader with middle-school maths: one writer per kind of number.

Every result carries a real minus sign (−, not the hyphen Python writes), no e-notation (“2.69e+43”
beside e to a power reads as 2.69 × e⁴³: 2.69 × 10⁴³ instead), and a value near 0 or 1 is never
rounded onto the limit a sentence beside it says it never reaches (“0.999999835”, not “1.000”).
Values a reader types keep the hyphen they typed, and ``change`` keeps it for ``st.metric``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal

import numpy as np

SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def minus(text: str) -> str:
    """A written result with a real minus sign (−), not the hyphen Python writes: “−1.308”, not “-1.308”.
    Values a reader types keep the hyphen they typed; ``change`` keeps it too (``st.metric`` reads it)."""
    return text.replace("-", "−")


def _power_of_ten(x: float, digits: int, keep_zeros: bool = False) -> str:
    """x as “6.12529 × 10¹³” with ``digits`` significant digits, trailing zeros dropped as ``:g`` drops
    them (``keep_zeros``: “3.10 × 10⁻¹³”, as a fixed number of digits is written)."""
    mantissa, _, exponent = f"{x:.{digits - 1}e}".partition("e")
    if "." in mantissa and not keep_zeros:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return minus(f"{mantissa} × 10{str(int(exponent)).translate(SUPERSCRIPTS)}")


def _below_one(p: float, places: int = 12) -> str:
    """A probability just under 1 written two digits past where it leaves 1 (“0.999999835”), past
    ``places`` decimals as 1 − the gap (“1 − 9.36 × 10⁻¹⁴”): never “1”, which it never reaches at
    T > 0. The one rule for every writer of a probability near 1."""
    gap = 1 - p
    digits = 2 - math.floor(math.log10(gap))
    return f"{p:.{digits}f}".rstrip("0") if digits <= places else f"1 − {_power_of_ten(gap, 3)}"


def article_number(x: float, decimals: int = 3) -> str:
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
    decimals = max(digits - 1 - math.floor(math.log10(x)), 0)
    if decimals <= places:
        return f"{x:.{decimals}f}"
    return _power_of_ten(x, digits, keep_zeros=True)


def column_total(x: float) -> float:
    """A column's sum of probabilities: 1 where it misses 1 only by the float's rounding (1 − 1.1 ×
    10⁻¹⁶), which a writer would otherwise show as "1 − 1.11 × 10⁻¹⁶" or ">99.9%"; any other sum as it is."""
    return 1.0 if abs(x - 1) < 1e-12 else x


def table_number(x: float, digits: int = 6) -> str:
    """A number in the step-by-step table: ``digits`` significant digits as ``:g`` writes them, but
    never the e-notation a middle-school reader cannot read (“6.12529 × 10¹³”, not “6.12529e+13”),
    a real minus sign, and a probability just under 1 as ``_below_one`` writes it (“0.999999872”,
    not “1” beside the promise that every p is below 1). A column's Σ goes through ``column_total`` first."""
    if not math.isfinite(x) or x == 0:
        return article_number(x) if not math.isfinite(x) else "0"
    text = f"{x:.{digits}g}"
    if "e" in text or abs(x) < 1e-4:  # 999999.5 rounds to 1e+06 as well
        return _power_of_ten(x, digits)
    return _below_one(x) if text == "1" and x < 1 else minus(text)


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
    reaches 1), as ``shown`` writes a loss near 0; past 12 places as 1 − the gap (“1 − 3.1 × 10⁻¹³”)."""
    if 0 < 1 - p < 0.5 * 10**-decimals:
        return _below_one(p)
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


TINY_SHARE = 0.0005  # under this a share is not written to 0.1% (it would read 0.0%)


def percent(p: float, never_all: bool = False) -> str:
    """A share as the app prints it (“65.9%”); a tiny non-zero share keeps its digits (“1.4 × 10⁻⁸⁵%”),
    and one just short of all is “>99.9%”, not “100.0%” beside a text that calls it almost sure.
    ``never_all``: a softmax share at T > 0, which is never all of it even where the float has
    rounded it to 1.0 (a spot the model is sure of): “>99.9%” too."""
    if 0 < p < TINY_SHARE:
        share = 100 * p  # “0.0091%” written out while :g would; past that “1.4 × 10⁻⁸⁵%”, not “1.4e−85%”
        return f"{share:.2g}%" if share >= 1e-4 else f"{_power_of_ten(share, 2)}%"
    if 0.9995 <= p < 1 or (never_all and p >= 0.9995):
        return ">99.9%"
    return f"{p:.1%}"


def bar_labels(
    shares: Sequence[float], tiny_digits: bool = False, positive: Sequence[bool] | None = None
) -> list[str]:
    """The labels over a row of probability bars, as ``percent`` writes them, short while T moves: a
    tiny share is “<0.1%” (``tiny_digits``: its digits, “2.1 × 10⁻⁷%”, as the formula page gives
    them). A share is all (“100.0%”) only where every other one is 0; where another is not, it is
    “>99.9%” even where the float has rounded it to 1.0 (scores 40 and 0), as the page's text says
    every option keeps a chance. ``positive``: the shares known to be above 0 however the float
    rounded them (softmax at T > 0 of a finite score: 10 and 0 at T = 0.01 gives the float 0), so
    that one is “<0.1%” too. Never “100.0%” over “0.0%” for two shares that are neither."""
    shares = [float(p) for p in shares]
    known = [False] * len(shares) if positive is None else [bool(k) for k in positive]
    alive = [p > 0 or k for p, k in zip(shares, known, strict=True)]
    others_left = sum(alive) > 1
    labels = [percent(p, never_all=others_left) for p in shares]
    return [
        "<0.1%" if live and (p == 0 or (not tiny_digits and p < TINY_SHARE)) else label
        for p, live, label in zip(shares, alive, labels, strict=True)
    ]


def percents_total(shares: Sequence[float]) -> str | None:
    """What the shares add up to as ``percent`` writes them (“99.9%” for 49.5% + 0.9% + 49.5%; “100.025%”
    for 73.1% + 26.9% + 0.025%), where that is not the 100% they truly add up to; None where it is, or
    where a share is written “>99.9%”, which no sum can be written for. A share written as a power of
    ten (“1.4 × 10⁻⁸⁵%”) adds nothing a reader could see. A page says why its rounded numbers miss 100%."""
    written = bar_labels(shares, tiny_digits=True)  # as the table's rows write them
    if any(w.startswith(">") for w in written):
        return None
    plain = [Decimal(w[:-1]) for w in written if re.fullmatch(r"\d+\.\d+%", w)]
    total = sum(plain, Decimal(0))
    return None if total == 100 else f"{total}%"
