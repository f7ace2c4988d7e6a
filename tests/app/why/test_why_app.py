"""The "Why softmax?" page in AppTest, both languages: the paradox, gradient steps, attention, bad input,
its three lazy tabs (only the open one runs) and what carries over between them."""

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core import attention as att
from core.i18n import t
from tests import apptest
from tests.apptest import all_text, figure, figures, open_page, open_tab

LANGS = ["en", "zh"]
EDIT = {"added_rows": [], "deleted_rows": []}
CHARTS = {
    "scores": ["why_losses", "why_normalise"],
    "gradient": ["why_gradient", "why_history"],
    "attention": ["why_vectors", "why_weights", "why_values", "why_sweep"],
}
NEW_ROW = {"kx": 2.0, "ky": 1.0, "v1": 0.5, "v2": 0.5}


def open_view(at, view: str, lang: str) -> AppTest:
    """Click the tab of section ``view`` ("scores", "gradient" or "attention")."""
    return open_tab(at, "why_view", t(f"why.tab.{view}", lang))


def shown_charts(at) -> list[str]:
    return [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]


def param(at, key: str) -> str | None:
    """The value of ``?key=`` after the last run (None when absent)."""
    if key not in at.query_params:
        return None
    value = at.query_params[key]
    return value[-1] if isinstance(value, list) else value


def metric(at, key: str, lang: str) -> str:
    """The value of the metric whose label is the catalog text ``key``."""
    label = t(key, lang)
    found = [m.value for m in at.metric if m.label == label]
    assert found, f"no metric {label!r}"
    return found[0]


def choose_preset(at, name: str, lang: str):
    return at.radio(key="why_preset").set_value(name).run()


def open_link(lang: str, **query: str) -> AppTest:
    """Open the why page straight from a link (``/why?...``), as a new session would."""
    return apptest.open_link("why", lang, **query)


def boxes(at) -> list[str]:
    return [w.key for w in at.text_input if w.key in ("why_leaf", "why_flower")]


def losses_shown(at, lang: str) -> tuple[float, float]:
    return float(metric(at, "why.m.squared", lang)), float(metric(at, "why.m.cross", lang))


def weights(at) -> list[float]:
    return figure(at, "why_weights")["data"][0]["y"]


@pytest.mark.parametrize("lang", LANGS)
def test_page_opens_on_the_raw_scores_tab_and_draws_only_that_section(lang):
    at = open_page("why", lang)
    assert at.title[0].value == t("nav.why", lang)
    assert t("why.intro", lang) in all_text(at)
    assert at.session_state["why_view"] == t("why.tab.scores", lang)
    assert "why_view" not in at.query_params  # the first tab is the default: not in the link
    assert len(at.latex) == 1  # section 1's formula only
    keys = [f["layout"]["title"]["text"] for f in figures(at)]
    assert keys == [t("why.c.loss.title", lang), t("why.c.norm.title", lang)]
    assert shown_charts(at) == CHARTS["scores"]  # 2 charts, not the page's 8
    assert not at.error


@pytest.mark.parametrize("lang", LANGS)
def test_each_tab_draws_only_its_own_section(lang):
    at = open_page("why", lang)
    open_view(at, "gradient", lang)
    assert shown_charts(at) == CHARTS["gradient"]
    assert t("why.s2.explain", lang) in all_text(at) and t("why.s1.explain", lang) not in all_text(at)
    assert param(at, "why_view") == "gradient"
    assert len(at.data_editor) == 0
    open_view(at, "attention", lang)
    assert shown_charts(at) == CHARTS["attention"]
    assert len(at.data_editor) == 1
    assert param(at, "why_view") == "attention"
    assert [m.label for m in at.metric] == [t(f"why.m.{k}", lang) for k in ("top", "entropy", "output")]
    open_view(at, "scores", lang)
    assert shown_charts(at) == CHARTS["scores"]
    assert "why_view" not in at.query_params


