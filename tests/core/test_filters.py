"""Decoding filters against hand-computed cases and Hugging Face transformers' warper semantics."""

import math

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.filters import (
    FilterSettings,
    apply_temperature,
    filter_scores,
    filtered_probs,
    guard_all_masked,
    min_p_filter,
    top_k_filter,
    top_p_filter,
)

INF = math.inf


def kept(row) -> list[int]:
    return np.flatnonzero(np.isfinite(np.asarray(row).ravel())).tolist()


def logits_of(probs) -> np.ndarray:
    return np.log(np.asarray(probs, dtype=float))


# ------------------------------------------------------------------------- temperature


def test_temperature_divides_shifted_scores():
    out = apply_temperature([2.0, 1.0, 0.0], 0.5)
    np.testing.assert_allclose(out, [0.0, -2.0, -4.0])


@pytest.mark.parametrize(
    "fn", [lambda z: apply_temperature(z, 0.7), lambda z: top_k_filter(z, 2), lambda z: top_p_filter(z, 0.5),
           lambda z: min_p_filter(z, 0.1), lambda z: filter_scores(z, FilterSettings(0.7, top_k=2)),
           lambda z: filtered_probs(z, FilterSettings(0.7, top_p=0.5))],
)  # fmt: skip
def test_every_filter_returns_the_shape_it_was_given(fn):
    row = [2.0, 1.0, 0.0, -1.0]
    assert fn(row).shape == (4,)
    assert fn([row]).shape == (1, 4)
    assert fn([row, row[::-1], row]).shape == (3, 4)


def test_temperature_zero_keeps_only_the_top_score_and_its_ties():
    out = apply_temperature([[1.0, 3.0, 3.0, 0.0]], 0.0)
    assert kept(out) == [1, 2]
    np.testing.assert_allclose(filtered_probs([1.0, 3.0, 3.0, 0.0], FilterSettings(0.0)), [0, 0.5, 0.5, 0])


def test_temperature_zero_ignores_the_other_filters():
    out = filter_scores([0.0, 5.0, 1.0], FilterSettings(temperature=0.0, top_k=3, top_p=0.99, min_p=0.0))
    assert kept(out) == [1]


# -------------------------------------------------------------------------------- top-k


def test_top_k_keeps_the_k_largest_scores():
    assert kept(top_k_filter([0.1, 3.0, 2.0, -1.0, 2.5], 2)) == [1, 4]


def test_top_k_keeps_every_token_tied_with_the_kth_score():
    # scores 3, 2, 2, 2, 1: the 2nd largest is 2, and three tokens have it
    assert kept(top_k_filter([3.0, 2.0, 2.0, 2.0, 1.0], 2)) == [0, 1, 2, 3]


def test_top_k_larger_than_the_vocabulary_is_clamped_and_keeps_everything():
    z = np.array([[0.5, -2.0, 1.0]])
    np.testing.assert_array_equal(top_k_filter(z, 1000), z)


def test_top_k_respects_min_tokens_to_keep():
    assert kept(top_k_filter([0.0, 3.0, 2.0, 1.0], 1, min_tokens_to_keep=3)) == [1, 2, 3]


def test_top_k_filters_each_row_of_a_batch_on_its_own():
    out = top_k_filter([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], 1)
    assert np.isfinite(out).tolist() == [[False, False, True], [True, False, False]]


# -------------------------------------------------------------------------------- top-p


def test_top_p_keeps_the_smallest_set_that_reaches_p_including_the_crossing_token():
    z = logits_of([0.1, 0.5, 0.15, 0.25])  # sorted: 0.5, 0.25, 0.15, 0.1
    assert kept(top_p_filter(z, 0.6)) == [1, 3]  # 0.5 < 0.6, 0.5 + 0.25 crosses it
    assert kept(top_p_filter(z, 0.75)) == [1, 3]  # exactly reaches 0.75: nothing more needed
    assert kept(top_p_filter(z, 0.76)) == [1, 2, 3]
    assert kept(top_p_filter(z, 0.5)) == [1]
    assert kept(top_p_filter(z, 1.0)) == [0, 1, 2, 3]


def test_top_p_of_one_keeps_every_token_with_probability_above_zero():
    # The second token's probability is e^-30 ≈ 1e-13: tiny, but above zero, so p = 1 keeps it
    # (Hugging Face drops only tokens whose cumulative probability from below is 0).
    assert kept(top_p_filter([0.0, -30.0], 1.0)) == [0, 1]
    assert kept(top_p_filter([0.0, -30.0, -INF], 1.0)) == [0, 1]
    assert kept(top_p_filter([0.0, -800.0], 1.0)) == [0]  # e^-800 underflows to probability 0
    assert kept(filter_scores([0.0, -30.0], FilterSettings(top_p=1.0))) == [0, 1]


