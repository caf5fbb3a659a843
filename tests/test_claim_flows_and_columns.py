"""Claims read as analysts write them (issue 11, session 32): "cash flow" said alone is a flow, never the
cash held; a year named with "for" before "of" an amount is that amount's period; a table column that names
no period is of the release's main one when its table names that one only. Each against the real release."""

from __future__ import annotations

from corpus import number_check, number_status

from summarizer.text.vocabulary import metrics_in

_KEMIRA = "claim_reading/kemira_fy2024_newswire.txt"
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_cash_flow_said_alone_is_a_flow_not_a_cash_balance():
    """Kemira FY 2024, the row "Cash flow after investing activities | 95.5 | 60.5 | 411.8 | 349.3": its
    year's 411.8 backs a claim of that cash flow, and no longer a claim of the cash Kemira held."""
    assert [metric for _, metric in metrics_in("Cash flow after investing activities")] == ["cash_flow"]
    assert [metric for _, metric in metrics_in("Operating cash flow")] == ["operating_cash_flow"]
    assert [metric for _, metric in metrics_in("Cash and cash equivalents")] == ["cash"]
    flow = "Kemira's full-year cash flow after investing activities was EUR 411.8 million."
    assert number_status(_KEMIRA, flow, "EUR 411.8 million") == "verified"
    held = "Kemira held cash of EUR 411.8 million at the end of 2024."
    assert number_status(_KEMIRA, held, "EUR 411.8 million") != "verified"


def test_a_year_named_before_of_an_amount_is_its_period():
    """PATRIZIA 9M 2025: "Operating cash flow leaped to EUR 40.2m (9M 2024: EUR 2.3m) and thus well
    overcompensated the dividend payments for FY 2024 of EUR 30.3m paid in 2025" -- the dividend is the
    year's, though the sentence's other figures are of nine months."""
    claim = "Operating cash flow EUR 40.2m vs EUR 2.3m, covering the EUR 30.3m FY24 dividend"
    assert number_status(_PATRIZIA, claim, "EUR 30.3m") == "verified"
    nine_months = "The dividend paid in the first nine months of 2025 for the nine months was EUR 30.3m."
    assert number_status(_PATRIZIA, nine_months, "EUR 30.3m") != "verified"
    changed = "Operating cash flow EUR 40.2m vs EUR 2.3m, covering the EUR 33.0m FY24 dividend"
    assert number_status(_PATRIZIA, changed, "EUR 33.0m") != "verified"


def test_a_column_of_no_period_in_a_table_of_the_main_period_only():
    """Gecina FY 2024: "In million euros | 2023 | 2024 | YoY Growth | LfL growth" / "Offices | 534.0 | 566.7 |
    +6.1% | +6.6%" -- the like-for-like column names no period, its table names the year only, and the
    release is the year's: its cell backs a full-year claim."""
    claim = "Full-year office rents rose 6.6% like-for-like."
    check = number_check(_GECINA, claim, "6.6%")
    assert check.status.value == "verified"
    assert ("Offices", "LfL growth") in {(s.row, s.column) for s in check.supports}
