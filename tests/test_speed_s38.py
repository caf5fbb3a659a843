"""Session 38's shortcuts for speed give the reading they replace, on any words: property-tested
against the regular expression each one stands in for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.text import vocabulary

_WORDS_BEFORE = st.sampled_from(
    ["up", "Up", "UP", "down", "fell", "rose", "increased", "by", "BY", "of", "in the range of", "more than", "than",
     "year over year", "year-over-year", "quarter", "YoY", "qoq", "an", "a", "A", "impressive", "very", "Line", "item",
     "47", "$329", "(147)", "revenue", "made", "_x", "ſome", "ıtem", "K", "é", "\u212aelvin", " ", "  ", "\t", "\n",
     "\u00a0", "\u2003", ",", "-", "$", "(", "%", "+", "~"]
)  # fmt: skip
_befores = st.lists(_WORDS_BEFORE, max_size=14).map(" ".join) | st.lists(_WORDS_BEFORE, max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_befores)
@example("Line item 47\t$329\t \nLine item ")
@example("rose in the range of ")
@example("made up")
@example("ſome")
def test_the_direction_word_found_from_the_end_is_the_one_the_search_finds(words):
    """``_direction_word_before``: "Line item 47\\t$329\\t \\nLine item " gives "item" without a search tried at
    each of its words; "rose by", "up year-over-year", "ſome" (a long s) are searched as before."""
    match = vocabulary._DIRECTION_BEFORE.search(words)
    assert vocabulary._direction_word_before(words) == ((match.group("word"), match.start()) if match else None)
