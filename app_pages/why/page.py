"""Why probabilities? The article's sections 01–02 played through: raw scores, then learning with p − y."""

import streamlit as st

from app_pages.attention.inputs import LEGACY_PARAMS
from app_pages.why.inputs import read_link, write_link
from app_pages.why.learning import gradient_tab
from app_pages.why.sections import scores_section
from ui.i18n import tr
from ui.share import share_link
from ui.widgets import view_tabs

# The two sections as tabs, in the article's order; only the open one runs.
VIEWS = {"scores": "why.tab.scores", "gradient": "why.tab.gradient"}

if st.query_params.get("why_view") == "attention":  # attention was this page's third tab: it moved
    carried = {new: st.query_params[old] for old, new in LEGACY_PARAMS.items() if old in st.query_params}
    if "lang" in st.query_params:
        carried["lang"] = st.query_params["lang"]
    st.switch_page("app_pages/attention/page.py", query_params=carried)

st.title(tr("nav.why"), anchor=False)
st.markdown(tr("why.intro"))
for notice in read_link():
    st.warning(notice, icon=":material/link_off:")
view, panel = view_tabs("why_view", tuple(VIEWS), lambda v: tr(VIEWS[v]))
with panel:
    if view == "scores":
        scores_section()
        # the page's second half is a tab at its top: say so where the first half ends
        st.caption(tr("why.tab.next", tab=tr(VIEWS["gradient"])))
    else:
        gradient_tab()
write_link()  # every tab's settings, the closed one's too
share_link()
