"""Placeholder: this page is being built."""

import streamlit as st

from ui.i18n import tr

st.title(tr("nav.playground"))
