"""The frame in a real browser: home page, language switch kept across pages."""

from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle


def test_home_then_playground_keeps_chinese(server, page):
    goto(page, server, "", lang="zh")
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))
    screenshot(page, "home-zh")
    page.get_by_role("link", name=t("nav.playground", "zh")).first.click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("nav.playground", "zh"))
    assert "lang=zh" in page.url
    assert_no_exception(page)
    assert not page.console_errors, page.console_errors


def test_switching_language_translates_the_page(server, page):
    goto(page, server, "")
    expect(page.locator("h1").first).to_have_text(t("home.title", "en"))
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))
    assert "lang=zh" in page.url
    screenshot(page, "home-en-switched")
