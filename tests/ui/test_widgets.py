"""Rules for the shared widgets that a page could break by going around them."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NUMBER_INPUT = re.compile(r"\bnumber_input\s*\(")
PARAM_WRITE = re.compile(
    r"query_params\[[^]]+\]\s*=[^=]|del st\.query_params"
    r"|query_params\.(update|from_dict|setdefault|clear|pop)\("
)


def test_numbers_are_typed_into_text_boxes_read_by_the_apps_rule():
    # st.number_input refuses a number outside its range, or past 2**53 or 1.8e308, in the browser with
    # an English tooltip; ui.number_box keeps what was typed and explains it in the reader's language.
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if NUMBER_INPUT.search(path.read_text(encoding="utf-8"))
    ]
    assert direct == []


def test_a_page_writes_its_parameters_through_set_params():
    # A write of an unchanged value sends the run's whole query string to the browser, which may
    # already hold a box's newer parameter: set_params writes only a change, in one message
    # (ui/link_params.py).
    direct = [
        str(path.relative_to(ROOT))
        for path in [
            ROOT / "app.py",
            *sorted((ROOT / "app_pages").rglob("*.py")),
            *sorted((ROOT / "ui").rglob("*.py")),
        ]
        if path.name != "link_params.py" and PARAM_WRITE.search(path.read_text(encoding="utf-8"))
    ]
    assert direct == []


def _expander_and_tabs_script():
    import streamlit as st

    from ui.widgets import expander_open, rerun_expander, tabs_drawn, view_tabs

    st.session_state["before"] = (expander_open("box"), tabs_drawn("views"))
    with rerun_expander("Box", "box"):
        view_tabs("views", ("a", "b"), str.upper)
    st.session_state["after"] = (expander_open("box"), tabs_drawn("views"))


def test_a_page_asks_the_widgets_whether_a_section_was_open_and_tabs_were_drawn():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_expander_and_tabs_script, default_timeout=30).run()
    assert not at.exception
    assert at.session_state["before"] == (False, False) and at.session_state["after"] == (False, True)
    at.session_state["box"] = True  # the learner opens the section
    at.run()
    assert at.session_state["before"] == (False, True)  # as last drawn: closed
    assert at.session_state["after"] == (True, True)
    at.session_state["box"] = False
    at.run()
    assert at.session_state["before"] == (True, True) and at.session_state["after"] == (False, True)
