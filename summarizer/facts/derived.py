"""Values derived from two facts, as intervals: percent changes, differences, points, ratios.

Pairs are taken where a release puts them side by side: the cells of one table row
(current and comparison columns that a release compares), figures of one sentence, and
the cells of one table column against its revenue row (margins, shares of revenue).
"""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any

from ..types import Span
from .model import DerivedValue, Fact
from .sorting import POSITIONS, sorted_positions

__all__ = ["DerivedIndex", "derived_values", "share_of"]

_HUNDRED = Decimal(100)
Key = tuple[int, int, int]


def _comparable(current: Key | None, prior: Key | None, earlier: list[Key], flow: bool = False) -> bool:
    """True when a prior column is one a release compares with: the period just before,
    the same period a year earlier, or, for a balance, the last fiscal year end (a quarter's
    flow is not compared with the fourth quarter's: "Sept 30,2025" and "Dec 312024" of a
    trend table). Columns whose dates are unknown compare; columns of the same date (segments
    side by side) do not."""
    if current is None or prior is None:
        return True
    year, month, _ = current
    return prior == max(earlier) or prior[:2] == (year - 1, month) or (not flow and prior[:2] == (year - 1, 12))


_FLOW_LENGTHS = frozenset({"quarter", "half", "nine_months"})  # a year's flow may be compared with the year before
# A cell is paired with the cells at most this far to its right: real rows have at most 16
# cells, and a row of thousands would otherwise make millions of pairs.
_PAIR_WINDOW = 32
# A row of more cells than this is no statement a release compares periods in (hostile
# input: one pipe row of thousands of cells); pairing its cells even within the window cost
# 32 changes per cell, 300 s per MB.
_WIDEST_ROW = 64


def _row_pairs(facts: list[Fact]) -> Iterable[tuple[int, int]]:
    """(current, prior) pairs of one table row, as positions in it, by the columns' periods; where
    the periods cannot order two cells (neither is the comparison period's), left before right."""
    if len(facts) > _WIDEST_ROW:
        return
    if len(facts) == 2:
        # a row of two cells ("Line item 12 | $84 | (36)"): its pair is comparable whatever their ends (the current
        # cell's end is the earliest of the two, or the prior's is the one just before it), so only which is which is
        # read, not the row's dates
        pair = _two_cells_pair(*facts)
        if pair is not None:
            yield pair
        return
    yield from _pairs_by_periods(facts)


def _pairs_by_periods(facts: list[Fact]) -> Iterable[tuple[int, int]]:
    """``_row_pairs`` of a row of any width: each cell with those at most ``_PAIR_WINDOW`` to its right."""
    ends = sorted({f.period.end for f in facts if f.period.end})
    for i, first in enumerate(facts):
        for j in range(i + 1, min(len(facts), i + 1 + _PAIR_WINDOW)):
            second = facts[j]
            if second.family != first.family:
                continue
            if first.period.length and second.period.length and first.period.length != second.period.length:
                continue
            if first.period.prior is False and second.period.prior:
                current, prior, pair = first, second, (i, j)
            elif first.period.prior and second.period.prior is False:
                current, prior, pair = second, first, (j, i)
            elif not (first.period.prior or second.period.prior) and (
                first.period.end is None or first.period.end != second.period.end
            ):
                current, prior, pair = first, second, (i, j)
            else:
                continue
            end = current.period.end
            before = bisect.bisect_left(ends, end) if end else 0
            flow = current.period.length in _FLOW_LENGTHS
            if not before or _comparable(end, prior.period.end, ends[before - 1 : before], flow):
                yield pair


def _two_cells_pair(first: Fact, second: Fact) -> tuple[int, int] | None:
    """The one pair ``_row_pairs`` gives of a row of two cells, None for none: a tuple, not a generator's one item
    (made for each row of a table of rows)."""
    if second.family != first.family:
        return None
    if first.period.length and second.period.length and first.period.length != second.period.length:
        return None
    if first.period.prior is False and second.period.prior:
        return _CURRENT_FIRST
    if first.period.prior and second.period.prior is False:
        return _CURRENT_SECOND
    if not (first.period.prior or second.period.prior) and (first.period.end is None or first.period.end != second.period.end):
        return _CURRENT_FIRST
    return None


_CURRENT_FIRST, _CURRENT_SECOND = (0, 1), (1, 0)


