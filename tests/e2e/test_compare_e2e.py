"""The compare page in a real browser, reached by the navigation link: a Monte Carlo of 1,000 samples
draws its table and charts. Its first screen (the lines with their prompt, the temperature changing
them) is checked by the path walks (tests/e2e/first_screens.py)."""

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
    expect(page.locator("h1").first).to_have_text(t("nav.compare", lang), timeout=30_000)
    wait_idle(page)


def test_monte_carlo_of_1000_samples_shows_the_table_and_charts_and_keeps_them_in_chinese(server, page):
    lang = "en"
    open_compare(page, server, lang)
    expect(page.locator("h1").first).to_have_text(t("nav.compare", lang))
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
    # The run's results stay when the reader switches language: the same table and charts, in Chinese.
    page.evaluate("document.querySelectorAll('*').forEach(e => { if (e.scrollTop > 0) e.scrollTop = 0; })")
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    expect(page.locator("h1").first).to_have_text(t("nav.compare", "zh"), timeout=30_000)
    wait_idle(page)
    expect(page.get_by_text(t("compare.conclusion.title", "zh"))).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stDataFrame"]')).to_have_count(1)
    expect(charts).to_have_count(4, timeout=30_000)
    expect(charts.nth(3).locator("g.scatterlayer path.js-line").first).to_be_attached(timeout=30_000)
    assert "lang=zh" in page.url
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors[:3]
    screenshot(page, "compare-zh")


def test_clicking_the_chosen_option_again_keeps_it_chosen(server, page):
    """A second click (or Enter on the chosen option) had left neither option chosen: the charts then
    fell back to the prompt and to 100 draws with no option marked."""
    goto(page, server, "compare", lang="en")
    wait_idle(page)
    for key, chosen in (("compare_where", 1), ("compare_draws", 0)):
        options = page.locator(f".st-key-{key} button[role=radio]")
        expect(options.nth(chosen)).to_have_attribute("aria-checked", "true", timeout=30_000)
        options.nth(chosen).click()
        wait_idle(page)
        expect(options.nth(chosen)).to_have_attribute("aria-checked", "true")
        expect(options.nth(1 - chosen)).to_have_attribute("aria-checked", "false")
    # still after "Humpty Dumpty sat on a" (after the prompt, m's 97.5% makes the hint say "almost sure")
    expect(page.get_by_text("almost sure", exact=False)).to_have_count(0)
    dice_title = t("compare.dice.chart", "en", n="100", t="1")
    expect(page.locator(".js-plotly-plot .gtitle").filter(has_text=dice_title)).to_have_count(1)
    assert_no_exception(page)
