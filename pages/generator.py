"""The Humpty Dumpty generator (being built): prompt and model settings."""

import streamlit as st

from ui.i18n import tr
from ui.model_settings import model_settings

st.title(tr("nav.generator"))
inputs = model_settings()
for message in inputs.errors:
    st.error(message, icon=":material/error:")
