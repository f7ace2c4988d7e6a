"""Figures of the generator page: next-character bars, the draw on the cumulative distribution, and the
text written by the model as escaped HTML (text, not a figure: it wraps, can be selected, reads on a phone).

Data in, ``go.Figure`` out; every visible word arrives translated in ``labels``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
from numpy.typing import NDArray

from core.charts.style import (
    CHOSEN,
    CHOSEN_EDGE,
    CHOSEN_PATTERN,
    INK,
    LEGEND_BOTTOM,
    MARGIN,
    PAPER,
    PROBABILITY,
    axis,
    css_rgb,
    figure,
    label_heights,
    probability_axis,
    reference_hover,
    reference_outlines,
    visible,
)
from core.number_text import percent

TOP = 15  # bars shown individually; the rest are summed into "other"
LEAST = 0.005  # a bar under half a percent (T = 1 and as drawn) is folded into "other"
# The least height of the chosen bar, as a share of the axis (~2.5 px): a pick of p = 0 stays visible.
# At 0.03 a hot draw's 1.27 % pick stood at 2.69 %, over the likeliest character's 2.27 %.
STUB = 0.012


def top_bars(
    probs: NDArray[np.float64],
    vocab: Sequence[str],
    other: str,
    top: int = TOP,
    chosen: int | None = None,
    drawn: NDArray[np.float64] | None = None,
    least: float = LEAST,
) -> tuple[list[str], list[float], list[int]]:
    """(labels, probabilities, ids): the ``top`` largest, largest first, then ``chosen`` if it is not
    among them (always its own bar), then "other" (id -1) holding exactly the sum of the rest.

    A character below ``least`` in ``probs`` and in ``drawn`` (the distribution after temperature)
    goes into "other" too: its bar would be invisible and unlabelled, and the shown numbers would not
    add up (the article's u 50 %, m 45 % and "rest 5 %" read as "other 4 %", 1 % on empty bars)."""
    order = [int(i) for i in np.argsort(-probs, kind="stable")]  # ties in vocabulary order
    drawn = probs if drawn is None else drawn
    big = np.maximum(probs, drawn) >= least  # [V]
    head = [i for i in order if big[i]][:top]
    if chosen is not None and chosen not in head:
        head.append(int(chosen))
    shown = set(head)
    rest = [i for i in order if i not in shown]
    labels = [visible(vocab[i]) for i in head]
    values = [float(probs[i]) for i in head]
    if rest:
        labels.append(other)
        values.append(float(probs[rest].sum()))
        head.append(-1)
    return labels, values, head


GAP = " "  # an empty slot before "other" (never a character's label: a space is shown as ␣)


def _bars_axis(title: str, names: list[str], other: bool) -> dict:
    """Every bar named, level, at 13 px: left to itself Plotly names every other bar on a phone, so
    the chosen character could go unnamed. "other", the sum of the rest, stands one empty slot
    apart: that sets it off from the single characters, and its wider label clears theirs."""
    order = [*names[:-1], GAP, names[-1]] if other else names
    return axis(title, type="category", categoryorder="array", categoryarray=order, tickmode="array",
                tickvals=names, tickfont={"size": 13}, tickangle=0)  # fmt: skip


BARGAP = 0.25


def next_char_figure(
    probs_t: NDArray[np.float64],
    probs: NDArray[np.float64],
    vocab: Sequence[str],
    chosen: int | None,
    labels: Mapping[str, str],
) -> go.Figure:
    """Bars of the distribution the next character is drawn from: the top 15, the chosen one always as
    its own bar, "other" as the sum of the rest; the model at T = 1 as the dashed reference outlines
    every page draws (``reference_outlines``).

    The chosen bar is a trace of its own: CHOSEN, dotted (colour is not the only sign), named in the
    legend. (An arrow labelled "chosen" above the bar ran into the axis label whenever the tallest
    bar was picked, which is most steps; bold on its axis label failed on a phone, where Plotly
    shows every other character's label or turns them all on their side.)
    The values are a third trace, invisible bars that only carry the text (see ``written``).
    ``labels``: title, x, y, other, model (the T = 1 reference), drawn (the live trace), chosen.
    """
    # Bars ordered by the model's probabilities: under greedy the drawn-from distribution is all on one bar.
    names, model_values, ids = top_bars(probs, vocab, labels["other"], chosen=chosen, drawn=probs_t)
    values = [float(probs_t[i]) if i >= 0 else 0.0 for i in ids]
    if -1 in ids:  # "other": the drawn-from share of every character without a bar of its own
        shown = set(ids)
        values[-1] = float(probs_t[[i for i in range(len(vocab)) if i not in shown]].sum())
    drawn = {
        "type": "bar",
        "x": names,
        "y": values,
        "name": labels["drawn"],
        "marker": {"color": PROBABILITY},
        "customdata": model_values,  # the T = 1 outlines' values, for the hover (a shape has none)
        "hovertemplate": "%{x}: %{y:.2%}"
        + reference_hover(labels["model"], ":.2%")
        + ("<extra>" + labels["drawn"] + "</extra>"),
    }
    y_axis = probability_axis(labels["y"], max(values + model_values), labels_above=True)
    y_max = y_axis["range"][1]
    k = ids.index(chosen) if chosen is not None else -1  # the chosen bar's slot
    # A pick the temperature gave (almost) nothing, e.g. chosen by hand at T = 0, still shows a
    # sliver, never taller than a likelier bar beside it; the hover gives its true value.
    heights = list(values)
    if k >= 0:
        heights[k] = max(values[k], min([STUB * y_max, *(v for v in values if v > values[k])]))
    # Each value on an invisible bar as tall as ``label_heights`` says: on its own bar, or over a T = 1
    # outline standing just above the bar (T just over 1), where the "%" sat on the dashed line. A bar,
    # not a text layer, so ``uniformtext`` still leaves out a label too wide for a phone's bars.
    written = {
        "type": "bar",
        "x": names,
        "y": label_heights(heights, model_values, y_max),
        # 1.5%, as the step's sentence; under 0.5% only the chosen one's (how unlikely the pick was:
        # a reader looked for the 0.1% of the "i" just drawn and found every bar labelled but it)
        "text": [percent(v) if v >= 0.005 or i == k else "" for i, v in enumerate(values)],
        "textposition": "outside",
        "cliponaxis": False,
        "marker": {"color": "rgba(0,0,0,0)"},
        "name": labels["drawn"],  # what a screen reader says before the values (``alt_text``)
        "hoverinfo": "skip",
        "showlegend": False,
    }
    traces = [drawn]
    if k >= 0:  # drawn over its blue bar, under the T = 1 outline (shapes are drawn above)
        traces.append({
            "type": "bar",
            "x": [names[k]],
            "y": [heights[k]],
            "customdata": [[values[k], model_values[k]]],
            "name": labels["chosen"],
            "marker": {
                "color": CHOSEN,
                "pattern": CHOSEN_PATTERN,
                "line": {"color": CHOSEN_EDGE, "width": 1},
            },
            "hovertemplate": "%{x}: %{customdata[0]:.2%}"
            + reference_hover(labels["model"], ":.2%", "customdata[1]")
            + ("<extra>" + labels["chosen"] + "</extra>"),
        })  # fmt: skip
    return figure(
        [*traces, written],
        labels["title"],
        # On a phone the legend takes three lines under the axis: at 300 px the bars had 80 px of
        # plot, a row of slivers. 360 gives them ~140 and still fits the screen under the text.
        height=360,
        xaxis=_bars_axis(labels["x"], names, other=-1 in ids),
        yaxis=y_axis,
        barmode="overlay",
        bargap=BARGAP,
        shapes=reference_outlines(names, model_values, labels["model"], True, half_width=(1 - BARGAP) / 2),
        # Under the x title whatever its length: at y = -0.3 the Chinese x title ran into it on a phone.
        legend=LEGEND_BOTTOM,
        # Plotly shrinks a label to its bar's width: on a phone, 16 bars gave 5 px text. Too small
        # to read at 10 px, a label is left out; a tap on the bar still gives its value.
        uniformtext={"minsize": 10, "mode": "hide"},
    )


LETTER_ON = {CHOSEN: "#000000", PROBABILITY: "#FFFFFF"}  # a segment's name on its colour
NAMED = 0.03  # a segment of the draw strip at least this wide is named on it
RUN_OPACITY = 0.45  # a run of narrower ones, drawn as one paler segment: "other"
PICK_MIN = 0.012  # of the strip: the drawn character's mark at least this wide (~4 px on a phone)


@dataclass(frozen=True)
class Segment:
    """A piece of the draw strip: these characters' probabilities, from ``start`` on, ``width`` long."""

    ids: tuple[int, ...]
    start: float
    width: float
    run: bool  # narrow characters drawn together, paler and unnamed on the strip ("other" in the hover)


def strip_segments(probs_t: NDArray[np.float64], chosen: int | None) -> list[Segment]:
    """The draw strip's segments in vocabulary order: each character with probability ≥ NAMED (and
    ``chosen``, however narrow) on its own, each run of the narrower ones between them as one.
    Drawn one by one, the article's "rest 5 %" was 60 slivers under 1 px that vanished between
    their borders: the strip seemed to hold u and m only."""
    segments: list[Segment] = []
    start = 0.0
    for i in (int(i) for i in np.flatnonzero(probs_t > 0)):
        width = float(probs_t[i])
        run = width < NAMED and i != chosen
        if run and segments and segments[-1].run:
            last = segments[-1]
            segments[-1] = Segment((*last.ids, i), last.start, last.width + width, True)
        else:
            segments.append(Segment((i,), start, width, run))
        start += width
    return segments


def cdf_figure(
    probs_t: NDArray[np.float64],
    vocab: Sequence[str],
    u: float | None,
    chosen: int | None,
    labels: Mapping[str, str],
) -> go.Figure:
    """The cumulative distribution as one bar from 0 to 1 cut into characters, and where u falls.

    Segments (``strip_segments``) follow vocabulary order: the order ``core.sampling.draw`` adds
    them up in, so the segment under the u line is exactly the character drawn (a character too
    narrow to see joins its neighbours in one paler "other" segment, unless it is the one drawn).
    They are the bars of one trace, side by side on one row (each bar starts at ``base``); a
    segment narrower than NAMED, or a run, has no label: its hover still names it.
    ``labels``: title, x, u, other.
    """
    pieces = strip_segments(probs_t, chosen)
    names = [visible(vocab[p.ids[0]]) if len(p.ids) == 1 else labels["other"] for p in pieces]
    starts, values = [p.start for p in pieces], [p.width for p in pieces]
    colours = [CHOSEN if p.ids == (chosen,) else PROBABILITY for p in pieces]
    segments = {
        "type": "bar",
        "orientation": "h",
        "x": values,
        "y": [""] * len(values),
        "base": starts,
        "marker": {
            "color": colours,
            "opacity": [RUN_OPACITY if p.run else 1 for p in pieces],
            # The drawn character's segment in an ink frame: its amber is 2.3:1 on white
            "line": {
                "color": [INK if c == CHOSEN else PAPER for c in colours],
                "width": [2 if c == CHOSEN else 1 for c in colours],
            },
        },
        "text": [
            name if p.width >= NAMED and not p.run else "" for name, p in zip(names, pieces, strict=True)
        ],
        "textposition": "inside",
        "insidetextanchor": "middle",
        "textangle": 0,  # never on its side: Plotly turned a name that did not fit (a phone)
        # Black on amber (9.3:1; Plotly's own pick, #444, read 4.3:1), white on blue (5.2:1)
        "textfont": {"size": 14, "color": [LETTER_ON[c] for c in colours]},
        # The name comes in as data, never pasted into the template: a "%{x}" character stays text.
        "customdata": [
            [name, start + width] for name, start, width in zip(names, starts, values, strict=True)
        ],
        "hovertemplate": "%{customdata[0]}: %{base:.3f} – %{customdata[1]:.3f}<extra></extra>",
        "showlegend": False,
    }
    traces = [segments]
    picked = next((p for p in pieces if p.ids == (chosen,)), None)
    if picked is not None and picked.width < PICK_MIN:
        # A rare pick (0.1 %) is under 1 px, lost in its border under the u line: an orange mark of
        # PICK_MIN over its true segment (which it contains), named in the hover like the segment.
        start = min(max(picked.start + picked.width / 2 - PICK_MIN / 2, 0.0), 1.0 - PICK_MIN)
        name, end = names[pieces.index(picked)], picked.start + picked.width
        traces.append({
            **segments, "x": [PICK_MIN], "base": [start], "y": [""], "text": [""],
            "marker": {"color": CHOSEN, "line": {"color": INK, "width": 2}},
            "customdata": [[name, picked.start, end]],
            "hovertemplate": "%{customdata[0]}: %{customdata[1]:.3f} – %{customdata[2]:.3f}<extra></extra>",
        })  # fmt: skip
    marks = {}  # no u line before the first draw; u is a value read off the axis: in the axis's ink
    if u is not None:
        u_line = {"type": "line", "xref": "x", "yref": "y domain", "x0": u, "x1": u, "y0": 0, "y1": 1,
                  "line": {"color": INK, "width": 3, "dash": "dot"}}  # fmt: skip
        u_label = {"x": u, "y": 1.0, "yref": "paper", "text": labels["u"].format(u=f"{u:.3f}"),
                   "showarrow": False, "yanchor": "bottom", "font": {"size": 13}}  # fmt: skip
        marks = {"shapes": [u_line], "annotations": [u_label]}
    return figure(
        traces,
        labels["title"],
        height=190,
        xaxis=axis(labels["x"], range=[0, 1], tickformat=".1f", dtick=0.1),
        yaxis=axis(showticklabels=False),
        barmode="overlay",
        margin={**MARGIN, "t": 70},
        **marks,
    )


def _char_html(ch: str) -> str:
    """One character as HTML text: escaped; a new line shown as ↵ and broken, a tab as ⇥."""
    if ch == "\n":
        return "↵<br>"
    return html.escape(visible(ch) if ch == "\t" else ch)


def shaded_text_html(
    prompt: str, chars: Sequence[str], probs: Sequence[float], title: str, css_class: str = "gen-body"
) -> str:
    """Text as HTML: the prompt plain, then each generated character on CHOSEN at alpha = p.

    Each character carries its p as ``--p``; TEXT_CSS turns it into the shade, so the dark theme can
    shade less (see there). ``title`` is the tooltip template ({step}, {char}, {p}). Every character
    and every tooltip goes through ``html.escape``: the prompt is user text and the model writes
    whatever it learned.
    """
    spans = []
    for i, (ch, p) in enumerate(zip(chars, probs, strict=True)):
        tip = html.escape(title.format(step=i + 1, char=visible(ch), p=f"{p:.1%}"), quote=True)
        alpha = min(1.0, max(0.0, float(p)))  # a sure pick solid, a long shot faint
        spans.append(f'<span style="--p:{alpha:.3f}" title="{tip}">{_char_html(ch)}</span>')
    typed = "".join(_char_html(c) for c in prompt)
    return f'<span class="{css_class}"><span class="gen-prompt">{typed}</span>{"".join(spans)}</span>'


# The shade of a generated character: CHOSEN at alpha p. On the dark theme (Streamlit sets
# color-scheme: dark on .stApp, which light-dark() follows) at alpha 0.55·p: a solid orange behind the
# theme's light text has a contrast of 2.2, at 0.55 it has 4.7. Inside @supports: a browser without
# light-dark() would keep a declaration holding var() and drop it only when drawing, with no shade.
_SHADE, _SHADE_DARK = f"rgba({css_rgb(CHOSEN)},var(--p))", f"rgba({css_rgb(CHOSEN)},calc(var(--p)*.55))"
TEXT_CSS = f"""<style>
.gen-text{{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1.05rem;line-height:1.75;
white-space:pre-wrap;overflow-wrap:anywhere}}
.gen-text span[title]{{border-radius:2px;background:{_SHADE}}}
@supports (color:light-dark(#000,#fff)){{
.gen-text span[title]{{background:light-dark({_SHADE},{_SHADE_DARK})}}}}
.gen-fan{{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:0 .9rem}}
.gen-fan .gen-text{{font-size:.92rem;line-height:1.6;white-space:pre}}
.gen-mark{{display:inline-block;width:1.2em;font-weight:bold}}
.gen-window{{height:calc(1.05rem * 1.75 * 4);overflow-y:auto;display:flex;flex-direction:column-reverse;
padding:.25rem .6rem;border:1px solid rgba(128,128,128,.35);border-radius:.5rem}}
.gen-window>.gen-text{{margin-bottom:auto}}
</style>"""


TAIL_CHARS = 3  # of the prompt's last word in a draw's row: "…Du", "…tle" (a longer word overflowed a phone)


def prompt_tail(prompt: str) -> str:
    """What a short row shows of the prompt: the end of its last word, after "…" when something
    comes before it."""
    head = prompt.rstrip("\n")
    cut = max(head.rfind(" "), head.rfind("\n"))
    word = prompt[cut + 1 :]
    letters = word.rstrip("\n")
    if len(letters) > TAIL_CHARS:
        return "…" + letters[-TAIL_CHARS:] + word[len(letters) :]
    return prompt if cut < 0 else "…" + word


def fan_html(
    prompt: str,
    samples: Sequence[str],
    samples_p: Sequence[Sequence[float]],
    marks: Sequence[bool],
    title: str,
) -> str:
    """The sampled continuations as a grid of short rows: "✓" on the rows ``marks`` flags (colour is
    never the only sign), the prompt's last word plain, each drawn character shaded by its p. New lines
    show as ↵ without breaking the row. Everything escaped (``shaded_text_html``)."""
    tail = prompt_tail(prompt)
    rows = []
    for text, probs, mark in zip(samples, samples_p, marks, strict=True):
        shown = [visible(c) if c == "\n" else c for c in text]
        body = shaded_text_html(tail, shown, probs, title)
        rows.append(f'<div class="gen-text"><span class="gen-mark">{"✓" if mark else ""}</span>{body}</div>')
    return f'{TEXT_CSS}<div class="gen-fan" data-name="fan">{"".join(rows)}</div>'


def text_html(
    prompt: str, chars: Sequence[str], probs: Sequence[float], title: str, name: str, window: bool = False
) -> str:
    """A whole text, wrapping, with its style: ``shaded_text_html`` in a block named ``data-name``.

    ``window``: in a box four lines high that shows the text's end and scrolls back (the flex column
    runs bottom up, so it opens at the bottom without a script). A text that grows under buttons'
    feet would push them down a line at a time, away from the pointer pressing them.
    """
    body = shaded_text_html(prompt, chars, probs, title)
    block = f'<div class="gen-text" data-name="{html.escape(name)}">{body}</div>'
    return TEXT_CSS + (f'<div class="gen-window">{block}</div>' if window else block)
