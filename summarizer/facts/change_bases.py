"""Which two columns a table's change column is computed from, read by arithmetic on its rows.

A change column headed only "Increase/(Decrease)", "Change" or "% Change" says nothing of what it is counted
against, but the release prints the levels it was computed from: Citizens' "4Q21 | 3Q21 | 2Q21 | 1Q21 | 4Q20" sets
two change columns beside five quarters, and the change cell of each row equals (a - b) / |b| (or a - b) for the
current column a and one other column b. The column is counted against the column b that fits: one pair alone on
most of its rows, another pair alone on a row only by chance; where two pairs fit alike or the rows disagree,
nothing is read (``Fact.compared`` stays None): unknown, never guessed. Where no row shows it, a heading that names
both periods ("4Q21 Change 3Q21 %") says it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from ..figures.columns import labels_compared
from ..text.vocabulary import Period
from .model import Fact
from .table_reading import TableLookup

__all__ = ["counted_against"]

_HUNDRED = Decimal(100)

# Level families whose difference a change cell of the family on the right prints: an amount of money, a count,
# per share, of shares; a ratio's change in points ("NIM | 3.10% | 2.95% | 15 bps")
_DIFFERENCES = {
    ("currency", "currency"),
    ("count", "count"),
    ("per_share", "per_share"),
    ("shares", "shares"),
    ("percent", "points"),
}

_Pair = tuple[int, int]  # the current column and the column it is compared with, by position in the table


def counted_against(cells: list[Fact], lookups: dict[int, TableLookup]) -> list[Fact]:
    """``cells`` (the table facts of a document, each table's ``TableLookup`` in ``lookups``), each cell of a change
    column whose rows' arithmetic shows the two columns it is computed from told their periods (``Fact.compared``)."""
    changing = {fact.figure.table for fact in cells if fact.change}
    if not changing:
        return cells
    by_table: dict[int, list[int]] = {}
    for position, fact in enumerate(cells):
        table = fact.figure.table
        if table in changing and table is not None:
            by_table.setdefault(table, []).append(position)
    told = list(cells)
    for table, positions in by_table.items():
        lookup = lookups.get(table)
        if lookup is not None:
            _tell_table(told, positions, lookup)
    return told


def _tell_table(cells: list[Fact], positions: list[int], lookup: TableLookup) -> None:
    """Tell the change cells among ``cells[positions]`` (one table's) what they are compared against, in place."""
    levels: dict[int, dict[int, Fact]] = {}  # per row, its level cells by column
    changes: dict[int, list[tuple[int, int]]] = {}  # per change column, its cells' (row, position in ``cells``)
    for position in positions:
        fact = cells[position]
        row, column = lookup.cell_position(fact.figure)
        if column < 0:
            continue
        if not fact.change:
            levels.setdefault(row, {}).setdefault(column, fact)
        elif lookup.change_column(fact.figure.column or ""):  # a change of its column, not of its row's label
            changes.setdefault(column, []).append((row, position))
    for column, members in changes.items():
        pair = _computed_from([(cells[position], levels.get(row, {})) for row, position in members]) or _named_pair(
            lookup, column
        )
        if pair is None:
            continue
        now_column, then_column = pair
        now_period, then_period = _column_period(levels, now_column), _column_period(levels, then_column)
        for row, position in members:
            own = levels.get(row, {})
            now, then = own.get(now_column), own.get(then_column)
            since = now.period if now else now_period
            until = then.period if then else then_period
            if since is not None and until is not None:
                cell = cells[position]
                cells[position] = replace(cell, period=_length_told(cell.period, since, until), compared=(since, until))


def _named_pair(lookup: TableLookup, column: int) -> _Pair | None:
    """The (current, other) columns a change column's heading names, where its rows' arithmetic shows none: Citizens'
    "4Q21 Change 3Q21 %" is counted between the columns headed "4Q21" and "3Q21" (``columns.labels_compared``),
    whatever column stands nearest before it. None where a label heads no level column or several."""
    headings = lookup.table.columns
    labels = labels_compared(headings[column])
    if labels is None:
        return None
    named = []
    for label in labels:
        heads = re.compile(rf"(?<![\w'’]){re.escape(label)}(?![\w'’])", re.IGNORECASE)
        levels = [position for position, heading in enumerate(headings) if heads.search(heading) and not lookup.change_column(heading)]
        if len(levels) != 1:
            return None
        named.append(levels[0])
    return named[0], named[1]


def _length_told(period: Period, now: Period, then: Period) -> Period:
    """The period of a change cell computed from ``now`` and ``then``: of their length where its column's reading gave
    none, or a quarter's against theirs of longer or the reverse (Assurant's "Fourth Quarter and Full Year 2024
    Consolidated Results | Change" over the quarter's columns was read as the year's); as read otherwise (a year's
    change computed from year-to-date columns stays a year's)."""
    length = now.length if now.length == then.length else ""
    if not length or length == period.length:
        return period
    if period.length and (period.length == "quarter") == (length == "quarter"):
        return period
    return Period(length, period.prior, period.end)


def _computed_from(rows: list[tuple[Fact, dict[int, Fact]]]) -> _Pair | None:
    """The (current, other) pair of columns a change column is computed from: the one pair that alone fits the
    change cell on most of the rows where some pair can be checked (at least two of them where two or more can be),
    with other pairs alone on a row only by chance, a row of them for each four of the pair's at most; None
    otherwise. Chance does fit a row: in Copa's "Variance Vs 3Q24" column, Basic EPS' 13.9% is the year's 14.56
    against 12.78 (the quarter's 3.99 against 3.50 is 14.0%) beside 23 rows of the fourth quarter against the third."""
    checked = 0
    alone: Counter[_Pair] = Counter()
    for change, levels in rows:
        fitting, checkable = _fitting_pairs(change, levels)
        checked += checkable
        if len(fitting) == 1:
            alone[fitting[0]] += 1
    if not alone:
        return None
    pair, votes = alone.most_common(1)[0]
    others = alone.total() - votes
    return pair if votes * 2 > checked and votes >= min(2, checked) and others * _BY_CHANCE <= votes else None


# The rows a pair must fit for each row another pair alone fits (``_computed_from``)
_BY_CHANCE = 4


def _fitting_pairs(change: Fact, levels: dict[int, Fact]) -> tuple[list[_Pair], bool]:
    """The (current, other) column pairs of a row whose levels compute the change cell to its printed rounding, and
    whether any pair could be checked. Asked in three steps, the first that any pair passes deciding: the levels as
    printed, then anywhere in their rounding (the change was computed from figures before rounding), then by size
    alone (a release may print a cost's fall as a positive change); a looser step let "1,061 | 1,011 | 1,012" fit
    a change of 50 both ways."""
    pairs = []
    for now_column, now in levels.items():
        if now.period.prior is not False:
            continue
        for then_column, then in levels.items():
            # counted against another period's column of its length: not another current one ("2Q'26 | YTD 26"),
            # not the year before's beside a quarter's ("— | — | 362.8 | 169.9 | 100%": a quarter's nil is no fall)
            if then.period.prior is not False and then.family == now.family and _alike(now.period, then.period):
                printed = _printed_change(change, now, then)
                if printed is not None:
                    pairs.append(((now_column, then_column), now, then, printed))
    if not pairs:
        return [], False
    low, high = interval = change.interval
    fitting = [pair for pair, _, _, printed in pairs if low <= printed < high]
    if not fitting:  # the rounding asked only where the printed levels fit no pair: a table of rows asks for each
        rounded = [(pair, _rounded_change(change, now, then)) for pair, now, then, _ in pairs]
        fitting = [pair for pair, values in rounded if values is not None and _overlap(values, interval)] or [
            pair for pair, values in rounded if values is not None and _overlap(_magnitude(values), _magnitude(interval))
        ]
    return fitting, True


def _printed_change(change: Fact, now: Fact, then: Fact) -> Decimal | None:
    """The change from ``then`` to ``now`` of the levels as printed: in percent of ``then`` for a percentage, their
    difference for a change of the levels' own unit (or points of percentages); None where the change cannot be of
    the two (another unit, a base of zero)."""
    if change.family == "percent":
        return (now.value - then.value) / abs(then.value) * _HUNDRED if then.value else None
    if (now.family, change.family) in _DIFFERENCES:
        return now.value - then.value
    return None


def _rounded_change(change: Fact, now: Fact, then: Fact) -> tuple[Decimal, Decimal] | None:
    """The values ``[low, high]`` the change from ``then`` to ``now`` (``_printed_change``) may take with each level
    anywhere in its rounding; None where ``then`` may be nil."""
    (now_low, now_high), (then_low, then_high) = now.interval, then.interval
    if change.family != "percent":
        return now_low - then_high, now_high - then_low
    if then_low <= 0 <= then_high:
        return None
    values = [(a - b) / abs(b) * _HUNDRED for a in (now_low, now_high) for b in (then_low, then_high)]
    return min(values), max(values)


def _alike(now: Period, then: Period) -> bool:
    """Whether two periods may be compared: of one length, or of a length not read."""
    return not now.length or not then.length or now.length == then.length


def _magnitude(interval: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
    """The sizes an interval of signed values holds: a release may print a cost's fall as a positive change."""
    low, high = interval
    if low >= 0:
        return low, high
    if high <= 0:
        return -high, -low
    return Decimal(0), max(-low, high)


def _overlap(first: tuple[Decimal, Decimal], second: tuple[Decimal, Decimal]) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _column_period(levels: dict[int, dict[int, Fact]], column: int) -> Period | None:
    """The one period the level cells of ``column`` are of, for a change cell of a row that prints none there; None
    where they are of several (sections of other lengths) or there are none."""
    periods = {own[column].period for own in levels.values() if column in own}
    return periods.pop() if len(periods) == 1 else None
