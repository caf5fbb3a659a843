"""Plain JSON-ready dictionaries of the value types (``Decimal`` values as exact strings)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..types import Document, Exhibit, Figure, OtherNumber, Span, Table
from .json_text import Lazy, indented, scalar_texts

if TYPE_CHECKING:
    from ..facts import TableCheck
    from ..text.vocabulary import Period

__all__ = [
    "decimal_text", "span_json", "figure_json", "figure_json_text", "other_json", "exhibit_json", "document_json", "table_json",
    "source_ref_json", "number_check_json", "claim_check_json", "report_json",
]  # fmt: skip


def decimal_text(value: Decimal) -> str:
    """``Decimal`` as plain positional text: 6587000, -0.09, 3500000."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def span_json(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def figure_json(figure: Figure) -> dict[str, Any]:
    return {
        **span_json(figure.span),
        "text": figure.text,
        "value": decimal_text(figure.value),
        "unit": figure.unit.value,
        "exponent": figure.exponent,
        "scale_source": figure.scale_source,
        "negative": figure.negative,
        "nil": figure.nil,
        "decimals": figure.decimals,
        "row": figure.row,
        "column": figure.column,
        "table": figure.table,
        "context": span_json(figure.context),
    }


# figure_json's members of one scalar each, in its order; its "context" span comes last
_FIGURE_SCALARS = (
    "start", "end", "text", "value", "unit", "exponent", "scale_source", "negative", "nil", "decimals", "row", "column", "table",
)  # fmt: skip
_FIGURE_TEMPLATES: dict[int, str] = {}


def figure_json_text(figure: Figure, level: int = 0) -> str:
    """``indented(figure_json(figure), level)``, written from the figure's fixed shape: the
    generic writer asks each member's type and builds a dict per figure, which cost the
    ``figures`` command as much as finding the figures of a table of rows. ``{"start": 120, ...,
    "context": {"start": 96, "end": 140}}`` is one C encoding of its fifteen scalars put in
    a template of its keys and indents."""
    span, context = figure.span, figure.context
    texts = scalar_texts(
        (span.start, span.end, figure.text, decimal_text(figure.value), figure.unit.value, figure.exponent,
         figure.scale_source, figure.negative, figure.nil, figure.decimals, figure.row, figure.column, figure.table,
         context.start, context.end)
    )  # fmt: skip
    if texts is None:
        return indented(figure_json(figure), level)
    template = _FIGURE_TEMPLATES.get(level)
    if template is None:
        newline = "\n" + "  " * level
        inner, deeper = newline + "  ", newline + "    "
        members = ("," + inner).join(f'"{key}": %s' for key in _FIGURE_SCALARS)
        context_member = '"context": {' + deeper + '"start": %s,' + deeper + '"end": %s' + inner + "}"
        template = _FIGURE_TEMPLATES[level] = "{" + inner + members + "," + inner + context_member + newline + "}"
    return template % tuple(texts)


def other_json(number: OtherNumber) -> dict[str, Any]:
    return {**span_json(number.span), "text": number.text, "kind": number.kind.value}


def exhibit_json(exhibit: Exhibit) -> dict[str, Any]:
    """Where one exhibit of a submission lies in the document's text, and what it is."""
    return {
        "type": exhibit.type,
        "sequence": exhibit.sequence,
        "description": exhibit.description,
        "filename": exhibit.filename,
        "format": exhibit.format,
        **span_json(exhibit.span),
    }


def document_json(document: Document) -> dict[str, Any]:
    info = document.info
    return {
        "source": document.source,
        "sha256": document.sha256,
        "source_sha256": document.source_sha256,
        "format": document.format,
        "encoding": document.encoding,
        "characters": len(document.text),
        "company": info.company,
        "cik": info.cik,
        "form_type": info.form_type,
        "filing_date": info.filing_date,
        "period_of_report": info.period_of_report,
        "accession_number": info.accession_number,
        "items": list(info.items),
        "document_type": info.document_type,
        "document_description": info.document_description,
        "document_filename": info.document_filename,
        "title": info.title,
        "tables": len(document.tables),
        "exhibits": [exhibit_json(exhibit) for exhibit in document.exhibits],
    }


def table_json(index: int, table: Table, periods: list[Period], check: TableCheck | None) -> dict[str, Any]:
    """A table as the facts stage reads it: each column's period, and what its arithmetic says."""
    return {
        "index": index,
        **span_json(table.span),
        "rows": len(table.rows),
        "columns": [
            {"label": label, "length": period.length or None, "prior": period.prior,
             "end": "-".join(f"{part:02d}" for part in period.end) if period.end else None}
            for label, period in zip(table.columns, periods)
        ],
        "check": {
            "status": check.status if check else "unchecked",
            "passed": check.passed if check else 0,
            "failures": list(check.failures) if check else [],
        },
    }  # fmt: skip


def source_ref_json(ref) -> dict[str, Any]:
    return {
        **span_json(ref.span),
        "text": ref.text,
        "value": decimal_text(ref.value),
        "unit": ref.unit.value,
        "row": ref.row,
        "column": ref.column,
    }


def number_check_json(check) -> dict[str, Any]:
    return {
        **span_json(check.span),
        "text": check.text,
        "value": decimal_text(check.value),
        "unit": check.unit.value,
        "status": check.status.value,
        "formula": check.formula,
        "reason": check.reason,
        "supports": [source_ref_json(ref) for ref in check.supports],
        "candidates": [source_ref_json(ref) for ref in check.candidates],
    }


def claim_check_json(claim, *, lazy: bool = False) -> dict[str, Any]:
    numbers = (number_check_json(number) for number in claim.numbers)
    return {
        "item": claim.item,
        "text": claim.text,
        "supported": claim.supported,
        "numbers": Lazy(numbers) if lazy else list(numbers),
    }


def report_json(report, *, lazy: bool = False) -> dict[str, Any]:
    """A ``VerificationReport`` as ``schemas/verification.schema.json`` describes it.

    With ``lazy``, the claims and each claim's numbers are ``json_text.Lazy`` lists, their dicts
    made one at a time as ``json_text.write_indented`` writes them (the command line's writer):
    a number's dicts are a kilobyte, and the report of a claim line of a million numbers held
    them all at once. The text written is the same."""
    claims = (claim_check_json(claim, lazy=lazy) for claim in report.claims)
    return {
        "document_sha256": report.document_sha256,
        "supported": report.supported,
        "summary": report.summary_line(),
        "counts": report.counts(),
        "citation_errors": list(report.citation_errors),
        "warnings": list(report.warnings),
        "claims": Lazy(claims) if lazy else list(claims),
    }
