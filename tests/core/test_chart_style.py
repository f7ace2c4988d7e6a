"""The shared figure builder: layout defaults, a lean template, and validation under test."""

import base64
import json

import numpy as np
import plotly.io
import pytest

from core.charts import style


def test_the_test_suite_validates_every_figure_so_a_misspelt_property_fails():
    assert style.VALIDATE  # switched on in tests/conftest.py
    with pytest.raises(ValueError, match="colour"):
        style.figure([{"type": "bar", "y": [1], "marker": {"colour": "red"}}], "t")


def test_without_validation_the_figure_is_the_same(monkeypatch):
    traces = [{"type": "bar", "x": ["a", "b"], "y": [1, 2], "marker": {"color": style.BLUE}}]
    checked = style.figure(traces, "title", height=300, xaxis=style.axis("x", type="category"))
    monkeypatch.setattr(style, "VALIDATE", False)
    fast = style.figure(traces, "title", height=300, xaxis=style.axis("x", type="category"))
    assert fast.to_dict() == checked.to_dict()


def test_shared_layout_and_overrides():
    fig = style.figure([], "My title", height=200, yaxis=style.axis("p", range=[0, 1]), barmode="group")
    layout = fig.layout
    assert layout.title.text == "My title" and layout.title.x == 0
    assert layout.height == 200 and layout.barmode == "group"
    assert layout.yaxis.title.text == "p" and tuple(layout.yaxis.range) == (0, 1)
    assert layout.paper_bgcolor == "rgba(0,0,0,0)"


def test_the_template_is_small_and_uses_the_colour_blind_safe_palette():
    fig = style.figure([{"type": "scatter", "y": [1]}], "t")
    template = fig.to_dict()["layout"]["template"]
    assert template["layout"]["colorway"] == list(style.SEQUENCE)
    assert len(str(template)) < 400  # Plotly's default template is about 6 KB per figure


def test_a_figure_does_not_share_the_module_defaults(monkeypatch):
    monkeypatch.setattr(style, "VALIDATE", False)  # the app's path: no validation, which copies anyway
    fig = style.figure([], "t")
    fig.layout.margin.l = 99
    fig.layout.legend.x = 0.3
    assert style.MARGIN["l"] == 10 and style.LEGEND["x"] == 1


def test_short_arrays_go_as_exact_lists_and_long_ones_stay_packed():
    short = np.array([0.1, 1 / 3, 2e-308])
    long = np.linspace(0, 1, style.SMALL_ARRAY + 1)
    fig = style.figure(
        [{"type": "bar", "y": short, "marker": {"color": short}}, {"type": "scatter", "y": long}], "t"
    )
    sent = json.loads(plotly.io.to_json(fig.to_dict(), validate=False))
    assert sent["data"][0]["y"] == short.tolist() and sent["data"][0]["marker"]["color"] == short.tolist()
    assert set(sent["data"][1]["y"]) == {"dtype", "bdata"}  # base64, still exact
    assert np.array_equal(np.frombuffer(base64.b64decode(sent["data"][1]["y"]["bdata"])), long)
