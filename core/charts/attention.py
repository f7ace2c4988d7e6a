"""Figures of the attention page. Data in (already computed by ``core.attention``), texts in, figure out.

Colours carry the app's meanings (``core.charts.style``): the weights are softmax's output
(PROBABILITY), keys and values are inputs (SCORE grey), the query is the REFERENCE the keys are
measured against, and the weighted average is the PROBABILITY result. The most attended key is marked
by a ★ in its labels, as the temperature page marks the most likely option: it is a share, the largest
one, not a pick, so it keeps the weights' colour (CHOSEN, amber, is what a decoding rule picked).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike, NDArray

from core.charts.style import (
    INK,
    LEGEND_BOTTOM,
    PAPER,
    PROBABILITY,
    REFERENCE,
    SCORE,
    axis,
    figure,
    label_groups,
    label_heights,
    reference_outlines,
    value_labels,
)

Texts = Mapping[str, str]


# Markers at full colour (faded by an opacity, blue fell under 3:1 on the dark theme and grey on the
# light one), each ringed in the background's colour so that overlapping ones stay apart.
RING = {"color": PAPER, "width": 1}


# Where a label sits, as Plotly's textposition: the step (x, y) from its point, in eighths of a turn.
SIDES = {"middle right": (1, 0), "top right": (1, 1), "top center": (0, 1), "top left": (-1, 1),
         "middle left": (-1, 0), "bottom left": (-1, -1),
         "bottom center": (0, -1), "bottom right": (1, -1)}  # fmt: skip


def outward(x: float, y: float) -> str:
    """The text position that puts a point's label on the side away from the origin, where the
    arrows are not: a label above a point to the right ran into its neighbours' bubbles."""
    if x == 0 and y == 0:
        return "top center"
    angle = np.degrees(np.arctan2(y, x)) % 360
    return list(SIDES)[int(((angle + 22.5) % 360) // 45)]


# Sizes measured in the browser: a label is 16 px tall and ~4.7 px a character; the chart's plot area
# is 160 × 159 px on a 768 px tablet (a third of the page), 241 × 159 on a 1440 px screen and
# 283 × 159 on a phone. A side is chosen to suit all three (``units_px``).
PLOT_PX = ((160, 159), (241, 159), (283, 159))
CHAR_PX, LINE_PX, PAD_PX = 4.7, 16.0, 2.0
QUERY_PX = 14  # the query's marker, across
CLEAR_PX = 6.0  # the room a label keeps from another label or marker
# What a label should not come near, worst first: another label, another marker, an arrow
LABEL_WEIGHT, MARKER_WEIGHT, ARROW_WEIGHT = 4.0, 2.0, 1.0
MISREAD_WEIGHT = 10.0  # a label nearer another point than its own: worse than any overlap
Box = tuple[float, float, float, float]  # left, bottom, right, top, in axis units


def label_box(x: float, y: float, side: str, text: str, size_px: float, unit_px: float) -> Box:
    """Where Plotly draws ``text`` on ``side`` of a marker ``size_px`` across at (x, y), roughly."""
    dx, dy = SIDES[side]
    w, h, gap = CHAR_PX * len(text) / unit_px, LINE_PX / unit_px, (size_px / 2 + PAD_PX) / unit_px
    left = x + gap if dx > 0 else x - gap - w if dx < 0 else x - w / 2
    bottom = y + gap if dy > 0 else y - gap - h if dy < 0 else y - h / 2
    return left, bottom, left + w, bottom + h


def _overlaps(a: NDArray[np.float64], b: NDArray[np.float64]) -> NDArray[np.float64]:
    """[A, B] the areas boxes ``a`` [A, 4] and ``b`` [B, 4] share (NumPy: a rerun places ~6 labels
    against ~80 obstacles at 8 sides and 3 sizes; a Python loop took 30 ms of each λ move)."""
    w = np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0])
    h = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1])
    return np.clip(w, 0.0, None) * np.clip(h, 0.0, None)


CORNER = 1.5  # a point off a label's corner, diagonally, seems this much further than one straight beside it


def reading_distances(boxes: NDArray[np.float64], points: NDArray[np.float64]) -> NDArray[np.float64]:
    """[A, P] how far each point [P, 2] seems from each label box [A, 4]: the distance to the box's
    nearest point (0 inside it), stretched up to CORNER times for a point off the box's corner, by
    how diagonal it is (not at all straight beside or under the box, fully at 45°). A label reads as
    the label of the point straight under (or over, or beside) it before one off its corner:
    "★ k4 (0.31)" up and right of k4 = (0.7, 0.7) stood right above the query at (1, 0.5), nearer
    to k4's marker by the box's corner, and read as the query's. tests/e2e/conftest.py's
    POINT_LABEL_PROBLEMS measures the drawn labels the same way."""
    x, y = points[None, :, 0], points[None, :, 1]
    dx = np.maximum(np.maximum(boxes[:, None, 0] - x, x - boxes[:, None, 2]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, None, 1] - y, y - boxes[:, None, 3]), 0.0)
    near, far = np.minimum(dx, dy), np.maximum(dx, dy)
    slant = np.divide(near, far, out=np.zeros_like(far), where=far > 0)
    return np.hypot(dx, dy) * (1.0 + (CORNER - 1.0) * slant)


