"""The one reader of typed numbers: what it accepts, what it refuses (each with its key), never a crash."""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.user_input import (
    EMPTY,
    LARGEST,
    MAX_CHARS,
    NOT_FINITE,
    NOT_NUMBER,
    NOT_NUMBER_IN,
    NOT_WHOLE,
    NOT_WHOLE_NUMBER_IN,
    OUT_OF_RANGE,
    TOO_LONG,
    InputError,
    parse_number,
    shorten,
)

FULL_WIDTH = str.maketrans("0123456789-+.", "０１２３４５６７８９－＋．")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def refusal(text, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        parse_number(text, **kwargs)
    return info.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.5", 1.5),
        (" 2 ", 2.0),
        ("\t-3\n", -3.0),
        ("+4", 4.0),
        ("1e3", 1000.0),
        ("-2.5E-3", -0.0025),
        (".5", 0.5),
        ("5.", 5.0),
        ("007", 7.0),
        ("1_000", 1000.0),
        ("0.2_5", 0.25),
        ("0x10", 16.0),
        ("-0X1_0", -16.0),
        ("0o20", 16.0),
        ("0b1_0000", 16.0),
        ("１２", 12.0),  # full-width digits, as a Chinese keyboard types them
        ("３．５", 3.5),
        ("－３", -3.0),
        ("−2", -2.0),  # U+2212, the minus sign a copied formula carries
        ("١٢", 12.0),  # Arabic-Indic digits
        ("۱۲", 12.0),  # Extended Arabic-Indic (Persian) digits
        ("1e-400", 0.0),  # below the smallest float: it is 0 to the computer too
        (3, 3.0),  # a number cell (a NumberColumn, a numpy value) is read by the same rule
        (np.float32(1.5), 1.5),
        (np.int64(-2), -2.0),
    ],
)
def test_accepted_forms_read_as_the_number_a_reader_means(text, value):
    result = parse_number(text)
    assert type(result) is float and result == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", EMPTY),
        ("   ", EMPTY),
        (None, EMPTY),
        ("abc", NOT_NUMBER),
        ("1,5", NOT_NUMBER),  # a decimal comma and a thousands separator look alike: neither is guessed
        ("1,000", NOT_NUMBER),
        ("1 2", NOT_NUMBER),
        ("1__000", NOT_NUMBER),
        ("_1", NOT_NUMBER),
        ("1_", NOT_NUMBER),
        ("0x", NOT_NUMBER),
        ("0x1.5", NOT_NUMBER),
        ("²", NOT_NUMBER),  # superscript two looks like a digit but is not one
        ("①", NOT_NUMBER),
        ("<script>alert(1)</script>", NOT_NUMBER),
        (True, NOT_NUMBER),  # a boolean is not a score, even though Python counts it as 1
        ([1], NOT_NUMBER),
        ("nan", NOT_FINITE),
        ("NaN", NOT_FINITE),
        ("inf", NOT_FINITE),
        ("-inf", NOT_FINITE),
        ("+Infinity", NOT_FINITE),
        (math.nan, NOT_FINITE),
        (math.inf, NOT_FINITE),
        ("1e309", OUT_OF_RANGE),  # finite-looking, but float64 cannot hold it
        ("-1e400", OUT_OF_RANGE),
        ("2e308", OUT_OF_RANGE),
        (10**400, TOO_LONG),
        ("9" * (MAX_CHARS + 1), TOO_LONG),
    ],
)
def test_refused_forms_each_carry_their_key(text, key):
    assert refusal(text).key == key


@pytest.mark.parametrize(
    ("low", "high", "whole", "key", "shown"),
    [
        (-LARGEST, LARGEST, False, NOT_NUMBER, None),  # any number: the general examples (12, -0.5, 1e3)
        (0.0, 1.0, False, NOT_NUMBER_IN, ("0", "1")),  # top-p: an example of 12 would be refused next
        (0, 4_294_967_295, True, NOT_WHOLE_NUMBER_IN, ("0", "4294967295")),  # a seed: no -0.5, no comma
    ],
)
def test_text_that_is_no_number_is_told_what_this_box_takes(low, high, whole, key, shown):
    with pytest.raises(InputError) as caught:
        parse_number("abc", low, high, whole=whole)
    assert caught.value.key == key and caught.value.values["value"] == "abc"
    if shown is not None:
        assert (caught.value.values["low"], caught.value.values["high"]) == shown


