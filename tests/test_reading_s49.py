"""Claims as an eleventh set of true claims writes them (session 49): analysts' shorthand, a label's colon, periods
said short or by what a sentence is compared with, amounts per one thing in a table's own units.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but a number of another
period, sign or metric is not."""

from __future__ import annotations

from decimal import Decimal

from corpus import assert_backed, fact_index, figures, number_status

from summarizer.text.context import basis_of, clause_before

_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_WELLS = "reading/wells-fargo_q4-2021.htm"
_PALANTIR = "reading/palantir_q2-2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
_AXON = "reading/axon_q2-2026_text.txt"


def test_adj_names_the_adjusted_basis_and_ends_no_clause() -> None:
    assert basis_of("4Q Adj EPS ") == "adjusted"
    assert basis_of("BIOX 2Q25 adj. EBITDA margin was about ") == "adjusted"
    assert basis_of("Year Ended May 31, Adj.") == ""  # a column of adjustments, no basis
    assert basis_of("adjacent ") == ""
    assert clause_before("BIOX 2Q25 adj. EBITDA margin was about 14%", 39).endswith("adj. EBITDA margin was about ")


def test_a_margin_said_after_its_percentage_is_the_line_over_revenue() -> None:
    # "Adjusted EBITDA | 24.1 | 15.4" over "Total Revenue | 140.2 | 106.7": 14.4%
    claim = "BIOX 2Q25 adj. EBITDA $15.4m vs $24.1m (-36%), a ~14% margin on revenue."
    assert_backed(_BIOCERES, claim, "14%")
    assert number_status(_BIOCERES, "BIOX 2Q25 adj. EBITDA $15.4m, a ~17% margin on revenue.", "17%") != "verified"


def test_a_labels_colon_keeps_its_loss() -> None:
    claim = "Nine-month net loss: $16.7m ($4.52/sh) vs $18.4m ($10.42/sh)."
    for number in ("$16.7m", "$4.52", "$18.4m", "$10.42"):
        assert_backed(_GEOVAX, claim, number)
    assert number_status(_GEOVAX, "Nine-month net income: $16.7m.", "$16.7m") != "verified"


def test_a_sentence_opened_by_its_comparison_keeps_its_levels_current() -> None:
    claim = "Versus Q3 2024, net income rose 27% to $9.63 million from $7.59 million and diluted EPS to $0.54 from $0.43."
    for number in ("27%", "$9.63 million", "$7.59 million", "$0.54", "$0.43"):
        assert_backed(_PEAPACK, claim, number)
    swapped = "Versus Q3 2024, net income rose 27% to $7.59 million from $9.63 million."
    assert number_status(_PEAPACK, swapped, "$7.59 million") != "verified"


def test_a_year_said_short_after_a_number_is_its_period() -> None:
    claim = "NIM (taxable-equivalent) 2.11% in 4Q21, up from 2.03% in 3Q21 but below 2.16% in 4Q20."
    assert_backed(_WELLS, claim, "2.16%")
    assert number_status(_WELLS, "NIM (taxable-equivalent) was 2.11% in 4Q20.", "2.11%") != "verified"


def test_a_multiple_of_an_earlier_figure_sets_the_claim_against_it() -> None:
    claim = (
        "GAAP net income attributable to common stockholders was $1.062 billion, or $0.41 a diluted share, more than "
        "triple the $326.7 million, or $0.13, of Q2 2025."
    )
    assert_backed(_PALANTIR, claim, "$326.7 million")
    assert_backed(_PALANTIR, claim, "$0.13")


def test_a_per_share_aside_after_the_loss_it_names() -> None:
    claim = (
        "First Quantum Q4 2024 net earnings attributable to shareholders were $99 million ($0.12/share), vs a $1,447 "
        "million loss ($2.09/share) in Q4 2023."
    )
    assert_backed(_FIRST_QUANTUM, claim, "$2.09")
    assert number_status(_FIRST_QUANTUM, "Q4 2024 net earnings were $99 million ($2.09/share).", "$2.09") != "verified"


def test_over_a_year_is_the_years() -> None:
    claim = "Wells Fargo repurchased 139.7 million shares, or $7.0 billion, of stock in 4Q21 and $14.5 billion over 2021."
    assert_backed(_WELLS, claim, "$14.5 billion")
    assert number_status(_WELLS, "Wells Fargo repurchased $14.5 billion of stock in 4Q21.", "$14.5 billion") != "verified"