def _grown(box: Box, by: float) -> Box:
    return box[0] - by, box[1] - by, box[2] + by, box[3] + by


def units_px(x_range: Sequence[float], y_range: Sequence[float]) -> tuple[float, ...]:
    """How many px a unit of the axes takes on each plot of ``PLOT_PX``. Plotly keeps x and y on one
    scale by widening one range, so a unit is at most min(width / x span, height / y span); it drew
    0.87–0.97 of that (the default keys: 46 px a unit on a 1440 px screen), and 0.85 of it errs on
    the side of labels bigger than drawn. Keys far apart, such as (3, −3), make every unit smaller."""
    x_span, y_span = x_range[1] - x_range[0], y_range[1] - y_range[0]
    return tuple(0.85 * min(w / x_span, h / y_span) for w, h in PLOT_PX)


def _obstacles(points: Sequence[tuple[float, float]], sizes_px: Sequence[float], unit_px: float) -> list:
    """(whose, box, weight) of every marker, with room around it, and of every arrow from the origin,
    as a row of small boxes."""
    found = []
    for i, ((x, y), size) in enumerate(zip(points, sizes_px, strict=True)):
        found.append((i, _grown((x, y, x, y), (size / 2 + CLEAR_PX) / unit_px), MARKER_WEIGHT))
        pad = PAD_PX / unit_px
        found += [
            (i, _grown((f * x, f * y, f * x, f * y), pad), ARROW_WEIGHT) for f in np.linspace(0, 1, 12)[:-1]
        ]
    return found


def _costs(
    boxes: NDArray[np.float64], i: int, points: NDArray[np.float64], found: list
) -> NDArray[np.float64]:
    """[A] what point ``i``'s label, drawn in each of ``boxes``, is in the way of: the weighted areas
    it shares with the others' markers, arrows and labels, and, more than any of those, each other
    point it is nearer to than to its own (it would read as that point's label)."""
    others = [(box, weight) for j, box, weight in found if j != i]
    covered = _overlaps(boxes, np.array([box for box, _ in others])) @ np.array([w for _, w in others])
    distances = reading_distances(boxes, points)  # [A, P]
    apart = np.any(points != points[i], axis=1)  # a point at the same place is not another reading
    misread = (distances[:, apart] < distances[:, [i]]).sum(axis=1)
    return covered + MISREAD_WEIGHT * misread


def label_sides(
    points: Sequence[tuple[float, float]],
    texts: Sequence[str],
    sizes_px: Sequence[float],
    units: Sequence[float],
) -> list[str]:
    """A side for each point's label, in order: ``outward``, unless there the label would be nearer
    to another point than to its own, come near a label placed before it or another marker, or
    cover an arrow; then the side nearest to outward that does so least. With the default keys,
    "★ k4 (0.31)" went up and right from k4 = (0.7, 0.7), right above the query's "q" at (1, 0.5),
    and read as the query's label."""
    names = list(SIDES)
    at = np.asarray(points, dtype=float).reshape(-1, 2)
    found = {u: _obstacles(points, sizes_px, u) for u in units}
    sides = []
    for i, ((x, y), text, size) in enumerate(zip(points, texts, sizes_px, strict=True)):
        first = names.index(outward(x, y))
        nearest_first = [names[(first + turn) % 8] for turn in (0, 1, -1, 2, -2, 3, -3, 4)]
        total = sum(
            _costs(np.array([label_box(x, y, side, text, size, u) for side in names]), i, at, found[u])
            for u in units
        )
        costs = dict(zip(names, np.round(total, 6), strict=True))
        side = min(nearest_first, key=costs.__getitem__)  # ties: the first, nearest to outward
        sides.append(side)
        for u in units:
            found[u].append((i, _grown(label_box(x, y, side, text, size, u), CLEAR_PX / u), LABEL_WEIGHT))
    return sides


STAR = "★"  # the most attended key, as the temperature page's most likely option


def top_keys(weights: ArrayLike) -> np.ndarray:
    """[n] True for the key(s) with the largest weight, ties (to float noise) included."""
    w = np.asarray(weights, dtype=float)
    return np.isclose(w, w.max())


def most_attended(weights: ArrayLike) -> np.ndarray:
    """[n] The keys the ★ marks: ``top_keys``, none when every key weighs the same (a scale of 0)."""
    top = top_keys(weights)
    return top & ~top.all()


