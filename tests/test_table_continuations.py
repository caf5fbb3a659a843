"""Tables whose period or metric used to be lost where their layout breaks: a table that goes on under its
headings after a break, cells that hold a column's place, columns dated by their neighbours, rows that are parts
of a named total (issue 10: "Unknown is not a match", so the source must be read right)."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.figures.columns import column_periods
from summarizer.ingest.load import load_document
from summarizer.ingest.tables import find_tables

READING = DATA / "reading"


def _facts_of(path):
    return FactIndex(load_document(path)).facts


def _at(facts, row: str, text: str):
    return [f for f in facts if f.figure.row == row and f.figure.text.strip("$ ") == text]


def _sides(text: str) -> list[list[tuple[str, bool | None]]]:
    """Each table's columns as (length, side) read from ``text`` alone."""
    tables = find_tables(text)
    return [[(p.length, p.prior) for p in column_periods(table)] for table in tables]


def test_sub_headings_reprinted_over_the_rows_below_go_on_under_the_periods_above():
    # Apple: "Q4 2010 | | Q1 2010 | | Q1 2011 | | Sequential Change | | Year/Year Change" over "CPU Units K | Revenue $M"
    # and the operating segments; then "Units K | $M | ... | Units | Revenue" reprinted over the product summary
    facts = _facts_of(DATA / "apple_q1-fy2011.txt")
    (now,) = _at(facts, "iPhone and Related Products and Services (4)", "10,468")
    (before,) = _at(facts, "iPhone and Related Products and Services (4)", "5,578")
    assert (now.period.length, now.period.prior) == ("quarter", False)
    assert (before.period.length, before.period.prior) == ("quarter", True)
    (growth,) = _at(facts, "iPhone and Related Products and Services (4)", "88%")
    assert growth.change


def test_a_change_too_large_to_print_holds_its_column_s_place_and_its_row_stays_in_the_table():
    # Disney: "Depreciation and amortization | (29) | | | (13) | | | >(100) % |" was read as the headings of a table
    facts = _facts_of(READING / "disney_q3-fy2026_text.txt")
    (now,) = _at(facts, "Depreciation and amortization", "(29)")
    assert now.figure.unit.value == "currency" and now.value == Decimal("-29000000")
    assert (now.period.length, now.period.prior) == ("quarter", False)


def test_a_percent_column_beside_each_date_is_that_date_s():
    # U.S. Bancorp's allowance: each quarter's net charge-offs and their ratio to loans, "% (a)"
    text = (
        "($ in millions)\t4Q 2021\t% (a)\t3Q 2021\t% (a)\t2Q 2021\t% (a)\t1Q 2021\t% (a)\t4Q 2020\t% (a)\n"
        "Total other retail\t28\t.18\t19\t.13\t15\t.10\t35\t.25\t49\t.34\n"
        "Total net charge-offs\t132\t.17\t147\t.20\t180\t.25\t223\t.31\t441\t.58\n"
    )
    (sides,) = _sides(text)
    assert sides[1] == ("quarter", False) and sides[9] == ("quarter", True)
    # a "%" after two dates is their change, no date's
    (change,) = _sides("\t2024\t2023\t%\nRevenue\t120\t100\t20%\nCosts\t60\t50\t20%\n")
    assert change[2][1] is None


def test_a_years_line_after_a_footnote_s_closing_parenthesis_heads_the_columns():
    # Cboe's Table 6: the corner caption "... EBITDA (Per Table" / "1)" wrapped down to the years' line
    text = (
        "Table 6 (in\n"
        "millions, except                      Three Months Ended                               Twelve Months Ended\n"
        "percentages)                             December 31,                                      December 31,\n"
        "--------------------   -----------------------------------------------  -----------------------------------------------\n"
        "EBITDA (Per Table\n"
        "1)                              2024                     2023                     2024                     2023\n"
        "--------------------   -----------------------  -----------------------  -----------------------  -----------------------\n"
        "Interest expense, net                      5.7                      9.5                     24.2                     50.4\n"
        "Income tax provision                      83.2                     75.5                    318.9                    286.2\n"
    )
    (sides,) = _sides(text)
    assert sides == [("quarter", False), ("quarter", True), ("year", False), ("year", True)]


def test_a_section_label_where_a_continued_balance_sheet_s_headings_stand_heads_no_column():
    # Golden Matrix: "LIABILITIES AND SHAREHOLDERS’ EQUITY     Current liabilities: |" over the liabilities
    text = (
        "| 31-Dec-24 | 31-Dec-23 |\n"
        "ASSETS     Current assets: |\n"
        "Cash and cash equivalents | $30,125,944 | $20,405,296 |\n"
        "Total current assets | 45,066,481 | 26,929,402 |\n"
        "Total assets | $213,717,593 | $79,852,980 |\n"
        "LIABILITIES AND SHAREHOLDERS’ EQUITY     Current liabilities: |\n"
        "Accounts payable and accrued liabilities | $12,912,300 | $11,285,740 |\n"
        "Accounts payable - related parties | 19,655 | 12,605 |\n"
    )
    assert [sides[0][1] for sides in _sides(text)] == [False] * len(find_tables(text))


