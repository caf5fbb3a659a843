"""Work done lazily or once for speed gives the reading it replaces: each is checked against the
plain reading it stands for, kept here as the reference."""

from __future__ import annotations

import gc
import re
import time

from corpus import DATA
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.facts import prose_reading, table_reading
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text import context
from summarizer.text.sentences import prose_sentences
from summarizer.text.vocabulary import period_in
from summarizer.types import Cell, Row, Span


def _every_paragraph_length(text: str, sentences: list[Span]) -> dict[int, str]:
    """The reading before it was lazy: every sentence's length read, front to back. A list item set apart from the
    item before by a blank line takes what that item's opening sentence hands on (its own length, else what it
    inherits); a release's sentence that inherits none takes its outlook run's, read back."""
    inherited: dict[int, str] = {}
    previous_end, current = 0, ""
    breaks = "\n\n" if "\n\n" in text else "\n"
    opening_item, opening_hands_on = False, ""  # the last paragraph's opening: a list item? what it hands on
    sections = prose_reading._SectionHeadings(text)
    for position, sentence in enumerate(sentences):
        gap = text[previous_end : sentence.start]
        if breaks in gap or previous_end == 0:
            item = prose_reading._on_an_item_line(text, sentence.start)
            if position and breaks == "\n\n" and item and opening_item:
                current = opening_hands_on
            else:
                current = prose_reading._heading_length(text, sentence.start, sections)
            own = prose_reading.said_length(sentence.of(text))
            opening_item, opening_hands_on = item, own or current
        if breaks == "\n":
            inherited[sentence.start] = prose_reading._outlook_run_length(text, sentences, position) or current
        else:
            inherited[sentence.start] = current or prose_reading._outlook_run_length(text, sentences, position, steps=(-1,))
        current = prose_reading.said_length(sentence.of(text)) or current
        previous_end = sentence.end
    return inherited


_PIECES = st.sampled_from(
    ["Revenue rose 5%. ", "In the second quarter, sales fell. ", "Six-month review", "Full year", "\n", "\n\n",
     "For the nine months ended June 30, ", "compared with the prior year. ", "Net income was $3 million. ", " ",
     "Outlook:", "Q3 2025 ", "fiscal year 2026 ", "x", "• ", "We expect revenue of $5 million. "]
)  # fmt: skip


@st.composite
def _texts_and_sentences(draw):
    text = "".join(draw(st.lists(_PIECES, max_size=30)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=24))))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    wanted = {span.start for span in draw(st.lists(st.sampled_from(spans), max_size=8))} if spans else set()
    return text, spans, wanted | set(draw(st.lists(st.integers(0, len(text)), max_size=2)))


@settings(max_examples=500, deadline=None)
@given(_texts_and_sentences())
# a sentence that names a length before what it compares with and another after: it hands on the first
# (``said_length``), which the reference once read past
@example(("Revenue rose 5%. " * 12 + "Six-month reviewRevenue rose 5%. compared with the prior year. For the nine months ended June 30, ",
          [Span(0, 285), Span(286, 287)], {286}))
def test_the_lengths_read_lazily_are_the_lengths_read_in_full(case):
    text, sentences, wanted = case
    everything = _every_paragraph_length(text, sentences)
    expected = {start: length for start, length in everything.items() if start in wanted and length}
    assert prose_reading._paragraph_lengths(text, sentences, wanted, prose_reading._SectionHeadings(text)) == expected


def test_the_lengths_read_lazily_on_real_releases():
    """Every sentence of two real releases wanted: the lazy reading is the full one, and the
    second quarter's sentences of NVIDIA's opening inherit what the real text names."""
    for name in ("nvidia_q4-fy2026.txt", "apple_q1-fy2011.txt"):
        document = load_document(DATA / name)
        sentences = prose_sentences(document.text, [table.span for table in document.tables])
        expected = _every_paragraph_length(document.text, sentences)
        inherited = {start: length for start, length in expected.items() if length}
        sections = prose_reading._SectionHeadings(document.text)
        assert prose_reading._paragraph_lengths(document.text, sentences, set(expected), sections) == inherited
        assert len(set(expected.values())) > 1  # periods are inherited: the test can tell a wrong one


