"""Softmax Explorer's pure library: maths, models, sampling, figures and texts. No Streamlit here."""
