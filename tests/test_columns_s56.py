"""Column periods of session 56: quarters named alone in a data sheet, and by another year than the calendar's."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA, assert_backed, assert_not_backed, fact_index

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document


def _label_ends(path, heading: str) -> dict[str, tuple[int, int, int] | None]:
    """Each level column whose heading holds ``heading``, with the end its cells are read to."""
    facts = FactIndex(load_document(path)).facts
    return {" ".join(f.figure.column.split()): f.period.end for f in facts if f.figure.column and heading in f.figure.column and not f.change}


def test_a_data_sheet_s_quarters_are_dated_by_the_release_s_fiscal_calendar():
    """Apple's fiscal year ends in September: its data sheet's "Q3 2012" is the quarter the release's statements date
    "Three Months Ended June 30, 2012", "Q2 2012" ended in March. The labels stand in the data sheet alone, which the
    anchor did not read, and were dated as calendar quarters (September 2012, June 2012)."""
    ends = _label_ends(DATA / "edgar" / "apple_q3-fy2012.txt", "Revenue")
    assert ends["Q3 2012 Unaudited Summary Data Q3 2012 Revenue"] == (2012, 6, 0)
    assert ends["Q3 2012 Unaudited Summary Data Q2 2012 Revenue"] == (2012, 3, 0)
    assert ends["Q3 2012 Unaudited Summary Data Q3 2011 Revenue"] == (2011, 6, 0)


def test_a_quarter_named_by_the_year_after_its_end_is_dated_where_the_release_s_year_is_the_calendar_one():
    """Apple's "Q1 2011" is the quarter ended December 25, 2010, and its tables report on 2010: the label names the
    fiscal year, which ends the September after. It was dated March 2011 (the anchor read only labels of the year
    their quarter ends in), "Q4 2010" December 2010, the release's own quarter's end."""
    ends = _label_ends(DATA / "apple_q1-fy2011.txt", "Revenue")
    assert ends["Q1 2011 Unaudited Summary Data Q1 2011 Revenue $M"] == (2010, 12, 0)
    assert ends["Q1 2011 Unaudited Summary Data Q4 2010 Revenue $M"] == (2010, 9, 0)
    assert ends["Q1 2011 Unaudited Summary Data Q1 2010 Revenue $M"] == (2009, 12, 0)
    assert_backed("apple_q1-fy2011.txt", "Apple's revenue in the first fiscal quarter of 2011 was $26,741 million.", "$26,741 million")


_RYDER = "reading/ryder_q4-2024_newswire.txt"


def test_a_heading_underlined_among_an_outlook_s_rows_heads_the_rows_below_it():
    """Ryder's outlook: "Full Year 2025" over its year's rows, then "First Quarter 2025" / "------" over the first
    quarter's EPS. The rows below the second heading were read under the first: the quarter's $2.15 - $2.40 as the
    year's EPS, which then backed a claim of the full year."""
    facts = fact_index(_RYDER).facts
    (low,) = [f for f in facts if f.figure.row == "1Q25 GAAP EPS" and f.figure.text == "$2.15"]
    assert " ".join((low.figure.column or "").split()) == "First Quarter 2025"
    assert (low.period.length, low.period.end) == ("quarter", (2025, 3, 0))
    assert_backed(_RYDER, "Ryder expects first quarter 2025 GAAP EPS of $2.15 to $2.40.", "$2.15")
    assert_not_backed(_RYDER, "Ryder expects full-year 2025 GAAP EPS of $2.15 to $2.40.", "$2.15")


def test_amounts_with_their_scale_s_letter_glued_on_are_an_outlook_table_s_rows():
    """Ryder's "Capital Expenditures | $2.7B" and "Free Cash Flow (non-GAAP) | $300 - $400M" were read as header lines
    (no value cell), so the outlook table ended above them and its amounts were read as running text of the quarter:
    the outlook's $2.7 billion of capital expenditures as the quarter's debt."""
    facts = fact_index(_RYDER).facts
    (capex,) = [f for f in facts if f.figure.text == "$2.7B" and f.figure.row == "Capital Expenditures"]
    assert (capex.metrics, capex.period.length, capex.period.end, capex.forward) == (frozenset({"capex"}), "year", (2025, 0, 0), True)
    (high,) = [f for f in facts if f.figure.row == "Free Cash Flow (non-GAAP)" and f.figure.text.endswith("$400M")]
    assert (high.value, high.forward) == (Decimal("4.00E+8"), True)
    assert_not_backed(_RYDER, "Ryder's capital expenditures were $2.7 billion in the fourth quarter.", "$2.7 billion")


