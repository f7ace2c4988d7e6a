"""Plotly figure builders: data in, ``go.Figure`` out, no Streamlit, so tests can read them."""
