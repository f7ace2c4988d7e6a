"""The Humpty Dumpty generator: watch a character model choose each next character from a softmax."""

from __future__ import annotations

import streamlit as st

from app_pages.generator import state
from app_pages.generator.live import live
from core.generation import MAX_SEED, Decoding
from ui.i18n import tr
from ui.model_settings import model_settings
from ui.share import share_link
from ui.widgets import temperature_slider

PLAY_INTERVAL = 0.8  # seconds between Play steps: slow enough to read each chart

st.title(tr("nav.generator"))
st.caption(tr("generator.intro"))
state.init_state()
if st.session_state.get(state.BAD_URL_KEY):
    st.warning(tr("generator.err.bad_url"), icon=":material/link_off:")

MODELS, MODES = ("trained", "article"), ("sample", "greedy")
state.url_option("generator_model", MODELS)
state.url_option("generator_mode", MODES)
left, right = st.columns([3, 2], gap="large")
with left:
    inputs = model_settings()
    kind = st.radio(
        tr("generator.model"),
        MODELS,
        format_func={k: tr(f"generator.model.{k}") for k in MODELS}.__getitem__,
        key="generator_model",
        horizontal=True,
        help=tr("generator.model.help"),
        persist_state="session",
    )
with right:
    mode = st.radio(
        tr("generator.mode"),
        MODES,
        format_func={m: tr(f"generator.mode.{m}") for m in MODES}.__getitem__,
        key="generator_mode",
        horizontal=True,
        persist_state="session",
    )
    temperature = temperature_slider("generator_temperature")
    seed = st.number_input(
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


if inputs.ok:
    state.reset_if_prompt_changed(inputs.prompt)
decoding = Decoding(mode=mode, temperature=float(temperature), seed=int(seed))
if st.session_state.get(state.PLAYING_KEY, False):
    st.fragment(live, run_every=PLAY_INTERVAL)(inputs, kind, decoding)
else:
    st.session_state["generator_tick_ready"] = False
    st.fragment(live)(inputs, kind, decoding)
state.sync_url()
state.write_url_option("generator_model", kind, MODELS[0])
state.write_url_option("generator_mode", mode, MODES[0])
share_link()