def _change_bounds(current: Fact, prior: Fact) -> list[tuple[str, str, Decimal, Decimal]]:
    """The formula, family and interval ``[low, high]`` of each of ``_changes``' values, in its order: what the index
    keeps of a value (``DerivedIndex``), without making the value, its point or its metrics."""
    if current.basis != prior.basis:
        return []
    # each fact's interval made once: a fact makes it when asked (``Fact.interval``), and ``low`` and ``high``
    # each asked for it again, ten times a pair
    (current_low, current_high), (prior_low, prior_high) = current.interval, prior.interval
    if current.family == "percent":
        return [("difference in points", "points", current_low - prior_high, current_high - prior_low)]
    bounds = []
    if prior_low > 0:
        try:
            corners = [(a / b - 1) * _HUNDRED for a in (current_low, current_high) for b in (prior_low, prior_high)]
        except (DivisionByZero, InvalidOperation):
            corners = []
        if corners and prior.value > 0:
            bounds.append(("percent change", "percent", min(corners), max(corners)))
    if current.family in ("currency", "shares", "count"):
        bounds.append(("difference", current.family, current_low - prior_high, current_high - prior_low))
    return bounds


def _changes(current: Fact, prior: Fact) -> list[DerivedValue]:
    """Percent change (or points, for percentages) and difference of two facts."""
    metrics = (current.metrics if current.named else frozenset()) | (prior.metrics if prior.named else frozenset())
    return [
        DerivedValue(formula, (current, prior), (current.value / prior.value - 1) * _HUNDRED if formula == "percent change"
                     else current.value - prior.value, low, high, family, metrics, current.period, True, current.in_table)
        for formula, family, low, high in _change_bounds(current, prior)
    ]  # fmt: skip


def _ratio(part: Fact, whole: Fact) -> DerivedValue | None:
    (part_low, part_high), (whole_low, whole_high) = part.interval, whole.interval
    if whole_low <= 0 or part_high <= 0:
        return None
    corners = [a / b * _HUNDRED for a in (part_low, part_high) for b in (whole_low, whole_high)]
    metrics = part.metrics if part.named else frozenset()
    point = part.value / whole.value * _HUNDRED
    return DerivedValue("ratio to revenue", (part, whole), point, min(corners), max(corners), "percent", metrics,
                        part.period, False, True)  # fmt: skip


def share_of(part: Fact, whole: Fact) -> DerivedValue | None:
    """``part`` as a percentage of ``whole`` (a segment's share of the total, a line item's of
    revenue), over every value both roundings allow; None unless both are positive. Computed
    when a claim asks for it (``analyst_math.shares_of``), never for every pair of a release."""
    ratio = _ratio(part, whole)
    return replace(ratio, formula="share of total") if ratio else None


def _comparison_pairs(facts: list[Fact], text: str = "") -> Iterable[tuple[int, int]]:
    """(current, prior) pairs, as positions in ``facts``: the cells of a table row, figures of
    one sentence (in either order), and those of a sentence and of the next that compares it
    (``_compared_next``; read only where the release's ``text`` is given)."""
    for row in _grouped(facts, _row_of):
        if len(row) == 2:  # most rows of a table of rows ("Line item 12 | $84 | (36)"): its pair without generators
            pair = _two_cells_pair(facts[row[0]], facts[row[1]])
            if pair is not None:
                yield row[pair[0]], row[pair[1]]
        else:
            yield from ((row[i], row[j]) for i, j in _row_pairs([facts[p] for p in row]))
    before: list[int] = []
    for sentence in _grouped(facts, _sentence_of):
        if text and before:
            yield from _compared_next(facts, text, before, sentence)
        before = sentence
        for i, first_at in enumerate(sentence):
            first = facts[first_at]
            for second_at in sentence[i + 1 : i + 4]:
                second = facts[second_at]
                if first.family != second.family:
                    continue
                if second.period.prior and not first.period.prior:
                    yield first_at, second_at
                elif first.period.prior and second.period.prior is False:
                    yield second_at, first_at  # "increased from RMB552.0 million ... to RMB963.8 million": the earlier said first


# A sentence that compares the one before it with an earlier period, from its first words: "Homebuilding lot supply was
# 86,153 homesites, of which 57% was controlled off balance sheet. This compared to total lots of 72,362 at the end of
# 2023, of which 53% was controlled."
_COMPARES_THE_LAST = re.compile(r"(?:This|That|These|Those)\s+(?:compares|compared|is\s+compared|was\s+compared)\s+(?:to|with)\b")


