"""The app frame: language choice, navigation, home page, in both languages."""

import pytest

from core.i18n import t
from tests.apptest import open_page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_shows_intro_and_a_link_per_page_in_the_chosen_language(lang):
    at = open_page(None, lang)
    assert at.title[0].value == t("home.title", lang)
    assert at.markdown[0].value == t("home.intro", lang) or t("home.intro", lang) in [
        m.value for m in at.markdown
    ]
    assert at.sidebar.radio(key="lang_radio").value == lang


def test_language_from_url_survives_a_page_switch():
    at = open_page(None, "zh")
    at.switch_page("app_pages/playground/page.py").run()
    assert at.session_state["lang"] == "zh"
    assert at.title[0].value == t("nav.playground", "zh")


def test_without_lang_parameter_the_app_starts_in_english():
    from streamlit.testing.v1 import AppTest

    from tests.apptest import APP

    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert at.title[0].value == t("home.title", "en")
