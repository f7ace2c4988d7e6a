"""The name a screen reader gives a chart: its title and the values over its bars, as plain text."""

import numpy as np

from core.charts import home, playground
from core.charts.alt_text import MAX_VALUES, chart_alt, plain
from core.charts.style import figure, value_labels
from core.softmax import softmax


def test_plain_drops_plotly_s_tags_and_reads_entities():
    assert plain("<b>squared error<br>of raw scores</b>") == "squared error of raw scores"
    assert plain('<span style="color:#CC79A7">■</span> <b>loss</b>') == "■ loss"
    assert plain("a &lt; b &amp; ★ c") == "a < b & c"
    assert plain(None) == ""


def test_the_temperature_page_s_bars_are_named_by_title_and_each_option_s_share():
    p = softmax([2.0, 1.0, 0.1], 1.0)
    texts = {"title": "Probabilities at T = 1", "current": "now", "reference": "T = 1"}
    fig = playground.probabilities_figure(("A", "B", "C"), p, p, texts)
    assert chart_alt(fig) == ("Probabilities at T = 1", ["A 65.9%", "B 24.2%", "C 9.9%"])
    bars = home.probability_bars(("A", "B", "C"), softmax([2.0, 1.0, 0.1], 0.5), {**texts, "title": "Home"})
    assert chart_alt(bars) == ("Home", ["A 86.4%", "B 11.7%", "C 1.9%"])


def test_a_chart_without_values_over_its_bars_is_named_by_its_title_and_a_long_list_is_cut():
    lines = figure([{"type": "scatter", "x": [0, 1], "y": [1, 2]}], "A <b>curve</b>")
    assert chart_alt(lines) == ("A curve", [])
    names = [f"c{i}" for i in range(30)]
    many = figure([value_labels(names, np.ones(30), [f"{i}%" for i in range(30)])], "Many")
    title, values = chart_alt(many)
    assert len(values) == MAX_VALUES and values[:2] == ["c0 0%", "c1 1%"]
