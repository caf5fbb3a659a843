"""Abbreviations a document defines for a metric, and where its sentences use them.

A call or a release names a measure once in full, with its abbreviation ("net financial earnings
(NFE)", "such as net financial earnings or NFE", 'Distributable earnings ("DE")'), then says only
the abbreviation: "Reported NFE of $44.7 million". Read there, the abbreviation names the metric
its definition does. An abbreviation counts as defined only where its letters are the initials of
the words right before it, and those words name one metric, by their last word: "(NYSE: ORCL)" or
"(the Company)" define nothing, nor does "Federal Home Loan Bank (FHLB)".
"""

from __future__ import annotations

import re

from .numbers import CURRENCY_CODES
from .vocabulary import RUN_RATE_WORDS, metric_matches

__all__ = ["defined_abbreviations", "abbreviation_before", "abbreviations_in", "spelled_by_initials", "restates_the_amount_before"]

# "(NFE)", '("DE")', "(“AFFO”)", "or NFE": the abbreviation and where it stands
_DEFINITION = re.compile(r"(?:\(\s*[\"“‘']?|\bor\s+)(?P<abbreviation>[A-Z]{2,6})(?![\w-])")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")  # a word in capitals, as an abbreviation is said
# words an abbreviation leaves out: "funds from operations (FFO)" keeps "from", "return on equity (ROE)" keeps
# "on"; these may be left out or kept
_LINKS = frozenset({"of", "and", "to", "the", "from", "on", "for", "in"})
_REACH = 80  # the definition's words stand right before their abbreviation


def _initials_match(words: list[str], letters: str) -> int:
    """How many of the last ``words`` spell ``letters`` by their initials (links may be left
    out), 0 when they do not. Read from the end: the words right before the abbreviation."""
    position, taken = len(letters) - 1, 0
    for word in reversed(words):
        if position < 0:
            break
        if word[0].lower() == letters[position].lower():
            position -= 1
        elif word.lower() not in _LINKS:
            return 0
        taken += 1
    return taken if position < 0 else 0


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations ``text`` defines, each with the metric its words name."""
    defined: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        abbreviation = match.group("abbreviation")
        if abbreviation in defined or abbreviation in CURRENCY_CODES:  # "CAD 5 million" is an amount
            continue
        words = _WORD.findall(text, max(0, match.start() - _REACH), match.start())
        taken = _initials_match(words, abbreviation)
        if not taken:
            continue
        phrase = " ".join(words[-taken:])
        if RUN_RATE_WORDS & {word.lower() for word in words[-taken:]}:
            continue  # "annual recurring revenue (ARR)" is a rate the business runs at, no period's revenue
        named = [(found.end(), metric) for found, metric in metric_matches(phrase) if metric]
        # the metric is the phrase's head, its last word: "net financial earnings", not "sale and purchase
        # agreement" or "Federal Home Loan Bank"
        if len({metric for _, metric in named}) == 1 and named[-1][0] == len(phrase):
            defined[abbreviation] = named[-1][1]
    return defined


def abbreviations_in(words: str) -> list[str]:
    """The words in capitals ``words`` says as abbreviations are said, a plural's "s" left off: "NPAs fell", "ARR rose"."""
    return [found.group(1) for found in _ABBREVIATION_SAID.finditer(words)]


# a currency's letters before its amount ("US$0.8 billion", "HK$26.08") are no abbreviation of a measure
_ABBREVIATION_SAID = re.compile(r"(?<![\w-])([A-Z]{2,6})s?(?![\w$-])")
_WORD_PART = re.compile(r"[A-Za-z]+")


def spelled_by_initials(letters: str, words: str) -> bool:
    """True when ``words`` say, one after another, words whose initials spell ``letters`` (links such as "of" may be
    left out, a hyphen parts words, and so may a "non" written solid): "ARR" in "Annual recurring revenue grew 39%",
    "NCO" in "net charge-offs", "NPA" in "Nonperforming assets of $52.6 million"."""
    parts = _WORD_PART.findall(words)
    solid = _NON_SOLID.sub(r"\1 \2", words)
    spellings = [parts] if solid == words else [parts, _WORD_PART.findall(solid)]
    return any(
        spelled[end - 1][0].lower() == letters[-1].lower() and _initials_match(spelled[:end], letters)
        for spelled in spellings
        for end in range(1, len(spelled) + 1)
    )


# "non" written solid with the word it negates: "nonperforming", "noninterest" (an abbreviation spells it "NP", "NI")
_NON_SOLID = re.compile(r"\b(non)([a-z]{4,})", re.IGNORECASE)


def restates_the_amount_before(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the amount at ``[start, end)`` restates or is set against the amount that ends at ``previous_end``, or
    is the same measure's for another period, so that the abbreviation it was said by is its too: only such words stand
    between ("DE before realizations $1.5bn, or $0.94/shr vs $0.76 (+24%)", "DE was $694 million ($0.44/share)", "DE
    was $694 million in the fourth quarter and $2.6 billion for the year"), and it names no noun of its own after it
    (not "..., including $1.4 billion of realizations")."""
    if _OWN_NOUN_AFTER.match(text, end) is not None:
        return False
    return _RESTATED_BY.fullmatch(text, previous_end, start) is not None or _IN_ANOTHER_PERIOD.fullmatch(text, previous_end, start) is not None


# The words that restate an amount or set it against another, and a noun of its own after an amount ("of realizations")
_RESTATED_BY = re.compile(
    r"(?:[\s,;()+/–-]|\b(?:or|vs|versus|from|compared\s+(?:with|to)|against|up|down|a|per|share|shr|sh)\b\.?)*",
    re.IGNORECASE,
)
_OWN_NOUN_AFTER = re.compile(r"\s+(?:of|in)\s+[a-z]", re.IGNORECASE)
# The period of the amount before, then "and": " per share, in the fourth quarter and ", " in Q4 and "
_IN_ANOTHER_PERIOD = re.compile(
    r"(?:[\s,()/]|\b(?:per|a|share|in|for|during|the|full|fiscal|first|second|third|fourth|quarter|year|three|six|nine|"
    r"twelve|months|Q[1-4]|[1-4]Q|(?:19|20)\d\d)\b)*\band\s+",
    re.IGNORECASE,
)


def abbreviation_before(words: str, defined: dict[str, str]) -> str:
    """The metric of the last defined abbreviation said in ``words`` (the words of a clause up to
    its figure), "" when none is said."""
    for word in reversed(_CAPITALS.findall(words)):
        if word in defined:
            return defined[word]
    return ""
