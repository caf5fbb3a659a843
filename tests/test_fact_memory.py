"""What the facts stage keeps per fact (issue 13, bounded memory): a derived value is indexed by
its interval as floats and made again when a look-up meets it, a fact makes its interval when
asked, and a table's lookup keeps a bounded number of readings. Each gives what the earlier layout
gave, on real releases. What a table's rows, cells and figures keep is bounded in bytes, and so is what the extractive
engine's reading keeps of each table row."""

from __future__ import annotations

import gc
import sys
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest

from summarizer import types
from summarizer.facts import DerivedValue, Fact, FactIndex
from summarizer.facts.derived import DerivedIndex, derived_values
from summarizer.facts.parts import parts_of_totals
from summarizer.facts.table_reading import _KEPT, TableLookup, table_fact
from summarizer.figures.extract import extract_figures
from summarizer.ingest import compact_rows
from summarizer.ingest.compact_rows import CompactRows, compact_tables
from summarizer.ingest.load import load_document
from summarizer.types import Unit

DATA = Path(__file__).parent / "data"


def _key(value: DerivedValue) -> tuple:
    return (value.formula, id(value.inputs[0]), id(value.inputs[1]), value.value, value.low, value.high, value.metrics)


@pytest.mark.parametrize("name", ["nvidia_q4-fy2026.txt", "peapack-gladstone_q3-2025_newswire.txt"])
def test_derived_look_ups_give_what_the_list_of_all_derived_values_gives(name):
    """Every look-up of the index finds exactly the values of the whole list that meet the interval,
    in the list's order by low end: NVIDIA's 995 derived values, Peapack-Gladstone's 2,070."""
    facts = FactIndex(load_document(DATA / name)).facts
    every = derived_values(facts)
    index = DerivedIndex(facts)
    assert len(index) == len(every) > 900
    by_family: dict[str, list[DerivedValue]] = {}
    for value in every:
        by_family.setdefault(value.family, []).append(value)
    for family, members in by_family.items():
        members.sort(key=lambda value: value.low)  # stable: the order they were made in among equal ends
        for value in members[::7]:
            for low, high in ((value.low, value.high), (value.value, value.value + Decimal("0.001")),
                              (value.value - 1, value.value + 1)):  # fmt: skip
                expected = [_key(m) for m in members if m.low < high and low < m.high]
                assert [_key(m) for m in index.meeting(family, low, high)] == expected
    assert index.meeting("percent", Decimal("-Infinity"), Decimal("Infinity")) == sorted(
        by_family["percent"], key=lambda value: value.low
    )
    assert index.meeting("no such family", Decimal(0), Decimal(1)) == []


def _table_of_rows(rows: int) -> bytes:
    lines = "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(rows))
    return ("Acme Corp Reports Third Quarter Results\n\n(in thousands)\n\tThree Months Ended\n\t2025\t2024\n" + lines).encode()


def _bytes_held(root: object, seen: set[int]) -> int:
    """The bytes of the objects ``root`` reaches that are not in ``seen`` (which this adds them to):
    what it alone holds, whatever caches of the package hold."""
    total, stack = 0, [root]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, (tuple, list, frozenset, set)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend([*item.keys(), *item.values()])
        elif hasattr(item, "__dict__") and not isinstance(item, type):
            stack.append(vars(item))
        stack.extend(getattr(item, name) for klass in type(item).__mro__ for name in getattr(klass, "__slots__", ()) if hasattr(item, name))
    return total


def test_a_tables_rows_cells_and_figures_hold_bounded_bytes():
    """A table of 3,000 rows of 30 characters ("Line item 5 | $35 | (15)"): its rows and cells hold
    ~810 bytes a row (~1,150 when each row and cell kept a dict), and each cell's figure ~270 bytes
    more (~430 when a figure copied its cell's span and text): the figure is the cell's own."""
    document = load_document(_table_of_rows(3000))
    seen = {id(document.text)}
    assert _bytes_held(document.tables, seen) < 850 * 3000
    figures = [figure for figure in extract_figures(document).financial if figure.table is not None]
    assert len(figures) == 6000
    assert _bytes_held(figures, seen) < 290 * len(figures)
    row = document.tables[0].rows[-1]
    assert [(figure.span, figure.text) for figure in figures[-2:]] == [(cell.span, cell.text) for cell in row.cells]
    assert all(figure.span is cell.span and figure.text is cell.text for figure, cell in zip(figures[-2:], row.cells))


