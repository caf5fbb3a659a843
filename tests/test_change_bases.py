"""A change column whose heading names no comparison ("Change", "% Change") is told the two columns it is computed from
by the arithmetic of its rows (``facts.change_bases``): the change cell equals (a - b) / |b| or a - b for the current
column a and one other b on most rows. Where no pair fits most rows alone, it is told nothing: unknown, not guessed."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index

from summarizer.facts.model import Fact

_CITIZENS = "reading/citizens-financial_q4-2021_reconciliation.html"
_COTY = "reading/coty_q4-fy2026_text.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"


def _ends(name: str, row: str, column_part: str, text: str) -> tuple[object, object] | None:
    """The ends of the periods the change cell ``text`` of row ``row`` under a column holding ``column_part`` is
    computed from (``Fact.compared``), None where none is told."""
    (cell,) = [
        f for f in fact_index(name).facts
        if f.change and f.figure.row == row and column_part in (f.figure.column or "") and f.figure.text == text
    ]  # fmt: skip
    return _compared_ends(cell)


def _compared_ends(cell: Fact) -> tuple[object, object] | None:
    return None if cell.compared is None else (cell.compared[0].end, cell.compared[1].end)


def test_the_change_beside_five_quarters_is_counted_against_the_quarter_its_rows_compute_it_from():
    """Citizens Q4 2021: "4Q21 | 3Q21 | 4Q20 | Change 3Q21 $ | % | Change 4Q20 $ | %". Noninterest expense 1,061
    against 1,011 is the $50 of the first, against 1,012 the $49 of the second: the quarter before and the quarter a
    year before. The row's levels alone had told the first the year-ago quarter, the comparison cell nearest before
    it."""
    assert _ends(_CITIZENS, "Noninterest expense (GAAP)", "Change 3Q21 $", "$50") == ((2021, 12, 0), (2021, 9, 0))
    assert _ends(_CITIZENS, "Noninterest expense (GAAP)", "Change 4Q20 $", "$49") == ((2021, 12, 0), (2020, 12, 0))


def test_a_change_column_headed_change_alone_is_counted_against_the_year_before():
    """Coty's "Three Months Ended June 30, | 2026 | 2025 | Change": no word says against what, and the rows' levels
    alone told some of its cells nothing (a row of no level of its own)."""
    cells = [f for f in fact_index(_COTY).facts if f.change and f.figure.table == 10 and f.figure.column == "Three Months Ended June 30, Change"]
    assert cells and {_compared_ends(cell) for cell in cells} == {((2026, 6, 30), (2025, 6, 30))}


def test_a_balance_sheet_change_is_counted_against_the_year_end_its_heading_names():
    """Auna's net debt table prints "Jun-26 | Dec-25 | Jun-25 | Δ Jun-26 vs Jun-25 | Δ Jun-26 vs Dec-25": gross debt
    3,730 against 3,702 is the 1% of the first, against 3,656 the 2% of the second, six months apart."""
    assert _ends(_AUNA, "Gross Debt", "Δ Jun-26 vs Jun-25", "1%") == ((2026, 6, 0), (2025, 6, 0))
    assert _ends(_AUNA, "Gross Debt", "Δ Jun-26 vs Dec-25", "2%") == ((2026, 6, 0), (2025, 12, 0))


def test_a_column_its_rows_do_not_compute_alike_is_told_the_quarters_its_heading_names():
    """Citizens' operating leverage table prints "Total revenue | $1,720 | $1,659 | $1,707 | ... | 3.58%": 3.58% is
    neither 1,720 against 1,659 (3.7%) nor against 1,707, and noninterest expense's 4.88 fits both quarters' 1,011 and
    1,012 within their rounding: one row alone of four fits one pair, and the rows tell nothing. Its heading "4Q21
    Change 3Q21 %" does: the columns headed 4Q21 and 3Q21 (the 4Q20 column stands nearest before it, and was read as
    its comparison by the verifier: underlying expense's 2.12% backed a rise "year over year")."""
    assert _ends(_CITIZENS, "Total revenue (GAAP)", "Change 3Q21 %", "3.58%") == ((2021, 12, 0), (2021, 9, 0))
    expense = "Less: Noninterest expense, Underlying (non-GAAP)"
    assert _ends(_CITIZENS, expense, "Change 3Q21 %", "2.12") == ((2021, 12, 0), (2021, 9, 0))
    assert _ends(_CITIZENS, expense, "Change 4Q20 %", "4.01") == ((2021, 12, 0), (2020, 12, 0))
    assert_backed(_CITIZENS, "Underlying noninterest expense rose 2.12% from the third quarter.", "2.12%")
    assert_not_backed(_CITIZENS, "Underlying noninterest expense rose 2.12% year over year.", "2.12%")
    assert_backed(_CITIZENS, "Underlying noninterest expense rose 4.01% year over year.", "4.01%")


def test_a_change_column_between_two_named_periods_is_dated_by_neither():
    """Citizens' "4Q21 Change 3Q21 $" and "FULL YEAR 2021 Change 2020 %" were read as columns of 3Q21 and of 2020, the
    last label of each heading: a change between two periods is of neither (a column "4Q21 vs 3Q21" was read so)."""
    cells = [f for f in fact_index(_CITIZENS).facts if f.change and " Change " in (f.figure.column or "")]
    assert cells and {(f.period.prior, f.period.end) for f in cells} == {(None, None)}
    lengths = {" ".join((f.figure.column or "").split()): f.period.length for f in cells}
    assert lengths["QUARTERLY TRENDS 4Q21 Change 3Q21 $"] == "quarter"
    assert lengths["FULL YEAR 2021 Change 2020 %"] == "year"


def test_a_change_column_is_of_the_length_of_the_columns_its_rows_compute_it_from():
    """Assurant Q4 2024: "Fourth Quarter and Full Year 2024 Consolidated Results" heads two groups of "2024 | 2023 |
    Change"; the first group's change was read as the full year's, by the heading. GAAP net income's 10% is the
    quarter's 201.3 against 182.5 (the year's 760.2 against 642.5 is 18%): a quarter's change, which backs no claim of
    the year."""
    (cell,) = [
        f for f in fact_index(_ASSURANT).facts
        if f.change and f.figure.row == "GAAP net income" and f.figure.text == "10%" and "Consolidated" in (f.figure.column or "")
    ]  # fmt: skip
    assert cell.period.length == "quarter"
    assert_not_backed(_ASSURANT, "GAAP net income rose 10% for the full year 2024.", "10%")
    assert_backed(_ASSURANT, "GAAP net income rose 10% in the fourth quarter.", "10%")
    assert_backed(_ASSURANT, "GAAP net income rose 18% for the full year 2024.", "18%")
