"""Figures of the compare page: statistics per strategy, and the temperature sweep.

Every visible word comes in through ``texts`` (already translated) and ``labels`` (strategy names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from core.charts.style import BLUE, GREEN, GREY, LEGEND, MARGIN, ORANGE, RED, Trace, axis, figure
from core.textstats import Stats

# The share-type statistics drawn as grouped bars (all between 0 and 1), with their colours.
SHARES = (
    ("distinct_ngrams", BLUE),
    ("real_words", GREEN),
    ("repeated_ngrams", ORANGE),
    ("loop_share", RED),
)


def _domains(sizes: Sequence[float], spacing: float) -> list[list[float]]:
    """[start, end] of panels laid side by side on the 0–1 range, as long as ``sizes`` says, ``spacing``
    apart: left to right for columns, bottom to top for rows. The same numbers as ``make_subplots``."""
    room = 1.0 - spacing * (len(sizes) - 1)
    lengths = [room * (size / sum(sizes)) for size in sizes]
    starts = [sum(lengths[:i]) + i * spacing for i in range(len(sizes))]
    return [[start, min(1.0, start + length)] for start, length in zip(starts, lengths, strict=True)]


def strategy_chart(labels: Sequence[str], stats: Sequence[Stats], texts: Mapping[str, str]) -> go.Figure:
    """Grouped bars of the shares per strategy (left) and perplexity per strategy (right).

    ``texts`` holds: title, shares_title and ppl_title (the two y axes), perplexity, and one
    legend name per SHARES key.
    """
    x = list(labels)
    shares = [
        {
            "type": "bar",
            "x": x,
            "y": [getattr(s, key) for s in stats],
            "name": texts[key],
            "marker": {"color": colour},
            "hovertemplate": "%{x}: %{y:.1%}<extra>" + texts[key] + "</extra>",
            "xaxis": "x",
            "yaxis": "y",
        }
        for key, colour in SHARES
    ]
    perplexity = {
        "type": "bar",
        "x": x,
        "y": [s.perplexity for s in stats],
        "name": texts["perplexity"],
        "marker": {"color": GREY},
        "text": [f"{s.perplexity:.2f}" for s in stats],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{x}: %{y:.2f}<extra></extra>",
        "showlegend": False,
        "xaxis": "x2",
        "yaxis": "y2",
    }
    # The layout make_subplots(cols=2, column_widths=[0.68, 0.32], horizontal_spacing=0.1) wrote.
    shares_x, ppl_x = _domains([0.68, 0.32], spacing=0.1)
    slanted = {"tickangle": -30, "automargin": True}
    return figure(
        [*shares, perplexity],
        texts["title"],
        height=460,
        xaxis=axis(anchor="y", domain=shares_x, **slanted),
        yaxis=axis(texts["shares_title"], anchor="x", domain=[0.0, 1.0], range=[0, 1.05], tickformat=".0%"),
        xaxis2={"anchor": "y2", "domain": ppl_x, **slanted},
        yaxis2=axis(texts["ppl_title"], anchor="x2", domain=[0.0, 1.0], rangemode="tozero"),
        barmode="group",
        # The legend goes on its own line under the title, clear of the slanted strategy names below.
        legend={**LEGEND, "y": 1.02, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        margin={**MARGIN, "t": 90},
    )


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
        return {"type": "scatter", "x": xs, "y": [getattr(s, key) for s in stats], "name": texts[key],
                "mode": "lines+markers", "line": {"color": colour}, "customdata": t_text,
                "hovertemplate": "T=%{customdata}: %{y:" + y_format + "}<extra>" + texts[key] + "</extra>",
                "xaxis": "x" if row == 1 else "x2", "yaxis": "y" if row == 1 else "y2"}  # fmt: skip

    traces = [
        curve("distinct_ngrams", BLUE, ".1%", row=1),
        curve("real_words", GREEN, ".1%", row=1),
        curve("perplexity", GREY, ".2f", row=2),
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
