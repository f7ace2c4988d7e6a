"""The learner's path (issue 15), walked in a real browser in English at a desktop and a phone size
and in Chinese on a phone (``WALKS``): on every page, after its main interaction, the key result
is inside the viewport without scrolling, no two elements overlap, no text is cut off, the page
title and subheadings wrap only between words or phrases, and the browser reports no error. In
English at 1440×900 and in Chinese at 390×844, the why, temperature, generator and compare pages
also run their first-screen checks (``first_screens.py``).

Each step of the path names the page, the widget a learner touches first and the element that shows
its result (both by their Streamlit keys, found as ``.st-key-<key>``). Screenshots of every step go
to ``test-artifacts/``; with ``UPDATE_SCREENSHOTS=1`` they are also written to ``docs/screenshots/``,
where the README shows them.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.i18n import LANGUAGE_TAGS, t
from core.pages import PAGES
from tests.e2e import first_screens
from tests.e2e.conftest import (
    ARTIFACTS,
    POINT_LABEL_PROBLEMS,
    assert_no_exception,
    goto,
    heading_key,
    wait_idle,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
# English on both sizes (its longer words wrap first on a phone, and no other e2e test walks English
# at 390 px), Chinese on the phone; Chinese at the desktop size is the roomiest of the four and is
# walked by the other e2e modules' zh tests.
WALKS = [("en", "desktop"), ("en", "phone"), ("zh", "phone")]
# In these two walks, four pages run their first-screen checks (tests/e2e/first_screens.py) before the
# step's own interaction: one page load for both.
FIRST_SCREEN_WALKS = {("en", "desktop"), ("zh", "phone")}


def press_slider(key: str, presses: int = 2) -> Callable:
    """Move the slider with this key by the keyboard, as a learner would."""

    def act(pg) -> None:
        slider = pg.locator(f".st-key-{key}").get_by_role("slider")
        slider.focus()
        for _ in range(presses):
            slider.press("ArrowRight")
        wait_idle(pg)

    return act


def click_button(key: str) -> Callable:
    def act(pg) -> None:
        pg.locator(f".st-key-{key} button").first.click()
        wait_idle(pg)

    return act


# The first result a page shows (a chart, a table or written text), in the main area.
FIRST_RESULT = ", ".join(
    f'[data-testid="stMain"] [data-testid="{kind}"]'
    for kind in ("stPlotlyChart", "stTable", "stDataFrame", "stHtml")
)


@dataclass(frozen=True)
class Step:
    page: str  # a name from core.pages
    act: Callable | None = None  # the main interaction, or None when opening the page is the point
    result: str = FIRST_RESULT  # where the main control's result shows
    first_screen: Callable | None = None  # (page, lang, height): first_screens.py, in FIRST_SCREEN_WALKS


PATH: tuple[Step, ...] = (
    Step("home", press_slider("home_temperature"), ".st-key-home_bars"),
    Step("why", press_slider("why_leaf"), first_screen=first_screens.why),
    Step("formula", None, '[data-testid="stMain"] table'),
    Step("playground", press_slider("playground_temperature"), first_screen=first_screens.playground),
    Step("generator", press_slider("generator_temperature"), first_screen=first_screens.generator),
    Step("compare", press_slider("compare_temperature"), first_screen=first_screens.compare),
    Step("attention", press_slider("attention_scale")),
    Step("learn", None, ".st-key-learn_loss"),
)

# True once the first element matching the selector is drawn: found, no skeleton left in it, and
# Plotly's SVG if it holds a chart. Looked up on every check, as a rerun may replace the element.
CHART_DRAWN = """selector => { const e = document.querySelector(selector);
    return !!e && !e.querySelector('[data-testid="stSkeleton"]') &&
        (!e.matches('.stPlotlyChart, :has(.stPlotlyChart)') || !!e.querySelector('.main-svg')); }"""

# Boxes of Streamlit's element containers in the main area, their keys (if any), and the text
# elements whose content is wider than their box while clipped, or runs past its chart's edge: what
# a learner cannot read (a screen reader's line, ui.live_region, is clipped to 1 px on purpose).
LAYOUT_JS = """
() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = [];
  for (const el of main.querySelectorAll('[data-testid="stElementContainer"]')) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || el.offsetParent === null) continue;
    // Content of a closed expander keeps its boxes while clipped to nothing: not on screen.
    if (el.closest('details:not([open])')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const key = el.className.match(/st-key-[\\w-]+/);
    const inner = el.querySelector('[data-testid]');
    const name = key ? key[0] : (inner ? inner.dataset.testid : '?');
    boxes.push({x: r.left, y: r.top + window.scrollY, w: r.width, h: r.height, name});
  }
  const cut = [];
  for (const el of main.querySelectorAll('p, h1, h2, h3, label, li, td, th, span')) {
    if (!el.textContent.trim() || el.children.length) continue;
    if (el.closest('.sr-only')) continue;  // a screen reader's line: out of sight on purpose
    const style = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1) cut.push(el.textContent.trim().slice(0, 60));
  }
  // A box that ends its one line with "…" around a child that holds the text (a metric's label:
  // Streamlit's .stMarkdownEllipsis around a <p>): the leaves above do not see that cut.
  for (const el of main.querySelectorAll('div')) {
    if (!el.children.length || el.closest('.sr-only, details:not([open])')) continue;
    const style = getComputedStyle(el);
    if (style.textOverflow !== 'ellipsis' || !['hidden', 'clip'].includes(style.overflowX)) continue;
    if (el.scrollWidth > el.clientWidth + 1) cut.push(el.textContent.trim().slice(0, 60));
  }
  // Plotly never wraps a chart's title, axis title or note: one too long is cut at the chart's edge
  for (const chart of main.querySelectorAll('.js-plotly-plot')) {
    if (chart.closest('details:not([open])')) continue;
    const edge = chart.getBoundingClientRect();
    for (const t of chart.querySelectorAll('.gtitle, .xtitle, .annotation-text, .legendtext')) {
      const r = t.getBoundingClientRect();
      const out = r.left < edge.left - 1 || r.right > edge.right + 1;
      if (r.width > 0 && out) cut.push(t.textContent.slice(0, 60));
    }
  }
  return {boxes, cut, width: window.innerWidth};
}
"""


# Each heading's lines as drawn (page title and subheadings, where shown): the text of each line box.
HEADING_LINES_JS = """
() => Array.from(document.querySelectorAll('[data-testid="stMain"] :is(h1, h2, h3)')).map(h => {
  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT), range = document.createRange();
  const lines = [];
  let line = '', top = null, node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;  // not drawn (a closed section, another tab)
      if (top !== null && Math.abs(rect.top - top) > 5) { lines.push(line); line = ''; }
      top = rect.top; line += node.data[i];
    }
  }
  lines.push(line);
  return lines;
}).filter(lines => lines.join(''))
"""
# The page's heading levels in order, and how many headings carry Streamlit's "link to heading" anchor
# (an extra, English-only stop for the Tab key): what a screen reader's list of headings is built from.
HEADING_OUTLINE_JS = """
() => {
  const headings = document.querySelectorAll('[data-testid="stMain"] :is(h1, h2, h3, h4, h5, h6)');
  return {levels: Array.from(headings, h => Number(h.tagName[1])),
          anchors: Array.from(headings).filter(h => h.querySelector('a[href^="#"]')).length};
}
"""


def outline_problems(levels: list[int]) -> list[str]:
    """What is wrong with a page's heading levels: not one h1 first, or a level skipped going down."""
    problems = [] if levels[:1] == [1] and levels.count(1) == 1 else [f"not one h1 first: {levels}"]
    problems += [f"h{a} then h{b}" for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    return problems


# A heading may wrap after a space, a closing punctuation mark or a dash, or before an opening
# bracket or quote; never inside a word ("概 / 率").
BREAKS_AFTER = " ：，。？！、）”:,?!)-–—/…"
BREAKS_BEFORE = "（“(「"


def broken_words(lines: list[str]) -> list[str]:
    """The line ends of a wrapped heading that fall inside a word."""
    return [
        f"{a!r} / {b!r}"
        for a, b in zip(lines, lines[1:], strict=False)
        if a[-1:] not in BREAKS_AFTER and b[:1] not in BREAKS_BEFORE
    ]


SLIVER = 6  # px: tightly stacked elements (a link and its caption) may touch by a few pixels


def _inside(p: dict, q: dict) -> bool:
    """Whether box p lies within box q (1 px of slack for rounding)."""
    return (
        p["x"] >= q["x"] - 1
        and p["y"] >= q["y"] - 1
        and p["x"] + p["w"] <= q["x"] + q["w"] + 1
        and p["y"] + p["h"] <= q["y"] + q["h"] + 1
    )


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of element boxes that share more than a sliver of area (a nested box is not an overlap)."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            dx = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
            dy = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
            if dx > SLIVER and dy > SLIVER and not (_inside(a, b) or _inside(b, a)):
                found.append((a["name"], b["name"]))
    return found


# Each drawn chart's role and name: a figure named in the page's language (ui.charts.show_chart).
CHART_NAMES_JS = """
() => Array.from(document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]'))
  .filter(c => c.closest('details:not([open])') === null)
  .map(c => [c.getAttribute('role'), c.getAttribute('aria-label') || ''])
"""


def named(name: list[str], lang: str) -> bool:
    """Whether a chart is a figure with a name, in Chinese on a Chinese page."""
    role, label = name
    return (
        role == "figure"
        and bool(label.strip())
        and (lang != "zh" or bool(re.search(r"[\u4e00-\u9fff]", label)))
    )


def closed_sidebar_tab_stops(pg) -> list[str]:
    """The first Tab presses on a phone, whose sidebar is closed: they must reach the page, not the
    sidebar's ten links and buttons, off screen, with the focus out of sight."""
    if pg.locator('[data-testid="stSidebar"]').get_attribute("data-collapsed") != "true":
        return ["the phone's sidebar is open on arrival"]
    hidden = 0
    for _ in range(4):  # the skip link, then the page
        pg.keyboard.press("Tab")
        hidden += pg.evaluate("!!document.activeElement.closest('[data-testid=stSidebar]')")
    pg.evaluate("document.activeElement.blur()")
    problems = [f"{hidden} of the first 4 Tab stops are in the closed sidebar"] if hidden else []
    pg.locator('[data-testid="stExpandSidebarButton"]').click()  # opened, its links are there again
    link = pg.locator('[data-testid="stSidebarNavLink"]').first
    expect(link).to_be_visible()
    link.focus()
    if not pg.evaluate("document.activeElement.dataset.testid === 'stSidebarNavLink'"):
        problems.append("the opened sidebar's links take no focus")
    pg.locator('[data-testid="stSidebarCollapseButton"] button').click()
    expect(pg.locator('[data-testid="stSidebar"]')).to_have_attribute("data-collapsed", "true")
    return problems


def test_every_page_of_core_pages_is_on_the_path():
    assert [s.page for s in PATH] == [p.name for p in PAGES]


def test_broken_words_finds_a_heading_wrapped_inside_a_word_but_not_between_phrases():
    assert broken_words(["为什么要变成概", "率？"]) == ["'为什么要变成概' / '率？'"]
    assert broken_words(["直接选最高 vs ", "根据概率探索"]) == []
    assert broken_words(["Softmax 的另一份工作：", "注意力"]) == []
    assert broken_words(["每种方法各跑上千次", "（蒙特卡洛方法）"]) == []  # before an opening bracket
    assert broken_words(["Top choice vs ", "sampling"]) == []
    assert broken_words(["well-", "known—", "and/", "or…", "so"]) == []  # after a dash, slash or ellipsis
    assert broken_words(["One line"]) == []


def test_outline_problems_finds_a_skipped_level_and_a_second_title():
    assert outline_problems([1, 2, 2, 3, 2]) == []
    assert outline_problems([1, 3]) == ["h1 then h3"]
    assert outline_problems([1, 2, 1]) == ["not one h1 first: [1, 2, 1]"]
    assert outline_problems([2]) == ["not one h1 first: [2]"]


def test_overlaps_finds_side_by_side_overlap_but_not_nesting():
    a = {"x": 0, "y": 0, "w": 100, "h": 100, "name": "a"}
    assert overlaps([a, {"x": 50, "y": 50, "w": 100, "h": 100, "name": "b"}]) == [("a", "b")]
    assert overlaps([a, {"x": 10, "y": 10, "w": 20, "h": 20, "name": "c"}]) == []
    assert overlaps([a, {"x": 100, "y": 0, "w": 50, "h": 50, "name": "d"}]) == []


@pytest.mark.parametrize(("lang", "size"), WALKS)
def test_the_path_keeps_each_result_in_view_with_nothing_overlapping_or_cut(page, server, lang, size):
    width, height = SIZES[size]
    pg = page
    pg.set_viewport_size({"width": width, "height": height})
    problems: list[str] = []
    for number, step in enumerate(PATH):
        goto(pg, server, "" if step.page == "home" else step.page, lang=lang)
        # The address opens its own page, in the reader's language (test_share_links: /home).
        expect(pg.locator("h1").first).to_have_text(t(heading_key(step.page), lang))
        expect(pg.get_by_text("Page not found")).to_have_count(0)
        # <html lang> says the page's language, for a screen reader's voice (Streamlit's says "en")
        pg.wait_for_function(f"document.documentElement.lang === '{LANGUAGE_TAGS[lang]}'")
        if size == "phone" and number == 0:
            problems += closed_sidebar_tab_stops(pg)
        if step.first_screen is not None and (lang, size) in FIRST_SCREEN_WALKS:
            step.first_screen(pg, lang, height)
        if step.act is not None:
            step.act(pg)
        assert_no_exception(pg)
        pg.evaluate("window.scrollTo(0, 0)")
        result = pg.locator(step.result).first
        result.wait_for(state="visible", timeout=30_000)  # a chart is hidden while it redraws
        # A chart's box shows a grey placeholder (a skeleton) while its JavaScript loads: the
        # layout checks and the screenshot wait until the drawing is what shows.
        pg.wait_for_function(CHART_DRAWN, arg=step.result, timeout=30_000)
        names = pg.evaluate(CHART_NAMES_JS)
        problems += [f"{step.page}: a chart has no name in {lang}: {n}" for n in names if not named(n, lang)]
        box = result.bounding_box()
        seen = min(box["height"], 200) if box else 0
        if box is None or box["y"] < 0 or box["y"] + seen > height:
            problems.append(f"{step.page}: its first result is not in view at {width}x{height}: {box}")
        for lines in pg.evaluate(HEADING_LINES_JS):
            problems += [f"{step.page}: a heading wraps inside a word: {b}" for b in broken_words(lines)]
        outline = pg.evaluate(HEADING_OUTLINE_JS)
        problems += [f"{step.page}: headings: {p}" for p in outline_problems(outline["levels"])]
        if outline["anchors"]:
            problems.append(f"{step.page}: {outline['anchors']} headings with a link anchor")
        layout = pg.evaluate(LAYOUT_JS)
        problems += [f"{step.page}: {a} overlaps {b}" for a, b in overlaps(layout["boxes"])]
        problems += [f"{step.page}: text cut off: {text!r}" for text in layout["cut"]]
        if layout["width"] > width:
            problems.append(f"{step.page}: the page is wider than the screen ({layout['width']} px)")
        name = f"path-{number}-{step.page}-{lang}-{size}.png"
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / name))
        if os.environ.get("UPDATE_SCREENSHOTS") == "1":
            DOCS.mkdir(parents=True, exist_ok=True)
            shutil.copy(ARTIFACTS / name, DOCS / name)
    assert not problems, "\n".join(problems)
    assert not pg.real_console_errors, pg.real_console_errors[:5]  # on any page of the walk


def test_three_charts_side_by_side_on_a_tablet_keep_their_titles_and_labels_apart(page, server):
    """At 768 px attention draws its three lower charts a third of the width each: the values chart's
    title was cut ("Values and their weighted averag"), and the smallest chart is where the point
    labels have least room."""
    page.set_viewport_size({"width": 768, "height": 1024})
    goto(page, server, "attention", lang="en")
    for key in ("attention_vectors", "attention_values", "attention_sweep"):
        page.wait_for_function(CHART_DRAWN, arg=f".st-key-{key}", timeout=30_000)
    assert page.evaluate(LAYOUT_JS)["cut"] == []
    # The query and keys, each label beside its own point (k4's sat over the query's "q")
    assert page.evaluate(POINT_LABEL_PROBLEMS, "attention_vectors") == []