def starred(text: str, top: bool) -> str:
    """A label with the ★ of the most attended key in front of it, if it is that key's."""
    return f"{STAR} {text}" if top else text


TOP = 1.12  # the weights' axis runs to a little over 1, for the label over a bar of weight 1


def weight_labels(weights: ArrayLike) -> list[str]:
    """Each weight as its bar's label writes it: three decimals (the ★ aside)."""
    return [f"{v:.3f}" for v in np.asarray(weights, dtype=float)]


def labels_total(weights: ArrayLike) -> float:
    """What the labels add up to: rounded one by one they can show 0.999 or 1.001 under "they add
    up to 1", and the page then says why."""
    return round(sum(float(text) for text in weight_labels(weights)), 3)


def weights_figure(
    names: Sequence[str], scores: ArrayLike, weights: ArrayLike, texts: Texts, height: int = 300
) -> go.Figure:
    """Attention weights as bars on 0–1 (the most attended key's label starred), 1/n as dashed outlines.

    The scores they came from are in the hover; the even share 1/n (``texts["even"]``, already
    filled in) is what a scale of 0 gives.
    """
    w = np.asarray(weights, dtype=float)
    bars = {
        "type": "bar",
        "x": list(names),
        "y": w,
        "name": texts["weights"],
        "marker": {"color": PROBABILITY},
        "customdata": np.asarray(scores, dtype=float),
        "hovertemplate": "%{x}: w = %{y:.3f}, s = %{customdata:.3f}<extra></extra>",
        "showlegend": False,
    }
    even = 1.0 / len(w)
    # What a scale of 0 gives, 1/n each, as the dashed reference outline every page draws for its
    # reference (STYLE: one mark, one meaning); a line across the chart ran through the gaps between
    # the bars, right under labels near 1/n, and read as striking them through.
    outlines = reference_outlines(names, np.full(len(w), even), texts["even"], True)
    # Each weight over its bar, or over the even share's outline where that stands just above the bar.
    texts_over = [starred(t, top) for t, top in zip(weight_labels(w), most_attended(w), strict=True)]
    labels = value_labels(names, label_heights(w, np.full(len(w), even), TOP), texts_over)
    return figure(
        [bars, labels],
        texts["title"],
        height=height,
        yaxis=axis(range=[0, TOP], tickformat=".1f"),
        shapes=outlines,
        showlegend=True,
        legend=LEGEND_BOTTOM,  # under the keys: top right, it ran into the title on an English phone
    )


LABEL_ROOM_XY = 1.3  # beyond the outermost key, in the vectors' units: its marker and its ~55 px label


def vectors_figure(
    query: ArrayLike, keys: ArrayLike, names: Sequence[str], weights: ArrayLike, texts: Texts
) -> go.Figure:
    """The query and the keys as arrows from the origin in 2-D; a key's marker grows with its weight,
    and the most attended key's label carries the ★.

    A key's label is its name, as the values' are: the weights are the bars' above. With them
    ("★ k4 (0.31)", 11 characters) the default keys left k4 no side that was not over the query or
    another label on a phone; "★ k4" stands over k4."""
    q = np.asarray(query, dtype=float)
    k = np.asarray(keys, dtype=float)
    w = np.asarray(weights, dtype=float)
    top = most_attended(w)
    labels = [starred(name, top[i]) for i, name in enumerate(names)]
    # The keys' labels first, the query's "q" last: one short letter finds room where a key's cannot
    sizes = 8 + 30 * w  # a key's marker grows with its weight
    points = [*((float(x), float(y)) for x, y in k), (float(q[0]), float(q[1]))]
    # Room beyond the outermost points for their labels (LABEL_ROOM_XY): left to Plotly, the axes
    # ended just past the points, and a third of a 1280 px page cut the labels at the edges.
    xs, ys = [0.0, *(x for x, _ in points)], [0.0, *(y for _, y in points)]
    x_range = [min(xs) - LABEL_ROOM_XY, max(xs) + LABEL_ROOM_XY]
    y_range = [min(ys) - 0.4, max(ys) + 0.4]
    *sides, q_side = label_sides(points, [*labels, "q"], [*sizes, QUERY_PX], units_px(x_range, y_range))
    traces = []
    for i, (kx, ky) in enumerate(k):
        shaft = {"type": "scatter", "x": [0, kx], "y": [0, ky], "mode": "lines",
                 "line": {"color": SCORE, "width": 1}, "showlegend": False, "hoverinfo": "skip"}  # fmt: skip
        head = {"type": "scatter", "x": [kx], "y": [ky], "mode": "markers+text", "cliponaxis": False,
                "text": [labels[i]], "textposition": sides[i],
                "marker": {"color": PROBABILITY, "size": sizes[i], "line": RING},
                "name": texts["keys"], "showlegend": i == 0, "legendgroup": "keys"}  # fmt: skip
        traces += [shaft, head]
    traces.append(
        {"type": "scatter", "x": [0, q[0]], "y": [0, q[1]], "mode": "lines+markers+text", "cliponaxis": False,
         "name": texts["query"], "text": ["", "q"], "textposition": q_side,
         "line": {"color": REFERENCE, "width": 4}, "marker": {"color": REFERENCE, "size": [0, QUERY_PX]}}
    )  # fmt: skip
    return figure(
        traces,
        texts["title"],
        height=320,
        xaxis=axis("x", range=x_range),
        yaxis=axis("y", range=y_range, scaleanchor="x", scaleratio=1),
        legend=LEGEND_BOTTOM,
    )