def test_a_fixed_width_table_that_goes_on_below_a_few_labels_stands_under_the_columns_above_it(tmp_path):
    # Anywhere: the key drivers below the quarter's results, with no "$ Change" of their own, under eight lines of
    # labels (the release's own lines)
    lines = [
        "                                Three Months Ended December 31,",
        "                     2024               2023               Change        % Change",
        "               -----------------  -----------------  ------------------  --------",
        "Revenue           $        1,362     $        1,250     $           112       9 %",
        "Operating",
        " EBITDA (1,",
        " 2)                           52                 28                  24        86",
        "Net loss",
        " attributable",
        " to Anywhere                (64)              (107)                  43        40",
        "Adjusted net",
        " loss (1,\xa03)                (49)               (54)                   5         9",
        "Loss per",
        " share                    (0.58)             (0.97)                0.39        40",
        "Free Cash",
        " Flow (4)                     33               (13)                  46       354",
        "Net cash",
        " provided by",
        " operating",
        " activities    $              67  $              62  $                5       8 %",
        "",
        "Select Key",
        "Drivers",
        "Anywhere",
        "Brands -",
        "Franchise",
        "Group (5,\xa06)",
        "Closed",
        " homesale",
        " sides                   171,609            165,815                           3 %",
        "Average",
        " homesale",
        " price              $    504,637       $    460,438                          10 %",
    ]
    text = "\n".join(lines) + "\n"
    (tmp_path / "release.txt").write_text(text, encoding="utf-8")
    facts = _facts_of(tmp_path / "release.txt")
    (now,) = _at(facts, "Average homesale price", "504,637")
    (growth,) = _at(facts, "Average homesale price", "10 %")
    assert (now.period.length, now.period.prior) == ("quarter", False)
    assert growth.change and "% Change" in (growth.figure.column or "")


def test_a_long_row_label_with_only_dashes_after_it_does_not_cut_a_balance_sheet_in_two():
    # Wayfair: "Class A common stock, par value $0.001 per share, ... respectively. | | — | | | — | |"
    facts = _facts_of(READING / "wayfair_q2-2026_text.txt")
    (capital,) = _at(facts, "Additional paid-in capital", "2,166")
    assert capital.period.prior is False and capital.value == Decimal("2166000000")


def test_a_footnote_mark_after_a_closing_parenthesis_is_the_amount_s():
    # U.S. Bancorp: "Adjustments (3)\t(357\t)*\t(684)\t(1,027)\t(1,440)\t(1,471)"
    text = (
        "(Dollars in Millions, Unaudited)\tDecember 31, 2021\tSeptember 30, 2021\tJune 30, 2021\tMarch 31, 2021\tDecember 31, 2020\n"
        "Total equity\t$55,387\t$54,378\t$53,674\t$52,308\t$53,725\n"
        "Adjustments (3)\t(357\t)*\t(684)\t(1,027)\t(1,440)\t(1,471)\n"
        "Total assets\t573,284\t567,495\t558,886\t553,375\t553,905\n"
    )
    (table,) = find_tables(text)
    (adjustments,) = [row for row in table.rows if row.label.startswith("Adjustments")]
    assert len(adjustments.cells) == 5


def test_a_reconciliation_s_title_run_into_its_columns_names_no_metric_of_its_adjustments():
    # Taylor Morrison: "EBITDA and Adjusted EBITDA Reconciliation Three Months Ended December 31, 2024" over
    # "Real estate impairment charges | 20,530": an adjustment, no EBITDA (the charge its own label names)
    facts = _facts_of(READING / "taylor-morrison_q4-2024_newswire.txt")
    (impairment,) = [
        f for f in _at(facts, "Real estate impairment charges", "20,530") if "Reconciliation" in (f.figure.column or "")
    ]
    assert impairment.metrics == {"impairment"}


def test_headings_that_end_on_their_scale_count_thousands_of_units_beside_millions_of_dollars():
    # Apple: "CPU Units K | Revenue $M" under no caption that scales each kind of column apart
    facts = _facts_of(DATA / "apple_q1-fy2011.txt")
    (units,) = [f for f in _at(facts, "Americas", "1,360") if "Units" in (f.figure.column or "")]
    (revenue,) = _at(facts, "Americas", "9,218")
    assert units.figure.unit.value == "count" and units.value == Decimal("1360000")
    assert revenue.figure.unit.value == "currency" and revenue.value == Decimal("9218000000")
