"""The temperature page's "go deeper" views (step table, sweep with entropy, why the exponential)
and the table's messages.

Every function takes numbers already computed by ``core`` and draws them with translated text;
user labels go only into widgets that show plain text (dataframes, metric values, escaped markdown).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import streamlit as st

from core.charts.playground import normalizations_figure, sweep_figure
from core.logits_table import ParsedTable
from core.normalize import compare
from core.number_text import column_total, minus, shown, table_number
from core.softmax import (
    check_properties,
    entropy_bits_of_scores,
    max_entropy_bits,
    softmax,
    softmax_steps,
    temperature_sweep,
)
from core.user_input import InputError
from ui.charts import show_chart
from ui.i18n import input_message, sentences, tr
from ui.widgets import wide_table

MAX_MESSAGES = 8  # row errors listed one by one; the rest are counted
SWEEP_TOKENS = 10  # lines in the sweep chart (the highest scores)
DEEP_T = "playground_deep_t"  # the temperature the open view was drawn at (None: it does not use T)
WHY_TOKENS = 12  # bars per method in the "why exp?" chart
WHY_VALUES = 4  # values per method in its table; the rest is "…"
SWEEP_T = np.geomspace(0.01, 100.0, 161)  # wide enough to reach one-hot and uniform


def _values(values: tuple[float, ...]) -> str:
    """The first few values of a method, each to 3 decimals as the shares are written everywhere
    (0.659, 0.242, 0.099; 4 significant digits gave 0.659, 0.2424, 0.09857); a huge one, which only a
    broken method gives, in 4 significant digits; enough to see a negative or a NaN."""
    first = values[:WHY_VALUES]  # only these are written: a table of 200 scores formats 5
    # three decimals as shares are written, a value too small or too large for them (a broken
    # method's −0.0004 or 2.69 × 10⁴³; NaN too) as the step table writes it
    text = ", ".join(
        minus(f"{v:.3f}") if 0.0005 <= abs(v) < 1000 or v == 0 else table_number(v, 4) for v in first
    )
    return text + (", …" if len(values) > WHY_VALUES else "")


def _message(error: InputError) -> str:
    row = error.values.get("row")
    return input_message(error, tr("input.where.row", row=row) if row else "")


def _listed(title_key: str, items: tuple[InputError, ...]) -> str:
    """A title over the first MAX_MESSAGES messages as a Markdown list, and how many more there are."""
    lines = [f"- {_message(e)}" for e in items[:MAX_MESSAGES]]
    if len(items) > MAX_MESSAGES:
        lines.append(f"- {tr('playground.err.more', n=len(items) - MAX_MESSAGES)}")
    return tr(title_key) + "\n" + "\n".join(lines)


def table_messages(table: ParsedTable) -> None:
    """Every problem of the typed table as one translated error box next to the grid; rows still
    being typed in a calm note (a name typed before its score is not a mistake)."""
    if table.pending:
        st.info(_listed("playground.pending.title", table.pending), icon=":material/edit_note:")
    if table.ok:
        if len(table.labels) == 1:
            st.info(tr("playground.warn.one_row"), icon=":material/lightbulb:")
        return
    st.error(_listed("playground.err.title", table.errors), icon=":material/error:")


def steps(labels: tuple[str, ...], z: np.ndarray, temperature: float) -> None:
    """The calculation row by row at this T, straight from the formula then max subtracted, with sums."""
    st.session_state[DEEP_T] = temperature
    st.caption(tr("playground.steps.intro"))
    st.latex(r"p_i = \frac{e^{z_i / T}}{\sum_{j=1}^{n} e^{z_j / T}}")
    st.caption(tr("playground.steps.formula"))
    if temperature == 0:
        st.info(tr("playground.steps.greedy"), icon=":material/lightbulb:")
        return
    calc = softmax_steps(z, temperature)
    columns = {  # heading: (one number per option, whether its sum is shown)
        "z": (z, False),
        "z / T": (calc.scaled, False),
        tr("playground.steps.col.exp"): (calc.exps, True),
        tr("playground.steps.p_naive"): (calc.naive, True),
        tr("playground.steps.col.shifted"): (calc.shifted, False),
        tr("playground.steps.col.exp_shifted"): (calc.exps_shifted, True),
        tr("playground.steps.p_stable"): (calc.stable, True),
    }
    with np.errstate(over="ignore", invalid="ignore"):  # the direct route's sums may be inf or NaN
        cells = {
            name: [*map(table_number, v), table_number(column_total(v.sum())) if summed else ""]
            for name, (v, summed) in columns.items()
        }
    table = pa.table({tr("playground.steps.token"): [*labels, "Σ"], **cells})
    wide_table("playground_steps").dataframe(table, hide_index=True, width="stretch", key="playground_steps")
    if calc.direct_breaks:  # 1000 (overflow), −1000 or −745 (underflow): the direct route is wrong
        st.info(tr(f"playground.steps.{calc.direct_breaks}"), icon=":material/lightbulb:")
    else:
        st.caption(tr("playground.steps.same"))
    promises(z, calc.stable)


def promises(z: np.ndarray, p: np.ndarray) -> None:
    """The article's three guarantees, checked on the numbers shown, as one calm line."""
    prop = check_properties(z, p)
    if not (prop.sums_to_one and prop.order_kept) or (not prop.in_open_interval and not prop.rounded):
        st.error(tr("playground.steps.promises.bad"), icon=":material/error:")
        return
    if prop.in_open_interval and prop.order_strict:
        parts = [tr("playground.steps.promises.ok")]
    else:  # why a p is 0 or 1 (gaps too large) or two differ only in the scores (gaps too small)
        reasons = {"zeros": prop.zero, "ones": prop.one, "ties": prop.tied}
        parts = [
            tr(f"playground.steps.promises.{k}") for k in ("held", *(k for k, on in reasons.items() if on))
        ]
    parts += [tr("playground.steps.masked")] if np.isneginf(z).any() else []
    st.markdown(f":material/check_circle: {sentences(parts)}")


