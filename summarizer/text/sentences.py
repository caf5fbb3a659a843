"""Sentences of running text, as spans.

A paragraph ends at a blank line or where a bullet starts a line, and a list item at
its line's end when the next line starts flush with a capital; inside it, a sentence
ends at ``.``, ``!`` or ``?`` followed by space and a capital, unless the word before
the point is a known abbreviation ("Inc.", "Feb.", "U.S.", "Ex.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..types import Span

__all__ = ["sentence_spans", "prose_sentences"]

_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:[•●◦▪*·-]|\d+\.)[ \t])|\n(?=[ \t]*•)"
    # a line of a wire's "--" alone opens the next sub-item ("* FMS EBT of $152 million, up 13%" / "   --" / "   Used
    # vehicle results were $18 million ...": no words of the headline item above)
    r"|\n(?=[ \t]*--[ \t]*(?:\n|$))"
    # a subtitle's line set between dashes ("— Total revenue of $3.33 billion, a 12% increase —") stands alone
    r"|\n(?=[ \t]*—[ \t][^\n]*[ \t]—[ \t]*(?:\n|$))"
    # and ends at its line's end: "(?<=[ \t]—)[ \t]*\n(?=[ \t]*[A-Z—])"; every branch here opens with "\n", which
    # lets the regex engine pass over the other characters in C, and the break that opens with the space or
    # tab after the dash is found from the dash, which few lines hold (``_paragraph_breaks``)
    r"|\n(?<=[ \t]—\n)(?=[ \t]*[A-Z—])"
)
_BREAK_AFTER_DASH = re.compile(r"—(?<=[ \t]—)([ \t][ \t]*\n)(?=[ \t]*[A-Z—])")


def _paragraph_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``_PARAGRAPH_BREAK`` and of ``_BREAK_AFTER_DASH``'s group in ``text[start:end]``, as one
    pattern of both finds them: in text order, each searched for from the end of the last (the two open
    with different characters, "\n" and a space or a tab, so they never match at one position)."""
    dash = _BREAK_AFTER_DASH.search(text, max(start - 1, 0), end)
    if dash is None:
        return [match.span() for match in _PARAGRAPH_BREAK.finditer(text, start, end)]
    breaks: list[tuple[int, int]] = []
    line = _PARAGRAPH_BREAK.search(text, start, end)
    while line or dash:
        span = line.span() if line and not (dash and dash.start(1) < line.start()) else dash.span(1)  # type: ignore[union-attr]
        breaks.append(span)
        if line and line.start() < span[1]:
            line = _PARAGRAPH_BREAK.search(text, span[1], end)
        if dash and dash.start(1) < span[1]:
            dash = _BREAK_AFTER_DASH.search(text, span[1], end)  # a break ends with "\n", no dash
    return breaks


# a bullet may open the next sentence on the same line: "... March 2, 2022. ◾ During the year, the firm returned"
# (or a newswire's next headline item, which opens with its time stamp: "*Cboe 4Q Adj EPS $2.10 >CBOE(12:30 GMT) *Cboe
# 4Q Rev $1.11B": no full stop between them; the stamp's own match is empty; the white space before it read possessively:
# a run of spaces before no stamp is scanned once, never given back a character at a time, which is quadratic)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“(\[$•◾▪●]?[ \t]?[A-Z0-9])|(?<=[^\s*])(?=[ \t]*+(?:\n[ \t]*+)?(?:\*\*)?\(\d{1,2}:\d{2}[ \t]+GMT\))")
# ``_SENTENCE_END`` without the stamp's branch, for a paragraph with no "GMT)": that branch opens with a lookbehind, so
# the engine tries it at every character (~10 times the cost of the full stops' branch alone, which it skips to in C);
# it can only match where "GMT)" follows, so without one both find the same ends
_SENTENCE_END_NO_STAMP = re.compile(_SENTENCE_END.pattern.split("|(?<=")[0])
_ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc no nos mr mrs ms dr st jr sr vs etc approx jan feb mar apr jun jul aug sep sept "
    "oct nov dec u.s u.k calif mass ill fla n.a e.g i.e fig est dept ave blvd ex excl incl adj avg".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A NamedTuple made from a tuple of its fields, ``_new_tuple(Span, (start, end))``: the object ``Span(start, end)`` makes,
