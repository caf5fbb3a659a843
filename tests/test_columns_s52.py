"""Column periods and table structure read in session 52 (issue 10, "Text tables", "Column periods"): cells whose
column the survey (``benchmarks/column_period_survey.py``) found unread, or read one column off or under another
period, read by general rules, each asserted on a real release."""

from __future__ import annotations

from corpus import fact_index

from summarizer.facts.directions import Direction
from summarizer.figures.columns import section_periods
from summarizer.text.vocabulary import Period
from summarizer.types import Cell, Row, Span, Table, TableScale

_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_CLOROX = "reading/clorox_q4-fy2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"


def _cells(name: str, row: str, column_part: str = "") -> list:
    """The table facts of rows labelled ``row`` whose column heading holds ``column_part``, in text order."""
    return [
        f for f in fact_index(name).facts
        if f.figure.table is not None and f.figure.row == row and column_part in (f.figure.column or "")
    ]  # fmt: skip


def _by_text(facts: list) -> dict:
    return {f.figure.text: f for f in facts}


def test_a_change_direction_under_its_points_heads_no_table() -> None:
    # "                  70 bps" / "   24.8 %   24.1 %  increase" under "Q4 2024 | Q4 2023 | Q4 2024 vs. Q4 2023": the
    # margin row's cells split over two lines, no headings; the adjusted margin and SG&A rows below are the quarters'
    margin = _by_text(_cells(_TAYLOR, "Gross Margin", "Q4"))
    assert margin["540,411"].period == Period("quarter", False, (2024, 12, 0))
    assert margin["466,980"].period == Period("quarter", True, (2023, 12, 0))
    assert margin["15.7 %"].change
    sga = _by_text(_cells(_TAYLOR, "SG&A", "Q4"))
    assert sga["204,258"].period == Period("quarter", False, (2024, 12, 0)) and sga["8.5 %"].change
    # and the year's table below ("2024 | 2023 | 2024 vs. 2023")
    year = _by_text(_cells(_TAYLOR, "SG&A"))
    assert year["770,498"].period == Period("year", False, (2024, 0, 0))
    assert year["698,707"].period == Period("year", True, (2023, 0, 0))


def test_a_line_of_counts_over_months_is_the_headers_first_line() -> None:
    # "              12          12" over "(UNAUDITED)  4Q  4Q  Months  Months" over "($ in millions)  2024  2023  2024
    # 2023": the twelve months' columns, the year; the "12"s no row of a table of their own
    income = _by_text(_cells(_ASSURANT, "GAAP net income"))
    assert income["760.2"].figure.column == "12 Months 2024"
    assert income["760.2"].period == Period("year", False, (2024, 0, 0))
    assert income["642.5"].period == Period("year", True, (2023, 0, 0))
    assert income["$201.3"].period == Period("quarter", False, (2024, 12, 0))
    assert not [f for f in fact_index(_ASSURANT).facts if f.figure.table is not None and f.figure.text == "12"]


def test_a_full_year_title_dates_an_outlooks_low_and_high() -> None:
    # "| | | ... | Full year 2027 outlook (estimated range) | | |" / "| ... | Diluted earnings per share | | |" / "| ... |
    # Low | | High | | |": the fiscal 2027 outlook's diluted EPS, its metric still the title's right over the header
    gaap = _by_text(_cells(_CLOROX, "As estimated (GAAP)", "Full year 2027 outlook"))
    assert {f.figure.text for f in gaap.values()} == {"5.41", "5.71"}
    for fact in gaap.values():
        assert fact.period == Period("year", False, (2027, 0, 0)) and fact.forward and fact.metrics == {"eps"}
    adjusted = _by_text(_cells(_CLOROX, "As adjusted (Non-GAAP)", "Full year 2027 outlook"))
    assert adjusted["6.00"].forward and adjusted["6.00"].basis == "adjusted"


