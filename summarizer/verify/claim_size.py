"""The longest claim the verifier takes, refused before any of it is read.

Checking a claim holds every number of it at once (its reading, its candidates, its check: a
few kilobytes a number), and a claim's numbers are found only by reading it: a claim line of a
million numbers needed gigabytes. So a claim (a line of ``--claims``, a sentence of ``--text``)
is refused, fail-closed with a one-line error, when it is longer than ``MOST_CLAIM_CHARACTERS``.
A length, not a count of numbers: it is known before reading, and bounds numbers written in
digits and in words alike (a number takes two characters at least: 500,000 numbers, a few hundred
MiB held). A real claim is a sentence: a few hundred characters, a pasted table a few thousand.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InputError
from ..text.sentences import sentence_spans

__all__ = ["MOST_CLAIM_CHARACTERS", "refuse_long_claims", "refuse_long_sentences"]

MOST_CLAIM_CHARACTERS = 2**20


def refuse_long_claims(claims: Iterable[str], what: str = "claim") -> None:
    """Raise ``InputError`` naming the first of ``claims`` longer than ``MOST_CLAIM_CHARACTERS``
    (``what`` says what a claim is: "line", "sentence"), counted from 1."""
    for position, claim in enumerate(claims, 1):
        if len(claim) > MOST_CLAIM_CHARACTERS:
            raise InputError(
                f"{what} {position} of the claims is {len(claim):,} characters long, more than the"
                f" {MOST_CLAIM_CHARACTERS:,} a claim may have: split it into sentences"
            )


def refuse_long_sentences(text: str) -> None:
    """``refuse_long_claims`` of the sentences of ``text`` as ``verify.verify_text`` cuts them,
    cut only when ``text`` is long enough to hold one too long."""
    if len(text) > MOST_CLAIM_CHARACTERS:
        refuse_long_claims((span.of(text) for span in sentence_spans(text)), "sentence")
