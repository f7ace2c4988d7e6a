"""Compare page inputs: typed numbers read from URL-bound text boxes, with translated messages.

Numbers are typed as text (not st.number_input) so that a wrong value is *kept* on screen and
explained, rather than silently clamped by the browser. Nothing typed is ever echoed back as
markdown or HTML: messages name the field and the allowed range only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import streamlit as st

from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH, MAX_SAMPLES
from ui.i18n import tr


@dataclass(frozen=True)
class Field:
    """A numeric text box: key, label key, default text, whole number or not, allowed range."""

    key: str
    label: str
    default: str
    whole: bool
    low: float
    high: float
    low_open: bool = False  # True: the low end itself is not allowed (top-p > 0)
    help: str | None = None
    help_values: tuple[tuple[str, object], ...] = ()


# The compare page's boxes: key, label, default, whole number?, range, help.
LENGTH = Field("compare_length", "compare.length", "100", True, 1, MAX_LENGTH, help="compare.length.help",
               help_values=(("max", MAX_LENGTH),))  # fmt: skip
TOP_K = Field("compare_top_k", "compare.top_k", "10", True, 1, 10_000, help="compare.top_k.help")
TOP_P = Field("compare_top_p", "compare.top_p", "0.9", False, 0, 1, low_open=True, help="compare.top_p.help")
MIN_P = Field("compare_min_p", "compare.min_p", "0.1", False, 0, 1, help="compare.min_p.help")
BEAM = Field("compare_beam", "compare.beam", "4", True, 1, MAX_BEAM_WIDTH, help="compare.beam.help",
             help_values=(("max", MAX_BEAM_WIDTH),))  # fmt: skip
N = Field("compare_n", "compare.n", "1000", True, 1, MAX_SAMPLES, help="compare.n.help",
          help_values=(("max", f"{MAX_SAMPLES:,}"),))  # fmt: skip
SEED = Field("compare_seed", "compare.seed", "0", True, 0, 2**32 - 1, help="compare.seed.help")


def parse(text: str, field: Field) -> tuple[float | int | None, str | None]:
    """(value, None) for good text, (None, translated message) for bad text."""
    label = tr(field.label)
    raw = (text or "").strip().replace(",", ".") if not field.whole else (text or "").strip()
    try:
        number = float(raw)
    except ValueError:
        key = "compare.error.whole" if field.whole else "compare.error.number"
        return None, tr(key, field=label, example=field.default)
    if not math.isfinite(number):
        key = "compare.error.whole" if field.whole else "compare.error.number"
        return None, tr(key, field=label, example=field.default)
    if field.whole and number != int(number):
        return None, tr("compare.error.whole", field=label, example=field.default)
    too_low = number <= field.low if field.low_open else number < field.low
    if too_low or number > field.high:
        if field.low_open:
            return None, tr("compare.error.top_p", field=label)
        return None, tr("compare.error.range", field=label, low=_fmt(field.low), high=_fmt(field.high))
    return (int(number) if field.whole else number), None


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def number_box(field: Field, container=st) -> tuple[float | int | None, str | None]:
    """Draw the text box (bound to ``?<key>=``) and return its parsed value or the message."""
    text = container.text_input(
        tr(field.label),
        value=field.default,
        key=field.key,
        help=tr(field.help, **dict(field.help_values)) if field.help else None,
        bind="query-params",
        max_chars=40,
    )
    value, error = parse(text, field)
    if error:
        container.error(error, icon=":material/error:")
    return value, error
