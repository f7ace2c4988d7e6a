"""Compare page pieces: strategy labels, the samples as text, the filter view, many dice, the fan of
continuations, the Monte Carlo run and tables.

No maths here: everything measured comes from ``core.decoding``, ``core.filters`` and ``core.textstats``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import streamlit as st

from core.charts.compare import (
    Group,
    Line,
    dice_chart,
    filter_chart,
    samples_html,
    strategy_chart,
    sweep_chart,
)
from core.charts.style import visible
from core.decoding import Model, Strategy, greedy, sample
from core.filters import FilterSettings, filtered_probs, removed_by_filter
from core.textstats import Loop, Stats, conclusion, find_loops, monte_carlo, temperature_sweep
from ui.i18n import lang, tr
from ui.markdown import md_literal
from ui.model_settings import get_corpus

SWEEP_TEMPERATURES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0)
SWEEP_MAX_SAMPLES = 300  # per temperature: enough for stable shares, quick enough to stay interactive
FAN_TEMPERATURES = (0.5, 1.2)  # a cautious and an adventurous temperature, side by side
FAN_LINES = 8
FAN_LENGTH = 60  # characters per fan line at most: short enough to compare 16 lines at a glance
DRAW_COUNTS = (100, 1000)
# A spot in a rhyme where the model has real choices (w 25%, p 19%, s 11%, ...): after the default
# prompt "Humpty Du" it is 97.5% sure of "m", and a filter has nothing visible to cut.
OPEN_CONTEXT = "Humpty Dumpty sat on a "
SURE = 0.9  # top probability above which the page suggests the open spot
CHART_CONFIG = {"displaylogo": False}
STAT_COLUMNS = (
    "distinct",
    "distinct_ngrams",
    "real_words",
    "novel_lines",
    "repeated_ngrams",
    "loop_share",
    "logprob_per_char",
    "perplexity",
    "entropy_bits",
)
PERCENT = {"distinct_ngrams", "real_words", "novel_lines", "repeated_ngrams", "loop_share"}


def strategy_label(strategy: Strategy) -> str:
    """The translated name of a strategy with its parameters."""
    s = strategy.settings
    values: dict[str, object] = {"w": strategy.beam_width}
    if s is not None:
        values |= {"t": f"{s.temperature:g}", "k": s.top_k, "p": f"{s.top_p:g}" if s.top_p else "", "m": ""}
        values["m"] = f"{s.min_p:g}" if s.min_p is not None else ""
    return tr(f"compare.strategy.{strategy.name}", **values)


class Stepwise:
    """A model seen without its context graph, so ``core.decoding.sample`` asks it step by step.

    The graph walk first filters every one of the graph's ~77,000 states for each new temperature
    (1.7 s here, measured), which pays off for thousands of samples; the page's few lines and its
    one-step dice need 0.14 s step by step. Both paths draw the same characters for the same seed
    (``core.decoding``'s contract), so only the time changes.
    """

    def __init__(self, model: Model) -> None:
        self._model = model

    def __getattr__(self, name: str):
        if name == "graph":
            raise AttributeError(name)
        return getattr(self._model, name)


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
        result = sample(Stepwise(_model), prompt, k, length, filters, np.random.default_rng(seed))
    texts = tuple(result.texts(_model))
    return Decoded(texts, tuple(map(float, result.total_logprob)), tuple(find_loops(texts)))


def lines(prompt: str, result: Decoded) -> tuple[Line, ...]:
    """Each continuation with its prompt and loop start, ready for ``samples_html``."""
    return tuple(
        Line(prompt, text, None if loop is None else loop.start)
        for text, loop in zip(result.texts, result.loops, strict=True)
    )


def show_samples(prompt: str, greedy_result: Decoded, sampled: Decoded | None, temperature: float) -> None:
    """The first screen's text: greedy's one line, then the sampled lines (none at T = 0: they would all
    be greedy's line again), whole and wrapping, prompt included."""
    groups = [Group(tr("compare.greedy.title"), lines(prompt, greedy_result))]
    if sampled is not None and temperature > 0:
        title = tr("compare.samples.title", n=len(sampled.texts), t=f"{temperature:g}")
        groups.append(Group(title, lines(prompt, sampled)))
    st.html(samples_html(groups))
    notes = [tr("compare.samples.caption")]
    if temperature == 0:
        notes.append(tr("compare.samples.t0"))
    loop = greedy_result.loops[0]
    if loop is not None:
        notes.append(tr("compare.greedy.loop", unit=visible(loop.unit), start=loop.start))
    gap = "" if lang() == "zh" else " "  # Chinese sentences follow each other without a space
    st.caption(gap.join(md_literal(n) for n in notes))


def next_logprobs(model: Model, prompt: str) -> np.ndarray:
    """The model's log-probabilities of the character after ``prompt``: [V]."""
    return model.logits_ids(np.asarray(model.encode(prompt), dtype=np.int64)[None, :])[0]


def context_picker(prompt: str) -> str:
    """Where the filter and dice views look: after the prompt, or after OPEN_CONTEXT."""
    where = st.segmented_control(
        tr("compare.where"),
        ("prompt", "open"),
        default="prompt",
        format_func=lambda w: (
            tr("compare.where.prompt", prompt=md_literal(prompt[-16:]))
            if w == "prompt"
            else tr("compare.where.open", open=md_literal(OPEN_CONTEXT.strip()))
        ),
        key="compare_where",  # not in the URL: a bound option travels as its label, which is translated
    )
    return OPEN_CONTEXT if where == "open" else prompt


def show_filters(
    model: Model, prompt: str, temperature: float, top_k: int, top_p: float, min_p: float
) -> None:
    """One distribution, the tail top-k, top-p and min-p remove, and the renormalised rest; says which
    filter has no effect at these values."""
    z = next_logprobs(model, prompt)
    t_filters = temperature if temperature > 0 else 1.0
    settings = FilterSettings(temperature=t_filters, top_k=top_k, top_p=top_p, min_p=min_p)
    before = filtered_probs(z, FilterSettings(temperature=t_filters))
    after = filtered_probs(z, settings)
    masks = removed_by_filter(z, settings)
    removed = np.logical_or.reduce(list(masks.values()))
    texts = {
        "title": tr("compare.filters.chart", t=f"{t_filters:g}"),
        "kept": tr("compare.filters.kept"),
        "removed": tr("compare.filters.removed"),
        "before": tr("compare.filters.before"),
        "x_title": tr("compare.filters.x"),
        "y_title": tr("compare.filters.y"),
    }
    if before.max() > SURE:  # said before the chart: a single bar is what the reader will see first
        top = int(before.argmax())
        char, p_top = visible(model.vocab[top]), f"{before[top]:.1%}"
        st.info(tr("compare.filters.sure", char=md_literal(char), p=p_top), icon=":material/lightbulb:")
    fig = filter_chart(model.vocab, before, after, removed, texts)
    st.plotly_chart(fig, key="compare_filters_chart", width="stretch", config=CHART_CONFIG)
    in_play = int((before > 0).sum())
    kept = int((after > 0).sum())
    notes = [tr("compare.filters.summary", kept=kept, n=in_play)]
    if temperature == 0:
        notes.append(tr("compare.filters.t0"))
    values = {"top_k": {"k": top_k}, "top_p": {"p": f"{top_p:g}"}, "min_p": {"m": f"{min_p:g}"}}
    for name, mask in masks.items():
        if not mask.any():
            notes.append(tr(f"compare.filters.no_effect.{name}", **values[name]))
        else:
            notes.append(tr(f"compare.filters.removes.{name}", n=int(mask.sum()), **values[name]))
    st.markdown("\n".join("- " + md_literal(n) for n in notes))


@st.cache_data(max_entries=64, show_spinner=False)
def dice_counts(
    _model: Model, model_key: tuple, prompt: str, n: int, temperature: float, seed: int, roll: int
):
    """How many of ``n`` draws of the next character gave each character: [V], seeded by (seed, roll).

    Drawn by ``core.decoding.sample`` (the app's one draw rule) as ``n`` continuations of one character.
    """
    rng = np.random.default_rng([seed, roll])
    drawn = sample(Stepwise(_model), prompt, n, 1, FilterSettings(temperature=temperature), rng)
    return np.bincount(drawn.ids[:, 0], minlength=len(_model.vocab))


def show_dice(model: Model, model_key: tuple, prompt: str, temperature: float, seed: int) -> None:
    """Many dice at once: the histogram of draws beside the softmax it converges to."""
    cols = st.columns([1, 1, 3], vertical_alignment="bottom")
    n = cols[0].segmented_control(
        tr("compare.dice.n"),
        DRAW_COUNTS,
        default=DRAW_COUNTS[0],
        format_func=lambda v: f"{v:,}",
        key="compare_draws",
        bind="query-params",
    )
    n = n or DRAW_COUNTS[0]
    if cols[1].button(tr("compare.dice.again"), key="compare_roll", icon=":material/casino:"):
        st.session_state["compare_roll_count"] = st.session_state.get("compare_roll_count", 0) + 1
    roll = st.session_state.get("compare_roll_count", 0)
    counts = dice_counts(model, model_key, prompt, n, temperature, seed, roll)
    probs = filtered_probs(next_logprobs(model, prompt), FilterSettings(temperature=temperature))
    texts = {
        "title": tr("compare.dice.chart", n=f"{n:,}", t=f"{temperature:g}"),
        "drawn": tr("compare.dice.drawn"),
        "probability": tr("compare.dice.probability"),
        "x_title": tr("compare.filters.x"),
        "y_title": tr("compare.dice.y"),
    }
    fig = dice_chart(model.vocab, probs, counts, texts)
    st.plotly_chart(fig, key="compare_dice_chart", width="stretch", config=CHART_CONFIG)


def show_fan(model: Model, model_key: tuple, prompt: str, length: int, seed: int) -> None:
    """FAN_LINES continuations of one prompt at each of FAN_TEMPERATURES, side by side (stacked on phones)."""
    columns = st.columns(len(FAN_TEMPERATURES))
    for column, t in zip(columns, FAN_TEMPERATURES, strict=True):
        fan = decoded(
            model, model_key, prompt, min(length, FAN_LENGTH), FAN_LINES, FilterSettings(temperature=t), seed
        )
        with column:
            st.html(
                samples_html([Group(tr("compare.fan.group", t=f"{t:g}", n=FAN_LINES), lines(prompt, fan))])
            )


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
    percent_cols = {tr(f"compare.col.{k}"): st.column_config.NumberColumn(format="%.1f%%") for k in PERCENT}
    st.dataframe(
        stats_frame(plan, stats),
        hide_index=True,
        width="stretch",
        column_config=percent_cols,
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
    config = CHART_CONFIG
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
    # A deduplicated plan has no "temperature" row at T = 1 (or T = 0): it is the row it duplicated.
    if "temperature" not in stats:
        stats = stats | {"temperature": stats["sampling" if temperature > 0 else "greedy"]}
    for key, values in conclusion(stats, temperature, length):
        if "unit" in values:
            values = values | {"unit": visible(values["unit"])}
        for name_key in ("strategy", "strategy2"):
            if name_key in values:
                values = values | {name_key: by_name[values[name_key]]}
        st.markdown("- " + md_literal(tr(f"compare.conclusion.{key}", **values)))
