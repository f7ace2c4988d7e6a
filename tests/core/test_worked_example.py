"""The worked example of section 03 and the formula/home figures, without a browser."""

import math

import numpy as np
import pytest

from core.charts.formula import gaps_figure
from core.charts.home import AXIS_TOP, probability_bars
from core.charts.style import LABEL_GAP, NAIVE, PROBABILITY, REFERENCE, REFERENCE_DASH
from core.worked_example import (
    ARTICLE_SCORES,
    article_number,
    change,
    divide_by_sum,
    minus,
    overflow_demo,
    percent,
    shown,
    shown_change,
    shown_probability,
    small_number,
    table_number,
    worked_example,
)


def test_worked_example_keeps_the_exact_sum_and_the_articles_sum_of_rounded_terms():
    example = worked_example(ARTICLE_SCORES)
    np.testing.assert_allclose(example.exps, np.exp(ARTICLE_SCORES))
    assert example.total == pytest.approx(math.e**2 + math.e + math.e**0.1)
    assert example.rounded_exps == (7.389, 2.718, 1.105)
    assert example.rounded_total == 11.212 and article_number(example.total, 4) == "11.2125"
    np.testing.assert_allclose(example.p, np.exp(ARTICLE_SCORES) / example.total)


@pytest.mark.parametrize(
    ("x", "text"),
    [(2.688e43, "2.69 × 10⁴³"), (3.72e-44, "3.72 × 10⁻⁴⁴"), (-2.5e7, "−2.5 × 10⁷"), (7.389056, "7.389")],
)
def test_the_article_s_numbers_never_use_e_notation_beside_e_to_a_power(x, text):
    """“2.69e+43” in the e^z column reads as 2.69 × e⁴³ to a reader who has just met e."""
    assert article_number(x) == text


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


@pytest.mark.parametrize(
    ("p", "text"),
    [(0.659001, "65.9%"), (0.0985659, "9.9%"), (1.4e-87, "1.4 × 10⁻⁸⁵%"), (9.1e-5, "0.0091%"), (0.0, "0.0%")],
)
def test_percent_writes_shares_as_the_app_does(p, text):
    assert percent(p) == text


@pytest.mark.parametrize(
    ("x", "text"),
    [(0.659001, "0.659001"), (6.12529e13, "6.12529 × 10¹³"), (1.27772e-7, "1.27772 × 10⁻⁷"),
     (1e-5, "1 × 10⁻⁵"), (-15.873, "−15.873"), (0.999999872, "0.999999872"), (0.9999996, "0.9999996"),
     (1 - 1.1e-16, "1"), (1.0, "1"), (0.0, "0"), (123456.7, "123457"),
     (-2.5e300, "−2.5 × 10³⁰⁰"), (float("nan"), "NaN"), (float("-inf"), "−∞")],
)  # fmt: skip
def test_the_step_table_writes_every_number_without_e_notation_and_no_1_for_a_p_below_it(x, text):
    assert table_number(x) == text


@pytest.mark.parametrize(
    ("x", "text"), [(-1.308, "−1.308"), (-2.5e-9, "−2.5e−09"), (0.5, "0.5"), (-float("inf"), "−inf")]
)
def test_a_written_result_has_a_real_minus_sign(x, text):
    assert minus(f"{x:g}") == text and minus(f"{x:g}").count("-") == 0


@pytest.mark.parametrize(
    ("x", "text"),
    [(2.94e-7, "0.000000294"), (0.0123, "0.0123"), (0.5, "0.500"), (3.1e-13, "3.10 × 10⁻¹³"),
     (9.996e-16, "1.00 × 10⁻¹⁵"), (0.0, "0.000")],
)  # fmt: skip
def test_a_small_number_is_written_out_without_e_notation(x, text):
    assert small_number(x) == text


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (-0.0123, "-0.012"),
        (0.25, "+0.250"),
        (-0.00042, "-0.0004"),
        (3e-6, "+0.000003"),
        (-4e-8, "0"),
        (0.0, "0"),
    ],  # fmt: skip
)
def test_a_change_never_reads_as_a_negative_zero(d, text):
    assert change(d) == text  # the why page's loss had shown "-0.000" once the steps got small


@pytest.mark.parametrize(
    ("before", "after", "text"),
    [
        (2.12694, 0.81945, "-1.308"),  # 2.127 → 0.819: the shown numbers' difference, not -1.307
        (0.50042, 0.50001, "-0.0004"),  # both show 0.500: the exact change, with the digits it needs
        (0.00121, 0.0000412, "-0.001"),  # the second is written out: the exact change
    ],
)
def test_a_change_agrees_with_the_two_numbers_shown(before, after, text):
    assert shown_change(before, after) == text


def test_a_probability_near_1_is_written_out_not_shown_as_one():
    cases = [
        (0.91134, "0.911"),
        (1 - 1.65e-7, "0.999999835"),
        (0.9996, "0.999600"),
        (1 - 3.1e-13, "1 − 3.10 × 10⁻¹³"),
    ]
    assert [shown_probability(p) for p, _ in cases] == [text for _, text in cases]
    assert shown_probability(1.0) == "1.000"  # exactly 1 (T = 0's one-hot) is 1


def test_a_tiny_loss_is_written_out_not_shown_as_zero():
    assert (shown(0.81945), shown(4.12e-5), shown(0.0), shown(0.0004999)) == (
        "0.819",
        "0.0000412",
        "0.000",
        "0.000500",
    )


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
