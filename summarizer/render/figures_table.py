"""The readable table that ``summarizer figures`` prints: the exhibits read (for an EDGAR
submission), every figure, then each table's columns with their periods and what its
arithmetic says, and in which exhibit it lies when the text holds several."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ..facts import TableCheck
from ..text.vocabulary import CHANGE_COLUMN, Period
from ..types import Document, Figures
from .serialize import decimal_text

__all__ = ["figures_table", "figures_table_lines"]


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _period_text(period: Period, label: str = "") -> str:
    """A column's period as read: its length, current or comparison, and end. A column of neither is a
    change only where its heading says so ("% Change", "Y/Y"); otherwise which it is could not be read
    (a dated column beside a later one of unknown length, a heading with no date)."""
    changes = CHANGE_COLUMN.search(label) is not None
    if period.prior is None and not period.length and not changes:
        return "period unknown"
    when = "comparison" if period.prior else "current" if period.prior is False else "change" if changes else "current or comparison unknown"
    end = "-".join(f"{part:02d}" for part in period.end if part) if period.end else ""
    return " ".join(part for part in (period.length.replace("_", " "), when, end) if part)


def figures_table_lines(
    document: Document,
    figures: Figures,
    periods: Sequence[Sequence[Period]] = (),
    checks: Mapping[int, TableCheck] | None = None,
    *,
    include_other: bool = False,
) -> Iterator[str]:
    """The table line by line (without newlines): a release of 25 MiB has close to a million figures."""
    info = document.info
    title = info.company or info.title or document.source
    yield (
        f"# {title} — {document.source} ({document.format}, {len(document.text):,} characters, "
        f"{len(document.tables)} tables, {len(figures.financial)} figures, {len(figures.other)} other numbers)"
    )
    for exhibit in document.exhibits:
        described = f": {_clip(exhibit.description, 60)}" if exhibit.description not in ("", exhibit.type) else ""
        yield (
            f"exhibit {exhibit.type or '?'} (document {exhibit.sequence or '?'}, {exhibit.filename or 'no file name'}, "
            f"{exhibit.format}) at characters {exhibit.span.start}-{exhibit.span.end}{described}"
        )
    several = len(document.exhibits) > 1
    yield f"{'offset':>7}  {'text':<16} {'value':>18}  {'unit':<17} {'dec':>4}  {'row':<40} column"
    for figure in figures.financial:
        yield (
            f"{figure.span.start:>7}  {_clip(figure.text, 16):<16} {decimal_text(figure.value):>18}  "
            f"{figure.unit.value:<17} {figure.decimals:>4}  {_clip(figure.row, 40):<40} {_clip(figure.column, 40)}"
        )
    checks = checks or {}
    for index, table in enumerate(document.tables):
        check = checks.get(index)
        status = check.status if check else "unchecked"
        detail = f" ({check.passed} checks)" if check and check.passed and not check.failures else ""
        yield ""
        holder = document.exhibit_at(table.span.start) if several else None
        where = f" in {holder.type}" if holder else ""
        yield f"table {index} at {table.span.start}{where}: {len(table.rows)} rows, arithmetic {status}{detail}"
        for failure in check.failures if check else ():
            yield f"  failed: {_clip(failure, 120)}"
        for position, label in enumerate(table.columns):
            period = periods[index][position] if index < len(periods) and position < len(periods[index]) else None
            yield f"  column {position}: {_clip(label, 60):<60} {_period_text(period, label) if period else ''}"
    if include_other:
        yield ""
        yield f"{'offset':>7}  {'text':<30} kind"
        for number in figures.other:
            yield f"{number.span.start:>7}  {_clip(number.text, 30):<30} {number.kind.value}"


def figures_table(
    document: Document,
    figures: Figures,
    periods: Sequence[Sequence[Period]] = (),
    checks: Mapping[int, TableCheck] | None = None,
    *,
    include_other: bool = False,
) -> str:
    return "\n".join(figures_table_lines(document, figures, periods, checks, include_other=include_other)) + "\n"