@pytest.mark.parametrize("lang", LANGS)
def test_presets_show_the_paradox_squared_error_punishes_the_right_answer_cross_entropy_does_not(lang):
    at = open_page("why", lang)
    assert at.radio(key="why_preset").value == "right"
    sq_right, ce_right = losses_shown(at, lang)
    choose_preset(at, "wrong", lang)
    sq_wrong, ce_wrong = losses_shown(at, lang)
    assert (sq_right, sq_wrong) == (17.0, 2.0)
    assert sq_right > sq_wrong
    assert ce_right < ce_wrong
    assert (ce_right, ce_wrong) == (0.018, 1.313)


@pytest.mark.parametrize("lang", LANGS)
def test_article_linear_numbers_and_softmax_numbers_both_shown_honestly(lang):
    at = open_page("why", lang)
    bars = figure(at, "why_normalise")["data"]
    linear = next(b for b in bars if b["name"] == t("why.c.norm.linear", lang))
    soft = next(b for b in bars if b["name"] == t("why.c.norm.softmax", lang))
    assert linear["text"] == ["0.833", "0.167"]
    assert soft["text"] == ["0.982", "0.018"]
    assert "0.83, 0.17" in all_text(at) and "0.982 / 0.018" in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_loss_chart_marks_both_presets_and_follows_the_leaf_score(lang):
    at = open_page("why", lang)
    fig = figure(at, "why_losses")
    marks = sorted(s["x0"] for s in fig["layout"]["shapes"])
    assert marks == [0.0, 5.0]
    you = [d for d in fig["data"] if d.get("mode") == "markers"]
    assert you[0]["x"] == [5.0] and you[0]["y"] == [17.0]


@pytest.mark.parametrize("lang", LANGS)
def test_own_scores_start_from_the_preset_shown_and_update_the_losses(lang):
    at = choose_preset(open_page("why", lang), "wrong", lang)
    assert not boxes(at)  # a preset is its own scores: no boxes
    choose_preset(at, "custom", lang)
    assert [at.text_input(key=k).value for k in ("why_leaf", "why_flower")] == ["0", "1"]
    at.text_input(key="why_leaf").set_value("2").run()
    assert float(metric(at, "why.m.squared", lang)) == 2.0  # (2-1)² + (1-0)²
    assert float(metric(at, "why.m.cross", lang)) == 0.313  # log(1 + e^-1)


@pytest.mark.parametrize("lang", LANGS)
def test_a_gradient_step_lowers_the_loss_and_raises_the_leaf_probability(lang):
    at = choose_preset(open_view(open_page("why", lang), "gradient", lang), "wrong", lang)
    loss0, p0 = float(metric(at, "why.m.gd_loss", lang)), float(metric(at, "why.m.gd_p", lang))
    at.button(key="why_step").click().run()
    loss1, p1 = float(metric(at, "why.m.gd_loss", lang)), float(metric(at, "why.m.gd_p", lang))
    assert metric(at, "why.m.steps", lang) == "1"
    assert loss1 < loss0 and p1 > p0
    # η = 1 from (0, 1): z ← z − (p − y) = (1 − 0.269, 1 − 0.731)
    assert metric(at, "why.m.scores", lang) == "(0.731, 0.269)"
    history = figure(at, "why_history")["data"]
    assert len(history[0]["x"]) == 2
    at.button(key="why_reset").click().run()
    assert metric(at, "why.m.steps", lang) == "0"
    assert float(metric(at, "why.m.gd_loss", lang)) == loss0


@pytest.mark.parametrize("lang", LANGS)
def test_gradient_bars_show_p_minus_y(lang):
    at = open_view(choose_preset(open_page("why", lang), "wrong", lang), "gradient", lang)
    grad = figure(at, "why_gradient")["data"][2]
    assert grad["text"] == ["-0.731", "+0.731"]


