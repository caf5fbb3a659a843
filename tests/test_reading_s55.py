"""Reading as the claim sets write it (session 55): rules found on the studied sets (17, 18) and the blind set 19,
each a mechanism of running text rather than one release's wording.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_AMD = "reading/amd_q2-2026_text.txt"
_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_AXON = "reading/axon_q2-2026_text.txt"
_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"
_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_CBOE = "reading/cboe_q4-2024_newswire.txt"
_CONOCOPHILLIPS = "conocophillips_q2-2026_text.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"
_KEMIRA = "reading/kemira_fy2024_newswire.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_LOWES = "reading/lowes_q2-fy2026_text.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"
_NEPHROS = "reading/nephros_q4-2024_newswire.txt"
_ORACLE_FREE_CASH_FLOW = "reading/oracle_q4-fy2022_free_cash_flow.html"
_ORACLE_HEADLINE = "reading/oracle_q4-fy2022_headline.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"


def test_the_year_of_an_outlook_clause_is_no_period_of_the_results_before_it() -> None:
    # Albemarle's Q2 2026: Energy Storage sales volume 65 kT LCE, up 11.0%, and a full-year outlook of 225-235
    # kilotons; the "full-year" of the clause that "Albemarle expects" is the outlook's alone
    claim = (
        "Energy Storage sales volume rose 11.0% to 65 kT LCE, and Albemarle expects full-year sales volumes of 225 to "
        "235 kilotons."
    )
    readings = claim_readings(claim, 2026)
    assert readings["65"].period.length == "quarter"
    assert readings["225"].period.length == "year"
    assert_backed(_ALBEMARLE, claim, "11.0%")
    assert_backed(_ALBEMARLE, claim, "65")
    assert_not_backed(_ALBEMARLE, claim.replace("rose 11.0%", "rose 12.0%"), "12.0%")


def test_a_sentence_that_opens_with_the_comparison_period_is_all_of_it() -> None:
    # First Quantum's Q4 2024: net earnings attributable of $99 million now, a net loss of $1,447 million ($2.09 a
    # share) in Q4 2023; the claim dates its figures once, at its start
    claim = (
        "A year earlier, First Quantum had posted a net loss attributable to shareholders of $1,447 million, "
        "or $2.09 a share."
    )
    readings = claim_readings(claim, 2024)
    assert readings["$1,447 million"].period.prior and readings["$2.09"].period.prior
    assert_backed(_FIRST_QUANTUM, claim, "$1,447 million")
    assert_backed(_FIRST_QUANTUM, claim, "$2.09")
    assert_not_backed(_FIRST_QUANTUM, "A year earlier, First Quantum had posted net earnings attributable to "
                      "shareholders of $99 million.", "$99 million")
    # Disney's footnote: "For the prior-year quarter, intangible asset amortization was $326 million, step-up
    # amortization was $66 million ..."
    assert sentence_fact(_DISNEY, "For the prior-year quarter, intangible asset amortization", "$326 million").period.prior


def test_an_amount_followed_by_its_own_verb_is_a_level_whatever_the_verb() -> None:
    # Beyond Meat's Q2 2026: international net revenues of $31.2 million, up 0.6%; "edged up" is said of the amount,
    # which is no change of $31.2 million
    claim = "International revenues of $31.2 million edged up 0.6% and made up about 45% of the quarter's net revenues."
    assert not claim_readings(claim, 2026)["$31.2 million"].change
    assert_backed(_BEYOND_MEAT, claim, "$31.2 million")
    assert_not_backed(_BEYOND_MEAT, claim.replace("$31.2 million", "$33.2 million"), "$33.2 million")


def test_income_from_ops_is_operating_income() -> None:
    # Venture Global's Q2 2026: income from operations $2,185 million (+111%), consolidated adjusted EBITDA $2.49bn
    claim = "VG Q2: cons. adj. EBITDA $2.49bn (+79% y/y); income from ops $2.19bn (+111%)."
    assert claim_readings(claim, 2026)["$2.19bn"].metric == "operating_income"
    assert_backed(_VENTURE_GLOBAL, claim, "$2.19bn")
    assert_backed(_VENTURE_GLOBAL, claim, "111%")
    assert_not_backed(_VENTURE_GLOBAL, claim.replace("(+111%)", "(+101%)"), "101%")


def test_a_claim_that_dates_the_quarters_end_is_of_the_release_though_its_fiscal_year_is_named_after_the_next() -> None:
    # Bioceres' second quarter of fiscal 2025 ended on December 31, 2024: its current columns are dated 12/31/2024,
    # its comparison 12/31/2023 and 06/30/2024; "2024" in the claim's date is no earlier year
    claim = "Operating profit was $7.9 million in the quarter ended December 31, 2024, down from $16.8 million a year earlier."
    assert_backed(_BIOCERES, claim, "$7.9 million")
    assert_not_backed(_BIOCERES, claim.replace("$7.9 million", "$16.8 million").replace("down from $16.8", "up from $7.9"),
                      "$16.8 million")
    claim = "Total equity was $346.0 million at December 31, 2024, compared with $351.4 million at June 30, 2024."
    assert_backed(_BIOCERES, claim, "$346.0 million")
    assert_backed(_BIOCERES, claim, "$351.4 million")
    assert_not_backed(_BIOCERES, "Total equity was $351.4 million at December 31, 2024.", "$351.4 million")


def test_initials_with_full_stops_are_named_without_them() -> None:
    # McDonald's Q2 2026 comparable sales: U.S. +0.8%, IOM +1.5%, IDL +1.9%; "US" is the segment "U.S."
    claim = "MCD Q2'26: global comps +1.3% (US +0.8%, IOM +1.5%, IDL +1.9%)."
    assert_backed(_MCDONALDS, claim, "0.8%")
    assert_not_backed(_MCDONALDS, "MCD Q2'26: global comps +1.3% (US +1.9%, IOM +1.5%).", "1.9%")


def test_the_year_of_an_amount_compared_with_is_no_year_of_the_next_clause() -> None:
    # Silexion's Q3 2024: R&D $3.2 million vs $0.5 million in Q3 2023, "The R&D increase was primarily attributable to
    # $2.4 million in non-cash share-based compensation expenses" -- of this quarter, and share-based compensation's
    claim = (
        "Silexion's Q3 research and development expenses were $3.2 million, compared with $0.5 million in Q3 2023, "
        "with $2.4 million of the increase from non-cash share-based compensation."
    )
    reading = claim_readings(claim, 2024)["$2.4 million"]
    assert reading.period.prior is False and reading.metric == "stock_compensation"
    assert_backed(_SILEXION, claim, "$2.4 million")
    # (the release's other amount of that compensation, "$3.4 million attributable to" it in G&A, is the compensation's
    # too since session 57: which expense line a part of it sits in is not read; the G&A total is no part of it)
    assert_not_backed(_SILEXION, claim.replace("$2.4 million", "$4.8 million"), "$4.8 million")
    # Cboe's "... up 5 percent compared to $2.60 in the fourth quarter of 2023, and ADNV traded on the Cboe FX platform
    # was $45.6 billion for the quarter": this quarter's
    fact = sentence_fact(_CBOE, "and ADNV traded on the Cboe FX platform was", "$45.6 billion")
    assert fact.period.prior is False


def test_a_whole_amount_of_thousands_compared_with_an_amount_per_share_is_money() -> None:
    # GeoVax's nine months: net loss $16,729,642 ($4.52 per share) vs $18,374,354 ($10.42) in 2023
    claim = (
        "For the nine months ended September 30, 2024, GeoVax's net loss was $16,729,642, or $4.52 per share, "
        "compared with $18,374,354, or $10.42 per share, in 2023."
    )
    assert claim_readings(claim, 2024, "nine_months")["$18,374,354"].metric == "net_income"
    assert_backed(_GEOVAX, claim, "$18,374,354")
    assert_not_backed(_GEOVAX, claim.replace("$18,374,354", "$18,734,354"), "$18,734,354")


def test_a_clause_that_opens_with_an_earlier_periods_short_label_is_of_that_period() -> None:
    # AMD's Q2 2026 footnote "(1) Q2’25 results included $800 million in inventory and related charges": the year-ago
    # quarter's charges
    fact = sentence_fact(_AMD, "(1) Q2’25 results included", "$800 million")
    assert fact.period.prior
    claim = (
        "AMD swung to GAAP operating income of $1,990 million from an operating loss of $134 million a year earlier, "
        "when results included $800 million of MI308 export-control charges."
    )
    assert claim_readings(claim, 2026)["$800 million"].period.prior
    assert_backed(_AMD, claim, "$800 million")
    assert_backed(_AMD, claim.replace("results included", "results carried"), "$800 million")
    assert_not_backed(_AMD, "AMD's second-quarter 2026 results included $800 million of MI308 export-control charges.",
                      "$800 million")


def test_an_abbreviation_the_release_defines_carries_to_the_amounts_that_restate_or_compare_its_figure() -> None:
    # Brookfield defines 'Distributable earnings ("DE")'; DE before realizations per share $0.94 vs $0.76 (+24%)
    claim = "BN Q4'24: DE before realizations $1.5bn, or $0.94/shr vs $0.76 (+24%)."
    for number in ("$0.94", "$0.76", "24%"):
        assert_backed(_BROOKFIELD, claim, number)
    assert_not_backed(_BROOKFIELD, claim.replace("$0.76", "$0.67"), "$0.67")
    # an amount of its own noun is not the abbreviation's: "$1.4 billion of realizations" (the year's realizations)
    claim = "Total DE for 2024 was $6.3 billion, or $3.96 a share, up 30.5% from $4.8 billion, including $1.4 billion of realizations."
    assert_backed(_BROOKFIELD, claim, "$1.4 billion")
    # the release's own sentence, read alike: "DE was $694 million ($0.44/share) in the quarter"
    assert sentence_fact(_BROOKFIELD, "* DE was $694 million ($0.44/share)", "$0.44").metrics == {"distributable_earnings"}


def test_cash_provided_said_after_its_amount_is_money_in() -> None:
    # Green Plains' 2024: "Net cash provided by (used in) operating activities | (29,965) | 56,346" (thousands)
    claim = "Net cash used in operating activities was $30.0 million in 2024, compared with $56.3 million provided in 2023."
    assert_backed(_GREEN_PLAINS, claim, "$56.3 million")
    assert_not_backed(_GREEN_PLAINS, claim.replace("$56.3 million provided", "$56.3 million used"), "$56.3 million")


def test_a_change_said_again_in_constant_currencies_is_a_change() -> None:
    # McDonald's Q2 2026: revenues $7,099 million vs $6,843 million, +4%, +2% excluding currency translation
    claim = "Consolidated revenues increased 4% to $7,099 million from $6,843 million, or 2% in constant currencies."
    reading = claim_readings(claim, 2026)["2%"]
    assert reading.change and reading.basis == "constant_currency"
    assert_backed(_MCDONALDS, claim, "2%")
    assert_not_backed(_MCDONALDS, claim.replace("or 2%", "or 5%"), "5%")


def test_a_claim_may_say_one_word_of_its_own_inside_a_rows_label() -> None:
    # Albemarle's "Avg. Realized Price ($/kg LCE) (a)" row (no metric a vocabulary holds): $19.53, up 60.5%
    claim = (
        "Energy Storage net sales jumped 77.9% to $1,276.7 million as the average realized lithium price rose 60.5% "
        "to $19.53 per kg LCE."
    )
    assert_backed(_ALBEMARLE, claim, "$19.53")
    assert_backed(_ALBEMARLE, claim, "60.5%")
    assert_not_backed(_ALBEMARLE, claim.replace("$19.53", "$18.53"), "$18.53")


def test_what_a_measure_leaves_out_is_not_what_it_measures() -> None:
    # ConocoPhillips' Q2 2026: "Excluding a change in working capital, ConocoPhillips generated CFO of $7.2 billion"
    claim = (
        "Cash provided by operating activities was $7.4 billion in the second quarter, and CFO excluding working "
        "capital was $7.2 billion."
    )
    assert claim_readings(claim, 2026)["$7.2 billion"].metric == "operating_cash_flow"
    assert_backed(_CONOCOPHILLIPS, claim, "$7.2 billion")
    assert_not_backed(_CONOCOPHILLIPS, claim.replace("$7.2 billion", "$7.1 billion"), "$7.1 billion")
    # Coty's outlook: "Coty anticipates 1Q27 adjusted EBITDA to decline ..., representing a sequential improvement from
    # the more significant declines in the second half of FY26. This is expected to result in adjusted EPS, excluding
    # the equity swap, of $0.11 to $0.13 per share." -- the quarter's earnings per share, the half the comparison's
    fact = sentence_fact(_COTY, "This is expected to result in adjusted EPS, excluding the equity swap", "$0.11")
    assert fact.metrics == {"eps"} and fact.period.length == "quarter"
    claim = "Coty guides 1Q27 adjusted EPS, excluding the equity swap, of $0.11-$0.13 and first-half FY27 free cash flow of over $300 million."
    assert_backed(_COTY, claim, "$0.11")
    assert_not_backed(_COTY, claim.replace("1Q27", "first-half FY27", 1), "$0.11")


def test_an_amount_then_up_and_its_change_is_a_level() -> None:
    # Linklogis' 2023: "the revenue and income for the second half of 2023 reached RMB480 million, representing a 15.2%
    # year-over-year increase"
    claim = (
        "Linklogis reported 2023 total revenue and income from principal activities of RMB870 million, with second-half "
        "revenue and income of RMB480 million up 15.2% year over year."
    )
    assert not claim_readings(claim, 2023, "year")["RMB480 million"].change
    assert_backed(_LINKLOGIS, claim, "RMB480 million")
    assert_not_backed(_LINKLOGIS, claim.replace("RMB480 million", "RMB390 million"), "RMB390 million")


def test_an_amount_per_diluted_share_said_short_is_per_share() -> None:
    # Axon's Q2 2026: net income $29 million, $0.36 per diluted share
    claim = "AXON Q2'26: net income $29m ($0.36/dil. shr) vs $36m; non-GAAP EPS $1.88 vs $2.18."
    assert claim_readings(claim, 2026)["$0.36"].metric == "eps"
    assert_backed(_AXON, claim, "$0.36")
    assert_not_backed(_AXON, claim.replace("$0.36", "$0.46"), "$0.46")


def test_a_column_heading_of_a_metric_and_its_footnotes_letter_names_no_segment() -> None:
    # Anywhere's segment table: "Revenues (b) | Operating EBITDA | Operating EBITDA Margin" over "2024 | 2023 | $ Change
    # | % Change"; its rows are the segments, its column groups the measures
    cells = [fact for fact in fact_index(_ANYWHERE).facts if (fact.figure.column or "").startswith("Revenues (b)")]
    assert cells and {fact.segment for fact in cells} == {""}


def test_a_change_said_once_for_two_subjects_of_one_noun() -> None:
    # Anywhere's preliminary January 2025: "combined closed transaction volume was up approximately 12% year-over-year
    # and January combined open transaction volume ... was up approximately 4% year-over-year"
    claim = "Preliminary January 2025 combined closed transaction volume was up about 12% y/y and open volume about 4%."
    assert claim_readings(claim, 2024)["4%"].change
    assert_backed(_ANYWHERE, claim, "4%")
    assert_not_backed(_ANYWHERE, claim.replace("about 4%", "about 6%"), "6%")


def test_a_bare_number_set_against_an_amount_is_that_amount_for_the_other_period() -> None:
    # Kemira's Q4 2024: "Earnings per share, diluted, EUR | 0.31 | -0.20"
    claim = "Kemira Q4: diluted EPS EUR 0.31 (vs -0.20); op. cash flow EUR 165.4m (133.3)."
    assert_backed(_KEMIRA, claim, "-0.20")
    assert_backed(_KEMIRA, claim, "(133.3)")
    assert_not_backed(_KEMIRA, claim.replace("-0.20", "-0.21"), "-0.21")


def test_a_loss_named_after_its_amount_and_then_its_period_is_a_loss() -> None:
    # Nephros' 2024: "Adjusted EBITDA was $533,000, compared with ($76,000) in 2023"
    claim = "Full-year adjusted EBITDA came to $533,000 versus a $76,000 loss in 2023."
    assert_backed(_NEPHROS, claim, "$76,000")
    assert_not_backed(_NEPHROS, claim.replace("a $76,000 loss", "$76,000"), "$76,000")


def test_what_a_rate_is_taken_on_is_not_what_it_measures() -> None:
    # Cboe: "The effective tax rate on adjusted earnings1 for the full year 2025 is expected to be in the range of 28.5
    # to 30.5 percent" -- a tax rate, not earnings
    assert sentence_fact(_CBOE, "The effective tax rate on adjusted earnings1 for the full year 2025", "28.5").metrics == {"tax"}
    claim = "2025 capex is expected at $75-85 million, with an adjusted effective tax rate of 28.5%-30.5%."
    assert_backed(_CBOE, claim, "28.5%")
    assert_not_backed(_CBOE, claim.replace("28.5%-30.5%", "27.5%-30.5%"), "27.5%")


def test_a_semicolon_ends_the_reach_of_a_from_before_it() -> None:
    # Lowe's Q2 fiscal 2026: "the Company recognized pre-tax expenses of $96 million" in the quarter; the "from" of the
    # clause before the semicolon names where a benefit came from, no comparison of the $96 million
    claim = (
        "Both diluted and adjusted EPS include an $0.11 benefit from IEEPA tariff refunds; the quarter also carried "
        "$96 million of pre-tax acquisition expenses."
    )
    assert claim_readings(claim, 2026)["$96 million"].period.prior is not True
    assert_backed(_LOWES, claim, "$96 million")
    assert_not_backed(_LOWES, claim.replace("$96 million", "$86 million"), "$86 million")


def test_operating_cash_burn_is_the_operating_cash_flow() -> None:
    # Beyond Meat: "Net cash used in operating activities was $23.2 million in the six months ended June 27, 2026,
    # compared to $58.0 million in the year-ago period"
    claim = "First-half operating cash burn shrank to $23.2 million from $58.0 million, and capex fell to $4.0 million from $6.4 million."
    assert claim_readings(claim, 2026)["$23.2 million"].metric == "operating_cash_flow"
    assert_backed(_BEYOND_MEAT, claim, "$23.2 million")
    assert_not_backed(_BEYOND_MEAT, claim.replace("$23.2 million", "$186.1 million"), "$186.1 million")


def test_a_signed_number_and_its_unit_before_a_changes_period_is_a_change() -> None:
    # ConocoPhillips' Q2 2026: production 2,248 MBOED, 143 MBOED lower than a year earlier
    claim = "COP Q2: production 2,248 MBOED (-143 MBOED y/y); Lower 48 1,479 MBOED."
    assert claim_readings(claim, 2026)["-143"].change
    assert_backed(_CONOCOPHILLIPS, claim, "-143")
    assert_not_backed(_CONOCOPHILLIPS, claim.replace("-143", "-134"), "-134")


def test_shares_an_amount_came_from_are_no_comparison() -> None:
    # Helix: "closed its private placement financing for gross proceeds of $3,000,000 from the issuance of 4,000,000
    # common shares at a price of $0.75 per common share" -- the shares issued, not a comparison period's
    fact = sentence_fact(_HELIX, "gross proceeds of $3,000,000 from the issuance of", "4,000,000")
    assert fact.period.prior is False


def test_a_change_per_share_of_an_abbreviated_measure_is_of_that_measure() -> None:
    # Brookfield: "Distributable earnings ("DE") before realizations increased by 24% and 15% on a per share basis"
    claim = "Q4 DE before realizations was $1.5 billion, or $0.94 a share vs. $0.76, up 24% per share."
    assert_backed(_BROOKFIELD, claim, "24%")
    assert_not_backed(_BROOKFIELD, claim.replace("up 24%", "up 34%"), "34%")


def test_the_two_levels_a_change_of_two_subjects_went_to_take_their_metrics_in_order() -> None:
    claim = "Infrastructure Q3 revenue and adjusted EBITA both rose 8.8%, to EUR 161.4 million and EUR 22.3 million."
    readings = claim_readings(claim, 2025)
    assert readings["EUR 161.4 million"].metric == "revenue" and readings["EUR 22.3 million"].metric == "ebitda"
    # INDUS' Q3 2025: "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8%"
    assert_backed(_INDUS, claim, "EUR 161.4 million")


def test_a_lead_in_of_two_lengths_gives_its_items_neither() -> None:
    # Oracle's "Fiscal 2022 Fourth Quarter and Fiscal Full Year" title over "• Infrastructure Cloud Revenue (IaaS) up
    # 36% in USD" (the quarter's, as the bullets before it say "Q4")
    claim = (
        "Total cloud revenue (IaaS plus SaaS) was $2.9 billion in the quarter, up 19% in USD, and infrastructure cloud "
        "revenue grew 36%."
    )
    assert_backed(_ORACLE_HEADLINE, claim, "36%")
    assert_not_backed(_ORACLE_HEADLINE, claim.replace("grew 36%", "grew 39%"), "39%")


def test_trailing_four_quarters_are_twelve_months() -> None:
    # Oracle's "FREE CASH FLOW - TRAILING 4-QUARTERS" table: free cash flow $5,028 million at fiscal 2022's Q4 (the
    # year), 63% below the $13,752 million a year before
    claim = "Trailing-four-quarter free cash flow fell 63% to $5.0 billion."
    assert claim_readings(claim, 2022)["$5.0 billion"].period.length == "year"
    assert_backed(_ORACLE_FREE_CASH_FLOW, claim, "$5.0 billion")
    assert_backed(_ORACLE_FREE_CASH_FLOW, claim, "63%")
    assert_not_backed(_ORACLE_FREE_CASH_FLOW, claim.replace("$5.0 billion", "$13.8 billion"), "$13.8 billion")
