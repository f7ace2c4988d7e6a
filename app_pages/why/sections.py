"""The three sections of the "Why softmax?" page, one tab each, in the article's order. Maths: core."""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.why.inputs import (
    LR,
    LR_SLIDER,
    MAX_KEYS,
    MIN_KEYS,
    PRESETS,
    SCALE,
    SCALE_SLIDER,
    key_table,
    query_input,
    score_inputs,
    write_link,
)
from core import attention as att
from core import losses
from core.charts import why as charts
from core.softmax import entropy_bits, softmax
from ui.i18n import tr

LEAF = 0  # the target class: the picture shows a leaf
CONFIG = {"displaylogo": False}
GD_KEY = "why_gd"  # session state: {"origin": [leaf, flower], "history": [[leaf, flower], ...]}
MAX_STEPS = 200
SCALES = np.linspace(0.0, 10.0, 101)


def _chart(fig, key: str) -> None:
    st.plotly_chart(fig, key=key, width="stretch", config=CONFIG)


def _classes() -> list[str]:
    return [tr("why.leaf"), tr("why.flower")]


def _texts(prefix: str, *names: str) -> dict[str, str]:
    return {n: tr(f"{prefix}.{n}") for n in names}


# ---------------------------------------------------------------------------- 1. raw scores
def _paradox_table(rows: list[tuple[str, list[float]]]) -> None:
    """One row per pair of scores: squared error, softmax, cross-entropy (numbers only, no user text)."""
    head = f"| {tr('why.t.scores')} | {tr('why.t.squared')} | {tr('why.t.softmax')} | {tr('why.t.cross')} |"
    lines = [head, "|---|---:|---:|---:|"]
    for label, z in rows:
        p = softmax(z)
        lines.append(
            f"| {label} (**{z[0]:g}**, **{z[1]:g}**) | {losses.squared_error(z, LEAF):.3f} | "
            f"{p[0]:.3f} / {p[1]:.3f} | {losses.cross_entropy(z, LEAF):.3f} |"
        )
    st.markdown("\n".join(lines))


def _scores() -> list[float] | None:
    """The scores to start from, with a message per bad box (tabs 1 and 2 share these widgets)."""
    scores, errors = score_inputs()
    for text in errors:
        st.error(text, icon=":material/error:")
    return scores


def raw_scores_section() -> None:
    """Section 1: the paradox of raw scores, fixed by softmax and cross-entropy."""
    st.markdown(tr("why.s1.explain"))
    leaf_tex = r"\text{" + tr("why.leaf") + "}"  # catalog text, never user text
    st.latex(
        r"L_{\text{sq}} = \sum_i (z_i - y_i)^2 \qquad p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}"
        r" \qquad L_{\text{CE}} = -\log p_{" + leaf_tex + r"} \qquad y = (1, 0)"
    )
    scores = _scores()
    right, wrong = list(PRESETS["right"]), list(PRESETS["wrong"])
    sq_r, sq_w = losses.squared_error(right, LEAF), losses.squared_error(wrong, LEAF)
    ce_r, ce_w = losses.cross_entropy(right, LEAF), losses.cross_entropy(wrong, LEAF)
    st.warning(tr("why.s1.paradox", right=f"{sq_r:g}", wrong=f"{sq_w:g}"), icon=":material/warning:")
    st.success(tr("why.s1.fixed", right=f"{ce_r:.3f}", wrong=f"{ce_w:.3f}"), icon=":material/check:")
    rows = [(tr("why.t.right"), right), (tr("why.t.wrong"), wrong)]
    if scores is not None and scores not in (right, wrong):
        rows.append((tr("why.t.yours"), scores))
    _paradox_table(rows)
    if scores is None:
        return

    sq, ce, p = losses.squared_error(scores, LEAF), losses.cross_entropy(scores, LEAF), softmax(scores)
    c1, c2, c3 = st.columns(3)
    c1.metric(tr("why.m.squared"), f"{sq:.3f}")
    c2.metric(tr("why.m.p_leaf"), f"{p[LEAF]:.3f}")
    c3.metric(tr("why.m.cross"), f"{ce:.3f}")
    if scores[0] == scores[1]:
        st.info(tr("why.s1.equal"), icon=":material/info:")

    leaf, flower = scores
    lo, hi = min(-3.0, leaf - 1.0, flower - 3.0), max(8.0, leaf + 1.0, flower + 3.0)
    xs = np.linspace(lo, hi, 301)
    squared, cross = losses.loss_sweep(xs, flower, LEAF)
    marks = [(PRESETS["right"][0], tr("why.mark.right")), (PRESETS["wrong"][0], tr("why.mark.wrong"))]
    marks = marks if flower == 1.0 else []  # the presets lie on these curves only when flower = 1
    try:
        linear = losses.linear_normalise(scores)
    except ValueError:
        linear = None
    left, right_col = st.columns([3, 2])
    with left:
        texts = _texts("why.c.loss", "title", "x", "squared", "cross", "you")
        texts["x"] = tr("why.c.loss.x", flower=f"{flower:g}")
        _chart(charts.losses_figure(xs, squared, cross, marks, (leaf, sq, ce), texts), "why_losses")
    with right_col:
        texts = _texts("why.c.norm", "title", "y", "target", "linear", "softmax")
        target = losses.one_hot(LEAF, 2)
        _chart(charts.normalise_figure(_classes(), target, linear, p, texts), "why_normalise")
    st.caption(tr("why.s1.honest") + ("" if linear is not None else " " + tr("why.s1.no_linear")))


