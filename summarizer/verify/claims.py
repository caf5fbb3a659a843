"""Numbers in the forms analysts write them, read out of a claim.

"$1.2 billion", "$1,234 million", "1.2bn", "$41m", "USD 1.2 billion", "RMB5.8 billion",
"HK$7.2 billion", "S/ 1,238", "9 cents", "eight cents", "$(0.09)", "a loss of 9 cents per
share", "27%", "27 percent", "3.5 percentage points", "150 basis points", "$1.10 to $1.20",
"$6.80-$6.90", "35-40", "twenty-one percent", "one point two billion". The grammar is the
source's (``numbers.NUMBER``); this module adds number words, ranges sharing one unit,
scale and currency, and the sign that words give a number ("a net loss of", "fell 27%").
It fails closed: what looks like a number but cannot be read ("$9,9,9 million", "1.2.3%")
is returned as ``OtherKind.UNREADABLE``, which the verifier reports as not supported.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..text.context import signed_value
from ..text.keywords import may_hold, may_hold_each
from ..text.numbers import (
    LONE_NUMBER_LINE,
    NUMBER,
    NonFigure,
    another_amounts_unit,
    is_bare_year,
    is_comparison_aside,
    multiples,
    non_figures,
    number_words,
    parse_token,
    precision,
    shares_range_scale,
)
from ..text.vocabulary import (
    HEDGED,
    HEDGED_BEFORE,
    MONTH,
    MONTH_WORD,
    PER_SHARE_SHORTHAND,
    PER_SHARE_SHORTHAND_WORDS,
    POINTS_AFTER,
    SHORT_OF_BEFORE,
    metrics_in,
)
from ..types import OtherKind, Span, Unit, quick_init, replace

__all__ = ["ClaimNumber", "read_numbers"]

# "Three Months EndedSeptember 30,2025", as some newswire copies print a date.
_DAY_YEAR = re.compile(r"\d{1,2},(?:19|20)\d{2}")
# Three or more whole numbers joined by points, with no currency, percent or scale: a section or
# version number ("1.2.3", "2.4.10"); "1.2.3%" and "$1.2.3 million" stay unreadable.
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){2,}")
_UNIT_AFTER = re.compile(r"\s*(?:percent|per\s*cent|percentage|basis\s+points?|bps|points?)\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"{MONTH}[a-z]*\.?[ ]$")
# What looks like a number: digits with separators between them, a currency before them, a
# scale or a percent sign after. One not read by the grammar is reported, never skipped. Without
# a currency, digits glued to letters ("5G", "B200", "Table 5b") or after a slash ("24/7", "3/31") are
# names, ratios and dates, not amounts, unless a unit or a decimal point follows ("$1.85/1.95").
_DIGIT_RUN = r"\(?\d(?:\d|[.,](?=\d))*+\)?"
_NUMBER_LIKE = re.compile(
    rf"(?<![A-Za-z\d.,])[$€£¥][ ]?{_DIGIT_RUN}(?:[ ]?(?:%|(?:thousand|million|billion|trillion)\b)|[A-Za-z]*)"
    rf"|(?<![A-Za-z\d.,/]){_DIGIT_RUN}(?:[ ]?(?:%|(?:thousand|million|billion|trillion|bn|bln|mln|mn)\b))?(?![A-Za-z])"
    # after a slash, an amount with a unit or a decimal point: "$37.5bn/38.9bn", "$1.85/1.95" (not "24/7", "3/31")
    rf"|(?<=/){_DIGIT_RUN}(?:[ ]?(?:%|(?:thousand|million|billion|trillion|bn|bln|mln|mn)\b)|[mbk]\b)"
    r"|(?<=/)\d+\.\d+(?![\d/])"
    r"|(?<![A-Za-z])[$€£¥](?=[.,](?:\s|$)|$)[.,]?",
    re.IGNORECASE,
)
_EPS_AFTER = re.compile(
    rf"\s*(?:of\s+|in\s+)?(?:GAAP\s+|non-GAAP\s+|adjusted\s+)?(?:diluted\s+|basic\s+)?(?:{PER_SHARE_SHORTHAND}\b|earnings\s+per\s+share)",
    re.IGNORECASE,
)
# What an amount does to earnings per share, said after it: "a 17-cent pre-tax hit to EPS", "a $0.05 benefit to diluted
# EPS"
_EFFECT_ON_EPS = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,2}}?(?:hit|impact|benefit|headwind|tailwind|charge|reduction|boost|drag|effect)\s+(?:to|on)\s+"
    rf"(?:GAAP\s+|non-GAAP\s+|adjusted\s+)?(?:diluted\s+)?(?:{PER_SHARE_SHORTHAND}\b|earnings\s+per\s+share)",
    re.IGNORECASE,
)
# "net income of $7.2 million, or 12 cents": an amount without a scale that an amount of
# millions is restated as is that amount per share
_OR_AFTER_TOTAL = re.compile(r"\d\s*(?:thousand|million|billion|mln|bln|mn|bn|[mb])\s*,\s*or\s+$", re.IGNORECASE)
# "diluted EPS was $2.87, up 58 cents": a decimal point is no sentence end
_EPS_BEFORE = re.compile(rf"(?:\b{PER_SHARE_SHORTHAND}\b|per\s+(?:\w+\s+){{0,3}}share)(?:[^.;]|\.(?=\d)){{0,40}}$", re.IGNORECASE)
# the words every match of _EPS_AFTER, _OR_AFTER_TOTAL, _EPS_BEFORE holds one of (``keywords.may_hold``)
_SHORT_OF_WORDS = ("nearly", "almost", "just", "close")  # every match of SHORT_OF_BEFORE holds one
_EPS_AFTER_WORDS = (*PER_SHARE_SHORTHAND_WORDS, "earnings")
_OR_WORDS = ("or",)
_EPS_BEFORE_WORDS = (*PER_SHARE_SHORTHAND_WORDS, "share")


@quick_init  # made, and replaced as its words are read, for every number of a claim (``types.quick_init``)
@dataclass(frozen=True, slots=True)
class ClaimNumber:
    """A number in a claim: where it is, what it says, and how exactly.

    ``value`` carries the sign the words give it: "a net loss of $3.5 million" is
    -3,500,000; "revenue fell 27%" is -27. ``kind`` is set for numbers that are
    not financial (a date, a year), which the verifier leaves alone, and for what looks
    like a number but cannot be read (``OtherKind.UNREADABLE``), which it reports.
    """

    span: Span
    text: str
    value: Decimal
    unit: Unit
    decimals: int
    kind: OtherKind | None = None
    currency: str = ""  # an ISO code, "$" or "¥" as written, "" when unsaid (see numbers.CURRENCY_CODES)
    short_of: bool = False  # said to fall just short of its value: "nearly 40%"

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The values that round to the number as written; for one said to fall just short of it, down to
        ``_SHORT_OF`` of its size below too ("nearly 40%" holds 39.0 to 40.5, "almost $2.0 billion" 1.95 to 2.05)."""
        half = Decimal(5).scaleb(-self.decimals - 1)
        low, high = self.value - half, self.value + half
        if self.short_of:
            reach = abs(self.value) * _SHORT_OF
            low, high = (min(low, self.value - reach), high) if self.value > 0 else (low, max(high, self.value + reach))
        return low, high


