"""Session 52's speed work gives what it replaces (issue 10, figure extraction):

- a paragraph without "GMT)" is cut at the sentence ends of ``_SENTENCE_END`` without the newswire stamp's branch,
  which opens with a look-behind and so is tried at every character: the same sentences;
- a release's text is lowered for finding numbers in words by its ASCII letters only (``numbers._ascii_lower``):
  what ``str.lower`` gives wherever that is ASCII, so the same numbers in words;
- a footnote marker is found from its brackets by ``str.find`` (``numbers._footnote_search``): the pattern's match;
- a table cell that ``BARE_NUMBER`` or ``SIGNED_NUMBER`` matches whole is read by ``_whole_cell_figure``: the figure
  ``_cell_figure`` makes of it, whatever its row, column and caption say;
- whether a cell is such a number is matched once for its text after a separator and then looked up
  (``_whole_number``): what the patterns match in place, whatever stands before the cell.
"""

from __future__ import annotations

from corpus import CORPUS
from corpus import document as corpus_document
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import extract
from summarizer.text import numbers, sentences
from summarizer.text.numbers import BARE_NUMBER, SIGNED_NUMBER, bare_number_fields, plain_value, signed_number_fields
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
_SIGNS = st.sampled_from(["{}", "${}", "({})", "{}%"])
_UNITS = st.sampled_from([None, Unit.CURRENCY, Unit.COUNT, Unit.PERCENT, Unit.SHARES, Unit.PER_SHARE])
_COLUMNS = st.sampled_from([None, "2025", "% Change", "Percent Change 4Q21 vs 4Q20", "Y/Y %", "Mac Units", "Revenue"])


@settings(max_examples=600, deadline=None)
@given(
    number=_NUMBERS,
    sign=_SIGNS,
    unit=_UNITS,
    column=_COLUMNS,
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans()),
    exponents=st.tuples(st.sampled_from([0, 3, 6]), st.sampled_from([0, 3, 6]), st.sampled_from([0, 3])),
    kind=st.sampled_from([None, (3, True), (6, False)]),
    scaled_columns=st.booleans(),
)
def test_a_whole_cell_is_read_as_any_cell(number, sign, unit, column, flags, exponents, kind, scaled_columns) -> None:
    percent, per_share, money = flags
    place_exponent, share_exponent, count_exponent = exponents
    cell_text = sign.format(number)
    text = f"Label | {cell_text}\n"
    start = text.index(cell_text)
    cell = Cell(Span(start, start + len(cell_text)), cell_text)
    row = Row(Span(0, len(text) - 1), "Label", Span(0, 5), (cell,))
    table = Table(Span(0, len(text)), (), (column or "",), (row,), TableScale(place_exponent, share_exponent, "(in millions)"))
    place = extract._RowPlace(
        0, table, row, unit, [column], [percent], [per_share], [money], place_exponent, count_exponent,
        (kind,) if scaled_columns else (),
    )  # fmt: skip
    if sign == "{}":
        assert BARE_NUMBER.fullmatch(text, *cell.span)
        fields = bare_number_fields(cell.span.start, cell.span.end, number)
        number_start = start
    else:
        glued = SIGNED_NUMBER.fullmatch(text, *cell.span)
        assert glued is not None
        fields = signed_number_fields(glued)
        number_start = glued.start(glued.lastgroup)
    reference = extract._cell_figure(text, fields, number_start, place, 0, cell)
    _, _, value, token_unit, _, negative, decimals, _, _, currency = fields
    fast = extract._whole_cell_figure(place, 0, cell, value, token_unit, negative, decimals, currency)
    assert fast == reference
    assert [type(part) for part in fast] == [type(part) for part in reference]
    assert abs(fast.value) == plain_value(number).scaleb(fast.exponent)


