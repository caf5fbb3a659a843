"""The scale of a money table that states none, told by the sentences that restate its figures.

A table with no scale caption is read in whole units: "Sales revenues | 1,256" is $1,256. Some
releases print a table of millions without saying so; their sentences say it for them ("net
earnings attributable to shareholders of the Company of $99 million" beside the cell 99, "gross
profit of $405 million" beside 405). When at least two cells of a table agree with sentences
naming the same metric at one scale, the table's money cells are in that scale (whole units
too: "$254,223" beside 254,223 makes the scale told, not unknown); so are those of a table
with one such cell of three digits or more and none at another scale, when no table is restated
in whole units. A
sentence that rounds a cell to three digits ("revenues of $1.17 billion" beside 1,168,179, "revenues
of $151 million" beside $151,115,532) counts as a restatement at that scale, and a one-digit cell
counts as none. A release whose sentences settle tables in whole units only, and that prints no
table at a scale, is in whole units throughout.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal

from ..figures.extract import amount_per_one
from ..ingest.tables import caption_exponent
from ..text.vocabulary import NOT_MONEY_METRICS
from ..types import Document, Unit
from .model import Fact

__all__ = ["scaled_by_prose", "scaled_by_caption"]

_SCALES = (3, 6, 9)
_AGREEING_CELLS = 2
_WHOLE_AMOUNT = 10_000  # an amount in whole units that a sentence prints digit for digit


def _unscaled_money(fact: Fact, changes: bool = False) -> bool:
    """A table cell of money in whole units, as far as the table says: an amount, or a bare number
    on a row that names an amount of money ("Operating profit (loss) | 344" with no "$" anywhere);
    a change of money ("$ Change | 1,204") only with ``changes``: it shows no scale, but takes its table's."""
    figure = fact.figure
    money = fact.family == "currency" or (
        fact.family == "count" and bool(fact.metrics) and not fact.metrics & NOT_MONEY_METRICS
    )
    return (
        money and figure.table is not None and figure.scale_source == "none" and figure.exponent == 0
        and (changes or not fact.change)
        # "Equivalent US$/per day | $36,869": an amount per one thing, in no table's millions
        and not (figure.row and amount_per_one(figure.row))
    )


