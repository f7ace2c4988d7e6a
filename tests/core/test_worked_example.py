"""The worked example of section 03 and the formula/home figures, without a browser (the number
writers they use: test_number_text.py)."""

import math

import numpy as np
import pytest

from core.charts.formula import gaps_figure
from core.charts.home import AXIS_TOP, probability_bars
from core.charts.style import LABEL_GAP, NAIVE, PROBABILITY, REFERENCE, REFERENCE_DASH
from core.number_text import article_number
from core.worked_example import ARTICLE_SCORES, divide_by_sum, overflow_demo, worked_example


def test_worked_example_keeps_the_exact_sum_and_the_articles_sum_of_rounded_terms():
    example = worked_example(ARTICLE_SCORES)
    np.testing.assert_allclose(example.exps, np.exp(ARTICLE_SCORES))
    assert example.total == pytest.approx(math.e**2 + math.e + math.e**0.1)
    assert example.rounded_exps == (7.389, 2.718, 1.105)
    assert example.rounded_total == 11.212 and article_number(example.total, 4) == "11.2125"
    np.testing.assert_allclose(example.p, np.exp(ARTICLE_SCORES) / example.total)


def test_worked_example_of_huge_scores_overflows_in_the_table_but_not_in_p():
    example = worked_example([800.0, 0.0])
    assert math.isinf(example.total) and article_number(example.exps[0]) == "∞"
    assert example.p[0] == 1.0 and 0 <= example.p[1] < 1e-300


def test_divide_by_the_sum_gives_a_negative_share_for_a_negative_score():
    assert divide_by_sum([5.0, 1.0]) == pytest.approx((5 / 6, 1 / 6))
    assert divide_by_sum([2.0, 1.0, -1.0]) == pytest.approx((1.0, 0.5, -0.5))
    assert not any(math.isfinite(v) for v in divide_by_sum([1.0, -1.0]))  # the scores add up to 0


def test_adding_1000_breaks_the_formula_as_written_but_not_the_stable_one():
    demo = overflow_demo(ARTICLE_SCORES)
    assert demo.scores == (1002.0, 1001.0, 1000.1)
    assert all(math.isnan(v) for v in demo.naive)
    np.testing.assert_allclose(demo.stable, worked_example(ARTICLE_SCORES).p)


def test_probability_bars_draw_the_reference_as_dashed_outlines_like_every_page():
    fig = probability_bars(("A", "B"), [0.7, 0.3], {"title": "t", "current": "now", "reference": "T = 1"},
                           reference=[0.6, 0.35])  # fmt: skip
    live, labels = fig.data
    assert live.marker.color == PROBABILITY and list(labels.text) == ["70.0%", "30.0%"]
    assert list(labels.y) == pytest.approx([0.7, 0.35 + LABEL_GAP * AXIS_TOP])  # B's outline is over it
    far = probability_bars(("A", "B"), [0.3, 0.7], {"title": "t", "current": "now", "reference": "T = 1"},
                           reference=[0.6, 0.4])  # fmt: skip
    assert list(far.data[1].y) == [0.3, 0.7]  # A's outline far above: the label sits on A's own bar
    gap = 0.2 if fig.layout.bargap is None else fig.layout.bargap  # Plotly's default bargap
    assert all(s.x1shift - s.x0shift == pytest.approx(1 - gap) for s in fig.layout.shapes)  # as wide as a bar
    outlines = fig.layout.shapes
    assert [s.y1 for s in outlines] == [0.6, 0.35] and [s.x0 for s in outlines] == ["A", "B"]
    assert {s.line.dash for s in outlines} == {REFERENCE_DASH} and {s.line.color for s in outlines} == {
        REFERENCE
    }
    assert {s.fillcolor for s in outlines} == {"rgba(0,0,0,0)"} and {s.layer for s in outlines} == {"above"}
    assert [s.showlegend for s in outlines] == [True, False] and outlines[0].name == "T = 1"
    assert fig.layout.showlegend
    plain = probability_bars(("A",), [1.0], {"title": "t", "current": "now"})
    assert len(plain.data) == 2 and not plain.layout.shapes and not plain.layout.showlegend


def test_at_t1_the_home_outline_sits_on_the_bars_without_a_second_legend_entry():
    texts = {"title": "t", "current": "now", "reference": "T = 1"}
    fig = probability_bars(("A", "B"), [0.7, 0.3], texts, reference=[0.7, 0.3])
    assert not any(s.showlegend for s in fig.layout.shapes) and fig.data[0].showlegend is not False


def test_gaps_figure_hatches_the_naive_bars_and_leaves_a_division_by_zero_blank():
    fig = gaps_figure(
        ("a", "b"), [math.nan, math.nan], [0.88, 0.12], {"title": "t", "by_sum": "sum", "softmax": "s"}
    )
    naive, soft = fig.data
    assert naive.marker.color == NAIVE and naive.marker.pattern.shape and soft.marker.color == PROBABILITY
    assert list(naive.text) == ["—", "—"] and list(soft.text) == ["0.880", "0.120"]
    fig = gaps_figure(
        ("a", "b", "c"), [1.0, 0.5, -0.5], [0.7, 0.26, 0.04], {"title": "t", "by_sum": "sum", "softmax": "s"}
    )
    assert fig.layout.yaxis.range[0] < -0.5  # the negative share is drawn below 0, in view
