"""A line said to a screen reader and not shown: what changed, where a page changes without a click.

A page that updates itself (the generator's step, the learn page's training) redraws elements a screen
reader says nothing of. This line is hidden from sight (``sr-only``, ``ui.page_style``) in a polite live
region, which a screen reader reads out when its text changes, after what it is saying. Streamlit keeps
a Markdown element and changes only its text from one run to the next, which is what a live region
needs; so each page calls ``say`` once per run, at the same place.
"""

from __future__ import annotations

import streamlit as st

from ui.markdown import md_literal


def say(text: str) -> None:
    """Put ``text`` in the page's live region ("" says nothing). It is escaped (``md_literal``): the
    callers pass catalog texts with numbers and model characters, and a "<" in them is text, not a tag."""
    st.markdown(f'<span class="sr-only" aria-live="polite">{md_literal(text)}</span>', unsafe_allow_html=True)
