"""Every chart on every page is shown the one way ui.charts shows it: no toolbar, nothing to drag, a
name for a screen reader in the page's language."""

import json
import re
from pathlib import Path

import pytest

from core.charts.alt_text import MAX_VALUES
from core.i18n import t
from tests.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]
SHOW_CHART = ROOT / "ui" / "charts.py"
PAGES = ("home", "why", "formula", "playground", "generator", "compare", "attention", "learn")


def test_pages_show_charts_only_through_ui_charts():
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != SHOW_CHART and re.search(r"\bplotly_chart\s*\(", path.read_text(encoding="utf-8"))
    ]
    assert direct == []


@pytest.mark.parametrize("page", PAGES)
def test_each_chart_on_the_page_has_no_toolbar_and_no_drag(page):
    at = open_page(page, generator_steps="1")  # a step opens the generator's step-by-step charts
    charts = at.get("plotly_chart")
    assert charts  # the first screen's charts, and the generator's two of its step
    for chart in charts:
        assert json.loads(chart.proto.config)["displayModeBar"] is False
        assert json.loads(chart.proto.spec)["layout"]["dragmode"] is False
        assert chart.proto.alt.strip()  # role="figure" with this aria-label in the browser


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_chart_s_name_says_its_title_and_the_values_over_its_bars_in_the_page_s_language(lang):
    at = open_page("playground", lang, playground_temperature="0.5")
    (chart,) = [c for c in at.get("plotly_chart") if c.proto.id.endswith("playground_probs")]
    title = t("playground.chart.probs", lang, t="0.5")
    values = t("chart.alt.sep", lang).join(["A 86.4%", "B 11.7%", "C 1.9%"])  # the article's 2, 1, 0.1
    assert chart.proto.alt == t("chart.alt", lang, title=title, values=values)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_chart_with_two_series_names_each_series_before_its_values(lang):
    at = open_page("why", lang)  # the article's scores: the leaf 5, the flower 1
    (chart,) = [c for c in at.get("plotly_chart") if c.proto.id.endswith("why_errors")]
    right, wrong = t("why.c.err.right", lang, leaf="5"), t("why.c.err.wrong", lang)
    sep = t("chart.alt.sep", lang)

    def series(key: str, values: list[str]) -> str:
        return t("chart.alt.series", lang, name=t(key, lang), values=sep.join(values))

    both = t("chart.alt.series_sep", lang).join(
        [
            series("why.c.err.squared", [f"{right} 17", f"{wrong} 2"]),
            series("why.c.err.loss", [f"{right} 0.018", f"{wrong} 1.313"]),
        ]
    )
    title = t("why.c.err.title", lang)
    assert title.endswith(("?", "？"))  # a title that ends in a question mark takes no colon after it
    assert chart.proto.alt == t("chart.alt.marked", lang, title=title, values=both)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_generator_s_bars_say_a_space_in_words_and_how_many_values_were_left_out(lang):
    at = open_page("generator", lang, generator_steps="3")  # after “Humpty ”: a space and 15 more bars
    (chart,) = [c for c in at.get("plotly_chart") if c.proto.id.endswith("generator_bars")]
    fig = json.loads(chart.proto.spec)
    (labels,) = [trace for trace in fig["data"] if trace.get("text")]  # the invisible label layer
    written = [(x, v) for x, v in zip(labels["x"], labels["text"], strict=True) if v]
    options = [x for x, _ in written]
    assert "␣" in options[:MAX_VALUES] and len(written) > MAX_VALUES
    space = written[options.index("␣")][1]
    assert f"{t('said.space', lang)} {space}" in chart.proto.alt and "␣" not in chart.proto.alt
    more = t("chart.alt.more", lang, n=len(written) - MAX_VALUES)
    assert chart.proto.alt.endswith(t("chart.alt.sep", lang) + more + ("." if lang == "en" else "。"))
