"""Greedy vs sampling: the same prompt decoded both ways, then thousands of runs measured."""

from __future__ import annotations

import streamlit as st

from app_pages.compare.inputs import BEAM, LENGTH, MIN_P, SEED, TOP_K, TOP_P, N, number_box
from app_pages.compare.jobs import monte_carlo_turn
from app_pages.compare.model import corpus_word_set, shared_model
from app_pages.compare.views import (
    SWEEP_MAX_SAMPLES,
    cached_sweep,
    decoded,
    run_monte_carlo,
    samples_table,
    show_greedy,
    show_results,
)
from core.decoding import strategies
from core.filters import FilterSettings
from ui.i18n import tr
from ui.share import share_link
from ui.widgets import temperature_slider

MC_KEY = "compare_mc_results"  # session state: the last Monte Carlo run and the settings it used

st.title(tr("nav.compare"))
st.markdown(tr("compare.intro"))

inputs, model_key = shared_model()  # the generator's prompt and model settings, shared
prompt, model, words = inputs.prompt, inputs.model, corpus_word_set()

# ---------------------------------------------------------------------------- settings
st.subheader(tr("compare.settings"))
col_t, col_len, col_k = st.columns([2, 1, 1])
with col_t:
    temperature = temperature_slider("compare_temperature")
length, length_error = number_box(LENGTH, col_len)
k_shown = col_k.slider(tr("compare.k"), 1, 10, 5, key="compare_k", bind="query-params")
col_tk, col_tp, col_mp, col_beam = st.columns(4)
top_k, top_k_error = number_box(TOP_K, col_tk)
top_p, top_p_error = number_box(TOP_P, col_tp)
min_p, min_p_error = number_box(MIN_P, col_mp)
beam_width, beam_error = number_box(BEAM, col_beam)
st.caption(tr("compare.order"))
settings_ok = not any((length_error, top_k_error, top_p_error, min_p_error, beam_error))

# ---------------------------------------------------------------------- side by side
st.subheader(tr("compare.side.title"))
model_error = not inputs.ok  # the shared panel has already said what is wrong
if length_error is None and not model_error:
    try:
        greedy_result = decoded(model, model_key, prompt, length)
    except ValueError as error:  # not expected after the panel's checks; say it, don't crash
        st.error(tr("compare.error.model", reason=str(error)), icon=":material/error:")
        model_error = True
left, right = st.columns([2, 3])
if length_error is None and not model_error:
    with left:
        st.markdown(f"**{tr('compare.greedy.title')}**")
        show_greedy(prompt, greedy_result)

# The seed box sits in the Monte Carlo section but also seeds the samples shown above it.
st.subheader(tr("compare.mc.title"))
st.caption(tr("compare.mc.explain"))
col_n, col_seed, col_run = st.columns([2, 2, 1], vertical_alignment="bottom")
n, n_error = number_box(N, col_n)
seed, seed_error = number_box(SEED, col_seed)

if settings_ok and not model_error and seed_error is None:
    filters = FilterSettings(temperature=temperature, top_k=top_k, top_p=top_p, min_p=min_p)
    shown = decoded(model, model_key, prompt, length, k_shown, filters, seed)
    with right:
        st.markdown(f"**{tr('compare.samples.title', n=k_shown, t=f'{temperature:g}')}**")
        st.dataframe(
            samples_table(shown, length),
            hide_index=True,
            width="stretch",
            column_config={tr("compare.col.text"): st.column_config.TextColumn(width="large")},
            key="compare_samples",
        )
        st.caption(tr("compare.samples.caption"))
elif not model_error:
    right.info(tr("compare.error.fix"), icon=":material/info:")

# ------------------------------------------------------------------------ Monte Carlo
can_run = settings_ok and not model_error and n_error is None and seed_error is None
run = col_run.button(tr("compare.run"), key="compare_run", type="primary", disabled=not can_run)
if can_run:
    plan = strategies(temperature, top_k, top_p, min_p, beam_width)
    signature = (model_key, prompt, n, length, seed, plan)
    with monte_carlo_turn(run, n, length) as go:  # the cost limit and a turn in the job pool
        if go:
            stats = run_monte_carlo(model, prompt, n, length, plan, seed, words)
            with st.spinner(tr("compare.mc.sweep_progress")):
                sweep = cached_sweep(model, model_key, prompt, min(n, SWEEP_MAX_SAMPLES), length, seed, words)
            st.session_state[MC_KEY] = dict(
                signature=signature, plan=plan, stats=stats, sweep=sweep, temperature=temperature,
                n=n, length=length, seed=seed,
            )  # fmt: skip
last = st.session_state.get(MC_KEY)
if last is None:
    st.info(tr("compare.mc.idle"), icon=":material/play_arrow:")
else:
    if not can_run or last["signature"] != signature:
        st.warning(tr("compare.mc.stale"), icon=":material/history:")
    st.caption(tr("compare.mc.done", n=f"{last['n']:,}", length=last["length"], seed=last["seed"]))
    show_results(last["plan"], last["stats"], last["sweep"], last["temperature"], last["length"])
share_link()
