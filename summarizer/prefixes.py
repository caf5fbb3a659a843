"""What the words of a sentence say up to each of its numbers, in time that does not grow with the sentence.

Reading a number of running text looks at the whole of its sentence before it: the period
length named there, the years, the last metric. Rescanning ``text[lower:start]`` for each
number is quadratic: a claim line with thousands of numbers never finishes. ``Prefixes``
scans the sentence once and answers for each number from that scan, rescanning only the
last few characters before it, where a phrase may be cut by the number's start.

Exact, not approximate: every pattern read here matches at most ``reach`` characters
(a match at ``s`` looks at no character past ``s + reach - 1`` and none before ``s - 1``),
so at a position ``s <= end - reach`` a pattern matches ``text[lower:end]`` exactly as it
matches the whole sentence, and ``finditer`` scans both alike up to there. The one reading
that looks further, "sales" followed by white space and "of", is checked again near ``end``.
"""

from __future__ import annotations

import bisect
import re

from .vocabulary import LENGTH_PATTERNS, LONGEST_METRIC_PHRASE, metric_matches

__all__ = ["Prefixes", "YEAR"]

YEAR = re.compile(r"\b(?:FY\s?'?)?((?:19|20)\d{2})\b")
_LENGTH_REACH = 40  # longest period-length phrase ("thirty-nine weeks", "fiscal year" + its look-ahead) and more
_YEAR_REACH = 12
_METRIC_REACH = LONGEST_METRIC_PHRASE + 4
_SPACE_RUN = re.compile(r"\s*")


def _space_end(text: str, position: int) -> int:
    """Where the white space from ``position`` ends (``position`` itself when there is none)."""
    run = _SPACE_RUN.match(text, position)
    return run.end() if run else position


class Prefixes:
    """Readings of ``text[lower:end]`` for any ``end`` in ``[lower, upper]``."""

    def __init__(self, text: str, lower: int, upper: int) -> None:
        self.sentence = text[lower:upper]
        self.lower = lower
        self._first_length = [(name, pattern, pattern.search(self.sentence)) for name, pattern in LENGTH_PATTERNS]
        years = list(YEAR.finditer(self.sentence))
        self._years = years
        self._year_starts = [m.start() for m in years]
        self._latest_year: list[int] = []
        for match in years:
            self._latest_year.append(max(int(match.group(1)), self._latest_year[-1] if self._latest_year else 0))
        metrics = list(metric_matches(self.sentence))
        self._metrics = metrics
        self._metric_starts = [m.start() for m, _ in metrics]
        self._last_named: list[int] = []  # index of the last match up to here that names a metric, -1 for none
        for index, (_, metric) in enumerate(metrics):
            self._last_named.append(index if metric else (self._last_named[-1] if self._last_named else -1))
        # How far the reading of each match looks: "sales" looks past its white space for "of".
        self._horizon = [
            _space_end(self.sentence, m.end()) + 3 if m.group(1).lower() == "sales" else m.end() + 1
            for m, _ in metrics
        ]

    def length(self, end: int) -> str:
        """``period_in(text[lower:end]).length``."""
        end -= self.lower
        for name, pattern, first in self._first_length:
            if first and first.start() <= end - _LENGTH_REACH:
                return name
            if pattern.search(self.sentence, max(0, end - _LENGTH_REACH + 1), end):
                return name
        return ""

    def latest_year(self, end: int) -> int | None:
        """The latest of the years ``YEAR.findall(text[lower:end])`` finds, None when it finds none."""
        end -= self.lower
        safe = bisect.bisect_right(self._year_starts, end - _YEAR_REACH)
        resume = max(self._years[safe - 1].end() if safe else 0, end - _YEAR_REACH + 1, 0)
        years = [int(year) for year in YEAR.findall(self.sentence, resume, end)]
        if safe:
            years.append(self._latest_year[safe - 1])
        return max(years, default=None)

    def last_metric(self, end: int) -> str | None:
        """The last metric ``metrics_in(text[lower:end])`` names."""
        end -= self.lower
        safe = bisect.bisect_right(self._metric_starts, end - _METRIC_REACH)
        resume = max(self._metrics[safe - 1][0].end() if safe else 0, end - _METRIC_REACH + 1, 0)
        named = [metric for _, metric in metric_matches(self.sentence, resume, end) if metric]
        if named:
            return named[-1]
        index = safe - 1
        if index >= 0 and self._horizon[index] > end:  # its "of" check reaches the cut: read it again there
            _, metric = next(metric_matches(self.sentence, self._metrics[index][0].start(), end))
            if metric:
                return metric
            index -= 1
        index = self._last_named[index] if index >= 0 else -1
        return self._metrics[index][1] if index >= 0 else None
