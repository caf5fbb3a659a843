"""Document -> every number in it, understood.

Table cells are read with their table: the row label and section say whether a value
is a per-share amount, a share count or a percentage; the caption says the scale for
each of those unit families; the column header says the period. Numbers in running
text carry their own currency, scale and unit words. Numbers that are not figures
(dates, years, phone numbers, footnote markers ...) are kept apart.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import NamedTuple

from .cells import is_nil_cell
from .numbers import NOT_FINANCIAL, NUMBER, Token, is_bare_year, not_financial_kind, parse_token, shares_range_scale
from .sentences import sentence_spans
from .types import Cell, Document, Figure, Figures, OtherKind, OtherNumber, Row, Span, Table, Unit

__all__ = ["extract_figures", "row_unit"]

_PER_SHARE_LABEL = re.compile(
    r"per\s+(?:\w+\s+){0,3}share|\bEPS\b|per[\s-]share|earnings\s+per|dividends?\s+(?:declared|paid)?\s*per", re.IGNORECASE
)
_PER_SHARE_ROW = re.compile(r"^(?:basic|diluted|basic\s+and\s+diluted|assuming\s+dilution)\b", re.IGNORECASE)
_SHARES_LABEL = re.compile(r"\bshares\b(?!\s+data)|share\s+count|weighted[\s-]+average", re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"%|\bpercent|\bmargin\s*(?:rate)?$|\bratio\b|\byield\b|\brate\b", re.IGNORECASE)
_PERCENT_COLUMN = re.compile(r"%|\bY/Y\b|\bQ/Q\b|\bpercent", re.IGNORECASE)
_SPACE_BEFORE_NUMBER = re.compile(r"[$€£¥]\s+")
_NIL_DECIMALS = 2
_CELL_SEPARATORS = re.compile(r"[\s|]+")
_DIGIT = re.compile(r"\d")
_LONE_NUMBER_LINE = re.compile(r"^[ \t]*(\d{1,3})[ \t]*$", re.MULTILINE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LOCAL_PART = re.compile(r"[\w.+-]+$")


def row_unit(row: Row) -> Unit | None:
    """The unit family a row's label (or its section, for "Basic"/"Diluted") implies."""
    if _SHARES_LABEL.search(row.label):
        return Unit.SHARES
    if _PER_SHARE_LABEL.search(row.label):
        return Unit.PER_SHARE
    if _PER_SHARE_ROW.search(row.label):
        if _SHARES_LABEL.search(row.section):
            return Unit.SHARES
        if _PER_SHARE_LABEL.search(row.section):
            return Unit.PER_SHARE
    if _PERCENT_LABEL.search(row.label):
        return Unit.PERCENT
    return None


def _cell_unit(table: Table, by_row: Unit | None, percent_column: bool, token: Token) -> Unit:
    """The unit family of a table cell, from its own text, its row and its column."""
    if token.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS):
        return token.unit
    if by_row in (Unit.SHARES, Unit.PER_SHARE):
        return by_row
    if percent_column and not token.has_currency:
        return Unit.PERCENT
    if by_row is Unit.PERCENT and not token.has_currency and not table.scale.exponent:
        return Unit.PERCENT
    if token.has_currency or table.scale.exponent:
        return Unit.CURRENCY
    return Unit.COUNT


class _CellPlace(NamedTuple):
    """Where a cell sits: its table, row, column, and what the row says of its unit."""

    table_index: int
    table: Table
    row: Row
    cell: Cell
    column: str | None
    percent_column: bool
    row_unit: Unit | None


def _percent_columns(table: Table) -> list[bool]:
    """Columns of percentages: the header says so, or the column's first cell carries the
    sign (statements print "%" on a column's first row only)."""
    percent = [bool(_PERCENT_COLUMN.search(column)) for column in table.columns]
    seen: set[int] = set()
    for row in table.rows:
        for position, cell in enumerate(row.cells):
            column = table.column_index(row, position)
            if column is not None and column not in seen:
                seen.add(column)
                percent[column] = percent[column] or _CELL_SEPARATORS.sub("", cell.text).endswith("%")
    return percent


