"""``set_params``: only what changed, in one message to the browser, and nothing after Back.

Each message is a query string the browser puts in its address bar, and each one that differs from
the address adds a history entry: two messages for one change leave a half-written entry that Back
stops at. The messages are counted where Streamlit sends them.
"""

from types import SimpleNamespace
from unittest.mock import patch
from urllib.parse import parse_qs, urlencode

import pytest
from streamlit.runtime.state.query_params import QueryParams
from streamlit.testing.v1 import AppTest

START = {"a": "1", "b": ["2", "3"], "c": "x"}


def _script():
    import streamlit as st

    from ui.link_params import set_params

    set_params(st.session_state["wanted"], bound=st.session_state["bound"])


def run(
    wanted: dict, history: bool = False, bound: dict | None = None
) -> tuple[list[dict[str, list[str]]], dict[str, list[str]]]:
    """The messages sent (each as its query string, parsed) and the query parameters after the run."""
    at = AppTest.from_function(_script, default_timeout=30)
    at.query_params.update(START)
    at.session_state["wanted"] = wanted
    at.session_state["bound"] = bound
    sent: list[dict[str, list[str]]] = []
    original = QueryParams._send_query_param_msg

    def counting(self: QueryParams) -> None:
        sent.append(parse_qs(_encoded(self)))
        original(self)

    flag = SimpleNamespace(is_history_navigation=history)
    with patch.object(QueryParams, "_send_query_param_msg", counting):
        if history:
            with patch("ui.link_params.get_script_run_ctx", return_value=flag):
                at.run()
        else:
            at.run()
    assert not at.exception, [e.message for e in at.exception]
    after = {key: [v] if isinstance(v, str) else list(v) for key, v in at.query_params.items()}
    return sent, after


def _encoded(params: QueryParams) -> str:
    return urlencode({key: params.get_all(key) for key in params}, doseq=True)


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ({"a": "9", "d": ["4", "5"]}, {"a": ["9"], "b": ["2", "3"], "c": ["x"], "d": ["4", "5"]}),
        ({"a": None}, {"b": ["2", "3"], "c": ["x"]}),
        ({"a": None, "c": None}, {"b": ["2", "3"]}),
        ({"a": None, "b": None, "d": "4"}, {"c": ["x"], "d": ["4"]}),
        ({"a": "1", "b": ["2", "3"], "c": "y"}, {"a": ["1"], "b": ["2", "3"], "c": ["y"]}),
    ],
    ids=["sets", "one-drop", "drops", "drops-and-a-set", "one-of-three-changed"],
)
def test_a_change_goes_to_the_browser_in_exactly_one_message_holding_all_of_it(wanted, expected):
    sent, after = run(wanted)
    assert sent == [expected]
    assert after == expected


def test_nothing_changed_sends_nothing():
    sent, after = run({"a": "1", "b": ["2", "3"], "z": None})
    assert sent == []
    assert after == {"a": ["1"], "b": ["2", "3"], "c": ["x"]}


def test_a_run_started_by_back_or_forward_writes_nothing():
    sent, after = run({"a": "9", "c": None}, history=True)
    assert sent == []
    assert after == {"a": ["1"], "b": ["2", "3"], "c": ["x"]}


def test_a_bound_widgets_new_value_rides_in_the_same_message():
    sent, after = run({"a": None}, bound={"t": "0.05", "c": None})
    assert sent == [{"b": ["2", "3"], "t": ["0.05"]}]
    assert after == {"b": ["2", "3"], "t": ["0.05"]}


def test_a_bound_widgets_value_alone_is_left_to_streamlit():
    sent, after = run({"a": "1"}, bound={"t": "0.05"})
    assert sent == []
    assert after == {"a": ["1"], "b": ["2", "3"], "c": ["x"]}


def _choice_script():
    import streamlit as st

    from ui.link_params import choice_from_link

    st.session_state["understood"] = choice_from_link("pick", ("first", "second"))


@pytest.mark.parametrize(
    ("link", "history", "chosen", "understood", "left"),
    [
        ("second", False, "second", True, "second"),
        (None, False, "kept", True, None),  # a first run with no ?pick=: the widget's own value stays
        (None, True, "first", True, None),  # Back to an address without ?pick=: the default
        ("second", True, "second", True, "second"),
        ("<b>", False, "kept", False, None),  # not an option: dropped from the address, reported
    ],
    ids=["option", "absent", "absent-after-back", "option-after-back", "unknown"],
)
def test_a_choice_in_the_link_selects_its_option_and_anything_else_is_reported(
    link, history, chosen, understood, left
):
    at = AppTest.from_function(_choice_script, default_timeout=30)
    if link is not None:
        at.query_params["pick"] = link
    at.session_state["pick"] = "kept"
    flag = SimpleNamespace(is_history_navigation=history)
    with patch("ui.link_params.get_script_run_ctx", return_value=flag):
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["pick"] == chosen
    assert at.session_state["understood"] is understood
    assert at.query_params.get("pick") == left
