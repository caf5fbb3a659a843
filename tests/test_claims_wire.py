"""Claims in the wire and chat forms of held-out set 4 (issue 11): "+25% cc", "9M FCF $1.28bn", "-$18.9m vs
+$44.7m LY". Each against the real release the claim was written about."""

from __future__ import annotations

from corpus import number_status

from summarizer.text.vocabulary import period_in

_ORACLE = "reading/oracle_q4-fy2022_operations.html"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"
_GREEN_PLAINS = "claim_reading/green-plains_q4-2024_newswire.txt"


def test_months_to_date_before_a_metric_are_a_period():
    """Free cash flow "Nine months ended July 31, 2026" 1,282: "9M FCF" names the period, it is no 9 million."""
    claim = "FCF $403m vs $291m LY; 9M FCF $1.28bn"
    assert number_status(_KEYSIGHT, claim, "9M") == "not_financial"
    assert number_status(_KEYSIGHT, claim, "$1.28bn") == "verified"
    assert number_status(_KEYSIGHT, "FCF $403m vs $291m LY; 9M FCF $1.21bn", "$1.21bn") != "verified"
    # a count and an amount stay numbers
    assert number_status(_KEYSIGHT, "Repurchased 9M shares in the quarter", "9M") != "not_financial"


def test_an_amount_ending_in_9m_names_no_nine_months():
    """"$54.9m" and "$18.9m" end in "9m": no period of nine months (the prose says "for the fourth quarter")."""
    assert period_in("net loss $54.9m").length == ""
    assert period_in("EUR 9m").length == ""
    assert period_in("9M 2024").length == "nine_months"
    assert period_in("6M net income").length == "half"
    assert period_in("3M revenue").length == ""  # a company's name
    claim = "Q4 net loss $54.9m, or 86 cents a share, vs net income of $7.2m, or 12 cents, LY"
    for number in ("$54.9m", "86 cents", "$7.2m", "12 cents"):
        assert number_status(_GREEN_PLAINS, claim, number) == "verified", number


def test_cc_after_a_change_is_constant_currency():
    """The row "Total revenues" prints 5% in US $ and 10% in constant currency: "+10% cc" is the latter."""
    claim = "Q4 total revenues $11.84bn, +5% (+10% cc)"
    assert number_status(_ORACLE, claim, "5%") == "verified"
    assert number_status(_ORACLE, claim, "10%") == "verified"
    swapped = "Q4 total revenues $11.84bn, +10% (+5% cc)"
    assert number_status(_ORACLE, swapped, "10%") != "verified"
    assert number_status(_ORACLE, swapped, "5%") != "verified"


def test_a_plus_sign_after_vs_sets_a_profit_against_a_loss():
    """"EBITDA was $(18.9) million for the quarter compared to $44.7 million for the same period in 2023": the
    "+" of "vs +$44.7m" signs a level, not a change."""
    assert number_status(_GREEN_PLAINS, "Q4 EBITDA -$18.9m vs +$44.7m LY", "$44.7m") == "verified"
    assert number_status(_GREEN_PLAINS, "Q4 EBITDA -$18.9m vs +$47.4m LY", "$47.4m") != "verified"
    assert number_status(_GREEN_PLAINS, "Q4 EBITDA -$18.9m vs +$18.9m LY", "$18.9m") != "verified"


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"


def test_earnings_to_shareholders_are_no_return_of_capital():
    """"Net earnings (loss) attributable to shareholders of the Company" 99 and (1,447) in Q4 2023: a profit named
    before "to shareholders" is the owners' share of it."""
    claim = ("First Quantum Q4 net earnings to shareholders $99 mln, or 12 cents a share, "
             "vs a loss of $1.45 bln a year earlier")
    for number in ("$99 mln", "12 cents", "$1.45 bln"):
        assert number_status(_FIRST_QUANTUM, claim, number) == "verified", number
    assert number_status(_FIRST_QUANTUM, claim.replace("$1.45 bln", "$1.54 bln"), "$1.54 bln") != "verified"


