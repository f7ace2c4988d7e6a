"""Start and Stop (the generator's Play, the learn page's training): two buttons that trade places.

One button that flipped the state ran the callback the server had registered in its last run. A
second Stop, clicked before the page had redrawn (a double click, a busy server), reached the
server after the first Stop's run had registered Start, and started again: on CI the generator's
Stop never took. Two buttons, each with one job, make a late Stop stop.

The pressed button then leaves the page and takes the keyboard's focus with it (to ``<body>``), so
the next Enter or Space did nothing: a constant script, drawn once when they trade places, gives
the focus to the button that took its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st

# Waits for the old button to go (up to 2 s), then focuses the new one if nothing else has the
# focus: a visitor who has moved on to another control keeps it. BUTTON_KEY: a widget key of ours.
KEEP_FOCUS = """<script>
(() => {
  let tries = 0;
  const keep = () => {
    const button = document.querySelector(".st-key-BUTTON_KEY button");
    if (button && document.activeElement === document.body) button.focus();
    else if (tries++ < 40) setTimeout(keep, 50);
  };
  keep();
})();
</script>"""
WIDGET_KEY = re.compile(r"[a-z_]+")  # what may go into KEEP_FOCUS's selector


def start_stop_button(
    running: bool,
    keys: tuple[str, str],
    labels: tuple[str, str],
    set_running: Callable[[bool], None],
    *,
    start_disabled: bool = False,
    primary: bool = False,
) -> None:
    """Start (``keys[0]``, ``labels[0]``) when not ``running``, else Stop; a click calls
    ``set_running(True)`` or ``set_running(False)``. ``start_disabled``: nothing to start."""
    key = keys[running]
    if not WIDGET_KEY.fullmatch(key):
        raise ValueError(f"not a widget key for a CSS selector: {key!r}")
    st.button(
        labels[running],
        key=key,
        type="primary" if primary else "secondary",
        icon=":material/stop:" if running else ":material/play_arrow:",  # not read aloud, as ■ and ▶ were
        disabled=start_disabled and not running,
        on_click=set_running,
        args=(not running,),  # for this key, always the same: Start starts, Stop stops
    )
    shown = f"{keys[0]}_shown"  # session: the key drawn last
    if st.session_state.get(shown, key) != key:
        st.html(KEEP_FOCUS.replace("BUTTON_KEY", key), unsafe_allow_javascript=True)
    st.session_state[shown] = key
