"""Whether a claim names a segment, a product or a region as analysts spell it.

A release prints "Drybulk Vessels", "Offices", "Europe and Asia Pacific", "Pharmaceutical
Diagnostics (PDx)"; a claim writes "drybulk", "Office", "europe and apac", "pdx". One rule
reads them all, not a list of synonyms: the claim names a segment when its words spell the
segment's name word by word, where each word may be written in the singular or the plural,
a run of two or more words may be shortened to their leading letters ("apac": Asia Pacific),
and the name may be replaced by the abbreviation the release defines for it ("Pharmaceutical
Diagnostics (PDx)"), or cut to the words that tell it from its sibling segments (those of the
same table: "Drybulk Vessels" beside "Container Vessels" is "drybulk"), or to the first of
them where it leads the name ("Aerospace" for "Aerospace Systems Segment"), or without the last
words its siblings share ("IDL" for "International Developmental Licensed Markets" beside
"International Operated Markets"). A name too long to be spelled out this way is matched as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from .vocabulary import NOT_A_SEGMENT_ALONE

__all__ = ["defined_abbreviations", "name_pattern", "names_segment", "segment_mentions"]

_WORD = re.compile(r"[a-z0-9][a-z0-9.&'-]*")
# A name of more words than this is matched as written: the spellings of a long one are many.
_MOST_WORDS = 6
# "Pharmaceutical Diagnostics (PDx)", "Advanced Visualization Solutions (AVS)": a capitalised name
# and, in parentheses right after it, the abbreviation the release uses for it.
_DEFINED = re.compile(r"((?:[A-Z][\w&'-]*\s+){0,5}[A-Z][\w&'-]*)\s+\(([A-Z][A-Za-z]{1,7})\)")
_GLUE = frozenset({"and", "&", "of", "the"})  # words no abbreviation spells
_LETTERS_WITH_STOPS = re.compile(r"(?:[a-z]\.){2,3}")  # "u.s.", "u.k.": initials, each with its full stop
_SHORTEST_ALONE = 5  # letters of a first word that names its segment alone: "aerospace", not "e" or "asia"


def _word(word: str) -> str:
    """A word in either number: "office" and "offices", "sale" and "sales"; letters with full stops also without
    them: "U.S." and "US"."""
    if _LETTERS_WITH_STOPS.fullmatch(word):
        return rf"(?:{re.escape(word)}|{word.replace('.', '')}\b)"
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
    return re.escape(stem) + r"(?:e?s)?"


def _initials(words: list[str]) -> str:
    """Two or more words shortened to their leading letters, one or more of each: "apac", "na"."""
    parts = []
    for word in words:
        letters = [re.escape(c) for c in word if c.isalnum()]
        tail = ""
        for letter in reversed(letters[1:]):
            tail = f"(?:{letter}{tail})?"
        parts.append(letters[0] + tail)
    return "".join(parts)


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> str:
    """A regular expression of the ways a claim in lower case spells ``name``."""
    words = _WORD.findall(name.lower())
    if not words:
        return re.escape(name.lower())
    if len(words) > _MOST_WORDS:
        return re.escape(name.lower())

    @cache
    def spelled(start: int) -> str:
        options = []
        for end in range(start + 1, len(words) + 1):
            run = words[start:end]
            if end - start == 1:
                unit = _word(run[0])
            elif any(word in _GLUE for word in run) or len("".join(run)) < 4:
                continue
            else:
                unit = r"(?=[a-z0-9]{3})" + _initials(run)  # "apac"; two letters ("na") say too little
            rest = spelled(end) if end < len(words) else ""
            options.append(unit + (r"\s+" + rest if rest else ""))
        return "(?:" + "|".join(options) + ")"

    return spelled(0)


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a release defines for its names, by name in lower case: "Pharmaceutical
    Diagnostics (PDx)" gives {"pharmaceutical diagnostics": "pdx"}."""
    return _defined(text)


@lru_cache(maxsize=8)
def _defined(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        name, short = match.group(1).lower(), match.group(2).lower()
        words = name.split()
        # the abbreviation's letters start the name's last words: "Pharmaceutical Diagnostics (PDx)"
        capitals = "".join(c for c in match.group(2) if c.isupper()).lower()
        for first in range(len(words)):
            tail = words[first:]
            if len(tail) >= 2 and capitals == "".join(word[0] for word in tail):  # "PDx": P... D...
                found.setdefault(" ".join(tail), short)
                break
    return found


def names_segment(name: str, words: str, siblings: Iterable[str] = (), abbreviations: dict[str, str] | None = None) -> bool:
    """True when a claim (``words``, in lower case) names the segment ``name``: spelled as
    ``name_pattern`` reads it, by the release's abbreviation of it, or by the words of it that
    none of its ``siblings`` (the other segments of its table) has."""
    return name.lower() in words or _spellings(name, siblings, abbreviations).search(words) is not None


def segment_mentions(
    name: str, words: str, siblings: Iterable[str] = (), abbreviations: dict[str, str] | None = None
) -> list[tuple[int, int]]:
    """Where a claim (``words``, in lower case) names the segment ``name``, as ``names_segment`` reads it: the
    start and end of each spelling ("with the u.s. up 0.8%, iom up 1.5%": [(9, 13)] for "U.S.")."""
    return [match.span() for match in _spellings(name, siblings, abbreviations).finditer(words)]


def _spellings(name: str, siblings: Iterable[str], abbreviations: dict[str, str] | None) -> re.Pattern[str]:
    """The pattern of every way a claim in lower case spells ``name`` (``names_segment``)."""
    lowered = name.lower()
    spellings = [name_pattern(name)]
    short = (abbreviations or {}).get(" ".join(_WORD.findall(lowered)))
    if short:
        spellings.append(re.escape(short))
    own = _WORD.findall(lowered)
    others = {word for sibling in siblings if sibling.lower() != lowered for word in _WORD.findall(sibling.lower())}
    telling = [word for word in own if word not in others and word not in _GLUE]
    if others and telling and len(telling) < len(own):
        spellings.append(name_pattern(" ".join(telling)))
    kept = len(own)
    while kept > 1 and own[kept - 1] in others:
        kept -= 1
    if others and 1 < kept < len(own):
        # the name without the last words its siblings share, as analysts shorten it: "IDL" for "International
        # Developmental Licensed Markets" beside "International Operated Markets"
        spellings.append(name_pattern(" ".join(own[:kept])))
    if others and telling and telling[0] == own[0] and len(own) > 1 and len(own[0]) >= _SHORTEST_ALONE and own[0] not in NOT_A_SEGMENT_ALONE:
        # the name cut to its first word, which no sibling shares: "Aerospace" for "Aerospace Systems Segment"
        # beside "International Businesses", as analysts write it ("Aerospace segment operating income grew")
        spellings.append(_word(own[0]))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(spellings)}|{re.escape(lowered)})(?![\w-])")
