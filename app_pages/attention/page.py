"""Softmax's other job, attention (article section 04): the scale λ is temperature in disguise."""

import numpy as np
import streamlit as st

from app_pages.attention.inputs import (
    MAX_KEYS,
    MIN_KEYS,
    key_table,
    link_query_is_bad,
    query_input,
    scale_slider,
    value_names,
)
from core import attention as att
from core.charts import attention as charts
from core.number_text import small_number
from core.softmax import entropy_bits, max_entropy_bits
from ui.charts import show_chart
from ui.i18n import texts, tr
from ui.share import share_link
from ui.widgets import rerun_expander

DEEPER = "attention_deeper"  # the "Change the query and the keys" section (open or closed)
SCALES = np.linspace(0.0, 10.0, 101)


st.title(tr("nav.attention"), anchor=False)
st.markdown(tr("attention.intro"))
scale = scale_slider()
first_screen = st.container()  # the weights go right under the slider; the inputs live further down
# Three formulas side by side, stacked on a phone (columns stack there; one line would be cut).
FORMULAS = (
    r"s_j = \lambda \cdot \frac{q \cdot k_j}{\sqrt{d}}",
    r"w = \operatorname{softmax}(s)",
    r"o = \sum_j w_j\, v_j",
)
for column, formula in zip(st.columns(len(FORMULAS)), FORMULAS, strict=True):
    column.latex(formula)
st.caption(tr("attention.formula.caption"))
# Opened from a link with a query it cannot read, the section with the message starts open; after
# that it stays as the learner leaves it, across pages and languages (rerun_expander keeps it).
with rerun_expander(tr("attention.deeper"), DEEPER, icon=":material/tune:", expanded=link_query_is_bad()):
    st.markdown(tr("attention.deeper.sentence"))
    query, q_error = query_input()
    if q_error:  # right under the box it is about, where the learner is typing
        st.error(q_error, icon=":material/error:")
    # The result, where the reader types: on a phone the weights are two screens up (filled below).
    result_here = st.empty()
    st.caption(tr("attention.table.help", min=MIN_KEYS, max=MAX_KEYS))
    table, names, t_error = key_table()
    if t_error:
        st.error(t_error, icon=":material/error:")

with first_screen:
    if q_error or t_error:  # where the weights would be: why they are not, and where to look
        st.info(tr("attention.fix_below"), icon=":material/arrow_downward:")  # the error is below
    if query is not None and table is not None:
        rows = np.asarray(table)  # [n, 4]: key x, key y, value 1, value 2
        keys, values = rows[:, :2], rows[:, 2:]
        result = att.attention(query, keys, values, scale)
        left, right = st.columns([3, 2])
        with left:
            words = texts("attention.c.w", "title", "weights")
            words["even"] = tr("attention.c.w.even", n=len(names))
            show_chart(
                charts.weights_figure(names, result.scores, result.weights, words), "attention_weights"
            )
            shown_total = charts.labels_total(result.weights)
            if shown_total != 1:
                st.caption(tr("attention.c.w.rounded", total=f"{shown_total:.3f}"))
            if "0.000" in charts.weight_labels(result.weights):  # softmax never gives 0 (a large λ)
                smallest = float(result.weights.min())
                zero = tr("attention.c.w.zero", w=small_number(smallest))
                st.caption(zero if smallest > 0 else tr("attention.c.w.underflow"))
        with right:
            top = np.flatnonzero(charts.top_keys(result.weights))  # ties: every one, as the ★ marks them
            w_top = f"{result.weights[top[0]]:.3f}"
            shown = f"{names[top[0]]}: {w_top}"
            if len(top) > 1:
                shown = tr("attention.m.top.tied", n=len(top), w=w_top)
            st.metric(tr("attention.m.top"), shown)
            if not charts.most_attended(result.weights).any():  # no ★: every key the same, as at λ = 0
                result_here.caption(tr("attention.deeper.result.even", n=len(top), w=w_top))
            elif len(top) > 1:
                result_here.caption(tr("attention.deeper.result.tied", n=len(top), w=w_top))
            else:
                result_here.caption(tr("attention.deeper.result", key=names[top[0]], w=w_top))
            if np.ptp(result.scores) == 0:
                st.info(tr("attention.equal", n=len(names)), icon=":material/lightbulb:")
            st.info(tr("attention.temperature"), icon=":material/lightbulb:")

if query is not None and table is not None:
    st.markdown(tr("attention.explain"))
    c = st.columns(2)
    most = f"{max_entropy_bits(result.scores):.3f}"  # all keys weighing the same: log2 n
    c[0].metric(
        tr("attention.m.entropy"), f"{entropy_bits(result.weights):.3f}", help=tr("attention.m.entropy.help")
    )
    # The scale to read the number against, under it: in the one-line label it was cut on a phone.
    c[0].caption(tr("attention.m.entropy.range", max=most))
    c[1].metric(tr("attention.m.output"), f"({result.output[0]:.3f}, {result.output[1]:.3f})")
    cols = st.columns(3)
    with cols[0]:
        words = texts("attention.c.vec", "title", "query", "keys")
        show_chart(charts.vectors_figure(query, keys, names, result.weights, words), "attention_vectors")
    with cols[1]:
        words = texts("attention.c.val", "title", "values", "output")
        show_chart(
            charts.values_figure(values, value_names(names), result.weights, result.output, words),
            "attention_values",
        )
    with cols[2]:
        words = texts("attention.c.sweep", "title", "x")
        sweep = att.weights_over_scales(query, keys, SCALES)
        show_chart(charts.scale_sweep_figure(SCALES, sweep, names, scale, words), "attention_sweep")
share_link()
