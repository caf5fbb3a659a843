"""Column periods read in session 48 (issue 10, "Column periods"): cells whose column the survey
(``benchmarks/column_period_survey.py``) found unread, read by general rules, each asserted on a real release.

A reconciliation's line letters ("Total revenue (GAAP) | A | $1,720 | ...", Citizens) made its lettered rows one
cell wider than the rest: the table fell apart into pieces headed by its own figures, and every cell's period was
unread."""

from __future__ import annotations

from corpus import assert_backed, document, fact_index

from summarizer.figures.columns import column_periods
from summarizer.text.vocabulary import Period

_CITIZENS = "reading/citizens-financial_q4-2021_reconciliation.html"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_a_reconciliations_line_letters_are_no_column() -> None:
    table = document(_CITIZENS).tables[0]
    assert len(table.rows) == 24  # the page's one table, not a piece per lettered row
    assert table.columns[0] == "QUARTERLY TRENDS 4Q21" and table.columns[7] == "FULL YEAR 2021"
    row = next(row for row in table.rows if row.label == "Income tax expense, Underlying (non-GAAP)")
    assert [cell.text for cell in row.cells] == ["$166", "$158", "$133", "$8", "5%", "$33", "25%", "$685", "$283", "$402", "142%"]
    periods = column_periods(table)
    assert periods[0] == Period("quarter", False, (2021, 12, 0))
    assert periods[1] == Period("quarter", True, (2021, 9, 0))
    assert periods[8] == Period("year", True, (2020, 0, 0))


def test_a_lettered_rows_cells_are_of_their_columns_periods() -> None:
    facts = [f for f in fact_index(_CITIZENS).facts if f.figure.row == "Income tax expense, Underlying (non-GAAP)"]
    by_text = {f.figure.text: f for f in facts}
    assert by_text["$166"].period == Period("quarter", False, (2021, 12, 0))
    assert by_text["$685"].period == Period("year", False, (2021, 0, 0))
    assert by_text["142%"].change  # "2021 Change 2020 %"


def test_a_ratio_rows_letters_are_no_column_where_it_is_as_wide_as_the_row_above() -> None:
    # "Net income per average common share - basic (GAAP) | K/T | $1.17 | ... | $5.18 | $2.22 | $2.96 | 133": eleven
    # amounts, as the row above ("... | U | 426,868,106 | ..."): the table's eleven columns
    facts = {f.figure.text: f for f in fact_index(_CITIZENS).facts if f.figure.row == "Net income per average common share - basic (GAAP)"}
    assert facts["$5.18"].period == Period("year", False, (2021, 0, 0))
    assert facts["$2.96"].change and facts["$2.96"].period.length == "year"
    # "Efficiency ratio | C/A | 61.68% | 60.92% | 59.28% | 76bps | 240bps | 61.40% | 57.80% | 360bps": eight amounts
    # under eleven headings, the "%" change columns left out: which amount is under which heading is unsaid, so the
    # row stays no row of the table (61.40% is the year's ratio, not a change against 4Q20)
    assert not [f for f in fact_index(_CITIZENS).facts if f.figure.row == "Efficiency ratio" and f.figure.text == "61.40%"]


def test_claims_on_a_lettered_reconciliation_are_backed() -> None:
    claim = "Underlying income tax expense was $166 million in the fourth quarter of 2021, up from $158 million in the third quarter."
    assert_backed(_CITIZENS, claim, "$166 million")
    assert_backed(_CITIZENS, claim, "$158 million")
    claim = "Full-year 2021 underlying income before income tax expense was $3,082 million, up from $1,423 million in 2020."
    assert_backed(_CITIZENS, claim, "$3,082 million")
    assert_backed(_CITIZENS, claim, "$1,423 million")


def test_a_fixed_width_rows_letter_is_no_cell() -> None:
    # Gecina's "Annual net rents   A   522   106   628": three amounts under "Offices | Residential | Total 2024"
    table = next(t for t in document(_GECINA).tables if t.columns == ("Offices", "Residential", "Total 2024"))
    row = next(row for row in table.rows if row.label == "Annual net rents")
    assert [cell.text for cell in row.cells] == ["522", "106", "628"]


_BANCORP = "reading/us-bancorp_q4-2021_capital_ratios.html"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"


def test_a_footnote_mark_in_a_cell_of_its_own_is_the_values() -> None:
    # "Risk-weighted assets ... | 418,571 | * | 404,021 | ...": five amounts under five dates, not six
    rows = [
        row for table in document(_BANCORP).tables for row in table.rows
        if row.label.startswith("Risk-weighted assets, determined in accordance")
    ]
    assert [cell.text for cell in rows[0].cells] == ["418,571", "404,021", "401,301", "396,351", "393,648"]
    facts = [f for f in fact_index(_BANCORP).facts if f.figure.row == rows[0].label]
    assert [(f.figure.text, f.period.end, f.period.prior) for f in facts][:2] == [
        ("418,571", (2021, 12, 31), False), ("404,021", (2021, 9, 30), True)
    ]


def test_a_star_set_apart_by_spaces_holds_its_column() -> None:
    # Green Plains' fixed-width "Ethanol production (1)(2)   $(10,431)   $ 59,009      *     $ 83,629": the "*" is
    # the quarter's percent change, not meaningful; a mark is taken as a value's only in a row of tabs or pipes
    rows = [row for table in document(_GREEN_PLAINS).tables for row in table.rows if row.cells and row.cells[0].text == "$(10,431)"]
    assert [cell.text.strip() for cell in rows[0].cells] == ["$(10,431)", "$ 59,009", "*", "$   83,629", "$  118,624", "(29.5)%"]


def test_two_years_set_against_each_other_head_changes() -> None:
    # Ryder's "2024/2023" over "Three Months | Twelve Months": the fleet count's growth, a change of no one period
    facts = [f for f in fact_index(_RYDER).facts if (f.figure.column or "").endswith("2024/2023 Three Months")]
    assert facts and all(f.change for f in facts)
    assert ("75%", "quarter") in {(f.figure.text, f.period.length) for f in facts}  # DTS fleet: 19,100 vs 10,900


_PALANTIR = "reading/palantir_q2-2026_text.txt"


def test_a_lone_year_over_one_column_heads_it() -> None:
    # "| Three Months Ended June 30, | | |" / "| 2026 | | | | | | |" over "Adjusted EBITDA | $ | 1,202,692 | | |": the
    # year's line was read as a value, and the reconciliation's one column headed nothing
    tables = document(_PALANTIR).tables
    at = next(
        at for at, t in enumerate(tables)
        if len(t.columns) == 1 and any(row.label == "Add: depreciation and amortization" for row in t.rows)
    )
    assert tables[at].columns == ("Three Months Ended June 30, 2026",)
    assert column_periods(tables[at]) == [Period("quarter", False, (2026, 6, 30))]
    ebitda = next(f for f in fact_index(_PALANTIR).facts if f.figure.table == at and f.figure.row == "Adjusted EBITDA")
    assert (ebitda.figure.text, ebitda.period) == ("1,202,692", Period("quarter", False, (2026, 6, 30)))
