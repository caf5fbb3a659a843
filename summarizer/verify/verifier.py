"""The deterministic verifier: every number of a claim checked against the source.

A claim's number is supported when a source figure of a compatible unit family has an
interval (value +- half its last digit, the XBRL rounding rule) that meets the claim's
interval, when the claim is no more precise than that figure, and when the words
around the claim's number (metric, period) fit the figure's row, column or sentence.
Failing a direct match, percent changes, differences and margins computed from two
source figures with interval arithmetic are tried, then what an analyst computes for the
claim's own metric (``analyst_math``: per-share differences, changes of losses by their
size, the ends of a centre-and-tolerance range), whose value must round to the claim.
A forward-looking claim ("sees", "expects", "guidance") is checked against the release's
outlook only; a sentence of running text that names no period length is read with its
neighbours (``_LocalLengths``), never with a period said far earlier. Statuses are values,
never exceptions:

    verified          a source figure backs the number (inside a cited span, if cited)
    derived           computed from two source figures (formula and inputs reported)
    misattributed     backed by the document, but not inside the claim's citations
    context_mismatch  the value is in the source, but for another metric or period
    unsupported       nothing in the source backs it
    unreadable        looks like a number, but cannot be read ("$9,9,9 million"): not supported
    not_financial     a date, a year, a form number ...: not checked
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
import weakref
from collections import Counter, deque
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..facts import DerivedValue, Fact, FactIndex, family_of
from ..facts.directions import DIRECTION_KEYWORDS, Direction, amount_direction, label_direction
from ..facts.prose_reading import in_the_year_so_far, opening_subject, said_length
from ..facts.table_reading import title_metric
from ..text.abbreviations import abbreviation_before, abbreviations_in, restates_the_amount_before, spelled_by_initials
from ..text.abbreviations import defined_abbreviations as defined_metric_abbreviations
from ..text.context import (
    bases_compatible,
    change_base_at,
    clause_before,
    clause_ends,
    forward_at,
    full_year,
    full_year_guidance,
    includes_an_earlier_quarter,
    is_forward,
    lead_in,
    measure_after,
    measure_changed_after,
    measure_of_its_own,
    names_the_year,
    range_link,
    read_sentence,
)
from ..text.keywords import may_hold
from ..text.numbers import MULTIPLE_SIGNS, RANGE_LINK, printed_negative
from ..text.prefixes import YEAR
from ..text.segment_names import defined_abbreviations, name_pattern, names_segment, segment_mentions
from ..text.sentences import sentence_spans
from ..text.vocabulary import (
    BALANCE_METRICS,
    BARE_MARGIN_AFTER,
    EARLIER_EDITION_WORD,
    FORWARD_LOOKING,
    FORWARD_WORDS,
    FROM_BEFORE,
    HEDGED,
    LESS_BETWEEN,
    LONGEST_METRIC_PHRASE,
    MIDPOINT,
    MIDPOINT_WORDS,
    MONTH_WORD,
    NET_DEBT,
    NOT_MONEY_METRICS,
    NOT_PROVIDED_FOR,
    NOT_SPOKEN_MONEY_METRICS,
    OUTFLOW_METRICS,
    PERCENT_LEVEL_METRICS,
    POINTS_AFTER,
    POINTS_BACK,
    PREVIOUS_OUTLOOK,
    RATE_OF_A_FLOW,
    RESULT_CLAUSE,
    SHARE_OF,
    TOGETHER_FIRST,
    TOLERANCE_BEFORE,
    TOLERANCE_REACH,
    TOTAL_AFTER,
    TOTAL_AFTER_WORDS,
    TOTAL_BEFORE,
    TOTAL_BEFORE_WORDS,
    YEAR_AGO,
    Period,
    change_base_named,
    compared_amount_at,
    comparison_named_before,
    comparison_period_base,
    length_in,
    lengths_compatible,
    lengths_named,
    metric_matches,
    metrics_compatible,
    metrics_in,
    month_dated_after,
    month_of_an_amount,
    months_dated,
    months_dated_after,
    names_a_planned_change,
    names_segment_revenue,
    nearest_length,
    period_in,
    quarters_named,
    revenue_line_words,
    section_change_base,
    segment_name_words,
)
from ..types import POINT_UNITS, Document, OtherKind, Span, Unit, quick_init, replace
from .analyst_math import (
    A_YEAR_OF_PAYMENTS,
    AGAINST,
    BOOK_TO_BILL,
    BREAKDOWN_REST,
    BREAKDOWN_SUM,
    CASH_AND_SECURITIES,
    CASH_AND_SHORT_TERM,
    DEBT_WITH_CURRENT_PORTION,
    LOSS_SHARE,
    MIDPOINT_MOVE,
    NAMED_DIFFERENCE,
    NAMED_MEASURES_SUM,
    NAMED_ROWS_SUM,
    OUTLOOK_LATER,
    OUTLOOK_REST,
    OUTLOOK_REST_END,
    OUTLOOK_TOTAL,
    PERIOD_REST,
    PIECE_SAID_AFTER,
    REST_SAID,
    REST_WORDS,
    TAX_RATE,
    ClaimSum,
    Computed,
    Share,
    Stated,
    agrees_with_way,
    annual_payments,
    book_to_bills,
    cash_and_securities,
    changes_of,
    claim_arithmetic,
    claimed_piece,
    column_currency,
    company_margins,
    debt_with_current_portion,
    earlier_ratios,
    end_months,
    first_piece_named,
    guided_thing,
    length_of,
    listed_sums,
    midpoint_moves,
    months_in,
    multiple_bounds,
    named_differences,
    named_measure_sums,
    named_row_rests,
    named_row_sums,
    named_shares,
    names_in_sentence,
    names_line,
    names_row,
    naming_words,
    net_debts,
    outlook_rests,
    outside_of,
    per_claim,
    percent_change_levels,
    percent_change_range,
    period_rests,
    pieces_named,
    prior_levels,
    range_midpoints,
    range_named,
    read_share,
    rest_end,
    same_comparison,
    says_a_year_of,
    says_each,
    segment_margins,
    shares_of,
    supported_by_kind,
    tax_rates,
    tolerance_ends,
    unread_margin,
    words_apart,
)
from .axis_names import ClaimNames, claim_names
from .claims import ClaimNumber, read_numbers

__all__ = [
    "CLAIM_FAMILIES",
    "Status",
    "SUPPORTED",
    "SourceRef",
    "NumberCheck",
    "ClaimCheck",
    "VerificationReport",
    "verify_claim",
    "verify_claims",
    "verify_text",
]


class Status(str, enum.Enum):
    VERIFIED = "verified"
    DERIVED = "derived"
    MISATTRIBUTED = "misattributed"
    CONTEXT_MISMATCH = "context_mismatch"
    UNSUPPORTED = "unsupported"
    NOT_FINANCIAL = "not_financial"
    UNREADABLE = "unreadable"


SUPPORTED = frozenset({Status.VERIFIED, Status.DERIVED, Status.NOT_FINANCIAL})
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source figure offered as support or as the nearest candidate."""

    span: Span
    text: str
    value: Decimal
    unit: Unit
    row: str | None = None
    column: str | None = None


@quick_init  # made for every number of a claim (``types.quick_init``)
@dataclass(frozen=True, slots=True)
class NumberCheck:
    span: Span
    text: str
    value: Decimal
    unit: Unit
    status: Status
    supports: tuple[SourceRef, ...] = ()
    candidates: tuple[SourceRef, ...] = ()
    formula: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class ClaimCheck:
    """One claim and its numbers; ``item`` says where in a summary it came from ("metrics[0]")."""

    text: str
    numbers: tuple[NumberCheck, ...]
    item: str = ""

    @property
    def supported(self) -> bool:
        return all(number.status in SUPPORTED for number in self.numbers)


@dataclass(frozen=True)
class VerificationReport:
    document_sha256: str
    claims: tuple[ClaimCheck, ...]
    citation_errors: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())  # e.g. a model's figure that the release's tables contradict

    @property
    def numbers(self) -> list[NumberCheck]:
        return [n for claim in self.claims for n in claim.numbers if n.status is not Status.NOT_FINANCIAL]

    @property
    def supported(self) -> bool:
        return all(claim.supported for claim in self.claims) and not self.citation_errors

    def counts(self) -> dict[str, int]:
        counts = {status.value: 0 for status in Status}
        for claim in self.claims:
            for number in claim.numbers:
                counts[number.status.value] += 1
        return counts

    def summary_line(self) -> str:
        numbers = self.numbers
        good = [n for n in numbers if n.status in SUPPORTED]
        bad = [n for n in numbers if n.status not in SUPPORTED]
        line = f"{len(good)} of {len(numbers)} numbers verified"
        if bad:
            shown = "; ".join(f"{n.text} ({n.status.value})" for n in bad[:5])
            line += f"; {len(bad)} not supported: {shown}" + (" ..." if len(bad) > 5 else "")
        if self.citation_errors:
            line += f"; {len(self.citation_errors)} citation errors"
        if self.warnings:
            line += f"; {len(self.warnings)} warnings"
        return line


CLAIM_FAMILIES = {  # the source families a claim number of each family is compared with
    "currency": ("currency", "per_share"),
    "per_share": ("per_share", "currency"),
    "count": ("count", "currency", "shares"),
    "shares": ("shares", "count"),
    "percent": ("percent",),
    "points": ("points",),
}


# ------------------------------------------------------------------------------ checks


def _precise_enough(claim: ClaimNumber, fact: Fact) -> bool:
    """A claim may not be more precise than its source, unless its extra digits are zeros."""
    if claim.decimals <= fact.figure.decimals:
        return True
    scaled = claim.value.scaleb(fact.figure.decimals)
    return scaled == scaled.to_integral_value()


def _ref(fact: Fact) -> SourceRef:
    """The source figure of ``fact`` as a check cites it: one per fact, shared by the numbers that
    cite it (a claim of thousands of numbers cites the same few figures as candidates of each)."""
    kept = _REFS.get(id(fact))
    if kept is not None and kept[0] is fact:
        return kept[1]
    figure = fact.figure
    ref = SourceRef(figure.span, figure.text, fact.value, figure.unit, figure.row, figure.column)
    if len(_REFS) >= _REFS_KEPT:
        _REFS.clear()
    _REFS[id(fact)] = (fact, ref)  # the fact kept with its ref: its id names no other object while kept
    return ref


_REFS: dict[int, tuple[Fact, SourceRef]] = {}
_REFS_KEPT = 4096


class _Calendar:
    """When a release's own period ends (``FactIndex.release_end``) and the month its fiscal year ends in: Apple's
    release on the first quarter of fiscal 2011 ends on December 25, 2010, in a year that ends in September.

    What the release's table rows print (``main_compared``, ``row_lengths``, ``group_lengths``) is read from its index
    when first asked: only a table change offered for a claim's change of another length than the release's asks
    (``_another_length_changed``). Read for every claim, it was a pass over every fact of the release, ~0.3 s a MB of
    a table of rows, for each summary too (issue 13)."""

    __slots__ = ("release_end", "year_end_month", "_index", "_main_compared", "_row_lengths", "_titles", "_sections")

    def __init__(self, release_end: tuple[int, int, int] | None, year_end_month: int = 12, index: FactIndex | None = None) -> None:
        self.release_end = release_end
        self.year_end_month = year_end_month
        # the index by a weak reference: a calendar is kept per index (``_CALENDARS``), which must not keep it alive
        self._index = weakref.ref(index) if index is not None else None
        self._main_compared: frozenset[str] | None = None
        self._row_lengths: dict[tuple[int | None, Span], frozenset[str]] | None = None
        self._titles: dict[int, frozenset[str]] = {}
        self._sections: dict[int, tuple[list[int], list[str]]] = {}

    def _read(self) -> FactIndex | None:
        return self._index() if self._index is not None else None

    def title_metric(self, table: int) -> frozenset[str]:
        """The one metric the title right above a table of the release names (``table_reading.title_metric``: Brookfield's
        "DISTRIBUTABLE EARNINGS" over its segments' rows), read once per table when first asked."""
        found = self._titles.get(table)
        if found is None:
            index = self._read()
            found = self._titles[table] = (
                title_metric(index.document.text, index.document.tables[table], outlook=False) if index is not None else frozenset()
            )
        return found

    def section_of(self, cell: Fact) -> str:
        """The label-only row above a table cell's row (``Row.section``: McDonald's "Selling, general & administrative
        expenses" over "Other | 706"), "" where there is none; each table's rows read once when first asked."""
        table = cell.figure.table
        index = self._read()
        if table is None or index is None:
            return ""
        rows = self._sections.get(table)
        if rows is None:
            read = index.document.tables[table].rows
            rows = self._sections[table] = ([row.span.start for row in read], [row.section for row in read])
        at = bisect.bisect_right(rows[0], cell.figure.span.start) - 1
        return rows[1][at] if at >= 0 else ""

    @property
    def main_compared(self) -> frozenset[str]:
        """The table rows, by their labels' words, the release prints current and comparison level cells of, of its
        main length (``_main_compared``)."""
        if self._main_compared is None:
            index = self._read()
            self._main_compared = _main_compared(index) if index is not None else frozenset()
        return self._main_compared

    @property
    def row_lengths(self) -> dict[tuple[int | None, Span], frozenset[str]]:
        """The lengths of the level cells of each table row."""
        if self._row_lengths is None:
            index = self._read()
            levels = _row_levels(index) if index is not None else {}
            self._row_lengths = {row: frozenset(cell.period.length for cell in cells) for row, cells in levels.items()}
        return self._row_lengths

    def month_said_after(self, fact: Fact) -> tuple[int, int] | None:
        """The (year, month) of the date the release says right after a figure of its running text ("was 9.15% at June
        30, 2024"), if any (``month_dated_after``)."""
        index = self._read()
        return month_dated_after(index.document.text, fact.figure.span.end) if index is not None else None

    @property
    def group_lengths(self) -> dict[Span, str]:
        """The length of the column group each table change cell closes (``_change_lengths``)."""
        index = self._read()
        return _group_lengths(index) if index is not None else {}


@quick_init  # made and replaced for every number of a claim, with all its fields (``types.quick_init``)
@dataclass(frozen=True, slots=True)
class _ClaimContext:
    metric: str | None
    period: Period
    change: bool = False
    counted: bool = False  # a count of things ("16.24 million iPhones"), never an amount of money
    basis: str = ""
    words: str = ""  # the claim, lower-cased: a segment's figure backs only a claim that names it
    length_named: bool = False  # the claim says its period's length; it is not the release's main one
    forward: bool = False  # guidance, an outlook, a target: checked against the release's outlook only
    main_length: str = ""  # the release's main period, that of a sentence of it that names none
    segments: frozenset[str] = frozenset()  # the release's segments the claim names (``segment_names``)
    subject: str = ""  # a name said in the metric's place ("; international $394 mln"): ``_elided_subject``
    names: ClaimNames | None = None  # the release's table names the claim says (``axis_names``)
    said_from: int = 0  # where the number's clause opens in ``words`` (``_clause_start``): ``said_before`` from there
    said_to: int = 0  # where the number starts: ``said_before`` ends there
    year: int | None = None  # the year the claim names for the number (``_year_named``), None where it names none
    own_year: int | None = None  # the year said with the number itself, no other amount between (``_own_year``)
    own_month: tuple[int, int] | None = None  # the (year, month) of the date said right after the number, if any
    quarters: frozenset[int] = frozenset()  # the quarters the number's clause names (``_quarters_claimed``)
    calendar: _Calendar | None = None  # when the release's own period ends and its fiscal year does (``_calendar``)
    alone: bool = False  # a change the claim states no level of its own with (``_changes_alone``)
    place: str = ""  # the place said right after the number of a list of places ("4% in Mexico"): ``_places_listed``
    own_measure: tuple[str, ...] = ()  # the names of a measure no vocabulary holds, its clause's own subject

    @property
    def said_before(self) -> str:
        """The claim's words of the number's clause before it, lower-cased: "performance margin guidance lifted to "
        of "...; performance margin guidance lifted to 49.0%-50.5%". Cut when asked, and asked only of table rows: cut
        for every number, the clause of a claim of thousands of numbers and no clause mark was copied for each."""
        return self.words[self.said_from : self.said_to]

    @property
    def said_length(self) -> int:
        """``len(self.said_before)``, not cut."""
        end = min(self.said_to, len(self.words))
        return max(0, end - min(self.said_from, end))


# a claim's share of a whole named after it: "1.97% of total deposits"; a table row's: "Allowance for credit losses as
# a percentage of Period-end loans", "Net charge-offs to average loans"
_SHARE_OF_A_WHOLE = re.compile(r"[\d.,]+\s*(?:%|percent)\s+of\s+(?:the\s+|its\s+)?(?P<whole>[a-z][a-z&' -]{2,40})")
_ROW_WHOLE = re.compile(r"\b(?:as\s+a\s+percent(?:age)?\s+of|%\s+of|percent\s+of|to)\s+(?P<whole>[a-z][a-z&' -]{2,40})", re.I)


def _another_whole(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when the claim's percentage is a share of one whole and the table row that would back it names another:
    "Allowance for credit losses $6.16bn, or 1.97% of total deposits" and U.S. Bancorp's "Allowance for credit losses
    as a percentage of Period-end loans | 1.97". A row that names no whole says nothing against it."""
    row = source.figure.row if isinstance(source, Fact) else None
    if not row or ("of" not in row and "to" not in row.lower()):
        return False
    claimed = _SHARE_OF_A_WHOLE.match(context.words, context.said_to)
    if claimed is None:
        return False
    claimed_wholes = {metric for _, metric in metrics_in(claimed.group("whole")) if metric}
    named = _ROW_WHOLE.search(row)
    row_wholes = {metric for _, metric in metrics_in(named.group("whole"))} if named else set()
    return bool(claimed_wholes and row_wholes and not claimed_wholes & row_wholes)


def _backs_the_basis(context: _ClaimContext, source: Fact | DerivedValue, computed: bool = False) -> bool:
    """Whether a source figure fits the claim's basis: as ``bases_compatible`` says, and an organic change is backed by
    no table cell (a table prints a change's basis over its column or on its row: "down 6% like-for-like" is no reported
    change's cell, nor that of a share of net revenues) and no input of a ``computed`` change ("the portfolio was valued
    at EUR 17.4bn, up 0.7% like-for-like" is no change of two reported per-share amounts) of another basis. Prose of no
    basis read still backs it: the reading misses an organic word said far before its figure."""
    if context.basis == "organic" and context.change and (computed or source.in_table):
        return source.basis == "organic"
    return bases_compatible(context.basis, source.basis)


def _fits(context: _ClaimContext, source: Fact | DerivedValue, local_length: str | None = None, subject: str = "") -> bool:
    """True when a source figure (or derived value) is about what the claim's number is about:
    the same metric, period length, current-or-prior period, and change-or-level.

    Unknown is not a match: a source whose metric could not be read does not back a claim
    that names one (a count in running text aside: things counted are named by nouns no
    vocabulary holds, "4.13 million Macs"), nor one whose period length could not be read a claim that names its
    length, nor a table cell whose column is neither current nor comparison a claim of a level. ``subject``: the
    subject of the sentence of a figure of running text whose metric no vocabulary names (``_sentence_subject``).
    """
    counted = source.family in ("count", "shares") and not source.in_table  # "4.13 million Macs"
    if context.metric is None and not source.metrics and source.in_table and not source.value:
        # a nil cell of a row that names no measure backs no amount whose measure is unread either: "Total liquidity
        # was about $0.0 billion" is no "Loss on extinguishment of debt, net | -"
        return False
    if (
        context.metric
        and not metrics_compatible(context.metric, set(source.metrics), unknown_fits=counted)
        and not _segment_row(context, source)
        and not _subject_row(context, source)
        and not _label_row(context, source)
        and not _titled_row(context, source)
        and not _row_under_its_section(context, source)
        and not _segment_line(context, source)
        and not _change_of_a_row_under(context, source)
        and not (subject and _said_by(context, subject))
    ):
        return False
    if context.metric == "eps" and _per_share_of_another(context, source):
        return False
    if context.said_to and source.family == "percent" and _another_whole(context, source):
        return False
    if context.change != source.change and not _rate_metric(context.metric):
        return False
    if not _backs_the_basis(context, source):
        return False
    if source.segment and source.segment not in context.segments:
        return False
    if context.names is not None:
        # "Lifestyle sales -18%" and the row "Household" of a table of segments; "Net sales grew 26%" and "Americas"
        of_the_company = context.metric not in (None, "segment_revenue") and not (context.segments or context.subject)
        if any(context.names.another_named(fact, of_the_company) for fact in _cells(source)):
            return False
    period = source.period
    if context.year is not None and period.end and not period.end[1] and period.end[0] != context.year and _outlook_cell(source):
        return False  # "2025 copper production guidance of ..." and the column "2027" of the outlook's years
    if not _dates_agree(context, source):
        return False
    length = local_length if local_length is not None else period.length
    # a figure of running text whose sentence names no length is of the release's main period; so is a change
    # computed from two such figures ("investment totaled $590 million, up from $537 million a year ago")
    length = length or (context.main_length if not source.in_table else "")
    if context.length_named and not lengths_compatible(context.period.length, length):
        return False
    if _another_length_changed(context, source, length):
        return False
    if period.prior is None:
        if context.change and context.period.prior and source.change and not context.forward:
            # "slowing from 2.5% growth in the same quarter of 2025": no change of the release's period (an outlook's
            # earlier range of growth is no result: "expects growth of 18% to 20%, up from 12% to 14%")
            return False
        # a history cell of the year and quarter the claim names (``_dates_agree``) is of the period it names
        history = any(_history(cell, context.calendar) for cell in _cells(source))
        return context.period.prior is None or context.change or not source.in_table or history
    if context.period.prior is None:
        # a claim that says nothing of a comparison ("U.S. comparable sales increased 0.8%") is about the
        # release's own period: not a table's comparison column, unless it dates itself (an outlook's previous
        # range is no comparison period: "raised ... to $1,938-1,968 million from $1,835-1,865 million")
        return not (period.prior and source.in_table and context.period.end is None and not context.forward)
    return period.prior == context.period.prior


# what earnings per share are of: a row of them may name earnings and the shares they are counted over
_EARNINGS_PER_SHARE = frozenset({"eps", "net_income", "shares"})


def _per_share_of_another(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a table's amount per share is of another measure than earnings, one the claim does not name:
    STAAR Surgical's "Adjusted EBITDA per share, diluted" of 24 cents is no earnings per share ("vs eps $0.24"),
    nor is a dividend per share. Once STAAR's trend quarters were dated ("Q4-23"), its EBITDA per share of the
    year-ago quarter backed a year-ago EPS that was never printed."""
    others = source.metrics - _EARNINGS_PER_SHARE
    if not source.in_table or "eps" not in source.metrics or not others:
        return False
    return not others & {metric for _, metric in metrics_in(context.words)}


def _dates_agree(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """Whether the table cells of ``source`` may be of the period the claim dates, by their columns' end dates.

    A cell dated before the release's own period and told neither current nor comparison is history (STAAR
    Surgical's "Q2-23" in a trend table that ends with "Q4-24", Oracle's "Fiscal 2021 Q1" in its fourth quarter of
    fiscal 2022): it backs a level only where the claim says that year, and its quarter where it names one, and no
    change. A cell of any side backs a level said with a year (``_own_year``: "revenue was $12.6 billion in 2024")
    only where its end date is of that year, in the calendar or the release's fiscal one. Unknown never passes: a
    claim's year backs no cell whose end date is unread, and a history cell no claim that names no year."""
    calendar = context.calendar
    for cell in _cells(source):
        end = cell.period.end
        if not cell.in_table and context.own_month is not None and not context.change and calendar is not None:
            said = calendar.month_said_after(cell)
            if said is not None and said != context.own_month:
                return False  # "9.15% at 3/31" and the release's "9.15% at June 30, 2024"
        if not cell.in_table or end is None:
            continue
        if _history(cell, calendar):
            if context.change or context.own_year is None or not _year_agrees(context.own_year, cell, calendar):
                return False
            if context.quarters and _fiscal_quarter(end, calendar) not in context.quarters:
                return False
        elif context.own_year is not None and not context.change and not _year_agrees(context.own_year, cell, calendar):
            return False
        if context.own_month is not None and not context.change and end[1] and end[:2] != context.own_month:
            return False  # "bookings were $11.4 billion at June 30, 2025" and the column "30 SEP 2025"
    return True


def _history(cell: Fact, calendar: _Calendar | None) -> bool:
    """A level cell of no side whose column ends months before the release's own period does (``_dates_agree``)."""
    end, release_end = cell.period.end, calendar.release_end if calendar else None
    return (
        cell.period.prior is None and not cell.change and end is not None and end[1] > 0
        and release_end is not None and end[:2] < release_end[:2]
    )  # fmt: skip


def _year_agrees(year: int, cell: Fact, calendar: _Calendar | None) -> bool:
    """Whether ``year`` said in a claim may name the period of ``cell``, whose end date is read: the calendar year it
    ends in, the fiscal year (Apple's December 2010 quarter is of fiscal 2011), the year its heading prints
    (Oracle's "Fiscal 2021 Q1"), or, for a period ending in January or February, the year before (a retailer's
    "fiscal 2024" ended February 1, 2025)."""
    end = cell.period.end
    if end is None:
        return False
    ended, month = end[0], end[1]
    if year == ended or (month in (1, 2) and year == ended - 1):
        return True
    if calendar is not None and month and calendar.year_end_month != 12 and year == ended + (_month_of(end) > calendar.year_end_month):
        return True
    return _prints_year(cell.figure.column or "", year)


def _month_of(end: tuple[int, int, int]) -> int:
    """The month a period ends in, a 52- or 53-week period's that ends in a month's first week counted to the month
    before ("Three Months Ended October 1, 2023" is the quarter of September)."""
    month, day = end[1], end[2]
    return (month - 2) % 12 + 1 if 0 < day <= 7 else month


def _fiscal_quarter(end: tuple[int, int, int], calendar: _Calendar | None) -> int:
    """The fiscal quarter a period ending on ``end`` closes: the December quarter is the first of Apple's year that
    ends in September, the fourth of a calendar year's."""
    year_end = calendar.year_end_month if calendar else 12
    return (_month_of(end) - year_end - 1) % 12 // 3 + 1


@functools.lru_cache(maxsize=1024)
def _prints_year(column: str, year: int) -> bool:
    """Whether a column's heading prints ``year``, whole or as two digits after a period's mark ("Fiscal 2021 Q1",
    "FY21", "Q1-21", "1Q21")."""
    two = f"{year % 100:02d}"
    return re.search(rf"(?<!\d){year}(?!\d)|(?:\bFY|\bQ[1-4]|\b[1-4]Q|\bH[12]|\b[12]H)\s?['’-]?{two}\b", column, re.IGNORECASE) is not None


def _calendar(index: FactIndex) -> _Calendar:
    """The release's ``_Calendar``: its fiscal year ends as many quarters after its own period as are left of the
    year (a first quarter ending in December: September); a year of no quarter read ends in December. Found once
    per index."""
    if index not in _CALENDARS:
        end, quarter = index.release_end, index.fiscal_quarter
        year_end = 12 if end is None or not end[1] or quarter is None else (_month_of(end) - 1 + 3 * (4 - quarter)) % 12 + 1
        _CALENDARS[index] = _Calendar(end, year_end, index)
    return _CALENDARS[index]


_CALENDARS: weakref.WeakKeyDictionary[FactIndex, _Calendar] = weakref.WeakKeyDictionary()


def _another_length_changed(context: _ClaimContext, source: Fact | DerivedValue, length: str) -> bool:
    """True when a table's change surely of another length than the release's main one is offered for a change the
    claim says of no length and no year, while the release's tables hold current and comparison figures of the
    change's row of that main length, so that its change is there to be meant: "EPS rose 9 cents year over year"
    in Peapack-Gladstone's release on its third quarter is not its nine months' "Change $" of basic EPS. Surely
    (``_surely_of``): the table row of the change holds level cells of its length and none of the main one, or it
    prints both and the change stands in its length's column group (a "Change" column read as the year's beside a
    row of quarters is not sure). Where the tables hold no such figures (a release on a year that prints its fourth
    quarter's changes alone), or the claim says a year ("rose 8% in 2025"), the length is left unjudged."""
    calendar = context.calendar
    if not (
        calendar is not None
        and context.change and not context.length_named and source.in_table and bool(length) and bool(context.period.length)
        and not lengths_compatible(context.period.length, length) and context.year is None
    ):  # fmt: skip
        return False
    return all(
        _row_words(cell.figure.row or "") in calendar.main_compared and _surely_of(context, calendar, cell, length)
        for cell in _cells(source)
    )


def _surely_of(context: _ClaimContext, calendar: _Calendar, cell: Fact, length: str) -> bool:
    """Whether a table cell offered for a change of the release's main length (``_another_length_changed``) is surely
    of ``length``, another one. Its row holds level cells of that length and none of the main one (for a claim that
    names its metric); or, for a change the claim says with no level (``_ClaimContext.alone``), its row prints both,
    and the cell is a level of a column of that length (the inputs of a computed change), or a change that closes a
    column group of that length: Copa's "4Q24 | 4Q23 | Variance Vs 4Q23 | ... | YTD24 | YTD23 | Variance Vs YTD23" --
    its year-to-date 8.2% of fuel gallons is no change "Capacity grew" said of no length in a release on the
    quarter. A change said with a level is the level's length's, whichever its backing cell's is."""
    lengths = calendar.row_lengths.get((cell.figure.table, cell.figure.context), frozenset())
    if length not in lengths:
        return False
    if context.period.length not in lengths:
        return context.metric is not None
    if not context.alone:
        return False  # a change said with a level goes with that level's backing (``_consistent``), of its length
    if cell.change:
        return calendar.group_lengths.get(cell.figure.span) == length and cell.period.length in ("", length)
    return cell.period.length == length


def _main_compared(index: FactIndex) -> frozenset[str]:
    """The table rows, by their labels' words (``_row_words``), that the release prints current and comparison level
    cells of, of its main period's length: Peapack-Gladstone's "Earnings per share (basic)" of its quarters."""
    main, sides = index.main_length, dict[str, set[bool]]()
    if not main:
        return frozenset()
    for fact in index.facts:
        if fact.in_table and not fact.change and fact.period.length == main and fact.period.prior is not None and fact.figure.row:
            sides.setdefault(_row_words(fact.figure.row), set()).add(fact.period.prior)
    return frozenset(row for row, seen in sides.items() if len(seen) == 2 and row)


def _row_words(label: str) -> str:
    """A row label's words, its footnote marks and unit left out: "Distributable earnings2,3" is "distributable
    earnings"."""
    return " ".join(_LABEL_WORDS.findall(_LABEL_ASIDES.sub(" ", label.lower())))


def _change_of_a_row_under(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a change is computed from two cells of one table row whose label names no metric, under columns or a
    heading that name the claim's ("Transportation Solutions" under "Revenues | Three Months Ended June 30, 2026" and
    "... 2025": "Transportation revenue fell $40.1m y/y"): the change is of the metric its cells are of, as each cell
    backs a level of it. Which row the claim names is judged as for those levels (``_fits``' names and segments)."""
    if not isinstance(source, DerivedValue) or source.metrics or not context.metric:
        return False
    current, prior = source.inputs
    return (
        current.in_table and prior.in_table and current.figure.context == prior.figure.context
        and not (current.named or prior.named) and bool(current.metrics) and current.metrics == prior.metrics
        and metrics_compatible(context.metric, set(current.metrics), unknown_fits=False)
        and _row_said(context, current.figure.row or "")
    )  # fmt: skip


_ROW_WORD = re.compile(r"[a-z][a-z&'-]*[a-z]")


def _row_said(context: _ClaimContext, label: str) -> bool:
    """True when the claim names a row whose change it states: the first word of the row's own (not a general word of
    labels), its name, said in the number's clause before it ("Transportation revenue fell" and the row
    "Transportation Solutions"). A row of a total ("Reportable segment total") is no row a segment's claim names, and
    which total a claim of no name means is not read here: no row of a total is taken."""
    said = _ROW_WORD.findall(label.lower())
    if "total" in said:
        return False
    words = [w for w in said if w not in _GENERAL_LABEL_WORDS]
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words[0].rstrip('s'))}", context.said_before) is not None


def _cells(source: Fact | DerivedValue) -> Sequence[Fact]:
    return source.inputs if isinstance(source, DerivedValue) else (source,)


_FOOTNOTE = re.compile(r"\s*(?:\(\w\)|\*+|\d)$")


def _segment_row(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a claim of a segment's or product's revenue names, next to "revenue" or
    "sales", a table row that names only that segment or product: "ALYFTREK revenue jumped
    to $573.6 million" and the row "ALYFTREK", "U.S. retail channel net revenues" and the row
    "Retail", "Net revenues in FICC were $10.58 billion" and the row "FICC". The row's metric
    is the claim's, though no vocabulary holds it, and so is its change column's ("Mounjaro
    revenue rose 91%")."""
    fact = source.inputs[0] if isinstance(source, DerivedValue) else source
    if context.metric not in _REVENUES or not fact.in_table or fact.family not in ("currency", "percent"):
        return False
    label = _FOOTNOTE.sub("", (fact.figure.row or "").strip()).lower()
    if source.metrics and not metrics_compatible(context.metric, set(source.metrics)) and not metrics_in(label):
        return False  # "Prestige" in a table of Adjusted EBITDA: the segment's EBITDA, its metric not its label's
    titled = (
        context.calendar.title_metric(fact.figure.table)
        if context.calendar is not None and fact.figure.table is not None else frozenset()
    )
    if not source.metrics and titled and not metrics_compatible(context.metric, set(titled)):
        return False  # "Wealth solutions" under the title "DISTRIBUTABLE EARNINGS": the segment's earnings, no revenue
    key = (label, bool(source.metrics), context.words)
    read = _REVENUE_ROWS_READ.get(key)
    if read is None:
        if _REVENUE_ROWS_CLAIM[0] is not context.words:  # another claim's: one claim's kept at a time, no words held on
            _REVENUE_ROWS_READ.clear()
            _REVENUE_ROWS_CLAIM[0] = context.words
        read = _REVENUE_ROWS_READ[key] = _names_revenue_row(*key)
    return read


# ``_names_revenue_row`` per row label for the claim being read: asked once per label, not once per number and candidate
# (a claim of thousands of numbers searched whole for each was quadratic)
_REVENUE_ROWS_READ: dict[tuple[str, bool, str], bool] = {}
_REVENUE_ROWS_CLAIM = [""]  # the words of the claim they are of


def _names_revenue_row(label: str, names_a_metric: bool, words: str) -> bool:
    """``_segment_row``'s reading of a claim's ``words`` for one row label; a label that names a metric itself
    (``names_a_metric``) is a line of revenue only where the claim says it whole."""
    if len(label) < 3:
        return False
    named = f"(?:{re.escape(label)}|{name_pattern(label)})"  # "Office gross rental income" and the row "Offices"; "apac" and "Asia Pacific"
    if names_a_metric:
        # a row whose label names another metric is a line of revenue only where the claim names that whole label
        # right before "revenue": "ethanol production revenue" and the row "Ethanol production" under "Revenues"
        named = re.escape(label)
    elif re.search(rf"\b(?:revenues?|sales) (?:in|from|of|for) (?:the |our )?{named}(?![\w-])", words):
        return True
    # the row's name, then a phrase that names revenue ("Residential gross rental income fell 3.8%")
    for found in re.finditer(rf"(?<![\w-]){named} (?:(?:channel|segment|business|division) )?{_PERIOD_WORD}", words):
        end = found.end()
        first = next(metric_matches(words, end, min(len(words), end + LONGEST_METRIC_PHRASE + 8)), None)
        if first is not None and first[0].start() == end and first[1] in _REVENUES:
            return True
    return False


_REVENUES = frozenset({"revenue", "segment_revenue"})


def _segment_line(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a claim of revenue names the segment of a table row of a segment's revenue: the row's own words
    beyond its metric phrase, each said in the number's clause before it ("Albemarle raised its Specialties outlook
    to net sales of $1.4 billion-$1.6 billion" and the row "Specialties net sales"). The claim's revenue is that
    segment's, though its words do not set the name right before "net sales"."""
    if context.metric != "revenue" or not isinstance(source, Fact) or not source.in_table or not source.named:
        return False
    # in the number's own clause: "u.s. net revenue $0.4 bln ...; international $394 mln" names International for the
    # second amount alone
    return "segment_revenue" in source.metrics and names_line(source, context.said_before)


def _subject_row(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a claim's number whose clause names a subject in its metric's place ("and JOURNAVX
    to $49.6 million", "with Figure Connect at $2.8 billion") stands in a table row that the subject
    opens ("JOURNAVX", "Figure Connect Volume") and that names no other metric."""
    if not context.subject:
        return False
    fact = source.inputs[0] if isinstance(source, DerivedValue) else source
    if not fact.in_table or source.metrics:
        return False
    label = (fact.figure.row or "").strip().lower()
    return re.match(rf"(?:{name_pattern(context.subject)})(?![\w-])", label) is not None


# A subject said in a metric's place, right before a number, after a clause's break: "; international
# $394 mln", "and JOURNAVX to $49.6 million", "with Figure Connect at $2.8 billion". The metric is the
# clause's before it, of that subject: a name's revenue is a segment's.
_ELIDED = re.compile(
    r"(?:;|,\s*(?:and|with)|\band|\bwith)\s+(?P<name>[A-Za-z][\w.&'-]*(?:\s+[A-Za-z][\w.&'-]*){0,3}?)\s+"
    r"(?:(?:to|at|of|was|were|came\s+to|reached)\s+)?" + HEDGED + r"$"
)
_NOT_A_SUBJECT = re.compile(
    r"\b(?:a|an|the|its|their|our|up|down|rose|fell|grew|increased|decreased|declined|more|less|than|from|"
    r"compared|versus|vs|year|quarter|total|and|or|with|by|in|for|on|to|at|of)\b",
    re.IGNORECASE,
)


def _as_segment(metric: str) -> str:
    return "segment_revenue" if metric == "revenue" else metric


def _elided_subject(text: str, start: int) -> str:
    """The subject a clause names in its metric's place right before the number at ``start``
    (``_ELIDED``), in lower case; "" when the words before the number name a metric, a period,
    a direction or nothing."""
    found = _ELIDED.search(text, max(0, start - 80), start)
    if found is None:
        return ""
    name = found.group("name")
    if _NOT_A_SUBJECT.search(name) or metrics_in(name) or period_in(name).length:
        return ""
    return name.lower()
# A name said right after an amount as what it went through or came from: "including $2.8 billion through
# Figure Connect", "$50 million from JOURNAVX" (a name: capitalised words, not "from the prior year").
_NAMED_AFTER = re.compile(r"[ \t]+(?:through|via|from)[ \t]+(?P<name>[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,3})")


def _subject_after(text: str, end: int) -> str:
    """The subject a name right after an amount gives it (``_NAMED_AFTER``), in lower case; "" when the
    words there name a metric, a period or nothing."""
    found = _NAMED_AFTER.match(text, end)
    if found is None:
        return ""
    name = found.group("name").rstrip(".")  # the claim's full stop is no part of it
    if _NOT_A_SUBJECT.search(name) or metrics_in(name) or period_in(name).length or YEAR.search(name):
        return ""
    return name.lower()


# Where a clause of a claim opens: after ";", ":", a sentence's full stop, or ", while", ", but", ", whereas"
_CLAUSE_OPENS = re.compile(r"[;:]\s*|\.\s+|,\s+(?:while|but|whereas)\s+")
# Where a stretch of a claim that names its own year ends: a clause's mark, or a comma before words
_YEAR_STRETCH = re.compile(r"[;:]\s|,\s|\.\s")


@dataclass(frozen=True, slots=True)
class _ClaimMarks:
    """Where a claim's clauses open, its stretches stop and its years stand, found once per claim: asked per number,
    a claim of thousands of numbers read from its start for each was quadratic."""

    opens: list[int]  # the ends of the marks that open a clause ("1.5%" holds no full stop of a sentence)
    stops: list[int]  # the starts of the marks that end a stretch of a year (``_year_named``)
    years: list[tuple[int, int, int]]  # each year named: start, end, year
    year_ends: list[int]


@functools.lru_cache(maxsize=64)
def _claim_marks(text: str) -> _ClaimMarks:
    opens = [
        found.end() for found in _CLAUSE_OPENS.finditer(text)
        if not found.group().startswith(".") or not text[found.start() - 1 : found.start()].isdigit()
    ]  # fmt: skip
    years = [(found.start(), found.end(), int(found.group(1))) for found in YEAR.finditer(text)]
    return _ClaimMarks(opens, [m.start() for m in _YEAR_STRETCH.finditer(text)], years, [end for _, end, _ in years])


def _clause_start(words: str, start: int) -> int:
    """Where the clause of the number at ``start`` of a claim (``words``, lower-cased) opens: at "performance" of "...;
    performance margin guidance lifted to 49.0%-50.5%" (``_ClaimContext.said_before``)."""
    opens = _claim_marks(words).opens
    at = bisect.bisect_right(opens, start) - 1
    return opens[at] if at >= 0 else 0


def _outlook_cell(source: Fact | DerivedValue) -> bool:
    return isinstance(source, Fact) and source.forward and source.in_table


def _year_named(text: str, span: Span) -> int | None:
    """The year a claim names for the number at ``span``: the one nearest it in its stretch (between commas or
    clause marks: "2025 copper production guidance of 380,000-440,000 tonnes, rising to 430,000-490,000 tonnes in
    2027" names 2025 for the first range and 2027 for the second), else the last one named before it; None where the
    claim names none."""
    marks = _claim_marks(text)
    stops = marks.stops
    at = bisect.bisect_left(stops, span.start)
    opens = stops[at - 1] if at > 0 else 0
    closes = stops[bisect.bisect_left(stops, span.end)] if bisect.bisect_left(stops, span.end) < len(stops) else len(text)
    before_at = bisect.bisect_right(marks.year_ends, span.start) - 1  # the last year that ends before the number
    before = marks.years[before_at] if before_at >= 0 else None
    after = marks.years[before_at + 1] if before_at + 1 < len(marks.years) else None
    near = []
    if before is not None and before[0] >= opens:
        near.append((span.start - before[1], before[2]))
    if after is not None and after[0] >= span.end and after[1] <= closes:
        near.append((after[0] - span.end, after[2]))
    if near:
        return min(near)[1]
    return before[2] if before is not None else None


# Words between an amount and a year that make the two of other periods: the amount a comparison of the year's
# ("rose to $1.76 for 2021 from $1.68"), the year the amount's comparison or the date a target is for ("rose to $5.2
# billion from 2023's", "compared with 2023", "by 2027"); after the amount, "to" and "over" too ("up 5% over 2023")
_OTHER_PERIOD_BETWEEN = re.compile(
    r"\b(?:from|vs|versus|compared|than|against|since|prior|previous|last|ago|earlier|before|after|through|until|by)\b",
    re.IGNORECASE,
)
_OTHER_PERIOD_AFTER = re.compile(r"\b(?:to|over)\b", re.IGNORECASE)


def _own_year_of_a_pair(
    text: str, numbers: Sequence[ClaimNumber], position: int, context: _ClaimContext, current_year: int | None,
    amount_starts: Sequence[int] | None = None,
) -> int | None:
    """``_own_year``, but for the earlier amount of a pair ("rose to 53% from 48% at year-end 2024") dated by the
    release's own year: that date is the pair's, its current level's -- the amount it rose from is of before."""
    year = _own_year(text, numbers, position, amount_starts)
    if (
        year is not None and year == current_year and context.period.prior and position
        and numbers[position - 1].kind is None and _FROM_IN_A_PAIR.fullmatch(text, numbers[position - 1].span.end, numbers[position].span.start)
    ):
        return None
    return year


_FROM_IN_A_PAIR = re.compile(r"\s+from\s+(?:about\s+|approximately\s+|roughly\s+)?\S{0,4}", re.IGNORECASE)


def _own_year(
    text: str, numbers: Sequence[ClaimNumber], position: int, amount_starts: Sequence[int] | None = None
) -> int | None:
    """The year a claim says with its number at ``position`` itself: the nearest in its stretch (``_year_named``'s)
    with no other amount between them, nor words of another period (``_OTHER_PERIOD_BETWEEN``): "Total revenue was
    $12.6 billion in 2024" names 2024; in "rose to $12.6 billion from $11.8 billion in 2023", 2023 is the $11.8
    billion's alone, and in "rose to $1.76 for 2021 from $1.68", 2021 is the $1.76's alone. A year said after the
    number, in its own phrase, is its own before one said before it, which may end the phrase of the amount before:
    in "compared with $147 million in the third quarter of 2021 and $441 million in the fourth quarter of 2020", the
    $441 million are of 2020, and a year said before the number after another amount is that amount's ("14.4% in the
    same quarter of 2025 and 12.8% last quarter"). None where no year is said so. ``amount_starts``: where the claim's
    amounts (numbers of no kind) start, in order (``_amount_starts``), found once for a claim's numbers: built per number,
    a claim of thousands of amounts was quadratic."""
    number = numbers[position]
    if number.kind is not None:
        return None
    marks = _claim_marks(text)
    stops = marks.stops
    at = bisect.bisect_left(stops, number.span.start)
    opens = stops[at - 1] if at > 0 else 0
    after = bisect.bisect_left(stops, number.span.end)
    closes = stops[after] if after < len(stops) else len(text)
    starts = _amount_starts(numbers) if amount_starts is None else amount_starts
    near = []
    first = bisect.bisect_left(marks.years, opens, key=lambda year: year[0])
    for start, end, year in itertools.islice(marks.years, first, None):
        if start >= closes:
            break  # the years are in order: none after this one is in the stretch
        if opens <= start and end <= number.span.start:
            if _amount_between(starts, opens, start):
                continue  # it ends the phrase of an amount before it: "14.4% in the same quarter of 2025 and 12.8%"
            between, gap, before = (end, number.span.start), number.span.start - end, True
        elif number.span.end <= start and end <= closes:
            between, gap, before = (number.span.end, start), start - number.span.end, False
            if _OTHER_PERIOD_AFTER.search(text, *between):
                continue
        else:
            continue
        if not _OTHER_PERIOD_BETWEEN.search(text, *between) and not _amount_between(starts, *between):
            near.append((before, gap, year))
    return min(near)[2] if near else None


def _amount_starts(numbers: Sequence[ClaimNumber]) -> list[int]:
    """Where a claim's amounts (its numbers of no kind: no year, no date) start, in order, for ``_own_year``."""
    return sorted(n.span.start for n in numbers if n.kind is None)


def _amount_between(starts: Sequence[int], low: int, high: int) -> bool:
    """Whether an amount of ``starts`` (in order) starts at or after ``low`` and before ``high``. (A number's own
    start is never in the stretches ``_own_year`` asks about: they end at its start or begin at its end.)"""
    at = bisect.bisect_left(starts, low)
    return at < len(starts) and starts[at] < high


# A row label's footnote marks and the unit it is printed in, which name no measure: "Performance Margin (1)(2)",
# "Avg. Realized Price ($/kg LCE) (a)", "Copper (tonnes)"
_LABEL_ASIDES = re.compile(r"\([^()]*\)|\d+(?:,\d+)*$|[*†‡]+")
_LABEL_WORDS = re.compile(r"[a-z][a-z0-9'-]*\.?")
_LABEL_CODE = re.compile(r"[a-z]{1,2}\d{1,2}")  # a measure named by a code: "C1 (per lb)", a copper miner's cash cost
# Words of a label that name no measure of their own: a label of them alone is no line a claim names
_GENERAL_LABEL_WORDS = frozenset(
    "total net other and the of for from in on at to by with related growth change increase decrease percent "
    "adjusted reported gaap non-gaap basic diluted".split()
)
_LEAST_LABEL_LETTERS = 4


@functools.lru_cache(maxsize=4096)  # a release's labels, asked again for each claim number they might back
def _label_phrase(label: str) -> str:
    """A regular expression of a row label's words as a claim in lower case says them, one after the other, each in
    either number; a word printed shortened with a full stop stands for any word of its letters in order: "avg." is
    "average", "adj." "adjusted". "" for a label of general words alone ("Total", "Growth", "Net"): it needs a word
    of four letters or more, or a code of letters and digits ("C1")."""
    words = [
        word if _LABEL_CODE.fullmatch(word) else word.rstrip("0123456789")  # "C1"; "Cost1" is "Cost" and its footnote
        for word in _LABEL_WORDS.findall(_LABEL_ASIDES.sub(" ", label.lower()))
    ]
    if not any(
        _LABEL_CODE.fullmatch(w) or (len(w.rstrip(".")) >= _LEAST_LABEL_LETTERS and w.rstrip(".") not in _GENERAL_LABEL_WORDS)
        for w in words
    ):
        return ""
    parts = []
    for word in words:
        if word.endswith(".") and len(word) > 2:  # "avg.": its letters in order, the first leading
            letters = word.rstrip(".")
            parts.append(re.escape(letters[0]) + "".join(rf"[a-z]*{re.escape(c)}" for c in letters[1:]) + r"[a-z]*\.?")
        else:
            stem = word.rstrip(".")
            stem = stem[:-1] if stem.endswith("s") and not stem.endswith("ss") and len(stem) > 3 else stem
            parts.append(re.escape(stem) + r"(?:e?s)?")
    # one word of the claim's own may stand between two of the label's: "the average realized lithium price" says the
    # row "Avg. Realized Price ($/kg LCE)"
    return r"(?<![\w-])" + r"[\s,&/-]+(?:[a-z]+\s+)?".join(parts) + r"(?![\w-])"


def _label_row(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a table cell whose row names no metric any vocabulary holds stands under the very words the claim
    says its number by: the row's label, word by word, in the number's clause before it, and no metric named
    between them and the number. "the average realized price climbed 60.5% to $19.53/kg LCE" and the row "Avg.
    Realized Price ($/kg LCE) (a)", "performance margin guidance lifted to 49.0%-50.5%" and the row "Performance
    Margin (1)(2)", "the gross loss shrank to $1.7 million from $53.5 million" and the row "Gross loss". The
    measure is the label's, though no vocabulary names it; the claim's metric read from other words of it (the
    clause before, carried over) is not what the number is said by. The cell's period and side must still fit."""
    if not isinstance(source, Fact) or not source.in_table or source.metrics:
        return False
    return _said_by(context, source.figure.row or "")


def _titled_row(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a table cell whose row names no metric stands in a table whose title names the claim's metric alone,
    and the claim says the row's label in the number's clause before it: Brookfield's "Wealth solutions | 421 | 253 |
    1,350 | 740" under the title "DISTRIBUTABLE EARNINGS", and "Wealth solutions distributable earnings rose about 82%
    to $1,350 million". The row is a part of the titled measure; its period and side must still fit."""
    if not isinstance(source, Fact) or not source.in_table or source.metrics or not context.metric:
        return False
    if context.calendar is None:
        return False
    table = source.figure.table
    if table is None or not metrics_compatible(context.metric, set(context.calendar.title_metric(table)), unknown_fits=False):
        return False
    return _said_by(context, source.figure.row or "", measure=context.metric)  # the title's measure said between


def _row_under_its_section(context: _ClaimContext, source: Fact | DerivedValue) -> bool:
    """True when a table cell of a row labelled "Other" stands under a label-only row that names the claim's metric,
    and the claim says "other" and that metric right before its number: McDonald's "Selling, general &
    administrative expenses" over "Depreciation and amortization | 111" and "Other | 706 | 595", and "Other selling,
    general and administrative expenses rose 19% to $706 million". The row is a part of the section's measure (not the
    whole of it: "SG&A was $706 million" names no "Other"); its period and side must still fit."""
    if not isinstance(source, Fact) or not source.in_table or not _OTHER_ROW.fullmatch(source.figure.row or "") or not context.metric:
        return False
    section = context.calendar.section_of(source) if context.calendar is not None else ""
    if not section or not metrics_compatible(context.metric, {metric for _, metric in metrics_in(section)}, unknown_fits=False):
        return False
    said = context.said_before
    other = deque(_OTHER_WORD.finditer(said), maxlen=1)
    named = metrics_in(said[other[0].end() :]) if other else []
    return bool(named) and named[0][0] == 0 and all(metric == context.metric for _, metric in named)


_OTHER_ROW = re.compile(r"\s*other[\s\d()*]*", re.IGNORECASE)  # "Other", "Other (1)"
_OTHER_WORD = re.compile(r"\bother\s+")


def _said_by(context: _ClaimContext, label: str, measure: str | None = None) -> bool:
    """True when the claim says its number by ``label``'s words (``_label_phrase``), in the number's clause before
    it, and names no metric between them and the number (but ``measure``, where one is given: "Wealth solutions
    distributable earnings rose ... to $1,350 million"); or right after the amount, "of" or "in" between: "despite
    $50.1 million of reportable catastrophes" and Assurant's row "Reportable catastrophes"."""
    said_before = context.said_before
    phrase = _label_phrase(label)
    if not phrase:
        return False
    amount = _AMOUNT_THEN_OF.match(context.words, context.said_to)
    if amount and re.compile(phrase).match(context.words, amount.end()):
        return True
    last = max((said.end() for said in re.finditer(phrase, said_before)), default=None)  # the one nearest it
    return last is not None and all(metric == measure for _, metric in metrics_in(said_before[last:]))


# A claim's amount, at where it starts in the claim's lower-cased words, then "of" or "in": what it is of follows
_AMOUNT_THEN_OF = re.compile(r"[^\s\d]{0,4}\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|bn|mn|m|k)?\s+(?:of|in)\s+(?:the\s+)?")


def _subjects(index: FactIndex) -> dict[int, str]:
    """The subjects of the release's sentences (``opening_subject``) by where each sentence starts, read when asked."""
    subjects = _SUBJECTS.get(index)
    if subjects is None:
        subjects = _SUBJECTS[index] = {}
    return subjects


def _sentence_subject(index: FactIndex, fact: Fact) -> str:
    """The subject of the sentence of a figure of running text whose metric no vocabulary names: "Total costs" for
    Futu's "Total costs were HK$985.4 million (US$125.7 million), an increase of 46.9% ...". A claim that says the
    figure by those words ("as total costs rose 46.9% to HK$985.4 million") speaks of it, as of a table row under the
    words (``_label_row``), whatever metric its clause carried over. "" for a cell, a named figure or a sentence
    that opens otherwise."""
    if fact.in_table or fact.metrics:
        return ""
    subjects = _subjects(index)
    sentence = fact.figure.context
    subject = subjects.get(sentence.start)
    if subject is None:
        subject = subjects[sentence.start] = opening_subject(index.document.text, sentence)
    return subject


_PERIOD_WORD = r"(?:(?:q[1-4]|[1-4]q(?:\d{2})?|fy(?:\d{2,4})?|quarterly|(?:first|second|third|fourth)[- ]quarter) )?"

# Metrics that are rates of change by nature: "comparable sales of -12.5%" and "comparable
# sales fell 12.5%" say the same.
_RATE_METRICS = frozenset({"comparable_sales"})


def _rate_metric(metric: str | None) -> bool:
    return metric in _RATE_METRICS


def _unreadable(context: _ClaimContext, fact: Fact) -> bool:
    """True when what keeps ``fact`` from backing the claim is a context that could not be read."""
    period = fact.period
    return bool(
        (context.metric and not fact.metrics)
        or (context.length_named and not period.length and context.period.length)
        or (period.prior is None and fact.in_table and not context.change and context.period.prior is not None)
    )


def _named_a_loss(words: str, claim: ClaimNumber) -> bool:
    """True when the words of the claim's clause right before its number name a loss ("and interest loss about 43%")."""
    return _LOSS_BEFORE.search(words, max(0, claim.span.start - _LOSS_REACH), claim.span.start) is not None


def _a_loss(fact: Fact) -> bool:
    """True when a source figure is a loss: printed negative, or on a row that names one alone (a row of both,
    "Net income/(loss)", by its sign)."""
    return fact.value < 0 or _result_side(fact.figure.row or "") == "loss"


# a result's loss, not a lender's ("provision for credit losses", "loan losses")
_A_RESULTS_LOSS = r"(?<!credit )(?<!loan )\bloss(?:es)?\b"
_LOSS_BEFORE = re.compile(_A_RESULTS_LOSS + r"[^\d%;,.]*$", re.IGNORECASE)
_LOSS_REACH = 40
_CLAIM_SIDE_REACH = 60
# The words of a result right before a change or a rate, up to the last digit or break: a profit's or a loss's
_RESULT_WORDS_BEFORE = re.compile(r"[^\d%;,]*$")  # (not cut at a full stop: "Net income attributable to U.S. Bancorp")
# a claim's, past its figures and the comma of a restatement: "net loss margin widened 580 basis points to ", "Net loss rose
# $1.8 million, or " (not ", compared with an operating loss of RMB327.0 million a year earlier, a ")
_CLAUSE_WORDS_BEFORE = re.compile(r"(?:[^;,]|,(?=\s*or\b))*$")
_LOSS_WORD = re.compile(_A_RESULTS_LOSS, re.IGNORECASE)
_PROFIT_WORD = re.compile(r"\b(?:income|profits?|earnings)\b", re.IGNORECASE)


def _result_side(words: str, past_figures: bool = False) -> str:
    """"loss" or "profit" where the words right before a change or a rate name one side of a result alone ("net loss
    rose", "net income margin"); "" where they name both ("Net income (loss)") or neither. Up to the figure before, or
    with ``past_figures`` to the clause's break ("net loss margin widened 580 basis points to")."""
    said = (_CLAUSE_WORDS_BEFORE if past_figures else _RESULT_WORDS_BEFORE).search(words)
    tail = said.group() if said else ""
    loss, profit = _LOSS_WORD.search(tail) is not None, _PROFIT_WORD.search(tail) is not None
    return "" if loss == profit else "loss" if loss else "profit"


def _says_its_measure(text: str, context: _ClaimContext, fact: Fact) -> bool:
    """Whether a source figure is said of the measure of its own a claim's clause names (``_ClaimContext.own_measure``,
    "inflows", "capacity (ASMs)"), by a name of it, plural or not, in its row's label or in its sentence up to just
    after it: "Total inflows were over $135 billion" backs "inflows exceeded $135 billion", not "outflows exceeded",
    nor "$135 billion of financings". A claim of no such measure is not asked."""
    if not context.own_measure:
        return True
    figure = fact.figure
    said = (figure.row or "") if fact.in_table else text[figure.context.start : min(figure.context.end, figure.span.end + _OWN_MEASURE_AFTER)]
    return any(re.search(rf"(?<![\w-]){re.escape(name.rstrip('s'))}", said, re.IGNORECASE) for name in context.own_measure)


_OWN_MEASURE_AFTER = 40  # how far after a figure of running text the measure it is of may be named ("$135 billion of inflows")


def _claimed_side(context: _ClaimContext, claim: ClaimNumber) -> str:
    """The side of a result the claim's clause names before its number (``_result_side``, past figures)."""
    return _result_side(context.words[max(0, claim.span.start - _CLAIM_SIDE_REACH) : claim.span.start], past_figures=True)


def _side_of_a_change_or_rate(context: _ClaimContext, claim: ClaimNumber) -> str:
    """``_claimed_side`` of a claim's change or rate; "" for any other number (a level's side is its sign)."""
    if not (context.change or claim.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS)):
        return ""
    return _claimed_side(context, claim)


def _other_side(index: FactIndex, claimed: str, fact: Fact) -> bool:
    """True when a change or a rate the claim names a loss's is backed by one the release names a profit's, or the
    reverse: "Full-year net loss was about 61% higher" is no "net income increased 61%", "the net loss margin narrowed"
    no row "Net income margin"; a change of running text whose own words name neither is of the side of the level of
    its metric said before it ("Net income ... was $21.5 million, up $1.8 million, or 9.1%"). Unknown on either side
    (neither named, or both) is no other side. ``claimed``: the side the claim names (``_side_of_a_change_or_rate``)."""
    if not claimed:
        return False
    if fact.in_table:
        found = _result_side(fact.figure.row or "")
    else:
        text, figure = index.document.text, fact.figure
        found = _result_side(text[max(figure.context.start, figure.span.start - _LOSS_REACH) : figure.span.start])
        if not found and fact.change and fact.metrics & _RESULT_METRICS:
            level = next((
                said for said in reversed(index.in_context(figure.context))
                if said.figure.span.start < figure.span.start and not said.change and said.metrics == fact.metrics
                and said.family == "currency"
            ), None)  # fmt: skip
            found = "" if level is None else "loss" if level.value < 0 else "profit"
    return bool(found) and found != claimed


# Results that are a profit or a loss by their sign
_RESULT_METRICS = frozenset({"net_income", "operating_income", "pretax_income", "ebitda"})


def _cited(span: Span, citations: Sequence[Span] | None) -> bool:
    return citations is None or any(c.start <= span.start and span.end <= c.end for c in citations)


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Source figures and derived values whose value meets a claim's number, and those of
    them whose context fits too."""

    direct: list[Fact]
    fitting: list[Fact]
    derived: list[DerivedValue]
    fitting_derived: list[DerivedValue]

    def anchors(self, metric: str | None = None) -> set[Span]:
        """The sentences and table rows the fitting figures stand in, and the table cells
        themselves (``_computed_at``). With the level's ``metric``, also the cells of its value and
        metric whose column says no side ("Period-end loans and leases | $128.2" under "($s in
        billions)"), levels all (a change column's cell is no level): such a cell states the very level, though it cannot back it alone, and the
        change computed from it is that level's change."""
        placed = [*self.fitting, *(f for d in self.fitting_derived for f in d.inputs)]
        if metric:
            placed += [
                f for f in self.direct
                if f.in_table and not f.change and f.period.prior is None
                and metrics_compatible(metric, set(f.metrics), unknown_fits=False)
            ]
        return {f.figure.context for f in placed} | {f.figure.span for f in placed if f.in_table}

    def within(self, anchors: set[Span]) -> _Candidates:
        """Only the fitting figures that stand in one of ``anchors``."""
        return replace(
            self,
            fitting=[f for f in self.fitting if f.figure.context in anchors or f.level in anchors],
            fitting_derived=[d for d in self.fitting_derived if _computed_at(d.inputs, anchors)],
        )


def _stated_cells(contexts: list[_ClaimContext], found: list[_Candidates | None]) -> frozenset[Span]:
    """The source figures that back a claim's levels (not its changes): each fits its level's metric, period and words,
    so a value computed from them alone is one of what the claim names (``_analyst_math``)."""
    return frozenset(
        fact.figure.span for context, candidates in zip(contexts, found)
        if candidates is not None and not context.change for fact in candidates.fitting
    )  # fmt: skip


def _computed_at(inputs: Sequence[Fact], anchors: set[Span]) -> bool:
    """True when a change computed from ``inputs`` is that of the level it accompanies: one
    input is in the sentence that backs the level, or is the very table cell that does -- not
    another cell of its row ("Net interest income slipped 1% year over year to $9.26 billion":
    not the full year's change, from the same row's full-year columns)."""
    return any(f.figure.span in anchors if f.in_table else f.figure.context in anchors for f in inputs)


class _LocalLengths:
    """The period length of a sentence of running text, read locally: its own words, else a
    forward-looking sentence's year ("we are reaffirming our 2021 outlook for adjusted EPS of
    $0.90 to $1.05": the full year), else the sentence before it ("Moving to 2022 guidance ...
    / Non-GAAP EPS is expected to range from $13.60 to $14"), else what the facts stage read.
    A call runs its sentences together; a period said much earlier is not this sentence's."""

    def __init__(self, index: FactIndex) -> None:
        self.text = index.document.text
        self.sentences = index.sentences
        self.starts = [sentence.start for sentence in self.sentences]
        self.cache: dict[Span, str | None] = {}
        self.quarter_cache: dict[Span, frozenset[int]] = {}
        self._index = weakref.ref(index)  # weakly: the index's own entry of _LOCAL_LENGTHS holds this

    def of(self, fact: Fact) -> str | None:
        """The local length of ``fact``'s sentence, None to keep the fact's own reading. A
        change cell whose column names no length ("Change %") compares the levels of its row:
        their length, when they all have one."""
        if fact.in_table:
            if fact.period.length:
                return None
            return (self._row_length(fact) if fact.change else None) or self._table_length(fact)
        sentence = fact.figure.context
        if sentence not in self.cache:
            self.cache[sentence] = self._read(sentence)
        return self.cache[sentence]

    def quarters(self, fact: Fact) -> frozenset[int]:
        """The numbers of the quarters the sentence of a current figure of running text names as its own, not as
        the one compared with ("Second quarter revenue of $320 million was above our guidance range of $280 million
        to $310 million": 2; "gross margin improved to 12%, a 20-basis-point increase from the fourth quarter":
        none); none for a table cell or a comparison figure."""
        if fact.in_table or fact.period.prior:
            return frozenset()
        sentence = fact.figure.context
        named = self.quarter_cache.get(sentence)
        if named is None:
            named = self.quarter_cache[sentence] = quarters_named(sentence.of(self.text), compared=False)
        return named

    def _row_length(self, fact: Fact) -> str | None:
        index = self._index()
        assert index is not None  # asked only while a claim is checked against it
        return _group_lengths(index).get(fact.figure.span)

    def _table_length(self, fact: Fact) -> str | None:
        """The release's main period for a cell whose column names none ("LfL growth" beside "2024" and "2023"
        in a year's release), where its table names that period and no other; None (unknown) otherwise: a
        table of quarters and years side by side does not say which its other columns are of."""
        index = self._index()
        assert index is not None  # asked only while a claim is checked against it
        if index not in _TABLE_LENGTHS:
            _TABLE_LENGTHS[index] = _single_length_tables(index.facts, index.main_length)
        return index.main_length if fact.figure.table in _TABLE_LENGTHS[index] else None

    def _read(self, sentence: Span) -> str | None:
        own = sentence.of(self.text)
        if length_in(own):  # period_in(own).length, searched only where length words stand: a hostile sentence is long
            return None
        if full_year_guidance(own) or full_year(own):  # "Underlying ROTCE of 16.0% compares with 7.5% for 2020"
            return "year"
        index = self._index()
        assert index is not None  # asked only while a claim is checked against it
        whole_year = _whole_year(index)  # "Capital expenditures in 2024 totaled US$1,876 million", as a claim reads it
        if whole_year is not None and names_the_year(own, whole_year):
            return "year"
        lead = lead_in(self.text, sentence.start)  # "• Full Year 2026 Outlook:" over its items
        # (a lead-in of two lengths says neither: "Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year
        # Financial Results" over bullets of each)
        lead_length = (
            (period_in(lead).length or ("year" if full_year_guidance(lead) else None))
            if lead and len(lengths_named(lead)) <= 1 else None
        )
        if lead_length:
            return lead_length
        # a lead-in that names no period ("OPERATING AND FINANCIAL HIGHLIGHTS") leaves the item's own sentences to say
        # it: Copa's "* In 2024, the Company repurchased US$87 million ... This represents approximately 2% ..."
        position = bisect.bisect_left(self.starts, sentence.start) - 1
        # an outlook's sentences said one after the other share the period the first of them names ("Moving to 2022
        # guidance ... / Non-GAAP EPS is expected to range from $13.60 to $14 ... / And the tax rate is expected to
        # be around 13%"): read back through them, a few at most; any other sentence reads only the one before it
        reach = _OUTLOOK_RUN if FORWARD_LOOKING.search(own) else 1
        following = sentence
        while reach and position >= 0 and following.start - self.sentences[position].end < 200:
            previous = self.sentences[position].of(self.text)
            # the words nearest this sentence first: "Based on our strong Q1 results, we are raising our 2021 guidance."
            if full_year_guidance(previous.rsplit(",", 1)[-1]):
                return "year"
            said = said_length(previous) or period_in(previous).length  # the one it names of its own first
            if said:
                # "..., including around EUR 8 million in non-recurring tax income that was already reported in the
                # first quarter. As a result, earnings per share climbed to EUR 2.46": the year to date's, not the quarter's
                to_date = includes_an_earlier_quarter(previous, index.fiscal_quarter, index.current_year)
                return index.year_to_date_length if to_date else said
            if full_year_guidance(previous) or (whole_year is not None and names_the_year(previous, whole_year)):
                return "year"  # "In 2024, the Company repurchased US$87 million ... This represents approximately 2%"
            if not FORWARD_LOOKING.search(previous):
                break
            following, position, reach = self.sentences[position], position - 1, reach - 1
        return self._restated(sentence)

    def _restated(self, sentence: Span) -> str | None:
        """The length of the figure an amount of money of ``sentence`` says again: "Adjusted EBITDA grew 3% to $129.5
        million" after "Adjusted EBITDA in Q1 was $129.5 million" is the quarter's, the same figure of the same metric,
        as printed, said with its period elsewhere. None where no such figure is said, or they name different lengths
        (not by its place: a period said earlier is not this sentence's, but the figure is the same)."""
        index = self._index()
        assert index is not None  # asked only while a claim is checked against it
        lengths = set()
        for level in index.in_context(sentence):
            if level.change or not level.metrics or level.period.prior or level.figure.unit is not Unit.CURRENCY:
                continue
            low, high = level.interval
            for same in index.matches(level.family, low, high):
                if (
                    not same.in_table and same.figure.context != sentence and same.figure.text == level.figure.text
                    and same.metrics == level.metrics and same.basis == level.basis and not same.period.prior
                    and same.period.length
                ):  # fmt: skip
                    lengths.add(same.period.length)
        return lengths.pop() if len(lengths) == 1 else None


_OUTLOOK_RUN = 3  # the sentences of an outlook read back for the period the first of them names
_CHANGE_LENGTHS: weakref.WeakKeyDictionary[FactIndex, dict[Span, str]] = weakref.WeakKeyDictionary()
_SEGMENTS: weakref.WeakKeyDictionary[FactIndex, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _segments_named(index: FactIndex, words: str) -> frozenset[str]:
    """The release's segments that a claim (``words``, in lower case) names, as analysts spell
    them (``segment_names``): "drybulk" for "Drybulk Vessels" beside "Container Vessels", "pdx"
    for the release's "Pharmaceutical Diagnostics (PDx)". A segment's siblings are the other
    segments of its tables."""
    if index not in _SEGMENTS:
        siblings: dict[int | None, set[str]] = {}
        for fact in index.facts:
            if fact.segment:
                siblings.setdefault(fact.figure.table, set()).add(fact.segment)
        titled = set(index.title_segments) - {""}  # one table per segment, each under its title: siblings all
        of: dict[str, set[str]] = {}
        for group in [*siblings.values(), titled]:
            for segment in group:
                of.setdefault(segment, set()).update(group)
        _SEGMENTS[index] = {segment: frozenset(group) for segment, group in of.items()}
    if not _SEGMENTS[index]:
        return frozenset()  # no segment to name: the release's abbreviations are not searched for (a MB of table rows)
    abbreviations = defined_abbreviations(index.document.text)
    return frozenset(
        segment for segment, group in _SEGMENTS[index].items() if names_segment(segment, words, group, abbreviations)
    )


def _own_segments(
    index: FactIndex, words: str, numbers: Sequence[ClaimNumber], contexts: list[_ClaimContext], segments: frozenset[str]
) -> list[_ClaimContext]:
    """Each number of a claim that names several segments read with the segment named last before it, where
    only the number's own words stand between (no comma, "and" or clause since): "with the U.S. up 0.8%, IOM up
    1.5% and IDL up 1.9%" -- the 1.9% is IDL's alone, not any named segment's. Any other number keeps all the
    claim names: "rose 5% in Americas and 3% in EMEA" names each segment after its number."""
    if len(segments) < 2:
        return contexts
    abbreviations = defined_abbreviations(index.document.text)
    mentions = sorted(
        (span, segment) for segment in segments
        for span in segment_mentions(segment, words, _SEGMENTS[index][segment], abbreviations)
    )  # fmt: skip
    result, read, end, named = [], 0, -1, frozenset[str]()
    for number, context in zip(numbers, contexts):  # numbers and mentions both in the order they are said: one pass
        while read < len(mentions) and mentions[read][0][0] < number.span.start:
            (start, stop), segment = mentions[read]
            # the last name said, with every segment a spelling of the same words names ("compute": "Compute" and
            # "Compute & Networking"), or a name right before it that it qualifies ("Paris City office rents": the
            # Offices row "Paris City")
            named = named | {segment} if start < end or (named and not words[end:start].strip()) else frozenset({segment})
            end, read = max(end, stop), read + 1
        if number.kind is None and named and end <= number.span.start and _OWN_WORDS.fullmatch(words, end, number.span.start):
            context = replace(context, segments=named)
        result.append(context)
    return result


# The words between a segment's name and its number that keep the number the segment's: "iom up ", "u.s. comparable
# sales rose ", not a comma, a semicolon or a joining word ("in americas and 3%")
_OWN_WORDS = re.compile(r"(?:(?!\b(?:and|or|but|while|whereas|vs|versus|from|than)\b)[^,;()\d])*", re.IGNORECASE)
_LOCAL_LENGTHS: weakref.WeakKeyDictionary[FactIndex, _LocalLengths] = weakref.WeakKeyDictionary()
_TABLE_LENGTHS: weakref.WeakKeyDictionary[FactIndex, frozenset[int]] = weakref.WeakKeyDictionary()
_SUBJECTS: weakref.WeakKeyDictionary[FactIndex, dict[int, str]] = weakref.WeakKeyDictionary()


def _local_lengths(index: FactIndex) -> _LocalLengths:
    """The release's ``_LocalLengths``, one per index: made per claim number, it listed the starts
    of all the release's sentences for each (a cost per number that grew with the release) and
    forgot the lengths it had read. What it reads is the release's alone, so keeping it is exact."""
    lengths = _LOCAL_LENGTHS.get(index)
    if lengths is None:
        lengths = _LOCAL_LENGTHS[index] = _LocalLengths(index)
    return lengths


def _single_length_tables(facts: list[Fact], main_length: str) -> frozenset[int]:
    """The tables whose columns name the release's main period (``main_length``) and no other length."""
    named: dict[int, set[str]] = {}
    for fact in facts:
        if fact.in_table and fact.figure.table is not None and fact.period.length:
            named.setdefault(fact.figure.table, set()).add(fact.period.length)
    return frozenset(table for table, lengths in named.items() if main_length and lengths == {main_length})


def _group_lengths(index: FactIndex) -> dict[Span, str]:
    """The release's ``_change_lengths``, found once per index."""
    lengths = _CHANGE_LENGTHS.get(index)
    if lengths is None:
        lengths = _CHANGE_LENGTHS[index] = _change_lengths(index.facts)
    return lengths


def _change_lengths(facts: list[Fact]) -> dict[Span, str]:
    """The length a table's change cell compares, whether its column names one or none ("Change %"):
    that of the levels of its row right before it ("Three Months ... | Change Amount | Change
    %"), when they all have one. Changes set after all the levels ("Q4 | Q4 | FY | FY | % | %")
    are left unknown: which group each compares cannot be told."""
    rows: dict[tuple[int | None, int], list[Fact]] = {}
    for fact in facts:
        if fact.in_table:
            rows.setdefault((fact.figure.table, fact.figure.context.start), []).append(fact)
    lengths: dict[Span, str] = {}
    for row in rows.values():
        row.sort(key=lambda fact: fact.figure.span.start)
        for position, cell in enumerate(row):
            if not cell.change:
                continue
            before = position - 1
            while before >= 0 and row[before].change:
                before -= 1
            group = set()
            while before >= 0 and not row[before].change:
                group.add(row[before].period.length)
                before -= 1
            if len(group) == 1 and "" not in group:
                lengths[cell.figure.span] = group.pop()
    return lengths


def _candidates(index: FactIndex, claim: ClaimNumber, context: _ClaimContext) -> _Candidates:
    family = family_of(claim.unit)
    low, high = claim.interval
    if claim.unit is Unit.BASIS_POINTS:
        low, high = low / _HUNDRED, high / _HUNDRED
    families = ("count", "shares") if claim.unit is Unit.COUNT and context.counted else CLAIM_FAMILIES[family]
    text = index.document.text
    # an amount said in millions is no amount below one unit ("Net income dropped to S/0 million": not the S/0.40 per
    # share), as an amount per share is none printed in thousands
    scaled = claim.unit is Unit.CURRENCY and _SCALED.search(claim.text) is not None
    direct = [
        fact
        for source_family in families
        for fact in index.matches(source_family, low, high)
        if _precise_enough(claim, fact) and not (claim.unit is Unit.PER_SHARE and fact.figure.exponent > 0)
    ]
    if family == "points":  # "10 points of higher volume": the source's bare number before "points" is read alike
        direct += [
            fact for fact in index.matches("count", low, high)
            if POINTS_AFTER.match(text, fact.figure.span.end) and _precise_enough(claim, fact)
        ]
    if family == "currency" and not context.counted:
        direct += _spoken_amounts(index, claim, low, high)
    if claim.text.endswith(MULTIPLE_SIGNS):
        # "4.00x" is backed by a multiple ("4.0x", "1.09 times") or a ratio's figure ("net debt to equity ratio was
        # 0.37"), not by a footnote's "4"
        direct = [
            f for f in direct
            if f.figure.text.endswith(MULTIPLE_SIGNS) or _TIMES_AFTER.match(text, f.figure.span.end)
            or (f.figure.row is not None and _RATIO_ROW.search(f.figure.row) is not None)
            or _RATIO_SAID.search(text, max(0, f.figure.span.start - _RATIO_REACH), f.figure.span.start)
        ]
    direct += _outflow_sizes(index, claim, context, families, low, high)
    if context.change and family == "currency" and _USED_IN.search(context.words, max(0, claim.span.start - 120), claim.span.start):
        direct = _outflow_changes(index, claim, families, direct, low, high)
    direct = _directed(index, claim, context, families, direct)
    if _both_portions_said(claim, context):  # "including the current portion": no one portion is the claim's debt
        portions = {f.figure.span for c in debt_with_current_portion(index) for f in c.inputs}
        direct = [fact for fact in direct if fact.figure.span not in portions]
    if scaled:
        direct = [fact for fact in direct if abs(fact.value) >= 1 or fact.value == 0]
    direct.sort(key=lambda fact: (context.metric not in fact.metrics, abs(fact.value - claim.value)))
    derived = [
        d for d in index.derived_matches(family, low, high)
        # the value computed from the figures as printed rounds to the claim (issue 11): 3.32 vs 3.14 is 5.7%,
        # "up 6%" and not "up 5%", though the rounding of the two figures allows 5.4% to 6.1%
        if (context.change or d.formula == "ratio to revenue") and low <= d.value < high
        # the change of a loss is read by its size (analyst_math): not the signed difference of two losses
        and not (d.formula == "difference" and all(f.value < 0 for f in d.inputs))
        # a ratio the claim names a loss is of a loss: "interest loss about 43%" is not Futu's "Interest income"; and
        # so is the change of one: "net loss rose 86%" is no change of two profits
        and not (d.formula == "ratio to revenue" and _named_a_loss(context.words, claim) and not _a_loss(d.inputs[0]))
        and not (d.formula in ("percent change", "difference") and _named_a_loss(context.words, claim) and not any(map(_a_loss, d.inputs)))
        # nor a share the claim says of another whole: "Cancellations rose to 4.1% of gross orders"
        and not (d.formula == "ratio to revenue" and _whole_not_revenue(context.words, claim.span.end))
        # nor a ratio of a row that names no metric: what its share is of goes unread ("Cost of home closings" of a
        # reconciliation, 75% of the revenue, backed "75% controlled off balance sheet")
        and not (d.formula == "ratio to revenue" and not d.metrics)
        and all(_backs_the_basis(context, f, computed=True) for f in d.inputs)
    ]
    if not direct and not derived:
        # nothing to fit: the claim's words are read below only to sort out what it found (a claim of thousands of
        # amounts the release holds none of read them for each)
        return _Candidates(direct, [], derived, [])
    lengths = _local_lengths(index)
    # the quarters of a claim of a quarter (a year's "full-year EPS of $2.66-$2.86" after "Sees Q3 EPS of ..." is held
    # to none)
    claimed_quarters = _quarters_claimed(context.words, claim.span.start) if context.period.length in ("", "quarter") else frozenset()

    measure = measure_after(context.words, claim.span.end) if context.change else ""

    release_quarter, release_end = _release_quarter(index), index.release_end
    base = _claim_base(index, claim, context)

    def of_the_measure(fact: Fact) -> bool:
        # "up about 47% in sales dollars" is not backed by "increased approximately 47% in units"; "improved 30 basis
        # points year-over-year" is not backed by "improving 220 basis points year-over-year and 30 basis points
        # sequentially", nor is a sequential change by a change from a year ago
        if fact.in_table:
            # a change column or row names its comparison ("Y/Y", "Q/Q", "4Q21 vs 3Q21")
            if not base or not fact.change:
                return True
            return (
                _table_change_base(fact, release_quarter, release_end)
                or _compared_base(fact)
                or _row_change_base(index, fact, release_quarter)
                or _length_base(fact)
            ) in ("", base)
        if measure and measure_after(text, fact.figure.span.end) not in ("", measure):
            return False
        return not base or _prose_change_base(index, fact) in ("", base)

    def of_the_quarter(fact: Fact) -> bool:
        # a claim that names its quarters ("q3", "second quarter") is not backed by a sentence that names only others
        # ("the 27% decline we experienced in the second quarter" for a third quarter's claim; a call's "Q3 ... could
        # range from $0.37 to $0.52" for a second quarter's result): quarters are named locally, in a call above all
        named = lengths.quarters(fact) if claimed_quarters and not context.period.prior else frozenset()
        return not named or bool(named & claimed_quarters)

    segment_named = (
        tuple(word for word in segment_name_words(context.said_before) if word in revenue_line_words(text))
        if context.metric == "segment_revenue" else ()
    )  # fmt: skip

    def of_the_segment(fact: Fact) -> bool:
        # "Gaming revenue was $11.0 billion" is not backed by "Networking revenue was a record $11.0 billion": a
        # segment's revenue in running text backs a claim of a segment's only where its sentence names that segment
        if not segment_named or fact.in_table or "segment_revenue" not in fact.metrics:
            return True
        said = text[fact.figure.context.start : fact.figure.span.start].lower()
        return says_each(said, segment_named)

    place = re.compile(rf"(?<![\w-]){re.escape(context.place)}", re.IGNORECASE) if context.place else None

    def of_the_place(fact: Fact) -> bool:
        # "grew 4% in Mexico, 8% in Peru": a figure backs an amount said of a place only where it is said of that place
        # too: a cell by its row, its column or its table's segment, a figure of running text right after it or in the
        # words of its sentence before it -- not the company's "increased 9% FXN" of the same sentence; and a figure of
        # running text said of a place ("8% in Peru") backs only a claim that names it, no company's "rose 8%"
        own = "" if fact.in_table else _place_after(text, fact.figure.span.end)
        if own and not re.search(rf"(?<![\w-]){re.escape(own.lower())}", context.words):
            return False
        if place is None:
            return True
        if fact.in_table:  # a cell of its row, its column or its table's segment
            return any(place.search(said) for said in (fact.figure.row or "", fact.figure.column or "", fact.segment))
        if own:
            return place.match(own) is not None
        return place.search(text, fact.figure.context.start, fact.figure.span.start) is not None or place.match(fact.segment) is not None

    fitting_derived = [
        d for d in derived
        if _fits(context, d, None if d.in_table or d.period.length else lengths.of(d.inputs[0]))
        and (not context.forward or all(forward_at(text, f) for f in d.inputs))
        # nor is a result computed from an outlook's figures (Albemarle's price scenarios are no quarter's margin)
        and (context.forward or not any(f.forward for f in d.inputs))
        and all(of_the_quarter(f) and of_the_segment(f) and of_the_place(f) for f in d.inputs)
        and (not base or not d.change or _pair_base(index, *d.inputs) in ("", base))
    ]  # fmt: skip
    fitting_derived.sort(key=lambda d: (any(f.figure.table is None for f in d.inputs), d.high - d.low))
    compared = _claimed_comparison(index, claim, context)
    side = _side_of_a_change_or_rate(context, claim)
    fitting = [
        f for f in direct
        if _fits(context, f, lengths.of(f), _sentence_subject(index, f)) and (not context.forward or forward_at(text, f))
        and of_the_quarter(f) and of_the_segment(f) and of_the_place(f)
        and of_the_measure(f) and (not compared or _comparison_of(index, f) in ("", "another quarter", compared))
        and not _other_side(index, side, f) and _says_its_measure(text, context, f)
    ]  # fmt: skip
    if family == "currency" and _states_scale(claim):  # a cell of no scale read backs no amount said at one
        fitting = [f for f in fitting if not f.scale_unknown]
        fitting_derived = [d for d in fitting_derived if not _scale_unread(claim, d.family, d.inputs)]
    return _Candidates(direct, fitting, derived, fitting_derived)


# A place said right after an amount, as the last words of its list item: "4% in Mexico, 8% in Peru", "$1.2 billion in
# the U.S.", "12% in Colombia in local currency" (not a period's name: "in Q2", "in FQ3", "in Fiscal 2026", "in June";
# nor a currency, "in USD"; nor a name that goes on: "in U.S. stocks", "in Lilly's second quarter")
_PLACE_RIGHT_AFTER = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<name>(?!(?i:F?Q[1-4]|[1-4]Q|FY|H[12]|CY|The|Last|Prior|Previous|Fiscal|Year|Same|First|"
    r"Second|Third|Fourth|Full|Constant|Local|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![A-Za-z]))(?![A-Z]{3}\b)[A-Z][A-Za-z&.-]*+)"
    r"(?=[ \t]*(?:[,;)]|$|(?:and|in|on|at|for|from|versus|vs)\b)|(?<=\.)[ \t]*(?:$|\n|[A-Z]))"
)


# A dividend named by the year it is for: "FY 2024 dividend payments of", "the dividend for fiscal 2024 of", "the EUR
# 30.3m dividend for FY 2024", "EUR 30.3m of dividends paid for FY 2024", "the EUR 30.3m FY 2024 dividend"
_YEAR_A_DIVIDEND_IS_FOR = r"(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*'?(?:(?:19|20)\d{2}|\d{2})"
_DIVIDEND_OF_A_YEAR_BEFORE = re.compile(
    rf"(?:\b{_YEAR_A_DIVIDEND_IS_FOR}\s+dividends?|\bdividends?(?:\s+payments?)?\s+for\s+(?:the\s+)?{_YEAR_A_DIVIDEND_IS_FOR})"
    r"(?:\s+payments?)?\s+(?:of\s+)?(?:about\s+|approximately\s+)?\S{0,4}$",
    re.IGNORECASE,
)
_DIVIDEND_OF_A_YEAR_AFTER = re.compile(
    rf"\s+(?:of\s+)?(?:{_YEAR_A_DIVIDEND_IS_FOR}\s+dividends?|dividends?(?:\s+(?:payments?|paid))?\s+for\s+(?:the\s+)?"
    rf"{_YEAR_A_DIVIDEND_IS_FOR})\b",
    re.IGNORECASE,
)


def _dividend_of_a_year(text: str, span: Span) -> bool:
    """True when an amount of dividends is named by the fiscal year the dividend is for (``_DIVIDEND_OF_A_YEAR_BEFORE``,
    ``_AFTER``)."""
    return (
        _DIVIDEND_OF_A_YEAR_BEFORE.search(text, max(0, span.start - 60), span.start) is not None
        or _DIVIDEND_OF_A_YEAR_AFTER.match(text, span.end) is not None
    )


def _places_listed(text: str, numbers: Sequence[ClaimNumber]) -> list[str]:
    """The place said right after each number of a claim that lists amounts place by place, two places or more ("grew 4%
    in Mexico, 8% in Peru and 13% in Colombia"); none where it names one (a total's part: "including $8.5 billion in
    Aerospace", which the release may say under a heading of its own)."""
    places = [_place_after(text, number.span.end) if number.kind is None else "" for number in numbers]
    return places if len(set(places) - {""}) > 1 else [""] * len(numbers)


def _place_after(text: str, end: int) -> str:
    """The place ``text`` names right after the amount that ends at ``end`` (``_PLACE_RIGHT_AFTER``), "" for none."""
    said = _PLACE_RIGHT_AFTER.match(text, end)
    return said.group("name").removesuffix(".") if said is not None else ""  # "in Engineering." at a sentence's end


# What may follow an amount said without its currency: a link or a clause's end, not a noun it counts
# ("between 200 million and 225 million of which", not "200 million shares").
_SPOKEN_AMOUNT_END = re.compile(r"[ \t]*(?:[,.;:)]|$|(?:and|or|to|of|in|for|from|with|which|per|this|last|next)\b)", re.IGNORECASE)


def _spoken_amounts(index: FactIndex, claim: ClaimNumber, low: Decimal, high: Decimal) -> list[Fact]:
    """Amounts said aloud without their currency, as a call says them: "our current outlook for capital expenditures
    in fiscal 2021 remains between 200 million and 225 million" -- a count of running text at a scale word, of a metric
    of money only (not shares, units, production ...), and no noun after it that it would count."""
    text = index.document.text
    return [
        fact for fact in index.matches("count", low, high)
        if not fact.in_table and fact.figure.exponent >= 3 and fact.metrics and not fact.metrics & NOT_SPOKEN_MONEY_METRICS
        and _SPOKEN_AMOUNT_END.match(text, fact.figure.span.end) is not None and _precise_enough(claim, fact)
    ]  # fmt: skip


def _table_change_base(
    fact: Fact, release_quarter: tuple[int, int | None] | None, release_end: tuple[int, int, int] | None
) -> str:
    """What a table cell of a change is counted against, as its column's name, else its row's, says."""
    figure = fact.figure
    return change_base_named(figure.column or "", release_quarter, release_end) or change_base_named(
        figure.row or "", release_quarter, release_end
    )


def _compared_base(fact: Fact) -> str:
    """What a table cell of a change is counted against where the arithmetic of its column's rows shows the two
    columns it is computed from (``Fact.compared``): their periods' ends a year apart "annual", a quarter apart
    "sequential", further apart "another quarter" (Auna's "Δ Jun-26 vs Dec-25"); "" where nothing shows it or the
    ends do not tell. Read before the row's levels (``_row_change_base``): Citizens' "4Q21 | 3Q21 | 2Q21 | 1Q21 | 4Q20
    | Change 3Q21 $ | %" was read as counted against 4Q20, the comparison cell nearest before it."""
    if fact.compared is None:
        return ""
    now, then = fact.compared
    return _periods_base(now, then) or (_months_apart(now.end, then.end) > 4 and "another quarter") or ""


def _prose_change_base(index: FactIndex, fact: Fact) -> str:
    """What a change of running text is counted against: as its own words say (``change_base_at``), else as its
    comparison amount's cells, the heading of its section ("Fourth quarter 2021 vs. third quarter 2021",
    ``section_change_base``), its period's length, or what the release says of all its comparisons do ("All
    comparisons in this announcement are year-over-year", ``FactIndex.comparison_convention``); "" when none says."""
    text, span = index.document.text, fact.figure.span
    release_quarter, release_end = _release_quarter(index), index.release_end
    return (
        change_base_at(text, span.start, span.end, release_quarter, release_end)
        or _compared_amount_base(index, fact)
        or section_change_base(text, span.start, release_quarter, release_end)
        or _length_base(fact)
        or index.comparison_convention
    )


# Periods longer than a quarter: their changes are counted against the same period a year earlier
_LONGER_THAN_A_QUARTER = frozenset({"half", "nine_months", "year", "year_to_date"})


def _length_base(fact: Fact) -> str:
    """What a change whose words name no comparison is counted against by its period alone: a year's, a half's or
    nine months' change is "annual" ("For the full year, we grew sales volume 13%", a "Year-to-Date % Change"
    column), never a change from the quarter before; "" for a quarter's or an unknown length."""
    return "annual" if fact.period.length in _LONGER_THAN_A_QUARTER else ""


def _compared_amount_base(index: FactIndex, fact: Fact) -> str:
    """What a change of running text is counted against, where the amount it is counted against ("increased $80
    million, or 16%, from $514 million", "decreased by 17% to EUR 135.0 million (162.7)") is a comparison cell of a
    table row of its metric: that cell's distance from the row's one current cell of its length (``_ends_base``).
    "" when no such cell is found, or the cells found do not agree."""
    text = index.document.text
    at = compared_amount_at(text, fact.figure.span.end)
    if at is None:
        return ""
    amount = next((f for f in index.in_context(fact.figure.context) if at <= f.figure.span.start < at + 4 and not f.change), None)
    return "" if amount is None else _cells_base(index, amount, amount.metrics or fact.metrics)


def _cells_base(index: FactIndex, amount: Fact, metrics: frozenset[str]) -> str:
    """Which comparison an amount of running text is, as the table cells of its value and of one of ``metrics`` say:
    each a comparison cell counted from its row's one current cell of its length (``_ends_base``); "" when no such
    cell is found, or the cells found do not agree."""
    text, release_quarter, release_end = index.document.text, _release_quarter(index), index.release_end
    bases = set()
    for cell in index.matches(amount.family, amount.value, amount.value):
        if not cell.in_table or cell.change or not cell.period.prior or not cell.metrics & metrics:
            continue
        levels = _row_levels(index).get((cell.figure.table, cell.figure.context), ())
        current = [level for level in levels if level.period.prior is False and level.period.length == cell.period.length]
        bases.add(_ends_base(text, current[0], cell, release_quarter, release_end) if len(current) == 1 else "")
    return bases.pop() if len(bases) == 1 else ""


def _pair_base(index: FactIndex, now: Fact, then: Fact) -> str:
    """What a change computed from ``now`` and ``then`` is counted against (``_ends_base``); a comparison amount of
    running text whose words say nothing is read by the table cells of its value ("EUR 135.0 million (162.7)", where
    162.7 is the operative EBITDA of Oct-Dec 2023, ``_cells_base``)."""
    said = _ends_base(index.document.text, now, then, _release_quarter(index), index.release_end)
    if said or then.in_table or not then.period.prior:
        return said
    return _cells_base(index, then, then.metrics or now.metrics)


def _row_change_base(index: FactIndex, fact: Fact, release_quarter: tuple[int, int | None] | None) -> str:
    """What a table cell of a change whose column and row name no comparison ("Change", "% Chg") is counted against,
    told by the level cells of its row of its own length: its current and comparison cells ("Q4'24 | Q4'23 |
    Change") a year apart are "annual", a quarter apart "sequential" (``_ends_base``). "" where the row holds no such
    pair, or pairs that do not agree (a row of "Q3'25 | Q2'25 | Q3'24 | Change" does not say which)."""
    levels = _row_levels(index).get((fact.figure.table, fact.figure.context), ())
    length = fact.period.length
    current = [level for level in levels if level.period.prior is False and level.period.length == length]
    prior = [level for level in levels if level.period.prior and level.period.length == length]
    if not current or not prior or len(current) * len(prior) > _MOST_ROW_PAIRS:
        return ""
    if len(prior) > 1:
        # each comparison followed by its own change column: Copa's "4Q24 | 4Q23 | % Change | 3Q24 | % Change" -- the
        # change right after a comparison cell is counted against that one
        before = [level for level in levels if level.figure.span.end <= fact.figure.span.start]
        nearest = max(before, key=lambda level: level.figure.span.start, default=None)
        if nearest is not None and any(nearest is level for level in prior):
            prior = [nearest]
    # "2,539 | 22% | 2,144 | 19% | 18%": amounts and shares of revenue of the same two quarters tell one comparison
    bases = {_ends_base(index.document.text, now, then, release_quarter) for now in current for then in prior}
    return bases.pop() if len(bases) == 1 else ""


# The pairs of a row's current and comparison cells read for its change column's comparison, at most
_MOST_ROW_PAIRS = 16


def _row_levels(index: FactIndex) -> dict[tuple[int | None, Span], list[Fact]]:
    """The level cells of each table row of ``index`` (its figures' context is the row), found once per index."""
    levels = _ROW_LEVELS.get(index)
    if levels is None:
        levels = _ROW_LEVELS[index] = {}
        for fact in index.facts:
            if fact.in_table and not fact.change:
                levels.setdefault((fact.figure.table, fact.figure.context), []).append(fact)
    return levels


_ROW_LEVELS: weakref.WeakKeyDictionary[FactIndex, dict[tuple[int | None, Span], list[Fact]]] = weakref.WeakKeyDictionary()


def _release_quarter(index: FactIndex) -> tuple[int, int | None] | None:
    """The number and year of the quarter the release reports, against which a quarter named as the one a change is
    compared with is read ("from the first quarter" in a release on the second is sequential)."""
    return (index.fiscal_quarter, index.current_year) if index.fiscal_quarter else None


def _whole_year(index: FactIndex) -> int | None:
    """The year the release reports whole, beside its quarter (``names_the_year``): its year, where its tables print
    current year-long cells of it, on a fourth quarter or one of no number read, or as many as of quarters (twelve
    trailing months beside a second quarter's statements are no year's report). Found once per index."""
    if index not in _WHOLE_YEARS:
        # a release on the year reads a period no words name as the year's already
        year, cells = None if index.main_length == "year" else index.current_year, Counter[str]()
        for fact in index.facts:
            period = fact.period
            if fact.in_table and period.prior is False and not fact.forward and period.end and period.end[0] == year:
                cells[period.length] += 1
        whole = cells["year"] and (index.fiscal_quarter in (4, None) or cells["year"] >= cells["quarter"])
        _WHOLE_YEARS[index] = year if whole else None
    return _WHOLE_YEARS[index]


_WHOLE_YEARS: weakref.WeakKeyDictionary[FactIndex, int | None] = weakref.WeakKeyDictionary()


def _claim_year(index: FactIndex, text: str) -> int | None:
    """The year a claim's own period is of: the release's (``current_year``), or the calendar year of its quarter's end
    where the claim dates that end and the release's year is a fiscal one named after another ("$7.9 million in the
    quarter ended December 31, 2024" in Bioceres' second quarter of fiscal 2025, whose current columns end on
    12/31/2024). A bare year keeps the fiscal reading: "fiscal 2024" is the year before."""
    year = index.current_year
    if year is None:
        return year
    dated = {said for said in months_dated(text) if said[0] != year}
    if not dated:
        return year
    if index not in _CURRENT_MONTHS:
        _CURRENT_MONTHS[index] = frozenset(
            (fact.period.end[0], fact.period.end[1]) for fact in index.facts
            if fact.in_table and fact.period.prior is False and not fact.forward and fact.period.end and fact.period.end[2]
        )
    ends = dated & _CURRENT_MONTHS[index]
    return max(ends)[0] if ends else year


_CURRENT_MONTHS: weakref.WeakKeyDictionary[FactIndex, frozenset[tuple[int, int]]] = weakref.WeakKeyDictionary()


def _claim_base(index: FactIndex, claim: ClaimNumber, context: _ClaimContext) -> str:
    """What the claim's change is counted against, as its words say (``change_base``): "sequential", "annual",
    "another quarter" or ""."""
    if not context.change:
        return ""
    return change_base_at(context.words, claim.span.start, claim.span.end, _release_quarter(index), index.release_end)


def _ends_base(
    text: str,
    current_fact: Fact,
    prior_fact: Fact,
    release_quarter: tuple[int, int | None] | None,
    release_end: tuple[int, int, int] | None = None,
) -> str:
    """What a change computed from two figures is counted against, by how far apart their periods end: about a year
    "annual", about a quarter "sequential"; years dated alone ("2024 | 2023") are a year apart. Figures of
    running text are told by the words after the comparison figure ("compared to $6.4 million for the same period last
    year", "as of March 31, 2026"), else by those right before it ("the previous year's figure (EUR 443.1 million)");
    "" when nothing tells."""
    if not prior_fact.in_table and prior_fact.period.prior:
        return _comparison_said(text, prior_fact, release_quarter, release_end)
    now = current_fact.period
    if now.end is None and now.prior is False:
        # a figure of the release's own period that dates none ("2.40 percent" in its text)
        now = Period(now.length, now.prior, release_end)
    return _periods_base(now, prior_fact.period)


def _periods_base(now: Period, then: Period) -> str:
    """What a change from period ``then`` to ``now`` is counted against, by how far apart they end (``_ends_base``)."""
    current, prior = now.end, then.end
    if not current or not prior:
        return ""
    if not current[1] or not prior[1]:
        # years alone are a year apart when the figures are of years, halves or nine months ("Year-to-Date 2026 |
        # Year-to-Date 2025"); "Q1 2025 | Q4 2024" may be dated by years alone
        years = now.length == then.length and now.length in _LONGER_THAN_A_QUARTER
        return "annual" if years and not current[1] and not prior[1] and current[0] - prior[0] == 1 else ""
    return _months_apart_base(current, prior)


def _months_apart(current: tuple[int, int, int] | None, prior: tuple[int, int, int] | None) -> int:
    """How many months apart two ends dated to the month are; 0 where either is not."""
    if not current or not prior or not current[1] or not prior[1]:
        return 0
    return (current[0] - prior[0]) * 12 + current[1] - prior[1]


def _months_apart_base(current: tuple[int, int, int], prior: tuple[int, int, int]) -> str:
    """"annual" for periods that end about a year apart, "sequential" about a quarter apart, else "" (both dated to
    the month)."""
    months = _months_apart(current, prior)
    if 11 <= months <= 13:
        return "annual"
    return "sequential" if 2 <= months <= 4 else ""


def _comparison_said(
    text: str, fact: Fact, release_quarter: tuple[int, int | None] | None, release_end: tuple[int, int, int] | None
) -> str:
    """Which comparison period a figure of running text is, as the words right after it say ("compared to $6.4
    million for the same period last year", "as of March 31, 2026"), else those right before it ("the previous
    year's figure (EUR 443.1 million)")."""
    start, end = fact.figure.span
    return comparison_period_base(text[end : end + _COMPARISON_REACH], release_quarter, release_end) or (
        comparison_named_before(text[max(0, start - 60) : start], release_end)
    )


def _claimed_comparison(index: FactIndex, claim: ClaimNumber, context: _ClaimContext) -> str:
    """Which comparison period a claim's level of one is, as the words right after it say: "annual" for "$2.2 million
    a year earlier", "sequential" for "$5.3 million in the prior quarter"; "" when they do not say, or the number is no
    level of a comparison period. A quarter named by its number ("in Q4 2023") is left unread: which quarter the
    release reports is read from its words, and a misread one would turn a year back into a quarter back."""
    if context.change or context.period.prior is not True:
        return ""
    after = context.words[claim.span.end : claim.span.end + _COMPARISON_REACH]
    said = comparison_period_base(after, None, index.release_end)
    return said if said in ("annual", "sequential") else ""


def _comparison_of(index: FactIndex, fact: Fact) -> str:
    """Which comparison period a source figure of one is: in running text as its words say ("compared to $5.3
    million for the first quarter of 2025 and $2.2 million for the second quarter of 2024"), in a table by how far its
    column's end lies from the release's ("4Q20" beside "4Q21" is a year back); "" when nothing tells."""
    if fact.change or fact.period.prior is not True:
        return ""
    release_end = index.release_end
    if not fact.in_table:
        return _comparison_said(index.document.text, fact, _release_quarter(index), release_end)
    prior = fact.period.end
    if not (prior and prior[1] and release_end and release_end[1]):
        return ""
    return _months_apart_base(release_end, prior)


_COMPARISON_REACH = 120  # how far after a comparison period's figure the words that name that period may reach


def _quarters_claimed(words: str, at: int) -> frozenset[int]:
    """The quarters the clause of a claim that holds offset ``at`` names (``clause_ends``): none for "fy eps
    $2.66-$2.86" of "sees q3 eps $0.00-$0.10; fy eps $2.66-$2.86"."""
    starts, named = _quarter_clauses(words)
    return named[bisect.bisect_right(starts, at) - 1]


@functools.lru_cache(maxsize=64)
def _quarter_clauses(words: str) -> tuple[list[int], list[frozenset[int]]]:
    """Where each clause of a claim starts, and the quarters it names: read once per claim, not once per number (a
    claim of thousands of numbers)."""
    starts = [0, *clause_ends(words)]
    ends = [*starts[1:], len(words)]
    return starts, [quarters_named(words[start:end], compared=False) for start, end in zip(starts, ends)]


def _scale_unread(claim: ClaimNumber, family: str, inputs: Sequence[Fact]) -> bool:
    """Whether an amount of money computed from ``inputs`` holds a cell of no scale read (``Fact.scale_unknown``)
    while the claim says its amount at a scale: then the computed amount's scale is unknown too."""
    return family == "currency" and family_of(claim.unit) == "currency" and any(f.scale_unknown for f in inputs) and _states_scale(claim)


_CLAIM_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALE_WORD_SAID = re.compile(r"\b(?:thousand|million|billion|trillion)s?\b", re.IGNORECASE)


def _states_scale(claim: ClaimNumber) -> bool:
    """Whether a claim's amount is said at a scale ("$6.6 million", "$5,854 thousand", "$1.2bn"): its
    precision is coarser than its printed digits."""
    digits = _CLAIM_DIGITS.search(claim.text)
    if digits is None:  # a number in words ("eight million dollars")
        return _SCALE_WORD_SAID.search(claim.text) is not None
    return len(digits.group(1) or "") - claim.decimals > 0


def _unknown_scale(index: FactIndex, claim: ClaimNumber, context: _ClaimContext) -> Fact | None:
    """A table cell of no scale read (``Fact.scale_unknown``) that holds the claim's amount said at a
    scale, at whatever scale its table may be in (as printed, or in thousands, millions, billions), and
    whose row and column fit the claim: the value may be in the source, but its scale could not be read."""
    if family_of(claim.unit) != "currency" or not _has_unknown_scale(index) or not _states_scale(claim):
        return None
    low, high = claim.interval
    for exponent in (0, 3, 6, 9):
        for fact in index.matches("currency", low.scaleb(-exponent), high.scaleb(-exponent)):
            if fact.scale_unknown and _fits(context, fact):
                return fact
    return None


_UNKNOWN_SCALES: weakref.WeakKeyDictionary[FactIndex, bool] = weakref.WeakKeyDictionary()


def _has_unknown_scale(index: FactIndex) -> bool:
    """Whether the release holds a table cell of money of no scale read (``Fact.scale_unknown``), found once per
    index: most releases state every table's scale, and ``_unknown_scale`` then looks up no amount of a claim at
    four scales (a claim line of thousands of amounts had each looked up four times for nothing)."""
    known = _UNKNOWN_SCALES.get(index)
    if known is None:
        known = _UNKNOWN_SCALES[index] = any(fact.scale_unknown for fact in index.facts)
    return known


def _directed(
    index: FactIndex, claim: ClaimNumber, context: _ClaimContext, families: Sequence[str], direct: list[Fact]
) -> list[Fact]:
    """The figures that back a claim's level of money whose words give it a direction
    (``facts.directions``: "cash used in investing activities was $23.2 million", "income tax
    benefit of"): of those of its value (``direct``), the ones of no direction said or of the
    same; and the ones of its size, printed with the other sign, whose direction is the same
    ("(23.2)" under "Net cash used in investing activities"). A figure of the opposite direction
    never backs it, whatever its sign; a figure of no direction said backs only its signed value."""
    if context.change or not _claim_holds(context.words, DIRECTION_KEYWORDS):
        return direct  # a claim of no direction word gives none of its amounts a direction (``amount_direction``: None)
    # parentheses that an aside's reading took for no sign ("net income of $21.3 million ($0.43)": the amount per
    # share of the income, ``claims._per_share_asides``) print no loss
    printed = printed_negative(claim.text) and claim.value < 0
    said = amount_direction(context.words, claim.span.start, claim.span.end, claim.unit, printed)
    if said is None:
        return direct
    low, high = claim.interval
    text = index.document.text
    kept = [fact for fact in direct if _direction(text, fact) in (None, said)]
    seen = {id(fact) for fact in direct}
    kept += [
        fact
        for source_family in families
        for fact in index.matches(source_family, -high, -low)
        if id(fact) not in seen
        and _direction(text, fact) is said
        and _precise_enough(claim, fact)
        and not (claim.unit is Unit.PER_SHARE and fact.figure.exponent > 0)
    ]
    return kept


def _direction(text: str, fact: Fact) -> Direction | None:
    """The direction of a source figure: its row's (``Fact.direction``), or, in running text,
    its words' read as a claim's are."""
    if fact.change:
        return None
    if fact.in_table:
        return fact.direction
    figure = fact.figure
    said = amount_direction(text, figure.span.start, figure.span.end, figure.unit, figure.negative)
    if said is None and fact.metrics == _PROVISION and figure.unit is Unit.CURRENCY:
        # "Provision for credit losses for the second quarter of 2025 was $2.8 million": its words too far from the
        # amount, a provision goes the way its row's would ("Provision for credit losses": a plain amount an expense,
        # a negative one a benefit), not both ways ("Provision benefit fell to $2.8 million" is not backed)
        return Direction.ADVERSE if fact.value > 0 else Direction.FAVOURABLE
    return said


_PROVISION = frozenset({"credit_provision"})


def _outflow_sizes(
    index: FactIndex, claim: ClaimNumber, context: _ClaimContext, families: Sequence[str], low: Decimal, high: Decimal
) -> list[Fact]:
    """The cells of cash paid out, in parentheses ("Capital expenditures (146)", "Dividend paid
    (535)"), read by their size for a claim's plain amount of such an outflow ("capital
    expenditures of $146 million", "$535 million in dividends"): only cells of an outflow's
    metric (``OUTFLOW_METRICS``, and income tax: "income tax of $97.7 million" is "Income tax expense (97,703)"), for
    a claim that names one or no metric."""
    if low < 0 or context.change or (context.metric and context.metric not in _PAID_OUT) or not _has_outflow_cells(index):
        return []
    found = [
        fact
        for source_family in families
        for fact in index.matches(source_family, -high, -low)
        if fact.value < 0 and fact.metrics & _PAID_OUT and fact.in_table and _precise_enough(claim, fact)
    ]
    if found and not context.metric:  # what a claim that names no metric says it returned ("ADI returned $1,692 million")
        returned = _RETURNED.search(context.words, max(0, claim.span.start - 80), claim.span.start)
        found = [fact for fact in found if returned and "capital_return" in fact.metrics]
    return [fact.negated() for fact in found]


_PAID_OUT = OUTFLOW_METRICS | {"tax"}  # what a statement prints in parentheses and a claim says by its size
_OUTFLOW_CELLS: weakref.WeakKeyDictionary[FactIndex, bool] = weakref.WeakKeyDictionary()


def _has_outflow_cells(index: FactIndex) -> bool:
    """Whether the release holds a table cell of an outflow printed negative (``_outflow_sizes``' cells), found once
    per index: where it holds none, no amount of a claim is looked up by its size (a line of thousands of amounts
    looked each up in every family for nothing)."""
    known = _OUTFLOW_CELLS.get(index)
    if known is None:
        known = _OUTFLOW_CELLS[index] = any(
            fact.value < 0 and fact.in_table and not fact.metrics.isdisjoint(_PAID_OUT) for fact in index.facts
        )
    return known


_RETURNED = re.compile(r"\breturn(?:ed|s|ing)?\b")
# A claim's change of money used ("Net cash used in financing activities was S/271 million, an increase of ...").
_USED_IN = re.compile(r"\bused\s+(?:in|for|by)\b(?:[^;.]|\.\d)*$")


def _outflow_changes(
    index: FactIndex, claim: ClaimNumber, families: Sequence[str], direct: list[Fact], low: Decimal, high: Decimal
) -> list[Fact]:
    """A change of money used, as a claim says it, by its size: the outflow "increased" by S/63 million where
    a row "Net cash used in financing activities" prints its levels as outflows, (271) and (209), and their
    change as (63). In such a row the signed change goes the other way from the claim's words, so its cells
    back the claim's change of the opposite sign, and no longer the one of the same sign ("a decrease of
    S/63 million" is wrong). Rows whose label says money is used, one way only, with levels printed negative."""
    kept = [fact for fact in direct if not _outflow_row(index, fact)]
    seen = {id(fact) for fact in direct}
    for source_family in families:
        for fact in index.matches(source_family, -high, -low):
            if id(fact) not in seen and _outflow_row(index, fact) and _precise_enough(claim, fact):
                kept.append(fact.negated())
    return kept


def _outflow_row(index: FactIndex, fact: Fact) -> bool:
    """True when ``fact`` is a change cell of a table row of money used whose levels print as negatives."""
    if not (fact.change and fact.in_table and fact.family == "currency"):
        return False
    said = label_direction(fact.figure.row or "")
    if said is None or said != (Direction.ADVERSE, Direction.ADVERSE) or not _USED_LABEL.search(fact.figure.row or ""):
        return False
    rows = _NEGATIVE_ROWS.get(index)
    if rows is None:
        rows = _NEGATIVE_ROWS[index] = {
            f.figure.context for f in index.facts if f.in_table and not f.change and f.family == "currency" and f.value < 0
        }
    return fact.figure.context in rows


_USED_LABEL = re.compile(r"\bused\s+(?:in|for|by)\b", re.IGNORECASE)
_NEGATIVE_ROWS: weakref.WeakKeyDictionary[FactIndex, set[Span]] = weakref.WeakKeyDictionary()


def _decide(
    index: FactIndex,
    claim: ClaimNumber,
    context: _ClaimContext,
    found: _Candidates,
    citations: Sequence[Span] | None,
    reason: str = "",
    anchors: set[Span] | None = None,
    stated: frozenset[Span] = frozenset(),
) -> NumberCheck:
    """The status of one number of a claim, with the figures that support it or come nearest.
    ``anchors``: where the levels its change accompanies stand; a change computed for it must
    come from there too. ``stated``: the source figures that back the claim's own levels (``_stated_cells``)."""
    cited = [fact for fact in found.fitting if _cited(fact.figure.span, citations)]
    if cited:
        return _check(claim, Status.VERIFIED, supports=tuple(_ref(f) for f in cited[:3]))
    cited_derived = [d for d in found.fitting_derived if all(_cited(f.figure.span, citations) for f in d.inputs)]
    if cited_derived or (found.fitting_derived and not found.fitting):
        chosen = (cited_derived or found.fitting_derived)[0]
        current, prior = chosen.inputs
        formula = f"{chosen.formula}: {current.figure.text} vs {prior.figure.text} = {_round(chosen.value)}"
        status = Status.DERIVED if cited_derived else Status.MISATTRIBUTED
        return _check(claim, status, supports=tuple(_ref(f) for f in chosen.inputs), formula=formula)
    if found.fitting:
        return _check(claim, Status.MISATTRIBUTED, candidates=tuple(_ref(f) for f in found.fitting[:3]),
                           reason="found in the document, outside the cited spans")  # fmt: skip
    computed = None if reason else _analyst_math(index, claim, context, citations, anchors or set(), stated)
    if computed is not None:
        return computed
    unscaled = None if reason else _unknown_scale(index, claim, context)
    if unscaled is not None:
        return _check(claim, Status.CONTEXT_MISMATCH, candidates=(_ref(unscaled),),
                      reason=f"the value may be in the source ({_where(unscaled)}), but its scale could not be read: "
                             "its table states none")  # fmt: skip
    if found.direct or found.derived:
        near = [_ref(f) for f in found.direct[:3]] or [_ref(f) for d in found.derived[:1] for f in d.inputs]
        unreadable = next((fact for fact in found.direct if _unreadable(context, fact)), None)
        if unreadable is not None and not reason:
            reason = (f"the value is in the source ({_where(unreadable)}), but its period or metric could not be read")
        return _check(claim, Status.CONTEXT_MISMATCH, candidates=tuple(near),
                           reason=reason or _mismatch_reason(found.direct[0] if found.direct else None))  # fmt: skip
    family = CLAIM_FAMILIES[family_of(claim.unit)][0]
    near = [_ref(f) for f in index.nearest(family, claim.value)]
    return _check(claim, Status.UNSUPPORTED, candidates=tuple(near), reason="no source figure matches")


# A change claimed in these units is computed from levels of these families, as a difference or percent change.
_COMPUTED_FROM = {
    "percent": (("currency", "percent"), ("per_share", "percent"), ("count", "percent"), ("shares", "percent")),
    "currency": (("currency", "difference"),),
    "per_share": (("per_share", "difference"),),
    "points": (("percent", "difference"),),
}


def _analyst_math(
    index: FactIndex,
    claim: ClaimNumber,
    context: _ClaimContext,
    citations: Sequence[Span] | None,
    anchors: set[Span],
    stated: frozenset[Span] = frozenset(),
) -> NumberCheck | None:
    """A claim's number backed by a value computed as an analyst would (``analyst_math``): the
    change of its own metric from a current and a comparison figure ("EPS rose by $0.06", "the
    net loss shrank 37.5%"), or, for guidance, an end of a centre-and-tolerance range, or a level
    computed across rows (``_across_rows``). The value computed from the figures as printed must
    round to the claim. A value computed only from figures that back the claim's own levels
    (``stated``) is of the rows the claim names, whatever else their labels say: GeoVax's "Of $3.09
    million in nine-month BARDA contract revenue, $2.79 million came in Q3, so the first half brought
    only about $0.30 million" is computed from the very cells of "Revenue from government contract" that
    back its $3.09 million and $2.79 million."""
    low, high = claim.interval
    if claim.unit is Unit.BASIS_POINTS:
        low, high = low / _HUNDRED, high / _HUNDRED
    family = family_of(claim.unit)
    moved_metric = context.metric if context.change and _midpoint_said(context.words, claim) else None
    if context.change and context.metric and not context.forward and not moved_metric:
        computed = [
            c
            for source_family, kind in _COMPUTED_FROM.get(family, ())
            for c in changes_of(index, context.metric, source_family, context.period.length, kind)
        ]
    elif moved_metric:
        # "The midpoint of PATRIZIA's new EBITDA guidance, EUR 57.5m, is EUR 7.5m above the midpoint of the previous
        # range": how far the release's revision moved the midpoint, of the claim's metric
        computed = [
            c for source_family in CLAIM_FAMILIES.get(family, (family,))
            for c in midpoint_moves(index, source_family)
            if metrics_compatible(moved_metric, set(c.inputs[0].metrics), unknown_fits=False)
        ]
    elif not context.change and (_midpoint_said(context.words, claim) or (context.metric and context.forward)):
        # (the midpoint of a range, said without a word of the outlook: "The midpoint of the Q1 FY27 revenue range,
        # $10.55 billion" -- of a range the release prints as its outlook, below)
        computed = [
            # "adj. EPS of $3.86 +/- $0.15, i.e. $3.71 to $4.01": money said without "a share" is compared with
            # amounts per share too, as a claim's level is (``CLAIM_FAMILIES``)
            c for source_family in CLAIM_FAMILIES.get(family, (family,)) if source_family in ("currency", "per_share", "percent")
            for c in tolerance_ends(index, source_family)
            if metrics_compatible(context.metric, set(c.inputs[0].metrics), unknown_fits=False)
            and _centre_said(context.words, claim.span.start, c.inputs[0])
            and forward_at(index.document.text, c.inputs[0])
        ] if context.forward and context.metric else []
        if _midpoint_said(context.words, claim):
            # "the prior $13.025 billion midpoint": of a range the release prints ("$12.95 billion to $13.1 billion");
            # a range of a measure no vocabulary names, of the thing the claim says the guidance is of ("The 2025
            # closings guidance midpoint of 13,750 homes": "Home closings are expected to be between 13,500 to 14,000")
            thing = [] if context.metric else (
                guided_thing(context.words, claim.span.start) or _thing_of_the_midpoint_after(context.words, claim.span.end)
                or _counted_thing(context.words, claim.span.end)
            )
            computed += [
                c for source_family in CLAIM_FAMILIES.get(family, (family,))
                for c in range_midpoints(index, source_family)
                if (metrics_compatible(context.metric, set(c.inputs[0].metrics), unknown_fits=False) if context.metric
                    # a midpoint "a share" of no measure named: of the release's range of amounts per share ("The 2025
                    # guidance midpoint is EUR6.65 a share": "expected between EUR6.60 and EUR6.70 per share")
                    else range_named(index, c.inputs[0], thing) or (not thing and claim.unit is Unit.PER_SHARE))
                and forward_at(index.document.text, c.inputs[0])
            ]  # fmt: skip
        computed += _rests_said(index, claim, context, family) or []
    else:
        computed = _across_rows(index, claim, context)
    base = _claim_base(index, claim, context)
    # the tolerance itself, said after the centre ("adj. EPS of $3.86 +/- $0.15"): the source's, of the same centre
    tolerance = context.forward and TOLERANCE_BEFORE.search(
        context.words, max(0, claim.span.start - TOLERANCE_REACH), claim.span.start
    )
    for c in computed:
        if anchors and not _computed_at(c.inputs, anchors):
            continue  # "U.S. retail net revenues declined 15.9% to $29.6 million": not another channel's change
        if base and c.formula in ("percent change", "difference") and _pair_base(index, c.inputs[0], c.inputs[1]) not in ("", base):
            continue  # "grew 71 percent sequentially" is no change from the quarter a year before
        if c.formula in ("percent change", "difference") and _named_a_loss(context.words, claim) and not any(map(_a_loss, c.inputs)):
            continue  # "net loss declined 15%", "net loss rose by $57.4 million" is no change of two profits
        if c.formula in ("margin", "segment margin") and _claimed_side(context, claim) == "loss" and not _a_loss(c.inputs[0]):
            continue  # "Net loss margin widened 580 basis points to 13.5%" is no margin of a profit
        value = abs(c.inputs[1].value) if tolerance else c.value
        fits = low <= value < high  # the value computed from the figures as printed rounds to the claim
        # a sum of a balance sheet's cash and securities rows names its rows by its own rule (``cash_and_securities``),
        # and so do a tax rate ("Provision for income taxes" over "Income before provision for income taxes") and a sum
        # of the rows a claim lists (``named_row_sums``: "iPhone" for "iPhone and Related Products and Services")
        named = c.formula in (CASH_AND_SECURITIES, CASH_AND_SHORT_TERM, BOOK_TO_BILL, TAX_RATE, NAMED_ROWS_SUM) or all(
            (not f.segment or f.segment in context.segments) and names_row(f, context.words) for f in c.inputs
        ) or all(f.figure.span in stated for f in c.inputs)
        if fits and named and all(_backs_the_basis(context, f, computed=True) for f in c.inputs) and not _scale_unread(
            claim, family, c.inputs
        ):
            cited = all(_cited(f.figure.span, citations) for f in c.inputs)
            first = c.inputs[0]
            joined = " + ".join(f.figure.text for f in c.inputs) if c.formula in _SUMS else ""
            if c.formula in (OUTLOOK_REST, OUTLOOK_REST_END, OUTLOOK_TOTAL):  # "$13.1 billion to $13.2 billion less 6,320.8"
                outlook, part = c.inputs[:-1], c.inputs[-1]
                joined = f"{' to '.join(f.figure.text for f in outlook)} {'plus' if c.formula == OUTLOOK_TOTAL else 'less'} {part.figure.text}"
            elif c.formula == NAMED_DIFFERENCE:  # "7,009 less (1,063)": an outflow printed negative, taken by its size
                joined = f"{first.figure.text} less {c.inputs[1].figure.text}"
            elif c.formula == A_YEAR_OF_PAYMENTS:  # "4 x US$1.61"
                joined = f"4 x {first.figure.text}"
            elif c.formula == MIDPOINT_MOVE:  # "midpoint of EUR 50.0 to 65.0m less that of EUR 40.0 to 60.0m"
                new_low, new_high, earlier_low, earlier_high = (f.figure.text for f in c.inputs)
                joined = f"midpoint of {new_low} to {new_high} less that of {earlier_low} to {earlier_high}"
            elif c.formula == OUTLOOK_LATER:  # "$8.150 to $8.158 billion less 3,568,047 less $2.160 to $2.164 billion"
                year = [f for f in c.inputs[:-1] if f.period.length != "quarter"]
                next_quarter = [f for f in c.inputs[:-1] if f.period.length == "quarter"]
                joined = (f"{' to '.join(f.figure.text for f in year)} less {c.inputs[-1].figure.text} less "
                          f"{' to '.join(f.figure.text for f in next_quarter)}")
            shown = f"{c.value:.4g}" if c.formula == BOOK_TO_BILL else _round(value)  # a ratio near 1: "1.133"
            name = "tolerance of the centre" if tolerance else c.formula
            formula = f"{name}: {joined or f'{first.figure.text} vs {c.inputs[1].figure.text}'} = {shown}"
            status = Status.DERIVED if cited else Status.MISATTRIBUTED
            return _check(claim, status, supports=tuple(_ref(f) for f in c.inputs), formula=formula)
    return None


# values shown as the sum of their inputs
_SUMS = (CASH_AND_SECURITIES, CASH_AND_SHORT_TERM, NAMED_ROWS_SUM, NAMED_MEASURES_SUM, DEBT_WITH_CURRENT_PORTION)
_MIDPOINT_REACH = 90  # how far from a claim's amount "midpoint" may say what it is: "the prior $13.025 billion midpoint"


def _centre_said(words: str, start: int, centre: Fact) -> bool:
    """Whether the centre a range's end is computed from is the one the claim states, where it states one before
    the end ("GAAP EPS of $3.14 +/- $0.15, i.e. $3.71 to $4.01" is not backed by adjusted EPS's $3.86 +/- $0.15):
    the digits said before the claim's last "+/-" before the end, against the centre's as printed."""
    tolerances = list(_TOLERANCE_SAID.finditer(words, max(0, start - _CENTRE_WORDS), start))
    if not tolerances or metrics_in(words[tolerances[-1].end() : start]):
        # "sees revenue of $12.7 billion to $13.3 billion", "($4.3 billion +/- $100 million) and adjusted EPS of
        # $3.71-$4.01": the claim states no centre of the end's metric
        return True
    said = _LAST_DIGITS.search(words, max(0, tolerances[-1].start() - 20), tolerances[-1].start())
    printed = _LAST_DIGITS.search(centre.figure.text)
    return said is not None and printed is not None and Decimal(said.group().replace(",", "")) == Decimal(
        printed.group().replace(",", "")
    )


_TOLERANCE_SAID = re.compile(r"\+/-|±|plus or minus")
_LAST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?(?!.*\d)")
_CENTRE_WORDS = 80  # how far before a range's end the claim's centre and tolerance may stand


_REST_REACH = 120  # "imply first-half net sales of about $544.9 million and net income of about $74.1 million"


def _rests_said(index: FactIndex, claim: ClaimNumber, context: _ClaimContext, family: str) -> list[Computed] | None:
    """What is left of a period once a part is taken out, for a claim that says its amount is ("Implied first-quarter
    income from operations was about $1.2 billion": the half less its second quarter; "the new guidance midpoint
    implies about $6.83 billion for the second half": the year's outlook less the half reported), of the part of the
    year the claim names, or of its length; None where the claim says no such thing. A period whose figures of the
    metric the release prints nowhere is one the claim computes, though it says no "implied" ("so the first half brought
    only about $0.30 million", in a release of the third quarter: the nine months less the third quarter)."""
    rest_said = (
        REST_SAID.search(context.words, max(0, claim.span.start - _REST_REACH), claim.span.start)
        if _claim_holds(context.words, REST_WORDS) else None
    )
    said = rest_said is not None
    if not context.metric and not (said and context.length_named and not context.forward):
        return None  # a claim of no metric computes only the rest of a row it names in full, and says it does
    if not said and not (
        context.metric and context.length_named and not context.forward and not _length_printed(index, context.metric, context.period.length)
    ):
        return None
    # a quarter of a quarterly release's own length is placed by its name: "from an implied $2,986.9 million in Q1"; where
    # the claim's words read no length, the quarter or half said right after the amount gives it ("Consumer Loan
    # Marketplace volume of $4,259 million in Q2 was up roughly 47% from an implied $2,902 million in Q1")
    # a range's low end is placed by what is said after its high end: "implies roughly $1.08-$1.11 billion in the
    # second half" (not the "first-half revenue" said before it)
    high_end = _RANGE_HIGH_END.match(context.words, claim.span.end)
    end = high_end.end() if high_end else claim.span.end
    length = context.period.length or _length_said_after(context.words, end)
    piece = claimed_piece(context.words, claim.span.start, end, length, not context.length_named)
    year_before = rest_said is not None and context.period.prior and _said_a_year_before(context.words, claim.span.end)
    named = first_piece_named(context.words, rest_said.start(), claim.span.start) if rest_said and year_before else None
    if named is not None:
        # the level a year before of the period the claim computes, said after it: Lowe's "implied Q1 2026 sales of about
        # $23.08 billion (H1 $49.03 billion less Q2), up roughly 10% from about $20.93 billion a year earlier" -- the
        # first quarter a year before, the half less its second quarter of the year before's columns
        length, piece = named
    if not context.length_named and piece is None:
        return None
    prior = context.period.prior
    if prior and piece and piece[0] == piece[1] < (index.fiscal_quarter or 0) and _of_this_year(context.words, claim, index):
        prior = False  # "up 11.6% q/q from an implied $2,986.9 million in Q1" of a second quarter: this year's
    if not context.metric:
        rests = named_row_rests(index, family, context.words)
    else:
        # a new list: both lists are kept per index, and are not to grow
        rests = [*([] if context.forward else period_rests(index, context.metric, family)),
                 *(outlook_rests(index, context.metric, family) if said else [])]
    range_end = _RANGE_END_BEFORE.search(context.words, max(0, claim.span.start - 24), claim.span.start) or (
        _RANGE_END_AFTER.match(context.words, claim.span.end)
    )
    found = [
        c for rest, c in rests
        if (rest == piece if piece else length_of(rest) == length)
        and (prior is None or bool(c.inputs[0].period.prior) == prior)
        and (c.formula != OUTLOOK_REST_END or range_end)  # an end of the rest only for an end of a range the claim says
    ]  # fmt: skip
    return found if found or context.metric else None  # of no metric, other readings (a sum of rows) may still apply


# An amount is an end of a range of amounts the claim says: "roughly EUR 5.4m to EUR 20.4m", "$1.08-$1.11 billion" (not
# a change's level: "rose 5% to $1.11 billion")
_RANGE_END_BEFORE = re.compile(r"\d(?:\.\d+)?(?:[ ]?(?:[mbk]|mn|bn|million|billion))?\s*(?:-|–|to)\s*(?:[A-Z]{0,3}[ ]?)?[$€£¥]?$")
_RANGE_END_AFTER = re.compile(r"(?:[ ]?(?:[mbk]|mn|bn|million|billion))?\s*(?:-|–|to)\s*(?:[A-Z]{0,3}[ ]?)?[$€£¥]?\d")


# The rest of a range after its low end, up to its high end's last digit and scale: "-$1.11 billion", " to $4.4 billion"
_RANGE_HIGH_END = re.compile(
    r"(?:[ ]?(?:[mbk]|mn|bn|million|billion))?\s*(?:-|–|to)\s*(?:[A-Z]{0,3}[ ]?)?[$€£¥]?\d[\d,]*(?:\.\d+)?"
    r"(?:[ ]?(?:[mbk]|mn|bn|million|billion)\b)?"
)


def _said_a_year_before(words: str, end: int) -> bool:
    """Whether the words right after an amount ending at ``end`` say it is a year before's ("a year earlier", "in the
    prior year"), and name no quarter or half of their own ("... in Q1" places it)."""
    return PIECE_SAID_AFTER.match(words, end) is None and YEAR_AGO.search(words, end, end + _YEAR_AGO_REACH) is not None


_HALF_SAID = re.compile(r"half|h[12]|[12]h", re.IGNORECASE)
_NINE_MONTHS_SAID = re.compile(r"nine|9m", re.IGNORECASE)


def _length_said_after(words: str, end: int) -> str:
    """The length of the quarter, half or nine months said right after an amount ending at ``end`` ("$2,902 million in
    Q1": a quarter), "" where none is."""
    said = PIECE_SAID_AFTER.match(words, end)
    if said is None:
        return ""
    period = said.group("period")
    return "half" if _HALF_SAID.search(period) else "nine_months" if _NINE_MONTHS_SAID.search(period) else "quarter"


def _length_printed(index: FactIndex, metric: str, length: str) -> bool:
    """Whether the release prints a level of ``metric`` (or one it fits) for a period of ``length``."""
    printed = _LENGTHS_PRINTED.get(index)
    if printed is None:
        printed = _LENGTHS_PRINTED[index] = {
            (name, fact.period.length) for fact in index.facts if not fact.change for name in fact.metrics
        }
    return any(printed_length == length and metrics_compatible(metric, {name}) for name, printed_length in printed)


_LENGTHS_PRINTED: weakref.WeakKeyDictionary[FactIndex, set[tuple[str, str]]] = weakref.WeakKeyDictionary()


def _of_this_year(words: str, claim: ClaimNumber, index: FactIndex) -> bool:
    """Whether the quarter said right after a claim's amount says no year, or the release's ("in Q1", "in Q1 2026";
    not "from an implied $5,956 million in Q1 2025"), and no words around it say a year before ("was about $1.08
    billion a year earlier")."""
    said = PIECE_SAID_AFTER.match(words, claim.span.end)
    year = said and (said.group("glued") or said.group("year"))
    if year and int(year) % 100 != (index.current_year or 0) % 100:
        return False
    around = words[max(0, claim.span.start - _YEAR_AGO_REACH) : claim.span.end + _YEAR_AGO_REACH]
    return YEAR_AGO.search(around) is None


_YEAR_AGO_REACH = 30  # how far from an amount the words that say it is a year before's may stand


def _across_rows(index: FactIndex, claim: ClaimNumber, context: _ClaimContext) -> list[Computed]:
    """What an analyst computes from two figures of different rows of one period, for a level the claim
    names (issue 11): a segment's margin, net debt, a comparison level from a level and its stated change,
    a total of two amounts a sentence lists. Each only where the claim's words ask for it, from the rows
    they name, of the claim's period."""
    if context.change or context.forward:
        return []
    family = family_of(claim.unit)
    if family == "count" and _BOOK_TO_BILL_SAID.search(context.words, max(0, claim.span.start - _OUTSIDE_REACH), claim.span.start):
        # "a book-to-bill of about 1.13 in the quarter": the orders row over the revenue row of the claim's period
        return [c for c in book_to_bills(index) if _margin_period(context, c.inputs[0])]
    if context.metric and family == "percent" and not unread_margin(context.words, claim.span.end):
        # (not "a 39.5% net margin" of "operating income": a margin its words say is of what no metric names)
        margins = [c for c in segment_margins(index, context.metric, context.words) if _margin_period(context, c.inputs[0])]
        if not context.segments and (
            _MARGIN.search(context.words, max(0, claim.span.start - 60), claim.span.start)
            or BARE_MARGIN_AFTER.match(context.words, claim.span.end)
        ):
            # "Non-GAAP operating margin came in at 42.7%", "adj. EBITDA $15.4m, a ~14% margin": the company's line over its total revenue
            # of the claim's own side (a margin that names no comparison is the release's period's) and of its
            # basis as said, on both sides (a GAAP EBIT line whose row says no basis is no adjusted EBIT margin)
            margins += [
                c for c in company_margins(index, context.metric)
                if _margin_period(context, c.inputs[0]) and bool(c.inputs[0].period.prior) == bool(context.period.prior)
                and c.inputs[0].basis == context.basis
            ]  # fmt: skip
        if context.metric == "tax" and _RATE.search(context.words, max(0, claim.span.start - 60), claim.span.start):
            # "McDonald's Q2 effective tax rate fell to about 19.6%": its income tax line over its income before taxes
            margins += [
                c for c in tax_rates(index)
                if _margin_period(context, c.inputs[0]) and bool(c.inputs[0].period.prior) == bool(context.period.prior)
            ]  # fmt: skip
        return margins
    outside = None
    if family == "currency" and context.metric in _REVENUES and _claim_holds(context.words, _OUTSIDE_WORDS):
        # its clause only: a claim of thousands of amounts is read once (and not at all where it says "outside" nowhere)
        outside = _OUTSIDE.search(context.words, max(0, claim.span.start - _OUTSIDE_REACH), claim.span.end + _OUTSIDE_REACH)
    if outside is not None:  # "Revenue outside the U.S. came to $362 million": the total less the U.S. part
        return [c for c in outside_of(index, name_pattern(outside.group("name"))) if _margin_period(context, c.inputs[0])]
    if context.metric == "dividend" and says_a_year_of(context.words, claim.span):
        # "On an annual basis, the 2025 dividend amounts to US$6.44 per share": four of the quarterly dividend
        yearly = [c for c in annual_payments(index) if bool(c.inputs[0].period.prior) == bool(context.period.prior)]
        if yearly:
            return yearly
    rests = _rests_said(index, claim, context, family)
    if rests is not None:
        return rests
    if context.metric == "debt" and per_claim(context.words, _says_net_debt, _says_net_debt):  # once per claim
        return [c for c in net_debts(index) if _margin_period(context, c.inputs[0])]
    if family == "currency" and context.metric == "free_cash_flow" and not context.basis:
        # "after $459 million of capex, free cash flow was about $3.9 billion": as analysts compute it where the release
        # prints none, operating cash flow less capital expenditures, of one column or sentence of the claim's period
        free = [
            c for c in named_differences(index, "operating_cash_flow", "capex")
            if _margin_period(context, c.inputs[0]) and bool(c.inputs[0].period.prior) == bool(context.period.prior)
        ]  # fmt: skip
        if free:
            return free
    reach = max(0, claim.span.start - _DIFFERENCE_REACH)
    taken = (
        _DIFFERENCE_NAMED.search(context.words, reach, claim.span.start)
        if _claim_holds(context.words, _DIFFERENCE_WORDS) and may_hold(context.words[reach : claim.span.start], _DIFFERENCE_WORDS)
        else None
    )  # fmt: skip
    if family == "currency" and taken is not None:
        # "Operating cash flow less capital expenditures came to about $5.9 billion": the first measure less the second
        first = [metric for _, metric in metrics_in(taken.group("first"))]
        second = [metric for _, metric in metrics_in(taken.group("second"))]
        if first and second and first[-1] != second[0]:
            return [c for c in named_differences(index, first[-1], second[0]) if _margin_period(context, c.inputs[0])]
    if _both_portions_said(claim, context):
        # "Long-term debt, net, including the current portion, totalled about $41.8 billion": the two rows added up
        return [c for c in debt_with_current_portion(index) if _margin_period(context, c.inputs[0])]
    said_together = _cash_and_securities_said(context, claim.span.start, claim.span.end) if family == "currency" else None
    if said_together is not None:
        # "cash and marketable securities totaled about $117.2 billion": the balance sheet's rows added up; "cash and
        # short-term investments" the rows held short-term only
        formula = CASH_AND_SHORT_TERM if said_together.group("short") else CASH_AND_SECURITIES
        return [c for c in cash_and_securities(index) if c.formula == formula and _margin_period(context, c.inputs[0])]
    measures = _measures_taken_together(context.words, claim.span.start) if family == "currency" else []
    if family in ("currency", "count") and (measures or _total_said(context.words, claim.span)):
        # "Mounjaro and Zepbound together brought in $14.87 billion in the quarter": the rows it names, added up
        named_sums = [
            c for c in named_row_sums(index, context.words, claim.span.start)
            if lengths_compatible(context.period.length, c.inputs[0].period.length)
            and bool(c.inputs[0].period.prior) == bool(context.period.prior)
            and (not context.metric or all(not f.metrics or metrics_compatible(context.metric, set(f.metrics)) for f in c.inputs))
        ]  # fmt: skip
        if not named_sums and family == "currency":
            # "R&D and OG&A expenses combined came to roughly C$5.4 million": the measures it names, added up
            named_sums = [
                c for c in named_measure_sums(index, measures)
                if _margin_period(context, c.inputs[0]) and bool(c.inputs[0].period.prior) == bool(context.period.prior)
            ]  # fmt: skip
        if named_sums or family == "count":
            return named_sums
        return [
            c for c in listed_sums(index)
            if (not context.metric or all(metrics_compatible(context.metric, set(f.metrics), unknown_fits=False) for f in c.inputs))
            and bool(c.inputs[0].period.prior) == bool(context.period.prior)
        ]  # fmt: skip
    if context.metric and context.period.prior:
        said = context.words[claim.span.end : claim.span.end + _COMPARISON_WORDS]
        return [
            c for c in prior_levels(index, context.metric, family)
            if _prior_length(context, c.inputs[0]) and same_comparison(said, _after(index, c.inputs[1]), index.current_year)
        ]  # fmt: skip
    return []


# What a claim's revenue is outside of: "revenue outside the U.S.", "sales outside of North America".
_OUTSIDE = re.compile(
    r"\boutside\s+(?:of\s+)?(?:the\s+)?(?P<name>[a-z][\w.&'-]*(?:\s+[a-z][\w.&'-]*){0,2}?)"
    r"(?=\s+(?:was|were|came|rose|fell|grew|increased|decreased|declined|totaled|totalled|reached|of|in|at|to|for)\b|[,;]|\.?$)"
)


_OUTSIDE_REACH = 60
_OUTSIDE_WORDS = ("outside",)  # every match of _OUTSIDE holds it
_BOOK_TO_BILL_SAID = re.compile(r"\bbook[- ]to[- ]bill\b(?:\s+ratio)?(?:[^.;\d]|\.\d)*$")
_MARGIN = re.compile(r"\bmargins?\b(?:[^;.]|\.\d)*$")
_RATE = re.compile(r"\brates?\b(?:[^;.]|\.\d)*$")
# A claim's cash named with the securities held beside it: "cash and marketable securities", "cash, cash
# equivalents and investments" (up to the amount, which follows within ``_OUTSIDE_REACH``).
_CASH_AND_SECURITIES_REACH = 90  # how far before the amount the words that name cash and securities together may start
_BOTH_SIDES = r"(?:current\s+and\s+non-?current|short-?(?:term)?\s+and\s+long-term)\s+"
_CASH_AND_SECURITIES_SAID = re.compile(
    # (the equivalents said short: "Cash, equivalents and marketable securities")
    r"\bcash(?:,?\s+(?:and\s+)?(?:cash\s+)?equivalents)?"
    # the whole of the securities, its two sides named: "cash plus current and non-current marketable securities",
    # or listed after the cash: "cash, short-term and long-term investments"; or the short-term side alone: "cash and
    # short-term investments"
    rf"(?:,?\s+(?:and|&|plus)\s+(?:total\s+)?(?:{_BOTH_SIDES}|(?P<short>short-term|current)\s+)?|,\s+{_BOTH_SIDES})"
    r"(?:marketable\s+securities|investments)\b"
)
# A claim's debt named with the part due within a year: "including the current portion", "current and non-current
# notes payable", "short- and long-term borrowings"
_BOTH_PORTIONS_SAID = re.compile(
    r"\b(?:including|incl\.|with|plus)\s+(?:the\s+|its\s+)?current\s+(?:portion|maturities)\b"
    rf"|\b{_BOTH_SIDES}",
    re.IGNORECASE,
)


# Two measures named one "less" the other right before a claim's amount, no number between: "Operating cash flow less
# capital expenditures came to about"
_DIFFERENCE_NAMED = re.compile(
    r"(?P<first>[^;:.$\d]{2,60}?)\s+(?:less|minus)\s+(?P<second>[^;:.$\d()]{2,60}?)\s*"
    r"(?:,\s*)?(?:came\s+to|comes\s+to|was|were|is|totall?ed|amounted\s+to|stood\s+at|equall?ed|gives|leaves|of|at|:)?\s*"
    + HEDGED + r"[^\w\s]{0,4}$",
    re.IGNORECASE,
)
_DIFFERENCE_REACH = 140
# Every match of _DIFFERENCE_NAMED holds one of these (``keywords.may_hold``): tried at each of the 140 characters before
# each amount, its lazy first measure stretched over each of 60 lengths, it took 0.3 ms an amount of words without one
_DIFFERENCE_WORDS = ("less", "minus")


def _both_portions_said(claim: ClaimNumber, context: _ClaimContext) -> bool:
    """True when a claim's amount of debt is said to hold both the part due within a year and the rest
    (``_BOTH_PORTIONS_SAID``, anywhere before the amount): backed by the two rows added up, by neither alone."""
    return (
        context.metric == "debt" and claim.unit is Unit.CURRENCY
        and _BOTH_PORTIONS_SAID.search(context.words, 0, claim.span.start) is not None
    )  # fmt: skip


_COMPARED_LEVEL_REACH = 200  # how far before a comparison level the words that name the level it is compared with may start
# The words that join an amount to what it is of when these follow it: "held $117.2 billion in cash, ..."
_AMOUNT_OF = re.compile(r"\s+(?:in|of)\s+", re.IGNORECASE)


def _cash_and_securities_said(context: _ClaimContext, start: int, end: int) -> re.Match[str] | None:
    """The words of a claim that name its cash amount at ``start``-``end`` together with the securities held beside it:
    right after it ("Apple held $117.2 billion in cash, cash equivalents and marketable securities"), within
    ``_CASH_AND_SECURITIES_REACH`` before it, or, for a comparison level, anywhere before it in its clause with no
    other metric named between ("Cash and marketable securities totaled about $1.91 billion at end-2024, little
    changed from $1.90 billion a year earlier": the level compared with is of what the claim's own level is)."""
    if context.metric not in ("cash", "marketable_securities"):
        return None
    words = context.words
    joined = _AMOUNT_OF.match(words, end)
    if joined is not None and (said := _CASH_AND_SECURITIES_SAID.match(words, joined.end())) is not None:
        return said
    said = _CASH_AND_SECURITIES_SAID.search(words, max(0, start - _CASH_AND_SECURITIES_REACH), start)
    if said is None and context.period.prior:
        last = next(reversed(list(_CASH_AND_SECURITIES_SAID.finditer(words, max(0, start - _COMPARED_LEVEL_REACH), start))), None)
        if last is not None and not metrics_in(words[last.end() : start]) and not _CLAUSE_END.search(words, last.end(), start):
            said = last
    return said


def _margin_period(context: _ClaimContext, part: Fact) -> bool:
    """True when a margin's operating income is of the claim's period: its length, where the claim
    names one, and its side ("to 30.3% from 27.7%": the current, then the comparison column)."""
    if context.length_named and not lengths_compatible(context.period.length, part.period.length):
        return False
    if bool(part.forward) != bool(context.forward):
        return False  # an outlook's margin is of an outlook, a result's of results (no quarter's from a price scenario)
    return context.period.prior is None or bool(part.period.prior) == context.period.prior


# The word that takes the measures named before it together: "R&D and OG&A expenses combined came to", "... together fell"
_TAKEN_TOGETHER_AFTER = re.compile(r"\b(?:combined|together|in\s+total|taken\s+together)\b")
_TAKEN_TOGETHER_WORDS = ("combined", "together", "total")  # every match of _TAKEN_TOGETHER_AFTER holds one
_MEASURES_REACH = 120  # how far before the amount the measures it sums may be named
_OTHER_WAY = re.compile(r"\b(?:benefits?|gains?|inflows?|profits?|credits?|savings)\b")  # a direction the measures' own words do not give


def _measures_taken_together(words: str, start: int) -> list[str]:
    """The measures a claim names before the word that takes them together, or after it where it opens them ("combined
    r&d and og&a expenses were"), before the amount at ``start``: "r&d and og&a expenses combined came to" names
    research and development and general and administrative expenses. None where fewer than two are named."""
    # (back past a comma: the amount a total is compared with is a total of the same, "... combined came to roughly
    # C$5.4 million in fiscal 2025, down from about C$9.2 million")
    if not _claim_holds(words, _TAKEN_TOGETHER_WORDS):
        return []  # no word of it anywhere in the claim: asked of every amount of money of a claim of thousands
    # (the ";" looked for within the reach only: looked for back to the claim's start, a claim of thousands of amounts
    # and no ";" was read whole for each)
    lower = max(words.rfind(";", max(0, start - _MEASURES_REACH), start) + 1, start - _MEASURES_REACH)
    said = deque(_TAKEN_TOGETHER_AFTER.finditer(words, lower, start), maxlen=1)
    if not said:
        return []
    phrase = words[lower : said[0].start()]
    named = list(dict.fromkeys(metric for _, metric in metrics_in(phrase)))
    if len(named) < 2:  # the word said first: "combined r&d and og&a expenses were about"
        phrase = words[said[0].end() : start]
        named = list(dict.fromkeys(metric for _, metric in metrics_in(phrase)))
    if len(named) < 2 or _OTHER_WAY.search(phrase):
        return []  # "R&D and G&A benefits together": no sum of what the release prints as expenses
    return named


def _total_said(words: str, span: Span) -> bool:
    """True when a claim says its amount at ``span`` is a total: "totaling $80 million", "$17.96 million in total"."""
    if not _claim_holds(words, _TOTAL_WORDS):
        return False  # no word of a total anywhere in the claim (every match of the three patterns holds one)
    if TOTAL_BEFORE.search(words, max(0, span.start - 50), span.start) or TOTAL_AFTER.match(words, span.end):
        return True
    # the amount a total is compared with is a total too: "fees together EUR 17.6m vs EUR 27.1m in 9M 2024"
    compared = _TOTAL_COMPARED.search(words, max(0, span.start - 80), span.start)
    # or "together" opened the clause: "Together, Mounjaro and Zepbound brought in $14.87 billion"
    return compared is not None or TOGETHER_FIRST.search(words, max(0, span.start - 80), span.start) is not None


_TOTAL_COMPARED = re.compile(
    r"\b(?:total(?:l?ing|l?ed)?|combined|together)\b[^.;:\d]{0,30}\S*\d\S*"
    # the total's scale and period between it and its comparison: "C$5.4 million in fiscal 2025, down from about"
    r"[^.;:]{0,40}?\s(?:vs\.?|versus|from|compared (?:to|with))\s+" + HEDGED + r"\S{0,4}$"
)
_TOTAL_WORDS = TOTAL_BEFORE_WORDS + TOTAL_AFTER_WORDS  # every match of TOTAL_BEFORE, TOTAL_AFTER, _TOTAL_COMPARED holds one


def _claim_holds(words: str, gate: tuple[str, ...]) -> bool:
    """``may_hold(words, gate)``, asked once per claim text and gate: the answers for the last two claim texts kept by
    the object (``is``), as ``analyst_math.per_claim`` keeps its own (a claim is asked in lower case and as written),
    each by its gate's id, kept with the gate (so its id names no other tuple). A claim of thousands of amounts asks
    the same few gates of each amount."""
    global _GATE_ANSWERS
    kept = _GATE_ANSWERS
    answers = kept[0][1] if kept[0][0] is words else kept[1][1] if kept[1][0] is words else None
    if answers is None:
        answers = {}
        _GATE_ANSWERS = ((words, answers), kept[0])
    answer = answers.get(id(gate))
    if answer is None or answer[0] is not gate:
        answer = answers[id(gate)] = (gate, may_hold(words, gate))
    return answer[1]


_GATE_ANSWERS: tuple[tuple[str | None, dict[int, tuple[tuple[str, ...], bool]]], ...] = ((None, {}), (None, {}))


def _says_net_debt(words: str) -> bool:
    return NET_DEBT.search(words) is not None


def _names_previous_outlook(text: str) -> bool:
    return PREVIOUS_OUTLOOK.search(text) is not None


# How far after a comparison level, or a change, the words that name its period may stand.
_COMPARISON_WORDS = 60


def _after(index: FactIndex, fact: Fact) -> str:
    """The words after a source figure, up to the end of its sentence and ``_COMPARISON_WORDS`` on."""
    end = fact.figure.span.end
    return index.document.text[end : min(fact.figure.context.end, end + _COMPARISON_WORDS)]


def _prior_length(context: _ClaimContext, level: Fact) -> bool:
    """True when a comparison level computed from ``level`` is of the length the claim names."""
    return not context.length_named or lengths_compatible(context.period.length, level.period.length)


def _share(
    index: FactIndex,
    text: str,
    claim: ClaimNumber,
    context: _ClaimContext,
    share: Share,
    numbers: list[ClaimNumber],
    citations: Sequence[Span] | None,
    contexts: Sequence[_ClaimContext] = (),
) -> NumberCheck | None:
    """A percentage that states a part's share of a whole ("Data Center made up 91% of
    fourth-quarter revenue", "Free cash flow of $279 million was 25% of quarterly revenue"),
    backed by part / whole of one period. A ratio of two cells that happens to fall in the
    claim's interval is no support: the claim names the whole's metric (and its figure, if
    it states one), and the part by its figure, by its metric with its row's words, or by its
    row ("China accounted for 52% of sales"); the whole fits the claim's period, a comparison
    period only where the claim says so. The value from the figures as printed rounds to the claim,
    and their rounding allows no wider an interval than the claim's digits do."""
    if _LOSS_WHOLE.search(text, share.whole.start, share.whole.end):
        return None  # "about 54% of Q3 segment operating loss": a share's whole is a positive level, never a loss
    if _ANNUALIZED.search(text, share.whole.start, min(len(text), share.whole.end + 16)):
        return None  # "0.19% of average loans annualized": a quarter's part at a year's rate, no share of two cells
    low, high = claim.interval
    amounts = [n for n in numbers if n.kind is None and n.unit is not Unit.PERCENT]
    stated_whole = [n for n in amounts if share.whole.start <= n.span.start < share.whole.end]
    aside = _WHOLE_IN_AN_ASIDE.match(text, share.whole.end)
    if aside:  # "about 62% of Cboe's 4Q24 net revenue ($324.3 million of $524.5 million)": the whole's amount said after it
        stated_whole += [n for n in amounts if n.span.start == aside.end()]
    stated_part = [n for n in amounts if claim.span.start - len(share.part_words) <= n.span.start < claim.span.start
                   or n.span.start == share.part_level_at]  # fmt: skip
    level_said = [n for n in amounts if n.span.start == share.part_level_at]
    # the part's amount the claim states elsewhere, of the part's metric and the share's side: "Supply Chain
    # Solutions Q4 EBT jumped 58% to $90 million, with EBT at 8.9% of operating revenue" -- the part is that
    # $90 million, not another segment's EBT of $152 million that happens to be 5.8% of the whole
    unmet = False
    part_levels = [
        n for n, c in zip(numbers, contexts)
        if n.kind is None and n.unit is not Unit.PERCENT and not c.change and c.metric == share.part_metric
        and share.part_metric is not None and c.period.prior == context.period.prior
    ]  # fmt: skip
    whole_context = replace(context, metric=share.whole_metric, basis="")
    whole_length = period_in(text[share.whole.start : share.whole.end]).length
    if whole_length and not context.length_named:
        # "about 61% of Q2 Consumer Loan Marketplace volume": the whole's own words name its period, not the half's
        whole_context = replace(whole_context, period=replace(context.period, length=whole_length), length_named=True)
    lengths = _local_lengths(index)
    text_of = index.document.text
    named_part = replace(share, part_words=_with_abbreviations(share.part_words, text_of))
    summed = _share_of_segments(index, text, claim, share, stated_whole, citations)
    if summed is not None:
        return summed
    of_the_longer = _share_of_a_longer_period(index, text, claim, context, share) if not stated_whole else None
    if of_the_longer is not None:
        return of_the_longer
    counted = _SEGMENTS_WHOLE.search(text, share.whole.start, share.whole.end)
    if counted is not None and counted.group("count") and share.whole_metric in _REVENUES:
        # "of the three segments' revenue": a sum of as many segments' revenue rows (``_share_of_segments``), or
        # nothing (not the company's total)
        return None
    # the most precise first: NVIDIA's Data Center row 62,314 before "$62.3 billion" said of it in running text
    found = shares_of(index, share.whole_metric, low, high, _LOSS_PART.search(share.part_words) is not None)
    a_loss_named = _result_side(share.part_words) == "loss"
    for computed in sorted(found, key=lambda c: c.high - c.low):
        part, whole = computed.inputs
        if a_loss_named and computed.formula != LOSS_SHARE and not _a_loss(part):
            continue  # "Net loss was roughly 19% of operating revenue" is no share of a profit
        if abs(part.value) >= whole.value or max(abs(part.low), abs(part.high)) >= whole.low:
            # a part is less than its whole, beyond their rounding: NVIDIA's revenue is no share of itself, nor of Data
            # Center's; Kingsoft's public cloud 347,470 (thousand US$) is no part of "US$347.5 million", the same figure
            continue
        if computed.high - computed.low > high - low:
            continue  # figures too coarse for the claim's digits: 1,054 of "$3.5 billion" is 29.7% to 30.5%
        if stated_whole and not any(_meets(n, whole) for n in stated_whole):
            continue
        if (whole.period.prior and not context.period.prior) or not _fits(whole_context, whole, lengths.of(whole)):
            continue
        if not _of_the_quarter_named(text, share, whole, whole_context, lengths):
            continue  # "made up about 43% of third-quarter net revenues" is no share of the fourth quarter's
        if not _dates_agree(context, part):
            continue  # Oracle's Americas "Fiscal 2021 Q1" $5,068 is no part of its fourth quarter's revenue
        if part.in_table and whole.in_table and column_currency(part) != column_currency(whole):
            continue  # Auna's "Healthcare Services Mexico" 88 under "2Q'26 (USD)" is no part of its 512 million soles
        if _outlook(text_of, whole) or _outlook(text_of, part):
            continue  # "$30.8 billion of $37.5 billion": next quarter's outlook is no whole of this quarter's results
        named = text[share.whole.start : share.whole.end].lower()
        if not (names_row(whole, named) or names_line(whole, named)):  # "Total revenues", "ICL"
            continue
        if not (
            _part_named(part, whole, named_part, stated_part, words_apart(index, part))
            or names_in_sentence(text_of, part, whole, share.part_words, share.lines_of(part, whole))
        ):
            continue
        if part_levels and not any(_meets(n, part) for n in part_levels):
            unmet = True
            continue
        if level_said and not any(_meets(n, part) for n in level_said):
            # "Cystic fibrosis products made up about 96% of Q2 revenue, at $3.21bn": the part is the amount said
            # after the whole, however its words name it (not "at $3.33bn", the whole's)
            unmet = True
            continue
        if computed.formula == LOSS_SHARE and not (stated_part and _meets_by_size(stated_part[-1], part)):
            continue  # a loss's share backs a claim that states that loss: "narrowed to $1.7 million, or about 1% of revenue"
        if not bases_compatible(context.basis, part.basis):
            continue
        cited = _cited(part.figure.span, citations) and _cited(whole.figure.span, citations)
        formula = f"{computed.formula}: {part.figure.text} of {whole.figure.text} = {_round(computed.value)}"
        status = Status.DERIVED if cited else Status.MISATTRIBUTED
        return _check(claim, status, supports=(_ref(part), _ref(whole)), formula=formula)
    if unmet:
        return _check(claim, Status.UNSUPPORTED, reason=_NOT_THE_STATED_PART)
    return None


# An aside right after a share's whole that states the part's amount "of" the whole's: "($324.3 million of "
_WHOLE_IN_AN_ASIDE = re.compile(r"\s*\(\s*[^()%]{1,40}?\s+of\s+(?:" + HEDGED + r")?")

# A share's part named a loss, after any share said before it: "The gross loss narrowed to $1.7 million, or about 1%".
_LOSS_PART = re.compile(r"\bloss(?:es)?\b[^%]*$")
# A whole the claim names a loss ("of Q3 segment operating loss"); the losses a provision is for are no such whole
_LOSS_WHOLE = re.compile(rf"{NOT_PROVIDED_FOR}\bloss(?:es)?\b", re.IGNORECASE)


def _named_share(
    index: FactIndex, text: str, claim: ClaimNumber, context: _ClaimContext, numbers: list[ClaimNumber],
    citations: Sequence[Span] | None,
) -> NumberCheck | None:
    """A percentage that states a part's share of a whole its words name though no vocabulary does ("The multi-tier
    transfer cloud made up about 68% of Anchor Cloud volume in 2023", "Lower 48 produced 1,479 MBOED, 66% of the company
    total": ``named_shares``), of the claim's period; the part is the amount the claim states right before, if any."""
    before = [n for n in numbers if n.kind is None and n.unit is not Unit.PERCENT
              and claim.span.start - _PART_REACH <= n.span.end <= claim.span.start]  # fmt: skip
    stated = [before[-1].interval] if before else []
    for computed in named_shares(index, text, claim.span.start, claim.span.end, claim.interval, stated):
        part, whole = computed.inputs
        if not _margin_period(context, part) or computed.high - computed.low > claim.interval[1] - claim.interval[0]:
            continue
        cited = _cited(part.figure.span, citations) and _cited(whole.figure.span, citations)
        formula = f"{computed.formula}: {part.figure.text} of {whole.figure.text} = {_round(computed.value)}"
        return _check(claim, Status.DERIVED if cited else Status.MISATTRIBUTED, supports=(_ref(part), _ref(whole)), formula=formula)
    return None


_PART_REACH = 60  # how far before a share its part's amount may be said: "1,479 MBOED, 66% of the company total"
_NOT_THE_STATED_PART = "the share's part is not the amount the claim states for it"
# A whole said as the sum of the segments: "of the four segments' fourth-quarter revenue", "of segments' combined sales".
_SEGMENTS_WHOLE = re.compile(
    r"\b(?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+)?(?:reportable\s+|operating\s+)?segments['’]?(?=\s)",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


# How many of each shorter length a longer period holds: a part must be shorter than its whole
_LENGTH_ORDER = {"quarter": 1, "half": 2, "nine_months": 3, "year": 4}


# The verb that ends a share's whole and says when its part came: "of the nine-month revenue came in the third quarter"
_VERB_AFTER_THE_WHOLE = re.compile(r"\s+(?:came|comes|was|were|fell|landed|arrived|booked|recorded|earned|arose)\b", re.IGNORECASE)


def _share_of_a_longer_period(
    index: FactIndex, text: str, claim: ClaimNumber, context: _ClaimContext, share: Share
) -> NumberCheck | None:
    """A share whose part is a shorter period of the whole's own measure: "The third quarter accounted for about 90% of
    GeoVax's nine-month contract revenue", "Roughly 90% of the nine-month revenue came in the third quarter" (the part's
    period said after the whole), "H2 accounted for roughly 55% of 2023 revenue" -- the current period's figure of the
    part's length over the whole's, both said in one sentence or row of the release ("reported $2,789,484 and
    $3,090,161 of government contract revenues" for the three and nine months)."""
    whole_words, *said_after = _VERB_AFTER_THE_WHOLE.split(text[share.whole.start : share.whole.end], maxsplit=1)
    whole_length = period_in(whole_words).length or ("year" if YEAR.search(whole_words) else "")
    after = said_after[0] if said_after else _CLAUSE_END.split(text[share.whole.end : share.whole.end + 60], maxsplit=1)[0]
    part_length = period_in(share.part_words).length or period_in(after).length
    if _LENGTH_ORDER.get(part_length, 5) >= _LENGTH_ORDER.get(whole_length, 0):
        return None
    low, high = claim.interval
    current = [f for f in index.facts if not f.change and f.period.prior is False and f.value > 0]
    parts: dict[Span, list[Fact]] = {}
    for fact in current:
        if fact.period.length == part_length:
            parts.setdefault(fact.figure.context, []).append(fact)
    wholes = [
        f for f in current
        if f.period.length == whole_length and f.figure.context in parts
        and metrics_compatible(share.whole_metric, set(f.metrics), unknown_fits=False) and _dates_agree(context, f)
    ]  # fmt: skip
    for whole in wholes:
        for part in parts[whole.figure.context]:
            if part.value >= whole.value or part.metrics != whole.metrics:
                continue
            value = part.value / whole.value * _HUNDRED
            widest = (part.high / whole.low - part.low / whole.high) * _HUNDRED
            if low <= value < high and widest <= high - low:
                formula = f"share of a longer period: {part.figure.text} of {whole.figure.text} = {_round(value)}"
                return _check(claim, Status.DERIVED, supports=(_ref(part), _ref(whole)), formula=formula)
    return None


def _of_the_quarter_named(text: str, share: Share, whole: Fact, context: _ClaimContext, lengths: _LocalLengths) -> bool:
    """Whether a quarter's figure may be the whole a share's words date by the quarters they name ("of third-quarter
    net revenues"): a table cell by its column's end date, a figure of running text by the quarters its sentence
    names as its own (``_LocalLengths.quarters``); any where the words name none, or the figure's quarter is unread."""
    if whole.period.length != "quarter":
        return True
    named = quarters_named(text[share.whole.start : share.whole.end], compared=False)
    if not named:
        return True
    end = whole.period.end
    if whole.in_table:
        return end is None or not end[1] or _fiscal_quarter(end, context.calendar) in named
    own = lengths.quarters(whole)
    return not own or bool(own & named)


def _share_of_segments(
    index: FactIndex, text: str, claim: ClaimNumber, share: Share, stated_whole: list[ClaimNumber],
    citations: Sequence[Span] | None,
) -> NumberCheck | None:
    """A share of the segments' sum, a whole the release does not print ("Advanced Visualization Solutions
    contributed 27% of the four segments' fourth-quarter revenue of $5.31 billion": GE HealthCare's "Segment
    Revenues" row, 2,393 + 1,440 + 827 + 646 = 5,306, of which 1,440 is 27.1%). The segments are the cells of one
    table row of revenue, each of a segment and of one period; as many as the claim counts, if it does; the part
    the segment the claim names; the whole the claim states, if it does, meets the sum."""
    said = _SEGMENTS_WHOLE.search(text, share.whole.start, share.whole.end)
    if said is None or share.whole_metric not in _REVENUES:
        return None
    count = said.group("count")
    wanted = int(count) if count and count.isdigit() else _COUNTS.get((count or "").lower())
    low, high = claim.interval
    rows: dict[tuple[Span, str, tuple[int, int, int] | None, bool | None], list[Fact]] = {}
    for fact in index.facts:
        if (fact.in_table and fact.segment and not fact.change and fact.family == "currency" and fact.value > 0
                and fact.metrics & _REVENUES):
            rows.setdefault((fact.figure.context, fact.period.length, fact.period.end, fact.period.prior), []).append(fact)
    for members in rows.values():
        if len(members) < 2 or (wanted and len(members) != wanted) or len({f.segment for f in members}) != len(members):
            continue
        total, total_low, total_high = (sum((getattr(f, a) for f in members), Decimal(0)) for a in ("value", "low", "high"))
        if stated_whole and not any(n.interval[0] < total_high and total_low < n.interval[1] for n in stated_whole):
            continue
        for part in members:
            if part.segment.lower() not in share.part_words:
                continue
            value = part.value / total * _HUNDRED
            if low <= value < high and (part.high / total_low - part.low / total_high) * _HUNDRED <= high - low:
                cited = _cited(part.figure.span, citations)
                formula = f"share of the segments' sum: {part.figure.text} of {' + '.join(f.figure.text for f in members)} = {_round(value)}"
                return _check(claim, Status.DERIVED if cited else Status.MISATTRIBUTED, supports=tuple(_ref(f) for f in members),
                              formula=formula)  # fmt: skip
    return None


# A claim sentence states a few shares; the numbers of a hostile line of thousands are not each
# looked up against every whole of the release.
_MOST_SHARES = 16


def _share_of_part(text: str, number: ClaimNumber, context: _ClaimContext) -> Share | None:
    """How a claim's percentage states a part's share of a whole, if it does (``read_share``).
    Its metric is then the part's, named before it, not the whole's its words end on."""
    if number.kind is not None or number.unit is not Unit.PERCENT or context.change or context.forward:
        return None
    return read_share(text, number.span.start, number.span.end)


# A percentage said of the amount right before it, as its share: "$52 million, or 3.8% of revenue", "from $28 million,
# or 2.2%" (the words between the amount and the percentage).
_OR_A_SHARE = re.compile(r"\s*,\s*or\s+" + HEDGED + r"$", re.IGNORECASE)
# What may follow a share whose whole is left unsaid: the end of its clause or of the claim.
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,;.)]|$)")


def _elided_shares(
    text: str, numbers: list[ClaimNumber], shares: list[Share | None], contexts: list[_ClaimContext]
) -> list[Share | None]:
    """``shares`` with the shares a claim states a second time without naming the whole again, in the form of the
    first: "Q4 operating EBITDA rose to $52 million, or 3.8% of revenue, from $28 million, or 2.2%" -- the 2.2% is
    the $28 million's share of revenue, as the 3.8% is the $52 million's. Each said right after an amount, ", or",
    the later one ending its clause; the first share the nearest before it of that form, its part of the same metric."""
    found = list(shares)
    said_before, last = [], -1  # per number, the last share said before it (-1 for none): one pass, not one per number
    for position, share in enumerate(shares):
        said_before.append(last)
        last = position if share is not None else last
    for i, number in enumerate(numbers):
        if found[i] is not None or i < 1 or number.kind is not None or number.unit is not Unit.PERCENT:
            continue
        earlier = shares[i - 1]
        if earlier is not None and _PRIOR_OF_A_SHARE.fullmatch(text, numbers[i - 1].span.end, number.span.start):
            # "SG&A fell to 9.4% of home closings revenue in the quarter from 9.7% a year earlier": the share it moved
            # from, of the same part and whole
            found[i] = replace(earlier, part_level_at=-1)
            continue
        if contexts[i].change or contexts[i].forward or not _after_an_amount(text, numbers, i):
            continue
        if not _CLAUSE_ENDS_AFTER.match(text, number.span.end):
            continue
        first = said_before[i]  # (the claim's first number is no share said of an amount before it)
        if first < 1 or not _after_an_amount(text, numbers, first):
            continue
        said = shares[first]
        assert said is not None
        part_words = text[max(0, number.span.start - _PART_WORDS_BEFORE) : number.span.start].lower()
        # the part is the amount right before, of its own metric: "gross profit was $1,054 million, or 30.0% of net
        # revenue; contribution profit was $539 million, or 15.3%" -- the 15.3% is contribution profit's
        part_metric = contexts[i - 1].metric
        found[i] = replace(said, part_words=part_words, part_level_at=-1, part_metric=part_metric,
                           part_metrics=frozenset({part_metric}) if part_metric else frozenset())  # fmt: skip
    return found


_PART_WORDS_BEFORE = 200  # as ``analyst_math.read_share`` reads a part's words
# The words between a share and the share it moved from or is set against: " of home closings revenue in the quarter
# from ", " of company-operated revenue, compared with "
_PRIOR_OF_A_SHARE = re.compile(
    r"\s+of\s[^;:%\d]{1,80}?\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+" + HEDGED, re.IGNORECASE
)


def _after_an_amount(text: str, numbers: Sequence[ClaimNumber], i: int) -> bool:
    """True when the percentage ``numbers[i]`` is said of the amount right before it: "$28 million, or 2.2%"."""
    amount = numbers[i - 1]
    return (
        amount.kind is None and amount.unit in (Unit.CURRENCY, Unit.COUNT)
        and _OR_A_SHARE.fullmatch(text, amount.span.end, numbers[i].span.start) is not None
    )  # fmt: skip


def _outlook(text: str, fact: Fact) -> bool:
    """True when a figure is an outlook by its own row and column, or its own sentence's words."""
    figure = fact.figure
    return forward_at(text, fact) if fact.in_table else is_forward(text, figure.context.start, figure.span.start, figure.span.end)


def _share_contexts(
    numbers: list[ClaimNumber], contexts: list[_ClaimContext], shares: list[Share | None], text: str = ""
) -> list[_ClaimContext]:
    """The claim's numbers read with a share's metrics: the percentage with its part's ("international
    sales were 62% of revenue": a segment's revenue stays a segment's), an amount that the whole's
    words state with the whole's ("36% of net revenues of $59.34 billion": revenue, not the
    earnings named before the percentage)."""
    read = []
    stated = [share for share in shares if share]  # a few (``_MOST_SHARES``): not one per number
    parts: list[tuple[Share, str | None]] = []  # each share read so far, with its part's metric
    for position, (number, context, share) in enumerate(zip(numbers, contexts, shares)):
        if share:
            part = context.metric if (context.metric, share.part_metric) == ("segment_revenue", "revenue") else share.part_metric
            context = replace(context, metric=part)
            parts.append((share, part))
        else:
            whole = next((s for s in stated if s.whole.start <= number.span.start < s.whole.end), None)
            if whole is None and stated and _OUT_OF.search(text, max(0, number.span.start - 40), number.span.start):
                # "about 45% of 2021 net revenue: noninterest income of $10.23 billion out of $22.83 billion"
                whole = next((s for s in reversed(stated) if s.whole.end <= number.span.start), None)
            if whole is not None and number.kind is None and number.unit is not Unit.PERCENT:
                context = replace(context, metric=whole.whole_metric)
            elif number.kind is None and number.unit is not Unit.PERCENT:
                following = numbers[position + 1] if position + 1 < len(numbers) else None
                context = _compared_part(text, number, context, parts, following)
        read.append(context)
    return read


# The whole of a share stated after its part, "out of" it: "noninterest income of $10.23 billion out of $22.83 billion".
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|its\s+|a\s+)?(?:total\s+(?:of\s+)?)?" + HEDGED + r"\S{0,4}$", re.I)
# Right after a share's whole, the comparison of its part: "... made up about 79% of Q2 revenues, up from $4.4 million".
_COMPARED_AFTER_WHOLE = re.compile(
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+" + HEDGED + r"$", re.I
)


def _compared_part(
    text: str,
    number: ClaimNumber,
    context: _ClaimContext,
    parts: list[tuple[Share, str | None]],
    following: ClaimNumber | None = None,
) -> _ClaimContext:
    """An amount a share's part is compared with, said right after the share's whole ("R&D support fees of
    $5.2 million made up about 79% of Q2 revenues, up from $4.4 million"), is of the part's metric (``parts``:
    the shares read before it, each with its part's), not the whole's, whose words its reading took; so is the
    part's own amount, stated with the whole's in parentheses right after the whole ("Noninterest income was
    about 56% of 4Q21 revenue ($11.6 billion of $20.9 billion)": ``following`` is the amount after it)."""
    for share, part in parts:
        if (
            part
            and context.metric in (share.whole_metric, _as_segment(share.whole_metric))
            and share.whole.end <= number.span.start
            and (
                _COMPARED_AFTER_WHOLE.fullmatch(text, share.whole.end, number.span.start)
                or (
                    following is not None
                    and part not in PERCENT_LEVEL_METRICS  # a margin's amounts are its profit's, no margin
                    and _OPENS_PARTS.fullmatch(text, share.whole.end, number.span.start)
                    and _THEN_ITS_WHOLE.fullmatch(text, number.span.end, following.span.start)
                )
            )
        ):
            return replace(context, metric=part)
    return context


# A part's amount and its whole's, in parentheses right after a share's whole: "... of 4Q21 revenue ($11.6 billion of
# $20.9 billion)".
_OPENS_PARTS = re.compile(r"\s*\(\s*" + HEDGED + r"\S{0,4}$", re.IGNORECASE)
_THEN_ITS_WHOLE = re.compile(r"\s+of\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)


def _meets(number: ClaimNumber, fact: Fact) -> bool:
    low, high = number.interval
    return fact.low < high and low < fact.high and fact.family in CLAIM_FAMILIES[family_of(number.unit)]


def _meets_by_size(number: ClaimNumber, fact: Fact) -> bool:
    """True when a claim's amount, a loss the words make negative, is ``fact``'s size."""
    low, high = number.interval
    if number.value < 0:
        low, high = -high, -low
    return fact.low < high and low < fact.high


def _with_abbreviations(words: str, text: str) -> str:
    """A claim's words (lower-cased) with the abbreviation the release defines for each name they spell out: a row
    "Total CF product revenues, net" is named by "cystic fibrosis products" where the release says "cystic fibrosis
    (CF)"."""
    short = [abbreviation for name, abbreviation in defined_abbreviations(text).items() if name in words]
    return " ".join((words, *short)) if short else words


def _part_named(part: Fact, whole: Fact, share: Share, stated: list[ClaimNumber], apart: frozenset[str] = frozenset()) -> bool:
    """True when a claim names the part of a share: states its figure, names its metric and
    its row's words, or names its row as a line of the whole's metric ("Passenger"), by all its own words or by those
    that tell it from its table's other rows (``apart``: "iPhone and related products made up about 46% of revenue" of
    Apple's "iPhone and Related Products and Services (5)(9)")."""
    if any(_meets(n, part) for n in stated):
        return True
    if part.segment and not _names_segment(part.segment.lower(), share.part_words):
        return False
    metrics = set(part.metrics)
    if part.segment:  # a segment's column the claim names: "Imaging", of the "Segment Revenues" row
        return bool(metrics & (whole.metrics | share.part_metrics))
    if not part.in_table:  # its sentence's metric, the very one: "segment_revenue" says no whose
        return part.named and bool(metrics & share.part_metrics - {"segment_revenue"})
    if part.named and any(metrics_compatible(m, metrics, unknown_fits=False) for m in share.part_metrics):
        return names_row(part, share.part_words)
    lines = metrics & (whole.metrics | share.part_metrics | share.lines_of(part, whole)) or (
        not metrics and part.figure.table == whole.figure.table
    )
    return bool(lines) and (names_line(part, share.part_words) or (bool(apart) and says_each(share.part_words, apart)))


def _midpoint_said(words: str, claim: ClaimNumber) -> bool:
    """True when a claim's words say its amount is a range's midpoint, right around it ("The midpoint of the Q1 FY27
    revenue range, $10.55 billion", "the prior $13.025 billion midpoint"), the amount no end of a range itself (not
    the "$13.0" of "$13.0-13.2 billion has a $13.15 billion midpoint"), or as the complement of "the midpoint of" that
    opens its clause, however long the range named between ("The midpoint of the raised Specialties adjusted EBITDA
    outlook of $275 million to $325 million is $300 million")."""
    start, end = claim.span
    # every match of MIDPOINT and of _MIDPOINT_OF holds one of its words, and each is searched in this window only:
    # words without them say no midpoint (asked three times of every number of a claim, for its computed values; of a
    # claim that says none anywhere, not even the window cut)
    if not _claim_holds(words, MIDPOINT_WORDS) or not may_hold(
        words[max(0, start - max(_MIDPOINT_SUBJECT_REACH, _MIDPOINT_REACH)) : end + _MIDPOINT_REACH], MIDPOINT_WORDS
    ):
        return False
    if _RANGE_END_BEFORE.search(words, max(0, start - 24), start) or _RANGE_END_AFTER.match(words, end):
        return False
    if MIDPOINT.search(words, max(0, start - _MIDPOINT_REACH), end + _MIDPOINT_REACH) is not None:
        return True
    if not _COPULA_BEFORE.search(words, max(0, start - 40), start):
        return False
    lower = max(0, start - _MIDPOINT_SUBJECT_REACH)
    clause_start = max((stop.end() for stop in _CLAUSE_STOP.finditer(words, lower, start)), default=lower)
    return _MIDPOINT_OF.search(words, clause_start, start) is not None


_MIDPOINT_SUBJECT_REACH = 200  # a clause that opens on "the midpoint of" and names a range with its metric and period
_MIDPOINT_OF = re.compile(r"\bmid-?point\s+of\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|comes\s+to|came\s+to|stands\s+at|equals)\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;.](?:\s|$)")


def _names_segment(segment: str, part_words: str) -> bool:
    """True when a share's part words (lower-cased) name a segment of the release: its whole name ("imaging"), or
    only words of it, said in the part's own clause ("Aerospace accounted for about 33% of fourth-quarter sales" of
    the "Aerospace Systems Segment")."""
    if segment in part_words:
        return True
    named = naming_words(_PART_CLAUSE_BREAK.split(part_words)[-1])
    return bool(named) and all(re.search(rf"(?<![\w-]){re.escape(word)}", segment) for word in named)


_PART_CLAUSE_BREAK = re.compile(r"[;.:]\s|,\s")  # where the words of a share's part begin


def _check(claim: ClaimNumber, status: Status, **details: Any) -> NumberCheck:
    """A claim number's check: its span, text, value and unit, its status and what backs it."""
    return NumberCheck(claim.span, claim.text, claim.value, claim.unit, status, **details)


def _round(value: Decimal) -> str:
    if abs(value) < 1:
        return f"{value:.4g}"  # a per-share difference: "0.04", not "0.0"
    # an exact value of two places as it is: the midpoint of EUR6.60 to EUR6.70 is 6.65, not "6.6"
    return f"{value:.2f}" if value == round(value, 2) != round(value, 1) else f"{value:.1f}"


def _where(fact: Fact) -> str:
    return f"row {fact.figure.row!r}, column {fact.figure.column!r}" if fact.figure.table is not None else "its sentence"


def _mismatch_reason(fact: Fact | None) -> str:
    if fact is None:
        return "a computed value matches, for another metric or period"
    return f"the value is in the source ({_where(fact)}), for another metric or period"


def _counted_thing(words: str, end: int) -> list[str]:
    """The naming word of what a count is of, said right after it in a claim's ``words`` (lower-cased): "closin" of "The
    midpoint of 13,750 closings"; [] where a link or no word follows."""
    said = _THING_COUNTED.match(words, end) if _COUNTED_NOUN.match(words, end) else None
    return naming_words(said.group(1)) if said else []


def _thing_of_the_midpoint_after(words: str, end: int) -> list[str]:
    """The naming words of what the outlook a claim's count is the midpoint of is of, said after it (``guided_thing``):
    "closin" of "The 13,750 midpoint of 2025 closings guidance"; [] where the count is no midpoint said so."""
    said = _MIDPOINT_OF_AFTER.match(words, end)
    return guided_thing(words, said.end()) if said else []


# A count's "midpoint of" an outlook, said right after it: " midpoint of 2025 closings guidance"
_MIDPOINT_OF_AFTER = re.compile(r"\s+mid-?point\s+of\s+[^.;:]{0,60}?\b(?:guidance|guide|outlook|forecast|range|target)\b", re.IGNORECASE)
_THING_COUNTED = re.compile(r"\s+([a-z][a-z-]+)")
_COUNTED_NOUN = re.compile(
    r"\s+(?!(?:of|in|for|to|from|and|or|at|on|per|a|an|the|was|were|is|are|compared|versus|vs|year|quarter)\b)[A-Za-z]",
    re.IGNORECASE,
)


_COUNTED_REACH = 40  # the characters after a count its noun is said in



def _range_end(text: str, numbers: list[ClaimNumber], position: int) -> bool:
    """True when the number at ``position`` is one end of a range ("$379-385 million", "15.2% to 20.8%"): joined to
    the number before or after it as a range's ends are (``range_link``)."""
    return any(
        first >= 0 and second < len(numbers) and numbers[first].kind is None is numbers[second].kind
        and range_link(text, numbers[first].span, numbers[second].span)
        for first, second in ((position - 1, position), (position, position + 1))
    )


def _words_after(text: str, end: int, reach: int) -> str:
    """The words right after an amount, up to its clause's end, within ``reach`` characters: what it is of ("185 system
    shop openings")."""
    return _CLAUSE_MARKS.split(text[end : end + reach], maxsplit=1)[0]


_CLAUSE_MARKS = re.compile(r"[,;:.()]")
_IN_CENTS = re.compile(r"\bcents?\b|¢", re.IGNORECASE)


def _claim_contexts(
    text: str,
    numbers: list[ClaimNumber],
    current_year: int | None,
    primary: str = "",
    source: str = "",
    segments: frozenset[str] = frozenset(),
    length: str = "",
    whole_year: int | None = None,
    fiscal_quarter: int | None = None,
    release_end: tuple[int, int, int] | None = None,
    fiscal_year: int | None = None,
) -> list[_ClaimContext]:
    """Each number of a claim read with its words, as a sentence of the release would be,
    and signed as the sentence reads it (the ends of "down 3 to 5 percent" are both falls).
    A flow (revenue, earnings) whose claim names no period length is the release's main
    period's (``primary``); balances at a date (deposits, cash) have no length. ``source``,
    the release, says which words in lower case name its segments; ``segments`` are those of its
    segments the claim names (``_segments_named``). ``length`` is the one the words around a clause of a claim
    name, as a sentence's paragraph's (``_clauses``); ``whole_year`` the year the release reports whole (``_whole_year``);
    ``fiscal_quarter`` the quarter of its year the release reports (``_reported_piece``), ``fiscal_year`` the fiscal
    year it is of where the release names one.
    ``numbers`` takes each number's signed value in place."""
    words = text.lower()  # once: per number, a claim of thousands of numbers is quadratic
    segment_named = bool(segments) or names_segment_revenue(_PERIOD_BEFORE_REVENUE.sub("", text), source)
    financial = [n for n in numbers if n.kind is None]
    readings = iter(
        read_sentence(text, [(n.span, n.value, n.unit) for n in financial], 0, len(text), current_year, length)
    )
    years = _YearsNamed(text, whole_year)
    places = _places_listed(text, numbers)
    contexts = []
    for position, number in enumerate(numbers):
        if number.kind is not None:
            contexts.append(_ClaimContext(None, Period()))
        else:
            reading = next(readings)
            if reading.value is not number.value:  # a copy only where the reading changed the value object
                numbers[position] = replace(number, value=reading.value)
            if not reading.change and _signed_change(text, number, reading.metric):
                reading = replace(reading, change=True, period=Period(reading.period.length, None, reading.period.end))
            period = reading.period
            if period.prior and _inputs_said_from(text, numbers, position):
                period = Period(period.length, None, period.end)  # "from six-month revenue of $341.8 million less ...": no comparison
            if reading.metric == "dividend" and (period.prior or period.length) and _dividend_of_a_year(text, number.span):
                # "covering FY 2024 dividend payments of EUR 30.3m" (paid in 2025, in "9M 2025"): the year a dividend is
                # for is no period of the amount paid, its length none either
                period = Period("", None, period.end)
            named = bool(period.length)
            at_a_date = (
                reading.metric in BALANCE_METRICS
                or (reading.metric == "buyback" and (
                    _REMAINING.match(text, number.span.end) is not None
                    or _AUTHORIZED_BEFORE.search(text, max(0, number.span.start - 60), number.span.start) is not None
                ))
                or (_RUN_RATE.match(text, number.span.end) is not None and is_forward(text, 0, number.span.start, number.span.end))
                or _ENDED_THE_PERIOD_WITH.search(text, max(0, number.span.start - 60), number.span.start) is not None
            )
            if at_a_date:
                # a balance at a date: "at quarter end" names no length; nor does what is left of a buyback
                # authorization ("had $58.5 billion left under its buyback authorization"), nor a rate a business
                # is to run at ("targets ... a $25 million revenue run rate by year-end": not the year's revenue)
                period, named = Period("", period.prior), False
            elif not named:
                period = Period(primary, period.prior)
            counted = number.unit is Unit.COUNT and _COUNTED_NOUN.match(text, number.span.end) is not None
            if not named and reading.metric and not at_a_date and years.up_to(number.span.end):
                period, named = Period("year", period.prior), True  # "Diluted EPS for 2021 was $59.45"
            forward = _claim_holds(text, _FORWARD_GATE) and is_forward(
                text, _clause_of_a_result(text, number.span.start), number.span.start, number.span.end
            )
            if forward and period.prior and not _range_end(text, numbers, position):
                # "sees 2021 revenues of about $12.5 billion, up from $11.7 billion in 2020": what the outlook is
                # compared with is a result, the release's own period's or an earlier one's; a range compared with
                # is the outlook's earlier edition ("expects adjusted EBITDA of $401-407 million, up from $379-385
                # million"): a result is no range
                forward, period = False, Period(period.length, None)
            if forward and _reported_piece(text, number, period.length, fiscal_quarter, current_year, whole_year or (
                current_year if primary == "year" else None
            )):
                forward = False  # "FY26 revenue outlook of $4.45-4.47 bln implies ... after H1's $2.13 bln": a result
            if forward and period.length == "year_to_date":
                # "has delivered $100 million year to date, toward the high end of its $100 million to $150 million
                # target": the time so far is a result's, never an outlook's, which runs past the release
                period, named = Period("", period.prior, period.end), False
            metric = reading.metric
            if counted and metric and metric not in NOT_MONEY_METRICS and not metrics_in(_words_after(text, number.span.end, _COUNTED_REACH)):
                # a count of what its own noun names, no amount of the money named before it: "capital expenditures of
                # $350 million to $370 million and still expects at least 185 system shop openings"
                metric = None
            if metric == "dividend" and period.prior and _DIVIDEND_FROM.search(text, max(0, number.span.start - 160), number.span.start):
                # "raised the annual dividend 4% to $1.04 a share from $1.00": a dividend raised or cut is the
                # rate going forward, and the rate it replaces is the one of the release's own period
                period = Period(period.length, False)
            if metric == "eps" and number.unit is Unit.CURRENCY and _SCALED.search(number.text):
                # "eps $5.16, more than double 2020's $1.06 bln": millions are no earnings per share, but
                # the metric of the last amount of money before them
                metric = next((c.metric for c in reversed(contexts) if c.metric and c.metric != "eps"), None)
            elif metric == "net_income" and _IN_CENTS.search(number.text):
                metric = "eps"  # "a loss of one cent, against earnings of 16 cents": earnings said in cents are per share
            if metric is None and contexts and _claim_holds(words, REST_WORDS) and REST_SAID.search(
                words, max(0, number.span.start - _REST_REACH), number.span.start
            ):
                # "After $6.32 billion of revenue in H1, the new guidance midpoint implies about $6.83 billion for the
                # second half": what a rest is of, the part the claim states before it says
                metric = next((c.metric for c in reversed(contexts) if c.metric), None)
            subject = _elided_subject(text, number.span.start) if metric else ""
            if not subject and metric and contexts and contexts[-1].subject and contexts[-1].metric == _as_segment(metric):
                # "international $394 mln, down 1.3%": the subject holds for its clause's numbers after it
                between = text[numbers[position - 1].span.end : number.span.start]
                subject = "" if ";" in between or metrics_in(between) else contexts[-1].subject
            if metric == "revenue" and (segment_named or subject):
                metric = "segment_revenue"  # "Gaming revenue was $3.3 billion": the segment's, or the company's
            if metric and not subject:
                # "including $2.8 billion through Figure Connect": the row the name opens backs it (``_subject_row``);
                # the metric stays the claim's, no segment's of any name
                subject = _subject_after(text, number.span.end)

            if period.prior and not reading.change and in_the_year_so_far(
                month_of_an_amount(text, 0, number.span.start, number.span.end), release_end, fiscal_quarter
            ):
                # "... for $750 million in December 2025" in a release on the fourth quarter of a year that ends in June
                # 2026: an earlier quarter of the release's own year, its length unsaid (as the release's prose reads it)
                period, named = Period("", False), False
            elif not forward and not period.prior and _earlier_year_after(text, number.span.end, current_year):
                period = Period(period.length, True)  # "after a $57.3m loss in FY23", in a release of 2024
            elif (
                not forward and period.prior and not reading.change and (fiscal_quarter == 4 or primary == "year")
                and _own_year_after_a_later(text, number.span.end, current_year)
            ):
                period = Period(period.length, False)  # "compares with $5.53 in fiscal 2026", set against fiscal 2027's
            elif not forward and period.prior is False and _earlier_quarter_owns(text, number, period.length, fiscal_quarter, current_year):
                period = Period(period.length, True)  # "wider than the third quarter's $36.1 million loss", in Q4's
            elif period.prior and _reported_piece_after(
                text, number, period.length, fiscal_quarter or (4 if primary == "year" else None), current_year, fiscal_year
            ):
                # "implies Q1 revenue of about $1.633 billion, against $1.935 billion in Q2"; in a release on the year,
                # its last quarter or half: "implies about RMB390 million in H1, against RMB480 million in H2"
                period = Period(period.length, False)
            # a measure of its own the clause's subject names, after the amount before ("..., and inflows exceeded"):
            # what backs it must say it too (``_says_its_measure``)
            before = next((n.span.end for n in reversed(numbers[:position]) if n.kind is None), None)
            own_measure = measure_of_its_own(text[before : number.span.start], text[:before]) if metric is None and before is not None else ()
            contexts.append(
                _ClaimContext(
                    metric, period, reading.change, counted, _basis_after(text, number.span.end) or reading.basis, words, named, forward, primary, segments,
                    subject, said_from=_clause_start(words, number.span.start),
                    said_to=number.span.start, year=_year_named(text, number.span), place=places[position], own_measure=own_measure,
                )
            )
    return _changes_of_their_base(text, numbers, contexts)


_FROM_RIGHT_AFTER = re.compile(r"\s+(?:from|vs\.?|versus)\s+\S{0,4}$", re.IGNORECASE)


def _changes_of_their_base(text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext]) -> list[_ClaimContext]:
    """A change of earnings said right before the amount per share it is counted from is the change of earnings per
    share: in "net income of $1,673 million, or $1.07 per diluted share, up 12.6% from $0.95", the 12.6% is the
    earnings per share's, as the $0.95 is; not the net income's its sentence named first."""
    for position, (number, context) in enumerate(zip(numbers[:-1], contexts[:-1])):
        base, base_context = numbers[position + 1], contexts[position + 1]
        if not context.change or base_context.change or not base_context.period.prior or base.kind is not None:
            continue
        per_share_base = base.unit is Unit.PER_SHARE or base_context.metric == "eps"
        if per_share_base and context.metric == "net_income" and _FROM_RIGHT_AFTER.fullmatch(text, number.span.end, base.span.start):
            contexts[position] = replace(context, metric="eps")
    return contexts


# "from" that opens what a value is computed from, not the period it is compared with: "Implied first-quarter revenue
# was about $163.5 million, from six-month revenue of $341.8 million less the second quarter's $178.3 million" (the
# words between "from" and the amount, which "less" and the next amount follow: ``LESS_BETWEEN``).
_INPUTS_FROM = re.compile(r"\bfrom\s+[^.;,\d]{0,50}$", re.IGNORECASE)


def _inputs_said_from(text: str, numbers: list[ClaimNumber], position: int) -> bool:
    """True when the amount ``numbers[position]`` is said after "from" as the first of two amounts the claim
    subtracts (``_INPUTS_FROM``): what a value is computed from, of the claim's own period."""
    number = numbers[position]
    following = next((n for n in numbers[position + 1 :] if n.kind is None), None)
    return (
        following is not None
        and _INPUTS_FROM.search(text, max(0, number.span.start - 60), number.span.start) is not None
        and LESS_BETWEEN.fullmatch(text, number.span.end, following.span.start) is not None
    )


# A period named as the owner of the amount right after it: "H1's $2.13 bln", "the first half's revenue of $2.13 bln",
# "2024's $922.1 million" (the period's words, then the words up to the amount).
_PERIOD_OWNS = re.compile(
    r"(?<![\w-])(?P<period>[\w-]+)['’]s\s+(?:[a-z-]+\s+){0,3}?" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
# A quarter that labels an aside, the amount right after it: "(Q3: $520m)", "(3Q 2024: $520 million)"
_QUARTER_LABEL_BEFORE = re.compile(
    r"\(\s*(?P<period>Q[1-4]|[1-4]Q|(?:first|second|third|fourth)\s+quarter)(?:\s?['’]?(?P<year>(?:20)?\d{2}))?\s*:\s*"
    + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
_QUARTER_LABEL_REACH = 40
_OWNS_WORDS = ("'s", "’s")  # every match of _PERIOD_OWNS holds one
_QUARTER_LABEL_WORDS = (":",)  # every match of _QUARTER_LABEL_BEFORE holds it
# A period named before the measure its amount is "of": "above 2024 adjusted opex of $798.8 million".
_PERIOD_NAMES_OF = re.compile(
    r"(?<![\w-])(?P<period>[\w-]+)\s+(?:[a-z&.-]+\s+){1,3}?of\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
# The words that make a period's amount the base or an input of an outlook's figure: "after H1's", "above 2024's".
# ("an improvement on 2024's $122.2 million loss": "on" too)
_BASE_WORDS = r"\b(?:after|with|from|above|below|over|under|than|vs\.?|versus|against|beyond|less|minus|plus|on)\s+"
_BASE_LINK = re.compile(rf"{_BASE_WORDS}(?:the\s+)?(?P<first>[\w-]+\s+)?$", re.I)
# The same words right before an amount whose period is said after it: "after $49.0 billion in the first half".
_BASE_LINK_RIGHT_BEFORE = re.compile(rf"{_BASE_WORDS}{HEDGED}$", re.IGNORECASE)
_YEAR_OWNS = re.compile(r"(?:\bFY\s?)?(?P<year>(?:19|20)\d\d)$|\bFY\s?'?(?P<short>\d\d)$", re.IGNORECASE)  # "2024's", "FY26's"


def _earlier_quarter_owns(
    text: str, number: ClaimNumber, length: str, fiscal_quarter: int | None, current_year: int | None
) -> bool:
    """True when an amount is said as an earlier quarter's own, of a release on a later quarter of the year: "the
    third quarter's $36.1 million loss", "Q3's $36.1 million" in the release of the fourth quarter (``_PERIOD_OWNS``),
    not where a year is said with it; or the quarter that labels the aside the amount opens ("EBITDA $455m (Q3: $520m)",
    ``_QUARTER_LABEL_BEFORE``), or said right after the amount, of no year but the release's ("the $2,028 million earned
    in 3Q21", in the release of 4Q21: ``PIECE_SAID_AFTER``)."""
    if length != "quarter" or not fiscal_quarter:
        return False
    # (neither searched at each amount of a claim that holds no word of it anywhere)
    owner = _PERIOD_OWNS.search(text, max(0, number.span.start - 60), number.span.start) if _claim_holds(text, _OWNS_WORDS) else None
    if owner is not None and not _YEAR_OWNS.search(owner.group("period")):
        named = pieces_named(text[max(0, owner.start() - 10) : owner.end("period")], length)
        return bool(named) and named[-1][1] < fiscal_quarter
    label = _QUARTER_LABEL_BEFORE.search(
        text, max(0, number.span.start - _QUARTER_LABEL_REACH), number.span.start
    ) if _claim_holds(text, _QUARTER_LABEL_WORDS) else None
    if label is not None and (not label.group("year") or (current_year and 2000 + int(label.group("year")[-2:]) == current_year)):
        named = pieces_named(label.group("period"), length)
        return bool(named) and named[-1][1] < fiscal_quarter
    said = PIECE_SAID_AFTER.match(text, number.span.end)
    if said is None:
        return False
    year = said.group("glued") or said.group("year")
    if year and (current_year is None or 2000 + int(year[-2:]) != current_year):
        return False
    named = pieces_named(said.group("period"), length)
    return bool(named) and named[-1][1] < fiscal_quarter


def _reported_piece(
    text: str, number: ClaimNumber, length: str, fiscal_quarter: int | None, current_year: int | None,
    reported_year: int | None,
) -> bool:
    """True when a number of a forward-looking claim is said as a period's own ("H1's $2.13 bln", ``_PERIOD_OWNS``)
    and that period is one the release reports: the quarter, half or nine months that end with the release's quarter
    ("FY26 revenue outlook of $4.45-4.47 bln implies second-half revenue of roughly $2.32-2.34 bln after H1's $2.13
    bln", in a release of the second quarter), of the release's year (no other year named for it); or the year the
    release reports whole (``reported_year``: "Confluent sees 2025 subscription revenue of $1.117-1.121 billion,
    roughly 21% to 22% above 2024's $922.1 million", in the release of 2024). That period is over: its figure is a
    result, said as the base or an input of the outlook's figure (``_BASE_LINK``: "after", "above"). A claim that says
    it expects the release's own period ("expects second-quarter revenue of $1.12 billion", "expects H1's revenue of
    $2.13 bln") stays an outlook, and is checked against the outlook only."""
    owner = _PERIOD_OWNS.search(text, max(0, number.span.start - 60), number.span.start) or _PERIOD_NAMES_OF.search(
        text, max(0, number.span.start - 60), number.span.start
    )
    link = _BASE_LINK.search(text, max(0, owner.start() - 30), owner.start()) if owner else None
    if owner is not None and link is not None:
        period = f"{link.group('first') or ''}{owner.group('period')}"  # "first half", "H1", "FY2024", "2024"
    elif (said := PIECE_SAID_AFTER.match(text, number.span.end)) and _BASE_LINK_RIGHT_BEFORE.search(
        text, max(0, number.span.start - 30), number.span.start
    ):
        period = said.group("period")  # "implies second-half sales of about $43.0 billion after $49.0 billion in the first half"
    else:
        return False
    if length == "year" or _YEAR_OWNS.fullmatch(period.strip()):  # "2024's $922.1 million" is the year's, said or not
        said = _YEAR_OWNS.search(period)
        if reported_year is None or said is None:
            return False
        return int(said.group("year")) == reported_year if said.group("year") else int(said.group("short")) == reported_year % 100
    if length not in ("quarter", "half", "nine_months") or not fiscal_quarter:
        return False
    # nine months run from the year's start, named or not; a quarter or half only by its name
    piece = claimed_piece(period, len(period), len(period), length, named_only=length != "nine_months")
    if piece is None or piece[1] != fiscal_quarter:
        return False
    year = _year_named(text, number.span)
    return year is None or year == current_year


_PIECES_SET_AGAINST = 120  # how far before an amount another quarter or half it is set against may be named


def _reported_piece_after(
    text: str, number: ClaimNumber, length: str, fiscal_quarter: int | None, current_year: int | None, fiscal_year: int | None
) -> bool:
    """True when an amount a comparison word introduces ("against", "vs") is said right after of the quarter or half
    the release reports, of its year: the release's own figure set beside another, not the earlier period's
    ("Palantir's six-month revenue of $3.568 billion implies Q1 2026 revenue of about $1.633 billion, against $1.935
    billion in Q2", in the release of the second quarter)."""
    said = PIECE_SAID_AFTER.match(text, number.span.end)
    if said is None or not fiscal_quarter or length not in ("quarter", "half"):
        return False
    named = pieces_named(said.group("period"), length)
    piece = named[-1] if named else None
    if piece is None or piece[1] != fiscal_quarter:
        return False
    # another quarter or half said before, set against it: "from $4.0 million in the fourth quarter" alone is the
    # comparison's own fourth quarter, a year before
    before = text[max(0, number.span.start - _PIECES_SET_AGAINST) : number.span.start]
    if not any(other != piece for other in pieces_named(before, length)):
        return False
    if said.group("fiscal"):
        # "against $18,120 million in Q3 FY24": a fiscal year, counted against the release's ("Third Quarter Fiscal
        # 2025" ends in October 2024), not unsure where the release names none
        return fiscal_year is not None and 2000 + int(said.group("fiscal")) % 100 == fiscal_year
    said_year = said.group("glued") or said.group("year")  # "$509k in 2Q24", "in Q2 2024": a year's own quarter
    year = (2000 + int(said_year) % 100 if said_year else None) or _year_named(text, number.span)
    return year is None or year == current_year


# A minus printed as a percentage's own sign, and the marks that open the clause it is read in: "net sales -18%",
# "segment adj. EBIT -56%", "; residential -3.8% to EUR127.8m" (of the rents named before).
_MINUS = re.compile(r"[-−–]")
_SIGNED_REACH = 40
_CLAUSE_MARK = re.compile(r"[;:(]|,\s")
_OF_AFTER_PERCENT = re.compile(r"\s+of\b")


# An aside opened right after an amount that is no percentage nor a year: "6.8m (", "4.0m units (", not "in 2008 ("
_AMOUNTS_ASIDE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*[^\d()%]{0,16}\(\s*$")


_SIGNED_SIGN = re.compile(r"[-+−–]")
# the second amount of a pair, then an aside opened right before the number: "$348.2m vs $379.7m ("
_AFTER_A_PAIR = re.compile(
    r"\d[^\d;()]{0,24}\b(?:vs\.?|versus|from|against)\s+(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?\s?\d[\d.,]*"
    r"(?:\s?(?:[mkb]n?|mm|mln|bln|million|billion|thousand))?\s*\(\s*$",
    re.IGNORECASE,
)
_PAIR_REACH = 80
_SIGNED_POINTS = re.compile(r"\(\s*[-+−–]")  # in parentheses, after the rate: "41.3% (-520bp)"


def _signed_change(text: str, number: ClaimNumber, metric: str | None) -> bool:
    """True when a claim's amount printed with its own sign in parentheses right after a pair is their difference
    ("$348.2m vs $379.7m (-$31.5m)"), or its percentage printed with its own minus right after a flow's name is that
    flow's change, as one printed with a plus is: "Household Q4 net sales -18%, segment adj. EBIT -56%". A
    percentage can be a level of a flow only as its margin, rate or share ("operating margin -2%", "-3% of sales"):
    words that say so, or a metric whose level is a percentage, leave it a level. A metric no vocabulary names is
    enough in an aside right after an amount of it: "iPods 6.8m (-10%)", as "Macs 4.0m units (+2%)". A move in points
    printed with its sign is a change of any rate: "gross margin 41.3% (-520bp)"."""
    if number.unit in (Unit.BASIS_POINTS, Unit.PERCENTAGE_POINTS):
        # (not a tolerance: "operating margin of approximately 42.6%, +/-150 bps"; nor a table's row said as a sentence)
        opened = number.span.start > 0 and text[number.span.start - 1] == "("
        return _SIGNED_POINTS.match(text, number.span.start - 1 if opened else number.span.start) is not None
    if number.unit is Unit.CURRENCY:
        # "R&D $348.2m vs $379.7m (-$31.5m)": an amount with its own sign in parentheses after a pair is their difference
        return _SIGNED_SIGN.match(number.text) is not None and _AFTER_A_PAIR.search(
            text, max(0, number.span.start - _PAIR_REACH), number.span.start
        ) is not None
    if number.unit is not Unit.PERCENT or metric in PERCENT_LEVEL_METRICS:
        return False
    if not metric and not _AMOUNTS_ASIDE.search(text, max(0, number.span.start - _SIGNED_REACH), number.span.start):
        return False
    if not _MINUS.match(number.text):
        return False
    before = text[max(0, number.span.start - _SIGNED_REACH) : number.span.start]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() :] if marks else before
    after = _CLAUSE_MARK.split(text[number.span.end : number.span.end + _SIGNED_REACH], 1)[0]
    if RATE_OF_A_FLOW.search(clause) or RATE_OF_A_FLOW.search(after):  # "(-44.8% margin)"
        return False
    if _SHARE_ASIDE_BEFORE.search(text, max(0, number.span.start - _SHARE_ASIDE_REACH), number.span.start):
        return False  # "to $27.7m (-40.2% of net revenues) from $24.7m (-33.0%)": the earlier period's share, as the aside before
    return _OF_AFTER_PERCENT.match(text, number.span.end) is None


# An aside of a share after an amount, then an aside opened after the next amount: "$27.7m (-40.2% of net revenues)
# from $24.7m ("
# ("$30.8m (-44.8% margin) vs $37.5m (", "$27.7 million, or -40.2% of net revenues, from $24.7 million (", "..., from
# $24.7 million, or ")
_SHARE_ASIDE_BEFORE = re.compile(
    r"(?:\(\s*[-+−–]?\d[\d.,]*\s?%\s+(?:of\s|margin\b)[^()]*\)|,\s*or\s+[-+−–]?\d[\d.,]*\s?%\s+of\s[^(),;]*,)"
    r"[^()%;]*\d(?:[^()%;]*\(|[^()%;,]*,\s*or)\s*$"
)
_SHARE_ASIDE_REACH = 120


def _earlier_year_after(text: str, end: int, current_year: int | None) -> bool:
    """Whether the words right after an amount date it to a year before the release's, where the claim names
    the release's own year before it ("FY24 non-GAAP operating income $27.5m after a $57.3m loss in FY23"): then
    it is the amount of the period compared with. A claim that names no later year may speak of a fiscal year
    the release's year differs from ("revenue of more than $11 billion in FY25" in a release of fiscal 2026)."""
    found = _YEAR_AFTER.match(text, end)
    if found is None or current_year is None:
        return False
    return _year_of(found) < current_year and any(_year_of(said) >= current_year for said in _YEAR_SAID.finditer(text, 0, end))


def _own_year_after_a_later(text: str, end: int, current_year: int | None) -> bool:
    """Whether the words right after an amount date it to the release's own year where the claim names a later year
    before it ("The midpoint of the fiscal 2027 adjusted EPS range, $5.85, compares with $5.53 in fiscal 2026", in the
    release of fiscal 2026): what an outlook is compared with is then the release's own result, not an earlier one."""
    found = _YEAR_AFTER.match(text, end)
    if found is None or current_year is None:
        return False
    return _year_of(found) == current_year and any(_year_of(said) > current_year for said in _YEAR_SAID.finditer(text, 0, end))


def _year_of(said: re.Match[str]) -> int:
    return int(said.group("long") or "20" + said.group("short"))


# A year a claim names: "FY24", "FY'24", "fiscal 2024", "2024".
_YEAR_SAID = re.compile(r"\bfy\s?'?(?P<short>\d{2})\b|\b(?P<long>(?:19|20)\d{2})\b", re.IGNORECASE)


# A year said right after an amount, a noun between at most: "a $57.3m loss in FY23", "$9.1bn for fiscal 2023".
_YEAR_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:in|for|during)\s+(?:the\s+)?(?:fy\s?'?(?P<short>\d{2})\b|(?:fiscal\s+(?:year\s+)?|fy\s?)?(?P<long>(?:19|20)\d{2})\b)",
    re.IGNORECASE,
)


def _basis_after(text: str, end: int) -> str:
    """The basis a claim says right after an amount, which is the amount's whatever its clause said before
    ("diluted EPS was 12 cents GAAP and 65 cents non-GAAP": the 65 cents are non-GAAP); "" where none is said."""
    found = _BASIS_RIGHT_AFTER.match(text, end)
    if found is None:
        return ""
    return "adjusted" if found.group(1).lower() in ("non-gaap", "nongaap", "adjusted") else "gaap"


# A basis word right after an amount that ends its phrase: "65 cents non-GAAP", "$4.27 GAAP,", not "adjusted for".
_BASIS_RIGHT_AFTER = re.compile(r"[ \t]+(non-?GAAP|adjusted|GAAP)(?=\s*(?:[,;.)]|and\b|but\b|vs\b|$))", re.IGNORECASE)


# A period between a segment's name and its revenue: "gaming q3 revenue", "datacenter Q4 revenue".
_PERIOD_BEFORE_REVENUE = re.compile(
    r"\s(?:q[1-4]|[1-4]q(?:\d{2})?|fy(?:\s?'?\d{2,4})?|h[12]|[12]h(?:\d{2})?|quarterly|(?:first|second|third|fourth)[- ]quarter)"
    r"(?=\s+(?:net\s+|total\s+)?(?:revenues?|sales)\b)",
    re.IGNORECASE,
)
# A dividend raised or cut, then the rate it was changed "from", right before the number.
_DIVIDEND_FROM = re.compile(
    r"\b(?:rais|increas|lift|boost|hik|cut|reduc|lower|trimm?)(?:e|es|ed|ing|s)?\b(?:[^.;]|\.(?=\d))*?\bfrom\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
def _clause_of_a_result(text: str, start: int) -> int:
    """Where the words that may make a claim's number forward-looking start: after the last semicolon before it when
    its own clause states a result in the past tense (``RESULT_CLAUSE``), else at the claim's start ("Sees Q3 revenue
    of $1.1 billion; EPS of $0.50" is guidance in both clauses)."""
    said = RESULT_CLAUSE.search(text, max(0, start - 200), start)
    return said.start() + 1 if said else 0


# Every match of FORWARD_LOOKING and of FORWARD_AFTER holds one of these (``is_forward`` is False in a claim of none).
# Asked of the claim as written, as ``is_forward`` reads it: its lower case may part a letter that the pattern's
# case-blind match takes whole ("İ" lowers to "i" and a combining dot)
_FORWARD_GATE = (*FORWARD_WORDS, "run")  # "toward a $25 million run rate by year-end"
_RUN_RATE = re.compile(r"\s+(?:(?:annual(?:ized)?|revenue|sales|recurring)\s+){0,2}run[- ]rate\b", re.IGNORECASE)
# What a period ended with, right before its amount: a level at its end ("ended the year with 55 proprietary games")
_ENDED_THE_PERIOD_WITH = re.compile(
    r"\bend(?:ed|s|ing)\s+(?:the\s+)?(?:(?:fiscal|full|calendar)[\s-]+)?(?:year|quarter|period|half)\s+with\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
# "$58.5 billion remaining", "$58.5 billion of buyback authorization remaining", "$145 million still authorized"
_REMAINING = re.compile(
    r"\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:left|remaining|remains?|still available|available|still authori[sz]ed)\b", re.IGNORECASE
)
# A buyback the board approved or authorized, the size of a programme, no period's repurchases: "its board approved an
# additional $14 billion buyback"
_AUTHORIZED_BEFORE = re.compile(
    r"\b(?:approv|authori[sz])(?:ed|es|ing)\s+(?:(?:an?|the|its)\s+)?(?:(?:additional|new|incremental|further)\s+)?"
    + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
_SCALED = re.compile(r"\d\s?(?:thousand|million|billion|trillion|mln|bln|bn|mn|[mMbBkK])\b", re.IGNORECASE)
# A claim that opens with a year and what it is the year's: "2024 dividends declared totaled C$239.0 million".
_OPENING_YEAR = re.compile(
    r"\W*(?:FY\s*)?(?:19|20)\d{2}\s+(?!(?:first|second|third|fourth|Q[1-4]|[1-4]Q|H[12]|half|quarter|nine|six|three)\b)[a-z]",
    re.IGNORECASE,
)


class _YearsNamed:
    """Whether a claim names a year as the period of a number whose words name no length ("Diluted
    EPS for 2021 was $59.45", "raised its 2021 guidance ... sees revenue of"): said in the number's
    own clause or an earlier one, never in a later one ("Axon's adjusted EBITDA margin was 26.8%, and
    it still expects about 25.5% for 2026": the 26.8% is the quarter's). Each clause read once."""

    def __init__(self, text: str, whole_year: int | None = None) -> None:
        self.text = text
        self.whole_year = whole_year  # a year named alone is a period in a release that reports it whole
        self.ends = [*clause_ends(text), len(text)]
        self.named: list[bool] = []  # per clause read so far: a year is named in it or before it
        self.alone: list[bool] = []  # per clause read so far: the year the release reports whole is named in it

    def up_to(self, offset: int) -> bool:
        clause = bisect.bisect_left(self.ends, offset)
        while len(self.named) <= clause:
            at = len(self.named)
            words = self.text[self.ends[at - 1] if at else 0 : self.ends[at]]
            said = full_year(words) or full_year_guidance(words) or (at == 0 and _OPENING_YEAR.match(words) is not None)
            self.named.append(said or (at > 0 and self.named[-1]))
            # the release's whole year said alone ("in 2024") is its own clause's period, and no later one's
            self.alone.append(self.whole_year is not None and names_the_year(words, self.whole_year))
        clause = min(clause, len(self.named) - 1)
        return self.named[clause] or self.alone[clause]


_OF_A_WHOLE = re.compile(r"\s+of\s+")  # "35% of q2 licensing": a part's share of a whole
_WHOLE_AFTER = re.compile(r"\s+of\s+((?:[a-z0-9&'’.-]+\s+){0,3}[a-z0-9&'’-]+)")


def _whole_not_revenue(words: str, end: int) -> bool:
    """True when a percentage is said of a whole right after it ("4.1% of gross orders") that names no revenue: a ratio
    to revenue is not what it says."""
    whole = _WHOLE_AFTER.match(words, end)
    return whole is not None and not {metric for _, metric in metrics_in(whole.group(1))} & {"revenue", "segment_revenue"}


_TIMES_AFTER = re.compile(r"[ ]times\b")  # a multiple said in words after its number: "book-to-bill was 1.09 times"
_RATIO_SAID = re.compile(r"\b(?:ratio|leverage|multiple|coverage|book-to-bill)\b", re.IGNORECASE)
_RATIO_ROW = re.compile(r"/|\bto\b|\bratio|\bleverage|\bmultiple|\bcoverage|\btimes\b", re.IGNORECASE)  # "Net Debt / EBITDA"
_RATIO_REACH = 40  # the words before a figure that say it is a ratio: "net debt to equity ratio was 0.37"


# a level's metric, and for one of no metric read its clause and its side of a contrast (``_clause_keys``)
_LevelKey = tuple[str | None, int, int]


def _level_anchors(
    contexts: list[_ClaimContext], found: list[_Candidates | None], shares: Sequence[bool], keys: list[_LevelKey],
    rates: Sequence[bool] | None = None,
) -> dict[_LevelKey, set[Span]]:
    """Per metric (``keys``), the sentences and rows that back the claim's levels of it: gathered once,
    not once per change (a claim of thousands of changes is quadratic otherwise). A part's share of
    a whole alone is no level a change goes with: "broadcast about 35% of q2 licensing, down about
    19%" is broadcast's change, said where its share is not; beside an amount of its metric, the
    share's sentences back the change too ("grew 82% to RMB1,327 million, 56% of ... revenue").
    ``rates``, where given: which numbers are rates, the only levels kept (those a move in points goes with)."""
    levels: dict[_LevelKey, set[Span]] = {}
    amounts: set[_LevelKey] = set()  # the metrics with a level that is no share
    for position, (other, other_found) in enumerate(zip(contexts, found)):
        if other_found is not None and not other.change and (rates is None or rates[position]):
            levels.setdefault(keys[position], set()).update(other_found.anchors(other.metric))
            if not (position < len(shares) and shares[position]):
                amounts.add(keys[position])
    return {key: spans for key, spans in levels.items() if key in amounts}


# Where a claim's clauses part, for numbers of no metric read: "Capacity grew 7.2% while RASM dropped 10.4% to 11.3
# cents" -- the 7.2% goes with no level of the clause after "while"; and the contrasts among them, across which no
# change goes with the other side's levels at all.
# (and "and" that opens a clause of its own subject: "orders rose 6% organically and book-to-bill was 1.09 times"; so
# does "with" and the measure it names before its amount: "orders increased 6% organically, with a book-to-bill of 1.09")
_CLAUSE_PARTS = re.compile(
    r";|\b(?:while|whilst|whereas|but|(?:al)?though|even\s+as)\b|\band(?=\s+(?:[A-Za-z][\w-]*\s+){1,4}(?:was|were|is|are|stood|came\s+in)\b)"
    r"|,\s*with(?=\s+(?:an?\s+)?(?:[A-Za-z][\w-]*\s+){1,3}of\b)",
    re.IGNORECASE,
)


def _clause_keys(text: str, numbers: Sequence[ClaimNumber], contexts: list[_ClaimContext]) -> list[_LevelKey]:
    """Each number's key among the claim's levels (``_level_anchors``): its metric, and where no metric is read, the
    clause it stands in as well (an unknown metric goes with the unknown levels of its own clause only) and its side
    of the contrasts ("while", "whereas", "but") before it (``_anchors``)."""
    parts = list(_CLAUSE_PARTS.finditer(text)) if may_hold(text, _CLAUSE_PART_WORDS) else []
    starts = [part.start() for part in parts]
    contrasts = [part.start() for part in parts if part.group() != ";"]
    return [
        (context.metric, 0, 0) if context.metric is not None
        # a change that names its own measure goes with no level of another's: "liquidity of $464 million and plans to
        # raise prices 15%", "a 15% price increase"
        else (None, bisect.bisect_right(starts, number.span.start), -1) if _names_its_measure(text, number, context)
        else (None, bisect.bisect_right(starts, number.span.start), bisect.bisect_right(contrasts, number.span.start))
        for number, context in zip(numbers, contexts)
    ]


def _names_its_measure(text: str, number: ClaimNumber, context: _ClaimContext) -> bool:
    """Whether a change of no metric read names the measure it is the change of, right at it: "a 15% price increase",
    "plans to raise prices 15%"."""
    return context.change and number.unit is Unit.PERCENT and (
        measure_changed_after(text, number.span.end) is not None
        or names_a_planned_change(text[max(0, number.span.start - 120) : number.span.start])
    )


def _own_clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start`` from the last link that opens a clause of its own subject (``_CLAUSE_PARTS``):
    "EBT rose 13% to $152 million, even as rental power-fleet utilization dipped to" is the utilization's, not EBT's."""
    words = clause_before(text, start)
    links = list(_CLAUSE_PARTS.finditer(words)) if may_hold(words, _CLAUSE_PART_WORDS) else []
    return words[links[-1].end() :] if links else words


_CLAUSE_PART_WORDS = (";", "while", "whilst", "whereas", "but", "though", "even", "and", "with")


def _anchors(context: _ClaimContext, levels: dict[_LevelKey, set[Span]], key: _LevelKey) -> set[Span]:
    """The sentences and rows that back the levels of a change's metric in the same claim
    (``levels``: ``_level_anchors``; ``key``: the change's own, ``_clause_keys``). A change of no metric read
    goes with the unread levels of its own clause, else, where its clause states none, with those of the claim on its
    side of a contrast ("Surgeries +5.2% y/y to 21,912; hospital days +5% to 135,107; chemo and radiotherapy sessions
    +6%": one sentence of the release backs them all; "Capacity grew 7.2% while RASM dropped 10.4% to 11.3 cents":
    the 7.2% goes with no level after "while", whose side names its own subject). A change after a contrast still goes
    with those before it, of the subject it leaves unsaid: Gecina's "Residential rents fell 3.8% to EUR127.8m on a
    current basis but rose 4.7% like-for-like" (not the "+2.8%" of indexation in the 4.7%'s sentence)."""
    if not context.change or context.basis == "constant_currency" or (context.basis == "organic" and context.metric):
        # "up 5% in USD and 10% in constant currency", "down 1%; organic sales down 5%": that change stands apart, of
        # the measure it names; one of no measure read has only the levels to go with ("Residential rents fell 3.8%
        # ... but rose 4.7% like-for-like")
        return set()
    return set().union(*(levels[held] for held in _anchor_keys(levels, key)))


def _changes_alone(
    numbers: Sequence[ClaimNumber], contexts: list[_ClaimContext], parts: Sequence[bool], keys: list[_LevelKey]
) -> list[_ClaimContext]:
    """The claim's contexts, each change's marked ``alone`` where the claim states no level it goes with
    (``_anchor_keys``): "Capacity grew 7.2% while RASM dropped 10.4% to 11.3 cents" -- the 7.2% goes with none, and
    nothing but its own words tells what it is the change of (``_surely_of``)."""
    said = {key: set[Span]() for key, n, c, part in zip(keys, numbers, contexts, parts) if n.kind is None and not c.change and not part}
    return [
        replace(context, alone=True) if context.change and not _anchor_keys(said, key) else context
        for context, key in zip(contexts, keys)
    ]


def _anchor_keys(levels: dict[_LevelKey, set[Span]], key: _LevelKey) -> set[_LevelKey]:
    """The keys of the claim's levels a change of ``key`` goes with (``_anchors``)."""
    if key in levels or key[0] is not None:
        return {key} if key in levels else set()
    return {held for held in levels if held[0] is None and held[2] <= key[2]}


_CAUSE_AMOUNT = re.compile(
    r"(?:,\s*(?:mainly|primarily|largely|partly|partially|chiefly)\s+(?:on|from|due\s+to|driven\s+by|reflecting)"
    r"|\b(?:driven\s+by|due\s+to|thanks\s+to))\s+(?:(?:an?|the)\s+)?" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)


def _consistent(
    index: FactIndex,
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    found: list[_Candidates | None],
    shares: Sequence[bool] = (),
) -> list[str]:
    """Keep a claim's change with the level it accompanies, in place.

    In "revenue totaled $215.9 billion, up 41%", the 41% must come from the sentence or
    table row that backs the $215.9 billion, not from a segment's paragraph. Returns, per
    number, why its candidates were dropped ("" when they were not)."""
    reasons = [""] * len(numbers)
    keys = _clause_keys(text, numbers, contexts)
    levels = _level_anchors(contexts, found, shares, keys)  # the levels' candidates are not changed below: only changes' are
    sentences: dict[str | None, list[Span]] | None = None  # the levels' sentences, read once if asked
    rate_levels: dict[_LevelKey, set[Span]] | None = None  # the levels that are rates, gathered if asked
    for position, (context, candidates) in enumerate(zip(contexts, found)):
        if candidates is None or not context.change:
            continue
        cells = _own_cells(text, numbers, contexts, found, position)
        if cells:
            # "Service revenue on fuel cell systems rose 82% to $29.8 million": the change computed from the very
            # cell that backs the level it goes to, against its row's comparison, is that level's change, whatever
            # the row's label leaves unnamed (the level fitted it)
            computed = [
                d for d in candidates.derived
                if d.inputs[0].figure.span in cells and d.inputs[1].figure.context == d.inputs[0].figure.context
                and d not in candidates.fitting_derived and bases_compatible(context.basis, d.basis)
                and _label_said(d.inputs[0].figure.row or "", context.words)
            ]  # fmt: skip
            if computed:
                candidates = found[position] = replace(candidates, fitting_derived=[*candidates.fitting_derived, *computed])
        if not (candidates.fitting or candidates.fitting_derived):
            continue
        if _PART_BEFORE.search(text, max(0, numbers[position].span.start - 40), numbers[position].span.start):
            continue  # "a benefit of $452 million, including an $875 million decrease in the allowance": a part's change
        parts = _segment_named_after(text, numbers[position], candidates.fitting)
        if parts:
            # "revenue of $1,345 million ..., reflecting 56 percent growth in commercial communications": the change
            # of the part it names right after it, not of the level before
            found[position] = replace(candidates, fitting=parts, fitting_derived=[])
            continue
        if (
            context.forward and not context.segments and context.period.prior is None
            and not per_claim(text, _names_previous_outlook, _names_previous_outlook)
            and not _result_level_said(contexts, found, keys, levels, position)
        ):
            # an outlook states one growth of a metric for its period, whether beside its range or in another
            # sentence ("to $1,938-$1,968 million (18-20% growth)" and "an expected 18-20% ... increase in net
            # sales"); not the growth of the outlook it replaced ("from 12 to 14 percent previously")
            source = index.document.text
            current = [
                f for f in candidates.fitting
                if f.period.prior is not True and not PREVIOUS_OUTLOOK.search(source, f.figure.span.end, f.figure.span.end + 30)
            ]
            found[position] = replace(candidates, fitting=current)
            if not (current or candidates.fitting_derived):
                reasons[position] = "the change is that of the previous outlook"
            continue
        if context.forward and context.change and context.period.prior:
            # the growth of the outlook replaced, as the claim says it ("18% to 20%, up from 12% to 14%"): not the new
            # outlook's growth
            source = index.document.text
            earlier = [
                f for f in candidates.fitting
                if f.period.prior is True or PREVIOUS_OUTLOOK.search(source, f.figure.span.end, f.figure.span.end + 30)
            ]
            found[position] = replace(candidates, fitting=earlier, fitting_derived=[])
            if not earlier:
                reasons[position] = "the change is that of the current outlook"
            continue
        own = _own_level(text, numbers, contexts, found, position)
        anchors = own or _anchors(context, levels, keys[position])
        if anchors and not own and numbers[position].unit in POINT_UNITS:
            # a move in points goes with the claim's rates of its metric, not its amounts: "Gross profit declined 12% to
            # $45.1 million, even as gross margin rose 557 basis points" (gross profit and margin one metric); beside
            # amounts alone, it is of their period (the quarter's 557, not the half-year's 375 basis points)
            if rate_levels is None:
                rate_levels = _level_anchors(contexts, found, shares, keys, [n.unit is Unit.PERCENT for n in numbers])
            anchors = _anchors(context, rate_levels, keys[position])
            if not anchors:
                kept = candidates
                for at, level in enumerate(found):
                    if level is not None and keys[at] == keys[position] and not contexts[at].change:
                        kept = _of_the_levels_length(kept, level)
                if not (kept.fitting or kept.fitting_derived):
                    reasons[position] = "the change is of another period than the level it goes with"
                found[position] = kept
                continue
        if not anchors and context.basis == "organic" and context.change:
            # an organic change stands apart from its levels on figures read of that basis only; one of no basis read
            # goes with the levels as any change ("sales up 9.5% to $1,634 million (9.8% organic)" is no company's
            # reported 9.8%)
            organic = [f for f in candidates.fitting if f.basis == "organic"]
            if organic or not candidates.fitting:
                candidates = replace(candidates, fitting=organic)
            else:
                anchors = _anchors(replace(context, basis=""), levels, keys[position])
        if anchors:
            kept = _of_the_levels_length(candidates.within(anchors), found[position + 1] if own else _level_it_goes_to(
                text, numbers, contexts, found, position
            ))
            if not (kept.fitting or kept.fitting_derived) and context.metric:  # a named metric only: not "unknown" beside "unknown"
                if sentences is None:
                    sentences = _level_sentences(contexts, found)
                # (an outlook's growth for another length is none: "Raises full-year revenue growth outlook to 32% to
                # 34%" is no neighbour of "Software & Services revenue grows 36% year over year to $398 million")
                kept_near = [
                    f for f in candidates.fitting
                    if f.period.length in ("", context.period.length) or not forward_at(index.document.text, f)
                ]
                near = _neighbours(index, kept_near, sentences.get(context.metric, []))
                kept = replace(kept, fitting=near)
            if not (kept.fitting or kept.fitting_derived) and context.metric:
                levels_claimed = [n.interval for n, c in zip(numbers, contexts) if c.metric == context.metric and not c.change]
                kept = replace(kept, fitting=_with_its_amount(index, candidates.fitting, levels_claimed, numbers[position]))
                gone_to = next((at for at in range(position + 1, len(numbers)) if numbers[at].kind is None), None)
                if not (kept.fitting or kept.fitting_derived) and gone_to is not None and (
                    contexts[gone_to].metric == context.metric and not contexts[gone_to].change
                    and _TO_THE_LEVEL.fullmatch(text, numbers[position].span.end, numbers[gone_to].span.start)
                ):
                    # the level said right after the change, the one it went to ("fell about 50% ... to $62.4 million")
                    kept = replace(kept, fitting=_with_a_rounder_level(
                        index, candidates.fitting, numbers[gone_to].interval, context.basis, _claim_base(index, numbers[position], context)
                    ))
            if not (kept.fitting or kept.fitting_derived):
                kept = replace(kept, fitting=_pointing_back(index, candidates.fitting, anchors))
            if not (kept.fitting or kept.fitting_derived):
                kept = replace(kept, fitting=_titling_the_table(index, candidates.fitting, anchors))
            if not (kept.fitting or kept.fitting_derived):
                reasons[position] = "the change is reported for another figure than the one it accompanies"
            found[position] = kept
        else:
            kept = _of_the_levels_length(candidates, _level_it_goes_to(text, numbers, contexts, found, position))
            if candidates.fitting and not (kept.fitting or kept.fitting_derived):
                reasons[position] = "the change is of another period than the level it goes to"
            found[position] = kept
    return reasons


def _of_the_levels_length(candidates: _Candidates, level: _Candidates | None) -> _Candidates:
    """A change's candidates of the period the level it goes "to" is backed for ("fell 20% to $55.2 million", "Crop
    Nutrition -23% to $28.2m": the quarter's, not the half-year column's of its row); all of them where no level
    is said, or the level's period is not read."""
    lengths = {f.period.length for f in level.fitting} if level is not None else set()
    if not lengths or "" in lengths:
        return candidates
    return replace(candidates, fitting=[f for f in candidates.fitting if f.period.length in lengths or not f.period.length])


def _level_it_goes_to(
    text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], found: list[_Candidates | None], position: int
) -> _Candidates | None:
    """The candidates of the level a change goes "to", the next number of the same length said, whatever metric either
    is read as."""
    after = position + 1
    if after >= len(numbers) or (level := found[after]) is None or contexts[after].change:
        return None
    if contexts[after].period.length != contexts[position].period.length:
        return None
    return level if _TO_ITS_LEVEL.fullmatch(text, numbers[position].span.end, numbers[after].span.start) else None


def _result_level_said(
    contexts: list[_ClaimContext],
    found: list[_Candidates | None],
    keys: list[_LevelKey],
    levels: dict[_LevelKey, set[Span]],
    position: int,
) -> bool:
    """Whether a forward-read change goes with a level the claim states as a result (``_anchors``' keys), so that it is
    held to that level's backing like any change, not read as an outlook's growth said anywhere: "realized about $125
    million of cost savings in 2024, beating its initial target by 25%" -- the 25% is how far the realized savings went
    past the target (Anywhere's "exceeding our initial target by 25%"), not another bullet's "nearly 20%"."""
    held = _anchor_keys(levels, keys[position])
    return any(
        keys[at] in held and found[at] is not None and not other.change and not other.forward
        for at, other in enumerate(contexts)
    )


# A change, then the level it went to: "fell 23% to $55.2 million", "up 156% to a record $184 million".
_TO_ITS_LEVEL = re.compile(r"\s+to\s+(?:an?\s+)?(?:(?:new\s+)?record\s+)?" + HEDGED)


def _own_level(
    text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], found: list[_Candidates | None], position: int
) -> set[Span]:
    """The sentences and rows that back the level a change goes "to", when it is the next number and of
    the change's metric: "Crop Protection revenue fell 23% to $55.2 million and Seed and Integrated
    Products 28% to $23.3 million" -- the 28% is the Seed row's, not any revenue level's of the claim."""
    after = position + 1
    if after >= len(numbers) or (level := found[after]) is None or contexts[after].change:
        return set()
    if not contexts[position].metric or contexts[after].metric != contexts[position].metric:
        return set()  # "gross billings grew 82% to RMB1,327 million": of what, no vocabulary says
    if not _TO_ITS_LEVEL.fullmatch(text, numbers[position].span.end, numbers[after].span.start):
        return set()
    return level.anchors(contexts[after].metric)


_LABEL_WORD = re.compile(r"[a-z][a-z&'-]{2,}")
_PLAIN_WORDS = frozenset("and the for from with related total net other".split())


def _label_said(label: str, words: str) -> bool:
    """True when a claim (``words``, lower-cased) says most of a row label's words (by their first six letters):
    "Service revenue on fuel cell systems" the row "Services performed on fuel cell systems and related
    infrastructure"; not "Diversified Industrial segment operating income" the row "Aerospace Systems"."""
    said = {word[:6] for word in _LABEL_WORD.findall(words)}
    named = [word[:6] for word in _LABEL_WORD.findall(label.lower()) if word not in _PLAIN_WORDS]
    return bool(named) and 2 * sum(word in said for word in named) >= len(named) + 1


def _own_cells(
    text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], found: list[_Candidates | None], position: int
) -> set[Span]:
    """The table cells that back the level a change goes "to" (``_own_level``), when it is the next number and of
    the change's metric."""
    after = position + 1
    if not _own_level(text, numbers, contexts, found, position):
        return set()
    level = found[after]
    return {f.figure.span for f in level.fitting if f.in_table} if level is not None else set()


# The words that make a percentage a part of the change before it, not a level it goes with: "declined 3%, which
# included an estimated 1% headwind from the conflict", "increased 8% ..., with the NFL transaction representing
# approximately 4%"
_PART_OF_A_CHANGE = re.compile(
    r"\b(?:represent(?:ing|ed|s)|includ(?:ing|ed|es)|contribut(?:ing|ed)|accounting\s+for|accounted\s+for)\s+"
    r"(?:an?\s+)?(?:estimated\s+)?" + HEDGED + r"$",
    re.IGNORECASE,
)
# What a part of the figure before is introduced by: its change is not that figure's.
_PART_BEFORE = re.compile(r"\b(?:including|includes|included|of which)\s+(?:an?\s+|the\s+)?" + HEDGED + r"$", re.I)
# The words right after a change that name what grew: "56 percent growth in commercial communications and ..."
_GROWTH_IN = re.compile(r"\s*(?:growth|increase|decline|decrease|rise|drop)\s+(?:in|at|for)\s+(?:the\s+|its\s+|our\s+)?([^;.()\d]{3,60})", re.I)


def _segment_named_after(text: str, number: ClaimNumber, fitting: Sequence[Fact]) -> list[Fact]:
    """The fitting figures of a segment the claim names right after its change as what grew ("reflecting 56 percent
    growth in commercial communications and 14 percent growth in aerospace, defense, and government"): that part's
    change, not the change of the level the claim stated before it (Keysight's CSG revenue "up 43 percent")."""
    named = _GROWTH_IN.match(text, number.span.end)
    if named is None:
        return []
    said = _plain_words(named.group(1))
    return [f for f in fitting if f.segment and f"{said} ".startswith(f"{_plain_words(f.segment)} ")]


def _plain_words(words: str) -> str:
    """``words`` in lower case, commas left out, one space between words: "Aerospace, Defense and Government" is
    "aerospace defense and government"."""
    return " ".join(words.lower().replace(",", " ").split())


# How far apart a change and the level it accompanies may be said in running text: the sentence
# next to it, or the one after that ("... totaled $1,839,000 (2024: $3,262,000). Click Here to see the
# table ... / ... decreased by $1,423,000 or 43%"), not another paragraph's.
_NEAR = 300


def _level_sentences(contexts: list[_ClaimContext], found: list[_Candidates | None]) -> dict[str | None, list[Span]]:
    """Per metric, the sentences of running text that back the claim's levels of it."""
    sentences: dict[str | None, list[Span]] = {}
    for other, other_found in zip(contexts, found):
        if other_found is not None and not other.change:
            sentences.setdefault(other.metric, []).extend(f.figure.context for f in other_found.fitting if not f.in_table)
    return sentences


def _with_its_amount(
    index: FactIndex, changes: list[Fact], levels: list[tuple[Decimal, Decimal]], claimed: ClaimNumber
) -> list[Fact]:
    """The percent changes of running text said beside their change in money and no level ("Net sales were up $68
    million, an increase of 51%") that are the change of a level the claim states (``levels``, their intervals: "net
    sales $200 million, up 51%"): the amount's rise over the level it rose to, $68 million of $132 million, meets the
    claim's percent, each figure taken with its rounding. Arithmetic, not nearness, ties them: another figure's 51%
    would need another level."""
    low, high = claimed.interval
    kept = []
    for change in changes:
        if change.in_table or change.figure.unit is not Unit.PERCENT or not change.metrics:
            continue
        said = [f for f in index.in_context(change.figure.context) if f.metrics & change.metrics]
        if any(not f.change for f in said):
            continue  # a sentence that states a level: its change is that level's
        amounts = [f.interval for f in said if f.change and f.family == "currency"]
        for amount, level in itertools.product(amounts, levels):
            # the change over the level before it, amount / (level - amount), at the corners of the two intervals
            # (it is monotonic in each): a rise's or a fall's
            if min(level) - max(amount) <= 0:
                continue
            rates = [_HUNDRED * a / (v - a) for a in amount for v in level]
            if min(rates) < high and low <= max(rates):
                kept.append(change)
                break
    return kept


# From a change to the level it went to: " year over year to ", " to about "
_TO_THE_LEVEL = re.compile(r"[^\d%;]{0,40}?\bto\s+(?:an?\s+)?" + HEDGED + r"\S{0,4}", re.IGNORECASE)


def _with_a_rounder_level(
    index: FactIndex, changes: list[Fact], level: tuple[Decimal, Decimal], basis: str, base: str
) -> list[Fact]:
    """The changes of running text said with the level they went to, of their metric, printed rounder than the level
    the claim says the change went to (``level``) and holding it: Plug Power's "Operating expenses declined ~50% year
    over year to ~$62 million" goes with "fell about 50% year over year to $62.4 million", whose $62.4 million the
    table's 62,433 backs (the claim's level inside the interval of the sentence's, a wider one: a level printed as the
    claim's is anchored as any, and Clorox's "Diluted EPS decreased 26% to $4.81" is no change of "adj. EPS -26% to
    $5.53"). Only a change of the claim's ``basis``, and of the comparison ``base`` it names where it names one, said so
    in the release."""
    low, high = level
    kept = []
    for change in changes:
        if change.in_table or not change.metrics or change.basis != basis:
            continue  # (of the claim's own basis: Watts's "Sales of $540 million, down 1% ... and down 5% organically")
        if base and _prose_change_base(index, change) != base:
            continue  # (and of the comparison it names, said in the release too: not Oracle's "up 18% to $2.5 billion" for "18% q/q")
        said = [f for f in index.in_context(change.figure.context) if not f.change and f.metrics & change.metrics]
        if any(f.low <= low and high <= f.high and f.high - f.low > high - low for f in said):
            kept.append(change)
    return kept


def _pointing_back(index: FactIndex, changes: list[Fact], anchors: set[Span]) -> list[Fact]:
    """The changes of running text whose sentence points back at the one right before it, which backs the level
    they go with: "... reaching $664 per ton during the third quarter. This level represented an increase of $227
    per ton compared to a year ago" -- what "this" names is said in the sentence before, whatever its metric."""
    text = index.document.text
    return [
        change for change in changes
        if not change.in_table and POINTS_BACK.match(text, change.figure.context.start)
        and any(0 <= change.figure.context.start - anchor.end <= _SENTENCE_GAP for anchor in anchors)
    ]  # fmt: skip


_SENTENCE_GAP = 3  # the space (or line break) between a sentence and the next


def _titling_the_table(index: FactIndex, changes: list[Fact], anchors: set[Span]) -> list[Fact]:
    """The changes of running text said in the title right above the table whose row backs the level they go with:
    Gecina's "| Rental margin up +0.6pts" over its table of the rental margin at each year's end."""
    titled = [
        table.span.start for table in index.document.tables
        if any(table.span.start <= anchor.start and anchor.end <= table.span.end for anchor in anchors)
    ]  # fmt: skip
    text = index.document.text
    return [
        change for change in changes
        if not change.in_table and change.figure.context.end - change.figure.context.start <= _TITLE_LENGTH
        and any(change.figure.context.end <= start and _TITLE_GAP.fullmatch(text, change.figure.context.end, start) for start in titled)
    ]  # fmt: skip


_TITLE_LENGTH = 120  # a title is a line, no paragraph
_TITLE_GAP = re.compile(r"[\s|`*_=-]*")  # what may stand between a table and its title: blank lines, rules, fences


def _neighbours(index: FactIndex, changes: list[Fact], sentences: list[Span]) -> list[Fact]:
    """The changes of running text said in a sentence near one of ``sentences`` (``_NEAR``): a change
    and its level may stand in neighbouring sentences ("Sales increased 12%." ... "Sales were $2.0 billion."),
    where the change's own sentence states no level of its metric (then it is that level's change:
    "U.S. commercial revenue grew 90% to $X" is no change of the total said next to it). A percentage is no such
    level: "On a LFL basis, net revenues declined 1%, which included an estimated 1% headwind" states none."""
    if not changes or not sentences:
        return []
    levels: dict[tuple[Span, frozenset[str]], bool] = {}  # does a sentence state a level of these metrics?

    def stated(change: Fact) -> bool:
        context = change.figure.context
        if (context, change.metrics) not in levels:
            levels[context, change.metrics] = any(  # from the index's one grouping of running text by sentence
                change.metrics & fact.metrics for fact in index.in_context(context) if not fact.change and fact.family != "percent"
            )
        return levels[context, change.metrics]

    return [
        change
        for change in changes
        if not change.in_table
        and change.metrics
        and any(
            0 <= change.figure.context.start - s.end <= _NEAR or 0 <= s.start - change.figure.context.end <= _NEAR
            for s in sentences
        )
        and not stated(change)
    ]


_OF_AFTER = re.compile(r"[ ]?of\b")


# A table row that states a share of a whole its label names: "Allowance for credit losses as a percentage of Period-end
# loans", "Net charge-offs as a % of average loans".
_ROW_OF_A_WHOLE = re.compile(r"\bas\s+an?\s+(?:percent(?:age)?|%|ratio)\s+(?:of|to)\s+(?P<whole>.+)$", re.IGNORECASE)


def _a_margin(check: NumberCheck) -> bool:
    """Whether a check is backed by a ratio to revenue the facts derive (a margin)."""
    return check.status is Status.DERIVED and (check.formula or "").startswith("ratio to revenue")


def _stated_share(index: FactIndex, check: NumberCheck, whole_metric: str, part_words: str = "") -> bool:
    """The release itself states the share in its running text ("accounted for 44% of our total net
    revenues"), or in a table row that names its whole (``_ROW_OF_A_WHOLE``): a share whose part names no metric is
    then backed by that statement, when the whole it names is the claim's (``whole_metric``) or, in running text,
    names no metric: "15% of total assets" is no share of revenue. A row's part is named by the claim's words before
    the share (``part_words``, lower-cased), every word of it ("allowance", "credit", "losses")."""
    text = index.document.text
    if check.status is not Status.VERIFIED:
        return False
    for ref in check.supports:
        if ref.row is None and _OF_AFTER.match(text, ref.span.end):
            whole = SHARE_OF.match(text, ref.span.end)
            named = {metric for _, metric in metrics_in(whole.group("whole"))} if whole else set()
        elif ref.row is None and _share_said_before(text, ref.span.start):
            named = set()
        elif ref.row is None and (earlier := _share_restated(text, ref.span.start)) is not None:
            # "accounted for 24% of Colombia's total revenues in 2Q26, increasing from 14% in 2Q25": the same share, of
            # the part its sentence opens with, which the claim must say ("Total PGP revenues")
            named = {metric for _, metric in metrics_in(earlier.group("whole"))}
            if not _part_said(opening_subject(text, Span(_sentence_start(text, ref.span.start), earlier.start())), part_words):
                continue
        elif ref.row is not None and (row_share := _ROW_OF_A_WHOLE.search(ref.row)) is not None:
            # "Allowance for credit losses as a percentage of Period-end loans": the row states the share of its whole
            named = {metric for _, metric in metrics_in(row_share.group("whole").lower())}
            if not named or not _part_said(ref.row[: row_share.start()], part_words):
                continue
        elif ref.row is not None and (whole_row := _whole_of_its_column(index, ref)) is not None:
            # "Beverage, food and packaging costs | 96,468 | 25.3" under "Company-operated shops revenue | 380,500 |
            # 100.0": a column of shares of the row that holds its hundred
            named = {metric for _, metric in metrics_in(whole_row.lower())}
            if not named or not _part_said(ref.row, part_words):
                continue
        else:
            continue
        if metrics_compatible(whole_metric, named):
            return True
    return False


def _share_of_another_amount(
    index: FactIndex, text: str, numbers: Sequence[ClaimNumber], number: ClaimNumber, check: NumberCheck
) -> NumberCheck | None:
    """A share a claim says of the amount right before it ("iPhone brought in about $10.47 billion, or roughly 62% of
    Apple's December-quarter net sales") is that amount's: a share the release states of its own amount ("International
    sales accounted for 62 percent of the quarter's revenue") does not back it unless that amount is the claim's,
    stated with it (in its sentence, or its table row's column). Returns the check it fails with; None where the share
    restates no amount, or the release states the same one (what part over whole computes is then tried)."""
    position = numbers.index(number)
    if position < 1 or not _after_an_amount(text, numbers, position):
        return None
    amount = numbers[position - 1]
    low, high = sorted(abs(end) for end in amount.interval)
    family = family_of(amount.unit)
    equal = index.matches(family, low, high) + index.matches(family, -high, -low)  # the amount's figures, by value
    clause_start = max(text.rfind(mark, 0, amount.span.start) for mark in ";:.") + 1
    part = set(_subject_words(text[clause_start : amount.span.start], amount.span.start - clause_start))
    document = index.document.text
    for fact in _facts_cited(index, check.supports):
        figure = fact.figure
        if any(
            (f.figure.table == figure.table and f.figure.row == figure.row) if fact.in_table
            else (not f.in_table and f.figure.context == figure.context)
            for f in equal
        ):
            return None
        # the release names the part its share is of as the claim names the amount: "The ratio of the allowance for
        # credit losses to period-end loans was 1.97 percent", the row "Allowance for credit losses as a percentage of
        # Period-end loans"
        said = (figure.row or "") if fact.in_table else document[figure.context.start : figure.span.start]
        if part & set(_subject_words(said, len(said))):
            return None
    return _check(number, Status.CONTEXT_MISMATCH, candidates=check.supports,
                  reason="the share is in the source, but of another amount than the one it restates")  # fmt: skip


def _part_said(row: str, part_words: str) -> bool:
    """Whether the claim's words before its share (``part_words``, lower-cased) say every word of the part a row
    names ("allowance", "credit", "losses"); the words as keys are without their hyphens ("pre-tax" is "pretax"). A
    part said short by the head of its name, before what qualifies it, is said where the claim qualifies it with
    nothing else: "The allowance covered 1.97% of period-end loans" names "Allowance for credit losses", "The allowance
    for unfunded commitments" does not."""
    said = part_words.replace("-", "")
    part = [_word_key(w) for w in _SUBJECT_WORD.findall(row.lower()) if w not in _NOT_SUBJECT_WORDS]
    if not part:
        return False
    if all(re.search(rf"\b{re.escape(w)}", said) for w in part):
        return True
    qualified = _QUALIFIED_BY.search(row)
    head_words = _SUBJECT_WORD.findall(row[: qualified.start()].lower()) if qualified else []
    head = [_word_key(w) for w in head_words if w not in _NOT_SUBJECT_WORDS]
    found = [re.search(rf"\b{re.escape(word)}[\w-]*", said) for word in head]
    last = found[-1] if found and all(found) else None
    # (the head's last word said, then no word that qualifies it: "allowance covered", not "allowance for")
    return last is not None and not _QUALIFIED_BY.match(said, last.end())


# The words that qualify the head of a name: "Allowance for credit losses", "Provision for loan losses"
_QUALIFIED_BY = re.compile(r"\s+(?:for|of|on|from)\b", re.IGNORECASE)


def _whole_of_its_column(index: FactIndex, ref: SourceRef) -> str | None:
    """The label of the row that holds 100 in the column of a table's percentage ``ref``, where one does: the whole
    the column's shares are of ("Company-operated shops revenue | ... | 100.0"). None where the column has none."""
    cell = next((f for f in index.facts if f.figure.span == ref.span and f.figure.table is not None), None)
    if cell is None or cell.figure.unit is not Unit.PERCENT:
        return None
    hundreds = [
        f.figure.row for f in index.facts
        if f.figure.table == cell.figure.table and f.figure.column == cell.figure.column and f.value == _HUNDRED
        and f.figure.unit is Unit.PERCENT and f.figure.row and f.figure.span.start < cell.figure.span.start
    ]  # fmt: skip
    return hundreds[-1] if hundreds else None


# A share the sentence states before a figure restated as its earlier side: "accounted for 24% of Colombia's total
# revenues in 2Q26, increasing from 14% in 2Q25"
_STATED_SHARE = re.compile(r"\d\s*(?:%|percent)" + SHARE_OF.pattern, re.IGNORECASE)
_EARLIER_SIDE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+$", re.IGNORECASE)


def _share_restated(text: str, start: int) -> re.Match[str] | None:
    """The share a sentence states before the figure at ``start``, where the figure is said right after a word that
    makes it the share's earlier side; None otherwise."""
    if not _EARLIER_SIDE_BEFORE.search(text, max(0, start - 16), start):
        return None
    return next(reversed(list(_STATED_SHARE.finditer(text, _sentence_start(text, start), start))), None)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence of running text that holds ``start`` opens: past a blank line or a full stop and its space."""
    stops = [found + 2 for found in (text.rfind("\n\n", 0, start), text.rfind(". ", 0, start)) if found >= 0]
    return max(stops, default=0)


def _share_said_before(text: str, start: int) -> bool:
    """Whether the sentence of a figure of running text says before it that it is a share: "As a percentage of title
    revenues, the title loss expense in the third quarter was 4%", "Employee costs as a percentage of operating
    revenues improved to 24%"."""
    opens = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    return _A_SHARE_OF.search(text, opens, start) is not None


_A_SHARE_OF = re.compile(r"\bas\s+an?\s+(?:percentage|percent|share)\s+of\b", re.IGNORECASE)


def verify_claim(index: FactIndex, text: str, citations: Sequence[Span] | None = None) -> ClaimCheck:
    """A claim's numbers checked against the release: read with the whole claim's words, and a
    number those words leave unsupported read again with its own clause's alone."""
    whole, numbers = _verify_read(index, text, citations)
    if whole.supported or not (next(_clause_breaks(text), None) or _JOINED_CLAUSE.search(text)):
        return _ranges_as_printed(index.document.text, text, _one_figure_ranges(text, whole))
    return _ranges_as_printed(index.document.text, text, _one_figure_ranges(text, _clause_by_clause(index, text, citations, whole, numbers)))


# The dash or "to" between the ends of a range: "$1.4-$1.6 billion", "$275 million to $325 million"
_RANGE_ENDS = re.compile(r"\s*(?:to|-|–|—)\s*")


def _one_figure_ranges(text: str, check: ClaimCheck) -> ClaimCheck:
    """A claimed range whose two ends are backed by the same source figures states one figure twice, not a range:
    "net sales of $1.4 billion-$1.4 billion" where the release prints "$1.4 - $1.6 billion" -- its high end is the
    source's low end; so does "$12.95 billion to $13.0 billion" where only the $12.95 billion backs both ends, the second
    within its rounding. Its second end is not supported."""
    numbers = list(check.numbers)
    changed = False
    for position in range(1, len(numbers)):
        low, high = numbers[position - 1], numbers[position]
        if (
            low.status is Status.VERIFIED and high.status is Status.VERIFIED
            and low.unit is high.unit and _RANGE_ENDS.fullmatch(text, low.span.end, high.span.start)
            and (high_spans := {ref.span for ref in high.supports}) <= (low_spans := {ref.span for ref in low.supports})
            # (two values: only where the very same figures back both; "$2.1-$2.13 billion" has its low end backed by the
            # printed "$2.10" too)
            and (low.value == high.value or high_spans == low_spans)
        ):
            numbers[position] = replace(
                high, status=Status.CONTEXT_MISMATCH, candidates=high.supports, supports=(),
                reason="the range's two ends are one source figure",
            )
            changed = True
    return replace(check, numbers=tuple(numbers)) if changed else check


# A source figure that opens a printed range ("$4.1 - $4.3 billion"), and one that closes it
_OPENS_A_RANGE = re.compile(r"\s*(?:to|-|–|—)\s*(?:[A-Z]{0,3}[$€£¥])?\(?\d")
_CLOSES_A_RANGE = re.compile(r"\d\)?(?:\s*%)?\s*(?:to|-|–|—)\s*$")
_CLOSES_REACH = 12


def _ranges_as_printed(source: str, text: str, check: ClaimCheck) -> ClaimCheck:
    """A claimed range whose low end the source prints only as the low end of printed ranges, and whose high end only
    as the high end of printed ranges, is one of those ranges: two ends of two different ranges are no range of the
    release's. Albemarle prints "$4.1 - $4.3 billion" (the company's sales at one price scenario) and "$1.4 - $1.6
    billion" (Specialties'): "$4.1-$1.6 billion" is neither. The high end is not supported."""
    numbers = list(check.numbers)
    changed = False
    for position in range(1, len(numbers)):
        low, high = numbers[position - 1], numbers[position]
        if not (
            low.status is Status.VERIFIED and high.status is Status.VERIFIED and low.supports and high.supports
            and low.unit is high.unit and _RANGE_ENDS.fullmatch(text, low.span.end, high.span.start)
        ):
            continue
        opening = all(_OPENS_A_RANGE.match(source, ref.span.end) for ref in low.supports)
        closing = all(_CLOSES_A_RANGE.search(source[max(0, ref.span.start - _CLOSES_REACH) : ref.span.start]) for ref in high.supports)
        if not (opening and closing):
            continue  # an end the source prints alone too (a level, or "Low | High" columns): read as it is
        if any(_RANGE_ENDS.fullmatch(source, one.span.end, other.span.start) for one in low.supports for other in high.supports):
            continue
        numbers[position] = replace(
            high, status=Status.CONTEXT_MISMATCH, candidates=high.supports, supports=(),
            reason="the range's ends are the ends of two different ranges of the source",
        )
        changed = True
    return replace(check, numbers=tuple(numbers)) if changed else check


# Where a claim's clauses part: "...; international ...", "..., while TRIKAFTA slipped ...", "..., but down ..."
# (", when" opens a clause of another subject: ", when Cobre Panamá contributed"; "when it was $456 million" restates the
# comparison's level of the same measure)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|but|whereas|when(?!\s+(?:it|they|we|the\s+company)\b))\s+")
# The subject of a "when" clause, up to its verb: "diluted EPS was", "Cobre Panamá still contributed"
_WHEN_SUBJECT = re.compile(
    r"((?:[\w&.'’-]+\s+){1,4}?)(?:still\s+|also\s+)?(?:was|were|stood|totaled|totalled|came|reached|contributed|produced)\b",
    re.IGNORECASE,
)


def _clause_breaks(text: str) -> Iterator[re.Match[str]]:
    """``_CLAUSE_BREAK``'s matches, less a ", when" whose clause names a measure: "... the $2,028 million earned in the
    third quarter, when diluted EPS was $1.30" speaks of the quarter just named, which its words alone do not say; read
    apart, it took the release's own quarter. A "when" of another subject ("when Cobre Panamá still contributed 62,616
    tonnes") is a clause of its own."""
    for found in _CLAUSE_BREAK.finditer(text):
        if found.group().rstrip().endswith("when"):
            subject = _WHEN_SUBJECT.match(text, found.end())
            if subject is not None and metrics_in(subject.group(1)):
                continue
        yield found
# Where a clause joins the one before and may keep its period: "..., and the portfolio was valued at ...",
# "..., with charter coverage of 97% for 2025", "..., lifting fee income 16%", "... and Q1 comparable EPS of"
# (a bare "and" parts clauses only where the clause after it names its own period: see _clauses)
_JOINED_CLAUSE = re.compile(r",\s+(?:and|with|lifting|leaving|bringing|taking)\s+|(?<!,)\s+and\s+")
_MOST_CLAUSES = 4


_DAY_SAID = re.compile(rf"\b{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]*\s*(?:%|percent|million|billion))", re.IGNORECASE)


def _clauses(text: str, read: Sequence[ClaimNumber] | None = None) -> list[tuple[int, int, str]]:
    """A claim's clauses: start, end and the period length each is read with when it names none of
    its own (no length, no year). Such a clause keeps the length the claim names before it, else
    after it up to the next ";" or ", while": "nine-month net sales rose 50.7% to $120.5 billion, and net income ..." speaks of nine
    months twice, "gross margin widened to 15.2% from 11.3% a year earlier and 12.8% in the first
    quarter" of quarters throughout. A bare "and" parts two clauses only where the one after it names
    its own length ("Sees 2025 comparable EPS of $13.00-$14.00 and Q1 comparable EPS of ..."), else
    it joins words ("cash and marketable securities"). None (an empty list) in a claim of more
    clauses than _MOST_CLAUSES: a list of figures, read whole. A bare "and" after a clause that
    states a figure opens a statement of its own too (``_after_a_figure``): "Sales volume grew 13%
    to 27.2 thousand MT in Q4 and liquidity stood at $464 million at year-end". ``read``: the claim's numbers as
    ``read_numbers`` reads them, where the caller has them already (read once, not once more here)."""
    strong = [(m.start(), m.end()) for m in itertools.islice(_clause_breaks(text), _MOST_CLAUSES)]
    if len(strong) >= _MOST_CLAUSES:
        return []  # a list, not clauses (and a claim of thousands of numbers is read once, not once per clause)
    breaks = strong + [
        (m.start(), m.end()) for m in _JOINED_CLAUSE.finditer(text) if not any(s <= m.start() < e for s, e in strong)
    ]
    breaks.sort()
    numbers = [n for n in (read_numbers(text) if read is None else read) if n.kind is None]
    figures = _FiguresInOrder([n.span for n in numbers])
    percentages = {n.span for n in numbers if n.unit is Unit.PERCENT}
    kept = []
    for (start, end), following, previous in zip(
        breaks, [*(s for s, _ in breaks[1:]), len(text)], [0, *(e for _, e in breaks[:-1])]
    ):
        if (
            text[start:end].strip() != "and"
            or _own_length(text[end:following])
            or (figures.end_within(previous, start) and _own_subject_after(text, figures.starting(end, following), end, following, percentages))
        ):  # fmt: skip
            kept.append((start, end))
            if len(kept) >= _MOST_CLAUSES:
                return []  # a list, not clauses: the breaks after these are not read
    clauses = []
    for (_, start), (stop, _) in zip([(0, 0), *kept], [*kept, (len(text), len(text))]):
        carried = ""
        # a clause dated by a day ("next dividend $0.01 on April 1") speaks of that day, not of a length said elsewhere
        if not (_own_length(text[start:stop]) or YEAR.search(text, start, stop) or _DAY_SAID.search(text, start, stop)):
            # a period said after ";" or ", while" is its own clause's: never the one before's
            joined_up_to = next((s for s, _ in strong if s >= stop), len(text))
            carried = _own_length(text[:start]) or _own_length(text[stop:joined_up_to])
        clauses.append((start, stop, carried))
    return clauses


class _FiguresInOrder:
    """A claim's figures, asked for those in a stretch by bisection (``_clauses`` asks at every bare "and": a scan of
    every figure at each was quadratic on a claim of thousands of figures joined by "and")."""

    def __init__(self, figures: Sequence[Span]) -> None:
        self.figures = figures
        self.ends = sorted(figure.end for figure in figures)
        self.starts = [figure.start for figure in figures]
        self.in_order = all(a <= b for a, b in itertools.pairwise(self.starts))

    def end_within(self, clause_start: int, at: int) -> bool:
        """As ``_after_a_figure``: a figure ends after ``clause_start`` and at or before ``at``."""
        first = bisect.bisect_right(self.ends, clause_start)
        return first < len(self.ends) and self.ends[first] <= at

    def starting(self, start: int, stop: int) -> Sequence[Span]:
        """The figures that start from ``start`` up to ``stop``, in their order (all of them where they are not in
        order of their starts: a caller that takes the first of a stretch then finds the same one)."""
        if not self.in_order:
            return self.figures
        return self.figures[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, stop)]


def _after_a_figure(figures: Sequence[Span], clause_start: int, at: int) -> bool:
    """True when the words from ``clause_start`` up to a bare "and" at ``at`` state a figure: the "and" then
    joins two statements ("... to 27.2 thousand MT in Q4 and liquidity stood at $464 million", "targets up to
    $50 million of annual savings and has implemented the first $30 million"), not two nouns of one subject
    ("cash and marketable securities of $5.1 billion")."""
    return any(clause_start < figure.end <= at for figure in figures)


def _own_subject_after(
    text: str, figures: Sequence[Span], start: int, stop: int, percentages: Collection[Span] = ()
) -> bool:
    """True when the words from ``start`` (after a bare "and") to ``stop`` name a subject of their own at their
    first figure (``_subject_words``): "and 339 outlets", "and liquidity stood at $464 million" -- not "and 79%
    for 2026", which goes on with the subject before it ("charter coverage of 97% for 2025 and 79% for 2026"),
    nor a percentage's words after it, which say how it is measured ("up 5% in USD and up 10% in constant
    currency", "up 1% reported and down 1% like-for-like"), not what it is of."""
    first = next((figure for figure in figures if start <= figure.start < stop), None)
    if first is None:
        return False
    clause = text[start:stop]
    after = None if first in percentages else first.end - start
    return bool(_subject_words(clause, first.start - start, after))


# Words of a clause before its number that name no subject: links, verbs, and words too general to
# tell one figure from another ("total", "margin": the margin of what?).
_NOT_SUBJECT_WORDS = frozenset(
    "the a an and or but while whereas with its their our of in on at for to from by as was were is are has had have "
    "been be held stood came reached rose fell grew increased decreased declined climbed jumped slipped totaled "
    "totalled showed brought generated up down about approximately roughly nearly some more than less also still "
    "record new total margin rate ratio growth change level year quarter month months period company group "
    # the verbs of a share: "C&I made up 69% of Q3 new business originations"
    "made accounted represented comprised constituted".split()
)
# The scale of an amount said before the figure names no subject beside words that do: "international down 1.3%
# to $394 million, or down 2.0%" is international's (alone, the scale is all the clause says of it).
_SCALE_WORDS = frozenset(w[:6] for w in "thousand million billion trillion mln bln".split())
_AFTER_BARE_AND = re.compile(r"(?<!,)\s+and\s+$")
_SUBJECT_WORD = re.compile(r"[a-z][a-z&-]*[a-z]")


def _subject_words(clause: str, start: int, end: int | None = None) -> tuple[str, ...]:
    """The words a clause names its subject with before the number at ``start``, when no vocabulary
    names it ("with charter coverage of 97%", "average financial occupancy held at 93.4%"): each
    word's first six letters, links, verbs and general words left out. Where none are said before it, the
    noun said right after the number that ends at ``end`` is what it counts or measures (``_noun_after``: "and
    339 outlets", "with a 5.4% portfolio yield", "nearly 600 new customer sites brought"), words of a period
    ("annual") left out."""
    words = [w for w in _SUBJECT_WORD.findall(re.sub(r"['’]s\b", "", clause[:start].lower())) if len(w) > 2]
    before = tuple(dict.fromkeys(_word_key(w) for w in words if w not in _NOT_SUBJECT_WORDS))
    return before if before or end is None else _noun_after(clause.lower(), end)


# The noun right after a number, up to three words before a link, a figure or a clause's mark: "339 outlets, up
# 4%", "a 5.4% portfolio yield", "$50 million of annual savings" (an amount of what it is).
# The words of the noun right after a number: up to three, past the adjectives that say which of it ("new", "more",
# "annual"), up to a link, a verb, a unit or a mark ("339 outlets, up 4%", "$28.1 million more in reportable
# catastrophes", "$6.7m three multifamily loans"); "$1.1 billion was stable" and "$1.59 per share" say none.
_BESIDE_THE_NOUN = frozenset("new record total more less higher lower additional further".split())
_NOT_A_NOUN = (_NOT_SUBJECT_WORDS - _BESIDE_THE_NOUN) | frozenset(
    "per share shares percent percentage point points basis bps cent cents each diluted basic vs versus compared "
    "than which that this these those who when "
    # what the amount is to a range, not what it is of: "The $37.5 billion midpoint of the Q4 outlook"
    "midpoint midpoints".split()
)
_WORDS_AFTER = re.compile(r"(?:[ \t]+(?:of|in)\b)?((?:[ \t]+[a-z][a-z&-]*){1,6})")


def _noun_after(words: str, end: int) -> tuple[str, ...]:
    """The words (``_word_key``) of the noun ``words`` (in lower case) say right after the number that ends at
    ``end``: what it counts or is an amount of."""
    found = _WORDS_AFTER.match(words, end)
    if found is None:
        return ()
    noun: list[str] = []
    for word in found.group(1).split():
        if word in ("of", "in", "on") and not noun:
            continue  # "$28.1 million more in reportable catastrophes", "spent US$1,876 million on capex"
        if word in _NOT_A_NOUN or len(noun) == 3:
            break
        if word not in _BESIDE_THE_NOUN and len(word) > 2 and not length_in(word):
            noun.append(_word_key(word))
    return tuple(dict.fromkeys(noun))


_NOUN_REACH = 60  # the characters after an amount its noun is said in
_JOINS_THE_NEXT = re.compile(r"\s+(?:and|or|while|but|vs\.?|versus)\s|[,;]")  # where the words of the next figure begin


def _own_noun(
    index: FactIndex,
    text: str,
    number: ClaimNumber,
    context: _ClaimContext,
    found: _Candidates,
    citations: Sequence[Span] | None,
) -> NumberCheck | None:
    """A number backed by a sentence of the release that says, right after the same value, the noun the claim
    says right after it (``_noun_after``): what the amount is of, whatever metric the clause around it speaks
    of. "Global Housing adjusted EBITDA grew 21% despite $28.1 million more in reportable catastrophes" and
    "Results included $28.1 million of higher pre-tax reportable catastrophes"; "$6.7m three multifamily loans"
    and "charge-offs of $6.7 million were associated with three multifamily loans". The source figure must fit
    the claim's period, side, change and forward-looking words as any other (``_fits``, the metric set aside);
    every word of the noun is said after it in its sentence, up to the next figure or the sentence's end."""
    if family_of(number.unit) in ("percent", "points"):
        return None  # a percentage's words after it say how it is measured: "up 19% in USD", "5% organically"
    words = _noun_after(text.lower(), number.span.end)
    if not words:
        return None
    # a noun the vocabulary holds names a metric ("three multifamily loans"): a source figure read as another's does
    # not back it
    noun_words = _words_after(text, number.span.end, _NOUN_REACH)
    named = {metric for _, metric in metrics_in(noun_words)}
    source = index.document.text
    lengths = _local_lengths(index)
    unnamed = replace(context, metric=None, basis="", subject="")
    for fact in found.direct:
        if fact.in_table or not _cited(fact.figure.span, citations):
            continue
        sentence = fact.figure.context
        others = index.in_context(sentence)
        following = [f.figure.span.start for f in others if f.figure.span.start >= fact.figure.span.end]
        said = {_word_key(w) for w in _SUBJECT_WORD.findall(source[fact.figure.span.end : min([sentence.end, *following])].lower())}
        if not all(any(s.startswith(word) for s in said) for word in words):
            # or said before it, as its subject, in a sentence of no other figure: "Total system shop openings are
            # estimated to be at least 185" backs "at least 185 system shop openings"
            if any(f.figure.span != fact.figure.span for f in others):
                continue
            said = {_word_key(w) for w in _SUBJECT_WORD.findall(source[sentence.start : fact.figure.span.start].lower())}
            if not all(any(s.startswith(word) for s in said) for word in words):
                continue
        if named and fact.metrics and not any(metrics_compatible(metric, set(fact.metrics)) for metric in named):
            continue
        if _fits(unnamed, fact, lengths.of(fact)) and (not context.forward or forward_at(source, fact)):
            return _check(number, Status.VERIFIED, supports=(_ref(fact),))
    return _row_of_the_noun(index, number, context, words, named, found, citations)


def _row_of_the_noun(
    index: FactIndex,
    number: ClaimNumber,
    context: _ClaimContext,
    words: tuple[str, ...],
    named: set[str],
    found: _Candidates,
    citations: Sequence[Span] | None,
) -> NumberCheck | None:
    """A number backed by a table row whose label holds every word of the noun the claim says right after it, two
    words at least and no metric the vocabulary holds: "after an $839 million cumulative effect of an accounting change"
    and Sears' "Cumulative effect of change in accounting principle | (839)". The row's cell in parentheses is the
    item's size when the claim's words give the amount no direction; the cell fits the claim's period and side as any."""
    if len(words) < _LEAST_NOUN_WORDS or named or number.value <= 0:
        return None
    low, high = number.interval
    text, source = context.words, index.document.text
    undirected = amount_direction(text, number.span.start, number.span.end, number.unit, False) is None
    sizes = [
        fact for source_family in CLAIM_FAMILIES.get(family_of(number.unit), ())
        for fact in index.matches(source_family, -high, -low)
        if fact.figure.negative and undirected
    ] if family_of(number.unit) == "currency" else []
    lengths = _local_lengths(index)
    for fact in (*found.direct, *sizes):
        if not fact.in_table or not fact.figure.row or fact.metrics or not _cited(fact.figure.span, citations):
            continue
        label = {_word_key(w) for w in _SUBJECT_WORD.findall(fact.figure.row.lower())}
        if all(any(said.startswith(word) for said in label) for word in words) and _fits(
            replace(context, metric=None, basis="", subject=""), fact, lengths.of(fact)
        ) and (not context.forward or forward_at(source, fact)):
            return _check(number, Status.VERIFIED, supports=(_ref(fact),))
    return None


_LEAST_NOUN_WORDS = 2


# The values computed from any two figures of one metric, whatever the claim's words: a computation the claim names
# ("book-to-bill", "cash and marketable securities") reads those words itself.
_PAIRED_FORMULAS = frozenset({"percent change", "difference", "ratio to revenue"})


def _subject_unsaid(
    index: FactIndex,
    text: str,
    numbers: Sequence[ClaimNumber],
    number: ClaimNumber,
    context: _ClaimContext,
    check: NumberCheck,
) -> NumberCheck | None:
    """A number whose clause names no metric the vocabulary holds, backed by figures the release's words give one
    (a row "Cost of goods sold"), is backed only where what the claim says of it is said beside them too: any word
    of its clause before it (``_subject_words``) or of the noun right after it ("spent US$1,876 million on capex",
    "500-518 cargos"), or an abbreviation spelled by the words' initials ("ARR rose 39%" and "Annual recurring
    revenue grew 39%"). "Liquidity of $534 million" is not GrafTech's cost of goods sold of $533,757 thousand.
    Returns the check it fails with; None where the claim's words are said, where they name nothing, or where the number restates the
    amount before it ("$943 million, or 18 cents a share": the amount's words are checked for it)."""
    if context.metric or context.subject or context.segments:
        return None
    if check.formula and check.formula.split(":")[0] not in _PAIRED_FORMULAS:
        return None  # a computation the claim's words name ("a book-to-bill of about 1.13") has read them already
    backing = _facts_cited(index, check.supports)
    if not all(fact.metrics for fact in backing) and not context.alone:
        # a figure whose words name no metric either: its sentence and the claim's are all there is; but a change said
        # with no level is held to its own words ("Capacity grew 7.2% while ...": not a 7.2% of fuel gallons)
        return None
    before = [other for other in numbers if other.kind is None and other.span.end <= number.span.start]
    if before and _OR_A_SHARE.fullmatch(text, before[-1].span.end, number.span.start):
        return None
    start = number.span.start - context.said_length
    words = text[start:].lower()
    own_measure = measure_changed_after(text, number.span.end) if number.unit is Unit.PERCENT else None
    # "plans a 15% price increase": the change's own noun names what it is of, whatever the clause said before it
    subject = (_word_key(own_measure),) if own_measure else _subject_words(words, number.span.start - start)
    if family_of(number.unit) not in ("percent", "points"):  # "up 5% in USD" says how, not of what
        # a range's low end has the noun said after its high end: "500-518 cargos"
        high = next((other for other in numbers if other.span.start > number.span.start), None)
        end = high.span.end if high and RANGE_LINK.fullmatch(text, number.span.end, high.span.start) else number.span.end
        subject += _noun_after(words, end - start)
    elif BARE_MARGIN_AFTER.match(text, number.span.end):
        subject += ("margin",)  # "at a 13.8% margin": of what no vocabulary names, but a margin all the same
    named = [word for word in subject if word not in _SCALE_WORDS]
    # (up to the words that join the next figure: "$530 million and EPS of $1.17" says no "EPS" of the $530 million)
    joined = _JOINS_THE_NEXT.search(text, number.span.end, number.span.end + _NOUN_REACH)
    abbreviations = abbreviations_in(text[start : joined.start() if joined else number.span.end + _NOUN_REACH])
    if not (named or abbreviations):
        return None
    for said in _backing_words(index, check):
        keys = {_word_key(w) for w in _SUBJECT_WORD.findall(said.lower())}
        if any(word in keys for word in named) or any(spelled_by_initials(a, said) for a in abbreviations):
            return None
    return _check(number, Status.CONTEXT_MISMATCH, candidates=check.supports,
                  reason=f"the value is in the source, but not where it names what the claim does ({' '.join(subject)})")  # fmt: skip


def _word_key(word: str) -> str:
    """A word as a subject is matched: its first six letters, a plural's "s" left off first ("wealth fees" and
    "Wealth Management fee income"; "loss" keeps its own), a hyphen inside left out ("midpoint" and "mid-point")."""
    word = word.replace("-", "") if "-" in word else word
    return (word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)[:6]


def _names_subject(index: FactIndex, check: NumberCheck, subject: tuple[str, ...], abbreviations: Sequence[str] = ()) -> bool:
    """True when a source figure of the value and period of one that backs a clause's number stands in a
    sentence or row that names most of its subject's words (``_subject_words``), or all of them but the
    scale of an amount: "Customers with $100,000+ ARR rose 12%" and "1,381 customers with $100,000 or
    greater in ARR, up 12% year over year"; or that spells with its words' initials an abbreviation the clause
    says before the number, as ``_subject_unsaid`` reads one: "AUS up $325 bln" and "assets under supervision
    increased $325 billion". A number whose clause names neither a metric nor a subject is backed by nothing
    its clause alone says."""
    named = [word for word in subject if word not in _SCALE_WORDS] or subject
    if not (subject or abbreviations):
        return False
    for words in _backing_words(index, check):
        said = {_word_key(w) for w in _SUBJECT_WORD.findall(words.lower())}
        if subject and (2 * sum(word in said for word in subject) >= len(subject) + 1 or all(word in said for word in named)):
            return True
        if any(spelled_by_initials(letters, words) for letters in abbreviations):
            return True
    return False


def _backing_words(index: FactIndex, check: NumberCheck) -> Iterator[str]:
    """The words of each row or sentence that holds a figure backing ``check``, then of those holding the other
    figures of its value and period (a table cell may back it before the sentence that names its subject)."""
    if not check.supports:
        return
    text = index.document.text
    backing = {ref.span: ref for ref in check.supports}
    facts = [
        fact
        for ref in check.supports
        for fact in index.matches(family_of(ref.unit), ref.value, ref.value)
        if fact.value == ref.value
    ]
    periods = {(fact.period.length, fact.period.prior) for fact in facts if fact.figure.span in backing}
    # of a period that backs the number: its length and side, or its side where either has no length (a sentence that
    # names none is of the release's main period: Citizens' "record Wealth up 18%" beside a table's 18% of the quarter)
    sides = {prior for _, prior in periods}
    candidates = [
        *check.supports,
        *(
            _ref(f) for f in facts
            if f.figure.span not in backing
            and ((f.period.length, f.period.prior) in periods or ("", f.period.prior) in periods
                 or (not f.period.length and f.period.prior in sides))
        ),
    ]
    starts = [sentence.start for sentence in index.sentences]
    for ref in candidates:
        if ref.row is not None:
            yield ref.row
            continue
        at = bisect.bisect_right(starts, ref.span.start) - 1
        sentence = index.sentences[at] if at >= 0 else None
        if sentence is not None and sentence.start <= ref.span.start < sentence.end:
            yield sentence.of(text)


def _own_length(words: str) -> str:
    """The period length words name, the one said last first ("Q4 ... FY24 ...": the year)."""
    return nearest_length(words) or period_in(words).length


def _clause_by_clause(
    index: FactIndex, text: str, citations: Sequence[Span] | None, whole: ClaimCheck, read: Sequence[ClaimNumber] | None = None
) -> ClaimCheck:
    """A claim of several clauses, each with its own subject and period ("Q4 net revenue of $524.5
    million, up 5%; FY24 net revenue a record $2.1 billion, up 8%"): the words of one clause do not
    speak of another's numbers (its period, its subject, its comparison), so a number the whole
    claim's reading leaves unsupported is read with its clause's words alone, when they name its
    metric themselves ("while the margin rose to 12.3%" names none: the margin of what?). A clause
    alone says less, never more: a number it cannot place stays unsupported. ``read``: the claim's numbers as
    ``read_numbers`` reads them (``_verify_read``), each clause's read once too."""
    clauses = _clauses(text, read)
    if not clauses:
        return whole
    checks = {check.span.start: check for check in whole.numbers}
    figures = [check.span for check in whole.numbers if check.status is not Status.NOT_FINANCIAL]
    for (start, end, carried), previous_start in zip(clauses, [0, *(s for s, _, _ in clauses)]):
        if all(checks[key].status in SUPPORTED for key in checks if start <= key < end):
            continue
        if _the_whole_again(text, start, end, carried, citations):
            continue
        clause = text[start:end]
        alone, clause_numbers = _verify_read(index, clause, None, carried)
        numbers = [n for n in clause_numbers if n.kind is None]
        # its metrics only: read without lengths (``read_sentence(lengths=False)``, alike but for the lengths)
        readings = read_sentence(clause, [(n.span, n.value, n.unit) for n in numbers], 0, len(clause), index.current_year, lengths=False)
        named = {n.span.start for n, reading in zip(numbers, readings) if reading.metric}  # "the margin rose to 12.3%": whose?
        # after a bare "and" a clause may open inside a list of nouns ("cash, cash equivalents and short-term
        # investments totaled"): what it names is no subject of its own
        own_subject = not _AFTER_BARE_AND.search(text, 0, start) or _after_a_figure(figures, previous_start, start)
        subjects = {n.span.start: _subject_words(clause, n.span.start, n.span.end) for n in numbers if own_subject and n.span.start not in named}
        abbreviations = {start: abbreviations_in(clause[:start]) for start in subjects}
        for check in alone.numbers:
            key = check.span.start + start
            if (
                key in checks
                and checks[key].status not in SUPPORTED
                and checks[key].reason != _NOT_THE_STATED_PART  # the whole claim's own part: no clause drops it
                and check.status in SUPPORTED
                and (
                    check.span.start in named
                    or _names_subject(index, check, subjects.get(check.span.start, ()), abbreviations.get(check.span.start, []))
                )
                # "Expects Q4 gross margin of 73.5%, and opex of about $3.4 billion": the outlook's, not a result
                and is_forward(clause, 0, check.span.start, check.span.end) == is_forward(text, 0, key, check.span.end + start)
            ):
                checks[key] = replace(check, span=Span(key, check.span.end + start))
    return ClaimCheck(text, tuple(checks[check.span.start] for check in whole.numbers))


_METRIC_ABBREVIATIONS: weakref.WeakKeyDictionary[FactIndex, dict[str, str]] = weakref.WeakKeyDictionary()


def _release_abbreviations(
    index: FactIndex, text: str, numbers: Sequence[ClaimNumber], contexts: list[_ClaimContext]
) -> list[_ClaimContext]:
    """A number whose words name no metric the vocabulary holds, read with the abbreviations the release defines, as
    its own sentences are (``abbreviation_before``): Brookfield defines 'Distributable earnings ("DE")', and "Q4 DE
    before realizations was $1.5 billion" is its distributable earnings. Found once per index, when a number first
    needs them (a release's whole text searched: a MB for a table of rows)."""
    if not any(number.kind is None and context.metric in (None, "eps") for number, context in zip(numbers, contexts)):
        return contexts
    if index not in _METRIC_ABBREVIATIONS:
        _METRIC_ABBREVIATIONS[index] = defined_metric_abbreviations(index.document.text)
    defined = _METRIC_ABBREVIATIONS[index]
    if not defined:
        return contexts
    result: list[_ClaimContext] = []
    carried: str | None = None
    previous_end = 0
    after_a_share = False  # whether the amount before is one per share read by the abbreviation
    for number, context in zip(numbers, contexts):
        if number.kind is not None:
            result.append(context)
            continue
        # the abbreviation its own clause says, else the one the amount before was read by, where only words that
        # restate or compare it stand between: "DE before realizations $1.5bn, or $0.94/shr vs $0.76 (+24%)" -- each
        # distributable earnings; not "..., including $1.4 billion of realizations"
        # ("per share" said after the amount, or before it in its clause: "DE before realizations per share rose 24%")
        per_share = context.metric == "eps" and (
            _PER_SHARE_RIGHT_AFTER.match(text, number.span.end) is not None
            or _PER_SHARE_SAID.search(clause_before(text, number.span.start)) is not None
            or (after_a_share and context.change)  # "; per share $0.94 vs $0.76 (+24%)": the change of those amounts
        )
        if context.metric is None or per_share:
            restated = bool(carried) and restates_the_amount_before(text, previous_end, number.span.start, number.span.end)
            abbreviated = abbreviation_before(_own_clause_before(text, number.span.start), defined) or (carried if restated else None)
        if context.metric is None:
            carried = abbreviated
            context = replace(context, metric=carried)
        elif per_share and abbreviated:
            # a change said "per share" is of what the abbreviation's measure is per share, where no earnings are named:
            # "DE before realizations was $1.5 billion, or $0.94 a share vs. $0.76, up 24% per share"
            context = replace(context, metric=abbreviated)
        else:
            carried = None
        after_a_share = per_share and bool(abbreviated)
        previous_end = number.span.end
        result.append(context)
    return result


_PER_SHARE_RIGHT_AFTER = re.compile(r"\s+(?:per|a)\s+share\b", re.IGNORECASE)
_PER_SHARE_SAID = re.compile(r"\b(?:per|a)\s+share\b", re.IGNORECASE)


def _the_whole_again(text: str, start: int, end: int, carried: str, citations: Sequence[Span] | None) -> bool:
    """Whether a clause of a claim would be read exactly as the whole claim was: it is the whole claim, no length is
    carried to it and the whole was read with no citations ("Revenue and net income were $6.6 and $1.2, respectively,
    ..." is one clause; a line of thousands of such figures was verified twice over). Its reading changes nothing."""
    return start == 0 and end == len(text) and not carried and citations is None


def _verify_read(
    index: FactIndex, text: str, citations: Sequence[Span] | None = None, length: str = ""
) -> tuple[ClaimCheck, list[ClaimNumber]]:
    """A claim's numbers checked with its words, and its numbers as ``read_numbers`` read them (before
    ``_claim_contexts`` signs them in place): the clause-by-clause reading asks for them again, and a claim of
    thousands of numbers was read twice more for them. ``length``: the period length the words around ``text`` name,
    which it keeps where it names none."""
    numbers = read_numbers(text)
    read = list(numbers)
    segments = _segments_named(index, text.lower())
    contexts = _claim_contexts(
        text, numbers, _claim_year(index, text), index.main_length, index.document.text, segments, length, _whole_year(index),
        index.fiscal_quarter, index.release_end, index.fiscal_year,
    )
    contexts = _own_segments(index, text.lower(), numbers, contexts, segments)
    contexts = _release_abbreviations(index, text, numbers, contexts)
    names = claim_names(index, text.lower())
    calendar = _calendar(index)
    amount_starts = _amount_starts(numbers)
    months = months_dated_after(text, [number.span.end for number in numbers])
    contexts = [
        replace(
            context, names=names, calendar=calendar,
            own_year=_own_year_of_a_pair(text, numbers, position, context, index.current_year, amount_starts),
            own_month=None if number.kind is not None else month,
            quarters=_quarters_claimed(context.words, number.span.start) if context.words else frozenset(),
        )
        for position, (number, context, month) in enumerate(zip(numbers, contexts, months))
    ]
    shares = _elided_shares(text, numbers, [_share_of_part(text, n, c) for n, c in zip(numbers, contexts)], contexts)
    for position in [i for i, share in enumerate(shares) if share][_MOST_SHARES:]:
        shares[position] = None
    contexts = _share_contexts(numbers, contexts, shares, text)
    previous = _previous_guidance(text, numbers, contexts)
    # a share of a whole, a multiple ("a 1.09x book-to-bill") or a move in points ("rose 16% with about 28 points from
    # the GOJO deal": a part of the change) is no level of an amount a change goes with
    parts = [
        bool(share) or (n.unit is Unit.PERCENT and _OF_A_WHOLE.match(text, n.span.end) is not None) or n.text.endswith(MULTIPLE_SIGNS)
        or n.unit in POINT_UNITS
        or (n.unit is Unit.PERCENT and _PART_OF_A_CHANGE.search(text, max(0, n.span.start - 48), n.span.start) is not None)
        # an amount a change is said to come from: "revenue rose by $184.9 million, mainly on $162.4 million of revenue
        # from the Novartis agreements" -- a cause, no level the change goes to
        or _CAUSE_AMOUNT.search(text, max(0, n.span.start - 40), n.span.start) is not None
        for n, share in zip(numbers, shares)
    ]
    keys = _clause_keys(text, numbers, contexts)
    contexts = _changes_alone(numbers, contexts, parts, keys)
    found = [None if n.kind else _candidates(index, n, c) for n, c in zip(numbers, contexts)]
    reasons = _consistent(index, text, numbers, contexts, found, parts)
    levels = _level_anchors(contexts, found, parts, keys)
    stated = _stated_cells(contexts, found)
    checks = []
    named_tries = 0
    for number, context, candidates, reason, share, key in zip(numbers, contexts, found, reasons, shares, keys):
        if number.kind is OtherKind.UNREADABLE:
            checks.append(_check(number, Status.UNREADABLE, reason="could not read this number"))
        elif candidates is None:
            checks.append(_check(number, Status.NOT_FINANCIAL, reason=number.kind.value if number.kind else ""))
        else:
            anchors = _anchors(context, levels, key)
            check = _decide(index, number, context, candidates, citations, reason, anchors, stated)
            if check.status is Status.CONTEXT_MISMATCH and not (share or reason):
                check = _own_noun(index, text, number, context, candidates, citations) or check
            elif check.status in SUPPORTED and not share:
                check = _subject_unsaid(index, text, numbers, number, context, check) or check
            if check.status is Status.VERIFIED and share is not None:
                check = _share_of_another_amount(index, text, numbers, number, check) or check
            # a margin, a ratio to revenue, is no share of another whole: "Colombia for 34% of revenue and 25% of
            # EBITDA" is not backed by total EBITDA over Colombia's revenue
            margin = share is not None and _a_margin(check) and not metrics_compatible(share.whole_metric, {"revenue"})
            if share and (
                check.status not in SUPPORTED or margin
                or not (share.part_metric or _stated_share(index, check, share.whole_metric, share.part_words))
            ):
                # a share whose part names no metric ("Imaging made up 45% of revenue") is part / whole or nothing
                unsupported = _check(number, Status.UNSUPPORTED, reason="no share of the whole it names matches")
                check = _share(index, text, number, context, share, numbers, citations, contexts) or (
                    check if share.part_metric and not margin else unsupported
                )
            elif (check.status not in SUPPORTED and number.unit is Unit.PERCENT and not (context.change or context.forward)
                  and named_tries < _MOST_SHARES):  # a few per claim: each looks through the release's text
                named_tries += 1
                check = _named_share(index, text, number, context, numbers, citations) or check
            checks.append(check)
    _share_of_a_sum(index, text, numbers, contexts, checks, shares)
    _earlier_shares(index, text, numbers, contexts, checks)
    _implied(index, text, numbers, contexts, checks, shares)
    _share_of_a_sum(index, text, numbers, contexts, checks, shares)  # of a sum the claim's arithmetic backed
    _against_the_quarter(index, text, numbers, contexts, checks)
    _revision_said(index, previous, numbers, contexts, checks)
    _not_the_new_guidance(previous, numbers, checks)
    _split_ratios(index, text, numbers, checks)
    _multiples_of_a_level(index, text, numbers, contexts, checks)
    _moved_the_way_said(text, numbers, checks)
    return ClaimCheck(text, tuple(checks)), read


# A verb of a level's move, then the amount it came to and the one it came from, or the other way round: "increased to
# $2.7 billion from $3.3 billion", "fell from $41.3 million to $36.0 million" (up to two words between: "rose sharply to")
_MOVED_TO_FROM = re.compile(
    r"\b(?:(?P<up>rose|risen|increased|grew|grown|climbed|jumped|soared|surged)"
    r"|(?P<down>fell|fallen|decreased|declined|dropped|slipped|eased|shrank|slid))"
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?P<first>to|from)[ \t]+",
    re.IGNORECASE,
)
_MOVE_WORDS = (
    "rose", "risen", "increased", "grew", "grown", "climbed", "jumped", "soared", "surged",
    "fell", "fallen", "decreased", "declined", "dropped", "slipped", "eased", "shrank", "slid",
)  # every match of _MOVED_TO_FROM holds one
_HEDGE_ONLY = re.compile(r"[ \t]*" + HEDGED + r"\S{0,4}", re.IGNORECASE)  # "about $", "~"
# the word that opens the pair's other amount: "to $2.7 billion from", "from $172.6 million to"
_OTHER_END = {"to": re.compile(r"\bfrom\b", re.IGNORECASE), "from": re.compile(r"\bto\b", re.IGNORECASE)}
_PAIR_BREAK = re.compile(r"[;:]|\.(?!\d)")  # a clause's end between the pair's amounts (not a decimal point)
_PAIR_REACH = 50  # how far apart the two amounts of the pair may stand: a date of the first between ("at June 30, 2026")


def _moved_the_way_said(text: str, numbers: list[ClaimNumber], checks: list[NumberCheck]) -> None:
    """The amount a level is said to have risen (fallen) to, marked where it is below (above) the amount it is said to
    have come from, both backed: the words say a move the figures do not ("Full-year capital expenditures increased to
    $2.7 billion from $3.3 billion"). Only amounts above zero, in one unit: which way a loss "rises" is for its words to
    say, and a change between ("rose 5% to") is checked as a change."""
    if not may_hold(text, _MOVE_WORDS):
        return
    amounts = [i for i, number in enumerate(numbers) if number.kind is None]
    for said in _MOVED_TO_FROM.finditer(text):
        following = [i for i in amounts if numbers[i].span.start >= said.end()][:2]
        if len(following) < 2:
            continue
        first, second = following
        between = text[numbers[first].span.end : numbers[second].span.start]
        opened = said.group("first").lower()
        if (
            _HEDGE_ONLY.fullmatch(text, said.end(), numbers[first].span.start) is None
            or len(between) > _PAIR_REACH or _OTHER_END[opened].search(between) is None
            or _PAIR_BREAK.search(between) is not None
            or numbers[first].unit is not numbers[second].unit
            or checks[first].status not in (Status.VERIFIED, Status.DERIVED)
            or checks[second].status not in (Status.VERIFIED, Status.DERIVED)
        ):
            continue
        to, since = (first, second) if opened == "to" else (second, first)
        now, then = numbers[to].value, numbers[since].value
        if now <= 0 or then <= 0 or now == then or (now > then) == (said.group("up") is not None):
            continue
        way = "risen" if said.group("up") else "fallen"
        checks[to] = _check(
            numbers[to], Status.CONTEXT_MISMATCH, candidates=checks[to].supports,
            reason=f"the claim says it has {way} to {numbers[to].text} from {numbers[since].text}; the amounts go the other way",
        )


# A revision of guidance: "raised its 2026 EBITDA guidance to $8.7-$9.1 billion from $8.2-$8.5 billion".
_REVISED = re.compile(
    r"\b(?:rais|lift|increas|boost|lower|cut|reduc|narrow|tighten|updat|revis|trimm?)(?:e|es|ed|ing|s)?\b", re.I
)
# An outlook said to move, its own subject: "FY27 adjusted diluted EPS guidance goes to $3.50-$3.55 from $3.27-$3.32",
# "Performance margin guidance rises to 49.0%-50.5% from 47.0%-48.5%" (not "expects revenue to rise to $13 billion from
# $12 billion in 2024": a result the outlook is set against)
_GUIDANCE_MOVED = re.compile(
    r"\b(?:guidance|outlook|guide|forecast|target|range)s?\s+(?:(?:is|was)\s+)?(?:now\s+)?"
    r"(?:go(?:es)?|went|ris(?:e|es)|rose|mov(?:e|es|ed)|climb(?:s|ed)?|shift(?:s|ed)?|chang(?:e|es|ed)|step(?:s|ped)?\s+up)\b",
    re.I,
)
# The range it was revised from: after "from" or "vs", or a range said to be the earlier one ("$3.27-$3.32 previously").
_FROM_PREVIOUS = re.compile(r"\b(?:from|vs\.?|versus)\s", re.I)
_CLAUSE_END = re.compile(r";|\.\s")
# from "from" to the first amount, a year or a date allowed: "from its previous fiscal 2027 outlook of "
_OPENS_THE_PREVIOUS = re.compile(r"[^;]{0,60}", re.I)


def _previous_guidance(text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext]) -> list[int]:
    """The positions of the numbers of a forward-looking claim that state the guidance it was
    revised from, read in place as guidance of no particular side: the release's previous
    outlook, not a result of a year before ("sees 2021 revenues of about $12.5 billion, up from
    $11.7 billion in 2020" compares with a result, and names no revision)."""
    forward = [i for i, c in enumerate(contexts) if c.forward]
    if not forward:
        # "Vertex's previous full-year revenue range had been $12.95 billion to $13.1 billion": no word of an outlook
        # but its earlier range, named as the subject
        first = next((i for i, n in enumerate(numbers) if n.kind is None), None)
        return [] if first is None else _previous_named(text, numbers, contexts, first, outlook_said=False)
    if named := _previous_named(text, numbers, contexts, forward[0]):
        return named
    if not (_REVISED.search(text) or _GUIDANCE_MOVED.search(text) or PREVIOUS_OUTLOOK.search(text)):
        return []
    found: list[int] = []
    start = numbers[forward[0]].span.end
    for _ in range(_MOST_REVISED):  # each clause that revises, from its first forward-looking figure on
        clause = _CLAUSE_END.search(text, start)
        end = clause.start() if clause else len(text)
        found += _previous_in_clause(text, numbers, contexts, start, end)
        following = next((i for i in forward if numbers[i].span.start >= end), None)
        if clause is None or following is None:
            break
        # "... from $3.27-$3.32; adjusted EBITDA guidance to $401-$407 million from $379-$385 million"
        start = numbers[following].span.end
    return found


# The earlier edition of an outlook named as the subject: "Vertex's previous 2026 revenue guidance was", "the prior
# full-year outlook of", "the previous full-year revenue range had been" (not "raised its guidance from the previous";
# that is a revision, ``_previous_in_clause``'s)
_EARLIER_EDITION_NAMED = re.compile(
    rf"\b{EARLIER_EDITION_WORD}\s+[^;.$\d]{{0,40}}?(?:(?:19|20)\d\d\s+[^;.$\d]{{0,30}}?)?\b(?P<noun>guidance|outlook|forecast|range)\b"
    r"(?P<link>[^;$\d]{0,30})$",
    re.IGNORECASE,
)
_REVISION_LINK = re.compile(r"\b(?:from|to|vs\.?|versus)\b", re.IGNORECASE)


def _previous_named(
    text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], first: int, outlook_said: bool = True
) -> list[int]:
    """The forward-looking numbers of the clause of a claim whose subject is an outlook's earlier edition, said right
    before its first of them: all of them are that edition's ("Vertex's previous 2026 revenue guidance was $12.95
    billion to $13.1 billion"), read as ``_previous_in_clause`` reads a revision's. Where no word of the claim speaks
    of an outlook (``outlook_said`` False), its amounts, when the earlier edition named is a range ("Vertex's previous
    full-year revenue range had been")."""
    start = numbers[first].span.start
    said = _EARLIER_EDITION_NAMED.search(text[max(0, start - 120) : start])
    if said is None or _REVISION_LINK.search(said.group("link")) or (not outlook_said and said.group("noun").lower() != "range"):
        return []
    clause = _CLAUSE_END.search(text, start)
    end = clause.start() if clause else len(text)
    return _read_as_previous(contexts, [
        i for i, (n, c) in enumerate(zip(numbers, contexts))
        if (c.forward if outlook_said else n.kind is None) and start <= n.span.start < end
    ])  # fmt: skip


def _read_as_previous(contexts: list[_ClaimContext], positions: list[int]) -> list[int]:
    """``positions``, their contexts read in place as an outlook's earlier edition: guidance of no particular side."""
    for i in positions:
        contexts[i] = replace(contexts[i], forward=True, period=Period(contexts[i].period.length, None))
    return positions


def _previous_in_clause(
    text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], start: int, end: int
) -> list[int]:
    """``_previous_guidance`` in one clause, from the end of its first forward-looking figure (``start``) to ``end``."""
    links = list(_FROM_PREVIOUS.finditer(text, start, end))
    if not links:
        return []
    amounts = [i for i, n in enumerate(numbers) if n.kind is None and start <= n.span.start < end]
    starts = [numbers[i].span.start for i in amounts]
    previous = amounts[bisect.bisect_left(starts, links[-1].end()) :]
    for link in links[-_MOST_REVISED:-1]:  # (a revision or two, not a hostile line of thousands of "from")
        # and the range right after an earlier "from": "to EUR 50.0-65.0m from EUR 40.0-60.0m, lifting the midpoint to
        # EUR 57.5m from EUR 50.0m" revises twice
        first = bisect.bisect_left(starts, link.end())
        if first == len(amounts) or not _OPENS_THE_PREVIOUS.fullmatch(text, link.end(), starts[first]):
            continue
        run = amounts[first : first + 1]
        for i in amounts[first + 1 : first + _MOST_REVISED]:
            if not RANGE_LINK.fullmatch(text, numbers[run[-1]].span.end, numbers[i].span.start):
                break
            run.append(i)
        previous = sorted({*previous, *run})
    return _read_as_previous(contexts, previous)


def _revision_said(
    index: FactIndex, previous: list[int], numbers: list[ClaimNumber], contexts: list[_ClaimContext], checks: list[NumberCheck]
) -> None:
    """The range an outlook was revised from, backed where the release says the same revision in one
    sentence: the new range's figures, then "from" and the previous ones ("Increased Consolidated Adjusted
    EBITDA guidance to $8.7 - $9.1 billion, up from $8.2 - $8.5 billion"). The previous range is of the new
    one's period, whatever length that sentence names or leaves unsaid; so only when every figure of the new
    range is supported, and each previous figure stands after "from" in a forward-looking sentence of the
    release that states the new range's values before it, for the claim's metric. Checked in place."""
    chosen = set(previous)
    new = [i for i, n in enumerate(numbers) if i not in chosen and n.kind is None and contexts[i].forward]
    if not new or len(new) > _MOST_REVISED or len(previous) > _MOST_REVISED:
        return  # a revision states a range or two, not a list (a hostile line of thousands is not searched pairwise)
    if any(checks[i].status not in SUPPORTED for i in new):
        return
    source = index.document.text
    for i in previous:
        number, context = numbers[i], contexts[i]
        if checks[i].status in SUPPORTED or not context.metric:
            continue
        low, high = number.interval
        for fact in (f for family in CLAIM_FAMILIES[family_of(number.unit)] for f in index.matches(family, low, high)):
            sentence = fact.figure.context
            if fact.in_table or fact.change or not _precise_enough(number, fact):
                continue
            if not metrics_compatible(context.metric, set(fact.metrics), unknown_fits=False):
                continue
            link = next(reversed(list(_FROM_PREVIOUS.finditer(source, sentence.start, fact.figure.span.start))), None)
            if link is None or not is_forward(source, sentence.start, fact.figure.span.start, fact.figure.span.end):
                continue
            if all(_said_between(index, numbers[j], sentence.start, link.start(), sentence) for j in new):
                checks[i] = _check(number, Status.VERIFIED, supports=(_ref(fact),))
                break


_MOST_REVISED = 4
_ANNUALIZED = re.compile(r"\bannuali[sz]ed\b", re.IGNORECASE)


def _said_between(index: FactIndex, number: ClaimNumber, lower: int, upper: int, sentence: Span) -> bool:
    """True when a figure of ``number``'s value stands in ``sentence`` of the release, between ``lower`` and ``upper``."""
    low, high = number.interval
    return any(
        lower <= fact.figure.span.start and fact.figure.span.end <= upper and fact.figure.context == sentence
        for family in CLAIM_FAMILIES[family_of(number.unit)]
        for fact in index.matches(family, low, high)
    )


# The ratio of a share split or consolidation: "1-for-5", "3 for 1 stock split", "(1:5)". Said with a hyphen it is one
# whatever follows; said with a plain "for" or a colon, only before the split's own word.
_RATIO_FOR = re.compile(r"-for-", re.IGNORECASE)
_RATIO_LINK = re.compile(r"\s+for\s+|\s*:\s*", re.IGNORECASE)
_SPLIT_WORD = re.compile(r"[^.;]{0,40}?\b(?:split|consolidat|reverse)", re.IGNORECASE)


def _split_ratios(index: FactIndex, text: str, numbers: list[ClaimNumber], checks: list[NumberCheck]) -> None:
    """The two numbers of a share split's ratio are one figure, backed where the release states that ratio in any of
    its forms (Helix's "1-for-5 consolidation basis", "one-for-five (1:5) consolidation"), each by its own figure, and
    not backed otherwise: in place."""
    for position in range(len(numbers) - 1):
        first, second = numbers[position], numbers[position + 1]
        if first.kind or second.kind or first.unit not in _COUNTED or second.unit not in _COUNTED:
            continue  # (the second may be read as a count of shares: "1-for-5 share consolidation")
        if not (
            _RATIO_FOR.fullmatch(text, first.span.end, second.span.start)
            or (_RATIO_LINK.fullmatch(text, first.span.end, second.span.start) and _SPLIT_WORD.match(text, second.span.end))
        ):
            continue
        said = _ratio_said(index, first.value, second.value)
        for at, number in ((position, first), (position + 1, second)):
            checks[at] = (
                _check(number, Status.VERIFIED, supports=(_ref(said[at - position]),)) if said is not None
                else _check(number, Status.UNSUPPORTED, reason="no split or consolidation of this ratio in the source")
            )


# A count of times said of an earlier level of what the claim names, its amounts unsaid: "more than three times the 2023
# level", "nearly three times the year-ago quarter's", "about four times as much as a year earlier", "grew five-fold" (not a
# ratio of its own: "a book-to-bill of 1.2 times")
_TIMES_A_LEVEL = re.compile(
    r"(?:[- ]fold\b|[ ]times\s+(?:the|its|their|that\s+of|as\s+(?:much|many|large|high|big)|higher|larger|greater|more)\b)",
    re.IGNORECASE,
)
_MOST_TIMES_SAID = 20  # the largest count of times a claim says in words or digits
_LOSS_AFTER_REACH = 40  # how far after the count the loss it multiplies may be named: "15 times the year-earlier loss"
_LOSS_OR_PROFIT = re.compile(r"\b(?:(?P<loss>loss|losses|deficit)|profits?|income|earnings|earned)\b")


def _multiples_of_a_level(
    index: FactIndex, text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], checks: list[NumberCheck]
) -> None:
    """A count of times by which the claim's metric stands above its earlier level ("Full-year 2024 revenue was more
    than three times the 2023 level"), backed in place by the release's current and comparison figures of that metric
    (the one its clause names last before the count), of the claim's period length and comparison: their ratio must
    fall in the count's bounds (``multiple_bounds``). A count the claim's own amounts back (``analyst_math``) is left
    as it is."""
    for i, number in enumerate(numbers):
        if number.kind is not None or number.unit is not Unit.COUNT or checks[i].status in SUPPORTED:
            continue
        if not (1 < number.value <= _MOST_TIMES_SAID) or _TIMES_A_LEVEL.match(text, number.span.end) is None:
            continue
        context = contexts[i]
        clause = context.words[_clause_start(context.words, number.span.start) : number.span.start]
        named = metrics_in(clause)
        if not named:
            continue
        # a multiple of losses where a loss is said, the last word of the two said before the count, else after it ("net
        # loss widened to $5.6 million from $1.4 million, a loss four times as large", "15 times the year-earlier loss"):
        # "a profit four times as large" of two losses is no such multiple
        said = deque(_LOSS_OR_PROFIT.finditer(clause), maxlen=1)
        after = context.words[number.span.end : number.span.end + _LOSS_AFTER_REACH]
        last = said[0] if said else _LOSS_OR_PROFIT.search(after)
        losses = last is not None and last.group("loss") is not None
        metric = named[-1][1]
        low, high = multiple_bounds(text, number.span.start, number.value, *number.interval)
        length = context.period.length or index.main_length
        base = change_base_at(context.words, number.span.start, number.span.end, _release_quarter(index), index.release_end)
        for family in ("currency", "count", "shares"):
            backing = next(
                (
                    c for c in changes_of(index, metric, family, length, "percent")
                    if low <= 1 + c.value / _HUNDRED < high and all((f.value < 0) == losses for f in c.inputs[:2])
                    and all((not f.segment or f.segment in context.segments) and names_row(f, context.words) for f in c.inputs)
                    and (not base or _pair_base(index, c.inputs[0], c.inputs[1]) in ("", base))
                ),
                None,
            )  # fmt: skip
            if backing is not None:
                now, then = backing.inputs[:2]
                formula = f"ratio: {now.figure.text} vs {then.figure.text} = {_round(1 + backing.value / _HUNDRED)}"
                checks[i] = _check(number, Status.DERIVED, supports=(_ref(now), _ref(then)), formula=formula)
                break


def _ratio_said(index: FactIndex, first: Decimal, second: Decimal) -> tuple[Fact, Fact] | None:
    """The two figures of running text that state a share split's ratio of ``first`` to ``second``, said with a hyphen
    or, before a split's own word, with "for" or a colon; None when the release states none."""
    text = index.document.text
    for fact in index.matches("count", first - _HALF, first + _HALF):
        if fact.in_table or fact.value != first:
            continue
        after = [f for f in index.in_context(fact.figure.context) if f.figure.span.start >= fact.figure.span.end]
        if not after:
            continue
        following = min(after, key=lambda f: f.figure.span.start)
        start, end = fact.figure.span.end, following.figure.span.start
        if following.value == second and (
            _RATIO_FOR.fullmatch(text, start, end)
            or (_RATIO_LINK.fullmatch(text, start, end) and _SPLIT_WORD.search(text, fact.figure.context.start, fact.figure.context.end))
        ):
            return fact, following
    return None


_HALF = Decimal("0.5")
_COUNTED = (Unit.COUNT, Unit.SHARES)


def _not_the_new_guidance(previous: list[int], numbers: list[ClaimNumber], checks: list[NumberCheck]) -> None:
    """A previous range of the new range's own values is no revision ("raised to $8.7-$9.1
    billion from $8.7-$9.1 billion": the new outlook claimed twice): unsupported, in place. An
    end both share is fine ("to 32% to 34% from 30% to 32%")."""
    if not previous:
        return
    chosen = set(previous)
    new = {n.value for i, n in enumerate(numbers) if i not in chosen and n.kind is None}
    for i in previous:
        if i == 0 or i - 1 in chosen:
            continue
        # a run of previous figures said right after the figures it was revised to, the same ones: "lifting the
        # midpoint to EUR 57.5m from EUR 57.5m" (not "narrowed to about $12.25 from $12.25-$12.75")
        run = [i]
        while run[-1] + 1 in chosen:
            run.append(run[-1] + 1)
        before = list(range(i - len(run), i))
        if before[0] >= 0 and all(j not in chosen and numbers[j].kind is None for j in before) and (
            [numbers[j].value for j in before] == [numbers[j].value for j in run]
        ):
            for j in run:
                checks[j] = replace(checks[j], status=Status.UNSUPPORTED, reason="the new guidance's figures, not the previous ones")
    if all(numbers[i].value in new for i in previous):
        for i in previous:
            reason = "the new guidance's figures, not the previous ones"
            checks[i] = replace(checks[i], status=Status.UNSUPPORTED, reason=reason)


def _most_precise(supports: tuple[SourceRef, ...]) -> Decimal | None:
    """The value of the figure of most significant digits among those that back an amount as it is ("4,259" of
    "$4.3 billion" and "4,259"); None where none does."""
    return max((ref.value for ref in supports), key=lambda value: len(value.normalize().as_tuple().digits), default=None)


def _implied(
    index: FactIndex,
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    checks: list[NumberCheck],
    shares: list[Share | None],
) -> None:
    """Amounts the claim computes from two of its own supported amounts (``analyst_math.claim_arithmetic``:
    "Free cash flow was $638 million on operating cash flow of $710 million, implying capital spending of
    about $72 million", "Net debt of about $490 million: $834.2 million of total debt less $344.2 million
    of cash", "up 15 cents from EUR 5.30"), checked in place. The whole of a share the claim states is one
    of its amounts too, though it prints no figure of it ("U.S. revenue of $1.573 billion was about 81% of
    total revenue, leaving roughly $362 million from outside the U.S.": total revenue less U.S. revenue)."""
    stated: list[Stated] = []
    named: list[tuple[int | None, str, tuple[SourceRef, ...]]] = []  # per amount: its number, how cited, its support
    for i, number in enumerate(numbers):
        if number.kind is not None:
            continue
        value, (low, high) = number.value, number.interval
        if number.unit is Unit.BASIS_POINTS:  # counted in points, as the percentages they move are
            value, low, high = value / _HUNDRED, low / _HUNDRED, high / _HUNDRED
        supported = checks[i].status in (Status.VERIFIED, Status.DERIVED)
        side = contexts[i].period.prior
        precise = _most_precise(checks[i].supports) if checks[i].status is Status.VERIFIED else None
        stated.append(Stated(number.span, value, low, high, _kind(number.unit), supported, contexts[i].change, side, precise))
        named.append((i, number.text, checks[i].supports))
        share = shares[i]
        if share is not None and checks[i].status in (Status.VERIFIED, Status.DERIVED) and len(checks[i].supports) == 2:
            whole = checks[i].supports[1]  # ``_share``: (part, whole)
            stated.append(Stated(share.whole, whole.value, whole.value, whole.value, _kind(whole.unit), True))
            named.append((None, whole.text, (whole,)))
    if len(stated) < 2:  # a result and what it is computed from (a multiple is of one amount)
        return
    _computed_rounds(index, text, numbers, contexts, checks, stated, named)
    _against_its_own_levels(text, numbers, contexts, checks, stated, named)
    if all(amount.supported for amount in stated):
        return
    # the claim's amounts as the release prints them: "Cash of $453.4 million and marketable securities of $60.9
    # million add up to about $514.2 million" is 453,384 + 60,850 thousand, not 453.4 + 60.9 million
    printed = [_as_printed(amount, refs) for amount, (_, _, refs) in zip(stated, named)]
    if printed != stated:
        _computed_rounds(index, text, numbers, contexts, checks, printed, named)


# The words from a percent change to the base the claim sets it against: "25% above target, implying a target of about"
_BASE_BEFORE_CHANGE = re.compile(
    # a year may name the base: "about 5% above fiscal 2026's $32.31"
    # ("over" of "year over year" is none: "up 78.8% year over year, including HK$5.02 trillion of U.S. stock trades")
    r"[^\d.;:]{0,20}?\b(?:above|below|over(?![\s-]+(?:year|quarter|month|period)s?\b)|under|than)\b"
    r"(?:[^\d.;:]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){0,50}?" + HEDGED + r"\S{0,4}",
    re.I,
)
_ONE = Decimal(1)


def _against_its_own_levels(
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    checks: list[NumberCheck],
    stated: list[Stated],
    named: list[tuple[int | None, str, tuple[SourceRef, ...]]],
) -> None:
    """A percent change the release backs, said between two levels of the claim that the release backs too, holds
    only where those levels allow it (``percent_change_range``): "about $125 million of cost savings in 2024, 25%
    above target, implying a target of about $115 million" says a change of about 9%, whatever figures of $115
    million and 25% the release prints (Anywhere's "exceeding our initial target by 25%"; its $115 million is of
    one-time items). The levels are those the claim's words set the change between (``percent_change_levels``),
    of its metric, no other metric named between; where their rounding allows the change, or they are not read,
    nothing is changed."""
    supported = supported_by_kind(stated)
    for position, amount in enumerate(stated):
        result = named[position][0]
        if result is None or amount.kind != "percent" or not amount.change or not amount.supported:
            continue
        levels = percent_change_levels(text, position, stated, supported)
        if levels is None or any(named[i][0] is None for i in levels):
            continue
        inputs = [named[i][0] or 0 for i in levels]
        level, base = (numbers[i] for i in inputs)
        if not (
            # of one currency: "RMB3,072.0 million (US$452.8 million), increased by 30.8% ... from RMB2,349.2 million"
            level.unit is base.unit and level.currency == base.currency
            and level.span.end < numbers[result].span.start < base.span.start
            and not any(level.span.end <= n.span.start < numbers[result].span.start for n in numbers if n.kind is None)
            and _BASE_BEFORE_CHANGE.fullmatch(text, numbers[result].span.end, base.span.start)
        ):  # fmt: skip
            continue  # "$178.3 million ... about 2% above $174.0 million a year earlier and roughly 9% above the first quarter"
        if not all(
            _of_one_metric(contexts[result].metric, contexts[i].metric)
            and _nothing_else_named(text, numbers[result], numbers[i], contexts[i].metric)
            for i in inputs
        ):
            continue
        allowed = percent_change_range(stated[levels[0]], stated[levels[1]])
        slack = max(_ONE, abs(amount.value) / 10)  # an analyst's "about": only a change far from the levels' is another
        if allowed is None or (allowed[0] < amount.high + slack and amount.low - slack <= allowed[1]):
            continue
        checks[result] = _check(
            numbers[result], Status.CONTEXT_MISMATCH, candidates=checks[result].supports,
            reason=f"the claim's own {numbers[inputs[0]].text} and {numbers[inputs[1]].text} give another change",
        )  # fmt: skip
        stated[position] = replace(amount, supported=False)


def _computed_rounds(
    index: FactIndex,
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    checks: list[NumberCheck],
    stated: list[Stated],
    named: list[tuple[int | None, str, tuple[SourceRef, ...]]],
) -> None:
    """``_claim_computations`` run until nothing more is computed, at most ``_ARITHMETIC_ROUNDS`` times: an amount
    computed is an input of the next computation ("a $5.85 midpoint, about 5.8% above FY26's $5.53")."""
    for _ in range(_ARITHMETIC_ROUNDS):
        derived = _claim_computations(index, text, numbers, contexts, checks, stated, named)
        if not derived:
            return
        for position in derived:
            stated[position] = replace(stated[position], supported=True)


def _as_printed(amount: Stated, refs: tuple[SourceRef, ...]) -> Stated:
    """A supported amount of a claim at the value of the one source figure that backs it, where that value rounds to
    the amount as the claim says it ($453.4 million backed by 453,384 thousand); the amount as said otherwise."""
    values = {ref.value for ref in refs}
    if not amount.supported or len(values) != 1:
        return amount
    value = values.pop()
    return replace(amount, value=value) if amount.low <= value < amount.high and value != amount.value else amount


def _of_one_metric(change: str | None, level: str | None) -> bool:
    """Whether a change the claim names ``change`` may be that of a level it names ``level`` (unnamed fits)."""
    return not (change and level) or metrics_compatible(change, {level})


_STATED_ELSEWHERE = "the value is in the source ("  # the start of ``_mismatch_reason``'s reason for a stated figure
_ARITHMETIC_ROUNDS = 2  # a claim computes from its figures, and once more from what it computed: no longer chains


_RATIO_FORMULAS = ("share of total:", "margin:")  # how a share or margin computed from two cells is shown
_EARLIER_SAID_REACH = 40  # how far after a ratio's earlier level the period it is of may be said


def _earlier_shares(
    index: FactIndex, text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], checks: list[NumberCheck]
) -> None:
    """A share or margin's earlier level said right after the current one, "from" it, checked in place: Copa's "Fuel
    fell to about 33% of Copa's 4Q24 operating expenses ($219.2 million of $672.9 million) from roughly 38% in 4Q23" --
    the 33% is computed from two table cells, and the 38% from the same rows' cells of the period the claim names
    (``analyst_math.earlier_ratios``). Only the percentage said next after the share, no other percentage between."""
    current: NumberCheck | None = None
    for position, (number, context) in enumerate(zip(numbers, contexts)):
        if number.unit is not Unit.PERCENT or number.kind is not None:
            continue
        check = checks[position]
        earlier, current = current, None
        if check.status in SUPPORTED:
            if not context.change and len(check.supports) == 2 and (check.formula or "").startswith(_RATIO_FORMULAS):
                current = check
            continue
        if earlier is None or context.change or not FROM_BEFORE.search(text, max(0, number.span.start - 20), number.span.start):
            continue
        part, whole = (next((f for f in _facts_cited(index, (ref,)) if not f.change), None) for ref in earlier.supports)
        if part is None or whole is None:
            continue
        said = text[number.span.end : number.span.end + _EARLIER_SAID_REACH]
        low, high = number.interval
        for computed in earlier_ratios(index, part, whole, said, index.fiscal_quarter, index.current_year):
            if low <= computed.value < high:
                first, second = computed.inputs
                formula = f"{computed.formula}: {first.figure.text} of {second.figure.text} = {_round(computed.value)}"
                checks[position] = _check(number, Status.DERIVED, supports=(_ref(first), _ref(second)), formula=formula)
                break


def _ends_a_percent_range(text: str, numbers: list[ClaimNumber], position: int) -> bool:
    """Whether the percentage at ``position`` ends a range of percentages ("roughly 26% to 22% above 2024's $922.1
    million"), which holds as a whole (``analyst_math._percent_against``), never at one end alone."""
    number = numbers[position]
    before = numbers[position - 1] if position else None
    after = numbers[position + 1] if position + 1 < len(numbers) else None
    pairs = [(before, number)] if before is not None else []
    pairs += [(number, after)] if after is not None else []
    # "12% and 4%" is two changes ("up 12% year over year and 4% sequentially" said short), not a range
    return any(
        first.unit is second.unit is Unit.PERCENT and (link := RANGE_LINK.fullmatch(text, first.span.end, second.span.start))
        and "and" not in link.group()
        for first, second in pairs
    )


def _a_change_stated(index: FactIndex, check: NumberCheck, metric: str | None) -> bool:
    """Whether a figure the release states of a claim's value (``check``'s candidates) is a change: "+51% q/q" stated
    of another base. A level of another metric of that value is no change the claim's own levels could be meant to
    give: Figure's "Adjusted EBITDA margin" of 47% a year before says nothing of "up roughly 47% from an implied
    $2,902 million in Q1"; nor, for a claim that names no ``metric``, does a table cell of a row it does not name
    (Taylor Morrison's "East" sales value up 7.2% says nothing of "The 13,750 midpoint of 2025 closings guidance implies
    about 7% growth from 12,896 homes")."""
    return any(fact.change and (metric is not None or not fact.in_table) for fact in _facts_cited(index, check.candidates))


def _claim_computations(
    index: FactIndex,
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    checks: list[NumberCheck],
    stated: list[Stated],
    named: list[tuple[int | None, str, tuple[SourceRef, ...]]],
) -> list[int]:
    """One round of ``_implied``: each amount ``claim_arithmetic`` computes from the claim's supported ones, checked in
    place; returns the positions in ``stated`` of those it backed."""
    derived = []
    for computed in claim_arithmetic(text, stated):
        result = named[computed.result][0]
        if result is None:
            continue
        if computed.formula in (BREAKDOWN_SUM, BREAKDOWN_REST):
            breakdown = _breakdown_check(index, numbers, named, computed)
            if breakdown is not None:
                checks[result] = breakdown
                derived.append(computed.result)
            continue
        (_, a, a_refs), (_, b, b_refs) = (named[i] for i in computed.inputs)
        if computed.formula == "percent change" and (
            (checks[result].reason.startswith(_STATED_ELSEWHERE) and _a_change_stated(index, checks[result], contexts[result].metric))
            or _ends_a_percent_range(text, numbers, result)
            or not all(_of_one_metric(contexts[result].metric, contexts[named[i][0] or 0].metric) for i in computed.inputs)
        ):
            # "H1 revenue $42.77bn, +51% q/q": the release states the change, of another base; "comparable store sales
            # fell 2.5% and ... revenues slipped to $7.7 billion from $7.9 billion": the levels are another metric's
            continue
        formulas = [(checks[at].formula or "") if (at := named[i][0]) is not None else "" for i in computed.inputs[:2]]
        if computed.formula in ("change", "percent change") and not _of_the_claims_base(
            index, numbers[result], contexts[result], a_refs, b_refs, (formulas[0], formulas[-1])
        ):
            continue  # "Revenue rose by about $1.48 billion sequentially, to $4,578 million from $3,101 million" a year before
        if computed.formula.startswith("percent") and not all(
            _nothing_else_named(text, numbers[result], numbers[named[i][0] or 0], contexts[named[i][0] or 0].metric or contexts[result].metric)
            for i in computed.inputs
        ):
            continue  # "12.5% above 2024's revenue of $12.00": not a base of the claim's level
        if computed.formula == "share" and not any(
            _of_one_metric(contexts[result].metric, contexts[named[i][0] or 0].metric) for i in computed.inputs
        ):
            continue  # "a 24.4% gross margin ($776 million of tax on $3.18 billion of pre-tax earnings)"
        if computed.formula == "margin" and not _margin_of(contexts[result].metric, contexts[named[computed.inputs[0]][0] or 0].metric):
            continue  # "$386 million of operating income on $977 million of revenue, a 39.5% gross margin"
        name = "difference" if computed.formula == "level less change" else computed.formula
        if computed.inputs[0] == computed.inputs[1]:  # a multiple of one amount: "half the second quarter's $2.2 billion"
            formula, supports = f"{name} of the claim's {a} = {_round(computed.value)}", a_refs
        else:
            formula, supports = f"{name} of the claim's figures: {a} and {b} = {_round(computed.value)}", a_refs + b_refs
        checks[result] = _check(numbers[result], Status.DERIVED, supports=supports, formula=formula)
        derived.append(computed.result)
    return derived


_OF_THE_CLAIMS_FIGURES = " of the claim's figures:"  # how ``_breakdown_check`` shows what it computed from the claim
_CLAIMS_SUM = f"sum{_OF_THE_CLAIMS_FIGURES}"  # a sum of two of the claim's own amounts


def _share_of_a_sum(
    index: FactIndex,
    text: str,
    numbers: list[ClaimNumber],
    contexts: list[_ClaimContext],
    checks: list[NumberCheck],
    shares: list[Share | None],
) -> None:
    """A share whose part is an amount the claim states as the sum of table rows it names (``named_row_sums``), or
    as the sum of two of its own amounts those rows back (run again once the claim's arithmetic is done), the
    whole a row of the same table column that the share's words name: "Mounjaro and Zepbound together brought in
    $14.87 billion in the quarter, roughly 65% of revenue" is 9,943 + 4,928 of the column's "Total Revenue" 22,974,
    64.7%; Vertex's "CASGEVY ($76.4m) and JOURNAVX ($49.6m) together brought in about $126 million in Q2, roughly 3.8%
    of total revenue" is 76.4 + 49.6 of the column's 3,333.9. The part is the nearest amount before the percentage, in
    its clause, or where none is said, the rows the share itself takes together ("Mounjaro and Zepbound together
    accounted for about 65% of Lilly's second-quarter revenue": a column of the share's own period); the value from the
    figures as printed rounds to the claim, and their rounding allows no wider an interval than the claim's digits do.
    Checked in place."""
    words = ""
    for i, share in enumerate(shares):
        if share is None or checks[i].status in SUPPORTED:
            continue
        number = numbers[i]
        part = next((j for j in range(i - 1, -1, -1) if numbers[j].kind is None and numbers[j].unit is not Unit.PERCENT), None)
        if part is not None and (checks[part].formula or "").startswith((NAMED_ROWS_SUM, _CLAIMS_SUM)):
            if _CLAUSE_END.search(text, numbers[part].span.end, number.span.start):
                continue
            found = _share_of_cells(index, text, number, share, _facts_cited(index, checks[part].supports), checks[part].supports)
        else:
            words = words or text.lower()
            lengths = _local_lengths(index)
            found = next(
                (
                    check for computed in named_row_sums(index, words, number.span.start)
                    if all(
                        _of_the_period(contexts[i], cell) and _of_the_quarter_named(text, share, cell, contexts[i], lengths)
                        for cell in computed.inputs
                    )
                    and (check := _share_of_cells(index, text, number, share, list(computed.inputs), ())) is not None
                ),
                None,
            )
        if found is not None:
            checks[i] = found


def _of_the_period(context: _ClaimContext, cell: Fact) -> bool:
    """Whether a table cell is of the period a claim's number names: its side (current unless the claim says a
    comparison), its length where the claim names one (the release's main one where not), and its dates."""
    length = context.period.length if context.length_named else context.main_length
    return (
        cell.period.prior is bool(context.period.prior) and lengths_compatible(length, cell.period.length)
        and _dates_agree(context, cell)
    )


def _share_of_cells(
    index: FactIndex, text: str, number: ClaimNumber, share: Share, cells: list[Fact], supports: tuple[SourceRef, ...]
) -> NumberCheck | None:
    """``number``, a share of ``share``'s whole that ``cells`` (one table column's) add up to, checked against a row of
    that column the share's words name as its whole (``_share_of_a_sum``); ``supports``: the claim's own amount's."""
    if not cells or len({(f.figure.table, f.figure.column) for f in cells}) != 1:
        return None
    table, column = cells[0].figure.table, cells[0].figure.column
    total = sum((f.value for f in cells), Decimal(0))
    total_low, total_high = sum((f.low for f in cells), Decimal(0)), sum((f.high for f in cells), Decimal(0))
    low, high = number.interval
    if total <= 0 or low <= 0:
        return None
    named = text[share.whole.start : share.whole.end].lower()
    for whole in index.matches(cells[0].family, total * _HUNDRED / high, total * _HUNDRED / low):
        if (whole.figure.table, whole.figure.column) != (table, column) or whole.change or whole.value <= total:
            continue
        if not metrics_compatible(share.whole_metric, set(whole.metrics), unknown_fits=False):
            continue
        if not (names_row(whole, named) or names_line(whole, named)):
            continue
        value = total / whole.value * _HUNDRED
        widest = (total_high / whole.low - total_low / whole.high) * _HUNDRED
        if low <= value < high and widest <= high - low:
            formula = f"share of the claim's sum: {' + '.join(f.figure.text for f in cells)} of {whole.figure.text} = {_round(value)}"
            return _check(number, Status.DERIVED, supports=(*(supports or tuple(_ref(f) for f in cells)), _ref(whole)), formula=formula)
    return None


def _breakdown_check(
    index: FactIndex,
    numbers: list[ClaimNumber],
    named: list[tuple[int | None, str, tuple[SourceRef, ...]]],
    computed: ClaimSum,
) -> NumberCheck | None:
    """A total the claim breaks into parts, or one part of it, computed from the breakdown's other amounts
    (``analyst_math.BREAKDOWN_SUM``, ``BREAKDOWN_REST``), each an amount the claim states (not the whole of a share
    it names). A part left over once the others are taken from the total must be printed by the release where it
    prints the total: a figure of its value in a sentence or table column that holds one of the total's ("liquidity of
    $464 million, consisting of cash and cash equivalents of $256 million, $108 million of availability under our
    amended revolving credit facility and $100 million of availability under our new ... delayed draw term loans")."""
    positions = [named[i][0] for i in computed.inputs]
    result = named[computed.result][0]
    if result is None or any(position is None for position in positions):
        return None
    if computed.formula == BREAKDOWN_REST:
        total = numbers[positions[0] or 0]
        if not _printed_beside(index, numbers[result], total):
            return None
    shown = " and ".join(named[i][1] for i in computed.inputs)
    supports = tuple(ref for i in computed.inputs for ref in named[i][2])
    formula = f"{computed.formula}{_OF_THE_CLAIMS_FIGURES} {shown} = {_round(computed.value)}"
    return _check(numbers[result], Status.DERIVED, supports=supports, formula=formula)


def _printed_beside(index: FactIndex, number: ClaimNumber, total: ClaimNumber) -> bool:
    """True when the release prints a figure of ``number``'s value in a sentence, or a table column, that also holds a
    figure of ``total``'s value."""

    def place(fact: Fact) -> tuple[int | None, str | None, Span | None]:
        figure = fact.figure
        return (figure.table, figure.column, None) if fact.in_table else (None, None, figure.context)

    def printed(amount: ClaimNumber) -> Iterator[Fact]:
        low, high = amount.interval
        return (f for family in CLAIM_FAMILIES[family_of(amount.unit)] for f in index.matches(family, low, high)
                if _precise_enough(amount, f) and not f.change)  # fmt: skip

    places = {place(fact) for fact in printed(total)}
    return any(place(fact) in places for fact in printed(number))


# A percentage said against the release's own quarter, named and not stated: "guides Q1 FY27 revenue to $78.0 bln +/- 2%,
# about 14.5% above Q4 at the midpoint" (the words right after the percentage).
_AGAINST_QUARTER = re.compile(
    rf"\s+{AGAINST}\s+(?:the\s+)?"
    r"(?:q(?P<q>[1-4])|(?P<ordinal>first|second|third|fourth)[- ]quarter)(?:['’]s)?\b(?!\s*(?:of\s+)?(?:fy\s?)?\d)",
    re.IGNORECASE,
)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_OWN_LEVEL_REACH = 80  # how far before the percentage the level it compares may be said


def _against_the_quarter(
    index: FactIndex, text: str, numbers: list[ClaimNumber], contexts: list[_ClaimContext], checks: list[NumberCheck]
) -> None:
    """A percentage by which the claim's own level, backed by the source, stands above or below the release's quarter
    that it names without stating its figure ("NVIDIA guides Q1 FY27 revenue to $78.0 bln +/- 2%, about 14.5% above Q4
    at the midpoint": 78.0 over Q4's revenue of $68,127 million), checked in place: the level the nearest amount before
    the percentage in its clause (a range's midpoint where the claim says "midpoint" of a range), the base the
    release's figures of that level's metric for its own quarter (``_reported_base``). "above" a higher level, "below" a
    lower. Also a guided year's growth its midpoint implies over the year the release reports ("The midpoint of
    Confluent's 2025 subscription revenue guidance, $1.119 billion, implies growth of about 21%": over 2024's 922,091
    thousand), the base of the length of the outlook's own figures."""
    for i, number in enumerate(numbers):
        if number.kind is not None or number.unit is not Unit.PERCENT or checks[i].status in SUPPORTED:
            continue
        said = _AGAINST_QUARTER.match(text, number.span.end)
        implied = None if said else _GROWTH_IMPLIED.search(text, max(0, number.span.start - 40), number.span.start)
        if said is None and implied is None:
            continue
        if said is not None:
            quarter = int(said.group("q")) if said.group("q") else _QUARTER_NUMBERS[said.group("ordinal").lower()]
            if quarter != index.fiscal_quarter:
                continue
        own = next((j for j in range(i - 1, -1, -1) if numbers[j].kind is None and numbers[j].unit is not Unit.PERCENT), None)
        if own is None or number.span.start - numbers[own].span.end > _OWN_LEVEL_REACH or contexts[own].change:
            continue
        if checks[own].status not in SUPPORTED or _CLAUSE_END.search(text, numbers[own].span.end, number.span.start):
            continue
        level = numbers[own].value
        if said is not None and MIDPOINT.search(text, numbers[own].span.end, said.end() + _MIDPOINT_AFTER):
            low_end = numbers[own - 1] if own >= 1 else None
            if low_end is not None and low_end.kind is None and RANGE_LINK.fullmatch(text, low_end.span.end, numbers[own].span.start):
                if checks[own - 1].status not in SUPPORTED:
                    continue
                level = (low_end.value + level) / 2
        sources = _facts_cited(index, checks[own].supports)
        if said is not None:
            length, base_words = "quarter", text[said.end() : said.end() + _BASE_ROW_REACH].lower()
        else:  # the length of the outlook's own figures, and the words its level is named by
            length = next((f.period.length for f in sources if f.forward or forward_at(index.document.text, f)), "")
            base_words = text[max(0, numbers[own].span.start - _BASE_ROW_REACH) : numbers[own].span.start].lower()
        base = _reported_base(index, sources, length, base_words)
        if base is None or level <= 0:
            continue
        value = (level / base.value - 1) * _HUNDRED
        if said is not None and not agrees_with_way(value, said.group("way")):
            continue
        low, high = number.interval
        if low <= abs(value) < high or low <= value < high:
            against = "the release's quarter" if said is not None else "the period the release reports"
            formula = f"percent against {against}: {numbers[own].text} vs {base.figure.text} = {_round(value)}"
            checks[i] = _check(number, Status.DERIVED, supports=(*checks[own].supports, _ref(base)), formula=formula)


def _reported_base(index: FactIndex, sources: list[Fact], length: str, base_words: str) -> Fact | None:
    """The release's own figure of a ``length`` (its current period's, no outlook's, no segment's) of the metrics of
    ``sources`` (the figures that back the claim's level), as its tables print it where they do, of the rows
    ``base_words`` name where any does ("about 10% above Q2 revenue" is the "Total revenues" row, not "Product revenues"
    beside it); None where there is none, or they do not say one value."""
    metrics = frozenset().union(*(f.metrics for f in sources))
    if not sources or not metrics or not length:
        return None
    family = sources[0].family
    text = index.document.text
    bases = [
        f for f in index.facts
        if f.family == family and f.metrics == metrics and not f.segment and not f.change and not f.forward
        and f.period.length == length and f.period.prior is False and f.value > 0
        and not forward_at(text, f)  # Sandisk's "Business Outlook for Fiscal First Quarter of 2027" is no result
    ]  # fmt: skip
    bases = [f for f in bases if f.in_table] or bases  # its statements' cells, where it prints them
    bases = [f for f in bases if names_row(f, base_words)] or bases
    if not bases or max(f.value for f in bases) - min(f.value for f in bases) > min(f.high - f.low for f in bases):
        return None  # no base, or figures that do not say one value
    return min(bases, key=lambda f: f.high - f.low)  # the most precise


# "implies growth of about 21%", "implying an increase of roughly 12%": a growth the level before computes to
_GROWTH_IMPLIED = re.compile(
    r"\bimpl(?:ies|ied|ying|y)\s+(?:(?:annual|year[- ]over[- ]year|y/y)\s+)?(?:growth|an?\s+(?:increase|rise))\s+of\s+" + HEDGED + r"$",
    re.IGNORECASE,
)
_MIDPOINT_AFTER = 30  # how far after the quarter the claim says its level is a range's midpoint: "above Q4 at the midpoint"
_BASE_ROW_REACH = 40  # how far after the quarter the words that name the base's row may stand: "above Q2 revenue"


def _nothing_else_named(text: str, result: ClaimNumber, level: ClaimNumber, metric: str | None) -> bool:
    """True when the words between a claim's percentage and a level it is computed from name no metric but the
    level's own: "a midpoint 12.5% above 2024's $12.00" -- not "12.5% above 2024's revenue of $12.00" for a level of
    EPS."""
    between = text[min(result.span.end, level.span.end) : max(result.span.start, level.span.start)].lower()
    return all(metric is not None and metrics_compatible(metric, {named}, unknown_fits=False) for _, named in metrics_in(between))


def _margin_of(margin: str | None, earned: str | None) -> bool:
    """Whether a margin the claim names (its metric as read: "a 39.5% operating margin" is operating income's) is
    one of the amount it is computed from: the same metric, or one a source naming that amount backs; a margin that
    names none ("a margin of 39.5%") is the amount's."""
    return not margin or (earned is not None and metrics_compatible(margin, {earned}, unknown_fits=False))


def _of_the_claims_base(
    index: FactIndex,
    claim: ClaimNumber,
    context: _ClaimContext,
    own: tuple[SourceRef, ...],
    earlier: tuple[SourceRef, ...],
    formulas: tuple[str, str] = ("", ""),
) -> bool:
    """Whether a change the claim computes from its own level (backed by ``own``) and its comparison level (backed by
    ``earlier``) may be counted against what the claim says it is (``_claim_base``): some pair of the source figures
    behind them is of that comparison, or tells none (``_ends_base``); True when the claim names none. A comparison
    level computed as the rest of a period (``formulas``: how each level is backed, ``PERIOD_REST``) is of the period
    left: "up 22% year over year to 14,478 thousand pounds from an implied 11,831 thousand pounds in Q1" is no change a
    year apart, the first quarter being the one right before the second; the level it is compared with may be a rest
    too (Lowe's "implied Q1 2026 sales ... up roughly 10% from about $20.93 billion a year earlier")."""
    base = _claim_base(index, claim, context)
    if not base:
        return True
    if formulas[1].startswith(PERIOD_REST + ":") and len(earlier) == 2:
        gaps = _rest_gaps(index, own, earlier, formulas[0])
        if gaps:
            return base in {"sequential" if 2 <= gap <= 4 else "annual" if 11 <= gap <= 13 else "another quarter" for gap in gaps}
    pairs = [(now, then) for now in _facts_cited(index, own) for then in _facts_cited(index, earlier)]
    return not pairs or any(_pair_base(index, now, then) in ("", base) for now, then in pairs)


def _rest_gaps(index: FactIndex, own: tuple[SourceRef, ...], earlier: tuple[SourceRef, ...], own_formula: str) -> set[int]:
    """The months from the end of a comparison level computed as a rest (``earlier``: its total and its part) to the
    end of the level compared with it (``own``, a rest too where ``own_formula`` says so). A level that is the rest's part
    itself is the period right after the rest, whatever dates the columns print ("6M YTD 2026" less "Q2 2026").
    Empty where the ends are not read."""
    total, part = (next((f for f in _facts_cited(index, (ref,)) if not f.change), None) for ref in earlier)
    if total is None or part is None:
        return set()
    levels = [f for f in _facts_cited(index, own) if not f.change]
    if any(level.figure.span == part.figure.span for level in levels):
        size = months_in(part.period.length or "")
        placed = rest_end(total, part)
        return {size} if size and (placed is None or placed == end_months(part) - size) else set()
    ends = rest_end(total, part)
    if ends is None:
        return set()
    if own_formula.startswith(PERIOD_REST + ":") and len(own) == 2:
        own_total, own_part = (next((f for f in _facts_cited(index, (ref,)) if not f.change), None) for ref in own)
        own_end = rest_end(own_total, own_part) if own_total is not None and own_part is not None else None
        return {own_end - ends} if own_end is not None else set()
    return {end_months(level) - ends for level in levels if level.period.end and level.period.end[1]}


def _facts_cited(index: FactIndex, refs: tuple[SourceRef, ...]) -> list[Fact]:
    """The facts of the source figures ``refs`` cite."""
    spans = {ref.span for ref in refs}
    return [
        fact for ref in refs for fact in index.matches(family_of(ref.unit), ref.value, ref.value)
        if fact.figure.span in spans and fact.value == ref.value
    ]  # fmt: skip


def _kind(unit: Unit) -> str:
    """The kind of amount a claim's arithmetic adds or subtracts: money, per share or not, alike."""
    return "money" if unit in (Unit.CURRENCY, Unit.PER_SHARE) else family_of(unit)


def verify_claims(claims: Sequence[str], document: Document, index: FactIndex | None = None) -> VerificationReport:
    """Each claim (one sentence or line) checked on its own, in order."""
    index = index or FactIndex(document)
    return VerificationReport(document.sha256, tuple(verify_claim(index, claim) for claim in claims))


def verify_text(text: str, document: Document, index: FactIndex | None = None) -> VerificationReport:
    """A free text (a briefing note by a person or another tool), checked sentence by sentence."""
    return verify_claims([span.of(text) for span in sentence_spans(text)], document, index)
