"""The page style's rules that depend on what the pages draw (ui/page_style.py)."""

from __future__ import annotations

import pytest

from core.i18n import t
from core.pages import PAGES
from tests.apptest import open_page
from ui.page_style import CSS, FREE_TEXT_BOXES


@pytest.mark.parametrize("page", [spec.name for spec in PAGES])
def test_every_text_box_without_a_length_limit_is_named_as_free_text(page):
    # The Chinese "Press Enter" rule takes a lone hint under a box without max_chars for the hint; under
    # a box with a limit a lone line is its count ("1/40"), which must stay as it is.
    at = open_page(page, "zh")
    unlimited = {box.key for box in at.text_input if not box.max_chars}
    assert unlimited <= set(FREE_TEXT_BOXES)


def test_the_chinese_hint_comes_from_the_catalog():
    assert f'content: "{t("input.press_enter", "zh")}"' in CSS
