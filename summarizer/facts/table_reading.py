"""Facts of table cells: a cell read with its row (metric, sign), column (period, change,
segment) and section, and the kind of table it stands in."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from ..figures.columns import (
    column_segments,
    compares_two,
    fiscal_anchor,
    opening_date,
    row_dates,
    section_periods,
    table_periods,
)
from ..ingest.cells import is_nil_cell
from ..ingest.compact_rows import row_spans
from ..text.context import BASIS_KEYWORDS, basis_of, organic_heading
from ..text.keywords import may_hold
from ..text.vocabulary import (
    CAPTION_EXCEPTION,
    CHANGE_COLUMN,
    FORWARD_LOOKING,
    GROWTH_METRICS,
    NOT_PROVIDED_FOR,
    Period,
    length_in,
    metrics_in,
)
from ..types import (
    BASIS_POINTS_UNIT,
    CURRENCY_UNIT,
    PER_SHARE_UNIT,
    PERCENT_UNIT,
    POINT_UNITS,
    Document,
    Figure,
    Row,
    Span,
    Table,
)
from .directions import cell_direction
from .model import Fact, family_of

__all__ = ["table_fact", "signed_fact", "TableLookup", "growth_rate"]

_HUNDRED = Decimal(100)
_LOSS_ROW = re.compile(rf"{NOT_PROVIDED_FOR}\bloss(?:es)?\b", re.IGNORECASE)  # not "Provision for credit losses"
_NOT_LOSS_ROW = re.compile(r"\b(?:income|earnings|profit|gains?|before)\b", re.IGNORECASE)  # "Securities gains (losses), net": either way
_QUALIFIER_ONLY = re.compile(r"^\s*(?:basic|diluted|basic and diluted|assuming dilution|total)\s*:?\s*$", re.IGNORECASE)


# a percentage in a row labelled by a change holds changes: "Sales growth %", "% increase (decrease)",
# "Organic sales (decrease) increase"
# "Operating Revenue Growth (non-GAAP)": a basis aside after the words changes nothing
_CHANGE_ROW = re.compile(
    r"\b(?:growth|change|increase|decrease)\)?\s*(?:\(?%\)?|\(\d\))?\s*(?:\((?:non-)?gaap\))?\s*:?\s*$", re.IGNORECASE
)
# a row of amounts by which something changed: "Change in ...", "Net increase (decrease) in ...", "(Increase) decrease in";
# not a gain or loss named "Change in fair value of warrant liabilities"
_DIFFERENCE_ROW = re.compile(
    r"^\s*(?:net\s+)?(?:changes?|\(?increase\)?|\(?decrease\)?)(?:\s*/?\s*\(?(?:increase|decrease)\)?)?\s+in\b"
    r"(?!\s+(?:the\s+)?fair\s+value)",
    re.IGNORECASE,
)
# "Per share", nothing before but a dash or a bullet, and at most the issuer's name between: "– Per Brookfield share"
_PER_SHARE_OF_ABOVE = re.compile(
    r"[\s\-–—•·]*per (?:common |basic |diluted )?(?:[A-Z][\w.&'-]*\s+){0,2}(?:share|unit)s?(?![a-z])", re.IGNORECASE
)
_OPENING_BALANCE = re.compile(r"\b(?:at\s+)?beginning\s+of\s+(?:the\s+)?(?:period|year|quarter|fiscal\s+year)\b", re.IGNORECASE)
# The words every match of a label pattern holds (``keywords.may_hold``): most labels hold none of them, and a
# table of thousands of rows asked each pattern of each label ("Line item 12": ~20 us a row in all)
_LOSS_WORDS = ("loss",)
_CHANGE_WORDS = ("change", "increase", "decrease")
_CHANGE_ROW_WORDS = ("growth", *_CHANGE_WORDS)
_QUALIFIER_WORDS = ("basic", "diluted", "dilution", "total")
_EXCEPT_WORDS = ("except",)
_OPENING_WORDS = ("beginning",)
_ADJUSTMENTS = re.compile(r"\s*adjustments?\b|.*\breconcil", re.IGNORECASE)
_AN_ADJUSTMENT = re.compile(r"\s*(?:add|less|plus|deduct|minus)\b\s*:", re.IGNORECASE)  # "Add:", "Less:"
# a column of a reconciliation's adjustments, between the reported and the adjusted amounts ("2022 GAAP | Adj. |
# 2022 Non-GAAP"; Oracle): its cells are what is added or taken away, no amount of the row's metric ("$(1,087)" on
# "TOTAL OPERATING EXPENSES" is no quarter's operating expenses)
# STAAR Surgical's "Effect of Currency" between its quarter's sales and the same at constant currency is one too
_ADJUSTMENT_COLUMN = re.compile(r"\b(?:adj\.|adjustments?|effect\s+of\s+(?:currency|foreign\s+exchange))\W*$", re.IGNORECASE)
_ADJUSTMENTS_OF = re.compile(r"\badjustments\W*$", re.IGNORECASE)  # a heading of what is adjusted: "EBITDA Adjustments"
# A row label that says only the basis of the amount its table's title names: "Diluted earnings per share" over
# "As estimated (GAAP) | $ 6.52" ... "As adjusted (non-GAAP) | $ 7.72", "As reported", "Non-GAAP"
_BASIS_ONLY = re.compile(
    r"^\s*(?:(?:as\s+)?(?:reported|adjusted|estimated)(?:\s*\(?\s*(?:non-?\s?)?(?:gaap|ifrs)\s*\)?)?|\(?(?:non-?\s?)?(?:gaap|ifrs)\)?)\s*:?\s*$",
    re.IGNORECASE,
)
_BASIS_ONLY_WORDS = ("reported", "adjusted", "estimated", "gaap", "ifrs")
# Every word that one of the questions a row's reading asks of its label needs (``_qualifier_only``, ``_change_row``,
# ``_difference_row``, ``_opening_balance``, ``_may_say_basis``, ``_basis_only``): a label that holds none of them is
# answered "no" to each after one look at its words. A table of thousands of rows ("Line item 12") asked each
# question of each label, one search of its words after another.
_LABEL_WORDS = tuple(
    dict.fromkeys((*_QUALIFIER_WORDS, *_CHANGE_ROW_WORDS, *_OPENING_WORDS, *_BASIS_ONLY_WORDS, *BASIS_KEYWORDS))
)
_OTHER = frozenset({"other"})


def _row_metrics(label: str, section: str, named_in: Callable[[str], frozenset[str]]) -> tuple[frozenset[str], bool] | None:
    """The metric of a table row: its label's, else its section's, and whether the row names it
    (its label, or a bare "Diluted" under "Earnings per share"); None when neither names one, and
    its cells take their columns' (``_column_metrics``). ``named_in(words)`` is the set of metrics
    ``words`` name (``TableLookup.named_in``).

    A row of "Other ..." is its own line item, whatever else it names, but for "other" of the metric the label names
    before it ("Notes payable and other borrowings": debt, ``_more_of_the_same``). The rows under
    "Adjustments to reconcile net income to net cash ..." or "EBITDA Adjustments" are the adjustments, neither metric;
    so is a row that says it is added or taken off ("Add: Notable items, net of income tax benefit").
    """
    if _ADJUSTMENTS.match(section) or _ADJUSTMENTS_OF.search(section) or _AN_ADJUSTMENT.match(label):
        section = ""  # (and "Add: Notable items, net of income tax benefit" is a step of a reconciliation, no net income)
    for words in (label, section):
        found = named_in(words)
        if found:
            if "other" in found:
                found = found - _OTHER if _more_of_the_same(words) else _OTHER
            return found, words is label or _qualifier_only(label)
    return None


def _more_of_the_same(words: str) -> bool:
    """True when every "other" of a label is the start of a metric the label names before it too: "Notes payable and
    other borrowings" (debt, and more debt), not "Other current liabilities" or "Interest and other income"."""
    named = metrics_in(" ".join(words.lower().split()))
    others = [at for at, (_, metric) in enumerate(named) if metric == "other"]
    return bool(others) and all(
        at + 1 < len(named) and named[at + 1][0] == named[at][0] + len("other ") and named[at + 1][1] != "other"
        and any(metric == named[at + 1][1] for _, metric in named[:at])
        for at in others
    )


