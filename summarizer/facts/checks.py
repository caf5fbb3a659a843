"""Self-checks of a table's reading: its arithmetic, column by column.

A reading should prove itself before anyone relies on it. Within each column of a table,
components add up to their totals (the rows of one section above a "Total ..." row), gross
profit is revenue less cost of revenue, and net income attributable to the company plus
noncontrolling interests is net income, all within the rounding the cells print. A table
whose checks pass is *confirmed*; one whose gross-profit or net-income identity fails says
where (a shifted column shows up at once); one with nothing to check is *unchecked*. A
"Total" row that does not sum the rows above it is not a failure: totals also gather
subtotals and rows of other sections, which this rule does not follow.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..text.keywords import may_hold
from ..text.vocabulary import metric_keywords
from ..types import Document, Figure, Span, Table
from .model import Fact, family_of

__all__ = ["TableCheck", "check_tables", "checkable_tables", "holds", "tables_to_check"]

_TOTAL = re.compile(r"^\s*total\b", re.IGNORECASE)
_NONCONTROLLING = re.compile(r"(?<!including )\bnon-?controlling|(?<!including )\bminority", re.IGNORECASE)
_SHORT_OF = re.compile(r"\bbefore\b|\bper\b|\bcontinuing\b|\bdiscontinued\b|\bincluding\b", re.IGNORECASE)
_ATTRIBUTABLE = re.compile(r"\battributable to\b", re.IGNORECASE)


@dataclass(frozen=True)
class TableCheck:
    """What a table's arithmetic says of its reading: ``confirmed``, ``failed`` or ``unchecked``."""

    table: int
    passed: int
    failures: tuple[str, ...]

    @property
    def status(self) -> str:
        return "failed" if self.failures else "confirmed" if self.passed else "unchecked"


def holds(total: Fact, parts: Sequence[tuple[int, Fact]]) -> bool:
    """Whether ``total`` equals the signed sum of ``parts`` within the rounding of every cell."""
    value = sum((sign * part.value for sign, part in parts), Decimal(0))
    slack = (total.high - total.low) / 2 + sum(((part.high - part.low) / 2 for _, part in parts), Decimal(0))
    return abs(total.value - value) <= slack


def _column_checks(column: list[Fact], sections: dict[Span, str]) -> Iterable[tuple[bool, str]]:
    """(passed, what) for each identity one column of a table offers, its cells in row order."""
    column = [fact for fact in column if fact.family == "currency"]
    # components of a section add up to its "Total ..." row
    start = 0
    for index, fact in enumerate(column):
        label = fact.figure.row or ""
        if not _TOTAL.match(label):
            continue
        section = [f for f in column[start:index] if (f.figure.row and not _TOTAL.match(f.figure.row))]
        same = [f for f in section if sections.get(f.figure.context, "") == sections.get(fact.figure.context, "")]
        if len(same) >= 2 and holds(fact, [(1, f) for f in same]):
            # only a sum that holds says something: a total that also counts subtotals or rows of
            # another section does not sum the rows above it, and that is no misreading
            yield True, f"{label} = sum of the {len(same)} rows above it"
        start = index + 1
    # gross profit is revenue less cost of revenue
    gross = next((f for f in column if "gross_margin" in f.metrics and f.named), None)
    above = [f for f in column if gross and f.figure.span < gross.figure.span]
    revenue, cost = _last(above, "revenue"), _last(above, "cost_of_revenue")
    if revenue and cost and gross:
        sign = -1 if cost.value > 0 else 1
        yield holds(gross, [(1, revenue), (sign, cost)]), f"{gross.figure.row} = {revenue.figure.row} - {cost.figure.row}"
    # net income = attributable to the company + attributable to noncontrolling interests
    minority = next((f for f in column if _NONCONTROLLING.search(_label(f)) and "net_income" in f.metrics), None)
    if minority is not None:
        above = [f for f in column if f.figure.span < minority.figure.span and "net_income" in f.metrics]
        total = next((f for f in reversed(above) if not _ATTRIBUTABLE.search(_label(f)) and not _SHORT_OF.search(_label(f))), None)
        owners = next(
            (f for f in column if f.figure.span > (total.figure.span if total else minority.figure.span)
             and f is not minority and _ATTRIBUTABLE.search(_label(f)) and not _NONCONTROLLING.search(_label(f))
             and not _label(f).lower().startswith("less")
             and "net_income" in f.metrics),
            None,
        )  # fmt: skip
        between = [f for f in column if total and owners and total.figure.span < f.figure.span < owners.figure.span]
        if total and owners and between == [minority]:  # the noncontrolling share added or subtracted, as printed
            balanced = holds(total, [(1, owners), (1, minority)]) or holds(total, [(1, owners), (-1, minority)])
            yield balanced, f"{_label(total)} = {_label(owners)} + {_label(minority)}"


