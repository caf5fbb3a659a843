"""Column periods read in session 50 (issue 10, "Column periods"): cells whose column the survey
(``benchmarks/column_period_survey.py``) found unread, read by general rules, each asserted on a real release."""

from __future__ import annotations

from corpus import fact_index, row_periods

from summarizer.figures.columns import opening_date
from summarizer.text.vocabulary import Period

_DATADOG = "datadog_q2-2026_text.txt"
_LOWES = "note/lowes_q2-fy2026_text.txt"


def test_an_opening_balance_is_dated_the_day_before_its_column_began() -> None:
    # "CASH AND CASH EQUIVALENTS—Beginning of period" under "Three Months Ended June 30, 2026 | ... 2025 | Six Months
    # Ended June 30, 2026 | ... 2025": the cash of March 31, 2026, March 31, 2025, December 31, 2025 and 2024
    cash = row_periods(_DATADOG, "CASH AND CASH EQUIVALENTS—Beginning of period")
    assert cash["426,360"] == Period("", True, (2026, 3, 31))
    assert cash["1,079,854"] == Period("", True, (2025, 3, 31))
    assert cash["401,305"] == Period("", True, (2025, 12, 31))
    assert cash["1,246,983"] == Period("", True, (2024, 12, 31))


def test_an_opening_balance_of_fiscal_weeks_is_dated_to_its_month_alone() -> None:
    # Lowe's "Six Months Ended July 31, 2026" beside "... August 1, 2025": fiscal weeks, and no column of the release
    # dated within a week of January 31, 2026 or 2025: the first day unsaid, but 26 weeks or 27 before either end is
    # a day of January (session 53; the fiscal years ended January 30, 2026 and January 31, 2025)
    cash = row_periods(_LOWES, "Cash and cash equivalents, beginning of period")
    assert cash == {"982": Period("", True, (2026, 1, 0)), "1,761": Period("", True, (2025, 1, 0))}
    # 13 weeks or 14 before January 25, 2026: October 26 or 19, 2025
    assert opening_date(Period("quarter", False, (2026, 1, 25)), ("Three Months Ended January 25, 2026",)) == (2025, 10, 0)
    # 13 weeks or 14 before January 3, 2026: October 4 or September 27, 2025, and the month unsure
    assert opening_date(Period("quarter", False, (2026, 1, 3)), ("Three Months Ended January 3, 2026",)) is None
    # a heading's day its month has not ("September 31, 2024") counts back from nothing
    assert opening_date(Period("quarter", True, (2024, 9, 31)), ("Three Months Ended September 31, 2024",)) is None
    columns = ("Year Ended May 31, 2022", "Year Ended May 31, 2021")
    assert opening_date(Period("year", True, (2021, 5, 31)), columns) == (2020, 5, 31)


def test_a_fixed_width_row_of_figures_read_as_headings_below_a_table_stands_under_its_columns() -> None:
    # Sears' segment income statement "For the 26 Weeks Ended July 3, 2004 and June 28, 2003" over "Domestic | Sears
    # Canada | Consolidated" and "2004 2003" each: "EPS - Diluted ... $ (3.71) $ 1.63", read as a table's headings,
    # heads no column; "Average shares outstanding 217.1 307.9" below it is the consolidated half's
    shares = row_periods("sears_q2-2004.txt", "Average shares outstanding")
    assert shares["217.1"] == Period("half", False, (2004, 7, 3))
    assert shares["307.9"] == Period("half", True, (2003, 6, 28))


_COTY = "reading/coty_q4-fy2026_text.txt"


def test_amounts_stand_under_the_dated_groups_their_changes_under_none() -> None:
    # "RESULTS AT A GLANCE": "| | Three Months Ended June 30, 2026 | Year Ended June 30, 2026 |" over "Change YoY" and
    # "Reported Basis | (LFL)(a)"; "Net revenues | | $ | 1,269.2 | | | 1 | % | | (1 | %) | $ | 5,806.6 | ...": the
    # quarter's and the year's amounts (their changes placed in session 54 where the rows print them alike:
    # ``test_columns_s54``)
    revenue = row_periods(_COTY, "Net revenues")
    assert revenue["1,269.2"] == Period("quarter", False, (2026, 6, 30))
    assert revenue["5,806.6"] == Period("year", False, (2026, 6, 30))
    assert row_periods(_COTY, "Free cash flow*")["348.2"] == Period("year", False, (2026, 6, 30))
    # "Gross Margin - reported | | 61 | % | | | | | 63 | % |": ratios alone, printed where the amounts of "Cash flow from
    # operations" stand: the quarter's and the year's levels (session 54, ``test_columns_s54``; had stayed unread)
    margins = row_periods(_COTY, "Gross Margin - reported")
    assert margins == {"61": Period("quarter", False, (2026, 6, 30)), "63": Period("year", False, (2026, 6, 30))}


_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"


def test_an_opening_balance_of_fiscal_weeks_is_dated_by_the_period_end_the_release_prints() -> None:
    # "Cash and cash equivalents, at beginning of the period" under "Year Ended December 27, 2024": the year opened on
    # December 29, 2023, the year before's column, not on the month's last day; the quarter on September 27, 2024
    cash = {f.figure.text: f.period for f in fact_index(_STAAR).facts if f.figure.row and f.figure.row.startswith("Cash and cash equivalents, at beginning")}
    assert cash["183,038"] == Period("", True, (2023, 12, 29))
    assert cash["164,003"] == Period("", True, (2024, 9, 27))
    # the year before's own opening (December 30, 2022) is a date the release does not print: its day unsaid, its month
    # the one 52 weeks or 53 before December 29, 2023 fall in (session 53)
    assert cash["86,480"] == Period("", True, (2022, 12, 0))


_CITIZENS = "reading/citizens-financial_q4-2021_key_data.html"


def test_a_side_panel_beside_the_rows_heads_nothing_and_the_sections_go_on_under_the_quarters() -> None:
    # "| Key Financial Data | 4Q21 | 3Q21 | 4Q20 | Fourth Quarter 2021 Highlights" over "Income Statement | ($s in
    # millions) | ■Underlying ROTCE of 14.6% ...": the panel's text and heading are no row and no column
    revenue = row_periods(_CITIZENS, "Total revenue")
    assert revenue["$1,720"] == Period("quarter", False, (2021, 12, 0))
    assert revenue["$1,707"] == Period("quarter", True, (2020, 12, 0))
    # "Balance Sheet & Credit Quality | ($s in billions)": a section and its scale caption, no headings
    loans = {f.figure.text: f for f in fact_index(_CITIZENS).facts if f.figure.row == "Period-end loans and leases"}
    assert loans["$128.2"].period == Period("quarter", False, (2021, 12, 0)) and loans["$128.2"].value == 128_200_000_000
    # "Financial Metrics | Diluted EPS | $1.17 | $1.18 | $0.99": the section's first row, not its headings
    assert row_periods(_CITIZENS, "Diluted EPS")["$1.18"] == Period("quarter", True, (2021, 9, 0))
    assert row_periods(_CITIZENS, "TBV/Share")["$34.61"] == Period("quarter", False, (2021, 12, 0))
