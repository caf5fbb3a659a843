"""A hostile "sentence" (a table of thousands of rows read as one) is searched for its period lengths
only where their words stand: the windowed search finds what a search of the whole text finds, and
the length patterns look at each character of such a sentence a bounded number of times in all."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex
from summarizer.facts import index as facts_index
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text
from summarizer.text import context, prefixes, vocabulary
from summarizer.text.keywords import search_in_runs
from summarizer.text.vocabulary import LENGTH_PATTERN_WORDS, LENGTH_PATTERNS, length_in, period_in

_PIECES = st.sampled_from(
    ["year", "Year", "YTD", "ytd25", "month", "months", "nine", "nine months", "9 months", "9M", "9M'24", "6M", "half",
     "first half", "H1", "1H", "2H25", "annual", "annual growth rate", "Jan", "January-September", "Jan–Dec", "Apr-Jun",
     "quarter", "quarters of", "a quarter of", "Q3", "3Q24", "fiscal", "fiscal 2025", "financial year", "FY", "FY25",
     "FY '24", "12M'24", "weeks", "thirty-nine weeks", "13 weeks", "52-week", "full", "full year", "for the year",
     "over the year", "year-to-date", "year ended", "twelve months", "EUR ", "$", "(", ")", ",", ".", ";", "'", "-",
     "–", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "0", "1", "2", "9", "2024", "1,234", "ſ", "\u212a", "\u0130", "é",
     "Line item ", "to", "date", "ago", "rate", "Q"]
)  # fmt: skip
_texts = st.lists(_PIECES, max_size=60).map("".join)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_a_search_in_the_runs_of_its_words_finds_what_a_search_of_the_whole_text_finds(text):
    for (_, pattern), words in zip(LENGTH_PATTERNS, LENGTH_PATTERN_WORDS, strict=True):
        assert _span(search_in_runs(pattern, words, text)) == _span(pattern.search(text))


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(1, 60))
def test_the_length_of_long_words_is_the_length_period_in_reads(text, times):
    words = (text + " ") * times  # past the length where only the runs of length words are searched
    assert length_in(words) == period_in(words).length


class _Counted:
    """A pattern that counts the characters each search is given, and searches as the pattern does."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.seen[0] += max(0, min(len(text), len(text) if endpos is None else endpos) - pos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self._count(text, pos, endpos)
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        self._count(text, pos, endpos)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def _table_of_rows(rows: int) -> str:
    header = "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n"
    header += "(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    return header + "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(rows))


@pytest.mark.parametrize("rows", [3000])
def test_the_length_patterns_look_at_a_table_read_as_one_sentence_a_bounded_number_of_times(monkeypatch, rows):
    """A table of rows whose labels hold numbers ("Line item 12") is one sentence of thousands of numbers:
    before, each of six length patterns searched the whole of it twice (``Prefixes`` and the sentence's own
    length), and the words around each number once more; now the patterns look at a few characters a row."""
    text = _table_of_rows(rows)
    seen = [0]
    counted = tuple((name, _Counted(pattern, seen)) for name, pattern in LENGTH_PATTERNS)
    for module, name in ((vocabulary, "_LENGTHS"), (prefixes, "LENGTH_PATTERNS"), (context, "LENGTH_PATTERNS")):
        monkeypatch.setattr(module, name, counted)
    # the labels' numbers make no facts since session 46 (``index.outside_row_labels``), and the facts stage has not read
    # them since session 54 (``extract_figures(row_labels=False)``): read here all the same, as the one sentence of
    # thousands of numbers a table that lost its line breaks still is
    monkeypatch.setattr(facts_index, "extract_figures", lambda document, row_labels=True: extract_figures(document))
    monkeypatch.setattr(facts_index, "outside_row_labels", lambda document, figures: figures)
    period_in.cache_clear()
    try:
        index = FactIndex(document_from_text(text))
    finally:
        period_in.cache_clear()
    read = [fact for fact in index.facts if not fact.in_table and fact.figure.text.isdigit()]
    assert len(read) >= rows // 2  # the labels' numbers, read as running text
    assert seen[0] < len(text), f"{seen[0]:,} characters searched in a text of {len(text):,}"


_CLAUSE_PIECES = st.sampled_from(
    ["rose ", "up", " by ", "of ", "approximately ", "year over year ", "YoY", "in the range of ", "$", "(", "+", "-",
     " ", "\n", "\t", "\u00a0", "_", "5", "é", "revenue ", "increased", ",", ".", "%"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=30).map("".join))
def test_words_that_do_not_end_on_a_word_hold_no_direction_word_before_a_number(words):
    assert vocabulary._ends_on_a_word(words) or vocabulary._DIRECTION_BEFORE.search(words[-60:]) is None
