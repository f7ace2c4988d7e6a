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

from core.charts.style import (
    BY_SUM_PATTERN,
    HATCH_OVER,
    LABEL_FONT,
    LEGEND_BOTTOM,
    NAIVE,
    PAPER,
    PROBABILITY,
    REFERENCE,
    axis,
    figure,
    label_groups,
    label_heights,
    reference_hover,
    reference_outlines,
    value_labels,
)
from core.number_text import bar_labels

Texts = Mapping[str, str]
STAR = "★"
AXIS_TOP = 1.15  # the bars' probability axis: 0 to 100 % with a line of text above
SMALL_BARS = 0.1  # ... unless every bar is under this: then the axis zooms in to them
NAME_GAP = 0.07  # of the sweep's p axis (~240 px): one line of a name; markers closer than it share one
SWEEP_RANGE = (-0.02, 1.02)  # the sweep's p axis
# The token's name comes in through %{fullData.name}, never pasted into the template, so a label
# such as "%{y}" is shown as typed instead of being filled in by Plotly.
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
# softmax, divide by the sum, subtract the smallest, squares (the gradient's "x" and CHOSEN's dots not reused)
PATTERNS = ("", BY_SUM_PATTERN, "+", "-")
SWEEP_HOVER = "%{fullData.name}<br>T = %{x:.3g}<br>p = %{y:.6f}<extra></extra>"


BARGAP = 0.3  # between the bars, of a slot: room for the labels of many options


def safe_labels(labels: Sequence[str]) -> list[str]:
    """Labels as literal text for Plotly: HTML-escaped (Plotly decodes the entities back for display)."""
    return [html.escape(label, quote=False) for label in labels]


def probabilities_figure(
    labels: Sequence[str],
    p: ArrayLike,
    reference: ArrayLike,
    texts: Texts,
    height: int = 300,
    positive: ArrayLike | None = None,
) -> go.Figure:
    """Bars of p (PROBABILITY) with percentage labels; the T = 1 distribution as a dashed outline.
    ``positive``: the options whose share is above 0 however the float rounded it (``bar_labels``).

    The most likely option is marked by a ★ in its label, not by colour, so the one bar colour
    means one thing and the legend matches the marks. The reference is ``reference_outlines``, in
    the legend except when the bars are the T = 1 distribution: the outline then sits on the bars
    and a second legend entry would name the same thing twice.
    """
    p = np.asarray(p, dtype=float)  # [n]
    ref = np.asarray(reference, dtype=float)  # [n]
    names = safe_labels(labels)
    top = p == p.max()
    bars = {
        "type": "bar",
        "x": names,
        "y": p,
        "name": texts["current"],
        "marker": {"color": PROBABILITY},
        "customdata": ref,
        "hovertemplate": "%{x}<br>p = %{y:.6f}"
        + reference_hover(texts["reference"], ":.6f")
        + "<extra></extra>",
    }
    # One scale for every T, as on the home page: 0 to 100 % and room for the ★ label over a bar at
    # 100 % (T = 0). Scaled to the tallest bar, the top bar kept its height in pixels as T moved
    # (86 % at T = 0.5 drawn as tall as 66 % at T = 1): only the others seemed to change. Only where
    # every bar is small (many options, all under 10 %: 200 at 0.5 % each were 1 px) the axis zooms.
    tallest = max(float(p.max()), float(ref.max()))
    axis_top = AXIS_TOP if tallest >= SMALL_BARS else max(SMALL_BARS, 1.2 * tallest)
    # Each bar's label as a text-only scatter at ``label_heights``: a bar's own "outside" label sat
    # on the dashed line whenever the T = 1 outline stood a little above the bar (T just over 1).
    stars = [f"{STAR} {v}" if t else v for v, t in zip(bar_labels(p, positive=positive), top, strict=True)]
    percent_labels = value_labels(names, label_heights(p, ref, axis_top), stars)
    in_legend = not np.array_equal(p, ref)  # False for arrays of different shapes too
    # Each outline as wide as its bar, as on the home page (it had stood out past the bars' sides).
    shapes = reference_outlines(names, ref, texts["reference"], in_legend, half_width=(1 - BARGAP) / 2)
    return figure(
        [bars, percent_labels],
        texts["title"],
        height=height,
        xaxis=axis(type="category"),
        yaxis=axis(range=[0, axis_top], tickformat=".0%"),
        shapes=shapes,
        showlegend=True,
        bargap=BARGAP,
    )


def name_places(heights: Sequence[float], below: Sequence[bool]) -> list[tuple[float, bool]]:
    """Each name's height and side (True: below its marker), lowest name first: on the side asked
    for where that fits inside the axis and above the name under it, else on the other side, else
    above, lifted clear of the name under it. So no name leaves the plot or covers another."""
    low, high = SWEEP_RANGE
    floor, places = low, []
    for y, wants_below in zip(heights, below, strict=True):
        for side in (wants_below, not wants_below):
            bottom, top = (y - NAME_GAP, y) if side else (y, y + NAME_GAP)
            if bottom >= floor and top <= high:
                places.append((y, side))
                floor = top
                break
        else:
            lifted = min(max(y, floor), high - NAME_GAP)
            places.append((lifted, False))
            floor = lifted + NAME_GAP
    return places