# ---------------------------------------------------------------------------- 2. gradient
def _gd_state(origin: list[float]) -> dict:
    """The descent's history, restarted when the starting scores (tabs 1 and 2) change."""
    state = st.session_state.get(GD_KEY)
    if not state or state["origin"] != origin:
        state = {"origin": list(origin), "history": [list(origin)], "error": None}
        st.session_state[GD_KEY] = state
    return state


def _step() -> None:
    state = st.session_state[GD_KEY]
    try:
        new = losses.gradient_step(state["history"][-1], LEAF, st.session_state[LR])
    except ValueError:
        state["error"] = "why.s2.bad_lr"
        return
    state["error"] = None
    state["history"].append(new.tolist())


def _reset() -> None:
    state = st.session_state[GD_KEY]
    state["history"], state["error"] = [list(state["origin"])], None


def gradient_tab() -> None:
    """Section 2 with its starting scores: section 1's own widgets (same keys, so one state).

    Only the open tab runs, so the two copies of the score widgets are never drawn together.
    """
    st.markdown(tr("why.s2.explain"))
    st.latex(
        r"\frac{\partial L_{\text{CE}}}{\partial z_i} = p_i - y_i"
        r" \qquad z \leftarrow z - \eta\,(p - y)"
    )
    st.caption(tr("why.s2.exp"))
    st.caption(tr("why.s2.start"))
    gradient_section(_scores())


@st.fragment
def gradient_section(scores: list[float] | None) -> None:
    """Section 2: the gradient p − y and gradient-descent steps the user takes one at a time.

    A fragment: Step, Reset and the learning rate rerun only this part; a change of the
    scores above it reruns the whole page and so passes new ``scores`` in.
    """
    _descent(scores)
    write_link()  # a fragment's rerun does not reach the page's own write