def _table_scales(cells: list[Fact], sentences: list[Fact]) -> dict[int, int]:
    """The scale each unscaled money table is in, for the tables the sentences settle: a sentence
    restates a cell when it names one of the cell's metrics and prints its digits at a scale
    ("$99 million" for 99 is 6, "$1,256,000" for 1,256,000 is 0)."""
    agreeing: dict[int, dict[int, set[int]]] = {}  # table -> scale -> cells agreeing
    telling: set[int] = set()  # tables with a cell of three digits or more agreeing ("99" beside "$99 million" may be chance)
    restated: dict[Decimal, list[Fact]] = {}  # sentences' amounts as printed, by magnitude
    rounded: list[tuple[Decimal, Decimal, Fact]] = []  # sentences' amounts of three digits or more, rounded
    said: set[str] = set()  # every metric those sentences name
    for sentence in sentences:
        told = sentence.figure.scale_source == "inline" or abs(sentence.value) >= _WHOLE_AMOUNT  # "$254,223", not "$10"
        if sentence.family == "currency" and sentence.metrics and told:
            restated.setdefault(abs(sentence.value).normalize(), []).append(sentence)
            said.update(sentence.metrics)
            low, high = sorted((abs(sentence.low), abs(sentence.high)))
            if abs(sentence.value) >= 100 * (high - low):
                rounded.append((low, high, sentence))
    rounded.sort(key=lambda item: item[0])
    lows = [low for low, _, _ in rounded]
    for cell in cells:
        assert cell.figure.table is not None
        if abs(cell.value) < 10:
            continue  # one digit ("1" beside "$1.0 billion") agrees with anything by chance
        if cell.metrics.isdisjoint(said):
            # a sentence agrees with a cell only where it names one of the cell's metrics: a cell of none of theirs
            # ("Line item 12" of a table of thousands of rows) is not scaled four ways and looked for
            continue
        for exponent in (0, *_SCALES):
            magnitude = abs(cell.value).scaleb(exponent).normalize()
            if any(cell.metrics & sentence.metrics for sentence in restated.get(magnitude, ())) or (
                _within_rounded(magnitude, cell, rounded, lows)
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
    # release is restated in whole units; in whole units whatever the others ("$151,115,532" beside "revenues of
    # $151 million": a cell of three digits or more at a scale a thousand times smaller is no chance)
    whole = any(0 in scales for scales in agreeing.values())
    settled.update({
        table: next(iter(scales))
        for table, scales in agreeing.items()
        if len(scales) == 1 and table in telling and (not whole or 0 in scales)
    })  # fmt: skip
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
    if set(scales.values()) == {0} and not any(cell.figure.exponent for cell in cells):
        # a release whose sentences show tables in whole units, and no table at a scale: its other tables
        # that state none are in whole units too ("Cash and cash equivalents | $30,125,944" beside statements
        # the sentences restate so)
        scales = dict.fromkeys({cell.figure.table for cell in unscaled if cell.figure.table is not None}, 0)
    return [
        _rescaled(cell, scales[cell.figure.table]) if cell.figure.table in scales and _unscaled_money(cell, changes=True) else cell
        for cell in cells
    ]


def _rescaled(cell: Fact, exponent: int, source: str = "prose") -> Fact:
    figure = cell.figure
    told = figure._replace(
        unit=Unit.CURRENCY,
        value=figure.value.scaleb(exponent),
        exponent=exponent,
        decimals=figure.decimals - exponent,
        scale_source=source,
    )
    return replace(
        cell,
        figure=told,
        family="currency",
        value=cell.value.scaleb(exponent),  # its interval the told figure's, turned like its value (``Fact.interval``)
    )


_LINES_UP = 4  # a caption's reach over the lines of a block below it that are no table
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_CELL_BREAK = re.compile(r"\s*[|\t]\s*")
_CURRENCY_WORD = re.compile(r"\b(?:[A-Z]{1,3}\$|US|USD|EUR|RMB|HK)\b")


def scaled_by_caption(document: Document, facts: list[Fact]) -> list[Fact]:
    """Amounts of running text printed alone on their line under a scale caption a few lines up, with no
    sentence between: a block of one row that no table reading took ("Q3 2026 Guidance | $ in billions" /
    "Consumer Loan Marketplace Volume" / "| $4.8 - $5.2 |") is in the caption's scale, as a table's cells
    would be ($4.8 billion), not in whole units."""
    text = document.text
    told: dict[int, int | None] = {}  # a line's start -> the exponent of the caption over it
    result = []
    for fact in facts:
        figure = fact.figure
        if figure.table is not None or fact.family != "currency" or figure.scale_source != "none" or figure.exponent:
            result.append(fact)
            continue
        start = text.rfind("\n", 0, figure.span.start) + 1
        if start not in told:
            told[start] = _caption_above(text, start)
        exponent = told[start]
        result.append(fact if exponent is None else _rescaled(fact, exponent, "caption"))
    return result


def _caption_above(text: str, start: int) -> int | None:
    """The exponent of a scale caption over the line at ``start`` when that line holds amounts alone, or a
    label and its amounts in cells ("Consumer Loan Marketplace Volume | $4.8 - $5.2 |"), and the lines
    between are short labels or blank, not sentences; else None."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    cells = _CELL_BREAK.split(line.strip(" |\t"), maxsplit=1)  # a row's label, then its amounts
    if _LETTERS.search(_CURRENCY_WORD.sub("", cells[-1])) or _SENTENCE_END.search(cells[0]):
        return None  # words among the amounts: a sentence, read as such
    above, seen = start - 1, 0
    while above > 0 and seen < _LINES_UP:
        first = text.rfind("\n", 0, above) + 1
        words = text[first:above].strip(" \t|")
        above = first - 1
        if not words:
            continue
        seen += 1
        exponent = caption_exponent(words)
        if exponent is not None:
            return exponent
        if _SENTENCE_END.search(words) or len(words) > 80:
            return None  # a sentence: the caption above it is another block's
    return None
