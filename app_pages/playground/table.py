"""The temperature page's editable grid of options and scores, and its memory across pages.

``st.data_editor`` keeps only the *edits* (deltas against the table it was given) and forgets
them when the page is left, so the page keeps two tables in session state: the *base* handed
to the grid and the *edited* table the grid returned last. Whenever the grid starts afresh
(first run, back from another page, language switched, preset chosen) the base is rebuilt from
the saved edited table and the grid's old deltas are dropped, so nothing is applied twice.

The grid always ends with one real blank row to type into, and has no "add row" line of its own
(``num_rows="delete"``): that line appended a row the moment it was clicked or reached with the
keyboard (Enter in the last row reaches it), and the keys typed meanwhile, sometimes the whole
cell just typed, were lost. Typing into a row that already exists is a plain cell edit. Once the
blank row has a token and a score, the grid starts afresh with a new blank row below it.

Which table the grid starts from (a preset, the link's table) and the link: ``table_link.py``.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.logits_table import needs_blank_row, typed_cells
from core.presets import PRESETS
from ui.i18n import lang, tr

BASE = "playground_base"  # the DataFrame given to the grid
EDITED = "playground_edited"  # the DataFrame the grid returned last
EDITOR = "playground_editor"  # the grid's widget key (its value: the deltas); see `grid_key`
GRID = "playground_grid"  # how many times the grid was made anew for the same table (0: key EDITOR)
TABLE_BOX = "playground_table"  # the grid's container, whatever the grid's key
PRESET = "playground_preset"  # the chosen preset key (plain state; the selectbox mirrors it)
GRID_LANG = "playground_grid_lang"  # the language the grid's headers were drawn in


def frame(labels: list[str], logits: list[str]) -> pd.DataFrame:
    """The grid's table: two text columns, so "abc" can be typed and reported, not refused."""
    return pd.DataFrame({"token": labels, "logit": logits}, dtype=object)


def _needs_blank_row(table: pd.DataFrame) -> bool:
    return needs_blank_row(table["token"].tolist(), table["logit"].tolist())


def same_cells(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Same cells as typed (blank rows ignored)."""
    return typed_cells(a["token"].tolist(), a["logit"].tolist()) == typed_cells(
        b["token"].tolist(), b["logit"].tolist()
    )


def grid_key() -> str:
    """The grid's widget key: EDITOR, with a number once the grid has been made anew (``rebase``)."""
    number = st.session_state.get(GRID, 0)
    return EDITOR if number == 0 else f"{EDITOR}_{number}"


def rebase(table: pd.DataFrame) -> None:
    """Give the grid a new starting table (ending in a blank row) and forget its deltas.

    The browser's grid keeps its edits for as long as it is given the same table under the same
    key, and sends them again with the next edit. So when the new table is the one it already
    has while it holds edits (the example chosen again after editing it; Back to the example),
    the grid gets a new key: without it the edited cell stayed on screen beside bars of the
    example, and came back with the next edit.
    """
    table = table.reset_index(drop=True)
    if _needs_blank_row(table):
        table = pd.concat([table, frame([""], [""])], ignore_index=True)
    old_key = grid_key()
    deltas = st.session_state.get(old_key) or {}
    if any(deltas.values()) and table.equals(st.session_state.get(BASE)):
        st.session_state[GRID] = st.session_state.get(GRID, 0) + 1
    st.session_state[BASE] = table
    st.session_state[EDITED] = table
    st.session_state.pop(old_key, None)


def preset_table(key: str) -> pd.DataFrame:
    """A preset's table, its labels in the page's language."""
    return _preset_table_in(key, lang())


def _preset_table_in(key: str, language: str | None) -> pd.DataFrame:
    preset = PRESETS[key]
    return frame(preset.labels_in(language or lang()), list(preset.logits))


def table_editor() -> pd.DataFrame:
    """The editable grid; returns the table as typed, and saves it so it survives page switches."""
    if st.session_state.get(GRID_LANG) != lang():
        # New headers: the grid starts afresh. An unedited preset is redrawn in the new language.
        preset = st.session_state.get(PRESET)
        if preset in PRESETS and same_cells(
            st.session_state.get(EDITED, st.session_state[BASE]),
            _preset_table_in(preset, st.session_state.get(GRID_LANG)),
        ):
            rebase(preset_table(preset))
        else:
            rebase(st.session_state.get(EDITED, st.session_state[BASE]))
        st.session_state[GRID_LANG] = lang()
    elif grid_key() not in st.session_state:
        # A fresh grid (first run, back from another page): start from what the user last saw.
        rebase(st.session_state.get(EDITED, st.session_state[BASE]))
    edited = st.container(key=TABLE_BOX).data_editor(
        st.session_state[BASE],
        key=grid_key(),
        num_rows="delete",  # rows can be deleted; new ones are typed into the blank last row
        hide_index=True,
        width="stretch",
        column_config={
            "token": st.column_config.TextColumn(
                tr("playground.col.token"), help=tr("playground.col.token.help")
            ),
            "logit": st.column_config.TextColumn(
                tr("playground.col.logit"), help=tr("playground.col.logit.help")
            ),
        },
    )
    st.session_state[EDITED] = edited
    if _needs_blank_row(edited):  # the blank row was filled (or deleted): draw the grid with a new one
        rebase(edited)
        st.rerun()
    return edited
