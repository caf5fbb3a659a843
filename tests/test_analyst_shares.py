"""The analyst's own arithmetic on real releases (issue 11): shares whose part the claim states after the whole or
names as a line of revenue, a share of a whole named by words no vocabulary holds, a part of a year that "works out
to" a value, a price per share after "N shares for $M", a payment restated per year, and "more than four times".
Each true claim is backed with the figures its value is computed from; each wrong number stays unbacked."""

from __future__ import annotations

import pytest
from corpus import number_check, number_status

_VERTEX = "reading/vertex_q2-2026_text.txt"
_GE = "reading/ge-healthcare_q4-2024_newswire.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_BACKED = ("verified", "derived")


def test_a_share_whose_part_is_stated_after_its_whole():
    """Vertex's "Total CF product revenues, net" 3,207.9 of "Total revenues" 3,333.9 (96.2%): "about 96% of Q2
    revenue, at $3.21bn" names its part by the amount said after the whole; without it the row's "CF" is the claim's
    "Cystic fibrosis" only because the release defines it so ("cystic fibrosis (CF)"), and 97% is no share of it."""
    claim = "Cystic fibrosis products made up about 96% of Q2 revenue, at $3.21bn."
    check = number_check(_VERTEX, claim, "96%")
    assert check.status.value == "derived"
    assert check.formula == "share of total: 3,207.9 of 3,333.9 = 96.2"
    assert number_status(_VERTEX, claim.replace("96%", "97%"), "97%") not in _BACKED
    assert number_status(_VERTEX, "Cystic fibrosis products made up about 96% of Q2 revenue.", "96%") == "derived"
    assert number_status(_VERTEX, "Sickle cell products made up about 96% of Q2 revenue.", "96%") not in _BACKED
    # "Product revenues, net" is 3,333.9 too: the whole again under another name, no line of it
    assert number_status(_VERTEX, "CF products were about 100% of Q2 product revenue", "100%") not in _BACKED


def test_a_segment_revenue_row_is_a_line_of_revenue():
    """GE HealthCare's "Imaging revenues" 2,393 of "Total revenues" 5,319 (45.0%): a part that names no metric of
    its own is a line of the revenue it is a share of; another segment, another share, and a part that names another
    metric (operating income) are not backed by it."""
    check = number_check(_GE, "Imaging was about 45% of Q4 revenue at $2,393m", "45%")
    assert check.status.value == "derived"
    assert check.formula == "share of total: $2,393 of 5,319 = 45.0"
    assert number_status(_GE, "Imaging was about 45% of Q4 revenue", "45%") == "derived"
    for claim in (
        "Imaging was about 46% of Q4 revenue",
        "Patient Care Solutions was about 45% of Q4 revenue",
        "Imaging operating income was about 45% of Q4 revenue",
    ):
        assert number_status(_GE, claim, claim.split("about ")[1].split()[0]) not in _BACKED, claim


def test_a_named_share_whose_part_the_claim_says_grew():
    """Linklogis: Anchor Cloud's RMB201.3 billion of the RMB322 billion "total transaction volume" (62.5%). "grew"
    says what the part did, not what it is, so the release's "processed by Anchor Cloud reached" names it; 65%,
    and a whole the release names otherwise (FI Cloud volume), are not backed."""
    claim = "Anchor Cloud volume grew 36.5% to RMB201.3 billion, roughly 63% of total volume"
    check = number_check(_LINKLOGIS, claim, "63%")
    assert check.status.value == "derived"
    assert check.formula == "share of a named whole: RMB201.3 billion of RMB322 billion = 62.5"
    assert number_status(_LINKLOGIS, claim.replace("63%", "65%"), "65%") not in _BACKED
    assert number_status(_LINKLOGIS, claim.replace("total volume", "FI Cloud volume"), "63%") not in _BACKED


def test_a_part_of_the_year_that_works_out_to_a_value():
    """Linklogis's year RMB870 million less its second half RMB480 million: the first half "works out to" RMB390
    million; the second half does not, nor RMB380 million."""
    check = number_check(_LINKLOGIS, "H1 2023 revenue and income works out to about RMB390 mln", "RMB390 mln")
    assert check.status.value == "derived"
    assert check.formula == "period less its part: RMB870 million vs RMB480 million = 390000000.0"
    assert number_status(_LINKLOGIS, "H2 2023 revenue and income works out to about RMB390 mln", "RMB390 mln") not in _BACKED
    assert number_status(_LINKLOGIS, "H1 2023 revenue and income works out to about RMB380 mln", "RMB380 mln") not in _BACKED


