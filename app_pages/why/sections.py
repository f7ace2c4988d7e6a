"""Section 1 of the "Why probabilities?" page, raw scores against probabilities, and what both tabs
share (the classes); section 2 is ``learning``. Maths: core."""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.why import inputs
from app_pages.why.inputs import ARTICLE, FLOWER, WRONG, slider, write_link
from core import losses
from core.charts import why as charts
from core.number_text import shown, shown_probability
from core.softmax import softmax
from ui.charts import show_chart
from ui.i18n import sentences, texts, tr
from ui.widgets import rerun_expander

LEAF = 0  # the target option: the picture shows a leaf
CURVES = "why_curves"  # the "loss curves" expander (open or closed)


def classes() -> list[str]:
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
    if (leaf, FLOWER) == WRONG:  # the reader's scores are the wrong answer: not "2 against 2"
        return tr("why.s1.paradox.same", **values)
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
        p = softmax(scores)
        show_chart(charts.normalise_figure(classes(), target, linear, p, words), "why_normalise")
        if linear is None:
            st.caption(tr("why.s1.no_linear"))
    # log bridged on the numbers the chart shows (logarithms come after middle school)
    st.caption(tr("why.s1.bridge", p=shown_probability(float(p[LEAF])), ce=shown(loss[0])))
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
