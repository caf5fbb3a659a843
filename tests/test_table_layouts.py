"""Table layouts of real releases read right: which columns a heading stands over, a caption's scales,
the kind of a row's amounts (issue 10)."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document

READING = DATA / "reading"


def _facts(name: str):
    return FactIndex(load_document(READING / name)).facts


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
