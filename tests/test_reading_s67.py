"""Reading as the claim sets write it (session 67): rules found on the studied set 35, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings

_AUNA = "reading/auna_q2-2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"


def test_a_share_in_basis_points_of_a_whole_leaves_the_subject_to_the_amounts_after_it() -> None:
    # "14 basis points of average loans" is a share of loans: the $190 million after it are still charge-offs
    readings = claim_readings(
        "Net charge-offs were $45 million, or 14 basis points of average loans, down from $190 million and 61 basis "
        "points a year earlier.", 2021
    )
    assert readings["$190 million"].metric == "charge_offs"
    assert readings["$190 million"].period.prior is True
    short = claim_readings("CFG: provision benefit $25m; NCOs $45m, 14 bp of avg loans (4Q20: 61 bp).", 2021)
    assert short["61 bp"].metric == "charge_offs"
    # an amount of the whole itself is still the whole's
    assert claim_readings("Average loans were $130 billion.", 2021)["$130 billion"].metric == "loans"


def test_a_share_said_in_words_leaves_the_subject_and_the_amount_after_of_is_the_whole() -> None:
    readings = claim_readings(
        "Noninterest income made up more than a third of total revenue in the fourth quarter ($594 million of $1,720 "
        "million).", 2021
    )
    assert readings["$594 million"].metric == "fee_income"
    assert readings["$1,720 million"].metric == "revenue"
    # with no share named before, the amounts keep the metric said before them
    plain = claim_readings("Noninterest income was $594 million in the fourth quarter.", 2021)
    assert plain["$594 million"].metric == "fee_income"


def test_capital_spent_on_property_is_capex_not_the_property() -> None:
    # "Purchases of property and equipment, net | (95,084) | (108,093)" (in thousands)
    claim = "Capital spending on property and equipment declined to $95.1 million in 2024 from $108.1 million."
    assert_backed(_GREEN_PLAINS, claim, "$95.1 million")
    assert_backed(_GREEN_PLAINS, claim, "$108.1 million")
    # the property's own balance is no spending
    assert_not_backed(_GREEN_PLAINS, "Property and equipment declined to $95.1 million in 2024.", "$95.1 million")


def test_a_column_of_shares_is_of_the_row_that_holds_its_hundred() -> None:
    # "Company-operated shops revenue | 510,031 | 100.0 | 380,500 | 100.0" over "Beverage, food and packaging costs |
    # 133,108 | 26.1 | 96,468 | 25.3": the printed 25.3 backs the year-ago share (96,468 / 380,500 computes 25.35)
    claim = "Beverage, food and packaging costs rose to 26.1% of company-operated shop revenue from 25.3%."
    assert_backed(_DUTCH_BROS, claim, "25.3%")
    assert_not_backed(_DUTCH_BROS, claim.replace("25.3%", "26.6%"), "26.6%")  # the labor costs' share
    # the row the claim names is the part: labor costs' year-ago share was 26.6%
    assert_not_backed(_DUTCH_BROS, claim.replace("Beverage, food and packaging", "Labor"), "25.3%")


def test_a_share_restated_as_its_earlier_side_is_still_the_stated_share() -> None:
    # "Total PGP revenues accounted for 24% of Colombia's total revenues in 2Q26, increasing from 14% in 2Q25"
    claim = "Risk-sharing PGP contracts made up 24% of Colombia revenue, up from 14%."
    assert_backed(_AUNA, claim, "14%")
    assert_not_backed(_AUNA, claim.replace("14%", "15%"), "15%")


def test_a_hyphenated_measure_before_its_noun_is_still_the_measure() -> None:
    # "Tax Rate (1)(3) | 18% to 19% | unchanged": "tax-rate guidance" names the tax rate
    assert_backed(_LILLY, "Lilly left its 18% to 19% tax-rate guidance unchanged.", "18%")
    assert_not_backed(_LILLY, "Lilly left its 18% to 19% performance-margin guidance unchanged.", "18%")
