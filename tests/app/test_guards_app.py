"""The app-wide guards (ui/table_guard.py, ui/url_guard.py), installed by app.py, on real pages.

A link value that made Streamlit raise OverflowError, and one websocket message that added
200,000 rows to the playground's table, are replayed here through AppTest.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.i18n import t
from core.logits_table import MAX_ROWS
from tests.apptest import APP
from ui.table_guard import trim_edits

# One constant per page, so the move to app_pages/<page>/page.py changes one line each.
GENERATOR_PAGE = "app_pages/generator/page.py"
PLAYGROUND_PAGE = "app_pages/playground/page.py"
COMPARE_PAGE = "app_pages/compare/page.py"
HUGE_EDIT = {"edited_rows": {}, "added_rows": [{"token": "x", "logit": 1}] * 200_000, "deleted_rows": []}


def open_with(page: str, lang: str, **query: str) -> AppTest:
    """Open ``page`` as a visitor following a link with ``query``, as ``tests.apptest.open_link`` does.

    A first run registers the pages (AppTest finds ``app_pages/<page>/page.py`` only after
    ``st.navigation`` has run); the link's parameters then reach the page's first run.
    """
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    at.query_params.clear()
    at.query_params.update(query)
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("value", "reason"), [("inf", "not_finite"), ("-inf", "not_finite"), ("abc", "not_number")]
)
def test_a_seed_link_that_broke_the_page_is_ignored_with_a_notice_and_the_page_works(lang, value, reason):
    at = open_with(GENERATOR_PAGE, lang, generator_seed=value)
    notice = t("url.value_ignored", lang, param="generator_seed", reason=t(f"url.reason.{reason}", lang))
    assert notice in warnings(at)
    assert at.number_input(key="generator_seed").value == 0
    assert "generator_seed" not in at.query_params
    assert at.get("plotly_chart"), "the page below the seed box is drawn"


@pytest.mark.parametrize("value", ["1e400", "9" * 50])
def test_a_seed_beyond_its_bounds_names_the_bounds(value):
    at = open_with(GENERATOR_PAGE, "en", generator_seed=value)
    reason = t("url.reason.out_of_range", "en", low="0", high=str(2**32 - 1))
    assert t("url.value_ignored", "en", param="generator_seed", reason=reason) in warnings(at)


def test_a_5000_digit_seed_is_ignored_as_too_long_for_a_number():
    at = open_with(GENERATOR_PAGE, "en", generator_seed="9" * 5000)
    reason = t("url.reason.too_long", "en")
    assert t("url.value_ignored", "en", param="generator_seed", reason=reason) in warnings(at)


@pytest.mark.parametrize("value", ["１２", "١٢", "0xc", "1_2", "12.0"])
def test_a_seed_written_in_another_notation_is_used_and_the_link_rewritten_plainly(value):
    at = open_with(GENERATOR_PAGE, "en", generator_seed=value)
    assert at.number_input(key="generator_seed").value == 12
    assert at.query_params["generator_seed"] == "12"
    assert not any("generator_seed" in w for w in warnings(at))


def test_a_run_length_of_inf_in_the_link_is_ignored_with_a_notice():
    at = open_with(GENERATOR_PAGE, "zh", generator_run_n="inf")
    notice = t("url.value_ignored", "zh", param="generator_run_n", reason=t("url.reason.not_finite", "zh"))
    assert notice in warnings(at)
    assert at.number_input(key="generator_run_n").value == 20


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_200000_row_edit_leaves_the_playground_table_at_its_row_limit_with_a_notice(lang):
    at = open_with(PLAYGROUND_PAGE, lang)
    before = len(at.session_state["playground_edited"])
    at.session_state["playground_editor"] = HUGE_EDIT
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    table = at.session_state["playground_edited"]  # what the page parsed
    blank = (table["token"].astype(str).str.strip() == "") & (table["logit"].astype(str).str.strip() == "")
    assert blank.iloc[-1] and len(table) == MAX_ROWS + 1  # the cap, plus the blank row the grid adds last
    assert (~blank).sum() <= MAX_ROWS
    dropped = len(HUGE_EDIT["added_rows"]) - (MAX_ROWS - before)
    assert t("table.rows_capped", lang, limit=MAX_ROWS, dropped=dropped) in warnings(at)


def test_an_ordinary_edit_shows_no_table_notice():
    at = open_with(PLAYGROUND_PAGE, "en")
    at.session_state["playground_editor"] = {
        "edited_rows": {},
        "added_rows": [{"token": "new", "logit": "1"}],
        "deleted_rows": [],
    }
    at.run()
    assert "new" in at.session_state["playground_edited"]["token"].tolist()
    assert not any("rows" in w for w in warnings(at))


# ---------------------------------------------------------------------------- trim_edits (no app)
def test_trim_keeps_added_rows_up_to_the_room_left_after_deletions():
    state = {"edited_rows": {}, "added_rows": [{"a": i} for i in range(10)], "deleted_rows": [0, 1, 1, 99]}
    edits, dropped = trim_edits(state, size=5, columns=["a"], cap=6)
    assert edits["deleted_rows"] == [0, 1]  # each once, only rows that exist
    assert [r["a"] for r in edits["added_rows"]] == [0, 1, 2]  # 5 - 2 + 3 = 6
    assert dropped == 7


def test_trim_drops_edits_of_rows_and_columns_the_table_does_not_have():
    state = {"edited_rows": {0: {"a": 1, "zzz": 2}, 7: {"a": 3}, "x": {"a": 4}, "2": {"_index": 5}}}
    edits, dropped = trim_edits(state, size=3, columns=["a"], cap=10)
    assert edits["edited_rows"] == {0: {"a": 1}, 2: {"_index": 5}}
    assert (edits["added_rows"], edits["deleted_rows"], dropped) == ([], [], 0)


def test_trim_of_a_malformed_state_is_an_empty_edit():
    assert trim_edits("nonsense", size=3, columns=["a"], cap=10) == (
        {"edited_rows": {}, "added_rows": [], "deleted_rows": []},
        0,
    )


@pytest.mark.parametrize(
    ("value", "reason"), [("inf", "not_finite"), ("2.5", "not_whole"), ("x", "not_number")]
)
def test_a_bad_number_for_a_slider_is_ignored_with_a_notice(value, reason):
    default = open_with(COMPARE_PAGE, "en").slider(key="compare_k").value  # the slider's own default
    at = open_with(COMPARE_PAGE, "en", compare_k=value)
    assert t(
        "url.value_ignored", "en", param="compare_k", reason=t(f"url.reason.{reason}", "en")
    ) in warnings(at)
    assert at.slider(key="compare_k").value == default == 3


def test_a_slider_value_in_full_width_digits_is_used_and_the_link_rewritten():
    at = open_with(COMPARE_PAGE, "en", compare_k="７")
    assert at.slider(key="compare_k").value == 7
    assert at.query_params["compare_k"] == "7"


# ---------------------------------------------------------------------------- clear_cache
def test_a_clients_clear_cache_message_clears_only_its_own_session_not_the_shared_caches():
    import streamlit as st
    from streamlit.runtime.app_session import AppSession

    from ui import guards

    guards.install(MAX_ROWS)

    @st.cache_resource
    def shared_model() -> object:
        return object()

    model = shared_model()

    class Session:  # the part of an AppSession the handler touches
        def __init__(self) -> None:
            self._session_state = {"playground_edited": "a table"}

    sender = Session()
    AppSession._handle_clear_cache_request(sender)
    assert sender._session_state == {}
    assert shared_model() is model  # still cached: not rebuilt for everyone


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_temperature_the_slider_does_not_offer_is_ignored_with_a_notice(lang):
    at = open_with(PLAYGROUND_PAGE, lang, playground_temperature="inf")
    reason = t("url.reason.not_option", lang)
    assert t("url.value_ignored", lang, param="playground_temperature", reason=reason) in warnings(at)
    assert "playground_temperature" not in at.query_params


def test_a_temperature_the_slider_offers_is_used_without_a_notice():
    at = open_with(PLAYGROUND_PAGE, "en", playground_temperature="0.5")
    assert at.select_slider(key="playground_temperature").value == 0.5
    assert not any("playground_temperature" in w for w in warnings(at))


def test_a_huge_edit_from_the_wire_is_trimmed_when_read_and_the_notice_counts_every_dropped_row():
    import json

    from streamlit.elements.widgets.data_editor import DataEditorSerde

    from ui import table_guard

    table_guard.install(MAX_ROWS)
    state = DataEditorSerde().deserialize(json.dumps(HUGE_EDIT))
    assert len(state["added_rows"]) == MAX_ROWS  # the session keeps 200 rows, not 200,000
    _, dropped = trim_edits(state, size=3, columns=["token", "logit"], cap=MAX_ROWS)
    assert dropped == 200_000 - (MAX_ROWS - 3)
