"""The formula page (article section 03): the worked example, its inputs, the article's numbers."""

import inspect

import numpy as np
import pytest

import core.softmax
from core.i18n import t
from core.number_text import percent
from core.softmax import softmax
from core.worked_example import ARTICLE_SCORES, LEAF_FLOWER
from tests.apptest import all_text, figure, open_link, open_page

LANGS = ("en", "zh")

# The article's numbers themselves (computed by core, found on this page in both languages) are
# checked with every other page's in tests/app/test_article_numbers_app.py.
ARTICLE_SHARES = ["65.9%", "24.2%", "9.9%"]  # section 03's three probabilities, as printed


@pytest.mark.parametrize("lang", LANGS)
def test_the_bars_show_softmax_of_the_three_scores(lang):
    at = open_page("formula", lang)
    bars, labels = figure(at, "formula_bars")["data"]
    np.testing.assert_allclose(bars["y"], softmax(ARTICLE_SCORES))
    assert labels["text"] == ARTICLE_SHARES


@pytest.mark.parametrize("lang", LANGS)
def test_setting_a_score_changes_the_shown_probabilities(lang):
    at = open_page("formula", lang)
    at.text_input(key="formula_z1").input("0.5").run()
    assert not at.exception
    expected = softmax([0.5, 1.0, 0.1])
    np.testing.assert_allclose(figure(at, "formula_bars")["data"][0]["y"], expected)
    table = at.markdown[[i for i, m in enumerate(at.markdown) if m.value.startswith("| ")][0]].value
    for p in expected:
        assert f"**{percent(p)}**" in table
    assert "**65.9%**" not in table
    assert "e·^1" not in all_text(at)  # the notes speak of the article's numbers only


def score_message(lang: str, name: str, key: str, used: str, **values) -> str:
    """The message under the score boxes for option ``name``: what is wrong, then the score still used."""
    said = t(key, lang, where=t("formula.score", lang, name=name), **values)
    return (" " if lang == "en" else "").join([said, t("input.kept", lang, used=used)])


@pytest.mark.parametrize("lang", LANGS)
def test_a_typed_score_out_of_range_stays_in_the_box_and_is_explained_in_the_readers_language(lang):
    # A text box: Streamlit's number box would refuse 500 in the browser, its reason in English.
    at = open_page("formula", lang)
    at.text_input(key="formula_z2").input("3").run()
    at.text_input(key="formula_z2").input("500").run()
    assert at.text_input(key="formula_z2").value == "500"
    expected = score_message(lang, "B", "input.out_of_range", "3", value="500", low="-100", high="100")
    assert [e.value for e in at.error] == [expected]
    np.testing.assert_allclose(figure(at, "formula_bars")["data"][0]["y"], softmax([2.0, 3.0, 0.1]))
    at.text_input(key="formula_z2").input("-100").run()  # the edge is in range
    assert not at.error
    np.testing.assert_allclose(figure(at, "formula_bars")["data"][0]["y"], softmax([2.0, -100.0, 0.1]))


@pytest.mark.parametrize("lang", LANGS)
def test_bad_scores_in_a_link_stay_in_their_boxes_with_a_message_and_the_table_uses_the_defaults(lang):
    at = open_link("formula", lang, formula_z1="abc", formula_z2="3", formula_z3="1e400")
    assert [at.text_input(key=f"formula_z{i}").value for i in (1, 2, 3)] == ["abc", "3", "1e400"]
    assert [e.value for e in at.error] == [
        score_message(lang, "A", "input.not_number.range", "2", value="abc", low="-100", high="100"),
        score_message(lang, "C", "input.out_of_range", "0.1", value="1e400", low="-100", high="100"),
    ]
    np.testing.assert_allclose(figure(at, "formula_bars")["data"][0]["y"], softmax([2.0, 3.0, 0.1]))


