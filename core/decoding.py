"""Decoding strategies on a character model: greedy, sampling (with filters), beam search.

The model is anything with ``vocab``, ``encode``, ``decode``, ``settings.context`` and
``logits_ids(contexts [N, L]) -> [N, V]`` log-probabilities (``core.charmodel.CharModel``, or a
neural model). Every strategy can ask it step by step, vectorised across the samples. A model
that also has a context graph (``graph`` and ``state_after``, as CharModel does) is sampled by
walking the graph instead (``core.sampling.walk``): the same characters for the same seed, with
each state's filtered distribution computed once instead of at every visit.

Every sampler maps its uniform numbers to characters by ``core.sampling.draw`` and takes them from
``core.sampling.uniforms``: sample i's step t uses the t-th number of sample i's own stream.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from core.filters import FilterSettings, filtered_probs
from core.sampling import Seed, draw, uniforms, walk
from core.softmax import entropy_bits

MAX_SAMPLES = 10_000
MAX_LENGTH = 400
MAX_BEAM_WIDTH = 64


class ModelSettingsLike(Protocol):
    context: int


class Model(Protocol):
    """What decoding needs from a model. A model with a ``graph`` (a ``core.charmodel.ContextGraph``)
    and ``state_after(ids) -> state`` is sampled on its graph; the others step by step."""

    vocab: tuple[str, ...]
    settings: ModelSettingsLike

    def encode(self, text: str) -> NDArray[np.int64]: ...
    def decode(self, ids) -> str: ...
    def logits_ids(self, contexts: NDArray[np.int64]) -> NDArray[np.float64]: ...


@dataclass(frozen=True)
class Continuations:
    """N continuations of L characters and, per step, what the statistics need."""

    ids: NDArray[np.int64]  # [N, L] the drawn characters
    logprobs: NDArray[np.float64]  # [N, L] ln p(char | context) under the model (T = 1, no filter)
    entropies: NDArray[np.float64]  # [N, L] bits of the distribution the strategy drew from

    def texts(self, model: Model) -> list[str]:
        """The continuations as strings (decoded for all rows at once; see decode_rows)."""
        return decode_rows(model, self.ids)

    @property
    def total_logprob(self) -> NDArray[np.float64]:
        """Σ ln p per continuation: [N]."""
        return self.logprobs.sum(axis=-1)


def decode_rows(model: Model, ids: NDArray[np.int64]) -> list[str]:
    """Rows of ids → strings, vectorised: [N, L] -> N strings, same as model.decode per row.

    Looks every id up in a NumPy array of 1-character strings and views each row as one
    L-character string, instead of a Python join per row: a 10,000-sample Monte Carlo has 10,000.
    """
    ids = np.ascontiguousarray(np.atleast_2d(ids))  # each row viewed as one string below
    itos = getattr(model, "itos", None)
    if itos is None or any(len(c) != 1 for c in itos) or any(c == "\0" for c in itos) or ids.shape[1] == 0:
        return [model.decode(row) for row in ids]  # the general path
    chars = np.asarray(itos, dtype="<U1")[ids]  # [N, L]
    return chars.view(f"<U{ids.shape[1]}").ravel().tolist()


def check_counts(n: int, length: int) -> None:
    """1 ≤ n ≤ MAX_SAMPLES and 1 ≤ length ≤ MAX_LENGTH, whole numbers."""
    for name, value, high in (("number of samples", n, MAX_SAMPLES), ("length", length, MAX_LENGTH)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or not 1 <= value <= high:
            raise ValueError(f"{name} must be a whole number from 1 to {high}, got {value!r}")


def _window(history: NDArray[np.int64], end: int, context: int) -> NDArray[np.int64]:
    """The last ``context`` ids before position ``end`` of every row: [N, T] -> [N, ≤ context]."""
    return history[:, max(0, end - context) : end]


def _prompt_ids(model: Model, prompt: str) -> NDArray[np.int64]:
    return np.asarray(model.encode(prompt), dtype=np.int64).reshape(-1)


def next_logprobs(model: Model, text: str) -> NDArray[np.float64]:
    """The model's log-probabilities of the character after ``text`` (T = 1, no filter): [V]."""
    return model.logits_ids(_prompt_ids(model, text)[None, :])[0]


# -------------------------------------------------------------------------- strategies


def sample(
    model: Model,
    prompt: str,
    n: int,
    length: int,
    settings: FilterSettings,
    seed: Seed,
) -> Continuations:
    """N continuations of ``length`` characters drawn at once; same seed → same continuations.

    Sample i's step t draws with ``uniforms(seed, n, length)[i, t]`` (``core.sampling``): sample i
    is the same text on every page with this seed and these settings, however many are drawn, and
    sample 0 is the text the generator page writes step by step. T = 0 (greedy) gives N copies of
    the greedy continuation and draws no numbers.
    """
    check_counts(n, length)
    prompt_ids = _prompt_ids(model, prompt)
    u = np.zeros((n, length)) if settings.greedy else uniforms(seed, n, length)
    graph = getattr(model, "graph", None)
    if graph is not None:
        return Continuations(*walk(graph, model.state_after(prompt_ids), u, settings))
    return _sample_steps(model, prompt_ids, u, settings)