def test_top_p_renormalises_the_kept_probabilities():
    probs = filtered_probs(logits_of([0.1, 0.5, 0.15, 0.25]), FilterSettings(top_p=0.6))
    np.testing.assert_allclose(probs, [0, 0.5 / 0.75, 0, 0.25 / 0.75])


def test_top_p_never_keeps_fewer_than_min_tokens_to_keep():
    z = logits_of([0.9, 0.05, 0.03, 0.02])
    assert kept(top_p_filter(z, 0.5)) == [0]
    assert kept(top_p_filter(z, 0.5, min_tokens_to_keep=3)) == [0, 1, 2]


def test_top_p_is_the_article_example_humpty_du():
    # after "Humpty Du": u 0.5, m 0.45, others 0.05 -> p = 0.9 keeps u and m only
    z = logits_of([0.5, 0.45, 0.05])
    assert kept(top_p_filter(z, 0.9)) == [0, 1]
    assert kept(top_p_filter(z, 0.96)) == [0, 1, 2]


# -------------------------------------------------------------------------------- min-p


def test_min_p_keeps_tokens_with_at_least_min_p_times_the_top_probability():
    z = logits_of([0.5, 0.3, 0.1, 0.06, 0.04])
    assert kept(min_p_filter(z, 0.2)) == [0, 1, 2]  # threshold 0.1: 0.1 stays, 0.06 goes
    assert kept(min_p_filter(z, 0.0)) == [0, 1, 2, 3, 4]
    assert kept(min_p_filter(z, 1.0)) == [0]


def test_min_p_respects_min_tokens_to_keep():
    z = logits_of([0.5, 0.3, 0.1, 0.06, 0.04])
    assert kept(min_p_filter(z, 0.9, min_tokens_to_keep=2)) == [0, 1]


def test_min_p_keeps_a_token_exactly_min_p_times_the_top_despite_rounding():
    # Counts 30 and 15: the ratio is exactly 0.5, but log(15/45) - log(30/45) rounds below log(0.5).
    z = np.log(np.array([30.0, 15.0, 4.0]) / 49)
    assert z[1] - z[0] < np.log(0.5)
    assert kept(min_p_filter(z, 0.5)) == [0, 1]
    assert kept(min_p_filter(z, 0.5 + 1e-6)) == [0]


def test_min_p_keeps_ties_with_the_top():
    assert kept(min_p_filter([2.0, 2.0, -5.0], 1.0)) == [0, 1]


# ---------------------------------------------------------------------- order and guard


def test_filters_run_in_order_temperature_then_top_k_then_top_p_then_min_p():
    z = logits_of([0.4, 0.3, 0.2, 0.1])
    # top-k 3 drops 0.1 and renormalises to 4/9, 3/9, 2/9; top-p 0.7 then needs 4/9 + 3/9 = 0.78
    out = filter_scores(z, FilterSettings(top_k=3, top_p=0.7))
    assert kept(out) == [0, 1]
    # min-p 0.8 after that: 3/7 < 0.8 * 4/7 -> only the top remains
    assert kept(filter_scores(z, FilterSettings(top_k=3, top_p=0.7, min_p=0.8))) == [0]
    # a high temperature flattens first, so top-p needs more tokens
    assert kept(filter_scores(z, FilterSettings(temperature=10.0, top_p=0.7))) == [0, 1, 2]


def test_guard_restores_the_top_token_of_a_row_that_was_masked_completely():
    original = np.array([[0.0, 2.0, 1.0], [1.0, 0.0, 0.0]])
    filtered = np.array([[-INF, -INF, -INF], [0.0, -INF, -INF]])
    out = guard_all_masked(filtered, original)
    assert kept(out[0]) == [1]
    np.testing.assert_array_equal(out[1], filtered[1])
    assert np.isfinite(filtered_probs([0.0, 2.0, 1.0], FilterSettings(top_p=1e-12, min_p=1.0))).all()


def test_a_row_that_is_already_all_minus_inf_is_rejected():
    with pytest.raises(ValueError, match="masked"):
        filter_scores([[0.0, 1.0], [-INF, -INF]], FilterSettings())


