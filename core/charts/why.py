"""Figures of the "Why softmax?" page. Data in (already computed by core), translated texts in, figure out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import BLUE, FAINT, GREEN, GREY, ORANGE, PURPLE, RED, SEQUENCE, Trace, axis, figure

Texts = Mapping[str, str]
# Legends go under the plot: above it they collide with long (Chinese or English) titles and with
# the preset labels drawn at the top of the loss chart.
LEGEND_BELOW = {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.18, "yanchor": "top"}
# Below an x-axis title the legend must start lower, or the two overlap (Plotly takes the larger of
# the margins they ask for, not the sum).
LEGEND_BELOW_TITLE = {**LEGEND_BELOW, "y": -0.34}


def _right_loss_axis(title: str) -> dict:
    """A second y axis on the right, in the cross-entropy colour, for a loss beside another scale."""
    return {
        "title": {"text": title, "font": {"color": BLUE}},
        "overlaying": "y",
        "side": "right",
        "rangemode": "tozero",
        "showgrid": False,
        "tickmode": "auto",
        "nticks": 6,
    }


def _vline(x: float) -> dict:
    """A dotted vertical line at ``x`` across the whole height of the plot."""
    return {"type": "line", "xref": "x", "yref": "y domain", "x0": x, "x1": x, "y0": 0, "y1": 1,
            "line": {"color": GREY, "dash": "dot"}}  # fmt: skip


def _label_above(x: float, text: str) -> dict:
    """A label centred on ``x`` just above the plot's top edge (where a :func:`_vline` ends)."""
    return {"x": x, "xref": "x", "y": 1, "yref": "y domain", "text": text, "showarrow": False,
            "xanchor": "center", "yanchor": "bottom"}  # fmt: skip


def _you(x: float, y: float, name: str, colour: str, **props: Any) -> Trace:
    """The user's point on a loss curve: a big marker with a white ring, not in the legend."""
    ring = {"color": "white", "width": 2}
    return {"type": "scatter", "x": [x], "y": [y], "mode": "markers", "name": name, "showlegend": False,
            "marker": {"color": colour, "size": 13, "line": ring}, **props}  # fmt: skip


def _bars(
    x: Sequence[str], y: ArrayLike, name: str, colour: Any, text_format: str = "", **props: Any
) -> Trace:
    """Bars of ``y`` per ``x``; with ``text_format`` (".3f") each bar carries its value above it."""
    bars = {"type": "bar", "x": list(x), "y": y, "name": name, "marker": {"color": colour}, **props}
    if text_format:
        bars["text"] = [format(v, text_format) for v in np.asarray(y)]
        bars["textposition"] = "outside"
    return bars


def losses_figure(
    leaf: ArrayLike,
    squared: ArrayLike,
    cross: ArrayLike,
    marks: Sequence[tuple[float, str]],
    current: tuple[float, float, float] | None,
    texts: Texts,
) -> go.Figure:
    """Both losses against the leaf score: squared error (left axis), cross-entropy (right axis).

    ``marks`` are (leaf score, label) of the presets, drawn as dotted lines; ``current`` is
    (leaf, squared, cross) of the user's scores. Two axes because squared error grows like x²
    and would flatten cross-entropy into the floor on one shared axis.
    """
    x = np.asarray(leaf, dtype=float)
    traces = [
        {"type": "scatter", "x": x, "y": np.asarray(squared), "name": texts["squared"],
         "line": {"color": RED, "width": 3}},
        {"type": "scatter", "x": x, "y": np.asarray(cross), "name": texts["cross"],
         "line": {"color": BLUE, "width": 3}, "yaxis": "y2"},
    ]  # fmt: skip
    if current is not None:
        cx, csq, cce = current
        traces += [_you(cx, csq, texts["you"], RED), _you(cx, cce, texts["you"], BLUE, yaxis="y2")]
    presets = {}
    if marks:
        presets["shapes"] = [_vline(value) for value, _ in marks]
        presets["annotations"] = [_label_above(value, label) for value, label in marks]
    return figure(
        traces,
        texts["title"],
        height=380,
        xaxis=axis(texts["x"]),
        yaxis={"title": {"text": texts["squared"], "font": {"color": RED}}, "rangemode": "tozero"},
        yaxis2=_right_loss_axis(texts["cross"]),
        legend=LEGEND_BELOW,
        **presets,
    )


