"""Session 70's shortcuts give what the work they skip gives: each is property-tested against that work."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.text import context
from summarizer.text.vocabulary import LENGTH_PATTERNS, MIDPOINT
from summarizer.types import Span, Unit
from summarizer.verify import verifier
from summarizer.verify.claims import ClaimNumber

_LENGTH_PIECES = st.lists(
    st.sampled_from([
        "three", "six", "nine", "twelve", " and ", ", ", " & ", "months", "-months", " month", "quarter", "Quarter", "year",
        "YEAR", "fiscal", "FY", "24", "2025", "first", "half", "H1", "Q4", "4Q24", "weeks", "13", "ended", "the ", "prior ",
        "current ", "year-over-year", "ytd", "Jan-Sep", "annual", "trailing four quarters", "ſ", "\u212a", " ", "$5",
    ]),
    max_size=14,
).map("".join)


def _listed_lengths_searching_every_pattern(words: str, joined: bool = False) -> list[str]:
    """``context._listed_lengths`` as it read before session 70: every pattern searched, whatever the words."""
    words = context._LISTED_MONTHS.sub(r"\1 months and \2 months", words)
    found: list[tuple[int, int, str]] = []
    for name, pattern in (*LENGTH_PATTERNS, ("year", context._LISTED_YEAR)):
        found += [(m.start(), m.end(), name) for m in pattern.finditer(words)]
    lengths, reached = list[str](), -1
    for start, end, name in sorted(found):
        if start >= reached:
            if joined and lengths and not context._LENGTHS_JOINED.fullmatch(words, reached, start):
                return []
            lengths.append(name)
            reached = end
    return lengths


@settings(max_examples=3000, deadline=None)
@given(_LENGTH_PIECES, st.booleans())
@example("for the three and twelve months ended", False)
@example("In the second quarter and first six months of 2026, ", True)
@example("for the current year and prior year", False)
@example("for the ſix months and the year", False)
def test_lengths_listed_are_those_every_pattern_searched_finds(words, joined):
    """``_listed_lengths`` searches only the patterns one of whose words the list says (``LENGTH_PATTERN_WORDS``, and
    "year" for ``_LISTED_YEAR``): "for the three and twelve months ended" is [quarter, year] as before."""
    assert context._listed_lengths(words, joined) == _listed_lengths_searching_every_pattern(words, joined)


def _midpoint_said_searching_every_pattern(words: str, claim: ClaimNumber) -> bool:
    """``verifier._midpoint_said`` as it read before session 70: its patterns searched, whatever the words."""
    start, end = claim.span
    if verifier._RANGE_END_BEFORE.search(words, max(0, start - 24), start) or verifier._RANGE_END_AFTER.match(words, end):
        return False
    if MIDPOINT.search(words, max(0, start - verifier._MIDPOINT_REACH), end + verifier._MIDPOINT_REACH) is not None:
        return True
    if not verifier._COPULA_BEFORE.search(words, max(0, start - 40), start):
        return False
    lower = max(0, start - verifier._MIDPOINT_SUBJECT_REACH)
    clause_start = max((stop.end() for stop in verifier._CLAUSE_STOP.finditer(words, lower, start)), default=lower)
    return verifier._MIDPOINT_OF.search(words, clause_start, start) is not None


_MIDPOINT_PIECES = st.lists(
    st.sampled_from([
        "the midpoint of ", "mid-point", "midpoints", "middle of ", "centered on ", "centred around ", "MIDPOINT", "the ",
        "revenue range ", "outlook of $275 million to $325 million ", "is ", "was about ", "; ", ". ", "guidance ", "x" * 60,
        "mıd", "\u212a", " ", "-", "to ",
    ]),
    max_size=12,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_MIDPOINT_PIECES, _MIDPOINT_PIECES)
@example("the midpoint of the raised outlook of $275 million to $325 million is ", "")
@example("the prior ", " midpoint")
@example("x" * 120 + "the midpoint of the range " + "x" * 100 + " is ", "")
def test_a_midpoint_said_is_what_its_patterns_searched_find(before, after):
    """``_midpoint_said`` answers no where its window holds neither "mid" nor "cent", as its searches would."""
    words = f"{before}$300 million{after}"
    claim = ClaimNumber(Span(len(before), len(before) + 12), "$300 million", Decimal(300), Unit.CURRENCY, 0)
    assert verifier._midpoint_said(words, claim) == _midpoint_said_searching_every_pattern(words, claim)


def test_a_claim_number_and_its_context_are_made_and_replaced_as_the_dataclass_init_makes_them():
    """``types.quick_init`` on ``ClaimNumber`` and ``_ClaimContext``: the same parameters and defaults, and
    ``dataclasses.replace`` gives what the dataclass's own ``__init__`` would."""
    import inspect

    for cls in (ClaimNumber, verifier._ClaimContext):
        plain = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), {"__annotations__": dict(cls.__annotations__),
                                                   **{f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}}))  # fmt: skip
        ours = [(p.name, p.default, p.kind) for p in inspect.signature(cls.__init__).parameters.values()]
        theirs = [(p.name, p.default, p.kind) for p in inspect.signature(plain.__init__).parameters.values()]
        assert ours == theirs, cls
    number = ClaimNumber(Span(4, 9), "$1.2m", Decimal("1.2"), Unit.CURRENCY, 1)
    assert (number.kind, number.currency, number.short_of) == (None, "", False)
    assert dataclasses.replace(number, short_of=True).interval == (Decimal("1.15"), Decimal("1.25"))
    assert dataclasses.replace(number) == number and hash(dataclasses.replace(number)) == hash(number)
    claim_context = verifier._ClaimContext(None, context.Period("quarter", False))
    replaced = dataclasses.replace(claim_context, words="revenue", said_to=3)
    assert (replaced.said_before, replaced.period, replaced.segments) == ("rev", context.Period("quarter", False), frozenset())
    try:
        replaced.words = "x"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a claim's context is frozen")


def test_no_pattern_of_a_listed_length_matches_without_its_words():
    """The words ``_LISTED_LENGTH_WORDS`` gives each pattern are in every one of its matches of the samples."""
    samples = ["for the three and twelve months ended", "first six months", "fiscal year 2025", "FY25", "YE 2024",
               "Q4 and full year", "the quarter and the year", "Jan-Sep", "trailing four quarters", "ytd"]  # fmt: skip
    for (name, pattern), words in zip(context._LISTED_LENGTHS, context._LISTED_LENGTH_WORDS):
        for sample in samples:
            for match in re.finditer(pattern, sample):
                assert any(word in match.group().lower() for word in words), (name, sample)
