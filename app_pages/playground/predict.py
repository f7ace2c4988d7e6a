"""Predict, then reveal: a question about the current table before the reader moves the slider.

The answer is computed by ``core.presets.answer`` on the scores shown, and only drawn once the
reader asks for it; a new table or example hides it again.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.playground.live import TEMPERATURE
from core.i18n import t
from core.number_text import percent
from core.presets import CUSTOM, GUESSES, QUESTIONS, answer
from core.temperature import format_temperature
from ui.i18n import lang, tr
from ui.markdown import md_literal

REVEALED = "playground_revealed"  # the (question, scores) whose answer is shown
REVEAL = "playground_reveal"  # the "Show the answer" button


def guess_key(question_key: str) -> str:
    """The guess radio's key: one per question, so a new question starts without a guess."""
    return f"playground_guess_{question_key}"


def _pct(p: float) -> str:
    return f"{p:.1%}"


def _numbers(values: np.ndarray) -> str:
    return tr("list.sep").join(f"{v:.4g}" for v in values)


def _set_temperature(value: float) -> None:
    st.session_state[TEMPERATURE] = value


def predict(preset: str, labels: tuple[str, ...], z: np.ndarray) -> None:
    """Ask what the current example does at the question's T; reveal the computed answer on request."""
    question = QUESTIONS.get(preset, QUESTIONS[CUSTOM])
    result = answer(z, question)
    t_q = format_temperature(question.temperature)
    option = md_literal(labels[result.option])
    st.markdown(
        tr(
            "playground.predict.q",
            t=t_q,
            option=option,
            before=_pct(result.before),
            start=format_temperature(question.start),
        )
    )
    signature = (question.key, tuple(float(v) for v in z))
    language = lang()  # bound now: the formatter may be called outside the script run (AppTest)
    guess = st.radio(
        tr("playground.predict.guess"),
        GUESSES,
        index=None,
        format_func=lambda g: t(f"playground.predict.{g}", language),
        horizontal=True,
        key=guess_key(question.key),
        label_visibility="collapsed",
    )
    if st.button(tr("playground.predict.reveal"), key=REVEAL, icon=":material/visibility:"):
        st.session_state[REVEALED] = signature
    if st.session_state.get(REVEALED) != signature:
        return
    others = tr("list.sep").join(
        f"{md_literal(label)} {_pct(p)}" for label, p in zip(labels, result.p, strict=True)
    )
    lines = [
        tr(f"playground.predict.result.{result.direction}", after=_pct(result.after), t=t_q),
        tr(
            f"playground.predict.{question.key}",
            t=t_q,
            scores=_numbers(z),
            scaled=_numbers(result.scaled),
            all=others,
            same_as=_pct(result.same_as) if result.same_as is not None else "",
        ),
    ]
    if guess is not None:
        lines.append(tr("playground.predict.right" if result.right(guess) else "playground.predict.wrong"))
    st.info("  \n".join(lines), icon=":material/lightbulb:")
    if st.session_state.get(TEMPERATURE) == question.temperature:
        # Said here, under the button the reader pressed: on a phone the slider and the bars it
        # moved are a screen above, and the button's going away was all that changed in view.
        after = percent(result.after, never_all=True)  # as the bar's label: ">99.9%", not "100.0%"
        st.caption(tr("playground.predict.done", t=t_q, option=option, after=after))
    else:
        st.button(
            tr("playground.predict.try", t=t_q),
            key="playground_try",
            on_click=_set_temperature,
            args=(question.temperature,),
            icon=":material/device_thermostat:",
        )
