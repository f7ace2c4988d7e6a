"""Why softmax? The article's argument played through: raw scores, the gradient p − y, attention."""

import streamlit as st

from ui.i18n import tr
from ui.share import share_link
from ui.why_sections import attention_section, gradient_section, raw_scores_section

st.title(tr("nav.why"))
st.markdown(tr("why.intro"))

scores = raw_scores_section()
st.divider()
gradient_section(scores)
st.divider()
attention_section()
share_link()
