"""Session 73's shortcuts give what the work they skip gives: each is tested against that work."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import context
from summarizer.text.keywords import ends_on_a_match, may_hold
from summarizer.text.vocabulary import IMPLIED_BEFORE, TOTAL_BEFORE

# the words and marks the end-anchored patterns read, and a few they do not, glued at random
_PIECES = st.sampled_from([
    "from ", "up ", "down ", "to ", " - ", "–", "$", "€", "US$", "12", "3.5", "0", "%", " percent", " million", "bn",
    ", ", ". ", "; ", "\n", " ", "about ", "implying ", "left ", "total ", "combined ", "range ", "Ranging ", "ſ", "K", "x",
])  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)
_END_ANCHORED = (
    context._FROM_A_RANGE_AFTER_A_RANGE, context._MOVED_FROM_A_RANGE, IMPLIED_BEFORE, TOTAL_BEFORE,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 200))
def test_a_match_tried_from_the_end_is_found_where_a_search_finds_one(text, pos, endpos):
    for pattern in _END_ANCHORED:
        assert ends_on_a_match(pattern, text) == (pattern.search(text) is not None)
        assert ends_on_a_match(pattern, text, pos, endpos) == (pattern.search(text, pos, endpos) is not None)


def test_a_range_after_a_range_is_found_from_the_end():
    words = "could range from $5.3 to $5.4, from $6.4 to $6.5, from "
    assert ends_on_a_match(context._FROM_A_RANGE_AFTER_A_RANGE, words)
    assert not ends_on_a_match(context._FROM_A_RANGE_AFTER_A_RANGE, words + "the ")
    assert ends_on_a_match(context._MOVED_FROM_A_RANGE, "$13.1 billion to $13.2 billion, up from ")
    assert not ends_on_a_match(context._MOVED_FROM_A_RANGE, "$13.1 billion to $13.2 billion, from ")


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_ranges_read_without_the_searches_skipped_read_as_with_them(before, between):
    # a range word or a moved-from range not searched where its words are not: range_link and _parallel_range
    # answer as the plain searches do
    for words in (before, before + between):
        assert (may_hold(words, ("rang",)) and context._RANGE_WORD.search(words) is not None) == (
            context._RANGE_WORD.search(words) is not None
        )
        assert context._moved_from_a_range(words, 0, len(words)) == (context._MOVED_FROM_A_RANGE.search(words) is not None)