def _descent(scores: list[float] | None) -> None:
    if scores is None:
        st.info(tr("why.s2.need_scores"), icon=":material/info:")
        return
    state = _gd_state(scores)
    history = state["history"]
    col_lr, col_step, col_reset = st.columns([4, 1, 1], vertical_alignment="bottom")
    lr = col_lr.slider(
        tr("why.s2.lr"), *LR_SLIDER, key=LR, persist_state="session", help=tr("why.s2.lr.help")
    )
    full = len(history) > MAX_STEPS
    col_step.button(
        tr("why.s2.step"),
        key="why_step",
        on_click=_step,
        disabled=lr <= 0 or full,
        type="primary",
        width="stretch",
    )
    col_reset.button(tr("why.s2.reset"), key="why_reset", on_click=_reset, width="stretch")
    if lr <= 0:
        st.warning(tr("why.s2.lr_zero"), icon=":material/warning:")
    elif lr >= 5:
        st.info(tr("why.s2.lr_big"), icon=":material/info:")
    if full:
        st.info(tr("why.s2.full", max=MAX_STEPS), icon=":material/info:")
    if state["error"]:
        st.error(tr(state["error"]), icon=":material/error:")

    z = history[-1]
    p, y, grad = softmax(z), losses.one_hot(LEAF, 2), losses.gradient(z, LEAF)
    loss_now = losses.cross_entropy(z, LEAF)
    loss_before = losses.cross_entropy(history[-2], LEAF) if len(history) > 1 else None
    c = st.columns([2, 3, 2, 2])  # the scores pair needs the room: "(-12.345, 10.123)"
    c[0].metric(tr("why.m.steps"), str(len(history) - 1))
    c[1].metric(tr("why.m.scores"), f"({z[0]:.3f}, {z[1]:.3f})")
    c[2].metric(tr("why.m.gd_p"), f"{p[LEAF]:.4f}")
    delta = None if loss_before is None else f"{loss_now - loss_before:+.4f}"
    c[3].metric(tr("why.m.gd_loss"), f"{loss_now:.4f}", delta, delta_color="inverse")
    left, right = st.columns(2)
    with left:
        texts = _texts("why.c.grad", "title", "p", "y", "grad")
        _chart(charts.gradient_figure(_classes(), p, y, grad, texts), "why_gradient")
    with right:
        texts = _texts("why.c.hist", "title", "x", "y", "loss", "score")
        losses_seen = [losses.cross_entropy(h, LEAF) for h in history]
        _chart(charts.history_figure(history, losses_seen, _classes(), texts), "why_history")


# ---------------------------------------------------------------------------- 3. attention
@st.fragment
def attention_section() -> None:
    """Section 3: one query attends to a few keys; the scale slider is temperature in disguise.

    A fragment: it depends on nothing above it, so its widgets rerun only this section.
    """
    _attention()
    write_link()  # a fragment's rerun does not reach the page's own write


def _attention() -> None:
    st.markdown(tr("why.s3.explain"))
    st.latex(
        r"s_j = \text{scale}\cdot\frac{q \cdot k_j}{\sqrt{d}} \qquad w = \operatorname{softmax}(s)"
        r" \qquad o = \sum_j w_j\, v_j"
    )
    left, right = st.columns([1, 1])  # the table needs half the width for its five columns
    with left:
        query, q_error = query_input(st)
        scale = st.slider(
            tr("why.s3.scale"),
            *SCALE_SLIDER,
            key=SCALE,
            persist_state="session",
            help=tr("why.s3.scale.help"),
        )
        st.caption(tr("why.s3.table.help", min=MIN_KEYS, max=MAX_KEYS))
        table, names, t_error = key_table(st)
    for text in (q_error, t_error):
        if text:
            st.error(text, icon=":material/error:")
    if query is None or table is None:
        return
    rows = np.asarray(table)  # [n, 4]: key x, key y, value 1, value 2
    keys, values = rows[:, :2], rows[:, 2:]
    result = att.attention(query, keys, values, scale)
    with right:
        texts = _texts("why.c.vec", "title", "query", "keys")
        _chart(charts.vectors_figure(query, keys, names, result.weights, texts), "why_vectors")
    if np.ptp(result.scores) == 0:
        st.info(tr("why.s3.equal", n=len(names)), icon=":material/info:")
    c = st.columns(3)
    top = int(np.argmax(result.weights))
    c[0].metric(tr("why.m.top"), f"{names[top]}: {result.weights[top]:.3f}")
    c[1].metric(tr("why.m.entropy"), f"{entropy_bits(result.weights):.3f}")
    c[2].metric(tr("why.m.output"), f"({result.output[0]:.3f}, {result.output[1]:.3f})")
    cols = st.columns(3)
    with cols[0]:
        texts = _texts("why.c.w", "title", "y", "weights")
        _chart(charts.weights_figure(names, result.scores, result.weights, texts), "why_weights")
    with cols[1]:
        texts = _texts("why.c.val", "title", "values", "output")
        _chart(charts.values_figure(values, names, result.weights, result.output, texts), "why_values")
    with cols[2]:
        texts = _texts("why.c.sweep", "title", "x", "y")
        sweep = att.weights_over_scales(query, keys, SCALES)
        _chart(charts.scale_sweep_figure(SCALES, sweep, names, scale, texts), "why_sweep")
    st.caption(tr("why.s3.temperature"))
