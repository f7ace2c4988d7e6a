"""Losses, gradient and descent step of the "Why softmax?" page, against hand computation and SciPy."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import softmax as scipy_softmax

from core import user_input as ui
from core import vectors
from core.losses import (
    MAX_LEARNING_RATE,
    check_learning_rate,
    cross_entropy,
    descent,
    gradient,
    gradient_step,
    linear_normalise,
    loss_sweep,
    one_hot,
    squared_error,
)
from core.softmax import softmax
from core.user_input import InputError
from core.vectors import check_table, parse_vector

LEAF = 0
scores = st.lists(st.floats(-30, 30, allow_nan=False), min_size=2, max_size=6)


def test_paradox_squared_error_of_right_answer_is_17_and_of_wrong_answer_is_2():
    # (5-1)² + (1-0)² = 16 + 1; (0-1)² + (1-0)² = 1 + 1
    assert squared_error([5, 1], LEAF) == 17.0
    assert squared_error([0, 1], LEAF) == 2.0


def test_paradox_cross_entropy_prefers_the_right_answer_by_hand():
    # -log(e^5 / (e^5 + e^1)) = log(1 + e^-4);  -log(e^0 / (e^0 + e^1)) = log(1 + e)
    right, wrong = cross_entropy([5, 1], LEAF), cross_entropy([0, 1], LEAF)
    assert right == pytest.approx(math.log(1 + math.exp(-4)), abs=1e-12)
    assert right == pytest.approx(0.018150, abs=1e-6)
    assert wrong == pytest.approx(math.log(1 + math.e), abs=1e-12)
    assert wrong == pytest.approx(1.313262, abs=1e-6)
    assert right < wrong


def test_article_linear_normalisation_is_five_sixths_while_softmax_gives_0_982():
    np.testing.assert_allclose(linear_normalise([5, 1]), [5 / 6, 1 / 6])
    np.testing.assert_allclose(linear_normalise([5, 1]), [0.83, 0.17], atol=0.004)
    np.testing.assert_allclose(softmax([5, 1]), [0.982, 0.018], atol=0.0005)


@pytest.mark.parametrize("bad", [[-1, 2], [0, 0]])
def test_linear_normalisation_refuses_negative_scores_or_zero_sum(bad):
    with pytest.raises(ValueError):
        linear_normalise(bad)


@given(scores, st.data())
def test_cross_entropy_equals_minus_log_softmax_of_the_target(z, data):
    target = data.draw(st.integers(0, len(z) - 1))
    expected = -math.log(scipy_softmax(np.array(z))[target])
    assert cross_entropy(z, target) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_cross_entropy_stays_finite_where_naive_log_of_softmax_would_be_infinite():
    # p(leaf) = e^-2000 underflows to 0 and log(0) = -inf; log-softmax gives the exact 2000.
    assert cross_entropy([0.0, 2000.0], LEAF) == pytest.approx(2000.0)


def test_equal_scores_give_log_2_cross_entropy_and_symmetric_gradient():
    assert cross_entropy([3, 3], LEAF) == pytest.approx(math.log(2))
    np.testing.assert_allclose(gradient([3, 3], LEAF), [-0.5, 0.5])


@settings(max_examples=60)
@given(scores, st.data())
def test_gradient_matches_central_finite_differences_to_1e_6(z, data):
    target = data.draw(st.integers(0, len(z) - 1))
    z = np.array(z)
    h = 1e-5
    numeric = np.array(
        [
            (cross_entropy(z + h * e, target) - cross_entropy(z - h * e, target)) / (2 * h)
            for e in np.eye(len(z))
        ]
    )
    np.testing.assert_allclose(gradient(z, target), numeric, atol=1e-6)


@given(scores, st.data())
def test_gradient_is_p_minus_y_and_sums_to_zero(z, data):
    target = data.draw(st.integers(0, len(z) - 1))
    g = gradient(z, target)
    np.testing.assert_allclose(g, softmax(z) - one_hot(target, len(z)), atol=1e-15)
    assert abs(g.sum()) < 1e-12


def test_one_gradient_step_from_the_wrong_answer_is_z_minus_eta_times_p_minus_y():
    z = np.array([0.0, 1.0])
    p = softmax(z)
    new = gradient_step(z, LEAF, 0.5)
    np.testing.assert_allclose(new, [0.5 * (1 - p[0]), 1 - 0.5 * p[1]])
    assert cross_entropy(new, LEAF) < cross_entropy(z, LEAF)


@given(st.floats(-20, 20), st.floats(-20, 20), st.floats(0.01, MAX_LEARNING_RATE))
def test_two_class_gradient_step_never_raises_the_loss(a, b, eta):
    before = cross_entropy([a, b], LEAF)
    after = cross_entropy(gradient_step([a, b], LEAF, eta), LEAF)
    assert after <= before + 1e-12


@pytest.mark.parametrize("eta", [0.0, -1.0, math.nan, math.inf, 1e308, MAX_LEARNING_RATE * 2])
def test_learning_rate_zero_negative_nonfinite_or_huge_is_refused(eta):
    with pytest.raises(ValueError):
        check_learning_rate(eta)
    with pytest.raises(ValueError):
        gradient_step([0, 1], LEAF, eta)


@pytest.mark.parametrize("bad", [[], [math.nan, 1], [math.inf, 0], [[1, 2]]])
def test_losses_refuse_empty_or_nonfinite_scores(bad):
    for fn in (squared_error, cross_entropy, gradient):
        with pytest.raises(ValueError):
            fn(bad, LEAF)


def test_target_outside_the_classes_is_refused():
    with pytest.raises(ValueError):
        cross_entropy([1, 2], 2)


def test_loss_sweep_matches_the_pointwise_losses_and_passes_through_the_presets():
    xs = np.array([0.0, 2.5, 5.0])
    squared, cross = loss_sweep(xs, 1.0, LEAF)
    np.testing.assert_allclose(squared, [squared_error([x, 1.0], LEAF) for x in xs])
    np.testing.assert_allclose(cross, [cross_entropy([x, 1.0], LEAF) for x in xs])
    assert squared[2] == 17.0 and squared[0] == 2.0


# ---------------------------------------------------------------------------- typed input


def test_vectors_accept_brackets_spaces_and_full_width_commas():
    assert parse_vector("(1, -0.5)", 2) == [1.0, -0.5]
    assert parse_vector("1 2", 2) == [1.0, 2.0]
    assert parse_vector("１，－０．５", 2) == [1.0, -0.5]


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [("", ui.EMPTY, None), ("1", vectors.COUNT, None), ("1,2,3", vectors.COUNT, None),
     ("1, x", ui.NOT_NUMBER_IN, 2), ("inf, 1", ui.NOT_FINITE, 1), ("1, 2e6", ui.OUT_OF_RANGE, 2)],
)  # fmt: skip
def test_bad_vectors_say_what_and_where(text, code, position):
    with pytest.raises(InputError) as info:
        parse_vector(text, 2)
    assert info.value.key == code
    assert info.value.values.get("position") == position


@pytest.mark.parametrize(
    ("rows", "code", "row"),
    [([[1.0, 2.0]], vectors.TOO_FEW_ROWS, None), ([[1.0]] * 9, vectors.TOO_MANY_ROWS, None),
     ([[1.0], [None]], ui.EMPTY, 2), ([[1.0], [math.nan]], ui.EMPTY, 2),
     ([[math.inf], [1.0]], ui.NOT_FINITE, 1),
     ([[1.0], [1e308]], ui.OUT_OF_RANGE, 2)],
)  # fmt: skip
def test_bad_tables_are_reported_by_key_and_row(rows, code, row):
    with pytest.raises(InputError) as info:
        check_table(rows, 2, 8)
    assert info.value.key == code
    assert info.value.values.get("row") == row


def test_descent_is_the_start_then_each_gradient_step_in_turn():
    path = descent([1.0, 3.0], 0, 1.0, 2)
    assert len(path) == 3 and list(path[0]) == [1.0, 3.0]
    np.testing.assert_allclose(path[2], gradient_step(gradient_step([1.0, 3.0], 0, 1.0), 0, 1.0))