def growth_rate(metrics: frozenset[str]) -> bool:
    """Whether a percentage of ``metrics`` is a change by definition (``vocabulary.GROWTH_METRICS``)."""
    return bool(metrics) and metrics <= GROWTH_METRICS


def _column_metrics(column: str, qualifier: bool, named_in: Callable[[str], frozenset[str]]) -> tuple[frozenset[str], bool]:
    """The metric of a cell whose row names none: its column's, named by the row when the row's
    label is a bare qualifier ("Diluted"). A reconciliation's title run into its columns ("Reconciliation of GAAP
    Net Income to Adjusted EBITDA Three Months Ended June 27, 2026") names the two ends, no metric of the rows
    between them ("Restructuring charges")."""
    if _ADJUSTMENTS.match(column):
        return frozenset(), False
    found = named_in(column)
    if found:
        return (_OTHER if "other" in found else found), qualifier
    return frozenset(), False


def signed_fact(
    figure: Figure, value: Decimal, metrics: frozenset[str], period: Period, change: bool, **rest: Any
) -> Fact:
    """A fact with its interval signed like its value (``Fact.interval``), and basis points counted
    in points; ``rest`` are its other fields (``named``, ``basis``, ``segment``)."""
    if figure.unit is BASIS_POINTS_UNIT:
        value = value / _HUNDRED
    return Fact(figure, value, family_of(figure.unit), metrics, period, change, **rest)


