"""Reading as the claim sets write it (session 71): rules found on the studied set 39, each checked both ways (the
true claim is backed; the same words with another number, period, basis or thing are not)."""

from __future__ import annotations

from corpus import (
    assert_backed,
    assert_not_backed,
    claim_readings,
    fact_index,
    number_check,
    number_status,
    sentence_fact,
)

from summarizer.ingest.cells import is_value_cell
from summarizer.text.vocabulary import reported_quarter_in

_BUCKLE = "buckle_q3-fy2024.html"
_CBOE = "reading/cboe_q4-2024_newswire.txt"
_DANAOS = "reading/danaos_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"


def test_an_approximate_cell_is_an_amount_of_its_table() -> None:
    # "(in millions, except per share amounts) | GAAP | Non-GAAP (1) |" ... "Diluted Shares Outstanding | ~ 155 | ~ 155 |"
    assert is_value_cell("~ 155") and is_value_cell("~0.5%") and is_value_cell("~(0.5%)")
    # a tilde before money stays what it was: Albemarle's "| ~$10 | ~$20 | ~$30 |" heads the price cases of its outlook
    assert not is_value_cell("~$20") and not is_value_cell("~ approx")
    index = fact_index(_SANDISK)
    row = index.document.text.index("Diluted Shares Outstanding | ~ 155")
    shares = [fact for fact in index.facts if row < fact.figure.span.start < row + 50]
    assert [fact.value for fact in shares] == [155_000_000] * 2  # millions, as the table's caption says
    assert all(fact.period.end == (2026, 10, 0) for fact in shares)  # the outlook's quarter
    claim = "Sandisk's Q1 FY27 outlook assumes about 155 million diluted shares."
    assert_backed(_SANDISK, claim, "155 million")
    assert_not_backed(_SANDISK, claim.replace("155", "157"), "157 million")


def test_a_growth_said_guided_to_a_rate_is_a_change() -> None:
    # "Forecasted reported sales growth | | 5.5% to 8.5% |" under "Fiscal Year 2027"
    claim = "FY27 reported sales growth guided to 5.5%-8.5%"
    assert claim_readings(claim, 2026)["5.5%"].change
    assert_backed(_PARKER, claim, "5.5%")
    assert_backed(_PARKER, claim, "8.5%")
    assert_not_backed(_PARKER, "FY27 reported sales growth guided to 6.5%-8.5%", "6.5%")


def test_a_level_said_below_an_earlier_periods_is_the_current_ones() -> None:
    # "In the third quarter, revenue reached EUR 437.4 million, ... only slightly below the previous year's figure
    # (EUR 443.1 million)"
    claim = "Q3 revenue of EUR 437.4 million was slightly below the prior year's EUR 443.1 million."
    readings = claim_readings(claim, 2025)
    assert readings["EUR 437.4 million"].period.prior is False and readings["EUR 443.1 million"].period.prior
    assert_backed(_INDUS, claim, "EUR 437.4 million")
    assert_backed(_INDUS, claim, "EUR 443.1 million")
    # swapped, each is the other period's
    swapped = "Q3 revenue of EUR 443.1 million was slightly above the prior year's EUR 437.4 million."
    assert_not_backed(_INDUS, swapped, "EUR 443.1 million")
    # above a plan is no earlier period: the amount after it is not read as the prior year's
    assert claim_readings("Revenue of $5 million was above the top of its $4.8 million guidance.", 2025)["$4.8 million"].period.prior is not True


def test_a_count_of_times_as_many_after_a_dated_pair_is_their_ratio() -> None:
    # "Common shares outstanding | 8,609,308 | 1,977,152" (September 30, 2024; December 31, 2023): 4.35 times
    claim = "Common shares outstanding rose to 8,609,308 from 1,977,152 at December 31, 2023, more than four times as many."
    assert_backed(_GEOVAX, claim, "four")
    assert_not_backed(_GEOVAX, claim.replace("four", "five"), "five")


def test_a_percentage_after_a_change_and_its_base_restates_the_change() -> None:
    # "DPS in EUR | 5.30 | 5.45(1) | +2.8%"
    claim = "The 2024 dividend is proposed at EUR5.45 per share, up 15 cents from EUR5.30, or 2.8%."
    assert claim_readings(claim, 2024)["2.8%"].change
    assert_backed(_GECINA, claim, "2.8%")
    assert_not_backed(_GECINA, claim.replace("2.8%", "3.8%"), "3.8%")
    down = claim_readings("Revenue fell $15 million from $530 million a year earlier, or 2.8%.", 2024)["2.8%"]
    assert down.change and down.value < 0
    # a share of something else after the pair is no restatement
    assert not claim_readings("Revenue rose $15 million from $530 million, or 2.8% of sales.", 2024)["2.8%"].change


def test_the_and_of_a_pair_both_opens_does_not_end_the_measure_named_after_a_change() -> None:
    # "Total Revenue Growth | 2% ..." and "Operating Revenue Growth (non-GAAP) | 2%" under "Full Year 2025"
    claim = "Ryder's 2025 forecast calls for about 2% growth in both total and operating revenue."
    assert claim_readings(claim, 2024)["2%"].metric == "revenue"
    assert_backed(_RYDER, claim, "2%")
    assert_not_backed(_RYDER, claim.replace("2%", "3%"), "3%")
    # without "both" the "and" still ends the first measure: "growth in units and revenue" is no growth of revenue
    assert claim_readings("Forecast calls for 2% growth in units and 5% in revenue.", 2024)["2%"].metric is None


