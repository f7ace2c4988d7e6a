"""Benchmark: how much a page moves while a tab's first visit loads (cumulative layout shift).

Run: ``.venv/bin/python -m benchmarks.first_visit_shift``. Every page in both languages, on a 390×844
phone and at 1440×900, each opened in a new tab of a browser that has opened the home page once (its
HTTP cache is warm, each tab still loads Streamlit's widget code anew), and the bare baseline page
for comparison. Chromium's ``layout-shift`` entries (none after an input) are summed from navigation
until no grey placeholder is left, plus one second. 0.1 is the usual line for "good".

Why: Streamlit draws a page's text first and each widget's and chart's code after it, showing a
placeholder meanwhile; a placeholder above the title moved the whole page once it went (README,
"What limits it"). Prints a table; writes nothing.
"""

from __future__ import annotations

import statistics

from benchmarks._common import table
from benchmarks.bench_browser import Served
from core.pages import PAGES
from tests.e2e.conftest import CHROMIUM_FLAGS, chromium_path, wait_idle, watch_reruns

SIZES = {"phone 390×844": (390, 844), "desktop 1440×900": (1440, 900)}
# Sums every shift not caused by an input, from the page's start (``buffered``).
WATCH_SHIFTS = """window.__shift = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
}).observe({type: "layout-shift", buffered: true});"""
NO_PLACEHOLDER = "!document.querySelector('[data-testid=\"stSkeleton\"]')"


def first_visit_shift(context, url: str) -> float:
    """The page's cumulative layout shift from navigation until it has settled."""
    page = context.new_page()
    try:
        page.goto(url)
        wait_idle(page, timeout=60_000)
        page.wait_for_function(NO_PLACEHOLDER, timeout=60_000)
        page.wait_for_timeout(1_000)
        return float(page.evaluate("window.__shift"))
    finally:
        page.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    app, bare = Served("app.py"), Served("benchmarks/baseline_app.py")
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
            for size, (width, height) in SIZES.items():
                context = watch_reruns(browser.new_context(viewport={"width": width, "height": height}))
                context.add_init_script(WATCH_SHIFTS)
                first_visit_shift(context, f"{app.url}/?lang=en")  # warms the HTTP cache
                shifts = {}
                for spec in PAGES:
                    for lang in ("en", "zh"):
                        url = f"{app.url}/{spec.url_path}?lang={lang}"
                        shifts[f"{spec.name} {lang}"] = first_visit_shift(context, url)
                baseline = first_visit_shift(context, bare.url)
                worst = max(shifts, key=shifts.get)
                rows.append([size, f"{statistics.median(shifts.values()):.3f}",
                             f"{min(shifts.values()):.3f}", f"{shifts[worst]:.3f} ({worst})",
                             f"{baseline:.3f}"])  # fmt: skip
                context.close()
            browser.close()
    finally:
        app.close()
        bare.close()
    print(table(["size", "median (16 first visits)", "least", "most", "bare page"], rows))


if __name__ == "__main__":
    main()
