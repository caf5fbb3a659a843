"""A long text is put in lower case a part at a time to look for words (``keywords._LowerCase``, issue 13): the same
answers as its whole lower case gives, and no copy of the text made whole."""

from __future__ import annotations

import random
import tracemalloc

import pytest

from summarizer.text import keywords
from summarizer.text.keywords import may_hold, search_in_runs
from summarizer.text.vocabulary import _LENGTHS, LENGTH_PATTERN_WORDS

_PIECES = ["three months ended ", "Quarter ", "FY", " 2024 ", "full YEAR ", "nine-month ", "six Months", "(in thousands)",
           "Line item 5\t$7\t(3)\n", "weeks ", "half-year ", "é", "Σ ", "YTD ", "year-to-date ", ", ", ". ", "q", "Q4"]  # fmt: skip


def _lengths_found(text: str) -> list[tuple[tuple[int, int], str] | None]:
    found = [search_in_runs(pattern, words, text) for (_, pattern), words in zip(_LENGTHS, LENGTH_PATTERN_WORDS)]
    return [(match.span(), match.group()) if match else None for match in found]


@pytest.mark.parametrize("part", [1, 2, 3, 5, 8, 64])
def test_words_are_found_where_the_whole_lower_case_finds_them(monkeypatch, part):
    """Random texts of period words in any case, Greek and accented letters: each period length's first match and
    whether a text may hold a word, as the whole lower case gives them, with parts of 1 to 64 characters."""
    chosen = random.Random(part)
    texts = ["".join(chosen.choice(_PIECES) for _ in range(chosen.randint(0, 30))) for _ in range(300)]
    words = [tuple(chosen.choice(["year", "q4", "months", "ths ye", "x", "ended", "fy2"]) for _ in range(2)) for _ in texts]
    expected = [(_lengths_found(text), may_hold(text, said)) for text, said in zip(texts, words)]
    monkeypatch.setattr(keywords, "_LOWERED_AT_ONCE", part)
    assert [(_lengths_found(text), may_hold(text, said)) for text, said in zip(texts, words)] == expected
    lower = keywords._LowerCase("ab YEAR cd year")
    assert lower.find("year") == 3 and lower.find("year", 4) == 11 and keywords._LowerCase("ab").find("year") == -1


def test_a_long_text_is_not_copied_whole_to_look_for_words():
    """4 MB of table rows: "months" found, and "fiscal" not, and the lengths the text names found as a search of the
    whole text finds them, without a copy of the text (4 MB) made."""
    text = "(in thousands)\n\tThree Months Ended\n" + "".join(f"Line item {i}\t$7\t(3)\n" for i in range(200_000))
    tracemalloc.start()
    try:
        assert may_hold(text, ("months",)) and not may_hold(text, ("fiscal",))
        found = _lengths_found(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(text) > 4_000_000 and peak < 1_000_000
    searched = [pattern.search(text) for _, pattern in _LENGTHS]  # what search_in_runs stands for
    assert found == [(match.span(), match.group()) if match else None for match in searched] and any(found)
