"""Figures of the attention page: the weights core computed, the most attended key highlighted."""

import numpy as np
import pytest

from core import attention as att
from core.charts import attention as charts
from core.charts import style
from core.charts.style import label_groups

T = {k: k.upper() for k in ("title", "x", "query", "keys", "weights", "values", "output", "even")}
Q, KEYS, VALUES = [1.0, 0.5], np.array([[1, 0], [0, 1], [-1, 0]]), np.array([[1, 0], [0, 1], [-1, 0]])
NAMES = ["k1", "k2", "k3"]


def test_weights_figure_draws_core_s_weights_on_0_to_1_with_the_top_key_starred_and_1_over_n():
    out = att.attention(Q, KEYS, VALUES, 2.0)
    fig = charts.weights_figure(NAMES, out.scores, out.weights, T)
    np.testing.assert_allclose(fig.data[0].y, out.weights)
    # One colour for every weight, as the temperature page's bars: the largest share is not a pick
    # (CHOSEN's amber); its label carries the ★, as the most likely option's does there.
    assert fig.data[0].marker.color == style.PROBABILITY
    top = int(np.argmax(out.weights))
    assert [t.startswith(charts.STAR) for t in fig.data[1].text] == [i == top for i in range(3)]
    assert fig.data[1].text[top] == f"★ {out.weights[top]:.3f}"
    assert fig.layout.yaxis.range[0] == 0 and fig.layout.yaxis.range[1] >= 1
    outlines = fig.layout.shapes  # 1/n, what a scale of 0 gives: the reference outline of every page
    assert [o.x0 for o in outlines] == list(NAMES) and [o.y1 for o in outlines] == pytest.approx([1 / 3] * 3)
    assert {o.line.dash for o in outlines} == {style.REFERENCE_DASH} and {o.y0 for o in outlines} == {0}
    assert outlines[0].name == "EVEN" and outlines[0].showlegend and not outlines[1].showlegend


def test_a_weight_just_under_the_even_share_has_its_label_over_the_line_not_across_it():
    w = np.array([0.35, 0.33, 0.18, 0.1, 0.04])  # 1/5 = 0.2: 0.18 just under the line, 0.04 far under
    fig = charts.weights_figure([f"k{i}" for i in range(1, 6)], np.log(w), w, T)
    labels = fig.data[1]
    assert list(labels.text) == ["★ 0.350", "0.330", "0.180", "0.100", "0.040"] and labels.mode == "text"
    over = 0.2 + style.LABEL_GAP * charts.TOP  # over the outline's top, with a little air
    np.testing.assert_allclose(labels.y, [0.35, 0.33, over, over, 0.04])  # 0.1: 0.1 under, closer than a line
    assert labels.hoverinfo == "skip" and labels.showlegend is False


def test_equal_weights_star_no_key_on_any_chart():
    out = att.attention(Q, KEYS, VALUES, 0.0)
    fig = charts.weights_figure(NAMES, out.scores, out.weights, T)
    assert not any(charts.STAR in t for t in fig.data[1].text)
    vec = charts.vectors_figure(Q, KEYS, NAMES, out.weights, T)
    assert not any(charts.STAR in d.text[0] for d in vec.data if d.legendgroup == "keys")


def test_the_key_arrows_are_one_colour_and_the_most_attended_key_s_name_is_starred():
    out = att.attention(Q, KEYS, VALUES, 2.0)
    vec = charts.vectors_figure(Q, KEYS, NAMES, out.weights, T)
    heads = [d for d in vec.data if d.legendgroup == "keys"]
    assert {d.marker.color for d in heads} == {style.PROBABILITY}
    top = int(np.argmax(out.weights))
    assert [d.text[0] for d in heads][top] == f"★ {NAMES[top]}"  # its weight is its bar's, above
    assert sum(charts.STAR in d.text[0] for d in heads) == 1


def test_vectors_and_values_size_markers_by_weight_and_draw_the_output():
    out = att.attention(Q, KEYS, VALUES, 2.0)
    vec = charts.vectors_figure(Q, KEYS, NAMES, out.weights, T)
    sizes = [d.marker.size for d in vec.data if d.mode == "markers+text" and d.legendgroup == "keys"]
    assert np.argmax(sizes) == np.argmax(out.weights)
    v = charts.values_figure(VALUES, NAMES, out.weights, out.output, T)
    np.testing.assert_allclose([v.data[1].x[0], v.data[1].y[0]], out.output)
    assert v.data[1].marker.symbol == "diamond"  # not a star: on this page ★ marks the most attended key


