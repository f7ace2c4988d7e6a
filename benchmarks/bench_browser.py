"""Benchmark: latency in a real browser (headless Chromium), the app against the baseline app.

Run: ``.venv/bin/python -m benchmarks.bench_browser``. Two figures, each the median of 20:

* **slider → chart:** the time from the key press that moves a temperature slider to the first
  animation frame in which the probability chart's bars differ from before. Measured inside the
  page (``performance.now()`` at the keydown, polled every animation frame), so Playwright's
  round trips are not counted. The slider moves right, then left, alternately.
* **URL → first chart:** ``performance.now()`` (from navigation start) at the first animation
  frame in which a Plotly chart has drawn its traces, in a fresh browser context each time
  (a new Streamlit session; the browser's HTTP cache is kept, as for a returning visitor).

Each server is ``streamlit run`` headless on a free port, as in ``tests/e2e/conftest.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass

from benchmarks._common import ROOT, Section, median, table
from tests.e2e.conftest import ARTIFACTS, CHROMIUM_FLAGS, chromium_path, free_port, wait_idle

PLOT = ".js-plotly-plot"
DRAWN = f"{PLOT} .trace"  # a trace group exists once Plotly has drawn data


@dataclass(frozen=True)
class Target:
    """One thing to measure: a script, a URL path, and where its slider and chart are."""

    name: str
    script: str
    path: str
    slider: str | None  # CSS selector of the slider's container (.st-key-<key>)
    chart: str  # CSS selector that contains the chart whose values change
    chart_on_open: bool = True  # False: the page draws no chart until a button is pressed


BASELINE = Target("baseline (slider + bar chart)", "benchmarks/baseline_app.py", "",
                  ".st-key-baseline_temperature", ".st-key-baseline_chart")  # fmt: skip
APP_TARGETS = [
    Target("home", "app.py", "", ".st-key-home_temperature", ".st-key-home_bars"),
    Target(
        "playground", "app.py", "playground",
        ".st-key-playground_temperature", ".st-key-playground_probs",
    ),
    Target("formula", "app.py", "formula", None, ".st-key-formula_bars"),
    Target("compare", "app.py", "compare", None, "[class*='st-key-compare_']", chart_on_open=False),
    Target("why", "app.py", "why", None, "[class*='st-key-why_']"),
]  # fmt: skip


class Served:
    """``streamlit run <script>`` on a free port, stopped by ``close()``."""

    def __init__(self, script: str):
        self.port = free_port()
        ARTIFACTS.mkdir(exist_ok=True)
        log = (ARTIFACTS / f"bench-{self.port}.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        return
            except OSError:
                time.sleep(0.3)
        self.close()
        raise RuntimeError(f"{script} did not start")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


_FIRST_CHART_JS = f"() => document.querySelector({DRAWN!r}) ? performance.now() : false"

_ARM_JS = """(chart) => {
  const root = document.querySelector(chart);
  const box = root && (root.matches('.js-plotly-plot') ? root : root.querySelector('.js-plotly-plot'));
  window.__benchChart = chart;
  window.__benchSig = () => {
    const r = document.querySelector(window.__benchChart);
    return r ? Array.from(r.querySelectorAll('.trace path, .trace text'))
      .map(e => e.getAttribute('d') || e.textContent).join('|') : '';
  };
  window.__benchBefore = window.__benchSig();
  window.__benchT0 = null;
  document.addEventListener('keydown', () => { window.__benchT0 = performance.now(); },
                            {capture: true, once: true});
  return !!box;
}"""

_CHANGED_JS = """() => window.__benchT0 !== null && window.__benchSig() !== window.__benchBefore
  ? performance.now() - window.__benchT0 : false"""


def first_chart_ms(browser, url: str, repeats: int) -> list[float]:
    """Navigation start → first drawn chart, in a fresh context (new session) each time."""
    times = []
    for _ in range(repeats):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(url)
        handle = page.wait_for_function(_FIRST_CHART_JS, polling="raf", timeout=40_000)
        times.append(float(handle.json_value()))
        context.close()
    return times


def slider_to_chart_ms(browser, url: str, target: Target, repeats: int) -> list[float]:
    """Key press on the slider → chart drawn with new values, alternating right and left."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(DRAWN, timeout=40_000)
    wait_idle(page)
    chart = target.chart if page.query_selector(f"{target.chart} {PLOT}") else PLOT
    thumb = page.locator(target.slider).get_by_role("slider").first
    times = []
    for i in range(repeats + 2):  # two warm-up moves
        if not page.evaluate(_ARM_JS, chart):
            raise RuntimeError("chart not found")
        thumb.focus()
        thumb.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
        handle = page.wait_for_function(_CHANGED_JS, polling="raf", timeout=10_000)
        if i >= 2:
            times.append(float(handle.json_value()))
        wait_idle(page)
    context.close()
    return times


def run(quick: bool = False) -> Section:
    """Measure the baseline, then every app page that has a chart; return the table."""
    from playwright.sync_api import sync_playwright

    repeats = 5 if quick else 20
    rows = []
    notes = [f"Medians of {repeats}; min–max in brackets. Measured in the page with `performance.now()`."]
    results: dict[str, tuple[list[float] | str, list[float] | str]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        try:
            for script, targets in (("benchmarks/baseline_app.py", [BASELINE]), ("app.py", APP_TARGETS)):
                server = Served(script)
                try:
                    for target in targets:
                        url = f"{server.url}/{target.path}"
                        opened = (
                            _attempt(first_chart_ms, browser, url, repeats)
                            if target.chart_on_open
                            else "no chart until Run is pressed"
                        )
                        slid = (
                            _attempt(slider_to_chart_ms, browser, url, target, repeats)
                            if target.slider
                            else "no temperature slider on this page"
                        )
                        results[target.name] = (opened, slid)
                finally:
                    server.close()
        finally:
            browser.close()

    base_open, base_slider = results[BASELINE.name]
    summary = []
    for name, (opened, slid) in results.items():
        rows.append((name, _fmt(opened, base_open), _fmt(slid, base_slider)))
        for what, value, base in (
            ("URL → first chart", opened, base_open),
            ("slider → chart", slid, base_slider),
        ):
            if name != BASELINE.name and not isinstance(value, str) and isinstance(base, list) and base:
                ratio = median(value) / median(base)
                result = f"{median(value):.0f} ms, {ratio:.1f}× baseline ({median(base):.0f} ms)"
                summary.append((f"Browser (median of {repeats}), {name}: {what}", result, "", ""))
    return Section(
        "Interaction latency, in the browser (headless Chromium)",
        table(
            [
                "page",
                "URL → first chart (ms) [× baseline]",
                "slider → chart shows new values (ms) [× baseline]",
            ],
            rows,
            "lrr",
        ),  # fmt: skip
        notes,
        summary=summary,
    )


def _attempt(fn, *args):
    try:
        return fn(*args)
    except Exception as error:  # a page without a chart (yet) is a row, not a crash
        return f"n/a: {type(error).__name__}: {str(error).splitlines()[0][:100]}"


def _fmt(values, base) -> str:
    if isinstance(values, str):
        return values
    text = f"{median(values):.0f} [{min(values):.0f}–{max(values):.0f}]"
    if isinstance(base, list) and base:
        text += f" [{median(values) / median(base):.1f}×]"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 repeats instead of 20")
    print(run(parser.parse_args().quick).markdown())


if __name__ == "__main__":
    main()
