"""The built-in extractive engine: a summary made of the release's own figures and sentences.

No model is involved. Metrics come from the rows of the release's tables (the verifier's
``Fact`` reading: row metric, column period, basis), each cited at its row, with the
current period's figure, the comparison period's (the year-ago column first) and the
change the table states or that the two figures give. A metric no table row carries is
taken from a sentence that states it. Guidance and the business update are sentences of
the release, quoted whole; boilerplate (safe harbour, webcast, contacts) is left out.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import operator
import re
import threading
from array import array
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from ..facts import Fact, FactIndex
from ..facts.grouping import FactGroups, members
from ..figures.columns import column_period_words, period_end
from ..ingest.compact_rows import row_labels, row_sections, row_spans
from ..summary.model import (
    Amount,
    AmountUnit,
    Basis,
    Citation,
    Company,
    Guidance,
    Headline,
    Metric,
    MetricName,
    Omission,
    ReportingPeriod,
    Scale,
    Summary,
    Update,
    guidance_sentence,
    metric_sentence,
    period_words,
    rounded,
)
from ..summary.model import human as _human
from ..text.context import basis_of
from ..text.release_prose import (
    Section,
    detach_headings,
    front_matter_end,
    glued_heading,
    is_boilerplate,
    is_debris,
    is_footnote,
    section_at,
    sections,
    split_inline_bullets,
    strip_bullet,
)
from ..text.sentences import prose_sentences
from ..text.vocabulary import (
    ATTRIBUTED,
    MINORITY,
    QUARTER_ORDINAL,
    QUARTER_ORDINALS,
    fiscal_quarter_in,
    metrics_in,
    names_year_results,
)
from ..types import Document, Row, Span, Unit
from ..verify.claims import read_numbers
from ..verify.guidance_reading import PERIOD_PHRASE, direction, fits_metric, guidance_metric, prior_zones
from ..verify.verifier import verify_claim
from .table_rows import TableRow, TableRows

__all__ = ["summarize_extractive", "table_metrics", "amount_of", "omissions", "reporting_currency", "KEY_METRICS"]

KEY_METRICS = ("revenue", "net_income", "eps_diluted", "operating_income", "cash")

# Summary metric -> (row labels that carry it, unit families, the verifier's metric for sentences)
_ROWS: dict[str, tuple[re.Pattern, tuple[str, ...], str]] = {
    "revenue": (
        re.compile(
            r"^(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:sales\s+)?(?:revenues?|sales)(?:\s*,?\s*net\b.*)?$|^total net (?:revenues?|sales)$"
            r"|^(?:total\s+)?gross rental income$|^gross rents$"  # a landlord's revenue
            r"|^(?:total\s+)?revenues?\s+from\s+contracts\s+with\s+customers$",  # IFRS 15's line
            re.I,
        ),
        ("currency",),
        "revenue",
    ),
    "gross_profit": (re.compile(r"^gross (?:profit|margin)$", re.I), ("currency",), "gross_margin"),
    "gross_margin": (re.compile(r"^gross (?:profit )?margin(?: rate)?$", re.I), ("percent",), "gross_margin"),
    "operating_income": (
        # "Operating income", "Operating (loss) income", "Operating Profit/(Loss)", "Operating income (expense)", "EBIT"
        re.compile(
            r"^(?:total\s+)?operating\s+\(?(?:income|loss|profit)\)?(?:\s*/?\s*\(?(?:income|loss|profit|expense)\)?)?$"
            r"|^(?:income|loss)(?:\s*\(loss\))? from operations$|^EBIT$",
            re.I,
        ),
        ("currency",),
        "operating_income",
    ),
    "net_income": (
        re.compile(
            # "Net income (loss)", "Net (loss) income", "NET PROFIT/(LOSS)", "Net profit for the period", "(Group share)"
            r"^(?:consolidated\s+)?net\s+(?:\(\s*)?(?:income|earnings|loss|profit)(?:\s*\))?"
            r"(?:\s*/?\s*\(?\s*(?:loss|income|profit|earnings)\s*\)?)?(?:\s+for the (?:period|year|quarter))?"
            rf"(?:\s*\(group share\))?(?:\s+{ATTRIBUTED} to (?!non|participating|preferred).*)?$"
            # IFRS: "Profit for the period attributable to owners of the parent", "Income (Loss) attributable to Owner of the company"
            r"|^(?:net\s+)?(?:income|profit|earnings)(?:\s*/?\s*\(\s*loss\s*\))?(?:\s+for the (?:period|year|quarter))?"
            r"\s+attributable to (?:the\s+)?(?:owners?|(?:equity\s+)?(?:share|stock)holders|equity holders)\b.*$",
            re.I,
        ),
        ("currency",),
        "net_income",
    ),
    "eps_diluted": (re.compile(r"\bdilut", re.I), ("per_share",), "eps"),
    "eps_basic": (re.compile(r"\bbasic\b", re.I), ("per_share",), "eps"),
    "cash": (
        # cash and its equivalents, or a bank's cash and due from banks; not a line that adds marketable
        # securities or investments (another quantity, which the release names as such)
        re.compile(r"^(?:total\s+)?cash(?:\s+and\s+cash equivalents)?(?:\s*\(\w\))?$|^cash and due from banks$", re.I),
        ("currency",),
        "cash",
    ),
}  # fmt: skip
# rows short of the bottom line, or what moves it ("Per share impact of non-GAAP adjustments noted above (diluted)")
_NOT_BOTTOM_LINE = re.compile(
    r"\bbefore\b|\bcumulative effect\b|\bexcluding\b|\bcontinuing\b|\bdiscontinued\b|\bimpact\b", re.I
)
# "Retrospectively Adjusted" and "As Adjusted" columns are restated figures, not a non-GAAP measure
_NON_GAAP = re.compile(r"non-?gaap|(?<!retrospectively )(?<!as )\badjusted|reconciliation", re.I)
_REPORTED = re.compile(r"\breported\b|\bGAAP\b", re.I)


def _reported_column(column: str) -> bool:
    """A column of the reported figures ("As Reported GAAP", "Reported (GAAP)") in a table of adjusted ones."""
    return bool(_REPORTED.search(column)) and not _NON_GAAP.search(column)


def _adjusted_column(column: str, reported_beside: bool) -> bool:
    """Whether a cell's column may hold an adjusted figure: not one of the reported figures, and,
    beside such a column, one that names the adjusted basis ("Adjusted (Non-GAAP)"; not the
    "Adjustments(a)" between them)."""
    return not _reported_column(column) and (not reported_beside or bool(_NON_GAAP.search(column)))

# A convenience translation column ("2Q'26 (USD)", "US$") beside the reporting currency's own.
_TRANSLATION = re.compile(r"\bUSD\b|US\$|U\.S\. dollars", re.I)
_WORDS = re.compile(r"[A-Za-z]{3,}")
_AMOUNTS = re.compile(r"\d[\d,.]*")
_DILUTED = re.compile(r"\bdiluted\b", re.I)
_BASIC = re.compile(r"\bbasic\b", re.I)
_LOSS_PER_SHARE = re.compile(r"\bloss(?:es)?\b.*\bper\b.*\bshare\b", re.I)
_ATTRIBUTABLE = re.compile(rf"\b{ATTRIBUTED} to (?!{MINORITY})(?=\s*\w)", re.I)
_TO_COMMON = re.compile(r"\bcommon (?:stock|share)holders\b|\bordinary shareholders\b", re.I)
_SCALES: dict[int, Scale] = {0: "units", 3: "thousands", 6: "millions", 9: "billions"}
_UNITS: dict[Unit, AmountUnit] = {
    Unit.CURRENCY: "currency", Unit.PER_SHARE: "per_share", Unit.PERCENT: "percent",
    Unit.PERCENTAGE_POINTS: "percentage_points", Unit.BASIS_POINTS: "basis_points", Unit.SHARES: "shares",
    Unit.COUNT: "count",
}  # fmt: skip
_BALANCES = frozenset({"cash"})
# Lines a statement of operations prints when the company reports them
_STATEMENT_LINES = frozenset({"operating_income"})
_SENTENCE_METRICS = ("revenue", "net_income", "eps_diluted", "operating_income")


@dataclass(frozen=True)
class _Pick:
    """A metric's figures: the current period's, the comparison's, and a stated change."""

    current: Fact
    comparison: Fact | None
    change: Fact | None
    citation: Span
    per_ads: bool = False  # an earnings per American Depositary Share, labelled as such
    row_label: str = ""  # a table row's label with the heading that says whose it is ("Net income attributable to: ...")
    # whether the change may be computed from the two figures: not where the comparison's kind
    # is the engine's reading of its sentence, which the verifier's reading could not check
    derives_change: bool = True


def amount_of(fact: Fact) -> Amount:
    """The figure as an ``Amount`` at its own scale: a cell 6,587 of a thousands table is 6587 thousands."""
    exponent = fact.figure.exponent
    scale = exponent if exponent in _SCALES else 0
    if fact.figure.nil:  # a dash: none at all, "$0", not "0.00000 thousands"
        return Amount(value="0", unit=_UNITS[fact.figure.unit], scale=_SCALES[scale])
    places = max(0, fact.figure.decimals + scale)  # as many decimals as the release printed
    value = fact.value.scaleb(-scale)
    if fact.figure.unit is Unit.BASIS_POINTS:  # the fact counts "557 bps" in points (5.57): printed as the release did
        value *= 100
    return Amount(value=f"{value:.{places}f}", unit=_UNITS[fact.figure.unit], scale=_SCALES[scale])


def _citation(document: Document, span: Span) -> Citation:
    return Citation(start=span.start, end=span.end, quote=span.of(document.text))


def _table_basis(document: Document, table_index: int) -> str:
    """``non_gaap`` when the lines just above a table or its column headers say so
    ("Non-GAAP", "Adjusted results"), ``reconciliation`` when they name a reconciliation, else ``gaap``. A footnote there is the
    table's before ("(B) ... For non-GAAP efficiency ratio, see the reconciliation"): not this one's."""
    table, text = document.tables[table_index], document.text
    window = max(0, table.span.start - 200)
    lines = text[window : table.span.start].strip().splitlines()
    cut = text[text.rfind("\n", 0, window) + 1 : window]  # the start of the line the window cuts: a footnote's mark
    whole = [cut + lines[0], *lines[1:]] if lines else []
    above = [line for line, full in list(zip(lines, whole))[-3:] if not is_footnote(full)]
    said = [found.group().lower() for line in [*above, *table.columns] for found in _NON_GAAP.finditer(line)]
    if "reconciliation" in said:
        # "RECONCILIATION OF NET INCOME TO DISTRIBUTABLE EARNINGS", "Reconciliation from GAAP to Non-GAAP
        # Results": its rows go from a reported measure to another, and only a row that names its basis says which
        return "reconciliation"
    return "non_gaap" if said else "gaap"


def _a_year_before(earlier: tuple[int, int, int], later: tuple[int, int, int]) -> bool:
    """Whether a period ends a year before another: the same month a year earlier, or, for
    52/53-week fiscal years, 364 days give or take a week ("November 2, 2024" / "October 28, 2023")."""
    if earlier[:2] == (later[0] - 1, later[1]):
        return True
    if not (all(earlier) and all(later)):
        return False
    try:
        days = (datetime.date(*later) - datetime.date(*earlier)).days
    except ValueError:  # a header's impossible date
        return False
    return 357 <= days <= 373


def _months_apart(month: int, other: int) -> int:
    """How many months lie between two months of the year, either way round (December-January is 1)."""
    gap = abs(month - other) % 12
    return min(gap, 12 - gap)


def _comparison(current: Fact, others: list[Fact], quarter: int | None = None) -> Fact | None:
    """The comparison figure for ``current``: for a flow, the same period a year earlier
    (where the columns' dates cannot tell, the only earlier figure of the same length, else
    none); for a balance, the balance sheet's comparison column: the last fiscal year end
    (found from the fiscal ``quarter`` the release reports), else the latest earlier date."""
    candidates = [
        f for f in others
        if f.period.prior and f.period.length == current.period.length and f.family == current.family and not f.change
    ]  # fmt: skip
    key = current.period.end
    if not current.period.length:  # a balance: the balance sheet's comparison column, the last year end
        dated = [f for f in candidates if f.period.end]
        if key and key[1] and quarter and len(dated) > 1:
            year_end = (key[1] - 3 * quarter - 1) % 12 + 1  # fiscal Q1 ending in June: the year ended in March
            dated = [f for f in dated if f.period.end and _months_apart(f.period.end[1], year_end) <= 1] or dated
        if dated:
            return max(dated, key=lambda f: f.period.end or (0, 0, 0))
        return candidates[0] if len(candidates) == 1 else None
    year_ago = [f for f in candidates if key and f.period.end and _a_year_before(f.period.end, key)]
    if year_ago:
        return year_ago[0]
    undated = [f for f in candidates if not (key and f.period.end)]
    if len(candidates) == 1 and (undated or current.period.length in ("", "year")):
        return candidates[0]
    return None