def _heading_periods(name: str, row: str) -> dict[str, tuple[str, object, object]]:
    """Each column of ``row``'s cells: its heading with its cell's length, side and end."""
    return {
        " ".join((f.figure.column or "").split()): (f.period.length, f.period.prior, f.period.end)
        for f in fact_index(name).facts
        if f.figure.row == row and f.figure.table is not None and not f.change
    }  # fmt: skip


def test_a_spanning_heading_row_is_cut_where_no_group_holds_one_period_twice():
    """Coty's "Three months ended | Twelve months ended" over "September 30, 2025 | December 31, 2025 | March 31, 2026
    | June 30, 2026 | June 30, 2026": four quarters and the twelve months. The years turning from 2025 to 2026 had cut
    it after the second column, so the quarters ended March 31 and June 30, 2026 were read as twelve months (the
    fourth quarter's as the year's) and the quarter ended December 31, 2025 as the current one."""
    periods = _heading_periods("reading/coty_q4-fy2026_text.txt", "Net (loss) income")
    assert periods["Three months ended June 30, 2026"] == ("quarter", False, (2026, 6, 30))
    assert periods["Three months ended March 31, 2026"] == ("quarter", True, (2026, 3, 31))
    assert periods["Twelve months ended June 30, 2026"] == ("year", False, (2026, 6, 30))
    assert periods["Three months ended December 31, 2025"][1] is not False


def test_a_trailing_year_beside_four_quarters_heads_one_column():
    """Analog Devices' "Trailing Twelve Months | Three Months Ended" over "Aug. 1, 2026 | Aug. 1, 2026 | May 2, 2026 |
    Jan. 31, 2026 | Nov. 1, 2025": the second quarter's $3.62 billion of revenue was read as trailing twelve months,
    and backed no sequential change from it."""
    periods = _heading_periods("reading/analog-devices_q3-fy2026_text.txt", "Revenue")
    assert periods["Three Months Ended May 2, 2026"] == ("quarter", True, (2026, 5, 2))
    assert periods["Trailing Twelve Months Aug. 1, 2026"] == ("year", False, (2026, 8, 1))
    assert_backed("reading/analog-devices_q3-fy2026_text.txt", "Revenue rose about 11% sequentially from $3.62 billion in the fiscal second quarter.", "$3.62 billion")


def test_a_quarter_named_alone_after_the_release_s_is_its_outlook():
    """Ryder's "First Quarter 2025" in a release on the fourth quarter of 2024, NVIDIA's "Q1 FY2027 Outlook" in one on
    the quarter ended January 25, 2026: a quarter dated to its month only, three months or more after the release's,
    is its outlook. Only a date printed whole (or a year) was told so, and the claim of the first quarter's expected
    EPS went unbacked (a figure of no outlook)."""
    facts = fact_index(_RYDER).facts
    quarter = [f for f in facts if " ".join((f.figure.column or "").split()) == "First Quarter 2025"]
    assert quarter and all(f.forward for f in quarter)
    claim = "For the first quarter of 2025 Ryder expects GAAP EPS of $2.15 to $2.40 and comparable EPS of $2.30 to $2.55."
    assert_backed(_RYDER, claim, "$2.15")
    assert_backed(_RYDER, claim, "$2.55")
    nvidia = FactIndex(load_document(DATA / "nvidia_q4-fy2026.txt")).facts
    outlook = [f for f in nvidia if f.figure.column == "Q1 FY2027 Outlook"]
    assert outlook and all(f.forward and f.period.end == (2026, 4, 0) for f in outlook)
