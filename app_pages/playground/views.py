"""The playground's result sections: messages, metrics, live properties, step table, sweep, why exp.

Every function takes numbers already computed by ``core`` and draws them with translated text;
user labels go only into widgets that show plain text (dataframes, metric values, escaped markdown).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import streamlit as st

from core.charts.playground import (
    logits_figure,
    normalizations_figure,
    probabilities_figure,
    sweep_figure,
)
from core.logits_table import MAX_LABEL, MAX_ROWS, ParsedTable, TableError, shorten
from core.normalize import compare
from core.softmax import check_properties, entropy_bits, naive_softmax, softmax, temperature_sweep
from ui.i18n import tr
from ui.markdown import md_literal

CHART_CONFIG = {"displaylogo": False}
MAX_MESSAGES = 8  # row errors listed one by one; the rest are counted
SWEEP_TOKENS = 10  # lines in the sweep chart (the highest logits)
WHY_TOKENS = 12  # bars per method in the "why exp?" chart
WHY_VALUES = 4  # values per method in its table; the rest is "…"
SWEEP_T = np.geomspace(0.01, 100.0, 161)  # wide enough to reach one-hot and uniform


def fmt(x: float) -> str:
    """A number for the step table: 6 significant digits, and inf/NaN spelled out as the maths says."""
    if np.isnan(x):
        return "NaN"
    if np.isposinf(x):
        return "∞"
    if np.isneginf(x):
        return "−∞"
    return f"{x:.6g}"


def _values(values: tuple[float, ...]) -> str:
    """The first few values of a method, 4 significant digits: enough to see a negative or a NaN."""
    text = ", ".join(f"{v:.4g}" if np.isfinite(v) else fmt(v) for v in values[:WHY_VALUES])
    return text + (", …" if len(values) > WHY_VALUES else "")


def _message(error: TableError) -> str:
    return tr(
        f"playground.err.{error.code}",
        row=error.row or 0,
        value=md_literal(shorten(error.value)),
        other=error.other or 0,
        max_rows=MAX_ROWS,
        max_label=MAX_LABEL,
    )


def table_messages(table: ParsedTable) -> None:
    """Every problem of the typed table as one translated error box next to the grid."""
    if table.ok:
        if len(table.labels) == 1:
            st.warning(tr("playground.warn.one_row"), icon=":material/info:")
        return
    lines = [f"- {_message(e)}" for e in table.errors[:MAX_MESSAGES]]
    if len(table.errors) > MAX_MESSAGES:
        lines.append(f"- {tr('playground.err.more', n=len(table.errors) - MAX_MESSAGES)}")
    st.error(tr("playground.err.title") + "\n" + "\n".join(lines), icon=":material/error:")


def metrics(labels: tuple[str, ...], z: np.ndarray, p: np.ndarray) -> None:
    """Top token and its probability; entropy in bits against its maximum log2 n (n unmasked tokens)."""
    top = np.flatnonzero(p == p.max())
    n_live = int((~np.isneginf(z)).sum())
    c1, c2, c3 = st.columns(3)
    # st.metric renders its value as markdown: escape the user's labels so they stay plain text.
    c1.metric(tr("playground.metric.top"), ", ".join(md_literal(shorten(labels[i], 20)) for i in top[:3]))
    c2.metric(tr("playground.metric.top_p"), f"{p.max():.1%}")
    c3.metric(
        tr("playground.metric.entropy"),
        tr("playground.metric.entropy.value", h=f"{entropy_bits(p):.3f}", max=f"{np.log2(n_live):.3f}"),
        help=tr("playground.metric.entropy.help"),
    )


def properties(z: np.ndarray, p: np.ndarray) -> None:
    """The article's three guarantees, checked on the numbers now shown (one line each)."""
    prop = check_properties(z, p)
    if prop.in_open_interval:
        in_range = f":material/check_circle: {tr('playground.prop.range.ok')}"
    elif prop.rounded:
        in_range = f":material/warning: {tr('playground.prop.range.rounded')}"
    else:
        in_range = f":material/cancel: {tr('playground.prop.range.bad')}"
    key = "ok" if prop.sums_to_one else "bad"
    sums = f":material/{'check_circle' if prop.sums_to_one else 'cancel'}: " + tr(
        f"playground.prop.sum.{key}", total=f"{prop.total:.15f}", error=f"{prop.sum_error:.1e}"
    )
    if prop.order_strict:
        order = f":material/check_circle: {tr('playground.prop.order.ok')}"
    elif prop.order_kept:
        order = f":material/warning: {tr('playground.prop.order.tied')}"
    else:
        order = f":material/cancel: {tr('playground.prop.order.bad')}"
    st.markdown("  \n".join((in_range, sums, order)))  # a hard line break between the three


