"""The app-wide guards (ui/table_guard.py, ui/url_guard.py), installed by app.py, on real pages.

A link value that made Streamlit raise OverflowError, and one websocket message that added
200,000 rows to the playground's table, are replayed here through AppTest.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.i18n import t
from core.logits_table import MAX_ROWS
from tests.apptest import APP, page_html
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


def fan(at: AppTest) -> str:
    """The generator's 20 draws as drawn (their st.html block)."""
    return next(el.proto.body for el in page_html(at) if 'data-name="fan"' in el.proto.body)


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


@pytest.mark.parametrize(
    ("lang", "value", "reason"),
    [
        ("en", "inf", "not_finite"),
        ("zh", "-inf", "not_finite"),
        ("en", "x", "not_number"),
        ("zh", "2.5", "not_whole"),
    ],
)
def test_a_slider_link_that_would_break_the_page_is_ignored_with_a_notice_and_the_page_works(
    lang, value, reason
):
    # ?generator_seed=inf once stopped the page at its number box for good (OverflowError, on every
    # reload); the number sliders are the link guard's number widgets now.
    at = open_with(COMPARE_PAGE, lang, compare_k=value)
    notice = t("url.value_ignored.below", lang, reason=t(f"url.reason.{reason}", lang))
    assert notice in warnings(at)
    assert at.slider(key="compare_k").value == 3
    assert "compare_k" not in at.query_params
    assert at.get("plotly_chart"), "the page below the slider is drawn"


@pytest.mark.parametrize("value", ["1e400", "9" * 50, "11", "0"])
def test_a_slider_value_beyond_its_bounds_names_the_bounds(value):
    at = open_with(COMPARE_PAGE, "en", compare_k=value)
    reason = t("url.reason.out_of_range", "en", low="1", high="10")
    assert t("url.value_ignored.below", "en", reason=reason) in warnings(at)


def test_a_5000_digit_slider_value_is_ignored_as_too_long_for_a_number():
    at = open_with(COMPARE_PAGE, "en", compare_k="9" * 5000)
    reason = t("url.reason.too_long", "en")
    assert t("url.value_ignored.below", "en", reason=reason) in warnings(at)


@pytest.mark.parametrize("value", ["５", "٥", "0x5", "0_5", "5.0"])
def test_a_slider_value_written_in_another_notation_is_used_and_the_link_rewritten_plainly(value):
    at = open_with(COMPARE_PAGE, "en", compare_k=value)
    assert at.slider(key="compare_k").value == 5
    assert at.query_params["compare_k"] == "5"
    assert not any("compare_k" in w for w in warnings(at))


def _just_above(at: AppTest, key: str):
    """The element drawn right before the widget ``key``, in the same block (column, expander)."""

    def find(block):
        children = list(getattr(block, "children", {}).values())
        for i, child in enumerate(children):
            if getattr(child, "key", None) == key:
                return children[i - 1] if i else None
            found = find(child)
            if found is not None:
                return found
        return None

    return find(at.main)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_bad_link_value_for_a_widget_in_a_column_is_explained_right_above_that_widget(lang):
    # The notice says "the setting below"; drawn into the page instead of the widget's column, it sat
    # under the whole row (under both model sliders, under the dice chart's buttons).
    at = open_with(COMPARE_PAGE, lang, compare_k="inf", compare_draws="7", model_context="99")
    for key in ("compare_k", "compare_draws", "model_context"):
        above = _just_above(at, key)
        assert type(above).__name__ == "Warning", (key, above)
        assert above.value.startswith(t("url.value_ignored.below", lang, reason="|").split("|")[0]), key
    assert len(warnings(at)) == 3


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("value", ["inf", "1e400", "9" * 5000, "-1"])
def test_a_bad_seed_in_a_link_stays_in_its_box_with_a_message_and_the_draws_use_seed_0(lang, value):
    # The seed is a text box (ui.number_box): the link's text is kept and explained, not dropped.
    at = open_with(GENERATOR_PAGE, lang, generator_seed=value)
    assert at.text_input(key="generator_seed").value == value[:40]  # the box's max_chars
    assert len(at.error) == 1 and at.error[0].value.startswith(t("generator.seed.name", lang))
    assert at.error[0].value.endswith(t("input.kept", lang, used="0"))
    fresh = open_with(GENERATOR_PAGE, lang)
    assert fan(at) == fan(fresh)  # the draws of seed 0


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
def test_a_temperature_the_slider_does_not_offer_is_ignored_with_a_notice_giving_its_range(lang):
    at = open_with(PLAYGROUND_PAGE, lang, playground_temperature="inf")
    reason = t("url.reason.not_value", lang, low="0", high="10")  # its values, not "not a choice"
    assert t("url.value_ignored.below", lang, reason=reason) in warnings(at)
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
