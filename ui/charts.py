"""How every chart is shown: full width, no Plotly toolbar; the one place pages call ``st.plotly_chart``.

The charts are to be read, not edited. Plotly's toolbar (zoom, pan, select, autoscale, a picture)
comes up over a chart's title and legend when the pointer comes near, and on a phone with the tap that
asks for a bar's value. A drag would zoom or pan, and a learner who tries to drag a bar would be left
with an empty corner of the plot; ``core.charts.style.figure`` turns dragging off (in the plot, along
the tick labels and with shift: the browser test tries all three). Hovering, or tapping, gives every
exact value.

Every chart has a name for a screen reader (``alt``: its title, and the values over its bars where it
writes them; ``core.charts.alt_text``), in the page's language.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from core.charts.alt_text import NEWLINE_MARK, SPACE_MARK, chart_alt, spoken_option
from ui.i18n import tr

CHART_CONFIG = {"displayModeBar": False, "displaylogo": False}


def show_chart(fig: go.Figure, key: str) -> None:
    """``fig`` across its column, without a toolbar; ``key`` names its container (``.st-key-<key>``)."""
    st.plotly_chart(fig, key=key, width="stretch", config=CHART_CONFIG, alt=alt_text(fig))


MARKS_AFTER_TITLE = ("?", "？", ":", "：", "!", "！", ".", "。")  # a title ending so needs no colon after it


def mark_words() -> dict[str, str]:
    """The words a screen reader should say for the marks that show a space and a line break (␣ ↵)."""
    return {SPACE_MARK: tr("said.space"), NEWLINE_MARK: tr("said.newline")}


def alt_text(fig: go.Figure) -> str | None:
    """The chart's name for a screen reader: "title: A 65.9%, B 24.2%, C 9.9%.", with each named
    series under its name ("title: p: leaf 0.119, flower 0.881; y: leaf 1, flower 0."), "and 4 more"
    where values were left out, or the title alone."""
    alt = chart_alt(fig)
    if not alt.groups:
        return alt.title or None  # Streamlit takes None for no name, and warns of an empty one
    words, sep = mark_words(), tr("chart.alt.sep")
    series = []
    for group in alt.groups:
        values = sep.join(f"{spoken_option(option, words)} {value}" for option, value in group.pairs)
        series.append(tr("chart.alt.series", name=group.name, values=values) if group.name else values)
    values = tr("chart.alt.series_sep").join(series)
    if alt.left_out:
        values += sep + tr("chart.alt.more", n=alt.left_out)
    key = "chart.alt.marked" if alt.title.endswith(MARKS_AFTER_TITLE) else "chart.alt"
    return tr(key, title=alt.title, values=values)
