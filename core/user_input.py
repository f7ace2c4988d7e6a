"""Numbers a person types — in a table cell, a text box or a link — read by one rule.

Python's ``float()`` is too lenient and too fragile for text a stranger types: ``float("1e400")``
is ``inf``, ``float("１２")`` works while ``float("0x10")`` does not, ``int(float("inf"))`` raises
``OverflowError``. Every page reads typed numbers through ``parse_number`` instead, and every
problem is one ``InputError`` whose ``key`` names its message in the catalog (``core/i18n``), so
the page can say in the visitor's language what to fix, once, where it draws the input.

Accepted (each meaning the number a reader would read):
- spaces around the text;
- an optional sign (``+``, ``-``, the minus sign ``−`` of a copied formula, full-width ``＋ －``),
  then decimal digits with an optional fraction and exponent: ``12``, ``-0.5``, ``.5``, ``2.5e-3``;
- decimal digits of any script (full-width ``１２``, Arabic-Indic ``١٢``) and the full-width point
  ``．``; digit-like characters that are not decimal digits (superscript ``²``, circled ``①``) are not;
- ``_`` between two digits, as Python writes ``1_000``;
- ``0x`` / ``0o`` / ``0b`` whole numbers (``0x10`` is 16).
Refused, each with its key: nothing typed (EMPTY); anything else, including a comma — ``1,5``
and ``1,000`` look alike, so neither a decimal comma nor a thousands separator is guessed
(NOT_NUMBER); NaN and infinities, except ``-inf`` where the caller allows it (NOT_FINITE); a
number outside ``[low, high]``, compared exactly, so ``1e400`` never becomes ``inf`` (OUT_OF_RANGE);
a fraction where a whole number is needed (NOT_WHOLE); more than MAX_CHARS characters (TOO_LONG).
"""

from __future__ import annotations

import math
import numbers
import re
import sys
import unicodedata
from decimal import Decimal

EMPTY = "input.empty"
NOT_NUMBER = "input.not_number"  # a box for any number: "write numbers like 12, -0.5 or 1e3"
NOT_NUMBER_IN = "input.not_number.range"  # a box with bounds: "write a number from {low} to {high}"
NOT_WHOLE_NUMBER_IN = "input.not_number.whole"  # a box for whole numbers: "a whole number from ..."
NOT_FINITE = "input.not_finite"
OUT_OF_RANGE = "input.out_of_range"
NOT_WHOLE = "input.not_whole"
TOO_LONG = "input.too_long"

MAX_CHARS = 100  # no number a page needs is longer; it bounds the work and the message
SHOWN_CHARS = 30  # the typed text is quoted in a message up to this length
LARGEST = sys.float_info.max  # the default bounds: every finite float

_FULL_WIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E are ASCII ! .. ~ shifted by this
_DIGITS = r"\d(?:_?\d)*"
_DECIMAL = re.compile(
    rf"[+-]?(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?", re.ASCII
)
_PREFIXED = re.compile(r"[+-]?0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)")
_NON_FINITE = re.compile(r"[+-]?(?:inf|infinity|nan)", re.IGNORECASE)
_NEG_INF = re.compile(r"-(?:inf|infinity)", re.IGNORECASE)


class InputError(ValueError):
    """A typed value that cannot be used: ``key`` is its message's catalog key, ``values`` fill it."""

    def __init__(self, key: str, **values: object):
        super().__init__(f"{key}: {values}")
        self.key = key
        self.values = values


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """Cut typed text for a message: a pasted 10 KB cell must not flood the page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_bound(x: float) -> str:
    """A bound as a message writes it: 1000000, 0.5, as it is typed into the box (which reads a comma
    as a separator between numbers). Every message about a box writes its bounds this one way, so
    "not a number" and "out of range" quote the same range the same way."""
    return f"{int(x)}" if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def _ascii(text: str) -> str:
    """Every script's decimal digit to 0-9, full-width signs and points to ASCII, − to -.

    Not NFKC: it would read a superscript ``²`` or a circled ``①`` as a plain digit.
    """
    return "".join(
        str(unicodedata.decimal(c))
        if not c.isascii() and c.isdecimal()
        else chr(ord(c) - _FULL_WIDTH_OFFSET)
        if "\uff01" <= c <= "\uff5e"
        else "-"
        if c == "\u2212"
        else c
        for c in text
    )


def _not_a_number(shown: str, low: float, high: float, whole: bool) -> InputError:
    """Text that is no number: the message says what this box takes, its kind and its range, so its
    example is never a value the box would then refuse (-0.5 in a seed box, 12 in the top-p box)."""
    if low == -LARGEST or high == LARGEST:  # open-ended: no range worth quoting (1.79769e+308)
        return InputError(NOT_NUMBER, value=shown)
    key = NOT_WHOLE_NUMBER_IN if whole else NOT_NUMBER_IN
    return InputError(key, value=shown, low=show_bound(low), high=show_bound(high))


def parse_number(
    cell: object, low: float = -LARGEST, high: float = LARGEST, whole: bool = False, neg_inf: bool = False
) -> float:
    """Typed text (or a number cell) -> a float in [low, high] (an int when ``whole``); else InputError.

    ``neg_inf`` lets ``-inf`` through: the playground's table uses it to rule an option out.
    """
    if cell is None:
        raise InputError(EMPTY)
    if isinstance(cell, bool) or not isinstance(cell, str | numbers.Real):
        raise InputError(NOT_NUMBER, value=shorten(repr(cell)))
    if not isinstance(cell, str | numbers.Integral):
        cell = repr(float(cell))  # a number cell is written out and read by the same rule as text
    try:
        text = str(cell)
    except ValueError:  # an int with more digits than Python will print
        raise InputError(TOO_LONG, value="…", max=MAX_CHARS) from None
    if len(text) > MAX_CHARS:
        raise InputError(TOO_LONG, value=shorten(text), max=MAX_CHARS)
    plain = _ascii(text).strip()
    shown = shorten(text.strip())
    if not plain:
        raise InputError(EMPTY)
    if neg_inf and _NEG_INF.fullmatch(plain):
        return -math.inf
    if _NON_FINITE.fullmatch(plain):
        raise InputError(NOT_FINITE, value=shown)
    if _PREFIXED.fullmatch(plain):
        number = Decimal(int(plain, 0))  # int() reads the sign, the prefix and the underscores
    elif _DECIMAL.fullmatch(plain):
        number = Decimal(plain.replace("_", ""))
    else:
        raise _not_a_number(shown, low, high, whole)
    # Compared as Decimals: exact, and 1e400 or a 100-digit number never becomes inf.
    if not Decimal(repr(float(low))) <= number <= Decimal(repr(float(high))):
        raise InputError(OUT_OF_RANGE, value=shown, low=show_bound(low), high=show_bound(high))
    if whole:
        if number != number.to_integral_value():
            raise InputError(NOT_WHOLE, value=shown)
        return int(number)
    return float(number)
