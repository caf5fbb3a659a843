from __future__ import annotations

from functools import cache
from pathlib import Path

from summarizer.facts import FactIndex
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import load_document
from summarizer.text.context import Reading, read_sentence
from summarizer.types import Document, Figures
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, NumberCheck, verify_claim

DATA = Path(__file__).parent / "data"
CORPUS = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".html"))


@cache
def document(name: str) -> Document:
    return load_document(DATA / name)


@cache
def figures(name: str) -> Figures:
    return extract_figures(document(name))


def table_figure(name: str, row: str, column_part: str, index: int = 0):
    """The ``index``-th figure of row ``row`` whose column header contains ``column_part``."""
    matches = [f for f in figures(name).financial if f.row == row and column_part in (f.column or "")]
    assert matches, f"no figure in row {row!r}, column containing {column_part!r}"
    return matches[index]


@cache
def fact_index(name: str) -> FactIndex:
    return FactIndex(document(name))


def sentence_fact(name: str, words: str, number: str):
    """The one fact of ``number`` in the sentence of release ``name`` that holds ``words``."""
    index = fact_index(name)
    at = index.document.text.index(words)
    (fact,) = [f for f in index.facts if f.figure.text == number and at <= f.figure.span.start < at + len(words) + 40]
    return fact


def row_periods(name: str, row: str) -> dict:
    """The period of each cell of the table rows labelled ``row`` in release ``name``, by the cell's text."""
    return {f.figure.text: f.period for f in fact_index(name).facts if f.figure.row == row}


def number_check(name: str, claim: str, number: str) -> NumberCheck:
    """The verifier's check of the number written ``number`` in ``claim``, against release ``name``."""
    return next(n for n in verify_claim(fact_index(name), claim).numbers if n.text == number)


def number_status(name: str, claim: str, number: str) -> str:
    """The status ("verified", "context_mismatch" ...) of ``number`` in ``claim`` against release ``name``."""
    return number_check(name, claim, number).status.value


def assert_backed(name: str, claim: str, number: str, formula: str | None = None) -> None:
    """``number`` of ``claim`` is supported by release ``name``, with the verifier's ``formula`` where one is given."""
    check = number_check(name, claim, number)
    assert check.status in SUPPORTED, check.reason
    if formula is not None:
        assert check.formula == formula


def assert_not_backed(name: str, claim: str, number: str) -> None:
    """``number`` of ``claim`` is not supported by release ``name``: neither found as printed nor computed."""
    check = number_check(name, claim, number)
    assert check.status not in SUPPORTED, check.formula or check.status.value


def claim_readings(claim: str, year: int, paragraph_length: str = "quarter") -> dict[str, Reading]:
    """Each amount of ``claim`` (by its text) as the claim's sentence reads it, in a release of ``year`` whose paragraph
    names ``paragraph_length``."""
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), year, paragraph_length)
    return {n.text: r for n, r in zip(numbers, readings)}
