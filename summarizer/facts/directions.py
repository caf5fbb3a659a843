"""The direction of an amount: one reading for a table row, a sentence of the release and a claim.

Why: a figure has a size and a direction, and statements and writers put the direction in
different places. A table may say it with parentheses ("(23.2)"), with its label ("Net cash
used in investing activities | 23.2", "Income tax expense | (1,862)": the label's word makes
every cell an outflow or an expense, whatever its parentheses), or with a label that says
what parentheses mean ("Income tax benefit (expense)", "(Gain)/loss on investments", "Net
cash provided by (used in)"); a writer says it with words ("cash used in investing
activities was $23.2 million", "an outflow of $92 million", "a $20.8 million gain"). Comparing
signed values alone reads "(23.2)" under "used in" against "used ... $23.2 million" as two
different numbers, and "income tax benefit of $1.9 million" against an expense cell of 1,862
as the same one.

The model: each amount is ``ADVERSE`` (money out or lost: used in, expense, loss, outflow,
charge-offs, deduction) or ``FAVOURABLE`` (money in or earned: provided by, benefit, income,
gain, profit, inflow, recoveries), or of no direction the words say (``None``). A claim's
amount and a source's back each other when their sizes meet and their directions are the
same; when either side's direction is unsaid, the signed values are compared as before.
Only levels of money have a direction here: a change's sign is its own ("fell 27%").
"""

from __future__ import annotations

import enum
import re
from functools import lru_cache

from ..text.keywords import may_hold
from ..text.numbers import CURRENCY_CODES
from ..text.vocabulary import CLAUSE_OF_ITS_OWN, HEDGED, MONTH_WORD, NOT_PROVIDED_FOR, OUTFLOW_METRICS
from ..types import CURRENCY_UNIT, PER_SHARE_UNIT, Unit

__all__ = [
    "Direction",
    "label_direction",
    "cell_direction",
    "words_direction",
    "amount_direction",
    "ADVERSE_METRICS",
    "DIRECTION_KEYWORDS",
]


class Direction(enum.IntEnum):
    """Which way an amount goes; its value is the sign an amount of that direction takes."""

    ADVERSE = -1
    FAVOURABLE = 1

    @property
    def opposite(self) -> Direction:
        return Direction(-self.value)


# The words that give an amount its direction. "income tax" names a tax, "employee benefits" a
# cost, "provision for credit losses" and "allowance for loan losses" a provision or a reserve:
# the loss after "for" is what is provided for, not the amount's direction. A provision is money
# out, and a negative one a benefit ("Provision for income taxes | (500)").
_ADVERSE_WORDS = (
    rf"used\s+(?:in|for|by)|uses?\s+of|expenses?|expenditures?|{NOT_PROVIDED_FOR}loss(?:es)?|outflows?"
    r"|(?:net\s+)?charge-?offs?|deductions?|defici(?:ts?|ency|encies)|(?P<provision>provisions?)"
    # value lost: "a $268 million impairment of leased rail cars", "a $12 million write-down"
    r"|impairments?|write-?(?:downs?|offs?)"
)
_FAVOURABLE_WORDS = (
    r"provided\s+by|generated\s+(?:by|from|in)|(?<!employee\s)(?<!pension\s)(?<!retirement\s)benefits?"
    r"|income(?!\s+tax)|gains?|profits?|earnings|inflows?|recover(?:y|ies)"
)
_DIRECTION_WORD = re.compile(rf"\b(?:(?P<adverse>{_ADVERSE_WORDS})|(?P<favourable>{_FAVOURABLE_WORDS}))\b", re.IGNORECASE)
# A word every match of _DIRECTION_WORD holds (``keywords.may_hold``): most row labels hold none ("Line item 12",
# "Total assets"), and the pattern was tried at each of their characters, ~15 us a row of a long table; a claim that
# holds none says no direction of any amount (the verifier asks it once per claim)
DIRECTION_KEYWORDS = (
    "use", "expen", "loss", "outflow", "charge", "deduction", "defici", "provision", "impair", "write",
    "provided", "generated", "benefit", "income", "gain", "profit", "earnings", "inflow", "recover",
)  # fmt: skip
_PARENTHESISED = re.compile(r"\([^()]*\)")