@pytest.mark.parametrize(
    "kwargs",
    [
        {"temperature": -1.0},
        {"temperature": math.nan},
        {"temperature": math.inf},
        {"top_k": 0},
        {"top_k": -3},
        {"top_k": 2.5},
        {"top_p": 0.0},
        {"top_p": 1.5},
        {"top_p": math.nan},
        {"min_p": -0.1},
        {"min_p": 1.01},
        {"min_tokens_to_keep": 0},
    ],
)
def test_out_of_range_parameters_raise_value_error(kwargs):
    with pytest.raises(ValueError):
        FilterSettings(**kwargs)


@pytest.mark.parametrize("bad", [[math.nan, 1.0], [math.inf, 1.0], []])
def test_bad_scores_raise_value_error(bad):
    with pytest.raises(ValueError):
        filter_scores(bad, FilterSettings())


# -------------------------------------------------------------------------- properties

rows = arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 12)), elements=st.floats(-30, 30))


@given(
    z=rows,
    k=st.integers(1, 15),
    p=st.floats(0.01, 1.0),
    m=st.floats(0.0, 1.0),
    t=st.floats(0.05, 10.0),
    keep=st.integers(1, 3),
)
@example(
    z=np.array([[0.0, 0.0], [-30.0, 8.0]]), k=1, p=1.0, m=0.0, t=0.05078125, keep=2
)  # a fresh clone found it
def test_filtered_distributions_are_valid_and_keep_the_top_token(z, k, p, m, t, keep):
    settings = FilterSettings(temperature=t, top_k=k, top_p=p, min_p=m, min_tokens_to_keep=keep)
    probs = filtered_probs(z, settings)
    np.testing.assert_allclose(probs.sum(axis=-1), 1.0)
    rows_ = np.arange(len(z))
    # The top token after temperature: dividing can round two scores into a tie (0 and 5e-324 at
    # T = 2 both become 0), and then the first of them in vocabulary order is the top.
    assert (probs[rows_, np.argmax(apply_temperature(z, t), axis=-1)] > 0).all()
    # min_tokens_to_keep is about the filters: a kept token's probability can still round to 0 at a
    # tiny T (scores [-30, 8] at T = 0.05: e^-748 is 0 in floating point), as in Hugging Face.
    kept = np.isfinite(filter_scores(z, settings))
    assert (kept.sum(axis=-1) >= np.minimum(keep, z.shape[1])).all()
    assert not (probs[~kept] > 0).any()  # and nothing the filters removed has any probability


@given(z=rows, p=st.floats(0.01, 1.0))
def test_top_p_kept_mass_reaches_p_and_dropping_the_last_kept_token_would_not(z, p):
    probs = filtered_probs(z, FilterSettings())  # the unfiltered distribution
    keep = np.isfinite(top_p_filter(z, p))
    mass = np.where(keep, probs, 0).sum(axis=-1)
    assert (mass >= p - 1e-9).all()
    smallest_kept = np.where(keep, probs, np.inf).min(axis=-1)
    assert ((mass - smallest_kept < p + 1e-9) | (keep.sum(axis=-1) == 1)).all()


# ------------------------------------------------------------------ removed_by_filter (compare page)


def test_removed_by_filter_names_what_each_filter_removes_in_order_and_matches_filtered_probs():
    from core.filters import removed_by_filter

    z = np.log(np.array([0.4, 0.3, 0.15, 0.1, 0.05]))
    settings = FilterSettings(temperature=1.0, top_k=4, top_p=0.7, min_p=0.5)
    masks = removed_by_filter(z, settings)
    assert masks["top_k"].tolist() == [False, False, False, False, True]
    assert masks["top_p"].tolist() == [False, False, True, True, False]  # 0.4 + 0.3 reaches 0.7
    assert not masks["min_p"].any()  # 0.3 ≥ 0.5 × 0.4: nothing left to remove
    union = np.logical_or.reduce(list(masks.values()))
    assert ((filtered_probs(z, settings) == 0) == union).all()


def test_removed_by_filter_leaves_out_switched_off_filters_and_reports_idle_ones():
    from core.filters import removed_by_filter

    z = np.log(np.array([0.5, 0.3, 0.2]))
    masks = removed_by_filter(z, FilterSettings(temperature=1.0, top_k=10, top_p=1.0, min_p=0.0))
    assert set(masks) == {"top_k", "top_p", "min_p"}
    assert not any(m.any() for m in masks.values())
    assert set(removed_by_filter(z, FilterSettings(temperature=2.0, top_p=0.5))) == {"top_p"}
    with pytest.raises(ValueError):
        removed_by_filter(z, FilterSettings(temperature=0.0, top_k=1))
