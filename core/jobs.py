"""A fair share of the server for long jobs: a few slots for the whole process, a queue, one job each.

A Monte Carlo run at its largest costs about 20 s of a core and 250 MiB; four at once slowed every
other visitor. So long jobs pass through one ``SlotPool`` per process: at most ``slots`` run at once,
the others wait in arrival order, and a visitor (``owner``: their session id) holds at most one
slot and one place in the queue. Nothing here blocks for long: ``acquire`` waits at most
``timeout`` seconds and otherwise answers with the visitor's place in the queue, so the page can
say "queued, number n" and ask again on its next run (a fragment with ``run_every``).

A place in the queue belongs to a visitor who keeps asking: one not seen for ``stale_after`` seconds
(they left, or stopped the page) is dropped, so a closed tab never blocks the queue. A slot is
returned by ``Slot.release`` (idempotent), which a ``with`` block or ``try/finally`` calls on
normal exit, on an exception and on Streamlit's Stop (it raises inside the script thread).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

Owner = Hashable


@dataclass
class Slot:
    """A running job's right to run; ``release()`` gives it back (once, however often it is called)."""

    owner: Owner
    _pool: SlotPool = field(repr=False)
    _released: bool = field(default=False, repr=False)

    def release(self) -> None:
        self._pool._release(self)

    def __enter__(self) -> Slot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(frozen=True)
class Admission:
    """The answer to ``acquire``: a ``slot`` to run with, or why not (queued at ``position``, or busy)."""

    slot: Slot | None
    position: int = 0  # 1 = next in line; 0 when admitted or refused
    own_job_running: bool = False  # this owner already holds a slot: one job per visitor

    @property
    def admitted(self) -> bool:
        return self.slot is not None


class SlotPool:
    """At most ``slots`` jobs at once, process-wide; first come, first served; one per owner."""

    def __init__(self, slots: int, stale_after: float = 10.0, clock: Callable[[], float] = time.monotonic):
        if slots < 1:
            raise ValueError(f"slots must be at least 1, got {slots}")
        self.slots = slots
        self.stale_after = stale_after
        self._clock = clock
        self._cond = threading.Condition()
        self._running: dict[Owner, Slot] = {}
        self._queue: dict[Owner, float] = {}  # owner -> last time seen; dicts keep arrival order

    # ------------------------------------------------------------------ asking
    def acquire(self, owner: Owner, timeout: float = 0.0) -> Admission:
        """A slot for ``owner`` if it is their turn within ``timeout`` seconds, else their place in line."""
        deadline = self._clock() + max(0.0, timeout)
        with self._cond:
            if owner in self._running:
                return Admission(None, own_job_running=True)
            self._queue[owner] = self._clock()  # joins at the back, or keeps their place
            while True:
                self._drop_stale()
                self._queue[owner] = self._clock()
                if self._turn(owner):
                    del self._queue[owner]
                    slot = Slot(owner, self)
                    self._running[owner] = slot
                    return Admission(slot)
                remaining = deadline - self._clock()
                if remaining <= 0:
                    return Admission(None, position=self._position(owner))
                self._cond.wait(min(remaining, 0.25))  # wake now and then: stale places expire by time

    # ------------------------------------------------------------------ looking
    def running(self) -> int:
        with self._cond:
            return len(self._running)

    def waiting(self) -> int:
        with self._cond:
            self._drop_stale()
            return len(self._queue)

    def position(self, owner: Owner) -> int:
        """1-based place of ``owner`` in the queue; 0 if not queued."""
        with self._cond:
            self._drop_stale()
            return self._position(owner)

    # ------------------------------------------------------------------ inside the lock
    def _turn(self, owner: Owner) -> bool:
        free = self.slots - len(self._running)
        return free > 0 and self._position(owner) <= free

    def _position(self, owner: Owner) -> int:
        for i, queued in enumerate(self._queue, start=1):
            if queued == owner:
                return i
        return 0

    def _drop_stale(self) -> None:
        now = self._clock()
        for owner in [o for o, seen in self._queue.items() if now - seen > self.stale_after]:
            del self._queue[owner]
            self._cond.notify_all()

    def _release(self, slot: Slot) -> None:
        with self._cond:
            if slot._released:
                return
            slot._released = True
            if self._running.get(slot.owner) is slot:
                del self._running[slot.owner]
            self._cond.notify_all()