# Metrics whose plain amount is money out (``vocabulary.OUTFLOW_METRICS``: costs, capital
# expenditures, dividends), and taxes and charge-offs: a row of one of them that says no
# direction word holds amounts of money out, whatever its parentheses ("Capital expenditures
# (146)", "Provision for income taxes 1,862").
ADVERSE_METRICS = OUTFLOW_METRICS | {"tax", "charge_offs"}


def _words(text: str) -> list[tuple[Direction, int, int]]:
    if not may_hold(text, DIRECTION_KEYWORDS):
        return []
    return [
        (Direction.ADVERSE if found.group("adverse") else Direction.FAVOURABLE, found.start(), found.end())
        for found in _DIRECTION_WORD.finditer(text)
    ]


def _provisions_only(label: str) -> bool:
    """True when the only words of money out in ``label`` are provisions."""
    return all(found.group("provision") for found in _DIRECTION_WORD.finditer(label) if found.group("adverse"))


@lru_cache(maxsize=4096)
def label_direction(label: str) -> tuple[Direction, Direction] | None:
    """What a row label says of its cells' direction: (that of a plain cell, that of a cell in
    parentheses or negative), or None when it says nothing or both ways at once.

    - one direction word, money out ("Net cash used in investing activities", "Income tax
      expense", "Net loss"): every cell is money out, whatever its parentheses;
    - one direction word, money in ("Operating income", "Gain on sale"), or a provision
      ("Provision for credit losses"): a plain cell goes that way, one in parentheses the
      other (a negative income is a loss, a negative provision a benefit);
    - a direction word in parentheses, and none or the opposite one outside ("Income tax
      benefit (expense)", "(Gain)/loss on investments", "Net cash provided by (used in)",
      "(Charge-offs)/recoveries", "Provision for (benefit from) income taxes"): the
      parenthesised word is a parenthesised cell's direction, its opposite a plain cell's;
    - both ways outside parentheses ("Other income/expense"), or inside: None.
    """
    found = _words(label)
    if not found:
        return None
    asides = [(aside.start(), aside.end()) for aside in _PARENTHESISED.finditer(label)]
    inside: set[Direction] = set()
    outside: set[Direction] = set()
    for direction, start, end in found:
        (inside if any(a <= start and end <= b for a, b in asides) else outside).add(direction)
    if len(inside) == 1 and not outside & inside:
        # "Income tax benefit (expense)", "(Gain)/loss", "Provision for (benefit from) income taxes"
        (parenthesised,) = inside
        return parenthesised.opposite, parenthesised
    if not inside and len(outside) == 1:
        (direction,) = outside
        if direction is Direction.ADVERSE and not _provisions_only(label):
            return direction, direction
        return direction, direction.opposite
    return None


def cell_direction(
    label: str, heading: str, metrics: frozenset[str], named: bool, negative: bool, unit: Unit, change: bool
) -> Direction | None:
    """The direction of a table cell: its label's (``label_direction``; ``negative``: printed in
    parentheses or with a minus), else its row heading's (``heading``: the section that names a
    bare "Basic and diluted" row, "Net loss per share"); else money out for a row of an adverse
    metric (``ADVERSE_METRICS``), or a negative cell of a row whose label names another metric
    (a negative cash flow is an outflow, a negative income a loss). Otherwise None: a plain cell
    may be income or an expense printed plain, and a negative provision is a benefit. None too
    for changes, percentages and counts."""
    if change or unit not in (CURRENCY_UNIT, PER_SHARE_UNIT):
        return None
    said = label_direction(label) or label_direction(heading)
    if said is not None:
        return said[1] if negative else said[0]
    if metrics and metrics <= ADVERSE_METRICS:
        return Direction.ADVERSE
    if negative and named and metrics and not metrics & ADVERSE_METRICS:
        return Direction.ADVERSE
    return None


