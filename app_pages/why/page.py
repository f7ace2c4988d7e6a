"""Why softmax? The article's argument played through: raw scores, the gradient p − y, attention."""

import streamlit as st

from app_pages.why.inputs import read_link, write_link
from app_pages.why.sections import attention_section, gradient_tab, raw_scores_section
from ui.i18n import tr
from ui.share import share_link
from ui.widgets import view_tabs

# The three sections as tabs, in the article's order; only the open one runs.
VIEWS = {"scores": "why.tab.scores", "gradient": "why.tab.gradient", "attention": "why.tab.attention"}

st.title(tr("nav.why"))
st.markdown(tr("why.intro"))
if read_link():
    st.warning(tr("url.ignored"), icon=":material/link_off:")
view, panel = view_tabs("why_view", tuple(VIEWS), lambda v: tr(VIEWS[v]))
with panel:
    if view == "scores":
        raw_scores_section()
    elif view == "gradient":
        gradient_tab()  # starts from the same score widgets as the first tab
    else:
        attention_section()
write_link()  # every tab's settings, the closed ones' too
share_link()
