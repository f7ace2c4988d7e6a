"""Hostile input through the real UI: a catalogue of bad values typed into table cells and text
boxes or put in the URL. Each must give a clear, translated message (or be shown harmlessly as
text), run no script, leave no injected element, keep what the user typed, and keep the page usable.

Script payloads set ``window.__xss``; the test reads that flag and looks for the injected nodes.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import (
    assert_no_exception,
    edit_cell,
    heading_key,
    screenshot,
    wait_idle,
)

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
SVG = "<svg onload=window.__xss=1>"
LINK = "[click](javascript:window.__xss=1)"
MEGABYTE = "Humpty " * (1_000_000 // 7)
RTL = "مرحبا بالعالم שלום"
EMOJI = "🙂🚀👩‍👩‍👧"
BOLD = "<b>Hüm€</b>"  # markup that would show as bold text if it reached the page as HTML


def literal(key: str, lang: str) -> str:
    """The longest fixed part of a catalog message (its placeholders vary): enough to find it."""
    parts = [text for text, _, _, _ in string.Formatter().parse(t(key, lang)) if text]
    return max(parts, key=len).strip()


def type_into(page, key: str, text: str) -> None:
    box = page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
    box.fill(text)
    box.press("Enter")
    wait_idle(page, timeout=60_000)


@dataclass(frozen=True)
class Case:
    """One hostile input: where it goes, what it is, what the page must then show."""

    name: str
    path: str
    lang: str = "en"
    query: dict[str, str] = field(default_factory=dict)
    act: Callable | None = None  # types the bad value (after setting a good value elsewhere)
    message: str | None = None  # catalog key of the message that must be visible
    kept: tuple[tuple[str, str], ...] = ()  # (widget key, value) still shown afterwards
    title: str = ""


def _prep_compare(page) -> None:
    type_into(page, "compare_top_k", "7")


def _compare(key: str, value: str) -> Callable:
    def act(page) -> None:
        _prep_compare(page)
        type_into(page, key, value)

    return act


def _attention_query(value: str) -> Callable:
    def act(page) -> None:
        page.get_by_text(t("attention.deeper", "en")).or_(
            page.get_by_text(t("attention.deeper", "zh"))
        ).click()
        type_into(page, "attention_query", value)

    return act


def _cell(row: int, col: int, value: str) -> Callable:
    def act(page) -> None:
        edit_cell(page, "playground_table", row=row, col=col, ncols=2, text=value)

    return act


def _clear_cell(row: int, col: int, lang: str) -> Callable:
    """Empty a cell in its editor, key by key, as a user would.

    Pressing Delete on a selected cell empties it too, but nothing on the page shows whether the
    click selected the cell: under load (a busy core) four clicks in a row were lost. Opening the
    editor can be checked (``edit_cell`` retries until its input shows).
    """

    def act(page) -> None:
        edit_cell(page, "playground_table", row=row, col=col, ncols=2, text="")

    return act


def _prompt(value: str) -> Callable:
    def act(page) -> None:
        type_into(page, "generator_seed", "9")
        type_into(page, "model_prompt", value)

    return act


CASES = [
    # -- table cells (playground's grid)
    # (text in a logit cell: test_playground's typing test, message and recovery)
    Case("cell-logit-empty", "playground", "zh", act=_clear_cell(2, 1, "zh"),
         message="playground.pending.no_score"),
    Case("cell-label-script", "playground", act=_cell(0, 0, SCRIPT)),
    Case("cell-label-img-onerror", "playground", "zh", act=_cell(1, 0, IMG)),
    Case("cell-label-rtl-emoji", "playground", act=_cell(0, 0, RTL + EMOJI)),
    Case("cell-label-300-chars", "playground", act=_cell(0, 0, "x" * 300),
         message="playground.err.long_label"),
    # -- text boxes
    Case("prompt-1MB", "generator", act=_prompt(MEGABYTE),
         message="model.err.long_prompt", kept=(("generator_seed", "9"),)),
    Case("prompt-script", "generator", "zh", act=_prompt(SCRIPT + BOLD), message="model.err.unknown_chars",
         kept=(("generator_seed", "9"), ("model_prompt", SCRIPT + BOLD))),
    Case("compare-top-p-text", "compare", act=_compare("compare_top_p", "abc"),
         message="input.not_number.open",
         kept=(("compare_top_k", "7"), ("compare_top_p", "abc"))),
    Case("compare-length-img", "compare", act=_compare("compare_length", IMG),
         message="input.not_number.whole",
         kept=(("compare_top_k", "7"), ("compare_length", IMG))),
    Case("attention-query-svg", "attention", act=_attention_query(SVG),
         message="input.not_number.range", kept=(("attention_query", SVG),)),
    Case("attention-query-markdown-link", "attention", "zh", act=_attention_query(LINK),
         message="input.not_number.range"),
    # -- URL parameters
    Case("url-lang-script", "", query={"lang": SCRIPT}, message="url.bad_lang", title="home.title"),
    Case("url-table-not-numbers", "playground", "zh", query={"tok": IMG, "z": "abc"},
         message="playground.url.bad"),
    # (a bad query in a link opens the section that holds its message: visible, not folded away)
    Case("url-attention-query-script", "attention", "zh", query={"attention_query": SCRIPT},
         message="input.not_number.range", kept=(("attention_query", SCRIPT),)),
    Case("url-generator-pick-script", "generator", query={"generator_steps": "2", "generator_pick": SCRIPT},
         message="generator.err.bad_url"),
    Case("url-why-preset-script", "why", query={"why_preset": SCRIPT, "why_lr": "-inf"},
         message="url.ignored"),
    Case("url-why-view-script-unknown-keys", "why", "zh",
         query={"why_view": SCRIPT, "why_scale": IMG, "evil": IMG, SCRIPT: "1"}),
]  # fmt: skip


def _url_query(case: Case) -> dict[str, str]:
    return {"lang": case.lang, **case.query}


# The catalogue keeps what only a browser shows: payloads that could run or inject (in a cell, a text
# box, a link), a grid cell emptied with Delete, a 1 MB prompt through the websocket. Each message a
# bad number or link value gets, in both languages, is checked without a browser in tests/app/
# (test_guards_app.py and each page's tests). A query string of more than 1,000 parameters is dropped
# whole by Streamlit before any page runs (docs/DEPLOY.md), so no page can give a notice for it.
PARAMS = [pytest.param(c, id=c.name) for c in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_hostile_input_gives_a_clear_message_runs_no_script_and_keeps_other_inputs(server, page, case):
    from urllib.parse import urlencode

    query = _url_query(case)
    page.goto(f"{server.url}/{case.path}?{urlencode(query)}")
    expect(page.locator("h1").first).to_be_visible(timeout=60_000)
    wait_idle(page, timeout=60_000)
    if case.act is not None:
        case.act(page)
    lang = case.lang if case.query.get("lang") is None else "en"
    title = case.title or heading_key(case.path or "home")
    expect(page.locator("h1").first).to_have_text(t(title, lang))  # the page still draws
    if case.message:
        alerts = page.locator('[data-testid="stAlert"]')
        message = alerts.filter(has_text=literal(case.message, lang)).first
        expect(message).to_be_visible(timeout=5_000)  # the run is over: it is there or never comes
    screenshot(page, f"hostile-{case.name}-{lang}")
    for key, value in case.kept:
        # With retries: a widget's code is loaded on first use, and on a busy machine its box can
        # still be a grey placeholder when the run is over and the message is shown.
        box = page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
        expect(box).to_have_value(value, timeout=15_000)
    assert page.evaluate("window.__xss") is None, "a payload ran"
    assert page.locator("img[src='x'], svg[onload], a[href^='javascript']").count() == 0
    assert page.locator("script", has_text="__xss").count() == 0
    assert page.locator("b", has_text="Hüm").count() == 0  # user text is never rendered as HTML
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors[:3]
