"""A quick, exact "no" before a slow case-insensitive search.

Python's regex engine tries a long ``re.IGNORECASE`` alternation at every character: ~0.2 us
a character, ~100 us for the 400 characters before one number. Every match of such a
pattern holds one of a few words, and text that holds none of them, in any case, cannot
match: ``str.lower`` and ``in`` say so at C speed. Exact, not a heuristic: under
``re.IGNORECASE`` an ASCII letter matches its two cases and four characters beyond ASCII
("\u017f" long s, "\u0131" dotless i, "\u0130" dotted I, "\u212a" Kelvin sign), which
``lower()`` does not map to the letter; text holding any of those is always searched.
"""

from __future__ import annotations

__all__ = ["may_hold"]

_FOLDS_TO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no ``re.IGNORECASE`` match of a pattern whose every match holds one of
    ``words`` (in lower case, ASCII) can be found in ``text``."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return True
    lower = text.lower()
    for word in words:  # noqa: SIM110 (a loop, not any() of a generator: asked ten times a number of a claim)
        if word in lower:
            return True
    return False
