"""Reading as the claim sets write it (session 63): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index, sentence_fact

_AMD = "reading/amd_q2-2026_text.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"
_CITIZENS = "reading/citizens-financial_q4-2021_key_data.html"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_PATRIZIA = "reading/patrizia_9m-2025_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"


def test_a_hyphen_inside_a_word_of_the_subject_is_no_other_word() -> None:
    # "The mid-point of the revenue range represents year-over-year growth of approximately 41% and a sequential
    # increase of approximately 13%."
    claim = "At the midpoint, the third-quarter outlook implies about 41% year-over-year growth and a roughly 13% sequential increase."
    assert_backed(_AMD, claim, "41%")
    assert_not_backed(_AMD, claim.replace("41%", "31%"), "31%")


def test_a_move_in_points_said_as_an_adjective_is_in_percentage_points() -> None:
    # "Gross Margin | 84.6% | ... | 26.2% | 58.4 ppt" (GAAP, Q4 2026 and Q4 2025)
    claim = "GAAP gross margin widened to 84.6% in the fourth quarter from 26.2% a year earlier, a 58.4-point increase."
    assert_backed(_SANDISK, claim, "58.4")
    assert_not_backed(_SANDISK, claim.replace("58.4-point", "48.4-point"), "48.4")
    # a plan of ten points is no move
    assert_not_backed(_SANDISK, "GAAP gross margin was 84.6%, after a 58.4-point plan.", "58.4")


def test_a_bank_s_fee_revenue_is_its_fee_income() -> None:
    # "Fee revenue of $594 million, up 16% QoQ"
    fee = [f for f in fact_index(_CITIZENS).facts if f.figure.text == "$594 million"]
    assert fee and all("fee_income" in f.metrics for f in fee)
    assert_backed(_CITIZENS, "Fee revenue was $594 million, up 16% quarter over quarter.", "$594 million")
    assert_not_backed(_CITIZENS, "Net interest income was $594 million, up 16% quarter over quarter.", "$594 million")


def test_og_and_a_is_operating_general_and_administration_expenses() -> None:
    # "Operating, general and administration expenses ... decreased by $1,423,000 or 43%"; R&D fell 40%
    claim = "HBP FY25 — R&D C$3,558k vs C$5,977k (-40%); OG&A C$1,839k vs C$3,262k (-43%)."
    assert_backed(_HELIX, claim, "-43%")
    assert_not_backed(_HELIX, claim.replace("(-43%)", "(-45%)"), "-45%")


def test_a_total_that_names_its_own_noun_is_a_whole_of_its_own() -> None:
    # "The total transaction volume processed by its technology solutions reached RMB322 billion"; "the total volume
    # of supply chain assets processed by Anchor Cloud reached RMB201.3 billion"
    claim = "Anchor Cloud processed RMB201.3 billion of supply chain assets, up 36.5%, or about 63% of total transaction volume."
    assert_backed(_LINKLOGIS, claim, "63%")
    assert_not_backed(_LINKLOGIS, claim.replace("63%", "73%"), "73%")
    assert_not_backed(_LINKLOGIS, claim.replace("total transaction volume", "total customers"), "63%")


def test_a_change_s_verb_names_no_part_of_a_share() -> None:
    # "The Multi-tier Transfer Cloud processed a total volume of supply chain assets amounting to RMB136.8 billion"
    claim = "Multi-tier Transfer Cloud volume surged 82.2% to RMB136.8 billion, roughly 68% of Anchor Cloud volume."
    assert_backed(_LINKLOGIS, claim, "68%")
    assert_not_backed(_LINKLOGIS, claim.replace("68%", "58%"), "58%")


def test_together_said_first_takes_the_things_named_after_it() -> None:
    # "Mounjaro | 9,943" and "Zepbound (1) | 4,928" of revenue 22,974 (Second-Quarter 2026)
    share = "Together, Mounjaro and Zepbound accounted for about 65% of Lilly's second-quarter revenue."
    assert_backed(_LILLY, share, "65%")
    assert_not_backed(_LILLY, share.replace("65%", "55%"), "55%")
    total = "Together, Mounjaro and Zepbound brought in $14.87 billion in the quarter."
    assert_backed(_LILLY, total, "$14.87 billion")
    assert_not_backed(_LILLY, total.replace("$14.87", "$15.87"), "$15.87 billion")


def test_a_minus_before_a_hedge_signs_the_change() -> None:
    # revenue EUR 437.4 million in Q3 2025 against EUR 443.1 million: -1.3%
    claim = "INDUS 3Q25 — revenue EUR 437.4m vs EUR 443.1m (-~1% y/y)."
    assert_backed(_INDUS, claim, "1%")
    assert_not_backed(_INDUS, claim.replace("-~1%", "+~1%"), "1%")
    assert_not_backed(_INDUS, claim.replace("-~1%", "-~2%"), "2%")


def test_a_share_a_share_moved_from_is_of_the_same_part_and_whole() -> None:
    # "SG&A as a percentage of home closings revenue decreased 30 basis points to 9.4% from 9.7% a year ago."
    claim = "SG&A fell to 9.4% of home closings revenue in the quarter from 9.7% a year earlier."
    assert_backed(_TAYLOR_MORRISON, claim, "9.7%")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("9.7%", "9.9%"), "9.9%")


def test_the_time_so_far_is_no_period_of_an_outlook() -> None:
    # "Delivered $100 million in year-to-date run-rate cost and productivity improvements, tracking towards the high
    # end of our full-year target of $100 to $150 million."
    claim = ("Albemarle has delivered $100 million of run-rate cost and productivity improvements year to date, toward "
             "the high end of its $100 million to $150 million target.")
    assert_backed(_ALBEMARLE, claim, "$150 million")
    assert_not_backed(_ALBEMARLE, claim.replace("$150 million target", "$160 million target"), "$160 million")


def test_what_an_amount_exceeded_another_by_is_their_difference() -> None:
    # "Recurring management fees of EUR 174.0m (9M 2024: EUR 171.6m) ... still exceeded operating expenses of EUR 166.0m"
    claim = "9M 2025 management fees of EUR 174.0m (vs EUR 171.6m) exceeded operating expenses of EUR 166.0m by EUR 8.0m."
    assert_backed(_PATRIZIA, claim, "EUR 8.0m")
    assert_not_backed(_PATRIZIA, claim.replace("EUR 8.0m", "EUR 5.6m"), "EUR 5.6m")  # the aside's year-ago amount
    assert_not_backed(_PATRIZIA, claim.replace("EUR 8.0m", "EUR 9.0m"), "EUR 9.0m")


def test_a_change_heading_over_two_bases_heads_both() -> None:
    # "Change (%)" printed over "Like-for-like" only, beside "Current basis": "Paris City | 304.9 | 332.7 | +9.1% | +10.1%"
    cell = next(f for f in fact_index(_GECINA).facts if f.figure.row == "Paris City" and f.figure.text == "9.1%")
    assert cell.change and cell.figure.column == "Change (%) Current basis"


def test_a_name_right_before_another_qualifies_it() -> None:
    # the Offices table's row "Paris City": "+9.1%" on a current basis, "+10.1%" like-for-like
    claim = "Paris City office rents rose 9.1% to EUR332.7 million, or 10.1% like-for-like."
    assert_backed(_GECINA, claim, "9.1%")
    assert_not_backed(_GECINA, claim.replace("9.1%", "7.8%"), "7.8%")  # Central areas'


def test_a_hyphenated_word_after_an_amount_is_said_the_same_way_in_the_release() -> None:
    # "Results included $28.5 million of higher pre-tax reportable catastrophes."
    claim = "Fourth-quarter adjusted EBITDA increased 6% to $381.4 million despite $28.5 million of higher pre-tax reportable catastrophes."
    assert_backed(_ASSURANT, claim, "$28.5 million")
    assert_not_backed(_ASSURANT, claim.replace("$28.5 million", "$38.5 million"), "$38.5 million")


def test_a_possessive_names_the_part_of_a_share_as_its_noun_does() -> None:
    claim = "The Multi-tier Transfer Cloud's RMB136.8 billion was about 68% of Anchor Cloud volume."
    assert_backed(_LINKLOGIS, claim, "68%")
    assert_not_backed(_LINKLOGIS, claim.replace("68%", "63%"), "63%")


def test_a_level_dated_before_the_claim_s_latest_date_is_a_comparison_s() -> None:
    # "Regulatory Tier 1 capital to average assets was 9.36% at June 30, 2025, up compared to 9.31% at March 31, 2025,
    # and 9.15% at June 30, 2024."
    claim = "Tier 1 capital to average assets 9.36% at 6/30/25 (9.31% at 3/31, 9.15% a year ago); total capital ratio 13.15%."
    assert_backed(_TOMPKINS, claim, "9.31%")
    # the release dates its own figure: June 30, 2024's is no March 31's
    assert_not_backed(_TOMPKINS, "Tier 1 capital to average assets 9.36% at 6/30/25 (9.15% at 3/31).", "9.15%")
    assert_not_backed(_TOMPKINS, "Tier 1 capital to average assets 9.36% at June 30, 2025 (9.15% at March 31, 2025).", "9.15%")


def test_a_release_s_level_dated_before_its_sentence_s_latest_date_is_a_comparison_s() -> None:
    # "Loans past due 30-89 days totaled $5.9 million at June 30, 2025, $12.3 million at March 31, 2025, and $5.3 million
    # at June 30, 2024.": the release reads its own sentence as the claim's reading does
    assert sentence_fact(_TOMPKINS, "Loans past due 30-89 days totaled", "$12.3 million").period.prior is True
    assert sentence_fact(_TOMPKINS, "Loans past due 30-89 days totaled", "$5.9 million").period.prior is False
