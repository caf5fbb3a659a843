"""Session 68's shortcuts give what the readings they skip give: each is property-tested against that reading."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import columns
from summarizer.ingest import tables
from summarizer.text import context

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


_SPENDING_WORDS = st.lists(
    st.sampled_from(["spent", "SPENDS", "invested", "Allocated", "deployed", "about", "on", "capex", "and", "buybacks", "ſpent", ",", ";", "in"]),
    max_size=12,
)


@settings(max_examples=2000, deadline=None)
@given(_SPENDING_WORDS, st.integers(0, 160), _SPENDING_WORDS)
def test_an_amount_spent_on_is_read_as_both_searches_read_it(before, padding, after):
    """``_spent_on`` skips its two searches where no verb of spending stands in the 140 characters before the amount:
    it names what they name, whatever the words and however far back they stand."""
    text = " ".join(before) + " " + "x" * padding + " $5 million " + " ".join(after)
    start = text.index("$5")
    end = start + len("$5 million")
    for previous_end in (0, max(0, start - 20)):
        assert context._spent_on(text, start, end, previous_end) == _spent_on_searched(text, start, end, previous_end)


def _spent_on_searched(text: str, start: int, end: int, previous_end: int) -> str | None:
    """``_spent_on`` as it read every amount: both searches tried."""
    if not context._SPENT_BEFORE.search(text, max(previous_end, start - 40), start) and not context._SPENT_LIST_BEFORE.search(
        text, max(0, start - context._SPENT_LIST_REACH), start
    ):
        return None
    on = context._SPENT_ON.match(text, end)
    return None if on is None else context._first_metric_named(on.group(1))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Outlook", "GUIDANCE", "forecast", "Expects", "expected", "projected", "Projections", "2025", "ſ", "K", "Q4", "-"]), max_size=6))
def test_a_column_is_an_outlook_as_its_search_says(words):
    column = " ".join(words)
    assert columns._an_outlook(column) == (columns._OUTLOOK.search(column) is not None)
