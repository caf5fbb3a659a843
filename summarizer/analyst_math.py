"""Values an analyst computes from a release's figures, computed when a claim asks for them.

The facts stage derives percent changes and differences of positive amounts side by side.
Analysts also write the change of a per-share amount ("EPS rose by $0.06"), the change of a
loss ("the net loss shrank 37.5%", "narrowed by $4.1 million": a loss measured by its size)
and the ends of a range given as a centre and a tolerance ("approximately $13 billion, plus
or minus $300 million": $12.7 billion to $13.3 billion). These are computed here for one
claim's metric only -- from a current and a comparison figure of that metric in one table row
or one sentence -- so that a value computed from figures of another metric cannot back it.
Every value is an interval over what the printed figures' rounding allows.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation

from .facts import Fact, FactIndex, share_of
from .types import Span
from .vocabulary import SHARE_OF, metric_matches, metrics_compatible

__all__ = ["Computed", "changes_of", "tolerance_ends", "names_row", "Share", "read_share", "shares_of", "names_line",
           "names_in_sentence"]

_HUNDRED = Decimal(100)
_PLUS_OR_MINUS = re.compile(r"\s*,?\s*(?:plus or minus|\+/-|±)\s*(?:approximately\s+|about\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Computed:
    """A value computed from two facts: ``formula`` and ``inputs`` say how, ``[low, high]`` bounds it."""

    formula: str
    inputs: tuple[Fact, Fact]
    value: Decimal
    low: Decimal
    high: Decimal


_GROUPS: weakref.WeakKeyDictionary[FactIndex, dict[str, dict[Span, list[Fact]]]] = weakref.WeakKeyDictionary()


def _groups(index: FactIndex) -> dict[str, dict[Span, list[Fact]]]:
    """Facts by metric, then by the table row or sentence they stand in (built once per index)."""
    groups = _GROUPS.get(index)
    if groups is None:
        groups = {}
        for fact in index.facts:
            if fact.change or fact.figure.nil:
                continue
            for metric in fact.metrics:
                groups.setdefault(metric, {}).setdefault(fact.figure.context, []).append(fact)
        _GROUPS[index] = groups
    return groups


_QUALIFIERS = frozenset(
    "total net less plus add basic diluted and of the for from per share shares attributable to in on gaap non-gaap "
    "adjusted reported common company consolidated group".split()
)
_WORD = re.compile(r"[a-z][a-z&'-]*")
# "attributable to Green Plains": the company itself, which a claim need not name (the
# noncontrolling interests' share is another figure, and keeps its words)
_OWNERS = re.compile(r"\battributable to (?!non-?controlling|minority)[^-–(,:]*")


def names_row(fact: Fact, words: str) -> bool:
    """True when a claim (``words``, lower-cased) names what ``fact``'s row names: the row
    label's words other than its metric phrase and plain qualifiers are all in the claim, so
    "Deposits grew" is not computed from "Noninterest-bearing demand deposits". A figure of
    running text, whose sentence names its metric next to it, is taken as read. A row whose
    label is only qualifiers ("Non-GAAP", "Diluted") under the heading that names its metric
    ("Net income per diluted common share:") names that metric and nothing else; one that
    names a segment ("Aerospace Systems" under "Segment operating income") names that
    segment's figure of the heading's metric, which the claim must name too."""
    if not fact.in_table:
        return True
    label = (fact.figure.row or "").lower()
    if not fact.named:
        qualifiers = _WORD.findall(label)
        return bool(qualifiers) and all(word in _QUALIFIERS or word.rstrip("s") in words for word in qualifiers)
    label = _OWNERS.sub(" ", label)
    for match, _ in metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    return all(word in _QUALIFIERS or word.rstrip("s") in words for word in _WORD.findall(label))


def _length(fact: Fact, main_length: str) -> str:
    """A figure's period length; one of running text that names none is the release's main period's."""
    return fact.period.length or ("" if fact.in_table else main_length)


# A row or sentence of more figures than this is no statement line a release compares periods
# in (hostile input: one row of thousands of columns); its pairs, every current figure with
# every comparison one, took 40 s for 2,048 columns.
_WIDEST_GROUP = 64


def _pairs(index: FactIndex, metric: str, family: str, length: str) -> Iterator[tuple[Fact, Fact]]:
    """(current, comparison) facts of ``metric`` and ``family`` in one row or sentence, of ``length``."""
    main = index.main_length
    for members in _groups(index).get(metric, {}).values():
        if len(members) > _WIDEST_GROUP:
            continue
        current = [f for f in members if f.family == family and f.period.prior is False]
        prior = [f for f in members if f.family == family and f.period.prior is True]
        for now in current:
            earlier = [then.period.end for then in prior if then.period.end and now.period.end and then.period.end < now.period.end]
            for then in prior:
                if _length(now, main) == _length(then, main) == length and now.basis == then.basis and (
                    _compared(now, then, max(earlier, default=None))
                ):
                    yield now, then


