"""How every chart is shown: full width, no Plotly toolbar; the one place pages call ``st.plotly_chart``.

The charts are to be read, not edited. Plotly's toolbar (zoom, pan, select, autoscale, a picture)
appeared over the chart's title and legend when a pointer came near, and on a phone after a tap, when
the reader wanted a bar's value; five pages had it and three did not. Dragging across a chart zoomed
into it, and a learner who tried to drag a bar found an empty, zoomed plot; the figures turn dragging
off (``core.charts.style.figure``). Hovering, or tapping, still gives every exact value.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

CHART_CONFIG = {"displayModeBar": False, "displaylogo": False}


def show_chart(fig: go.Figure, key: str) -> None:
    """``fig`` across its column, without a toolbar; ``key`` names its container (``.st-key-<key>``)."""
    st.plotly_chart(fig, key=key, width="stretch", config=CHART_CONFIG)
