"""Both of Streamlit's themes in a real browser: the T = 1 outlines and attention's even-share line
(drawn in the theme's ink, core.charts.style.INK), a chart's ticks and values, the small print, the
focus rings, the generator's shaded text, the compare page's written text and its line numbers and
a primary button's label stay readable on the light and the dark background. The
visitor's system setting picks the theme; the test sets it with ``emulate_media``."""

import re

import pytest

from tests.contrast import contrast, luminance
from tests.e2e.conftest import assert_no_exception, goto

LINE_CONTRAST = 3.0  # WCAG 2.1, non-text contrast: lines and outlines
TEXT_CONTRAST = 4.5  # WCAG 2.1, normal text


def rgba(css: str) -> tuple[float, float, float, float]:
    """A computed ``rgb(...)`` or ``rgba(...)`` colour as (r, g, b, alpha)."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def over(top: str, below: str) -> tuple[float, float, float]:
    """``top`` painted over the opaque ``below``."""
    *rgb, alpha = rgba(top)
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(rgb, rgba(below)[:3], strict=True))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_lines_text_and_focus_rings_read_on_either_theme(server, page, scheme):
    page.emulate_media(color_scheme=scheme)
    goto(page, server, "playground", playground_temperature="0.5")
    outlines = page.locator(".st-key-playground_probs .shapelayer path")  # the dashed T = 1 bars
    outlines.first.wait_for()
    background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert (luminance(rgba(background)) < 0.2) == (scheme == "dark")  # the theme did follow the setting
    strokes = outlines.evaluate_all("paths => paths.map(p => getComputedStyle(p).stroke)")
    assert len(strokes) == 3  # one per option of the article's example
    assert min(contrast(rgba(s), rgba(background)) for s in strokes) >= LINE_CONTRAST
    # The small print (st.caption: the presets' notes, how to edit the table) is drawn faded, by an
    # opacity: at Streamlit's 0.6 it was 3.9:1 on the light theme
    captions = page.locator('[data-testid="stCaptionContainer"]:visible')
    assert captions.count() >= 2
    for colour, opacity in captions.evaluate_all(
        "cs => cs.map(c => [getComputedStyle(c).color, getComputedStyle(c).opacity])"
    ):
        *ink, _ = rgba(colour)
        faded = f"rgba({ink[0]}, {ink[1]}, {ink[2]}, {opacity})"
        assert contrast(over(faded, background), rgba(background)) >= TEXT_CONTRAST, (scheme, faded)
    # The chart's own text (ticks, the values over the bars), as drawn: the theme's grey was 3.7:1 on white
    fills = page.locator(".st-key-playground_probs :is(.xtick, .ytick, .textpoint) text").evaluate_all(
        "ts => ts.map(t => getComputedStyle(t).fill)"
    )
    assert len(fills) >= 6 and min(contrast(rgba(f), rgba(background)) for f in fills) >= TEXT_CONTRAST
    # The Tab key's ring on a radio choice and the slider's knob: Streamlit marks them with a 1.2:1 grey
    # and a 2.2:1 halo. Not after a click: the ring is for the keyboard.
    rings = {}
    for _ in range(30):  # the guess's radio choices, then the temperature slider, a few presses in
        page.keyboard.press("Tab")
        found = page.evaluate(
            "() => { const a = document.activeElement;"
            " const el = a.type === 'range' ? a.closest('[data-rac]')"
            " : a.type === 'radio' ? a.closest('label') : null;"
            " if (!el) return null; const s = getComputedStyle(el);"
            " return [a.type, s.outlineStyle, s.outlineWidth, s.outlineColor]; }"
        )
        if found:
            rings[found[0]] = found[1:]
        if len(rings) == 2:
            break
    assert set(rings) == {"range", "radio"}
    for style, width, colour in rings.values():
        assert style == "solid" and float(width.removesuffix("px")) >= 2
        assert contrast(rgba(colour), rgba(background)) >= LINE_CONTRAST
    knob = page.locator(".st-key-playground_temperature [data-testid='stSliderThumbValue']").bounding_box()
    page.mouse.click(knob["x"] + knob["width"] / 2, knob["y"] + knob["height"] + 14)  # the knob, by mouse
    clicked = page.evaluate("getComputedStyle(document.activeElement.closest('[data-rac]')).outlineStyle")
    assert clicked == "none"

    goto(page, server, "attention")  # 5 keys: the even share 1/5, the same dashed outlines
    even = page.locator(".st-key-attention_weights .shapelayer path")
    even.first.wait_for()
    strokes = even.evaluate_all("paths => paths.map(p => getComputedStyle(p).stroke)")
    assert len(strokes) == 5 and min(contrast(rgba(s), rgba(background)) for s in strokes) >= LINE_CONTRAST

    goto(page, server, "generator")
    shaded = page.locator(".gen-fan span[title]")  # every character the 20 draws wrote
    shaded.first.wait_for()
    spans = shaded.evaluate_all(
        "spans => spans.map(s => [s.style.getPropertyValue('--p'), getComputedStyle(s).backgroundColor,"
        " getComputedStyle(s).color])"
    )
    assert max(float(p) for p, _, _ in spans) > 0.9  # the surest characters, the strongest shade, are here
    worst = min(contrast(rgba(text), over(shade, background)) for _, shade, text in spans)
    assert worst >= TEXT_CONTRAST

    # What the model wrote on the compare page: the generator's hue (it was blue there, orange here), its
    # bold text readable on it and, on the dark theme, the tint visible on the page (blue gave 1.15:1)
    goto(page, server, "compare")
    written = page.locator(".cmp-cont").first
    written.wait_for()
    tint, ink = written.evaluate("s => [getComputedStyle(s).backgroundColor, getComputedStyle(s).color]")
    r, g, b, _ = rgba(tint)
    assert r > g > b  # amber, CHOSEN's hue, as the shaded characters above
    assert contrast(rgba(ink), over(tint, background)) >= TEXT_CONTRAST
    if scheme == "dark":
        assert contrast(over(tint, background), rgba(background)) >= 1.5
    # The lines' numbers, faded small print: at opacity 0.55 they were 3.4:1 on white
    colour, opacity = page.locator(".cmp-n").first.evaluate(
        "n => [getComputedStyle(n).color, getComputedStyle(n).opacity]"
    )
    number = over(f"rgba({', '.join(map(str, rgba(colour)[:3]))}, {opacity})", background)
    assert contrast(number, rgba(background)) >= TEXT_CONTRAST

    goto(page, server, "learn")
    start = page.locator('[data-testid="stBaseButton-primary"]:visible').first  # Start
    label, fill = start.evaluate(
        "b => [getComputedStyle(b.querySelector('p') || b).color, getComputedStyle(b).backgroundColor]"
    )
    assert contrast(rgba(label), rgba(fill)) >= TEXT_CONTRAST
    assert_no_exception(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_link_reached_with_the_tab_key_shows_a_ring_on_either_theme(server, page, scheme):
    """The sidebar's page links showed keyboard focus as a pale row, ~1.1:1 on the page."""
    page.emulate_media(color_scheme=scheme)
    goto(page, server, "")
    page.locator('[data-testid="stSidebarNavLink"]').first.wait_for()
    for _ in range(12):  # the first links of the sidebar come within a few presses
        page.keyboard.press("Tab")
        ring = page.evaluate(
            "() => { const a = document.activeElement; if (!a.closest('[data-testid=stSidebar]') ||"
            " a.tagName !== 'A') return null; const s = getComputedStyle(a);"
            " return [s.outlineStyle, s.outlineWidth, s.outlineColor,"
            " getComputedStyle(document.querySelector('[data-testid=stSidebar]')).backgroundColor]; }"
        )
        if ring:
            break
    assert ring is not None, "no sidebar link took the focus"
    style, width, colour, sidebar = ring
    assert style == "solid" and float(width.removesuffix("px")) >= 2
    assert contrast(rgba(colour), rgba(sidebar)) >= LINE_CONTRAST
