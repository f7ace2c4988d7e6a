"""The link guard in a real browser: ``/generator?generator_seed=inf`` once broke the page for good."""

from __future__ import annotations

import pytest

from core.i18n import t
from tests.e2e.conftest import assert_no_exception, goto, wait_idle


@pytest.mark.parametrize("lang", ["zh"])  # en: the AppTests; test_path walks both
def test_a_seed_of_inf_in_a_link_gives_a_notice_and_the_generator_below_it_works(server, page, lang):
    page.goto(f"{server.url}/generator")  # the first model build must not eat the link's timeout
    wait_idle(page, 120_000)
    goto(page, server, "generator", generator_seed="inf", lang=lang)
    notice = t("url.value_ignored", lang, param="generator_seed", reason=t("url.reason.not_finite", lang))
    warning = page.locator('[data-testid="stAlertContentWarning"]').filter(has_text="generator_seed")
    assert notice in warning.first.inner_text()  # after the icon's name
    assert_no_exception(page)
    seed_box = page.locator(".st-key-generator_seed input")
    assert seed_box.input_value() == "0"
    assert "generator_seed" not in page.url  # the bad value is gone from the link
    assert page.locator(".st-key-generator_step button").is_enabled()  # the page below the box is drawn