def test_a_tables_rows_held_compact_are_the_same_rows_in_a_third_of_the_bytes():
    """As its figures are read, a table of 3,000 rows comes to hold its rows by column (``CompactRows``,
    ``held_compact_as_read``): ~95 bytes a row beyond what its figures hold (~325 as a tuple of rows, each with its
    cells and its label's span), the same rows, in order, made when asked for. The fact index holds them so, and reads
    the same facts."""
    document = load_document(_table_of_rows(3000))
    rows = document.tables[0].rows
    assert type(rows) is tuple
    seen = {id(document.text)}
    whole = _bytes_held(document.tables, set(seen))
    figures = [figure for figure in extract_figures(document).financial if figure.table is not None]
    _bytes_held(figures, seen)
    compact = document.tables[0].rows
    compact_tables(document)  # (held so already)
    assert compact is document.tables[0].rows
    assert whole > 300 * 3000
    assert isinstance(compact, CompactRows) and len(compact) == 3000
    assert _bytes_held(document.tables, set(seen)) < 110 * 3000
    assert list(compact) == list(rows) and compact[-1] == rows[-1] and compact[10:13] == rows[10:13]
    assert compact.spans == [row.span for row in rows] and all(a.span is b.span for a, b in zip(compact, rows))
    assert (compact_rows.row_labels(compact), compact_rows.row_sections(compact)) == ([row.label for row in rows], [row.section for row in rows])
    assert compact_rows.row_label_spans(compact) == compact_rows.row_label_spans(rows) == [row.label_span for row in rows]
    with pytest.raises(IndexError):
        compact[3000]
    read = FactIndex(load_document(_table_of_rows(3000)))
    assert isinstance(read.document.tables[0].rows, CompactRows)
    assert [(f.figure.span, f.value, f.metrics) for f in read.facts] == [
        (f.figure.span, f.value, f.metrics) for f in FactIndex(document).facts
    ]


def test_a_tables_rows_are_let_go_one_by_one_as_they_are_held_compact():
    """Held compact, a table of 3,000 rows lets go of each row, its tuple of cells, its cells and its label's span as its
    columns grow (``compact_rows._let_go_one_by_one``): what is traced never rises above what the rows held whole
    (~70 bytes a row more when all the rows were let go after their columns were made), and the rows are the same.
    So too as the rows are read a last time (``held_compact_as_read``, the figures stage), also by a reader that stops
    early."""
    expected = load_document(_table_of_rows(3000)).tables[0].rows
    tracemalloc.start()  # from the start: the rows let go are among what is traced
    try:
        document = load_document(_table_of_rows(3000))
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        compact_tables(document)
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak - before < 10 * 3000 and after < before
    assert list(document.tables[0].rows) == list(expected)
    for stop in (0, 1000, 3000):
        table = load_document(_table_of_rows(3000)).tables[0]
        read = compact_rows.held_compact_as_read(table)
        assert [row for row, _ in zip(read, range(stop))] == list(expected[:stop])
        read.close()
        assert isinstance(table.rows, CompactRows) and list(table.rows) == list(expected)


def test_facts_read_alike_share_one_reading():
    """A table of 3,000 rows's 6,000 facts hold their figure, their value and a reading (``model.Reading``: metrics,
    period, change, basis ... twelve fields) shared by the facts read alike: ~65 bytes a fact beyond its figure with
    its place in a list, ~152 when a fact held its fourteen fields. A fact made again, or changed and changed back, is equal, hashes alike and
    holds the same reading; its fields read as they were given."""
    import pickle
    from dataclasses import fields, replace

    from summarizer.facts import model

    index = FactIndex(load_document(_table_of_rows(3000)))
    cells = [fact for fact in index.facts if fact.in_table]
    assert len(cells) == 6000 and len({id(fact._reading) for fact in cells}) < 20
    seen = {id(fact.figure) for fact in cells} | {id(fact.value) for fact in cells}
    assert _bytes_held(cells, seen) < 72 * len(cells)  # with its place in the list
    fact = cells[-1]
    assert [item.name for item in fields(Fact)] == ["figure", "value", *model.Reading._fields]
    again = replace(replace(fact, change=not fact.change), change=fact.change)
    assert again == fact and hash(again) == hash(fact) and again._reading is fact._reading and again is not fact
    assert pickle.loads(pickle.dumps(fact)) == fact and repr(again) == repr(fact)
    assert tuple(getattr(fact, name) for name in model.Reading._fields) == fact._reading
    assert (fact.family, fact.period.prior, fact.change, fact.named, fact.level) == ("currency", True, False, False, None)


