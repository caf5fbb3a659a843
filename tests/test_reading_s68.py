"""Reading as the claim sets write it (session 68): rules found on the studied set 36, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings

from summarizer.types import Unit
from summarizer.verify.claims import read_numbers

_APPLE_2011 = "apple_q1-fy2011.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_FUTU = "reading/futu_q2-2026_text.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"
_NVIDIA = "nvidia_q4-fy2026.txt"
_ORACLE_YEAR = "reading/oracle_q4-fy2022_year_reconciliation.html"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_STERLING = "reading/sterling-infrastructure_q2-2026_text.txt"
_US_BANCORP = "reading/us-bancorp_q4-2021_per_share.html"
_WAYFAIR = "reading/wayfair_q2-2026_text.txt"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"


def test_a_heading_that_sets_two_periods_against_each_other_leaves_the_first_amount_current() -> None:
    # "3Q25 vs 3Q24:" compares the periods; the colon ends the link's reach, so "$9.63m" is the quarter's own
    claim = "PGC 3Q25 vs 3Q24: net income $9.63m vs $7.59m (+27%); diluted EPS $0.54 vs $0.43 (+26%)."
    readings = claim_readings(claim, 2025)
    assert readings["$9.63m"].period.prior is False
    assert readings["$7.59m"].period.prior is True
    assert_backed(_PEAPACK, claim, "$9.63m")
    assert_not_backed(_PEAPACK, "PGC 3Q25 vs 3Q24: net income $7.59m vs $9.63m.", "$7.59m")
    # a label's colon right before its amount still says the amount is the earlier one
    assert claim_readings("EBITDA of EUR 50.0m (previously: EUR 40.0m)", 2025)["EUR 40.0m"].period.prior is True


def test_a_list_compared_with_the_levels_before_passes_over_a_change_between() -> None:
    claim = (
        "Peapack-Gladstone earned $9.6 million, or $0.54 per diluted share, in the third quarter of 2025, up 21% from "
        "$7.9 million and $0.45 in the second quarter."
    )
    readings = claim_readings(claim, 2025)
    assert readings["$7.9 million"].metric == "net_income"
    assert readings["$0.45"].metric == "eps"
    assert_backed(_PEAPACK, claim, "$7.9 million")
    assert_backed(_PEAPACK, claim, "$0.45")
    assert_not_backed(_PEAPACK, claim.replace("$7.9 million", "$7.2 million"), "$7.2 million")


def test_the_period_a_change_is_counted_from_is_not_the_next_figures() -> None:
    # Data Center $62,314 of total revenue $68,127 (in millions) in Q4 FY26: 91.5%; a year earlier 35,580 of 39,331: 90.5%
    claim = "Data Center revenue reached a record $62.3 billion, up 75% from a year ago and about 91% of total revenue."
    assert claim_readings(claim, 2026)["91%"].period.prior is False
    assert_backed(_NVIDIA, claim, "91%")
    assert_not_backed(_NVIDIA, claim.replace("91%", "90%"), "90%")
    # a level compared with right after the "from" is still the earlier period's
    assert claim_readings("Revenue rose 12% from $5.0 million and $3.0 million.", 2026)["$5.0 million"].period.prior is True


def test_a_when_clause_after_an_earlier_level_is_of_that_period() -> None:
    # the per-share table prints diluted EPS $1.30 for 3Q21 and $1.07 for 4Q21
    claim = "Fourth-quarter net income was $355 million lower than the $2,028 million earned in the third quarter, when diluted EPS was $1.30."
    assert claim_readings(claim, 2021)["$1.30"].period.prior is True
    assert_backed(_US_BANCORP, claim, "$1.30")
    assert_not_backed(_US_BANCORP, claim.replace("$1.30", "$1.07"), "$1.07")
    # a "when" after a current level stays current
    assert claim_readings("Net income was $1,673 million in the fourth quarter, when diluted EPS was $1.07.", 2021)["$1.07"].period.prior is False


def test_a_change_said_quarter_on_quarter_after_another_is_a_change_too() -> None:
    claim = "Total client assets climbed 43.6% year on year and 14.5% quarter on quarter to HK$1.40 trillion."
    assert claim_readings(claim, 2026)["14.5%"].change is True
    assert_backed(_FUTU, claim, "14.5%")
    # the bases swapped: neither change is of the other's base
    swapped = "Total client assets climbed 14.5% year on year and 43.6% quarter on quarter to HK$1.40 trillion."
    assert_not_backed(_FUTU, swapped, "43.6%")
    assert claim_readings("Revenue rose 7.7% y-o-y and 2.1% q-o-q.", 2025)["2.1%"].change is True


def test_money_spent_on_the_companys_own_shares_buys_them_back() -> None:
    # "Payments for common shares | (1,262)" (in millions) in the twelve months' cash flows
    claim = "Parker paid $936 million in dividends in fiscal 2026, up from $861 million, and spent $1,262 million on common shares."
    assert claim_readings(claim, 2026)["$1,262 million"].metric == "buyback"
    assert_backed(_PARKER, claim, "$1,262 million")
    # the dividends' amount is no buyback
    assert_not_backed(_PARKER, "Parker spent $936 million on common shares in fiscal 2026.", "$936 million")
    # shares of another company are an investment, not a buyback
    assert claim_readings("The fund invested $50 million in shares of Acme.", 2026)["$50 million"].metric != "buyback"


def test_a_change_of_one_thing_then_and_another_said_the_same_way_is_a_change_too() -> None:
    # REVENUE BY END MARKETS: Aerospace, Defense and Government 339 | 296 | 14%; Electronic Industrial 501 | 412 | 21%
    claim = (
        "Communications Solutions Group revenue climbed 43% to $1,345 million, on 56% growth in commercial "
        "communications and 14% in aerospace, defense and government."
    )
    assert claim_readings(claim, 2026)["14%"].change is True
    assert_backed(_KEYSIGHT, claim, "14%")
    assert_not_backed(_KEYSIGHT, claim.replace("14%", "21%"), "21%")
    # a share said after the "and" is no change
    assert claim_readings("Sales rose 12% in Europe and 40% of the total in Asia.", 2026)["40%"].change is False


def test_an_amount_that_included_an_item_is_not_the_item() -> None:
    # "Acquisition related and other | 4,713" (in millions) for the year ended May 31, 2022
    claim = "Fiscal 2022 acquisition-related and other expenses of $4,713m included litigation-related charges totaling $4.7 billion."
    assert claim_readings(claim, 2022)["$4,713m"].metric == "other"
    assert_backed(_ORACLE_YEAR, claim, "$4,713m")
    assert_not_backed(_ORACLE_YEAR, "Fiscal 2022 restructuring expenses of $4,713m.", "$4,713m")
    # an item named right after its amount is still the item
    assert claim_readings("Results included a $20 million litigation settlement.", 2022)["$20 million"].metric == "item"


def test_a_labels_net_between_commas_keeps_the_expense_named_before_it() -> None:
    # "Interest expense, net | (489) | (310) | (933) | (586)" (in millions): an expense printed as money out
    claim = "Interest expense, net, climbed to $489 million in the quarter from $310 million a year earlier."
    assert_backed(_VENTURE_GLOBAL, claim, "$489 million")
    assert_not_backed(_VENTURE_GLOBAL, claim.replace("$489 million", "$933 million"), "$933 million")
    # an income said the same way is not backed by the expense's cell
    assert_not_backed(_VENTURE_GLOBAL, "Interest income, net, climbed to $489 million in the quarter.", "$489 million")


def test_a_change_in_an_aside_right_after_an_amount_is_that_amounts() -> None:
    # "Net income of $155.8 million, or $5.00 per diluted share, increases of 120% and 116% respectively."
    claim = "STRL 2Q26 — net income $155.8m, or $5.00 a diluted share (+116%); adj. EBITDA $256.7m (+104%)."
    assert claim_readings(claim, 2026)["116%"].metric == "eps"
    assert_backed(_STERLING, claim, "116%")
    # the net income's own change is 120%, not 116%
    assert_not_backed(_STERLING, "STRL 2Q26 — net income $155.8m (+116%).", "116%")


def test_payments_for_property_are_capital_spending() -> None:
    # "Payments for acquisition of property, plant and equipment | (1,214) | (376)" (in millions)
    claim = "Capital spending on property, plant and equipment rose to $1,214m in the quarter from $376m."
    assert_backed(_APPLE_2011, claim, "$1,214m")
    assert_backed(_APPLE_2011, claim, "$376m")
    # the balance of property, plant and equipment is no spending
    assert_not_backed(_APPLE_2011, "Capital spending on property, plant and equipment rose to $5,868m in the quarter.", "$5,868m")


def test_an_amount_said_as_a_hit_to_eps_is_per_share() -> None:
    units = {n.text: n.unit for n in read_numbers(
        "The quarter included $96 million of pre-tax expenses, a 17-cent pre-tax hit to EPS, and a $0.05 benefit to "
        "diluted EPS."
    )}
    assert units["17-cent"] is Unit.PER_SHARE
    assert units["$0.05"] is Unit.PER_SHARE
    assert units["$96 million"] is Unit.CURRENCY
    # an amount in millions that hits EPS is still money
    assert read_numbers("a $96 million hit to EPS")[0].unit is Unit.CURRENCY


def test_a_second_subject_with_the_verb_left_out_takes_the_first_change_its_way() -> None:
    # "specialty retail brands, which grew by nearly 20% in the second quarter, and Perigold, which grew by more than 35%"
    claim = "Specialty retail brands grew nearly 20% in the quarter and Perigold more than 35%, according to the CEO."
    assert claim_readings(claim, 2026)["35%"].change is True
    assert_backed(_WAYFAIR, claim, "35%")
    assert_not_backed(_WAYFAIR, claim.replace("35%", "50%"), "50%")
    # a rate named second is a level, not a change
    assert claim_readings("Revenue grew nearly 20% in the quarter and gross margin about 30%.", 2026)["30%"].change is False


def test_a_range_of_a_change_named_as_a_noun_measures_what_follows_in_its_period() -> None:
    # "Adjusted gross margin in 1Q27 is expected to decline by approximately 50 to 100 basis points year-over-year"
    claim = (
        "The company expects free cash flow of over $300 million in the first half of fiscal 2027 and a 50 to 100 "
        "basis point decline in 1Q27 adjusted gross margin."
    )
    readings = claim_readings(claim, 2026)
    for end in ("50", "100 basis point"):
        assert readings[end].metric == "gross_margin"
        assert readings[end].period.length == "quarter"
    assert readings["$300 million"].period.length == "half"
    assert_backed(_COTY, claim, "100 basis point")
    # the range is the margin's: EBITDA is guided to fall by a low-teens percentage
    assert_not_backed(_COTY, claim.replace("adjusted gross margin", "adjusted EBITDA"), "100 basis point")


def test_a_part_said_with_what_it_is_takes_that_metric() -> None:
    # "The R&D increase was primarily attributable to $2.4 million in non-cash share-based compensation expenses.
    # General and administrative expenses increased to $4.8 million ..., with $3.4 million attributable to non-cash
    # share-based compensation"
    being = (
        "Research and development expenses rose to $3.2 million from $0.5 million, with $2.4 million of the R&D total "
        "being non-cash share-based compensation."
    )
    of_which = (
        "General and administrative expenses climbed to $4.8 million from $0.2 million, of which $3.4 million was "
        "non-cash share-based compensation."
    )
    assert claim_readings(being, 2024)["$2.4 million"].metric == "stock_compensation"
    assert claim_readings(of_which, 2024)["$3.4 million"].metric == "stock_compensation"
    assert_backed(_SILEXION, being, "$2.4 million")
    assert_backed(_SILEXION, of_which, "$3.4 million")
    # the R&D total said as the share-based compensation is not backed
    assert_not_backed(_SILEXION, of_which.replace("$3.4 million", "$3.2 million"), "$3.2 million")
    # a part said with no metric after it keeps the whole's
    plain = claim_readings("General and administrative expenses were $4.8 million, of which $3.4 million was in Q3.", 2024)
    assert plain["$3.4 million"].metric == "general_and_administrative"


def test_income_named_with_what_it_is_from_after_its_amount_is_no_loss() -> None:
    # "partially offset by $1.1 million in revaluation income from changes in fair value of financial liabilities"
    claim = (
        "Net financial expenses were $3.8 million, driven by a one-time $4.8 million loss on entering the "
        "transactions, partly offset by $1.1 million of revaluation income."
    )
    values = {n.text: n.value for n in read_numbers(claim)}
    assert values["$1.1 million"] > 0
    assert values["$4.8 million"] > 0  # said before "loss": the loss's size, read as such by the sentence
    assert_backed(_SILEXION, claim, "$1.1 million")
    assert read_numbers("a one-time $4.8 million loss, partly offset by a $1.1 million loss on swaps")[1].value < 0


def test_cash_with_its_equivalents_said_short_and_securities_is_their_sum() -> None:
    # Cash and cash equivalents 10,734 + Short-term marketable securities 16,243 + Long-term 32,730 = 59,707 ($ millions)
    claim = "Cash, equivalents and marketable securities totaled about $59.7 billion at December 25, 2010."
    assert_backed(_APPLE_2011, claim, "$59.7 billion")
    # the September quarter's balances add to 51.0 billion: not the December quarter's
    assert_not_backed(_APPLE_2011, claim.replace("$59.7 billion", "$51.0 billion"), "$51.0 billion")


def test_a_comparison_said_again_by_its_with_alone_is_a_comparison() -> None:
    # "U.S. | 0.8 | 2.5" comparable sales, quarters ended June 30, 2026 and 2025
    claim = (
        "Comparable sales growth slowed from a year earlier: total company comps of 1.3% compared with 3.8% in the "
        "second quarter of 2025, and U.S. comps of 0.8% with 2.5%."
    )
    assert claim_readings(claim, 2026)["2.5%"].period.prior is True
    assert_backed(_MCDONALDS, claim, "2.5%")
    assert_not_backed(_MCDONALDS, claim.replace("0.8% with 2.5%", "2.5% with 0.8%"), "2.5%")
    # with no comparison said before, "with" joins no comparison
    assert claim_readings("U.S. comps of 0.8% with 2.5% of sales online.", 2026)["2.5%"].period.prior is False


def test_a_multiple_said_after_a_pair_dated_by_day_is_their_ratio() -> None:
    # "Common shares outstanding | 8,609,308 (Sep. 30, 2024) | 1,977,152 (Dec. 31, 2023)": 4.35 times
    claim = (
        "Common shares outstanding rose to 8,609,308 at September 30, 2024 from 1,977,152 at the end of 2023, more "
        "than four times as many."
    )
    assert_backed(_GEOVAX, claim, "four")
    assert_not_backed(_GEOVAX, claim.replace("four", "five"), "five")


def test_a_years_amount_an_outlook_improves_on_is_a_result() -> None:
    # Corporate and Other "Adjusted EBITDA | (122.2)" for 12M'24; the outlook: "approximately $115 million" in 2025
    claim = (
        "The company expects the Corporate and Other Adjusted EBITDA loss to be about $115 million in 2025, an "
        "improvement on 2024's $122.2 million loss."
    )
    assert_backed(_ASSURANT, claim, "$122.2 million")
    assert_not_backed(_ASSURANT, claim.replace("$122.2 million", "$126.2 million"), "$126.2 million")
