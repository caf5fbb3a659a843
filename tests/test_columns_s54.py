"""Column periods read in session 54 (issue 10, "Column periods"): columns the survey
(``benchmarks/column_period_survey.py``) and a look at every column of unstated length found misread, read by
general rules, each asserted on a real release."""

from __future__ import annotations

from corpus import fact_index

from summarizer.facts import Fact
from summarizer.text.vocabulary import Period

_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_ASE = "reading/ase-technology_q4-2024_newswire.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"


def _row_by_end(name: str, row: str, after: str) -> dict[tuple[int, int, int] | None, list[Fact]]:
    """The table facts of the first table row labelled ``row`` after the text ``after``, by their column's end (a row
    may print one amount twice)."""
    index = fact_index(name)
    start = index.document.text.index(after)
    cells = [f for f in index.facts if f.figure.table is not None and f.figure.row == row and f.figure.span.start > start]
    first = min(f.figure.table for f in cells)
    by_end: dict[tuple[int, int, int] | None, list[Fact]] = {}
    for f in cells:
        if f.figure.table == first:
            by_end.setdefault(f.period.end, []).append(f)
    return by_end


def test_a_quarter_heading_centred_over_the_middle_columns_heads_the_run_it_goes_on() -> None:
    # Anywhere's "2023 KEY DRIVERS": "Quarter Ended" centred over "March 31, | June 30, | September 30, | December 31,"
    # reached the middle two only; the first and last go on their run of quarters by a quarter each way. Its Q4 2023
    # is the release's year-ago quarter (had been of no length), its Q1 history (had been a comparison)
    sides = _row_by_end(_ANYWHERE, "Closed homesale sides", "2023 KEY DRIVERS")
    q4 = sides[(2023, 12, 31)][0]  # the franchise group's, the first of two rows so labelled
    assert q4.figure.text == "165,815" and q4.period == Period("quarter", True, (2023, 12, 31))
    q1 = sides[(2023, 3, 31)][0]
    assert q1.figure.text == "150,491" and q1.period == Period("quarter", None, (2023, 3, 31))
    # its restructuring charges by business unit under "Three Months Ended" centred the same way: December 31, 2024 is
    # the release's quarter (had been of no length), September 30 the quarter before it (had been history) and June 30
    # history (had been the comparison)
    other = _row_by_end(_ANYWHERE, "Corporate and Other", "restructuring charges broken down by business unit")
    assert [f.period for f in other[(2024, 12, 31)] if f.period.length == "quarter"] == [Period("quarter", False, (2024, 12, 31))]
    assert other[(2024, 9, 30)][0].period.prior is True
    assert other[(2024, 6, 30)][0].period.prior is None
    assert other[(2024, 3, 31)][0].period == Period("quarter", None, (2024, 3, 31))


def test_rolling_twelve_month_rates_under_quarter_columns_are_no_quarters() -> None:
    # Parker's "Updated rolling 12- month order rates" over "FY25 | FY26" and "Q1 ... Q4": the fourth quarter's are
    # its fiscal year's, a third quarter's of no length a release names (both had been read as the quarter's)
    parker = _row_by_end(_PARKER, "Parker", "Updated rolling 12- month order rates")
    (fourth,) = parker[(2026, 6, 0)]
    assert fourth.figure.text == "12%" and fourth.period == Period("year", False, (2026, 6, 0))
    (third,) = parker[(2026, 3, 0)]
    assert third.figure.text == "8%" and third.period == Period("unstated", None, (2026, 3, 0))
    (year_before,) = parker[(2025, 6, 0)]
    assert year_before.figure.text == "5%" and year_before.period == Period("year", True, (2025, 6, 0))


def test_an_unstated_column_is_the_year_ago_of_the_one_length_that_misses_its_own() -> None:
    # ASE's cash flow summary: "For the three months ended" underlined over "Dec. 31 2024 | Sep. 30 2024" only, beside
    # "Dec. 31 2023 | For the year ended Dec. 31 2024 | Dec. 31 2023": the year has its year-ago column, the quarter
    # misses its own. The fourth quarter of 2023 (had been of a length of its own, and its opening cash undated): its
    # income before tax, and the cash it opened with, that of September 30, 2023
    index = fact_index(_ASE)
    start = index.document.text.index("Summary of Consolidated Statement of Cash Flow Data")
    cells = {(f.figure.row, f.figure.text.strip()): f for f in index.facts if f.figure.table is not None and f.figure.span.start > start}
    assert cells["Income before tax", "12,367"].period == Period("quarter", True, (2023, 12, 31))
    assert cells["Cash and cash equivalents at the end of period", "67,023"].period == Period("quarter", True, (2023, 12, 31))
    assert cells["Cash and cash equivalents at the beginning of period", "62,812"].period == Period("", True, (2023, 9, 30))


def test_a_groups_reported_changes_stand_where_the_fullest_rows_print_them() -> None:
    # Coty's "RESULTS AT A GLANCE": "Three Months Ended June 30, 2026 | Year Ended June 30, 2026" over "Change YoY" and
    # "Reported Basis | (LFL)(a)"; "Net revenues | | $ | 1,269.2 | | | 1 | % | | (1 | %) |" prints the reported change
    # three pipe cells after the amount, the like-for-like six, and "Operating income - adjusted* | | 39.5 | | | (42 | %)"
    # its reported change alone at three: each is its group's reported change (all had been unread)
    index = fact_index(_COTY)
    start = index.document.text.index("RESULTS AT A GLANCE")
    glance = [f for f in index.facts if f.figure.table is not None and start < f.figure.span.start < start + 1500]
    cells = {(f.figure.row, f.figure.text.strip()): f for f in glance}
    quarter = cells["Net revenues", "1"]
    assert quarter.change and quarter.period.length == "quarter" and quarter.figure.column.endswith("Change YoY Reported Basis")
    year = cells["Net revenues", "(2"]
    assert year.change and year.period.length == "year" and year.value == -2
    adjusted = cells["Operating income - adjusted*", "(42"]
    assert adjusted.change and adjusted.period.length == "quarter" and adjusted.basis == "adjusted"
    assert cells["Operating income - adjusted*", "(27)"].period.length == "year"
    # the like-for-like changes are read of their own basis (``context.basis_of`` reads "LFL" as organic), so they
    # stand for no reported change (-1% for the quarter's +1%)
    lfl = cells["Net revenues", "(1"]
    assert lfl.change and lfl.period.length == "quarter" and lfl.basis == "organic" and lfl.value == -1
    assert (cells["Net revenues", "(5"].period.length, cells["Net revenues", "(5"].basis) == ("year", "organic")


def test_a_row_of_ratios_alone_where_the_amounts_stand_holds_the_groups_levels() -> None:
    # Coty's glance table: "Gross Margin - reported | | 61 | % | | | | | 63 | % |" starts its cells where "Cash flow
    # from operations | | 116.0 | | | | | | 537.8 |" starts its amounts: the quarter's margin (60.9% in the release's
    # words) and the year's (62.9%), both had been unread
    index = fact_index(_COTY)
    start = index.document.text.index("RESULTS AT A GLANCE")
    margins = [f for f in index.facts if f.figure.table is not None and start < f.figure.span.start < start + 1500 and f.figure.row == "Gross Margin - reported"]
    assert [(f.figure.text, f.period.length, f.period.prior, f.change) for f in margins] == [("61", "quarter", False, False), ("63", "year", False, False)]
