"""Parse the user's token/logit table into arrays, or into row-level errors the page can translate.

The page's logit column is text, so a user can type anything; this module decides what it means.
It never raises: every problem becomes a ``TableError`` (a code plus the values its message
needs), because the page must keep the user's table as typed and say what to fix.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest

import numpy as np
from numpy.typing import NDArray

MAX_ROWS = 200  # the page's limit: more bars than this stop being readable
MAX_LABEL = 40  # characters; longer labels swamp the chart axes
MAX_CELL = 60  # characters of a logit cell; no real number needs more

# Error codes (the page shows "playground.err.<code>"). Row numbers are 1-based, as a user counts.
EMPTY = "empty"  # no non-blank row
TOO_MANY = "too_many"  # more than MAX_ROWS rows; value = the row count
NOT_A_NUMBER = "not_a_number"  # value = the cell as typed (shortened)
NO_LOGIT = "no_logit"  # the label is there, the logit cell is blank
NAN = "nan"  # "nan" typed
POS_INF = "pos_inf"  # "inf" / "+inf" typed: no probability can express it
TOO_LARGE = "too_large"  # a number beyond float64 (1e309) that would silently become inf
NO_LABEL = "no_label"  # a logit without a token label
LONG_LABEL = "long_label"  # value = the label's length
DUPLICATE = "duplicate"  # value = the label, other = the row where it first appeared
ALL_MASKED = "all_masked"  # every logit is -inf: nothing can be chosen

_INF_WORDS = {"inf", "+inf", "infinity", "+infinity"}
_NEG_INF_WORDS = {"-inf", "-infinity", "−inf", "−infinity"}


@dataclass(frozen=True)
class TableError:
    """One problem: its code, the 1-based row (None for the whole table) and the values to show."""

    code: str
    row: int | None = None
    value: str = ""
    other: int | None = None


@dataclass(frozen=True)
class ParsedTable:
    """The usable rows (blank rows dropped) and every problem found; ``ok`` when there is none."""

    labels: tuple[str, ...]
    logits: NDArray[np.float64]  # [n]; -inf marks a masked token
    errors: tuple[TableError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def shorten(text: str, limit: int = 30) -> str:
    """Cut a value for an error message: a pasted 10 KB cell must not flood the page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_logit(value: float) -> str:
    """A logit as the shortest text that parses back to the same float: 2, 0.1, -inf, 1e+308."""
    if value == -math.inf:
        return "-inf"
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _blank(cell: object) -> bool:
    if cell is None:
        return True
    if isinstance(cell, float) and math.isnan(cell):  # pandas' missing value in a new row
        return True
    return isinstance(cell, str) and not cell.strip()


def parse_logit(cell: object, row: int) -> tuple[float | None, TableError | None]:
    """One logit cell → (value, None) or (None, error). Accepts numbers, '-inf' (masked), '−2' (U+2212)."""
    if isinstance(cell, bool):
        return None, TableError(NOT_A_NUMBER, row, str(cell))
    if isinstance(cell, int | float | np.integer | np.floating):
        value = float(cell)
        text = repr(cell)
    else:
        text = str(cell).strip()
        if len(text) > MAX_CELL:
            return None, TableError(NOT_A_NUMBER, row, shorten(text))
        cleaned = text.replace("−", "-").replace("＋", "+").replace("－", "-")
        lowered = cleaned.lower()
        if lowered in _NEG_INF_WORDS:
            return float("-inf"), None
        if lowered in _INF_WORDS:
            return None, TableError(POS_INF, row, text)
        try:
            value = float(cleaned)
        except ValueError:
            return None, TableError(NOT_A_NUMBER, row, shorten(text))
        if math.isinf(value):  # "1e309": a finite-looking number float64 cannot hold
            return None, TableError(TOO_LARGE, row, shorten(text))
    if math.isnan(value):
        return None, TableError(NAN, row, shorten(text))
    if value == math.inf:
        return None, TableError(POS_INF, row, shorten(text))
    return value, None


def parse_table(labels: Sequence[object], logits: Sequence[object]) -> ParsedTable:
    """Rows of (label, logit cell) → labels and logits, or every row-level problem. Never raises.

    Fully blank rows (a row just added in the grid) are skipped, not errors. Labels are kept as
    typed (stripped); duplicates are errors because the charts need one bar per label.
    """
    errors: list[TableError] = []
    out_labels: list[str] = []
    out_logits: list[float] = []
    first_row: dict[str, int] = {}
    rows = list(zip_longest(labels, logits))  # a missing cell counts as blank
    non_blank = [
        (i, lab, cell) for i, (lab, cell) in enumerate(rows, 1) if not (_blank(lab) and _blank(cell))
    ]
    if len(non_blank) > MAX_ROWS:
        return ParsedTable((), np.zeros(0), (TableError(TOO_MANY, None, str(len(non_blank))),))
    for row, label_cell, cell in non_blank:
        label = "" if _blank(label_cell) else str(label_cell).strip()
        if not label:
            errors.append(TableError(NO_LABEL, row))
        elif len(label) > MAX_LABEL:
            errors.append(TableError(LONG_LABEL, row, str(len(label))))
        elif label in first_row:
            errors.append(TableError(DUPLICATE, row, shorten(label), first_row[label]))
        else:
            first_row[label] = row
        if _blank(cell):
            errors.append(TableError(NO_LOGIT, row))
            continue
        value, error = parse_logit(cell, row)
        if error is not None:
            errors.append(error)
            continue
        out_labels.append(label)
        out_logits.append(value)  # type: ignore[arg-type]
    if not non_blank:
        errors.append(TableError(EMPTY))
    elif not errors and all(v == -math.inf for v in out_logits):
        errors.append(TableError(ALL_MASKED))
    if errors:
        return ParsedTable((), np.zeros(0), tuple(errors))
    return ParsedTable(tuple(out_labels), np.asarray(out_logits, dtype=np.float64), ())
