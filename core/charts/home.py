"""The home page's live miniature: three probability bars, the T = 1 bars as dashed outlines.

Also used by the formula page (the same bars, without a reference). Data in, translated texts in,
figure out; labels here are the app's own ("A", "B", "C"), never user text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import (
    PROBABILITY,
    axis,
    figure,
    label_heights,
    reference_hover,
    reference_outlines,
    value_labels,
)
from core.number_text import bar_labels

Texts = Mapping[str, str]


AXIS_TOP = 1.15  # the y axis runs 0–115 %, whatever the temperature: bars keep their scale


def probability_bars(
    labels: Sequence[str],
    p: ArrayLike,
    texts: Texts,
    reference: ArrayLike | None = None,
    height: int = 260,
    tiny_digits: bool = True,
) -> go.Figure:
    """One PROBABILITY bar per option with its share printed above it; ``reference`` (the T = 1
    shares) as a dashed outline over the same slot (``reference_outlines``), so both read without
    colour. Traces: the live bars, then the labels (a text-only scatter); the outlines are shapes.

    ``texts``: "title", "current" (the live bars' legend) and, with a reference, "reference".
    ``tiny_digits``: a tiny share keeps its digits ("1.4 × 10⁻⁸⁵%", the formula page's exact numbers);
    False writes it "<0.1%", short while T moves, as the temperature page does (``bar_labels``).
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
    shapes: list[dict] = []
    top = p
    if reference is not None:
        # At T = 1 the outline is the bars' own edge: a second legend entry would name them twice.
        shapes = reference_outlines(labels, reference, texts["reference"], not np.array_equal(reference, p))
        live["customdata"] = np.asarray(reference, dtype=float)
        live["hovertemplate"] = (
            "%{x}: %{y:.4f}" + reference_hover(texts["reference"], ":.4f") + "<extra></extra>"
        )
        top = label_heights(p, reference, AXIS_TOP)
    labels_trace = value_labels(labels, top, bar_labels(p, tiny_digits))
    return figure(
        [live, labels_trace],
        texts["title"],
        height=height,
        xaxis=axis(type="category"),
        yaxis=axis(range=[0, AXIS_TOP], tickformat=".0%"),  # % ticks: no rotated title
        shapes=shapes,
        showlegend=reference is not None,
    )
