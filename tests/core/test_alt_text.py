"""The name a screen reader gives a chart: its title and the values over its bars, as plain text."""

import numpy as np

from core.charts import home, playground, why
from core.charts.alt_text import MAX_VALUES, ValueGroup, chart_alt, plain
from core.charts.style import figure, value_labels
from core.softmax import softmax


def test_plain_drops_plotly_s_tags_and_reads_entities():
    assert plain("<b>squared error<br>of raw scores</b>") == "squared error of raw scores"
    assert plain('<span style="color:#CC79A7">■</span> <b>loss</b>') == "■ loss"
    assert plain("a &lt; b &amp; ★ c") == "a < b & c"
    assert plain(None) == ""
    assert plain("Next step: after “…pty␣Du”") == "Next step: after “…pty Du”"


def test_the_temperature_page_s_bars_are_named_by_title_and_each_option_s_share():
    p = softmax([2.0, 1.0, 0.1], 1.0)
    texts = {"title": "Probabilities at T = 1", "current": "now", "reference": "T = 1"}
    fig = playground.probabilities_figure(("A", "B", "C"), p, p, texts)
    assert chart_alt(fig) == ("Probabilities at T = 1", [ValueGroup("", ("A 65.9%", "B 24.2%", "C 9.9%"))])
    bars = home.probability_bars(("A", "B", "C"), softmax([2.0, 1.0, 0.1], 0.5), {**texts, "title": "Home"})
    assert chart_alt(bars) == ("Home", [ValueGroup("", ("A 86.4%", "B 11.7%", "C 1.9%"))])


def test_a_chart_without_values_over_its_bars_is_named_by_its_title_and_a_long_list_is_cut():
    lines = figure([{"type": "scatter", "x": [0, 1], "y": [1, 2]}], "A <b>curve</b>")
    assert chart_alt(lines) == ("A curve", [])
    names = [f"c{i}" for i in range(30)]
    many = figure([value_labels(names, np.ones(30), [f"{i}%" for i in range(30)])], "Many")
    title, (group,) = chart_alt(many)
    assert len(group.values) == MAX_VALUES and group.values[:2] == ("c0 0%", "c1 1%")


def test_values_written_on_bars_are_read_series_by_series_under_each_series_name():
    texts = {"title": "Which output is <b>punished</b> more?", "squared": "squared error", "loss": "loss"}
    errors = why.errors_figure(["right (5, 1)", "wrong (0, 1)"], [17.0, 2.0], [0.0181, 1.3133], texts)
    assert chart_alt(errors) == (  # horizontal bars: the options are on the y axis
        "Which output is punished more?",
        [
            ValueGroup("squared error", ("right (5, 1) 17", "wrong (0, 1) 2")),
            ValueGroup("loss", ("right (5, 1) 0.018", "wrong (0, 1) 1.313")),
        ],
    )
    texts = {"title": "Gradient", "p": "probability p", "y": "target y", "grad": "p − y"}
    grad = why.gradient_figure(["leaf", "flower"], [0.25, 0.75], [1.0, 0.0], [-0.75, 0.75], texts)
    assert [g.name for g in chart_alt(grad)[1]] == ["probability p", "target y", "p − y"]
    assert chart_alt(grad)[1][2].values == ("leaf −0.750", "flower +0.750")


def test_bars_that_write_no_value_or_stand_for_no_option_are_not_read():
    segments = {"type": "bar", "orientation": "h", "y": ["", ""], "x": [0.4, 0.6], "text": ["m", "u"]}
    strip = figure([segments], "Draw")
    bars = {"type": "bar", "x": ["a", "b"], "y": [0.9, 1e-3], "text": ["90%", ""], "name": "p"}
    blank = figure([bars], "Bars")
    assert chart_alt(strip) == ("Draw", [])  # the draw strip's letters name segments, not values
    assert chart_alt(blank) == ("Bars", [ValueGroup("p", ("a 90%",))])
