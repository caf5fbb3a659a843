"""The facts stage: each reading class on a real release (values, metrics, periods), and the
tables' arithmetic self-checks."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from corpus import DATA, number_check

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.vocabulary import Period, names_rate

READING = DATA / "reading"


def _facts(name: str, row: str, *, text: str | None = None):
    document = load_document(READING / name) if text is None else document_from_text(text)
    return [fact for fact in FactIndex(document).facts if fact.figure.row == row]


def _cell(facts, value: str):
    return next(fact for fact in facts if fact.figure.text.strip("$ ") == value)


@pytest.mark.parametrize(
    "name, row, current, prior, length",
    [
        # newswire, one cell per line: "Three Months Ended" / "Nine Months Ended" / "September 30," x2 / years
        ("geovax_q3-2024_newswire.txt", "Revenue from government contract", "2,789", None, "quarter"),
        ("geovax_q3-2024_newswire.txt", "Net loss", "(5,815)", "(8,409)", "quarter"),
        # newswire code block: the period line stands above a line of dashes
        ("ge-healthcare_q4-2024_newswire.txt", "Total revenues", "5,319", "5,206", "quarter"),
        # converted text, one row per block, every cell on a line of its own closed by "|"
        ("plug-power_q2-2026_text.txt", "Net revenue", "178,299", "173,970", "quarter"),
        # EDGAR HTML: "Three Months Ended May 31," spans the 2022, % of revenues, 2021, % of revenues columns
        ("oracle_q4-fy2022_operations.html", "Total revenues", "11,840", "11,227", "quarter"),
        # ... and a per-share row fills only the amount columns: "Diluted | $1.16 | | $1.37"
        ("oracle_q4-fy2022_operations.html", "Diluted", "1.16", "1.37", "quarter"),
        # EDGAR HTML: labels indented by an empty cell, the scale in a section label inside the table
        ("wells-fargo_q4-2021.htm", "Total revenue", "20,856", "18,489", "quarter"),
        # converted text: "Income (loss) from operations" on its own line above "| 46,778 | | | 29,243 | ..."
        ("axon_q2-2026_text.txt", "Income (loss) from operations", "46,778", "(1,036)", "quarter"),
    ],
)
def test_each_layout_reads_its_key_rows_with_their_periods(name, row, current, prior, length):
    facts = _facts(name, row)
    now = _cell(facts, current)
    assert (now.period.length, now.period.prior) == (length, False)
    if prior is not None:
        before = _cell([f for f in facts if f.period.length == length], prior)
        assert before.period.prior is True and before.period.end < now.period.end


def test_a_caption_over_a_markdown_tables_label_column_is_no_column():
    # "| Unaudited For the periods ended December 31 (US$ millions ...) | Three Months Ended | ... | Years Ended |"
    facts = _facts("brookfield-corp_fy2024_newswire.txt", "Revenues")
    quarter = _cell(facts, "19,426")
    assert (quarter.period.length, quarter.period.prior, quarter.period.end[0]) == ("quarter", False, 2024)
    year = _cell(facts, "86,006")
    assert (year.period.length, year.period.prior) == ("year", False)
    assert quarter.value == Decimal(19_426_000_000)


def test_a_translation_in_parentheses_is_not_a_loss_and_keeps_its_currency():
    # Futu: "HK$7,200.2 million (US$918.2 million)"
    facts = FactIndex(load_document(READING / "futu_q2-2026_text.txt")).facts
    translation = next(f for f in facts if f.figure.text.startswith("US$918.2"))
    assert translation.value == Decimal(918_200_000) and translation.figure.currency == "USD"


def test_a_statement_of_operations_confirms_its_arithmetic():
    index = FactIndex(load_document(DATA / "datadog_q2-2026_text.txt"))
    table = next(i for i, t in enumerate(index.document.tables) if any(r.label == "Gross profit" for r in t.rows))
    check = index.table_checks[table]
    assert check.status == "confirmed" and check.passed >= 4 and not check.failures


def test_a_shifted_column_fails_its_check_and_says_where():
    text = (DATA / "datadog_q2-2026_text.txt").read_text(encoding="utf-8")
    # Gross profit's quarter and year-ago cells swapped, as a misread column would place them
    shifted = text.replace("| | 881,341\n|\n| | 660,782", "| | 660,782\n|\n| | 881,341", 1)
    assert shifted != text
    index = FactIndex(document_from_text(shifted))
    table = next(i for i, t in enumerate(index.document.tables) if any(r.label == "Gross profit" for r in t.rows))
    check = index.table_checks[table]
    assert check.status == "failed"
    assert any(failure.startswith("Gross profit = Revenue - Cost of revenue") for failure in check.failures)


def test_a_spanning_heading_labels_every_column_it_spans_and_no_other():
    document = load_document(READING / "oracle_q4-fy2022_operations.html")
    table = document.tables[0]
    assert table.columns[:4] == (
        "Three Months Ended May 31, 2022",
        "Three Months Ended May 31, % of Revenues",
        "Three Months Ended May 31, 2021",
        "Three Months Ended May 31, % of Revenues",
    )
    assert table.columns[4] == "% Increase (Decrease) in US $"
    diluted = next(row for row in table.rows if row.label == "Diluted")
    assert table.cell_columns(diluted) == [0, 2]


def test_a_heading_over_the_middle_columns_labels_those_alone():
    # "Quarterly Trends" / "4Q21 change from" over the four change columns only / "2021 change from
    # 2020" over the last column, its rowspan leaving that column unlabelled in the row below
    document = load_document(READING / "citizens-financial_q4-2021_highlights.html")
    columns = document.tables[0].columns
    assert columns[0] == "Quarterly Trends 4Q21" and "change" not in columns[2]
    assert columns[3] == "Quarterly Trends 4Q21 change from 3Q21 $/bps"
    assert columns[8].startswith("Full Year 2020") and "change" not in columns[8]
    facts = [f for f in FactIndex(document).facts if f.figure.row == "Net income"]
    now, year_ago = _cell(facts, "530"), _cell(facts, "456")
    assert not now.change and (now.period.length, now.period.prior) == ("quarter", False)
    assert not year_ago.change and year_ago.period.prior and year_ago.period.end[0] == 2020


def test_a_heading_over_two_columns_of_eight_labels_no_other():
    # "Percent Change" stands over "4Q21 vs 3Q21 | 4Q21 vs 4Q20" alone, not over the quarters
    document = load_document(READING / "us-bancorp_q4-2021_income_highlights.html")
    columns = document.tables[0].columns
    assert columns[:5] == ("4Q 2021", "3Q 2021", "4Q 2020", "Percent Change 4Q21 vs 3Q21", "Percent Change 4Q21 vs 4Q20")
    revenue = _cell([f for f in FactIndex(document).facts if f.figure.row == "Total net revenue"], "5,684")
    assert not revenue.change and (revenue.period.length, revenue.period.prior) == ("quarter", False)


def test_a_scale_stated_in_a_section_label_scales_the_rows_below_it():
    facts = _facts("wells-fargo_q4-2021.htm", "Total revenue")
    assert _cell(facts, "20,856").value == Decimal(20_856_000_000)


@pytest.mark.parametrize(
    "name, row, current, prior, ends",
    [
        # balance sheet header cells broken before their years: "| June 30," / "2026 | | December 31," / "2025 |"
        ("dutch-bros_q2-2026_text.txt", "Cash and cash equivalents", "268,624", "269,404", ((2026, 6, 30), (2025, 12, 31))),
        # one header cell per line, each date followed by its year: "Sep. 30," / "2024" / "Dec. 31," / "2023"
        ("geovax_q3-2024_newswire.txt", "Cash and cash equivalents", "8,593", "6,453", ((2024, 9, 30), (2023, 12, 31))),
        # month-year columns, oldest first: "Jun-25 | Dec-25 | Jun-26" ("Dec" is December, not "decrease")
        ("auna_q2-2026_text.txt", "Cash and cash equivalents", "478", "335", ((2026, 6, 0), (2025, 12, 0))),
    ],
)
def test_balance_sheet_columns_read_their_dates(name, row, current, prior, ends):
    facts = [fact for fact in _facts(name, row) if not fact.change]
    now, before = _cell(facts, current), _cell([f for f in facts if f.period.prior], prior)
    assert (now.period.prior, now.period.end) == (False, ends[0])
    assert before.period.end == ends[1]


def test_a_segment_table_s_consolidated_column_is_the_company():
    # "Healthcare Services Mexico | ... | Holding and eliminations | Consolidated Reportable Segments"
    facts = _facts("auna_q2-2026_text.txt", "Revenues")
    assert _cell(facts, "300").segment == "Healthcare Services Mexico"
    assert _cell(facts, "1,238").segment == ""


def test_a_december_column_is_no_change_column():
    facts = _facts("wells-fargo_q4-2021.htm", "Total revenue")
    assert not _cell(facts, "20,856").change


def test_a_sign_aside_inside_a_row_label_keeps_its_metric():
    # "Income (loss) from operations" is operating income, "Net (loss) income" net income
    facts = _facts("axon_q2-2026_text.txt", "Income (loss) from operations")
    assert _cell(facts, "46,778").metrics == {"operating_income"}


def test_a_fixed_width_table_with_signed_changes_and_a_singular_scale():
    # "Gross rental income   Dec 31, 23   Dec 31, 24   Change (%)" / "In million euros" / "Offices  534.0  566.7  +6.1%"
    facts = _facts("gecina_fy2024_newswire.txt", "Total gross rental income")
    now = _cell(facts, "694.5")
    assert now.metrics == {"revenue"} and now.value == Decimal("694_500_000")
    assert (now.period.prior, now.period.end) == (False, (2024, 12, 31))
    assert _cell(facts, "4.1%").change


def test_net_income_attributable_to_shareholders_is_no_return_of_capital():
    # "Net income attributable to shareholders of the parent was NT$9,312 million in 4Q24"
    facts = FactIndex(load_document(READING / "ase-technology_q4-2024_newswire.txt")).facts
    figure = next(f for f in facts if f.figure.text == "NT$9,312 million")
    assert figure.metrics == {"net_income"} and figure.period.prior is False


def test_a_multi_year_guidance_table_does_not_move_the_reporting_year():
    # production guidance columns "2025 | 2026 | 2027" beside "Q4 2024 | Q3 2024 | Q4 2023"
    index = FactIndex(load_document(READING / "first-quantum_q4-2024_newswire.txt"))
    assert index.current_year == 2024
    figure = next(f for f in index.facts if f.figure.text == "$99 million")
    assert figure.metrics == {"net_income"} and figure.period.prior is False


def test_a_table_flattened_into_one_line_is_read_row_by_row():
    # Golden Matrix: "   2024   2023   Revenues $ 151,115,532 $ 92,993,521Cost of goods sold ..." on one line,
    # under "Twelve Months EndedDecember 31,"
    revenue = _facts("golden-matrix_fy2024_newswire.txt", "Revenues")
    now, before = _cell(revenue, "151,115,532"), _cell(revenue, "92,993,521")
    assert (now.period.length, now.period.prior, before.period.prior) == ("year", False, True)
    eps = _cell(_facts("golden-matrix_fy2024_newswire.txt", "Diluted"), "(0.01)")
    assert eps.metrics == {"eps"} and eps.value == Decimal("-0.01") and eps.period.length == "year"


def test_a_flattened_header_naming_two_lengths_heads_its_groups_in_order_and_numbers_run_together_part_one_way_only():
    # Nephros: "Three Months Ended December 31, Twelve Months Ended December 31,  2024  2023  2024  2023" is one
    # cell over every column, its years in two even groups: the first heading is the first group's, the second the
    # second's (tests/test_table_layouts.py)
    index = FactIndex(load_document(READING / "nephros_q4-2024_newswire.txt"))
    flattened = [f for f in index.facts if f.figure.text.strip("$ ") in ("3,849", "3,198", "14,035")]
    assert sorted(f.period.length for f in flattened) == ["quarter", "quarter", "year"]
    # "Total net revenues 3,8703,25414,16214,238": the run parts by each amount's thousands, one way only, each amount
    # in its group's column; "Research and development 252208906873" parts in many ways, and no number is guessed
    revenues = sorted((f for f in index.facts if f.figure.row == "Total net revenues"), key=lambda f: f.figure.span.start)
    assert [(f.figure.text, f.period.length, f.period.prior) for f in revenues] == [
        ("3,870", "quarter", False), ("3,254", "quarter", True), ("14,162", "year", False), ("14,238", "year", True)
    ]  # fmt: skip
    assert not [f for f in index.facts if f.figure.text == "252"]
    # ... while the prose keeps its periods: "As of December 31, 2024, ... approximately $3.8 million"
    cash = next(f for f in index.facts if f.figure.text == "$3.8 million")
    assert cash.metrics == {"cash"} and cash.period.prior is False


def test_a_fixed_width_header_is_read_by_position():
    # "For the three months ended" over three columns, "Sep. 30 2024" stacked over its own column
    # ("Sep. 30 2024" / "Dec. 31   (Retrospectively   Dec. 31 ..." / "2024   Adjusted)   2023 ..."), "(In NT$ million ...)"
    document = load_document(READING / "ase-technology_q4-2024_newswire.txt")
    operations = next(t for t in document.tables if any(r.label == "Operating income" for r in t.rows))
    assert operations.columns[0] == "For the three months ended Dec. 31 2024"
    assert operations.columns[1] == "For the three months ended Sep. 30 2024 (Retrospectively Adjusted)"
    assert operations.columns[3] == "For the year ended Dec. 31 2024"
    facts = _facts("ase-technology_q4-2024_newswire.txt", "Operating income")
    now = _cell(facts, "11,211")
    assert now.value == Decimal(11_211_000_000) and (now.period.length, now.period.prior) == ("quarter", False)
    balance = next(t for t in document.tables if t.columns and t.columns[0] == "As of Dec. 31, 2024")
    assert balance.columns[1] == "As of Sep. 30, 2024 (Retrospectively Adjusted)"


def test_a_fixed_width_label_wrapped_over_three_lines_is_one_label():
    # "Net income (loss)" / " attributable to Green" / " Plains   $(54,935)  $ 7,233 ..."
    facts = _facts("green-plains_q4-2024_newswire.txt", "Net income (loss) attributable to Green Plains")
    now = _cell(facts, "(54,935)")
    assert now.value == Decimal(-54_935_000) and (now.period.length, now.period.prior) == ("quarter", False)


def test_column_groups_listed_oldest_first_are_told_apart_by_their_years():
    # "| | Three Months Ended | | | Six Months Ended | |" over "Jun 30, 2025 | Mar 31, 2026 | Jun 30, 2026 |
    # Jun 30, 2026 (US$) | Jun 30, 2025 | Jun 30, 2026 | Jun 30, 2026 (US$)", each date broken before its year
    document = load_document(READING / "kingsoft-cloud_q2-2026_text.txt")
    columns = document.tables[1].columns
    assert columns[0].startswith("Three Months Ended Jun 30, 2025") and columns[2].startswith("Three Months Ended Jun 30, 2026")
    assert columns[4].startswith("Six Months Ended Jun 30, 2025")


def test_a_currency_row_under_the_dates_is_no_segment():
    # "| | RMB | | | RMB | | | RMB | | | US$ | | | RMB | ...": "US$" heads its own column, not "US$ RMB",
    # and a column per currency translates the company's figure: no business segment
    document = load_document(READING / "kingsoft-cloud_q2-2026_text.txt")
    assert document.tables[1].columns[3] == "Three Months Ended Jun 30, 2026 US$"
    assert document.tables[1].columns[5] == "Six Months Ended Jun 30, 2026 RMB"
    revenue = _cell(_facts("kingsoft-cloud_q2-2026_text.txt", "Total revenues"), "3,071,966")
    assert revenue.segment == "" and (revenue.period.length, revenue.period.prior) == ("quarter", False)


def test_a_group_heading_spans_the_dashes_under_it():
    # "Three Months Ended" centred over "-----...-----" and six columns ("% of Sales | December 27, 2024 | ..."),
    # the table "(in 000's)"
    document = load_document(READING / "staar-surgical_q4-2024_newswire.txt")
    statement = next(t for t in document.tables if any(r.label == "Net sales" for r in t.rows))
    assert statement.columns[0] == "Three Months Ended % of Sales"
    # the group's last "%" is the percent of "Fav (Unfav)", printed over its amount only (session 49)
    assert statement.columns[5] == "Three Months Ended Fav (Unfav) %" and statement.columns[6] == "Year Ended % of Sales"
    sales = _cell(_facts("staar-surgical_q4-2024_newswire.txt", "Net sales"), "48,950")
    assert sales.value == Decimal(48_950_000) and (sales.period.length, sales.period.prior) == ("quarter", False)


def test_a_closing_parenthesis_in_a_cell_of_its_own_keeps_the_loss():
    # "| Diluted earnings (loss) per share | $0.12 | | $0.13 | | ($2.09 | ) |"
    facts = _facts("first-quantum_q4-2024_newswire.txt", "Diluted earnings (loss) per share")
    prior = _cell(facts, "($2.09")
    assert prior.value == Decimal("-2.09") and prior.period.prior is True


def test_a_statement_that_prints_the_dollar_sign_on_some_rows_holds_money_on_all():
    # "TOTAL REVENUE" / "1,327,181" without "$" under "Environmental Services" / "$" / "1,302,292":
    # the column is in dollars, and the total with it
    facts = _facts("royalty-management_q2-2025_newswire.txt", "TOTAL REVENUE")
    total = _cell(facts, "1,327,181")
    assert total.family == "currency" and total.metrics == {"revenue"} and total.value == Decimal(1_327_181)


@pytest.mark.parametrize(
    "name, row, value",
    [
        # "Diluted" under "Net income per common and common equivalent shares:" (a per-share label naming shares)
        ("axon_q2-2026_text.txt", "Diluted", "0.36"),
        # an earnings row under "Earnings per share": "Net income (loss) attributable to Green Plains - basic and diluted"
        ("green-plains_q4-2024_newswire.txt", "Net income (loss) attributable to Green Plains - basic and diluted", "(0.86)"),
        # "Net income per share attributable to Sterling common stockholders: | | |" heads its rows, not a new table
        ("sterling-infrastructure_q2-2026_text.txt", "Diluted", "5.00"),
    ],
)
def test_per_share_rows_under_their_headings_are_the_quarters_eps(name, row, value):
    now = _cell(_facts(name, row), value)
    assert now.family == "per_share" and "eps" in now.metrics
    assert (now.period.length, now.period.prior) == ("quarter", False)


def test_a_scale_caption_s_except_per_share_leaves_the_rows_in_money():
    # "Earnings ($ in millions except per share amounts)" heads "Wells Fargo net income": millions, not per share
    facts = _facts("wells-fargo_q4-2021.htm", "Wells Fargo net income")
    assert _cell(facts, "5,750").family == "currency" and _cell(facts, "5,750").value == Decimal(5_750_000_000)
    assert all(fact.family == "currency" for fact in facts if not fact.change)


def test_a_fixed_width_statement_reads_whole_through_nil_rows_and_wrapped_labels():
    # "Income (loss) from" / "discontinued operations, net" / "of taxes   --   --" is a row of nils, not a
    # new table's header; "Net income attributable to" / " GE HealthCare   720   403" is one label
    document = load_document(READING / "ge-healthcare_q4-2024_newswire.txt")
    statement = next(t for t in document.tables if any(r.label == "Total revenues" for r in t.rows))
    labels = [row.label for row in statement.rows]
    assert "Net income attributable to GE HealthCare" in labels and "Non-operating benefit (income) costs" in labels
    eps = _cell(_facts("ge-healthcare_q4-2024_newswire.txt", "Diluted"), "1.57")
    assert (eps.period.length, eps.period.prior) == ("quarter", False) and "eps" in eps.metrics


def test_a_fixed_width_row_of_fewer_cells_stands_in_the_columns_its_characters_overlap():
    # "Net income (loss) per share - diluted   (0.69)   0.16   (0.41)   0.43" under eight columns
    # (levels, "Fav (Unfav) Amount", "%" for each period): the levels, not the first four columns
    facts = _facts("staar-surgical_q4-2024_newswire.txt", "Net income (loss) per share - diluted")
    now, before = _cell(facts, "(0.69)"), _cell(facts, "0.16")
    assert (now.period.length, now.period.prior) == ("quarter", False) and now.period.end == (2024, 12, 27)
    assert (before.period.length, before.period.prior) == ("quarter", True)


def test_a_fixed_width_table_is_as_wide_as_its_totals_when_the_header_names_every_column():
    # "2024  2023  % change  2024  2023  % change": the detail rows leave "% change" empty, so rows of four
    # cells outnumber the totals' six; the margin's "260 bps" is the quarter's change, not a year's level
    facts = _facts("ge-healthcare_q4-2024_newswire.txt", "Adjusted EBIT margin*")
    change, year = _cell(facts, "260 bps"), _cell(facts, "16.3%")
    assert change.change and change.period.length == "quarter"
    assert (year.period.length, year.period.prior, year.change) == ("year", False, False)
    restructuring = _cell(_facts("ge-healthcare_q4-2024_newswire.txt", "Add: Restructuring costs(1)"), "120")
    assert (restructuring.period.length, restructuring.period.prior) == ("year", False)


def test_a_footnote_marker_after_a_wrapped_label_is_no_value():
    # "Ethanol" / "    production" / "   (1)(2)   $(10,431)   $ 59,009   *   ...": the marker stands left of the
    # first value column; the loss is the quarter's, not the marker
    facts = _facts("green-plains_q4-2024_newswire.txt", "Ethanol\n    production")
    loss = _cell(facts, "(10,431)")
    assert loss.value == Decimal(-10_431_000) and (loss.period.length, loss.period.prior) == ("quarter", False)
    assert not any(fact.figure.text.startswith("(1)") for fact in facts)


def test_a_row_of_more_cells_than_columns_leaves_their_periods_unknown():
    # Coty's summary: "Net revenues | $ 1,269.2 | 1 % | (1 %) | $ 5,806.6 | (2 %) | (5 %)" under "Three Months
    # Ended June 30, 2026 | Year Ended June 30, 2026": the amounts stand under the groups' dates in order (session
    # 50), the quarter's and the year's; each group's reported change where the fullest rows print it (session 54:
    # ``test_columns_s54``), and, since "LFL" reads as the organic basis (session 54), its like-for-like change too
    facts = _facts("coty_q4-fy2026_text.txt", "Net revenues")
    summary = {fact.figure.text: fact for fact in facts if fact.figure.table == 0}
    assert {"1,269.2", "5,806.6"} <= set(summary)
    assert summary["1,269.2"].period.length == "quarter" and summary["5,806.6"].period.length == "year"
    assert summary["1"].change and summary["(2"].change
    like_for_like = [summary["(1"], summary["(5"]]
    assert [(fact.period.length, fact.basis, fact.change) for fact in like_for_like] == [("quarter", "organic", True), ("year", "organic", True)]


def test_the_last_item_of_an_outlook_list_ends_at_its_line():
    # "In fiscal 2027, the company expects:" / ... / "• EPS of $30.00 to $31.00, or $34.25 to $35.25 on an
    # adjusted basis" / "Fiscal 2026 Fourth Quarter Segment Results": the heading below is no part of the item,
    # so the item's period is the lead-in's year, not the heading's quarter
    document = load_document(READING / "parker-hannifin_q4-fy2026_text.txt")
    adjusted = [f for f in FactIndex(document).facts if f.figure.text == "$34.25" and f.figure.table is None]
    assert adjusted and all(f.period.length == "year" and "eps" in f.metrics for f in adjusted[:1])
    item = next(s for s in FactIndex(document).sentences if s.of(document.text).startswith("• EPS of $30.00"))
    assert item.of(document.text).endswith("on an adjusted basis")


def test_a_percentage_point_cell_keeps_its_row_in_the_table_and_year_to_date_is_the_fourth_quarter_s_year():
    # Copa's highlights: "| Load Factor | 86.3% | 86.7% | -0.4 p.p | ... | 86.3% | 86.8% | -0.5 p.p |" under
    # "4Q24 | 4Q23 | Variance Vs 4Q23 | 3Q24 | ... | YTD24 | YTD23 | ...": one table, and YTD24 is 2024
    facts = _facts("copa-holdings_q4-2024_newswire.txt", "Load Factor")
    change = _cell(facts, "-0.4 p.p")
    assert change.change and change.family == "points" and change.figure.column == "Variance Vs 4Q23"
    assert change.segment == ""  # a variance column is no business segment
    profit = _cell(_facts("copa-holdings_q4-2024_newswire.txt", "Net Profit (Loss) (US$ millions)"), "608.5")
    assert (profit.period.length, profit.period.prior) == ("year", False)


def test_ex_before_a_name_ends_no_sentence():
    # "* ICL sales Ex. China of approximately $165 million to $175 million": one sentence, ICL sales' range
    document = load_document(READING / "staar-surgical_q4-2024_newswire.txt")
    low = next(f for f in FactIndex(document).facts if f.figure.text == "$165 million")
    assert "revenue" in low.metrics or "segment_revenue" in low.metrics
    assert low.figure.context.of(document.text).startswith("* ICL sales Ex. China")


def test_a_range_in_a_cell_is_two_figures_of_its_column():
    # First Quantum's guidance: "| Copper (tonnes) | 380 – 440 | 390 – 450 | 430 – 490 |" under 2025 | 2026 | 2027
    facts = _facts("first-quantum_q4-2024_newswire.txt", "Copper (tonnes)")
    low, high = _cell(facts, "380"), _cell(facts, "440")
    assert low.figure.column == high.figure.column == "2025" and low.figure.span.end < high.figure.span.start


def test_dates_stacked_on_lines_of_their_own_head_one_column_each():
    # "... (Unaudited)     Three Months Period Ended" / "December 31, 2024" / "December 31, 2023" over
    # "Net income (loss) | $(2,078,868) | $2,008,834 |": the fourth quarter of each year
    facts = _facts("golden-matrix_fy2024_newswire.txt", "Net income (loss)")
    now = next(f for f in facts if f.figure.text == "$(2,078,868)" and f.period.length == "quarter")
    before = next(f for f in facts if f.figure.text == "$2,008,834" and f.period.length == "quarter")
    assert (now.period.prior, now.period.end) == (False, (2024, 12, 31))
    assert (before.period.prior, before.period.end) == (True, (2023, 12, 31))


def test_an_as_of_column_in_a_currency_is_the_company_s():
    # "As of June 30, 2026 | HK$": no segment named "As HK"
    cash = _cell(_facts("futu_q2-2026_text.txt", "Cash and cash equivalents"), "18,380,950")
    assert cash.segment == "" and cash.value == Decimal(18_380_950_000) and cash.period.end == (2026, 6, 30)


def test_a_basis_row_under_a_per_share_heading_is_per_share():
    # "Net income per diluted common share:" / "GAAP | $ | 4.31" / "Non-GAAP | $ | 4.73": adjusted EPS, not millions
    eps = _cell(_facts("vertex_q2-2026_text.txt", "Non-GAAP"), "4.73")
    assert eps.family == "per_share" and eps.value == Decimal("4.73") and eps.metrics == {"eps"}


def test_a_year_column_of_a_release_on_the_year_is_the_year():
    # "Gecina: 2024 Earnings": "Gross rental income | Dec 31, 23 | Dec 31, 24"; no table states a shorter period
    facts = _facts("gecina_fy2024_newswire.txt", "Total gross rental income")
    now, before = _cell(facts, "694.5"), _cell(facts, "666.8")
    assert (now.period.length, now.period.prior) == ("year", False)
    assert (before.period.length, before.period.prior) == ("year", True)


def test_a_dated_column_of_a_quarterly_release_keeps_its_length_unknown():
    # Axon's quarter release: "Annual recurring revenue ($ millions)" under "30 JUN 2026" says no length
    arr = _cell(_facts("axon_q2-2026_text.txt", "Annual recurring revenue ($ millions) (1)"), "1,639")
    assert arr.period.length == "" and arr.period.end == (2026, 6, 30)


def test_a_statement_broken_by_rows_laid_out_otherwise_keeps_its_columns():
    # Weibo: "Investment related income (loss), net | |" with one cell per line below it splits the
    # statement; the rows after it ("Net income", "Diluted net income per share ...") have no header of their own
    facts = _facts("weibo_q2-2026_text.txt", "Diluted net income per share attributable to Weibo’s shareholders")
    now, before = _cell(facts, "0.26"), _cell(facts, "0.48")
    assert (now.period.length, now.period.prior, now.period.end) == ("quarter", False, (2026, 6, 30))
    assert before.period.prior is True and before.period.end == (2025, 6, 30)


def test_a_heading_that_starts_in_a_spacer_column_heads_the_values_it_spans():
    # Goldman Sachs: "YEAR ENDED" begins one grid column left of the first amount's "$" cell, and spans
    # both years; "% CHANGE FROM" heads the last column alone
    document = load_document(READING / "goldman-sachs_q4-2021_full_year.html")
    assert document.tables[0].columns == (
        "YEAR ENDED DECEMBER 31, 2021", "YEAR ENDED DECEMBER 31, 2020", "% CHANGE FROM DECEMBER 31, 2020"
    )
    facts = [f for f in FactIndex(document).facts if f.figure.row == "Net earnings"]
    assert (_cell(facts, "9,459").period.length, _cell(facts, "9,459").period.prior) == ("year", True)
    assert _cell(facts, "129").change


def test_column_groups_told_apart_by_their_repeating_first_label():
    # "| August 1, 2026 | | August 2, 2025 |" over "Revenue | % of Revenue 1 | Y/Y% | Revenue | % of Revenue 1":
    # the current year's group has three columns, the Y/Y% among them
    columns = load_document(READING / "analog-devices_q3-fy2026_text.txt").tables[9].columns
    assert columns[2] == "Three Months Ended August 1, 2026 Y/Y%"
    assert columns[3] == "Three Months Ended August 2, 2025 Revenue"
    growth = _cell(_facts("analog-devices_q3-fy2026_text.txt", "Industrial"), "53%")
    assert growth.change and growth.family == "percent"


def test_a_wrapped_parenthesis_after_a_dollar_sign_keeps_the_negative_revenue():
    # Arvinas: "| Revenue | $ | 59.2 |  | $ | (43.1 | ) |": a revenue reversal in the year-ago quarter
    revenue = _cell(_facts("arvinas_q4-2024_newswire.txt", "Revenue"), "(43.1")
    assert revenue.value == Decimal("-43_100_000") and revenue.period.prior is True



def test_a_header_cell_wrapped_word_by_word_and_a_whose_heading_read_as_the_statement_prints_them():
    # Futu: "June" / "30," / "2025" / "| | |" is one header cell; "Attributable to:" heads
    # "Ordinary shareholders of the Company" under "Net income"; "Net income per ADS" / "Diluted" is per ADS
    owners = _facts("futu_q2-2026_text.txt", "Ordinary shareholders of the Company")
    now, before = _cell(owners, "3,646,775"), _cell(owners, "2,574,209")
    assert now.metrics == {"net_income"} and now.value == Decimal(3_646_775_000)
    assert (now.period.length, now.period.prior, now.period.end) == ("quarter", False, (2026, 6, 30))
    assert (before.period.prior, before.period.end) == (True, (2025, 6, 30))
    per_ads = _cell(_facts("futu_q2-2026_text.txt", "Diluted"), "26.08")
    assert per_ads.family == "per_share" and per_ads.value == Decimal("26.08") and per_ads.metrics == {"eps"}


def test_a_caption_in_million_of_us_dollars_scales_a_fixed_width_statement():
    # Bioceres: "(Figures in million of U.S. dollars)" over "Operating profit   7.9   16.8"
    facts = _facts("bioceres_q2-fy2025_newswire.txt", "Operating profit")
    now, before = _cell(facts, "7.9"), _cell(facts, "16.8")
    assert now.value == Decimal(7_900_000) and before.value == Decimal(16_800_000)
    assert (now.period.length, now.period.prior, before.period.prior) == ("quarter", False, True)
    owners = _cell(_facts("bioceres_q2-fy2025_newswire.txt", "Equity holders of the parent"), "0.1")
    assert owners.metrics == {"net_income"} and owners.value == Decimal(100_000)


def test_a_money_table_with_no_caption_takes_the_scale_its_sentences_restate_it_in():
    # First Quantum's "CONSOLIDATED FINANCIAL HIGHLIGHTS" states no scale; its sentences restate the
    # cells 99, 405 and 455 as "$99 million", "$405 million", "$455 million": the table is in millions
    revenue = _cell(_facts("first-quantum_q4-2024_newswire.txt", "Sales revenues"), "1,256")
    assert revenue.value == Decimal(1_256_000_000) and revenue.figure.scale_source == "prose"
    assert (revenue.period.length, revenue.period.prior) == ("quarter", False)
    # the EBITDA reconciliation prints no "$" at all and one restated cell ("EBITDA1 of $455 million"):
    # the release's other tables settle its scale, and its money rows are money
    operating = _cell(_facts("first-quantum_q4-2024_newswire.txt", "Operating profit (loss)"), "344")
    assert operating.family == "currency" and operating.value == Decimal(344_000_000)


def test_a_single_restated_cell_does_not_scale_a_table():
    text = (
        "Acme reported net income of $99 million for the quarter.\n\n"
        "Selected figures\n\n"
        "| | Q4 2024 | Q4 2023 |\n| --- | --- | --- |\n"
        "| Revenue | $1,256 | $1,218 |\n| Net income | $99 | $87 |\n"
    )
    net_income = _cell(_facts("", "Net income", text=text), "99")
    assert net_income.value == Decimal(99) and net_income.figure.scale_source == "none"


def test_a_section_caption_rescales_the_rows_below_it_and_a_first_cell_percent_sign_the_row():
    # Wells Fargo's summary: "Selected Income Statement Data ($ in millions ...)" then, in the same
    # table, "Selected Balance Sheet Data ($ in billions)" / "Average deposits | 1,470.0 | 1,380.1" /
    # "CET11 | 11.4% | 11.6"
    deposits = _cell(_facts("wells-fargo_q4-2021.htm", "Average deposits"), "1,470.0")
    assert deposits.value == Decimal(1_470_000_000_000)
    assert _cell(_facts("wells-fargo_q4-2021.htm", "Total revenue"), "20,856").value == Decimal(20_856_000_000)
    cet1 = _cell(_facts("wells-fargo_q4-2021.htm", "CET11"), "11.6")
    assert cet1.family == "percent" and cet1.value == Decimal("11.6")


def test_a_column_of_money_holds_money_on_rows_that_name_no_metric():
    # Royalty Management: "$" on the first row's cells only; "Environmental Services" and "GROSS PROFIT"
    # below are amounts, as a scale caption would make them
    services = _cell(_facts("royalty-management_q2-2025_newswire.txt", "Environmental Services"), "228,100")
    gross = _cell(_facts("royalty-management_q2-2025_newswire.txt", "GROSS PROFIT"), "225,187")
    assert services.family == gross.family == "currency" and gross.value == Decimal(225_187)


def test_a_percentage_row_named_growth_holds_changes():
    # Parker-Hannifin: "Organic sales growth | 4.9% | ..." under the segment columns is the change of sales
    growth = _cell(_facts("parker-hannifin_q4-fy2026_text.txt", "Organic sales growth"), "4.9%")
    assert growth.change and growth.metrics == {"revenue"} and growth.period.length == "quarter"


def test_a_range_whose_second_end_is_a_percentage_is_two_percentages():
    # PATRIZIA: "guidance for EBITDA margin to 19.0 - 24.0% from 15.2 - 20.8%"
    document = load_document(DATA / "claim_reading" / "patrizia_9m-2025_newswire.txt")
    low = next(f for f in FactIndex(document).facts if f.figure.text == "19.0")
    assert low.family == "percent" and low.value == Decimal("19.0")


def test_a_table_of_the_year_before_alone_is_the_comparison():
    # Sears (Q2 2004): "Domestic segment detail for the 13 weeks ended June 28, 2003" prints the prior
    # year's quarter alone; its only column is its table's latest, and still the comparison
    document = load_document(DATA / "sears_q2-2004.txt")
    total = next(f for f in FactIndex(document).facts if f.figure.text == "$7,871")
    assert (total.period.length, total.period.prior, total.period.end) == ("quarter", True, (2003, 6, 28))


def test_an_indented_line_that_completes_a_metric_name_continues_the_label_above():
    # STAAR: "Global ICL" / " Sales   ..." is one label, not "Sales" under a section "Global ICL"
    document = load_document(READING / "staar-surgical_q4-2024_newswire.txt")
    labels = {row.label for table in document.tables for row in table.rows}
    assert {"Global ICL Sales", "Global ICL Sales Growth", "Americas ICL Sales Growth"} <= labels


def test_a_column_group_whose_heading_the_filing_cut_takes_the_captions_other_length():
    # ImmunoGen: "Three Months Ended December 31, | ... | ed December 31," under "For the three and six
    # months ended December 31, 2005 and 2004"
    document = load_document(DATA / "immunogen_q2-fy2006_8k.txt")
    total = next(f for f in FactIndex(document).facts if f.figure.text.strip("$ ") == "14,365")
    assert (total.period.length, total.period.prior, total.period.end) == ("half", False, (2005, 12, 31))


def test_a_table_its_sentences_restate_digit_for_digit_is_in_whole_units_told():
    # Royalty Management states no scale; "total revenues of $2,250,405" and "$416,323" (the half
    # year's) restate its cells as printed: the amounts are dollars, and the reading says it knows
    revenue = _cell(_facts("royalty-management_q2-2025_newswire.txt", "TOTAL REVENUE"), "254,223")
    assert revenue.value == Decimal(254_223) and revenue.figure.scale_source == "prose"


def test_a_group_heading_of_two_lines_spans_the_dashes_under_its_second_line():
    # Green Plains: "Three Months Ended     Twelve Months Ended" / "December 31,    December 31," / "----  ----",
    # each heading centred over its group: the "% Var." column at each group's edge is the group's
    columns = load_document(READING / "green-plains_q4-2024_newswire.txt").tables[0].columns
    assert columns[2].endswith("Three Months Ended December 31, % Var.")
    assert columns[5].endswith("Twelve Months Ended December 31, % Var.")


def test_a_call_transcript_lends_no_period_from_one_line_to_the_next():
    """A call transcript has one sentence per line and no blank lines: the quarter said on one
    line is not the period of a guidance figure said lines later (issue 11: periods in a call
    are local). In a release, a paragraph's sentences share the length it names."""
    lines = [
        "Revenue in the first quarter was $812.4 million, up 9%.",
        "We are raising our outlook.",
        "Non-GAAP earnings per share is expected to be in the range of $13.70 to $14.20.",
    ]
    for text, length in (("\n".join(lines) + "\n", ""), ("Results\n\n" + " ".join(lines) + "\n\nEnd.\n", "quarter")):
        facts = {f.figure.text: f for f in FactIndex(document_from_text(text)).facts}
        assert facts["$812.4 million"].period.length == "quarter"
        assert (facts["$13.70"].period.length, facts["$14.20"].period.length) == (length, length)


