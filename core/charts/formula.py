"""Figures of the formula page (article section 03): divide by the sum against softmax.

Data in (already computed by ``core.worked_example``), translated texts in, figure out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import BY_SUM_PATTERN, HATCH_OVER, NAIVE, PROBABILITY, axis, figure
from core.number_text import minus

Texts = Mapping[str, str]


def _label(v: float, digits: int) -> str:
    return "—" if not np.isfinite(v) else minus(f"{v:.{digits}f}")


def gaps_figure(
    labels: Sequence[str], by_sum: ArrayLike, softmax_p: ArrayLike, texts: Texts, height: int = 280
) -> go.Figure:
    """Two bars per option: z / Σz (NAIVE, hatched, 2 decimals as the article prints 0.83) and
    softmax (PROBABILITY, 3 decimals as 0.982). A negative share is drawn below 0, where a
    probability cannot be; a division by zero (±∞, NaN) has no bar and a "—" label.

    ``texts``: "title", "by_sum", "softmax".
    """
    naive = np.asarray(by_sum, dtype=float)  # [n]
    soft = np.asarray(softmax_p, dtype=float)  # [n]
    bars = [
        {
            "type": "bar",
            "x": list(labels),
            "y": np.where(np.isfinite(naive), naive, np.nan),
            "name": texts["by_sum"],
            "marker": {
                "color": NAIVE,  # the pattern is drawn over the colour ("overlay"), not instead of it
                "pattern": {"shape": BY_SUM_PATTERN, **HATCH_OVER},
            },
            "text": [_label(v, 2) for v in naive],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": texts["by_sum"] + "<br>%{x}: %{y:.4f}<extra></extra>",
        },
        {
            "type": "bar",
            "x": list(labels),
            "y": soft,
            "name": texts["softmax"],
            "marker": {"color": PROBABILITY},
            "text": [_label(v, 3) for v in soft],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": texts["softmax"] + "<br>%{x}: %{y:.4f}<extra></extra>",
        },
    ]
    finite = np.concatenate([naive[np.isfinite(naive)], soft])
    low = min(0.0, float(finite.min()) * 1.25)
    high = max(1.15, float(finite.max()) * 1.2)
    return figure(
        bars,
        texts["title"],
        height=height,
        xaxis=axis(type="category"),
        yaxis=axis(range=[low, high], zeroline=True),  # no rotated title (zh reads sideways)
        barmode="group",
        margin={"l": 10, "r": 10, "t": 72, "b": 10},
    )
