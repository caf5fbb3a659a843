"""Session 56's speed work gives what it replaces (issue 10, figure extraction):

- the unit, exponent and scale source of a table cell that is one number whole are worked out once for each cell
  position and unit of the rows of a table that share what their label, section and columns say of them
  (``_RowPlace.scales``), and looked up for the next such row: the same figures as worked out for every cell;
- the stretches of text outside the tables' rows of cells that hold a digit are made as the rows are met
  (``extract._outside_cells``): those of the gaps between the rows' spans, filtered;
- a cell of a dollar sign set apart from its number ("$ | 6,587", ``numbers.SPACED_DOLLAR_NUMBER``) is read from the
  number as ``NUMBER`` finds it, without the search: the same figure;
- a sentence's span is made from a tuple of its ends (``sentences._new_tuple``), not by the class's Python-level
  constructor: the same Span;
- a column heading is searched for its own scale ("Revenue $M") only when it ends on a letter that can end one
  (``extract._SCALE_LETTERS``), and a caption's kinds of column are read once for each caption
  (``extract._caption_kinds``): the same scales.
"""

from __future__ import annotations

import re

from corpus import CORPUS
from corpus import document as corpus_document
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import extract
from summarizer.ingest.cells import is_range_cell
from summarizer.ingest.load import document_from_text
from summarizer.text import numbers
from summarizer.types import Span


def _figures_without_kept_scales(document, monkeypatch):
    places = extract._row_places

    def places_with_none_kept(tables, **options):
        for place in places(tables, **options):
            yield place._replace(scales=None)

    with monkeypatch.context() as patched:
        patched.setattr(extract, "_row_places", places_with_none_kept)
        return extract.extract_figures(document)


def test_kept_cell_scales_give_the_figures_worked_out_for_each_cell(monkeypatch) -> None:
    kept = 0
    for name in CORPUS:
        document = corpus_document(name)
        fast = extract.extract_figures(document)
        assert fast == _figures_without_kept_scales(document, monkeypatch), name
        kept += sum(1 for figure in fast.financial if figure.table is not None)
    assert kept > 4000  # the nine releases' cells: most of them read from a kept scale


def test_a_bare_number_under_a_heading_of_percent_changes_keeps_no_scale(monkeypatch) -> None:
    # "12.6" under "Percent Change" is the row's change, "1,250" beside it no percentage: the value decides
    # (``_placed_unit``), so the unit worked out for one row's cell is not kept for the next row's
    text = (
        "($ in millions, except per share)\n"
        "Item | 4Q21 | 4Q20 | Percent Change\n"
        "Diluted earnings per common share | $1.07 | $.95 | 12.6\n"
        "Book value per share | $41.07 | $38.95 | 1,250\n"
    )
    document = document_from_text(text, source="changes")
    fast = extract.extract_figures(document)
    assert fast == _figures_without_kept_scales(document, monkeypatch)
    units = [(figure.text, figure.unit.value) for figure in fast.financial if figure.column == "Percent Change"]
    assert units and len({unit for _, unit in units}) == 2, units


def _outside_cells_as_before(text, tables) -> list[Span]:
    """The gaps between the rows' spans of cells, then those that hold a digit, as ``extract_figures`` made them."""
    spans = [Span(row.cells[0].span.start, row.cells[-1].span.end) for table in tables for row in table.rows if row.cells]
    gaps, position = [], 0
    for start, end in spans:
        if start > position:
            gaps.append(Span(position, start))
        position = max(position, end)
    if position < len(text):
        gaps.append(Span(position, len(text)))
    return [gap for gap in gaps if extract._DIGIT.search(text, gap.start, gap.end)]


def test_the_text_outside_the_cells_is_the_gaps_that_hold_a_digit() -> None:
    for name in CORPUS:
        document = corpus_document(name)
        found = extract._outside_cells(document.text, document.tables)
        assert found == _outside_cells_as_before(document.text, document.tables), name
    document = document_from_text("Revenue | 1 | 2\nCost | 3\n\nNo digit here.\nPage 2", source="short")
    assert extract._outside_cells(document.text, document.tables) == _outside_cells_as_before(document.text, document.tables)


_HEADINGS = st.lists(
    st.sampled_from(["CPU Units K", "Revenue $M", "$MM", "$ B", "units k", "UNITS \u212a", "Units", "$", "Q4 2025", "K", "M",
                     " ", "\n", "b", "$m\n", "units  K ", "\u212a", "Revenue", ""]),
    max_size=3,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADINGS, max_size=4))