_T = TypeVar("_T")
_UNREAD: Any = object()  # no reading kept yet (a reading may be None or False)
# Readings kept per table: past this many, each cache starts again. A real table's labels and rows are
# a few hundred; a table of a million rows kept a reading of each label and the placed cells of each row
# (~500 bytes a row) until its last cell was read. The cells of a row come one after another.
_KEPT = 4096


def _named_in(words: str) -> frozenset[str]:
    # a scale caption's "except per share amounts" names a unit, not the rows' metric; a label wrapped over lines
    # ("Comparable tax\n rate on\n continuing\n operations") names its metric as on one line
    if may_hold(words, _EXCEPT_WORDS):
        words = CAPTION_EXCEPTION.sub("", words)
    return frozenset(metric for _, metric in metrics_in(" ".join(words.split())))


# a column over amounts signed either way, the plain one's direction first: "Pre-Tax Income/Loss", "Tax Benefit/Expense"
_SIGNED_PAIR = re.compile(r"\b(income|profit|earnings|benefit|gains?)\s*/\s*(loss(?:es)?|expenses?|charges?)\b", re.IGNORECASE)


def _signed_heading(heading: str) -> str:
    found = _SIGNED_PAIR.search(heading)
    return f"{heading[: found.start()]}{found.group(1)} ({found.group(2)}){heading[found.end() :]}" if found else ""


def _adjustment_column(heading: str) -> bool:
    return _ADJUSTMENT_COLUMN.search(heading) is not None


def _may_say_basis(words: str) -> bool:
    return may_hold(words, BASIS_KEYWORDS)


def _loss_label(label: str) -> bool:
    return may_hold(label, _LOSS_WORDS) and bool(_LOSS_ROW.search(label)) and not _NOT_LOSS_ROW.search(label)


def _qualifier_only(label: str) -> bool:
    return may_hold(label, _QUALIFIER_WORDS) and bool(_QUALIFIER_ONLY.match(label))


def _opening_balance(label: str) -> bool:
    return may_hold(label, _OPENING_WORDS) and bool(_OPENING_BALANCE.search(label))


def _change_column(column: str) -> bool:
    """A column of changes: a change's words ("% Change", "Y/Y") or two periods set against each other, the later
    first (Ryder's "2024/2023" over "Three Months | Twelve Months" of percent changes: ``compares_two``)."""
    return bool(column and (CHANGE_COLUMN.search(column) or compares_two(column)))


def _difference_row(label: str) -> bool:
    return may_hold(label, _CHANGE_WORDS) and bool(_DIFFERENCE_ROW.match(label))


def _change_row(label: str) -> bool:
    return may_hold(label, _CHANGE_ROW_WORDS) and bool(_CHANGE_ROW.search(label))


def _basis_only(label: str) -> bool:
    return may_hold(label, _BASIS_ONLY_WORDS) and bool(_BASIS_ONLY.match(label))


class _RowWords(NamedTuple):
    """What a table row's label and section say of each of its cells (``TableLookup.row_words``)."""

    metrics: tuple[frozenset[str], bool] | None  # ``_row_metrics``
    qualifier: bool  # the label is a bare qualifier ("Basic and diluted", "Total")
    change_row: bool  # the label ends on growth or change: its percentages are changes
    may_say_basis: bool  # the label or the section holds a basis keyword
    basis_only: bool  # the label says only a basis ("As adjusted (non-GAAP)", ``_BASIS_ONLY``)


