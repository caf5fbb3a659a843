"""Reading as the claim sets write it (session 66): rules found on the studied set 30, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from decimal import Decimal

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_APPLE = "apple_q1-fy2011.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_CITIZENS = "reading/citizens-financial_q4-2021_highlights.html"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_ORACLE_YEAR = "reading/oracle_q4-fy2022_year_reconciliation.html"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PATRIZIA = "reading/patrizia_9m-2025_newswire.txt"
_PLUG = "reading/plug-power_q2-2026_text.txt"
_SEARS = "sears_q2-2004.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_VERTEX = "reading/vertex_q2-2026_text.txt"


def test_an_aside_said_before_a_clause_of_its_own_keeps_the_comparison_it_restates() -> None:
    # "but down from $2,028 million" compares the earnings again: the $0.95 is not set against it, it restates the
    # year-ago $1,519 million
    claim = (
        "U.S. Bancorp earned $1,673 million, or $1.07 per diluted share, in 4Q21, up from $1,519 million, or $0.95, "
        "in 4Q20 but down from $2,028 million, or $1.30, in 3Q21."
    )
    readings = claim_readings(claim, 2021)
    assert readings["$0.95"].period.prior is True
    assert readings["$1.07"].period.prior is False
    # the pair restated as a pair still opens with the current period's: "$8.2m vs $4.7m, or 20 cents vs 11 cents"
    pair = claim_readings("Net loss was $8.2 million vs $4.7 million, or 20 cents vs 11 cents a share.", 2024)
    assert pair["20 cents"].period.prior is not True


def test_an_amount_per_share_said_again_on_another_basis_keeps_its_unit() -> None:
    # "DILUTED EARNINGS PER SHARE | $2.41 | | $4.90" (fiscal 2022, GAAP then non-GAAP)
    claim = "For fiscal 2022 Oracle earned $2.41 a share on a GAAP basis and $4.90 on a non-GAAP basis."
    assert_backed(_ORACLE_YEAR, claim, "$4.90")
    assert_not_backed(_ORACLE_YEAR, claim.replace("$4.90", "$4.67"), "$4.67")  # fiscal 2021's
    # the basis said after "a share" is the amount's own: the non-GAAP $4.90 is no GAAP figure
    assert_not_backed(_ORACLE_YEAR, "For fiscal 2022 Oracle earned $4.90 a share on a GAAP basis.", "$4.90")


def test_a_row_of_organic_growth_under_a_long_heading_is_organic() -> None:
    # "Organic sales growth | | 0.6% | 15.9% | (2.6)% | 6.5%" under "... Three Months Ended June 30, 2026" and "Asia Pacific"
    claim = "Diversified Industrial International sales rose 9.5% to $1,634 million in Q4, with Asia Pacific organic growth of 15.9%."
    assert_backed(_PARKER, claim, "15.9%")
    assert_not_backed(_PARKER, claim.replace("15.9%", "19.6%"), "19.6%")  # the reported growth


def test_the_noun_of_a_change_then_what_changed_makes_its_amount_a_change() -> None:
    # "the Company recognized a reduction to cost of sales of $84 million related to IEEPA tariff refunds"
    fact = sentence_fact(_PARKER, "recognized a reduction to cost of sales of $84 million", "$84 million")
    assert fact.change and fact.value == -84_000_000
    claim = "Fourth-quarter cost of sales was reduced by $84 million of IEEPA tariff refunds."
    assert_backed(_PARKER, claim, "$84 million")
    assert_not_backed(_PARKER, claim.replace("reduced", "increased"), "$84 million")
    # an "and" joins another measure: the capital expenditures of "an increase in sales volume and capital
    # expenditures of about $40 million" are a level
    readings = claim_readings("GrafTech expects an increase in sales volume and capital expenditures of about $40 million.", 2025)
    assert not readings["$40 million"].change


def test_a_percentage_in_parentheses_after_and_is_negative() -> None:
    # "margin improved to ~breakeven compared to ~(31%) in the prior-year period and ~(13%) in the first quarter"
    claim = "Gross margin improved to about breakeven from about (31%) a year earlier and (13%) in the first quarter of 2026."
    assert claim_readings(claim, 2026)["(13%)"].value == -13
    assert_backed(_PLUG, claim, "(13%)")
    assert_not_backed(_PLUG, claim.replace("(13%)", "(15%)"), "(15%)")


def test_a_clause_that_names_only_its_period_keeps_the_loss_said_before_it() -> None:
    # "LOSS PER SHARE, BASIC AND DILUTED | (5.60) | (3.20) | (2.03) | (0.78)" (nine months, then the quarter)
    claim = "SLXN 3Q24 — loss per share $2.03 vs $0.78; nine months $5.60 vs $3.20."
    readings = claim_readings(claim, 2024)
    assert readings["$5.60"].value < 0 and readings["$3.20"].value < 0
    assert_backed(_SILEXION, claim, "$5.60")
    assert_not_backed(_SILEXION, claim.replace("$5.60", "$5.06"), "$5.06")
    # a clause that names its own measure takes no loss from the one before
    other = claim_readings("Net loss $2.03m vs $0.78m; revenue $5.60m vs $3.20m.", 2024)
    assert other["$5.60m"].value > 0


def test_a_verb_of_contribution_ends_the_reach_of_a_from_link() -> None:
    # "primarily due to revenue from the Novartis agreements of $162.4 million" (the year's)
    claim = "Revenue from the Novartis agreements contributed $162.4 million of the $184.9 million increase in 2024 revenue."
    assert claim_readings(claim, 2024)["$162.4 million"].period.prior is not True
    assert_backed(_ARVINAS, claim, "$162.4 million")
    assert_not_backed(_ARVINAS, claim.replace("$162.4 million", "$40.3 million"), "$40.3 million")  # the quarter's


def test_a_unit_decline_names_units() -> None:
    # "Apple sold 19.45 million iPods during the quarter, representing a seven percent unit decline"
    claim = "iPod unit sales fell 7% year over year to 19.45 million."
    assert_backed(_APPLE, claim, "7%")
    assert_not_backed(_APPLE, claim.replace("fell 7%", "fell 9%"), "9%")
    assert_not_backed(_APPLE, claim.replace("fell", "rose"), "7%")


def test_an_amount_per_share_restating_an_item_is_the_item_s() -> None:
    # "$41 million, or $0.12 per share, for severance costs ..." and "$39 million, or $0.12 per share, was for additional
    # depreciation"; the table's "Special Charges | 41 | 0.12 | 28 | 0.06"
    claim = "Quarterly results included a $41 million pretax severance charge and a $39 million charge for additional depreciation, each $0.12 per share."
    assert_backed(_SEARS, claim, "$0.12")
    assert_not_backed(_SEARS, claim.replace("$0.12", "$0.21"), "$0.21")
    single = "Quarterly results included a $41 million pretax severance charge, or $0.12 per share."
    assert_backed(_SEARS, single, "$0.12")
    assert_not_backed(_SEARS, single.replace("$0.12", "$0.06"), "$0.06")  # the year before's charges


def test_a_count_of_times_said_before_the_pair_it_is_the_ratio_of() -> None:
    # "Net cash provided by operating activities | 111,665 | 27,233" (thousands)
    claim = "Operating cash flow was about four times the year-earlier level, $111.7 million versus $27.2 million."
    assert_backed(_ELF, claim, "four")
    assert_not_backed(_ELF, claim.replace("four", "three"), "three")


def test_a_ratio_of_a_count_of_shares_to_a_count() -> None:
    # "Common shares outstanding | 8,609,308 | 1,977,152" (September 30, 2024 and December 31, 2023)
    claim = "GeoVax had 8,609,308 common shares outstanding at September 30, 2024, more than four times the 1,977,152 at the end of 2023."
    assert_backed(_GEOVAX, claim, "four")
    assert_not_backed(_GEOVAX, claim.replace("four", "five"), "five")


def test_a_multiple_of_an_earlier_level_is_the_ratio_of_the_release_s_figures() -> None:
    # "Revenue was $263.4 million ... for the year ... as compared with $78.5 million" (3.4 times)
    claim = "Full-year 2024 revenue was more than three times the 2023 level."
    assert_backed(_ARVINAS, claim, "three", "ratio: 263.4 vs 78.5 = 3.4")
    assert_not_backed(_ARVINAS, claim.replace("three", "four"), "four")
    # the quarter's revenue rose from a negative $(43.1) million: no ratio
    assert_not_backed(_ARVINAS, claim.replace("Full-year", "Fourth-quarter"), "three")
    # Figure's net income of $87,436 thousand against $29,994 thousand: 2.9 times
    near = "Net income was nearly three times the year-ago quarter's $30.0 million."
    assert_backed(_FIGURE, near, "three")
    assert_not_backed(_FIGURE, near.replace("nearly", "more than"), "three")


def test_the_amount_per_share_of_a_loss_said_with_its_year_is_a_loss() -> None:
    # "Net earnings (losses) per ordinary share attributable to GMGI: Basic $ (0.01) $ 0.16"
    claim = "Net loss attributable to GMGI was $1.48 million for 2024, or $0.01 per share, versus earnings of $0.16 per share in 2023."
    assert claim_readings(claim, 2024)["$0.01"].value == Decimal("-0.01")
    assert_backed(_GOLDEN_MATRIX, claim, "$0.01")
    assert_not_backed(_GOLDEN_MATRIX, claim.replace("$0.01 per share", "$0.02 per share"), "$0.02")


def test_a_range_takes_the_year_said_after_its_second_end() -> None:
    # "Interest and financing expense is expected to be between $120 and $140 million for 2026"
    fact = sentence_fact(_ALBEMARLE, "expected to be between $120 and $140 million for 2026", "$120")
    assert fact.period.length == "year" and fact.metrics == {"interest"}
    claim = "Interest and financing expense is expected at $120 to $140 million for 2026."
    assert_backed(_ALBEMARLE, claim, "$120")
    assert_not_backed(_ALBEMARLE, claim.replace("for 2026", "for the third quarter"), "$120")
    # a change's "to" is no range: "G&A expenses rose $65.1 million to $165.4 million in 2024" keeps its own reading
    assert claim_readings("G&A expenses rose $65.1 million to $165.4 million for 2024.", 2024)["$65.1 million"].change


def test_measures_taken_together_are_their_figures_added_up() -> None:
    # "Research & Development expenses ... totaled $3,558,000 (2024: $5,977,000)"; "Operating, general and
    # administration expenses ... totaled $1,839,000 (2024: $3,262,000)"
    claim = "R&D and OG&A expenses combined came to roughly C$5.4 million in fiscal 2025, down from about C$9.2 million."
    assert_backed(_HELIX, claim, "C$5.4 million")
    assert_backed(_HELIX, claim, "C$9.2 million")
    assert_not_backed(_HELIX, claim.replace("C$9.2 million", "C$9.7 million"), "C$9.7 million")
    assert_not_backed(_HELIX, claim.replace("C$5.4 million", "C$5.6 million"), "C$5.6 million")
    opened = "Combined R&D and OG&A expenses were about C$5.4 million in fiscal 2025, down from about C$9.2 million."
    assert_backed(_HELIX, opened, "C$5.4 million")
    # one measure named is no sum: the R&D alone was $3,558,000
    assert_not_backed(_HELIX, "R&D expenses came to roughly C$5.4 million in fiscal 2025.", "C$5.4 million")


def test_an_aside_labelled_with_nine_months_said_short_is_the_comparison() -> None:
    # "Management fees of EUR 174.0m (9M 2024: EUR 171.6m)"
    claim = "PATRIZIA 9M25 — management fees EUR 174.0m (9M24: EUR 171.6m); opex EUR 166.0m (-17.1% y/y)."
    assert claim_readings(claim, 2025)["EUR 171.6m"].period.prior is True
    assert_backed(_PATRIZIA, claim, "EUR 171.6m")
    assert_not_backed(_PATRIZIA, claim.replace("(9M24: EUR 171.6m)", "(9M24: EUR 191.7m)"), "EUR 191.7m")  # 9M25's fee income


def test_the_noun_of_a_change_then_what_changed_by_an_amount() -> None:
    # "Major drivers were the decrease in staff costs by 14.9% to EUR 111.4m (9M 2024(1): EUR 130.9m) and a decrease in
    # other operating expenses by 25.2% to EUR 41.8m (9M 2024(1): EUR 55.8m)"
    fact = sentence_fact(_PATRIZIA, "a decrease in other operating expenses by 25.2%", "25.2%")
    assert fact.change and fact.value == Decimal("-25.2")
    claim = "Staff costs fell 14.9% to EUR 111.4m and other operating expenses 25.2% to EUR 41.8m."
    assert_backed(_PATRIZIA, claim, "25.2%")
    assert_not_backed(_PATRIZIA, claim.replace("25.2%", "22.5%"), "22.5%")
    # a cause's words end what changed: the 13% of "a 60% increase in volume partly offset by 13% lower realized prices"
    # is no increase
    readings = claim_readings("Revenue rose 48%, driven by a 60% increase in volume partly offset by 13% lower realized prices.", 2026)
    assert readings["13%"].value < 0


def test_a_quarterly_payment_restated_as_a_year_s_after_an_aside() -> None:
    # "approved ... a quarterly dividend of US$1.61 per share" for 2025
    claim = "The board approved a 2025 quarterly dividend of US$1.61 per share, maintaining last year's payment, or US$6.44 a share on an annual basis."
    assert_backed(_COPA, claim, "US$6.44")
    assert_not_backed(_COPA, claim.replace("US$6.44", "US$6.40"), "US$6.40")
    four = "The board approved a 2025 quarterly dividend of US$1.61 per share, or US$6.44 over the four payments, unchanged from last year."
    assert_backed(_COPA, four, "US$6.44")
    assert_not_backed(_COPA, four.replace("US$6.44", "US$4.83"), "US$4.83")  # three payments' worth


def test_money_paid_for_a_count_of_shares_is_a_buyback() -> None:
    # "Assurant repurchased 1.5 million shares of common stock for $300 million and paid $156 million in common stock
    # dividends"
    claim = "Share repurchases and common dividends totaled $456 million in 2024, including $300 million for 1.5 million shares."
    assert_backed(_ASSURANT, claim, "$300 million")
    assert_not_backed(_ASSURANT, claim.replace("$300 million", "$156 million"), "$156 million")  # the dividends
    # shares sold are no buyback
    assert claim_readings("The company raised $50 million in an offering for 2.0 million shares.", 2024)["$50 million"].metric != "buyback"


def test_an_amount_in_its_noun_s_parentheses_before_the_verb_is_a_level() -> None:
    # "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8%" (Infrastructure, Q3)
    claim = "In Infrastructure, third-quarter revenue (EUR 161.4 million) and adjusted EBITA (EUR 22.3 million) both rose 8.8%."
    readings = claim_readings(claim, 2025)
    assert not readings["EUR 22.3 million"].change and readings["8.8%"].change
    assert_backed(_INDUS, claim, "EUR 22.3 million")
    assert_not_backed(_INDUS, claim.replace("EUR 22.3 million", "EUR 20.5 million"), "EUR 20.5 million")


def test_an_aside_labelled_with_an_earlier_quarter_of_the_year_is_that_quarter_s() -> None:
    # "EBITDA1,2 | 455 | 520 | ..." (Q4 2024, then Q3 2024)
    claim = "FM 4Q24 — EBITDA $455m (Q3: $520m); adj. EPS $0.04 vs $0.14 in Q3; gross profit $405m."
    assert_backed(_FIRST_QUANTUM, claim, "$520m")
    assert_not_backed(_FIRST_QUANTUM, "FM 4Q24 — EBITDA $455 million (Q3: $455m).", "$455m")  # the fourth quarter's


def test_a_range_up_from_a_range_is_its_earlier_edition() -> None:
    # "Total revenue | $13.1 to $13.2 billion | $12.95 to $13.1 billion" (FY 2026 now and previously)
    claim = "The new revenue range of $13.1 billion to $13.2 billion, up from $12.95 billion to $13.1 billion, has a midpoint of $13.15 billion."
    readings = claim_readings(claim, 2026)
    assert readings["$12.95 billion"].period.prior is True
    assert_backed(_VERTEX, claim, "$12.95 billion")
    # the ranges of a sentence that ranges twice stay ranges: "could range from $0.15 to $0.30 on a GAAP basis and from
    # $0.37 to $0.52 on a non-GAAP basis"
    twice = claim_readings("EPS could range from $0.15 to $0.30 on a GAAP basis and from $0.37 to $0.52 on a non-GAAP basis.", 2026)
    assert twice["$0.37"].period.prior is not True


def test_the_midpoint_of_a_range_said_between_two_amounts() -> None:
    # "revenue between EUR 1.70 billion and EUR 1.85 billion" (the confirmed 2025 guidance)
    claim = (
        "INDUS confirmed its 2025 guidance of revenue between EUR 1.70 billion and EUR 1.85 billion and adjusted EBITA of "
        "EUR 130 million to EUR 165 million, midpoints of EUR 1.775 billion and EUR 147.5 million."
    )
    assert_backed(_INDUS, claim, "EUR 1.775 billion")
    assert_not_backed(_INDUS, claim.replace("EUR 1.775 billion", "EUR 1.785 billion"), "EUR 1.785 billion")


def test_per_share_said_before_the_amount_of_a_defined_abbreviation() -> None:
    # Brookfield defines 'Distributable earnings ("DE")'; "– Per Brookfield share | 0.94 | 0.76" under "Distributable
    # earnings before realizations"
    claim = "Fourth-quarter DE before realizations per share rose 24% to $0.94 from $0.76."
    assert_backed(_BROOKFIELD, claim, "$0.94")
    assert_backed(_BROOKFIELD, claim, "24%")
    assert_not_backed(_BROOKFIELD, claim.replace("$0.94", "$0.49"), "$0.49")


def test_a_breakdown_printed_under_its_whole_is_its_parts() -> None:
    # "Copper production (tonnes)1 | 111,602 | 116,088 | 160,200" over "Cobre Panamá | – | – | 62,616", "Kansanshi | 48,139
    # | 49,810 | 31,887", "Sentinel | 56,560 | ...", "Other Sites2 | 6,903 | ..."
    (cell,) = [f for f in fact_index(_FIRST_QUANTUM).facts if f.figure.text == "62,616" and f.in_table]
    assert (cell.family, cell.metrics, cell.segment) == ("count", {"production"}, "Cobre Panamá")
    claim = "Copper production was roughly 30% lower than in Q4 2023, when Cobre Panamá contributed 62,616 tonnes."
    assert_backed(_FIRST_QUANTUM, claim, "62,616")
    assert_backed(_FIRST_QUANTUM, claim, "30%")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("62,616", "59,964"), "59,964")  # Sentinel's
    # the comparison a "when" clause goes back to is its amount's period, whoever its subject
    earlier = "Fourth-quarter copper production was down about 30% from a year earlier, when Cobre Panamá still contributed 62,616 tonnes."
    assert_backed(_FIRST_QUANTUM, earlier, "62,616")


def test_management_and_performance_fees_are_fee_income() -> None:
    # "Performance fees of EUR 12.6m (9M 2024: EUR 18.2m)"
    claim = "Total service fee income eased to EUR 191.7m from EUR 198.7m as performance fees dropped to EUR 12.6m from EUR 18.2m."
    assert_backed(_PATRIZIA, claim, "EUR 12.6m")
    assert_not_backed(_PATRIZIA, claim.replace("EUR 12.6m", "EUR 16.2m"), "EUR 16.2m")
    # a reconciliation's "Transaction fees related to investment tax credit" is no fee income
    (cell,) = [f for f in fact_index(_PLUG).facts if f.figure.text == "3,140"]
    assert "fee_income" not in cell.metrics


def test_fee_bearing_capital_is_capital_managed() -> None:
    # "... fee-bearing capital growth of 18% to $539 billion"
    claim = "Asset management DE was $694 million in the fourth quarter and $2.6 billion for the year, as fee-bearing capital rose 18% to $539 billion."
    assert_backed(_BROOKFIELD, claim, "$539 billion")
    assert_backed(_BROOKFIELD, claim, "18%")
    assert_not_backed(_BROOKFIELD, claim.replace("$539 billion", "$593 billion"), "$593 billion")


def test_a_row_of_a_table_titled_by_the_claim_s_measure() -> None:
    # "DISTRIBUTABLE EARNINGS" over "| Wealth solutions | 421 | 253 | 1,350 | 740 |" (quarters, then years)
    claim = "Wealth solutions distributable earnings rose about 82% to $1,350 million in 2024 from $740 million."
    assert_backed(_BROOKFIELD, claim, "$1,350 million")
    assert_backed(_BROOKFIELD, claim, "82%")
    assert_not_backed(_BROOKFIELD, "Wealth solutions distributable earnings rose to $2,645 million in 2024.", "$2,645 million")  # asset management's
    assert_not_backed(_BROOKFIELD, "Wealth solutions distributable earnings were $421 million in 2024.", "$421 million")  # the quarter's
    # another measure than the title's is not its rows'
    assert_not_backed(_BROOKFIELD, "Wealth solutions revenue rose to $1,350 million in 2024.", "$1,350 million")


def test_when_it_was_keeps_the_change_with_its_comparison_level() -> None:
    # "Net income | ... | 456" (4Q20); the 20% is underlying net income available to common stockholders'
    claim = "Citizens' Q4 net income rose 16% from a year earlier, when it was $456 million."
    assert_backed(_CITIZENS, claim, "16%")
    assert_not_backed(_CITIZENS, claim.replace("16%", "20%"), "20%")


def test_a_multiple_or_a_sum_keeps_the_direction_its_words_say() -> None:
    # Silexion's quarterly net loss of 11,860 against 809 thousand a year earlier (14.7 times)
    loss = "Silexion's third-quarter net loss was roughly 15 times the year-earlier loss."
    assert_backed(_SILEXION, loss, "15")
    assert_not_backed(_SILEXION, loss.replace("loss", "profit"), "15")
    assert_not_backed(_SILEXION, loss.replace("net loss", "net profit"), "15")  # the word said last before it
    # expenses added up are no benefits
    expenses = "Combined R&D and OG&A expenses were about C$5.4 million in fiscal 2025, down from about C$9.2 million."
    assert_not_backed(_HELIX, expenses.replace("expenses", "benefits"), "C$5.4 million")
