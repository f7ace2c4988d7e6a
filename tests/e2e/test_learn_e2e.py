"""The learn page in a real browser: Start trains on the fragment's timer, Stop keeps what was learned."""

import re

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle


def start_or_stop(page):
    """Start / Continue, or Stop in its place (two buttons: ui.start_stop; Streamlit also keeps a
    hidden copy of a button with a tooltip)."""
    return page.locator(".st-key-learn_start button:visible, .st-key-learn_stop button:visible")


def held_out_points(page):
    """The markers of the held-out curve (the training curve is a line without markers)."""
    return page.locator(".st-key-learn_loss g.trace.scatter path.point")


@pytest.mark.parametrize("lang", ["zh"])  # en: the AppTests; test_path walks both
def test_start_trains_until_a_second_checkpoint_and_stop_stops(server, page, lang):
    goto(page, server, "learn", lang=lang)
    expect(page.locator("h1").first).to_have_text(t("nav.learn", lang))
    expect(held_out_points(page)).to_have_count(1, timeout=30_000)  # step 0 only (drawn after the run)
    # The loss at each checkpoint is said to a screen reader by a polite live region, out of sight:
    # the same element throughout, its text changed (a new element would not be read out).
    live = page.locator('[aria-live="polite"].sr-only')
    assert live.count() == 1
    live.evaluate("s => { window.liveRegion = s; }")
    start_or_stop(page).click()
    expect(start_or_stop(page)).to_have_text(re.compile(t("learn.stop", lang)))
    second = page.get_by_text(t("learn.sample.label", lang, step="50"), exact=True)
    expect(second).to_be_visible(timeout=90_000)  # the first chunk (50 steps) has written its sample
    # A checkpoint after step 0 (the next may have come by now), any loss (the AppTest checks its value)
    said = re.escape(t("learn.progress", lang, step="987", total="10,000", bits=1.25))
    said = said.replace("987", r"[1-9][\d,]*").replace(re.escape("1.25"), r"\d\.\d\d")
    expect(live).to_have_text(re.compile(f"^{said}$"))
    assert live.evaluate("s => s === window.liveRegion")
    start_or_stop(page).click()  # acts when the chunk in flight ends: on a busy machine, as slow as the first
    expect(start_or_stop(page)).to_have_text(re.compile(t("learn.continue", lang)), timeout=90_000)
    page.wait_for_timeout(1000)  # let a timer rerun already in flight when Stop was clicked finish
    wait_idle(page)
    progress = page.locator('[data-testid="stProgress"]')
    stopped = progress.inner_text()
    assert held_out_points(page).count() >= 2
    page.wait_for_timeout(2500)  # training would have taken another chunk or two by now
    wait_idle(page)
    assert progress.inner_text() == stopped
    assert page.locator(".st-key-learn_output g.trace.bars").count() == 3  # p, y and p − y
    screenshot(page, f"learn-stopped-{lang}")
    assert_no_exception(page)


def test_the_old_button_kept_during_the_run_after_a_press_is_hidden_once_the_new_one_is_there(server, page):
    """Streamlit keeps the old keyed button (stale) until the run after a press ends: Start and Stop
    stood one above the other for up to a second. The page style hides the stale one in the box
    (ui.start_stop) once a fresh button is there, and hides nothing while all are stale (a run that
    has not reached the box yet). Checked on the page's own box, with a stale copy of its button."""
    goto(page, server, "learn", lang="en")
    box = page.locator('[class*="st-key-startstop_learn_start"]')
    expect(box.locator("button")).to_have_count(1)
    box.evaluate("""b => { const fresh = b.querySelector(':scope > [data-stale="false"]:has(button)');
        const old = fresh.cloneNode(true); old.dataset.stale = "true"; old.id = "old"; b.append(old); }""")
    old = page.locator("#old")
    fresh = box.locator(':scope > [data-stale="false"]:has(button)')  # not the focus script's box
    expect(old).to_be_hidden()
    expect(fresh.locator("button")).to_be_visible()
    fresh.evaluate("e => { e.dataset.stale = 'true'; }")  # a run begun, the box not reached yet
    expect(old).to_be_visible()
