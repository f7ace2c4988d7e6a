"""What a learner must see on the first screen of four pages, and (on three of them) that the main
control moves it.

Each check takes a page already opened at its own address, its language and the screen's height.
The path walks (``test_path_e2e.py``) run them in English at 1440×900 and in Chinese at 390×844,
before the step's own interaction, so the page is loaded once for both.
"""

from __future__ import annotations

import re
import string

from playwright.sync_api import expect

from core import losses
from core.article_example import FAN_SIZE
from core.i18n import CATALOG
from core.number_text import bar_labels
from core.softmax import softmax
from core.temperature import TEMPERATURES
from tests.e2e.conftest import settled_box, wait_idle

COMPARE_FIRST_LINES = 4  # greedy's line and 3 sampled ones
COMPARE_FAN_LINES = 16  # 8 at T = 0.5, 8 at T = 1.2


def dumpty_share(lang: str) -> re.Pattern[str]:
    """The draws' headline as the catalog words it (bold marks dropped, as on screen): the share of
    the 20 draws that wrote "Dumpty", with the temperature, seed and count left open."""
    pattern = ""
    for literal, name, _, _ in string.Formatter().parse(CATALOG["generator.fan.title"][lang]):
        pattern += re.escape(literal.replace("**", ""))
        if name:
            pattern += str(FAN_SIZE) if name == "n" else r"\d+" if name == "k" else ".+?"
    return re.compile(pattern)


def wholly_in_view(pg, locator, height: int) -> None:
    """The element is drawn and lies wholly inside the first screen (no scrolling)."""
    expect(locator).to_be_visible(timeout=30_000)
    box = settled_box(locator, pg)
    assert box["y"] >= 0 and box["y"] + box["height"] <= height + 1, box


def top_in_view(pg, locator) -> bool:
    """Whether the element's top edge is on the first screen and it has a size."""
    box = locator.bounding_box()
    return box is not None and box["height"] > 0 and 0 <= box["y"] < pg.viewport_size["height"]


def probability_labels(z: list[float], temperature: float) -> list[str]:
    """The playground's bar labels: each probability, the largest starred."""
    p = softmax(z, temperature)
    return [f"★ {w}" if v == p.max() else w for v, w in zip(p, bar_labels(p), strict=True)]


def bar_texts(pg, key: str) -> list[str]:
    return pg.locator(f".st-key-{key} .barlayer .bartext").all_text_contents()  # SVG: no inner text


def why(pg, lang: str, height: int) -> None:
    """The leaf's score slider and the losses chart (the article's 17 against 2, 0.018 against
    1.313) wholly in view; four key presses move the score to 3, the link and the losses follow."""
    slider = pg.locator(".st-key-why_leaf")
    wholly_in_view(pg, slider, height)
    wholly_in_view(pg, pg.locator(".st-key-why_errors .main-svg").first, height)
    expect(pg.locator(".st-key-why_errors .barlayer .bartext")).to_have_count(4, timeout=30_000)
    assert bar_texts(pg, "why_errors") == ["17", "2", "0.018", "1.313"]
    for _ in range(4):  # 5 → 3 in steps of 0.5
        slider.get_by_role("slider").press("ArrowLeft")
    wait_idle(pg)
    pg.wait_for_url(lambda u: "why_leaf=3" in u)
    z = [3.0, 1.0]
    expected = [f"{losses.squared_error(z, 0):.3g}", "2", f"{losses.cross_entropy(z, 0):.3f}", "1.313"]
    # retried until the redrawn chart alone is on the page (the old one can linger for a moment)
    expect(pg.locator(".st-key-why_errors .barlayer .bartext")).to_have_text(expected, timeout=30_000)


