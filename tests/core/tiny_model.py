"""A tiny n-gram character model with CharModel's interface, for decoding tests that need no corpus."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.charmodel import ContextGraph


@dataclass(frozen=True)
class TinySettings:
    context: int = 2
    smoothing: float = 0.1


class TinyModel:
    """Counts (context → next char) with add-k smoothing; shorter contexts fall back to unigrams."""

    def __init__(self, text: str, settings: TinySettings = TinySettings()):
        self.settings = settings
        self.vocab = tuple(sorted(set(text)))
        self.itos = self.vocab
        self.stoi = {c: i for i, c in enumerate(self.vocab)}
        v, n = len(self.vocab), settings.context
        ids = self.encode(text)
        counts = np.full((v**n, v), settings.smoothing)
        for i in range(n, len(ids)):
            counts[self._index(ids[None, i - n : i])[0], ids[i]] += 1
        self.table = np.log(counts / counts.sum(axis=1, keepdims=True))
        uni = np.bincount(ids, minlength=v) + settings.smoothing
        self.unigram = np.log(uni / uni.sum())
        self.graph = self._graph()

    def _graph(self) -> ContextGraph:
        """States: every context of m < n characters (predicts the unigram), then every n-character
        one (predicts its table row). Appending c grows a short context and shifts a full one."""
        v, n = len(self.vocab), self.settings.context
        offsets = np.cumsum([0] + [v**m for m in range(n + 1)])  # first state of each length m
        logprobs, successor = [], []
        for m in range(n + 1):
            codes = np.arange(v**m)[:, None] * v + np.arange(v)  # [v^m, V]: the context, then c
            if m == n:
                logprobs.append(self.table)
                successor.append(offsets[n] + codes % v**n)
            else:
                logprobs.append(np.repeat(self.unigram[None, :], v**m, axis=0))
                successor.append(offsets[m + 1] + codes)
        return ContextGraph(np.concatenate(logprobs), np.concatenate(successor))

    def state_after(self, ids) -> int:
        ids = np.asarray(ids, dtype=np.int64)[-self.settings.context :] if len(ids) else np.zeros(0, int)
        offset = sum(len(self.vocab) ** m for m in range(len(ids)))
        return int(offset + self._index(ids[None, :])[0])

    def _index(self, contexts: np.ndarray) -> np.ndarray:
        index = np.zeros(len(contexts), dtype=np.int64)
        for j in range(contexts.shape[1]):
            index = index * len(self.vocab) + contexts[:, j]
        return index

    def unknown_chars(self, text: str) -> list[str]:
        return sorted({c for c in text if c not in self.stoi})

    def encode(self, text: str) -> np.ndarray:
        unknown = self.unknown_chars(text)
        if unknown:
            raise ValueError(f"unknown characters: {unknown}")
        return np.array([self.stoi[c] for c in text], dtype=np.int64)

    def decode(self, ids) -> str:
        return "".join(self.itos[int(i)] for i in ids)

    def logits_ids(self, contexts: np.ndarray) -> np.ndarray:
        contexts = np.atleast_2d(contexts)
        n = self.settings.context
        if contexts.shape[1] < n:
            return np.repeat(self.unigram[None, :], len(contexts), axis=0)
        return self.table[self._index(contexts[:, -n:])]

    def logits(self, context: str) -> np.ndarray:
        return self.logits_ids(self.encode(context)[None, :])[0]


RHYME = (
    "Humpty Dumpty sat on a wall,\nHumpty Dumpty had a great fall.\n"
    "All the king's horses and all the king's men\nCouldn't put Humpty together again.\n"
)
