"""Column periods read in session 53 (issue 10, "Column periods"): cells the survey
(``benchmarks/column_period_survey.py``) found unread, or read under a wrong length, read by general rules, each
asserted on a real release."""

from __future__ import annotations

from corpus import document, fact_index, row_periods

from summarizer.figures.columns import titled_length
from summarizer.text.vocabulary import Period

_RYDER = "reading/ryder_q4-2024_newswire.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"
_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"
_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def _row(name: str, row: str, after: str = "") -> dict:
    """The table facts of the first table row labelled ``row`` after the text ``after``, by the cell's text."""
    index = fact_index(name)
    start = index.document.text.index(after) if after else 0
    cells = [f for f in index.facts if f.figure.table is not None and f.figure.row == row and f.figure.span.start > start]
    first = min(f.figure.table for f in cells)
    return {f.figure.text.strip(): f for f in cells if f.figure.table == first}


def test_a_change_beside_bare_years_spans_the_length_they_are_told() -> None:
    # Ryder's "2024 | 2023 | Change" under the lead-in's "for the three months ended December 31": the quarter's rise
    total = _row(_RYDER, "Total", "Total and operating revenue for the three months ended")
    assert total["$3,189"].period == Period("quarter", False, (2024, 0, 0))
    assert total["5%"].change and total["5%"].period == Period("quarter", None, None)
    # Sandisk's "Revenue ($ in millions) | 2026 | 2025 | Y/Y" in a fourth quarter's release: the fiscal year's
    datacenter = _row(_SANDISK, "Datacenter", "Revenue ($ in millions) | | | | | | | | | | | 2026")
    assert datacenter["$5,153"].period == Period("year", False, (2026, 0, 0))
    assert datacenter["437%"].change and datacenter["437%"].period.length == "year"
    # Taylor Morrison's "2024 | 2023 | 2024 vs. 2023" of its annual comparison
    revenue = _row(_TAYLOR, "Total Revenue", "Annual Financial Comparison")
    assert revenue["10.1 %"].change and revenue["10.1 %"].period.length == "year"


def test_a_section_title_of_one_length_tells_its_bare_years_tables() -> None:
    # Anywhere's "Table 5a", titled "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023", sets its segments' "2024 | 2023 |
    # $ Change | % Change" below the quarter's reconciliation: the quarter's (Franchise Group's $229 million; the year's
    # is $961 million, in "Table 5b" under "FOR THE YEARS ENDED ...")
    quarter = _row(_ANYWHERE, "Group", "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023")
    assert quarter["229"].period == Period("quarter", False, (2024, 0, 0))
    assert quarter["221"].period == Period("quarter", True, (2023, 0, 0))
    assert quarter["4 %"].change and quarter["4 %"].period.length == "quarter"
    year = _row(_ANYWHERE, "Group", "FOR THE YEARS ENDED DECEMBER 31, 2024 AND 2023")
    assert year["961"].period == Period("year", False, (2024, 0, 0))
    assert year["(2) %"].change and year["(2) %"].period.length == "year"


def test_the_nearest_title_naming_a_tables_two_years_names_its_length() -> None:
    # Anywhere's segments table under "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023" (past the quarter's
    # reconciliation, a table of that length) is the quarter's; the one under "FOR THE YEARS ENDED DECEMBER 31, 2024
    # AND 2023", the nearer title, the year's
    doc = document(_ANYWHERE)
    quarter_title, year_title = doc.text.index("THREE MONTHS ENDED DECEMBER"), doc.text.index("FOR THE YEARS ENDED DECEMBER")
    (quarter_segments,) = [t for t in doc.tables if quarter_title < t.span.start < year_title and "Revenues (b) 2024" in t.columns]
    (year_segments,) = [t for t in doc.tables if t.span.start > year_title and "Revenues (b) 2024" in t.columns]
    assert titled_length(doc, quarter_segments) == "quarter"
    assert titled_length(doc, year_segments) == "year"
    # Sandisk names its fiscal year's table by no title: it is told the year by the release's quarter alone
    sandisk = document(_SANDISK)
    (years,) = [t for t in sandisk.tables if t.columns == ("Revenue ($ in millions) 2026", "Revenue ($ in millions) 2025", "Revenue ($ in millions) Y/Y")]
    assert titled_length(sandisk, years) == ""


def test_a_footnote_letter_holds_a_change_columns_place_in_a_row_of_amounts() -> None:
    # "Corporate and Other (a)   (77)   (70)   (7)   (b)   (33)   (27)   (6)   (22)" over the rule of the total: a row
    # of the segments table, its "% Change" the note's letter, not headings that left "Total Company" a table of its own
    corporate = _row(_ANYWHERE, "Corporate and Other (a)", "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023")
    assert corporate["(77)"].period == Period("", False, (2024, 0, 0)) and corporate["(77)"].value == -77_000_000
    assert corporate["(22)"].change and corporate["(22)"].figure.column == "% Change"
    total = _row(_ANYWHERE, "Company", "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023")
    assert total["1,362"].metrics == {"revenue"} and total["1,362"].period == Period("quarter", False, (2024, 0, 0))
    assert total["1,250"].period == Period("quarter", True, (2023, 0, 0))
    year = _row(_ANYWHERE, "Company", "FOR THE YEARS ENDED DECEMBER 31, 2024 AND 2023")
    assert year["5,692"].metrics == {"revenue"} and year["5,692"].period == Period("year", False, (2024, 0, 0))


