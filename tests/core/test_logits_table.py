"""Parsing the user's token/logit table: arrays when it is good, row-level error codes when not."""

import math

import numpy as np
import pytest

from core import logits_table as lt
from core import user_input as ui
from core.logits_table import (
    MAX_LINK_CHARS,
    MAX_ROWS,
    TOO_MANY,
    format_logit,
    needs_blank_row,
    parse_table,
    table_from_link,
    typed_cells,
)
from core.user_input import parse_number


def codes(table):
    return [(e.key, e.values.get("row")) for e in table.errors]


def test_a_good_table_becomes_labels_and_floats():
    t = parse_table(["A", "B", "C"], ["2", " 1 ", "0.1"])
    assert t.ok and t.labels == ("A", "B", "C")
    assert t.logits.tolist() == [2.0, 1.0, 0.1]


def test_text_in_a_cell_is_reported_with_its_row_and_value():
    t = parse_table(["A", "B", "C"], ["2", "1", "abc"])
    assert not t.ok
    assert codes(t) == [(ui.NOT_NUMBER, 3)] and t.errors[0].values["value"] == "abc"
    assert t.labels == () and t.logits.size == 0


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("nan", lt.SCORE_NOT_FINITE),
        ("NaN", lt.SCORE_NOT_FINITE),
        ("inf", lt.SCORE_NOT_FINITE),
        ("+Infinity", lt.SCORE_NOT_FINITE),
        ("1e309", ui.OUT_OF_RANGE),
        ("-1e309", ui.OUT_OF_RANGE),
        ("2,5", ui.NOT_NUMBER),
        ("<script>alert(1)</script>", ui.NOT_NUMBER),
        ("9" * 500, ui.TOO_LONG),
        (float("inf"), lt.SCORE_NOT_FINITE),
        (True, ui.NOT_NUMBER),
    ],
)
def test_bad_cells_get_their_own_code(cell, code):
    t = parse_table(["A", "B"], ["1", cell])
    assert codes(t) == [(code, 2)]


@pytest.mark.parametrize("blank", [None, "", "  ", float("nan")])  # nan: pandas' missing value
def test_a_half_typed_row_is_left_out_and_named_not_an_error(blank):
    t = parse_table(["A", "B", blank], ["1", blank, "3"])
    assert t.ok and t.labels == ("A",) and list(t.logits) == [1.0]
    assert [(e.key, e.values["row"]) for e in t.pending] == [(lt.NO_SCORE_YET, 2), (lt.NO_LABEL_YET, 3)]
    assert not parse_table(["A", "B"], ["1", "2"]).pending


def test_long_values_are_shortened_in_the_error():
    t = parse_table(["A"], ["x" * 10_000])
    shown = t.errors[0].values["value"]
    assert len(shown) <= 30 and shown.endswith("…")


@pytest.mark.parametrize(("cell", "value"), [("-inf", -math.inf), ("−2.5", -2.5), ("1e308", 1e308), (3, 3.0)])
def test_accepted_spellings(cell, value):
    t = parse_table(["A", "B"], ["1", cell])
    assert t.ok and t.logits[1] == value


def test_minus_inf_masks_a_token_but_all_masked_is_an_error():
    t = parse_table(["A", "B"], ["-inf", "1"])
    assert t.ok and t.logits[0] == -math.inf
    assert codes(parse_table(["A", "B"], ["-inf", "-inf"])) == [(lt.ALL_MASKED, None)]


def test_empty_and_blank_tables_are_empty():
    assert codes(parse_table([], [])) == [(lt.EMPTY, None)]
    assert codes(parse_table([None, "  "], [None, ""])) == [(lt.EMPTY, None)]


def test_a_fully_blank_row_is_skipped_but_keeps_row_numbers():
    t = parse_table(["A", None, "C"], ["1", None, "x"])
    assert codes(t) == [(ui.NOT_NUMBER, 3)]
    t = parse_table(["A", None, "C"], ["1", None, "2"])
    assert t.ok and t.labels == ("A", "C")


