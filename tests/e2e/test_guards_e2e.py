"""Bad numbers in a real browser: ``/generator?generator_seed=inf`` once broke the page for good;
a number box's range message must be in the reader's language, not Streamlit's English."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, wait_idle


@pytest.mark.parametrize("lang", ["zh"])  # en: the AppTests; test_path walks both
def test_a_seed_of_inf_in_a_link_stays_in_its_box_with_a_message_and_the_generator_below_it_works(
    server, page, lang
):
    page.goto(f"{server.url}/generator")  # the first model build must not eat the link's timeout
    wait_idle(page, 120_000)
    goto(page, server, "generator", generator_seed="inf", lang=lang)
    where = t("generator.seed.name", lang)
    said = t("input.not_finite", lang, where=where, value="inf")
    error = page.locator('[data-testid="stAlertContentError"]')
    error.first.wait_for(timeout=15_000)
    assert said in error.first.inner_text() and t("input.kept", lang, used="0") in error.first.inner_text()
    assert_no_exception(page)
    expect(page.locator(".st-key-generator_seed input")).to_have_value("inf")  # kept, and in the link
    assert "generator_seed=inf" in page.url
    assert page.locator(".gen-fan").first.is_visible()  # the draws (of seed 0) are drawn


@pytest.mark.parametrize("lang", ["zh"])  # the reader Streamlit's English range tooltip would fail
def test_a_typed_score_out_of_range_keeps_the_box_and_says_why_in_the_readers_language(server, page, lang):
    goto(page, server, "formula", lang=lang)
    box = page.locator(".st-key-formula_z1 input")
    box.fill("500")
    box.press("Enter")
    error = page.locator('[data-testid="stAlertContentError"]')
    error.first.wait_for(timeout=15_000)
    where = t("formula.score", lang, name="A")
    said = t("input.out_of_range", lang, where=where, value="500", low="-100", high="100")
    assert said in error.first.inner_text()
    assert box.input_value() == "500"  # nothing typed is lost
    assert "Number is" not in page.locator("body").inner_text()  # Streamlit's own English reason
    assert_no_exception(page)
    box.fill("2.5")
    box.press("Enter")
    error.first.wait_for(state="detached", timeout=15_000)
    # The table's new row may come a frame after the message goes (seen once on a busy machine): wait for it.
    table = page.locator('[data-testid="stMarkdownContainer"] table').first
    expect(table).to_contain_text("2.5", timeout=15_000)
