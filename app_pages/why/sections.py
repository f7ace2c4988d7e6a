"""The two sections of the "Why probabilities?" page, one tab each, in the article's order. Maths: core."""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.why import inputs
from app_pages.why.inputs import ARTICLE, FLOWER, LR, WRONG, slider, write_link
from core import losses
from core.charts import why as charts
from core.softmax import softmax
from core.worked_example import shown, shown_change, shown_probability
from ui.charts import show_chart
from ui.i18n import sentences, texts, tr
from ui.widgets import rerun_expander

LEAF = 0  # the target option: the picture shows a leaf
GD_KEY = "why_gd"  # session state: {"history": [[leaf, flower], ...], "error": catalog key or None}
START = (1.0, 3.0)  # a wrong answer (the flower leads), so learning is visible from the first step
MAX_STEPS = 200
CURVES = "why_curves"  # the "loss curves" expander (open or closed)


def _classes() -> list[str]:
    return [tr("why.leaf"), tr("why.flower")]


# ---------------------------------------------------------------------------- 1. raw scores
def _paradox() -> dict[str, str]:
    """The article's scores against the wrong ones: said in the guess's answer and in the text."""
    return {
        "right": f"{losses.squared_error(ARTICLE, LEAF):g}",
        "wrong": f"{losses.squared_error(WRONG, LEAF):g}",
        "ce_right": f"{losses.cross_entropy(ARTICLE, LEAF):.3f}",
        "ce_wrong": f"{losses.cross_entropy(WRONG, LEAF):.3f}",
    }


def _paradox_note(leaf: float, squared: list[float], loss: list[float]) -> str | None:
    """The sentence under the chart, about the scores the chart shows: the article's own words at its
    5, the same argument with the reader's number above 2 (where raw scores punish the right answer),
    and what the chart shows instead below that. None at 1: the equal-scores note says it."""
    if leaf == FLOWER:
        return None
    values = {"leaf": f"{leaf:g}", "right": f"{squared[0]:g}", "wrong": f"{squared[1]:g}",
              "ce_right": f"{loss[0]:.3f}", "ce_wrong": f"{loss[1]:.3f}"}  # fmt: skip
    if leaf == ARTICLE[0]:  # the chart shows the article's own numbers: its own words
        return tr("why.s1.paradox", **values)
    if squared[0] > squared[1] and leaf > FLOWER:
        return tr("why.s1.paradox.yours", **values)
    return tr("why.s1.paradox.little" if leaf > FLOWER else "why.s1.paradox.wrong", **values)


def scores_section() -> None:
    """Section 1: the ideal score is 1, and raw scores punish the right answer; softmax fixes it.

    The guess comes before the chart and the text that answer it.
    """
    st.markdown(tr("why.s1.problem"))
    with st.expander(tr("why.predict.raw_scores.q"), icon=":material/psychology_alt:"):
        st.markdown(tr("why.predict.raw_scores.a", **_paradox()))
    _scores()


@st.fragment
def _scores() -> None:
    """The leaf's score and everything it drives: a fragment, so a slider move reruns only this part."""
    _scores_body(slider(inputs.LEAF))
    write_link()  # a fragment's rerun does not reach the page's own write


