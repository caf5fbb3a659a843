"""Reading as the claim sets write it (session 65): rules found on the studied set 29, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index

_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"


def test_a_percentage_less_than_a_year_is_a_change_from_it() -> None:
    # "expects its full-year 2026 capital expenditures to be approximately $500 million, down 15% compared to 2025"
    claim = "Full-year 2026 capital expenditures are now forecast at about $500 million, 15% less than in 2025."
    assert_backed(_ALBEMARLE, claim, "15%")
    assert_not_backed(_ALBEMARLE, claim.replace("15% less", "15% more"), "15%")
    assert_not_backed(_ALBEMARLE, claim.replace("15%", "25%"), "25%")


def test_amounts_listed_respectively_take_no_direction_from_the_last_name_before_them() -> None:
    # "guidance for cash provided by operations and capital expenditures of at least $19 billion and approximately
    # $9 billion, respectively": the $19 billion is the cash provided, not an expenditure
    claim = "Disney expects at least $19 billion of cash provided by operations in fiscal 2026."
    assert_backed(_DISNEY, claim, "$19 billion")
    assert_not_backed(_DISNEY, "Disney expects capital expenditures of at least $19 billion in fiscal 2026.", "$19 billion")
    assert_not_backed(_DISNEY, claim.replace("$19 billion", "$17 billion"), "$17 billion")


def test_the_level_a_loss_came_to_after_its_change_is_a_loss() -> None:
    # "Loss from operations | (5,854) | (8,600)" (the third quarters of 2024 and 2023, in thousands)
    claim = "GeoVax's third-quarter loss from operations shrank by about $2.7 million year over year, to $5.9 million from $8.6 million."
    assert_backed(_GEOVAX, claim, "$5.9 million")
    assert_not_backed(_GEOVAX, claim.replace("to $5.9 million", "to $5.8 million"), "$5.8 million")


def test_a_share_consolidation_s_ratio_is_backed_by_the_ratio_the_release_states() -> None:
    # "commenced trading on a 1-for-5 consolidation basis", "a one-for-five (1:5) consolidation"
    claim = "The 1-for-5 share consolidation cut issued and outstanding shares from 245,107,749 to 49,021,536."
    assert_backed(_HELIX, claim, "1")
    assert_backed(_HELIX, claim, "5")
    assert_not_backed(_HELIX, claim.replace("1-for-5", "1-for-4"), "4")
    assert_not_backed(_HELIX, "Helix completed a 5-for-1 share consolidation.", "5")  # the other way round


def test_a_row_with_a_rate_printed_with_a_decimal_comma_stays_in_its_table() -> None:
    # "---- | ---- ..." then "Group Total | 17,377 | 17,082 | +0.7% | 4.9% | 4,8%" (in million euros)
    (total,) = [f for f in fact_index(_GECINA).facts if f.figure.text == "17,377"]
    assert total.figure.row == "Group Total"
    assert total.value == 17_377_000_000
    claim = "The Group's appraised value was EUR17,377m at end-2024."
    assert_backed(_GECINA, claim, "EUR17,377m")
    assert_not_backed(_GECINA, claim.replace("EUR17,377m", "EUR17,082m"), "EUR17,082m")  # the year before's


def test_a_lone_heading_centred_over_one_column_heads_that_column_alone() -> None:
    # "Like-for-like" over "change (1)" only, a character into the "Net cap. rates" beside it: the appraised values
    # and cap rates are no like-for-like figures
    offices = [f for f in fact_index(_GECINA).facts if f.figure.row == "Offices" and f.figure.table is not None]
    bases = {f.figure.text: f.basis for f in offices}
    assert bases["13,719"] == "" and bases["5.3%"] == ""
    assert "Like-for-like" in next(f.figure.column for f in offices if f.figure.text == "1.0%")


def test_net_and_gross_figures_set_against_each_other_are_two_measures_of_one_date() -> None:
    # "Net debt3 decreased by $61 million during the quarter to $5,530 million, with total debt at $6,342 million"
    claim = "Net debt fell by $61 million during the quarter to $5,530 million, against total debt of $6,342 million at December 31, 2024."
    assert_backed(_FIRST_QUANTUM, claim, "$6,342 million")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("$6,342 million", "$6,432 million"), "$6,432 million")
    # "Homebuilding debt-to-capitalization of 24.9% on a gross basis and 20.0% net of unrestricted cash"
    claim = "The net homebuilding debt-to-capital ratio was 20.0% against 24.9% gross."
    assert_backed(_TAYLOR_MORRISON, claim, "24.9%")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("24.9%", "29.4%"), "29.4%")


_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_KINGSOFT = "reading/kingsoft-cloud_q2-2026_text.txt"
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_SEARS = "sears_q2-2004.txt"
_AUNA = "reading/auna_q2-2026_text.txt"


def test_an_outlook_table_s_prior_and_updated_ranges_move_its_midpoint() -> None:
    # "Revenue | $82 to $85 billion | $85 to $87 billion" under "Prior | Updated": the midpoint moved $2.5 billion
    claim = "The midpoint of Lilly's updated 2026 revenue range, $86 billion, is $2.5 billion above the prior midpoint."
    assert_backed(_LILLY, claim, "$2.5 billion")
    assert_not_backed(_LILLY, claim.replace("$2.5 billion above", "$3.5 billion above"), "$3.5 billion")
    assert_not_backed(_LILLY, claim.replace("above", "below"), "$2.5 billion")


def test_a_margin_is_a_ratio_to_the_column_s_total_revenue_not_to_a_line_of_it() -> None:
    # "Gross profit | 466,209" over "Total revenues | 3,071,966" is 15.2%; over "Public cloud services | 2,357,617" it
    # would be 19.8%
    claim = "KC Q2: public cloud rev RMB2,357.6m (+45.1% y/y); enterprise cloud RMB714.3m (-1.3%); GM 15.2% vs 14.4%."
    assert_backed(_KINGSOFT, claim, "15.2%")
    assert_not_backed(_KINGSOFT, claim.replace("GM 15.2%", "GM 19.8%"), "19.8%")


def test_a_working_capital_revolver_is_debt() -> None:
    # "Total debt outstanding at December 31, 2024 was $575.4 million, including $140.8 million outstanding debt under
    # working capital revolvers and other short-term borrowing arrangements."
    claim = "Total debt outstanding was $575.4 million at year-end 2024, including $140.8 million under working capital revolvers and other short-term borrowings."
    assert_backed(_GREEN_PLAINS, claim, "$140.8 million")
    assert_not_backed(_GREEN_PLAINS, claim.replace("$140.8 million", "$104.8 million"), "$104.8 million")


def test_a_paragraph_s_plain_word_for_a_result_is_the_measure_it_defined() -> None:
    # "Segment earnings (adjusted EBITA) amounted to EUR 48.8 million ... In the third quarter, both revenue (EUR 161.4
    # million) and quarterly earnings (EUR 22.3 million) increased 8.8% over the previous year (EUR 148.4 million and
    # EUR 20.5 million, respectively)."
    facts = {f.figure.text: f for f in fact_index(_INDUS).facts if f.figure.table is None}
    assert facts["EUR 22.3 million"].metrics == {"ebitda"} and facts["EUR 22.3 million"].basis == "adjusted"
    assert facts["8.8%"].metrics == {"revenue", "ebitda"}
    assert facts["EUR 148.4 million"].metrics == {"revenue"}  # the aside's list, in the order of the levels before
    assert facts["EUR 20.5 million"].metrics == {"ebitda"}
    claim = "Infrastructure segment revenue and adjusted EBITA both rose 8.8% in Q3, to EUR 161.4 million and EUR 22.3 million."
    assert_backed(_INDUS, claim, "EUR 161.4 million")
    assert_backed(_INDUS, claim, "EUR 22.3 million")
    assert_not_backed(_INDUS, "Infrastructure segment adjusted EBITA rose 8.8% in Q3 from EUR 148.4 million.", "EUR 148.4 million")


def test_an_item_s_amount_is_backed_by_the_row_its_noun_names() -> None:
    # "Cumulative effect of change in accounting principle | - | - | (839) | -" (13 weeks 2004, 2003; 26 weeks)
    claim = "For the 26 weeks, Sears posted a net loss of $806 million, or $3.71 per share, after an $839 million cumulative effect of an accounting change."
    assert_backed(_SEARS, claim, "$839 million")
    assert_not_backed(_SEARS, claim.replace("$839 million", "$893 million"), "$893 million")
    assert_not_backed(_SEARS, "In the second quarter, Sears took an $839 million cumulative effect of an accounting change.", "$839 million")


def test_a_wire_s_admin_costs_are_the_administrative_costs_row() -> None:
    # "Salaries and administrative costs | (77.9) | (76.3) | -2.0%" (in million euros, 2023 and 2024)
    claim = "EBITDA up 5.7% to EUR565.7m; salaries and admin costs down 2.0% to EUR76.3m."
    assert_backed(_GECINA, claim, "EUR76.3m")
    assert_not_backed(_GECINA, claim.replace("EUR76.3m", "EUR77.9m"), "EUR77.9m")  # the year before's


def test_a_second_change_with_its_verb_left_out_may_follow_two_period_phrases() -> None:
    # "Operating cash flow increased by 45% year-over-year, while free cash flow grew by 181%"
    claim = "Auna's operating cash flow rose 45% year over year in the quarter and free cash flow 181%, while its leverage ratio improved to 3.6x."
    assert_backed(_AUNA, claim, "181%")
    assert_not_backed(_AUNA, claim.replace("181%", "118%"), "118%")



def test_a_gain_of_money_said_of_its_period_is_an_item_not_a_change() -> None:
    # "The Company recognized a $13 million gain on the copper sales hedge program in Q4 2024 and a $34 million gain for
    # the year."
    index = fact_index(_FIRST_QUANTUM)
    (year,) = [f for f in index.facts if f.figure.text == "$34 million" and "hedge" in f.figure.context.of(index.document.text)]
    assert not year.change and year.period.length == "year" and year.metrics == {"item"}
