"""Figures of the compare page: statistics per strategy, and the temperature sweep.

Every visible word comes in through ``texts`` (already translated) and ``labels`` (strategy names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.charts.style import BLUE, GREEN, GREY, ORANGE, RED, base_layout
from core.textstats import Stats

# The share-type statistics drawn as grouped bars (all between 0 and 1), with their colours.
SHARES = (
    ("distinct_ngrams", BLUE),
    ("real_words", GREEN),
    ("repeated_ngrams", ORANGE),
    ("loop_share", RED),
)


def strategy_chart(labels: Sequence[str], stats: Sequence[Stats], texts: Mapping[str, str]) -> go.Figure:
    """Grouped bars of the shares per strategy (left) and perplexity per strategy (right).

    ``texts`` holds: title, shares_title and ppl_title (the two y axes), perplexity, and one
    legend name per SHARES key.
    """
    fig = make_subplots(rows=1, cols=2, column_widths=[0.68, 0.32], horizontal_spacing=0.1)
    for key, colour in SHARES:
        values = [getattr(s, key) for s in stats]
        fig.add_bar(
            x=list(labels),
            y=values,
            name=texts[key],
            marker_color=colour,
            hovertemplate="%{x}: %{y:.1%}<extra>" + texts[key] + "</extra>",
            row=1,
            col=1,
        )
    fig.add_bar(
        x=list(labels),
        y=[s.perplexity for s in stats],
        name=texts["perplexity"],
        marker_color=GREY,
        text=[f"{s.perplexity:.2f}" for s in stats],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{x}: %{y:.2f}<extra></extra>",
        showlegend=False,
        row=1,
        col=2,
    )
    base_layout(fig, texts["title"], height=460)  # first: it blanks the first axis titles
    fig.update_yaxes(title_text=texts["shares_title"], range=[0, 1.05], tickformat=".0%", row=1, col=1)
    fig.update_yaxes(title_text=texts["ppl_title"], rangemode="tozero", row=1, col=2)
    fig.update_xaxes(tickangle=-30, automargin=True)
    fig.update_layout(barmode="group")
    # The legend goes on its own line under the title, clear of the slanted strategy names below.
    fig.update_layout(legend={"y": 1.02, "yanchor": "bottom", "x": 0, "xanchor": "left"}, margin={"t": 90})
    return fig


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
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1, row_heights=[0.58, 0.42])
    base_layout(fig, texts["title"], height=520)  # first: it blanks the first axis titles
    for key, colour in (("distinct_ngrams", BLUE), ("real_words", GREEN)):
        fig.add_scatter(
            x=xs,
            y=[getattr(s, key) for s in stats],
            name=texts[key],
            mode="lines+markers",
            line={"color": colour},
            hovertemplate="T=%{customdata}: %{y:.1%}<extra>" + texts[key] + "</extra>",
            customdata=[f"{t:g}" for t in temperatures],
            row=1,
            col=1,
        )
    fig.add_scatter(
        x=xs,
        y=[s.perplexity for s in stats],
        name=texts["perplexity"],
        mode="lines+markers",
        line={"color": GREY},
        hovertemplate="T=%{customdata}: %{y:.2f}<extra>" + texts["perplexity"] + "</extra>",
        customdata=[f"{t:g}" for t in temperatures],
        row=2,
        col=1,
    )
    ticks = [greedy_x, *(t for t in (0.1, 0.3, 1, 3, 10) if positive[0] <= t <= positive[-1])]
    tick_text = [texts["greedy_tick"], *(f"{t:g}" for t in ticks[1:])]
    fig.update_xaxes(type="log", tickvals=ticks, ticktext=tick_text)
    fig.update_xaxes(title_text=texts["x_title"], row=2, col=1)
    fig.update_yaxes(title_text=texts["share_title"], range=[0, 1.05], tickformat=".0%", row=1, col=1)
    # Log scale: perplexity spans 1.x (greedy) to tens (T = 10); label only round values.
    ppl = [s.perplexity for s in stats]
    ppl_ticks = [v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500) if min(ppl) / 2 <= v <= max(ppl) * 2]
    fig.update_yaxes(title_text=texts["ppl_title"], type="log", tickvals=ppl_ticks, row=2, col=1)
    return fig
