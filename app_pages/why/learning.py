"""Section 2 of the "Why probabilities?" page: learning step by step from a wrong answer, where the
gradient of softmax and −log p is p − y. Maths: core.losses."""

from __future__ import annotations

import streamlit as st

from app_pages.why.inputs import LR, slider, write_link
from app_pages.why.sections import LEAF, classes
from core import losses
from core.charts import why as charts
from core.number_text import shown, shown_change, shown_probability
from core.softmax import softmax
from ui.charts import show_chart
from ui.i18n import texts, tr

GD_KEY = "why_gd"  # session state: {"history": [[leaf, flower], ...], "error": catalog key or None}
START = (1.0, 3.0)  # a wrong answer (the flower leads), so learning is visible from the first step
MAX_STEPS = 200


def _gd_state() -> dict:
    state = st.session_state.get(GD_KEY)
    if not state:
        state = {"history": [list(START)], "error": None}
        st.session_state[GD_KEY] = state
    return state


def _step(n: int = 1) -> None:
    state = st.session_state[GD_KEY]
    for _ in range(min(n, MAX_STEPS + 1 - len(state["history"]))):
        try:
            new = losses.gradient_step(state["history"][-1], LEAF, st.session_state[LR])
        except ValueError:
            state["error"] = "why.s2.bad_lr"
            return
        state["error"] = None
        state["history"].append(new.tolist())


def _reset() -> None:
    st.session_state[GD_KEY] = {"history": [list(START)], "error": None}


def gradient_tab() -> None:
    """Section 2: the gradient p − y, learning step by step from a wrong answer."""
    st.markdown(tr("why.s2.explain"))
    p0 = softmax(START)
    st.markdown(tr("why.s2.start", leaf=f"{START[0]:g}", flower=f"{START[1]:g}", p=f"{p0[LEAF]:.3f}"))
    _predict_gradient()  # before Step, which answers it
    gradient_section()
    st.latex(r"\frac{\partial L}{\partial z_i} = p_i - y_i \qquad z \leftarrow z - \eta\,(p - y)")
    st.caption(tr("why.s2.formula.caption"))
    with st.expander(tr("why.deeper.exp"), icon=":material/functions:"):
        st.markdown(tr("why.s2.exp"))


def _predict_gradient() -> None:
    """Predict, then reveal: p(leaf) after one step from the start with η = 1 (numbers from core)."""
    path = losses.descent(START, LEAF, 1.0, 2)
    p = [f"{softmax(z)[LEAF]:.3f}" for z in path]
    loss = [f"{losses.cross_entropy(z, LEAF):.3f}" for z in path]
    z1 = ", ".join(f"{v:.3f}" for v in path[1])
    with st.expander(tr("why.predict.gradient.q", p0=p[0]), icon=":material/psychology_alt:"):
        st.markdown(tr("why.predict.gradient.a", p1=p[1], p2=p[2], z1=z1, l0=loss[0], l1=loss[1], l2=loss[2]))


@st.fragment
def gradient_section() -> None:
    """The steps: a fragment, so Step, Reset and the learning rate rerun only this part."""
    _descent()
    write_link()  # a fragment's rerun does not reach the page's own write


LR_WIDTH = 300  # px: the learning-rate slider beside the buttons (a phone's column is ~350)


def _descent() -> None:
    state = _gd_state()
    history = state["history"]
    # The numbers above the buttons: a press's result is then in view on a phone, where the slider
    # under the buttons and a note had pushed them below the first screen. Filled in last.
    numbers = st.container()
    # A row that stays a row on a phone (columns would stack the three buttons and push the
    # result below the fold); the learning rate beside them, so a new η is one move from Step (on
    # a phone it wraps under them). Drawn first, as the buttons need its value.
    row = st.container(horizontal=True, gap="medium", vertical_alignment="bottom")
    buttons = row.container(horizontal=True, gap="small", width="content")
    with row:
        lr = slider(LR, width=LR_WIDTH)
    body = st.container()
    full = len(history) > MAX_STEPS
    off = lr <= 0 or full
    buttons.button(tr("why.s2.step"), key="why_step", on_click=_step, disabled=off, type="primary")
    buttons.button(tr("why.s2.step5"), key="why_step5", on_click=_step, args=(5,), disabled=off)
    buttons.button(tr("why.s2.reset"), key="why_reset", on_click=_reset)
    seen = [losses.cross_entropy(h, LEAF) for h in history]  # the loss after each step, once a rerun
    with numbers:
        _numbers(history[-1], seen)
    with body:
        _progress(state, lr, full, seen)


def _progress(state: dict, lr: float, full: bool, seen: list[float]) -> None:
    """The messages and the two charts of the descent so far (the numbers stand above the buttons)."""
    history = state["history"]
    if lr <= 0:
        st.info(tr("why.s2.lr_zero"), icon=":material/info:")
    elif lr >= 5:
        st.info(tr("why.s2.lr_big"), icon=":material/lightbulb:")
    if full:
        st.info(tr("why.s2.full", max=MAX_STEPS), icon=":material/info:")
    if state["error"]:
        st.error(tr(state["error"]), icon=":material/error:")

    z = history[-1]
    p, y, grad = softmax(z), losses.one_hot(LEAF, 2), losses.gradient(z, LEAF)
    left, right = st.columns(2)
    with left:
        words = texts("why.c.grad", "title", "p", "y", "grad")
        show_chart(charts.gradient_figure(classes(), p, y, grad, words), "why_gradient")
    with right:
        words = texts("why.c.hist", "title", "x", "loss")
        show_chart(charts.loss_history_figure(seen, words), "why_history")
    if p[LEAF] > 0.5:
        st.info(tr("why.s2.learned"), icon=":material/lightbulb:")


def _numbers(z: list[float], seen: list[float]) -> None:
    """Steps taken, p(leaf) and the loss (``seen``: after each step) with its change over the last
    step, and the scores ``z`` now."""
    p = softmax(z)
    row = st.container(horizontal=True, gap="medium")  # side by side on a phone too
    row.metric(tr("why.m.steps"), str(len(seen) - 1), width="content")
    row.metric(tr("why.m.gd_p"), shown_probability(p[LEAF]), width="content")  # never "1.000"
    delta = None if len(seen) < 2 else shown_change(seen[-2], seen[-1])  # as the reader subtracts it
    row.metric(
        tr("why.m.gd_loss"),
        shown(seen[-1]),  # 0.0000412, not 0.000: the loss never reaches 0
        delta,
        delta_color="inverse",
        width="content",
        delta_description=tr("why.m.gd_loss.delta") if delta else None,
    )  # not since 5 steps ago
    st.caption(
        tr("why.s2.scores_now", leaf=f"{z[0]:.2f}", flower=f"{z[1]:.2f}")
    )  # small: a phone keeps one row
