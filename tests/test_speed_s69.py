"""Session 69's shortcuts give what the work they skip gives: each is property-tested against that work."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given, settings
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

