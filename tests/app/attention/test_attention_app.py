"""The attention page in AppTest, both languages: the scale λ moves the weights to core's values, the
query and the keys table change them, bad input is explained, the link keeps the settings."""

import numpy as np
import pytest

from app_pages.attention.inputs import DEFAULT_TABLE
from core import attention as att
from core.i18n import t
from tests import apptest
from tests.apptest import all_text, figure, open_page

LANGS = ["en", "zh"]
EDIT = {"added_rows": [], "deleted_rows": []}
NEW_ROW = {"kx": 2.0, "ky": 1.0, "v1": 0.5, "v2": 0.5}
DEFAULT_ROWS = {int(i): list(row) for i, row in DEFAULT_TABLE.iterrows()}


def shown(at) -> tuple[list[str], list[float]]:
    bars = figure(at, "attention_weights")["data"][0]
    return bars["x"], bars["y"]


def expected(rows: dict[int, list[float]], scale: float = 1.0, query=(1.0, 0.5)) -> list[float]:
    table = np.array(list(rows.values()))
    return att.attention(list(query), table[:, :2], table[:, 2:], scale).weights.tolist()


@pytest.mark.parametrize("lang", LANGS)
def test_first_screen_has_the_scale_and_the_weights_in_the_reader_s_language(lang):
    at = open_page("attention", lang)
    assert at.title[0].value == t("nav.attention", lang)
    assert at.slider(key="attention_scale").label == t("attention.scale", lang)
    names, weights = shown(at)
    assert names == ["k1", "k2", "k3", "k4", "k5"]
    assert weights == pytest.approx(expected(DEFAULT_ROWS), abs=1e-12)
    assert t("attention.temperature", lang) in [i.value for i in at.info]
    assert all(i.icon == ":material/lightbulb:" for i in at.info)
    latex = " ".join(str(x.value) for x in at.latex)
    assert r"\lambda" in latex and "scale" not in latex  # no English word in the formula


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scale", [0.0, 0.5, 3.0, 10.0])
def test_the_scale_sets_the_weights_to_core_s_values(lang, scale):
    at = open_page("attention", lang)
    at.slider(key="attention_scale").set_value(scale).run()
    assert shown(at)[1] == pytest.approx(expected(DEFAULT_ROWS, scale), abs=1e-12)
    w = np.array(expected(DEFAULT_ROWS, scale))
    top = np.flatnonzero(w == w.max())
    metric = next(m.value for m in at.metric if m.label == t("attention.m.top", lang))
    if len(top) == 1:
        assert metric == f"k{top[0] + 1}: {w[top[0]]:.3f}"
    else:  # λ = 0: every key ties
        assert scale == 0 and metric == t("attention.m.top.tied", lang, n=len(top), w=f"{w.max():.3f}")
    assert figure(at, "attention_values")["data"][0]["text"] == [f"v{i}" for i in range(1, 6)]  # k1: v1


@pytest.mark.parametrize("lang", LANGS)
def test_scale_zero_shares_attention_evenly_and_says_so(lang):
    at = open_page("attention", lang)
    at.slider(key="attention_scale").set_value(0.0).run()
    assert shown(at)[1] == [0.2] * 5
    assert t("attention.equal", lang, n=5) in [i.value for i in at.info]
    metric = next(m.value for m in at.metric if m.label == t("attention.m.top", lang))
    assert metric == t("attention.m.top.tied", lang, n=5, w="0.200")  # no one key is "most attended"
    spread = next(m.value for m in at.metric if m.label == t("attention.m.entropy", lang))
    assert spread == "2.322"  # five keys weighing the same: the most there can be, log2 5, as said under it
    assert t("attention.m.entropy.range", lang, max="2.322") in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", LANGS)
def test_the_query_and_an_edited_key_change_the_weights(lang):
    at = open_page("attention", lang)
    at.text_input(key="attention_query").set_value("0, 1").run()
    assert shown(at)[1] == pytest.approx(expected(DEFAULT_ROWS, query=(0.0, 1.0)), abs=1e-12)
    at.session_state["attention_keys"] = {"edited_rows": {1: {"ky": -2.0}}, **EDIT}
    at.run()
    rows = dict(DEFAULT_ROWS) | {2: [0.0, -2.0, 0.0, 1.0]}
    assert shown(at)[1] == pytest.approx(expected(rows, query=(0.0, 1.0)), abs=1e-12)