def test_op_margin_is_operating_margin():
    """Confluent's outlook: "Non-GAAP Operating Margin | ~6%" for FY 2025; Keysight's CSG "Operating margin, %"
    34 and 26."""
    claim = "Guides FY25 subscription revenue to $1.117-$1.121 bln, non-GAAP op margin 6%, non-GAAP EPS 35 cents"
    assert number_status(_CONFLUENT, claim, "6%") == "verified"
    assert number_status(_CONFLUENT, claim.replace("margin 6%", "margin 8%"), "8%") != "verified"
    keysight = "CSG revenue $1,345m, +43% y/y; op margin 34% vs 26%"
    assert number_status(_KEYSIGHT, keysight, "34%") == "verified"
    assert number_status(_KEYSIGHT, keysight, "26%") == "verified"
    assert number_status(_KEYSIGHT, keysight.replace("34% vs 26%", "26% vs 34%"), "26%") != "verified"


def test_cash_plus_marketable_securities_is_their_sum():
    """Confluent's balance sheet at December 31, 2024: cash and cash equivalents 385,980 and marketable securities
    1,524,583 (thousands), $1.91 billion together; "plus" adds them as "and" does."""
    claim = "Cash plus marketable securities $1.91 bln at Dec 31; 1,381 customers with $100k+ ARR, up 12%"
    assert number_status(_CONFLUENT, claim, "$1.91 bln") == "derived"
    assert number_status(_CONFLUENT, claim.replace("$1.91 bln", "$1.19 bln"), "$1.19 bln") != "derived"
    assert number_status(_CONFLUENT, claim.replace("$1.91 bln", "$1.19 bln"), "$1.19 bln") != "verified"


_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"


def test_a_signed_percentage_before_q_q_is_a_change():
    """"Total copper production for the fourth quarter was 111,602 tonnes, a 4% decrease from Q3 2024"."""
    claim = "Copper output 111,602 t, -4% q/q; C1 cash cost $1.68/lb, up 11 cents"
    assert number_status(_FIRST_QUANTUM, claim, "-4%") == "verified"
    assert number_status(_FIRST_QUANTUM, claim.replace("-4%", "-7%"), "-7%") != "verified"


def test_vs_sets_a_balance_beside_another_it_names():
    """"cash and cash equivalents balance, including restricted cash, was $186.1 million and total outstanding
    carrying value of debt ... was $323.8 million as of June 27, 2026": two balances of one date, not two periods."""
    claim = "Cash incl. restricted $186.1m vs debt of $323.8m at quarter-end"
    assert number_status(_BEYOND_MEAT, claim, "$323.8m") == "verified"
    assert number_status(_BEYOND_MEAT, claim.replace("$323.8m", "$332.8m"), "$332.8m") != "verified"


def test_a_figure_said_again_after_or_keeps_its_period():
    """"compared to gross profit of $7.9 million, or gross margin of 10.6%, in the year-ago period": the 10.6% is
    the year-ago margin, and the margin fell 2.1 points (210 bps) to 8.5%."""
    assert number_status(_BEYOND_MEAT, "Gross margin 8.5%, down 210 bps y/y", "210 bps") == "derived"
    assert number_status(_BEYOND_MEAT, "Gross margin 8.5%, down 120 bps y/y", "120 bps") != "derived"
    assert number_status(_BEYOND_MEAT, "Gross margin was 10.6% in the second quarter", "10.6%") != "verified"


def test_a_headline_verb_in_the_present_makes_a_change():
    """NVIDIA's summary table: Revenue $68,127, Y/Y 73%: "revenue jumps 73%" is the change, no level of 73%."""
    claim = "NVIDIA Q4 revenue jumps 73% to record $68.1 bln, up 20% q/q"
    assert number_status("nvidia_q4-fy2026.txt", claim, "73%") == "verified"
    assert number_status("nvidia_q4-fy2026.txt", claim.replace("73%", "37%"), "37%") != "verified"
    assert number_status("nvidia_q4-fy2026.txt", "NVIDIA Q4 revenue slips 73% to $68.1 bln", "73%") != "verified"


_CONOCO = "conocophillips_q2-2026_text.txt"


