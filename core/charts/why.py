"""Figures of the "Why probabilities?" page. Data in (already computed by core), texts in, figure out.

Colours carry the app's meanings (``core.charts.style``): squared error on raw scores and dividing by
the sum are the NAIVE alternative, the loss after softmax and the gradient are LOSS, softmax's
output is PROBABILITY, the ideal answer is TARGET.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import (
    BY_SUM_PATTERN,
    HATCH_OVER,
    INK,
    LEGEND_BOTTOM,
    LOSS,
    NAIVE,
    PAPER,
    PROBABILITY,
    REFERENCE,
    TARGET,
    VALUE_FONT,
    Trace,
    axis,
    figure,
    swatch,
)
from core.number_text import minus, shown_share, shown_signed

Texts = Mapping[str, str]


def _fixed(decimals: int) -> Callable[[float], str]:
    """A bar's label to ``decimals`` places with a real minus (“−0.50”)."""
    return lambda v: minus(f"{v:.{decimals}f}")


def _bars(
    x: Sequence[str],
    y: ArrayLike,
    name: str,
    colour: Any,
    write: Callable[[float], str] | None = None,
    **props: Any,
) -> Trace:
    """Bars of ``y`` per ``x``; with a ``write`` (``_fixed(3)``, ``shown_share``) each bar carries its
    value beside it, written so."""
    bars = {"type": "bar", "x": list(x), "y": y, "name": name, "marker": {"color": colour}, **props}
    if write is not None:
        bars["text"] = [write(float(v)) for v in np.asarray(y)]
        bars["textposition"] = "outside"
        bars["cliponaxis"] = False
    return bars


def _zero_line() -> dict:
    return {"type": "line", "xref": "x domain", "yref": "y", "x0": 0, "x1": 1, "y0": 0, "y1": 0,
            "line": {"color": REFERENCE, "width": 1}}  # fmt: skip


HEAD_WRAP = 18  # characters: a longer panel heading with spaces is broken in two (Chinese has none)


def _head_lines(text: str) -> str:
    """A panel heading on two lines, broken at the space nearest its middle, when it is long.

    The two panels are under half a phone's width each: one long line ran into the other panel's.
    """
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if len(text) <= HEAD_WRAP or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:cut]}<br>{text[cut + 1 :]}"


def errors_figure(
    labels: Sequence[str], squared: ArrayLike, loss: ArrayLike, texts: Texts, height: int = 220
) -> go.Figure:
    """The article's paradox at a glance: two panels of horizontal bars, one row per output.

    Left: the squared distance of the raw scores to the target (1, 0) (NAIVE). Right: the loss
    −log p after softmax (LOSS). Each panel has its own axis from 0, since 17 and 0.018 share no
    useful scale; the numbers are written on the bars, so the comparison is read row by row, in
    the same digits as the sentence under the chart (31.25, not 31.2; the losses to 3 decimals).
    """
    sq, ce = np.asarray(squared, dtype=float), np.asarray(loss, dtype=float)
    rows = list(labels)
    traces = [
        {"type": "bar", "orientation": "h", "y": rows, "x": sq, "name": texts["squared"],
         "marker": {"color": NAIVE}, "text": [f"{v:g}" for v in sq], "textposition": "outside",
         "cliponaxis": False, "xaxis": "x", "yaxis": "y"},
        {"type": "bar", "orientation": "h", "y": rows, "x": ce, "name": texts["loss"],
         "marker": {"color": LOSS}, "text": [f"{v:.3f}" for v in ce],
         "textposition": "outside", "cliponaxis": False, "xaxis": "x2", "yaxis": "y"},
    ]  # fmt: skip
    head = {"x": 0, "yref": "paper", "y": 1.0, "showarrow": False, "xanchor": "left", "yanchor": "bottom",
            "align": "left"}  # fmt: skip
    # Each heading in ink after a swatch of its bars' colour: purple text read 3.1:1 on white, red 4.0:1
    # on the dark theme, under the 4.5:1 of text (a swatch is a mark: 3:1 is enough).
    heads = [
        {
            **head,
            "xref": f"{ax} domain",
            "text": f"{swatch(colour)}<b>{_head_lines(text)}</b>",
            "font": {"color": INK},
        }
        for ax, text, colour in (("x", texts["squared"], NAIVE), ("x2", texts["loss"], LOSS))
    ]
    two_lines = any("<br>" in h["text"] for h in heads)
    return figure(
        traces,
        texts["title"],
        height=height + (18 if two_lines else 0),
        xaxis={"domain": [0, 0.46], "range": [0, max(float(sq.max()), 1.0) * 1.3], "showticklabels": False},
        xaxis2={"domain": [0.54, 1], "range": [0, max(float(ce.max()), 0.5) * 1.3], "showticklabels": False},
        yaxis={"autorange": "reversed", "automargin": True},
        showlegend=False,
        annotations=heads,
        margin={"l": 10, "r": 10, "t": 74 if two_lines else 56, "b": 4},
    )