@pytest.mark.parametrize("lang", LANGS)
def test_the_section_that_changes_the_query_says_its_result_where_the_reader_types(lang):
    """On a phone the weights are two screens above the query box (a learner typed "0, 1" and saw no
    change): the section ends with the most attended key, as the metric at the top says it."""
    at = open_page("attention", lang)
    at.text_input(key="attention_query").set_value("0, 1").run()
    weights = expected(DEFAULT_ROWS, query=(0.0, 1.0))
    top = int(np.argmax(weights))
    said = t("attention.deeper.result", lang, key=f"k{top + 1}", w=f"{weights[top]:.3f}")
    [section] = at.expander
    assert said in [c.value for c in section.caption]
    assert at.metric[0].value == f"k{top + 1}: {weights[top]:.3f}" and top == 1  # k2 = (0, 1)
    at.slider(key="attention_scale").set_value(0.0).run()  # every key the same: no ★, no "most"
    said = t("attention.deeper.result.even", lang, n=5, w="0.200")
    assert said in [c.value for c in at.expander[0].caption]
    # Two keys tied for the top, below three others: "2 keys share the most attention"
    at.slider(key="attention_scale").set_value(1.0).run()
    at.text_input(key="attention_query").set_value("1, 1").run()  # k2 and k1 tie: q·k1 = q·k2 = 1
    rows = dict(DEFAULT_ROWS) | {4: [0.0, 1.0, *DEFAULT_ROWS[4][2:]]}  # k4 moved onto k2: it ties too
    at.session_state["attention_keys"] = {"edited_rows": {3: {"kx": 0.0, "ky": 1.0}}, **EDIT}
    at.run()
    weights = expected(rows, query=(1.0, 1.0))
    tied = np.isclose(weights, max(weights))
    assert tied.sum() == 3 and not tied.all()
    said = t("attention.deeper.result.tied", lang, n=3, w=f"{max(weights):.3f}")
    assert said in [c.value for c in at.expander[0].caption]


@pytest.mark.parametrize("lang", LANGS)
def test_an_added_row_joins_and_a_deleted_row_keeps_the_others_names(lang):
    at = open_page("attention", lang)
    at.session_state["attention_keys"] = {"edited_rows": {}, "added_rows": [NEW_ROW], "deleted_rows": [1]}
    at.run()
    names, weights = shown(at)
    assert names == ["k1", "k3", "k4", "k5", "k6"]
    assert max(weights) == weights[4]  # (2, 1) points most like q = (1, 0.5)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("typed", ["", "1", "1, x", "nan, 0", "1e308, 1", "1, 2, 3", "<b>x</b>"])
def test_a_bad_query_is_explained_and_kept(lang, typed):
    at = open_page("attention", lang)
    at.text_input(key="attention_query").set_value(typed).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(t("attention.query", lang))
    assert at.text_input(key="attention_query").value == typed
    assert at.get("plotly_chart") == []
    # Where the weights would be, a pointer to the message, which sits right under the box.
    assert [i.value for i in at.info if i.value == t("attention.fix_below", lang)] and not at.warning
    inside = at.expander[0]
    assert [e.value for e in inside.error] == errors


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_with_a_bad_query_opens_the_section_with_its_message_and_a_good_one_does_not(lang):
    at = apptest.open_link("attention", lang, attention_query="1, x")
    assert at.expander[0].proto.expanded  # the message is in view once scrolled to
    assert [e.value for e in at.expander[0].error] and at.info[0].value == t("attention.fix_below", lang)
    at.text_input(key="attention_query").set_value("0, 1").run()  # fixed: the section stays open
    assert at.expander[0].proto.expanded and not at.error
    at.session_state["attention_deeper"] = False  # closed by the learner: it stays closed, on
    at.run()  # coming back from another page and in the other language
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/attention/page.py").run()
    at.session_state["lang"] = "zh" if lang == "en" else "en"
    at.run()
    assert not at.expander[0].proto.expanded
    good = apptest.open_link("attention", lang, attention_query="0, 1")
    assert not good.expander[0].proto.expanded and not good.error


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("edit", "code", "values"),
    [
        ({"edited_rows": {1: {"ky": None}}, **EDIT}, "input.empty", {"row": 2}),
        ({"edited_rows": {2: {"v1": 1e308}}, **EDIT}, "input.out_of_range",
         {"row": 3, "value": r"1e\+308", "low": "-1000000", "high": "1000000"}),
        ({"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 1, 2, 3]}, "attention.error.too_few_rows",
         {"minimum": 2, "got": 1}),
    ],
)  # fmt: skip
def test_a_bad_key_table_is_explained(lang, edit, code, values):
    at = open_page("attention", lang)
    at.session_state["attention_keys"] = edit
    at.run()
    assert not at.exception
    where = t("attention.table", lang)
    if "row" in values:
        where = t("input.where.cell", lang, field=where, row=values["row"])
    message = t(code, lang, where=where, **values)  # the typed value is escaped for Markdown
    assert [e.value for e in at.error] == [message]


