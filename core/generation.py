"""Writing one character at a time, as plain data: a prompt and one record per step.

A step (makemore's ``generate``, one line each):
    logits  = model.logits(text)          # log p(next | last `context` characters)
    p       = softmax(logits)             # the model's distribution (T = 1)
    q       = softmax(logits, T)          # after temperature; T = 0 (greedy) puts all mass on the argmax
    u       ~ Uniform[0, 1)               # only when sampling
    char    = draw(q, u)                  # the slice of q's cumulative distribution u lands in

Randomness: step i's u is the i-th number of ``numpy.random.default_rng(seed)``'s stream
(``core.sampling.uniform_at``), and ``core.sampling.draw`` turns it into a character (cumulative
distribution in vocabulary order). It is the rule and the stream every sampler in the app uses, so
this text is also the first sample ``core.decoding.sample`` draws with ``default_rng(seed)`` at the
same temperature. The text depends only on (prompt, model, T, mode, seed, hand-picked characters);
N single steps give exactly the text of one run of N steps, and Undo then Step redraws the same u.
To see another outcome, change the seed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray

from core import decoding
from core.decoding import Model as DecodingModel
from core.filters import FilterSettings
from core.sampling import draw, uniform_at
from core.softmax import entropy_bits, softmax

Mode = Literal["greedy", "sample"]
MODES: tuple[Mode, ...] = ("greedy", "sample")
MAX_STEPS = 500  # one page of text
MAX_SEED = 2**32 - 1
ARTICLE_PROMPT = "Humpty Du"
ARTICLE_SCORES = {"u": 0.5, "m": 0.45}  # the article's numbers; every other character shares 0.05


class Model(Protocol):
    """What generation needs (``core.charmodel.CharModel`` and ``ArticleExample`` have it)."""

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


# ---------------------------------------------------------------------------- the article's example

ARTICLE_REST = 0.05  # the article's number for all the other characters together


def article_distribution(as_scores: bool = False) -> tuple[float, float, float]:
    """(u, m, the rest) after "Humpty Du": the article's 0.5, 0.45, 0.05, or softmax of them as scores.

    The article calls its numbers scores, but they already sum to 1: they are probabilities. Fed to
    softmax as if they were scores, the gaps are tiny and the result is much flatter (38.6 / 36.7 / 24.6 %).
    """
    numbers = np.array([ARTICLE_SCORES["u"], ARTICLE_SCORES["m"], ARTICLE_REST])
    return tuple(float(x) for x in (softmax(numbers) if as_scores else numbers))


@dataclass(frozen=True)
class ArticleWindow:
    """The settings a decoder reads from ``ArticleExample``: how many characters it must be shown."""

    context: int


class ArticleExample:
    """The article's numbers after "Humpty Du" (u 0.5, m 0.45, all others 0.05 together) over a model.

    Anywhere else it is the wrapped model, so the user can follow a wrong "Duu" and see what comes next.
    ``as_scores=True`` feeds the article's three numbers to softmax as scores instead (the article's slip).
    Batched decoders read ``settings.context`` to cut each row's window: it is at least the length of
    "Humpty Du", so a window can end with the whole prompt and get the article's numbers.
    """

    def __init__(self, base: Model, as_scores: bool = False) -> None:
        self.base = base
        self.vocab = base.vocab
        self.stoi = base.stoi
        self.itos = base.vocab
        base_context = getattr(getattr(base, "settings", None), "context", 1)
        self.settings = ArticleWindow(max(int(base_context), len(ARTICLE_PROMPT)))
        u, m, rest = article_distribution(as_scores)
        v = len(base.vocab)
        probs = np.full(v, rest / (v - 2))  # "the rest" shared evenly by every other character
        probs[base.stoi["u"]], probs[base.stoi["m"]] = u, m
        self.article_probs = probs  # [V], sums to 1
        self.article_probs.setflags(write=False)
        self._prompt_ids = np.array([base.stoi[c] for c in ARTICLE_PROMPT], dtype=np.int64)

    def unknown_chars(self, text: str) -> list[str]:
        """As the wrapped model."""
        return self.base.unknown_chars(text)

    def encode(self, text: str) -> NDArray[np.int64]:
        """As the wrapped model."""
        return self.base.encode(text)

    def decode(self, ids) -> str:
        """As the wrapped model."""
        return self.base.decode(ids)

    def logits(self, context: str) -> NDArray[np.float64]:
        """The article's log-probabilities if ``context`` ends with "Humpty Du", else the wrapped model's."""
        if context.endswith(ARTICLE_PROMPT):
            return np.log(self.article_probs)
        return self.base.logits(context)

    def logits_ids(self, contexts: NDArray[np.int64]) -> NDArray[np.float64]:
        """Batched form: [N, L] -> [N, V]; rows whose context ends with "Humpty Du" get the article's."""
        out = self.base.logits_ids(contexts)
        k = len(self._prompt_ids)
        if contexts.shape[1] >= k:
            hit = (contexts[:, -k:] == self._prompt_ids).all(axis=1)  # [N]
            out[hit] = np.log(self.article_probs)
        return out


