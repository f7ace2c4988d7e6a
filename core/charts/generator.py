"""Figures of the generator page: next-character bars, the draw on the cumulative distribution, the text.

Data in, ``go.Figure`` out; every visible word arrives translated in ``labels``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import NDArray

from core.charts.style import BLUE, GREY, MARGIN, ORANGE, SKY, axis, figure, visible

TOP = 15  # bars shown individually; the rest are summed into "other"
LINE_WIDTH = 48  # characters per line in the text figure


def top_bars(
    probs: NDArray[np.float64], vocab: Sequence[str], other: str, top: int = TOP
) -> tuple[list[str], list[float], list[int]]:
    """(labels, probabilities, ids) of the ``top`` largest bars, largest first, then "other" (id -1)."""
    order = np.argsort(-probs, kind="stable")  # ties in vocabulary order
    head = [int(i) for i in order[:top]]
    labels = [visible(vocab[i]) for i in head]
    values = [float(probs[i]) for i in head]
    rest = float(probs[order[top:]].sum())
    if len(order) > top:
        labels.append(other)
        values.append(rest)
        head.append(-1)
    return labels, values, head


def next_char_figure(
    probs_t: NDArray[np.float64],
    probs: NDArray[np.float64],
    vocab: Sequence[str],
    chosen: int | None,
    labels: Mapping[str, str],
) -> go.Figure:
    """Bars of the distribution the next character is drawn from (top 15 + other), the chosen one marked.

    ``labels``: title, x, y, other, model (name of the faint T = 1 trace), drawn (the live trace), chosen.
    """
    # Bars ordered by the model's probabilities: under greedy the drawn-from distribution is all on one bar.
    names, model_values, ids = top_bars(probs, vocab, labels["other"])
    head = [i for i in ids if i >= 0]
    values = [float(probs_t[i]) for i in head] + ([float(1.0 - probs_t[head].sum())] if -1 in ids else [])
    marked = chosen if chosen in head else (-1 if chosen is not None else None)  # outside the top: "other"
    colours = [ORANGE if (marked is not None and i == marked) else (GREY if i < 0 else BLUE) for i in ids]
    model = {
        "type": "bar",
        "x": names,
        "y": model_values,
        "name": labels["model"],
        "marker": {"color": SKY},
        "opacity": 0.6,
        "hovertemplate": "%{x}: %{y:.1%}<extra>" + labels["model"] + "</extra>",
    }
    drawn = {
        "type": "bar",
        "x": names,
        "y": values,
        "name": labels["drawn"],
        "marker": {"color": colours},
        "text": [f"{v:.0%}" if v >= 0.005 else "" for v in values],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{x}: %{y:.2%}<extra>" + labels["drawn"] + "</extra>",
    }
    marks = {}  # no "chosen" arrow before the first draw
    if marked is not None:
        k = ids.index(marked)
        arrow = {"x": names[k], "y": values[k], "text": labels["chosen"], "showarrow": True, "arrowhead": 2,
                 "ay": -42, "font": {"color": ORANGE}, "yshift": 14}  # fmt: skip
        marks = {"annotations": [arrow]}
    y_max = min(1.0, max(values + model_values)) * 1.25 + 0.02  # room above the tallest bar for its label
    return figure(
        [model, drawn],
        labels["title"],
        height=390,
        xaxis=axis(labels["x"], type="category", tickfont={"size": 15}),
        yaxis=axis(labels["y"], tickformat=".0%", range=[0, y_max]),
        barmode="group",
        bargap=0.2,
        bargroupgap=0.05,
        legend={"orientation": "h", "yanchor": "top", "y": -0.32, "xanchor": "left", "x": 0},
        **marks,
    )


def cdf_figure(
    probs_t: NDArray[np.float64],
    vocab: Sequence[str],
    u: float | None,
    chosen: int | None,
    labels: Mapping[str, str],
) -> go.Figure:
    """The cumulative distribution as one bar from 0 to 1 cut into characters, and where u falls.

    Segments are every character with probability above 0, in vocabulary order: the order
    ``core.sampling.draw`` adds them up in, so the segment under the u line is exactly the
    character drawn. They are the bars of one trace, side by side on one row (each bar starts at
    ``base``); a segment narrower than 3 % has no label, its hover still names it.
    ``labels``: title, x, u (``other`` is accepted and unused: no segment is lumped).
    """
    ids = [int(i) for i in np.flatnonzero(probs_t > 0)]
    names = [visible(vocab[i]) for i in ids]
    values = [float(probs_t[i]) for i in ids]
    starts = np.concatenate([[0.0], np.cumsum(values)[:-1]])
    colours = [ORANGE if chosen is not None and i == chosen else BLUE for i in ids]
    segments = {
        "type": "bar",
        "orientation": "h",
        "x": values,
        "y": [""] * len(values),
        "base": starts,
        "marker": {"color": colours, "line": {"color": "white", "width": 1}},
        "text": [name if width >= 0.03 else "" for name, width in zip(names, values, strict=True)],
        "textposition": "inside",
        "insidetextanchor": "middle",
        "textfont": {"size": 14},
        # The name comes in as data, never pasted into the template: a "%{x}" character stays text.
        "customdata": [
            [name, start + width] for name, start, width in zip(names, starts, values, strict=True)
        ],
        "hovertemplate": "%{customdata[0]}: %{base:.3f} – %{customdata[1]:.3f}<extra></extra>",
        "showlegend": False,
    }
    marks = {}  # no u line before the first draw
    if u is not None:
        u_line = {"type": "line", "xref": "x", "yref": "y domain", "x0": u, "x1": u, "y0": 0, "y1": 1,
                  "line": {"color": "black", "width": 3, "dash": "dot"}}  # fmt: skip
        u_label = {"x": u, "y": 1.0, "yref": "paper", "text": labels["u"].format(u=f"{u:.3f}"),
                   "showarrow": False, "yanchor": "bottom", "font": {"size": 13}}  # fmt: skip
        marks = {"shapes": [u_line], "annotations": [u_label]}
    return figure(
        [segments],
        labels["title"],
        height=190,
        xaxis=axis(labels["x"], range=[0, 1], tickformat=".1f", dtick=0.1),
        yaxis=axis(showticklabels=False),
        barmode="overlay",
        margin={**MARGIN, "t": 70},
        **marks,
    )


def text_layout(text: str, width: int = LINE_WIDTH) -> list[tuple[int, int]]:
    """(column, row) of each character: wrap after a newline or at ``width`` columns."""
    cells, col, row = [], 0, 0
    for ch in text:
        if col >= width:
            col, row = 0, row + 1
        cells.append((col, row))
        col += 1
        if ch == "\n":
            col, row = 0, row + 1
    return cells


def text_figure(
    prompt: str, chars: Sequence[str], probs: Sequence[float], labels: Mapping[str, str]
) -> go.Figure:
    """The text so far: prompt in grey, each generated character on a square shaded by its probability.

    ``labels``: title, prompt (hover of prompt characters), hover (template: {step} {char} {p}), p.
    """
    text = prompt + "".join(chars)
    cells = text_layout(text)
    xs = [c for c, _ in cells]
    ys = [r for _, r in cells]
    shown = [("↵" if ch == "\n" else ch) for ch in text]
    n_prompt = len(prompt)
    typed = {
        "type": "scatter",
        "x": xs[:n_prompt],
        "y": ys[:n_prompt],
        "mode": "text",
        "text": shown[:n_prompt],
        "textfont": {"family": "monospace", "size": 18, "color": GREY},
        "hovertext": [labels["prompt"]] * n_prompt,
        "hoverinfo": "text",
        "showlegend": False,
        "name": labels["prompt"],
    }
    hover = [
        labels["hover"].format(step=i + 1, char=visible(c), p=f"{p:.1%}")
        for i, (c, p) in enumerate(zip(chars, probs, strict=True))
    ]
    generated = {
        "type": "scatter",
        "x": xs[n_prompt:],
        "y": ys[n_prompt:],
        "mode": "markers+text",
        "text": shown[n_prompt:],
        "textfont": {"family": "monospace", "size": 18, "color": "black"},
        "marker": {
            "symbol": "square",
            "size": 22,
            "color": list(probs),
            "cmin": 0,
            "cmax": 1,
            "colorscale": [[0, "#FFF3D6"], [0.5, "#F5B942"], [1, "#E69F00"]],
            "colorbar": {"title": {"text": labels["p"]}, "tickformat": ".0%", "thickness": 12, "len": 0.9},
            "line": {"width": 0},
        },
        "hovertext": hover,
        "hoverinfo": "text",
        "showlegend": False,
        "name": labels["p"],
    }
    rows = (max(ys) + 1) if ys else 1
    return figure(
        [typed, generated],
        labels["title"],
        # At least three lines tall, so the colour bar has room for its 0 % / 50 % / 100 % ticks.
        height=80 + 30 * max(rows, 3),
        xaxis=axis(visible=False, range=[-1, LINE_WIDTH], fixedrange=True),
        yaxis=axis(visible=False, range=[rows - 0.5, -0.7], fixedrange=True),
        margin={**MARGIN, "t": 40},
    )
