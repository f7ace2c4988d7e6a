"""Why exp? The four normalizations: which give a distribution, which keep the order, and why not."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.normalize import (
    METHODS,
    PROBLEM_DIVIDE_BY_ZERO,
    PROBLEM_NEGATIVE,
    PROBLEM_NOT_FINITE,
    PROBLEM_ORDER,
    PROBLEM_ZERO,
    compare,
    normalize,
)


def _by_method(z):
    return {r.method: r for r in compare(z)}


def test_leaf_flower_linear_gives_the_articles_083_017_and_softmax_0982():
    r = _by_method([5, 1])
    np.testing.assert_allclose(r["linear"].values, [5 / 6, 1 / 6])
    np.testing.assert_allclose(r["softmax"].values, [0.982, 0.018], atol=5e-4)
    assert all(x.valid and x.keeps_order for x in r.values())


def test_a_negative_score_breaks_linear_and_squares_but_not_softmax():
    r = _by_method([2, -3])
    assert r["linear"].values == (-2.0, 3.0)
    assert not r["linear"].valid and r["linear"].problem == PROBLEM_NEGATIVE
    assert r["squares"].valid and not r["squares"].keeps_order and r["squares"].problem == PROBLEM_ORDER
    assert r["softmax"].valid and r["softmax"].keeps_order and r["softmax"].positive
    assert r["softmax"].problem is None


def test_scores_summing_to_zero_divide_by_zero():
    r = _by_method([1, -1])
    assert r["linear"].problem == PROBLEM_DIVIDE_BY_ZERO and not r["linear"].valid
    r = _by_method([0, 0])
    assert [r[m].problem for m in ("linear", "shift_min", "squares")] == [PROBLEM_DIVIDE_BY_ZERO] * 3
    assert r["softmax"].values == (0.5, 0.5)


def test_shift_by_min_gives_the_lowest_token_zero():
    r = normalize([2, 1, 0.1], "shift_min")
    assert r.valid and r.keeps_order and not r.positive
    assert r.values[2] == 0.0 and r.problem == PROBLEM_ZERO


def test_huge_scores_overflow_the_others_but_not_softmax():
    r = _by_method([1e308, 1e308])
    assert r["softmax"].values == (0.5, 0.5)
    assert r["squares"].problem == PROBLEM_NOT_FINITE
    assert not r["linear"].valid


def test_bad_input_raises():
    for z in ([], [1, np.nan], [1, -np.inf]):
        with pytest.raises(ValueError):
            normalize(z, "softmax")
    with pytest.raises(ValueError, match="unknown"):
        normalize([1, 2], "cubes")


def test_compare_lists_every_method_softmax_first():
    assert [r.method for r in compare([1, 2])] == list(METHODS)
    assert METHODS[0] == "softmax"


@given(arrays(np.float64, st.integers(1, 12), elements=st.floats(-100, 100)))
def test_softmax_is_always_a_valid_order_keeping_distribution(z):
    r = normalize(z, "softmax")
    assert r.valid and r.keeps_order


@given(arrays(np.float64, st.integers(1, 12), elements=st.floats(0.01, 100)))
def test_linear_works_for_positive_scores(z):
    r = normalize(z, "linear")
    assert r.valid and r.keeps_order and r.positive


def test_underflow_to_zero_is_not_an_order_violation_but_a_merged_pair_is():
    assert normalize([1000, 0, -1], "softmax").keeps_order  # 0 and −1 both underflow to p = 0
    squares = normalize([1, -1], "squares")
    assert squares.values == (0.5, 0.5) and not squares.keeps_order


def test_scores_at_the_float64_limits_raise_no_warning():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        results = compare([1e308, -1e308, 0])
    assert results[0].values == (1.0, 0.0, 0.0) and results[0].keeps_order