# what may stand before a cell, and cells: whole numbers, numbers with more around them, dashes, words
_BEFORE = st.sampled_from(["", " ", "\t", "|", "\n", "a", "1", ".", ",", "/", "_", "$", "(", "-", "é", "٣", "%"])
_CELL_TEXTS = st.one_of(
    st.builds(str.format, _SIGNS, _NUMBERS),
    st.sampled_from(["—", "-", "$", "(1,447", "1,447)", "$ (2,209)", "12.5 %", "(62%)", "1.2x", "n/m", "$253-$254",
                     "6,58", "1,2345", "٣٤", "12.%", ".5", "(12)%", "$$1", "2025", "(0.5)", "$0.09"]),
    st.text(st.sampled_from("0123456789,.$()%- "), min_size=1, max_size=8),
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(before=_BEFORE, cell_text=_CELL_TEXTS, twice=st.booleans())
def test_a_cells_whole_number_is_what_the_patterns_match_in_place(before: str, cell_text: str, twice: bool) -> None:
    text = f"{before}{cell_text} | 5"
    start, end = len(before), len(before) + len(cell_text)
    # matched in place, with what stands before it; a cell right after a digit, one of a run its capture glued that the
    # table reading parted ("3,8703,254"), as its text alone
    matched = (cell_text, 0, len(cell_text)) if before[-1:].isdigit() else (text, start, end)
    reference = extract._matched_whole_number(*matched)
    if twice:  # a text seen before, after another separator, is looked up
        extract._whole_number(f"\t{cell_text}", 1, 1 + len(cell_text), cell_text)
    assert extract._whole_number(text, start, end, cell_text) == reference
    bare, signed = BARE_NUMBER.fullmatch(*matched), SIGNED_NUMBER.fullmatch(*matched)
    assert (reference is None) == (bare is None and signed is None)
    if bare:
        fields = bare_number_fields(matched[1], matched[2], cell_text)
    elif signed:
        fields = signed_number_fields(signed)
    if bare or signed:
        _, _, value, unit, _, negative, decimals, _, _, currency = fields
        assert reference == (value, unit, negative, decimals, currency)


def test_a_cells_text_is_the_text_its_span_covers() -> None:
    """``_whole_number`` matches a cell's text in place of the release's text at its span: the same characters."""
    for name in CORPUS:
        document = corpus_document(name)
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    assert document.text[cell.span.start : cell.span.end] == cell.text


_LETTERS = st.text(st.sampled_from("aAzZtTyY %-.1\u2014\u2019\u00c0\u00e9\u0141\u0401\u00dfxX \n"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_LETTERS)
def test_ascii_lowering_gives_what_str_lower_gives_where_that_is_ascii(text: str) -> None:
    lowered, reference = numbers._ascii_lower(text), text.lower()
    assert len(lowered) == len(reference) == len(text)
    for mine, theirs in zip(lowered, reference):
        assert mine == theirs if theirs.isascii() else mine == "?"


_WORD_PIECES = st.sampled_from(
    ["twenty-one percent", " ", "eight cents a share", "Thirty", "one point two billion", "ten", "TWENTY", "—", "é",
     "’s", "%", "per cent", "hundred", "basis points", "forty two", "times", "K", "İ", "ninety-nine", "sixty\nfive"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=12))
def test_numbers_in_words_are_found_as_with_str_lower(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = numbers.number_words(text)
    kept = numbers._ascii_lower
    try:
        numbers._ascii_lower = str.lower  # type: ignore[assignment]
        reference = numbers.number_words(text)
    finally:
        numbers._ascii_lower = kept  # type: ignore[assignment]
    assert fast == reference


_FOOTNOTE_PIECES = st.sampled_from(["(1)", "[2]", "(", ")", "[", "]", "Revenue", " ", "\n", "12", "(12)", "(123)", ":", "’",
                                    "Net loss (2)", "(a)", ",", "$", "x(3)"])  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_FOOTNOTE_PIECES, max_size=14), st.integers(0, 6), st.integers(0, 6))
def test_footnotes_found_from_their_brackets_are_the_patterns(pieces: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    found, reference = numbers._footnote_search(text, start, end), numbers._FOOTNOTE.search(text, start, end)
    assert (found and (found.span(), found.group())) == (reference and (reference.span(), reference.group()))