_YEAR_OVER_YEAR = re.compile(r"\bY/Y\b|year|\byoy\b", re.I)
_SEQUENTIAL = re.compile(r"\bQ/Q\b|sequential|linked|prior quarter", re.I)


def _stated_change(current: Fact, comparison: Fact | None, facts: Sequence[Fact]) -> Fact | None:
    """The change a row states for this comparison: its Y/Y column against a year-ago
    figure, its Q/Q column against the quarter before; the only one when there is one."""
    changes = [f for f in facts if f.change and f.family in ("percent", "points") and f.basis != "constant_currency"]
    changes = [f for f in changes if f.period.length in ("", current.period.length)]
    if comparison is None or not changes:
        return None
    key, other = current.period.end, comparison.period.end
    year_ago = bool(key and other and other[0] == key[0] - 1)
    wanted = _YEAR_OVER_YEAR if year_ago else _SEQUENTIAL
    named = [f for f in changes if wanted.search(f.figure.column or "")]
    if named:
        return named[0]
    unnamed = [f for f in changes if not (_YEAR_OVER_YEAR.search(f.figure.column or "") or _SEQUENTIAL.search(f.figure.column or ""))]
    return unnamed[0] if len(unnamed) == 1 and len(changes) == 1 and year_ago else None


def _table_rows(document: Document, index: FactIndex) -> TableRows:
    """Every table row with its facts, in text order."""
    # per table, its cells' facts by row (a cell's context is its row), those that print a dash apart: a group, not a
    # list, for each row of a table of rows, found by the row's span without a dict of them (``FactGroups.by_key``)
    gathered: dict[int, FactGroups] = {}
    gathered_nils: dict[int, FactGroups] = {}
    for fact in index.facts:
        table_index = fact.figure.table
        if table_index is not None:
            into = gathered_nils if fact.figure.nil else gathered
            of_table = into.get(table_index)
            if of_table is None:
                of_table = into[table_index] = FactGroups()
            of_table.add(fact.figure.context, fact)
    by_row = {table_index: groups.by_key() for table_index, groups in gathered.items()}
    nils = {table_index: groups.by_key() for table_index, groups in gathered_nils.items()}
    rows = TableRows()
    for table_index, table in enumerate(document.tables):
        table_basis = _table_basis(document, table_index)
        above = ""
        of_rows: Mapping[Hashable, tuple[Fact, ...]] = by_row.get(table_index, {})
        nils_of_rows: Mapping[Hashable, tuple[Fact, ...]] = nils.get(table_index, {})
        # the count of each row's facts and of its filled cells, for the table's usual width: numbers, not the facts (a
        # tuple of a row's facts, for each row of a table of rows at once, was ~60 bytes a row at the engine's peak);
        # the rows read by column where they can be: a table's rows held compact make a row each time one is asked for
        spans, labels, sections = row_spans(table.rows), row_labels(table.rows), row_sections(table.rows)
        fact_counts = array("i", (len(of_rows.get(span, ())) for span in spans))
        filled = array("i", (len(_filled(row)) if facts else 0 for row, facts in zip(table.rows, fact_counts)))
        widths = Counter(count for count, facts in zip(filled, fact_counts) if facts)
        usual = widths.most_common(1)[0][0] if widths else 0
        for span, label, section, facts, count in zip(spans, labels, sections, fact_counts, filled):
            # (one figure where the table's rows print more: a row the reading cut short, its column unsure)
            if facts and not (count < usual and facts == 1):
                basis = "non_gaap" if _NON_GAAP.search(label) else table_basis
                rows.append(span, label, section, basis, of_rows[span], above, members(nils_of_rows.get(span, ())))
            if not _PER_SHARE_QUALIFIER.search(label):
                above = label
    return rows


def _filled(row: Row) -> list[str]:
    """A row's cells that print something (a figure, a dash), not a footnote mark alone."""
    return [cell.text for cell in row.cells if cell.text.strip(" |*†‡")]


@dataclass(frozen=True)
class _Reading:
    """What every metric's pick reads of one document, found once, not once a metric: the
    index as the release reports (``_as_reported``), the table rows with their facts, the tables
    that read as the statement of operations, the reporting currency, what the prose shows of the
    scale of tables that state none (``_unsaid_scales``), and whether the release tells its
    owners' share of the profit apart from a total (``_owners_rank``)."""

    document: Document
    index: FactIndex
    rows: TableRows
    statements: frozenset[int]
    currency: str
    unsaid_scales: dict[int, bool]  # a table that states no scale -> True: whole units; False: scaled
    owners_apart: bool  # a row names minority interests, or a line attributable to the company
    # ``carrying``'s answers, per metric and whether the row above is told
    carried: dict[tuple[str, bool], bytes] = field(default_factory=dict, compare=False)
    # ``_rows_naming``'s answers, per EPS metric: the rows ``carrying`` asks ``_carries`` of, with the label above or not
    named: dict[str, bytes] = field(default_factory=dict, compare=False)

    def carrying(self, name: str, above: bool = True) -> bytes:
        """Per row of ``rows``, whether it carries the metric ``name`` (``_carries``, with the
        label of the row above when ``above``), read once per metric: every pick and omission
        asks it of every row again (~40 times a row, a tenth of a summary of a table of
        thousands of rows). Exact: ``_carries`` reads only the row's label and section and the
        label above, which a reading never changes, and the label above only for EPS: the other
        metrics' answers are one list, with it or without.

        One byte a row, 1 where it carries the metric (``bytes``): a dozen answers are kept to the end of the summary,
        and a tuple of bools was 8 bytes a row each, ~75 MiB of 25 MiB of table rows (issue 13)."""
        above = above and name.startswith("eps")
        key = (name, above)
        found = self.carried.get(key)
        if found is None:
            if name.startswith("eps"):
                # ``_carries`` asked only of the rows whose label or section the metric's pattern finds, which it
                # requires: found once for the metric, with the label above or without
                named = self.named.get(name)
                if named is None:
                    named = self.named[name] = _rows_naming(name, self.rows)
                # (the named rows alone made: ``TableRows.flagged``)
                carried = bytearray(len(named))
                for position, r in zip(itertools.compress(itertools.count(), named), self.rows.flagged(named)):
                    carried[position] = _carries(name, r, r.above if above else None)
                found = bytes(carried)
            else:  # ``_carries`` of a metric other than EPS: its pattern searched in each row's owned label
                search = _ROWS[name][0].search
                found = bytes(search(label) is not None for label in self.owned_labels)
            self.carried[key] = found
        return found

    @cached_property
    def full_statement_of_revenue(self) -> bool:
        """Whether a statement of operations that prints its income taxes carries revenue (``_statement_lacks``):
        read once for the reading, not for each metric a statement may lack (a scan of every row label)."""
        taxes = bytes(_INCOME_TAXES.search(label) is not None for label in self.rows.labels)
        full = {row.facts[0].figure.table for row in self.rows.flagged(taxes)} & self.statements
        return any(row.facts[0].figure.table in full for row in self.rows.flagged(self.carrying("revenue", above=False)))

    @cached_property
    def owned_labels(self) -> tuple[str, ...]:
        """Each row's ``_owned_label``, made once: ``carrying`` reads it for each metric (a dozen times a row)."""
        return tuple(map(_owned, self.rows.labels, self.rows.sections))


# The last reading made, with the document and index it was made of: a summary reads the document, then its
# omissions read it again (the rows of a table of thousands of rows, each matched against every metric)
_last_reading: list[tuple[Document, FactIndex, _Reading]] = []
_last_reading_lock = threading.Lock()


def _read(document: Document, index: FactIndex) -> _Reading:
    """The reading of ``document`` with ``index``, made once for the same two objects in a row (a
    summary, then its omissions). Exact: a reading is made of these two alone, and neither changes."""
    with _last_reading_lock:
        if _last_reading and _last_reading[0][0] is document and _last_reading[0][1] is index:
            return _last_reading[0][2]
    reading = _read_anew(document, index)
    with _last_reading_lock:
        _last_reading[:] = [(document, index, reading)]
    return reading


def _read_anew(document: Document, index: FactIndex) -> _Reading:
    rows = _table_rows(document, index)
    named = {name: _rows_naming(name, rows) for name in ("eps_diluted", "eps_basic")}  # read once for both
    statements = _statement_tables(rows, named)
    owners_apart = any(
        _MINORITY.search(label) or (_ATTRIBUTABLE.search(owned := _owned(label, section)) and not _TO_COMMON.search(owned))
        for label, section in zip(rows.labels, rows.sections)
    )  # fmt: skip
    return _Reading(document, _as_reported(index, rows, statements), rows, statements, reporting_currency(index),
                    _unsaid_scales(index), owners_apart, named=named)  # fmt: skip


_PER_SHARE_QUALIFIER = re.compile(r"\b(?:basic|diluted|per (?:common |diluted |basic )?share)\b", re.I)
_EARNINGS_WORDS = re.compile(r"\b(?:income|earnings|loss|losses|profit|EPS)\b", re.I)


_WHOSE_SECTION = re.compile(r"\battributable\s+to\s*:?\s*$", re.I)


def _owned_label(row: TableRow) -> str:
    """A row's label with the heading that says whose it is (``_owned``)."""
    return _owned(row.label, row.section)


def _owned(label: str, section: str) -> str:
    """A row's ``label`` with its ``section`` where that says whose it is: "Ordinary shareholders of the
    Company" under "Net income Attributable to:" is net income attributable to them. A row
    that names earnings itself ("LOSS PER SHARE, BASIC AND DILUTED" after that block) is no owner."""
    if _WHOSE_SECTION.search(section) and not _EARNINGS_WORDS.search(label):
        return f"{section.rstrip(': ')} {label}"
    return label


def _carries(name: str, row: TableRow, above: str | None = None) -> bool:
    """True when ``row`` is the metric's: its label names it, or, for EPS, its section
    ("Diluted" under "Net income per share:"). A per-share row that names no earnings
    ("Per share - basic and diluted") is the per-share amount of the row above it: EPS
    only under net earnings, not under funds from operations or an adjusted measure
    (``above``, when known)."""
    pattern = _ROWS[name][0]
    if not name.startswith("eps"):
        return bool(pattern.search(_owned_label(row)))
    if not (pattern.search(row.label) or pattern.search(row.section)):
        return False
    if above is None or _EARNINGS_WORDS.search(row.label) or _EARNINGS_WORDS.search(row.section):
        return True
    return bool(_EARNINGS_WORDS.search(above)) and not _NON_GAAP.search(above)


def _rows_naming(name: str, rows: TableRows) -> bytes:
    """Per row of ``rows``, whether the pattern of the EPS metric ``name`` finds its label or its section: what
    ``_carries`` asks first of each, and all it asks without the label above. Each section searched once: the rows of a
    table share a few ("Net income per share:"), and a table of thousands of rows had each searched again for each
    EPS metric, with the label above and without. One byte a row, as ``_Reading.carrying``'s."""
    search, sections = _ROWS[name][0].search, dict[str, bool]()
    named = bytearray()
    for label, section in zip(rows.labels, rows.sections):  # by column: the rows not made
        if search(label):
            named.append(True)
            continue
        in_section = sections.get(section)
        if in_section is None:
            in_section = sections[section] = search(section) is not None
        named.append(in_section)
    return bytes(named)


def _statement_tables(rows: TableRows, named: dict[str, bytes] | None = None) -> frozenset[int]:
    """The tables that read as the statement of operations: they carry the bottom line (net
    income) and earnings per share. A segment table or a sales bridge carries neither. ``named``: ``_rows_naming`` of
    ``rows`` per EPS metric, where already read."""
    carried: dict[int, set[str]] = {}
    # ``_carries`` of EPS without the label above is ``_rows_naming``
    named = named or {}
    diluted = named.get("eps_diluted") or _rows_naming("eps_diluted", rows)
    basic = named.get("eps_basic") or _rows_naming("eps_basic", rows)
    for table_row, eps in zip(rows, map(operator.or_, diluted, basic)):
        table = table_row.facts[0].figure.table
        if table is not None and _carries("net_income", table_row):
            carried.setdefault(table, set()).add("net")
        if table is not None and eps:
            carried.setdefault(table, set()).add("eps")
        if table is not None and _EARNINGS_PER_SHARE.search(table_row.label):  # "Loss per common share"
            carried.setdefault(table, set()).add("eps")
    return frozenset(table for table, names in carried.items() if names >= {"net", "eps"})


_EARNINGS_PER_SHARE = re.compile(r"^(?:net\s+)?(?:income|earnings|loss|profit)(?:\s*\(loss\))?\s+per\s+(?:common\s+|ordinary\s+)?share$", re.I)
_REVENUE_LINE = re.compile(r"\brevenues?\b", re.I)


def _sole_revenue_lines(rows: Sequence[TableRow], statements: frozenset[int]) -> list[TableRow]:
    """The statement of operations' top line where it is its only revenue line and no total is
    printed ("Revenue from government contract" above the operating expenses): the company's
    revenue, whatever it is from. Two revenue lines without a total state no company figure."""
    lines = []
    for table in sorted(statements):
        rows_of = [row for row in rows if row.facts[0].figure.table == table and row.basis == "gaap"]
        revenues = [row for row in rows_of if "revenue" in row.facts[0].metrics and _REVENUE_LINE.search(row.label)]
        if len(revenues) == 1 and rows_of and rows_of[0] is revenues[0]:
            lines.append(revenues[0])
    return lines


