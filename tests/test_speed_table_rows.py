"""Work a table's rows skip for speed stays skipped, and the rows read as before: a row label is
asked whether it names money only where the answer can change a cell's reading."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA

from summarizer.figures import extract
from summarizer.ingest.load import document_from_text, load_document
from summarizer.types import Unit


def _counting_money_asks(monkeypatch) -> list[str]:
    asked: list[str] = []
    real = extract.may_be_money

    def counted(label: str) -> bool:
        asked.append(label)
        return real(label)

    monkeypatch.setattr(extract, "may_be_money", counted)
    return asked


def test_a_scaled_table_of_rows_never_asks_its_labels_whether_they_name_money(monkeypatch):
    """Under "(in thousands ...)" every amount is money in thousands whatever its label says:
    asking each of a long table's labels (a search of the metric words) was a tenth of its reading."""
    asked = _counting_money_asks(monkeypatch)
    header = "Acme Corp Reports Third Quarter Results\n\n(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    rows = "".join(f"Line item {i}\t${i * 7:,}\t({i * 3:,})\n" for i in range(1, 2001))
    figures = extract.extract_figures(document_from_text(header + rows + "Gross margin\t$40\t(30)\n"))
    cells = [f for f in figures.financial if f.table is not None]
    assert asked == []
    assert len(cells) == 2 * 2001
    first = next(f for f in cells if f.row == "Line item 1" and f.text == "$7")
    assert (first.value, first.unit, first.exponent, first.scale_source) == (Decimal(7000), Unit.CURRENCY, 3, "table")
    margin = next(f for f in cells if f.row == "Gross margin" and f.text == "$40")
    assert (margin.value, margin.unit) == (Decimal(40000), Unit.CURRENCY)


def test_only_the_rows_of_unscaled_tables_with_a_money_column_are_asked(monkeypatch):
    """NVIDIA's release: its statements say "(In millions ...)", so of its hundreds of rows only those of
    tables printed without a scale may be asked, once each, and its cells read as before."""
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    asked = _counting_money_asks(monkeypatch)
    figures = extract.extract_figures(document)
    unscaled_rows = sum(len(table.rows) for table in document.tables if not table.scale.exponent)
    assert len(asked) <= unscaled_rows < sum(len(table.rows) for table in document.tables) // 2
    revenue = next(f for f in figures.financial if f.table is not None and f.row == "Revenue" and f.text == "$68,127")
    assert (revenue.value, revenue.unit, revenue.exponent) == (Decimal(68_127_000_000), Unit.CURRENCY, 6)


def test_a_column_label_spread_over_a_long_row_is_searched_for_its_year_once(monkeypatch):
    """A pipe row of thousands of cells under one heading spread over them all: the heading's year
    is looked for once, not once for each column it heads (three times over), and the table reads as before."""
    from summarizer.ingest import tables

    searched: list[str] = []
    real = tables._YEAR_IN_LABEL

    class Counted:
        def findall(self, label: str) -> list[str]:
            searched.append(label)
            return real.findall(label)

    monkeypatch.setattr(tables, "_YEAR_IN_LABEL", Counted())
    text = "Acme Corp Reports Results\n\nRevenue was $6.6 million in the quarter.\n\n| Revenue " + "| 1,234 " * 3000 + "|\n"
    document = document_from_text(text)
    (table,) = document.tables
    assert len(table.columns) == 3000 and len(set(table.columns)) == 1
    assert len(searched) <= 3
    assert len(table.rows[0].cells) == 3000
