"""The frame in a real browser: the home page, its numbered steps, and a language switch kept across
pages (the sidebar's links and the home page's steps both carry it)."""

from playwright.sync_api import expect

from core.i18n import t
from core.pages import CARDS
from tests.e2e.conftest import assert_no_exception, goto, heading_key, screenshot, wait_idle


def test_switching_language_translates_home_and_its_steps_and_links_keep_it(server, page):
    goto(page, server, "")
    expect(page.locator("h1").first).to_have_text(t("home.title", "en"))
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))
    assert "lang=zh" in page.url
    steps = page.locator('[data-testid="stMain"] [data-testid="stPageLink"] a')
    expect(steps).to_have_count(len(CARDS), timeout=30_000)  # a loaded machine draws them one by one
    screenshot(page, "home-en-switched")
    steps.first.click()  # the first numbered step
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t(heading_key(CARDS[0].name), "zh"))
    page.get_by_role("link", name=t("nav.playground", "zh")).first.click()  # a sidebar link
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("nav.playground", "zh"))
    assert "lang=zh" in page.url
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors[:3]
