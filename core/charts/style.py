"""One look for every chart: colours readable on light and dark themes, shared layout defaults."""

from __future__ import annotations

import plotly.graph_objects as go

# Colour-blind-safe (Okabe–Ito) hues, legible on white and on Streamlit's dark background.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
RED = "#D55E00"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
YELLOW = "#F0E442"
GREY = "#8C8C8C"
SEQUENCE = (BLUE, ORANGE, GREEN, RED, PURPLE, SKY, YELLOW, GREY)
FAINT = 0.35  # opacity of reference traces drawn behind the live ones

VISIBLE_CHARS = {" ": "␣", "\n": "↵", "\t": "⇥"}


def visible(ch: str) -> str:
    """Show whitespace characters as visible symbols (␣ ↵ ⇥) on axes and labels."""
    return "".join(VISIBLE_CHARS.get(c, c) for c in ch)


def base_layout(
    fig: go.Figure, title: str, x_title: str = "", y_title: str = "", height: int = 340
) -> go.Figure:
    """Apply the shared layout: title, axis titles, compact margins, transparent background."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=height,
        margin={"l": 10, "r": 10, "t": 48, "b": 10},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"namelength": -1},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1},
    )
    return fig