def test_a_column_named_by_a_metric_or_a_change_is_no_segment():
    # "Revenue | % of Revenue | Y/Y%" under each period: measures of the rows (Industrial, Automotive ...),
    # not business segments; the Y/Y% column holds the year-on-year changes
    facts = _facts("analog-devices_q3-fy2026_text.txt", "Industrial")
    change = _cell(facts, "53%")
    assert change.change and change.segment == "" and change.period.length == "quarter"
    assert all(fact.segment == "" for fact in facts)


def test_a_row_labelled_as_a_change_holds_changes():
    # "Net sales % increase (decrease)   2.8%   (15.2)%   4.0%   (1.3)%" under the segments' columns
    facts = _facts("watts-water_q4-2024_newswire.txt", "Net sales % increase (decrease)")
    europe = _cell(facts, "(15.2)%")
    assert europe.change and europe.value == Decimal("-15.2")


def test_a_pipe_header_naming_a_change_column_widens_the_table_to_the_rows_that_fill_it():
    # "| Q3'26 | | Q3'25 | | Inc/(Dec) |" over rows of two amounts and a revenue row with its change "43%"
    facts = _facts("keysight_q3-fy2026_text.txt", "Revenue")
    change = _cell([f for f in facts if f.figure.text == "43%"], "43%")
    assert change.change and change.period.length == "quarter"
    now = _cell(facts, "1,345")
    assert (now.period.prior, now.period.end) == (False, (2026, 7, 0))  # fiscal Q3 ended July 31, 2026