def _cell_places(tables: tuple[Table, ...]) -> list[_CellPlace]:
    places = []
    for index, table in enumerate(tables):
        percent_columns = _percent_columns(table)
        for row in table.rows:
            by_row = row_unit(row)
            for position, cell in enumerate(row.cells):
                column_index = table.column_index(row, position)
                column = None if column_index is None else table.columns[column_index]
                percent = column_index is not None and percent_columns[column_index]
                places.append(_CellPlace(index, table, row, cell, column, percent, by_row))
    return places  # in text order: tables, their rows and their cells all are


def _nil_figure(text: str, place: _CellPlace) -> Figure:
    """A dash in a table cell: nil, zero to the cent, whatever the table's scale."""
    cell, exponent = place.cell, place.table.scale.exponent
    dash = cell.span.start + len(cell.text.rstrip(" %")) - 1
    span = Span(dash, dash + 1)
    return Figure(span, span.of(text), Decimal(0), Unit.CURRENCY, exponent, "table", False, True, _NIL_DECIMALS,
                  place.row.span, place.row.label, place.column, place.table_index)  # fmt: skip


def _cell_figure(text: str, match: re.Match, place: _CellPlace) -> Figure:
    """A number in a table cell, read with its row, column and the table's scale caption."""
    token = parse_token(text, match, in_table=True)
    if token.unit is Unit.COUNT and "%" in place.cell.text and _CELL_SEPARATORS.sub("", place.cell.text).endswith("%"):
        token = token._replace(unit=Unit.PERCENT)
    scale = place.table.scale
    unit = _cell_unit(place.table, place.row_unit, place.percent_column, token)
    exponent, source = token.exponent, "inline" if token.has_scale else "none"
    if not token.has_scale:
        if unit is Unit.CURRENCY and scale.exponent:
            exponent, source = scale.exponent, "table"
        elif unit is Unit.SHARES and scale.share_exponent:
            exponent, source = scale.share_exponent, "table"
    start = token.start
    if token.has_currency:  # "$ (2,209)" in a cell is read as "(2,209)"
        gap = _SPACE_BEFORE_NUMBER.search(text, start, match.start("num"))
        start = gap.end() if gap else start
    span = Span(start, min(token.end, place.cell.span.end))
    row = place.row
    return Figure(span, span.of(text), token.value.scaleb(exponent - token.exponent), unit, exponent, source,
                  token.negative, False, token.decimals + token.exponent - exponent, row.span, row.label,
                  place.column, place.table_index)  # fmt: skip


def _text_figure(text: str, match: re.Match, context: Span | None) -> Figure:
    """A number in running text, read with the words glued to it."""
    token = parse_token(text, match)
    span = Span(token.start, token.end)
    return Figure(
        span=span,
        text=span.of(text),
        value=token.value,
        unit=token.unit,
        exponent=token.exponent,
        scale_source="inline" if token.has_scale else "none",
        negative=token.negative,
        nil=False,
        decimals=token.decimals,
        context=context or span,
    )


class _SpanIndex:
    """Sorted, non-overlapping spans with a fast "which one holds this offset?"."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [span.start for span in self.spans]

    def position(self, offset: int) -> int:
        """Index of the span holding ``offset``, or -1."""
        position = bisect.bisect_right(self.starts, offset) - 1
        return position if position >= 0 and offset < self.spans[position].end else -1

    def find(self, offset: int) -> Span | None:
        position = self.position(offset)
        return self.spans[position] if position >= 0 else None


class _Walker:
    """``_SpanIndex.position`` for offsets that only grow: a moving pointer, no search."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.index = 0

    def position(self, offset: int) -> int:
        spans, index = self.spans, self.index
        while index < len(spans) and spans[index].end <= offset:
            index += 1
        self.index = index
        return index if index < len(spans) and spans[index].start <= offset else -1


def _gaps(spans: list[Span], length: int) -> list[Span]:
    """The stretches of ``[0, length)`` between sorted, non-overlapping ``spans``."""
    gaps, position = [], 0
    for span in spans:
        if span.start > position:
            gaps.append(Span(position, span.start))
        position = max(position, span.end)
    if position < length:
        gaps.append(Span(position, length))
    return gaps


