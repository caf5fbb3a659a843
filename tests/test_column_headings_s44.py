"""Column headings whose periods the reading left unknown or misread, surveyed over the development releases
(``benchmarks/column_period_survey.py``) and read by general rules: a change group's heading over the undated columns
at the end, a column of two years the later first, a "Fav (Unfav)" change. Headings that say no period stay unknown."""

from __future__ import annotations

import pytest
from corpus import document, fact_index

from summarizer.figures.columns import _compares_two, column_periods, period_end
from summarizer.ingest.tables import _change_group_last
from summarizer.text.vocabulary import Period

_AXON = "reading/axon_q2-2026_text.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"


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


def test_two_years_the_later_first_compare_them():
    # Ryder's "2024/2023" over "Three Months | Twelve Months" of percent changes ("5%", "4%")
    table = next(t for t in document(_RYDER).tables if any("2024/2023" in c for c in t.columns))
    for column, period in zip(table.columns, column_periods(table)):
        if "2024/2023" in column:
            assert period.prior is None and period.end is None
    assert _compares_two("2024/2023 Three Months")
    assert not _compares_two("2023/2024")  # one fiscal year that spans both, maybe: read as before
    assert not _compares_two("Three Months Ended December 31, 2024")


def test_a_favourable_unfavourable_column_is_a_change():
    facts = [f for f in fact_index(_STAAR).facts if f.figure.column == "Three Months Ended Fav (Unfav) Amount"]
    assert facts and all(f.change for f in facts)


@pytest.mark.parametrize("heading", ["Q1-23", "Belvédère Bordeaux Q1-25 8,000 Rueil-M. 39 Colombes Bordeaux"])
def test_a_quarter_joined_to_its_year_by_a_hyphen_stays_undated(heading):
    # STAAR's trend table "Q1-23 | ... | Q4-24": dated, its older quarters were read as the comparison a year-ago claim
    # names ("vs net income of $7.8m, or 12 cents, LY"); left unread until the verifier tells the year-ago one apart
    assert period_end(heading) is None


def test_headings_that_say_no_period_stay_unknown():
    # lithium price scenarios ("~$10 | ~$20 | ~$30"): no period at all
    table = next(t for t in document(_ALBEMARLE).tables if t.columns[:1] == ("~$10",))
    assert all(p.length == "" and p.prior is None and p.end is None for p in column_periods(table))
