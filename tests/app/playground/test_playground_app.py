"""The Softmax Playground page in AppTest, in both languages: numbers shown, temperature, bad input, URL."""

import numpy as np
import pytest

from core.i18n import t
from core.logits_table import MAX_ROWS
from tests.apptest import all_text, figure, open_page, open_tab

LANGS = ["en", "zh"]
EDITOR = "playground_editor"


def edit(at, edited_rows=None, added_rows=None, deleted_rows=None):
    """Simulate grid edits as the browser sends them (data_editor has no set_value in AppTest)."""
    at.session_state[EDITOR] = {
        "edited_rows": edited_rows or {},
        "added_rows": added_rows or [],
        "deleted_rows": deleted_rows or [],
    }
    return at.run()


def probs(at) -> list[float]:
    return figure(at, "playground_probs")["data"][-1]["y"]


def typed(at) -> list[list[str]]:
    """The table as typed, without blank rows (the grid always ends with one to type into)."""
    rows = at.session_state["playground_edited"].fillna("").values.tolist()
    return [row for row in rows if row != ["", ""]]


def preset_box(at, lang):
    return at.selectbox(key=f"playground_preset_{lang}")


def frame_with(at, column: str):
    """The shown dataframe that has ``column`` (st.dataframe keys are not exposed by AppTest)."""
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise KeyError(column)


def no_exception(at):
    assert not at.exception, [e.message for e in at.exception]


@pytest.mark.parametrize("lang", LANGS)
def test_article_preset_shows_659_242_099_in_chart_and_text(lang):
    at = open_page("playground", lang)
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)
    bar_text = figure(at, "playground_probs")["data"][-1]["text"]
    assert bar_text == ["★ 65.9%", "24.2%", "9.9%"]
    assert at.metric[1].value == "65.9%" and at.metric[0].value == "A"
    assert "65.9" in all_text(at) and "24.2" in all_text(at) and "9.9" in all_text(at)
    steps = frame_with(at, t("playground.steps.p_stable", lang))
    assert steps[t("playground.steps.p_stable", lang)].tolist()[:3] == ["0.659001", "0.242433", "0.0985659"]
    assert at.title[0].value == t("nav.playground", lang)
    assert t("playground.prop.order.ok", lang) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_moving_the_temperature_changes_the_chart_data(lang):
    at = open_page("playground", lang)
    at.select_slider(key="playground_temperature").set_value(0.5).run()
    no_exception(at)
    np.testing.assert_allclose(probs(at), [0.86377712, 0.11689952, 0.01932336], atol=1e-8)
    reference = figure(at, "playground_probs")["data"][0]
    np.testing.assert_allclose(reference["y"], [0.659, 0.242, 0.099], atol=5e-4)  # T = 1 behind
    open_tab(at, "playground_view", t("playground.sweep.title", lang))
    sweep = figure(at, "playground_sweep")
    markers = [d for d in sweep["data"] if d.get("mode") == "markers"]
    assert markers[0]["x"] == [0.5]
    assert at.metric[1].value == "86.4%"


@pytest.mark.parametrize("lang", LANGS)
def test_temperature_zero_is_greedy(lang):
    at = open_page("playground", lang)
    at.select_slider(key="playground_temperature").set_value(0.0).run()
    no_exception(at)
    assert probs(at) == [1.0, 0.0, 0.0]
    assert t("playground.steps.greedy", lang) in [i.value for i in at.info]
    assert t("playground.prop.range.rounded", lang) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_text_in_a_logit_cell_shows_a_row_message_and_keeps_the_table(lang):
    at = open_page("playground", lang)
    edit(at, {2: {"logit": "abc"}})
    no_exception(at)
    message = t("playground.err.not_a_number", lang, row=3, value="abc")
    assert any(message in e.value for e in at.error)
    assert typed(at)[2] == ["C", "abc"]  # kept as typed
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)  # last valid state
    assert t("playground.last_valid", lang) in all_text(at)
    edit(at, {2: {"logit": "3"}})  # fixing it clears the message
    assert not at.error
    np.testing.assert_allclose(probs(at), np.exp([2, 1, 3]) / np.exp([2, 1, 3]).sum())


