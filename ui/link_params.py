"""Writing a page's own parameters (not a bound widget's) to the address bar: only when they change.

Why only on a change: every write to ``st.query_params`` sends the browser the whole query string as
this run holds it (the one its request carried, plus the run's writes so far), and the browser puts
it in its address bar and sends it with every later rerun. A bound slider or box puts its own
parameter in the address bar the moment the visitor commits it, but the rerun it starts can leave
with the browser's copy of the query string from a moment before (on a busy page the copy lags the
address bar). A write from such a run, even of an unchanged ``?lang=``, took the new parameter out
of the address bar and of every later link: a typed top-k of 7 was missing from the copied link in
a busy test pass (5 Dec). A run with nothing new to say now leaves the address bar alone. A run
with a real change can still do it; see ``app_pages.generator.state.sync_url`` for the one place
that wrote on a timer.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def set_param(key: str, value: str | Sequence[str] | None) -> None:
    """Make ``?key=`` hold ``value`` (a list: the key repeated; ``None``: no key), writing only if
    it does not already."""
    wanted = [] if value is None else [value] if isinstance(value, str) else [str(v) for v in value]
    if st.query_params.get_all(key) == wanted:
        return
    if wanted:
        st.query_params[key] = wanted[0] if isinstance(value, str) else wanted
    else:
        del st.query_params[key]
