"""A release filed in parts: its EX-99 exhibits read into one text, each exhibit's place kept and shown."""

from __future__ import annotations

import json
from decimal import Decimal

import jsonschema
import pytest
from corpus import DATA, document, figures

from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.facts import FactIndex
from summarizer.ingest.edgar import EdgarDocument, belongs_to_release, is_submission, split_documents
from summarizer.ingest.load import load_document
from summarizer.pipeline import summarize_document
from summarizer.render.markdown import briefing_note
from summarizer.resources import load_schema
from summarizer.summary.model import summary_validator
from summarizer.types import Span

APPLE_2012 = "edgar/apple_q3-fy2012.txt"


@pytest.mark.parametrize("name, parts", [
    ("nvidia_q4-fy2026.txt", [("EX-99.1", "2", "EX-99.1", "q4fy26pr.htm", (0, 25969)),
                              ("EX-99.2", "3", "EX-99.2", "q4fy26cfocommentary.htm", (25989, 44364))]),
    ("apple_q1-fy2011.txt", [
        ("EX-99.1", "2", "TEXT OF PRESS RELEASE ISSUED BY APPLE INC. ON JANUARY 18, 2011", "dex991.htm", (0, 9516)),
        ("EX-99.2", "3", "DATA SHEET ISSUED BY APPLE INC. ON JANUARY 18, 2011", "dex992.htm", (9536, 11525))]),
    (APPLE_2012, [
        ("EX-99.1", "2", "TEXT OF PRESS RELEASE ISSUED BY APPLE INC. ON JULY 24, 2012", "d383855dex991.htm", (0, 10288)),
        ("EX-99.2", "3", "DATA SHEET ISSUED BY APPLE INC. ON JULY 24, 2012", "d383855dex992.htm", (10308, 12706))]),
    ("sears_q2-2004.txt", [("EX-99", "2", "PRESS RELEASE", "e18506ex_99.txt", (0, 28972))]),
])  # fmt: skip
def test_the_exhibits_of_the_release_are_read_one_after_the_other(name, parts):
    doc = document(name)
    assert [(e.type, e.sequence, e.description, e.filename, tuple(e.span)) for e in doc.exhibits] == parts
    assert doc.exhibits[-1].span.end == len(doc.text)
    for before, after in zip(doc.exhibits, doc.exhibits[1:]):
        assert doc.text[before.span.end : after.span.start] == f"\n==== {after.type} ====\n\n"
    # no table runs across the separator
    assert all(any(exhibit.span.contains(table.span) for exhibit in doc.exhibits) for table in doc.tables)
    # each part is the text that --document reads of it alone, at the same offsets
    for exhibit in doc.exhibits:
        alone = load_document(DATA / name, document=exhibit.type)
        assert exhibit.span.of(doc.text) == alone.text and alone.exhibits[0].span == Span(0, len(alone.text))
    assert doc.info.document_type == parts[0][0]


def test_a_figure_only_in_the_cfo_commentary_is_read_inside_its_exhibit():
    doc = document("nvidia_q4-fy2026.txt")
    commentary = doc.exhibits[1]
    assert "61,651" not in doc.exhibits[0].span.of(doc.text)
    segment = next(f for f in figures("nvidia_q4-fy2026.txt").financial if f.row == "Compute & Networking")
    assert (segment.text, segment.value, segment.column) == ("$61,651", Decimal("61651E6"), "Q4 FY26")
    assert commentary.span.contains(segment.span) and doc.exhibit_at(segment.span.start) == commentary
    # the quarter's cash, stated only in the commentary, is now a fact of the current quarter
    cash = [f for f in FactIndex(doc).facts if "cash" in f.metrics and f.figure.text == "$62.6 billion"]
    assert [(f.value, f.period.prior, commentary.span.contains(f.figure.span)) for f in cash] == [
        (Decimal("62.6E9"), False, True)
    ]


def test_apples_data_sheet_is_read_with_the_press_release():
    doc = document("apple_q1-fy2011.txt")
    americas = next(
        f for f in figures("apple_q1-fy2011.txt").financial if f.row == "Americas" and f.column.endswith("Q1 2011 Revenue $M")
    )
    assert (americas.text, americas.value) == ("$9,218", Decimal("9218E6"))
    assert doc.exhibits[1].span.contains(americas.span) and "9,218" not in doc.exhibits[0].span.of(doc.text)


def test_document_still_picks_exactly_one_part():
    doc = load_document(DATA / "nvidia_q4-fy2026.txt", document="EX-99.1")
    assert [e.type for e in doc.exhibits] == ["EX-99.1"] and "CFO Commentary on Fourth Quarter" not in doc.text


def _description(kind: str, description: str, body: str = "") -> EdgarDocument:
    return EdgarDocument(type=kind, sequence="3", filename="ex.htm", description=description, body=body)


