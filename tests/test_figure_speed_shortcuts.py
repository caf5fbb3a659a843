"""Shortcuts taken for speed in the reading of figures give the reading they replace: a question asked of
every table row or cell and skipped when cheap tests say its answer, answers as the full question does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import vocabulary
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
