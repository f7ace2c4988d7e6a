"""The slot pool: never more than ``slots`` jobs, first come first served, one per visitor."""

from __future__ import annotations

import threading

import pytest

from core.jobs import SlotPool


class Clock:
    """A hand-moved clock, so places in the queue expire without sleeping."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_two_slots_admit_two_visitors_and_queue_the_third_with_its_place():
    pool = SlotPool(2)
    a, b = pool.acquire("a"), pool.acquire("b")
    c, d = pool.acquire("c"), pool.acquire("d")
    assert (a.admitted, b.admitted, c.admitted, d.admitted) == (True, True, False, False)
    assert (c.position, d.position) == (1, 2)
    assert pool.running() == 2


def test_a_visitor_with_a_running_job_cannot_start_a_second_one():
    pool = SlotPool(2)
    first = pool.acquire("a")
    again = pool.acquire("a")
    assert first.admitted and not again.admitted
    assert again.own_job_running and again.position == 0
    assert pool.running() == 1


def test_a_released_slot_goes_to_the_first_in_line_not_a_newcomer():
    pool = SlotPool(1)
    held = pool.acquire("a").slot
    assert pool.acquire("b").position == 1
    held.release()
    assert pool.acquire("newcomer").position == 2  # b is still first
    assert pool.acquire("b").admitted


def test_the_slot_is_returned_when_the_job_raises_as_streamlits_stop_does():
    class StopException(Exception):  # what st.stop / the Stop button raise in the script thread
        pass

    pool = SlotPool(1)
    with pytest.raises(StopException):
        with pool.acquire("a").slot:
            raise StopException
    assert pool.running() == 0
    assert pool.acquire("b").admitted


def test_releasing_twice_frees_one_slot_only():
    pool = SlotPool(2)
    slot = pool.acquire("a").slot
    pool.acquire("b")
    slot.release()
    slot.release()
    assert pool.running() == 1


def test_a_queued_visitor_who_stops_asking_loses_their_place():
    clock = Clock()
    pool = SlotPool(1, stale_after=10, clock=clock)
    pool.acquire("a")
    assert pool.acquire("gone").position == 1
    assert pool.acquire("waiting").position == 2
    clock.now = 6
    pool.acquire("waiting")  # still asking
    clock.now = 12
    assert pool.position("gone") == 0
    assert pool.position("waiting") == 1


def test_a_waiting_acquire_gets_the_slot_freed_during_its_timeout():
    pool = SlotPool(1)
    held = pool.acquire("a").slot
    got: list[bool] = []
    waiter = threading.Thread(target=lambda: got.append(pool.acquire("b", timeout=30).admitted))
    waiter.start()
    while pool.position("b") != 1:  # b is waiting inside acquire
        threading.Event().wait(0.01)
    held.release()
    waiter.join(timeout=30)
    assert got == [True]


def test_many_threads_never_run_more_jobs_than_slots_and_all_finish():
    pool = SlotPool(2)
    lock = threading.Lock()
    running, peak, done = [0], [0], []
    pairs = threading.Barrier(2, timeout=30)  # two jobs must be inside at once, or this breaks

    def visitor(name: int) -> None:
        while True:
            admission = pool.acquire(name, timeout=0.05)
            if admission.admitted:
                break
        with admission.slot:
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            pairs.wait()
            with lock:
                running[0] -= 1
        done.append(name)

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(done) == list(range(16))
    assert peak[0] == 2
    assert pool.running() == 0 and pool.waiting() == 0


def test_a_pool_needs_at_least_one_slot():
    with pytest.raises(ValueError, match="at least 1"):
        SlotPool(0)
