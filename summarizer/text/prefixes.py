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
that looks further, "sales" followed by white space and "of" or "value", is checked again near ``end``.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Iterator

from .keywords import may_hold, search_in_runs
from .vocabulary import LENGTH_PATTERN_WORDS, LENGTH_PATTERNS, LENGTH_WORDS, LONGEST_METRIC_PHRASE, metric_matches

__all__ = ["Prefixes", "YEAR"]

YEAR = re.compile(r"\b(?:FY\s?'?)?((?:19|20)\d{2})\b")
_LENGTH_REACH = 40  # longest period-length phrase ("thirty-nine weeks", "fiscal year" + its look-ahead) and more
_YEAR_REACH = 12
_METRIC_REACH = LONGEST_METRIC_PHRASE + 4
_SPACE_RUN = re.compile(r"\s*")
_PARENTHESIS = re.compile(r"[()]")
_ALL_READ = object()  # what the scan of metric phrases gives once it has read them all


def _space_end(text: str, position: int) -> int:
    """Where the white space from ``position`` ends (``position`` itself when there is none)."""
    run = _SPACE_RUN.match(text, position)
    return run.end() if run else position


# The words that make the metric named right after them the whole a share is taken of: "0.17% of average loans",
# "as a percentage of revenue". A whole said with its period ("1.1% of Q4 revenue") is not left out here: the amount
# of that whole often follows ("($6.2 million on $584.0 million)"), as the claim reader's ``context._OF_A_WHOLE`` knows.
# A share's own unit, said right before the "of" of its whole: "0.17% of", "14 basis points of average loans"
SHARE_UNIT = r"(?:%|\bpercent|\bpercentage|\bbasis\s+points?|\bbps?)"
# A share said in words: "more than a third of total revenue", "about half of", "two-thirds of"
_FRACTION = r"(?:\bhalf|\b(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?))"
_SHARE_OF_BEFORE = re.compile(rf"(?:{SHARE_UNIT}|{_FRACTION})" + r"\s+of\s+(?:the\s+|its\s+|our\s+)?(?:average\s+|avg\.?\s+|total\s+)?$", re.IGNORECASE)
_SHARE_OF_REACH = 32


def whole_of_a_share(sentence: str, start: int) -> bool:
    """True when the metric phrase at ``start`` names the whole a share is taken of. Where another metric was named
    before the share, that is what the sentence goes on to speak of: after "Net charge-offs fell to $132 million, or
    0.17% of average loans, from $147 million", the $147 million are still charge-offs. Where none was, the whole is
    all the sentence names ("Office rents rose 6.1%, about 82% of gross rents, while residential rents fell 3.8%")."""
    return _SHARE_OF_BEFORE.search(sentence, max(0, start - _SHARE_OF_REACH), start) is not None


# An aside between commas that says what an amount takes in: "Capital expenditures, including leased assets, came
# to RMB3.3 billion" speaks of capital expenditures, as the same aside in parentheses does; so does "Other income,
# primarily consisting of interest income, was $1.1 million ..., and was $1.8 million in the six-month period". (What
# it leaves out, ", excluding ...,", may name the very metric of a figure, and is not read so: a blind set's alarm.)
_MOSTLY = r"(?:(?:primarily|mainly|largely|principally|mostly)\s+)?"
COMMA_ASIDE = re.compile(
    rf",\s*{_MOSTLY}(?:including|incl\.|(?:consisting|consists|comprised|composed)\s+{_MOSTLY}of)\s[^,;()]*,", re.IGNORECASE
)
COMMA_ASIDE_WORDS = ("includ", "incl.", "consist", "compris", "compos")  # every match of COMMA_ASIDE holds one


