"""Temperature (article section 05): move T, watch the bars; predict first; the scores table beside.

The URL stays /playground: every old link (?tok=&z=, ?preset=, ?playground_temperature=,
?playground_view=steps|sweep|why) still opens the same table and view.
"""

import streamlit as st

from app_pages.playground.live import TEMPERATURE, slider_and_bars
from app_pages.playground.predict import predict
from app_pages.playground.table import table_editor
from app_pages.playground.table_link import URL_NOTICE, preset_picker, start_session, write_url
from app_pages.playground.views import DEEP_T, steps, sweep, table_messages, why_exp
from core.logits_table import parse_table
from ui.i18n import mark_document_language, tr
from ui.next_step import next_step_link
from ui.share import share_link
from ui.widgets import rerun_expander, tabs_drawn, view_tabs

LAST_VALID = "playground_last_valid"  # (labels, logits) of the last table without errors
DEEPER = "playground_deeper"  # the "go deeper" expander (open or closed)
VIEW = "playground_view"  # the open view inside it, also ?playground_view=

st.title(tr("nav.playground"), anchor=False)
st.markdown(tr("playground.intro"))
start_session()
notice = st.container()  # filled after the inputs: an edit or a preset choice clears the notice
st.session_state.pop(DEEP_T, None)  # set again below if the open deeper view depends on T

# ---------------------------------------------------------------------------- the table (right)
# On a phone the columns stack: the slider and the bars come first, the table after them.
col_live, col_table = st.columns([6, 5], gap="large")
with col_table:
    preset_slot = st.container()
    predict_slot = st.container()
    st.caption(tr("playground.table.caption"))
    typed = table_editor()
    with preset_slot:
        preset = preset_picker(typed)
    table = parse_table(typed["token"].tolist(), typed["logit"].tolist())
    table_messages(table)

if st.session_state.get(URL_NOTICE):
    notice.warning(tr("playground.url.bad"), icon=":material/link_off:")
if table.ok:
    st.session_state[LAST_VALID] = (table.labels, table.logits)
    write_url(table)
shown = st.session_state.get(LAST_VALID)
if shown is None:
    col_live.info(tr("playground.nothing"), icon=":material/info:")
    next_step_link("playground")  # st.stop() ends the run before app.py would add these two
    mark_document_language()
    st.stop()
labels, z = shown

# ---------------------------------------------------------------------------- slider and bars (left)
with col_live:
    slider_and_bars(labels, z)
    if not table.ok:
        # Under the bars, which the learner watches (and the slider stays where it was): the
        # table's own message is under the grid, below the first screen at 1440×900.
        st.error(tr("playground.last_valid"), icon=":material/error:")
with predict_slot:
    predict(preset, labels, z)

# ---------------------------------------------------------------------------- go deeper
# An old link to a view opens the section: a link opens a new session, and rerun_expander uses
# ``expanded`` on a session's first run of the section (later, the learner's open/closed state wins).
link_to_view = VIEW in st.query_params and not tabs_drawn(VIEW)
deeper = rerun_expander(tr("playground.deeper"), DEEPER, icon=":material/school:", expanded=link_to_view)
with deeper:
    if deeper.open:  # lazy: a closed section costs nothing on a rerun
        view, panel = view_tabs(VIEW, ("steps", "sweep", "why"), lambda v: tr(f"playground.{v}.title"))
        temperature = st.session_state[TEMPERATURE]
        with panel:
            if view == "steps":
                steps(labels, z, temperature)
            elif view == "sweep":
                sweep(labels, z, temperature)
            else:
                why_exp(labels, z)
share_link()  # last: the link carries this run's table and temperature
