"""Reading as the claim sets write it (session 58): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed

_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"


def test_a_year_dated_by_its_month_is_no_period_of_the_amounts_after_it() -> None:
    # "On January 8, 2025, the Company closed its private placement ... of 4,000,000 common shares at a price of $0.75
    # per common share": a price of the placement, no year's; the claim's "January 2025" dates it, and the 80
    # characters read back from "$0.75" open on "2025 Helix raised", no clause that opens with its year
    claim = "In January 2025 Helix raised gross proceeds of $3,000,000 by issuing 4,000,000 shares at $0.75 each."
    assert_backed(_HELIX, claim, "$0.75")
    assert_not_backed(_HELIX, claim.replace("$0.75", "$0.85"), "$0.85")
    # a year said as the period still is one: the fiscal year's net loss is no price of a share
    assert_not_backed(_HELIX, "For 2025 Helix reported a net loss of $0.75.", "$0.75")


def test_the_fiscal_year_a_dividend_is_for_is_no_period_of_the_sentence() -> None:
    # "Operating cash flow leaped to EUR 40.2m (9M 2025: EUR 2.3m) and thus well overcompensated the dividend
    # payments for FY 2024": the nine months' cash flow, whatever year the dividend was for
    claim = "Operating cash flow leaped to EUR 40.2m from EUR 2.3m, more than covering the dividend for FY 2024."
    assert_backed(_PATRIZIA, claim, "EUR 40.2m")
    assert_backed(_PATRIZIA, claim, "EUR 2.3m")
    assert_not_backed(_PATRIZIA, claim.replace("40.2", "42.0"), "EUR 42.0m")
    # a year said as the cash flow's own period is still read: the nine months' figure is no year's
    assert_not_backed(_PATRIZIA, "Operating cash flow for FY 2024 was EUR 40.2m.", "EUR 40.2m")
