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
from dataclasses import replace
from decimal import Decimal

from .cells import is_nil_cell
from .numbers import NOT_FINANCIAL, NUMBER, Token, not_financial_kind, parse_token, precision
from .sentences import sentence_spans
from .types import Document, Figure, Figures, OtherKind, OtherNumber, Row, Span, Table, Unit

__all__ = ["extract_figures", "row_unit"]

_PER_SHARE_LABEL = re.compile(
    r"per\s+(?:\w+\s+){0,3}share|\bEPS\b|per[\s-]share|earnings\s+per|dividends?\s+(?:declared|paid)?\s*per", re.IGNORECASE
)
_PER_SHARE_ROW = re.compile(r"^(?:basic|diluted|basic\s+and\s+diluted|assuming\s+dilution)\b", re.IGNORECASE)
_SHARES_LABEL = re.compile(r"\bshares\b(?!\s+data)|share\s+count|weighted[\s-]+average", re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"%|\bpercent|\bmargin\s*(?:rate)?$|\bratio\b|\byield\b|\brate\b", re.IGNORECASE)
_PERCENT_COLUMN = re.compile(r"%|\bchange\b|\bY/Y\b|\bQ/Q\b|\binc(?:rease)?\b|\bdec(?:rease)?\b|\bgrowth\b", re.IGNORECASE)
_SPACE_BEFORE_NUMBER = re.compile(r"[$€£¥]\s+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CELL_SEPARATORS = re.compile(r"[\s|]+")
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+(?:[.,:/-]\d+)*")
_WINDOW_BEFORE, _WINDOW_AFTER = 48, 24
_LONE_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,3}[ \t]*$", re.MULTILINE)


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


def _table_figures(document: Document, index: int, table: Table, figures: list[Figure]) -> None:
    text = document.text
    percent_columns = [bool(_PERCENT_COLUMN.search(column)) for column in table.columns]
    for row in table.rows:
        by_row = row_unit(row)
        for position, cell in enumerate(row.cells):
            column = table.columns[position] if position < len(table.columns) else None
            if is_nil_cell(cell.text):
                dash = len(cell.text.rstrip(" %")) - 1
                span = Span(cell.span.start + dash, cell.span.start + dash + 1)
                figures.append(
                    Figure(span, span.of(text), Decimal(0), Unit.CURRENCY, table.scale.exponent, "table",
                           False, True, -table.scale.exponent, row.span, row.label, column, index)
                )  # fmt: skip
                continue
            match = NUMBER.search(text, cell.span.start, cell.span.end)
            if not match:
                continue
            token = parse_token(text, match, in_table=True)
            if token.unit is Unit.COUNT and _CELL_SEPARATORS.sub("", cell.text).endswith("%"):
                token = replace(token, unit=Unit.PERCENT)
            unit = _cell_unit(table, by_row, position < len(percent_columns) and percent_columns[position], token)
            exponent, source = token.exponent, "inline" if token.has_scale else "none"
            if not token.has_scale:
                if unit is Unit.CURRENCY and table.scale.exponent:
                    exponent, source = table.scale.exponent, "table"
                elif unit is Unit.SHARES and table.scale.share_exponent:
                    exponent, source = table.scale.share_exponent, "table"
            magnitude = Decimal(match.group("num").replace(",", "")).scaleb(exponent)
            start = token.start
            gap = _SPACE_BEFORE_NUMBER.search(text, start, match.start("num"))
            span = Span(gap.end() if gap else start, min(token.end, cell.span.end))
            figures.append(
                Figure(
                    span=span,
                    text=span.of(text),
                    value=-magnitude if token.negative else magnitude,
                    unit=unit,
                    exponent=exponent,
                    scale_source=source,
                    negative=token.negative,
                    nil=False,
                    decimals=precision(match.group("num"), exponent),
                    context=row.span,
                    row=row.label,
                    column=column,
                    table=index,
                )
            )


class _SpanIndex:
    """Sorted, non-overlapping spans with a fast "which one holds this offset?"."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [span.start for span in self.spans]

    def find(self, offset: int) -> Span | None:
        position = bisect.bisect_right(self.starts, offset) - 1
        if position >= 0 and offset < self.spans[position].end:
            return self.spans[position]
        return None


def extract_figures(document: Document) -> Figures:
    """Every number of ``document``: financial figures in text order, and the rest."""
    text = document.text
    financial: list[Figure] = []
    for index, table in enumerate(document.tables):
        _table_figures(document, index, table, financial)
    cells = _SpanIndex([cell.span for table in document.tables for row in table.rows for cell in row.cells])
    table_spans = _SpanIndex([table.span for table in document.tables])

    other: list[OtherNumber] = []
    for start, end in _digit_windows(text):
        for match in NOT_FINANCIAL.finditer(text, start, end):
            if _DIGIT.search(match.group()) and not cells.find(match.start()):
                other.append(OtherNumber(Span(match.start(), match.end()), match.group(), not_financial_kind(match)))
    for match in _LONE_NUMBER_LINE.finditer(text):
        if not table_spans.find(match.start()):
            span = Span(match.start() + len(match.group()) - len(match.group().lstrip()), match.end())
            other.append(OtherNumber(Span(span.start, span.start + len(span.of(text).strip())), span.of(text).strip(), OtherKind.PAGE))
    excluded = _SpanIndex(_merge([number.span for number in other]))

    sentences = _SpanIndex(sentence_spans(text))
    for match in NUMBER.finditer(text):
        number_start = match.start("num")
        if cells.find(number_start) or excluded.find(number_start):
            continue
        number = match.group("num")
        if (
            _YEAR.fullmatch(number)
            and not match.group("currency")
            and not match.group("pct")
            and not match.group("scale")
            and not match.group("glued")
        ):
            other.append(OtherNumber(Span(match.start("num"), match.end("num")), number, OtherKind.YEAR))
            continue
        token = parse_token(text, match)
        span = Span(token.start, token.end)
        row = None
        table_span = table_spans.find(token.start)
        context = sentences.find(token.start) or table_span or span
        financial.append(
            Figure(
                span=span,
                text=span.of(text),
                value=token.value,
                unit=token.unit,
                exponent=token.exponent,
                scale_source="inline" if token.has_scale else "none",
                negative=token.negative,
                nil=False,
                decimals=token.decimals,
                context=context,
                row=row,
            )
        )
    financial.sort(key=lambda figure: figure.span.start)
    other.sort(key=lambda number: number.span.start)
    return Figures(tuple(financial), tuple(other))


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digits, cut at white space, where a non-figure may be.

    Scanning only these keeps the many-branched ``NOT_FINANCIAL`` pattern off digit-free prose.
    """
    windows: list[tuple[int, int]] = []
    for match in _DIGIT_RUN.finditer(text):
        start = text.rfind(" ", 0, max(0, match.start() - _WINDOW_BEFORE)) + 1
        line_start = text.rfind("\n", 0, match.start()) + 1
        start = max(start, line_start)
        end = text.find("\n", match.end(), match.end() + _WINDOW_AFTER)
        end = match.end() + _WINDOW_AFTER if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
