"""``CompactRows``: a table's rows held by column, each ``Row`` made again when asked.

A table of a million rows held as ``Row`` objects keeps, for each row, the row (80 bytes), its tuple of cells and a
``Cell`` for each (56 bytes each), and its label's span (64 bytes, with an int of 32 for its end): ~350 bytes a row
besides the spans and texts its figures share, the largest part of what the verifier and the extractive engine
held at their peak (issue 13). Held here by column, a row is ~90 bytes: references to its span, label, section,
layout and its cells' spans and texts (the very objects its figures keep), and its label's ends as plain numbers.

The rows are the same: ``rows[i] == original[i]`` for every row, in order. Each is a new object whenever it is
asked for (~5 us a row of a table of rows, its cells and label span made again), so a reader that asks for a row many
times keeps it, one that passes over the rows makes each once, and one that needs only their spans, labels or
sections reads those by column (``row_spans``, ``row_labels``, ``row_sections``).

The rows are compacted after they were made, and the memory they let go stays the process's, used again only by
what is made after them of the same sizes where the allocator's pools hold the spans that stay beside it: 25 MiB of
table rows, ~190 MiB fewer bytes held at the peak (tracemalloc) but 62-71 MiB less resident memory at first. A long
table's rows are now built in this form (``append``, ``tables._build_rows``) and made whole in one pass, apart from
what they keep: let go here, they leave whole pools free (``verify`` 1,330 -> 1,199 MiB). The figures stage holds
each table's rows compact as it reads them a last time (``held_compact_as_read``), each whole row let go as its
figures are made: the figures take the memory of the rows, and the columns are not made beside the rows and figures
both (``verify`` 1,053 -> 1,005 MiB).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar, overload

from ..types import Cell, Document, Row, Span, Table

__all__ = [
    "CompactRows", "RowsByColumn", "compact_tables", "held_compact_as_read", "row_label_spans", "row_labels",
    "row_sections", "row_spans",
]  # fmt: skip

_new_tuple = tuple.__new__  # ``_new_tuple(Span, (start, end))`` is ``Span(start, end)`` without its Python __new__
_NO_LABEL = -1  # a row without a label span: no offset in the text is negative
# Offsets in the text and positions among the cells, 4 bytes each (up to 2**31 - 1: a text that long would take
# ~80 GiB to read), not 8: 12 bytes a row fewer, held while the facts are read
_NUMBERS = "i"


_Item = TypeVar("_Item")


class RowsByColumn(Sequence[_Item]):
    """Rows held by column, each made when asked for (``rows[i]``, iteration, a slice): a subclass holds each row's
    span, label and section in ``_spans``, ``_labels`` and ``_sections`` and makes row ``i`` in ``_row(i)``."""

    __slots__ = ()
    _spans: list[Span]
    _labels: list[str]
    _sections: list[str]

    def _row(self, position: int) -> _Item:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, position: int) -> _Item: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[_Item, ...]: ...

    def __getitem__(self, position: int | slice) -> _Item | tuple[_Item, ...]:
        if isinstance(position, slice):
            return tuple(map(self._row, range(*position.indices(len(self._spans)))))
        if position < 0:
            position += len(self._spans)
        if not 0 <= position < len(self._spans):
            raise IndexError("row index out of range")
        return self._row(position)

    def __iter__(self) -> Iterator[_Item]:
        return map(self._row, range(len(self._spans)))

    # Each row's label and section, in order, without making the rows (the lists themselves: not to be changed)
    @property
    def labels(self) -> list[str]:
        return self._labels

    @property
    def sections(self) -> list[str]:
        return self._sections


class CompactRows(RowsByColumn[Row]):
    """The rows of one table, by column; a ``Row`` is made when asked for (``rows[i]``, iteration, a slice)."""

    __slots__ = ("_spans", "_labels", "_label_starts", "_label_ends", "_sections", "_positions", "_cells_from",
                 "_cell_spans", "_cell_texts")  # fmt: skip

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._spans: list[Span] = []
        self._labels: list[str] = []
        self._label_starts = array(_NUMBERS)
        self._label_ends = array(_NUMBERS)
        self._sections: list[str] = []  # a section heads many rows: the same string for each
        self._positions: list[tuple[int | None, ...]] = []
        # row i's cells are ``_cell_spans[_cells_from[i] : _cells_from[i + 1]]`` and their texts alike
        self._cells_from = array(_NUMBERS, [0])
        self._cell_spans: list[Span] = []
        self._cell_texts: list[str] = []
        for row in rows:
            self.append(row)

    def append(self, row: Row) -> None:
        """Hold ``row`` after the others: its span, label, section, layout and its cells' spans and texts (the very
        objects), its label's ends as numbers; not ``row`` itself, its tuple of cells, its cells nor its label's
        span."""
        self._spans.append(row.span)
        self._labels.append(row.label)
        label_span = row.label_span
        self._label_starts.append(_NO_LABEL if label_span is None else label_span.start)
        self._label_ends.append(_NO_LABEL if label_span is None else label_span.end)
        self._sections.append(row.section)
        self._positions.append(row.positions)
        for cell in row.cells:
            self._cell_spans.append(cell.span)
            self._cell_texts.append(cell.text)
        self._cells_from.append(len(self._cell_spans))

    # Each row's span, without making the rows (the list itself: not to be changed)
    @property
    def spans(self) -> list[Span]:
        return self._spans

    def _row(self, position: int) -> Row:
        first, last = self._cells_from[position], self._cells_from[position + 1]
        spans, texts = self._cell_spans, self._cell_texts
        start = self._label_starts[position]
        return Row(
            self._spans[position],
            self._labels[position],
            None if start == _NO_LABEL else _new_tuple(Span, (start, self._label_ends[position])),
            tuple([Cell(spans[at], texts[at]) for at in range(first, last)]),
            self._sections[position],
            self._positions[position],
        )


def row_spans(rows: Sequence[Row]) -> list[Span]:
    """Each row's span, in order: without making the rows again when they are held compact."""
    return rows.spans if isinstance(rows, CompactRows) else [row.span for row in rows]


