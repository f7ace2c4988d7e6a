"""The temperature page's starting tables, each one a number from the article, and its questions.

Labels are catalog keys when they are words (so "leaf" reads 叶子 in Chinese) and plain
symbols otherwise; logits are kept as the strings the table shows, so a preset looks exactly
like something the user could have typed. Choosing a preset also sets the temperature: T = 1,
which its note and question start from, or the restaurants' T = 0.05; each one asks the reader to
predict before moving the slider.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.i18n import t
from core.softmax import softmax


@dataclass(frozen=True)
class Preset:
    """A named table: token labels (catalog keys "playground.tok.*" or literal symbols), logits as text."""

    key: str
    labels: tuple[str, ...]
    logits: tuple[str, ...]
    temperature: float = 1.0  # the slider is set to this when the preset is chosen (its texts speak of it)

    def labels_in(self, lang: str) -> list[str]:
        """The labels as the user sees them in ``lang``: catalog keys translated, symbols as they are."""
        return [t(label, lang) if label.startswith(_KEY_PREFIX) else label for label in self.labels]


_KEY_PREFIX = "playground.tok."
_REST = ("playground.tok.rest_a", "playground.tok.rest_b")

# "Humpty Du…": the article gives probabilities u 50%, m 45%, others 5%. Logits ln p make
# softmax at T = 1 give back exactly those (softmax(ln p) = p because Σp = 1).
# The restaurants: (4.9, 4.7) at T = 0.05 is (5, 1) at T = 1, because 0.2 / 0.05 = 4 = 5 − 1
# and softmax only sees the gaps; 0.05 is the slider's first stop after 0.
PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset("article", ("A", "B", "C"), ("2", "1", "0.1")),
        Preset("rest_clear", _REST, ("5", "1")),
        Preset("rest_close", _REST, ("4.9", "4.7")),
        Preset("rest_cold", _REST, ("4.9", "4.7"), temperature=0.05),
        Preset("leaf", ("playground.tok.leaf", "playground.tok.flower"), ("5", "1")),
        Preset("humpty", ("u", "m", "playground.tok.other"), ("-0.6931", "-0.7985", "-2.9957")),
        Preset("huge", ("A", "B", "C"), ("1000", "999", "998")),
    )
}
DEFAULT_PRESET = "article"
CUSTOM = "custom"  # the table no longer matches a preset


# ---------------------------------------------------------------------------- predict, then reveal


@dataclass(frozen=True)
class Question:
    """ "What will option ``option`` get at ``temperature``: more or less than at ``start``?"

    ``key`` names the explanation in the catalog (``playground.predict.<key>``); ``option`` None
    asks about the most likely option, so the question fits any table the reader types.
    """

    key: str
    temperature: float
    option: int | None = None
    start: float = 1.0  # the temperature the guess is compared with
    same_as: str | None = None  # a preset whose T = 1 result the answer matches (the restaurants)


MORE, SAME, LESS = "more", "same", "less"
GUESSES = (MORE, SAME, LESS)
SAME_WITHIN = 0.005  # half a percentage point either way reads as "about the same"

QUESTIONS: dict[str, Question] = {
    "article": Question("t_half", 0.5, 0),
    "rest_clear": Question("t_two", 2.0, 0),
    "rest_close": Question("restaurants", 0.05, 0, same_as="rest_clear"),
    "rest_cold": Question("back_to_one", 1.0, 0, start=0.05),
    "leaf": Question("t_two", 2.0, 0),
    "humpty": Question("humpty_cold", 0.5, 2),
    "huge": Question("shift", 0.5, 0),
    CUSTOM: Question("custom", 0.5),
}


@dataclass(frozen=True)
class Answer:
    """The revealed answer: option ``option``'s probability at the start and at the question's T."""

    option: int
    before: float  # p at the question's start temperature
    after: float  # p at the question's temperature
    p: np.ndarray  # every option at the question's temperature, [n]
    scaled: np.ndarray  # z / T: the scores softmax sees at that temperature, [n]
    direction: str  # MORE, SAME or LESS
    same_as: float | None  # the same option's p in the preset ``same_as`` at T = 1

    def right(self, guess: str | None) -> bool:
        """Whether a guess (one of GUESSES) says what happened."""
        return guess == self.direction


def answer(z: ArrayLike, question: Question) -> Answer:
    """Compute the question's answer on the scores ``z`` with core's softmax (never typed in)."""
    z = np.asarray(z, dtype=float)  # [n]
    i = int(np.argmax(z)) if question.option is None or question.option >= len(z) else question.option
    before = float(softmax(z, question.start)[i])
    p = softmax(z, question.temperature)
    after = float(p[i])
    if abs(after - before) < SAME_WITHIN:
        direction = SAME
    else:
        direction = MORE if after > before else LESS
    with np.errstate(over="ignore"):  # -inf / T stays -inf, 1e308 / 0.5 is inf; T = 0 is never asked
        scaled = z / question.temperature
    same_as = None
    if question.same_as is not None:
        same_as = float(softmax([float(v) for v in PRESETS[question.same_as].logits], 1.0)[i])
    return Answer(i, before, after, p, scaled, direction, same_as)
