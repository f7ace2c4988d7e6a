"""Softmax, log-softmax, entropy, the naive formula, the three properties and the temperature sweep."""

import math

import numpy as np
import pytest
import scipy.special
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.softmax import (
    check_properties,
    entropy_bits,
    entropy_bits_of_scores,
    log_softmax,
    naive_softmax,
    softmax,
    softmax_steps,
    temperature_sweep,
)

# Finite logits of moderate size (the property tests); huge values have their own tests.
logits = arrays(
    np.float64,
    st.integers(1, 30),
    elements=st.floats(-50, 50, allow_nan=False, allow_infinity=False),
)
any_finite = arrays(
    np.float64,
    st.integers(1, 20),
    elements=st.floats(allow_nan=False, allow_infinity=False),
)
temperatures = st.floats(0.05, 10)


# ---------------------------------------------------------------------------- the article's numbers


def test_article_example_gives_659_242_099():
    p = softmax([2, 1, 0.1])
    np.testing.assert_allclose(p, [0.659, 0.242, 0.099], atol=5e-4)
    e = np.exp([2, 1, 0.1])
    np.testing.assert_allclose(e, [7.389, 2.718, 1.105], atol=5e-4)
    assert e.sum() == pytest.approx(11.212, abs=1e-3)  # the article truncates 11.2125


def test_leaf_flower_scores_give_0982_0018():
    np.testing.assert_allclose(softmax([5, 1]), [0.982, 0.018], atol=5e-4)


def test_temperature_half_sharpens_the_article_example():
    # softmax(z / 0.5) = softmax(4, 2, 0.2)
    p = softmax([2, 1, 0.1], 0.5)
    np.testing.assert_allclose(p, [0.86377712, 0.11689952, 0.01932336], atol=1e-8)


# ---------------------------------------------------------------------------- stability and edges


def test_huge_logits_do_not_overflow_while_the_naive_formula_does():
    p = softmax([1000, 999, 998])
    np.testing.assert_allclose(p, softmax([2, 1, 0]), rtol=1e-12)
    naive = naive_softmax([1000, 999, 998])
    assert np.isnan(naive).all()


@pytest.mark.parametrize("t", [0.05, 1.0, 10.0])
def test_logits_at_the_float64_limits_give_a_finite_distribution(t):
    for z in ([1e308, -1e308], [-1e308, 1e308, 0.0], [1e308, 1e308], [-1e308, -1e308]):
        p = softmax(z, t)
        assert np.isfinite(p).all()
        assert p.sum() == pytest.approx(1.0)
    assert softmax([1e308, -1e308], t).tolist() == [1.0, 0.0]
    assert softmax([1e308, 1e308], t).tolist() == [0.5, 0.5]


def test_temperature_zero_spreads_mass_over_tied_maxima():
    assert softmax([3, 1, 3, 2], 0).tolist() == [0.5, 0.0, 0.5, 0.0]
    assert softmax([2, 1, 0.1], 0).tolist() == [1.0, 0.0, 0.0]


def test_masked_token_gets_exactly_zero():
    p = softmax([2, -np.inf, 1])
    assert p[1] == 0.0
    np.testing.assert_allclose(p[[0, 2]], softmax([2, 1]), rtol=1e-15)
    assert softmax([-np.inf, 5], 0).tolist() == [0.0, 1.0]


@pytest.mark.parametrize(
    ("z", "t", "words"),
    [
        ([], 1.0, "empty"),
        ([1.0, np.nan], 1.0, "NaN"),
        ([1.0, np.inf], 1.0, "+inf"),
        ([-np.inf, -np.inf], 1.0, "-inf"),
        ([1.0, 2.0], -0.5, "temperature"),
        ([1.0, 2.0], np.nan, "temperature"),
        ([1.0, 2.0], np.inf, "temperature"),
        (3.0, 1.0, "single number"),
    ],
)
def test_bad_input_raises_a_value_error_that_names_the_problem(z, t, words):
    with pytest.raises(ValueError, match=words.replace("+", r"\+")):
        softmax(z, t)
    with pytest.raises(ValueError):
        log_softmax(z, t)


