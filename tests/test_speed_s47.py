"""Session 47 (issue 13's table-of-rows speed): fast paths held to what they replace.

- ``tables._may_be_value_or_placeholder``: a cell that starts with a character no value cell or placeholder starts
  with ("Line item 123") is not tried against their patterns.
- ``columns.column_periods`` and ``column_segments``: read and kept by the column labels alone, not by the table.
- ``checks.checkable_tables``: a row label's answer asked once for its row's cells, a heading's once per heading.
- ``prose_scale._table_scales``: a cell of no metric the sentences name is not scaled and looked for.
(``table_reading.table_fact`` making its fact without ``signed_fact``'s keywords is held by the dumps of every fact of
the development releases, byte for byte, and by the table-reading tests.)
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import columns
from summarizer.ingest import tables
from summarizer.ingest.cells import is_nil_cell, is_placeholder_cell, is_value_cell
from summarizer.ingest.load import document_from_text, load_document
from summarizer.types import Table

DATA = Path(__file__).parent / "data"
_TABLE_ROWS = (
    "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n"
    "(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    + "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(200))
)
# the characters cells are made of, with those the patterns fold or read as digits and spaces
_CELL_CHARACTERS = st.sampled_from(
    list("LRSUCADNEGuncadlrs0123456789$€£¥()[]-−–—+.,%*<> /\tpmx") + ["\u017f", "\u212a", "\u0131", "\u0660", "\u00a0", "\u2003"]
)
_CELLS = st.one_of(
    st.text(_CELL_CHARACTERS, min_size=1, max_size=12),
    st.text(min_size=1, max_size=12),
    st.sampled_from(["Line item 12", "Revenue", "n/m", "N/A", "unchanged", "No change", ">100%", "up 5%", "Down 3%",
                     "US$1.2", "EUR 42.3", "Yen 0.233", "S/ 63.35", "$253-$254 million", "(1,447)", "—", "$ —", "*",
                     "USD", "2025", "FY2024", ".5", "- 10%"]),
)


@settings(max_examples=3000, deadline=None)
@given(_CELLS)
def test_a_cell_screened_out_is_no_value_cell_nor_placeholder(cell: str) -> None:
    if not tables._may_be_value_or_placeholder(cell):
        assert not is_value_cell(cell)
        assert not is_placeholder_cell(cell)
        assert not is_nil_cell(cell)


def test_label_cells_of_a_table_of_rows_are_screened_out() -> None:
    assert not tables._may_be_value_or_placeholder("Line item 123")
    assert not tables._may_be_value_or_placeholder("Operating expenses:")
    assert tables._may_be_value_or_placeholder("$861") and tables._may_be_value_or_placeholder("(369)")


def test_column_periods_and_segments_are_those_of_the_column_labels() -> None:
    """Two tables of the same column labels and different rows read the same periods and segments, each call its own
    list of periods; a table of rows is read as before (``column_periods`` once keyed by the whole table)."""
    document = document_from_text(_TABLE_ROWS)
    (table,) = document.tables
    other = Table(table.span, table.header_spans, table.columns, table.rows[:3], table.scale, table.groups)
    assert columns.column_periods(table) == columns.column_periods(other)
    assert columns.column_periods(table) is not columns.column_periods(table)
    assert columns.column_segments(table) == columns.column_segments(other)
    periods = columns._periods_of_columns.__wrapped__(table.columns)
    assert columns.column_periods(table) == list(periods)


def test_column_periods_of_a_release_match_their_uncached_reading() -> None:
    for path in sorted(DATA.glob("*.txt"))[:6]:
        for table in load_document(path).tables:
            assert columns.column_periods(table) == list(columns._periods_of_columns.__wrapped__(table.columns))
            assert columns.column_segments(table) == columns._segments_of_columns.__wrapped__(table.columns)


def _checkable_as_before(document, figures) -> set[int]:
    """``checks.checkable_tables`` as it was: each cell's label and heading asked again."""
    from summarizer.facts.checks import _GROSS_WORDS, _NONCONTROLLING, _TOTAL
    from summarizer.facts.model import family_of
    from summarizer.text.keywords import may_hold

    checkable: set[int] = set()
    for figure in figures:
        table = figure.table
        if table is None or table in checkable or family_of(figure.unit) != "currency":
            continue
        label = figure.row or ""
        section = any(may_hold(row.section, _GROSS_WORDS) for row in document.tables[table].rows if row.section)
        if (_TOTAL.match(label) or _NONCONTROLLING.search(label) or section or may_hold(label, _GROSS_WORDS)
                or may_hold(figure.column or "", _GROSS_WORDS)):  # fmt: skip
            checkable.add(table)
    return checkable