def _compared_next(facts: list[Fact], text: str, first: list[int], second: list[int]) -> Iterable[tuple[int, int]]:
    """(current, prior) pairs of two sentences side by side, the second opening with "This compared to": the figures
    of each family in the order said, the first sentence's its own period's, the second's the earlier."""
    said, compared = facts[first[0]].figure.context, facts[second[0]].figure.context
    if said.end > compared.start or text[said.end : compared.start].strip():
        return
    if not _COMPARES_THE_LAST.match(text, compared.start, compared.end):
        return
    for family in dict.fromkeys(facts[p].family for p in second):
        current = [p for p in first if facts[p].family == family]
        prior = [p for p in second if facts[p].family == family]
        if len(current) != len(prior):
            continue  # which figure is compared with which is not said
        for now, then in zip(current, prior):
            if facts[then].period.prior and not facts[now].period.prior:
                yield now, then


def _row_of(fact: Fact) -> tuple[int, int] | None:
    figure = fact.figure
    return None if figure.nil or figure.table is None else (figure.table, figure.context.start)


def _sentence_of(fact: Fact) -> Span | None:
    figure = fact.figure
    return None if figure.nil or figure.table is not None else figure.context


def _grouped(facts: list[Fact], key: Callable[[Fact], Any]) -> Iterator[list[int]]:
    """The positions in ``facts`` of the facts that ``key`` gives a key (not None), grouped by it: each
    group in ``facts``' order, the groups in the order of their first fact. Where each new key is above
    the one before (the index's facts stand in text order), a group is a run of one key, made as it is
    read: a dict of a list for each sentence of running text was ~150 bytes a sentence, held at once."""
    before = None
    for fact in facts:
        known = key(fact)
        if known is None or known == before:
            continue
        if before is not None and known < before:
            groups: dict[Any, list[int]] = {}
            for position, fact in enumerate(facts):
                if (known := key(fact)) is not None:
                    groups.setdefault(known, []).append(position)
            yield from groups.values()
            return
        before = known
    run: list[int] = []
    for position, fact in enumerate(facts):
        known = key(fact)
        if known is None:
            continue
        if run and known != before:
            yield run
            run = []
        before = known
        run.append(position)
    if run:
        yield run


def _margin_pairs(facts: list[Fact]) -> Iterable[tuple[int, int]]:
    """(part, revenue) pairs from one column of one table, as positions in ``facts``, for margins and
    shares of revenue."""
    # each column's positions as 4-byte integers (``POSITIONS``): a list held an int object for each (40 bytes a cell of money, at
    # once for a table of a million rows, the derived values' peak)
    columns: dict[tuple[int, str | None], array] = {}
    for position, fact in enumerate(facts):
        if fact.figure.table is not None and fact.family == "currency" and not fact.figure.nil:
            key = (fact.figure.table, fact.figure.column)
            column = columns.get(key)
            if column is None:
                column = columns[key] = array(POSITIONS)
            column.append(position)
    for column in columns.values():
        # the column's first two revenue figures, but for the lines of revenue listed above a larger one, its total
        # (Kingsoft's "Public cloud services" above "Total revenues": gross profit over it is no margin)
        revenues = [p for p in column if "revenue" in facts[p].metrics]
        if not revenues:
            continue
        total = max(revenues, key=lambda p: facts[p].value)
        for whole in (p for p in revenues[:2] if p >= total or facts[p].value >= facts[total].value):
            for part in column:
                if part != whole:
                    yield part, whole


_RATIO = -1  # the kind of a derived value that is a ratio to revenue; a change's is its place in ``_changes``


def _made(facts: list[Fact], text: str = "") -> Iterator[tuple[int, int, int, DerivedValue]]:
    """Every derived value of ``facts`` with how to make it again: the positions of its two facts in
    ``facts`` and its kind (``_RATIO``, or its place among ``_changes``' values)."""
    for current, prior in _comparison_pairs(facts, text):
        for kind, value in enumerate(_changes(facts[current], facts[prior])):
            yield current, prior, kind, value
    for part, whole in _margin_pairs(facts):
        margin = _ratio(facts[part], facts[whole])
        if margin:
            yield part, whole, _RATIO, margin


def _bounds(facts: list[Fact], text: str = "") -> Iterator[tuple[int, int, int, str, Decimal, Decimal]]:
    """``_made``'s values as the index keeps them: the positions of the two facts, the kind, the family and the
    interval, a change's value not made (``_change_bounds``)."""
    for current, prior in _comparison_pairs(facts, text):
        for kind, (_, family, low, high) in enumerate(_change_bounds(facts[current], facts[prior])):
            yield current, prior, kind, family, low, high
    for part, whole in _margin_pairs(facts):
        margin = _ratio(facts[part], facts[whole])
        if margin:
            yield part, whole, _RATIO, margin.family, margin.low, margin.high