def test_a_comparison_aside_after_an_amount_is_the_prior_periods_figure_in_its_unit():
    # "Revenue decreased by 11% to EUR 723.7 million (808.8)", "EUR 0.31 (-0.20)", "EUR 0.74 per share (0.68)":
    # Nordic releases print the comparison period's figure in parentheses, with a minus sign when negative
    document = load_document(READING / "kemira_fy2024_newswire.txt")
    facts = {fact.figure.text: fact for fact in FactIndex(document).facts if fact.figure.table is None}
    revenue = facts["(808.8)"]
    assert revenue.value == Decimal("808.8E6") and revenue.family == "currency" and revenue.period.prior is True
    assert facts["(-0.20)"].value == Decimal("-0.20") and facts["(0.68)"].value == Decimal("0.68")
    assert facts["(0.68)"].family == "per_share" and facts["(0.68)"].period.prior is True


def test_the_aside_of_a_loss_is_a_loss():
    # "a net loss ... of $5,205,000 for the year ended July 31, 2025, (July 31, 2024: $9,264,000)"
    document = load_document(READING / "helix-biopharma_fy2025_newswire.txt")
    prior = [fact for fact in FactIndex(document).facts if fact.figure.text == "$9,264,000"]
    assert prior and all(fact.value == -9_264_000 and fact.period.prior for fact in prior)