def _scores_body(leaf: float) -> None:
    scores = [leaf, FLOWER]
    rows = [scores, list(WRONG)]
    mine = "right" if leaf > FLOWER else "yours"  # the text calls a leaf ahead of the flower the right answer
    labels = [tr(f"why.c.err.{mine}", leaf=f"{leaf:g}"), tr("why.c.err.wrong")]
    squared = [losses.squared_error(z, LEAF) for z in rows]
    loss = [losses.cross_entropy(z, LEAF) for z in rows]
    note = _paradox_note(leaf, squared, loss)
    left, right = st.columns([3, 2])
    with left:
        words = texts("why.c.err", "title", "squared", "loss")
        show_chart(charts.errors_figure(labels, squared, loss, words), "why_errors")
        if note is not None:
            st.markdown(note)
        if leaf == FLOWER:
            st.info(tr("why.s1.equal"), icon=":material/lightbulb:")
    with right:
        try:
            linear = losses.linear_normalise(scores)
        except ValueError:
            linear = None
        by_sum, soft = losses.linear_normalise(ARTICLE), softmax(ARTICLE)
        article = tr("why.s1.sum_vs_softmax", lin0=f"{by_sum[0]:.2f}", lin1=f"{by_sum[1]:.2f}",
                     p0=f"{soft[0]:.3f}", p1=f"{soft[1]:.3f}")  # fmt: skip
        drawn = tr("why.s1.chart_softmax_only" if linear is None else "why.s1.chart_both")
        st.info(sentences([article, drawn]), icon=":material/lightbulb:")
        words = texts("why.c.norm", "title", "target", "linear", "softmax")
        target = losses.one_hot(LEAF, 2)
        show_chart(
            charts.normalise_figure(_classes(), target, linear, softmax(scores), words), "why_normalise"
        )
        if linear is None:
            st.caption(tr("why.s1.no_linear"))
    st.caption(tr("why.s1.bridge"))
    with st.expander(tr("why.deeper.target"), icon=":material/flag:"):
        st.markdown(tr("why.s1.target"))
    curves = rerun_expander(tr("why.deeper.curves"), CURVES, icon=":material/show_chart:")
    if not curves.open:  # lazy: the closed section is neither built nor drawn on a slider move
        return
    with curves:
        leaf_tex = r"\text{" + tr("why.leaf") + "}"  # catalog text, never user text
        # Two lines: the four formulas on one were cut off at their right end in this column and on a phone.
        st.latex(r"y = (1, 0) \qquad E = \sum_i (z_i - y_i)^2")
        st.latex(r"p_i = \frac{e^{z_i}}{\sum_j e^{z_j}} \qquad L = -\log p_{" + leaf_tex + "}")
        st.caption(tr("why.s1.formula.caption"))
        st.markdown(tr("why.deeper.curves.sentence"))
        lo, hi = min(-3.0, leaf - 1.0), max(8.0, leaf + 1.0)
        xs = np.linspace(lo, hi, 301)
        sq_curve, ce_curve = losses.loss_sweep(xs, FLOWER, LEAF)
        words = texts("why.c.loss", "title", "x", "squared", "cross", "you")
        current = (leaf, squared[0], loss[0])
        show_chart(charts.losses_figure(xs, sq_curve, ce_curve, current, words), "why_losses")


# ---------------------------------------------------------------------------- 2. gradient
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
    path = [list(START)]
    for _ in range(2):
        path.append(losses.gradient_step(path[-1], LEAF, 1.0).tolist())
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
    with numbers:
        _numbers(history)
    with body:
        _progress(state, lr, full)


def _progress(state: dict, lr: float, full: bool) -> None:
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
    seen = [losses.cross_entropy(h, LEAF) for h in history]
    left, right = st.columns(2)
    with left:
        words = texts("why.c.grad", "title", "p", "y", "grad")
        show_chart(charts.gradient_figure(_classes(), p, y, grad, words), "why_gradient")
    with right:
        words = texts("why.c.hist", "title", "x", "loss")
        show_chart(charts.loss_history_figure(seen, words), "why_history")
    if p[LEAF] > 0.5:
        st.info(tr("why.s2.learned"), icon=":material/lightbulb:")


def _numbers(history: list) -> None:
    """Steps taken, p(leaf) and the loss with its change over the last step, and the scores now."""
    z = history[-1]
    p = softmax(z)
    seen = [losses.cross_entropy(h, LEAF) for h in history]
    row = st.container(horizontal=True, gap="medium")  # side by side on a phone too
    row.metric(tr("why.m.steps"), str(len(history) - 1), width="content")
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
