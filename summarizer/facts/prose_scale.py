"""The scale of a money table that states none, told by the sentences that restate its figures.

A table with no scale caption is read in whole units: "Sales revenues | 1,256" is $1,256. Some
releases print a table of millions without saying so; their sentences say it for them ("net
earnings attributable to shareholders of the Company of $99 million" beside the cell 99, "gross
profit of $405 million" beside 405). When at least two cells of a table agree with sentences
naming the same metric at one scale, the table's money cells are in that scale (whole units
too: "$254,223" beside 254,223 makes the scale told, not unknown); so are those of a table
with one such cell of three digits or more and none at another scale, when no table is restated
in whole units. A
sentence that rounds a cell to three digits ("revenues of $1.17 billion" beside 1,168,179) counts
as a restatement at that scale, and a one-digit cell counts as none.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from decimal import Decimal

from ..text.vocabulary import NOT_MONEY_METRICS
from ..types import Unit
from .model import Fact

__all__ = ["scaled_by_prose"]

_SCALES = (3, 6, 9)
_AGREEING_CELLS = 2
_WHOLE_AMOUNT = 10_000  # an amount in whole units that a sentence prints digit for digit


def _unscaled_money(fact: Fact) -> bool:
    """A table cell of money in whole units, as far as the table says: an amount, or a bare number
    on a row that names an amount of money ("Operating profit (loss) | 344" with no "$" anywhere)."""
    figure = fact.figure
    money = fact.family == "currency" or (
        fact.family == "count" and bool(fact.metrics) and not fact.metrics & NOT_MONEY_METRICS
    )
    return money and figure.table is not None and figure.scale_source == "none" and figure.exponent == 0 and not fact.change


def _table_scales(cells: list[Fact], sentences: list[Fact]) -> dict[int, int]:
    """The scale each unscaled money table is in, for the tables the sentences settle: a sentence
    restates a cell when it names one of the cell's metrics and prints its digits at a scale
    ("$99 million" for 99 is 6, "$1,256,000" for 1,256,000 is 0)."""
    agreeing: dict[int, dict[int, set[int]]] = {}  # table -> scale -> cells agreeing
    telling: set[int] = set()  # tables with a cell of three digits or more agreeing ("99" beside "$99 million" may be chance)
    restated: dict[Decimal, list[Fact]] = {}  # sentences' amounts as printed, by magnitude
    rounded: list[tuple[Decimal, Decimal, Fact]] = []  # sentences' amounts of three digits or more, rounded
    for sentence in sentences:
        told = sentence.figure.scale_source == "inline" or abs(sentence.value) >= _WHOLE_AMOUNT  # "$254,223", not "$10"
        if sentence.family == "currency" and sentence.metrics and told:
            restated.setdefault(abs(sentence.value).normalize(), []).append(sentence)
            low, high = sorted((abs(sentence.low), abs(sentence.high)))
            if abs(sentence.value) >= 100 * (high - low):
                rounded.append((low, high, sentence))
    rounded.sort(key=lambda item: item[0])
    lows = [low for low, _, _ in rounded]
    for cell in cells:
        assert cell.figure.table is not None
        if abs(cell.value) < 10:
            continue  # one digit ("1" beside "$1.0 billion") agrees with anything by chance
        for exponent in (0, *_SCALES):
            magnitude = abs(cell.value).scaleb(exponent).normalize()
            if any(cell.metrics & sentence.metrics for sentence in restated.get(magnitude, ())) or (
                exponent and _within_rounded(magnitude, cell, rounded, lows)
            ):
                agreeing.setdefault(cell.figure.table, {}).setdefault(exponent, set()).add(cell.figure.span.start)
                if abs(cell.value) >= 100:
                    telling.add(cell.figure.table)
    settled = {
        table: next(iter(scales))
        for table, scales in agreeing.items()
        if len(scales) == 1 and len(next(iter(scales.values()))) >= _AGREEING_CELLS
    }
    # a table with one cell restated at a scale, and none at another, is in that scale when no table of the
    # release is restated in whole units
    if not any(0 in scales for scales in agreeing.values()):
        settled.update({table: next(iter(scales)) for table, scales in agreeing.items() if len(scales) == 1 and table in telling})
    return settled


def _within_rounded(magnitude: Decimal, cell: Fact, rounded: list[tuple[Decimal, Decimal, Fact]], lows: list[Decimal]) -> bool:
    """Whether a sentence names one of the cell's metrics with an amount of three digits or more
    that rounds ``magnitude`` ("revenues of $1.17 billion" for the cell 1,168,179 at thousands):
    not the digits a scale is told by, but evidence against another scale."""
    position = bisect.bisect_right(lows, magnitude)
    while position > 0:
        position -= 1
        low, high, sentence = rounded[position]
        if low < magnitude * Decimal("0.99"):
            break  # intervals of three digits are within 1% of their amount
        if magnitude <= high and cell.metrics & sentence.metrics:
            return True
    return False


def scaled_by_prose(cells: list[Fact], sentences: list[Fact]) -> list[Fact]:
    """``cells`` (table facts) with the money cells of tables the sentences settle in their scale."""
    unscaled = [cell for cell in cells if _unscaled_money(cell)]
    scales = _table_scales(unscaled, sentences) if unscaled else {}
    if not scales:
        return cells
    return [
        _rescaled(cell, scales[cell.figure.table]) if cell.figure.table in scales and _unscaled_money(cell) else cell
        for cell in cells
    ]


def _rescaled(cell: Fact, exponent: int) -> Fact:
    figure = cell.figure
    told = figure._replace(
        unit=Unit.CURRENCY,
        value=figure.value.scaleb(exponent),
        exponent=exponent,
        decimals=figure.decimals - exponent,
        scale_source="prose",
    )
    return replace(
        cell,
        figure=told,
        family="currency",
        value=cell.value.scaleb(exponent),  # its interval the told figure's, turned like its value (``Fact.interval``)
    )
