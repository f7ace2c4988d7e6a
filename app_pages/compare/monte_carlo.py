"""The compare page's Monte Carlo (go deeper): strategy names, the run with its progress bar, the
temperature sweep, and the table, charts and conclusion of a run. The statistics are ``core.textstats``'s."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from core.charts.compare import strategy_chart, sweep_chart
from core.charts.style import visible
from core.decoding import Model, Strategy
from core.number_text import percent
from core.textstats import CONCLUSION_SHARES, Stats, conclusion, monte_carlo, temperature_sweep
from ui.charts import show_chart
from ui.i18n import tr
from ui.markdown import md_literal
from ui.model_settings import get_corpus
from ui.widgets import wide_table

SWEEP_TEMPERATURES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0)
SWEEP_MAX_SAMPLES = 300  # per temperature: enough for stable shares, quick enough to stay interactive
STAT_COLUMNS = (
    "distinct",
    "distinct_ngrams",
    "real_words",
    "novel_lines",
    "repeated_ngrams",
    "loop_share",
    "perplexity",  # e^(−mean log p per character): the log p column it repeats made the table scroll
    "entropy_bits",
)
NO_VALUE = "—"
PERCENT = {"distinct_ngrams", "real_words", "novel_lines", "repeated_ngrams", "loop_share"}


def strategy_label(strategy: Strategy) -> str:
    """The translated name of a strategy with its parameters."""
    s = strategy.settings
    values: dict[str, object] = {"w": strategy.beam_width}
    if s is not None:
        values |= {"t": f"{s.temperature:g}", "k": s.top_k, "p": f"{s.top_p:g}" if s.top_p else "", "m": ""}
        values["m"] = f"{s.min_p:g}" if s.min_p is not None else ""
    return tr(f"compare.strategy.{strategy.name}", **values)


def unique_plan(plan: Sequence[Strategy]) -> tuple[Strategy, ...]:
    """The plan without strategies that decode exactly like an earlier one (at T = 1, "sampling at T"
    is pure sampling; at T = 0 it is greedy): one row each, not the same row twice."""
    seen: set[tuple] = set()
    out = []
    for strategy in plan:
        key = (strategy.settings, strategy.beam_width)
        if key not in seen:
            seen.add(key)
            out.append(strategy)
    return tuple(out)


def run_monte_carlo(
    model: Model, prompt: str, n: int, length: int, plan: Sequence[Strategy], seed: int, words: frozenset[str]
) -> dict[str, Stats]:
    """The Monte Carlo with a progress bar that names the strategy being sampled."""
    labels = {s.name: strategy_label(s) for s in plan}
    names = [s.name for s in plan]
    bar = st.progress(0.0, text=tr("compare.mc.progress", name=labels[names[0]], i=1, total=len(plan)))

    def progress(done: int, total: int) -> None:
        nxt = names[min(done, total - 1)]
        bar.progress(done / total, text=tr("compare.mc.progress", name=labels[nxt], i=done, total=total))

    stats = monte_carlo(model, prompt, n, length, plan, seed, words, progress, corpus=get_corpus())
    bar.empty()
    return stats


@st.cache_data(max_entries=16, show_spinner=False)
def cached_sweep(
    _model: Model, model_key: tuple, prompt: str, n: int, length: int, seed: int, _words: frozenset[str]
) -> list[Stats]:
    """The temperature sweep, cached by (model settings, prompt, n, length, seed)."""
    return temperature_sweep(_model, prompt, SWEEP_TEMPERATURES, n, length, seed, _words)


def measures_explained() -> str:
    """The table's measures as a Markdown list: each column's name and its header help (one text for
    both), then beam search and the temperature sweep."""
    items = [
        tr("compare.mc.explain.item", name=tr(f"compare.col.{key}"), help=tr(f"compare.col.{key}.help"))
        for key in STAT_COLUMNS
    ]
    return "\n".join([*items, tr("compare.mc.explain.beam"), tr("compare.mc.explain.sweep")])


def stats_frame(plan: Sequence[Strategy], stats: dict[str, Stats]) -> pd.DataFrame:
    """The Monte Carlo table: one row per strategy, translated column names, shares in %."""
    rows = []
    for strategy in plan:
        row = stats[strategy.name].as_row()
        shown = {tr("compare.col.strategy"): strategy_label(strategy)}
        for key in STAT_COLUMNS:
            value = row[key]
            if key in PERCENT:  # as the conclusion writes them: 0.019%, not 0.0%; a dash where none
                shown[tr(f"compare.col.{key}")] = NO_VALUE if math.isnan(value) else percent(value)
            else:
                shown[tr(f"compare.col.{key}")] = round(value, 3) if isinstance(value, float) else value
        rows.append(shown)
    return pd.DataFrame(rows)


def show_results(
    plan: Sequence[Strategy], stats: dict[str, Stats], sweep: list[Stats], temperature: float, length: int
) -> None:
    """Table, strategy chart, sweep chart and the conclusion of one Monte Carlo run."""
    # Shares are text, as ``percent`` writes them (a number column wrote 0.019% as "0.0%" under a
    # sentence giving 0.019%), aligned as the number columns beside them. The price: a click on their
    # header sorts them as text ("10.2%" before "9.8%"), in a table of at most 7 rows.
    # Each header says what it measures when pointed at: the same text as "What each measure means".
    helps = {k: tr(f"compare.col.{k}.help") for k in STAT_COLUMNS}
    col_formats = {
        tr(f"compare.col.{k}"): st.column_config.TextColumn(alignment="right", help=helps[k]) for k in PERCENT
    }
    # "1,000" as the caption above writes the count; "1.170" and "0.000" beside "4.282", not "1.17", "0"
    col_formats[tr("compare.col.distinct")] = st.column_config.NumberColumn(
        format="%,d", help=helps["distinct"]
    )
    for key in ("perplexity", "entropy_bits"):
        col_formats[tr(f"compare.col.{key}")] = st.column_config.NumberColumn(format="%.3f", help=helps[key])
    col_formats[tr("compare.col.strategy")] = st.column_config.TextColumn(pinned=True)  # a phone scrolls
    wide_table("compare_table").dataframe(
        stats_frame(plan, stats),
        hide_index=True,
        width="stretch",
        column_config=col_formats,
        key="compare_table",
    )
    if any(math.isnan(stats[s.name].novel_lines) for s in plan):
        st.caption(tr("compare.mc.no_lines"))
    labels = [strategy_label(s) for s in plan]
    chart_texts = {k: tr(f"compare.col.{k}") for k in STAT_COLUMNS if k != "novel_lines"} | {
        "title": tr("compare.chart.title"),
        "shares_title": tr("compare.chart.shares"),
        "ppl_title": tr("compare.chart.ppl"),
    }
    fig = strategy_chart(labels, [stats[s.name] for s in plan], chart_texts)
    show_chart(fig, "compare_strategies")
    sweep_texts = chart_texts | {
        "title": tr("compare.sweep.title"),
        "x_title": tr("compare.sweep.x", n=sweep[0].n if sweep else 0),
        "share_title": tr("compare.sweep.share"),
        "greedy_tick": tr("compare.sweep.greedy_tick"),
    }
    show_chart(sweep_chart(SWEEP_TEMPERATURES, sweep, sweep_texts), "compare_sweep")
    table_n = next(iter(stats.values())).n
    if sweep and sweep[0].n != table_n:  # one measure, two sample counts: say why they differ
        st.caption(tr("compare.sweep.fewer", sweep_n=f"{sweep[0].n:,}", n=f"{table_n:,}"))
    st.header(tr("compare.conclusion.title"), anchor=False)
    by_name = {s.name: strategy_label(s) for s in plan}
    # A deduplicated plan has no "temperature" row at T = 1 (or T = 0): it is the row it duplicated.
    if "temperature" not in stats:
        stats = stats | {"temperature": stats["sampling" if temperature > 0 else "greedy"]}
    for key, values in conclusion(stats, temperature, length):
        values = {k: percent(v) if k in CONCLUSION_SHARES else v for k, v in values.items()}  # 0.019%
        if "unit" in values:
            values = values | {"unit": visible(values["unit"])}
        for name_key in ("strategy", "strategy2"):
            if name_key in values:
                values = values | {name_key: by_name[values[name_key]]}
        st.markdown("- " + md_literal(tr(f"compare.conclusion.{key}", **values)))
