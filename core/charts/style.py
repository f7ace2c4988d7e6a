"""One look for every chart: colours, layout defaults and the figure builder every chart uses.

Colours are readable on light and dark themes. Traces are written as plain dicts, exactly Plotly's
JSON (``{"type": "bar", ...}``), and :func:`figure` builds an ordinary ``plotly.graph_objects.Figure``
from them, which checks every property: a misspelt one raises ValueError where it is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import plotly.graph_objects as go

# Colour-blind-safe (Okabe–Ito) hues, legible on white and on Streamlit's dark background.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
RED = "#D55E00"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
YELLOW = "#F0E442"
GREY = "#8C8C8C"
SEQUENCE = (BLUE, ORANGE, GREEN, RED, PURPLE, SKY, YELLOW, GREY)
FAINT = 0.35

# One colour per meaning, across every chart and page (issue 15). Pages and figure builders use
# these names, never the hues above, so a meaning cannot change colour from one chart to the next;
# colour is never the only carrier (a label, pattern, dash or marker says it too).
PROBABILITY = BLUE  # softmax's output: the probability of each option ("the rest")
CHOSEN = ORANGE  # the most likely / the chosen / the drawn option, greedy's pick
SCORE = GREY  # raw scores z, before softmax
REMOVED = "#D9D9D9"  # what a filter (top-k, top-p, min-p) removed; drawn with the pattern below
REMOVED_PATTERN = "/"
REFERENCE = "#444444"  # the T = 1 (or "before") reference: an outline, dashed, no fill
TARGET = GREEN  # y, the ideal answer
LOSS = RED  # losses and the gradient p − y; training solid, held-out dashed
NAIVE = PURPLE  # the naive alternative: divide by the sum, squared error on raw scores
DRAWN = SKY  # observed frequencies of random draws
# The Monte Carlo's statistics are measures, not options: hues of their own (Paul Tol's muted set),
# none of them a meaning's colour above, each with a bar pattern so colour is not the only carrier.
STATISTIC = {
    "distinct_ngrams": ("#332288", ""),
    "real_words": ("#44AA99", "/"),
    "repeated_ngrams": ("#999933", "x"),
    "loop_share": ("#882255", "."),
    "perplexity": ("#666666", ""),
}
# opacity of reference traces drawn behind the live ones


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

VISIBLE_CHARS = {" ": "␣", "\n": "↵", "\t": "⇥"}
_VISIBLE_TABLE = str.maketrans(VISIBLE_CHARS)

Trace = dict[str, Any]


def visible(ch: str) -> str:
    """Show whitespace characters as visible symbols (␣ ↵ ⇥) on axes and labels."""
    return ch.translate(_VISIBLE_TABLE)


def axis(title: str = "", **props: Any) -> dict[str, Any]:
    """An axis spec with its title (Plotly wants ``{"title": {"text": ...}}``)."""
    return {"title": {"text": title}, **props}


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
        "hoverlabel": {"namelength": -1},
        "legend": LEGEND,
        "template": template(),
        "xaxis": xaxis or axis(),
        "yaxis": yaxis or axis(),
        **layout,
    }
    return go.Figure({"data": list(traces), "layout": spec})
