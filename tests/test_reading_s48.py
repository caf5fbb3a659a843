"""Lines of a balance sheet whose words name a flow, and a tax that only qualifies an amount (session 48).

A balance sheet's "Retained earnings", "Deferred revenue" and "Income taxes payable" are no period's net income,
revenue or tax; they are balances of their own, read alike in a release and in a claim."""

from __future__ import annotations

from corpus import assert_backed, fact_index, number_status

from summarizer.text.vocabulary import BALANCE_METRICS, metrics_in

_DATADOG = "datadog_q2-2026_text.txt"  # the balance sheet: "Retained earnings | 234,921 | 137,789"


def _metrics(words: str) -> list[str]:
    return [metric for _, metric in metrics_in(words)]


def test_balance_sheet_lines_are_balances_of_their_own() -> None:
    assert _metrics("Retained earnings") == ["retained_earnings"]
    assert _metrics("Accumulated deficit") == ["retained_earnings"]
    assert _metrics("Deferred revenue, current") == ["deferred_revenue"]
    assert _metrics("Unearned revenues") == ["deferred_revenue"]
    assert _metrics("Income taxes payable") == ["tax_balance"]
    assert _metrics("Recoverable income taxes") == ["tax_balance"]
    assert _metrics("Annual recurring revenue ($ millions) (1)") == ["annual_recurring_revenue"]
    assert _metrics("Net revenue retention (1)") == ["revenue_retention"]
    # a bank's borrowing against securities it will buy back is no buyback
    assert _metrics("Securities sold under agreements to repurchase") == ["debt"]
    balances = {"retained_earnings", "deferred_revenue", "tax_balance", "annual_recurring_revenue", "revenue_retention"}
    assert balances <= BALANCE_METRICS
    # the flows are still read as before
    assert _metrics("Net income") == ["net_income"]
    assert _metrics("Total revenue") == ["revenue"]
    assert _metrics("Provision for income taxes") == ["tax"]


def test_a_tax_said_after_net_of_is_no_tax() -> None:
    assert _metrics("Add: Notable items, net of income tax benefit") == []
    assert _metrics("Income (loss) from discontinued operations, net of taxes") == []
    assert _metrics("Income (loss) from equity method investees, net of income taxes") == []
    assert _metrics("Income tax expense") == ["tax"]


def test_retained_earnings_back_no_net_income() -> None:
    index = fact_index(_DATADOG)
    retained = [f for f in index.facts if f.figure.row == "Retained earnings"]
    assert {f.figure.text for f in retained} == {"234,921", "137,789"}
    assert all(f.metrics == {"retained_earnings"} for f in retained)
    assert number_status(_DATADOG, "Net income was $234.9 million in the second quarter.", "$234.9 million") == (
        "context_mismatch"
    )
    assert_backed(_DATADOG, "Retained earnings reached $234.9 million at June 30, 2026.", "$234.9 million")


def test_deferred_revenue_is_a_balance_at_a_date() -> None:
    claim = "Current deferred revenue rose to $1,286.7 million at June 30, 2026 from $1,193.6 million at the end of 2025."
    assert_backed(_DATADOG, claim, "$1,286.7 million")
    assert_backed(_DATADOG, claim, "$1,193.6 million")
    deferred = [f for f in fact_index(_DATADOG).facts if f.figure.row == "Deferred revenue, current"]
    assert deferred and all(f.metrics == {"deferred_revenue"} for f in deferred)


def test_per_share_after_another_metric_is_its_unit_not_eps() -> None:
    assert _metrics("Dividends declared per common share") == ["dividend"]
    assert _metrics("Adjusted EBITDA per share, diluted(1)") == ["ebitda"]
    assert _metrics("Shares used in per share calculation") == ["shares"]
    # a profit per share is the EPS, and "per share" after an amount is still read with the words before it
    assert _metrics("Diluted net income per share") == ["eps"]
    assert _metrics("Net income, per diluted share") == ["net_income", "eps"]
    assert _metrics("EPRA NTA in EUR per share") == ["eps"]


def test_a_dividend_per_share_row_backs_the_dividend_not_the_eps() -> None:
    # Lowe's statement of earnings: "Cash dividends per share | $ | 1.25 | ... | $ | 1.20", under the diluted EPS rows
    name = "note/lowes_q2-fy2026_text.txt"
    dividends = [f for f in fact_index(name).facts if f.figure.row == "Cash dividends per share"]
    assert {f.figure.text for f in dividends} >= {"1.25", "1.20"}
    assert all(f.metrics == {"dividend"} for f in dividends)
    assert number_status(name, "Lowe's diluted EPS was $1.25 in the second quarter.", "$1.25") != "verified"


def test_an_investees_share_of_profit_and_a_banks_pre_provision_profit_are_no_net_income() -> None:
    assert _metrics("Share of profit of equity-accounted investees") == ["equity_income"]
    assert _metrics("Share of profit of equity accounted investees") == ["equity_income"]
    assert _metrics("Equity in losses (earnings) of unconsolidated entities") == ["equity_income"]
    assert _metrics("Equity accounted income") == ["equity_income"]
    assert _metrics("Pre-provision profit, Underlying (non-GAAP)") == ["pre_provision_profit"]
    assert _metrics("Provision for credit losses") == ["credit_provision"]


def test_net_loan_charge_offs_are_charge_offs() -> None:
    assert _metrics("Net loan charge-offs as a % of average total loans (annualized)")[0] == "charge_offs"
    assert _metrics("NCOs $45m, 14 bp of avg loans") == ["charge_offs", "loans"]  # as banks shorten them
    assert_backed("reading/wells-fargo_q4-2021.htm", "Net charge-offs were $423 million, or 0.19% of average loans annualized.", "0.19%")


def test_short_term_investments_are_held_beside_the_cash() -> None:
    assert _metrics("Short-term investments") == ["short_term_investments"]
    assert set(_metrics("Cash, cash equivalents and short-term investments totaled")) == {"cash"}
    claim = "Cash and cash equivalents were $302.0 million at November 2, 2024, plus $23.5 million of short-term investments."
    assert_backed("buckle_q3-fy2024.html", claim, "$23.5 million")  # "Short-term investments | 23,482"
    assert number_status("buckle_q3-fy2024.html", "Cash and cash equivalents were $23.5 million at November 2, 2024.", "$23.5 million") != "verified"


def test_tbv_is_the_tangible_book_value() -> None:
    assert _metrics("TBV per share") == ["tangible_book_value"]
    assert _metrics("TBV/Share") == ["tangible_book_value"]


def test_a_reconciliations_added_items_are_no_figure_of_its_metric() -> None:
    # Citizens' "Net income (GAAP) | Add: Notable items, net of income tax benefit | Net income, Underlying": the added
    # items are neither a net income nor a tax
    index = fact_index("reading/citizens-financial_q4-2021_reconciliation.html")
    added = [f for f in index.facts if (f.figure.row or "").startswith("Add: Notable items")]
    assert added and all(not f.metrics & {"net_income", "tax"} for f in added)