def _sample_steps(
    model: Model, prompt_ids: NDArray[np.int64], u: NDArray[np.float64], settings: FilterSettings
) -> Continuations:
    """``sample`` for any model: ask it for the N next-character distributions at every step."""
    n, length = u.shape
    p = len(prompt_ids)
    history = np.empty((n, p + length), dtype=np.int64)  # [N, prompt + L]
    history[:, :p] = prompt_ids
    logprobs_out, entropies = np.empty((n, length)), np.zeros((n, length))
    for t in range(length):
        logprobs = model.logits_ids(_window(history, p + t, model.settings.context))  # [N, V]
        if settings.greedy:
            ids = np.argmax(logprobs, axis=-1)  # the first maximum: vocabulary order on ties
        else:
            probs = filtered_probs(logprobs, settings)  # [N, V]
            ids = draw(probs, u[:, t])
            entropies[:, t] = entropy_bits(probs)
        history[:, p + t] = ids
        logprobs_out[:, t] = logprobs[np.arange(n), ids]
    return Continuations(history[:, p:], logprobs_out, entropies)


def greedy(model: Model, prompt: str, length: int) -> Continuations:
    """Always the most likely next character (first in vocabulary order on ties): one row."""
    return sample(model, prompt, 1, length, FilterSettings(temperature=0.0), 0)


def beam_search(model: Model, prompt: str, length: int, width: int) -> Continuations:
    """Keep the ``width`` continuations with the highest total log-probability; return the best.

    Width 1 is greedy. Ties are broken in favour of the earlier beam, then the earlier character,
    which is the same rule as greedy's argmax.
    """
    check_counts(1, length)
    if isinstance(width, bool) or not isinstance(width, int | np.integer) or not 1 <= width <= MAX_BEAM_WIDTH:
        raise ValueError(f"beam width must be a whole number from 1 to {MAX_BEAM_WIDTH}, got {width!r}")
    prompt_ids = _prompt_ids(model, prompt)
    p = len(prompt_ids)
    beams = prompt_ids[None, :].copy()  # [B, p + t]
    scores = np.zeros(1)  # [B] total log-probability of each beam
    steps = np.zeros((1, 0))  # [B, t] per-character log-probabilities
    for t in range(length):
        logprobs = model.logits_ids(_window(beams, p + t, model.settings.context))  # [B, V]
        v = logprobs.shape[-1]
        total = (scores[:, None] + logprobs).ravel()  # [B * V], beam-major
        finite = np.isfinite(total).sum()
        best = np.argsort(-total, kind="stable")[: max(1, min(width, finite))]
        beam, char = np.divmod(best, v)
        beams = np.concatenate([beams[beam], char[:, None]], axis=1)
        steps = np.concatenate([steps[beam], logprobs[beam, char][:, None]], axis=1)
        scores = total[best]
    top = beams[:1, p:]
    return Continuations(top.astype(np.int64), steps[:1], np.zeros((1, length)))


# --------------------------------------------------------------------- named strategies

STRATEGY_NAMES = ("greedy", "sampling", "temperature", "top_k", "top_p", "min_p", "beam")


@dataclass(frozen=True)
class Strategy:
    """A named way of decoding: filters for sampling, or a beam width (then ``settings`` is None)."""

    name: str
    settings: FilterSettings | None
    beam_width: int = 0

    @property
    def deterministic(self) -> bool:
        """Greedy and beam search give the same text every time."""
        return self.settings is None or self.settings.greedy


def strategies(
    temperature: float, top_k: int, top_p: float, min_p: float, beam_width: int
) -> tuple[Strategy, ...]:
    """The seven strategies the comparison measures, in STRATEGY_NAMES order.

    The filters run at the chosen temperature — except at T = 0, where every filter would
    collapse to greedy, so they run at T = 1 (transformers' default) to stay informative.
    """
    t_filters = temperature if temperature > 0 else 1.0
    return (
        Strategy("greedy", FilterSettings(temperature=0.0)),
        Strategy("sampling", FilterSettings(temperature=1.0)),
        Strategy("temperature", FilterSettings(temperature=temperature)),
        Strategy("top_k", FilterSettings(temperature=t_filters, top_k=top_k)),
        Strategy("top_p", FilterSettings(temperature=t_filters, top_p=top_p)),
        Strategy("min_p", FilterSettings(temperature=t_filters, min_p=min_p)),
        Strategy("beam", None, beam_width=beam_width),
    )


def run_strategy(
    model: Model, prompt: str, n: int, length: int, strategy: Strategy, seed: Seed
) -> Continuations:
    """N continuations by one strategy; deterministic ones are computed once and repeated N times."""
    check_counts(n, length)
    if strategy.settings is None:
        one = beam_search(model, prompt, length, strategy.beam_width)
    elif strategy.settings.greedy:
        one = greedy(model, prompt, length)
    else:
        return sample(model, prompt, n, length, strategy.settings, seed)
    return Continuations(
        np.repeat(one.ids, n, axis=0), np.repeat(one.logprobs, n, axis=0), np.repeat(one.entropies, n, axis=0)
    )
