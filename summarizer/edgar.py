"""EDGAR submissions: the SGML wrapper around a filing's documents.

A full submission (``<SEC-DOCUMENT>``) has a header of ``KEY: value`` lines and one
``<DOCUMENT>`` per file, each with ``<TYPE>``, ``<SEQUENCE>``, ``<FILENAME>``,
``<DESCRIPTION>`` and a ``<TEXT>`` body. A single exhibit may also come wrapped in
just its ``<DOCUMENT>``. This module finds the documents and picks the press release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError, UsageError
from .types import DocumentInfo

__all__ = ["EdgarDocument", "is_submission", "parse_header", "split_documents", "choose_document"]

_DOCUMENT_OPEN = re.compile(r"<DOCUMENT>", re.IGNORECASE)
_DOCUMENT_CLOSE = re.compile(r"</DOCUMENT>", re.IGNORECASE)
# Values are captured whole and stripped in Python: a lazy ``(.*?)`` before ``[ \t]*$`` is
# quadratic in a run of spaces inside the line.
_FIELD = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>(.*)$", re.MULTILINE | re.IGNORECASE)
_TEXT_BODY = re.compile(r"<TEXT>\r?\n?(.*?)(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_HEADER_OPEN = re.compile(r"<(SEC|IMS)-HEADER>", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ()/-]*?):(.*)$", re.MULTILINE)
_PRESS_RELEASE_WORDS = re.compile(r"press|release|earnings|results", re.IGNORECASE)
_NOT_TEXT_TYPES = ("GRAPHIC", "ZIP", "PDF", "EXCEL", "XML", "JSON", "EX-101")


@dataclass(frozen=True)
class EdgarDocument:
    type: str
    sequence: str
    filename: str
    description: str
    body: str

    @property
    def is_text(self) -> bool:
        return not self.type.upper().startswith(_NOT_TEXT_TYPES)


def is_submission(text: str) -> bool:
    """True when ``text`` is an EDGAR SGML submission or a ``<DOCUMENT>``-wrapped file."""
    head = text[:4096]
    return ("<SEC-DOCUMENT>" in head or "<DOCUMENT>" in head.upper()) and "<TYPE>" in head.upper()


def _iso_date(value: str) -> str:
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if re.fullmatch(r"\d{8}", value) else value


def _header_block(head: str) -> str | None:
    """The text between the first ``<SEC-HEADER>`` (or ``<IMS-HEADER>``) that is closed and its close.

    Each kind's close is looked for once: when the first opening has none, no later one has."""
    unclosed: set[str] = set()
    for opening in _HEADER_OPEN.finditer(head):
        kind = opening.group(1).upper()
        if kind in unclosed:
            continue
        closing = re.compile(rf"</{kind}-HEADER>", re.IGNORECASE).search(head, opening.end())
        if closing:
            return head[opening.end() : closing.start()]
        unclosed.add(kind)
    return None


def parse_header(text: str) -> DocumentInfo:
    """What the SGML header says of the filing (the chosen document's fields left empty)."""
    block = _header_block(text[:200_000])
    if block is None:
        return DocumentInfo()
    first: dict[str, str] = {}
    items: list[str] = []
    for match in _HEADER_FIELD.finditer(block):
        key, value = match.group(1).strip(), match.group(2).strip()
        if key == "ITEM INFORMATION":
            if value:
                items.append(value)
        elif value:
            first.setdefault(key, value)
    return DocumentInfo(
        company=first.get("COMPANY CONFORMED NAME", ""),
        cik=first.get("CENTRAL INDEX KEY", ""),
        form_type=first.get("CONFORMED SUBMISSION TYPE", first.get("FORM TYPE", "")),
        filing_date=_iso_date(first.get("FILED AS OF DATE", "")),
        period_of_report=_iso_date(first.get("CONFORMED PERIOD OF REPORT", "")),
        accession_number=first.get("ACCESSION NUMBER", ""),
        items=tuple(items),
    )


def split_documents(text: str, *, name: str = "input") -> list[EdgarDocument]:
    """Every ``<DOCUMENT>`` of a submission; raises ``InputError`` when truncated."""
    documents: list[EdgarDocument] = []
    position = 0
    while True:
        opening = _DOCUMENT_OPEN.search(text, position)
        if not opening:
            break
        closing = _DOCUMENT_CLOSE.search(text, opening.end())
        if not closing:
            raise InputError(
                f"{name} is a truncated EDGAR submission: document {len(documents) + 1} has no </DOCUMENT>"
            )
        chunk = text[opening.end() : closing.start()]
        text_start = chunk.upper().find("<TEXT>")
        fields = {
            key.upper(): value.strip(" \t") for key, value in _FIELD.findall(chunk[: text_start if text_start >= 0 else None])
        }
        body = _TEXT_BODY.search(chunk)
        documents.append(
            EdgarDocument(
                type=fields.get("TYPE", ""),
                sequence=fields.get("SEQUENCE", ""),
                filename=fields.get("FILENAME", ""),
                description=fields.get("DESCRIPTION", ""),
                body=body.group(1) if body else "",
            )
        )
        position = closing.end()
    if not documents:
        raise InputError(f"{name} is an EDGAR submission with no complete <DOCUMENT>")
    return documents


def choose_document(documents: list[EdgarDocument], wanted: str | None = None) -> EdgarDocument:
    """The document to summarise: ``wanted`` (type, sequence or filename) or the press release.

    Without ``wanted``: EX-99.1, else an EX-99 exhibit whose description reads like a
    press release, else the first EX-99 exhibit, else the first text document.
    """
    if wanted:
        key = wanted.strip().lower()
        for document in documents:
            if key in (document.type.lower(), document.sequence.lower(), document.filename.lower()):
                return document
        available = ", ".join(f"{d.sequence or '?'}:{d.type}" for d in documents if d.is_text)
        raise UsageError(f"no document {wanted!r} in the submission (available: {available})")
    exhibits = [d for d in documents if d.type.upper().startswith("EX-99")]
    for document in exhibits:
        if document.type.upper() == "EX-99.1":
            return document
    for document in exhibits:
        if _PRESS_RELEASE_WORDS.search(document.description):
            return document
    if exhibits:
        return exhibits[0]
    for document in documents:
        if document.is_text:
            return document
    raise InputError("the submission has no text document")