def test_scale_sweep_names_each_line_and_marks_the_scale():
    scales = np.linspace(0, 10, 11)
    sweep = att.weights_over_scales(Q, KEYS[:2], scales)
    fig = charts.scale_sweep_figure(scales, sweep, ["k1", "k2"], 3.0, T)
    assert [d.name for d in fig.data] == ["k1", "k2"]
    assert sorted(a.text for a in end_labels(fig)) == ["k2", "★ k1"]  # apart at the end: one each
    assert fig.layout.shapes[0].x0 == 3.0
    [now] = [a for a in fig.layout.annotations if a.yref == "paper"]  # the dotted line named, as T is
    assert (now.text, now.x, now.xanchor) == ("λ = 3", 3.0, "left")
    far = charts.scale_sweep_figure(scales, sweep, ["k1", "k2"], 9.0, T)
    assert [a.xanchor for a in far.layout.annotations if a.yref == "paper"] == ["right"]  # room on its left
    assert fig.data[0].y[0] == pytest.approx(0.5)  # scale 0: uniform
    assert fig.data[0].line.width > fig.data[1].line.width  # k1 = (1, 0) is nearest q = (1, 0.5)
    assert tuple(fig.layout.xaxis.range) == (0, 10)  # ends where the slider does, not at 15


def end_labels(fig) -> list:
    """The keys' names at the lines' right ends (not the current λ's label, at the plot's top)."""
    return [a for a in fig.layout.annotations if a.yref != "paper"]


def test_lines_that_end_together_share_one_label_at_their_mean_height():
    groups = label_groups([0.58, 0.40, 0.01, 0.0, 0.02], gap=0.07)
    assert [g for _, g in groups] == [[2, 3, 4], [1], [0]]
    assert [y for y, _ in groups] == pytest.approx([0.01, 0.40, 0.58])
    assert label_groups([0.5, 0.5], gap=0.0) == [(0.5, [0]), (0.5, [1])]  # no gap: each its own


def test_the_sweep_prints_no_label_over_another_and_names_every_key_once():
    scales = np.linspace(0, 10, 41)
    sweep = att.weights_over_scales(Q, KEYS, scales)
    fig = charts.scale_sweep_figure(scales, sweep, NAMES, 1.0, T)
    heights = sorted(a.y for a in end_labels(fig))
    assert all(b - a >= charts.LABEL_GAP for a, b in zip(heights, heights[1:], strict=False))
    named = [name.removeprefix("★ ") for a in end_labels(fig) for name in a.text.split(", ")]
    assert sorted(named) == sorted(NAMES)  # every key named once
    longest = max(len(a.text) for a in end_labels(fig))
    assert longest > 2 and fig.layout.margin.r >= 7 * longest  # room for "k2, k3" right of the plot


def test_markers_are_full_colour_ringed_and_the_sweep_labels_are_in_the_theme_s_ink():
    out = att.attention(Q, KEYS, VALUES, 2.0)
    vec = charts.vectors_figure(Q, KEYS, NAMES, out.weights, T)
    val = charts.values_figure(VALUES, NAMES, out.weights, out.output, T)
    dots = [d for d in vec.data if d.legendgroup == "keys"] + [val.data[0]]
    assert len(dots) == 4
    for d in dots:  # an opacity would fade blue under 3:1 on dark and grey under 3:1 on white
        assert d.marker.opacity is None and d.marker.line.color == style.PAPER
    scales = np.linspace(0, 10, 11)
    sweep = att.weights_over_scales(Q, KEYS[:2], scales)
    fig = charts.scale_sweep_figure(scales, sweep, ["k1", "k2"], 3.0, T)
    fonts = {a.text: a.font for a in end_labels(fig)}
    assert {f.color for f in fonts.values()} == {style.INK}
    assert (fonts["★ k1"].weight, fonts["k2"].weight) == ("bold", "normal")  # k1 is the most attended


