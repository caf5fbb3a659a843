"""Session 41's work left undone gives the reading it replaces: the ``figures`` command reads the facts of
the tables some self-check may hold in only (``checks.checkable_tables``), and their checks are those of
every table's facts."""

from __future__ import annotations

import pytest
from corpus import DATA

from summarizer.cli import main
from summarizer.facts import check_tables, table_reading
from summarizer.facts.checks import checkable_tables
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.keywords import may_hold
from summarizer.text.vocabulary import _METRIC_PHRASES, metric_keywords, metric_matches

_RELEASES = ["nvidia_q4-fy2026.txt", "buckle_q3-fy2024.html", "mcdonalds_q2-2026_text.txt", "apple_q1-fy2011.txt",
             "sears_q2-2004.txt", "immunogen_q2-fy2006_8k.txt", "datadog_q2-2026_text.txt"]  # fmt: skip


@pytest.mark.parametrize("name", _RELEASES)
def test_the_checks_of_the_checkable_tables_are_those_of_every_table(name):
    document = load_document(DATA / name)
    figures = extract_figures(document).financial
    lookups: dict = {}
    facts = [table_reading.table_fact(document, f, lookups) for f in figures if f.table is not None]
    checkable = checkable_tables(document, figures)
    every = check_tables(document, facts)
    assert set(every) <= checkable
    assert check_tables(document, [fact for fact in facts if fact.figure.table in checkable]) == every


def test_a_table_of_numbered_rows_is_checked_by_no_identity_and_its_facts_are_not_read(monkeypatch, capsys, tmp_path):
    """"Line item 12 | $84 | (36)": no total, no gross profit, no noncontrolling interests -- the ``figures``
    command reads no cell's fact; a "Total" row under the same rows is checked as before."""
    header = "Acme Corp Reports Third Quarter Results\n\n(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    rows = "".join(f"Line item {i}\t${i * 7:,}\t({i * 3:,})\n" for i in range(1, 301))
    document = document_from_text(header + rows)
    assert checkable_tables(document, extract_figures(document).financial) == set()
    read: list[object] = []
    real = table_reading.table_fact
    monkeypatch.setattr(table_reading, "table_fact", lambda *args: read.append(args[1]) or real(*args))
    path = tmp_path / "rows.txt"
    path.write_text(header + rows)
    assert main(["figures", str(path), "--format", "json"]) == 0 and not read
    parts = "Product revenues\t$3,849\t$3,198\nService revenues\t1,204\t1,017\nTotal revenues\t$5,053\t$4,215\n"
    path.write_text(header + parts + rows)
    assert main(["figures", str(path), "--format", "json"]) == 0 and len(read) == 606
    assert '"status": "confirmed"' in capsys.readouterr().out


def test_every_name_of_a_metric_holds_one_of_its_keywords():
    """``metric_keywords``: each phrase, in any case and with its hyphens spaced, is found holding one."""
    assert metric_keywords("gross_margin") == ("gm", "gross")
    for metric, phrases in _METRIC_PHRASES.items():
        keywords = metric_keywords(metric)
        for phrase in phrases:
            for printed in (phrase, phrase.upper(), phrase.title(), phrase.replace("-", " ")):
                for match, named in metric_matches(printed):
                    assert named != metric or may_hold(match.group(), keywords), (metric, printed)
                assert may_hold(printed, keywords), (metric, printed)


@pytest.mark.parametrize("name", ["nvidia_q4-fy2026.txt", "peapack-gladstone_q3-2025_newswire.txt"])
def test_the_index_keeps_each_derived_values_interval_without_making_the_value(name):
    """``derived._bounds`` (what ``DerivedIndex`` keeps: the pair, the kind, the family and the interval) is what the
    values made in full give, in the same order."""
    from summarizer.facts import FactIndex
    from summarizer.facts.derived import _bounds, _made

    document = load_document(DATA / name)
    facts = FactIndex(document).facts
    made = [(first, second, kind, value.family, value.low, value.high) for first, second, kind, value in _made(facts, document.text)]
    assert len(made) > 900 and list(_bounds(facts, document.text)) == made


@pytest.mark.parametrize("name", ["nvidia_q4-fy2026.txt", "mcdonalds_q2-2026_text.txt", "apple_q1-fy2011.txt"])
def test_whether_a_statement_lacks_a_line_is_read_once_per_reading(monkeypatch, name):
    """``_statement_lacks`` asks the reading whether a full statement carries revenue once (``_Reading.
    full_statement_of_revenue``), and that is the scan of the rows it made for each metric."""
    from summarizer.engines import extractive
    from summarizer.facts import FactIndex

    document = load_document(DATA / name)
    reading = extractive._read_anew(document, FactIndex(document))
    full = {r.facts[0].figure.table for r in reading.rows if extractive._INCOME_TAXES.search(r.label)} & reading.statements
    scanned = any(r.facts[0].figure.table in full and carries for r, carries in zip(reading.rows, reading.carrying("revenue", above=False)))
    asked: list[str] = []
    real = extractive._INCOME_TAXES
    monkeypatch.setattr(extractive, "_INCOME_TAXES", type("Counted", (), {"search": lambda self, label: asked.append(label) or real.search(label)})())
    for _ in range(3):
        assert extractive._statement_lacks("operating_income", [None], reading) is scanned
    assert len(asked) == len(reading.rows)
