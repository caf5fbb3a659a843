"""``FactIndex``: every fact of one document, indexed by unit family and value for fast look-ups."""

from __future__ import annotations

import bisect
import copy
import itertools
import operator
import re
import threading
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import cached_property
from itertools import compress, count
from typing import Generic, TypeVar

from ..figures.columns import (
    RELEASE_OPENING,
    release_fiscal_year,
    release_quarter,
    reporting_year,
    title_segments,
    titled_length,
)
from ..figures.extract import extract_figures, forget_what_figures_share
from ..ingest.compact_rows import compact_tables, row_label_spans
from ..text.context import YEAR_TO_DATE, full_year_guidance
from ..text.sentences import prose_sentences
from ..text.vocabulary import (
    BALANCE_METRICS,
    EARLIER_EDITION_WORD,
    FORWARD_LOOKING,
    MONTH,
    OUTLOOK_EDITION,
    Period,
    comparison_convention,
    names_year_results,
    nearest_length,
    primary_length,
    quarter_end_named,
)
from ..types import Document, Figure, Span, Unit
from .change_bases import counted_against
from .checks import TableCheck, check_tables
from .derived import DerivedIndex
from .model import DerivedValue, Fact, interval_key
from .parts import parts_of_totals
from .prose_reading import lead_in_length, prose_facts
from .prose_scale import scaled_by_caption, scaled_by_prose
from .sorting import POSITIONS, sorted_positions
from .table_reading import TableLookup, table_fact

