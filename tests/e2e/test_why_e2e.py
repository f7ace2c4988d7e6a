"""The "Why probabilities?" page and the attention page in a real browser: the article's numbers in a
callout on the first screen, learning from a wrong start (in Chinese; in English, every chart of both
tabs drawn and one step lowering the loss), and an old /why?why_view=attention link
opens the attention page. The leaf's score slider and the losses on the first screen are checked by
the path walks (tests/e2e/first_screens.py)."""

import pytest
from playwright.sync_api import expect

from core import attention as att
from core.i18n import t
from core.softmax import softmax
from tests.e2e.conftest import (
    POINT_LABEL_PROBLEMS,
    assert_no_exception,
    goto,
    screenshot,
    settled_box,
    wait_idle,
)
from tests.e2e.first_screens import wholly_in_view

PHONE = (390, 844)
DEFAULT_KEYS = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.7, 0.7], [0.0, -1.0]]
DEFAULT_VALUES = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [1.0, 1.0], [0.0, -1.0]]


def open_page(page, server, path: str, lang: str, **query: str) -> None:
    """The page straight from its address (the server fixture has warmed it up)."""
    goto(page, server, path, lang=lang, **query)


def metric(page, label: str):
    """The value of the metric with this label (a locator, so ``expect`` can wait on it)."""
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]')


# zh here; both languages: tests/app/test_article_numbers_app.py and tests/app/why; en below
@pytest.mark.parametrize("lang", ["zh"])
def test_the_article_s_numbers_are_in_a_callout_on_the_first_screen_and_steps_make_the_leaf_win(
    server, page, lang
):
    page.set_viewport_size({"width": 1440, "height": 900})
    open_page(page, server, "why", lang)
    note = page.locator('[data-testid="stAlert"]').filter(has_text="0.83").first
    for number in ("0.83", "0.17", "0.982", "0.018"):
        expect(note).to_contain_text(number)
    wholly_in_view(page, note, 900)
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0
    # Learning starts wrong: the gradient tab, from the same visit.
    page.get_by_role("tab", name=t("why.tab.gradient", lang)).click()
    wait_idle(page)
    label = t("why.m.gd_p", lang)
    # the learning rate sits beside the buttons: after a new η, Step is one move away, not 800 px
    # read once drawn and still: right after the tab's click the button can be 16 px wide, label-less
    expect(page.locator(".st-key-why_step button")).to_have_text(t("why.s2.step", lang))
    step, rate = (settled_box(page.locator(f".st-key-{key}"), page) for key in ("why_step", "why_lr"))
    assert (
        rate["x"] > step["x"] + step["width"]
        and abs((rate["y"] + rate["height"]) - (step["y"] + step["height"])) < 0.5 * rate["height"]
    )
    start = float(metric(page, label).inner_text())
    assert start == pytest.approx(softmax([1.0, 3.0])[0], abs=1e-3) and start < 0.5
    page.locator(".st-key-why_step5 button").click()
    wait_idle(page)
    expect(
        page.locator('[data-testid="stMetric"]').filter(has_text=t("why.m.steps", lang)).first
    ).to_contain_text("5")
    assert float(metric(page, label).inner_text()) > 0.5
    expect(page.locator(".st-key-why_history .scatterlayer .point")).to_have_count(6)
    assert_no_exception(page)
    screenshot(page, f"why-gradient-{lang}")


