"""The shared figure builder: layout defaults, a lean template, Plotly's property checks."""

import numpy as np
import plotly.graph_objects as go
import pytest

from core.charts import compare, style
from tests.contrast import contrast, hex_rgb
from ui.page_style import DARK_BACKGROUND  # Streamlit's dark background, as the browser reports it


def test_a_misspelt_property_fails_where_the_figure_is_built():
    with pytest.raises(ValueError, match="colour"):
        style.figure([{"type": "bar", "y": [1], "marker": {"colour": "red"}}], "t")


def test_shared_layout_and_overrides():
    fig = style.figure([], "My title", height=200, yaxis=style.axis("p", range=[0, 1]), barmode="group")
    assert isinstance(fig, go.Figure)
    layout = fig.layout
    assert layout.title.text == "My title" and layout.title.x == 0
    assert layout.height == 200 and layout.barmode == "group"
    assert tuple(layout.yaxis.range) == (0, 1) and layout.annotations[0].text == "p"
    assert layout.paper_bgcolor == "rgba(0,0,0,0)"


def test_a_y_title_is_a_level_label_over_the_axis_in_a_row_of_its_own():
    plain = style.figure([], "t", yaxis=style.axis(range=[0, 1]))
    assert plain.layout.margin.t == style.MARGIN["t"] and plain.layout.legend.y == 1  # legend top right
    assert not plain.layout.annotations
    fig = style.figure([], "t", yaxis=style.axis("概率", range=[0, 1]), annotations=[{"text": "note"}])
    note, label = fig.layout.annotations
    assert note.text == "note" and label.text == "概率" and not fig.layout.yaxis.title.text
    assert (label.xref, label.yref, label.x, label.y) == ("x domain", "y domain", 0, 1)
    assert (label.xanchor, label.yanchor, label.showarrow) == ("left", "bottom", False)
    assert fig.layout.margin.t == style.MARGIN["t"] + style.LABEL_ROW
    assert fig.layout.legend.yref == "container" and fig.layout.legend.y == 0  # not on the label's row


def test_a_right_hand_axis_is_labelled_from_the_right_and_a_lower_panel_takes_no_extra_row():
    fig = style.figure(
        [], "t", yaxis=style.axis("left"), yaxis2=style.axis("right", overlaying="y", side="right")
    )
    left, right = fig.layout.annotations
    assert (left.x, left.xanchor, right.x, right.xanchor) == (0, "left", 1, "right")
    assert right.yref == "y domain"  # an overlaying axis shares the plot it overlays
    panels = {
        "yaxis": style.axis(domain=[0.6, 1]),
        "yaxis2": style.axis("lower", anchor="x2", domain=[0, 0.4]),
    }
    low = style.figure([], "t", margin={"t": 30}, legend={"y": 1.1}, **panels)
    (label,) = low.layout.annotations
    assert (label.text, label.xref, label.yref) == ("lower", "x2 domain", "y2 domain")
    assert (
        low.layout.margin.t == 30 and low.layout.legend.y == 1.1
    )  # the label sits in the gap between panels


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


def test_no_chart_colour_fades_into_the_dark_theme_s_background():
    colours = [style.PROBABILITY, style.CHOSEN, style.SCORE, style.REMOVED, style.TARGET, style.LOSS,
               style.NAIVE, style.DRAWN, *(colour for colour, _ in style.STATISTIC.values())]  # fmt: skip
    faded = [c for c in colours if contrast(hex_rgb(c), hex_rgb(DARK_BACKGROUND)) < 3.0]  # WCAG non-text
    assert not faded  # REFERENCE is the theme's ink: the e2e test checks it in the browser


def _pale_marks() -> dict[str, tuple[str, str, object]]:
    """Each meaning whose fill is too pale for white: (fill, edge, the trace that draws it)."""
    from core.charts import generator

    keys = ("title", "drawn", "probability", "x_title", "y_title", "kept", "removed", "before")
    names = dict.fromkeys(keys, "t")
    labels = {"title": "t", "x": "x", "y": "y", "other": "o", "model": "m", "drawn": "d", "chosen": "CHOSEN"}
    dice = compare.dice_chart(["a", "b"], [0.9, 0.1], [9, 1], names)
    step = generator.next_char_figure(np.array([0.6, 0.4]), np.array([0.5, 0.5]), ("a", "b"), 1, labels)
    filters = compare.filter_chart(("a", "b"), [0.9, 0.1], [1.0, 0.0], np.array([False, True]), names)
    return {
        "drawn": (style.DRAWN, style.DRAWN_EDGE, dice.data[0]),
        "chosen": (style.CHOSEN, style.CHOSEN_EDGE, next(d for d in step.data if d.name == "CHOSEN")),
        "removed": (style.REMOVED, style.REMOVED_EDGE, filters.data[1]),
    }


@pytest.mark.parametrize("meaning", ["drawn", "chosen", "removed"])
def test_a_mark_too_pale_for_the_light_theme_has_an_edge_that_reads_there(meaning):
    # WCAG's 3:1 for a mark a reader needs: the chosen amber reads 2.2:1 on white, the removed grey 1.4:1;
    # on a classroom projector such a bar's edge all but vanished. The fill keeps its colour (its meaning).
    fill, edge, trace = _pale_marks()[meaning]
    light = hex_rgb("#FFFFFF")  # Streamlit's light background
    assert contrast(hex_rgb(fill), light) < 3.0 <= contrast(hex_rgb(edge), light)
    assert trace.marker.color == fill
    assert trace.marker.line.color == edge and trace.marker.line.width >= 1