def test_a_long_line_item_over_one_value_per_line_is_a_row_and_its_table_keeps_its_headings():
    # "Research and development (including $1,796 and $51 from related party ...)" / "$" / "4,944" / ...: the
    # statement is one table under "Nine months ended" / "Three months ended" / ... / "U.S. dollars in thousands"
    # (three caption lines), so the net loss attributable to equity holders is the quarter's, and a loss
    facts = _facts("silexion_q3-2024_newswire.txt", "Equity holders of the Company")
    quarter = _cell(facts, "11,851")
    assert quarter.value == Decimal(-11_851_000) and (quarter.period.length, quarter.period.prior) == ("quarter", False)
    eps = _cell(_facts("silexion_q3-2024_newswire.txt", "LOSS PER SHARE, BASIC AND DILUTED"), "2.03")
    assert eps.value == Decimal("-2.03") and eps.period.length == "quarter"
    assert _facts("silexion_q3-2024_newswire.txt", "Research and development (including $1,796 and $51 from related "
                  "party for the nine months period ended September 30, 2024 and 2023, respectively, and including "
                  "$1,762 and $17 from related party for the three months period ended September 30, 2024 and 2023, "
                  "respectively)")  # fmt: skip


def test_a_caption_wrapped_over_the_label_column_neither_hides_the_headings_nor_scales_the_dollars():
    # "For the three months ended" / "Unaudited  December 31  For the years ended December 31" / dashes /
    # "(In dollars, except" / "shares outstanding" / "presented in millions)  2024  2023  $ change ...":
    # the quarter and the year are told apart, and the per-share reconciliation stays in dollars
    facts = _facts("ge-healthcare_q4-2024_newswire.txt", "Diluted earnings per share -- continuing operations")
    quarter, year = _cell(facts, "1.57"), _cell(facts, "4.34")
    assert (quarter.period.length, quarter.period.prior, year.period.length, year.period.prior) == ("quarter", False, "year", False)
    assert _cell(facts, "0.69").change
    restructuring = _cell(_facts("ge-healthcare_q4-2024_newswire.txt", "Add: Restructuring costs(1)"), "0.26")
    assert restructuring.value == Decimal("0.26")


def test_year_to_date_columns_and_the_column_comparing_them():
    # "| YTD 26 (USD) | YTD 26 | YTD 25 | | Δ YTD 26 vs YTD 25 |" in a second-quarter release: six months each,
    # and the Δ column their change
    facts = _facts("auna_q2-2026_text.txt", "Net cash from operating activities")
    now, before = _cell(facts, "441"), _cell(facts, "251")
    assert (now.period.length, now.period.prior, before.period.length, before.period.prior) == ("half", False, "half", True)
    assert _cell(facts, "76%").change


def test_a_total_row_closes_its_section():
    # "REVENUES" / ... / "Total net revenues" / "Provision for credit losses": the provision is no revenue; and the
    # "% CHANGE FROM DECEMBER 31, 2020" column holds changes over both years, of no period of its own
    facts = _facts("goldman-sachs_q4-2021_full_year.html", "Provision for credit losses")
    assert _cell(facts, "357").metrics == {"credit_provision"} and _cell(facts, "357").period.length == "year"
    change = _cell(facts, "(88)")
    assert change.change and (change.period.prior, change.period.end) == (None, None)
    revenues = _facts("goldman-sachs_q4-2021_full_year.html", "Investment banking")
    assert "revenue" in _cell(revenues, "14,168").metrics


def test_a_reading_as_another_length_shares_the_facts_and_leaves_the_index_as_it_was():
    """Golden Matrix's opening names a quarter (its fourth, after the first-quarter outlook its headline names), its
    statements print only the year: the extractive engine reads it as a release on the year
    (``FactIndex.reporting``); the verifier's index still says the quarter, and no fact is read again."""
    index = FactIndex(load_document(READING / "golden-matrix_fy2024_newswire.txt"))
    assert (index.main_length, index.fiscal_quarter) == ("quarter", 4)
    year = index.reporting("year")
    assert (year.main_length, year.fiscal_quarter, year.current_year) == ("year", None, 2024)
    assert year.facts is index.facts
    assert (index.main_length, index.fiscal_quarter) == ("quarter", 4)


def test_the_length_a_column_names_nearest_its_cells_decides():
    # "Fourth Quarter and Full Year Earnings Summary" over "Fourth quarter ended December 31," and "Year ended
    # December 31,": the title names both lengths, each group heading its own
    facts = _facts("watts-water_q4-2024_newswire.txt", "Net sales")
    quarter, year = _cell(facts, "540.4"), _cell(facts, "2,252.2")
    assert (quarter.period.length, quarter.period.prior, year.period.length, year.period.prior) == ("quarter", False, "year", False)


def test_a_change_printed_with_its_direction_is_a_cell():
    # "Datacenter | $2,977 | | $1,467 | | up 103% | | $213 | | * |", "Consumer | $556 | | $820 | | down 32% | ...":
    # the rows are table rows, not headings, and "down 32%" is a fall
    facts = _facts("sandisk_q4-fy2026_text.txt", "Consumer")
    fall = _cell(facts, "32%")
    assert fall.change and fall.value == -32 and fall.period.length == "quarter"
    now = _cell(facts, "556")
    # Sandisk's fiscal fourth quarter ended July 3, 2026: its "Q4 2026" is dated by it
    assert now.value == 556_000_000 and (now.period.prior, now.period.end) == (False, (2026, 7, 0))


def test_an_unstated_column_a_quarter_after_the_quarter_beside_it_is_a_quarter():
    # "\t\tQuarter ended\t\tDec 31, 2021 % Change from\t\tYear ended" over "Dec 31, 2021 | Sep 30, 2021 |
    # Dec 31, 2020 | ...": the filing's grid leaves the first date column out of "Quarter ended"
    facts = _facts("wells-fargo_q4-2021.htm", "Noninterest income")
    now = _cell(facts, "11,594")
    assert (now.period.length, now.period.prior, now.period.end) == ("quarter", False, (2021, 12, 31))


def test_a_row_that_states_its_own_unit_is_not_in_the_captions_millions():
    # "Crude oil (bbls/d)  13,317" in a table captioned in millions of dollars: barrels a day, as the prose says
    # ("13,317 barrels per day"), not 13.3 billion
    crude = _cell(_facts("prairiesky_q4-2024_newswire.txt", "Crude oil (bbls/d)"), "13,317")
    assert crude.value == 13_317 and crude.period.length == "quarter"


def test_a_change_in_points_written_pp_is_a_cell():
    # "Operating Margin %   56.9 %   58.9 %   (2.0)pp   61.0 % ...": the row is the table's, not a header line
    # of the table below, and its change is in percentage points
    document = load_document(DATA / "extractive" / "cboe_q4-2024_newswire.txt")
    facts = [fact for fact in FactIndex(document).facts if fact.figure.row == "Operating Margin %"]
    margin, change = _cell(facts, "56.9 %"), _cell(facts, "(2.0)pp")
    assert (margin.period.length, margin.period.prior) == ("quarter", False)
    assert change.change and change.value == Decimal("-2.0") and change.family == "points"


def test_a_dash_and_its_percent_sign_in_cells_of_their_own_make_one_cell():
    # Citizens' capital table prints a nil change as "—" | "%" in two cells: joined, the rows keep their
    # columns instead of standing as header lines ("Stockholders' equity $23,420" was read as a heading)
    facts = _facts("citizens-financial_q4-2021_capital.html", "Stockholders' equity")
    now = _cell(facts, "23,420")
    assert now.value == 23_420_000_000 and (now.period.length, now.period.prior) == ("quarter", False)
    assert _cell(facts, "(3)").change and _cell(facts, "(3)").value == -3_000_000


@pytest.mark.parametrize(
    "name, row, value, family, expected",
    [
        # under "($s and shares in millions, except per share data)": ratios, margins and returns are rates
        ("citizens-financial_q4-2021_capital.html", "Total capital ratio(1)", "12.7", "percent", "12.7"),
        ("citizens-financial_q4-2021_highlights.html", "Net interest margin, FTE", "2.66", "percent", "2.66"),
        ("wells-fargo_q4-2021.htm", "ROTCE3", "15.3", "percent", "15.3"),
        # a ratio in a table that prints none of its ratios with "%" is a multiple, neither money nor percent
        ("ase-technology_q4-2024_newswire.txt", "Current ratio", "1.19", "count", "1.19"),
    ],
)
def test_a_rate_row_is_not_in_the_captions_millions(name, row, value, family, expected):
    rate = _cell(_facts(name, row), value)
    assert rate.family == family and rate.value == Decimal(expected)


def test_a_scale_caption_s_exception_names_no_metric_of_the_rows():
    # "Selected Income Statement Data ($ in millions except per share amounts)" heads "Noninterest expense":
    # the caption's "per share" says how per-share rows are printed, not that expenses are earnings per share
    expense = _cell(_facts("wells-fargo_q4-2021.htm", "Noninterest expense"), "13,198")
    assert "eps" not in expense.metrics and expense.value == 13_198_000_000


def test_an_underlined_heading_does_not_run_into_the_label_below_it():
    # "Reconciliation of / Income Tax Rate to / Non-GAAP / -----" over "Income before income / taxes  $ 279.7":
    # the dashes close the heading, so the row is "Income before income taxes", not a tax rate of 279.7
    document = load_document(DATA / "extractive" / "cboe_q4-2024_newswire.txt")
    facts = [fact for fact in FactIndex(document).facts if fact.figure.row == "Income before income taxes"]
    pretax = _cell(facts, "279.7")
    assert pretax.value == Decimal("279_700_000") and pretax.figure.unit.value == "currency"


def test_half_year_columns_written_1h25_are_halves_and_each_change_column_compares_the_group_on_its_left():
    # Bioceres: "2Q24 | 2Q25 | %CHANGE | 1H24 | 1H25 | %CHANGE": "1H25" is the first half of 2025, and the second
    # "%CHANGE" compares the halves, not the quarters
    facts = _facts("bioceres_q2-fy2025_newswire.txt", "Crop Protection")
    half = _cell(facts, "101.1")
    assert (half.period.length, half.period.prior) == ("half", False) and not half.change
    changes = [fact for fact in facts if fact.change]
    assert [fact.period.length for fact in changes] == ["quarter", "half"]


def test_change_columns_between_the_quarters_and_the_year_compare_quarters():
    # Wells Fargo: "Dec 31, 2021 | Sep 30, 2021 | Dec 31, 2020 | % Change from Sep 30 | from Dec 31, 2020 | Year ended
    # x2": both changes compare quarters; a year-over-year quarter change is not the year's
    facts = _facts("wells-fargo_q4-2021.htm", "Noninterest income")
    first = min(fact.figure.table for fact in facts)
    changes = {fact.figure.text: fact.period.length for fact in facts if fact.change and fact.figure.table == first}
    assert changes == {"17": "quarter", "27": "quarter"}


def test_previous_guidance_beside_updated_guidance_is_the_comparison_and_no_segment():
    # e.l.f.: "Previous Fiscal 2027 Outlook | Updated Fiscal 2027 Outlook": the same year, the first superseded;
    # neither heading names a business segment
    facts = _facts("elf-beauty_q1-fy2027_text.txt", "Net sales")
    previous, updated = _cell(facts, "1,835"), _cell(facts, "1,938")
    assert (previous.period.prior, updated.period.prior) == (True, False)
    assert previous.segment == updated.segment == ""


