"""The frame in a real browser: the home page, its numbered steps, and a language switch kept across
pages (the sidebar's links and the home page's steps both carry it)."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NewSession_pb2 import NewSession

from core.i18n import t
from core.pages import PATH_STEPS
from tests.e2e.conftest import (
    DESKTOP,
    FAILED,
    assert_no_exception,
    failed_page_report,
    goto,
    heading_key,
    reused_tab,
    screenshot,
    wait_idle,
    watch_reruns,
)


def test_switching_language_translates_home_and_its_steps_and_links_keep_it(server, page):
    goto(page, server, "")
    expect(page.locator("h1").first).to_have_text(t("home.title", "en"))
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))
    assert "lang=zh" in page.url
    steps = page.locator('[data-testid="stMain"] [data-testid="stPageLink"] a')
    expect(steps).to_have_count(len(PATH_STEPS), timeout=30_000)  # a loaded machine draws them one by one
    screenshot(page, "home-en-switched")
    steps.first.click()  # the first numbered step
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t(heading_key(PATH_STEPS[0].name), "zh"))
    assert "lang=zh" in page.url  # the steps carry the language: a reload keeps it
    page.get_by_role("link", name=t("nav.playground", "zh")).first.click()  # a sidebar link
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(t("nav.playground", "zh"))  # the language stays
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors[:3]


def test_wait_idle_sees_a_rerun_that_was_asked_for_and_has_not_begun(server, page):
    """The harness itself: every test's ``wait_idle`` relies on watch_reruns.js reading Streamlit's
    messages right. If it stopped seeing them, the waits would quietly fall back to a guess."""
    goto(page, server, "")
    state = "() => ({asked: __reruns.asked, began: __reruns.began, finished: __reruns.finished})"
    first = page.evaluate(state)
    assert 0 < first["asked"] < first["began"] < first["finished"], first  # asked; began; finished
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    switched = page.evaluate(state)
    assert first["finished"] < switched["asked"] < switched["began"] < switched["finished"], switched
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))

    # The parts, on messages built by Streamlit's own protobuf classes.
    start = ForwardMsg(new_session=NewSession(name="x" * 200))  # a long field: a two-byte length
    start.metadata.delta_path.extend([0, 1])
    numbers = "b => __rerunsParts.numbers(new Uint8Array(b))"
    assert page.evaluate(numbers, list(start.SerializeToString())) == [2, 4]
    asked_after = """([b, sent]) => { __reruns.asked = 0;
        __rerunsParts[sent ? "sent" : "received"](sent ? new Uint8Array(b) : new Uint8Array(b).buffer);
        return __reruns.asked; }"""
    action = BackMsg(rerun_script=ClientState(query_string="lang=zh", page_script_hash="a" * 32))
    tick = BackMsg(rerun_script=ClientState(fragment_id="f", is_auto_rerun=True))
    cut_short = ForwardMsg(script_finished=ForwardMsg.FINISHED_EARLY_FOR_RERUN)
    done = ForwardMsg(script_finished=ForwardMsg.FINISHED_SUCCESSFULLY)
    assert page.evaluate(asked_after, [list(action.SerializeToString()), True]) > 0  # an action asks
    assert page.evaluate(asked_after, [list(tick.SerializeToString()), True]) == 0  # a tick may be dropped
    assert page.evaluate(asked_after, [list(cut_short.SerializeToString()), False]) > 0  # a run follows
    assert page.evaluate(asked_after, [list(done.SerializeToString()), False]) == 0

    # An element still waiting for its code (a tab's first page, until Plotly's module has run): the
    # run is over, but a box the test looks for is not there yet (CI, 7 Dec: 15 s on a loaded pass).
    page.evaluate("""() => { const e = document.createElement('div'); e.id = 'waiting';
        e.dataset.testid = 'stSkeleton'; document.querySelector('[data-testid="stMain"]').append(e); }""")
    with pytest.raises(PlaywrightTimeout):
        wait_idle(page, timeout=1_000)
    page.evaluate("document.getElementById('waiting').remove()")
    wait_idle(page, timeout=5_000)

    page.evaluate("__reruns.asked = performance.now()")  # a request the server never got
    with pytest.raises(PlaywrightTimeout):
        wait_idle(page, timeout=1_000)


def test_wait_idle_refuses_a_page_it_cannot_follow(browser):
    """A context opened without ``watch_reruns`` would let wait_idle fall back to the page's own
    "notRunning", which can be the run before: that fails loudly instead (before the page is read,
    so an empty page shows it)."""
    context = browser.new_context()
    try:
        pg = context.new_page()
        pg.set_content("<p>a page</p>")
        with pytest.raises(PlaywrightError, match="not watched"):
            wait_idle(pg)
    finally:
        context.close()


def test_a_reused_tab_is_handed_on_blank_at_the_default_size_unless_its_test_failed(browser):
    """``reused_tab``: the next test gets the same tab (its renderer has compiled the app's
    JavaScript), blank and at the default size, but not the tab of a test that failed (a key held
    down, a half-done drag would follow it)."""
    context = browser.new_context()
    tabs: dict = {}
    passed, failed = SimpleNamespace(stash=pytest.Stash()), SimpleNamespace(stash=pytest.Stash())
    failed.stash[FAILED] = True
    try:
        with reused_tab(tabs, context, passed) as first:
            first.set_content("<p>a page</p>")
            first.set_viewport_size({"width": 390, "height": 844})
        with reused_tab(tabs, context, failed) as second:
            assert second is first
            assert second.url == "about:blank" and second.viewport_size == DESKTOP
            assert second.evaluate("matchMedia('(prefers-color-scheme: light)').matches")
        assert first.is_closed()
        with reused_tab(tabs, context, passed) as third:
            assert third is not first and not third.is_closed()
    finally:
        context.close()


@pytest.mark.parametrize("failed", [False, True])
def test_a_reused_tab_forgets_what_the_last_visitor_closed(server, browser, failed):
    """Streamlit keeps a closed sidebar in the browser's local storage, for every tab of the profile.
    On CI a phone test closed it, and a later desktop test on the same worker met the sidebar shut
    (its links hidden): the next visitor must find the app as a stranger does, whether the test
    before passed (its tab handed on) or failed (its tab closed)."""
    context = watch_reruns(browser.new_context())
    tabs: dict = {}
    before = SimpleNamespace(stash=pytest.Stash())
    before.stash[FAILED] = failed
    try:
        with reused_tab(tabs, context, before) as first:
            first.set_viewport_size({"width": 390, "height": 844})
            goto(first, server, "")
            first.locator('[data-testid="stExpandSidebarButton"]').click()
            first.locator('[data-testid="stSidebarCollapseButton"] button').click()
            expect(first.locator('[data-testid="stSidebar"]')).to_have_attribute("data-collapsed", "true")
            assert first.evaluate("localStorage.getItem('stSidebarCollapsed-')") == "true"  # remembered
        with reused_tab(tabs, context, SimpleNamespace(stash=pytest.Stash())) as second:
            assert (second is first) != failed
            goto(second, server, "")
            expect(second.locator('[data-testid="stSidebar"]')).to_have_attribute("data-collapsed", "false")
            expect(second.locator('[data-testid="stSidebarNavLink"]').first).to_be_visible()
    finally:
        context.close()


def test_a_failed_tests_report_says_what_a_page_could_answer_and_what_not(browser):
    """``failed_page_report``: a page without Streamlit (no app, no watcher) cannot say its script
    state, but the report still has its rerun times (none) and a screenshot, each asked on its own."""
    context = browser.new_context()
    try:
        pg = context.new_page()
        pg.set_content("<p>a page</p>")
        report = failed_page_report(pg, "FAILED-a/test[with ids]-page").splitlines()
        assert report[0] == "about:blank"
        assert report[1].startswith("script state: no answer:")
        assert report[2:4] == ["placeholders: 0", "alerts: []"]
        assert re.fullmatch(r"reruns \(ms since the page opened\): \{'now': [\d.]+\}", report[4])
        shot = Path(report[5].removeprefix("screenshot: "))
        assert shot.name == "FAILED-a_test_with_ids_-page.png" and shot.stat().st_size > 0
        shot.unlink()
    finally:
        context.close()