def test_a_rows_own_currency_and_amounts_per_one_thing() -> None:
    # "Avg. Price Per Fuel Gallon (US$) | 2.38 | 3.08": money, in no millions
    fuel = [f for f in figures(_COPA).financial if f.row == "Avg. Price Per Fuel Gallon (US$)"]
    assert fuel[0].text == "2.38" and fuel[0].unit.value == "currency" and fuel[0].exponent == 0
    # "RASM (US$ Cents) | 11.3": cents, not dollars (session 61: hundredths of money, 0.113)
    rasm = [f for f in figures(_COPA).financial if f.row == "RASM (US$ Cents)" and f.unit.value != "percent"]
    assert rasm and all(f.unit.value == "currency" and f.exponent == -2 for f in rasm)
    assert rasm[0].text == "11.3" and rasm[0].value == Decimal("0.113")
    assert_backed(_COPA, "Average fuel price per gallon fell 22.6% to US$2.38 from US$3.08.", "US$2.38")
    # "Operating netback per BOE(7) | 45.86" under a caption of millions, in a table with no currency sign
    netback = [f for f in figures(_PRAIRIESKY).financial if f.row == "Operating netback per BOE(7)"]
    assert netback[0].text == "45.86" and netback[0].unit.value == "currency" and netback[0].exponent == 0
    claim = "Realized natural gas price averaged C$1.23/Mcf in Q4 vs C$2.19 a year earlier; operating netback was C$45.86/BOE vs C$48.68."
    for number in ("C$1.23", "C$2.19", "C$45.86", "C$48.68"):
        assert_backed(_PRAIRIESKY, claim, number)
    assert number_status(_PRAIRIESKY, "Operating netback was C$45.86 million in Q4.", "C$45.86 million") != "verified"


def test_a_second_change_against_the_prior_quarter() -> None:
    claim = "Tompkins Financial Q2 2025 diluted EPS rose 36.4% y/y to $1.50 from $1.10, and 9.5% from the prior quarter."
    assert_backed(_TOMPKINS, claim, "9.5%")
    wrong = "Tompkins Financial Q2 2025 diluted EPS rose 9.5% y/y to $1.50 from $1.10, and 36.4% from the prior quarter."
    assert number_status(_TOMPKINS, wrong, "36.4%") != "verified"


def test_free_cash_outflow_is_free_cash_flow_out() -> None:
    assert_backed(_AXON, "Operating cash flow was $20 million vs a $92 million outflow a year earlier; free cash outflow was $1 million.", "$1 million")
    assert number_status(_AXON, "Free cash flow was $1 million in the quarter.", "$1 million") != "verified"
    assert any(f.metrics == frozenset({"free_cash_flow"}) for f in fact_index(_AXON).facts if f.figure.text == "$1 million")


def test_per_share_after_a_dividends_amount_is_its_unit() -> None:
    claim = "The quarterly cash dividend rose to $1.25 per share from $1.20, about 4% higher."
    assert_backed("note/lowes_q2-fy2026_text.txt", claim, "4%")


def test_the_allowance_for_credit_losses_is_a_balance_of_its_own() -> None:
    claim = "Allowance for credit losses was 0.95% of total loans at June 30 vs 1.01% at March 31."
    assert_backed(_TOMPKINS, claim, "0.95%")
    assert_backed(_TOMPKINS, claim, "1.01%")
    assert number_status(_TOMPKINS, "Allowance for credit losses was 1.01% of total loans at June 30.", "1.01%") != "verified"


def test_a_newswire_headline_item_is_a_sentence_of_its_own() -> None:
    # "*Cboe Global Markets Inc. 4Q Adj EPS $2.10 >CBOE **(12:30 GMT)** *Cboe Global Markets 4Q Rev $1.11B": no
    # full stop between the items, and the revenue is no EPS named in the item before
    from summarizer.text.sentences import sentence_spans

    text = "**(12:30 GMT)** *Cboe 4Q Adj EPS $2.10 >CBOE  \n**(12:30 GMT)** *Cboe 4Q Rev $1.11B >R(12:30 GMT) *Cboe 4Q Net $196.5M"
    assert [text[s.start : s.end] for s in sentence_spans(text)] == [
        "**(12:30 GMT)** *Cboe 4Q Adj EPS $2.10 >CBOE",
        "**(12:30 GMT)** *Cboe 4Q Rev $1.11B >R",
        "(12:30 GMT) *Cboe 4Q Net $196.5M",
    ]
    assert not [f for f in fact_index("reading/ryder_q4-2024_newswire.txt").facts
                if f.figure.text in ("$3.2B", "$135M") and "eps" in f.metrics]
