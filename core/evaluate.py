"""Held-out cross-entropy in bits per character: the one yardstick every model in the app shares.

bits = mean over positions i ≥ 1 of −log2 p(text[i] | the characters before i), the model seeing at
most its own context length of them. Lower is better; a model that spreads its probability evenly
over V characters scores log2 V (about 5.8 bits for 56 characters).
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np
from numpy.typing import NDArray


class ScoringModel(Protocol):
    """Anything that gives natural-log probabilities of the next character for a batch of contexts."""

    def encode(self, text: str) -> NDArray[np.int64]: ...
    def logits_ids(self, contexts: NDArray[np.int64]) -> NDArray[np.float64]: ...


def bits_per_char(model: ScoringModel, text: str, context: int) -> float:
    """Mean −log2 p(text[i] | text[i−context:i]) over i = 1 … len(text) − 1 (log-probs in, bits out)."""
    ids = np.asarray(model.encode(text), dtype=np.int64)  # [T]
    if len(ids) < 2:
        raise ValueError("need at least 2 characters to measure")
    total = 0.0
    # The first `context` positions see fewer characters than the model could use: one call each.
    head = min(context, len(ids) - 1)
    for i in range(1, head + 1):
        total -= float(model.logits_ids(ids[None, :i])[0, ids[i]])
    if len(ids) - 1 > head:
        # Every later position sees exactly `context` characters: one batch, windows [N, context].
        windows = np.lib.stride_tricks.sliding_window_view(ids[:-1], context)[head - context + 1 :]
        targets = ids[head + 1 :]
        for start in range(0, len(targets), 4096):  # bounded memory: [4096, V] at a time
            rows = model.logits_ids(windows[start : start + 4096])
            total -= float(rows[np.arange(len(rows)), targets[start : start + 4096]].sum())
    return total / (len(ids) - 1) / math.log(2)
