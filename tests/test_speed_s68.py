"""Session 68's shortcuts give what the readings they skip give: each is property-tested against that reading."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest import tables

_GLUED_TEXT = st.text(alphabet="0123456789,() ", max_size=14)


@settings(max_examples=3000, deadline=None)
@given(_GLUED_TEXT)
def test_values_part_only_in_a_run_of_four_characters_with_a_parenthesis_or_two_commas(run):
    """``_unglued_last`` returns a line's pieces unread where its last piece is shorter than four characters or holds
    no parenthesis and fewer than two commas: ``_unglued`` parts no such run."""
    if _unglued_parts(run):
        assert len(run) >= 4
        assert "(" in run or run.count(",") >= 2


def _unglued_parts(run: str) -> list[tuple[int, int]] | None:
    return tables._unglued(run, 0, len(run))


@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=4))
def test_a_lines_ends_are_its_cells_ends_in_order(cells):
    """A line of one cell keeps that cell's pair as its ends, as the chain of every cell's ends makes them."""
    line = tables._Line(0, 300, "data", tuple(cells))
    assert line._ends == tuple(itertools.chain.from_iterable(cells))
    assert line.cells == tuple(cells)


def test_glued_values_are_still_parted_at_the_end_of_a_line():
    text = "Operating income (loss)  317(649)6(1,593)"
    pieces = tables._split(text, 0, len(text))
    parted = [text[a:b] for a, b in tables._unglued_last(text, pieces)]
    assert parted == ["Operating income (loss)", "317", "(649)", "6", "(1,593)"]
    short = "Revenue  1(2"
    assert tables._unglued_last(short, tables._split(short, 0, len(short))) == tables._split(short, 0, len(short))