def playground(pg, lang: str, height: int) -> None:
    """The temperature slider with the bars right under it, wholly in view, at the article's
    65.9 %; six key presses down the log scale (T 1 → 0.5) redraw the bars and the link."""
    charts = pg.locator('[data-testid="stPlotlyChart"]')
    expect(charts.first.locator(".main-svg").first).to_be_visible(timeout=60_000)
    expect(charts).to_have_count(1)  # "go deeper" is closed, so its charts are not drawn
    labels = charts.first.locator(".textpoint text")
    expect(labels).to_have_text(["★ 65.9%", "24.2%", "9.9%"], timeout=30_000)
    slider = pg.locator(".st-key-playground_temperature").get_by_role("slider")
    slider_box, chart_box = settled_box(slider, pg), settled_box(charts.first, pg)
    assert slider_box["y"] >= 0 and chart_box["y"] > slider_box["y"]  # the bars right under the slider
    assert chart_box["y"] + chart_box["height"] <= height, chart_box  # no scrolling needed
    slider.focus()
    for _ in range(6):
        slider.press("ArrowLeft")
    wait_idle(pg)
    t_now = TEMPERATURES[TEMPERATURES.index(1.0) - 6]
    assert probability_labels([2, 1, 0.1], t_now)[0] != "★ 65.9%"
    expect(labels).to_have_text(probability_labels([2, 1, 0.1], t_now), timeout=30_000)
    pg.wait_for_url(lambda u: f"playground_temperature={t_now:g}" in u)


def generator(pg, lang: str, height: int) -> None:
    """The article's experiment on the first screen: the prompt, the temperature, greedy's line
    ("Humpty Duu…"), the share of 20 draws that wrote "Dumpty" and the first draw."""
    share = pg.get_by_text(dumpty_share(lang)).first
    for locator in (pg.locator('[data-name="fan"]'), share, pg.locator('[data-name="greedy"]')):
        expect(locator).to_be_visible(timeout=60_000)  # drawn (a loaded machine can be slow)
    shown = {
        "prompt": pg.locator(".st-key-model_prompt input"),
        "temperature": pg.locator(".st-key-generator_temperature"),
        "greedy": pg.locator('[data-name="greedy"]'),
        "share": share,
        "draws": pg.locator('[data-name="fan"] .gen-text').first,
    }
    off_screen = [name for name, loc in shown.items() if not top_in_view(pg, loc)]
    assert not off_screen, off_screen
    expect(pg.locator('[data-name="fan"] .gen-text')).to_have_count(20)
    expect(pg.locator('[data-name="greedy"]')).to_contain_text("Humpty Duu")
    # At least half the draws whole on the first screen (a Chinese phone showed 6: the columns,
    # stacked, stood 64 px apart between the slider and the text it drives)
    draws = pg.locator('[data-name="fan"] .gen-text')
    settled_box(draws.last, pg)  # the page has stopped moving
    bottoms = [box["y"] + box["height"] for box in (d.bounding_box() for d in draws.all())]
    assert sum(b <= height for b in bottoms) >= 10, bottoms


def compare(pg, lang: str, height: int) -> None:
    """The temperature and the first four lines (greedy's and three draws), each whole on the
    first screen and starting with its prompt; one key press changes the sampled lines."""
    lines = pg.locator(".cmp-line")
    expect(lines).to_have_count(COMPARE_FIRST_LINES + COMPARE_FAN_LINES, timeout=30_000)
    control = pg.locator(".st-key-compare_temperature")
    expect(control).to_be_in_viewport(ratio=1)
    # 15 px where there is room (read from the back of a classroom), 13 px on a phone (four lines fit)
    size = float(lines.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    assert size >= 15 if pg.viewport_size["width"] > 640 else size <= 13.5, size
    for i in range(COMPARE_FIRST_LINES):
        expect(lines.nth(i)).to_be_in_viewport(ratio=1)
        expect(lines.nth(i).locator(".cmp-prompt")).to_have_text("Humpty Du")
    before = lines.nth(1).inner_text()
    control.get_by_role("slider").press("ArrowRight")
    wait_idle(pg)
    expect(lines.nth(1)).not_to_have_text(before, timeout=30_000)
    expect(lines.nth(1).locator(".cmp-prompt")).to_have_text("Humpty Du")