# ---------------------------------------------------------------------------- the experiment

TARGET_WORD = "Dumpty"
FAN_SIZE = 20  # sampled continuations shown next to greedy's one
FAN_LENGTH = 12  # characters per sampled continuation: enough to finish "Dumpty" and start a word
GREEDY_LENGTH = 16  # one line on a phone


def _last_letters(prompt: str) -> str:
    """The letters the prompt ends with: the start of a word it may go on ("Humpty Du" → "Du")."""
    return re.search(r"[A-Za-z]*$", prompt).group()


def completes_word(prompt: str, continuation: str, word: str = TARGET_WORD) -> bool:
    """Whether the continuation finishes the prompt's last (partial) word as exactly ``word``.

    "Humpty Du" + "mpty sat" → True; "mptye" or "mps" → False; "mpty" with nothing after it → False
    (the word might go on). Letters only: "Dumpty," and "Dumpty\n" count.
    """
    head = _last_letters(prompt)
    tail = re.match(r"[A-Za-z]*", continuation).group()
    return head + tail == word and len(tail) < len(continuation)


def could_complete(prompt: str, word: str = TARGET_WORD) -> bool:
    """Whether the prompt ends inside ``word`` (e.g. "…Du" for "Dumpty"), so the share means something."""
    head = _last_letters(prompt)
    return bool(head) and word.startswith(head) and head != word


def next_letter(model: Model, prompt: str, word: str = TARGET_WORD) -> tuple[str, float]:
    """The letter that would go on finishing ``word`` after the prompt, and the model's p for it (T = 1).

    The trained model's note quotes it: "after “Humpty Du” it gives “m” 97%". Only for a prompt
    that ``could_complete`` the word.
    """
    head = _last_letters(prompt)
    letter = word[len(head)]
    return letter, float(softmax(model.logits(prompt))[model.stoi[letter]])


@dataclass(frozen=True)
class Fan:
    """Greedy's one continuation of a prompt next to N sampled ones, each character with its p (T = 1)."""

    prompt: str
    greedy: str
    greedy_p: tuple[float, ...]
    samples: tuple[str, ...]
    samples_p: tuple[tuple[float, ...], ...]

    def wrote(self, word: str = TARGET_WORD) -> int:
        """How many sampled continuations finished the prompt's last word as ``word``."""
        return sum(completes_word(self.prompt, s, word) for s in self.samples)

    def share(self, word: str = TARGET_WORD) -> float:
        """The share of sampled continuations that finished it as ``word`` (NaN with no samples)."""
        return self.wrote(word) / len(self.samples) if self.samples else math.nan


def fan(
    model: DecodingModel,
    prompt: str,
    temperature: float,
    seed: int,
    n: int = FAN_SIZE,
    length: int = FAN_LENGTH,
    greedy_length: int = GREEDY_LENGTH,
) -> Fan:
    """Greedy's continuation and ``n`` seeded samples at ``temperature`` (T = 0: n copies of greedy).

    Sample i draws with ``uniforms(default_rng(seed), n, length)[i]``, as the compare page does, so
    sample 0 is the text the step-by-step view writes with the same seed and temperature.
    """
    best = decoding.greedy(model, prompt, greedy_length)
    drawn = decoding.sample(
        model, prompt, n, length, FilterSettings(temperature=temperature), np.random.default_rng(seed)
    )
    greedy_text = best.texts(model)[0]
    probs = np.exp(drawn.logprobs)
    return Fan(
        prompt=prompt,
        greedy=greedy_text,
        greedy_p=tuple(float(p) for p in np.exp(best.logprobs[0])),
        samples=tuple(drawn.texts(model)),
        samples_p=tuple(tuple(float(p) for p in row) for row in probs),
    )


@dataclass(frozen=True)
class AfterSlip:
    """What the model does after a written slip: its likeliest next characters and greedy's way on."""

    text: str  # the prompt with the slip, e.g. "Humpty Duu"
    top: tuple[tuple[str, float], ...]  # (character, p) of the likeliest next characters
    greedy: str  # greedy's continuation from ``text``


def after_slip(model: DecodingModel, text: str, top: int = 3, length: int = 20) -> AfterSlip:
    """Plain decoding never takes a written character back: what comes next after ``text`` as written."""
    probs = np.exp(decoding.next_logprobs(model, text))  # [V]
    order = np.argsort(-probs, kind="stable")[:top]
    best = decoding.greedy(model, text, length).texts(model)[0]
    return AfterSlip(text, tuple((model.vocab[i], float(probs[i])) for i in order), best)
