"""Ranges as analysts shorten them: the second end's currency or scale said once, at the other end."""

from __future__ import annotations

from decimal import Decimal

from corpus import number_status

from summarizer.types import Unit
from summarizer.verify.claims import read_numbers

_RYDER = "reading/ryder_q4-2024_newswire.txt"
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"
_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"


def test_a_per_share_range_says_its_dollar_sign_once():
    """Ryder's outlook table: "1Q25 Comparable EPS (non-GAAP) | $2.30 - $2.55"."""
    claim = "1Q25 guide: comparable EPS $2.30-2.55, GAAP EPS $2.15-2.40"
    assert number_status(_RYDER, claim, "2.55") == "verified"
    assert number_status(_RYDER, claim, "2.40") == "verified"
    assert number_status(_RYDER, "1Q25 guide: comparable EPS $2.30-2.65", "2.65") != "verified"


def test_a_money_range_glues_its_scale_to_the_second_end_only():
    """"$253-254m": "254m" alone is no number to the grammar ("a 10m run"), but after the first end of
    a range of money it is money, and the first end takes its millions."""
    first, second = read_numbers("subscription revenue $253-254m")
    assert (first.value, second.value) == (Decimal("253E6"), Decimal("254E6"))
    assert second.unit is Unit.CURRENCY and second.currency == "$"
    claim = "1Q25 outlook: subscription revenue $253-254m"
    assert number_status(_CONFLUENT, claim, "$253") == "verified"
    assert number_status(_CONFLUENT, claim, "254m") == "verified"
    assert number_status(_CONFLUENT, "1Q25 outlook: subscription revenue $253-259m", "259m") != "verified"
    # a loss range: both ends are the loss ("Adjusted EBITDA loss of between $17 million and $23 million")
    assert number_status(_ROCKET_LAB, "Q3 guide: adj. EBITDA loss of $17-23m", "23m") == "verified"


def test_a_decimal_s_glued_scale_is_read_once():
    assert [n.text for n in read_numbers("capex of $1.1-1.3bn")] == ["$1.1", "1.3bn"]
    assert [n.text for n in read_numbers("a 10-20m run")] == ["10"]