@pytest.mark.parametrize("lang", LANGS)
def test_learning_rate_zero_disables_step_with_a_message(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    at.slider(key="why_lr").set_value(0.0).run()
    assert at.button(key="why_step").disabled
    assert t("why.s2.lr_zero", lang) in [w.value for w in at.warning]
    at.slider(key="why_lr").set_value(10.0).run()
    assert t("why.s2.lr_big", lang) in [i.value for i in at.info]
    assert not at.button(key="why_step").disabled


@pytest.mark.parametrize("lang", LANGS)
def test_huge_learning_rate_in_the_url_is_ignored(lang):
    at = open_link(lang, why_lr="1e308", why_view="gradient")
    assert at.slider(key="why_lr").value == 1.0
    assert "why_lr" not in at.query_params  # dropped, as the default it falls back to
    assert [w.value for w in at.warning] == [t("url.ignored", lang)]  # and the page says so
    assert not at.exception
    at = open_link(lang, why_lr="2.5", why_view="gradient")
    assert at.slider(key="why_lr").value == 2.5  # a usable one is taken
    assert t("url.ignored", lang) not in [w.value for w in at.warning]


@pytest.mark.parametrize("lang", LANGS)
def test_changing_a_key_vector_changes_the_attention_weights(lang):
    at = open_view(open_page("why", lang), "attention", lang)
    before = weights(at)
    assert sum(before) == pytest.approx(1.0, abs=2e-3)
    at.session_state["why_keys"] = {"edited_rows": {0: {"kx": -3.0}}, **EDIT}
    at.run()
    after = weights(at)
    assert after != before
    assert after[0] < before[0]


@pytest.mark.parametrize("lang", LANGS)
def test_larger_scale_sharpens_attention(lang):
    at = open_view(open_page("why", lang), "attention", lang)
    top1 = max(weights(at))
    at.slider(key="why_scale").set_value(5.0).run()
    assert max(weights(at)) > top1
    at.slider(key="why_scale").set_value(0.0).run()
    assert weights(at) == [0.2] * 5
    assert t("why.s3.equal", lang, n=5) in [i.value for i in at.info]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("typed", "code"),
    [("", "empty"), ("abc", "not_number"), ("nan", "not_finite"), ("inf", "not_finite"),
     ("1e308", "too_large"), ("<b>x</b>", "not_number")],
)  # fmt: skip
def test_bad_score_is_explained_kept_and_the_page_stays_usable(lang, typed, code):
    at = choose_preset(open_page("why", lang), "custom", lang)
    at.text_input(key="why_leaf").set_value(typed).run()
    assert not at.exception
    field = t("why.s1.leaf", lang)
    expected = t(f"why.error.{code}", lang, field=field, where="", limit="1,000", position="")
    assert expected in [e.value for e in at.error]
    assert at.text_input(key="why_leaf").value == typed
    open_view(at, "gradient", lang)  # the same box, the same message, and no descent
    assert expected in [e.value for e in at.error]
    assert at.text_input(key="why_leaf").value == typed
    assert t("why.s2.need_scores", lang) in [i.value for i in at.info]
    assert at.get("plotly_chart") == []
    open_view(at, "attention", lang)
    assert sum(weights(at)) == pytest.approx(1.0, abs=2e-3)  # attention still works
    open_view(at, "scores", lang)
    assert at.text_input(key="why_leaf").value == typed  # kept while its tab was closed


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("typed", ["", "1", "1, x", "nan, 0", "1e308, 1", "1, 2, 3"])
def test_bad_query_vector_is_explained_and_kept(lang, typed):
    at = open_view(open_page("why", lang), "attention", lang)
    at.text_input(key="why_query").set_value(typed).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(t("why.s3.query", lang))
    assert at.text_input(key="why_query").value == typed
    open_view(at, "scores", lang)
    assert float(metric(at, "why.m.squared", lang)) == 17.0  # section 1 unaffected
    open_view(at, "attention", lang)
    assert at.text_input(key="why_query").value == typed  # kept while its tab was closed
    assert [e.value for e in at.error] == errors


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("edit", "code", "values"),
    [
        ({"edited_rows": {1: {"ky": None}}, **EDIT}, "cell_empty", {"row": 2}),
        ({"edited_rows": {2: {"v1": 1e308}}, **EDIT}, "cell_too_large", {"row": 3, "limit": "1,000,000"}),
        ({"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 1, 2, 3]}, "too_few_rows",
         {"minimum": 2, "got": 1}),
    ],
)  # fmt: skip
def test_bad_key_table_is_explained_and_nothing_crashes(lang, edit, code, values):
    at = open_view(open_page("why", lang), "attention", lang)
    at.session_state["why_keys"] = edit
    at.run()
    assert not at.exception
    expected = t(f"why.error.{code}", lang, field=t("why.s3.table", lang), where="", **values)
    assert [e.value for e in at.error] == [expected]
    open_view(at, "scores", lang)
    assert float(metric(at, "why.m.squared", lang)) == 17.0  # the other sections keep working
    open_view(at, "attention", lang)
    assert [e.value for e in at.error] == [expected]  # the bad table is still the user's table


