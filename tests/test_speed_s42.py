"""Session 42: the sentence reader searches a pattern only in words that hold one of its words
(``keywords.may_hold``), and the readings are those of searching everywhere."""

from __future__ import annotations

import re

import pytest
from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text import context
from summarizer.text.context import read_sentence

_RELEASES = ["nvidia_q4-fy2026.txt", "mcdonalds_q2-2026_text.txt", "peapack-gladstone_q3-2025_newswire.txt",
             "sears_q2-2004.txt", "datadog_q2-2026_text.txt"]  # fmt: skip


def _every_gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "may_hold", lambda words, keys: True)


@pytest.mark.parametrize("name", _RELEASES)
def test_a_release_reads_the_same_with_every_gate_of_the_reader_open(name, monkeypatch):
    document = load_document(DATA / name)
    gated = FactIndex(document).facts
    _every_gate_open(monkeypatch)
    assert FactIndex(document).facts == gated


# Sentences whose numbers pass through each gated pattern, said as releases say them
_SENTENCES = [
    "The Board raised the quarterly dividend by 4% to $1.04 per share.",
    "Net sales rose 5% to $2.1 billion, up from $2.0 billion, when it was $1.9 million.",
    "$145 million remains available under the stock repurchase program authorized in 2023 and $20 million for 2024.",
    "EPS rose $2.21, or 7%, to $34.10 since the end of 2024, and $3.1 million (Q3 2024: $2.9 million) was paid.",
    "Revenue was $5.2 million compared to $4.1 million and $3.9 million, or gross margin of 10.6%, to $7.9 million.",
    "Revenue was $500 million, up 16%; last year, when it was $456 million, margins were thin.",
    "Revenue was $5 million versus last year's $4 million.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_sentence_reads_the_same_with_every_gate_of_the_reader_open(sentence, monkeypatch):
    document = document_from_text(sentence)
    index = FactIndex(document)
    numbers = [(f.figure.span, f.figure.value, f.figure.unit) for f in index.facts]
    gated = read_sentence(sentence, numbers, 0, len(sentence), 2025)
    _every_gate_open(monkeypatch)
    assert read_sentence(sentence, numbers, 0, len(sentence), 2025) == gated


def test_the_gates_words_are_held_by_every_match_of_their_patterns():
    """Each verb of a program's date and of a raise holds one of the words its gate asks for."""
    verbs = re.match(r"\\b\(\?:([^)]*)\)", context._DATES_A_PROGRAM.pattern).group(1).split("|")
    for verb in verbs:
        written = verb.replace("[sz]", "s")
        assert any(word in written.lower() for word in context._PROGRAM_WORDS), verb
    raises = re.match(r"\\b\(\?:([^)]*)\)", context._RAISED_BY.pattern).group(1).split("|")
    assert all(any(word in verb for word in context._RAISED_WORDS) for verb in raises)


def _readings(sentence: str) -> list[context.Reading]:
    numbers = [(f.figure.span, f.figure.value, f.figure.unit) for f in FactIndex(document_from_text(sentence)).facts]
    return read_sentence(sentence, numbers, 0, len(sentence), 2025)


def test_an_aside_is_left_out_of_a_clause_and_a_labelled_aside_is_the_comparison():
    """The two searches asked only of words holding their character: an aside opens with "(", and a labelled
    aside holds ":"."""
    (loss,) = _readings("Net loss (compared with net income last year) of $3 million was reported.")
    assert loss.value == -3_000_000  # "Net loss ... of": the aside's "net income" is left out of the clause
    now, before = _readings("Total assets were EUR 56.3bn as at 30 September 2025 (30.06.2025: EUR 55.9bn).")
    assert (now.period.prior, before.period.prior) == (False, True)
    now, before = _readings("Net loss was $5,205,000 (July 31, 2024: $9,264,000) for the year.")
    assert (now.value, before.value, before.period.prior) == (-5_205_000, -9_264_000, True)