def _compared(now: Fact, then: Fact, latest_before: tuple[int, int, int] | None) -> bool:
    """True when ``then`` is a period a release compares ``now`` with: the same period a year
    earlier, the period just before, or the last fiscal year end (dates unknown: taken)."""
    if now.period.end is None or then.period.end is None:
        return True
    year, month, _ = now.period.end
    return then.period.end == latest_before or then.period.end[:2] in ((year - 1, month), (year - 1, 12))


def changes_of(index: FactIndex, metric: str, family: str, length: str, kind: str) -> list[Computed]:
    """Changes of ``metric`` as analysts compute them: the ``difference`` or the ``percent``
    change of a current and a comparison figure of ``family``; losses compared by their size,
    so that a loss that shrinks falls."""
    found = []
    for now, then in _pairs(index, metric, family, length):
        if (now.value < 0) != (then.value < 0) and now.value and then.value:
            continue  # from a loss to a profit: no percent change, and a difference the facts stage computes
        loss = now.value < 0 or then.value < 0
        a_low, a_high = (-now.high, -now.low) if loss else (now.low, now.high)
        b_low, b_high = (-then.high, -then.low) if loss else (then.low, then.high)
        a, b = abs(now.value), abs(then.value)
        if kind == "percent":
            if b_low <= 0:
                continue
            try:
                corners = [(x / y - 1) * _HUNDRED for x in (a_low, a_high) for y in (b_low, b_high)]
                point = (a / b - 1) * _HUNDRED
            except (DivisionByZero, InvalidOperation):
                continue
            found.append(Computed("percent change", (now, then), point, min(corners), max(corners)))
        else:
            found.append(Computed("difference", (now, then), a - b, a_low - b_high, a_high - b_low))
    return found


def tolerance_ends(index: FactIndex, family: str) -> list[Computed]:
    """The ends of a range said as a centre and a tolerance: "approximately $13 billion, plus
    or minus $300 million" gives $12.7 billion and $13.3 billion; "$78.0 billion, plus or minus
    2%" gives $76.44 billion and $79.56 billion."""
    text = index.document.text
    found = []
    by_sentence: dict[Span, list[Fact]] = {}
    for fact in index.facts:
        if fact.figure.table is None and fact.family in (family, "percent"):
            by_sentence.setdefault(fact.figure.context, []).append(fact)
    for members in by_sentence.values():
        members.sort(key=lambda fact: fact.figure.span.start)
        for centre, tolerance in zip(members, members[1:]):
            if centre.family != family or tolerance.family not in (family, "percent"):
                continue
            if not _PLUS_OR_MINUS.fullmatch(text, centre.figure.span.end, tolerance.figure.span.start):
                continue
            if tolerance.family == "percent" and family != "percent":  # a share of the centre
                ends = [(sign, [c * (1 + sign * t / _HUNDRED) for c in (centre.low, centre.high)
                                for t in (tolerance.low, tolerance.high)]) for sign in (-1, 1)]  # fmt: skip
                points = {sign: centre.value * (1 + sign * tolerance.value / _HUNDRED) for sign in (-1, 1)}
            else:
                ends = [(sign, [c + sign * t for c in (centre.low, centre.high) for t in (tolerance.low, tolerance.high)])
                        for sign in (-1, 1)]  # fmt: skip
                points = {sign: centre.value + sign * tolerance.value for sign in (-1, 1)}
            for sign, corners in ends:
                name = "centre minus tolerance" if sign < 0 else "centre plus tolerance"
                found.append(Computed(name, (centre, tolerance), points[sign], min(corners), max(corners)))
    return found


@dataclass(frozen=True)
class Share:
    """A claim's percentage read as a part's share of a whole ("Data Center made up 91% of
    fourth-quarter revenue"): the metric the words after "of" name (``whole_metric``) and where
    they stand (``whole``, offsets in the claim); the part is what the claim says before the
    percentage (``part_words``, lower-cased, and the metrics it names)."""

    whole_metric: str
    whole: Span
    part_words: str
    part_metrics: frozenset[str]
    part_metric: str | None = None  # the metric named nearest before the percentage


_PART_WORDS = 200  # characters before a share's percentage that may name its part
# Where a share's whole ends and the part's own level begins: "made up 49% of third-quarter
# revenue at $1.97 billion", "44% of total, up 36% to $398 million".
_PART_LEVEL = re.compile(r"\s+(?:at|to|with|while|up|down|rising|falling|after)\s")
# A share stated before this one, in the same sentence: its whole is not this share's part.
_SHARE_BEFORE = re.compile(r"\d\s*%\s+of\s+[^,;%]*?(?:\band\b|,)\s*$")
# A whole named as the total of the part's own metric: "the quarter's total", "of total".
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)