_SHORT_OF = Decimal("0.025")  # how far below its value a number said "nearly" may fall: "nearly 40%" for 39.5%


def read_numbers(text: str) -> list[ClaimNumber]:
    """Every number of a claim, in order; non-financial ones carry their ``kind``, and what
    looks like a number but is not read ("$9,9,9 million", "1.2.3%") is ``UNREADABLE``."""
    grammar_text = _as_printed(text)  # offsets unchanged: the grammar reads "eur 50.0m" as "EUR 50.0m"
    others = non_figures(grammar_text)
    # a number alone on a line of its own is a page number, as in the release ("EX-99.1\n2\nex991.htm")
    others += [NonFigure(m.start(1), m.end(1), OtherKind.PAGE) for m in LONE_NUMBER_LINE.finditer(text)]
    numbers: list[ClaimNumber] = []
    kind_at = _KindAt(others)
    for match in NUMBER.finditer(grammar_text):
        number_start = match.start("num")
        kind = kind_at(number_start)
        token = parse_token(grammar_text, match)
        span = Span(token.start, token.end)
        if kind is None and is_bare_year(match):
            kind = OtherKind.YEAR
        if kind is None and token.unit is Unit.COUNT and _DAY.fullmatch(span.of(text)) and _MONTH_AFTER.match(text, span.end):
            kind = OtherKind.DATE  # "the equity ratio was 37.4% at 30 September": a day, as "September 30" is
        numbers.append(ClaimNumber(span, span.of(text), token.value, token.unit, token.decimals, kind, token.currency))
    overlaps_taken = _overlaps_any([number.span for number in numbers])
    for start, end, value, decimals in multiples(text):  # "about 1.3x the EUR 30.3m dividend": a ratio, checked
        span = Span(start, end)
        if not overlaps_taken(span):
            numbers.append(ClaimNumber(span, span.of(text), value, Unit.COUNT, decimals))
    overlaps_taken = _overlaps_any([number.span for number in numbers])
    for span, value, unit, decimals in number_words(text):
        if not overlaps_taken(span):
            numbers.append(ClaimNumber(span, span.of(text), value, unit, decimals))
    numbers.extend(_glued_range_ends(grammar_text, numbers))
    numbers.extend(_unreadable(text, [n.span for n in numbers] + [Span(a, b) for a, b, _ in others]))
    numbers.sort(key=lambda number: number.span.start)
    per_share_said = tuple(may_hold_each(text, (_EPS_AFTER_WORDS, _OR_WORDS, _EPS_BEFORE_WORDS)))  # once, not per number
    numbers = _per_share_compared(text, [_points(text, _per_share(text, n, per_share_said)) for n in numbers])
    numbers = _comparison_asides(text, _share_range_scales(text, numbers))
    signed = []
    short_of_said = may_hold(text, _SHORT_OF_WORDS)  # once, not per number
    for number in numbers:
        if number.kind is None:
            value = signed_value(text, number.span.start, number.span.end, number.value, number.unit)
            if value is not number.value:  # a copy only of a number its words negate (the value itself is returned else)
                number = replace(number, value=value)
        signed.append(_short_of(text, _hedged(text, number), short_of_said))
    return _per_share_asides(text, signed)


