"""The temperature page (/playground) in AppTest, both languages: bars, T, presets, predict, input, URL."""

import numpy as np
import pytest

from app_pages.playground.table import EDITOR, GRID
from core.i18n import t
from core.logits_table import MAX_ROWS
from core.presets import CUSTOM, PRESETS, QUESTIONS
from core.softmax import entropy_bits, softmax
from tests.apptest import all_text, figure, open_link, open_page, open_tab

LANGS = ["en", "zh"]


def edit(at, edited_rows=None, added_rows=None, deleted_rows=None):
    """Simulate grid edits as the browser sends them (data_editor has no set_value in AppTest)."""
    at.session_state[EDITOR] = {
        "edited_rows": edited_rows or {},
        "added_rows": added_rows or [],
        "deleted_rows": deleted_rows or [],
    }
    return at.run()


def probs(at) -> list[float]:
    """The bars' heights as drawn (the figure's data, not a recomputation)."""
    return figure(at, "playground_probs")["data"][0]["y"]


def bar_text(at) -> list[str]:
    return figure(at, "playground_probs")["data"][1]["text"]  # the labels over the bars


def reference(at) -> list[float]:
    """The dashed T = 1 outlines: one rectangle per option, its top at p(T = 1)."""
    return [shape["y1"] for shape in figure(at, "playground_probs")["layout"]["shapes"]]


def set_temperature(at, value: float):
    at.select_slider(key="playground_temperature").set_value(value).run()
    no_exception(at)
    return at


def open_deeper(at, lang: str | None = None, view: str | None = None):
    """Open the "go deeper" expander (lazy: closed, it draws nothing), and one of its tabs."""
    at.session_state["playground_deeper"] = True
    at.run()
    if view is not None:
        open_tab(at, "playground_view", t(f"playground.{view}.title", lang))
    no_exception(at)
    return at


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


def shown_charts(at) -> list[str]:
    return [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", LANGS)
def test_article_preset_shows_659_242_099_as_bars_with_the_t1_outline_and_a_short_first_screen(lang):
    at = open_page("playground", lang)
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)
    assert bar_text(at) == ["★ 65.9%", "24.2%", "9.9%"]
    np.testing.assert_allclose(reference(at), probs(at))
    assert at.title[0].value == t("nav.playground", lang)
    assert shown_charts(at) == ["playground_probs"]  # the deeper views stay closed and cost nothing
    text = all_text(at)
    assert "Σp" not in text and "bits" not in text and "比特" not in text  # no entropy, no 15-digit sum
    assert not at.warning and not at.error and not at.metric
    open_deeper(at)
    steps = frame_with(at, t("playground.steps.p_stable", lang))
    assert steps[t("playground.steps.p_stable", lang)].tolist()[:3] == ["0.659001", "0.242433", "0.0985659"]
    assert t("playground.steps.promises.ok", lang) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_moving_the_temperature_redraws_the_bars_as_core_softmax_at_that_t(lang):
    at = open_page("playground", lang)
    z = [2.0, 1.0, 0.1]
    for temperature in (0.5, 0.05, 2.0, 10.0):
        set_temperature(at, temperature)
        np.testing.assert_allclose(probs(at), softmax(z, temperature), rtol=0, atol=1e-12)
        np.testing.assert_allclose(reference(at), softmax(z, 1.0), rtol=0, atol=1e-12)  # T = 1 stays behind
        fig = figure(at, "playground_probs")
        assert fig["data"][0]["name"] == t("playground.chart.current", lang, t=f"{temperature:g}")
    hot = softmax(z, 10.0)
    assert bar_text(at) == [f"★ {hot[0]:.1%}", f"{hot[1]:.1%}", f"{hot[2]:.1%}"]
    set_temperature(at, 0.05)  # 2 × 10⁻⁹ and 3 × 10⁻¹⁷: not "0.0%" under "100.0%", as the page says
    assert bar_text(at) == ["★ >99.9%", "<0.1%", "<0.1%"]
    set_temperature(at, 0.0)  # the top takes all
    assert bar_text(at) == ["★ 100.0%", "0.0%", "0.0%"]
    set_temperature(at, 10.0)
    open_deeper(at, lang, "sweep")
    sweep = figure(at, "playground_sweep")
    markers = [d for d in sweep["data"] if "markers" in d.get("mode", "")]
    assert markers[0]["x"] == [10.0]
    entropy = t(
        "playground.sweep.entropy", lang, t="10", h=f"{entropy_bits(softmax(z, 10.0)):.3f}", max="1.585"
    )
    assert entropy in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_step_table_at_a_cold_t_writes_no_e_notation_and_no_p_of_1_beside_the_promise(lang):
    """At T = 0.05, e^40 is 2.35 × 10¹⁷ and A's p is 0.99999999794: “2.35385e+17” was unreadable for a
    middle-school reader, and “1” stood beside “every p is between 0 and 1”."""
    at = open_page("playground", lang)
    set_temperature(at, 0.05)
    open_deeper(at)
    steps = frame_with(at, t("playground.steps.p_stable", lang))
    direct = steps[t("playground.steps.p_naive", lang)].tolist()
    assert direct[0] == "0.99999999794" and direct[1] == "2.06115 × 10⁻⁹"
    assert steps[t("playground.steps.col.exp", lang)].tolist()[0] == "2.35385 × 10¹⁷"
    assert steps[t("playground.steps.col.shifted", lang)].tolist()[1:3] == ["−20", "−38"]
    assert direct[-1] == "1"  # the Σ row: a sum that misses 1 only by the computer's rounding
    assert not any("e+" in c or "e-" in c or "-" in c for col in steps.columns for c in steps[col])
    assert t("playground.steps.promises.ok", lang) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_temperature_zero_is_greedy_and_calm(lang):
    at = open_page("playground", lang)
    set_temperature(at, 0.0)
    assert probs(at) == [1.0, 0.0, 0.0]
    assert t("playground.chart.greedy", lang) in all_text(at)
    assert not at.warning and not at.error and "⚠" not in all_text(at)
    open_deeper(at)
    assert t("playground.steps.greedy", lang) in [i.value for i in at.info]
    assert not at.warning and not at.error