def _metrics_read(
    sentence: str, metrics: list[tuple[re.Match, str | None]], starts: list[int], horizons: list[int], wholes: dict[int, str],
    joined: list[tuple[int, int]],
) -> Iterator[None]:
    """Reads the metric phrases of ``sentence`` in order, one more at each step, into ``metrics`` (each with its metric,
    None for the whole of a share or of a subject's part), ``starts``, ``horizons`` (how far the reading of each looks:
    "sales" looks past its white space for "of" or "value"), ``wholes`` (where a whole is named, and its metric) and
    ``joined`` (two phrases read as one: ``metric_matches``), as one scan of the whole sentence reads them. (A
    function, not a method: a generator holding its ``Prefixes`` would make a cycle, and keep a hostile sentence of
    megabytes until the collector finds it.)"""
    subject = None
    asides = [m.span() for m in COMMA_ASIDE.finditer(sentence)] if may_hold(sentence, COMMA_ASIDE_WORDS) else []
    for match, metric in metric_matches(sentence, joined=joined):
        if subject and metric and metric != subject and (
            whole_of_a_share(sentence, match.start()) or any(a <= match.start() < b for a, b in asides)
        ):
            wholes[match.start()] = metric
            metric = None
        subject = metric or subject
        metrics.append((match, metric))
        starts.append(match.start())
        horizons.append(_space_end(sentence, match.end()) + 6 if match.group(1).lower() == "sales" else match.end() + 1)
        yield


