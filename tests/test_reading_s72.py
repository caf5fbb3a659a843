"""Reading as the claim sets write it (session 72): rules found on the studied set 40, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, number_check

from summarizer.text.vocabulary import metrics_in, reported_fiscal_year_in
from summarizer.types import Unit
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, _reported_piece_after

_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_ASE = "reading/ase-technology_q4-2024_newswire.txt"
_CLOROX = "reading/clorox_q4-fy2026_text.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_DANAOS = "reading/danaos_q4-2024_newswire.txt"
_LOWES = "reading/lowes_q2-fy2026_text.txt"
_NVIDIA = "nvidia_q4-fy2026.txt"
_NVIDIA_Q3_FY25 = "reading/nvidia_q3-fy2025_newsroom_summary.html"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"


def test_the_period_said_after_an_amounts_restating_aside_dates_both() -> None:
    # "Net income (loss) | (34,226) | 7,756" under "Three Months Ended December 27, 2024 | December 29, 2023"
    claim = "STAAR posted a Q4 net loss of $34.2 million, or 69 cents a share, after net income of $7.8 million, or 16 cents, a year earlier."
    readings = claim_readings(claim, 2024)
    assert readings["$7.8 million"].period.prior and readings["16 cents"].period.prior
    assert readings["$34.2 million"].period.prior is False
    assert_backed(_STAAR, claim, "$7.8 million")
    assert_not_backed(_STAAR, "STAAR posted Q4 net income of $7.8 million, or 16 cents a share.", "$7.8 million")
    dated = claim_readings("Net income was $15 million, or 11 cents a share, in the fourth quarter of 2023.", 2024)
    assert dated["$15 million"].period.prior and dated["11 cents"].period.prior
    # words that go on to another amount, or name a measure, are that amount's, not the aside's period
    compared = claim_readings(
        "Net profit was US$608.5 million, or US$14.56 a share, below the 2023 adjusted net profit of US$671.0 million.", 2024
    )
    assert compared["US$608.5 million"].period.prior is False and compared["US$671.0 million"].period.prior
    # nor are a verb's: "were stable with prior quarter" compares, it dates nothing (Citizens Financial)
    stable = "Net charge-offs of $45 million, or 14 basis points of average loans and leases, were stable with prior quarter."
    assert claim_readings(stable, 2021)["$45 million"].period.prior is False


def test_a_level_a_change_went_to_from_a_named_period_is_the_current_ones() -> None:
    # "| Funds from operations | 99.0 | | 92.4 | | 111.1 |" (Q4 2024, Q3 2024, Q4 2023)
    claim = "Funds from operations fell 11% from Q4 2023 to $99.0 million, or $0.41 a share."
    assert claim_readings(claim, 2024)["$99.0 million"].period.prior is False
    assert_backed(_PRAIRIESKY, claim, "$99.0 million")
    assert_not_backed(_PRAIRIESKY, claim.replace("$99.0 million", "$111.1 million"), "$111.1 million")
    assert claim_readings("Revenue rose 5% from the fourth quarter of 2023 to $8 million.", 2024)["$8 million"].period.prior is False


def test_an_amount_matching_an_amount_per_share_is_per_share_too() -> None:
    # "Diluted earnings per common share | $ | 4.27 | ... | 4.27" (three months ended July 31, 2026 and August 1, 2025)
    claim = "Lowe's earned $2.4 billion, or $4.27 a diluted share, in its fiscal second quarter, matching the $4.27 of a year earlier."
    readings = claim_readings(claim, 2026)
    matched = [reading for text, reading in readings.items() if text == "$4.27"][-1]
    assert matched.metric == "eps" and matched.period.prior
    assert_backed(_LOWES, claim, "$4.27")
    assert_not_backed(_LOWES, claim.replace("the $4.27", "the $4.17"), "$4.17")
    # an amount in millions or unscaled thousands after it is no amount per share: "from C$9,264,000", "vs $(107)m"
    helix = claim_readings("The net loss narrowed to C$5,205,000, or C$0.09 per share, from C$9,264,000, or C$0.21.", 2025)
    assert helix["C$9,264,000"].metric == "net_income"
    assert claim_readings("4Q24 net loss $(64)m, or $(0.58)/sh, vs $(107)m, or $(0.97)/sh.", 2024)["$(107)m"].metric == "net_income"


def test_a_quarter_said_with_a_fiscal_year_is_counted_against_the_releases_fiscal_year() -> None:
    # NVIDIA's "Third Quarter Fiscal 2025" ended October 27, 2024: its tables' calendar year is 2024
    assert reported_fiscal_year_in("NVIDIA Announces Financial Results for Third Quarter Fiscal 2025") == 2025
    assert reported_fiscal_year_in("Lowe's Reports Second Quarter 2026 Sales") is None
    index = fact_index(_NVIDIA_Q3_FY25)
    assert (index.fiscal_year, index.current_year, index.fiscal_quarter) == (2025, 2024, 3)
    claim = "Revenue of $35,082 million compared with $30,040 million in Q2 FY25 and $18,120 million in Q3 FY24."
    year_ago = next(number for number in read_numbers(claim) if number.text == "$18,120 million")
    # Q3 FY24 is a year before the reported Q3 FY25, however the calendar year of the release's tables reads
    assert not _reported_piece_after(claim, year_ago, "quarter", 3, 2024, 2025)
    assert _reported_piece_after(claim.replace("Q3 FY24", "Q3 FY25"), year_ago, "quarter", 3, 2024, 2025)
    # a release that names no fiscal year leaves "FY24" undecided: no reading of it as the release's own quarter
    assert not _reported_piece_after(claim, year_ago, "quarter", 3, 2024, None)
    assert_backed(_NVIDIA_Q3_FY25, claim, "$18,120 million")
    assert_not_backed(_NVIDIA_Q3_FY25, claim.replace("$18,120", "$35,082", 1).replace("$35,082 million compared", "$18,120 million compared"), "$18,120 million")


def test_the_change_of_an_amount_per_share_said_after_its_period_is_per_share() -> None:
    # "reported diluted earnings per share of $1.50 for the second quarter of 2025, ... up 36.4% from the diluted
    # earnings per share of $1.10 reported for the second quarter of 2024"
    claim = "Tompkins Financial earned $1.50 a diluted share in the second quarter of 2025, up 36.4% from $1.10 a year earlier."
    assert claim_readings(claim, 2025)["36.4%"].metric == "eps"
    assert_backed(_TOMPKINS, claim, "36.4%")
    assert_not_backed(_TOMPKINS, claim.replace("36.4%", "38.4%"), "38.4%")


def test_what_an_outlook_is_compared_with_in_the_releases_own_year_is_its_result() -> None:
    # "As adjusted (non-GAAP) | $ | 7.72 | | | $ | 5.53 | | | $ | 5.70 | | | $ | 6.00" (fiscal 2025, 2026; outlook 2027)
    claim = "The midpoint of the fiscal 2027 adjusted EPS range, $5.85, compares with $5.53 in fiscal 2026."
    assert_backed(_CLOROX, claim, "$5.53")
    assert_not_backed(_CLOROX, claim.replace("$5.53", "$7.72"), "$7.72")


def test_a_debt_said_as_a_multiple_of_ebitda_is_a_leverage_ratio() -> None:
    # "resulting in a financial leverage ratio (net debt to adjusted EBITDA) of 3.4x"
    claim = "Financial net debt was $2,912.1 million, or 3.4x adjusted EBITDA."
    assert claim_readings(claim, 2026)["3.4x"].metric == "leverage_ratio"
    assert_backed(_COTY, claim, "3.4x")
    assert_not_backed(_COTY, claim.replace("3.4x", "5.2x"), "5.2x")  # the total debt to net loss ratio
    # "Net Debt / LTM Adjusted EBITDA | 0.40x | 0.20x": the row names the ratio; the ratio compared with is one too
    assert [metric for _, metric in metrics_in("Net Debt / LTM Adjusted EBITDA")] == ["leverage_ratio"]
    compared = "Net debt rose to $291.2 million from $138.7 million, or 0.40x LTM adjusted EBITDA vs. 0.20x."
    assert claim_readings(compared, 2024)["0.20x"].metric == "leverage_ratio"
    assert_backed(_DANAOS, compared, "0.20x")
    assert_not_backed(_DANAOS, compared.replace("0.40x", "0.20x", 1).replace("vs. 0.20x", "vs. 0.40x"), "0.40x")


def test_a_comparison_after_an_item_a_level_was_said_without_is_the_levels() -> None:
    # "Free Cash Flow of $50 million versus $67 million in 2023 (See Table 7). Free Cash Flow was $70 million before a
    # $20 million litigation settlement payment made in the second quarter."
    claim = "Free cash flow was $50 million in 2024, or $70 million before a $20 million litigation settlement payment, versus $67 million."
    assert claim_readings(claim, 2024)["$67 million"].metric == "free_cash_flow"
    assert_backed(_ANYWHERE, claim, "$67 million")
    assert_not_backed(_ANYWHERE, claim.replace("$67 million", "$76 million"), "$76 million")
    # so after an item that helped the level: the comparison is of the level
    helped = "Net income was $16.4 million, helped by a $57.7 million non-cash gain on debt extinguishment, versus a $31.8 million loss."
    assert claim_readings(helped, 2026)["$31.8 million"].metric == "net_income"
    # a charge compared with an earlier charge stays the charge's
    assert claim_readings("Results included a $20 million charge, versus $15 million a year earlier.", 2024)["$15 million"].metric == "item"
    charges = "Operating income increased 3% to $3.34 billion, including $52 million of pre-tax charges versus $43 million a year earlier."
    assert claim_readings(charges, 2026)["$43 million"].metric == "item"


def test_an_amount_after_a_change_and_a_comma_and_owns_the_length_said_after_it() -> None:
    # "Data Center revenue | $62,314 | ... | 75% |" (Q4 FY26) and "$193,737" (FY26)
    claim = "Data Center revenue reached a record $62.3 billion, up 75% year over year, and $193.7 billion for the full year."
    readings = claim_readings(claim, 2026)
    assert not readings["$193.7 billion"].change and readings["$193.7 billion"].period.length == "year"
    assert readings["$62.3 billion"].period.length != "year"
    assert_backed(_NVIDIA, claim, "$62.3 billion")
    assert_backed(_NVIDIA, claim, "$193.7 billion")
    assert_not_backed(_NVIDIA, claim.replace("$62.3 billion", "$193.7 billion", 1).replace("and $193.7", "and $62.3"), "$62.3 billion")
    # a pair's "and" without a comma shares the length said after both
    pair = claim_readings("Gross profit and gross margin were RMB500 million and 20% for the quarter.", 2026)
    assert pair["RMB500 million"].period.length == "quarter"


def test_a_second_move_in_points_from_an_earlier_periods_rate_is_a_change() -> None:
    # "GAAP gross margin | 75.0% | 73.4% | 73.0% | 1.6 pts | 2.0 pts"
    claim = "GAAP gross margin improved 2.0 points from a year earlier to 75.0%, and 1.6 points from Q3's 73.4%."
    assert claim_readings(claim, 2026)["1.6"].change
    assert_backed(_NVIDIA, claim, "1.6")
    assert_not_backed(_NVIDIA, claim.replace("1.6 points", "1.8 points"), "1.8")


def test_a_second_amount_and_its_percentage_before_its_level_is_a_change() -> None:
    # "Total loans increased $506 million ... to $6.0 billion ...; deposits increased $433 million, or 7% ..."
    claim = "Total loans rose $506 million to $6.0 billion and deposits $433 million, or 7%, to $6.6 billion in the first nine months."
    readings = claim_readings(claim, 2025)
    assert readings["$433 million"].change and readings["7%"].change and not readings["$6.6 billion"].change
    assert_backed(_PEAPACK, claim, "$433 million")
    assert_not_backed(_PEAPACK, claim.replace("$433 million", "$333 million"), "$333 million")


def test_a_year_a_change_is_counted_since_is_no_year_of_the_next_clause() -> None:
    # "Wealth Management fee income was $15.8 million in Q3 2025, which amounted to 22% of total revenue for the quarter."
    claim = (
        "Wealth management AUM/AUA grew $1.0 billion to $12.9 billion since the end of 2024, and wealth fees of $15.8 "
        "million were 22% of quarterly revenue."
    )
    fees = claim_readings(claim, 2025)["$15.8 million"]
    assert fees.metric == "fee_income" and fees.period.prior is False
    assert_backed(_PEAPACK, claim, "22%")
    assert_not_backed(_PEAPACK, claim.replace("22%", "25%"), "25%")


def test_what_a_gain_or_a_loss_is_made_on_is_no_balance() -> None:
    # "Gain (Loss) on valuation of financial assets and liabilities - net | 4,017 |": a gain, no assets nor liabilities
    assert metrics_in("Gain (Loss) on valuation of financial assets and liabilities - net") == []
    assert metrics_in("Loss on extinguishment of debt") == []
    assert [metric for _, metric in metrics_in("Total assets and total liabilities")] == ["assets", "liabilities"]
    # "Net gain on valuation of financial assets and liabilities was NT$4,017 million": an item, no change of a measure
    offset = "A net foreign exchange loss of NT$2,787 million in 4Q24 was more than offset by a NT$4,017 million valuation gain."
    assert not claim_readings(offset, 2024)["NT$4,017 million"].change
    # a gain said smaller or larger than another is that gain's change
    smaller = "Net income dropped to S/33 million from S/84 million, mainly on a S/61 million smaller FX gain."
    assert claim_readings(smaller, 2026)["S/61 million"].change


def test_a_share_of_rows_taken_together_is_their_sum_over_the_whole() -> None:
    # "Packaging 70,285 | Testing 15,713" of "Net revenues 162,264" (three months ended Dec. 31 2024, NT$ million)
    claim = "Packaging and testing operations together made up about 53% of fourth-quarter net revenues."
    check = number_check(_ASE, claim, "53%")
    assert check.status in SUPPORTED and check.formula == "share of the claim's sum: 70,285 + 15,713 of 162,264 = 53.0"
    assert_not_backed(_ASE, claim.replace("53%", "63%"), "63%")
    # another quarter's rows make another share: the year-ago quarter's is 79,584 of its own revenues
    assert_not_backed(_ASE, claim.replace("fourth-quarter", "third-quarter"), "53%")


def test_a_move_in_points_said_as_an_adjective_of_a_measures_change_is_in_points() -> None:
    # "Non-GAAP Operating Margin 2.9% (7.4%) 10.3 pts": "a 10.3-point margin improvement" moves a margin by points
    units = {number.text: number.unit for number in read_numbers("a 10.3-point margin improvement, a 3-point plan")}
    assert units == {"10.3": Unit.PERCENTAGE_POINTS, "3": Unit.COUNT}


def test_a_nil_cell_of_a_row_that_names_no_measure_backs_no_amount_of_an_unread_measure() -> None:
    # "Loss on extinguishment of debt, net | -" (a loss made on debt names no measure): no "$0.0 billion" of liquidity
    assert_not_backed(_TAYLOR_MORRISON, "Total liquidity was about $0.0 billion at year-end.", "$0.0 billion")
