"""Start and Stop as two buttons (ui.start_stop): each click does one thing, whatever the server
drew since; the focus script is one constant, drawn on every run. What it does in a browser:
tests/e2e/test_start_stop_e2e.py."""

import re

from streamlit.testing.v1 import AppTest

from ui.start_stop import BOX_PREFIX, KEEP_FOCUS


def _page() -> None:  # AppTest runs the source alone
    import streamlit as st

    from ui.start_stop import start_stop_button

    def set_running(on: bool) -> None:
        st.session_state["on"] = on

    start_stop_button(st.session_state.get("on", False), ("t_start", "t_stop"), ("Go", "Halt"), set_running)


def _scripts(at) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def test_start_starts_stop_stops_and_a_late_click_on_either_repeats_its_own_job():
    at = AppTest.from_function(_page).run()
    assert [b.key for b in at.button] == ["t_start"] and at.button[0].label == "Go"
    start = at.button(key="t_start")
    start.click().run()
    assert at.session_state["on"] is True and [b.key for b in at.button] == ["t_stop"]
    start.click().run()  # a second Start from the screen before: still on, not flipped off
    assert at.session_state["on"] is True
    stop = at.button(key="t_stop")
    stop.click().run()
    stop.click().run()  # a second Stop from the screen before: still off
    assert at.session_state["on"] is False and [b.key for b in at.button] == ["t_start"]


def test_the_focus_script_is_the_same_constant_on_every_run_and_keeps_no_session_state():
    at = AppTest.from_function(_page).run()
    assert _scripts(at) == [KEEP_FOCUS]  # the first screen
    at.button(key="t_start").click().run()
    assert _scripts(at) == [KEEP_FOCUS]
    at.run()  # a timer tick
    at.button(key="t_stop").click().run()
    assert _scripts(at) == [KEEP_FOCUS]
    # "on" and the button shown: nothing else; the browser follows the press, not the server
    assert set(at.session_state.keys()) == {"on", "t_start"}


def test_the_script_looks_in_the_start_stop_boxes_only_and_never_scrolls():
    assert f'[class*="st-key-{BOX_PREFIX}"]' in KEEP_FOCUS and "BOX_PREFIX" not in KEEP_FOCUS
    assert "preventScroll: true" in KEEP_FOCUS and KEEP_FOCUS.count("<script>") == 1


def test_the_script_holds_no_tag_but_its_own_which_streamlit_would_drop_it_for():
    # A comment naming <body> in it: Streamlit's HTML cleaning dropped the whole script (1c94fa3).
    assert re.findall(r"</?[A-Za-z]+", KEEP_FOCUS) == ["<script", "</script"]