def test_the_extractive_readings_rows_and_answers_per_row_hold_bounded_bytes():
    """The extractive engine's reading of a table of 3,000 rows, held to the end of a summary: each row's span, label,
    section, basis, the label above and its facts by column (``engines.table_rows.TableRows``), ~58 bytes a row beyond
    what the index holds (~150 as an object a row with a tuple of its facts, ~200 with its span, label and section in a
    tuple of their own), and each metric's answer per row in one byte, ~1 byte a row each (8, a tuple of bools): nine
    answers ~10 bytes a row, ~72 before (issue 13)."""
    from summarizer.engines import extractive

    document = load_document(_table_of_rows(3000))
    index = FactIndex(document)
    reading = extractive._read(document, index)
    for name in ("revenue", "net_income", "eps_diluted", "eps_basic", "operating_income"):
        assert list(reading.carrying(name)) == [extractive._carries(name, r, r.above if name.startswith("eps") else None) for r in reading.rows]
        reading.carrying(name, above=False)
    seen: set[int] = set()
    _bytes_held((document, index), seen)
    assert len(reading.rows) == 3000 and len(reading.carried) + len(reading.named) == 9
    assert _bytes_held(reading.rows, seen) < 70 * 3000
    assert _bytes_held((reading.carried, reading.named), seen) < 15 * 3000


@pytest.mark.parametrize("name", ["nvidia_q4-fy2026.txt", "peapack-gladstone_q3-2025_newswire.txt", "table of rows"])
def test_the_extractive_readings_rows_held_by_column_are_each_rows_facts_made_when_asked(name):
    """Each row the engine reads, made when asked for, holds the index's table facts whose context is its span, in the
    index's order, those that print a dash apart (``nils``); the same row each time it is asked for (an equal tuple, not
    the same object), by position, slice, iteration or flag, and its label and section are those read by column."""
    from summarizer.engines import extractive

    document = load_document(DATA / name if name != "table of rows" else _table_of_rows(300))
    index = FactIndex(document)
    rows = extractive._table_rows(document, index)
    by_row: dict[tuple[int, types.Span], list[Fact]] = {}
    nils: dict[tuple[int, types.Span], list[Fact]] = {}
    for fact in index.facts:
        if fact.figure.table is not None:
            (nils if fact.figure.nil else by_row).setdefault((fact.figure.table, fact.figure.context), []).append(fact)
    made = list(rows)
    assert len(made) > 40 and made == [rows[position] for position in range(len(rows))]
    assert rows[-1] == made[-1] and rows[-1] is not rows[-1] and rows[3:7] == tuple(made[3:7])
    for row in made:
        key = (row.facts[0].figure.table, row.span)
        assert row.facts == tuple(by_row[key]) and row.nils == tuple(nils.get(key, ()))
    assert any(row.nils for row in made) or name == "table of rows"  # NVIDIA's 13 rows that print a dash, Peapack's 23
    assert (rows.labels, rows.sections) == ([row.label for row in made], [row.section for row in made])
    every_third = bytes(position % 3 == 0 for position in range(len(rows)))
    assert list(rows.flagged(every_third)) == made[::3]
    with pytest.raises(IndexError):
        rows[len(rows)]


