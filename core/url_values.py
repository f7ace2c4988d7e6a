"""Numbers read from a link: one strict, total parser for every URL-bound number widget.

Python's ``int()`` and ``float()`` are too lenient and too fragile for text a stranger puts in a
link: ``float("1e400")`` is ``inf`` and ``int(inf)`` raises ``OverflowError`` (Streamlit 1.67 does
exactly that for a whole-number ``st.number_input`` and the page breaks); ``int("1_000")`` and
``int("１２")`` succeed while ``int("0x10")`` fails. This module decides once what a link may
say and answers with a value or an error code — it never raises and never builds a huge number.

What is accepted (each meaning the number a reader would read):
- an optional sign, then decimal digits with an optional fraction and exponent (``12``, ``-0.5``,
  ``2.5e-3``); decimal digits from any script (full-width ``１２``, Arabic-Indic ``١٢``) count as
  digits, other digit-like characters (superscript ``²``, circled ``①``) do not;
- ``_`` between two digits, as Python writes ``1_000``;
- ``0x`` / ``0o`` / ``0b`` whole numbers (``0x10`` is 16);
- spaces around the text.
A whole-number widget accepts a decimal that is whole (``2.0``, ``1e3``); ``inf``, ``nan`` and
anything beyond the bounds are refused with a code, not clamped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

Kind = Literal["int", "float"]

NOT_NUMBER = "not_number"  # not a number in any accepted notation
NOT_FINITE = "not_finite"  # inf, -inf, nan
NOT_WHOLE = "not_whole"  # a fraction for a whole-number widget
OUT_OF_RANGE = "out_of_range"  # a number outside [low, high] (1e400, a 5,000-digit number)
ERRORS = (NOT_NUMBER, NOT_FINITE, NOT_WHOLE, OUT_OF_RANGE)

MAX_CHARS = 10_000  # longer text is refused unread: no widget needs it, and it bounds the work

_FULL_WIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E are ASCII ! .. ~ shifted by this
_DECIMAL = re.compile(
    r"[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?", re.ASCII
)
_PREFIXED = re.compile(r"[+-]?0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)")
_NON_FINITE = re.compile(r"[+-]?(?:inf|infinity|nan)", re.IGNORECASE)


@dataclass(frozen=True)
class UrlNumber:
    """The result of reading one link value: ``value`` when usable, else ``error`` (one of ERRORS)."""

    value: int | float | None
    error: str | None
    text: str  # the canonical text for the link ("12" for "１２"); "" when refused

    @property
    def ok(self) -> bool:
        return self.error is None


def _ascii_digits(text: str) -> str:
    """Every script's decimal digit to 0-9, and full-width signs and letters (``－``, ``．``) to ASCII.

    Not NFKC: it would read a superscript ``²`` or a circled ``①`` as a plain digit.
    """
    return "".join(
        str(unicodedata.decimal(c))
        if not c.isascii() and c.isdecimal()
        else chr(ord(c) - _FULL_WIDTH_OFFSET)
        if "\uff01" <= c <= "\uff5e"
        else c
        for c in text
    )


def _refuse(error: str) -> UrlNumber:
    return UrlNumber(None, error, "")


def parse_url_number(text: str, kind: Kind, low: float, high: float) -> UrlNumber:
    """Read ``text`` as a ``kind`` number within ``[low, high]``; total: every input gets a result."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return _refuse(NOT_NUMBER)
    plain = _ascii_digits(text).strip()
    if _NON_FINITE.fullmatch(plain):
        return _refuse(NOT_FINITE)
    if _PREFIXED.fullmatch(plain):
        sign = -1 if plain.startswith("-") else 1
        body = plain.lstrip("+-")
        if len(body) > 200:  # a 0x number this long is beyond every widget's bounds
            return _refuse(OUT_OF_RANGE)
        number = Decimal(sign * int(body, 0))
    elif _DECIMAL.fullmatch(plain):
        try:
            number = Decimal(plain.replace("_", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            return _refuse(NOT_NUMBER)
    else:
        return _refuse(NOT_NUMBER)
    # Compare as Decimals: exact, and 1e400 or a 5,000-digit number never becomes a float or an int.
    if not Decimal(str(low)) <= number <= Decimal(str(high)):
        return _refuse(OUT_OF_RANGE)
    if kind == "int":
        if number != number.to_integral_value():
            return _refuse(NOT_WHOLE)
        value: int | float = int(number)
        return UrlNumber(value, None, str(value))
    value = float(number)
    if not math.isfinite(value):  # pragma: no cover - bounds are finite floats
        return _refuse(OUT_OF_RANGE)
    return UrlNumber(value, None, format_url_float(value))


def format_url_float(value: float) -> str:
    """How a float is written into a link: ``5`` for 5.0, else the shortest text that reads back."""
    return str(int(value)) if value == int(value) else repr(value)
