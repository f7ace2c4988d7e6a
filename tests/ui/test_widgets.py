"""Rules for the shared widgets that a page could break by going around them."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NUMBER_INPUT = re.compile(r"\bnumber_input\s*\(")


def test_numbers_are_typed_into_text_boxes_read_by_the_apps_rule():
    # st.number_input refuses a number outside its range, or past 2**53 or 1.8e308, in the browser with
    # an English tooltip; ui.number_box keeps what was typed and explains it in the reader's language.
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if NUMBER_INPUT.search(path.read_text(encoding="utf-8"))
    ]
    assert direct == []
