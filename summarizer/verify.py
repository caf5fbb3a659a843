"""The deterministic verifier: every number of a claim checked against the source.

A claim's number is supported when a source figure of a compatible unit family has an
interval (value +- half its last digit, the XBRL rounding rule) that meets the claim's
interval, when the claim is no more precise than that figure, and when the words
around the claim's number (metric, period) fit the figure's row, column or sentence.
Failing a direct match, percent changes, differences and margins computed from two
source figures with interval arithmetic are tried. Statuses are values, never
exceptions:

    verified          a source figure backs the number (inside a cited span, if cited)
    derived           computed from two source figures (formula and inputs reported)
    misattributed     backed by the document, but not inside the claim's citations
    context_mismatch  the value is in the source, but for another metric or period
    unsupported       nothing in the source backs it
    not_financial     a date, a year, a form number ...: not checked
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import cached_property
from typing import Iterable, Sequence

from .claims import ClaimNumber, read_numbers
from .columns import column_periods, column_segments, period_end, reporting_year
from .context import basis_of, bases_compatible, read_sentence
from .figures import extract_figures
from .sentences import sentence_spans
from .types import Document, Figure, Row, Span, Table, Unit
from .vocabulary import BALANCE_METRICS, Period, metrics_compatible, metrics_in, period_in, primary_length

__all__ = [
    "Status",
    "Fact",
    "SourceRef",
    "NumberCheck",
    "ClaimCheck",
    "VerificationReport",
    "SourceIndex",
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


SUPPORTED = frozenset({Status.VERIFIED, Status.DERIVED, Status.NOT_FINANCIAL})
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)  # one per figure (or pair) of a release of up to 25 MiB
class Fact:
    """A source figure as the verifier reads it: its value signed as its words say (a loss
    is negative), its interval, unit family, metric, period, basis, and whether it is a
    change or a level. The extractive engine reads the same facts."""

    figure: Figure
    value: Decimal
    low: Decimal
    high: Decimal
    family: str
    metrics: frozenset[str]
    period: Period
    change: bool = False
    named: bool = True  # the metric is named by the figure's own row or sentence, not a section or column
    basis: str = ""
    order: tuple[int, int, int] | None = None  # when its column's period ends, for table cells
    segment: str = ""  # the business segment its column reports, "" for the company

    @property
    def in_table(self) -> bool:
        return self.figure.table is not None


@dataclass(frozen=True, slots=True)  # one per figure (or pair) of a release of up to 25 MiB
class _Derived:
    formula: str
    inputs: tuple[Fact, Fact]
    low: Decimal
    high: Decimal
    family: str
    metrics: frozenset[str]
    period: Period
    change: bool = True
    in_table: bool = False
    basis: str = ""

    @property
    def value(self) -> Decimal:
        return (self.low + self.high) / 2

    @property
    def segment(self) -> str:
        return next((fact.segment for fact in self.inputs if fact.segment), "")


@dataclass(frozen=True)
class SourceRef:
    """A source figure offered as support or as the nearest candidate."""

    span: Span
    text: str
    value: Decimal
    unit: Unit
    row: str | None = None
    column: str | None = None


@dataclass(frozen=True)
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


# ---------------------------------------------------------------------------- context


def _family(unit: Unit) -> str:
    if unit in (Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS):
        return "points"
    return unit.value


_CLAIM_FAMILIES = {
    "currency": ("currency", "per_share"),
    "per_share": ("per_share", "currency"),
    "count": ("count", "currency", "shares"),
    "shares": ("shares", "count"),
    "percent": ("percent",),
    "points": ("points",),
}


_CHANGE_COLUMN = re.compile(r"\bchange\b|\binc(?:rease)?\b|\bdec(?:rease)?\b|\bY/Y\b|\bQ/Q\b|\bvariance\b|\bgrowth\b", re.I)
_LOSS_ROW = re.compile(r"\bloss(?:es)?\b", re.IGNORECASE)
_NOT_LOSS_ROW = re.compile(r"\b(?:income|earnings|profit|gain|before)\b", re.IGNORECASE)


_QUALIFIER_ONLY = re.compile(r"^\s*(?:basic|diluted|basic and diluted|assuming dilution|total)\s*:?\s*$", re.IGNORECASE)


def _label_metrics(label: str, section: str, column: str) -> tuple[set[str], bool]:
    """The metric of a table cell: its row label's, else its section's, else its column's,
    and whether the row names it (its label, or a bare "Diluted" under "Earnings per share").

    A row of "Other ..." is its own line item, whatever else it names.
    """
    for words in (label, section, column):
        found = {metric for _, metric in metrics_in(words)}
        if found:
            return ({"other"} if "other" in found else found), words is label or bool(_QUALIFIER_ONLY.match(label))
    return set(), False


def _fact(figure: Figure, value: Decimal, metrics: frozenset[str], period: Period, change: bool) -> Fact:
    """A fact with its interval signed like its value, and basis points counted in points."""
    low, high = figure.interval
    if value != figure.value:
        low, high = -high, -low
    if figure.unit is Unit.BASIS_POINTS:
        value, low, high = value / _HUNDRED, low / _HUNDRED, high / _HUNDRED
    return Fact(figure, value, low, high, _family(figure.unit), metrics, period, change)


class _TableLookup:
    """What every cell of one table needs, computed once per table: per cell, hashing the
    table for the column caches and scanning its columns and rows is quadratic in its size."""

    def __init__(self, table: Table) -> None:
        self.periods = column_periods(table)
        self.segments = column_segments(table)
        self.columns: dict[str, int] = {}
        for position, column in enumerate(table.columns):
            self.columns.setdefault(column, position)
        self.rows = table.rows
        self.row_starts = [row.span.start for row in table.rows]  # rows are in order and do not overlap

    def row(self, span: Span) -> Row | None:
        position = bisect.bisect_right(self.row_starts, span.start) - 1
        return self.rows[position] if position >= 0 and self.rows[position].span.contains(span) else None


def _table_fact(document: Document, figure: Figure, lookups: dict[int, _TableLookup]) -> Fact:
    """A table cell read with its row (metric), column (period, change) and section."""
    lookup = lookups.get(figure.table) or lookups.setdefault(figure.table, _TableLookup(document.tables[figure.table]))
    periods = lookup.periods
    column = lookup.columns.get(figure.column, -1) if figure.column is not None else -1
    period = periods[column] if column >= 0 else Period()
    row = lookup.row(figure.span)
    label = figure.row or ""
    metrics, named = _label_metrics(label, row.section if row else "", figure.column or "")
    if figure.unit is Unit.PER_SHARE and "net_income" in metrics:
        metrics = (metrics - {"net_income"}) | {"eps"}
    value = figure.value
    if value > 0 and figure.unit is Unit.CURRENCY and _LOSS_ROW.search(label) and not _NOT_LOSS_ROW.search(label):
        value = -value
    change = bool(figure.column and _CHANGE_COLUMN.search(figure.column))
    basis = basis_of(f"{label} {row.section if row else ''} {figure.column or ''}")
    order = period_end(figure.column) if figure.column else None
    segment = lookup.segments[column] if column >= 0 else ""
    return replace(
        _fact(figure, value, frozenset(metrics), period, change), named=named, basis=basis, order=order, segment=segment
    )


_HEADING_LINE = re.compile(r"^[ \t]*([^\n.!?]{3,60}?):?[ \t]*$", re.MULTILINE)


def _paragraph_lengths(text: str) -> dict[int, str]:
    """The period length each sentence inherits when it names none: the last one named
    earlier in its paragraph, else its section heading's ("Six-month review")."""
    inherited: dict[int, str] = {}
    previous_end, current = 0, ""
    for sentence in sentence_spans(text):
        gap = text[previous_end : sentence.start]
        if "\n\n" in gap or previous_end == 0:
            headings = _HEADING_LINE.findall(text, max(0, sentence.start - 400), sentence.start)
            current = period_in(headings[-1]).length if headings else ""
        inherited[sentence.start] = current
        current = period_in(sentence.of(text)).length or current
        previous_end = sentence.end
    return inherited


