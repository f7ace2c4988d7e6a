"""How softmax works (article section 03): three scores → eᶻ → their sum → each share."""

import streamlit as st

from app_pages.formula.sections import (
    OPTIONS,
    checks,
    code,
    scores_row,
    stable,
    why_gaps,
    why_rest,
    worked_table,
)
from core.charts.home import probability_bars
from core.pages import PAGES
from core.worked_example import worked_example
from ui.charts import show_chart
from ui.i18n import tr
from ui.share import share_link
from ui.widgets import rerun_expander

CODE = "formula_code"  # the "the real code" section (open or closed)
SPEC = next(p for p in PAGES if p.name == "formula")

st.title(tr("nav.formula"), anchor=False)
st.caption(tr("home.article", sections=tr("home.article.join").join(SPEC.article)))
st.markdown(tr("formula.intro"))
z = scores_row()
example = worked_example(z)
left, right = st.columns([3, 2], gap="medium")
with left:
    worked_table(example)
with right:  # on a phone this comes under the table: the result stays on the first screen
    st.latex(r"p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}")
    st.caption(tr("formula.caption"))
    fig = probability_bars(
        OPTIONS,
        example.p,
        {
            "title": tr("formula.chart.title"),
            "current": tr("formula.chart.current"),
        },
        height=240,
    )
    show_chart(fig, "formula_bars")
checks(z, example.p)

st.header(tr("formula.why.title"), anchor=False)
st.markdown(tr("formula.why.intro"))
why_gaps()
why_rest()

with st.expander(tr("formula.stable.title"), icon=":material/calculate:"):
    stable(z)
# Drawn only while open: a code block loads the browser's code highlighter (~1.5 MB of JavaScript),
# which made a first visit to this page ~265 ms slower to show its chart (README, browser section).
with rerun_expander(tr("formula.code.title"), CODE, icon=":material/code:") as code_section:
    if code_section.open:
        code()
share_link()