@pytest.mark.parametrize("lang", LANGS)
def test_restaurants_4_9_and_4_7_at_t_005_give_the_982_and_18_of_5_and_1_at_t_1(lang):
    at = open_page("playground", lang)
    preset_box(at, lang).set_value("rest_clear").run()
    assert typed(at) == [[t("playground.tok.rest_a", lang), "5"], [t("playground.tok.rest_b", lang), "1"]]
    clear = probs(at)
    assert bar_text(at) == ["★ 98.2%", "1.8%"]
    preset_box(at, lang).set_value("rest_close").run()
    assert bar_text(at) == ["★ 55.0%", "45.0%"]
    set_temperature(at, 0.05)
    assert bar_text(at) == ["★ 98.2%", "1.8%"]
    np.testing.assert_allclose(probs(at), clear, rtol=0, atol=1e-12)  # exactly the same distribution
    preset_box(at, lang).set_value("article").run()
    assert at.select_slider(key="playground_temperature").value == 1.0  # a preset starts at its own T
    preset_box(at, lang).set_value("rest_cold").run()  # the third restaurant example sets T = 0.05 itself
    assert at.select_slider(key="playground_temperature").value == 0.05
    assert bar_text(at) == ["★ 98.2%", "1.8%"]
    assert t("playground.preset.rest_cold.note", lang) in all_text(at)
    preset_box(at, lang).set_value("humpty").run()  # its note says "at T = 1 you see 50%, 45%, 5%"
    assert at.select_slider(key="playground_temperature").value == 1.0
    assert bar_text(at)[:2] == ["★ 50.0%", "45.0%"]


