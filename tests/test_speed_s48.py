"""Session 48 (issue 13's table-of-rows speed): fast paths held to what they replace.

- ``verifier._Calendar``: what the release's table rows print is read from its index when first asked, equal to what
  was read for every claim before.
- ``serialize.figure_list_texts``: a few hundred figures written by one ``%`` of a template, byte for byte the
  ``figure_json_text`` of each, whatever the types of their members.
- ``derived._two_cells_pair``: a row of two cells paired by which is current, as the pairing by the row's dates
  (``_pairs_by_periods``) pairs it.
- ``extractive._rows_naming``: the statement tables read with each EPS metric's rows found once, as each row's
  ``_carries`` read them (``carrying`` is held to ``_carries`` by test_reading_once).
(``extractive._table_pick`` passing over the rows that do not carry its metric is held by the dumps of every summary of
the development releases, byte for byte, and by the extractive tests.)
"""

from __future__ import annotations

import gc
import json
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex, derived
from summarizer.facts.model import Fact
from summarizer.ingest.load import document_from_text, load_document
from summarizer.render import serialize
from summarizer.render.json_text import indented
from summarizer.text.vocabulary import Period
from summarizer.types import Figure, Span, Unit
from summarizer.verify import verifier

DATA = Path(__file__).parent / "data"
_TABLE_ROWS = (
    "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n"
    "(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    + "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(200))
)


def _calendar_as_before(index: FactIndex) -> tuple:
    """What ``_calendar`` read of the release's table rows when it was made, before it read them when asked."""
    row_lengths = {row: frozenset(cell.period.length for cell in cells) for row, cells in verifier._row_levels(index).items()}
    return verifier._main_compared(index), row_lengths, verifier._group_lengths(index)


def test_the_calendar_reads_the_table_rows_as_before() -> None:
    for path in [*sorted(DATA.glob("*.txt"))[:4], DATA / "apple_q1-fy2011.txt"]:
        index = FactIndex(load_document(path))
        calendar = verifier._calendar(index)
        assert calendar._main_compared is None and calendar._row_lengths is None  # not read until asked
        main_compared, row_lengths, group_lengths = _calendar_as_before(index)
        assert calendar.main_compared == main_compared
        assert calendar.row_lengths == row_lengths
        assert calendar.group_lengths == group_lengths
        assert verifier._calendar(index) is calendar


def test_a_calendar_does_not_keep_its_index_alive() -> None:
    index = FactIndex(document_from_text(_TABLE_ROWS))
    calendar = verifier._calendar(index)
    del index
    gc.collect()
    assert calendar._read() is None
    assert calendar.main_compared == frozenset() and calendar.row_lengths == {} and calendar.group_lengths == {}


def test_claims_are_checked_as_before_on_a_table_of_rows() -> None:
    """The statuses the session's base code gives these claims."""
    index = FactIndex(document_from_text(_TABLE_ROWS))
    expected = {
        "Revenue was $6.6 million, up 27% from $5.2 million.": ["context_mismatch", "unsupported", "unsupported"],
        "Line item 3 was $21 thousand, down from $9 thousand.": ["unsupported", "verified", "unsupported"],
        "Line item 5 rose 300% to $35 thousand.": ["unsupported", "unsupported", "verified"],
    }
    for claim, statuses in expected.items():
        assert [number.status.value for number in verifier.verify_claim(index, claim).numbers] == statuses


def _figure(
    start: int, text: str, value: Decimal, unit: Unit, exponent: object, negative: object, decimals: int, row: object,
    column: object, table: object,
) -> Figure:
    return Figure(
        Span(start, start + len(text)), text, value, unit, exponent, "table", negative, False, decimals,  # type: ignore[arg-type]
        Span(0, start + 40), row, column, table,  # type: ignore[arg-type]
    )


_TEXTS = st.text(max_size=8) | st.sampled_from(["$6.6 million", "(1,447)", 'a "quoted" \\ cell', "\x00\t\n", "é€\u2028"])
_FIGURES = st.builds(
    _figure,
    st.integers(0, 10**6),
    _TEXTS,
    st.decimals(allow_nan=False, allow_infinity=False, places=3) | st.sampled_from([Decimal("-0"), Decimal("7E+3"), Decimal("6.60")]),
    st.sampled_from(list(Unit)),
    st.integers(-9, 9) | st.sampled_from([True, 2.5]),
    st.booleans() | st.sampled_from([0, 1, None]),
    st.integers(-2, 4),
    st.none() | _TEXTS | st.just(7),
    st.none() | _TEXTS,
    st.none() | st.integers(0, 40) | st.just(False),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FIGURES, max_size=40), st.integers(0, 3), st.integers(1, 7))