def test_batch_of_rows_is_normalised_row_by_row():
    z = np.array([[2, 1, 0.1], [0, 0, 0]])
    p = softmax(z)
    np.testing.assert_allclose(p[0], softmax([2, 1, 0.1]))
    np.testing.assert_allclose(p[1], [1 / 3] * 3)


# ---------------------------------------------------------------------------- properties (Hypothesis)


@given(logits, temperatures)
def test_probabilities_are_in_unit_interval_and_sum_to_one(z, t):
    p = softmax(z, t)
    assert ((p >= 0) & (p <= 1)).all()
    assert p.sum() == pytest.approx(1.0, abs=1e-12)


@given(logits, temperatures)
def test_order_of_scores_is_kept(z, t):
    p = softmax(z, t)
    i, j = np.meshgrid(np.arange(z.size), np.arange(z.size))
    bigger = z[i] > z[j]
    assert (p[i][bigger] >= p[j][bigger]).all()
    assert (p[i][z[i] == z[j]] == p[j][z[i] == z[j]]).all()


@given(logits, temperatures, st.floats(-1e6, 1e6))
def test_adding_a_constant_does_not_change_softmax(z, t, c):
    np.testing.assert_allclose(softmax(z + c, t), softmax(z, t), atol=1e-9)


@given(logits, temperatures)
def test_temperature_equals_dividing_the_logits(z, t):
    np.testing.assert_allclose(softmax(z, t), softmax(z / t), atol=1e-12)


@given(logits)
def test_small_temperature_approaches_greedy(z):
    gap = np.unique(z)
    # the gap between the top two distinct logits decides how small T must be
    if gap.size > 1:
        t = (gap[-1] - gap[-2]) / 800  # e^-800 underflows to 0
    else:
        t = 1e-3
    np.testing.assert_allclose(softmax(z, t), softmax(z, 0), atol=1e-12)


@given(logits)
def test_large_temperature_approaches_uniform(z):
    np.testing.assert_allclose(softmax(z, 1e12), np.full(z.size, 1 / z.size), atol=1e-9)


@given(any_finite, st.floats(1e-3, 1e3))
def test_no_nan_for_any_finite_input(z, t):
    p = softmax(z, t)
    assert np.isfinite(p).all()
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.isfinite(log_softmax(z, t)[p > 0]).all()


@given(logits, temperatures)
def test_agrees_with_scipy_to_1e_12(z, t):
    np.testing.assert_allclose(softmax(z, t), scipy.special.softmax(z / t), rtol=0, atol=1e-12)
    np.testing.assert_allclose(log_softmax(z, t), scipy.special.log_softmax(z / t), rtol=0, atol=1e-10)


def test_agrees_with_scipy_on_seeded_random_batches():
    rng = np.random.default_rng(0)
    z = rng.normal(0, 10, size=(500, 12))
    np.testing.assert_allclose(softmax(z), scipy.special.softmax(z, axis=-1), rtol=0, atol=1e-12)


# ---------------------------------------------------------------------------- entropy, naive, properties


def test_entropy_is_zero_for_one_hot_and_log2_n_for_uniform():
    assert entropy_bits([0, 1, 0]) == 0.0
    assert entropy_bits([0.25] * 4) == pytest.approx(2.0)
    assert entropy_bits(softmax([2, 1, 0.1])) == pytest.approx(1.22158, abs=1e-5)


@pytest.mark.parametrize(
    "bad",
    [[0, 1, 2], [0.5, math.nan, 0.5], [-0.5, 1.5], [0.5, 0.25], [[0.5, 0.5], [1.0, 1.0]], [0.5, math.inf]],
)
def test_entropy_rejects_what_is_not_a_probability_distribution(bad):
    with pytest.raises(ValueError, match="probabilit"):
        entropy_bits(bad)


def test_entropy_works_row_by_row():
    np.testing.assert_allclose(entropy_bits([[0.5, 0.5], [1.0, 0.0]]), [1.0, 0.0])


def test_naive_softmax_matches_stable_one_for_small_logits():
    np.testing.assert_allclose(naive_softmax([2, 1, 0.1], 0.5), softmax([2, 1, 0.1], 0.5), rtol=1e-14)
    assert math.isnan(naive_softmax([710.0, 0.0])[0])  # e^710 = inf, inf / inf = NaN


