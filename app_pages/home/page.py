"""Home: what softmax is for, and a card per page."""

import streamlit as st

from core.pages import CARDS
from ui.i18n import tr
from ui.share import share_link

st.title(tr("home.title"))
st.write(tr("home.intro"))

columns = st.columns(2)
for i, spec in enumerate(CARDS):
    with columns[i % 2].container(border=True):
        st.subheader(tr(spec.title_key))
        st.write(tr(spec.blurb_key))
        st.caption(tr("home.article", sections=" · ".join(spec.article)))
        st.page_link(spec.script, label=tr("home.open"), icon=spec.icon)

share_link()