def _statement_lacks(name: str, tables: Iterable[int | None], reading: _Reading) -> bool:
    """Whether the statement of operations leaves out a line it prints when the company reports
    it (operating income) and only other ``tables`` carry it: a statement that runs from revenue
    through its income taxes down to earnings per share (a summary of earnings or a highlights
    table alone may omit it). A segment table's line is then no company figure."""
    statements = reading.statements
    if name not in _STATEMENT_LINES or any(table in statements for table in tables):
        return False
    return reading.full_statement_of_revenue


# A statement's tax line ("Provision for income taxes", "Income tax expense", "Taxes"), not an adjustment's
_INCOME_TAXES = re.compile(r"\bincome\s+tax|\bprovision for taxes\b|\btaxes on income\b|^tax(?:es|ation)?\b(?!\s+adjustments?)", re.I)


def _nil_year_before(current: Fact, table_row: TableRow) -> Fact | None:
    """A flow's comparison that the row prints as a dash in the column dated a year earlier:
    nil, none of it (GeoVax's "Revenue from government contract" 2,789 against "$ -", the
    release saying "no revenues reported during the comparable 2023 periods")."""
    end, length = current.period.end, current.period.length
    if not (end and length) or current.family != "currency":
        return None
    dashes = [
        f for f in table_row.nils
        if f.period.prior and f.period.length == length and f.period.end and _a_year_before(f.period.end, end)
        and f.family == current.family
    ]  # fmt: skip
    return dashes[0] if len(dashes) == 1 else None


def _table_pick(reading: _Reading, name: str, basis: str) -> _Pick | None:
    """The metric's figures from the first table that carries them, for the release's main
    period (a flow's column must say its length: a column of unknown length is left out).
    Net income attributable to common shareholders comes first, then that attributable
    to the company, then the total that includes noncontrolling interests; rows short of the bottom line ("before taxes", "from
    continuing operations") and amounts whose scale nothing states are left out."""
    families = _ROWS[name][1]
    index, rows, statements = reading.index, reading.rows, reading.statements
    length = "" if name in _BALANCES else index.main_length
    found: list[tuple[tuple[bool, int, bool, int, int], _Pick]] = []  # each pick with its rank, the least first
    # a release that tells no diluted figure apart prints one loss per share: with a loss, dilution
    # changes nothing, so that row is the diluted EPS too (a profit's lone row may be basic)
    lone_loss = name == "eps_diluted" and not any(
        _DILUTED.search(f"{label} {section}") for label, section in zip(rows.labels, rows.sections)
    )
    carries = reading.carrying(name)
    sole = _sole_revenue_lines(rows, statements) if name == "revenue" and not any(carries) else []
    # only the rows that carry the metric can be picked unless a lone loss row or a sole revenue line may be: the
    # others are passed over without a look (each metric's pick walked every row of a table of thousands of rows)
    candidates = zip(rows, carries) if lone_loss or sole else zip(rows.flagged(carries), itertools.repeat(1))
    for table_row, carried in candidates:
        facts = table_row.facts
        loss_row = lone_loss and bool(_LOSS_PER_SHARE.search(table_row.label)) and not _BASIC.search(table_row.label)
        if table_row.basis != basis or not (carried or loss_row or table_row in sole):
            continue
        levels = [f for f in facts if f.family in families and not f.change and not f.segment and _plausible(f)]
        # a column of changes on the reported basis ("Change YoY Reported Basis") holds no reported figure
        reported_beside = any(_reported_column(f.figure.column or "") for f in facts if not f.change)
        current = [
            f for f in levels
            if f.period.prior is False
            and (not length or f.period.length == length)
            and not (basis == "non_gaap" and not _adjusted_column(f.figure.column or "", reported_beside))
        ]  # fmt: skip
        if not current:
            continue
        chosen = min(current, key=lambda f: bool(_TRANSLATION.search(f.figure.column or "")))
        if loss_row and not carried and chosen.value >= 0:
            continue
        comparison = _comparison(chosen, levels, index.fiscal_quarter) or _nil_year_before(chosen, table_row)
        per_ads = name.startswith("eps") and _per_ads(table_row, chosen, reading.currency)
        pick = _Pick(chosen, comparison, _stated_change(chosen, comparison, facts), table_row.span, per_ads, _owned_label(table_row))
        attributable = int(per_ads)  # the security a US holder owns, as its price and estimates are quoted
        if name == "net_income":
            attributable = _owners_rank(reading, table_row, chosen)
        elif name == "cash":  # a bank's total of cash and its equivalents, before its cash and due from banks alone
            attributable = int(bool(_EQUIVALENTS.search(table_row.label)))
        table = chosen.figure.table if chosen.figure.table is not None else -1
        if _NOT_BOTTOM_LINE.search(table_row.label) or not _scale_is_sure(index, chosen, reading.unsaid_scales):
            continue
        # a statement's line first; of those, the surest owners' line (``_owners_rank``) or cash with its
        # equivalents, then one that prints the comparison period beside it, then the earliest table
        found.append(((table not in statements, -attributable, comparison is None, table, table_row.span.start), pick))
    if _statement_lacks(name, (pick.current.figure.table for _, pick in found), reading):
        return None
    year = index.current_year
    if year:  # a table of restated earlier periods ("As Previously Reported") is not this release's
        found = [(rank, pick) for rank, pick in found if not (pick.current.period.end and pick.current.period.end[0] < year)]
    return min(found, key=lambda item: item[0])[1] if found else None


_EQUIVALENTS = re.compile(r"\bcash equivalents\b", re.I)
_ADS = re.compile(r"\bADSs?\b|\bAmerican Depositary Shares?\b", re.I)


def _per_ads(table_row: TableRow, cell: Fact, currency: str) -> bool:
    """Whether a row states earnings per ADS in the reporting currency: an ADS issuer's EPS is
    quoted per ADS then (Futu's HK$26.08 per ADS, eight ordinary shares' worth), but not where
    the per-ADS figure is only a convenience translation (ASE's US$0.129 beside NT$2.07 per share)."""
    if not _ADS.search(f"{table_row.label} {table_row.section} {table_row.above}"):
        return False
    return cell.figure.currency in ("", currency) and not _TRANSLATION.search(cell.figure.column or "")


_MINORITY = re.compile(rf"\b{MINORITY}\b", re.I)


def _owners_rank(reading: _Reading, table_row: TableRow, cell: Fact) -> int:
    """How surely a net income line is the company's bottom line, higher first.

    The company's own line (attributable to it, or the plain net income of a release that shows
    neither minority interests nor a line attributable to the company) comes before its common
    stockholders' share (after preferred dividends or participating securities), and both before
    a total that may include minorities; but a line whose figure the release states before its
    financial statements (in its text or a summary table: what it headlines; a title's figure may
    name no metric) comes before one whose figure it does not (Cboe's table 1 and its "Net Income
    Allocated to Common Stockholders"; Citizens' "Net Income of $530 million")."""
    label = _owned_label(table_row)
    if _MINORITY.search(label):  # "attributable to redeemable noncontrolling interests"
        return -1
    if _ATTRIBUTABLE.search(label):
        rank = 1 if _TO_COMMON.search(label) else 2
    elif not reading.owners_apart:
        rank = 2
    else:
        return 0
    first = reading.document.tables[cell.figure.table].span.start if cell.figure.table is not None else 0
    upfront = any(
        ("net_income" in f.metrics or not f.metrics) and f.figure.span.start < first
        for f in reading.index.matches("currency", cell.low, cell.high)
    )
    return rank + 3 * upfront


def _as_reported(index: FactIndex, rows: Sequence[TableRow], statements: frozenset[int]) -> FactIndex:
    """The reading with the release's main period as its statement of operations reports it.

    A release whose opening names a quarter (its fourth quarter's highlights, next quarter's
    outlook) but whose statement of operations prints its revenue, net income and EPS only for
    the year reports the year: Golden Matrix announces "results for the fiscal year ended
    December 31, 2024" and prints twelve-month statements alone. The index itself is left as it
    is (the verifier reads it); a view of it says the year (``FactIndex.reporting``).
    """
    if index.main_length != "quarter":
        return index
    lengths = {
        f.period.length
        for row in rows
        if row.facts[0].figure.table in statements and row.basis == "gaap"
        and any(_carries(name, row, row.above) for name in ("revenue", "net_income", "eps_diluted"))
        for f in row.facts
        if f.period.prior is False and not f.change
    }  # fmt: skip
    if lengths != {"year"}:
        return index
    return index.reporting("year")


def _is_prose(sentence: str) -> bool:
    """A sentence of words, not a table line read as text: twice as many words as numbers."""
    return len(_WORDS.findall(sentence)) >= max(6, 2 * len(_AMOUNTS.findall(sentence)))


def _plausible(fact: Fact) -> bool:
    """Whether a figure can be what its unit says: a margin or a rate past 100% in either direction
    is an amount read as a percentage (a "Gross margin | 564,010" row of a table whose scale went
    unread), not a margin."""
    return fact.family != "percent" or abs(fact.value) <= 100


def _scale_is_sure(index: FactIndex, fact: Fact, unsaid_scales: dict[int, bool]) -> bool:
    """Whether a table amount's scale is known: the table's caption or the cell says it, the cell
    prints cents, or the amount is not a currency one; in a table that states no scale, what the
    prose shows of its amounts (``_unsaid_scales``), else the release's prose stating this very
    figure in dollars, to its digits."""
    figure = fact.figure
    if fact.family != "currency" or figure.scale_source != "none" or figure.decimals >= 2:
        return True  # cents printed: an amount in dollars (540.4 with no caption is millions, unsaid)
    shown = unsaid_scales.get(figure.table) if figure.table is not None else None
    return shown if shown is not None else _stated_in_prose(index, fact)


def _stated_in_prose(index: FactIndex, fact: Fact) -> bool:
    """Whether a sentence of the release states a table amount as it is, in dollars, to the
    digits the table prints ("revenue of $151,115,532")."""
    return bool(_prose_statements(index, fact))


def _prose_statements(index: FactIndex, fact: Fact, exact: bool = True, times: int = 0, digits: int = 3) -> set[Span]:
    """The figures of the release's sentences that state a table amount ``10 ** times`` over, in
    dollars: ``exact``, to the digits the table prints, else to ``digits`` digits at least and of
    the same metric where both name one ("$151 million" for 151,115,532; "$1.1 million" may be
    1,124,443 or another figure altogether)."""
    text = index.document.text
    value, low, high = (fact.value.scaleb(times), fact.low.scaleb(times), fact.high.scaleb(times))
    return {
        other.figure.span
        for other in index.matches("currency", low, high)
        if other.figure.table is None
        and other.low <= value <= other.high
        and (other.figure.decimals >= fact.figure.decimals - times if exact else abs(other.value) >= 10 ** (digits - 1) * (other.high - other.low))
        and (times or _is_prose(other.figure.context.of(text)))  # a table's line read as text restates it digit for digit
        and (exact or not (fact.metrics and other.metrics) or bool(fact.metrics & other.metrics))  # rounded: the same metric
    }


def _unsaid_scales(index: FactIndex) -> dict[int, bool]:
    """What the prose shows of the scale of each table that states none: True, whole units, where
    a sentence states one of its amounts to its digits ("revenue of $151,115,532") or two figures
    of the prose state two of them rounded ("$151 million", "$80 million"), and none states one a
    thousand or a million times over; False, scaled, where one does (Sterling's prose gives its
    revenue as "$1.17 billion": a footnote's "operating income of $219,261" says it in the table's
    thousands, unsaid). A table in units is so in every row (Golden Matrix's income from operations)."""
    exact: set[int] = set()
    rough: dict[int, set[Span]] = {}
    scaled: dict[int, set[Span]] = {}
    roughly: set[int] = set()  # tables with an amount the prose states to two digits ("$30 million")
    for fact in index.facts:
        table = fact.figure.table
        if (table is None or fact.family != "currency" or fact.figure.scale_source != "none"
                or fact.figure.decimals > 0 or abs(fact.value) < 100_000):  # fmt: skip
            continue
        if _prose_statements(index, fact, exact=False, digits=2):
            roughly.add(table)
        if stated := _prose_statements(index, fact, exact=False):
            rough.setdefault(table, set()).update(stated)
            if _stated_in_prose(index, fact):
                exact.add(table)
        for times in (3, 6):
            if stated := _prose_statements(index, fact, exact=False, times=times):
                scaled.setdefault(table, set()).update(stated)
    shown = {table: False for table in scaled}  # the prose shows it scaled: a reading in units would clash
    shown.update({table: True for table, stated in rough.items() if (table in exact or len(stated) >= 2) and table not in scaled})
    if any(shown.values()) and not any(verdict is False for verdict in shown.values()):
        # a release whose tables the prose shows in dollars: a table with an amount restated is so too
        shown.update({table: True for table in roughly if not scaled.get(table)})
    return shown


