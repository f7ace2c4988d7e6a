"""The article's Humpty Du experiment on the first screen: greedy's one line next to 20 seeded draws,
and the calm notes on the article's numbers and its "backtrack". Maths: core.article_example."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from core.article_example import (
    ARTICLE_PROMPT,
    TARGET_WORD,
    Fan,
    after_slip,
    article_distribution,
    article_shares,
    at_article,
    completes_word,
    could_complete,
    letter_after,
    next_letter,
)
from core.charts.generator import fan_html, text_html
from core.charts.style import visible
from core.generation import Model
from core.number_text import percent
from core.temperature import format_temperature
from ui.i18n import sentences, tr
from ui.markdown import md_literal

IDEA = ":material/lightbulb:"


def show_fan(
    result: Fan, temperature: float, seed: int, article: bool, heat: HeatShares | None = None
) -> None:
    """Greedy's line, how many draws took the next letter of "Dumpty" beside how many take it on
    average (the article's 45 %: 9 of 20; seed 0 draws 6, which alone read as a contradiction of
    "almost half the time"), how many then wrote it, and the draws themselves. ``article``: the
    article's numbers are on; the caption then says they give only the letter after "Humpty Du" (a
    reader took the whole text for theirs). ``heat``: what the draws use after "Humpty Du" at a
    temperature other than 1, said under the draws (at T = 10 "0 of 20 drew m" read as a
    contradiction of "hotter, more varied"; said between the count and the draws, it pushed the
    draws below a phone's first screen)."""
    hover = tr("generator.text.hover")
    st.markdown(tr("generator.greedy.title"))
    st.html(text_html(result.prompt, list(result.greedy), result.greedy_p, hover, "greedy"))
    values = {"t": format_temperature(temperature), "seed": seed, "n": len(result.samples)}
    # At T = 0 drawing is always taking the top: said so, not a row of "0%, at 0%, about 0" over 20
    # copies of greedy's line under a heading that promises exploring (a reviewer read it as broken).
    cold = temperature == 0
    if could_complete(result.prompt):
        k, letter = result.drew_next(), letter_after(result.prompt)
        share = f"{k / len(result.samples):.0%}"
        expected = result.expected_next()  # "about 0.4 on average", not "about 0", when one in 20 may take it
        chance = {"p": f"{result.next_p:.0%}", "expected": f"{expected:.{1 if 0 < expected < 1 else 0}f}"}
        st.markdown(
            tr(
                "generator.fan.title.t0" if cold else "generator.fan.title",
                k=k,
                letter=letter,
                share=share,
                w=result.wrote(),
                **chance,
                **values,
            )
        )
        marks = [completes_word(result.prompt, s) for s in result.samples]
    else:
        st.markdown(tr("generator.fan.title.other.t0" if cold else "generator.fan.title.other", **values))
        marks = [False] * len(result.samples)
    st.html(fan_html(result.prompt, result.samples, result.samples_p, marks, hover))
    if heat is not None and at_article(result.prompt):  # "…Du": the count above is there
        st.caption(heat_note(heat, values["t"]))
    notes = [tr("generator.fan.key") if any(marks) else tr("generator.fan.shade")]
    if 0 < result.next_p < 1:  # NaN: no word to go on to; 0 or 1 (T = 0): every seed draws the same
        notes.insert(0, tr("generator.fan.few", n=len(result.samples), letter=letter_after(result.prompt)))
    if article and at_article(result.prompt):
        notes.append(tr("generator.fan.article", prompt=md_literal(ARTICLE_PROMPT)))
    st.caption(" ".join(notes))


@dataclass(frozen=True)
class HeatShares:
    """(u, m, the rest together) after "Humpty Du" at the slider's T and at T = 1, and how many
    characters share the rest (``core.article_example.article_shares``)."""

    now: tuple[float, float, float]
    at_one: tuple[float, float, float]
    others: int


def heat_shares(temperature: float, vocab_size: int, as_scores: bool) -> HeatShares | None:
    """The shares ``show_fan`` explains, or None where there is nothing to explain: at T = 1 the
    intro gives them (with ``as_scores``, the scores note), and at T = 0 every draw takes u."""
    if temperature in (0, 1):
        return None
    now = article_shares(temperature, vocab_size, as_scores)
    return HeatShares(now, article_shares(1.0, vocab_size, as_scores), vocab_size - 2)


def heat_note(heat: HeatShares, t: str) -> str:
    """ "At T = 10 the draws use u 2.9%, m 2.9% and the other 61 characters 94.2% together (…)";
    where the rest outweighs u and m, why: many rare characters, evened out by the heat."""
    (u, m, rest), (u1, m1, rest1) = heat.now, heat.at_one
    note = tr("generator.fan.heat", t=t, k=heat.others, u=percent(u), m=percent(m), rest=percent(rest),
              u1=percent(u1), m1=percent(m1), rest1=percent(rest1))  # fmt: skip
    if rest > u + m:
        note += " " + tr("generator.fan.heat.tail", k=heat.others)
    return note


def scores_toggle(temperature: float, at_article: bool) -> bool:
    """The article calls its probabilities scores: a note, and a toggle that feeds them to softmax.

    Switched on, the note gives the flatter shares at T = 1, and what the draws above use only where
    they use the article's numbers (``at_article``: there are draws, and their prompt ends "…Du"):
    at T = 1 these shares, elsewhere the shares ``heat_note`` writes under them. At T = 0.45 the
    switch leaves the others 0.1 % and no draw goes astray, which "more go astray" contradicted."""
    with st.container(border=True):
        st.markdown(tr("generator.scores.note"))
        on = st.toggle(tr("generator.scores.toggle"), key="generator_as_scores", bind="query-params")
        if on:
            u, m, rest = (f"{p:.1%}" for p in article_distribution(as_scores=True))
            notes = [tr("generator.scores.flat", u=u, m=m, rest=rest)]
            if at_article:
                tail = {0: "generator.scores.on.t0", 1: "generator.scores.on.t1"}
                notes.append(
                    tr(tail.get(temperature, "generator.scores.on.t"), t=format_temperature(temperature))
                )
            st.info(sentences(notes), icon=IDEA)
    return bool(on)


def _tail(prompt: str, chars: int = 20) -> str:
    """The prompt's end, as a note quotes it (Markdown-literal, a line break as ↵)."""
    end = prompt if len(prompt) <= chars else "…" + prompt[-(chars - 1) :]
    return md_literal(end.replace("\n", " ↵ "))


def trained_note(model: Model, result: Fan, prompt: str, temperature: float) -> None:
    """Under the trained model's draws: what it gives the next letter of "Dumpty", and why its greedy
    line is not the article's "Duu" that the page's intro, just above, speaks of. Beside the draws,
    not below the seed box: on a phone that is two screens from the line it explains."""
    if not (could_complete(prompt) and result.samples):
        return
    letter, p = next_letter(model, prompt)
    greedy = "yes" if completes_word(prompt, result.greedy) else "no"
    note = tr(
        "generator.trained.note",
        tail=_tail(prompt),
        letter=letter,
        p=percent(p),
        greedy=tr(f"generator.trained.greedy.{greedy}", word=TARGET_WORD),
        t=format_temperature(temperature),
        share=f"{result.share():.0%}",
        word=TARGET_WORD,
    )
    st.info(note, icon=IDEA)


def show_notes(model: Model, result: Fan, kind: str, prompt: str) -> None:
    """The article's "backtrack" (what really follows "Duu"). Its chatbot point is made once, on the
    compare page, under several answers written from one start."""
    if kind == "article":
        if not at_article(prompt):  # the article's numbers are for one place only
            tail = _tail(prompt)
            st.info(tr("generator.article.elsewhere", prompt=ARTICLE_PROMPT, tail=tail), icon=IDEA)
        elif result.greedy[:1] == "u":
            slip = after_slip(model, prompt + "u")
            top = tr("list.sep").join(f"“{md_literal(visible(c))}” {p:.1%}" for c, p in slip.top)
            shown = md_literal((slip.text + slip.greedy).replace("\n", " ↵ "))
            st.info(
                tr(
                    "generator.backtrack",
                    text=md_literal(slip.text),
                    top=top,
                    greedy=shown,
                    compare=tr("nav.compare"),
                ),
                icon=IDEA,
            )
