"""Start and Stop (the generator's Play, the learn page's training): two buttons that trade places.

One button that flipped the state ran the callback the server had registered in its last run. A
second Stop, clicked before the page had redrawn (a double click, a busy server), reached the
server after the first Stop's run had registered Start, and started again: on CI the generator's
Stop never took. Two buttons, each with one job, make a late Stop stop.

The pressed button then leaves the page and takes the keyboard's focus with it (to ``<body>``), so
the next Enter or Space did nothing: a constant script, drawn in the run that follows a press and
swaps them, gives the focus to the button that took its place (unless that one is disabled: the
last step, the end of training). Not on other swaps: Back to a page that was playing would pull
the focus to a button nobody pressed.

Both go in a box of their own (key ``BOX_PREFIX`` + the Start key), so the script shifts no other
element's place. Streamlit keeps a keyed element of the run before ("retained", marked stale) until
the run that replaces it ends: for that moment, up to a second on the learn page while a chunk
trains, Start and Stop stood one above the other. The page style hides the old one in such a box
once the new one is drawn (``ui.page_style``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st

# Waits for the old button to go (up to 2 s), then focuses the new one if nothing else has the
# focus: a visitor who has moved on to another control keeps it. It is where the pressed one was,
# so the page need not scroll. BUTTON_KEY: a widget key of ours.
KEEP_FOCUS = """<script>
(() => {
  let tries = 0;
  const keep = () => {
    const button = document.querySelector(".st-key-BUTTON_KEY button");
    if (button && document.activeElement === document.body) button.focus({ preventScroll: true });
    else if (tries++ < 40) setTimeout(keep, 50);
  };
  keep();
})();
</script>"""
WIDGET_KEY = re.compile(r"[a-z_]+")  # what may go into KEEP_FOCUS's selector
BOX_PREFIX = "startstop_"  # the box's key: the page style finds it by this


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
    pressed = f"{keys[0]}_pressed"  # session: the key of the button pressed, until the next draw
    with st.container(key=BOX_PREFIX + keys[0], width="content"):
        st.button(
            labels[running],
            key=key,
            type="primary" if primary else "secondary",
            icon=":material/stop:" if running else ":material/play_arrow:",  # not read aloud, as ■ and ▶ were
            disabled=start_disabled and not running,
            on_click=_pressed,
            args=(pressed, key, set_running, not running),  # for this key, always the same job
        )
        if st.session_state.pop(pressed, key) != key:  # the pressed button has left: its focus too
            st.html(focus_script(key), unsafe_allow_javascript=True)


def focus_script(key: str) -> str:
    """The script that focuses the button with widget key ``key`` (``KEEP_FOCUS``)."""
    return KEEP_FOCUS.replace("BUTTON_KEY", key)


def _pressed(pressed: str, key: str, set_running: Callable[[bool], None], on: bool) -> None:
    st.session_state[pressed] = key
    set_running(on)
