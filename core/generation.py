"""Writing one character at a time, as plain data: a prompt and one record per step.

A step (makemore's ``generate``, one line each):
    logits  = model.logits(text)          # log p(next | last `context` characters)
    p       = softmax(logits)             # the model's distribution (T = 1)
    q       = softmax(logits, T)          # after temperature; T = 0 (greedy) puts all mass on the argmax
    u       ~ Uniform[0, 1)               # only when sampling
    char    = draw(q, u)                  # the slice of q's cumulative distribution u lands in

Randomness: step i's u is the i-th number of ``numpy.random.default_rng(seed)``'s stream
(``core.sampling.uniform_at``), and ``core.sampling.draw`` turns it into a character (cumulative
distribution in vocabulary order). It is the rule every sampler in the app uses, and the stream of
sample 0 (``core.sampling.uniforms``), so this text is also the first sample ``core.decoding.sample``
draws with this seed at the same temperature. The text depends only on (prompt, model, T, mode,
seed, hand-picked characters); N single steps give exactly the text of one run of N steps, and Undo
then Step redraws the same u. To see another outcome, change the seed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray

from core.sampling import draw, uniform_at
from core.softmax import entropy_bits, softmax

Mode = Literal["greedy", "sample"]
MODES: tuple[Mode, ...] = ("greedy", "sample")
MAX_STEPS = 500  # one page of text
MAX_SEED = 2**32 - 1


class Model(Protocol):
    """What generation needs (``core.charmodel.CharModel`` and ``core.article_example.ArticleExample``
    have it)."""

    vocab: tuple[str, ...]
    stoi: dict[str, int]

    def logits(self, context: str) -> NDArray[np.float64]: ...
    def unknown_chars(self, text: str) -> list[str]: ...


# ---------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Step:
    """One generated character and everything needed to explain it."""

    index: int  # 0-based step number
    context: str  # the characters the model looked at
    probs: NDArray[np.float64]  # [V] the model's distribution (T = 1)
    probs_t: NDArray[np.float64]  # [V] after temperature: what the character was drawn from
    u: float | None  # the uniform number drawn; None for greedy and hand-picked steps
    char_id: int
    char: str
    how: Literal["greedy", "sample", "picked"]
    p: float = field(init=False)  # probability the model gave the chosen character (T = 1)
    p_t: float = field(init=False)  # probability of the chosen character where it was drawn from
    entropy: float = field(init=False)  # entropy of the model's distribution at this step, in bits

    def __post_init__(self) -> None:
        # Worked out once, when the step is taken: a page shows them for every step on every rerun.
        object.__setattr__(self, "p", float(self.probs[self.char_id]))
        object.__setattr__(self, "p_t", float(self.probs_t[self.char_id]))
        object.__setattr__(self, "entropy", float(entropy_bits(self.probs)))


@dataclass(frozen=True)
class Generation:
    """A prompt and the steps taken after it."""

    prompt: str
    steps: tuple[Step, ...] = field(default=())

    @property
    def generated(self) -> str:
        """The characters written by the steps."""
        return "".join(s.char for s in self.steps)

    @property
    def text(self) -> str:
        """Prompt followed by the generated characters."""
        return self.prompt + self.generated


@dataclass(frozen=True)
class Decoding:
    """How the next character is chosen: greedy, or sampling at temperature T with a seed."""

    mode: Mode = "sample"
    temperature: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"decoding mode must be one of {MODES}, got {self.mode!r}")
        t = self.temperature
        if isinstance(t, bool) or not isinstance(t, (int, float, np.floating)) or not np.isfinite(t) or t < 0:
            raise ValueError(f"temperature must be a finite number >= 0, got {t!r}")
        s = self.seed
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or not 0 <= s <= MAX_SEED:
            raise ValueError(f"seed must be a whole number from 0 to {MAX_SEED}, got {s!r}")

    @property
    def greedy(self) -> bool:
        """T = 0 is greedy too."""
        return self.mode == "greedy" or self.temperature == 0


# ---------------------------------------------------------------------------- one step


def next_distribution(model: Model, text: str, temperature: float) -> tuple[NDArray, NDArray]:
    """(p, q): the model's distribution after ``text`` and the same after temperature (T = 0 greedy)."""
    logits = model.logits(text)  # [V]
    return softmax(logits), softmax(logits, temperature)


