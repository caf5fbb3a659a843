"""``TableRow`` and ``TableRows``: the extractive engine's table rows with their facts, held by column.

The engine reads every table row that has facts: its span, label, section, basis, the label of the row above it and
its facts. A row of a table of rows held as an object of its own to the end of the summary was ~160 bytes (the row,
88, and the tuple of its facts, 56, each in an allocator's pool of the next size up) besides the facts, and
``summarize`` held them at its peak, ~125 MiB of 25 MiB of table rows (issue 13). Held here by column, a row is ~60
bytes: a reference to its span, label, section, the label above and each of its facts in lists, where its facts end,
its basis in a byte; the facts of the few rows that print a dash apart.

A ``TableRow`` is made when asked for (``rows[i]``, iteration): a new tuple each time, equal to the one before. A
reader that needs only the rows' labels and sections reads them by column (``labels``, ``sections``), and one that
needs only some rows makes those alone (``flagged``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from itertools import compress, count
from typing import NamedTuple

from ..facts import Fact
from ..ingest.compact_rows import RowsByColumn
from ..types import Span

__all__ = ["TableRow", "TableRows"]

_new_tuple = tuple.__new__  # ``_new_tuple(TableRow, fields)`` is ``TableRow(*fields)`` without its Python __new__


class TableRow(NamedTuple):
    """A table row as the engine reads it: where it stands, its label and its section, and its facts. Not the ``Row``:
    a table's rows are held compact once read (``ingest.compact_rows``)."""

    span: Span
    label: str
    section: str
    basis: str  # "non_gaap" when the row or the lines above its table say so; "reconciliation": neither basis surely
    facts: tuple[Fact, ...]
    above: str = ""  # the label of the nearest row above that is not a per-share qualifier
    nils: tuple[Fact, ...] = ()  # cells that print a dash: nil, zero in a statement's line


class TableRows(RowsByColumn[TableRow]):
    """Table rows in text order, by column; a ``TableRow`` is made when asked for."""

    __slots__ = ("_spans", "_labels", "_sections", "_basis_names", "_bases", "_above", "_nils", "_facts", "_facts_end")

    def __init__(self) -> None:
        self._spans: list[Span] = []
        self._labels: list[str] = []
        self._sections: list[str] = []
        self._basis_names: list[str] = []  # the few bases said ("gaap", "non_gaap", "reconciliation")
        self._bases = bytearray()  # each row's basis, its place among ``_basis_names``
        self._above: list[str] = []
        self._nils: dict[int, tuple[Fact, ...]] = {}  # the nils of the few rows that print a dash, by the row's position
        # row i's facts are ``_facts[_facts_end[i - 1] : _facts_end[i]]`` (from 0 for the first), positions in a list of
        # 4 bytes each (up to 2**31 - 1: a list of that many facts would be 16 GiB of references alone)
        self._facts: list[Fact] = []
        self._facts_end = array("i")

    def append(self, span: Span, label: str, section: str, basis: str, facts: Sequence[Fact], above: str,
               nils: tuple[Fact, ...]) -> None:  # fmt: skip
        """A row after the others, its fields in ``TableRow``'s order."""
        if nils:
            self._nils[len(self._spans)] = nils
        self._spans.append(span)
        self._labels.append(label)
        self._sections.append(section)
        if basis not in self._basis_names:
            self._basis_names.append(basis)
        self._bases.append(self._basis_names.index(basis))
        self._above.append(above)
        self._facts += facts
        self._facts_end.append(len(self._facts))

    def flagged(self, flags: bytes) -> Iterator[TableRow]:
        """The rows whose byte of ``flags`` (one a row, in order) is not 0, the others not made."""
        return map(self._row, compress(count(), flags))

    def _row(self, position: int) -> TableRow:
        first, last = self._facts_end[position - 1] if position else 0, self._facts_end[position]
        return _new_tuple(TableRow, (self._spans[position], self._labels[position], self._sections[position],
                                     self._basis_names[self._bases[position]], tuple(self._facts[first:last]),
                                     self._above[position], self._nils.get(position, ())))  # fmt: skip