def test_a_caption_naming_the_quarter_dates_a_table_of_segment_columns():
    # GE HealthCare: "Fourth quarter 2024 segment financial performance (Unaudited)" over "Imaging | Advanced
    # Visualization Solutions | ...": the quarter is the caption's, and the segment is the column's own words
    margin = _cell(_facts("ge-healthcare_q4-2024_newswire.txt", "Segment EBIT Margin"), "12.6%")
    assert (margin.period.length, margin.period.prior, margin.period.end) == ("quarter", False, (2024, 12, 0))
    assert margin.segment == "Imaging"


def test_a_row_of_changes_below_a_level_is_that_levels_change():
    # GE HealthCare: "Segment EBIT | $302 | $374 ..." over "   YoY % change | 19% | 15% ...": the changes are
    # segment EBIT's, tied to its row, so a claim of a segment's EBIT and its change reads them together
    level = _cell(_facts("ge-healthcare_q4-2024_newswire.txt", "Segment EBIT"), "302")
    changes = _facts("ge-healthcare_q4-2024_newswire.txt", "YoY % change")
    change = next(fact for fact in changes if fact.figure.span.start > level.figure.span.start)
    assert change.change and change.value == 19 and change.metrics == level.metrics and change.level == level.figure.context
    claim = "Imaging segment EBIT rose {} to $302 million in the quarter."
    assert number_check("reading/ge-healthcare_q4-2024_newswire.txt", claim.format("19%"), "19%").status.value == "verified"
    assert number_check("reading/ge-healthcare_q4-2024_newswire.txt", claim.format("15%"), "15%").status.value != "verified"


def test_rows_a_scale_caption_excepts_by_name_are_not_in_its_millions():
    # Venture Global: "(in millions, except LNG data)" over "LNG volumes exported:" / "Cargos | 127 | 89": cargos,
    # not $127 million; the revenue row above stays in millions
    cargos = _cell(_facts("venture-global_q2-2026_text.txt", "Cargos"), "127")
    assert cargos.value == 127 and cargos.family == "count" and cargos.period.length == "quarter"
    assert _cell(_facts("venture-global_q2-2026_text.txt", "Revenue"), "4,578").value == 4_578_000_000


@pytest.mark.parametrize(
    "claim, number",
    [
        ("ADI's capital expenditures were $146 million in the third quarter.", "$146 million"),
        ("ADI repurchased $1,157 million of stock in the third quarter.", "$1,157 million"),
        ("ADI returned $1,692 million to shareholders in the third quarter.", "$1,692 million"),
    ],
)
def test_an_outflow_printed_in_parentheses_backs_the_amount_spent(claim, number):
    # "Capital expenditures | $ | (146)", "Stock repurchases | (1,157)": prose states the amounts paid out
    assert number_check("reading/analog-devices_q3-fy2026_text.txt", claim, number).status.value == "verified"


def test_an_outflow_of_another_period_still_does_not_back_the_quarter():
    claim = "ADI's capital expenditures were $608 million in the third quarter."  # the trailing twelve months'
    assert number_check("reading/analog-devices_q3-fy2026_text.txt", claim, "$608 million").status.value != "verified"


def test_a_section_label_under_tab_separated_headings_heads_the_rows_not_a_column():
    # Goldman Sachs: "\tYEAR ENDED\t\t% CHANGE FROM" / "\tDECEMBER 31, 2021\t..." over "INVESTMENT BANKING": the
    # segment's name is the section of "Net revenues | 14,876 | 9,423 | 58", not part of the change column's heading
    document = load_document(READING / "goldman-sachs_q4-2021_segments.html")
    table = document.tables[0]
    assert table.columns[2] == "% CHANGE FROM DECEMBER 31, 2020"
    assert table.rows[0].section == "INVESTMENT BANKING"


def test_an_expense_printed_in_parentheses_backs_the_amount_spent():
    # ASE: "Research and development | (7,676)" (NT$ millions) backs a claim's plain amount of R&D for its quarter,
    # not for another; the cell itself keeps its sign for the statement's arithmetic
    claim = "ASE's research and development expenses were NT$7,676 million in the fourth quarter of {}."
    assert number_check("reading/ase-technology_q4-2024_newswire.txt", claim.format(2024), "NT$7,676 million").status.value == "verified"
    assert number_check("reading/ase-technology_q4-2024_newswire.txt", claim.format(2023), "NT$7,676 million").status.value != "verified"
    assert _cell(_facts("ase-technology_q4-2024_newswire.txt", "Research and development"), "(7,676)").value < 0


def test_an_ampersand_names_the_metric_and_does():
    # Helix's prose: "Research & development expenses ... $3,558,000" is research and development, as "SG&A" is
    # selling, general and administrative
    facts = FactIndex(load_document(READING / "helix-biopharma_fy2025_newswire.txt")).facts
    assert "research_and_development" in next(fact for fact in facts if fact.figure.text == "$3,558,000").metrics


def test_a_label_column_heading_wrapped_over_lines_of_its_own_stays_in_the_header():
    # Danaos: "Three Months Ended / December 31, 2024" over a rule, then "Financial &" / "Operating   Container
    # Drybulk" / "Metrics   Vessels   Vessels   Other   Total": the segment columns keep the quarter above them
    revenue = _cell(_facts("danaos_q4-2024_newswire.txt", "Operating Revenues"), "237,510")
    assert (revenue.period.length, revenue.period.prior, revenue.period.end) == ("quarter", False, (2024, 12, 31))
    assert revenue.segment == "Container Vessels"


def test_a_wrapped_row_label_under_indented_headings_is_no_heading():
    # ASE: "   Dec. 31   Sep. 30 ..." / "     2024      2024" over "Net revenues" / "Total net" / " revenues  74,895":
    # the label lines at the line's start are the rows', not pieces of the indented headings
    revenue = _cell(_facts("ase-technology_q4-2024_newswire.txt", "Total net revenues"), "74,895")
    assert (revenue.period.length, revenue.period.prior) == ("quarter", False)


def test_a_price_per_unit_stays_money_outside_the_captions_millions():
    # Albemarle: "Avg. Realized Price ($/kg LCE) (a) | 19.53" in a table "In millions": $19.53 a kilogram
    price = _cell(_facts("albemarle_q2-2026_text.txt", "Avg. Realized Price ($/kg LCE) (a)"), "19.53")
    assert price.value == Decimal("19.53") and price.family == "currency"


def test_an_average_price_stays_one_things_price_outside_the_captions_millions():
    # Anywhere Real Estate: "Average homesale price | $ 757,275 | $ 692,791 | 9 %" under "(in millions, except per share
    # data)": what one home sold for
    price = _cell(_facts("../claim_reading/anywhere-real-estate_q4-2024_newswire.txt", "Average homesale price"), "757,275")
    assert price.value == Decimal(757275) and price.family == "currency"


def test_a_label_naming_earnings_for_a_return_is_no_rate():
    # Ryder: "Adjusted net earnings for ROE (numerator)" is money, not a return on equity
    assert not names_rate("Adjusted net earnings for ROE (numerator)")
    assert names_rate("ROTCE3") and names_rate("Net interest margin, FTE")


def test_the_cash_a_period_opened_with_is_an_earlier_balance():
    # ASE's cash flow statement: "Cash and cash equivalents at the beginning of period | 71,711" under the quarter
    # ended Dec. 31, 2024 is the balance of Sep. 30, not of Dec. 31
    opening = _cell(_facts("ase-technology_q4-2024_newswire.txt", "Cash and cash equivalents at the beginning of period"), "71,711")
    assert opening.period.prior is True and opening.period.end == (2024, 9, 30)  # the day before the quarter began
    claim = "Cash and cash equivalents were NT$71.7 billion as of December 31, 2024."
    assert number_check("reading/ase-technology_q4-2024_newswire.txt", claim, "NT$71.7 billion").status.value != "verified"


def test_a_percentage_aside_is_the_comparison_periods():
    # Kemira: "The operative EBITDA margin decreased to 18.7% (20.1%)": the aside is the prior year's margin
    facts = FactIndex(load_document(READING / "kemira_fy2024_newswire.txt")).facts
    margin = [fact for fact in facts if fact.figure.text in ("18.7%", "20.1%") and not fact.in_table][:2]
    assert [(fact.figure.text, fact.period.prior) for fact in margin] == [("18.7%", False), ("20.1%", True)]


# ---------------------------------------------------------------- session 16: headings narrower than the table


def test_a_change_heading_heads_one_column_and_the_dates_the_others():
    # Disney's segment tables: "Quarter Ended | Change" and "June 27, 2026 | June 28, 2025" over three columns: the
    # year-ago quarter is the second column, not a change
    facts = _facts("disney_q3-fy2026_text.txt", "Subscription and affiliate fees")
    prior, change = _cell(facts, "6,765"), _cell(facts, "12 %")
    assert (prior.period.length, prior.period.prior, prior.change) == ("quarter", True, False)
    assert change.change and change.period.length == "quarter"


def test_group_headings_span_the_columns_up_to_their_total():
    # Parker-Hannifin: "Diversified Industrial Segment | Aerospace Systems Segment" over "North America | Int'l |
    # Total | Total" and a fifth, unlabelled column (the company): International is Diversified Industrial's
    facts = [fact for fact in _facts("parker-hannifin_q4-fy2026_text.txt", "Net sales") if fact.period.length == "quarter"]
    international, company = _cell(facts, "1,634"), _cell(facts, "5,755")
    assert international.segment == "Diversified Industrial Segment Int l" and company.segment == ""
    assert (_cell(facts, "2,075").period.prior, _cell(facts, "2,075").segment) == (True, "Diversified Industrial Segment North America")


def test_alike_tables_under_titles_of_their_own_are_segments():
    # Parker-Hannifin prints one table per segment, "$ in mm", each under its title ("North America Businesses")
    sales = _cell(_facts("parker-hannifin_q4-fy2026_text.txt", "Sales"), "2,221")
    assert (sales.segment, sales.value, sales.period.prior) == ("North America Businesses", Decimal("2.221E9"), False)


def test_a_low_high_pair_is_one_year_s_range():
    # Sterling: "Full Year 2026 Guidance | Full Year 2025" over "Low | High | Actual": the high end is 2026's, and
    # neither end is a business segment
    facts = _facts("sterling-infrastructure_q2-2026_text.txt", "Net income attributable to Sterling common stockholders")
    high = _cell(facts, "555")
    assert (high.period.length, high.period.prior, high.segment) == ("year", False, "")


def test_a_units_cell_of_its_own_gives_the_number_its_unit():
    # Axon "320 | bps", Coty "(62 | %)": basis points, and a negative percentage
    bps = [fact for fact in FactIndex(load_document(READING / "axon_q2-2026_text.txt")).facts if fact.figure.text == "320"]
    assert bps and bps[0].family == "points" and bps[0].value == Decimal("3.2")
    facts = _facts("coty_q4-fy2026_text.txt", "Net loss attributable to common shareholders - reported**")
    assert _cell(facts, "(62").value == Decimal("-62") and _cell(facts, "(62").family == "percent"


def test_a_header_row_left_open_continues_on_the_next_line():
    # Eli Lilly: "$ in millions, except" / "per share data | Second-Quarter" / "| | | |": the caption's
    # scale reaches the revenue cells, and net income is no per-share amount
    revenue = _cell(_facts("eli-lilly_q2-2026_text.txt", "Revenue"), "22,974")
    assert (revenue.value, revenue.family) == (Decimal("2.2974E10"), "currency")


def test_a_short_row_s_amounts_stay_out_of_the_percentage_columns():
    # McDonald's: "(Gains)/Charges, net of tax | 40 | 34 | 0.06 | 0.05" under "2026 | 2025 | Inc/ (Dec) | Inc/ (Dec)
    # Excluding Currency Translation" for net income and again for EPS: the amounts are this year's and last year's
    facts = FactIndex(load_document(DATA / "mcdonalds_q2-2026_text.txt")).facts
    charges = [fact for fact in facts if fact.figure.row == "(Gains)/Charges, net of tax" and fact.period.length == "quarter"]
    assert [(fact.figure.text, fact.change, fact.period.prior) for fact in charges] == [
        ("40", False, False), ("34", False, True), ("0.06", False, False), ("0.05", False, True)
    ]


def test_a_per_share_row_is_the_amount_above_it_per_share():
    # PrairieSky: "Funds from operations" / "Per share - basic and diluted", "Net earnings" / the same label,
    # "Dividends declared" / "Per share": funds from operations, earnings and dividends per share
    facts = [f for f in FactIndex(load_document(READING / "prairiesky_q4-2024_newswire.txt")).facts if f.in_table]
    per_share = {f.figure.text: f.metrics for f in facts if f.figure.row.startswith("Per share") and f.period.length == "year" and f.period.prior is False}
    assert per_share["1.59"] == {"distributable_earnings"} and per_share["0.90"] == {"eps"} and per_share["1.00"] == {"dividend"}


def test_a_sales_heading_over_the_row_labels_is_every_row_s_metric():
    # Sandisk: "Revenue ($ in millions) | Q4 2026 | Q3 2026 | Q/Q | ..." over "Datacenter | Edge | Consumer"
    datacenter = _cell(_facts("sandisk_q4-fy2026_text.txt", "Datacenter"), "2,977")
    assert datacenter.metrics == {"revenue"} and datacenter.period.prior is False


