"""Reading as the claim sets write it (session 58): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index

_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"


def test_a_year_dated_by_its_month_is_no_period_of_the_amounts_after_it() -> None:
    # "On January 8, 2025, the Company closed its private placement ... of 4,000,000 common shares at a price of $0.75
    # per common share": a price of the placement, no year's; the claim's "January 2025" dates it, and the 80
    # characters read back from "$0.75" open on "2025 Helix raised", no clause that opens with its year
    claim = "In January 2025 Helix raised gross proceeds of $3,000,000 by issuing 4,000,000 shares at $0.75 each."
    assert_backed(_HELIX, claim, "$0.75")
    assert_not_backed(_HELIX, claim.replace("$0.75", "$0.85"), "$0.85")
    # a year said as the period still is one: the fiscal year's net loss is no price of a share
    assert_not_backed(_HELIX, "For 2025 Helix reported a net loss of $0.75.", "$0.75")


def test_the_fiscal_year_a_dividend_is_for_is_no_period_of_the_sentence() -> None:
    # "Operating cash flow leaped to EUR 40.2m (9M 2025: EUR 2.3m) and thus well overcompensated the dividend
    # payments for FY 2024": the nine months' cash flow, whatever year the dividend was for
    claim = "Operating cash flow leaped to EUR 40.2m from EUR 2.3m, more than covering the dividend for FY 2024."
    assert_backed(_PATRIZIA, claim, "EUR 40.2m")
    assert_backed(_PATRIZIA, claim, "EUR 2.3m")
    assert_not_backed(_PATRIZIA, claim.replace("40.2", "42.0"), "EUR 42.0m")
    # a year said as the cash flow's own period is still read: the nine months' figure is no year's
    assert_not_backed(_PATRIZIA, "Operating cash flow for FY 2024 was EUR 40.2m.", "EUR 40.2m")


_ADI = "reading/analog-devices_q3-fy2026_text.txt"
_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_STAAR = "claim_reading/staar-surgical_q4-2024_newswire.txt"


def test_the_same_period_of_an_earlier_fiscal_year_is_the_period_compared_with() -> None:
    # ADI's nine months: revenue 10,812,357 against 7,943,651 (thousands) in the nine months ended Aug. 2, 2025
    claim = "Nine-month revenue reached $10.81 billion, 36% above the $7.94 billion of the same period in fiscal 2025."
    assert_backed(_ADI, claim, "$7.94 billion")
    # fiscal 2025's whole year (11,020 million) is no nine months' figure, nor is this year's a prior one
    assert_not_backed(_ADI, claim.replace("$7.94 billion", "$11.02 billion"), "$11.02 billion")
    assert_not_backed(_ADI, "Nine-month revenue reached $7.94 billion in fiscal 2026.", "$7.94 billion")


def test_a_change_after_an_amount_per_share_and_its_period_set_off_by_commas_is_of_that_amount() -> None:
    # "net income of $9.6 million and diluted EPS of $0.54 for the quarter ended September 30, 2025, which is an
    # increase of 21%, compared to net income of $7.9 million and diluted EPS of $0.45 for the quarter ended June 30"
    claim = ("Peapack-Gladstone Financial (PGC) earned $9.6 million, or $0.54 a diluted share, in the third quarter of "
             "2025, up 21% from $0.45 in the second quarter.")
    assert_backed(_PEAPACK, claim, "$0.45")
    assert_not_backed(_PEAPACK, claim.replace("$0.45", "$0.47"), "$0.47")


def test_a_share_restated_after_the_amount_compared_with_is_a_level_of_its_period() -> None:
    # Beyond Meat: adjusted EBITDA as a % of net revenues (40.2)% and (33.0)%, the quarter and a year before
    claim = "Adjusted EBITDA loss widened to $27.7 million, or -40.2% of net revenues, from $24.7 million, or -33.0%."
    assert_backed(_BEYOND_MEAT, claim, "-33.0%")
    assert_not_backed(_BEYOND_MEAT, claim.replace("-33.0%", "-36.0%"), "-36.0%")


def test_from_operating_income_compares_where_from_operations_names_a_metric() -> None:
    # "Operating loss for the fourth quarter of 2024 was $(27.9) million as compared to operating income of $10.4
    # million for the fourth quarter of 2023"
    claim = "STAAR swung to an operating loss of $27.9 million from operating income of $10.4 million in the fourth quarter."
    assert_backed(_STAAR, claim, "$10.4 million")
    # the quarter's own operating income is a loss: $10.4 million is no result of this fourth quarter
    assert_not_backed(_STAAR, "STAAR earned operating income of $10.4 million in the fourth quarter of 2024.", "$10.4 million")


_CONOCO = "conocophillips_q2-2026_text.txt"


def test_a_count_s_change_said_again_as_a_percentage_is_a_change() -> None:
    # "second-quarter 2026 production decreased 98 MBOED or 4% from the same period a year ago": both the change
    index = fact_index(_CONOCO)
    said = index.document.text.index("decreased 98 MBOED or 4%")
    four = next(f for f in index.facts if said < f.figure.span.start < said + 40 and f.figure.text == "4%")
    assert four.change and four.value == -4
    claim = "Production was 2,248 MBOED in the quarter, down 143 MBOED year over year, or 4% lower on an underlying basis."
    assert_backed(_CONOCO, claim, "4%")
    assert_not_backed(_CONOCO, claim.replace("4% lower", "7% lower"), "7%")


def test_a_percentage_after_the_level_a_change_reached_restates_the_change() -> None:
    # "fell 143 MBOED ... to 2,248 MBOED, or 4%": the change again, not a level of production
    claim = "Production fell 143 MBOED from a year earlier to 2,248 MBOED, or 4% on an underlying basis."
    assert_backed(_CONOCO, claim, "4%")
    assert_not_backed(_CONOCO, claim.replace("or 4%", "or 9%"), "9%")


_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"


def test_an_amount_in_parentheses_with_its_currency_spelled_as_a_code_is_an_aside() -> None:
    # INDUS: "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8%": the earnings'
    # amount, not a loss of EUR 22.3 million (a release that spells its currency writes a loss "EUR -22.3 million")
    index = fact_index(_INDUS)
    said = index.document.text.index("quarterly earnings (EUR 22.3 million)")
    earnings = next(f for f in index.facts if said < f.figure.span.start < said + 40)
    assert earnings.figure.text == "EUR 22.3 million" and earnings.value == 22_300_000


_COPA = "reading/copa-holdings_q4-2024_newswire.txt"


def test_an_airline_s_revenue_passengers_are_counted_in_the_scale_their_label_says() -> None:
    # "| Revenue Passengers Carried (000s) | 3,444 | 3,310 | 4.0% | ... | 13,467 | 12,442 | 8.2% |": passengers in
    # thousands, no revenue in millions (Copa's revenue is US$877.1 million)
    index = fact_index(_COPA)
    carried = [f for f in index.facts if f.figure.row == "Revenue Passengers Carried (000s)" and not f.change]
    assert carried and all(f.metrics == {"passengers"} and f.figure.unit.value == "count" for f in carried)
    assert carried[0].value == 3_444_000
    claim = "Full-year passengers carried rose 8.2% to 13.5 million."
    assert_backed(_COPA, claim, "13.5 million")
    assert_not_backed(_COPA, claim.replace("13.5 million", "12.4 million"), "12.4 million")  # 2023's 12,442
    assert_not_backed(_COPA, "Full-year revenue rose 8.2% to $13.5 billion.", "$13.5 billion")
