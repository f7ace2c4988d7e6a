"""Back and Forward: a page's own settings follow the address the browser went back to.

The browser reruns the page on the older query string with Streamlit's history-navigation flag
(``ui.link_params.is_history_navigation``); AppTest has no history, so ``go_back`` sends the older
query string and raises the flag. That the browser really sets it is checked in
``tests/e2e/test_back_button_e2e.py``.
"""

from types import SimpleNamespace
from unittest.mock import patch

import pytest
from streamlit.testing.v1 import AppTest

from core.i18n import t
from tests.apptest import APP, open_page, open_tab

LANGS = ["en", "zh"]


def go_back(at: AppTest, **query: str | list[str]) -> AppTest:
    """The visitor presses Back to an address whose query string is ``query``."""
    at.query_params.clear()
    at.query_params.update(query)
    history = SimpleNamespace(is_history_navigation=True)
    with patch("ui.link_params.get_script_run_ctx", return_value=history):
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def params(at: AppTest) -> dict[str, list[str]]:
    return {key: [v] if isinstance(v, str) else list(v) for key, v in at.query_params.items()}


@pytest.mark.parametrize("lang", LANGS)
def test_back_on_the_why_page_gives_the_older_score_and_tab_and_writes_nothing(lang):
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(6.0).run()
    at.slider(key="why_leaf").set_value(7.0).run()
    assert params(at)["why_leaf"] == ["7"]
    go_back(at, lang=lang, why_leaf="6")
    assert at.slider(key="why_leaf").value == 6.0
    assert params(at) == {"lang": [lang], "why_leaf": ["6"]}  # the address stays where Back went
    go_back(at, lang=lang)  # the first address: the default score
    assert at.slider(key="why_leaf").value == 5.0
    assert params(at) == {"lang": [lang]}
    at.slider(key="why_leaf").set_value(2.0).run()  # an ordinary move afterwards writes again
    assert params(at)["why_leaf"] == ["2"]
    open_tab(at, "why_view", t("why.tab.gradient", lang))
    assert params(at)["why_view"] == ["gradient"]
    go_back(at, lang=lang, why_leaf="2")  # the tab opened before: the first tab, although the
    assert at.session_state["why_view_code"] == "scores"  # browser still reports the second open
    assert at.slider(key="why_leaf").value == 2.0


def test_back_on_the_generator_gives_the_older_text_and_stops_play():
    at = open_page("generator", "en", generator_steps="4", generator_pick="1-109")
    assert at.session_state["generator_steps"] == 4
    at.session_state["generator_playing"] = True
    go_back(at, lang="en", generator_steps="2", generator_pick="1-109")
    assert at.session_state["generator_steps"] == 2
    assert at.session_state["generator_picks"] == {1: "m"}
    assert at.session_state["generator_playing"] is False
    at.session_state["generator_deeper"] = False  # the visitor closes the section
    at.run()
    go_back(at, lang="en", generator_steps="1")
    assert at.session_state["generator_deeper"] is True  # Back opens it: the text it restores is there
    assert at.session_state["generator_steps"] == 1
    go_back(at, lang="en")
    assert (at.session_state["generator_steps"], at.session_state["generator_picks"]) == (0, {})
    assert params(at) == {"lang": ["en"]}


def test_back_on_the_playground_gives_the_older_table():
    at = open_page("playground", "en", preset="leaf")
    at.session_state["playground_editor"] = {"edited_rows": {0: {"logit": "9"}}, "added_rows": []}
    at.run()
    assert at.session_state["playground_preset"] == "custom" and params(at)["z"][0] == "9"
    go_back(at, lang="en", preset="leaf")
    assert at.session_state["playground_preset"] == "leaf"
    assert list(at.session_state["playground_edited"]["logit"][:2]) == ["5", "1"]
    go_back(at, lang="en", tok=["a", "b"], z=["3", "4"])
    assert at.session_state["playground_preset"] == "custom"
    assert list(at.session_state["playground_edited"]["token"][:2]) == ["a", "b"]
    go_back(at, lang="en")  # the first address: the default example
    assert at.session_state["playground_preset"] == "article"
    assert params(at) == {"lang": ["en"]}
    # The learner's table edited back to the example's cells was shown as their own: Back shows it so
    # (only a link opened afresh is named after the example it equals).
    go_back(at, lang="en", tok=["A", "B", "C"], z=["2", "1", "0.1"])
    assert at.session_state["playground_preset"] == "custom"
    assert params(at) == {"lang": ["en"], "tok": ["A", "B", "C"], "z": ["2", "1", "0.1"]}  # written nothing


def test_back_on_the_compare_page_gives_the_older_model():
    at = open_page("compare", "en", model_choice="add_k")
    assert at.radio(key="model_choice").value == "add_k"
    go_back(at, lang="en")
    assert at.radio(key="model_choice").value == "kneser_ney"
    go_back(at, lang="en", model_choice="mlp")
    assert at.radio(key="model_choice").value == "mlp"


def test_the_language_is_written_only_by_a_choice_and_back_keeps_it_unless_the_address_names_one():
    at = AppTest.from_file(APP, default_timeout=30)
    at.context = {"locale": "zh-CN"}
    at.run()
    assert "lang" not in at.query_params  # taken from the browser: not written
    assert at.title[0].value == t("home.title", "zh")
    at.sidebar.radio(key="lang_radio").set_value("en").run()
    assert params(at) == {"lang": ["en"]}  # the choice is in the address
    at.run()
    go_back(at)  # an address without ?lang= (as after a page switch): the language stays
    assert at.title[0].value == t("home.title", "en")
    assert "lang" not in at.query_params  # and is not written over the address Back went to
    go_back(at, lang="zh")
    assert at.title[0].value == t("home.title", "zh")


def test_back_to_the_same_prompt_with_fewer_steps_keeps_them():
    """A prompt Back brings (a bound box: Streamlit restores it) is not a new prompt typed, which
    would start the text afresh."""
    at = open_page("generator", "en", generator_steps="4")
    at.text_input(key="model_prompt").input("Jack and J")
    go_back(at, lang="en", generator_steps="2")
    assert at.session_state["generator_steps"] == 2
    at.text_input(key="model_prompt").input("Little Bo")  # typed: a new text
    at.run()
    assert at.session_state["generator_steps"] == 0


def test_a_language_from_the_browser_still_goes_into_the_copied_link():
    at = AppTest.from_file(APP, default_timeout=30)
    at.context = {"locale": "zh-CN", "url": "https://demo.example"}
    at.run()
    at.session_state["share_link"] = True  # the visitor opens Copy link
    at.run()
    assert [c.value for c in at.sidebar.code] == ["https://demo.example?lang=zh"]
