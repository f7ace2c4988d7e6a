"""The step-by-step view: the controls, the text and the open tab, redrawn at every step.

It runs as one ``st.fragment`` (``app_pages/generator/page.py``), so Step, Undo and the choices
below the text redraw only this part, on a timer while Play is on. Play, Stop, and Reset while
playing rerun the whole page: the timer is set where the fragment is declared.
"""

from __future__ import annotations

import streamlit as st

from app_pages.generator import state
from app_pages.generator.views import show_distribution, show_history, show_text
from core.article_example import ArticleExample
from core.charts.style import visible
from core.generation import (
    MAX_STEPS,
    Decoding,
    Generation,
    Model,
    next_distribution,
    regenerate,
)
from ui.i18n import tr
from ui.model_settings import ModelInputs
from ui.number_box import Field, kept_number
from ui.start_stop import start_stop_button
from ui.widgets import view_tabs

MAX_RUN = 200
RUN_N = Field("generator_run_n", "generator.run_n", "20", True, 1, MAX_RUN, label_values=(("max", MAX_RUN),),
              width=180, name="generator.run_n.name")  # fmt: skip
VIEWS = {"draw": "generator.view.draw", "pick": "generator.pick.title", "history": "generator.history"}
REPLAY_KEY = "generator_replay"  # session: ((model kind, settings, decoding), last generation)
BUTTONS = (
    "generator_step", "generator_run", "generator_undo", "generator_reset", "generator_play", "generator_stop"
)  # fmt: skip


def _controls(usable: bool, n: int) -> None:
    """Step, Run N, Undo, Reset, Play/Stop. Callbacks change the step count before the part redraws."""
    playing = st.session_state.get(state.PLAYING_KEY, False)
    # One row that wraps on a phone (columns would stack six controls and push the text each Step
    # writes below the fold); the steps per run, a setting rather than an action, comes last.
    row = st.container(horizontal=True, gap="small", vertical_alignment="bottom")
    buttons = [row.container(width="content") for _ in range(5)]
    can_step = usable and n < MAX_STEPS and not playing  # while playing, only Stop and Reset
    with row:
        run_n, run_n_error = kept_number(RUN_N)
    if run_n_error:
        st.error(run_n_error, icon=":material/error:")
    buttons[0].button(
        tr("generator.step"),
        key="generator_step",
        disabled=not can_step,
        type="primary",
        on_click=state.set_steps,
        args=(n + 1,),
    )
    buttons[1].button(
        tr("generator.run", n=run_n),
        key="generator_run",
        disabled=not can_step,
        on_click=state.set_steps,
        args=(n + int(run_n),),
    )
    buttons[2].button(
        tr("generator.undo"),
        key="generator_undo",
        disabled=n == 0 or playing,
        on_click=state.set_steps,
        args=(n - 1,),
    )
    buttons[3].button(tr("generator.reset"), key="generator_reset", disabled=n == 0, on_click=state.reset)
    with buttons[4]:  # Play while stopped, Stop while playing: two buttons (ui.start_stop)
        start_stop_button(
            playing,
            ("generator_play", "generator_stop"),
            (tr("generator.play"), tr("generator.stop")),
            state.set_playing,
            start_disabled=not can_step,
        )


def _choose_yourself(gen: Generation, vocab: tuple[str, ...], probs_t) -> None:
    """Pick the next character by hand from the current distribution."""
    order = sorted(range(len(vocab)), key=lambda i: -probs_t[i])
    if st.session_state.get("generator_pick_for") != gen.text:
        # A new position: start from the likeliest character, so the box never shows a choice
        # (and its probability) left over from an earlier step.
        st.session_state["generator_pick_for"] = gen.text
        st.session_state["generator_pick_choice"] = order[0]
    cols = st.columns([3, 1], vertical_alignment="bottom")
    cols[0].selectbox(
        tr("generator.pick"),
        order,
        format_func=lambda i: f"{visible(vocab[i])}   {probs_t[i]:.2%}",
        key="generator_pick_choice",
        help=tr("generator.pick.help"),
    )
    busy = len(gen.steps) >= MAX_STEPS or st.session_state.get(state.PLAYING_KEY, False)
    cols[1].button(
        tr("generator.pick.button"),
        key="generator_pick_button",
        disabled=busy,
        on_click=lambda: state.pick(len(gen.steps), vocab[st.session_state["generator_pick_choice"]]),
    )