def test_figure_list_texts_write_each_figure_as_figure_json_text(figures: list[Figure], level: int, piece: int) -> None:
    before, serialize._FIGURES_A_PIECE = serialize._FIGURES_A_PIECE, piece
    try:
        written = list(serialize.figure_list_texts(figures, level))
    finally:
        serialize._FIGURES_A_PIECE = before
    joiner = ",\n" + "  " * level
    assert joiner.join(written) == joiner.join(serialize.figure_json_text(figure, level) for figure in figures)
    assert len(written) == -(-len(figures) // piece)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FIGURES, min_size=1, max_size=5))
def test_figure_json_text_is_the_indented_json_of_the_figure(figures: list[Figure]) -> None:
    for figure in figures:
        try:
            expected = json.dumps(serialize.figure_json(figure), ensure_ascii=False, indent=2)
        except (TypeError, ValueError):
            continue
        assert serialize.figure_json_text(figure) == expected == indented(serialize.figure_json(figure))


def test_the_figures_command_writes_a_table_of_rows_as_before(capsys, tmp_path) -> None:
    from summarizer.cli import main

    path = tmp_path / "rows.txt"
    path.write_text(_TABLE_ROWS * 3)
    assert main(["figures", "--format", "json", str(path)]) == 0
    written = json.loads(capsys.readouterr().out)
    document = load_document(path)
    from summarizer.figures.extract import extract_figures

    figures = extract_figures(document).financial
    assert len(written["figures"]) == len(figures) > 2 * serialize._FIGURES_A_PIECE
    assert written["figures"] == [serialize.figure_json(figure) for figure in figures]


_ENDS = st.none() | st.sampled_from([(2025, 6, 30), (2024, 6, 30), (2025, 3, 31), (2024, 12, 31), (2025, 0, 0), (2024, 0, 0)])
_PERIODS = st.builds(Period, st.sampled_from(["", "quarter", "year", "half", "nine_months"]), st.sampled_from([None, True, False]), _ENDS)


def _cell(family: str, period: Period) -> Fact:
    figure = Figure(Span(0, 3), "1.5", Decimal("1.5"), Unit.CURRENCY, 0, "table", False, False, 1, Span(0, 10), "Row", "2025", 0)
    return Fact(figure, Decimal("1.5"), family, frozenset(), period)


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(["currency", "percent"]), st.sampled_from(["currency", "percent"]), _PERIODS, _PERIODS)
def test_a_row_of_two_cells_is_paired_as_by_its_dates(first_family: str, second_family: str, first: Period, second: Period) -> None:
    cells = [_cell(first_family, first), _cell(second_family, second)]
    assert list(derived._row_pairs(cells)) == list(derived._pairs_by_periods(cells))


def _statement_tables_as_before(rows) -> frozenset[int]:
    """``extractive._statement_tables`` as it was: ``_carries`` of each metric asked of each row."""
    from summarizer.engines import extractive

    carried: dict[int, set[str]] = {}
    for table_row in rows:
        table = table_row.facts[0].figure.table
        for name in ("net_income", "eps_diluted", "eps_basic"):
            if table is not None and extractive._carries(name, table_row):
                carried.setdefault(table, set()).add(name[:3])
        if table is not None and extractive._EARNINGS_PER_SHARE.search(table_row.label):
            carried.setdefault(table, set()).add("eps")
    return frozenset(table for table, names in carried.items() if names >= {"net", "eps"})


def test_the_statement_tables_are_read_as_before() -> None:
    from summarizer.engines import extractive

    paths = [*sorted(DATA.glob("*.txt")), *sorted(DATA.glob("*.htm*"))]
    assert len(paths) >= 5
    found = 0
    for path in paths:
        document = load_document(path)
        rows = extractive._table_rows(document, FactIndex(document))
        named = {name: extractive._rows_naming(name, rows) for name in ("eps_diluted", "eps_basic")}
        expected = _statement_tables_as_before(rows)
        assert extractive._statement_tables(rows) == extractive._statement_tables(rows, named) == expected
        assert list(named["eps_diluted"]) == [extractive._carries("eps_diluted", r) for r in rows]
        found += len(expected)
    assert found
