"""One look for every chart: colours, layout defaults and the figure builder every chart uses.

Colours are readable on light and dark themes. Traces are written as plain dicts, exactly Plotly's
JSON (``{"type": "bar", ...}``), and :func:`figure` builds an ordinary ``plotly.graph_objects.Figure``
from them, which checks every property: a misspelt one raises ValueError where it is written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike, NDArray

# Colour-blind-safe (Okabe–Ito) hues, legible on white and on Streamlit's dark background.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
# Red itself, not Okabe–Ito's vermillion (#D55E00): on the dark theme vermillion read as a second
# orange beside CHOSEN's amber (a reviewer could not tell the loss bars from the chosen one, 5 Dec).
# Still apart from GREEN for red-green colour blindness, as GREEN carries blue; labels say it too.
# As text (an axis title) it reads 4.5:1 on white and 4.0:1 on dark; vermillion gave 3.9 and 4.7.
RED = "#E0303A"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
YELLOW = "#F0E442"
GREY = "#8C8C8C"
SEQUENCE = (BLUE, ORANGE, GREEN, RED, PURPLE, SKY, YELLOW, GREY)

# One colour per meaning, across every chart and page (issue 15). Pages and figure builders use
# these names, never the hues above, so a meaning cannot change colour from one chart to the next;
# colour is never the only carrier (a label, pattern, dash or marker says it too).
PROBABILITY = BLUE  # softmax's output: the probability of each option ("the rest")
# What a decoding rule picked: the drawn or chosen option, greedy's pick, the text the model wrote.
# The largest share, before anything is picked (the most likely option, the most attended key), keeps
# PROBABILITY's colour and is marked with a ★ in its label.
CHOSEN = ORANGE
# ... edged in a darker amber where it is a bar: the fill reads 2.2:1 on the light page, its edge 3.7:1
# (WCAG's 3:1 for a mark), so the chosen bar keeps its outline on a washed-out classroom projector.
CHOSEN_EDGE = "#B07A00"
# Dots over the colour, where a chosen bar stands among bars of other meanings.
CHOSEN_PATTERN = {"shape": ".", "fgcolor": "white", "fillmode": "overlay"}
SCORE = GREY  # raw scores z, before softmax
REMOVED = "#D9D9D9"  # what a filter (top-k, top-p, min-p) removed; drawn with the pattern below
REMOVED_PATTERN = "/"
REMOVED_EDGE = GREY  # its hatching's grey, 3.4:1 on white: the fill alone reads 1.4:1
# Dividing by the sum (the article's first, naive way to make shares) in NAIVE, hatched the same way on
# every chart that draws it: the formula page's answer, the why page's two ways, the temperature page's four.
BY_SUM_PATTERN = "\\"
HATCH_OVER = {"fgcolor": "white", "fillmode": "overlay"}  # white hatching over a bar's colour, not instead
# The theme's ink: Streamlit's Plotly theme replaces this placeholder with its own text colour
# (GRAY_90 in streamlit/elements/lib/streamlit_plotly_theme.py): near-black on the light theme,
# near-white on the dark one (a fixed dark grey all but vanishes there). Outside Streamlit it is
# what it says, a near-black navy. tests/core/test_chart_style.py pins the placeholder.
INK = "#000037"
PAPER = "#000038"  # the same for the theme's background (BG_COLOR): a gap around a marker, between slices
REFERENCE = INK  # the T = 1 (or "before") reference: an outline, dashed, no fill
# Its dash: short, so a phone's narrow bars (12 px) still show a dashed edge, not two or three blocks.
REFERENCE_DASH = "4px,3px"
TARGET = GREEN  # y, the ideal answer
LOSS = RED  # losses and the gradient p − y; training solid, held-out dashed
NAIVE = PURPLE  # the naive alternative: divide by the sum, squared error on raw scores
DRAWN = SKY  # observed frequencies of random draws
# ... edged in a darker sky: the fill reads 2.3:1 on the light page, its edge 3.5:1 (WCAG's 3:1 for a
# mark), so a 1% bar is still seen there; on the dark page the fill itself reads 8.2:1.
DRAWN_EDGE = "#348FCB"
# The Monte Carlo's statistics are measures, not options: hues of their own (Paul Tol's muted set,
# its indigo and wine lightened, as they all but vanished on the dark theme), none of them a
# meaning's colour above, each with a bar pattern so colour is not the only carrier.
STATISTIC = {
    "distinct_ngrams": ("#6C63D6", ""),
    "real_words": ("#389587", "/"),  # Tol's teal darkened: #44AA99 was 2.8:1 on white (3.6; dark 5.0)
    "repeated_ngrams": ("#999933", "x"),
    "loop_share": ("#C2457A", "."),
    "perplexity": ("#666666", ""),
}


# Small print in HTML (line numbers, the ↵ and ⟲ marks, captions): the text's colour at this opacity, so
# it stays the text's colour on either theme: 5.6:1 on white. At Streamlit's caption opacity, 0.6, it
# was 3.9:1, under the 4.5:1 WCAG asks of text (an accessibility audit, 6 Dec).
FADED_TEXT = 0.72


def css_rgb(hex_colour: str) -> str:
    """``#E69F00`` as ``230,159,0``: a meaning's colour in the HTML builders' ``rgba(...)`` tints."""
    return ",".join(str(int(hex_colour[i : i + 2], 16)) for i in (1, 3, 5))


