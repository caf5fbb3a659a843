"""A document as numbered segments: its sentences and table rows.

The model sees the release as ``[id] text`` lines and cites segment ids with a short
exact quote; ``resolve_quote`` turns that into a character span by exact matching inside
the segment (white space aside, never fuzzy, so a number is matched as printed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.sentences import prose_sentences
from ..types import Document, Span

__all__ = ["Segment", "segments", "segment_line", "resolve_quote"]

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A sentence or a table row (``table`` is its table's index), numbered from 1."""

    id: int
    span: Span
    table: int | None = None


def segments(document: Document) -> list[Segment]:
    """Every sentence outside tables and every table header line and row, in text order."""
    spans: list[tuple[Span, int | None]] = [
        (s, None) for s in prose_sentences(document.text, [table.span for table in document.tables])
    ]
    for index, table in enumerate(document.tables):
        spans += [(h, index) for h in table.header_spans]
        spans += [(row.span, index) for row in table.rows]
    spans.sort(key=lambda item: item[0].start)
    return [Segment(number, span, table) for number, (span, table) in enumerate(spans, 1)]


def segment_line(document: Document, segment: Segment) -> str:
    """How the model sees a segment: ``[12] text`` on one line, table cells split by ``|``."""
    words = segment.span.of(document.text)
    if segment.table is not None:
        words = " | ".join(part.strip() for part in re.split(r"\t|\n+", words) if part.strip())
    return f"[{segment.id}] {_SPACE.sub(' ', words).strip()}"


def resolve_quote(document: Document, segment: Segment, quote: str) -> Span | None:
    """The span of ``quote`` inside ``segment``: exact, white space normalised, or None."""
    text = document.text
    wanted = _SPACE.sub(" ", quote.replace("|", " ")).strip()
    if not wanted:
        return None
    region = segment.span.of(text)
    exact = region.find(quote)
    if exact >= 0:
        return Span(segment.span.start + exact, segment.span.start + exact + len(quote))
    words = [re.escape(word) for word in wanted.split(" ")]
    match = re.search(r"[\s|]+".join(words), region)
    if match is None:
        return None
    return Span(segment.span.start + match.start(), segment.span.start + match.end())
