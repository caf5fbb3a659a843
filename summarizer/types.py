"""Small frozen value types that flow between the pipeline's stages.

Spans are half-open character intervals ``[start, end)`` into ``Document.text``,
the normalised text that every table cell, figure and citation points at.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from typing import NamedTuple, TypeVar

__all__ = [
    "POINT_UNITS",
    "CURRENCY_UNIT",
    "PER_SHARE_UNIT",
    "PERCENT_UNIT",
    "COUNT_UNIT",
    "BASIS_POINTS_UNIT",
    "RATE_UNITS",
    "Span",
    "Cell",
    "Row",
    "TableScale",
    "Table",
    "HeaderCells",
    "DocumentInfo",
    "Exhibit",
    "Document",
    "Unit",
    "OtherKind",
    "Figure",
    "OtherNumber",
    "Figures",
    "EXACT",
    "quick_init",
    "replace",
]

# Figures are as long as a release prints them, and the default decimal context rounds
# past 28 digits: scaling, negating and the rounding interval use this one instead. Only
# for operations whose result is exact (scaleb, add, subtract), never for division.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


_Frozen = TypeVar("_Frozen")


def quick_init(cls: type[_Frozen]) -> type[_Frozen]:
    """A frozen, slotted dataclass (decorated with ``@dataclass(frozen=True, slots=True)`` first) made ~4 times
    faster: the ``__init__`` dataclasses writes for a frozen class sets each field with ``object.__setattr__``
    (~0.6 us a field, ~9 us for a ``Fact`` of thirteen), this one with the field's slot descriptor, as a
    ``__setattr__`` of the class would if it were not frozen (~0.15 us). The same parameters and defaults, the same
    instance: nothing else of the class changes (equality, hashing, ``replace``, pickling). A table of rows makes a
    ``Cell``, a ``Fact`` and a ``Period`` for each of its cells."""
    params, body = [], []
    namespace: dict[str, object] = {}
    for item in fields(cls):  # type: ignore[arg-type]
        if not item.init or item.kw_only or item.default_factory is not MISSING or hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__name__}.{item.name}: quick_init takes plain fields only")
        namespace[f"_set_{item.name}"] = cls.__dict__[item.name].__set__  # the slot's member descriptor
        if item.default is MISSING:
            params.append(item.name)
        else:
            namespace[f"_default_{item.name}"] = item.default
            params.append(f"{item.name}=_default_{item.name}")
        body.append(f"    _set_{item.name}(self, {item.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)  # as dataclasses writes its own
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[method-assign,assignment]
    # and ``replace``'s copy with each field named, not filled in by a loop over them all (``dataclasses.replace``: ~6 us
    # for the twenty fields of a claim's number's context, replaced for every number of a claim)
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    if not {"self", "_cls", "_KEPT"} & set(names):  # (names of the copy's own)
        kept = ", ".join(f"{name}=_KEPT" for name in names)
        given = ", ".join(f"self.{name} if {name} is _KEPT else {name}" for name in names)
        copying: dict[str, object] = {"_KEPT": _KEPT, "_cls": cls}
        exec(f"def _quick_replace(self, /, *, {kept}):\n    return _cls({given})", copying)
        cls._quick_replace = copying["_quick_replace"]  # type: ignore[attr-defined]
    return cls


_KEPT = object()  # a field ``replace`` is not given: kept as it is


def replace(obj: _Frozen, /, **changes: object) -> _Frozen:
    """``dataclasses.replace(obj, **changes)``, for a class made by ``quick_init`` (not one derived from it) by the
    copy that names each of its fields."""
    quick = type(obj).__dict__.get("_quick_replace")
    return quick(obj, **changes) if quick is not None else dataclasses.replace(obj, **changes)  # type: ignore[type-var]


class Span(NamedTuple):
    """Characters ``[start, end)`` of a document's text.

    A tuple, so that the hundreds of thousands made for a large filing are cheap,
    and spans sort and compare by position.
    """

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@quick_init
@dataclass(frozen=True, slots=True)  # one per table cell, millions in a large table: no per-instance dict
class Cell:
    """One value cell of a table row, e.g. ``$ (2,209)``."""

    span: Span
    text: str


@quick_init
@dataclass(frozen=True, slots=True)  # one per table row: no per-instance dict
class Row:
    """A table row: its label (possibly joined from wrapped lines) and value cells.

    ``section`` is the nearest label-only row above it ("Revenues:", "Diluted"),
    which often says what the row's numbers are (per share, percentages).
    """

    span: Span
    label: str
    label_span: Span | None
    cells: tuple[Cell, ...]
    section: str = ""
    positions: tuple[int | None, ...] = ()  # each cell's column, where the row's layout says so (None: no column known)


@dataclass(frozen=True)
class TableScale:
    """What a table's caption says about its units, per unit family.

    ``exponent`` is the power of ten applied to currency amounts ("in thousands" is 3);
    share counts get ``share_exponent`` (0 when the caption excepts share amounts).
    Per-share amounts and percentages are never scaled.
    """

    exponent: int = 0
    share_exponent: int = 0
    caption: str = ""
    caption_span: Span | None = None


def _trailing_changes(cells: tuple[Cell, ...], width: int) -> bool:
    """True when the cells past the last column are percentages and the ones before are not:
    a change printed after the levels ("$ | 1,345 | $ | 940 | 43%" under two columns) leaves the
    levels in their columns. Any other surplus ("1,269.2 | 1% | (1%) | 5,806.6" under two)
    says nothing about which cell is whose."""
    return all("%" in cell.text for cell in cells[width:]) and not any("%" in cell.text for cell in cells[:width])


@dataclass(frozen=True)
class Table:
    """A table: its header lines, one label per value column, rows, and scale caption.

    ``groups`` is how many column groups the header sets side by side ("Three Months
    Ended | Six Months Ended", or "2Q26 | 2Q25 | 2026 YTD | 2025 YTD"), 1 when none.
    """

    span: Span
    header_spans: tuple[Span, ...]
    columns: tuple[str, ...]
    rows: Sequence[Row]  # a tuple as read; held compact once the figures are read (``ingest.compact_rows``)
    scale: TableScale = field(default_factory=TableScale)
    groups: int = 1

    def cell_columns(self, row: Row) -> list[int | None]:
        """The column of each value cell of ``row``; None for a cell past the last column.

        A row laid out on the columns (empty cells where a column has no value) says where
        its cells stand. Otherwise a row with fewer cells than columns (only after-tax and
        per-share amounts of four periods, say) fills the last columns of each group, as
        statements print them, unless that puts amounts in columns that hold only percentages
        (then the first columns of each group). A row of more cells than columns keeps its first cells in the
        columns only when the surplus is trailing percentages; otherwise none has a column."""
        width, count, groups = len(self.columns), len(row.cells), self.groups
        if row.positions and len(row.positions) == count and (row.positions[-1] is None or row.positions[-1] < width):
            return list(row.positions)
        if count < width and groups > 1 and count % groups == 0 and width % groups == 0:
            per_group, group_width = count // groups, width // groups
            last: list[int | None] = [(cell // per_group) * group_width + group_width - per_group + cell % per_group for cell in range(count)]
            if self._amounts_in_percent_columns(row, last):
                # "(Gains)/Charges, net of tax | 40 | 34 | 0.06 | 0.05" under "2026 | 2025 | Inc/(Dec) | ..." twice:
                # amounts stand in the first columns of each group when the last hold only percentages
                first: list[int | None] = [(cell // per_group) * group_width + cell % per_group for cell in range(count)]
                if not self._amounts_in_percent_columns(row, first):
                    return first
            return last
        if count > width and not _trailing_changes(row.cells, width):
            return [None] * count  # more cells than columns, and nothing says which are whose
        return [*range(min(count, width)), *[None] * (count - width)]


    def _amounts_in_percent_columns(self, row: Row, columns: list[int | None]) -> bool:
        """Whether a cell without "%" of ``row`` would stand in a column whose full rows print
        only percentages."""
        percent = self._percent_columns()
        return any(column in percent and "%" not in cell.text for cell, column in zip(row.cells, columns))

    def _percent_columns(self) -> frozenset[int]:
        """Columns every full-width row fills with a percentage (two rows at least); found once and
        kept on the table (it is frozen, and asked for each short row of it)."""
        known = self.__dict__.get("_percent_columns_found")
        if known is None:
            full = [row for row in self.rows if len(row.cells) == len(self.columns)]
            known = frozenset(
                column for column in range(len(self.columns))
                if len(full) > 1 and all("%" in row.cells[column].text for row in full)
            )  # fmt: skip
            object.__setattr__(self, "_percent_columns_found", known)
        return known


class HeaderCells(NamedTuple):
    """A table header line as the HTML grid lays it out, for the lines whose tab layout
    cannot say which columns a heading covers (a heading over the middle columns only, a
    column headed by a cell from the row above): the words over the row-label column and
    one heading per value column, "" where the line has none."""

    label: str
    headings: tuple[str, ...]


@dataclass(frozen=True)
class DocumentInfo:
    """What the filing says about itself (EDGAR header) or what the text reveals."""

    company: str = ""
    cik: str = ""
    form_type: str = ""
    filing_date: str = ""
    period_of_report: str = ""
    accession_number: str = ""
    items: tuple[str, ...] = ()
    document_type: str = ""
    document_description: str = ""
    document_filename: str = ""
    title: str = ""


@dataclass(frozen=True)
class Exhibit:
    """One document of an EDGAR submission read into a ``Document``, and where its text lies.

    A release filed in parts (the narrative in EX-99.1, the statements in EX-99.2) is read
    into one text, the parts one after the other; ``span`` is this part's own text, without
    the separator line between parts. ``format`` is ``html`` or ``text``.
    """

    type: str
    sequence: str
    description: str
    filename: str
    format: str
    span: Span


@dataclass(frozen=True)
class Document:
    """A release as clean text with stable offsets, plus what was found in it.

    ``sha256`` is the hash of ``text`` (UTF-8); ``source_sha256`` that of the bytes read.
    ``format`` is how the input was read: ``edgar-html``, ``edgar-text``, ``html`` or ``text``
    (for a submission, how its first exhibit was read). ``exhibits`` are the submission's
    documents that ``text`` holds, in order (empty when the input was not a submission).
    """

    text: str
    sha256: str
    source: str
    source_sha256: str
    format: str
    encoding: str
    info: DocumentInfo
    tables: tuple[Table, ...]
    exhibits: tuple[Exhibit, ...] = ()

    def exhibit_at(self, offset: int) -> Exhibit | None:
        """The exhibit whose text holds character ``offset``; None outside every exhibit."""
        for exhibit in self.exhibits:
            if exhibit.span.start <= offset < exhibit.span.end:
                return exhibit
        return None


class Unit(str, enum.Enum):
    """The unit family of a financial figure.

    A member looked up through the class (``Unit.PERCENT``) costs ~1 us in Python 3.11: ``EnumType`` defines
    ``__getattr__``, which routes every attribute of an enum class through a hook. Code run for each number compares
    with the members as the module constants below (``PERCENT_UNIT``), the same objects."""

    CURRENCY = "currency"
    PER_SHARE = "per_share"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    BASIS_POINTS = "basis_points"
    SHARES = "shares"
    COUNT = "count"


# ``Unit``'s members as plain names, for code run for each number (see ``Unit``)
CURRENCY_UNIT, PER_SHARE_UNIT, PERCENT_UNIT, COUNT_UNIT = Unit.CURRENCY, Unit.PER_SHARE, Unit.PERCENT, Unit.COUNT
BASIS_POINTS_UNIT = Unit.BASIS_POINTS

# Units of a move only, never of a level ("down 50 basis points"), and with percent the units of rates.
POINT_UNITS = frozenset({Unit.BASIS_POINTS, Unit.PERCENTAGE_POINTS})
RATE_UNITS = frozenset({Unit.PERCENT, *POINT_UNITS})


class OtherKind(str, enum.Enum):
    """Numbers that are not financial figures."""

    DATE = "date"
    YEAR = "year"
    FISCAL_LABEL = "fiscal_label"
    TIME = "time"
    PHONE = "phone"
    ZIP = "zip"
    STREET_NUMBER = "street_number"
    FORM_NUMBER = "form_number"
    IDENTIFIER = "identifier"
    FOOTNOTE = "footnote"
    PAGE = "page"
    PASSCODE = "passcode"
    DOSAGE = "dosage"
    ORDINAL = "ordinal"
    NAME = "name"
    DURATION = "duration"
    UNREADABLE = "unreadable"  # in a claim: looks like a number, but no reading of it is sure ("$9,9,9 million")


class Figure(NamedTuple):
    """A financial number found in the text, understood.

    ``value`` is in base units (dollars, shares, percent); ``decimals`` is the XBRL
    precision: the value is exact to ``10 ** -decimals`` ("$6.6 million" is -5,
    a cell ``6,587`` in a thousands table is -3, ``$0.09`` is 2).
    ``scale_source`` says where the scale came from: ``inline``, ``table`` or ``none``.
    ``row``/``column``/``table`` are set for table cells; ``context`` is the
    sentence (or table row) the figure sits in. A tuple rather than a dataclass, like
    ``Span``: a large filing has tens of thousands.
    """

    span: Span
    text: str
    value: Decimal
    unit: Unit
    exponent: int
    scale_source: str
    negative: bool
    nil: bool
    decimals: int
    context: Span
    row: str | None = None
    column: str | None = None
    table: int | None = None
    currency: str = ""  # an ISO code, "$" or "¥" as printed, "" when unsaid (see numbers.CURRENCY_CODES)

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The values this figure's text can stand for, given its rounding: ``[low, high)``."""
        value = self.value
        kept = _INTERVALS.get((value, self.decimals))
        if kept is not None and kept[0] is value:  # this very value (numbers.parse_token shares them)
            return kept[1]
        half = _HALVES.get(self.decimals)
        if half is None:  # half a unit of the last printed digit, made once for each precision
            half = _HALVES[self.decimals] = Decimal(5).scaleb(-self.decimals - 1, EXACT)
        interval = EXACT.subtract(value, half), EXACT.add(value, half)
        if len(_INTERVALS) >= _INTERVALS_KEPT:
            _INTERVALS.clear()
        _INTERVALS[value, self.decimals] = (value, interval)
        return interval


_HALVES: dict[int, Decimal] = {}
# The last intervals made, with the value object each was made of: a fact keeps its figure's interval
# (two Decimals, 208 bytes), and a release of a million figures repeats a few thousand values. Shared
# only for the same value object (an equal Decimal may print other digits: 6.6 and 6.60).
_INTERVALS: dict[tuple[Decimal, int], tuple[Decimal, tuple[Decimal, Decimal]]] = {}
_INTERVALS_KEPT = 4096


class OtherNumber(NamedTuple):
    """A number that is not a financial figure (a date, a phone number, a footnote marker)."""

    span: Span
    text: str
    kind: OtherKind


@dataclass(frozen=True)
class Figures:
    """Every number of a document: financial figures and, kept apart, the rest."""

    financial: tuple[Figure, ...]
    other: tuple[OtherNumber, ...]
