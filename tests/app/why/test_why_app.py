"""The "Why probabilities?" page in AppTest, both languages: the leaf's score moves the two losses,
the article's numbers are on the page, learning starts from a wrong answer, links old and new."""

import math
import re

import pytest
from streamlit.testing.v1 import AppTest

from core import losses
from core.i18n import t
from core.softmax import softmax
from tests import apptest
from tests.apptest import all_text, figure, open_page, open_tab

LANGS = ["en", "zh"]
CHARTS = {
    "scores": ["why_errors", "why_normalise"],  # + "why_losses" once its expander is open
    "gradient": ["why_gradient", "why_history"],
}
LEAF = 0


def open_curves(at) -> AppTest:
    """Open the "loss curves" expander (lazy: closed, it draws nothing)."""
    at.session_state["why_curves"] = True
    return at.run()


def open_view(at, view: str, lang: str) -> AppTest:
    """Click the tab of section ``view`` ("scores" or "gradient")."""
    return open_tab(at, "why_view", t(f"why.tab.{view}", lang))


def shown_charts(at) -> list[str]:
    return [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]


def param(at, key: str) -> str | None:
    if key not in at.query_params:
        return None
    value = at.query_params[key]
    return value[-1] if isinstance(value, list) else value


def metric(at, key: str, lang: str) -> str:
    label = t(key, lang)
    found = [m.value for m in at.metric if m.label == label]
    assert found, f"no metric {label!r}"
    return found[0]


def errors_shown(at) -> tuple[list[str], list[float], list[float]]:
    """(row labels, squared errors, losses after softmax) as the paradox chart draws them."""
    fig = figure(at, "why_errors")
    squared, loss = fig["data"]
    assert squared["y"] == loss["y"]
    return squared["y"], squared["x"], loss["x"]