def predict_answer_text(lang: str, z, temperature: float, direction: str) -> str:
    return t(f"playground.predict.result.{direction}", lang, after=f"{softmax(z, temperature)[0]:.1%}",
             t=f"{temperature:g}")  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_predict_then_reveal_shows_the_computed_answer_only_after_reveal(lang):
    at = open_page("playground", lang)
    question = t("playground.predict.q", lang, t="0.5", option="A", before="65.9%", start="1")
    assert question in all_text(at)
    expected = predict_answer_text(lang, [2, 1, 0.1], 0.5, "more")
    assert f"{softmax([2, 1, 0.1], 0.5)[0]:.1%}" not in all_text(at)  # 86.4% is not given away
    assert not at.info
    at.radio(key="playground_guess_t_half").set_value("less").run()
    at.button(key="playground_reveal").click().run()
    (shown,) = [i.value for i in at.info]
    assert expected in shown and "86.4%" in shown
    assert t("playground.predict.wrong", lang) in shown
    at.radio(key="playground_guess_t_half").set_value("more").run()
    assert t("playground.predict.right", lang) in at.info[0].value
    done = t("playground.predict.done", lang, t="0.5", option="A", after="86.4%")  # as the bar says it
    assert done not in [c.value for c in at.caption]
    at.button(key="playground_try").click().run()  # "set the slider to T = 0.5"
    assert at.select_slider(key="playground_temperature").value == 0.5
    # said under the button, in view where it was pressed (on a phone the bars are a screen above)
    assert done in [c.value for c in at.caption]
    assert "playground_try" not in [b.key for b in at.button]  # its work is done: the caption instead
    np.testing.assert_allclose(probs(at), softmax([2, 1, 0.1], 0.5))
    preset_box(at, lang).set_value("rest_close").run()  # a new question: its answer hidden again
    assert not at.info
    at.button(key="playground_reveal").click().run()
    shown = at.info[0].value
    assert predict_answer_text(lang, [4.9, 4.7], 0.05, "more") in shown and "98.2%" in shown


@pytest.mark.parametrize("lang", LANGS)
def test_text_in_a_logit_cell_shows_a_row_message_and_keeps_the_table(lang):
    at = open_page("playground", lang)
    edit(at, {2: {"logit": "abc"}})
    no_exception(at)
    message = t("input.not_number", lang, where=t("input.where.row", lang, row=3), value="abc")
    assert any(message in e.value for e in at.error)
    assert typed(at)[2] == ["C", "abc"]  # kept as typed
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)  # last valid state
    # Said beside the bars too, in red (first: the left column), since the grid's message can be off-screen
    assert at.error[0].value == t("playground.last_valid", lang)
    edit(at, {2: {"logit": "3"}})  # fixing it clears the message
    assert not at.error
    np.testing.assert_allclose(probs(at), np.exp([2, 1, 3]) / np.exp([2, 1, 3]).sum())


