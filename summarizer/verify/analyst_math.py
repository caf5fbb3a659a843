"""Values an analyst computes from a release's figures, computed when a claim asks for them.

The facts stage derives percent changes and differences of positive amounts side by side.
Analysts also write the change of a per-share amount ("EPS rose by $0.06"), the change of a
loss ("the net loss shrank 37.5%", "narrowed by $4.1 million": a loss measured by its size)
and the ends of a range given as a centre and a tolerance ("approximately $13 billion, plus
or minus $300 million": $12.7 billion to $13.3 billion). These are computed here for one
claim's metric only -- from a current and a comparison figure of that metric in one table row
or one sentence -- so that a value computed from figures of another metric cannot back it.
So are values of other shapes, each asked for only by a claim whose words say the operation:
a part of a year left once another part is taken out of a longer period ("that leaves
first-half revenue of about RMB390 million"), shares of a whole, margins, net debt, a
book-to-bill, and the arithmetic a claim does on its own amounts ("less", "leaves", "half").
Every value is an interval over what the printed figures' rounding allows.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import math
import re
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation

from ..facts import Fact, FactIndex, share_of
from ..facts.grouping import FactGroups, HeldGroups
from ..facts.grouping import members as _members
from ..text.context import forward_at
from ..text.keywords import ends_on_a_match, may_hold_each
from ..text.numbers import CURRENCY_CODES, MULTIPLE_SIGNS
from ..text.vocabulary import (
    DIFFERENCE_BEFORE,
    DIFFERENCE_WORDS,
    FROM_BEFORE,
    FROM_WORDS,
    HEDGED,
    IMPLIED_BEFORE,
    IMPLIED_WORDS,
    LESS_BETWEEN,
    MIDPOINT,
    MIDPOINT_WORDS,
    MONTH_WORD,
    NET_DEBT,
    NET_DEBT_WORDS,
    PREVIOUS_OUTLOOK,
    SHARE_OF,
    TOGETHER_FIRST,
    TOLERANCE_BEFORE,
    TOLERANCE_REACH,
    TOTAL_AFTER,
    TOTAL_AFTER_WORDS,
    TOTAL_BEFORE,
    TOTAL_BEFORE_WORDS,
    loss_context,
    metric_matches,
    metrics_compatible,
    metrics_in,
)
from ..types import Span

__all__ = ["Computed", "naming_words", "changes_of", "tolerance_ends", "names_row", "Share", "read_share", "shares_of", "names_line",
           "names_in_sentence", "Stated", "ClaimSum", "claim_arithmetic", "segment_margins",
           "net_debts", "prior_levels", "same_comparison", "listed_sums", "outside_of", "cash_and_securities",
           "CASH_AND_SECURITIES", "CASH_AND_SHORT_TERM", "NAMED_ROWS_SUM", "says_each", "column_currency", "NAMED_DIFFERENCE", "named_differences", "words_apart", "debt_with_current_portion", "DEBT_WITH_CURRENT_PORTION", "range_midpoints", "RANGE_MIDPOINT", "midpoint_moves", "MIDPOINT_MOVE", "named_row_sums", "BREAKDOWN_SUM", "BREAKDOWN_REST", "AGAINST", "agrees_with_way", "BOOK_TO_BILL", "LOSS_SHARE", "book_to_bills", "named_shares", "period_rests", "claimed_piece", "pieces_named", "REST_SAID", "company_margins", "tax_rates", "TAX_RATE",
           "outlook_rests", "OUTLOOK_REST", "OUTLOOK_REST_END", "OUTLOOK_TOTAL", "OUTLOOK_LATER", "PIECE_SAID_AFTER", "earlier_ratios", "REST_WORDS", "per_claim",
           "first_piece_named", "named_row_rests", "PERIOD_REST", "rest_end", "end_months", "months_in",
           "annual_payments", "says_a_year_of", "A_YEAR_OF_PAYMENTS"]

_HUNDRED = Decimal(100)
# "+/-$0.15" is read as the figure "-$0.15" after "+/": its size is the tolerance
_PLUS_OR_MINUS = re.compile(r"\s*,?\s*(?:plus or minus|\+/-?|±)\s*" + HEDGED, re.IGNORECASE)


@dataclass(frozen=True)
class Computed:
    """A value computed from two facts (or more, for a sum): ``formula`` and ``inputs`` say how, ``[low, high]`` bounds it."""

    formula: str
    inputs: tuple[Fact, ...]
    value: Decimal
    low: Decimal
    high: Decimal


_GROUPS: weakref.WeakKeyDictionary[FactIndex, dict[str, HeldGroups]] = weakref.WeakKeyDictionary()


def _groups(index: FactIndex) -> dict[str, HeldGroups]:
    """Facts by metric, then by the table row or sentence they stand in (built once per index), in
    the index's order: each row's or sentence's a tuple, or the fact itself when it is the only one
    (``_members``); the row or sentence is its facts' context. Kept per index as ``HeldGroups`` (one list of
    the facts and where each group ends), without their keys: a dict's entry and a tuple for each sentence of
    running text held ~90 bytes, a tuple kept for each table row ~64, a row of two cells now ~22."""
    groups = _GROUPS.get(index)
    if groups is None:
        by_metric: dict[str, FactGroups] = {}
        for fact in index.facts:
            if fact.change or fact.figure.nil:
                continue
            for metric in fact.metrics:
                of_metric = by_metric.get(metric)
                if of_metric is None:
                    of_metric = by_metric[metric] = FactGroups()
                of_metric.add(fact.figure.context, fact)
        groups = _GROUPS[index] = {metric: of_metric.groups() for metric, of_metric in by_metric.items()}
    return groups


_QUALIFIERS = frozenset(
    "total net less plus add basic diluted and or of the for from per share shares attributable to in on gaap non-gaap "
    "adjusted reported common company consolidated group".split()
)
_WORD = re.compile(r"[a-z][a-z&'-]*")
# "attributable to Green Plains": the company itself, which a claim need not name (the
# noncontrolling interests' share is another figure, and keeps its words)
_OWNERS = re.compile(r"\battributable to (?!non-?controlling|minority)[^-–(,:]*")
# what a row's amount is stated after, which names nothing else: "SALES, Net of returns and allowances", "Total
# revenue, net of interest expense"
_NET_OF = re.compile(r",?\s*\bnet of\b.*")
# the other sign a row's amount may take, which names nothing else: "Adjusted earnings / (loss)", "Operating income (loss)"
_SIGN_ALTERNATIVE = re.compile(r"\s*/?\s*\((?:loss|losses|deficit)\)")


def names_row(fact: Fact, words: str) -> bool:
    """True when a claim (``words``, lower-cased) names what ``fact``'s row names: the row
    label's words other than its metric phrase and plain qualifiers are all in the claim, so
    "Deposits grew" is not computed from "Noninterest-bearing demand deposits". A figure of
    running text, whose sentence names its metric next to it, is taken as read. A row whose
    label is only qualifiers ("Non-GAAP", "Diluted") under the heading that names its metric
    ("Net income per diluted common share:") names that metric and nothing else; one that
    names a segment ("Aerospace Systems" under "Segment operating income") names that
    segment's figure of the heading's metric, which the claim must name too. The label's words read once per label
    (``_label_words``), and whether a claim says them once per claim (``per_claim``): each word looked for in the
    whole claim, for every amount of a line of thousands and every row it may be computed from, was quadratic."""
    if not fact.in_table:
        return True
    decided, label_words = _label_words(fact.figure.row or "", fact.named)
    if decided is not None:
        return decided
    return per_claim(words, (_says_every_word, label_words), functools.partial(_says_every_word, label_words))


@functools.lru_cache(maxsize=4096)
def _label_words(row: str, named: bool) -> tuple[bool | None, tuple[str, ...]]:
    """What ``names_row`` asks of a row label: its answer where the label decides it alone, else None and the words
    that the claim must say (each a qualifier or in the claim)."""
    label = row.lower()
    if not named:
        # a row of no label at all under the heading that names its metric is that heading's total (GeoVax's unlabeled
        # 8,643 under "Operating expenses:", below its research and development and its general and administrative)
        qualifiers = _WORD.findall(label)
        if not label.strip():
            return True, ()
        return (None, tuple(qualifiers)) if qualifiers else (False, ())
    label = _SIGN_ALTERNATIVE.sub(" ", _NET_OF.sub(" ", _OWNERS.sub(" ", label)))
    for match, _ in metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    return None, tuple(_WORD.findall(label))


def _says_every_word(label_words: tuple[str, ...], words: str) -> bool:
    if all(word in _QUALIFIERS or word.rstrip("s") in words for word in label_words):
        return True
    first = _first_conjunct(label_words)
    return bool(first) and all(word.rstrip("s") in words for word in first)


def _first_conjunct(label_words: Sequence[str]) -> tuple[str, ...]:
    """The own words of a compound label before its first "and", where they are two or more: ("brokerage",
    "commission") of Futu's "Brokerage commission and handling charge income", the part an analyst names the row by
    ("Brokerage commissions made up about 47% of total revenues"); () for a label of one part, or of a one-word first
    part ("Research and development" is not "research")."""
    if "and" not in label_words:
        return ()
    first = tuple(word for word in label_words[: list(label_words).index("and")] if word not in _QUALIFIERS)
    return first if len(first) >= _LEAST_CONJUNCT_WORDS else ()


_LEAST_CONJUNCT_WORDS = 2


# The answers kept for the last two claim texts (a claim's words in lower case and as written), newest first
_CLAIM_ANSWERS: tuple[tuple[str | None, dict[object, bool]], ...] = ((None, {}), (None, {}))


def per_claim(words: str, key: object, read: Callable[[str], bool]) -> bool:
    """``read(words)``, asked once per claim and ``key`` (what ``read`` asks, its function first where it takes an
    argument: one key of every question asked of the same claim text, whoever asks it): the answers for the last two claim
    texts kept by the object (``is``, not ``==``), as ``claim_signs`` keeps its signs, and swapped whole for another
    claim's. A claim of thousands of amounts asks such a question of its whole text for each amount."""
    global _CLAIM_ANSWERS
    kept = _CLAIM_ANSWERS
    answers = kept[0][1] if kept[0][0] is words else kept[1][1] if kept[1][0] is words else None
    if answers is None:
        answers = {}
        _CLAIM_ANSWERS = kept = ((words, answers), kept[0])
    answer = answers.get(key)
    if answer is None:
        answer = answers[key] = read(words)
    return answer


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
    for group in _groups(index).get(metric, ()):
        members = _members(group)
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
    return (
        then.period.end == latest_before
        or then.period.end[:2] in ((year - 1, month), (year - 1, 12))
        or _a_year_before(now.period.end, then.period.end)
    )


_A_YEAR_OF_WEEKS = range(358, 373)  # days from a date back to the same week of a fiscal year of 52 or 53 weeks before


def _a_year_before(now: tuple[int, int, int], then: tuple[int, int, int]) -> bool:
    """Whether ``then`` ends the same week of the year before ``now``, as retail calendars of 52 or 53 weeks date their
    quarters: Buckle's November 2, 2024 and October 28, 2023."""
    try:
        return (datetime.date(*now) - datetime.date(*then)).days in _A_YEAR_OF_WEEKS
    except ValueError:  # a date read without its day
        return False


_CHANGES: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str, str, str], tuple[Computed, ...]]] = weakref.WeakKeyDictionary()


def changes_of(index: FactIndex, metric: str, family: str, length: str, kind: str) -> tuple[Computed, ...]:
    """Changes of ``metric`` as analysts compute them: the ``difference`` or the ``percent``
    change of a current and a comparison figure of ``family``; losses compared by their size,
    so that a loss that shrinks falls. Made once per index and question: every change a claim states of a
    metric asks the same (a line of thousands of "revenue up 5.2%" made them again for each)."""
    known = _CHANGES.get(index)
    if known is None:
        known = _CHANGES[index] = {}
    key = (metric, family, length, kind)
    found = known.get(key)
    if found is None:
        found = known[key] = tuple(_changes_of(index, metric, family, length, kind))
    return found


def _changes_of(index: FactIndex, metric: str, family: str, length: str, kind: str) -> list[Computed]:
    """``changes_of``, made."""
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
            size, sizes = abs(tolerance.value), sorted((abs(tolerance.low), abs(tolerance.high)))
            if tolerance.family == "percent" and family != "percent":  # a share of the centre
                ends = [(sign, [c * (1 + sign * t / _HUNDRED) for c in (centre.low, centre.high)
                                for t in sizes]) for sign in (-1, 1)]  # fmt: skip
                points = {sign: centre.value * (1 + sign * size / _HUNDRED) for sign in (-1, 1)}
            else:
                ends = [(sign, [c + sign * t for c in (centre.low, centre.high) for t in sizes])
                        for sign in (-1, 1)]  # fmt: skip
                points = {sign: centre.value + sign * size for sign in (-1, 1)}
            for sign, corners in ends:
                name = "centre minus tolerance" if sign < 0 else "centre plus tolerance"
                found.append(Computed(name, (centre, tolerance), points[sign], min(corners), max(corners)))
    return found


# The metrics of a line of revenue: a segment's, and the sales of a channel ("Online accounted for roughly 16% of
# third-quarter net sales": Buckle's "Online sales increased 1.1 percent to $46.6 million")
_LINES_OF_REVENUE = frozenset({"segment_revenue", "online_sales"})


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
    # where an amount the claim states as the part's own level may stand after the whole: "made up about 96% of Q2
    # revenue, at $3.21bn" (-1: nowhere)
    part_level_at: int = -1
    # the metrics a line of the whole may be read under when the part names none of its own: a segment's revenue is a
    # line of revenue ("Imaging was about 45% of Q4 revenue": the "Imaging revenues" row, which names its line)
    line_metrics: frozenset[str] = frozenset()

    def lines_of(self, part: Fact, whole: Fact) -> frozenset[str]:
        """``line_metrics`` for ``part`` of ``whole``: a line is less than its whole ("Product revenues, net" of the
        same 3,333.9 as "Total revenues" is the whole again, under another name)."""
        return self.line_metrics if part.high <= whole.low else frozenset()


_PART_WORDS = 200  # characters before a share's percentage that may name its part
# Where a share's whole ends and the part's own level begins: "made up 49% of third-quarter
# revenue at $1.97 billion", "44% of total, up 36% to $398 million".
_PART_LEVEL = re.compile(r"\s+(?:at|to|with|while|up|down|rising|falling|after)\s")
# The part's own level said right after its whole: "96% of Q2 revenue, at $3.21bn", "45% of Q4 revenue at $2,393m".
# A hedge between a claim's words and its amount: "at about $3.21bn", "(about 54%)", "or roughly US$6.44"
_PART_LEVEL_AFTER = re.compile(rf"\s*,?\s*at\s+{HEDGED}", re.IGNORECASE)
# A share stated before this one, in the same sentence: its whole is not this share's part.
_SHARE_BEFORE = re.compile(r"\d\s*%\s+of\s+[^,;%]*?(?:\b(?:and|but|while|whereas)\b|,)\s*$")  # "24% of revenue but 34% of EBITDA"
# A whole named as the total of the part's own metric: "the quarter's total", "of total".
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)
# "total" with no noun of its own after it, the total of the part's metric ("44% of total", "88% of the quarter's
# total in Q4"); not "of total transaction volume", a whole of its own
_TOTAL_OF_THE_PART = re.compile(
    r"\btotal\b(?!\s+(?!(?:in|for|of|at|during|from|on|and|as|with|by|to|vs|versus|than|over)\b)[a-z]+\b)", re.IGNORECASE
)


# A share said first as a fraction of its whole, then as a percentage in parentheses or after a comma: "Experiences
# supplied more than half of Q3 segment operating income (about 54%)", "... of total segment operating income in the
# quarter, at about 54%", "a bit more than half of Linklogis's 2023 revenue and income, about 55%" (read back from the
# percentage, over the fraction's clause).
_FRACTION_OF_BEFORE = re.compile(
    r"\b(?:(?:more|less) than |nearly |almost |about |roughly |just (?:over|under) |over |under )?"
    r"(?:half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters)\s+of\s+"
    # (its digits a period's, each read one way: a year, or a word of letters and digits, "Q4", "2Q25", "FY2026")
    r"(?P<whole>(?:[^,;:()%.\d]|\.(?=\d)|\b(?:19|20)\d\d\b|\b(?=\w*[a-z])\w*\d\w*\b){1,80}?)"
    rf"\s*(?:\(|(?P<comma>,)(?:\s*at\b)?)\s*{HEDGED}$",
    re.IGNORECASE,
)
_FRACTION_REACH = 120  # how far before a percentage in parentheses its fraction of a whole may start
# What ends a percentage said after a comma to restate a fraction: the end of its clause or of the claim
_RESTATED_FRACTION_ENDS = re.compile(r"\s*(?:[.;)]|$)")


# The clause after a note's last semicolon, where it names a thing of its own (a word other than a link or a hedge):
# "; intl " names the part of "intl 62% of revenue", "; ~" or "; or about " names none
_OWN_CLAUSE = re.compile(
    r";(?=[^;]*\b(?!(?:or|and|about|approximately|roughly|nearly|some|around|almost|up|down)\b)[a-z]{2,})[^;]*$", re.IGNORECASE
)


def read_share(text: str, start: int, end: int) -> Share | None:
    """The share a percentage at ``text[start:end]`` states, or None when the words after it name
    no whole's metric ("91% of revenue" names one; "91% of the time" does not). A percentage in parentheses
    after a fraction of a whole ("more than half of Q3 segment operating income (about 54%)"), or after a comma at
    the end of the clause ("more than half of total segment operating income in the quarter, about 54%."), states
    the fraction's share, its part named before the fraction."""
    match = SHARE_OF.match(text, end)
    part_end = start
    if match is not None:
        whole_start, whole_end = match.span("whole")
    else:
        fraction = _FRACTION_OF_BEFORE.search(text, max(0, start - _FRACTION_REACH), start)
        if fraction is None or (fraction.group("comma") and not _RESTATED_FRACTION_ENDS.match(text, end)):
            return None
        whole_start, whole_end = fraction.span("whole")
        part_end = fraction.start()
    level = _PART_LEVEL.search(text, whole_start, whole_end)  # "49% of revenue at $1.97 billion": the part's level
    whole_end = level.start() if level else whole_end
    sentence = text[max(0, part_end - _PART_WORDS) : part_end]  # the claim's sentence: not a line of thousands of numbers
    own_clause = _OWN_CLAUSE.search(sentence)
    # "GM 38.5% vs 40.9%; intl 62% of revenue": the part is named after the semicolon
    part = sentence[own_clause.start() + 1 :] if own_clause is not None else sentence
    named_before = _metrics_before(part)
    whole_metric = next((metric for _, metric in metric_matches(text, whole_start, whole_end) if metric), None)
    totalled = named_before or (_metrics_before(sentence) if own_clause is not None else [])
    if whole_metric is None and totalled and _TOTAL_OF_THE_PART.search(text, whole_start, whole_end):
        # "or 88% of the quarter's total", "44% of total": the total of the part's own metric, named in the sentence
        # before its clause if not in it ("Production 2,248 MBOED ...; Lower 48 at 1,479 MBOED was about 66% of the total")
        named_before = totalled
        whole_metric = "revenue" if totalled[-1] == "segment_revenue" else totalled[-1]
    if whole_metric is None:
        return None
    part_metric = named_before[-1] if named_before else None
    if whole_metric in named_before and _TOTAL.search(text, whole_start, whole_end):
        # "operating income rose 20% to $3,017 million on 10% revenue growth to $9,968 million, about 54% of total
        # segment operating income": a share of a total is a part of the total's own metric, whatever was named last
        part_metric = whole_metric
    level_said = _PART_LEVEL_AFTER.match(text, whole_end) if match is not None else None
    lines = _LINES_OF_REVENUE if whole_metric == "revenue" and not named_before else frozenset()
    return Share(whole_metric, Span(whole_start, whole_end), part.lower(), frozenset(named_before),
                 part_metric, level_said.end() if level_said else -1, lines)  # fmt: skip


def _metrics_before(words: str) -> list[str]:
    """The metrics a share's words before it name, in order; the words of a share said before it passed over ("24% of
    revenues and 34% of Adjusted EBITDA": the second share's part is the first's, not its whole)."""
    return [metric for _, metric in metric_matches(_SHARE_BEFORE.sub(" ", words)) if metric]


# A currency named in a column's heading, a translation's: "2Q'26 (USD)", "For the Three Months Ended June 30, 2026 US$"
_COLUMN_CURRENCY = re.compile(
    r"(?<![\w$])(?:" + "|".join(re.escape(code) for code in sorted(CURRENCY_CODES, key=len, reverse=True) if len(code) > 1) + r")(?![\w$])"
)


