"""Watch it learn: a tiny neural network trained on the rhymes in the visitor's session (issue 17).

Start trains chunk by chunk in a fragment that reruns on a timer while training; Stop keeps what
was learned and Continue goes on from there; Start over goes back to the seed's random weights.
Each chunk takes a slot of the server's job pool (``ui.jobs``), so a crowd takes turns.
"""

from __future__ import annotations

import streamlit as st

from app_pages.learn import training
from app_pages.learn.views import live, step_count
from ui.i18n import tr
from ui.share import share_link
from ui.start_stop import start_stop_button

TICK = 0.5  # seconds: the timer asks for the next chunk; asks made while one runs are merged

st.title(tr("nav.learn"), anchor=False)
st.markdown(tr("learn.intro"))
setup = training.get_setup()
run = training.current_run()
playing = training.running() and not run.done
with st.container(horizontal=True, vertical_alignment="center"):
    start_stop_button(
        playing,
        ("learn_start", "learn_stop"),
        (tr("learn.continue" if run.step > 0 else "learn.start"), tr("learn.stop")),
        training.set_running,
        start_disabled=run.done,
        primary=True,
    )
    st.button(
        tr("learn.restart"),
        key="learn_restart",
        icon=":material/restart_alt:",
        disabled=run.step == 0 and not playing,
        on_click=training.restart,
        help=tr("learn.restart.help"),
    )

if 0 < run.step and not playing and not run.done:
    # Said here, not as the button's tooltip: that stayed up under the pointer, over the intro, for a
    # whole run after the click on Start.
    st.caption(tr("learn.toggle.help"))
st.fragment(live, run_every=TICK if playing else None)(setup)

with st.expander(tr("learn.network.title")):
    c, s = setup.config, setup.settings
    values = {"context": c.context, "embed": c.embed, "hidden": c.hidden, "v": c.vocab_size}
    st.write(tr("learn.network.body", **values, batch=s.batch, total=step_count(s.steps)))
share_link()