class _KindAt:
    """The kind of the first of ``others`` (in their order) whose span holds an offset: ``next((k for a, b, k in
    others if a <= at < b), None)``. Asked at rising offsets (a claim's numbers in order), in time linear in the two
    lists: a scan of every non-figure for each number was quadratic in a claim of thousands of dates and amounts. The
    spans begun by an offset wait in a heap by their place in ``others``; one ended by it is passed over for good,
    as every later offset lies past its end too. An offset below the one asked before is answered by the scan."""

    def __init__(self, others: Sequence[NonFigure]) -> None:
        self._others = others
        self._by_start = sorted(range(len(others)), key=lambda position: others[position][0])
        self._begun = 0  # how many of ``_by_start`` start at or before the last offset asked
        self._open: list[int] = []  # the places in ``others`` of the spans begun, the ended ones among them
        self._last = -1

    def __call__(self, at: int) -> OtherKind | None:
        others = self._others
        if at < self._last:
            return next((k for a, b, k in others if a <= at < b), None)
        self._last = at
        by_start, open_ = self._by_start, self._open
        while self._begun < len(by_start) and others[by_start[self._begun]][0] <= at:
            heapq.heappush(open_, by_start[self._begun])
            self._begun += 1
        while open_ and others[open_[0]][1] <= at:
            heapq.heappop(open_)  # ended: no later offset lies in it
        return others[open_[0]][2] if open_ else None


def _overlaps_any(spans: list[Span]) -> Callable[[Span], bool]:
    """``lambda span: any(s.start < span.end and span.start < s.end for s in spans)``, each answer found by bisection
    (the spans sorted by their starts, the furthest end among each first few kept): a scan of every number read for
    each multiple or number word was quadratic in a claim of thousands of both."""
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]
    furthest_ends: list[int] = []
    for span in ordered:
        furthest_ends.append(max(furthest_ends[-1], span.end) if furthest_ends else span.end)

    def overlaps(span: Span) -> bool:
        before_its_end = bisect.bisect_left(starts, span.end)  # the spans that start before ``span`` ends
        return before_its_end > 0 and furthest_ends[before_its_end - 1] > span.start

    return overlaps


_LEAST_ROUNDING_ZEROS = 2  # "about 2,900 closings", "about $923,000": "about $50" and "some 20 stores" keep their precision


