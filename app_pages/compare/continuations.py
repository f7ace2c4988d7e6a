"""The compare page's continuations as text: the first screen's greedy line and samples, and the fan of
samples at two temperatures. Decoding itself is ``core.decoding``'s; this module caches and shows it."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from core.charts.samples import Group, Line, samples_html
from core.charts.style import visible
from core.decoding import Model, greedy, sample
from core.filters import FilterSettings
from core.textstats import Loop, find_loops
from ui.i18n import sentences, tr
from ui.markdown import md_literal

FAN_TEMPERATURES = (0.5, 1.2)  # a cautious and an adventurous temperature, side by side
FAN_LINES = 8
FAN_LENGTH = 60  # characters per fan line at most: short enough to compare 16 lines at a glance
MADE_UP_FROM = 0.9  # from here up a small model's draws invent words often enough to need a word of why


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
        result = sample(_model, prompt, k, length, filters, seed)
    texts = tuple(result.texts(_model))
    return Decoded(texts, tuple(map(float, result.total_logprob)), tuple(find_loops(texts)))


def lines(prompt: str, result: Decoded) -> tuple[Line, ...]:
    """Each continuation with its prompt and loop start, ready for ``samples_html``."""
    return tuple(
        Line(prompt, text, None if loop is None else loop.start)
        for text, loop in zip(result.texts, result.loops, strict=True)
    )


def show_samples(
    prompt: str, greedy_result: Decoded, sampled: Decoded | None, temperature: float, seed: int
) -> None:
    """The first screen's text: greedy's one line, then the sampled lines (none at T = 0: they would all
    be greedy's line again), whole and wrapping, prompt included. Their heading names the seed, as
    the generator's does: its box is far below, with the Monte Carlo's settings."""
    groups = [Group(tr("compare.greedy.title"), lines(prompt, greedy_result))]
    if sampled is not None and temperature > 0:
        title = tr("compare.samples.title", n=len(sampled.texts), t=f"{temperature:g}", seed=seed)
        groups.append(Group(title, lines(prompt, sampled)))
    st.html(samples_html(groups))
    notes = [tr("compare.samples.model"), tr("compare.samples.caption")]
    if temperature == 0:
        notes.append(tr("compare.samples.t0"))
    elif temperature >= MADE_UP_FROM:
        notes.append(tr("compare.samples.made_up"))
    loop = greedy_result.loops[0]
    if loop is not None:
        notes.append(tr("compare.greedy.loop", unit=visible(loop.unit), start=loop.first_char))
        if " " in loop.unit:  # the quote shows it as ␣ ("Dumpty␣"), which the samples never use
            notes.append(tr("compare.greedy.loop.space"))
    st.caption(sentences([md_literal(n) for n in notes]))


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
