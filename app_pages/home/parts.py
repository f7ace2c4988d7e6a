"""The home page's three parts: the live miniature, the numbered path, the glossary."""

from __future__ import annotations

import streamlit as st

from core.charts.home import probability_bars
from core.pages import PATH_STEPS
from core.softmax import softmax
from core.worked_example import ARTICLE_SCORES
from ui.charts import show_chart
from ui.i18n import LANG_KEY, lang, tr
from ui.widgets import temperature_slider

OPTIONS = ("A", "B", "C")
GLOSSARY = tuple(
    f"home.glossary.{word}"
    for word in ("option", "score", "greedy", "sampling", "loss", "temperature", "entropy")
)


@st.fragment
def miniature() -> None:
    """The article's scores (2, 1, 0.1) and a temperature slider → the three bars, T = 1 outlined.

    A fragment: moving the slider reruns only this part of the page, so the bars follow quickly.
    """
    temperature = temperature_slider("home_temperature")
    scores = tr("list.sep").join(f"{z:g}" for z in ARTICLE_SCORES)
    fig = probability_bars(
        OPTIONS,
        softmax(ARTICLE_SCORES, temperature),
        {"title": tr("home.mini.title", scores=scores),
         "current": tr("home.mini.current"), "reference": tr("home.mini.reference")},
        reference=softmax(ARTICLE_SCORES, 1.0),
        height=250,
        tiny_digits=False,  # at T = 0.05: "<0.1%" as on the temperature page, not "2.1 × 10⁻⁷%"
    )  # fmt: skip
    show_chart(fig, "home_bars")
    st.caption(tr("home.mini.caption"))


def path() -> None:
    """The pages as numbered steps, in the order of core.pages.PAGES, each with its article tag."""
    st.header(tr("home.path.title"), anchor=False)
    st.caption(tr("home.path.note"))
    for number, spec in enumerate(PATH_STEPS, 1):
        tag = tr("home.step.tag", sections=tr("home.article.join").join(spec.article))
        with st.container(gap=None):
            st.page_link(  # with ?lang=: the next page's address keeps it (a reload too), at no extra step
                spec.script,
                label=f"**{number}. {tr(spec.title_key)}** · {tag}",
                icon=spec.icon,
                query_params={LANG_KEY: lang()},
            )
            st.caption(tr(spec.blurb_key))


def glossary() -> None:
    """Article word → field term, one sentence each (issue 16: the article's words first)."""
    st.header(tr("home.glossary.title"), anchor=False)
    st.markdown(tr("home.glossary.intro"))
    st.markdown("\n".join("- " + tr(key) for key in GLOSSARY))
