"""Browser tests: the real app served by ``streamlit run``, driven by Playwright in Debian's chromium.

In CI (``CI=true``) a missing browser or Playwright is a failure, never a skip: a browser test
that silently skips hides a broken page. On a developer's machine it skips with the reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.charts.attention import CORNER
from core.i18n import t
from ui.page_style import MARKER

# The path walks' first-screen checks live in a plain module: let pytest explain their failures too.
pytest.register_assert_rewrite("tests.e2e.first_screens")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
STALE = '[data-stale="true"]'
# The grey placeholder an element shows until its code has loaded and run. A tab's first page shows
# one for every widget and chart until Plotly's 4.7 MB module has run: measured here on the compare
# page, the boxes came 2-3 s after the run had ended, all at once. CI, 7 Dec, a loaded pass: a
# stranger's compare page still had no top-k box 15 s after wait_idle had returned.
SKELETON = '[data-testid="stSkeleton"]'
SERVER_LOG_TAIL = 60


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A browser test that fails (or whose fixtures fail) reports the end of its server's log, and
    its page's script state, messages and rerun times (``failed_page_report``; a screenshot goes to
    test-artifacts/): a CI run leaves nothing else behind, and a script error or a run that never
    ended shows there, not in the assertion."""
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        item.stash[FAILED] = True  # read by ``reused_tab``: a failed test's tab is not handed on
    if not (report.failed and call.when in ("setup", "call")):
        return
    args = getattr(item, "funcargs", {})
    server = next((value for value in args.values() if isinstance(value, Server)), None)
    if server is not None:
        try:
            tail = server.log.read_text(errors="replace").splitlines()[-SERVER_LOG_TAIL:]
        except OSError as error:
            tail = [f"no log: {error}"]
        report.sections.append((f"server log (last {SERVER_LOG_TAIL} lines)", "\n".join(tail)))
    for name, pg in args.items():  # every tab fixture of the test: its page, a stranger's, ...
        if not (hasattr(pg, "locator") and hasattr(pg, "is_closed")) or pg.is_closed():
            continue
        report.sections.append((name, failed_page_report(pg, f"FAILED-{item.name}-{name}")))


def failed_page_report(pg, shot_name: str) -> str:
    """What a failed test's tab says: whether the script was still running, what the page said, what
    it last asked the server for and got, and a screenshot. Each asked on its own: a page that cannot
    answer one (still loading, or blank) may answer the next."""
    app = pg.locator('[data-testid="stApp"]').first
    questions = {
        "script state": lambda: app.get_attribute("data-test-script-state", timeout=2_000),
        "placeholders": lambda: pg.locator(SKELETON).count(),
        "alerts": lambda: pg.locator('[data-testid="stAlert"]').all_inner_texts(),
        "reruns (ms since the page opened)": lambda: pg.evaluate(RERUNS_NOW),
        "screenshot": lambda: screenshot(pg, re.sub(r"[^A-Za-z0-9_.-]+", "_", shot_name), timeout=10_000),
    }
    lines = [pg.url]
    for what, ask in questions.items():
        try:
            lines.append(f"{what}: {ask()}")
        except Exception as error:  # a page that cannot answer is worth saying too (its first line)
            lines.append(f"{what}: no answer: {(str(error) or repr(error)).splitlines()[0]}")
    return "\n".join(lines)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        _unavailable("Debian's chromium is not installed (./test.sh installs it)")
    return path


