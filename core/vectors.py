"""The attention page's typed vector and table: their shape is checked here, each number by
``core.user_input``'s rule, and every problem is an ``InputError`` saying where (``position`` of an
entry, ``row`` of the table) for the page to translate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from core.user_input import EMPTY, InputError, parse_number

MAX_ABS = 1e6  # bigger numbers are legal floats but meaningless here and make charts unreadable
COUNT = "attention.error.count"  # not the number of entries the vector needs
TOO_FEW_ROWS = "attention.error.too_few_rows"
TOO_MANY_ROWS = "attention.error.too_many_rows"


def parse_vector(text: str | None, size: int, limit: float = MAX_ABS) -> list[float]:
    """``size`` numbers separated by commas, semicolons or spaces: "1, 0.5" -> [1.0, 0.5]."""
    raw = (text or "").strip().strip("()[]")
    if not raw:
        raise InputError(EMPTY)
    # "1, 2", "1 2", "1;2" and the full-width "1，2" all work: a comma separates, it is never a decimal mark.
    parts = [p for p in re.split(r"[,;，；\s]+", raw) if p]
    numbers = []
    for position, part in enumerate(parts, start=1):
        try:
            numbers.append(parse_number(part, -limit, limit))
        except InputError as error:
            raise InputError(error.key, **error.values, position=position) from None
    if len(numbers) != size:
        raise InputError(COUNT, expected=size, got=len(numbers))
    return numbers


def check_table(
    rows: Sequence[Sequence[object]], min_rows: int, max_rows: int, limit: float = MAX_ABS
) -> list[list[float]]:
    """Rows of numbers from an editable table: every cell filled, finite, |x| ≤ limit; row count in range."""
    if len(rows) < min_rows:
        raise InputError(TOO_FEW_ROWS, minimum=min_rows, got=len(rows))
    if len(rows) > max_rows:
        raise InputError(TOO_MANY_ROWS, maximum=max_rows, got=len(rows))
    table: list[list[float]] = []
    for row, cells in enumerate(rows, start=1):
        try:  # a NumberColumn's blank cell arrives as NaN: it is missing, not "not a number"
            missing = [None if isinstance(c, float) and math.isnan(c) else c for c in cells]
            table.append([parse_number(c, -limit, limit) for c in missing])
        except InputError as error:
            raise InputError(error.key, **error.values, row=row) from None
    return table
