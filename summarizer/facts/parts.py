"""Rows that name no metric, told by their table to be the parts of a measure: proven by its arithmetic
to add up to a total that names it, or under a title that names it ("Revenue by Market Platform").

A breakdown table names its measure once, on its total: "Aerospace, Defense and Government |
339", "Commercial Communications | 1,006", "Electronic Industrial | 501" above "Total Revenue |
1,846". Read row by row, the three rows have no metric, so no claim about a segment's revenue
can meet them. When every row of such a block names no metric and, in every column where all
of them and the total have a level, the rows add up to the total within the rounding of each
cell, the rows are that total's parts: each takes the total's metric and its own label as its
segment. Arithmetic is the proof: a block that does not add up is left as read, and so are rows
that are periods ("Fiscal 2023" of a schedule) and the adjustments a reconciliation totals. A row
of the block that names a metric of its own keeps it, and where the total names one measure
(``_one_measure``) the rows beside it that name none are its parts all the same: "Environmental
Services | 1,302,292", "Fee Income | 2,389" and "Rental Income | 22,500" add up to "TOTAL REVENUE
| 1,327,181" (a statement that leaves out the "Revenues:" heading), and Environmental Services is
revenue though Fee Income reads as fee income. So does a row of one measure that is no "Total ...",
under the rows that name none right above it, when they add up to it: "Americas(1) | $ 20,114",
"EMEA(2) | 36,715" and "APAC(3) | 212,883" above "Global ICL Sales | $269,712". So do the rows that name none right
below a row of one measure, when they add up to it ("Copper production (tonnes) | 111,602" over its sites' rows, and
"Other Sites" among them); their bare numbers, read as money, are then the whole's count.

A table titled by a measure broken down ("Revenue by Reportable Segments" over "Compute &
Networking | Graphics | Total") says the same of its rows without a named total: its rows that
name no metric are that measure, each of its own segment, and its total the company's. So does a
title right above the table that is a measure of sales and nothing more ("COMPARABLE SALES" over
"U.S. | International Operated Markets | Total Company").

The rows that name no metric right below a growth rate ("Systemwide same shop sales | 5.8 %"), whose percentages add
up to it in every column ("Ticket | 4.1 %", "Transactions | 1.7 %"), are what the growth is made of: changes too, each
of what its own label names (no metric given).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..ingest.compact_rows import row_labels, row_sections, row_spans
from ..text.vocabulary import metric_matches, metrics_in
from ..types import Document, Row, Span, Table
from .checks import holds
from .grouping import FactGroups, GroupsByKey
from .model import Fact
from .table_reading import growth_rate

__all__ = ["parts_of_totals"]

_TOTAL = re.compile(r"^\s*total\b", re.IGNORECASE)
_FOOTNOTE_MARKS = re.compile(r"(?:\s*\(\d\))+\s*$|\s*[*†]+\s*$|(?<=[a-z])\d$")  # "(1)", "*", "capital1"
# rows that are periods, not parts of a business: "Fiscal 2023 | $750" ... "Thereafter | 4" above "Total
# intangible assets, net" (a schedule of amortization)
_PERIOD_ROW = re.compile(r"\b(?:19|20)\d{2}\b|\bthereafter\b", re.IGNORECASE)
# a total of the adjustments that reconcile one measure to another ("Total non-GAAP adjustments to pre-tax income"):
# its rows add up to it, but are no parts of the measure it names
_ADJUSTMENTS = re.compile(r"\badjustments?\b", re.IGNORECASE)
_OTHER = frozenset({"other"})
_OTHER_WORD = re.compile(r"\bother\b", re.IGNORECASE)
# a measure and what it is broken down by: "Revenue by Market Platform", "ICL Sales by Country", "Net Revenue by"
_BROKEN_DOWN = re.compile(r"^[\s|*#]*(?P<measure>[A-Za-z][\w ,&'/-]{0,40}?)\s+by\b", re.IGNORECASE)
_MEASURE_WORDS = 5
# a title that is a measure of sales alone ("COMPARABLE SALES", "Total Revenues") over rows of names
_SALES_TITLE = re.compile(r"^[\s|*#]*(?P<measure>[A-Za-z][\w ,&'/-]{0,40}?)[\s*:|#]*$")
_SALES = frozenset({"revenue", "segment_revenue", "comparable_sales", "systemwide_sales"})
_TITLE_LINES = 2  # non-empty lines above a table's first line that may title it
# rows of a breakdown that are the company's: its total, and adjustments that reconcile to it
_COMPANY_ROW = re.compile(
    r"^\s*(?:total|consolidated)\b|^\s*(?:add|less|plus|minus)\s*:|^\s*\(\s*[+-]\s*\)", re.IGNORECASE
)


def _named(facts: tuple[Fact, ...]) -> bool:
    """Whether a row's cells already have a metric or a segment of their own."""
    return any(fact.metrics or fact.segment for fact in facts)


