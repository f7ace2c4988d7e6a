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

from core.charts.style import BLUE, FAINT, GREY, LEGEND, ORANGE, SEQUENCE, axis, figure

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
    numbers = [_number(v) for v in z]
    bars = {
        "type": "bar",
        "x": safe_labels(labels),
        "y": np.where(np.isneginf(z), 0.0, z),  # a bar of height 0 carries the −∞ label
        "text": numbers,
        "textposition": "outside",
        "cliponaxis": False,
        "marker": {"color": BLUE},
        "customdata": numbers,
        "hovertemplate": "%{x}<br>z = %{customdata}<extra></extra>",
        "name": texts["logit"],
    }
    return figure([bars], texts["title"], xaxis=axis(texts["x"], type="category"), yaxis=axis(texts["y"]))


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
    traces = []
    if reference is not None:
        traces.append(
            {
                "type": "bar",
                "x": names,
                "y": np.asarray(reference, dtype=float),
                "name": texts["reference"],
                "marker": {"color": GREY, "opacity": FAINT},
                "hovertemplate": "%{x}<br>" + texts["reference"] + ": %{y:.6f}<extra></extra>",
            }
        )
    traces.append(
        {
            "type": "bar",
            "x": names,
            "y": p,
            "name": texts["current"],
            "marker": {"color": [ORANGE if t else BLUE for t in top]},
            "text": [f"{STAR} {v:.1%}" if t else f"{v:.1%}" for v, t in zip(p, top, strict=True)],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": "%{x}<br>p = %{y:.10f}<extra></extra>",
        }
    )
    # Room above the tallest bar for its label; many small bars (200 tokens) still get a readable scale.
    tallest = max(float(p.max()), float(np.max(reference)) if reference is not None else 0.0)
    return figure(
        traces,
        texts["title"],
        xaxis=axis(texts["x"], type="category"),
        yaxis=axis(texts["y"], range=[0, min(1.15, max(0.1, 1.2 * tallest))], tickformat=".0%"),
        barmode="overlay",
        showlegend=reference is not None,
    )


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
    traces = []
    for i, name in enumerate(safe_labels(labels)):
        colour = SEQUENCE[i % len(SEQUENCE)]
        line = {"type": "scatter", "x": temps, "y": probs[:, i], "mode": "lines", "name": name,
                "line": {"color": colour, "width": 2}, "hovertemplate": SWEEP_HOVER}  # fmt: skip
        dot = {"color": colour, "size": 10, "line": {"color": "white", "width": 1.5}}
        marker = {"type": "scatter", "x": [t_now], "y": [p_now[i]], "mode": "markers", "name": name,
                  "showlegend": False, "hovertemplate": SWEEP_HOVER, "marker": dot}  # fmt: skip
        traces += [line, marker]
    now_line = {"type": "line", "xref": "x", "yref": "y domain", "x0": t_now, "x1": t_now, "y0": 0, "y1": 1,
                "line": {"color": GREY, "dash": "dot"}}  # fmt: skip
    # Annotations on a log axis take log10(x) (a Plotly rule add_vline's own label gets wrong).
    now_label = {  # inside the plot's top edge, clear of the legend above it
        "x": float(np.log10(t_now)),
        "y": 0.97,
        "yref": "paper",
        "text": texts["current"],
        "showarrow": False,
        "yanchor": "top",
        "xanchor": "left",
        "xshift": 4,
        "bgcolor": "rgba(128,128,128,0.15)",
    }
    return figure(
        traces,
        texts["title"],
        height=380,
        xaxis=axis(texts["x"], type="log"),
        yaxis=axis(texts["y"], range=[-0.02, 1.02], tickformat=".0%"),
        shapes=[now_line],
        annotations=[now_label],
    )


def normalizations_figure(
    labels: Sequence[str], methods: Sequence[str], values: Sequence[Sequence[float]], texts: Texts
) -> go.Figure:
    """Grouped bars: each method's values per token; broken ones (NaN, negative) show as they are."""
    names = safe_labels(labels)
    traces = []
    for i, (method, vals) in enumerate(zip(methods, values, strict=True)):
        v = np.asarray(vals, dtype=float)
        traces.append(
            {
                "type": "bar",
                "x": names,
                "y": np.where(np.isfinite(v), v, np.nan),
                "name": method,
                "marker": {"color": SEQUENCE[i % len(SEQUENCE)]},
                "hovertemplate": method + "<br>%{x}: %{y:.4f}<extra></extra>",
            }
        )
    return figure(
        traces,
        texts["title"],
        height=320,
        xaxis=axis(texts["x"], type="category"),
        yaxis=axis(texts["y"]),
        barmode="group",
        legend={**LEGEND, "y": 1.12},
    )