def require_chinese_font() -> None:
    """Chinese pages are measured on screen (titles that fit a phone, results on the first screen);
    without a Chinese font Chromium draws narrower missing-glyph boxes, a page no reader sees."""
    try:
        found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    except OSError:  # no fontconfig tools: look for the font test.sh installs
        found = " ".join(str(p) for p in Path("/usr/share/fonts").glob("**/*CJK*"))
    if not found.strip():
        _unavailable("no Chinese font is installed (./test.sh installs fonts-noto-cjk)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running ``streamlit run app.py`` on a free port."""

    def __init__(self, port: int, process: subprocess.Popen, log: Path):
        self.port, self.process, self.log = port, process, log
        self.url = f"http://127.0.0.1:{port}"


def start_server(log_name: str = "server.log", extra_args: tuple[str, ...] = ()) -> Server:
    """Start the app on a free port; ``extra_args`` go to ``streamlit run`` (e.g. a config flag)."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"{port}-{log_name}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", *extra_args,
    ]  # fmt: skip
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early, see {log}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return Server(port, process, log)
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"streamlit did not become healthy in 60 s, see {log}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def server(visitors) -> Iterator[Server]:
    """The worker's app, warmed up by one home page load in the worker's browser profile: no test
    pays the server's cold start, and the profile's HTTP cache holds the app's JavaScript for this
    server's address (port included) before the first test opens a page."""
    s = start_server()
    warm_up(visitors, s)
    yield s
    stop_server(s)


@pytest.fixture(scope="session")
def playwright_driver():
    """Playwright itself, one per worker (a second ``sync_playwright()`` in a process fails).
    Playwright's ``expect`` waits up to 15 s, not its default 5 s: on a loaded 2-core machine a
    page's first run alone can take longer than 5 s."""
    chromium_path()
    require_chinese_font()
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -r requirements-dev.txt)")
    expect.set_options(timeout=15_000)
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_driver):
    """Debian's chromium, one per worker, for tests that open their own contexts (a stranger, a
    cold browser, several visitors at once)."""
    b = playwright_driver.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
    yield b
    b.close()


DESKTOP = {"width": 1400, "height": 1000}  # the size of a test's tab unless the test sets its own


@pytest.fixture(scope="session")
def visitors(playwright_driver, tmp_path_factory):
    """One browser profile for the worker's tests: its tabs share the HTTP and compiled-code caches,
    as a returning visitor's browser does. A profile on disk, not an incognito context: Chromium
    keeps no compiled-code cache for incognito contexts, and re-parsing Streamlit's ~120 JavaScript
    modules is a third of each page load's CPU on this machine (measured with a trace: 3.3 s of
    background parsing in an incognito tab against 1.2 s with the profile's cache). A test that needs
    its own size sets it on its tab; one that needs a stranger or a cold browser opens its own
    context from ``browser``."""
    context = profile_browser(playwright_driver, tmp_path_factory.mktemp("profile"), DESKTOP)
    yield context
    context.close()


def profile_browser(playwright_driver, directory: Path, viewport: dict[str, int]):
    """Debian's chromium with a browser profile in ``directory`` (its tabs share the HTTP and
    compiled-code caches: ``visitors``), its pages watched (``watch_reruns``)."""
    return watch_reruns(
        playwright_driver.chromium.launch_persistent_context(
            directory, executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS, viewport=viewport
        )
    )


def watched_tab(context):
    """A new tab whose console errors and uncaught page errors go to the lists of the test using it:
    ``console_errors``, and ``real_console_errors`` without Streamlit's expected base-path probe 404s."""
    pg = context.new_page()
    pg.console_errors, pg.real_console_errors = [], []
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("console", lambda m: console_error(m) and pg.real_console_errors.append(m.text))
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    pg.on("pageerror", lambda e: pg.real_console_errors.append(str(e)))
    return pg


@contextmanager
def reused_tab(tabs: dict, context, test: pytest.Item) -> Iterator:
    """The tab ``tabs`` keeps for ``context``, ready for ``test``: blank, at ``DESKTOP`` size, in the
    light colour scheme (a new context's default) and with empty error lists (``watched_tab``).

    Why one tab for many tests, not a new tab each: a new tab starts a new renderer process, which
    compiles Streamlit's and Plotly's JavaScript again. Measured here, opening a page cost 5-10 s of
    Chromium's CPU in a new tab and 1.5-3.5 s in a tab that had shown the app before, and the browser
    tests are bound by the machine's two cores. Each test still meets a new visitor's page: its
    ``goto`` loads a new document (a new Streamlit session, a new JavaScript world), and after the
    test the tab goes to about:blank, which ends the session as closing the tab did, and the app's
    local storage is cleared (``forget_the_visitor``). What a document cannot reset stays with the
    tab: its history (tests that count entries open their own tab) and keys or buttons held down.
    So the tab of a test that failed is closed, not handed on, and so is one that cannot leave its
    page; the next test gets a new one."""
    pg = tabs.get(context)
    if pg is None or pg.is_closed():
        pg = tabs[context] = watched_tab(context)
    pg.console_errors, pg.real_console_errors = [], []
    pg.set_viewport_size(DESKTOP)
    pg.emulate_media(color_scheme="light")
    try:
        yield pg
    finally:
        try:
            forget_the_visitor(pg)
            if test.stash.get(FAILED, False):
                pg.close()
            else:
                pg.goto("about:blank")
        except Exception:
            pg.close()