@pytest.mark.parametrize("exhibit, opening, belongs", [
    (_description("EX-99.2", "DATA SHEET ISSUED BY APPLE INC. ON JULY 24, 2012"), "", True),
    (_description("EX-99.2", "Supplemental Financial Information"), "", True),
    (_description("EX-99.2", "Condensed Consolidated Financial Statements"), "", True),
    (_description("EX-99.2", "EX-99.2"), "CFO Commentary on Fourth Quarter and Fiscal 2026 Results", True),
    (_description("EX-99.3", "Exhibit 99.3"), "Q4 FY26 Earnings Presentation\n\nSafe harbor", False),
    (_description("EX-99.2", ""), "Exhibit 99.2\n\nAcme Corp.\n\nSupplemental Financial Tables\n\nAcme completed "
                                  "the acquisition of Widget Co. during the quarter.", True),
    (_description("EX-99.2", "EX-99.2"), "Exhibit 99.2\n\nAGREEMENT AND PLAN OF MERGER\n\namong Acme and Widget Co.", False),
    (_description("EX-99.2", "Transcript of the earnings conference call"), "", False),
    (_description("EX-99.2", "Investor presentation"), "", False),
    (_description("EX-99.2", "AGREEMENT AND PLAN OF MERGER"), "", False),
    (_description("EX-99.2", "PRESS RELEASE ANNOUNCING A NEW CHIEF FINANCIAL OFFICER"), "", False),
    (_description("EX-10.1", "Supplemental executive retirement plan"), "", False),
    (_description("GRAPHIC", "Financial results chart"), "", False),
])  # fmt: skip
def test_which_exhibits_belong_to_the_release(exhibit, opening, belongs):
    asked = []

    def read_opening() -> str:
        asked.append(True)
        return opening

    assert belongs_to_release(exhibit, read_opening) is belongs
    assert bool(asked) == bool(opening), "the text is converted only when the description just names the exhibit"


def test_a_submission_with_a_long_header_is_recognised():
    # Apple's real submission with its FILER block listed five more times, as a filing by several
    # registrants lists each of them: the first <TYPE> falls past the first 4 KB
    raw = (DATA / "apple_q1-fy2011.txt").read_text(encoding="latin-1")
    start, end = raw.index("FILER:"), raw.index("</SEC-HEADER>")
    padded = raw[:end] + raw[start:end] * 5 + raw[end:]
    assert "<TYPE>" not in padded[:4096] and is_submission(padded)
    doc = load_document(padded.encode("latin-1"))
    assert doc.text == document("apple_q1-fy2011.txt").text
    assert (doc.info.company, doc.format, len(doc.exhibits)) == ("APPLE INC", "edgar-html", 2)


def test_a_text_that_only_mentions_sgml_is_no_submission():
    assert not is_submission("Revenue rose.\n" * 400 + "<DOCUMENT>\n<TYPE>EX-99.1\n")
    assert not is_submission("<SEC-HEADER>\n" + "x\n" * 10 + "<DOCUMENT>\nno type here\n</DOCUMENT>\n")


def test_a_long_header_with_no_document_is_a_broken_submission():
    header = "<SEC-DOCUMENT>\n<SEC-HEADER>\n" + "FILER:\n\tCOMPANY CONFORMED NAME:\tACME\n" * 200 + "</SEC-HEADER>\n"
    with pytest.raises(InputError, match="truncated EDGAR submission: document 1 has no </DOCUMENT>"):
        load_document((header + "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nAcme Reports Results.\n").encode())


def test_split_documents_keeps_each_body():
    raw = (DATA / "nvidia_q4-fy2026.txt").read_text(encoding="utf-8")
    documents = split_documents(raw)
    assert [(d.type, d.sequence) for d in documents[:3]] == [("8-K", "1"), ("EX-99.1", "2"), ("EX-99.2", "3")]
    body = documents[2].body
    assert body == raw[raw.index("<TEXT>", raw.index("<TYPE>EX-99.2")) + 7 : raw.index("</TEXT>", raw.index("<TYPE>EX-99.2"))]


def test_figures_show_the_exhibits(capsys):
    assert main(["figures", str(DATA / "nvidia_q4-fy2026.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:3] == [
        "exhibit EX-99.1 (document 2, q4fy26pr.htm, html) at characters 0-25969",
        "exhibit EX-99.2 (document 3, q4fy26cfocommentary.htm, html) at characters 25989-44364",
    ]
    assert "table 12 at 26076 in EX-99.2: 6 rows, arithmetic unchecked" in lines
    assert main(["figures", str(DATA / "apple_q1-fy2011.txt"), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, load_schema("figures.schema.json"))
    assert payload["document"]["exhibits"][1] == {
        "type": "EX-99.2", "sequence": "3", "description": "DATA SHEET ISSUED BY APPLE INC. ON JANUARY 18, 2011",
        "filename": "dex992.htm", "format": "html", "start": 9536, "end": 11525,
    }  # fmt: skip


def test_the_note_and_envelope_say_which_exhibit_a_source_quotes():
    envelope, report = summarize_document(document("nvidia_q4-fy2026.txt"), engine="extractive")
    assert [(e.type, e.start, e.end) for e in envelope.document.exhibits] == [
        ("EX-99.1", 0, 25969), ("EX-99.2", 25989, 44364)]  # fmt: skip
    summary_validator().validate(json.loads(envelope.model_dump_json()))
    note = briefing_note(envelope, report)
    assert "“Revenue $68,127 $57,006 $39,331 20% 73%” (characters 1929–1968, EX-99.1)" in note
    # the outlook the CFO commentary restates is given once
    assert [g.text for g in envelope.summary.guidance].count("Revenue is expected to be $78.0 billion, plus or minus 2%.") == 1
    single = briefing_note(*summarize_document(document("immunogen_q2-fy2006_8k.txt"), engine="extractive"))
    assert "(characters " in single and ", EX-99" not in single
