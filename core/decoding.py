"""Decoding strategies on a character model: greedy, sampling (with filters), beam search.

The model is anything with ``encode``, ``decode``, ``settings.context`` and
``logits_ids(contexts [N, L]) -> [N, V]`` log-probabilities (``core.charmodel.CharModel``).
Sampling draws N continuations at once: each step is one vectorised model call and one
vectorised draw over all N rows — the only Python loop is over the L steps, never the samples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from core.filters import FilterSettings, filtered_probs, filtered_probs_trusted
from core.softmax import entropy_bits

MAX_SAMPLES = 10_000
MAX_LENGTH = 400
MAX_BEAM_WIDTH = 64


class ModelSettingsLike(Protocol):
    context: int


class Model(Protocol):
    """What decoding needs from a model (``core.charmodel.CharModel`` has it)."""

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

    An adapter over the model's ``itos``: looking every id up in a NumPy array of 1-character
    strings and viewing each row as one L-character string is ~50× faster than a Python join
    per row, which dominated a 10,000-sample Monte Carlo.
    """
    ids = np.atleast_2d(ids)
    itos = getattr(model, "itos", None)
    if itos is None or any(len(c) != 1 for c in itos) or any(c == "\0" for c in itos) or ids.shape[1] == 0:
        return [model.decode(row) for row in ids]  # the general (slow) path
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


# ---------------------------------------------------------------------------- one step


def sample_step(
    logprobs: NDArray[np.float64], settings: FilterSettings, rng: np.random.Generator
) -> NDArray[np.int64]:
    """One draw per row from the filtered distribution; T = 0 takes the argmax. [N, V] -> [N]."""
    logprobs = np.atleast_2d(logprobs)
    if settings.greedy:
        return np.argmax(logprobs, axis=-1)
    probs = filtered_probs(logprobs, settings)
    return _draw(probs, rng)


