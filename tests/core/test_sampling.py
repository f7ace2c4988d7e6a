"""The sampling rule, the context-graph walk and its cache: the graph is the model's backoff, and
every sampler (graph walk, step by step, the plain reference loop) draws the same characters for the
same seed (tests/core/reference_sampler.py)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.charmodel import ContextGraph, ModelSettings, build_model
from core.corpus import load_corpus
from core.decoding import beam_search, greedy, sample
from core.filters import FilterSettings, filtered_probs
from core.sampling import VisitedStates, draw, draw_from_cdf, uniform_at, uniforms, walk
from tests.core.reference_sampler import reference_sample
from tests.core.tiny_model import RHYME, TinyModel, TinySettings

TOP_U = np.nextafter(1.0, 0.0)  # the largest number below 1 a generator can return


@pytest.fixture(
    scope="module", params=[(4, 0.05), (1, 0.0), (6, 0.0), (2, 1.0)], ids=lambda p: f"c{p[0]}k{p[1]}"
)
def model(request):
    context, smoothing = request.param
    return build_model(load_corpus(), ModelSettings(context=context, smoothing=smoothing))


@pytest.fixture(scope="module")
def default_model():
    return build_model(load_corpus(), ModelSettings())


class WithoutGraph:
    """A model as a neural one looks to decoding: ``logits_ids``, ``encode``, ``decode``, ``vocab``,
    ``settings.context``, and no ``graph`` or ``state_after``. Counts its calls and their rows."""

    def __init__(self, model):
        self._model = model
        self.vocab, self.itos, self.settings = model.vocab, model.itos, model.settings
        self.calls: list[int] = []

    def encode(self, text):
        return self._model.encode(text)

    def decode(self, ids):
        return self._model.decode(ids)

    def logits_ids(self, contexts):
        self.calls.append(len(contexts))
        return self._model.logits_ids(contexts)


# ---------------------------------------------------------------------------- the rule


def test_a_draw_walks_the_cumulative_distribution_in_vocabulary_order():
    probs = np.array([0.1, 0.5, 0.0, 0.4])  # slices: [0, 0.1) [0.1, 0.6) (empty) [0.6, 1)
    u = np.array([0.0, 0.0999, 0.1, 0.5999, 0.6, 0.95, TOP_U])
    np.testing.assert_array_equal(draw(np.tile(probs, (len(u), 1)), u), [0, 0, 1, 1, 3, 3, 3])
    assert draw(probs, 0.3) == 1  # one row and one number give one id


def test_a_draw_scales_u_by_the_total_so_the_top_of_the_range_lands_on_a_character_with_mass():
    cdf = np.array([[0.25, 0.999999, 0.999999, 0.999999]])  # rounding left the total short of 1
    assert draw_from_cdf(cdf, [TOP_U])[0] == 1
    probs = np.array([[0.25, 0.75, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    np.testing.assert_array_equal(draw(probs, [TOP_U, TOP_U]), [1, 1])
    with np.errstate(divide="ignore"):
        graph = ContextGraph(np.log(probs), np.zeros((2, 4), dtype=np.int64))
    ids, _, _ = walk(graph, 0, np.full((2, 3), TOP_U), FilterSettings())
    np.testing.assert_array_equal(ids, [[1, 1, 1], [1, 1, 1]])


def test_draws_come_out_with_their_probabilities():
    probs = np.array([0.2, 0.0, 0.5, 0.3])
    u = np.random.default_rng(0).random(40_000)
    counts = np.bincount(draw(np.tile(probs, (len(u), 1)), u), minlength=4) / len(u)
    np.testing.assert_allclose(counts, probs, atol=0.01)
    assert counts[1] == 0


def test_sample_i_reads_its_own_stream_seed_i_and_sample_0_is_the_seed_s_own_stream():
    u = uniforms(5, 3, 4)
    for i in range(3):
        np.testing.assert_array_equal(u[i], np.random.default_rng([5, i]).random(4))
    np.testing.assert_array_equal(u[0], np.random.default_rng(5).random(4))  # [5, 0] is the seed 5
    assert [uniform_at(5, t) for t in range(4)] == u[0].tolist()  # the step-by-step view's numbers
    np.testing.assert_array_equal(uniforms((5, 2), 2, 3)[1], np.random.default_rng([5, 2, 1]).random(3))
    np.testing.assert_array_equal(uniforms(np.int64(5), 3, 4), u)  # a NumPy integer is the same seed


@given(st.integers(0, 2**32 - 1), st.integers(0, 40))
def test_sample_0_reads_the_seed_s_own_stream_for_every_seed_a_box_allows(seed, run):
    """SeedSequence fills a short seed with zeros, so [s, 0] is s and [s, r, 0] is [s, r]: the step-by-step
    view (the seed's own stream) writes sample 0, and a run's sample 0 is the run's own stream."""
    np.testing.assert_array_equal(uniforms(seed, 1, 8)[0], np.random.default_rng(seed).random(8))
    run_stream = np.random.default_rng([seed, run]).random(8)
    np.testing.assert_array_equal(uniforms((seed, run), 1, 8)[0], run_stream)


@given(
    st.integers(0, 2**32 - 1), st.integers(1, 8), st.integers(1, 8), st.integers(1, 30), st.integers(1, 30)
)
def test_a_sample_s_numbers_do_not_depend_on_how_many_are_drawn_beside_it_or_for_how_long(seed, n, m, a, b):
    """The generator's draw 2 (20 draws of 12 characters) begins as the compare page's sample 2 (3 of
    100): with one stream laid out row after row, row 2 began at number 2 × length, and differed."""
    short, long = uniforms(seed, n, a), uniforms(seed, m, b)
    k, t = min(n, m), min(a, b)
    np.testing.assert_array_equal(short[:k, :t], long[:k, :t])


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


def test_every_state_and_character_lead_to_the_row_of_the_longest_seen_suffix(model):
    """The whole successor table, not only the states a text visits: each row's context (read back
    from its code) plus each character, backed off by ``_rows`` as a lookup does."""
    v, c = len(model.vocab), model.settings.context
    for k, codes in enumerate(model._codes):  # the rows of order k, in table order
        digits = (codes[:, None] // v ** np.arange(k - 1, -1, -1)) % v  # [n, k] oldest character first
        extended = np.column_stack([np.repeat(digits, v, axis=0), np.tile(np.arange(v), len(codes))])
        expected = model._rows(extended[:, max(0, k + 1 - c) :])[0].reshape(len(codes), v)
        first = int(model._offsets[k])
        np.testing.assert_array_equal(model.graph.successor[first : first + len(codes)], expected)


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
    assert graph.successor.dtype == np.int32  # half of int64: a model holds [states, V] of them
    assert not graph.logprobs.flags.writeable and not graph.successor.flags.writeable
    assert logprobs.flags.writeable  # the caller's array is not frozen behind its back


def test_a_walk_checks_its_start_and_its_random_numbers():
    graph = ContextGraph(np.log(np.full((2, 3), 1 / 3)), np.ones((2, 3), dtype=np.int64))
    with pytest.raises(ValueError, match="start state"):
        walk(graph, 2, np.zeros((1, 1)), FilterSettings())
    with pytest.raises(ValueError, match=r"\[N, L\]"):
        walk(graph, 0, np.zeros(3), FilterSettings())
    for u in (1.0, -0.1, np.nan):
        with pytest.raises(ValueError, match=r"\[0, 1\)"):
            walk(graph, 0, np.full((2, 2), u), FilterSettings())
    ids, _, _ = walk(graph, 0, np.array([[0.0], [0.5], [TOP_U]]), FilterSettings())
    np.testing.assert_array_equal(ids, [[0], [1], [2]])  # thirds: u picks the third it falls in


# ---------------------------------------------------------------------------- the visited states


def test_a_walk_filters_each_state_it_enters_once_and_no_other():
    # Four states; state s leads to state s + 1 whatever is drawn, and the last stays put.
    logprobs = np.log(np.array([[0.5, 0.5], [0.9, 0.1], [0.2, 0.8], [1.0, 1e-300]]))
    successor = np.array([[1, 1], [2, 2], [3, 3], [3, 3]], dtype=np.int32)
    graph = ContextGraph(logprobs, successor)
    visited = VisitedStates(graph, FilterSettings())
    np.testing.assert_array_equal(visited.rows(np.array([1, 1, 0])), [1, 1, 0])  # new ones by state id
    np.testing.assert_array_equal(visited.rows(np.array([0, 2])), [0, 2])  # 0 again: looked up
    assert visited.count == 3  # state 3 was never entered: never filtered
    np.testing.assert_allclose(visited.cdf[:3], [[0.5, 1.0], [0.9, 1.0], [0.2, 1.0]])
    np.testing.assert_allclose(visited.entropy[:3], [1.0, 0.4689956, 0.7219281], rtol=1e-6)
    with pytest.raises(ValueError, match="argmax"):
        VisitedStates(graph, FilterSettings(0.0))


def test_the_table_grows_past_its_first_size_and_keeps_every_row(default_model):
    graph = default_model.graph
    settings = FilterSettings(0.7, top_k=10)
    visited = VisitedStates(graph, settings)
    first = len(visited.cdf)
    states = np.arange(0, len(graph.logprobs), 7)[: 3 * first]  # three times what fits at first
    rows = np.concatenate([visited.rows(part) for part in np.array_split(states, 5)])
    assert len(visited.cdf) >= len(states) > first
    want = np.cumsum(filtered_probs(graph.logprobs[states], settings), axis=-1)
    np.testing.assert_array_equal(visited.cdf[rows], want)  # the same rows as one batch of them all


# ---------------------------------------------------------------------------- one sampler, one text

SAMPLING = [
    FilterSettings(1.0),
    FilterSettings(0.7, top_k=10, top_p=0.9, min_p=0.1),  # the compare page's defaults
    FilterSettings(0.0),
    FilterSettings(2.5, top_p=0.5),
    FilterSettings(0.3, min_p=0.2, min_tokens_to_keep=3),
    FilterSettings(10.0, top_k=2),
    FilterSettings(1.0, min_p=0.5),  # exact ratios of whole counts sit on this threshold
    FilterSettings(1.0, top_p=1.0),
]


def assert_same(got, want):
    np.testing.assert_array_equal(got.ids, want.ids)
    np.testing.assert_array_equal(got.logprobs, want.logprobs)
    np.testing.assert_allclose(got.entropies, want.entropies, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("settings", SAMPLING, ids=str)
def test_the_graph_walk_and_the_step_by_step_sampler_draw_what_the_plain_loop_draws(model, settings):
    for seed, prompt in ((0, "Humpty Dumpty sat on a wall"), (1, ""), (2, "J"), (3, "u")):
        want = reference_sample(model, prompt, 6, 40, settings, seed)
        assert_same(sample(model, prompt, 6, 40, settings, seed), want)
        assert_same(sample(WithoutGraph(model), prompt, 6, 40, settings, seed), want)


@pytest.mark.parametrize("settings", SAMPLING[:3], ids=str)
def test_the_tiny_model_samples_as_the_plain_loop_too(settings):
    tiny = TinyModel(RHYME, TinySettings(context=3, smoothing=0.01))
    want = reference_sample(tiny, "Hu", 10, 60, settings, 5)
    assert_same(sample(tiny, "Hu", 10, 60, settings, 5), want)


def test_a_model_without_a_graph_is_asked_once_a_step_for_all_samples(default_model):
    plain = WithoutGraph(default_model)
    settings = FilterSettings(0.8, top_k=20)
    got = sample(plain, "Humpty", 300, 25, settings, 9)
    assert plain.calls == [300] * 25  # step by step, every sample in one call
    assert_same(got, sample(default_model, "Humpty", 300, 25, settings, 9))


def test_greedy_and_beam_search_need_no_graph_either(default_model):
    plain = WithoutGraph(default_model)
    assert_same(greedy(plain, "Humpty Du", 60), greedy(default_model, "Humpty Du", 60))
    for width in (1, 4):
        assert_same(
            beam_search(plain, "Mary had", 40, width), beam_search(default_model, "Mary had", 40, width)
        )
