"""The home page's live miniature: three probability bars, the T = 1 bars as an outline behind.

Also used by the formula page (the same bars, without a reference). Data in, translated texts in,
figure out; labels here are the app's own ("A", "B", "C"), never user text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import PROBABILITY, REFERENCE, axis, figure
from core.worked_example import percent

Texts = Mapping[str, str]


LABEL_ROOM = 0.12  # of the 0–115 % axis: a line of 12 px text in the plot's ~120 px (home, phone and desktop)


def probability_bars(
    labels: Sequence[str],
    p: ArrayLike,
    texts: Texts,
    reference: ArrayLike | None = None,
    height: int = 260,
) -> go.Figure:
    """One PROBABILITY bar per option with its share printed above it; ``reference`` (the T = 1
    shares) as an unfilled REFERENCE outline over the same slot, so both read without colour.
    Traces: the live bars, the reference (if any), then the labels (a text-only scatter).

    ``texts``: "title", "current" (the live bars' legend) and, with a reference, "reference".
    The y axis is fixed at 0–100 % so bars keep their scale while the temperature moves.
    """
    p = np.asarray(p, dtype=float)  # [n]
    live = {
        "type": "bar",
        "x": list(labels),
        "y": p,
        "name": texts["current"],
        "marker": {"color": PROBABILITY},
        "hovertemplate": "%{x}: %{y:.4f}<extra></extra>",
    }
    traces = [live]
    top = p
    if reference is not None:  # drawn after the live bars, unfilled, so its edge shows on top
        ref = np.asarray(reference, dtype=float)
        traces.append(
            {
                "type": "bar",
                "x": list(labels),
                "y": ref,
                "name": texts["reference"],
                # At T = 1 the outline is the bars' own edge: a second legend entry would name them twice.
                "showlegend": not np.array_equal(ref, p),
                "marker": {"color": "rgba(0,0,0,0)", "line": {"color": REFERENCE, "width": 2}},
                "hovertemplate": "%{x}, " + texts["reference"] + ": %{y:.4f}<extra></extra>",
            }
        )
        # A share is printed just above its own bar; only where the outline's top is too close above
        # the bar for a line of text in between does it go above the outline (then the two tops
        # are side by side and the label reads as the bar's). Above a much taller outline it read
        # as the outline's value.
        top = np.where(ref - p > LABEL_ROOM, p, np.maximum(p, ref))
    traces.append(
        {
            "type": "scatter",
            "x": list(labels),
            "y": top,
            "mode": "text",
            "text": [percent(v) for v in p],
            "textposition": "top center",
            "cliponaxis": False,
            "showlegend": False,
            "hoverinfo": "skip",
        }
    )
    return figure(
        traces,
        texts["title"],
        height=height,
        xaxis=axis(type="category"),
        yaxis=axis(range=[0, 1.15], tickformat=".0%"),  # % ticks: no rotated title
        barmode="overlay",
        showlegend=reference is not None,
    )
