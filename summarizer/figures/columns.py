"""What a table's column headers say of their periods.

"Three Months Ended December 31, 2005" is a quarter that ends on 2005-12-31; among the
columns of one length, the latest is the current period and the others are comparisons.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..ingest.compact_rows import row_labels
from ..text.context import basis_of
from ..text.keywords import may_hold
from ..text.numbers import CURRENCY_CODES
from ..text.vocabulary import (
    CHANGE_COLUMN,
    EARLIER_EDITION_WORD,
    LENGTH_PATTERNS,
    MONTH,
    MONTH_NAMES,
    MONTH_WORD,
    OUTLOOK_EDITION,
    OUTLOOK_EDITION_WORD,
    QUARTER_ORDINAL,
    QUARTER_ORDINALS,
    Period,
    metric_matches,
    period_in,
    reported_fiscal_year_in,
    reported_quarter_in,
)
from ..types import Document, Table

__all__ = ["column_periods", "table_periods", "row_dates", "compares_two", "labels_compared", "fiscal_anchor", "fiscal_dated", "column_segments", "period_end", "reporting_year", "release_quarter", "release_fiscal_year", "RELEASE_OPENING", "column_period_words", "title_segments", "opening_date", "section_periods", "titled_length"]

_T = TypeVar("_T")


# A caption over every column that names two lengths ("For the three and six months ended
# June 30, 2026 and 2025") says nothing of any one column.
# So does a header line run into one cell ("Three Months Ended December 31, Twelve Months Ended
# December 31, 2024"): which of the two is the column's?
_BOTH_LENGTHS = re.compile(
    r"\b(?:three|six|nine|twelve|13|26|39|52)\s+and\s+(?:three|six|nine|twelve|13|26|39|52)\s+(?:months|weeks)\b"
    r"|\b(?P<one>three|six|nine|twelve|13|26|39|52)\s+(?:months|weeks)\s+ended\b.*?"
    r"\b(?!(?P=one)\b)(?:three|six|nine|twelve|13|26|39|52)\s+(?:months|weeks)\s+ended\b.*",
    re.I,
)


# a year's estimate in an outlook table's heading ("Segment FY 2026E", "2025E"): that year
_ESTIMATE_YEAR = re.compile(r"\b((?:19|20)\d{2})E\b")


def column_periods(table: Table) -> list[Period]:
    """Each column's period: its length from the header, and prior unless it is the latest.

    Where some columns say their length and others, with dates, do not (a header cut
    short: "...ed December 31"), those others are another length: "unstated"; and a column
    is not known to be the latest of its length while an unstated column is dated later.

    Read from the column labels alone, and kept by them (``_periods_of_columns``): a cache keyed by the table
    hashed all its rows and cells at each call, ~0.1 s for a table of 35,000 rows ("Line item 123 | $861 |
    (369)"), asked once per command and stage. A list of its own each call."""
    return list(_periods_of_columns(table.columns))


def _each_heading_once(read: Callable[[str], _T], columns: Sequence[str]) -> list[_T]:
    """``read`` of each column's heading, in order, each distinct heading read once: one caption spread over the
    thousands of columns of a row of pipe cells was searched by each pattern once per column (a third of ``figures``
    of such a row)."""
    said = {column: read(column) for column in dict.fromkeys(columns)}
    return [said[column] for column in columns]


@functools.lru_cache(maxsize=256)
def _periods_of_columns(table_columns: tuple[str, ...]) -> tuple[Period, ...]:
    """``column_periods`` of a table whose column labels are ``table_columns``."""
    # a column comparing two periods ("Δ YTD 26 vs YTD 25", "% change from December 31, 2020") is a change:
    # it spans both
    columns = _percents_beside_dates(tuple(_each_heading_once(lambda column: _ESTIMATE_YEAR.sub(r"\1", column), table_columns)))
    keys = _shares_dated(columns, _each_heading_once(lambda column: None if compares_two(column) else period_end(column), columns))
    keys = _between_alike(columns, _at_constant_currency(columns, keys))
    periods = _each_heading_once(lambda column: _trailing(column, _header_period(_BOTH_LENGTHS.sub(" ", column))), columns)
    if any(p.length for p in periods):
        periods = [p if p.length or key is None else Period("unstated", p.prior) for p, key in zip(periods, keys)]
        periods = _year_ago_alike(_quarter_sequences(periods, keys), keys)
    change_lengths = _change_lengths(periods, keys)
    latest_of: dict[str, tuple[int, int, int]] = {}  # each length's latest date, found once: linear in columns
    for key, period in zip(keys, periods):
        if key is not None and (period.length not in latest_of or key > latest_of[period.length]):
            latest_of[period.length] = key
    # An outlook's column ("2025 Outlook Range(3)" after "Q4-24 | 2024") is later by its nature, not a result's
    # column of a length its heading left unsaid: it does not leave the latest quarter unsure
    unstated = [key for column, key, period in zip(columns, keys, periods) if period.length == "unstated" and key and not _an_outlook(column)]
    latest_unstated = max(unstated, default=None)
    result = []
    for column, key, period, compared in zip(columns, keys, periods, change_lengths):
        if key is None:  # a change column ("Y/Y") spans the periods of the group it sits in
            result.append(Period(period.length or compared, None))
            continue
        latest = key >= latest_of[period.length] and not _SUPERSEDED.match(column)
        if latest and latest_unstated is not None and latest_unstated > key:
            result.append(Period(period.length, None, key))  # a later column of unknown length: current or not?
            continue
        result.append(Period(period.length, not latest, key))
    # twelve months that end with a first to third quarter: neither the current period nor a comparison
    result = [Period("unstated", None, p.end) if p.length == "unstated" and _TRAILING.search(c) else p for c, p in zip(columns, result)]
    return tuple(_editions(columns, _quarters_of_history(result, latest_of.get("quarter"))))


# how many months before the latest quarter its comparisons end: the quarter before (sequential) and the year-ago
# one, a month either way for quarters of 13 and 14 weeks
_COMPARED_QUARTERS = frozenset({2, 3, 4, 11, 12, 13})


def _quarters_of_history(periods: list[Period], latest: tuple[int, int, int] | None) -> list[Period]:
    """``periods`` with each earlier quarter of a trend table that is neither the quarter before the latest nor the
    year-ago one left of no side: STAAR Surgical's "Q1-23 | Q2-23 | Q3-23 | Q4-23 | 2023 | Q1-24 | ... | Q4-24" sets
    Q4-24 against Q4-23 and Q3-24, and its other quarters are history. A claim's comparison ("vs net income of $7.8m,
    or 16 cents, a year earlier") is the year-ago or the sequential quarter, never a quarter of two years ago."""
    if latest is None or not latest[1]:
        return periods
    result = []
    for period in periods:
        end = period.end
        if period.length == "quarter" and period.prior and end is not None and end[1]:
            months = (latest[0] - end[0]) * 12 + latest[1] - end[1]
            if months not in _COMPARED_QUARTERS:
                period = Period(period.length, None, end)
        result.append(period)
    return result


_EARLIER_EDITION = re.compile(rf"{EARLIER_EDITION_WORD}\b", re.IGNORECASE)


def _editions(columns: tuple[str, ...], periods: list[Period]) -> list[Period]:
    """``periods`` with the columns of a table of an outlook's editions told by their words ("| Prior | Updated |",
    "| Previous Guidance | Current Guidance |"): the later edition is the outlook now, the earlier one what it was
    revised from ("raised to $85-87 billion from $82-85 billion"), as a column that dates itself is
    ("Previous Fiscal 2027 Outlook", ``_SUPERSEDED``). These columns date nothing, so their words alone say which is
    which; a table of one edition, or a column that names none, says nothing."""
    if len(columns) < 2 or not all(OUTLOOK_EDITION.fullmatch(column.strip()) for column in columns):
        return periods
    earlier = [_EARLIER_EDITION.match(column.strip()) is not None for column in columns]
    if all(earlier) or not any(earlier):
        return periods
    return [Period(p.length, was, p.end) if p.end is None else p for p, was in zip(periods, earlier)]


# A column of guidance given before ("Previous Fiscal 2027 Outlook" beside "Updated Fiscal 2027 Outlook"):
# dated like the current guidance, it is the comparison
# ("Previous FY 2026" beside "Current FY 2026" under a guidance heading)
_SUPERSEDED = re.compile(
    r"(?:previous|prior|original|initial)\b.*\b(?:outlook|guidance)\b|^(?:previous|original|initial)\s+(?:FY|fiscal\b|full[- ]year\b)",
    re.IGNORECASE,
)
# Words that say which guidance a column holds, no business segment: "Updated Outlook", "Previous Guidance"
# and the word alone once the period is taken out ("Current FY 2026 | Previous FY 2026"), or before what a
# row's words run into the heading left ("Current FY 2026 Non-CF product revenue | Previous FY 2026 $0.5 billion or
# greater"; "New" may open a segment's name: "New Vehicles | Used Vehicles")
_REVISION = re.compile(
    rf"^(?:{OUTLOOK_EDITION_WORD}|raised|reaffirmed)(?:\b.*\b(?:outlook|guidance))?$|^(?!new\b){OUTLOOK_EDITION_WORD}\b",
    re.IGNORECASE,
)


# a column of each row as a percentage of sales, no date of its own: "% of Sales" beside "December 27, 2024"
_SHARE_COLUMN = re.compile(r"%\s*of\s+(?:net\s+|total\s+)?(?:sales|revenues?)\b|\bas\s+a\s+%|\bpercent\s+of\b", re.IGNORECASE)


def _shares_dated(columns: tuple[str, ...], keys: list[tuple[int, int, int] | None]) -> list[tuple[int, int, int] | None]:
    """``keys`` with each undated "% of Sales" column dated like the dated column it stands beside: the
    next one when the table's first such column comes before its first dated column ("% of Sales |
    December 27, 2024 | % of Sales | December 29, 2023"), else the one before ("2024 | % of sales")."""
    shares_said = _each_heading_once(lambda column: _SHARE_COLUMN.search(column) is not None, columns)
    shares = [key is None and said for said, key in zip(shares_said, keys)]
    if not any(shares):
        return keys
    first_dated = next((index for index, key in enumerate(keys) if key is not None), len(keys))
    step = 1 if shares.index(True) < first_dated else -1
    dated = list(keys)
    for index, share in enumerate(shares):
        partner = index + step
        if share and 0 <= partner < len(keys) and keys[partner] is not None and not shares[partner]:
            dated[index] = keys[partner]
    return dated


def _between_alike(columns: tuple[str, ...], keys: list[tuple[int, int, int] | None]) -> list[tuple[int, int, int] | None]:
    """``keys`` with each undated column that stands between two columns of one date dated like them: a
    reconciliation's adjustments between the reported and the adjusted amounts of one period ("2022 GAAP | Adj. |
    2022 Non-GAAP" under "Three Months Ended May 31,"; Oracle). A change column ("Y/Y", "vs") is of two periods,
    never dated so. What such a column's cells are of is the facts stage's to say (``table_reading``: an
    adjustment is no amount of its row's metric)."""
    dated = list(keys)
    for index in range(1, len(keys) - 1):
        before, after = keys[index - 1], keys[index + 1]
        if keys[index] is None and before is not None and before == after and not CHANGE_COLUMN.search(columns[index]):
            dated[index] = before
    return dated


# a column of the amounts restated at the comparison's exchange rates; not a change at them ("Constant Currency % Change")
_CONSTANT_CURRENCY = re.compile(r"\bconstant[- ]currenc(?:y|ies)\b", re.IGNORECASE)


def _at_constant_currency(columns: tuple[str, ...], keys: list[tuple[int, int, int] | None]) -> list[tuple[int, int, int] | None]:
    """``keys`` with each undated column of amounts at constant currency dated like the dated column it restates,
    right before it or with one undated column of no change between: STAAR Surgical's "Three Months Ended December
    27, 2024 | Effect of Currency | Constant Currency | December 29, 2023": the quarter's sales at the year-ago rates
    are the quarter's (and the effect between the two amounts of one date is then dated like them,
    ``_between_alike``). A column of changes at constant currency spans two periods, dated by neither."""
    dated = list(keys)
    restated = _each_heading_once(lambda column: bool(_CONSTANT_CURRENCY.search(column)) and not CHANGE_COLUMN.search(column), columns)
    for index, key in enumerate(keys):
        if key is not None or not restated[index]:
            continue
        for before in range(index - 1, max(index - 3, -1), -1):
            if keys[before] is not None:
                dated[index] = keys[before]
                break
            if CHANGE_COLUMN.search(columns[before]):
                break
    return dated


# a column headed by the percent sign alone, a footnote's marker aside: "% (a)"
_PERCENT_ONLY = re.compile(r"(?:^|\s)%\s*(?:\(\w\)|\*+)?$")


def _percents_beside_dates(columns: tuple[str, ...]) -> tuple[str, ...]:
    """``columns`` with each undated "%" column of a table that sets one beside each dated column, date and percent
    in turn ("4Q 2021 | % (a) | 3Q 2021 | % (a)": each quarter's amount and its ratio), headed by its date's heading
    too: it is of that period, as "% of Sales" is. A "%" after two dates ("2024 | 2023 | %") is their change, and
    that table is no such turn."""
    if len(columns) < 4 or len(columns) % 2 or not all(_PERCENT_ONLY.search(column) for column in columns[1::2]):
        return columns
    dated = columns[::2]
    if not all(period_end(column) is not None for column in dated) or any(period_end(column) for column in columns[1::2]):
        return columns
    return tuple(column if index % 2 == 0 else f"{columns[index - 1]} {column}" for index, column in enumerate(columns))


def _change_lengths(periods: list[Period], keys: list[tuple[int, int, int] | None]) -> list[str]:
    """The length each column would compare if it is a change column (``""``: unknown).

    A table of one length compares that length. Where lengths stand side by side, a change column
    compares the group on its left ("2Q24 | 2Q25 | % change | 1H24 | 1H25 | % change"; "Dec 31, 2021 |
    Sep 30, 2021 | Dec 31, 2020 | % change | % change | Year ended | Year ended"); none on its left, or
    dated columns of unstated length, say nothing."""
    groups = {p.length for p, key in zip(periods, keys) if key is not None}
    if len(groups) == 1:
        return [groups.pop()] * len(periods)
    lengths, left = [], ""
    for period, key in zip(periods, keys):
        if key is not None:
            left = "" if period.length == "unstated" else period.length
        lengths.append(left)
    return lengths


def _quarter_sequences(periods: list[Period], keys: list[tuple[int, int, int] | None]) -> list[Period]:
    """An unstated column that goes on the run of quarter columns beside it by one more quarter, the way the run goes,
    is a quarter too: a trend table's heading "Quarter ended" that the filing's grid spreads over all but its first
    column ("Dec 31, 2021 | Quarter ended Sep 30, 2021 | Quarter ended Dec 31, 2020"), or a centred "Three Months
    Ended" a fixed-width layout sets over its middle columns only (Anywhere's "March 31, | June 30, | September 30, |
    December 31, | December 31," under "Three Months Ended" and "Year Ended": the first and fourth are quarters). A column
    a quarter later than the quarter right after it is one, as the trend table's; any other only where the quarter
    beside it and the one beyond step by a quarter the same way (a lone "September 30" quarter beside "December 31"
    may stand beside a balance)."""
    result = list(periods)
    for index, (period, key) in enumerate(zip(periods, keys)):
        if period.length != "unstated" or key is None or not key[1]:
            continue
        for side in (1, -1):  # the quarter after the column, then the one before it
            months = _months_on(periods, keys, index, side)
            beyond = _months_on(periods, keys, index + side, side) if months is not None else None
            # a quarter later than the quarter right after it, as before; else a quarter on from the one beside it
            # where the quarter beyond that steps the same way
            if (side == 1 and months == 3) or (months in (3, -3) and beyond == months):
                result[index] = Period("quarter", period.prior, period.end)
                break
    return result


def _months_on(periods: list[Period], keys: list[tuple[int, int, int] | None], index: int, side: int) -> int | None:
    """The months from the quarter column at ``index + side`` to the column at ``index`` (positive: the column is the
    later one), where the one beside is a quarter column dated by its month; None otherwise."""
    beside = index + side
    if not (0 <= index < len(keys) and 0 <= beside < len(keys)):
        return None
    key, other = keys[index], keys[beside]
    if key is None or other is None or not key[1] or not other[1] or periods[beside].length != "quarter":
        return None
    return (key[0] - other[0]) * 12 + key[1] - other[1]


def _year_ago_alike(periods: list[Period], keys: list[tuple[int, int, int] | None]) -> list[Period]:
    """An unstated column dated a year before a column of the table's one stated length is of that length: the
    year-ago comparison whose heading the layout left out (STAAR's "Three Months Ended" underlined over "December 27,
    2024 | Effect of Currency | Constant Currency" only, beside "December 29, 2023 | As Reported $ Change": the
    year-ago quarter, and the changes of the quarter). A table of two stated lengths, or a column a year before none,
    says nothing; in a table of two stated lengths or more, see ``_year_ago_missing``."""
    stated = {period.length for period, key in zip(periods, keys) if key is not None and period.length != "unstated"}
    if len(stated) > 1:
        return _year_ago_missing(periods, keys)
    if not stated:
        return periods
    length = stated.pop()
    ends = {key for period, key in zip(periods, keys) if key is not None and key[1] and period.length == length}
    result = []
    for period, key in zip(periods, keys):
        if period.length == "unstated" and key is not None and key[1] and any(_a_year_apart(key, end) for end in ends):
            period = Period(length, period.prior, period.end)
        result.append(period)
    return result


def _year_ago_missing(periods: list[Period], keys: list[tuple[int, int, int] | None]) -> list[Period]:
    """In a table of two stated lengths or more, an unstated column dated a year before a column of one length that
    has no column of its date, where every other length has one, is that length's year-ago column: ASE's "For the three
    months ended" underlined over "Dec. 31 2024 | Sep. 30 2024" only, beside "Dec. 31 2023 | For the year ended Dec. 31
    2024 | Dec. 31 2023": the year has its year-ago column, the quarter misses its own, the unstated Dec. 31 2023 (had
    been read as the latest of a length of its own, a current period). Where two lengths miss it, or none, or the
    column is a year before none, nothing is said."""
    ends_of: dict[str, set[tuple[int, int, int]]] = {}  # each stated length's ends
    for period, key in zip(periods, keys):
        if key is not None and key[1] and period.length != "unstated":
            ends_of.setdefault(period.length, set()).add(key)
    result = list(periods)
    for index, (period, key) in enumerate(zip(periods, keys)):
        if period.length != "unstated" or key is None or not key[1]:
            continue
        missing = [length for length, ends in ends_of.items() if key not in ends]
        if len(missing) == 1 and any(_a_year_apart(key, end) for end in ends_of[missing[0]]):
            result[index] = Period(missing[0], period.prior, period.end)
    return result


def _a_year_apart(earlier: tuple[int, int, int], later: tuple[int, int, int]) -> bool:
    """Whether two ends are a year apart: to the day, a fiscal calendar's week either way ("December 29, 2023" and
    "December 27, 2024"); to the month where either names no day."""
    if not (earlier[2] and later[2]):
        return (later[0] - earlier[0]) * 12 + later[1] - earlier[1] == 12
    days = (datetime.date(*later) - datetime.date(*earlier)).days
    return _YEAR_IN_DAYS[0] <= days <= _YEAR_IN_DAYS[1]


_YEAR_IN_DAYS = (358, 372)  # 52 weeks less a day to 53 weeks and a day


# twelve months to the end of each quarter column: "FREE CASH FLOW - TRAILING 4-QUARTERS" over "Fiscal 2022 Q4",
# Parker's "Updated rolling 12- month order rates" over "FY26 | Q1 | ... | Q4"
_TRAILING = re.compile(
    r"\btrailing[- ](?:4|four|twelve|12)[- ](?:quarters?|months?)\b|\b(?:TTM|LTM)\b|\b(?:last|trailing)\s+twelve\s+months\b"
    r"|\brolling\s+(?:12|twelve)\s*-?\s*months?\b",
    re.IGNORECASE,
)
_FOURTH_QUARTER = re.compile(r"\bQ4\b|\b4Q|\bfourth\s+quarter\b", re.IGNORECASE)


def _trailing(column: str, period: Period) -> Period:
    """A quarter column under a trailing-twelve-months heading holds the twelve months that end with
    the quarter: a fourth quarter's are its fiscal year; any other's are of no length a release names."""
    if period.length != "quarter" or not _TRAILING.search(column):
        return period
    return Period("year" if _FOURTH_QUARTER.search(column) else "unstated", period.prior, period.end)


_STATED_LENGTHS = LENGTH_PATTERNS[:-1]  # not the last: "Fiscal 2026" names the year a quarter belongs to


def _header_period(header: str) -> Period:
    """A column header's period. Where its headings name two lengths ("Year Ended December 31," spread over
    a "Q4 2024" column), the one nearest the cells, said last, decides."""
    period = period_in(header)
    said = [(match.start(), name) for name, pattern in _STATED_LENGTHS for match in pattern.finditer(header)]
    if len({name for _, name in said}) > 1:
        return Period(max(said)[1], period.prior, period.end)
    return period


_COMPARES_TWO = re.compile(r"Δ|\bvs\b|\bversus\b|\bchange from\b", re.IGNORECASE)
# a change's word between the labels of the two periods it is counted between, the later first: Citizens' "4Q21
# Change 3Q21 $", "FULL YEAR 2021 Change 2020 %"
_PERIOD_LABEL = r"(?:[1-4]Q['’]?\d{2}|Q[1-4][ '’-]?\d{2}(?:\d{2})?|(?:19|20)\d{2})"
_CHANGE_BETWEEN = re.compile(rf"\b(?P<now>{_PERIOD_LABEL})\s+(?:change|chg\.?)\s+(?P<then>{_PERIOD_LABEL})\b", re.IGNORECASE)
# two years, the later first: Ryder's "2024/2023" over "Three Months | Twelve Months" of percent changes. The earlier
# first ("2023/2024") may be one fiscal year that spans both, and is read as before.
_YEAR_OVER_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*/\s*((?:19|20)\d{2})\b")


def compares_two(column: str) -> bool:
    """A column of the change between two periods, dated by neither ("Δ YTD 26 vs YTD 25", "2024/2023", "4Q21 Change
    3Q21 $")."""
    if _COMPARES_TWO.search(column) or _CHANGE_BETWEEN.search(column):
        return True
    return any(int(later) > int(earlier) for later, earlier in _YEAR_OVER_YEAR.findall(column))


def labels_compared(column: str) -> tuple[str, str] | None:
    """The labels of the two periods a change column's heading counts its change between, the later first ("4Q21
    Change 3Q21 $": ("4Q21", "3Q21")); None where it names no such pair."""
    said = _CHANGE_BETWEEN.search(column)
    return (said.group("now"), said.group("then")) if said else None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_KEY_PARTS = re.compile(
    rf"(?P<month5>{MONTH_WORD})\.?\s+(?P<day5>\d{{1,2}}),\s*'?(?P<y5>\d{{2}})\b(?!,?\d)|"
    rf"(?P<month>{MONTH_WORD})\.?\s+(?P<day>\d{{1,2}})\b|"
    rf"(?P<month6>{MONTH_WORD})\.?\s+(?P<day6>[0-3]?\d)(?P<y6>(?:19|20)\d{{2}})\b|"  # "Dec 312024": no space left
    rf"\b(?P<day2>\d{{1,2}})[\s-]+(?P<month2>{MONTH_WORD})\.?[\s-]+(?=(?:19|20)\d{{2}})|"
    r"\b(?P<nmonth>1[0-2]|0?[1-9])/(?P<nday>3[01]|[12]\d|0?[1-9])/(?P<nyear>(?:19|20)\d{2})\b|"
    rf"(?P<month3>{MONTH_WORD})\.?\s+(?=(?:19|20)\d{{2}})|"
    rf"(?P<month4>{MONTH_WORD})\.?(?:-|\s?[\'’])(?P<y2>\d{{2}})\b|"
    rf"\b(?P<qo>{QUARTER_ORDINAL})[- ]quarter\b|"
    r"\bQ(?P<q>[1-4])\b|\b(?P<q2>[1-4])Q|\bH(?P<h>[12])\b|\b(?P<h2>[12])H(?='?\d{2}\b)|\bFY\s?'?(?P<fy>\d{2,4})\b|\b(?P<year>(?:19|20)\d{2})\b|(?<=[1-4]Q)'?(?P<qy>\d{2})\b|(?<=[12]H)'?(?P<hy>\d{2})\b|(?<=Q[1-4])['’-](?P<qy2>\d{2})\b(?!-)|(?<=YTD)[ ]?'?(?P<ytd>\d{2})\b|\b(?:3|6|9|12)M['’](?P<my>\d{2})\b",
    re.IGNORECASE,
)


# a quarter and its year joined by a hyphen, STAAR Surgical's "Q1-23": read only as a heading of its own (a delivery
# date in a project list's cells run into a heading is none)
_HYPHEN_QUARTER = re.compile(r"\bQ[1-4]-\d{2}\b")


@functools.lru_cache(maxsize=4096)  # tables repeat their headers; a long header costs ~100 us to read
def period_end(column: str) -> tuple[int, int, int] | None:
    """A sortable (year, month or quarter, day) for a column header, or None."""
    year = month = day = 0
    # a caption's dates of two periods ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003" over "2004"): the
    # column's year takes the month and day said with it, not the last ones said
    said_with: dict[int, tuple[int, int]] = {}
    quarters_said: set[str] = set()  # "Q1-25 ... Q3-25 ... Q1-27": dates of a list, no one column's period
    for match in _KEY_PARTS.finditer(column):
        if match.group("year"):
            year = int(match.group("year"))
            if day and column[match.start() - 2 : match.start()] == ", " and column[match.start() - 4 : match.start() - 2].strip().isdigit():
                said_with[year] = (month, day)
        elif digits := match.group("fy") or match.group("qy") or match.group("qy2") or match.group("hy") or match.group("ytd") or match.group("my"):
            year = int(digits) + (2000 if len(digits) == 2 else 0)
            if match.group("qy2"):
                quarters_said.add(f"{month}/{year}")
                if column[match.start()] == "-" and any(c.isdigit() for c in _HYPHEN_QUARTER.sub("", column)):
                    return None  # "Q1-25" among other figures ("Bordeaux Q1-25 8,000 Rueil-M. 39"): a list's cells
        elif match.group("nyear"):
            year, month, day = int(match.group("nyear")), int(match.group("nmonth")), int(match.group("nday"))
        elif match.group("month5"):  # "Dec 31, 24"
            year, month, day = 2000 + int(match.group("y5")), _MONTHS[match.group("month5")[:3].lower()], int(match.group("day5"))
        elif match.group("month6"):
            year, month, day = int(match.group("y6")), _MONTHS[match.group("month6")[:3].lower()], int(match.group("day6"))
        elif match.group("month") or match.group("month2"):
            name = match.group("month") or match.group("month2")
            month, day = _MONTHS[name[:3].lower()], int(match.group("day") or match.group("day2"))
        elif match.group("month3"):
            month = _MONTHS[match.group("month3")[:3].lower()]
        elif match.group("month4"):  # "Jun-26", "Dec '25"
            year, month = 2000 + int(match.group("y2")), _MONTHS[match.group("month4")[:3].lower()]
        elif match.group("q") or match.group("q2"):
            month = int(match.group("q") or match.group("q2")) * 3
        elif match.group("qo"):  # "Fourth quarter 2024"
            month = QUARTER_ORDINALS[match.group("qo").lower()] * 3
        elif match.group("h") or match.group("h2"):  # "1H25", "H2 2024": a half ends with its sixth month
            month = int(match.group("h") or match.group("h2")) * 6
    if year in said_with and len(said_with) > 1:
        month, day = said_with[year]
    return (year, month, day) if year and len(quarters_said) < 2 else None


# a column named by its quarter alone ("Q4 FY26", "Q3'26", "3Q 2025", "Fourth Quarter 2025"), no month said
# or by its half ("1H25", "H1 FY25"), which ends with its second or fourth quarter
_QUARTER_LABEL = re.compile(rf"\bQ[1-4]\b|\b[1-4]Q|\b{QUARTER_ORDINAL}[- ]quarter\b|\bH[12]\b|\b[12]H(?='?\d)", re.IGNORECASE)
_MONTH_SAID = re.compile(MONTH_WORD, re.IGNORECASE)
_FiscalAnchor = tuple[tuple[int, int], tuple[int, int]]


def _quarter_label(column: str) -> tuple[int, int] | None:
    """(year, quarter) of a column named by its quarter (or half: its last quarter) alone, or None."""
    if not _QUARTER_LABEL.search(column) or _MONTH_SAID.search(column):
        return None
    key = period_end(column)
    if key is None or key[2] or key[1] not in (3, 6, 9, 12):
        return None
    return key[0], key[1] // 3


_last_anchor: tuple[Document | None, _FiscalAnchor | None] = (None, None)


def fiscal_anchor(document: Document) -> _FiscalAnchor | None:
    """Where the release's fiscal quarters fall in the calendar: the label of its own quarter in its
    tables ("Q4 FY26": (2026, 4)) with the (year, month) the quarter's dated columns end on ("Three Months
    Ended January 25, 2026": (2026, 1)). None unless both are read and the month is not the label's
    calendar one (a fiscal year that ends in December needs no anchor). The labels may stand in a data
    sheet filed with the release (Apple's "Q3 2012" over its units, the quarter ended June 30, 2012); the
    dates are the release's own.

    Labels are counted in quarters from the anchor, never from a fiscal year's end month. A label named by
    another year than the one its quarter ends in ("2Q25" for the quarter ended December 31, 2024) is
    dated so only where the release's year (``reporting_year``) is read as the calendar one; where it is
    read from the labels, the rest of the reading (running text, claims, the extractive engine's period)
    counts in the labels' years, where a calendar date would stand a year early: no anchor then (Bioceres'
    "2Q25" stays read as June 2025, as a claim's "2Q25" is)."""
    global _last_anchor
    seen, anchor = _last_anchor
    if seen is document:
        return anchor
    anchor = None
    quarter = release_quarter(document)
    if quarter is not None:
        labels = [
            label for table in document.tables for column in set(table.columns)
            if not _an_outlook(column) and (label := _quarter_label(column)) is not None and label[1] == quarter
        ]  # fmt: skip
        ends = Counter[tuple[int, int]]()
        for table in _release_tables(document):
            for column in set(table.columns):
                key = period_end(column)
                if key is not None and key[2] and not _an_outlook(column) and _quarter_label(column) is None and _header_period(column).length == "quarter":
                    ends[key[:2]] += 1
        if labels and ends:
            end, label = max(ends, key=lambda e: (ends[e], e)), max(labels)
            if end[1] != quarter * 3 and (end[0] == label[0] or reporting_year(document) == end[0]):
                anchor = (label, end)
    _last_anchor = (document, anchor)
    return anchor


def fiscal_dated(periods: list[Period], columns: tuple[str, ...], anchor: _FiscalAnchor | None) -> list[Period]:
    """``periods`` with each column named by a quarter alone dated by the release's fiscal calendar
    (``fiscal_anchor``): NVIDIA's "Q4 FY26" ends in January 2026, not December; Keysight's "Q3'26" in July."""
    if anchor is None:
        return periods
    (year, quarter), (end_year, end_month) = anchor
    dated = []
    for column, period in zip(columns, periods):
        label = _quarter_label(column) if period.end is not None else None
        if label is None:
            dated.append(period)
            continue
        months = end_year * 12 + end_month - 1 + 3 * ((label[0] - year) * 4 + label[1] - quarter)
        dated.append(Period(period.length, period.prior, (months // 12, months % 12 + 1, 0)))
    return dated


def table_periods(table: Table, anchor: _FiscalAnchor | None, text: str = "") -> list[Period]:
    """Each column's period (``column_periods``), quarters named alone dated by the release's fiscal calendar
    (``fiscal_dated``), or, where no column names any, the estimated year the table's title names
    (``_titled_estimate``, read in ``text``): what the facts stage and the figures command read alike."""
    periods = column_periods(table)
    if text and not any(period.length or period.end for period in periods):
        estimate = _titled_estimate(text, table)
        if estimate is not None:
            return [estimate] * len(periods)
    return fiscal_dated(periods, table.columns, anchor)


# A year marked as estimated, as outlook tables head their figures: "FY 2026E", "2026E" (a single year, not a range)
_ESTIMATED_YEAR = re.compile(r"(?<![\w-])(?:(?:FY|fiscal)\s?)?((?:19|20)\d{2})E\b")
_ESTIMATE_TITLE_LINES = 5  # how many lines above a table its outlook's title may stand (scenario headings between)


def _titled_estimate(text: str, table: Table) -> Period | None:
    """The year of the one estimated year named in the lines right above ``table`` (up to a blank line), for a table
    whose columns name no period: Albemarle's "| Total Corporate FY 2026E |" over the price scenarios "~$10 | ~$20 |
    ~$30" of its outlook is the year 2026 for every column (the "FY 2025 avg." heading between them names the price
    case, not the figures' period, and is no estimate). The title names the whole company or nothing else: the next
    table's "Energy Storage FY 2026E" is a segment's outlook, which no column says, so it stays unread. None where the
    lines name no estimated year or several."""
    end = table.span.start
    years = set()
    for _ in range(_ESTIMATE_TITLE_LINES):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line = text[start:end]
        if not line.strip(" \t\r\n|"):
            break
        for found in _ESTIMATED_YEAR.finditer(line):
            rest = " ".join((line[: found.start()] + line[found.end() :]).replace("|", " ").split())
            if rest and not _WHOLE_COMPANY.match(rest):
                return None
            years.add(int(found.group(1)))
        if start == 0:
            break
        end = start
    if len(years) != 1:
        return None
    return Period("year", False, (years.pop(), 0, 0))


_WHOLE_COMPANY = re.compile(r"(?:total|consolidated)(?:\s+(?:company|corporate|group|consolidated))?$", re.IGNORECASE)


_OUTLOOK = re.compile(r"\b(?:outlook|guidance|forecast|expected|expects?|projected)\b", re.IGNORECASE)
_OUTLOOK_WORDS = ("outlook", "guidance", "forecast", "expect", "projected")  # every match of _OUTLOOK holds one


def _an_outlook(column: str) -> bool:
    """``_OUTLOOK.search(column)``, not tried where none of its words stands: asked of every column of every table (a
    row of thousands of cells is as many columns)."""
    return may_hold(column, _OUTLOOK_WORDS) and _OUTLOOK.search(column) is not None


def _release_tables(document: Document) -> tuple[Table, ...]:
    """The press release's own tables: a data sheet filed with it may label its columns otherwise."""
    if not document.exhibits:
        return document.tables
    release = document.exhibits[0].span
    return tuple(t for t in document.tables if release.start <= t.span.start < release.end) or document.tables


def release_quarter(document: Document) -> int | None:
    """The fiscal quarter a release reports, as its title names it, else its opening ("second quarter of fiscal
    2026"); None where neither names one it reports (a year's release, or a quarter only an outlook's)."""
    return reported_quarter_in(document.info.title) or reported_quarter_in(document.text[:RELEASE_OPENING])


def release_fiscal_year(document: Document) -> int | None:
    """The fiscal year said beside the quarter a release reports, in its title, else its opening ("Third Quarter
    Fiscal 2025"); None where neither says one (``reported_fiscal_year_in``)."""
    return reported_fiscal_year_in(document.info.title) or reported_fiscal_year_in(document.text[:RELEASE_OPENING])


RELEASE_OPENING = 2000  # how much of a release's text opens it: its headline, dateline and first paragraphs


def reporting_year(document: Document) -> int | None:
    """The year the release reports on: the latest year of each of its tables (outlook columns
    aside), and of these the one most tables share, the later on a tie.

    One table's latest year does not decide: a fleet list "as of February 7, 2025", a
    forecast "Twelve months ended December 31, 2025" or a multi-year guidance table sit
    beside a 2024 release's statements. Columns that name a month or quarter come first
    (a bare year may head such a guidance table)."""
    latest: Counter[int] = Counter()
    for table in _release_tables(document):
        keys = [period_end(column) for column in table.columns if not _an_outlook(column)]
        years = [key[0] for key in keys if key and key[1]] or [key[0] for key in keys if key]
        if years:
            latest[max(years)] += 2 if any(key and key[1] for key in keys) else 1
    return max(latest, key=lambda year: (latest[year], year)) if latest else None


# the months of each length a column's period may be of
_MONTHS_OF_LENGTH = {"quarter": 3, "half": 6, "nine_months": 9, "year": 12}


def opening_date(period: Period, columns: tuple[str, ...], document: Document | None = None) -> tuple[int, int, int] | None:
    """The day before ``period`` began: the date of the balance it opened with ("Cash and cash equivalents at
    beginning of period" under "Six Months Ended June 30, 2026" is the cash of December 31, 2025; under "Three
    Months Ended June 30, 2025" that of March 31, 2025; Datadog). Of a period of whole calendar months, in a table (of
    ``columns``) whose every dated column ends on its month's last day and names no weeks, the last day of the month
    its length before. A period of fiscal weeks ends on a day its length in months does not give: its opening day is
    the one date the release's columns head (``document``) within a week of that month's day, the end of the period
    before it that the release prints (STAAR Surgical's "Year Ended December 27, 2024" opened on "December 29, 2023",
    the year before's column; Apple's nine months ended June 30, 2012 on the balance sheet's September 24, 2011);
    where the release heads no such date, the month alone, where the period's count of weeks leaves no doubt of it
    (``_opening_month``); None where the release heads two such dates, or the weeks leave the month unsure."""
    months, end = _MONTHS_OF_LENGTH.get(period.length), period.end
    if months is None or end is None or not end[1] or (not end[2] and document is None):
        return None
    count = end[0] * 12 + end[1] - 1 - months
    year, month = count // 12, count % 12 + 1
    if not end[2]:
        # a quarter named by its month alone ("4Q 2021"): of calendar months where every day the release heads is
        # its month's last (U.S. Bancorp's "Balance, beginning of period" under "4Q 2021" is of September 30, 2021)
        return (year, month, calendar.monthrange(year, month)[1]) if document is not None and _of_calendar_months_throughout(document) else None
    if _of_calendar_months(columns):
        return year, month, calendar.monthrange(year, month)[1]
    if document is not None:
        estimate = datetime.date(year, month, min(end[2], calendar.monthrange(year, month)[1]))
        near = [day for day in _days_headed(document) if abs((day - estimate).days) <= _WEEK]
        if len(near) == 1:
            return near[0].year, near[0].month, near[0].day
        if near:
            return None
    return _opening_month(period.length, end)


# the weeks of each length a period of fiscal weeks is of, a week more in a year of 53
_WEEKS_OF_LENGTH = {"quarter": 13, "half": 26, "nine_months": 39, "year": 52}


def _opening_month(length: str, end: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """The month, its day unsaid (0), of the day before a period of fiscal weeks began, where its count of weeks does
    not matter: AMD's "Six Months Ended June 28, 2025", of 26 weeks or 27, opened on December 28 or 21, 2024, either
    way a day of December 2024; None where the two days fall in two months."""
    if end[2] > calendar.monthrange(end[0], end[1])[1]:
        return None  # a heading's day its month has not ("September 31"): no day to count back from
    weeks = _WEEKS_OF_LENGTH[length]
    last_day = datetime.date(*end)
    earliest, latest = last_day - datetime.timedelta(weeks=weeks + 1), last_day - datetime.timedelta(weeks=weeks)
    if (earliest.year, earliest.month) != (latest.year, latest.month):
        return None
    return latest.year, latest.month, 0


_WEEK = 7
_last_days: tuple[Document | None, tuple[datetime.date, ...]] = (None, ())


def _days_headed(document: Document) -> tuple[datetime.date, ...]:
    """Every day a column of the release's tables is dated to ("December 29, 2023"), read once per release."""
    global _last_days
    seen, days = _last_days
    if seen is document:
        return days
    keys = {period_end(column) for table in document.tables for column in set(table.columns)}
    dated = set()
    for key in keys:
        if key is not None and key[1] and key[2] and key[2] <= calendar.monthrange(key[0], key[1])[1]:
            dated.add(datetime.date(*key))
    days = tuple(sorted(dated))
    _last_days = (document, days)
    return days


def _of_calendar_months_throughout(document: Document) -> bool:
    """Whether every day the release's tables head ends its month, and none names weeks: a release of calendar
    quarters (a bank's "December 31, 2021 | September 30, 2021 | ..."), not of fiscal weeks."""
    days = _days_headed(document)
    if not days or any(day.day != calendar.monthrange(day.year, day.month)[1] for day in days):
        return False
    return not any(_WEEKS.search(column) for table in document.tables for column in set(table.columns))


@functools.lru_cache(maxsize=256)
def _of_calendar_months(columns: tuple[str, ...]) -> bool:
    """Whether each column of a table dated to the day ends on its month's last day, and none names weeks."""
    if any(_WEEKS.search(column) for column in columns):
        return False
    ends = [key for key in map(period_end, columns) if key is not None and key[2]]
    return bool(ends) and all(key[1] and key[2] == calendar.monthrange(key[0], key[1])[1] for key in ends)


_WEEKS = re.compile(r"\bweeks?\b", re.IGNORECASE)


# a row label that ends with a whole date, month, day and year: "Net sales December 31, 2024", "Rental margin at Dec
# 31, 2023"
_ROW_DATE = re.compile(rf"{MONTH_WORD}\.?\s+\d{{1,2}},\s*(?:(?:19|20)\d{{2}}|\d{{2}})$", re.IGNORECASE)


def row_dates(table: Table, document: Document) -> dict[str, tuple[tuple[int, int, int], bool | None]]:
    """The date each row of ``table`` names at its label's end, and whether it is an earlier one (a comparison), for
    a table whose rows, not its columns, are the periods: Watts' "Net sales December 31, 2024" and "Net sales December
    31, 2023" under "Fourth Quarter Ended" over "Americas | Europe | APMEA | Total", Gecina's "Rental margin at Dec 31,
    2023" / "... Dec 31, 2024" under "Group | Offices | Residential". Keyed by the label, its spaces made one.

    Only where two dates or more are named, each a date some column of the release heads ("December 31, 2024"): a
    list of notes due on their own dates ("Notes due March 15, 2030") names no period. The latest is the current
    period, the others comparisons; none where the table's rows name fewer dates. Where the latest is a column's date a
    year before another column's (the release's comparison), the others are dates no column heads: history, of no
    side (``None``)."""
    dated: dict[str, tuple[int, int, int]] = {}
    for row in table.rows:
        label = " ".join(row.label.split())
        match = _ROW_DATE.search(label)
        key = period_end(match.group(0)) if match else None
        if key is not None and key[2]:
            dated[label] = key
    if len(set(dated.values())) < 2:
        return {}
    columns_dated = {period_end(column) for other in document.tables for column in other.columns}
    latest = max(dated.values())
    if set(dated.values()) <= columns_dated:
        return {label: (key, key != latest) for label, key in dated.items()}
    if latest in columns_dated and (latest[0] + 1, *latest[1:]) in columns_dated:
        # the year before's table beside the year's: Watts' "Net sales December 31, 2023" over "... 2022" after its
        # 2024 against 2023: the release's comparison, and history of no side that no column of the release heads
        return {label: (key, True if key == latest else None) for label, key in dated.items()}
    return {}


def section_periods(table: Table, periods: list[Period]) -> dict[int, Period]:
    """The period of each row (by its index) that stands under a section label naming a period other than the one
    its table's headings name: Disney's EPS reconciliation, headed "Pre-Tax Income/Loss | ... | Diluted EPS (3) |
    Change vs. prior-year period" over "Quarter Ended June 27, 2026", goes on under "Quarter Ended June 28, 2025" with
    the year-ago quarter's rows ("As reported | $ 3,211 | ... | $ 2.92", then its "Exclude:" items): each is of that
    quarter, a comparison, in every column; Albemarle's tax rate reconciliation, headed "... Three months ended June 30,
    2026", goes on under "Three months ended June 30, 2025", "Six months ended June 30, 2026" and "... 2025".

    ``periods`` are the table's column periods (``table_periods``). Only where every column that is no change is of
    one length and one whole date, and the section's label is a period alone, of a length and a whole date no later:
    the rows from it on, up to the next such label, are of it, a comparison where it ends earlier."""
    levels = {period for period in periods if period.end is not None}
    if len(levels) != 1:
        return {}
    (heading,) = levels
    if not heading.length or heading.end is None or not heading.end[2]:
        return {}
    found: dict[int, Period] = {}
    current: Period | None = None
    for index, row in enumerate(table.rows):
        section = " ".join(row.section.split())
        if section and _SECTION_PERIOD.fullmatch(section):
            length, end = _header_period(section).length, period_end(section)
            if not length or end is None or not end[2] or end > heading.end:
                current = None  # a label that dates nothing the headings' period is not
            elif length == heading.length and end == heading.end:
                current = None  # the headings' own period again
            else:  # an earlier period ("Three months ended June 30, 2025"), or a longer one to the same day
                current = Period(length, end < heading.end, end)
        if current is not None:
            found[index] = current
    return found


# a section label that is a period and nothing else: "Quarter Ended June 28, 2025", "Three Months Ended June 30, 2025"
_SECTION_PERIOD = re.compile(
    rf"(?:(?:three|six|nine|twelve)\s+months|quarter|year|(?:13|26|39|52|53)\s+weeks)\s+ended\s+{MONTH_WORD}\.?\s+\d{{1,2}},\s*(?:19|20)\d{{2}}:?",
    re.IGNORECASE,
)


_PERIOD_TOKENS = re.compile(
    r"\b(?:for|the|and|of|ended|ending|three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|months?|weeks?|"
    r"first|second|third|fourth|"  # "Fourth Quarter Ended December 31, 2024 Americas": the segment is "Americas"
    r"quarters?|years?|full|half|fiscal|unaudited|audited|YTD|FY\d*|Q[1-4]|[1-4]Q\d*|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|"
    r"Sep\w*|Oct\w*|Nov\w*|Dec\w*|\d+)\b|[^\w\s&]",
    re.IGNORECASE,
)
_COMPANY_WIDE = re.compile(
    r"^(?:consolidated|total(?: company)?|company|total consolidated)$|^consolidated\b", re.IGNORECASE
)  # "Consolidated Reportable Segments" adds them all up
# Sub-columns that split one figure, not the company: "Pre-tax | Income tax | After-tax | Per share".
_MEASURE = re.compile(
    r"\b(?:pre|after)[- ]tax\b|\btax\b|\bper\b|\bshares?\b|\bamounts?\b|%|\bchange\b|\bbasis\b|\bgaap\b|"
    r"\badjusted\b|\breported\b|\bmargin\b|\bdollars\b|\bunits?\b|\bvariance\b|\bvs\b|"
    # the ends of a range and what a column holds of it: "Guidance Low | Guidance High | Actual"
    r"\b(?:low|high|mid-?point|actual|guidance|outlook)\b|"
    # a column in each currency ("RMB | US$") translates one figure, it is no business segment
    r"\b(?:" + "|".join(code for code in CURRENCY_CODES if code.isalpha()) + r"|US|HK|NT|As of|As at)\b",
    re.IGNORECASE,
)


# a title line that names one length ended on a day of two years, and nothing else: "THREE MONTHS ENDED DECEMBER 31,
# 2024 AND 2023", "FOR THE YEARS ENDED DECEMBER 31, 2024 AND 2023"
_TITLE_OF_LENGTH = re.compile(
    r"^[ \t|]*(?:for\s+the\s+)?(?:(?:three|six|nine|twelve)[- ]months?|(?:fiscal\s+)?years?|quarters?)(?:\s+periods?)?\s+"
    rf"ended\s+{MONTH_WORD}\.?\s+\d{{1,2}},?\s+((?:19|20)\d{{2}})\s+and\s+((?:19|20)\d{{2}})[ \t|]*$",
    re.IGNORECASE | re.MULTILINE,
)


def titled_length(document: Document, table: Table) -> str:
    """The length the title of ``table``'s section names, for a table whose columns name two bare years and no length:
    the nearest line above it that is a title of one length ended on a day of those two years. Anywhere's "Table 5a"
    is titled "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023" over its reconciliation and then its segments' "2024 |
    2023 | $ Change | % Change", the quarter's (its "Table 5b", the same segments under "FOR THE YEARS ENDED ...", the
    year's). The title governs only while every table between it and ``table`` whose columns state a length states
    that one; "" where no title names the years, or a table between states another length."""
    years = {key[0] for key in map(period_end, table.columns) if key is not None}
    if len(years) != 2:
        return ""
    titles = [match for match in _TITLE_OF_LENGTH.finditer(document.text, 0, table.span.start) if {int(match[1]), int(match[2])} == years]
    if not titles:
        return ""
    length = period_in(titles[-1][0]).length
    between = [other for other in document.tables if titles[-1].end() <= other.span.start < table.span.start]
    if not length or any(period.length not in ("", length) for other in between for period in column_periods(other)):
        return ""
    return length


def _names_a_metric(name: str) -> bool:
    """A column named by nothing but a metric ("Revenue", "Revenues (b)" with its footnote's letter) holds that
    measure of each row, it is no business segment; "Retail Banking" or "Sears Canada" names no metric at all."""
    rest = name
    for match, _ in metric_matches(name):
        rest = rest.replace(match.group(0), " ")
    return rest != name and not _FOOTNOTE_LETTERS.sub(" ", rest).strip(" ")


_FOOTNOTE_LETTERS = re.compile(r"\b[a-z]\b|[^A-Za-z]")  # a footnote's letter, and what is no letter at all


def column_segments(table: Table) -> tuple[str, ...]:
    """The business segment each column reports, "" for the company as a whole.

    Columns whose names differ for the same period ("Domestic 2004 | Sears Canada 2004 |
    Consolidated 2004") are segments; "Consolidated" and "Total" are the company. Read from the
    column labels alone, and kept by them, as ``column_periods`` is."""
    return _segments_of_columns(table.columns)


@functools.lru_cache(maxsize=256)
def _segments_of_columns(columns: tuple[str, ...]) -> tuple[str, ...]:
    """``column_segments`` of a table whose column labels are ``columns``."""
    name_of = {column: " ".join(_PERIOD_TOKENS.sub(" ", column).split()) for column in set(columns)}  # headers repeat
    names = _without_common_words([name_of[column] for column in columns])
    ends = [period_end(column) for column in columns]
    named = {
        (name, end)
        for column, name, end in set(zip(columns, names, ends))
        if len(name) >= 3 and name[0].isupper() and end and not _MEASURE.search(column) and not _names_a_metric(name)
        and not _REVISION.match(name)
    }
    shared = {end for end, count in Counter(end for _, end in named).items() if count > 1}  # linear in columns
    if not shared:
        return ("",) * len(names)
    return tuple("" if _COMPANY_WIDE.match(name) or (name, end) not in named else name for name, end in zip(names, ends))


def title_segments(text: str, tables: tuple[Table, ...]) -> tuple[str, ...]:
    """The business segment each table reports as a whole, "" for most.

    A release that prints one table per segment prints them alike, one after another (the
    same columns, the same row labels), each under a title of its own: "North America
    Businesses" / "International Businesses" / "Aerospace Systems Segment" over "Sales |
    Segment Operating Income | ...". Alike tables whose titles are all names, and all
    different, are the segments the titles name."""
    segments = [""] * len(tables)
    shapes = [(table.columns, tuple(row_labels(table.rows))) for table in tables]
    first = 0
    for index in range(1, len(tables) + 1):
        if index < len(tables) and shapes[index] == shapes[first]:
            continue
        if index - first > 1 and len(shapes[first][1]) > 1:
            titles = [
                _corner(text, tables[at]) or _title_above(text, tables[at], tables[at - 1].span.end if at else 0)
                for at in range(first, index)
            ]
            if all(titles) and len(set(titles)) == len(titles):
                segments[first:index] = titles
        first = index
    return tuple(segments)


_TITLE_LINES = 3  # how far above its first header line a table's title may stand
_TITLE_WORDS = 6
_TITLE_MARKERS = re.compile(r"\((?:[a-z]|\d)\)|[*†‡]+")  # footnote markers: "PAYMENT SERVICES (a)"


def _corner(text: str, table: Table) -> str:
    """The name in the label column of a table's first header line, when it is one: "Electronic Industrial
    Solutions Group | | | | | Percent |" over "| Q3'26 | | Q3'25 | | Inc/(Dec) |"."""
    line_end = text.find("\n", table.span.start, table.span.end)
    line = text[table.span.start : line_end if line_end >= 0 else table.span.end]
    if "|" not in line:
        return ""
    corner = " ".join(_TITLE_MARKERS.sub(" ", line.split("|")[0]).split())
    return corner if corner and _is_name(corner) else ""


def _is_name(title: str) -> bool:
    """A few capitalised words, no figures, no period, not a metric alone, not a basis, not a lead-in."""
    return (
        len(title.split()) <= _TITLE_WORDS and title[0].isupper() and not any(c.isdigit() for c in title)
        and not title.endswith(":") and not period_in(title).length and not _names_a_metric(title) and not basis_of(title)
    )  # fmt: skip


def _title_above(text: str, table: Table, floor: int) -> str:
    """The name on the nearest line with words above ``table`` (after ``floor``), when it is a
    name: a few capitalised words, no figures, no period, not a metric alone, not a lead-in."""
    end = table.span.start
    for _ in range(_TITLE_LINES):
        if end <= floor:
            return ""
        start = max(floor, text.rfind("\n", floor, end - 1) + 1)
        title = " ".join(_TITLE_MARKERS.sub(" ", text[start:end].replace("|", " ")).split())
        end = start
        if not title:
            continue
        name = len(title.split()) <= _TITLE_WORDS and title[0].isupper() and not any(c.isdigit() for c in title)
        if not name or title.endswith(":") or period_in(title).length or _names_a_metric(title) or basis_of(title):
            return ""  # "Three Months Ended", "Revenue", "GAAP | Non-GAAP": no segments
        return title
    return ""


def _without_common_words(names: list[str]) -> list[str]:
    """Names less the two or more words all of them start with: a caption over every column ("Fourth quarter
    2024 segment financial performance (Unaudited)" over "Imaging | Patient Care Solutions") names no segment."""
    if len(set(names)) < 2:
        return names
    split = [name.split() for name in names]
    common = 0
    while all(len(words) > common + 1 and words[common] == split[0][common] for words in split):
        common += 1
    return [" ".join(words[common:]) for words in split] if common > 1 else names  # "Global Lifestyle | Global Housing"


# A column's period as words: what a note prints of a header and the verifier reads back.
# Footnote markers ("(1)", "*") are no words of a period.
_HEADER_MARKERS = re.compile(r"\s*(?:\(\d\)|[*†‡]+)")
# Where a period starts in a header that a table's title runs into ("... (Dollars in thousands) Three Months Ended ...").
_PERIOD_START = re.compile(
    r"\b(?:(?:three|six|nine|twelve|thirteen|fourteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[- ](?:months?|weeks?)"
    rf"|(?:fiscal )?(?:quarter|year|period)s? ended|{QUARTER_ORDINAL} quarter|Q[1-4]\b|[1-4]Q\b)",
    re.I,
)
# A header over several columns that a column's own header follows: "Three and Twelve Months Ended
# December 31, 2024 and 2023 | 4Q 2024" is the column "4Q 2024".
_SPANNING = re.compile(r"^.*?\b(?:and|&)\s+\w+\s+months\s+ended\b.*?(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}\s+(?=\S)", re.I)
# A header over both columns that a column's own year or date follows: "For the 13 Weeks Ended July 3,
# 2004 and June 28, 2003 | 2004" is the column "For the 13 Weeks Ended July 3, 2004".
_DATE = rf"{MONTH}\w*\.? \d{{1,2}}, (?:19|20)\d{{2}}"
_TWO_DATES = re.compile(rf"\b(?P<first>{_DATE}) and (?P<second>{_DATE}) (?P<own>(?:19|20)\d{{2}}|{_DATE})$", re.I)
_TRAILING_LABEL = re.compile(
    r"(?:\s+[A-Z][\w ]*:)?\s*\|[\s|]*$"  # a section label and the cell rule: "31-Dec-24 Current assets: |"
    r"|(?<=\d)\s+(?:\((?:unaudited|retrospectively adjusted|as adjusted)\)|[A-Z]{3,}|(?:[A-Z]{1,2})?\$|RMB|%\s*(?:of\s+)?(?:net\s+)?sales)$",
    re.I,
)  # "June 30,2025 ASSETS", "June 30, 2026 HK$", "August 1, 2025 % Sales"
_CAPTION = re.compile(r"^.*\([^)]*\b(?:millions|thousands|except)\b[^)]*\)\s*(?=\S)", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})[- ](?P<month>{MONTH})[a-z]*[- ](?P<year>(?:19|20)?\d{{2}})\b", re.I)  # "31-Dec-24", "30 JUN 2026"
_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH})[a-z]*-(?P<year>\d{{2}})\b", re.I)  # "Jun-26"


def _dated_by_its_own(match: re.Match) -> str:
    """The one of a header's two dates that the column's own year or date names (both, if neither)."""
    own = match.group("own").lower()
    for date in (match.group("first"), match.group("second")):
        if own == date.lower() or (len(own) == 4 and date.endswith(own)):
            return match.group("own") if len(own) > 4 else date
    return match.group(0)


def _month_name(abbreviation: str) -> str:
    return MONTH_NAMES[_MONTHS[abbreviation[:3].lower()] - 1]


def _year(digits: str) -> str:
    return digits if len(digits) == 4 else f"20{digits}"


def _cleaned(column: str) -> str:
    """A header in words ("THREE MONTHS ENDED" reads "Three Months Ended"), dates written out
    ("31-Dec-24" and "30 JUN 2026" are "December 31, 2024" and "June 30, 2026", "Jun-26" is "June
    2026": not the numbers 31 and 24), without a caption, a section label or "(Unaudited)" read
    into it, and of a header over two columns only its own date."""
    column = _CAPTION.sub("", column) or column  # "UnauditedFor the periods ended December 31(US$ millions, ...) Three Months Ended 2024"
    capitals = r"\b[A-Z]{4,}\b" if not re.search(r"[a-z]", column) else r"\b[A-Z]{2,}(?:,?\s+[A-Z]{2,}\b)+"
    column = re.sub(capitals, lambda words: words.group(0).title(), column)  # "DECEMBER 31, 2021", "AS OF JUNE"; not "Q4 FY25"
    column = _TRAILING_LABEL.sub("", column) or column  # "31-Dec-24 Current assets: |", "June 30,2025 ASSETS"
    column = _DAY_MONTH_YEAR.sub(lambda m: f"{_month_name(m['month'])} {int(m['day'])}, {_year(m['year'])}", column)
    column = _MONTH_YEAR.sub(lambda m: f"{_month_name(m['month'])} {_year(m['year'])}", column)
    column = re.sub(r"(\d),((?:19|20)\d{2})\b", r"\1, \2", column)  # "June 30,2025"
    return _TWO_DATES.sub(_dated_by_its_own, column)


_AUDIT_NOTE = re.compile(r"^\(?unaudited\)?\s+", re.I)


@functools.lru_cache(maxsize=1024)  # a table's headers repeat for every row's cells
def column_period_words(column: str) -> str:
    """A column header's period as a note says it and the verifier reads it back (``_cleaned``):
    footnote markers left out, a header spanning two column groups cut to the column's own, and
    a table title that runs into the header ("... (Dollars in thousands) Three Months Ended ...")
    left out."""
    column = " ".join(_HEADER_MARKERS.sub("", column).split())
    column = _cleaned(_SPANNING.sub("", column) or column)
    named = _PERIOD_START.search(column)
    column = column[named.start() :] if named and len(column[: named.start()].split()) >= 4 else column
    return _AUDIT_NOTE.sub("", column) or column  # "Unaudited Three Months Ended ...", "(unaudited) Three Months ..."
