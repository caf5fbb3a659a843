"""Column periods and table structure read in session 49 (issue 10, "Text tables" and "Column periods"): cells whose
column the survey (``benchmarks/column_period_survey.py``) found unread, read by general rules, each asserted on a
real release."""

from __future__ import annotations

from corpus import document, fact_index, number_status, row_periods

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


_LOWES = "note/lowes_q2-fy2026_text.txt"
_STERLING = "reading/sterling-infrastructure_q2-2026_text.txt"


def test_a_row_of_amounts_alone_stands_under_the_amount_columns_not_the_shares_of_sales() -> None:
    # "Amount | % Sales" for each of four periods; "Diluted earnings per common share" on its own line above
    # "| $ | 4.27 | | | | | $ | 4.27 | | | | | $ | 7.17 | | | | | $ | 7.19 |": each period's amount, in order
    eps = row_periods(_LOWES, "Diluted earnings per common share")
    assert eps["7.17"] == Period("half", False, (2026, 7, 31))
    assert eps["7.19"] == Period("half", True, (2025, 8, 1))
    dividends = row_periods(_LOWES, "Cash dividends per share")
    assert dividends["1.25"] == Period("quarter", False, (2026, 7, 31))
    assert dividends["1.20"] == Period("quarter", True, (2025, 8, 1))
    # Sterling's "2026 | % of Revenue | 2025 | % of Revenue" twice: the total's row leaves its shares empty
    revenue = row_periods(_STERLING, "Total Revenues")
    assert revenue["1,168,179"] == Period("quarter", False, (2026, 6, 30))
    assert revenue["614,468"] == Period("quarter", True, (2025, 6, 30))
    assert revenue["1,993,854"] == Period("half", False, (2026, 6, 30))


_VENTURE = "reading/venture-global_q2-2026_text.txt"


def test_a_heading_cell_broken_over_lines_goes_on_where_its_line_left_it_open() -> None:
    # "(in billions) | Three months ended" / "June 30, 2026 | | | | Six months ended" / "June 30, 2026 | | | |": each
    # line but the last ends inside a cell, and the next line goes on with it; two headings, one for each column
    table = document(_VENTURE).tables[0]
    assert table.columns[0].endswith("Three months ended June 30, 2026")
    assert table.columns[1] == "Six months ended June 30, 2026"
    revenue = row_periods(_VENTURE, "Revenue")
    assert revenue["$4.6"] == Period("quarter", False, (2026, 6, 30))
    assert revenue["$9.2"] == Period("half", False, (2026, 6, 30))


_WATTS = "reading/watts-water_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_rows_that_name_the_dates_are_the_periods_of_a_table_whose_columns_name_none() -> None:
    # "Fourth Quarter Ended" over "Americas | Europe | APMEA | Total", rows "Net sales December 31, 2024" and "Net sales
    # December 31, 2023": each row is its quarter, the latest the current one
    current = row_periods(_WATTS, "Net sales December 31, 2024")
    assert current["$540.4"] == Period("quarter", False, (2024, 12, 31))
    assert current["$2,252.2"] == Period("year", False, (2024, 12, 31))
    prior = row_periods(_WATTS, "Net sales December 31, 2023")
    assert prior["547.5"] == Period("quarter", True, (2023, 12, 31))
    # Gecina's "Rental margin at Dec 31, 2023" / "... Dec 31, 2024" under "Group | Offices | Residential"
    assert row_periods(_GECINA, "Rental margin at Dec 31, 2024")["92.0%"] == Period("", False, (2024, 12, 31))
    assert row_periods(_GECINA, "Rental margin at Dec 31, 2023")["91.4%"] == Period("", True, (2023, 12, 31))


def test_rows_dated_on_days_no_column_of_the_release_heads_are_history() -> None:
    # Watts' "Net sales December 31, 2023" / "Net sales December 31, 2022" comparison: 2022's last day heads no column,
    # and 2023's is the release's comparison (a year before its December 31, 2024): 2022 is dated, of no side
    # (session 51; it had stayed unread)
    cells = row_periods(_WATTS, "Net sales December 31, 2022")
    assert cells and all(period.end == (2022, 12, 31) and period.prior is None for period in cells.values())


def test_an_opening_balance_under_a_comparisons_column_is_of_no_day_its_heading_names() -> None:
    # "Balance at beginning of period" under "Three Months Ended August 1, 2025": the balance of the quarter's first
    # day, not of August 1, 2025; an earlier one, as under the current quarter
    opening = row_periods(_LOWES, "Balance at beginning of period")
    assert opening["(13,833)"] == Period("", True, None)
    assert opening["(9,884)"] == Period("", True, None)
    closing = row_periods(_LOWES, "Balance at end of period")
    assert closing["(12,108)"].end == (2025, 8, 1)


_ORACLE = "reading/oracle_q4-fy2022_reconciliation.html"


def test_an_adjustments_column_between_two_of_one_year_is_of_that_year_and_no_amount_of_its_rows_metric() -> None:
    # "2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP | Adj. | 2021 Non-GAAP" under "Three Months Ended May 31,"
    opex = row_periods(_ORACLE, "TOTAL OPERATING EXPENSES")
    assert opex["$(1,087)"] == Period("quarter", False, (2022, 5, 31))
    assert opex["$(908)"] == Period("quarter", True, (2021, 5, 31))
    facts = {(f.figure.row, f.figure.text): f for f in fact_index(_ORACLE).facts}
    assert facts[("TOTAL OPERATING EXPENSES", "$(1,087)")].metrics == {"other"}  # no quarter's operating expenses
    assert facts[("TOTAL OPERATING EXPENSES", "$7,337")].metrics == {"operating_expenses"}
    assert facts[("NET INCOME", "$1,046")].metrics == {"other"}
    # an adjustment that leaves nothing ("713 | (713) | —") is the row's whole amount, taken away
    assert facts[("Stock-based compensation (3)", "(713)")].metrics == {"stock_compensation"}
    assert number_status(_ORACLE, "Oracle's operating expenses were $1,087 million in the fourth quarter of fiscal 2022.", "$1,087 million") != "verified"