def forget_the_visitor(pg) -> None:
    """Clear what the app's page stored in the browser, for every tab of the profile: Streamlit keeps
    there a sidebar the visitor closed and the theme it last drew. On CI a phone test closed the
    sidebar and a desktop test after it, on the same worker, found the sidebar shut."""
    if pg.url.startswith("http"):
        pg.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")


@pytest.fixture(scope="session")
def _tabs() -> dict:
    """The worker's reused tabs, one per browser context (``reused_tab``)."""
    return {}


@pytest.fixture
def page(request, visitors, _tabs):
    """A visitor's page in the worker's browser profile: a new session on each ``goto``."""
    with reused_tab(_tabs, visitors, request.node) as pg:
        yield pg


# Streamlit's own e2e tests wait a moment after an action, then for "notRunning". On a busy machine
# the server may not have begun the rerun by then: the page still says "notRunning" from the run
# before, and a test read the old page (once on CI a typed value was then missing from a link).
# So every page also notes what it sent and got over the websocket (watch_reruns.js).
WATCH_RERUNS = Path(__file__).with_name("watch_reruns.js")
# Settled: no rerun asked for (by an action, or by a run cut short for one) that has not begun,
# unless it is so old that the server must have dropped it (a fragment's tick after the fragment
# went away); the last run begun has finished; and the page has shown "notRunning" since it began,
# or has had a moment to act on the finish (a fast run can go by without the page ever showing
# "running"). Then the page's own signs: "notRunning", no element of an earlier run left, and
# every element drawn (no placeholder waiting for its code).
# A page not watched (its context never passed through ``watch_reruns``) is an error, not a guess.
UNWATCHED = "wait_idle: this page is not watched; open its context with watch_reruns()"
SETTLED = f"""() => {{
    const r = window.__reruns, now = performance.now();
    if (!r) throw new Error({UNWATCHED!r});
    const settled = ((r.asked <= r.began || now - r.asked > 10000) && r.finished >= r.began
                           && (r.idle > r.began || now - r.finished > 100));
    return settled && document.querySelector('{IDLE}') && !document.querySelector('{STALE}')
                   && !document.querySelector('{SKELETON}');
}}"""


# For a failed test's report: what the page last asked for and got, and when it was asked (a click
# whose rerun never reached the server shows as asked > began; one that ran, as finished > asked).
RERUNS_NOW = "() => ({...(window.__reruns || {}), now: performance.now()})"


def watch_reruns(context):
    """Let ``wait_idle`` follow every page of ``context`` over the websocket (watch_reruns.js)."""
    context.add_init_script(path=WATCH_RERUNS)
    return context


def wait_idle(pg, timeout: float = 30_000) -> None:
    """Wait until the script has finished its rerun, and the page with it (``SETTLED``). Elements of
    the previous run stay, marked stale, until the new run replaces them; a box measured before
    they leave is where the element was, not where it ends up."""
    pg.wait_for_timeout(150)  # an action's request can leave a moment after it (Streamlit's own wait)
    pg.wait_for_function(SETTLED, timeout=timeout)


# The app's own style rules (ui/page_style.py) are on the page. Streamlit mounts an st.html a
# moment after the run that sent it has finished, the first time a browser loads its renderer: on
# CI a Tab pressed in that moment found the focused link without its ring.
STYLED = f"""() => [...document.querySelectorAll('style')].some(s => s.textContent.includes({MARKER!r}))"""


def goto(pg, server: Server, path: str = "", **query: str | list[str]) -> None:
    """Open ``/<path>?query`` (a list: the key repeated), wait for the first run to finish and for
    the app's style rules to be on the page."""
    from urllib.parse import urlencode

    url = f"{server.url}/{path}" + (f"?{urlencode(query, doseq=True)}" if query else "")
    pg.goto(url)
    pg.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
    wait_idle(pg)
    pg.wait_for_function(STYLED, timeout=30_000)


def screenshot(pg, name: str, timeout: float = 30_000) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True, timeout=timeout)
    return path