def test_a_per_share_amount_after_another_amount_is_that_amount_per_share():
    # PrairieSky: "annual funds from operations of $380.5 million ($1.59 per share)" is no EPS, in the release's
    # sentence and in a claim alike
    facts = FactIndex(load_document(READING / "prairiesky_q4-2024_newswire.txt")).facts
    prose = next(f for f in facts if not f.in_table and f.figure.text == "$1.59")
    assert prose.metrics == {"distributable_earnings"}
    claim = "Funds from operations for 2024 were $380.5 million, or $1.59 per share."
    assert number_check("reading/prairiesky_q4-2024_newswire.txt", claim, "$1.59").status.value == "verified"
    swapped = "Annual net earnings declined to C$215.3 million, or $1.59 per share, from C$227.6 million."
    assert number_check("reading/prairiesky_q4-2024_newswire.txt", swapped, "$1.59").status.value != "verified"


# ---------------------------------------------------------------- session 17


def test_a_row_that_counts_things_is_no_money_of_the_tables_caption():
    # Dutch Bros "(dollars in thousands)": "Total shop count | 1,225" and "Company-operated | 888" under "Shop count, end
    # of period" are shops, while "Systemwide AUV | $ | 2,193" under the same section stays thousands of dollars
    total = _cell(_facts("dutch-bros_q2-2026_text.txt", "Total shop count"), "1,225")
    company = _cell(_facts("dutch-bros_q2-2026_text.txt", "Company-operated"), "888")
    auv = _cell(_facts("dutch-bros_q2-2026_text.txt", "Systemwide AUV 1"), "2,193")
    assert (total.family, total.value, company.family, company.value) == ("count", Decimal(1225), "count", Decimal(888))
    assert (auv.family, auv.value) == ("currency", Decimal("2.193E6"))
    # Danaos "(Expressed in thousands of United States dollars)": "Average number of vessels | 72.9"
    vessels = _cell(_facts("danaos_q4-2024_newswire.txt", "Average number of vessels"), "72.9")
    assert (vessels.family, vessels.value) == ("count", Decimal("72.9"))


def test_rows_that_add_up_to_a_named_total_are_its_parts():
    # Keysight "REVENUE BY END MARKETS": "Electronic Industrial | 501 | 412 | 21%" and two other rows add up to "Total
    # Revenue | $ | 1,846 | | | $ | 1,352": each is revenue of its own segment, its change included
    facts = _facts("keysight_q3-fy2026_text.txt", "Electronic Industrial")
    level, change = _cell(facts, "501"), _cell(facts, "21%")
    assert (level.metrics, level.segment, level.period.prior) == ({"revenue"}, "Electronic Industrial", False)
    assert (change.metrics, change.segment, change.change) == ({"revenue"}, "Electronic Industrial", True)


def test_rows_that_add_up_to_a_total_are_its_parts_beside_a_row_of_its_own_metric():
    # Royalty Management's statement leaves out "Revenues:": "Environmental Services | 1,302,292", "Fee Income | 2,389"
    # and "Rental Income | 22,500" add up to "TOTAL REVENUE | 1,327,181"; Fee Income names a metric of its own, and the
    # two rows beside it are revenue all the same: line items of a statement, as under a "Revenues:" heading (no
    # segment of their label, their metric not named by it)
    services = _cell(_facts("royalty-management_q2-2025_newswire.txt", "Environmental Services"), "1,302,292")
    rental = _cell(_facts("royalty-management_q2-2025_newswire.txt", "Rental Income"), "22,500")
    fees = _cell(_facts("royalty-management_q2-2025_newswire.txt", "Fee Income"), "2,389")
    assert (services.metrics, services.segment, services.named, services.period.length) == ({"revenue"}, "", False, "quarter")
    assert (rental.metrics, rental.named) == ({"revenue"}, False)
    assert (fees.metrics, fees.segment) == ({"fee_income"}, "")
    # a claim of the company's revenue is no line item's, nor is a sibling's; a claim of no metric is backed only where
    # its words are said
    claim = "Environmental services brought in $0.23 million, about 98% of second-quarter revenue."
    assert number_check("reading/royalty-management_q2-2025_newswire.txt", claim, "$0.23 million").status.value not in ("verified", "derived")
    for claim in ("Q2 revenue was $1.30 million.", "Rental income was $1.30 million in Q2."):
        assert number_check("reading/royalty-management_q2-2025_newswire.txt", claim, "$1.30 million").status.value != "verified"
    claim = "Environmental Services supplied about 98% of RMCO's Q2 revenue ($1.30 million of $1.33 million)."
    assert number_check("reading/royalty-management_q2-2025_newswire.txt", claim, "$1.30 million").status.value == "verified"


def test_rows_that_add_up_to_a_row_of_one_measure_are_its_parts_though_it_says_no_total():
    # STAAR "ICL Sales by Geography": "Americas(1) | $ 20,114", "EMEA(2) | 36,715" and "APAC(3) | 212,883" add up to
    # "Global ICL Sales | $269,712", a row of its own metric that is no "Total ...": each is sales of its region
    americas = _cell(_facts("staar-surgical_q4-2024_newswire.txt", "Americas(1)"), "20,114")
    apac = _cell(_facts("staar-surgical_q4-2024_newswire.txt", "APAC(3)"), "212,883")
    assert (americas.metrics, americas.segment, americas.period.length) == ({"segment_revenue"}, "Americas", "year")
    assert (apac.metrics, apac.segment) == ({"segment_revenue"}, "APAC")
    # rows that do not add up to the row below them are left as read
    text = """| | Q4 2024 | Q4 2023 |
| Americas | 100 | 90 |
| Europe | 50 | 40 |
| Net sales | {0} | 130 |
"""
    added = FactIndex(document_from_text(text.format("150"))).facts
    apart = FactIndex(document_from_text(text.format("160"))).facts
    assert {(f.segment, tuple(f.metrics)) for f in added if f.figure.text.strip() == "100"} == {("Americas", ("revenue",))}
    assert {(f.segment, tuple(f.metrics)) for f in apart if f.figure.text.strip() == "100"} == {("", ())}


def test_the_adjustments_a_reconciliation_totals_are_no_parts_of_its_measure():
    # Vertex "Total non-GAAP adjustments to pre-tax income | 139.2": the rows above it add up to it, but an impairment
    # charge is no pre-tax income
    text = """Reconciliation of GAAP to Non-GAAP Financial Information (in millions)

| | Three Months Ended June 30, 2026 | Three Months Ended June 30, 2025 |
| Stock-based compensation expense | 170.2 | 167.3 |
| Intangible asset amortization expense | 5.8 | 5.8 |
| Increase in fair value of contingent consideration | 0.4 | 0.9 |
| {0} | 176.4 | 174.0 |
"""
    adjustments = FactIndex(document_from_text(text.format("Total non-GAAP adjustments to pre-tax income"))).facts
    costs = FactIndex(document_from_text(text.format("Total operating expenses"))).facts
    assert [(f.segment, f.metrics) for f in adjustments if f.figure.text.strip() == "5.8"] == [("", frozenset())] * 2
    assert {(f.segment, tuple(f.metrics)) for f in costs if f.figure.text.strip() == "5.8"} == {("", ("operating_expenses",))}


def test_a_schedule_by_year_is_no_breakdown_by_segment():
    # Oracle's amortization schedule: "Fiscal 2023 | $750" ... "Thereafter | 4" add up to "Total intangible assets,
    # net", and are years, not segments; the same rows under other names are the segments of their total
    schedule = """Intangible assets will be amortized as follows (in millions):

| | May 31, 2022 |
| {0} | $ | 750 |
| {1} | 508 |
| {2} | 4 |
| {3} | $ | 1,262 |
"""
    years = FactIndex(document_from_text(schedule.format("Fiscal 2023", "Fiscal 2024", "Thereafter", "Total intangible assets, net"))).facts
    regions = FactIndex(document_from_text(schedule.format("Americas", "Europe", "Asia", "Total revenues"))).facts
    assert [(f.segment, f.metrics) for f in years[:3]] == [("", frozenset())] * 3
    assert [(f.segment, f.metrics) for f in regions[:3]] == [(name, {"revenue"}) for name in ("Americas", "Europe", "Asia")]


def test_twelve_month_columns_named_by_their_months_are_the_year():
    # Assurant "Q4'24 | Q4'23 | Change | 12M'24 | 12M'23 | Change": the last three columns are the years and their change
    facts = _facts("assurant_q4-2024_newswire.txt", "Net earned premiums, fees and other income")
    year, before, change = _cell(facts, "8,967.3"), _cell(facts, "8,561.4"), _cell(facts, "5%")
    assert (year.period.length, year.period.prior, before.period.prior) == ("year", False, True)
    assert (change.period.length, change.change) == ("year", True)


def test_a_percent_of_sales_column_is_dated_like_the_amounts_beside_it():
    # STAAR "% of Sales | December 27, 2024 | % of Sales | December 29, 2023": 64.7% is this quarter's gross margin,
    # 79.6% the year-ago quarter's
    facts = _facts("staar-surgical_q4-2024_newswire.txt", "Gross profit")
    now, before = _cell(facts, "64.7 %"), _cell(facts, "79.6%")
    assert (now.period.length, now.period.prior, before.period.prior) == ("quarter", False, True)
    # the sign on the row's first cell is its column's: the amounts beside it are thousands of dollars
    amount = _cell(facts, "31,648")
    assert (amount.family, amount.value) == ("currency", Decimal("3.1648E7"))


def test_current_and_previous_guidance_columns_are_no_segments():
    # Vertex "Current FY 2026 | Previous FY 2026" over "$13.1 billion to $13.2 billion | $12.95 billion to $13.1
    # billion": the company's guidance for one year, the previous range its comparison
    facts = _facts("vertex_q2-2026_text.txt", "Total revenue")
    current, previous = _cell(facts, "13.2 billion"), _cell(facts, "12.95")
    assert (current.segment, current.period.prior, previous.segment, previous.period.prior) == ("", False, "", True)


def test_rows_under_a_measure_broken_down_are_that_measure_of_their_segment():
    # NVIDIA "Revenue by Market Platform" over "Compute | 51,334" ... "Total | $68,127": Compute's revenue, of its own
    # segment; the total is the company's
    facts = FactIndex(load_document(DATA / "nvidia_q4-fy2026.txt")).facts
    compute = next(f for f in facts if f.figure.row == "Compute" and f.figure.text == "51,334")
    total = next(f for f in facts if f.figure.row == "Total" and f.figure.text == "$68,127")
    assert (compute.metrics, compute.segment, compute.period.prior) == ({"revenue"}, "Compute", False)
    assert (total.metrics, total.segment) == ({"revenue"}, "")



def test_bare_year_columns_of_a_fourth_quarter_release_are_the_years():
    # Sandisk's Q4 release: "Revenue ($ in millions) | 2026 | 2025 | Y/Y" beside its quarter tables: the full years
    datacenter = _cell(_facts("sandisk_q4-fy2026_text.txt", "Datacenter"), "5,153")
    assert (datacenter.period.length, datacenter.period.prior, datacenter.metrics) == ("year", False, {"revenue"})


def test_rows_under_a_title_that_is_a_measure_of_sales_are_that_measure():
    # McDonald's "COMPARABLE SALES" over "International Operated Markets | | 1.5 | | | 4.0": that segment's comparable
    # sales this quarter; the year-ago column stays the comparison
    facts = FactIndex(load_document(DATA / "mcdonalds_q2-2026_text.txt")).facts
    markets = next(f for f in facts if f.figure.row == "International Operated Markets" and f.figure.text == "1.5")
    before = next(f for f in facts if f.figure.row == "International Operated Markets" and f.figure.text == "4.0")
    assert (markets.metrics, markets.segment, markets.period.prior) == ({"comparable_sales"}, "International Operated Markets", False)
    assert before.period.prior is True
    assert number_check("mcdonalds_q2-2026_text.txt", "U.S. comparable sales increased 2.5%.", "2.5%").status.value != "verified"


def test_amounts_after_a_currency_code_are_cells_of_their_table():
    # Cboe's fixed-width statistics print "EUR   42.3" and "Yen   0.233" under "4Q 2024 ... 4Q 2023": the rows
    # stay in the table, under its quarters (a row of them was read as the headings of the rows below it)
    facts = _facts("cboe_q4-2024_kps_excerpt.txt", "Market share %")
    now, before = _cell(facts, "24.6 %"), _cell(facts, "23.9 %")
    assert (now.period.prior, before.period.prior) == (False, True)
    assert "4Q 2024" in (now.figure.column or "") and "4Q 2023" in (before.figure.column or "")
    yen = _cell(_facts("cboe_q4-2024_kps_excerpt.txt", "Net capture (per matched notional value (bps), in Yen)"), "0.233")
    assert yen.period.prior is False and yen.value == Decimal("0.233")
    # Gecina "Recurrent net income (Group share) per share   EUR6.42   EUR6.01" under "12/31/2024   12/31/2023"
    eps = _facts("gecina_fy2024_newswire.txt", "Recurrent net income (Group share) per share")
    current, prior = _cell(eps, "EUR6.42"), _cell(eps, "EUR6.01")
    assert (current.value, current.period.prior, prior.period.prior) == (Decimal("6.42"), False, True)
    assert "eps" in current.metrics and current.period.length == "year"