def _every_lead_in(text: str, sentences: list[Span], current_year: int) -> dict[int, tuple[str, str, bool]]:
    """The lead-ins before the first character of each line was found once: each sentence's line
    sliced from its start."""
    inherited: dict[int, tuple[str, str, bool]] = {}
    lead = ("", "", False)
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        words = sentence.of(text)
        if words.rstrip().endswith(":"):
            named = prose_reading.metrics_in(words)
            years = [int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", words)]
            lead = (named[0][1] if named else "", period_in(words).length, bool(years) and max(years) < current_year)
        elif text[line_start : sentence.start + 1].lstrip()[:1] in prose_reading._BULLETS:
            if any(lead):
                inherited[sentence.start] = lead
        else:
            lead = ("", "", False)
    return inherited


_LIST_PIECES = st.sampled_from(
    ["Revenue rose 5%:", "Outlook for the second quarter:", "Results for 2025 included:", "In 2026 and 2025:", "\n", " ", "\u00a0", "• ", "- ", "* ", "U.S. increased 0.8%. ",
     "Net income was $3 million.", "x"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_LIST_PIECES, max_size=30), st.lists(st.integers(0, 400), max_size=24))
def test_the_lead_ins_read_once_per_line_are_the_lead_ins_read_per_sentence(pieces, cuts):
    text = "".join(pieces)
    cuts = sorted({min(cut, len(text)) for cut in cuts})
    sentences = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    assert prose_reading._lead_ins(text, sentences, 2026) == _every_lead_in(text, sentences, 2026)


def test_the_lead_ins_of_a_line_of_thousands_of_sentences_are_read_in_linear_time():
    """The first character of a line is found once, not sliced from the line's start for each of its
    sentences (16 MB of running text on one line: hours)."""
    text = "Revenue was $5 million. " * 120_000
    sentences = [Span(24 * i, 24 * i + 23) for i in range(120_000)]
    start = time.process_time()
    assert prose_reading._lead_ins(text, sentences, 2026) == {}
    assert time.process_time() - start < 1.0
    text = "Outlook for the second quarter:\n" + "• Revenue of $5 million. " * 20_000
    sentences = [Span(0, 31), *(Span(32 + 25 * i, 32 + 25 * i + 24) for i in range(20_000))]
    assert len(prose_reading._lead_ins(text, sentences, 2026)) == 20_000  # each sentence of a line that opens with a bullet


def _first_holding(row: Row, columns: list[int | None], offset: int) -> int | None:
    """The walk along the row that ``_PlacedCells`` replaced."""
    for cell, column in zip(row.cells, columns):
        if cell.span.start <= offset < cell.span.end and column is not None:
            return column
    return None


@st.composite
def _rows(draw):
    """A row's cells in order and apart (sorted cut points), or anyhow: overlapping, reversed."""
    cuts = draw(st.lists(st.integers(0, 60), max_size=16))
    if draw(st.booleans()):
        cuts.sort()
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    cells = tuple(Cell(span, "x" * (span.end - span.start)) for span in spans)
    columns = draw(st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=len(cells), max_size=len(cells) + 2))
    return Row(Span(0, 61), "label", None, cells), columns


@settings(max_examples=600, deadline=None)
@given(_rows(), st.integers(-1, 62))
def test_a_cells_column_found_by_bisection_is_the_one_the_walk_finds(case, offset):
    row, columns = case
    assert table_reading._PlacedCells(row, columns).column_at(offset) == _first_holding(row, columns, offset)


def _table_facts_seconds(cells: int) -> float:
    """CPU seconds of the facts of one pipe row of ``cells`` amounts (``bench_adversarial``'s pipe-cells)."""
    document = document_from_text("Acme Reports Results\n\n(in thousands)\n| Revenue " + "| 1,234 " * cells + "|\n")
    figures = [figure for figure in extract_figures(document).financial if figure.table is not None]
    assert len(figures) == cells
    lookups: dict = {}
    gc.collect()
    gc.disable()  # the collector's passes grow with what the rest of the suite left alive: the work is measured
    try:
        start = time.process_time()  # CPU time: a loaded machine stretches the wall clock, not the work
        facts = [table_reading.table_fact(document, figure, lookups) for figure in figures]
        seconds = time.process_time() - start
    finally:
        gc.enable()
    assert all(fact.metrics == {"revenue"} for fact in facts)
    return seconds


def test_the_facts_of_a_row_of_thousands_of_cells_are_read_in_linear_time():
    """A cell's column was found by a walk along its row: 16,000 cells took 27 s of CPU, 53 times
    2,000's (0.4 s now)."""
    small, large = _table_facts_seconds(2_000), _table_facts_seconds(16_000)
    assert large < 16 * max(small, 0.01)


def _lead_in_scanned(text: str, start: int) -> str:
    """``context.lead_in`` before long lines were remembered: each line found by a scan back to it."""
    line_start = text.rfind("\n", 0, start) + 1
    if not context._BULLET_LINE.match(text, line_start):
        return ""
    marker = text[line_start:start].lstrip()[:1]
    for _ in range(12):
        if line_start == 0:
            return ""
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        bullet = context._BULLET_LINE.match(line) is not None
        sibling = bullet and line.lstrip()[:1] == marker
        if line.strip() and not context._WRAPPED_LINE.match(line) and not sibling and (not bullet or line.rstrip().endswith(":")):
            return line
        line_start = previous
    return ""


_LINE_PIECES = st.sampled_from(["\n", "• ", " ", "\t", "◦ ", "Outlook for 2026:", "Revenue of $5 million. ", "x", "(up 5%)"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=40), st.lists(st.integers(0, 600), max_size=20))
def test_the_lines_remembered_are_the_lines_scanned_for(pieces, starts):
    text = "".join(pieces)
    saved = context._LONG_LINE
    context._LONG_LINE = 3  # every line is a long one
    try:
        for start in starts:  # in any order, as a claim's candidates come
            start = min(start, len(text))
            assert context._line_start(text, start) == text.rfind("\n", 0, start) + 1
            assert context.lead_in(text, start) == _lead_in_scanned(text, start)
    finally:
        context._LONG_LINE = saved


def test_the_lead_in_of_sentences_of_one_long_line_is_read_in_linear_time():
    """One line of 4 MB: each sentence asked about no longer scans back to the line's start."""
    text = "Revenue was $5 million. " * 170_000 + "\n• Revenue of $6 million.\n"
    start = time.process_time()
    assert all(context.lead_in(text, 24 * i) == "" for i in range(0, 170_000, 2))
    assert time.process_time() - start < 1.0
    assert context.lead_in(text, len(text) - 25) == "Revenue was $5 million. " * 170_000
