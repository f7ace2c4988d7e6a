"""The plain sampler ``core.decoding.sample`` must agree with: one model call and one draw per step.

Step t asks the model for the N rows' next-character log-probabilities, filters them with
``core.filters`` and draws N numbers from the generator — the textbook loop, vectorised over the
samples only. ``core.walk`` computes the same thing on the model's context graph; the tests hold
the two to the same characters for the same seed.
"""

from __future__ import annotations

import numpy as np

from core.decoding import Continuations, Model, _draw, _window
from core.filters import FilterSettings, filtered_probs
from core.softmax import entropy_bits


def reference_sample(
    model: Model, prompt: str, n: int, length: int, settings: FilterSettings, rng: np.random.Generator
) -> Continuations:
    p = len(prompt)
    history = np.empty((n, p + length), dtype=np.int64)
    history[:, :p] = model.encode(prompt)
    logprobs_out, entropies = np.empty((n, length)), np.zeros((n, length))
    for t in range(length):
        logprobs = model.logits_ids(_window(history, p + t, model.settings.context))  # [N, V]
        if settings.greedy:
            ids = np.argmax(logprobs, axis=-1)
        else:
            probs = filtered_probs(logprobs, settings)
            ids = _draw(probs, rng)
            entropies[:, t] = entropy_bits(probs)
        history[:, p + t] = ids
        logprobs_out[:, t] = logprobs[np.arange(n), ids]
    return Continuations(history[:, p:], logprobs_out, entropies)