def test_an_estimate_year_heads_that_years_column():
    # Albemarle's outlook "| Segment FY 2026E |" over "Specialties net sales | $1.4 - $1.6 billion": the year 2026,
    # the latest column (an "E" after the year left it unread)
    facts = _facts("albemarle_q2-2026_text.txt", "Specialties net sales")
    low = next(fact for fact in facts if fact.figure.text == "$1.4" and "2026E" in (fact.figure.column or ""))
    assert (low.period.length, low.period.prior, low.period.end) == ("year", False, (2026, 0, 0))


def test_a_heading_that_names_a_quarter_dates_the_columns_under_it():
    # Sandisk "Business Outlook for Fiscal First Quarter of 2027" over "| GAAP | Non-GAAP (1)": the quarter's
    # outlook, not a column of no period
    facts = _facts("sandisk_q4-fy2026_text.txt", "Revenue")
    low = next(fact for fact in facts if fact.figure.text == "$10,300" and fact.basis == "adjusted")
    # the fiscal first quarter of 2027 ends three months after the fourth of 2026 (July 2026)
    assert (low.period.length, low.period.prior, low.period.end) == ("quarter", False, (2026, 10, 0))
    claim = "Sandisk expects first quarter fiscal 2027 revenue of $10.30 billion to $10.80 billion."
    assert number_check("reading/sandisk_q4-fy2026_text.txt", claim, "$10.80 billion").status.value == "verified"
    claim = "Sandisk expects fiscal 2027 revenue of $10.30 billion to $10.80 billion."
    assert number_check("reading/sandisk_q4-fy2026_text.txt", claim, "$10.80 billion").status.value != "verified"


def test_headings_that_name_no_period_go_on_in_the_period_of_the_table_above():
    # Palantir "Q2 2026 Financial Summary" / "Second Quarter" over revenue, then "| Amount | | Margin |" over the
    # rows below: "Cash from Operations | $ | 1,216,167 | | | 63 | %" is the quarter's
    facts = _facts("palantir_q2-2026_text.txt", "Cash from Operations")
    amount, margin = _cell(facts, "1,216,167"), _cell(facts, "63")
    assert (amount.period.length, amount.period.prior, margin.period.length, margin.period.prior) == (
        "quarter", False, "quarter", False,
    )


def test_a_date_wrapped_after_its_month_stays_in_the_row_label_and_quarter_names_no_segment():
    # Watts "Net sales December" / " 31, 2024   $ 398.0   $ 108.6 ...": one label, not a row "31, 2024"; and under
    # "Fourth Quarter Ended December 31, 2024 | Americas | Europe ..." the segment is "Americas", not "Fourth Americas"
    document = load_document(READING / "watts-water_q4-2024_newswire.txt")
    labels = {row.label for table in document.tables for row in table.rows}
    assert "Net sales December 31, 2024" in labels and "31, 2024" not in labels
    facts = _facts("watts-water_q4-2024_newswire.txt", "Net sales from external customers")
    americas = next(f for f in facts if f.figure.text.strip("$ ") == "398.0" and "2024" in (f.figure.column or ""))
    assert (americas.segment, americas.period.prior) == ("Americas", False)


def test_a_metric_named_as_what_another_is_on_is_not_the_figure_s_metric():
    """First Quantum: "Interest expense on debt for the full year 2025 is expected to be approximately $600
    million to $625 million": the range is interest expense; the debt is what it is paid on."""
    from summarizer.verify.verifier import verify_claim

    index = FactIndex(load_document(DATA / "reading/first-quantum_q4-2024_newswire.txt"))
    assert verify_claim(index, "First Quantum expects interest expense of $600 million to $625 million in 2025.").supported
    assert not verify_claim(index, "First Quantum expects debt of $600 million to $625 million in 2025.").supported


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        ("reading/ge-healthcare_q4-2024_newswire.txt", "GE HealthCare expects adjusted EBIT margin to expand 40 to 50 basis points in 2025."),
    ],
)
def test_the_bare_first_end_of_a_range_in_basis_points_is_in_basis_points(name, claim):
    """ "an expansion of approximately 40 to 50 basis points": the 40 is basis points, as the 50 is."""
    from summarizer.verify.verifier import verify_claim

    index = FactIndex(load_document(DATA / name))
    assert verify_claim(index, claim).supported
    assert not verify_claim(index, claim.replace("40 to", "30 to")).supported


def test_a_table_of_a_period_after_the_release_s_is_its_outlook():
    # "| Segment FY 2026E |" / "Specialties net sales | $1.4 - $1.6 billion |" in a release on the second quarter of
    # 2026, under no heading that says outlook: the year is not over, its figures are the outlook
    facts = _facts("albemarle_q2-2026_text.txt", "Specialties net sales")
    low = _cell(facts, "1.4")
    assert low.forward and (low.period.length, low.period.end[0]) == ("year", 2026)
    claim = "Albemarle raised its full-year Specialties net sales outlook to $1.4 to $1.6 billion."
    assert number_check("reading/albemarle_q2-2026_text.txt", claim, "$1.4").status.value == "verified"
    # the quarter's own figures are results, not an outlook
    quarter = [f for f in _facts("albemarle_q2-2026_text.txt", "Net sales") if f.period.length == "quarter"]
    assert quarter and not any(fact.forward for fact in quarter)


def test_a_guidance_table_s_current_and_previous_years_are_forward_looking():
    # "| Current FY 2026 | | Previous FY 2026 |" / "Total revenue | $13.1 to $13.2 billion | | $12.95 to $13.1 billion |"
    facts = _facts("vertex_q2-2026_text.txt", "Total revenue")
    assert _cell(facts, "13.1").forward and _cell(facts, "12.95").forward
    claim = "Vertex raised its full year 2026 total revenue guidance to $13.1 billion to $13.2 billion."
    assert number_check("reading/vertex_q2-2026_text.txt", claim, "$13.2 billion").status.value == "verified"


def test_comparable_sales_of_a_market_are_its_change():
    # "COMPARABLE SALES" over "International Operated Markets | | 1.5 | | | 4.0 |": how much the market's sales grew
    document = load_document(DATA / "mcdonalds_q2-2026_text.txt")
    facts = [f for f in FactIndex(document).facts if f.figure.row == "International Operated Markets"]
    now, before = _cell(facts, "1.5"), _cell(facts, "4.0")
    assert now.metrics == {"comparable_sales"} and now.change and (now.period.length, now.period.prior) == ("quarter", False)
    assert before.change and before.period.prior is True
    index = FactIndex(document)
    from summarizer.verify.verifier import verify_claim

    assert verify_claim(index, "International Operated Markets comparable sales increased 1.5%.").supported
    assert not verify_claim(index, "International Operated Markets comparable sales increased 4.0%.").supported


def test_a_change_heading_after_vertical_period_headings_heads_the_last_columns():
    # one cell per line: "Three Months Ended September 30,2025" / "Three Months Ended June 30,2025" /
    # "Increase/(Decrease)" over four columns ("$ | 1.20 | 3"): two periods, then the change in dollars and in percent
    document = load_document(DATA / "peapack-gladstone_q3-2025_newswire.txt")
    facts = [f for f in FactIndex(document).facts if f.figure.row == "Net income" and f.figure.table == 2]
    now, sequential = facts[0], facts[1]
    assert (now.period.prior, now.period.end, now.change) == (False, (2025, 9, 30), False)
    assert (sequential.period.prior, sequential.period.end, sequential.change) == (True, (2025, 6, 30), False)
    assert all(fact.change for fact in facts[2:4])


def test_return_on_tangible_equity_is_its_own_rate_whatever_its_owners_are_called():
    from summarizer.text.vocabulary import metrics_in

    # Goldman Sachs, 4Q21: "Return on average tangible common shareholders' equity (ROTE)1 was 24.3% for 2021"
    said = "Return on average tangible common shareholders’ equity (ROTE)1 was 24.3% for 2021"
    assert {metric for _, metric in metrics_in(said)} == {"return_on_tangible_equity"}
    assert {metric for _, metric in metrics_in("2021 ROE of 23.0% and ROTE of 24.3%")} == {
        "return_on_equity", "return_on_tangible_equity"
    }


def test_a_growth_row_with_its_basis_after_it_holds_changes_of_the_outlook_year():
    # "Full Year 2025" over "Operating Revenue Growth (non-GAAP) | 2%" in a release on the fourth quarter of 2024
    facts = _facts("ryder_q4-2024_newswire.txt", "Operating Revenue Growth (non-GAAP)")
    growth = _cell(facts, "2%")
    assert growth.change and growth.forward and growth.metrics == {"revenue"} and growth.basis == "adjusted"
    claim = "Operating revenue (non-GAAP) expected to increase by approximately 2%"
    assert number_check("reading/ryder_q4-2024_newswire.txt", claim, "2%").status.value == "verified"


def test_a_paragraph_laid_out_in_a_table_beside_a_box_is_a_sentence_of_its_own():
    # Goldman Sachs 4Q21: "Net revenues were $12.64 billion for the fourth quarter of 2021, ..." in a cell beside a box
    # "4Q21 Net Revenues" / "$12.64 billion"; "(unaudited)<SUP>3,4</SUP>" marks notes, no figure
    document = load_document(READING / "goldman-sachs_q4-2021_layout.html")
    index = FactIndex(document)
    sentences = [span.of(document.text) for span in index.sentences]
    quarter = next(s for s in sentences if "$12.64 billion for the fourth quarter" in s)
    assert quarter.startswith("Net revenues were") and "$59.34" not in quarter
    assert "(unaudited)3,4" not in document.text and "Leverage Ratio (unaudited)" in document.text
    from summarizer.verify.verifier import verify_claim

    assert verify_claim(index, "Net revenues were $12.64 billion for the fourth quarter of 2021.").supported


def test_a_word_that_opens_with_a_month_s_letters_dates_no_column():
    # Anywhere Real Estate FY2024: "Operating EBITDA Margin | 2024 | 2023" is no March: the 2024 columns are current
    facts = _facts("../claim_reading/anywhere-real-estate_q4-2024_newswire.txt", "Group")
    revenue = [f for f in facts if f.figure.column == "Revenues (b) 2024"]
    assert revenue and all(f.period.prior is False and f.period.end == (2024, 0, 0) for f in revenue)
    margins = [f for f in facts if f.figure.column == "Operating EBITDA Margin 2023"]
    assert margins and all(f.period.prior is True for f in margins)


def test_a_date_run_into_its_year_still_dates_its_column():
    # Peapack-Gladstone: "For the Three Months Ended Dec 312024" in a five-quarter trend table
    document = load_document(DATA / "peapack-gladstone_q3-2025_newswire.txt")
    fact = next(f for f in FactIndex(document).facts if f.figure.text == "41,908" and "Dec 312024" in (f.figure.column or ""))
    # (nine months before the latest quarter, neither the year-ago nor the sequential one: history, of no side;
    # tests/test_column_headings_s44.py)
    assert (fact.period.length, fact.period.prior, fact.period.end) == ("quarter", None, (2024, 12, 31))


def test_a_metric_named_in_an_aside_is_not_the_figure_s():
    # Kingsoft Cloud: "capital expenditures (including capitalized assets through leasing arrangements) amounting to
    # RMB3.3 billion": capital expenditures, not assets; "(EBIT)" after a name is that name, no aside
    claim = "Q2 capex of RMB3.3 billion."
    assert number_check("reading/kingsoft-cloud_q2-2026_text.txt", claim, "RMB3.3 billion").status.value == "verified"
    facts = [f for f in FactIndex(load_document(READING / "kingsoft-cloud_q2-2026_text.txt")).facts if f.figure.text == "RMB3.3 billion"]
    assert facts and all(f.metrics == {"capex"} for f in facts)


def test_a_year_that_dates_a_programme_does_not_date_what_is_left_of_it():
    # Watts Water: "Approximately $145 million remains available under the stock repurchase program authorized in 2023"
    facts = [f for f in FactIndex(load_document(READING / "watts-water_q4-2024_newswire.txt")).facts if f.figure.text == "$145 million"]
    assert facts and all(f.period.prior is False for f in facts)
    claim = "Bought back about 85,000 shares for $17 million in 2024, with about $145 million still authorized."
    assert number_check("reading/watts-water_q4-2024_newswire.txt", claim, "$145 million").status.value == "verified"


def test_compares_with_introduces_the_comparison_and_a_cause_names_no_metric_of_the_change():
    from summarizer.text.context import read_sentence
    from summarizer.verify.claims import read_numbers

    def readings(sentence: str):
        numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
        return read_sentence(sentence, numbers, 0, len(sentence), 2021)

    # Citizens Financial 4Q21, sentences of the release
    ratio = readings("Total capital ratio of 12.7% compares with 13.4% at September 30, 2021.")
    assert [r.period.prior for r in ratio] == [False, True]
    income = readings("Net interest income of $1.1 billion decreased 2% given modestly lower net interest margin.")
    assert [r.metric for r in income] == ["interest", "interest"] and income[1].change


def test_abbreviated_change_headings_hold_changes():
    # Green Plains: "2024 | 2023 | % Var." over "Ethanol (gallons) | 209,540 | 215,717 | (2.9)%"
    facts = _facts("../claim_reading/green-plains_q4-2024_newswire.txt", "Ethanol (gallons)")
    variance = _cell(facts, "(2.9)%")
    assert variance.change and variance.value == Decimal("-2.9") and variance.period.length == "quarter"
    # Eli Lilly: "Three Months Ended June 30, | 2026 | 2025 | % Chg." over "Revenue | ... | 48%"
    revenue = [f for f in _facts("eli-lilly_q2-2026_text.txt", "Revenue") if "Chg" in (f.figure.column or "")]
    assert revenue and all(fact.change for fact in revenue)