def assert_no_exception(pg) -> None:
    boxes = pg.locator('[data-testid="stException"]')
    assert boxes.count() == 0, boxes.first.inner_text()


def rss_mib(pid: int) -> float:
    """The resident memory of a process in MiB, from ``/proc/<pid>/status`` (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


# A page's h1 is its menu title (nav.<page>) except on the home page, whose h1 is the app's name.
TITLE_KEYS = {"home": "home.title"}


def heading_key(page_name: str) -> str:
    """The catalog key of the h1 a page opens with (PageSpec.title_key is its menu entry)."""
    return TITLE_KEYS.get(page_name, f"nav.{page_name}")


# Lines in the server log that mean the server or a script failed (Streamlit logs them as such).
SERVER_ERROR_MARKERS = ("Traceback", "Uncaught app exception", " ERROR ", "Exception in ")


def server_log_errors(server: Server) -> list[str]:
    """The lines of the server's log that report an error; empty when all went well."""
    text = server.log.read_text(errors="replace")
    return [line for line in text.splitlines() if any(m in line for m in SERVER_ERROR_MARKERS)]


def warm_up(context, server: Server) -> None:
    """Open the home page once in a tab of ``context`` (a watched one), so the first test on a new
    server does not pay its cold start; the tab leaves nothing stored behind (``forget_the_visitor``).

    (Deep links work on a cold server too, since the page files live in ``app_pages/`` and not in
    Streamlit's legacy auto-discovered ``pages/``: tests/e2e/test_share_links_e2e.py checks it.)
    """
    pg = context.new_page()
    try:
        goto(pg, server, "")
        pg.locator(".st-key-lang_radio").wait_for()
        forget_the_visitor(pg)
    finally:
        pg.close()


# Streamlit's frontend, opened on a page path such as /why, first probes /why/_stcore/health and
# /why/_stcore/host-config to find the server's base path; the 404s it gets are expected.
BASE_PATH_PROBES = ("/_stcore/health", "/_stcore/host-config")


def console_error(message) -> bool:
    """Whether a browser console message is a real error (not Streamlit's base-path probe)."""
    if message.type != "error":
        return False
    url = (message.location or {}).get("url", "")
    probe = url.split("?")[0].endswith(BASE_PATH_PROBES) and "404" in message.text
    return not probe


def settled_box(locator, page) -> dict:
    """The element's bounding box once it has stopped moving (two reads 100 ms apart agree)."""
    box = locator.bounding_box()
    for _ in range(50):
        page.wait_for_timeout(100)
        again = locator.bounding_box()
        if again == box:
            return box
        box = again
    return box


# The labels of a chart's points as drawn (each trace's text beside its own markers): one that
# covers another trace's marker or label, or lies nearer (box to centre; diagonally off its corner
# counts up to 1.5 times as far) to another trace's marker than to its own, would be read as that
# point's label.
POINT_LABEL_PROBLEMS = """(key) => {
  const chart = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  const dots = [], labels = [];
  chart.querySelectorAll('.scatterlayer .trace').forEach((trace, i) => {
    for (const p of trace.querySelectorAll('.points .point')) {
      const r = p.getBoundingClientRect(); if (r.width > 1) dots.push({i, r});
    }
    for (const t of trace.querySelectorAll('.textpoint text')) {
      const r = t.getBoundingClientRect(); if (r.width > 1) labels.push({i, r, text: t.textContent});
    }
  });
  const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const centre = r => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
  // As core/charts/attention.py's reading_distances: a point off the label's corner, diagonally, seems
  // up to CORNER times as far as one straight under or beside it (a label reads as the point's it is over).
  const dist = (box, [x, y]) => {
    const dx = Math.max(box.left - x, 0, x - box.right), dy = Math.max(box.top - y, 0, y - box.bottom);
    const far = Math.max(dx, dy), slant = far > 0 ? Math.min(dx, dy) / far : 0;
    return Math.hypot(dx, dy) * (1 + CORNER_STRETCH * slant);
  };
  const problems = [];
  for (const l of labels) {
    const own = Math.min(...dots.filter(d => d.i === l.i).map(d => dist(l.r, centre(d.r))));
    for (const d of dots.filter(d => d.i !== l.i)) {
      if (hit(l.r, d.r)) problems.push(`${l.text} covers a marker of trace ${d.i}`);
      else if (dist(l.r, centre(d.r)) < own) problems.push(`${l.text} is nearer to trace ${d.i}`);
    }
    for (const m of labels) if (m.i > l.i && hit(l.r, m.r)) problems.push(`${l.text} / ${m.text}`);
  }
  return problems;
}""".replace("CORNER_STRETCH", str(CORNER - 1.0))