BAD_EDITS = {
    "nan": ({2: {"logit": "nan"}}, None, None, "playground.err.nan", {"row": 3}),
    "inf": ({2: {"logit": "inf"}}, None, None, "playground.err.pos_inf", {"row": 3}),
    "huge": ({2: {"logit": "1e999"}}, None, None, "playground.err.too_large", {"row": 3, "value": "1e999"}),
    "empty-cell": ({1: {"logit": ""}}, None, None, "playground.err.no_logit", {"row": 2}),
    "duplicate": ({2: {"token": "A"}}, None, None, "playground.err.duplicate",
                  {"row": 3, "value": "A", "other": 1}),
    "empty-table": (None, None, [0, 1, 2], "playground.err.empty", {}),
    "all-masked": ({0: {"logit": "-inf"}, 1: {"logit": "-inf"}, 2: {"logit": "-inf"}}, None, None,
                   "playground.err.all_masked", {}),
    # More than MAX_ROWS rows can no longer reach the page through the editor: ui/table_guard.py drops
    # the extra rows with a notice (tests/app/test_guards_app.py); a link's table is still checked here.
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", list(BAD_EDITS))
def test_bad_input_shows_a_translated_message_and_no_exception(case, lang):
    edited, added, deleted, key, values = BAD_EDITS[case]
    at = open_page("playground", lang)
    edit(at, edited, added, deleted)
    no_exception(at)
    assert any(t(key, lang, **values) in e.value for e in at.error), [e.value for e in at.error]
    # the last valid table is still drawn: both charts and the open view's table
    assert [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")] == [
        "playground_logits",
        "playground_probs",
    ]
    assert frame_with(at, "z / T").shape[0] > 1
    at.select_slider(key="playground_temperature").set_value(2.0).run()  # the page stays usable
    no_exception(at)


@pytest.mark.parametrize("lang", LANGS)
def test_one_row_gives_probability_one_with_a_note(lang):
    at = open_page("playground", lang)
    edit(at, deleted_rows=[1, 2])
    no_exception(at)
    assert probs(at) == [1.0]
    assert t("playground.warn.one_row", lang) in [w.value for w in at.warning]


@pytest.mark.parametrize("lang", LANGS)
def test_html_and_markdown_in_labels_stay_plain_text(lang):
    at = open_page("playground", lang)
    edit(at, {0: {"token": "<b>x</b>"}, 1: {"token": "**y** $z$"}, 2: {"token": "**y** $z$"}})
    no_exception(at)
    (message,) = [e.value for e in at.error]
    assert r"\*\*y\*\* \$z\$" in message  # escaped for markdown: shown literally
    edit(at, {0: {"token": "<b>x</b>"}, 1: {"token": "**y**"}})
    assert figure(at, "playground_logits")["data"][0]["x"][:2] == ["&lt;b&gt;x&lt;/b&gt;", "**y**"]
    assert at.metric[0].value == r"\<b\>x\<\/b\>"  # the metric value is markdown: escaped
    edit(at, {0: {"token": "<b>x</b>", "logit": "-5"}, 1: {"token": "**y** $x$"}})
    assert at.metric[0].value == r"\*\*y\*\* \$x\$"


@pytest.mark.parametrize("lang", LANGS)
def test_edits_survive_reruns_language_switch_and_page_switch(lang):
    at = open_page("playground", lang)
    edit(at, {2: {"logit": "5", "token": "Z"}}, [{"token": "D", "logit": "-inf"}])
    assert preset_box(at, lang).value == "custom"
    at.select_slider(key="playground_temperature").set_value(2.0).run()
    other = "zh" if lang == "en" else "en"
    at.session_state["lang"] = other
    at.run()
    assert typed(at) == [["A", "2"], ["B", "1"], ["Z", "5"], ["D", "-inf"]]
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/playground/page.py").run()
    no_exception(at)
    assert typed(at) == [["A", "2"], ["B", "1"], ["Z", "5"], ["D", "-inf"]]
    assert probs(at)[3] == 0.0 and probs(at)[2] == pytest.approx(np.exp(2.5) / np.exp([1, 0.5, 2.5]).sum())


@pytest.mark.parametrize("lang", LANGS)
def test_choosing_a_preset_replaces_the_table(lang):
    at = open_page("playground", lang)
    edit(at, {0: {"logit": "7"}})
    preset_box(at, lang).set_value("huge").run()
    no_exception(at)
    assert typed(at) == [["A", "1000"], ["B", "999"], ["C", "998"]]
    np.testing.assert_allclose(probs(at), [0.66524096, 0.24472847, 0.09003057], atol=1e-8)
    assert t("playground.steps.overflow", lang) in [w.value for w in at.warning]
    assert at.query_params["preset"] in ("huge", ["huge"])
    preset_box(at, lang).set_value("leaf").run()
    assert typed(at) == [[t("playground.tok.leaf", lang), "5"], [t("playground.tok.flower", lang), "1"]]
    open_tab(at, "playground_view", t("playground.why.title", lang))
    why = frame_with(at, t("playground.why.col.values", lang))
    assert why[t("playground.why.col.values", lang)].tolist()[:2] == [
        "0.982, 0.01799",
        "0.8333, 0.1667",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_humpty_preset_gives_back_the_articles_50_45_5(lang):
    at = open_page("playground", lang)
    preset_box(at, lang).set_value("humpty").run()
    np.testing.assert_allclose(probs(at), [0.50, 0.45, 0.05], atol=5e-5)


@pytest.mark.parametrize("lang", LANGS)
def test_edited_table_goes_into_the_url_and_a_link_reopens_it(lang):
    at = open_page("playground", lang)
    edit(at, {0: {"token": "a, b"}, 2: {"logit": "-0.5"}})
    assert at.query_params["tok"] == ["a, b", "B", "C"]
    assert at.query_params["z"] == ["2", "1", "-0.5"]
    again = open_page("playground", lang, tok=["a, b", "B", "C"], z=["2", "1", "-0.5"])
    assert typed(again) == [["a, b", "2"], ["B", "1"], ["C", "-0.5"]]
    assert preset_box(again, lang).value == "custom"
    np.testing.assert_allclose(probs(again), np.exp([2, 1, -0.5]) / np.exp([2, 1, -0.5]).sum())
    assert not again.warning


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "query",
    [
        {"tok": ["A", "B"], "z": ["1", "abc"]},
        {"tok": ["A", "B"], "z": ["1"]},
        {"tok": ["A", "A"], "z": ["1", "2"]},
        {"tok": [f"t{i}" for i in range(MAX_ROWS + 1)], "z": ["1"] * (MAX_ROWS + 1)},
        {"tok": ["<script>x</script>", "B"], "z": ["nan", "inf"]},
    ],
    ids=["text", "mismatch", "duplicate", "oversized", "script"],
)
def test_a_bad_table_in_the_link_shows_a_notice_and_the_default_preset(query, lang):
    at = open_page("playground", lang, **query)
    no_exception(at)
    assert t("playground.url.bad", lang) in [w.value for w in at.warning]
    assert typed(at) == [["A", "2"], ["B", "1"], ["C", "0.1"]]
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)


