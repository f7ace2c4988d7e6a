"""Softmax Explorer: page config, the shared sidebar (language) and navigation. Run: ./run.sh"""

import streamlit as st

from core.logits_table import MAX_ROWS
from ui import guards
from ui.i18n import language_selector, tr
from ui.warm_up import start_up_in_background

st.set_page_config(page_title="Softmax Explorer", page_icon="📊", layout="wide")

language_selector()
guards.install(MAX_ROWS)  # tables capped, link numbers checked, shared caches safe: see ui/guards.py
start_up_in_background()

PAGES = [
    st.Page("app_pages/home.py", title=tr("nav.home"), icon=":material/home:", url_path="home", default=True),
    st.Page(
        "app_pages/playground.py",
        title=tr("nav.playground"),
        icon=":material/functions:",
        url_path="playground",
    ),
    st.Page(
        "app_pages/generator.py", title=tr("nav.generator"), icon=":material/edit_note:", url_path="generator"
    ),
    st.Page(
        "app_pages/compare.py", title=tr("nav.compare"), icon=":material/compare_arrows:", url_path="compare"
    ),
    st.Page("app_pages/why.py", title=tr("nav.why"), icon=":material/psychology_alt:", url_path="why"),
]

st.navigation(PAGES).run()