# without the class's Python-level __new__ (~0.3 us), for each sentence of a release
_new_tuple = tuple.__new__


def _split_paragraph(text: str, start: int, end: int, spans: list[Span]) -> None:
    sentence_start = start
    ends = _SENTENCE_END if text.find("GMT)", start, end) >= 0 else _SENTENCE_END_NO_STAMP
    for match in ends.finditer(text, start, end):
        word = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start()) if match.end() > match.start() else None
        # an initial ("J. Smith") ends no sentence; a scale glued on an amount does ("... was $17m. Revenue")
        initial = word is not None and len(word.group(1)) == 1 and not text[word.start() - 1 : word.start()].isdigit()
        if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or initial):
            continue
        spans.append(_new_tuple(Span, (sentence_start, match.end())))
        sentence_start = match.end()
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        spans.append(_new_tuple(Span, (sentence_start, _before_page_number(text, sentence_start, end))))


# A page's number on a line of its own after a full line of prose ("... for large-scale AI training and\n2"):
# a converter's page break, no part of the sentence it interrupts.
_PAGE_NUMBER = re.compile(r"\n[ \t]*\d{1,3}[ \t]*$")
_FULL_LINE = 60


def _before_page_number(text: str, start: int, end: int) -> int:
    page = _PAGE_NUMBER.search(text, max(start, end - 8), end)
    if page is None or page.start() - max(start, text.rfind("\n", 0, page.start()) + 1) < _FULL_LINE:
        return end  # a figure under its label ("Number of stores" / "512") is no page number
    cut = page.start()
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


_BULLET_START = re.compile(r"[•●◦▪*·-][ \t]")
_LINE_OF_ITS_OWN = re.compile(r"\n(?=[A-Z])")


def _item_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's first piece ends: a list item ends at its line's end when the next
    line starts flush with a capital ("• EPS of $30.00 to $31.00" / "Fiscal 2026 Fourth Quarter
    Segment Results"), a heading or a paragraph of its own, not a wrapped continuation."""
    if not _BULLET_START.match(text, start):
        return end
    line_break = _LINE_OF_ITS_OWN.search(text, start, end)
    return line_break.start() if line_break else end


# an EDGAR document's header lines, as a text capture keeps them: its type, sequence number, file name, description
_FILING_HEADER = re.compile(r"EX-\d+(?:\.\d+)?[ \t]*\n[ \t]*\d{1,3}[ \t]*\n[ \t]*[\w.-]+\.html?[ \t]*(?:\n[^\n]{1,40})?")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Every sentence in ``text[start:end]``, stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    paragraph_start = start
    for match in [*_paragraph_breaks(text, start, end), None]:
        paragraph_end = match[0] if match else end
        left, right = paragraph_start, paragraph_end
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if _FILING_HEADER.fullmatch(text, left, right):
            left = right  # "EX-99.1 / 2 / ex-991_q22026.htm / EX-99.1": the filing's header kept by a capture, no prose
        while left < right:
            cut = _item_end(text, left, right)
            _split_paragraph(text, left, cut, spans)
            left = cut
            while left < right and text[left].isspace():
                left += 1
        paragraph_start = match[1] if match else end
    return spans


def prose_sentences(text: str, tables: Sequence[Span]) -> list[Span]:
    """The sentences of running text: every sentence outside the ``tables`` (sorted spans).

    The one segmentation of a release's prose: figures, facts, the extractive engine and the
    model's numbered segments all read the same sentences (cut once: the last few are kept)."""
    return list(_prose_sentences(text, tuple(tables)))


@lru_cache(maxsize=8)
def _prose_sentences(text: str, tables: tuple[Span, ...]) -> tuple[Span, ...]:
    spans: list[Span] = []
    position = 0
    for table in [*tables, Span(len(text), len(text))]:
        if table.start > position:
            spans.extend(sentence_spans(text, position, table.start))
        position = max(position, table.end)
    return tuple(spans)
