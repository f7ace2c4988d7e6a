"""The temperatures a user can pick: 0 (greedy) and a log-spaced scale from 0.05 to 10.

Equal steps on a log scale (twenty per decade, rounded to two significant digits, like the
E-series of resistor values) make 0.1 → 0.2 as easy to reach as 5 → 10, which is how
temperature acts: dividing the scores by T is a multiplicative change.
"""

from __future__ import annotations

import math

GREEDY = 0.0
STEPS_PER_DECADE = 20


def _log_scale(low: float, high: float, steps_per_decade: int) -> tuple[float, ...]:
    """Values 10**(k/steps) between low and high, rounded to two significant digits."""
    k_low = math.ceil(round(math.log10(low) * steps_per_decade, 9))
    k_high = math.floor(round(math.log10(high) * steps_per_decade, 9))
    values = []
    for k in range(k_low, k_high + 1):
        v = 10 ** (k / steps_per_decade)
        digits = 1 - math.floor(math.log10(v))
        values.append(round(v, digits))
    return tuple(dict.fromkeys(values))


# [0.0, 0.05, 0.056, ..., 0.89, 1.0, 1.1, ..., 8.9, 10.0]
TEMPERATURES: tuple[float, ...] = (GREEDY, *_log_scale(0.05, 10.0, STEPS_PER_DECADE))
DEFAULT_TEMPERATURE = 1.0


def format_temperature(t: float) -> str:
    """Shortest readable form: 0.05, 0.56, 1, 2.5, 10."""
    return f"{t:g}"