_REACH = 90  # how far before an amount its own words may start
# The verb of money out right before its amount: "GrafTech used $26.4 million of cash in operating activities", "burned
# about $40 million"
_SPENT_RIGHT_BEFORE = re.compile(r"\b(?:used|spent|burned|burnt)\s+(?:(?:about|approximately|roughly|nearly|some)\s+)?$", re.IGNORECASE)
_SPENT_REACH = 30
# a line break ends the words of an amount only where a paragraph or a list item ends: a wrapped line of running
# text goes on ("Net cash used in financing activities\nwas S/271 million")
_BREAK = re.compile(r"[,;:()\[\]]|\.(?!\d)|\n\s*\n|\n(?=\s*[•*●◦▪-])")
_GAP_WORDS = 8  # "Net loss for the first half of 2025 was $12 million": a period between the word and the amount
_GAP_WORD = re.compile(r"\S+")
# The amount's own noun right after it: "a $20.8 million gain", "$0.2 million other expenses",
# "$1.6 million adjusted net loss", "$3 million of income"
_NOUN_AFTER = re.compile(
    # (past its amount per share said as an aside: "($268) million, or ($0.05) per share, impairment of ...", "a $268m
    # ($0.05/sh) rail car impairment")
    r"(?:,\s+or\s+(?:[^,()\n]|\([^,()\n]{1,10}\)){1,16}?\s(?:per|a)\s(?:diluted\s)?share,|\s*\([^()\n]{1,24}\))?"
    r"\s*(?:(?:of|in)\s+)?(?:(?:net|pre-?tax|after-?tax|adjusted|non-gaap|gaap|other|operating|total|cash|(?:un)?realized"
    # a compound that says what kind: "a US$22.8 million fair-value loss", "a $5 million one-time gain"
    r"|fair[- ]value|[a-z]+-[a-z]+)\s+){0,3}"
    # the benefit a provision made: "a $13 million provision benefit", "a $25 million credit provision benefit"
    r"(?:(?:credit\s+(?:loss\s+)?|loan\s+loss\s+)?provisions?\s+(?=benefits?\b))?"
    rf"(?:(?P<adverse>{_ADVERSE_WORDS})|(?P<favourable>{_FAVOURABLE_WORDS}"
    # the verb of cash that came in, right after its amount: "compared with $56.3 million provided in 2023"
    r"|(?:provided|generated)(?!\s+for\b)))\b",
    re.IGNORECASE,
)


def words_direction(text: str, start: int, end: int, negative: bool) -> Direction | None:
    """The direction the words of a sentence or claim give the amount at ``[start, end)``, read
    as a row label is (``label_direction``): money out whatever its sign ("a net loss of
    $(5.0) million"), money in unless printed negative ("net income of $(5) million" is a loss).

    The words are its own noun right after it ("a $20.8 million gain"), else the last direction
    word of the words that lead up to it, with no clause break and at most a few words between
    ("cash used in investing activities was", "income tax expense of", "a use of", "an outflow
    of"), else, for the amount it is compared with ("..., compared to $58.0 million"), those of
    the amount before. None when the words say none."""
    direction = _own_words(text, start, end)
    if direction is None:
        compared = _COMPARED_WITH.search(text, max(0, start - 40), start)
        if compared is not None:
            lower = max(0, compared.start() - _SENTENCE_REACH)
            stops = [found.end() for found in _SENTENCE_STOP.finditer(text, lower, compared.start())]
            # an aside in parentheses is no direction of the amount before: "Operating income (expense) was
            # $(27.9) million, compared with $10.4 million" compares income, as "Net income (loss)" does
            said = _ASIDE.sub(" ", text[stops[-1] if stops else lower : compared.start()])
            # a clause of its own subject is the compared amount's alone: "gross profit slipped to $225,187 from
            # $240,843 as cost of revenue climbed to $1,101,994 from $13,380" -- the $13,380 are no profit
            clauses = [found.end() for found in CLAUSE_OF_ITS_OWN.finditer(said)]
            found = _words(said[clauses[-1] :] if clauses else said)
            direction = found[-1][0] if found else None
    if direction is None:
        return None
    return Direction.ADVERSE if negative else direction


