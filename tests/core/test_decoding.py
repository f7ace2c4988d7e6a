"""Decoding: greedy, batched sampling (seeded, matching the model's distribution), beam search."""

import numpy as np
import pytest
from scipy.stats import chisquare

from core.decoding import beam_search, greedy, sample
from core.filters import FilterSettings
from core.softmax import entropy_bits, softmax
from core.textstats import find_loop
from tests.core.tiny_model import RHYME, TinyModel, TinySettings


@pytest.fixture(scope="module")
def tiny() -> TinyModel:
    return TinyModel(RHYME, TinySettings(context=3, smoothing=0.01))


def chi_square_pvalue(counts: np.ndarray, probs: np.ndarray) -> float:
    """Pearson's test; categories expected fewer than 5 times are pooled into one, as it requires."""
    n = counts.sum()
    common = probs * n >= 5
    observed, expected = list(counts[common]), list(probs[common] * n)
    if (~common).any():
        observed.append(counts[~common].sum())
        expected.append(probs[~common].sum() * n)
    expected = np.asarray(expected) * n / np.sum(expected)  # exact totals despite rounding
    return chisquare(observed, expected).pvalue


def test_greedy_takes_the_most_likely_character_at_every_step(tiny):
    out = greedy(tiny, "Humpty Du", 30)
    history = "Humpty Du"
    for t, char in enumerate(out.ids[0]):
        logprobs = tiny.logits(history[-3:])
        assert char == np.argmax(logprobs)
        assert out.logprobs[0, t] == pytest.approx(logprobs.max())
        history += tiny.itos[char]


def test_greedy_from_humpty_du_loops_on_dumpty(tiny):
    text = greedy(tiny, "Humpty Du", 60).texts(tiny)[0]
    loop = find_loop(text)
    assert loop is not None and loop.unit == "Dumpty "
    assert text[loop.start :].startswith("Dumpty Dumpty")


def test_sampling_at_temperature_zero_is_greedy(tiny):
    out = sample(tiny, "Humpty", 5, 40, FilterSettings(temperature=0.0), 3)
    np.testing.assert_array_equal(out.ids, np.repeat(greedy(tiny, "Humpty", 40).ids, 5, axis=0))
    assert (out.entropies == 0).all()


def test_same_seed_gives_the_same_continuations_and_another_seed_does_not(tiny):
    settings = FilterSettings(temperature=1.2, top_k=10, top_p=0.95)
    a = sample(tiny, "Hum", 200, 30, settings, 42)
    b = sample(tiny, "Hum", 200, 30, settings, 42)
    c = sample(tiny, "Hum", 200, 30, settings, 43)
    np.testing.assert_array_equal(a.ids, b.ids)
    assert not np.array_equal(a.ids, c.ids)


def test_batched_first_characters_match_the_model_distribution(tiny):
    # chi-square on 10,000 seeded draws of the character after "ty " (D, h, s, t in the rhyme)
    n = 10_000
    out = sample(tiny, "Humpty Dumpty ", n, 1, FilterSettings(), 7)
    probs = np.exp(tiny.logits("ty "))
    assert (probs > 0.1).sum() >= 3  # a spread-out distribution, so the test has power
    counts = np.bincount(out.ids[:, 0], minlength=len(probs))
    assert chi_square_pvalue(counts, probs) > 1e-3


def test_batched_sampling_matches_the_model_at_every_step_not_only_the_first(tiny):
    # pool all (context, next char) pairs of a seeded run and test one frequent context
    out = sample(tiny, "Hum", 5_000, 20, FilterSettings(temperature=1.5), 11)
    texts = ["Hum" + t for t in out.texts(tiny)]
    nexts = [t[i + 3] for t in texts for i in range(len(t) - 3) if t[i : i + 3] == "mpt"]
    assert len(nexts) > 500
    probs = softmax(tiny.logits("mpt"), 1.5)
    counts = np.bincount([tiny.stoi[c] for c in nexts], minlength=len(probs))
    assert chi_square_pvalue(counts, probs) > 1e-3


def test_top_k_one_sampling_never_leaves_the_greedy_path(tiny):
    out = sample(tiny, "Humpty", 50, 30, FilterSettings(top_k=1), 0)
    np.testing.assert_array_equal(out.ids, np.repeat(greedy(tiny, "Humpty", 30).ids, 50, axis=0))


def test_sampled_characters_all_have_nonzero_filtered_probability(tiny):
    settings = FilterSettings(temperature=0.8, top_p=0.5)
    out = sample(tiny, "Humpty", 300, 1, settings, 5)
    allowed = np.isfinite(np.log(softmax(tiny.logits("pty"), 0.8)))  # sanity: all finite
    assert allowed.all()
    from core.filters import filtered_probs

    probs = filtered_probs(tiny.logits("pty"), settings)
    assert (probs[np.unique(out.ids)] > 0).all()


