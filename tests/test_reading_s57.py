"""Reading as the claim sets write it (session 57): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

_APPLE = "claim_reading/apple_q3-fy2012.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"
_STAAR = "claim_reading/staar-surgical_q4-2024_newswire.txt"


def test_cash_and_securities_named_after_the_amount_are_the_rows_added_up() -> None:
    # Apple's balance sheet at June 30, 2012: cash and cash equivalents 7,945, short-term marketable securities
    # 19,709 and long-term 89,567 (millions) are the $117.2 billion; the words that say so follow the amount
    claim = "Apple held $117.2 billion in cash, cash equivalents and marketable securities at June 30, 2012."
    assert_backed(_APPLE, claim, "$117.2 billion")
    # the short-term side alone (27,654) is not the whole named, nor is September 2011's whole (81,570)
    assert_not_backed(_APPLE, claim.replace("117.2", "27.7"), "$27.7 billion")
    assert_not_backed(_APPLE, claim.replace("117.2", "81.6"), "$81.6 billion")


def test_an_ifrs_administrative_cost_row_is_general_and_administrative_expense() -> None:
    # Gecina's "Salaries and administrative costs (77.9) (76.3) -2.0%": a cost printed as a deduction, said by its
    # size; Auna's "Administrative expenses" rows are the same metric
    cell = next(f for f in fact_index(_GECINA).facts if f.figure.row == "Salaries and administrative costs" and f.value < 0)
    assert cell.metrics == {"general_and_administrative"}
    claim = "Salaries and administrative costs at Gecina fell 2.0% to EUR76.3 million in 2024."
    assert_backed(_GECINA, claim, "EUR76.3 million")
    assert_not_backed(_GECINA, claim.replace("76.3", "77.9"), "EUR77.9 million")  # 2023's


def test_a_per_share_aside_set_off_by_commas_leaves_the_period_after_it_to_its_amount() -> None:
    # "$694 million in Q4 and $2.6 billion, or $1.67 a share, for 2024": the year's, aside and all
    claim = "Asset management distributable earnings were $694 million in Q4 and $2.6 billion, or $1.67 a share, for 2024."
    assert_backed(_BROOKFIELD, claim, "$2.6 billion")
    assert_backed(_BROOKFIELD, claim, "$1.67")
    assert_not_backed(_BROOKFIELD, claim.replace("$1.67", "$0.44"), "$0.44")  # the quarter's amount per share
    # McDonald's own release, read the same way: "$52 million, or $0.06 per share, for the quarter and $99 million,
    # or $0.11 per share, for the six months"
    index = fact_index(_MCDONALDS)
    bullet = index.document.text.index("Net pre-tax charges of $52 million")
    read = [(f.value // 10**6, f.period.length) for f in index.facts if bullet < f.figure.span.start < bullet + 120]
    assert read[:4] == [(52, "quarter"), (0, "quarter"), (99, "half"), (0, "half")]


def test_a_pair_restated_per_share_keeps_its_per_share_reading() -> None:
    # STAAR's "net loss $(34.2)M or $(0.69)/shr vs net income $7.8M or $0.16": not a comma aside, no period after
    claim = "STAA Q4: net loss $(34.2)M or $(0.69)/shr vs net income $7.8M or $0.16."
    assert_backed(_STAAR, claim, "$0.16")


_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"


def test_cash_used_said_by_its_verb_before_the_amount_is_money_out() -> None:
    # GrafTech's "Net cash (used in) provided by operating activities $(26,417)" in the fourth quarter
    claim = "GrafTech used $26.4 million of cash in operating activities in the fourth quarter."
    assert_backed(_GRAFTECH, claim, "$26.4 million")
    # 9,292 was provided a year earlier, not used
    assert_not_backed(_GRAFTECH, "GrafTech used $9.3 million of cash in operating activities in the fourth quarter of 2023.", "$9.3 million")


def test_an_outlook_table_titled_by_an_estimated_year_is_that_years_outlook() -> None:
    # "| Total Corporate FY 2026E |" over the price scenarios "| ~$10 | ~$20 | ~$30 |": every cell is 2026's outlook
    # (the "FY 2025 avg." heading between names the price case)
    index = fact_index(_ALBEMARLE)
    scenario = [f for f in index.facts if f.in_table and f.figure.column == "~$20" and f.figure.row == "Net sales"]
    assert [(f.period.length, f.period.end, f.forward) for f in scenario[:2]] == [("year", (2026, 0, 0), True)] * 2
    claim = "At a ~$20/kg lithium price (Q1 2026 average), Albemarle sees 2026 net sales of $5.7 billion to $6.0 billion."
    assert_backed(_ALBEMARLE, claim, "$5.7 billion")
    assert_backed(_ALBEMARLE, claim, "$6.0 billion")
    # the quarter named before the outlook's own year names the price case: the claim is not of a quarter
    assert_not_backed(_ALBEMARLE, "Albemarle sees Q3 2026 net sales of $5.7 billion to $6.0 billion.", "$5.7 billion")
    # the Energy Storage segment's scenario table ("Energy Storage FY 2026E") is no outlook of the company's
    assert_not_backed(_ALBEMARLE, "Albemarle sees 2026 net sales of $4.0 billion to $4.2 billion.", "$4.0 billion")


_SILEXION = "reading/silexion_q3-2024_newswire.txt"


def test_an_amount_said_as_a_part_is_of_its_own_metric_not_the_whole_it_is_in() -> None:
    # Silexion: "$2.4 million in non-cash share-based compensation expenses" (R&D) and "General and administrative
    # expenses increased to $4.8 million ..., with $3.4 million attributable to non-cash share-based compensation"
    for claim in (
        "Non-cash share-based compensation accounted for $2.4 million of R&D and $3.4 million of G&A in the quarter.",
        "R&D expense was $3.2 million, with $2.4 million of the increase attributed to non-cash share-based compensation.",
    ):
        assert_backed(_SILEXION, claim, "$2.4 million")
    assert_backed(_SILEXION, "Non-cash share-based compensation accounted for $2.4 million of R&D and $3.4 million of G&A.", "$3.4 million")
    # the whole is not the part: R&D was $3.2 million, not stock compensation
    assert_not_backed(_SILEXION, "Non-cash share-based compensation accounted for $3.2 million of R&D in the quarter.", "$3.2 million")


def test_a_list_under_a_lead_in_of_an_earlier_year_is_of_that_year() -> None:
    # McDonald's: "Results for 2025 included the following: / • Pre-tax charges of $43 million, or $0.05 per share,
    # for the quarter" -- last year's charges, not this quarter's
    index = fact_index(_MCDONALDS)
    start = index.document.text.index("Results for 2025 included the following:")
    items = [f for f in index.facts if start < f.figure.span.start < start + 160]
    assert [(f.value // 10**6, f.period.length, f.period.prior) for f in items[:1]] == [(43, "quarter", True)]
    assert_not_backed(_MCDONALDS, "Q2 carried $43 million of pre-tax charges.", "$43 million")
    assert_backed(_MCDONALDS, "Q2 carried $52 million of pre-tax charges, versus $43 million a year earlier.", "$43 million")


_WEIBO = "reading/weibo_q2-2026_text.txt"


def test_a_loss_from_a_source_named_in_words_is_no_comparison() -> None:
    # Weibo: "Non-operating loss for the second quarter of 2026 mainly included (i) loss from fair value change of
    # investments of US$22.8 million" -- this quarter's, the "from" names where the loss came from
    fact = sentence_fact(_WEIBO, "loss from fair value change of investments of", "US$22.8 million")
    assert fact.period.prior is False and fact.value < 0
    # "a net loss from net income of $15 million" still compares with the result it swung from
    assert claim_readings("Wayfair swung to a small net loss from net income of $15 million.", 2026)["$15 million"].period.prior is True
    claim = (
        "Weibo swung to a non-operating loss of US$27.8 million in Q2 2026 from non-operating income of US$12.8 million, "
        "including a US$22.8 million fair-value loss on investments."
    )
    assert_backed(_WEIBO, claim, "US$22.8 million")
    # a "fair-value gain" of that size is the other way
    assert_not_backed(_WEIBO, claim.replace("fair-value loss", "fair-value gain"), "US$22.8 million")
    # what a figure replaced, named before its amount, is the earlier period's: "replaced non-operating income of"
    replaced = "A non-operating loss of US$27.8 million replaced non-operating income of US$12.8 million."
    assert claim_readings(replaced, 2026)["US$12.8 million"].period.prior is True
    assert_backed(_WEIBO, replaced, "US$12.8 million")


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"


def test_a_cash_cost_is_a_cost_of_what_is_made_not_cash() -> None:
    # First Quantum's outlook table "| C1 (per lb)1 | $1.85 – $2.10 |" under "| Total Copper | 2025 | ...": the copper's
    # C1 cash cost, once read as cash (a claim's "C1 cash cost of $1.85" looked for a cash balance)
    claim = "First Quantum's 2025 copper production guidance is 380,000 to 440,000 tonnes, with C1 cash cost of $1.85 to $2.10 per lb."
    assert_backed(_FIRST_QUANTUM, claim, "$1.85")
    assert_backed(_FIRST_QUANTUM, claim, "$2.10")
    assert_not_backed(_FIRST_QUANTUM, "First Quantum expects to hold $1.85 to $2.10 of cash in 2025.", "$1.85")
    # 2027's range is $1.75 - $2.00
    assert_not_backed(_FIRST_QUANTUM, claim.replace("$1.85 to $2.10", "$1.75 to $2.00"), "$1.75")


def test_a_second_change_after_the_first_ones_period_and_comparison_is_a_change() -> None:
    # GrafTech: "a 25% year-over-year reduction in cash costs per metric ton ... for the fourth quarter and a 23%
    # reduction on a full-year basis"
    claim = "GrafTech cut cash costs per metric ton by 25% year over year in the fourth quarter and by 23% for the full year."
    assert claim_readings(claim, 2024)["23%"].change
    assert_backed(_GRAFTECH, claim, "23%")
    assert_not_backed(_GRAFTECH, claim.replace("by 23%", "by 20%"), "20%")


_DANAOS = "reading/danaos_q4-2024_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"


def test_a_gain_made_in_an_earlier_period_is_a_gain_not_a_rise() -> None:
    # Danaos: "includes $35.6 million loss on marketable securities compared to a $20.8 million gain on marketable
    # securities in the three months ended December 31, 2023" -- the gain had been read as a loss (the loss named before)
    fact = sentence_fact(_DANAOS, "compared to a $20.8 million gain", "$20.8 million")
    assert fact.value > 0 and fact.period.prior is True
    claim = (
        "Fourth-quarter net income at Danaos included a $35.6 million loss on marketable securities, against a $20.8 "
        "million gain in the prior-year quarter."
    )
    assert not claim_readings(claim, 2024)["$20.8 million"].change  # a gain made then, not a rise of $20.8 million
    assert_backed(_DANAOS, claim, "$20.8 million")
    assert_not_backed(_DANAOS, claim.replace("million gain", "million loss"), "$20.8 million")
    said_so = claim.replace("in the prior-year quarter", "a year earlier")  # "a gain a year earlier" too
    assert not claim_readings(said_so, 2024)["$20.8 million"].change
    assert_backed(_DANAOS, said_so, "$20.8 million")


def test_an_amount_that_remained_authorized_is_the_buyback_authorization() -> None:
    # Taylor Morrison: "At quarter end, the remaining share repurchase authorization was $910 million."
    claim = "Taylor Morrison repurchased 1.4 million shares for $90 million in Q4; $910 million remained authorized."
    assert_backed(_TAYLOR_MORRISON, claim, "$910 million")
    # (buybacks and what an authorization leaves are read as related metrics: the year's $348 million of buybacks
    # would back it too, as it did before)
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("$910 million", "$900 million"), "$900 million")


_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"


def test_a_total_broken_down_after_its_date_is_the_sum_of_its_parts() -> None:
    # Bioceres' balance sheet: borrowings 119.2 current and 66.9 non-current at 12/31/2024; "Secured notes 83.4"
    claim = (
        "Bioceres carried $186.1 million of borrowings at December 31, 2024 ($119.2 million current and $66.9 million "
        "non-current), plus $83.4 million of secured notes."
    )
    assert_backed(_BIOCERES, claim, "$186.1 million")  # the date between the total and its parts holds digits
    assert_backed(_BIOCERES, claim, "$83.4 million")  # secured notes are debt
    assert_not_backed(_BIOCERES, claim.replace("$186.1 million", "$186.6 million"), "$186.6 million")


_GEOVAX = "reading/geovax_q3-2024_newswire.txt"


def test_a_comparative_then_by_before_a_percentage_is_a_change() -> None:
    # GeoVax's Q3 net loss $5,815,468 against $8,408,818: 30.8% narrower
    claim = "GOVX Q3'24: net loss -$5.8M, narrower by about 31% y/y."
    assert claim_readings(claim, 2024)["31%"].change
    assert_backed(_GEOVAX, claim, "31%")
    assert_not_backed(_GEOVAX, claim.replace("narrower", "wider"), "31%")
    assert_not_backed(_GEOVAX, claim.replace("31%", "25%"), "25%")


_GE_HEALTHCARE = "reading/ge-healthcare_q4-2024_newswire.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"


def test_growth_said_at_a_percentage_is_a_change_not_growth_returned_to() -> None:
    # GE HealthCare's Q4 2024: revenue $5,319 million, +2% reported and +2% organic
    claim = "GE HealthCare's fourth-quarter revenue was $5,319 million, with organic growth also at 2%."
    assert_backed(_GE_HEALTHCARE, claim, "2%")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("2%", "5%"), "5%")
    readings = claim_readings("Revenue rose 2%, with organic growth also at 3%.", 2024)
    assert readings["3%"].change
    assert not claim_readings("Management fees returned to growth at EUR 174.0m.", 2025)["EUR 174.0m"].change


def test_a_year_counted_against_belongs_to_its_change_not_the_next_clause() -> None:
    # PrairieSky's 2024: funds from operations C$380.5 million, 1% below 2023, on revenues of C$509.2 million (2024's)
    claim = "Full-year 2024 FFO was C$380.5 million (C$1.59/share), 1% below 2023, on revenues of C$509.2 million."
    assert claim_readings(claim, 2024)["C$509.2 million"].period.prior is False
    assert_backed(_PRAIRIESKY, claim, "C$509.2 million")


def test_a_claimed_range_is_one_range_of_the_source_not_two_ends_of_two() -> None:
    # Albemarle prints "$4.1 - $4.3 billion" (the company's 2026 sales at one price scenario) and "$1.4 - $1.6 billion"
    # (Specialties'): a range made of one's low end and the other's high end is neither
    claim = "Albemarle raised its Specialties outlook to net sales of $1.4 billion-$1.6 billion."
    assert_backed(_ALBEMARLE, claim, "$1.6 billion")
    assert_not_backed(_ALBEMARLE, claim.replace("$1.4 billion", "$4.1 billion"), "$1.6 billion")
    scenario = "At a ~$20/kg lithium price (Q1 2026 average), Albemarle sees 2026 net sales of $5.7 billion to $6.0 billion."
    assert_not_backed(_ALBEMARLE, scenario.replace("$5.7 billion", "$7.5 billion"), "$6.0 billion")  # ~$30's low end


def test_a_results_margin_is_not_computed_from_an_outlooks_figures() -> None:
    # Albemarle's Q2 2026 adjusted EBITDA $858 million on net sales of about $2.1 billion; the price scenarios'
    # 2026 outlook ($2.4 billion of EBITDA on $4.3 billion, $4.4 billion on $7.8 billion) is no quarter's margin
    claim = "Adjusted EBITDA rose 155% to $858 million, a margin of roughly 56% of sales vs about 25% a year earlier."
    assert_not_backed(_ALBEMARLE, claim, "56%")
    assert_backed(_ALBEMARLE, claim, "25%")