def test_a_banks_capital_ratios_are_each_their_own_measure() -> None:
    # "The Common Equity Tier 1 Ratio was 11.70% for the Bank and 10.47% for the Company"; "the Tier 1 Leverage Ratio
    # was 9.89% for Peapack Private Bank & Trust (the "Bank") and 8.86% for the Company"
    claim = "The Company's CET1 ratio was 10.47% and its Tier 1 leverage ratio 8.86% at September 30, 2025."
    assert_backed(_PEAPACK, claim, "10.47%")
    assert_backed(_PEAPACK, claim, "8.86%")
    # a CET1 ratio is no leverage ratio of the same value, nor the other way round
    assert_not_backed(_PEAPACK, "The Company's Tier 1 leverage ratio was 10.47% at September 30, 2025.", "10.47%")
    assert_not_backed(_PEAPACK, "The Company's CET1 ratio was 8.86% at September 30, 2025.", "8.86%")
    # the pair a pronoun sets against the two named before takes their measures in order
    pair = claim[:-1] + "; at the Bank they were 11.70% and 9.89%."
    readings = claim_readings(pair, 2025)
    assert (readings["11.70%"].metric, readings["9.89%"].metric) == ("cet1_ratio", "leverage_ratio")
    assert_backed(_PEAPACK, pair, "11.70%")
    assert_not_backed(_PEAPACK, claim[:-1] + "; at the Bank they were 9.89% and 11.70%.", "9.89%")


def test_a_period_said_between_an_amount_and_its_noun_is_that_amounts_own() -> None:
    # "raised underlying non-GAAP EPS guidance for the full year by $2.78 at the midpoint, which was more than offset by
    # $3.03 of acquired IPR&D charges from Q2 business development activity"
    claim = (
        "Full-year non-GAAP EPS guidance is now $35.50 to $36.50, as $3.03 of Q2 acquired IPR&D charges more than "
        "offset a $2.78 increase at the midpoint from underlying growth."
    )
    readings = claim_readings(claim, 2026)
    assert readings["$3.03"].period.length == "quarter" and readings["$2.78"].period.length == "year"
    assert_backed(_LILLY, claim, "$2.78")
    assert_not_backed(_LILLY, claim.replace("$2.78", "$2.87"), "$2.87")
    # a period said after "of" with no amount before it is the clause's
    assert claim_readings("Revenue of Q2 rose by $5 million.", 2026)["$5 million"].period.length == "quarter"


def test_a_quarter_a_headline_names_as_an_outlooks_is_not_the_one_reported() -> None:
    # "Golden Matrix Group Reports Record 2024 Revenues and Forecasts up to 80% Revenue Growth in Q1 2025", then "Fourth
    # Quarter Revenue Up 81% to $46 Million and Full-Year Revenue Up 63% to $151 Million"
    assert reported_quarter_in("Reports Record 2024 Revenues and Forecasts up to 80% Revenue Growth in Q1 2025") is None
    assert reported_quarter_in("Fourth Quarter Revenue Up 81%; expects Q1 revenue of $40 million") == 4
    assert fact_index(_GOLDEN_MATRIX).fiscal_quarter == 4


def test_a_result_said_in_the_year_a_release_reports_whole_is_the_years() -> None:
    # "Expanse Studios delivered 174% revenue growth in 2024" (a release of the fourth quarter and the year 2024)
    assert sentence_fact(_GOLDEN_MATRIX, "Expanse Studios delivered", "174%").period.length == "year"
    # "Derivatives Markets net revenue was up 8% in 2024" (Cboe's fourth quarter of 2024)
    assert sentence_fact(_CBOE, "Derivatives Markets net revenue was up", "8%").period.length == "year"
    claim = "Cboe's Derivatives Markets net revenue rose 8% in 2024."
    assert_backed(_CBOE, claim, "8%")
    # the Data Vantage segment's 7% of the same sentence is not this segment's
    assert_not_backed(_CBOE, "Cboe's Derivatives Markets net revenue rose 7% in 2024.", "7%")


def test_a_level_said_to_move_the_way_its_pair_does_not_is_marked() -> None:
    # "Capital expenditures ... $2.7 billion ... $3.3 billion" (Ryder's 2024 and 2023)
    claim = "Full-year capital expenditures fell to $2.7 billion from $3.3 billion."
    assert_backed(_RYDER, claim, "$2.7 billion")
    assert number_status(_RYDER, claim.replace("fell", "increased"), "$2.7 billion") == "context_mismatch"
    # "Adjusted EBITDA | 189.7 | 172.6" (Danaos' fourth quarters of 2024 and 2023), the pair said either way round
    assert_backed(_DANAOS, "Danaos' fourth-quarter adjusted EBITDA rose from $172.6 million to $189.7 million.", "$189.7 million")
    assert_not_backed(_DANAOS, "Danaos' fourth-quarter adjusted EBITDA decreased from $172.6 million to $189.7 million.", "$189.7 million")
    # a loss's amounts are left to its words: "net loss rose to $5.6 million from $1.4 million" is checked as before
    assert "the amounts go the other way" not in number_check(
        _DANAOS, "Danaos' net loss fell to $5.6 million from $1.4 million.", "$5.6 million"
    ).reason


def test_a_change_the_claim_names_a_losss_is_no_change_of_two_profits() -> None:
    # "Net income | 44,172 | 51,762" (Buckle's third quarters of fiscal 2024 and 2023): -14.7%
    claim = "Third-quarter net income declined by about 15% year over year."
    assert_backed(_BUCKLE, claim, "15%")
    assert_not_backed(_BUCKLE, claim.replace("net income", "net loss"), "15%")
