"""Work done once per release: the fact index of a document reused, the extractive engine's
metrics alone where a model's summary is cross-checked, and caches that give the same reading."""

from __future__ import annotations

import pytest
from corpus import DATA

from summarizer.engines.extractive import summarize_extractive, table_metrics
from summarizer.facts import FactIndex
from summarizer.ingest import tables
from summarizer.ingest.load import load_document
from summarizer.pipeline import cross_check
from summarizer.text.sentences import prose_sentences
from summarizer.text.vocabulary import metrics_in, period_in

NVIDIA = DATA / "nvidia_q4-fy2026.txt"


def test_the_index_of_a_document_is_built_once_and_only_for_that_document():
    document = load_document(NVIDIA)
    index = FactIndex.of(document)
    assert FactIndex.of(document) is index
    again = load_document(NVIDIA)  # an equal document read again is another filing's work: its own index
    other = FactIndex.of(again)
    assert other is not index and [f.value for f in other.facts] == [f.value for f in index.facts]


def test_the_metrics_a_model_is_checked_against_are_the_extractive_summarys():
    document = load_document(NVIDIA)
    index = FactIndex.of(document)
    metrics = table_metrics(document, index)
    summary = summarize_extractive(document, index)
    assert metrics == summary.metrics
    revenue = next(m for m in metrics if m.metric == "revenue" and m.basis == "gaap")
    assert revenue.value.value == "68127"  # $68,127 million, fourth quarter of fiscal 2026
    assert cross_check(summary, metrics) == cross_check(summary, summary) == []
    wrong = summary.model_copy(update={"metrics": [revenue.model_copy(update={"value": metrics[1].value})]})
    assert cross_check(wrong, metrics) == cross_check(wrong, summary) and len(cross_check(wrong, metrics)) == 1


def test_cached_readings_are_fresh_lists_and_the_same_reading():
    named = metrics_in("Net income attributable to NVIDIA and diluted earnings per share")
    named.append((0, "mutated"))  # a caller's list is its own: the cache keeps its reading
    assert metrics_in("Net income attributable to NVIDIA and diluted earnings per share") == [(0, "net_income"), (46, "eps")]
    assert period_in("Three Months Ended January 25, 2026") is period_in("Three Months Ended January 25, 2026")
    assert period_in("Three Months Ended January 25, 2026").length == "quarter"


def test_the_prose_is_cut_once_and_each_caller_gets_its_own_list():
    document = load_document(NVIDIA)
    tables = [table.span for table in document.tables]
    first = prose_sentences(document.text, tables)
    first.clear()  # a caller's list is its own
    again = prose_sentences(document.text, tables)
    assert again and again == prose_sentences(document.text, tuple(tables))
    opening = again[0].of(document.text)
    assert opening.startswith("NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2026")


def _table_of_rows(rows: int) -> str:
    lines = "".join(f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n" for i in range(rows))
    return "Acme Corp Reports Third Quarter Results\n\n(in thousands)\n\tThree Months Ended\n\t2025\t2024\n" + lines


def test_a_table_longer_than_the_line_window_classifies_each_line_once(monkeypatch):
    """A table of 10,000 rows (past the 4,096 lines ``_Lines`` keeps): its lines are classified to
    find where it ends and held to build its rows, ~1.8 classifications a line before (a fifth of
    finding the table)."""
    classified = []

    def counted(text: str, start: int, end: int):
        classified.append(start)
        return classify(text, start, end)

    classify = tables._classify
    monkeypatch.setattr(tables, "_classify", counted)
    (table,) = tables.find_tables(_table_of_rows(10_000))
    assert len(table.rows) == 10_000 and table.rows[-1].label == "Line item 9999"
    assert [cell.text for cell in table.rows[-2].cells] == ["$9,992", "(9,996)"]  # 9,998 x 7 and x 3, mod 9,999
    assert len(classified) < 10_050


@pytest.mark.parametrize("name", ["nvidia_q4-fy2026.txt", "buckle_q3-fy2024.html", "sears_q2-2004.txt"])
def test_the_lines_held_for_a_table_make_the_tables_their_classification_makes(monkeypatch, name):
    """With a window of 8 lines every table's lines not held (``_Lines.hold``) are forgotten before its rows
    are built: held while the table is read, they give the tables classifying them again gives."""
    monkeypatch.setattr(tables._Lines, "_KEEP", 8)
    held = load_document(DATA / name).tables
    monkeypatch.setattr(tables._Lines, "hold", lambda self: None)
    classified_again = load_document(DATA / name).tables
    assert held == classified_again and len(held) >= 3


def test_a_summary_and_its_omissions_share_one_reading_and_each_rows_metrics_are_read_once():
    """The extractive engine reads a document once for its summary and again for its omissions:
    the second is the first reading itself, and which rows carry each metric, read once per
    reading, are what ``_carries`` says of each row (with and without the label above)."""
    from summarizer.engines import extractive

    document = load_document(NVIDIA)
    index = FactIndex.of(document)
    reading = extractive._read(document, index)
    assert extractive._read(document, index) is reading
    assert extractive._read(load_document(NVIDIA), index) is not reading  # another document, another reading
    for name in extractive._ROWS:
        assert list(reading.carrying(name)) == [extractive._carries(name, r, r.above) for r in reading.rows]
        assert list(reading.carrying(name, above=False)) == [extractive._carries(name, r) for r in reading.rows]
    revenue = [r.label for r, carried in zip(reading.rows, reading.carrying("revenue")) if carried]
    assert revenue and revenue[0] == "Revenue"