def charts(labels: tuple[str, ...], z: np.ndarray, p: np.ndarray, temperature: float) -> None:
    """Logits and probabilities side by side; the T = 1 distribution faint behind the live one."""
    left, right = st.columns(2)
    fig = logits_figure(
        labels,
        z,
        {"title": tr("playground.chart.logits"), "x": tr("playground.chart.token"), "y": "z",
         "logit": tr("playground.col.logit")},
    )  # fmt: skip
    left.plotly_chart(fig, key="playground_logits", width="stretch", config=CHART_CONFIG)
    reference = None if temperature == 1 else softmax(z, 1.0)
    fig = probabilities_figure(
        labels,
        p,
        reference,
        {"title": tr("playground.chart.probs"), "x": tr("playground.chart.token"), "y": "p",
         "reference": tr("playground.chart.reference"), "current": tr("playground.chart.current")},
    )  # fmt: skip
    right.plotly_chart(fig, key="playground_probs", width="stretch", config=CHART_CONFIG)
    right.caption(tr("playground.chart.star" if reference is None else "playground.chart.star_ref"))


def steps(labels: tuple[str, ...], z: np.ndarray, temperature: float) -> None:
    """The article's calculation row by row, naive then stable, with their sums (row Σ)."""
    if temperature == 0:
        st.info(tr("playground.steps.greedy"), icon=":material/info:")
        return
    with np.errstate(over="ignore", invalid="ignore"):
        scaled = z / temperature  # 1e308 / 0.5 overflows to inf: exactly what the naive row shows
        e = np.exp(scaled)
        naive = naive_softmax(z, temperature)
        shifted = np.where(np.isneginf(z), -np.inf, (z - z.max()) / temperature)
    e_stable = np.exp(shifted)
    stable = softmax(z, temperature)
    sigma = "Σ"
    table = pa.table(
        {
            tr("playground.steps.token"): [*labels, sigma],
            "z": [*map(fmt, z), ""],
            "z / T": [*map(fmt, scaled), ""],
            "exp(z / T)": [*map(fmt, e), fmt(e.sum())],
            tr("playground.steps.p_naive"): [*map(fmt, naive), fmt(naive.sum())],
            "(z − max) / T": [*map(fmt, shifted), ""],
            "exp((z − max) / T)": [*map(fmt, e_stable), fmt(e_stable.sum())],
            tr("playground.steps.p_stable"): [*map(fmt, stable), fmt(stable.sum())],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch", key="playground_steps")
    if not np.isfinite(naive).all():
        st.warning(tr("playground.steps.overflow"), icon=":material/warning:")
    else:
        st.caption(tr("playground.steps.same"))


def sweep(labels: tuple[str, ...], z: np.ndarray, temperature: float) -> None:
    """p of each token as T runs from 0.01 to 100 (log axis), a marker at the current T."""
    order = np.argsort(-z, kind="stable")[:SWEEP_TOKENS]  # the highest logits
    shown = [labels[i] for i in order]
    probs = temperature_sweep(z, SWEEP_T)[:, order]  # [m, n] -> [m, k]
    t_mark = temperature if temperature > 0 else float(SWEEP_T[0])
    p_mark = softmax(z, temperature)[order]
    fig = sweep_figure(
        shown,
        SWEEP_T,
        probs,
        (t_mark, p_mark),
        {"title": tr("playground.sweep.chart"), "x": tr("playground.sweep.x"), "y": "p",
         "current": tr("playground.sweep.current", t=f"{temperature:g}")},
    )  # fmt: skip
    st.plotly_chart(fig, key="playground_sweep", width="stretch", config=CHART_CONFIG)
    notes = [tr("playground.sweep.caption")]
    if len(labels) > SWEEP_TOKENS:
        notes.append(tr("playground.sweep.top", k=SWEEP_TOKENS, n=len(labels)))
    if temperature == 0:
        notes.append(tr("playground.sweep.greedy"))
    st.caption(" ".join(notes))


def why_exp(labels: tuple[str, ...], z: np.ndarray) -> None:
    """The four normalizations on the current scores: which give a distribution, which keep order."""
    st.markdown(tr("playground.why.intro"))
    live = ~np.isneginf(z)
    results = compare(z[live])
    names = [tr(f"playground.why.m.{r.method}") for r in results]
    yes, no = tr("playground.yes"), tr("playground.no")
    table = pa.table(
        {
            tr("playground.why.col.method"): names,
            tr("playground.why.col.values"): [_values(r.values) for r in results],
            tr("playground.why.col.valid"): [yes if r.valid else no for r in results],
            tr("playground.why.col.order"): [yes if r.keeps_order else no for r in results],
            tr("playground.why.col.positive"): [yes if r.positive else no for r in results],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch", key="playground_why_table")
    problems = [
        "- "
        + tr("playground.why.problem_line", method=name, problem=tr(f"playground.why.problem.{r.problem}"))
        for name, r in zip(names, results, strict=True)
        if r.problem
    ]
    st.markdown("\n".join(problems) if problems else tr("playground.why.all_fine"))
    shown = [label for label, keep in zip(labels, live, strict=True) if keep]
    fig = normalizations_figure(
        shown[:WHY_TOKENS],
        names,
        [r.values[:WHY_TOKENS] for r in results],
        {"title": tr("playground.why.chart"), "x": tr("playground.chart.token"), "y": tr("playground.why.y")},
    )
    st.plotly_chart(fig, key="playground_why", width="stretch", config=CHART_CONFIG)
    notes = [tr("playground.why.try")]
    if len(shown) > WHY_TOKENS:
        notes.append(tr("playground.why.first", k=WHY_TOKENS))
    if not live.all():
        notes.append(tr("playground.why.masked"))
    st.caption(" ".join(notes))
