"""The name a screen reader gives a chart: its title and the values over its bars, as plain text."""

import numpy as np

from core.charts import home, playground, why
from core.charts.alt_text import (
    MAX_VALUES,
    ChartAlt,
    ValueGroup,
    chart_alt,
    plain,
    spoken_option,
    spoken_title,
)
from core.charts.style import figure, value_labels
from core.softmax import softmax


def test_plain_drops_plotly_s_tags_and_reads_entities():
    assert plain("<b>squared error<br>of raw scores</b>") == "squared error of raw scores"
    assert plain('<span style="color:#CC79A7">■</span> <b>loss</b>') == "■ loss"
    assert plain("a &lt; b &amp; ★ c") == "a < b & c"
    assert plain(None) == ""
    assert spoken_title("Next step: after “…pty␣Du”") == "Next step: after “…pty Du”"


def test_an_option_is_said_as_a_listener_needs_it():
    words = {"␣": "a space", "↵": "a new line"}
    assert [spoken_option(o, words) for o in ("␣", "↵", ",", "?", "e", "A", "other", "right (5, 1)")] == [
        "a space", "a new line", "“,”", "“?”", "e", "A", "other", "right (5, 1)",
    ]  # fmt: skip


def test_the_temperature_page_s_bars_are_named_by_title_and_each_option_s_share():
    p = softmax([2.0, 1.0, 0.1], 1.0)
    texts = {"title": "Probabilities at T = 1", "current": "now", "reference": "T = 1"}
    fig = playground.probabilities_figure(("A", "B", "C"), p, p, texts)
    shares = (("A", "65.9%"), ("B", "24.2%"), ("C", "9.9%"))
    assert chart_alt(fig) == ChartAlt("Probabilities at T = 1", (ValueGroup("", shares),))
    bars = home.probability_bars(("A", "B", "C"), softmax([2.0, 1.0, 0.1], 0.5), {**texts, "title": "Home"})
    assert chart_alt(bars).groups[0].pairs == (("A", "86.4%"), ("B", "11.7%"), ("C", "1.9%"))


def test_a_chart_without_values_over_its_bars_is_named_by_its_title_and_a_long_list_says_what_it_cut():
    lines = figure([{"type": "scatter", "x": [0, 1], "y": [1, 2]}], "A <b>curve</b>")
    assert chart_alt(lines) == ChartAlt("A curve", ())
    names = [f"c{i}" for i in range(30)]
    many = figure([value_labels(names, np.ones(30), [f"{i}%" for i in range(30)])], "Many")
    alt = chart_alt(many)
    assert len(alt.groups[0].pairs) == MAX_VALUES and alt.groups[0].pairs[:2] == (("c0", "0%"), ("c1", "1%"))
    assert alt.left_out == 30 - MAX_VALUES
    two = figure([value_labels(names, np.ones(30), ["1%"] * 30), value_labels(["x"], [1.0], ["2%"])], "Two")
    assert chart_alt(two).left_out == 30 - MAX_VALUES + 1 and len(chart_alt(two).groups) == 1


def test_values_written_on_bars_are_read_series_by_series_under_each_series_name():
    texts = {"title": "Which output is <b>punished</b> more?", "squared": "squared error", "loss": "loss"}
    errors = why.errors_figure(["right (5, 1)", "wrong (0, 1)"], [17.0, 2.0], [0.0181, 1.3133], texts)
    assert chart_alt(errors) == ChartAlt(  # horizontal bars: the options are on the y axis
        "Which output is punished more?",
        (
            ValueGroup("squared error", (("right (5, 1)", "17"), ("wrong (0, 1)", "2"))),
            ValueGroup("loss", (("right (5, 1)", "0.018"), ("wrong (0, 1)", "1.313"))),
        ),
    )
    texts = {"title": "Gradient", "p": "probability p", "y": "target y", "grad": "p − y"}
    grad = why.gradient_figure(["leaf", "flower"], [0.25, 0.75], [1.0, 0.0], [-0.75, 0.75], texts)
    assert [g.name for g in chart_alt(grad).groups] == ["probability p", "target y", "p − y"]
    assert chart_alt(grad).groups[2].pairs == (("leaf", "−0.750"), ("flower", "+0.750"))


def test_a_space_s_bar_is_read_and_bars_that_write_no_value_or_stand_for_no_option_are_not():
    segments = {"type": "bar", "orientation": "h", "y": ["", ""], "x": [0.4, 0.6], "text": ["m", "u"]}
    strip = figure([segments], "Draw")
    bars = {
        "type": "bar",
        "x": ["e", "␣", "b"],
        "y": [0.9, 0.1, 1e-3],
        "text": ["90%", "10%", ""],
        "name": "p",
    }
    short = {
        "type": "bar",
        "x": ["a", "b"],
        "y": [0.5, 0.5],
        "text": ["50%"],
        "name": "q",
    }  # Plotly allows it
    assert chart_alt(strip) == ChartAlt("Draw", ())  # the draw strip's letters name segments, not values
    assert chart_alt(figure([bars], "Bars")).groups == (ValueGroup("p", (("e", "90%"), ("␣", "10%"))),)
    assert chart_alt(figure([short], "Short")).groups == (ValueGroup("q", (("a", "50%"),)),)