def column_currency(fact: Fact) -> str:
    """The ISO code of the currency a table cell's column heading names (a column of translated amounts: Auna's "2Q'26
    (USD)" beside its soles), "" where it names none."""
    named = _COLUMN_CURRENCY.findall(fact.figure.column or "")
    return CURRENCY_CODES[named[-1]] if named else ""


def _level(fact: Fact) -> bool:
    return not fact.change and not fact.figure.nil and fact.value > 0


def _loss(fact: Fact) -> bool:
    return not fact.change and not fact.figure.nil and fact.value < 0


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


# A share whose part is a loss, by its size: backed only where the claim states the loss it means.
LOSS_SHARE = "share of total, a loss by its size"


def shares_of(index: FactIndex, whole_metric: str, low: Decimal, high: Decimal, losses: bool = False) -> Iterator[Computed]:
    """(part, whole) shares whose value, from the figures as printed, lies in ``[low, high)``:
    the whole a fact of ``whole_metric`` (its total, or revenue), the part a level of the same
    period and family that is ``low``..``high`` percent of it; with ``losses`` (the claim names its part a loss:
    "The gross loss narrowed to $1.7 million, or about 1% of revenue"), a loss too, by its size. The parts are looked up by value
    (``FactIndex.matches``), so a claim costs a few look-ups per whole, not every pair of the
    release; whether the claim names them is the caller's to judge."""
    groups = _groups(index)
    main = index.main_length
    for metric, by_context in groups.items():
        if not metrics_compatible(whole_metric, {metric}):
            continue
        for group in by_context:
            for whole in _members(group):
                if not _level(whole) or whole.family not in ("currency", "count", "shares"):
                    continue
                below, above = low * whole.low / _HUNDRED, high * whole.high / _HUNDRED
                parts = [(part, False) for part in index.matches(whole.family, below, above)]
                if losses:
                    parts += [(loss.negated(), True) for loss in index.matches(whole.family, -above, -below) if _loss(loss)]
                for part, lost in parts:
                    if part is whole or not _level(part) or not _same_period(part, whole, main):
                        continue
                    share = share_of(part, whole)
                    if share is not None and low <= share.value < high:
                        yield Computed(LOSS_SHARE if lost else share.formula, (part, whole), share.value, share.low, share.high)


# A share's whole named by words no vocabulary holds, up to where the claim goes on: "of Anchor Cloud volume in
# 2023", "of the company total, with ...".
# (the whole's amount may be said in its words: "of the quarter's HK$6.42 trillion trading volume")
_WHOLE_WORDS = re.compile(r"\s+of\s+(?P<whole>(?:[^,;.%\d]|\d|(?<=\d)[.,](?=\d)){3,60}?)(?=\s+(?:in|at|for|during|and|while|with|up|down)\b|[,;.]|\s*$)",
                          re.IGNORECASE)  # fmt: skip
# Words of a whole that say its period, its amount's scale or currency, not what it is: the period is checked apart
_NOT_NAMING_A_WHOLE = re.compile(
    r"(?:first|second|third|fourth|quarter|quarterly|half|year|annual|month|months|fiscal|full-year|thousan|millio|billio|"
    r"trilli|mln|bln|bn|hk|us|rmb|eur|nt|q[1-4]|[1-4]q|h[12]|fy)(?:-.*)?",
)
# How many places the rarest word of a share's part is looked for in the release: a claim costs a few sentences.
_MOST_PLACES = 32


def naming_words(words: str) -> list[str]:
    """The words of ``words`` (lower-cased) that name something: two letters or more ("FI Cloud"), no link, verb or hedge, each
    by its first six letters ("produc" for "produced" and "production"), a possessive's "'s" left off ("cloud's")."""
    words = _POSSESSIVE.sub("", words)
    return list(dict.fromkeys(w[:6] for w in _WORD.findall(words) if len(w) > 1 and w not in _NOT_NAMING))


_POSSESSIVE = re.compile(r"['’]s\b")


def _said_in(words: list[str], place: str) -> bool:
    return all(re.search(rf"(?<![\w-]){re.escape(word)}", place) for word in words)


def named_shares(
    index: FactIndex, text: str, start: int, end: int, interval: tuple[Decimal, Decimal], stated: list[tuple[Decimal, Decimal]]
) -> Iterator[Computed]:
    """Shares of a whole the claim names by words no vocabulary holds, the part by the claim's subject ("The
    multi-tier transfer cloud made up about 68% of Anchor Cloud volume in 2023": Linklogis's "The Multi-tier Transfer
    Cloud processed a total volume of supply chain assets amounting to RMB136.8 billion" of "the total volume of
    supply chain assets processed by Anchor Cloud reached RMB201.3 billion"). The percentage stands in
    ``text`` at ``start``..``end``; the part is a level of running text whose sentence names, before it, every
    naming word of the claim's subject (or, where the claim states the part's amount (``stated``: the intervals of the
    amounts it says before the percentage), a figure of that amount, in a table row too); the whole a level of the
    same family and period whose own sentence or row names every naming word of the whole (words compared by their
    first six letters: "produced" and "production"). The shares whose value from the figures as printed lies in
    the claim's ``interval``, its wholes looked up by value."""
    said = _WHOLE_WORDS.match(text, end)
    low, high = interval
    if said is None or low <= 0 or (stated and any(c.isdigit() for c in said.group("whole"))):
        return  # (a whole said with its amount and its part's amount stated: the claim's own arithmetic computes it)
    whole_words = [word for word in naming_words(said.group("whole").lower()) if not _NOT_NAMING_A_WHOLE.fullmatch(word)]
    clause = text[max(0, start - _PART_WORDS) : start]
    clause = clause[max(clause.rfind(";"), clause.rfind(". ")) + 1 :].lower()
    # the subject said before the part's amount ("Lower 48 produced 1,479 MBOED, 66% of the company total": not the
    # unit after it, which the release may print after its figure alone)
    first_number = _NUMBERS.search(clause)
    part_words = naming_words(clause[: first_number.start()] if first_number else clause) or naming_words(
        _NUMBERS.sub(" ", clause)
    )
    if not whole_words or not part_words:
        return
    document = index.document.text
    main = index.main_length
    if stated:
        parts = [f for low, high in stated for family in _SHARED_FAMILIES for f in index.matches(family, low, high)]
        parts = [f for f in parts if _level(f) and _said_in(part_words, _words_before(document, f))]
    else:
        rarest = max(part_words, key=len)
        places = itertools.islice(re.finditer(rf"(?<![\w-]){re.escape(rarest)}", document, re.IGNORECASE), _MOST_PLACES)
        sentences = {sentence for at in places if (sentence := _sentence_at(index, at.start())) is not None}
        parts = [f for sentence in sentences for f in index.in_context(sentence)
                 if _level(f) and f.family in _SHARED_FAMILIES and _said_in(part_words, _words_before(document, f))]  # fmt: skip
    for part in parts[:_WIDEST_GROUP]:
        for whole in index.matches(part.family, part.low * _HUNDRED / high, part.high * _HUNDRED / low):
            if whole is part or whole.value <= part.value or not _level(whole) or not _same_period(part, whole, main):
                continue
            if not _said_in(whole_words, _words_before(document, whole)):
                continue
            share = share_of(part, whole)
            if share is not None and low <= share.value < high:
                yield Computed("share of a named whole", (part, whole), share.value, share.low, share.high)


_SHARED_FAMILIES = ("currency", "count", "shares")
_NUMBERS = re.compile(r"\S*\d\S*")


def _words_before(document: str, fact: Fact) -> str:
    """What names a figure: its table row's label, or its sentence up to it (lower-cased)."""
    figure = fact.figure
    return (figure.row or "").lower() if fact.in_table else document[figure.context.start : figure.span.start].lower()


def _sentence_at(index: FactIndex, offset: int) -> Span | None:
    starts = _SENTENCE_STARTS.get(index)
    if starts is None:
        starts = _SENTENCE_STARTS[index] = [sentence.start for sentence in index.sentences]
    at = bisect.bisect_right(starts, offset) - 1
    sentence = index.sentences[at] if at >= 0 else None
    return sentence if sentence is not None and sentence.start <= offset < sentence.end else None


_SENTENCE_STARTS: weakref.WeakKeyDictionary[FactIndex, list[int]] = weakref.WeakKeyDictionary()


def says_each(words: str, said: Iterable[str]) -> bool:
    """True when ``words`` (lower-cased) say each word of ``said`` as a word of their own, whole or without a plural's
    "s" ("iphone" in "iphone and related products", not in "non-iphone")."""
    return all(re.search(rf"(?<![\w-]){re.escape(word.rstrip('s'))}", words) for word in said)


def names_line(fact: Fact, words: str) -> bool:
    """True when ``words`` (lower-cased) name ``fact``'s table row as a line of a total: its
    label has words of its own beyond its metric phrase and plain qualifiers ("China",
    "Passenger", "Data Center" under a revenue heading), and every one of them is in ``words``."""
    if not fact.in_table:
        return False
    label = (fact.figure.row or "").lower()
    for match, _ in metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    label_words = _WORD.findall(label)
    own = [word for word in label_words if word not in _QUALIFIERS]
    if not own:
        return False
    return any(
        says_each(words, said)
        for said in (own, _first_conjunct(label_words)) if said
    )


# Words of a claim's part that say what it does, not what it is: "Container vessels made up".
_SHARE_VERBS = frozenset(
    "made makes make making up accounted accounts account represented represents represent contributed contributes "
    "contribute comprised comprises generated generates was were is are equalled equaled equals came at or about "
    "approximately roughly nearly some its their with while a".split()
)


# Words that name neither a share's part nor its whole: links, verbs of a share, hedges, and the verbs of a change
# the claim says of the part on the way ("Anchor Cloud volume grew 36.5% to RMB201.3 billion, roughly 63% of total
# volume": the release's sentence says "reached").
_NOT_NAMING = _SHARE_VERBS | frozenset(
    "the and but for from into that this these those over than then also which who per cent percent share shares "
    "of in on at to by as an or is it its we us our be "
    "grew rose fell climbed jumped increased decreased declined dropped slipped gained reached totaled totalled "
    "surged soared expanded improved widened narrowed slid plunged tumbled shrank contracted advanced "
    "up down".split()
)


def names_in_sentence(text: str, part: Fact, whole: Fact, words: str, lines: frozenset[str] = frozenset()) -> bool:
    """True when a part of running text is what a claim's ``words`` (lower-cased) name: its
    sentence names the whole's metric, or a line of it (``lines``: "Online sales increased 1.1 percent to $46.6
    million" of net sales), and, before the figure or after it up to the next, every word the claim names the part by
    ("Container vessels made up 92% of 2024 operating revenues" and "Operating revenues of our container vessels
    segment decreased ... to $937.1 million")."""
    # a segment's revenue is a line of the company's: "Record quarterly Data Center revenue of $30.8 billion" of
    # NVIDIA's "revenue for the third quarter ... of $35.1 billion"
    a_segments = "segment_revenue" in part.metrics and "revenue" in whole.metrics and 0 < part.value < whole.value
    if part.in_table or not part.named or not (part.metrics & (whole.metrics | lines) or a_segments):
        return False
    own = [word for word in _WORD.findall(words) if word not in _QUALIFIERS and word not in _SHARE_VERBS]
    sentence = text[part.figure.context.start : part.figure.span.start].lower()
    if not own:
        return False
    # or its noun right after it, up to the next figure: "consisting of 23.9 thousand MT of non-LTA volume and 3.2
    # thousand MT of LTA volume" names the first part "non-LTA volume"
    after = _UP_TO_A_FIGURE.match(text, part.figure.span.end, min(part.figure.context.end, part.figure.span.end + _NOUN_AFTER_REACH))
    return says_each(sentence, own) or (after is not None and says_each(after.group().lower(), own))


_UP_TO_A_FIGURE = re.compile(r"[^\d$€£¥]*")
_NOUN_AFTER_REACH = 60


_REVENUE_ROWS: weakref.WeakKeyDictionary[FactIndex, dict[tuple[int, str | None, str], Fact]] = weakref.WeakKeyDictionary()


def _revenue_rows(index: FactIndex) -> dict[tuple[int, str | None, str], Fact]:
    """The table cells of revenue by table, column and row label (built once per index)."""
    rows = _REVENUE_ROWS.get(index)
    if rows is None:
        rows = {}
        for fact in index.facts:
            figure = fact.figure
            if figure.table is not None and figure.row and not fact.change and fact.metrics & {"revenue", "segment_revenue"}:
                rows.setdefault((figure.table, figure.column, figure.row.strip().lower()), fact)
        _REVENUE_ROWS[index] = rows
    return rows


def segment_margins(index: FactIndex, metric: str, words: str) -> list[Computed]:
    """The margin of a line a claim names (``words``, lower-cased): its ``metric`` (operating
    income, EBIT) over its own revenue, the rows of one table column labelled alike ("Experiences"
    under "Revenues:" and again under "Segment operating income:"), so that "Experiences operating
    margin of 30.3%" is 3,017 of 9,968 and never the Sports line's, nor another table's column."""
    revenues = _revenue_rows(index)
    found = []
    for group in _groups(index).get(metric, ()):
        for part in _members(group):
            figure = part.figure
            if figure.table is None or part.family != "currency" or part.value <= 0 or not figure.row:
                continue
            whole = revenues.get((figure.table, figure.column, figure.row.strip().lower()))
            if whole is None or whole is part or not names_line(part, words):
                continue
            ratio = share_of(part, whole)
            if ratio is not None:
                found.append(Computed("segment margin", (part, whole), ratio.value, ratio.low, ratio.high))
    return found


# The company's total revenue as a statement labels it: the whole of a company's margin.
_TOTAL_REVENUE_ROW = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)\W*$", re.IGNORECASE)
_COMPANY_RATES: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str], list[Computed]]] = weakref.WeakKeyDictionary()
# The line a company's rate is counted over, by the metric of that line: its total revenue or sales for a margin, its
# income before taxes for its tax rate, whatever its row's words ("Income before provision for income taxes").
_WHOLE_ROWS: dict[str, re.Pattern[str] | None] = {"revenue": _TOTAL_REVENUE_ROW, "pretax_income": None}


def company_margins(index: FactIndex, metric: str) -> list[Computed]:
    """A company's margin as analysts compute it when the release prints none: a line of ``metric``
    (operating income, on its basis) over the total revenue of the same period, wherever each is printed
    (Vertex: "Non-GAAP operating income" 1,423.3 of the reconciliation over "Total revenues" 3,333.9 of the
    income statement, 42.7%). Only table cells of no segment, each of a period read from its column (length,
    end date and side all the same), and the whole a row that says total revenue or sales and nothing else."""
    return _company_rates(index, metric, "revenue")


TAX_RATE = "income tax over income before taxes"
# Rows of taxes that are not the period's income tax line: a part of it, a payment, a balance.
_NO_TAX_LINE = re.compile(r"\b(?:deferred|current|paid|cash|payables?|receivables?|assets?|liabilit(?:y|ies))\b", re.IGNORECASE)


def tax_rates(index: FactIndex) -> list[Computed]:
    """A company's effective tax rate as analysts compute it: its income tax line over its income before taxes of the
    same period, as ``company_margins`` pairs them (McDonald's second quarter: "Provision for income taxes" 574 over
    "Income before provision for income taxes" 2,936, 19.6%)."""
    return _company_rates(index, "tax", "pretax_income")


def _company_rates(index: FactIndex, metric: str, over: str) -> list[Computed]:
    known = _COMPANY_RATES.setdefault(index, {})
    found = known.get((metric, over))
    if found is not None:
        return found
    whole_row = _WHOLE_ROWS[over]
    wholes: dict[tuple[str, tuple[int, int, int] | None, bool | None], list[Fact]] = {}
    for fact in index.facts:
        figure = fact.figure
        if (figure.table is None or fact.change or fact.segment or fact.family != "currency" or fact.value <= 0
                or not fact.period.length or not fact.period.end or fact.metrics != {over}):
            continue
        if whole_row is None or whole_row.match(_FOOTNOTE_MARKS.sub("", (figure.row or "").strip())):
            wholes.setdefault((fact.period.length, fact.period.end, fact.period.prior), []).append(fact)
    found = []
    for group in _groups(index).get(metric, ()):
        for part in _members(group):
            if part.figure.table is None or part.family != "currency" or part.value <= 0 or part.segment:
                continue
            if over == "pretax_income" and (part.metrics != {metric} or _NO_TAX_LINE.search(part.figure.row or "")):
                continue  # "Deferred income tax expense", "Cash paid for income taxes": not the period's tax line
            for whole in wholes.get((part.period.length, part.period.end, part.period.prior), [])[:2]:
                ratio = share_of(part, whole)
                if ratio is not None:
                    found.append(Computed("margin" if over == "revenue" else TAX_RATE, (part, whole), ratio.value, ratio.low, ratio.high))
    known[metric, over] = found
    return found


_PRIOR_LEVELS: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str], list[Computed]]] = weakref.WeakKeyDictionary()


def prior_levels(index: FactIndex, metric: str, family: str) -> list[Computed]:
    """Comparison levels a sentence states only as its level and a change of it: "Net interest income
    was $60.1 million for the second quarter of 2025, up $3.5 million or 6.1% compared to the first
    quarter" gives $56.6 million (level less change, the change's sign as read). The change must be
    of the level's metric and follow it in its sentence; the value is a comparison period's. Found
    once per index, metric and family: each comparison of a claim asked for them, a pass over every
    sentence of the metric (hundreds of thousands in a release of running text of 25 MiB)."""
    known = _PRIOR_LEVELS.get(index)
    if known is None:
        known = _PRIOR_LEVELS[index] = {}
    found = known.get((metric, family))
    if found is None:
        found = known[metric, family] = _prior_levels(index, metric, family)
    return found


def _prior_levels(index: FactIndex, metric: str, family: str) -> list[Computed]:
    found = []
    for group in _groups(index).get(metric, ()):
        members = _members(group)
        sentence = members[0].figure.context
        # the sentence's changes, from the index's one grouping of running text by sentence
        said = [fact for fact in index.in_context(sentence) if fact.change and not fact.figure.nil]
        if not said or len(members) + len(said) > _WIDEST_GROUP:
            continue
        for level in members:
            if level.in_table or level.family != family or level.period.prior is not False:
                continue
            for change in said:
                if change.family == family and metric in change.metrics and change.figure.span.start > level.figure.span.end:
                    low, high = level.low - change.high, level.high - change.low
                    found.append(Computed("level less its change", (level, change), level.value - change.value, low, high))
    return found


_QUARTER_NAMED = re.compile(r"\b(?:(first|second|third|fourth)[- ]quarter|q([1-4])|([1-4])q)\b(?:\s+(?:of\s+)?((?:19|20)\d{2}))?", re.I)
_YEAR_AGO = re.compile(r"\b(?:a year (?:earlier|ago|before)|prior[- ]year|year[- ]ago|year[- ]over[- ]year|y/y|yoy|last year|"
                       r"same (?:period|quarter))\b", re.I)  # fmt: skip
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _comparison(words: str) -> tuple[str, int | None, bool]:
    """The comparison period a phrase names: a quarter ("1"..."4", "" when none) and its year, or a year earlier."""
    quarter = _QUARTER_NAMED.search(words)
    if quarter is None:
        return "", None, _YEAR_AGO.search(words) is not None
    named = _ORDINALS.get((quarter.group(1) or "").lower()) or quarter.group(2) or quarter.group(3)
    return named, int(quarter.group(4)) if quarter.group(4) else None, _YEAR_AGO.search(words) is not None


def same_comparison(claim_words: str, source_words: str, current_year: int | None) -> bool:
    """False when a claim's comparison period ("from $56.6 million in the first quarter", "... a year
    earlier") is not the one a source's change is said against ("up $3.5 million ... compared to the
    first quarter of 2025", "up $9.2 million ... compared to the second quarter of 2024"); unknown on
    either side agrees."""
    claim_quarter, _, claim_year_ago = _comparison(claim_words)
    quarter, year, year_ago = _comparison(source_words)
    if claim_quarter and quarter and claim_quarter != quarter:
        return False
    if claim_quarter and year_ago and not quarter:
        return False
    if claim_year_ago and not year_ago and quarter:
        return year is not None and current_year is not None and year < current_year
    return True


_LISTED_SUMS: weakref.WeakKeyDictionary[FactIndex, list[Computed]] = weakref.WeakKeyDictionary()
_AND = re.compile(r"\band\b|,")


