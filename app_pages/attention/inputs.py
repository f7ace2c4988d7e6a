"""Inputs of the attention page: the scale, the query vector and the editable keys-and-values table.

Typed numbers live in text boxes and a grid so a wrong value stays on screen with a message;
parsing and checking happen in ``core.vectors``, which reports a code this module translates.
The scale and the query are bound to the link (``?attention_scale=``, ``?attention_query=``).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.user_input import InputError
from core.vectors import check_table, parse_vector
from ui.i18n import input_message, lang, tr
from ui.widgets import wide_table

SCALE, QUERY = "attention_scale", "attention_query"
SCALE_SLIDER = (0.0, 10.0, 1.0, 0.1)  # min, max, default, step
DEFAULT_QUERY = "1, 0.5"
TABLE_KEY = "attention_keys"  # the grid's widget key (its value: the edits against the table it was given)
TABLE_BASE = "attention_keys_base"  # session state: the table the grid was given when it started
TABLE_EDITED = "attention_keys_edited"  # session state: the table as the grid returned it last
TABLE_LANG = "attention_keys_lang"  # session state: the language of the grid's headers
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
# Links made when attention was a tab of the why page: /why?why_view=attention&why_scale=…
LEGACY_PARAMS = {"why_scale": SCALE, "why_query": QUERY}


def message(error: InputError, field: str) -> str:
    """The translated message for a bad input; ``field`` is a catalog key naming the box."""
    if "position" in error.values:
        return input_message(
            error, tr("input.where.entry", field=tr(field), position=error.values["position"])
        )
    if "row" in error.values:
        return input_message(error, tr("input.where.cell", field=tr(field), row=error.values["row"]))
    return input_message(error, tr(field))


def scale_slider() -> float:
    """The one control of the page's first screen: λ multiplies every score (1/temperature)."""
    low, high, default, step = SCALE_SLIDER
    return st.slider(
        tr("attention.scale"),
        low,
        high,
        default,
        step,
        key=SCALE,
        bind="query-params",
        help=tr("attention.scale.help"),
        format="%g",  # "1", "2.5": as the sweep's "λ = 1" and the temperature slider, not "1.00"
    )


def link_query_is_bad() -> bool:
    """Whether ``?attention_query=`` holds a query the page cannot read (core.vectors.parse_vector,
    as the box itself). Only the section's first run in a session uses it: ``rerun_expander`` keeps
    the open/closed state from then on, so a fix does not snap the section shut.
    """
    text = st.query_params.get(QUERY)
    if text is None:
        return False
    try:
        parse_vector(text, 2)
    except InputError:
        return True
    return False


def query_input() -> tuple[list[float] | None, str | None]:
    """The query vector typed as "x, y"; returns (vector, None) or (None, message)."""
    text = st.text_input(
        tr("attention.query"), DEFAULT_QUERY, key=QUERY, bind="query-params", help=tr("attention.query.help")
    )
    try:
        return parse_vector(text, 2), None
    except InputError as error:
        return None, message(error, "attention.query")


def key_names(index: pd.Index) -> list[str]:
    """The name of each row's key: k1 … k5 for the defaults, kₙ for a row added as number n."""
    return [f"k{int(i)}" for i in index]


def value_names(keys: list[str]) -> list[str]:
    """The name of each key's value: v1 for k1, and so on (the values chart labels its points so)."""
    return [f"v{name[1:]}" for name in keys]


def _table_start() -> pd.DataFrame:
    """The table to give the grid: the user's last table whenever the grid starts afresh.

    ``st.data_editor`` keeps only edits against the table it is given, and drops them when it is
    not drawn in a run (another page open). So a fresh grid (its key gone from session state)
    starts from the last edited table, with no edits of its own: nothing is applied twice. New
    headers (a language switch) make a new grid too, so they rebase as well.
    """
    fresh = TABLE_KEY not in st.session_state or st.session_state.get(TABLE_LANG) != lang()
    if fresh or TABLE_BASE not in st.session_state:
        st.session_state[TABLE_BASE] = st.session_state.get(TABLE_EDITED, DEFAULT_TABLE)
        st.session_state.pop(TABLE_KEY, None)
        st.session_state[TABLE_LANG] = lang()
    return st.session_state[TABLE_BASE]


def key_table() -> tuple[list[list[float]] | None, list[str], str | None]:
    """The editable keys-and-values table; returns (rows [n, 4] or None, row names, message or None).

    The table as edited is kept in session state, so it survives a visit to another page.
    """
    config = {c: st.column_config.NumberColumn(tr(f"attention.col.{c}"), format="%.2f") for c in COLUMNS}
    config["_index"] = st.column_config.NumberColumn(tr("attention.col.key"), disabled=True, format="k%d")
    edited = wide_table(TABLE_KEY).data_editor(
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
        return None, names, message(error, "attention.table")