def _sentence_pick(reading: _Reading, name: str) -> _Pick | None:
    """A metric stated in running text ("earnings of $3.9 billion, or $3.23 per share,
    compared with ..."), taken only where the reading is sure: the sentence names the
    metric and the main period's length, of no segment, and the tables that carry the
    metric agree with it (see ``_table_agrees``). A sentence that gives the comparison
    figure ("compared with") comes first; one that names the release's own period with its
    year ("Net income for the second quarter of 2025 was $21.5 million") stands alone.
    A release that names no diluted figure has one earnings per share: a loss per share,
    or the only one where basic goes unnamed too, is the diluted one."""
    _, families, metric = _ROWS[name]
    index = reading.index
    text = index.document.text
    carrying = [row for row in reading.rows.flagged(reading.carrying(name)) if row.basis == "gaap"]
    one_eps = name == "eps_diluted" and not _names_per_share(index, _DILUTED)
    basic_named = name == "eps_diluted" and _names_per_share(index, _BASIC)
    by_sentence: dict[Span, list[Fact]] = {}  # once, not a scan of every fact per candidate
    for fact in index.facts:
        if fact.figure.table is None and metric in fact.metrics:
            by_sentence.setdefault(fact.figure.context, []).append(fact)
    alone: _Pick | None = None
    opening = front_matter_end(text)  # a capture's metadata block repeats the title, no sentence of the release
    split = name == "net_income" and _SHARE_OF_PROFIT.search(text)
    for fact in (f for sentence in by_sentence.values() for f in sentence):
        if not (
            fact.figure.span.start >= opening
            and fact.family in families
            and fact.period.prior is False
            and not fact.change
            and not fact.segment
            and fact.period.length == index.main_length
            and fact.basis in ("", "gaap")
        ):
            continue
        sentence = fact.figure.context.of(text)
        if _guidance_verb(sentence) or (split and not _ATTRIBUTABLE.search(sentence)):
            continue  # a forecast; a profit the release splits between its owners and minorities, not said whose
        if name == "eps_diluted" and not (
            _DILUTED.search(sentence) or (one_eps and not _BASIC.search(sentence) and (fact.value < 0 or not basic_named))
        ):
            continue
        if fact.family == "currency" and fact.figure.scale_source != "inline" and abs(fact.value) < 100_000:
            continue  # "$26.08" beside "net income" is a per-share (or per-ADS) amount, not the total
        named = fiscal_quarter_in(sentence)
        if named and index.fiscal_quarter and named != index.fiscal_quarter:
            continue  # the sentence names another quarter ("already reported in the first quarter")
        if not _said_plainly(reading, name, fact, by_sentence[fact.figure.context]):
            continue
        comparison = _sentence_comparison(index, fact, by_sentence[fact.figure.context])
        if comparison is not None and not _dated_a_year_apart(text, fact, comparison):
            comparison = None  # "compared to net income of $7.9 million ... for the quarter ended June 30, 2025": the quarter before
        if comparison is not None and not _signs_told(index, fact, comparison):
            comparison = None  # the comparison's sign is unsure: the figure may still stand alone (below)
        if not _table_agrees(index, carrying, [f for f in (fact, comparison) if f is not None]):
            continue
        if comparison is not None:
            reread = comparison not in by_sentence[fact.figure.context]  # read per share here, not by the facts stage
            return _Pick(fact, comparison, None, fact.figure.context, derives_change=not reread)
        if alone is None and _names_own_period(index, sentence):
            alone = _Pick(fact, None, None, fact.figure.context)
    return alone


# A metric named as a sentence names it, with the words before it: "adjusted net income", "royalty
# production revenue", "the increase in revenue"
_METRIC_NAMED = re.compile(
    r"(?P<before>(?:[\w&’'-]+\s+){0,4}?)(?P<metric>revenues?|sales|income|earnings|profit|loss(?:es)?|EPS)\b", re.I
)
_CHANGE_OF = re.compile(r"\b(?:increase|decrease|growth|decline|rise|drop|change|improvement|reduction)s?\s+(?:in|of)\b", re.I)
# Words that may stand before "revenue" in a sentence of the company's total: "total revenues", "the
# Company's net sales", "fourth quarter 2024 revenue"
_PLAIN_REVENUE_WORDS = re.compile(
    r"(?:the|our|its|total|net|operating|consolidated|group|reported|gaap|quarterly|company|company['’]s|"
    r"(?:first|second|third|fourth)[- ]quarter|quarter|q[1-4]|fy|fiscal|full[- ]year|year|\d{4}|record|recogni[sz]ed)$",
    re.I,
)


def _said_plainly(reading: _Reading, name: str, fact: Fact, stated: list[Fact]) -> bool:
    """Whether a sentence's figure is the reported metric itself, as far as its words tell: in
    the reporting currency (not "(US$0.00)" beside "RMB0.02"), not of an adjusted measure named
    before it or right after it ("adjusted net income of $133.3 million, or $6.93 per diluted
    share"; "$0.04 adjusted earnings per share"), not a change ("the increase in revenue of $102.3
    million"), and, for revenue, the total: "royalty production revenue of $115.6 million ... total
    revenues of $135.6 million" gives the second, and "merchandise sales and services revenues"
    alone gives none."""
    text = reading.index.document.text
    figure = fact.figure
    if reading.currency and figure.currency and figure.currency != reading.currency:
        return False
    context = figure.context
    after = text[figure.span.end : min(context.end, figure.span.end + 40)]
    right_after = _METRIC_NAMED.match(after.lstrip(" )"))
    if right_after and basis_of(right_after.group("before")) == "adjusted":
        return False
    before = text[context.start : figure.span.start]
    named = list(_METRIC_NAMED.finditer(before))
    if named:
        last = named[-1]
        if basis_of(before[last.start() :]) == "adjusted" or _CHANGE_OF.search(before[max(0, last.start() - 30) : last.start("metric")]):
            return False
    if name != "revenue":
        return True
    totals = [other for other in stated if _TOTAL_REVENUE_BEFORE.search(text[max(context.start, other.figure.span.start - 80) : other.figure.span.start])]
    if totals:
        return fact in totals
    revenue = [found for found in named if found.group("metric").lower().startswith(("revenue", "sales"))]
    words = revenue[-1].group("before").split() if revenue else []
    return all(_PLAIN_REVENUE_WORDS.match(word.strip(",")) for word in words)


_TOTAL_REVENUE_BEFORE = re.compile(r"\btotal\s+(?:net\s+)?(?:revenues?|sales)\b[^$€£¥\d]*$", re.I)


def _dated_a_year_apart(text: str, current: Fact, comparison: Fact) -> bool:
    """Whether a sentence's comparison figure is of the period a year before its current one, as
    far as the dates said after each tell ("for the quarter ended September 30, 2025 ... compared
    to ... for the quarter ended June 30, 2025" is not); True when either goes undated."""
    ends = []
    for fact in (current, comparison):
        found = _ENDED_ON.search(text, fact.figure.span.end, fact.figure.context.end)
        end = period_end(found.group()) if found else None
        if end is None:
            return True
        ends.append(end)
    (year, month, _), (year_before, month_before, _) = ends
    return month == month_before and year - year_before == 1


_ENDED_ON = re.compile(
    r"\b(?:quarter|months|weeks|period|year)\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2}"
)


def _sentence_comparison(index: FactIndex, current: Fact, stated: list[Fact]) -> Fact | None:
    """The comparison figure a sentence gives for ``current``: as ``_comparison`` finds it,
    else the one figure after it that the sentence names as the same quarter a year earlier
    ("NT$2.07, compared to NT$2.13 for 4Q23 and NT$2.18 for 3Q24"). Such a comparison of a
    per-share figure printed in the same currency at no scale is a per-share amount too."""
    comparison = _comparison(current, stated)
    if comparison is not None or not index.fiscal_quarter or not index.current_year:
        return comparison
    figure, text = current.figure, index.document.text
    year_ago = []
    for fact in stated:
        if not (fact.period.prior and not fact.change and not fact.period.end and fact.figure.span.start > figure.span.end):
            continue
        label = _PERIOD_LABEL.match(text, _after_for(text, fact.figure.span.end))
        if label is None or _label_quarter(label) != index.fiscal_quarter or _label_year(label) != str(index.current_year - 1):
            continue
        if fact.family == current.family:
            year_ago.append(fact)
        elif (current.family == "per_share" and fact.family == "currency" and fact.figure.currency == figure.currency
              and fact.figure.scale_source == "none" and fact.figure.decimals >= 2):  # fmt: skip
            year_ago.append(replace(fact, family="per_share", figure=fact.figure._replace(unit=Unit.PER_SHARE)))
    return year_ago[0] if len(year_ago) == 1 else None


def _after_for(text: str, end: int) -> int:
    """Where the period a figure is "for" or "in" begins, right after it ("NT$2.13 for 4Q23")."""
    match = re.compile(r"\s+(?:for|in)\s+(?:the\s+)?").match(text, end)
    return match.end() if match else end


# A release that splits its profit between the company's owners and minority interests.
_SHARE_OF_PROFIT = re.compile(rf"\battributable\s+to\b:?\s*+(?!{MINORITY})", re.I)
def _names_per_share(index: FactIndex, kind: re.Pattern) -> bool:
    """Whether a per-share earnings figure of the release is said to be basic or diluted
    (``kind``): a definition of a measure ("diluted net earnings per share excluding ...") is not one."""
    text = index.document.text
    contexts = {fact.figure.context for fact in index.facts if "eps" in fact.metrics}  # each row or sentence once
    return any(kind.search(context.of(text)) for context in contexts)


_FULL_YEAR = re.compile(r"\b(?:full[- ]year|fiscal(?: year)?|year ended|twelve months|12 months)\b", re.I)


def _names_own_period(index: FactIndex, sentence: str) -> bool:
    """Whether a sentence names the period the release reports, year and all: "the second
    quarter of 2025" in a second-quarter release, "the year ended July 31, 2025" or "in 2023"
    in an annual one."""
    year = index.current_year
    if not year or str(year) not in sentence:
        return False
    if index.main_length == "quarter":
        return index.fiscal_quarter is not None and fiscal_quarter_in(sentence) == index.fiscal_quarter
    in_year = re.search(rf"\b(?:in|for|during)\s+(?:fiscal\s+)?{year}\b", sentence, re.I)  # "In 2023, the total revenue ..."
    return index.main_length == "year" and bool(_FULL_YEAR.search(sentence) or in_year) and fiscal_quarter_in(sentence) is None


_SUPERSEDED = re.compile(r"\b(?:previously|originally)\s+reported\b", re.I)


def _table_agrees(index: FactIndex, carrying: list[TableRow], stated: list[Fact]) -> bool:
    """Whether the table rows that carry a metric bear out a sentence's figures: none carries
    it (or none with a cell read as such an amount), or a cell of theirs holds one of the figures (at the table's scale, or at a thousand or
    a million times an amount whose scale the table leaves unsaid) and no cell of the same
    period says otherwise. A table whose cells could not be read surely is then no reason for
    silence, and a sentence that may mean another figure (a segment's) is no reason to speak."""
    if not carrying:
        return True
    year = index.current_year
    cells = [
        f for row in carrying for f in row.facts
        if f.family == stated[0].family and not f.change and not f.segment
        and not (year and f.period.prior is False and f.period.end and f.period.end[0] < year)  # a restated year
        and not _SUPERSEDED.search(f.figure.column or "")  # "As Previously Reported": what the release corrects
    ]  # fmt: skip
    if not cells:
        return True  # rows whose cells were read as no such amounts state nothing to agree or disagree with
    agreed = False
    for figure in stated:
        for cell in cells:
            if cell.period.prior is not None and cell.period.prior is not figure.period.prior:
                continue
            if cell.period.length not in ("", "unstated", figure.period.length):
                continue
            scales = (0,) if cell.figure.scale_source != "none" or cell.family != "currency" else (0, 3, 6)
            if any(figure.low <= cell.value.scaleb(k) <= figure.high for k in scales):
                agreed = True
            elif cell.period.prior is figure.period.prior and cell.period.length == figure.period.length:
                return False  # the table states another figure for the same period
    return agreed


_PROFIT = re.compile(r"\b(?:income|profit|earnings)\b", re.I)
_LOSS = re.compile(r"\bloss(?:es)?\b", re.I)


def _signs_told(index: FactIndex, current: Fact, comparison: Fact) -> bool:
    """Whether a sentence says the sign of both its figures: a loss against a profit must
    name both ("a net loss of $11.9 million, compared to net income of $0.8 million"), or
    the profit be named and the loss print its minus sign."""
    if (current.value < 0) == (comparison.value < 0):
        return True
    sentence = current.figure.context.of(index.document.text)
    if comparison.figure.negative and current.value >= 0 and _PROFIT.search(sentence) and "revenue" not in current.metrics:
        return True  # "Net profit ... of EUR 6.9m (9M 2024: EUR -29.2m)": the earlier loss prints its own sign
    return bool(_LOSS.search(sentence) and _PROFIT.search(sentence.replace("net income (loss)", "")))


