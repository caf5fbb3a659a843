"""Session 69's shortcuts give what the work they skip gives: each is property-tested against that work."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.render.json_text import Lazy, Written, indented, write_indented
from summarizer.render.serialize import number_check_json, number_check_text
from summarizer.types import Span, Unit
from summarizer.verify.verifier import NumberCheck, SourceRef, Status

_TEXTS = st.text(alphabet=st.sampled_from('ab $€"\\\n\t\x00\u2028é5,.%'), max_size=8)
_VALUES = st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**6, max_value=10**6)
_SOURCES = st.builds(
    SourceRef, st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6)), _TEXTS, _VALUES, st.sampled_from(list(Unit)),
    st.none() | _TEXTS, st.none() | _TEXTS,
)
_CHECKS = st.builds(
    NumberCheck, st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6)), _TEXTS, _VALUES, st.sampled_from(list(Unit)),
    st.sampled_from(list(Status)), st.lists(_SOURCES, max_size=3).map(tuple), st.lists(_SOURCES, max_size=3).map(tuple),
    st.none() | _TEXTS, _TEXTS,
)


@settings(max_examples=500, deadline=None)
@given(_CHECKS, st.integers(0, 4))
def test_a_number_check_written_from_its_shape_is_what_the_generic_writer_writes(check, level):
    assert number_check_text(check, level) == indented(number_check_json(check), level)


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHECKS, max_size=3))
def test_checks_written_as_they_come_are_what_json_dumps_writes(checks):
    pieces: list[str] = []
    claim = {"item": "", "text": "x", "numbers": Lazy(Written(lambda level, c=c: number_check_text(c, level)) for c in checks)}
    write_indented({"claims": [claim]}, pieces.append)
    dicts = {"claims": [{"item": "", "text": "x", "numbers": [number_check_json(c) for c in checks]}]}
    assert "".join(pieces) == json.dumps(dicts, ensure_ascii=False, indent=2)


def test_a_check_of_a_member_the_template_does_not_write_is_written_by_the_generic_writer():
    odd = NumberCheck(Span(1, 2), "5", Decimal(5), Unit.COUNT, Status.VERIFIED, formula=1.5)  # type: ignore[arg-type]
    assert number_check_text(odd, 1) == indented(number_check_json(odd), 1)


_LOSS_PIECES = st.lists(
    st.sampled_from([
        "lo", "ss", "Net loss", "5%", "5 %", "$3.1 million", " ", " from ", ", or ", " vs ", " to ", "(", ")", "*", "ſ", "x" * 40,
    ]),
    max_size=16,
)


@settings(max_examples=5000, deadline=None)
@given(_LOSS_PIECES)
@example(["Net lo", "*", "ss 5% ", "$3.1 million", ", or "])  # the footnote mark ``clause_before`` takes out joins "loss"
def test_a_loss_is_read_where_the_gate_lets_its_searches_run(pieces):
    """``loss_context`` skips its search, and ``_carries_loss`` its links, where ``may_read_a_loss`` is False (for the
    links: of all the characters they read, and no footnote mark there): they return what the searches return."""
    from summarizer.text import context, vocabulary

    text = "".join(pieces) + " $4.2 million"
    start = text.rindex("$4.2")
    clause = context.clause_before(text, start)
    gated = (vocabulary.loss_context(clause), context._carries_loss(text, start, clause))
    saved = vocabulary.may_read_a_loss, context.may_read_a_loss
    vocabulary.may_read_a_loss = context.may_read_a_loss = lambda before: True
    try:
        assert gated == (vocabulary.loss_context(clause), context._carries_loss(text, start, clause))
    finally:
        vocabulary.may_read_a_loss, context.may_read_a_loss = saved


def test_a_percentage_taken_out_from_between_two_halves_of_a_loss_joins_them():
    from summarizer.text.vocabulary import loss_context, may_read_a_loss

    assert may_read_a_loss("net lo5%ss of") and loss_context("net lo5%ss of ")
    assert not may_read_a_loss("revenue up 5%, to ")


_SENTENCE_PIECES = st.lists(
    st.sampled_from([
        "Revenue", " revenue", "net income", "sales", "sales of", " of", "0.17% of", " percent of", "total revenue", " and ",
        ", including ", ", ", "EPS", "per share", "cost of", "gross margin", "$1.2 million", " ", "2024", "\n",
    ]),
    max_size=30,
)


@settings(max_examples=500, deadline=None)
@given(_SENTENCE_PIECES, st.data())
def test_prefixes_read_as_far_as_asked_answer_as_read_whole(pieces, data):
    """``Prefixes`` reads the sentence's metric phrases only as far as it is asked about: asked in any order, it answers
    as one that read them all first."""
    from summarizer.text.prefixes import Prefixes

    text = "".join(pieces)
    lower = data.draw(st.integers(0, len(text)))
    upper = data.draw(st.integers(lower, len(text)))
    whole = Prefixes(text, lower, upper)
    whole._read_metrics_to(len(whole.sentence) + 1)
    ends = data.draw(st.lists(st.integers(lower, upper), max_size=12))
    for asked in (ends, sorted(ends)):  # in any order, and in text order, as a sentence's numbers ask
        lazy = Prefixes(text, lower, upper)
        for end in asked:
            assert lazy.last_whole(end) == whole.last_whole(end)
            for unless in ("", "revenue", "eps"):
                assert lazy.last_metric(end, unless) == whole.last_metric(end, unless)


def test_a_whole_named_late_in_a_sentence_is_read_when_a_number_after_it_asks():
    from summarizer.text.prefixes import Prefixes

    for text in ("net income 0.17% of total revenue", "Revenue rose; net income was 0.17% of total revenue, " * 3):
        whole = Prefixes(text, 0, len(text))
        whole._read_metrics_to(len(text) + 1)
        lazy = Prefixes(text, 0, len(text))
        for end in range(len(text) + 1):
            assert (lazy.last_whole(end), lazy.last_metric(end)) == (whole.last_whole(end), whole.last_metric(end))