_TITLE_LINES = 3  # how far above a table its title may stand, in lines
_LONGEST_TITLE = 120
_NAME_WORDS = 6  # the most words of a title that is a metric's name ("Diluted earnings per share")


def title_metric(text: str, table: Table, *, outlook: bool = True) -> frozenset[str]:
    """The one metric the title of an outlook table names, for its rows that name none: "PRODUCTION GUIDANCE" over
    "| 000’s | 2025 | 2026 | 2027 |" and "Copper (tonnes) | 380 – 440 | ...". The title is the nearest line with words
    above the table; it names the outlook ("guidance", "outlook") and exactly one metric. A title of no outlook says
    nothing: a reconciliation's "Adjusted EBITDA" over "Reportable catastrophes" is no EBITDA of that row.
    ``outlook=False``: the one metric any title names, for its rows that say only their basis (``_basis_only``)."""
    end = table.span.start
    for _ in range(_TITLE_LINES):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line = text[start:end].strip(" \t\r\n|*#_")
        end = start
        if not line:
            if start == 0:
                return frozenset()
            continue
        if len(line) > _LONGEST_TITLE or "|" in line or (outlook and not FORWARD_LOOKING.search(line)):
            return frozenset()
        if not outlook and (len(line.split()) > _NAME_WORDS or line.endswith(":")):
            # a name, no sentence: "The following table reconciles reported diluted EPS to ...:" heads columns
            # of pre-tax income, tax and EPS alike
            return frozenset()
        named = frozenset(metric for _, metric in metrics_in(" ".join(line.split())))
        return named if len(named) == 1 else frozenset()
    return frozenset()


