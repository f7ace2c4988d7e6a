"""The "Why softmax?" page in AppTest, both languages: the paradox, gradient steps, attention, bad input."""

import pytest
from streamlit.testing.v1 import AppTest

from core.i18n import t
from tests.apptest import APP, all_text, figure, figures, open_page

LANGS = ["en", "zh"]
EDIT = {"added_rows": [], "deleted_rows": []}


def metric(at, key: str, lang: str) -> str:
    """The value of the metric whose label is the catalog text ``key``."""
    label = t(key, lang)
    found = [m.value for m in at.metric if m.label == label]
    assert found, f"no metric {label!r}"
    return found[0]


def choose_preset(at, name: str, lang: str):
    return at.radio(key="why_preset").set_value(name).run()


def open_link(lang: str, **query: str) -> AppTest:
    """Open the why page straight from a link (``/why?...``), as a new session would.

    ``open_page`` starts on home and switches page, which drops plain query parameters, so the
    page is chosen before the first run here; the language is seeded the way the sidebar keeps it.
    """
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in query.items():
        at.query_params[key] = value
    at.session_state["lang"] = lang
    at.switch_page("app_pages/why.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def boxes(at) -> list[str]:
    return [w.key for w in at.text_input if w.key in ("why_leaf", "why_flower")]


def losses_shown(at, lang: str) -> tuple[float, float]:
    return float(metric(at, "why.m.squared", lang)), float(metric(at, "why.m.cross", lang))


def weights(at) -> list[float]:
    return figure(at, "why_weights")["data"][0]["y"]


@pytest.mark.parametrize("lang", LANGS)
def test_page_draws_three_sections_with_formulas_and_charts_in_the_language(lang):
    at = open_page("why", lang)
    assert at.title[0].value == t("nav.why", lang)
    assert [h.value for h in at.header] == [t(f"why.s{i}.title", lang) for i in (1, 2, 3)]
    assert len(at.latex) == 3
    keys = [f["layout"]["title"]["text"] for f in figures(at)]
    assert t("why.c.loss.title", lang) in keys and t("why.c.w.title", lang) in keys
    assert len(figures(at)) == 8
    assert not at.error


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
    at = choose_preset(open_page("why", lang), "wrong", lang)
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
    at = choose_preset(open_page("why", lang), "wrong", lang)
    grad = figure(at, "why_gradient")["data"][2]
    assert grad["text"] == ["-0.731", "+0.731"]


@pytest.mark.parametrize("lang", LANGS)
def test_learning_rate_zero_disables_step_with_a_message(lang):
    at = open_page("why", lang)
    at.slider(key="why_lr").set_value(0.0).run()
    assert at.button(key="why_step").disabled
    assert t("why.s2.lr_zero", lang) in [w.value for w in at.warning]
    at.slider(key="why_lr").set_value(10.0).run()
    assert t("why.s2.lr_big", lang) in [i.value for i in at.info]
    assert not at.button(key="why_step").disabled


@pytest.mark.parametrize("lang", LANGS)
def test_huge_learning_rate_in_the_url_is_ignored(lang):
    at = open_link(lang, why_lr="1e308")
    assert at.slider(key="why_lr").value == 1.0
    assert not at.exception


@pytest.mark.parametrize("lang", LANGS)
def test_changing_a_key_vector_changes_the_attention_weights(lang):
    at = open_page("why", lang)
    before = weights(at)
    assert sum(before) == pytest.approx(1.0, abs=2e-3)
    at.session_state["why_keys"] = {"edited_rows": {0: {"kx": -3.0}}, **EDIT}
    at.run()
    after = weights(at)
    assert after != before
    assert after[0] < before[0]


@pytest.mark.parametrize("lang", LANGS)
def test_larger_scale_sharpens_attention(lang):
    at = open_page("why", lang)
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
    assert t("why.s2.need_scores", lang) in [i.value for i in at.info]
    assert figure(at, "why_weights")  # attention still works


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("typed", ["", "1", "1, x", "nan, 0", "1e308, 1", "1, 2, 3"])
def test_bad_query_vector_is_explained_and_kept(lang, typed):
    at = open_page("why", lang)
    at.text_input(key="why_query").set_value(typed).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(t("why.s3.query", lang))
    assert at.text_input(key="why_query").value == typed
    assert float(metric(at, "why.m.squared", lang)) == 17.0  # section 1 unaffected


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
    at = open_page("why", lang)
    at.session_state["why_keys"] = edit
    at.run()
    assert not at.exception
    expected = t(f"why.error.{code}", lang, field=t("why.s3.table", lang), where="", **values)
    assert [e.value for e in at.error] == [expected]
    assert float(metric(at, "why.m.squared", lang)) == 17.0  # the other sections keep working


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
    assert at.slider(key="why_scale").value == 4.0


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_with_a_preset_opens_that_preset_whatever_the_boxes_say(lang):
    at = open_link(lang, why_preset="(0, 1)", why_leaf="7")
    assert at.radio(key="why_preset").value == "wrong"
    assert not boxes(at)
    assert float(metric(at, "why.m.squared", lang)) == 2.0


@pytest.mark.parametrize("lang", LANGS)
def test_an_added_key_row_joins_the_attention(lang):
    at = open_page("why", lang)
    row = {"kx": 2.0, "ky": 1.0, "v1": 0.5, "v2": 0.5}
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
    at.button(key="why_step").click().run()
    assert float(metric(at, "why.m.gd_loss", lang)) == pytest.approx(1998.0, abs=1e-3)  # margin −2000 + 2η
    assert not at.exception
