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

import functools
import re
from collections.abc import Callable

__all__ = ["ends_on_a_match", "may_hold", "may_hold_all_of", "may_hold_each", "search_in_runs"]

_FOLDS_TO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no ``re.IGNORECASE`` match of a pattern whose every match holds one of
    ``words`` (in lower case, ASCII) can be found in ``text``."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return True
    if len(text) > _LOWERED_AT_ONCE:
        return any(_LowerCase(text).find(word) >= 0 for word in words)
    lower = text.lower()
    for word in words:  # noqa: SIM110 (a loop, not any() of a generator: asked ten times a number of a claim)
        if word in lower:
            return True
    return False


def may_hold_all_of(text: str, word_sets: tuple[tuple[str, ...], ...]) -> bool:
    """False only when no ``re.IGNORECASE`` match of a pattern each of whose matches holds every word of one of
    ``word_sets`` (in lower case, ASCII) can be found in ``text``: no set has all its words in it."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return True
    lower = text.lower()
    for words in word_sets:  # loops, not any() of all() of generators: asked of every row label of a table
        for word in words:
            if word not in lower:
                break
        else:
            return True
    return False


def may_hold_each(text: str, word_lists: tuple[tuple[str, ...], ...]) -> list[bool]:
    """``[may_hold(text, words) for words in word_lists]``, the text's lower case made once."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return [True] * len(word_lists)
    lower = text.lower()
    return [any(word in lower for word in words) for words in word_lists]


def ends_on_a_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """``pattern.search(text, pos, endpos) is not None`` for a pattern whose every match ends at ``endpos`` (``$``),
    its starts tried from the last back, not from the first on.

    A search tries each start in turn, and a pattern that opens with a digit or a word is tried at every one of a
    hostile claim's: ~25 us over the 120 characters of ranges before each range of a claim of thousands, ~7 us over
    the 80 characters before each "implying". Matched after ``.*`` (any characters), which gives back one character
    at a time, it is tried at the end first, and a match near the end is found in a few tries. Exact: ``.*`` then
    the pattern matches from ``pos`` where the pattern matches from some start at or after ``pos``, and the pattern
    sees the same characters there (its look-behinds and ``\\b`` too)."""
    return _from_the_end(pattern).match(text, pos, len(text) if endpos is None else endpos) is not None


@functools.lru_cache(maxsize=32)
def _from_the_end(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` after any characters (``ends_on_a_match``)."""
    return re.compile(r"(?s:.*)(?:" + pattern.pattern + ")", pattern.flags)


# What a pattern searched by ``search_in_runs`` may consume: word characters, white space, hyphens, en
# dashes and apostrophes (every character ``re.IGNORECASE`` lets a letter, ``\d`` or ``\s`` match is one).
_RUN = re.compile(r"[\w\s'\-–]*")
_BREAK = re.compile(r"[^\w\s'\-–]")
_LOOK_AHEAD = 32  # how far past a run a pattern's look-ahead may read (a percentage after a year: "20240.17%")
_LOOK_BACK = 64  # how far back a run's start is first looked for; doubled until found


def search_in_runs(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, searched only in the runs of ``text`` that hold one of ``words``.

    For a pattern whose every match holds one of ``words`` (lower case, ASCII) and consumes only
    run characters (``_RUN``: word characters, white space, ``-``, ``–``, ``'``), whatever its
    look-arounds see. A period-length pattern searched over a whole sentence of a hostile input
    (a table of thousands of rows read as one sentence) was tried at every character, about
    0.1 us each, six patterns over every sentence; its words stand in a few runs at most.

    Exact: a match consumes only run characters, so it lies within one run, and that run holds
    one of ``words``. The runs that hold none are skipped. Each run that holds one is searched
    from its start to ``_LOOK_AHEAD`` characters past its end (``endpos``): the engine, trying a
    start inside the run, never consumes the character that ends it (it is no run character), and
    a look-ahead reads no further than that margin; it reads the text before the run as the whole
    text's search does (``pos`` does not cut what a look-behind or ``\\b`` sees). The first match found, in the first run
    that has one, is the first of the whole text."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return pattern.search(text)
    finders: dict[str, Callable[[str, int], int]]
    if len(text) > _LOWERED_AT_ONCE:
        finders = {word: _LowerCase(text).find for word in words}  # each word's own: each moves on as it is found
    else:
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer: offsets would not line up
            return pattern.search(text)
        finders = dict.fromkeys(words, lower.find)
    upcoming = {word: finders[word](word, 0) for word in words}  # the next place of each word not searched yet
    cursor = 0  # everything before it is searched, or in runs that hold none of the words
    while True:
        for word, at in list(upcoming.items()):
            if 0 <= at < cursor:
                at = upcoming[word] = finders[word](word, cursor)
            if at < 0:
                del upcoming[word]
        if not upcoming:
            return None
        found = min(upcoming.values())
        start = _run_start(text, cursor, found)
        run = _RUN.match(text, found)  # it always matches: at worst, no character
        end = run.end() if run else found
        # the search may read a look-ahead's few characters past the run ("FY" not before a year, unless the digits
        # are a percentage: "FY 20240.17%"), so it is allowed to see them; a match must still start in the run
        match = pattern.search(text, start, min(len(text), end + 1 + _LOOK_AHEAD))
        if match is not None and match.start() <= end:
            return match
        cursor = end + 1


# The longest text put in lower case whole: a hostile "sentence" is a whole table of rows (25 MiB), and its lower case,
# made while every fact is held, was the verifier's peak (issue 13)
_LOWERED_AT_ONCE = 1 << 16


class _LowerCase:
    """``text.lower().find`` for words in lower case (ASCII), the lower case made ``_LOWERED_AT_ONCE`` characters at a
    time, from where a word is looked for on: for a text holding none of ``_FOLDS_TO_ASCII``, where every character
    lowers to one (dotted I, the one ``lower()`` makes two of, is among them), so the offsets line up. A part of the
    text lowered is kept for the next look-up that starts in it: asked from places further and further on (as
    ``search_in_runs`` asks for each word), each character is lowered once."""

    __slots__ = ("_text", "_start", "_lower")

    def __init__(self, text: str) -> None:
        self._text, self._start, self._lower = text, 0, ""

    def find(self, word: str, start: int = 0) -> int:
        text = self._text
        while start <= len(text) - len(word):
            if not self._start <= start or start + len(word) > self._start + len(self._lower):
                self._start, self._lower = start, text[start : start + max(_LOWERED_AT_ONCE, 2 * len(word))].lower()
            found = self._lower.find(word, start - self._start)
            if found >= 0:
                return self._start + found
            # a word that starts in this part but ends past it is looked for in the next
            start = max(start, self._start + len(self._lower) - len(word) + 1)
            if self._start + len(self._lower) >= len(text):
                return -1
        return -1


def _run_start(text: str, lower: int, at: int) -> int:
    """Where the run holding offset ``at`` starts, ``lower`` at the earliest: looked for back from
    ``at`` over a reach doubled each time, so a long run costs its length, not its length squared."""
    reach = _LOOK_BACK
    while True:
        start = max(lower, at - reach)
        last = None
        for last in _BREAK.finditer(text, start, at):  # noqa: B007 (the last one is wanted)
            pass
        if last is not None:
            return last.end()
        if start == lower:
            return lower
        reach *= 2