def listed_sums(index: FactIndex) -> list[Computed]:
    """Totals a sentence leaves to its reader: two amounts of money listed one after the other,
    joined by "and" ("in consideration for the issuance of 11,555,076 common shares at a fair value
    of $9,880,000 and 9,454,153 common shares at a fair value of $8,083,000"), both of the current
    period or both of the comparison's. Asked for only by a claim that says it states a total ("$17.96 million in total")."""
    found = _LISTED_SUMS.get(index)
    if found is not None:
        return found
    found = []
    text = index.document.text
    by_sentence: dict[tuple[Span, bool], list[Fact]] = {}
    for fact in index.facts:
        if not fact.in_table and fact.family == "currency" and not fact.change and not fact.figure.nil:
            # each side apart: "Performance fees of EUR 12.6m (9M 2024: EUR 18.2m) and transactions fees of EUR
            # 5.0m (9M 2024: EUR 8.9m)" lists 17.6 this year and 27.1 the year before
            by_sentence.setdefault((fact.figure.context, bool(fact.period.prior)), []).append(fact)
    for members in by_sentence.values():
        members.sort(key=lambda fact: fact.figure.span.start)
        for first, second in zip(members, members[1:]):
            if first.value > 0 and second.value > 0 and _AND.search(text, first.figure.span.end, second.figure.span.start):
                low, high = first.low + second.low, first.high + second.high
                found.append(Computed("sum", (first, second), first.value + second.value, low, high))
    _LISTED_SUMS[index] = found
    return found


NAMED_DIFFERENCE = "the first named less the second"


def named_differences(index: FactIndex, first: str, second: str) -> list[Computed]:
    """What is left of one measure once another is taken from it, as a claim names the two ("Operating cash flow
    less capital expenditures came to about $5.9 billion in the first half": Lowe's "Net cash provided by operating
    activities" 7,009 less its "Capital expenditures" (1,063), of the column "Six Months Ended July 31, 2026"): the
    level of ``first`` less the size of ``second`` (an outflow printed negative is taken by its size), one cell of
    each in one table column, or one figure of each in one sentence on one side; a column or sentence of more than
    one of either has none. Whether it is of the claim's period is the caller's to judge. Built once per index and
    pair of measures."""
    by_pair = _NAMED_DIFFERENCES.setdefault(index, {})
    found = by_pair.get((first, second))
    if found is None:
        found = by_pair[first, second] = _named_differences(index, first, second)
    return found


_NAMED_DIFFERENCES: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str], list[Computed]]] = weakref.WeakKeyDictionary()


def _named_differences(index: FactIndex, first: str, second: str) -> list[Computed]:
    places: dict[tuple[int | None, object, bool], tuple[list[Fact], list[Fact]]] = {}
    for fact in index.facts:
        if fact.change or fact.figure.nil or fact.family != "currency":
            continue
        which = 0 if first in fact.metrics else 1 if second in fact.metrics else None
        if which is None or fact.metrics & {first, second} == {first, second}:
            continue
        place = (fact.figure.table, fact.figure.column) if fact.in_table else (None, fact.figure.context)
        places.setdefault((*place, bool(fact.period.prior)), ([], []))[which].append(fact)
    found = []
    for minuends, subtrahends in places.values():
        if len(minuends) == 1 and len(subtrahends) == 1 and minuends[0].value > 0:
            level, taken = minuends[0], subtrahends[0]
            low, high = level.low - max(abs(taken.low), abs(taken.high)), level.high - min(abs(taken.low), abs(taken.high))
            found.append(Computed(NAMED_DIFFERENCE, (level, taken), level.value - abs(taken.value), low, high))
    return found


_REVENUE_METRICS = frozenset({"revenue", "segment_revenue"})


def outside_of(index: FactIndex, name: str) -> list[Computed]:
    """Revenue outside a part the release names, as analysts compute it: the total's figure less the part's,
    of one period ("Revenue ... to $1.935 billion" and "U.S. revenue ... to $1.573 billion": $362 million
    outside the U.S.). The part's figure stands where its row or its sentence names ``name`` (a pattern of
    ``segment_names.name_pattern``) right before its metric; the total's names it nowhere, and is of
    revenue alone. Both levels, of the same period length and side, in running text or in one table."""
    text = index.document.text
    named_before = re.compile(rf"(?<![\w-])(?:{name})(?![\w-])[^.;|\d]{{0,20}}$")
    parts, totals = [], []
    for fact in index.facts:
        if fact.change or fact.figure.nil or fact.value <= 0 or not fact.metrics & _REVENUE_METRICS:
            continue
        if fact.in_table:
            words = (fact.figure.row or "").lower()
            metric_at = next(metric_matches(words), None)
            before = words[: metric_at[0].start()] if metric_at else words
        else:
            before = text[fact.figure.context.start : fact.figure.span.start].lower()
            last = next(reversed(list(metric_matches(before))), None)
            before = before[: last[0].start()] if last else ""
        if named_before.search(before):
            parts.append(fact)
        elif fact.metrics == {"revenue"} and not re.search(rf"(?<![\w-])(?:{name})(?![\w-])", before):
            totals.append(fact)
    found = []
    for part in parts:
        for total in totals:
            same_place = part.figure.table == total.figure.table if part.in_table else not total.in_table
            same_period = part.period.length == total.period.length and part.period.prior == total.period.prior
            if same_place and same_period and total.value > part.value:
                low, high = total.low - part.high, total.high - part.low
                found.append(Computed("total less part", (total, part), total.value - part.value, low, high))
    return found


def _built_once_per_index(build: Callable[[FactIndex], list[Computed]]) -> Callable[[FactIndex], list[Computed]]:
    """``build``'s values for an index, built on the first claim that asks and kept while the index lives."""
    built: weakref.WeakKeyDictionary[FactIndex, list[Computed]] = weakref.WeakKeyDictionary()

    @functools.wraps(build)
    def once(index: FactIndex) -> list[Computed]:
        found = built.get(index)
        if found is None:
            found = built[index] = build(index)
        return found

    return once


# Between the two ends of a range a release prints: "$12.95 billion to $13.1 billion", "$1,840 - $1,860", "45-55".
# "$250-265 million", "$13.1 billion to $13.2 billion", "between EUR 1.70 billion and EUR 1.85 billion" ("and" only after
# "between": "$1.5 billion and $2.0 billion" alone are two amounts)
_RANGE_JOIN = re.compile(r"\s*(?P<joined>-|–|—|to|and)\s*[^\s\d]{0,4}")
# "between" right before a range's first end, a hedge or a currency allowed between: "between EUR 1.70 billion and"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|approximately\s+)?\S{0,4}$", re.IGNORECASE)
RANGE_MIDPOINT = "midpoint of the range"


def range_midpoints(index: FactIndex, family: str) -> list[Computed]:
    """The midpoints of the ranges of ``family`` a release prints, each two levels of one sign said one right after
    the other, the lower first: "raised its full year 2026 total revenue guidance to $13.1 billion to $13.2 billion
    from $12.95 billion to $13.1 billion previously" gives $13.15 billion and $13.025 billion. Asked for by a claim
    that says its amount is a midpoint ("the prior $13.025 billion midpoint")."""
    return [computed for computed in _all_range_midpoints(index) if computed.inputs[0].family == family]


@_built_once_per_index
def _all_range_midpoints(index: FactIndex) -> list[Computed]:
    text = index.document.text
    found = []
    facts = sorted((f for f in index.facts if not f.change), key=lambda f: f.figure.span.start)
    for low, high in itertools.pairwise(facts):
        if low.family != high.family or not 0 < low.value < high.value or low.figure.table != high.figure.table:
            continue
        join = _RANGE_JOIN.fullmatch(text, low.figure.span.end, high.figure.span.start)
        if join and (join.group("joined") != "and" or _BETWEEN_BEFORE.search(text, max(0, low.figure.span.start - 12), low.figure.span.start)):
            found.append(Computed(RANGE_MIDPOINT, (low, high), (low.value + high.value) / 2, (low.low + high.low) / 2,
                                  (low.high + high.high) / 2))
    return found


MIDPOINT_MOVE = "move of the range's midpoint"
# What joins an outlook's new range to the one it replaced: "to EUR 50.0 - 65.0m from EUR 40.0 - 60.0m", "to $13.1
# billion to $13.2 billion from $12.95 billion to $13.1 billion previously"
_FROM_THE_EARLIER_RANGE = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:(?:the|its|our)\s+)?(?:(?:previous|prior|earlier)\s+)?"
                                     r"(?:(?:guidance|outlook|range)\s+(?:of\s+)?)?[^\s\d]{0,4}$", re.IGNORECASE)


def midpoint_moves(index: FactIndex, family: str) -> list[Computed]:
    """How far an outlook range's midpoint moved, where the release says the new range and then "from" the range it
    replaced, of one family ("increases EBITDA guidance to EUR 50.0 - 65.0m from EUR 40.0 - 60.0m": the midpoint moved
    EUR 7.5m, from EUR 50.0m to EUR 57.5m): the new midpoint less the earlier one."""
    return [computed for computed in _all_midpoint_moves(index) if computed.inputs[0].family == family]


@_built_once_per_index
def _all_midpoint_moves(index: FactIndex) -> list[Computed]:
    text = index.document.text
    found = []
    for first, second in itertools.pairwise(_all_range_midpoints(index)):
        if first.inputs[1].family != second.inputs[0].family or first.inputs[1].figure.span.end > second.inputs[0].figure.span.start:
            continue
        if _FROM_THE_EARLIER_RANGE.match(text, first.inputs[1].figure.span.end, second.inputs[0].figure.span.start):
            new, earlier = first, second
        elif _beside_in_a_row(first, second) and {first.inputs[0].period.prior, second.inputs[0].period.prior} == {True, False}:
            # a table's outlook row, the earlier range and the new one in columns of their own: Lilly's "Revenue | $82
            # to $85 billion | $85 to $87 billion" under "Prior | Updated"
            new, earlier = (second, first) if first.inputs[0].period.prior else (first, second)
        else:
            continue
        found.append(Computed(MIDPOINT_MOVE, (*new.inputs, *earlier.inputs), new.value - earlier.value,
                              new.low - earlier.high, new.high - earlier.low))
    return found


def _beside_in_a_row(first: Computed, second: Computed) -> bool:
    """True when two ranges' figures are cells of one table row, of one column each."""
    cells = (*first.inputs, *second.inputs)
    return (
        cells[0].figure.table is not None and len({(f.figure.table, f.figure.row) for f in cells}) == 1
        and first.inputs[0].figure.column == first.inputs[1].figure.column
        and second.inputs[0].figure.column == second.inputs[1].figure.column
    )


def guided_thing(words: str, start: int) -> list[str]:
    """The naming words of what a claim says an outlook is of, said right before "guidance", "outlook" or "range" in the
    claim's ``words`` (lower-cased) before ``start``: "closin" of "The midpoint of Taylor Morrison's 2025 closings
    guidance, 13,750 homes", "volume" of "The Q3 volume guidance midpoint of $5.0 billion". Names, years and periods
    said before it are not the thing ("Morrison's", "2025", "Q3"); [] where no such word is said."""
    said = list(_GUIDED.finditer(words, max(0, start - _GUIDED_REACH), start))
    if not said:
        return []
    thing = [word for word in said[-1].group("thing").split() if not _NOT_A_THING.search(word)]
    return naming_words(" ".join(thing))


_GUIDED = re.compile(r"(?P<thing>(?:[\w&'’.-]+\s+){0,2}[\w&'’-]+)\s+(?:guidance|guide|outlook|forecast|range|target)\b")
_GUIDED_REACH = 90
# words of the phrase before "guidance" that name no measure: a possessive name, a year, a quarter or a fiscal label
_NOT_A_THING = re.compile(r"['’]s?$|\d|^(?:fiscal|fy|the|its|their|full|year|new|raised|prior|previous|updated|current)$")


def range_named(index: FactIndex, low_end: Fact, thing: list[str]) -> bool:
    """True when the words that name a range's lower end (its row label, or its sentence up to it) say every naming
    word of ``thing`` (``guided_thing``): Taylor Morrison's "Home closings are expected to be between 13,500 to 14,000"
    for "closings guidance"."""
    return bool(thing) and _said_in(thing, _words_before(index.document.text, low_end))


def _column_pairs(index: FactIndex, side: Callable[[Fact, str], int | None]) -> Iterator[tuple[list[Fact], list[Fact]]]:
    """For each table column, its cells that ``side`` puts first (0) and second (1), asked with each table
    cell's row label (footnote marks dropped); a column with neither is left out."""
    columns: dict[tuple[int | None, str | None], tuple[list[Fact], list[Fact]]] = {}
    for fact in index.facts:
        if not fact.in_table:
            continue
        which = side(fact, _label(fact))
        if which is not None:
            columns.setdefault((fact.figure.table, fact.figure.column), ([], []))[which].append(fact)
    yield from columns.values()


