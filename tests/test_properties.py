from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.figures import extract_figures
from summarizer.ingest import document_from_text

_FINANCIAL_ALPHABET = st.sampled_from(list("0123456789$()%,.-–— \t\n|abcMBKkmnoperstuy") + ["million", "billion", "\\$", "per share", "(1)", "Q4", "FY26"])
_texts = st.one_of(st.text(max_size=400), st.lists(_FINANCIAL_ALPHABET, max_size=200).map("".join))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_texts)
def test_extraction_never_crashes_and_spans_hold_their_text(raw):
    try:
        document = document_from_text("Results " + raw)
    except InputError:
        return
    figures = extract_figures(document)
    for figure in figures.financial:
        assert 0 <= figure.span.start <= figure.span.end <= len(document.text)
        assert document.text[figure.span.start : figure.span.end] == figure.text
        assert figure.interval[0] <= figure.value <= figure.interval[1]
    for number in figures.other:
        assert document.text[number.span.start : number.span.end] == number.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                assert cell.span.of(document.text) == cell.text
