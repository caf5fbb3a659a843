"""Reading as the claim sets write it (session 62): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index

_GE_HEALTHCARE = "reading/ge-healthcare_q4-2024_newswire.txt"
_CLOROX = "reading/clorox_q4-fy2026_text.txt"
_US_BANCORP = "reading/us-bancorp_q4-2021_highlights.html"
_COTY = "reading/coty_q4-fy2026_text.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def test_a_move_in_points_on_a_change_row_is_the_change_of_the_rate_above() -> None:
    # "Segment EBIT Margin | 12.6% | 25.9% ..." over "YoY change | 200 bps | 240 bps ..."
    cells = {f.figure.text: f for f in fact_index(_GE_HEALTHCARE).facts if f.figure.row == "YoY change"}
    assert cells["200 bps"].change and "operating_income" in cells["200 bps"].metrics
    claim = "Imaging segment revenues were essentially flat at $2,393 million in 4Q24, while segment EBIT margin improved 200 bps to 12.6%."
    assert_backed(_GE_HEALTHCARE, claim, "200 bps")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("200 bps", "240 bps"), "240 bps")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("improved", "fell"), "200 bps")


def test_a_with_clause_that_names_its_own_measure_holds_no_level_of_the_change_before() -> None:
    # "Total company book-to-bill was 1.09 times. Total company orders increased 6% organically year-over-year."
    claim = "Fourth-quarter total orders increased 6% organically, with a book-to-bill of 1.09 times."
    assert_backed(_GE_HEALTHCARE, claim, "6%")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("6%", "3%"), "3%")  # the full year's


def test_a_share_s_verb_is_no_word_of_its_subject() -> None:
    # "Commercial and industrial lending ("C&I") accounted for 69% of the new business originations during the third
    # quarter."
    claim = "C&I balances represented 44% of the total loan portfolio at quarter-end, and C&I made up 69% of Q3 new business originations."
    assert_backed(_PEAPACK, claim, "69%")
    assert_not_backed(_PEAPACK, claim.replace("69%", "64%"), "64%")


def test_a_comparison_with_the_whole_of_the_same_time_is_no_earlier_period() -> None:
    # "Return on average common equity (%) | 13.0 | 15.9 | 12.1 | 16.0 | 10.0" (4Q21, 3Q21, 4Q20, Full Year 2021, 2020)
    claim = "Fourth-quarter return on average common equity was 13.0%, compared with 16.0% for the full year."
    assert_backed(_US_BANCORP, claim, "16.0%")
    assert_not_backed(_US_BANCORP, claim.replace("16.0%", "10.0%"), "10.0%")  # the year before's
    # an earlier year said after it is still the comparison's
    assert_not_backed(_US_BANCORP, claim.replace("for the full year", "for the full year 2020"), "16.0%")


def test_a_name_after_a_named_change_shares_its_verb() -> None:
    # "Household | 524 | 639 | (18) %", "Lifestyle | 280 | 339 | (17) %", twelve months "(14) %"
    claim = "Health and Wellness net sales rose 16% in Q4, while Household fell 18% and Lifestyle 17%."
    assert_backed(_CLOROX, claim, "17%")
    assert_not_backed(_CLOROX, claim.replace("Lifestyle 17%", "Lifestyle 14%"), "14%")
    assert_not_backed(_CLOROX, claim.replace("fell 18% and", "fell 18%, and gross margin"), "17%")  # a rate's level


def test_a_leverage_ratio_is_named_by_what_it_divides() -> None:
    # "resulting in a financial leverage ratio (net debt to adjusted EBITDA) of 3.4x"
    assert_backed(_COTY, "Net debt to adjusted EBITDA was 3.4x.", "3.4x")
    assert_backed(_COTY, "Financial net debt was $2,912.1 million at quarter-end, a leverage ratio of 3.4x net debt to adjusted EBITDA.", "3.4x")
    assert_not_backed(_COTY, "Net debt to adjusted EBITDA was 5.2x.", "5.2x")  # the total debt to net loss ratio
    # "the Adjusted Net Debt to EBITDA ratio ended at 0.5 times"
    assert_backed(_COPA, "Adjusted net debt/EBITDA was 0.5x at year-end.", "0.5x")


_AUNA = "reading/auna_q2-2026_text.txt"


def test_changes_listed_place_by_place_share_the_verb_and_back_only_their_place() -> None:
    # "with revenues in local currency ("LC") increasing across all segments:\n4% in Mexico, 8% in Peru and 13% in
    # Colombia"; the sentence opens "Revenues in 2Q26 increased 9%\nFXN and 13% YoY"
    listed = [f for f in fact_index(_AUNA).facts if not f.in_table and f.figure.text in ("4%", "8%", "13%")]
    assert [f.change for f in listed if "Mexico" in fact_index(_AUNA).document.text[f.figure.span.end : f.figure.span.end + 12]] == [True]
    readings = claim_readings("Revenue fell 4% in Mexico, 8% in Peru and 13% in Colombia.", 2026)
    assert [(r.change, r.value) for r in readings.values()] == [(True, -4), (True, -8), (True, -13)]
    claim = "Local-currency revenue grew 4% in Mexico, 8% in Peru and 13% in Colombia."
    for number in ("4%", "8%", "13%"):
        assert_backed(_AUNA, claim, number)
    assert_not_backed(_AUNA, "Local-currency revenue grew 4% in Mexico, 13% in Peru and 8% in Colombia.", "8%")
    # 9% is the company's growth FXN, said first in the sentence that lists the places
    assert_not_backed(_AUNA, "Local-currency revenue grew 4% in Mexico, 8% in Peru and 9% in Colombia.", "9%")
    # "Segment Adjusted EBITDA decreased\n16% in Mexico and 12% in Colombia": a place said before more words is still said
    claim = "Segment adjusted EBITDA fell 16% in Mexico and 12% in Colombia in local currency and was flat in Peru."
    assert_backed(_AUNA, claim, "16%")
    assert_not_backed(_AUNA, claim.replace("16% in Mexico", "12% in Mexico"), "12%")
    # and a place's growth backs no company's: "8% in Peru" is no revenue growth FX-neutral
    assert_not_backed(_AUNA, "Auna's 2Q26 revenue rose 13% on a reported basis, or 8% FX-neutral, to S/1,238 million.", "8%")
    assert_backed(_AUNA, "Auna's 2Q26 revenue rose 13% on a reported basis, or 9% FX-neutral, to S/1,238 million.", "9%")
    # a list under a label of growth: "Local-currency revenue growth: Mexico 4%, Peru 8%, Colombia 13%"
    readings = claim_readings("Local-currency revenue growth: Mexico 4%, Peru 8%, Colombia 13%.", 2026)
    assert [r.change for r in readings.values()] == [True, True, True]
    assert_backed(_AUNA, "Local-currency revenue growth: Mexico 4%, Peru 8%, Colombia 13%.", "13%")
    # a rate named in the list is a level of its own, no change
    assert [r.change for r in claim_readings("Revenue rose 5%, and gross margin 30%.", 2026).values()] == [True, False]


_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"


def test_the_year_a_dividend_is_for_is_no_period_of_the_amount_paid() -> None:
    # "Operating cash flow leaped to EUR 40.2m (9M 2024: EUR 2.3m) and thus well overcompensated the dividend payments for
    # FY 2024 of EUR 30.3m paid in 2025."
    for claim in (
        "Operating cash flow leapt to EUR 40.2m from EUR 2.3m, covering FY 2024 dividend payments of EUR 30.3m.",
        "Operating cash flow leapt to EUR 40.2m from EUR 2.3m, covering the EUR 30.3m FY 2024 dividend.",
        "Operating cash flow leapt to EUR 40.2m from EUR 2.3m, more than covering EUR 30.3m of dividends paid for FY 2024.",
        "Operating cash flow rose to EUR 40.2m in 9M 2025 from EUR 2.3m, covering FY 2024 dividend payments of EUR 30.3m.",
    ):
        assert_backed(_PATRIZIA, claim, "EUR 30.3m")
    # the operating cash flow of 9M 2024 is no dividend
    assert_not_backed(_PATRIZIA, "Operating cash flow rose to EUR 40.2m in 9M 2025, covering FY 2024 dividend payments of EUR 2.3m.", "EUR 2.3m")


def test_what_a_verb_moved_its_object_by_is_a_change() -> None:
    # "Operating, general and administration expenses for the year ended July 31, 2025, when compared to the year ended
    # July 31, 2024, decreased by $1,423,000 or 43%"
    readings = claim_readings("The company increased revenue by 10%, partially offset by $5 million of costs.", 2025)
    assert [(r.change, r.value) for r in readings.values()] == [(True, 10), (False, 5_000_000)]
    # what a cause did to it is an effect, no change (tests/test_claim_reading.py)
    assert [r.change for r in claim_readings("Favorable foreign exchange movements increased sales by 1%.", 2025).values()] == [False]
    claim = "Helix cut operating, general and administration expenses by C$1,423,000, or 43%, in fiscal 2025."
    assert_backed(_HELIX, claim, "C$1,423,000")
    assert_backed(_HELIX, claim, "43%")
    assert_not_backed(_HELIX, claim.replace("cut", "raised"), "C$1,423,000")


_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"


def test_a_bank_s_allowance_release_is_the_allowance_s_change() -> None:
    # "Provision for credit losses in fourth quarter 2021 included an $875 million decrease in the allowance for credit
    # losses"
    for claim in (
        "The provision for credit losses was a $452 million benefit, including an $875 million reduction in the allowance.",
        "Provision for credit losses was a $452 million benefit, including an $875 million allowance release.",
        "The provision for credit losses was a benefit of $452 million in 4Q21, including an $875 million release from the allowance.",
    ):
        assert_backed(_WELLS_FARGO, claim, "$875 million")
    claim = "Provision for credit losses was a $452 million benefit, including an $875 million allowance build."
    assert_not_backed(_WELLS_FARGO, claim, "$875 million")
    # an allowance named in full is that allowance's, no bank's said short
    (reading,) = claim_readings("Revenue included a $5 million reduction in the allowance for doubtful accounts.", 2025).values()
    assert reading.metric != "credit_allowance"


_KEMIRA = "reading/kemira_fy2024_newswire.txt"


def test_the_release_s_own_date_after_a_pair_dates_the_level_it_came_to() -> None:
    # "| Equity ratio, % at period-end | 53 | 48 | 53 | 48 |" (Oct-Dec 2024, Oct-Dec 2023, Jan-Dec 2024, Jan-Dec 2023)
    assert_backed(_KEMIRA, "The equity ratio rose to 53% from 48% at year-end 2024.", "48%")
    # the date is still the amount's where it is no pair's
    assert_not_backed(_KEMIRA, "The equity ratio was 48% at year-end 2024.", "48%")


_PLUG = "reading/plug-power_q2-2026_text.txt"


def test_other_as_the_last_of_what_a_line_lists_makes_no_other_line() -> None:
    # "Net revenue:" over "Sales of equipment, related infrastructure and other | | $ | 81,898 | | $ | 99,219"
    cell = next(f for f in fact_index(_PLUG).facts if f.figure.text == "81,898")
    assert "other" not in cell.metrics
    assert_backed(_PLUG, "Equipment sales declined about 17% to $81.9 million from $99.2 million.", "17%")
    assert_not_backed(_PLUG, "Equipment sales declined about 17% to $81.9 million from $91.2 million.", "$91.2 million")


_LILLY = "reading/eli-lilly_q2-2026_text.txt"


def test_a_share_of_rows_taken_together_is_their_sum_of_the_whole() -> None:
    # "Mounjaro | 9,943", "Zepbound (1) | 4,928" and "Total Revenue | 22,974" of "Second-Quarter 2026": 64.7%
    claim = "Mounjaro and Zepbound together accounted for about 65% of Lilly's second-quarter revenue."
    assert_backed(_LILLY, claim, "65%", "share of the claim's sum: 9,943 + 4,928 of 22,974 = 64.7")
    assert_not_backed(_LILLY, claim.replace("65%", "60%"), "60%")
    # a year earlier, (5,199 + 3,381) of 15,558 is 55.1%
    assert_not_backed(_LILLY, claim.replace("second-quarter revenue", "second-quarter revenue a year earlier"), "65%")


_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"


def test_a_share_of_a_longer_period_is_the_shorter_period_s_figure_over_the_longer_s() -> None:
    # "the Company reported $2,789,484 and $3,090,161 of government contract revenues" (three and nine months): 90.3%
    formula = "share of a longer period: 2,789 of 3,090 = 90.3"  # the statement of operations' cells, in thousands
    assert_backed(_GEOVAX, "The third quarter accounted for about 90% of GeoVax's nine-month contract revenue.", "90%", formula)
    assert_backed(_GEOVAX, "Roughly 90% of the nine-month revenue came in the third quarter.", "90%", formula)
    assert_not_backed(_GEOVAX, "Roughly 80% of the nine-month revenue came in the third quarter.", "80%")
    # "RMB870 million, of which, the revenue for the second half reached RMB480 million": 55.2%
    assert_backed(_LINKLOGIS, "H2 accounted for roughly 55% of Linklogis's 2023 revenue and income.", "55%")
    assert_not_backed(_LINKLOGIS, "H2 accounted for roughly 45% of Linklogis's 2023 revenue and income.", "45%")


def test_a_verb_said_once_moves_a_second_amount_to_its_level() -> None:
    # "Total deposits increased by $433 million, to $6.6 billion at September 30, 2025"
    readings = claim_readings("Revenue fell $5 million to $60 million and EBITDA $2 million to $10 million.", 2025)
    assert [(r.change, r.value) for r in readings.values()] == [(True, -5_000_000), (False, 60_000_000), (True, -2_000_000), (False, 10_000_000)]
    claim = "Total loans rose $506 million to $6.0 billion and deposits $433 million to $6.6 billion since December 31, 2024."
    assert_backed(_PEAPACK, claim, "$433 million")
    assert_not_backed(_PEAPACK, claim.replace("$433 million", "$533 million"), "$533 million")
