"""Home: a live miniature of softmax (the article's scores, a temperature slider, the bars), then the
path through the app as numbered steps (core.pages.PAGES), then a short glossary."""

import streamlit as st

from app_pages.home.parts import glossary, miniature, path
from ui.i18n import tr
from ui.share import share_link

st.title(tr("home.title"), anchor=False)
st.markdown(tr("home.intro"))

left, right = st.columns([5, 6], gap="large")
with left:
    miniature()
with right:
    path()
glossary()
share_link()
