from __future__ import annotations

from functools import cache
from pathlib import Path

from summarizer.figures import extract_figures
from summarizer.ingest import load_document
from summarizer.types import Document, Figures

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


