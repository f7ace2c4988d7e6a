"""The charts the app sends are the same JSON whether figures are built and checked or passed through.

Under test, every figure is built as a Plotly object and validated (``style.VALIDATE``); the app
itself hands the figure's JSON to ``st.plotly_chart`` as it is. Every page and tab is drawn both
ways here and the specs the browser would get are compared, chart by chart.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from core.charts import style
from core.i18n import t
from tests.apptest import open_page, open_tab


def _tab(key: str, label: str) -> Callable[[AppTest], object]:
    return lambda at: open_tab(at, key, t(label, "en"))


def _click(key: str) -> Callable[[AppTest], object]:
    return lambda at: at.button(key=key).click().run()


VIEWS = {
    "playground steps": ("playground", ()),
    "playground sweep": ("playground", (_tab("playground_view", "playground.sweep.title"),)),
    "playground why exp": ("playground", (_tab("playground_view", "playground.why.title"),)),
    "generator after steps": ("generator", (_click("generator_step"), _click("generator_step"))),
    "generator history": (
        "generator",
        (_click("generator_step"), _tab("generator_view", "generator.history")),
    ),
    "compare Monte Carlo": (
        "compare",
        (lambda at: at.text_input(key="compare_n").set_value("50").run(), _click("compare_run")),
    ),
    "why scores": ("why", ()),
    "why gradient": ("why", (_tab("why_view", "why.tab.gradient"), _click("why_step"))),
    "why attention": ("why", (_tab("why_view", "why.tab.attention"),)),
}


def _sent(page: str, actions) -> dict[str, str]:
    """Each chart's key and the JSON spec sent for it."""
    at = open_page(page, "en")
    for act in actions:
        act(at)
    assert not at.exception, [e.message for e in at.exception]
    return {el.proto.id.split("-")[-1]: el.proto.spec for el in at.get("plotly_chart")}


@pytest.mark.parametrize("view", VIEWS)
def test_every_chart_sends_the_same_json_built_or_passed_through(monkeypatch, view):
    page, actions = VIEWS[view]
    checked = _sent(page, actions)
    monkeypatch.setattr(style, "VALIDATE", False)
    passed = _sent(page, actions)
    assert checked and passed.keys() == checked.keys()
    for key, spec in passed.items():
        assert json.loads(spec) == json.loads(checked[key]), key