def values_figure(
    values: ArrayLike, names: Sequence[str], weights: ArrayLike, output: ArrayLike, texts: Texts
) -> go.Figure:
    """The value vectors as points (size ∝ weight) and their weighted average as a diamond (a ★ on
    this page marks the most attended key)."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    o = np.asarray(output, dtype=float)
    points = {"type": "scatter", "x": v[:, 0], "y": v[:, 1], "mode": "markers+text", "cliponaxis": False,
              "name": texts["values"], "text": list(names), "textposition": "top center",
              "marker": {"color": SCORE, "size": 8 + 30 * w, "line": RING}}  # fmt: skip
    # The diamond is named in the legend only: wherever its own label went, a value's could be there too.
    average = {"type": "scatter", "x": [o[0]], "y": [o[1]], "mode": "markers", "name": texts["output"],
            "marker": {"color": PROBABILITY, "size": 16, "symbol": "diamond", "line": RING}}  # fmt: skip
    return figure(
        [points, average],
        texts["title"],
        height=320,
        xaxis=axis("v₁"),
        yaxis=axis("v₂", scaleanchor="x", scaleratio=1),
        legend=LEGEND_BOTTOM,
    )


LABEL_GAP = 0.07  # of the weight axis (0–1.02 over ~250 px): about one 12 px line of text


def scale_sweep_figure(
    scales: ArrayLike, weights: ArrayLike, names: Sequence[str], current: float, texts: Texts
) -> go.Figure:
    """Each key's weight as the scale grows ([s], [s, n]); every line is named at its right end
    (lines that end together share one label).

    Every line is PROBABILITY, told apart by its dash and name; the key most attended at the current
    scale is drawn thicker and its name, in bold, carries the ★. The current scale is a dotted line
    named "λ = …". The labels are in the theme's ink (blue text is 3.5:1 on the dark theme). When every
    key ties (λ = 0), none is singled out.
    """
    sc = np.asarray(scales, dtype=float)
    w = np.asarray(weights, dtype=float)
    now = w[int(np.argmin(np.abs(sc - current)))]
    top = most_attended(now)  # none at λ = 0, where every key weighs the same
    dashes = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
    traces = [
        {"type": "scatter", "x": sc, "y": w[:, i], "name": name, "mode": "lines", "showlegend": False,
         "line": {"color": PROBABILITY, "width": 3 if top[i] else 1.5,
                  "dash": dashes[i % len(dashes)]}}
        for i, name in enumerate(names)
    ]  # fmt: skip
    labels = [
        {"x": sc[-1], "y": y, "text": ", ".join(starred(names[i], top[i]) for i in group),
         "showarrow": False, "xanchor": "left",
         "font": {"color": INK, "weight": "bold" if top[group].any() else "normal"}}
        for y, group in label_groups(w[-1], LABEL_GAP)
    ]  # fmt: skip
    vline = {"type": "line", "xref": "x", "yref": "y domain", "x0": current, "x1": current, "y0": 0, "y1": 1,
             "line": {"color": REFERENCE, "dash": "dot"}}  # fmt: skip
    # Named as the temperature sweep names its T: inside the plot's top edge, on the side with room.
    right = current <= (sc[0] + sc[-1]) / 2
    now = {"x": current, "y": 0.97, "yref": "paper", "text": f"λ = {current:g}", "showarrow": False,
           "yanchor": "top", "xanchor": "left" if right else "right", "xshift": 4 if right else -4,
           "bgcolor": "rgba(128,128,128,0.15)"}  # fmt: skip
    return figure(
        traces,
        texts["title"],
        height=320,
        # Ends where the slider ends: the end labels stand in the margin (it had run on to 15, past λ's 10).
        xaxis=axis(texts["x"], range=[float(sc[0]), float(sc[-1])]),
        yaxis=axis(range=[0, 1.02]),
        shapes=[vline],
        annotations=[*labels, now],
        # Room right of the plot for the longest end label (about 7 px a character at 12 px).
        margin={"l": 10, "r": max(36, 7 * max(len(a["text"]) for a in labels)), "t": 48, "b": 10},
    )