def normalise_figure(
    classes: Sequence[str], target: ArrayLike, linear: ArrayLike | None, soft: ArrayLike, texts: Texts
) -> go.Figure:
    """Grouped bars per class: the target, the linear z/Σz (if defined) and softmax."""
    traces = [_bars(classes, np.asarray(target), texts["target"], GREY, opacity=FAINT + 0.2)]
    if linear is not None:
        traces.append(_bars(classes, np.asarray(linear), texts["linear"], ORANGE, ".3f"))
    traces.append(_bars(classes, np.asarray(soft), texts["softmax"], BLUE, ".3f"))
    return figure(
        traces,
        texts["title"],
        yaxis=axis(texts["y"], range=[0, 1.18]),
        barmode="group",
        legend=LEGEND_BELOW,
    )


def gradient_figure(
    classes: Sequence[str], p: ArrayLike, y: ArrayLike, grad: ArrayLike, texts: Texts
) -> go.Figure:
    """Per class: probability p, target y, and the gradient p − y (negative: this step raises the score)."""
    g = np.asarray(grad)
    traces = [
        _bars(classes, np.asarray(p), texts["p"], BLUE),
        _bars(classes, np.asarray(y), texts["y"], GREY, opacity=FAINT + 0.2),
        _bars(classes, g, texts["grad"], [GREEN if v < 0 else RED for v in g], "+.3f"),
    ]
    zero = {"type": "line", "xref": "x domain", "yref": "y", "x0": 0, "x1": 1, "y0": 0, "y1": 0,
            "line": {"color": GREY, "width": 1}}  # fmt: skip
    return figure(
        traces,
        texts["title"],
        yaxis=axis(range=[-1.25, 1.25]),
        barmode="group",
        legend=LEGEND_BELOW,
        shapes=[zero],
    )


def history_figure(scores: ArrayLike, losses: ArrayLike, classes: Sequence[str], texts: Texts) -> go.Figure:
    """Scores (left axis) and cross-entropy (right axis) after each gradient step: [steps+1, n], [steps+1]."""
    s = np.asarray(scores, dtype=float)
    steps = np.arange(len(s))
    traces = [
        {"type": "scatter", "x": steps, "y": s[:, i], "name": texts["score"].format(name=name),
         "mode": "lines+markers", "line": {"color": SEQUENCE[(i + 2) % len(SEQUENCE)]}}
        for i, name in enumerate(classes)
    ]  # fmt: skip
    traces.append(
        {"type": "scatter", "x": steps, "y": np.asarray(losses), "name": texts["loss"],
         "mode": "lines+markers", "yaxis": "y2", "line": {"color": BLUE, "width": 3}}
    )  # fmt: skip
    # One tick per step while they fit; past a dozen steps Plotly picks the spacing.
    ticks = {"dtick": 1} if len(s) <= 12 else {}
    return figure(
        traces,
        texts["title"],
        xaxis=axis(texts["x"], **ticks, rangemode="tozero"),
        yaxis=axis(texts["y"]),
        yaxis2=_right_loss_axis(texts["loss"]),
        legend=LEGEND_BELOW_TITLE,
    )