def _step_distribution(
    logprobs: NDArray[np.float64], settings: FilterSettings
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Unnormalised weights of the distribution drawn from, and its entropy in bits: [U, V] -> [U, V], [U].

    Temperature alone (the common case, and the benchmark's) skips the filters' input checks —
    the model's log-probabilities are trusted, and being ≤ 0 they need no max-shift before exp —
    and gets the entropy from the scaled scores: H = (ln Z − Σ e·s / Z) / ln 2, with s = log p / T,
    e = exp(s), Z = Σ e.
    """
    if settings.top_k is None and (settings.top_p or 1) >= 1 and not settings.min_p:
        s = logprobs / settings.temperature if settings.temperature != 1 else logprobs
        e = np.exp(s)  # [U, V]
        z = e.sum(axis=-1)  # [U]
        with np.errstate(invalid="ignore"):  # 0 · (−inf) = NaN where the model rules a token out
            es = np.einsum("ij,ij->i", e, s)
        bad = np.isnan(es)
        if bad.any():
            es[bad] = np.where(e[bad] > 0, e[bad] * s[bad], 0.0).sum(axis=-1)
        return e, (np.log(z) - es / z) / np.log(2)
    probs = filtered_probs_trusted(logprobs, settings)
    return probs, entropy_bits(probs)


def _draw(probs: NDArray[np.float64], rng: np.random.Generator) -> NDArray[np.int64]:
    """Inverse-CDF draw per row: the first column whose cumulative probability exceeds u ~ U[0, 1)."""
    cdf = np.cumsum(probs, axis=-1)  # [N, V]
    u = rng.random(len(probs))[:, None] * cdf[:, -1:]  # scale by the total: rounding-proof
    ids = (cdf <= u).sum(axis=-1)  # [N]
    return np.minimum(ids, probs.shape[-1] - 1)


def _draw_shared(
    weights: NDArray[np.float64], rows: NDArray[np.int64], rng: np.random.Generator
) -> NDArray[np.int64]:
    """Inverse-CDF draws for N samples sharing U distributions (weights ≥ 0): [U, V], [N] -> [N].

    Row r's normalised CDF is shifted into [r, r + 1] and the U rows are laid end to end, so one
    ``searchsorted`` of r + u finds every sample's character — O(N log UV) instead of O(NV).
    (Shifting by r ≤ 10,000 costs about 1e-12 of resolution: events that rare are not drawn.)
    """
    u_rows, v = weights.shape
    cdf = np.cumsum(weights, axis=-1)  # [U, V]
    cdf /= cdf[:, -1:]  # the last entry is exactly 1, so row r ends at exactly r + 1
    flat = (cdf + np.arange(u_rows)[:, None]).ravel()  # [U·V], non-decreasing
    u = np.minimum(rng.random(len(rows)), 1 - 1e-9)  # r + u must stay below r + 1 after rounding
    order = np.argsort(rows, kind="stable")  # sorted keys make searchsorted ~3× faster
    ids = np.empty(len(rows), dtype=np.int64)
    ids[order] = np.searchsorted(flat, rows[order] + u[order], side="right") - rows[order] * v
    return np.clip(ids, 0, v - 1)


def _unique_contexts(window: NDArray[np.int64], v: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The distinct rows of a context window and, per row, which one it is: [N, c] -> [U, c], [N].

    N samples share far fewer contexts than N (a few hundred of 10,000 at a step), and the next
    character depends only on the window, so the model and the filters run on U rows only.
    """
    n, c = window.shape
    if c == 0:
        return window[:1], np.zeros(n, dtype=np.int64)
    if c * np.log2(max(v, 2)) < 62:  # one int64 code per row: fast 1-d unique
        codes = np.zeros(n, dtype=np.int64)
        for j in range(c):  # loop over the (≤ 6) context columns, not the samples
            codes = codes * v + window[:, j]
        _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
    else:
        _, first, inverse = np.unique(window, axis=0, return_index=True, return_inverse=True)
    return window[first], inverse.reshape(-1)


# -------------------------------------------------------------------------- strategies


def sample(
    model: Model,
    prompt: str,
    n: int,
    length: int,
    settings: FilterSettings,
    rng: np.random.Generator,
) -> Continuations:
    """N continuations of ``length`` characters drawn at once; same seed → same continuations.

    T = 0 (greedy) gives N copies of the greedy continuation.
    """
    check_counts(n, length)
    prompt_ids = _prompt_ids(model, prompt)
    p = len(prompt_ids)
    history = np.empty((n, p + length), dtype=np.int64)  # prompt then continuation, per row
    history[:, :p] = prompt_ids
    logp_out = np.empty((n, length))
    ent_out = np.empty((n, length))
    v = len(model.vocab)
    for t in range(length):
        window = _window(history, p + t, model.settings.context)  # [N, ≤ context]
        contexts, row = _unique_contexts(window, v)  # [U, c], [N]
        logprobs = model.logits_ids(contexts)  # [U, V]
        if settings.greedy:
            ids = np.argmax(logprobs, axis=-1)[row]
            ent_out[:, t] = 0.0
        else:
            weights, entropy = _step_distribution(logprobs, settings)  # [U, V], [U]
            ids = _draw_shared(weights, row, rng)
            ent_out[:, t] = entropy[row]
        history[:, p + t] = ids
        logp_out[:, t] = logprobs[row, ids]
    return Continuations(history[:, p:], logp_out, ent_out)


def greedy(model: Model, prompt: str, length: int) -> Continuations:
    """Always the most likely next character (first in vocabulary order on ties): one row."""
    return sample(model, prompt, 1, length, FilterSettings(temperature=0.0), np.random.default_rng(0))


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
    model: Model, prompt: str, n: int, length: int, strategy: Strategy, rng: np.random.Generator
) -> Continuations:
    """N continuations by one strategy; deterministic ones are computed once and repeated N times."""
    check_counts(n, length)
    if strategy.settings is None:
        one = beam_search(model, prompt, length, strategy.beam_width)
    elif strategy.settings.greedy:
        one = greedy(model, prompt, length)
    else:
        return sample(model, prompt, n, length, strategy.settings, rng)
    return Continuations(
        np.repeat(one.ids, n, axis=0), np.repeat(one.logprobs, n, axis=0), np.repeat(one.entropies, n, axis=0)
    )
