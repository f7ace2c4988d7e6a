"""How every chart is shown: full width, no Plotly toolbar; the one place pages call ``st.plotly_chart``.

The charts are to be read, not edited. Plotly's toolbar (zoom, pan, select, autoscale, a picture)
comes up over a chart's title and legend when the pointer comes near, and on a phone with the tap that
asks for a bar's value. A drag would zoom or pan, and a learner who tries to drag a bar would be left
with an empty corner of the plot; ``core.charts.style.figure`` turns dragging off (in the plot, along
the tick labels and with shift: the browser test tries all three). Hovering, or tapping, gives every
exact value.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

CHART_CONFIG = {"displayModeBar": False, "displaylogo": False}


def show_chart(fig: go.Figure, key: str) -> None:
    """``fig`` across its column, without a toolbar; ``key`` names its container (``.st-key-<key>``)."""
    st.plotly_chart(fig, key=key, width="stretch", config=CHART_CONFIG)
