"""The "Why softmax?" page in a real browser: its three tabs draw their charts when clicked, a gradient
step is taken, what is typed on one tab is there on the others and in the link, both languages."""

import numpy as np
import pytest
from playwright.sync_api import expect

from core import attention as att
from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle, why_custom_scores
from tests.e2e.test_pages_e2e import edit_cell

CHARTS = {
    "scores": ("why_losses", "why_normalise"),
    "gradient": ("why_gradient", "why_history"),
    "attention": ("why_vectors", "why_weights", "why_values", "why_sweep"),
}


PROBE_404 = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def open_why(page, server, lang: str) -> list[str]:
    """Open home first, then the page: a fresh server answers a first deep link with the bare page
    (no frame, no language) until app.py has run once (see warm_up in conftest).

    Returns the list (filled as the test goes on) of URLs that answered with an error status.
    """
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
    goto(page, server, "", lang=lang)
    goto(page, server, "why", lang=lang)
    return failed


def assert_only_base_path_probes_failed(page, failed: list[str]) -> None:
    """On a deep link (/why) Streamlit's frontend first probes /why/_stcore/health and host-config,
    gets 404 and falls back to /; those two console errors are expected, nothing else is."""
    assert all("/why/_stcore/" in url for url in failed), failed
    assert [e for e in page.console_errors if e != PROBE_404] == []


def metric_value(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def open_tab(page, view: str, lang: str) -> None:
    """Click the tab of section ``view`` ("scores", "gradient", "attention") and wait for its run."""
    page.get_by_role("tab", name=t(f"why.tab.{view}", lang)).click()
    wait_idle(page)


def assert_charts_of(page, view: str) -> None:
    """The open tab's charts are drawn (traces in the DOM), the closed tabs' are not on the page."""
    for key in CHARTS[view]:
        expect(page.locator(f".st-key-{key} .main-svg").first).to_be_visible(timeout=20_000)
    charts = page.locator('[data-testid="stPlotlyChart"]')
    expect(charts).to_have_count(len(CHARTS[view]), timeout=20_000)
    for other in CHARTS:
        if other != view:
            for key in CHARTS[other]:
                expect(page.locator(f".st-key-{key}")).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_why_page_draws_its_charts_and_a_gradient_step_lowers_the_loss(server, page, lang):
    page.set_viewport_size({"width": 1400, "height": 2400})  # Streamlit scrolls inside: show it all
    failed = open_why(page, server, lang)
    expect(page.locator("h1").first).to_have_text(t("nav.why", lang))
    expect(page.get_by_role("tab", name=t("why.tab.scores", lang))).to_have_attribute("aria-selected", "true")
    assert_charts_of(page, "scores")
    # a drawn Plotly chart has its traces in the DOM
    assert page.locator(".st-key-why_losses .scatterlayer .trace").count() >= 2
    screenshot(page, f"why-{lang}")
    open_tab(page, "attention", lang)
    assert_charts_of(page, "attention")
    expect(page.locator(".st-key-why_weights .barlayer .point")).to_have_count(5)
    assert "why_view=attention" in page.url
    screenshot(page, f"why-attention-{lang}")

    open_tab(page, "gradient", lang)
    assert_charts_of(page, "gradient")
    assert "why_view=gradient" in page.url
    page.locator(".st-key-why_preset").get_by_text("(0, 1)").click()
    wait_idle(page)
    loss_label = t("why.m.gd_loss", lang)
    before = float(metric_value(page, loss_label))
    page.locator(".st-key-why_step button").click()
    wait_idle(page)
    expect(
        page.locator('[data-testid="stMetric"]').filter(has_text=t("why.m.steps", lang)).first
    ).to_contain_text("1")
    after = float(metric_value(page, loss_label))
    assert after < before
    assert "why_preset=" in page.url
    assert_no_exception(page)
    assert_only_base_path_probes_failed(page, failed)
    screenshot(page, f"why-{lang}-after-step")


def test_bad_query_shows_a_message_and_keeps_the_text(server, page):
    open_why(page, server, "en")
    open_tab(page, "attention", "en")
    box = page.locator(".st-key-why_query input")
    box.fill("1, <b>x</b>")
    box.press("Enter")
    wait_idle(page)
    alert = page.locator('[data-testid="stAlert"]').filter(has_text=t("why.s3.query", "en"))
    expect(alert.first).to_be_visible()
    expect(box).to_have_value("1, <b>x</b>")
    assert page.locator("b", has_text="x").count() == 0  # the typed HTML was never rendered
    assert_no_exception(page)


def test_settings_carry_over_between_tabs_and_stay_in_the_link_when_their_tab_is_closed(server, page):
    page.set_viewport_size({"width": 1400, "height": 2400})
    open_why(page, server, "en")
    why_custom_scores(page, "2.5")
    squared = metric_value(page, t("why.m.squared", "en"))
    assert float(squared) == 3.25  # (2.5 − 1)² + (1 − 0)²

    open_tab(page, "gradient", "en")  # the score typed on tab 1 is where the descent starts
    expect(page.locator(".st-key-why_leaf input")).to_have_value("2.5")
    expect(
        page.locator('[data-testid="stMetric"]').filter(has_text=t("why.m.scores", "en")).first
    ).to_contain_text("(2.500, 1.000)")
    for _ in range(3):
        page.locator(".st-key-why_lr").get_by_role("slider").press("ArrowRight")
    wait_idle(page)
    page.wait_for_url(lambda u: "why_lr=1.15" in u)

    open_tab(page, "attention", "en")
    for _ in range(3):
        page.locator(".st-key-why_scale").get_by_role("slider").press("ArrowRight")
    wait_idle(page)
    page.wait_for_url(lambda u: "why_scale=1.3" in u)
    # tabs 1 and 2 are closed: their settings are still in the address bar
    assert "why_leaf=2.5" in page.url and "why_lr=1.15" in page.url and "why_view=attention" in page.url, (
        page.url
    )
    weights = page.locator(".st-key-why_weights .barlayer .point")
    expect(weights).to_have_count(5)
    top_label = t("why.m.top", "en")
    before = metric_value(page, top_label)
    # key x of k1: columns are the row marker, the key's name, key x, key y, value 1, value 2
    edit_cell(page, "why_keys", row=0, col=1, ncols=6, text="-3")
    top_box = page.locator('[data-testid="stMetric"]').filter(has_text=top_label).first
    expect(top_box).not_to_contain_text(before)  # k1 turned away: k4 takes more of the attention
    top = metric_value(page, top_label)
    keys = np.array([[-3.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.7, 0.7], [0.0, -1.0]])  # k1 edited
    values = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [1.0, 1.0], [0.0, -1.0]])
    expected = att.attention([1.0, 0.5], keys, values, 1.3).weights
    assert top == f"k4: {expected[3]:.3f}"  # k4 = (0.7, 0.7) now takes the most

    open_tab(page, "scores", "en")
    assert "why_scale=1.3" in page.url and "why_lr=1.15" in page.url and "why_leaf=2.5" in page.url, page.url
    assert "why_view" not in page.url
    expect(page.locator(".st-key-why_leaf input")).to_have_value("2.5")
    assert metric_value(page, t("why.m.squared", "en")) == squared

    open_tab(page, "attention", "en")  # the edited table is back, edited once
    expect(page.locator(".st-key-why_scale").get_by_role("slider")).to_have_value("1.3")
    expect(weights).to_have_count(5)
    assert metric_value(page, t("why.m.top", "en")) == top
    assert_no_exception(page)
    screenshot(page, "why-tabs-carry-over")
