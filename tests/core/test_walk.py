"""The context-graph walk: its graph is the model's backoff, its filters are core.filters, its draws
are the plain step-by-step sampler's (tests/core/reference_sampler.py), seed for seed."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus
from core.decoding import _draw, sample
from core.filters import FilterSettings, filtered_probs
from core.softmax import entropy_bits
from core.walk import ContextGraph, filtered_rows, walk
from tests.core.reference_sampler import reference_sample
from tests.core.tiny_model import RHYME, TinyModel, TinySettings


@pytest.fixture(
    scope="module", params=[(4, 0.05), (1, 0.0), (6, 0.0), (2, 1.0)], ids=lambda p: f"c{p[0]}k{p[1]}"
)
def model(request):
    context, smoothing = request.param
    return build_model(load_corpus(), ModelSettings(context=context, smoothing=smoothing))


@pytest.fixture(scope="module")
def default_model():
    return build_model(load_corpus(), ModelSettings())


# ---------------------------------------------------------------------------- the graph


def test_walking_the_graph_reaches_the_row_the_model_backs_off_to_at_every_step(model):
    corpus = load_corpus()
    rng = np.random.default_rng(7)
    texts = [corpus[:300], corpus[5000:5300], "".join(rng.choice(model.vocab, 300))]  # seen and unseen
    for text in texts:
        ids = model.encode(text)
        state = model.state_after(ids[:0])
        for t in range(len(ids)):
            window = ids[max(0, t - model.settings.context) : t][None, :]
            np.testing.assert_array_equal(model.graph.logprobs[state], model.logits_ids(window)[0])
            assert state == model.state_after(ids[:t])
            state = model.graph.successor[state, ids[t]]


def test_the_tiny_models_graph_matches_its_lookup_too():
    tiny = TinyModel(RHYME, TinySettings(context=3, smoothing=0.01))
    ids = tiny.encode(RHYME * 2)
    state = tiny.state_after(ids[:0])
    for t in range(len(ids)):
        window = ids[max(0, t - 3) : t][None, :]
        np.testing.assert_array_equal(tiny.graph.logprobs[state], tiny.logits_ids(window)[0])
        state = tiny.graph.successor[state, ids[t]]


def test_a_graph_is_checked_and_frozen_without_touching_the_callers_arrays():
    logprobs = np.log(np.full((2, 3), 1 / 3))
    with pytest.raises(ValueError, match="one shape"):
        ContextGraph(logprobs, np.zeros((2, 2), dtype=np.int64))
    with pytest.raises(ValueError, match="one shape"):
        ContextGraph(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64))
    with pytest.raises(ValueError, match="outside the graph"):
        ContextGraph(logprobs, np.full((2, 3), 2))
    for bad, message in ((np.nan, "NaN"), (np.inf, r"\+inf")):
        broken = logprobs.copy()
        broken[1, 2] = bad
        with pytest.raises(ValueError, match=message):
            ContextGraph(broken, np.zeros((2, 3), dtype=np.int64))
    dead = logprobs.copy()
    dead[0] = -np.inf
    with pytest.raises(ValueError, match="every character"):
        ContextGraph(dead, np.zeros((2, 3), dtype=np.int64))
    graph = ContextGraph(logprobs, np.ones((2, 3), dtype=np.int32))
    assert graph.successor.dtype == np.int64
    assert not graph.logprobs.flags.writeable and not graph.successor.flags.writeable
    assert logprobs.flags.writeable  # the caller's array is not frozen behind its back


def test_a_walk_checks_its_start_and_its_random_numbers():
    graph = ContextGraph(np.log(np.full((2, 3), 1 / 3)), np.ones((2, 3), dtype=np.int64))
    with pytest.raises(ValueError, match="start state"):
        walk(graph, 2, np.zeros((1, 1)), FilterSettings())
    with pytest.raises(ValueError, match=r"\[L, N\]"):
        walk(graph, 0, np.zeros(3), FilterSettings())
    for u in (1.0, -0.1, np.nan):
        with pytest.raises(ValueError, match=r"\[0, 1\)"):
            walk(graph, 0, np.full((2, 2), u), FilterSettings())
    ids, _, _ = walk(graph, 0, np.array([[0.0, 0.5, np.nextafter(1.0, 0.0)]]), FilterSettings())
    np.testing.assert_array_equal(ids, [[0], [1], [2]])  # thirds: u picks the third it falls in


# ---------------------------------------------------------------------------- the filters

GRID = [
    FilterSettings(temperature=t, top_k=k, top_p=p, min_p=m, min_tokens_to_keep=keep)
    for t in (0.05, 0.7, 1.0, 3.0)
    for k, p, m, keep in [
        (None, None, None, 1),
        (10, 0.9, 0.1, 1),
        (1, None, None, 1),
        (3, None, None, 2),
        (None, 0.5, None, 1),
        (None, 0.99, None, 4),
        (None, None, 0.05, 1),
        (None, None, 1.0, 3),
        (None, None, 0.5, 1),  # with whole counts (smoothing 0 or 1), ratios of exactly 0.5 and 0.2
        (None, None, 0.2, 1),
        (40, 0.3, 0.5, 1),
    ]
]


@pytest.mark.parametrize("settings", GRID, ids=str)
def test_every_row_of_the_trained_model_filters_as_core_filters_does(model, settings):
    logprobs = model.graph.logprobs
    probs, entropy = filtered_rows(logprobs, settings)
    expected = filtered_probs(logprobs, settings)
    np.testing.assert_array_equal(probs > 0, expected > 0)  # the same characters kept, in every row
    np.testing.assert_allclose(probs, expected, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(entropy, entropy_bits(expected), rtol=1e-12, atol=1e-12)


# Few distinct values, so rows are full of ties; -inf is a masked score.
VALUES = [-np.inf, -12.0, -3.5, -1.25, -1.0, -1.0, -0.5, 0.0, 0.0, 2.0, 7.0]
SCORES = st.lists(st.sampled_from(VALUES), min_size=1, max_size=40).filter(lambda row: np.isfinite(row).any())


@given(
    row=SCORES,
    temperature=st.sampled_from([0.1, 0.5, 1.0, 1.7, 10.0]),
    top_k=st.sampled_from([None, 1, 2, 5, 100]),
    top_p=st.sampled_from([None, 0.05, 0.5, 0.8, 0.95]),
    min_p=st.sampled_from([None, 0.0, 0.01, 0.3, 1.0]),
    keep=st.sampled_from([1, 2, 5]),
)
def test_rows_with_ties_and_masked_scores_filter_as_core_filters_does(
    row, temperature, top_k, top_p, min_p, keep
):
    settings = FilterSettings(temperature, top_k=top_k, top_p=top_p, min_p=min_p, min_tokens_to_keep=keep)
    probs, entropy = filtered_rows(np.array([row]), settings)
    expected = filtered_probs(row, settings)
    np.testing.assert_array_equal(probs > 0, expected > 0)
    np.testing.assert_allclose(probs, expected, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(entropy, entropy_bits(expected), rtol=1e-12, atol=1e-12)


def test_greedy_has_no_distribution_to_filter(default_model):
    with pytest.raises(ValueError, match="argmax"):
        filtered_rows(default_model.graph.logprobs, FilterSettings(0.0))


# ---------------------------------------------------------------------------- the draws

SAMPLING = [
    FilterSettings(1.0),
    FilterSettings(0.7, top_k=10, top_p=0.9, min_p=0.1),  # the compare page's defaults
    FilterSettings(0.0),
    FilterSettings(2.5, top_p=0.5),
    FilterSettings(0.3, min_p=0.2, min_tokens_to_keep=3),
    FilterSettings(10.0, top_k=2),
    FilterSettings(1.0, min_p=0.5),  # exact ratios of whole counts sit on this threshold
]


@pytest.mark.parametrize("settings", SAMPLING, ids=str)
def test_sampling_draws_what_the_step_by_step_sampler_draws_for_the_same_seed(model, settings):
    for seed, prompt in ((0, "Humpty Dumpty sat on a wall"), (1, ""), (2, "J"), (3, "u")):
        got = sample(model, prompt, 40, 80, settings, np.random.default_rng(seed))
        want = reference_sample(model, prompt, 40, 80, settings, np.random.default_rng(seed))
        np.testing.assert_array_equal(got.ids, want.ids)
        np.testing.assert_array_equal(got.logprobs, want.logprobs)
        np.testing.assert_allclose(got.entropies, want.entropies, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("settings", SAMPLING[:3], ids=str)
def test_the_tiny_model_samples_as_the_step_by_step_sampler_too(settings):
    tiny = TinyModel(RHYME, TinySettings(context=3, smoothing=0.01))
    got = sample(tiny, "Hu", 30, 60, settings, np.random.default_rng(5))
    want = reference_sample(tiny, "Hu", 30, 60, settings, np.random.default_rng(5))
    np.testing.assert_array_equal(got.ids, want.ids)
    np.testing.assert_allclose(got.entropies, want.entropies, rtol=1e-12, atol=1e-12)


class TopOfTheRange:
    """A generator that always returns the largest double below 1."""

    def random(self, size):
        return np.full(size, np.nextafter(1.0, 0.0))


def test_the_largest_u_still_draws_a_character_that_can_occur():
    probs = np.array([[0.25, 0.75, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    np.testing.assert_array_equal(_draw(probs, TopOfTheRange()), [1, 1])
    with np.errstate(divide="ignore"):
        graph = ContextGraph(np.log(probs), np.zeros((2, 4), dtype=np.int64))
    ids, _, _ = walk(graph, 0, np.full((3, 2), np.nextafter(1.0, 0.0)), FilterSettings())
    np.testing.assert_array_equal(ids, [[1, 1, 1], [1, 1, 1]])


def test_warm_up_compiles_the_very_walk_that_sampling_runs(default_model):
    """``python -m core.walk`` (run by run.sh and the Docker build) must fill Numba's cache with the
    signature sampling uses — read-only graph arrays — or the first visitor would still compile."""
    from core import walk_kernels
    from core.walk import warm_up

    warm_up()
    compiled = list(walk_kernels.walk.signatures)
    sample(default_model, "Humpty", 3, 5, FilterSettings(0.8, top_k=5), np.random.default_rng(0))
    sample(default_model, "Humpty", 3, 5, FilterSettings(0.0), np.random.default_rng(0))
    assert walk_kernels.walk.signatures == compiled and len(compiled) == 1
