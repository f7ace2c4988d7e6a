"""One look for every chart, and one fast way to build a figure.

Colours are readable on light and dark themes. Figures are written as plain dicts, exactly Plotly's
JSON, and :func:`figure` wraps them in a :class:`Figure` that hands that JSON to ``st.plotly_chart``
as it is. Building Plotly's object tree and copying it back out cost about 0.6 ms a chart, and a
view has up to four: half of a rerun. The test suite switches validation on (``VALIDATE``, set in
``tests/conftest.py``), so every figure a test builds, on its own or inside a page, is checked
property by property there instead.
"""

from __future__ import annotations

import copy
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


def template() -> dict[str, Any]:
    """A small template in place of Plotly's default (about 6 KB copied and sent with every figure).

    Streamlit's frontend still applies its theme (fonts, grid, background) to whatever template a
    figure carries; every trace here sets its own colours, the colorway is only a fallback. A fresh
    copy each time: a figure's JSON is sent as it is, so no two figures share one.
    """
    return {
        "layout": {"colorway": list(SEQUENCE)},
        "data": {"scatter": [{"type": "scatter", "marker": {"line": {"width": 0}}}]},
    }


VALIDATE = False  # True: Plotly checks every property (a typo raises ValueError); tests turn it on
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


def _plain(value: Any) -> Any:
    """A trace or layout with its NumPy arrays (also inside nested dicts, e.g. marker colours) as lists.

    Lists are exact in JSON (Python writes the shortest repr that reads back the same float) and
    cost less to send than Plotly's base64 packing, about 50 µs an array; the app's longest is 301.
    Lists are not searched: put arrays straight under a key.
    """
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Mapping):
        return {key: _plain(v) for key, v in value.items()}
    return value


class Figure(go.Figure):
    """A ``go.Figure`` that stays the plain JSON it was built from until something asks for more.

    ``st.plotly_chart`` only calls ``to_dict()``, and gets the JSON itself, not a copy. Anything
    else — ``fig.data``, ``fig.layout``, ``update_layout``, printing — first builds the ordinary
    ``go.Figure`` from that JSON (checked property by property when ``VALIDATE`` is on), so the
    object behaves like any Plotly figure. Not for sharing between threads while unbuilt.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.__dict__["_spec"] = spec  # go.Figure's own state is made from it on first use (_build)

    def _build(self) -> None:
        spec = self.__dict__.pop("_spec")
        try:
            go.Figure.__init__(self, spec, _validate=VALIDATE)
        except Exception:
            self.__dict__["_spec"] = spec  # a bad spec stays readable (and raises again if read)
            raise

    def __getattr__(self, name: str) -> Any:
        # Reached only for attributes not there yet: all of go.Figure's until it is built. Python's
        # own hooks (__deepcopy__, __getstate__, ...) are not go.Figure's and need no build.
        if "_spec" not in self.__dict__ or name.startswith("__"):
            raise AttributeError(name)
        self._build()
        return getattr(self, name)

    def to_dict(self) -> dict[str, Any]:
        """The figure as Plotly's JSON. Unbuilt, that is the spec itself: read it, don't change it."""
        spec = self.__dict__.get("_spec")
        return spec if spec is not None else super().to_dict()

    def __reduce__(self) -> tuple[type, tuple[dict[str, Any]]]:
        """Copy and pickle through the JSON, so a copy shares nothing and an unbuilt one stays unbuilt."""
        spec = self.__dict__.get("_spec")
        return (Figure, (copy.deepcopy(spec) if spec is not None else self.to_plotly_json(),))


def figure(
    traces: Sequence[Trace],
    title: str,
    *,
    height: int = 340,
    xaxis: Mapping[str, Any] | None = None,
    yaxis: Mapping[str, Any] | None = None,
    **layout: Any,
) -> Figure:
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
        "template": template(),
        "xaxis": xaxis or axis(),
        "yaxis": yaxis or axis(),
        **layout,
    }
    # _plain copies every dict, so no figure shares MARGIN, LEGEND or a caller's axis dict.
    fig = Figure({"data": [_plain(trace) for trace in traces], "layout": _plain(spec)})
    if VALIDATE:
        fig._build()  # check every property now, not when (or if) something reads the figure
    return fig