def _levels(facts: tuple[Fact, ...]) -> dict[tuple[str | None, int], Fact]:
    """A row's amounts by column (``_by_column``)."""
    return _by_column(facts, lambda fact: not fact.change and (fact.family == "currency" or fact.family == "count"))


def _rates(facts: tuple[Fact, ...]) -> dict[tuple[str | None, int], Fact]:
    """A row's percentages by column (``_by_column``)."""
    return _by_column(facts, lambda fact: fact.family == "percent")


def _by_column(facts: tuple[Fact, ...], kept: Callable[[Fact], bool]) -> dict[tuple[str | None, int], Fact]:
    """A row's cells that are ``kept``, by column: its column label and how many cells before it carried the same
    label (two "2025" columns of one row are two columns)."""
    seen: Counter[str | None] = Counter()
    cells = {}
    for fact in facts:
        key = (fact.figure.column, seen[fact.figure.column])
        seen[fact.figure.column] += 1
        if kept(fact):
            cells[key] = fact
    return cells


def _blocks(rows: Sequence[Row], by_row: Mapping[Hashable, tuple[Fact, ...]]) -> Iterator[tuple[list[Row], Row]]:
    """Each "Total ..." row with the rows of figures above it in its section, back to the last
    total or to a row without figures (a section's heading)."""
    # the rows read by column, their positions kept and made rows when yielded: rows held compact are made anew when
    # asked for (``ingest.compact_rows``), and a table of rows without a total held each row made until its end
    block: list[int] = []
    section = ""  # the section of the block's last row
    for position, (span, label, row_section) in enumerate(zip(row_spans(rows), row_labels(rows), row_sections(rows))):
        if span not in by_row:
            block = []
            continue
        if block and section != row_section:
            block = []
        if _TOTAL.match(label):
            yield [rows[at] for at in block], rows[position]
            block = []
        else:
            block.append(position)
            section = row_section


def _runs_above_wholes(rows: Sequence[Row], by_row: Mapping[Hashable, tuple[Fact, ...]]) -> Iterator[tuple[list[Row], Row]]:
    """Each row that names a metric of its own without "Total" ("Net sales", "Segment operating income") with the
    run of rows of figures right above it, in its section, that name none: what may be its breakdown."""
    run: list[int] = []  # the rows' positions, made rows when yielded (as ``_blocks``)
    section = ""  # the section of the run's last row
    for position, (span, label, row_section) in enumerate(zip(row_spans(rows), row_labels(rows), row_sections(rows))):
        facts = by_row.get(span)
        if facts is None or _TOTAL.match(label):
            run = []
            continue
        if run and section != row_section:
            run = []
        if _named(facts):
            if run:
                yield [rows[at] for at in run], rows[position]
            run = []
        else:
            run.append(position)
            section = row_section


def _runs_below_wholes(
    rows: Sequence[Row], by_row: Mapping[Hashable, tuple[Fact, ...]]
) -> Iterator[tuple[list[Row], Row]]:
    """Each row that names a metric of its own without "Total" with the run of rows of figures right below it, in its
    section, that name none but the rest ("Other ..."): a breakdown printed under its whole ("Copper production (tonnes)
    | 111,602" over "Cobre Panamá | –", "Kansanshi | 48,139", "Sentinel | 56,560", "Other Sites | 6,903")."""
    whole: int | None = None
    run: list[int] = []
    section = ""  # the section of the whole and its run
    for position, (span, label, row_section) in enumerate(zip(row_spans(rows), row_labels(rows), row_sections(rows))):
        facts = by_row.get(span)
        named = facts is not None and _named(facts) and not _TOTAL.match(label) and not _only_other(facts)
        if facts is not None and not named and whole is not None and row_section == section and not _TOTAL.match(label):
            run.append(position)
            continue
        if whole is not None and run:
            yield [rows[at] for at in run], rows[whole]
        whole, run, section = (position if named else None), [], row_section
    if whole is not None and run:
        yield [rows[at] for at in run], rows[whole]


