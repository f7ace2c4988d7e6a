"""Parse the user's token/logit table into arrays, or into row-level errors the page can translate.

The page's logit column is text, so a user can type anything; ``core.user_input`` reads each
score by the app's one rule for typed numbers, with ``-inf`` allowed (it rules an option out).
This module never raises: every problem becomes an ``InputError`` with its 1-based ``row`` (as a
user counts) in its values, because the page must keep the user's table as typed and say what to fix.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest

import numpy as np
from numpy.typing import NDArray

from core.user_input import NOT_FINITE, InputError, parse_number, shorten

MAX_ROWS = 200  # the page's limit: more bars than this stop being readable
MAX_LABEL = 40  # characters; longer labels swamp the chart axes
MAX_LINK_CHARS = 6000  # a table longer than this in a link is refused on the way in

# The table's own problems (catalog keys); a bad score gets core.user_input's key.
EMPTY = "playground.err.empty"  # no non-blank row
TOO_MANY = "playground.err.too_many"  # more than MAX_ROWS rows
SCORE_NOT_FINITE = "playground.err.not_finite"  # NaN or +inf: says why, and that -inf rules out
LONG_LABEL = "playground.err.long_label"
DUPLICATE = "playground.err.duplicate"  # value = the label, other = the row where it first appeared
ALL_MASKED = "playground.err.all_masked"  # every logit is -inf: nothing can be chosen
# A row being typed: one of its two cells is still blank. Left out of the chart, with a calm note,
# not an error: a learner who has typed a name has not made a mistake by not yet typing its score.
NO_SCORE_YET = "playground.pending.no_score"
NO_LABEL_YET = "playground.pending.no_label"


@dataclass(frozen=True)
class ParsedTable:
    """The usable rows (blank rows dropped) and every problem found; ``ok`` when there is none.

    ``pending`` names the rows left out because one of their cells is still blank (not problems).
    """

    labels: tuple[str, ...]
    logits: NDArray[np.float64]  # [n]; -inf marks a masked token
    errors: tuple[InputError, ...]
    pending: tuple[InputError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def too_many(count: int) -> ParsedTable:
    """The one error of a table with more than MAX_ROWS rows."""
    return ParsedTable((), np.zeros(0), (InputError(TOO_MANY, count=count, max_rows=MAX_ROWS),))


def format_logit(value: float) -> str:
    """A logit as the shortest text that parses back to the same float: 2, 0.1, -inf, 1e+308."""
    if value == -math.inf:
        return "-inf"
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _missing(cell: object) -> bool:
    """No value at all: None, or pandas' NaN in a new row."""
    return cell is None or (isinstance(cell, float) and math.isnan(cell))


def _blank(cell: object) -> bool:
    return _missing(cell) or (isinstance(cell, str) and not cell.strip())


def needs_blank_row(labels: Sequence[object], logits: Sequence[object]) -> bool:
    """Whether the grid needs a new blank row: its last row has a name and a score (or there is no
    row). A half-filled last row waits, so moving from its name to its score keeps the grid."""
    if not labels:
        return True
    return not (_blank(labels[-1]) or _blank(logits[-1]))


def typed_cells(labels: Sequence[object], logits: Sequence[object]) -> list[tuple[str, str]]:
    """The rows as typed (a missing cell as ""), rows with nothing typed left out: two tables with
    the same cells are the same table, whatever blank rows the grid adds."""
    rows = [
        ("" if _missing(label) else str(label), "" if _missing(logit) else str(logit))
        for label, logit in zip(labels, logits, strict=True)
    ]
    return [row for row in rows if row != ("", "")]


def table_from_link(labels: Sequence[str], logits: Sequence[str]) -> ParsedTable | None:
    """A table carried by a link (``?tok=…&z=…``), parsed; None when the link carries none.

    Refused whole, as too many rows, when the columns differ in length or the text is longer than
    MAX_LINK_CHARS: a link is not typed row by row, so there is no row to point at.
    """
    if not labels and not logits:
        return None
    too_long = sum(len(s) for s in [*labels, *logits]) > MAX_LINK_CHARS
    if too_long or len(labels) != len(logits) or len(labels) > MAX_ROWS:
        return too_many(len(labels))
    return parse_table(labels, logits)


def parse_table(labels: Sequence[object], logits: Sequence[object]) -> ParsedTable:
    """Rows of (label, logit cell) → labels and logits, or every row-level problem. Never raises.

    Fully blank rows (a row just added in the grid) are skipped, not errors; so are half-typed rows
    (a name without a score, or a score without a name), which come back in ``pending``. Labels are
    kept as typed (stripped); duplicates are errors because the charts need one bar per label.
    """
    errors: list[InputError] = []
    pending: list[InputError] = []
    out_labels: list[str] = []
    out_logits: list[float] = []
    first_row: dict[str, int] = {}
    rows = list(zip_longest(labels, logits))  # a missing cell counts as blank
    non_blank = [
        (i, lab, cell) for i, (lab, cell) in enumerate(rows, 1) if not (_blank(lab) and _blank(cell))
    ]
    if len(non_blank) > MAX_ROWS:
        return too_many(len(non_blank))
    for row, label_cell, cell in non_blank:
        if _blank(label_cell) or _blank(cell):
            pending.append(InputError(NO_LABEL_YET if _blank(label_cell) else NO_SCORE_YET, row=row))
            continue
        label = str(label_cell).strip()
        if len(label) > MAX_LABEL:
            errors.append(InputError(LONG_LABEL, row=row, length=len(label), max_label=MAX_LABEL))
        elif label in first_row:
            errors.append(InputError(DUPLICATE, row=row, value=shorten(label), other=first_row[label]))
        else:
            first_row[label] = row
        try:
            value = parse_number(cell, neg_inf=True)
        except InputError as error:
            key = SCORE_NOT_FINITE if error.key == NOT_FINITE else error.key
            errors.append(InputError(key, **error.values, row=row))
            continue
        out_labels.append(label)
        out_logits.append(value)
    if not out_labels and not errors:
        errors.append(InputError(EMPTY))  # no row with both a name and a score
    elif not errors and all(v == -math.inf for v in out_logits):
        errors.append(InputError(ALL_MASKED))
    if errors:
        return ParsedTable((), np.zeros(0), tuple(errors), tuple(pending))
    return ParsedTable(tuple(out_labels), np.asarray(out_logits, dtype=np.float64), (), tuple(pending))
