"""Humpty Du… (article section 04): always taking the top writes "Duu"; drawing by the probabilities
writes "Dumpty" in about four draws of ten. Greedy's one line next to 20 seeded draws, then step by step."""

from __future__ import annotations

import streamlit as st

from app_pages.generator import state
from app_pages.generator.experiment import scores_toggle, show_fan, show_notes
from app_pages.generator.live import live
from core.generation import MAX_SEED, ArticleExample, Decoding, fan
from ui.i18n import tr
from ui.model_settings import model_settings
from ui.share import share_link
from ui.widgets import temperature_slider

PLAY_INTERVAL = 0.8  # seconds between Play steps: slow enough to read each chart
MODELS = ("article", "trained")  # the article's numbers first: the page tells the article's story

st.title(tr("generator.title"))
st.caption(tr("generator.intro"))
state.init_state()
state.url_option("generator_model", MODELS)
state.old_mode_link()  # ?generator_mode=greedy opens at T = 0
for param in state.ignored():
    notice = tr("url.value_ignored", param=param, reason=tr("url.reason.not_option"))
    st.warning(notice, icon=":material/link_off:")
if st.session_state.get(state.BAD_URL_KEY):
    st.warning(tr("generator.err.bad_url"), icon=":material/link_off:")

left, right = st.columns([2, 3], gap="large")
with left:
    inputs = model_settings()
    temperature = float(temperature_slider("generator_temperature"))
fan_box = right.container()
# Under the draws: the one click to the trained model, and the seed for 20 other draws.
kind = right.radio(
    tr("generator.model"),
    MODELS,
    format_func={k: tr(f"generator.model.{k}") for k in MODELS}.__getitem__,
    key="generator_model",
    horizontal=True,
    help=tr("generator.model.help"),
    persist_state="session",
)
seed = right.number_input(
    tr("generator.seed"),
    min_value=0,
    max_value=MAX_SEED,
    value=0,
    step=1,
    key="generator_seed",
    help=tr("generator.seed.help"),
    bind="query-params",
)
for message in inputs.errors:
    st.error(message, icon=":material/error:")
as_scores = scores_toggle() if kind == "article" else False
model = None
if inputs.ok:
    model = ArticleExample(inputs.model, as_scores) if kind == "article" else inputs.model
    result = fan(model, inputs.prompt, temperature, int(seed))
    with fan_box:
        show_fan(result, temperature, int(seed))
    show_notes(model, result, kind, inputs.prompt)

with st.expander(tr("generator.deeper"), expanded=state.steps() > 0 or "generator_view" in st.query_params):
    st.caption(tr("generator.deeper.intro"))
    if inputs.ok:
        state.reset_if_prompt_changed(inputs.prompt)
    decoding = Decoding(temperature=temperature, seed=int(seed))
    key = f"{kind}-scores" if as_scores else kind
    if st.session_state.get(state.PLAYING_KEY, False):
        st.fragment(live, run_every=PLAY_INTERVAL)(inputs, model, key, decoding)
    else:
        st.session_state["generator_tick_ready"] = False
        st.fragment(live)(inputs, model, key, decoding)
state.sync_url()
state.write_url_option("generator_model", kind, MODELS[0])
share_link()
