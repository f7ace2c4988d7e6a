"""The article's example and experiment (§ 04): after "Humpty Du" the model gives u 0.5, m 0.45 and
all the other characters 0.05 together; greedy always takes the top one, sampling draws by the numbers.

``ArticleExample`` puts those numbers over a real model (anywhere else it is the model), ``fan`` is
the experiment the generator page shows (greedy's one line beside many samples), and ``after_slip``
what plain decoding does after a written slip. Step-by-step writing is ``core.generation``'s.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core import decoding
from core.decoding import Model as DecodingModel
from core.filters import FilterSettings
from core.generation import Model
from core.softmax import softmax

ARTICLE_PROMPT = "Humpty Du"
ARTICLE_PROBS = {"u": 0.5, "m": 0.45}  # the article calls them scores; every other character shares 0.05

# ---------------------------------------------------------------------------- the article's numbers

ARTICLE_REST = 0.05  # the article's number for all the other characters together


def at_article(context: str) -> bool:
    """Whether the next character after ``context`` comes from the article's numbers (u 50 %, m 45 %,
    the rest 5 %): the one rule ``ArticleExample`` and the pages' notes about it share."""
    return context.endswith(ARTICLE_PROMPT)


def article_distribution(as_scores: bool = False) -> tuple[float, float, float]:
    """(u, m, the rest) after "Humpty Du": the article's 0.5, 0.45, 0.05, or softmax of them as scores.

    The article calls its numbers scores, but they already sum to 1: they are probabilities. Fed to
    softmax as if they were scores, the gaps are tiny and the result is much flatter (38.6 / 36.7 / 24.6 %).
    """
    numbers = np.array([ARTICLE_PROBS["u"], ARTICLE_PROBS["m"], ARTICLE_REST])
    return tuple(float(x) for x in (softmax(numbers) if as_scores else numbers))


def article_probs(vocab_size: int, as_scores: bool = False) -> NDArray[np.float64]:
    """[V] the distribution after "Humpty Du" over a vocabulary whose first two ids are u and m:
    ``article_distribution``'s u and m, and its "rest" shared evenly by the other V − 2 characters."""
    u, m, rest = article_distribution(as_scores)
    probs = np.full(vocab_size, rest / (vocab_size - 2))
    probs[0], probs[1] = u, m
    return probs


def article_shares(
    temperature: float, vocab_size: int, as_scores: bool = False
) -> tuple[float, float, float]:
    """(u, m, all the others together) that a draw at ``temperature`` uses after "Humpty Du".

    Temperature divides the log-probabilities, so it works on each character, not on "the rest" as
    one: heat evens the V − 2 rare characters out with u and m, and together they take most draws
    (at T = 10 with 63 characters: u 2.9 %, m 2.9 %, the other 61 94.2 %)."""
    p = softmax(np.log(article_probs(vocab_size, as_scores)), temperature)
    return float(p[0]), float(p[1]), float(p[2:].sum())


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
        self.as_scores = as_scores  # what a chart names its T = 1 outlines after "Humpty Du"
        self.vocab = base.vocab
        self.stoi = base.stoi
        self.itos = base.vocab
        base_context = getattr(getattr(base, "settings", None), "context", 1)
        self.settings = ArticleWindow(max(int(base_context), len(ARTICLE_PROMPT)))
        v, u, m = len(base.vocab), base.stoi["u"], base.stoi["m"]
        order = [u, m, *(i for i in range(v) if i not in (u, m))]  # article_probs puts u and m first
        probs = np.empty(v)
        probs[order] = article_probs(v, as_scores)  # "the rest" shared evenly by every other character
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
        if at_article(context):
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


def letter_after(prompt: str, word: str = TARGET_WORD) -> str:
    """The letter that goes on to ``word`` after the prompt ("m" after "Humpty Du"). Only for a prompt
    that ``could_complete`` the word."""
    return word[len(_last_letters(prompt))]


def next_letter(
    model: Model, prompt: str, word: str = TARGET_WORD, temperature: float = 1.0
) -> tuple[str, float]:
    """``letter_after`` the prompt and the model's p for it at ``temperature``.

    The trained model's note quotes it at T = 1: "after “Humpty Du” it gives “m” 97%"; ``fan`` at
    the draws' temperature.
    """
    letter = letter_after(prompt, word)
    return letter, float(softmax(model.logits(prompt), temperature)[model.stoi[letter]])


@dataclass(frozen=True)
class Fan:
    """Greedy's one continuation of a prompt next to N sampled ones, each character with its p (T = 1)."""

    prompt: str
    greedy: str
    greedy_p: tuple[float, ...]
    samples: tuple[str, ...]
    samples_p: tuple[tuple[float, ...], ...]
    next_p: float = math.nan  # one draw's chance of ``letter_after`` the prompt, at the draws' temperature

    def expected_next(self) -> float:
        """How many of the samples take ``letter_after`` the prompt on average (the article's m 45 %:
        9 of 20). Twenty draws swing around it: seed 0 draws m 6 times, and a reader who had just read
        "almost half the time" saw a contradiction where there is only chance."""
        return self.next_p * len(self.samples)

    def wrote(self, word: str = TARGET_WORD) -> int:
        """How many sampled continuations finished the prompt's last word as ``word``."""
        return sum(completes_word(self.prompt, s, word) for s in self.samples)

    def drew_next(self, word: str = TARGET_WORD) -> int:
        """How many sampled continuations began with the letter that goes on to ``word`` ("m" after
        "Humpty Du"): the one draw the article's probabilities are about (m 45 %). Only for a prompt
        that ``could_complete`` the word."""
        return sum(s[:1] == letter_after(self.prompt, word) for s in self.samples)

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

    Sample i draws with ``uniforms(seed, n, length)[i]``, as the compare page's sample i does, and
    sample 0 is the text the step-by-step view writes with the same seed and temperature.
    """
    best = decoding.greedy(model, prompt, greedy_length)
    drawn = decoding.sample(model, prompt, n, length, FilterSettings(temperature=temperature), seed)
    greedy_text = best.texts(model)[0]
    probs = np.exp(drawn.logprobs)
    next_p = next_letter(model, prompt, temperature=temperature)[1] if could_complete(prompt) else math.nan
    return Fan(
        prompt=prompt,
        greedy=greedy_text,
        greedy_p=tuple(float(p) for p in np.exp(best.logprobs[0])),
        samples=tuple(drawn.texts(model)),
        samples_p=tuple(tuple(float(p) for p in row) for row in probs),
        next_p=next_p,
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
