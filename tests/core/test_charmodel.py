"""The character n-gram model: settings validation, vocabulary, counts, backoff, normalisation, batching."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.charmodel import (
    MAX_CONTEXT,
    SMOOTHINGS,
    ModelSettings,
    build_model,
    nearest_smoothing,
    train_on_corpus,
)
from core.corpus import load_corpus, split_corpus, vocabulary

TEXT = load_corpus()


@pytest.fixture(scope="module")
def model():
    return build_model(TEXT, ModelSettings(context=4, smoothing=0.05, method="add_k"))


ANY = [(1, 0.0, "add_k"), (2, 0.05, "add_k"), (4, 0.5, "add_k"), (6, 5.0, "add_k"), (3, 0, "kneser_ney")]
ANY += [(MAX_CONTEXT, 0, "kneser_ney")]


@pytest.fixture(scope="module", params=ANY)
def any_model(request):
    context, k, method = request.param
    return build_model(TEXT, ModelSettings(context=context, smoothing=k, method=method))


# ---------------------------------------------------------------- settings


@pytest.mark.parametrize(
    "context, smoothing",
    [
        (0, 0.1),
        (MAX_CONTEXT + 1, 0.1),
        (-1, 0.1),
        (2.5, 0.1),
        ("4", 0.1),
        (True, 0.1),
        (4, -0.1),
        (4, 5.01),
        (4, float("nan")),
        (4, float("inf")),
        (4, 1e308),
        (4, "0.1"),
        (None, 0.1),
    ],
)
def test_absurd_settings_raise_value_error_with_a_message(context, smoothing):
    with pytest.raises(ValueError, match="context length|smoothing"):
        ModelSettings(context=context, smoothing=smoothing)


@pytest.mark.parametrize("method", ["kneser-ney", "KN", "", None, 1, ("add_k",)])
def test_an_unknown_smoothing_method_raises_value_error_naming_the_choices(method):
    with pytest.raises(ValueError, match="kneser_ney, add_k"):
        ModelSettings(method=method)


def test_settings_accept_the_limits_and_normalise_types():
    assert ModelSettings(1, 0).smoothing == 0.0
    assert ModelSettings(np.int64(MAX_CONTEXT), 5) == ModelSettings(MAX_CONTEXT, 5.0)
    assert hash(ModelSettings(np.int64(3), 1)) == hash(ModelSettings(3, 1.0))
    assert ModelSettings().method == "kneser_ney"
    assert ModelSettings(method="add_k") != ModelSettings()  # the method is part of the cache key
    assert len({ModelSettings(method="add_k"), ModelSettings(method="add_k"), ModelSettings()}) == 2


# ---------------------------------------------------------------- vocabulary


def test_vocab_is_the_sorted_distinct_characters_of_the_corpus(model):
    assert model.vocab == tuple(sorted(set(TEXT)))
    assert model.itos == model.vocab
    assert all(model.stoi[c] == i for i, c in enumerate(model.vocab))
    assert " " in model.stoi and "\n" in model.stoi


def test_encode_decode_round_trip(model):
    ids = model.encode("Humpty Dumpty\nsat")
    assert ids.dtype == np.int64
    assert model.decode(ids) == "Humpty Dumpty\nsat"


def test_encode_names_every_unknown_character_once_in_order(model):
    assert model.unknown_chars("Hüm€ty ü") == ["ü", "€"]
    with pytest.raises(ValueError, match="'ü', '€'"):
        model.encode("Hüm€ty ü")


def test_decode_rejects_ids_outside_the_vocabulary(model):
    with pytest.raises(ValueError, match="outside the vocabulary"):
        model.decode([len(model.vocab)])


# ---------------------------------------------------------------- counts and probabilities


def test_counts_after_humpty_du_match_the_corpus(model):
    counts = model.counts("Humpty Du")  # context "y Du"
    assert counts[model.stoi["m"]] == TEXT.count("y Dum") == counts.sum()


def test_counts_after_hand_checked_contexts(model):
    # "the " is followed by every character that follows it in the corpus, as often as it does
    counts = model.counts("the ")
    for ch in set(TEXT):
        assert counts[model.stoi[ch]] == sum(
            1 for i in range(4, len(TEXT)) if TEXT[i - 4 : i] == "the " and TEXT[i] == ch
        )
    assert counts[model.stoi["k"]] == TEXT.count("the k") > TEXT.count("the king")


def test_probabilities_are_add_k_smoothed_counts(model):
    counts = model.counts("Jack")
    expected = (counts + 0.05) / (counts.sum() + 0.05 * len(model.vocab))
    np.testing.assert_allclose(model.probs("Jack"), expected, rtol=1e-12)


def test_unigram_is_used_for_an_empty_context(model):
    counts = np.array([TEXT.count(c) for c in model.vocab])  # order 0 counts every character
    assert model.order_used("") == 0
    np.testing.assert_array_equal(model.counts(""), counts)


def _longest_seen_suffix(context: str, max_order: int) -> int:
    """Reference: the longest suffix (≤ max_order) that occurs in the corpus followed by a character."""
    for k in range(min(max_order, len(context)), 0, -1):
        if context[-k:] in TEXT[:-1]:
            return k
    return 0


@pytest.mark.parametrize("context", ["Humpty Du", "qqqq", "Hump", "xqj ", "Jill", "Dux", "qqqy", "WWW"])
def test_unseen_context_backs_off_to_the_longest_seen_suffix(model, context):
    k = _longest_seen_suffix(context, 4)
    assert model.order_used(context) == k
    np.testing.assert_array_equal(model.probs(context), model.probs(context[len(context) - k :]))


def test_backoff_really_happens_for_some_contexts(model):
    assert model.order_used("xqj ") < 4
    assert model.order_used("qqqq") <= 1


def test_only_the_last_context_characters_matter(model):
    np.testing.assert_array_equal(model.logits("xxxxHumpty Du"), model.logits("y Du"))


def test_zero_smoothing_gives_zero_probability_to_unseen_continuations():
    m = build_model(TEXT, ModelSettings(context=4, smoothing=0.0, method="add_k"))
    p = m.probs("Humpty Du")
    assert p[m.stoi["m"]] == 1.0
    assert np.isneginf(m.logits("Humpty Du")[m.stoi["x"]])


@given(st.text(alphabet=sorted(set(TEXT)), max_size=12))
def test_probabilities_sum_to_one_for_any_context(context):
    m = _MODELS[len(context) % len(_MODELS)]
    p = np.exp(m.logits(context))
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    assert (p >= 0).all()


_MODELS = [
    build_model(TEXT, ModelSettings(c, k, method))
    for c, k, method in [
        (1, 0.0, "add_k"),
        (3, 0.05, "add_k"),
        (6, 1.0, "add_k"),
        (4, 5.0, "add_k"),
        (5, 0, "kneser_ney"),
    ]
]


def test_probabilities_sum_to_one_for_every_corpus_context_and_random_contexts(any_model):
    m = any_model
    ids = m.encode(TEXT)
    L = m.settings.context
    windows = np.lib.stride_tricks.sliding_window_view(ids, L)  # every seen context
    rng = np.random.default_rng(1)
    random = rng.integers(0, len(m.vocab), size=(5000, L))
    for batch in (windows, random):
        sums = np.exp(m.logits_ids(batch)).sum(axis=1)
        np.testing.assert_allclose(sums, 1.0, atol=1e-12)


# ---------------------------------------------------------------- batching


def test_batched_logits_equal_single_logits_row_by_row(any_model):
    m = any_model
    rng = np.random.default_rng(7)
    ids = m.encode(TEXT)
    starts = rng.integers(0, len(ids) - 8, size=200)
    batch = np.stack([ids[s : s + 8] for s in starts])  # [200, 8], mostly seen contexts
    batch[::3] = rng.integers(0, len(m.vocab), size=(len(batch[::3]), 8))  # and some random ones
    out = m.logits_ids(batch)
    assert out.shape == (200, len(m.vocab))
    for row, ctx in zip(out, batch, strict=True):
        np.testing.assert_array_equal(row, m.logits(m.decode(ctx)))


def test_batched_logits_accept_contexts_shorter_than_the_model_context(model):
    out = model.logits_ids(model.encode("Du")[None, :])
    np.testing.assert_array_equal(out[0], model.logits("Du"))
    empty = model.logits_ids(np.zeros((3, 0), dtype=np.int64))
    np.testing.assert_array_equal(empty, np.repeat(model.logits("")[None], 3, axis=0))


def test_batched_logits_reject_bad_ids(model):
    with pytest.raises(ValueError):
        model.logits_ids(np.array([[len(model.vocab)]]))
    with pytest.raises(ValueError):
        model.logits_ids(np.array([1, 2, 3]))


def test_model_arrays_are_read_only_and_returned_rows_are_copies(model):
    out = model.logits_ids(model.encode("Humpty")[None, :])
    out[:] = 0  # a caller's copy, the shared model is untouched
    assert np.exp(model.logits("Humpty")).sum() == pytest.approx(1.0)
    with pytest.raises(ValueError):
        model._table[0, 0] = 1.0


def test_build_model_rejects_a_too_short_text():
    with pytest.raises(ValueError):
        build_model("a", ModelSettings())


@pytest.mark.parametrize("method", ["kneser_ney", "add_k"])
@pytest.mark.parametrize("text", ["ab", "abc", "aaaa", "ab ba"])
def test_a_text_shorter_than_the_context_builds_a_model_whose_graph_follows_its_lookup(text, method):
    """Two characters are enough (above): a longer context has no rows to count, and backs off."""
    for context in range(1, MAX_CONTEXT + 1):
        m = build_model(text, ModelSettings(context, 0.5, method))
        np.testing.assert_allclose(np.exp(m.graph.logprobs).sum(axis=1), 1.0)
        ids = m.encode(text * 3)
        state = m.state_after(ids[:0])
        for t in range(len(ids)):
            assert state == m.state_after(ids[:t]), (context, t)
            state = m.graph.successor[state, ids[t]]


# ---------------------------------------------------------------- vocabulary argument and the app's model


def test_a_given_vocabulary_is_used_and_characters_outside_the_text_keep_some_probability():
    vocab = tuple(sorted(set(TEXT) | {"Z", "9"}))
    m = build_model("Humpty Dumpty sat on a wall.\n", ModelSettings(3), vocab=vocab)
    assert m.vocab == vocab
    p = m.probs("Hum")
    assert p[m.stoi["Z"]] > 0 and p[m.stoi["9"]] > 0
    assert p.sum() == pytest.approx(1.0)
    assert m.counts("")[m.stoi["Z"]] == 0


@pytest.mark.parametrize("vocab", [("a", "b"), ("a", "b", "c", "a")])
def test_a_vocabulary_missing_a_character_of_the_text_or_repeating_one_is_refused(vocab):
    with pytest.raises(ValueError, match="vocab"):
        build_model("abcabc", ModelSettings(2), vocab=vocab)


def test_the_apps_model_trains_on_the_training_part_only_with_the_whole_vocabulary():
    train, held = split_corpus(TEXT)
    m = train_on_corpus(TEXT, ModelSettings(2))
    assert m.vocab == vocabulary(TEXT)
    assert m.counts("").sum() == len(train)  # order 0 counts every training character, nothing more
    assert m.counts("").sum() < len(TEXT)
    m.encode(held)  # every held-out character has an id


def test_nearest_smoothing_snaps_on_a_log_scale():
    assert [nearest_smoothing(x) for x in (0.0, 0.0011, 0.004, 0.013, 0.07, 0.8, 3.0, 5.0)] == [
        0.0, 0.0, 0.01, 0.01, 0.05, 1.0, 2.0, 5.0
    ]  # fmt: skip
    assert all(nearest_smoothing(k) == k for k in SMOOTHINGS)