def _change(pick: _Pick) -> Amount | None:
    """The change the row states for the chosen comparison, else the one its two figures
    give, with no more decimals than their rounding allows."""
    if pick.change is not None:
        return amount_of(pick.change)
    if pick.comparison is None or not pick.derives_change or pick.current.value == pick.comparison.value:
        return None  # no change to state between equal figures ("up 0%" reads as a change)
    current, prior = pick.current, pick.comparison
    unit: AmountUnit
    if current.family == "percent":
        low, high, unit = current.low - prior.high, current.high - prior.low, "percentage_points"
    elif prior.low > 0 and current.low >= 0:
        corners = [(a / b - 1) * 100 for a in (current.low, current.high) for b in (prior.low, prior.high)]
        low, high, unit = min(corners), max(corners), "percent"
    else:
        return None
    middle = (current.value - prior.value) if unit == "percentage_points" else (current.value / prior.value - 1) * 100
    for places in (1, 0):
        if high - low <= Decimal(1).scaleb(-places):
            return Amount(value=rounded(middle, places), unit=unit, scale="units")
    return None


def _label(document: Document, pick: _Pick) -> str:
    """The metric as the release names it: the row label, or the words before the figure."""
    figure = pick.current.figure
    if figure.table is not None and figure.row:
        label = " ".join(re.split(r"-{3,}|={3,}", pick.row_label or figure.row)[-1].split())  # a fixed-width table's rule is no word
        qualifier = re.fullmatch(r"(?:basic|diluted)(?:\s+(?:and|&)\s+(?:basic|diluted))?", label, re.IGNORECASE)
        label = f"{label} EPS" if qualifier else label
        return f"{label} per ADS" if pick.per_ads and not _ADS.search(label) else label
    named = list(_METRIC_WORDS.finditer(document.text, pick.citation.start, figure.span.start))
    # the nearest name of the figure's own metric: "total revenue and income ... amounted to RMB870 million" is revenue
    own = [match for match in named if pick.current.metrics & {metric for _, metric in metrics_in(match.group(0))}]
    label = " ".join((own or named)[-1].group(0).split()) if named else ""
    if label and figure.unit is Unit.PER_SHARE and "per share" not in label.lower() and "eps" not in label.lower():
        label += " per share"
    return label


def _period_text(document: Document, fact: Fact, current: Fact | None = None) -> str:
    """The period as its column header says it (``columns.column_period_words``), or as the
    sentence names it: before the figure ("second-quarter 2025 earnings of ..."), else right
    after it ("... $(0.69) per diluted share for the fourth quarter"). A comparison figure
    (``current`` given) is named only by the words between the current figure and it, or
    after it ("compared with $0.16 for the prior year quarter"), never by the current one's."""
    figure = fact.figure
    if figure.column:
        return column_period_words(figure.column)
    text = document.text
    start = current.figure.span.end if current is not None and current.figure.context == figure.context else figure.context.start
    aside = _DATED_ASIDE.search(text, max(start, figure.span.start - 80), figure.span.start) if current is not None else None
    if aside:  # "... for the year ended July 31, 2025, (July 31, 2024: $9,264,000)": the comparison's own date
        return aside.group(1)
    before = list(_PERIOD_WORDS.finditer(text, start, figure.span.start))
    if before:
        return " ".join(before[-1].group(0).split())
    following = _NEXT_AMOUNT.search(text, figure.span.end, figure.context.end)  # up to the next figure
    end = following.start() if following else figure.context.end
    after = _PERIOD_WORDS.search(text, figure.span.end, min(end, figure.span.end + 80))
    if after:
        return " ".join(after.group(0).split())
    return "the comparison period" if current is not None else "the reporting period"


_SUMMARY_METRICS: dict[str, MetricName] = {
    "revenue": "revenue", "net_income": "net_income", "eps_diluted": "eps_diluted", "eps_basic": "eps_basic",
    "operating_income": "operating_income", "cash": "cash", "gross_profit": "gross_profit", "gross_margin": "gross_margin",
}  # fmt: skip


# A metric's name where the release's own words before its figure name none ("a loss of $0.09 per common share")
_PLAIN_NAMES = {"eps_diluted": "earnings per share", "eps_basic": "earnings per share"}


def _metric(document: Document, name: str, basis: Basis, pick: _Pick) -> Metric:
    label = _label(document, pick) or _PLAIN_NAMES.get(name, name.replace("_", " "))
    kind = {"eps_diluted": "diluted", "eps_basic": "basic"}.get(name)
    if kind and kind not in label.lower():  # two EPS rows under one label ("Earnings/ (loss) per share")
        label = f"{label} ({kind})"
    return Metric(
        metric=_SUMMARY_METRICS.get(name, "other"),
        label=label,
        basis=basis,
        period=_period_text(document, pick.current),
        value=amount_of(pick.current),
        comparison_period=_period_text(document, pick.comparison, pick.current) if pick.comparison else None,
        comparison_value=amount_of(pick.comparison) if pick.comparison else None,
        change=_change(pick),
        citations=[_citation(document, pick.citation)],
    )  # fmt: skip


def _metrics(reading: _Reading) -> list[tuple[str, _Pick, Metric]]:
    document = reading.document
    chosen: list[tuple[str, _Pick, Metric]] = []
    for basis in ("gaap", "non_gaap"):
        for name in _ROWS:
            if basis == "non_gaap" and name not in ("operating_income", "net_income", "eps_diluted"):
                continue
            pick = _table_pick(reading, name, basis)
            # running text stands in where no table is read surely, and only as far as the
            # tables that carry the metric bear it out (``_table_agrees``); not for a line the
            # statement of operations would print but only other tables carry (``_statement_lacks``)
            if pick is None and basis == "gaap" and name in _SENTENCE_METRICS and not _statement_lacks(name, _tables_carrying(reading, name), reading):
                pick = _sentence_pick(reading, name)
            if pick is None or any(p.citation == pick.citation and p.current == pick.current for _, p, _ in chosen):
                continue
            if basis == "non_gaap" and any(n == name and _same_figures(p, pick) for n, p, _ in chosen):
                continue  # a reconciliation's first line: the GAAP figure again ("Diluted EPS, As Reported")
            chosen.append((name, pick, _metric(document, name, basis, pick)))
    return chosen


def _tables_carrying(reading: _Reading, name: str) -> set[int | None]:
    """The tables with a row that carries the metric, whatever its cells were read as."""
    return {row.facts[0].figure.table for row in reading.rows.flagged(reading.carrying(name))}


def _same_figures(one: _Pick, other: _Pick) -> bool:
    """Whether two picks state the same figures, the current and the comparison."""
    def value(fact: Fact | None) -> Decimal | None:
        return None if fact is None else fact.value

    return value(one.current) == value(other.current) and value(one.comparison) == value(other.comparison)


_TICKER = re.compile(
    r"((?:[a-z](?:\.[a-z])+\.?[ \t]+)?"  # "e.l.f. Beauty"
    r"[A-Z][\w.&'’-]*(?:(?:,?[ \t]*\n?[ \t]+|,?\n|\s+(?:and|of|&)\s+)[A-Z&][\w.&'’-]*){0,5})[ \t]*"
    r"\((?:NASDAQ|Nasdaq|NYSE|NYSE American|AMEX)[\w ]*?:\s*([A-Z][A-Z.]{0,5})[);]"
)
# What every ``_TICKER`` match holds: an opening that names no exchange is not searched. Its run of a name's words
# backtracks over a long run of spaces or tabs after a capitalised word (~0.7 s of CPU for 8,000 tabs, in every
# ``summarize`` of such a release, whatever its size).
_EXCHANGE_OPENINGS = ("(NASDAQ", "(Nasdaq", "(NYSE", "(AMEX")
_PERIOD_LABEL = re.compile(
    rf"\b(?P<q>{QUARTER_ORDINAL})[- ]quarter(?:\s+(?:of\s+|and\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d{{2}}))?"
    rf"|\bfiscal\s+(?P<y2>(?:19|20)\d{{2}})\s+(?P<q2>{QUARTER_ORDINAL})\s+quarter"
    r"|\bQ(?P<q3>[1-4])\s?(?:FY\s?)?(?P<y3>(?:19|20)\d{2})\b|\b(?P<q4>[1-4])Q(?P<y4>\d{2})\b",  # "Q4 2024", "4Q24"
    re.IGNORECASE,
)


def _label_year(match: re.Match) -> str | None:
    """The year a period label names, four digits ("4Q24" names 2024)."""
    year = match.group("y") or match.group("y2") or match.group("y3")
    return year or (f"20{match.group('y4')}" if match.group("y4") else None)


def _label_quarter(match: re.Match) -> int:
    words = match.group("q") or match.group("q2")
    return QUARTER_ORDINALS[words.lower()] if words else int(match.group("q3") or match.group("q4"))
# A year as a release names it: "full year 2024", "fiscal 2025", "FY2025", "the year ended July 31, 2025"
_NAMED_YEAR = r"\b(?:full[- ]year|fiscal(?: year)?|FY)[ -]?(?:19|20)\d{2}\b|\b(?:fiscal )?year ended [A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d{2}"
# The next amount of a sentence: one with a currency sign or decimals ("$0.16", "1,234.5"), not a year or "Q2"
_NEXT_AMOUNT = re.compile(r"[$€£¥]\s?\(?\d|(?<![\w.])\d[\d,]*\.\d")
# A period as a sentence names it: "second-quarter 2025", "the year ended July 31, 2025", "9M 2024", "the prior year quarter"
_PERIOD_WORDS = re.compile(
    _PERIOD_LABEL.pattern
    + "|" + _NAMED_YEAR + r"|\b(?:three|six|nine|twelve) months ended [A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d{2}"
    r"|\b(?:9M|H[12]|Q[1-4]|[1-4]Q)[ ']?(?:19|20)?\d{2}\b"
    r"|\b(?:the )?(?:prior|previous)[- ]year (?:quarter|period)|\b(?:the )?year-ago (?:quarter|period)|\bsame period (?:of|in|last) (?:year|(?:19|20)\d{2})",
    re.IGNORECASE,
)
# An aside that dates the comparison amount it opens: "(July 31, 2024: $9,264,000)", "(2023: loss of EUR 5.1m)"
_DATED_ASIDE = re.compile(r"\(\s*((?:[A-Z][a-z]+\.? \d{1,2}, )?(?:19|20)\d{2})\s*:[^():]*$")
_ENDED = re.compile(r"\b(?:quarter|period|months|weeks)\s+ended\s+([A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2})")
_LENGTH_NAMES = {"quarter": "quarter", "half": "six months", "nine_months": "nine months", "year": "year"}


# What a title says after the company's name: "Apple Reports ...", "Gecina: 2024 Earnings", "Kemira Oyj's Financial ..."
_REPORTING_VERB = r"reports?|reported|announces?|announced|delivers?|posts?|records?"
_AFTER_NAME = re.compile(
    rf"\s+(?:{_REPORTING_VERB}|publishes|achieves?|provides?)\b|:\s|(?-i:['’]s\b)",
    re.IGNORECASE,
)
# A dateline or a capture's field before the name: "NEW YORK-- Datadog", "TEMPE, Ariz. - August 5, 2026 - Dutch Bros Inc."
_BEFORE_NAME = re.compile(
    r"^.*(?:--|—|\s[-–|]\s)\s*(?:[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d{2}\s+)?|^\W*(?:title|summary):\s*\W*", re.IGNORECASE
)
# Words of a title that are no company's name ("SUMMARIZED FINANCIAL RESULTS", "Initiated a Phase 1 trial")
_NOT_A_NAME = re.compile(r"\b(?:results?|earnings|quarter|summar\w*|release|exhibit|initiated|news)\b", re.IGNORECASE)


def _clean_name(name: str) -> str:
    """A company's name without what a capture or a dateline glued before it, said once
    ("Dutch Bros Inc. Dutch Bros Inc." is "Dutch Bros Inc.")."""
    name = _BEFORE_NAME.sub("", " ".join(name.split())).strip(" ,*•-–\"'#")
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])
    return name


def _plausible_name(name: str) -> bool:
    """A name, not a sentence or a title's other words: one to six words, each capitalised or a joining word."""
    words = name.split()
    return 0 < len(words) <= 6 and not _NOT_A_NAME.search(name) and all(
        w[0].isupper() or w[0].isdigit() or w in ("and", "of", "&", "de") or re.match(r"[a-z](?:\.[a-z])+", w) for w in words
    )


_OPENING_LINES = 4
_REPORTS = re.compile(rf"\s(?:{_REPORTING_VERB})\s", re.IGNORECASE)


