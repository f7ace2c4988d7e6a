"""The number writers (core/number_text.py): real minus signs, no e-notation, nothing rounded onto a
limit the page says is never reached."""

import numpy as np
import pytest

from core.number_text import (
    article_number,
    bar_labels,
    change,
    column_total,
    minus,
    percent,
    percents_total,
    shown,
    shown_change,
    shown_probability,
    shown_share,
    shown_signed,
    small_number,
    table_number,
)
from core.softmax import softmax


@pytest.mark.parametrize(
    ("x", "text"),
    [(2.688e43, "2.69 × 10⁴³"), (3.72e-44, "3.72 × 10⁻⁴⁴"), (-2.5e7, "−2.5 × 10⁷"), (7.389056, "7.389")],
)
def test_the_article_s_numbers_never_use_e_notation_beside_e_to_a_power(x, text):
    """“2.69e+43” in the e^z column reads as 2.69 × e⁴³ to a reader who has just met e."""
    assert article_number(x) == text


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (0.659001, "65.9%"),
        (0.0985659, "9.9%"),
        (1.4e-87, "1.4 × 10⁻⁸⁵%"),
        (9.1e-5, "0.0091%"),
        (0.0, "0.0%"),
        (0.99951, ">99.9%"),
        (0.9994, "99.9%"),
        (1.0, "100.0%"),
        (1 - 1.1e-16, ">99.9%"),  # one share at T > 0 (a sum that only the float misses 1 is rounded first)
    ],
)
def test_percent_writes_shares_as_the_app_does(p, text):
    assert percent(p) == text


@pytest.mark.parametrize(
    ("x", "text"),
    [(0.659001, "0.659001"), (6.12529e13, "6.12529 × 10¹³"), (1.27772e-7, "1.27772 × 10⁻⁷"),
     (1e-5, "1 × 10⁻⁵"), (-15.873, "−15.873"), (0.999999872, "0.999999872"), (0.9999996, "0.9999996"),
     (1 - 1e-13, "1 − 1 × 10⁻¹³"), (1.0, "1"), (0.0, "0"), (123456.7, "123457"), (999999.5, "1 × 10⁶"),
     (-2.5e300, "−2.5 × 10³⁰⁰"), (float("nan"), "NaN"), (float("-inf"), "−∞")],
)  # fmt: skip
def test_the_step_table_writes_every_number_without_e_notation_and_no_1_for_a_p_below_it(x, text):
    assert table_number(x) == text


def test_a_column_s_sum_of_probabilities_is_1_where_only_the_float_misses_it_and_a_rounding_edge_is_no_e():
    assert table_number(column_total(1 - 1.1e-16)) == "1"  # the Σ row
    assert table_number(1 - 1.1e-16) == "1 − 1.11 × 10⁻¹⁶"  # one probability: never 1 at T > 0
    assert table_number(column_total(1.5)) == "1.5" and table_number(9999.7, 4) == "1 × 10⁴"


@pytest.mark.parametrize(("x", "text"), [(-1.308, "−1.308"), (-25.5, "−25.5"), (0.5, "0.5")])
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
        (0.9996, "0.9996"),
        (1 - 3.1e-13, "1 − 3.1 × 10⁻¹³"),
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


def test_bars_near_the_ends_and_a_number_past_the_float_s_range_are_written_out():
    assert (shown_share(1 - 2e-14), shown_share(2e-14)) == ("1 − 2 × 10⁻¹⁴", "2.00 × 10⁻¹⁴")
    assert (shown_signed(-(1 - 1e-9)), shown_signed(1e-9), shown_signed(0.0)) == (
        "−1.000",
        "+0.00000000100",
        "0",
    )
    assert shown(5e-324) == "4.94 × 10⁻³²⁴"  # the smallest float: its power of ten, no ZeroDivisionError


def test_percents_total_is_what_the_written_shares_add_up_to_where_that_misses_100():
    tie = softmax(np.array([5.0, 1.0, 5.0]))  # 49.5%, 0.9%, 49.5%
    assert [percent(p) for p in tie] == ["49.5%", "0.9%", "49.5%"] and percents_total(tie) == "99.9%"
    assert percents_total(softmax(np.array([2.0, 1.0, 0.1]))) is None  # 65.9 + 24.2 + 9.9 = 100.0
    assert percents_total([1 / 3] * 3) == "99.9%"
    assert percents_total([0.9996, 0.0004]) is None  # “>99.9%”: no sum can be written for it


def test_percents_total_adds_a_tiny_share_as_it_is_written():
    """Scores 8, 7, 0 are written 73.1% + 26.9% + 0.025%: they add up to 100.025%, not 100%."""
    shares = softmax(np.array([8.0, 7.0, 0.0]))
    assert [percent(p) for p in shares] == ["73.1%", "26.9%", "0.025%"]
    assert percents_total(shares) == "100.025%"
    assert percents_total([0.6663, 0.3333, 0.0004]) == "99.94%"  # 66.6 + 33.3 + 0.04
    assert percents_total([0.5, 0.5 - 1e-90, 1e-90]) is None  # 50.0 + 50.0 + 10⁻⁸⁸%: 100.0 as written


def test_a_share_that_is_never_all_is_written_short_of_all_even_where_the_float_says_1():
    """A softmax share at T > 0 that the float has rounded to 1.0 (the compare page's sure spot)."""
    assert percent(1.0) == "100.0%" and percent(1.0, never_all=True) == ">99.9%"
    assert percent(0.9997, never_all=True) == ">99.9%" and percent(0.659, never_all=True) == "65.9%"


def test_bar_labels_never_write_all_or_nothing_for_a_share_that_is_neither():
    """Scores 20 and 0: 99.9999998% and 0.0000002%, labelled “>99.9%” and “<0.1%”, not 100.0% and 0.0%."""
    assert bar_labels(softmax(np.array([20.0, 0.0]))) == [">99.9%", "<0.1%"]
    assert bar_labels(softmax(np.array([40.0, 0.0]))) == [">99.9%", "<0.1%"]  # the float's 1.0 too
    assert bar_labels([1.0, 0.0, 0.0]) == ["100.0%", "0.0%", "0.0%"]  # T = 0: the top takes all
    assert bar_labels(softmax(np.array([2.0, 1.0, 0.1]))) == ["65.9%", "24.2%", "9.9%"]
    assert bar_labels([0.9996, 0.0004], tiny_digits=True) == [">99.9%", "0.04%"]
    # a share the float has rounded to 0 at T > 0 (40 and 0 at T = 0.05): still "<0.1%" if known above 0
    assert bar_labels([1.0, 0.0], positive=[True, True]) == [">99.9%", "<0.1%"]
    assert bar_labels([1.0, 0.0], positive=[True, False]) == ["100.0%", "0.0%"]  # a −∞ score: truly 0
    assert bar_labels([0.0, 1.0], tiny_digits=True, positive=[True, True]) == ["<0.1%", ">99.9%"]