def test_derived_values_are_not_kept_as_objects():
    """A table of 3,000 rows makes a difference for each row; the index holds them as numbers
    (~32 bytes each, the positions of its facts in 4 bytes; ~44 in 8; a DerivedValue with its pair, Decimals and
    metric set was ~700), and a look-up makes only the values it returns."""
    index = FactIndex(load_document(_table_of_rows(3000)))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        derived = index._derived
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    # the figures' intervals are kept by the package's bounded cache (``types._INTERVALS``), filled by whoever asks
    # first and emptied when full, so what it grows by depends on the tests run before: it is not the index's
    others = [tracemalloc.Filter(False, types.__file__)]
    held = sum(stat.size_diff for stat in after.filter_traces(others).compare_to(before.filter_traces(others), "filename"))
    assert len(derived) >= 3000
    assert held < 40 * len(derived)
    assert not [o for o in gc.get_objects() if isinstance(o, DerivedValue)]
    # row 1,000: $7,000 vs (3,000) thousands, a difference of $10.0 million
    found = index.derived_matches("currency", Decimal("9.9999E+6"), Decimal("1.00001E+7"))
    assert found and all(value.formula == "difference" for value in found)
    assert any(value.value == Decimal("1.0000E+7") and value.inputs[0].figure.row == "Line item 1000" for value in found)
    assert len([o for o in gc.get_objects() if isinstance(o, DerivedValue)]) == len(found)


def test_a_fact_keeps_no_interval_of_its_own_and_makes_the_one_its_figure_is_signed_to():
    """Peapack-Gladstone: "Loss on loans held for sale ... | (364)" is -364,000, its interval turned
    over, and "4 basis points" of net interest margin is 0.04 points, from 0.035 to 0.045."""
    assert "low" not in Fact.__slots__ and "high" not in Fact.__slots__
    facts = FactIndex(load_document(DATA / "peapack-gladstone_q3-2025_newswire.txt")).facts
    loss = next(f for f in facts if f.figure.text == "(364" and f.figure.row and f.figure.row.startswith("Loss on loans"))
    assert (loss.value, loss.low, loss.high) == (Decimal(-364000), Decimal(-364500), Decimal(-363500))
    turned = loss.negated()
    assert (turned.value, turned.low, turned.high) == (Decimal(364000), Decimal(363500), Decimal(364500))
    assert turned.negated().interval == loss.interval
    points = next(f for f in facts if f.figure.text == "4 basis points" and f.figure.unit is Unit.BASIS_POINTS)
    assert (points.value, points.low, points.high) == (Decimal("0.04"), Decimal("0.035"), Decimal("0.045"))


def test_a_tables_lookup_keeps_a_bounded_number_of_readings():
    """The readings of a table of 6,000 rows (a label each) stay under the bound while every cell is read."""
    document = load_document(_table_of_rows(6000))
    lookups: dict[int, TableLookup] = {}
    facts = [table_fact(document, figure, lookups) for figure in extract_figures(document).financial if figure.table is not None]
    assert len(facts) >= 12000
    (lookup,) = lookups.values()
    assert max(len(lookup._readings), len(lookup._rows), len(lookup._cell_columns)) <= _KEPT
    # the last rows are read as the first are: "Line item 5999 | $1,997 | (7,998)"
    last = [f for f in facts if f.figure.row == "Line item 5999"]
    assert [f.value for f in last] == [Decimal(1997000), Decimal(-7998000)]
    assert [f.period.prior for f in last] == [False, True]


def test_a_tables_repeated_values_share_their_texts_and_decimals():
    """10,000 rows whose two columns repeat 4,500 values each, under row labels of a number each ("Line item
    9123", read as running text, 10,000 values more): each value's text and Decimal is one object for all
    the cells that print it, as long as a release repeats fewer than ~65,000 values. With room for 4,096,
    the labels' numbers emptied the shared values before a cell came back to one (~20,000 Decimals of 104
    bytes and strings of ~55, a cell each)."""
    lines = "".join(f"Line item {i}\t${i % 4500 * 7:,}\t({i % 4500 * 3:,})\n" for i in range(10_000))
    document = load_document(("Acme Corp Reports Third Quarter Results\n\n(in thousands)\n\t2025\t2024\n" + lines).encode())
    cells = [figure for figure in extract_figures(document).financial if figure.table is not None]
    assert len(cells) == 20_000
    assert len({id(figure.value) for figure in cells}) == len({(figure.value, figure.column) for figure in cells}) <= 9_000
    assert len({id(figure.text) for figure in cells}) == len({figure.text for figure in cells}) <= 9_000
    assert cells[-1].value == Decimal(-(9999 % 4500 * 3000)) and cells[-1].text == f"({9999 % 4500 * 3:,})"


