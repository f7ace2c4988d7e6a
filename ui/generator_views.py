"""What the generator page shows of a generation: the step charts, the shaded text, the history table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from core.charts.generator import cdf_figure, next_char_figure, text_figure
from core.charts.style import visible
from core.generation import Generation, Step
from ui.i18n import tr

CHART_CONFIG = {"displaylogo": False}
CSV_FORMULA_START = ("=", "+", "-", "@")  # spreadsheet formula triggers: quote such cells in the CSV


def show_text(gen: Generation) -> None:
    """The text so far, generated characters shaded by the probability the model gave them."""
    labels = {
        "title": tr("generator.text.title"),
        "prompt": tr("generator.text.prompt_hover"),
        "hover": tr("generator.text.hover"),
        "p": tr("generator.text.p"),
    }
    fig = text_figure(gen.prompt, [s.char for s in gen.steps], [s.p for s in gen.steps], labels)
    st.plotly_chart(fig, key="generator_text", width="stretch", config=CHART_CONFIG)


def show_distribution(
    vocab: tuple[str, ...], probs: np.ndarray, probs_t: np.ndarray, step: Step | None, context: str
) -> None:
    """The next-character bars and the draw on the cumulative distribution (for ``step``, or a preview)."""
    chosen = step.char_id if step is not None else None
    title_key = "generator.chart.bars.title" if step is not None else "generator.chart.bars.preview"
    bar_labels = {
        "title": tr(title_key, context=visible(context)),
        "x": tr("generator.chart.bars.x"),
        "y": tr("generator.chart.bars.y"),
        "other": tr("generator.chart.other"),
        "model": tr("generator.chart.bars.model"),
        "drawn": tr("generator.chart.bars.drawn"),
        "chosen": tr("generator.chart.bars.chosen"),
    }
    fig = next_char_figure(probs_t, probs, vocab, chosen, bar_labels)
    st.plotly_chart(fig, key="generator_bars", width="stretch", config=CHART_CONFIG)
    u = step.u if step is not None else None
    cdf_labels = {
        "title": tr("generator.chart.cdf.title"),
        "x": tr("generator.chart.cdf.x"),
        "other": tr("generator.chart.other"),
        "u": tr("generator.chart.cdf.u"),
    }
    st.plotly_chart(
        cdf_figure(probs_t, vocab, u, chosen, cdf_labels),
        key="generator_cdf",
        width="stretch",
        config=CHART_CONFIG,
    )
    if step is None:
        st.caption(tr("generator.step.none"))
    elif step.how == "sample":
        st.caption(
            tr("generator.step.sample", u=f"{step.u:.3f}", char=visible(step.char), p=f"{step.p_t:.1%}")
        )
    elif step.how == "greedy":
        st.caption(tr("generator.step.greedy", char=visible(step.char), p=f"{step.p:.1%}"))
    else:
        st.caption(tr("generator.step.picked", char=visible(step.char), p=f"{step.p:.1%}"))


def history_frame(gen: Generation) -> pd.DataFrame:
    """One row per step: step, context, character, p (model), p (drawn from), u, entropy, how."""
    how = {h: tr(f"generator.how.{h}") for h in ("greedy", "sample", "picked")}
    rows = [
        {
            tr("generator.col.step"): s.index + 1,
            tr("generator.col.context"): visible(s.context),
            tr("generator.col.char"): visible(s.char),
            tr("generator.col.p"): round(s.p, 4),
            tr("generator.col.p_t"): round(s.p_t, 4),
            tr("generator.col.u"): None if s.u is None else round(s.u, 4),
            tr("generator.col.entropy"): round(s.entropy, 3),
            tr("generator.col.how"): how[s.how],
        }
        for s in gen.steps
    ]
    columns = [
        tr(f"generator.col.{c}") for c in ("step", "context", "char", "p", "p_t", "u", "entropy", "how")
    ]
    return pd.DataFrame(rows, columns=columns)


def _csv_safe(value: object) -> object:
    """Quote text a spreadsheet would run as a formula (a context may start with '-')."""
    return "'" + value if isinstance(value, str) and value.startswith(CSV_FORMULA_START) else value


def show_history(gen: Generation) -> None:
    """The step history as a table and a CSV download."""
    frame = history_frame(gen)
    st.dataframe(
        frame,
        key="generator_history",
        hide_index=True,
        width="stretch",
        height=min(400, 38 + 35 * len(frame)),
    )
    csv = frame.map(_csv_safe).to_csv(index=False).encode("utf-8-sig")  # BOM: Excel reads the Chinese headers
    st.download_button(
        tr("generator.download"),
        data=csv,
        file_name="humpty_dumpty_steps.csv",
        mime="text/csv",
        key="generator_download",
        disabled=frame.empty,
        icon=":material/download:",
    )