class TableLookup:
    """What every cell of one table needs, computed once per table: per cell, hashing the
    table for the column caches and scanning its columns and rows is quadratic in its size."""

    def __init__(self, table: Table, title_segment: str = "", document: Document | None = None) -> None:
        # the metric an outlook's title names, of the rows that name none ("PRODUCTION GUIDANCE" over "Copper (tonnes)")
        self.title_metric = title_metric(document.text, table) if document is not None else frozenset()
        self.document = document
        self._row_dates: dict[str, tuple[tuple[int, int, int], bool | None]] | None = None  # ``row_date``, read once
        self._last_dated_row: int | None = None  # the index of the last row ``row_date`` dates, found once
        self._title_of_any: frozenset[str] | None = None  # the one metric any title names (``metrics``), read once
        # quarters named alone dated by the release's fiscal calendar: "Q4 FY26" ends in January 2026
        anchor = fiscal_anchor(document) if document is not None else None
        self.periods = table_periods(table, anchor, document.text if document is not None else "")
        self._section_periods: dict[int, Period] | None = None  # ``section_period``, read once
        self.segments = tuple(segment or title_segment for segment in column_segments(table))
        self.table = table
        self.columns: dict[str, int] = {}
        for position, column in enumerate(table.columns):
            self.columns.setdefault(column, position)
        self._cell_columns: dict[int, _PlacedCells] = {}  # per row index, found once
        self.rows = table.rows
        # each row's span (the rows held compact make none for it: ``compact_rows``), and where each starts: rows are
        # in order and do not overlap
        self.row_spans = row_spans(table.rows)
        self.row_starts = [span.start for span in self.row_spans]
        self._row_made: tuple[int, Row] | None = None  # the row ``_row_at`` gave last: a row's cells come together
        self._last_index = -1  # the row position ``_row_index`` found last
        # what the labels, sections and columns say, each read once: every cell of a row or column repeats them
        self._readings: dict[tuple[Callable[[str], Any], str], Any] = {}
        self._rows: dict[tuple[str, str, bool], _RowWords] = {}
        self._columns: dict[tuple[str, bool], tuple[frozenset[str], bool]] = {}
        # the row of the cell read last and what it says (``_row_reading``): the cells of a row come one after another
        self._last_row: tuple[int, str, _RowReading] | None = None
        self._column_readings: dict[tuple[int, str], _ColumnReading] = {}  # per column and heading (``_column_reading``)

    def _once(self, read: Callable[[str], _T], words: str) -> _T:
        key = (read, words)
        found = self._readings.get(key, _UNREAD)
        if found is _UNREAD:  # one look-up for the answers already read: asked several times a cell
            if len(self._readings) >= _KEPT:
                self._readings.clear()
            found = self._readings[key] = read(words)
        return found

    def named_in(self, words: str) -> frozenset[str]:
        """The metrics ``words`` name (``vocabulary.metrics_in``)."""
        return self._once(_named_in, words)

    def row_date(self, label: str) -> tuple[tuple[int, int, int], bool | None] | None:
        """The date ``label`` names and whether it is a comparison, where the table's rows are its periods
        (``columns.row_dates``); read for the table at its first cell of no period."""
        if self._row_dates is None:
            self._row_dates = row_dates(self.table, self.document) if self.document is not None else {}
        return self._row_dates.get(" ".join(label.split())) if self._row_dates else None

    def section_period(self, position: int) -> Period | None:
        """The period of row ``position`` where a section label over it names another than the headings'
        (``columns.section_periods``: Disney's "Quarter Ended June 28, 2025" block under "... Quarter Ended June 27,
        2026"); read for the table at its first cell."""
        if self._section_periods is None:
            self._section_periods = section_periods(self.table, self.periods)
        return self._section_periods.get(position) if self._section_periods else None

    def below_row_dates(self, position: int) -> bool:
        """Whether the row at ``position`` stands below every dated row of a table whose rows are its periods
        (``row_date``, read first): Watts' "Dollar change", "Foreign exchange impact" and "Acquisition impact" under
        "Net sales December 31, 2024" and "Net sales December 31, 2023" are of the change between the two; not where no
        row is of the release's current period."""
        if not self._row_dates or position < 0 or False not in {side for _, side in self._row_dates.values()}:
            return False  # no change of the release's own period: the year before's against the one before it
        if self._last_dated_row is None:
            labels = [" ".join(row.label.split()) for row in self.rows]
            self._last_dated_row = max(index for index, label in enumerate(labels) if label in self._row_dates)
        return position > self._last_dated_row

    def adjustment_column(self, heading: str) -> bool:
        """Whether a column holds a reconciliation's adjustments (``_ADJUSTMENT_COLUMN``)."""
        return bool(heading) and self._once(_adjustment_column, heading)

    def nil_after(self, figure: Figure, position: int, column: int) -> bool:
        """Whether the cell right after ``figure`` in its row, in the next column, is a nil ("—", "-")."""
        placed = self._cell_columns.get(position) if position >= 0 else None
        if placed is None or self.document is None:
            return False
        text = self.document.text
        return any(at == column + 1 and is_nil_cell(text[start:end]) for start, end, at in placed.cells if start > figure.span.start)

    def loss_label(self, label: str) -> bool:
        """A label that names a loss and no income ("Net loss", not "Income (loss) before taxes")."""
        return self._once(_loss_label, label)

    def opening_balance(self, label: str) -> bool:
        """A row of the balance a period opened with ("Cash at the beginning of period")."""
        return self._once(_opening_balance, label)

    def signed_heading(self, heading: str) -> str:
        """A column heading's pair of directions for signed amounts, written as a label writes it: "Pre-Tax
        Income/Loss" as "Pre-Tax Income (Loss)", "Tax Benefit/Expense" as "Tax Benefit (Expense)" (``_SIGNED_PAIR``);
        "" for any other heading."""
        return self._once(_signed_heading, heading) if heading else ""

    def change_column(self, column: str) -> bool:
        return self._once(_change_column, column)

    def difference_row(self, label: str) -> bool:
        """A row of amounts that are changes: "Change in the allowance for credit losses", "Net increase
        (decrease) in cash and cash equivalents"."""
        return self._once(_difference_row, label)

    def change_row(self, label: str) -> bool:
        """A row of changes: its label ends on growth or change ("Organic sales growth")."""
        return self._once(_change_row, label)

    def row_words(self, label: str, section: str, in_row: bool, asks: bool = True) -> _RowWords:
        """What a row's label and section (``in_row``: the row was found, and its section is
        known) say of its cells, read once for the row rather than for each of its cells; ``asks``
        False: the label holds none of ``_LABEL_WORDS``, and each question of them is answered no."""
        key = (label, section, in_row)
        said = self._rows.get(key)
        if said is None:
            if len(self._rows) >= _KEPT:
                self._rows.clear()
            said = self._rows[key] = _RowWords(
                _row_metrics(label, section, self.named_in),
                asks and _qualifier_only(label),
                asks and self.change_row(label),
                asks and self._once(_may_say_basis, label) or self._once(_may_say_basis, section),
                asks and _basis_only(label),
            )
        return said

    def metrics(self, said: _RowWords, heading: str) -> tuple[frozenset[str], bool]:
        """The metrics of a cell and whether its row names them: the row's, else the column's, else those its
        outlook's title names (``title_metric``), else, for a row that says only its basis, the one metric any title
        names."""
        if said.metrics is not None:
            return said.metrics
        key = (heading, said.qualifier)
        found = self._columns.get(key)
        if found is None:
            if len(self._columns) >= _KEPT:
                self._columns.clear()
            found = self._columns[key] = _column_metrics(heading, said.qualifier, self.named_in)
        if not found[0] and self.title_metric:
            return self.title_metric, False
        if not found[0] and said.basis_only:
            if self._title_of_any is None:  # read once, for the first row that says only its basis
                self._title_of_any = title_metric(self.document.text, self.table, outlook=False) if self.document else frozenset()
            if self._title_of_any:
                return self._title_of_any, False
        return found

    def basis(self, label: str, section: str, heading: str, may_say: bool) -> str:
        """The basis of a cell (``context.basis_of``) from its label, section and column heading;
        ``may_say``: its label, section or heading holds a basis keyword (``_RowWords.may_say_basis``,
        ``_ColumnReading.may_say_basis``).

        Most cells' words hold none of the basis keywords: none of those words spans the
        spaces that join the three parts, so a part that holds none says nothing, and each
        label, section and heading is looked at once rather than every cell's joined words."""
        if not may_say:
            return ""  # what basis_of says of words with none of its keywords
        # the label alone too: an organic word is read near the end of the words ("up 5% organic"), and a row's
        # section and heading follow its label ("Organic sales growth" under "... Three Months Ended June 30, 2026
        # Asia Pacific")
        return (
            self._once(basis_of, f"{label} {section} {heading}") or self._once(basis_of, label)
            or ("organic" if heading and self._once(organic_heading, heading) else "")
        )

    def _row_index(self, span: Span) -> int:
        """The position of the row that holds ``span``, -1 for none: the row whose start is the last at or before
        the span's start (a bisection), kept for the next cell, which stands in the same row or after it."""
        starts, start = self.row_starts, span.start
        position = self._last_index
        if not (0 <= position < len(starts) and starts[position] <= start and (position + 1 == len(starts) or start < starts[position + 1])):
            position = self._last_index = bisect.bisect_right(starts, start) - 1
        if position < 0:
            return -1
        row_span = self.row_spans[position]
        return position if row_span.start <= start and span.end <= row_span.end else -1

    def _row_at(self, position: int) -> Row:
        """Row ``position``, kept for the next cell: a cell's row is asked for its reading and for its cells'
        columns, and the rows held compact make a row each time they are asked (``compact_rows``)."""
        made = self._row_made
        if made is None or made[0] != position:
            made = self._row_made = (position, self.rows[position])
        return made[1]

    def level_above(self, row: Row) -> Row | None:
        """The nearest row above ``row`` that is no row of changes: the level those changes qualify (a
        blank separator row between them is no level)."""
        position = self._row_index(row.span)
        while position > 0:
            position -= 1
            label = self.rows[position].label
            if label.strip(" |-–—=_*") and not self.change_row(label):
                return self.rows[position]
        return None

    def _row_reading(self, position: int, label: str) -> _RowReading:
        """What row ``position`` (-1: none) with ``label`` says of each of its cells, read once for the row: a cell
        of a table of thousands of rows asked each question of its label and section again (``row_words``,
        ``opening_balance``, ``difference_row``), ~1 us each."""
        last = self._last_row
        if last is not None and last[0] == position and last[1] == label:
            return last[2]
        row = self._row_at(position) if position >= 0 else None
        section = row.section if row is not None else ""
        asks = may_hold(label, _LABEL_WORDS)  # one look at the label's words for all the questions below
        reading = _RowReading(
            row, section, self.row_words(label, section, row is not None, asks),
            asks and self.opening_balance(label), asks and self.difference_row(label),
        )  # fmt: skip
        self._last_row = (position, label, reading)
        return reading

    def _column_reading(self, column: int, heading: str) -> _ColumnReading:
        """What column ``column`` (-1: none) under ``heading`` says of each of its cells, read once for the column."""
        key = (column, heading)
        reading = self._column_readings.get(key)
        if reading is None:
            if len(self._column_readings) >= _KEPT:
                self._column_readings.clear()
            reading = self._column_readings[key] = _ColumnReading(
                self.periods[column] if column >= 0 else Period(),
                self.change_column(heading),
                self._once(_may_say_basis, heading),
                self.segments[column] if column >= 0 else "",
            )
        return reading

    def cell_position(self, figure: Figure) -> tuple[int, int]:
        """The row and the column of a cell of the table, by position (-1: in none)."""
        row = self._row_index(figure.span)
        return row, self._column(figure, row) if row >= 0 else -1

    def _column(self, figure: Figure, position: int) -> int:
        """The column of a cell in row ``position`` (-1: in none), found by its place in its row: two
        groups may repeat a heading ("2Q24 | 2Q25 | %CHANGE | 1H24 | 1H25 | %CHANGE")."""
        if figure.column is None:
            return -1
        if position >= 0:
            placed = self._cell_columns.get(position)
            if placed is None:
                if len(self._cell_columns) >= _KEPT:
                    self._cell_columns.clear()
                row = self._row_at(position)
                placed = self._cell_columns[position] = _PlacedCells(row, self.table.cell_columns(row))
            column = placed.column_at(figure.span.start)
            if column is not None:
                return column
        return self.columns.get(figure.column, -1)


