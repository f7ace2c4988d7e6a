"""The Monte Carlo's cost model and its turn in the server's job pool (ui/jobs.py), for the compare page.

Cost: the run samples N continuations of L characters for each of five sampling strategies and
counts their words in Python; greedy and beam search are decoded once whatever N is
(``core.textstats.strategy_stats``). Measured on this 2-core machine (docs/DEPLOY.md): N 10,000 ×
400 characters took 20 s of CPU and peaked at 424 MiB; the time grows with N × L. So N × L is
capped at ``MAX_CHARACTERS`` (``MAX_CHARACTERS_NEURAL`` for the network, which the
page's shared model panel names in session state): the largest allowed run takes a few seconds, and at most
``ui.jobs.SLOTS`` runs go at once for the whole server; the others wait their turn.

Use in the page::

    with monte_carlo_turn(run, n, length) as go:
        if go:
            ...  # the run; the slot is held only inside this block
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from ui.i18n import tr
from ui.jobs import job_slot
from ui.model_settings import CHOICE_KEY, NEURAL

MAX_CHARACTERS = 500_000  # N × length per strategy: 5 × 500,000 sampled characters, ~4.6 s of CPU
# The network computes every step of every sample (no table to walk): 100,000 characters per
# strategy cost 7.6 s of CPU, so its limit is ten times lower.
MAX_CHARACTERS_NEURAL = 50_000
QUEUED_KEY = "compare_mc_queued"  # session: this visitor's run waits for a slot (asked again each second)


def budget() -> int:
    """Characters per strategy allowed for the model chosen in the shared panel."""
    return MAX_CHARACTERS_NEURAL if st.session_state.get(CHOICE_KEY) == NEURAL else MAX_CHARACTERS


def budget_error(n: int, length: int) -> str | None:
    """The translated reason a run is too large (N × length over the budget), or None."""
    limit = budget()
    if n * length <= limit:
        return None
    return tr(
        "mcjob.too_large",
        n=f"{n:,}",
        length=length,
        total=f"{n * length:,}",
        budget=f"{limit:,}",
        max_n=f"{limit // length:,}",
    )


@contextmanager
def monte_carlo_turn(run: bool, n: int, length: int) -> Iterator[bool]:
    """Yield True when the run may start now (a slot held until the block ends), else False.

    Says the limit and why; settings over the budget get a translated message at once, before any
    Run (the page disables Run for them: choosing the network made the default N a refusal only
    after a press); a visitor behind a full pool sees their place in the queue, and the page asks
    again every second until their turn (the request is remembered across those reruns).
    """
    st.caption(tr("mcjob.limit", budget=f"{budget():,}"))
    error = budget_error(n, length)
    if error is not None:
        st.session_state[QUEUED_KEY] = False
        st.error(error, icon=":material/speed:")
        yield False
        return
    if not (run or st.session_state.get(QUEUED_KEY)):
        yield False
        return
    with job_slot(wait=1.0, queued_key=QUEUED_KEY) as admitted:
        yield admitted
    if st.session_state.get(QUEUED_KEY):
        st.rerun()  # still queued: ask again (job_slot waited a second for a free slot)