def vectors_figure(
    query: ArrayLike, keys: ArrayLike, names: Sequence[str], weights: ArrayLike, texts: Texts
) -> go.Figure:
    """The query and the keys as arrows from the origin in 2-D; a key's marker grows with its weight."""
    q = np.asarray(query, dtype=float)
    k = np.asarray(keys, dtype=float)
    w = np.asarray(weights, dtype=float)
    traces = []
    for i, (name, (kx, ky)) in enumerate(zip(names, k, strict=True)):
        shaft = {"type": "scatter", "x": [0, kx], "y": [0, ky], "mode": "lines",
                 "line": {"color": ORANGE, "width": 1}, "showlegend": False, "hoverinfo": "skip"}  # fmt: skip
        head = {"type": "scatter", "x": [kx], "y": [ky], "mode": "markers+text", "cliponaxis": False,
                "text": [f"{name} ({w[i]:.2f})"], "textposition": "top center",
                "marker": {"color": ORANGE, "size": 8 + 30 * w[i], "opacity": 0.85},
                "name": texts["keys"], "showlegend": i == 0, "legendgroup": "keys"}  # fmt: skip
        traces += [shaft, head]
    traces.append(
        {"type": "scatter", "x": [0, q[0]], "y": [0, q[1]], "mode": "lines+markers+text",
         "name": texts["query"], "text": ["", "q"], "textposition": "top center",
         "line": {"color": BLUE, "width": 4}, "marker": {"color": BLUE, "size": [0, 14]}}
    )  # fmt: skip
    return figure(
        traces,
        texts["title"],
        height=400,
        xaxis=axis("x"),
        yaxis=axis("y", scaleanchor="x", scaleratio=1),
        legend=LEGEND_BELOW,
    )


def weights_figure(names: Sequence[str], scores: ArrayLike, weights: ArrayLike, texts: Texts) -> go.Figure:
    """Attention weights as bars, the scores they came from in the hover and the labels."""
    w = np.asarray(weights, dtype=float)
    bars = _bars(
        names,
        w,
        texts["weights"],
        PURPLE,
        ".3f",
        customdata=np.asarray(scores, dtype=float),
        hovertemplate="%{x}: w = %{y:.3f}, s = %{customdata:.3f}<extra></extra>",
    )
    return figure([bars], texts["title"], yaxis=axis(texts["y"], range=[0, 1.15]), showlegend=False)


def values_figure(
    values: ArrayLike, names: Sequence[str], weights: ArrayLike, output: ArrayLike, texts: Texts
) -> go.Figure:
    """The value vectors as points (size ∝ weight) and their weighted average as a star."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    o = np.asarray(output, dtype=float)
    points = {"type": "scatter", "x": v[:, 0], "y": v[:, 1], "mode": "markers+text", "cliponaxis": False,
              "name": texts["values"], "text": list(names), "textposition": "top center",
              "marker": {"color": GREEN, "size": 8 + 30 * w, "opacity": 0.8}}  # fmt: skip
    star = {"type": "scatter", "x": [o[0]], "y": [o[1]], "mode": "markers+text", "cliponaxis": False,
            "name": texts["output"], "text": [texts["output"]], "textposition": "bottom center",
            "marker": {"color": RED, "size": 18, "symbol": "star"}}  # fmt: skip
    return figure(
        [points, star],
        texts["title"],
        xaxis=axis("v₁"),
        yaxis=axis("v₂", scaleanchor="x", scaleratio=1),
        legend=LEGEND_BELOW_TITLE,
    )


def scale_sweep_figure(
    scales: ArrayLike, weights: ArrayLike, names: Sequence[str], current: float, texts: Texts
) -> go.Figure:
    """Each key's weight as the scale grows ([s], [s, n]); the current scale as a dotted line."""
    sc = np.asarray(scales, dtype=float)
    w = np.asarray(weights, dtype=float)
    traces = [
        {"type": "scatter", "x": sc, "y": w[:, i], "name": name, "mode": "lines",
         "line": {"color": SEQUENCE[i % len(SEQUENCE)], "width": 2}}
        for i, name in enumerate(names)
    ]  # fmt: skip
    return figure(
        traces,
        texts["title"],
        xaxis=axis(texts["x"]),
        yaxis=axis(texts["y"], range=[0, 1.02]),
        legend=LEGEND_BELOW_TITLE,
        shapes=[_vline(current)],
    )