def test_the_price_paid_per_share_after_the_shares_and_the_money():
    """Taylor Morrison bought back 5.6 million shares for $348 million in 2024: about $62 a share (62.1); $65 is
    not, and a price said after money and shares in the other order, or not after a purchase, is not computed."""
    claim = "Bought back 5.6 million shares for $348 million in 2024, about $62 a share; book value per share up 14% to $56."
    check = number_check(_TAYLOR, claim, "$62")
    assert check.status.value == "derived"
    assert check.formula == "average per share of the claim's figures: $348 million and 5.6 million = 62.1"
    assert number_status(_TAYLOR, claim.replace("$62", "$65"), "$65") not in _BACKED
    assert number_status(_TAYLOR, "Spent $348 million on 5.6 million shares in 2024, about $62 a share", "$62") not in _BACKED


@pytest.mark.parametrize(
    "claim, number, formula",
    [
        # (four of the release's quarterly dividend, which the claim restates: ``analyst_math.annual_payments``)
        ("2025 quarterly dividend held at US$1.61, or US$6.44 a year.", "US$6.44", "four quarterly payments: 4 x US$1.61 = 6.44"),
        ("2025 quarterly dividend held at US$1.61, or US$6.54 a year.", "US$6.54", None),
        # a half year is no restatement the claim's words compute
        ("2025 quarterly dividend held at US$1.61, or US$3.22 a half.", "US$3.22", None),
        # the amount's period unsaid by the claim: four of it are a year's as the release's own "quarterly dividend
        # payment of US$1.61" says (``analyst_math.annual_payments``, since session 75)
        ("2025 dividend held at US$1.61, or US$6.44 a year.", "US$6.44", "four quarterly payments: 4 x US$1.61 = 6.44"),
    ],
)
def test_a_quarterly_payment_restated_per_year(claim, number, formula):
    """Copa's 2025 quarterly dividend of US$1.61 a share is US$6.44 a year."""
    check = number_check(_COPA, claim, number)
    assert (check.status.value in _BACKED) is (formula is not None)
    assert check.formula == formula or formula is None


@pytest.mark.parametrize(
    "times, backed",
    [("more than four times", True), ("four times", True), ("over four times", True),
     ("more than five times", False), ("three times", False), ("nearly four times", False), ("nearly five times", False)],
)  # fmt: skip
def test_how_many_times_one_amount_is_the_next(times, backed):
    """Vertex's JOURNAVX: $50 million against $12 million a year ago is 4.2 times: "more than four", "four" and
    "over four" hold; "more than five", "three", "nearly four" and "nearly five" (4.5 to 5) do not. Only the count is checked here: a number
    word may be in the release for another reason, so the wrong counts are checked where the release has none."""
    claim = f"JOURNAVX brought in $50 million, {times} the $12 million of a year ago."
    check = number_check(_VERTEX, claim, times.split()[-2])
    if backed:
        assert check.status.value == "derived"
        assert check.formula == "ratio of the claim's figures: $50 million and $12 million = 4.2"
    else:
        assert check.status.value != "derived"


def test_a_percentage_in_parentheses_after_a_fraction_of_a_whole():
    """Disney's Experiences segment operating income 3,017 of the segments' total 5,555 (54.3%): "more than half of
    Q3 segment operating income (about 54%)" states the fraction's share; 56%, another segment and another whole
    are not backed."""
    disney = "reading/disney_q3-fy2026_text.txt"
    claim = "Experiences supplied more than half of Q3 segment operating income (about 54%), with a segment margin near 30%."
    check = number_check(disney, claim, "54%")
    assert check.status.value == "derived"
    assert check.formula == "share of total: 3,017 of 5,555 = 54.3"
    for wrong in (
        claim.replace("54%", "56%"),
        claim.replace("Experiences", "Sports"),
        claim.replace("segment operating income", "revenue"),
        # the whole named a loss: the segments' operating income is none ("about 54% of ... loss" as well)
        claim.replace("segment operating income", "segment operating loss"),
        "Experiences supplied about 54% of Q3 segment operating loss.",
    ):
        number = "56%" if "56%" in wrong else "54%"
        assert number_status(disney, wrong, number) not in _BACKED, wrong


def test_a_difference_whose_words_name_a_quarter():
    """Rocket Lab: "six-month revenue of $434.4 million less Q2's $234.1 million gives $200.3 million" -- the
    quarter's name between the two amounts holds a digit; $210.3 million is not their difference."""
    rocket_lab = "claim_reading/rocket-lab_q2-2026_text.txt"
    claim = "Six-month revenue of $434.4 million less Q2's $234.1 million gives $200.3 million."
    check = number_check(rocket_lab, claim, "$200.3 million")
    assert check.status.value == "derived"
    assert check.formula == "difference of the claim's figures: $434.4 million and $234.1 million = 200300000.0"
    assert number_status(rocket_lab, claim.replace("$200.3", "$210.3"), "$210.3 million") not in _BACKED