@pytest.mark.parametrize("lang", LANGS)
def test_preset_in_the_link_opens_that_preset_and_an_unknown_one_the_default(lang):
    at = open_page("playground", lang, preset="rest_close")
    assert preset_box(at, lang).value == "rest_close"
    np.testing.assert_allclose(probs(at), [np.exp(0.2) / (np.exp(0.2) + 1), 1 / (np.exp(0.2) + 1)])
    at = open_page("playground", lang, preset="<nope>")
    assert preset_box(at, lang).value == "article"


@pytest.mark.parametrize("lang", LANGS)
def test_the_bad_link_notice_goes_away_once_the_table_is_edited(lang):
    at = open_page("playground", lang, tok=["A"], z=["x"])
    assert t("playground.url.bad", lang) in [w.value for w in at.warning]
    edit(at, {0: {"logit": "4"}})
    assert t("playground.url.bad", lang) not in [w.value for w in at.warning]


@pytest.mark.parametrize("lang", LANGS)
def test_logits_at_the_float64_limits_are_handled_and_the_naive_overflow_is_explained(lang):
    at = open_page("playground", lang, tok=["A", "B", "C"], z=["1e308", "-1e308", "0"])
    no_exception(at)
    assert probs(at) == [1.0, 0.0, 0.0]
    assert t("playground.steps.overflow", lang) in [w.value for w in at.warning]
    assert t("playground.prop.range.rounded", lang) in all_text(at)
    at.select_slider(key="playground_temperature").set_value(10.0).run()
    no_exception(at)
    assert probs(at) == [1.0, 0.0, 0.0]


