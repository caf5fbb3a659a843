"""Shortcuts taken in session 45 for a table's row labels read as one long sentence (issue 13's table-rows input:
"Line item 47\\t$329\\t(141)\\nLine item 48 ..."): each gives the reading it replaces.

- ``vocabulary._determiner_then``: the determiner before a direction word searched from where a match can start;
- ``vocabulary._direction_of``: the direction of a word, kept per word;
- ``context.basis_of``: one look for all its keywords before the look per pattern;
- ``context.read_sentence``: one look for the words of the three cuts of the words after a level, and the causes
  that cut a period length searched only when lengths are read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.text import context, vocabulary
from summarizer.text.keywords import may_hold
from summarizer.text.vocabulary import COMPARISON_WORDS
from summarizer.types import Span, Unit

# Pieces of the words before a number: determiners in both cases, white space of several kinds (a final newline is
# where ``$`` matches too), hyphens, letters that fold to ASCII under ``re.IGNORECASE`` ("\u017f", "\u212a"),
# accented letters, digits and the characters a table's row holds.
_WORD_PARTS = st.sampled_from(
    ["the", "The", "THE", "its", "their", "our", "this", "that", "a", "an", "An", " ", "  ", "\t", "\n", "-", "cut",
     "cut-", "lowered", "down", "item", "Line", "x", "\u017f", "\u212a", "\u00e9", "(", ")", "$", "2", "47", ",", "&",
     "SG&A", "_"]
)  # fmt: skip
_words = st.lists(_WORD_PARTS, max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_words, st.integers(min_value=0, max_value=80))
@example("the cut-", 8)
@example("the cut-\n", 9)
@example("its \n", 5)
@example("(the \u212a-", 7)
@example("Line item 47\t$329\t\nLine item ", 29)
def test_a_determiner_before_is_found_as_the_whole_search_finds_it(words, cut):
    end = min(cut, len(words))
    whole = vocabulary._DETERMINER_THEN.search(words, 0, end) is not None
    assert vocabulary._determiner_then(words, end) == whole


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["fell", "Fell", "up", "UP", "item", "growth", "narrowed", "eased", "\u017fank", "", "rose", "x"]))
def test_a_words_direction_kept_is_the_direction_read(word):
    assert vocabulary._direction_of(word) == vocabulary._direction_of.__wrapped__(word)


def test_a_direction_is_still_read_through_the_determiner_shortcut():
    # "The cut-down $92.0 billion full-year sales outlook": an adjective, a level; "sales were cut 5%": a change
    assert vocabulary.change_direction.__wrapped__("The cut-down ", "billion full-year sales outlook") == 0
    assert vocabulary.change_direction.__wrapped__("its lowered ", " target") == 0
    assert vocabulary.change_direction.__wrapped__("Net sales were cut ", " in the quarter") == -1
    assert vocabulary.change_direction.__wrapped__("Line item 47\t$329\t \nLine item ", "\t$336\t(144)\nLine") == 0


def _basis_looked_at_per_pattern(words: str, after: str = "") -> str:
    """``context.basis_of`` as it was before session 45: each pattern's keywords looked for on their own."""
    after = context._DIGIT.split(after[:40], maxsplit=1)[0]
    if (
        context._CONSTANT_CURRENCY.search(after)
        or context._CC_AFTER.match(after)
        or (may_hold(words, ("currenc",)) and context._CONSTANT_CURRENCY.search(words))
    ):
        return "constant_currency"
    said_after = context._BASIS_AFTER.match(after)
    if said_after:
        return "gaap" if context._GAAP.fullmatch(said_after.group(1)) or said_after.group(1).lower() == "reported" else "adjusted"
    if context._ORGANIC_AFTER.match(after):  # session 54: "down 5% organically", "5% LFL"
        return "organic"
    if context._ADJUSTED_RIGHT_AFTER.match(after):  # session 56: "or 28.0% adjusted, an increase of 110 bps"
        return "adjusted"
    organic = context._ORGANIC.search(words) if may_hold(words, context._ORGANIC_WORDS) else None
    if (
        organic is not None and len(words) - organic.end() <= 30 and not context._ADJUSTED.search(words, organic.end())
        and not context._A_CHANGES_BASIS.search(words, 0, organic.start())  # session 54: "5% LFL to $5,806.6 million"
    ):
        return "organic"
    if not may_hold(words, context._BASIS_WORDS):
        return ""
    if context._ADJUSTED.search(words):
        return "adjusted"
    return "gaap" if context._GAAP.search(words) or ("reported" in words.lower() and context._REPORTED.search(words)) else ""


