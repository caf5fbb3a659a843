"""Plain JSON-ready dictionaries of the value types (``Decimal`` values as exact strings)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import partial
from json.encoder import encode_basestring  # the C function when the accelerator is built
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import Document, Exhibit, Figure, OtherKind, OtherNumber, Span, Table, Unit
from .json_text import Lazy, Written, indented, scalar_texts

if TYPE_CHECKING:
    from ..facts import TableCheck
    from ..text.vocabulary import Period

__all__ = [
    "decimal_text", "span_json", "figure_json", "figure_json_text", "figure_list_texts", "other_json", "other_list_texts", "exhibit_json", "document_json", "table_json",
    "source_ref_json", "number_check_json", "number_check_text", "claim_check_json", "report_json",
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
    return _figure_template(level) % tuple(texts)


def _figure_template(level: int) -> str:
    """A figure's JSON text at ``level`` with ``%s`` for each of its fifteen scalars (``figure_json_text``)."""
    template = _FIGURE_TEMPLATES.get(level)
    if template is None:
        newline = "\n" + "  " * level
        inner, deeper = newline + "  ", newline + "    "
        members = ("," + inner).join(f'"{key}": %s' for key in _FIGURE_SCALARS)
        context_member = '"context": {' + deeper + '"start": %s,' + deeper + '"end": %s' + inner + "}"
        template = _FIGURE_TEMPLATES[level] = "{" + inner + members + "," + inner + context_member + newline + "}"
    return template


# each unit's JSON text (an enum member's ``value`` is a Python-level property)
_UNIT_JSON = {unit: encode_basestring(unit.value) for unit in Unit}
_FIGURES_A_PIECE = 512  # figures (or other numbers) written by one piece of ``figure_list_texts`` (``other_list_texts``)
_PIECE_TEMPLATES: dict[tuple[str, int], str] = {}  # per template of one item and count of items


def figure_list_texts(figures: Iterable[Figure], level: int = 0) -> Iterator[str]:
    """``figure_json_text(figure, level)`` of each of ``figures``, in pieces of a few hundred figures, the figures of a
    piece joined as the items of a list at ``level`` are (``",\n" + "  " * level``): the ``figures`` command writes
    a piece as one list item. A piece is one ``%`` of the figure's template repeated, its members' texts made by hand
    (``_piece_members``): one figure at a time, each through the C encoder, the ``figures`` command on a table of
    rows spent ~6 us a figure writing its JSON, half as much as finding the figures (issue 13). A piece holding a
    member of a type this does not write as ``indented`` does is written one figure at a time (``figure_json_text``)."""
    return _list_texts(figures, level, _figure_template(level), _piece_members, figure_json_text)


def other_list_texts(numbers: Iterable[OtherNumber], level: int = 0) -> Iterator[str]:
    """``indented(other_json(number), level)`` of each of ``numbers``, in pieces as ``figure_list_texts`` writes
    figures: a release of short lines or form numbers has a number other than a figure every few characters, and
    writing each through the generic writer cost ``figures`` about a third of its time."""
    return _list_texts(numbers, level, _other_template(level), _other_members, lambda number, level: indented(other_json(number), level))


_Item = TypeVar("_Item")


def _list_texts(
    items: Iterable[_Item], level: int, template: str, members_of: Callable[[list[_Item]], list[Any] | None],
    one_text: Callable[[_Item, int], str],
) -> Iterator[str]:
    """The texts of ``items`` in pieces of ``_FIGURES_A_PIECE``, each piece one ``%`` of ``template`` (one item's, with
    ``%s`` for each member) repeated, filled with ``members_of`` the piece's items; a piece ``members_of`` cannot write
    (None) is written an item at a time by ``one_text``."""
    joiner = ",\n" + "  " * level
    piece: list[_Item] = []
    for item in items:
        piece.append(item)
        if len(piece) == _FIGURES_A_PIECE:
            yield _piece_text(piece, level, joiner, template, members_of, one_text)
            piece = []
    if piece:
        yield _piece_text(piece, level, joiner, template, members_of, one_text)


