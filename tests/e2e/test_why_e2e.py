"""The "Why softmax?" page in a real browser: charts drawn, a gradient step taken, both languages."""

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, screenshot, wait_idle

CHARTS = ("why_losses", "why_normalise", "why_gradient", "why_history", "why_vectors", "why_weights",
          "why_values", "why_sweep")  # fmt: skip


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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_why_page_draws_its_charts_and_a_gradient_step_lowers_the_loss(server, page, lang):
    page.set_viewport_size({"width": 1400, "height": 4200})  # Streamlit scrolls inside: show it all
    failed = open_why(page, server, lang)
    expect(page.locator("h1").first).to_have_text(t("nav.why", lang))
    for key in CHARTS:
        expect(page.locator(f".st-key-{key} .main-svg").first).to_be_visible(timeout=20_000)
    # a drawn Plotly chart has its traces in the DOM
    assert page.locator(".st-key-why_losses .scatterlayer .trace").count() >= 2
    assert page.locator(".st-key-why_weights .barlayer .point").count() == 5
    screenshot(page, f"why-{lang}")

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
    box = page.locator(".st-key-why_query input")
    box.fill("1, <b>x</b>")
    box.press("Enter")
    wait_idle(page)
    alert = page.locator('[data-testid="stAlert"]').filter(has_text=t("why.s3.query", "en"))
    expect(alert.first).to_be_visible()
    expect(box).to_have_value("1, <b>x</b>")
    assert page.locator("b", has_text="x").count() == 0  # the typed HTML was never rendered
    assert_no_exception(page)
