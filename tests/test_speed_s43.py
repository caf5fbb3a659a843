"""Session 43: patterns that opened with a look-behind, tried at every character of running text, are
matched only where a cheap test says a match may stand; each gives the matches of its plain search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import numbers

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
