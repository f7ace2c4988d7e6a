"""Every chart on every page is shown the one way ui.charts shows it: no toolbar, nothing to drag."""

import json
import re
from pathlib import Path

import pytest

from tests.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]
SHOW_CHART = ROOT / "ui" / "charts.py"
PAGES = ("home", "why", "formula", "playground", "generator", "compare", "attention", "learn")


def test_pages_show_charts_only_through_ui_charts():
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != SHOW_CHART and re.search(r"\bplotly_chart\s*\(", path.read_text(encoding="utf-8"))
    ]
    assert direct == []


@pytest.mark.parametrize("page", PAGES)
def test_each_chart_on_the_page_has_no_toolbar_and_no_drag(page):
    at = open_page(page, generator_steps="1")  # a step opens the generator's step-by-step charts
    charts = at.get("plotly_chart")
    assert charts  # the first screen's charts, and the generator's two of its step
    for chart in charts:
        assert json.loads(chart.proto.config)["displayModeBar"] is False
        assert json.loads(chart.proto.spec)["layout"]["dragmode"] is False
