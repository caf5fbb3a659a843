"""Session 39's work done once per table row, column or value gives the reading it replaces: a table cell's
fact read with its row's and column's readings shared is the fact read alone, and the index by value
orders its items as a stable sort by their Decimal low ends."""

from __future__ import annotations

from decimal import Decimal

from corpus import DATA

from summarizer.facts import index as index_module
from summarizer.facts.index import _ByValue
from summarizer.facts.model import DerivedValue
from summarizer.facts.table_reading import TableLookup, table_fact
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.vocabulary import Period


def test_the_cells_of_a_release_read_with_their_rows_and_columns_read_once_are_the_cells_read_alone():
    """NVIDIA's release: every cell read with the readings of its row and column kept (``TableLookup``) is the
    fact each cell gives read with a lookup of its own, row labels, sections, headings and periods read anew."""
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    cells = [f for f in extract_figures(document).financial if f.table is not None]
    shared: dict[int, TableLookup] = {}
    assert len(cells) > 500
    for figure in cells:
        assert table_fact(document, figure, shared) == table_fact(document, figure, {}), figure


def test_a_table_of_numbered_rows_reads_each_rows_words_once(monkeypatch):
    """"Line item 12 | $84 | (36)": the label and section of a row of two cells are read once for both cells,
    and its cells are read as before: money in thousands, the second column the year before."""
    calls: list[str] = []
    real = TableLookup.row_words

    def counted(self, label, section, in_row, *asks):
        calls.append(label)
        return real(self, label, section, in_row, *asks)

    monkeypatch.setattr(TableLookup, "row_words", counted)
    header = "Acme Corp Reports Third Quarter Results\n\n(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    rows = "".join(f"Line item {i}\t${i * 7:,}\t({i * 3:,})\n" for i in range(1, 501))
    document = document_from_text(header + rows)
    lookups: dict[int, TableLookup] = {}
    facts = [table_fact(document, f, lookups) for f in extract_figures(document).financial if f.table is not None]
    assert len(facts) == 1000 and len(calls) == 500
    first, prior = facts[0], facts[1]
    assert (first.value, first.family, first.period.prior, first.period.end) == (Decimal(7000), "currency", False, (2025, 9, 0))
    assert (prior.value, prior.period.prior, prior.period.end) == (Decimal(-3000), True, (2024, 9, 0))


def _value(low: str, high: str) -> DerivedValue:
    return DerivedValue("difference", (), Decimal(low), Decimal(low), Decimal(high), "currency", frozenset(), Period())  # type: ignore[arg-type]


def test_items_of_one_float_are_ordered_by_their_decimals_and_exact_ones_are_not_read_again(monkeypatch):
    """Low ends that round to one float ("0.1" and "0.1000000000000000000001") are put in their Decimals' order;
    low ends that are that float exactly ("6.5E+3" and "6500") are equal, keep their order, and their intervals
    are not made again to sort them."""
    inexact = [_value("0.1000000000000000000001", "1"), _value("0.1", "1"), _value("0.1", "2")]
    ordered = _ByValue(list(inexact))
    assert [item.high for item in ordered.items] == [Decimal(1), Decimal(2), Decimal(1)]
    assert [str(item.low) for item in ordered.items] == ["0.1", "0.1", "0.1000000000000000000001"]
    made: list[object] = []
    real = index_module._ends

    def counted(item):
        made.append(item)
        return real(item)

    monkeypatch.setattr(index_module, "_ends", counted)
    exact = [_value("6.5E+3", "7.5E+3"), _value("6500", "6600"), _value("-1", "0"), _value("6.5E+3", "8E+3")]
    found = _ByValue(list(exact))
    assert found.items == [exact[2], exact[0], exact[1], exact[3]]
    assert len(made) == len(exact)
    assert found.meeting(Decimal(6550), Decimal(6560)) == [exact[0], exact[1], exact[3]]
