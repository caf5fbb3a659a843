"""Session 71's shortcuts give what the work they skip gives: each is property-tested against that work.

- a sentence whose words name no period length and no year (``context._names_no_length``) takes its paragraph's
  length for every number without its readings of a length asked: the readings the sentence gives with them asked;
- ``types.replace`` copies a class made by ``quick_init`` as ``dataclasses.replace`` does.
"""

from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.text import context
from summarizer.types import replace
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import _ClaimContext

# words of claims and sentences: amounts, changes, the words of a length and of a year (whole, short, or hidden by a
# footnote's mark), and runs of spaces that carry a length read at a number's end past the sentence's end
_PIECES = st.sampled_from([
    "Revenue was ", "$5.2 million", "$6.1", " million", ", ", " and ", "; ", " up ", "12%", " from ", "$4.0 million",
    " for ", " in ", "2024", "fiscal ", "FY25", " the quarter", " a year", " per annum", "quarterly", " year", "ye*ar",
    "20*24", " increase in ", "first-quarter ", "net income", " of ", "(", ")", ".", "   ", "\t", " " * 90, "Q3", "H1",
    " nine months", " annualized", " respectively", "ſ", "K", " implying ", " compared with ", "EBITDA",
])  # fmt: skip


def _readings(text: str, cut: int, default_length: str) -> list[context.Reading]:
    numbers = [(number.span, number.value, number.unit) for number in read_numbers(text) if number.kind is None]
    # the sentence ends where the text does, or right after one of its numbers (its words after it past its end)
    ends = [len(text), *(span.end for span, _, _ in numbers)]
    return context.read_sentence(text, numbers, 0, ends[cut % len(ends)], 2025, default_length)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=24), st.integers(0, 8), st.sampled_from(["", "quarter", "year"]))
@example(["Revenue was ", "$5.2 million", " for ", "2024"], 1, "quarter")
@example(["$5.2 million", " " * 90, " increase in ", "first-quarter ", "net income"], 1, "")
def test_a_sentence_that_names_no_length_is_read_as_with_every_reading_of_a_length(
    pieces: list[str], cut: int, default_length: str
) -> None:
    text = "".join(pieces)
    fast = _readings(text, cut, default_length)
    kept = context._names_no_length
    try:
        context._names_no_length = lambda *_: False  # type: ignore[assignment]  # every reading of a length asked
        reference = _readings(text, cut, default_length)
    finally:
        context._names_no_length = kept
    assert fast == reference


def test_a_year_said_past_a_long_run_of_spaces_after_the_sentence_is_looked_for() -> None:
    text = "Revenue was $5.2 million" + " " * 600 + "for 2024 and more."
    numbers = [(number.span, number.value, number.unit) for number in read_numbers(text) if number.kind is None]
    assert not context._names_no_length(text, 0, len("Revenue was $5.2 million"), numbers)
    assert context._names_no_length(text.replace("2024", "ours"), 0, len("Revenue was $5.2 million"), numbers)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([None, "revenue", "eps"]), st.booleans(), st.integers(0, 3000), st.sampled_from(["", "abc"]),
    st.frozensets(st.integers(1, 4), max_size=2),
)  # fmt: skip
def test_replace_copies_as_dataclasses_replace_does(
    metric: str | None, change: bool, year: int, words: str, quarters: frozenset[int]
) -> None:
    context_ = _ClaimContext(None, context.Period("quarter", False), words="claim")
    changes = {"metric": metric, "change": change, "own_year": year, "words": words, "quarters": quarters}
    assert replace(context_, **changes) == dataclasses.replace(context_, **changes)
    period = context.Period("year", True)
    assert replace(period, length="quarter") == dataclasses.replace(period, length="quarter")
