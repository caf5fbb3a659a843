"""The ``figures`` command's JSON written a figure at a time (issue 13, bounded memory): each figure made as it is
written (``extract.figures_in_order``), the same figures in the same order as ``extract_figures`` reads them, and the
cells of a table read for its self-checks only where its rows and headings say a check may hold in it
(``checks.tables_to_check``)."""

from __future__ import annotations

import contextlib
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer import cli
from summarizer.facts.checks import checkable_tables, tables_to_check
from summarizer.figures import extract
from summarizer.figures.extract import extract_figures, figures_in_order, table_figures
from summarizer.ingest.load import load_document

DATA = Path(__file__).parent / "data"
# a release with ranges and comparison asides in its running text ("$3.27-3.32", "(vs. $0.89)") and statements
RELEASES = ["nvidia_q4-fy2026.txt", "peapack-gladstone_q3-2025_newswire.txt", "apple_q1-fy2011.txt", "buckle_q3-fy2024.html"]


@pytest.mark.parametrize("name", RELEASES)
@pytest.mark.parametrize("run", [2, 3, 4096])
def test_figures_in_order_are_the_figures_extract_figures_reads(name, run, monkeypatch):
    """Every figure and other number of the release, equal and in the same order, whatever the length of the runs the
    joining passes take at a time (2 and 3: a range or an aside across the end of a run)."""
    monkeypatch.setattr(extract, "_JOINED_RUN", run)
    document = load_document(DATA / name)
    whole = extract_figures(document)
    in_order = figures_in_order(document)
    assert in_order is not None
    financial, other = in_order
    assert list(financial) == list(whole.financial)
    assert other == list(whole.other)
    assert len(whole.financial) > 150


def test_table_figures_are_the_cells_figures_of_the_tables_asked():
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    cells = [figure for figure in extract_figures(document).financial if figure.table is not None]
    assert list(table_figures(document)) == cells
    assert list(table_figures(document, {2, 5})) == [figure for figure in cells if figure.table in (2, 5)]


def test_cells_out_of_text_order_are_not_streamed():
    """A table whose rows do not stand in text order (as a table read down its columns may): its figures must be
    sorted, and ``figures_in_order`` gives none; the command reads them all, as before."""
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    table = document.tables[2]
    turned = replace(document, tables=(*document.tables[:2], replace(table, rows=table.rows[::-1]), *document.tables[3:]))
    assert figures_in_order(document) is not None
    assert figures_in_order(turned) is None


@pytest.mark.parametrize("name", RELEASES)
def test_tables_to_check_hold_every_checkable_table(name):
    """Told from rows and headings alone, the tables to check hold every table its figures make checkable."""
    document = load_document(DATA / name)
    checkable = checkable_tables(document, extract_figures(document).financial)
    assert checkable and checkable <= tables_to_check(document)


def _table_of_rows(rows: int) -> bytes:
    lines = "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(rows))
    return ("Acme Corp Reports Third Quarter Results\n\n(in thousands)\n\tThree Months Ended\n\t2025\t2024\n" + lines).encode()


class _Counted:
    """Standard output that keeps nothing written to it, but how many cells' figures it was given."""

    def __init__(self) -> None:
        self.cells = 0

    def write(self, text: str) -> None:
        self.cells += text.count('"row": "Line item')


def test_a_table_of_rows_is_written_without_holding_its_figures(monkeypatch):
    """6,000 rows of "Line item 12 | $84 | (36)": no table to check, and 18,000 figures (a number in each label, two
    cells) written as they are made. What the command holds beyond the document grows by ~150 bytes a row (a span of
    the text between a row's cells, its cells' columns) and a few thousand figures at a time; each figure held until
    all were read was ~750 bytes a row more (a cell's figure ~160 bytes, a label's number with its Decimal and span
    ~430)."""
    rows = 6000
    document = load_document(_table_of_rows(rows))
    assert tables_to_check(document) == set()
    monkeypatch.setattr(cli, "_load", lambda args: document)
    monkeypatch.setattr(extract, "_JOINED_RUN", 256)  # the figures a joining pass holds at a time: 4,096, ~2 MB
    with contextlib.redirect_stdout(_Counted()):  # type: ignore[type-var]
        cli.main(["figures", "-", "--format", "json"])  # the modules it imports, the patterns they compile
    out = _Counted()
    tracemalloc.start()
    try:
        with contextlib.redirect_stdout(out):  # type: ignore[type-var]
            assert cli.main(["figures", "-", "--format", "json"]) == 0
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert out.cells == 2 * rows
    assert peak < 250 * rows + 1_000_000
