"""What a screen reader needs when the language changes, checked in a real browser: the page's
language and its charts' names follow. (On every page, in the path walk: <html lang>, chart names,
headings, a phone's closed sidebar out of the Tab order. The focus rings and readable small print:
test_theme_e2e.py; the generator's live line: test_generator_e2e.py.)"""

import re

from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import goto, watch_reruns


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
    first = [name for _, name in names][0]  # the title (its ？ needs no ： after it), then each series
    title = t("why.c.err.title", "zh")
    assert first.startswith(title + t("why.c.err.squared", "zh")) and t("why.c.err.loss", "zh") in first
    hidden = page.locator('[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script)')
    assert hidden.count() == 1 and hidden.evaluate("e => getComputedStyle(e).display") == "none"  # no gap

    page.locator(".st-key-lang_radio").get_by_text("English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    expect(page.locator("h1").first).to_have_text(t("nav.why", "en"))  # the page switched, not only the tag
    assert html_lang(page) == "en"


# Every place the title's top edge has been, frame by frame, from the first frame it is drawn in.
TITLE_TOPS = """window.__titleTops = [];
(function watch() {
  const h1 = document.querySelector('[data-testid="stMain"] h1');
  if (h1) { const top = Math.round(h1.getBoundingClientRect().top);
    if (window.__titleTops.at(-1) !== top) window.__titleTops.push(top); }
  requestAnimationFrame(watch);
})();"""


def test_a_first_visit_draws_the_title_where_it_stays_while_the_controls_load(browser, server):
    # A tab's first page loads Streamlit's widget code after the text is drawn; each element waits in a
    # grey placeholder. The hidden script that sets <html lang> had one above the title (40 px and a
    # gap): when it went, the title and everything under it jumped up 56 px as the learner read them.
    context = watch_reruns(browser.new_context(viewport={"width": 390, "height": 844}))
    try:
        context.add_init_script(TITLE_TOPS)
        pg = context.new_page()
        goto(pg, server, "generator", lang="zh")  # returns once no element waits for its code
        pg.wait_for_timeout(500)
        assert len(pg.evaluate("window.__titleTops")) == 1, pg.evaluate("window.__titleTops")
        pg.wait_for_function("document.documentElement.lang === 'zh-CN'")  # the script still runs
    finally:
        context.close()


LOOKS = "s => [getComputedStyle(s).fontSize, getComputedStyle(s, '::after').content]"


def test_a_text_box_s_enter_hint_is_in_the_page_s_language(server, page):
    # Streamlit writes "Press Enter to apply" under a box being typed in, in English on every page;
    # the page style puts the catalog's words in its place on a Chinese page.
    goto(page, server, "generator", lang="zh")
    page.wait_for_function("document.documentElement.lang === 'zh-CN'")
    box = page.locator(".st-key-model_prompt input")
    box.click()
    box.press("End")
    box.type("m")
    hint = page.locator('.st-key-model_prompt [data-testid="InputInstructions"] > span').first
    expect(hint).to_have_text("Press Enter to apply")  # Streamlit's own text, still there for the check
    zh = t("input.press_enter", "zh")
    assert hint.evaluate(LOOKS) == ["0px", f'"{zh}"']  # its words hidden, ours shown
    assert hint.evaluate("s => getComputedStyle(s, '::after').fontSize") == "12px"  # Streamlit's size
    # A number box counts its characters: focused, its count alone stays; typed in, the hint comes first.
    seed = page.locator(".st-key-generator_seed input")
    seed.click()
    lines = page.locator('.st-key-generator_seed [data-testid="InputInstructions"] > span')
    expect(lines).to_have_count(1)
    expect(lines.first).to_have_text("1/40")
    assert lines.first.evaluate(LOOKS) == ["12px", "none"], "the count is shown as it is"
    seed.press("End")
    seed.type("2")
    expect(lines).to_have_count(2)
    assert [line.evaluate(LOOKS) for line in lines.all()] == [["0px", f'"{zh}"'], ["12px", "none"]]
