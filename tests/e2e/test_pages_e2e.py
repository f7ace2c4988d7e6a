"""Pages in a real browser, one language each (test_path walks both): each loads with its translated
title, shows no exception box and logs no console error, draws every Plotly chart, and its main
interaction works (step the generator, run a small Monte Carlo, take a gradient step). The home page's
numbered steps are in test_frame, a logit typed into the table in test_playground.
Screenshots go to test-artifacts/pages-<page>-<lang>.png.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import (
    assert_no_exception,
    assert_titles_inside,
    goto,
    phone_size,
    screenshot,
    settled_box,
    wait_idle,
)


def assert_charts_drawn(page, at_least: int) -> int:
    """Every ``st.plotly_chart`` on the page has an SVG with at least one drawn trace."""
    charts = page.locator('[data-testid="stPlotlyChart"]')
    expect(charts.nth(at_least - 1)).to_be_attached(timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(500)  # let elements left over from the previous run leave
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        expect(chart.locator(".main-svg").first).to_be_attached(timeout=30_000)
        expect(chart.locator("g.trace").first).to_be_attached(timeout=30_000)
    return charts.count()


def metric_value(page, label: str):
    return (
        page.locator('[data-testid="stMetric"]')
        .filter(has_text=label)
        .locator('[data-testid="stMetricValue"]')
    )


def finish(page, name: str) -> None:
    """The checks every page ends with."""
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors
    # Streamlit scrolls an inner container, not the window: bring every scrolled element back to the top.
    page.evaluate("document.querySelectorAll('*').forEach(e => { if (e.scrollTop > 0) e.scrollTop = 0; })")
    page.wait_for_timeout(300)
    screenshot(page, name)


def edit_cell(page, key: str, row: int, col: int, ncols: int, text: str) -> None:
    """Type into a cell of ``st.data_editor`` (a canvas grid): click, Enter, fill, Enter.

    The grid draws after the script finishes and can first appear narrower than it ends up (a
    click placed by the narrow box once landed in the wrong column), so the click waits for the
    grid to settle, and is retried until the cell editor opens.
    """
    grid = page.locator(f".st-key-{key} [data-testid='stDataFrame']")
    expect(grid.locator("canvas").first).to_be_attached(timeout=30_000)
    cell = page.locator("input.gdg-input, textarea.gdg-input").first
    for attempt in range(4):
        grid.scroll_into_view_if_needed()
        box = settled_box(grid, page)
        row_height = 35
        x = box["x"] + box["width"] * (col + 0.5) / ncols
        y = box["y"] + row_height * (row + 1.5)
        page.mouse.click(x, y)
        page.keyboard.press("Enter")
        try:
            expect(cell).to_be_visible(timeout=3_000)
            break
        except AssertionError:
            if attempt == 3:
                raise
            page.keyboard.press("Escape")
            page.wait_for_timeout(500)
    cell.fill(text)
    page.keyboard.press("Enter")
    wait_idle(page)


@pytest.mark.parametrize("lang", ["zh"])  # one language per page here; test_path walks both
def test_generator_step_writes_one_character(server, page, lang):
    goto(page, server, "generator", lang=lang, generator_seed="5")
    expect(page.locator("h1").first).to_have_text(t("generator.title", lang))
    page.get_by_text(t("generator.deeper", lang)).click()  # the step-by-step view is one level down
    count = page.locator('[data-testid="stMetricValue"]').first
    expect(count).to_have_text(t("generator.count.value", lang, n=0, max=500))
    page.locator(".st-key-generator_step button").click()
    wait_idle(page)
    expect(count).to_have_text(t("generator.count.value", lang, n=1, max=500))
    expect(page.locator('.gen-text[data-name="steps"] span[title]')).to_have_count(1)  # one character written
    assert "generator_steps=1" in page.url
    assert_charts_drawn(page, 2)
    with phone_size(page):  # Chinese chart titles on a phone
        assert_titles_inside(page, ("generator_bars", "generator_cdf"))
    finish(page, f"pages-generator-{lang}")


@pytest.mark.parametrize("lang", ["zh"])  # one language per page here; test_path walks both
def test_compare_small_monte_carlo_shows_its_conclusion(server, page, lang):
    goto(page, server, "compare", lang=lang, compare_n="50", compare_length="30")
    expect(page.locator("h1").first).to_have_text(t("compare.title", lang))
    expect(page.get_by_text(t("compare.mc.idle", lang))).to_be_visible()
    page.locator(".st-key-compare_run button").click()
    wait_idle(page, timeout=120_000)
    # The run may wait its turn in the job pool (other tests share this server): allow for it.
    expect(page.get_by_text(t("compare.conclusion.title", lang))).to_be_visible(timeout=120_000)
    assert_charts_drawn(page, 2)
    finish(page, f"pages-compare-{lang}")


@pytest.mark.parametrize("lang", ["en"])  # one language per page here; test_path walks both
def test_why_gradient_step_lowers_the_loss(server, page, lang):
    goto(page, server, "why", lang=lang)
    expect(page.locator("h1").first).to_have_text(t("nav.why", lang))
    # The first tab's two charts: not the second tab's, nor the closed loss-curves section's.
    assert assert_charts_drawn(page, 2) == 2
    page.get_by_role("tab", name=t("why.tab.gradient", lang)).click()  # the gradient is the 2nd tab
    wait_idle(page)
    drawn = assert_charts_drawn(page, 2)
    steps = metric_value(page, t("why.m.steps", lang))
    loss = metric_value(page, t("why.m.gd_loss", lang))
    expect(steps).to_have_text("0")
    before = loss.inner_text()
    page.locator(".st-key-why_step button").click()
    wait_idle(page)
    expect(steps).to_have_text("1")
    expect(loss).not_to_have_text(before)  # the metrics arrive one after the other: wait for this one too
    assert float(loss.inner_text()) < float(before)
    assert assert_charts_drawn(page, 2) == drawn == 2
    finish(page, f"pages-why-{lang}")
