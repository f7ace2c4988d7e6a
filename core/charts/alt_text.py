"""What a screen reader says for a chart: its title, and the values written on or over its bars.

A Plotly chart is drawn as SVG that a screen reader meets as unnamed pictures, its tick labels read
out in drawing order ("★ 65.9% 24.2% 9.9% A B C 0% 50% 100%"). Streamlit names a chart with ``alt``
(``role="figure"``, ``aria-label``); this builds that name from the figure itself, so it always says
what the chart shows: the title, then each bar's option and value where a chart writes values over
its bars, either as a text layer (``style.value_labels``: the home page's, the temperature page's and
attention's weights) or as the bars' own text (the why page's panels, the formula page's gaps, the
Monte Carlo's perplexity; the generator's next step writes its values on a layer of invisible bars
named as the drawn ones, so they are read under that name). Bars of a named series are read under that name
("loss after softmax: right (5, 1) 0.018, wrong (0, 1) 1.313"), so two series of the same options are
told apart. Values written on a curve's points (the why page's loss per step) are not read: their
options would be bare step numbers.

Options are said as a listener needs them (``spoken_option``): the marks that show a space or a line
break on screen (␣ ↵) in words, since a screen reader says "open box"; a lone punctuation mark in
quotes, since one is skipped or lost between the list's commas ("? 7.4%, , 3.5%").
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

import plotly.graph_objects as go

# A whole vocabulary's bars would be a minute of speech. The charts that write values have 2–17 bars
# (the generator's next step: 15 characters, the chosen one and "other"); past this many, the name
# says how many it left out.
MAX_VALUES = 12
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_STAR = "★"  # marks the largest share on the chart; the value itself says it when read aloud
SPACE_MARK, NEWLINE_MARK = "␣", "↵"  # core.charts.style.visible's marks for " " and "\n"


@dataclass(frozen=True)
class ValueGroup:
    """The values one series writes on its bars: ``name`` ("" for an unnamed text layer) and an
    (option, value) pair for each bar that carries a value, in the order of the bars."""

    name: str
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ChartAlt:
    """What a chart's name is made of: its title, its series' values, and how many were left out."""

    title: str
    groups: tuple[ValueGroup, ...]
    left_out: int = 0


def plain(text: str | None) -> str:
    """Plotly's HTML subset as plain text: a line break is a space, other tags go, entities are read."""
    spaced = _BREAK.sub(" ", text or "")
    return " ".join(html.unescape(_TAG.sub("", spaced)).replace(_STAR, "").split())


def spoken_title(text: str | None) -> str:
    """A title as plain text with ␣ as the space it stands for ("after “…pty Du”")."""
    return " ".join(plain(text).replace(SPACE_MARK, " ").split())


def spoken_option(option: str, words: Mapping[str, str]) -> str:
    """An option as a listener needs it: ␣ and ↵ in ``words`` ({"␣": "a space", ...}), a lone
    punctuation mark in quotes (“,”), anything else as it is."""
    if option in words:
        return words[option]
    if len(option) == 1 and not option.isalnum():
        return f"“{option}”"
    return option


def _written(trace) -> tuple[str, list[tuple[str, str]]] | None:
    """(series name, (option, value) per bar) of a trace that writes values, or None."""
    if trace.text is None or isinstance(trace.text, str):
        return None
    if trace.type == "scatter" and trace.mode == "text":  # style.value_labels: a text layer, no name
        return "", _pairs(trace.x, trace.text)
    if trace.type == "bar":  # values written on the bars; the options are along the bars' other axis
        options = trace.y if trace.orientation == "h" else trace.x
        return plain(trace.name), _pairs(options, trace.text)
    return None


def _pairs(options, texts) -> list[tuple[str, str]]:
    """The (option, value) of each bar with both: a segment with no option (the draw strip's) or a
    bar whose value is left out is not read; a text list shorter than the bars leaves the rest out."""
    if options is None:
        return []
    pairs = ((plain(str(o)), plain(str(v))) for o, v in zip(options, texts, strict=False))
    return [(o, v) for o, v in pairs if o and v]


def chart_alt(fig: go.Figure) -> ChartAlt:
    """The chart's title as plain text, and the values written over its bars, series by series (at
    most MAX_VALUES in all; ``left_out`` counts the rest)."""
    groups: list[ValueGroup] = []
    room, left_out = MAX_VALUES, 0
    for trace in fig.data:
        written = _written(trace)
        if written is None or not written[1]:
            continue
        name, pairs = written
        if room:
            groups.append(ValueGroup(name, tuple(pairs[:room])))
        left_out += max(0, len(pairs) - room)
        room = max(0, room - len(pairs))
    return ChartAlt(spoken_title(fig.layout.title.text), tuple(groups), left_out)
