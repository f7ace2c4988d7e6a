"""The "Why probabilities?" page and the attention page in a real browser, both languages: the main
control and its result on the first screen at 1440×900 and 390×844, the leaf's score moves the
losses, learning from a wrong start, and an old /why?why_view=attention link opens the attention page."""

import pytest
from playwright.sync_api import expect

from core import attention as att
from core import losses
from core.i18n import t
from core.softmax import softmax
from tests.e2e.conftest import assert_no_exception, goto, screenshot, settled_box, wait_idle

SIZES = [(1440, 900), (390, 844)]
DEFAULT_KEYS = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.7, 0.7], [0.0, -1.0]]
DEFAULT_VALUES = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [1.0, 1.0], [0.0, -1.0]]


def open_page(page, server, path: str, lang: str, **query: str) -> None:
    """The page straight from its address (the server fixture has warmed it up)."""
    goto(page, server, path, lang=lang, **query)


def metric_value(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def assert_in_viewport(page, locator, height: int) -> None:
    """The element is drawn and lies wholly inside the first screen (no scrolling)."""
    expect(locator).to_be_visible(timeout=30_000)
    box = settled_box(locator, page)
    assert box["y"] >= 0 and box["y"] + box["height"] <= height + 1, box


def bar_texts(page, key: str) -> list[str]:
    return page.locator(f".st-key-{key} .barlayer .bartext").all_text_contents()  # SVG: no inner text


@pytest.mark.parametrize(
    ("lang", "width", "height"), [("en", *SIZES[0]), ("zh", *SIZES[1])]
)  # test_path: all four
def test_why_first_screen_holds_the_leaf_score_and_the_losses_and_the_slider_moves_them(
    server, page, lang, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    open_page(page, server, "why", lang)
    expect(page.locator("h1").first).to_have_text(t("nav.why", lang))
    slider = page.locator(".st-key-why_leaf")
    chart = page.locator(".st-key-why_errors .main-svg").first
    assert_in_viewport(page, slider, height)
    assert_in_viewport(page, chart, height)
    expect(page.locator(".st-key-why_errors .barlayer .bartext")).to_have_count(4, timeout=30_000)
    assert bar_texts(page, "why_errors") == ["17", "2", "0.018", "1.313"]
    screenshot(page, f"why-{lang}-{width}")
    for _ in range(4):  # 5 → 3 in steps of 0.5
        slider.get_by_role("slider").press("ArrowLeft")
    wait_idle(page)
    page.wait_for_url(lambda u: "why_leaf=3" in u)
    z = [3.0, 1.0]
    expected = [f"{losses.squared_error(z, 0):.3g}", "2", f"{losses.cross_entropy(z, 0):.3f}", "1.313"]
    # retried until the redrawn chart alone is on the page (the old one can linger for a moment)
    expect(page.locator(".st-key-why_errors .barlayer .bartext")).to_have_text(expected, timeout=30_000)
    assert_no_exception(page)


# zh here; both languages: tests/app/test_article_numbers_app.py and tests/app/why; en in test_pages
@pytest.mark.parametrize("lang", ["zh"])
def test_the_article_s_numbers_are_in_a_callout_on_the_first_screen_and_steps_make_the_leaf_win(
    server, page, lang
):
    page.set_viewport_size({"width": 1440, "height": 900})
    open_page(page, server, "why", lang)
    note = page.locator('[data-testid="stAlert"]').filter(has_text="0.83").first
    for number in ("0.83", "0.17", "0.982", "0.018"):
        expect(note).to_contain_text(number)
    assert_in_viewport(page, note, 900)
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0
    # Learning starts wrong: the gradient tab, from the same visit.
    page.get_by_role("tab", name=t("why.tab.gradient", lang)).click()
    wait_idle(page)
    label = t("why.m.gd_p", lang)
    start = float(metric_value(page, label))
    assert start == pytest.approx(softmax([1.0, 3.0])[0], abs=1e-3) and start < 0.5
    page.locator(".st-key-why_step5 button").click()
    wait_idle(page)
    expect(
        page.locator('[data-testid="stMetric"]').filter(has_text=t("why.m.steps", lang)).first
    ).to_contain_text("5")
    assert float(metric_value(page, label)) > 0.5
    expect(page.locator(".st-key-why_history .scatterlayer .point")).to_have_count(6)
    assert_no_exception(page)
    screenshot(page, f"why-gradient-{lang}")


@pytest.mark.parametrize(("lang", "width", "height"), [("zh", *SIZES[1])])  # the redirect; test_path: layout
def test_an_old_attention_link_opens_the_attention_page_with_the_scale_and_weights_in_view(
    server, page, lang, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    open_page(page, server, "why", lang, why_view="attention", why_scale="2")
    expect(page.locator("h1").first).to_have_text(t("nav.attention", lang))
    page.wait_for_url(lambda u: "/attention" in u and "attention_scale=2" in u)
    slider = page.locator(".st-key-attention_scale")
    expect(slider.get_by_role("slider")).to_have_value("2")
    assert_in_viewport(page, slider, height)
    assert_in_viewport(page, page.locator(".st-key-attention_weights .main-svg").first, height)
    weights = att.attention([1.0, 0.5], DEFAULT_KEYS, DEFAULT_VALUES, 2.0).weights
    expect(page.locator(".st-key-attention_weights .barlayer .bartext")).to_have_count(5, timeout=30_000)
    assert bar_texts(page, "attention_weights") == [f"{w:.3f}" for w in weights]
    screenshot(page, f"attention-{lang}-{width}")
    for _ in range(20):  # 2 → 0 in steps of 0.1: every key the same weight
        slider.get_by_role("slider").press("ArrowLeft")
    wait_idle(page)
    page.wait_for_url(lambda u: "attention_scale" not in u or "attention_scale=0" in u)
    expect(page.locator(".st-key-attention_weights .barlayer .bartext")).to_have_text(
        ["0.200"] * 5, timeout=30_000
    )
    assert_no_exception(page)