@pytest.mark.parametrize(("lang", "width", "height"), [("zh", *PHONE)])  # the redirect; test_path: layout
def test_an_old_attention_link_opens_the_attention_page_with_the_scale_and_weights_in_view(
    server, page, lang, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    open_page(page, server, "why", lang, why_view="attention", why_scale="2")
    expect(page.locator("h1").first).to_have_text(t("nav.attention", lang))
    page.wait_for_url(lambda u: "/attention" in u and "attention_scale=2" in u)
    slider = page.locator(".st-key-attention_scale")
    expect(slider.get_by_role("slider")).to_have_value("2")
    wholly_in_view(page, slider, height)
    wholly_in_view(page, page.locator(".st-key-attention_weights .main-svg").first, height)
    weights = att.attention([1.0, 0.5], DEFAULT_KEYS, DEFAULT_VALUES, 2.0).weights
    labels = page.locator(".st-key-attention_weights .textpoint text")  # each weight, over its bar
    expect(labels).to_have_count(5, timeout=30_000)
    top = int(weights.argmax())  # the most attended key's weight starred, as the most likely option's p
    shown = [("★ " if i == top else "") + f"{w:.3f}" for i, w in enumerate(weights)]
    assert labels.all_text_contents() == shown
    screenshot(page, f"attention-{lang}-{width}")
    expect(page.locator(".st-key-attention_vectors .textpoint text")).to_have_count(6, timeout=30_000)
    assert page.evaluate(POINT_LABEL_PROBLEMS, "attention_vectors") == []  # each label by its own point
    for _ in range(20):  # 2 → 0 in steps of 0.1: every key the same weight
        slider.get_by_role("slider").press("ArrowLeft")
    wait_idle(page)
    page.wait_for_url(lambda u: "attention_scale" not in u or "attention_scale=0" in u)
    expect(labels).to_have_text(["0.200"] * 5, timeout=30_000)
    assert_no_exception(page)


def assert_charts_drawn(page, at_least: int) -> int:
    """Every ``st.plotly_chart`` on the page has an SVG with at least one drawn trace."""
    charts = page.locator('[data-testid="stPlotlyChart"]')
    expect(charts.nth(at_least - 1)).to_be_attached(timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(500)  # let elements left over from the previous run leave
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        expect(chart.locator(".main-svg").first).to_be_attached(timeout=30_000)
        expect(chart.locator("g.trace").first).to_be_attached(timeout=30_000)
    return charts.count()


def test_on_a_phone_the_numbers_of_a_step_are_in_view_with_the_step_button_at_a_large_learning_rate(
    server, page
):
    """The numbers stand above the buttons: under them, the slider and the large-η note had pushed
    p(leaf) and the loss below a 390 × 844 screen once Step was pressed."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, server, "why", "en")
    page.get_by_role("tab", name=t("why.tab.gradient", "en")).click()
    wait_idle(page)
    page.locator(".st-key-why_lr").get_by_role("slider").press("End")  # η = 10: its note appears
    wait_idle(page)
    expect(
        page.locator('[data-testid="stAlert"]').filter(has_text=t("why.s2.lr_big", "en")[:30])
    ).to_be_visible()
    steps = metric(page, t("why.m.steps", "en"))
    before = int(steps.inner_text())
    # scrolled just far enough to see Step at the screen's foot, as a thumb would
    page.locator(".st-key-why_step").evaluate("e => e.scrollIntoView({block: 'end'})")
    page.locator(".st-key-why_step button").click()
    wait_idle(page)
    expect(steps).to_have_text(str(before + 1))
    for label in ("why.m.gd_p", "why.m.gd_loss"):  # the press's result, on the same screen
        wholly_in_view(
            page, page.locator('[data-testid="stMetric"]').filter(has_text=t(label, "en")).first, 844
        )


@pytest.mark.parametrize("lang", ["en"])  # zh: the callout test above
def test_why_gradient_step_lowers_the_loss(server, page, lang):
    goto(page, server, "why", lang=lang)
    expect(page.locator("h1").first).to_have_text(t("nav.why", lang))
    # The first tab's two charts: not the second tab's, nor the closed loss-curves section's.
    assert assert_charts_drawn(page, 2) == 2
    page.get_by_role("tab", name=t("why.tab.gradient", lang)).click()  # the gradient is the 2nd tab
    wait_idle(page)
    drawn = assert_charts_drawn(page, 2)
    steps = metric(page, t("why.m.steps", lang))
    loss = metric(page, t("why.m.gd_loss", lang))
    expect(steps).to_have_text("0")
    before = loss.inner_text()
    page.locator(".st-key-why_step button").click()
    wait_idle(page)
    expect(steps).to_have_text("1")
    expect(loss).not_to_have_text(before)  # the metrics arrive one after the other: wait for this one too
    assert float(loss.inner_text()) < float(before)
    assert assert_charts_drawn(page, 2) == drawn == 2
    assert_no_exception(page)
    assert page.real_console_errors == [], page.real_console_errors
    screenshot(page, f"why-gradient-{lang}")
