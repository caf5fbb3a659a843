"""What reading a release holds while its tables are read, the peak of reading 25 MiB of table rows (issue 13)."""

from __future__ import annotations

import sys
import tracemalloc

from summarizer.ingest import cells, load
from summarizer.ingest.load import load_document
from summarizer.ingest.tables import find_tables
from summarizer.types import Table


def test_the_text_as_read_is_let_go_before_the_tables_are_read(monkeypatch):
    """A release of CRLF lines (as EDGAR serves them): while its tables are read, no function on the way holds the
    text as read, 2% longer than the normalised text the tables are read from (25 MiB at the limit)."""
    held: list[int] = []
    find_tables = load.find_tables

    def watched(text, headers=None):
        frame = sys._getframe(1)
        while frame is not None:  # up to load_document's, the callers' (this test's) not asked
            held.extend(len(value) for value in frame.f_locals.values() if isinstance(value, str) and len(value) > len(text))
            frame = None if frame.f_code is load_document.__code__ else frame.f_back
        return find_tables(text, headers)

    monkeypatch.setattr(load, "find_tables", watched)
    rows = "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\r\n" for i in range(2000))
    release = "Acme Corp Reports Third Quarter Results\r\n\r\n(in thousands)\r\n\tThree Months Ended\r\n\t2025\t2024\r\n" + rows
    document = load_document(release.encode())
    assert len(document.tables[0].rows) == 2000
    assert held == []


def test_reading_a_table_of_rows_holds_its_lines_compactly(monkeypatch):
    """Every line of a table is held while the table is read: each line's cells are kept as one flat tuple of their
    ends, not a tuple of pairs (a tuple more for each cell), a row's first cell starts at, and its last ends at, the
    very numbers its line does (``tables._split_on``), not two more int objects let go with the line, and the lines
    are held in a list, not a dict keyed by an int for each (``tables._Lines.hold``). Traced peak of reading 20,000
    rows of three cells, a second time (the caches of cell texts filled by the first): 1,202 bytes a row with pairs,
    1,067 flat, 1,003 with the line's ends shared, 967 in a list, 943 with the rows built by column and made whole
    once the lines are let go (``test_a_long_tables_rows_are_made_whole_apart_from_what_they_keep``); the table read
    is ~757 bytes a row of it held whole as built, ~792 made whole after (its labels' ends made again). At 25 MiB of
    such rows, ``figures`` peaked at 1,122 MiB resident, 995 flat; ``verify`` at ~1,420, ~1,372 shared."""
    monkeypatch.setattr(cells, "SHARED_TEXTS", {})  # none left by other tests: the same strings shared both times
    rows = 20000
    text = "(in thousands)\n\tThree Months Ended\n\t2025\t2024\n" + "".join(
        f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(rows)
    )
    assert len(find_tables(text)[0].rows) == rows
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tables = find_tables(text)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert [cell.text for cell in tables[0].rows[-1].cells] == ["$7", "(3)"]
    assert tables[0].rows[-1].label == "Line item 19999"
    assert peak / rows < 1000


def test_a_long_tables_rows_are_made_whole_apart_from_what_they_keep(monkeypatch):
    """A table of more rows than ``tables._ROWS_BUILT_WHOLE`` is built by column (``CompactRows``) and its rows made
    whole in one pass once its lines are let go: each row's own objects (the row, its tuple of cells, its cells, its
    label's span), let go once its figures are read (``compact_rows.compact_tables``), lie in pools of the allocator
    apart from the spans and labels the rows keep to the end, and leave those pools free for what is made after them.
    Made one by one among what stays, 39% of them shared a pool with it (the tuples of cells and labels' spans, the
    size of a span), and their memory served only what was made later of their sizes: 25 MiB of such rows, ``verify``
    1,330 -> 1,199 MiB. The same rows either way: sections, rows laid out on the columns, a footnote mark in a cell
    of its own."""
    lines = []
    for i in range(6000):
        if i % 1000 == 0:
            lines.append(f"Segment {i // 1000}:\n")  # the section of the rows below
        if i % 7 == 0:
            lines.append(f"Assets {i}\t418,571\t*\t404,021\n")  # a footnote mark in a cell of its own
        elif i % 5 == 0:
            lines.append(f"Diluted {i}\t$1.16\t\t$1.37\n")  # laid out on the columns: the second left empty
        else:
            lines.append(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n")
    text = "(in thousands)\n\tThree Months Ended\n\t2025\t2024\n" + "".join(lines)
    (built,) = find_tables(text)
    monkeypatch.setattr("summarizer.ingest.tables._ROWS_BUILT_WHOLE", len(lines))
    (whole,) = find_tables(text)
    assert whole == built and len(built.rows) == 6000
    assert _own_among_kept(built) < 0.25 * _own_among_kept(whole)
    rows = built.rows
    assert [cell.text for cell in rows[7].cells] == ["418,571", "404,021"]
    assert rows[5].positions == (0, 2) and rows[5].section == "Segment 0:" and rows[5999].section == "Segment 5:"


def _own_among_kept(table: Table) -> float:
    """The share of its rows' own objects (each row, its tuple of cells, its cells, its label's span) that lie in a pool
    of the allocator beside a span or label the rows keep: the pools are 16 KiB, aligned, and an object's id is its
    address. Other objects let go before may have left room there too."""
    own = [item for row in table.rows for item in (row, row.cells, row.label_span, *row.cells)]
    kept = {id(item) >> 14 for row in table.rows for item in (row.span, row.label, *(cell.span for cell in row.cells))}
    return sum(id(item) >> 14 in kept for item in own) / len(own)
