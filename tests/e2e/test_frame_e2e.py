"""The frame in a real browser: the home page, its numbered steps, and a language switch kept across
pages (the sidebar's links and the home page's steps both carry it)."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NewSession_pb2 import NewSession

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


def test_wait_idle_sees_a_rerun_that_was_asked_for_and_has_not_begun(server, page):
    """The harness itself: every test's ``wait_idle`` relies on watch_reruns.js reading Streamlit's
    messages right. If it stopped seeing them, the waits would quietly fall back to a guess."""
    goto(page, server, "")
    start = ForwardMsg(new_session=NewSession(name="x" * 200))  # a long field: a two-byte length
    start.metadata.delta_path.extend([0, 1])
    assert page.evaluate(
        "b => window.__reruns.fields(new Uint8Array(b))", list(start.SerializeToString())
    ) == [2, 4]
    rerun = BackMsg(rerun_script=ClientState(query_string="lang=zh", page_script_hash="a" * 32))
    assert rerun.SerializeToString()[0] == 0x5A  # what the page looks for in what it sends
    first = page.evaluate("window.__reruns")
    assert 0 < first["asked"] < first["began"], first  # the page asked for its first run; it began
    page.locator(".st-key-lang_radio").get_by_text("中文").click()
    wait_idle(page)
    switched = page.evaluate("window.__reruns")
    assert first["began"] < switched["asked"] < switched["began"], switched  # seen, then waited for
    expect(page.locator("h1").first).to_have_text(t("home.title", "zh"))
    page.evaluate("window.__reruns.asked = performance.now()")  # a request the server never got
    with pytest.raises(PlaywrightTimeout):
        wait_idle(page, timeout=1_000)