def _hedged(text: str, number: ClaimNumber) -> ClaimNumber:
    """A whole amount written out in full after a word that says it is rounded is read at the place of its last
    non-zero digit: "revenue of about $923,000" is 922,500 to 923,500 (the release's 923,224), "roughly 2,900
    closings" 2,850 to 2,950. Amounts with a scale word ("about $400 million"), decimals, percentages and amounts
    per share keep the precision their digits give; so does a number no hedge precedes ("$923,000" is exact)."""
    if number.kind is not None or number.decimals != 0 or number.unit not in (Unit.CURRENCY, Unit.COUNT, Unit.SHARES):
        return number
    digits = _WHOLE_DIGITS.search(number.text)
    if digits is None or digits.end() != len(number.text):
        return number  # a scale word or a unit follows the digits
    whole = digits.group().replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0"))
    if zeros < _LEAST_ROUNDING_ZEROS or not HEDGED_BEFORE.search(text, max(0, number.span.start - 30), number.span.start):
        return number
    return replace(number, decimals=-zeros)


_WHOLE_DIGITS = re.compile(r"[1-9][\d,]*")


def _short_of(text: str, number: ClaimNumber, said: bool = True) -> ClaimNumber:
    """A number said to fall just short of its value ("nearly 40% of Q2 revenue", ``SHORT_OF_BEFORE``) is marked so:
    its interval reaches below its rounding. ``said``: the claim holds a word of ``SHORT_OF_WORDS`` (none: not searched)."""
    if number.kind is not None or not said or not SHORT_OF_BEFORE.search(text, max(0, number.span.start - 30), number.span.start):
        return number
    return replace(number, short_of=True)


# A day of a month before the month's name, without a year: "at 30 September", "on 1 July".
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")
_MONTH_AFTER = re.compile(rf"[ \t]+{MONTH_WORD}(?![ \t]*\d)")
# A currency code or a month written in lower case, as wire bullets are: "eur 50.0-65.0m", "s/1,238 mln" (the sol),
# "at sept 30".
_LOWER_CODE = re.compile(r"(?<![A-Za-z])(?:usd|eur|gbp|cad|rmb|cny|jpy|chf|hkd|twd|mxn|aud|brl|pen|s/)(?=[ ]?\d)")
_LOWER_MONTH = re.compile(
    r"(?<![A-Za-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?=\.?[ ]\d{1,2}\b(?![%.,]?\d))"
    # "may" is a verb too ("may 5% of sales"): a month only before a day and a year, "as of may 31, 2021"
    r"|(?<![A-Za-z])may(?=[ ](?:[1-9]|[12]\d|3[01]),[ ]?(?:19|20)\d{2}\b)"
)


# The second end of a range of money right after the first, its scale glued on: the "254m" of "$253-254m".
_GLUED_RANGE_END = re.compile(r"[-–](\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:bn|bln|mln|mn|tn|[mbkMBK])\b)(?![.,]\d)")
_FIRST_DIGIT = re.compile(r"\d")


