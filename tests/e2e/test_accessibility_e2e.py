"""What a screen reader or a keyboard needs from the pages, checked in a real browser: the page's
language, readable small print and a name for every chart."""

import re

from playwright.sync_api import expect

from core.i18n import t
from tests.contrast import contrast
from tests.e2e.conftest import goto, watch_reruns
from tests.e2e.test_generator_e2e import open_deeper
from tests.e2e.test_theme_e2e import rgba


def html_lang(pg) -> str:
    return pg.evaluate("document.documentElement.lang")


def test_the_page_says_its_language_so_a_screen_reader_picks_the_voice(server, page):
    goto(page, server, "why", lang="zh")
    page.wait_for_function("document.documentElement.lang === 'zh-CN'")  # Streamlit's own page says "en"
    # Each chart is a figure named in the page's language (a Plotly chart alone is unnamed SVG)
    charts = page.locator('[data-testid="stPlotlyChart"]')
    charts.first.wait_for()
    names = charts.evaluate_all("cs => cs.map(c => [c.getAttribute('role'), c.getAttribute('aria-label')])")
    assert len(names) >= 2 and all(
        role == "figure" and re.search(r"[\u4e00-\u9fff]", name) for role, name in names
    )
    assert [name for _, name in names][0] == t("why.c.err.title", "zh")
    hidden = page.locator('[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script)')
    assert hidden.count() == 1 and hidden.evaluate("e => getComputedStyle(e).display") == "none"  # no gap

    page.locator(".st-key-lang_radio").get_by_text("English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    expect(page.locator("h1").first).to_have_text(t("nav.why", "en"))  # the page switched, not only the tag
    assert html_lang(page) == "en"


def test_a_phone_s_closed_sidebar_is_out_of_the_tab_order_until_it_is_opened(browser, server):
    context = watch_reruns(browser.new_context(viewport={"width": 390, "height": 844}))
    pg = context.new_page()
    try:
        goto(pg, server, "playground")
        sidebar = pg.locator('[data-testid="stSidebar"]')
        assert sidebar.get_attribute("data-collapsed") == "true"  # a phone opens with it closed
        focused = []
        for _ in range(4):  # skip link, then the page: not the ten stops of the sidebar, out of sight
            pg.keyboard.press("Tab")
            focused.append(pg.evaluate("!!document.activeElement.closest('[data-testid=stSidebar]')"))
        assert focused == [False] * 4
        pg.locator('[data-testid="stExpandSidebarButton"]').click()
        link = sidebar.locator('[data-testid="stSidebarNavLink"]').first
        link.focus()
        assert pg.evaluate("document.activeElement.dataset.testid") == "stSidebarNavLink"  # open: reachable
    finally:
        context.close()


def test_a_slider_and_a_radio_choice_reached_with_the_tab_key_show_a_ring(server, page):
    """Streamlit marks them with a 2.2:1 halo (the slider's knob) and a 1.2:1 grey (a radio choice)."""
    goto(page, server, "playground")
    rings = {}
    for _ in range(30):  # the guess's radio choices, then the temperature slider, a few presses in
        page.keyboard.press("Tab")
        found = page.evaluate(
            "() => { const a = document.activeElement;"
            " const el = a.type === 'range' ? a.closest('[data-rac]')"
            " : a.type === 'radio' ? a.closest('label') : null;"
            " if (!el) return null; const s = getComputedStyle(el);"
            " return [a.type, s.outlineStyle, s.outlineWidth, s.outlineColor]; }"
        )
        if found:
            rings[found[0]] = found[1:]
        if len(rings) == 2:
            break
    assert set(rings) == {"range", "radio"}
    knob = page.locator(".st-key-playground_temperature [data-testid='stSliderThumbValue']").bounding_box()
    page.mouse.click(knob["x"] + knob["width"] / 2, knob["y"] + knob["height"] + 14)  # the knob, by mouse
    clicked = page.evaluate("getComputedStyle(document.activeElement.closest('[data-rac]')).outlineStyle")
    assert clicked == "none"  # the ring is for the keyboard: a click does not leave one
    background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    for style, width, colour in rings.values():
        assert style == "solid" and float(width.removesuffix("px")) >= 2
        assert contrast(rgba(colour), rgba(background)) >= 3.0


def test_a_step_s_character_is_said_in_a_live_region_that_stays_on_the_page(server, page):
    """A screen reader says a polite live region's new text only if the region stays on the page:
    Streamlit must update the line in place, not put a new one there."""
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the page must not scroll sideways
    goto(page, server, "generator", lang="zh")
    open_deeper(page, "zh")  # the step-by-step view
    live = page.locator('[aria-live="polite"].sr-only')
    assert live.count() == 1 and live.inner_text() == ""
    live.evaluate("s => { window.liveRegion = s; }")
    page.locator(".st-key-generator_step button").click()
    expect(live).to_have_text(re.compile(r"^第 1 步：“.+”，p = \d+\.\d%$"))
    assert live.evaluate("s => s === window.liveRegion")  # the same element, its text changed
    assert live.bounding_box()["width"] <= 1  # out of sight
    # taken out of the page's flow at full width, its element had widened the page by 33 px
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.querySelector('[data-testid=stMain]').scrollWidth]"
    )
    assert max(widths) <= 390
