"""Numbers in the forms analysts write them, read out of a claim.

"$1.2 billion", "$1,234 million", "1.2bn", "USD 1.2 billion", "9 cents", "$(0.09)",
"a loss of 9 cents per share", "27%", "27 percent", "3.5 percentage points",
"150 basis points", "$1.10 to $1.20", "twenty-one percent". The grammar is the
source's (``numbers.NUMBER``); this module adds number words, ranges sharing one scale,
and the sign that words give a number ("a net loss of", "fell 27%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .numbers import (
    NUMBER,
    SCALE_EXPONENTS,
    is_bare_year,
    non_figures,
    parse_token,
    precision,
    shares_range_scale,
)
from .types import OtherKind, Span, Unit
from .context import signed_value

__all__ = ["ClaimNumber", "read_numbers", "number_words"]

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SMALL = {word: value for value, word in enumerate(_UNITS)}
_WORD_NUMBER = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<tens_unit>" + "|".join(_UNITS[1:10]) + r"))?"
    r"|(?P<small>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))"
    r"(?:[ ](?P<hundred>hundred))?"
    r"(?:(?P<pct>[ ]percent(?:age[ ]points?)?\b|%)|[ ](?P<bp>basis[ ]points?)\b|[ ](?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_EPS_AFTER = re.compile(
    r"\s*(?:of\s+|in\s+)?(?:GAAP\s+|non-GAAP\s+|adjusted\s+)?(?:diluted\s+|basic\s+)?(?:EPS\b|earnings\s+per\s+share)",
    re.IGNORECASE,
)
_EPS_BEFORE = re.compile(r"(?:\bEPS\b|per\s+(?:\w+\s+){0,3}share)[^.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class ClaimNumber:
    """A number in a claim: where it is, what it says, and how exactly.

    ``value`` carries the sign the words give it: "a net loss of $3.5 million" is
    -3,500,000; "revenue fell 27%" is -27. ``kind`` is set for numbers that are
    not financial (a date, a year), which the verifier leaves alone.
    """

    span: Span
    text: str
    value: Decimal
    unit: Unit
    decimals: int
    kind: OtherKind | None = None

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        half = Decimal(5).scaleb(-self.decimals - 1)
        return self.value - half, self.value + half


def number_words(text: str) -> list[tuple[Span, Decimal, Unit, int]]:
    """Numbers written as words, when a unit says they are figures: "twenty-one percent"."""
    found = []
    for match in _WORD_NUMBER.finditer(text):
        if not (match.group("pct") or match.group("bp") or match.group("scale")):
            continue
        if match.group("tens"):
            value = _TENS[match.group("tens").lower()] + (_SMALL[match.group("tens_unit").lower()] if match.group("tens_unit") else 0)
        else:
            value = _SMALL[match.group("small").lower()]
        if match.group("hundred"):
            value *= 100
        exponent = SCALE_EXPONENTS[match.group("scale").lower()] if match.group("scale") else 0
        pct = (match.group("pct") or "").lower()
        unit = Unit.PERCENTAGE_POINTS if "points" in pct else Unit.PERCENT if pct else Unit.BASIS_POINTS if match.group("bp") else Unit.COUNT
        found.append((Span(match.start(), match.end()), Decimal(value).scaleb(exponent), unit, -exponent))
    return found


def read_numbers(text: str) -> list[ClaimNumber]:
    """Every number of a claim, in order; non-financial ones carry their ``kind``."""
    others = non_figures(text)
    numbers: list[ClaimNumber] = []
    for match in NUMBER.finditer(text):
        number_start = match.start("num")
        kind = next((k for a, b, k in others if a <= number_start < b), None)
        token = parse_token(text, match)
        span = Span(token.start, token.end)
        if kind is None and is_bare_year(match):
            kind = OtherKind.YEAR
        unit = token.unit
        if unit is Unit.CURRENCY and not token.has_scale and (
            _EPS_AFTER.match(text, token.end) or _EPS_BEFORE.search(text, max(0, token.start - 60), token.start)
        ):
            unit = Unit.PER_SHARE
        numbers.append(
            ClaimNumber(span, span.of(text), token.value, unit, token.decimals, kind)
        )
    taken = [number.span for number in numbers]
    for span, value, unit, decimals in number_words(text):
        if not any(s.start < span.end and span.start < s.end for s in taken):
            numbers.append(ClaimNumber(span, span.of(text), value, unit, decimals))
    numbers.sort(key=lambda number: number.span.start)
    numbers = _share_range_scales(text, numbers)
    return [
        replace(n, value=signed_value(text, n.span.start, n.span.end, n.value, n.unit)) if n.kind is None else n
        for n in numbers
    ]


def _share_range_scales(text: str, numbers: list[ClaimNumber]) -> list[ClaimNumber]:
    """In "$1.1 to $1.2 billion" or "27% to 30%", the first number takes the second's unit and scale."""
    result = list(numbers)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.kind or second.kind or not shares_range_scale(text, first.span.end, second.span.start, first.unit, second.unit):
            continue
        exponent = -second.decimals + _digits_after_point(second.text)
        if first.decimals == _digits_after_point(first.text) and exponent > 0:
            number_text = re.search(r"\d[\d,]*(?:\.\d+)?", first.text).group().replace(",", "")
            result[index] = replace(
                first,
                value=Decimal(number_text).scaleb(exponent) * (-1 if first.value < 0 else 1),
                unit=second.unit if first.unit in (Unit.COUNT, Unit.CURRENCY) else first.unit,
                decimals=precision(number_text, exponent),
            )
        elif first.unit is Unit.COUNT and second.unit in (Unit.PERCENT, Unit.PER_SHARE, Unit.CURRENCY):
            result[index] = replace(first, unit=second.unit)
    return result


def _digits_after_point(number_text: str) -> int:
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", number_text)
    return len(digits.group(1) or "") if digits else 0