def _growth_components(parts: list[Row], whole: Row, by_row: Mapping[Hashable, tuple[Fact, ...]]) -> bool:
    """Whether ``parts``, rows that name no metric right below a row of a growth rate ("Systemwide same shop sales |
    5.8 %" over "Ticket | 4.1 %" and "Transactions | 1.7 %"), are what that growth is made of: their percentages add up
    to its in every column where each has one (one at least). Each is then a change too, of what its own label names."""
    wholes = by_row[whole.span]
    if len(parts) < 2 or not all(fact.change and fact.family == "percent" and growth_rate(fact.metrics) for fact in wholes):
        return False
    totals = _rates(wholes)
    rows = [_rates(by_row[row.span]) for row in parts]
    checked = 0
    for key, total in totals.items():
        cells = [row.get(key) for row in rows]
        if any(cell is None for cell in cells):
            continue
        if not holds(total, [(1, cell) for cell in cells if cell is not None]):
            return False
        checked += 1
    return checked > 0


def _only_other(facts: tuple[Fact, ...]) -> bool:
    """Whether a row names no metric but the rest of its block's ("Other Sites | 6,903")."""
    return all(fact.metrics <= _OTHER and not fact.segment for fact in facts)


def _one_measure(label: str, metrics: frozenset[str]) -> bool:
    """Whether a total beside whose parts stand rows of their own metric names one measure: one metric, not what is
    left over ("Total Other Income/(Expenses), net", "Total non-recurring and other unusual items") nor two at once
    ("Total equity-based compensation and related taxes")."""
    return len(metrics) == 1 and not metrics & _OTHER and _OTHER_WORD.search(label) is None


def _measure_of_parts(parts: list[Row], whole: Row, by_row: Mapping[Hashable, tuple[Fact, ...]]) -> frozenset[str]:
    """The metrics ``whole`` gives the rows of ``parts`` that name none, when they are proven its breakdown; none
    otherwise. A block of rows that name no metric takes any metric of its total; one beside rows of their own metric,
    or under a whole that is no "Total ...", only a total of one measure (``_one_measure``)."""
    metrics = {fact.metrics for fact in by_row[whole.span] if not fact.change}
    measure = next(iter(metrics)) if len(metrics) == 1 else frozenset()
    if len(parts) < 2 or not measure or _ADJUSTMENTS.search(whole.label):
        return frozenset()
    if any(_PERIOD_ROW.search(row.label) for row in parts):
        return frozenset()
    mixed = not _TOTAL.match(whole.label) or any(_named(by_row[row.span]) for row in parts)
    if mixed and not _one_measure(whole.label, measure):
        return frozenset()
    return measure if _proven_parts(parts, whole, by_row) else frozenset()


def _proven_parts(parts: list[Row], total: Row, by_row: Mapping[Hashable, tuple[Fact, ...]]) -> bool:
    """Whether ``parts`` add up to ``total`` in every column where each has an amount (one at least)."""
    totals = _levels(by_row[total.span])
    rows = [_levels(by_row[row.span]) for row in parts]
    checked = 0
    for key, whole in totals.items():
        cells = [row.get(key) for row in rows]
        if any(cell is None or not _of_its_family(cell, whole) for cell in cells):
            continue
        if not holds(whole, [(1, cell) for cell in cells if cell is not None]):
            return False
        checked += 1
    return checked > 0


def _of_its_family(part: Fact, whole: Fact) -> bool:
    """Whether a part's cell may add up to its whole's: of one family, or a bare number read as money under a whole
    that counts a quantity ("Kansanshi | 48,139" under "Copper production (tonnes)"): the whole's unit is the parts'."""
    return part.family == whole.family or (whole.family == "count" and part.family == "currency")


def _measure_broken_down(text: str, table: Table) -> frozenset[str]:
    """The one metric a table's title or first header line says its rows break down, else none."""
    above = text[max(0, table.span.start - 400) : table.span.start].split("\n")
    titles = [line for line in reversed(above) if line.strip(" |*#\t")][:_TITLE_LINES]
    for line in [span.of(text) for span in table.header_spans[:1]] + titles:
        match = _BROKEN_DOWN.match(line)
        if match and len(match.group("measure").split()) <= _MEASURE_WORDS:
            return _one_metric(match.group("measure"))
    # the line right above the table (or above a heading row left out of it, a line of cells), when it is a
    # measure of sales and nothing more
    title = (
        next((line for line in titles if "|" not in line), "") if titles and "|" in titles[0] else "".join(titles[:1])
    )
    match = _SALES_TITLE.match(title)
    if match and len(match.group("measure").split()) <= _MEASURE_WORDS and _covers(match.group("measure")):
        named = _one_metric(match.group("measure"))
        return named if named <= _SALES else frozenset()
    return frozenset()


def _covers(measure: str) -> bool:
    """Whether one metric phrase is the whole title, give or take "total", "net" or "consolidated" before it."""
    found = [match for match, metric in metric_matches(measure) if metric]
    if len(found) != 1:
        return False
    before, after = measure[: found[0].start()].lower().split(), measure[found[0].end() :].strip(" ,.-")
    return not after and all(word in ("total", "net", "consolidated") for word in before)