def assert_titles_inside(pg, keys: tuple[str, ...]) -> None:
    """Each chart's title and x-axis title fit in the chart (``keys``: the charts' element keys).

    Plotly never wraps a title: one too long for a phone is cut at the chart's edge.
    """
    for key in keys:
        chart = pg.locator(f".st-key-{key} .main-svg").first.bounding_box()
        for title in pg.locator(f".st-key-{key} .gtitle, .st-key-{key} .xtitle").all():
            box = title.bounding_box()
            inside = box["x"] >= chart["x"] - 1 and box["x"] + box["width"] <= chart["x"] + chart["width"] + 1
            assert inside, (key, title.text_content(), box, chart)


@contextmanager
def phone_size(pg) -> Iterator[None]:
    """The page at 390×844 (a phone) inside the block, back to its own size after it."""
    size = pg.viewport_size
    pg.set_viewport_size({"width": 390, "height": 844})
    try:
        wait_idle(pg)
        yield
    finally:
        pg.set_viewport_size(size)


def assert_says_it_scrolls_sideways_on_a_phone_only(pg, key: str, lang: str) -> None:
    """The table drawn in ``wide_table(key)`` has its "swipe" line on a phone and not on the desktop,
    and on a phone it is really wider than the screen (the grid's own box scrolls sideways)."""
    box = pg.locator(f".st-key-{key}_wide")
    box.wait_for()
    hint = json.dumps(t("table.swipe", lang), ensure_ascii=False)  # CSS gives content as a quoted string
    assert box.evaluate("e => getComputedStyle(e, '::after').content") != hint  # the desktop: no hint
    with phone_size(pg):
        assert box.evaluate("e => getComputedStyle(e, '::after').content") == hint
        scroller = box.locator(".dvn-scroller").first  # the grid's own scrolling box
        assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")


GRID_ROW = 35  # px: Streamlit's default data-editor row (and header) height


def grid_cell(box: dict, row: int, col: int, ncols: int) -> tuple[float, float]:
    """The centre of a body cell of a data-editor grid whose box is ``box`` (row 0 is under the header)."""
    return box["x"] + box["width"] * (col + 0.5) / ncols, box["y"] + GRID_ROW * (row + 1.5)


def let_the_grid_render(page) -> None:
    """Let two frames pass before the Enter that ends a cell edit, as a typist's pause would.

    The grid commits the value of its last render: an Enter in the same frame as the last key
    commits the old value (measured: 3 of 5 edits typed key by key were lost, none with the pause).
    """
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def edit_cell(page, key: str, row: int, col: int, ncols: int, text: str) -> None:
    """Type into a cell of ``st.data_editor`` (a canvas grid): click, Enter, fill, Enter (``""`` empties it).

    The grid draws after the script finishes and can first appear narrower than it ends up (a
    click placed by the narrow box once landed in the wrong column), so the click waits for the
    grid to settle, and is retried until the cell editor opens.
    """
    from playwright.sync_api import expect

    grid = page.locator(f".st-key-{key} [data-testid='stDataFrame']")
    expect(grid.locator("canvas").first).to_be_attached(timeout=30_000)
    cell = page.locator("input.gdg-input, textarea.gdg-input").first
    for attempt in range(4):
        grid.scroll_into_view_if_needed()
        page.mouse.click(*grid_cell(settled_box(grid, page), row, col, ncols))
        page.keyboard.press("Enter")
        try:
            expect(cell).to_be_visible(timeout=3_000)
            break
        except AssertionError:
            if attempt == 3:
                raise
            page.keyboard.press("Escape")
            page.wait_for_timeout(500)
    if text:
        cell.fill(text)
    else:  # emptied key by key, as a user would (the grid does not take fill("") as an edit)
        cell.press("End")
        for _ in cell.input_value():
            cell.press("Backspace")
        expect(cell).to_have_value("")
    let_the_grid_render(page)
    page.keyboard.press("Enter")
    wait_idle(page)