NAMED_ROWS_SUM = "sum of the rows named"
# What a claim takes together, named one after the other right before the words that say so: "Mounjaro and Zepbound
# together brought in $14.87 billion", "Imaging, Ultrasound and PCS combined" (the words up to "together").
_TAKEN_TOGETHER = re.compile(r"\b(?:together|combined)\b[^.;:\d]{0,40}$", re.IGNORECASE)
_ITEMS_REACH = 80  # how far before "together" the things taken together may be named
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[;:(.]\s|^")
_MOST_ITEMS = 6
# the generic noun the last of the things taken together may end on, of them all: "packaging and testing operations"
_GENERIC_TAIL = re.compile(r"\s+(?:operations|businesses|segments|units|divisions)$")


def _own_words(label: str) -> frozenset[str]:
    """The words of a row label, or of a thing a claim names, other than its metric phrase and plain qualifiers:
    "Zepbound (1)" is {"zepbound"}, "Sales of Mounjaro" {"mounjaro"}."""
    label = label.lower()
    for match, _ in metric_matches(label):
        label = label[: match.start()] + " " * (match.end() - match.start()) + label[match.end() :]
    return frozenset(word for word in _WORD.findall(label) if word not in _QUALIFIERS)


# Per index: the table cells of levels by their row label's words (``_cells_by_label``), and the words that tell each
# table row's label from its table's other rows (``words_apart``)
_ROW_WORDS: weakref.WeakKeyDictionary[
    FactIndex, tuple[dict[frozenset[str], list[Fact]], dict[tuple[int | None, str], frozenset[str]]]
] = weakref.WeakKeyDictionary()


def _row_words(index: FactIndex) -> tuple[dict[frozenset[str], list[Fact]], dict[tuple[int | None, str], frozenset[str]]]:
    """The table cells of levels (positive amounts) by their row label's own words (``_own_words``), and by the words
    that tell the label from its table's other rows where it shares some with them: Apple's "iPhone and Related
    Products and Services (4)" beside "iPad and Related Products and Services (5)" is "iPhone" too, as analysts name
    it; and those telling words by table and label. Built once per index."""
    built = _ROW_WORDS.get(index)
    if built is None:
        cells: dict[frozenset[str], list[Fact]] = {}
        apart: dict[tuple[int | None, str], frozenset[str]] = {}
        labels: dict[str, frozenset[str]] = {}  # each label read once: a table's rows hold many cells
        by_table: dict[int | None, list[Fact]] = {}
        for fact in index.facts:
            row = fact.figure.row
            if fact.in_table and row and _level(fact) and fact.family in _SHARED_FAMILIES:
                own = labels.get(row)
                if own is None:
                    own = labels[row] = _own_words(row)
                if own:
                    cells.setdefault(own, []).append(fact)
                    by_table.setdefault(fact.figure.table, []).append(fact)
        for table, facts in by_table.items():
            rows_with = Counter(word for own in {labels[fact.figure.row or ""] for fact in facts} for word in own)
            for fact in facts:
                own = labels[fact.figure.row or ""]
                distinct = frozenset(word for word in own if rows_with[word] == 1)
                if distinct and distinct != own:
                    cells.setdefault(distinct, []).append(fact)
                    apart[table, fact.figure.row or ""] = distinct
        built = _ROW_WORDS[index] = (cells, apart)
    return built


def _cells_by_label(index: FactIndex) -> dict[frozenset[str], list[Fact]]:
    return _row_words(index)[0]


def words_apart(index: FactIndex, fact: Fact) -> frozenset[str]:
    """The words that tell a table cell's row label from the other rows of its table, where it shares some of its own
    words with them (``_row_words``): {"iphone"} of Apple's "iPhone and Related Products and Services (5)(9)"; empty
    where the label shares none, or the cell is no level of running text's or a table's."""
    return _row_words(index)[1].get((fact.figure.table, fact.figure.row or ""), frozenset())


def named_row_sums(index: FactIndex, words: str, start: int) -> list[Computed]:
    """The sum of the table rows a claim names and takes together right before its amount at ``start`` (``words``,
    lower-cased): "Mounjaro and Zepbound together brought in $14.87 billion in the quarter" is Lilly's "Mounjaro"
    9,943 plus "Zepbound (1)" 4,928 of the column "Second-Quarter 2026". Each thing named is a row whose label says
    it and nothing more but its metric and plain qualifiers; the cells one of each row, in one table column; the
    things the last two or more of the list before "together" (the words before them may open the clause: "In Q2,
    Mounjaro and Zepbound together"). Whether the column is of the claim's period is the caller's to judge."""
    cells = _cells_by_label(index)
    items = _items_taken_together(words, start, cells)
    found = []
    for first in range(len(items) - 1):
        labels = [_own_words(item) for item in items[first:]]
        if len(set(labels)) != len(labels) or not all(label in cells for label in labels):
            continue
        columns: dict[tuple[int | None, str | None], list[list[Fact]]] = {}
        for k, label in enumerate(labels):
            for cell in cells[label]:
                columns.setdefault((cell.figure.table, cell.figure.column), [[] for _ in labels])[k].append(cell)
        for per_row in columns.values():
            # one cell of each row, of one family: a label said twice in a column (two regions' "Mounjaro") is no sum
            if any(len(row) != 1 for row in per_row) or len({row[0].family for row in per_row}) != 1:
                continue
            members = [row[0] for row in per_row]
            low = sum((c.low for c in members), Decimal(0))
            high = sum((c.high for c in members), Decimal(0))
            found.append(Computed(NAMED_ROWS_SUM, tuple(members), sum((c.value for c in members), Decimal(0)), low, high))
        if found:
            break  # the longest list whose every thing names a row
    return found


NAMED_MEASURES_SUM = "sum of the measures named"
_MOST_SUMMED = 64  # the most sums of one period made from the figures of the measures named (a cap on their product)


def named_measure_sums(index: FactIndex, metrics: Sequence[str]) -> list[Computed]:
    """The sums of the levels of money of the measures a claim names and takes together ("R&D and OG&A expenses
    combined came to roughly C$5.4 million": Helix's research and development expenses of $3,558,000 plus its
    operating, general and administration expenses of $1,839,000): one figure of each measure named, each named by its
    own row or sentence as that measure alone, of one period length and side; every such choice, up to
    ``_MOST_SUMMED`` of one period. Whether the period is the claim's is the caller's to judge."""
    main = index.main_length
    by_period: dict[tuple[str, bool], list[list[Fact]]] = {}
    for k, metric in enumerate(metrics):
        for fact in index.facts:
            if fact.metrics == {metric} and fact.family == "currency" and not fact.change and fact.value > 0 and fact.named:
                side = by_period.setdefault((_length(fact, main), bool(fact.period.prior)), [[] for _ in metrics])
                if all(other.value != fact.value for other in side[k]):  # a figure printed twice is one choice
                    side[k].append(fact)
    found = []
    for per_metric in by_period.values():
        if not all(per_metric) or math.prod(len(facts) for facts in per_metric) > _MOST_SUMMED:
            continue
        for members in itertools.product(*per_metric):
            low = sum((f.low for f in members), Decimal(0))
            high = sum((f.high for f in members), Decimal(0))
            found.append(Computed(NAMED_MEASURES_SUM, tuple(members), sum((f.value for f in members), Decimal(0)), low, high))
    return found


def _items_taken_together(words: str, start: int, cells: dict[frozenset[str], list[Fact]]) -> list[str]:
    """The things a claim takes together before its amount at ``start``, as ``named_row_sums`` reads them: the list
    right before "together", or the list after a clause's opening "Together," up to the first words after its last
    thing that name no row ("Together, Mounjaro and Zepbound accounted for": "mounjaro", "zepbound")."""
    first = TOGETHER_FIRST.search(words, max(0, start - _ITEMS_REACH), start)
    if first is None:
        said = _TAKEN_TOGETHER.search(words, max(0, start - 60), start)
        if said is None:
            return []
        before = words[max(0, said.start() - _ITEMS_REACH) : said.start()]
        opens = max((m.end() for m in _CLAUSE_OPEN.finditer(before)), default=0)
        return [_GENERIC_TAIL.sub("", item) for item in _ITEM_BREAK.split(before[opens:].strip()) if item][-_MOST_ITEMS:]
    items = [item for item in _ITEM_BREAK.split(words[first.end() : start].strip()) if item][:_MOST_ITEMS]
    if len(items) < 2:
        return []
    last = items[-1].split()
    named = next((k for k in range(len(last), 0, -1) if _own_words(" ".join(last[:k])) in cells), None)
    return items[:-1] + [" ".join(last[:named])] if named else []


CASH_AND_SECURITIES = "cash and securities"
CASH_AND_SHORT_TERM = "cash and short-term securities"
# The rows of a balance sheet an analyst adds to cash: its securities, current or not ("Short-term marketable
# securities", "Long-term marketable securities", "Short-term investments", "Marketable securities, non-current"),
# never a flow of them.
_SECURITIES_ROW = re.compile(
    r"^(?:total\s+)?(?:(?:short|long)[- ]term|current|non-?current)?\s*(?:marketable\s+securities|investments)"
    r"(?:,?\s+(?:(?:short|long)[- ]term|current|non-?current))?\W*$",
    re.I,
)
_CASH_ROW = re.compile(r"^cash(?:,)?\s+and\s+cash\s+equivalents\W*$|^cash\W*$", re.I)
# The securities rows a claim's "cash and short-term investments" adds: those held short-term, named so before or
# after ("Short-term investments", "Marketable securities, current"), not "non-current" ones.
_SHORT_TERM_ROW = re.compile(r"^(?:total\s+)?(?:short[- ]term|current)\b|(?<!non-)(?<!non)\b(?:short[- ]term|current)\W*$", re.I)


@_built_once_per_index
def cash_and_securities(index: FactIndex) -> list[Computed]:
    """Cash and securities as analysts total them from a balance sheet: the row of cash and cash
    equivalents plus every row of securities held beside it in the same column (Apple: "Cash and cash
    equivalents" 7,945, "Short-term marketable securities" 19,709 and "Long-term marketable securities"
    89,567 are "cash and marketable securities of $117.2 billion"). Only rows that are a plain cash or
    securities line, levels at a date, in one table column; asked for only by a claim that names cash
    and securities together (``verify``). The whole of the securities, never a chosen part of them; and,
    as ``CASH_AND_SHORT_TERM``, the same with only the rows held short-term, for a claim that names those
    (ADI: "Cash and cash equivalents" 2,165,870 and "Short-term investments" 159,064 are "cash and short-term
    investments of $2.32 billion")."""

    def side(fact: Fact, label: str) -> int | None:
        if fact.change or fact.figure.nil or fact.family != "currency" or fact.value <= 0:
            return None
        if fact.period.length or fact.segment:
            return None  # a flow of the period ("Purchases of marketable securities"), or a segment's
        if _CASH_ROW.match(label):
            return 0
        return 1 if _SECURITIES_ROW.match(label) else None

    found = []
    for cash_rows, securities in _column_pairs(index, side):
        if len(cash_rows) != 1 or not securities or len(securities) > 3:
            continue
        short_term = [f for f in securities if _SHORT_TERM_ROW.search(_label(f))]
        for formula, held in ((CASH_AND_SECURITIES, securities), (CASH_AND_SHORT_TERM, short_term)):
            if held:
                inputs = (cash_rows[0], *held)
                low = sum((f.low for f in inputs), Decimal(0))
                high = sum((f.high for f in inputs), Decimal(0))
                found.append(Computed(formula, inputs, sum((f.value for f in inputs), Decimal(0)), low, high))
    return found


_FOOTNOTE_MARKS = re.compile(r"\s*(?:\(\d\)|\*+|\d)$")


def _label(fact: Fact) -> str:
    """A table cell's row label, footnote marks dropped."""
    return _FOOTNOTE_MARKS.sub("", (fact.figure.row or "").strip())


DEBT_WITH_CURRENT_PORTION = "debt with its current portion"
# A balance sheet's debt due within a year, and what it is part of: "Current portion of long-term debt, net" of
# "Long-term debt, net"; "Notes payable, current" of "Notes payable and other borrowings, non-current"
_CURRENT_PORTION_ROW = re.compile(
    r"(?:current\s+(?:portion|maturities|installments)\s+of\s+(?P<of>.+)|(?P<named>.+?),?\s+current(?:\s+portion)?)",
    re.IGNORECASE,
)
_NOT_CURRENT = re.compile(
    r",?\s+(?:non-?current(?:\s+portion)?|(?:net\s+of|less|excluding)\s+(?:the\s+)?current\s+(?:portion|maturities))$",
    re.IGNORECASE,
)


@_built_once_per_index
def debt_with_current_portion(index: FactIndex) -> list[Computed]:
    """Debt as a whole, as analysts add it up from a balance sheet that splits it: the row of the part due within a
    year plus the row of the rest, in one column (Venture Global's "Current portion of long-term debt, net" 287 and
    "Long-term debt, net" 41,527 are "long-term debt including the current portion of about $41.8 billion"). The
    current row names what it is a portion of, and the one row of debt of the column whose words hold those words is
    the rest ("Notes payable, current" of "Notes payable and other borrowings, non-current"); a column where more than
    one row might be either has no such sum. Asked for only by a claim that names both parts (``verify``)."""

    def side(fact: Fact, label: str) -> int | None:
        if not ("debt" in fact.metrics and fact.family == "currency" and fact.value > 0) or (
            fact.change or fact.figure.nil or fact.period.length or fact.segment
        ):
            return None  # a debt level at a date, of the company
        return 0 if _CURRENT_PORTION_ROW.fullmatch(label) else 1

    found = []
    for current, others in _column_pairs(index, side):
        if len(current) != 1:
            continue
        portion = current[0]
        said = _CURRENT_PORTION_ROW.fullmatch(_label(portion))
        assert said is not None
        of = _debt_words(said.group("of") or said.group("named"))
        rest = [f for f in others if of and of <= _debt_words(_NOT_CURRENT.sub("", _label(f)))]
        if len(rest) == 1:
            inputs = (portion, rest[0])
            low = sum((f.low for f in inputs), Decimal(0))
            high = sum((f.high for f in inputs), Decimal(0))
            found.append(Computed(DEBT_WITH_CURRENT_PORTION, inputs, sum((f.value for f in inputs), Decimal(0)), low, high))
    return found


def _debt_words(label: str) -> frozenset[str]:
    """The words of a debt row's label other than plain qualifiers, its metric's kept: "long-term debt, net" is
    {"long-term", "debt"}."""
    return frozenset(word for word in _WORD.findall(label.lower()) if word not in _QUALIFIERS)


# A period as the quarters of its fiscal year it spans, the first and the last (1 to 4): "Q4" is (4, 4), "second
# half" (3, 4), "nine months" (1, 3), the year (1, 4).
Piece = tuple[int, int]
_QUARTERS_IN = {"quarter": 1, "half": 2, "nine_months": 3, "year": 4}
# The words that say which part of its year a quarter or a half is: "fourth-quarter", "Q4", "4Q24", "second half", "H2", "2H".
_PIECE_NAMED = re.compile(
    r"\b(?:(?P<q>first|second|third|fourth)[- ]quarter|q(?P<qn>[1-4])|(?P<nq>[1-4])q(?:\d{2})?"
    r"|(?P<h>first|second)[- ](?:half|six[- ]months)|h(?P<hn>[12])|(?P<nh>[12])h(?:\d{2})?)\b",
    re.IGNORECASE,
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def pieces_named(words: str, length: str) -> list[Piece]:
    """The parts of a year of ``length`` that ``words`` name, in order: only quarters and halves are named by which one."""
    return [named[1] for match in _PIECE_NAMED.finditer(words) if (named := _named_piece(match)) and named[0] == length]


def first_piece_named(words: str, start: int, end: int) -> tuple[str, Piece] | None:
    """The length and part of its year of the first quarter or half ``words`` name between ``start`` and ``end``
    ("implied Q1 2026 sales": a quarter, the first); None where they name none."""
    return next((named for match in _PIECE_NAMED.finditer(words, start, end) if (named := _named_piece(match))), None)


def _named_piece(match: re.Match[str]) -> tuple[str, Piece] | None:
    """The length and part of its year of the quarter or half one match of ``_PIECE_NAMED`` names."""
    quarter = match.group("q") or match.group("qn") or match.group("nq")
    if quarter:
        number = _ORDINAL.get(quarter.lower()) or int(quarter)
        return "quarter", (number, number)
    half = match.group("h") or match.group("hn") or match.group("nh")
    if half:
        number = _ORDINAL.get(half.lower()) or int(half)
        return "half", (2 * number - 1, 2 * number)
    return None


def piece_of(words: str, length: str) -> Piece | None:
    """The part of its year a period of ``length`` is, as the last phrase of ``words`` that names one says: a
    quarter or half by its name ("fourth-quarter", "H2"); a half no name places, nine months and a year from the
    year's start, as a release's year to date runs ("Six months ended June 30"). None for a quarter no name places."""
    if length not in _QUARTERS_IN:
        return None
    named = pieces_named(words, length)
    if named:
        return named[-1]
    return None if length == "quarter" else (1, _QUARTERS_IN[length])


def length_of(piece: Piece) -> str:
    """The length of a part of a year that a release names: a quarter, a half (first or second), nine months from
    the year's start, the year; "" for any other run of quarters (the second and third together)."""
    first, last = piece
    size = last - first + 1
    if size == 1 or (size == 2 and first in (1, 3)) or (size in (3, 4) and first == 1):
        return {1: "quarter", 2: "half", 3: "nine_months", 4: "year"}[size]
    return ""


def _source_piece(text: str, fact: Fact, main_length: str) -> Piece | None:
    """The part of its year a source figure is: its table column's words, or its sentence's before it."""
    figure = fact.figure
    words = (figure.column or "") if fact.in_table else text[figure.context.start : figure.span.start]
    return piece_of(words, _length(fact, main_length))


def _placed(total: Fact, total_piece: Piece, part: Fact, part_piece: Piece | None) -> Piece | None:
    """Where ``part`` lies in the period of ``total``: by the end dates of their columns where both have one (the
    quarter that ends with a half is its second; nine months that end a quarter before the year are its first nine
    months), else by what their words name (a column dated by its year alone, "2026 YTD", places nothing by its date).
    None where it does not lie inside it."""
    size = _QUARTERS_IN.get(part.period.length or "", 0)
    if total.period.end and part.period.end and total.period.end[1] and part.period.end[1] and size:
        (year, month, _), (part_year, part_month, _) = total.period.end, part.period.end
        months = (year - part_year) * 12 + month - part_month
        if months % 3 or not 0 <= months // 3 <= (total_piece[1] - total_piece[0] + 1) - size:
            return None
        last = total_piece[1] - months // 3
        placed = (last - size + 1, last)
        # the dates place it; a quarter's own name must agree (a half's or nine months' words only assume the year's start)
        return None if part.period.length == "quarter" and part_piece not in (None, placed) else placed
    if part_piece is None or not total_piece[0] <= part_piece[0] <= part_piece[1] <= total_piece[1]:
        return None
    return part_piece


def _rest(total: Piece, part: Piece) -> Piece | None:
    """What is left of ``total`` once ``part``, which opens or closes it, is taken out; None where it is no period a
    release names (the second and third quarters together) or nothing is left."""
    if part == total:
        return None
    rest = (part[1] + 1, total[1]) if part[0] == total[0] else (total[0], part[0] - 1) if part[1] == total[1] else None
    return rest if rest and length_of(rest) else None


PERIOD_REST = "period less its part"
_PERIOD_RESTS: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str], list[tuple[Piece, Computed]]]] = (
    weakref.WeakKeyDictionary()
)


def period_rests(index: FactIndex, metric: str, family: str) -> list[tuple[Piece, Computed]]:
    """The parts of a year a release prints only as a longer period and another part of it, as analysts compute
    them, each with the part of the year it is: "Six months ended June 30, 2026" 3,339 less "Three months ended June
    30, 2026" 2,188 is the first quarter's 1,151 (Venture Global's income from operations); a year's RMB870 million
    less "the second half of 2023" RMB480 million is the first half's RMB390 million (Linklogis); a year less its
    nine months is the fourth quarter. Both figures of ``metric`` (or one it fits) and ``family`` in one table row or one sentence,
    of one side (current or comparison) and basis, each period read from its column or its own words; levels
    only. Found once per index, metric and family; asked for by a claim that says its value is what is left."""
    known = _PERIOD_RESTS.setdefault(index, {})
    found = known.get((metric, family))
    if found is not None:
        return found
    found = []
    # the groups of every metric the claim's fits ("first-half 2023 revenue" read as a segment's is the company's
    # revenue too), each once: a row of two metrics stands under both
    groups = {id(group): group for name, of_metric in _groups(index).items()
              if metrics_compatible(metric, {name}, unknown_fits=False) for group in of_metric}  # fmt: skip
    for group in groups.values():
        found += _rests_of(index, [f for f in _members(group) if f.family == family])
    known[metric, family] = found
    return found


def _rests_of(index: FactIndex, members: list[Fact]) -> list[tuple[Piece, Computed]]:
    """The rests of the periods of one table row or sentence's figures (``members``, of one family): each longer
    period less each part of it of one side and basis, with the part of the year left."""
    if len(members) < 2 or len(members) > _WIDEST_GROUP:
        return []
    text, main = index.document.text, index.main_length
    found = []
    pieces = [_source_piece(text, f, main) for f in members]
    for total, total_piece in zip(members, pieces):
        if total_piece is None or total.period.length == "quarter":
            continue
        for part, part_piece in zip(members, pieces):
            if part is total or (part.period.prior, part.basis) != (total.period.prior, total.basis):
                continue
            if part.in_table != total.in_table:
                continue
            placed = _placed(total, total_piece, part, part_piece)
            rest = _rest(total_piece, placed) if placed else None
            if rest is not None:
                low, high = total.low - part.high, total.high - part.low
                computed = Computed(PERIOD_REST, (total, part), total.value - part.value, low, high)
                found.append((rest, computed))
    return found


_MONTHS_IN = {"quarter": 3, "half": 6, "nine_months": 9, "year": 12}


def rest_end(total: Fact, part: Fact) -> int | None:
    """Where the rest of ``total`` once ``part`` is taken out ends (``PERIOD_REST``), in months from year 0: at the
    total's end where the part opens it, else where the part starts (Lowe's six months to July 31, 2026 less the
    quarter that closes them ends with April). None where the columns' end months are not read."""
    size = _MONTHS_IN.get(part.period.length or "")
    if size is None or not (total.period.end and part.period.end and total.period.end[1] and part.period.end[1]):
        return None
    return end_months(total) - size if end_months(part) == end_months(total) else end_months(total)


def end_months(fact: Fact) -> int:
    """The months from year 0 to the end of a fact's period (0 where no end is read)."""
    end = fact.period.end or (0, 0, 0)
    return end[0] * 12 + end[1]


def months_in(length: str) -> int | None:
    """The months a period of ``length`` spans: a quarter 3, a half 6, nine months 9, a year 12."""
    return _MONTHS_IN.get(length)


def named_row_rests(index: FactIndex, family: str, words: str) -> list[tuple[Piece, Computed]]:
    """``period_rests`` of the table rows of no metric whose label the claim (``words``, lower-cased) says in full, for a
    claim of no metric: Beyond Meat's "Volume of products sold rose roughly 22% sequentially to 14,478 thousand pounds
    from an implied 11,831 thousand pounds in Q1" is its "Volume of products sold" row's six months' 26,309 less the
    second quarter's 14,478. A label of fewer than two words of its own is no name a claim says."""
    said = frozenset(_WORD.findall(words))
    found = []
    for label, rows in _metricless_rows(index).items():
        if label <= said:
            for members in rows:
                found += _rests_of(index, [f for f in members if f.family == family])
    return found


def _metricless_rows(index: FactIndex) -> dict[frozenset[str], list[list[Fact]]]:
    """The table rows of levels of no metric, by their label's own words (``_own_words``, two or more), each row's
    cells in order. Built once per index."""
    rows = _METRICLESS_ROWS.get(index)
    if rows is None:
        by_row: dict[Span, list[Fact]] = {}
        labels: dict[Span, frozenset[str]] = {}
        for fact in index.facts:
            if fact.in_table and not fact.metrics and not fact.change and not fact.figure.nil and fact.figure.row:
                context = fact.figure.context
                if context not in labels:
                    labels[context] = _own_words(fact.figure.row)
                if len(labels[context]) >= 2:
                    by_row.setdefault(context, []).append(fact)
        rows = _METRICLESS_ROWS[index] = {}
        for context, members in by_row.items():
            rows.setdefault(labels[context], []).append(members)
    return rows


_METRICLESS_ROWS: weakref.WeakKeyDictionary[FactIndex, dict[frozenset[str], list[list[Fact]]]] = weakref.WeakKeyDictionary()


OUTLOOK_REST = "outlook midpoint less the year to date"
OUTLOOK_REST_END = "outlook range end less the year to date"  # an end of a range of rests a claim states
OUTLOOK_TOTAL = "year to date plus the next quarter's outlook midpoint"
OUTLOOK_LATER = "outlook midpoint less the year to date and the next quarter's outlook midpoint"
_YEAR = (1, 4)


def outlook_rests(index: FactIndex, metric: str, family: str) -> list[tuple[Piece, Computed]]:
    """What an outlook and the release's year to date make together, as analysts compute it, each with the part of the
    year it is: the year's outlook less the year to date is the rest of the year ("raised its full year 2026 total
    revenue guidance to $13.1 billion to $13.2 billion", midpoint $13.15 billion, less six months' $6,320.8 million is
    $6.83 billion for the second half: Vertex's second quarter); the year to date plus the next quarter's outlook is
    the year through that quarter (Keysight's nine months' 5,163 plus the fourth quarter's "$1.930 billion to $1.950
    billion", midpoint $1.940 billion, is about $7.10 billion for fiscal 2026); the year's outlook less both is what
    is left after the next quarter (Palantir's $8.150-8.158 billion less six months' 3,568,047 thousand and the third
    quarter's $2.160-2.164 billion is about $2.42 billion for the fourth). The rest of the year is kept where it is a run
    of quarters no release names as a period ("Q2-Q4" after the first quarter): a claim that names that run asks for
    it (``claimed_piece``). The midpoint of a current outlook range
    of ``metric`` (or one it fits), or its one amount, and the year-to-date levels of the release's own year, of one
    basis. None on a release of a year. Found once per index, metric and family."""
    known = _OUTLOOK_RESTS.setdefault(index, {})
    found = known.get((metric, family))
    if found is None:
        found = known[metric, family] = _outlook_rests(index, metric, family)
    return found


def _outlook_rests(index: FactIndex, metric: str, family: str) -> list[tuple[Piece, Computed]]:
    quarter = index.fiscal_quarter
    if not quarter or index.main_length == "year":
        return []
    rest = (quarter + 1, 4) if quarter < 4 else None  # none after the fourth quarter
    through_next = (1, quarter + 1) if quarter < 4 else None
    later = (quarter + 2, 4) if quarter < 3 else None  # what is left after the next quarter
    to_date, text = length_of((1, quarter)), index.document.text
    ranges = range_midpoints(index, family)
    ends = {id(end) for computed in ranges for end in computed.inputs}

    def current_outlooks(lengths: tuple[str, ...]) -> list[tuple[tuple[Fact, ...], Decimal, Decimal, Decimal]]:
        """The midpoints of the outlook ranges of the metric of one of ``lengths``, and its outlooks of one amount
        ("Total sales of $92.0 billion"), each with its value and interval, not those the release replaced
        ("(previously $92.0 to 94.0 billion)")."""
        def of_length(fact: Fact) -> bool:
            return (
                fact.period.length in lengths and not fact.period.prior
                and metrics_compatible(metric, set(fact.metrics), unknown_fits=False) and forward_at(text, fact)
            )  # fmt: skip

        outlooks = [(c.inputs, c.value, c.low, c.high) for c in ranges if of_length(c.inputs[0]) and not _replaced(text, *c.inputs)]
        return outlooks + [
            ((f,), f.value, f.low, f.high) for f in index.facts
            if f.family == family and not f.change and id(f) not in ends and of_length(f) and not _replaced(text, f, f)
        ]  # fmt: skip

    # the year's outlook (or one of no length said) leaves a rest; the next quarter's makes a total
    year_outlooks = current_outlooks(("year", "")) if rest else []
    quarter_outlooks = current_outlooks(("quarter",)) if through_next and length_of(through_next) else []
    pairs = [(year, next_quarter) for year in year_outlooks for next_quarter in quarter_outlooks] if later else []
    found = []
    for part in index.facts if year_outlooks or quarter_outlooks else ():
        if part.family != family or part.change or part.forward or part.period.prior is not False:
            continue
        if part.period.length != to_date or not metrics_compatible(metric, set(part.metrics), unknown_fits=False):
            continue
        if part.period.end and part.period.end[0] != index.current_year:
            continue
        for outlook, value, outlook_low, outlook_high in year_outlooks:
            if rest and outlook[0].basis == part.basis:
                low, high = outlook_low - part.high, outlook_high - part.low
                found.append((rest, Computed(OUTLOOK_REST, (*outlook, part), value - part.value, low, high)))
                # each end of the range leaves an end of the rest's range: "Q4 EBITDA would need to come in at roughly
                # EUR 5.4m to EUR 20.4m" (PATRIZIA's EUR 50.0 - 65.0m less the nine months' EUR 44.6m)
                found += [(rest, Computed(OUTLOOK_REST_END, (end, part), end.value - part.value, end.low - part.high, end.high - part.low))
                          for end in (outlook if len(outlook) == 2 else ())]  # fmt: skip
        for outlook, value, outlook_low, outlook_high in quarter_outlooks:
            if through_next and outlook[0].basis == part.basis:
                low, high = outlook_low + part.low, outlook_high + part.high
                found.append((through_next, Computed(OUTLOOK_TOTAL, (*outlook, part), value + part.value, low, high)))
        for (year, year_value, year_low, year_high), (next_quarter, next_value, next_low, next_high) in pairs:
            if later and year[0].basis == next_quarter[0].basis == part.basis:
                low, high = year_low - part.high - next_high, year_high - part.low - next_low
                value = year_value - part.value - next_value
                found.append((later, Computed(OUTLOOK_LATER, (*year, *next_quarter, part), value, low, high)))
    return found