def test_vs_sets_a_flow_beside_another_it_names_after_the_amount():
    """"ConocoPhillips generated CFO of $7.2 billion ... The company funded $3.0 billion of capital expenditures and
    investments": the capex is the quarter's, set beside the CFO, and the claim's "leaving" is their difference."""
    claim = "CFO of $7.2 bln vs $3.0 bln of capex and investments, leaving about $4.2 bln"
    assert number_status(_CONOCO, claim, "$3.0 bln") == "verified"
    assert number_status(_CONOCO, claim, "$4.2 bln") == "derived"
    assert number_status(_CONOCO, claim.replace("$4.2 bln", "$2.4 bln"), "$2.4 bln") not in ("verified", "derived")
    # dated, it is the comparison period's
    dated = "CFO of $7.2 bln vs $3.0 bln of capex a year earlier"
    assert number_status(_CONOCO, dated, "$3.0 bln") != "verified"


def test_a_plus_between_two_amounts_adds_them():
    """"Increased shareholder distributions to $3.0 billion, including $2.0 billion through share repurchases and
    $1.0 billion through the ordinary dividend": "+ $1.0bn dividends" is the dividends' level, no rise of $1.0bn."""
    claim = "Q2 shareholder distributions $3.0bn = $2.0bn buybacks + $1.0bn dividends"
    assert number_status(_CONOCO, claim, "$1.0bn") == "verified"
    assert number_status(_CONOCO, claim.replace("$1.0bn", "$1.4bn"), "$1.4bn") != "verified"


def test_a_covering_clause_keeps_its_period_to_itself():
    """"Operating cash flow leaped to EUR 40.2m (9M 2024: EUR 2.3m) and thus well overcompensated the dividend
    payments for FY 2024 of EUR 30.3m": the FY24 of the clause after ", covering" is the dividend's alone."""
    claim = "Operating cash flow EUR 40.2m vs EUR 2.3m, covering the EUR 30.3m FY24 dividend"
    patrizia = "claim_reading/patrizia_9m-2025_newswire.txt"
    assert number_status(patrizia, claim, "EUR 40.2m") == "verified"
    assert number_status(patrizia, claim, "EUR 2.3m") == "verified"
    assert number_status(patrizia, claim.replace("EUR 2.3m", "EUR 3.2m"), "EUR 3.2m") != "verified"


def test_an_adjusted_margin_is_the_adjusted_amount_over_total_revenue():
    """Vertex prints "Non-GAAP operating income" 1,423.3 in its reconciliation and "Total revenues" 3,333.9 in its
    income statement, no margin: 42.7% is their ratio; 1,325.1 of 2,964.7 (44.7%) a year earlier; no GAAP margin."""
    vertex = "reading/vertex_q2-2026_text.txt"
    assert number_status(vertex, "Non-GAAP operating margin came in at 42.7%", "42.7%") == "derived"
    assert number_status(vertex, "Non-GAAP operating margin was 44.7% a year earlier", "44.7%") == "derived"
    assert number_status(vertex, "Non-GAAP operating margin came in at 47.2%", "47.2%") not in ("verified", "derived")
    assert number_status(vertex, "GAAP operating margin came in at 42.7%", "42.7%") not in ("verified", "derived")


def test_from_a_name_then_and_names_a_source():
    """"We expect to export 149 - 154 cargos from Calcasieu Pass and 351 - 364 cargos from Plaquemines in 2026":
    "from Calcasieu Pass and" names where the cargos come from, no comparison period of the 351 - 364."""
    venture = "reading/venture-global_q2-2026_text.txt"
    claim = "Now sees 500-518 cargos in 2026 vs 494-523 before, incl. 351-364 from Plaquemines"
    assert number_status(venture, claim, "351") == "verified"
    assert number_status(venture, claim.replace("351-364", "315-364"), "315") != "verified"


