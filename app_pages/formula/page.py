"""Placeholder while the page is built (phase 2 of issue 15)."""

import streamlit as st

from ui.i18n import tr
from ui.share import share_link

st.title(tr("nav.formula"))
st.write(tr("home.card.formula"))
share_link()
