"""Figures of the "Watch it learn" page. Data in (computed by core), translated texts in, figure out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike, NDArray

from core.charts.style import LEGEND_BOTTOM, LOSS, PROBABILITY, REFERENCE, TARGET, axis, figure, visible
from core.live_training import Point

Texts = Mapping[str, str]
LOSS_HEIGHT = 300  # first screen: at most 320 px
OUTPUT_HEIGHT = 320
SHOWN = 12  # characters on the output chart: the target and the 11 the network finds likeliest
# White crosses over the red fill: the gradient bars differ from p's and y's by more than colour.
PATTERN = {"shape": "x", "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.7, "size": 6}


def _hline(y: float, dash: str, label: str) -> tuple[dict, dict]:
    """A REFERENCE line across the plot at ``y`` and its label at the right end, above the line."""
    line = {"type": "line", "xref": "x domain", "yref": "y", "x0": 0, "x1": 1, "y0": y, "y1": y,
            "line": {"color": REFERENCE, "dash": dash, "width": 1.5}}  # fmt: skip
    note = {"xref": "x domain", "yref": "y", "x": 1, "y": y, "text": label, "showarrow": False,
            "xanchor": "right", "yanchor": "bottom", "font": {"color": REFERENCE, "size": 12}}  # fmt: skip
    return line, note


def x_extent(step: int, total: int) -> int:
    """The x axis's right end: the first of 1,000, 2,000, 5,000, … at or past ``step``, at most ``total``.

    The early steps, where the loss falls fastest, get the width of the chart; the axis widens only a
    few times, so the curve mostly grows across a still frame.
    """
    bound = 1000
    while bound < step and bound < total:
        bound = bound * 5 // 2 if str(bound).startswith("2") else bound * 2
    return min(bound, total)


def loss_figure(
    curve: Sequence[Point],
    total: int,
    uniform_bits: float,
    reference_bits: float | None,
    texts: Texts,
) -> go.Figure:
    """Training loss (solid) and held-out loss (dashed) in bits per character against the step.

    The y axis is fixed (0 … just above ``uniform_bits``), the x axis widens a few times (``x_extent``),
    so the curve grows across a still frame instead of the frame rescaling at every update. Two
    REFERENCE lines: the uniform guess (log₂ V) and, if given, the Kneser–Ney model's held-out loss.
    Texts: title, x, y, train, heldout, uniform (with {bits}), reference (with {bits}).
    """
    trained = [p for p in curve if p.train_bits is not None]
    extent = x_extent(curve[-1].step, total)
    traces = [
        {"type": "scatter", "mode": "lines", "name": texts["train"], "x": [p.step for p in trained],
         "y": [p.train_bits for p in trained], "line": {"color": LOSS, "width": 2}},
        {"type": "scatter", "mode": "lines+markers", "name": texts["heldout"], "x": [p.step for p in curve],
         "y": [p.heldout_bits for p in curve], "line": {"color": LOSS, "width": 2, "dash": "dash"},
         "marker": {"color": LOSS, "size": 5}},
    ]  # fmt: skip
    shapes, notes = [], []
    line, note = _hline(uniform_bits, "dot", texts["uniform"].format(bits=uniform_bits))
    shapes.append(line)
    notes.append(note)  # at the top right, where no curve goes after the first steps
    if reference_bits is not None:
        # Kneser-Ney's line is named in the legend: the training curve ends below it, the held-out
        # curve just above it, and on a phone a label anywhere along it sat on one of them.
        line, _ = _hline(reference_bits, "dashdot", "")
        shapes.append({**line, "showlegend": True, "name": texts["reference"].format(bits=reference_bits)})
    return figure(
        traces,
        texts["title"],
        height=LOSS_HEIGHT,
        # Five steps to the right end, which is labelled too (Plotly's own ticks may stop short of it).
        xaxis=axis(
            texts["x"],
            range=[0, extent],
            tickvals=[extent * i // 5 for i in range(6)],
            tickformat=",",
            ticklabeloverflow="allow",
        ),
        yaxis=axis(texts["y"], range=[0, uniform_bits + 0.6]),
        shapes=shapes,
        annotations=notes,
        hovermode="x unified",
    )


def shown_characters(p: ArrayLike, target: int, k: int = SHOWN) -> NDArray[np.int64]:
    """The ids to draw: ``target`` first, then the k − 1 others with the highest p (ties by id)."""
    p = np.asarray(p)
    others = [i for i in np.argsort(-p, kind="stable") if i != target][: k - 1]
    return np.array([target, *others], dtype=np.int64)


def output_figure(
    vocab: Sequence[str],
    p: ArrayLike,
    y: ArrayLike,
    grad: ArrayLike,
    target: int,
    texts: Texts,
) -> go.Figure:
    """p (PROBABILITY), the one-hot y (TARGET) and p − y (LOSS, hatched) side by side per character.

    One axis from −1 to 1: the right character's p − y is negative (its score is pushed up), every
    other one's equals its own p (its score is pushed down by that much). Only ``shown_characters``
    are drawn; the rest have tiny p and the same story. Texts: title, p, y, grad.
    """
    ids = shown_characters(p, target)
    labels = [visible(vocab[i]) for i in ids]
    p, y, grad = (np.asarray(a, dtype=float)[ids] for a in (p, y, grad))
    hover = "%{x}: %{y:.3f}<extra>%{fullData.name}</extra>"
    traces = [
        {"type": "bar", "x": labels, "y": p, "name": texts["p"], "marker": {"color": PROBABILITY},
         "hovertemplate": hover},
        {"type": "bar", "x": labels, "y": y, "name": texts["y"], "marker": {"color": TARGET},
         "hovertemplate": hover},
        {"type": "bar", "x": labels, "y": grad, "name": texts["grad"],
         "marker": {"color": LOSS, "pattern": PATTERN},
         "hovertemplate": hover},
    ]  # fmt: skip
    return figure(
        traces,
        texts["title"],
        height=OUTPUT_HEIGHT,
        barmode="group",
        xaxis=axis("", type="category"),
        yaxis=axis("", range=[-1.05, 1.05], zeroline=True, zerolinecolor=REFERENCE),
        legend=LEGEND_BOTTOM,
    )
