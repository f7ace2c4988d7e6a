"""Always take the top vs explore by the probabilities: the same prompt both ways, first as text, then
what the filters remove, many dice, a fan at two temperatures, and (go deeper) thousands of runs."""

from __future__ import annotations

import streamlit as st

from app_pages.compare.continuations import decoded, show_fan, show_samples
from app_pages.compare.inputs import BEAM, LENGTH, MIN_P, SEED, TOP_K, TOP_P, N
from app_pages.compare.jobs import budget_error, monte_carlo_turn
from app_pages.compare.model import corpus_word_set, shared_model
from app_pages.compare.monte_carlo import (
    SWEEP_MAX_SAMPLES,
    cached_sweep,
    measures_explained,
    run_monte_carlo,
    show_results,
    unique_plan,
)
from app_pages.compare.next_character import context_picker, show_dice, show_filters
from core.decoding import strategies
from core.filters import FilterSettings
from ui.i18n import tr
from ui.number_box import number_box
from ui.share import share_link
from ui.widgets import temperature_slider

MC_KEY = "compare_mc_results"  # session state: the last Monte Carlo run and the settings it used
TIP = ":material/lightbulb:"

st.title(tr("nav.compare"), anchor=False)
st.markdown(tr("compare.intro"))
temperature = temperature_slider("compare_temperature")
first_screen = st.container()  # filled once the prompt and settings below are read

inputs, model_key = shared_model()  # the generator's prompt and model settings, shared
prompt, model, words = inputs.prompt, inputs.model, corpus_word_set()
col_len, col_k = st.columns(2)
length, length_error = number_box(LENGTH, col_len)
with col_k:  # inside the column, so a bad link value's notice sits right above the slider
    k_shown = st.slider(tr("compare.k"), 1, 10, 3, key="compare_k", bind="query-params")

st.header(tr("compare.filters.title"), anchor=False)
st.markdown(tr("compare.filters.explain"))
col_tk, col_tp, col_mp = st.columns(3)
top_k, top_k_error = number_box(TOP_K, col_tk)
top_p, top_p_error = number_box(TOP_P, col_tp)
min_p, min_p_error = number_box(MIN_P, col_mp)
context = context_picker(prompt)
filters_box = st.container()
st.caption(tr("compare.order"))
st.header(tr("compare.dice.title"), anchor=False)
st.markdown(tr("compare.dice.explain"))
dice_box = st.container()
st.header(tr("compare.fan.title"), anchor=False)
st.markdown(tr("compare.fan.explain"))
fan_box = st.container()

# ------------------------------------------------------------------------ Monte Carlo (go deeper)
# The seed box sits in the Monte Carlo section but also seeds the samples, dice and fan above it.
st.header(tr("compare.mc.title"), anchor=False)
st.markdown(tr("compare.mc.lead"))
with st.expander(tr("compare.mc.measures"), icon=":material/help:"):  # the terms, one click away
    st.markdown(measures_explained())
col_beam, col_n, col_seed, col_run = st.columns([2, 2, 2, 1], vertical_alignment="bottom")
beam_width, beam_error = number_box(BEAM, col_beam)
n, n_error = number_box(N, col_n)
seed, seed_error = number_box(SEED, col_seed)
settings_ok = not any((length_error, top_k_error, top_p_error, min_p_error, beam_error))

model_error = not inputs.ok  # the shared panel has already said what is wrong
ready = length_error is None and seed_error is None and not model_error
with first_screen:
    if ready:
        try:
            greedy_result = decoded(model, model_key, prompt, length)
        except ValueError as error:  # not expected after the panel's checks; say it, don't crash
            st.error(tr("compare.error.model", reason=str(error)), icon=":material/error:")
            model_error, ready = True, False
    if ready:
        sampled = None
        if temperature > 0:
            sampled = decoded(model, model_key, prompt, length, k_shown, FilterSettings(temperature), seed)
        show_samples(prompt, greedy_result, sampled, temperature, seed)
        st.info(tr("compare.chatbot"), icon=TIP)
    elif seed_error:  # its own box is far below, past the filters: say what is wrong here too
        st.error(seed_error, icon=":material/error:")
    elif not model_error:  # the length's box, and its message, are right below
        st.info(tr("compare.error.fix"), icon=":material/info:")
filter_errors = any((top_k_error, top_p_error, min_p_error))
if not model_error:
    with filters_box:
        if filter_errors:
            st.info(tr("compare.error.fix"), icon=":material/info:")
        else:
            show_filters(model, context, temperature, top_k, top_p, min_p)
if ready:
    with dice_box:
        show_dice(model, model_key, context, temperature, seed)
    with fan_box:
        show_fan(model, model_key, prompt, length, seed)

can_run = settings_ok and not model_error and n_error is None and seed_error is None
runnable = can_run and budget_error(n, length) is None  # over the limit: said under Run by monte_carlo_turn
run = col_run.button(tr("compare.run"), key="compare_run", type="primary", disabled=not runnable)
if can_run:
    plan = unique_plan(strategies(temperature, top_k, top_p, min_p, beam_width))
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
    if runnable:  # "press Run" under a disabled Run would contradict its message
        st.info(tr("compare.mc.idle"), icon=":material/play_arrow:")
else:
    if not runnable:  # Run disabled: the message at the box says what to change
        st.info(tr("compare.mc.stale.no_run"), icon=":material/history:")  # older, not wrong: no warning
    elif last["signature"] != signature:
        st.info(tr("compare.mc.stale"), icon=":material/history:")
    st.caption(tr("compare.mc.done", n=f"{last['n']:,}", length=last["length"], seed=last["seed"]))
    show_results(last["plan"], last["stats"], last["sweep"], last["temperature"], last["length"])
share_link()
