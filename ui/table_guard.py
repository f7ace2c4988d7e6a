"""A row limit for every ``st.data_editor`` that no client can get past, installed once from app.py.

Why a patch and not a check in the page: Streamlit 1.67 applies a client's edits to the table
*before* the page sees it (``st.data_editor`` → ``_apply_dataframe_edits`` in
``streamlit/elements/widgets/data_editor.py``), one ``df.loc`` enlargement per added row, at a
cost that grows with the table. One websocket message of 200,000 added rows (7 MB) kept a core
busy for minutes, long after its sender left. So the cap has to act inside that call. Two
Streamlit functions are wrapped, each by a few lines:

- ``DataEditorSerde.deserialize`` (the client's JSON → the editor's state kept in session state)
  keeps at most ``cap`` added rows, ``cap`` edited rows and ``cap`` deleted rows, so a session
  never holds a huge edit;
- ``_apply_dataframe_edits`` (edits → table) keeps only edits of rows and columns the table has,
  and only as many added rows as fit under the cap, so the table the page receives has at most
  ``cap`` rows. When rows were left out it shows a translated notice where the editor is drawn.

Use: ``install(max_rows)`` once per run from app.py (idempotent; it only patches the first time).
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.elements.widgets import data_editor as _data_editor

from ui.i18n import tr

_INDEX = "_index"  # Streamlit's name for the index column in an edit (INDEX_IDENTIFIER)
_RECEIVED = "_added_rows_received"  # how many rows the client added, kept when deserialize trims them
_MARK = "_softmax_row_cap"  # set on our wrappers, so a second install() changes nothing
_PENDING = "table_guard_notice"  # session state: (cap, dropped) of the last trimmed edit, for one rerun
_CAP: dict[str, int] = {}  # {"rows": the app-wide cap}; process-wide, set by install()


def _positions(values: Any, size: int) -> list[int]:
    """Row positions that exist in a table of ``size`` rows, each once, in order."""
    if not isinstance(values, list):
        return []
    return sorted({v for v in values if type(v) is int and 0 <= v < size})


def trim_edits(state: Any, size: int, columns: list[str], cap: int) -> tuple[dict[str, Any], int]:
    """The edits that are valid for a table of ``size`` rows and ``columns``, the result ≤ ``cap`` rows.

    Returns (edits, number of added rows left out). Edits of rows or columns the table does not
    have are dropped too: Streamlit raises on them (``IndexError``/``KeyError``) and the page breaks.
    """
    state = state if isinstance(state, dict) else {}
    known = {*columns, _INDEX}
    edited: dict[int, dict[str, Any]] = {}
    for position, changes in (state.get("edited_rows") or {}).items():
        try:
            row = int(position)
        except (TypeError, ValueError):
            continue
        if 0 <= row < size and isinstance(changes, dict):
            edited[row] = {col: value for col, value in changes.items() if col in known}
    deleted = _positions(state.get("deleted_rows"), size)
    added_all = [row for row in (state.get("added_rows") or []) if isinstance(row, dict)]
    room = max(0, cap - (size - len(deleted)))
    added = [{col: value for col, value in row.items() if col in known} for row in added_all[:room]]
    received = state.get(_RECEIVED, len(added_all))
    received = received if type(received) is int and received >= len(added_all) else len(added_all)
    return {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}, received - len(added)


def _wrap_apply(original):
    def apply_capped(df, data_editor_state, dataframe_schema):
        cap = _CAP["rows"]
        edits, dropped = trim_edits(data_editor_state, len(df), [str(c) for c in df.columns], cap)
        # A page that starts its grid afresh right after an edit (st.rerun) would wipe the notice
        # at once: keep it for that next run, shown only if the grid then has no edits (a fresh grid).
        pending = st.session_state.pop(_PENDING, None)
        fresh = not any(edits.values())
        notice = (cap, dropped) if dropped else pending if fresh else None
        if notice is not None:
            # Drawn where the editor is about to be drawn: this call runs inside st.data_editor.
            st.warning(
                tr("table.rows_capped", limit=notice[0], dropped=notice[1]), icon=":material/table_rows:"
            )
        if dropped:
            st.session_state[_PENDING] = (cap, dropped)
        return original(df, edits, dataframe_schema)

    setattr(apply_capped, _MARK, True)
    return apply_capped


def _wrap_deserialize(original):
    def deserialize_capped(self, ui_value):
        state = original(self, ui_value)
        cap = _CAP["rows"]
        edited = state.get("edited_rows") or {}
        if len(state.get("added_rows") or ()) <= cap and len(edited) <= cap:
            if len(state.get("deleted_rows") or ()) <= cap:
                return state
        # A legitimate edit never holds more rows than the largest table: keep the first `cap`.
        return _data_editor.DataEditorState(
            {
                "edited_rows": dict(list(edited.items())[:cap]),
                "added_rows": list(state.get("added_rows") or ())[:cap],
                "deleted_rows": list(state.get("deleted_rows") or ())[:cap],
                _RECEIVED: len(state.get("added_rows") or ()),  # so the notice tells the true number
            }
        )

    setattr(deserialize_capped, _MARK, True)
    return deserialize_capped


def install(max_rows: int) -> None:
    """Cap every data editor in the app at ``max_rows`` rows; call once per run (cheap, idempotent)."""
    _CAP["rows"] = int(max_rows)
    if not getattr(_data_editor._apply_dataframe_edits, _MARK, False):
        _data_editor._apply_dataframe_edits = _wrap_apply(_data_editor._apply_dataframe_edits)
    serde = _data_editor.DataEditorSerde
    if not getattr(serde.deserialize, _MARK, False):
        serde.deserialize = _wrap_deserialize(serde.deserialize)
