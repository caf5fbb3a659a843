"""Session 52's speed work gives what it replaces (issue 10, figure extraction):

- a paragraph without "GMT)" is cut at the sentence ends of ``_SENTENCE_END`` without the newswire stamp's branch,
  which opens with a look-behind and so is tried at every character: the same sentences;
- a table cell that ``BARE_NUMBER`` matches whole is read by ``_bare_cell_figure``: the figure ``_cell_figure`` makes
  of it, whatever its row, column and caption say.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import extract
from summarizer.text import sentences
from summarizer.text.numbers import BARE_NUMBER, bare_number_fields
from summarizer.types import Cell, Row, Span, Table, TableScale, Unit

# pieces of running text: full stops before capitals, abbreviations, initials, a newswire's stamps, bullets, breaks
_PIECES = st.sampled_from(
    ["Revenue rose 5%.", " ", "  ", "\n", "\n\n", "Net income", " was $2.1 million", ". ", "The", "Inc.", " J. Smith",
     "(12:30 GMT)", "**(09:05 GMT)**", " GMT)", "*Cboe 4Q Adj EPS $2.10 >CBOE", "• ", "? ", "! ", "\"", ")", "U.S.",
     " 2025", "A", "x", "$17m. Revenue", "— Total —", "\t"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_sentences_without_a_stamp_are_cut_as_with_its_branch(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = sentences.sentence_spans(text)
    kept = sentences._SENTENCE_END_NO_STAMP
    try:
        sentences._SENTENCE_END_NO_STAMP = sentences._SENTENCE_END  # every paragraph searched with the stamp's branch
        reference = sentences.sentence_spans(text)
    finally:
        sentences._SENTENCE_END_NO_STAMP = kept
    assert fast == reference


def test_the_stamp_branch_is_the_only_one_left_out() -> None:
    assert sentences._SENTENCE_END.pattern == sentences._SENTENCE_END_NO_STAMP.pattern + "|(?<=" + (
        sentences._SENTENCE_END.pattern.split("|(?<=", 1)[1]
    )
    assert "GMT" not in sentences._SENTENCE_END_NO_STAMP.pattern


_NUMBERS = st.sampled_from(["6,587", "1.77", "12", "0.5", "999", "1,000", "2025", "123,456.789", "0", "00.10"])
_UNITS = st.sampled_from([None, Unit.CURRENCY, Unit.COUNT, Unit.PERCENT, Unit.SHARES, Unit.PER_SHARE])
_COLUMNS = st.sampled_from([None, "2025", "% Change", "Percent Change 4Q21 vs 4Q20", "Y/Y %", "Mac Units", "Revenue"])


@settings(max_examples=600, deadline=None)
@given(
    number=_NUMBERS,
    unit=_UNITS,
    column=_COLUMNS,
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans()),
    exponents=st.tuples(st.sampled_from([0, 3, 6]), st.sampled_from([0, 3, 6]), st.sampled_from([0, 3])),
    kind=st.sampled_from([None, (3, True), (6, False)]),
    scaled_columns=st.booleans(),
)
def test_a_bare_cell_is_read_as_any_cell(number, unit, column, flags, exponents, kind, scaled_columns) -> None:
    percent, per_share, money = flags
    place_exponent, share_exponent, count_exponent = exponents
    text = f"Label | {number}\n"
    start = text.index(number)
    cell = Cell(Span(start, start + len(number)), number)
    assert BARE_NUMBER.fullmatch(text, *cell.span)
    row = Row(Span(0, len(text) - 1), "Label", Span(0, 5), (cell,))
    table = Table(Span(0, len(text)), (), (column or "",), (row,), TableScale(place_exponent, share_exponent, "(in millions)"))
    place = extract._RowPlace(
        0, table, row, unit, [column], [percent], [per_share], [money], place_exponent, count_exponent,
        (kind,) if scaled_columns else (),
    )  # fmt: skip
    fields = bare_number_fields(cell.span.start, cell.span.end, number)
    reference = extract._cell_figure(text, fields, cell.span.start, place, 0, cell)
    fast = extract._bare_cell_figure(place, 0, cell)
    assert fast == reference
    assert [type(part) for part in fast] == [type(part) for part in reference]
    assert fast.value == Decimal(number.replace(",", "")).scaleb(fast.exponent)
