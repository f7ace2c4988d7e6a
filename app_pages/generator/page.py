"""Humpty Du… (article section 04): always taking the top writes "Duu"; drawing by the probabilities
writes "Dumpty" in about four draws of ten. Greedy's one line next to 20 seeded draws, then step by step."""

from __future__ import annotations

import streamlit as st

from app_pages.generator import state
from app_pages.generator.experiment import heat_shares, scores_toggle, show_fan, show_notes, trained_note
from app_pages.generator.live import live
from core.article_example import ArticleExample, at_article, fan
from core.generation import MAX_SEED, Decoding, Model
from ui.i18n import tr
from ui.link_params import is_history_navigation
from ui.model_settings import ModelInputs, model_settings
from ui.number_box import Field, kept_number
from ui.share import share_link
from ui.widgets import expander_open, rerun_expander, temperature_slider

DEEPER = "generator_deeper"  # the "go deeper" expander (open or closed)
DRAWN = "generator_deeper_drawn"  # the settings the step-by-step view was last drawn with
PLAY_INTERVAL = 0.8  # seconds between Play steps: slow enough to read each chart
SEED = Field("generator_seed", "generator.seed", "0", True, 0, MAX_SEED, help="generator.seed.help",
             name="generator.seed.name")  # fmt: skip
MODELS = ("article", "trained")  # the article's numbers first: the page tells the article's story


@st.fragment
def first_screen() -> tuple[ModelInputs, Model | None, str, bool, float, int]:
    """The prompt, the temperature, the model and the 20 draws they drive: a fragment, so moving the
    slider reruns only this part. Returns (inputs, model, model kind, as scores, T, seed).

    The step-by-step view below uses the same settings. Open, it is brought to them by a rerun of
    the whole page after the draws are shown; closed, by the rerun that opening it starts. A new
    prompt always reruns the page: it starts a new text (and the link's step count).
    """
    left, right = st.columns([2, 3], gap="large")
    with left:
        inputs = model_settings()
        temperature = float(temperature_slider(state.TEMPERATURE_PARAM))
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
    with right:
        seed, seed_error = kept_number(SEED)
        if seed_error:
            st.error(seed_error, icon=":material/error:")
    with fan_box:  # where the draws would be: what stands in for them, not an empty gap above it
        for message in inputs.errors:
            st.error(message, icon=":material/error:")
    article_next = inputs.ok and at_article(inputs.prompt)  # the draws use the article's numbers
    as_scores = scores_toggle(temperature, article_next) if kind == "article" else False
    model = None
    if inputs.ok:
        model = ArticleExample(inputs.model, as_scores) if kind == "article" else inputs.model
        result = fan(model, inputs.prompt, temperature, int(seed))
        with fan_box:
            heat = heat_shares(temperature, len(model.vocab), as_scores) if kind == "article" else None
            show_fan(result, temperature, int(seed), kind == "article", heat)
            if kind == "trained":  # right under its draws: why its greedy line is not the article's "Duu"
                trained_note(model, result, inputs.prompt, temperature)
        show_notes(model, result, kind, inputs.prompt)
    state.write_url_option("generator_model", kind, MODELS[0])
    drawn = st.session_state.get(DRAWN)  # None in a full run: the page reset it before this
    settings = (inputs.prompt, inputs.settings, kind, as_scores, temperature, int(seed))
    if drawn is not None and drawn != settings:
        if expander_open(DEEPER) or drawn[0] != inputs.prompt:
            st.rerun()  # a fragment run: bring the step-by-step view (or a new text) to these settings
    return inputs, model, kind, as_scores, temperature, int(seed)


st.title(tr("nav.generator"), anchor=False)
st.markdown(tr("generator.intro"))
state.init_state()
state.url_option("generator_model", MODELS)
state.old_mode_link()  # ?generator_mode=greedy opens at T = 0
for param in state.ignored():  # named by its setting's label (an old mode link: the temperature)
    label = tr("generator.model" if param == "generator_model" else "widget.temperature")
    notice = tr("url.value_ignored", label=label, reason=tr("url.reason.not_option"))
    st.warning(notice, icon=":material/link_off:")
if st.session_state.get(state.BAD_URL_KEY):
    st.warning(tr("generator.err.bad_url"), icon=":material/link_off:")

st.session_state.pop(DRAWN, None)  # a full run: set again once the step-by-step view is drawn
inputs, model, kind, as_scores, temperature, seed = first_screen()
deeper_default = state.steps() > 0 or "generator_view" in st.query_params  # a link to steps opens it
if state.steps() > 0 and is_history_navigation():
    st.session_state[DEEPER] = True  # and so does Back to one: the text it restores is in there
with rerun_expander(tr("generator.deeper"), DEEPER, expanded=deeper_default):
    st.caption(tr("generator.deeper.intro"))
    if inputs.ok:
        state.reset_if_prompt_changed(inputs.prompt)
    decoding = Decoding(temperature=temperature, seed=int(seed))
    key = f"{kind}-scores" if as_scores else kind
    if st.session_state.get(state.PLAYING_KEY, False):
        st.fragment(live, run_every=PLAY_INTERVAL)(inputs, model, key, decoding, timed=True)
    else:
        st.session_state["generator_tick_ready"] = False
        st.fragment(live)(inputs, model, key, decoding, timed=False)
st.session_state[DRAWN] = (inputs.prompt, inputs.settings, kind, as_scores, temperature, seed)
state.sync_url()
share_link(extra=state.link_while_playing())
