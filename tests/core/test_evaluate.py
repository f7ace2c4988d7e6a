"""Held-out split and bits per character: the shared yardstick for every model."""

import math

import numpy as np

from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus, rhymes, split_corpus, vocabulary
from core.evaluate import bits_per_char


def test_split_holds_out_whole_rhymes_about_a_tenth():
    text = load_corpus()
    train, held = split_corpus(text)
    parts, held_parts = rhymes(text), rhymes(held)
    assert set(held_parts) <= set(parts) and not set(held_parts) & set(rhymes(train))
    assert len(held_parts) == len(parts) // 10


def test_bits_per_char_matches_a_plain_loop():
    text = load_corpus()
    model = build_model(text, ModelSettings(context=3, smoothing=0.5))
    sample = text[:300]
    expected = -np.mean(
        [model.logits(sample[max(0, i - 3) : i])[model.stoi[sample[i]]] for i in range(1, len(sample))]
    ) / math.log(2)
    assert math.isclose(bits_per_char(model, sample, 3), expected, rel_tol=1e-12)


def test_vocabulary_is_sorted_and_covers_the_corpus():
    text = load_corpus()
    assert vocabulary(text) == tuple(sorted(set(text)))
