"""What went wrong while a summary's citations were resolved and checked, as data.

A model's quote that is not in the segment it names, a citation whose span lies outside the
document or does not hold its quote, chunk summaries that disagree on a figure, a correction
that could not be used: each is a ``Note`` with a ``kind`` that callers sort by (a citation
error fails verification, the rest are warnings) and the ``message`` a reader sees. The
messages are written here, once, so their wording cannot drift from the test that sorts them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["NoteKind", "Note"]


class NoteKind(str, enum.Enum):
    QUOTE_NOT_IN_SEGMENT = "quote_not_in_segment"
    SPAN_OUTSIDE_DOCUMENT = "span_outside_document"
    QUOTE_MISMATCH = "quote_mismatch"
    CHUNKS_DISAGREE = "chunks_disagree"
    CORRECTION_UNUSABLE = "correction_unusable"

    @property
    def is_citation_error(self) -> bool:
        """True for a citation that does not point at its quote: the summary cannot be trusted there."""
        return self in _CITATION_ERRORS


_CITATION_ERRORS = frozenset({NoteKind.QUOTE_NOT_IN_SEGMENT, NoteKind.SPAN_OUTSIDE_DOCUMENT, NoteKind.QUOTE_MISMATCH})


@dataclass(frozen=True)
class Note:
    """One problem of a run: its ``kind`` and the one-line ``message`` shown to a reader."""

    kind: NoteKind
    message: str

    def __str__(self) -> str:
        return self.message

    @classmethod
    def quote_not_in_segment(cls, where: str, quote: str, segment: object) -> Note:
        return cls(NoteKind.QUOTE_NOT_IN_SEGMENT, f"{where}: quote {quote!r} is not in segment {segment}")

    @classmethod
    def span_outside_document(cls, where: str, start: int, end: int) -> Note:
        return cls(NoteKind.SPAN_OUTSIDE_DOCUMENT, f"{where}: citation [{start}, {end}) lies outside the document")

    @classmethod
    def quote_mismatch(cls, where: str, start: int, end: int, quote: str) -> Note:
        return cls(NoteKind.QUOTE_MISMATCH, f"{where}: citation [{start}, {end}) does not match its quote {quote!r}")

    @classmethod
    def chunks_disagree(cls, metric: str, period: str, kept: str, set_aside: str) -> Note:
        return cls(NoteKind.CHUNKS_DISAGREE, f"chunks disagree on {metric} ({period}): {kept} kept, {set_aside} set aside")

    @classmethod
    def correction_unusable(cls, error: Exception) -> Note:
        return cls(NoteKind.CORRECTION_UNUSABLE, f"the correction could not be used ({error}); the first answer is kept")