@pytest.mark.parametrize("lang", LANGS)
def test_page_opens_on_the_raw_scores_tab_with_the_article_s_problem_and_no_attention_tab(lang):
    at = open_page("why", lang)
    assert at.title[0].value == t("nav.why", lang)
    assert shown_charts(at) == CHARTS["scores"]
    assert at.tabs[0].label == t("why.tab.scores", lang) and len(at.tabs) == 2
    text = all_text(at)
    assert t("why.s1.problem", lang) in text  # the ideal score fixed at 1, before the paradox
    assert "10" in t("why.s1.problem", lang) and "100" in t("why.s1.problem", lang)
    assert at.slider(key="why_leaf").value == 5.0
    assert not at.warning  # teaching points are calm callouts, never warnings
    # where the first half ends, a pointer to the second (a reader nearly missed the tab at the top)
    assert at.caption[-1].value == t("why.tab.next", lang, tab=t("why.tab.gradient", lang))
    assert shown_charts(open_curves(at)) == [*CHARTS["scores"], "why_losses"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("leaf", [5.0, 2.5, 0.0, -2.0, 8.0])
def test_moving_the_leaf_score_shows_core_s_squared_error_and_loss_for_it_and_the_wrong_answer(lang, leaf):
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(leaf).run()
    labels, squared, loss = errors_shown(at)
    mine = "why.c.err.right" if leaf > 1 else "why.c.err.yours"  # the leaf ahead of the flower: right
    assert labels == [t(mine, lang, leaf=f"{leaf:g}"), t("why.c.err.wrong", lang)]
    z = [leaf, 1.0]
    assert squared == pytest.approx([losses.squared_error(z, LEAF), losses.squared_error([0.0, 1.0], LEAF)])
    assert loss == pytest.approx([losses.cross_entropy(z, LEAF), losses.cross_entropy([0.0, 1.0], LEAF)])
    norm = figure(at, "why_normalise")["data"]
    assert norm[-1]["y"] == pytest.approx(softmax(z).tolist())  # softmax's bars follow the slider too


@pytest.mark.parametrize("lang", LANGS)
def test_at_the_article_s_scores_raw_scores_punish_the_right_answer_and_softmax_does_not(lang):
    _, squared, loss = errors_shown(open_page("why", lang))
    assert squared == [17.0, 2.0]  # (5, 1) is further from (1, 0) than (0, 1)
    assert loss[0] < loss[1]
    assert t("why.s1.paradox", lang, right="17", wrong="2", ce_right="0.018", ce_wrong="1.313") in all_text(
        open_page("why", lang)
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("leaf", "key"),
    [(8.0, "why.s1.paradox.yours"), (6.0, "why.s1.paradox.yours"), (2.5, "why.s1.paradox.yours"),
     (2.0, "why.s1.paradox.little"), (1.5, "why.s1.paradox.little"), (1.0, None),
     (0.5, "why.s1.paradox.wrong"), (0.0, "why.s1.paradox.same"), (-1.0, "why.s1.paradox.wrong"),
     (-3.0, "why.s1.paradox.wrong")],
)  # fmt: skip
def test_the_sentence_under_the_chart_speaks_of_the_scores_the_chart_shows(lang, leaf, key):
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(leaf).run()
    _, squared, loss = errors_shown(at)
    text = all_text(at)
    article = t("why.s1.paradox", lang, right="17", wrong="2", ce_right="0.018", ce_wrong="1.313")
    assert article not in text  # the article's 17 and 0.018 are not beside a chart of other scores
    variants = tuple(f"why.s1.paradox.{v}" for v in ("yours", "little", "wrong", "same"))
    values = dict(leaf=f"{leaf:g}", right=f"{squared[0]:g}", wrong=f"{squared[1]:g}",
                  ce_right=f"{loss[0]:.3f}", ce_wrong=f"{loss[1]:.3f}")  # fmt: skip
    assert [v for v in variants if t(v, lang, **values) in text] == ([key] if key else [])
    if leaf == 6.0:
        assert values["right"] == "26" and values["ce_right"] == "0.007"  # (6 − 1)² + 1; the chart's bars


@pytest.mark.parametrize("leaf", [6.5, 4.5, -2.5, 5.0])
def test_the_numbers_on_the_bars_are_the_sentence_s(leaf):
    # (6.5 − 1)² + 1 = 31.25: the bar said 31.2 beside a sentence that says 31.25 (a learner's report).
    at = open_page("why", "en")
    at.slider(key="why_leaf").set_value(leaf).run()
    squared_bars, loss_bars = figure(at, "why_errors")["data"][:2]
    text = all_text(at)
    for number in [*squared_bars["text"], *loss_bars["text"]]:  # the whole number: 31.2 is not in 31.25
        assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", text), number
    if leaf == 6.5:
        assert squared_bars["text"][0] == "31.25"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("leaf", "p", "ce"), [(5.0, "0.982", "0.018"), (8.0, "0.999", "0.001"), (-2.0, "0.047", "3.049")]
)
def test_the_loss_is_bridged_from_e_to_a_power_on_the_numbers_the_chart_shows(lang, leaf, p, ce):
    """Logarithms come after middle school: −log p is read as "e to what power gives p"."""
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(leaf).run()
    assert math.exp(-float(ce)) == pytest.approx(float(p), abs=1e-3)  # what the sentence claims
    assert float(ce) == pytest.approx(losses.cross_entropy([leaf, 1.0], 0), abs=5e-4)  # the chart's loss
    assert t("why.s1.bridge", lang, p=p, ce=ce) in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", LANGS)
def test_the_article_s_0_83_0_17_and_softmax_s_0_982_0_018_are_in_a_calm_callout(lang):
    at = open_page("why", lang)
    by_sum, soft = losses.linear_normalise([5.0, 1.0]), softmax([5.0, 1.0])
    assert (f"{by_sum[0]:.2f}", f"{by_sum[1]:.2f}", f"{soft[0]:.3f}", f"{soft[1]:.3f}") == (
        "0.83", "0.17", "0.982", "0.018",
    )  # fmt: skip
    callouts = [i.value for i in at.info]
    note = [c for c in callouts if "0.83" in c and "0.17" in c and "0.982" in c and "0.018" in c]
    assert len(note) == 1, callouts
    assert at.info[callouts.index(note[0])].icon == ":material/lightbulb:"
    norm = figure(at, "why_normalise")["data"]
    assert [b["text"] for b in norm[1:]] == [["0.83", "0.17"], ["0.982", "0.018"]]  # both drawn