@pytest.mark.parametrize("value", ["9007199254740993", "1e308", "１２"])
def test_numbers_a_browser_number_box_cannot_hold_are_read_by_the_apps_rule(value):
    # 2**53 + 1 and 1e308 were past Streamlit's number box (an English error); １２ is twelve.
    at = open_page("formula", "zh")
    at.text_input(key="formula_z1").input(value).run()
    if value == "１２":
        assert not at.error
        np.testing.assert_allclose(figure(at, "formula_bars")["data"][0]["y"], softmax([12.0, 1.0, 0.1]))
    else:
        said = score_message("zh", "A", "input.out_of_range", "2", value=value, low="-100", high="100")
        assert [e.value for e in at.error] == [said]


@pytest.mark.parametrize("lang", LANGS)
def test_the_three_guarantees_are_calm_checks_even_for_extreme_scores(lang):
    at = open_link("formula", lang, formula_z1="100", formula_z2="-100", formula_z3="0")
    text = all_text(at)
    assert not at.warning and not at.error
    assert t("formula.check.range.rounded", lang) in text  # p(A) rounds to exactly 1: said calmly
    assert t("formula.check.order", lang) in text
    assert ":material/warning:" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_go_deeper_shows_the_overflow_and_the_real_code(lang):
    at = open_page("formula", lang)
    text = all_text(at)
    assert "1002" in text and "NaN" in text  # the scores + 1000, as written: ∞ ÷ ∞
    assert not at.code  # closed, the code is not drawn: a code block loads the browser's highlighter
    at.session_state["formula_code"] = True  # open "the real code"
    at.run()
    assert [c.value for c in at.code] == [inspect.getsource(core.softmax.softmax).rstrip("\n")]
    assert [e.label for e in at.expander] == [
        t("formula.predict.reveal", lang),
        t("formula.stable.title", lang),
        t("formula.code.title", lang),
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_open_code_section_stays_open_across_pages_and_languages(lang):
    at = open_page("formula", lang)
    at.session_state["formula_code"] = True  # opened by the learner
    at.run()
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/formula/page.py").run()
    at.session_state["lang"] = "zh" if lang == "en" else "en"
    at.run()
    assert at.expander[2].proto.expanded
    assert [c.value for c in at.code] == [inspect.getsource(core.softmax.softmax).rstrip("\n")]


@pytest.mark.parametrize("lang", LANGS)
def test_divide_by_the_sum_and_softmax_are_drawn_in_their_own_colours(lang):
    from core.charts.style import NAIVE, PROBABILITY

    at = open_page("formula", lang)
    assert "formula_gaps" not in str(at.get("plotly_chart"))  # closed, the answer's chart is not drawn
    at.session_state["formula_reveal"] = True  # open the answer
    naive, soft = figure(at.run(), "formula_gaps")["data"]
    assert naive["name"] == t("formula.gaps.by_sum", lang) and naive["marker"]["color"] == NAIVE
    assert soft["name"] == t("formula.gaps.softmax", lang) and soft["marker"]["color"] == PROBABILITY
    np.testing.assert_allclose(naive["y"], [5 / 6, 1 / 6])
    np.testing.assert_allclose(soft["y"], softmax(LEAF_FLOWER))


@pytest.mark.parametrize("lang", LANGS)
def test_shares_whose_rounding_misses_100_percent_say_why_under_the_table(lang):
    """Scores 5, 1, 5: the rows read 49.5% + 0.9% + 49.5% = 99.9% over a total of 100.0%."""
    at = open_page("formula", lang, formula_z1="5", formula_z2="1", formula_z3="5")
    assert t("formula.note.rounded", lang, total="99.9%") in [c.value for c in at.caption]
    tiny = open_page("formula", lang, formula_z1="8", formula_z2="7", formula_z3="0")  # … + 0.025%
    assert t("formula.note.rounded", lang, total="100.025%") in [c.value for c in tiny.caption]
    article = open_page("formula", lang)  # 65.9% + 24.2% + 9.9%: they add up as shown
    assert not [c for c in article.caption if t("formula.note.rounded", lang, total="")[:12] in c.value]


def test_the_table_writes_each_share_as_the_bars_do():
    """40, 0, 0: the bar read ">99.9%" and the table's row "100.0%" for the same share."""
    at = open_page("formula", "en", formula_z1="40", formula_z2="0", formula_z3="0")
    table = next(m.value for m in at.markdown if m.value.startswith("|"))
    assert "**>99.9%**" in table and "**100.0%**" not in table
