"""The compare page's views of the next character: what top-k, top-p and min-p cut from one
distribution, and many dice drawn from it. The filters are ``core.filters``'s; this module shows them."""

from __future__ import annotations

import numpy as np
import streamlit as st

from core.charts.compare import dice_chart, filter_chart
from core.charts.style import visible
from core.decoding import Model, next_logprobs, sample
from core.filters import FilterSettings, filtered_probs, removed_by_filter
from core.number_text import percent
from ui.charts import show_chart
from ui.i18n import tr
from ui.markdown import md_literal

DRAW_COUNTS = (100, 1000)
# A spot in a rhyme where the model has real choices (w 25%, p 19%, s 11%, ...): after the default
# prompt "Humpty Du" it is 97.5% sure of "m", and a filter has nothing visible to cut.
OPEN_CONTEXT = "Humpty Dumpty sat on a "
SURE = 0.9  # top probability above which the page suggests the open spot


def context_picker(prompt: str) -> str:
    """Where the filter and dice views look: after OPEN_CONTEXT (first: after the default prompt a
    reader saw one bar and 100 identical draws, and neither section showed its point) or the prompt."""
    where = st.segmented_control(
        tr("compare.where"),
        ("prompt", "open"),
        default="open",
        required=True,  # a second click (or Enter) on the chosen option keeps it: one is always chosen
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
        "x_title_some": tr("compare.filters.x.some"),  # {shown} and {n}: filled in by the chart
        "y_title": tr("compare.filters.y"),
    }
    if temperature == 0:  # before the chart, whose title says T = 1 while the slider above says 0
        st.info(tr("compare.filters.t0"), icon=":material/lightbulb:")
    if before.max() > SURE:  # said before the chart: a single bar is what the reader will see first
        top = int(before.argmax())
        p = before[top]
        char, p_top = visible(model.vocab[top]), percent(p, never_all=True)  # T > 0 here
        # Why so sure: the spot (sure at T = 1 too: pick the other), a cold T (not sure at T = 1: raise
        # it; the other spot is as cold), or both. At T = 0.079 both spots had sent the reader to the other.
        spot = filtered_probs(z, FilterSettings(temperature=1.0)).max() > SURE
        cold = t_filters < 1
        if spot and cold:
            key = "compare.filters.sure.both"
        elif cold:
            key = "compare.filters.sure.cold"
        else:  # T ≥ 1: sure now means sure at T = 1 (a hotter T only flattens)
            key = "compare.filters.sure"
        note = tr(key, char=md_literal(char), p=p_top, t=f"{t_filters:g}")
        st.info(note, icon=":material/lightbulb:")
    fig = filter_chart(model.vocab, before, after, removed, texts)
    show_chart(fig, "compare_filters_chart")
    in_play = int((before > 0).sum())
    kept = int((after > 0).sum())
    summary = "compare.filters.summary.single" if kept == 1 else "compare.filters.summary"
    if kept == in_play:  # nothing removed: nothing is scaled up either
        summary = "compare.filters.summary.all"
    notes = [tr(summary, kept=kept, n=in_play)]
    values = {"top_k": {"k": top_k}, "top_p": {"p": f"{top_p:g}"}, "min_p": {"m": f"{min_p:g}"}}
    earlier = False  # has a filter before this one removed anything ("removes 3 more" needs one)
    after_top_k = in_play - int(masks["top_k"].sum()) if "top_k" in masks else in_play
    ties = after_top_k > top_k  # more than k stay: the ones tied with the k-th (as in transformers)
    for name, mask in masks.items():
        if name == "min_p" and min_p == 0:  # "every character has at least 0 × the top": it is off
            notes.append(tr("compare.filters.off.min_p"))
        elif mask.any():
            first = not earlier and name != "top_k"
            key = f"compare.filters.removes.{name}.first" if first else f"compare.filters.removes.{name}"
            notes.append(tr(key, n=int(mask.sum()), **values[name]))
            earlier = True
        elif not (name == "top_k" and ties):  # there "k is at least the number in play" would be false
            notes.append(tr(f"compare.filters.no_effect.{name}", **values[name]))
        if name == "top_k" and ties:
            notes.append(tr("compare.filters.ties", kept=after_top_k, k=top_k))
    st.markdown("\n".join("- " + md_literal(n) for n in notes))


@st.cache_data(max_entries=64, show_spinner=False)
def dice_counts(
    _model: Model, model_key: tuple, prompt: str, n: int, temperature: float, seed: int, roll: int
):
    """How many of ``n`` draws of the next character gave each character: [V], seeded by (seed, roll).

    Drawn by ``core.decoding.sample`` (the app's one draw rule) as ``n`` continuations of one character.
    """
    drawn = sample(_model, prompt, n, 1, FilterSettings(temperature=temperature), (seed, roll))
    return np.bincount(drawn.ids[:, 0], minlength=len(_model.vocab))


def show_dice(model: Model, model_key: tuple, prompt: str, temperature: float, seed: int) -> None:
    """Many dice at once: the histogram of draws beside the softmax it converges to."""
    cols = st.columns([1, 1, 3], vertical_alignment="bottom")
    with cols[0]:  # inside the column, so a bad link value's notice sits right above the control
        n = st.segmented_control(
            tr("compare.dice.n"),
            DRAW_COUNTS,
            default=DRAW_COUNTS[0],
            required=True,
            format_func=lambda v: f"{v:,}",
            key="compare_draws",
            bind="query-params",
        )
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
        "x_title_some": tr("compare.dice.x.some"),  # {shown} and {n}: filled in by the chart
        "y_title": tr("compare.dice.y"),
    }
    fig = dice_chart(model.vocab, probs, counts, texts)
    show_chart(fig, "compare_dice_chart")
