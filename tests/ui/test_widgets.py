"""Rules for the shared widgets that a page could break by going around them."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIRECT = re.compile(r"(?<!checked_)number_input\(")


def test_every_number_box_checks_its_range_itself():
    # st.number_input(min_value=, max_value=) refuses a number in the browser with an English
    # tooltip; ui.widgets.checked_number_input says what is wrong in the reader's language.
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != ROOT / "ui" / "widgets.py" and DIRECT.search(path.read_text(encoding="utf-8"))
    ]
    assert direct == []
