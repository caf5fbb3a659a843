"""EDGAR submissions: the SGML wrapper around a filing's documents.

A full submission (``<SEC-DOCUMENT>``) has a header of ``KEY: value`` lines and one
``<DOCUMENT>`` per file, each with ``<TYPE>``, ``<SEQUENCE>``, ``<FILENAME>``,
``<DESCRIPTION>`` and a ``<TEXT>`` body. A single exhibit may also come wrapped in
just its ``<DOCUMENT>``. This module finds the documents, picks the press release, and
says which other EX-99 exhibits belong to it.

A release is often filed in parts: the narrative in EX-99.1 and the statements, a data
sheet or the CFO's commentary in EX-99.2. Those parts are read with the press release.
An exhibit of another kind (an investor presentation or a call transcript, a merger
agreement, another announcement) is not: its figures are not the release's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import InputError, UsageError
from ..types import DocumentInfo

__all__ = [
    "EdgarDocument",
    "is_submission",
    "parse_header",
    "split_documents",
    "choose_document",
    "belongs_to_release",
]

_DOCUMENT_OPEN = re.compile(r"<DOCUMENT>", re.IGNORECASE)
_DOCUMENT_CLOSE = re.compile(r"</DOCUMENT>", re.IGNORECASE)
# Values are captured whole and stripped in Python: a lazy ``(.*?)`` before ``[ \t]*$`` is
# quadratic in a run of spaces inside the line.
_FIELD = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>(.*)$", re.MULTILINE | re.IGNORECASE)
# The body's ends are found apart: a lazy ``<TEXT>(.*?)(?:</TEXT>|\Z)`` tries the close at every
# character, about 20 ms on the 860 KB NVIDIA submission.
_TEXT_OPEN = re.compile(r"<TEXT>\r?\n?", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.IGNORECASE)
_SUBMISSION_OPEN = re.compile(r"<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>", re.IGNORECASE)
_TYPE = re.compile(r"<TYPE>", re.IGNORECASE)
_HEADER_OPEN = re.compile(r"<(SEC|IMS)-HEADER>", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ()/-]*?):(.*)$", re.MULTILINE)
_PRESS_RELEASE_WORDS = re.compile(r"press|release|earnings|results", re.IGNORECASE)
_NOT_TEXT_TYPES = ("GRAPHIC", "ZIP", "PDF", "EXCEL", "XML", "JSON", "EX-101")
# What an exhibit filed beside the press release is, by its description or, when that only
# names the exhibit ("EX-99.2", "Exhibit 99.2"), by the opening of its text.
_RELEASE_PART_WORDS = re.compile(
    r"\b(?:financial (?:statements?|information|data|results|tables|highlights|summary|supplement)|supplement(?:al|ary)?"
    r"|data sheet|fact sheet|summary data|commentary|earnings|results|statistics|reconciliations?|non-gaap"
    r"|condensed consolidated|consolidated (?:statements?|balance|financial))\b",
    re.IGNORECASE,
)
_NOT_RELEASE_PART_WORDS = re.compile(
    r"\b(?:presentation|slides?|slide deck|transcripts?|webcast|agreement|merger|acquisition|consent|indenture"
    r"|certification|investor day|annual meeting|proxy|by-?laws|amendment)\b",
    re.IGNORECASE,
)
_EXHIBIT_LABEL = re.compile(r"\b(?:ex(?:hibit)?\b|ex-)[\s.:-]*[\d.()a-z]*|\b99\.[\d()a-z]*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{3,}")
_OPENING = 400  # characters of an exhibit's text that may name it ...
_TITLE_LINES = 3  # ... in its first lines, the exhibit's own label aside


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
    """True when ``text`` is an EDGAR SGML submission or a ``<DOCUMENT>``-wrapped file.

    A submission that opens with its SGML header (after EDGAR's privacy-enhanced-message
    preamble, if any) is one wherever its first ``<TYPE>`` falls: a filing by several
    registrants lists each in the header, tens of kilobytes of it."""
    head = text[:4096].upper()
    if "<DOCUMENT>" in head and "<TYPE>" in head:
        return True
    return bool(_SUBMISSION_OPEN.search(text, 0, 4096) and _TYPE.search(text))


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
        text_open = _TEXT_OPEN.search(text, opening.end(), closing.start())
        fields_end = text_open.start() if text_open else closing.start()
        fields = {key.upper(): value.strip(" \t") for key, value in _FIELD.findall(text, opening.end(), fields_end)}
        body = ""
        if text_open:
            text_close = _TEXT_CLOSE.search(text, text_open.end(), closing.start())
            body = text[text_open.end() : text_close.start() if text_close else closing.start()]
        documents.append(
            EdgarDocument(
                type=fields.get("TYPE", ""),
                sequence=fields.get("SEQUENCE", ""),
                filename=fields.get("FILENAME", ""),
                description=fields.get("DESCRIPTION", ""),
                body=body,
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


def belongs_to_release(document: EdgarDocument, opening: Callable[[], str]) -> bool:
    """True when ``document``, an exhibit filed beside the press release, is a part of it.

    It must be a text EX-99 exhibit whose description, or when the description only names
    the exhibit the first characters of ``opening()`` (its text, asked for only then), say
    statements, a supplement, a data sheet or commentary on the results, and do not say a
    presentation, a transcript, an agreement or another event."""
    if not document.type.upper().startswith("EX-99") or not document.is_text:
        return False
    if _names_more_than_the_exhibit(document.description):
        return _says_release_part(document.description) is True
    # Its title: the first line that says what it is ("Exhibit 99.2" / "Apple Inc." / "Q1 2011
    # Unaudited Summary Data"), not the paragraph after it, which may mention an acquisition.
    lines = [line for line in opening()[:_OPENING].splitlines() if _names_more_than_the_exhibit(line)]
    verdicts = (_says_release_part(line) for line in lines[:_TITLE_LINES])
    return next((verdict for verdict in verdicts if verdict is not None), False)


def _names_more_than_the_exhibit(words: str) -> bool:
    return bool(_WORD.search(_EXHIBIT_LABEL.sub(" ", words)))


def _says_release_part(words: str) -> bool | None:
    """False when ``words`` name another kind of exhibit, True when a part of the release, else None."""
    if _NOT_RELEASE_PART_WORDS.search(words):
        return False
    return True if _RELEASE_PART_WORDS.search(words) else None