def _label(fact: Fact) -> str:
    return fact.figure.row or ""


def _last(column: list[Fact], metric: str) -> Fact | None:
    found = [f for f in column if f.metrics == frozenset({metric}) and f.named]
    totals = [f for f in found if _TOTAL.match(f.figure.row or "")]
    return (totals or found)[-1] if found else None


# What a label, section or column heading holds when it may name gross margin: a name of it, or a scale caption's
# "except ..." that ``table_reading`` cuts out before reading the metric (what is left may join into a name)
_GROSS_WORDS = (*metric_keywords("gross_margin"), "except")


def checkable_tables(document: Document, figures: Iterable[Figure]) -> set[int]:
    """The tables of ``figures`` (table cells among them) some identity of ``_column_checks`` may hold in, told from
    the cells' figures, rows and columns alone, not their facts: a cell of money in a "Total ..." row or a
    noncontrolling interests' row, or whose label, section or column heading may name gross margin. Each identity
    reads such a cell first (a total, a gross profit, a noncontrolling share), so a table with none is unchecked
    whatever its facts: the ``figures`` command reads no fact of it ("Line item 12 | $84 | (36)" thousands of times).
    """
    checkable: set[int] = set()
    sections: dict[int, bool] = {}  # per table: a row's section may name gross margin
    # what a label says, asked once for the cells of one row (they come one after another), and what a column heading
    # says, once per heading: each cell of a table of thousands of rows asked both again
    last_label, label_says = None, False
    headings: dict[str, bool] = {}
    for figure in figures:
        table = figure.table
        if table is None or table in checkable or family_of(figure.unit) != "currency":
            continue
        label = figure.row or ""
        if table not in sections:
            sections[table] = _sections_say(document.tables[table])
        if label is not last_label:
            last_label = label
            label_says = _label_says(label)
        if label_says or sections[table]:
            checkable.add(table)
            continue
        heading = figure.column or ""
        heading_says = headings.get(heading)
        if heading_says is None:
            heading_says = headings[heading] = may_hold(heading, _GROSS_WORDS)
        if heading_says:
            checkable.add(table)
    return checkable


def tables_to_check(document: Document) -> set[int]:
    """The tables ``checkable_tables`` may find among those of its figures, told from their rows and headings alone,
    before any figure is read: one with a "Total ..." or noncontrolling interests' row, or with a label, section or
    heading that may name gross margin. The ``figures`` command reads the cells of these tables alone to tell which
    are checkable (a table of "Line item 12 | $84 | (36)" rows none)."""
    return {
        index for index, table in enumerate(document.tables)
        if _sections_say(table) or any(_label_says(row.label) for row in table.rows)
        or any(may_hold(heading, _GROSS_WORDS) for heading in table.columns)
    }  # fmt: skip


def _sections_say(table: Table) -> bool:
    """Whether a section heading of ``table``'s rows may name gross margin."""
    return any(may_hold(row.section, _GROSS_WORDS) for row in table.rows if row.section)


def _label_says(label: str) -> bool:
    """Whether a row ``label`` is a total's, a noncontrolling interests' or may name gross margin."""
    return bool(_TOTAL.match(label) or _NONCONTROLLING.search(label) or may_hold(label, _GROSS_WORDS))


def check_tables(document: Document, facts: Iterable[Fact]) -> dict[int, TableCheck]:
    """Each table's checks, by table index, from the facts of its cells."""
    # the rows under a section heading only: a table of a million rows, most under none, held them all
    sections = {row.span: row.section for table in document.tables for row in table.rows if row.section}
    columns: dict[tuple[int, str | None], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.figure.table is not None and not fact.change:
            columns[(fact.figure.table, fact.figure.column)].append(fact)
    passed: dict[int, int] = defaultdict(int)
    failures: dict[int, list[str]] = defaultdict(list)
    for (table, column), cells in columns.items():
        if len({fact.figure.context for fact in cells}) < len(cells):
            continue  # two columns under one label ("RMB | RMB | US$"): not one column to check
        cells.sort(key=lambda fact: fact.figure.span.start)
        for ok, what in _column_checks(cells, sections):
            if ok:
                passed[table] += 1
            else:
                failures[table].append(f"{what} (column {column!r})")
    return {table: TableCheck(table, passed[table], tuple(failures[table])) for table in {*passed, *failures}}