def sweep(labels: tuple[str, ...], z: np.ndarray, temperature: float) -> None:
    """p of each option as T runs from 0.01 to 100 (log axis), a marker at the current T; entropy."""
    st.session_state[DEEP_T] = temperature
    order = np.argsort(-z, kind="stable")[:SWEEP_TOKENS]  # the highest logits
    names = [labels[i] for i in order]
    probs = temperature_sweep(z, SWEEP_T)[:, order]  # [m, n] -> [m, k]
    t_mark = temperature if temperature > 0 else float(SWEEP_T[0])
    p_all = softmax(z, temperature)
    p_mark = p_all[order]
    fig = sweep_figure(
        names,
        SWEEP_T,
        probs,
        (t_mark, p_mark),
        {"title": tr("playground.sweep.chart"), "x": tr("playground.sweep.x"), "y": "p",
         "current": tr("playground.sweep.current", t=f"{temperature:g}")},
    )  # fmt: skip
    show_chart(fig, "playground_sweep")
    notes = [tr("playground.sweep.caption")]
    if np.isneginf(z).any():  # 1/n of the live ones: a −∞ option stays at 0
        notes.append(tr("playground.sweep.masked", n=int((~np.isneginf(z)).sum())))
    if len(labels) > SWEEP_TOKENS:
        notes.append(tr("playground.sweep.top", k=SWEEP_TOKENS, n=len(labels)))
    if temperature == 0:
        notes.append(tr("playground.sweep.greedy"))
    st.caption(sentences(notes))
    st.markdown(
        tr(
            "playground.sweep.entropy",
            t=f"{temperature:g}",
            h=shown(entropy_bits_of_scores(z, temperature)),  # 1.42 × 10⁻²⁰ (T = 0.1, gap 5): not 0.000
            max=f"{max_entropy_bits(z):.3f}",
        )
    )


def why_exp(labels: tuple[str, ...], z: np.ndarray) -> None:
    """The four normalizations on the current scores: which give a distribution, which keep order."""
    st.markdown(tr("playground.why.intro", formula=tr("nav.formula")))  # the page with reason 1
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
    why_table = wide_table("playground_why_table")
    why_table.dataframe(table, hide_index=True, width="stretch", key="playground_why_table")
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
        {"title": tr("playground.why.chart"), "x": tr("playground.why.x"), "y": ""},  # the title says it
    )
    show_chart(fig, "playground_why")
    notes = [tr("playground.why.try")]
    if len(shown) > WHY_TOKENS:
        notes.append(tr("playground.why.first", k=WHY_TOKENS))
    if not live.all():
        notes.append(tr("playground.why.masked"))
    st.caption(sentences(notes))
