"""What a screen reader says for a chart: its title, and the values written over its bars.

A Plotly chart is drawn as SVG that a screen reader meets as unnamed pictures, its tick labels read
out in drawing order ("★ 65.9% 24.2% 9.9% A B C 0% 50% 100%"). Streamlit names a chart with ``alt``
(``role="figure"``, ``aria-label``); this builds that name from the figure itself, so it always says
what the chart shows: the title, then each bar's name and value where a chart writes values over its
bars (``style.value_labels``: the home page's, the temperature page's and attention's weights).
"""

from __future__ import annotations

import html
import re

import plotly.graph_objects as go

# A whole vocabulary's bars would be a minute of speech; the charts that write values have 2–8 bars.
MAX_VALUES = 12
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_STAR = "★"  # marks the largest share on the chart; the value itself says it when read aloud


def plain(text: str | None) -> str:
    """Plotly's HTML subset as plain text: a line break is a space, other tags go, entities are read."""
    spaced = _BREAK.sub(" ", text or "")
    return " ".join(html.unescape(_TAG.sub("", spaced)).replace(_STAR, "").split())


def chart_alt(fig: go.Figure) -> tuple[str, list[str]]:
    """The chart's title as plain text, and "name value" for each value written over a bar (at most
    MAX_VALUES), in the order of the bars."""
    title = plain(fig.layout.title.text)
    values: list[str] = []
    for trace in fig.data:
        written = trace.type == "scatter" and trace.mode == "text"  # style.value_labels
        if written and trace.x is not None and trace.text is not None:
            values += [f"{plain(str(x))} {plain(str(v))}" for x, v in zip(trace.x, trace.text, strict=True)]
    return title, values[:MAX_VALUES]
