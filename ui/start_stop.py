"""Start and Stop (the generator's Play, the learn page's training): two buttons that trade places.

One button that flipped the state ran the callback the server had registered in its last run. A
second Stop, clicked before the page had redrawn (a double click, a busy server), reached the
server after the first Stop's run had registered Start, and started again: on CI the generator's
Stop never took. Two buttons, each with one job, make a late Stop stop.

The pressed button then leaves the page and takes the keyboard's focus with it (to ``<body>``), so
the next Enter or Space did nothing. A constant script (``KEEP_FOCUS``) follows a press in the
browser: once a fresh button stands in the pressed one's box, it gets the focus, unless the visitor
has moved on to another control or the new button is disabled (the last step, the end of
training). The browser, not the server, decides when: a script drawn in the run after the press
(the first version) waited 2 s at most and could be taken off the page by a run that followed,
and on a loaded CI pass the focus stayed on ``<body>``. Nothing happens without a press: Back to
a page that was playing does not pull the focus to a button nobody pressed.

Both go in a box of their own (key ``BOX_PREFIX`` + the Start key), so the script shifts no other
element's place. Streamlit keeps a keyed element of the run before ("retained", marked stale) until
the run that replaces it ends: for that moment, up to a second on the learn page while a chunk
trains, Start and Stop stood one above the other. The page style hides the old one in such a box
once the new one is drawn (``ui.page_style``).
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

BOX_PREFIX = "startstop_"  # the box's key: the page style and KEEP_FOCUS find it by this
# One listener per page (Streamlit may mount the script again; the flag keeps it to one). After a
# click (Enter and Space click too) on a button in a box, it looks every 50 ms, for up to 30 s, for
# a fresh (not stale) button in that box other than the pressed one, and focuses it while the focus
# is on <body> or still on the pressed button (a disabled one takes none: the focus stays on <body>).
# It stops when the visitor's focus is elsewhere. No tag inside it: a comment that named <body>
# made Streamlit's HTML cleaning drop the whole script (measured: no listener, no focus).
KEEP_FOCUS = """<script>
(() => {
  if (window.__startStopKeepsFocus) return;
  window.__startStopKeepsFocus = true;
  const BOX = '[class*="st-key-BOX_PREFIX"]';
  document.addEventListener("click", (event) => {
    const pressed = event.target instanceof Element && event.target.closest(BOX + " button");
    if (!pressed || pressed.disabled) return;
    const name = [...pressed.closest(BOX).classList].find((c) => c.startsWith("st-key-BOX_PREFIX"));
    const until = performance.now() + 30000;
    const follow = () => {
      const now = document.activeElement;
      if (now && now !== document.body && now !== pressed) return;
      const box = document.querySelector("." + name);
      const fresh = box && [...box.querySelectorAll("button")].find(
        (b) => b !== pressed && !b.closest('[data-stale="true"]'));
      if (fresh) fresh.focus({ preventScroll: true });
      else if (performance.now() < until) setTimeout(follow, 50);
    };
    setTimeout(follow, 50);
  }, true);
})();
</script>""".replace("BOX_PREFIX", BOX_PREFIX)


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
    with st.container(key=BOX_PREFIX + keys[0], width="content"):
        st.button(
            labels[running],
            key=keys[running],
            type="primary" if primary else "secondary",
            icon=":material/stop:" if running else ":material/play_arrow:",  # not read aloud, as ■ and ▶ were
            disabled=start_disabled and not running,
            on_click=set_running,
            args=(not running,),  # for this key, always the same job
        )
        st.html(KEEP_FOCUS, unsafe_allow_javascript=True)
