"""Inputs of the "Why softmax?" page: presets, typed scores and vectors, the key/value table.

Typed numbers live in URL-bound text boxes so a wrong value stays on screen with a message;
parsing and checking happen in ``core.vectors``, which reports a code this module translates.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.vectors import InputError, check_table, parse_number, parse_vector
from ui.i18n import tr

PRESETS: dict[str, tuple[float, float]] = {"right": (5.0, 1.0), "wrong": (0.0, 1.0)}
PRESET_OPTIONS = ("right", "wrong", "custom")
PRESET_LABELS = {"right": "(5, 1)", "wrong": "(0, 1)", "custom": "(z₁, z₂)"}
MAX_SCORE = 1000.0  # a network's scores live far inside this; beyond it the charts say nothing
LEAF, FLOWER, PRESET = "why_leaf", "why_flower", "why_preset"
SHOWN = "why_shown_scores"  # session state: the last valid scores, to seed the boxes
TABLE_KEY = "why_keys"
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
        # Language-independent labels: a bound radio writes its shown label to ?why_preset=,
        # so a link must not depend on the language; the meaning goes in translated captions.
        format_func=PRESET_LABELS.__getitem__,
        captions=[tr(f"why.preset.{o}") for o in PRESET_OPTIONS],
        key=PRESET,
        horizontal=True,
        on_change=_seed_boxes,
        bind="query-params",
    )
    if choice in PRESETS:
        st.session_state[SHOWN] = PRESETS[choice]
        return list(PRESETS[choice]), []
    left, right = st.columns(2)
    help_text = tr("why.s1.score.help", limit=f"{MAX_SCORE:,.0f}")
    texts = [
        left.text_input(tr("why.s1.leaf"), "5", key=LEAF, bind="query-params", help=help_text),
        right.text_input(tr("why.s1.flower"), "1", key=FLOWER, bind="query-params", help=help_text),
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
        tr("why.s3.query"), "1, 0.5", key="why_query", bind="query-params", help=tr("why.s3.query.help")
    )
    try:
        return parse_vector(text, 2), None
    except InputError as error:
        return None, message(error, "why.s3.query")


def key_names(index: pd.Index) -> list[str]:
    """The name of each row's key: k1 … k5 for the defaults, kₙ for a row added as number n."""
    return [f"k{int(i)}" for i in index]


def key_table(container) -> tuple[list[list[float]] | None, list[str], str | None]:
    """The editable keys-and-values table; returns (rows [n, 4] or None, row names, message or None)."""
    config = {c: st.column_config.NumberColumn(tr(f"why.col.{c}"), format="%.2f") for c in COLUMNS}
    config["_index"] = st.column_config.NumberColumn(tr("why.col.key"), disabled=True, format="k%d")
    edited = container.data_editor(
        DEFAULT_TABLE,
        key=TABLE_KEY,
        num_rows="dynamic",
        hide_index=False,  # a RangeIndex is hidden by default; it names the keys k1, k2, …
        column_config=config,
        width="stretch",
    )
    rows = edited[list(COLUMNS)].astype("float64").to_numpy().tolist()
    names = key_names(edited.index)
    try:
        return check_table(rows, MIN_KEYS, MAX_KEYS), names, None
    except InputError as error:
        return None, names, message(error, "why.s3.table")
