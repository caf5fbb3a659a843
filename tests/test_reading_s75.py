"""Reading as the claim sets write it (session 75): rules found on the studied set 43, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

from summarizer.verify.verifier import verify_claim

_AUNA = "reading/auna_q2-2026_text.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_CONFLUENT = "reading/confluent_q4-2024_newswire.txt"
_CONOCOPHILLIPS = "conocophillips_q2-2026_text.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_DANAOS = "claim_reading/danaos_q4-2024_newswire.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"
_GE_HEALTHCARE = "reading/ge-healthcare_q4-2024_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"
_GRAFTECH = "reading/graftech_q4-2024_newswire.txt"
_INDUS = "reading/indus-holding_q3-2025_newswire.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"
_PATRIZIA = "reading/patrizia_9m-2025_newswire.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_STERLING = "reading/sterling-infrastructure_q2-2026_text.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
_VERTEX = "reading/vertex_q2-2026_text.txt"


def test_from_the_and_a_name_is_where_an_amount_came_from() -> None:
    # "including 720 MBOED from the Delaware Basin, 202 MBOED from the Midland Basin, 363 MBOED from the Eagle Ford and
    # 189 MBOED from the Bakken": the Bakken's 189 is this quarter's, no comparison with the Eagle Ford's
    assert sentence_fact(_CONOCOPHILLIPS, "363 MBOED from the Eagle Ford and 189", "189").period.prior is False
    # "Programming and production costs reflected increases of 4% from the Fubo Transaction and 2% from our streaming"
    assert sentence_fact(_DISNEY, "4% from the Fubo Transaction and 2%", "2%").period.prior is False
    # "oil royalty production from the Clearwater and Mannville Stack plays represented 21% ..., up from 17% in 2023"
    assert sentence_fact(_PRAIRIESKY, "Mannville Stack plays represented 21%", "21%").period.prior is False
    claim = "The Delaware Basin supplied 720 MBOED, the Eagle Ford 363 MBOED, the Midland Basin 202 MBOED and the Bakken 189 MBOED."
    assert_backed(_CONOCOPHILLIPS, claim, "189")
    assert_not_backed(_CONOCOPHILLIPS, claim.replace("189", "198"), "198")
    # a period's name after "from the" still says what is compared with
    readings = claim_readings("Revenue rose to $5 million from the Prior Year and $4 million", 2025)
    assert readings["$4 million"].period.prior is True


def test_points_then_a_comparative_say_which_way() -> None:
    # "Load Factor | 86.3% | ... | -0.4 p.p" against 4Q23
    claim = "The load factor was 86.3% in the quarter, 0.4 points below the prior year."
    assert claim_readings(claim, 2024)["0.4"].value < 0
    assert_backed(_COPA, claim, "0.4")
    assert_not_backed(_COPA, claim.replace("below", "above"), "0.4")
    assert_not_backed(_COPA, claim.replace("0.4 points", "0.6 points"), "0.6")


def test_a_change_said_again_on_a_basis_after_its_level_and_period() -> None:
    # "Global Systemwide sales* increased 5% (4% in constant currencies) to $37 billion for the quarter"
    claim = "Global Systemwide sales increased 5% to $37 billion in the quarter, or 4% in constant currencies."
    reading = claim_readings(claim, 2026)["4%"]
    assert reading.change and reading.basis == "constant_currency"
    assert_backed(_MCDONALDS, claim, "4%")
    assert_not_backed(_MCDONALDS, claim.replace("or 4%", "or 6%"), "6%")
    # an aside that opens with its hedge says the same: "(about 4% in constant currencies)"
    aside = "Systemwide sales rose 5% to $37 billion from $35 billion (about 4% in constant currencies)."
    assert claim_readings(aside, 2026)["4%"].change


def test_a_change_on_the_earlier_figure_sets_it_against_that_figure() -> None:
    # "Net profit for the period of EUR 6.9m turned positive again and has substantially improved by EUR 36.1m (9M
    # 2024(1): EUR -29.2m)"
    claim = "Net profit turned positive at EUR 6.9m, an improvement of EUR 36.1m on the restated loss of EUR 29.2m."
    assert claim_readings(claim, 2025)["EUR 29.2m"].period.prior is True
    assert_backed(_PATRIZIA, claim, "EUR 29.2m")
    assert_not_backed(_PATRIZIA, claim.replace("EUR 29.2m", "EUR 23.2m"), "EUR 23.2m")
    # a gain "on" a sale is no comparison
    sale = "It booked a gain of $5 million on the sale of the building for $20 million."
    assert not claim_readings(sale, 2025)["$20 million"].period.prior


def test_a_clause_of_its_own_whose_subject_no_vocabulary_names_reaches_a_level() -> None:
    # "Total inflows were over $135 billion in 2024."
    claim = "Fee-bearing capital increased 18% to $539 billion at December 31, 2024, and inflows exceeded $135 billion in 2024."
    assert claim_readings(claim, 2024)["$135 billion"].metric is None
    assert_backed(_BROOKFIELD, claim, "$135 billion")
    assert_not_backed(_BROOKFIELD, claim.replace("$135 billion", "$153 billion"), "$153 billion")
    # a metric the vocabulary names is its own
    assert claim_readings("Revenue rose 5% to $10 million, and net income reached $2 million.", 2024)["$2 million"].metric == "net_income"
    # and the measure of its own must be the source figure's: "Total inflows were over $135 billion in 2024", not the
    # release's "approximately $135 billion of financings"
    assert_not_backed(_BROOKFIELD, claim.replace("inflows", "outflows"), "$135 billion")


def test_a_year_of_a_quarterly_dividend() -> None:
    # "approved a 2025 quarterly dividend payment of US$1.61 per share"
    claim = "On an annual basis, the 2025 dividend amounts to US$6.44 per share."
    assert_backed(_COPA, claim, "US$6.44", "four quarterly payments: 4 x US$1.61 = 6.44")
    assert_backed(_COPA, "The annualized dividend is US$6.44 per share.", "US$6.44")
    assert_not_backed(_COPA, claim.replace("US$6.44", "US$6.40"), "US$6.40")
    assert_not_backed(_COPA, "The 2025 quarterly dividend amounts to US$6.44 per share.", "US$6.44")
    assert_not_backed(_COPA, claim.replace("US$6.44", "US$1.61"), "US$1.61")


def test_what_a_period_ended_with_is_a_level_at_its_end() -> None:
    # "Expanse Studios delivered 174% revenue growth in 2024, expanding its portfolio to 55 proprietary games by year-end"
    claim = "Expanse Studios delivered 174% revenue growth in 2024 and ended the year with 55 proprietary games."
    assert_backed(_GOLDEN_MATRIX, claim, "55")
    assert_not_backed(_GOLDEN_MATRIX, claim.replace("55 proprietary", "54 proprietary"), "54")


def test_the_rows_a_growth_rate_is_made_of_are_changes() -> None:
    # "Systemwide same shop sales | 5.8 % | 6.1 % | 6.9 % | 5.3 %" over "Ticket | 4.1 % | 2.4 % | 3.6 % | 3.0 %" and
    # "Transactions | 1.7 % | 3.7 % | 3.3 % | 2.3 %": ticket and transactions add up to the growth in every column
    index = fact_index(_DUTCH_BROS)
    rows = [fact for fact in index.facts if fact.figure.row in ("Ticket", "Transactions")]
    assert len(rows) == 16 and all(fact.change for fact in rows)
    assert_backed(_DUTCH_BROS, "Systemwide ticket rose 4.1% in Q2.", "4.1%")
    assert_not_backed(_DUTCH_BROS, "Systemwide ticket rose 3.6% in Q2.", "3.6%")


def test_a_change_said_to_be_the_earlier_periods_own() -> None:
    claim = "Systemwide same shop transactions increased 1.7%, down from 3.7% growth in the year-ago quarter."
    readings = claim_readings(claim, 2026)
    assert readings["3.7%"].change and readings["3.7%"].period.prior is True
    assert readings["1.7%"].period.prior is None
    assert_backed(_DUTCH_BROS, claim, "3.7%")
    assert_not_backed(_DUTCH_BROS, claim.replace("3.7%", "2.4%"), "2.4%")
    assert_not_backed(_DUTCH_BROS, claim.replace("in the year-ago quarter", "in the first half"), "3.7%")
    # the period a change is measured from is no period of its own
    assert claim_readings("Sales rose 5% in the quarter from the year-ago quarter.", 2026)["5%"].period.prior is None


def test_growth_said_to_land_in_a_part_of_its_range_is_a_change() -> None:
    # "We anticipate revenue growth near the midpoint of our 10% to 14% FX-neutral range, or approximately 12%."
    outlook = sentence_fact(_AUNA, "near the midpoint of our 10% to 14%", "10%")
    assert outlook.change and "revenue" in outlook.metrics
    claim = "Auna reaffirmed its 2026 revenue guidance of 10% to 14% FX-neutral growth and expects growth near the 12% midpoint."
    assert_backed(_AUNA, claim, "10%")
    assert_backed(_AUNA, claim, "14%")
    assert_not_backed(_AUNA, claim.replace("10% to 14%", "11% to 14%"), "11%")
    readings = claim_readings("Adjusted EBITDA growth toward the low end of the 5%-7% range is expected.", 2026)
    assert readings["5%"].change
    # the range a change said before lands in, and a range of growth said with its basis and metric after it
    for claim in (
        "Auna expects full-year 2026 revenue growth of approximately 12% on an FX-neutral basis, near the midpoint of its 10% to 14% range.",
        "Auna reaffirmed its 2026 guidance of 10% to 14% FX-neutral revenue growth and expects about 12%.",
    ):
        assert claim_readings(claim, 2026)["10%"].change and claim_readings(claim, 2026)["14%"].change
        assert_backed(_AUNA, claim, "10%")
    # a level "improved to a low of" is no part of a range
    assert not claim_readings("A 35.4% loan-to-value improved to a low of 32.7%.", 2024)["32.7%"].change


def test_a_change_the_company_plans_of_its_own_object_is_of_no_metric_before() -> None:
    # "we have informed our customers of our intention to increase prices by 15% on volume that is not yet committed"
    claim = "GrafTech expects 2025 capital expenditures of approximately $40 million and plans to raise prices by 15% on volume not yet committed for 2025."
    assert claim_readings(claim, 2025)["15%"].metric is None
    assert_backed(_GRAFTECH, claim, "15%")
    assert_not_backed(_GRAFTECH, claim.replace("by 15%", "by 25%"), "25%")
    # a planned change of a metric is that metric's
    assert claim_readings("The company plans to cut operating expenses by 10% in 2025.", 2025)["10%"].metric == "operating_expenses"


def test_an_outlooks_previous_range_is_its_earlier_edition() -> None:
    # "raised its full year 2026 total revenue guidance to $13.1 billion to $13.2 billion from $12.95 billion to $13.1
    # billion previously"; the table's "Previous FY 2026" column
    claim = "Vertex's previous full-year revenue range had been $12.95 billion to $13.1 billion."
    assert_backed(_VERTEX, claim, "$12.95 billion")
    assert_not_backed(_VERTEX, claim.replace("$12.95 billion", "$12.85 billion"), "$12.85 billion")


def test_a_change_in_a_year_before_the_releases_is_that_years() -> None:
    readings = claim_readings("The portfolio was valued at EUR17.4 billion, up 0.7% like-for-like after a 10.6% decline in 2023.", 2024)
    assert readings["10.6%"].change and readings["10.6%"].period.prior is True
    assert readings["0.7%"].period.prior is None
    assert claim_readings("Revenue rose 5% in 2024.", 2024)["5%"].period.prior is None


def test_what_was_earned_named_after_its_amount_is_no_profit() -> None:
    # "For YE 2024, lease bonus consideration totaled $30.8 million from issuing 219 new leases"
    claim = "PrairieSky earned $30.8 million of lease bonus consideration in 2024 from 219 new leases."
    assert claim_readings(claim, 2024)["$30.8 million"].metric is None
    assert_backed(_PRAIRIESKY, claim, "$30.8 million")
    assert_not_backed(_PRAIRIESKY, claim.replace("$30.8 million", "$38.0 million"), "$38.0 million")
    # a profit named after it is that profit; the verb alone says a profit
    assert claim_readings("The segment earned $386 million of operating income.", 2024)["$386 million"].metric == "operating_income"
    assert claim_readings("The company earned $74,000 in the quarter.", 2024)["$74,000"].metric == "net_income"


def test_a_move_in_points_said_as_an_adjective_of_its_change() -> None:
    # "Non-GAAP Operating Margin | ... | 10.3 pts" in the year's change column
    claim = "For the full year, Confluent swung to non-GAAP operating income of $27.5 million from a $57.3 million loss, a 10.3-point margin improvement."
    assert claim_readings(claim, 2024)["10.3"].change
    assert_backed(_CONFLUENT, claim, "10.3")
    assert_not_backed(_CONFLUENT, claim.replace("improvement", "decline"), "10.3")
    assert claim_readings("Gross margin fell to 40%, a 2.1-percentage-point decline.", 2024)["2.1-percentage-point"].value < 0


def test_an_earlier_periods_change_is_no_change_of_the_releases_period() -> None:
    # U.S. comparable sales "0.8%" this quarter, "2.5%" in the table's year-ago column
    claim = "U.S. comparable sales rose 0.8% in the second quarter, slowing from 2.5% growth in the same quarter of 2025."
    assert_backed(_MCDONALDS, claim, "2.5%")
    # the quarter's own 0.8% said to be the year-ago quarter's: the first backed, the second not
    slower = claim.replace("from 2.5%", "from 0.8%")
    statuses = [n.status.value for n in verify_claim(fact_index(_MCDONALDS), slower).numbers if n.text == "0.8%"]
    assert statuses[0] == "verified" and statuses[1] not in ("verified", "derived")


def test_a_clause_of_its_own_whose_subject_says_its_abbreviation() -> None:
    # "ASMs (millions) | ... | 7.2%" against 4Q23; operating revenues down 3.9%
    claim = "Operating revenues fell 3.9% to US$877.1 million in the quarter, even as capacity (ASMs) grew 7.2%."
    assert claim_readings(claim, 2024)["7.2%"].metric is None
    assert_backed(_COPA, claim, "7.2%")
    assert_not_backed(_COPA, claim.replace("7.2%", "7.9%"), "7.9%")


def test_a_segments_earnings_are_no_net_income() -> None:
    # "At 16.4 million, segment earnings (adjusted EBITA) in the quarter were significantly up on the previous year (EUR
    # 12.6 million)"; "For the first nine months, segment earnings totaled EUR 39.5 million": the paragraph's adjusted EBITA
    claim = "Materials Solutions' Q3 adjusted EBITA margin rose to 11.9% from 8.9%, with segment earnings of EUR 16.4 million versus EUR 12.6 million."
    assert claim_readings(claim, 2025)["EUR 16.4 million"].metric != "net_income"
    assert_backed(_INDUS, claim, "EUR 12.6 million")
    assert_not_backed(_INDUS, claim.replace("EUR 12.6 million", "EUR 13.6 million"), "EUR 13.6 million")
    nine_months = sentence_fact(_INDUS, "segment earnings totaled EUR 39.5 million", "EUR 39.5 million")
    assert nine_months.metrics == {"ebitda"} and nine_months.basis == "adjusted"
    assert claim_readings("Segment profit rose 5% to $86.9 million.", 2024)["$86.9 million"].metric is None
    assert claim_readings("Segment net income rose 5% to $86.9 million.", 2024)["$86.9 million"].metric == "net_income"


def test_a_wires_dash_line_opens_a_sub_item_of_its_own() -> None:
    # "* FMS EBT of $152 million, up 13%" / "   --" / "   Used vehicle results were $18 million ...; as used truck and
    # tractor pricing declined 12% and 13%, respectively": the pricing's decline is no EBT's
    pricing = sentence_fact(_RYDER, "tractor pricing declined 12% and 13%", "13%")
    assert "pretax_income" not in pricing.metrics
    assert_backed(_RYDER, "FMS EBT rose 13% to $152 million.", "13%")
    assert_not_backed(_RYDER, "FMS EBT decreased 13%.", "13%")
    # the sub-item's own measure, said after a clause of the headline's, is no abbreviation's ("EBT") of the clause before
    claim = "Fleet Management Solutions EBT rose 13% to $152 million, even as rental power-fleet utilization dipped to 73% from 75%."
    assert claim_readings(claim, 2024)["73%"].metric is None
    assert_backed(_RYDER, claim, "73%")
    assert_not_backed(_RYDER, claim.replace("to 73%", "to 71%"), "71%")
    # no subject of its own in a verb's helper, an adverb or a rate of the measure said before
    assert sentence_fact(_PATRIZIA, "has substantially improved by EUR 36.1m", "EUR 36.1m").metrics == {"net_income"}
    assert claim_readings("Adjusted EBITDA increased 18%, while the margin improved to 20%.", 2026)["20%"].metric == "ebitda"


def test_a_loss_named_is_backed_by_no_change_of_a_profit() -> None:
    # Sterling's Transportation Solutions "adjusted operating income" up 8%; Danaos's "Net income/(loss)" row of two
    # profits ($90,427 and $149,921 thousand); Figure's "Net Income" row, 87,436 and 29,994
    claim = "Transportation Solutions revenue declined 20%, while its adjusted operating income rose 8%."
    assert_backed(_STERLING, claim, "8%")
    assert_not_backed(_STERLING, claim.replace("operating income", "operating loss"), "8%")
    assert_backed(_DANAOS, "Quarterly net income fell by about 40% year over year.", "40%")
    assert_not_backed(_DANAOS, "Quarterly net loss fell by about 40% year over year.", "40%")
    assert_backed(_FIGURE, "Net income rose by $57.4 million from a year earlier.", "$57.4 million")
    assert_not_backed(_FIGURE, "Net loss rose by $57.4 million from a year earlier.", "$57.4 million")
    # a lender's credit losses are no loss of a result
    assert_backed(_TOMPKINS, "First-half provision for credit losses rose by $5.1 million to $8.1 million.", "$5.1 million")
    # nor a share or a margin of a profit: Copa's net profit, about 19% of operating revenue; GE HealthCare's "Net income
    # margin | 13.5% | 7.7%"
    assert_backed(_COPA, "Net income was roughly 19% of 4Q24 operating revenue.", "19%")
    assert_not_backed(_COPA, "Net loss was roughly 19% of 4Q24 operating revenue.", "19%")
    assert_backed(_GE_HEALTHCARE, "Net income margin widened 580 basis points to 13.5% from 7.7% in Q4.", "13.5%")
    assert_not_backed(_GE_HEALTHCARE, "Net loss margin widened 580 basis points to 13.5% from 7.7% in Q4.", "13.5%")
    # a change whose own words name neither side is of the level of its metric said before it: "Net income for the
    # second quarter of 2025 was $21.5 million, up $1.8 million, or 9.1%"
    assert_backed(_TOMPKINS, "Net income rose $1.8 million, or 9.1%, from the first quarter.", "9.1%")
    assert_not_backed(_TOMPKINS, "Net loss rose $1.8 million, or 9.1%, from the first quarter.", "9.1%")


def test_a_measure_said_again_short_and_sales_orders() -> None:
    # GrafTech's "Sales volume (MT) | ... | 103.2 | 91.6" beside "Production volume (MT) | ... | 97.3 | 88.1": "full-year
    # volume" after "Sales volume" is the sales volume again, no measure of its own any volume row backs
    claim = "Sales volume grew 13% year over year to 27.2 thousand metric tons in the fourth quarter, and full-year volume rose to 103.2 thousand MT from 91.6 thousand MT."
    assert claim_readings(claim, 2024)["103.2 thousand"].metric == "units"
    assert_backed(_GRAFTECH, claim, "91.6 thousand")
    assert_not_backed(_GRAFTECH, claim.replace("91.6 thousand", "88.1 thousand"), "88.1 thousand")
    # "Net sales orders" are homes ordered, no revenue: Taylor Morrison's orders up 11.0%, its revenue up 16.7%
    claim = "Net sales orders rose 11% to 2,621 as the monthly absorption pace improved to 2.6 from 2.4."
    assert claim_readings(claim, 2024)["11%"].metric != "revenue"
    assert_backed(_TAYLOR_MORRISON, claim, "11%")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("rose 11%", "rose 17%"), "17%")