_BASIS_PARTS = st.sampled_from(
    ["adjusted ", "Adjusted", "non-GAAP ", "GAAP ", "gaap", "reported ", "Reported ", "core ", "excluding ", "organic ",
     "Organic", "like-for-like ", " LFL", " organically", "5% ", "constant currency ", "currency-neutral ", "in constant currencies", "revenue ", "net income ", "EPS ",
     "was ", "on a ", " basis", "Line item ", "47", "\t", "$", "(141)", "\n", ",", " ", "\u017f", "\u212a", "\u0130"]
)  # fmt: skip
_basis_words = st.lists(_BASIS_PARTS, max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_basis_words, _basis_words)
@example("Adjusted EBITDA was ", " million")
@example("organic revenue growth of ", "")
@example("Line item 47\t$329\t \nLine item ", "\t$336\t(144)\nLine item 49")
def test_the_basis_read_after_one_look_is_the_basis_read_per_pattern(words, after):
    assert context.basis_of(words, after) == _basis_looked_at_per_pattern(words, after)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*COMPARISON_WORDS, *context._PROGRAM_WORDS, "since", "Since", "SINCE", " ", "item", "x",
                                 "\u017f", "\u212a", "in 2023", "$5", "\t"]), max_size=8).map("".join))  # fmt: skip
def test_words_with_none_of_the_cut_words_hold_none_of_each_cuts_words(after):
    # the one look stands for the three: any words that one of the three would search, the one look lets through
    if not may_hold(after, context._CUT_AFTER_WORDS):
        assert not may_hold(after, COMPARISON_WORDS)
        assert not may_hold(after, context._PROGRAM_WORDS)
        assert not may_hold(after, ("since",))


def _numbers(text: str) -> list[tuple[Span, Decimal, Unit]]:
    found = []
    for match in re.finditer(r"\$?(\d[\d,]*)(?:\s?(million))?", text):
        value = Decimal(match.group(1).replace(",", "")) * (10**6 if match.group(2) else 1)
        unit = Unit.CURRENCY if match.group().startswith("$") else Unit.COUNT
        found.append((Span(match.start(), match.end()), value, unit))
    return found


_SENTENCE_PARTS = st.sampled_from(
    ["Revenue was ", "$5 million", "$4 million", ", up 12% from ", "compared with ", " in the quarter", " for the year",
     ", driven by ", ", including ", " due to ", "since 2023 ", "authorized in 2023 ", "Line item 7\t", "$329\t",
     "(141)\n", "net loss of ", "adjusted ", " and ", ", or ", "2024 ", "2025 "]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_PARTS, min_size=1, max_size=14).map("".join))
@example("Revenue was $5 million, driven by Line item 7\t$329\t(141)\n compared with $4 million for the year")
def test_a_sentence_read_without_lengths_reads_as_with_them_but_for_the_lengths(sentence):
    # the causes that cut a period length are searched only when lengths are read: everything else is read alike
    numbers = _numbers(sentence)
    with_lengths = context.read_sentence(sentence, numbers, 0, len(sentence), 2025)
    without = context.read_sentence(sentence, numbers, 0, len(sentence), 2025, lengths=False)
    assert [r.period.length for r in without] == [""] * len(without)
    assert [(r.value, r.change, r.metric, r.period.prior, r.basis) for r in without] == [
        (r.value, r.change, r.metric, r.period.prior, r.basis) for r in with_lengths
    ]