class _RowReading(NamedTuple):
    """What a table row says of each of its cells (``TableLookup._row_reading``)."""

    row: Row | None  # None: the cell stands in no row found
    section: str
    said: _RowWords  # ``TableLookup.row_words``
    opening_balance: bool  # ``TableLookup.opening_balance`` of its label
    difference_row: bool  # ``TableLookup.difference_row`` of its label


class _ColumnReading(NamedTuple):
    """What a table column, under a heading, says of each of its cells (``TableLookup._column_reading``)."""

    period: Period
    change_column: bool  # ``TableLookup.change_column`` of its heading
    may_say_basis: bool  # the heading holds a basis keyword
    segment: str


_WALKED_CELLS = 8  # the most cells of a row whose column is found by walking along it


class _PlacedCells:
    """A row's cells with the column each stands in, for "the column of the cell that holds this
    offset": found by bisection when the cells are in order and apart, as rows' cells are (a
    walk along the row for each of its cells was quadratic in a row of thousands)."""

    def __init__(self, row: Row, columns: list[int | None]) -> None:
        self.cells = [(cell.span.start, cell.span.end, column) for cell, column in zip(row.cells, columns)]
        # a row of a few cells is walked (no faster found otherwise): whether its cells are apart is not asked
        self.apart = len(self.cells) > _WALKED_CELLS and all(start <= end for start, end, _ in self.cells) and all(
            before[1] <= after[0] for before, after in zip(self.cells, self.cells[1:])
        )
        self.starts = [start for start, _, _ in self.cells] if self.apart else []

    def column_at(self, offset: int) -> int | None:
        """The column of the first cell holding ``offset`` that has one, else None."""
        if self.apart:  # only the last cell starting at or before the offset can hold it
            position = bisect.bisect_right(self.starts, offset) - 1
            if position < 0:
                return None
            start, end, column = self.cells[position]
            return column if start <= offset < end else None
        for start, end, column in self.cells:  # a loop, not next() of a generator: asked of each table cell
            if start <= offset < end and column is not None:
                return column
        return None


