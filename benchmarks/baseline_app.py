"""The baseline for the latency benchmarks: one slider and one Plotly bar chart, nothing else.

Every page interaction is measured against this script in the same run, so the figures say
"how much slower than the least a Streamlit page can do" on whatever machine runs them.
The probabilities are computed inline with NumPy (not with ``core``) so the baseline stays
the same however the app changes.
"""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

TOKENS = ["the", "a", "cat", "dog", "sat", "ran", "on", "mat"]
LOGITS = np.array([3.0, 2.5, 1.0, 0.8, 0.0, -0.5, -1.0, -2.0])

temperature = st.slider("T", 0.05, 10.0, 1.0, 0.05, key="baseline_temperature")
e = np.exp((LOGITS - LOGITS.max()) / temperature)
p = e / e.sum()
fig = go.Figure(go.Bar(x=TOKENS, y=p, text=[f"{v:.3f}" for v in p]))
fig.update_layout(height=340, margin={"l": 10, "r": 10, "t": 30, "b": 10})
st.plotly_chart(fig, key="baseline_chart", width="stretch", config={"displaylogo": False})
