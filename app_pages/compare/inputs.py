"""Compare page inputs: typed numbers read from URL-bound text boxes, with translated messages.

Numbers are typed as text (not st.number_input) so that a wrong value is *kept* on screen and
explained, rather than silently clamped by the browser. They are read by the app's one rule
(``core.user_input.parse_number``); a message quotes the typed text made literal for Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH, MAX_SAMPLES
from core.user_input import InputError, parse_number
from ui.i18n import input_message, tr

AT_LOW_END = "compare.error.top_p"  # the open low end of top-p: p = 0 keeps nothing


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
    try:
        value = parse_number(text, field.low, field.high, whole=field.whole)
        if field.low_open and value == field.low:
            raise InputError(AT_LOW_END)
    except InputError as error:
        return None, input_message(error, tr(field.label))
    return value, None


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