def template() -> dict[str, Any]:
    """A small template in place of Plotly's default one, with the colour-blind-safe colorway.

    Streamlit's frontend applies its theme (fonts, grid, background) to whatever template a figure
    carries; every trace here sets its own colours, the colorway is only a fallback.
    """
    return {
        "layout": {"colorway": list(SEQUENCE)},
        "data": {"scatter": [{"type": "scatter", "marker": {"line": {"width": 0}}}]},
    }


MARGIN = {"l": 10, "r": 10, "t": 48, "b": 10}
LEGEND = {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1}
# Under everything, at the figure's bottom edge: Plotly lifts the plot, its tick labels and its x title
# above a legend placed in the container, however many rows the legend wraps into on a phone.
LEGEND_BOTTOM = {
    "orientation": "h",
    "yref": "container",
    "y": 0,
    "yanchor": "bottom",
    "x": 0,
    "xanchor": "left",
}
# The vertical axes' titles are drawn level, as a label over the top of the axis (issue 16): Plotly only
# draws them turned 90°, which a reader of Chinese has to tilt their head for. The label takes a row
# of its own between the title and the plot; a legend that would share that row goes to the bottom.
LABEL_ROW = 20  # px added to the top margin for that row
# Chart text is in the theme's ink: Streamlit's theme writes ticks and axis titles in a grey that reads
# 3.7:1 on white, under the 4.5:1 WCAG asks of text (an accessibility audit, 6 Dec).
LABEL_FONT = {"size": 13, "color": INK}
VALUE_FONT = {"size": 14, "color": INK}  # the numbers a bar chart is about: read from the back of a classroom
_Y_AXIS = re.compile(r"yaxis(\d*)")
_AXIS = re.compile(r"[xy]axis\d*")

VISIBLE_CHARS = {" ": "␣", "\n": "↵", "\t": "⇥"}
_VISIBLE_TABLE = str.maketrans(VISIBLE_CHARS)

Trace = dict[str, Any]


def visible(ch: str) -> str:
    """Show whitespace characters as visible symbols (␣ ↵ ⇥) on axes and labels."""
    return ch.translate(_VISIBLE_TABLE)


def swatch(colour: str) -> str:
    """A square of ``colour`` to put before a label in ink (Plotly's HTML subset): the label is tied
    to its bars' colour without coloured text, which reads under 4.5:1 on one theme or the other."""
    return f'<span style="color:{colour}">■</span> '


def axis(title: str = "", **props: Any) -> dict[str, Any]:
    """An axis spec with its title (Plotly wants ``{"title": {"text": ...}}``), in LABEL_FONT.

    A y axis's title is not drawn by Plotly but by :func:`figure`, level, over the top of the axis,
    in the same font. Plotly never wraps an x title and centres it under the plot: at Plotly's own
    14 px the generator's Chinese x title ran 4 px past a phone's chart edge.
    """
    return {"title": {"text": title, "font": LABEL_FONT}, **props}


MAX_TICKS = 6  # on a probability axis: a phone's chart is short


