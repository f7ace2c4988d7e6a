"""Streamlit helpers shared by the pages: language, shared widgets, cached resources.

Unlike ``core``, this package imports Streamlit; it holds no maths of its own.
"""
