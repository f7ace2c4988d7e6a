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


# ---------------------------------------------------------------------------- the compare page's Monte Carlo
import threading  # noqa: E402

import pytest  # noqa: E402

from app_pages.compare.jobs import MAX_CHARACTERS, QUEUED_KEY  # noqa: E402
from tests.apptest import open_link  # noqa: E402
from ui.jobs import POOL  # noqa: E402


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_monte_carlo_over_the_cost_limit_is_refused_with_the_limit_and_the_largest_n(lang):
    at = open_link("compare", lang, timeout=120, compare_n="10000", compare_length="400")
    message = t("mcjob.too_large", lang, n="10,000", length=400, total="4,000,000",
                budget=f"{MAX_CHARACTERS:,}", max_n=f"{MAX_CHARACTERS // 400:,}")  # fmt: skip
    # said before Run is pressed, which cannot be: not a button that answers "no" once pressed
    assert message in [e.value for e in at.error] and at.button(key="compare_run").disabled
    at.session_state[QUEUED_KEY] = True  # a run asked for (a forged press, or queued before): refused
    at.run()
    assert message in [e.value for e in at.error] and at.session_state[QUEUED_KEY] is False
    assert "compare_mc_results" not in at.session_state and POOL.running() == 0


def test_a_monte_carlo_behind_a_full_pool_waits_its_turn_and_runs_when_a_slot_frees():
    others = [POOL.acquire(f"other visitor {i}").slot for i in range(POOL.slots)]
    assert all(others)
    timer = threading.Timer(2.5, lambda: [s.release() for s in others])
    at = open_link("compare", "en", timeout=120, compare_n="50", compare_length="40")
    timer.start()  # the page asks again every second; the slots free after 2.5 s
    at.button(key="compare_run").click().run(timeout=120)
    timer.join()
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["compare_mc_results"]["n"] == 50  # it ran once its turn came
    assert at.session_state[QUEUED_KEY] is False and POOL.running() == 0


def test_the_neural_networks_monte_carlo_has_a_lower_limit():
    from app_pages.compare.jobs import MAX_CHARACTERS_NEURAL

    at = open_link("compare", "en", timeout=120)  # the default N 1,000 × 100 fits the count models
    assert not at.error and not at.button(key="compare_run").disabled
    at.radio(key="model_choice").set_value("mlp").run()  # ... not the network's: said at once
    message = t("mcjob.too_large", "en", n="1,000", length=100, total="100,000",
                budget=f"{MAX_CHARACTERS_NEURAL:,}", max_n=f"{MAX_CHARACTERS_NEURAL // 100:,}")  # fmt: skip
    assert message in [e.value for e in at.error] and at.button(key="compare_run").disabled
    assert t("compare.mc.idle", "en") not in [i.value for i in at.info]  # no "press Run" under it
    assert "compare_mc_results" not in at.session_state
    at.text_input(key="compare_n").set_value("500").run()  # the largest N the message names
    assert not at.error and not at.button(key="compare_run").disabled
    assert t("compare.mc.idle", "en") in [i.value for i in at.info]
