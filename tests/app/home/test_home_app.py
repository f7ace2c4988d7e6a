"""The app frame: language choice, navigation, home page, in both languages."""

import numpy as np
import pytest

from core.i18n import t
from core.pages import PATH_STEPS
from core.softmax import softmax
from core.worked_example import ARTICLE_SCORES
from tests.apptest import all_text, figure, open_page


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


# ---------------------------------------------------------------------------- the live miniature and the path


LABELS = {  # the article's 2, 1, 0.1: at 0.05 shares of 2 × 10⁻⁹ read "<0.1%", not "0.0%" under "100.0%"
    0.5: ["86.4%", "11.7%", "1.9%"],
    2.0: ["50.2%", "30.4%", "19.4%"],
    0.0: ["100.0%", "0.0%", "0.0%"],  # T = 0: the top takes all
    0.05: [">99.9%", "<0.1%", "<0.1%"],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("temperature", LABELS)
def test_home_slider_moves_the_bars_and_the_t1_outline_stays(lang, temperature):
    at = open_page(None, lang)
    start = figure(at, "home_bars")["data"]
    np.testing.assert_allclose(start[0]["y"], softmax(ARTICLE_SCORES))
    at.select_slider(key="home_temperature").set_value(temperature).run()
    assert not at.exception
    fig = figure(at, "home_bars")
    live, labels = fig["data"]
    outlines = fig["layout"]["shapes"]
    np.testing.assert_allclose(live["y"], softmax(ARTICLE_SCORES, temperature))
    np.testing.assert_allclose([s["y1"] for s in outlines], softmax(ARTICLE_SCORES, 1.0))
    assert live["x"] == ["A", "B", "C"]
    assert labels["text"] == LABELS[temperature]
    assert outlines[0]["name"] == t("home.mini.reference", lang)


def test_home_bars_use_the_probability_colour_and_the_temperature_pages_dashed_reference():
    from core.charts.style import PROBABILITY, REFERENCE, REFERENCE_DASH

    home = figure(open_page(None, "en"), "home_bars")
    assert home["data"][0]["marker"]["color"] == PROBABILITY
    playground = figure(open_page("playground", "en"), "playground_probs")
    outlines = [s["line"] for s in home["layout"]["shapes"]]
    assert outlines == [s["line"] for s in playground["layout"]["shapes"]]  # one mark, one meaning
    assert {line["dash"] for line in outlines} == {REFERENCE_DASH} and {
        line["color"] for line in outlines
    } == {REFERENCE}


@pytest.mark.parametrize(
    ("lang", "why_tag", "learn_tag"), [("en", "§ 01–02", "§ 02–03"), ("zh", "第 01、02 节", "第 02、03 节")]
)
def test_home_lists_the_pages_as_numbered_steps_in_path_order_with_article_tags(lang, why_tag, learn_tag):
    at = open_page(None, lang)
    links = [link.proto for link in at.get("page_link")]
    assert [link.page for link in links] == [spec.url_path for spec in PATH_STEPS]
    for number, (link, spec) in enumerate(zip(links, PATH_STEPS, strict=True), 1):
        assert link.label.startswith(f"**{number}. {t(spec.title_key, lang)}**")
    assert links[0].label.endswith(why_tag)
    assert links[-1].label.endswith(learn_tag)
    shown = all_text(at)
    assert all(t(spec.blurb_key, lang) in shown for spec in PATH_STEPS)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_glossary_bridges_the_article_words_to_the_field_terms(lang):
    shown = all_text(open_page(None, lang))
    for word in ("option", "score", "greedy", "sampling", "loss", "temperature", "entropy"):
        assert t(f"home.glossary.{word}", lang) in shown
    assert ("贪心解码" in shown) == (lang == "zh") and ("greedy decoding" in shown) == (lang == "en")


def test_the_home_note_on_the_path_order_is_true_and_shown():
    """The note says temperature (§ 05) comes before the § 04 pages, which use it: so it must."""
    names = [spec.name for spec in PATH_STEPS]
    section_04 = [i for i, spec in enumerate(PATH_STEPS) if "04" in spec.article]
    assert PATH_STEPS[names.index("playground")].article == ("05",)
    assert section_04 and names.index("playground") < min(section_04)
    for lang in ("en", "zh"):
        assert t("home.path.note", lang) in all_text(open_page(None, lang))
