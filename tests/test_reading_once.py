"""Work done once per release: the fact index of a document reused, the extractive engine's
metrics alone where a model's summary is cross-checked, and caches that give the same reading."""

from __future__ import annotations

from corpus import DATA

from summarizer.engines.extractive import summarize_extractive, table_metrics
from summarizer.facts import FactIndex
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