def test_entropies_are_those_of_the_distribution_drawn_from(tiny):
    settings = FilterSettings(temperature=2.0)
    out = sample(tiny, "Humpty", 3, 1, settings, 0)
    assert out.entropies[0, 0] == pytest.approx(entropy_bits(softmax(tiny.logits("pty"), 2.0)))


def test_beam_width_one_equals_greedy(tiny):
    for prompt in ("Humpty Du", "All the", "Couldn"):
        beam = beam_search(tiny, prompt, 50, 1)
        np.testing.assert_array_equal(beam.ids, greedy(tiny, prompt, 50).ids)


def test_wider_beam_never_scores_below_greedy(tiny):
    for prompt in ("Humpty Du", "All the", "Couldn"):
        g = greedy(tiny, prompt, 40).total_logprob[0]
        for width in (2, 4, 8):
            assert beam_search(tiny, prompt, 40, width).total_logprob[0] >= g - 1e-9


@pytest.mark.parametrize(
    "call",
    [
        lambda m: sample(m, "Hum", 0, 10, FilterSettings(), 0),
        lambda m: sample(m, "Hum", 10_001, 10, FilterSettings(), 0),
        lambda m: sample(m, "Hum", 5, 0, FilterSettings(), 0),
        lambda m: beam_search(m, "Hum", 10, 0),
        lambda m: greedy(m, "Hum€", 10),
    ],
)
def test_bad_counts_widths_and_prompts_raise_value_error(tiny, call):
    with pytest.raises(ValueError):
        call(tiny)


# ------------------------------------------------------------------ on the trained model


@pytest.fixture(scope="module")
def trained():
    from core.charmodel import ModelSettings, build_model
    from core.corpus import load_corpus

    return build_model(load_corpus(), ModelSettings())


def test_greedy_from_humpty_du_loops_on_the_trained_model(trained):
    text = greedy(trained, "Humpty Du", 100).texts(trained)[0]
    loop = find_loop(text)
    assert loop is not None, text
    assert loop.unit == "Dumpty "
    assert loop.start <= 10  # it loops almost at once: "mpty Dumpty Dumpty …"


def test_beam_width_one_equals_greedy_on_the_trained_model(trained):
    for prompt in ("Humpty Du", "Jack and J", "Twinkle"):
        np.testing.assert_array_equal(
            beam_search(trained, prompt, 60, 1).ids, greedy(trained, prompt, 60).ids
        )


def test_batched_sampling_matches_the_trained_models_distribution(trained):
    n = 10_000
    out = sample(trained, "Humpty Dumpty ", n, 1, FilterSettings(), 2024)
    probs = np.exp(trained.logits("Humpty Dumpty "))
    assert (probs > 0.05).sum() >= 3  # several real choices after "Dumpty "
    counts = np.bincount(out.ids[:, 0], minlength=len(probs))
    assert chi_square_pvalue(counts, probs) > 1e-3


def test_batched_sampling_at_a_later_step_matches_the_filtered_distribution(trained):
    # Step 2 after "Humpty Du": condition on the first drawn character and test the second.
    settings = FilterSettings(temperature=0.8, top_k=8)
    out = sample(trained, "Humpty D", 10_000, 2, settings, 9)
    first = out.ids[:, 0]
    common = np.bincount(first).argmax()
    second = out.ids[first == common, 1]
    from core.filters import filtered_probs

    probs = filtered_probs(trained.logits("Humpty D" + trained.itos[common]), settings)
    counts = np.bincount(second, minlength=len(probs))
    assert counts[probs == 0].sum() == 0
    assert chi_square_pvalue(counts, probs) > 1e-3


def test_vectorised_decoding_matches_the_models_decode(trained):
    out = sample(trained, "Humpty", 300, 50, FilterSettings(temperature=2.0), 1)
    assert out.texts(trained) == [trained.decode(row) for row in out.ids]
    assert any(t.endswith((" ", "\n")) for t in out.texts(trained))  # trailing whitespace survives


def test_next_logprobs_is_the_models_distribution_after_the_text(tiny):
    from core.decoding import next_logprobs

    z = next_logprobs(tiny, "Humpty Du")
    assert z.shape == (len(tiny.vocab),)
    np.testing.assert_allclose(np.exp(z).sum(), 1.0)
    np.testing.assert_array_equal(z, tiny.logits("Humpty Du"))
    assert not np.array_equal(z, next_logprobs(tiny, "Humpty "))  # the text decides
