"""The formula page's parts: the score inputs, the worked example, the checks, why eᶻ, go deeper.

Every number shown is computed by ``core`` (``core.worked_example``, ``core.softmax``) and only
formatted here; the options are the app's own labels A, B, C, never user text.
"""

from __future__ import annotations

import inspect

import numpy as np
import streamlit as st

import core.softmax
from core.charts.formula import gaps_figure
from core.number_text import article_number, bar_labels, column_total, minus, percent, percents_total
from core.softmax import check_properties, softmax
from core.worked_example import ARTICLE_SCORES, LEAF_FLOWER, WorkedExample, divide_by_sum, overflow_demo
from ui.charts import show_chart
from ui.i18n import tr
from ui.number_box import Field, kept_number
from ui.widgets import rerun_expander

OPTIONS = ("A", "B", "C")
LOW, HIGH = -100.0, 100.0  # e^100 ≈ 2.7e43 still fits a float64; the table can divide
NEGATIVE_C = -1.0  # "always positive": the article's scores with C at −1
SCORE_WIDTH = 104  # px: three inputs and two gaps fit one row on a 390 px phone (358 px of content)
REVEAL = "formula_reveal"  # the "reveal the answer" expander (open or closed)


def _score(x: float) -> str:
    """A score as typed: 2, 0.1, −1."""
    return minus(f"{x:g}")


SCORE_FIELDS = tuple(
    Field(
        f"formula_z{i}", "formula.score", _score(default), False, LOW, HIGH,
        help="formula.score.help", help_values=(("low", _score(LOW)), ("high", _score(HIGH))),
        label_values=(("name", name),), width=SCORE_WIDTH,
    )
    for i, (name, default) in enumerate(zip(OPTIONS, ARTICLE_SCORES, strict=True), 1)
)  # fmt: skip


def _shares(values) -> str:
    """Shares as a list in the reader's language: “65.9%, 24.2%, 9.9%” / “65.9%、24.2%、9.9%”."""
    return tr("list.sep").join(percent(v) for v in values)


def scores_row() -> np.ndarray:
    """Three number boxes side by side (also on a phone), bound to ?formula_z1..3=; a score that
    cannot be used gets a message under the row, and the table keeps that option's last good score."""
    row = st.container(horizontal=True, gap="small")
    values, errors = [], []
    for field in SCORE_FIELDS:
        with row:
            value, error = kept_number(field)
        values.append(value)
        errors += [error] if error else []
    for error in errors:
        st.error(error, icon=":material/error:")
    return np.asarray(values, dtype=float)


def worked_table(example: WorkedExample) -> None:
    """The worked example as a table: z, eᶻ, eᶻ ÷ sum, p; the sum row; the article's two small slips."""
    head = [tr(f"formula.col.{c}") for c in ("option", "score", "exp", "p")]
    total = article_number(example.total, 4)
    shares = bar_labels(example.p, tiny_digits=True)  # as the bars above write them (40, 0, 0: >99.9%)
    rows = [
        f"| {name} | {_score(z)} | {article_number(e)} | **{p}** |"
        for name, z, e, p in zip(OPTIONS, example.scores, example.exps, shares, strict=True)
    ]
    rows.append(f"| {tr('formula.sum')} | | {total} | {percent(column_total(sum(example.p)))} |")
    st.markdown("\n".join(["| " + " | ".join(head) + " |", "|---|--:|--:|--:|", *rows]))
    shown_total = percents_total(example.p)
    if shown_total is not None:  # 49.5% + 0.9% + 49.5% under a total of 100.0%: say why
        st.caption(tr("formula.note.rounded", total=shown_total))
    if example.scores == ARTICLE_SCORES:  # the notes speak of the article's own numbers
        terms = " + ".join(article_number(e) for e in example.rounded_exps)
        st.caption(tr("formula.note.exp", e3=article_number(example.exps[2])))
        st.caption(
            tr(
                "formula.note.sum",
                rounded=article_number(example.rounded_total),
                terms=terms,
                total=total,
                shares=_shares(example.p),
            )
        )


