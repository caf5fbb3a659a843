"""Session 72's shortcuts give what the work they skip gives: each is tested against that work."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.render.json_text import indented
from summarizer.render.serialize import number_check_json, number_check_text
from summarizer.text import context
from summarizer.text.context import read_sentence
from summarizer.text.keywords import may_hold
from summarizer.types import Span, Unit
from summarizer.verify.verifier import NumberCheck, SourceRef, Status, _claim_holds

_TEXTS = st.text(alphabet=st.sampled_from('ab $€"\\\n\t\x00\u2028é5,.%'), max_size=8)
_VALUES = st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**6, max_value=10**6)
_SOURCES = st.builds(
    SourceRef, st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6)), _TEXTS, _VALUES, st.sampled_from(list(Unit)),
    st.none() | _TEXTS, st.none() | _TEXTS,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SOURCES, min_size=1, max_size=4), st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 4))))
def test_a_source_cited_by_many_checks_at_any_level_is_written_as_the_generic_writer_writes_it(sources, picks):
    # the same source objects cited again and again, as supports and candidates, at changing levels: the text kept
    # for a source is its own at each level
    for supports, candidates, level in picks:
        check = NumberCheck(
            Span(1, 5), "$5.2", Decimal("5.2"), Unit.CURRENCY, Status.UNSUPPORTED,
            supports=tuple(sources[:supports]), candidates=tuple(sources[-candidates:] if candidates else ()),
        )  # fmt: skip
        assert number_check_text(check, level) == indented(number_check_json(check), level)


def test_a_source_of_a_member_the_template_does_not_write_sends_its_check_to_the_generic_writer():
    odd = SourceRef(Span(1, 2), "5", Decimal(5), Unit.COUNT, row=1.5)  # type: ignore[arg-type]
    plain = SourceRef(Span(3, 4), "6", Decimal(6), Unit.COUNT, row="Revenue")
    check = NumberCheck(Span(1, 2), "5", Decimal(5), Unit.COUNT, Status.UNSUPPORTED, candidates=(plain, odd))
    assert number_check_text(check, 2) == indented(number_check_json(check), 2)


def test_a_gate_asked_of_a_claim_is_may_hold_of_it_whichever_gate_or_claim_was_asked_before():
    claims = ["Revenue rose 5%", "Net loss was $3 million", "revenue rose 5%", ""]
    gates = [("rose",), ("loss", "profit"), ("rose",)]  # the last an equal tuple, another object
    for claim in claims * 2:
        for gate in gates:
            assert _claim_holds(claim, gate) == may_hold(claim, gate)


_LIST_PIECES = st.lists(
    st.sampled_from([
        "$5 million", "$6.2 million", "12%", "8%", " and ", ", ", " for the year and quarter", " in Q1 and Q2", ", respectively",
        " respectively", "In the second quarter and first six months of 2026, ", "Revenue and net income were ", " months",
        " three and nine", " ended December 31, 2024", " fiscal", " ye", "İ", " ",
    ]),
    max_size=14,
)


@settings(max_examples=1500, deadline=None)
@given(_LIST_PIECES)
def test_lists_read_respectively_take_the_lengths_they_take_with_every_list_asked(pieces):
    # where the sentence says no length word, no list's words are read for one: as with each list's words read
    text = "".join(pieces)
    numbers = [(Span(m.start(), m.end()), Decimal(1), Unit.CURRENCY) for m in re.finditer(r"\$\d[\d.]*(?: million)?|\d+%", text)]
    asked = read_sentence(text, numbers, 0, len(text), 2025)
    with _every_list_asked():
        assert read_sentence(text, numbers, 0, len(text), 2025) == asked


@contextlib.contextmanager
def _every_list_asked():
    kept = context._ANY_LISTED_LENGTH_WORD
    context._ANY_LISTED_LENGTH_WORD = ("",)  # held by every text
    try:
        yield
    finally:
        context._ANY_LISTED_LENGTH_WORD = kept
