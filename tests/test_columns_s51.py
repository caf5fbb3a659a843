"""Column periods read in session 51 (issue 10, "Column periods"): cells whose column the survey
(``benchmarks/column_period_survey.py``) found unread, read by general rules, each asserted on a real release."""

from __future__ import annotations

from corpus import fact_index, row_periods

from summarizer.figures.columns import column_periods
from summarizer.text.vocabulary import Period
from summarizer.types import Span, Table

_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_WATTS = "reading/watts-water_q4-2024_newswire.txt"


def _cells(name: str, row: str, column_part: str) -> dict:
    """The facts of row ``row`` whose column heading holds ``column_part``, by the cell's text."""
    return {
        f.figure.text: f for f in fact_index(name).facts if f.figure.row == row and column_part in (f.figure.column or "")
    }


def test_amounts_at_constant_currency_are_of_the_column_they_restate() -> None:
    # "Three Months Ended | December 27, 2024 | Effect of Currency | Constant Currency | December 29, 2023": the sales
    # at the year-ago rates are the quarter's, at constant currency; the currency's effect between them is an
    # adjustment of the quarter, no amount of sales
    constant = _cells(_STAAR, "Sales", "Constant Currency")["49,083"]
    assert constant.period == Period("quarter", False, (2024, 12, 27))
    assert constant.basis == "constant_currency" and constant.metrics == {"revenue"}
    effect = _cells(_STAAR, "Sales", "Effect of Currency")["133"]
    assert effect.period == Period("quarter", False, (2024, 12, 27)) and "revenue" not in effect.metrics
    assert _cells(_STAAR, "Sales", "Year Ended Constant Currency")["$316,660"].period == Period("year", False, (2024, 12, 27))


def test_a_column_a_year_before_the_tables_one_length_is_of_that_length() -> None:
    # "December 29, 2023" outside the "Three Months Ended" underline: the year-ago quarter; the "$ Change" and
    # "% Change" columns after it are the quarter's changes
    sales = row_periods(_STAAR, "Sales")
    assert sales["76,273"] == Period("quarter", True, (2023, 12, 29))
    assert sales["$322,415"] == Period("year", True, (2023, 12, 29))
    changes = _cells(_STAAR, "Sales", "As Reported % Change")
    assert changes["(35.8)%"].change and changes["(35.8)%"].period.length == "quarter"
    assert changes["(2.6)%"].change and changes["(2.6)%"].period.length == "year"
    # a column dated two years before, or a table of two stated lengths, says nothing
    two_years = Table(Span(0, 0), (), ("Three Months Ended June 30, 2026", "June 30, 2024"), ())
    assert column_periods(two_years)[1].length == "unstated"
    columns = ("Three Months Ended June 30, 2026", "Six Months Ended June 30, 2026", "June 30, 2025")
    assert column_periods(Table(Span(0, 0), (), columns, ()))[2].length == "unstated"


def test_the_rows_below_a_tables_dated_rows_are_the_change_between_them() -> None:
    # "Net sales December 31, 2024" / "... 2023" under "Fourth Quarter Ended" over "Americas | Europe | APMEA | Total",
    # then "Dollar change", "Net sales % increase (decrease)", "Foreign exchange impact", "Acquisition impact"
    dollars = _cells(_WATTS, "Dollar change", "Fourth Quarter Ended Total")["$(7.1)"]
    assert dollars.change and dollars.period == Period("quarter", None, None) and not dollars.metrics
    currency = _cells(_WATTS, "Foreign exchange impact", "Year Ended Europe")["(0.3)%"]
    assert currency.change and currency.period.length == "year" and "revenue" not in currency.metrics
    # the year before's table (2023 against 2022): its changes are no change of the release's own period
    old = [f for f in fact_index(_WATTS).facts if f.figure.row == "Dollar change" and f.figure.text == "45.6"]
    assert old and not any(f.change for f in old)


def test_the_year_befores_table_dates_its_comparison_and_its_history() -> None:
    # "Net sales December 31, 2023" over "Net sales December 31, 2022" beside the 2024 tables: 2023 is the
    # comparison, 2022 (a day no column heads) history of no side
    assert {row_periods(_WATTS, "Net sales December 31, 2023")[text] for text in ("387.0", "$547.5")} == {
        Period("quarter", True, (2023, 12, 31))
    }
    assert row_periods(_WATTS, "Net sales December 31, 2022")["501.9"] == Period("quarter", None, (2022, 12, 31))
    assert row_periods(_WATTS, "Net sales December 31, 2022")["1,979.5"] == Period("year", None, (2022, 12, 31))


def test_a_row_of_figures_with_a_unit_split_off_read_as_headings_heads_nothing() -> None:
    # GE HealthCare's "Cash flow conversion  98%  134%  (36  )pts" over the rows below "For the three months ended
    # December 31 | For the years ended December 31": a figure's unit split off (")pts") left the line read as the
    # headings of a table of its own; the rows below go on under the quarters and years above, each cell under the
    # column its characters stand in
    free_cash_flow = row_periods("reading/ge-healthcare_q4-2024_newswire.txt", "Free cash flow*")
    assert free_cash_flow["811"] == Period("quarter", False, (2024, 12, 31))
    assert free_cash_flow["$1,715"] == Period("year", True, (2023, 12, 31))
    capex = row_periods("reading/ge-healthcare_q4-2024_newswire.txt", "internal-use software")
    assert capex["(401)"] == Period("year", False, (2024, 12, 31))