LOSS_PANELS = ([0.0, 0.41], [0.59, 1.0])  # bottom (the loss after softmax), top (the squared error)


def losses_figure(
    leaf: ArrayLike,
    squared: ArrayLike,
    cross: ArrayLike,
    current: tuple[float, float, float] | None,
    texts: Texts,
) -> go.Figure:
    """Both losses against the leaf score, one panel each on the same leaf axis: the squared error
    on top, the loss −log p under it, each from 0 on its own scale.

    ``current`` is (leaf, squared, loss) of the user's scores: a dot on each curve with its value
    written beside it. Two scales, because the squared error grows like x² and would flatten the
    other loss into the floor on one; two panels, not two axes over one plot, because there a dot at
    4.018 sat on the other scale's "40" line and was read as 40.
    """
    x = np.asarray(leaf, dtype=float)
    sq, ce = np.asarray(squared, dtype=float), np.asarray(cross, dtype=float)
    traces = [
        {"type": "scatter", "x": x, "y": sq, "name": texts["squared"],
         "line": {"color": NAIVE, "width": 3, "dash": "dash"}, "xaxis": "x", "yaxis": "y"},
        {"type": "scatter", "x": x, "y": ce, "name": texts["cross"],
         "line": {"color": LOSS, "width": 3}, "xaxis": "x2", "yaxis": "y2"},
    ]  # fmt: skip
    tops = [float(sq.max()), float(ce.max())]
    if current is not None:
        cx, csq, cce = current
        tops = [max(tops[0], csq), max(tops[1], cce)]
        ring = {"color": PAPER, "width": 2}  # a gap of the page's colour between the dot and its curve
        # The label on the side the curve falls away to: the squared error rises on both sides of its
        # lowest point (where the leaf's score is the target's 1), the loss only to the left.
        lowest = float(x[np.argmin(sq)])
        for value, text, colour, side, xaxis, yaxis in (
            (csq, f"{csq:g}", NAIVE, "top right" if cx <= lowest else "top left", "x", "y"),
            (cce, f"{cce:.3f}", LOSS, "top right", "x2", "y2"),
        ):
            dot = {"type": "scatter", "x": [cx], "y": [value], "mode": "markers+text", "text": [text],
                   "textposition": side, "textfont": VALUE_FONT, "cliponaxis": False, "showlegend": False,
                   "name": texts["you"], "marker": {"color": colour, "size": 13, "line": ring},
                   "xaxis": xaxis, "yaxis": yaxis}  # fmt: skip
            traces.append(dot)
    bottom, top = LOSS_PANELS
    return figure(
        traces,
        texts["title"],
        height=380,
        # The top panel's leaf axis follows the bottom one's, which carries the ticks and the title.
        xaxis=axis(anchor="y", matches="x2", showticklabels=False),
        xaxis2=axis(texts["x"], anchor="y2"),
        # Each panel's name is its level label; room above the highest point for the dot's label.
        yaxis=axis(texts["squared"], anchor="x", domain=top, range=[0, max(tops[0], 1.0) * 1.2]),
        yaxis2=axis(texts["cross"], anchor="x2", domain=bottom, range=[0, max(tops[1], 0.5) * 1.2]),
        showlegend=False,
    )


