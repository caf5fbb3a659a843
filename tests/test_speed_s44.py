"""Session 44's fast paths for a table of thousands of rows give what the code they stand in for gives: each
is property-tested against the slower reading it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import numbers

# pieces of numbers in words and of what keeps them, with characters that lower() lengthens or that
# ``re.IGNORECASE`` folds to an ASCII letter
_WORD_PIECES = st.sampled_from(
    ["one", "One", "TWENTY", "twenty", "-", " ", "five", " percent", "percent", "%", " hundred", " point", " two", " million",
     " cents", " basis points", "seventeen", "seventy", "seven", "x", "_", "é", "\u017f", "\u0131", "\u0130", "\u212a", "\n",
     "1", "ninety-nine", " thousand", " Percentage points", "Ten", "-one", "ty", " per", "cent", " m", "illion", "Forty",
     "SIX", "\t", "Line item 12", " times", "Σ"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=16).map("".join))
def test_a_stretch_without_a_kept_piece_is_left_at_once_and_the_kept_numbers_are_the_patterns(text):
    """``_kept_word_numbers`` returns at once from a text that holds none of the pieces every kept match holds
    (a table row's label, "Line item 12"): the matches it keeps are still the whole pattern's kept ones."""
    kept = [(match.span(), match.groups()) for match in numbers._WORD_NUMBER.finditer(text) if numbers._kept(match)]
    assert [(match.span(), match.groups()) for match in numbers._kept_word_numbers(text)] == kept


def test_a_table_row_label_holds_no_number_in_words_and_a_sentence_does():
    assert numbers.number_words("\nLine item 12\t") == []
    assert numbers.number_words("Revenue grew twenty-one percent.")


# pieces of row labels: the words the label questions look for, in several cases, and others
_LABEL_PIECES = st.sampled_from(
    ["Line item 12", "Total", "total", "Basic", "diluted", " and ", "Diluted", "assuming dilution", "Growth", "growth", " %",
     "(%)", "Change in ", "Net increase (decrease) in ", "(Increase) decrease in", "cash", " at beginning of period",
     "Beginning", "As reported", "As adjusted (non-GAAP)", "Non-GAAP", "IFRS", "estimated", "Organic", "constant currency",
     "Currency", "Revenue", ":", " ", "\n", "\u017f", "\u0131", "\u0130", "\u212a", "(", ")", "-", "Adjusted EBITDA"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=6).map("".join))
def test_a_label_without_the_label_words_answers_no_to_every_label_question(label):
    """``TableLookup._row_reading`` skips the questions of a label that holds none of ``_LABEL_WORDS``: each
    of them answers no of such a label."""
    from summarizer.facts import table_reading
    from summarizer.text.keywords import may_hold

    if may_hold(label, table_reading._LABEL_WORDS):
        return
    questions = (
        table_reading._qualifier_only, table_reading._change_row, table_reading._difference_row,
        table_reading._opening_balance, table_reading._may_say_basis, table_reading._basis_only,
    )  # fmt: skip
    assert not any(question(label) for question in questions)


# pieces of table rows: amounts, signs and parentheses apart or glued, codes, units, dashes, words, white space
_CELL_PIECES = st.sampled_from(
    ["$", "US$", "(", ")", "%", "$ (", "( $", "EUR", "RMB", "Yen", "S/", "84", "(36)", "$84", "1,234", "(1,234", "12.5%", "—", "-",
     "n/m", "x", "bps", "pts", ") %", ")*", "Line item 12", "Revenue", "Total", "2025", "FY2024", " ", "\t", "a", "١٢", "²", "p.p.",
     "p. p.", "ppts.", "PPTS.", "bps.", "X", "USD", "Yen", "C$", "Net", "Sales", "p", "pp", "(  $", "$  (", ")  %", "% )", ")†"]
)  # fmt: skip


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.lists(_CELL_PIECES, min_size=1, max_size=3).map("".join), max_size=6))
def test_pieces_all_apart_are_grouped_each_alone_as_the_full_grouping_does(pieces):
    """``group_pieces`` skips its grouping when no piece may be a prefix or a suffix (``_all_apart``): the full
    grouping makes each such piece a cell of its own."""
    from summarizer.ingest import cells

    if cells._all_apart(pieces):
        assert cells._grouped(pieces) == [[index] for index in range(len(pieces))]
    assert cells.group_pieces(pieces) == cells._grouped(pieces)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4), st.one_of(st.none(), st.integers(0, 5))), max_size=12),
    st.integers(0, 80),
)
def test_a_row_of_few_cells_walked_finds_the_column_bisection_finds(shapes, offset):
    """``_PlacedCells`` walks a row of at most ``_WALKED_CELLS`` cells instead of bisecting it: over cells in
    order and apart (as a row's are), both find the same column for every offset."""
    from types import SimpleNamespace

    from summarizer.facts.table_reading import _PlacedCells
    from summarizer.types import Span

    cells, columns, position = [], [], 0
    for gap, width, column in shapes:  # cells in order and apart: each starts at or after the last one's end
        start = position + gap
        cells.append(SimpleNamespace(span=Span(start, start + width)))
        columns.append(column)
        position = start + width
    walked = _PlacedCells(SimpleNamespace(cells=cells), columns)
    bisected = _PlacedCells(SimpleNamespace(cells=cells), columns)
    bisected.apart, bisected.starts = True, [start for start, _, _ in bisected.cells]
    walked.apart = False
    assert walked.column_at(offset) == bisected.column_at(offset)
