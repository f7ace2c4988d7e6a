"""Softmax in attention (article section 04): the why page's attention section, on its own page."""

import streamlit as st

from app_pages.why.sections import attention_section
from ui.i18n import tr
from ui.share import share_link

st.title(tr("nav.attention"))
attention_section()
share_link()
