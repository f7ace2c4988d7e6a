"""Figures of the "Why softmax?" page. Data in (already computed by core), translated texts in, figure out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import BLUE, FAINT, GREEN, GREY, ORANGE, PURPLE, RED, SEQUENCE, base_layout

Texts = Mapping[str, str]
# Legends go under the plot: above it they collide with long (Chinese or English) titles and with
# the preset labels drawn at the top of the loss chart.
LEGEND_BELOW = {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.18, "yanchor": "top"}
# Below an x-axis title the legend must start lower, or the two overlap (Plotly takes the larger of
# the margins they ask for, not the sum).
LEGEND_BELOW_TITLE = {**LEGEND_BELOW, "y": -0.34}
MARGIN = {"l": 10, "r": 10, "t": 48, "b": 10}


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
    fig = go.Figure()
    fig.add_scatter(x=x, y=np.asarray(squared), name=texts["squared"], line={"color": RED, "width": 3})
    fig.add_scatter(
        x=x, y=np.asarray(cross), name=texts["cross"], line={"color": BLUE, "width": 3}, yaxis="y2"
    )
    for value, label in marks:
        fig.add_vline(
            x=value, line={"color": GREY, "dash": "dot"}, annotation_text=label, annotation_position="top"
        )
    if current is not None:
        cx, csq, cce = current
        fig.add_scatter(
            x=[cx],
            y=[csq],
            mode="markers",
            name=texts["you"],
            showlegend=False,
            marker={"color": RED, "size": 13, "line": {"color": "white", "width": 2}},
        )
        fig.add_scatter(
            x=[cx],
            y=[cce],
            mode="markers",
            name=texts["you"],
            yaxis="y2",
            showlegend=False,
            marker={"color": BLUE, "size": 13, "line": {"color": "white", "width": 2}},
        )
    base_layout(fig, texts["title"], texts["x"], texts["squared"], height=380)
    fig.update_layout(
        yaxis={"title": {"text": texts["squared"], "font": {"color": RED}}, "rangemode": "tozero"},
        yaxis2=_right_loss_axis(texts["cross"]),
        legend=LEGEND_BELOW,
        margin=MARGIN,
    )
    return fig


def normalise_figure(
    classes: Sequence[str], target: ArrayLike, linear: ArrayLike | None, soft: ArrayLike, texts: Texts
) -> go.Figure:
    """Grouped bars per class: the target, the linear z/Σz (if defined) and softmax."""
    fig = go.Figure()
    fig.add_bar(
        x=list(classes), y=np.asarray(target), name=texts["target"], marker_color=GREY, opacity=FAINT + 0.2
    )
    if linear is not None:
        lin = np.asarray(linear)
        fig.add_bar(
            x=list(classes),
            y=lin,
            name=texts["linear"],
            marker_color=ORANGE,
            text=[f"{v:.3f}" for v in lin],
            textposition="outside",
        )
    sm = np.asarray(soft)
    fig.add_bar(
        x=list(classes),
        y=sm,
        name=texts["softmax"],
        marker_color=BLUE,
        text=[f"{v:.3f}" for v in sm],
        textposition="outside",
    )
    base_layout(fig, texts["title"], "", texts["y"], height=340)
    fig.update_layout(barmode="group", yaxis_range=[0, 1.18], legend=LEGEND_BELOW, margin=MARGIN)
    return fig


def gradient_figure(
    classes: Sequence[str], p: ArrayLike, y: ArrayLike, grad: ArrayLike, texts: Texts
) -> go.Figure:
    """Per class: probability p, target y, and the gradient p − y (negative: this step raises the score)."""
    g = np.asarray(grad)
    fig = go.Figure()
    fig.add_bar(x=list(classes), y=np.asarray(p), name=texts["p"], marker_color=BLUE)
    fig.add_bar(x=list(classes), y=np.asarray(y), name=texts["y"], marker_color=GREY, opacity=FAINT + 0.2)
    fig.add_bar(
        x=list(classes),
        y=g,
        name=texts["grad"],
        marker_color=[GREEN if v < 0 else RED for v in g],
        text=[f"{v:+.3f}" for v in g],
        textposition="outside",
    )
    fig.add_hline(y=0, line={"color": GREY, "width": 1})
    base_layout(fig, texts["title"], "", "", height=340)
    fig.update_layout(barmode="group", yaxis_range=[-1.25, 1.25], legend=LEGEND_BELOW, margin=MARGIN)
    return fig


def history_figure(scores: ArrayLike, losses: ArrayLike, classes: Sequence[str], texts: Texts) -> go.Figure:
    """Scores (left axis) and cross-entropy (right axis) after each gradient step: [steps+1, n], [steps+1]."""
    s = np.asarray(scores, dtype=float)
    steps = np.arange(len(s))
    fig = go.Figure()
    for i, name in enumerate(classes):
        fig.add_scatter(
            x=steps,
            y=s[:, i],
            name=texts["score"].format(name=name),
            mode="lines+markers",
            line={"color": SEQUENCE[(i + 2) % len(SEQUENCE)]},
        )
    fig.add_scatter(
        x=steps,
        y=np.asarray(losses),
        name=texts["loss"],
        mode="lines+markers",
        yaxis="y2",
        line={"color": BLUE, "width": 3},
    )
    base_layout(fig, texts["title"], texts["x"], texts["y"], height=340)
    fig.update_layout(
        xaxis={"dtick": 1 if len(s) <= 12 else None, "rangemode": "tozero"},
        yaxis2=_right_loss_axis(texts["loss"]),
        legend=LEGEND_BELOW_TITLE,
        margin=MARGIN,
    )
    return fig


def vectors_figure(
    query: ArrayLike, keys: ArrayLike, names: Sequence[str], weights: ArrayLike, texts: Texts
) -> go.Figure:
    """The query and the keys as arrows from the origin in 2-D; a key's marker grows with its weight."""
    q = np.asarray(query, dtype=float)
    k = np.asarray(keys, dtype=float)
    w = np.asarray(weights, dtype=float)
    fig = go.Figure()
    for i, (name, (kx, ky)) in enumerate(zip(names, k, strict=True)):
        fig.add_scatter(
            x=[0, kx],
            y=[0, ky],
            mode="lines",
            line={"color": ORANGE, "width": 1},
            showlegend=False,
            hoverinfo="skip",
        )
        fig.add_scatter(
            x=[kx],
            y=[ky],
            mode="markers+text",
            cliponaxis=False,
            text=[f"{name} ({w[i]:.2f})"],
            textposition="top center",
            marker={"color": ORANGE, "size": 8 + 30 * w[i], "opacity": 0.85},
            name=texts["keys"],
            showlegend=i == 0,
            legendgroup="keys",
        )
    fig.add_scatter(
        x=[0, q[0]],
        y=[0, q[1]],
        mode="lines+markers+text",
        name=texts["query"],
        text=["", "q"],
        textposition="top center",
        line={"color": BLUE, "width": 4},
        marker={"color": BLUE, "size": [0, 14]},
    )
    base_layout(fig, texts["title"], "x", "y", height=400)
    fig.update_layout(yaxis={"scaleanchor": "x", "scaleratio": 1}, legend=LEGEND_BELOW, margin=MARGIN)
    return fig


