"""Benchmark: latency in a real browser (headless Chromium), every page against the bare baseline page.

Run: ``.venv/bin/python -m benchmarks.bench_browser`` (``--quick`` for 5 repeats). Medians of 15
(min–max beside them), all measured inside the page with its own ``performance.now()``, so
Playwright's round trips are not counted. The baseline (``benchmarks/baseline_app.py``: one slider,
one Plotly bar chart) is served and measured in the same run; the goal (issue 13) is every figure
within 1.2× of the baseline's matching figure.

* **URL → first chart:** from navigation start to the first animation frame in which a *visible*
  Plotly chart has drawn its traces (a chart inside a closed expander does not count), in a fresh
  browser context each time: a first visit (a new Streamlit session and an empty browser cache, so
  every open fetches and compiles Streamlit's and Plotly's JavaScript, the bare page's too). Pages
  whose first screen is text (the generator's draws, the compare page's samples) are also timed to
  that text.
* **slider → chart (key):** from the key press that moves the page's main slider one step to the
  first animation frame in which what it drives differs from before (the chart's bars, or the text
  where the slider drives text). Right and left alternately.
* **slider → chart (release):** the same, from the mouse button's release after dragging the
  thumb ~40 px (issue 15: "release → new bars"); measured where issue 15 asks (playground) and on
  the baseline.
* **Step → text:** on the generator, from the click on Step (in the "go deeper" expander, opened
  first) to the frame that shows the new character; compared with the baseline's slider → chart.

Each server is ``streamlit run`` headless on a free port, as in ``tests/e2e/conftest.py``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass

from benchmarks._common import ROOT, Section, median, table
from core.i18n import CATALOG
from tests.e2e.conftest import ARTIFACTS, CHROMIUM_FLAGS, chromium_path, free_port, wait_idle, watch_reruns

PLOT = ".js-plotly-plot"
GOAL = 1.2  # × the baseline's figure (issue 13)
# A visible chart with drawn traces (a chart in a closed expander is in the DOM but not visible).
VISIBLE_CHART = (
    "Array.from(document.querySelectorAll('.js-plotly-plot'))"
    ".some(p => p.querySelector('.trace') && p.checkVisibility())"
)


def _visible_text(selector: str) -> str:
    found = f"Array.from(document.querySelectorAll({selector!r}))"
    return f"{found}.some(e => e.checkVisibility() && e.innerText.trim())"


@dataclass(frozen=True)
class Target:
    """One page: where it is, what its first screen shows, its main slider and what that drives."""

    name: str
    script: str
    path: str
    slider: str | None = None  # the slider's key (its container is .st-key-<key>)
    watch: str | None = None  # CSS selector of what the slider changes (a chart's box, or text)
    watch_what: str = "chart"
    text_on_open: str | None = None  # the first screen's text, if the page opens on text
    chart_on_open: bool = True  # False: no chart is visible until the visitor opens or presses something
    release: bool = False  # also time mouse release → chart (issue 15)
    step: bool = False  # the generator's Step → text


BASELINE = Target("baseline (one slider + one chart)", "benchmarks/baseline_app.py", "",
                  "baseline_temperature", ".st-key-baseline_chart", release=True)  # fmt: skip
APP_TARGETS = [
    Target("home", "app.py", "", "home_temperature", ".st-key-home_bars"),
    Target("why", "app.py", "why", "why_leaf", ".st-key-why_errors"),
    Target("formula", "app.py", "formula"),
    Target("playground", "app.py", "playground", "playground_temperature", ".st-key-playground_probs",
           release=True),
    Target("generator", "app.py", "generator", "generator_temperature", ".gen-fan", "text (20 draws)",
           text_on_open=".gen-fan", step=True, chart_on_open=False),
    Target("compare", "app.py", "compare", "compare_temperature", ".cmp-samples", "text (samples)",
           text_on_open=".cmp-samples"),
    Target("attention", "app.py", "attention", "attention_scale", ".st-key-attention_weights"),
    Target("learn", "app.py", "learn"),
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


# What the watched element shows: its chart's drawn marks and its text. Set before each action.
_ARM_JS = """([selector, event]) => {
  window.__benchSig = () => {
    const r = document.querySelector(selector);
    return r ? Array.from(r.querySelectorAll('.trace path, .trace text'))
      .map(e => e.getAttribute('d') || e.textContent).join('|') + '#' + r.innerText : '';
  };
  window.__benchBefore = window.__benchSig();
  window.__benchT0 = null;
  document.addEventListener(event, () => { window.__benchT0 = performance.now(); },
                            {capture: true, once: true});
  return !!document.querySelector(selector);
}"""
_CHANGED_JS = """() => window.__benchT0 !== null && window.__benchSig() !== window.__benchBefore
  ? performance.now() - window.__benchT0 : false"""
_CHANGED_YET_JS = "() => window.__benchSig() !== window.__benchBefore"


def _context(browser):
    """A fresh context whose pages ``wait_idle`` can follow (the same small script on every page)."""
    return watch_reruns(browser.new_context(viewport={"width": 1400, "height": 1000}))


def open_ms(browser, url: str, condition: str, repeats: int) -> list[float]:
    """Navigation start → first frame where ``condition`` holds, in a fresh context (new session)."""
    times = []
    for _ in range(repeats):
        context = _context(browser)
        page = context.new_page()
        page.goto(url)
        handle = page.wait_for_function(f"() => ({condition}) ? performance.now() : false",
                                         polling="raf", timeout=40_000)  # fmt: skip
        times.append(float(handle.json_value()))
        context.close()
    return times


def _open(browser, url: str, ready: str):
    """A fresh tab on ``url``, once ``ready`` (a CSS selector) shows and the first run has finished."""
    context = _context(browser)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(f"() => {_visible_text(ready)}", polling="raf", timeout=40_000)
    if page.query_selector(f"{ready} {PLOT}"):
        page.wait_for_selector(f"{ready} {PLOT} .trace", timeout=40_000)
    wait_idle(page)
    return context, page


def slider_key_ms(browser, url: str, target: Target, repeats: int) -> list[float]:
    """Key press on the slider → what it drives shows new values; right and left alternately."""
    context, page = _open(browser, url, target.watch)
    thumb = page.locator(f".st-key-{target.slider}").get_by_role("slider").first
    times = []
    for i in range(repeats + 2):  # two warm-up moves
        if not page.evaluate(_ARM_JS, [target.watch, "keydown"]):
            raise RuntimeError(f"{target.watch} not found")
        thumb.focus()
        thumb.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
        handle = page.wait_for_function(_CHANGED_JS, polling="raf", timeout=10_000)
        if i >= 2:
            times.append(float(handle.json_value()))
        wait_idle(page)
    context.close()
    return times


_DRAG_ARM_JS = """(selector) => {
  const sig = () => {
    const r = document.querySelector(selector);
    return r ? Array.from(r.querySelectorAll('.trace path, .trace text'))
      .map(e => e.getAttribute('d') || e.textContent).join('|') + '#' + r.innerText : '';
  };
  const before = sig();
  const d = window.__drag = {move: null, up: null, changed: null};
  const once = {capture: true, once: true};
  document.addEventListener('pointermove', () => { d.move = performance.now(); }, once);
  document.addEventListener('pointerup', () => { d.up = performance.now(); }, once);
  const poll = () => {
    if (sig() !== before) d.changed = performance.now(); else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}"""


def slider_drag_ms(browser, url: str, target: Target, repeats: int) -> tuple[list[float], list[float]]:
    """Drag the thumb ~40 px, hold 0.6 s, release. Returns (first move → chart for the moves whose
    chart changed while the button was still held, release → chart for the others)."""
    context, page = _open(browser, url, target.watch)
    thumb = page.locator(f".st-key-{target.slider}").get_by_role("slider").first
    while_held, after_release = [], []
    for i in range(repeats + 2):
        box = thumb.bounding_box()  # the range input: its left edge is the thumb's centre
        x, y = box["x"], box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.evaluate(_DRAG_ARM_JS, target.watch)
        page.mouse.down()
        page.mouse.move(x + (40 if i % 2 == 0 else -40), y, steps=4)
        page.wait_for_timeout(600)
        page.mouse.up()
        page.wait_for_function("() => window.__drag.changed !== null", polling="raf", timeout=10_000)
        d = page.evaluate("() => window.__drag")
        if i >= 2:
            if d["changed"] < d["up"]:
                while_held.append(d["changed"] - d["move"])
            else:
                after_release.append(d["changed"] - d["up"])
        wait_idle(page)
    context.close()
    return while_held, after_release


def step_ms(browser, url: str, repeats: int) -> list[float]:
    """Click Step (in the opened "go deeper" expander) → the text so far shows the new character."""
    context, page = _open(browser, url, ".gen-fan")
    page.get_by_text(CATALOG["generator.deeper"]["en"], exact=True).first.click()
    button = page.locator(".st-key-generator_step button")
    button.wait_for(state="visible", timeout=20_000)
    wait_idle(page)
    watch = '.gen-text[data-name="steps"]'
    times = []
    for i in range(repeats + 2):
        if not page.evaluate(_ARM_JS, [watch, "click"]):
            raise RuntimeError("the text so far is not shown")
        button.click()
        handle = page.wait_for_function(_CHANGED_JS, polling="raf", timeout=10_000)
        if i >= 2:
            times.append(float(handle.json_value()))
        wait_idle(page)
    context.close()
    return times


Result = list[float] | str
KEY_FIGURE = "slider `baseline_temperature` → chart (key)"  # the times, or why there are none


def measure(browser, server: Served, target: Target, repeats: int) -> dict[str, tuple[str, Result]]:
    """Every figure of one page: {interaction: (what is watched, times or a reason)}."""
    url = f"{server.url}/{target.path}"
    out: dict[str, tuple[str, Result]] = {}
    if target.chart_on_open:
        out["URL → first chart"] = ("visible chart", _attempt(open_ms, browser, url, VISIBLE_CHART, repeats))
    else:
        out["URL → first chart"] = (
            "",
            "no chart on open: the first screen is text; charts are in “go deeper”",
        )
    if target.text_on_open:
        condition = _visible_text(target.text_on_open)
        out["URL → first screen's text"] = ("text", _attempt(open_ms, browser, url, condition, repeats))
    if target.slider:
        name = f"slider `{target.slider}` → {target.watch_what} (key)"
        out[name] = (target.watch_what, _attempt(slider_key_ms, browser, url, target, repeats))
        if target.release:
            drag = _attempt(slider_drag_ms, browser, url, target, repeats)
            if isinstance(drag, str):
                out[f"slider `{target.slider}` → {target.watch_what} (drag)"] = (target.watch_what, drag)
            else:
                held, released = drag
                what = f"slider `{target.slider}` → {target.watch_what}"
                if held:
                    out[f"{what} (drag, while held)"] = (target.watch_what, held)
                if released:
                    out[f"{what} (release)"] = (target.watch_what, released)
    if target.step:
        out["Step → new character shown"] = ("text", _attempt(step_ms, browser, url, repeats))
    return out


def _baseline_for(interaction: str, base: dict) -> str:
    """Which baseline figure an interaction is compared with: the same kind, else the key press."""
    if interaction.startswith("URL"):
        return "URL → first chart"
    for kind in ("(drag, while held", "(release"):
        if kind in interaction:
            return next((k for k in base if kind in k), KEY_FIGURE)
    return KEY_FIGURE


def run(quick: bool = False, only: list[str] | None = None) -> Section:
    """Measure the baseline, then every page of the app (or the pages named in ``only``); return the table."""
    from playwright.sync_api import sync_playwright

    repeats = 5 if quick else 15
    load_start = os.getloadavg()[0]
    results: dict[str, dict[str, tuple[str, Result]]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        try:
            # The baseline before and after the pages, pooled: the machine's load may drift meanwhile.
            for run_name, script, targets in (
                ("baseline, before", BASELINE.script, [BASELINE]),
                ("app", "app.py", [t for t in APP_TARGETS if not only or t.name in only]),
                ("baseline, after", BASELINE.script, [BASELINE]),
            ):
                server = Served(script)
                try:
                    for target in targets:
                        print(f"  browser: {target.name} ({run_name})", file=sys.stderr, flush=True)
                        name = run_name if target is BASELINE else target.name
                        results[name] = measure(browser, server, target, repeats)
                finally:
                    server.close()
        finally:
            browser.close()
    load_end = os.getloadavg()[0]

    halves = results.pop("baseline, before"), results.pop("baseline, after")
    base: dict[str, tuple[str, Result]] = {}
    for key in dict.fromkeys([*halves[0], *halves[1]]):
        parts = [h[key][1] for h in halves if key in h and not isinstance(h[key][1], str)]
        base[key] = ("", [t for p in parts for t in p] or halves[0].get(key, ("", "n/a"))[1])
    rows = [(BASELINE.name, k, _fmt(v, 2 * repeats), "1.0×", "") for k, (_, v) in base.items()]
    drift = "; ".join(
        f"{k}: {_fmt(halves[0][k][1], repeats)} before the pages, {_fmt(halves[1][k][1], repeats)} after"
        for k in base
        if k in halves[0] and k in halves[1]
    )
    summary, met_all = [], True
    groups: dict[str, dict] = {}  # the README's rows: one per kind of interaction
    for name, figures in results.items():
        for interaction, (_, value) in figures.items():
            reference = base[_baseline_for(interaction, base)][1]
            ratio = _ratio(value, reference)
            met = "" if ratio is None else ("yes" if ratio <= GOAL else "**no**")
            met_all &= met != "**no**"
            shown_ratio = "" if ratio is None else f"{ratio:.2f}×"
            rows.append((name, interaction, _fmt(value, repeats), shown_ratio, met))
            if ratio is not None:
                kind = _kind(interaction)
                entry = groups.setdefault(kind, {"base": median(reference), "pages": [], "met": True})
                entry["pages"].append(f"{name} {median(value):.0f} ms ({shown_ratio})")
                entry["met"] &= met == "yes"
    for kind, entry in groups.items():
        summary.append((
            f"Browser: {kind} (baseline {entry['base']:.0f} ms)", "; ".join(entry["pages"]),
            f"each ≤ {GOAL}× baseline", "yes" if entry["met"] else "**no**",
        ))  # fmt: skip
    notes = [
        f"Medians of {repeats}; min–max in brackets; in the page with `performance.now()`. Goal (issue 13): "
        f"≤ {GOAL}× the baseline's matching figure (URL → first chart; slider → chart by key or by "
        f"release; Step is compared with the baseline's slider → chart by key). 1400×1000 viewport. "
        f"Load average {load_start:.2f} at the start, {load_end:.2f} at the end (2 cores).",
        f"Baseline measured before and after the pages ({repeats} each), pooled: {drift}.",
        "formula and learn have no slider on their first screen (formula: number boxes; learn: Start).",
    ]
    return Section(
        "Interaction latency, in the browser (headless Chromium)",
        table(["page", "interaction", "median ms [min–max]", "× baseline", f"≤ {GOAL}×"], rows, "llrrl"),
        notes,
        goals_met=met_all,
        summary=summary,
    )


def _kind(interaction: str) -> str:
    """An interaction without its page's slider key: the README groups the pages by it."""
    if "`" in interaction:
        before, _, after = interaction.split("`", 2)
        return (before + "main" + after).replace("main  →", "main →").replace("(key)", "(arrow key)")
    return interaction


def _attempt(fn, *args):
    try:
        return fn(*args)
    except Exception as error:  # a figure that cannot be taken is a row, not a crash
        return f"n/a: {type(error).__name__}: {str(error).splitlines()[0][:100]}"


def _ratio(value: Result, reference: Result) -> float | None:
    if isinstance(value, str) or isinstance(reference, str) or not value or not reference:
        return None
    return median(value) / median(reference)


def _fmt(values: Result, n: int | None = None) -> str:
    if isinstance(values, str):
        return values
    count = f", n = {len(values)}" if n is not None and len(values) != n else ""  # drags split two ways
    return f"{median(values):.0f} [{min(values):.0f}–{max(values):.0f}{count}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 repeats instead of 15")
    names = [t.name for t in APP_TARGETS]
    parser.add_argument("--only", help=f"comma-separated pages to measure (of {', '.join(names)})")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else None
    if only and (unknown := set(only) - set(names)):
        parser.error(f"unknown page(s): {', '.join(sorted(unknown))}")
    print(run(args.quick, only).markdown())


if __name__ == "__main__":
    main()
