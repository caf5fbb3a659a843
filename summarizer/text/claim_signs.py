"""The signs of a claim's numbers, read once and kept for the second reader of the same claim.

Why: the verifier reads a claim twice. ``claims.read_numbers`` signs every number
(``context.signed_value``: its clause, the direction and loss words, the amount before it,
some fifteen regex searches), then ``context.read_sentence`` reads the numbers again with
their words and signs each non-negative one again, from the same words: a third of the CPU
time of a claim of thousands of numbers went to signing each number twice. The first reader
keeps, per number, whether its words negate it; the second looks that up.

Exact: whether ``_signed`` negates a non-negative value is a function of the text, the
number's offsets and its unit alone (the value is only what gets negated), so the answer kept
is the one the second reading would compute. Kept per text object (``is``, not ``==``): only
the last text signed, so memory stays one bool per number of one claim, and a reader of
another text (another thread, a release sentence) finds nothing and computes as before. The
text and its answers are swapped as one tuple, never edited under another thread's reader.
"""

from __future__ import annotations

from ..types import Unit

__all__ = ["kept_negation", "keep_negation"]

_Key = tuple[int, int, Unit]
_kept: tuple[str | None, dict[_Key, bool]] = (None, {})


def keep_negation(text: str, start: int, end: int, unit: Unit, negated: bool) -> None:
    """Keep whether the non-negative number at ``[start, end)`` of ``text`` is negated by its words."""
    global _kept
    kept = _kept
    if kept[0] is not text:
        kept = (text, {})
        _kept = kept
    kept[1][start, end, unit] = negated


def kept_negation(text: str, start: int, end: int, unit: Unit) -> bool | None:
    """What ``keep_negation`` kept for this number of this very text object, else None."""
    kept = _kept
    return kept[1].get((start, end, unit)) if kept[0] is text else None
