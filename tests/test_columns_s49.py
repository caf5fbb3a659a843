"""Column periods and table structure read in session 49 (issue 10, "Text tables" and "Column periods"): cells whose
column the survey (``benchmarks/column_period_survey.py``) found unread, read by general rules, each asserted on a
real release."""

from __future__ import annotations

from corpus import document, fact_index

from summarizer.text.vocabulary import Period

_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"


def test_a_percent_under_a_change_heading_printed_over_its_amount_is_the_changes() -> None:
    # "Fav (Unfav)" stands over "Amount" only, "%" beside it: the percent is the change's, in each length's group
    table = next(t for t in document(_STAAR).tables if "Three Months Ended December 27, 2024" in t.columns)
    assert table.columns[4:6] == ("Three Months Ended Fav (Unfav) Amount", "Three Months Ended Fav (Unfav) %")
    assert table.columns[10:] == ("Year Ended Fav (Unfav) Amount", "Year Ended Fav (Unfav) %")
    facts = {(f.figure.row, f.figure.text): f for f in fact_index(_STAAR).facts if f.figure.table is not None}
    quarter = facts[("Net sales", "(35.8)%")]
    assert quarter.change and quarter.period.length == "quarter" and "revenue" in quarter.metrics
    year = facts[("Net sales", "(2.6)%")]
    assert year.change and year.period.length == "year"
    # the amounts beside them keep their dates
    assert facts[("Net sales", "48,950")].period == Period("quarter", False, (2024, 12, 27))
