"""The frame's URL checks and the "Copy link" box, in both languages (AppTest)."""

import pytest
from streamlit.testing.v1 import AppTest

from core.i18n import t
from tests.apptest import APP, open_page
from ui.share import MAX_LINK_LENGTH, build_link

BAD_LANGS = ["fr", "EN", "", "<script>window.__xss=1</script>", "x" * 100_000, "en\x00", "zh%20"]
LOCALES = {"en": "en-US", "zh": "zh-CN"}  # the browser's language decides the fallback


def _open_with_bad_lang(bad: str, lang: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.context = {"locale": LOCALES[lang]}
    at.query_params["lang"] = bad
    return at.run()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("bad", BAD_LANGS, ids=["fr", "upper", "empty", "script", "100KB", "nul", "pct"])
def test_unknown_lang_in_url_shows_a_notice_and_falls_back_to_the_browser_language(bad, lang):
    at = _open_with_bad_lang(bad, lang)
    assert not at.exception
    assert [w.value for w in at.warning] == [t("url.bad_lang", lang)]
    assert at.title[0].value == t("home.title", lang)  # the page still draws
    assert "lang" not in at.query_params  # the bad value leaves; the browser's language is not written
    assert at.sidebar.radio(key="lang_radio").value == lang


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_valid_lang_shows_no_url_notice(lang):
    at = open_page(None, lang)
    assert not at.warning
    assert at.title[0].value == t("home.title", lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_choosing_a_language_clears_the_bad_link_notice(lang):
    at = _open_with_bad_lang("klingon", lang)
    other = "zh" if lang == "en" else "en"
    at.sidebar.radio(key="lang_radio").set_value(other).run()
    assert not at.exception
    assert not at.warning
    assert at.title[0].value == t("home.title", other)
    assert at.session_state["lang"] == other


def test_link_encodes_every_value_and_keeps_repeated_keys():
    link = build_link(
        "https://demo.example/playground",
        {"lang": "zh", "tokens": ["a b", "<script>", "&x=1"], "T": "0.5"},
    )
    assert link == (
        "https://demo.example/playground?lang=zh&tokens=a+b&tokens=%3Cscript%3E&tokens=%26x%3D1&T=0.5"
    )


def test_link_without_parameters_or_host_is_still_usable():
    assert build_link("https://demo.example/why", {}) == "https://demo.example/why"
    assert build_link(None, {"lang": "en"}) == "?lang=en"


def _share_script():
    import streamlit as st

    from ui.i18n import language_selector
    from ui.share import share_link

    language_selector()
    st.query_params["playground_tokens"] = ["cat", "dog"]
    st.session_state["link"] = share_link(st.container())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_share_box_shows_the_link_with_the_view_in_the_query_string(lang):
    at = AppTest.from_function(_share_script, default_timeout=30)
    at.context = {"url": "https://demo.example/playground"}
    at.query_params["lang"] = lang
    at.run()
    assert not at.code  # closed: nothing drawn inside
    at.session_state["share_link"] = True  # the visitor opens the popover
    at.run()
    assert not at.exception
    link = at.session_state["link"]
    assert link == f"https://demo.example/playground?lang={lang}&playground_tokens=cat&playground_tokens=dog"
    assert [c.value for c in at.code] == [link]
    assert at.caption[0].value == t("share.help", lang)


def _long_share_script():
    import streamlit as st

    from ui.i18n import language_selector
    from ui.share import share_link

    language_selector()
    st.query_params["generator_prompt"] = "x" * 20_000
    share_link(st.container())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_oversized_link_is_not_shown_but_explained(lang):
    at = AppTest.from_function(_long_share_script, default_timeout=30)
    at.query_params["lang"] = lang
    at.run()
    at.session_state["share_link"] = True
    at.run()
    assert not at.exception
    assert not at.code
    length = len(f"?lang={lang}&generator_prompt=") + 20_000
    assert [w.value for w in at.warning] == [t("share.too_long", lang, length=length, limit=MAX_LINK_LENGTH)]