def test_label_problems():
    t = parse_table(["A", "", "A", "x" * 41], ["1", "2", "3", "4"])
    assert codes(t) == [(lt.DUPLICATE, 3), (lt.LONG_LABEL, 4)]  # row 2 is pending, not an error
    assert t.errors[0].values["other"] == 1 and t.errors[0].values["value"] == "A"
    assert t.errors[1].values["length"] == 41
    assert [e.values["row"] for e in t.pending] == [2]


def test_a_table_of_half_typed_rows_has_no_option_yet():
    t = parse_table(["A", None], [None, "2"])
    assert codes(t) == [(lt.EMPTY, None)] and len(t.pending) == 2


def test_html_and_commas_in_labels_are_kept_as_text():
    t = parse_table(["<b>x</b>", "a, b"], ["1", "2"])
    assert t.ok and t.labels == ("<b>x</b>", "a, b")


def test_more_than_max_rows_is_one_error_with_the_count():
    n = MAX_ROWS + 1
    t = parse_table([f"t{i}" for i in range(n)], ["1"] * n)
    assert codes(t) == [(lt.TOO_MANY, None)] and t.errors[0].values["count"] == n
    assert parse_table([f"t{i}" for i in range(MAX_ROWS)], ["1"] * MAX_ROWS).ok


def test_mismatched_columns_count_missing_cells_as_blank():
    t = parse_table(["A", "B"], ["1"])
    assert (
        t.ok
        and t.labels == ("A",)
        and [(e.key, e.values["row"]) for e in t.pending] == [(lt.NO_SCORE_YET, 2)]
    )


@pytest.mark.parametrize("value", [2.0, 0.1, -0.6931, 1e308, -1e-300, -math.inf, 1000.0])
def test_format_logit_round_trips(value):
    assert parse_number(format_logit(value), neg_inf=True) == value
    assert format_logit(2.0) == "2"


def test_parser_never_raises_on_odd_objects():
    t = parse_table([object(), 3, None], [object(), np.float32(1.5), [1]])
    assert not t.ok  # reported, not raised


def test_the_grid_needs_a_new_blank_row_only_once_its_last_row_has_both_cells():
    assert needs_blank_row([], [])
    assert needs_blank_row(["A", "B"], ["2", "1"])
    assert not needs_blank_row(["A", ""], ["2", ""])  # the blank row is there
    assert not needs_blank_row(["A", "B"], ["2", None])  # a name typed, its score not yet
    assert not needs_blank_row(["A", math.nan], ["2", " 3"])  # a score typed, no name yet


def test_typed_cells_ignore_blank_rows_and_keep_what_was_typed():
    assert typed_cells(["A", None, ""], ["2", math.nan, ""]) == [("A", "2")]
    assert typed_cells(["A", "B"], ["2", "1.0"]) != typed_cells(["A", "B"], ["2", "1"])  # as typed
    assert typed_cells([" ", "B"], ["", "1"]) == [(" ", ""), ("B", "1")]  # a space is typed text


def test_a_table_in_a_link_is_parsed_or_refused_whole():
    assert table_from_link([], []) is None
    parsed = table_from_link(["A", "B"], ["2", "1"])
    assert parsed is not None and parsed.ok and parsed.labels == ("A", "B")
    for labels, logits in ((["A", "B"], ["2"]), (["A"] * (MAX_ROWS + 1), ["1"] * (MAX_ROWS + 1)),
                           (["x" * MAX_LINK_CHARS], ["1"])):  # fmt: skip
        refused = table_from_link(labels, logits)
        assert refused is not None and [e.key for e in refused.errors] == [TOO_MANY]
    bad = table_from_link(["A"], ["abc"])
    assert bad is not None and not bad.ok and bad.errors[0].values["row"] == 1
