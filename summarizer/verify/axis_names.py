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
spell them (``segment_names``). A claim that names none of a table's names is not about a part
where the table prints the whole beside its parts (a "Total" row or column on the same axis): "Net
sales grew 26% year over year" is "Total Apple | ... | 23%", not "Americas | ... | 26%". Where no
whole is printed, a claim that names none of them says nothing of them: unknown, never a reason to
refuse (the rows may be "GAAP | Non-GAAP", or measures no vocabulary holds).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..facts import Fact, FactIndex
from ..text.context import basis_of
from ..text.prefixes import YEAR
from ..text.segment_names import defined_abbreviations, names_segment
from ..text.vocabulary import CHANGE_COLUMN, COMPANY_ROW, REPORTED, TOTAL_ROW, metrics_in, period_in, quarters_named
from ..types import Table

__all__ = ["ClaimNames", "claim_names"]

_FOOTNOTES = re.compile(r"(?:\s*(?:\(\w{1,2}\)|\*+|†+))+\s*$|(?<=[a-z])\d$")  # "(6)(9)", "*", "Capital1"
# the unit a row is counted in, printed in lower case after its name: "Gold (ounces)", "Nickel (contained tonnes)"
_UNIT_ASIDE = re.compile(r"\s*\((?:[a-z][a-z ]*|per [a-z]+)\)\s*$")
_OTHER_ITEM = frozenset({"other"})  # the metric of a row of "Other ..." (``table_reading``)
# "Other sites", "Other": a part beside the named ones, no whole ("Corporate and other", "Total other" are the company's)
_OTHER_PART = re.compile(r"\s*other\b(?!.*\b(?:total|consolidated)\b)", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]{3}")
_MOST_NAMES = 200  # an axis of more names than this is no table of segments or products: it is left unknown
_SHARED_WORDS = 2  # words a column's heading shares with another before the words that name it, at least


def _a_name(words: str) -> bool:
    """Whether a label or a heading's tail names a thing (a segment, a product, a region): not a metric, a
    period, a change, a basis ("Non-GAAP", "Reported") or the company's whole."""
    other_part = _OTHER_PART.match(words) is not None and {metric for _, metric in metrics_in(words)} == _OTHER_ITEM
    return bool(
        _LETTERS.search(words)
        and (not metrics_in(words) or other_part)
        and (not COMPANY_ROW.search(words) or other_part)
        and not REPORTED.search(words)
        and not basis_of(words)
        and not CHANGE_COLUMN.search(words)
        and not YEAR.search(words)
        and not period_in(words).length
        and not quarters_named(words)
    )


def _row_names(table: Table) -> dict[str, str]:
    """Each row label of ``table`` that is a name, with the name (its footnote marks dropped)."""
    names = {}
    for row in table.rows:
        name = _UNIT_ASIDE.sub("", _FOOTNOTES.sub("", row.label)).strip(" :|-–—•*")
        if _a_name(name):
            names[row.label] = name
    return names


def _tails(headings: Iterable[str]) -> dict[str, str]:
    """What tells each heading from the others: the words after the most it shares with one of them, where it
    shares ``_SHARED_WORDS`` at least (its footnote marks dropped)."""
    # the most words a heading shares with another is what it shares with one next to it in their order: in linear
    # time after the sort, in a table of thousands of columns as in one of five
    ordered = sorted((heading.split(), heading) for heading in dict.fromkeys(headings) if heading)
    tails = {}
    for position, (words, heading) in enumerate(ordered):
        neighbours = [ordered[other][0] for other in (position - 1, position + 1) if 0 <= other < len(ordered)]
        shared = max((_common_words(words, other) for other in neighbours), default=0)
        if shared >= _SHARED_WORDS:
            tails[heading] = _FOOTNOTES.sub("", " ".join(words[shared:])).strip(" :|-–—•*")
    return tails


def _column_names(table: Table) -> dict[str, str]:
    """Each column heading of ``table`` with the words that tell it from the others (``_tails``), where those
    words are a name: "... year-ago period Household" beside "... year-ago period Lifestyle" is "Household"."""
    return {heading: tail for heading, tail in _tails(table.columns).items() if _a_name(tail)}


def _whole_rows(table: Table) -> bool:
    """Whether ``table`` prints a whole on its rows: "Total Apple", "Reportable segment total"."""
    return any(TOTAL_ROW.search(row.label) for row in table.rows)


def _whole_columns(table: Table) -> bool:
    """Whether ``table`` prints a whole on its columns: "... year-ago period Total Company (1)"."""
    return any(TOTAL_ROW.search(tail) for tail in _tails(table.columns).values())


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
    whole_rows: bool  # a row of the whole is printed beside the rows of names
    whole_columns: bool


class _ReleaseNames:
    """The names of a release's tables, each table read once, when a cell of it is first asked about."""

    def __init__(self, index: FactIndex) -> None:
        self.tables = index.document.tables
        self.abbreviations = defined_abbreviations(index.document.text)
        self.read: dict[int, _TableNames] = {}

    def of(self, table: int) -> _TableNames:
        names = self.read.get(table)
        if names is None:
            read = self.tables[table]
            names = self.read[table] = _TableNames(
                _row_names(read), _column_names(read), _whole_rows(read), _whole_columns(read)
            )
        return names


_RELEASES: weakref.WeakKeyDictionary[FactIndex, _ReleaseNames] = weakref.WeakKeyDictionary()


@dataclass(slots=True, eq=False)
class ClaimNames:
    """Which of a release's table names a claim (``words``, in lower case) says, asked cell by cell."""

    release: _ReleaseNames
    words: str
    said: dict[tuple[int, str, str], bool] = field(default_factory=dict)

    def another_named(self, fact: Fact, of_the_company: bool) -> bool:
        """True when ``fact`` is a table cell of a metric read (from a row, a column or a title) whose row or column
        is a name, and the claim names another name of that axis of its table and not the cell's own, or names none
        and is ``of_the_company`` (its metric named for no segment) where the table prints the whole beside the
        names. A cell of no metric read is left alone: a label that names none may be a measure no vocabulary holds
        ("Cargos", "LNG volumes sold (TBtu)"), not a thing the table breaks a measure down by."""
        table = fact.figure.table
        if table is None or not fact.metrics:
            return False
        names = self.release.of(table)
        # a row that names its metric, or qualifies its section's ("Basic and diluted" under "Net loss per share"), is
        # no name of a part
        # no name of a part; a row of "Other ..." is a part beside the named ones, though it reads as its own item
        row = None if fact.named and fact.metrics != _OTHER_ITEM else names.rows.get(fact.figure.row or "")
        column = names.columns.get(fact.figure.column or "")
        by_row = of_the_company and names.whole_rows
        by_column = of_the_company and names.whole_columns
        return bool(
            (row and self._another(table, "row", row, names.rows.values(), by_row))
            or (column and self._another(table, "column", column, names.columns.values(), by_column))
        )

    def _another(self, table: int, axis: str, own: str, names: Iterable[str], whole_claimed: bool) -> bool:
        """Whether the claim names a sibling of ``own`` and not ``own``, or none of them where it claims the whole."""
        siblings = list(dict.fromkeys(names))
        if len(siblings) > _MOST_NAMES or self._names(table, axis, own, siblings):
            return False
        return whole_claimed or any(self._names(table, axis, name, siblings) for name in siblings if name != own)

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
