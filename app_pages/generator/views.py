"""What the step-by-step view shows of a generation: the shaded text, the step charts, the history table."""

from __future__ import annotations

import csv
import io

import numpy as np
import pyarrow as pa
import streamlit as st

from core.article_example import at_article
from core.charts.generator import cdf_figure, next_char_figure, text_html
from core.charts.style import visible
from core.generation import Generation, Step, history
from ui.charts import mark_words, show_chart
from ui.i18n import tr
from ui.live_region import say
from ui.widgets import wide_table

CSV_FORMULA_START = ("=", "+", "-", "@")  # spreadsheet formula triggers: quote such cells in the CSV


def show_text(gen: Generation) -> None:
    """The text so far as text: the prompt plain, each generated character shaded by its probability;
    in a window of fixed height, so the buttons under it stay where they are as it grows."""
    st.markdown(f"**{tr('generator.text.title')}**")
    st.html(
        text_html(
            gen.prompt,
            [s.char for s in gen.steps],
            [s.p for s in gen.steps],
            tr("generator.text.hover"),
            "steps",
            window=True,
        )
    )
    announce_step(gen)


def said_char(ch: str) -> str:
    """A character as a screen reader should say it: “u”, or "a space" in words (its ␣ is "open box")."""
    return mark_words().get(visible(ch)) or f"“{ch}”"


def announce_step(gen: Generation) -> None:
    """Say the newest character to a screen reader, as the text's hover gives it ("step 4: “u”, p = 50.0%").

    The shaded text is a new HTML element on every run, and a screen reader says nothing of it.
    """
    # What reaches the HTML: a catalog text, the step number, p, and one character of the model's
    # vocabulary (drawn, or picked: a link's pick is a code point, and one outside the vocabulary
    # stops the replay with a message before this), never the prompt or a typed value; say()
    # escapes it all the same.
    last = gen.steps[-1] if gen.steps else None
    said = "" if last is None else tr("generator.said", step=last.index + 1, char=said_char(last.char),
                                       p=f"{last.p:.1%}")  # fmt: skip
    say(said)


def show_distribution(
    vocab: tuple[str, ...],
    probs: np.ndarray,
    probs_t: np.ndarray,
    step: Step | None,
    context: str,
    text: str,
    article: str | None = None,
) -> None:
    """The next-character bars and the draw on the cumulative distribution (for ``step``, or a preview).

    ``context`` is what the model read, the end of ``text``: the title marks a cut with "…", or
    "after “y␣Duud”" read as a typo of the prompt. ``article``: the article's numbers are on, and the
    key that names them (as they are, or fed to softmax as scores); right after "Humpty Du" the T = 1
    outlines are theirs, not the model's, and the legend says so.
    """
    chosen = step.char_id if step is not None else None
    title_key = "generator.chart.bars.title" if step is not None else "generator.chart.bars.preview"
    read = context if len(context) >= len(text) else f"…{context}"
    bar_labels = {
        "title": tr(title_key, context=visible(read)),
        "x": tr("generator.chart.bars.x"),
        "y": tr("generator.chart.bars.y"),
        "other": tr("generator.chart.other"),
        "model": tr(article if article and at_article(text) else "generator.chart.bars.model"),
        "drawn": tr("generator.chart.bars.drawn"),
        "chosen": tr("generator.chart.bars.chosen"),
    }
    fig = next_char_figure(probs_t, probs, vocab, chosen, bar_labels)
    show_chart(fig, "generator_bars")
    u = step.u if step is not None else None
    cdf_labels = {
        "title": tr("generator.chart.cdf.title"),
        "x": tr("generator.chart.cdf.x"),
        "other": tr("generator.chart.other"),
        "u": tr("generator.chart.cdf.u"),
    }
    show_chart(cdf_figure(probs_t, vocab, u, chosen, cdf_labels), "generator_cdf")
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


# Column code -> Arrow type: fixed, so an empty history still has numbers and text in the right columns.
HISTORY_TYPES = {
    "step": pa.int64(),
    "context": pa.string(),
    "char": pa.string(),
    "p": pa.float64(),
    "p_t": pa.float64(),
    "u": pa.float64(),
    "entropy": pa.float64(),
    "how": pa.string(),
}

SHOWN = {"p": "%.4f", "p_t": "%.4f", "u": "%.4f", "entropy": "%.3f"}  # decimals on screen; each has help


def history_table(gen: Generation) -> pa.Table:
    """One row per step: step, context, character, p (model), p (drawn from), u, entropy, how;
    the headers translated. Numbers stay exact (the CSV has them all); the table rounds on screen."""
    how = {h: tr(f"generator.how.{h}") for h in ("greedy", "sample", "picked")}
    columns = history(gen)
    values = columns | {
        "context": [visible(c) for c in columns["context"]],
        "char": [visible(c) for c in columns["char"]],
        "how": [how[h] for h in columns["how"]],
    }
    return pa.table(
        {tr(f"generator.col.{c}"): pa.array(values[c], type=kind) for c, kind in HISTORY_TYPES.items()}
    )


def _csv_safe(value: object) -> object:
    """Quote text a spreadsheet would run as a formula (a context may start with '-')."""
    return "'" + value if isinstance(value, str) and value.startswith(CSV_FORMULA_START) else value


def history_csv(table: pa.Table) -> bytes:
    """The history as CSV, UTF-8 with a BOM so Excel reads the Chinese headers; no formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(["" if v is None else _csv_safe(v) for v in row.values()])
    return out.getvalue().encode("utf-8-sig")


def show_history(gen: Generation) -> None:
    """The step history as a table and a CSV download (the file is built only when clicked); before
    the first step, a line that says so (an empty table drew its "empty" row under the button)."""
    if not gen.steps:
        st.caption(tr("generator.history.none"))
        return
    table = history_table(gen)
    wide_table("generator_history").dataframe(  # 8 columns: on a phone, a line says it scrolls sideways
        table,
        key="generator_history",
        hide_index=True,
        width="stretch",
        height=min(400, 38 + 35 * len(gen.steps)),
        placeholder="—",  # u of a greedy or hand-picked step: no random number was drawn
        column_config={
            tr(f"generator.col.{c}"): st.column_config.NumberColumn(
                format=f, help=tr(f"generator.col.{c}.help")
            )
            for c, f in SHOWN.items()
        },
    )
    st.download_button(
        tr("generator.download"),
        data=lambda: history_csv(table),
        file_name="humpty_dumpty_steps.csv",
        mime="text/csv",
        key="generator_download",
        icon=":material/download:",
    )