def test_what_the_figures_reading_keeps_to_share_is_let_go_before_the_facts_are_made():
    """The reading of a table of 3,000 rows keeps its cells' texts and values and its labels' answers to share among
    the cells and rows read after (thousands of each; a table of many rows fills each to its bound, ~15 MiB); the fact
    index lets go of them once the figures are read (``extract.forget_what_figures_share``), and reads the same facts,
    each cell's text and value one object for the cells that print it."""
    from summarizer.figures import extract
    from summarizer.ingest import cells
    from summarizer.text import numbers

    def kept() -> list[int]:
        answers = (extract._label_unit, extract._names_rate, cells._short_value_cell)
        return [len(cells.SHARED_TEXTS), len(numbers._VALUES), len(extract._SCALED), len(extract._WHOLE_NUMBERS),
                *(answer.cache_info().currsize for answer in answers)]  # fmt: skip

    figures = [figure for figure in extract_figures(load_document(_table_of_rows(3000))).financial if figure.table is not None]
    assert min(kept()) >= 3000
    facts = FactIndex(load_document(_table_of_rows(3000))).facts
    assert kept() == [0] * 7
    assert [(f.figure.span, f.figure.text, f.figure.value, f.value) for f in facts] == [
        (figure.span, figure.text, figure.value, f.value) for f, figure in zip(facts, figures)
    ]
    assert len({id(f.figure.text) for f in facts}) == len({f.figure.text for f in facts})
    assert len({id(f.figure.value) for f in facts}) == len({(f.figure.value, f.figure.column) for f in facts})


def _transient_bytes(action):
    """What ``action()`` allocates at its peak beyond what it holds on return, as tracemalloc traces it."""
    gc.collect()
    tracemalloc.start()
    try:
        result = action()
        held = tracemalloc.get_traced_memory()[0]
        return result, tracemalloc.get_traced_memory()[1] - held
    finally:
        tracemalloc.stop()


def test_reading_a_table_of_rows_holds_no_place_for_every_row_at_once():
    """The figures of a table of 20,000 rows ("Line item 5 | $35 | (15)") are read with each row's place (its table,
    unit, columns and scale) made as the row is read, and the rows' value spans, their labels' spans and the numbers
    left unread in them let go once used, the rows laid out alike sharing their cells' columns: ~25-45 bytes a row at
    the peak over what the figures hold, whether the labels' numbers are read (``figures``) or not (the facts stage);
    ~165 with a list of columns for each row and the labels' stretches held while the rows' figures were read, ~340
    and ~450 when all of them were held to the end (the peak of ``figures`` on a table of rows, issue 13)."""
    document = load_document(_table_of_rows(20_000))
    for row_labels in (True, False):
        figures, transient = _transient_bytes(lambda row_labels=row_labels: extract_figures(document, row_labels))
        assert len([figure for figure in figures.financial if figure.table is not None]) == 40_000
        assert transient < 60 * 20_000
        # the last row is read as before: "Line item 19999 | $7 | (3)" in thousands
        assert [figure.value for figure in figures.financial[-2:]] == [Decimal(7000), Decimal(-3000)]
        assert figures.financial[-1].row == "Line item 19999"


def test_the_parts_of_totals_group_a_table_of_rows_cells_without_a_key_and_list_a_row():
    """The cells' facts of a table of 20,000 rows are grouped by row to look for a total's parts: a tuple a row found by
    the row's own span, let go table by table, ~104 bytes a row at the peak (~210 with a key of table and span and a
    list a row, the peak of the facts stage of a table of rows, issue 13; ~116 with a dict of the rows' spans). No row
    of it is the part of a total."""
    document = load_document(_table_of_rows(20_000))
    lookups: dict[int, TableLookup] = {}
    figures = extract_figures(document).financial
    compact_tables(document)  # as the index reads them: a row made again when asked, none to be kept for each row
    facts = [table_fact(document, figure, lookups) for figure in figures if figure.table is not None]
    given, transient = _transient_bytes(lambda: parts_of_totals(document, facts))
    assert given is facts and len(facts) == 40_000
    assert transient < 110 * 20_000


