"""What a screen reader says for a chart: its title, and the values written on or over its bars.

A Plotly chart is drawn as SVG that a screen reader meets as unnamed pictures, its tick labels read
out in drawing order ("★ 65.9% 24.2% 9.9% A B C 0% 50% 100%"). Streamlit names a chart with ``alt``
(``role="figure"``, ``aria-label``); this builds that name from the figure itself, so it always says
what the chart shows: the title, then each bar's name and value where a chart writes values over its
bars, either as a text layer (``style.value_labels``: the home page's, the temperature page's and
attention's weights) or as the bars' own text (the why page's panels, the generator's next step, the
Monte Carlo's perplexity). Bars of a named series are read under that name ("loss after softmax:
right (5, 1) 0.018, wrong (0, 1) 1.313"), so two series of the same options are told apart.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import plotly.graph_objects as go

# A whole vocabulary's bars would be a minute of speech; the charts that write values have 2–14 bars.
MAX_VALUES = 12
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_STAR = "★"  # marks the largest share on the chart; the value itself says it when read aloud
_SPACE = "␣"  # shows a space to the eye; read aloud it is "open box", so a screen reader gets the space


@dataclass(frozen=True)
class ValueGroup:
    """The values one series writes on its bars: ``name`` ("" for an unnamed text layer) and
    "option value" for each bar that carries a value, in the order of the bars."""

    name: str
    values: tuple[str, ...]


def plain(text: str | None) -> str:
    """Plotly's HTML subset as plain text: a line break is a space, other tags go, entities are read."""
    spaced = _BREAK.sub(" ", text or "")
    return " ".join(html.unescape(_TAG.sub("", spaced)).replace(_STAR, "").replace(_SPACE, " ").split())


def _written(trace) -> tuple[str, list[str]] | None:
    """(series name, "option value" per bar) of a trace that writes values, or None."""
    if trace.text is None or isinstance(trace.text, str):
        return None
    if trace.type == "scatter" and trace.mode == "text":  # style.value_labels: a text layer, no name
        return "", _pairs(trace.x, trace.text)
    if trace.type == "bar":  # values written on the bars; the options are along the bars' other axis
        options = trace.y if trace.orientation == "h" else trace.x
        return plain(trace.name), _pairs(options, trace.text)
    return None


def _pairs(options, texts) -> list[str]:
    """The "option value" of each bar with both (a segment with no option, as in the draw strip, or a
    bar whose value is left out, is not read)."""
    if options is None:
        return []
    pairs = ((plain(str(o)), plain(str(v))) for o, v in zip(options, texts, strict=True))
    return [f"{o} {v}" for o, v in pairs if o and v]


def chart_alt(fig: go.Figure) -> tuple[str, list[ValueGroup]]:
    """The chart's title as plain text, and the values written over its bars, series by series (at
    most MAX_VALUES in all)."""
    title = plain(fig.layout.title.text)
    groups: list[ValueGroup] = []
    room = MAX_VALUES
    for trace in fig.data:
        written = _written(trace)
        if written is None or not written[1] or room == 0:
            continue
        name, values = written
        groups.append(ValueGroup(name, tuple(values[:room])))
        room -= len(groups[-1].values)
    return title, groups
