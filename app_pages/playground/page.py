"""Softmax Playground: type scores, move the temperature, watch every step of the formula."""

import streamlit as st

from app_pages.playground.table import (
    URL_NOTICE,
    preset_picker,
    start_session,
    table_editor,
    write_url,
)
from app_pages.playground.views import charts, metrics, properties, steps, sweep, table_messages, why_exp
from core.logits_table import parse_table
from core.softmax import softmax
from ui.i18n import tr
from ui.share import share_link
from ui.widgets import temperature_slider, view_tabs

LAST_VALID = "playground_last_valid"  # (labels, logits) of the last table without errors

st.title(tr("nav.playground"))
st.markdown(tr("playground.intro"))
start_session()
notice = st.container()  # filled after the inputs: an edit or a preset choice clears the notice

# ---------------------------------------------------------------------------- inputs
col_table, col_formula = st.columns([1, 1], gap="large")
with col_table:
    preset_slot = st.container()
    typed = table_editor()
    with preset_slot:
        preset_picker(typed)
    table = parse_table(typed["token"].tolist(), typed["logit"].tolist())
    table_messages(table)
with col_formula:
    temperature = temperature_slider("playground_temperature")
    st.latex(r"p_i = \frac{e^{z_i / T}}{\sum_{j=1}^{n} e^{z_j / T}}")
    st.caption(tr("playground.formula.caption"))

if st.session_state.get(URL_NOTICE):
    notice.warning(tr("playground.url.bad"), icon=":material/link_off:")
if table.ok:
    st.session_state[LAST_VALID] = (table.labels, table.logits)
    write_url(table)
shown = st.session_state.get(LAST_VALID)
if shown is None:
    st.info(tr("playground.nothing"), icon=":material/info:")
    st.stop()
if not table.ok:
    col_table.caption(tr("playground.last_valid"))

# ---------------------------------------------------------------------------- results
labels, z = shown
p = softmax(z, temperature)
with col_formula:
    properties(z, p)
metrics(labels, z, p)
charts(labels, z, p, temperature)
# The three deeper views share one place on the page; only the open one is computed and drawn.
view, panel = view_tabs("playground_view", ("steps", "sweep", "why"), lambda v: tr(f"playground.{v}.title"))
with panel:
    if view == "steps":
        steps(labels, z, temperature)
    elif view == "sweep":
        sweep(labels, z, temperature)
    else:
        why_exp(labels, z)
share_link()  # last: the link carries this run's table and temperature
