"""Figures of the "Why probabilities?" page: the data they draw, the colours of their meanings."""

import numpy as np

from core import losses
from core.charts import style
from core.charts import why as charts
from core.softmax import softmax

T = {k: k.upper() for k in ("title", "x", "squared", "cross", "you", "target", "linear", "softmax", "p", "y",
                            "grad", "loss")}  # fmt: skip


def test_errors_figure_draws_squared_error_naive_and_loss_after_softmax_in_two_panels():
    rows = [[5.0, 1.0], [0.0, 1.0]]
    sq = [losses.squared_error(z, 0) for z in rows]
    ce = [losses.cross_entropy(z, 0) for z in rows]
    fig = charts.errors_figure(["yours", "wrong"], sq, ce, T)
    naive, loss = fig.data
    assert list(naive.x) == [17.0, 2.0] and list(naive.text) == ["17", "2"]
    assert list(loss.text) == ["0.018", "1.313"]
    assert naive.marker.color == style.NAIVE and loss.marker.color == style.LOSS
    assert naive.xaxis == "x" and loss.xaxis == "x2"  # separate axes: 17 and 0.018 share no scale
    assert fig.layout.xaxis.range[0] == 0 and fig.layout.xaxis2.range[0] == 0
    assert fig.layout.xaxis.range[1] > 17 and fig.layout.xaxis2.range[1] > 1.313
    assert fig.layout.height <= 320


def test_errors_figure_breaks_a_long_panel_heading_in_two_and_makes_room_for_it():
    sq, ce = [17.0, 2.0], [0.018, 1.313]
    texts = {**T, "squared": "squared error of raw scores", "loss": "loss −log p after softmax"}
    fig = charts.errors_figure(["yours", "wrong"], sq, ce, texts)
    heads = [a.text for a in fig.layout.annotations if a.xref in ("x domain", "x2 domain")]
    assert heads == [
        style.swatch(style.NAIVE) + "<b>squared error<br>of raw scores</b>",
        style.swatch(style.LOSS) + "<b>loss −log p<br>after softmax</b>",
    ]
    short = charts.errors_figure(["yours", "wrong"], sq, ce, {**T, "squared": "直接拿分数算的平方误差"})
    assert "<br>" not in short.layout.annotations[0].text  # no space to break at: one line
    assert fig.layout.margin.t > short.layout.margin.t and fig.layout.height > short.layout.height


def test_losses_figure_draws_each_loss_in_its_own_panel_from_zero_with_the_reader_s_point_written():
    """One panel per loss, one over the other on the same leaf axis: on two axes overlaid, the loss's
    4.018 at a leaf score of −3 sat on the squared error's "40" line, and a reader read 40 (a walk, 8 Dec)."""
    xs = np.linspace(-3, 8, 12)
    sq, ce = losses.loss_sweep(xs, 1.0)
    fig = charts.losses_figure(xs, sq, ce, (-3.0, 17.0, 4.018), T)
    curve_sq, curve_ce, dot_sq, dot_ce = fig.data
    assert [curve_sq.name, curve_ce.name] == ["SQUARED", "CROSS"]
    assert [curve_sq.line.color, curve_ce.line.color] == [style.NAIVE, style.LOSS]
    # Separate panels, not overlaid: each y axis has a domain of its own, the squared error on top.
    assert (curve_sq.yaxis, curve_ce.yaxis) == ("y", "y2") and (dot_sq.yaxis, dot_ce.yaxis) == ("y", "y2")
    assert fig.layout.yaxis2.overlaying is None
    top, bottom = fig.layout.yaxis.domain, fig.layout.yaxis2.domain
    assert bottom[1] < top[0]
    # ... sharing the leaf axis, whose ticks and title are under the bottom panel only.
    assert fig.layout.xaxis.matches == "x2" and fig.layout.xaxis.showticklabels is False
    assert fig.layout.xaxis2.title.text == "X"
    # Each panel is named by its level label over its axis (no legend to match dashes against).
    labels = {a.yref: a.text for a in fig.layout.annotations}
    assert labels == {"y domain": "SQUARED", "y2 domain": "CROSS"}
    assert fig.layout.showlegend is False
    # Both from 0, with room over the highest point for the dot's label.
    for ax, curve in ((fig.layout.yaxis, sq), (fig.layout.yaxis2, ce)):
        assert ax.range[0] == 0 and ax.range[1] > max(curve)
    # The reader's point on each curve, its value written beside it as the page writes it.
    assert (dot_sq.x, dot_sq.y, dot_ce.x, dot_ce.y) == ((-3.0,), (17.0,), (-3.0,), (4.018,))
    assert (dot_sq.text, dot_ce.text) == (("17",), ("4.018",))
    # Left of the parabola's lowest point its label goes right (uphill is left); right of it, left.
    assert dot_sq.textposition == "top right"
    right_of_min = charts.losses_figure(xs, sq, ce, (5.0, 16.0, 0.018), T)
    assert right_of_min.data[2].textposition == "top left" and right_of_min.data[3].text == ("0.018",)