class Prefixes:
    """Readings of ``text[lower:end]`` for any ``end`` in ``[lower, upper]``."""

    def __init__(self, text: str, lower: int, upper: int) -> None:
        self.sentence = text[lower:upper]
        self.lower = lower
        named = may_hold(self.sentence, LENGTH_WORDS)  # without a length word, no search can match
        # each pattern's first match, searched only where its own words stand (a hostile sentence is a whole text)
        self._first_length = [
            (name, pattern, search_in_runs(pattern, words, self.sentence) if named else None)
            for (name, pattern), words in zip(LENGTH_PATTERNS, LENGTH_PATTERN_WORDS)
        ]
        years = list(YEAR.finditer(self.sentence))
        self._years = years
        self._year_starts = [m.start() for m in years]
        self._latest_year: list[int] = []
        for match in years:
            self._latest_year.append(max(int(match.group(1)), self._latest_year[-1] if self._latest_year else 0))
        # where a metric names the whole of a share or a subject's part, not the subject, and which metric it names
        self._wholes: dict[int, str] = {}
        # the sentence's metric phrases, read as far as asked (``_read_metrics_to``): a hostile sentence is a whole
        # text of many metric names, and its one number may stand at its start
        self._metrics: list[tuple[re.Match, str | None]] = []
        self._metric_starts: list[int] = []
        self._horizon: list[int] = []  # how far the reading of each looks (``_metrics_read``)
        # two phrases read as one ("Share repurchases and common stock dividends"): a rescan that starts between them
        # would read the second alone
        self._joined: list[tuple[int, int]] = []
        self._unread_metrics: Iterator[None] | None = _metrics_read(
            self.sentence, self._metrics, self._metric_starts, self._horizon, self._wholes, self._joined
        )
        self._last_named_other: dict[str, list[int]] = {}  # ``_named_up_to``, by the metric left out
        self._parens: list[tuple[int, str]] | None = None  # (offset, "(" or ")"), found when first needed
        self._aside_heap: list[tuple[int, float]] = []  # (-year, where its aside closes) of the matches added
        self._aside_added = 0  # how many of ``_years`` are in the heap
        self._aside_asked = 0  # the last ``end`` asked

    def _read_metrics_to(self, end: int) -> None:
        """Every metric phrase that starts before ``end`` (in the sentence) read, and the first that starts at or past
        it, if any: what a reading of ``text[lower:lower + end]`` asks of them is then known."""
        while self._unread_metrics is not None and (not self._metric_starts or self._metric_starts[-1] < end):
            if next(self._unread_metrics, _ALL_READ) is _ALL_READ:
                self._unread_metrics = None

    def length(self, end: int) -> str:
        """``period_in(text[lower:end]).length``."""
        end -= self.lower
        # the last characters hold no length word (``vocabulary.LENGTH_WORDS``): no search there can match
        recent = max(0, end - _LENGTH_REACH + 1)
        searched = may_hold(self.sentence[recent:end], LENGTH_WORDS)
        for name, pattern, first in self._first_length:
            if first and first.start() <= end - _LENGTH_REACH:
                return name
            if searched and pattern.search(self.sentence, recent, end):
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

    def latest_year_outside_asides(self, end: int) -> int | None:
        """The latest of the years ``YEAR.findall(_ASIDE.sub(" ", text[lower:end]))`` finds (None
        for none): the years of the words up to ``end``, those of an aside in parentheses left
        out. Fastest when ``end`` never goes down from one call to the next (numbers in order).

        Exact: an aside (``(`` and ``)`` with no parenthesis between) closed before ``end`` is
        what the substitution blanks out, and blanking it changes no year outside it (a year
        never holds a parenthesis, and the blank, like the parenthesis, is no word character).
        So the years are those of ``latest_year``'s matches, less those inside an aside that
        closes before ``end``: kept in a heap, each dropped for good once ``end`` passes its
        aside's close."""
        end -= self.lower
        if end < self._aside_asked:
            self._aside_heap, self._aside_added = [], 0  # asked out of order: start over
        self._aside_asked = end
        safe = bisect.bisect_right(self._year_starts, end - _YEAR_REACH)
        for match in self._years[self._aside_added : safe]:
            heapq.heappush(self._aside_heap, (-int(match.group(1)), self._aside_close(match.start())))
        self._aside_added = max(self._aside_added, safe)
        while self._aside_heap and self._aside_heap[0][1] < end:
            heapq.heappop(self._aside_heap)
        best = -self._aside_heap[0][0] if self._aside_heap else None
        resume = max(self._years[safe - 1].end() if safe else 0, end - _YEAR_REACH + 1, 0)
        for match in YEAR.finditer(self.sentence, resume, end):  # the last characters, cut at ``end``
            if self._aside_close(match.start()) >= end:
                best = max(best or 0, int(match.group(1)))
        return best

    def _aside_close(self, position: int) -> float:
        """Where the aside holding ``position`` closes (infinity when none holds it)."""
        if self._parens is None:
            self._parens = [(m.start(), m.group()) for m in _PARENTHESIS.finditer(self.sentence)]
        after = bisect.bisect_right(self._parens, (position, "~"))
        if 0 < after < len(self._parens) and self._parens[after - 1][1] == "(" and self._parens[after][1] == ")":
            return self._parens[after][0]
        return math.inf

    def last_whole(self, end: int) -> str | None:
        """The metric of the last whole of a share named before ``end`` ("a third of total revenue"), None for none."""
        end -= self.lower
        self._read_metrics_to(end)
        return next((metric for start, metric in reversed(self._wholes.items()) if start < end), None)

    def last_metric(self, end: int, unless: str = "") -> str | None:
        """The last metric ``metrics_in(text[lower:end])`` names (other than ``unless``)."""
        end -= self.lower
        self._read_metrics_to(end)
        safe = bisect.bisect_right(self._metric_starts, end - _METRIC_REACH)
        resume = max(self._metrics[safe - 1][0].end() if safe else 0, end - _METRIC_REACH + 1, 0)
        named = [
            metric for match, metric in metric_matches(self.sentence, resume, end)
            if metric and metric != unless and match.start() not in self._wholes and not self._second_of_joined(match.start(), resume)
        ]  # fmt: skip
        if named:
            return named[-1]
        index = safe - 1
        if index >= 0 and self._horizon[index] > end:  # its "of" check reaches the cut: read it again there
            _, metric = next(metric_matches(self.sentence, self._metrics[index][0].start(), end))
            if metric and metric != unless and self._metrics[index][0].start() not in self._wholes:
                return metric
            index -= 1
        index = self._named_up_to(unless)[index] if index >= 0 else -1
        return self._metrics[index][1] if index >= 0 else None

    def _second_of_joined(self, position: int, resume: int) -> bool:
        """True when the phrase at ``position`` is the second of two the whole sentence's scan read as one, the first
        before ``resume``, where a rescan from there does not see it."""
        at = bisect.bisect_left(self._joined, (resume,)) - 1  # the last pair that opens before the rescan
        return at >= 0 and position < self._joined[at][1]

    def _named_up_to(self, unless: str) -> list[int]:
        """Per match, the index of the last match up to it that names a metric other than
        ``unless`` (-1 for none): built once per metric left out, and carried on over the matches read since."""
        found = self._last_named_other.setdefault(unless, [])
        last = found[-1] if found else -1
        for index in range(len(found), len(self._metrics)):
            metric = self._metrics[index][1]
            last = index if metric and metric != unless else last
            found.append(last)
        return found