@pytest.mark.parametrize("lang", LANGS)
def test_table_edits_survive_a_page_switch_and_a_language_switch_applied_once(lang):
    at = open_page("attention", lang)
    at.session_state["attention_keys"] = {
        "edited_rows": {0: {"kx": -3.0}},
        "added_rows": [],
        "deleted_rows": [1],
    }
    at.run()
    before = shown(at)
    at.switch_page("app_pages/home/page.py").run()
    at.switch_page("app_pages/attention/page.py").run()
    assert shown(at) == before
    at.session_state["lang"] = "zh" if lang == "en" else "en"
    at.run()
    assert shown(at) == before


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_reopens_the_scale_and_the_query(lang):
    at = apptest.open_link("attention", lang, attention_scale="3", attention_query="0, 1")
    assert at.slider(key="attention_scale").value == 3.0
    assert shown(at)[1] == pytest.approx(expected(DEFAULT_ROWS, 3.0, (0.0, 1.0)), abs=1e-12)


@pytest.mark.parametrize("lang", LANGS)
def test_chinese_strings_have_no_english_scale_word(lang):
    at = open_page("attention", lang)
    text = all_text(at)
    if lang == "zh":
        assert "scale" not in text.lower() and "缩放系数 λ" in at.slider(key="attention_scale").label


@pytest.mark.parametrize("lang", LANGS)
def test_when_the_rounded_weights_do_not_add_up_to_1_the_page_says_why(lang):
    at = open_page("attention", lang)
    at.slider(key="attention_scale").set_value(0.0).run()  # 0.200 each: they add up as shown
    assert not any(t("attention.c.w.rounded", lang, total="1.000")[:12] in c.value for c in at.caption)
    for scale in (0.3, 0.7, 1.0, 1.5, 2.0, 3.0):  # a scale whose rounded labels miss 1
        at.slider(key="attention_scale").set_value(scale).run()
        labels = figure(at, "attention_weights")["data"][1]["text"]  # the top one starred: "★ 0.235"
        total = sum(float(text.removeprefix("★ ")) for text in labels)
        if round(total, 3) != 1:
            break
    else:
        pytest.fail("no scale tried gives labels that miss 1: pick others")
    note = t("attention.c.w.rounded", lang, total=f"{total:.3f}")
    assert note in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", LANGS)
def test_a_weight_shown_as_0_000_is_said_to_be_rounded_not_zero(lang):
    """The formula page teaches that eᶻ is never 0: a "0.000" bar at a large λ is explained here too."""
    at = open_page("attention", lang)
    zero_start = t("attention.c.w.zero", lang, w="")[:8]
    assert not any(c.value.startswith(zero_start) for c in at.caption)  # λ = 1: no weight shows 0.000
    at.slider(key="attention_scale").set_value(10.0).run()
    labels = figure(at, "attention_weights")["data"][1]["text"]
    assert "0.000" in labels
    smallest = min(expected(DEFAULT_ROWS, 10.0))
    assert 0 < smallest < 5e-4
    note = t("attention.c.w.zero", lang, w=f"{smallest:.9f}")  # 2.94e-07, written out: 0.000000294
    assert "0.000000294" in note
    assert note in [c.value for c in at.caption]
    # a key far away: its weight underflows to exactly 0, and the page does not claim it is above 0
    at.session_state["attention_keys"] = {"edited_rows": {4: {"kx": -1000.0}}, **EDIT}
    at.run()
    assert min(shown(at)[1]) == 0.0
    captions = [c.value for c in at.caption]
    assert t("attention.c.w.underflow", lang) in captions and note not in captions
