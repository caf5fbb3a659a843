"""The readable table that ``summarizer figures`` prints."""

from __future__ import annotations

from typing import Iterator

from ..serialize import decimal_text
from ..types import Document, Figures

__all__ = ["figures_table", "figures_table_lines"]


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def figures_table_lines(document: Document, figures: Figures, *, include_other: bool = False) -> Iterator[str]:
    """The table line by line (without newlines): a release of 25 MiB has close to a million figures."""
    info = document.info
    title = info.company or info.title or document.source
    yield (
        f"# {title} — {document.source} ({document.format}, {len(document.text):,} characters, "
        f"{len(document.tables)} tables, {len(figures.financial)} figures, {len(figures.other)} other numbers)"
    )
    yield f"{'offset':>7}  {'text':<16} {'value':>18}  {'unit':<17} {'dec':>4}  {'row':<40} column"
    for figure in figures.financial:
        yield (
            f"{figure.span.start:>7}  {_clip(figure.text, 16):<16} {decimal_text(figure.value):>18}  "
            f"{figure.unit.value:<17} {figure.decimals:>4}  {_clip(figure.row, 40):<40} {_clip(figure.column, 40)}"
        )
    if include_other:
        yield ""
        yield f"{'offset':>7}  {'text':<30} kind"
        for number in figures.other:
            yield f"{number.span.start:>7}  {_clip(number.text, 30):<30} {number.kind.value}"


def figures_table(document: Document, figures: Figures, *, include_other: bool = False) -> str:
    return "\n".join(figures_table_lines(document, figures, include_other=include_other)) + "\n"