def _company(document: Document) -> Company:
    """The company as the release names it beside its ticker ("Datadog, Inc. (NASDAQ:DDOG)"),
    else as its title (or one of its text's first lines) begins ("Gecina: 2024 Earnings"), else "The company": never a dateline,
    a capture's field name or a title's other words."""
    text = document.text
    first_pages = text[:8000]
    match = _TICKER.search(first_pages) if any(exchange in first_pages for exchange in _EXCHANGE_OPENINGS) else None
    if match and _plausible_name(_clean_name(match.group(1))):
        return Company(name=_clean_name(match.group(1)), ticker=match.group(2),
                       citations=[_citation(document, Span(match.start(), match.end()))])  # fmt: skip
    # a title the text opens with: "# INDUS Records Strong Third Quarter", "Exhibit 99.1" / "U.S. Bancorp Reports ..."
    lines = [line.strip("#*• \t")[:300] for line in text[:2000].split("\n") if line.strip()][:_OPENING_LINES]
    opening = [line for line in lines if _REPORTS.search(line)]  # not "Highlights: ...", "Contact: ..."
    for title in (document.info.title, *re.findall(r'^\W*title:\s*"([^"\n]+)"', text[:3000], re.MULTILINE), *opening):
        name = _clean_name(_AFTER_NAME.split(title, maxsplit=1)[0]) if title and _AFTER_NAME.search(title) else ""
        if _plausible_name(name):
            return Company(name=name, ticker=match.group(2) if match else None, citations=[])
    name = _clean_name(document.info.company)
    return Company(name=name if _plausible_name(name) else "The company", ticker=None, citations=[])


def _iso(date_text: str) -> str | None:
    key = period_end(date_text)
    return f"{key[0]:04d}-{key[1]:02d}-{key[2]:02d}" if key and key[1] and key[2] else None


# The period of a release that reports no quarter: "9M 2025", "full year 2024", "fiscal 2025"
_LONGER_PERIOD = {
    "nine_months": re.compile(r"\b(?:9M|(?:first )?nine months)(?: of)?[ -](?:fiscal )?(?:19|20)\d{2}\b", re.I),
    "year": re.compile(_NAMED_YEAR, re.I),
}


def _period(document: Document, picks: list[tuple[str, _Pick, Metric]], index: FactIndex) -> ReportingPeriod:
    """The period the release reports, as its opening names it: the quarter of the year the
    release reports on ("fourth quarter of 2023" beside "4Q24" is the comparison), or for a
    nine-month or annual release, those words ("9M 2025", "fiscal 2025")."""
    text = document.text
    opening = text[:3000]
    labels = list(_PERIOD_LABEL.finditer(opening))
    if index.fiscal_quarter:  # not the quarter an outlook names ("expects revenue for Q1 2025 of ...")
        labels = [m for m in labels if _label_quarter(m) == index.fiscal_quarter]
    year_now = str(index.current_year or "")
    dated = [m for m in labels if _label_year(m)]
    # a fiscal year's name ("Third Quarter Fiscal 2025") may run a year ahead of the calendar year its quarter ends in
    ahead = str(index.current_year + 1) if index.current_year else ""
    label = next((m for m in dated if _label_year(m) == year_now), None) or next(
        (m for m in dated if _label_year(m) == ahead and re.search(r"fiscal|FY", m.group(0), re.I)), None
    )
    label = label or next((m for m in labels if not _label_year(m)), None)
    longer = _LONGER_PERIOD.get(index.main_length)
    named = longer.search(opening) if longer else None
    column = " ".join((picks[0][1].current.figure.column or "").split()) if picks else ""
    if not named and index.main_length == "year" and index.current_year and names_year_results(opening) and not column:
        column = str(index.current_year)  # "2023 Annual Results" with no table: the year it names
    if not named and index.main_length == "year" and re.fullmatch(r"(?:FY\s?)?(?:19|20)\d{2}", column):
        # an annual release that names its year only as its columns do ("2024" beside "2023")
        return ReportingPeriod(label=column, fiscal_year=index.current_year, fiscal_quarter=None, period_end=None, citations=[])
    if named:
        words = period_words(" ".join(named.group(0).split()))
        return ReportingPeriod(label=words, fiscal_year=index.current_year, fiscal_quarter=None,
                               period_end=None, citations=[_citation(document, Span(named.start(), named.end()))])  # fmt: skip
    ended = _ENDED.search(opening)
    citations = [_citation(document, Span(m.start(), m.end())) for m in (label, ended) if m]
    quarter = year = None
    if label:
        quarter = _label_quarter(label)
        named_year = _label_year(label)
        year = int(named_year) if named_year else None
    period_end_date = _iso(ended.group(1)) if ended else None
    if period_end_date is None and picks:
        column = picks[0][1].current.figure.column or ""
        period_end_date = _iso(column)
    if year is None and period_end_date:
        year = int(period_end_date[:4])
    words = " ".join(label.group(0).split()) if label else (ended.group(0) if ended else "the reporting period")
    length = picks[0][1].current.period.length if picks else ""
    if words == "the reporting period" and period_end_date and length in _LENGTH_NAMES:
        words = f"the {_LENGTH_NAMES[length]}"  # columns of three months under "For the periods ended December 31"
    return ReportingPeriod(label=words, fiscal_year=year, fiscal_quarter=quarter, period_end=period_end_date,
                           citations=citations)  # fmt: skip


def _headline_period(period: ReportingPeriod) -> str:
    """The period as the headline names it: the release's own words, said in its case
    ("SECOND QUARTER 2026" reads "Second Quarter 2026"), with the date it ended where the
    words name no year ("Fourth Quarter ended December 31, 2024"), never a year guessed from it."""
    label = period.label.title() if period.label.isupper() else period.label
    if not re.search(r"\b(?:19|20)\d{2}\b|\bFY\s?\d{2}\b|\b[1-4]Q\d{2}\b", label, re.IGNORECASE) and period.period_end:
        day = datetime.date.fromisoformat(period.period_end)
        ended = f"ended {day:%B} {day.day}, {day.year}"
        label = f"the period {ended}" if label == "the reporting period" else f"{label} {ended}"
    return label


def reporting_currency(index: FactIndex) -> str:
    """The currency the release reports in, as its amounts print it most often: an ISO code
    ("CNY", "HKD", "EUR"), "$", or "" when no amount says. A convenience translation
    ("HK$7,200.2 million (US$918.2 million)") is the rarer of the two."""
    counts = Counter(fact.figure.currency for fact in index.facts if fact.family == "currency" and fact.figure.currency)
    return counts.most_common(1)[0][0] if counts else ""


def _headline(company: Company, period: ReportingPeriod, picks: list[tuple[str, _Pick, Metric]], currency: str = "") -> Headline:
    """One sentence of the key figures as the table states them: a loss is called a loss
    (net loss, loss per share), amounts at the precision printed in the release's currency,
    the period named."""
    by_name = {name: metric for name, _, metric in picks if metric.basis == "gaap"}

    def human(amount: Amount, beside: Amount | None = None) -> str:
        return _human(amount, currency, beside)

    parts, cited = [], []
    revenue = by_name.get("revenue")
    if revenue:
        prior = revenue.comparison_value if revenue.change and revenue.change.unit == "percent" else None
        part = f"revenue of {human(revenue.value, prior)}"
        if revenue.change and prior:
            direction = "down" if Decimal(revenue.change.value) < 0 else "up"
            part += f", {direction} {abs(Decimal(revenue.change.value))}% from {human(prior, revenue.value)}"
        parts.append(part)
        cited.append("revenue")
    income = by_name.get("net_income")
    if income:
        loss = income.value.value.startswith("-")
        parts.append(f"net {'loss' if loss else 'income'} of {human(_unsigned(income.value))}")
        cited.append("net_income")
    eps = by_name.get("eps_diluted")
    if eps:
        per_ads = " per ADS" if _ADS.search(eps.label) else ""  # not per ordinary share
        if eps.value.value.startswith("-"):  # "$(0.00)" is a loss too
            parts.append(f"diluted net loss {'per ADS' if per_ads else 'per share'} of {human(_unsigned(eps.value))}")
        else:
            parts.append(f"diluted EPS of {human(eps.value)}{per_ads}")
        cited.append("eps_diluted")
    words = _headline_period(period)
    if not parts:
        return Headline(text=f"{company.name} released results for {words}.", citations=period.citations)
    text = f"{company.name} reported {words} {'; '.join(parts)}."
    return Headline(text=text, citations=[c for name in cited for c in by_name[name].citations])


def _unsigned(amount: Amount) -> Amount:
    """A loss's amount without its sign, once the words say it is a loss."""
    return amount.model_copy(update={"value": amount.value.lstrip("-")})


_ACTION = re.compile(
    r"\b(?:announc|launch|sign|acquir|complet|expand|introduc|unveil|partner|agreement|record|approv|open|declar|"
    r"repurchas|return|award|deliver|hire|appoint|achiev|grew|increas|reach|secur|ship)",
    re.IGNORECASE,
)
_LEANS_ON_CONTEXT = re.compile(
    r"(?:This|These|That|Those|She|He|It|They|Her|His|Its|Their|Also|Additionally|In addition|However|Further|Furthermore)\b"
    r"|\(?[$€£¥]?\s?\(?\d"  # an item that opens with its figure ("$943 million, or $0.18 per share, net gain on ..."): its subject is the list's head
)
_GUIDANCE = re.compile(r"\b(?:expects?|expected|anticipates?|outlook|guidance|forecasts?|reaffirm\w*)\b", re.I)
_METRIC_WORDS = re.compile(
    r"(?:gross |operating |net |diluted |adjusted )*(?:revenues?|sales|earnings per share|EPS|margins?|expenses|"
    r"income|earnings|production|tax rates?|capital expenditures|stock-based compensation(?: expense)?|"
    r"cash flow|free cash flow|debt|shares|dividends?)",
    re.IGNORECASE,
)

# Developments an analyst reads the business update for: deals, products, approvals, capital returns, people.
_DEVELOPMENT = re.compile(
    r"\b(?:acqui(?:re|red|res|sition|sitions)|merger|divest\w*|launch\w*|partnership|agreement|contracts?|"
    r"customers?|approv(?:al|ed)|FDA|trials?|dividends?|repurchas\w*|buybacks?|appoint\w*|named|"
    r"record|opened|new|products?|platform|backlog|orders|bookings|segment|expansion|awarded|signed)\b",
    re.IGNORECASE,
)
# MD&A detail: why a line moved ("The increase in ... was primarily due to ...", "The increase was mainly
# due to ..."), not a development.
_VARIANCE = re.compile(
    r"^(?:the |this |these )?(?:increases?|decreases?|declines?|changes?|growth)\b(?: in\b| was\b| were\b)"
    r"|\b(?:primarily|mainly|largely) (?:due to|driven by|attributable to)\b",
    re.I,
)
# A heading that names no topic: "Results", "Financial Highlights", "Second Quarter 2026 Results"
_SAYS_NOTHING = re.compile(
    rf"(?:(?:{QUARTER_ORDINAL}|full[- ]year|Q[1-4]|\w+ quarter)?\s*(?:(?:fiscal\s+)?(?:19|20)\d{{2}}\s+)?"
    r"(?:financial |operating |business )?(?:results|highlights|overview|summary|update))?",
    re.I,
)
_EXCLUSION = re.compile(r"\b(?:exclud\w*|includ\w*|impacts?)\b[^.;]{0,60}$", re.IGNORECASE)


def _prose_sentences(document: Document) -> list[Span]:
    """The release's sentences outside its tables and outside a capture's metadata block, a
    line of list items run together cut into its items."""
    text = document.text
    skip = front_matter_end(text)
    spans = prose_sentences(text, sorted(table.span for table in document.tables))
    return [piece for span in spans if span.start >= skip for piece in split_inline_bullets(text, span)]


def _sections(document: Document) -> tuple[Section, ...]:
    return sections(document.text, sorted(table.span for table in document.tables), document.info.title)


def _heading_before(found: Sequence[Section], position: int) -> Section | None:
    """The section a sentence lies in, if a heading stands close enough above it."""
    return section_at(found, position)


def _amount_from_claim(number) -> Amount | None:
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", number.text)
    if not digits or number.unit not in _UNITS:
        return None
    places = len(digits.group(1) or "")
    exponent = places - number.decimals
    scale = exponent if exponent in _SCALES else 0
    value = number.value.scaleb(-scale)
    return Amount(value=format(value, "f"), unit=_UNITS[number.unit], scale=_SCALES[scale])


_RANGE_BETWEEN = re.compile(r"\s*(?:to|-|–|—|and)\s*(?:(?:up|down)\s+)?$", re.IGNORECASE)  # "from down 3% to up 2%"


_AMOUNT_PAIR = re.compile(r"\s*and\s+(?:approximately\s+|about\s+|around\s+|at\s+least\s+|up\s+to\s+)?$", re.I)


def _second_of_a_pair(sentence: str, metric: str, first, second) -> bool:
    """Whether ``metric`` is the second of two things named together ("A and B of $X and $Y") and the
    two amounts are such a pair: each amount goes with its own, in order."""
    at = sentence.lower().rfind(metric.lower(), 0, first.span.start)
    return (
        at > 0
        and re.search(r"\band\s+$", sentence[:at]) is not None
        and _AMOUNT_PAIR.fullmatch(sentence, first.span.end, second.span.start) is not None
    )


def _share_of(sentence: str, metric: str) -> bool:
    """Whether ``metric`` is what a percentage in ``sentence`` is a share of ("10% of net sales", "as a
    percentage of home closings revenue")."""
    return re.search(rf"(?:%|\bpercent(?:age)?)\s+of\s+(?:the\s+|our\s+)?{re.escape(metric)}\b", sentence, re.I) is not None