__all__ = ["FactIndex"]

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a year that a period names ("fourth quarter and full year 2024", "three months ended December
# 31, 2024", "Q4 2024", "fiscal 2025"), not a dateline's or a footnote's
# A period word and its year, with only period words between ("fourth quarter of 2020", "quarter and full
# year ended December 31, 2024", "Q4 2020"): in "Q4 that position us well for 2021" the year is another's.
_PERIOD_FILLER = rf"(?:of|and|the|full|fiscal|year|end|quarter|ended|ending|months|weeks|{MONTH}[a-z]*\.?|\d{{1,2}})"
_PERIOD_YEAR = re.compile(
    rf"\b(?:quarter|year|months|weeks|half|fiscal|FY|Q[1-4]|ended|ending)\b(?:[\s,'-]+{_PERIOD_FILLER}\b){{0,6}}?[\s,'-]+"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_Item = TypeVar("_Item", Fact, DerivedValue)


_LOW = operator.attrgetter("low")


def _ends(item: Fact | DerivedValue) -> tuple[Decimal, Decimal]:
    """``[low, high)`` of a fact (made when asked) or a derived value (kept)."""
    return item.interval if isinstance(item, Fact) else (item.low, item.high)


def _context_start(fact: Fact) -> int:
    return fact.figure.context.start


_KEPT_INTERVALS = 16384  # the facts' intervals read kept at a time by ``_ByValue``, ~150 bytes each


def _runs_of_equals(values: array) -> Iterator[tuple[int, int]]:
    """``[first, last)`` of each run of two or more equal values side by side in ``values``: where the next value
    equals the one before found by C loops (``zip``, ``compress``), not one Python step a value."""
    equal_to_next = compress(count(), map(operator.eq, values, itertools.islice(values, 1, None)))
    first = last = -2
    for position in equal_to_next:  # values[position] == values[position + 1]
        if position != last:
            if first >= 0:
                yield first, last + 1
            first = position
        last = position + 1
    if first >= 0:
        yield first, last + 1


class _ByValue(Generic[_Item]):
    """Items of one unit family sorted by their interval's low end, for "which meet [low, high)?"."""

    def __init__(self, items: list[_Item]) -> None:
        # searched by each item's low end itself (``key``), not a list of them beside the items: that
        # list was 8 bytes a fact more, kept as long as the index.
        # Each item's interval made once (a fact makes it when asked: ``Fact.interval``), its ends kept as the
        # nearest floats (16 bytes an item), to search and pass over the items without making it again: a
        # float keeps its Decimal's order, ``a < b`` giving ``float(a) <= float(b)``
        lows, highs, widest = array("d"), array("d"), Decimal(0)
        # 1 for each item whose low end is a float exactly ("7E+3", "6.5"; not "0.05"): among items of equal floats,
        # those all exact have equal Decimals, which a stable sort leaves in their order (one byte an item, let go
        # on return; a table of rows repeats its values, and each tied item's interval was made again to sort them)
        exact = bytearray(len(items))
        # each fact's interval made, and its floats read, once for the facts that share it (``interval_key``): a table
        # of rows repeats its values, and each cell's interval had been made anew (a few thousand kept at a time)
        read: dict[tuple[int, int, Unit, int], tuple[float, float, bool]] = {}
        for position, item in enumerate(items):
            key = interval_key(item) if type(item) is Fact else None
            known = read.get(key) if key is not None else None
            if known is None:
                low, high = _ends(item)
                near = float(low)
                known = (near, float(high), low == near)
                widest = max(widest, high - low)  # the widest of the intervals read is the widest of all
                if key is not None:
                    if len(read) >= _KEPT_INTERVALS:
                        read.clear()
                    read[key] = known
            lows.append(known[0])
            highs.append(known[1])
            exact[position] = known[2]
        del read
        self.widest: Decimal = widest
        # sorted by low end as a stable sort by the Decimals: by the floats, then by the Decimals among equal floats
        order = sorted_positions(lows)
        # the floats in that order, and then the items and highs: C loops (``map``), not a generator's step an item; a
        # run of equal floats keeps its floats, however its items are ordered among themselves
        sorted_lows = array("d", map(lows.__getitem__, order))
        del lows
        for first, last in _runs_of_equals(sorted_lows):
            if not all(exact[position] for position in order[first:last]):
                order[first:last] = array(POSITIONS, sorted(order[first:last], key=lambda position: _ends(items[position])[0]))
        del exact
        self.lows = sorted_lows
        self.highs = array("d", map(highs.__getitem__, order))
        del highs  # (let go before the items are ordered: a list of them made beside theirs)
        items[:] = list(map(items.__getitem__, order))  # in place: each family's list is made for this index alone
        self.items: list[_Item] = items

    def _first_from(self, value: Decimal) -> int:
        """``bisect_left`` of ``value`` among the items' low ends: by the floats, then by the Decimals
        among the items whose float equals ``value``'s (none or a few)."""
        near = float(value)
        return bisect.bisect_left(
            self.items, value, bisect.bisect_left(self.lows, near), bisect.bisect_right(self.lows, near), key=_LOW
        )

    def meeting(self, low: Decimal, high: Decimal) -> list[_Item]:
        first = self._first_from(low - self.widest)
        last = self._first_from(high)
        below, items, highs = float(low), self.items, self.highs
        return [
            item for i in range(first, last) if highs[i] >= below and (item := items[i]).low < high and low < item.high
        ]

    def nearest(self, value: Decimal, count: int) -> list[_Item]:
        position = self._first_from(value)
        window = self.items[max(0, position - count) : position + count]
        return sorted(window, key=lambda item: abs(item.value - value))[:count]


def _by_family(items: list[_Item]) -> dict[str, list[_Item]]:
    families: dict[str, list[_Item]] = {}
    for item in items:
        families.setdefault(item.family, []).append(item)
    return families


_NOT_FLOWS = BALANCE_METRICS | {"other"}  # "Other current assets" is a balance too


def _length_up_to(text: str, start: int, end: int) -> str:
    """The length said last in the sentence of ``text[start:end]`` up to its ``end``."""
    words = text[text.rfind(". ", 0, start) + 1 : end]
    return nearest_length(words) or ("year" if full_year_guidance(words) else "")


# A column of an outlook's earlier edition ("Prior", "Previous Guidance"), and the words of a later edition that
# say the earlier one holds: "| 18% to 19% | unchanged |"
_EARLIER_EDITION = re.compile(rf"{EARLIER_EDITION_WORD}\b", re.IGNORECASE)
_HELD = re.compile(r"\b(?:unchanged|reaffirmed|maintained|no change)\b", re.IGNORECASE)
# A column heading that is a year and nothing else: "2025", "FY2026", "2027E"
_YEAR_ALONE = re.compile(r"(?:FY\s*)?(?:19|20)\d{2}E?", re.IGNORECASE)
_EDITION_WORDS = 600  # how far before a table of an outlook's editions the words that name the outlook may stand
_YEAR_TO_DATE_AT = {2: "half", 3: "nine_months", 4: "year"}  # the length of the year to date, by fiscal quarter


_RECENT = 8  # indexes kept for ``FactIndex.of``: a worker's filings in flight
_recent: list[tuple[Document, FactIndex]] = []  # newest last
_recent_lock = threading.Lock()


def _release_end(facts: list[Fact]) -> tuple[int, int, int] | None:
    """The date the release's tables most often end on (each table's latest dated column), when
    at least two tables are dated; None otherwise."""
    latest: dict[int, tuple[int, int, int]] = {}  # table -> its latest dated column's end
    for f in facts:
        end = f.period.end
        if end and end[1] and f.figure.table is not None and end > latest.get(f.figure.table, (0, 0, 0)):
            latest[f.figure.table] = end
    if len(latest) < 2:
        return None
    ends = Counter(latest.values())
    return max(ends, key=lambda end: (ends[end], end))


def _changes_told(facts: list[Fact], lengths: dict[int | None, str]) -> list[Fact]:
    """``facts`` with each change cell of a table whose bare years were told a length (``lengths``, by table) of that
    length: the change between two of its columns spans theirs. Ryder's "2024 | 2023 | Change" under the lead-in's
    three months (its "5%" is the quarter's rise), Sandisk's "2026 | 2025 | Y/Y" and Taylor Morrison's "2024 | 2023 |
    2024 vs. 2023" in a fourth quarter's release (the years'). A change cell that reads its own length keeps it."""
    return [
        replace(f, period=Period(lengths[f.figure.table], f.period.prior, f.period.end))
        if f.change and not f.period.length and f.figure.table in lengths
        else f
        for f in facts
    ]


def outside_row_labels(document: Document, figures: list[Figure]) -> list[Figure]:
    """``figures`` of running text (in text order) without those that stand inside a table row's label, which the facts stage does
    not read: a label's number ("Line item 123", "Mac Portables (2)(9)", "Common stock, $0.01 par value; 1 billion
    shares authorized") stands in no sentence, and was read with its whole table's text as one (``Figure.context``
    is the table's span; ``prose_reading._is_flattened_table``), no period read, at ~60 us a number: as much as the
    rest of the facts stage of a table of rows (issue 13). Over the 76 development releases 247 such facts (38
    releases); without them no claim's verdict of the ten claim sets changes, nor any summary.

    The figures themselves stay (``extract_figures``, the ``figures`` command): only their facts are not made. The
    facts stage leaves most of them unread (``extract_figures(row_labels=False)``); those it reads all the same (one
    a figure beside it may be joined with, one whose cents reach past its label's number) are left out here."""
    # the labels of the tables that hold one of the figures (a label lies within its table): a table of rows is held
    # compact once its figures are read, and a span made for each of its labels would be ~130 bytes a row at once
    tables = [table for table in document.tables if _holds_one(table.span, figures)]
    labels = sorted(span for table in tables for span in row_label_spans(table.rows) if span is not None)
    if not labels:
        return figures
    starts = [label.start for label in labels]
    kept = []
    for figure in figures:
        # the label that starts last at or before the figure holds it, if any does: row labels stand apart, one
        # label's lines joined into one span (``tables._build_rows``)
        position = bisect.bisect_right(starts, figure.span.start) - 1
        if position < 0 or figure.span.end > labels[position].end:
            kept.append(figure)
    return kept


def _holds_one(span: Span, figures: list[Figure]) -> bool:
    """Whether a figure of ``figures`` (in text order) starts within ``span``."""
    first = bisect.bisect_left(figures, span.start, key=_figure_start)
    return first < len(figures) and figures[first].span.start < span.end


def _figure_start(figure: Figure) -> int:
    return figure.span.start


class FactIndex:
    """The facts of one document and the values derived from them, indexed for look-ups."""

    @classmethod
    def of(cls, document: Document) -> FactIndex:
        """The index of ``document`` (this very object), built once for the last few documents:
        reading the facts is most of a summary's work, and a batch summarises a filing a second
        time when the model's answer cannot be used."""
        with _recent_lock:
            known = next((index for seen, index in _recent if seen is document), None)
        if known is not None:
            return known
        index = cls(document)
        with _recent_lock:
            _recent.append((document, index))
            del _recent[:-_RECENT]
        return index

    def __init__(self, document: Document, facts: list[Fact] | None = None) -> None:
        self.document = document
        self.sentences = prose_sentences(document.text, [table.span for table in document.tables])
        self.facts: list[Fact] = self._read() if facts is None else facts
        # each unit family's facts sorted by value (``_ByValue``) when a look-up first asks for that family
        # (``_family``): a summary asks for none, and sorting a table of rows' facts was ~0.3 s a MB (issue 13)
        self._facts_by_family: dict[str, _ByValue[Fact]] = {}
        self._unsorted_families: dict[str, list[Fact]] | None = None  # the facts of the families not yet asked for
        self._families_lock = threading.Lock()  # an index is shared by the threads of a batch (``of``)

    def _read(self) -> list[Fact]:
        """The facts of the document's figures: its lists of figures and of facts on the way let go
        on return, before the index sorts the facts (8 bytes a figure each, held at the peak)."""
        document = self.document
        figures = extract_figures(document, row_labels=False).financial  # no row label's figure is read below
        forget_what_figures_share()  # (the caches of the figures' reading, let go before the facts are made)
        prose = outside_row_labels(document, [f for f in figures if f.table is None])
        # the figures are read, each table's rows held by column as they were (``extract._row_places``), and so while
        # their facts are read, and after (a table whose figures were not read is held so here)
        compact_tables(document)
        lookups = {
            position: TableLookup(document.tables[position], segment, document)
            for position, segment in enumerate(self.title_segments) if segment
        }  # fmt: skip
        cells = self._years_told([table_fact(document, f, lookups) for f in figures if f.table is not None])
        # the date the tables most often end on, read once for both passes: a column told it is a comparison keeps its end
        release_end = _release_end(cells)
        cells = self._results_beside_outlook(self._outlook_told(self._dated_before_the_release(cells, release_end), release_end))
        # each change column told the columns it is computed from, once its levels' periods are all read
        cells = counted_against(parts_of_totals(document, self._editions_told(cells)), lookups)
        del figures  # not held while running text is read, the facts stage's peak
        segments = frozenset(f.segment for f in cells if f.segment)
        sentences = prose_facts(document, self.sentences, prose, self.current_year, self.fiscal_quarter, segments, release_end)
        return self._year_to_date_told(scaled_by_prose(cells, sentences) + scaled_by_caption(document, sentences))

    def _dated_before_the_release(self, facts: list[Fact], release_end: tuple[int, int, int] | None) -> list[Fact]:
        """A table column that is its table's latest, dated a year before the period the release's
        tables most often end on (``release_end``, ``_release_end`` of ``facts``), is a comparison period all the same:
        a table printing only the prior year's quarter ("Three Months Ended June 30, 2025" beside 2026's statements)."""
        if release_end is None:
            return facts
        year_before = (release_end[0] - 1, release_end[1], release_end[2])
        return [
            replace(f, period=Period(f.period.length, True, f.period.end))
            if f.period.prior is False and not f.change and f.period.end and f.period.end[1] and f.period.end[:2] <= year_before[:2]
            else f
            for f in facts
        ]

    def _outlook_told(self, facts: list[Fact], release_end: tuple[int, int, int] | None) -> list[Fact]:
        """Table cells of a period that ends after the release's (``release_end``, ``_release_end`` of ``facts``) are its
        outlook, whatever the words around the table: "Current FY 2026 | Previous FY 2026" or "Segment FY 2026E" in a
        release on a second quarter, "Full Year 2025" in one on the fourth quarter of 2024. A year the release names no
        quarter of, or that ends with its fourth, is no later period."""
        if release_end is None:
            return facts
        year = self.current_year or release_end[0]
        # the year the release's quarter belongs to is not over (a release on a year is on no quarter of it)
        open_year = self.fiscal_quarter in (1, 2, 3) and self.main_length != "year"
        told = []
        for f in facts:
            end = f.period.end
            if f.figure.table is None or not end or not (
                # a date printed whole, later than the release's ("Three months ending September 30, 2026")
                (end[2] and release_end[2] and end > release_end)
                # a year named alone (no month is told of a fiscal year): later than the release's, or its own
                # before its fourth quarter
                or (f.period.length == "year" and not end[1] and (end[0] > year or (open_year and end[0] == year)))
                # a bare year later than the release's heads its outlook whatever its rows measure ("| 000’s |
                # 2025 | 2026 | 2027 |" over "Copper (tonnes)" in a release on 2024)
                or (not f.period.length and not end[1] and end[0] > year)
                # a quarter named alone that ends a quarter or more after the release's ("First Quarter 2025",
                # "Q1 FY2027 Outlook" in a release on the quarter ended January 25, 2026)
                or (
                    f.period.length == "quarter" and end[1] and not end[2] and release_end[1]
                    and (end[0] - release_end[0]) * 12 + end[1] - release_end[1] >= 3
                )
            ):
                told.append(f)
            elif not end[1] and not f.change and _YEAR_ALONE.fullmatch((f.figure.column or "").strip()):
                # a column that is a later year alone is the outlook of that year, each of them: none is the
                # comparison of the latest ("2025 copper production guidance of 380,000-440,000 tonnes")
                told.append(replace(f, forward=True, period=Period("year", False, end)))
            else:
                told.append(replace(f, forward=True))
        return told

    def _results_beside_outlook(self, facts: list[Fact]) -> list[Fact]:
        """A column of the release's own year, read as the comparison because its table's later column is the next
        year's outlook, is the current year all the same: "Fiscal year 2025 full year | Fiscal year 2026 full year |
        Fiscal year 2027 full year outlook" in a release on fiscal 2026, "2023 | ... | 2024 | 2025 Outlook Range" in
        one on 2024. In a release on a quarter before the fourth, its year is not over: "Full Year 2025 Actual" beside
        "Full Year 2026 Guidance" in one on the second quarter of 2026 is a year before the current one."""
        year = self.current_year
        if not year or (self.fiscal_quarter in (1, 2, 3) and self.main_length != "year"):
            return facts
        ahead = {f.figure.table for f in facts if f.forward and f.period.end and f.period.end[0] > year}
        if not ahead:
            return facts
        return [
            replace(f, period=Period(f.period.length, False, f.period.end))
            if f.figure.table in ahead and not f.forward and not f.change and f.period.prior is True
            and f.period.length == "year" and f.period.end and f.period.end[0] == year
            else f
            for f in facts
        ]

    def _editions_told(self, facts: list[Fact]) -> list[Fact]:
        """A table whose columns are editions of an outlook ("| Prior | Updated |"), under words that name it
        ("The following table summarizes the company's updated full-year 2026 non-GAAP financial guidance"), holds
        that outlook, both editions: forward-looking, of the length said last before the word that names it (none
        read, none given).
        Its columns name no period, so nothing else says so."""
        text = self.document.text
        told: dict[int, str] = {}  # per table of an outlook's editions: the length its outlook's words name ("" none)
        for position, table in enumerate(self.document.tables):
            if len(table.columns) < 2 or not all(OUTLOOK_EDITION.fullmatch(c.strip()) for c in table.columns):
                continue
            before = text[max(0, table.span.start - _EDITION_WORDS) : table.span.start]
            named = list(FORWARD_LOOKING.finditer(before))
            if named:
                # the length said last before a word that names the outlook, in its sentence, the nearest that says
                # one: "updated full-year 2026 non-GAAP financial guidance", not the "first half" of a sentence after it
                lengths = (_length_up_to(before, match.start(), match.end()) for match in reversed(named))
                told[position] = next((length for length in lengths if length), "")
        if not told:
            return facts
        row_starts: dict[int, list[int]] = {}  # per table, where its rows start: a cell's row is found by bisection
        return [
            replace(f, forward=True, period=Period(f.period.length or told[f.figure.table], self._held(f, row_starts), f.period.end))
            if f.figure.table in told and not f.change
            else f
            for f in facts
        ]

    def _held(self, fact: Fact, row_starts: dict[int, list[int]]) -> bool | None:
        """The side of a cell of a table of an outlook's editions: its column's, except that the earlier edition's
        figures are the outlook now where the later edition of their row says they hold ("Tax Rate (1)(3) | 18% to 19%
        | unchanged", "Non-GAAP effective tax rate | Unchanged | | 19.5% to 20.5%": the tax rate is still seen so)."""
        column = (fact.figure.column or "").strip()
        if not _EARLIER_EDITION.match(column) or fact.figure.table is None:
            return fact.period.prior
        rows = self.document.tables[fact.figure.table].rows
        starts = row_starts.get(fact.figure.table)
        if starts is None:
            starts = row_starts[fact.figure.table] = [row.span.start for row in rows]
        at = bisect.bisect_right(starts, fact.figure.span.start) - 1
        if at < 0 or not rows[at].span.contains(fact.figure.span):
            return fact.period.prior
        # (said after the figure or in the later edition's column before it: "Tax rate | Unchanged | | 19.5% to 20.5%")
        return False if _HELD.search(self.document.text, rows[at].span.start, rows[at].span.end) else fact.period.prior

    def _year_to_date_told(self, facts: list[Fact]) -> list[Fact]:
        """Year-to-date figures of a release on a known fiscal quarter take that quarter's length:
        "YTD24" in a fourth-quarter release is the year, in a second-quarter one the half."""
        length = self.year_to_date_length
        if length == YEAR_TO_DATE:
            return facts
        return [
            replace(f, period=Period(length, f.period.prior, f.period.end)) if f.period.length == "year_to_date" else f
            for f in facts
        ]

    def _years_told(self, facts: list[Fact]) -> list[Fact]:
        """Table facts whose column names a year or a year end and no length ("2024", "Dec 31,
        24"), in a release on a year whose tables state no shorter period: a flow there is the
        year's (a dated column of a shorter length anywhere says otherwise). Balances keep no
        length; any other release leaves the length unknown."""
        if self.main_length != "year" or any(f.period.length not in ("", "year") and f.period.end for f in facts):
            return self._fourth_quarter_years_told(facts)
        told = [
            not f.period.length and bool(f.period.end) and bool(f.metrics) and not f.metrics & _NOT_FLOWS and not f.change
            for f in facts
        ]
        return _changes_told(
            [replace(f, period=Period("year", f.period.prior, f.period.end)) if year else f for f, year in zip(facts, told)],
            {f.figure.table: "year" for f, year in zip(facts, told) if year},
        )

    def _fourth_quarter_years_told(self, facts: list[Fact]) -> list[Fact]:
        """In a release on a fourth quarter, a table whose columns name bare years only ("Revenue ($ in
        millions) | 2026 | 2025 | Y/Y" beside the quarter's tables) holds the years: its flows are the
        year's, unless the line that introduces the table names another length ("Total and operating revenue for
        the three months ended December 31 were as follows:": Ryder's quarter). A table with a dated column of any
        length, or a release on another quarter, says nothing."""
        if self.fiscal_quarter != 4:
            return facts
        dated = {f.figure.table for f in facts if f.period.end and (f.period.length or f.period.end[1])}
        told = [
            f.figure.table not in dated and not f.period.length and f.period.end and f.metrics and not f.metrics & _NOT_FLOWS
            and not f.change
            for f in facts
        ]
        lengths = self._lead_in_lengths([f for f, year in zip(facts, told) if year], facts)
        lengths = {table: length or "year" for table, length in lengths.items()}
        return _changes_told(
            [replace(f, period=Period(lengths[f.figure.table], f.period.prior, f.period.end)) if year else f for f, year in zip(facts, told)],
            lengths,
        )

    def _lead_in_lengths(self, facts: list[Fact], cells: list[Fact]) -> dict[int | None, str]:
        """The period length the line introducing each table of ``facts`` names (``prose_reading.lead_in_length``),
        read above the table's first row and below the last cell of ``cells`` before it; else the length its section's
        title names for its years (``columns.titled_length``)."""
        first_rows: dict[int | None, int] = {}
        for fact in facts:
            start = fact.figure.context.start
            first_rows[fact.figure.table] = min(first_rows.get(fact.figure.table, start), start)
        ends = sorted(cell.figure.span.end for cell in cells)
        lengths = {}
        for table, first_row in first_rows.items():
            before = bisect.bisect_left(ends, first_row)  # the cells that end before the table's first row
            lengths[table] = lead_in_length(self.document.text, first_row, ends[before - 1] if before else 0) or (
                titled_length(self.document, self.document.tables[table]) if table is not None else ""
            )
        return lengths

    def reporting(self, length: str) -> FactIndex:
        """The same reading of a release whose main period is ``length`` and that names no fiscal
        quarter, whatever its opening says: a release that names its fourth quarter but whose
        statements print only the year reports the year (the extractive engine's "as reported").
        The facts are shared, not read again; this index is left as it is (the verifier reads it)."""
        view = copy.copy(self)
        view.main_length = length  # a cached property is the instance's own attribute once set
        view.fiscal_quarter = None
        return view

    def without(self, span: Span) -> FactIndex:
        """The same reading with the figures inside ``span`` left out, as if it were not there."""
        kept = [fact for fact in self.facts if not span.contains(fact.figure.span)]
        return FactIndex(self.document, kept)

    @cached_property
    def current_year(self) -> int | None:
        """The year the release's tables report on (``columns.reporting_year``), else the latest
        its opening names with a period (a release on 2024 comes out in 2025), else the latest
        its opening names."""
        opening = self.document.text[:RELEASE_OPENING]
        years = [int(year) for year in _PERIOD_YEAR.findall(opening)] or [int(y) for y in _YEAR.findall(opening)]
        return reporting_year(self.document) or (max(years) if years else None)

    @cached_property
    def release_end(self) -> tuple[int, int, int] | None:
        """The date the release's tables most often end on (``_release_end``), its outlook's left out, else the end
        of its quarter as its opening dates it (``quarter_end_named``): what a date a comparison names is counted from
        ("% Change from Sep 30, 2021", "up $410.8 million, or 7.1%, from June 30, 2024")."""
        tables_end = _release_end([fact for fact in self.facts if not fact.forward])
        return tables_end or quarter_end_named(self.document.text, self.fiscal_quarter, self.current_year)

    @cached_property
    def comparison_convention(self) -> str:
        """What the release says all its changes are counted against, where it says so ("All comparisons in this
        announcement are year-over-year", ``vocabulary.comparison_convention``): the comparison of a change of
        running text whose own words, amounts and section name none."""
        return comparison_convention(self.document.text)

    @cached_property
    def title_segments(self) -> tuple[str, ...]:
        """The segment each table reports as a whole, from its title (``columns.title_segments``)."""
        return title_segments(self.document.text, self.document.tables)

    @cached_property
    def fiscal_quarter(self) -> int | None:
        """The fiscal quarter the release reports ("second quarter of fiscal 2026"), from its opening."""
        return release_quarter(self.document)

    @cached_property
    def fiscal_year(self) -> int | None:
        """The fiscal year the release's quarter is of, where its title or opening says it ("Third Quarter Fiscal
        2025": NVIDIA's, whose tables' current columns end in October 2024); None where neither does."""
        return release_fiscal_year(self.document)

    @cached_property
    def year_to_date_length(self) -> str:
        """The length the year to date has at the release's fiscal quarter ("nine_months" in a third quarter's
        release), ``YEAR_TO_DATE`` where the quarter is not known or is the first."""
        return _YEAR_TO_DATE_AT.get(self.fiscal_quarter or 0, YEAR_TO_DATE)

    @cached_property
    def main_length(self) -> str:
        """The period the release mainly reports on (``quarter``, ``nine_months``, ``year`` ...):
        its title's, else its opening's."""
        title, text = self.document.info.title, self.document.text
        named = primary_length(title) or primary_length(text)
        return named or ("year" if names_year_results(title) or names_year_results(text) else "")

    @cached_property
    def _derived(self) -> DerivedIndex:
        """The values derived from pairs of facts, indexed by their intervals as floats and made
        only when a look-up meets them (``derived.DerivedIndex``): made all at once and kept, they
        were ~700 bytes each, a table of a million rows a million of them."""
        return DerivedIndex(self.facts, self.document.text)

    @cached_property
    def table_checks(self) -> dict[int, TableCheck]:
        """Each table's arithmetic self-checks (``facts.checks``), by table index."""
        return check_tables(self.document, self.facts)

    @cached_property
    def _by_context(self) -> tuple[list[Fact], int, int]:
        """The facts outside table cells by where their sentence starts, each sentence's in the index's
        order (a stable sort): a list and the part of it they fill. One list, where a dict of a group
        for each sentence was ~100 bytes a sentence of running text, built once by analyst_math and
        once by the verifier; the index's own where they follow the cells there in that order already."""
        facts = self.facts
        first = next((position for position, fact in enumerate(facts) if fact.figure.table is None), len(facts))
        previous = 0
        for fact in itertools.islice(facts, first, None):
            if fact.figure.table is not None or _context_start(fact) < previous:
                break
            previous = _context_start(fact)
        else:
            return facts, first, len(facts)
        ordered = sorted((fact for fact in facts if fact.figure.table is None), key=_context_start)
        return ordered, 0, len(ordered)

    def in_context(self, context: Span) -> list[Fact]:
        """The facts outside table cells whose figure's context (sentence) is ``context``, in the index's order."""
        facts, low, high = self._by_context
        first = bisect.bisect_left(facts, context.start, low, high, key=_context_start)
        last = bisect.bisect_right(facts, context.start, first, high, key=_context_start)
        return [fact for fact in facts[first:last] if fact.figure.context == context]

    def _family(self, family: str) -> _ByValue[Fact] | None:
        """The facts of ``family`` sorted by value, sorted when first asked for; None when the release has none."""
        members = self._facts_by_family.get(family)
        if members is not None:
            return members
        with self._families_lock:
            members = self._facts_by_family.get(family)  # sorted by another thread meanwhile
            if members is None:
                if self._unsorted_families is None:
                    self._unsorted_families = _by_family(self.facts)
                unsorted = self._unsorted_families.pop(family, None)
                if unsorted is None:
                    return None
                members = self._facts_by_family[family] = _ByValue(unsorted)
        return members

    def matches(self, family: str, low: Decimal, high: Decimal) -> list[Fact]:
        """Facts of ``family`` whose interval meets ``[low, high)``."""
        members = self._family(family)
        return members.meeting(low, high) if members else []

    def nearest(self, family: str, value: Decimal, count: int = 3) -> list[Fact]:
        members = self._family(family)
        return members.nearest(value, count) if members else []

    def derived_matches(self, family: str, low: Decimal, high: Decimal) -> list[DerivedValue]:
        """Derived values of ``family`` whose interval meets ``[low, high)``."""
        return self._derived.meeting(family, low, high)
