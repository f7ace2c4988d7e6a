"""Link numbers: core.user_input's rule (tested there) as a total result with the link's canonical text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.url_values import (
    ERRORS,
    NOT_FINITE,
    NOT_NUMBER,
    NOT_WHOLE,
    OUT_OF_RANGE,
    format_url_float,
    parse_url_number,
)
from core.user_input import MAX_CHARS

SEED_MAX = 2**32 - 1


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("inf", NOT_FINITE),
        ("-inf", NOT_FINITE),
        ("+Infinity", NOT_FINITE),
        ("nan", NOT_FINITE),
        ("1e400", OUT_OF_RANGE),
        ("-1e400", OUT_OF_RANGE),
        ("9" * 5000, "too_long"),
        ("0x" + "f" * 5000, "too_long"),
        ("9" * 50, OUT_OF_RANGE),
        ("2.5", NOT_WHOLE),
        ("-1", OUT_OF_RANGE),
        (str(SEED_MAX + 1), OUT_OF_RANGE),
        ("", "empty"),
        ("abc", NOT_NUMBER),
        ("1__000", NOT_NUMBER),
        ("_1", NOT_NUMBER),
        ("1_", NOT_NUMBER),
        ("0x", NOT_NUMBER),
        ("0x1g", NOT_NUMBER),
        ("²", NOT_NUMBER),
        ("①", NOT_NUMBER),
        ("1 2", NOT_NUMBER),
        ("9" * (MAX_CHARS + 1), "too_long"),
    ],
)
def test_links_that_broke_the_seed_box_are_refused_with_a_reason(text, error):
    result = parse_url_number(text, "int", 0, SEED_MAX)
    assert (result.ok, result.value, result.error, result.text) == (False, None, error, "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("+12", 12),
        (" 12 ", 12),
        ("012", 12),
        ("1_000", 1000),
        ("0x10", 16),
        ("0X1_0", 16),
        ("0o20", 16),
        ("0b1_0000", 16),
        ("１２", 12),
        ("١٢", 12),
        ("۱۲", 12),  # Extended Arabic-Indic (Persian) digits
        ("2.0", 2),
        ("1e3", 1000),
        ("5.", 5),
        (str(SEED_MAX), SEED_MAX),
        ("0", 0),
    ],
)
def test_whole_number_notations_read_as_the_number_they_mean_and_the_link_says_it_plainly(text, value):
    result = parse_url_number(text, "int", 0, SEED_MAX)
    assert result.ok
    assert type(result.value) is int
    assert result.value == value
    assert result.text == str(value)


@pytest.mark.parametrize(
    ("text", "value", "canonical"),
    [
        ("0.5", 0.5, "0.5"),
        (".5", 0.5, "0.5"),
        ("-2.5e-3", -0.0025, "-0.0025"),
        ("３．５", 3.5, "3.5"),
        ("－３", -3.0, "-3"),
        ("0.2_5", 0.25, "0.25"),
        ("0x8", 8.0, "8"),
        ("10", 10.0, "10"),
    ],
)
def test_decimal_notations_read_as_floats_and_are_written_back_shortest(text, value, canonical):
    result = parse_url_number(text, "float", -10, 10)
    assert result.ok
    assert type(result.value) is float
    assert result.value == value
    assert result.text == canonical


def test_bounds_are_inclusive_and_exact_even_for_long_decimals():
    assert parse_url_number("10", "float", -10, 10).value == 10.0
    assert parse_url_number("10.000000000000000000001", "float", -10, 10).error == OUT_OF_RANGE
    assert parse_url_number("-10", "int", -10, 10).value == -10
    assert parse_url_number("-11", "int", -10, 10).error == OUT_OF_RANGE


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_a_float_written_into_the_link_reads_back_as_itself(x):
    text = format_url_float(x)
    result = parse_url_number(text, "float", -1e6, 1e6)
    assert result.value == x
    assert result.text == text


@given(st.text(max_size=60), st.sampled_from(["int", "float"]))
def test_any_text_gets_a_value_within_bounds_or_an_error_never_an_exception(text, kind):
    result = parse_url_number(text, kind, -100, 100)
    if result.ok:
        assert -100 <= result.value <= 100
        assert parse_url_number(result.text, kind, -100, 100).value == result.value
    else:
        assert result.error in ERRORS
        assert result.value is None