def _own_words(text: str, start: int, end: int) -> Direction | None:
    after = _NOUN_AFTER.match(text, end)
    if after is not None:
        return Direction.ADVERSE if after.group("adverse") else Direction.FAVOURABLE
    if _SPENT_RIGHT_BEFORE.search(text, max(0, start - _SPENT_REACH), start):
        return Direction.ADVERSE
    lower = max(0, start - _REACH)
    words = text[lower:start]
    if not may_hold(words, DIRECTION_KEYWORDS):
        # no direction word to find (``_words``): the words not cut at their breaks, nor their dates read (the blanks
        # join no word), for each amount of a claim of thousands whose one direction word stands at its start
        return None
    if "," in words:
        words = _DATE.sub(_one_word, words)  # "... for the year ended December 31, 2024 was $40 million": a date, no break
        # "Interest expense, net, climbed to $489 million": a label's "net" ends no words of it
        words = _NET_BETWEEN_COMMAS.sub(lambda net: " " * len(net.group()), words)
    breaks = [found.end() for found in _BREAK.finditer(words)]
    cut = breaks[-1] if breaks else 0
    found = _words(words[cut:])
    if found:
        last, _, word_end = found[-1]
        if any(direction is not last for direction, _, _ in found) and _RESPECTIVELY_AFTER.match(text, end):
            # "cash provided by operations and capital expenditures of at least $19 billion and approximately $9
            # billion, respectively": each amount is of its own name in order, which these words do not pair
            return None
        if len(_GAP_WORD.findall(words, cut + word_end)) <= _GAP_WORDS:
            return last
    return None


# The rest of a list of amounts that ends "respectively", in its sentence
_RESPECTIVELY_AFTER = re.compile(r"[^.;]{0,120}?\brespectively\b", re.IGNORECASE)


# A date said with its day and year, whose comma ends no words of an amount and which counts as one word between a
# direction word and its amount ("Net cash used in operating activities for the year ended December 31, 2024 was $40
# million")
_DATE = re.compile(rf"\b{MONTH_WORD}\.?\s+\d{{1,2}},\s*(?:19|20)\d{{2}}\b", re.IGNORECASE)


# A label's ", net" ends no words of it, between commas or before the verb of its amount ("Interest expense, net
# climbed to $489 million"), not a clause of another measure (", net income was")
_NET_BETWEEN_COMMAS = re.compile(
    r",\s*net\s*(?:,|(?=\s+(?:was|were|is|are|of|at|to|totaled|totalled|came|rose|fell|climbed|increased|decreased|declined"
    r"|grew|jumped|dropped|reached|stood|amounted|more\s+than)\b))",
    re.IGNORECASE,
)


def _one_word(date: re.Match[str]) -> str:
    """A date written as one word of its own length, so every offset after it stays where it was."""
    return "D" * len(date.group())


# What an amount is compared with, right before it: "..., compared to $58.0 million", "from $4.3 million", "vs RMB
# 5.1 billion" (a currency's code, not any word of three letters: "vs eps $0.16" names the amount's metric); or the
# level a change came to, after the change's clause: "loss from operations shrank by about $2.7 million year over year,
# to $5.9 million"
_CODES = "|".join(code for code in CURRENCY_CODES if code.isalpha())
_COMPARED_WITH = re.compile(
    r"(?:\bcompared\s+(?:to|with)|\bversus|\bvs\.?|\bfrom|,\s*to)\s+(?:an?\s+)?" + HEDGED + rf"(?:[A-Z]{{0,3}}[$€£¥]|(?-i:{_CODES})\s?)?$",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\([^()]*\)")
_SENTENCE_REACH = 200
_SENTENCE_STOP = re.compile(r"\.(?!\d)\s|;|\n")


def amount_direction(text: str, start: int, end: int, unit: Unit, negative: bool) -> Direction | None:
    """``words_direction`` of an amount of money (currency or per share); None for any other unit."""
    if unit is not CURRENCY_UNIT and unit is not PER_SHARE_UNIT:
        return None
    return words_direction(text, start, end, negative)