def _other_numbers(text: str, value_areas: list[Span], tables: _SpanIndex) -> list[OtherNumber]:
    """Dates, phone numbers, footnote markers, page numbers, e-mail addresses ...

    The value areas of table rows are skipped: their numbers are figures, read with their table."""
    other = []
    for gap in _gaps(value_areas, len(text)):
        for match in NOT_FINANCIAL.finditer(text, gap.start, gap.end):
            if _DIGIT.search(match.group()):
                other.append(OtherNumber(Span(match.start(), match.end()), match.group(), not_financial_kind(match)))
    for at in _at_signs(text):
        local = _EMAIL_LOCAL_PART.search(text, max(0, at - 64), at)
        match = _EMAIL.match(text, local.start()) if local else None
        if match and _DIGIT.search(match.group()):
            other.append(OtherNumber(Span(match.start(), match.end()), match.group(), OtherKind.IDENTIFIER))
    for match in _LONE_NUMBER_LINE.finditer(text):
        if tables.position(match.start()) < 0:
            span = Span(match.start(1), match.end(1))
            other.append(OtherNumber(span, match.group(1), OtherKind.PAGE))
    return other


def _at_signs(text: str):
    at = text.find("@")
    while at >= 0:
        yield at
        at = text.find("@", at + 1)


def extract_figures(document: Document) -> Figures:
    """Every number of ``document``: financial figures in text order, and the rest.

    One pass over the numeric tokens: a token in a table cell is read with its table,
    any other token with its sentence, unless it lies in a non-figure (a date, a phone
    number ...) found first.
    """
    text = document.text
    places = _cell_places(document.tables)
    cells = _SpanIndex([place.cell.span for place in places])
    tables = _SpanIndex([table.span for table in document.tables])
    value_areas = [
        Span(row.cells[0].span.start, row.cells[-1].span.end) for table in document.tables for row in table.rows if row.cells
    ]
    other = _other_numbers(text, value_areas, tables)
    excluded = _SpanIndex(_merge([number.span for number in other]))
    sentences = _SpanIndex(
        [sentence for gap in _gaps(tables.spans, len(text)) for sentence in sentence_spans(text, gap.start, gap.end)]
    )

    financial: list[Figure] = []
    read_cells: set[int] = set()
    in_cell, in_excluded = _Walker(cells.spans), _Walker(excluded.spans)
    for match in NUMBER.finditer(text):
        number_start = match.start("num")
        cell = in_cell.position(number_start)
        if cell >= 0:
            if cell not in read_cells:
                read_cells.add(cell)
                financial.append(_cell_figure(text, match, places[cell]))
        elif in_excluded.position(number_start) >= 0:
            continue
        elif is_bare_year(match):
            other.append(OtherNumber(Span(number_start, match.end("num")), match.group("num"), OtherKind.YEAR))
        else:
            financial.append(_text_figure(text, match, sentences.find(match.start()) or tables.find(match.start())))
    for index, place in enumerate(places):
        if index not in read_cells and is_nil_cell(place.cell.text):
            financial.append(_nil_figure(text, place))
    financial = _share_range_scales(text, financial)
    financial.sort(key=lambda figure: figure.span.start)
    other.sort(key=lambda number: number.span.start)
    return Figures(tuple(financial), tuple(other))


def _share_range_scales(text: str, figures: list[Figure]) -> list[Figure]:
    """In running text, "2.29 to 2.32 million" is two millions: the first number of a range
    takes the scale and unit of the second."""
    result = list(figures)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.scale_source != "none" or first.table is not None:
            continue
        if (
            first.table is None
            and second.table is None
            and first.scale_source == "none"
            and second.scale_source == "inline"
            and shares_range_scale(text, first.span.end, second.span.start, first.unit, second.unit)
        ):
            result[index] = first._replace(
                value=first.value.scaleb(second.exponent),
                unit=second.unit,
                exponent=second.exponent,
                scale_source="inline",
                decimals=first.decimals - second.exponent,
            )
    return result


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
