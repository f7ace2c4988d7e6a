"""Numbers typed into URL-bound text boxes, read by the app's one rule, with translated messages.

Why text boxes and not ``st.number_input``: Streamlit's number box checks its range in the browser,
and answers a number outside it, or one past what a JavaScript number holds (2**53, 1.8e308), with a
red box and an English tooltip; the number never reaches the page. A text box keeps whatever was
typed, on screen and in the link, and the page reads it with ``core.user_input.parse_number`` and
says in the reader's language what is wrong (the typed text made literal for Markdown).
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from core.url_values import format_url_float
from core.user_input import InputError, parse_number
from ui.i18n import input_message, sentences, tr
from ui.share import use_in_link

MAX_CHARS = 40  # no number a page needs is longer; a pasted page of text is cut by the browser


@dataclass(frozen=True)
class Field:
    """A numeric text box: key, label key, default text, whole number or not, allowed range."""

    key: str
    label: str
    default: str
    whole: bool
    low: float
    high: float
    low_open: str | None = None  # the message's key if the low end itself is not allowed (top-p > 0)
    help: str | None = None
    help_values: tuple[tuple[str, object], ...] = ()
    label_values: tuple[tuple[str, object], ...] = ()
    width: int | str = "stretch"  # px, or "stretch"
    name: str | None = None  # a shorter catalog key for messages, when the label explains or gives the range


# For a box whose low end is not allowed (top-p: 0 keeps nothing), "from 0 to 1" would be wrong.
OPEN_RANGE = {
    "input.not_number.range": "input.not_number.open",
    "input.out_of_range": "input.out_of_range.open",
}


def label(field: Field) -> str:
    """The box's label in the reader's language."""
    return tr(field.label, **dict(field.label_values))


def parse(text: str, field: Field) -> tuple[float | int | None, str | None]:
    """(value, None) for good text, (None, translated message) for bad text."""
    try:
        value = parse_number(text, field.low, field.high, whole=field.whole)
        if field.low_open and value == field.low:
            raise InputError(field.low_open)
    except InputError as error:
        if field.low_open and error.key in OPEN_RANGE:  # the range it names leaves out its low end
            error = InputError(OPEN_RANGE[error.key], **error.values)
        return None, input_message(error, tr(field.name) if field.name else label(field))
    return value, None


def text_number(field: Field) -> tuple[float | int | None, str | None]:
    """Draw the text box (bound to ``?<key>=``) and return its parsed value or the message (not drawn)."""
    text = st.text_input(
        label(field),
        value=field.default,
        key=field.key,
        help=tr(field.help, **dict(field.help_values)) if field.help else None,
        bind="query-params",
        max_chars=MAX_CHARS,
        width=field.width,
    )
    return parse(text, field)


def number_box(
    field: Field, container: DeltaGenerator | None = None
) -> tuple[float | int | None, str | None]:
    """The box in ``container`` and, under it, its message if the text cannot be used."""
    with container if container is not None else nullcontext():
        value, error = text_number(field)
        if error:
            st.error(error, icon=":material/error:")
    return value, error


def kept_number(field: Field) -> tuple[float | int, str | None]:
    """The box, for a page that always needs a number: (the number to use, the message to show).

    While the text cannot be used, the page goes on with the last number that could be (this
    session), else the default, and the message says which; the box keeps what was typed, and the
    "Copy link" box gives the number in use, so the link opens on what the sharer sees.
    """
    value, error = text_number(field)
    last_key = f"{field.key}_last_good"
    if error is None:
        st.session_state[last_key] = value
        use_in_link(field.key, None)
        return value, None
    used = st.session_state.get(last_key)
    if used is None:
        used = parse_number(field.default, field.low, field.high, whole=field.whole)
    shown = str(used) if field.whole else format_url_float(used)
    name = tr(field.name) if field.name else label(field)
    use_in_link(field.key, shown, name, st.session_state[field.key])
    return used, sentences([error, tr("input.kept", used=shown)])