def _glued_range_ends(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """The second ends of ranges of money written "$253-254m" or "RMB5.8-6.0bn": the grammar reads no
    number in "254m" alone ("a 10m run" is a distance), but after the first end of a range it is money
    in the first end's currency (the first end takes its scale in ``_share_range_scales``)."""
    ends = []
    read = {number.span.start for number in numbers}
    for number in numbers:
        found = _GLUED_RANGE_END.match(text, number.span.end) if number.unit is Unit.CURRENCY and not number.kind else None
        if found is None or found.start(1) in read:  # "6.0bn" the grammar reads: a decimal's glued "m" is a scale
            continue
        prefix = _FIRST_DIGIT.split(number.text, maxsplit=1)[0].strip("(-−– ")  # "$", "US$", "RMB"
        probe = prefix + found.group(1)
        match = NUMBER.fullmatch(probe)
        if not prefix or match is None:
            continue
        token = parse_token(probe, match)
        span = Span(found.start(1), found.end(1))
        ends.append(ClaimNumber(span, span.of(text), token.value, token.unit, token.decimals, None, token.currency))
    return ends


def _as_printed(text: str) -> str:
    """``text`` with the currency codes and month names that claims write in lower case as a
    release prints them, each of the same length (spans stay those of ``text``)."""
    text = _LOWER_CODE.sub(lambda m: m.group().upper(), text)
    return _LOWER_MONTH.sub(lambda m: m.group().capitalize(), text)


def _per_share(text: str, number: ClaimNumber, said_in_text: tuple[bool, ...] = (True, True, True)) -> ClaimNumber:
    """An amount without a scale after "EPS of", before "per diluted share", or restating an
    amount of millions ("$7.2 million, or 12 cents") is per share. ``said_in_text``: whether the claim holds a word of
    each of the three patterns (``_EPS_AFTER_WORDS``, ``_OR_WORDS``, ``_EPS_BEFORE_WORDS``): one it holds none of is
    not searched."""
    start, end = number.span
    eps_after, or_after, eps_before = said_in_text
    if number.kind is None and number.unit is Unit.CURRENCY and number.decimals >= 0 and (
        (eps_after and (_EPS_AFTER.match(text, end) or _EFFECT_ON_EPS.match(text, end)))
        or (or_after and _OR_AFTER_TOTAL.search(text, max(0, start - 20), start))
        or (
            eps_before
            and (said := _EPS_BEFORE.search(text, max(0, start - 60), start))
            and not another_amounts_unit(text, said.start(), number.text)
        )
    ):
        return replace(number, unit=Unit.PER_SHARE)
    return number


_LEAST_WHOLE_AMOUNT = 1000
_SHARE_AFTER = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+)?share\b", re.IGNORECASE)
# A per-share amount, then what it is compared with: "$0.88 per diluted share vs. $1.04", "$28.48 a diluted share, up
# from $27.12", "$20.35 a diluted share from $17.13"; words of its own may come between, a qualifier or a period
# ("$3.11 a share from continuing operations in the fourth quarter of 2024, up from $2.74", "$2.03 for the three months
# to September 30, 2024, against $0.78"), which ``_words_of_its_own`` reads.
_PER_SHARE_VERSUS = re.compile(
    r"(?P<unit>\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share)?"
    r"(?P<own>(?:(?<=share)[ \t]+|,[ \t]*|[ \t]+(?=(?:for|in|during|over)\b))"
    r"(?:[^$\d;:()]|\b\d{1,2},[ \t]*(?=(?:19|20)\d\d\b)){1,60}?(?:(?:19|20)\d\d)?)?"
    r"\s*,?\s*(?:vs\.?|versus|compared\s+(?:with|to)|against|(?:up|down)\s+from|(?<=share)[ \t]+from)\s+"
    + HEDGED,
    re.IGNORECASE,
)
_ANOTHER_AMOUNT_NAMED = re.compile(r"\b(?:and|or|while|whereas)\b", re.IGNORECASE)


def _words_of_its_own(said: re.Match[str]) -> bool:
    """The words between an amount per share and the one it is compared with say only the first's qualifier or
    period, no other amount's: not "$1.07 a share and revenue up from $5" (a list goes on) or a metric named."""
    own = said.group("own")
    return own is None or not (_ANOTHER_AMOUNT_NAMED.search(own) or metrics_in(own))