BAD_EDITS = {
    "nan": ({2: {"logit": "nan"}}, None, None, "playground.err.not_finite", {"row": 3, "value": "nan"}),
    "inf": ({2: {"logit": "inf"}}, None, None, "playground.err.not_finite", {"row": 3, "value": "inf"}),
    "huge": ({2: {"logit": "1e999"}}, None, None, "input.out_of_range",
             {"row": 3, "value": "1e999", "low": "-1.79769e+308", "high": "1.79769e+308"}),
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
    values = dict(values)
    if "row" in values:
        values["where"] = t("input.where.row", lang, row=values.pop("row"))
    assert any(t(key, lang, **values) in e.value for e in at.error), [e.value for e in at.error]
    # the last valid table is still drawn: the bars and the deeper view's table
    assert shown_charts(at) == ["playground_probs"]
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)
    open_deeper(at)
    assert frame_with(at, "z / T").shape[0] == 4
    at.select_slider(key="playground_temperature").set_value(2.0).run()  # the page stays usable
    no_exception(at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_half_typed_row_is_left_out_with_a_calm_note_not_an_error(lang):
    at = open_page("playground", lang)
    edit(at, {3: {"token": "D"}})  # a name typed into the blank last row, its score not yet
    no_exception(at)
    assert not at.error
    where = t("input.where.row", lang, row=4)
    note = t("playground.pending.title", lang) + "\n- " + t("playground.pending.no_score", lang, where=where)
    assert [i.value for i in at.info if t("playground.pending.title", lang) in i.value] == [note]
    np.testing.assert_allclose(probs(at), [0.659, 0.242, 0.099], atol=5e-4)  # A, B, C: D left out
    edit(at, {1: {"logit": ""}})  # B's score deleted: B leaves the chart too, still no error
    assert not at.error and len(probs(at)) == 2
    np.testing.assert_allclose(probs(at), softmax([2.0, 0.1]), atol=1e-12)


@pytest.mark.parametrize("lang", LANGS)
def test_one_row_gives_probability_one_with_a_note(lang):
    at = open_page("playground", lang)
    edit(at, deleted_rows=[1, 2])
    no_exception(at)
    assert probs(at) == [1.0]
    assert t("playground.warn.one_row", lang) in [i.value for i in at.info]  # a calm note, not a warning
    assert not at.warning


@pytest.mark.parametrize("lang", LANGS)
def test_html_and_markdown_in_labels_stay_plain_text(lang):
    at = open_page("playground", lang)
    edit(at, {0: {"token": "<b>x</b>"}, 1: {"token": "**y** $z$"}, 2: {"token": "**y** $z$"}})
    no_exception(at)
    (message,) = [e.value for e in at.error if e.value != t("playground.last_valid", lang)]
    assert r"\*\*y\*\* \$z\$" in message  # escaped for markdown: shown literally
    edit(at, {0: {"token": "<b>x</b>"}, 1: {"token": "**y**"}})
    fig = figure(at, "playground_probs")
    assert fig["data"][0]["x"][:2] == ["&lt;b&gt;x&lt;/b&gt;", "**y**"]
    assert fig["layout"]["shapes"][0]["x0"] == "&lt;b&gt;x&lt;/b&gt;"
    # the question names the top option in markdown: escaped, shown as typed
    assert r"“\<b\>x\<\/b\>”" in all_text(at) or r"“\<b\>x\<\/b\>”" in all_text(at).replace(" ", "")
    edit(at, {0: {"token": "<b>x</b>", "logit": "-5"}, 1: {"token": "**y** $x$"}})
    assert r"\*\*y\*\* \$x\$" in all_text(at)
    assert "<b>" not in all_text(at)


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
    assert at.query_params["preset"] in ("huge", ["huge"])
    open_deeper(at)
    assert t("playground.steps.overflow", lang) in [i.value for i in at.info]  # a teaching point
    assert not at.warning
    preset_box(at, lang).set_value("leaf").run()
    assert typed(at) == [[t("playground.tok.leaf", lang), "5"], [t("playground.tok.flower", lang), "1"]]
    open_tab(at, "playground_view", t("playground.why.title", lang))
    why = frame_with(at, t("playground.why.col.values", lang))
    assert why[t("playground.why.col.values", lang)].tolist()[:2] == [
        "0.982, 0.018",  # the article's softmax of (5, 1)
        "0.833, 0.167",  # and its division by the sum, 5/6 and 1/6
    ]


def test_choosing_the_edited_example_again_gives_a_new_grid_that_starts_from_the_example():
    """The browser's grid keeps its edits while it is given the same table under the same key, and
    sends them again with the next edit: choosing the example again must give a grid anew."""
    at = open_page("playground", "en")
    edit(at, {2: {"logit": "3"}})
    assert typed(at)[2] == ["C", "3"]
    preset_box(at, "en").set_value("article").run()
    assert typed(at) == [["A", "2"], ["B", "1"], ["C", "0.1"]]
    key = grid_key_of(at)
    assert key != EDITOR  # a new grid
    at.session_state[key] = {"edited_rows": {1: {"logit": "5"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert typed(at) == [["A", "2"], ["B", "5"], ["C", "0.1"]]


def grid_key_of(at) -> str:
    """``table.grid_key`` as the test sees it: the key with the number of times the grid was made anew."""
    number = at.session_state[GRID] if GRID in at.session_state else 0
    return EDITOR if number == 0 else f"{EDITOR}_{number}"


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
def test_a_link_whose_table_is_an_example_opens_on_that_example_not_on_your_own_table(lang):
    # A table typed or pasted into a link that happens to be the article's 2, 1, 0.1 is the article's
    # example: its name, its note and its question, and the link written as ?preset= from then on.
    at = open_page("playground", lang, tok=["A", "B", "C"], z=["2", "1", "0.1"])
    assert preset_box(at, lang).value == "article"
    assert "tok" not in at.query_params and "preset" not in at.query_params  # the default preset
    leaf = PRESETS["leaf"].labels_in(lang)
    at = open_page("playground", lang, tok=leaf, z=["5", "1"])
    assert preset_box(at, lang).value == "leaf"
    assert at.query_params["preset"] == "leaf"
    # The restaurants' two tables are the same cells: the link's T tells them apart.
    restaurants = PRESETS["rest_close"].labels_in(lang)
    at = open_page("playground", lang, tok=restaurants, z=["4.9", "4.7"])
    assert preset_box(at, lang).value == "rest_close"
    at = open_page("playground", lang, tok=restaurants, z=["4.9", "4.7"], playground_temperature="0.05")
    assert preset_box(at, lang).value == "rest_cold"
    assert at.select_slider(key="playground_temperature").value == 0.05
    # One cell apart is the learner's own table.
    at = open_page("playground", lang, tok=["A", "B", "C"], z=["2", "1", "0.2"])
    assert preset_box(at, lang).value == CUSTOM


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
    open_deeper(at)
    assert t("playground.steps.overflow", lang) in [i.value for i in at.info]
    text = all_text(at)
    assert t("playground.steps.promises.zeros", lang) in text  # 1e308 apart: the small ones round to 0
    assert t("playground.steps.promises.ties", lang) not in text  # B and C are both 0: not "too close"
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
    open_deeper(at)
    assert t("playground.steps.promises.ok", lang) in all_text(at)
    open_tab(at, "playground_view", t("playground.why.title", lang))
    assert t("playground.why.masked", lang) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_open_view_is_drawn_and_it_stays_open_across_language_and_page_switches(lang):
    at = open_page("playground", lang)
    assert shown_charts(at) == ["playground_probs"]  # the deeper section is closed
    with pytest.raises(KeyError):
        frame_with(at, "z / T")
    open_deeper(at)
    assert frame_with(at, "z / T").shape[0] == 4  # steps, the first view
    assert "playground_view" not in at.query_params  # the first view is the default: not in the link
    open_tab(at, "playground_view", t("playground.sweep.title", lang))
    assert shown_charts(at) == ["playground_probs", "playground_sweep"]
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
    assert "playground_sweep" in shown_charts(at)  # back on the page: the same section and view open


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("view", ["steps", "sweep", "why"])
def test_an_old_playground_view_link_opens_that_view(view, lang):
    at = open_link("playground", lang, playground_view=view)
    assert at.session_state["playground_deeper"] is True  # the section opens by itself
    assert at.session_state["playground_view"] == t(f"playground.{view}.title", lang)
    drawn = {"steps": lambda: frame_with(at, "z / T").shape[0] == 4,
             "sweep": lambda: "playground_sweep" in shown_charts(at),
             "why": lambda: "playground_why" in shown_charts(at)}  # fmt: skip
    assert drawn[view]()
    assert t("url.bad_view", lang) not in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_view_in_the_link_says_so_and_opens_the_steps(lang):
    at = open_page("playground", lang, playground_view="<script>alert(1)</script>")
    assert t("url.bad_view", lang) in all_text(at)
    assert frame_with(at, "z / T").shape[0] == 4  # steps of the default preset: 3 options and Σ
    assert "playground_view" not in at.query_params
    open_tab(at, "playground_view", t("playground.sweep.title", lang))
    assert t("url.bad_view", lang) not in all_text(at)


def test_every_question_and_preset_has_its_texts_in_both_languages():
    for question in QUESTIONS.values():
        for lang in LANGS:
            assert t(f"playground.predict.{question.key}", lang)
    assert set(QUESTIONS) == {*PRESETS, CUSTOM}


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


def test_the_why_exp_table_writes_every_share_to_three_decimals():
    at = open_page("playground", "en", playground_view="why")
    frames = [df for df in at.dataframe if t("playground.why.col.values", "en") in df.value.columns]
    cells = list(frames[0].value[t("playground.why.col.values", "en")])
    assert cells[0] == "0.659, 0.242, 0.099"  # softmax of the article's 2, 1, 0.1, as written everywhere
    assert all(len(v.split(".")[-1]) == 3 for cell in cells for v in cell.split(", ") if "." in v)


ROUNDINGS = [  # scores, T, the check line's sentence that says why, the one it must not say
    # 1e-300, 2e-300, 0 at T = 0.05: three equal p; the line said the gaps were so large that the
    # smallest rounded to 0, where nothing is 0 and the gaps are tiny
    (["1e-300", "2e-300", "0"], 0.05, "ties", "zeros"),
    (["40", "0"], 1.0, "ones", "zeros"),  # 1 and 4.2 × 10⁻¹⁸: the top rounded to 1, nothing to 0
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("z", "temperature", "said", "not_said"), ROUNDINGS)
def test_the_check_line_says_which_way_the_float_rounded(lang, z, temperature, said, not_said):
    at = open_page("playground", lang, tok=["A", "B", "C"][: len(z)], z=z)
    set_temperature(at, temperature)
    text = all_text(open_deeper(at))
    assert t(f"playground.steps.promises.{said}", lang) in text
    assert t(f"playground.steps.promises.{not_said}", lang) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_scores_so_low_that_every_term_is_0_are_explained_as_an_underflow(lang):
    """−1000, −1001, −∞: e^z is 0 for all, Σ = 0 and 0 ÷ 0 is NaN: not "too big for the computer"."""
    at = open_page("playground", lang, tok=["A", "B", "C"], z=["-1000", "-1001", "-inf"])
    open_deeper(at)
    notes = [i.value for i in at.info]
    assert (
        t("playground.steps.underflow", lang) in notes and t("playground.steps.overflow", lang) not in notes
    )
    assert t("playground.steps.masked", lang) in all_text(at)  # C's p = 0 beside "every p is between 0 and 1"
    article = open_deeper(open_page("playground", lang))
    assert t("playground.steps.masked", lang) not in all_text(article)


@pytest.mark.parametrize("lang", LANGS)
def test_the_sweep_says_a_minus_infinity_option_stays_at_0_and_writes_a_tiny_entropy_out(lang):
    """5, −5, 0, −∞ at T = 0.1: D never comes close to 1/4, and the entropy (≈ 10⁻²⁰ bits) read 0.000."""
    from core.number_text import shown
    from core.softmax import entropy_bits_of_scores

    z = ["5", "-5", "0", "-inf"]
    at = open_page("playground", lang, tok=["A", "B", "C", "D"], z=z)
    at.select_slider(key="playground_temperature").set_value(0.1).run()
    text = all_text(open_deeper(at, lang, "sweep"))
    assert t("playground.sweep.masked", lang, n=3) in text
    h = entropy_bits_of_scores(np.array(z, dtype=float), 0.1)  # 1.42 × 10⁻²⁰, the top's share kept
    assert shown(h) == "1.42 × 10⁻²⁰" and shown(h) in text
    article = all_text(open_deeper(open_page("playground", lang), lang, "sweep"))
    assert t("playground.sweep.masked", lang, n=3)[:12] not in article
    alone = open_page("playground", lang, tok=["A", "B"], z=["1", "-inf"])  # not "the other 1"
    assert t("playground.sweep.masked.one", lang) in all_text(open_deeper(alone, lang, "sweep"))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("z", "note"), [(["-745", "-746"], "underflow"), (["709.7", "709.7"], "overflow")])
def test_a_direct_route_that_is_wrong_without_a_nan_is_explained(lang, z, note):
    """−745, −746: the direct route gives 1 and 0 (not 0.731, 0.269); 709.7 twice: each e^x fits but
    the sum is infinity, so both give 0. The page said "both ways give the same p"."""
    at = open_deeper(open_page("playground", lang, tok=["A", "B"], z=z))
    assert t(f"playground.steps.{note}", lang) in [i.value for i in at.info]
    assert t("playground.steps.same", lang) not in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_the_float_rounds_to_0_is_still_labelled_below_0_1_percent(lang):
    """40 and 0 at T = 0.05: e^−800 is 0 to a float, not to softmax, which never gives a finite score 0."""
    at = open_page("playground", lang, tok=["A", "B", "C"], z=["40", "0", "-inf"])
    set_temperature(at, 0.05)
    assert probs(at)[1] == 0.0 and bar_text(at) == ["★ >99.9%", "<0.1%", "0.0%"]  # C's −∞: truly 0
