"""One look for every chart, and one fast way to build a figure.

Colours are readable on light and dark themes. Figures are written as plain dicts and turned into a
``go.Figure`` in one pass by :func:`figure`, without Plotly's per-property validation: validating and
then copying the default template took 5–50 ms per figure, the whole budget of a rerun. The test
suite switches validation on (``VALIDATE``, set in ``tests/conftest.py``), so every figure a test
builds, on its own or inside a page, is checked property by property there instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
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
FAINT = 0.35  # opacity of reference traces drawn behind the live ones

# A small template in place of Plotly's default (about 6 KB copied and sent with every figure).
# Streamlit's frontend still applies its theme (fonts, grid, background) to whatever template
# a figure carries; every trace here sets its own colours, the colorway is only a fallback.
TEMPLATE: dict[str, Any] = {
    "layout": {"colorway": list(SEQUENCE)},
    "data": {"scatter": [{"type": "scatter", "marker": {"line": {"width": 0}}}]},
}
# Arrays up to this size go to the browser as JSON lists: Plotly packs a NumPy array into base64
# (exact, compact) at about 50 µs an array, more than a short list costs. Longer ones stay packed.
SMALL_ARRAY = 100
VALIDATE = False  # True: Plotly checks every property (a typo raises ValueError); tests turn it on
MARGIN = {"l": 10, "r": 10, "t": 48, "b": 10}
LEGEND = {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1}

VISIBLE_CHARS = {" ": "␣", "\n": "↵", "\t": "⇥"}

Trace = dict[str, Any]


def visible(ch: str) -> str:
    """Show whitespace characters as visible symbols (␣ ↵ ⇥) on axes and labels."""
    return "".join(VISIBLE_CHARS.get(c, c) for c in ch)


def axis(title: str = "", **props: Any) -> dict[str, Any]:
    """An axis spec with its title (Plotly wants ``{"title": {"text": ...}}``)."""
    return {"title": {"text": title}, **props}


def _small_arrays_as_lists(value: Any) -> Any:
    """A trace with its short NumPy arrays (also inside nested dicts, e.g. marker colours) as lists."""
    if isinstance(value, np.ndarray):
        return value.tolist() if value.size <= SMALL_ARRAY else value
    if isinstance(value, dict):
        return {key: _small_arrays_as_lists(v) for key, v in value.items()}
    return value


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

    Each trace is a dict with its ``type`` ("bar", "scatter", ...), exactly as in Plotly's JSON.
    """
    spec = {
        "title": {"text": title, "x": 0, "xanchor": "left"},
        "height": height,
        "margin": MARGIN,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"namelength": -1},
        "legend": LEGEND,
        "template": TEMPLATE,
        "xaxis": dict(xaxis or axis()),
        "yaxis": dict(yaxis or axis()),
        **layout,
    }
    data = [_small_arrays_as_lists(trace) for trace in traces]
    return go.Figure({"data": data, "layout": spec}, _validate=VALIDATE)
