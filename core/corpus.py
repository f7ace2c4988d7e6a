"""The training text: public-domain Mother Goose rhymes, one blank line between rhymes.

"Humpty Dumpty" appears several times (with its variants) so that the model has real choices
after "Humpty Du". The UI caches the result; this module only reads the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

CORPUS_PATH = Path(__file__).resolve().parent / "corpus" / "nursery_rhymes.txt"


def load_corpus() -> str:
    """The rhymes as one string with ``\\n`` line ends (read relative to this module, not the cwd)."""
    return CORPUS_PATH.read_text(encoding="ascii").replace("\r\n", "\n")


def rhymes(text: str) -> list[str]:
    """The rhymes of a corpus text, split at blank lines."""
    return [r.strip("\n") for r in text.split("\n\n") if r.strip()]


HELDOUT_EVERY = 10  # every 10th rhyme (the 10th, 20th, …) is held out: about 10 %, whole rhymes


def split_corpus(text: str) -> tuple[str, str]:
    """(training text, held-out text): whole rhymes, every ``HELDOUT_EVERY``-th one held out.

    No model is trained on the held-out part; it is what cross-entropy is measured on, so every
    model in the app (n-gram or neural) is compared on the same unseen rhymes. Both parts keep one
    blank line between rhymes, as the corpus does.
    """
    parts = rhymes(text)
    held = [r for i, r in enumerate(parts) if i % HELDOUT_EVERY == HELDOUT_EVERY - 1]
    train = [r for i, r in enumerate(parts) if i % HELDOUT_EVERY != HELDOUT_EVERY - 1]
    return "\n\n".join(train) + "\n", "\n\n".join(held) + "\n"


def vocabulary(text: str) -> tuple[str, ...]:
    """The sorted characters of the whole corpus: every model shares it, so held-out text has ids."""
    return tuple(sorted(set(text)))


@dataclass(frozen=True)
class Vocabulary:
    """Characters and their ids, as in makemore's ``CharDataset``: ``itos[i]`` is character i,
    ``stoi`` the way back. Every model (n-gram or network) holds one, so they encode alike."""

    itos: tuple[str, ...]
    stoi: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "itos", tuple(self.itos))
        if len(set(self.itos)) != len(self.itos):
            raise ValueError(f"the vocabulary lists a character twice: {self.itos}")
        object.__setattr__(self, "stoi", {ch: i for i, ch in enumerate(self.itos)})

    def __len__(self) -> int:
        return len(self.itos)

    def unknown(self, text: str) -> list[str]:
        """Distinct characters of ``text`` not in the vocabulary, in order of first appearance."""
        return list(dict.fromkeys(ch for ch in text if ch not in self.stoi))

    def encode(self, text: str) -> NDArray[np.int64]:
        """Characters → ids [len(text)]; ValueError naming every unknown character."""
        unknown = self.unknown(text)
        if unknown:
            raise ValueError(f"characters not in the vocabulary: {', '.join(map(repr, unknown))}")
        return np.fromiter((self.stoi[ch] for ch in text), dtype=np.int64, count=len(text))

    def decode(self, ids: Iterable[int]) -> str:
        """Ids → characters; ValueError for an id outside the vocabulary."""
        out = []
        for i in ids:
            i = int(i)
            if not 0 <= i < len(self.itos):
                raise ValueError(f"character id {i} is outside the vocabulary (0..{len(self.itos) - 1})")
            out.append(self.itos[i])
        return "".join(out)


class NextCharModel:
    """The base of every next-character model (the n-gram model, the network): its side of the
    ``vocabulary`` (``vocab`` / ``itos`` / ``stoi``, ``encode``, ``decode``, ``unknown_chars``), the
    check of a batch of ids, and the one-context forms ``logits`` and ``probs`` of the model's own
    ``logits_ids``."""

    vocabulary: Vocabulary
    settings: Any  # has ``context``: how many characters the model reads

    def logits_ids(self, contexts: NDArray[np.int64]) -> NDArray[np.float64]:
        raise NotImplementedError  # each model's own: [N, L] ids -> [N, V] log-probabilities

    @property
    def vocab(self) -> tuple[str, ...]:
        """The characters in id order."""
        return self.vocabulary.itos

    @property
    def itos(self) -> tuple[str, ...]:
        return self.vocabulary.itos

    @property
    def stoi(self) -> dict[str, int]:
        return self.vocabulary.stoi

    def unknown_chars(self, text: str) -> list[str]:
        """Distinct characters of ``text`` not in the vocabulary, in order of first appearance."""
        return self.vocabulary.unknown(text)

    def encode(self, text: str) -> NDArray[np.int64]:
        """Characters → ids [len(text)]; ValueError naming every unknown character."""
        return self.vocabulary.encode(text)

    def decode(self, ids: Iterable[int]) -> str:
        """Ids → characters; ValueError for an id outside the vocabulary."""
        return self.vocabulary.decode(ids)

    def check_ids(self, contexts: ArrayLike) -> NDArray[np.int64]:
        """A batch of contexts as int64 [N, L]; ValueError unless 2-d whole numbers in the vocabulary."""
        contexts = np.asarray(contexts)
        if contexts.ndim != 2:
            raise ValueError(f"contexts must be a 2-d array [N, L] of ids, got shape {contexts.shape}")
        if contexts.size and not np.issubdtype(contexts.dtype, np.integer):
            raise ValueError("contexts must hold integer character ids")
        contexts = contexts.astype(np.int64, copy=False)
        if contexts.size and (contexts.min() < 0 or contexts.max() >= len(self.vocab)):
            raise ValueError(f"character ids must be in 0..{len(self.vocab) - 1}")
        return contexts

    def logits(self, context: str) -> NDArray[np.float64]:
        """Log-probabilities [V] of the character after ``context`` (its last ``settings.context``)."""
        return self.logits_ids(self.encode(context[-self.settings.context :] if context else "")[None, :])[0]

    def probs(self, context: str) -> NDArray[np.float64]:
        """p(next | context) [V] = exp(logits)."""
        return np.exp(self.logits(context))