def sweep_figure(
    labels: Sequence[str],
    temperatures: ArrayLike,
    probabilities: ArrayLike,
    current: tuple[float, ArrayLike],
    texts: Texts,
) -> go.Figure:
    """A line per option of p against T (log axis), a marker at the current T on each line.

    ``probabilities`` is [len(temperatures), n], options sorted by score, highest first; ``current``
    is (T shown, p at that T). The left end reaches one-hot (T → 0), the right end uniform (T → ∞).
    Every line is PROBABILITY, as the bars above it on the page: the most likely option has no colour
    of its own there, so none here either. Lines are told apart by their dash and by the option's
    name beside its marker, placed by ``name_places`` (inside the plot, never over another name;
    markers that meet share one name, "B, C"), left of the marker right of T = 1, where a long name
    would run past a phone's edge. The "now" line's T stands above the plot, where no line or name
    reaches it.
    """
    temps = np.asarray(temperatures, dtype=float)  # [m]
    probs = np.asarray(probabilities, dtype=float)  # [m, n]
    t_now, p_now = current[0], np.asarray(current[1], dtype=float)  # [n]
    here = int(np.argmin(np.abs(np.log(temps) - np.log(t_now))))  # the sweep's point nearest T now
    rising = probs[min(here + 1, len(temps) - 1)] >= probs[max(here - 1, 0)]  # [n] p grows with T here
    traces = []
    option_names = safe_labels(labels)
    for i, name in enumerate(option_names):
        style = {"color": PROBABILITY, "width": 2, "dash": DASHES[i % len(DASHES)]}
        line = {"type": "scatter", "x": temps, "y": probs[:, i], "mode": "lines", "name": name,
                "line": style, "hovertemplate": SWEEP_HOVER}  # fmt: skip
        dot = {"color": PROBABILITY, "size": 10, "line": {"color": PAPER, "width": 1.5}}
        marker = {"type": "scatter", "x": [t_now], "y": [p_now[i]], "mode": "markers", "name": name,
                  "showlegend": False, "hovertemplate": SWEEP_HOVER, "marker": dot}  # fmt: skip
        traces += [line, marker]
    groups = label_groups(p_now, NAME_GAP)  # markers that meet share a name: "B, C"
    # where each line leaves room: below a rising line, above a falling one
    places = name_places([y for y, _ in groups], [bool(rising[g[0]]) for _, g in groups])
    left = t_now > 1  # right of T = 1 a long "A, B, …" would run past a phone's edge: names go left
    names = [
        {
            "x": float(np.log10(t_now)),
            "y": y,
            "text": ", ".join(option_names[i] for i in group),
            "showarrow": False,
            "xanchor": "right" if left else "left",
            "xshift": -7 if left else 7,
            "yanchor": "top" if below else "bottom",
            "bgcolor": PAPER,
            "borderpad": 1,
            "font": LABEL_FONT,
        }
        for (y, below), (_, group) in zip(places, groups, strict=True)
    ]
    now_line = {"type": "line", "xref": "x", "yref": "y domain", "x0": t_now, "x1": t_now, "y0": 0, "y1": 1,
                "line": {"color": REFERENCE, "dash": "dot"}}  # fmt: skip
    # Annotations on a log axis take log10(x) (a Plotly rule add_vline's own label gets wrong).
    at_left_end = t_now <= temps[0]  # T = 0, drawn at the axis's left end: clear of the y axis's "p"
    now_label = {  # above the plot, over its line: clear of every line and name inside
        "x": float(np.log10(t_now)),
        "y": 1,
        "yref": "paper",
        "text": texts["current"],
        "showarrow": False,
        "yanchor": "bottom",
        "xanchor": "left" if at_left_end else "center",
        "xshift": 16 if at_left_end else 0,
        "yshift": 2,
        "bgcolor": "rgba(128,128,128,0.15)",
    }
    return figure(
        traces,
        texts["title"],
        height=380,
        xaxis=axis(texts["x"], type="log", dtick=1),  # a tick per power of ten: "0.01 2 5 0.1" misread
        yaxis=axis(texts["y"], range=[-0.02, 1.02], tickformat=".0%"),
        shapes=[now_line],
        annotations=[*names, now_label],
    )


def normalizations_figure(
    labels: Sequence[str], methods: Sequence[str], values: Sequence[Sequence[float]], texts: Texts
) -> go.Figure:
    """Grouped bars: each method's values per option; broken ones (NaN, negative) show as they are.

    The first method is softmax (PROBABILITY); the others are the naive alternatives (NAIVE),
    told apart by their fill pattern and the legend."""
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
                "marker": {
                    "color": PROBABILITY if i == 0 else NAIVE,
                    # white hatching over the colour, as the formula and why pages draw it
                    "pattern": {"shape": PATTERNS[i % len(PATTERNS)], **HATCH_OVER},
                },  # fmt: skip
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
        # Four long entries: on a phone they wrap into four rows, which above the plot covered the title.
        legend=LEGEND_BOTTOM,
    )
