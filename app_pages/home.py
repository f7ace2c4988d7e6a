"""Home: what softmax is for, and a card per page."""

import streamlit as st

from ui.i18n import tr
from ui.share import share_link

CARDS = [
    ("app_pages/playground.py", "nav.playground", "home.card.playground", ":material/functions:"),
    ("app_pages/generator.py", "nav.generator", "home.card.generator", ":material/edit_note:"),
    ("app_pages/compare.py", "nav.compare", "home.card.compare", ":material/compare_arrows:"),
    ("app_pages/why.py", "nav.why", "home.card.why", ":material/psychology_alt:"),
]

st.title(tr("home.title"))
st.write(tr("home.intro"))

columns = st.columns(2)
for i, (path, title_key, text_key, icon) in enumerate(CARDS):
    with columns[i % 2].container(border=True):
        st.subheader(tr(title_key))
        st.write(tr(text_key))
        st.page_link(path, label=tr("home.open"), icon=icon)

share_link()