def _per_share_compared(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """An amount without a scale that a per-share amount is compared with is per share too: "net income
    of $44.2 million, or $0.88 per diluted share vs. $1.04" (not $1.04 of money), and so is one compared
    with an amount the words after call per share: "20 cents vs 11 cents a share"."""
    result = list(numbers)
    for index in range(1, len(result)):
        previous = index - 1
        while previous > 0 and result[previous].kind in (OtherKind.YEAR, OtherKind.DATE):
            # the year or date of the first's period: "$1.07 a share in the fourth quarter of 2021, up from $0.95", "$2.03
            # for the three months to September 30, 2024, against $0.78"
            previous -= 1
        before, number = result[previous], result[index]
        if before.kind is not None or number.kind is not None:
            continue
        # "or $4.52 per share, compared with $18,374,354": a whole amount of thousands is money, no amount per share
        after = (
            before.unit is Unit.PER_SHARE and number.unit is Unit.CURRENCY and number.decimals >= 0
            and not (number.decimals == 0 and abs(number.value) >= _LEAST_WHOLE_AMOUNT)
        )
        ahead = number.unit is Unit.PER_SHARE and before.unit is Unit.CURRENCY and before.decimals >= 0
        if not (after or ahead) or not (
            (said := _PER_SHARE_VERSUS.fullmatch(text, before.span.end, number.span.start)) and _words_of_its_own(said)
        ):
            continue  # the units first: the words between are read only for a pair that may be one
        if after:
            result[index] = replace(number, unit=Unit.PER_SHARE, currency=number.currency or before.currency)
        else:
            result[previous] = replace(before, unit=Unit.PER_SHARE, currency=before.currency or number.currency)
    return result


def _points(text: str, number: ClaimNumber) -> ClaimNumber:
    """A bare number followed by "points", "pts" or "pp" is a move in percentage points:
    "gross margin was 74.6%, up 0.6 points"."""
    if number.kind is not None or number.unit is not Unit.COUNT:
        return number
    if POINTS_AFTER.match(text, number.span.end) is None:
        return number
    return replace(number, unit=Unit.PERCENTAGE_POINTS)  # its span stays the digits, as the source's figure


def _unreadable(text: str, read: list[Span]) -> list[ClaimNumber]:
    """What looks like a number (``_NUMBER_LIKE``) but has digits no reading covers: reported
    as ``UNREADABLE``, so that a claim with a number the grammar cannot read fails."""
    covered = bytearray(len(text) + 1)  # 1 where a reading covers the character: linear in the claim
    for span in read:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    found = []
    for match in _NUMBER_LIKE.finditer(text):
        if 0 not in covered[match.start() : match.end()]:
            continue  # every character covered, so every digit: the list of its digits not made (most matches)
        digits = [i for i in range(match.start(), match.end()) if text[i].isdigit()] or [match.start()]
        if all(covered[i] for i in digits):
            continue
        span = Span(match.start(), match.end())
        glued_date = _DAY_YEAR.fullmatch(match.group()) and _MONTH_BEFORE.search(text, max(0, span.start - 12), span.start)
        if glued_date:
            kind = OtherKind.DATE
        elif _SECTION_NUMBER.fullmatch(match.group()) and not _UNIT_AFTER.match(text, span.end):
            kind = OtherKind.IDENTIFIER  # "1.2.3 EPRA net initial yield": a section, not an amount
        else:
            kind = OtherKind.UNREADABLE
        found.append(ClaimNumber(span, span.of(text), Decimal(0), Unit.COUNT, 0, kind))
    return found


def _share_range_scales(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """In "$1.1 to $1.2 billion", "27% to 30%" or "35-40%", the first number takes the
    second's unit and scale; the two ends share a currency said at either."""
    result = list(numbers)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.kind or second.kind:
            continue
        if first.unit is Unit.CURRENCY and second.unit is Unit.COUNT and _A_COUNT_AFTER_A_SCALED_AMOUNT.fullmatch(
            text, first.span.end, second.span.start
        ) and first.decimals < 0 <= second.decimals:
            continue  # "98 of at least $5 million and 73 of at least $10 million": a whole count after a list's amount
        if first.unit is Unit.CURRENCY and second.unit is Unit.COUNT:  # "RMB5.8-6.0 billion"
            per_share = second.decimals >= 0 and _SHARE_AFTER.match(text, second.span.end) is not None
            second = replace(second, unit=Unit.PER_SHARE if per_share else first.unit)  # "EUR 6.60-6.70 per share"
        elif first.unit is Unit.PER_SHARE and second.unit is Unit.COUNT and second.decimals > 0:
            second = replace(second, unit=first.unit)  # "comparable EPS $2.30-2.55": the second end's dollars go unsaid
        if first.unit is Unit.CURRENCY and second.unit is Unit.PER_SHARE and first.decimals >= 0:
            first = replace(first, unit=second.unit)  # "$0.05-$0.07 per share"
        if not shares_range_scale(text, first.span.end, second.span.start, first.unit, second.unit):
            continue
        currency = first.currency or second.currency
        result[index + 1] = replace(second, currency=currency)
        exponent = -second.decimals + _digits_after_point(second.text)
        if first.decimals == _digits_after_point(first.text) and exponent > 0:
            digits = re.search(r"\d[\d,]*(?:\.\d+)?", first.text)
            if digits is None:  # a number written in words keeps its own scale
                continue
            number_text = digits.group().replace(",", "")
            result[index] = replace(
                first,
                value=Decimal(number_text).scaleb(exponent) * (-1 if first.value < 0 else 1),
                unit=second.unit if first.unit in (Unit.COUNT, Unit.CURRENCY) else first.unit,
                decimals=precision(number_text, exponent),
                currency=currency,
            )
        elif first.unit is Unit.COUNT and second.unit is Unit.PER_SHARE and _CENTS.search(second.text):
            # "non-gaap eps 6-7 cents": both ends are cents
            result[index] = replace(first, value=first.value / 100, unit=second.unit, decimals=first.decimals + 2)
        elif first.unit is Unit.COUNT and second.unit in (
            Unit.PERCENT, Unit.PER_SHARE, Unit.CURRENCY, Unit.BASIS_POINTS, Unit.PERCENTAGE_POINTS
        ):  # "40-50 bps"
            result[index] = replace(first, unit=second.unit, currency=currency)
        else:
            result[index] = replace(first, currency=currency)
    return result


_CENTS = re.compile(r"(?:cents?|cts?|¢)\.?$", re.IGNORECASE)
# "and" between an amount said with its scale and a whole number with none: no range's ends ("$5 million and 73")
_A_COUNT_AFTER_A_SCALED_AMOUNT = re.compile(r"\s*,?\s*and\s*", re.IGNORECASE)


def _comparison_asides(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """"EUR 723.7 million (808.8)": a comparison aside (``numbers.COMPARISON_ASIDE``) is the amount
    before it for the other period, in its unit, scale and currency, as the release's reading has it; so is a bare
    number it is set against ("diluted EPS EUR 0.31 (vs -0.20)")."""
    result = list(numbers)
    for index in range(1, len(result)):
        amount, aside = result[index - 1], result[index]
        exponent = -amount.decimals + _digits_after_point(amount.text)
        if (
            amount.kind is None
            and aside.kind is None
            and aside.unit is Unit.COUNT
            and (amount.unit in (Unit.CURRENCY, Unit.PER_SHARE, Unit.PERCENT) or exponent > 0)
            and (
                is_comparison_aside(text, amount.span.end, aside.span.start, aside.span.end)
                or (
                    _BARE_VERSUS.fullmatch(text, amount.span.end, aside.span.start) is not None
                    and _BARE_NUMBER.fullmatch(aside.text) is not None
                    and _NOUN_RIGHT_AFTER.match(text, aside.span.end) is None
                )
            )
        ):
            value = abs(aside.value).scaleb(exponent)
            negative = aside.text.lstrip("(").startswith(("-", "−"))  # "(133.3)": the other period's amount; "-0.20" a loss
            result[index] = replace(
                aside,
                value=-value if negative else value,
                unit=amount.unit,
                decimals=aside.decimals - exponent,
                currency=amount.currency,
            )
    return result


# What sets a bare number against the amount right before it, and a word after it that would say its own unit
_BARE_VERSUS = re.compile(r"\s*\(?\s*(?:vs\.?|versus)\s+", re.IGNORECASE)
_NOUN_RIGHT_AFTER = re.compile(r"\s*[A-Za-z%$€£¥]")
_BARE_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")  # no scale, unit or currency of its own: "-0.20", not "162.7m"
_SHARES_OF_AN_ASIDE = re.compile(r"[ \t]+(?:diluted|basic)[ \t]*\)", re.IGNORECASE)  # "($35.48 diluted)"


def _per_share_asides(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """"vs $140.3m ($2.81)": money without a scale in parentheses right after an amount of millions is
    that amount per share, as "net income $118.3m, or $2.35" is; its parentheses say no loss: it has the
    sign of the amount it restates ("net loss $8.2m ($0.20)" is a loss of 20 cents a share)."""
    result = list(numbers)
    for index in range(1, len(result)):
        amount, aside = result[index - 1], result[index]
        if (
            amount.kind is None and aside.kind is None
            and amount.unit is Unit.CURRENCY and -amount.decimals + _digits_after_point(amount.text) >= 6
            and aside.unit in (Unit.CURRENCY, Unit.PER_SHARE) and aside.decimals > 0
            and (
                (aside.text.startswith("(") and aside.text.endswith(")") and not text[amount.span.end : aside.span.start].strip())
                # the aside says which amount per share: "$118.3 million ($2.35 diluted)"; or nothing else: "vs C$67.4m ($0.28)"
                or (text[amount.span.end : aside.span.start].strip() == "(" and (
                    _SHARES_OF_AN_ASIDE.match(text, aside.span.end) or text.startswith(")", aside.span.end)
                ))
            )
        ):
            value = abs(aside.value) if amount.value >= 0 else -abs(aside.value)
            result[index] = replace(aside, value=value, unit=Unit.PER_SHARE)
    return result


def _digits_after_point(number_text: str) -> int:
    digits = _DIGITS.search(number_text)
    return len(digits.group(1) or "") if digits else 0


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")  # compiled once: asked three times of each number of a claim
