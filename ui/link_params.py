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

Back and Forward. The browser adds a history entry for each query string the server sends that
differs from its address bar. When the visitor presses Back, Streamlit reruns the page on the older
address with a flag that says so, and a query string sent during that run replaces the entry
instead. Bound widgets then take their values from that address; a page's own settings must do the
same (``link_to_read``), and nothing is written back (``set_params``): the page used to put its
newer state over the older entry, and the Back did nothing visible (measured: three moves of the
why page's slider, and the first three Backs changed nothing). And a run's changes go in one
message: a table written as three parameters one by one left two half-written entries (names
without their scores) for Back to stop at.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.state import get_session_state

Value = str | Sequence[str] | None  # one value, the key repeated, or no key


def is_history_navigation() -> bool:
    """Whether the browser's Back or Forward button started this run.

    Streamlit 1.67 tells this only on its run context, where its own bound widgets read it; the
    e2e tests in ``tests/e2e/test_back_button_e2e.py`` fail if a new version stops telling it.
    """
    ctx = get_script_run_ctx()
    return bool(ctx is not None and getattr(ctx, "is_history_navigation", False))


def link_to_read(flag: str) -> bool:
    """Whether a page takes its settings from the address bar in this run, and remembers it did.

    True on the first run of a session that asks (``flag`` is not yet in session state) and on every
    run started by Back or Forward. A setting missing from the address then means its default:
    the pages leave defaults out of it.
    """
    first = flag not in st.session_state
    st.session_state[flag] = True
    return first or is_history_navigation()


def choice_from_link(key: str, options: Sequence[str]) -> bool:
    """On a run that reads the link (see ``link_to_read``): a valid ``?key=`` selects that option of
    the widget ``key``; after Back, no ``?key=`` selects ``options[0]``, the default a link leaves out.

    For choices whose labels are translated: a bound widget would put the translated label in the
    address, and a link would break when the language changes; the address holds the option's code.
    Returns False if ``?key=`` held anything else: it leaves the address, and the caller says so.
    """
    raw = st.query_params.get(key)
    if raw in options:
        st.session_state[key] = raw
    elif raw is None and is_history_navigation():
        st.session_state[key] = options[0]
    elif raw is not None:
        set_param(key, None)
        return False
    return True


def set_param(key: str, value: Value) -> None:
    """Make ``?key=`` hold ``value``; see ``set_params``."""
    set_params({key: value})


def set_params(values: Mapping[str, Value], bound: Mapping[str, str | None] | None = None) -> None:
    """Make each ``?key=`` hold its value (a list: the key repeated; ``None``: no key), in at most
    one message to the browser, and only for what differs from the address bar; nothing in a run
    started by Back or Forward (the address bar is where the visitor went, and the page has just
    read its settings from it).

    ``bound``: the URL text of bound widgets whose value the page has just set in session state
    (``None``: the default, no key). Streamlit would write such a change in a message of its own,
    a second history entry for one choice (a preset that brings its own temperature: Back showed
    the preset at the old temperature). Given here, they go in this message, and Streamlit's own
    then repeats the address, which the browser does not add again.

    One message: the changed keys go in one ``update`` of the session's query parameters (what
    ``st.query_params.update`` does). Streamlit has no public way to drop a key without a message
    of its own, so keys to drop are first taken out of this run's copy silently (its
    ``discard_param_no_forward_msg``), and the message that follows carries the whole string
    without them. ``tests/ui/test_link_params.py`` counts the messages.
    """
    if is_history_navigation():
        return
    wanted = {key: _as_list(value) for key, value in values.items()}
    changed = {key: new for key, new in wanted.items() if st.query_params.get_all(key) != new}
    if not changed:
        return
    kept = {key: new[0] if isinstance(values[key], str) else new for key, new in changed.items() if new}
    dropped = [key for key, new in changed.items() if not new]
    last = [] if kept else dropped[-1:]  # with nothing to set, the last drop sends the message
    with get_session_state().query_params() as params:
        for key, text in (bound or {}).items():
            if text is None:
                params.discard_param_no_forward_msg(key)
            else:
                params.set_with_no_forward_msg(key, text)
        for key in dropped[: len(dropped) - len(last)]:
            params.discard_param_no_forward_msg(key)
        if kept:
            params.update(kept)
        for key in last:
            del params[key]


def _as_list(value: Value) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else [str(v) for v in value]