def test_a_total_s_comparison_is_the_comparison_period_s_total():
    """"Performance fees of EUR 12.6m (9M 2024: EUR 18.2m) and transactions fees of EUR 5.0m (9M 2024: EUR 8.9m)":
    together EUR 17.6m, against EUR 27.1m in the nine months of 2024; neither side's total backs the other's."""
    patrizia = "claim_reading/patrizia_9m-2025_newswire.txt"
    claim = "Performance and transaction fees together EUR 17.6m vs EUR 27.1m in 9M 2024"
    assert number_status(patrizia, claim, "EUR 17.6m") == "derived"
    assert number_status(patrizia, claim, "EUR 27.1m") == "derived"
    assert number_status(patrizia, claim.replace("EUR 27.1m", "EUR 21.7m"), "EUR 21.7m") != "derived"
    swapped = "Performance and transaction fees together EUR 27.1m vs EUR 17.6m in 9M 2024"
    assert number_status(patrizia, swapped, "EUR 27.1m") not in ("verified", "derived")
    assert number_status(patrizia, swapped, "EUR 17.6m") not in ("verified", "derived")


_PARKER = "claim_reading/parker-hannifin_q4-fy2026_text.txt"


def test_a_segment_named_by_its_first_word():
    """Parker's "Aerospace Systems Segment" beside its "International Businesses" and "North America Businesses":
    "Aerospace" alone names it. Segment operating income 522 in FY26 Q4 against 407, a segment margin of 29.8% against
    29.0% ("Adjusted Segment Operating Margin")."""
    assert number_status(_PARKER, "Aerospace segment operating income grew by $115 million to $522 million.",
                         "$115 million") == "derived"
    assert number_status(_PARKER, "Aerospace Q4 sales $1,900m, +13.4%; adj. segment margin 29.8% vs 29.0%",
                         "29.0%") == "verified"
    # another segment's name does not take the Aerospace figures, nor does a word of no segment
    assert number_status(_PARKER, "International segment operating income grew by $115 million to $522 million.",
                         "$115 million") not in ("verified", "derived")
    assert number_status(_PARKER, "Systems segment operating income grew by $115 million to $522 million.",
                         "$115 million") not in ("verified", "derived")


def test_a_result_after_a_semicolon_is_no_guidance():
    """Apple Q1 fiscal 2011: "generating $9.8 billion in cash flow from operations during the quarter"; the guidance
    said before the semicolon does not make the result after it an outlook, which the release has none of."""
    claim = ("Guides fiscal Q2 revenue of about $22 billion and EPS of about $4.90; December-quarter operating cash flow "
             "was $9.8 billion.")
    assert number_status("apple_q1-fy2011.txt", claim, "$9.8 billion") == "verified"
    assert number_status("apple_q1-fy2011.txt", claim.replace("$9.8", "$9.1"), "$9.1 billion") not in ("verified", "derived")


def test_an_annualized_rate_is_a_year_s():
    """Brookfield Corporation raised its quarterly dividend to $0.09 per share, "representing $0.36 per annum": the
    claim's "$0.36 annualized" is the year's rate, not a quarter's dividend."""
    name = "reading/brookfield-corp_fy2024_newswire.txt"
    claim = "Raised the quarterly dividend 13% to $0.09 a share ($0.36 annualized)."
    assert number_status(name, claim, "$0.36") == "verified"
    assert number_status(name, claim.replace("$0.36", "$0.38"), "$0.38") not in ("verified", "derived")


def test_cash_plus_both_sides_of_its_securities():
    """Rocket Lab, June 30, 2026: "Cash and cash equivalents" 2,129,485, "Marketable securities, current" 172,700 and
    "Marketable securities, non-current" 85,405 (thousands): their sum, about $2.39 billion; one side alone is a
    chosen part, no sum of the balance sheet's."""
    name = "claim_reading/rocket-lab_q2-2026_text.txt"
    claim = "Cash plus current and non-current marketable securities about $2.39 bln at June 30"
    assert number_status(name, claim, "$2.39 bln") == "derived"
    assert number_status(name, claim.replace("$2.39", "$2.30"), "$2.30 bln") not in ("verified", "derived")
    assert number_status(name, claim.replace(" and non-current", ""), "$2.39 bln") not in ("verified", "derived")
