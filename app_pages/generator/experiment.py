"""The article's Humpty Du experiment on the first screen: greedy's one line next to 20 seeded draws,
and the calm notes on the article's numbers, its "backtrack" and the chatbot. Maths: core.article_example."""

from __future__ import annotations

import streamlit as st

from core.article_example import (
    ARTICLE_PROMPT,
    TARGET_WORD,
    Fan,
    after_slip,
    article_distribution,
    completes_word,
    could_complete,
    letter_after,
    next_letter,
)
from core.charts.generator import fan_html, text_html
from core.charts.style import visible
from core.generation import Model
from core.temperature import format_temperature
from ui.i18n import tr
from ui.markdown import md_literal

IDEA = ":material/lightbulb:"


def show_fan(result: Fan, temperature: float, seed: int, article: bool) -> None:
    """Greedy's line, how many draws took the next letter of "Dumpty" (the article's 45 %) and how
    many then wrote it, and the draws themselves. ``article``: the article's numbers are on; the
    caption then says they give only the letter after "Humpty Du" (a reader took the whole text for
    theirs)."""
    hover = tr("generator.text.hover")
    st.markdown(tr("generator.greedy.title"))
    st.html(text_html(result.prompt, list(result.greedy), result.greedy_p, hover, "greedy"))
    values = {"t": format_temperature(temperature), "seed": seed, "n": len(result.samples)}
    if could_complete(result.prompt):
        k, letter = result.drew_next(), letter_after(result.prompt)
        share = f"{k / len(result.samples):.0%}"
        st.markdown(tr("generator.fan.title", k=k, letter=letter, share=share, w=result.wrote(), **values))
        marks = [completes_word(result.prompt, s) for s in result.samples]
    else:
        st.markdown(tr("generator.fan.title.other", **values))
        marks = [False] * len(result.samples)
    st.html(fan_html(result.prompt, result.samples, result.samples_p, marks, hover))
    notes = [tr("generator.fan.key") if any(marks) else tr("generator.fan.shade")]
    if article and result.prompt.endswith(ARTICLE_PROMPT):
        notes.append(tr("generator.fan.article", prompt=md_literal(ARTICLE_PROMPT)))
    st.caption(" ".join(notes))


def scores_toggle() -> bool:
    """The article calls its probabilities scores: a note, and a toggle that feeds them to softmax."""
    with st.container(border=True):
        st.markdown(tr("generator.scores.note"))
        on = st.toggle(tr("generator.scores.toggle"), key="generator_as_scores", bind="query-params")
        if on:
            u, m, rest = (f"{p:.1%}" for p in article_distribution(as_scores=True))
            st.info(tr("generator.scores.on", u=u, m=m, rest=rest), icon=IDEA)
    return bool(on)


def _tail(prompt: str, chars: int = 20) -> str:
    """The prompt's end, as a note quotes it (Markdown-literal, a line break as ↵)."""
    end = prompt if len(prompt) <= chars else "…" + prompt[-(chars - 1) :]
    return md_literal(end.replace("\n", " ↵ "))


def show_notes(model: Model, result: Fan, kind: str, prompt: str, temperature: float) -> None:
    """The article's "backtrack" (what really follows "Duu"), the trained model's share, the chatbot."""
    if kind == "article":
        if not prompt.endswith(ARTICLE_PROMPT):  # the article's numbers are for one place only
            tail = _tail(prompt)
            st.info(tr("generator.article.elsewhere", prompt=ARTICLE_PROMPT, tail=tail), icon=IDEA)
        elif result.greedy[:1] == "u":
            slip = after_slip(model, prompt + "u")
            top = tr("generator.list.sep").join(f"“{md_literal(visible(c))}” {p:.1%}" for c, p in slip.top)
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
    elif could_complete(prompt) and result.samples:
        letter, p = next_letter(model, prompt)
        greedy = "yes" if completes_word(prompt, result.greedy) else "no"
        note = tr(
            "generator.trained.note",
            tail=_tail(prompt),
            letter=letter,
            p=f"{p:.0%}",
            greedy=tr(f"generator.trained.greedy.{greedy}", word=TARGET_WORD),
            t=format_temperature(temperature),
            share=f"{result.share():.0%}",
            word=TARGET_WORD,
        )
        st.info(note, icon=IDEA)
    st.info(tr("generator.chatbot"), icon=IDEA)
