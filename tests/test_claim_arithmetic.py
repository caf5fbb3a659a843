"""Amounts a claim computes from two of its own, each backed by the release (issue 11, "derived
values as analysts compute them"): a total, a remainder, a difference said with "less", the
comparison level of a change (``analyst_math.claim_arithmetic``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import number_check

from summarizer.verify.verifier import SUPPORTED

_ELF = "reading/elf-beauty_q1-fy2027_text.txt"  # "$834.2 million" of total debt, "$344.2 million" of cash at June 30
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"
_WEIBO = "reading/weibo_q2-2026_text.txt"  # non-GAAP diluted EPS US$0.38 in Q2 2026, US$0.54 a year earlier


@pytest.mark.parametrize(
    "name, claim, number, formula",
    [
        (_ELF, "Debt beyond cash came to about $490 million at June 30: $834.2 million of total debt less $344.2 "
         "million of cash.", "$490 million", "difference of the claim's figures: $834.2 million and $344.2 million = "
         "490000000.0"),
        # Sears Q2 2004: special charges 41 and accelerated depreciation 39 (millions)
        ("sears_q2-2004.txt", "Two pretax charges totaling $80 million, or $0.24 a share, hit the quarter: $41 million of "
         "severance and $39 million of extra depreciation.", "$80 million",
         "sum of the claim's figures: $41 million and $39 million = 80000000.0"),
        # PATRIZIA 9M 2025: operating cash flow EUR 40.2m, dividend EUR 30.3m; fees EUR 174.0m, opex EUR 166.0m
        (_PATRIZIA, "Operating cash flow leaped to EUR 40.2m from EUR 2.3m, covering the EUR 30.3m dividend with EUR 9.9m "
         "to spare.", "EUR 9.9m", "difference of the claim's figures: EUR 40.2m and EUR 30.3m = 9900000.0"),
        (_PATRIZIA, "Operating expenses cut 17.1% to EUR 166.0m, leaving management fees of EUR 174.0m EUR 8.0m ahead of "
         "opex.", "EUR 8.0m", "difference of the claim's figures: EUR 166.0m and EUR 174.0m = 8000000.0"),
        # a change between two levels the release states, signed by their sides: since session 38 the release's own
        # pair backs it ("non-GAAP diluted net income per ADS ... was US$0.38, compared to US$0.54": an amount of EPS
        # said at no scale is per share), before the claim's arithmetic is asked (Green Plains below is the claim's)
        (_WEIBO, "Non-GAAP EPS 38 cents vs 54 cents LY, down 16 cents", "16 cents", "difference: US$0.38 vs US$0.54 = -0.16"),
        # Green Plains Q4 2024: diluted EPS $(0.86) against $0.12 a year earlier
        ("claim_reading/green-plains_q4-2024_newswire.txt", "EPS fell by $0.98 a share year over year, from $0.12 to "
         "$(0.86).", "$0.98", "change of the claim's figures: $(0.86) and $0.12 = -0.98"),
        # Kemira 2024: dividend proposal EUR 0.74 a share, EUR 0.68 for 2023; the change sits between its levels
        ("reading/kemira_fy2024_newswire.txt", "Kemira proposes a 2024 dividend of EUR 0.74 a share, up 6 cents from "
         "EUR 0.68.", "6 cents", "change of the claim's figures: EUR 0.74 and EUR 0.68 = 0.06"),
        # Buckle Q3 fiscal 2024: gross margin 47.7% of net sales against 48.5%; basis points move percentages
        ("buckle_q3-fy2024.html", "Gross margin 47.7% vs 48.5% a year ago, down about 80 bps", "80 bps",
         "change of the claim's figures: 47.7% and 48.5% = -0.8"),
        # GeoVax Q3 2024: nine-month net loss $16.7 million against $18.4 million, said in two sentences of the release;
        # the change of two losses is that of their sizes
        ("reading/geovax_q3-2024_newswire.txt", "GeoVax nine-month loss shrank roughly 9%, to $16.7 million from $18.4 "
         "million.", "9%", "percent change of the claim's figures: $16.7 million and $18.4 million = -9.2"),
        # Taylor Morrison 2025 guide: 13,500-14,000 closings against 12,896 closed in 2024; the midpoint the claim computes
        # is the level its change is counted from the base said after "above"
        ("reading/taylor-morrison_q4-2024_newswire.txt", "The 2025 closings guide of 13,500-14,000 homes has a 13,750 "
         "midpoint, about 6.6% above the 12,896 closed in 2024.", "6.6%",
         "percent against the base of the claim's figures: 13,750 and 12,896 = 6.6"),
        # Beyond Meat Q2 2026: six-month net revenues 127,039 and second-quarter 68,832 (thousands); a sequential change
        # is of the two quarters said before it, the implied first one computed first
        ("reading/beyond-meat_q2-2026_text.txt", "Beyond Meat H1 net revenues of $127.0 million imply Q1 2026 revenues of "
         "about $58.2 million, so Q2 revenues of $68.8 million were up roughly 18% sequentially.", "18%",
         "percent change of the claim's figures: $68.8 million and $58.2 million = 18.2"),
        # Confluent Q4 2024: Confluent Cloud revenue $138 million of $251 million of subscription revenue; the part and
        # the whole said in parentheses after the share (since session 51 the whole said there is met by the release's
        # subscription revenue, 250,636 thousand, and the share is of the release's figures)
        ("claim_reading/confluent_q4-2024_newswire.txt", "Confluent Cloud was roughly 55% of Q4 subscription revenue ($138 "
         "million of $251 million).", "55%", "share of total: $138 million of 250,636 = 55.1"),
        # Nephros Q4 2024: net income $349,000 against a net loss of $654,000; a swing is the size of the difference
        ("reading/nephros_q4-2024_newswire.txt", "Q4 net income of $349,000 vs. a net loss of $654,000, a swing of about "
         "$1.0 million.", "$1.0 million", "difference of the claim's figures: $349,000 and $654,000 = 1003000.0"),
    ],
)  # fmt: skip
def test_an_amount_the_claim_computes_from_its_own(name, claim, number, formula):
    check = number_check(name, claim, number)
    assert (check.status.value, check.formula) == ("derived", formula)


@pytest.mark.parametrize(
    "name, claim, number",
    [
        (_ELF, "Debt beyond cash came to about $480 million at June 30: $834.2 million of total debt less $344.2 "
         "million of cash.", "$480 million"),
        # a difference the claim does not say it computes: the words name no total, remainder or "less"
        (_ELF, "Debt exceeded cash by $490 million at June 30, with $834.2 million of total debt and $344.2 million of "
         "cash.", "$490 million"),
        # an input the release does not back computes nothing
        (_ELF, "Debt beyond cash came to about $500 million at June 30: $844.2 million of total debt less $344.2 "
         "million of cash.", "$500 million"),
        ("sears_q2-2004.txt", "Two pretax charges totaling $82 million hit the quarter: $41 million of severance and $39 "
         "million of extra depreciation.", "$82 million"),
        # a fall adds: 5.45 + 0.15 is no comparison level of a rise
        ("reading/gecina_fy2024_newswire.txt", "Proposed 2024 dividend of EUR 5.45 per share, up 15 cents from EUR 5.60.",
         "EUR 5.60"),
        # a rise said of a fall, and a change the levels do not make
        (_WEIBO, "Non-GAAP EPS 38 cents vs 54 cents LY, up 16 cents", "16 cents"),
        (_WEIBO, "Non-GAAP EPS 38 cents vs 54 cents LY, down 15 cents", "15 cents"),
        ("buckle_q3-fy2024.html", "Gross margin 47.7% vs 48.5% a year ago, down about 70 bps", "70 bps"),
        # levels whose sides the words do not give compute no change
        (_WEIBO, "Non-GAAP EPS of 38 cents and GAAP EPS of 26 cents, down 12 cents", "12 cents"),
        # a percent change the levels do not make, or made the other way
        ("reading/geovax_q3-2024_newswire.txt", "GeoVax nine-month loss shrank roughly 12%, to $16.7 million from $18.4 "
         "million.", "12%"),
        ("reading/geovax_q3-2024_newswire.txt", "GeoVax nine-month loss widened roughly 9%, to $16.7 million from $18.4 "
         "million.", "9%"),
        ("reading/taylor-morrison_q4-2024_newswire.txt", "The 2025 closings guide of 13,500-14,000 homes has a 13,750 "
         "midpoint, about 7.6% above the 12,896 closed in 2024.", "7.6%"),
        ("reading/beyond-meat_q2-2026_text.txt", "Beyond Meat H1 net revenues of $127.0 million imply Q1 2026 revenues of "
         "about $58.2 million, so Q2 revenues of $68.8 million were up roughly 16% sequentially.", "16%"),
        ("claim_reading/confluent_q4-2024_newswire.txt", "Confluent Cloud was roughly 57% of Q4 subscription revenue ($138 "
         "million of $251 million).", "57%"),
        # the levels of another metric than the change's: comparable store sales are no change of Sears's domestic
        # merchandise revenue of $7.7 billion against $7.9 billion, though 2.5% is what those make
        ("sears_q2-2004.txt", "Domestic comparable store sales fell 2.5% and domestic merchandise sales and services "
         "revenues slipped to $7.7 billion from $7.9 billion.", "2.5%"),
        # a change of another clause's levels
        (_WEIBO, "Non-GAAP EPS 38 cents vs 54 cents LY; revenue down 16 cents", "16 cents"),
    ],
)  # fmt: skip
def test_a_claimed_computation_that_does_not_add_up(name, claim, number):
    assert number_check(name, claim, number).status not in SUPPORTED


def test_the_whole_of_a_share_is_an_amount_of_the_claim():
    """Palantir Q2 2026: U.S. revenue $1.573 billion of total revenue 1,935,464 thousand; the rest, $362
    million, is the whole the claim names less its part."""
    name = "reading/palantir_q2-2026_text.txt"
    # (not "from outside the U.S.": the release's own figures compute that, ``analyst_math.outside_of``)
    claim = "U.S. revenue of $1.573 billion was about 81% of total revenue, leaving roughly {} for the rest of the world."
    check = number_check(name, claim.format("$362 million"), "$362 million")
    assert (check.status.value, check.formula) == (
        "derived", "difference of the claim's figures: $1.573 billion and 1,935,464 = 362464000.0")
    assert number_check(name, claim.format("$372 million"), "$372 million").status not in SUPPORTED


@pytest.mark.parametrize("value, supported", [("12%", True), ("13%", False)])
def test_a_value_said_to_be_a_ranges_midpoint(value, supported):
    """Auna 2026 outlook: FX-neutral revenue growth of 10% to 14%."""
    claim = (f"Auna expects full-year 2026 revenue growth of approximately {value} on an FX-neutral basis, near the "
             "midpoint of its 10% to 14% range.")  # fmt: skip
    check = number_check("reading/auna_q2-2026_text.txt", claim, value)
    assert (check.status in SUPPORTED) is supported
    if supported:
        assert check.formula == "midpoint of the claim's figures: 10% and 14% = 12.0"


def test_a_claim_of_thousands_of_unbacked_amounts_finds_their_neighbours_in_linear_time():
    """The backed amounts nearest each result are found by bisection (a scan from each result over
    thousands of unbacked amounts took 9 of 14 s on a claim of 8,000 numbers)."""
    import time

    from summarizer.types import Span
    from summarizer.verify.analyst_math import Stated, claim_arithmetic

    def amount(i: int, supported: bool) -> Stated:
        value = Decimal(i % 97 + 1)
        return Stated(Span(10 * i, 10 * i + 5), value, value - Decimal("0.5"), value + Decimal("0.5"), "money", supported)

    text = "totaling  " * 12_000  # an amount every 10 characters, each after "totaling"
    stated = [amount(i, i in (0, 1, 11_999)) for i in range(12_000)]
    start = time.process_time()
    found = claim_arithmetic(text, stated)
    assert time.process_time() - start < 2.0
    # the first result after the two backed amounts (1 and 2) is their sum; the last (68), the difference of
    # the first (1) and the last backed one (69)
    assert [(f.result, f.inputs, f.formula) for f in found if f.result in (2, 11_998)] == [
        (2, (0, 1), "sum"), (11_998, (0, 11_999), "difference")]


def test_net_debt_is_the_claim_s_debt_less_its_cash():
    """Green Plains, December 31, 2024: "$209.4 million in total cash and cash equivalents", "Total debt
    outstanding at December 31, 2024 was $575.4 million". A claim that names its amount net debt computes it
    from its own debt and cash: 575.4 - 209.4 = 366.0; "about $376 million" is no such difference."""
    release = "claim_reading/green-plains_q4-2024_newswire.txt"
    claim = "Green Plains ended 2024 with total debt of $575.4 million against $209.4 million of cash, about {} of net debt."
    assert number_check(release, claim.format("$366 million"), "$366 million").status in SUPPORTED
    assert number_check(release, claim.format("$376 million"), "$376 million").status not in SUPPORTED


def test_a_share_of_the_claim_s_own_part_and_whole():
    """NVIDIA Q4 FY2026: Data Center revenue "a record $62.3 billion" of revenue "a record $68.1 billion". A
    percentage after "A of the B total" is A / B (91.5%), from the claim's own supported figures."""
    claim = "Data Center brought in $62.3 billion of the $68.1 billion total in Q4, about {}."
    assert number_check("nvidia_q4-fy2026.txt", claim.format("91%"), "91%").status in SUPPORTED
    assert number_check("nvidia_q4-fy2026.txt", claim.format("89%"), "89%").status not in SUPPORTED


def test_imply_says_a_value_is_what_is_left_of_a_period():
    """Beyond Meat Q2 2026: six-month net revenues 127,039 less the second quarter's 68,832 (thousands)."""
    claim = "Beyond Meat H1 net revenues of $127.0 million imply Q1 2026 revenues of about {}."
    check = number_check("reading/beyond-meat_q2-2026_text.txt", claim.format("$58.2 million"), "$58.2 million")
    assert (check.status.value, check.formula) == ("derived", "period less its part: 127,039 vs 68,832 = 58207000.0")
    assert number_check("reading/beyond-meat_q2-2026_text.txt", claim.format("$59.2 million"), "$59.2 million").status not in SUPPORTED
