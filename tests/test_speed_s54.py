"""Speed (issue 13): the facts stage leaves the numbers of table row labels unread (``extract_figures(row_labels=
False)``), which it makes no facts of (``index.outside_row_labels``), and reads every other figure as before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts.index import outside_row_labels
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.numbers import may_join
from summarizer.types import Document, Figure

DATA = Path(__file__).parent / "data"


def _what_the_facts_stage_reads(document: Document, figures: tuple[Figure, ...]) -> tuple[list[Figure], list[Figure]]:
    """The figures ``FactIndex`` makes facts of: the table cells', and those of running text outside row labels."""
    cells = [figure for figure in figures if figure.table is not None]
    return cells, outside_row_labels(document, [figure for figure in figures if figure.table is None])


def test_a_releases_label_numbers_are_left_unread_and_every_figure_read_stays():
    # Datadog's labels hold footnote marks ("Cost of revenue (1)(2)(3)") and amounts ("Accounts receivable, net of
    # allowance for credit losses of $24,021 and $19,292 as of ...")
    document = load_document(DATA / "datadog_q2-2026_text.txt")
    every, read = extract_figures(document).financial, extract_figures(document, row_labels=False).financial
    assert len(every) - len(read) == 9
    assert {"$24,021", "$19,292", "(3)"} <= {figure.text for figure in every} - {figure.text for figure in read}
    assert _what_the_facts_stage_reads(document, read) == _what_the_facts_stage_reads(document, every)


def test_a_label_number_a_figure_beside_it_may_be_joined_with_is_read_with_every_other():
    # Anywhere's "7.00% Senior Secured Second Lien Notes" is followed by letters and spaces only, a run of them that a
    # comparison aside's gap might be read in (" per share "): nothing says the figures after it are apart from it
    document = load_document(DATA / "reading" / "anywhere-real-estate_q4-2024_newswire.txt")
    assert extract_figures(document, row_labels=False) == extract_figures(document)


def _join(text: str, first: str, second: str) -> bool:
    """``may_join`` of the words between the numbers ``first`` and ``second`` of ``text``."""
    end = text.index(first) + len(first)
    return may_join(text, end, text.index(second, end))


def test_the_words_that_join_numbers():
    assert not _join("Revenue was $6.6 million.\nLine item 12", "$6.6 million", "12")  # "L" and a line break
    assert not _join("Line item 12\t$84\t(36)\nLine item 13", "12", "13")  # the row's cells between: "$", a tab
    assert _join("up 5 \n\t 7", "5", "7")  # white space alone may be a range's link ("5 - 7")
    assert _join("$5 to $7", "$5", "$7")  # a range
    assert _join("EUR 723.7 million (808.8)", "723.7 million", "808.8")  # an aside, its parenthesis not counted
    assert _join("$0.91 per diluted share (0.80)", "$0.91", "0.80")
    # letters and spaces alone may be an aside's gap (" per diluted share ")
    assert _join("$64 Senior Secured Second Lien Notes 7", "$64", "7")


_PROSE = st.sampled_from([
    "Revenue was $3", "Guidance of $4.1 million", "up 5% (6%)", "from 7", "to", "and 8 cents", "$2 -", "(9)", "per share",
    "Net income rose to $1,234 thousand.", "",
])  # fmt: skip
_LABELS = st.sampled_from([
    "Line item 5", "to 5 million", "- 5", "and 5", "(5)", "5 cents", "per 5 share", "Notes due 2025", "Total", "5%",
    "Revenue", "Cost of revenue (1)(2)", "7.00% Senior Notes", "$1.5 billion facility", "Two",
])  # fmt: skip
_CELLS = st.sampled_from(["$84", "(36)", "—", "12.5%", "1,234", "$ (2,209)", "0.40x", "-"])


@st.composite
def _releases(draw) -> str:
    """A table of rows under "(in thousands)", with running text before, after and between its rows."""
    rows = ["\t".join([draw(_LABELS), draw(_CELLS), draw(_CELLS)]) for _ in range(draw(st.integers(min_value=1, max_value=6)))]
    lines = draw(st.lists(_PROSE, max_size=3)) + ["(in thousands)", "\t2025\t2024"]
    for row in rows:
        lines += [*draw(st.lists(_PROSE, max_size=1)), row]
    lines += draw(st.lists(_PROSE, max_size=3))
    return draw(st.sampled_from(["\n", "\n\n"])).join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(_releases())
def test_the_facts_stage_reads_the_same_figures_with_the_labels_numbers_unread(text):
    document = document_from_text(text)
    every, read = extract_figures(document), extract_figures(document, row_labels=False)
    assert _what_the_facts_stage_reads(document, read.financial) == _what_the_facts_stage_reads(document, every.financial)