_LABELS = st.sampled_from(["Line item 1", "Total revenue", "Net income attributable to noncontrolling interests",
                           "Gross profit", "Revenue", "Cost of sales", "Gross margin", "Operating expenses"])
_HEADINGS = st.sampled_from(["2025", "2024", "Gross margin 2025", "Three Months Ended 2025"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_LABELS, st.integers(1, 9999), st.integers(1, 9999)), min_size=1, max_size=12), _HEADINGS, _HEADINGS)
def test_checkable_tables_as_before(rows, first, second) -> None:
    from summarizer.facts.checks import checkable_tables
    from summarizer.figures.extract import extract_figures

    text = (f"Acme Corp results\n\n(in thousands)\n\t{first}\t{second}\n"
            + "".join(f"{label}\t${a:,}\t{b:,}\n" for label, a, b in rows) + "\nSome words.\n\nRevenue\t1\t2\nTotal\t3\t4\n")  # fmt: skip
    document = document_from_text(text)
    figures = extract_figures(document).financial
    assert checkable_tables(document, figures) == _checkable_as_before(document, figures)


def test_checkable_tables_of_releases_as_before() -> None:
    from summarizer.facts.checks import checkable_tables
    from summarizer.figures.extract import extract_figures

    for path in sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.htm*")):
        document = load_document(path)
        figures = extract_figures(document).financial
        assert checkable_tables(document, figures) == _checkable_as_before(document, figures)


def _table_scales_as_before(cells, sentences):
    """``prose_scale._table_scales`` as it was: every cell scaled four ways and looked for, whatever its metrics."""
    from summarizer.facts import prose_scale

    agreeing: dict = {}
    telling: set = set()
    restated: dict = {}
    rounded: list = []
    for sentence in sentences:
        told = sentence.figure.scale_source == "inline" or abs(sentence.value) >= prose_scale._WHOLE_AMOUNT
        if sentence.family == "currency" and sentence.metrics and told:
            restated.setdefault(abs(sentence.value).normalize(), []).append(sentence)
            low, high = sorted((abs(sentence.low), abs(sentence.high)))
            if abs(sentence.value) >= 100 * (high - low):
                rounded.append((low, high, sentence))
    rounded.sort(key=lambda item: item[0])
    lows = [low for low, _, _ in rounded]
    for cell in cells:
        if abs(cell.value) < 10:
            continue
        for exponent in (0, *prose_scale._SCALES):
            magnitude = abs(cell.value).scaleb(exponent).normalize()
            if any(cell.metrics & s.metrics for s in restated.get(magnitude, ())) or prose_scale._within_rounded(magnitude, cell, rounded, lows):
                agreeing.setdefault(cell.figure.table, {}).setdefault(exponent, set()).add(cell.figure.span.start)
                if abs(cell.value) >= 100:
                    telling.add(cell.figure.table)
    settled = {t: next(iter(sc)) for t, sc in agreeing.items() if len(sc) == 1 and len(next(iter(sc.values()))) >= prose_scale._AGREEING_CELLS}
    whole = any(0 in sc for sc in agreeing.values())
    settled.update({t: next(iter(sc)) for t, sc in agreeing.items() if len(sc) == 1 and t in telling and (not whole or 0 in sc)})
    return settled


_RESTATED = """Acme Corp Reports Results

Revenue was $1,234 million and net income was $99 million in the quarter, compared with revenue of $1,100 million.

\tThree Months Ended
\t2025\t2024
Revenue\t$1,234\t$1,100
Cost of sales\t$600\t$500
Net income\t$99\t$80
Line item 4\t$44\t$40
"""


def _scales_read(document, monkeypatch) -> list:
    """The table cells and sentences ``FactIndex`` hands ``scaled_by_prose``, and the scales it settles."""
    from summarizer.facts import FactIndex, prose_scale
    from summarizer.facts import index as index_module

    seen = []

    def kept(cells, sentences):
        unscaled = [cell for cell in cells if prose_scale._unscaled_money(cell)]
        seen.append((prose_scale._table_scales(unscaled, sentences), _table_scales_as_before(unscaled, sentences)))
        return prose_scale.scaled_by_prose(cells, sentences)

    monkeypatch.setattr(index_module, "scaled_by_prose", kept)
    FactIndex(document)
    return seen


def test_table_scales_as_before(monkeypatch) -> None:
    """The cells of no metric a sentence names are passed over: the scales settled are the same."""
    ((settled, before),) = _scales_read(document_from_text(_RESTATED), monkeypatch)
    assert settled == before == {0: 6}
    for path in sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.htm*")):
        for settled, before in _scales_read(load_document(path), monkeypatch):
            assert settled == before