def test_a_change_heading_centred_over_two_subheadings_heads_both() -> None:
    # " Gross rental income   Dec 31, 23   Dec 31, 24            Change (%)" over "Current basis   Like-for-like": the
    # like-for-like column is a change too (Offices +6.6% like-for-like in 2024, +6.1% as reported)
    offices = _row(_GECINA, "Offices", "Sound operational performance")
    assert offices["6.6%"].figure.column == "Change (%) Like-for-like"
    assert offices["6.6%"].change and offices["6.6%"].period.length == "year"
    assert offices["6.1%"].change


def test_an_opening_balance_of_fiscal_weeks_is_dated_to_the_month_its_weeks_agree_on() -> None:
    # NVIDIA's "Cash and cash equivalents at beginning of period" under "Three Months Ended January 26, 2025" and
    # "Twelve Months Ended January 26, 2025": 13 weeks or 14 before, a day of October 2024 (the third quarter ended
    # October 27, 2024); 52 weeks or 53 before, of January 2024 (fiscal 2024 ended January 28, 2024). No column of the
    # release is dated so: the day stays unsaid
    cash = row_periods("nvidia_q4-fy2026.txt", "Cash and cash equivalents at beginning of period")
    assert cash["9,107"] == Period("", True, (2024, 10, 0))
    assert cash["7,280"] == Period("", True, (2024, 1, 0))
    # Disney's nine months ended June 28, 2025 opened after fiscal 2024, which ended September 28, 2024
    disney = row_periods("reading/disney_q3-fy2026_text.txt", "Cash, cash equivalents and restricted cash, beginning of period")
    assert disney["6,102"] == Period("", True, (2024, 9, 0))


def test_an_opening_balance_under_a_columns_day_alone_is_of_the_length_its_row_names() -> None:
    # Peapack-Gladstone's allowance for credit losses, "Beginning of quarter" under "As of Sept 30,2025 | As of June
    # 30,2025 | ...": each quarter's opening is the quarter before's "End of quarter" (81,770 at June 30, 2025)
    opening = row_periods("peapack-gladstone_q3-2025_newswire.txt", "Beginning of quarter")
    assert opening["81,770"] == Period("", True, (2025, 6, 30))
    assert opening["67,984"] == Period("", True, (2024, 6, 30))
    closing = row_periods("peapack-gladstone_q3-2025_newswire.txt", "End of quarter")
    assert closing["81,770"].end == (2025, 6, 30)


def test_an_opening_balance_under_a_quarters_label_is_of_the_month_end_before_in_a_release_of_calendar_months() -> None:
    # U.S. Bancorp's allowance for credit losses, "Balance, beginning of period" under "4Q 2021 | 3Q 2021 | 2Q 2021 |
    # 1Q 2021 | 4Q 2020" (labels of no day), beside a balance sheet dated "December 31, 2021": every day the release
    # heads ends its month, so each quarter opened on the last day of the quarter before (its "Balance, end of period")
    name = "reading/us-bancorp_q4-2021_allowance.html"
    opening = [f.period for f in fact_index(name).facts if f.figure.row == "Balance, beginning of period"]
    assert opening == [Period("", True, end) for end in ((2021, 9, 30), (2021, 6, 30), (2021, 3, 31), (2020, 12, 31), (2020, 9, 30))]


def test_an_amount_bounded_on_one_side_is_a_cell_of_its_outlook_table() -> None:
    # Vertex's "Non-CF product revenue | Unchanged | | $0.5 billion or greater" under "Current FY 2026 | Previous FY
    # 2026": a row of the guidance table, not a header line starting a table of its own over the expense rows below
    name = "reading/vertex_q2-2026_text.txt"
    expenses = row_periods(name, "Combined GAAP R&D, AIPR&D and SG&A expenses *")
    # the previous edition's, which the current one's "Unchanged" makes the outlook now (session 59)
    assert expenses["$6.3"] == Period("year", False, (2026, 0, 0))
    tax = [f for f in fact_index(name).facts if f.figure.row == "Non-GAAP effective tax rate" and f.forward]
    assert [(f.value, f.period, f.forward) for f in tax] == [(19.5, Period("year", False, (2026, 0, 0)), True), (20.5, Period("year", False, (2026, 0, 0)), True)]
    # the row the current edition revises keeps the previous edition as the comparison
    revenue = row_periods(name, "Total revenue")
    assert revenue["$12.95"] == Period("year", True, (2026, 0, 0))


def test_columns_that_name_weeks_are_no_calendar_months() -> None:
    # the pattern had been written with backspaces for its word boundaries, so no column ever named weeks
    from summarizer.figures.columns import _of_calendar_months

    assert not _of_calendar_months(("13 Weeks Ended June 30, 2024", "13 Weeks Ended June 30, 2023"))
    assert _of_calendar_months(("Three Months Ended June 30, 2024", "Three Months Ended June 30, 2023"))