def _by_sentence(text: str, figures: list[Figure]) -> list[tuple[Span, list[Figure]]]:
    """Figures of running text grouped by the sentence they stand in."""
    sentences = sentence_spans(text)
    starts = [s.start for s in sentences]
    groups: dict[int, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(bisect.bisect_right(starts, figure.span.start) - 1, []).append(figure)
    return [
        (sentences[index] if index >= 0 else Span(0, len(text)), members) for index, members in sorted(groups.items())
    ]


# ----------------------------------------------------------------------------- index


class SourceIndex:
    """The figures of one document, indexed for the verifier's look-ups."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.facts = self._facts(document)
        self._by_family: dict[str, tuple[list[Decimal], list[Fact], Decimal]] = {}
        for family in {fact.family for fact in self.facts}:
            members = sorted((f for f in self.facts if f.family == family), key=lambda f: f.value)
            widest = max((f.high - f.low) / 2 for f in members)
            self._by_family[family] = ([f.value for f in members], members, widest)

    @staticmethod
    def _facts(document: Document) -> list[Fact]:
        figures = extract_figures(document).financial
        current_year = reporting_year(document)
        lookups: dict[int, _TableLookup] = {}
        facts = [_table_fact(document, figure, lookups) for figure in figures if figure.table is not None]
        lengths = _paragraph_lengths(document.text)
        for sentence, members in _by_sentence(document.text, [f for f in figures if f.table is None]):
            numbers = [(f.span, f.value, f.unit) for f in members]
            readings = read_sentence(
                document.text, numbers, sentence.start, sentence.end, current_year, lengths.get(sentence.start, "")
            )
            for figure, reading in zip(members, readings):
                metrics = frozenset({reading.metric} if reading.metric else ())
                facts.append(replace(_fact(figure, reading.value, metrics, reading.period, reading.change), basis=reading.basis))
        return facts

    @cached_property
    def current_year(self) -> int | None:
        return reporting_year(self.document)

    @cached_property
    def primary_length(self) -> str:
        return primary_length(self.document.text)

    def matches(self, family: str, low: Decimal, high: Decimal) -> list[Fact]:
        """Facts of ``family`` whose interval meets ``[low, high]``."""
        if family not in self._by_family:
            return []
        values, members, widest = self._by_family[family]
        first = bisect.bisect_left(values, low - widest)
        last = bisect.bisect_right(values, high + widest)
        return [f for f in members[first:last] if f.low < high and low < f.high]

    def nearest(self, family: str, value: Decimal, count: int = 3) -> list[Fact]:
        if family not in self._by_family:
            return []
        values, members, _ = self._by_family[family]
        position = bisect.bisect_left(values, value)
        window = members[max(0, position - count) : position + count]
        return sorted(window, key=lambda f: abs(f.value - value))[:count]

    @cached_property
    def derived(self) -> dict[str, tuple[list[Decimal], list[_Derived], Decimal]]:
        """Percent changes, differences and margins computed from pairs of source figures.

        A row or sentence that states its change itself ("6%") is taken at its word: no
        change is computed from its rounded figures."""
        derived: list[_Derived] = []
        stated = {(f.figure.context, f.family) for f in self.facts if f.change}
        for current, prior in self._comparison_pairs():
            derived.extend(d for d in _changes(current, prior) if (current.figure.context, d.family) not in stated)
        for part, whole in self._margin_pairs():
            margin = _ratio(part, whole)
            if margin:
                derived.append(margin)
        index = {}
        for family in {d.family for d in derived}:
            members = sorted((d for d in derived if d.family == family), key=lambda d: d.low)
            widest = max(d.high - d.low for d in members)
            index[family] = ([d.low for d in members], members, widest)
        return index

    def derived_matches(self, family: str, low: Decimal, high: Decimal) -> list[_Derived]:
        if family not in self.derived:
            return []
        lows, members, widest = self.derived[family]
        first = bisect.bisect_left(lows, low - widest)
        last = bisect.bisect_right(lows, high)
        return [d for d in members[first:last] if d.low < high and low < d.high]

    def _comparison_pairs(self) -> Iterable[tuple[Fact, Fact]]:
        """(current, prior) pairs: the cells of a table row, and figures of one sentence."""
        by_row: dict[tuple[int, int], list[Fact]] = {}
        by_sentence: dict[int, list[Fact]] = {}
        sentences = sentence_spans(self.document.text)
        starts = [s.start for s in sentences]
        for fact in self.facts:
            figure = fact.figure
            if figure.nil:
                continue
            if figure.table is not None:
                by_row.setdefault((figure.table, figure.context.start), []).append(fact)
            else:
                by_sentence.setdefault(bisect.bisect_right(starts, figure.span.start), []).append(fact)
        for facts in by_row.values():
            yield from _row_pairs(facts)
        for facts in by_sentence.values():
            for i, first in enumerate(facts):
                for second in facts[i + 1 : i + 4]:
                    if first.family == second.family and second.period.prior and not first.period.prior:
                        yield first, second

    def _margin_pairs(self) -> Iterable[tuple[Fact, Fact]]:
        """(part, revenue) pairs from one column of one table, for margins and shares of revenue."""
        columns: dict[tuple[int, str | None], list[Fact]] = {}
        for fact in self.facts:
            if fact.figure.table is not None and fact.family == "currency" and not fact.figure.nil:
                columns.setdefault((fact.figure.table, fact.figure.column), []).append(fact)
        for facts in columns.values():
            revenues = [f for f in facts if "revenue" in f.metrics]
            for whole in revenues[:2]:
                for part in facts:
                    if part is not whole:
                        yield part, whole


def _comparable(current: tuple[int, int, int] | None, prior: tuple[int, int, int] | None,
                earlier: list[tuple[int, int, int]]) -> bool:
    """True when a prior column is one a release compares with: the period just before,
    the same period a year earlier, or the last fiscal year end. Columns whose dates are
    unknown compare; columns of the same date (segments side by side) do not."""
    if current is None or prior is None:
        return True
    year, month, _ = current
    return prior == max(earlier) or prior[:2] == (year - 1, month) or prior[:2] == (year - 1, 12)


# A cell is paired with the cells at most this far to its right: real rows have at most 16
# cells, and a row of thousands would otherwise make millions of pairs.
_PAIR_WINDOW = 32


def _row_pairs(facts: list[Fact]) -> Iterable[tuple[Fact, Fact]]:
    """(current, prior) pairs of one table row, by the columns' periods; where the periods
    cannot order two cells (neither is the comparison period's), left before right."""
    orders = sorted({f.order for f in facts if f.order})
    for i, first in enumerate(facts):
        for second in (f for f in facts[i + 1 : i + 1 + _PAIR_WINDOW] if f.family == first.family):
            if first.period.length and second.period.length and first.period.length != second.period.length:
                continue
            if first.period.prior is False and second.period.prior:
                current, prior = first, second
            elif first.period.prior and second.period.prior is False:
                current, prior = second, first
            elif not (first.period.prior or second.period.prior) and (first.order is None or first.order != second.order):
                current, prior = first, second
            else:
                continue
            before = bisect.bisect_left(orders, current.order) if current.order else 0
            if not before or _comparable(current.order, prior.order, orders[before - 1 : before]):
                yield current, prior


def _changes(current: Fact, prior: Fact) -> list[_Derived]:
    """Percent change (or points, for percentages) and difference of two facts."""
    results = []
    metrics = (current.metrics if current.named else frozenset()) | (prior.metrics if prior.named else frozenset())
    if current.basis != prior.basis:
        return results
    if current.family == "percent":
        low, high = current.low - prior.high, current.high - prior.low
        results.append(_Derived("difference in points", (current, prior), low, high, "points", metrics, current.period,
                                True, current.in_table))
        return results
    if prior.low > 0:
        try:
            corners = [(a / b - 1) * _HUNDRED for a in (current.low, current.high) for b in (prior.low, prior.high)]
        except (DivisionByZero, InvalidOperation):
            corners = []
        if corners:
            results.append(_Derived("percent change", (current, prior), min(corners), max(corners), "percent", metrics,
                                    current.period, True, current.in_table))
    if current.family in ("currency", "shares", "count"):
        low, high = current.low - prior.high, current.high - prior.low
        results.append(_Derived("difference", (current, prior), low, high, current.family, metrics, current.period,
                                True, current.in_table))
    return results


def _ratio(part: Fact, whole: Fact) -> _Derived | None:
    if whole.low <= 0 or part.high <= 0:
        return None
    corners = [a / b * _HUNDRED for a in (part.low, part.high) for b in (whole.low, whole.high)]
    metrics = part.metrics if part.named else frozenset()
    return _Derived("ratio to revenue", (part, whole), min(corners), max(corners), "percent", metrics, part.period,
                    False, True)


# ------------------------------------------------------------------------------ checks


def _precise_enough(claim: ClaimNumber, fact: Fact) -> bool:
    """A claim may not be more precise than its source, unless its extra digits are zeros."""
    if claim.decimals <= fact.figure.decimals:
        return True
    scaled = claim.value.scaleb(fact.figure.decimals)
    return scaled == scaled.to_integral_value()


def _ref(fact: Fact) -> SourceRef:
    figure = fact.figure
    return SourceRef(figure.span, figure.text, fact.value, figure.unit, figure.row, figure.column)


@dataclass(frozen=True)
class _ClaimContext:
    metric: str | None
    period: Period
    change: bool = False
    counted: bool = False  # a count of things ("16.24 million iPhones"), never an amount of money
    basis: str = ""
    words: str = ""  # the claim, lower-cased: a segment's figure backs only a claim that names it


def _fits(context: _ClaimContext, source: Fact | _Derived, *, strict_metric: bool = False) -> bool:
    """True when a source figure (or derived value) is about what the claim's number is about:
    the same metric, period length, current-or-prior period, and change-or-level."""
    if context.metric and not metrics_compatible(
        context.metric, set(source.metrics), unknown_fits=not (strict_metric or source.in_table)
    ):
        return False
    if context.change != source.change or not bases_compatible(context.basis, source.basis):
        return False
    if source.segment and source.segment.lower() not in context.words:
        return False
    period = source.period
    if context.period.length and period.length and context.period.length != period.length:
        return False
    return context.period.prior is None or period.prior is None or period.prior == context.period.prior


def _cited(span: Span, citations: Sequence[Span] | None) -> bool:
    return citations is None or any(c.start <= span.start and span.end <= c.end for c in citations)


@dataclass(frozen=True)
class _Candidates:
    """Source figures and derived values whose value meets a claim's number, and those of
    them whose context fits too."""

    direct: list[Fact]
    fitting: list[Fact]
    derived: list[_Derived]
    fitting_derived: list[_Derived]

    def anchors(self) -> set[Span]:
        """The sentences and table rows the fitting figures stand in."""
        return {f.figure.context for f in self.fitting} | {
            f.figure.context for d in self.fitting_derived for f in d.inputs
        }

    def within(self, anchors: set[Span]) -> _Candidates:
        """Only the fitting figures that stand in one of ``anchors``."""
        return replace(
            self,
            fitting=[f for f in self.fitting if f.figure.context in anchors],
            fitting_derived=[d for d in self.fitting_derived if any(f.figure.context in anchors for f in d.inputs)],
        )


def _candidates(index: SourceIndex, claim: ClaimNumber, context: _ClaimContext) -> _Candidates:
    family = _family(claim.unit)
    low, high = claim.interval
    if claim.unit is Unit.BASIS_POINTS:
        low, high = low / _HUNDRED, high / _HUNDRED
    families = ("count", "shares") if claim.unit is Unit.COUNT and context.counted else _CLAIM_FAMILIES[family]
    direct = [
        fact
        for source_family in families
        for fact in index.matches(source_family, low, high)
        if _precise_enough(claim, fact) and not (claim.unit is Unit.PER_SHARE and fact.figure.exponent > 0)
    ]
    direct.sort(key=lambda fact: (context.metric not in fact.metrics, abs(fact.value - claim.value)))
    derived = [
        d for d in index.derived_matches(family, low, high)
        if (context.change or d.formula == "ratio to revenue") and d.high - d.low <= high - low
    ]
    fitting_derived = [d for d in derived if _fits(context, d, strict_metric=True)]
    fitting_derived.sort(key=lambda d: (any(f.figure.table is None for f in d.inputs), d.high - d.low))
    return _Candidates(direct, [f for f in direct if _fits(context, f)], derived, fitting_derived)


def _decide(
    index: SourceIndex,
    claim: ClaimNumber,
    context: _ClaimContext,
    found: _Candidates,
    citations: Sequence[Span] | None,
    reason: str = "",
) -> NumberCheck:
    """The status of one number of a claim, with the figures that support it or come nearest."""
    base = dict(span=claim.span, text=claim.text, value=claim.value, unit=claim.unit)
    cited = [fact for fact in found.fitting if _cited(fact.figure.span, citations)]
    if cited:
        return NumberCheck(**base, status=Status.VERIFIED, supports=tuple(_ref(f) for f in cited[:3]))
    cited_derived = [d for d in found.fitting_derived if all(_cited(f.figure.span, citations) for f in d.inputs)]
    if cited_derived or (found.fitting_derived and not found.fitting):
        chosen = (cited_derived or found.fitting_derived)[0]
        current, prior = chosen.inputs
        formula = f"{chosen.formula}: {current.figure.text} vs {prior.figure.text} = {_round(chosen.value)}"
        status = Status.DERIVED if cited_derived else Status.MISATTRIBUTED
        return NumberCheck(**base, status=status, supports=tuple(_ref(f) for f in chosen.inputs), formula=formula)
    if found.fitting:
        return NumberCheck(**base, status=Status.MISATTRIBUTED, candidates=tuple(_ref(f) for f in found.fitting[:3]),
                           reason="found in the document, outside the cited spans")  # fmt: skip
    if found.direct or found.derived:
        near = [_ref(f) for f in found.direct[:3]] or [_ref(f) for d in found.derived[:1] for f in d.inputs]
        return NumberCheck(**base, status=Status.CONTEXT_MISMATCH, candidates=tuple(near),
                           reason=reason or _mismatch_reason(found.direct[0] if found.direct else None))  # fmt: skip
    family = _CLAIM_FAMILIES[_family(claim.unit)][0]
    near = [_ref(f) for f in index.nearest(family, claim.value)]
    return NumberCheck(**base, status=Status.UNSUPPORTED, candidates=tuple(near), reason="no source figure matches")


def _round(value: Decimal) -> str:
    return f"{value:.1f}"


def _mismatch_reason(fact: Fact | None) -> str:
    if fact is None:
        return "a computed value matches, for another metric or period"
    where = f"row {fact.figure.row!r}, column {fact.figure.column!r}" if fact.figure.table is not None else "its sentence"
    return f"the value is in the source ({where}), for another metric or period"


_COUNTED_NOUN = re.compile(
    r"\s+(?!(?:of|in|for|to|from|and|or|at|on|per|a|an|the|was|were|is|are|compared|versus|vs|year|quarter)\b)[A-Za-z]",
    re.IGNORECASE,
)


def _claim_contexts(
    text: str, numbers: list[ClaimNumber], current_year: int | None, primary: str = ""
) -> list[_ClaimContext]:
    """Each number of a claim read with its words, as a sentence of the release would be.
    A flow (revenue, earnings) whose claim names no period length is the release's main
    period's (``primary``); balances at a date (deposits, cash) have no length."""
    financial = [n for n in numbers if n.kind is None]
    readings = iter(read_sentence(text, [(n.span, n.value, n.unit) for n in financial], 0, len(text), current_year))
    contexts = []
    words = text.lower()  # once: per number, a claim of thousands of numbers is quadratic
    for number in numbers:
        if number.kind is not None:
            contexts.append(_ClaimContext(None, Period()))
        else:
            reading = next(readings)
            period = reading.period
            if not period.length and reading.metric not in BALANCE_METRICS:
                period = Period(primary, period.prior)
            counted = number.unit is Unit.COUNT and _COUNTED_NOUN.match(text, number.span.end) is not None
            contexts.append(_ClaimContext(reading.metric, period, reading.change, counted, reading.basis, words))
    return contexts


def _consistent(numbers: list[ClaimNumber], contexts: list[_ClaimContext], found: list[_Candidates | None]) -> list[str]:
    """Keep a claim's change with the level it accompanies, in place.

    In "revenue totaled $215.9 billion, up 41%", the 41% must come from the sentence or
    table row that backs the $215.9 billion, not from a segment's paragraph. Returns, per
    number, why its candidates were dropped ("" when they were not)."""
    reasons = [""] * len(numbers)
    for index, (context, candidates) in enumerate(zip(contexts, found)):
        if candidates is None or not context.change or not (candidates.fitting or candidates.fitting_derived):
            continue
        anchors: set[Span] = set()
        for other, other_found in zip(contexts, found):
            if other_found is not None and not other.change and other.metric == context.metric:
                anchors |= other_found.anchors()
        if anchors:
            kept = candidates.within(anchors)
            if not (kept.fitting or kept.fitting_derived):
                reasons[index] = "the change is reported for another figure than the one it accompanies"
            found[index] = kept
    return reasons


def verify_claim(index: SourceIndex, text: str, citations: Sequence[Span] | None = None) -> ClaimCheck:
    numbers = read_numbers(text)
    contexts = _claim_contexts(text, numbers, index.current_year, index.primary_length)
    found = [None if n.kind else _candidates(index, n, c) for n, c in zip(numbers, contexts)]
    reasons = _consistent(numbers, contexts, found)
    checks = []
    for number, context, candidates, reason in zip(numbers, contexts, found, reasons):
        if candidates is None:
            checks.append(NumberCheck(number.span, number.text, number.value, number.unit, Status.NOT_FINANCIAL,
                                      reason=number.kind.value))  # fmt: skip
        else:
            checks.append(_decide(index, number, context, candidates, citations, reason))
    return ClaimCheck(text, tuple(checks))


def verify_claims(claims: Sequence[str], document: Document, index: SourceIndex | None = None) -> VerificationReport:
    """Each claim (one sentence or line) checked on its own, in order."""
    index = index or SourceIndex(document)
    return VerificationReport(document.sha256, tuple(verify_claim(index, claim) for claim in claims))


def verify_text(text: str, document: Document, index: SourceIndex | None = None) -> VerificationReport:
    """A free text (a briefing note by a person or another tool), checked sentence by sentence."""
    return verify_claims([span.of(text) for span in sentence_spans(text)], document, index)
