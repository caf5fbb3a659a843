"""Session 57's speed work gives what it replaces (issue 10, figure extraction):

- the numbers alone on their lines outside the tables (page numbers, ``extract._page_numbers``) are searched for in
  the lines that hold a stretch outside the tables only: the same numbers as the search of the whole text, kept where
  ``_SpanIndex.position`` finds no table, whatever the tables' spans (apart, nested, overlapping, sharing a start).
"""

from __future__ import annotations

from corpus import CORPUS
from corpus import document as corpus_document
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.figures import extract
from summarizer.text.numbers import LONE_NUMBER_LINE
from summarizer.types import Span


def _page_numbers_of_the_whole_text(text: str, tables: extract._SpanIndex) -> list[tuple[int, int, str]]:
    """The search ``_page_numbers`` replaces: every line of the text, each match kept outside the tables."""
    found = []
    for match in LONE_NUMBER_LINE.finditer("\n" + text):  # offsets one past the text's
        start, end = match.start(1) - 1, match.end(1) - 1
        if tables.position(start) < 0:
            found.append((start, end, match.group(1)))
    return found


def test_page_numbers_of_the_test_releases_are_those_of_the_whole_text() -> None:
    for name in CORPUS:
        document = corpus_document(name)
        tables = extract._SpanIndex([table.span for table in document.tables])
        assert list(extract._page_numbers(document.text, tables)) == _page_numbers_of_the_whole_text(document.text, tables)


def test_a_page_number_between_tables_is_found() -> None:
    document = corpus_document("immunogen_q2-fy2006_8k.txt")
    tables = extract._SpanIndex([table.span for table in document.tables])
    pages = list(extract._page_numbers(document.text, tables))
    assert pages == [(1660, 1661, "2"), (2017, 2018, "3")]
    assert document.text[1636:1661] == "dated February 2, 2006\n\t2"  # the page's number after its last line


_LINES = st.sampled_from(["2", " 12 ", "\t7", "123", "1234", "Revenue 5", "Net income", "", "  ", "$3", "9\t", "a 2"])


@settings(max_examples=500, deadline=None)
@given(
    lines=st.lists(_LINES, max_size=16),
    ends=st.lists(st.tuples(st.integers(0, 90), st.integers(0, 40)), max_size=5),
)
def test_page_numbers_are_those_of_the_whole_text(lines: list[str], ends: list[tuple[int, int]]) -> None:
    text = "\n".join(lines)
    spans = [Span(start, start + length) for start, length in ends]  # apart, nested, overlapping, past the text's end
    tables = extract._SpanIndex(spans)
    assert list(extract._page_numbers(text, tables)) == _page_numbers_of_the_whole_text(text, tables)
