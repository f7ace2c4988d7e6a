"""Figures of the compare page: what the filters remove, many dice, statistics per strategy, and the
temperature sweep (its samples as text: ``core.charts.samples``).

Every visible word comes in through ``texts`` (already translated) and ``labels`` (strategy names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from core.charts.style import (
    DRAWN,
    DRAWN_EDGE,
    PROBABILITY,
    REMOVED,
    REMOVED_EDGE,
    REMOVED_PATTERN,
    STATISTIC,
    Trace,
    axis,
    figure,
    probability_axis,
    reference_hover,
    reference_outlines,
    visible,
)
from core.textstats import Stats

MAX_BARS = 24  # characters drawn in the filter and dice charts: the likeliest ones (the rest are slivers)
FIRST_SCREEN_HEIGHT = 320  # px: charts near the top stay under the page rule's 320 px


# --------------------------------------------------------------------------- one distribution


def _shown(probs: np.ndarray, also: np.ndarray | None = None, max_bars: int = MAX_BARS) -> np.ndarray:
    """Indices of the bars to draw: the ``max_bars`` likeliest (plus any ``also``), likeliest first."""
    order = np.argsort(-probs, kind="stable")
    keep = set(order[:max_bars].tolist())
    if also is not None:
        keep |= set(np.flatnonzero(also).tolist())
    return np.array([i for i in order if i in keep], dtype=np.int64)


def _bar(x: list[str], y: ArrayLike, name: str, marker: dict, hover: str = "%{y:.1%}", **more) -> Trace:
    """One bar series of the filter and dice charts; its hover names the series."""
    return {"type": "bar", "x": x, "y": y, "name": name, "marker": marker, **more,
            "hovertemplate": "%{x}: " + hover + "<extra>" + name + "</extra>"}  # fmt: skip


BARGAP = 0.15


def _next_char_figure(
    traces: list[Trace],
    texts: Mapping[str, str],
    top: float,
    counts: tuple[int, int],
    shapes: Sequence[dict] = (),
) -> go.Figure:
    """The filter and dice charts' shared frame: overlaid bars per character up to ``top``. The y
    title is a level label over the axis, so figure() puts the legend under the plot. Every bar is
    named, level: left to itself Plotly names every other bar on a phone (24 one-character labels
    fit in a phone's ~300 px plot). ``counts``: (the likeliest characters drawn, all characters);
    where that is fewer than all, the x title says so (``texts["x_title_some"]``, with {shown} and
    {n}), so a filter that cuts further right than the last bar is not taken for one that cuts
    nothing. (The dice chart adds any rarer character that was drawn; its wording says so.)"""
    names = list(traces[0]["x"])
    x_title = texts["x_title"]
    likeliest, total = counts
    if likeliest < total and "x_title_some" in texts:
        x_title = texts["x_title_some"].format(shown=likeliest, n=total)
    return figure(
        traces,
        texts["title"],
        height=FIRST_SCREEN_HEIGHT,
        xaxis=axis(
            x_title,
            type="category",
            tickfont={"size": 13},
            tickmode="array",
            tickvals=names,
            tickangle=0,
        ),
        yaxis=probability_axis(texts["y_title"], top),
        barmode="overlay",
        bargap=BARGAP,
        shapes=list(shapes),
    )


def filter_chart(
    chars: Sequence[str],
    before: ArrayLike,
    after: ArrayLike,
    removed: ArrayLike,
    texts: Mapping[str, str],
    max_bars: int = MAX_BARS,
) -> go.Figure:
    """One next-character distribution, bars sorted by probability: what the filters removed (hatched,
    REMOVED), what is left renormalised (PROBABILITY), and the distribution before the filters (the
    dashed reference outlines every page draws).

    ``before`` and ``after`` are probabilities [V] (before and after the filters), ``removed`` a bool [V].
    ``texts`` holds: title, kept, removed, before, x_title, y_title (and x_title_some, see
    ``_next_char_figure``).
    """
    before, after = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
    removed = np.asarray(removed, dtype=bool)
    idx = _shown(before, max_bars=max_bars)
    x = [visible(chars[i]) for i in idx]
    gone = removed[idx]
    hatched = {
        "color": REMOVED,
        "pattern": {"shape": REMOVED_PATTERN, "fgcolor": REMOVED_EDGE},
        "line": {"color": REMOVED_EDGE, "width": 1},
    }
    was = {"customdata": before[idx], "hover": "%{y:.1%}" + reference_hover(texts["before"], ":.1%")}
    traces = [
        _bar(x, np.where(gone, np.nan, after[idx]), texts["kept"], {"color": PROBABILITY}, **was),
        _bar(x, np.where(gone, before[idx], np.nan), texts["removed"], hatched),
    ]
    outlines = reference_outlines(x, before[idx], texts["before"], True, half_width=(1 - BARGAP) / 2)
    top = float(np.nanmax([np.nanmax(after[idx]), before[idx].max()]))
    return _next_char_figure(traces, texts, top, (min(max_bars, len(chars)), len(chars)), outlines)


def dice_chart(
    chars: Sequence[str],
    probs: ArrayLike,
    counts: ArrayLike,
    texts: Mapping[str, str],
    max_bars: int = MAX_BARS,
) -> go.Figure:
    """Many dice: the share of draws that gave each character (DRAWN bars) inside the softmax
    probabilities they converge to, sorted by probability. The probabilities are what the draws are
    measured against, so they are the dashed reference outlines every page draws (a solid blue edge
    had all but vanished inside the sky-blue bars on the dark theme).

    ``counts`` [V] are the draws per character; every drawn character is shown, however unlikely.
    ``texts`` holds: title, drawn, probability, x_title, y_title (and x_title_some).
    """
    probs, counts = np.asarray(probs, dtype=float), np.asarray(counts, dtype=np.int64)
    n = int(counts.sum())
    idx = _shown(probs, also=counts > 0, max_bars=max_bars)
    x = [visible(chars[i]) for i in idx]
    share = counts[idx] / max(n, 1)
    hover = "%{customdata[0]} (%{y:.1%})" + reference_hover(texts["probability"], ":.1%", "customdata[1]")
    drawn = np.column_stack([counts[idx], probs[idx]])  # [shown, 2]: the draws and the probability
    marker = {"color": DRAWN, "line": {"color": DRAWN_EDGE, "width": 1}}
    traces = [_bar(x, share, texts["drawn"], marker, hover, customdata=drawn)]
    outlines = reference_outlines(x, probs[idx], texts["probability"], True, half_width=(1 - BARGAP) / 2)
    top = float(max(share.max(initial=0), probs[idx].max(initial=0)))
    return _next_char_figure(traces, texts, top, (min(max_bars, len(chars)), len(chars)), outlines)


# The share-type statistics drawn as grouped bars (all between 0 and 1), with their colours, and the
# way each one is better: one panel holds both kinds, so every legend entry carries its arrow (the
# tallest bars, greedy's and beam's repeats and loops, read as the best ones without it).
SHARES = ("distinct_ngrams", "real_words", "repeated_ngrams", "loop_share")
BETTER = {"distinct_ngrams": "↑", "real_words": "↑", "repeated_ngrams": "↓", "loop_share": "↓"}


def _domains(sizes: Sequence[float], spacing: float) -> list[list[float]]:
    """[start, end] of panels laid side by side on the 0–1 range, as long as ``sizes`` says, ``spacing``
    apart: left to right for columns, bottom to top for rows. The same numbers as ``make_subplots``."""
    room = 1.0 - spacing * (len(sizes) - 1)
    lengths = [room * (size / sum(sizes)) for size in sizes]
    starts = [sum(lengths[:i]) + i * spacing for i in range(len(sizes))]
    return [[start, min(1.0, start + length)] for start, length in zip(starts, lengths, strict=True)]


def _two_lines(label: str) -> str:
    """A strategy's name over its settings: "Top-k<br>(k = 10, T = 2)". Slanted on one line, the
    seven names ran into each other on a phone."""
    for opening in (" (", "（"):
        if opening in label:
            name, settings = label.split(opening, 1)
            return f"{name}<br>{opening.strip()}{settings}"
    return label


def strategy_chart(labels: Sequence[str], stats: Sequence[Stats], texts: Mapping[str, str]) -> go.Figure:
    """Grouped bars of the shares per strategy (top) and perplexity per strategy (bottom).

    Rows, not columns: each panel's level label (its y title) gets the figure's whole width, which
    on a phone a third of it could not hold.

    ``texts`` holds: title, shares_title and ppl_title (the two y axes), perplexity, and one
    legend name per SHARES key.
    """
    x = [_two_lines(label) for label in labels]
    shares = [
        {
            "type": "bar",
            "x": x,
            "y": [getattr(s, key) for s in stats],
            "name": f"{texts[key]} {BETTER[key]}",
            "marker": {"color": STATISTIC[key][0], "pattern": {"shape": STATISTIC[key][1]}},
            "hovertemplate": "%{x}: %{y:.1%}<extra>" + texts[key] + "</extra>",
            "xaxis": "x",
            "yaxis": "y",
        }
        for key in SHARES
    ]
    perplexity = {
        "type": "bar",
        "x": x,
        "y": [s.perplexity for s in stats],
        "name": texts["perplexity"],
        "marker": {"color": STATISTIC["perplexity"][0]},
        "text": [f"{s.perplexity:.3f}" for s in stats],  # as the table and its conclusion
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{x}: %{y:.3f}<extra></extra>",
        "showlegend": False,
        "xaxis": "x2",
        "yaxis": "y2",
    }
    # The layout make_subplots(rows=2, shared_xaxes=True, vertical_spacing=0.14, row_heights=[0.62, 0.38])
    # wrote; domains go bottom to top, so the rows are listed bottom first.
    ppl_y, shares_y = _domains([0.38, 0.62], spacing=0.14)
    return figure(
        [*shares, perplexity],
        texts["title"],
        height=500,
        # The top panel's strategy axis follows the bottom one's and leaves it the (slanted) names.
        xaxis=axis(anchor="y", matches="x2", showticklabels=False),
        yaxis=axis(texts["shares_title"], anchor="x", domain=shares_y, range=[0, 1.05], tickformat=".0%"),
        # Level where the names fit (a desktop's ~150 px a strategy), steeply slanted where they do not:
        # two-line names 55 px apart on a phone, at 50° they all but touched.
        xaxis2=axis(anchor="y2", autotickangles=[0, -70], automargin=True),
        yaxis2=axis(texts["ppl_title"], anchor="x2", domain=ppl_y, rangemode="tozero"),
        barmode="group",
    )


# The sweep's two share curves share a panel: each has its own dash and marker as well as its colour,
# so they are told apart without colour (their hues were only 16–34 ΔE apart to colour-blind eyes).
SWEEP_MARKS = {"distinct_ngrams": ("solid", "circle"), "real_words": ("dash", "square"),
               "perplexity": ("solid", "diamond")}  # fmt: skip


def sweep_chart(temperatures: Sequence[float], stats: Sequence[Stats], texts: Mapping[str, str]) -> go.Figure:
    """Diversity and real words (top) and perplexity (bottom) against T on a log axis.

    T = 0 (greedy) cannot sit on a log axis, so it is drawn half a step left of the smallest
    positive T and labelled with ``texts["greedy_tick"]``: the T → 0 end of the curves.
    ``texts`` holds: title, x_title, share_title, ppl_title, distinct_ngrams, real_words,
    perplexity, greedy_tick.
    """
    positive = sorted(t for t in temperatures if t > 0)
    if not positive:
        raise ValueError("the sweep needs at least one temperature above 0")
    greedy_x = positive[0] / 2
    xs = [t if t > 0 else greedy_x for t in temperatures]
    t_text = [f"{t:g}" for t in temperatures]  # hover shows T as given: 0, not greedy_x

    def curve(key: str, colour: str, y_format: str, row: int) -> Trace:
        """The statistic ``key`` against T, on the subplot of ``row`` (1 top, 2 bottom)."""
        dash, symbol = SWEEP_MARKS[key]
        return {"type": "scatter", "x": xs, "y": [getattr(s, key) for s in stats], "name": texts[key],
                "mode": "lines+markers", "line": {"color": colour, "dash": dash},
                "marker": {"symbol": symbol, "size": 8}, "customdata": t_text,
                "hovertemplate": "T=%{customdata}: %{y:" + y_format + "}<extra>" + texts[key] + "</extra>",
                "xaxis": "x" if row == 1 else "x2", "yaxis": "y" if row == 1 else "y2"}  # fmt: skip

    traces = [
        curve("distinct_ngrams", STATISTIC["distinct_ngrams"][0], ".1%", row=1),
        curve("real_words", STATISTIC["real_words"][0], ".1%", row=1),
        curve("perplexity", STATISTIC["perplexity"][0], ".3f", row=2),
    ]
    ticks = [greedy_x, *(t for t in (0.1, 0.3, 1, 3, 10) if positive[0] <= t <= positive[-1])]
    tick_text = [texts["greedy_tick"], *(f"{t:g}" for t in ticks[1:])]
    log_t = {"type": "log", "tickvals": ticks, "ticktext": tick_text}
    # Log scale: perplexity spans 1.x (greedy) to tens (T = 10); label only round values.
    ppl = [s.perplexity for s in stats]
    ppl_ticks = [v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500) if min(ppl) / 2 <= v <= max(ppl) * 2]
    # The layout make_subplots(rows=2, shared_xaxes=True, vertical_spacing=0.1, row_heights=[0.58, 0.42])
    # wrote; domains go bottom to top, so the rows are listed bottom first.
    ppl_y, share_y = _domains([0.42, 0.58], spacing=0.1)
    return figure(
        traces,
        texts["title"],
        height=520,
        # The top plot's T axis follows the bottom one's (zoom, pan) and leaves it the tick labels.
        xaxis=axis(anchor="y", domain=[0.0, 1.0], matches="x2", showticklabels=False, **log_t),
        yaxis=axis(texts["share_title"], anchor="x", domain=share_y, range=[0, 1.05], tickformat=".0%"),
        xaxis2=axis(texts["x_title"], anchor="y2", domain=[0.0, 1.0], **log_t),
        yaxis2=axis(texts["ppl_title"], anchor="x2", domain=ppl_y, type="log", tickvals=ppl_ticks),
    )
