"""Writing a page's own parameters (not a bound widget's) to the address bar: only when they change.

Why only on a change: every write to ``st.query_params`` sends the browser the whole query string
as this run saw it when it began, and the browser puts it in the address bar. A bound widget puts
its own parameter there the moment the visitor commits it, and a run can begin before that reaches
the server (a busy machine: the rerun leaves with the query string of a moment before). A write of
an unchanged value from such a run took the new parameter out again, for good: a typed top-k of 7
vanished from the address bar and from the copied link (a busy test pass, 5 Dec). A run that has
nothing new to say leaves the address bar alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def set_param(key: str, value: str | Sequence[str] | None) -> None:
    """Make ``?key=`` hold ``value`` (a list: the key repeated; ``None``: no key), writing only if
    it does not already."""
    wanted = [] if value is None else [value] if isinstance(value, str) else list(value)
    if st.query_params.get_all(key) == wanted:
        return
    if wanted:
        st.query_params[key] = value
    else:
        del st.query_params[key]