def take_step(
    gen: Generation, model: Model, decoding: Decoding, context: int, pick: str | None = None
) -> Generation:
    """Gen with one more step: greedy, sampled with uniform_at(seed, index), or the hand-picked ``pick``."""
    index = len(gen.steps)
    if index >= MAX_STEPS:
        raise ValueError(f"at most {MAX_STEPS} characters can be generated")
    text = gen.text
    temperature = 0.0 if decoding.greedy else decoding.temperature
    probs, probs_t = next_distribution(model, text, temperature)
    u: float | None = None
    if pick is not None:
        if pick not in model.stoi:
            raise ValueError(f"the character {pick!r} is not in the vocabulary")
        char_id, how = model.stoi[pick], "picked"
    elif decoding.greedy:
        char_id, how = int(np.argmax(probs)), "greedy"  # first of tied maxima
    else:
        u = uniform_at(decoding.seed, index)
        char_id, how = int(draw(probs_t, u)), "sample"
    record = Step(
        index=index,
        context=text[-context:],
        probs=probs,
        probs_t=probs_t,
        u=u,
        char_id=char_id,
        char=model.vocab[char_id],
        how=how,
    )
    return replace(gen, steps=(*gen.steps, record))


def run(
    gen: Generation,
    model: Model,
    decoding: Decoding,
    n: int,
    context: int,
    picks: Mapping[int, str] | None = None,
) -> Generation:
    """N more steps; ``picks`` maps a step index to a hand-picked character."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
        raise ValueError(f"the number of steps must be a whole number >= 0, got {n!r}")
    if len(gen.steps) + n > MAX_STEPS:
        raise ValueError(f"at most {MAX_STEPS} characters can be generated")
    picks = picks or {}
    for _ in range(n):
        gen = take_step(gen, model, decoding, context, picks.get(len(gen.steps)))
    return gen


def history(gen: Generation) -> dict[str, list]:
    """The steps as columns: step (1-based), context, char, p, p_t, u (None if not drawn), entropy, how."""
    steps = gen.steps
    return {
        "step": [s.index + 1 for s in steps],
        "context": [s.context for s in steps],
        "char": [s.char for s in steps],
        "p": [s.p for s in steps],
        "p_t": [s.p_t for s in steps],
        "u": [s.u for s in steps],
        "entropy": [s.entropy for s in steps],
        "how": [s.how for s in steps],
    }


def generate(
    model: Model,
    prompt: str,
    decoding: Decoding,
    n: int,
    context: int,
    picks: Mapping[int, str] | None = None,
) -> Generation:
    """The whole text from scratch: what a shared link (prompt, settings, n, picks) reproduces."""
    unknown = model.unknown_chars(prompt)
    if not prompt:
        raise ValueError("the prompt is empty")
    if unknown:
        raise ValueError(f"characters not in the vocabulary: {', '.join(map(repr, unknown))}")
    return run(Generation(prompt), model, decoding, n, context, picks)


def regenerate(
    previous: Generation | None,
    model: Model,
    prompt: str,
    decoding: Decoding,
    n: int,
    context: int,
    picks: Mapping[int, str] | None = None,
) -> Generation:
    """``generate(...)``, reusing the steps of ``previous`` that it would take again.

    A step depends only on the text before it, the decoding and its own index (``uniform_at``), so
    the longest prefix of ``previous`` with the same prompt and the same hand-picks is exact, and
    Step, Undo or Play cost one step instead of replaying them all. ``previous`` must come from
    the same model, decoding and context: the caller keeps one per such setting.
    """
    picks = picks or {}
    kept = 0
    if previous is not None and previous.prompt == prompt:
        for step in previous.steps[:n]:
            pick = picks.get(step.index)
            if (step.how == "picked") != (pick is not None) or (pick is not None and pick != step.char):
                break
            kept += 1
    if kept == 0:
        return generate(model, prompt, decoding, n, context, picks)
    return run(Generation(prompt, previous.steps[:kept]), model, decoding, n - kept, context, picks)
