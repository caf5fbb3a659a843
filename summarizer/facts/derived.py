"""Values derived from two facts, as intervals: percent changes, differences, points, ratios.

Pairs are taken where a release puts them side by side: the cells of one table row
(current and comparison columns that a release compares), figures of one sentence, and
the cells of one table column against its revenue row (margins, shares of revenue).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any

from ..types import Span
from .model import DerivedValue, Fact

__all__ = ["derived_values", "share_of"]

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


def _row_pairs(facts: list[Fact]) -> Iterable[tuple[Fact, Fact]]:
    """(current, prior) pairs of one table row, by the columns' periods; where the periods
    cannot order two cells (neither is the comparison period's), left before right."""
    if len(facts) > _WIDEST_ROW:
        return
    ends = sorted({f.period.end for f in facts if f.period.end})
    for i, first in enumerate(facts):
        for second in (f for f in facts[i + 1 : i + 1 + _PAIR_WINDOW] if f.family == first.family):
            if first.period.length and second.period.length and first.period.length != second.period.length:
                continue
            if first.period.prior is False and second.period.prior:
                current, prior = first, second
            elif first.period.prior and second.period.prior is False:
                current, prior = second, first
            elif not (first.period.prior or second.period.prior) and (
                first.period.end is None or first.period.end != second.period.end
            ):
                current, prior = first, second
            else:
                continue
            end = current.period.end
            before = bisect.bisect_left(ends, end) if end else 0
            flow = current.period.length in _FLOW_LENGTHS
            if not before or _comparable(end, prior.period.end, ends[before - 1 : before], flow):
                yield current, prior


def _changes(current: Fact, prior: Fact) -> list[DerivedValue]:
    """Percent change (or points, for percentages) and difference of two facts."""
    results: list[DerivedValue] = []
    metrics = (current.metrics if current.named else frozenset()) | (prior.metrics if prior.named else frozenset())
    if current.basis != prior.basis:
        return results
    if current.family == "percent":
        low, high = current.low - prior.high, current.high - prior.low
        results.append(DerivedValue("difference in points", (current, prior), current.value - prior.value, low, high,
                                    "points", metrics, current.period, True, current.in_table))  # fmt: skip
        return results
    if prior.low > 0:
        try:
            corners = [(a / b - 1) * _HUNDRED for a in (current.low, current.high) for b in (prior.low, prior.high)]
        except (DivisionByZero, InvalidOperation):
            corners = []
        if corners and prior.value > 0:
            point = (current.value / prior.value - 1) * _HUNDRED
            results.append(DerivedValue("percent change", (current, prior), point, min(corners), max(corners),
                                        "percent", metrics, current.period, True, current.in_table))  # fmt: skip
    if current.family in ("currency", "shares", "count"):
        low, high = current.low - prior.high, current.high - prior.low
        results.append(DerivedValue("difference", (current, prior), current.value - prior.value, low, high,
                                    current.family, metrics, current.period, True, current.in_table))  # fmt: skip
    return results


def _ratio(part: Fact, whole: Fact) -> DerivedValue | None:
    if whole.low <= 0 or part.high <= 0:
        return None
    corners = [a / b * _HUNDRED for a in (part.low, part.high) for b in (whole.low, whole.high)]
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


def _comparison_pairs(facts: list[Fact]) -> Iterable[tuple[Fact, Fact]]:
    """(current, prior) pairs: the cells of a table row, and figures of one sentence (in either order)."""
    yield from (pair for row in _grouped(facts, _row_of) for pair in _row_pairs(row))
    for sentence in _grouped(facts, _sentence_of):
        for i, first in enumerate(sentence):
            for second in sentence[i + 1 : i + 4]:
                if first.family != second.family:
                    continue
                if second.period.prior and not first.period.prior:
                    yield first, second
                elif first.period.prior and second.period.prior is False:
                    yield second, first  # "increased from RMB552.0 million ... to RMB963.8 million": the earlier said first


def _row_of(fact: Fact) -> tuple[int, int] | None:
    figure = fact.figure
    return None if figure.nil or figure.table is None else (figure.table, figure.context.start)


def _sentence_of(fact: Fact) -> Span | None:
    figure = fact.figure
    return None if figure.nil or figure.table is not None else figure.context


def _grouped(facts: list[Fact], key: Callable[[Fact], Any]) -> Iterator[list[Fact]]:
    """The ``facts`` that ``key`` gives a key (not None) grouped by it: each group in ``facts``' order, the
    groups in the order of their first fact. Where each new key is above the one before (the index's
    facts stand in text order), a group is a run of one key, made as it is read: a dict of a list for
    each sentence of running text was ~150 bytes a sentence, held at once."""
    before = None
    for fact in facts:
        known = key(fact)
        if known is None or known == before:
            continue
        if before is not None and known < before:
            groups: dict[Any, list[Fact]] = {}
            for fact in facts:
                if (known := key(fact)) is not None:
                    groups.setdefault(known, []).append(fact)
            yield from groups.values()
            return
        before = known
    run: list[Fact] = []
    for fact in facts:
        known = key(fact)
        if known is None:
            continue
        if run and known != before:
            yield run
            run = []
        before = known
        run.append(fact)
    if run:
        yield run


def _margin_pairs(facts: list[Fact]) -> Iterable[tuple[Fact, Fact]]:
    """(part, revenue) pairs from one column of one table, for margins and shares of revenue."""
    columns: dict[tuple[int, str | None], list[Fact]] = {}
    for fact in facts:
        if fact.figure.table is not None and fact.family == "currency" and not fact.figure.nil:
            columns.setdefault((fact.figure.table, fact.figure.column), []).append(fact)
    for column in columns.values():
        revenues = [f for f in column if "revenue" in f.metrics]
        for whole in revenues[:2]:
            for part in column:
                if part is not whole:
                    yield part, whole


def derived_values(facts: list[Fact]) -> list[DerivedValue]:
    """Percent changes, differences and margins computed from pairs of facts.

    A row or sentence that states its change rounded ("5%") still has its change computed:
    a claim's more precise recomputation ("4.9%", from 154,361 vs 147,164) is checked, and
    the verifier takes a computed value only when it rounds to the claim (issue 11)."""
    derived: list[DerivedValue] = []
    for current, prior in _comparison_pairs(facts):
        derived.extend(_changes(current, prior))
    for part, whole in _margin_pairs(facts):
        margin = _ratio(part, whole)
        if margin:
            derived.append(margin)
    return derived