@pytest.mark.parametrize("lang", LANGS)
def test_equal_scores_say_the_network_cannot_decide(lang):
    at = open_link(lang, why_preset="(z₁, z₂)", why_leaf="2", why_flower="2")
    assert float(metric(at, "why.m.p_leaf", lang)) == 0.5
    assert t("why.s1.equal", lang) in [i.value for i in at.info]


@pytest.mark.parametrize("lang", LANGS)
def test_url_reopens_the_same_view(lang):
    at = open_link(lang, why_preset="(z₁, z₂)", why_leaf="3", why_flower="-1", why_scale="4.0")
    assert at.title[0].value == t("nav.why", lang)
    assert at.radio(key="why_preset").value == "custom"
    assert at.text_input(key="why_leaf").value == "3"
    assert float(metric(at, "why.m.squared", lang)) == 5.0  # (3-1)² + (-1-0)²
    assert param(at, "why_scale") == "4"  # its tab is closed, the link still has it
    open_view(at, "attention", lang)
    assert at.slider(key="why_scale").value == 4.0
    assert (param(at, "why_leaf"), param(at, "why_flower")) == ("3", "-1")


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_with_a_preset_opens_that_preset_whatever_the_boxes_say(lang):
    at = open_link(lang, why_preset="(0, 1)", why_leaf="7")
    assert at.radio(key="why_preset").value == "wrong"
    assert not boxes(at)
    assert float(metric(at, "why.m.squared", lang)) == 2.0


@pytest.mark.parametrize("lang", LANGS)
def test_an_added_key_row_joins_the_attention(lang):
    at = open_view(open_page("why", lang), "attention", lang)
    row = NEW_ROW
    at.session_state["why_keys"] = {"edited_rows": {}, "added_rows": [row], "deleted_rows": []}
    at.run()
    bars = figure(at, "why_weights")["data"][0]
    assert bars["x"] == ["k1", "k2", "k3", "k4", "k5", "k6"]
    assert max(bars["y"]) == bars["y"][5]  # (2, 1) points most like q = (1, 0.5)
    at.session_state["why_keys"] = {"edited_rows": {}, "added_rows": [row], "deleted_rows": [1]}
    at.run()
    assert figure(at, "why_weights")["data"][0]["x"] == ["k1", "k3", "k4", "k5", "k6"]  # names stay


@pytest.mark.parametrize("lang", LANGS)
def test_extreme_but_allowed_scores_stay_finite_and_a_step_still_helps(lang):
    at = open_link(lang, why_preset="(z₁, z₂)", why_leaf="-1000", why_flower="1000")
    assert float(metric(at, "why.m.cross", lang)) == 2000.0  # log-softmax: no log(0) = inf
    assert float(metric(at, "why.m.squared", lang)) == 1001.0**2 + 1000.0**2
    assert t("why.s1.no_linear", lang) in all_text(at)
    open_view(at, "gradient", lang)
    at.button(key="why_step").click().run()
    assert float(metric(at, "why.m.gd_loss", lang)) == pytest.approx(1998.0, abs=1e-3)  # margin −2000 + 2η
    assert not at.exception


