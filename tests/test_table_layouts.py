"""Table layouts of real releases read right: which columns a heading stands over, a caption's scales,
the kind of a row's amounts (issue 10)."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA, number_status

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document

READING = DATA / "reading"


def _facts(name: str):
    return _facts_of(READING / name)


def _facts_of(path):
    return FactIndex(load_document(path)).facts


def _at(facts, row: str, text: str, column_has: str = ""):
    return [f for f in facts if f.figure.row == row and f.figure.text.strip("$ ") == text and column_has in (f.figure.column or "")]


def test_a_percent_heading_over_a_segment_table_stands_over_its_change_column_alone():
    # Keysight: "Electronic Industrial Solutions Group | | | | | Percent |" over "| Q3'26 | | Q3'25 | | Inc/(Dec) |"
    facts = _facts("keysight_q3-fy2026_text.txt")
    (income,) = [f for f in _at(facts, "Income from operations", "155") if f.figure.column == "Q3'26"]
    assert income.figure.unit.value == "currency" and income.value == Decimal("155000000")
    assert "operating_income" in income.metrics and (income.period.length, income.period.prior) == ("quarter", False)
    (growth,) = _at(facts, "Revenue", "21%")
    assert growth.figure.column == "Percent Inc/(Dec)" and growth.change


def test_a_thousands_corner_cell_scales_the_quantity_rows_and_a_quantity_caption_keeps_them_counts():
    # First Quantum: "| 000’s | 2025 | 2026 | 2027 |" over "| Copper (tonnes) | 380 – 440 | ...": 380,000 tonnes
    facts = _facts("first-quantum_q4-2024_newswire.txt")
    (copper,) = _at(facts, "Copper (tonnes)", "380", "2025")
    assert copper.value == Decimal("380000") and copper.figure.unit.value == "count"
    # "| Copper production guidance (000’s tonnes) | 2025 |" over "| Kansanshi | 160 – 190 |": tonnes, not money
    (kansanshi,) = _at(facts, "Kansanshi", "160", "2025")
    assert kansanshi.value == Decimal("160000") and kansanshi.figure.unit.value == "count"


def test_a_caption_that_counts_pounds_in_thousands_holds_no_money():
    # Beyond Meat: "volume of the Company’s products sold in pounds ... (in thousands, except for percentages)"
    facts = _facts("beyond-meat_q2-2026_text.txt")
    (volume,) = _at(facts, "Volume of products sold", "14,478")
    assert volume.value == Decimal("14478000") and volume.figure.unit.value == "count"
    assert (volume.period.length, volume.period.prior) == ("quarter", False)


def test_single_cell_period_lines_over_the_years_head_both_columns():
    # Keysight's cash flows: "| Nine months ended |" / "| July 31, |" / "| 2026 | | 2025 |"
    facts = _facts("keysight_q3-fy2026_text.txt")
    (now,) = _at(facts, "Depreciation", "116")
    (before,) = _at(facts, "Depreciation", "97")
    assert (now.period.length, now.period.prior, now.period.end) == ("nine_months", False, (2026, 7, 31))
    assert (before.period.length, before.period.prior, before.period.end) == ("nine_months", True, (2025, 7, 31))
    # Arvinas' balance sheet: "| | December 31, |" over "| (dollars ... in millions ...) | | 2024 | | | 2023 |"
    (cash,) = _at(_facts("arvinas_q4-2024_newswire.txt"), "Cash and cash equivalents", "100.5")
    assert cash.period.end == (2024, 12, 31) and cash.period.prior is False


def test_trailing_four_quarter_columns_hold_a_year_at_the_fourth_quarter_and_no_known_length_before():
    # Oracle's "FREE CASH FLOW - TRAILING 4-QUARTERS" table (cut from its EX-99.1, styles dropped)
    facts = _facts("oracle_q4-fy2022_free_cash_flow.html")
    (now,) = _at(facts, "Free Cash Flow", "5,028")
    (before,) = _at(facts, "Free Cash Flow", "13,752")
    assert now.figure.column.endswith("Fiscal 2022 Q4") and (now.period.length, now.period.prior) == ("year", False)
    assert before.figure.column.endswith("Fiscal 2021 Q4") and (before.period.length, before.period.prior) == ("year", True)
    # the twelve months to the third quarter: neither a quarter nor the year, neither current nor prior
    (third,) = _at(facts, "Free Cash Flow", "6,591")
    assert (third.period.length, third.period.prior) == ("unstated", None)


def test_a_caption_that_scales_each_kind_of_column_apart_scales_each_column_by_its_kind():
    # Apple Q3 FY2012 data sheet: "(Units in thousands, Revenue in millions)" over "Q3 2012 | Units | Revenue"
    facts = FactIndex(load_document(DATA / "edgar" / "apple_q3-fy2012.txt")).facts
    americas = [f for f in facts if f.figure.row == "Americas" and "Q3 2012 Unaudited Summary Data Q3 2012" in (f.figure.column or "")]
    (revenue,) = [f for f in americas if f.figure.text == "$12,806"]
    (units,) = [f for f in americas if f.figure.text == "1,522"]
    assert revenue.value == Decimal("12806000000") and revenue.figure.unit.value == "currency"
    assert units.value == Decimal("1522000") and units.figure.unit.value == "count"


def test_quarters_named_alone_are_dated_by_the_release_s_fiscal_calendar():
    # NVIDIA's fiscal year ends in January: "Q4 FY26" is the quarter that "Three Months Ended January 25,
    # 2026" dates, "Q3 FY26" ended in October 2025; the outlook's "Q1 FY2027" ends in April 2026
    nvidia = _facts_of(DATA / "nvidia_q4-fy2026.txt")
    ends = {f.figure.column: f.period.end for f in nvidia if f.figure.column in ("Q4 FY26", "Q3 FY26", "Q4 FY25")}
    assert ends == {"Q4 FY26": (2026, 1, 0), "Q3 FY26": (2025, 10, 0), "Q4 FY25": (2025, 1, 0)}
    # Keysight's ends in October: "Q3'26" is the quarter ended July 31, 2026
    (revenue,) = [f for f in _at(_facts("keysight_q3-fy2026_text.txt"), "Total Revenue", "1,846") if f.figure.column == "Q3'26"]
    assert (revenue.period.length, revenue.period.prior, revenue.period.end) == ("quarter", False, (2026, 7, 0))



def test_a_bare_year_later_than_the_release_s_heads_its_outlook_whatever_its_rows_measure():
    # First Quantum, a release on 2024: "| 000’s | 2025 | 2026 | 2027 |" over "Copper (tonnes)": guidance, no comparison
    facts = _facts("first-quantum_q4-2024_newswire.txt")
    assert all(f.forward for f in _at(facts, "Copper (tonnes)", "380") + _at(facts, "Copper (tonnes)", "490"))


def test_alike_tables_named_in_their_header_corners_are_the_segments_they_name():
    # Keysight: "Communications Solutions Group | | | | | Percent |" and "Electronic Industrial Solutions Group | ..."
    # over the same rows: each table a segment's, so its margin is no company margin
    facts = _facts("keysight_q3-fy2026_text.txt")
    (eisg,) = [f for f in _at(facts, "Income from operations", "155") if f.figure.column == "Q3'26"]
    (csg,) = [f for f in _at(facts, "Revenue", "1,345") if f.figure.column == "Q3'26"]
    assert (eisg.segment, csg.segment) == ("Electronic Industrial Solutions Group", "Communications Solutions Group")


def test_a_ratio_whose_label_prints_a_percent_sign_holds_percentages():
    # Kemira: "| Equity ratio, % at period-end | 53 | 48 |" under "EUR million": 53%, neither money nor a multiple
    facts = _facts_of(DATA / "claim_reading" / "kemira_fy2024_newswire.txt")
    (ratio,) = _at(facts, "Equity ratio, % at period-end", "53", "Oct-Dec 2024")
    assert ratio.figure.unit.value == "percent" and ratio.value == Decimal("53")


def test_a_change_cell_in_percentage_points_written_ppt_is_a_value_and_keeps_its_row_in_the_table():
    # Sandisk: "Gross Margin | 84.6% | | 78.4% | | up 6.2 ppt |" between "Revenue" and "Operating Expenses" rows
    # once read as the header of a new table whose columns were "84.6%", "78.4%" ...
    facts = _facts("sandisk_q4-fy2026_text.txt")
    (expenses,) = _at(facts, "Operating Expenses", "545", "Highlights GAAP Q4 2026")
    assert (expenses.period.length, expenses.period.prior) == ("quarter", False)
    (move,) = _at(facts, "Gross Margin", "6.2 ppt", "Highlights GAAP Q/Q")
    assert move.figure.unit.value == "percentage_points" and move.value == Decimal("6.2")


def test_two_group_headings_run_into_one_line_head_the_two_groups_in_order():
    # Nephros: "Three Months Ended December 31, Twelve Months Ended December 31,  2024  2023  2024  2023" over four
    # columns: the quarter's pair, then the year's
    facts = _facts("nephros_q4-2024_newswire.txt")
    (quarter,) = _at(facts, "Net revenue: Product revenues", "3,849")
    (quarter_before,) = _at(facts, "Net revenue: Product revenues", "3,198")
    (year,) = _at(facts, "Net revenue: Product revenues", "14,035")
    assert (quarter.period.length, quarter.period.prior, quarter.period.end) == ("quarter", False, (2024, 12, 31))
    assert (quarter_before.period.length, quarter_before.period.prior) == ("quarter", True)
    assert (year.period.length, year.period.prior, year.period.end) == ("year", False, (2024, 12, 31))
    # the rows below "Operating income (loss)  317(649)6(1,593)", a row of glued numbers read as headings, go on under
    # the headings above as they are: numbers head no column, and a note would print them as the period
    (net,) = _at(facts, "Net income (loss)", "349")
    assert (net.period.length, net.period.prior, net.period.end) == ("quarter", False, (2024, 12, 31))
    assert "317" not in (net.figure.column or "")
    claim = "Product revenues rose to $3.85 million in the fourth quarter from $3.20 million."
    assert number_status("reading/nephros_q4-2024_newswire.txt", claim, "$3.20 million") == "verified"
    assert number_status("reading/nephros_q4-2024_newswire.txt", claim.replace("$3.20", "$3.40"), "$3.40 million") not in ("verified", "derived")


def test_a_change_column_of_a_per_share_row_holds_percentages():
    # U.S. Bancorp 4Q21: "Diluted earnings per common share | $1.07 | $1.30 | $.95 | (17.7) | 12.6" under "Percent
    # Change 4Q21 vs 3Q21 | Percent Change 4Q21 vs 4Q20": the change columns' bare numbers are percent changes
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "U.S. Bancorp Reports Fourth Quarter and Full Year 2021 Results\n\n"
        "(Dollars in Millions, Except Per Share Data)\n\n"
        "| | 4Q21 | 3Q21 | 4Q20 | Percent Change 4Q21 vs 3Q21 | Percent Change 4Q21 vs 4Q20 |\n"
        "|---|---|---|---|---|---|\n"
        "| Net income attributable to U.S. Bancorp | $1,673 | $1,959 | $1,485 | (14.6) | 12.7 |\n"
        "| Diluted earnings per common share | $1.07 | $1.30 | $.95 | (17.7) | 12.6 |\n"
    )
    cells = {f.figure.text: f for f in FactIndex(document).facts if f.figure.row == "Diluted earnings per common share"}
    assert cells["12.6"].family == "percent" and cells["12.6"].change and cells["12.6"].value == Decimal("12.6")
    assert cells["(17.7)"].family == "percent" and cells["(17.7)"].value == Decimal("-17.7")
    assert cells["$1.07"].family == "per_share"


_CBOE_TABLE_4 = (
    "Table 4\n"
    "                     Cash and Spot Markets                      Data Vantage\n"
    "                       Three Months Ended                    Three Months Ended\n"
    "                          December 31,                          December 31,\n"
    "--------------  --------------------------------  ----------------------------------------\n"
    "Net Revenue by\n"
    "Revenue\n"
    "Caption Three\n"
    "Months Ended\n"
    "December 31,\n"
    "2024 and 2023\n"
    "(in millions)        2024             2023               2024                 2023\n"
    "--------------  ---------------  ---------------  -------------------  -------------------\n"
    "Transaction\n"
    " and clearing\n"
    " fees           $         318.6  $         290.2  $                --  $                --\n"
    "Access and\n"
    " capacity\n"
    " fees                        --               --                 95.0                 88.7\n"
    "Market data\n"
    " fees                      14.3             17.0                 53.0                 47.9\n"
)


def test_a_corner_caption_wrapped_over_lines_of_its_own_says_the_columns_length():
    # Cboe 4Q24, "Table 4": "Caption Three" / "Months Ended" / "December 31," / "2024 and 2023" in the label column; the
    # lines naming a period were joined without the one that says "Three": "Months Ended 2024 and 2023 2024", no length
    from summarizer.ingest.load import document_from_text

    document = document_from_text("Cboe Global Markets Reports Results for Fourth Quarter 2024\n\n" + _CBOE_TABLE_4)
    (table,) = document.tables
    assert table.columns[0].startswith("Three Months Ended December 31, 2024 and 2023")
    cells = {f.figure.text.strip("$ "): f for f in FactIndex(document).facts if f.figure.row == "Market data fees"}
    assert (cells["14.3"].period.length, cells["14.3"].period.prior) == ("quarter", False)
    assert (cells["47.9"].period.length, cells["47.9"].period.prior) == ("quarter", True)


def test_a_corner_caption_says_its_length_on_a_line_of_its_own():
    # Cboe 4Q24, "Table 3": the length is the end of one corner line ("Segment Three" / "Months Ended"), the columns
    # name the segment and its date only
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "Cboe Global Markets Reports Results for Fourth Quarter 2024\n\n"
        "Table 3\n"
        "                             Consolidated                              Options\n"
        "                             December 31,                            December 31,\n"
        "--------------  --------------------------------------  --------------------------------------\n"
        "Net\nTransaction\nand Clearing\nFees by\nBusiness\nSegment Three\nMonths Ended\nDecember 31,\n2024 and 2023\n"
        "(in millions)                 2024                2023                2024                2023\n"
        "--------------  ------------------  ------------------  ------------------  ------------------\n"
        "Transaction\n"
        " and clearing\n"
        " fees           $            762.6  $            734.5  $            418.0  $            419.0\n"
        "Liquidity\n"
        " payments                  (365.7)             (352.9)             (131.7)             (135.3)\n"
    )
    (table,) = document.tables
    assert table.columns[1].startswith("Three Months Ended December 31, 2024 and 2023")
    cells = {f.figure.text.strip("$ "): f for f in FactIndex(document).facts if f.figure.row == "Transaction and clearing fees"}
    assert (cells["762.6"].period.length, cells["762.6"].period.prior, cells["762.6"].period.end) == ("quarter", False, (2024, 12, 31))
    assert (cells["419.0"].period.length, cells["419.0"].period.prior, cells["419.0"].period.end) == ("quarter", True, (2023, 12, 31))


def test_a_comparison_heading_wrapped_after_its_vs_is_completed_by_the_row_below():
    # Auna 2Q26: "| 2Q'26 (USD) | 2Q'26 | YTD 26 | | Δ 2Q'26 vs | Δ YTD 26 vs |" over "| | 2Q'25 | YTD 25 |": the
    # dollars' column was read "2Q'26 (USD) 2Q'25", the year-ago quarter; "Δ Jun-26 vs" over "Jun-25 | Dec-25" heads two
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "Auna Reports Second Quarter 2026 Results\n\n"
        "Income Statement\n\n"
        "(Figures in millions of Soles\nand millions of US Dollars, unless expressed otherwise)\n\n"
        "| 2Q'26 (USD) | 2Q'26 | YTD 26 | | Δ 2Q'26 vs | Δ YTD 26 vs |\n\n"
        "| | 2Q'25 | YTD 25 |\n\n"
        "Revenue | | | | | | |\n\n"
        "Healthcare Services Mexico | 88 | 300 | 579 | | 10% | 12% |\n\n"
        "Healthcare Services Colombia | 125 | 426 | 824 | | 23% | 20% |\n\n"
        "Consolidated Debt\n\n"
        "| | Jun-26 (USD) | Jun-26 | Dec-25 | Jun-25 | | Δ Jun-26 vs |\n\n"
        "| | | Jun-25 | Dec-25 |\n\n"
        "(+) Loans and borrowings | | 1,058 | 3,606 | 3,533 | 3,574 | | 1% | 2% |\n\n"
        "Short term debt | | 117 | 399 | 316 | 598 | | -33% | 26% |\n"
    )
    income, debt = document.tables
    assert income.columns == ("2Q'26 (USD)", "2Q'26", "YTD 26", "Δ 2Q'26 vs 2Q'25", "Δ YTD 26 vs YTD 25")
    assert debt.columns[-2:] == ("Δ Jun-26 vs Jun-25", "Δ Jun-26 vs Dec-25")
    cells = {f.figure.text: f for f in FactIndex(document).facts if f.figure.row == "Healthcare Services Mexico"}
    assert (cells["88"].period.length, cells["88"].period.prior) == ("quarter", False)
    assert cells["10%"].period.length == "quarter"


def test_headings_more_than_a_rows_cells_place_its_amounts_under_the_periods():
    # Coty 4Q FY26: "2026 | 2025 | Change YoY | LFL(a) Change YoY | Margin (b)" twice over rows of four amounts and three
    # or four percentages: nothing says which heading a row's percentages leave out, so no column was named and no
    # amount had a period. The amounts stand under the years in order; the percentages stay without a column.
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "Coty Reports Fourth Quarter Fiscal 2026 Results\n\n"
        "| | Three Months Ended June 30, | | Year ended June 30, |\n"
        "(in millions) | | 2026 | | 2025 | | Change YoY | | LFL(a) Change YoY | | Margin (b) | | 2026 | | 2025 | | "
        "Change YoY | | LFL(a) Change YoY | | Margin (b) |\n"
        "Net Revenue: | | | | | | | | | | | | | | | | | | | | |\n"
        "Prestige | | $ | 771.8 | | | $ | 760.6 | | | 1 | % | | (0.5 | %) | | | | $ | 3,805.8 | | | $ | 3,820.2 | | | 0 | % "
        "| | (4 | %) | | |\n"
        "Consumer Beauty | | 497.4 | | | 491.8 | | | 1 | % | | (3 | %) | | | | 2,000.8 | | | 2,072.7 | | | (3 | %) | | "
        "(7 | %) | | |\n"
        "Reported Operating Income (Loss): | | | | | | | | | | | | | | | | | | | | |\n"
        "Prestige | | $ | (4.7) | | | $ | 38.1 | | | | | | (0.6) | % | | $ | 444.5 | | | $ | 580.6 | | | (23 | %) | | | | "
        "11.7 | % |\n"
        "Corporate | | (8.1) | | | (6.6) | | | (23 | %) | | | | N/A | | (83.4) | | | (212.1) | | | 61 | % | | | | N/A |\n"
    )
    (table,) = document.tables
    assert len(table.columns) == 10 and table.columns[6].endswith("Year ended June 30, 2025")
    facts = FactIndex(document).facts
    periods = {f.figure.text.strip("$ |"): (f.period.length, f.period.prior) for f in facts if f.figure.table == 0}
    assert periods["771.8"] == ("quarter", False)
    assert periods["760.6"] == ("quarter", True)
    assert periods["3,820.2"] == ("year", True)
    assert periods["444.5"] == ("year", False)
    assert periods["(212.1)"] == ("year", True)
    margin = next(f for f in facts if f.figure.text.startswith("11.7"))
    assert margin.figure.column is None  # a margin or a change? no heading says


def test_a_row_of_ratios_not_meaningful_is_a_row_not_the_headings_of_the_rows_below():
    # Coty 4Q FY26, Corporate segment: "Reported operating loss margin | N/A | | N/A |" under the first row was read as
    # the headings of the rows below it, so their amounts had no period and "Reported operating loss margin" as a metric
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "Coty Reports Fourth Quarter Fiscal 2026 Results\n\n"
        "OPERATING (LOSS) INCOME - CORPORATE SEGMENT | | | | | |\n"
        "| Three Months Ended June 30, | | | Year Ended June 30, | | |\n"
        "(in millions) | 2026 | | 2025 | | Change % | 2026 | | 2025 | | Change % |\n"
        "Reported operating loss | $ | (8.1) | | | $ | (6.6) | | | (23) | % | $ | (83.4) | | | $ | (212.1) | | | 61 | % |\n"
        "Reported operating loss margin | N/A | | N/A | | | N/A | | N/A | | |\n"
        "Restructuring and other business realignment costs | 3.1 | | | 1.2 | | | >100% | 19.7 | | | $ | 91.8 | | | (79) | % |\n"
        "Stock-based compensation | 6.8 | | | 5.4 | | | 26 | % | 46.1 | | | $ | 50.0 | | | (8) | % |\n"
    )
    (table,) = document.tables
    cells = {f.figure.text.strip("$ |"): f for f in FactIndex(document).facts if f.figure.row == "Stock-based compensation"}
    assert (cells["6.8"].period.length, cells["6.8"].period.prior) == ("quarter", False)
    assert (cells["50.0"].period.length, cells["50.0"].period.prior) == ("year", True)
    assert "margin" not in (cells["6.8"].figure.column or "")
