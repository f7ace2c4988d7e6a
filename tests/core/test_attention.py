"""Scaled dot-product attention: shapes, weights summing to 1, the scale acting as 1/temperature."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.special import softmax as scipy_softmax

from core.attention import attention, weights_over_scales
from core.softmax import entropy_bits

finite = st.floats(-10, 10, allow_nan=False)


def test_single_query_by_hand():
    q = [1.0, 0.0]
    keys = [[1.0, 0.0], [0.0, 1.0]]
    values = [[2.0, 0.0], [0.0, 4.0]]
    out = attention(q, keys, values)
    s = np.array([1.0, 0.0]) / np.sqrt(2)
    np.testing.assert_allclose(out.scores, s)
    w = np.exp(s) / np.exp(s).sum()
    np.testing.assert_allclose(out.weights, w)
    np.testing.assert_allclose(out.output, [2 * w[0], 4 * w[1]])


@given(
    arrays(np.float64, (3, 2), elements=finite),
    arrays(np.float64, (5, 2), elements=finite),
    arrays(np.float64, (5, 3), elements=finite),
    st.floats(0, 10),
)
def test_weights_sum_to_one_per_query_and_match_scipy(q, keys, values, scale):
    out = attention(q, keys, values, scale)
    assert out.scores.shape == (3, 5) and out.output.shape == (3, 3)
    np.testing.assert_allclose(out.weights.sum(axis=1), 1.0, atol=1e-12)
    expected = scipy_softmax(scale * q @ keys.T / np.sqrt(2), axis=1)
    np.testing.assert_allclose(out.weights, expected, atol=1e-12)
    np.testing.assert_allclose(out.output, expected @ values, atol=1e-9)


def test_output_lies_inside_the_values_and_equals_a_value_when_one_key_dominates():
    keys = [[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0]]
    values = [[1.0, 1.0], [-1.0, 5.0], [3.0, -2.0]]
    out = attention([1.0, 0.0], keys, values, scale=1000)
    np.testing.assert_allclose(out.output, values[0], atol=1e-9)


def test_larger_scale_sharpens_attention_and_scale_zero_is_uniform():
    q, keys = [1.0, 0.5], [[1, 0], [0, 1], [-1, 0], [0.7, 0.7]]
    values = np.zeros((4, 2))
    entropies = [entropy_bits(attention(q, keys, values, s).weights) for s in (0, 0.5, 1, 2, 5, 10)]
    assert entropies[0] == pytest.approx(2.0)  # log2(4): every key weighs 1/4
    assert all(a > b for a, b in zip(entropies, entropies[1:], strict=False))


def test_changing_one_key_changes_the_weights():
    q, values = [1.0, 0.5], np.eye(3)
    before = attention(q, [[1, 0], [0, 1], [-1, 0]], values).weights
    after = attention(q, [[-3, 0], [0, 1], [-1, 0]], values).weights
    assert not np.allclose(before, after)
    assert after[0] < before[0]


def test_weights_over_scales_agrees_with_attention_at_each_scale():
    q, keys = [1.0, 0.5], [[1, 0], [0, 1], [-1, 0]]
    scales = [0.0, 1.0, 3.0]
    sweep = weights_over_scales(q, keys, scales)
    for row, s in zip(sweep, scales, strict=True):
        np.testing.assert_allclose(row, attention(q, keys, np.zeros((3, 1)), s).weights)


def test_huge_but_finite_inputs_give_finite_weights():
    out = attention([1e6, 1e6], [[1e6, 1e6], [-1e6, 1e6]], [[1, 0], [0, 1]], scale=10)
    assert np.isfinite(out.weights).all() and out.weights.sum() == pytest.approx(1)


@pytest.mark.parametrize(
    ("q", "keys", "values", "scale"),
    [
        ([1, 0], [], [], 1.0),
        ([1, 0, 0], [[1, 0]], [[1, 0]], 1.0),
        ([1, 0], [[1, 0], [0, 1]], [[1, 0]], 1.0),
        ([np.nan, 0], [[1, 0]], [[1, 0]], 1.0),
        ([1, 0], [[np.inf, 0]], [[1, 0]], 1.0),
        ([1, 0], [[1, 0]], [[1, 0]], -1.0),
        ([1, 0], [[1, 0]], [[1, 0]], np.inf),
    ],
)
def test_bad_shapes_values_or_scale_are_refused(q, keys, values, scale):
    with pytest.raises(ValueError):
        attention(q, keys, values, scale)
