"""The generator in a real browser: Step five times, Play/Stop, settings surviving a page switch."""

import re

import pytest
from playwright.sync_api import expect

from app_pages.generator.live import VIEWS
from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle, warm_up


@pytest.fixture(scope="module", autouse=True)
def _warm(browser, server):
    warm_up(browser, server)


PROBE_404 = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def text_points(page):
    """The SVG text nodes of the generated characters (the second scatter trace of the text figure)."""
    return page.locator(".st-key-generator_text g.trace.scatter").nth(1).locator("g.textpoint text")


def generated_chars(page) -> list[str]:
    """The characters drawn on the text figure after the prompt (the second scatter trace)."""
    return text_points(page).all_text_contents()  # SVG text has no innerText: read textContent


def count_text(lang: str, n: int) -> str:
    return t("generator.count.value", lang, n=n, max=500)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pressing_step_five_times_writes_five_characters_and_shows_the_step_chart(server, page, lang):
    goto(page, server, "generator", lang=lang, generator_seed="3")
    expect(page.locator("h1").first).to_have_text(t("nav.generator", lang))
    metric = page.locator('[data-testid="stMetricValue"]').first
    expect(metric).to_have_text(count_text(lang, 0))
    for i in range(1, 6):
        page.locator(".st-key-generator_step button").click()
        wait_idle(page)
        expect(metric).to_have_text(count_text(lang, i))
    assert len(generated_chars(page)) == 5
    assert "generator_steps=5" in page.url
    bars = page.locator(".st-key-generator_bars")
    expect(bars.locator(".gtitle")).to_contain_text(t("generator.chart.bars.title", lang, context="")[:6])
    assert bars.locator("g.point").count() >= 16  # top 15 + other, two traces
    expect(page.locator(".st-key-generator_cdf")).to_be_visible()
    screenshot(page, f"generator-step5-{lang}")
    assert_no_exception(page)
    assert [e for e in page.console_errors if e != PROBE_404] == []  # deep-link probes of /generator/_stcore


def test_reload_of_the_url_reproduces_the_same_text(server, page):
    goto(page, server, "generator", lang="en", generator_seed="11", generator_temperature="1.6")
    page.locator(".st-key-generator_run button").click()
    wait_idle(page)
    expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text(count_text("en", 20))
    expect(text_points(page)).to_have_count(20)
    first = generated_chars(page)
    assert len(first) == 20 and all(first), first
    url = page.url
    page.goto(url)
    wait_idle(page)
    expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text(count_text("en", 20))
    expect(text_points(page)).to_have_count(20)
    assert generated_chars(page) == first


def test_play_steps_on_its_own_until_stopped(server, page):
    goto(page, server, "generator", lang="en")
    metric = page.locator('[data-testid="stMetricValue"]').first
    page.locator(".st-key-generator_play button").click()
    expect(page.locator(".st-key-generator_play button")).to_have_text(re.compile("Stop"))
    expect(metric).not_to_have_text(re.compile(r"^0\b"), timeout=20_000)  # the timer has stepped
    page.locator(".st-key-generator_play button").click()
    wait_idle(page)
    expect(page.locator(".st-key-generator_play button")).to_have_text(re.compile("Play"))
    page.wait_for_timeout(1000)  # let a timer rerun already in flight when Stop was clicked finish
    wait_idle(page)
    stopped = metric.inner_text()
    page.wait_for_timeout(2500)  # Play would have stepped about three times by now
    wait_idle(page)
    assert metric.inner_text() == stopped
    assert_no_exception(page)


def test_prompt_and_model_settings_survive_a_page_switch(server, page):
    goto(page, server, "generator", lang="en")
    box = page.locator(".st-key-model_prompt input")
    box.fill("Jack and J")
    box.press("Enter")
    wait_idle(page)
    page.get_by_text(t("model.settings", "en")).click()
    slider = page.locator(".st-key-model_context").get_by_role("slider")
    slider.press("ArrowLeft")
    wait_idle(page)
    page.get_by_role("link", name=t("nav.home", "en")).first.click()
    wait_idle(page)
    page.get_by_role("link", name=t("nav.generator", "en")).first.click()
    wait_idle(page)
    expect(page.locator(".st-key-model_prompt input")).to_have_value("Jack and J")
    page.get_by_text(t("model.settings", "en")).click()
    expect(page.locator(".st-key-model_context").get_by_role("slider")).to_have_value("3")
    screenshot(page, "generator-after-switch-en")


def test_bad_prompt_shows_a_message_and_keeps_the_text(server, page):
    goto(page, server, "generator", lang="zh", generator_seed="5")
    page.locator(".st-key-generator_step button").click()
    wait_idle(page)
    page.locator(".st-key-generator_step button").click()
    wait_idle(page)
    before = generated_chars(page)
    box = page.locator(".st-key-model_prompt input")
    box.fill("<b>Hüm€</b>")
    box.press("Enter")
    wait_idle(page)
    expect(page.locator('[data-testid="stAlert"]').first).to_contain_text("U+00FC")
    assert page.locator("b", has_text="Hüm").count() == 0  # user text is never rendered as HTML
    assert generated_chars(page) == before
    screenshot(page, "generator-bad-prompt-zh")
    assert_no_exception(page)


def test_clicking_tabs_while_playing_keeps_playing_and_after_stop_adds_no_steps(server, page):
    """A tab click reruns the live part: while Play is on it must not stop the timer, and once
    stopped, clicking every tab twice takes no step (each click used to count as a timer tick)."""
    goto(page, server, "generator", lang="en")
    play = page.locator(".st-key-generator_play button")
    play.click()
    metric = page.locator('[data-testid="stMetricValue"]').first
    expect(metric).not_to_have_text(re.compile(r"^0\b"), timeout=20_000)  # the timer has stepped
    names = [t(VIEWS[v], "en") for v in ("history", "pick", "draw")] * 2
    for name in names[:3]:
        page.get_by_role("tab", name=name).click()
        expect(play).to_have_text(re.compile("Stop"))  # still playing
    play.click()
    expect(play).to_have_text(re.compile("Play"))
    page.wait_for_timeout(1000)  # let a timer rerun already in flight when Stop was clicked finish
    wait_idle(page)
    stopped = metric.inner_text()
    for name in names:
        page.get_by_role("tab", name=name).click()
        wait_idle(page)
    assert metric.inner_text() == stopped
    assert_no_exception(page)
