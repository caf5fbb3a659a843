from __future__ import annotations

import pytest
from corpus import CORPUS, DATA, document

from summarizer.errors import InputError, UsageError
from summarizer.ingest.load import load_document


@pytest.mark.parametrize("name", CORPUS)
def test_every_release_reads_into_text_with_tables(name):
    doc = document(name)
    assert len(doc.text) > 5000
    assert doc.tables, "every corpus release has financial tables"
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                assert cell.span.of(doc.text) == cell.text


@pytest.mark.parametrize(
    "name, kind, document_type",
    [
        ("sears_q2-2004.txt", "edgar-text", "EX-99"),
        ("apple_q1-fy2011.txt", "edgar-html", "EX-99.1"),
        ("nvidia_q4-fy2026.txt", "edgar-html", "EX-99.1"),
        ("buckle_q3-fy2024.html", "edgar-html", "EX-99.1"),
        ("immunogen_q2-fy2006_8k.txt", "text", ""),
        ("peapack-gladstone_q3-2025_newswire.txt", "text", ""),
    ],
)
def test_format_and_chosen_exhibit(name, kind, document_type):
    doc = document(name)
    assert doc.format == kind
    assert doc.info.document_type == document_type


def test_edgar_header_is_read():
    info = document("sears_q2-2004.txt").info
    assert info.company == "SEARS ROEBUCK & CO"
    assert info.cik == "0000319256"
    assert info.form_type == "8-K"
    assert info.filing_date == "2004-07-22"
    assert info.accession_number == "0000891092-04-003383"
    assert info.items == ("Financial statements and exhibits",)
    assert info.document_description == "PRESS RELEASE"


def test_nvidia_item_information_and_title():
    info = document("nvidia_q4-fy2026.txt").info
    assert info.company.upper().startswith("NVIDIA")
    assert "Results of Operations and Financial Condition" in info.items
    assert info.title == "NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2026"


def test_another_document_of_a_submission_can_be_chosen():
    doc = load_document(DATA / "nvidia_q4-fy2026.txt", document="EX-99.2")
    assert doc.info.document_type == "EX-99.2"
    assert "CFO Commentary" in doc.text[:2000]
    with pytest.raises(UsageError, match="no document 'EX-99.7'"):
        load_document(DATA / "nvidia_q4-fy2026.txt", document="EX-99.7")


def test_html_table_rows_keep_label_with_cells():
    text = document("nvidia_q4-fy2026.txt").text
    assert "Revenue\t$68,127\t$57,006\t$39,331\t20%\t73%\n" in text
    assert "Gross margin\t71.1%\t75.0%\t(3.9) pts\n" in text


def test_hidden_inline_xbrl_header_is_skipped():
    doc = load_document(DATA / "nvidia_q4-fy2026.txt", document="8-K")
    assert "dei:" not in doc.text and "0001045810" not in doc.text
    assert "Results of Operations and Financial Condition" in doc.text


def test_third_party_escapes_are_undone():
    text = document("immunogen_q2-fy2006_8k.txt").text
    assert "\\$" not in text
    assert "a net loss of $3.5 million, or $0.09 per basic and diluted share" in text


def test_sha256_is_of_the_normalised_text():
    import hashlib

    doc = document("buckle_q3-fy2024.html")
    assert doc.sha256 == hashlib.sha256(doc.text.encode()).hexdigest()
    assert doc.source_sha256 == hashlib.sha256((DATA / "buckle_q3-fy2024.html").read_bytes()).hexdigest()


def test_cp1252_is_decoded():
    data = "Revenue rose 5% \u2014 the company\u2019s best quarter, at $1.2 million.\n".encode("cp1252")
    doc = load_document(data)
    assert doc.encoding == "cp1252"
    assert "company\u2019s best quarter" in doc.text


def test_stdin_reads_standard_input(monkeypatch):
    import io
    import sys

    raw = (DATA / "buckle_q3-fy2024.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert load_document("-").text == document("buckle_q3-fy2024.html").text


def _truncated_submission() -> bytes:
    raw = (DATA / "sears_q2-2004.txt").read_bytes()
    return raw[: raw.index(b"</DOCUMENT>", raw.index(b"<TYPE>EX-99")) - 200]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (bytes(range(256)) * 40, "is a binary file"),
        (b"%PDF-1.4 some pdf", "is a binary file"),
        (_truncated_submission(), "truncated EDGAR submission"),
        (b"<html><body><table><tr><td> </td></tr></table><p>  </p></body></html>", "has no text"),
        (b"x" * (50 * 1024 * 1024), "over the 25 MiB limit"),
    ],
    ids=["empty", "blank", "binary", "pdf", "truncated-sgml", "html-without-text", "too-large"],
)
def test_bad_input_is_a_one_line_input_error(data, message):
    with pytest.raises(InputError, match=message) as caught:
        load_document(data)
    assert "\n" not in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_rows_spread_over_lines_by_a_converter_are_one_row_again():
    """A converter broke Datadog's rows after every cell ("Revenue" / "| | $" / "| 1,121,454" / "|");
    the rows are joined again (each joining line break becomes a space)."""
    document = load_document(DATA / "datadog_q2-2026_text.txt")
    line = next(line for line in document.text.splitlines() if line.startswith("Revenue | "))
    assert line == "Revenue | | $ | 1,121,454 | | | $ | 826,760 | | | $ | 2,127,880 | | | $ | 1,588,313 | |"
    table = next(t for t in document.tables if any(row.label == "Revenue" for row in t.rows))
    assert table.columns == (
        "Three Months Ended June 30, 2026", "Three Months Ended June 30, 2025",
        "Six Months Ended June 30, 2026", "Six Months Ended June 30, 2025",
    )  # fmt: skip


def test_a_sentence_ends_after_a_multiple_or_a_glued_scale_and_not_after_adj():
    from summarizer.text.sentences import sentence_spans

    # Gecina: "... the interest coverage ratio (ICR) stood at 6.3x. Gecina therefore has a significant margin ..."
    text = document("reading/gecina_fy2024_newswire.txt").text
    start = text.index("stood at 6.3x.")
    (sentence,) = [s for s in sentence_spans(text) if s.start <= start < s.end]
    assert sentence.of(text).endswith("stood at 6.3x.")
    claims = "Q3 guide: revenue $250-265m, adj. EBITDA loss of $17-23m. Revenue was up. J. Smith said so."
    assert [s.of(claims) for s in sentence_spans(claims)] == [
        "Q3 guide: revenue $250-265m, adj. EBITDA loss of $17-23m.", "Revenue was up.", "J. Smith said so."
    ]