def test_ink_and_paper_are_the_placeholders_streamlit_s_plotly_theme_turns_into_its_colours():
    # Streamlit's frontend swaps GRAY_90 for the theme's text colour (dark on light, light on dark)
    # and BG_COLOR for its background; tests/e2e/test_theme_e2e.py checks what the browser then
    # draws. If Streamlit renames or drops one, this fails here rather than leaving the T = 1
    # outlines dark on a dark page.
    from streamlit.elements.lib import streamlit_plotly_theme

    assert style.INK == streamlit_plotly_theme.GRAY_90 and style.REFERENCE == style.INK
    assert style.PAPER == streamlit_plotly_theme.BG_COLOR


@pytest.mark.parametrize("labels_above", [False, True])
@pytest.mark.parametrize("top", [1.0, 0.97, 0.6, 0.45, 0.21, 0.12, 0.03])
def test_a_probability_axis_leaves_room_above_the_bars_and_ticks_only_up_to_100_percent(top, labels_above):
    spec = style.probability_axis("p", top, labels_above=labels_above)
    low, high = spec["range"]
    assert low == 0 and high > top * (1.2 if labels_above else 1.05)
    ticks = spec["tickvals"]
    assert ticks[0] == 0 and ticks == sorted(ticks) and max(ticks) <= 1.0
    assert 3 <= len(ticks) <= style.MAX_TICKS  # legible on a phone's short chart
    step = ticks[1] - ticks[0]
    assert max(ticks) > min(high, 1.0) - step - 1e-9  # the ticks reach the top of the bars
    assert spec["title"]["text"] == "p" and spec["tickformat"] == ".0%"


@pytest.mark.parametrize("top", [0.0, float("nan")])
def test_a_probability_axis_with_nothing_to_draw_spans_0_to_100_percent(top):
    spec = style.probability_axis("p", top)
    assert spec["range"] == [0, 1.0] and spec["tickvals"][-1] == 1.0


def test_dividing_by_the_sum_is_hatched_alike_on_every_chart_that_draws_it():
    from core.charts import formula, playground, why
    from core.charts.style import BY_SUM_PATTERN, NAIVE

    texts = {"title": "t", "by_sum": "s", "softmax": "p", "target": "y", "linear": "s", "x": "x", "y": "y"}
    drawn = [
        formula.gaps_figure(("a", "b"), [0.8, 0.2], [0.9, 0.1], texts).data[0],
        why.normalise_figure(("a", "b"), [1, 0], [0.8, 0.2], [0.9, 0.1], texts).data[1],
        playground.normalizations_figure(
            ("a", "b"), ("softmax", "linear"), [[0.9, 0.1], [0.8, 0.2]], texts
        ).data[1],
    ]
    looks = [
        (b.marker.color, b.marker.pattern.shape, b.marker.pattern.fgcolor, b.marker.pattern.fillmode)
        for b in drawn
    ]
    assert looks == [(NAIVE, BY_SUM_PATTERN, "white", "overlay")] * 3  # white hatching over the colour


def _outline_figures() -> dict[str, go.Figure]:
    """Every chart that draws a reference outline (a shape: no hover of its own)."""
    from core.charts import compare, generator, home, playground

    p, ref = np.array([0.6, 0.3, 0.1]), np.array([0.5, 0.3, 0.2])
    texts = {"title": "t", "current": "now", "reference": "REF", "kept": "kept", "removed": "removed",
             "before": "REF", "x_title": "x", "y_title": "y"}  # fmt: skip
    labels = {"title": "t", "x": "x", "y": "y", "other": "other", "model": "REF", "drawn": "d", "chosen": "c"}
    vocab = ("a", "b", "c")
    return {
        "home": home.probability_bars(["A", "B", "C"], p, texts, ref),
        "temperature": playground.probabilities_figure(["A", "B", "C"], p, ref, texts),
        "compare": compare.filter_chart(vocab, ref, p, np.array([False, False, False]), texts),
        "generator": generator.next_char_figure(p, ref, vocab, 1, labels),
    }


@pytest.mark.parametrize("name", ["home", "temperature", "compare", "generator"])
def test_the_bar_under_each_reference_outline_gives_the_outline_value_on_hover(name):
    fig = _outline_figures()[name]
    outline_at = {s.x0: s.y1 for s in fig.layout.shapes}
    # The live bars (and the generator's chosen one); compare's removed bars stand at the outline's height.
    hovered = [d for d in fig.data if d.type == "bar" and d.name != "removed" and d.hoverinfo != "skip"]
    assert hovered
    for bar in hovered:
        assert "REF: %{customdata" in bar.hovertemplate
        values = np.asarray(bar.customdata, dtype=float)
        values = values[:, -1] if values.ndim == 2 else values  # [value, reference] pairs
        assert values == pytest.approx([outline_at[x] for x in bar.x])


def test_a_label_clears_its_outline_with_a_little_air_also_where_bar_and_outline_are_one_height():
    gap = style.LABEL_GAP  # of an axis of height 1
    p = np.array([0.5, 0.5, 0.3, 0.3, 0.8])
    ref = np.array([0.5, 0.495, 0.35, 0.9, 0.4])  # equal (T = 1), just under, just over, far over, far under
    heights = style.label_heights(p, ref, 1.0)
    np.testing.assert_allclose(heights, [0.5 + gap, 0.5 + gap, 0.35 + gap, 0.3, 0.8])


def test_the_values_over_the_bars_are_larger_than_the_axis_text():
    """The numbers a bar chart is about, read from the back of a classroom: larger than the
    axis labels (13 px) and Plotly's 12 px default."""
    labels = style.value_labels(["A", "B"], [0.6, 0.4], ["60.0%", "40.0%"])
    fig = style.figure([labels], "t")
    assert fig.data[0].textfont.size > style.LABEL_FONT["size"] > 12