def _is_range(sentence: str, first, second) -> bool:
    """Two numbers that bound one range: "$1.85 to $1.95", "$6.80-$6.90", "between 5% and 7%"
    (whatever a "respectively" later in the sentence pairs: "between $5.41 and $5.71, an increase of
    12% to 19%, respectively"); not "74.9% and 75.0%, respectively" (a GAAP and a non-GAAP figure
    side by side: "and" links a range only after "between")."""
    between = sentence[first.span.end : second.span.start]
    if not _RANGE_BETWEEN.fullmatch(between):
        return False
    return "and" not in between.lower() or re.search(r"\bbetween\s+\S*$", sentence[: first.span.start], re.I) is not None


# The subject a forecast is said of when it names no metric of the vocabulary ("Average closing price is
# expected to be between $590,000 to $600,000", "Capitalized interest is expected to be approximately $25 million").
_FORECAST_SUBJECT = re.compile(
    r"[\s•*·◦–-]*([A-Z][\w&/.'-]*(?:\s+[\w&/.'-]+){0,5}?)\d?\s+(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:expected|anticipated|projected|forecast)\b"
)


def _subject(sentence: str) -> str:
    found = _FORECAST_SUBJECT.match(sentence)
    words = re.split(r"\s+(?:in|for|during)\s+(?:\d|fiscal\b|the\b)", found.group(1))[0] if found else ""
    words = re.sub(r"(?<=[a-z])\d\b", "", words)  # a footnote mark: "Adjusted operating expenses1"
    return "" if re.match(r"(?:We|It|This|That|These|Those|They|The Company)\b", words) else words


_FULL_YEAR_WORDS = re.compile(r"\bfull[- ]year\b", re.I)
_FLOOR = re.compile(r"\b(?:at least|in excess of|more than|over|above|greater than|upwards of|no less than|a minimum of)\s+$", re.I)
_CEILING = re.compile(r"\b(?:up to|at most|less than|below|under|no more than|a maximum of|not to exceed)\s+$", re.I)
# "between our target ratio and 9.0 percent": a range whose lower end is no figure
_OPEN_RANGE = re.compile(r"\bbetween\s+[^\d,;.]{1,60}?\s+and\s+$", re.I)


def _one_side(sentence: str, start: int) -> str | None:
    """Whether a lone guidance figure bounds its metric on one side only: "floor" ("at least $9
    billion", "in excess of $3.424 billion") or "ceiling" ("up to $2.5 billion")."""
    if _FLOOR.search(sentence, max(0, start - 30), start):
        return "floor"
    return "ceiling" if _CEILING.search(sentence, max(0, start - 30), start) else None


_OWN_DIRECTION = re.compile(r"\b(?:up|down|increase|decrease|growth|decline|positive|negative)\b", re.I)


def _range_bounds(low: Amount, high: Amount, between: str) -> tuple[Amount, Amount] | None:
    """The bounds of a range of two amounts of one unit and scale, in order ("a loss of between $17
    million and $23 million" is -23 to -17). A direction word before the first governs both ("down
    5%-10%" reads -5 and 10: -10 to -5) unless the second has its own ("from down 3% to up 2%")."""
    if low.unit != high.unit or low.scale != high.scale:
        return None
    lower, upper = Decimal(low.value), Decimal(high.value)
    if (lower < 0) != (upper < 0) and not _OWN_DIRECTION.search(between):
        if upper < 0:
            return None
        upper, high = -upper, replace(high, value=str(-upper))
    return (low, high) if lower <= upper else (high, low)


def _guidance_period(text: str, sentence: str, span: Span, section: Section | None, earlier: str, period: ReportingPeriod) -> str:
    """The period a guidance sentence is for: the one it names (the most specific, not
    inside the previous guidance it quotes), else its section heading's ("Fiscal Year 2026
    Outlook"), else that of the guidance item before it in the same section, else one named
    just above it that is not already over (a Q4 release's own year is no guidance period)."""
    zones = prior_zones(sentence)
    named = [m for m in PERIOD_PHRASE.finditer(sentence) if not any(a <= m.start() < b for a, b in zones)]
    if named:
        return " ".join(max(named, key=lambda m: len(m.group(0))).group(0).split())
    heading = list(PERIOD_PHRASE.finditer(section.label)) if section and section.label else []
    if heading:
        return " ".join(max(heading, key=lambda m: len(m.group(0))).group(0).split())
    if earlier:
        return earlier
    for match in reversed(list(PERIOD_PHRASE.finditer(text, max(0, span.start - 300), span.start))):
        year = re.search(r"(?:19|20)\d{2}", match.group(0))
        over = period.fiscal_year and year and (int(year.group(0)) < period.fiscal_year
                                                or (int(year.group(0)) == period.fiscal_year and period.fiscal_quarter == 4))  # fmt: skip
        if not over:
            return " ".join(match.group(0).split())
    return "the coming period"  # as the verifier reads a guidance claim whose period is not named


# what follows "expected" where it forecasts ("is expected to", "expected in the range of", "expected at $4.5 billion")
_EXPECTED_AS_VERB = re.compile(r"\s+(?:to|in|for|at|of|between|around|near|that|on|by|within|from)\b|\s*,", re.I)


# A result measured against guidance before the word: the sentence reports, it does not forecast.
_AGAINST_GUIDANCE = re.compile(
    r"\b(?:exceeded|exceeding|met|beat|beating|achieved|surpassed|ahead of|above|below|better than|short of)(?![\w-])[^.;]{0,60}$", re.I
)


def _guidance_verb(sentence: str) -> re.Match | None:
    """The word that makes a sentence forward-looking ("expects", "guidance"), not one in
    a clause about something else ("buildings undergoing or expected to undergo redevelopment")."""
    for match in _GUIDANCE.finditer(sentence):
        if _AGAINST_GUIDANCE.search(sentence[: match.start()]):
            continue  # "Exceeded cost reduction guidance", "well ahead of the 4% increase contemplated in our initial guidance"
        if match.group().lower() == "expected" and sentence[: match.start()].strip() and not _EXPECTED_AS_VERB.match(
            sentence, match.end()
        ):
            continue  # "driven by expected forgiveness", "current expected credit losses": an adjective, no forecast
        if not re.search(r"\b(?:or|and|than|as|if|not)\s+$", sentence[max(0, match.start() - 6) : match.start()]):
            return match
    return None