def table_fact(document: Document, figure: Figure, lookups: dict[int, TableLookup]) -> Fact:
    """A table cell read with its row (metric), column (period, change) and section."""
    assert figure.table is not None
    lookup = lookups.get(figure.table) or lookups.setdefault(figure.table, TableLookup(document.tables[figure.table], "", document))
    position = lookup._row_index(figure.span)  # the row found once for its reading and the cell's column
    label, heading = figure.row or "", figure.column or ""
    row_reading = lookup._row_reading(position, label)
    column = lookup._column(figure, position)
    column_reading = lookup._column_reading(column, heading)
    row, section, said = row_reading.row, row_reading.section, row_reading.said
    period = column_reading.period
    if period.end is not None and position >= 0:
        sectioned = lookup.section_period(position)
        if sectioned is not None:  # the year-ago quarter's rows under its own label, below the quarter's
            period = sectioned
    if row_reading.opening_balance and (period.prior is False or period.end is not None):
        # "Cash and cash equivalents at the beginning of period" under the quarter: the balance the period
        # opened with, an earlier date's; under a comparison's column too ("Year Ended May 31, 2021": the balance
        # of May 31, 2020), dated the day before the column's period began where that day is known; a column of a
        # day alone ("As of Sept 30, 2025") is of the length the row names ("Beginning of quarter")
        opened = period if period.length else Period(length_in(label), period.prior, period.end)
        period = Period("", True, opening_date(opened, lookup.table.columns, document))
    metrics, named = lookup.metrics(said, heading)
    if named and lookup.adjustment_column(heading) and not lookup.nil_after(figure, position, column):
        # an item of its own, like an "Other ..." row; but an adjustment that leaves nothing adjusted ("Stock-based
        # compensation | 713 | (713) | —") takes away the row's whole amount, and is that amount
        metrics, named = _OTHER, False
    if figure.unit is PER_SHARE_UNIT and row is not None and _PER_SHARE_OF_ABOVE.match(label):
        # "Funds from operations | 99.0" / "Per share - basic and diluted | 0.41": the amount above, per share
        above = lookup.level_above(row)
        if above is not None:
            metrics = lookup.metrics(lookup.row_words(above.label, above.section, True), heading)[0] or metrics
    if figure.unit is PER_SHARE_UNIT and "net_income" in metrics:
        metrics = (metrics - {"net_income"}) | {"eps"}  # a frozenset still
    value = figure.value
    # "Basic and diluted" under "Net loss per share", "Equity holders of the Company" under "Net loss attributable to:"
    named_by = section if row and (said.qualifier or not named) else label
    if (
        value > 0 and (figure.unit is CURRENCY_UNIT or figure.unit is PER_SHARE_UNIT) and lookup.loss_label(named_by)
    ):  # a loss printed without parentheses under a loss label
        value = -value
    # a percentage of a growth metric is a change ("Comparable sales | 1.5%"); so is a move in points on a change's row
    # ("Segment EBIT Margin | 12.6%" over "YoY change | 200 bps")
    percent_change_row = (figure.unit is PERCENT_UNIT and (said.change_row or growth_rate(metrics))) or (
        figure.unit in POINT_UNITS and said.change_row
    )
    change_row = percent_change_row or (figure.unit is CURRENCY_UNIT and row_reading.difference_row)
    change = change_row or column_reading.change_column
    if period.end is None and period.prior is None and not change and not row_reading.opening_balance:
        dated = lookup.row_date(label)
        if dated is not None:  # "Net sales December 31, 2024" under "Fourth Quarter Ended Americas"
            period = Period(period.length, dated[1], dated[0])
        elif lookup.below_row_dates(position):  # "Dollar change" below them: of the change between the dates
            change = True
    level = None
    # (a "Change in ..." row names what changed: it borrows no metric from the row above)
    if percent_change_row and not metrics and row is not None:
        # "Segment EBIT | $302" over "YoY % change | 19%": the change is the level's above it (and "Segment EBIT Margin |
        # 12.6%" over "YoY change | 200 bps")
        above = lookup.level_above(row)
        if above is not None:
            metrics, _ = lookup.metrics(lookup.row_words(above.label, above.section, True), heading)
            level = above.span
    basis = lookup.basis(label, section, heading, said.may_say_basis or column_reading.may_say_basis)
    # the direction its row says the cell goes, whatever its parentheses ("Net cash used in ...", "Income tax
    # benefit (expense)"): a claim of the same size and direction is backed by it (``directions``)
    # a row that names no metric goes the way its column says of signed amounts ("Pre-Tax Income/Loss": a plain
    # cell is income, one in parentheses a loss; Disney's "As reported | $ 3,645" is no loss before taxes)
    said_over = section if said.qualifier else lookup.signed_heading(heading) if metrics and not named else ""
    direction = cell_direction(label, said_over, metrics, named, figure.negative, figure.unit, change)
    # ``signed_fact``, its fields passed in order: a call with five keywords passed on to ``Fact`` cost as much again
    # as the fact itself, made for every cell (~2 us of a table of rows' ~16 us a cell)
    unit = figure.unit
    if unit is BASIS_POINTS_UNIT:
        value = value / _HUNDRED
    return Fact(figure, value, family_of(unit), metrics, period, change, named, basis, column_reading.segment, "", level, direction)
