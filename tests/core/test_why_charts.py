"""Figures of the "Why softmax?" page: the data they draw, the texts they are given."""

import numpy as np
import pytest

from core import attention as att
from core import losses
from core.charts import why as charts
from core.softmax import softmax

T = {
    k: k.upper()
    for k in ("title", "x", "y", "squared", "cross", "you", "target", "linear", "softmax", "p", "grad",
              "loss", "query", "keys", "weights", "values", "output")
}  # fmt: skip
T["score"] = "S {name}"


def test_losses_figure_draws_both_curves_on_two_axes_with_presets_marked():
    xs = np.linspace(-3, 8, 12)
    sq, ce = losses.loss_sweep(xs, 1.0)
    fig = charts.losses_figure(xs, sq, ce, [(5.0, "R"), (0.0, "W")], (5.0, 17.0, 0.018), T)
    names = [d.name for d in fig.data]
    assert names[:2] == ["SQUARED", "CROSS"]
    assert fig.data[1].yaxis == "y2" and fig.layout.yaxis2.overlaying == "y"
    assert sorted(s.x0 for s in fig.layout.shapes) == [0.0, 5.0]
    assert [a.text for a in fig.layout.annotations] == ["R", "W"]
    assert fig.data[2].x == (5.0,) and fig.data[2].y == (17.0,)
    assert fig.layout.title.text == "TITLE"


def test_normalise_figure_omits_the_linear_bars_when_not_defined():
    with_linear = charts.normalise_figure(["a", "b"], [1, 0], [5 / 6, 1 / 6], softmax([5, 1]), T)
    assert [d.name for d in with_linear.data] == ["TARGET", "LINEAR", "SOFTMAX"]
    assert list(with_linear.data[1].text) == ["0.833", "0.167"]
    assert list(with_linear.data[2].text) == ["0.982", "0.018"]
    without = charts.normalise_figure(["a", "b"], [1, 0], None, softmax([-1, 2]), T)
    assert [d.name for d in without.data] == ["TARGET", "SOFTMAX"]


def test_gradient_figure_colours_a_score_to_raise_green_and_one_to_lower_red():
    z = [0.0, 1.0]
    fig = charts.gradient_figure(["a", "b"], softmax(z), [1, 0], losses.gradient(z, 0), T)
    grad = fig.data[2]
    assert list(grad.text) == ["-0.731", "+0.731"]
    assert grad.marker.color[0] != grad.marker.color[1]


def test_history_figure_has_one_line_per_class_and_the_loss_on_the_right_axis():
    hist = [[0.0, 1.0], [0.5, 0.5], [1.0, 0.0]]
    fig = charts.history_figure(hist, [1.3, 0.7, 0.3], ["a", "b"], T)
    assert [d.name for d in fig.data] == ["S a", "S b", "LOSS"]
    assert list(fig.data[0].y) == [0.0, 0.5, 1.0]
    assert fig.data[2].yaxis == "y2"


def test_attention_figures_size_markers_by_weight_and_draw_the_output():
    q, keys, values = [1.0, 0.5], np.array([[1, 0], [0, 1], [-1, 0]]), np.array([[1, 0], [0, 1], [-1, 0]])
    out = att.attention(q, keys, values, 2.0)
    names = ["k1", "k2", "k3"]
    vec = charts.vectors_figure(q, keys, names, out.weights, T)
    sizes = [d.marker.size for d in vec.data if d.mode == "markers+text" and d.legendgroup == "keys"]
    assert np.argmax(sizes) == np.argmax(out.weights)
    w = charts.weights_figure(names, out.scores, out.weights, T)
    np.testing.assert_allclose(w.data[0].y, out.weights)
    v = charts.values_figure(values, names, out.weights, out.output, T)
    np.testing.assert_allclose([v.data[1].x[0], v.data[1].y[0]], out.output)


def test_scale_sweep_figure_has_a_line_per_key_and_marks_the_scale():
    scales = np.linspace(0, 10, 11)
    sweep = att.weights_over_scales([1.0, 0.5], [[1, 0], [0, 1]], scales)
    fig = charts.scale_sweep_figure(scales, sweep, ["k1", "k2"], 3.0, T)
    assert [d.name for d in fig.data] == ["k1", "k2"]
    assert fig.layout.shapes[0].x0 == 3.0
    assert fig.data[0].y[0] == pytest.approx(0.5)  # scale 0: uniform
