from __future__ import annotations

from decimal import Decimal

import pytest

from summarizer.types import OtherKind, Unit
from summarizer.verify.claims import read_numbers


def _only(text: str):
    numbers = [n for n in read_numbers(text) if n.kind is None]
    assert len(numbers) == 1, numbers
    return numbers[0]


@pytest.mark.parametrize(
    "text, value, unit, decimals",
    [
        ("revenue of $1.2 billion", "1200000000", Unit.CURRENCY, -8),
        ("revenue of $1,234 million", "1234000000", Unit.CURRENCY, -6),
        ("revenue of 1.2bn", "1200000000", Unit.COUNT, -8),
        ("revenue of USD 1.2 billion", "1200000000", Unit.CURRENCY, -8),
        ("EPS of 9 cents", "0.09", Unit.PER_SHARE, 2),
        ("EPS of $(0.09)", "-0.09", Unit.PER_SHARE, 2),
        ("a loss of 9 cents per share", "-0.09", Unit.PER_SHARE, 2),
        ("margin of 27%", "27", Unit.PERCENT, 0),
        ("margin of 27 percent", "27", Unit.PERCENT, 0),
        ("margin widened 3.5 percentage points", "3.5", Unit.PERCENTAGE_POINTS, 1),
        ("margin widened 150 basis points", "150", Unit.BASIS_POINTS, 0),
        ("revenue grew twenty-one percent", "21", Unit.PERCENT, 0),
        ("a net loss of $3.5 million", "-3500000", Unit.CURRENCY, -5),
        ("revenue fell 27% to $6.6 million", "-27", Unit.PERCENT, 0),
    ],
)
def test_forms_analysts_write(text, value, unit, decimals):
    number = read_numbers(text)[0]
    assert (number.value, number.unit, number.decimals) == (Decimal(value), unit, decimals)


def test_a_range_shares_its_scale():
    low, high = [n for n in read_numbers("revenue of $1.10 to $1.20 billion") if n.kind is None]
    assert (low.value, high.value) == (Decimal("1.10E+9"), Decimal("1.20E+9"))
    assert low.unit is high.unit is Unit.CURRENCY


def test_levels_keep_their_sign_after_a_verb_of_change():
    numbers = read_numbers("Gross margin was 38.5 percent, down from 40.9 percent a year ago.")
    assert [n.value for n in numbers] == [Decimal("38.5"), Decimal("40.9")]


def test_dates_and_years_are_not_financial():
    numbers = read_numbers("For the quarter ended December 31, 2005, revenue was $6.6 million in fiscal 2006.")
    assert [(n.text, n.kind) for n in numbers] == [
        ("31", OtherKind.DATE),
        ("2005", OtherKind.DATE),
        ("$6.6 million", None),
        ("2006", OtherKind.YEAR),
    ]


def test_a_number_alone_on_its_line_is_a_page_number_as_in_the_release():
    """Sandisk Q4 FY2026 (third-party text): the exhibit's cover lines "EX-99.1 / 2 /
    sndkq4-26ex991xpressrelease.htm / EX-99.1" read as one sentence; the "2" is its page number
    (``figures`` reads it so), not a figure a claim states."""
    numbers = read_numbers("EX-99.1\n2\nsndkq4-26ex991xpressrelease.htm\nEX-99.1")
    assert [(n.text, n.kind) for n in numbers if n.text == "2"] == [("2", OtherKind.PAGE)]
    assert [n.kind for n in read_numbers("Revenue rose 2\npercent to $5 million.")] == [None, None]
