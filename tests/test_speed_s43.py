"""Session 43: patterns that opened with a look-behind, tried at every character of running text, are
matched only where a cheap test says a match may stand; each gives the matches of its plain search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest.cells import is_range_cell
from summarizer.text import numbers
from summarizer.types import Unit

# the characters of a multiple and of what stands around one: digits (ASCII and not), points, commas, currency
# signs, the signs of a multiple and words ("tax", "4x4", "x86", "1.3x the dividend")
_MULTIPLE_PIECES = st.sampled_from(
    list("0123456789.,$€xX×_a ()-\n") + ["١", "²", "1.3x", "12.50x", "tax", " the", "4x4", "0x1F", "1,2x"]
)


@settings(max_examples=5000, deadline=None)
@given(st.lists(_MULTIPLE_PIECES, max_size=14).map("".join), st.integers(0, 4), st.integers(0, 4))
def test_multiples_found_from_their_signs_are_those_of_the_plain_search(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    plain = [match.span() for match in numbers._MULTIPLE_X.finditer(text, start, end)]
    assert [match.span() for match in numbers._multiple_matches(text, start, end)] == plain


def test_a_multiple_in_running_text_is_read_with_its_value_and_decimals():
    text = "Net leverage improved to 3.6x from 4.05X; the 4x4 trucks, x86 chips and 1,2x are no multiples."
    assert [(text[start:end], str(value), decimals) for start, end, value, decimals in numbers.multiples(text)] == [
        ("3.6x", "3.6", 1),
        ("4.05X", "4.05", 2),
    ]


# a cell's characters and the one before it: digits (ASCII and not), thousands commas, points, the signs glued on
# ("$", parentheses, "%"), other signs, units and words
_CELL_CHARACTERS = st.sampled_from(list("0123456789,.,.( )$%-–/x_aM|\t€") + ["١", "²", "12", "345", ",678", ".5", "(1", "$1", "9%"])


@settings(max_examples=8000, deadline=None)
@given(st.lists(_CELL_CHARACTERS, max_size=3).map("".join), st.lists(_CELL_CHARACTERS, min_size=1, max_size=8).map("".join))
def test_a_cell_of_a_number_with_a_sign_glued_on_is_read_as_number_reads_it(before, cell):
    """A cell that ``SIGNED_NUMBER`` matches whole is the whole match of ``NUMBER``, its ``num`` group the
    digits, and ``signed_number_fields`` gives the fields ``token_fields`` reads from that match."""
    text = before + cell
    start, end = len(before), len(text)
    glued = numbers.SIGNED_NUMBER.fullmatch(text, start, end)
    if glued is None:
        return
    match = numbers.NUMBER.search(text, start, end)
    assert match is not None and match.span() == (start, end)
    assert match.span("num") == glued.span(glued.lastgroup)
    assert numbers.signed_number_fields(glued) == numbers.token_fields(text, match, True)
    assert not is_range_cell(cell)


def test_the_signs_glued_on_a_cell_give_its_unit_and_sign():
    read = [numbers.signed_number_fields(numbers.SIGNED_NUMBER.fullmatch(cell)) for cell in ("$6,587", "(1,447.5)", "12.5%")]
    assert [(str(value), unit, negative, decimals, currency) for _, _, value, unit, _, negative, decimals, _, _, currency in read] == [
        ("6587", Unit.CURRENCY, False, 0, "$"),
        ("-1447.5", Unit.COUNT, True, 1, ""),
        ("12.5", Unit.PERCENT, False, 1, ""),
    ]
