"""Session 67's linear look-ups give what the scans they stand in for give: each is property-tested against the
scan it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.numbers import NonFigure
from summarizer.types import OtherKind, Span
from summarizer.verify import claims

_KINDS = st.sampled_from([OtherKind.DATE, OtherKind.PHONE, OtherKind.YEAR, OtherKind.PAGE])
_NON_FIGURES = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 8), _KINDS).map(lambda t: NonFigure(t[0], t[0] + t[1], t[2])), max_size=12
)


@settings(max_examples=2000, deadline=None)
@given(_NON_FIGURES, st.lists(st.integers(0, 50), max_size=20))
def test_the_kind_of_a_number_is_the_first_non_figure_that_holds_it(others, offsets):
    """``_KindAt`` answers as the scan of every non-figure did, at rising offsets (a claim's numbers in order), and
    at an offset below the last one asked too; non-figures that overlap or are out of order included."""
    kind_at = claims._KindAt(others)
    for at in [*sorted(offsets), *offsets]:
        assert kind_at(at) == next((k for a, b, k in others if a <= at < b), None)


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda t: Span(t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=2000, deadline=None)
@given(_SPANS, _SPANS)
def test_a_span_overlaps_the_numbers_taken_as_the_scan_says(taken, asked):
    overlaps = claims._overlaps_any(taken)
    for span in asked:
        assert overlaps(span) == any(s.start < span.end and span.start < s.end for s in taken)


def test_a_claim_of_thousands_of_dates_and_number_words_is_read_whole():
    """Each number looked up among thousands of dates, each number word among thousands of numbers read, was a scan
    of them all: a claim of 2,000 of each took seconds. Now each look-up is a step or a bisection."""
    text = "".join(f"on March {i % 28 + 1}, 2024 revenue was three times ${i % 997}.{i % 10} million, " for i in range(2000))
    numbers = claims.read_numbers(text)
    assert sum(number.kind is OtherKind.DATE for number in numbers) >= 2000
