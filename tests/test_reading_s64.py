"""Reading as the claim sets write it (session 64): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index, number_check

_FUTU = "reading/futu_q2-2026_text.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_NVIDIA = "nvidia_q4-fy2026.txt"
_APPLE_2011 = "apple_q1-fy2011.txt"
_APPLE_2012 = "claim_reading/apple_q3-fy2012.txt"
_ORACLE = "reading/oracle_q4-fy2022_balance_sheet.html"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"
_LOWES = "reading/lowes_q2-fy2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_ANALOG_DEVICES = "reading/analog-devices_q3-fy2026_text.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_KINGSOFT = "reading/kingsoft-cloud_q2-2026_text.txt"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"


def test_a_note_s_shorthand_for_earnings_per_ads_is_an_amount_per_share() -> None:
    # "Net income per ADS ... Diluted | 18.24 | 26.08" (the second quarter of 2025 and of 2026, HK$)
    claim = "FUTU 2Q26 — diluted EPADS HK$26.08 vs HK$18.24."
    assert_backed(_FUTU, claim, "HK$26.08")
    assert_not_backed(_FUTU, claim.replace("HK$26.08", "HK$28.06"), "HK$28.06")


def test_a_note_s_lps_is_a_loss_per_share() -> None:
    # "Reported loss per share of $0.16 compared to reported loss per share of $0.08 in the prior year."
    claim = "COTY 4QFY26 — reported LPS $0.16 vs $0.08."
    assert_backed(_COTY, claim, "$0.16")
    assert_backed(_COTY, claim, "$0.08")
    assert_not_backed(_COTY, claim.replace("$0.16", "$0.18"), "$0.18")


def test_a_per_share_amount_is_compared_across_its_period_s_date() -> None:
    # "LOSS PER SHARE, BASIC AND DILUTED | 5.60 | 3.20 | 2.03 | 0.78" (nine months 2024 and 2023, third quarters)
    claim = "Loss per share, basic and diluted, was $2.03 for the three months to September 30, 2024, against $0.78 a year earlier."
    assert_backed(_SILEXION, claim, "$0.78")
    assert_not_backed(_SILEXION, claim.replace("$0.78", "$3.20"), "$3.20")  # the nine months'


def test_gm_said_with_its_rate_is_a_gross_margin() -> None:
    # "Gross profit margin for the fourth quarter of 2024 was 64.7% of total net sales compared to ... 79.6%"
    claim = "STAA 4Q24 — GM 64.7% vs 79.6%."
    assert_backed(_STAAR, claim, "64.7%")
    assert_backed(_STAAR, claim, "79.6%")
    assert_not_backed(_STAAR, "STAA 4Q24 — GM 76.3% vs 79.6%.", "76.3%")  # the year's
    # after segment sales, "GM" still names the gross margin, not the sales' "Net sales | 100.0 %" of sales
    assert_not_backed(_STAAR, "STAA 4Q24 — ICL sales $46.9m vs $74.6m; GM 100.0% vs 79.6%.", "100.0%")
    assert_backed(_STAAR, "STAA 4Q24 — ICL sales $46.9m vs $74.6m; GM 64.7% vs 79.6%.", "64.7%")


def test_both_bases_named_well_before_a_pair_of_rates_are_theirs_in_order() -> None:
    # "GAAP and non-GAAP gross margins are expected to be 74.9% and 75.0%, respectively"
    claim = "GAAP and non-GAAP gross margins for Q1 FY27 are expected to be 74.9% and 75.0%, plus or minus 50 basis points."
    assert_backed(_NVIDIA, claim, "74.9%")
    assert_not_backed(_NVIDIA, "GAAP and non-GAAP gross margins for Q1 FY27 are expected to be 75.0% and 74.9%.", "74.9%")


def test_a_share_s_part_is_named_after_a_note_s_last_semicolon() -> None:
    # "International sales accounted for 62 percent of the quarter's revenue."
    claim = "AAPL Q1 FY11: GM 38.5% vs 40.9%; intl 62% of revenue."
    assert_backed(_APPLE_2011, claim, "62%")
    assert_not_backed(_APPLE_2011, claim.replace("62%", "52%"), "52%")


def test_a_row_is_named_by_the_words_that_tell_it_from_its_table_s_other_rows() -> None:
    # "iPhone and Related Products and Services (5)(9) | ... | 16,245" beside "iPad and Related Products and Services";
    # "Net sales | $35,023"
    claim = "iPhone and related products made up about 46% of Apple's June-quarter revenue."
    assert_backed(_APPLE_2012, claim, "46%")
    assert_backed(_APPLE_2012, "iPhone made up about 46% of revenue.", "46%")
    assert_not_backed(_APPLE_2012, "iPad made up about 46% of revenue.", "46%")


def test_a_row_of_one_debt_and_other_debt_is_debt() -> None:
    # "Notes payable and other borrowings, non-current | 72,110 | 75,995": no "other" line item
    cells = [f for f in fact_index(_ORACLE).facts if f.figure.text in ("72,110", "75,995")]
    assert cells and all(f.metrics == frozenset({"debt"}) for f in cells)


def test_debt_said_with_its_current_portion_is_the_two_rows_added_up() -> None:
    # "Current portion of long-term debt, net | 287" and "Long-term debt, net | 41,527" (June 30, 2026)
    claim = "Long-term debt, net, including the current portion, totalled about $41.8 billion at the end of June 2026."
    assert (number_check(_VENTURE_GLOBAL, claim, "$41.8 billion").formula or "").startswith("debt with its current portion: 287 + 41,527")
    # the rows alone are not what the claim names
    assert_not_backed(_VENTURE_GLOBAL, claim.replace("$41.8 billion", "$41.5 billion"), "$41.5 billion")
    # "Notes payable, current | $3,749 | $8,250"; "Notes payable and other borrowings, non-current | 72,110 | 75,995"
    both = "Current and non-current notes payable and other borrowings added up to about $75.9 billion at May 31, 2022."
    assert_backed(_ORACLE, both, "$75.9 billion")
    assert_backed(_ORACLE, both.replace("$75.9", "$84.2").replace("2022", "2021"), "$84.2 billion")
    assert_not_backed(_ORACLE, both.replace("$75.9", "$84.2"), "$84.2 billion")  # the year before's


def test_one_measure_less_another_is_their_difference_of_one_column() -> None:
    # "Net cash provided by operating activities | 7,009 | 7,610"; "Capital expenditures | (1,063) | (1,013)" (six months)
    claim = "Operating cash flow less capital expenditures came to about $5.9 billion in the first half."
    assert (number_check(_LOWES, claim, "$5.9 billion").formula or "").startswith("the first named less the second: 7,009 less (1,063)")
    assert_backed(_LOWES, claim.replace("$5.9", "$6.6").replace("first half", "first half of 2025"), "$6.6 billion")
    assert_not_backed(_LOWES, claim.replace("$5.9", "$6.6"), "$6.6 billion")  # the year before's


def test_a_range_s_low_end_is_of_the_half_said_after_its_high_end() -> None:
    # "Total revenues are now projected to be between approximately $2.1 billion and $2.13 billion"; "Total revenues |
    # ... | 1,015,263" (six months)
    claim = "With $1,015.3 million of first-half revenue, the guidance implies roughly $1.08-$1.11 billion in the second half."
    assert_backed(_DUTCH_BROS, claim, "$1.08")
    assert_not_backed(_DUTCH_BROS, claim.replace("$1.08-", "$1.18-"), "$1.18")


def test_an_amount_with_its_scale_spelled_out_is_a_table_cell() -> None:
    # "| Three Months Ending October 31, 2026 |" / "| Reported | | Adjusted |" / "Revenue | $4.3 Billion | | $4.3 Billion |"
    revenue = [f for f in fact_index(_ANALOG_DEVICES).facts if f.figure.text == "$4.3 Billion"]
    assert [f.figure.row for f in revenue] == ["Revenue", "Revenue"]
    assert all(f.forward and f.period.length == "quarter" and f.period.end == (2026, 10, 31) for f in revenue)
    # "Nonoperating expense | ~$80 Million | | ~$80 Million |": a row of the same table, not a heading
    assert [f.figure.row for f in fact_index(_ANALOG_DEVICES).facts if f.figure.text == "$80 Million"] == ["Nonoperating expense"] * 2


def test_a_tolerance_glued_to_its_sign_is_a_size_not_a_loss() -> None:
    # "We are planning for reported EPS to be $3.14, +/-$0.15, and adjusted EPS to be $3.86, +/-$0.15." (and the
    # outlook table's "| (+/- $0.15) | | (+/- $0.15) |")
    tolerances = [f for f in fact_index(_ANALOG_DEVICES).facts if f.figure.text == "$0.15"]
    assert len(tolerances) == 4 and all(f.value > 0 for f in tolerances)
    claim = "ADI plans for fourth-quarter adjusted EPS of $3.86, +/- $0.15, and reported EPS of $3.14, +/- $0.15."
    assert_backed(_ANALOG_DEVICES, claim, "$0.15")
    assert_not_backed(_ANALOG_DEVICES, "ADI plans for fourth-quarter adjusted EPS of $3.86, +/- $0.25.", "$0.25")


def test_a_share_s_part_and_whole_are_of_one_currency_one_period_and_apart() -> None:
    # Auna's "Healthcare Services Mexico | 88 | 300" under "2Q'26 (USD) | 2Q'26" is no part of its "Consolidated
    # Revenue | 512" million soles; Mexico's 300 of it is
    assert_not_backed(_AUNA, "Mexico contributed 17% of consolidated revenue.", "17%")
    # Kingsoft's "Public cloud services | ... | 347,470" (thousand US$) is no part of "US$347.5 million", the same
    # figure: "Revenues from public cloud services were RMB2,357.6 million (US$347.5 million)"
    assert_not_backed(_KINGSOFT, "Public cloud accounted for about 100% of total revenues in the quarter.", "100%")
    assert_backed(_KINGSOFT, "Public cloud now makes up about 77% of Kingsoft Cloud's revenue.", "77%")
    # Figure's "Figure Connect Volume | 4,385" of "Consumer Loan Marketplace Volume | 7,161" is the half's (6M YTD), no
    # share of the quarter the whole's own words name
    claim = "Figure Connect accounted for about 61% of H1 Consumer Loan Marketplace volume."
    assert_backed(_FIGURE, claim, "61%")
    assert_not_backed(_FIGURE, claim.replace("H1", "Q2"), "61%")