def test_normalise_figure_shows_the_article_s_0_83_and_softmax_s_0_982_and_omits_an_undefined_sum():
    with_linear = charts.normalise_figure(["a", "b"], [1, 0], [5 / 6, 1 / 6], softmax([5, 1]), T)
    assert [d.name for d in with_linear.data] == ["TARGET", "LINEAR", "SOFTMAX"]
    assert list(with_linear.data[1].text) == ["0.83", "0.17"]
    assert list(with_linear.data[2].text) == ["0.982", "0.018"]
    assert [d.marker.color for d in with_linear.data] == [style.TARGET, style.NAIVE, style.PROBABILITY]
    without = charts.normalise_figure(["a", "b"], [1, 0], None, softmax([-1, 2]), T)
    assert [d.name for d in without.data] == ["TARGET", "SOFTMAX"]


def test_gradient_figure_draws_p_y_and_p_minus_y_on_a_fixed_axis():
    z = [1.0, 3.0]
    fig = charts.gradient_figure(["a", "b"], softmax(z), [1, 0], losses.gradient(z, 0), T)
    p, y, grad = fig.data
    assert [p.marker.color, y.marker.color, grad.marker.color] == [
        style.PROBABILITY,
        style.TARGET,
        style.LOSS,
    ]
    assert list(grad.text) == ["−0.881", "+0.881"]  # a real minus sign, as the formulas
    assert tuple(fig.layout.yaxis.range) == (-1.15, 1.15)  # the same axis at every step


def test_a_learned_step_s_bars_write_what_the_numbers_above_them_write():
    """At η = 10 after a few steps p(leaf) is 0.999999835: the bars read 1.000, 0.000, −0.000, +0.000
    under numbers that say p never reaches 1."""
    p = np.array([1 - 1.65e-7, 1.65e-7])
    fig = charts.gradient_figure(["a", "b"], p, [1, 0], p - np.array([1, 0]), T)
    probability, _, grad = fig.data
    assert list(probability.text) == ["0.999999835", "0.000000165"]
    assert list(grad.text) == ["−0.000000165", "+0.000000165"]
    assert (fig.layout.uniformtext.minsize, fig.layout.uniformtext.mode) == (10, "hide")  # not 5 px text
    history = charts.loss_history_figure([2.127, 0.0066, 1.65e-7, 0.0], T).data[0]
    assert list(history.text) == ["2.13", "0.01", "<0.01", "0.00"]  # a loss above 0 never reads 0.00
    even = charts.gradient_figure(["a", "b"], [0.5, 0.5], [1, 0], [-0.5, 0.5], T).data
    assert list(even[0].text) == ["0.500", "0.500"] and list(even[2].text) == ["−0.500", "+0.500"]


def test_loss_history_figure_starts_its_axis_at_zero():
    fig = charts.loss_history_figure([2.127, 0.8, 0.4], T)
    assert list(fig.data[0].y) == [2.127, 0.8, 0.4]
    assert fig.layout.yaxis.range[0] == 0 and fig.layout.yaxis.range[1] > 2.127
    assert fig.data[0].line.color == style.LOSS