def row_labels(rows: Sequence[Row]) -> list[str]:
    """Each row's label, in order (as ``row_spans``)."""
    return rows.labels if isinstance(rows, CompactRows) else [row.label for row in rows]


def row_sections(rows: Sequence[Row]) -> list[str]:
    """Each row's section, in order (as ``row_spans``)."""
    return rows.sections if isinstance(rows, CompactRows) else [row.section for row in rows]


def row_label_spans(rows: Sequence[Row]) -> list[Span | None]:
    """Each row's label span, in order (as ``row_spans``; made from the ends held as numbers)."""
    if not isinstance(rows, CompactRows):
        return [row.label_span for row in rows]
    return [
        None if start == _NO_LABEL else _new_tuple(Span, (start, end))
        for start, end in zip(rows._label_starts, rows._label_ends)
    ]


def held_compact_as_read(table: Table) -> Iterator[Row]:
    """Each row of ``table``, in order, for a reader that passes over them a last time: rows held whole are held
    compact as they are read (``table.rows`` is the ``CompactRows`` they are appended to, those read so far while
    they are read), each let go once the next is asked for. The figures stage reads each row's figures so: the memory
    of the rows let go is the figures' (rows held whole beside the figures of 25 MiB of table rows, then their
    columns made beside both, were the verifier's peak, issue 13). A reader that stops early leaves all the rows held
    compact all the same."""
    if isinstance(table.rows, CompactRows):
        yield from table.rows
        return
    compact = CompactRows()
    taken = _let_go_one_by_one(list(table.rows))
    object.__setattr__(table, "rows", compact)  # (as ``compact_tables``)
    try:
        for row in taken:
            compact.append(row)
            yield row
    finally:
        for row in taken:  # (those not read)
            compact.append(row)


def compact_tables(document: Document) -> None:
    """Hold the rows of ``document``'s tables compact (``CompactRows``): the same rows, a fraction of the memory.

    The tables are frozen and their rows stay what they were; only how they are held changes, as a cache would be
    set on a frozen object. Asked once the figures are read (the figures stage passes over the rows many times, and
    reads them as they are built), before the facts are: a table of rows' facts are read while its rows are held."""
    for table in document.tables:
        if not isinstance(table.rows, CompactRows):
            rows = list(table.rows)
            object.__setattr__(table, "rows", ())  # (while its rows are taken: each held by ``rows`` alone)
            object.__setattr__(table, "rows", CompactRows(_let_go_one_by_one(rows)))


def _let_go_one_by_one(rows: list[Row]) -> Iterator[Row]:
    """Each of ``rows`` in order, let go (taken out of ``rows``) once the next is asked for: a table's rows are let go
    as their columns grow, not after (the rows and the columns of a table of a million rows held at once were
    ~70 MiB over what the figures stage held at its peak, issue 13)."""
    rows.reverse()
    while rows:
        yield rows.pop()
