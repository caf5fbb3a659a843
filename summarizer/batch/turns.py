"""Turns at the interpreter: one thread of a worker process computes at a time, first come first served.

A worker process runs several filings on threads so that one filing's deterministic work
(reading, figures, the extractive summary, the verifier) runs while others wait on the
model. Left to the interpreter, those threads share it round-robin: every filing of the
process advances a little at each switch, so all of them reach their model call together,
late, and the model's slots stand empty meanwhile (measured: the first call of a 40-filing
batch left 3.3 s after the workers started, while one filing's work takes about 0.2 s).
With turns, a thread computes until it has to wait (for the model, for EDGAR, for a
back-off), gives its turn to the next thread in line while it waits, and queues for a
turn again when its answer is in; so the first filing reaches the model after one
filing's work, the next one after two, and the slots fill as fast as the CPU allows.

The total work is the same (the interpreter lets one thread compute at a time anyway);
only the order changes. ``wait()`` is a no-op on a thread that holds no turn, so code that
waits may call it without knowing whether it runs in a worker.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Iterator

__all__ = ["Turns"]


class Turns:
    """A first-come-first-served lock over the computing threads of one process."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._line: deque[int] = deque()
        self._holder: int | None = None

    def acquire(self) -> None:
        me = threading.get_ident()
        with self._condition:
            self._line.append(me)
            while self._holder is not None or self._line[0] != me:
                self._condition.wait()
            self._line.popleft()
            self._holder = me

    def release(self) -> None:
        with self._condition:
            if self._holder != threading.get_ident():
                raise RuntimeError("release of a turn this thread does not hold")
            self._holder = None
            self._condition.notify_all()

    def held(self) -> bool:
        return self._holder == threading.get_ident()

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """This thread's turn for the block."""
        self.acquire()
        try:
            yield
        finally:
            self.release()

    @contextlib.contextmanager
    def wait(self) -> Iterator[None]:
        """The turn given up for a block that waits (on the network, on a pause), taken again after it."""
        if not self.held():
            yield
            return
        self.release()
        try:
            yield
        finally:
            self.acquire()