def test_fact_groups_of_a_table_of_rows_hold_its_facts_in_one_list_and_where_each_row_ends():
    """The cells' facts of a table of 20,000 rows grouped by row (the verifier's groups by metric, ``analyst_math``):
    held as one list of the facts and the place where each row's end (4 bytes), ~21 bytes a row (~25 with 8 for where
    it ends), each row's group made when asked for (~64 with a tuple kept for each row and its place in a list, the
    verifier's peak, issue 13). The same groups."""
    from summarizer.facts.grouping import FactGroups

    document = load_document(_table_of_rows(20_000))
    lookups: dict[int, TableLookup] = {}
    figures = extract_figures(document).financial
    compact_tables(document)
    facts = [table_fact(document, figure, lookups) for figure in figures if figure.table is not None]

    def grouped():
        groups = FactGroups()
        for fact in facts:
            groups.add(fact.figure.context, fact)
        return groups.groups()

    gc.collect()
    tracemalloc.start()
    try:
        groups = grouped()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(groups) == 20_000 and held < 24 * 20_000
    assert list(groups) == list(_grouped_by_dict(facts).values())
    assert groups[-1] == tuple(facts[-2:]) and groups[3:5] == [tuple(facts[6:8]), tuple(facts[8:10])]


def _grouped_by_dict(facts: list[Fact]) -> dict:
    """The plain grouping ``FactGroups`` stands for: a dict of lists by context, one fact alone as itself."""
    groups: dict = {}
    for fact in facts:
        groups.setdefault(fact.figure.context, []).append(fact)
    return {key: group[0] if len(group) == 1 else tuple(group) for key, group in groups.items()}


def test_fact_groups_group_as_a_dict_of_lists_does_also_when_a_key_comes_back():
    """NVIDIA's facts grouped by context: in the index's order (a row's cells one after another, the table cells'
    rows in their order, then the sentences'), every second fact first, then the others (each row's and sentence's key
    met again after all the others), and backwards (no key after the one before): the same groups, in the same order,
    each a tuple or the fact alone (``groups``, the keys in ``by_key``'s order) and found by key (``by_key``)."""
    from summarizer.facts.grouping import FactGroups, members

    facts = FactIndex(load_document(DATA / "nvidia_q4-fy2026.txt")).facts
    for order in (facts, facts[::2] + facts[1::2], facts[::-1]):
        groups, again, looked_up = FactGroups(), FactGroups(), FactGroups()
        for fact in order:
            for grouping in (groups, again, looked_up):
                grouping.add(fact.figure.context, fact)
        found, expected = dict(zip(groups.by_key(), groups.groups())), _grouped_by_dict(order)
        assert list(found) == list(expected)
        assert all(found[key] is expected[key] or found[key] == expected[key] for key in expected)
        assert list(again.groups()) == list(found.values())
        by_key = looked_up.by_key()
        assert list(by_key) == list(found) and len(by_key) == len(found)
        assert [by_key[key] for key in reversed(found)] == [members(found[key]) for key in reversed(found)]
        assert types.Span(-1, -1) not in by_key and by_key.get(types.Span(-1, -1)) is None
        assert sum(len(members(group)) for group in found.values()) == len(order) > 1000
    assert any(isinstance(group, tuple) for group in found.values())


def test_sorted_positions_are_a_stable_sort_of_the_positions(monkeypatch):
    """Peapack-Gladstone's facts' low ends as floats (many equal), sorted 100 at a time and merged: the order a stable
    sort of all the positions gives."""
    from array import array

    from summarizer.facts import sorting

    facts = FactIndex(load_document(DATA / "peapack-gladstone_q3-2025_newswire.txt")).facts
    lows = array("d", [float(fact.interval[0]) for fact in facts])
    monkeypatch.setattr(sorting, "_SORTED_AT_ONCE", 100)
    assert len(lows) > 1000 and len(set(lows)) < len(lows)
    assert list(sorting.sorted_positions(lows)) == sorted(range(len(lows)), key=lows.__getitem__)
