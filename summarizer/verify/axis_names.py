"""The names a table prints on one axis, and whether a claim names another of them than a cell's.

A table of segments or products names each on one axis and the metric on the other: the rows
"Household | Lifestyle | Health and Wellness" under the column "Segment adjusted EBIT % Change",
or the columns "... Percentage change versus the year-ago period Household", "... Lifestyle"
beside the row "Net sales growth". A cell of such a table is the figure of its own name alone: a
claim that names one of its siblings and not it ("Lifestyle sales -18%") is not about that cell
("Household | (18)"), though the metric and the period fit.

A row's name is its label where the label names no metric, no period and not the company's whole
("Total", "Consolidated"); a column's is what tells its heading from the others of its table, the
words after the longest run of words it shares with one of them. Names are matched as analysts
spell them (``segment_names``). A claim that names none of a table's names says nothing of them:
unknown, never a reason to refuse.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..facts import Fact, FactIndex
from ..text.prefixes import YEAR
from ..text.segment_names import defined_abbreviations, names_segment
from ..text.vocabulary import CHANGE_COLUMN, COMPANY_ROW, metrics_in, period_in, quarters_named
from ..types import Table

__all__ = ["ClaimNames", "claim_names"]

_FOOTNOTES = re.compile(r"(?:\s*(?:\(\w{1,2}\)|\*+|†+))+\s*$|(?<=[a-z])\d$")  # "(6)(9)", "*", "Capital1"
_LETTERS = re.compile(r"[A-Za-z]{3}")
_SHARED_WORDS = 2  # words a column's heading shares with another before the words that name it, at least


def _a_name(words: str) -> bool:
    """Whether a label or a heading's tail names a thing (a segment, a product, a region): not a metric, a
    period, a change or the company's whole."""
    return bool(
        _LETTERS.search(words)
        and not metrics_in(words)
        and not COMPANY_ROW.search(words)
        and not CHANGE_COLUMN.search(words)
        and not YEAR.search(words)
        and not period_in(words).length
        and not quarters_named(words)
    )


def _row_names(table: Table) -> dict[str, str]:
    """Each row label of ``table`` that is a name, with the name (its footnote marks dropped)."""
    names = {}
    for row in table.rows:
        name = _FOOTNOTES.sub("", row.label).strip(" :|-–—•*")
        if _a_name(name):
            names[row.label] = name
    return names


def _column_names(table: Table) -> dict[str, str]:
    """Each column heading of ``table`` with the words that tell it from the others, where it shares a run of
    words with one of them first and those words are a name: "... year-ago period Household" beside "...
    year-ago period Lifestyle" is "Household"."""
    headings = [heading for heading in dict.fromkeys(table.columns) if heading]
    words = {heading: heading.split() for heading in headings}
    names = {}
    for heading in headings:
        shared = max(
            (_common_words(words[heading], words[other]) for other in headings if other != heading), default=0
        )
        tail = " ".join(words[heading][shared:])
        if shared >= _SHARED_WORDS and _a_name(_FOOTNOTES.sub("", tail)):
            names[heading] = _FOOTNOTES.sub("", tail).strip(" :|-–—•*")
    return names


def _common_words(first: list[str], second: list[str]) -> int:
    count = 0
    for one, other in zip(first, second):
        if one != other:
            break
        count += 1
    return count


@dataclass(frozen=True, slots=True)
class _TableNames:
    rows: dict[str, str]
    columns: dict[str, str]


class _ReleaseNames:
    """The names of a release's tables, each table read once, when a cell of it is first asked about."""

    def __init__(self, index: FactIndex) -> None:
        self.tables = index.document.tables
        self.abbreviations = defined_abbreviations(index.document.text)
        self.read: dict[int, _TableNames] = {}

    def of(self, table: int) -> _TableNames:
        names = self.read.get(table)
        if names is None:
            names = self.read[table] = _TableNames(_row_names(self.tables[table]), _column_names(self.tables[table]))
        return names


_RELEASES: weakref.WeakKeyDictionary[FactIndex, _ReleaseNames] = weakref.WeakKeyDictionary()


@dataclass(slots=True, eq=False)
class ClaimNames:
    """Which of a release's table names a claim (``words``, in lower case) says, asked cell by cell."""

    release: _ReleaseNames
    words: str
    said: dict[tuple[int, str, str], bool] = field(default_factory=dict)

    def another_named(self, fact: Fact) -> bool:
        """True when ``fact`` is a table cell of a metric read (from a row, a column or a title) whose row or column
        is a name, and the claim names another name of that axis of its table and not the cell's own. A cell of no
        metric read is left alone: a label that names none may be a measure no vocabulary holds ("Cargos", "LNG
        volumes sold (TBtu)"), not a thing the table breaks a measure down by."""
        table = fact.figure.table
        if table is None or not fact.metrics:
            return False
        names = self.release.of(table)
        row, column = names.rows.get(fact.figure.row or ""), names.columns.get(fact.figure.column or "")
        return bool(
            (row and self._another(table, "row", row, names.rows.values()))
            or (column and self._another(table, "column", column, names.columns.values()))
        )

    def _another(self, table: int, axis: str, own: str, names: Iterable[str]) -> bool:
        siblings = list(dict.fromkeys(names))
        if self._names(table, axis, own, siblings):
            return False
        return any(self._names(table, axis, name, siblings) for name in siblings if name != own)

    def _names(self, table: int, axis: str, name: str, siblings: list[str]) -> bool:
        key = (table, axis, name)
        said = self.said.get(key)
        if said is None:
            said = self.said[key] = names_segment(name, self.words, siblings, self.release.abbreviations)
        return said


def claim_names(index: FactIndex, words: str) -> ClaimNames:
    """The table names of ``index``'s release as the claim ``words`` (lower case) says them."""
    release = _RELEASES.get(index)
    if release is None:
        release = _RELEASES[index] = _ReleaseNames(index)
    return ClaimNames(release, words)