def normalise_figure(
    classes: Sequence[str], target: ArrayLike, linear: ArrayLike | None, soft: ArrayLike, texts: Texts
) -> go.Figure:
    """Grouped bars per class on 0–1: the target, dividing by the sum (if defined) and softmax."""
    traces = [_bars(classes, np.asarray(target), texts["target"], TARGET, _fixed(0))]
    if linear is not None:
        traces.append(
            _bars(
                classes,
                np.asarray(linear),
                texts["linear"],
                NAIVE,
                _fixed(2),
                marker_pattern={"shape": BY_SUM_PATTERN, **HATCH_OVER},
            )
        )
    traces.append(_bars(classes, np.asarray(soft), texts["softmax"], PROBABILITY, _fixed(3)))
    return figure(
        traces,
        texts["title"],
        height=280,
        yaxis=axis(range=[0, 1.18], tickformat=".1f"),
        barmode="group",
        legend=LEGEND_BOTTOM,
    )


def gradient_figure(
    classes: Sequence[str], p: ArrayLike, y: ArrayLike, grad: ArrayLike, texts: Texts
) -> go.Figure:
    """Per class: probability p, target y and the gradient p − y, on a fixed axis from −1 to 1.

    The axis never rescales, so a small change looks small; p and y live in its 0–1 half, and
    p − y below 0 means this step raises that score.
    """
    traces = [
        # as the numbers above the chart: 0.999999835 and −0.000000165 at η = 10, not 1.000 and −0.000
        _bars(classes, np.asarray(p), texts["p"], PROBABILITY, shown_share),
        _bars(classes, np.asarray(y), texts["y"], TARGET, _fixed(0)),
        _bars(classes, np.asarray(grad), texts["grad"], LOSS, shown_signed, marker_pattern_shape="x"),
    ]
    return figure(
        traces,
        texts["title"],
        height=300,
        yaxis=axis(range=[-1.15, 1.15], tickvals=[-1, -0.5, 0, 0.5, 1]),
        barmode="group",
        legend=LEGEND_BOTTOM,
        shapes=[_zero_line()],
        # A label too long for its bar (0.999999835 on a phone) is left out, not shrunk to 5 px:
        # the numbers above the chart give it, and a tap on the bar too.
        uniformtext={"minsize": 10, "mode": "hide"},
    )


def _loss_label(v: float) -> str:
    """A point's label: two places, and “<0.01” for a loss that is not 0 (“0.00” beside a metric that
    reads 0.000000165 and a text saying the loss never reaches 0)."""
    return f"{v:.2f}" if v >= 0.005 or v == 0 else "<0.01"


def loss_history_figure(losses: ArrayLike, texts: Texts) -> go.Figure:
    """The loss after each step (step 0 = the start), on an axis from 0 so a fall looks its true size."""
    ls = np.asarray(losses, dtype=float)
    steps = np.arange(len(ls))
    labels = [_loss_label(v) if len(ls) <= 12 else "" for v in ls]
    line = {"type": "scatter", "x": steps, "y": ls, "name": texts["loss"], "mode": "lines+markers+text",
            "line": {"color": LOSS, "width": 3}, "text": labels, "textposition": "top right",
            "cliponaxis": False}  # fmt: skip
    ticks = {"dtick": 1} if len(ls) <= 12 else {}
    return figure(
        [line],
        texts["title"],
        height=300,
        xaxis=axis(texts["x"], range=[-0.3, max(len(ls) - 1, 5) + 0.6], **ticks),
        yaxis=axis(range=[0, max(float(ls.max()), 1.0) * 1.2]),
        showlegend=False,
    )
