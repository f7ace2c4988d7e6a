"""The shared figure builder: layout defaults, a lean template, and validation under test."""

import copy
import json
import pickle

import numpy as np
import plotly.graph_objects as go
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
    monkeypatch.setattr(style, "VALIDATE", False)  # the app's path: the JSON is sent as it is
    first, second = style.figure([], "t"), style.figure([], "u")
    sent = first.to_dict()["layout"]
    sent["margin"]["l"], sent["legend"]["x"] = 99, 0.3
    sent["template"]["layout"]["colorway"].append("#000000")
    assert style.MARGIN["l"] == 10 and style.LEGEND["x"] == 1
    assert second.to_dict()["layout"]["template"] == style.template()
    first.layout.margin.r = 77  # reading builds the figure, which copies its JSON
    assert style.MARGIN["r"] == 10


def test_arrays_go_as_exact_lists():
    short = np.array([0.1, 1 / 3, 2e-308])
    long = np.linspace(0, 1, 301) ** 3
    fig = style.figure(
        [{"type": "bar", "y": short, "marker": {"color": short}}, {"type": "scatter", "y": long}], "t"
    )
    sent = json.loads(plotly.io.to_json(fig.to_dict(), validate=False))
    assert sent["data"][0]["y"] == short.tolist() and sent["data"][0]["marker"]["color"] == short.tolist()
    assert sent["data"][1]["y"] == long.tolist()  # every float reads back exactly


def test_unread_the_figure_hands_its_json_over_as_it_is(monkeypatch):
    monkeypatch.setattr(style, "VALIDATE", False)
    fig = style.figure([{"type": "bar", "x": ["a"], "y": [1.0]}], "t", height=200)
    spec = fig.to_dict()
    assert fig.to_dict() is spec  # no copy, no Plotly object tree: what st.plotly_chart sends
    assert spec["data"] == [{"type": "bar", "x": ["a"], "y": [1.0]}] and spec["layout"]["height"] == 200


def test_reading_the_figure_builds_an_ordinary_plotly_figure(monkeypatch):
    monkeypatch.setattr(style, "VALIDATE", False)
    fig = style.figure([{"type": "bar", "x": ["a", "b"], "y": [1.0, 2.0]}], "t")
    assert isinstance(fig, go.Figure) and tuple(fig.data[0].y) == (1.0, 2.0)
    fig.update_layout(height=123)
    assert fig.to_dict()["layout"]["height"] == 123  # the built figure now answers to_dict
    with pytest.raises(AttributeError):
        fig.no_such_property  # noqa: B018


@pytest.mark.parametrize("read_first", [False, True])
@pytest.mark.parametrize("how", ["deepcopy", "copy", "pickle"])
def test_a_figure_survives_copy_and_pickle_and_the_copy_shares_nothing(monkeypatch, read_first, how):
    monkeypatch.setattr(style, "VALIDATE", False)
    fig = style.figure([{"type": "scatter", "y": [3.0, 1.0]}], "t")
    if read_first:
        assert fig.layout.title.text == "t"
    other = {"deepcopy": copy.deepcopy, "copy": copy.copy, "pickle": lambda f: pickle.loads(pickle.dumps(f))}[
        how
    ](fig)
    assert ("_spec" in fig.__dict__) is not read_first  # copying did not build the original
    assert isinstance(other, style.Figure)
    other.update_layout(height=11)
    assert tuple(other.data[0].y) == (3.0, 1.0) and other.layout.title.text == "t"
    assert fig.to_dict()["layout"]["height"] == 340  # the copy's change did not reach the original


def test_layout_arrays_go_as_lists_too(monkeypatch):
    monkeypatch.setattr(style, "VALIDATE", False)
    ticks = np.array([0.5, 1.5])
    fig = style.figure([], "t", xaxis=style.axis("x", tickvals=ticks))
    assert fig.to_dict()["layout"]["xaxis"]["tickvals"] == [0.5, 1.5]


def test_a_spec_plotly_rejects_raises_each_time_it_is_read_and_stays_unbuilt(monkeypatch):
    monkeypatch.setattr(style, "VALIDATE", True)
    fig = style.Figure({"data": [{"type": "no_such_trace"}], "layout": {}})
    for _ in range(2):
        with pytest.raises(ValueError):
            fig.data  # noqa: B018
    assert fig.to_dict() == {"data": [{"type": "no_such_trace"}], "layout": {}}
