"""Admission of requests: per-user and per-channel quotas, one summary at a time per thread.

A request is refused at once, with the reason, rather than queued: someone who asks ten
times a minute is told to wait, and a thread never has two summaries written into it at
the same time. ``ratelimit.RateLimiter`` paces calls by making them wait; here nobody
waits, so a sliding window of the last admissions is kept per key instead.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["Admission", "Quota", "Refusal"]


@dataclass(frozen=True)
class Refusal:
    """Why a request was not taken: the one line the requester is told."""

    reason: str


class Quota:
    """At most ``limit`` admissions per key within ``window`` seconds (thread-safe)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, key: str) -> float:
        """Seconds until ``key`` may be admitted again (0 when it may now)."""
        with self._lock:
            times = self._recent(key)
            return 0.0 if len(times) < self.limit else times[0] + self.window - self.clock()

    def take(self, key: str) -> None:
        with self._lock:
            self._recent(key).append(self.clock())

    def _recent(self, key: str) -> deque[float]:
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= self.clock() - self.window:
            times.popleft()
        if not times:  # keys of the past do not pile up
            self._seen.pop(key, None)
            times = self._seen.setdefault(key, deque())
        return times


class Admission:
    """The per-user and per-channel quotas and the threads in work, checked together."""

    def __init__(self, per_user: int, per_channel: int, window: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.users, self.channels = Quota(per_user, window, clock), Quota(per_channel, window, clock)
        self._busy: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def admit(self, user: str, channel: str, thread: str) -> Refusal | None:
        """Take the request (None) or say why not; an admitted request must be ``release``d."""
        with self._lock:
            if (channel, thread) in self._busy:
                return Refusal("a summary is already being written here; ask again when it is posted")
            for quota, key, whose in ((self.users, user, "you have"), (self.channels, channel, "this channel has")):
                wait = quota.wait(key)
                if wait > 0:
                    return Refusal(f"{whose} asked for {quota.limit} summaries in {quota.window / 60:g} minutes; "
                                   f"try again in {max(1, round(wait))} s")  # fmt: skip
            self.users.take(user)
            self.channels.take(channel)
            self._busy.add((channel, thread))
            return None

    def release(self, channel: str, thread: str) -> None:
        with self._lock:
            self._busy.discard((channel, thread))

    @contextmanager
    def held(self, channel: str, thread: str) -> Iterator[None]:
        try:
            yield
        finally:
            self.release(channel, thread)
