"""Session 46 (issue 13's table-of-rows speed).

- ``index.outside_row_labels``: the numbers inside a table row's label are figures, not facts ("Line item
  123\\t$861\\t(369)": the "123"), which the facts stage read with the whole table's text as one sentence. The
  figures command still lists them; a claim's verdict and a summary over the development releases are the same
  without their facts.
- ``tables._classify_cells``: a line whose pieces are each a cell of their own takes them as its cells as they are.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex
from summarizer.facts import index as index_module
from summarizer.facts.index import outside_row_labels
from summarizer.figures.extract import extract_figures
from summarizer.ingest import tables
from summarizer.ingest.cells import group_pieces
from summarizer.ingest.load import document_from_text, load_document
from summarizer.types import Span
from summarizer.verify.verifier import verify_claim

DATA = Path(__file__).parent / "data"
_TABLE_ROWS = (
    "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n"
    "(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    + "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(200))
)


def _inside_a_label(document, figure) -> bool:
    """What ``outside_row_labels`` leaves out, asked of every label: the reading it replaces."""
    return any(
        row.label_span is not None and row.label_span.start <= figure.span.start and figure.span.end <= row.label_span.end
        for table in document.tables
        for row in table.rows
    )


@st.composite
def _labels_and_figures(draw):
    """Row labels that stand apart (a label may repeat, as the rows a wide row is split into share theirs), spread
    over tables, and figures anywhere, some of them on a label's ends."""
    cuts = sorted(draw(st.sets(st.integers(min_value=0, max_value=400), max_size=24)))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    spans += draw(st.lists(st.sampled_from(spans), max_size=3)) if spans else []
    draw(st.randoms()).shuffle(spans)
    tables, position = [], 0
    while position < len(spans):  # tables of a few rows each, some rows with no label
        size = draw(st.integers(min_value=1, max_value=4))
        rows = [SimpleNamespace(label_span=span) for span in spans[position : position + size]]
        rows += [SimpleNamespace(label_span=None)] * draw(st.integers(min_value=0, max_value=1))
        labels = [row.label_span for row in rows if row.label_span is not None]
        # a table's span holds its rows' labels (the tables of a case may overlap, their labels do not)
        table_span = Span(min(s.start for s in labels), max(s.end for s in labels)) if labels else Span(0, 0)
        tables.append(SimpleNamespace(rows=rows, span=table_span))
        position += size
    ends = [end for span in spans for end in (span.start, span.end)]
    places = st.integers(min_value=0, max_value=410) | (st.sampled_from(ends) if ends else st.just(0))
    starts = sorted(draw(st.lists(places, max_size=30)))
    figures = [SimpleNamespace(span=Span(start, start + draw(st.integers(min_value=1, max_value=12)))) for start in starts]
    return SimpleNamespace(tables=tables), figures


@settings(max_examples=2000, deadline=None)
@given(_labels_and_figures())
def test_the_figures_kept_are_those_no_row_label_holds(case):
    document, figures = case
    assert outside_row_labels(document, figures) == [f for f in figures if not _inside_a_label(document, f)]


def test_a_table_of_rows_labels_numbers_stay_figures_but_make_no_facts():
    document = document_from_text(_TABLE_ROWS)
    figures = extract_figures(document).financial
    in_labels = [f for f in figures if f.table is None and _inside_a_label(document, f)]
    assert [f.text for f in in_labels[:3]] == ["0", "1", "2"] and len(in_labels) == 200  # "Line item 0" ...
    facts = FactIndex(document).facts
    assert not any(_inside_a_label(document, fact.figure) for fact in facts)
    assert any(fact.figure.text == "$6.6 million" and not fact.in_table for fact in facts)  # the sentence's, not a label
    assert sum(fact.in_table for fact in facts) == 400  # every cell


def test_a_releases_other_facts_and_verdicts_stay(monkeypatch):
    # Datadog's labels hold footnote marks ("Cost of revenue (1)(2)(3)") and amounts ("Accounts receivable, net of
    # allowance for credit losses of $24,021 and $19,292 as of ...")
    document = load_document(DATA / "datadog_q2-2026_text.txt")
    facts = FactIndex(document).facts
    with monkeypatch.context() as patched:  # the labels' numbers read (``row_labels``) and kept
        patched.setattr(index_module, "extract_figures", lambda document, row_labels=True: extract_figures(document))
        patched.setattr(index_module, "outside_row_labels", lambda document, figures: figures)
        every = FactIndex(document).facts
    dropped = [fact for fact in every if not fact.in_table and _inside_a_label(document, fact.figure)]
    assert dropped  # the release has some
    assert [fact for fact in every if fact not in dropped] == facts
    claims = (Path(__file__).parent.parent / "benchmarks" / "claims" / "122_datadog_q2-2026_text.txt").read_text().splitlines()
    claims += ["Credit losses were $24,021.", "The allowance for credit losses was $24.0 million."]  # a label's amount
    index, with_labels = FactIndex(document), FactIndex(document, every)
    for claim in filter(None, claims):
        assert verify_claim(index, claim).supported == verify_claim(with_labels, claim).supported


# Pieces of a table line split on tabs: labels, amounts, prefixes and suffixes that join a number ("$", "(", ")", "%",
# "US$", "EUR"), dashes, years, footnote marks and white space.
_PIECES = st.sampled_from(
    ["Line item 12", "Revenue", "$", "$84", "(36)", "(", ")", "%", ")%", "US$", "EUR", "RMB", "2024", "—", "-", "n/m",
     "1,234", "12.5", "x", "bps", "pts", " ", "*", "Net loss (1)", "3", "(0.05)", "$ (2,209)"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=8))
def test_as_many_groups_as_pieces_is_a_cell_of_each_piece(pieces):
    groups = group_pieces(pieces)
    assert [index for group in groups for index in group] == list(range(len(pieces)))  # every piece once, in order
    if len(groups) == len(pieces):
        assert groups == [[index] for index in range(len(pieces))]


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=8))
def test_a_lines_cells_are_its_pieces_grouped(pieces):
    text = "\t".join(pieces) + "\n"
    line = tables._classify_cells(text, 0, len(text) - 1)
    spans = tables._split(text, 0, len(text) - 1)
    texts = [text[a:b] for a, b in spans]
    if line.kind in ("rule", "blank") or len(spans) < 2:
        return
    groups = group_pieces(texts)  # the cells as the general reading makes them
    assert line.cells == tuple((spans[g[0]][0], spans[g[-1]][1]) for g in groups)
