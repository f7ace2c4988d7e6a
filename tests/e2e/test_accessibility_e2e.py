"""What a screen reader or a keyboard needs from the pages, checked in a real browser: the page's
language, readable small print and a name for every chart."""

from tests.e2e.conftest import goto


def html_lang(pg) -> str:
    return pg.evaluate("document.documentElement.lang")


def test_the_page_says_its_language_so_a_screen_reader_picks_the_voice(server, page):
    goto(page, server, "why", lang="zh")
    page.wait_for_function("document.documentElement.lang === 'zh-CN'")  # Streamlit's own page says "en"
    hidden = page.locator('[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script)')
    assert hidden.count() == 1 and hidden.evaluate("e => getComputedStyle(e).display") == "none"  # no gap

    page.locator(".st-key-lang_radio").get_by_text("English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.locator("h1").first.inner_text().startswith("Why")  # the page did switch, not only the tag
