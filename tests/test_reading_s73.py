"""Reading as the claim sets write it (session 73): rules found on the studied set 41, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, sentence_fact

_APPLE_Q3_FY12 = "claim_reading/apple_q3-fy2012.txt"
_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_GRAFTECH = "reading/graftech_q4-2024_newswire.txt"
_KINGSOFT = "reading/kingsoft-cloud_q2-2026_text.txt"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PATRIZIA = "reading/patrizia_9m-2025_newswire.txt"
_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"
_RYDER = "reading/ryder_q4-2024_newswire.txt"


def test_a_percentage_from_an_amount_said_by_its_currency_code_is_a_change() -> None:
    # "increased by 13.6% quarter-over-quarter from RMB2,703.7 million in the first quarter of 2026"
    claim = (
        "Kingsoft Cloud's second-quarter 2026 total revenues rose 30.8% year over year to a record RMB3,072.0 million, "
        "and 13.6% from RMB2,703.7 million in the first quarter."
    )
    assert claim_readings(claim, 2026)["13.6%"].change
    assert_backed(_KINGSOFT, claim, "13.6%")
    assert_not_backed(_KINGSOFT, claim.replace("13.6%", "31.6%"), "31.6%")
    assert claim_readings("Sales rose 8% to EUR 12.0 million, and 4% from EUR 11.5 million.", 2026)["4%"].change


def test_the_parts_of_an_amount_per_share_are_of_its_metric() -> None:
    # "interim payment of EUR2.70 on March 5 ..., EUR2.75 balance on July 4"
    claim = "The 2024 dividend is up 15 cents to EUR5.45 per share from EUR5.30, comprising an interim EUR2.70 and a EUR2.75 balance."
    readings = claim_readings(claim, 2024)
    assert readings["EUR2.70"].metric == readings["EUR2.75"].metric == "dividend"
    assert_backed(_GECINA, claim, "EUR2.70")
    assert_backed(_GECINA, claim, "EUR2.75")
    assert_not_backed(_GECINA, claim.replace("EUR2.70", "EUR2.60"), "EUR2.60")
    # an amount per share after one of earnings is no part of it
    assert claim_readings("EPS was $1.20 per share, up from $1.10 and $0.90.", 2024)["$0.90"].metric == "eps"


def test_a_change_of_amounts_per_share_read_by_a_release_abbreviation_is_of_its_measure() -> None:
    # 'Distributable earnings ("DE") before realizations increased by 24% and 15% on a per share basis'
    claim = "BN 4Q24 — DE before realizations $1,498m vs $1,209m; per share $0.94 vs $0.76 (+24%)."
    assert_backed(_BROOKFIELD, claim, "24%")
    assert_not_backed(_BROOKFIELD, claim.replace("+24%", "+15%"), "15%")


def test_a_move_in_points_goes_with_the_claims_rates_not_its_amounts() -> None:
    # "Gross Profit 51.5 45.1 (12%) 96.5 82.6 (14%)" / "Gross Margin 37% 42% 557 bps 38% 41% 375 bps"
    claim = "Gross profit declined 12% to $45.1 million, even as gross margin rose 557 basis points."
    assert_backed(_BIOCERES, claim, "557 basis points")
    # beside the quarter's amount, the half year's move is not the one said
    assert_not_backed(_BIOCERES, claim.replace("557", "375"), "375 basis points")
    assert_not_backed(_BIOCERES, claim.replace("557", "575"), "575 basis points")


def test_a_midpoint_a_share_of_no_measure_named_is_of_the_range_per_share() -> None:
    # "Recurrent net income (Group share) expected between EUR6.60 and EUR6.70 per share"
    claim = "The 2025 guidance midpoint is EUR6.65 a share."
    assert_backed(_GECINA, claim, "EUR6.65", "midpoint of the range: EUR6.60 vs EUR6.70 = 6.65")
    assert_not_backed(_GECINA, claim.replace("EUR6.65", "EUR6.75"), "EUR6.75")


def test_a_quarterly_payment_restated_over_the_year_is_four_of_them() -> None:
    # "approved a 2025 quarterly dividend payment of US$1.61 per share, maintaining last year's dividend payment"
    claim = (
        "The board approved a 2025 quarterly dividend of US$1.61 per share, maintaining last year's payment, "
        "or US$6.44 a share over the year."
    )
    assert_backed(_COPA, claim, "US$6.44")
    assert_not_backed(_COPA, claim.replace("US$6.44", "US$6.54"), "US$6.54")


def test_a_clause_whose_subject_is_a_measure_of_its_own_takes_no_metric_said_before() -> None:
    # "Major drivers were the decrease in staff costs by 14.9% to EUR 111.4m (9M 2024(1): EUR 130.9m)"
    claim = "Operating expenses fell 17.1% to EUR 166.0m from EUR 200.3m, as staff costs dropped 14.9% to EUR 111.4m."
    readings = claim_readings(claim, 2025)
    assert readings["17.1%"].metric == "operating_expenses"
    assert readings["14.9%"].metric is None and readings["EUR 111.4m"].metric is None
    assert_backed(_PATRIZIA, claim, "14.9%")
    assert_not_backed(_PATRIZIA, claim.replace("14.9%", "15.9%"), "15.9%")
    orders = "Parker's backlog reached a record $12.8 billion, and fourth-quarter orders rose 19%."
    assert claim_readings(orders, 2026)["19%"].metric is None
    assert_backed(_PARKER, orders, "19%")
    # an aside of its own measure, its sign before the number: the transactions', no same-shop sales growth
    aside = "Company-operated same shop sales rose 8.3% (transactions +3.4%) and systemwide same shop sales 5.8% (transactions +1.7%)."
    assert claim_readings(aside, 2026)["3.4%"].metric is None
    assert_backed(_DUTCH_BROS, aside, "1.7%")
    assert claim_readings("Sales rose 8.3% (organic +4.1%).", 2026)["4.1%"].metric is not None
    # a part the words qualify, a link, or a capitalised name is no measure of its own: the metric said before holds
    # (nor a result named the other way round: "while noninterest loss slipped 0.6%" is the noninterest income said wrongly)
    for other in ("Revenue rose 5% to $10 million, while international fell 3%.", "Revenue rose 5% to $10 million, and increased 3%.",
                  "Revenue rose 5% to $10 million, while Household fell 3%.", "Sales will range from down 3% to up 2%.",
                  "Noninterest expense increased 5.0%, while noninterest loss slipped 0.6%."):
        assert claim_readings(other, 2026)[other.split()[-1].rstrip(".")].metric is not None
    # so reads the release: Ryder's used truck pricing fell 12%, no pretax earnings
    pricing = sentence_fact(_RYDER, "as used truck and tractor pricing declined 12%", "12%")
    assert not pricing.metrics


def test_a_list_of_earlier_amounts_takes_the_metrics_of_the_levels_before_it_in_order() -> None:
    # "Net sales | $35,023 | $28,571" and "Diluted earnings per share | $9.32 | $7.79" (June 2012 and June 2011 quarters)
    claim = (
        "Apple posted fiscal third-quarter 2012 revenue of $35.0 billion and net profit of $8.8 billion, or $9.32 per "
        "diluted share, up from $28.6 billion and $7.79 a share a year earlier."
    )
    readings = claim_readings(claim, 2012)
    assert readings["$28.6 billion"].metric == "revenue" and readings["$7.79"].metric == "eps"
    assert_backed(_APPLE_Q3_FY12, claim, "$28.6 billion")
    assert_not_backed(_APPLE_Q3_FY12, claim.replace("$28.6 billion", "$25.6 billion"), "$25.6 billion")
    listed = claim_readings("Net income was $10 million and revenue $50 million, versus $8 million and $45 million.", 2026)
    assert listed["$8 million"].metric == "net_income" and listed["$45 million"].metric == "revenue"
    # one earlier amount alone is the level's said right before it
    alone = claim_readings("Revenue was $50 million and net income $10 million, compared with $8 million a year earlier.", 2026)
    assert alone["$8 million"].metric == "net_income"


def test_an_impairment_said_with_its_amount_per_share_between_is_an_impairment_by_its_size() -> None:
    # "◦($268) million, or ($0.05) per share, impairment of certain leased rail cars"
    impairment = sentence_fact(_WELLS_FARGO, "($268) million, or ($0.05) per share, impairment", "($268) million")
    assert impairment.metrics == {"impairment"}
    claim = (
        "Fourth-quarter results included a $943 million, or 18 cents a share, net gain on the sales of Corporate Trust "
        "Services and Wells Fargo Asset Management, and a $268 million impairment of leased rail cars."
    )
    assert_backed(_WELLS_FARGO, claim, "$268 million")
    assert_not_backed(_WELLS_FARGO, claim.replace("$268 million", "$286 million"), "$286 million")
    # no gain of that size: the amount printed negative is a loss of value
    assert_not_backed(_WELLS_FARGO, "Fourth-quarter results included a $268 million gain on leased rail cars.", "$268 million")
    aside = "Results included a $268 million ($0.05) impairment of leased rail cars."
    assert claim_readings(aside, 2021)["$268 million"].metric == "impairment"


def test_a_verb_and_its_object_then_a_percentage_against_a_period_is_a_change() -> None:
    # "cash COGS per MT ... decreased 25% year-over-year in the fourth quarter and 23% for the full year"
    claim = "GrafTech cut cash costs per metric ton 25% year over year in the fourth quarter and 23% for the full year."
    readings = claim_readings(claim, 2024)
    assert readings["25%"].change and readings["23%"].change
    assert_backed(_GRAFTECH, claim, "23%")
    assert_not_backed(_GRAFTECH, claim.replace("23%", "32%"), "32%")
    # without the period it is counted against, no change is said: "cut its stake 25%" may be the stake left
    assert not claim_readings("GrafTech cut cash costs per metric ton 25%.", 2024)["25%"].change
