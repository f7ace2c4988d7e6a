"""Numbers typed by a user: parsed and checked here, reported as a code and values the page translates.

A page never shows the user's own text back (it could be markdown or HTML); a message names the
position and the rule that was broken, and the text box keeps what was typed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

MAX_ABS = 1e6  # bigger numbers are legal floats but meaningless here and make charts unreadable


class InputError(ValueError):
    """A bad input: ``code`` picks the message (``why.error.<code>``), ``values`` fill it."""

    def __init__(self, code: str, **values: object):
        super().__init__(f"{code}: {values}")
        self.code = code
        self.values = values


def parse_number(text: str | None, limit: float = MAX_ABS, position: int | None = None) -> float:
    """One finite number with |x| ≤ limit; a comma as decimal mark is accepted ("0,5").

    ``position`` (1-based) says which entry of a vector this is, for the message; None for a lone number.
    """
    raw = (text or "").strip()
    if not raw:
        raise InputError("empty", position=position)
    try:
        x = float(raw.replace(",", "."))
    except ValueError:
        raise InputError("not_number", position=position) from None
    if not math.isfinite(x):
        raise InputError("not_finite", position=position)
    if abs(x) > limit:
        raise InputError("too_large", position=position, limit=f"{limit:,.0f}")
    return x


def parse_vector(text: str | None, size: int, limit: float = MAX_ABS) -> list[float]:
    """``size`` numbers separated by commas, semicolons or spaces: "1, 0.5" -> [1.0, 0.5]."""
    raw = (text or "").strip().strip("()[]")
    if not raw:
        raise InputError("empty", position=None)
    # "1, 2" and "1 2" and "1;2" all work; a comma is a separator here, never a decimal mark.
    parts = [p for p in re.split(r"[,;\s]+", raw) if p]
    numbers = [parse_number(p, limit, i) for i, p in enumerate(parts, start=1)]  # "abc": not a number
    if len(numbers) != size:
        raise InputError("count", expected=size, got=len(numbers))
    return numbers


def check_table(
    rows: Sequence[Sequence[object]], min_rows: int, max_rows: int, limit: float = MAX_ABS
) -> list[list[float]]:
    """Rows of numbers from an editable table: every cell filled, finite, |x| ≤ limit; row count in range."""
    if len(rows) < min_rows:
        raise InputError("too_few_rows", minimum=min_rows, got=len(rows))
    if len(rows) > max_rows:
        raise InputError("too_many_rows", maximum=max_rows, got=len(rows))
    table: list[list[float]] = []
    for r, row in enumerate(rows, start=1):
        out = []
        for cell in row:
            try:
                x = float(cell)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise InputError("cell_empty", row=r) from None
            if math.isnan(x):
                raise InputError("cell_empty", row=r)
            if not math.isfinite(x):
                raise InputError("cell_not_finite", row=r)
            if abs(x) > limit:
                raise InputError("cell_too_large", row=r, limit=f"{limit:,.0f}")
            out.append(x)
        table.append(out)
    return table
