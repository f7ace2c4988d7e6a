"""The generator in a real browser: the step-by-step view (Step, Play/Stop, page switch). The
article's experiment on the first screen is checked by the path walks (tests/e2e/first_screens.py);
T = 0, Run, a reload and a bad prompt without a browser (tests/app/generator); a link's same text,
by a stranger (test_share_links); a hostile prompt, in test_hostile."""

import re
from contextlib import suppress

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from app_pages.generator.live import VIEWS
from core.charmodel import ModelSettings
from core.i18n import t
from tests.e2e.conftest import (
    assert_no_exception,
    assert_says_it_scrolls_sideways_on_a_phone_only,
    assert_titles_inside,
    goto,
    phone_size,
    screenshot,
    wait_idle,
)

STEPS = '[data-name="steps"]'


def step_chars(page) -> list[str]:
    """The generated characters of the step-by-step text: one shaded span each (the prompt is plain)."""
    return page.locator(f"{STEPS} span[title]").all_text_contents()


def count_text(lang: str, n: int) -> str:
    return t("generator.count.value", lang, n=n, max=500)


def open_deeper(page, lang: str) -> None:
    """Open the "go deeper" expander that holds the step-by-step view (a link with steps opens it)."""
    details = page.locator('[data-testid="stExpander"] details').filter(has_text=t("generator.deeper", lang))
    details.locator("summary").wait_for(timeout=60_000)
    if details.get_attribute("open") is None:
        details.locator("summary").click(timeout=60_000)
    expect(page.locator(".st-key-generator_step button")).to_be_visible(timeout=30_000)


def test_pressing_step_five_times_writes_five_characters_and_shows_the_step_chart_in_both_languages(
    server, page
):
    lang = "en"
    goto(page, server, "generator", lang=lang, generator_seed="3")
    open_deeper(page, lang)
    metric = page.locator('[data-testid="stMetricValue"]').first
    expect(metric).to_have_text(count_text(lang, 0))
    # Each step's character is said to a screen reader by a polite live region, out of sight. It is
    # said only if the region stays on the page: Streamlit must update the line, not put a new one.
    live = page.locator('[aria-live="polite"].sr-only')
    assert live.count() == 1 and live.inner_text() == ""
    live.evaluate("s => { window.liveRegion = s; }")
    for i in range(1, 6):
        page.locator(".st-key-generator_step button").click()
        wait_idle(page)
        expect(metric).to_have_text(count_text(lang, i))
    assert len(step_chars(page)) == 5
    expect(live).to_have_text(re.compile(r"^step 5: (“.”|a space|a new line), p = \d+\.\d%$"))
    assert live.evaluate("s => s === window.liveRegion")  # the same element, its text changed
    assert live.bounding_box()["width"] <= 1
    expect(page.locator(STEPS)).to_contain_text("Humpty Du")  # the prompt, plain, before the steps
    assert "generator_steps=5" in page.url
    bars = page.locator(".st-key-generator_bars")
    expect(bars.locator(".gtitle")).to_contain_text(t("generator.chart.bars.title", lang, context="")[:6])
    assert bars.locator(".trace.bars").count() == 3  # drawn from, the chosen one, the labels (unseen)
    slots = bars.locator(".trace.bars").first.locator(".point").count()  # the likeliest, then "other"
    assert slots >= 3 and bars.locator(".shapelayer path").count() == slots  # the model at T = 1 over each
    expect(page.locator(".st-key-generator_cdf")).to_be_visible()
    screenshot(page, f"generator-step5-{lang}")
    # On a phone, the controls wrap into a couple of rows. The text comes first, so with Step at the
    # bottom edge of the screen the character it writes is still in view (under the buttons, it was
    # not); with the text at the top, Step and the whole chart of its draw are on the same screen.
    with phone_size(page):
        # taken out of the flow at full width, the live line's element had widened a phone's page
        main = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
        assert main <= 390 and page.evaluate("document.documentElement.scrollWidth") <= 390
        step = page.locator(".st-key-generator_step button")
        step.evaluate("e => e.scrollIntoView({block: 'end'})")
        text = page.locator(".gen-window").bounding_box()
        assert text["y"] >= 0 and text["y"] + text["height"] <= step.bounding_box()["y"], text
        page.locator(".gen-window").evaluate("e => e.scrollIntoView({block: 'start'})")
        below = {"Step": step.bounding_box(), "chart": bars.locator(".main-svg").first.bounding_box()}
        cut = {k: round(b["y"] + b["height"] - 844) for k, b in below.items() if b["y"] + b["height"] > 844}
        assert not cut, f"px past the 844 px screen, with the text at its top: {cut}"
        # ... with room for its bars under the title, above the axis and a three-line legend
        assert bars.locator(".nsewdrag").first.bounding_box()["height"] >= 120
        assert_titles_inside(page, ("generator_bars", "generator_cdf"))
        screenshot(page, f"generator-step5-{lang}-390")
    # In Chinese the five steps stay, and both charts' titles (longer there) still fit on a phone.
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    expect(metric).to_have_text(count_text("zh", 5), timeout=30_000)
    wait_idle(page)
    assert len(step_chars(page)) == 5 and "lang=zh" in page.url
    with phone_size(page):
        expect(bars.locator(".gtitle")).to_contain_text(t("generator.chart.bars.title", "zh", context="")[:4])
        assert_titles_inside(page, ("generator_bars", "generator_cdf"))
        screenshot(page, "generator-step5-zh-390")
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors[:3]  # all but the base-path probes