_REPLACED_REACH = 30  # how far before an outlook "previously" may stand: "(previously $92.0 to 94.0 billion)"


def _replaced(text: str, first: Fact, last: Fact) -> bool:
    """Whether the outlook printed from ``first`` to ``last`` is one the release replaced: "previously" (or "prior
    guidance") said right before it or right after it ("from $12.95 billion to $13.1 billion previously"), not the
    aside that names the outlook replaced after the current one ("$92.0 billion (previously $92.0 to 94.0 billion)")."""
    before = PREVIOUS_OUTLOOK.search(text, max(0, first.figure.span.start - _REPLACED_REACH), first.figure.span.start)
    return before is not None or _PREVIOUSLY_AFTER.match(text, last.figure.span.end) is not None


_PREVIOUSLY_AFTER = re.compile(r"[^\w.;(]{0,3}(?:(?:thousand|million|billion)\s+)?previously\b", re.IGNORECASE)


_OUTLOOK_RESTS: weakref.WeakKeyDictionary[FactIndex, dict[tuple[str, str], list[tuple[Piece, Computed]]]] = (
    weakref.WeakKeyDictionary()
)


# A claim that says its value is what is left of a longer period once a part is taken out, before the value:
# "Implied first-quarter income", "That leaves first-half 2023 revenue", "the remaining fourth quarter", "e.l.f. needs
# about $235.8 million over Q2-Q4".
REST_SAID = re.compile(
    r"\b(?:impl(?:y|ied|ies|ying)|leaves?|leaving|left|remaining|remainder|the rest of|works? out to|working out to|needs?)\b[^;]*$",
    re.IGNORECASE,
)
REST_WORDS = ("impl", "leave", "leaving", "left", "remain", "the rest of", "out to", "need")  # every match of REST_SAID holds one


# A quarter, half or nine months said right after an amount, with its year maybe, and the verb that reports it:
# "$509k in 2Q24", "$1.935 billion in Q2", "an implied $2,986.9 million in Q1", "$5.163 billion booked in the first
# nine months".
PIECE_SAID_AFTER = re.compile(
    r"\s+(?:(?:booked|reported|recorded|delivered|generated|posted|achieved|realized|earned)\s+)?(?:in|for|during|over)\s+"
    r"(?:the\s+)?(?P<period>(?:first|second|third|fourth)[- ](?:quarter|half)|[QH][1-4]|[1-4][QH]|(?:first\s+)?nine[- ]months|9M)"
    # the year said as the release's fiscal one: "in Q3 FY24", "in the second quarter of fiscal 2025"
    r"(?:(?P<glued>\d{2})|\s*(?:of\s+)?(?:fiscal(?:\s+year)?\s*|FY\s?)'?(?P<fiscal>(?:19|20)\d{2}|\d{2})"
    r"|\s*(?:of\s+)?'?(?P<year>(?:19|20)\d{2}|\d{2}))?\b",
    re.IGNORECASE,
)
_PIECE_REACH = 80  # how far from a claim's number the words that name its quarter or half may stand
# A run of quarters said right after an amount, which no release names as one period: "$235.8 million over Q2-Q4".
_RUN_SAID_AFTER = re.compile(
    r"\s+(?:over|in|for|during|across)\s+(?:the\s+)?Q(?P<first>[1-4])\s*(?:-|–|to|through)\s*Q(?P<last>[1-4])\b", re.IGNORECASE
)


def claimed_piece(words: str, start: int, end: int, length: str, named_only: bool = False) -> Piece | None:
    """The part of its year a claim's number at ``start``..``end`` of ``words`` is of: the quarter or half its
    clause names; of two or more, the one said right after the number ("up 11.6% q/q from an implied $2,986.9 million
    in Q1"), else the last before it. A run of quarters said right after it is that run ("over Q2-Q4"). A half, nine months or year no name places runs from the year's start (none with
    ``named_only``). None for a quarter the clause does not name, or names two of only after it."""
    run = _RUN_SAID_AFTER.match(words, end)
    if run is not None and int(run.group("first")) < int(run.group("last")):  # "$235.8 million over Q2-Q4"
        return int(run.group("first")), int(run.group("last"))
    # its clause, and no further than ``_PIECE_REACH`` either side: a line of thousands of numbers is not read per number
    clause_start = max(words.rfind(";", max(0, start - _PIECE_REACH), start) + 1, start - _PIECE_REACH, 0)
    clause_end = words.find(";", end, end + _PIECE_REACH)
    clause_end = min(len(words), end + _PIECE_REACH) if clause_end < 0 else clause_end
    named = set(pieces_named(words[clause_start:clause_end], length))
    if len(named) > 1:
        said_after = PIECE_SAID_AFTER.match(words, end)
        after = pieces_named(said_after.group("period"), length) if said_after else []
        if after:  # "Q2 revenue ... was up 11.6% q/q from an implied $2,986.9 million in Q1": the first quarter's
            return after[0]
        before = pieces_named(words[clause_start:start], length)
        return before[-1] if before else None
    if named:
        return named.pop()
    return None if named_only else piece_of("", length)


BOOK_TO_BILL = "book-to-bill"
# A row of orders taken: "Orders", "Bookings", "Net orders", "Order intake".
_ORDERS_ROW = re.compile(r"^(?:total\s+)?(?:net\s+|new\s+)?(?:orders(?:\s+received)?|bookings|order\s+intake)\W*$", re.IGNORECASE)


@_built_once_per_index
def book_to_bills(index: FactIndex) -> list[Computed]:
    """Book-to-bill ratios as analysts compute them: orders over revenue of one period, the rows of one table column
    (Keysight: "Orders" 2,091 over "Revenue" 1,846, 1.13). The orders a row labelled so and nothing else, the revenue a
    row of total revenue or sales; levels of money. Built once per index, when a claim names the ratio."""

    def side(fact: Fact, label: str) -> int | None:
        if not _level(fact) or fact.family != "currency" or fact.segment:
            return None
        if _ORDERS_ROW.match(label):
            return 0
        return 1 if fact.metrics == {"revenue"} and _TOTAL_REVENUE_ROW.match(label) else None

    found = []
    for orders, revenues in _column_pairs(index, side):
        if len(orders) != 1 or len(revenues) != 1:
            continue
        booked, billed = orders[0], revenues[0]
        corners = [a / b for a in (booked.low, booked.high) for b in (billed.low, billed.high)]
        found.append(Computed(BOOK_TO_BILL, (booked, billed), booked.value / billed.value, min(corners), max(corners)))
    return found


@_built_once_per_index
def net_debts(index: FactIndex) -> list[Computed]:
    """Net debt as analysts compute it: debt less cash of one date, as the release prints them
    together -- in one sentence ("$344.2 million in cash and cash equivalents, and $834.2 million of
    total debt, as compared to $170.0 million ... and $256.7 million ...") or one table column --
    each debt figure with the cash figure of its own side (current or comparison) and date. Built
    once per index, when a claim names net debt."""
    found = []
    places: dict[tuple[int | None, Span | None, str | None], list[Fact]] = {}  # a table column, or a sentence
    for fact in index.facts:
        if fact.change or fact.figure.nil or fact.family != "currency" or not fact.metrics & {"debt", "cash"}:
            continue
        if "debt" in fact.metrics and "cash" in fact.metrics:
            continue  # "net debt" itself, or a row that names both
        figure = fact.figure
        place = (figure.table, None if figure.table is not None else figure.context, figure.column)
        places.setdefault(place, []).append(fact)
    for members in places.values():
        if len(members) > _WIDEST_GROUP:
            continue
        debts = [f for f in members if "debt" in f.metrics and f.value > 0]
        cash = [f for f in members if "cash" in f.metrics and f.value > 0]
        for debt in debts:
            # the cash figure of the debt's side and date: in a sentence, the nearest one
            mates = [c for c in cash if c.period.prior == debt.period.prior and c.period.end == debt.period.end]
            mate = min(mates, key=lambda c: abs(c.figure.span.start - debt.figure.span.start), default=None)
            if mate is not None:
                low, high = debt.low - mate.high, debt.high - mate.low
                found.append(Computed("net debt", (debt, mate), debt.value - mate.value, low, high))
    return found


@dataclass(frozen=True, slots=True)
class Stated:
    """An amount a claim states, as its own arithmetic reads it: where it stands, its signed value
    and interval, its ``kind`` (currency and per-share amounts are both "money": "up 15 cents to
    EUR 5.45"), whether a source figure backs it, and whether the claim says it is a change."""

    span: Span
    value: Decimal
    low: Decimal
    high: Decimal
    kind: str
    supported: bool
    change: bool = False
    prior: bool | None = None  # the side of a comparison its words give: True the earlier, False the claim's own
    printed: Decimal | None = None  # the most precise source figure that backs it as it is, where one does

    def size(self) -> tuple[Decimal, Decimal, Decimal]:
        """Value and interval of the amount's size: a loss or a fall counted by how large it is."""
        if self.value < 0:
            return -self.value, -self.high, -self.low
        return self.value, self.low, self.high


@dataclass(frozen=True, slots=True)
class ClaimSum:
    """An amount of a claim (``result``, a position in the claim's ``Stated`` list) that two other
    amounts of it (``inputs``), each backed by the source, compute: their ``formula`` is "sum",
    "difference", "level less change", "midpoint" or a multiple of one amount ("half", "twice": both inputs the
    same), ``value`` what they give from the claim's figures. A total broken into its parts has as many inputs
    as it has amounts besides the result (``BREAKDOWN_SUM``, ``BREAKDOWN_REST``)."""

    result: int
    inputs: tuple[int, ...]
    formula: str
    value: Decimal


# The supported amounts on either side of a result that it may be computed from: a claim states a
# few; a hostile line of thousands of amounts costs a few pairs per amount, not every pair.
_NEAREST = 4


def claim_arithmetic(text: str, stated: list[Stated]) -> list[ClaimSum]:
    """The amounts of a claim that the claim itself computes from two of its other amounts, each
    backed by the source (issue 11, "derived values as analysts compute them"). Only where its
    words say so: the result is named a total or a remainder ("totaling", "leaving", "implying",
    "came after", "to spare", "ahead of", ``TOTAL_BEFORE``/``TOTAL_AFTER``: sum or difference of
    two amounts near it), it is a difference said as such ("Net debt of about $490 million: $834.2
    million of total debt less $344.2 million of cash", ``LESS_BETWEEN``), or it is the comparison
    level of a change ("EUR 5.45 per share, up 15 cents from EUR 5.30": level less change, signed),
    or it is said to be a range's midpoint ("growth of approximately 12% ..., near the midpoint of its
    10% to 14% range"), or a multiple of the amount said right after it ("about $1.1 billion, half the second
    quarter's $2.2 billion", ``_multiple``).
    The inputs are the claim's own figures, so each names its row as the claim does; the value from
    them must fall in the result's rounding interval."""
    found: list[ClaimSum] = []
    differences = _said_differences(text, stated)
    supported = supported_by_kind(stated)  # the supported amounts of each kind, in order: found once, not per result
    # the words each pattern's every match holds, looked for once in the whole claim: a claim that holds none is not
    # searched at each of its amounts (a line of thousands of amounts had six windows searched at each)
    (
        said_from, said_implied, said_total, said_total_after, said_net_debt, said_difference, said_midpoint, said_exceeded,
        said_breakdown, said_average,
    ) = may_hold_each(
        text,
        (FROM_WORDS, IMPLIED_WORDS, TOTAL_BEFORE_WORDS, TOTAL_AFTER_WORDS, NET_DEBT_WORDS, DIFFERENCE_WORDS,
         MIDPOINT_WORDS, _EXCEEDED_WORDS, _BREAKDOWN_WORDS, _AVERAGE_WORDS),
    )  # fmt: skip
    breakdowns = _breakdowns(text, stated) if said_breakdown and any(not amount.supported for amount in stated) else {}
    for position, result in enumerate(stated):
        if result.supported:
            continue
        start, end = result.span.start, result.span.end
        near = _near(supported.get(result.kind, []), position)
        computed = None
        if position in breakdowns:
            computed = _of_a_breakdown(position, breakdowns[position], stated)
        if computed is None and said_from and FROM_BEFORE.search(text, max(0, start - 20), start):
            computed = _level_less_change(position, near, stated)
        # a range's second end is said by the words before its first: "implies second-half revenue of roughly $2.32-2.34 bln"
        said = stated[position - 1].span.start if position and _RANGE_BETWEEN.fullmatch(text, stated[position - 1].span.end, start) else start
        if computed is None and (
            (said_implied and ends_on_a_match(IMPLIED_BEFORE, text, max(0, said - 80), said))
            or (said_total and ends_on_a_match(TOTAL_BEFORE, text, max(0, said - 50), said))
            or (said_total_after and TOTAL_AFTER.match(text, end))
            or _restated_total(text, position, stated)
        ):
            computed = _sum_or_difference(result, near, stated)
        if computed is None:
            computed = _plus_came_to(text, position, stated)
        if computed is None and said_net_debt and NET_DEBT.search(text[max(0, start - 50) : end + _NET_DEBT_AFTER]):
            # "cash of $920.3 million against total debt of $1,441.0 million, about $521 million of net debt"
            computed = _sum_or_difference(result, near, stated, ("difference",))
        if computed is None and result.kind == "percent" and not result.change:
            computed = _part_of_whole(text, position, stated) or _margin_on(text, position, stated) or _share_around(text, position, stated)
        if computed is None and result.kind == "percent":
            computed = _percent_against(text, position, stated)
        if computed is None and result.kind == "money" and not result.change:
            computed = _average_per_share(text, position, stated, said_average) or _per_period(text, position, stated)
        if computed is None and result.kind == "count":
            computed = _times_ratio(text, position, stated)
        if computed is None:
            computed = _multiple(text, position, stated)
        if computed is None and said_exceeded:
            computed = _exceeded_by(text, position, stated)
        if computed is None and (result.change or (said_difference and DIFFERENCE_BEFORE.search(text, max(0, start - 40), start))):
            computed = _change_between(text, position, stated, supported)
        if computed is None and said_midpoint and MIDPOINT.search(text, max(0, start - _MIDPOINT_WORDS), end + _MIDPOINT_WORDS):
            computed = _midpoint(text, position, near, stated)
        if computed is None:
            computed = next(
                (ClaimSum(position, pair, "difference", value) for pair, value in differences
                 if pair[0] in near and pair[1] in near and _inside(value, result)
                 and _both_count(stated[pair[0]].size()[0], stated[pair[1]].size()[0], result)),
                None,
            )  # fmt: skip
        if computed is not None:
            found.append(ClaimSum(position, computed.inputs, computed.formula, computed.value))
    return found


BREAKDOWN_SUM = "sum of the parts"
BREAKDOWN_REST = "total less its other parts"
# A total the claim breaks into its parts right after it, said with "=", ":", an opening parenthesis or "consisting
# of" (the words between the total and its first part, the total's own noun first): "Liquidity $464m = $256m cash +
# $108m revolver + $100m delayed draw term loans", "Year-end liquidity $464m: $256m cash, $108m revolver availability
# and $100m undrawn delayed-draw term loans", "$5.8 million of Q3 operating expenses ($2.4 million in R&D and $3.4
# million in G&A)". "including" names some of the parts, not all of them: no breakdown.
# a quarter or half named holds a digit: "of Q3 expenses"; so does a date: "of borrowings at December 31, 2024 ("
_NO_NUMBER = rf"(?:[^\d.;:=()+,]|\b[QH][1-4]\b|\b[1-4][QH]\b|\b{MONTH_WORD}\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}\b)"
_BREAKDOWN_OPENS = re.compile(
    rf"(?:\s+{_NO_NUMBER}{{1,60}}?)?\s*(?:=|:|\(|,?\s+(?:consisting\s+of|made\s+up\s+of|comprising|comprised\s+of|"
    rf"split\s+(?:between|into))\s)[^\d.;:=()]{{0,40}}?{HEDGED}\S{{0,4}}",
    re.IGNORECASE,
)
# Between two parts of a breakdown: "+", a comma or "and", with the parts' own words around it (" cash + ", " revolver
# availability and ").
_BREAKDOWN_JOINS = re.compile(
    rf"{_NO_NUMBER}{{0,60}}?(?:\+|,|\band\b|\bplus\b)[^\d.;:=()+]{{0,40}}?{HEDGED}\S{{0,4}}", re.IGNORECASE
)
_MOST_PARTS = 8  # a breakdown lists a few parts; a hostile line of thousands of amounts is not summed whole
# Every match of _BREAKDOWN_OPENS holds one of these: a claim without any opens no breakdown, and its thousands of
# amounts are not read one to the next for the parts of one
_BREAKDOWN_WORDS = ("=", ":", "(", "consisting", "made", "comprising", "comprised", "split")


def _breakdowns(text: str, stated: list[Stated]) -> dict[int, tuple[int, tuple[int, ...]]]:
    """Each amount of a breakdown the claim states (``_BREAKDOWN_OPENS``), by its position: the breakdown's total
    and its parts, two or more amounts of the total's kind, joined one to the next (``_BREAKDOWN_JOINS``), all
    levels of the total's side (no change, "up $50m", among them), positive; the list of parts runs as far as they
    are joined so, and no further."""
    def level(amount: Stated) -> bool:
        return not amount.change and amount.value > 0 and amount.kind != "percent"

    joined = [
        level(first) and level(second) and first.kind == second.kind and first.prior == second.prior
        and _BREAKDOWN_JOINS.fullmatch(text, first.span.end, second.span.start) is not None
        for first, second in itertools.pairwise(stated)
    ]  # fmt: skip
    found: dict[int, tuple[int, tuple[int, ...]]] = {}
    for total in range(len(stated) - 2):
        head, first = stated[total], stated[total + 1]
        if not (level(head) and level(first) and head.kind == first.kind and head.prior == first.prior):
            continue
        if not _BREAKDOWN_OPENS.fullmatch(text, head.span.end, first.span.start):
            continue
        last = total + 1
        while last < len(joined) and joined[last] and last - total < _MOST_PARTS:
            last += 1
        count = last - total
        if count < 2 or (count == _MOST_PARTS and last < len(joined) and joined[last]):
            continue  # one part alone is the total restated; a list longer than a breakdown's is none
        parts = tuple(range(total + 1, last + 1))
        for position in (total, *parts):
            found.setdefault(position, (total, parts))
    return found


def _of_a_breakdown(position: int, breakdown: tuple[int, tuple[int, ...]], stated: list[Stated]) -> ClaimSum | None:
    """The amount at ``position`` computed from the rest of the breakdown it is of, every other amount of it backed
    by the source: the total as the sum of its parts ("$5.8 million ... ($2.4 million in R&D and $3.4 million in
    G&A)"), a part as the total less the other parts ("$464m = $256m cash + $108m revolver + $100m delayed draw
    term loans": 464 - 256 - 108); the value from the claim's figures falls in the amount's rounding interval."""
    total, parts = breakdown
    others = tuple(i for i in (total, *parts) if i != position)
    if not all(stated[i].supported for i in others):
        return None
    if position == total:
        value, formula = sum((stated[i].value for i in parts), Decimal(0)), BREAKDOWN_SUM
    else:
        value = stated[total].value - sum((stated[i].value for i in parts if i != position), Decimal(0))
        formula = BREAKDOWN_REST
    return ClaimSum(-1, others, formula, value) if _inside(value, stated[position]) else None


def _near(supported: list[int], position: int) -> list[int]:
    """The supported amounts of the result's kind (``supported``, their positions in order) nearest it on
    either side (``_NEAREST`` each): found by bisection, as a scan per result is quadratic in a claim of
    thousands of amounts."""
    cut = bisect.bisect_left(supported, position)
    after = bisect.bisect_right(supported, position, cut)
    return [*supported[max(0, cut - _NEAREST) : cut], *supported[after : after + _NEAREST]]


