"""Turns at the interpreter: one thread of a worker process computes at a time, the most urgent work first.

A worker process runs several filings on threads so that one filing's deterministic work
(reading, figures, the extractive summary, the verifier) runs while others wait on the
model. Left to the interpreter, those threads share it round-robin: every filing of the
process advances a little at each switch, so all of them reach their model call together,
late, and the model's slots stand empty meanwhile (measured: the first call of a 40-filing
batch left 3.3 s after the workers started, while one filing's work takes about 0.2 s).
With turns, a thread computes until it has to wait (for the model, for EDGAR, for a
back-off), gives its turn to the next thread in line while it waits, and queues for a
turn again when its answer is in.

The line is ordered by urgency, then by arrival. ``FIRST`` is the short work that gets a
filing's first model request out (reading it, cutting its prompt): it goes before
everything else, so the model's slots never wait on the long work of other filings.
``ANSWERED`` is a filing whose answer is in: finishing it frees its thread for the next
filing. ``WORK`` is the rest (the figures, the extractive summary), which overlaps the
model's waits. The total work is the same (the interpreter lets one thread compute at a
time anyway); only the order changes. ``wait()`` is a no-op on a thread that holds no
turn, so code that waits may call it without knowing whether it runs in a worker.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
from collections.abc import Iterator

__all__ = ["Turns", "FIRST", "ANSWERED", "WORK"]

FIRST, ANSWERED, WORK = 0, 1, 2  # urgency: lower goes first


class Turns:
    """A lock over the computing threads of one process, granted by urgency, then first come first served."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._line: list[tuple[int, int, int]] = []  # a heap of (urgency, arrival, thread)
        self._arrivals = itertools.count()
        self._holder: int | None = None
        self._urgency: dict[int, int] = {}  # the urgency each holder took its turn with, for ``wait``

    def acquire(self, urgency: int = WORK) -> None:
        me = threading.get_ident()
        with self._condition:
            place = (urgency, next(self._arrivals), me)
            heapq.heappush(self._line, place)
            while self._holder is not None or self._line[0] != place:
                self._condition.wait()
            heapq.heappop(self._line)
            self._holder = me
            self._urgency[me] = urgency

    def release(self) -> None:
        with self._condition:
            if self._holder != threading.get_ident():
                raise RuntimeError("release of a turn this thread does not hold")
            self._holder = None
            self._condition.notify_all()

    def held(self) -> bool:
        return self._holder == threading.get_ident()

    @contextlib.contextmanager
    def turn(self, urgency: int = WORK) -> Iterator[None]:
        """This thread's turn for the block."""
        self.acquire(urgency)
        try:
            yield
        finally:
            self.release()

    @contextlib.contextmanager
    def wait(self, then: int | None = None) -> Iterator[None]:
        """The turn given up for a block that waits (on the network, on a pause), taken again after it
        with the urgency ``then`` (by default the one it was held with)."""
        if not self.held():
            yield
            return
        urgency = self._urgency[threading.get_ident()] if then is None else then
        self.release()
        try:
            yield
        finally:
            self.acquire(urgency)