@pytest.mark.parametrize("lang", LANGS)
def test_a_score_typed_on_tab_1_is_where_the_descent_on_tab_2_starts_and_back(lang):
    at = choose_preset(open_page("why", lang), "custom", lang)
    at.text_input(key="why_leaf").set_value("2").run()
    at.text_input(key="why_flower").set_value("3").run()
    open_view(at, "gradient", lang)
    assert at.radio(key="why_preset").value == "custom"
    assert [at.text_input(key=k).value for k in ("why_leaf", "why_flower")] == ["2", "3"]
    assert metric(at, "why.m.scores", lang) == "(2.000, 3.000)"
    assert float(metric(at, "why.m.gd_loss", lang)) == 1.3133  # log(1 + e^1)
    at.button(key="why_step").click().run()
    assert metric(at, "why.m.steps", lang) == "1"
    at.text_input(key="why_flower").set_value("-1").run()  # typed on tab 2 ...
    assert metric(at, "why.m.scores", lang) == "(2.000, -1.000)"
    assert metric(at, "why.m.steps", lang) == "0"  # new scores: the descent starts again
    open_view(at, "scores", lang)  # ... seen on tab 1
    assert [at.text_input(key=k).value for k in ("why_leaf", "why_flower")] == ["2", "-1"]
    assert float(metric(at, "why.m.squared", lang)) == 2.0  # (2-1)² + (-1-0)²
    assert (param(at, "why_leaf"), param(at, "why_flower")) == ("2", "-1")


@pytest.mark.parametrize("lang", LANGS)
def test_the_descent_so_far_survives_a_visit_to_another_tab(lang):
    at = open_view(choose_preset(open_page("why", lang), "wrong", lang), "gradient", lang)
    at.button(key="why_step").click().run()
    at.button(key="why_step").click().run()
    scores = metric(at, "why.m.scores", lang)
    open_view(at, "attention", lang)
    open_view(at, "gradient", lang)
    assert metric(at, "why.m.steps", lang) == "2" and metric(at, "why.m.scores", lang) == scores


def attention_shown(at) -> tuple[list[str], list[float]]:
    bars = figure(at, "why_weights")["data"][0]
    return bars["x"], bars["y"]


def expected_weights(rows: dict[int, list[float]]) -> list[float]:
    """Attention of the default query (1, 0.5) at scale 1 over these key/value rows."""
    table = np.array(list(rows.values()))
    return att.attention([1.0, 0.5], table[:, :2], table[:, 2:], 1.0).weights.tolist()


DEFAULT_ROWS = {
    1: [1.0, 0.0, 1.0, 0.0],
    2: [0.0, 1.0, 0.0, 1.0],
    3: [-1.0, 0.0, -1.0, 0.0],
    4: [0.7, 0.7, 1.0, 1.0],
    5: [0.0, -1.0, 0.0, -1.0],
}


