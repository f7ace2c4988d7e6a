"""The shipped network (core/weights/mlp.npz): made from this corpus by this recipe, and it reaches its loss.

If these fail after the corpus or the recipe changed, re-run ``python -m core.mlp_train`` and commit
the new weights file.
"""

import math
import re

import numpy as np
import pytest

from core.corpus import load_corpus, split_corpus, vocabulary
from core.decoding import beam_search, sample
from core.evaluate import bits_per_char
from core.filters import FilterSettings
from core.mlp import WEIGHTS_PATH, MLPModel, init_params, load_model, load_record
from core.mlp_train import CONTEXT, EMBED, HIDDEN, SEED, corpus_sha256, recipe, training_examples

RETRAIN = "stale weights: re-run `python -m core.mlp_train` and commit core/weights/mlp.npz"


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def record():
    return load_record()


def test_shipped_weights_were_made_from_this_corpus_by_this_recipe(model, record):
    text = load_corpus()
    assert record["corpus_sha256"] == corpus_sha256(text), RETRAIN
    assert model.vocab == vocabulary(text), RETRAIN
    assert (model.config.context, model.config.embed, model.config.hidden) == (CONTEXT, EMBED, HIDDEN), (
        RETRAIN
    )
    n = len(training_examples(split_corpus(text)[0], model.stoi, CONTEXT).y)
    assert record["seed"] == SEED and record["settings"] == recipe(n).__dict__, RETRAIN


def test_shipped_weights_reach_the_recorded_heldout_loss(model, record):
    _, held = split_corpus(load_corpus())
    bits = bits_per_char(model, held, model.config.context)
    assert math.isclose(bits, record["heldout_bits_per_char"], rel_tol=1e-6)
    assert bits < 0.75 * math.log2(len(model.vocab))  # far better than guessing uniformly


def test_shipped_file_is_small_float32(model):
    assert WEIGHTS_PATH.stat().st_size < 1_000_000
    assert all(a.dtype == np.float32 for a in model.params.arrays().values())


def write(model, prompt: str, length: int, settings: FilterSettings, seed: tuple[int, int]) -> str:
    """One text from the app's sampler, which asks a graph-less model step by step (its last C characters)."""
    return sample(model, prompt, 1, length, settings, seed).texts(model)[0]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def known_word_share(model, known: set[str]) -> float:
    """The share of written words (4 texts of 120 characters at T = 0.7) that occur in the rhymes."""
    prompts = ("", "Humpty ", "The ", "Jack ")
    texts = [write(model, p, 120, FilterSettings(temperature=0.7), (0, i)) for i, p in enumerate(prompts)]
    written = [w for t in texts for w in words(t)[:-1]]  # the last word may be cut off
    assert len(written) >= 40, texts
    return sum(w in known for w in written) / len(written)


def test_shipped_model_writes_words_of_the_rhymes_where_random_weights_write_noise(model):
    known = set(words(load_corpus()))
    untrained = MLPModel(model.vocab, model.config, init_params(model.config, np.random.default_rng(0)))
    trained_share, untrained_share = known_word_share(model, known), known_word_share(untrained, known)
    # measured on the 4 KB corpus: 0.29 vs 0.03 (a larger corpus raises the first)
    assert trained_share > 0.2 and trained_share > 5 * untrained_share


def test_greedy_decoding_of_the_shipped_model_mostly_writes_words_of_the_rhymes(model):
    # beam search (width 1: greedy) asks the model step by step, so it already works without a graph
    text = beam_search(model, "Humpty Dumpty ", 60, 1).texts(model)[0]
    found = words(text)[:-1]
    known = set(words(load_corpus()))
    assert len(found) >= 5 and sum(w in known for w in found) / len(found) > 0.5, text  # 4 KB corpus: 0.62