def test_a_header_wider_than_most_rows_names_every_column() -> None:
    # "($ in millions except EPS) | Pre-Tax Income/Loss | | Tax Benefit/Expense (1) | | After-Tax Income/Loss (2) | |
    # Diluted EPS (3) | | Change vs. prior-year period |" over "Quarter Ended June 27, 2026": five columns, the
    # change one left empty by the items' rows (read four wide, each cell had stood one column right)
    reported = _cells(_DISNEY, "As reported", "Quarter Ended June 27, 2026")[:5]
    assert [f.figure.text for f in reported] == ["3,645", "(801)", "2,844", "1.51", "(48) %"]
    assert reported[0].figure.column.startswith("Pre-Tax Income/Loss") and "pretax_income" in reported[0].metrics
    assert reported[3].metrics == {"eps"} and reported[3].period == Period("quarter", False, (2026, 6, 27))
    assert reported[4].change and "eps" not in reported[2].metrics


def test_rows_under_a_period_label_are_of_that_period() -> None:
    # the same reconciliation goes on under "Quarter Ended June 28, 2025": the year-ago quarter's reported and
    # adjusted EPS, comparisons (they had been read as the current quarter's)
    year_ago = [f for f in _cells(_DISNEY, "As reported") if f.figure.text in ("3,211", "2.92")]
    assert [f.period for f in year_ago] == [Period("quarter", True, (2025, 6, 28))] * 2
    adjusted = _by_text(_cells(_DISNEY, "Excluding certain items"))
    assert adjusted["1.61"].period == Period("quarter", True, (2025, 6, 28))
    assert adjusted["2.06"].period == Period("quarter", False, (2026, 6, 27))
    # Albemarle's tax rate reconciliation: the year-ago quarter, then both halves under their own labels
    tax = _by_text(_cells(_ALBEMARLE, "As reported", "Effective income tax rate"))
    assert tax["21.3"].period == Period("quarter", False, (2026, 6, 30))
    assert tax["(380.0)"].period == Period("quarter", True, (2025, 6, 30))
    assert tax["16.6"].period == Period("half", False, (2026, 6, 30))
    assert tax["(107.8)"].period == Period("half", True, (2025, 6, 30))


def _row(label: str, section: str, at: int) -> Row:
    return Row(Span(at, at + 10), label, None, (Cell(Span(at + 5, at + 8), "1.0"),), section)


def test_a_period_label_of_no_whole_date_or_a_later_one_dates_nothing() -> None:
    table = Table(Span(0, 100), (), ("Quarter Ended June 27, 2026",), (), TableScale())
    quarter = [Period("quarter", False, (2026, 6, 27))]
    rows = (_row("As reported", "", 0), _row("As reported", "Quarter Ended June 28, 2025", 20), _row("Tax", "Exclude:", 40))
    assert section_periods(Table(table.span, (), table.columns, rows), quarter) == {
        1: Period("quarter", True, (2025, 6, 28)),
        2: Period("quarter", True, (2025, 6, 28)),
    }
    later = (_row("As reported", "Quarter Ended June 28, 2027", 20), _row("Tax", "Exclude:", 40))
    assert section_periods(Table(table.span, (), table.columns, later), quarter) == {}
    undated = (_row("As reported", "Quarter Ended June 2025", 20),)
    assert section_periods(Table(table.span, (), table.columns, undated), quarter) == {}
    # columns of two dates say which rows are whose themselves
    two = [Period("quarter", False, (2026, 6, 27)), Period("quarter", True, (2025, 6, 28))]
    assert section_periods(Table(table.span, (), ("a", "b"), rows), two) == {}


def test_a_column_of_signed_amounts_says_which_way_a_plain_cell_goes() -> None:
    # "Pre-Tax Income/Loss" over "As reported | $ 3,645": income before taxes, no loss; the rows name no metric, the
    # column does, and a plain cell goes the way its first word says
    reported = _cells(_DISNEY, "As reported", "Pre-Tax Income/Loss Quarter Ended June 27, 2026")
    assert [f.direction for f in reported if f.figure.text == "3,645"] == [Direction.FAVOURABLE]