class _Lines:
    """Where a text's lines and paragraphs start and where its quotation marks are, found once:
    asked of each sentence of a release of one long line, a scan back to the line's or the
    paragraph's start took time quadratic in its size; a bisection does not."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = [0, *(newline.end() for newline in re.finditer("\n", text))]
        self._firsts: dict[int, int] = {}  # a line's start -> its first non-space (-1: none on the line)
        self._paragraph_starts = [0, *(blank.start() + 1 for blank in re.finditer("(?=\n\n)", text))]
        self._marks = {mark: [found.start() for found in re.finditer(mark, text)] for mark in "“”\""}

    def first_of_line(self, start: int) -> int:
        """The first non-space character of the line holding offset ``start`` (the end of the
        text when there is none up to ``start``)."""
        line = bisect.bisect_right(self._line_starts, start) - 1
        line_start = self._line_starts[line]
        if (first := self._firsts.get(line_start)) is None:
            line_end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
            found = _NON_SPACE.search(self.text, line_start, line_end)
            first = self._firsts[line_start] = found.start() if found else -1
        return first if 0 <= first <= start else len(self.text)

    def is_bullet(self, span: Span) -> bool:
        """Whether a sentence is an item of a list: a bullet mark starts its line."""
        first = self.first_of_line(span.start)
        return first <= span.start and self.text[first] in "•*-·◦–"

    def in_quotation(self, span: Span) -> bool:
        """Whether a sentence lies inside a quotation its paragraph opened before it (the middle
        of an executive's remarks: commentary, not a development)."""
        paragraph = self._paragraph_starts[max(0, bisect.bisect_right(self._paragraph_starts, span.start - 1) - 1)]
        opened, closed, straight = (
            bisect.bisect_left(marks, span.start) - bisect.bisect_left(marks, paragraph) for marks in self._marks.values()
        )
        return opened > closed or straight % 2 == 1


_NON_SPACE = re.compile(r"\S")


def _overlaps(words: set[str], others: Iterable[set[str]]) -> bool:
    """Whether a sentence says what another already said: most of its words are the other's."""
    return any(len(words & other) >= 0.7 * min(len(words), len(other)) for other in others)


def _guidance(document: Document, sentences: Iterable[Span], found: Sequence[Section], period: ReportingPeriod) -> list[Guidance]:
    """Forward-looking sentences with figures, and the lines of an outlook section: the
    metric is the one named with the first figure, the range the figures that fit it (a
    per-share metric takes per-share amounts, a margin percentages); figures of the
    guidance replaced ("previously ...") and the figures of a second metric or basis
    ("..., respectively") are not part of it. A line of an outlook section that names a
    metric but no figure ("Comparable sales expected to be flat"), or a sentence that only
    says which way the guidance went ("Reaffirmed full-year guidance items."), is guidance
    without a range. The same guidance said twice is given once."""
    text = document.text
    lines = _Lines(text)
    items: list[Guidance] = []
    seen: dict[tuple, set[str]] = {}  # a range and period (or a sentence, or its figures) -> the metrics said with it
    last_period: dict[int, str] = {}
    for span in sentences:
        sentence = span.of(text)
        section = _heading_before(found, span.start)
        if section and section.boilerplate:
            continue
        verb = _guidance_verb(sentence)
        outlook = bool(section and section.guidance)
        if not (verb or outlook) or is_boilerplate(sentence) or is_debris(sentence):
            continue
        zones = prior_zones(sentence)
        after = verb.start() if verb else 0
        numbers = [
            n for n in read_numbers(sentence)
            if n.kind is None and n.span.start > after and not any(a <= n.span.start < b for a, b in zones)
        ]  # fmt: skip
        low = high = None
        if not verb and not lines.is_bullet(span):
            continue  # under an outlook heading only a list's items go without a verb of guidance; a sentence is a result
        if numbers:
            if _EXCLUSION.search(sentence, after, numbers[0].span.start):
                continue  # "guidance excludes an expected 40 basis points": an adjustment, not the guidance
            metric = guidance_metric(sentence, numbers[0].span.start, numbers[0].span.end)
            fitting = [n for n in numbers if fits_metric(metric, n)]
            amounts = [a for a in (_amount_from_claim(n) for n in fitting[:2]) if a]
            if not amounts:
                continue
            low = high = amounts[0]
            if len(amounts) > 1 and _is_range(sentence, fitting[0], fitting[1]):
                between = sentence[fitting[0].span.end : fitting[1].span.start]
                low, high = _range_bounds(amounts[0], amounts[1], between) or (low, high)
            if fitting[0] is not numbers[0]:  # a range's upper end may name the metric after it
                metric = guidance_metric(sentence, fitting[0].span.start, (fitting[1] if high is not low else fitting[0]).span.end) or metric
            if metric and len(amounts) > 1 and low is high and _second_of_a_pair(sentence, metric, fitting[0], fitting[1]):
                # "cash provided by operations and capital expenditures of at least $19 billion and approximately
                # $9 billion": the metric read is the second of two named, so the second amount is its
                low = high = amounts[1]
            single = fitting[1] if len(amounts) > 1 and low is amounts[1] else fitting[0]
            open_range = _OPEN_RANGE.search(sentence, max(0, single.span.start - 80), single.span.start)
            if low is high and open_range:
                # "a CET1 capital ratio between our target ratio and 9.0 percent": a ceiling, of the metric named
                # before the range, whose lower end is named in words
                metric, low = guidance_metric(sentence, open_range.start()), None
            elif low is high and (side := _one_side(sentence, single.span.start)):
                low, high = (low, None) if side == "floor" else (None, high)  # "at least $9 billion", "up to $2.5 billion"
            if metric and _share_of(sentence, metric):
                # "spending ... about 10% of net sales", "SG&A as a percentage of home closings revenue ... mid-9%":
                # the figure is a share of the metric read, not its guidance
                metric, low, high = "", None, None
        else:  # no figure: an outlook's item that names its metric, or "Reaffirmed full-year guidance items."
            metric = guidance_metric(sentence, len(sentence))
            stated = [n for n in read_numbers(sentence) if not any(a <= n.span.start < b for a, b in zones)]
            if stated or not ((outlook and metric and lines.is_bullet(span)) or direction(sentence)):
                continue
        section_key = section.start if section else -1
        when = _guidance_period(text, sentence, span, section, last_period.get(section_key, ""), period)
        last_period[section_key] = when
        said_for = _FULL_YEAR_WORDS.sub("", when).lower().strip()  # "full year fiscal 2026" is "fiscal 2026"
        bound = low or high
        key = (low and low.value, bound.unit, high and high.value, said_for) if bound else (sentence,)
        figures = tuple(sorted(n.value for n in read_numbers(sentence) if n.kind is None))
        said = {metric or ""} if bound else {""}
        if seen.get(key, set()) & (said | {""}) or (not metric and key in seen) or (len(figures) > 2 and figures in seen):
            # the same guidance said twice ("approximately $165 million, $107 million, ..." in two paragraphs), once
            # perhaps without its metric named; the same range of two metrics named apart is two items
            continue
        seen.setdefault(key, set()).update(said)
        seen.setdefault(figures, set()).add("")
        quoted = strip_bullet(text, span)
        items.append(
            Guidance(
                metric=metric or _subject(sentence) or "outlook",
                period=when,
                low=low,
                high=high,
                text=" ".join(quoted.of(text).split()),
                citations=[_citation(document, quoted)],
            )
        )
    return items[:10]


def _restates(sentence: str, figures: list[Amount]) -> bool:
    """Whether a sentence states a key figure the note's table already gives ("Record
    quarterly revenue of $35.1 billion" beside revenue of 35,082 millions)."""
    for number in read_numbers(sentence):
        if number.kind is not None or number.unit not in (Unit.CURRENCY, Unit.PER_SHARE):
            continue
        half = Decimal(5).scaleb(-number.decimals - 1)
        unit = _UNITS[number.unit]
        if any(a.unit == unit and abs(abs(a.base_value) - abs(number.value)) <= half for a in figures):  # a loss as its words say it
            return True
    return False


def _words(sentence: str) -> set[str]:
    return set(re.findall(r"\w+", sentence.lower()))


class _Said(NamedTuple):
    """What a sentence of the update says, read once: its words and its figures (``_figures_of``)."""

    words: set[str]
    figures: list[tuple[Unit, Decimal, Decimal]]


def _said(sentence: str) -> _Said:
    return _Said(_words(sentence), _figures_of(sentence))


def _says_again(sentence: _Said, earlier: _Said) -> bool:
    """Whether a sentence restates an earlier one in other words: each of its figures is one the
    earlier states, to the rounding of either ("up 17%" and "increased by 17.2%"), and the two share
    words that name what the figures measure (two words of four letters or more: "sales volume"), so
    that a figure of another measure that happens to be equal ("revenue grew 13%" beside "operating
    income grew 13%") still counts as news."""
    if not sentence.figures or not all(any(_same_figure(f, other) for other in earlier.figures) for f in sentence.figures):
        return False
    shared = sentence.words & earlier.words
    return sum(len(word) >= 4 and not word.isdigit() for word in shared) >= 2


def _figures_of(sentence: str) -> list[tuple[Unit, Decimal, Decimal]]:
    """A sentence's amounts and rates by unit and the sizes their rounding allows: not its years,
    dates or bare counts, which may be names ("the ZenaDrone 1000")."""
    figures: list[tuple[Unit, Decimal, Decimal]] = []
    for number in read_numbers(sentence):
        if number.kind is None and number.unit is not Unit.COUNT:
            low, high = sorted(abs(end) for end in number.interval)
            figures.append((number.unit, low, high))
    return figures


def _same_figure(one: tuple[Unit, Decimal, Decimal], other: tuple[Unit, Decimal, Decimal]) -> bool:
    return one[0] == other[0] and one[1] < other[2] and other[1] < one[2]


# A sentence the page cut off: "... bandwidth for large-scale AI training and" (its end is on the next page)
_CUT_OFF = re.compile(r"\b(?:and|or|but|the|a|an|of|for|to|with|in|on|by|as|at|from|including|which|that)\s*$", re.I)
_QUOTED = re.compile(r"[\"“”].*\b(?:said|says|added|commented|stated|noted)\b|\b(?:said|says|added)\b.*[\"“”]")
_QUOTE_TAIL = re.compile(r"^[^“\"]*[”\"]$")  # the end of a quotation whose start is another sentence
_PRIOR_SUBJECT = re.compile(r"(?:the\s+)?(?:prior|previous|last|year-ago)[- ](?:year|quarter|period)\b", re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d{2}\b")


def _only_earlier(sentence: str, period: ReportingPeriod) -> bool:
    """Whether a sentence speaks only of years before the one reported ("Card services
    income in the first six months of 2024 included ..." in a 2025 release; "The prior year
    results included ...")."""
    if _PRIOR_SUBJECT.match(sentence):
        return True
    years = [int(year) for year in _YEAR_NUMBER.findall(sentence)]
    # the calendar year the period ended in; a fiscal year's name may run a year ahead of it
    reported = int(period.period_end[:4]) if period.period_end else (period.fiscal_year or 0) - 1
    return bool(years and reported > 0 and max(years) < reported)


def _of_an_earlier_period(index: FactIndex, sentence: Span) -> bool:
    """Whether the facts stage reads every level of a sentence as the earlier period's, an amount of money among them,
    though the sentence names no year of its own: Albemarle's "• Other income (expenses), net - $38.0 million loss ..."
    under "Other adjustments for the three months ended June 30, 2025 included amounts recorded in:" in its 2026
    release. (A stake or a share count dated earlier in the year, "a 10% noncontrolling interest", is news.)"""
    levels = [fact for fact in index.in_context(sentence) if not fact.change and fact.period.prior is not None]
    return (
        bool(levels) and all(fact.period.prior for fact in levels)
        and any(fact.figure.unit in (Unit.CURRENCY, Unit.PER_SHARE) for fact in levels)
    )


def _business_update(document: Document, index: FactIndex, sentences: list[Span], used: set[Span], found: Sequence[Section],
                     metrics: list[Metric], period: ReportingPeriod) -> list[Update]:  # fmt: skip
    """The few sentences that tell what happened: deals, products, approvals, capital
    returns, people, segment highlights. Not boilerplate, not a title or a table line, not
    an outlook (that is the guidance), and not the same sentence twice; a key figure the
    table already states, MD&A detail of why a line moved, a quotation's praise and the
    notes after the financial statements rank low. The topic is the heading of the
    sentence's section when it says something, else none."""
    text = document.text
    lines = _Lines(text)
    figures = [amount for m in metrics for amount in (m.value, m.comparison_value) if amount is not None]
    appendix = min((section.start for section in found if section.statement), default=len(text))
    lead = next((span.start for span in sentences if _is_prose(span.of(text))), 0)
    scored = []
    for span in sentences:
        section = _heading_before(found, span.start)
        if span in used or strip_bullet(text, span) in used or (section and (section.boilerplate or section.guidance)):
            continue
        topic, quoted = glued_heading(text, strip_bullet(text, span))
        sentence = quoted.of(text)
        if (not 40 <= len(sentence) <= 400 or is_boilerplate(sentence) or is_debris(sentence)
                or _CUT_OFF.search(sentence) or _guidance_verb(sentence) or _only_earlier(sentence, period)
                or _of_an_earlier_period(index, span)):  # fmt: skip
            continue
        score = 2 * bool(_ACTION.search(sentence)) + min(3, len(re.findall(r"\d", sentence)) // 2)
        score += 2 * bool(_DEVELOPMENT.search(sentence))
        score -= 3 * bool(_LEANS_ON_CONTEXT.match(sentence))
        score -= 3 * _restates(sentence, figures)
        score -= 2 * bool(_VARIANCE.search(sentence))
        score -= 2 * bool(_QUOTED.search(sentence) or _QUOTE_TAIL.search(sentence) or lines.in_quotation(quoted))
        score -= 3 * (span.start > appendix)
        score += 2 * lines.is_bullet(span) + text.startswith(("•", "*", "◦"), span.start)
        title_line = section is not None and section.start < lead  # a heading above the release's first sentence: its title
        label = topic or (section.label if section and not title_line else "")
        if _guidance_verb(label):
            continue  # a lead-in's list ("The company expects:"): the outlook, not a development
        if score >= 3:
            scored.append((score, quoted, "" if _SAYS_NOTHING.fullmatch(label) else label))
    chosen: list[tuple[int, Span, str]] = []
    said: list[_Said] = []  # what each chosen item says
    for item in sorted(scored, key=lambda item: -item[0]):
        if item[2] and sum(c[2] == item[2] for c in chosen) >= 2:
            continue  # a few developments, not one section's every line (four items of "Holding Company Liquidity")
        says = _said(item[1].of(text))
        if _overlaps(says.words, [earlier.words for earlier in said]):
            continue  # the same development said twice (in the highlights and again in the text)
        if any(_says_again(says, earlier) for earlier in said):
            continue  # in other words: "Grew sales volume 13% ... to 27.2 thousand MT", then "sales volume increased 13%"
        chosen.append(item)
        said.append(says)
        if len(chosen) == 6:
            break
    return [
        Update(topic=topic, text=" ".join(quoted.of(text).split()), citations=[_citation(document, quoted)])
        for _, quoted, topic in sorted(chosen, key=lambda item: item[1].start)
    ]


def _prose_metrics(index: FactIndex) -> set[str]:
    """The metrics of the facts outside table cells: each omitted metric asked whether one names it, a pass over every
    fact of the release each (a table of thousands of rows)."""
    return {metric for fact in index.facts if not fact.in_table for metric in fact.metrics}


def omissions(document: Document, index: FactIndex, summary: Summary) -> list[Omission]:
    """The key figures a summary leaves out, and why: the engine says nothing rather than guess."""
    stated = {metric.metric for metric in summary.metrics if metric.basis == "gaap"}
    reading = _read(document, index)
    left_out = []
    in_prose: set[str] | None = None  # the metrics of the facts of running text, read once when first asked
    for name in KEY_METRICS:
        if name in stated:
            continue
        carrying = list(reading.rows.flagged(reading.carrying(name, above=False)))
        if carrying and _statement_lacks(name, (row.facts[0].figure.table for row in carrying), reading):
            reason = "the statement of operations prints no such line; a segment or other table's is not the company's"
        elif carrying:
            reason = "a table row states it, but its period, scale or comparison could not be read surely"
        else:
            if in_prose is None:
                in_prose = _prose_metrics(index)
            if _ROWS[name][2] in in_prose:
                reason = "stated only in running text, without its period or comparison"
            else:
                reason = "not stated in the release"
        left_out.append(Omission(metric=name, reason=reason))
    return left_out


def table_metrics(document: Document, index: FactIndex) -> list[Metric]:
    """The metrics ``summarize_extractive`` reports, without the rest of its summary (what a
    model's metrics are cross-checked against: its guidance and updates are not needed)."""
    return [metric for _, _, metric in _metrics(_read(document, index))]


def _in_period(metric: Metric, period: ReportingPeriod) -> Metric:
    """A metric whose sentence does not name its period is of the period the release reports."""
    if metric.period != "the reporting period" or period.label == "the reporting period":
        return metric
    return metric.model_copy(update={"period": period.label})


def _supported(index: FactIndex, sentence: str, citations: Sequence[Citation]) -> bool:
    return verify_claim(index, sentence, [Span(c.start, c.end) for c in citations]).supported


def _confirmed_bounds(index: FactIndex, guidance: Guidance) -> Guidance:
    """The guidance item, its range left out where the verifier does not support the sentence its
    fields state (``summary.guidance_sentence``): the engine's reading of a forward-looking
    sentence's metric, period and range is then unsure, and the sentence quoted whole says it."""
    sentence = guidance_sentence(guidance)
    if sentence is None or _supported(index, sentence, guidance.citations):
        return guidance
    return replace(guidance, low=None, high=None)


def _confirmed_metric(index: FactIndex, metric: Metric) -> Metric | None:
    """The key figure as far as the verifier supports the sentence it states (``summary.metric_sentence``):
    whole; else without its change (one the engine computed that the figures do not bear out); else
    without its comparison too; else None, left out: the engine's reading of it is unsure."""
    if _supported(index, metric_sentence(metric), metric.citations):
        return metric
    lesser = []
    if metric.change is not None:
        lesser.append(replace(metric, change=None))
    if metric.comparison_value is not None:
        lesser.append(replace(metric, change=None, comparison_value=None, comparison_period=None))
    return next((m for m in lesser if _supported(index, metric_sentence(m), m.citations)), None)


def summarize_extractive(document: Document, index: FactIndex | None = None) -> Summary:
    """A summary of ``document`` from its own tables and sentences, with exact citations."""
    reading = _read(document, index or FactIndex(document))
    index = reading.index
    picks = _metrics(reading)
    company = _company(document)
    period = _period(document, picks, index)
    found = _sections(document)
    sentences = detach_headings(document.text, _prose_sentences(document), found)
    used = {pick.citation for _, pick, _ in picks}
    guidance = [_confirmed_bounds(index, g) for g in _guidance(document, sentences, found, period)]
    used |= {Span(g.citations[0].start, g.citations[0].end) for g in guidance}
    confirmed = [(name, pick, _confirmed_metric(index, _in_period(metric, period))) for name, pick, metric in picks]
    picks = [(name, pick, metric) for name, pick, metric in confirmed if metric is not None]
    metrics = [metric for _, _, metric in picks]
    return Summary(
        company=company,
        period=period,
        headline=_headline(company, period, picks, reading.currency),
        metrics=metrics,
        guidance=guidance,
        business_update=_business_update(document, index, sentences, used, found, metrics, period),
    )