def _inside(value: Decimal, result: Stated) -> bool:
    _, low, high = result.size()
    return low <= value < high


# How far after an amount the words "net debt" may name it: "$521 million of net debt".
_NET_DEBT_AFTER = 20


def _sum_or_difference(
    result: Stated, near: list[int], stated: list[Stated], formulas: tuple[str, ...] = ("difference", "sum")
) -> ClaimSum | None:
    for i, first in enumerate(near):
        for second in near[i + 1 :]:
            a, b = stated[first].size()[0], stated[second].size()[0]
            if not _both_count(a, b, result):
                continue
            for formula, value in (("difference", abs(a - b)), ("sum", a + b)):
                if formula in formulas and _inside(value, result) and _signs_agree(result, stated[first], stated[second], formula):
                    return ClaimSum(-1, (first, second), formula, value)
    return None


def _both_count(a: Decimal, b: Decimal, result: Stated) -> bool:
    """Whether both amounts of a sum or difference move its result past its rounding: one smaller than the result's
    interval leaves the result the other amount itself, no arithmetic (PrairieSky's "C$117.3m" is no difference of
    C$117.3 million and $0.25 a share)."""
    _, low, high = result.size()
    return min(a, b) >= high - low


def _signs_agree(result: Stated, first: Stated, second: Stated, formula: str) -> bool:
    """Whether levels of which one is a loss add up with their signs as their sizes do: "Copa earned about US$442.3
    million ..., implied by FY net loss of $608.5 million less 4Q's $166.2 million" is no arithmetic of a profit (-608.5
    less 166.2 is no 442.3), though the sizes make one. Changes, and amounts none of which is a loss, are taken by
    their sizes ("the net loss narrowed by $4.1 million")."""
    if result.change or first.change or second.change or min(result.value, first.value, second.value) >= 0:
        return True
    values = [first.value + second.value] if formula == "sum" else [first.value - second.value, second.value - first.value]
    return any(result.low <= value < result.high for value in values)


# A part, "of" and its whole, as a claim states both: "888 of the 1,225 total".
_PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?$", re.IGNORECASE)


# From a share to the part and whole it is said of right after it, in parentheses: "about 45% of GEHC's Q4 revenue
# ($2,393 million of $5,319 million)".
_PARTS_IN_PARENTHESES = re.compile(
    rf"(?:[^.;()\d]|\b[QH][1-4]\b|\b[1-4][QH]\b|\b(?:19|20)\d{{2}}\b){{0,80}}\(\s*{HEDGED}\S{{0,4}}$", re.IGNORECASE
)


