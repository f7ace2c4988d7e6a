"""Numbers read from a link, for every URL-bound number widget: ``core.user_input``'s rule, never raising.

A link is typed text like any other, so it is read by ``parse_number`` (see there what is
accepted: ``１２``, ``1_000``, ``0x10`` …; ``inf``, ``nan``, ``1e400`` and a 5,000-digit number are
refused with a reason, never clamped, never turned into a huge int). This module adds what a link
needs on top: a result instead of an exception, and the canonical text the link is rewritten to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.user_input import InputError, parse_number

Kind = Literal["int", "float"]

# Reason codes (the notice shows "url.reason.<code>"): core.user_input's keys without "input.".
ERRORS = ("empty", "not_number", "not_finite", "not_whole", "out_of_range", "too_long")
NOT_NUMBER, NOT_FINITE, NOT_WHOLE, OUT_OF_RANGE = ERRORS[1:5]


@dataclass(frozen=True)
class UrlNumber:
    """The result of reading one link value: ``value`` when usable, else ``error`` (one of ERRORS)."""

    value: int | float | None
    error: str | None
    text: str  # the canonical text for the link ("12" for "１２"); "" when refused

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_url_number(text: str, kind: Kind, low: float, high: float) -> UrlNumber:
    """Read ``text`` as a ``kind`` number within ``[low, high]``; total: every input gets a result."""
    if not isinstance(text, str):
        return UrlNumber(None, NOT_NUMBER, "")
    try:
        value = parse_number(text, low, high, whole=kind == "int")
    except InputError as error:
        # A link has no box to explain, so every kind of "not a number" is the one reason, not_number.
        return UrlNumber(None, error.key.removeprefix("input.").split(".")[0], "")
    return UrlNumber(value, None, str(value) if kind == "int" else format_url_float(value))


def format_url_float(value: float) -> str:
    """How a float is written into a link: ``5`` for 5.0, else the shortest text that reads back."""
    return str(int(value)) if value == int(value) else repr(value)