def test_headings_are_searched_for_a_scale_only_where_one_may_end(columns) -> None:
    plain = [extract._HEADING_SCALE.search(column.strip()) for column in columns]
    expected = (
        []
        if not any(plain)
        else [
            None if match is None else (extract._LETTER_SCALE[(match["count"] or match["money"]).lower()], match["count"] is not None)
            for match in plain
        ]
    )
    assert extract._heading_scales(tuple(columns)) == expected


def test_every_letter_that_ends_a_heading_s_scale_is_asked() -> None:
    endings = {chr(code) for code in range(0x30000) if extract._HEADING_SCALE.search("$" + chr(code))}
    assert endings == extract._SCALE_LETTERS
    assert extract._heading_scales(("Units \u212a", "Revenue $M")) == [(3, True), (6, False)]


def test_a_caption_s_kinds_are_read_once_as_before() -> None:
    caption = "(Units in thousands, Revenue in millions, units in millions)"
    plain = {match.group(1).split()[-1].lower(): match.group(2).lower() for match in extract._KIND_SCALE.finditer(caption)}
    assert dict(extract._caption_kinds(caption)) == plain == {"units": "millions", "revenue": "millions"}
    assert list(dict(extract._caption_kinds(caption))) == list(plain)


_SPACED_DOLLAR_PIECES = st.sampled_from(list("$ |\t\n\u00a0\u20030123456789,.-(x") + ["12", ",345", ".5", " | ", "\n\n"])
_SEPARATORS = st.lists(st.sampled_from([" ", "|", "\t", "\n", "\u00a0", "\u2003", " | "]), min_size=1, max_size=3).map("".join)
_NUMBERISH = st.lists(st.sampled_from(list("0123456789,.") + ["12", ",345", ",34", ".5", "1,234", "x", "%", ")"]), min_size=1, max_size=5)
_SPACED_DOLLAR_CELLS = st.one_of(
    st.lists(_SPACED_DOLLAR_PIECES, min_size=1, max_size=9).map("".join),
    st.builds(lambda separators, number: "$" + separators + "".join(number), _SEPARATORS, _NUMBERISH),
)


@settings(max_examples=5000, deadline=None)
@given(st.lists(_SPACED_DOLLAR_PIECES, max_size=3).map("".join), _SPACED_DOLLAR_CELLS)
def test_a_dollar_set_apart_is_read_as_number_reads_its_cell(before, cell) -> None:
    """Where ``SPACED_DOLLAR_NUMBER`` matches a cell whole, ``NUMBER.search`` of the cell finds its number alone,
    whole as its ``num`` group, and ``token_fields`` reads it as ``bare_number_fields`` does; the cell is no range."""
    apart = numbers.SPACED_DOLLAR_NUMBER.fullmatch(cell)
    if apart is None:
        return
    text = before + cell
    start, end = len(before), len(text)
    number_start = start + apart.start(1)
    match = numbers.NUMBER.search(text, start, end)
    assert match is not None and match.span() == match.span("num") == (number_start, end)
    assert numbers.bare_number_fields(number_start, end, apart.group(1)) == numbers.token_fields(text, match, True)
    assert not is_range_cell(cell)


def test_cells_of_a_dollar_set_apart_give_the_figures_of_the_search(monkeypatch) -> None:
    taken = 0
    for name in CORPUS:
        document = corpus_document(name)
        fast = extract.extract_figures(document)
        with monkeypatch.context() as patched:
            patched.setattr(extract, "_SPACED_DOLLAR_NUMBER", re.compile(r"(?!)"))
            assert fast == extract.extract_figures(document), name
        taken += sum(
            1 for table in document.tables for row in table.rows for cell in row.cells
            if numbers.SPACED_DOLLAR_NUMBER.fullmatch(cell.text)
        )  # fmt: skip
    assert taken > 400  # "$ | 6,587" and its like in the nine releases


def test_sentences_are_spans_made_without_the_class_s_constructor() -> None:
    from summarizer.text.sentences import sentence_spans

    text = "Revenue rose 5%. Net income was $2.1 million.\n\nOutlook: flat"
    found = sentence_spans(text)
    assert found == [Span(0, 16), Span(17, 45), Span(47, 60)]
    assert all(type(span) is Span for span in found)
