"""The temperature page's figures: data, percentage labels, the starred top option, escaped labels."""

import itertools

import numpy as np
import pytest

from core.charts.playground import (
    NAME_GAP,
    STAR,
    SWEEP_RANGE,
    normalizations_figure,
    probabilities_figure,
    safe_labels,
    sweep_figure,
)
from core.charts.style import LABEL_GAP, NAIVE, PAPER, PROBABILITY, REFERENCE, REFERENCE_DASH
from core.softmax import softmax, temperature_sweep

TEXTS = {"title": "T", "x": "x", "y": "y", "logit": "z", "reference": "ref", "current": "now"}


def test_probabilities_have_percent_labels_one_colour_and_the_top_option_is_starred():
    p = softmax([2, 1, 0.1], 0.5)
    fig = probabilities_figure(["A", "B", "C"], p, softmax([2, 1, 0.1]), TEXTS)
    bars, labels = fig.data
    assert list(labels.text) == [f"{STAR} 86.4%", "11.7%", "1.9%"]
    np.testing.assert_allclose(bars.y, p)
    assert bars.marker.color == PROBABILITY and bars.name == "now"  # one colour: the legend matches
    assert "p = %{y:.6f}" in bars.hovertemplate  # six decimals on hover, as the sweep and the step table
    assert labels.hoverinfo == "skip" and labels.showlegend is False  # the labels are not a series


def test_each_label_stands_over_the_higher_of_its_bar_and_its_outline():
    # T = 1.3: A's bar (59.0%) is under its T = 1 outline (65.9%); B and C are over theirs.
    p, ref = softmax([2, 1, 0.1], 1.3), softmax([2, 1, 0.1])
    fig = probabilities_figure(["A", "B", "C"], p, ref, TEXTS)
    labels = fig.data[1]
    gap = LABEL_GAP * fig.layout.yaxis.range[1]  # a little air over the outline's dashed top
    np.testing.assert_allclose(labels.y, [ref[0] + gap, p[1], p[2]])
    assert labels.y[0] > p[0] and labels.textposition == "top center"
    assert fig.layout.yaxis.range[1] > labels.y.max() * 1.15  # room for the text above the outline


def test_the_t1_reference_is_a_dashed_outline_per_option_with_one_legend_entry():
    fig = probabilities_figure(["A", "B", "C"], softmax([2, 1, 0.1], 0.5), softmax([2, 1, 0.1]), TEXTS)
    shapes = fig.layout.shapes
    np.testing.assert_allclose([s.y1 for s in shapes], [0.659, 0.242, 0.099], atol=5e-4)
    assert [s.x0 for s in shapes] == ["A", "B", "C"]
    assert {s.line.dash for s in shapes} == {REFERENCE_DASH} and {s.line.color for s in shapes} == {REFERENCE}
    assert [s.showlegend for s in shapes] == [True, False, False] and shapes[0].name == "ref"
    # each outline exactly as wide as its bar, as on the home page (it had stood out past the sides)
    assert all(s.x1shift - s.x0shift == pytest.approx(1 - fig.layout.bargap) for s in shapes)
    assert fig.layout.height <= 320  # first-screen chart


def test_at_t1_the_outline_on_the_bars_has_no_second_legend_entry():
    p = softmax([2, 1, 0.1])
    fig = probabilities_figure(["A", "B", "C"], p, softmax([2, 1, 0.1], 1.0), TEXTS)
    assert len(fig.layout.shapes) == 3  # still drawn, so nothing jumps as the slider passes 1
    assert not any(s.showlegend for s in fig.layout.shapes)
    fig = probabilities_figure(["A", "B", "C"], softmax([2, 1, 0.1], 1.01), p, TEXTS)
    assert [s.showlegend for s in fig.layout.shapes] == [True, False, False]