def test_the_text_grows_in_a_window_so_step_stays_under_the_pointer(server, page):
    # The text sits above the buttons; growing a line at a time, it pushed Step down out of reach.
    goto(page, server, "generator", lang="en", generator_steps="10")  # steps in a link: the section opens
    expect(page.locator(".st-key-generator_step button")).to_be_visible(timeout=30_000)
    with phone_size(page):
        page.locator(".st-key-generator_run_n input").fill("150")  # (scrolls the box into view)
        page.locator(".st-key-generator_run_n input").press("Enter")
        wait_idle(page)
        step = page.locator(".st-key-generator_step button")
        step.evaluate("e => e.scrollIntoView({block: 'end'})")
        before = step.bounding_box()["y"]
        page.locator(".st-key-generator_run button").click()  # beside Step
        wait_idle(page)
        expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text(count_text("en", 160))
        assert abs(step.bounding_box()["y"] - before) < 1  # 160 characters are several lines on a phone
        window = page.locator(".gen-window").bounding_box()
        last = page.locator(f"{STEPS} span[title]").last.bounding_box()
        assert window["y"] <= last["y"] and last["y"] + last["height"] <= window["y"] + window["height"] + 1
        screenshot(page, "generator-window-390")


def test_prompt_and_model_settings_survive_a_page_switch(server, page):
    goto(page, server, "generator", lang="en")
    box = page.locator(".st-key-model_prompt input")
    box.fill("Jack and J")
    box.press("Enter")
    wait_idle(page)
    page.get_by_text(t("model.settings", "en")).click()
    slider = page.locator(".st-key-model_context").get_by_role("slider")
    # A select_slider: the input's value is the option's index, aria-valuetext the context itself.
    expect(slider).to_have_attribute("aria-valuetext", str(ModelSettings().context))
    slider.press("ArrowLeft")
    wait_idle(page)
    page.get_by_role("link", name=t("nav.home", "en")).first.click()
    wait_idle(page)
    page.get_by_role("link", name=t("nav.generator", "en")).first.click()
    wait_idle(page)
    expect(page.locator(".st-key-model_prompt input")).to_have_value("Jack and J")
    # The settings come back as they were left: open (a click here would close them; Streamlit often
    # keeps a closed section's sliders on the page, and a busy pass once found them gone), the
    # context still one shorter.
    expect(page.locator(".st-key-model_settings_section details")).to_have_attribute("open", "")
    context = page.locator(".st-key-model_context").get_by_role("slider")
    expect(context).to_be_visible()
    expect(context).to_have_attribute("aria-valuetext", str(ModelSettings().context - 1))
    screenshot(page, "generator-after-switch-en")


