"""Inputs of the "Why softmax?" page: presets, typed scores and vectors, the key/value table.

Typed numbers live in text boxes so a wrong value stays on screen with a message; parsing and
checking happen in ``core.vectors``, which reports a code this module translates. Every setting is
kept in the link (``read_link`` / ``write_link``), whichever tab is open.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from core.vectors import InputError, check_table, parse_number, parse_vector
from ui.i18n import lang, tr

PRESETS: dict[str, tuple[float, float]] = {"right": (5.0, 1.0), "wrong": (0.0, 1.0)}
PRESET_OPTIONS = ("right", "wrong", "custom")
PRESET_LABELS = {"right": "(5, 1)", "wrong": "(0, 1)", "custom": "(z₁, z₂)"}
MAX_SCORE = 1000.0  # a network's scores live far inside this; beyond it the charts say nothing
LEAF, FLOWER, PRESET = "why_leaf", "why_flower", "why_preset"
SHOWN = "why_shown_scores"  # session state: the last valid scores, to seed the boxes
LR, SCALE, QUERY = "why_lr", "why_scale", "why_query"
LR_SLIDER = (0.0, 10.0, 1.0, 0.05)  # min, max, default, step of the learning-rate slider
SCALE_SLIDER = (0.0, 10.0, 1.0, 0.1)  # the same for the attention scale
DEFAULT_QUERY = "1, 0.5"
TABLE_KEY = "why_keys"  # the grid's widget key (its value: the edits against the table it was given)
TABLE_BASE = "why_keys_base"  # session state: the table the grid was given when it started
TABLE_EDITED = "why_keys_edited"  # session state: the table as the grid returned it last
TABLE_LANG = "why_keys_lang"  # session state: the language of the grid's headers
COLUMNS = ("kx", "ky", "v1", "v2")
MIN_KEYS, MAX_KEYS = 2, 8
DEFAULT_TABLE = pd.DataFrame(
    # An integer index: Streamlit numbers added rows max + 1, so every key keeps its own kᵢ.
    index=pd.Index(range(1, 6), name="i"),
    data={
        "kx": [1.0, 0.0, -1.0, 0.7, 0.0],
        "ky": [0.0, 1.0, 0.0, 0.7, -1.0],
        "v1": [1.0, 0.0, -1.0, 1.0, 0.0],
        "v2": [0.0, 1.0, 0.0, 1.0, -1.0],
    },
)


def message(error: InputError, field: str) -> str:
    """The translated message for a bad input; ``field`` is a catalog key naming the box."""
    values = dict(error.values)
    position = values.pop("position", None)
    where = "" if position is None else tr("why.error.entry", position=position)
    return tr(f"why.error.{error.code}", field=tr(field), where=where, **values)


def _fmt(x: float) -> str:
    return f"{x:g}"


def _seed_boxes() -> None:
    """Switching to "custom" starts the boxes from the scores just shown, ready to be tweaked."""
    if st.session_state[PRESET] == "custom":
        leaf, flower = st.session_state.get(SHOWN, PRESETS["right"])
        st.session_state[LEAF], st.session_state[FLOWER] = _fmt(leaf), _fmt(flower)


def score_inputs() -> tuple[list[float] | None, list[str]]:
    """The preset radio, and two score boxes for "custom"; returns ([leaf, flower] or None, messages).

    The boxes exist only for "custom": a preset is its own scores, so a link can never carry a
    preset and boxes that disagree with it.
    """
    choice = st.radio(
        tr("why.s1.preset"),
        PRESET_OPTIONS,
        # Language-independent labels: ?why_preset= holds the shown label (as links made when
        # the radio was URL-bound did), so a link must not depend on the language; the meaning
        # goes in translated captions.
        format_func=PRESET_LABELS.__getitem__,
        captions=[tr(f"why.preset.{o}") for o in PRESET_OPTIONS],
        key=PRESET,
        horizontal=True,
        on_change=_seed_boxes,
        persist_state="session",
    )
    if choice in PRESETS:
        st.session_state[SHOWN] = PRESETS[choice]
        return list(PRESETS[choice]), []
    left, right = st.columns(2)
    help_text = tr("why.s1.score.help", limit=f"{MAX_SCORE:,.0f}")
    texts = [
        left.text_input(tr("why.s1.leaf"), "5", key=LEAF, persist_state="session", help=help_text),
        right.text_input(tr("why.s1.flower"), "1", key=FLOWER, persist_state="session", help=help_text),
    ]
    scores, errors = [], []
    for text, field in zip(texts, ("why.s1.leaf", "why.s1.flower"), strict=True):
        try:
            scores.append(parse_number(text, MAX_SCORE))
        except InputError as error:
            errors.append(message(error, field))
    if errors:
        return None, errors
    st.session_state[SHOWN] = tuple(scores)
    return scores, []


def query_input(container) -> tuple[list[float] | None, str | None]:
    """The query vector typed as "x, y"; returns (vector, None) or (None, message)."""
    text = container.text_input(
        tr("why.s3.query"), DEFAULT_QUERY, key=QUERY, persist_state="session", help=tr("why.s3.query.help")
    )
    try:
        return parse_vector(text, 2), None
    except InputError as error:
        return None, message(error, "why.s3.query")


def key_names(index: pd.Index) -> list[str]:
    """The name of each row's key: k1 … k5 for the defaults, kₙ for a row added as number n."""
    return [f"k{int(i)}" for i in index]


