"""Claims in an analyst's shorthand (issue 11, session 34): a basis or a year said right after an amount, "OCF",
a range said as a centre and a tolerance. Each against the real release the claim was written about."""

from __future__ import annotations

from corpus import number_status

_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"
_DATADOG = "datadog_q2-2026_text.txt"
_WEIBO = "reading/weibo_q2-2026_text.txt"


def test_an_amount_dated_to_an_earlier_year_is_the_one_compared_with():
    """Non-GAAP operating income "$27.5 | $(57.3)" for fiscal 2024 and 2023: "a $57.3m loss in FY23" is the 2023
    column's, in a release of 2024."""
    claim = "FY24 non-GAAP operating income $27.5m after a $57.3m loss in FY23"
    assert number_status(_CONFLUENT, claim, "$57.3m") == "verified"
    assert number_status(_CONFLUENT, claim.replace("$57.3m", "$75.3m"), "$75.3m") != "verified"
    assert number_status(_CONFLUENT, claim.replace("$27.5m", "$57.3m").replace("a $57.3m loss in FY23", "a loss"), "$57.3m") != "verified"


def test_an_earlier_fiscal_year_alone_is_no_comparison():
    """ADI's own "With revenue of more than $11 billion in FY25" in its release of fiscal 2026's third quarter: a
    claim that names no later year is read as the release reads it."""
    claim = "With revenue of more than $11 billion in FY25, ADI ensures today's innovators stay Ahead of What's Possible."
    assert number_status(_ADI, claim, "$11 billion") == "verified"


def test_a_basis_said_right_after_an_amount_is_its_own():
    """"GAAP net income per diluted share was $0.12; non-GAAP net income per diluted share was $0.65": in "12 cents
    GAAP and 65 cents non-GAAP" the 65 cents are non-GAAP, whatever "GAAP" the clause said before them."""
    claim = "Diluted EPS was 12 cents GAAP and 65 cents non-GAAP."
    assert number_status(_DATADOG, claim, "65 cents") == "verified"
    assert number_status(_DATADOG, claim, "12 cents") == "verified"
    swapped = "Diluted EPS was 65 cents GAAP and 12 cents non-GAAP."
    assert number_status(_DATADOG, swapped, "65 cents") != "verified"


def test_ocf_is_operating_cash_flow():
    """"cash provided by operating activities was US$50.5 million": "OCF" after a clause on cash held is the flow."""
    claim = "Cash, equivalents and short-term investments US$2.64bn; OCF US$50.5m less capex US$3.1m"
    assert number_status(_WEIBO, claim, "US$50.5m") == "verified"
    assert number_status(_WEIBO, claim.replace("US$50.5m", "US$55.0m"), "US$55.0m") != "verified"


_ADI = "reading/analog-devices_q3-fy2026_text.txt"


def test_a_centre_and_tolerance_the_claim_works_out_to_its_ends():
    """"adjusted EPS to be $3.86, +/-$0.15": the claim's "i.e. $3.71 to $4.01", money said without "a share", are the
    ends, and its "+/- $0.15" the source's tolerance of that centre; the reported EPS's centre ($3.14) gives neither."""
    claim = "Sees FQ4 adj. EPS of $3.86 +/- $0.15, i.e. $3.71 to $4.01."
    # (the tolerance itself is the release's figure, read as its size: "+/-$0.15")
    assert [number_status(_ADI, claim, n) for n in ("$0.15", "$3.71", "$4.01")] == ["verified", "derived", "derived"]
    assert number_status(_ADI, claim.replace("$4.01", "$4.11"), "$4.11") != "derived"
    other_centre = "Sees FQ4 GAAP EPS of $3.14 +/- $0.15, i.e. $3.71 to $4.01."
    assert number_status(_ADI, other_centre, "$3.71") != "derived"
    assert number_status(_ADI, claim.replace("+/- $0.15", "+/- $0.25"), "$0.25") != "derived"