def test_labels_sit_on_the_side_away_from_the_origin_and_the_query_s_is_never_clipped():
    points = [(1, 0), (0.7, 0.7), (0, 1), (-1, 0), (0, -1), (1, -1)]
    sides = ["middle right", "top right", "top center", "middle left", "bottom center", "bottom right"]
    assert [charts.outward(*p) for p in points] == sides
    out = att.attention([-1.0, 2.0], KEYS, VALUES, 2.0)
    fig = charts.vectors_figure([-1.0, 2.0], KEYS, NAMES, out.weights, T)
    heads = [d for d in fig.data if d.legendgroup == "keys"]
    # Each away from the origin: "k2" over k2 = (0, 1) is clear of the query's arrow to (−1, 2)
    assert [d.textposition for d in heads] == ["middle right", "top center", "middle left"]
    query = fig.data[-1]
    assert query.textposition == "top left" and query.cliponaxis is False  # q = (−1, 2), at the plot's top
    # room for a label beyond the outermost points on every side (a 1280 px page had cut "k1 (0.3")
    xs = [0, -1, *np.asarray(KEYS)[:, 0]]
    ys = [0, 2, *np.asarray(KEYS)[:, 1]]
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert x0 <= min(xs) - 1.2 and x1 >= max(xs) + 1.2 and y0 < min(ys) and y1 > max(ys)


def test_the_sweep_singles_out_no_key_when_all_of_them_tie():
    scales = np.linspace(0, 5, 11)
    sweep = att.weights_over_scales(Q, KEYS, scales)
    tied = charts.scale_sweep_figure(scales, sweep, NAMES, 0.0, T)
    assert {(d.line.color, d.line.width) for d in tied.data} == {(style.PROBABILITY, 1.5)}
    assert not any(charts.STAR in a.text for a in end_labels(tied))
    picked = charts.scale_sweep_figure(scales, sweep, NAMES, 2.0, T)
    assert {d.line.color for d in picked.data} == {style.PROBABILITY}  # one colour, as the temperature sweep
    assert [d.line.width for d in picked.data].count(3) == 1
    assert sum(a.text.count(charts.STAR) for a in end_labels(picked)) == 1


def test_labels_total_is_what_the_three_decimal_labels_add_up_to():
    assert charts.labels_total([0.2] * 5) == 1.0
    assert charts.labels_total([1 / 3] * 3) == 0.999  # 0.333 three times
    assert charts.labels_total([0.2746, 0.2146, 0.1026, 0.2816, 0.1266]) == 1.002  # four rounded up


def test_two_keys_tied_for_the_top_are_both_starred_on_every_chart():
    """The bars starred every key within float noise of the top and the sweep only argmax's: two ★
    on the bars and one on the sweep for one tie."""
    q, keys = [1.0, 1.0], np.array([[1, 0], [0, 1], [-1, 0]])  # k1 and k2 fit q equally well
    out = att.attention(q, keys, keys, 2.0)
    assert list(charts.most_attended(out.weights)) == [True, True, False]
    bars = charts.weights_figure(NAMES, out.scores, out.weights, T)
    assert [t.startswith(charts.STAR) for t in bars.data[1].text] == [True, True, False]
    scales = np.linspace(0, 10, 11)
    sweep = charts.scale_sweep_figure(scales, att.weights_over_scales(q, keys, scales), NAMES, 2.0, T)
    assert [d.line.width for d in sweep.data] == [3, 3, 1.5]
    named = [n for a in end_labels(sweep) for n in a.text.split(", ")]
    assert sorted(named) == ["k3", "★ k1", "★ k2"]


DEFAULT_KEYS = [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.7, 0.7), (0.0, -1.0)]  # the page's table


def drawn_labels(query: tuple[float, float], scale: float, screen: int) -> list[tuple]:
    """(point, label box) of every label of the vectors chart on ``charts.PLOT_PX[screen]``, as
    ``label_box`` models Plotly's."""
    out = att.attention(list(query), DEFAULT_KEYS, DEFAULT_KEYS, scale)
    fig = charts.vectors_figure(list(query), DEFAULT_KEYS, [f"k{i}" for i in range(1, 6)], out.weights, T)
    unit_px = charts.units_px(fig.layout.xaxis.range, fig.layout.yaxis.range)[screen]
    traces = [d for d in fig.data if d.legendgroup == "keys"] + [fig.data[-1]]
    return [
        ((d.x[-1], d.y[-1]), charts.label_box(d.x[-1], d.y[-1], d.textposition, d.text[-1], size, unit_px))
        for d, size in zip(traces, [*(8 + 30 * out.weights), charts.QUERY_PX], strict=True)
    ]


