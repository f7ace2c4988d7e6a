"""The browser's Back and Forward buttons step through what the visitor did, then leave the page.

Streamlit adds a history entry for each query string the server sends, and reruns the page on the
older address, flagged as a history navigation, when Back is pressed. Before ``link_to_read`` the
pages wrote their newer settings over it, and Back did nothing visible: three slider moves on the
why page took four Backs to leave, and opening any page without ``?lang=`` took two.
"""

import re

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, edit_cell, goto, wait_idle, watched_tab
from tests.e2e.first_screens import probability_labels

THUMB = "[data-testid='stSliderThumbValue']"


@pytest.fixture
def page(visitors):
    """A new tab, not the worker's reused one: these tests count the tab's history entries, and
    Chromium keeps at most 50 per tab, which a tab that has served other tests may have reached."""
    pg = watched_tab(visitors)
    yield pg
    pg.close()


def press(page, button: str, url: str | re.Pattern) -> None:
    """Back or Forward, then wait for the page's rerun on that address."""
    page.go_back() if button == "back" else page.go_forward()
    expect(page).to_have_url(url)
    wait_idle(page)


def history_length(page) -> int:
    return page.evaluate("history.length")


def test_back_steps_through_the_why_pages_score_and_tab_then_leaves(server, page):
    goto(page, server, "why")  # no ?lang=: the language comes from the browser, and is not written
    start = history_length(page)
    assert page.url == f"{server.url}/why"
    leaf = page.locator(f".st-key-why_leaf {THUMB}")
    slider = page.locator(".st-key-why_leaf").get_by_role("slider")
    for value in ("5.5", "6"):
        slider.press("ArrowRight")
        wait_idle(page)
        expect(leaf).to_have_text(value)
    page.get_by_role("tab", name=t("why.tab.gradient", "en")).click()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"why_view=gradient"))
    assert history_length(page) == start + 3  # one entry per change
    scores_tab = page.get_by_role("tab", name=t("why.tab.scores", "en"))
    press(page, "back", re.compile(r"/why\?why_leaf=6$"))
    expect(scores_tab).to_have_attribute("aria-selected", "true")
    expect(leaf).to_have_text("6")
    press(page, "back", re.compile(r"/why\?why_leaf=5\.5$"))
    expect(leaf).to_have_text("5.5")
    press(page, "forward", re.compile(r"/why\?why_leaf=6$"))
    expect(leaf).to_have_text("6")
    press(page, "back", re.compile(r"/why\?why_leaf=5\.5$"))
    press(page, "back", f"{server.url}/why")
    expect(leaf).to_have_text("5")
    assert_no_exception(page)
    page.go_back()
    expect(page).to_have_url("about:blank")  # the next Back leaves the app


def test_back_undoes_a_table_edit_and_returns_from_another_page_to_the_playgrounds_table(server, page):
    page.set_viewport_size({"width": 1440, "height": 900})  # the grid's cells where edit_cell expects them
    goto(page, server, "playground")
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    expect(page).to_have_url(f"{server.url}/playground?lang=zh")
    bars = page.locator('[data-testid="stPlotlyChart"]').first.locator(".textpoint text")
    article = probability_labels([2, 1, 0.1], 1.0)
    expect(bars).to_have_text(article, timeout=15_000)
    start = history_length(page)
    edit_cell(page, "playground_table", row=2, col=1, ncols=2, text="3")
    wait_idle(page)
    expect(bars).to_have_text(probability_labels([2, 1, 3], 1.0), timeout=15_000)
    # The example's name left the address and the table's names and scores came in: one entry
    assert history_length(page) == start + 1
    press(page, "back", f"{server.url}/playground?lang=zh")
    expect(bars).to_have_text(article, timeout=15_000)
    # The grid shows the example again: the next edit starts from it, without the undone 3
    edit_cell(page, "playground_table", row=0, col=1, ncols=2, text="4")
    wait_idle(page)
    expect(bars).to_have_text(probability_labels([4, 1, 0.1], 1.0), timeout=15_000)
    page.get_by_role("link", name=t("nav.why", "zh")).first.click()  # a sidebar link
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("nav.why", "zh"))
    assert history_length(page) == start + 2  # the edit, the new page: none half-made
    press(page, "back", re.compile(r"/playground\?lang=zh&tok=.*z=4&z=1&z=0\.1$"))
    expect(page.locator("h1").first).to_have_text(t("nav.playground", "zh"))  # still in Chinese
    expect(bars).to_have_text(probability_labels([4, 1, 0.1], 1.0), timeout=15_000)
    press(page, "back", f"{server.url}/playground?lang=zh")
    expect(bars).to_have_text(article, timeout=15_000)
    expect(page.locator(".st-key-playground_preset_zh input")).to_have_value(
        t("playground.preset.article", "zh")
    )
    assert_no_exception(page)


def test_a_preset_with_its_own_temperature_is_one_step_back(server, page):
    """The restaurants at T = 0.05 set the bound temperature slider too; Streamlit would write that
    in a message of its own, and Back stopped at the restaurants drawn at the old T."""
    goto(page, server, "playground", lang="en")
    temperature = page.locator(f".st-key-playground_temperature {THUMB}")
    start = history_length(page)
    page.locator(".st-key-playground_preset_en").get_by_role("combobox").click()
    page.get_by_role("option", name=t("playground.preset.rest_cold", "en")).click()
    wait_idle(page)
    expect(temperature).to_have_text("0.05")
    expect(page).to_have_url(re.compile(r"(?=.*preset=rest_cold)(?=.*playground_temperature=0\.05)"))
    assert history_length(page) == start + 1
    press(page, "back", f"{server.url}/playground?lang=en")
    expect(temperature).to_have_text("1")
    expect(page.locator(".st-key-playground_preset_en input")).to_have_value(
        t("playground.preset.article", "en")
    )
