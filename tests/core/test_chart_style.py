"""The shared figure builder: layout defaults, a lean template, Plotly's property checks."""

import numpy as np
import plotly.graph_objects as go
import pytest

from core.charts import style


def test_a_misspelt_property_fails_where_the_figure_is_built():
    with pytest.raises(ValueError, match="colour"):
        style.figure([{"type": "bar", "y": [1], "marker": {"colour": "red"}}], "t")


def test_shared_layout_and_overrides():
    fig = style.figure([], "My title", height=200, yaxis=style.axis("p", range=[0, 1]), barmode="group")
    assert isinstance(fig, go.Figure)
    layout = fig.layout
    assert layout.title.text == "My title" and layout.title.x == 0
    assert layout.height == 200 and layout.barmode == "group"
    assert layout.yaxis.title.text == "p" and tuple(layout.yaxis.range) == (0, 1)
    assert layout.paper_bgcolor == "rgba(0,0,0,0)"


def test_the_template_is_small_and_uses_the_colour_blind_safe_palette():
    fig = style.figure([{"type": "scatter", "y": [1]}], "t")
    template = fig.to_dict()["layout"]["template"]
    assert list(template["layout"]["colorway"]) == list(style.SEQUENCE)
    assert len(str(template)) < 400  # Plotly's default template is about 6 KB per figure


def test_a_figure_does_not_share_the_module_defaults_or_the_callers_dicts():
    x = style.axis("x")
    first, second = style.figure([], "t", xaxis=x), style.figure([], "u", xaxis=x)
    first.update_layout(margin={"l": 99}, legend={"x": 0.3}, xaxis={"title": {"text": "changed"}})
    assert style.MARGIN["l"] == 10 and style.LEGEND["x"] == 1 and x["title"]["text"] == "x"
    assert second.layout.margin.l == 10 and second.layout.xaxis.title.text == "x"


def test_traces_take_numpy_arrays_and_keep_every_value():
    values = np.linspace(0, 1, 301) ** 3
    fig = style.figure([{"type": "scatter", "y": values, "marker": {"color": values[:3]}}], "t")
    np.testing.assert_array_equal(np.asarray(fig.data[0].y), values)
    np.testing.assert_array_equal(np.asarray(fig.data[0].marker.color), values[:3])


def test_whitespace_is_shown_as_visible_symbols():
    assert style.visible(" \n\tx") == "␣↵⇥x"


def test_each_meaning_has_its_own_colour_and_statistics_borrow_none():
    from core.charts import style

    meanings = [style.PROBABILITY, style.CHOSEN, style.SCORE, style.REMOVED, style.REFERENCE,
                style.TARGET, style.LOSS, style.NAIVE, style.DRAWN]  # fmt: skip
    assert len(set(meanings)) == len(meanings)
    assert not {colour for colour, _ in style.STATISTIC.values()} & set(meanings)