def _piece_text(
    items: list[_Item], level: int, joiner: str, one: str, members_of: Callable[[list[_Item]], list[Any] | None],
    one_text: Callable[[_Item, int], str],
) -> str:
    members = members_of(items)
    if members is None:
        return joiner.join(one_text(item, level) for item in items)
    key = (one, len(items))
    template = _PIECE_TEMPLATES.get(key)
    if template is None:
        if len(_PIECE_TEMPLATES) >= _FIGURES_A_PIECE:
            _PIECE_TEMPLATES.clear()
        template = _PIECE_TEMPLATES[key] = joiner.join([one] * len(items))
    return template % tuple(members)


def _piece_members(figures: list[Figure]) -> list[Any] | None:
    """The fifteen members of each of ``figures`` as ``figure_json_text`` writes them, in order, for ``%s``: an exact
    int as itself (``%s`` writes its ``repr``, as json does), text through json's own C string encoder, booleans and
    None as json words; None when a member is of another type (a bool among the ints, a number among the texts)."""
    members: list[Any] = []
    add, units, text_json = members.extend, _UNIT_JSON, encode_basestring
    try:
        for figure in figures:
            span, context, row, column, table = figure.span, figure.context, figure.row, figure.column, figure.table
            start, end, exponent, decimals, negative, nil = span.start, span.end, figure.exponent, figure.decimals, figure.negative, figure.nil
            if not (
                int is type(start) is type(end) is type(exponent) is type(decimals) is type(context.start) is type(context.end)
                and (table is None or type(table) is int) and (negative is True or negative is False) and (nil is True or nil is False)
            ):  # fmt: skip
                return None
            add((
                start, end, text_json(figure.text), text_json(decimal_text(figure.value)), units[figure.unit], exponent,
                text_json(figure.scale_source), "true" if negative else "false", "true" if nil else "false", decimals,
                "null" if row is None else text_json(row), "null" if column is None else text_json(column),
                "null" if table is None else table, context.start, context.end,
            ))  # fmt: skip
    except (TypeError, KeyError):  # a text member that is no text, a unit that is no ``Unit``
        return None
    return members


def other_json(number: OtherNumber) -> dict[str, Any]:
    return {**span_json(number.span), "text": number.text, "kind": number.kind.value}


_KIND_JSON = {kind: encode_basestring(kind.value) for kind in OtherKind}
_OTHER_TEMPLATES: dict[int, str] = {}


def _other_template(level: int) -> str:
    """An other number's JSON text at ``level`` with ``%s`` for each of its four members (``other_json``)."""
    template = _OTHER_TEMPLATES.get(level)
    if template is None:
        newline = "\n" + "  " * level
        inner = newline + "  "
        members = ("," + inner).join(f'"{key}": %s' for key in ("start", "end", "text", "kind"))
        template = _OTHER_TEMPLATES[level] = "{" + inner + members + newline + "}"
    return template


def _other_members(numbers: list[OtherNumber]) -> list[Any] | None:
    """The four members of each of ``numbers`` as ``indented(other_json(number))`` writes them, in order, for ``%s``;
    None when one is of another type than that writes so (an offset that is no exact int, a text that is no text)."""
    members: list[Any] = []
    add, kinds, text_json = members.extend, _KIND_JSON, encode_basestring
    try:
        for span, text, kind in numbers:
            start, end = span
            if not (int is type(start) is type(end)):
                return None
            add((start, end, text_json(text), kinds[kind]))
    except (TypeError, KeyError, ValueError):  # a text that is no text, a kind that is no ``OtherKind``
        return None
    return members


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


