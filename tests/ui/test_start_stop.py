"""Start and Stop as two buttons (ui.start_stop): each click does one thing, whatever the server
drew since, and the focus script comes only when the two trade places."""

import pytest
from streamlit.testing.v1 import AppTest

from ui.start_stop import focus_script, start_stop_button


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


def test_the_focus_script_is_drawn_once_after_a_press_that_swaps_the_buttons():
    at = AppTest.from_function(_page).run()
    assert _scripts(at) == []  # the first screen: nothing pressed
    at.button(key="t_start").click().run()
    assert _scripts(at) == [focus_script("t_stop")]
    at.run()  # a rerun with Stop still shown (a timer tick): the focus is where the visitor put it
    assert _scripts(at) == []
    at.button(key="t_stop").click().run()
    assert _scripts(at) == [focus_script("t_start")]
    at.button(key="t_start").click().run()
    at.session_state["on"] = False  # stopped with no press (the last step; Back to the page)
    at.run()
    assert [b.key for b in at.button] == ["t_start"] and _scripts(at) == []  # no focus taken


def test_the_script_focuses_the_new_button_only_when_nothing_has_the_focus():
    script = focus_script("t_stop")
    assert '".st-key-t_stop button"' in script
    assert "document.activeElement === document.body" in script and "preventScroll: true" in script


def test_a_key_that_could_break_out_of_the_selector_is_refused():
    with pytest.raises(ValueError, match="not a widget key"):  # before anything is drawn
        start_stop_button(False, ('a"] button, body', "b"), ("Go", "Halt"), print)