def test_tied_top_options_are_all_starred():
    fig = probabilities_figure(["A", "B", "C"], softmax([3, 3, 1], 0), softmax([3, 3, 1]), TEXTS)
    assert [t.startswith(STAR) for t in fig.data[1].text] == [True, True, False]


def test_html_in_labels_is_escaped_for_plotly():
    assert safe_labels(["<b>x</b>", "a & b"]) == ["&lt;b&gt;x&lt;/b&gt;", "a &amp; b"]
    fig = probabilities_figure(["<img src=x onerror=alert(1)>"], [1.0], [1.0], TEXTS)
    assert "<img" not in str(fig.to_plotly_json())


def test_sweep_has_a_line_and_a_marker_per_token_at_the_current_temperature():
    temps = np.geomspace(0.01, 100, 50)
    z = [2, 1, 0.1]
    fig = sweep_figure(["A", "B", "C"], temps, temperature_sweep(z, temps), (0.5, softmax(z, 0.5)), TEXTS)
    lines = [d for d in fig.data if d.mode == "lines"]
    markers = [d for d in fig.data if d.mode == "markers"]
    assert len(lines) == 3 and len(markers) == 3
    names = sorted((a for a in fig.layout.annotations if a.text in ("A", "B", "C")), key=lambda a: a.text)
    assert [a.text for a in names] == ["A", "B", "C"]  # the name beside its marker ...
    assert [a.y for a in names] == [m.y[0] for m in markers] and {a.x for a in names} == {np.log10(0.5)}
    # blue as the bars above them on the page (A was orange here, blue there): told apart by dash and name
    assert {d.line.color for d in lines} == {PROBABILITY} and {m.marker.color for m in markers} == {
        PROBABILITY
    }
    assert len({d.line.dash for d in lines}) == 3  # told apart without colour
    assert markers[0].x == (0.5,)
    np.testing.assert_allclose(markers[0].y, [0.86377712], atol=1e-8)
    assert fig.layout.xaxis.type == "log" and fig.layout.xaxis.dtick == 1  # ticks 0.01, 0.1, 1, 10 only
    assert lines[0].y[0] > 0.999 and abs(lines[0].y[-1] - 1 / 3) < 0.01


def test_at_a_cold_t_the_names_stay_inside_the_plot_and_markers_that_meet_share_one():
    """At T = 0.05, A's name went above 100 % onto the T label and B's lay under C's at 0 %."""
    temps = np.geomspace(0.01, 100, 50)
    z = [2, 1, 0.1]
    fig = sweep_figure(["A", "B", "C"], temps, temperature_sweep(z, temps), (0.05, softmax(z, 0.05)), TEXTS)
    names = {a.text: a for a in fig.layout.annotations if a.text not in ("now", "y")}
    assert set(names) == {"A", "B, C"}
    assert names["A"].y == pytest.approx(1.0) and names["A"].yanchor == "top"  # under its marker
    assert names["B, C"].y < 1e-8 and names["B, C"].yanchor == "bottom"  # over theirs, not under the axis


@pytest.mark.parametrize("n", [2, 3, 10])
@pytest.mark.parametrize("temperature", [0.01, 0.05, 0.2, 0.5, 0.71, 1.0, 2.0, 10.0])
def test_every_name_stays_inside_the_plot_and_clear_of_the_others(n, temperature):
    """At T = 0.5, C's name (1.9 %) hung 10 px under the x axis; with 10 options "C, D, …" covered B's."""
    temps = np.geomspace(0.01, 100, 161)
    z = np.linspace(3, 0, n) if n != 3 else np.array([2, 1, 0.1])
    labels = [chr(65 + i) for i in range(n)]
    current = (temperature, softmax(z, temperature))
    fig = sweep_figure(labels, temps, temperature_sweep(z, temps), current, TEXTS)
    names = [a for a in fig.layout.annotations if a.text not in ("now", "y")]
    assert sorted(x for a in names for x in a.text.split(", ")) == labels  # each option named once
    spans = sorted((a.y - NAME_GAP, a.y) if a.yanchor == "top" else (a.y, a.y + NAME_GAP) for a in names)
    low, high = SWEEP_RANGE
    assert spans[0][0] >= low - 1e-9 and spans[-1][1] <= high + 1e-9  # inside the plot
    assert all(b[0] >= a[1] - 1e-9 for a, b in itertools.pairwise(spans))  # no name over another
    # right of T = 1 a long "A, B, …" stands left of its marker, not past a phone's right edge
    assert {a.xanchor for a in names} == {"right" if temperature > 1 else "left"}