@pytest.mark.parametrize("lang", LANGS)
def test_equal_scores_say_the_network_cannot_decide_and_negative_scores_cannot_be_divided(lang):
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(1.0).run()
    assert t("why.s1.equal", lang) in [i.value for i in at.info]
    assert figure(at, "why_normalise")["data"][-1]["y"] == [0.5, 0.5]
    [tip] = [i.value for i in at.info if "0.83" in i.value]  # the article's 0.83 and 0.17
    assert tip.endswith(t("why.s1.chart_both", lang))
    at.slider(key="why_leaf").set_value(-1.0).run()
    assert t("why.s1.no_linear", lang) in [c.value for c in at.caption]
    # the tip above the chart no longer promises both: it says what the chart can draw
    [tip] = [i.value for i in at.info if "0.83" in i.value]
    assert tip.endswith(t("why.s1.chart_softmax_only", lang)) and t("why.s1.chart_both", lang) not in tip
    assert len(figure(at, "why_normalise")["data"]) == 2  # target and softmax only


@pytest.mark.parametrize("lang", LANGS)
def test_learning_starts_from_a_wrong_answer_and_steps_make_the_leaf_win(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    assert shown_charts(at) == CHARTS["gradient"]
    p0 = float(metric(at, "why.m.gd_p", lang))
    assert p0 == pytest.approx(softmax([1.0, 3.0])[LEAF], abs=1e-3) and p0 < 0.5  # wrong at the start
    assert t("why.s2.scores_now", lang, leaf="1.00", flower="3.00") in [c.value for c in at.caption]
    bars = figure(at, "why_gradient")["data"]
    assert bars[2]["y"] == pytest.approx(losses.gradient([1.0, 3.0], LEAF).tolist())  # p − y
    at.button(key="why_step").click().run()
    z1 = losses.gradient_step([1.0, 3.0], LEAF, 1.0)
    assert metric(at, "why.m.gd_p", lang) == f"{softmax(z1)[LEAF]:.3f}"
    # 2.127 → 0.819: the change a reader works out from the two numbers shown (exactly −1.3074)
    [loss] = [m for m in at.metric if m.label == t("why.m.gd_loss", lang)]
    assert (loss.value, loss.delta) == ("0.819", "-1.308")
    at.button(key="why_step5").click().run()
    assert metric(at, "why.m.steps", lang) == "6"
    p6 = float(metric(at, "why.m.gd_p", lang))
    assert p6 > 0.5 > p0
    history = figure(at, "why_history")["data"][0]["y"]
    assert len(history) == 7 and all(b < a for a, b in zip(history, history[1:], strict=False))
    assert t("why.s2.learned", lang) in [i.value for i in at.info]
    at.button(key="why_reset").click().run()
    assert metric(at, "why.m.steps", lang) == "0"


@pytest.mark.parametrize(("lr", "clicks", "shown"), [(1.0, 7, "-0.0004"), (10.0, 2, "0")])
def test_a_tiny_change_of_the_loss_shows_its_digits_not_a_negative_zero(lr, clicks, shown):
    """35 steps at η = 1: the loss falls by 0.00044, which 3 decimals wrote "-0.000"; at η = 10 it
    falls by 5e-13 after the first step: no change worth an arrow."""
    at = open_view(open_page("why", "en"), "gradient", "en")
    at.slider(key="why_lr").set_value(lr).run()
    for _ in range(clicks):
        at.button(key="why_step5").click().run()
    history = figure(at, "why_history")["data"][0]["y"]
    assert -0.0005 < history[-1] - history[-2] < 0  # at 3 decimals the change rounds to -0.000
    assert [m.delta for m in at.metric if m.label == t("why.m.gd_loss", "en")] == [shown]
    # the change is over the last step, not the 5 just pressed: the metric says so
    [loss] = [m for m in at.metric if m.label == t("why.m.gd_loss", "en")]
    assert loss.proto.delta_description == t("why.m.gd_loss.delta", "en")
    assert float(loss.value.replace(" × 10", "e").translate(UNSUPER)) == pytest.approx(
        history[-1], rel=0.01, abs=5e-4
    )
    assert loss.value != "0.000"  # the loss never reaches 0, and the number says so
    p_leaf = [m.value for m in at.metric if m.label == t("why.m.gd_p", "en")][0]
    assert p_leaf != "1.000" and p_leaf.startswith("0.")  # nor p, which never reaches 1


UNSUPER = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


@pytest.mark.parametrize("lang", LANGS)
def test_learning_axes_do_not_exaggerate(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    at.button(key="why_step5").click().run()
    bars = figure(at, "why_gradient")["layout"]["yaxis"]["range"]
    assert bars[0] <= -1 and bars[1] >= 1  # p and y on their full 0–1, p − y on −1…1
    loss_axis = figure(at, "why_history")["layout"]["yaxis"]["range"]
    assert loss_axis[0] == 0


@pytest.mark.parametrize("lang", LANGS)
def test_learning_rate_zero_disables_step_with_a_calm_message(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    at.slider(key="why_lr").set_value(0.0).run()
    assert at.button(key="why_step").disabled and at.button(key="why_step5").disabled
    assert t("why.s2.lr_zero", lang) in [i.value for i in at.info]
    assert not at.warning


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_keeps_the_leaf_score_and_learning_rate_whichever_tab_is_open(lang):
    at = open_page("why", lang)
    at.slider(key="why_leaf").set_value(2.5).run()
    open_view(at, "gradient", lang)
    at.slider(key="why_lr").set_value(2.0).run()
    assert (param(at, "why_leaf"), param(at, "why_lr"), param(at, "why_view")) == ("2.5", "2", "gradient")
    open_view(at, "scores", lang)
    assert (param(at, "why_leaf"), param(at, "why_lr")) == ("2.5", "2")
    new = apptest.open_link("why", lang, why_leaf="2.5", why_lr="2")
    assert new.slider(key="why_leaf").value == 2.5
    assert errors_shown(new)[1][0] == losses.squared_error([2.5, 1.0], LEAF)


LEAF_LABEL, LR_LABEL = "why.s1.leaf", "why.s2.lr"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("query", "leaf", "notice"),
    [
        ({"why_preset": "(0, 1)"}, 0.0, None),
        ({"why_preset": "(5, 1)"}, 5.0, None),
        ({"why_preset": "(z₁, z₂)", "why_leaf": "2.5", "why_flower": "1"}, 2.5, None),
        ({"why_preset": "(z₁, z₂)", "why_leaf": "3", "why_flower": "-1"}, 3.0, "old"),
        ({"why_leaf": "abc"}, 5.0, (LEAF_LABEL, "not_number", {})),
        ({"why_leaf": "２．５"}, 2.5, None),  # read by the app's one rule for typed numbers
        ({"why_leaf": "1,5"}, 5.0, (LEAF_LABEL, "not_number", {})),
        ({"why_leaf": "9"}, 5.0, (LEAF_LABEL, "out_of_range", {"low": "-3", "high": "8"})),
        ({"why_lr": "1e308"}, 5.0, (LR_LABEL, "out_of_range", {"low": "0", "high": "10"})),
        ({"why_lr": "-5"}, 5.0, (LR_LABEL, "out_of_range", {"low": "0", "high": "10"})),
        ({"why_lr": "inf"}, 5.0, (LR_LABEL, "not_finite", {})),
        ({"why_preset": "nonsense"}, 5.0, "old"),
    ],
)  # fmt: skip
def test_old_links_set_the_leaf_score_or_say_what_was_ignored(lang, query, leaf, notice):
    """A slider's bad value is named by the slider's label (not the link's why_lr) and says why."""
    at = apptest.open_link("why", lang, **query)
    assert at.slider(key="why_leaf").value == leaf
    if notice is None:
        expected = []
    elif notice == "old":
        expected = [t("url.ignored", lang)]
    else:
        label, error, bounds = notice
        reason = t(f"url.reason.{error}", lang, **bounds)
        expected = [t("url.value_ignored", lang, label=t(label, lang), reason=reason)]
    assert [w.value for w in at.warning] == expected
    assert not any("why_" in w.value for w in at.warning)
    assert "why_preset" not in at.query_params and "why_flower" not in at.query_params


@pytest.mark.parametrize("lang", LANGS)
def test_an_old_attention_link_opens_the_attention_page_with_its_settings(lang):
    at = apptest.open_link("why", lang, why_view="attention", why_scale="0", why_query="0, 1")
    assert at.title[0].value == t("nav.attention", lang)
    assert at.slider(key="attention_scale").value == 0.0
    assert at.text_input(key="attention_query").value == "0, 1"
    assert figure(at, "attention_weights")["data"][0]["y"] == [0.2] * 5
    assert "why_view" not in at.query_params


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_tab_in_the_link_says_so_and_opens_the_first(lang):
    at = apptest.open_link("why", lang, why_view="<script>alert(1)</script>")
    assert t("url.bad_view", lang) in [c.value for c in at.caption]
    assert shown_charts(at) == CHARTS["scores"]
    open_view(at, "gradient", lang)
    assert t("url.bad_view", lang) not in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_open_tab_and_the_descent_survive_a_language_switch_and_a_page_switch(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    at.button(key="why_step").click().run()
    other = "zh" if lang == "en" else "en"
    at.session_state["lang"] = other
    at.run()
    assert at.session_state["why_view"] == t("why.tab.gradient", other)
    assert metric(at, "why.m.steps", other) == "1"
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/why/page.py").run()
    assert shown_charts(at) == CHARTS["gradient"]
    assert metric(at, "why.m.steps", other) == "1"


@pytest.mark.parametrize("lang", LANGS)
def test_chinese_page_says_ye_zi_and_bridges_cross_entropy(lang):
    at = open_curves(open_page("why", lang))
    text = all_text(at) + "".join(str(figure(at, k)) for k in [*CHARTS["scores"], "why_losses"])
    open_view(at, "gradient", lang)
    text += all_text(at) + "".join(str(figure(at, k)) for k in CHARTS["gradient"])
    if lang == "zh":
        assert "树叶" not in text and "叶子" in text
        assert "交叉熵" not in text.replace("（业内叫“交叉熵”）", "")
    else:
        assert '"' not in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_predict_then_reveal_answers_with_core_s_numbers(lang):
    at = open_page("why", lang)
    answer = t("why.predict.raw_scores.a", lang, right="17", wrong="2", ce_right="0.018", ce_wrong="1.313")
    assert answer in all_text(at)
    open_view(at, "gradient", lang)
    z1 = losses.gradient_step([1.0, 3.0], LEAF, 1.0)
    z2 = losses.gradient_step(z1, LEAF, 1.0)
    assert f"{softmax(z1)[LEAF]:.3f}" == "0.441" and f"{softmax(z2)[LEAF]:.3f}" == "0.707"
    assert any(e.label == t("why.predict.gradient.q", lang, p0="0.119") for e in at.expander)
    text = all_text(at)
    assert "0.441" in text and "0.707" in text and "2.127" in text and "0.819" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_loss_formulas_stand_on_two_lines_each_narrow_enough_for_a_phone(lang):
    at = open_curves(open_page("why", lang))
    lines = [e.value for e in at.latex]
    target, softmax = [line for line in lines if "y = (1, 0)" in line or "-\\log p_" in line]
    assert "E = " in target and "p_i = " in softmax and "\\text{" + t("why.leaf", lang) + "}" in softmax
