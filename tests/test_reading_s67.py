"""Reading as the claim sets write it (session 67): rules found on the studied set 35, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings

_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"
_NEPHROS = "reading/nephros_q4-2024_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_WATTS = "reading/watts-water_q4-2024_newswire.txt"
_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"


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


def test_earnings_said_in_cents_are_earnings_per_share() -> None:
    # "Net earnings (losses) per ordinary share attributable to GMGI: | Diluted | $(0.01) | $0.16"
    claim = "Diluted EPS attributable to GMGI was a loss of one cent, against earnings of 16 cents in 2023."
    assert_backed(_GOLDEN_MATRIX, claim, "16 cents")
    assert_not_backed(_GOLDEN_MATRIX, claim.replace("16 cents", "13 cents"), "13 cents")


def test_an_abbreviation_between_a_loss_and_its_amount_keeps_the_loss() -> None:
    # "Net income (loss) attributable to GMGI | $(1,480,249) | $13,702,538"
    assert_backed(_GOLDEN_MATRIX, "GMGI FY24 — net loss attrib. $1.48m vs net income $13.7m.", "$1.48m")
    assert_not_backed(_GOLDEN_MATRIX, "GMGI FY24 — net income attrib. $1.48m vs net income $13.7m.", "$1.48m")


def test_the_next_measure_moved_to_a_level_with_its_verb_unsaid_is_current() -> None:
    # "Adjusted EBITA for the period was EUR 104.2 million, with an adjusted EBITA margin of 8.2% (previous year: EUR
    # 117.6 million and 9.2%)"
    claim = "Adjusted EBITA fell to EUR 104.2 million from EUR 117.6 million and the margin to 8.2% from 9.2%."
    assert_backed(_INDUS, claim, "8.2%")
    assert_not_backed(_INDUS, "Adjusted EBITA fell to EUR 104.2 million from EUR 117.6 million and the margin to 9.2% from 8.2%.", "9.2%")


def test_an_item_reported_in_an_earlier_quarter_is_of_the_year_to_date() -> None:
    # "Earnings after taxes rose to EUR 61.9 million (...), including around EUR 8 million in non-recurring tax income
    # that was already reported in the first quarter" (a third-quarter release: the nine months hold it)
    assert_backed(_INDUS, "Nine-month earnings after taxes of EUR 61.9 million included about EUR 8 million of non-recurring tax income.",
                  "EUR 8 million")
    assert_not_backed(_INDUS, "Third-quarter earnings after taxes included about EUR 8 million of non-recurring tax income.", "EUR 8 million")


def test_a_row_of_other_under_a_heading_is_the_other_part_of_the_heading_measure() -> None:
    # "Selling, general & administrative expenses" (a label-only row) over "Depreciation and amortization | 111 | 106"
    # and "Other | 706 | 595"
    claim = "Other selling, general and administrative expenses rose 19% to $706 million from $595 million."
    assert_backed(_MCDONALDS, claim, "$706 million")
    assert_backed(_MCDONALDS, claim, "$595 million")
    # the part is not the whole measure
    assert_not_backed(_MCDONALDS, claim.replace("Other selling", "Selling"), "$706 million")


def test_a_row_says_its_own_scale_without_a_currency() -> None:
    # "Total client assets (in billions) | 2,183 | 2,091 | 2,005" in a table of millions
    claim = "Wealth and Investment Management total client assets reached $2,183 billion, up 9% from $2,005 billion a year earlier."
    assert_backed(_WELLS_FARGO, claim, "$2,183 billion")
    assert_not_backed(_WELLS_FARGO, claim.replace("billion", "million"), "$2,183 million")


def test_a_midpoint_names_its_range_by_the_noun_counted_after_it() -> None:
    # "Home closings are expected to be between 13,500 to 14,000"
    claim = "The midpoint of 13,750 closings would be about 7% above the 12,896 homes closed in 2024."
    assert_backed(_TAYLOR_MORRISON, claim, "13,750", "midpoint of the range: 13,500 vs 14,000 = 13750.0")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("closings", "orders"), "13,750")  # no range of orders
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("13,750", "13,850"), "13,850")


def test_a_result_set_against_the_guidance_is_no_outlook() -> None:
    # "Recurrent net income (Group share) | 474.4" (2024): "above guidance" compares the year's result with the outlook
    claim = ("Gecina's 2024 recurrent net income per share (Group share) rose 6.7% to EUR6.42, above guidance, with "
             "recurrent net income up 6.8% to EUR474.4m.")
    assert_backed(_GECINA, claim, "EUR474.4m")
    assert_not_backed(_GECINA, claim.replace("EUR474.4m", "EUR444.4m"), "EUR444.4m")
    # the year's result is still no outlook of the next year
    assert_not_backed(_GECINA, "Gecina expects 2025 recurrent net income of EUR474.4m.", "EUR474.4m")


def test_a_part_listed_with_a_dash_is_the_segment_its_words_name() -> None:
    # "- Paris CBD & 5-6-7 | 193.3 | 211.4 | +9.4% | +10.5%" under "Paris City" in Gecina's gross rental income
    claim = "Rents in Paris CBD & 5-6-7 rose 9.4% to EUR211.4m, or 10.5% like-for-like."
    assert_backed(_GECINA, claim, "EUR211.4m")
    assert_backed(_GECINA, claim, "10.5%")
    assert_not_backed(_GECINA, "Rents in Paris other rose 9.4% to EUR211.4m.", "EUR211.4m")


def test_a_dash_before_a_smaller_amount_opens_its_breakdown_not_a_range() -> None:
    readings = claim_readings(
        "Shareholder distributions rose to $3.0 billion — $2.0 billion of buybacks and $1.0 billion of dividends.", 2026
    )
    assert readings["$2.0 billion"].metric == "buyback"
    assert readings["$3.0 billion"].metric == "capital_return"
    # a range runs up: both ends share the measure
    ranged = claim_readings("The company plans buybacks of $2.0 billion — $3.0 billion.", 2026)
    assert ranged["$2.0 billion"].metric == ranged["$3.0 billion"].metric == "buyback"

    # the amount that opens the breakdown keeps its own measure, none of its parts'
    liquidity = claim_readings("GrafTech ended 2024 with liquidity of $464 million — $256 million of cash and $108 million of "
                               "revolver availability.", 2024)
    assert liquidity["$464 million"].metric is None
    assert liquidity["$256 million"].metric == "cash"


def test_what_remains_of_a_buyback_program_is_no_period_of_repurchases() -> None:
    # "Approximately $145 million remains available under the stock repurchase program authorized in 2023."
    claim = "Watts repurchased about 20,000 shares for $4 million in the fourth quarter; about $145 million remains under the program."
    assert_backed(_WATTS, claim, "$145 million")
    assert_not_backed(_WATTS, claim.replace("$145 million", "$155 million"), "$155 million")
    assert_not_backed(_WATTS, "Watts repurchased $145 million of shares in the fourth quarter.", "$145 million")


def test_sales_said_of_another_noun_are_no_revenue() -> None:
    # "The Company recognized a $13 million gain on the copper sales hedge program in Q4 2024 and a $34 million gain for
    # the year."
    claim = "First Quantum recognized a $13 million gain on its copper sales hedge program in Q4 2024 and $34 million for the year."
    assert_backed(_FIRST_QUANTUM, claim, "$34 million")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("$34 million", "$43 million"), "$43 million")
    # the hedge's gain is no copper revenue
    assert_not_backed(_FIRST_QUANTUM, "First Quantum's copper sales were $34 million for the year.", "$34 million")


def test_values_glued_together_part_where_their_form_says() -> None:
    # "Operating income (loss)  317(649)6(1,593)" and "Total net revenues 3,8703,25414,16214,238" (a flattened
    # capture, in thousands: three months 2024 | 2023, twelve months 2024 | 2023)
    claim = "Fourth-quarter operating income was $317,000, compared with an operating loss of $649,000 a year earlier."
    assert_backed(_NEPHROS, claim, "$317,000")
    assert_backed(_NEPHROS, claim, "$649,000")
    assert_backed(_NEPHROS, "Full-year operating income was $6,000.", "$6,000")
    assert_not_backed(_NEPHROS, claim.replace("an operating loss", "operating income"), "$649,000")
    assert_backed(_NEPHROS, "Gross margin of $2,475 thousand on total net revenues of $3,870 thousand works out to about 64% for the "
                  "fourth quarter.", "64%")
    # a run of plain digits parts in more than one way: "Research and development 252208906873" stays unread
    assert_not_backed(_NEPHROS, "Research and development expense was $252,000 in the fourth quarter.", "$252,000")


def test_a_deficiency_is_said_by_its_size_as_a_deficit_is() -> None:
    # Silexion's "TOTAL CAPITAL DEFICIENCY | ($4,579) | ($15,476)": negative equity, which a claim says by its size
    readings = claim_readings("Total capital deficiency was $4.6 million at September 30, 2024.", 2024)
    assert readings["$4.6 million"].value < 0
    assert claim_readings("Total capital was $4.6 million at September 30, 2024.", 2024)["$4.6 million"].value > 0


def test_a_gain_of_a_kind_made_on_something_is_an_item_not_a_change() -> None:
    readings = claim_readings("The quarter included a NT$4,017 million valuation gain on financial assets and liabilities.", 2024)
    assert readings["NT$4,017 million"].change is False
    assert claim_readings("Gross profit posted a $12 million gain from a year earlier.", 2024)["$12 million"].change is True


def test_an_amount_said_again_without_an_item_is_the_clause_level_on_another_basis() -> None:
    # "Free Cash Flow of $50 million versus $67 million in 2023 (See Table 7). Free Cash Flow was $70 million before a $20
    # million litigation settlement payment made in the second quarter."
    for claim in (
        "Free cash flow was $50 million in 2024 versus $67 million, or $70 million before a $20 million litigation settlement payment.",
        "Free cash flow was $50 million in 2024, down from $67 million in 2023, or $70 million before a $20 million litigation "
        "settlement payment.",
    ):
        assert_backed(_ANYWHERE, claim, "$70 million")
        assert_not_backed(_ANYWHERE, claim.replace("$70 million", "$72 million"), "$72 million")
    # a plain ", or" after the compared amount still restates the compared year's
    assert claim_readings("Free cash flow was $50 million, down from $67 million, or $0.25 per share.", 2024)["$0.25"].period.prior


def test_a_month_of_the_fiscal_year_so_far_is_no_earlier_year() -> None:
    # "In December 2025, we monetized our remaining stake in Wella for $750 million" in the release on the fourth quarter
    # of Coty's fiscal 2026, which ends on June 30, 2026
    for claim in (
        "Coty agreed to sell the Gucci Beauty license back to Kering for $400 million, after monetizing its Wella stake for $750 million.",
        "Coty monetized its remaining Wella stake for $750 million in December 2025.",
    ):
        assert_backed(_COTY, claim, "$750 million")
    assert_not_backed(_COTY, "Coty monetized its remaining Wella stake for $750 million in December 2024.", "$750 million")
    assert_not_backed(_COTY, "Coty monetized its remaining Wella stake for $705 million in December 2025.", "$705 million")