def test_an_int_cell_with_more_digits_than_python_prints_is_too_long():
    assert refusal(10**5000).key == TOO_LONG


def test_minus_infinity_only_where_the_caller_allows_it():
    assert parse_number("-inf", neg_inf=True) == -math.inf
    assert parse_number(" −Infinity ", neg_inf=True) == -math.inf
    assert parse_number(-math.inf, neg_inf=True) == -math.inf
    assert refusal("inf", neg_inf=True).key == NOT_FINITE
    assert refusal("nan", neg_inf=True).key == NOT_FINITE


def test_bounds_are_inclusive_exact_and_named_in_the_error():
    assert parse_number("10", low=-10, high=10) == 10.0
    error = refusal("10.000000000000000000001", low=-10, high=10)
    assert (error.key, error.values["low"], error.values["high"]) == (OUT_OF_RANGE, "-10", "10")
    assert refusal("9" * MAX_CHARS, high=2**32 - 1).key == OUT_OF_RANGE
    assert refusal("1000001", low=0, high=1_000_000).values["high"] == "1000000"
    assert refusal("2", low=0, high=0.5).values["high"] == "0.5"


def test_whole_numbers_come_back_as_ints_and_fractions_are_refused():
    assert parse_number("1e3", whole=True) == 1000 and type(parse_number("1e3", whole=True)) is int
    assert parse_number("2.0", whole=True) == 2
    assert parse_number("0x10", low=0, high=2**32 - 1, whole=True) == 16
    assert refusal("2.5", whole=True).key == NOT_WHOLE
    assert refusal("-1", low=0, high=10, whole=True).key == OUT_OF_RANGE


def test_the_typed_text_is_in_the_error_shortened():
    assert refusal("abc").values == {"value": "abc"}
    long = refusal("x" * 80).values["value"]
    assert len(long) == 30 and long.endswith("…")
    assert shorten("abc") == "abc"


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_floats_repr_reads_back_as_the_same_float(x):
    assert parse_number(repr(x)) == x
    assert parse_number(x) == x


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_every_notation_of_a_whole_number_gives_the_same_value(n):
    notations = [str(n), f"{n:_}", hex(n), oct(n), bin(n), str(n).translate(FULL_WIDTH),
                 str(n).translate(ARABIC_INDIC), f"{n}.0", f" {n}\t"]  # fmt: skip
    assert [parse_number(s, whole=True) for s in notations] == [n] * len(notations)


@given(st.text(max_size=120), st.booleans(), st.booleans())
def test_any_text_gives_a_number_in_bounds_or_an_input_error_never_another_exception(text, whole, neg_inf):
    try:
        value = parse_number(text, low=-100, high=100, whole=whole, neg_inf=neg_inf)
    except InputError as error:
        assert error.key in (
            EMPTY,
            NOT_NUMBER_IN,
            NOT_WHOLE_NUMBER_IN,
            NOT_FINITE,
            NOT_WHOLE,
            OUT_OF_RANGE,
            TOO_LONG,
        )
        assert len(error.values.get("value", "")) <= 30
    else:
        assert -100 <= value <= 100 or (neg_inf and value == -math.inf)


@given(st.integers(min_value=-(10**60), max_value=10**60))
def test_whole_numbers_agree_with_pythons_int_inside_and_outside_the_bounds(n):
    if 0 <= n <= 2**32 - 1:
        assert parse_number(str(n), low=0, high=2**32 - 1, whole=True) == n
    else:
        assert refusal(str(n), low=0, high=2**32 - 1, whole=True).key == OUT_OF_RANGE


def test_the_default_bounds_are_the_largest_floats():
    assert parse_number(repr(sys.float_info.max)) == sys.float_info.max
    assert parse_number("-1.7976931348623157e308") == -sys.float_info.max