def read_share(text: str, start: int, end: int) -> Share | None:
    """The share a percentage at ``text[start:end]`` states, or None when the words after it name
    no whole's metric ("91% of revenue" names one; "91% of the time" does not)."""
    match = SHARE_OF.match(text, end)
    if match is None:
        return None
    whole_start, whole_end = match.span("whole")
    level = _PART_LEVEL.search(text, whole_start, whole_end)  # "49% of revenue at $1.97 billion": the part's level
    whole_end = level.start() if level else whole_end
    part = text[max(0, start - _PART_WORDS) : start]  # the claim's sentence: not a line of thousands of numbers
    # "24% of revenues and 34% of Adjusted EBITDA": the second share's part is the first's, not its whole
    own = _SHARE_BEFORE.sub(" ", part)
    named_before = [metric for _, metric in metric_matches(own) if metric]
    whole_metric = next((metric for _, metric in metric_matches(text, whole_start, whole_end) if metric), None)
    if whole_metric is None and named_before and _TOTAL.search(text, whole_start, whole_end):
        # "or 88% of the quarter's total", "44% of total": the total of the part's own metric
        whole_metric = "revenue" if named_before[-1] == "segment_revenue" else named_before[-1]
    if whole_metric is None:
        return None
    return Share(whole_metric, Span(whole_start, whole_end), part.lower(), frozenset(named_before),
                 named_before[-1] if named_before else None)  # fmt: skip


def _level(fact: Fact) -> bool:
    return not fact.change and not fact.figure.nil and fact.value > 0


def _same_period(part: Fact, whole: Fact, main_length: str) -> bool:
    """True when two facts are of one period: one column of one table, or the same length,
    the same side (current or comparison) and, where both are dated, the same end."""
    if part.in_table and whole.in_table and (part.figure.table, part.figure.column) == (whole.figure.table, whole.figure.column):
        return True
    if _length(part, main_length) != _length(whole, main_length):
        return False
    if bool(part.period.prior) != bool(whole.period.prior):
        return False
    return not (part.period.end and whole.period.end) or part.period.end == whole.period.end


def shares_of(index: FactIndex, whole_metric: str, low: Decimal, high: Decimal) -> Iterator[Computed]:
    """(part, whole) shares whose value, from the figures as printed, lies in ``[low, high)``:
    the whole a fact of ``whole_metric`` (its total, or revenue), the part a level of the same
    period and family that is ``low``..``high`` percent of it. The parts are looked up by value
    (``FactIndex.matches``), so a claim costs a few look-ups per whole, not every pair of the
    release; whether the claim names them is the caller's to judge."""
    groups = _groups(index)
    main = index.main_length
    for metric, by_context in groups.items():
        if not metrics_compatible(whole_metric, {metric}):
            continue
        for members in by_context.values():
            for whole in members:
                if not _level(whole) or whole.family not in ("currency", "count", "shares"):
                    continue
                for part in index.matches(whole.family, low * whole.low / _HUNDRED, high * whole.high / _HUNDRED):
                    if part is whole or not _level(part) or not _same_period(part, whole, main):
                        continue
                    share = share_of(part, whole)
                    if share is not None and low <= share.value < high:
                        yield Computed(share.formula, (part, whole), share.value, share.low, share.high)


def names_line(fact: Fact, words: str) -> bool:
    """True when ``words`` (lower-cased) name ``fact``'s table row as a line of a total: its
    label has words of its own beyond its metric phrase and plain qualifiers ("China",
    "Passenger", "Data Center" under a revenue heading), and every one of them is in ``words``."""
    if not fact.in_table:
        return False
    label = (fact.figure.row or "").lower()
    for match, _ in metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    own = [word for word in _WORD.findall(label) if word not in _QUALIFIERS]
    return bool(own) and all(re.search(rf"(?<![\w-]){re.escape(word.rstrip('s'))}", words) for word in own)


# Words of a claim's part that say what it does, not what it is: "Container vessels made up".
_SHARE_VERBS = frozenset(
    "made makes make making up accounted accounts account represented represents represent contributed contributes "
    "contribute comprised comprises generated generates was were is are equalled equaled equals came at or about "
    "approximately roughly nearly some its their with while a".split()
)


def names_in_sentence(text: str, part: Fact, whole: Fact, words: str) -> bool:
    """True when a part of running text is what a claim's ``words`` (lower-cased) name: its
    sentence names the whole's metric and, before the figure, every word the claim names
    the part by ("Container vessels made up 92% of 2024 operating revenues" and "Operating
    revenues of our container vessels segment decreased ... to $937.1 million")."""
    if part.in_table or not part.named or not part.metrics & whole.metrics:
        return False
    own = [word for word in _WORD.findall(words) if word not in _QUALIFIERS and word not in _SHARE_VERBS]
    sentence = text[part.figure.context.start : part.figure.span.start].lower()
    return bool(own) and all(re.search(rf"(?<![\w-]){re.escape(word.rstrip('s'))}", sentence) for word in own)