def probability_axis(title: str, top: float, labels_above: bool = False) -> dict[str, Any]:
    """A y axis of probabilities for bars up to ``top``, with room above the tallest bar (more when
    each bar's value is written above it), ticks that stop at 100 % whatever the room, as
    probabilities do, and MAX_TICKS at most, so a phone's short chart stays legible.

    Capped at 100 %, greedy's "100%" over its bar ran into the axis label above the plot.
    """
    y_max = top * 1.25 + 0.05 if labels_above else top * 1.08
    if not y_max > 0:
        y_max = 1.0  # nothing drawn (or NaN): a plain 0–100 % axis
    shown = min(y_max, 1.0)
    step = next((s for s in (0.01, 0.02, 0.05, 0.1) if shown / s < MAX_TICKS - 1 + 1e-9), 0.25)
    ticks = [round(float(t), 2) for t in np.arange(0.0, shown + 1e-9, step)]
    return axis(title, tickformat=".0%", range=[0, y_max], tickmode="array", tickvals=ticks)


def _title_text(spec: Mapping[str, Any]) -> str:
    title = spec.get("title")
    return str((title.get("text") if isinstance(title, Mapping) else title) or "")


def level_labels(layout: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """Take every y axis's title out of ``layout`` (changed in place) and return it as a label.

    Each label is an annotation over the top end of its axis: left-aligned over a left axis,
    right-aligned over a right one (``side="right"``), read horizontally in every language. The
    second value says whether a label sits over the top edge of the plot area (a subplot lower down
    has its label in the gap above it): only then does the figure need a row for it.
    """
    labels, on_top = [], False
    for key in sorted(k for k in layout if _Y_AXIS.fullmatch(k)):
        spec = dict(layout[key])
        text = _title_text(spec)
        if not text:
            continue
        spec["title"] = {"text": ""}
        layout[key] = spec
        y_id = "y" + _Y_AXIS.fullmatch(key).group(1)  # type: ignore[union-attr]
        base = layout.get("yaxis" + spec["overlaying"][1:], {}) if spec.get("overlaying") else spec
        anchor = base.get("anchor") or "x"
        right = spec.get("side") == "right"
        labels.append(
            {
                "text": text,
                "xref": f"{anchor if anchor.startswith('x') else 'x'} domain",
                "yref": f"{spec.get('overlaying') or y_id} domain",
                "x": 1 if right else 0,
                "y": 1,
                "xanchor": "right" if right else "left",
                "yanchor": "bottom",
                "yshift": 2,
                "showarrow": False,
                "font": LABEL_FONT,
            }
        )
        on_top = on_top or list(base.get("domain", (0, 1)))[1] >= 1
    return labels, on_top


def reference_outlines(
    x: Sequence[str], reference: ArrayLike, name: str, in_legend: bool, half_width: float = 0.4
) -> list[dict[str, Any]]:
    """The T = 1 (or "before") shares as one dashed, unfilled REFERENCE rectangle per bar slot, drawn
    above the bars; the first named in the legend if ``in_legend``. Shapes, because a Plotly bar has
    no dashed outline; every page draws the reference this one way (STYLE: one mark, one meaning).
    ``half_width``: of a category's slot, as the bars' own (1 − bargap) / 2."""
    ref = np.asarray(reference, dtype=float)  # [n]
    line = {"color": REFERENCE, "width": 2, "dash": REFERENCE_DASH}
    return [
        {"type": "rect", "xref": "x", "yref": "y", "x0": name_x, "x1": name_x, "x0shift": -half_width,
         "x1shift": half_width, "y0": 0, "y1": float(r), "line": line, "fillcolor": "rgba(0,0,0,0)",
         "layer": "above", "name": name, "legendgroup": "reference", "showlegend": in_legend and i == 0}
        for i, (name_x, r) in enumerate(zip(x, ref, strict=True))
    ]  # fmt: skip


def reference_hover(name: str, number_format: str, field: str = "customdata") -> str:
    """The hover line that gives a bar's reference value (held in the bar trace's ``field``): the
    outlines are shapes, and a shape has no hover, so the bar under an outline tells its value."""
    return "<br>" + name + ": %{" + field + number_format + "}"


LABEL_GAP = 0.02  # of the y axis's height: between an outline's top and a label standing on it
LABEL_ROOM = 0.104  # of the y axis's height: a line of 12 px text in a ~120 px plot, with a little air


def label_groups(ends: ArrayLike, gap: float) -> list[tuple[float, list[int]]]:
    """Lines whose ends (or markers) lie closer than ``gap`` share one label ("k2, k3, k5") at their
    mean height, so names of lines that meet do not print over each other. Returns (height, indices),
    lowest first. The attention page's λ sweep and the temperature sweep name their lines this way."""
    y = np.asarray(ends, dtype=float)
    groups: list[list[int]] = []
    for i in np.argsort(y, kind="stable"):
        if groups and y[i] - y[groups[-1][-1]] < gap:
            groups[-1].append(int(i))
        else:
            groups.append([int(i)])
    return [(float(y[g].mean()), sorted(g)) for g in groups]


def label_heights(p: ArrayLike, reference: ArrayLike, axis_top: float) -> NDArray[np.float64]:
    """Where each bar's value label stands: just above its own bar, unless its reference outline's
    top is too close above the bar for a line of text in between (the label would sit on the dashed
    line); then above the outline, the two tops side by side, so it still reads as the bar's. Above
    a much taller outline the label stays on its bar: up there it read as the outline's value."""
    p, ref = np.asarray(p, dtype=float), np.asarray(reference, dtype=float)  # [n], [n]
    # Over the outline with a little air (right on its top, the text sat on the dashes), also where the
    # outline's top is the bar's own or just under it, as at T = 1.
    near = (ref - p <= LABEL_ROOM * axis_top) & (ref - p > -LABEL_GAP * axis_top)
    return np.where(near, np.maximum(p, ref) + LABEL_GAP * axis_top, p)


def value_labels(x: Sequence[str], heights: ArrayLike, texts: Sequence[str]) -> dict[str, Any]:
    """Each bar's value as text standing at ``heights`` (from ``label_heights``): a text-only trace,
    out of the legend and the hover, so a label can stand above an outline its bar is under."""
    return {"type": "scatter", "mode": "text", "x": list(x), "y": heights, "text": list(texts),
            "textposition": "top center", "cliponaxis": False, "textfont": VALUE_FONT,
            "hoverinfo": "skip", "showlegend": False}  # fmt: skip


def figure(
    traces: Sequence[Trace],
    title: str,
    *,
    height: int = 340,
    xaxis: Mapping[str, Any] | None = None,
    yaxis: Mapping[str, Any] | None = None,
    **layout: Any,
) -> go.Figure:
    """The figure of ``traces`` with the shared layout: title top left, compact margins,
    transparent background, horizontal legend top right. ``layout`` adds or overrides keys.

    Every y axis's title becomes a level label over its axis (:func:`level_labels`), in a row of
    its own under the title; a legend above the plot would share that row, so it goes to the bottom
    (LEGEND_BOTTOM). Nothing is drawn turned on its side.

    Each trace is a dict with its ``type`` ("bar", "scatter", ...), exactly as in Plotly's JSON;
    NumPy arrays are welcome anywhere. Plotly copies what it is given, so no figure shares MARGIN,
    LEGEND or a caller's dict.
    """
    spec = {
        "title": {"text": title, "x": 0, "xanchor": "left"},
        "height": height,
        "margin": MARGIN,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"color": INK},  # the title and legend, in the theme's ink as every chart's text
        "hoverlabel": {"namelength": -1},
        "dragmode": False,  # read, not edited: no drag zooms or pans (ui/charts.py)
        "legend": LEGEND,
        "template": template(),
        "xaxis": xaxis or axis(),
        "yaxis": yaxis or axis(),
        **layout,
    }
    for key in [k for k in spec if _AXIS.fullmatch(k)]:  # tick labels in ink unless a chart says otherwise
        spec[key] = {**spec[key], "tickfont": {"color": INK, **spec[key].get("tickfont", {})}}
    labels, on_top = level_labels(spec)
    if labels:
        spec["annotations"] = [*spec.get("annotations", ()), *labels]
    if on_top:
        spec["margin"] = {**MARGIN, **spec["margin"], "t": spec["margin"].get("t", MARGIN["t"]) + LABEL_ROW}
        legend = spec["legend"]
        if legend.get("yref", "paper") == "paper" and legend.get("y", 1) >= 1:
            spec["legend"] = LEGEND_BOTTOM
    return go.Figure({"data": list(traces), "layout": spec})
