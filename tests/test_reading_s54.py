"""Reading as the claim sets write it (session 54): the part of a share, and the years of earlier clauses.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed

_DISNEY = "reading/disney_q3-fy2026_text.txt"
_WAYFAIR = "reading/wayfair_q2-2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def test_a_share_of_a_total_is_a_part_of_the_totals_own_metric() -> None:
    # Disney: Experiences' segment operating income 3,017 of "Total segment operating income" 5,555 (54.3%); the
    # revenue named last before the share ($9,968 million) is not its part
    claim = (
        "Experiences operating income rose 20% to $3,017 million on 10% revenue growth to $9,968 million, "
        "about 54% of total segment operating income."
    )
    assert_backed(_DISNEY, claim, "54%", "share of total: 3,017 of 5,555 = 54.3")
    assert_not_backed(_DISNEY, claim.replace("about 54%", "about 59%"), "59%")


def test_a_share_said_again_without_its_whole_is_of_the_amount_right_before() -> None:
    # Wayfair: "contribution profit was $539 million, or 15.3%" -- the 15.3% is contribution profit's share of net
    # revenue, not gross profit's, whose share the claim said first
    claim = "Gross profit was $1,054 million, or 30.0% of net revenue; contribution profit was $539 million, or 15.3%."
    assert_backed(_WAYFAIR, claim, "15.3%")
    assert_not_backed(_WAYFAIR, claim.replace("15.3%", "16.3%"), "16.3%")


def test_a_year_said_with_the_amount_before_is_no_year_of_the_next_clause() -> None:
    # Peapack (a release on Q3 2025): "Wealth Management fee income was $15.8 million in Q3 2025, which amounted to
    # 22% of total revenue for the quarter"; the claim's "at year-end 2024" dates the $11.9 billion alone
    claim = (
        "Wealth management AUM/AUA grew to $12.9 billion from $11.9 billion at year-end 2024, and wealth fee income "
        "of $15.8 million was 22% of Q3 revenue."
    )
    assert_backed(_PEAPACK, claim, "22%")
    assert_backed(_PEAPACK, claim, "$15.8 million")
    assert_not_backed(_PEAPACK, claim.replace("22%", "25%"), "25%")
    # the year still dates the amount it is said with: the September balance is no year-end 2024 one
    assert_backed(_PEAPACK, claim, "$11.9 billion")
    assert_not_backed(_PEAPACK, claim.replace("to $12.9 billion from $11.9 billion", "to $13.9 billion from $12.9 billion"), "$12.9 billion")


_US_BANCORP = "reading/us-bancorp_q4-2021_income_highlights.html"


def test_an_earlier_quarter_said_after_the_amount_is_the_comparisons() -> None:
    # U.S. Bancorp, the release of 4Q21: "Net income attributable to U.S. Bancorp" 3Q21 $2,028 (4Q21 $1,673)
    claim = "U.S. Bancorp's 4Q21 net income was $355 million below the $2,028 million earned in 3Q21."
    assert_backed(_US_BANCORP, claim, "$2,028 million")
    assert_not_backed(_US_BANCORP, claim.replace("$2,028 million", "$2,128 million"), "$2,128 million")
    # said of the release's own quarter, the amount is that quarter's: 4Q21's is $1,673 million
    assert_not_backed(_US_BANCORP, "U.S. Bancorp's net income was $2,028 million in 4Q21.", "$2,028 million")