def test_properties_hold_for_the_article_example():
    prop = check_properties([2, 1, 0.1], softmax([2, 1, 0.1]))
    assert prop.in_open_interval and not prop.rounded
    assert prop.sums_to_one and prop.order_kept and prop.order_strict


def test_properties_report_rounding_at_greedy_and_underflow():
    greedy = check_properties([2, 1, 0.1], softmax([2, 1, 0.1], 0))
    assert not greedy.in_open_interval and greedy.rounded
    assert greedy.order_kept and not greedy.order_strict  # 1 and 0.1 both got 0
    assert not greedy.tied  # the equal ones are 0: rounded, not tied
    underflow = check_properties([1000, 0], softmax([1000, 0]))
    assert underflow.rounded and underflow.sums_to_one and not underflow.tied


def test_properties_report_different_scores_too_close_to_tell_apart_as_tied():
    """1e-300, 2e-300 and 0 at T = 0.05: every e^(z/T) is 1.0, so three different scores get 1/3."""
    z = [1e-300, 2e-300, 0.0]
    close = check_properties(z, softmax(z, 0.05))
    assert close.tied and close.in_open_interval and not close.rounded and not close.order_strict
    assert not check_properties([2, 2, 1], softmax([2, 2, 1])).tied  # equal scores, equal p: as they should


def test_properties_accept_a_masked_token_at_zero_and_flag_a_broken_distribution():
    assert check_properties([1, -np.inf, 0], softmax([1, -np.inf, 0])).in_open_interval
    broken = check_properties([5, 1], [0.2, 0.9])
    assert not broken.order_kept and not broken.sums_to_one
    assert check_properties([5, 1], [np.nan, np.nan]).sum_error == math.inf


def test_sweep_runs_from_one_hot_to_uniform():
    temps = np.array([0.01, 1.0, 1000.0])
    probs = temperature_sweep([2, 1, 0.1], temps)
    assert probs.shape == (3, 3)
    np.testing.assert_allclose(probs[0], [1, 0, 0], atol=1e-12)
    np.testing.assert_allclose(probs[1], softmax([2, 1, 0.1]))
    np.testing.assert_allclose(probs[2], [1 / 3] * 3, atol=1e-3)
    assert np.isfinite(temperature_sweep([1e308, -1e308], temps)).all()


@given(
    arrays(np.float64, st.integers(1, 12), elements=st.floats(-1e308, 1e308) | st.just(-np.inf)).filter(
        lambda z: not np.isneginf(z).all()
    ),
    st.lists(st.just(0.0) | st.floats(1e-3, 1e3), min_size=1, max_size=8),
)
def test_sweep_is_one_softmax_per_temperature_to_the_last_bit(z, temps):
    expected = np.stack([softmax(z, t) for t in temps])
    assert np.array_equal(temperature_sweep(z, temps), expected)


@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_sweep_rejects_a_bad_temperature(bad):
    with pytest.raises(ValueError, match="temperature"):
        temperature_sweep([1.0, 2.0], [1.0, bad])


def test_softmax_steps_end_in_softmax_and_show_where_the_direct_route_overflows():
    calc = softmax_steps([2.0, 1.0, 0.1], 0.5)
    np.testing.assert_array_equal(calc.stable, softmax([2.0, 1.0, 0.1], 0.5))  # bit for bit
    np.testing.assert_allclose(calc.scaled, [4.0, 2.0, 0.2])
    np.testing.assert_allclose(calc.naive, calc.stable, rtol=1e-15)  # small scores: both routes agree
    np.testing.assert_allclose(calc.shifted, [0.0, -2.0, -3.8])
    np.testing.assert_allclose(calc.exps_shifted, np.exp([0.0, -2.0, -3.8]))

    big = softmax_steps([1000.0, 999.0, -np.inf], 1.0)  # e^1000 overflows
    assert np.isposinf(big.exps[:2]).all() and np.isnan(big.naive[:2]).all()
    np.testing.assert_allclose(big.stable, [1 / (1 + np.e**-1), np.e**-1 / (1 + np.e**-1), 0.0])
    assert big.shifted[2] == -np.inf and big.exps_shifted[2] == 0.0
    with pytest.raises(ValueError, match="T = 0"):
        softmax_steps([1.0, 2.0], 0.0)