def _generation(inputs: ModelInputs, model: Model, kind: str, decoding: Decoding) -> Generation | None:
    """The text for (prompt, model, decoding, steps, picks); None with a message if impossible.

    The last generation is kept per (model, settings, decoding), so a Step computes one step and
    an Undo none, instead of replaying the whole text on every rerun.
    """
    key = (kind, inputs.settings, decoding)
    last = st.session_state.get(REPLAY_KEY)
    previous = last[1] if last is not None and last[0] == key else None
    try:
        gen = regenerate(
            previous, model, inputs.prompt, decoding, state.steps(), inputs.settings.context, state.picks()
        )
    except ValueError:
        st.error(tr("generator.err.replay"), icon=":material/error:")
        return None
    st.session_state[REPLAY_KEY] = (key, gen)
    return gen


def _not_a_tick() -> None:
    """A rerun caused by a widget (a tab clicked) while playing must not take a step of its own."""
    st.session_state["generator_tick_ready"] = False


def live(inputs: ModelInputs, model: Model | None, kind: str, decoding: Decoding, timed: bool) -> None:
    """Everything that changes with each step; Play reruns only this part on a timer.

    ``model`` is what the page decodes with (the article's numbers over the trained model, or the
    trained model), None when the inputs are unusable; ``kind`` names it, for the replay cache.
    ``timed``: whether this part was declared with Play's timer.
    """
    playing = st.session_state.get(state.PLAYING_KEY, False)
    usable = inputs.ok
    clicked = any(st.session_state.get(k) for k in BUTTONS)
    if playing and usable and st.session_state.pop("generator_tick_ready", False) and not clicked:
        if state.steps() < MAX_STEPS:
            state.set_steps(state.steps() + 1)
        else:
            st.session_state[state.PLAYING_KEY] = False
    if st.session_state.get(state.PLAYING_KEY, False) != timed:
        # Play, Stop, Reset or the last step changed it: the whole page, which sets or clears the
        # timer where this part is declared and, once stopped, writes the step count to the link.
        st.rerun()
    st.session_state["generator_tick_ready"] = True
    gen = _generation(inputs, model, kind, decoding) if usable else None
    if gen is not None:
        st.session_state[state.LAST_GOOD_KEY] = gen
    else:
        gen = st.session_state.get(state.LAST_GOOD_KEY)
        if gen is not None:
            st.info(tr("generator.kept"), icon=":material/history:")
    # The text first, the buttons right under it: whoever can see Step sees the character it writes
    # (under the buttons, the text was off the screen when Step was at its bottom edge).
    if gen is not None:
        show_text(gen)
    _controls(usable and gen is not None, state.steps())
    st.metric(
        tr("generator.count"), tr("generator.count.value", n=len(gen.steps) if gen else 0, max=MAX_STEPS)
    )
    if gen is None:
        return
    # The step's draw, choosing by hand and the history share one place; only the open one is drawn.
    view, panel = view_tabs("generator_view", tuple(VIEWS), lambda v: tr(VIEWS[v]), on_change=_not_a_tick)
    with panel:
        if view == "history":
            show_history(gen)
        elif not usable:
            st.caption(tr("generator.kept"))
        else:
            t = 0.0 if decoding.greedy else decoding.temperature
            # whose T = 1 numbers the outlines are right after "Humpty Du": None (the model's) or a key
            article = None
            if isinstance(model, ArticleExample):
                article = (
                    "generator.chart.bars.article.scores"
                    if model.as_scores
                    else "generator.chart.bars.article"
                )
            if view == "pick":
                _choose_yourself(gen, model.vocab, next_distribution(model, gen.text, t)[1])
            elif gen.steps:
                last = gen.steps[-1]
                show_distribution(
                    model.vocab, last.probs, last.probs_t, last, last.context, gen.text[:-1], article
                )
            else:  # before the first step: a preview of the distribution the first draw will use
                probs, probs_t = next_distribution(model, gen.text, t)
                window = gen.text[-inputs.settings.context :]
                show_distribution(model.vocab, probs, probs_t, None, window, gen.text, article)