@pytest.mark.parametrize("lang", LANGS)
def test_key_table_edits_survive_closing_the_tab_and_are_applied_once(lang):
    at = open_view(open_page("why", lang), "attention", lang)
    at.session_state["why_keys"] = {
        "edited_rows": {0: {"kx": -3.0}},
        "added_rows": [NEW_ROW],
        "deleted_rows": [1],
    }
    at.run()
    rows = {k: v for k, v in DEFAULT_ROWS.items() if k != 2} | {6: list(NEW_ROW.values())}
    rows[1] = [-3.0, 0.0, 1.0, 0.0]
    names, weights_edited = attention_shown(at)
    assert names == ["k1", "k3", "k4", "k5", "k6"]
    assert weights_edited == pytest.approx(expected_weights(rows), abs=1e-9)
    for other in ("scores", "gradient"):
        open_view(at, other, lang)
        assert "why_keys" not in at.session_state  # the closed tab's grid and its edits are gone ...
        open_view(at, "attention", lang)
        # ... but the table is not: one k6, k2 deleted once (not k3 too), k1 moved once
        assert attention_shown(at) == (names, weights_edited)
    at.run()
    assert attention_shown(at) == (names, weights_edited)
    # an edit on the reopened grid is an edit of the user's table, not of the default one
    at.session_state["why_keys"] = {"edited_rows": {0: {"kx": 1.0}}, **EDIT}
    at.run()
    rows[1] = [1.0, 0.0, 1.0, 0.0]
    assert attention_shown(at) == (names, pytest.approx(expected_weights(rows), abs=1e-9))
    at.switch_page("app_pages/home/page.py").run()  # and across pages
    at.switch_page("app_pages/why/page.py").run()
    assert attention_shown(at) == (names, pytest.approx(expected_weights(rows), abs=1e-9))
    other = "zh" if lang == "en" else "en"  # and across languages (new headers: a new grid)
    at.session_state["lang"] = other
    at.run()
    assert attention_shown(at) == (names, pytest.approx(expected_weights(rows), abs=1e-9))


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_opens_its_tab_and_an_unknown_tab_says_so(lang):
    at = open_link(lang, why_view="attention", why_scale="0")
    assert at.session_state["why_view"] == t("why.tab.attention", lang)
    assert shown_charts(at) == CHARTS["attention"]
    assert attention_shown(at)[1] == [0.2] * 5  # the link's scale 0 too
    assert t("url.bad_view", lang) not in all_text(at)
    at = open_link(lang, why_view="<script>alert(1)</script>")
    assert t("url.bad_view", lang) in [c.value for c in at.caption]
    assert at.session_state["why_view"] == t("why.tab.scores", lang)
    assert shown_charts(at) == CHARTS["scores"]
    assert "why_view" not in at.query_params
    open_view(at, "gradient", lang)
    assert t("url.bad_view", lang) not in all_text(at)  # gone once a tab is chosen


@pytest.mark.parametrize("lang", LANGS)
def test_the_open_tab_survives_a_language_switch_and_a_page_switch(lang):
    at = open_view(open_page("why", lang), "gradient", lang)
    other = "zh" if lang == "en" else "en"
    at.session_state["lang"] = other
    at.run()
    assert at.session_state["why_view"] == t("why.tab.gradient", other)
    assert shown_charts(at) == CHARTS["gradient"]
    assert metric(at, "why.m.steps", other) == "0"  # the section itself in the new language
    assert param(at, "why_view") == "gradient"
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/why/page.py").run()
    assert shown_charts(at) == CHARTS["gradient"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_link_keeps_every_tab_s_settings_whichever_tab_is_open(lang):
    at = choose_preset(open_page("why", lang), "custom", lang)
    at.text_input(key="why_leaf").set_value("2.5").run()
    open_view(at, "gradient", lang)
    at.slider(key="why_lr").set_value(2.0).run()
    open_view(at, "attention", lang)
    at.slider(key="why_scale").set_value(3.0).run()
    at.text_input(key="why_query").set_value("0, 1").run()
    link = {"why_preset": "(z₁, z₂)", "why_leaf": "2.5", "why_lr": "2", "why_scale": "3", "why_query": "0, 1"}
    for view in ("attention", "scores", "gradient"):
        open_view(at, view, lang)
        assert {k: param(at, k) for k in link} == link, view
    assert "why_flower" not in at.query_params  # its default
    at.slider(key="why_lr").set_value(1.0).run()  # back to the default: out of the link
    assert "why_lr" not in at.query_params
    # the link opens the same settings in a new session, on any tab
    new = open_link(lang, **link)
    assert new.text_input(key="why_leaf").value == "2.5"
    open_view(new, "gradient", lang)
    assert new.slider(key="why_lr").value == 2.0
    open_view(new, "attention", lang)
    assert (new.slider(key="why_scale").value, new.text_input(key="why_query").value) == (3.0, "0, 1")
    assert {k: param(new, k) for k in link} == link