def test_the_step_history_says_it_scrolls_sideways_on_a_phone_only(server, page):
    goto(page, server, "generator", lang="en", generator_steps="6", generator_view="history")
    assert_says_it_scrolls_sideways_on_a_phone_only(page, "generator_history", "en")  # 8 columns


def test_play_steps_on_its_own_tab_clicks_keep_it_playing_and_stop_stops(server, page):
    """Play steps by itself; a tab click reruns the live part, and while Play is on it must not
    stop the timer; once stopped, clicking every tab twice takes no step (each click used to count
    as a timer tick), and no step comes on its own either."""
    goto(page, server, "generator", lang="en")
    open_deeper(page, "en")
    play = page.locator(".st-key-generator_play button")
    stop = page.locator(".st-key-generator_stop button")
    play.click()
    metric = page.locator('[data-testid="stMetricValue"]').first
    expect(metric).not_to_have_text(re.compile(r"^0\b"), timeout=20_000)  # the timer has stepped
    names = [t(VIEWS[v], "en") for v in ("history", "pick", "draw")] * 2
    for name in names[:3]:
        page.get_by_role("tab", name=name).click()
        expect(stop).to_be_visible()  # still playing
    stop.click()
    wait_idle(page)  # the click's own run has begun and finished (wait_idle follows the websocket)
    if stop.is_visible():
        # On a loaded machine the page can still show Stop here (a full suite at load average 6 saw
        # it once): a user clicks Stop again, and a second Stop can only stop (the unit test
        # test_a_second_stop_from_a_screen_not_yet_redrawn_does_not_start_play_again).
        with suppress(PlaywrightTimeoutError):  # gone meanwhile: the first click's page has come
            stop.click(timeout=5_000)
    expect(play).to_be_visible(timeout=20_000)
    expect(stop).to_have_count(0)
    page.wait_for_timeout(1000)  # let a timer rerun already in flight when Stop was clicked finish
    wait_idle(page)
    stopped = metric.inner_text()
    for name in names:
        page.get_by_role("tab", name=name).click()
        wait_idle(page)
    assert metric.inner_text() == stopped
    page.wait_for_timeout(2500)  # Play would have stepped about three times by now
    wait_idle(page)
    assert metric.inner_text() == stopped
    assert_no_exception(page)


def test_reset_while_playing_stops_play_and_its_timer(server, page):
    """Reset stops Play and its timer: the page shows Play again, the address bar has no step
    count, and no run comes on its own (the part Play reruns used to redraw alone, so its timer
    went on asking the server for a run every 0.8 s for as long as the page stayed open)."""
    goto(page, server, "generator", lang="en")
    open_deeper(page, "en")
    page.locator(".st-key-generator_play button").click()
    metric = page.locator('[data-testid="stMetricValue"]').first
    expect(metric).not_to_have_text(re.compile(r"^0\b"), timeout=20_000)  # the timer has stepped
    page.locator(".st-key-generator_reset button").click()
    expect(page.locator(".st-key-generator_play button")).to_be_visible(timeout=20_000)
    expect(metric).to_have_text(re.compile(r"^0\b"))
    expect(page).not_to_have_url(re.compile("generator_steps"))
    wait_idle(page)
    last_run = page.evaluate("window.__reruns.began")  # when the server last began a run
    page.wait_for_timeout(2500)  # Play's timer would have asked for about three runs by now
    assert page.evaluate("window.__reruns.began") == last_run  # none: the timer is off
    expect(metric).to_have_text(re.compile(r"^0\b"))
    assert_no_exception(page)


def test_play_and_stop_from_the_keyboard_keep_the_focus_on_the_button(server, page):
    """Play and Stop are two buttons that trade places: Enter on Play must leave the focus on Stop,
    so a second Enter stops (the pressed button left the page with the focus, to <body>)."""
    goto(page, server, "generator", lang="en")
    open_deeper(page, "en")
    page.locator(".st-key-generator_play button").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".st-key-generator_stop button")).to_be_focused(timeout=20_000)
    page.keyboard.press("Enter")
    expect(page.locator(".st-key-generator_play button")).to_be_focused(timeout=20_000)
    expect(page.locator(".st-key-generator_stop button")).to_have_count(0)
    assert_no_exception(page)
