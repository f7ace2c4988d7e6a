"""The plain sampler ``core.decoding.sample`` must agree with: one sample at a time, one model call
and one draw per character, the textbook loop with no batching and no graph.

Sample i reads its own stream, ``default_rng([*seed, i])``, one number per character (the layout
``core.sampling.uniforms`` promises, written out again here), and draws with ``core.sampling.draw``,
the app's one rule; everything else is written out here too, so the tests hold the graph walk and
the step-by-step sampler to it, seed for seed.
"""

from __future__ import annotations

import numpy as np

from core.decoding import Continuations, Model
from core.filters import FilterSettings, filtered_probs
from core.sampling import Seed, draw
from core.softmax import entropy_bits


def reference_sample(
    model: Model, prompt: str, n: int, length: int, settings: FilterSettings, seed: Seed
) -> Continuations:
    words = [seed] if isinstance(seed, int) else list(seed)
    ids, logprobs, entropies = (
        np.empty((n, length), dtype=np.int64),
        np.empty((n, length)),
        np.zeros((n, length)),
    )
    for i in range(n):
        u = np.random.default_rng([*words, i]).random(length)  # [L] sample i's own numbers
        text = [int(c) for c in model.encode(prompt)]
        for t in range(length):
            context = np.array(text[-model.settings.context :], dtype=np.int64)[None, :]  # [1, ≤ context]
            row = model.logits_ids(context)[0]  # [V]
            if settings.greedy:
                c = int(np.argmax(row))
            else:
                probs = filtered_probs(row, settings)
                c = int(draw(probs, u[t]))
                entropies[i, t] = entropy_bits(probs)
            ids[i, t], logprobs[i, t] = c, row[c]
            text.append(c)
    return Continuations(ids, logprobs, entropies)
