"""The compare page in AppTest, in both languages: side by side, Monte Carlo, bad input, URL state."""

import pytest

from core.decoding import STRATEGY_NAMES
from core.i18n import t
from tests.apptest import all_text, figure, open_page

LANGS = ["en", "zh"]


def frame_with(at, column_key: str):
    """The dataframe shown with the translated column ``column_key`` (dataframes carry no key)."""
    lang = at.session_state["lang"]
    return next(df.value for df in at.dataframe if t(column_key, lang) in df.value.columns)


def samples_texts(at) -> list[str]:
    return frame_with(at, "compare.col.text").iloc[:, 1].tolist()


def mc_table(at):
    return frame_with(at, "compare.col.strategy")


def greedy_text(at) -> str:
    return at.code[0].value


def run_monte_carlo(at, n: str = "200"):
    at.text_input(key="compare_n").set_value(n).run()
    at.button(key="compare_run").click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("lang", LANGS)
def test_page_shows_greedy_looping_and_samples_in_the_chosen_language(lang):
    at = open_page("compare", lang)
    assert at.title[0].value == t("nav.compare", lang)
    assert "⟲" in greedy_text(at)
    text = all_text(at)
    assert t("compare.intro", lang) in text
    assert t("compare.mc.idle", lang) in text
    assert len(samples_texts(at)) == 5
    assert not at.get("plotly_chart")  # the Monte Carlo waits for Run


@pytest.mark.parametrize("lang", LANGS)
def test_monte_carlo_table_has_one_row_per_strategy_and_charts_and_a_conclusion(lang):
    at = run_monte_carlo(open_page("compare", lang))
    table = mc_table(at)
    assert len(table) == len(STRATEGY_NAMES) == 7
    assert table.iloc[0, 0] == t("compare.strategy.greedy", lang)
    assert table.iloc[0, 1] == 1  # greedy: one distinct continuation
    assert table.iloc[1, 1] > 1  # pure sampling: many
    strategies = figure(at, "compare_strategies")
    assert strategies["data"][0]["x"][0] == t("compare.strategy.greedy", lang)
    sweep = figure(at, "compare_sweep")
    assert sweep["layout"]["xaxis"]["ticktext"][0] == t("compare.sweep.greedy_tick", lang)
    text = all_text(at)
    assert t("compare.conclusion.title", lang) in text
    assert "200" in text  # the run's N is reported


@pytest.mark.parametrize("lang", LANGS)
def test_changing_temperature_changes_the_samples_but_not_greedy(lang):
    at = open_page("compare", lang)
    greedy_before, samples_before = greedy_text(at), samples_texts(at)
    at.select_slider(key="compare_temperature").set_value(2.0).run()
    assert greedy_text(at) == greedy_before
    assert samples_texts(at) != samples_before


def test_same_seed_gives_the_same_table_and_another_seed_a_different_one():
    def table(seed: str):
        at = open_page("compare", "en")
        at.text_input(key="compare_seed").set_value(seed).run()
        at = run_monte_carlo(at)
        return mc_table(at)

    first = table("7")
    assert first.equals(table("7"))
    assert not first.equals(table("8"))


BAD_INPUTS = [
    ("compare_n", "10001", "compare.error.range"),
    ("compare_n", "1e308", "compare.error.range"),
    ("compare_n", "lots", "compare.error.whole"),
    ("compare_length", "0", "compare.error.range"),
    ("compare_length", "", "compare.error.whole"),
    ("compare_top_p", "0", "compare.error.top_p"),
    ("compare_top_p", "1.5", "compare.error.top_p"),
    ("compare_top_p", "nan", "compare.error.number"),
    ("compare_top_k", "0", "compare.error.range"),
    ("compare_top_k", "2.5", "compare.error.whole"),
    ("compare_min_p", "-inf", "compare.error.number"),
    ("compare_beam", "<script>alert(1)</script>", "compare.error.whole"),
    ("compare_seed", "inf", "compare.error.whole"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("key", "value", "message"), BAD_INPUTS)
def test_bad_input_shows_a_translated_message_keeps_the_text_and_blocks_run(lang, key, value, message):
    at = open_page("compare", lang)
    at.text_input(key=key).set_value(value).run()
    assert not at.exception
    assert at.text_input(key=key).value == value  # what the user typed is kept
    errors = [e.value for e in at.error]
    prefix = t(message, lang, field="§", example="§", low="§", high="§").split("§")[1][:4]
    assert any(prefix in e for e in errors), errors
    assert all("<script>" not in e for e in errors)
    assert at.button(key="compare_run").disabled
    assert key == "compare_length" or "⟲" in greedy_text(at)  # the rest of the page still works
    if key not in ("compare_n",):  # settings the samples need: a hint replaces them
        assert t("compare.error.fix", lang) in [i.value for i in at.info]


def test_fixing_a_bad_value_brings_everything_back():
    at = open_page("compare", "en")
    at.text_input(key="compare_top_p").set_value("0").run()
    assert at.button(key="compare_run").disabled
    at.text_input(key="compare_top_p").set_value("0.5").run()
    assert not at.error
    assert not at.button(key="compare_run").disabled
    assert len(samples_texts(at)) == 5


def test_settings_come_from_the_url():
    at = open_page(
        "compare", "zh", compare_top_p="0.5", compare_n="300", compare_temperature="0.5", compare_k="3"
    )
    assert at.text_input(key="compare_top_p").value == "0.5"
    assert at.text_input(key="compare_n").value == "300"
    assert at.select_slider(key="compare_temperature").value == 0.5
    assert len(samples_texts(at)) == 3


def test_every_key_the_conclusion_and_table_can_use_is_in_the_catalog():
    import inspect
    import re

    from app_pages.compare.views import STAT_COLUMNS
    from core import textstats
    from core.i18n import CATALOG

    source = inspect.getsource(textstats.conclusion)
    keys = set(re.findall(r'"([a-z_0-9]+)"', source)) & {
        k.removeprefix("compare.conclusion.") for k in CATALOG if k.startswith("compare.conclusion.")
    }
    assert len(keys) >= 12
    for name in STRATEGY_NAMES:
        assert f"compare.strategy.{name}" in CATALOG
    for column in STAT_COLUMNS:
        assert f"compare.col.{column}" in CATALOG
    for key in (
        "greedy_loops",
        "greedy_no_loop",
        "t_tradeoff_low",
        "t_tradeoff_high",
        "t_mixed",
        "best_real_words_loops",
    ):
        assert f"compare.conclusion.{key}" in CATALOG


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("prompt", ["Humpty €", "", "<script>alert(1)</script>"])
def test_a_prompt_the_model_cannot_read_gets_a_message_and_blocks_run(lang, prompt):
    at = open_page("compare", lang)
    at.text_input(key="model_prompt").set_value(prompt).run()
    assert not at.exception
    assert at.text_input(key="model_prompt").value == prompt
    assert at.error  # the shared panel's translated message
    assert at.button(key="compare_run").disabled
    assert not at.code  # no greedy text for a prompt it cannot read
