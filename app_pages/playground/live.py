"""The temperature page's first screen: the slider and the bars, rerun on their own (a fragment).

Moving the slider reruns only this fragment, so the bars follow at once. The "go deeper" view
below is drawn by the full run; when it shows something that depends on T, a slider move
reruns the whole page after the bars are drawn, so nothing on the page is left at the old T.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.playground.views import DEEP_T
from core.charts.playground import probabilities_figure
from core.softmax import above_zero, softmax
from core.temperature import format_temperature
from ui.charts import show_chart
from ui.i18n import sentences, tr
from ui.widgets import temperature_slider

TEMPERATURE = "playground_temperature"  # the slider's key; a preset and the guess set it too
CHART = "playground_probs"


@st.fragment
def slider_and_bars(labels: tuple[str, ...], z: np.ndarray) -> None:
    """The temperature slider, then the bars at that T with the T = 1 outline behind."""
    temperature = temperature_slider(TEMPERATURE)
    shown = format_temperature(temperature)
    fig = probabilities_figure(
        labels,
        softmax(z, temperature),
        softmax(z, 1.0),
        {"title": tr("playground.chart.probs", t=shown), "current": tr("playground.chart.current", t=shown),
         "reference": tr("playground.chart.reference")},
        positive=above_zero(z, temperature),  # 40 and 0 at T = 0.05: "<0.1%", not "0.0%" under "100.0%"
    )  # fmt: skip
    show_chart(fig, CHART)
    notes = [tr("playground.chart.caption")]
    if temperature == 0:
        notes.append(tr("playground.chart.greedy"))
    st.caption(sentences(notes))
    drawn_at = st.session_state.get(DEEP_T)  # None in a full run: the page reset it before this
    if drawn_at is not None and drawn_at != temperature:
        st.rerun()  # a fragment run after a slider move: bring the open deeper view to this T
