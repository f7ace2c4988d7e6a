"""Long jobs take a turn: the process-wide slot pool (core/jobs.py) for Streamlit pages.

Use around any long job (a Monte Carlo run, a network's training)::

    from ui.jobs import job_slot

    @st.fragment(run_every=1.0 if st.session_state.get("compare_mc_queued") else None)
    def run_part():
        with job_slot(queued_key="compare_mc_queued") as admitted:
            if admitted:
                result = expensive_job(...)   # the slot is held only inside this block
            # not admitted: job_slot has drawn "queued, number n" (or "your run is going"),
            # and the fragment asks again in a second

The slot is returned when the block ends: normally, by an exception, or by Streamlit's Stop
(it raises ``StopException`` inside the script thread at the next ``st`` call, and the ``with``
block's exit runs). A job that makes no ``st`` call for a long time holds its slot to the end even
after its visitor has left, so split long work into chunks with a progress update between them.
A visitor who leaves while queued loses their place after ``STALE_AFTER`` seconds unasked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from core.jobs import SlotPool
from ui.i18n import tr

SLOTS = 2  # long jobs at once for the whole server: this machine has 2 cores for everyone
STALE_AFTER = 10.0  # seconds: a queued visitor who has not asked again for this long has left
POOL = SlotPool(SLOTS, stale_after=STALE_AFTER)  # one per process, shared by every session


def session_owner() -> str:
    """The visitor's identity for the pool: their session id (one job per browser tab)."""
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


@contextmanager
def job_slot(wait: float = 0.5, queued_key: str | None = None, pool: SlotPool = POOL) -> Iterator[bool]:
    """Yield True while holding a slot (released on exit, however the block ends), else False.

    Waits at most ``wait`` seconds. When not admitted, draws a translated notice: the visitor's
    place in the queue, or that their own run is still going. ``queued_key``, if given, is set in
    session state to whether the visitor is waiting, so the page can poll (``run_every``) only then.
    """
    admission = pool.acquire(session_owner(), timeout=wait)
    if queued_key is not None:
        st.session_state[queued_key] = admission.position > 0
    if admission.slot is None:
        if admission.own_job_running:
            st.info(tr("jobs.own_running"), icon=":material/hourglass_top:")
        else:
            st.info(tr("jobs.queued", position=admission.position), icon=":material/hourglass_top:")
        yield False
        return
    with admission.slot:
        yield True