def _one_metric(words: str) -> frozenset[str]:
    named = frozenset(metric for _, metric in metrics_in(words))
    return named if len(named) == 1 else frozenset()


def _facts_by_row(facts: list[Fact]) -> dict[int, GroupsByKey]:
    """The facts of table cells by table, then by row (their figure's context, the row's span), in their order: a
    tuple a row, found by the row's own span. A key of table and span for each row (~64 bytes) and a list where a
    tuple does (~50 bytes more), then a dict's entry for each row (~50), were held for every row of a table of rows,
    the facts stage's peak (issue 13): grouped as ``FactGroups`` groups them, no row's key is held but its span. A
    row's cells come one after another; one met again later is added to its tuple all the same."""
    by_table: dict[int, FactGroups] = {}
    for fact in facts:
        table = fact.figure.table
        if table is not None:
            of_table = by_table.get(table)
            if of_table is None:
                of_table = by_table[table] = FactGroups()
            of_table.add(fact.figure.context, fact)
    return {table: groups.by_key() for table, groups in by_table.items()}


def _segment_name(label: str) -> str:
    """A part's row label as the name of its segment: footnote marks and a list's dash or bullet left out ("- Paris CBD
    & 5-6-7" is "Paris CBD & 5-6-7")."""
    return _LIST_MARK.sub("", _FOOTNOTE_MARKS.sub("", label)).strip()


_LIST_MARK = re.compile(r"^\s*[-–•●◦▪*·]+\s+")


def parts_of_totals(document: Document, facts: list[Fact]) -> list[Fact]:
    """``facts`` (of table cells), the cells of proven parts of a named total given its metric and
    their own label as segment; the rows of a table titled by a measure broken down; the percentages of the parts
    of a growth rate made changes (``_growth_components``). The rows that
    name no metric beside rows that do are a statement's line items, not segments: they take the
    total's metric as the rows under a heading take its ("Revenues:" left out), their label no segment
    and their metric not named by it (``Fact.named``)."""
    by_table = _facts_by_row(facts)
    # a row's metrics, segment, named, and whether its money is a count of its whole's quantity
    given: dict[tuple[int, Span], tuple[frozenset[str], str, bool, bool]] = {}
    components: set[tuple[int, Span]] = set()  # rows whose percentages are the parts of a growth rate above them
    for index, table in enumerate(document.tables):
        in_table: Mapping[Hashable, tuple[Fact, ...]] = by_table.pop(index, {})  # let go once its table is read
        measure = _measure_broken_down(document.text, table) if in_table else frozenset()
        if measure:
            for row in table.rows:
                if row.span in in_table and not _PERIOD_ROW.search(row.label) and not _named(in_table[row.span]):
                    name = "" if _COMPANY_ROW.search(row.label) else _segment_name(row.label)
                    given[(index, row.span)] = (measure, name, True, False)
            continue
        above = (*_blocks(table.rows, in_table), *_runs_above_wholes(table.rows, in_table))
        runs_below = list(_runs_below_wholes(table.rows, in_table))  # walked once: levels' breakdowns, growth's components
        blocks = [
            *((parts, whole, False) for parts, whole in above),
            *((parts, whole, True) for parts, whole in runs_below),
        ]
        for parts, whole in runs_below:
            if _growth_components(parts, whole, in_table):
                components.update((index, row.span) for row in parts)
        for parts, whole, below in blocks:
            metric = _measure_of_parts(parts, whole, in_table)
            if not metric:
                continue
            # line items beside named ones (under its whole, a row of the rest, "Other Sites", is a part like the others)
            items = any(_named(in_table[row.span]) and not (below and _only_other(in_table[row.span])) for row in parts)
            counted = all(fact.family == "count" for fact in in_table[whole.span] if not fact.change)
            for row in parts:
                if not _named(in_table[row.span]):
                    name = "" if items else _segment_name(row.label)
                    given[(index, row.span)] = (metric, name, not items, counted)
    if components:
        facts = [
            replace(fact, change=True)
            if fact.family == "percent" and not fact.change and (fact.figure.table, fact.figure.context) in components
            else fact
            for fact in facts
        ]
    if not given:
        return facts
    return [
        replace(
            fact,
            metrics=given[key][0],
            named=given[key][2],
            segment=given[key][1],
            change=fact.change or (fact.family == "percent" and growth_rate(given[key][0])),
            family="count" if given[key][3] and fact.family == "currency" else fact.family,
        )
        if (key := (fact.figure.table, fact.figure.context)) in given
        else fact
        for fact in facts
    ]
