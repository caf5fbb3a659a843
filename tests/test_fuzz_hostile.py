"""Fuzzing the entry points that take outside input: only ``SummarizerError`` may escape.

An internal error (an ``IndexError``, a ``RecursionError``, a ``UnicodeError`` ...) would
reach the user as "internal error"; each is a bug. The strategies mix random bytes with
text built from the characters that the scanners care about, so that hypothesis reaches
tables, captions, SGML and numbers, not only the binary-file check.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from corpus import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.errors import SummarizerError
from summarizer.facts import FactIndex
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import load_document
from summarizer.summary.model import load_summary
from summarizer.verify.verifier import verify_text

_FUZZ = settings(max_examples=int(os.environ.get("SUMMARIZER_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PIECES = [
    "Revenue", "Net income", "Total revenues", " ", "  ", "\t", "\n", "\n\n", "|", "$", "(", ")", "%", ",", ".", "-",
    "1", "23", "4,567", "0.5", "(3,502)", "$1.2 million", "27%", "December 31, 2025", "2024", "2025", "Q3",
    "(in thousands, except per share amounts)", "Three Months Ended", "compared with", "a year ago", "up", "fell",
    "Form 10-K", "Rule 10b5-1", "<TABLE>", "<PAGE>", "<S>", "<C>", "&nbsp;", "<td>", "</td>", "<tr>", "<table>",
    "<SEC-DOCUMENT>", "<SEC-HEADER>", "</SEC-HEADER>", "<DOCUMENT>", "</DOCUMENT>", "<TYPE>EX-99.1", "<TEXT>",
    "</TEXT>", "COMPANY CONFORMED NAME:", "\u00a0", "\u200b", "\ufeff", "\ud7ff", "€", "—", "•", "*", "\\$",
]  # fmt: skip
_RELEASE_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=80).map("".join)
_ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"])


@st.composite
def _release_bytes(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=600))
    text = draw(_RELEASE_TEXT)
    encoding = draw(_ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if kind == 2:  # damage it: a byte off, a byte order mark, a byte in the middle
        data = draw(st.sampled_from([b"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"])) + data
        data = data[: draw(st.integers(0, len(data)))] + draw(st.binary(max_size=3))
    return data


@cache
def _release():
    document = load_document(DATA / "immunogen_q2-fy2006_8k.txt")
    return document, FactIndex(document)


@_FUZZ
@given(_release_bytes())
def test_reading_and_extracting_raise_only_summarizer_errors(data):
    try:
        document = load_document(data)
    except SummarizerError:
        return
    figures = extract_figures(document)
    for figure in figures.financial:
        assert document.text[figure.span.start : figure.span.end] == figure.text
    verify_text("Revenue was $6.6 million, up 27% from a year ago.", document)


@_FUZZ
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=60).map("".join))
def test_verifying_any_claim_raises_nothing(claim):
    document, index = _release()
    report = verify_text(claim, document, index)
    assert all(number.text for number in report.numbers)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
_EXAMPLE = json.loads((Path(__file__).resolve().parent.parent / "examples" / "immunogen_summary.json").read_text())


@st.composite
def _summary_bytes(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=300))
    if kind == 1:
        return json.dumps(draw(_JSON)).encode()
    payload = json.loads(json.dumps(_EXAMPLE))
    section = draw(st.sampled_from(sorted(payload)))
    payload[section] = draw(_JSON) if kind == 2 else payload[section]
    text = json.dumps(payload)
    if kind == 3:  # a cut, or a nesting or a number past what a parser takes
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "[" * 5000, "9" * 5000, "\udcff", "\\ud800"]))
    return text.encode("utf-8", errors="surrogatepass")


@_FUZZ
@given(_summary_bytes())
def test_loading_any_summary_raises_only_input_errors(data):
    document, index = _release()
    try:
        summary = load_summary(data)
    except SummarizerError:
        return
    from summarizer.summary.model import verify_summary

    verify_summary(summary, document, index)
