"""Compare page pieces: strategy labels, the greedy and samples views, the Monte Carlo run and tables.

No maths here: everything measured comes from ``core.decoding`` and ``core.textstats``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

from core.charts.compare import strategy_chart, sweep_chart
from core.charts.style import visible
from core.decoding import Model, Strategy, greedy, sample
from core.filters import FilterSettings
from core.textstats import Loop, Stats, conclusion, find_loops, monte_carlo, temperature_sweep
from ui.i18n import tr
from ui.markdown import md_literal

SWEEP_TEMPERATURES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0)
SWEEP_MAX_SAMPLES = 300  # per temperature: enough for stable shares, quick enough to stay interactive
LOOP_MARK = "⟲"
STAT_COLUMNS = (
    "distinct",
    "distinct_ngrams",
    "real_words",
    "repeated_ngrams",
    "loop_share",
    "logprob_per_char",
    "perplexity",
    "entropy_bits",
)
PERCENT = {"distinct_ngrams", "real_words", "repeated_ngrams", "loop_share"}


def strategy_label(strategy: Strategy) -> str:
    """The translated name of a strategy with its parameters."""
    s = strategy.settings
    values: dict[str, object] = {"w": strategy.beam_width}
    if s is not None:
        values |= {"t": f"{s.temperature:g}", "k": s.top_k, "p": f"{s.top_p:g}" if s.top_p else "", "m": ""}
        values["m"] = f"{s.min_p:g}" if s.min_p is not None else ""
    return tr(f"compare.strategy.{strategy.name}", **values)


@dataclass(frozen=True)
class Decoded:
    """Continuations as the page shows them: texts, total log-probabilities, where each starts looping."""

    texts: tuple[str, ...]
    totals: tuple[float, ...]
    loops: tuple[Loop | None, ...]


@st.cache_data(max_entries=256, show_spinner=False)
def decoded(
    _model: Model,
    model_key: tuple,
    prompt: str,
    length: int,
    k: int = 1,
    filters: FilterSettings | None = None,
    seed: int = 0,
) -> Decoded:
    """Greedy (``filters`` None) or ``k`` seeded samples, ready to show.

    Cached by (model settings, prompt, length, k, filters, seed), so a rerun that changes none of
    these (moving the slider back, switching the language, a Monte Carlo setting) reuses the texts.
    """
    if filters is None:
        result = greedy(_model, prompt, length)
    else:
        result = sample(_model, prompt, k, length, filters, np.random.default_rng(seed))
    texts = tuple(result.texts(_model))
    return Decoded(texts, tuple(map(float, result.total_logprob)), tuple(find_loops(texts)))


def show_greedy(prompt: str, result: Decoded) -> None:
    """Greedy's continuation with ⟲ where it starts looping, its loop note and its log-probability."""
    text, loop, total = result.texts[0], result.loops[0], result.totals[0]
    shown = text if loop is None else text[: loop.start] + LOOP_MARK + text[loop.start :]
    st.code(prompt + shown, language=None, wrap_lines=True)
    if loop is not None:
        st.warning(
            tr("compare.greedy.loop", unit=visible(loop.unit), start=loop.start), icon=":material/loop:"
        )
    else:
        st.caption(tr("compare.greedy.no_loop", length=len(text)))
    st.caption(tr("compare.greedy.logprob", total=total, per_char=total / max(len(text), 1)))


def samples_table(samples: Decoded, length: int) -> pa.Table:
    """One row per sample: its text (whitespace made visible) and log-probabilities."""
    totals = np.asarray(samples.totals)
    return pa.table(
        {
            tr("compare.col.sample"): np.arange(1, len(samples.texts) + 1),
            tr("compare.col.text"): [t.replace("\n", "↵") for t in samples.texts],
            tr("compare.col.logprob"): np.round(totals, 2),
            tr("compare.col.per_char"): np.round(totals / length, 3),
            tr("compare.col.loop"): ["✓" if loop else "" for loop in samples.loops],
        }
    )


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

    stats = monte_carlo(model, prompt, n, length, plan, seed, words, progress)
    bar.empty()
    return stats


@st.cache_data(max_entries=16, show_spinner=False)
def cached_sweep(
    _model: Model, model_key: tuple, prompt: str, n: int, length: int, seed: int, _words: frozenset[str]
) -> list[Stats]:
    """The temperature sweep, cached by (model settings, prompt, n, length, seed)."""
    return temperature_sweep(_model, prompt, SWEEP_TEMPERATURES, n, length, seed, _words)


def stats_frame(plan: Sequence[Strategy], stats: dict[str, Stats]) -> pd.DataFrame:
    """The Monte Carlo table: one row per strategy, translated column names, shares in %."""
    rows = []
    for strategy in plan:
        row = stats[strategy.name].as_row()
        shown = {tr("compare.col.strategy"): strategy_label(strategy)}
        for key in STAT_COLUMNS:
            value = row[key]
            if key in PERCENT:
                shown[tr(f"compare.col.{key}")] = None if math.isnan(value) else round(100 * value, 1)
            else:
                shown[tr(f"compare.col.{key}")] = round(value, 3) if isinstance(value, float) else value
        rows.append(shown)
    return pd.DataFrame(rows)


def show_results(
    plan: Sequence[Strategy], stats: dict[str, Stats], sweep: list[Stats], temperature: float, length: int
) -> None:
    """Table, strategy chart, sweep chart and the conclusion of one Monte Carlo run."""
    percent_cols = {tr(f"compare.col.{k}"): st.column_config.NumberColumn(format="%.1f %%") for k in PERCENT}
    st.dataframe(
        stats_frame(plan, stats),
        hide_index=True,
        width="stretch",
        column_config=percent_cols,
        key="compare_table",
    )
    labels = [strategy_label(s) for s in plan]
    chart_texts = {k: tr(f"compare.col.{k}") for k in STAT_COLUMNS} | {
        "title": tr("compare.chart.title"),
        "shares_title": tr("compare.chart.shares"),
        "ppl_title": tr("compare.chart.ppl"),
    }
    config = {"displaylogo": False}
    fig = strategy_chart(labels, [stats[s.name] for s in plan], chart_texts)
    st.plotly_chart(fig, key="compare_strategies", width="stretch", config=config)
    sweep_texts = chart_texts | {
        "title": tr("compare.sweep.title", n=sweep[0].n if sweep else 0),
        "x_title": tr("compare.sweep.x"),
        "share_title": tr("compare.sweep.share"),
        "greedy_tick": tr("compare.sweep.greedy_tick"),
    }
    st.plotly_chart(
        sweep_chart(SWEEP_TEMPERATURES, sweep, sweep_texts),
        key="compare_sweep",
        width="stretch",
        config=config,
    )
    st.subheader(tr("compare.conclusion.title"))
    by_name = {s.name: strategy_label(s) for s in plan}
    for key, values in conclusion(stats, temperature, length):
        if "unit" in values:
            values = values | {"unit": visible(values["unit"])}
        for name_key in ("strategy", "strategy2"):
            if name_key in values:
                values = values | {name_key: by_name[values[name_key]]}
        st.markdown("- " + md_literal(tr(f"compare.conclusion.{key}", **values)))