def test_normalizations_chart_shows_broken_values_as_gaps():
    fig = normalizations_figure(["A", "B"], ["m1", "m2"], [(0.5, 0.5), (float("nan"), float("inf"))], TEXTS)
    assert len(fig.data) == 2
    assert fig.data[0].marker.color == PROBABILITY and fig.data[1].marker.color == NAIVE
    assert np.isnan(np.asarray(fig.data[1].y, dtype=float)).all()


def test_the_probability_axis_is_one_scale_for_every_temperature():
    # Scaled to the tallest bar, the top bar was as tall at T = 0.5 (86.4 %) as at T = 1 (65.9 %).
    z = [2, 1, 0.1]
    figures = [
        probabilities_figure(["A", "B", "C"], softmax(z, t), softmax(z), TEXTS) for t in (0, 0.5, 1, 10)
    ]
    ranges = {tuple(fig.layout.yaxis.range) for fig in figures}
    assert ranges == {(0, 1.15)}  # 0 to 100 %, with room for the label over a bar at 100 %
    p = np.full(200, 1 / 200)  # every bar small: the axis zooms in (0.5 % on 0–115 % was 1 px)
    fig = probabilities_figure([f"t{i}" for i in range(200)], p, p, TEXTS)
    assert tuple(fig.layout.yaxis.range) == (0, 0.1)


def test_each_name_stands_where_its_line_leaves_room_on_the_pages_colour():
    # At T = 1 the top option's line falls to the right (room above it), the others rise (room below).
    temps = np.geomspace(0.01, 100, 50)
    z = [2, 1, 0.1]
    fig = sweep_figure(["A", "B", "C"], temps, temperature_sweep(z, temps), (1.0, softmax(z)), TEXTS)
    names = {a.text: a for a in fig.layout.annotations if a.text in ("A", "B", "C")}
    assert [names[k].yanchor for k in "ABC"] == ["bottom", "top", "top"]
    assert all(a.xanchor == "left" and a.xshift > 0 for a in names.values())  # right of the dotted line
    assert {a.bgcolor for a in names.values()} == {PAPER}  # no line runs through a name


def test_current_temperature_label_sits_on_its_line_on_the_log_axis():
    temps = np.geomspace(0.01, 100, 20)
    fig = sweep_figure(["A"], temps, temperature_sweep([1.0], temps), (2.5, [1.0]), TEXTS)
    _, note, label = fig.layout.annotations  # the option's name, "now", the y axis's label
    assert note.x == np.log10(2.5) and note.text == "now"  # Plotly places log-axis notes by log10(x)
    # above the plot, centred on its line: inside, at T = 0.5 it sat on A's name (A at 86 %)
    assert (note.y, note.yref, note.yanchor, note.xanchor) == (1, "paper", "bottom", "center")
    assert label.text == "y" and label.y == 1 and label.yanchor == "bottom" and label.xanchor == "left"


def test_user_labels_never_enter_a_hover_template():
    temps = np.geomspace(0.01, 100, 5)
    fig = sweep_figure(["%{y}"], temps, temperature_sweep([1.0], temps), (1.0, [1.0]), TEXTS)
    assert all("%{y}<br>" not in d.hovertemplate for d in fig.data)
    assert fig.data[0].name == "%{y}"