# number_check_json's members of one scalar each, in its order, then those of each source_ref_json of its two lists
_CHECK_SCALARS = ("start", "end", "text", "value", "unit", "status", "formula", "reason")
_SOURCE_SCALARS = ("start", "end", "text", "value", "unit", "row", "column")
_CHECK_TEMPLATES: dict[int, str] = {}  # per level
_SOURCE_TEMPLATES: dict[int, str] = {}  # per level of the check that lists the source
# The text of each source written, by the source's id and its check's level, kept with the source (so its id names no
# other object while kept): a claim of thousands of numbers offers the same few release figures as the candidates of
# each (``verifier._ref`` makes one per figure), and a source's text, its value and a row and column label of up to a
# line of the release each, cost more than the rest of its check
_SOURCE_TEXTS: dict[tuple[int, int], tuple[Any, str]] = {}
_MOST_SOURCE_TEXTS = 4096


def number_check_text(check, level: int = 0) -> str:
    """``indented(number_check_json(check), level)``, written from the check's fixed shape: its scalars in one C
    encoding put in a template of its keys and indents, and the text of each source it cites, written so once and kept
    (``figure_json_text`` writes a figure so). Through the generic writer each check cost a dict per source and an
    encoding per dict: a sixth of ``verify --format json`` on a claim of thousands of numbers."""
    span = check.span
    texts = scalar_texts((
        span.start, span.end, check.text, decimal_text(check.value), check.unit.value, check.status.value, check.formula,
        check.reason,
    ))  # fmt: skip
    supports, candidates = _sources_text(check.supports, level), _sources_text(check.candidates, level)
    if texts is None or supports is None or candidates is None:
        return indented(number_check_json(check), level)
    return _check_template(level) % (*texts, supports, candidates)


def _sources_text(sources, level: int) -> str | None:
    """The text of a check's list of ``sources`` at the check's ``level``, as the generic writer lays it out (a list of
    no item is ``[]``); None when a source holds a member the template does not write."""
    if not sources:
        return "[]"
    texts = []
    for source in sources:
        kept = _SOURCE_TEXTS.get((id(source), level))
        if kept is None or kept[0] is not source:
            scalars = scalar_texts((
                source.span.start, source.span.end, source.text, decimal_text(source.value), source.unit.value, source.row,
                source.column,
            ))  # fmt: skip
            if scalars is None:
                return None
            if len(_SOURCE_TEXTS) >= _MOST_SOURCE_TEXTS:
                _SOURCE_TEXTS.clear()
            kept = _SOURCE_TEXTS[id(source), level] = (source, _source_template(level) % tuple(scalars))
        texts.append(kept[1])
    newline = "\n" + "  " * level
    item = newline + "    "
    return "[" + item + ("," + item).join(texts) + newline + "  ]"


def _check_template(level: int) -> str:
    """A number check's JSON text at ``level`` with ``%s`` for each of its scalars and then for each of its two lists of
    sources (``number_check_text``), as the generic writer lays it out."""
    template = _CHECK_TEMPLATES.get(level)
    if template is None:
        newline = "\n" + "  " * level
        inner = newline + "  "
        members = [f'"{name}": %s' for name in (*_CHECK_SCALARS, "supports", "candidates")]
        template = _CHECK_TEMPLATES[level] = "{" + inner + ("," + inner).join(members) + newline + "}"
    return template


def _source_template(level: int) -> str:
    """A source's JSON text, listed in a check at ``level``, with ``%s`` for each of its scalars."""
    template = _SOURCE_TEMPLATES.get(level)
    if template is None:
        newline = "\n" + "  " * level
        item, member = newline + "    ", newline + "      "
        template = _SOURCE_TEMPLATES[level] = "{" + member + ("," + member).join(f'"{name}": %s' for name in _SOURCE_SCALARS) + item + "}"
    return template


def claim_check_json(claim, *, lazy: bool = False) -> dict[str, Any]:
    numbers: Lazy | list[dict[str, Any]]
    if lazy:  # for ``json_text.write_indented`` alone: each check's text made from its shape as it is written
        numbers = Lazy(Written(partial(number_check_text, number)) for number in claim.numbers)
    else:
        numbers = [number_check_json(number) for number in claim.numbers]
    return {"item": claim.item, "text": claim.text, "supported": claim.supported, "numbers": numbers}


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
