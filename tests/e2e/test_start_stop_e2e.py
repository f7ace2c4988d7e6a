"""ui.start_stop's focus script in Chromium, on a page of its own: a press, then the server's new
button, as late as a loaded machine draws it. No server there: the swap is done by hand, as
Streamlit does it (the pressed button's box marked stale, a fresh box with the new button beside
it). The last test checks that Streamlit itself runs the script on a real page."""

import pytest

from tests.e2e.conftest import goto
from ui.start_stop import BOX_PREFIX, KEEP_FOCUS

PAGE = f"""<div class="st-key-{BOX_PREFIX}t_start">
  <div data-stale="false" id="old"><button id="start">Start</button></div>
</div>
<input id="elsewhere">
{KEEP_FOCUS}"""

# Streamlit's swap: the old element is marked stale (the page style hides it, and the browser moves
# the focus off it), the new one is drawn beside it; when the run ends, the old one goes.
SWAP = """([disabled, hide]) => {
  const old = document.getElementById('old');
  old.dataset.stale = 'true';
  if (hide) old.style.display = 'none';
  const fresh = document.createElement('div');
  fresh.dataset.stale = 'false';
  fresh.innerHTML = '<button id="stop">Stop</button>';
  fresh.firstChild.disabled = disabled;
  old.parentElement.append(fresh);
}"""
FOCUSED = "() => document.activeElement.id || document.activeElement.tagName"


@pytest.fixture
def tab(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.set_content(PAGE)
    yield pg
    context.close()


@pytest.mark.parametrize("hide", [True, False])
def test_after_enter_the_new_button_gets_the_focus_even_when_it_comes_seconds_later(tab, hide):
    tab.focus("#start")
    tab.keyboard.press("Enter")
    tab.wait_for_timeout(3_000)  # the first version gave up after 2 s
    tab.evaluate(SWAP, [False, hide])
    tab.wait_for_function(f"({FOCUSED})() === 'stop'", timeout=5_000)
    tab.evaluate("document.getElementById('old').remove()")  # the run ends
    assert tab.evaluate(FOCUSED) == "stop"


def test_a_visitor_who_has_moved_on_keeps_the_focus(tab):
    tab.click("#start")
    tab.focus("#elsewhere")
    tab.evaluate(SWAP, [False, True])
    tab.wait_for_timeout(500)
    assert tab.evaluate(FOCUSED) == "elsewhere"


def test_a_disabled_new_button_and_a_swap_nobody_pressed_for_take_no_focus(browser):
    context = browser.new_context()
    try:
        pressed = context.new_page()
        pressed.set_content(PAGE)
        pressed.focus("#start")
        pressed.keyboard.press("Enter")
        pressed.evaluate(SWAP, [True, True])  # the last step: Play cannot be pressed
        pressed.wait_for_timeout(300)
        pressed.evaluate("document.getElementById('stop').disabled = false")  # the script gave up on it
        pressed.wait_for_timeout(300)
        assert pressed.evaluate(FOCUSED) == "BODY"
        unpressed = context.new_page()
        unpressed.set_content(PAGE)
        unpressed.evaluate(SWAP, [False, True])  # Back to a page that was playing: no press
        unpressed.wait_for_timeout(500)
        assert unpressed.evaluate(FOCUSED) == "BODY"
    finally:
        context.close()


MOUNT_AGAIN = """s => { const d = document.createElement('div'); d.innerHTML = s;
    const run = document.createElement('script'); run.textContent = d.querySelector('script').textContent;
    document.body.append(run); }"""
# Counts focus() calls without moving the focus: a second listener would then call it too (with the
# focus moved, it would find the new button focused and leave it).
COUNT_FOCUS = """() => { window.__focusCalls = 0;
    HTMLElement.prototype.focus = function () { window.__focusCalls++; }; }"""


def test_the_script_mounted_again_listens_once(tab):
    tab.evaluate(MOUNT_AGAIN, KEEP_FOCUS)  # a later run mounts it again
    tab.evaluate(COUNT_FOCUS)
    tab.click("#start")
    tab.evaluate(SWAP, [False, True])
    tab.wait_for_function("window.__focusCalls > 0", timeout=5_000)
    tab.wait_for_timeout(300)
    assert tab.evaluate("window.__focusCalls") == 1


def test_streamlit_runs_the_script_on_a_page_with_a_start_button(server, page):
    """The tests above load the script by hand; Streamlit's st.html may drop a script it does not
    like (1c94fa3: a comment naming a tag), and then nothing follows a press."""
    goto(page, server, "learn", lang="en")
    assert page.evaluate("window.__startStopKeepsFocus") is True