def test_the_largest_entropy_counts_only_the_options_that_can_be_drawn():
    from core.softmax import max_entropy_bits

    assert max_entropy_bits([2.0, 1.0, 0.1]) == pytest.approx(np.log2(3))
    assert max_entropy_bits([-np.inf, 5.0, 1.0, 2.0, -np.inf]) == pytest.approx(np.log2(3))
    assert max_entropy_bits([7.0]) == 0.0
    assert entropy_bits(softmax([2.0, 1.0, 0.1], 1e6)) == pytest.approx(max_entropy_bits([2.0, 1.0, 0.1]))


@pytest.mark.parametrize(
    ("z", "breaks"),
    [
        ([2.0, 1.0, 0.1], None),
        ([1000.0, 999.0, 998.0], "overflow"),  # e^1000 is infinity: inf ÷ inf
        ([709.7, 709.7], "overflow"),  # each e^x fits, their sum does not: both shares 0
        ([-1000.0, -1001.0, -np.inf], "underflow"),  # every e^x is 0: 0 ÷ 0
        ([-745.0, -746.0], "underflow"),  # e^−745 has lost its digits, e^−746 is 0: 1 and 0, not 0.73, 0.27
        ([-700.0, -701.0], None),  # small, but every digit is still there
    ],
)
def test_the_direct_route_says_how_it_broke_where_its_shares_are_wrong(z, breaks):
    calc = softmax_steps(z, 1.0)
    assert calc.direct_breaks == breaks
    assert (breaks is None) == bool(np.allclose(calc.naive, calc.stable, rtol=1e-9, atol=0.0))


def test_properties_say_which_way_a_share_was_rounded():
    """40 and 0: 1 and 4.2 × 10⁻¹⁸, where nothing is 0 (the note said the smallest rounded to 0)."""
    near_one = check_properties([40, 0], softmax([40, 0]))
    assert near_one.rounded and near_one.one and not near_one.zero
    both = check_properties([1e308, -1e308, 0], softmax([1e308, -1e308, 0]))
    assert both.zero and both.one
    assert not check_properties([2, 1, 0.1], softmax([2, 1, 0.1])).zero


def test_the_entropy_from_scores_keeps_the_share_of_a_top_p_rounded_to_1():
    """5, −5, 0, −∞ at T = 0.1: the top p is 1 − 1.9 × 10⁻²² (1.0 to a float); its −p log p is 2.8 ×
    10⁻²² bits of the 1.419 × 10⁻²⁰, lost when the entropy is taken from the rounded p."""
    a, b = math.exp(-50), math.exp(-100)  # e^((z − max)/T) of the two others
    norm = math.log1p(a + b)
    exact = (norm + (50 + norm) * a + (100 + norm) * b) / (1 + a + b) / math.log(2)
    z = [5.0, -5.0, 0.0, -np.inf]
    assert entropy_bits_of_scores(z, 0.1) == pytest.approx(exact, rel=1e-12)
    assert entropy_bits(softmax(z, 0.1)) < 0.99 * exact  # the rounded route: 1.391 × 10⁻²⁰
    assert entropy_bits_of_scores([2, 2, 0.1], 0) == 1.0 and entropy_bits_of_scores([2, 1, 0.1], 0) == 0.0


@given(logits, st.sampled_from([0.05, 0.5, 1.0, 3.0]))
def test_the_entropy_from_scores_is_the_entropy_of_the_probabilities(z, temperature):
    assert entropy_bits_of_scores(z, temperature) == pytest.approx(
        entropy_bits(softmax(z, temperature)), rel=1e-9, abs=1e-12
    )


def test_a_share_below_the_smallest_normal_float_is_not_called_an_underflow_of_e_x():
    """141.2, −699.4, 137.0, −598.7: no z is below −708, but the exact share of −699.4 is ~4.6 × 10⁻³²²,
    which both routes round alike; the page blamed e^x below −708."""
    assert softmax_steps([141.2, -699.4, 137.0, -598.7], 1.0).direct_breaks is None


def test_the_entropy_of_scores_takes_one_row():
    with pytest.raises(ValueError, match="one row"):
        entropy_bits_of_scores([[1.0, 2.0], [3.0, 4.0]])
