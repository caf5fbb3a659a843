"""Column headings whose periods the reading left unknown, surveyed over the development releases
(``benchmarks/column_period_survey.py``) and read by general rules: quarters written "Q1-23", a change group's
heading over the undated columns at the end, a one-cell-per-line header with a change group and its "$ | %" signs,
an outlook's column beside the results, a column of two years the later first, "Fav (Unfav)" changes. Headings that
say no period stay unknown. (Backed out in session 44 and re-landed in 45 once the verifier held the periods they
date: tests/test_period_checks_s45.py.)"""

from __future__ import annotations

import pytest
from corpus import document, fact_index, number_status

from summarizer.figures.columns import column_periods, compares_two, period_end
from summarizer.ingest.tables import _change_group_last, _vertical_header_rows
from summarizer.text.vocabulary import Period

_AXON = "reading/axon_q2-2026_text.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def _table(name: str, first_column: str, has: str = ""):
    return next(t for t in document(name).tables if t.columns and t.columns[0] == first_column and (not has or has in t.columns))


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("Q1-23", (2023, 3, 0)),  # STAAR Surgical's trend table
        ("Q4-24", (2024, 12, 0)),
        ("Q3'26", (2026, 9, 0)),  # the apostrophe, as before
        # a project list's cells run into a heading: a delivery date among figures dates no column
        ("Belvédère Bordeaux Q1-25 8,000 Rueil-M. 39 Colombes Bordeaux", None),
        # several quarters named: a list's dates, no one column's period
        ("Paris - 27 Canal Paris Q3-25 Paris - Quarter (Gamma) Paris Q1-27 Arches du Carreau", None),
    ],
)
def test_a_quarter_and_its_year_joined_by_a_hyphen(heading, end):
    assert period_end(heading) == end


def test_a_trend_tables_quarters_are_dated_and_the_outlook_leaves_the_latest_sure():
    table = _table(_STAAR, "2022", "Q1-23")
    periods = dict(zip(table.columns, column_periods(table)))
    assert periods["Q3-24"] == Period("quarter", True, (2024, 9, 0))
    assert periods["Q4-24"] == Period("quarter", False, (2024, 12, 0))  # "2025 Outlook Range(3)" is later, as outlooks are
    assert periods["2024"].prior is True  # as before: a year beside a later year's outlook stays of the past
    # the year-ago quarter and the one before are the comparisons; the older quarters are history, of no side
    assert periods["Q4-23"] == Period("quarter", True, (2023, 12, 0))
    assert periods["Q2-23"] == Period("quarter", None, (2023, 6, 0))
    assert periods["Q2-24"] == Period("quarter", None, (2024, 6, 0))


def test_a_comparison_claimed_from_a_quarter_of_history_is_caught():
    claim = "Q4 net loss $34.2m, or 69 cents a share, vs net income of $7.8m, or 16 cents, LY"
    assert number_status(_STAAR, claim, "16 cents") in ("verified", "derived")
    # Q2-23's 12 cents is no year-ago figure
    assert number_status(_STAAR, claim.replace("16 cents", "12 cents"), "12 cents") not in ("verified", "derived")


def test_the_nine_month_change_column_backs_the_nine_months_change_only():
    # Peapack's nine-month "Change $" of basic EPS is 9 cents, as is the third quarter's sequential rise
    assert number_status(_PEAPACK, "Nine-month basic EPS rose 9 cents year over year.", "9 cents") in ("verified", "derived")
    assert number_status(_PEAPACK, "Q3 EPS rose 9 cents sequentially.", "9 cents") in ("verified", "derived")
    assert number_status(_PEAPACK, "Q3 EPS rose 9 cents year over year.", "9 cents") not in ("verified", "derived")
    # said of no length, the change is the quarter's, the release's main period's (tests/test_period_checks_s45.py)
    assert number_status(_PEAPACK, "EPS rose 9 cents year over year.", "9 cents") not in ("verified", "derived")