def derived_values(facts: list[Fact], text: str = "") -> list[DerivedValue]:
    """Percent changes, differences and margins computed from pairs of facts, all at once (the index
    keeps them as a ``DerivedIndex``, which makes each again only when a look-up meets it).

    A row or sentence that states its change rounded ("5%") still has its change computed:
    a claim's more precise recomputation ("4.9%", from 154,361 vs 147,164) is checked, and
    the verifier takes a computed value only when it rounds to the claim (issue 11)."""
    return [value for _, _, _, value in _made(facts, text)]


class _Family:
    """The derived values of one unit family as numbers: each one's interval as the nearest floats
    (sorted by the low end), the order it was made in and how to make it again. ~29 bytes a value,
    where the values themselves were ~700 (a ``DerivedValue``, its pair, three Decimals and a set of
    metrics): a table of a million rows has a million of them. The order and the facts' positions in
    4 bytes each (``"i"``, up to 2**31 - 1: a list of that many facts would be 16 GiB of references
    alone), not 8 (~41 bytes a value, 36 MiB of 25 MiB of table rows, held at the verifier's peak)."""

    __slots__ = ("lows", "highs", "made", "firsts", "seconds", "kinds", "widest", "odd")

    def __init__(self) -> None:
        self.lows, self.highs = array("d"), array("d")
        self.made, self.firsts, self.seconds, self.kinds = array("i"), array("i"), array("i"), array("b")
        self.widest = 0.0
        self.odd: list[int] = []  # the made-order of values whose interval has no finite float: always tried

    def sort(self) -> None:
        order = sorted_positions(self.lows)
        for name in ("lows", "highs", "made", "firsts", "seconds", "kinds"):
            column = getattr(self, name)
            setattr(self, name, array(column.typecode, map(column.__getitem__, order)))  # a C loop, not a generator's


class DerivedIndex:
    """The derived values of ``facts`` (``derived_values``), found by the interval they meet without
    being kept: each is computed once to index its interval as floats, and made again when a
    look-up meets it. A float rounds its Decimal to nearest, which keeps order (``a < b`` gives
    ``float(a) <= float(b)``): the floats' non-strict test finds every value the Decimals' strict one
    does, which then decides, so look-ups give what a list of the values gives, in the same order."""

    def __init__(self, facts: list[Fact], text: str = "") -> None:
        self._facts = facts
        self._families: dict[str, _Family] = {}
        self._odd: dict[int, tuple[int, int, int]] = {}
        for made, (first, second, kind, family_name, exact_low, exact_high) in enumerate(_bounds(facts, text)):
            family = self._families.get(family_name)
            if family is None:
                family = self._families[family_name] = _Family()
            low, high = float(exact_low), float(exact_high)
            if not (math.isfinite(low) and math.isfinite(high) and math.isfinite(high - low)):
                family.odd.append(made)
                self._odd[made] = (first, second, kind)
                continue
            family.lows.append(low)
            family.highs.append(high)
            family.made.append(made)
            family.firsts.append(first)
            family.seconds.append(second)
            family.kinds.append(kind)
            family.widest = max(family.widest, high - low)
        for family in self._families.values():
            family.sort()

    def __len__(self) -> int:
        return sum(len(family.lows) + len(family.odd) for family in self._families.values())

    def _make(self, first: int, second: int, kind: int) -> DerivedValue:
        facts = self._facts
        value = _ratio(facts[first], facts[second]) if kind == _RATIO else _changes(facts[first], facts[second])[kind]
        assert value is not None
        return value

    def meeting(self, family_name: str, low: Decimal, high: Decimal) -> list[DerivedValue]:
        """The derived values of ``family_name`` whose interval meets ``[low, high)``, by their low end
        (the order they were made in among equal ones)."""
        family = self._families.get(family_name)
        if family is None:
            return []
        lows, highs = family.lows, family.highs
        below, above = float(low), float(high)
        if below == -math.inf:
            first = 0
        elif below == math.inf:
            first = len(lows)
        else:  # a margin over the floats' rounding of the widest interval
            first = bisect.bisect_left(lows, below - family.widest - 1e-9 * (abs(below) + family.widest))
        last = bisect.bisect_right(lows, above)
        found = [
            (self._make(family.firsts[i], family.seconds[i], family.kinds[i]), family.made[i])
            for i in range(first, last)
            if highs[i] >= below
        ]
        found += [(self._make(*self._odd[made]), made) for made in family.odd]
        found = [(value, made) for value, made in found if value.low < high and low < value.high]
        found.sort(key=lambda pair: (pair[0].low, pair[1]))
        return [value for value, _ in found]
