"""Figures of the Softmax Playground. Data in (already computed by core), translated texts in, figure out.

Token labels are user text: they are HTML-escaped before they reach Plotly, whose labels
understand a little HTML (<b>, <a href>), so "<b>x</b>" is drawn as typed, never as markup.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import BLUE, FAINT, GREY, ORANGE, SEQUENCE, base_layout

Texts = Mapping[str, str]
STAR = "★"
# The token's name comes in through %{fullData.name}, never pasted into the template, so a label
# such as "%{y}" is shown as typed instead of being filled in by Plotly.
SWEEP_HOVER = "%{fullData.name}<br>T = %{x:.3g}<br>p = %{y:.6f}<extra></extra>"


def safe_labels(labels: Sequence[str]) -> list[str]:
    """Labels as literal text for Plotly: HTML-escaped (Plotly decodes the entities back for display)."""
    return [html.escape(label, quote=False) for label in labels]


def _number(x: float) -> str:
    """A compact number for hover and bar text: 2, 0.1, 1e+308, −∞."""
    if np.isneginf(x):
        return "−∞"
    return f"{x:.6g}"


def logits_figure(labels: Sequence[str], logits: ArrayLike, texts: Texts) -> go.Figure:
    """One bar per token: its raw score z. Masked tokens (z = −∞) get no bar, only a "−∞" label."""
    z = np.asarray(logits, dtype=float)  # [n]
    names = safe_labels(labels)
    shown = np.where(np.isneginf(z), 0.0, z)  # a bar of height 0 carries the −∞ label
    fig = go.Figure(
        go.Bar(
            x=names,
            y=shown,
            text=[_number(v) for v in z],
            textposition="outside",
            cliponaxis=False,
            marker_color=BLUE,
            customdata=[_number(v) for v in z],
            hovertemplate="%{x}<br>z = %{customdata}<extra></extra>",
            name=texts["logit"],
        )
    )
    base_layout(fig, texts["title"], texts["x"], texts["y"])
    fig.update_xaxes(type="category")
    return fig


def probabilities_figure(
    labels: Sequence[str],
    p: ArrayLike,
    reference: ArrayLike | None,
    texts: Texts,
) -> go.Figure:
    """Bars of p with percentage labels, the T = 1 distribution faint behind, the top token starred.

    The top token is marked by a ★ in its label and an annotation, not only by colour, so it
    reads in grey-scale and for colour-blind users. ``reference`` is None when T = 1 already.
    """
    p = np.asarray(p, dtype=float)  # [n]
    names = safe_labels(labels)
    top = p == p.max()
    fig = go.Figure()
    if reference is not None:
        ref = np.asarray(reference, dtype=float)
        fig.add_bar(
            x=names,
            y=ref,
            name=texts["reference"],
            marker={"color": GREY, "opacity": FAINT},
            hovertemplate="%{x}<br>" + texts["reference"] + ": %{y:.6f}<extra></extra>",
        )
    fig.add_bar(
        x=names,
        y=p,
        name=texts["current"],
        marker={"color": [ORANGE if t else BLUE for t in top]},
        text=[f"{STAR} {v:.1%}" if t else f"{v:.1%}" for v, t in zip(p, top, strict=True)],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{x}<br>p = %{y:.10f}<extra></extra>",
    )
    base_layout(fig, texts["title"], texts["x"], texts["y"])
    fig.update_layout(barmode="overlay", showlegend=reference is not None)
    fig.update_xaxes(type="category")
    # Room above the tallest bar for its label; many small bars (200 tokens) still get a readable scale.
    tallest = max(float(p.max()), float(np.max(reference)) if reference is not None else 0.0)
    fig.update_yaxes(range=[0, min(1.15, max(0.1, 1.2 * tallest))], tickformat=".0%")
    return fig


def sweep_figure(
    labels: Sequence[str],
    temperatures: ArrayLike,
    probabilities: ArrayLike,
    current: tuple[float, ArrayLike],
    texts: Texts,
) -> go.Figure:
    """A line per token of p against T (log axis), a marker at the current T on each line.

    ``probabilities`` is [len(temperatures), n]; ``current`` is (T shown, p at that T). The left
    end reaches one-hot (T → 0), the right end uniform (T → ∞).
    """
    temps = np.asarray(temperatures, dtype=float)  # [m]
    probs = np.asarray(probabilities, dtype=float)  # [m, n]
    t_now, p_now = current[0], np.asarray(current[1], dtype=float)  # [n]
    fig = go.Figure()
    for i, name in enumerate(safe_labels(labels)):
        colour = SEQUENCE[i % len(SEQUENCE)]
        fig.add_scatter(
            x=temps,
            y=probs[:, i],
            mode="lines",
            name=name,
            line={"color": colour, "width": 2},
            hovertemplate=SWEEP_HOVER,
        )
        fig.add_scatter(
            x=[t_now],
            y=[p_now[i]],
            mode="markers",
            name=name,
            showlegend=False,
            marker={"color": colour, "size": 10, "line": {"color": "white", "width": 1.5}},
            hovertemplate=SWEEP_HOVER,
        )
    fig.add_vline(x=t_now, line={"color": GREY, "dash": "dot"})
    # Annotations on a log axis take log10(x) (a Plotly rule add_vline's own label gets wrong).
    fig.add_annotation(  # inside the plot's top edge, clear of the legend above it
        x=float(np.log10(t_now)),
        y=0.97,
        yref="paper",
        text=texts["current"],
        showarrow=False,
        yanchor="top",
        xanchor="left",
        xshift=4,
        bgcolor="rgba(128,128,128,0.15)",
    )
    base_layout(fig, texts["title"], texts["x"], texts["y"], height=380)
    fig.update_xaxes(type="log")
    fig.update_yaxes(range=[-0.02, 1.02], tickformat=".0%")
    return fig


def normalizations_figure(
    labels: Sequence[str], methods: Sequence[str], values: Sequence[Sequence[float]], texts: Texts
) -> go.Figure:
    """Grouped bars: each method's values per token; broken ones (NaN, negative) show as they are."""
    fig = go.Figure()
    names = safe_labels(labels)
    for i, (method, vals) in enumerate(zip(methods, values, strict=True)):
        v = np.asarray(vals, dtype=float)
        fig.add_bar(
            x=names,
            y=np.where(np.isfinite(v), v, np.nan),
            name=method,
            marker_color=SEQUENCE[i % len(SEQUENCE)],
            hovertemplate=method + "<br>%{x}: %{y:.4f}<extra></extra>",
        )
    base_layout(fig, texts["title"], texts["x"], texts["y"], height=320)
    fig.update_layout(barmode="group", legend={"y": 1.12})
    fig.update_xaxes(type="category")
    return fig
