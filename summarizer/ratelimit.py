"""A pace for calls to a server: at most so many per period, shared by threads or by processes.

The generic cell rate algorithm keeps one number, the time at which the next call may
start; each call reserves its slot under a lock and sleeps outside it, so waiting callers
do not hold each other up. Shared across processes, the number lives in shared memory
(``CLOCK_MONOTONIC`` is one clock for the whole machine on Linux), which is how a batch
keeps all its worker processes within EDGAR's 10 requests per second together.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from typing import Any

__all__ = ["RateLimiter"]


class _Cell:
    """A float and a lock for one process's threads."""

    def __init__(self) -> None:
        self.value = 0.0
        self.lock = threading.Lock()


class RateLimiter:
    """At most ``rate`` units per ``per`` seconds; up to ``burst`` units may go at once.

    ``acquire(cost)`` blocks until the units are available: one request to EDGAR, or the
    tokens of one prompt against a tokens-per-minute budget. ``shared=True`` keeps the
    pace in shared memory so that processes forked after it is made share it.
    """

    def __init__(self, rate: float, per: float = 1.0, *, burst: float = 1.0, shared: bool = False) -> None:
        if rate <= 0 or per <= 0:
            raise ValueError("rate and period must be positive")
        self.rate, self.per = rate, per
        self._interval = per / rate
        self._capacity = max(burst, 1.0) * self._interval  # seconds of budget that may be spent at once
        self._lock: Any
        if shared:
            context = multiprocessing.get_context("fork")
            self._next = context.Value("d", 0.0, lock=False)
            self._lock = context.Lock()
        else:
            cell = _Cell()
            self._next, self._lock = cell, cell.lock

    def reserve(self, cost: float = 1.0) -> float:
        """Reserve ``cost`` units; the seconds to wait before using them."""
        with self._lock:
            now = time.monotonic()
            self._next.value = max(self._next.value, now) + cost * self._interval
            return max(0.0, self._next.value - self._capacity - now)

    def acquire(self, cost: float = 1.0) -> None:
        delay = self.reserve(cost)
        if delay:
            time.sleep(delay)