def test_a_phrase_wrapped_over_two_lines_names_its_metric_and_length():
    # Green Plains, a fixed-width footnote: "(2) Other\n income includes a grant received from the USDA related to the\n
    # Biofuel Producer Program of $3.4 million for the twelve\n months ended December 31, 2023."
    document = load_document(DATA / "claim_reading" / "green-plains_q4-2024_newswire.txt")
    grants = [f for f in FactIndex(document).facts if f.figure.text == "$3.4 million" and f.figure.table is None]
    assert grants and all(
        f.metrics == {"other_income"} and (f.period.length, f.period.prior) == ("year", True) for f in grants
    )


def test_a_change_by_a_range_of_basis_points_is_a_range():
    """Coty: "Adjusted gross margin in 1Q27 is expected to decline by approximately 50 to 100 basis points": no
    level is in basis points, so "by 50 to 100" is not a change "by 50" to a level of 100; both ends fall."""
    from summarizer.verify.verifier import verify_claim

    index = FactIndex(load_document(DATA / "reading/coty_q4-fy2026_text.txt"))
    assert verify_claim(index, "Coty expects adjusted gross margin to decline 50 to 100 basis points in 1Q27.").supported
    assert not verify_claim(index, "Coty expects adjusted gross margin to decline 50 to 150 basis points in 1Q27.").supported


def test_a_sol_amount_in_a_cell_is_a_value_and_its_row_no_heading():
    # "Average monthly revenue per plan member | S/ 63.35 | S/ 62.79 | 4% | 4%" under "2Q'26 | YTD 26 | Δ ..."
    # was read as a row of headings, which then named every column of the key operating metrics below it
    facts = _facts("auna_q2-2026_text.txt", "Total number of days hospitalized")
    days = _cell(facts, "135,107")
    assert days.value == Decimal(135_107) and days.figure.column == "2Q'26" and days.period.length == "quarter"
    assert days.period.prior is False
    change = _cell(facts, "5%")
    assert change.change and change.figure.column == "Δ 2Q'26 vs 2Q'25"
    member = _cell(_facts("auna_q2-2026_text.txt", "Average monthly revenue per plan member"), "S/ 63.35")
    # an amount per member: not in the "(Figures in millions of Soles" caption's millions
    assert member.value == Decimal("63.35") and member.figure.currency == "PEN"


def test_a_quantity_row_is_counted_in_a_caption_s_thousands_and_is_no_money():
    # "SELECTED OPERATING DATA (unaudited, in thousands)": "Ethanol (gallons) | 209,540 | 215,717 | (2.9)%"
    facts = _facts("green-plains_q4-2024_newswire.txt", "Ethanol (gallons)")
    now = _cell(facts, "209,540")
    assert now.family == "count" and now.value == Decimal(209_540_000)
    assert (now.period.length, now.period.prior, now.period.end) == ("quarter", False, (2024, 12, 31))
    before = _cell(facts, "215,717")
    assert before.value == Decimal(215_717_000) and before.period.prior is True
    tons = _cell(_facts("green-plains_q4-2024_newswire.txt", "Distillers grains (equivalent dried tons)"), "469")
    assert tons.family == "count" and tons.value == Decimal(469_000)


def test_an_amount_per_customer_is_not_in_the_caption_s_millions():
    # "LTM net revenue per active customer (2) | $ | 596" in a table "(in millions ...)"
    facts = _facts("wayfair_q2-2026_text.txt", "LTM net revenue per active customer (2)")
    now = next(f for f in facts if f.figure.text.strip("$ ") == "596" and f.period.length == "quarter")
    assert now.value == Decimal(596) and now.period.prior is False


def test_an_equity_method_result_is_no_shareholders_equity():
    # "Equity loss on investments | (1,638) | (3,993)": the company's share of an investee's loss
    facts = _facts("danaos_q4-2024_newswire.txt", "Equity loss on investments")
    assert facts and all("equity" not in fact.metrics for fact in facts)
    year = next(f for f in facts if f.figure.text.strip("$ ()") == "3,993" and f.period.length == "year")
    assert year.period.prior is True and year.period.end == (2023, 12, 31)


def test_a_caption_dating_two_periods_dates_each_year_s_column_with_its_own_date():
    # "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" over "Domestic | 2004 | 2003*"
    document = load_document(DATA / "sears_q2-2004.txt")
    facts = [f for f in FactIndex(document).facts if f.figure.row == "Total revenues" and f.period.length == "quarter"]
    now = _cell(facts, "8,781")
    assert now.period.end == (2004, 7, 3) and now.period.prior is False
    assert all(f.period.end in ((2004, 7, 3), (2003, 6, 28)) for f in facts)


def test_a_filing_header_kept_by_a_capture_is_no_sentence_of_prose():
    # "EX-99.1\n2\nex-991_q22026.htm\nEX-99.1" at the top of a text capture of Vertex's exhibit
    document = load_document(READING / "vertex_q2-2026_text.txt")
    sentences = [span.of(document.text) for span in FactIndex(document).sentences]
    assert not any("ex-991_q22026.htm" in sentence for sentence in sentences)
    assert sentences[0] == "Document" and any(s.startswith("Vertex Reports Second Quarter 2026") for s in sentences[:3])


def _verify(document, claim: str, number: str):
    from summarizer.verify.verifier import verify_claim

    return next(n for n in verify_claim(FactIndex(document), claim).numbers if n.text == number)


def test_a_table_of_no_scale_read_backs_no_amount_said_at_a_scale():
    # Analog Devices' statements with their "(In thousands ...)" captions taken away, and no sentence that
    # restates the cash: "Cash and cash equivalents | 2,165,870" may be $2.17 million or $2.17 billion
    text = (READING / "analog-devices_q3-fy2026_text.txt").read_text(encoding="utf-8")
    unsaid = re.sub(r"\(In thousands[^)\n]*\)", "", text)
    cash = _cell([f for f in FactIndex(document_from_text(unsaid)).facts if f.figure.row == "Cash and cash equivalents"], "2,165,870")
    assert cash.scale_unknown and cash.value == 2_165_870
    for said in ("$2.17 billion", "$2.17 million"):  # the true amount and its scale swapped: neither a match
        check = _verify(document_from_text(unsaid), f"Cash and cash equivalents were {said} at August 1, 2026.", said)
        assert check.status.value == "context_mismatch" and "scale could not be read" in check.reason
    # the release as printed: the caption says thousands, and the cash backs $2.17 billion
    as_printed = _verify(document_from_text(text), "Cash and cash equivalents were $2.17 billion at August 1, 2026.", "$2.17 billion")
    assert as_printed.status.value == "verified"


def test_sentences_that_round_whole_dollar_cells_read_the_release_in_whole_units():
    # Golden Matrix prints its statements in dollars with no caption: "Revenues | $151,115,532" beside "revenue
    # of $151 million"; its balance sheet's "$30,125,944", restated by no sentence, is in dollars all the same
    document = load_document(READING / "golden-matrix_fy2024_newswire.txt")
    revenue = _cell(_facts("golden-matrix_fy2024_newswire.txt", "Revenues"), "151,115,532")
    assert (revenue.figure.scale_source, revenue.value, revenue.scale_unknown) == ("prose", 151_115_532, False)
    cash = _cell(_facts("golden-matrix_fy2024_newswire.txt", "Cash and cash equivalents"), "30,125,944")
    assert (cash.figure.scale_source, cash.value) == ("prose", 30_125_944)
    assert _verify(document, "Cash $30.1 mln at Dec 31 vs $20.4 mln a year earlier", "$30.1 mln").status.value == "verified"


def test_a_row_printed_one_cell_a_line_runs_into_an_unlabelled_total_apart():
    # GeoVax: "General and administrative" / 1,241 / 1,652 / 3,785 / 4,562, then the operating expenses' total
    # 8,643 / 8,600 / 19,890 / 19,049 with no label of its own, under four columns
    facts = FactIndex(load_document(READING / "geovax_q3-2024_newswire.txt")).facts
    general = [f for f in facts if f.figure.row == "General and administrative" and f.figure.table == 0]
    assert [f.figure.text for f in general] == ["1,241", "1,652", "3,785", "4,562"]
    assert _cell(general, "1,241").period == Period("quarter", False, (2024, 9, 30))
    assert _cell(general, "3,785").period == Period("nine_months", False, (2024, 9, 30))
    total = next(f for f in facts if f.figure.text == "8,643")
    # the section above it names what it totals
    assert (total.figure.row, total.figure.column, total.metrics) == ("", "Three Months Ended September 30, 2024", {"operating_expenses"})
    assert total.period == Period("quarter", False, (2024, 9, 30))


def test_one_heading_more_than_the_rows_fill_places_the_amounts_under_the_periods():
    # Coty's reconciliation: "2026 | 2025 | Change | 2026 | 2025 | Change" over rows of five cells, the quarter's
    # change left blank: the quarter's net loss (142.3) was once read under "2025" and the prior year's (69.3) as a
    # change; then no column was named. The row's four amounts stand under the four years, its percentage under none.
    facts = _facts("coty_q4-fy2026_text.txt", "Net (loss) income")
    loss, prior = (next(f for f in facts if f.figure.text.endswith(value)) for value in ("(142.3)", "(69.3)"))
    (change,) = (f for f in facts if f.family == "percent" and f.figure.table == loss.figure.table)
    assert (loss.period.length, loss.period.prior) == ("quarter", False) and not loss.change
    assert (prior.period.length, prior.period.prior) == ("quarter", True) and not prior.change
    assert change.figure.column is None


@pytest.mark.parametrize(
    "label, metric",
    [
        ("Selling, general, and administrative", "general_and_administrative"),  # a list's comma before "and"
        ("Stock based compensation", "stock_compensation"),  # a hyphen printed as a space
        ("Depreciation and amortization", "depreciation_and_amortization"),
        ("Provision for credit losses", "credit_provision"),
        ("Total noninterest expense", "noninterest_expense"),
        ("Property, plant, and equipment, net", "property_and_equipment"),
        ("Goodwill", "goodwill"),
    ],
)
def test_statement_lines_name_their_metrics_however_printed(label, metric):
    from summarizer.text.vocabulary import metrics_in

    assert [named for _, named in metrics_in(label)] == [metric]


def test_a_length_run_together_with_its_unit_is_read():
    # Royalty Management's cash flows, as a PDF's text gives them: "For the SixMonths Ended June 30,2025"
    facts = [f for f in FactIndex(load_document(READING / "royalty-management_q2-2025_newswire.txt")).facts
             if f.figure.column and "SixMonths" in f.figure.column and f.figure.row == "Net (Loss) Income"]  # fmt: skip
    assert [(f.value, f.period) for f in facts] == [
        (-108_283, Period("half", False, (2025, 6, 30))),
        (35_996, Period("half", True, (2024, 6, 30))),
    ]


def test_a_scale_caption_over_a_block_of_one_row_scales_its_amounts():
    # Figure Technology's outlook: "Q3 2026 Guidance | $ in billions |" / "Consumer Loan Marketplace Volume |
    # $4.8 - $5.2 |", a block no table reading takes: $4.8 billion to $5.2 billion, not $4.80 and $5.20
    facts = FactIndex(load_document(READING / "figure-technology_q2-2026_text.txt")).facts
    low, high = (next(f for f in facts if f.figure.text == said and f.figure.table is None) for said in ("$4.8", "$5.2"))
    assert (low.value, high.value, low.figure.scale_source) == (4_800_000_000, 5_200_000_000, "caption")
    # a sentence under a caption keeps its own reading: the amounts of running text around it are unscaled
    assert not any(f.figure.scale_source == "caption" for f in facts if f.figure.text not in ("$4.8", "$5.2"))


def test_the_figures_table_says_a_column_neither_current_nor_comparison_is_unknown_unless_a_change():
    from summarizer.render.figures_table import _period_text

    assert _period_text(Period("quarter", None), "Three Months Ended May 31, Adj.") == "quarter current or comparison unknown"
    assert _period_text(Period("quarter", None), "% Change") == "quarter change"
    assert _period_text(Period("", None), "Adj.") == "period unknown"
    assert _period_text(Period("quarter", True, (2025, 6, 30)), "Q2 2025") == "quarter comparison 2025-06-30"


def test_a_per_share_row_under_an_amount_is_that_amount_per_share_past_a_blank_row():
    # Brookfield Corp. FY2024: "Distributable earnings2,3 | 1,606 | 1,312 | 6,274 | 4,806" over a blank separator row,
    # then "– Per Brookfield share2,3 | 1.01 | 0.83 | 3.96 | 3.03" (three months and years ended December 31)
    brookfield = "reading/brookfield-corp_fy2024_newswire.txt"
    index = FactIndex(load_document(DATA / brookfield))
    cell = next(f for f in index.facts if f.in_table and f.figure.text == "3.96" and "Per Brookfield" in (f.figure.row or ""))
    assert cell.metrics == {"distributable_earnings"} and cell.period.length == "year" and cell.period.prior is False
    assert number_check(brookfield, "Distributable earnings were $3.96 per share for the year.", "$3.96").status.value == "verified"
    # the year before's figure is no figure of this year
    prior = number_check(brookfield, "Distributable earnings were $3.03 per share for the year.", "$3.03")
    assert prior.status.value not in ("verified", "derived")
