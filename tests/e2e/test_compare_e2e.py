"""The compare page in a real browser: the first screen's lines with their prompt at 1400×1000 and on a
phone (390×844), the temperature changing them, and a Monte Carlo of 1,000 samples: table and charts."""

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle


def open_compare(page, server, lang: str) -> None:
    """Home first, then the navigation link, as a visitor who browses there would; on a phone (the
    sidebar collapsed) the page's own address, as a visitor following a shared link would."""
    if page.viewport_size["width"] < 640:
        goto(page, server, "compare", lang=lang)
    else:
        goto(page, server, "", lang=lang)
        page.get_by_role("link", name=t("nav.compare", lang)).first.click()
    # The click's rerun may not have started when wait_idle first looks: wait for the page's own title.
    expect(page.locator("h1").first).to_have_text(t("compare.title", lang), timeout=30_000)
    wait_idle(page)


FIRST_SCREEN_LINES = 4  # greedy's line and 3 sampled ones
FAN_LINES = 16  # 8 at T = 0.5, 8 at T = 1.2


@pytest.mark.parametrize(("lang", "size"), [("en", (1400, 1000)), ("zh", (390, 844))])  # test_path: all four
def test_first_screen_shows_the_temperature_and_whole_lines_with_their_prompt(server, page, lang, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    open_compare(page, server, lang)
    expect(page.locator("h1").first).to_have_text(t("compare.title", lang))
    lines = page.locator(".cmp-line")
    expect(lines).to_have_count(FIRST_SCREEN_LINES + FAN_LINES, timeout=30_000)  # slow on a busy machine
    control = page.locator(".st-key-compare_temperature")
    expect(control).to_be_in_viewport(ratio=1)
    slider = control.get_by_role("slider")
    for i in range(FIRST_SCREEN_LINES):  # every first-screen line whole inside the window, prompt first
        expect(lines.nth(i)).to_be_in_viewport(ratio=1)
        expect(lines.nth(i).locator(".cmp-prompt")).to_have_text("Humpty Du")
    before = lines.nth(1).inner_text()
    slider.press("ArrowRight")
    wait_idle(page)
    expect(lines.nth(1)).not_to_have_text(before, timeout=30_000)
    expect(lines.nth(1).locator(".cmp-prompt")).to_have_text("Humpty Du")
    assert_no_exception(page)
    screenshot(page, f"compare-first-{lang}-{size[0]}")


@pytest.mark.parametrize("lang", ["en"])  # zh: test_pages_e2e's small Monte Carlo
def test_monte_carlo_of_1000_samples_shows_the_table_and_charts(server, page, lang):
    open_compare(page, server, lang)
    expect(page.locator("h1").first).to_have_text(t("compare.title", lang))
    expect(page.get_by_text(t("compare.mc.idle", lang))).to_be_attached()
    box = page.locator(".st-key-compare_n input")
    box.fill("1000")
    box.press("Enter")
    wait_idle(page)
    page.locator(".st-key-compare_run button").click()
    wait_idle(page, timeout=120_000)
    expect(page.get_by_text(t("compare.conclusion.title", lang))).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]')).to_have_count(1)  # the Monte Carlo table
    # filters, dice, then the run's two: Plotly draws after the run, slow on a busy machine
    charts = page.locator(".js-plotly-plot")
    expect(charts).to_have_count(4, timeout=30_000)
    expect(charts.nth(0).locator("g.point").first).to_be_attached()  # bars drawn, not an empty chart
    expect(charts.nth(2).locator("g.point").first).to_be_attached()
    expect(charts.nth(3).locator("g.scatterlayer path.js-line").first).to_be_attached()
    expect(page.get_by_text("1,000", exact=False).first).to_be_visible()
    assert_no_exception(page)
    screenshot(page, f"compare-{lang}")
    charts.nth(0).scroll_into_view_if_needed()
    screenshot(page, f"compare-{lang}-filters")
    charts.nth(1).scroll_into_view_if_needed()
    screenshot(page, f"compare-{lang}-dice")
    charts.nth(2).scroll_into_view_if_needed()
    screenshot(page, f"compare-{lang}-strategies")
    charts.nth(3).scroll_into_view_if_needed()
    page.mouse.wheel(0, 400)
    page.wait_for_timeout(300)
    screenshot(page, f"compare-{lang}-sweep")