def test_a_change_heading_last_spans_the_undated_columns():
    # "| THREE MONTHS ENDED | | CHANGE" over "| 30 JUN 2026 | | 31 MAR 2026 | | 30 JUN 2025 | | QoQ | | YoY |"
    table = next(t for t in document(_AXON).tables if "CHANGE QoQ" in t.columns)
    assert table.columns == (
        "THREE MONTHS ENDED 30 JUN 2026", "THREE MONTHS ENDED 31 MAR 2026", "THREE MONTHS ENDED 30 JUN 2025",
        "CHANGE QoQ", "CHANGE YoY",
    )  # fmt: skip
    periods = column_periods(table)
    # was "CHANGE 30 JUN 2025": told current, of no length read
    assert periods[2] == Period("quarter", True, (2025, 6, 30))
    assert [p.length for p in periods[3:]] == ["quarter", "quarter"]  # the changes of the quarters beside them


def test_the_change_group_placed_by_the_undated_columns():
    labels = [["30 JUN 2026"], ["31 MAR 2026"], ["30 JUN 2025"], ["QoQ"], ["YoY"]]
    assert _change_group_last(["THREE MONTHS ENDED", "CHANGE"], 5, labels) == ["THREE MONTHS ENDED"] * 3 + ["CHANGE"] * 2
    # "For the Nine Months Ended September 30, | Change" over "2025 | 2024 | $ | %" (Peapack-Gladstone's layout)
    assert _change_group_last(["Nine Months", "Change"], 4, [["2025"], ["2024"], ["$"], ["%"]]) == ["Nine Months"] * 2 + ["Change"] * 2
    # quarters that name no four-digit year, or a change heading not last, leave the row to the other readings
    assert _change_group_last(["Quarter", "Change"], 3, [["Q2'26"], ["Q2'25"], ["%"]]) is None
    assert _change_group_last(["Change", "Quarter"], 3, [["2026"], ["2025"], ["%"]]) is None


def test_a_one_cell_per_line_header_keeps_its_change_group():
    cells = ["For the Nine Months Ended September 30,", "Change", "2025", "2024", "$", "%"]
    assert _vertical_header_rows(cells) == [["For the Nine Months Ended September 30,", "Change"], ["2025", "2024", "$", "%"]]
    table = _table(_PEAPACK, "For the Nine Months Ended September 30, 2025")
    assert table.columns[2:] == ("Change $", "Change %")
    periods = column_periods(table)
    assert periods[:2] == [Period("nine_months", False, (2025, 9, 30)), Period("nine_months", True, (2024, 9, 30))]
    assert not any(row.label == "Change" for row in table.rows)  # the header's line is no row of figures
    interest = [f for f in fact_index(_PEAPACK).facts if f.in_table and f.figure.row == "Interest income" and f.figure.text == "268,541"]
    assert any(f.period == Period("nine_months", False, (2025, 9, 30)) for f in interest)


def test_two_years_the_later_first_compare_them():
    # Ryder's "2024/2023" over "Three Months | Twelve Months" of percent changes ("5%", "4%")
    table = next(t for t in document(_RYDER).tables if any("2024/2023" in c for c in t.columns))
    for column, period in zip(table.columns, column_periods(table)):
        if "2024/2023" in column:
            assert period.prior is None and period.end is None
    assert compares_two("2024/2023 Three Months")
    assert not compares_two("2023/2024")  # one fiscal year that spans both, maybe: read as before
    assert not compares_two("Three Months Ended December 31, 2024")


def test_a_favourable_unfavourable_column_is_a_change():
    facts = [f for f in fact_index(_STAAR).facts if f.figure.column == "Three Months Ended Fav (Unfav) Amount"]
    assert facts and all(f.change for f in facts)


def test_headings_that_say_no_period_stay_unknown():
    # lithium price scenarios ("~$10 | ~$20 | ~$30"): no period at all
    table = next(t for t in document(_ALBEMARLE).tables if t.columns[:1] == ("~$10",))
    assert all(p.length == "" and p.prior is None and p.end is None for p in column_periods(table))
    table = next(t for t in document(_GECINA).tables if any("Belvédère" in c for c in t.columns))
    assert all(p.prior is None and p.end is None for p in column_periods(table))