def _part_of_whole(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A percentage that follows a part and its whole the claim states, "A of B", both backed by the source
    ("Company-operated shops were 888 of the 1,225 total at June 30, about 72%"): A / B, the next amounts
    before it; or one said before them, in parentheses right after it ("roughly 55% of Q4 subscription revenue
    ($138 million of $251 million)")."""
    after = position + 2 < len(stated) and _PARTS_IN_PARENTHESES.fullmatch(
        text, stated[position].span.end, stated[position + 1].span.start
    )
    if position < 2 and not after:
        return None
    part, whole = (position + 1, position + 2) if after else (position - 2, position - 1)
    first, second = stated[part], stated[whole]
    if not (first.supported and second.supported) or first.kind != second.kind or first.kind == "percent":
        return None
    if not _PART_OF_WHOLE.fullmatch(text, first.span.end, second.span.start) or second.value <= 0:
        return None
    value = first.value / second.value * 100
    return ClaimSum(-1, (part, whole), "share", value) if _inside(value, stated[position]) else None


# Words that say a percentage is a share or a rate of amounts around it: "roughly 63% of the RMB322 billion total",
# "an effective tax rate of about 24.4% ($776 million on pre-tax earnings of $3.18 billion)", "a ratio of about 60%".
_SHARE_SAID = re.compile(r"\b(?:of|on|rate|ratio|margin|share)\b", re.IGNORECASE)
_SHARE_REACH = 160  # how far apart the outer amount and the percentage may stand: one clause of a claim


def _share_around(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A percentage said as a share or rate of two amounts the claim states next to it in its clause, both backed by
    the source, of one kind and side, levels and positive, the smaller the part: the two nearest before it ("Anchor
    Cloud processed RMB201.3 billion, or roughly 63% of the RMB322 billion total"), the two nearest after it ("about
    24.4% ($776 million on pre-tax earnings of $3.18 billion)", "roughly 78% of the HK$6.42 trillion volume (HK$5.02
    trillion)"), or one either side, of one side. The words from the first amount to the percentage's end say a share
    (``_SHARE_SAID``); the value from the claim's figures falls in the percentage's interval."""
    result = stated[position]
    if result.change or result.value <= 0 or unread_margin(text, result.span.end):
        return None

    def amounts(step: int, most: int = 2, like: Stated | None = None) -> list[int]:
        found: list[int] = []
        i = position + step
        while 0 <= i < len(stated) and len(found) < most:
            amount = stated[i]
            if abs(amount.span.start - result.span.start) > _SHARE_REACH:
                break
            if amount.kind in ("money", "count") and not amount.change and amount.value > 0 and not (
                step < 0 and _in_an_aside_before(text, amount.span, result.span.start)
            ) and (like is None or (amount.kind, amount.prior) == (like.kind, like.prior)):
                found.append(i)
            i += step
        return found

    before, after = amounts(-1), amounts(1)
    # one either side, of one kind and side: "ALYFTREK sales of $573.6 million were about 3.7x the year-ago $156.8
    # million and roughly 18% of Q2 CF product revenues of $3,207.9 million" (not the amounts said in between)
    either = amounts(-1, 1, stated[after[0]]) + after[:1] if after else []
    for pair in (before[:2], after[:2], either):
        if len(pair) != 2:
            continue
        first, second = stated[pair[0]], stated[pair[1]]
        if not (first.supported and second.supported) or first.kind != second.kind or first.prior != second.prior:
            continue
        start, end = min(first.span.start, second.span.start, result.span.start), max(first.span.end, second.span.end, result.span.end)
        if _CLAUSE_BREAK.search(text, start, end) or not _SHARE_SAID.search(text, start, end + 40):
            continue
        part, whole = sorted(pair, key=lambda i: stated[i].value)
        value = stated[part].value / stated[whole].value * 100
        if _inside(value, result):
            return None if _said_of_a_loss(text, result) else ClaimSum(-1, (part, whole), "share", value)
    return None


def _in_an_aside_before(text: str, span: Span, end: int) -> bool:
    """Whether an amount stands in an aside closed before ``end`` that opens right after another amount: the parts of
    the total before them ("fell to EUR 17.6m (EUR 12.6m plus EUR 5.0m), only about 9% of EUR 191.7m": the share is
    the total's; "Imaging ($2,393 million) was 45% of revenue" keeps its amount)."""
    opened, closed = text.rfind("(", 0, span.start), text.find(")", span.end, end)
    if opened < 0 or closed < 0 or text.find(")", opened, span.start) >= 0:
        return False
    return _AMOUNT_ENDS.search(text, max(0, opened - 20), opened) is not None


_AMOUNT_ENDS = re.compile(r"\d(?:\s?[a-zA-Z]{1,8})?\s*$")  # "EUR 17.6m (", "$1.2 billion ("


def _said_of_a_loss(text: str, result: Stated) -> bool:
    """Whether the words of a percentage's clause before it make it a loss's ("Fee loss was about 45% of net revenue:
    noninterest income of $10.23 billion ..."): no share of the claim's positive amounts."""
    breaks = list(_CLAUSE_BREAK.finditer(text, max(0, result.span.start - _SHARE_REACH), result.span.start))
    return loss_context(text[breaks[-1].end() if breaks else max(0, result.span.start - _SHARE_REACH) : result.span.start])


# A margin said of the two amounts right before it, the first earned "on" the second: "earned $386 million of operating
# income on $977 million of revenue, a 39.5% operating margin" (the words between the amounts, then those between the
# revenue and the percentage, which the word "margin" follows or comes right before).
_ON_REVENUE = re.compile(r"[^.;\d]{0,60}?\bon\s+(?:(?:total\s+|net\s+)?(?:revenues?|sales)\s+of\s+)?" + HEDGED + r"\S{0,4}$",
                         re.IGNORECASE)
_TO_MARGIN_BEFORE = re.compile(r"[^.;\d]{0,40}?(?:\bmargin\s+(?:of\s+)?" + HEDGED + r")?\S{0,4}$",
                               re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s*(?P<named>(?:[a-z-]+\s+){0,3}?margin)\b", re.IGNORECASE)
_MARGIN_RIGHT_BEFORE = re.compile(r"\bmargin\s+(?:of\s+)?" + HEDGED + r"\S{0,4}$", re.IGNORECASE)


def unread_margin(text: str, end: int) -> bool:
    """True when the percentage that ends at ``end`` is said to be a margin of what its words name but no metric the
    verifier reads names ("a 39.5% net margin"): no computation may back it, as none can be checked to be of that
    metric."""
    after = _MARGIN_AFTER.match(text, end)
    return after is not None and after.group("named").lower() != "margin" and not metrics_in(after.group("named").lower())


def _margin_on(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A margin the claim says of an amount earned on the revenue it states right after it ("The Embedded segment
    earned $386 million of operating income on $977 million of revenue, a 39.5% operating margin"): the first over the
    second, both money backed by the source and positive, the two amounts right before the percentage, and the word
    "margin" said of the percentage. That the margin's metric is the first amount's is the verifier's to check."""
    if position < 2:
        return None
    part, whole = stated[position - 2], stated[position - 1]
    result = stated[position]
    if not (part.supported and whole.supported) or part.kind != "money" or whole.kind != "money":
        return None
    if part.change or whole.change or part.value <= 0 or whole.value <= part.value:
        return None
    if not _ON_REVENUE.fullmatch(text, part.span.end, whole.span.start):
        return None
    if not _TO_MARGIN_BEFORE.fullmatch(text, whole.span.end, result.span.start):
        return None
    after = _MARGIN_AFTER.match(text, result.span.end)
    if unread_margin(text, result.span.end):
        return None
    if after is None and not _MARGIN_RIGHT_BEFORE.search(text, max(0, result.span.start - 30), result.span.start):
        return None
    value = part.value / whole.value * 100
    return ClaimSum(-1, (position - 2, position - 1), "margin", value) if _inside(value, result) else None


# The words that set a percentage against a base, and which of them say the level stands higher: "12.5% above
# 2024's $12.00", "about 14.5% above Q4"
AGAINST = r"(?P<way>above|below|over|under|higher\s+than|lower\s+than|ahead\s+of)"
_HIGHER = frozenset({"above", "over", "higher than", "ahead of"})


def agrees_with_way(value: Decimal, way: str) -> bool:
    """Whether a level ``value`` percent from its base stands the way the claim's words ``way`` say: "above" a
    higher level, "below" a lower."""
    return (value > 0) == (" ".join(way.lower().split()) in _HIGHER)


# A percentage said against the amount right after it, the comparison base: "a midpoint 12.5% above 2024's $12.00"
# (the words between the percentage and the base; no bound: "more than", "less than").
_AGAINST_BASE = re.compile(
    rf"\s+{AGAINST}\s+"
    # a year or a quarter may name the base: "2024's $12.00", "Q2's", "FY26 diluted EPS of", "4Q24's"
    r"(?:[^.;:\d]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])|\b(?:FY|[QH][1-4]|[1-4][QH])\s?'?(?:\d{2}|\d{4})?\b)*?" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|to)\s*\S{0,4}$", re.IGNORECASE)
# How far before the percentage its own level may be said: "The $4.68 midpoint of 2025 adjusted EPS guidance is about
# 4% above 2024's $4.49" (48 characters)
_OWN_LEVEL_REACH = 60


def _percent_against(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A percentage the claim says its own level stands above or below the base it states right after ("Ryder sees
    2025 comparable EPS of $13.00-14.00, a midpoint 12.5% above 2024's $12.00"): the amount right before the
    percentage in its clause over the base, less one; the midpoint of the range that ends there where the claim
    says "midpoint" between them. Both backed by the source, of one kind and positive; "above" a higher level,
    "below" a lower. A range of percentages against one base is of the range of levels right before it, end by end
    ("Confluent sees 2025 subscription revenue of $1.117-1.121 billion, roughly 21% to 22% above 2024's $922.1
    million": 1.117 and 1.121 over 0.9221)."""
    result = stated[position]
    if position < 1 or position + 1 >= len(stated):
        return None
    ends = _percent_range_ends(text, position, stated)
    if ends is not None:
        own_at, last, opens = ends
        if last + 1 >= len(stated):
            return None
    else:
        named_midpoint = _named_midpoint(text, position, stated)
        own_at, last, opens = position - 1 if named_midpoint is None else named_midpoint, position, position
    base, own = stated[last + 1], stated[own_at]
    said = _AGAINST_BASE.fullmatch(text, stated[last].span.end, base.span.start)
    if said is None or not (base.supported and own.supported) or base.kind != own.kind or base.kind == "percent":
        return None
    if base.change or own.change or base.value <= 0 or own.value <= 0:
        return None
    reach_from = stated[opens - 1] if ends is None and named_midpoint is not None else own  # past its range or tolerance
    if _CLAUSE_BREAK.search(text, own.span.end, stated[opens].span.start) or stated[opens].span.start - reach_from.span.end > _OWN_LEVEL_REACH:
        return None
    level, formula = own.value, "percent against the base"
    if ends is None and named_midpoint is None and MIDPOINT.search(text, own.span.end, result.span.start):
        low_end = stated[position - 2] if position >= 2 else None
        if low_end is not None and _RANGE_BETWEEN.fullmatch(text, low_end.span.end, own.span.start):
            # the level ends a range: "$4.8-5.2 billion, a midpoint about 11% above" is of the range's midpoint; a
            # level said to be the midpoint ("a $5.0 billion midpoint, about 17% above") is taken as it is
            if not (low_end.supported and low_end.kind == own.kind):
                return None
            level, formula = (low_end.value + own.value) / 2, "percent of the range's midpoint against the base"
    value = (level / base.value - 1) * 100
    if ends is None and base.printed is not None and not _inside(abs(value), result):
        # the base as the release prints it, which the analyst worked from: "about 17% above Q2's $4.3 billion" of
        # Figure's 4,259 (17.4%; 16.3% from the rounded $4.3 billion)
        value = (level / base.printed - 1) * 100
    if not agrees_with_way(value, said.group("way")):
        return None  # "below" a higher level
    if ends is not None:
        # a range holds as a whole: "roughly 26% to 22% above" is not backed at its one end that computes
        # the range's other percentage and the level of its end: the second and the high end, or the first and the low
        other, other_level = (last, stated[own_at + 1]) if position != last else (last - 1, stated[own_at - 1])
        if not (other_level.supported and other_level.value > 0 and _inside(abs((other_level.value / base.value - 1) * 100), stated[other])):
            return None
    return ClaimSum(-1, (own_at, last + 1), formula, abs(value)) if _inside(abs(value), result) else None


# A level the claim names a midpoint, said right before the word: "The $34.75 midpoint of the $34.25-$35.25 range"
_MIDPOINT_AFTER = re.compile(r"\s+mid-?point\b", re.IGNORECASE)


def _named_midpoint(text: str, position: int, stated: list[Stated]) -> int | None:
    """The amount before the percentage at ``position`` that the claim names a midpoint, where only the range it is
    the midpoint of or its tolerance stands between them: "The $34.75 midpoint of the $34.25-$35.25 FY27 adjusted EPS
    range implies growth of about 8% over fiscal 2026's $32.31", "The $37.5 billion midpoint of the Q4 outlook (plus
    or minus 2%) would be about 7% above third-quarter revenue of $35.1 billion". None where there is no such amount
    or anything else stands between (the amount right before the percentage is its level then)."""
    for at in range(position - 2, -1, -1):
        own = stated[at]
        if own.kind == "percent" or not _MIDPOINT_AFTER.match(text, own.span.end):
            continue
        between = stated[at + 1 : position]
        if len(between) == 2:
            low, high = between
            if (low.kind == high.kind == own.kind and _RANGE_BETWEEN.fullmatch(text, low.span.end, high.span.start)
                    and own.low <= (low.value + high.value) / 2 < own.high):  # fmt: skip
                return at
        elif len(between) == 1 and between[0].kind == "percent":
            start = between[0].span.start
            if TOLERANCE_BEFORE.search(text, max(0, start - TOLERANCE_REACH), start):
                return at
        return None
    return None


def _percent_range_ends(text: str, position: int, stated: list[Stated]) -> tuple[int, int, int] | None:
    """Where the percentage at ``position`` is an end of a range of percentages said right after a range of levels
    ("$1.117-1.121 billion, roughly 21% to 22% above"): the level of its own end, the range's last percentage and its
    first; None where it is no such end."""
    def ranged(first: int, second: int) -> bool:
        return first >= 0 and second < len(stated) and _RANGE_BETWEEN.fullmatch(text, stated[first].span.end, stated[second].span.start) is not None

    if ranged(position, position + 1) and stated[position + 1].kind == "percent":
        first, end = position, 0
    elif ranged(position - 1, position) and stated[position - 1].kind == "percent":
        first, end = position - 1, 1
    else:
        return None
    if not ranged(first - 2, first - 1) or stated[first - 2].kind == "percent":
        return None
    return first - 2 + end, first + 1, first


# An amount restated in other terms right after one the claim names a total: "together 24 cents, or $80 million
# pretax" (the words between the two).
_RESTATED_AS = re.compile(r"\s*,?\s*or\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)


def _restated_total(text: str, position: int, stated: list[Stated]) -> bool:
    """True when the amount at ``position`` restates the one right before it ("24 cents, or $80 million"), which the
    words before it name a total ("together 24 cents"): the restatement is the same total."""
    if position < 1:
        return False
    before = stated[position - 1]
    if not _RESTATED_AS.fullmatch(text, before.span.end, stated[position].span.start):
        return False
    return TOTAL_BEFORE.search(text, max(0, before.span.start - 50), before.span.start) is not None


# Two amounts added with "plus", then what they come to, said in that order: "$3.0 billion of buybacks plus $2.1
# billion of dividends came to $5.1 billion" (the words between the two amounts, then between the second and the sum).
_PLUS_BETWEEN = re.compile(rf"[^.;:\d]{{0,40}}?(?:\bplus|\s\+)\s+{HEDGED}\S{{0,4}}", re.I)
_CAME_TO_BETWEEN = re.compile(
    # "... plus $1.2 billion of long-term investments made about $9.3 billion", "... totaled", "... for a total of"
    rf"[^.;:\d]{{0,40}}?\b(?:(?:came|comes?|amount(?:ed|s)?|add(?:ed|s)?)\s+to|made|make|makes|total(?:l?ed|s)?|for\s+a\s+total\s+of)"
    rf"\s+{HEDGED}\S{{0,4}}",
    re.I,
)


def _plus_came_to(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """The sum of the two amounts right before the amount at ``position``, which the claim adds with "plus" and says
    they came to it ("$3.0 billion of buybacks plus $2.1 billion of dividends came to $5.1 billion"), both backed."""
    if position < 2:
        return None
    first, second, result = stated[position - 2], stated[position - 1], stated[position]
    if not (first.supported and second.supported and first.kind == second.kind == result.kind):
        return None
    if not (_PLUS_BETWEEN.fullmatch(text, first.span.end, second.span.start)
            and _CAME_TO_BETWEEN.fullmatch(text, second.span.end, result.span.start)):  # fmt: skip
        return None
    value = first.size()[0] + second.size()[0]
    return ClaimSum(position, (position - 2, position - 1), "sum", value) if _inside(value, result) else None


# An average price said per share, or per unit counted, after the amount and the count it averages: "bought back 5.6
# million shares for $348 million in 2024, an average of about $62 a share", "The Q4 buyback of 139.7 million shares
# for $7.0 billion works out to roughly $50 a share", "iPad revenue of $4.61 billion on 7.33 million units works out to
# roughly $629 per iPad sold".
_AVERAGE_BEFORE = re.compile(
    r"\b(?:average(?:\s+(?:price|cost))?\s+(?:of\s+)?|works?\s+out\s+to\s+|working\s+out\s+to\s+)" + HEDGED + r"\S{0,4}$", re.I
)
_AVERAGE_WORDS = ("average", "work")  # every match of _AVERAGE_BEFORE holds one ("works out to")
_A_SHARE_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?:common\s+)?share\b", re.I)
_PER_UNIT_AFTER = re.compile(r"\s*(?:a|per|each)\s+[a-z]", re.I)


# A price per share said right after the shares bought and what they cost, with no "average": "Bought back 5.6 million
# shares for $348 million in 2024, about $62 a share" (the words before the price, and those between the count and the
# money, which must be said in that order).
_PRICE_AFTER_PURCHASE = re.compile(rf",\s*(?:or\s+)?(?:an?\s+)?{HEDGED}\S{{0,4}}$", re.I)
_SHARES_FOR = re.compile(r"\s+(?:of\s+)?(?:its\s+|our\s+)?(?:common\s+|ordinary\s+)?shares\s+(?:of\s+(?:common\s+)?stock\s+)?for\s+"
                         rf"(?:{HEDGED}|a total of\s+)\S{{0,4}}", re.I)  # fmt: skip


def _average_per_share(text: str, position: int, stated: list[Stated], averaged_said: bool = True) -> ClaimSum | None:
    """An amount per share or per unit the claim says is an average ("an average of about $62 a share", "works out to
    roughly $629 per iPad sold"), or an amount per share it says as the price right after the shares and the money
    paid for them ("5.6 million shares for $348 million in 2024, about $62 a share"): the amount of money it states
    before it over the count it states before it (the nearest of each, both backed by the source, the money no amount
    per share itself); the value from the claim's figures falls in the result's rounding interval. ``averaged_said``:
    the claim holds a word of ``_AVERAGE_WORDS`` (none: not searched)."""
    result = stated[position]
    start, end = result.span.start, result.span.end
    averaged = averaged_said and _AVERAGE_BEFORE.search(text, max(0, start - 40), start) is not None
    if not (_A_SHARE_AFTER.match(text, end) or (averaged and _PER_UNIT_AFTER.match(text, end))):
        return None
    if not averaged:
        return _price_paid(text, position, stated)
    before = range(position - 1, max(-1, position - 4), -1)
    money = next((i for i in before if stated[i].kind == "money" and stated[i].supported and not stated[i].change
                  and abs(stated[i].value) >= 1000 * abs(result.value)), None)  # fmt: skip
    count = next((i for i in before if stated[i].kind in ("shares", "count") and stated[i].supported
                  and not stated[i].change and stated[i].value > 0), None)  # fmt: skip
    if money is None or count is None:
        return None
    value = abs(stated[money].value) / stated[count].value
    name = "average per share" if _A_SHARE_AFTER.match(text, end) else "average per unit"
    return ClaimSum(-1, (money, count), name, value) if _inside(value, result) else None


def _price_paid(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """The price per share at ``position`` said right after "N shares for $M" (``_average_per_share``): the two
    amounts just before it, a count of shares and then money, both backed by the source."""
    result = stated[position]
    if position < 2 or not _PRICE_AFTER_PURCHASE.search(text, max(0, result.span.start - 20), result.span.start):
        return None
    count, money = stated[position - 2], stated[position - 1]
    if count.kind != "shares" or money.kind != "money" or not (count.supported and money.supported):
        return None
    if count.change or money.change or count.value <= 0 or money.value <= 0 or money.value < 1000 * abs(result.value):
        return None
    if not _SHARES_FOR.fullmatch(text, count.span.end, money.span.start):
        return None
    value = money.value / count.value
    return ClaimSum(-1, (position - 1, position - 2), "average per share", value) if _inside(value, result) else None


# How often in a year an amount is paid, said right after it ("US$6.44 a year", "US$6.44 a share over the year", "$0.26
# quarterly"), or before it in its clause ("2025 quarterly dividend held at US$1.61"): a year's amount is four of a
# quarter's.
_A_YEAR = (
    r"(?:a|per)\s+year|annually|annualized|on an annual(?:ized)? basis|over\s+(?:the\s+)?(?:four|4)\s+(?:quarterly\s+)?payments"
    r"|(?:over|for)\s+the\s+(?:full\s+|whole\s+)?year"
)
_A_QUARTER = r"(?:a|per)\s+quarter|quarterly"
_PAID_AFTER = re.compile(rf"\s*(?:(?:a|per)\s+share\s*)?,?\s*(?:(?P<year>{_A_YEAR})|(?P<quarter>{_A_QUARTER}))\b", re.I)
_PAID_BEFORE = re.compile(r"\b(?:(?P<year>annual|yearly)|(?P<quarter>quarterly))\b[^.;,\d]{0,40}$", re.I)
# The same payment restated in another period's terms: "US$1.61, or US$6.44 a year", "$1.04 a share annually ($0.26
# quarterly)", "US$1.61 per share, or US$6.44 over the four payments".
_RESTATED = re.compile(rf"\s*(?:(?:a|per)\s+share\s*)?(?:,?\s*(?:{_A_YEAR}|{_A_QUARTER}))?"
                       # an aside of no amount between: "US$1.61 per share, unchanged from last year, or US$6.44 a year"
                       rf"(?:,[^.;,\d$]{{2,40}})?"
                       rf"\s*(?:,\s*or|or|,\s*i\.e\.|\()\s*{HEDGED}\S{{0,4}}", re.I)  # fmt: skip
_QUARTERS_A_YEAR = Decimal(4)


def _paid_per(text: str, span: Span, after_only: bool) -> str:
    """"year" or "quarter": how often the amount at ``span`` is paid, as the words right after it say or, unless
    ``after_only``, the words before it in its clause; "" when they say neither."""
    said = _PAID_AFTER.match(text, span.end)
    if said is None and not after_only:
        said = _PAID_BEFORE.search(text, max(0, span.start - 60), span.start)
    if said is None:
        return ""
    return "year" if said.group("year") else "quarter"


# A claim's payment said to be a year's, anywhere near its amount: "On an annual basis, the 2025 dividend amounts to",
# "an annualized dividend of", "US$6.44 a year"
_A_YEAR_SAID = re.compile(rf"\b(?:{_A_YEAR}|annual|yearly)\b", re.I)
_A_YEAR_REACH = 80
A_YEAR_OF_PAYMENTS = "four quarterly payments"


def says_a_year_of(words: str, span: Span) -> bool:
    """Whether a claim's words say its amount at ``span`` is paid over a year (``_A_YEAR_SAID``, in its clause)."""
    return _A_YEAR_SAID.search(words, max(0, span.start - _A_YEAR_REACH), span.end + _A_YEAR_REACH // 2) is not None


@_built_once_per_index
def annual_payments(index: FactIndex) -> list[Computed]:
    """A year of each dividend a release's sentences state by the quarter ("approved a 2025 quarterly dividend payment
    of US$1.61 per share": US$6.44 a year), for a claim that says the year's amount alone: four of them."""
    text = index.document.text
    return [
        Computed(A_YEAR_OF_PAYMENTS, (fact,), fact.value * _QUARTERS_A_YEAR, fact.low * _QUARTERS_A_YEAR, fact.high * _QUARTERS_A_YEAR)
        for fact in index.facts
        if "dividend" in fact.metrics and not fact.change and not fact.in_table and fact.value > 0
        and _paid_per(text, fact.figure.span, after_only=False) == "quarter"
    ]  # fmt: skip


def _per_period(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A payment the claim restates in another period's terms right after the amount it states first, backed by the
    source ("2025 quarterly dividend held at US$1.61, or US$6.44 a year": four quarters' worth; "$1.04 a share
    annually ($0.26 quarterly)": a quarter's). Both periods must be said, the result's right after it."""
    result = stated[position]
    if position < 1:
        return None
    amount = stated[position - 1]
    if not amount.supported or amount.kind != "money" or amount.change or amount.value <= 0 or result.value <= 0:
        return None
    if not _RESTATED.fullmatch(text, amount.span.end, result.span.start):
        return None
    paid, restated = _paid_per(text, amount.span, after_only=False), _paid_per(text, result.span, after_only=True)
    if {paid, restated} != {"year", "quarter"}:
        return None
    value = amount.value * _QUARTERS_A_YEAR if restated == "year" else amount.value / _QUARTERS_A_YEAR
    name = "a year of quarterly payments" if restated == "year" else "a quarter of the yearly payment"
    return ClaimSum(-1, (position - 1, position - 1), name, value) if _inside(value, result) else None


# A ratio of two amounts the claim states, said as how many times the second the first is: "$50 million, more than
# four times the $12 million of a year ago" (the words between the count and the second amount).
# a period named by digits between the count and the amount it multiplies: "2.6 times 3Q21's $72 million", "twice Q3's"
_PERIOD_TOKEN = r"\b(?:[1-4][QH](?:\d{2}|\d{4})?|[QH][1-4](?:\s?(?:\d{2}|\d{4}))?|(?:19|20)\d{2})\b"
_TIMES_BETWEEN = re.compile(r"[- ]?(?:times|fold)\b(?:[^.;\d]|" + _PERIOD_TOKEN + r"){0,30}?\S{0,4}", re.I)
# Two amounts set against each other, then the count of times said right after them: "$2.25m vs $416,323 in H1 2024,
# roughly 5.4x", "about $1.33 million, up from roughly $254,000 in Q2 2024, roughly five times as much" (the words
# between the amounts, then from the second to the count, a year or period named allowed).
# (the first amount's date may come between: "8,609,308 at September 30, 2024 from 1,977,152 at the end of 2023"; and
# the second's before the count: "rose to 8,609,308 from 1,977,152 at December 31, 2023, more than four times as many")
_DAY_AND_YEAR = r"\b\d{1,2},\s*(?:19|20)\d{2}\b"
_SET_AGAINST = re.compile(
    r"(?:[^.;\d]|" + _DAY_AND_YEAR + "|" + _PERIOD_TOKEN + r"){0,40}?\b(?:vs\.?|versus|against|compared\s+(?:with|to)|from)\s+"
    r"[^.;\d]{0,20}?\S{0,4}",
    re.I,
)
_TIMES_AFTER_BOTH = re.compile(
    r"(?:[^.;\d]|" + _DAY_AND_YEAR + "|" + _PERIOD_TOKEN + r"){0,30}?,\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|~\s*)?$",
    re.I,
)
# One amount said to cover another, then how many times: "of $13.8 billion covered nonaccrual loans of $7.2 billion
# about 1.9 times" (the words between the amounts; from the second to the count; the word after the count).
_COVERED = re.compile(r"[^.;\d]{0,40}?\bcover(?:ed|s|ing)?\b[^.;\d]{0,40}?\S{0,4}", re.I)
_COUNT_RIGHT_AFTER = re.compile(r"\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|~\s*)?", re.I)
_TIMES_SAID = re.compile(r"\s*(?:x\b|times\b)", re.I)
# A count of times said as how much higher, as journalists write a ratio: "more than five times higher" (five times
# as much, read so; a change of five times the base would be six times as much)
_TIMES_HIGHER = re.compile(r"\s*(?:x|times|fold)\s+(?:higher|larger|greater|bigger|more|as\s+(?:much|many|high|large|big))\b", re.I)
# An amount per share said as the amount before restated: ", or $4.95 per diluted share, "
_A_SHARE_RESTATED = re.compile(r"\s*,?\s*(?:or\s+|\()\s*", re.I)
_PER_SHARE_SAID = re.compile(r"\s*(?:/|per\s+|a\s+)(?:diluted\s+|basic\s+)?share\b", re.I)
_AFTER_A_MULTIPLE = re.compile(r"\s[^.;\d]{0,30}?\S{0,4}", re.I)  # from "1.3x" to the amount it multiplies
_MORE_THAN_BEFORE = re.compile(r"\b(?:more than|over|above|upwards of)\s+$", re.I)
_NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost|close to|just under)\s+$", re.I)
_BOUND_WORDS = 15  # how far before the count its bound may stand: "more than "
_MOST_TIMES = 20  # the largest count a claim says a multiple by, in words or digits
_MOST_FOLD = 100  # the largest count said "-fold" or glued to its "x": words that say it is a multiple
_FOLD = re.compile(r"[- ]?fold\b", re.I)
# A count of times, then the level it came to: "25-fold in Q3 2024, to " (a period named allowed between)
_THEN_TO = r"(?:[^.;\d]|" + _PERIOD_TOKEN + r"){0,30}?\bto\s+" + HEDGED + r"\S{0,4}"
_TIMES_THEN_TO = re.compile(r"[- ]?(?:fold|times)\b" + _THEN_TO, re.I)
_AFTER_A_MULTIPLE_TO = re.compile(r"\s" + _THEN_TO, re.I)  # from "24.5x" to the level it came to
# A count of times, then the pair it is the ratio of after a comma or a colon: "four times the year-earlier level, "
_TIMES_THEN_A_PAIR = re.compile(r"[- ]?(?:fold|times)\b[^.;\d]{0,40}?[,:]\s*" + HEDGED + r"\S{0,4}", re.I)
_COUNTED_KINDS = {"shares": "count"}  # a count of shares and a count of anything are one kind to a ratio
# How far after the first amount its count of times may be said: past the amount's noun and date ("8,609,308 common
# shares outstanding at September 30, 2024, more than four times the 1,977,152 at the end of 2023")
_COUNT_REACH = 70


def _times_ratio(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """How many times one amount the claim states is the next, said between them ("JOURNAVX brought in $50 million,
    more than four times the $12 million of a year ago": 50 / 12 = 4.2). Both amounts backed by the source, of one
    kind and positive, the first in the count's clause right before it; or said before both, the level it came to
    and the one it came from ("rose nearly 25-fold in Q3 2024, to $4.8 million from $196,000", "rose about 24.5x");
    or said before both, the pair after a comma ("about four times the year-earlier level, $111.7 million versus
    $27.2 million"). The ratio must fall in the count's bounds (``multiple_bounds``). A count and a count of shares are
    of one kind ("8,609,308 common shares ..., more than four times the 1,977,152 at the end of 2023")."""
    result = stated[position]
    # "1.3x the EUR 30.3m dividend" (not the "x" that ends "six")
    glued = text[result.span.end - 1 : result.span.end] in MULTIPLE_SIGNS and text[result.span.end - 2 : result.span.end - 1].isdigit()
    # "rose nearly 25-fold", "rose about 24.5x": a multiple said as such, no change by 25
    said = glued or _FOLD.match(text, result.span.end) is not None
    if (result.change and not said and not _TIMES_HIGHER.match(text, result.span.end)) or not (
        1 < result.value <= (_MOST_FOLD if said else _MOST_TIMES)
    ):
        return None
    if position + 2 < len(stated) and (_AFTER_A_MULTIPLE_TO if glued else _TIMES_THEN_TO).fullmatch(
        text, result.span.end, stated[position + 1].span.start
    ) and _SET_AGAINST.fullmatch(text, stated[position + 1].span.end, stated[position + 2].span.start):
        # "expenses rose nearly 25-fold in Q3 2024, to $4.8 million from $196,000": the count said before both amounts
        pair = (position + 1, position + 2)
    elif position + 2 < len(stated) and _TIMES_THEN_A_PAIR.fullmatch(text, result.span.end, stated[position + 1].span.start) and (
        _SET_AGAINST.fullmatch(text, stated[position + 1].span.end, stated[position + 2].span.start)
    ):
        # "Operating cash flow was about four times the year-earlier level, $111.7 million versus $27.2 million"
        pair = (position + 1, position + 2)
    elif position >= 2 and _SET_AGAINST.fullmatch(text, stated[position - 2].span.end, stated[position - 1].span.start) and (
        _TIMES_AFTER_BOTH.fullmatch(text, stated[position - 1].span.end, result.span.start)
    ):
        # "H1 revenue $2.25m vs $416,323 in H1 2024, roughly 5.4x": the count said after both amounts
        pair = (position - 2, position - 1)
    elif position >= 2 and _COVERED.fullmatch(text, stated[position - 2].span.end, stated[position - 1].span.start) and (
        _COUNT_RIGHT_AFTER.fullmatch(text, stated[position - 1].span.end, result.span.start) and _TIMES_SAID.match(text, result.span.end)
    ):
        # "The allowance of $13.8 billion covered nonaccrual loans of $7.2 billion about 1.9 times": a coverage
        pair = (position - 2, position - 1)
    elif position < 1 or position + 1 >= len(stated):
        return None
    elif position >= 2 and position + 1 < len(stated) and stated[position + 1].kind == stated[position - 2].kind and (
        _A_SHARE_RESTATED.fullmatch(text, stated[position - 2].span.end, stated[position - 1].span.start)
        and _PER_SHARE_SAID.match(text, stated[position - 1].span.end)
    ):
        # "net income was $21.5 billion, or $4.95 per diluted share, more than six times 2020's $3.4 billion": the
        # amount per share between restates the first
        pair = (position - 2, position + 1)
    else:
        pair = (position - 1, position + 1)
    first, second = stated[pair[0]], stated[pair[1]]
    if not (first.supported and second.supported) or first.kind == "percent" or (
        _COUNTED_KINDS.get(first.kind, first.kind) != _COUNTED_KINDS.get(second.kind, second.kind)
    ):
        return None
    if first.change or second.change or first.value <= 0 or second.value <= 0:
        return None
    if pair[1] == position + 1:  # the count between its two amounts: "$50 million, more than four times the $12 million"
        nearest = stated[position - 1]
        if _CLAUSE_BREAK.search(text, nearest.span.end, result.span.start) or result.span.start - nearest.span.end > _COUNT_REACH:
            return None
        if not (_TIMES_BETWEEN if not glued else _AFTER_A_MULTIPLE).fullmatch(text, result.span.end, second.span.start):
            return None
    value = first.value / second.value
    low, high = multiple_bounds(text, result.span.start, result.value, result.low, result.high)
    return ClaimSum(-1, pair, "ratio", value) if low <= value < high else None


def multiple_bounds(text: str, start: int, count: Decimal, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
    """The ratios a count of times said at ``start`` holds (``[low, high)``: its rounding interval): "more than four
    times" a ratio above four and below five, "nearly four" one from 3.5 to four (from 5% below, for a count past ten:
    "nearly 25-fold" from 23.75), a plain count its rounding interval."""
    before = text[max(0, start - _BOUND_WORDS) : start]
    if _MORE_THAN_BEFORE.search(before):
        return count + _ABOVE, count + 1
    if _NEARLY_BEFORE.search(before):
        return count - max(Decimal("0.5"), count / 20), count
    return low, high


_ABOVE = Decimal("1e-9")  # "more than four times": above four, not four itself


# A multiple of the amount said right after it, between a result and that amount: "about $1.1 billion, half the
# second quarter's $2.2 billion", "$4.4 billion, twice the year-ago $2.2 billion". A bound ("more than double")
# states no value.
_MULTIPLE_BETWEEN = re.compile(
    r"[^.;\d]{0,20}?(?<!more than )(?<!less than )(?<!over )(?<!under )(?<!nearly )(?<!almost )"
    r"\b(?P<times>half|twice|double|triple|three times|one[- ]third|a third|two[- ]thirds)\b(?:\s+(?:of|that of))?"
    r"[^.;\d$€£¥]{0,40}?" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
_TIMES = {"half": Decimal("0.5"), "twice": Decimal(2), "double": Decimal(2), "triple": Decimal(3), "three times": Decimal(3),
          "one third": Decimal(1) / 3, "a third": Decimal(1) / 3, "two thirds": Decimal(2) / 3}  # fmt: skip


def _multiple(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """An amount the claim says is a multiple of the next amount it states, backed by the source ("Implied
    first-quarter income from operations was about $1.1 billion, half the second quarter's $2.2 billion"): that
    amount's size times the multiple, from the claim's figure, falls in the result's rounding interval."""
    result = stated[position]
    if position + 1 >= len(stated):
        return None
    amount = stated[position + 1]
    # a loss's multiple is left unknown: a sign the claim's words give may be backed by a figure of the other sign
    if not amount.supported or amount.kind != result.kind or amount.value < 0 or result.value < 0:
        return None
    said = _MULTIPLE_BETWEEN.fullmatch(text, result.span.end, amount.span.start)
    if said is None:
        return None
    times = re.sub(r"[- ]", " ", said.group("times").lower())
    value = amount.size()[0] * _TIMES[times]
    return ClaimSum(-1, (position + 1, position + 1), times, value) if _inside(value, result) else None


# An amount said to exceed another by the result: "management fees of EUR 174.0m (vs EUR 171.6m) exceeded operating
# expenses of EUR 166.0m by EUR 8.0m" (the verb, the words up to the result; the amount exceeded said between them).
_EXCEEDED_BY = re.compile(
    r"\b(?:exceed(?:ed|s|ing)?|outpac(?:ed|es|ing)|topp(?:ed|ing)|tops)\b(?P<exceeded>(?:[^.;]|\.(?=\d)){0,80}?)\bby\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)
_EXCEEDED_WORDS = ("exceed", "outpac", "topp", "tops")  # every match of _EXCEEDED_BY holds one


def _exceeded_by(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """An amount the claim says one of its amounts exceeded another by (``_EXCEEDED_BY``): the amount said last
    before the verb, not in an aside ("(vs EUR 171.6m)"), less the amount exceeded, each backed by the source and of
    the result's kind; the difference falls in the result's rounding interval."""
    result = stated[position]
    reach = max(0, result.span.start - _EXCEEDED_REACH)
    said = _EXCEEDED_BY.search(text, reach, result.span.start)
    if said is None:
        return None
    start, end = said.span("exceeded")
    # the amounts said in reach before the result, nearest first: a claim of thousands of amounts is not walked whole
    near = list(itertools.takewhile(lambda i: stated[i].span.start >= reach, range(position - 1, -1, -1)))
    exceeded = [i for i in near if start <= stated[i].span.start < end]
    before = [i for i in near if stated[i].span.end <= said.start() and not _in_an_aside(text, stated[i].span, reach, said.start())]
    if not exceeded or not before:
        return None
    larger, smaller = stated[before[0]], stated[exceeded[0]]
    if not (larger.supported and smaller.supported) or larger.kind != result.kind or smaller.kind != result.kind:
        return None
    value = larger.value - smaller.value
    return ClaimSum(-1, (before[0], exceeded[0]), "difference", value) if value > 0 and _inside(value, result) else None


_EXCEEDED_REACH = 160  # how far before the result the verb and both amounts may be said


def _in_an_aside(text: str, span: Span, start: int, end: int) -> bool:
    """True when the amount at ``span`` stands inside parentheses opened after ``start`` and closed before ``end``:
    "(vs EUR 171.6m)"."""
    opened, closed = text.rfind("(", start, span.start), text.find(")", span.end, end)
    return opened >= 0 and text.find(")", opened, span.start) < 0 and closed >= 0


def _level_less_change(position: int, near: list[int], stated: list[Stated]) -> ClaimSum | None:
    """A comparison level from a level and its change said right before it, in that order: "EUR
    5.45, up 15 cents from EUR 5.30" (5.45 - 0.15); "down $0.10 from $1.60" adds. The change's sign
    is the claim's."""
    result = stated[position]
    for level, change in zip(near, near[1:]):
        if change < position and not stated[level].change and stated[change].change:
            value = stated[level].value - stated[change].value
            if result.low <= value < result.high:
                return ClaimSum(-1, (level, change), "level less change", value)
    return None


# The kind of the two levels a change of each kind is the difference of: percentage-point moves are of percentages.
_LEVEL_KIND = {"money": "money", "count": "count", "shares": "shares", "points": "percent"}
# Where a clause of a claim ends: a change is of the levels of its own clause ("vs." ends none).
# an initial's point ends no clause ("of which U.S. stocks were"); a clause set against the one before does ("about 49% of
# total revenue, while U.S. Zepbound revenue rose 44% to $4.9 billion")
_CLAUSE_BREAK = re.compile(r";|(?<!\bvs)(?<!\b[A-Z])\.\s|,\s+(?:while|whereas|but)\b")


def _change_between(
    text: str, position: int, stated: list[Stated], supported: Mapping[str, Sequence[int]] | None = None
) -> ClaimSum | None:
    """A change the claim states between two levels of its own clause, each backed by the source
    ("Non-GAAP EPS 38 cents vs 54 cents LY, down 16 cents", "EPS fell by $0.98 a share, from $0.12 to
    $(0.86)", "EUR 0.74 a share, up 6 cents from EUR 0.68", "47.7% vs 48.5% a year ago, down about 80
    bps"): the claim's own level less its comparison level, signed, so a rise said of a fall is not
    backed. The levels are the nearest ones whose words give their sides (one the claim's own period,
    one the earlier); a clause that gives no sides computes nothing. A gap or a swing said as such
    ("GAAP EPS of $1.16, a gap of 38 cents"; ``DIFFERENCE_BEFORE``) is the size of the difference of
    the two levels right before it, or of the two right after it where none are before ("swung by $68.5 million, to
    $(15.5) million in 4Q24 from $53.0 million"), or of the one before and the one it is said "from" right after ("$27.5
    million, a swing of $84.8 million from a $57.3 million loss"), whatever their sides. ``supported``: the positions of the supported amounts of each kind, in order
    (``supported_by_kind``), where the caller has them."""
    result = stated[position]
    if result.kind == "percent" and result.change:
        return _percent_change_between(text, position, stated, supported)
    kind = _LEVEL_KIND.get(result.kind)
    levels = _clause_levels(text, position, stated, kind, supported)
    if not result.change:
        before = [i for i in levels if i < position][-2:]
        after = [i for i in levels if i > position][:2]
        if len(before) < 2:  # the two levels said right after it: "swung by $68.5 million, to $(15.5) million ... from $53.0 million"
            before = after
        if len(before) < 2 and len(after) == 1 and _FROM_THE_OTHER.fullmatch(text, result.span.end, stated[after[0]].span.start):
            # one level on each side, the gap said "from" the one after: "was $27.5 million, a swing of $84.8 million
            # from a $57.3 million loss"
            before = [i for i in levels if i < position][-1:] + after
        if len(before) < 2:
            return None
        value = abs(stated[before[0]].value - stated[before[1]].value)
        return ClaimSum(-1, (before[0], before[1]), "difference", value) if _inside(value, result) else None
    own, earlier = _level_and_base(text, position, stated, levels)
    if own is None or earlier is None:
        return _levels_after(text, position, stated)
    value = stated[own].value - stated[earlier].value
    return ClaimSum(-1, (own, earlier), "change", value) if result.low <= value < result.high else None


_FROM_THE_OTHER = re.compile(r"\s+(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?" + HEDGED + r"\S{0,4}", re.IGNORECASE)


def _clause_levels(
    text: str, position: int, stated: list[Stated], kind: str | None, supported: Mapping[str, Sequence[int]] | None = None
) -> list[int]:
    """The amounts of ``kind`` in the clause of the one at ``position``, each a level backed by the source. Only the
    supported amounts of that kind are looked at (``supported``, found once per claim, else here), and a clause's
    break between two amounts is found by bisection over the claim's breaks (``_clause_breaks``): every amount, and
    the text between, read again for each number was quadratic on a claim of thousands."""
    if kind is None:
        return []
    start, end = stated[position].span.start, stated[position].span.end
    candidates = (supported_by_kind(stated) if supported is None else supported).get(kind, ())
    breaks = _clause_breaks(text)
    return [
        i for i in candidates
        if i != position and not stated[i].change
        and not _break_within(breaks, min(start, stated[i].span.end), max(end, stated[i].span.start))
    ]  # fmt: skip


def supported_by_kind(stated: Sequence[Stated]) -> dict[str, list[int]]:
    """The positions of the supported amounts of a claim, by kind, in order."""
    found: dict[str, list[int]] = {}
    for position, amount in enumerate(stated):
        if amount.supported:
            found.setdefault(amount.kind, []).append(position)
    return found


@functools.lru_cache(maxsize=16)
def _clause_breaks(text: str) -> list[tuple[int, int]]:
    """Where each clause break of a claim (``_CLAUSE_BREAK``) starts and ends, in order: the matches cannot overlap,
    so their ends are in order too."""
    return [(found.start(), found.end()) for found in _CLAUSE_BREAK.finditer(text)]


def _break_within(breaks: Sequence[tuple[int, int]], low: int, high: int) -> bool:
    """Whether a break of ``breaks`` lies wholly from ``low`` to ``high``: as ``_CLAUSE_BREAK.search(text, low, high)``."""
    at = bisect.bisect_left(breaks, (low, -1))
    return at < len(breaks) and breaks[at][1] <= high


def _sides(levels: list[int], position: int, stated: list[Stated]) -> tuple[int | None, int | None]:
    """Of ``levels``, the nearest to ``position`` whose words say it is the claim's own period's, and the nearest
    whose words say it is the earlier one's (None where none says so)."""
    nearest = sorted(levels, key=lambda i: abs(i - position))
    own = next((i for i in nearest if stated[i].prior is False), None)
    earlier = next((i for i in nearest if stated[i].prior is True), None)
    return own, earlier


def _level_and_base(text: str, position: int, stated: list[Stated], levels: list[int]) -> tuple[int | None, int | None]:
    """The level and the base of the change at ``position``, of ``levels``: those whose words give their sides
    (``_sides``); else the level before the change and the base its words set it against after it ("a $4.68 midpoint,
    about 4.2% above 2024's $4.49", "$125 million above the prior $13.025 billion midpoint"); else, for a change said
    to be from the quarter before, the two levels before it, the later one last ("implied Q1 revenues of about $58.2
    million, so Q2's $68.8 million was up roughly 18% sequentially"). None where the words say neither."""
    own, earlier = _sides(levels, position, stated)
    if own is not None and earlier is not None:
        return own, earlier
    result = stated[position]
    before = [i for i in levels if i < position]
    after = [i for i in levels if i > position]
    if before and after and _BASE_BEFORE.fullmatch(text, result.span.end, stated[after[0]].span.start):
        return before[-1], after[0]
    if len(before) > 1 and _SEQUENTIAL_AFTER.match(text, result.span.end):
        return before[-1], before[-2]
    return None, None


_LEVELS_OF_A_RATE = ("money", "count", "shares")
_SEQUENTIAL_AFTER = re.compile(r"\s*(?:sequentially|q/q|qoq|quarter[- ](?:over|on)[- ]quarter)\b", re.IGNORECASE)
# The words from a change to the level it is counted against: "about 4.2% above 2024's $4.49", "growth of about 21%
# from $922.1 million in 2024", "6.6% above the 12,896 closed in 2024".
_BASE_BEFORE = re.compile(
    r"[^\d.;:]{0,20}?\b(?:above|below|over|under|from|than|vs\.?|versus|against|compared\s+(?:with|to))\s+"
    r"(?:[^\d.;:]|\b(?:19|20)\d{2}\b){0,40}?"
    rf"{HEDGED}\S{{0,4}}",
    re.IGNORECASE,
)


def _percent_change_between(
    text: str, position: int, stated: list[Stated], supported: Mapping[str, Sequence[int]] | None = None
) -> ClaimSum | None:
    """A percent change the claim states between two levels of its own clause, each backed by the source: "Nine-month
    adjusted EBITA fell roughly 11% y/y, to EUR 104.2 million from EUR 117.6 million" (104.2 / 117.6 - 1 = -11.4%). The
    levels are the nearest of one kind whose words give their sides, as ``_change_between`` takes them; the change of
    two losses is that of their sizes ("the loss narrowed 31% to $5.8 million from $8.4 million"). The change computed
    from the claim's figures must round to the claim, signed: a rise said of a fall is not backed."""
    result = stated[position]
    levels = percent_change_levels(text, position, stated, supported)
    if levels is None:
        return None
    own, earlier = levels
    now, then = stated[own].value, stated[earlier].value
    if now < 0 and then < 0:
        now, then = -now, -then
    if then <= 0 or now < 0:
        return None
    value = (now / then - 1) * _HUNDRED
    return ClaimSum(-1, (own, earlier), "percent change", value) if result.low <= value < result.high else None


def percent_change_levels(
    text: str, position: int, stated: list[Stated], supported: Mapping[str, Sequence[int]] | None = None
) -> tuple[int, int] | None:
    """The level and the base, of the claim's supported levels of its own clause, that the claim's words set the
    percent change at ``position`` between (``_level_and_base``, the first kind of ``_LEVELS_OF_A_RATE`` whose levels
    give both): "about $125 million of cost savings in 2024, 25% above target, implying a target of about $100
    million" -- the $125 million and the $100 million. An amount in an aside before the change that opens right after
    another amount is how that amount is made, no level of the change's: Lowe's "implied Q1 2026 sales of about
    $23.08 billion (H1 $49.03 billion less Q2), up roughly 10% from about $20.93 billion a year earlier".
    ``supported``: as ``_change_between``'s."""
    end = stated[position].span.start
    supported = supported_by_kind(stated) if supported is None else supported
    for kind in _LEVELS_OF_A_RATE:
        if not supported.get(kind):
            continue  # no level of the kind, no sides (asked of each change of a claim of thousands of changes alone)
        levels = [i for i in _clause_levels(text, position, stated, kind, supported) if i > position or not _in_an_aside_before(text, stated[i].span, end)]
        own, earlier = _level_and_base(text, position, stated, levels)
        if own is not None and earlier is not None:
            return own, earlier
    return None


def percent_change_range(level: Stated, base: Stated) -> tuple[Decimal, Decimal] | None:
    """The percent changes from ``base`` to ``level`` that their rounding allows, at the corners of their intervals
    (the change is monotonic in each); of two losses, that of their sizes. None where no percent change is read
    (a base of no size, a loss to a profit)."""
    lows, highs = (level.low, level.high), (base.low, base.high)
    if level.value < 0 and base.value < 0:
        lows, highs = (-level.high, -level.low), (-base.high, -base.low)
    if min(highs) <= 0 or min(lows) < 0:
        return None
    rates = [(now / then - 1) * _HUNDRED for now in lows for then in highs]
    return min(rates), max(rates)


# The two levels a change is of, said right after it, the level it came to first: "would have been $50.1m higher, at
# $431.5m vs the reported $381.4m" (the words between the change and the first level, then between the two levels).
_AT_THE_LEVEL = re.compile(rf"[^.;:\d]{{0,20}}?,?\s*(?:at|to)\s+{HEDGED}\S{{0,4}}", re.IGNORECASE)
_VERSUS_THE_LEVEL = re.compile(
    rf"[^.;:\d]{{0,30}}?\b(?:vs\.?|versus|against|compared\s+(?:with|to))\s+[^.;:\d]{{0,30}}?{HEDGED}\S{{0,4}}", re.IGNORECASE
)


def _levels_after(text: str, position: int, stated: list[Stated]) -> ClaimSum | None:
    """A change the claim states before the two levels it is of, "at A vs B" (``_AT_THE_LEVEL``, ``_VERSUS_THE_LEVEL``):
    A less B, signed, both levels of the change's kind backed by the source ("Excluding reportable catastrophes, Q4
    adjusted EBITDA would have been $50.1m higher, at $431.5m vs the reported $381.4m": 431.5 - 381.4)."""
    if position + 2 >= len(stated):
        return None
    result, level, base = stated[position], stated[position + 1], stated[position + 2]
    kind = _LEVEL_KIND.get(result.kind)
    if any(not amount.supported or amount.change or amount.kind != kind for amount in (level, base)):
        return None
    if not _AT_THE_LEVEL.fullmatch(text, result.span.end, level.span.start):
        return None
    if not _VERSUS_THE_LEVEL.fullmatch(text, level.span.end, base.span.start):
        return None
    value = level.value - base.value
    return ClaimSum(-1, (position + 1, position + 2), "change", value) if result.low <= value < result.high else None


_RANGE_JOINED = re.compile(r"\s*(?:to|-|–|—)\s*\S{0,4}", re.IGNORECASE)  # "10% to 14%", "$5.41-5.71", "$250-$265"
_BETWEEN_REACH = 30
# How far from a value the word "midpoint" may stand to say it is one: its clause.
_MIDPOINT_WORDS = 60


def _midpoint(text: str, position: int, near: list[int], stated: list[Stated]) -> ClaimSum | None:
    """The midpoint of a range the claim states, its two ends said one after the other and joined as a range ("its
    10% to 14% range", "its 10%-14% FX-neutral range", "between EUR 1.70 billion and EUR 1.85 billion"; not "14%
    FX-neutral range, with capex at roughly 4%")."""
    result = stated[position]
    for first, second in zip(near, near[1:]):
        if second == first + 1 and (
            _RANGE_JOINED.fullmatch(text, stated[first].span.end, stated[second].span.start)
            or (
                (joined := _RANGE_JOIN.fullmatch(text, stated[first].span.end, stated[second].span.start)) is not None
                and joined.group("joined") == "and"
                and _BETWEEN_BEFORE.search(text, max(0, stated[first].span.start - _BETWEEN_REACH), stated[first].span.start)
            )
        ):
            value = (stated[first].value + stated[second].value) / 2
            if result.low <= value < result.high:
                return ClaimSum(-1, (first, second), "midpoint", value)
    return None


def _said_differences(text: str, stated: list[Stated]) -> list[tuple[tuple[int, int], Decimal]]:
    """Pairs of neighbouring supported amounts of one kind that the claim subtracts ("A less B")."""
    pairs = []
    for position in range(len(stated) - 1):
        first, second = stated[position], stated[position + 1]
        if first.supported and second.supported and first.kind == second.kind and LESS_BETWEEN.fullmatch(
            text, first.span.end, second.span.start
        ):
            pairs.append(((position, position + 1), abs(first.size()[0] - second.size()[0])))
    return pairs


# The period a claim sets a ratio's earlier level in, said right after it: "from roughly 38% in 4Q23", "from 10.4% a year
# earlier", "from 31% in Q3", "from 12.0% in the third quarter of 2024".
_EARLIER_SAID = re.compile(
    r"\s*(?:in|for|during|at)?\s*(?:the\s+)?(?:(?P<nq>[1-4])Q'?(?P<nqyear>\d{2}(?:\d{2})?)?|Q(?P<qn>[1-4])(?:\s*'?(?P<qyear>\d{2}(?:\d{2})?))?"
    r"|(?P<q>first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?|(?P<alone>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
_A_YEAR_BEFORE = re.compile(
    r"\s*,?\s*(?:in\s+)?(?:the\s+)?(?:a\s+year\s+(?:earlier|ago|before)|(?:prior|previous|last)[- ]year(?:'s)?|year[- ]ago|same\s+(?:period|quarter))\b",
    re.IGNORECASE,
)
_A_QUARTER_BEFORE = re.compile(r"\s*,?\s*(?:in\s+)?(?:the\s+)?(?:(?:prior|previous|last|preceding)\s+quarter|sequentially)\b", re.IGNORECASE)


def _months(end: tuple[int, int, int]) -> int:
    return end[0] * 12 + end[1]


def earlier_ratios(
    index: FactIndex, part: Fact, whole: Fact, said_after: str, fiscal_quarter: int | None, current_year: int | None
) -> list[Computed]:
    """A share or margin's earlier level, as analysts set it beside the current one: the same two table rows' cells of
    the period the claim names right after it (``said_after``), part over whole in percent. Copa's "Fuel fell to about
    33% of Copa's 4Q24 operating expenses ($219.2 million of $672.9 million) from roughly 38% in 4Q23" is its "Fuel"
    row over its "Total Operating Expense" row in the 4Q23 column. A year earlier ("a year earlier", a quarter of an
    earlier year named: "4Q23") is the cells that end a year before the current ones; a quarter before ("in Q3", "the
    prior quarter"), three months before; a period said otherwise, or none said where the rows print more than one
    earlier period of their length, gives nothing. Both rows' cells positive, of the current ones' length and
    comparison side, their end dates read."""
    if not (part.in_table and whole.in_table and part.period.end and whole.period.end and part.period.end[1]):
        return []
    now = part.period.end
    year_before = _A_YEAR_BEFORE.match(said_after) is not None
    quarter_before = _A_QUARTER_BEFORE.match(said_after) is not None
    named = None if year_before or quarter_before else _EARLIER_SAID.match(said_after)
    if named is not None:
        quarter_said = named.group("nq") or named.group("qn") or (str(_ORDINAL[named.group("q").lower()]) if named.group("q") else None)
        year_text = named.group("nqyear") or named.group("qyear") or named.group("year") or named.group("alone")
        year = (int(year_text) % 100) if year_text else None
        this_year = (current_year or now[0]) % 100
        if year is not None and year == (this_year - 1) % 100 and (quarter_said is None or int(quarter_said) == fiscal_quarter):
            year_before = True  # "4Q23" of the fourth quarter of 2024, "2023" of 2024
        elif quarter_said and (year is None or year == this_year) and fiscal_quarter and int(quarter_said) == fiscal_quarter - 1:
            quarter_before = True  # "Q3" of the fourth quarter
        else:
            return []
    found = []
    for earlier_part in _row_cells(index, part):
        for earlier_whole in _row_cells(index, whole):
            then = earlier_part.period.end
            if then is None or then != earlier_whole.period.end or not then[1] or earlier_part.period.length != part.period.length:
                continue
            if year_before and _months(now) - _months(then) != 12:
                continue
            if quarter_before and _months(now) - _months(then) != 3:
                continue
            if earlier_part.value <= 0 or earlier_whole.value <= 0 or earlier_whole.period.length != whole.period.length:
                continue
            value = earlier_part.value / earlier_whole.value * _HUNDRED
            low, high = earlier_part.low / earlier_whole.high * _HUNDRED, earlier_part.high / earlier_whole.low * _HUNDRED
            found.append(Computed("earlier share of total", (earlier_part, earlier_whole), value, low, high))
    if not (year_before or quarter_before) and len(found) > 1:
        return []  # which earlier period, the claim does not say
    return found


def _row_cells(index: FactIndex, fact: Fact) -> list[Fact]:
    """The other cells of ``fact``'s table row that are levels of its family and of the comparison side."""
    return [
        other for other in index.facts
        if other.figure.context == fact.figure.context and other is not fact and other.in_table
        and not other.change and other.family == fact.family and other.period.prior
    ]  # fmt: skip