@pytest.mark.parametrize("lang", LANGS)
def test_a_masked_token_gets_zero_and_is_left_out_of_why_exp(lang):
    at = open_page("playground", lang)
    edit(at, {1: {"logit": "-inf"}})
    no_exception(at)
    assert probs(at)[1] == 0.0
    np.testing.assert_allclose(probs(at), [np.exp(1.9) / (np.exp(1.9) + 1), 0, 1 / (np.exp(1.9) + 1)])
    assert t("playground.prop.range.ok", lang) in all_text(at)
    open_tab(at, "playground_view", t("playground.why.title", lang))
    assert t("playground.why.masked", lang) in all_text(at)


def shown_charts(at) -> list[str]:
    return [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_open_view_is_drawn_and_it_stays_open_across_language_and_page_switches(lang):
    at = open_page("playground", lang)
    assert shown_charts(at) == ["playground_logits", "playground_probs"]  # steps: a table, no chart
    assert "playground_view" not in at.query_params  # the first view is the default: not in the link
    open_tab(at, "playground_view", t("playground.sweep.title", lang))
    assert shown_charts(at) == ["playground_logits", "playground_probs", "playground_sweep"]
    with pytest.raises(KeyError):
        frame_with(at, "z / T")  # the closed steps view costs nothing
    assert at.query_params["playground_view"] in ("sweep", ["sweep"])
    other = "zh" if lang == "en" else "en"
    at.session_state["lang"] = other
    at.run()
    assert at.session_state["playground_view"] == t("playground.sweep.title", other)
    assert "playground_sweep" in shown_charts(at)
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/playground/page.py").run()
    assert "playground_sweep" in shown_charts(at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_opens_its_view_and_an_unknown_view_says_so(lang):
    at = open_page("playground", lang, playground_view="why")
    assert "playground_why" in shown_charts(at)
    assert t("url.bad_view", lang) not in all_text(at)
    at = open_page("playground", lang, playground_view="<script>alert(1)</script>")
    assert t("url.bad_view", lang) in all_text(at)
    assert frame_with(at, "z / T").shape[0] == 4  # steps of the default preset: 3 tokens and Σ
    assert "playground_view" not in at.query_params
    open_tab(at, "playground_view", t("playground.sweep.title", lang))
    assert t("url.bad_view", lang) not in all_text(at)


def test_the_grid_ends_with_a_blank_row_and_gets_a_new_one_once_it_is_filled():
    at = open_page("playground", "en")
    base = at.session_state["playground_base"].fillna("").values.tolist()
    assert base == [["A", "2"], ["B", "1"], ["C", "0.1"], ["", ""]]  # a real row to type into
    edit(at, {3: {"token": "D"}})  # half filled: the same grid, so the score cell can follow
    assert at.session_state["playground_base"].fillna("").values.tolist() == base
    edit(at, {3: {"token": "D", "logit": "5"}})
    no_exception(at)
    rows = at.session_state["playground_base"].fillna("").values.tolist()
    assert rows == [["A", "2"], ["B", "1"], ["C", "0.1"], ["D", "5"], ["", ""]]