def weights_figure(names: Sequence[str], scores: ArrayLike, weights: ArrayLike, texts: Texts) -> go.Figure:
    """Attention weights as bars, the scores they came from in the hover and the labels."""
    w = np.asarray(weights, dtype=float)
    s = np.asarray(scores, dtype=float)
    fig = go.Figure()
    fig.add_bar(
        x=list(names),
        y=w,
        name=texts["weights"],
        marker_color=PURPLE,
        text=[f"{v:.3f}" for v in w],
        textposition="outside",
        customdata=s,
        hovertemplate="%{x}: w = %{y:.3f}, s = %{customdata:.3f}<extra></extra>",
    )
    base_layout(fig, texts["title"], "", texts["y"], height=340)
    fig.update_layout(yaxis_range=[0, 1.15], showlegend=False)
    return fig


def values_figure(
    values: ArrayLike, names: Sequence[str], weights: ArrayLike, output: ArrayLike, texts: Texts
) -> go.Figure:
    """The value vectors as points (size ∝ weight) and their weighted average as a star."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    o = np.asarray(output, dtype=float)
    fig = go.Figure()
    fig.add_scatter(
        x=v[:, 0],
        y=v[:, 1],
        mode="markers+text",
        cliponaxis=False,
        name=texts["values"],
        text=list(names),
        textposition="top center",
        marker={"color": GREEN, "size": 8 + 30 * w, "opacity": 0.8},
    )
    fig.add_scatter(
        x=[o[0]],
        y=[o[1]],
        mode="markers+text",
        cliponaxis=False,
        name=texts["output"],
        text=[texts["output"]],
        textposition="bottom center",
        marker={"color": RED, "size": 18, "symbol": "star"},
    )
    base_layout(fig, texts["title"], "v₁", "v₂", height=340)
    fig.update_layout(yaxis={"scaleanchor": "x", "scaleratio": 1}, legend=LEGEND_BELOW_TITLE, margin=MARGIN)
    return fig


def scale_sweep_figure(
    scales: ArrayLike, weights: ArrayLike, names: Sequence[str], current: float, texts: Texts
) -> go.Figure:
    """Each key's weight as the scale grows ([s], [s, n]); the current scale as a dotted line."""
    sc = np.asarray(scales, dtype=float)
    w = np.asarray(weights, dtype=float)
    fig = go.Figure()
    for i, name in enumerate(names):
        fig.add_scatter(
            x=sc, y=w[:, i], name=name, mode="lines", line={"color": SEQUENCE[i % len(SEQUENCE)], "width": 2}
        )
    fig.add_vline(x=current, line={"color": GREY, "dash": "dot"})
    base_layout(fig, texts["title"], texts["x"], texts["y"], height=340)
    fig.update_layout(yaxis_range=[0, 1.02], legend=LEGEND_BELOW_TITLE, margin=MARGIN)
    return fig