@pytest.mark.parametrize(
    "query", [(1.0, 0.5), (-1.0, 0.2), (0.5, -0.5), (0.1, 0.1), (-0.7, -0.7), (2.0, 2.0)]
)
def test_each_label_is_nearer_its_own_point_than_any_other_and_clear_of_the_other_labels(query):
    """The default query's key k4 had its "★ k4 (0.31)" right above the query's "q": it read as the
    query's label. Over a grid of queries (−2…2 by 0.25, scales 1 and 2), labels nearer another
    point went from 239 to 17 of 3,420 at a desktop's 46 px a unit, and overlapping ones from 242 to 0
    (a handful of queries close to k4 leave no side free). These six are clear on a desktop and a phone,
    a point off a label's corner counting as further than one straight under it (``reading_distances``:
    "★ k4 (0.31)" was nearer k4's marker by its corner, and still read as the query's, 8 Dec)."""
    for screen in (1, 2):  # a desktop's and a phone's plot (a tablet's is smaller)
        for scale in (1.0, 2.0):
            labels = drawn_labels(query, scale, screen)
            for i, (point, box) in enumerate(labels):
                others = np.array([p for p, _ in labels if p != point])
                mine = np.array([box])
                nearest_own = charts.reading_distances(mine, np.array([point]))[0, 0]
                assert (charts.reading_distances(mine, others)[0] > nearest_own).all(), (i, screen)
                rest = np.array([b for j, (_, b) in enumerate(labels) if j != i])
                assert not charts._overlaps(mine, rest).any(), (i, screen)


def test_a_point_off_a_label_s_corner_seems_further_than_one_straight_under_it():
    box = np.array([[0.0, 1.0, 2.0, 1.5]])  # a label from x 0 to 2, y 1 to 1.5
    points = np.array([[1.0, 1.2], [1.0, 0.0], [2.0, 0.5], [3.0, 1.2], [3.0, 0.0], [2.0, 1.0]])
    d = charts.reading_distances(box, points)[0]
    assert d[0] == 0 and d[5] == 0  # inside, and on its edge
    assert d[1] == pytest.approx(1.0)  # straight under it: the plain distance
    assert d[3] == pytest.approx(1.0)  # straight beside it
    assert d[4] == pytest.approx(np.hypot(1, 1) * charts.CORNER)  # off the corner at 45°: CORNER times
    assert d[2] == pytest.approx(0.5)  # under its corner's edge, not beside: plain
    slanted = charts.reading_distances(box, np.array([[2.5, 0.0]]))[0, 0]  # 0.5 across, 1 down
    assert np.hypot(0.5, 1) < slanted < np.hypot(0.5, 1) * charts.CORNER


def test_the_label_model_keeps_the_outward_side_where_nothing_is_in_the_way():
    sides = charts.label_sides([(2.0, 0.0), (-2.0, 0.0), (0.0, 2.0)], ["a", "b", "c"], [8, 8, 8], [40.0])
    assert sides == ["middle right", "middle left", "top center"]
    assert charts.label_box(1.0, 1.0, "top right", "ab", 10, 50.0) == pytest.approx(
        (1.14, 1.14, 1.14 + 9.4 / 50, 1.14 + 16 / 50)  # past the marker's edge (5 px) and 2 px of air
    )


def test_keys_far_apart_shrink_the_unit_the_labels_are_placed_for():
    """Keys at (3, −3) widen both ranges: Plotly drew 32 px a unit on a 1440 px screen, not 46."""
    default = charts.units_px([-2.3, 2.3], [-1.4, 1.4])
    far = charts.units_px([-2.3, 4.3], [-3.4, 1.4])
    assert all(f < d for f, d in zip(far, default, strict=True))
    assert default[1] == pytest.approx(0.85 * 241 / 4.6) and far[1] == pytest.approx(0.85 * 159 / 4.8)
    assert default[1] <= 46 and far[1] <= 32  # never a bigger unit (smaller labels) than drawn