def checks(z: np.ndarray, p: tuple[float, ...]) -> None:
    """The article's three guarantees on the numbers shown: calm check marks, never warnings."""
    prop = check_properties(z, p)
    ok, note = ":material/check_circle:", ":material/info:"
    lines = [
        f"{ok} {tr('formula.check.range')}"
        if prop.in_open_interval
        else f"{note} {tr('formula.check.range.rounded')}",
        f"{ok} {tr('formula.check.sum', total=f'{prop.total:.6f}')}",
        f"{ok} {tr('formula.check.order')}" if prop.order_kept else f"{note} {tr('formula.check.order.bad')}",
    ]
    with st.container(border=True):
        st.markdown(f"**{tr('formula.checks.title')}**  \n" + "  \n".join(lines))


def why_gaps() -> None:
    """Reason 1, the one the article gives first: eᶻ widens the gaps. Guess, reveal, then the chart."""
    labels = (tr("formula.leaf"), tr("formula.flower"))
    by_sum = divide_by_sum(LEAF_FLOWER)
    soft = softmax(LEAF_FLOWER)
    scores = "(" + ",\u00a0".join(map(_score, LEAF_FLOWER)) + ")"  # (5, 1) never broken across lines
    st.markdown(tr("formula.why.gaps", scores=scores))
    st.markdown(tr("formula.predict.q", leaf=f"{by_sum[0]:.2f}"))
    with rerun_expander(tr("formula.predict.reveal"), REVEAL, icon=":material/visibility:") as reveal:
        st.markdown(tr("formula.predict.a", leaf=f"{soft[0]:.3f}", flower=f"{soft[1]:.3f}"))
        left, right = st.columns([1, 1], gap="medium")
        if reveal.open:  # lazy: the chart is built and drawn once the answer is asked for
            fig = gaps_figure(
                labels,
                by_sum,
                soft,
                {"title": tr("formula.gaps.title"),
                 "by_sum": tr("formula.gaps.by_sum"), "softmax": tr("formula.gaps.softmax")},
            )  # fmt: skip
            with left:
                show_chart(fig, "formula_gaps")
        right.info(
            tr("formula.sum_vs_softmax", a=f"{by_sum[0]:.2f}", b=f"{by_sum[1]:.2f}",
               c=f"{soft[0]:.3f}", d=f"{soft[1]:.3f}", why=tr("nav.why")),
            icon=":material/lightbulb:",
        )  # fmt: skip


def why_rest() -> None:
    """Reasons 2–4: always positive (shown on the article's scores with C at −1), order, derivative."""
    z = np.array([*ARTICLE_SCORES[:2], NEGATIVE_C])
    by_sum = tr("list.sep").join(minus(f"{v:.2f}") for v in divide_by_sum(z))
    st.markdown(tr("formula.why.positive", by_sum=by_sum, softmax=_shares(softmax(z))))
    st.markdown(tr("formula.why.order"))
    st.markdown(tr("formula.why.derivative", why=tr("nav.why")))  # the why page's title, whatever it is now


def stable(z: np.ndarray) -> None:
    """Subtract the max: the formula as written overflows at z = 1000, the stable one gives the same p."""
    demo = overflow_demo(z)
    st.markdown(tr("formula.stable.explain"))
    st.latex(r"p_i = \frac{e^{z_i - m}}{\sum_j e^{z_j - m}}, \quad m = \max_j z_j")
    st.markdown(
        tr(
            "formula.stable.demo",
            shift=_score(demo.shift),
            scores=tr("list.sep").join(map(_score, demo.scores)),
            naive=tr("list.sep").join(map(article_number, demo.naive)),
            stable=_shares(demo.stable),
        )
    )


def code() -> None:
    """The real function, read from its module: what is shown is what runs."""
    st.caption(tr("formula.code.explain"))
    # Not wrapped: a wrapped line of Python starts again at the left edge and reads as wrongly
    # indented; on a phone the block scrolls sideways instead.
    st.code(inspect.getsource(core.softmax.softmax), language="python")