def _table_start() -> pd.DataFrame:
    """The table to give the grid: the user's last table whenever the grid starts afresh.

    ``st.data_editor`` keeps only edits against the table it is given, and drops them when it is
    not drawn in a run (its tab closed, another page open). So a fresh grid — its key gone from
    session state — starts from the last edited table, with no edits of its own: nothing is
    applied twice. New headers (a language switch) make a new grid too, so they rebase as well.
    """
    fresh = TABLE_KEY not in st.session_state or st.session_state.get(TABLE_LANG) != lang()
    if fresh or TABLE_BASE not in st.session_state:
        st.session_state[TABLE_BASE] = st.session_state.get(TABLE_EDITED, DEFAULT_TABLE)
        st.session_state.pop(TABLE_KEY, None)
        st.session_state[TABLE_LANG] = lang()
    return st.session_state[TABLE_BASE]


def key_table(container) -> tuple[list[list[float]] | None, list[str], str | None]:
    """The editable keys-and-values table; returns (rows [n, 4] or None, row names, message or None).

    The table as edited is kept in session state, so it survives closing its tab or the page.
    """
    config = {c: st.column_config.NumberColumn(tr(f"why.col.{c}"), format="%.2f") for c in COLUMNS}
    config["_index"] = st.column_config.NumberColumn(tr("why.col.key"), disabled=True, format="k%d")
    edited = container.data_editor(
        _table_start(),
        key=TABLE_KEY,
        num_rows="dynamic",
        hide_index=False,  # a RangeIndex is hidden by default; it names the keys k1, k2, …
        column_config=config,
        width="stretch",
    )
    st.session_state[TABLE_EDITED] = edited
    rows = edited[list(COLUMNS)].astype("float64").to_numpy().tolist()
    names = key_names(edited.index)
    try:
        return check_table(rows, MIN_KEYS, MAX_KEYS), names, None
    except InputError as error:
        return None, names, message(error, "why.s3.table")


# ---------------------------------------------------------------------------- the link
# Written by hand, not with bind="query-params": Streamlit drops a bound widget's parameter from
# the URL in every run that does not draw the widget, and a closed lazy tab draws nothing, so a
# link copied on tab 3 would lose tab 1's scores and tab 2's learning rate. The widgets keep their
# values while hidden (persist_state="session"); the link is read once and written every run.
URL_READ = "why_url_read"  # session state: the link has been read


@dataclass(frozen=True)
class _Param:
    default: Any
    parse: Callable[[str], Any]  # the URL's text -> the widget's value, None if unusable
    show: Callable[[Any], str]  # the widget's value -> the URL's text


def _slider_param(low: float, high: float, default: float, step: float) -> _Param:
    """A slider's value in the URL: a finite number in [low, high], put on the slider's steps."""

    def parse(text: str) -> float | None:
        try:
            value = float(text)
        except ValueError:
            return None
        if not (math.isfinite(value) and low <= value <= high):
            return None
        return round(low + round((value - low) / step) * step, 10)

    return _Param(default, parse, _fmt)


_PRESET_BY_LABEL = {label: option for option, label in PRESET_LABELS.items()}
LINK: dict[str, _Param] = {
    PRESET: _Param("right", _PRESET_BY_LABEL.get, PRESET_LABELS.__getitem__),
    LEAF: _Param("5", str, str),  # any text: a bad one is shown with its message, as typed
    FLOWER: _Param("1", str, str),
    LR: _slider_param(*LR_SLIDER),
    SCALE: _slider_param(*SCALE_SLIDER),
    QUERY: _Param(DEFAULT_QUERY, str, str),
}


def read_link() -> bool:
    """The page's first run in a session: the link's usable settings become the widgets' values.

    Returns True on that run if the link held a value no widget can take (an unknown preset, a
    learning rate of 1e308): it is dropped, the widget keeps its default, and the page says so.
    """
    if URL_READ in st.session_state:
        return False
    st.session_state[URL_READ] = True
    dropped = False
    for key, param in LINK.items():
        text = st.query_params.get(key)
        value = None if text is None else param.parse(text)
        if value is not None:
            st.session_state[key] = value
        dropped |= text is not None and value is None
    return dropped


def write_link() -> None:
    """Mirror every setting to ``?key=``, whichever tab is open (defaults left out).

    Called at the end of the page and of each fragment, since a fragment's rerun does not reach
    the end of the page. The score boxes go in only with "custom", where they exist.
    """
    custom = st.session_state.get(PRESET, LINK[PRESET].default) == "custom"
    for key, param in LINK.items():
        value = st.session_state.get(key, param.default)
        if key in (LEAF, FLOWER) and not custom:
            value = param.default
        if value == param.default:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != (text := param.show(value)):
            st.query_params[key] = text
