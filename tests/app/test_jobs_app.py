"""ui.jobs.job_slot in a real script run: queued notice, release on finish, on an error and on st.stop()."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from core.i18n import t
from core.jobs import SlotPool


def script(pool, action: str) -> None:
    import streamlit as st

    from ui.jobs import job_slot

    with job_slot(wait=0, queued_key="test_queued", pool=pool) as admitted:
        if admitted:
            st.write(f"running; slots in use: {pool.running()}")
            if action == "raise":
                raise RuntimeError("the job failed")
            if action == "stop":
                st.stop()


def run(pool: SlotPool, action: str = "finish") -> AppTest:
    at = AppTest.from_function(script, args=(pool, action), default_timeout=30)
    return at.run()


def test_a_visitor_behind_a_full_pool_is_told_their_place_and_runs_once_a_slot_frees():
    pool = SlotPool(1)
    other = pool.acquire("another visitor").slot
    at = run(pool)
    assert [i.value for i in at.info] == [t("jobs.queued", "en", position=1)]
    assert at.session_state["test_queued"] is True
    assert not at.markdown
    other.release()
    at.run()
    assert [m.value for m in at.markdown] == ["running; slots in use: 1"]
    assert at.session_state["test_queued"] is False
    assert pool.running() == 0  # returned when the block ended


def test_the_slot_is_returned_when_the_job_raises():
    pool = SlotPool(1)
    at = run(pool, "raise")
    assert at.exception
    assert pool.running() == 0


def test_the_slot_is_returned_when_the_script_is_stopped():
    pool = SlotPool(1)
    at = run(pool, "stop")
    assert [m.value for m in at.markdown] == ["running; slots in use: 1"]
    assert not at.exception
    assert pool.running() == 0
