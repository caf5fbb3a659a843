"""Shortcuts taken for speed in the reading of figures give the reading they replace: a question asked of
every table row or cell and skipped when cheap tests say its answer, answers as the full question does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest.cells import is_range_cell
from summarizer.text import numbers, vocabulary
from summarizer.text.vocabulary import RATE_METRICS, metrics_in

# words of the rate metrics' phrases and of others, in several cases and spellings, with the characters that
# ``re.IGNORECASE`` folds to an ASCII letter ("K" is a k)
_RATE_LABEL_PARTS = st.sampled_from(
    ["Net interest margin", "net-interest margin", "NIM", "nim", "Efficiency ratio", "ROE", "ROTCE", "RoTE", "ROA",
     "Return on average assets", "return on equity", "Return on average tangible common equity", "shareholders’ ",
     "Gross margin", "Total capital ratio", "Operating ", "income", "Revenue", "for ", "(numerator)", "Adjusted net ",
     "earnings", "Tier 1", "leverage", "yield", "K", " ", ",", "-", "(", ")", "\n", "FTE", "%", "per share"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_RATE_LABEL_PARTS, max_size=8).map("".join))
def test_a_label_skipped_for_want_of_a_rate_word_names_no_rate(label):
    metrics = {metric for _, metric in metrics_in(label)}
    assert vocabulary.names_rate(label) == (bool(metrics) and metrics <= RATE_METRICS)


# a cell's characters and the one before it: digits (ASCII and not), thousands commas, points, signs, units and
# words, so that a bare number, one glued to what stands before it and one with a prefix or suffix all occur
_CELL_CHARACTERS = st.sampled_from(list("0123456789,.,.( )$%-–/x_aM|\t") + ["١", "²", "12", "345", ",678", ".5"])


@settings(max_examples=5000, deadline=None)
@given(st.lists(_CELL_CHARACTERS, max_size=3).map("".join), st.lists(_CELL_CHARACTERS, min_size=1, max_size=8).map("".join))
def test_a_bare_number_cell_is_read_as_number_reads_it(before, cell):
    """A cell that ``BARE_NUMBER`` matches whole is the whole match of ``NUMBER``, with nothing but its
    digits, and ``bare_number_fields`` gives the fields ``token_fields`` reads from that match."""
    text = before + cell
    start, end = len(before), len(text)
    if numbers.BARE_NUMBER.fullmatch(text, start, end) is None:
        return
    match = numbers.NUMBER.search(text, start, end)
    assert match is not None and match.span() == match.span("num") == (start, end)
    assert numbers.bare_number_fields(start, end, cell) == numbers.token_fields(text, match, True)
    assert not is_range_cell(cell)
