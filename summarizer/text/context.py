"""What the words around numbers in running text say of them.

One reading for an analyst's claim and for a sentence of the release alike: the sign
words give a number ("a net loss of", "fell 27%"), whether it is a change or a level,
the metric it measures, and its period (length, and current or comparison period).
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from ..types import (
    COUNT_UNIT,
    CURRENCY_UNIT,
    PER_SHARE_UNIT,
    PERCENT_UNIT,
    POINT_UNITS,
    Figure,
    Span,
    Unit,
    quick_init,
    replace,
)
from .claim_signs import keep_negation, kept_negation
from .keywords import ends_on_a_match, may_hold, may_hold_each
from .numbers import CURRENCY_PREFIX, MULTIPLE_SIGNS, RANGE_LINK, is_comparison_aside, printed_negative
from .prefixes import COMMA_ASIDE, SHARE_UNIT, YEAR, Prefixes, whole_of_a_share
from .vocabulary import (
    BARE_MARGIN_AFTER,
    CHANGE_BASE_ADVERB,
    CHANGE_PERIOD,
    CHANGE_QUALIFIER_AFTER,
    CLAUSE_OF_ITS_OWN,
    COMPARISON_LINK,
    COMPARISON_WORDS,
    FORWARD_AFTER,
    FORWARD_HINTS,
    FORWARD_LOOKING,
    FORWARD_WORDS,
    HEDGE,
    HEDGED,
    IMPLYING,
    LENGTH_PATTERN_WORDS,
    LENGTH_PATTERNS,
    LENGTH_WORDS,
    LONGEST_METRIC_PHRASE,
    LOSS_WORDS,
    MARGIN_METRICS,
    MONTH_NAMES,
    MONTH_WORD,
    NEGATIVE_BEFORE,
    NOT_PROVIDED_FOR,
    ON_THE_EARLIER,
    PRIOR_PHRASE,
    PRIOR_WORDS,
    QUARTER_ORDINAL,
    QUARTER_ORDINALS,
    RANGE_PART,
    SHARE_OF,
    WHOLE_PERIOD,
    Period,
    broader_metric,
    change_base,
    change_direction,
    counted_against_a_quarter,
    length_in,
    loss_context,
    may_read_a_loss,
    metric_for_unit,
    metric_matches,
    metrics_in,
    months_dated_after,
    nearest_length,
    period_in,
    plans_a_change_of_its_own,
)

__all__ = [
    "Reading",
    "read_sentence",
    "signed_value",
    "is_change",
    "clause_before",
    "basis_of",
    "BASIS_KEYWORDS",
    "bases_compatible",
    "range_link",
    "is_forward",
    "forward_at",
    "joined_subject",
    "organic_heading",
    "measure_after",
    "measure_changed_after",
    "measure_of_its_own",
    "full_year",
    "names_the_year",
    "full_year_guidance",
    "lead_in",
    "clause_ends",
    "includes_an_earlier_quarter",
    "YEAR_TO_DATE",
    "booked_in_an_earlier_quarter",
]

_ASIDE = re.compile(r"\([^()]*\)")
# (not the period of analysts' shorthand before a metric: "adj. EBITDA margin was ~14%", "excl. items", "op. income")
_CLAUSE_BREAK = re.compile(r"\.(?!\d)(?<!\b[Aa]dj\.)(?<!\b[Ee]xcl\.)(?<!\b[Ii]ncl\.)(?<!\b[Oo]p\.)(?<!\b[Aa]ttrib\.)|[;:(]|\n[ \t]*\n|\n[ \t]*[•●◦▪*·–]|,\s+(?:and|while|but|or|compared)\b")
# (within its paragraph: the label after a blank line is the next figure's, "$2.00\n\nCapital Returned\n\n$7.49 billion")
# (what is left of a balance is of that balance: "$58.5bn left on the authorization", "remaining under its ...")
_METRIC_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:thousand|million|billion)\s+)?(?:(?:left|remaining|available)\s+(?:on|under)\s+|(?:of|in|for|through)\s+"
    # what the amount is of, said as its cause: "with $3.4 million attributable to non-cash share-based compensation"
    r"|(?:attributable|attributed)\s+to\s+)?"
    # a short mark in parentheses glued to a word is part of the name: "SFAS 123(R) stock compensation", "401(k) plan";
    # a line that wraps a sentence goes on with a word in lower case ("74,237,368 basic\nand diluted shares"); the dots
    # of a place's initials are part of the name ("$1.573 billion of U.S. revenue")
    r"((?:[\w&'/ -]|(?<=\w)\([A-Za-z0-9]{1,3}\)|\n(?=(?-i:[a-z]))|(?-i:(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.(?=[ \t]))){1,60})",
    re.I,
)
# Where the words after a number stop speaking of it: a link, a verb, or the cause that follows
# ("from $126.7 million in the prior year primarily reflecting lower gross profit").
_STOP_WORD = re.compile(
    # (not the "and" of shares counted "basic and diluted")
    r"\b(?:(?<!basic\s)and|or|compared|versus|vs|against|while|but|from|to|up|down|was|were|is|are|which|that|as|at|on|with|"
    r"primarily|mainly|largely|reflecting|driven|due|because|offset|after|given|amid|despite|"
    r"less|minus|plus|before|ahead|behind|than|excluding|represent(?:s|ed|ing)?|accounted|accounting|"
    # a verb whose subject the number is: "average deposits of $1,470.0 billion put its loan-to-deposit ratio at 60%"
    r"puts?|putting|brought|brings?|took|takes?|pushed|pushes|lifted|lifts|drove|drives|gave|gives|impl(?:ies|ying)|means)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;.()]")
_DATE_COMMA = re.compile(r"(\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}),(?=\s*(?:19|20)\d{2}\b)")
_COMMA_BEFORE_A_YEAR = re.compile(r",(?=\s*(?:19|20)\d{2}\b)")  # what every match of _DATE_COMMA ends on: a comma first


def _undated_commas(words: str) -> str:
    """``words`` with the comma of each date blanked ("December 31, 2020"); words with no comma before a year are
    left as they are (the search for the comma alone runs at C speed; the date's own pattern is tried at each letter)."""
    return _DATE_COMMA.sub(r"\1 ", words) if _COMMA_BEFORE_A_YEAR.search(words) else words


# An aside that labels a figure with its period: "(9M 2024: EUR 6.7m)", "(30.06.2025: EUR 55.9bn)".
_ASIDE_LABEL = re.compile(r"\((?P<label>[^()]{1,40}?(?:\(\d\))?):\s*[^\s()]{0,8}\s*$")
_YEAR_OF_THE_AMOUNT_BEFORE = re.compile(
    r"\s+(?:in|for|during|at\s+(?:the\s+)?(?:year[- ]end|end\s+of)|(?:as\s+of|since)\s+(?:the\s+)?end\s+of|since\s+year[- ]end"
    # the day it is dated at: "from $3,119.5 million at December 31, 2025, after $1.31 billion of debt repayments"
    rf"|(?:at|as\s+of|on)\s+{MONTH_WORD}\.?\s+\d{{1,2}},?"
    # the year a change is counted against: "1% below 2023, on revenues of C$509.2 million"
    r"|below|above|over|versus|vs\.?|than)\s+"
    r"(?:fiscal\s+|(?:the\s+)?(?:Q[1-4]|[1-4]Q|(?:first|second|third|fourth)\s+quarter(?:\s+of)?)\s+)?((?:19|20)\d{2})\s*,",
    re.IGNORECASE,
)  # "from $11.9 billion at year-end 2024, and wealth fee income of $15.8 million": the year is the $11.9 billion's
# (a cause is a clause of its own too: "from $509,000 in Q2 2024, mainly on a $4.7 million partial charge-off")
_NEXT_CLAUSE = re.compile(
    r"\s*(?:with|and|while|whereas|but|(?:mainly|primarily|largely|partly|chiefly)\s+(?:on|from|due\s+to|reflecting)"
    r"|driven\s+by|due\s+to|reflecting|after(?![- ]tax))\b",
    re.IGNORECASE,
)  # not "of which": the amount's part
# ", and " between two amounts, after what the first is counted against: "up 75% from a year ago, and $193.7 billion"
_COMMA_AND = re.compile(
    r"(?:\s+(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+[a-z -]{1,30}?|\s+(?:" + CHANGE_BASE_ADVERB + r"))?\s*,\s*and\s*",
    re.IGNORECASE,
)
# A place named with an amount of a list, then the next amount: "grew 4% in Mexico, 8% in Peru and 13% in Colombia",
# "growth: Mexico 4%, Peru 8%, Colombia 13%"
_A_NAME_WORDS = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&)){0,3}"  # a name of its own, its words capitalised
_IN_A_PLACE_THEN_THE_NEXT = re.compile(
    rf"\s+(?:in|at)\s+(?:the\s+)?{_A_NAME_WORDS}\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + HEDGED
    + rf"|\s*,\s*(?:and\s+)?{_A_NAME_WORDS}\s+" + HEDGED
)
# A clause closed by a colon whose verb or noun says the direction of the changes it lists after it, each maybe after its
# name: "revenues ... increasing across all segments: 4% in Mexico", "Local-currency revenue growth: Mexico 4%"
_CHANGES_LISTED_AFTER = re.compile(
    r"\b(?:(?P<up>increas(?:ed|ing)|gr(?:ew|owing)|rose|rising|growth)|(?P<down>decreas(?:ed|ing)|declin(?:ed|ing)|fell|falling))\b"
    rf"[^.;:\d%$€£¥]{{0,60}}:\s*(?:{_A_NAME_WORDS}\s+)?" + HEDGED + "$",
    re.IGNORECASE,
)
_LISTED_NAME_REACH = 40  # characters from a list's colon to its first amount, past the name said before it
_CARRY = re.compile(
    rf"\s*(?:,\s*)?(?:or|and|\(|,)\s*(?:also\s+)?(?:by\s+)?(?:{HEDGE}\s+|~\s*)?$|\s*\(\s*$"  # "(~34%)"
    # the diluted amount in an aside after the basic: "or $2.83 per share ($2.81 per share on a diluted basis)"
    r"|\s*(?:per|a)\s+(?:(?:basic|common|ordinary)\s+)?share\s*\(\s*$"
    # the per-share aside of an amount named after it: "vs a $1,447 million loss ($2.09/share) in Q4 2023"
    r"|[ \t]+(?:(?:net|pre-?tax|after-?tax)[ \t]+)?(?:loss|profit|gain|charge)[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
# What stands between a change and the level it reached, its unit or its comparison maybe said: " MBOED to ", " to
# about ", " MBOED from a year earlier to "
_TO_THE_LEVEL_REACHED = re.compile(r"[^,;:()\d$€£¥%]{0,40}?[ \t]to[ \t]+" + HEDGED + r"\S{0,4}", re.IGNORECASE)
_UNIT_THEN_OR = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z/-]{1,15})?\s*,\s*or\s+" + HEDGED, re.IGNORECASE)  # " MBOED, or "
# A count's change said again as a percentage after what it counts: "production decreased 98 MBOED or 4%", "down 98
# MBOED (4%)", "fell 98 MBOED, about 4%"
_MEASURE_OR = re.compile(r"[ \t]+[A-Za-z][A-Za-z/-]{1,15}(?:[ \t]*,?[ \t]+or[ \t]+|[ \t]*[(,][ \t]*)" + HEDGED, re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"^\s*(?:and|or)\b|(?<!,)\s(?:and|or)\s*$", re.IGNORECASE)
_RESET = re.compile(r",\s+and\b|;")
_AND_A_PREDICATE = re.compile(r"\s*and\s+(?:also\s+)?(?:made\s+up|accounted\s+for|represented|comprised)\b", re.IGNORECASE)
# The figure before said again in another measure: "compared to gross profit of $7.9 million, or gross margin of
# 10.6%, in the year-ago period" -- the same period's
_RESTATED_PER_SHARE = re.compile(r"\s*(?:,\s*or|\(|,)\s*", re.IGNORECASE)  # "$99.0 million, or $0.41", "$99.0 million ($0.41"
# Money paid for a count of shares, said right after it: " for 1.5 million shares", " for about 4.2 million of its shares"
_FOR_SHARES_AFTER = re.compile(
    r"\s+for\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?\d[\d.,]*\s*(?:million|thousand|billion|mln|[mk])?\s+"
    r"(?:of\s+)?(?:its\s+|our\s+|their\s+)?(?:own\s+)?(?:common\s+|ordinary\s+|class\s+[ab]\s+)?shares\b",
    re.IGNORECASE,
)
_SHARES_SOLD = re.compile(r"\b(?:issu|sold|sell|offering|raised|placement|grant)", re.IGNORECASE)  # shares sold, not bought
# An item's amount restated per share after the item's noun: "$41 million pretax severance charge, or $0.12", "... charge
# for additional depreciation, each $0.12"
_ITEM_RESTATED = re.compile(r"[^\d;.]{0,60}?(?:,\s*or|\s\()\s*", re.IGNORECASE)
# "each $0.12 per share", "each worth $0.12 a share"
_EACH_RIGHT_BEFORE = re.compile(r",?\s*each\s+(?:(?:worth|costing|cost|of|at|equal\s+to|amounting\s+to)\s+)?$", re.IGNORECASE)
_OR_BEFORE_A_PAIR = re.compile(r"\s*or\s+" + HEDGED, re.IGNORECASE)
_OR_THEN = re.compile(r"\s*,?\s*or\s+" + HEDGED + r"\S{0,4}", re.IGNORECASE)
# An amount said without an item, right after it: "$70 million before a $20 million litigation settlement payment"
_BEFORE_AN_ITEM = re.compile(r"\s+(?:before|excluding|ex\.?|adjusted\s+for)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)


# The words between a level and an item said as its aside: what the level was said without, or what moved it
_ITEM_ASIDE_OF_A_LEVEL = re.compile(
    _BEFORE_AN_ITEM.pattern
    + r"|\s*,\s*(?:(?:helped|boosted|aided|lifted|hurt|weighed\s+down|dragged\s+down)\s+by|including|which\s+included)\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)


def _after_a_pair(numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading], position: int) -> bool:
    """Whether the number at ``position`` comes right after a pair of levels, the comparison's last, the level before
    it of the claim's own period and of its unit, only changes between them: "$70.4 million from $54.7 million",
    "$10,468 million of revenue, up 88% from $5,578 million"."""
    if position < 2 or readings[-1].change or not readings[-1].period.prior or numbers[position - 1][2] is PERCENT_UNIT:
        return False
    for at in range(position - 2, -1, -1):
        if not readings[at].change:
            return readings[at].period.prior is False and numbers[at][2] is numbers[position - 1][2]
    return False


def _after_an_aside_of_a_level(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int, between: str) -> bool:
    """Whether the number at ``position`` follows an amount said as an aside of the level before it
    (``_ITEM_ASIDE_OF_A_LEVEL``), the aside closed by a comma before it: "or $70 million before a $20 million
    litigation settlement payment, versus $67 million", "$135.6 million, including $20.0 million of other revenue,
    versus $136.6 million" (not "including $52 million of pre-tax charges versus $43 million": the charges')."""
    return (
        position >= 2 and "," in between
        and _ITEM_ASIDE_OF_A_LEVEL.fullmatch(text, numbers[position - 2][0].end, numbers[position - 1][0].start) is not None
    )  # fmt: skip


# An amount restated right after it, the aside closed: "$15 million, or 11 cents," and "$15 million (11 cents)"
_RESTATED_RIGHT_AFTER = re.compile(r"\s*(?:,\s*or|\()\s*")
_RESTATEMENT_CLOSED = re.compile(r"[^,;.()\d$€£¥%]{0,40}?[,)]")


def _words_after_its_restatement(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int, upper: int) -> str:
    """The words of the clause that goes on after the aside restating the amount at ``position``, which date both:
    "after net income of $15 million, or 11 cents, a year earlier", "net income of $15 million ($0.11 a share) in the
    fourth quarter of 2023"; "" where no aside restates the amount right after it, or the words are another
    amount's."""
    if position + 1 >= len(numbers):
        return ""
    span, restated = numbers[position][0], numbers[position + 1][0]
    opened = _RESTATED_RIGHT_AFTER.fullmatch(text, span.end, restated.start)
    if opened is None:
        return ""
    closed = _RESTATEMENT_CLOSED.match(text, restated.end)
    if closed is None or closed.group().endswith(")") != ("(" in opened.group()):
        return ""
    beyond = numbers[position + 2][0].start if position + 2 < len(numbers) else upper
    clause = _CLAUSE_END.split(_undated_commas(text[closed.end() : beyond]), maxsplit=1)
    # (words that run on into the next amount, or name a measure, are that amount's: "..., or US$14.56 per share,
    # below the 2023 adjusted net profit of US$671.0 million"; a verb's are a predicate, and its period a comparison's:
    # "$45 million, or 14 basis points of average loans and leases, were stable with prior quarter")
    if (len(clause) == 1 and beyond < upper) or metrics_in(clause[0]) or _VERB.search(clause[0]):
        return ""
    return clause[0]


def _said_again_without_an_item(text: str, between: str, end: int) -> bool:
    """True when the amount that ends at ``end`` restates, after ", or", the level its clause opened with on another
    basis, an item left out (``_BEFORE_AN_ITEM``): "$50 million ... down from $67 million in 2023, or $70 million before
    a $20 million litigation settlement payment" -- the $70 million are the $50 million's, not the compared year's
    (whose own year may stand in ``between``, the words since the amount before)."""
    if _BEFORE_AN_ITEM.match(text, end) is None:
        return False
    own_year = _YEAR_OF_THE_AMOUNT_BEFORE.match(between)
    return _OR_THEN.fullmatch(between, own_year.end() if own_year else 0) is not None


_OR_RESTATED = re.compile(r"\s*,\s*or\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}(?:of\s+)?", re.IGNORECASE)
# "rose 16% from a year earlier, when it was $456 million", "up from $1,218 million a year earlier, when the company
# lost $1,447 million": the level of the period just named (searched for its presence only: no ",?\s*" before
# "when", which a run of spaces made quadratic)
_WHEN_IT_WAS = re.compile(
    # the subject may be a part of the whole compared: "from a year earlier, when Cobre Panamá still contributed"
    r"when (?:it|they|we|the company|(?:[\w&.'’-]+\s+){1,3}?(?:still\s+|also\s+)?)"
    r"(?:was|were|stood at|totaled|totalled|came to|lost|earned|posted|reported|recorded|contributed|produced|added)\s+"
    + HEDGED + r"$",
    re.IGNORECASE,
)
# What an earlier period's amount took in, said of it in a clause of its own: "from $217 million in 4Q23, which
# included a $171 million goodwill impairment" -- the impairment is of 4Q23 too
_INCLUDED_WORDS = ("included", "includes", "reflected", "contained", "carried", "absorbed")
# (``_WHICH_INCLUDED``, defined with the relative clauses below, is the pattern)
_TO_RIGHT_BEFORE = re.compile(r"\bto\s+" + HEDGED + r"$", re.IGNORECASE)
_AND_ANOTHER_TO = re.compile(r"\s*and\s+[^\d$%;,]{0,50}?\bto\s+" + HEDGED, re.IGNORECASE)
# A date or a period (no amount) a change is counted from, then "to" right before the level: " from year-end 2025 to ",
# " since December 31, 2025, to ", " from Q4 2023 to ", " from the fourth quarter of 2023 to "
_FROM_A_DATE_TO = re.compile(
    r"\b(?:from|since)\s+(?:the\s+)?(?:(?:end\s+of|year[- ]end)\s+)?(?:fiscal\s+)?"
    r"(?:(?:19|20)\d{2}|(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\s+)(?:19|20)\d{2}"
    r"|(?:[QH][1-4]|[1-4][QH])\s?(?:FY\s?)?'?(?:(?:19|20)\d{2}|\d{2})"
    r"|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ]quarter\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2})\s*,?\s+to\s+" + HEDGED + r"$",
)
_AT_LEVEL = re.compile(r"\bat\b(?=\s*\S{0,4}$)", re.IGNORECASE)
# A gain said of the period it was made in, right after its amount of money: "a $34 million gain for the year" (a
# percentage's "a 5% gain for the year" is a change)
# (not a gain said smaller or larger than another: "mainly on a S/61 million smaller FX gain" is the gain's change)
_GAIN_AT_THE_CLAUSES_END = re.compile(
    r"[ \t]+(?:(?!(?:smaller|larger|bigger|higher|lower|greater|less|more)\b)[A-Za-z-]+[ \t]+){0,2}gains?(?=[ \t]*(?:[.;,)]|$))",
    re.IGNORECASE,
)
_GAIN_OF_A_PERIOD = re.compile(r"[ \t]+(?:net[ \t]+)?gains?[ \t]+for[ \t]+the[ \t]+(?:full[ \t]+)?(?:year|quarter|period|first|second|nine|six)\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"(?<!attributable )(?<!due )(?<!related )\bto\b", re.IGNORECASE)  # "up 73% from a year ago to $68.1 billion": the level follows "to"
_VERB = re.compile(
    r"\b(?:was|were|is|are|be|been|totaled|totalled|reached|came|stood|rose|fell|grew|increased|decreased|declined|"
    r"generated|reported|posted|earned|recorded|achieved|delivered|showed|demonstrated|contributed|added|accounted)\b",
    re.IGNORECASE,
)


_BULLET_LINE = re.compile(r"[ \t]*[•●◦▪*·–-]")
# The rest of an item wrapped onto a line of its own: "(previously 11.6% to 11.8%)", "and 2.7% ...".
_WRAPPED_LINE = re.compile(r"[ \t]*[(a-z]")
_LEAD_IN_REACH = 40
_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")
_CARRIED_ITEM = re.compile(r"[ \t]*(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}[ \t]?)\d")  # an amount first: no heading opens so


def is_forward(text: str, lower: int, start: int, end: int) -> bool:
    """True when the number at ``[start, end)`` is forward-looking -- guidance, an outlook, a
    target ("sees", "expects", "outlook", "reaffirmed", "is expected to be") -- as the words of
    its sentence before it (from ``lower``) or right after it say."""
    lower = max(lower, start - 400)
    return (
        may_hold(text[lower:start], FORWARD_WORDS) and FORWARD_LOOKING.search(text, lower, start) is not None
    ) or FORWARD_AFTER.match(text, end) is not None


# Lines longer than this are remembered once found (where they start and end), for the last text asked
# about: on a release of one line of 26 MB, a scan back to its start for each sentence asked never ended.
_LONG_LINE = 4096
_LONG_LINES: list = [None, [], []]  # that text, and the starts and ends of its long lines found, in order


def _line_start(text: str, start: int) -> int:
    """``text.rfind("\\n", 0, start) + 1``: where the line that holds ``start`` starts."""
    nearby = text.rfind("\n", max(0, start - _LONG_LINE), start)
    if nearby >= 0 or start <= _LONG_LINE:
        return nearby + 1
    if _LONG_LINES[0] is not text:
        _LONG_LINES[:] = [text, [], []]
    starts, ends = _LONG_LINES[1], _LONG_LINES[2]
    position = bisect.bisect_right(starts, start) - 1
    if position >= 0 and start <= ends[position]:
        return starts[position]
    found = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    position = bisect.bisect_left(starts, found)
    starts.insert(position, found)
    ends.insert(position, len(text) if end < 0 else end)
    return found


def lead_in(text: str, start: int) -> str:
    """The line that introduces the list a line at ``start`` belongs to ("Third Quarter 2026
    Outlook:" above "◦ Revenue between $1.135 billion and $1.145 billion"), else ""."""
    line_start = _line_start(text, start)
    opening = _BULLET_LINE.match(text, line_start)
    if not opening:
        return ""
    marker = text[line_start : min(start, opening.end())].lstrip()[:1]  # the bullet: only spaces and tabs before it
    lines = 0
    for _ in range(_LEAD_IN_REACH):  # the items of one list, then its lead-in: a dozen lines said, blank ones aside
        if line_start == 0 or lines >= 12:
            return ""
        previous = _line_start(text, line_start - 1)
        line = text[previous : line_start - 1]
        lines += bool(line.strip())
        bullet = _BULLET_LINE.match(line) is not None
        # an item with this item's own marker is a sibling: its ":" leads into its own list ("• Generated
        # strong second quarter 2026 financial results:" over "◦" items, then "• Increased ... guidance")
        sibling = bullet and line.lstrip()[:1] == marker
        # a page's number, or the rest of an item carried over a page break ("$115.8 million negative impact from
        # ... in the prior year."): the list goes on above it
        carried = _PAGE_NUMBER.fullmatch(line) is not None or (
            _CARRIED_ITEM.match(line) is not None and line.rstrip().endswith(".")
        )
        if line.strip() and not _WRAPPED_LINE.match(line) and not sibling and not carried and (not bullet or line.rstrip().endswith(":")):
            return line  # a plain line, or an item that leads into its own list ("• Third Quarter 2026 Outlook:")
        line_start = previous
    return ""


class _Placed(Protocol):
    @property
    def figure(self) -> Figure: ...

    @property
    def forward(self) -> bool: ...  # a table cell of a period after the release's (``Fact.forward``)


def forward_at(text: str, fact: _Placed) -> bool:
    """True when a figure of the release is forward-looking: in running text, by the words of its
    sentence (``is_forward``) or of the line that leads into its list; in a table, by its row or
    column ("Q3 2026 Outlook")."""
    figure = fact.figure
    if figure.table is not None:
        # or its column's period ends after the release's (``Fact.forward``: "Current FY 2026" in a second quarter's)
        return fact.forward or FORWARD_LOOKING.search(f"{figure.row or ''} {figure.column or ''}") is not None
    # the sentence before counts too ("Turning to our 2021 guidance. We now expect revenue of
    # ..."), and so do the looser words of a call ("will be", "we are raising", "should range")
    lower = max(0, figure.context.start - 300, figure.span.start - 400)
    return (
        is_forward(text, lower, figure.span.start, figure.span.end)
        or FORWARD_HINTS.search(text, lower, figure.span.start) is not None
        or FORWARD_LOOKING.search(lead_in(text, figure.span.start)) is not None
    )


# A year named as a period: "for 2021", "in calendar 2026", "2026 outlook", "2021 guidance".
_YEAR_AS_PERIOD = re.compile(
    r"\b(?:for|calendar)\s+(?:the\s+(?:full\s+)?year\s+)?(?:19|20)\d{2}\b(?!\s*(?:quarter|Q[1-4]|first|second|third|fourth|half))"
    r"|\b(?:19|20)\d{2}\s+(?:outlook|guidance|forecast|targets?)\b",
    re.IGNORECASE,
)


def full_year(text: str) -> bool:
    """True when a text that names no period length names a year as its period ("Diluted EPS
    for 2021 was $59.45", "the 2026 outlook"): the full year. A year that dates a comparison
    ("from $4.0 million in 2025") or a balance ("at June 30, 2026") does not."""
    return not length_in(text) and _YEAR_AS_PERIOD.search(text) is not None


# The words that may say a year alone as a period: "in 2024", "during calendar 2024", "2024's", "2024
# distributable earnings" ("fiscal 2024" and "FY24" name the year's length themselves). A year that dates a day
# ("December 31, 2024", "at end-2024") is none, nor one a link follows ("ended 2024 with liquidity of").
_BARE_YEAR = re.compile(
    r"(?<![\w,/.-])(?:(?:in|for|during|throughout|over)\s+(?:calendar\s+)?(?P<after>(?:19|20)\d{2})\b"
    r"|(?P<before>(?:19|20)\d{2})(?:['’]s\b|\s+(?!(?:with|and|or|to|from|vs|versus|compared|was|were|is|are|as|at|of|in|on|by|than)\b)[a-z]))",
    re.IGNORECASE,
)
# what dates a year rather than names it as a period: a day, a month ("In January 2025 Helix raised $3,000,000": the
# month's), an end or a limit
_DATED_BEFORE = re.compile(rf"(?:\d{{1,2}},?|\bend|\bending|\bended|\bsince|\buntil|\bby|[-–]|{MONTH_WORD}\.?)\s*$", re.IGNORECASE)


def names_the_year(words: str, year: int) -> bool:
    """True when words that name no period length name ``year`` alone as their period (``_BARE_YEAR``): in a
    release that reports the whole of ``year`` (its fourth quarter and its year), "total distributable earnings of
    $6.3 billion in 2024" is the year's, not the release's quarter's. Another year said so ("from $4.8 billion in
    2023") is no period of the release's own, and words that name a length ("in the fourth quarter of 2024") say
    which period they mean."""
    if str(year) not in words:
        return False
    for said in _BARE_YEAR.finditer(words):
        if int(said.group("after") or said.group("before")) == year and not _DATED_BEFORE.search(words, 0, said.start()):
            return not length_in(words)
    return False


# Where a clause with a subject and verb of its own begins: "; fy eps", ", and it still expects",
# " and expects Q4 segment operating income": what the words after it say of a period is not said
# of the figures before it.
_NEW_CLAUSE = re.compile(
    r";|,\s+(?:and|while|but|whereas)\b"
    r"|,\s*bringing\b"  # the running total a figure adds to ("_CAUSE"): "$90 million, bringing the full-year total to"
    r"|\s(?:and|while|but)\s+(?:(?:it|we|they|the company|the group)\s+)?(?:(?:still|now|also)\s+)?"
    r"(?:expects?|sees?|targets?|anticipates?|guides?|forecasts?|had|has|have|was|were|is|are|reported|posted|"
    r"generated|returned|repurchased|paid|raised|lowered|reaffirmed)\b",
    re.IGNORECASE,
)


def clause_ends(text: str, lower: int = 0, upper: int | None = None) -> list[int]:
    """Where the clauses of ``text[lower:upper]`` that have a subject and verb of their own begin
    (``_NEW_CLAUSE``), in order."""
    return [match.start() for match in _NEW_CLAUSE.finditer(text, lower, len(text) if upper is None else upper)]


def full_year_guidance(text: str) -> bool:
    """True when a forward-looking sentence that names no period length names a year: "we are
    raising our 2021 guidance", "our 2021 outlook for adjusted EPS of $0.90 to $1.05"."""
    return not length_in(text) and FORWARD_LOOKING.search(text) is not None and YEAR.search(text) is not None


_OPENS_ASIDE = re.compile(r"\(\s*" + HEDGED + r"$")
# A change's period right after a number, then the aside's end: "(9 bps y/y)", "(4% year over year)".
_OWN_YEAR = re.compile(
    r"(?<=\d)(?:\s?(?:m|bn|mn|mln|bln|k|million|billion)\b)?\s+(?:of\s+)?(?:FY\s?'?\d{2,4}|fiscal\s+(?:19|20)\d{2})(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
# A period said between an amount and the noun it is an amount of: "$3.03 of Q2 acquired IPR&D charges", "$40 million of
# fourth-quarter charges" (the amount's own, no period of the numbers after it)
_AN_AMOUNTS_OWN_PERIOD = re.compile(
    r"(?<=\d)(?:\s?(?:m|bn|mn|mln|bln|k|million|billion))?\s+of\s+(?:the\s+)?"
    rf"(?:[QH][1-4]|[1-4][QH]|(?:{QUARTER_ORDINAL})[- ]quarter)(?:\s?['’]?\d{{2,4}})?(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"[-+−–]")
_SIGN_BEFORE_A_HEDGE = re.compile(r"[-+−–]~(?=\d)")  # a bullet's sign before its "about": "(-~1% y/y)"
_CHANGE_REACH = 4  # how many figures back a second change may find the first: a line of thousands is not rescanned
# A move in points said with the rate it moved from: "down 6 bp from 2.72% in Q3 and 9 bp from 2.75% in 4Q20"
# (the rate's period may be said before it as its owner: "1.6 points from Q3's 73.4%", "from the prior quarter's 2.72%")
_FROM_A_RATE = re.compile(
    r"(?:\s+(?:percentage\s+|basis\s+)?(?:points?|pts\.?))?"  # the unit said after the number: "1.6 points from"
    r"\s+from\s+(?:(?:the\s+|last\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?" + HEDGED + r"[-−]?\d[\d.]*\s?(?:%|percent\b)", re.IGNORECASE
)
_SIGNED_CHANGE_AFTER = re.compile(  # with the unit it counts between: "(-143 MBOED y/y)"
    r"\s*(?:[A-Za-z]{1,12}\s+)?(?:" + CHANGE_BASE_ADVERB + r")\b", re.I
)
# A rate set higher, said right before the amount it moved by: "Dividend raised 15 cents to EUR5.45", "Dividend
# policy raised 4% to $1.04" (as "cut 40%" and "lowered 5%" are changes). Money raised that names no new level is
# capital raised, a level: "The January private placement raised $3,000,000 from 4,000,000 shares".
_RAISED_BY = re.compile(r"\b(?:raised|raises|lifted|lifts|hiked|hikes)(?:\s+by)?\s*$", re.I)
_RAISED_WORDS = ("raise", "lift", "hike")  # every match of _RAISED_BY holds one (``keywords.may_hold``)
_TO_A_LEVEL = re.compile(r"\s+to\s")
_CHANGE_PERIOD_AFTER = re.compile(r"\s*(?:" + CHANGE_BASE_ADVERB + r")\s*\)", re.I)


def _carries_change(between: str) -> bool:
    """True when the words between a change and the next number join a second change to it:
    "up 12% year over year and 4% sequentially" (a period phrase, then "and")."""
    unit = _PER_UNIT.match(between)  # "up $90 per ton year-over-year and $84 per ton from the prior quarter"
    period = CHANGE_PERIOD.match(between, unit.end() if unit else 0) or _IN_A_MEASURE.match(between) or _WITH_OR_WITHOUT.match(between)
    if period is None:
        return False
    # the period the change is of, said after what it is counted against: "by 25% year over year in the fourth quarter
    # and by 23% for the full year"
    own = _OWN_PERIOD_AFTER.match(between, period.end())
    return _CARRY.fullmatch(between, own.end() if own else period.end()) is not None


# A change said of one thing, then "and" before the next said of another the same way: "on 56% growth in commercial
# communications and 14% in aerospace, defense and government" (``_IN_AFTER`` after the second)
_IN_ONE_THEN_ANOTHER = re.compile(
    r"\s+(?:(?:growth|increase|rise|gain|decline|decrease|drop)\s+)?in\s+[^,;:()\d%$€£¥]{1,60}?,?\s+and\s+", re.IGNORECASE
)
_IN_AFTER = re.compile(r"\s+in\s", re.IGNORECASE)


def _length_of_the_change_named_after(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int) -> str:
    """The period length said in what a change named as a noun right after a number (or after the high end of the
    range it opens) is of: "a 50 to 100 basis point decline in 1Q27 adjusted gross margin" -- the quarter's, whatever
    length the sentence named before; "" where none is said."""
    end = numbers[position][0].end
    if position + 1 < len(numbers) and RANGE_LINK.fullmatch(text, end, numbers[position + 1][0].start):
        end = numbers[position + 1][0].end
    moved = _CHANGE_OF_METRIC.match(text, end)
    if moved is None:
        return ""
    return period_in(text[moved.end() : moved.end() + _CHANGED_WORDS_REACH]).length


_CHANGED_WORDS_REACH = 30  # how far the words of what a change is of may name its period: "1Q27 adjusted gross margin"
# Between an amount and its change in an aside: " a diluted share (", " ("
_CHANGE_ASIDE_OF_THE_AMOUNT = re.compile(r"(?:[ \t]+(?:a|per)[ \t]+(?:diluted[ \t]+)?share)?[ \t]*\([ \t]*[+−-]?", re.IGNORECASE)


_OWN_PERIOD_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)[- ]quarter|quarter|(?:full|fiscal)[- ]year|year|Q[1-4]|[1-4]Q)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2})?",
    re.IGNORECASE,
)


# What a change is counted with or without, said right after it: "EPS growth of about 12% excluding the 53rd week, or
# about 16% including it" -- a second change of the same figure follows
_WITH_OR_WITHOUT = re.compile(
    r",?\s+(?:excluding|including|excl\.|incl\.)\s+(?:[^,;:%$€£¥()\d]|\d+(?:st|nd|rd|th)\b){1,60}?(?=,?\s+(?:or|and)\s)", re.IGNORECASE
)


_PER_UNIT = re.compile(r"\s*per\s+[A-Za-z]+\b")


# What a change is measured in, said right after it: "increased approximately 47% in units and approximately 21% in
# sales dollars" -- a second change of the same thing follows
_IN_A_MEASURE = re.compile(
    r"\s+in\s+(?:[A-Za-z-]+\s+)?(?P<measure>units|dollars|volumes?|tonnes|tons|barrels|local currency)\b", re.IGNORECASE
)


def measure_after(text: str, end: int) -> str:
    """What a change right before ``end`` is measured in, said right after it ("47% in units", "21% in sales
    dollars"): "units", "dollars" ...; "" when nothing is said."""
    said = _IN_A_MEASURE.match(text, end)
    return said.group("measure").lower().rstrip("s") if said else ""


def change_base_at(
    text: str,
    start: int,
    end: int,
    release_quarter: tuple[int, int | None] | None = None,
    release_end: tuple[int, int, int] | None = None,
) -> str:
    """What the change at ``[start, end)`` is counted against, as its words say (``change_base``): "sequential",
    "annual" or ""."""
    return change_base(clause_before(text, start), text[end : end + 120], release_quarter, release_end)


_CLAUSE_REACH = 80  # how far back ``clause_before`` reads: a sentence's clause, not a hostile line's thousands


def clause_before(text: str, start: int) -> str:
    """The words of the clause that leads up to offset ``start``, asides in parentheses left out
    (from whole words: "non-GAAP" cut to "GAAP" would say the opposite)."""
    lower = max(0, start - _CLAUSE_REACH)
    if lower and not text[lower - 1].isspace():
        space = _SPACE_RUN.search(text, lower, start)
        lower = space.end() if space else start
    # a footnote's mark says nothing of the words: "Organic revenue growth\\* of 2% to 3%" is a change
    words = text[lower:start]
    if ":" in words[-8:]:
        # the colon of a label right before its number is no break: "Nine-month net loss: $16.7m" is a loss
        words = _LABEL_COLON.sub(" ", words)
    clause = _CLAUSE_BREAK.split(_ASIDE.sub(" ", words) if "(" in words else words)[-1]  # an aside opens with "("
    return _FOOTNOTE_MARK.sub("", clause) if "*" in clause else clause


_FOOTNOTE_MARK = re.compile(r"(?<=\w)\\?\*+")
_LABEL_COLON = re.compile(r"(?<=[a-z)]):[ \t]*(?:[A-Z]{0,3}[$€£¥]|S/)?[ \t]*$", re.IGNORECASE)


_SPACE_RUN = re.compile(r"\s+")


def is_change(text: str, start: int, end: int) -> bool:
    """True when the number at ``[start, end)`` is a change ("up 20%"), not a level."""
    return change_direction(clause_before(text, start), text[end : end + 40]) != 0


def signed_value(text: str, start: int, end: int, value: Decimal, unit: Unit) -> Decimal:
    """``value`` with the sign its words give it.

    Amounts are losses after "loss of"; changes ("fell 27%", "declined by $31 million", "EPS
    fell $0.05") are negative when they go down, a loss's change by its size ("the net loss
    widened by $1.3 million" is +1.3 million). A level ("fell to 27.4 percent") keeps its sign.
    """
    if value < 0:
        return value
    negated = _negates(text, start, end, unit, clause_before(text, start))
    keep_negation(text, start, end, unit, negated)  # for read_sentence's reading of the same claim
    return -value if negated else value


def _signed(text: str, start: int, end: int, value: Decimal, unit: Unit, clause: str) -> Decimal:
    """``signed_value`` of a non-negative ``value``, its ``clause_before`` read already; a claim's
    number signed already by ``claims.read_numbers`` is not read again (``claim_signs``)."""
    negated = kept_negation(text, start, end, unit)
    if negated is None:
        negated = _negates(text, start, end, unit, clause)
    return -value if negated else value


def _negates(text: str, start: int, end: int, unit: Unit, clause: str) -> bool:
    """True when the words of the non-negative number at ``[start, end)`` (``clause``: its
    ``clause_before``) make it negative."""
    direction = change_direction(clause, text[end : end + 40])
    if (
        unit in (CURRENCY_UNIT, PER_SHARE_UNIT)
        and (loss_context(clause) or _carries_loss(text, start, clause))
        and _NAMED_LOSS.search(text, max(0, start - _LOSS_REACH), start) is not None
        and not _INCOME_AFTER.match(text, end)
    ):
        # a change of a loss goes the way of its size: "the net loss narrowed by $4.1 million" is -4.1
        # million, "widened by $1.3 million" +1.3 million; a loss itself is negative
        return direction <= 0
    if unit in (CURRENCY_UNIT, PER_SHARE_UNIT) and direction == 0 and _LOSS_AFTER.match(text, end) and _A_RIGHT_BEFORE.search(clause):
        return True  # "swung to $27.5 million from a $57.3 million loss": the loss named after its amount
    # "negative comparable sales of 12.5%", "vs negative $43.1 mln a year earlier"
    return (
        direction < 0
        or (unit is PERCENT_UNIT and NEGATIVE_BEFORE.search(clause) is not None)
        or (may_hold(clause, ("negative",)) and (_NEGATIVE_RIGHT_BEFORE.search(clause) is not None or _negative_metric(clause)))
    )


# "negative" said of the metric an amount is "of": "vs negative revenue of $43.1m in 4Q23" (the words up to the amount).
_NEGATIVE_METRIC_BEFORE = re.compile(r"\bnegative\s+(?P<named>[a-z][a-z -]{2,40}?)\s+of\s+" + HEDGED + r"$", re.IGNORECASE)


def _negative_metric(clause: str) -> bool:
    """True when the words right before an amount call its metric negative, the metric named whole and nothing after
    it: "negative revenue of", "negative free cash flow of" -- not "a negative impact of", "negative revenue
    adjustments of" (a charge's size)."""
    said = _NEGATIVE_METRIC_BEFORE.search(clause)
    if said is None:
        return False
    named = said.group("named").lower()
    return any(match.start() == 0 and match.end() == len(named) for match, metric in metric_matches(named) if metric)


# "23.0% for 2021", "$2.1 billion for fiscal 2024": not "for 2021's fourth quarter", "for 2021 Q4"
_FOR_A_YEAR = re.compile(
    r"[ \t]+(?:for|over|during)[ \t]+(?:(?:the[ \t]+)?(?:full[ \t]+)?(?:fiscal|financial)?[ \t]*(?:year[ \t]+)?)?(?:FY[ \t]?)?(?:19|20)\d{2}\b"
    r"(?!['’]s|[ \t]*(?:first|second|third|fourth|Q[1-4]|[1-4]Q|quarter|half|H[12]|nine|six|three)\b)",
    re.IGNORECASE,
)
# A year named with "for" between a metric and "of" its amount is that amount's period: "the dividend payments for
# FY 2024 of EUR 30.3m" in a sentence of nine months' figures -- the year's, as "for 2024" after the amount is.
_FOR_A_YEAR_OF = re.compile(
    r"\bfor[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:(?:fiscal|financial)[ \t]+(?:year[ \t]+)?|FY[ \t]?)?(?:19|20)\d{2}[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
_FOR_A_YEAR_OF_REACH = 48  # looked for in the words right before the amount only: per number, not the whole sentence


def _for_a_year_of(text: str, lower: int, start: int) -> bool:
    """``_FOR_A_YEAR_OF.search(text, lower, start)``, words without "for" not searched."""
    return may_hold(text[lower:start], ("for",)) and _FOR_A_YEAR_OF.search(text, lower, start) is not None
# A name joined to the change before it, then a percentage "to" an amount: "... and Seed and Integrated Products
# 28% to $23.3 million" (no verb, no number between: "and margins were 28% to 30%" is no such change).
# (a point only of an initial: "and ex-U.S. revenue 14% to $1.28 billion")
_ASIDE_SAID_AGAIN = re.compile(r"\s*\(\s*" + HEDGED, re.IGNORECASE)  # " (about "
# ", or ", the period of the amount before maybe said first: "to $37 billion in the quarter, or "
_OR_SAID_AGAIN = re.compile(r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*,\s*or\s+" + HEDGED, re.IGNORECASE)
# The unit of the amount before, said first: "to EUR142.8 per share, and EPRA NRV 0.3% to EUR157.6"
_PER_SHARE_FIRST = re.compile(r"^[ \t]*(?:per|a)[ \t]+(?:(?:diluted|basic)[ \t]+)?share\b", re.IGNORECASE)
# (a year may be of the name: "and full-year 2024 revenue 63% to $151 million")
_AND_A_NAME = re.compile(r",?\s+and\s+(?:[^\d%$€£¥;:.()]|(?<=\b[A-Z])\.|(?<![\w$€£¥])(?:19|20)\d\d\b){1,60}?\s+", re.IGNORECASE)
_TO_AMOUNT = re.compile(r"\s+to\s+" + HEDGED + r"(?:(?:[A-Z]{1,3}\s?)?[$€£¥]|[A-Z]{3}\s?\d)")
# the change said again as a percentage between it and the level: "deposits $433 million, or 7%, to $6.6 billion"
_TO_AMOUNT_PAST_ITS_PERCENT = re.compile(r"\s*,\s*or\s+" + HEDGED + r"\d[\d.]*\s?%\s*," + _TO_AMOUNT.pattern)
# "a $57.3 million loss", "a EUR 29.2m net loss": not "a $4.8 million loss on the transactions" (a charge's size)
_LOSS_AFTER = re.compile(
    r"[ \t]+(?:(?:net|operating|non-?operating|pre-?tax|quarterly|annual)[ \t]+)?loss\b(?![ \t]+(?:on|from|of)\b)"
    # a loss "in" or "for" a thing is a charge's size; "in 2023", "for the prior-year quarter" a period's loss
    r"(?![ \t]+(?:in|for)\b(?![ \t]+(?:the[ \t]+)?(?:(?:19|20)\d{2}|fiscal|FY|Q[1-4]|[1-4]Q|first|second|third|fourth|full|"
    r"prior|previous|same|year|quarter|period)\b))",
    re.IGNORECASE,
)
# An amount's own noun of income right after it, which no loss named before makes a loss: "a US$27.8 million
# non-operating loss replaced last year's US$12.8 million of non-operating income".
# (a gain too: "compared to a $20.8 million gain on marketable securities" after a loss is no loss)
_INCOME_AFTER = re.compile(
    # (a word of what the income is from between "of" and it: "$1.1 million of revaluation income")
    r"[ \t]+(?:(?:net|operating|non-?operating|pre-?tax|other)[ \t]+|of[ \t]+(?:[\w-]+[ \t]+)?)?(?:income|profit|earnings|gains?)\b",
    re.IGNORECASE,
)
_A_RIGHT_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


# The period alone that a clause after a semicolon may open with, naming nothing else: "; nine months $5.60 vs $3.20"
_PERIOD_ONLY = (
    r"(?:\s*(?:(?:for\s+)?(?:the\s+)?(?:nine|six|twelve|three)[- ]months?|9M|6M|H[12]|[12]H|YTD|year[- ]to[- ]date|"
    r"(?:the\s+)?full[- ]year|FY\s?['’]?(?:\d{2}|\d{4})?|[1-4]Q(?:\d{2})?|Q[1-4](?:\s?(?:\d{2}|\d{4}))?)(?:\s+(?:19|20)\d{2})?:?)?"
)
# An amount, then what joins the next one to it: ", or" and "(" an aside ("a net loss of
# $293 million, or $1.26 per share"), "to", "-" and "and" the other end of a range or change
# ("net loss narrowed from $7.20 million to $3.10 million"), "compared with" the other period's.
# The amount's currency may be a code ("from RMB456.9 million"), and the amount its period's ("from RMB456.9
# million a year earlier, or RMB0.02 per share": the loss per share of the current period, said after the loss's
# comparison).
_AMOUNT_THEN_LINK = re.compile(
    r"(?P<amount>(?<![\w.,])(?:[A-Z]{1,3}(?=[$€£¥])|[A-Z]{3}[ ]?(?=\d))?\(?[$€£¥]?[ ]?\d[\d,]*(?:\.\d+)?\)?"
    r"(?:[ ]?(?:thousand|million|billion|trillion|bn|bln|mn|mln|m)\b|[ ]?%)?)"
    r"(?:\s+(?:a\s+year\s+(?:earlier|ago)|(?:in\s+)?the\s+(?:prior|previous|same|year-ago)[\w -]{0,30}?|last\s+year"
    # the amount's own period: "a net loss of $1.48 million for 2024, or $0.01 per share"
    r"|(?:for|in)\s+(?:the\s+)?(?:(?:full|fiscal)[- ]year\s+)?(?:FY\s?)?(?:19|20)\d{2}|(?:for|in)\s+the\s+(?:quarter|year|period)))?"
    r"(?:\s*,\s*or|\s*\(|\s*;" + _PERIOD_ONLY + r"|,?\s*(?:to|-|–|and|from|compared\s+(?:to|with)|versus|vs\.?))\s*" + HEDGED + r"$",
    re.IGNORECASE,
)
_LINKS_FOLLOWED = 3  # how many amounts back a chain of amounts joined so may say the loss they all are
_JOINED_REACH = 70  # how far before an amount the amount joined to it may start, its period said between


# The comparison a loss is set against: "net loss narrowed by 79.6% from RMB456.9 million".
_NEGATIVE_RIGHT_BEFORE = re.compile(r"\bnegative\s+$", re.IGNORECASE)  # not "plus or minus $300 million"
_COMPARED_FROM = re.compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|(?:smaller|larger|lower|higher|narrower|wider|greater|bigger)\s+than)\s+"
    # the earlier period named before the amount: "about 46% smaller than 2023's $367.3 million"
    r"(?:(?:19|20)\d{2}['’]s\s+|(?:the\s+)?(?:prior|previous|last)[- ]year['’]s\s+|(?:the\s+)?year[- ]ago\s+)?" + HEDGED + r"$",
    re.IGNORECASE,
)
_AMOUNTS = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]?[ ]?\d[\d.,]*(?:[ ]?(?:thousand|million|billion|bn|mn|m)\b)?")


# A loss the words before an amount name, read in the text itself: the window ``clause_before`` cuts may
# start right after "Provision for credit" and leave "losses ... was $8.1 million compared to $3.0 million"
# (the losses a provision is for are no loss). Both loss readings look no further back than ``_LOSS_REACH``.
_NAMED_LOSS = re.compile(rf"{NOT_PROVIDED_FOR}\bloss(?:es)?\b|\bdefici(?:t|ency)\b|\b(?:lost|losing|LPS)\b", re.IGNORECASE)
_LOSS_REACH = 120


def _carries_loss(text: str, start: int, clause: str) -> bool:
    """True when the amount at ``start`` (whose ``clause_before`` is ``clause``) follows a loss's
    amount as its aside or the other end of its range, or is what a loss is compared with ("the
    net loss was RMB93.0 million, narrowed by 79.6% from RMB456.9 million"), or opens the clause
    after it with no words of its own ("H1 net loss $8.2m vs $4.7m; 20 cents vs 11 cents a share"):
    the loss is said once, for both."""
    # Both clauses read below lie in the 150 characters before ``start`` (the amount joined starts
    # at most 70 before it, its clause 80 before that): without a loss's words there (nor a "%",
    # see ``loss_context``), neither names a loss, and the searches are skipped
    nearby = text[max(0, start - _JOINED_REACH - 80) : start]
    if "%" not in nearby and not may_hold(nearby, LOSS_WORDS):
        return False
    # nor where no clause read below can read a loss: the links followed end in the last _LINKS_FOLLOWED * 70 + 80
    # characters, and their clauses are cut from them or blanked (``may_read_a_loss``), but for a footnote's mark
    # that ``clause_before`` takes out ("lo*ss"). Sentences of percentages have a "%" in every stretch of 150.
    reach = text[max(0, start - _LINKS_FOLLOWED * _JOINED_REACH - _CLAUSE_REACH) : start]
    if "*" not in reach and not may_read_a_loss(reach):
        return False
    at = start
    for _ in range(_LINKS_FOLLOWED):  # "net loss narrowed about 44%, or roughly C$4.06 million, to C$5.21 million"
        joined = _AMOUNT_THEN_LINK.search(text, max(0, at - _JOINED_REACH), at)
        if joined is None:
            break
        if loss_context(clause_before(text, joined.start("amount"))):
            return True
        at = joined.start("amount")
    if _COMPARED_FROM.search(text, max(0, start - 30), start) is None:
        return False
    # of the clause the amount is compared in: "operating loss $57.5m vs $59.6m LY even as opex rose to $142.1m from
    # $106.0m" compares opex
    opened = [found.end() for found in CLAUSE_OF_ITS_OWN.finditer(clause)]
    return loss_context(_AMOUNTS.sub(" ", clause[opened[-1] :] if opened else clause))


# A share of sales, its period maybe named between: "58% of Q1 net sales", "1.1% of Q4 revenue", "of fourth-quarter sales"
_SHARE_OF = re.compile(
    r"\s*(?:%|percent)?\s*of\s+(?:the\s+)?(?:(?:company|group)['’]s\s+)?" + WHOLE_PERIOD
    + r"(?:(?:net|total|consolidated)\s+){0,2}(?:sales|revenues?)\b",
    re.IGNORECASE,
)


# "as a percentage of revenue", "as a percent of net sales": what a part is measured against, no metric of its share
_AS_A_SHARE_OF = re.compile(
    # (one word of the revenue's own may be said: "as a percentage of home closings revenue")
    r"\bas\s+an?\s+(?:percentage|percent|%|share)\s+of\s+(?:the\s+)?(?:(?:net|total|consolidated)\s+){0,2}(?:[a-z-]+\s+){0,2}?(?:sales|revenues?)\b",
    re.IGNORECASE,
)
_OPENER = re.compile(r"[\s•●◦▪*·–-]*(?:At|With)\s+", re.IGNORECASE)
_PER_SHARE = re.compile(r"\s*per\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+)?share\b", re.IGNORECASE)


def _named_before(text: str, previous_end: int, start: int, prefixes: Prefixes) -> bool:
    """True when a metric other than per-share earnings is named before ``start`` in its clause."""
    named = metrics_in(text[previous_end:start]) or metrics_in(clause_before(text, start))
    return bool(named) and named[-1][1] != "eps"


_SALES_OF_END = re.compile(r"\bsales\s+of\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


# Where a claim says its figure is read, not what it measures: "implied by the cash-flow figures", "according to the
# income statement", "as shown in the segment table".
_SOURCE_NAMED = re.compile(
    r"\b(?:implied\s+by|according\s+to|based\s+on|as\s+(?:shown|reported)\s+in)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:figures|statements?|tables?|data|numbers)\b",
    re.IGNORECASE,
)
_SOURCE_WORDS = ("figures", "statement", "table", "data", "numbers")  # every match of _SOURCE_NAMED holds one


_BUYBACKS = r"(?:(?:share|stock)\s+)?(?:repurchases|buybacks)"
_DIVIDENDS = r"(?:(?:common|cash|ordinary)\s+)?(?:stock\s+)?dividends"
_RETURNED_THROUGH_BOTH = re.compile(
    rf"[^.;$]{{0,30}}?\b(?:through|via|in\s+the\s+form\s+of)\s+(?:{_BUYBACKS}[^.;]{{0,40}}?\band\s+{_DIVIDENDS}"
    rf"|{_DIVIDENDS}[^.;]{{0,40}}?\band\s+{_BUYBACKS})\b",
    re.IGNORECASE,
)


# A verb of paying debt down right before an amount ("repaid $7.5 million", "paid down about $1 billion"), or said
# of it right after, in the passive ("$600 mln was retired")
_REPAID_RIGHT_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:retired|repaid|paid\s+(?:down|off))\b", re.IGNORECASE)
_REPAID_RIGHT_BEFORE = re.compile(r"\b(?:repa(?:id|ys?|ying)|pa(?:id|ys?|ying)\s+(?:down|off)|retired)\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)


_OF_WHICH_RIGHT_BEFORE = re.compile(r"\b(?:of|among)\s+which\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)
_PART_WAS = re.compile(r"[ \t]+(?:was|were|is|are|went[ \t]+to|came[ \t]+from)[ \t]+", re.IGNORECASE)


# The noun of a percentage's own measure, then the noun of its change: "a 15% price increase", "a 10% headcount
# reduction" (not a period's or a basis's word: "a 5% year-over-year increase", "a 3% organic increase")
_MEASURE_CHANGED_AFTER = re.compile(
    r"[ \t]+(?!(?:year|quarter|annual|organic|sequential|reported|underlying|comparable|total|overall|further|"
    r"additional|average|cumulative|per-share|per|share)\b)(?P<measure>[a-z][a-z-]+)[ \t]+"
    r"(?:increase|decrease|cut|reduction|rise|hike|decline|drop)s?\b"
)


def measure_changed_after(text: str, end: int) -> str | None:
    """The noun of the measure a percentage ending at ``end`` is the change of, said right after it with the noun of the
    change, where no vocabulary holds it ("a 15% price increase": "price"); else None."""
    changed = _MEASURE_CHANGED_AFTER.match(text, end)
    return changed.group("measure") if changed is not None and not metrics_in(changed.group("measure")) else None


def _metric_near(
    text: str,
    start: int,
    end: int,
    previous_end: int,
    prefixes: Prefixes,
    money: bool = False,
    percent: bool = False,
) -> str | None:
    """The metric a number speaks of: named right after it ("$5.2 million of research and
    development support fees"), else the nearest before it, since the number before, else
    in its sentence. An amount of money is no count of shares: "repurchased 139.7 million
    shares, or $7.0 billion" speaks of the repurchase. A percentage "of sales" is a margin of
    the metric before it ("operating margin fell to 13.67% of sales"), not sales."""
    if percent and BARE_MARGIN_AFTER.match(text, end):
        # "revenue +8.8% to EUR 161.4m at a 13.8% margin": a margin of a profit the words do not name, not of the
        # revenue named before it; of the profit named last, when that is one a margin is taken of ("EBITDA of $2
        # million, a 20% margin")
        profit = prefixes.last_metric(start)
        return profit if profit in MARGIN_METRICS else None
    if money and may_hold(text[end : end + 120], ("through", "via", "form")) and _RETURNED_THROUGH_BOTH.match(text, end):
        # "returned $456 million in 2024 through share repurchases of $300 million and common dividends of $156
        # million": the total of both, what the company returned, not its buybacks
        return "capital_return"
    after = _metric_after(text, end, percent) or (_spent_on(text, start, end, previous_end) if money else None)
    if after is None and money and _OF_WHICH_RIGHT_BEFORE.search(text, max(0, start - 24), start):
        # "..., of which $3.4 million was non-cash share-based compensation": the part is what it is said to be
        was = _PART_WAS.match(text, end)
        after = _metric_after(text, was.end()) if was is not None else None
    if after in (None, "debt") and money and (
        _REPAID_RIGHT_BEFORE.search(text, max(0, start - 30), start) or _REPAID_RIGHT_AFTER.match(text, end)
    ):
        # "repaid $7.5 million of long-term debt", "Sears retired $600 million of it", "after $600 mln was retired":
        # money paid out, no debt outstanding
        return "debt_repayment"
    if after and percent and _OF_A_WHOLE.match(text, end):
        # "Net charge-offs fell to $132 million, or 0.17% of average loans": a ratio is the metric named before it,
        # taken of the whole named after it (the release's "net charge-off ratio of 0.17%"); with no metric named
        # before, the whole is what it speaks of. After a verb of a part's share, the part is the metric named before
        # that verb ("The allowance for credit losses represented 0.95% of total loans", as "... was 0.95%" says it),
        # else the whole ("Colombia accounted for 34% of consolidated revenues and 25% of consolidated Adjusted
        # EBITDA": each share of its own whole, not of the whole named before it)
        verb = deque(_PART_OF_A_WHOLE.finditer(text, prefixes.lower, start), maxlen=1) if may_hold(
            text[prefixes.lower : start], _SHARE_VERB_WORDS
        ) else ()
        if verb:
            subject = prefixes.last_metric(verb[0].start())
            if subject and subject != after:
                return subject
        else:
            subject = prefixes.last_metric(start)
            if subject and subject != after:
                after = None
    elif after and money and _OF_A_WHOLE.match(text, end) and (part_verb := _part_verb(text, max(prefixes.lower, start - _PARTS_REACH), start)) >= 0:
        # "Non-cash share-based compensation accounted for $2.4 million of R&D and $3.4 million of G&A": each amount
        # is the subject's, a part of the whole named after it
        subject = prefixes.last_metric(part_verb)
        if subject and subject != after:
            return subject
    item = _ITEM_AFTER.match(text, end) if money else None
    if item is not None and after is None and _IMPAIRMENT_ENDS.search(item.group()):
        # "a $268m ($0.05/sh) rail car impairment", "($268) million, or ($0.05) per share, impairment of ...": an
        # impairment, as "a $268 million impairment" is, whatever its amount per share said between
        return "impairment"
    if item is not None and (after is None or _RELATED_ITEMS.search(item.group()) is not None):
        # "helped by a $57.7 million gain on debt extinguishment", "a $20 million litigation settlement": the amount
        # is of the item it names, not of the metric the sentence named before it; read as such an item on both sides
        # (``ITEM``), it is backed only by an amount of an item, not by any figure of its value -- a metric named in
        # the item's own words too: AMD's "$800 million in inventory and related charges" is a charge, no inventory
        return ITEM
    if after is None and money and _EARNED_OF_ITS_OWN.search(text, max(prefixes.lower, start - 30), start) and _OF_A_NOUN.match(text, end):
        # "PrairieSky earned $30.8 million of lease bonus consideration": what was earned, named after it by words no
        # vocabulary holds, not the profit the verb alone would say
        return None
    # "dividend up 15 cts to EUR5.45 per share": "per share" says the unit of the metric before, if one is named;
    # "repurchased $3.0 billion of shares": an amount of money is no count of shares, it is what the words before it
    # spend on them (read below, as "repurchased 139.7 million shares, or $7.0 billion" is)
    if after and not (_PER_SHARE.match(text, end) and _named_before(text, previous_end, start, prefixes)) and not (
        money and after == "shares"
    ):
        return after
    # "13.67% of sales from 14.48%", "$0.25 per share, from C$67.4 million": the words belong to the number before
    share_of = _SHARE_OF.match(text, previous_end, start) or _PER_SHARE.match(text, previous_end, start)
    if share_of and (
        _WHOLE_FIGURE.fullmatch(text, share_of.end(), start)
        or (money and _THE_PARTS_AMOUNT.fullmatch(text, share_of.end(), start) and prefixes.last_metric(previous_end) is None)
    ):
        # "36% of net revenues of $59.34 billion": the figure of the whole the share is of; "Imaging was about 45% of
        # Q4 revenue at $2,393m": where no metric was named to be the part's, the part's own amount of the whole's
        # metric (not "operating income was 15% of sales, or $30 million": the operating income's)
        whole = metrics_in(share_of.group())
        if whole:
            return whole[-1][1]
    if money and previous_end and _WHOLE_FIGURE.fullmatch(text, previous_end, start):
        # "made up more than a third of total revenue ($594 million of $1,720 million)": the amount said after another
        # and "of" is the whole's, the whole a share was named of before
        named_whole = prefixes.last_whole(previous_end)
        if named_whole:
            return named_whole
    words_before = text[share_of.end() if share_of else previous_end : start]
    if not share_of and _A_SHARE_ENDS.search(text, max(0, previous_end - 12), previous_end):
        words_before = _past_the_whole(words_before, prefixes.last_metric(previous_end))
    if percent and may_hold(words_before, ("percent", "%", "share")):
        # "Income from operations as a percentage of revenue was 14.3%": the share is the part's, of its whole
        words_before = _AS_A_SHARE_OF.sub(lambda m: " " * len(m.group()), words_before)
    if may_hold(words_before, _SOURCE_WORDS):
        # "Full-year capital spending implied by the cash-flow figures was about $189.6 million": the words name
        # where the figure is read, not what it measures
        words_before = _SOURCE_NAMED.sub(lambda m: " " * len(m.group()), words_before)
    closed = words_before.rfind(")")
    if closed >= 0 and "(" not in words_before[:closed]:
        # "Net debt of $1.1 billion (... less $685 million of cash ...), up $46 million": after an aside opened
        # before the number before, the words speak again of what the aside interrupted
        opened = text.rfind("(", prefixes.lower, previous_end)
        words_before = words_before[closed + 1 :]
        if opened >= 0 and not metrics_in(words_before):
            return prefixes.last_metric(opened)
    named = metrics_in(words_before)
    if len(named) > 1:
        # "Noninterest income made up more than a third of total revenue ($594 million": the whole a share is of, named
        # after the part, is not what the amounts said next speak of (as ``Prefixes`` reads a sentence)
        named = [named[0]] + [(offset, metric) for offset, metric in named[1:] if not (
            metric != named[0][1] and whole_of_a_share(words_before, offset)
        )]
    if money and _an_item_before(words_before):
        return ITEM  # "Results reflected pre-tax charges of $52 million": the charges, read as "$52 million of charges" is
    if money and _SALES_OF_END.search(words_before):
        # "China ICL sales of less than $5 million": "sales of" an amount is revenue, read with the amount it is of
        # (the words before the number alone end on "of", as a disposal's "sales of securities" would)
        named = metrics_in(words_before + text[start:end])
    if money and may_hold(words_before, ("offset", "outweigh")) and _OFFSET_BETWEEN.search(words_before):
        # "EPS guidance is now $35.50 to $36.50, as $3.03 of IPR&D charges more than offset a $2.78 underlying
        # increase": what an item offset is of the sentence's subject, not of the item
        said_first = metrics_in(text[prefixes.lower : previous_end])
        if said_first:
            return said_first[0][1]
    before = _outside_asides(words_before, named)
    if before and not (money and before[-1][1] == "shares"):
        return before[-1][1]
    if text.endswith(MULTIPLE_SIGNS, start, end) and _A_RATIO_NAMED.search(words_before):
        # "Financial net debt fell $47 million to $2,912.1 million, for leverage of 3.4x": a multiple is the ratio its
        # own words name, of no metric the vocabulary holds, not the debt the sentence named before it
        return None
    if percent and (measure_changed_after(text, end) is not None or plans_a_change_of_its_own(text[max(0, start - 120) : start])):
        # "capex of about $40 million and plans a 15% price increase", "... and plans to raise prices by 15%": a change
        # of the measure its own noun names, one no vocabulary holds, not of the metric the sentence named before it
        return None
    if previous_end and not share_of and _a_measure_of_its_own(words_before, text[prefixes.lower : previous_end]):
        # "Operating expenses fell 17.1% to EUR 166.0m from EUR 200.3m, as staff costs dropped 14.9%": a clause of its
        # own whose subject is a measure no vocabulary names, not the metric the sentence named before it
        return None
    metric = prefixes.last_metric(previous_end if share_of else start)  # in the sentence, up to the number
    if metric is None and _OPENER.fullmatch(text, prefixes.lower, start):
        # "At EUR 1.274 billion, the listed investment company's revenue after nine months was ...": the
        # sentence opens with its number and names the metric in the words that follow
        following = _CLAUSE_END.split(text[end : end + 100], maxsplit=2)
        named = metrics_in(following[1] if len(following) > 1 and not following[0].strip() else "")
        if len(following) > 2 and following[1].strip() and text.startswith("(", end + len(following[0]) + 1 + len(following[1])):
            # "At 16.4 million, segment earnings (adjusted EBITA) in the quarter were ...": the name in parentheses
            # right after says which earnings
            defined = metrics_in(following[2].split(")", 1)[0]) if ")" in following[2] else []
            if defined:
                return defined[0][1]
        return named[0][1] if named else None
    if money and metric == "shares":
        return prefixes.last_metric(start, unless="shares")
    if metric is None and percent and _SHARE_OF.match(text, end) and _SHARE_VERB.search(text, previous_end, start):
        # "operations in Colombia accounted for 34% of consolidated revenues and 25% of consolidated Adjusted EBITDA":
        # a part's share of sales, its verb said right before it, where no metric is named to be its margin, is the
        # share of revenue the words say, as the share of EBITDA is EBITDA's (not "COGS of $358 million, or 39.6% of
        # revenue": the share of a cost no vocabulary names)
        return "revenue"
    return metric


# A clause of its own, up to a number: its opening link, its subject of words in lower case, and a verb of change or of
# a level reached right before the number ("..., as staff costs dropped ", " though nine-month incoming orders in the
# segment rose ", ", and inflows exceeded ")
_OWN_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;]|\b(?:as|while|though|although|whereas|but|and))\s+"
    # (no link opens the subject: ", and increased by 13.6%" has none of its own)
    r"(?!(?:and|but|as|while|though|although|whereas|then|also|which|that|or|so|yet|it|they|we)\b)"
    # (its abbreviation in parentheses after it: "even as capacity (ASMs) grew ")
    r"(?P<subject>(?:[a-z][\w'’-]*\s+){0,6}?[a-z][\w'’-]*)(?:\s+\((?P<abbreviation>[A-Za-z][\w&/.-]{0,11})\))?\s+"
    r"(?:(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|surged|gained|dipped|eased|improved"
    # (or the level it moved to: ", even as rental power-fleet utilization dipped to 73%")
    r"|(?:was|were)\s+(?:up|down))(?:\s+to)?"
    # or a level it reached: ", and inflows exceeded $135 billion"
    r"|exceeded|topped|surpassed|totall?ed|reached|amounted\s+to)"
    r"(?:\s+(?:by|about|approximately|roughly|nearly|some|almost|around|over|more\s+than))*\s*$"
)
# An aside of a measure of its own, its sign right before the number: "(transactions +" of "same shop sales rose 8.3%
# (transactions +3.4%)"; not a basis ("(organic +4%)", "(ex-FX +4%)", "(cc +5%)")
_OWN_ASIDE_BEFORE = re.compile(
    r"\(\s*(?!(?:up|down|or|about|vs|versus|from|excl|excluding|incl|including|ex|cc|fx|lfl|like-for-like)\b)"
    r"(?P<subject>[a-z][a-z'’]*(?:\s+[a-z][a-z'’]*)?)\s+[+−–-]$"
)
# What the subject's last word may not be, for it to name a measure: a pronoun, or a word that qualifies the measure
# said before ("while international fell 3%": the sentence's revenue, of a part)
_NO_MEASURE_OF_ITS_OWN = frozenset({
    "it", "its", "they", "this", "that", "these", "those", "which", "we", "each", "both", "all", "one", "others", "other",
    "domestic", "international", "organic", "overall", "total", "adjusted", "reported", "net", "gross", "comparable",
    "underlying", "local", "constant", "currency", "basis", "year", "quarter", "period", "months", "half",
    # a rate of the measure said before: "Adjusted EBITDA increased 18%, while the margin improved 1.7 p.p."
    "margin", "margins",
    # the end of a period phrase or a link: " year over year and increased 130 basis points"
    "and", "or", "but", "nor", "then", "sequentially", "respectively", "ago", "earlier", "before", "later",
    # a word that leads to the number, no noun ("from down 3% to up 2%")
    "to", "from", "by", "of", "in", "at", "on", "for", "than", "a", "an", "the",
})  # fmt: skip


def _a_measure_of_its_own(words: str, said_before: str = "") -> bool:
    """Whether ``words`` (between the number before and a number) open a clause of its own, or an aside of its own sign,
    whose subject, in lower case and naming no metric or result of the vocabulary, is a measure of its own
    (``_OWN_SUBJECT_BEFORE``, ``_OWN_ASIDE_BEFORE``): "staff costs", "incoming orders in the segment", "transactions".
    Not the measure a metric said before (``said_before``, the sentence's words before ``words``) ends on: "Sales
    volume grew 13% ..., and full-year volume rose to" says the sales volume again."""
    return bool(measure_of_its_own(words, said_before))


def measure_of_its_own(words: str, said_before: str = "") -> tuple[str, ...]:
    """The names of the measure of its own ``words`` open a clause with (``_a_measure_of_its_own``), in lower case: the
    head of its subject, and the abbreviation said after it ("capacity (ASMs)": "capacity", "asms"); () where none."""
    own = _OWN_SUBJECT_BEFORE.search(words) if may_hold(words, _OWN_SUBJECT_VERBS) else None
    if own is None:
        own = _OWN_ASIDE_BEFORE.search(words) if "(" in words else None
    if own is None:
        return ()
    subject = own.group("subject")
    head = subject.split(" in ", 1)[0].split()[-1].lower()  # "incoming orders in the segment": "orders"
    if not (
        head not in _NO_MEASURE_OF_ITS_OWN and not metrics_in(subject) and _VERB.search(subject) is None
        # (no adverb, nor a verb's helper: "and has substantially improved by EUR 36.1m", "and still accruing increased")
        and not head.endswith("ly") and not _HELPER_WORDS.intersection(subject.lower().split())
        # (nor a result the vocabulary names another way round: "while noninterest loss slipped 0.6%" is no measure of
        # its own, but the noninterest income said wrongly)
        and _A_RESULT_WORD.search(subject) is None
        # (nor the noun a metric said before ends on, said again short: "Sales volume ..., and full-year volume rose")
        and not any(found.group().lower().split()[-1] == head for found, metric in metric_matches(said_before) if metric)
    ):
        return ()
    abbreviation = own.groupdict().get("abbreviation")
    return (head, abbreviation.lower()) if abbreviation else (head,)


_HELPER_WORDS = frozenset({"has", "have", "had", "is", "are", "was", "were", "been", "be", "still", "also"})
_A_RESULT_WORD = re.compile(r"\b(?:loss(?:es)?|income|profits?|earnings|gains?|expenses?|revenues?|sales)\b", re.IGNORECASE)


_OWN_SUBJECT_VERBS = ("rose", "fell", "grew", "increased", "decreased", "declined", "climbed", "dropped", "jumped", "slipped",
                      "surged", "gained", "dipped", "eased", "improved", " up", " down", "exceeded", "topped", "surpassed",
                      "total", "reached", "amounted")  # fmt: skip
_OFFSET_BETWEEN = re.compile(r"\b(?:offset(?:s|ting)?|outweigh(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?" + HEDGED + r"\S{0,4}$", re.IGNORECASE)
_A_RATIO_NAMED = re.compile(r"\b(?:leverage|coverage|multiple|ratio)\b", re.IGNORECASE)
_A_SHARE_ENDS = re.compile(SHARE_UNIT + "$", re.IGNORECASE)


def _past_the_whole(words: str, subject: str | None) -> str:
    """``words`` (said right after a share of the ``subject`` named before it) with the whole the share is of blanked:
    in "Net charge-offs fell to $132 million, or 0.17% of average loans, from $147 million", the words before $147
    million name no metric of their own, as ``Prefixes`` reads them."""
    whole = _OF_A_WHOLE.match(words) if subject else None
    if whole:
        for match, metric in metric_matches(words, whole.end()):
            if match.start() == whole.end() and metric != subject:
                return " " * match.end() + words[match.end() :]
            break
    return words


_OF_A_WHOLE = re.compile(
    r"[ \t]*(?:%|percent)?[ \t]*of[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?" + WHOLE_PERIOD + r"(?:average[ \t]+|avg\.?[ \t]+|total[ \t]+)?", re.IGNORECASE
)


# The words between a share of a whole and the part's own amount of it: "45% of Q4 revenue at $2,393m" (not "1% of
# revenue, from $53.5 million": what the part is compared with)
_THE_PARTS_AMOUNT = re.compile(r"[ \t]*(?:,[ \t]*)?(?:at[ \t]+)?" + HEDGED + r"\S{0,4}", re.IGNORECASE)


# The verbs of a part's share of a whole: "accounted for", "represented", "made up", "contributed" ...
_SHARE_VERBS = r"accounted\s+for|represent(?:ed|s)|made\s+up|(?:compris|constitut|contribut)(?:ed|es)"
# A verb of a part's share said anywhere before: a list of shares may follow it
_PART_OF_A_WHOLE = re.compile(rf"\b(?:{_SHARE_VERBS}|(?:represent|compris|constitut|contribut)ing)\b", re.IGNORECASE)
# The verb of a part before its amount of money, and the amounts of other wholes listed between: "accounted for $2.4
# million of R&D and $3.4 million of G&A"
_PART_VERB = re.compile(rf"\b(?:{_SHARE_VERBS})\s+", re.IGNORECASE)
_LISTED_PARTS = re.compile(
    r"(?:(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?\d[\d.,]*(?:\s*(?:thousand|million|billion|mln|bln|bn|mn|[mkb])\b)?\s+of\s+"
    r"[^,;.()$€£¥%]{1,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*(?:(?:about|approximately|roughly)\s+)?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?",
)
_PARTS_REACH = 160


def _part_verb(text: str, lower: int, start: int) -> int:
    """Where the verb of a part (``_PART_VERB``) starts that the amount at ``start`` follows, right after it or after
    other parts listed, each of its whole ("... accounted for $2.4 million of R&D and $3.4 million of G&A"); -1 if
    none."""
    if not may_hold(text[lower:start], _SHARE_VERB_WORDS):
        return -1
    verbs = list(_PART_VERB.finditer(text, lower, start))
    return verbs[-1].start() if verbs and _LISTED_PARTS.fullmatch(text, verbs[-1].end(), start) is not None else -1
_SHARE_VERB_WORDS = ("accounted", "represent", "made", "compris", "constitut", "contribut")  # every match holds one


# The verb a part's share of a whole follows: "Auna Seguros contributed 11% of revenues", "which constituted 12% of
# revenue"
_SHARE_VERB = re.compile(rf"\b(?:{_SHARE_VERBS})\s+(?:{HEDGE}\s+)?$", re.IGNORECASE)


# "per share" said as the unit of an amount ("EUR 0.74 per share", "$0.63 a share"), and a name of earnings per share.
_UNIT_PER_SHARE = re.compile(r"\d\)?[ \t]*(?:per|a)[ \t]+(?:diluted[ \t]+|basic[ \t]+|common[ \t]+)?share\b", re.IGNORECASE)
_PER_SHARE_SAID = re.compile(r"^[ \t]*(?:per|a)[ \t]+(?:diluted[ \t]+|basic[ \t]+|common[ \t]+)?share\b", re.IGNORECASE)  # its unit, right after it
_EPS_NAMED = re.compile(r"\b(?:eps|earnings[ \t]+per|income[ \t]+per|loss[ \t]+per)\b", re.IGNORECASE)


def _per_share_unit_last(text: str, lower: int, start: int) -> bool:
    """True when the last name of earnings per share before ``start`` is a "per share" that says the unit of an
    amount ("a cash dividend of EUR 0.74 per share (0.68), totaling"), not "EPS" or "earnings per share"."""
    units = list(_UNIT_PER_SHARE.finditer(text, lower, start))
    return bool(units) and _EPS_NAMED.search(text, max(lower, units[-1].start() - 20), start) is None


# Between two metrics said as one subject: "net income and adjusted diluted earnings per share"
_AND_MODIFIERS = re.compile(r"\s+and\s+(?:(?:adjusted|diluted|basic|non-gaap|gaap|reported|core|underlying|quarterly|annual)\s+){0,3}", re.IGNORECASE)


def joined_subject(text: str, lower: int, start: int, metric: str) -> tuple[str, int] | None:
    """The metric said with ``metric`` as one subject of two, when ``metric`` is the last one named in
    ``text[lower:start]`` ("adjusted net income and adjusted diluted earnings per share increased 31% to"), and
    where the name of ``metric`` ends; None otherwise."""
    named = list(metric_matches(text, lower, start))
    if len(named) < 2 or named[-1][1] != metric or named[-2][1] in (None, metric):
        return None
    (first, first_metric), (second, _) = named[-2], named[-1]
    if first_metric is None or not _AND_MODIFIERS.fullmatch(text, first.end(), second.start()):
        return None
    return first_metric, second.end()


ITEM = "item"  # the metric of an amount of a gain, a charge, a settlement ... named right after it
# The names of items an amount may be: one-off gains and charges, and what moved a figure
_ONE_OFF_ITEMS = r"gains?|charges?|impairments?|settlements?|payments?|write-?(?:downs?|offs?)|headwinds?|tailwinds?"
# An item an amount is, named right after it: "$57.7 million (non-cash) gain", "$20 million litigation settlement",
# "$0.6 million in professional services costs" (not "benefit", which gives the direction of the metric before it: "a
# $25 million credit provision benefit"; nor a word that joins the next figure's: "costs of $2.2 million and
# professional fees of $1.8 million"; nor fees, which are often a line of revenue: "wealth fees of $15.8 million").
_ITEM_AFTER = re.compile(
    # its amount per share first, as an aside: "a $268m ($0.05/sh) rail car impairment", "$943 million, or $0.18 per
    # share, net gain on the sales of our Corporate Trust Services"
    # (the amount per share in parentheses of a loss too: "($268) million, or ($0.05) per share, impairment of ...")
    r"(?:[ \t]*\([^()\n]{1,24}\)|,[ \t]+or[ \t]+(?:[^,()\n]|\([^,()\n]{1,10}\)){1,16}?[ \t](?:per|a)[ \t](?:diluted[ \t])?share,)?[ \t]+(?:(?:in|of)[ \t]+)?(?:(?!(?:and|or|but|while|compared|from|to|versus|vs|excluding|including|before|after|"
    # (nor a verb: "expenses of $4,713m included litigation-related charges" -- the amount holds the item, is not it)
    r"included|includes|include|reflected|reflects|was|were|is|are)\b)"
    # (a code of letters and digits names an item too, "MI308"; a period's label does not: "$0.24 of Q2 special charges")
    r"(?:non-?cash|one-time|pre-?tax|after-?tax|(?!(?:Q[1-4]|[1-4]Q|H[12]|FY)\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)?)[ \t]+){0,2}?"
    # "$800 million of MI308 export-control charges", "$800 million in inventory and related charges"
    r"(?:(?:and|&)[ \t]+(?:related|other|associated)[ \t]+)?"
    rf"(?:{_ONE_OFF_ITEMS}|costs)\b",
    re.IGNORECASE,
)
# A verb of a profit or a loss right before its amount ("earned $30.8 million"), and what the amount is of, after it
_EARNED_OF_ITS_OWN = re.compile(r"\b(?:earned|lost)\s+" + HEDGED + r"\S{0,4}$", re.IGNORECASE)
_OF_A_NOUN = re.compile(r"\s+of\s+[A-Za-z]")
_IMPAIRMENT_ENDS = re.compile(r"\bimpairments?$", re.IGNORECASE)
# a class of one-off items a metric's name opens: "inventory and related charges", "restructuring and other charges"
_RELATED_ITEMS = re.compile(rf"\b(?:and|&)[ \t]+(?:related|other|associated)[ \t]+(?:{_ONE_OFF_ITEMS})$", re.IGNORECASE)
_WHOLE_FIGURE = re.compile(r"\s+of\s+" + HEDGED, re.IGNORECASE)
# The same item named right before its amount: "pre-tax charges of $52 million", "a litigation settlement of $20 million"
# (one-off items only: "operating costs of" may be a line of the statement)
_ITEM_BEFORE = re.compile(
    rf"(?P<noun>(?:(?:\b[\w&-]+|\([^()\n]{{1,12}}\))\s+){{0,3}})\b(?:{_ONE_OFF_ITEMS})"
    r"\s+(?:of|totaling|totalling)\s+" + HEDGED + r"$",
    re.IGNORECASE,
)
_ITEM_WORDS = ("gain", "charge", "impairment", "settlement", "payment", "write", "headwind", "tailwind")  # each of _ONE_OFF_ITEMS


def _an_item_before(words: str) -> bool:
    """True when ``words`` end on an item's name and "of" right before an amount ("pre-tax charges of"), no metric the
    vocabulary holds named in the item's own words ("restructuring charges of" names an item; "impairment charges of",
    "a quarterly dividend payment of" and "research and development support fees of" name metrics)."""
    if not may_hold(words, _ITEM_WORDS):
        return False
    item = _ITEM_BEFORE.search(words)
    if item is None:
        return False
    # a metric named in the item's own words, up to three before its noun, makes it that metric's; a verb ends them:
    # "Q2 earnings included pretax charges of $41 million" names charges, which earnings included
    verb = deque(_VERB_OF_AN_ITEM.finditer(words, item.start(), item.end()), maxlen=1)
    own = verb[0].end() if verb else item.start()
    return not any(match.end() > own for match, _ in metric_matches(words, max(0, own - LONGEST_METRIC_PHRASE)))


# The words between a move in points and the rate it moved to: "decreased 30 basis points to 9.4%"
_TO_RIGHT_BEFORE_ONLY = re.compile(r"\s+to\s+" + HEDGED, re.IGNORECASE)
# What a listed item's amount is for, then "and" before the next one: " for severance and "; before an amount of money,
# the item's own noun or nothing may stand there too: " severance charge and ", " and " ("charges of $41 million and
# $39 million"; not an amount per share, "or $0.05 and $0.24 per share", which its own list reads)
_ITEM_ASIDE_BEFORE = r"(?:\s*\([^()]{1,24}\)|[^()]{0,24}\)|\s+(?:a|per)\s+(?:diluted\s+)?share,)?"
_ITEM_FOR_BEFORE = r"\s+(?:for|from|related\s+to|tied\s+to)\s+[^,;()$\d]{1,60}?,?"
_ITEM_OF_A_LIST_BEFORE = re.compile(_ITEM_ASIDE_BEFORE + _ITEM_FOR_BEFORE + r"\s+and\s+" + HEDGED + r"$", re.IGNORECASE)
_ITEM_OF_A_MONEY_LIST_BEFORE = re.compile(
    _ITEM_ASIDE_BEFORE + r"(?:" + _ITEM_FOR_BEFORE
    + r"|\s+(?:[A-Za-z-]+\s+){0,3}(?:charges?|costs?|expenses?|gains?|benefits?|losses|impairments?|items?),?)?"
    r"\s+and\s+" + HEDGED + r"$",
    re.IGNORECASE,
)


def _last_money_item(readings: list[Reading], numbers: Sequence[tuple[Span, Decimal, Unit]], position: int) -> bool:
    """True when the last amount of money before ``position`` (an amount per share of it aside) was read as an item."""
    for at in range(position - 1, -1, -1):
        if numbers[at][2] is CURRENCY_UNIT:
            return readings[at].metric == ITEM
    return False


_VERB_OF_AN_ITEM = re.compile(r"\b(?:included|includes|include|including|reflected|reflects|recorded|records|incurred|booked)\b",
                              re.IGNORECASE)


_ASIDE_WORDS = 3  # an aside says something of its own; one or two words in parentheses name what is before them

_QUALIFYING_WORDS = ("excluding", "excl", "ex", "rate on", "ratio on", "yield on")
# The words right before a metric's name that leave it out of the measure said before them, "excluding (a change in)",
# or that take a rate on it, "rate on (adjusted)"
_QUALIFIES_BEFORE = re.compile(
    r"(?:\b(?:excluding|excl\.?|ex)[\s-]+(?:(?:the|a|an)\s+)?(?:(?:changes?|movements?)\s+in\s+)?"
    r"|\b(?:rate|ratio|yield)\s+on\s+(?:(?:the|its|our)\s+)?(?:(?:adjusted|non-gaap|gaap|reported|core)\s+)?)$",
    re.IGNORECASE,
)


def _outside_asides(words: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The metrics ``named`` in ``words`` that stand outside an aside in parentheses or between commas
    (``COMMA_ASIDE``: ", including leased assets,"), when any does:
    "capital expenditures (including capitalized assets through leasing arrangements) amounting
    to RMB3.3 billion" speaks of capital expenditures, not assets. A name in parentheses ("earnings
    before interest and taxes (EBIT) margin") is no aside."""
    if len(named) < 2:
        return named
    if may_hold(words, _QUALIFYING_WORDS):
        # "CFO excluding working capital was $7.2 billion": what a measure leaves out is not what it measures; "the
        # effective tax rate on adjusted earnings ... 28.5 to 30.5 percent": nor what a rate is taken on
        kept = [(offset, metric) for offset, metric in named if not _QUALIFIES_BEFORE.search(words, 0, offset)]
        named = kept or named
    if len(named) < 2 or ("(" not in words and "," not in words):
        return named
    asides = [match.span() for match in _ASIDE.finditer(words) if len(match.group().split()) >= _ASIDE_WORDS]
    asides += [match.span() for match in COMMA_ASIDE.finditer(words)]
    outside = [(offset, metric) for offset, metric in named if not any(a <= offset < b for a, b in asides)]
    return outside or named


# Money spent, and what it was spent on right after it: "ASE spent US$1,876 million on capex in 2024", "invested $2.1
# billion in capital expenditures".
_SPENT_BEFORE = re.compile(r"\b(?:spent|spends|spending|invested|invests|investing|allocated|deployed)\s+" + HEDGED + r"\S{0,4}$", re.I)
# The next amount of a list of what was spent on what: "Oracle spent $16.2 billion on buybacks and $3.5 billion on
# dividends"
_SPENT_LIST_BEFORE = re.compile(
    r"\b(?:spent|spends|spending|invested|invests|investing|allocated|deployed)\s+[^;\n]{1,30}?\s+(?:on|in|towards?)\s+"
    r"[^;.\n\d]{1,60}?,?\s+and\s+" + HEDGED + r"\S{0,4}$",
    re.I,
)
_SPENT_LIST_REACH = 140
_SPENT_WORDS = ("spen", "invest", "allocated", "deployed")  # every match of _SPENT_BEFORE and _SPENT_LIST_BEFORE holds one
_SPENT_ON = re.compile(r"\s*(?:(?:thousand|million|billion)\s+)?(?:on|in|towards?)\s+([\w&'/ -]{1,60})", re.IGNORECASE)


def _spent_on(text: str, start: int, end: int, previous_end: int) -> str | None:
    """The metric of what an amount of money was spent on, named right after it where a verb of spending stands right
    before it (``_SPENT_BEFORE``, ``_SPENT_ON``): capex in "ASE spent US$1,876 million on capex"; money spent on the
    company's shares buys them back ("spent $1,262 million on common shares")."""
    # both verb patterns match in the ``_SPENT_LIST_REACH`` characters before the amount (the other's reach is shorter):
    # where none of their words stands there, neither is searched (asked of every amount of money)
    if not may_hold(text[max(0, start - _SPENT_LIST_REACH) : start], _SPENT_WORDS):
        return None
    if not _SPENT_BEFORE.search(text, max(previous_end, start - 40), start) and not _SPENT_LIST_BEFORE.search(
        text, max(0, start - _SPENT_LIST_REACH), start
    ):
        return None
    on = _SPENT_ON.match(text, end)
    if on is None:
        return None
    metric = _first_metric_named(on.group(1))
    return "buyback" if metric == "shares" and _OWN_SHARES.match(on.group(1)) else metric


# The company's own shares, what money spent on them buys back (not "shares of" another company)
_OWN_SHARES = re.compile(
    r"(?:(?:its|our|their)\s+)?(?:own\s+)?(?:common\s+|ordinary\s+)?(?:shares|stock)\b(?!\s+(?:of|in)\b)", re.IGNORECASE
)


def _first_metric_named(words: str) -> str | None:
    """The first metric ``words`` (those right after a number) name before a word that stops speaking of it; "per
    share" said before the noun it is the unit of names that noun's ("a $0.05 per share dividend": the dividend)."""
    stop = _STOP_WORD.search(words)
    if stop is not None and stop.group().lower() == "and" and _BOTH_BEFORE.search(words, 0, stop.start()):
        stop = _STOP_WORD.search(words, stop.end())  # "growth in both total and operating revenue": "both" opens the pair
    named = [(offset, metric) for offset, metric in metrics_in(words) if not stop or offset < stop.start()]
    if len(named) > 1 and named[0][1] == "eps" and (unit := _PER_SHARE_THEN.match(words, named[0][0])) and named[1][0] == unit.end():
        return named[1][1]
    return named[0][1] if named else None


_BOTH_BEFORE = re.compile(r"\bboth[ \t]+(?:[\w-]+[ \t]+){1,3}$", re.IGNORECASE)  # "both total " before its "and"
_PER_SHARE_THEN = re.compile(r"per[ \t]+(?:diluted[ \t]+|common[ \t]+)?share[ \t]+", re.IGNORECASE)


def _metric_after(text: str, end: int, percent: bool = False) -> str | None:
    """The metric named right after a number ("$5.2 million of research and development support
    fees", "$2.4 million of the increase being non-cash share-based compensation"), up to a word
    that stops speaking of it; a percentage "of sales" is a share of sales, not sales."""
    # "a $320 million reduction to net debt": the debt's change; "$2.4 million of the increase from non-cash
    # share-based compensation": the part of a change its cause names
    moved = (
        _CHANGE_OF_METRIC.match(text, end) or _PART_OF_A_CHANGE_FROM.match(text, end) or _PART_OF_A_WHOLE_BEING.match(text, end)
        or ((aside := _PER_SHARE_ASIDE.match(text, end)) and (_OF_RIGHT_AFTER.match(text, aside.end()) or _CHANGE_OF_METRIC.match(text, aside.end())))
    )
    if moved is not None and _ALLOWANCE_SAID_SHORT.match(text, moved.end()):
        return "credit_allowance"  # "an $875 million reduction in the allowance": a bank's credit allowance, said short
    after = _METRIC_AFTER.match(text, moved.end() if moved else end)
    if not after or (percent and _SHARE_OF.match(text, end)):
        return None
    return _first_metric_named(after.group(1))


# A change named as a noun right after its amount, then what it is a change of: "a $320 million reduction to net
# debt", "a 5% increase in revenue", "an $875 million release from the allowance"
_CHANGE_OF_METRIC = re.compile(
    r"[ \t]+(?:(?:reduction|increase|decrease|decline|rise|improvement|drop)[ \t]+(?:in|to|of)|release[ \t]+from)[ \t]+"
    r"(?:(?:the|our|its)[ \t]+)?",
    re.IGNORECASE,
)

# A bank's credit allowance said short after its move, not another allowance named in full ("the allowance for doubtful
# accounts"): "a reduction in the allowance", "a release from the allowance"
_ALLOWANCE_SAID_SHORT = re.compile(r"allowance\b(?![ \t]+for\b)", re.IGNORECASE)

# An amount restated per share, then "of" what both are or the change of it: "$0.6 million, or roughly $0.02 a share, of
# stock compensation expense", "$875 million, or $0.17 per share, decrease in the allowance" (the words up to what
# follows, for the amount and for its restatement alike)
_PER_SHARE_ASIDE = re.compile(
    r"(?:,[ \t]*or[ \t]+" + HEDGED + r"\S{0,4}\d[\d.,]*(?:[ \t]+cents?)?)?[ \t]+(?:a|per)[ \t]+(?:(?:basic|diluted)[ \t]+)?share,",
    re.IGNORECASE,
)
_OF_RIGHT_AFTER = re.compile(r"[ \t]*(?=of\s)")

# A part of a whole said with what it is: "$2.4 million of the R&D total being non-cash share-based compensation"
_PART_OF_A_WHOLE_BEING = re.compile(
    r"[ \t]+of[ \t]+(?:the|that|this|its)[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:total|amount|sum)[ \t]+(?:being|was|were|is)[ \t]+",
    re.IGNORECASE,
)
_PART_OF_A_CHANGE_FROM = re.compile(
    r"[ \t]+of[ \t]+(?:the|that|this)[ \t]+(?:increase|rise|growth|decline|decrease|drop|change|improvement)[ \t]+"
    r"(?:(?:came|was|is|were)[ \t]+)?(?:from|due[ \t]+to|attribut(?:able|ed)[ \t]+to|tied[ \t]+to|related[ \t]+to|driven[ \t]+by)[ \t]+",
    re.IGNORECASE,
)


def _share_of_the_same(text: str, span: Span, previous_end: int, previous_unit: Unit, previous: Reading) -> str | None:
    """The metric of a percentage that is the same figure's share of sales as the number before it, where no metric is
    named between them: the amount's it restates ("$129 million or 36.7% of revenue": the operating income's share,
    not revenue that an earlier "34.7% of revenue" named), or the rate's it is compared with ("as a percentage of sales
    decreased to 20.9% in the third quarter compared to 23.8%")."""
    between = text[previous_end : span.start]
    if previous.change or not previous.metric or previous.metric == "revenue":
        return None
    if previous_unit is CURRENCY_UNIT and _SHARE_OF.match(text, span.end) and _CARRY.fullmatch(between):
        return previous.metric
    if previous_unit is PERCENT_UNIT and _introduces(between):
        return previous.metric
    return None


_THAN_THE = re.compile(r"\s+(?:the|its|their|our)\s+\S{0,4}", re.IGNORECASE)  # "lower than the $", right before it


_IN_OR_OF_AFTER = re.compile(r"[ \t]+(?:in|of)[ \t]", re.IGNORECASE)
_NONE_OF = re.compile(r"\b(?:no|zero)\s+$", re.IGNORECASE)


def _names_no_other_measure(between: str, compared: str | None, money: bool) -> bool:
    """Whether the words between a figure and the one it is compared with name no metric, or only the measure the
    figure's metric is a kind of (``broader_metric``: "online sales ..., compared to net sales of"), or, between
    amounts of money, the figure's own measure said after it ("$3.8 million of cash ..., down from $4.3 million"; a
    percentage's "of 4Q24 net revenues" names the whole it is a share of, no measure of its own)."""
    # a measure said to be nil is none the comparison is of: "$3.8 million of cash and no debt, down from $4.3 million"
    named = [(at, metric) for at, metric in metrics_in(between) if not _NONE_OF.search(between, max(0, at - 6), at)]
    broader = broader_metric(compared) if named and compared else None
    return not named or all(
        (money and metric == compared) or (broader is not None and metric == broader) for _, metric in named
    )


def _introduces(between: str) -> bool:
    """True when the words before a number make it the comparison figure: "compared with
    net income of", "from", "versus" -- with no verb between the link and the number. The
    "from" of a range ("could range from $260 million to $290 million") is no comparison."""
    links = list(COMPARISON_LINK.finditer(between)) if may_hold(between, COMPARISON_WORDS) else []
    if not links and between.startswith(" on "):
        links = list(filter(None, [ON_THE_EARLIER.match(between)]))  # "EUR 36.1m on the restated loss of"
    if not links or _RANGE_FROM.search(between, 0, links[-1].end()):
        return False
    after = between[links[-1].end() :]
    if _SOURCE_OF_FLOW.search(between, 0, links[-1].end()) and _NAMED_SOURCE.match(after):
        return False  # "revenue from the Novartis agreements of $162.4 million": where the revenue came from
    if links[-1].group().lower() == "from" and _FROM_A_NAME.match(after) and not metrics_in(after):
        return False  # "149 - 154 cargos from Calcasieu Pass and 351 - 364 cargos": a place or a source, then the list
    if links[-1].group().lower().endswith("than") and not _THAN_THE.fullmatch(after):
        return False  # "(2.0 percent) higher than the third quarter of 2021 primarily due to higher ... loans (2.6%)"
    # "offset by charges from Q2 activity, resulting in a range of $35.50": a comma or a semicolon ends the link's
    # reach, as does the colon of a heading that sets two periods against each other ("3Q25 vs 3Q24: net income
    # $9.63m"); so does an "at" that names the level after what it is compared with ("1.9% lower than a year earlier at
    # $149.4 million")
    return (
        not _VERB.search(after) and not _TO_LEVEL.search(after) and "," not in after and ";" not in after
        and not (":" in after and _WORDS_AFTER_A_COLON.search(after)) and not _AT_LEVEL.search(after)
    )


# words after a colon: a heading's ("vs 3Q24: net income"), not a label's colon right before its amount ("previously:")
_WORDS_AFTER_A_COLON = re.compile(r":[^:]*[a-z]", re.IGNORECASE)


# The level a change results in, said without its measure: "resulting in an updated range of", "resulting in a total of"
_RESULTING_LEVEL_BEFORE = re.compile(
    r"\bresult(?:ing|ed|s)?\s+in\s+(?:an?\s+|the\s+)?(?:(?:updated|new|revised|raised|lowered|higher|lower)\s+)?"
    r"(?:range|guidance|outlook|level|total)\s+of\s+" + HEDGED + r"\S{0,4}$",
    re.IGNORECASE,
)


def _source_counted(between: str, unit: Unit, previous_unit: Unit | None, readings: list[Reading]) -> bool:
    """True when "from" before a count names what the amount before it came from, not the period it is compared
    with: "earned $15.8 million in Q4 from 60 new leases", "totaled $30.8 million from issuing 219 new leases". What a
    level is compared with is said in its own unit ("1,210 stores, up from 1,150"; "up 12% from $10.1 million" compares
    a change with the level it started at)."""
    return (
        unit in _COUNTED_UNITS  # "gross proceeds of $3,000,000 from the issuance of 4,000,000 common shares"
        and previous_unit is not None
        and previous_unit not in _COUNTED_UNITS
        and not readings[-1].change
        and _FROM_LAST.search(between) is not None
    )


_COUNTED_UNITS = (COUNT_UNIT, Unit.SHARES)
_FROM_LAST = re.compile(r"\bfrom\b[^\d]*$", re.IGNORECASE)  # "from", the last link before a number


# A flow, then "from" and what it came from ("revenue from the Novartis agreements of", "proceeds from the
# offering of"): the "from" names a source, not the period compared with ("revenue from $5.0 million").
_SOURCE_OF_FLOW = re.compile(
    r"\b(?:revenues?|sales|income|proceeds|contributions?|royalt(?:y|ies)|fees|cash|earnings)\s+from$", re.IGNORECASE
)
_NAMED_SOURCE = re.compile(r"\s+(?:the\s+|its\s+|our\s+)?[A-Za-z][\w&.'’-]*[^\d$€£¥]*?\bof\s+" + HEDGED + r"$", re.IGNORECASE)
# A proper name after "from", then more words: where the figure before came from, not what it is compared with
# ("from Calcasieu Pass and", "from Europe, ", "$150.0 million received from Novartis and including a", "363 MBOED from
# the Eagle Ford and 189 MBOED"). Not a period's name ("from Q3", "from Fiscal 2024", "from December 31", "from the
# Prior Year"), a metric's ("from NII of $48.3 million": an abbreviation, of capitals alone, is no name here), nor a
# currency said before the amount ("from EUR 50.0 million").
_FROM_A_NAME = re.compile(
    r"\s+(?:the\s+)?(?!(?i:Q[1-4]|[1-4]Q|FY|H[12]|CY|The|Last|Prior|Previous|Fiscal|Year|Same|First|Second|Third|Fourth|Full|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![A-Za-z]))[A-Z][A-Za-z&.'’-]*[a-z][A-Za-z&.'’-]*"
    r"(?:\s+[A-Z][A-Za-z&.'’-]*){0,3}"
    r"(?:\s+[a-z]|,)"
)


_BASE_RIGHT_AFTER_A_CHANGE = re.compile(r"\s+(?:above|below)\s+", re.IGNORECASE)
# A comparison said again by its "with" alone, after a "compared with" earlier in the sentence
_WITH_AGAIN = re.compile(r"\s+with\s+" + HEDGED, re.IGNORECASE)
_COMPARED_WITH_BEFORE = re.compile(r"\bcompared\s+(?:with|to)\b", re.IGNORECASE)
# The period a change is counted from, then "and" before the next figure: " from a year ago and about "
_PERIOD_THEN_AND = re.compile(
    r"\s*(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?P<period>[^,;:()$\d]{3,40}?)\s*,?\s+and\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|around|some|just\s+(?:over|under))\s+)?",
    re.IGNORECASE,
)


def _changes_period_then_and(between: str) -> bool:
    """True when the words after a change name only the earlier period it is counted from, then "and": " from a year
    ago and about " (not " from $5.0 million and ", nor " from the prior year's revenue and ")."""
    said = _PERIOD_THEN_AND.fullmatch(between) if may_hold(between, ("and",)) else None
    return said is not None and PRIOR_PHRASE.fullmatch(said.group("period")) is not None
_NAMED_BEFORE = 32  # the readings a "vs" looks back on: a sentence's, not a hostile line's thousands


def _another_metric(between: str, metric: str | None, readings: list[Reading], named_after: str | None) -> bool:
    """True when "against" sets a figure of another metric than the one before it names beside it, of the
    same date: "cash of $920.3 million against total debt of $1,441.0 million", "total debt of $575.4 million
    against $209.4 million of cash" -- two metrics side by side, not two periods. ``named_after``: the metric
    named right after the figure. "vs" as well, as a wire writes it ("Cash incl. restricted $186.1m vs debt of
    $323.8m at quarter-end", "CFO of $7.2 bln vs $3.0 bln of capex"), when the metric it names is none the sentence
    named before, and the words after the figure still make it the comparison's when they name an earlier period. Not "compared to" or "from", which compare periods even
    where they name the metrics again ("$834.2 million of total debt, as compared to $170.0 million in cash and
    cash equivalents and $256.7 million of total debt outstanding as of June 30, 2025")."""
    if not readings or readings[-1].change or metric is None or readings[-1].metric == metric:
        return False
    links = list(COMPARISON_LINK.finditer(between))
    link = links[-1].group().lower().rstrip(".") if links else ""
    if link not in ("against", "vs", "versus"):
        return False
    if readings[-1].metric is None and link != "against":
        return False  # "orders of $2.091 billion against revenue of $1.846 billion": a thing no vocabulary names, set beside
    if any(reading.metric == metric for reading in readings[-_NAMED_BEFORE:]):
        # "Net loss of $1 million ... vs. net income of $15 million", "a net loss of $20.2 million ($0.41 per share)
        # against net income of $21.3 million": the same metric again, a period
        return False
    named = metrics_in(between[links[-1].end() :])
    return (bool(named) and named[-1][1] == metric) or named_after == metric


def _another_basis(between: str, readings: list[Reading]) -> bool:
    """True when "vs" or "against" sets a level beside the one before it on another basis it names: "non-GAAP EPS of $4.90 vs.
    GAAP EPS of $2.41", "a GAAP operating margin of 26%, against a non-GAAP operating margin of 46%" -- two bases of one
    period, not two periods (the words after the figure still make it the
    comparison's when they name an earlier period). Both bases are said: "EPS of $4.90 vs. GAAP EPS of $2.41" may
    compare periods. The basis before may be said of the level an aside of it follows: "GAAP operating income was $10.9
    billion (26% margin), versus non-GAAP operating income of $19.6 billion"."""
    if not readings or readings[-1].change:
        return False
    said = next((reading.basis for reading in reversed(readings[-_BASIS_REACH:]) if reading.basis), "")
    if not said:
        return False
    links = list(COMPARISON_LINK.finditer(between))
    if not links or links[-1].group().lower().rstrip(".") not in ("vs", "versus", "against"):
        return False
    named = basis_of(between[links[-1].end() :])
    return bool(named) and named != said


def _net_beside_gross(text: str, between: str, end: int, previous_start: int) -> bool:
    """True when "against" or "vs" sets the gross or total figure of a measure beside its net one said before (in the
    clause up to the figure before, at ``previous_start``), or the net beside the gross: "Net debt fell ... to $5,530
    million, against total debt of $6,342 million", "the net homebuilding debt-to-capital ratio was 20.0% against 24.9%
    gross" -- two measures of one date, not two periods."""
    links = list(COMPARISON_LINK.finditer(between)) if may_hold(between, ("against", "vs", "versus")) else []
    if not links or links[-1].group().lower().rstrip(".") not in ("vs", "versus", "against"):
        return False
    after = between[links[-1].end() :]
    if _GROSS_WORD.search(after) or _GROSS_RIGHT_AFTER.match(text, end):
        return _NET_WORD.search(clause_before(text, previous_start)) is not None
    if _NET_WORD.search(after) or _NET_RIGHT_AFTER.match(text, end):
        return _GROSS_WORD.search(clause_before(text, previous_start)) is not None
    return False


_NET_WORD = re.compile(r"\bnet\b", re.IGNORECASE)
_GROSS_WORD = re.compile(r"\b(?:gross|total)\b", re.IGNORECASE)
_NET_RIGHT_AFTER = re.compile(r"\s+(?:on\s+a\s+)?net\b", re.IGNORECASE)
_GROSS_RIGHT_AFTER = re.compile(r"\s+(?:on\s+a\s+)?gross\b", re.IGNORECASE)


_BASIS_REACH = 2  # how many levels back the basis a "versus" sets another beside may be said: the level and its aside


# "could range from $0.15", and as said aloud: "could range from five -- from about $0.05"
_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\b(?:[^.;$\d]{0,20}\bfrom)?$", re.IGNORECASE)
# What opens a range's first end: "between 5% and 7%" (the only "and" that joins a range),
# and what makes "A to B" a change and its level or a comparison instead: "by A to B", "from A to B".
_BETWEEN = re.compile(r"\bbetween\s+" + HEDGED + r"$", re.IGNORECASE)
# "by" or "from" right before the first amount, or a period's possessive between: "from the March quarter's $39.2
# billion to $35.0 billion", "from last year's"
_NOT_RANGE_OPENER = re.compile(r"\b(?:by|from)\s+(?:[^$\d,;()]{1,40}?['’]s\s+)?" + HEDGED + r"$", re.IGNORECASE)


_RANGE_WORD = re.compile(r"\brang(?:e|es|ed|ing)\b", re.IGNORECASE)
_TIGHT_DASHES = ("-", "–")  # a range link of a dash alone, no space on either side
_SCALE_OR_PERCENT = r"(?:\s*(?:%|percent\b|million\b|billion\b|bn\b|mn?\b))?"
_RANGE_ENDS_THEN = r"\d" + _SCALE_OR_PERCENT + r"\s*(?:to|-|–)\s*(?:[A-Z]{0,3}[$€£¥]\s*)?\d[\d.,]*" + _SCALE_OR_PERCENT
_FROM_A_RANGE_AFTER_A_RANGE = re.compile(
    _RANGE_ENDS_THEN + r"\s*,?\s*(?:(?:up|down)\s+)?from\s+" + HEDGED + r"(?:[A-Z]{0,3}[$€£¥]\s*)?$", re.IGNORECASE
)
# the same, said to move: "$13.1 billion to $13.2 billion, up from "
_MOVED_FROM_A_RANGE = re.compile(
    _RANGE_ENDS_THEN + r"\s*,?\s*(?:up|down)\s+from\s+" + HEDGED + r"(?:[A-Z]{0,3}[$€£¥]\s*)?$", re.IGNORECASE
)
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


class _WordBefore:
    """``pattern.search(text, lower, end) is not None`` for any ``end`` up to ``upper``, in time
    that does not grow with ``end - lower``: asked for every number of a sentence, a search of
    the words before each one is quadratic in a claim of thousands of numbers.

    Exact for a pattern whose every match is one whole word (``\b`` on both sides, word
    characters between) of at most ``reach`` characters: a whole word of ``text[:upper]`` that
    ends by ``end`` is one of ``text[:end]`` too, and the first one is the leftmost; the one
    word that ``end`` may make whole (it cuts "lossy" to "loss") ends at ``end``, and a search
    of the last ``reach`` characters finds it (``\b`` there still sees the character before).
    """

    def __init__(self, pattern: re.Pattern[str], reach: int, text: str, lower: int, upper: int) -> None:
        self._pattern, self._reach, self._text, self._lower, self._upper = pattern, reach, text, lower, upper
        self._first_end: int | None = None  # where the first word of text[lower:upper] ends, once searched
        self._searched = False

    def __call__(self, end: int) -> bool:
        if not self._searched:  # searched when first asked: most sentences never ask
            first = self._pattern.search(self._text, self._lower, self._upper)
            self._first_end, self._searched = (first.end() if first else None), True
        if self._first_end is not None and self._first_end <= end:
            return True
        return self._pattern.search(self._text, max(self._lower, end - self._reach), end) is not None


def _parallel_range(
    text: str, lower: int, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int, ranging: _WordBefore
) -> bool:
    """True when the number at ``position`` opens a second range of a sentence that ranges
    ("could range from $0.15 to $0.30 on a GAAP basis and from $0.37 to $0.52 on a non-GAAP
    basis"): its "from" is the range's, not a comparison's. ``ranging``: ``_RANGE_WORD``
    before an offset of the sentence."""
    span = numbers[position][0]
    return (
        position + 1 < len(numbers)
        and ranging(span.start)
        and _FROM_RIGHT_BEFORE.search(text[max(lower, span.start - 12) : span.start]) is not None
        and RANGE_LINK.fullmatch(text, span.end, numbers[position + 1][0].start) is not None
        # a range said right after another, "up from" or "down from" between them, is the earlier edition it moved
        # from: "The new revenue range of $13.1 billion to $13.2 billion, up from $12.95 billion to $13.1 billion"
        and not _moved_from_a_range(text, max(lower, span.start - _RANGE_BEFORE_REACH), span.start)
    )


def _moved_from_a_range(text: str, lower: int, start: int) -> bool:
    """``_MOVED_FROM_A_RANGE.search(text, lower, start) is not None``, words without "up" or "down" (which every match
    holds) not searched: the search tries every digit of the words, ~10 us for each range of a claim of thousands."""
    return may_hold(text[lower:start], ("up", "down")) and ends_on_a_match(_MOVED_FROM_A_RANGE, text, lower, start)


_RANGE_BEFORE_REACH = 60


def range_link(text: str, first: Span, second: Span, moves: bool = False) -> bool:
    """True when the numbers at ``first`` and ``second`` are the two ends of one range:
    "$6.80-$6.90", "35-40", "17% to 18%", "between 5% and 7%", "range from $260 million to
    $290 million" -- not "rose by $200,000 to $4.35 million" (a change and a level), nor
    "narrowed from $7.20 million to $3.10 million" (a comparison and a level). Where the second
    end ``moves`` (basis or percentage points: never a level), "decline by 50 to 100 basis
    points" is a range."""
    link = RANGE_LINK.fullmatch(text, first.end, second.start)
    if link is None:
        return False
    before = text[max(0, first.start - 40) : first.start]
    if link.group().strip() == "and":
        return _BETWEEN.search(before) is not None
    opener = _NOT_RANGE_OPENER.search(before)
    if opener is None or (moves and opener.group().lower().startswith("by")) or link.group() in _TIGHT_DASHES:
        # a dash that joins two amounts with no space is a range wherever it stands: "up from $379-385 million" (an
        # outlook's earlier range), where "from $7.20 million to $3.10 million" is a comparison and a level
        return True
    # "could range from $0.15 to $0.30 on a GAAP basis and from $0.37 to $0.52 on a non-GAAP basis"; an outlook's range
    # set against the earlier one: "a 2025 EBITDA margin of 19.0% to 24.0%, up from 15.2% to 20.8%"
    ranging = text[max(0, first.start - 120) : first.start]
    return opener.group().lower().startswith("from") and (
        # (every word _RANGE_WORD finds holds "rang": words without it are not searched, ~6 us a range pair)
        (may_hold(ranging, ("rang",)) and _RANGE_WORD.search(ranging) is not None)
        or ends_on_a_match(_FROM_A_RANGE_AFTER_A_RANGE, ranging)
    )


_CONSTANT_CURRENCY = re.compile(r"constant[- ]currenc|excluding (?:foreign )?currency|currency[- ]neutral", re.IGNORECASE)
# The part of a range a change said before it lands in, right before the range: "..., near the midpoint of its ", ", the
# midpoint of its "
_PART_OF_ITS_RANGE_BEFORE = re.compile(
    rf"\b(?:(?:near|at|toward|towards|in|within)\s+(?:the\s+)?|the\s+){RANGE_PART}"
    r"\s+of\s+(?:(?:its|our|the|their)\s+)?(?:[\w-]+\s+)?(?:range\s+of\s+)?" + HEDGED + r"$",
    re.IGNORECASE,
)
# A change's noun and the earlier period it happened in, right after its amount: "3.7% growth in the year-ago quarter",
# "a 2% decline during the prior-year period", "a 10.6% decline in 2023" (a year before the release's); not the period
# it is measured from: "up 5% from the year-ago quarter"
_IN_AN_EARLIER_PERIOD = re.compile(
    r"\s+(?:(?:growth|increase|rise|gain|decline|decrease|drop)\s+)?(?:in|during)\s+"
    r"(?:(?:the\s+)?(?:prior|previous|year[- ]ago|year[- ]earlier|same)[- ](?:year[- ])?(?:quarter|period|year)|(?P<year>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
# The words before an amount, where the last constant-currency phrase comes right after a rate and no
# constant-currency phrase follows it: "up 6% to 8% in constant currency, with CooperVision revenues between "
_CC_OF_A_RATE_BEFORE = re.compile(
    r"(?:%|\bpercent)\s*(?:[^\d%$]{0,20}?)(?:in|at|on a)\s+constant[- ]currenc\w*(?:\s+basis)?(?:(?!constant[- ]currenc|\bpercent)[^%])*$",
    re.IGNORECASE,
)
# A wire's "cc" right after a change: "+5% (+7% cc)", "up 18% in cc", "+3% at constant FX" ("on an FX-neutral
# basis" is read as the release reads it)
_CC_AFTER = re.compile(r"[^\w$]*(?:(?:in|at)\s+)?(?:cc|c\.c\.|constant\s+fx)\b", re.IGNORECASE)
# analysts' shorthand too: "adj. EBITDA $15.4m", "adj EPS"
# "operative" as European releases say it: "Operative EBIT decreased by 23% to EUR 86.2 million" excludes the items
# affecting comparability that EBIT (EUR 67.0 million) includes
_ADJUSTED = re.compile(r"\bnon-?GAAP\b|\badj(?:usted\b|\.?[ \t]+(?=[a-z]))|\bexcluding\b|\bcore\b|\boperative\b", re.IGNORECASE)
# the basis said right after a figure, alone, before its clause ends: "or 28.0% adjusted, an increase of 110 bps"
_ADJUSTED_RIGHT_AFTER = re.compile(r"\s*(?:adjusted|adj\.)(?=\s*(?:[,;:)]|\.?\s*$|\.\s))", re.IGNORECASE)
# a basis said right after a figure as the adjective of a noun that stands for it: "the $13.7 billion non-GAAP figure"
_BASIS_OF_A_FIGURE_AFTER = re.compile(
    r"[ \t]*(non-?GAAP|adjusted|GAAP|reported)[ \t]+(?:figure|number|amount|result|equivalent|measure|total)s?\b", re.IGNORECASE
)
_BASIS_AFTER = re.compile(
    r"[^\w$]*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?,?\s*on\s+an?\s+(non-?GAAP|adjusted|underlying|core|GAAP|reported)\s+basis",
    re.IGNORECASE,
)
# "Reported net income was $7.1 billion": "reported" as the adjective of a metric, not the verb ("the company reported")
_REPORTED = re.compile(
    r"(?:^|[,;]\s*|\b(?:the|its|their|a)\s+)\s*reported\s+(?:net|diluted|basic|gross|operating|eps|earnings|revenues?|income)\b"
    r"|\bas\s+reported\b",  # a reconciliation's row or column: "Gross margin as a percent of revenue - As Reported"
    re.IGNORECASE,
)
_GAAP = re.compile(r"(?=g)(?<!non-)(?<!non )\bGAAP\b", re.IGNORECASE)  # the look-ahead first: most positions fail it at once
_BASIS_WORDS = ("gaap", "adj", "excluding", "core", "operative", "reported")  # _ADJUSTED's, _GAAP's and _REPORTED's
_ORGANIC_WORDS = ("organic", "like", "lfl")  # every match of _ORGANIC holds one
# words without any of these (``keywords.may_hold``) have no basis: ``basis_of(words)`` is ""
BASIS_KEYWORDS = (*_BASIS_WORDS, "currenc", *_ORGANIC_WORDS)
# Organic growth leaves out acquisitions, disposals and currency: "organic sales down 5%" is not the
# reported change; said nearer the number than an "adjusted" before it ("adjusted eps $4.61 to $4.75,
# organic revenue growth 2% to 3%"), it is the number's basis.
# Like-for-like growth leaves the same out (Gecina's "LfL growth", Coty's "LFL").
_ORGANIC = re.compile(r"\b(?:organic(?:ally)?|like[- ]for[- ]like|LFL)\b", re.IGNORECASE)
_A_CHANGES_BASIS = re.compile(r"%\s*(?:on\s+an?\s+)?$")  # "5% " before "LFL": the percentage's basis
# The same said right after a number: "down 5% organically", "or 6.3% on a like-for-like basis", "5% LFL"
_ORGANIC_AFTER = re.compile(r"[ \t]*(?:on[ \t]+an?[ \t]+)?(?:organic(?:ally)?|like[- ]for[- ]like|LFL)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def organic_heading(heading: str) -> bool:
    """Whether a table's column heading says its cells are organic, wherever it says so: "Like-for-like change (1) Dec
    2024 vs. Dec 2023" (its dates after the words, as a sentence's ``basis_of`` would not read them)."""
    organic = _ORGANIC.search(heading) if may_hold(heading, _ORGANIC_WORDS) else None
    return organic is not None and not _ADJUSTED.search(heading, organic.end())


def basis_of(words: str, after: str = "") -> str:
    """The accounting basis words give a figure: ``constant_currency``, ``adjusted``
    (non-GAAP, excluding items), ``gaap`` (said explicitly) or ``""`` (not said)."""
    after = _DIGIT.split(after[:40], maxsplit=1)[0]
    # Words without the patterns' keywords are not searched (``keywords``): every table cell
    # and every number of a sentence asks this of a hundred characters (~100 us). One look for
    # all of them first: words with none (most) are not looked at three times, once per pattern.
    said = may_hold(words, BASIS_KEYWORDS)
    if (
        _CONSTANT_CURRENCY.search(after)
        or _CC_AFTER.match(after)
        or (said and may_hold(words, ("currenc",)) and _CONSTANT_CURRENCY.search(words))
    ):
        return "constant_currency"
    # "$0.37 to $0.52 on a non-GAAP basis", "the $13.7 billion non-GAAP figure": the nearest words
    said_after = _BASIS_AFTER.match(after) or _BASIS_OF_A_FIGURE_AFTER.match(after)
    if said_after:
        return "gaap" if _GAAP.fullmatch(said_after.group(1)) or said_after.group(1).lower() == "reported" else "adjusted"
    if _ORGANIC_AFTER.match(after):
        return "organic"
    if _ADJUSTED_RIGHT_AFTER.match(after):
        return "adjusted"  # "segment operating margin was 26.5% ..., or 28.0% adjusted", "28.0% adj."
    organic = _ORGANIC.search(words) if said and may_hold(words, _ORGANIC_WORDS) else None
    if (
        organic is not None and len(words) - organic.end() <= 30 and not _ADJUSTED.search(words, organic.end())
        # not the basis of a change said before it: "fell 2% reported and 5% LFL to $5,806.6 million"
        and not _A_CHANGES_BASIS.search(words, 0, organic.start())
    ):
        return "organic"
    if not said or not may_hold(words, _BASIS_WORDS):
        return ""
    if _ADJUSTED.search(words):
        return "adjusted"
    # "reported" in the words first: no case folding maps another character onto its letters,
    # and that test costs a fraction of the search
    return "gaap" if _GAAP.search(words) or ("reported" in words.lower() and _REPORTED.search(words)) else ""


def bases_compatible(claimed: str, found: str) -> bool:
    """A constant-currency figure backs only a constant-currency claim; a claim that says
    GAAP is not backed by a non-GAAP figure, nor the reverse; unsaid fits both."""
    if "constant_currency" in (claimed, found):
        return claimed == found
    return not (claimed and found and claimed != found)


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    value: Decimal
    change: bool
    metric: str | None
    period: Period
    basis: str = ""


def _own_aside(text: str, between: str, span: Span, previous: tuple[Span, Decimal, Unit]) -> bool:
    """True when the number at ``span`` opens an aside with its own parenthesis after a space after the amount of
    money before, which opened none: "from $8.4 million ($4.75)" restates the amount before, of its period."""
    return (
        bool(between) and not between.strip() and text.startswith("(", span.start)
        and previous[2] in (CURRENCY_UNIT, PER_SHARE_UNIT) and not text.startswith("(", previous[0].start)
    )  # fmt: skip


def _past_an_aside(between: str) -> str:
    """The words between two numbers after an aside that the first opened and ``between`` closes: "increased to $4.8
    million (compared to $0.2 million in Q3 2023), with $3.4 million attributable to ..." -- the year is the aside's,
    and the words after it go on with the current period."""
    closed = between.rfind(")")
    return between[closed + 1 :] if closed >= 0 and "(" not in between[:closed] else between


# A clause of its own opened before a comparison's link: what it sets against the next number is its subject's figure
_NEW_CLAUSE_BEFORE = re.compile(r";|,\s+and\b|\b(?:but|while|whereas)\b", re.IGNORECASE)


def _opens_a_comparison(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int) -> bool:
    """True when the number after the one at ``position`` is set against it: "$8.2 million vs $4.7 million"; not
    where a clause of its own opens between them ("or $0.95, in 4Q20 but down from $2,028 million": the earnings
    compared again, not the $0.95)."""
    if position + 1 >= len(numbers):
        return False
    between = text[numbers[position][0].end : numbers[position + 1][0].start]
    return _introduces(between) and _NEW_CLAUSE_BEFORE.search(between) is None


def _says_prior(words: str) -> bool:
    """``PRIOR_PHRASE.search(words)``, words without any of its words not searched."""
    return may_hold(words, PRIOR_WORDS) and PRIOR_PHRASE.search(words) is not None


_PERIOD_SAID_SHORT = re.compile(r"\b(?:in|for|during|of|at)\s+(?:the\s+)?(?:[1-4][QH]|[QH][1-4]|FY)\s?['’]?(\d{2})\b", re.IGNORECASE)

# A clause that opens with a period label said short, a footnote's mark or "in" before it: "(1) Q2’25 results
# included", "In FY24, ..."; not the label a comparison names later in it ("increasing 0.6 p.p. from 2Q25 to 39.0%")
_LABEL_SAID_SHORT = re.compile(
    r"[\s(\d)*•-]*(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:[1-4][QH]|[QH][1-4])['’](\d{2})|[1-4][QH](\d{2})|FY\s?['’]?(\d{2}))\b",
    re.IGNORECASE,
)


def _short_label_year(clause: str) -> int | None:
    """The year of the period label said short that opens ``clause`` (the words of a number's clause before it), where
    no year is said in full: "Q2’25 results included $800 million in inventory and related charges" (2025)."""
    said = _LABEL_SAID_SHORT.match(clause)
    return 2000 + int("".join(group or "" for group in said.groups())) if said else None


def _earlier_years(*nearest_first: str, sentence_year: int | None, current_year: int | None) -> bool:
    """True when the nearest words that name years (else the sentence up to the number, whose
    latest year is ``sentence_year``) name only years before ``current_year``. The nearest words (the number's own,
    after it) may say the year short: "below 2.16% in 4Q20", "in FY25"."""
    for nearest, words in enumerate(nearest_first):
        years = [int(year) for year in YEAR.findall(words)] if "19" in words or "20" in words else []
        if not nearest and ("q" in words or "Q" in words or "H" in words or "FY" in words):
            # a year said short in the period the number's own words name after it: "below 2.16% in 4Q20"
            years += [2000 + int(year) for year in _PERIOD_SAID_SHORT.findall(words)]
        if years:
            return bool(current_year and max(years) < current_year)
    return bool(sentence_year and current_year and sentence_year < current_year)


# Every word a period length is read from around a number: those of the length patterns (``LENGTH_WORDS``, and each
# pattern's own), and "annum" of "per annum" (``_LENGTH_RIGHT_AFTER``); the rest of what names a length is a year
_LENGTH_SAID = tuple(dict.fromkeys((*LENGTH_WORDS, *(word for words in LENGTH_PATTERN_WORDS for word in words), "annum")))
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what every pattern of a year holds (a year said short holds "fy", "q1" ...)
# What a length read at a number's end runs over, spaces, tabs and words: " for fiscal 2024", " in 2024", " increase in"
# (``_FOR_A_YEAR``, ``_IN_A_YEAR``, ``_CHANGE_OF_METRIC``); read past a sentence's end, it runs on from there
_SPACES_AND_WORDS = re.compile(r"[ \t\w]*")
_LONGEST_RUN = 4096  # a longer run past a sentence (a hostile line of words) is not looked through: its lengths are read


def _names_no_length(text: str, lower: int, upper: int, numbers: Sequence[tuple[Span, Decimal, Unit]]) -> bool:
    """True when the words a number's period length is read from, each number's (its clause, the sentence up to it, its
    own words after it, what they run on to past the sentence), name no length and no year: then every reading of a
    length finds none, each number's own words as the sentence's, and each takes its paragraph's. A footnote's mark may
    hide such a word (``clause_before`` takes "*" out of "ye*ar"): words that hold one are read whole."""
    first = min(span.start for span, _, _ in numbers)
    end = max(upper, *(span.end for span, _, _ in numbers))
    run = _SPACES_AND_WORDS.match(text, end, end + _LONGEST_RUN)
    if run is None or run.end() == end + _LONGEST_RUN:
        return False
    words = text[max(0, min(lower, first) - _CLAUSE_REACH) : run.end() + _CHANGED_WORDS_REACH]
    return "*" not in words and not may_hold(words, _LENGTH_SAID) and _YEAR_DIGITS.search(words) is None


def read_sentence(
    text: str,
    numbers: Sequence[tuple[Span, Decimal, Unit]],
    lower: int,
    upper: int,
    current_year: int | None = None,
    default_length: str = "",
    lengths: bool = True,
    year_done: bool = False,
) -> list[Reading]:
    """Each number of one sentence (``text[lower:upper]``), read with its words.

    Periods follow the sentence: a number introduced by "compared with" or "from" is the
    comparison period's, and so are those joined to it by "and", ", or" or a parenthesis;
    ", and" returns to the current period. A level not marked as the comparison is the
    current period's, unless its sentence names only years before ``current_year``.
    A change ("up 20% from Q3") spans both periods and is neither. A sentence that names
    no period length has its paragraph's (``default_length``). A number whose words name no length
    takes the length its sentence names anywhere ("revenues were HK$7,200.2 million ... from
    HK$5,310.9 million in the second quarter of 2025": both are the quarter's).

    ``lengths=False`` leaves every period length unread (""), for a caller that keeps none (a table
    read as one sentence, ``prose_reading._is_flattened_table``): a third of the reading of each of
    its thousands of numbers. Exact for everything else: a length is read into a reading's period
    alone, and the lengths of periods are read only to give other periods theirs (the comparison
    side, ``prior``, is read as before: it may sign a value or pick a metric).

    ``year_done``: the release reports the whole of ``current_year`` (its last quarter, the year ending in December),
    so a result said "in" that year measures the year.
    """
    readings: list[Reading] = []
    state: bool | None = None
    previous_end = lower
    # text[lower:start] for each number, read once, not once per number (a number past ``upper`` reads on to it)
    prefixes = Prefixes(text, lower, max([upper, *(span.start for span, _, _ in numbers)]))
    ranging = _WordBefore(_RANGE_WORD, 7, text, lower, len(prefixes.sentence) + lower)  # "ranging"
    loss_said = _WordBefore(_LOSS, 6, text, lower, len(prefixes.sentence) + lower)  # "losses"
    last_level: dict[tuple[Unit, str | None], Reading] = {}  # the last level read of each unit and metric
    part = _PART_OF.search(text, lower, upper) if numbers else None
    whole_length = (_length_of(text[lower:part.start()]) if part and lengths else "") or default_length
    unnamed = lengths and bool(numbers) and _names_no_length(text, lower, upper, numbers)  # no length, no year said
    # (the sentence's length and its causes are read only for the lengths read below, none where ``unnamed``: a claim
    # line or a release of thousands of short sentences read them for each)
    # a fiscal year said between an amount and its noun is that amount's ("covering the EUR 30.3m FY24 dividend"):
    # no length of the sentence's other numbers
    sentence_length = (
        _length_of(_without_payout_periods(_without_own_years(text[lower:upper]))) if numbers and lengths and not unnamed else ""
    ) or default_length
    # a cause or an aside that follows a figure speaks of other things: "EUR 61.9 million (previous year:
    # EUR 50.0 million), including around EUR 8 million ... reported in the first quarter" -- its length is
    # not the figure's (read up to the first such clause after the figure); read for lengths only (a flattened
    # table's million characters searched for none)
    causes = [match.start() for match in _CAUSE.finditer(text, lower, upper)] if numbers and lengths and not unnamed else []
    cut_lengths: dict[int, str] = {}
    last_percent_change: Reading | None = None  # the last change read of a percentage, if any
    last_point_change: Reading | None = None  # the last move read in points ("narrowed 6 basis points"), if any
    opening_comparison = _OPENING_COMPARISON.match(text, lower, upper) if numbers else None
    opening_prior = _OPENS_IN_THE_PRIOR_PERIOD.match(text, lower, upper) if numbers else None
    owned_year: tuple[int, int] | None = None  # a year said as the amount before's, and where its words end
    # a later amount of the same measure in a conjunct of its own, its length said right after it, owns that length:
    # "$62.3 billion, up 75% year over year, and $193.7 billion for the full year" -- the year is no length of the
    # amounts before it, which take the sentence's up to the conjunct
    own_conjunct = (
        _conjunct_of_its_own_length(text, numbers, lower, upper, current_year, year_done)
        if len(numbers) > 1 and lengths and not unnamed else None
    )
    length_before_conjunct = (
        _length_of(_without_payout_periods(_without_own_years(text[lower:own_conjunct]))) or default_length
    ) if own_conjunct is not None else ""
    cut_words_said: bool | None = None  # whether the sentence holds a word of ``_CUT_AFTER_WORDS``, once asked
    for position, (span, value, unit) in enumerate(numbers):
        if position and readings[-1].change and numbers[position - 1][2] is PERCENT_UNIT:
            last_percent_change = readings[-1]
        elif position and readings[-1].change and numbers[position - 1][2] in POINT_UNITS:
            last_point_change = readings[-1]
        # the change said before of the same kind: a percentage's, or a move in points' ("narrowed 6 basis points
        # sequentially to 2.66%, and 9 basis points from a year earlier")
        earlier_change = last_percent_change if unit is PERCENT_UNIT else last_point_change if unit in POINT_UNITS else None
        next_start = numbers[position + 1][0].start if position + 1 < len(numbers) else upper
        clause = clause_before(text, span.start)  # read once per number: its length, sign, change and basis
        if part is not None and span.end <= part.start():
            # "RMB870 million, of which, the revenue for the second half reached RMB480 million": the
            # part's period is not the whole's
            next_start = min(next_start, part.start())
            # the whole's own words first: "US$640 million in 4Q24 and US$1,876 million for 2024, of which US$957
            # million went to packaging" -- the year's, not the quarter named before it
            length = (
                period_in(text[span.end : next_start]).length or ("year" if _FOR_A_YEAR.match(text, span.end) else "")
                or prefixes.length(span.start) or whole_length
            ) if lengths else ""
        elif not lengths:
            length = ""
        elif unnamed:
            # every length read below finds none, or copies the number before's, the paragraph's too: "$5.2 million,
            # $6.1 million, ..." of a claim line of thousands of numbers read them all for each
            length = default_length
        else:
            # the period its own clause names last, else the sentence's before it, else after it
            # the first cause from the number's end on, found by bisection (a scan from the first
            # cause per number is quadratic in a sentence of thousands of causes)
            following = bisect.bisect_left(causes, span.end)
            cause = causes[following] if following < len(causes) else None
            if cause is not None and cause not in cut_lengths:
                # _length_of(text[lower:cause]), from the sentence read once (``Prefixes``)
                opening_year = _OPENING_YEAR.match(text, lower, cause) is not None
                cut_lengths[cause] = prefixes.length(cause) or ("year" if opening_year else "") or default_length
            # a period said right after the number, in its own conjunct, where none is said since the number
            # before: "$466,000 in the fourth quarter and $533,000 for the year", "$1.5 billion ($0.94/share)
            # for the quarter and $4.9 billion ($3.07/share) for the year" -- the year's, not the quarter's
            own_after = (
                _length_right_after(text, numbers, position, lower, upper, current_year, year_done)
                if not _length_of(_after_implying(_JOINER.split(text[previous_end : span.start])[-1])) else ""
            )
            if not own_after and unit is PERCENT_UNIT and _TO_AMOUNT.match(text, span.end) and position + 1 < len(numbers):
                # a change's period said after the level it went to: "rose 17% to $39.5 million in Q4 and 13% to $151.6
                # million for the year"
                own_after = _length_right_after(text, numbers, position + 1, lower, upper, current_year, year_done)
            if not own_after and position + 1 < len(numbers) and _FROM_THE_NEXT.fullmatch(text, span.end, numbers[position + 1][0].start):
                # a level's period said after the one it rose from: "and to $16.1 million from $14.5 million over nine
                # months" -- both the nine months'
                own_after = _length_right_after(text, numbers, position + 1, lower, upper, current_year, year_done)
            length = "" if own_after == _OWN_YEAR_ONLY else (
                # a year named right after the number is its period: "(ROE) was 23.0% for 2021 and annualized ROE
                # was 15.6% for the fourth quarter of 2021" -- the 23.0% is the year's
                ("year" if _FOR_A_YEAR.match(text, span.end) or _for_a_year_of(text, max(lower, span.start - _FOR_A_YEAR_OF_REACH), span.start) else "")
                or own_after
                or _length_of_the_change_named_after(text, numbers, position)
                or _implied_length(clause)
                # its own phrase's, said last; not an amount's before it, said between it and its noun ("as $3.03 of
                # Q2 acquired IPR&D charges more than offset a $2.78 increase": the quarter is the charges')
                or nearest_length(_AN_AMOUNTS_OWN_PERIOD.sub(" ", clause.rsplit(",", 1)[-1]))
                # a range's, said after its second end where its own phrase names none: "expected to be between $120 and
                # $140 million for 2026"
                or ("year" if position + 1 < len(numbers) and _FOR_A_YEAR.match(text, numbers[position + 1][0].end)
                    and range_link(text, span, numbers[position + 1][0])
                    and not change_direction(clause, text[span.end : span.end + 40]) else "")
                # the amount before's, joined to it by "and" with no length of its own: "imply first-half fiscal 2024
                # net sales of about $544.9 million and net income of about $74.1 million" (after "The 39-week figures")
                or _joined_length(text, numbers, position, previous_end, readings)
                # the amount before restated per share: "after fourth-quarter 2024 funds from operations of $99.0
                # million, or $0.41 per share" -- the quarter's, whatever length the sentence opened with
                or (readings[-1].period.length if position and unit is PER_SHARE_UNIT and numbers[position - 1][2] is CURRENCY_UNIT
                    and _RESTATED_PER_SHARE.fullmatch(text, previous_end, span.start) else "")
                # what the amount before is compared with, its year said between them: "and $247.0 million for 2024
                # versus $111.8 million" -- the year's, as the amount it is set against
                or (readings[-1].period.length if position and not readings[-1].change and numbers[position - 1][2] is unit
                    and _SET_AGAINST_IT.fullmatch(text, previous_end, span.start) else "")
                # the level a change went to, said after it: "fell ... 22% in the quarter, to about $1.9 million"
                or (readings[-1].period.length if position and readings[-1].change and _TO_THE_LEVEL.fullmatch(text, previous_end, span.start) else "")
                # the part of the whole right before "of which": "US$1,876 million for 2024, of which US$957 million
                # went to packaging" -- the whole's period
                or (readings[-1].period.length if part is not None and position and previous_end <= part.start() < span.start else "")
                # an outlook's: the length its guidance names, said last ("Based on the first nine months of
                # 2025, PATRIZIA specifies its guidance for the 2025 financial year as follows: EBITDA is now
                # expected in a range between EUR 50.0 - 65.0m")
                or (_guidance_length(text, lower, span.start))
                or _outlook_of_a_year(clause)
                or _length_after_a_break(text, lower, upper, span)
                or prefixes.length(span.start)
                or period_in(_but_another_payouts(text[span.end : _own_clause_end(text, span.end, next_start)])).length
                # a clause that opens with its year before what it measures: "2024 capex totaled US$1,876 million,
                # US$640 million of it in 4Q24" -- the year's, whatever later words name
                or ("year" if _YEAR_OPENS_CLAUSE.match(clause) and not _cut_short(text, lower, span.start) else "")
                or (
                    sentence_length if cause is None and (own_conjunct is None or span.start > own_conjunct)
                    else length_before_conjunct if cause is None
                    else cut_lengths[cause]
                )
            )
            if not own_after and position and not readings[-1].change and _CHANGE_OF_THE_LEVEL.fullmatch(text, previous_end, span.start):
                # the level a change is of, said right before it, whatever length it has (none where only a year
                # dates it): "net revenues were a record $14.88 billion in 2021, up 58%" -- the level's
                length = readings[-1].period.length
        said_after = _LENGTH_RIGHT_AFTER.match(text, span.end) if lengths else None  # "$1.04 per share, or 26 cents quarterly"
        if said_after:
            length = "quarter" if said_after.group(1).lower().startswith(("quarter", "a quarter", "per quarter")) else "year"
        money = unit in (CURRENCY_UNIT, PER_SHARE_UNIT)
        metric = metric_for_unit(
            _metric_near(text, span.start, span.end, previous_end, prefixes, money, unit is PERCENT_UNIT or unit in POINT_UNITS),
            unit is PER_SHARE_UNIT,
        )
        if (
            metric and position and readings[-1].change and readings[-1].metric is None and _TO_AMOUNT.match(text, previous_end)
            and _a_measure_of_its_own(
                text[numbers[position - 2][0].end if position > 1 else lower : numbers[position - 1][0].start],
                text[lower : numbers[position - 2][0].end if position > 1 else lower],
            )
        ):
            metric = None  # "..., as staff costs dropped 14.9% to EUR 111.4m": the level the measure of its own went to
        if metric == "ebitda" and unit is COUNT_UNIT and _TIMES_EBITDA.match(text, span.end - 1):
            # "financial net debt was $2,912.1 million, or 3.4x adjusted EBITDA": a debt said as a multiple of
            # earnings is a leverage ratio, no amount of the earnings
            metric = "leverage_ratio"
        if metric == "eps" and unit is CURRENCY_UNIT and _SCALED_AMOUNT.search(text, span.start, span.end):
            # "a cash dividend of EUR 0.74 per share (0.68), totaling EUR 114 million": millions are no amount per
            # share; "per share" said the unit of the amount before, and the metric is the one named before it. So
            # is the metric named with earnings per share as one subject: "adjusted net income and adjusted diluted
            # earnings per share increased 31% to $645 million, or $1.26 per share"
            if _per_share_unit_last(text, max(lower, span.start - 150), span.start):
                metric = prefixes.last_metric(span.start, unless="eps")
            else:
                joined = joined_subject(text, max(lower, span.start - 150), span.start, "eps")
                metric = joined[0] if joined else metric
        if money and position and may_hold(text[previous_end : span.start], ("result",)) and _RESULTING_LEVEL_BEFORE.search(
            text, max(previous_end, span.start - 80), span.start
        ):
            # "raised underlying non-GAAP EPS guidance ... by $2.78 at the midpoint, which was more than offset by $3.03
            # of acquired IPR&D charges ..., resulting in an updated range of $35.50 to $36.50": the level the changed
            # measure ends at, not the item that offset its change
            changed = next((reading.metric for reading in reversed(readings) if reading.change and reading.metric), None)
            metric = changed or metric
        if (
            unit is CURRENCY_UNIT and position and numbers[position - 1][2] is PER_SHARE_UNIT and readings[-1].metric
            and _AND_ON_ANOTHER_BASIS.fullmatch(text, previous_end, span.start) and _ON_A_BASIS.match(text, span.end)
            and not _SCALED_AMOUNT.search(text, span.start, span.end)
        ):
            # "earned $2.41 a share on a GAAP basis and $4.90 on a non-GAAP basis": the same amount per share on
            # another basis, its unit said once
            metric = readings[-1].metric
        if unit in POINT_UNITS and position and numbers[position - 1][2] is PERCENT_UNIT and not readings[-1].change and (
            not metrics_in(text[previous_end : span.start])
        ):
            # "Income from operations as a percentage of revenue was 14.3% for the quarter, an increase of 340 basis
            # points": a move in points right after a rate is that rate's
            metric = readings[-1].metric or metric
        if unit is PERCENT_UNIT and position and not metrics_in(text[previous_end : span.start]):
            metric = _share_of_the_same(text, span, previous_end, numbers[position - 1][2], readings[-1]) or metric
            if numbers[position - 1][2] in POINT_UNITS and readings[-1].change and readings[-1].metric and _TO_RIGHT_BEFORE_ONLY.fullmatch(
                text, previous_end, span.start
            ):
                metric = readings[-1].metric  # "decreased 30 basis points to 9.4%": the rate that moved
            elif (
                metric is None and numbers[position - 1][2] in POINT_UNITS and readings[-1].change and readings[-1].metric
                and _COMMA_AND.fullmatch(text, previous_end, span.start)
            ):
                # "gross margin was 85.8%, up 1.5 percentage points, and 86.3% on a non-GAAP basis": the rate that moved,
                # said again on another basis or for another period
                metric = readings[-1].metric
        if (
            money and position and metric != ITEM
            and (_ITEM_OF_A_MONEY_LIST_BEFORE if unit is CURRENCY_UNIT else _ITEM_OF_A_LIST_BEFORE).match(text, previous_end, span.start)
            and _last_money_item(readings, numbers, position) and not metrics_in(text[previous_end : span.start])
        ):
            # "included pretax charges of $41 million ($0.12/share) for severance and $39 million ($0.12/share) for
            # additional depreciation": the next amount of a list of items is an item too
            metric = ITEM
        if money and metric != "buyback" and _FOR_SHARES_AFTER.match(text, span.end) and not _SHARES_SOLD.search(clause):
            # "including $300 million for 1.5 million shares": money paid for shares, a buyback, whatever the sentence
            # named before it ("Share repurchases and common dividends totaled $456 million")
            metric = "buyback"
        if (
            metric == "eps" and unit is PER_SHARE_UNIT and position and readings[-1].metric == ITEM and not readings[-1].change
            and numbers[position - 1][2] is CURRENCY_UNIT
            and (_ITEM_RESTATED.fullmatch(text, previous_end, span.start) or _EACH_RIGHT_BEFORE.search(text, previous_end, span.start))
            and not metrics_in(text[previous_end : span.start])
        ):
            # "a $41 million pretax severance charge, or $0.12 per share", "... and a $39 million charge for additional
            # depreciation, each $0.12 per share": the item's amount per share, no earnings per share
            metric = ITEM
        if (
            metric == "net_income" and position and readings[-1].metric == "eps" and not readings[-1].change
            and _CHANGE_AFTER_THE_LEVEL.fullmatch(text, previous_end, span.start)
            and not metrics_in(_PER_SHARE_SAID.sub(" ", text[previous_end : span.start]))
            and not _FROM_AN_AMOUNT_IN_MILLIONS.match(text, span.end)
        ):
            # "earned $1.50 a diluted share in Q2 2025, up 36.4% from $1.10": the change of the earnings per share the
            # words right before it state, not of the earnings "earned" names; "or EUR6.42 per share, up 6.7%" too, the
            # "per share" the amount's unit
            metric = "eps"
        if (
            unit is PERCENT_UNIT and position >= 2 and readings[-2].change and readings[-1].period.prior
            and readings[-2].metric == readings[-1].metric not in (None, metric) and numbers[position - 2][2] is PERCENT_UNIT
            and may_hold(text[previous_end : span.start], ("and",)) and _AND_ANOTHER_CHANGE.fullmatch(text, previous_end, span.start)
        ):
            # "up 36.4% from $1.10 a year earlier and 9.5% from the first quarter": the second change is of what the
            # first and its base measure
            metric = readings[-1].metric
        after = text[span.end : span.end + 40]
        basis = basis_of(clause, after)
        signed = value if value < 0 else _signed(text, span.start, span.end, value, unit, clause)  # signed_value
        is_a_change = change_direction(clause, after) != 0  # is_change
        if is_a_change and unit is CURRENCY_UNIT and (_GAIN_OF_A_PERIOD.match(after) or _GAIN_AT_THE_CLAUSES_END.match(after)):
            # "a $13 million gain on the hedge program in Q4 and a $34 million gain for the year", "was more than offset
            # by a NT$4,017 million valuation gain.": an item
            is_a_change = False
        if basis == "constant_currency" and unit is CURRENCY_UNIT and not is_a_change and _CC_OF_A_RATE_BEFORE.search(clause):
            # "in the range of $3.032 billion to $3.090 billion, up 6% to 8% in constant currency, with CooperVision
            # revenues between $2.225 billion and ...": the constant currency was the growth's before, not this level's
            basis = basis_of(_CONSTANT_CURRENCY.sub(" ", clause), after)
        if not is_a_change and may_hold(clause, _RAISED_WORDS) and _RAISED_BY.search(clause) and (unit is not CURRENCY_UNIT or _TO_A_LEVEL.match(after)):
            is_a_change = True
        if not is_a_change and (_SIGNED.match(text, span.start) or _SIGN_BEFORE_A_HEDGE.match(text, max(0, span.start - 2))) and (
            _SIGNED_CHANGE_AFTER.match(text, span.end) or (unit is PERCENT_UNIT and _TO_AMOUNT.match(text, span.end))
        ):
            # "Copper output 111,602 t, -4% q/q", "+12% y/y": a signed number before a change's period is a change; so
            # is a signed percentage before the amount it came to ("Crop Nutrition -23% to $28.2m")
            is_a_change = True
        if not is_a_change and unit is PERCENT_UNIT and ":" in text[max(lower, span.start - _LISTED_NAME_REACH) : span.start]:
            # "with revenues in local currency increasing across all segments: 4% in Mexico, 8% in Peru and 13% in
            # Colombia", "Local-currency revenue growth: Mexico 4%": the changes a clause closed by a colon lists
            listed = _CHANGES_LISTED_AFTER.search(text, max(lower, span.start - 120), span.start)
            if listed is not None:
                is_a_change = True
                signed = -abs(signed) if listed.group("down") else signed
        between = text[previous_end : span.start]
        carried = (
            position > 0
            and (
                _CARRY.fullmatch(between) is not None or (money and _own_aside(text, between, span, numbers[position - 1]))
                or (
                    unit is numbers[position - 1][2] is PERCENT_UNIT and _IN_A_PLACE_THEN_THE_NEXT.fullmatch(between) is not None
                    and not metrics_in(between)
                )
            )
            and not (readings[-1].change and _share_after_change(text, span.end, unit, numbers[position - 1][2]))
        )
        if (
            position > 0
            and not readings[-1].change
            and numbers[position - 1][2] is unit is not COUNT_UNIT
            and is_comparison_aside(text, numbers[position - 1][0].end, span.start, span.end)
        ):
            # "EUR 723.7 million (808.8)": the aside is the comparison period's figure of the same amount
            readings.append(Reading(signed, False, readings[-1].metric, Period(length, True), readings[-1].basis))
            last_level[unit, readings[-1].metric] = readings[-1]
            previous_end = span.end
            continue
        # a change carried to the next amount of a list, not from a percentage to an amount of money after ", and": "up
        # 58%, and $3.80 billion in the fourth quarter", "up 75% from a year ago, and $193.7 billion" name a level ("up
        # 5%, or $20 million" restates the change; "increased $2.3 million and four basis points" are two changes); nor
        # to a count: "topped the initial target by 25%, and 67 franchisees were added"
        listed_level = (
            position > 0 and numbers[position - 1][2] is PERCENT_UNIT and (money or unit is COUNT_UNIT)
            and _COMMA_AND.fullmatch(between) is not None
        )
        change = is_a_change or (
            carried and readings[-1].change
            and not listed_level
            # "Net income was $1.1 billion, an increase of 18%, or $1.2 billion adjusted": in another unit than the
            # change, with a basis of its own, the level restated, not the change
            and not (numbers[position - 1][2] is not unit and _ADJUSTED_RIGHT_AFTER.match(text, span.end))
            # "85.8%, up 1.5 percentage points, and 86.3% on a non-GAAP basis": a rate after a move in points, a level
            and not (unit is PERCENT_UNIT and numbers[position - 1][2] in POINT_UNITS)
        )
        if not change and unit is PERCENT_UNIT and (
            went := _pair_went(text, numbers, readings, position, lower) or _change_after_its_base(text, numbers, readings, position)
        ):
            # "sales rose to $26.0 billion from $24.0 billion, about 8%": the change from the one to the other
            change, signed = True, -abs(signed) if went < 0 else signed
        if (
            not change and unit is PERCENT_UNIT and _FROM_AN_AMOUNT.match(text, span.end)
            and (earlier := _earlier_change(readings, numbers, unit, 3)) is not None
        ):
            # "net income rose 27% from $7.59 million and diluted EPS 26% from $0.43": a percentage "from" an amount of
            # money is a change, its verb said once for both
            change, signed = True, -abs(signed) if earlier.value < 0 else signed
        if (
            not change and unit is PERCENT_UNIT and position > 0 and readings[-1].change and numbers[position - 1][2] is unit
            and _PART_OF_ITS_RANGE_BEFORE.search(between)
        ):
            # "revenue growth of approximately 12% ..., near the midpoint of its 10% to 14% range": the range the change
            # said before lands in, its ends changes of the same figure
            change, signed = True, -abs(signed) if readings[-1].value < 0 else signed
            metric = readings[-1].metric or metric
        if not change and position > 0 and _OPENS_ASIDE.search(between) and _CHANGE_PERIOD_AFTER.match(text, span.end):
            # "fell 6 bps q/q to 2.66% (9 bps y/y)": an aside of the same figure's change against another period
            earlier = _earlier_change(readings, numbers, unit, 3)
            if earlier is not None:
                change, signed = True, -abs(signed) if earlier.value < 0 else signed
        if carried and readings[-1].change and readings[-1].value < 0 < signed and not is_a_change:
            signed = -signed  # "a decrease of $51 million (1.6 percent)": the aside goes the same way
        if carried and not change and money and numbers[position - 1][2] in (CURRENCY_UNIT, PER_SHARE_UNIT) and (
            readings[-1].value < 0 < signed and not readings[-1].change
        ):
            signed = -signed  # "from $8,408,818, or $4.75 per share": the aside of a loss is a loss
        if (
            not change and position > 0 and readings[-1].change and not listed_level
            and (
                _carries_change(between)
                or (unit is PERCENT_UNIT and numbers[position - 1][2] is COUNT_UNIT and _MEASURE_OR.fullmatch(between))
                or (unit is numbers[position - 1][2] and _IN_ONE_THEN_ANOTHER.fullmatch(between) and _IN_AFTER.match(text, span.end))
            )
            # "up 112% y/y, about 88% of total revenue": a share of a whole after the change, a level
            and not _share_after_change(text, span.end, unit, numbers[position - 1][2])
        ):
            # "up 12% year over year and 4% sequentially": the second change goes the first's way, and is a
            # change of the same figure ("a dividend of $0.40 per share, up 21% from prior quarter and 33% from
            # prior year": not of the "per share" named between)
            change, signed = True, -abs(signed) if readings[-1].value < 0 else signed
            metric = readings[-1].metric or metric
        elif (
            not change and unit is PERCENT_UNIT and position > 1 and readings[-2].change and not readings[-1].change
            and numbers[position - 2][2] is not PERCENT_UNIT and _UNIT_THEN_OR.fullmatch(between)
            and _TO_THE_LEVEL_REACHED.fullmatch(text, numbers[position - 2][0].end, numbers[position - 1][0].start)
            and SHARE_OF.match(text, span.end) is None  # "to $84.1 million, or 1.13% of total assets": a share, a level
        ):
            # "rose $5.0 million to $105.0 million, or 5%", "fell 143 MBOED to 2,248 MBOED, or 4%": the change said
            # again as a percentage after the level it reached
            change, signed = True, -abs(signed) if readings[-2].value < 0 else signed
            metric = readings[-2].metric or metric
        elif (
            not change and earlier_change is not None
            and (
                _RESET.search(between) or (_AND_AFTER_A_PERIOD.fullmatch(between) and not metrics_in(between))
                # "grew 4.1% to EUR694.5 million, or 6.3% on a like-for-like basis"; "rose 4% to $7.10 billion from
                # $6.84 billion (2% in constant currencies)"
                or ((_OR_SAID_AGAIN.fullmatch(between) or _ASIDE_SAID_AGAIN.fullmatch(between)) and _ON_A_BASIS.match(text, span.end))
            )
            and (
                _ON_A_BASIS.match(text, span.end) or counted_against_a_quarter(text[span.end : span.end + 60])
                or _FROM_AN_AMOUNT.match(text, span.end) or _FROM_AN_EARLIER_PERIOD.match(text, span.end)
                or _for_another_length(text, span.end, earlier_change)
            )
        ):
            # "grew 4.1% to EUR694.5m, and 6.3% on a like-for-like basis": the sentence's change on another basis;
            # "grew 18.0% from a year earlier to $60.1 million, and 6.1% from the first quarter": against another
            # period; "fell 25% year over year in Q4 and 23% for the full year": over another length
            change, signed = True, -abs(signed) if earlier_change.value < 0 else signed
        elif (
            not change and unit is PERCENT_UNIT and last_percent_change is not None
            and _AND_A_NAME.fullmatch(_PER_SHARE_FIRST.sub("", _after_a_date(between), count=1)) and _TO_AMOUNT.match(text, span.end)
        ):
            # "Crop Protection revenue fell 23% to $55.2 million and Seed and Integrated Products 28% to $23.3
            # million": the verb is said once for both changes, and goes the same way
            change, signed = True, -abs(signed) if last_percent_change.value < 0 else signed
        elif (
            not change and money and position >= 2 and readings[-2].change and not readings[-1].change
            and numbers[position - 2][2] is unit and _AND_A_NAME.fullmatch(between)
            and (_TO_AMOUNT.match(text, span.end) or _TO_AMOUNT_PAST_ITS_PERCENT.match(text, span.end))
        ):
            # "Total loans rose $506 million to $6.0 billion and deposits $433 million to $6.6 billion": so for an
            # amount of money and the level it went to
            change, signed = True, -abs(signed) if readings[-2].value < 0 else signed
        elif (
            not change and unit is PERCENT_UNIT and position > 0 and readings[-1].change
            and numbers[position - 1][2] is PERCENT_UNIT
            and _gapped_change(text, between, span.end, clause_before(text, numbers[position - 1][0].start), readings[-1].metric is None)
        ):
            # "Free cash flow rose 181% year over year and operating cash flow 45%": the verb said once, for a
            # second amount's change -- an amount of money has no level in percent
            change, signed = True, -abs(signed) if readings[-1].value < 0 else signed
        elif (
            not change and unit is PERCENT_UNIT and last_percent_change is not None
            and _second_change(text, between, span.end)
        ):
            # "fell 6% reported (9% FX-neutral)", "up 9.5% to $1,634 million (6.5% organic)", "rose 17% to $39.5
            # million in Q4 and 13% to $151.6 million for the year": the verb said once, for the same figure's change
            # on another basis or to another level
            change, signed = True, -abs(signed) if last_percent_change.value < 0 else signed
            metric = last_percent_change.metric or metric
        elif not change and (unit is PERCENT_UNIT or unit in POINT_UNITS) and (
            _SIGNED_CHANGE_AFTER.match(text, span.end) or (unit in POINT_UNITS and _FROM_A_RATE.match(text, span.end))
        ):
            # "NIM 3.08%, up 35 bps y/y from 2.73% and 10 bps q/q", "down 6 bp from 2.72% in Q3 and 9 bp from 2.75% in
            # 4Q20": a rate's move said of another period than the sentence's change of the same unit before it is a
            # second change, the same way
            earlier = _earlier_change(readings, numbers, unit, _CHANGE_REACH - 1)
            if earlier is not None:
                change, signed = True, -abs(signed) if earlier.value < 0 else signed
                metric = earlier.metric or metric
        elif (
            not change and unit in POINT_UNITS and _POINTS_TO_A_RATE.match(text, span.end)
            and ";" not in between and not metrics_in(between)
            and (earlier := _earlier_change(readings, numbers, unit, _CHANGE_REACH - 1)) is not None
        ):
            # "Q4 segment operating margin rose 260 bps to 26.5%, or 110 bps to 28.0% on an adjusted basis": the
            # verb said once, for the same rate's move to another level
            change, signed = True, -abs(signed) if earlier.value < 0 else signed
            metric = earlier.metric or metric
        if change:
            if position and not readings[-1].change and readings[-1].metric and _CHANGE_ASIDE_OF_THE_AMOUNT.fullmatch(between):
                # "net income $155.8m, or $5.00 a diluted share (+116%)": a change in an aside right after an amount is
                # that amount's
                metric = readings[-1].metric
            # (a change said to be the earlier period's own, "after 3.7% growth in the year-ago quarter", "after a 10.6%
            # decline in 2023", is that period's)
            own_period = _IN_AN_EARLIER_PERIOD.match(text, span.end)
            of_an_earlier_period = own_period is not None and (
                not own_period.group("year") or (current_year is not None and int(own_period.group("year")) < current_year)
            )
            readings.append(Reading(signed, True, metric, Period(length, True if of_an_earlier_period else None), basis))
            previous_end = span.end
            continue
        near = _PARTS.split(between)[-1]
        near = _TO_LEVEL.split(near)[-1] if may_hold(near, ("to",)) else near  # words after a "to" speak of the level
        changes_period = position > 0 and readings[-1].change and _changes_period_then_and(between)
        if changes_period:
            # "up 75% from a year ago and about 91% of total revenue": the period the change was counted from is the
            # change's; the figure after the "and" is of the period the sentence speaks of
            near = ""
        aside_opened = near.rfind("(")
        if aside_opened >= 0 and metrics_in(near[aside_opened + 1 :]):
            # "from roughly 13.8% a year ago (operating income $102.4m on net sales of $479.4m)": an aside that names
            # its own measure speaks of its period itself; the comparison said before it was the rate's
            near = near[aside_opened + 1 :]
        elif aside_opened >= 0 and not near[aside_opened + 1 :].strip() and _opens_a_comparison(text, numbers, position):
            # "75% wider than a year earlier ($8.2 million vs $4.7 million)": the pair in the aside restates both
            # periods, the current one first; the comparison said before it was the change's, and the loss named
            # before it is the pair's
            near = ""
            before_aside = clause_before(text, text.rfind("(", previous_end, span.start))
            if money and signed > 0 and loss_context(_AMOUNTS.sub(" ", before_aside)) and not _INCOME_AFTER.match(text, span.end):
                signed = -signed
        if readings and readings[-1].change:
            # and after an "at" that follows a change and what it is counted against: "Inventory was about 1.9% lower
            # than a year earlier at $149.4 million" is the level now
            near = _AT_LEVEL.split(near)[-1]
        if basis == "constant_currency" and readings and readings[-1].change and readings[-1].basis == basis:
            # "increased 13 percent, or 14 percent on a constant currency basis, to $431.5 million": the
            # constant currency is the change's; the level is reported
            basis = basis_of(_CONSTANT_CURRENCY.sub(" ", clause), after)
        aside = _ASIDE_LABEL.search(text, previous_end, span.start) if ":" in between else None  # every match holds one
        if aside and (
            _earlier_years(aside.group("label"), sentence_year=None, current_year=current_year)
            or _DATE_LABEL.fullmatch(aside.group("label").strip())
            or _an_earlier_period_label(aside.group("label").strip(), current_year)
        ):
            # "EUR 44.6m (9M 2024: EUR 6.7m)", "EUR 56.3bn as at 30 September 2025 (30.06.2025: EUR 55.9bn)":
            # the aside is the comparison period's, and the list goes on in the period it interrupted; the
            # aside of a loss is a loss ("a net loss of $5,205,000 ... (July 31, 2024: $9,264,000)")
            same = last_level.get((unit, metric))
            if signed > 0 and same is not None and same.value < 0:
                signed = -signed
            readings.append(Reading(signed, False, metric, Period(length, True), basis))
            last_level[unit, metric] = readings[-1]
            previous_end = span.end
            continue
        if (
            (
                _introduces(between)
                and not changes_period
                and not _source_counted(between, unit, numbers[position - 1][2] if position else None, readings)
                and not _parallel_range(text, lower, numbers, position, ranging)
                and not _another_metric(between, metric, readings, _metric_after(text, span.end))
                and not _another_basis(between, readings)
                and not (position and _net_beside_gross(text, between, span.end, numbers[position - 1][0].start))
            )
            or _says_prior(near)
            or (
                # "about 7% above $6,003 million": the level a percent change is counted from, said right after it
                position > 0 and readings[-1].change and numbers[position - 1][2] is PERCENT_UNIT and unit is not PERCENT_UNIT
                and _BASE_RIGHT_AFTER_A_CHANGE.fullmatch(between) is not None
            )
            or (
                # "from a year earlier, when Cobre Panamá still contributed ...", "than the $2,028 million earned in the
                # third quarter, when diluted EPS was $1.30": the time a "when" speaks of is the comparison's
                may_hold(between, ("when",)) and _WHEN_IT_WAS.search(between)
                and (PRIOR_PHRASE.search(between) or (position > 0 and readings[-1].period.prior and not readings[-1].change))
            )
            or (
                position > 0 and readings[-1].period.prior and not readings[-1].change
                and may_hold(between, _INCLUDED_WORDS) and _WHICH_INCLUDED.search(between)
            )
            or (
                # "total company comps of 1.3% compared with 3.8% ..., and U.S. comps of 0.8% with 2.5%": the comparison
                # said again with its "with" alone
                position > 0 and not readings[-1].change and readings[-1].period.prior is False and unit is numbers[position - 1][2]
                and _WITH_AGAIN.fullmatch(between) is not None
                and _COMPARED_WITH_BEFORE.search(text, lower, numbers[position - 1][0].start) is not None
            )
            or (
                # "NIM 2.81% (vs 2.77% 2Q, 2.34% 3Q24)": every figure of an aside opened by "vs" is a comparison's
                position > 0 and readings[-1].period.prior and not readings[-1].change and unit is numbers[position - 1][2]
                and "(" not in between and ")" not in between and _IN_A_COMPARISON_ASIDE.search(text, max(lower, span.start - 80), span.start)
            )
        ):
            prior = not (
                # "Fourth-quarter ROE was 13.0%, compared with 16.0% for the full year": a period of another length
                # that holds the one before, the year the quarter is of, no earlier period
                position and not readings[-1].change and readings[-1].period.length and length
                and length != readings[-1].period.length and _introduces(between)
                and _THE_WHOLE_OF_THE_SAME_TIME.match(text, span.end) is not None
            )
        elif (
            (carried or (may_hold(between, ("and", "or")) and _LIST_CONTINUES.search(between)) or (position > 0 and _OR_RESTATED.fullmatch(between) and not readings[-1].change))
            and state is not None
            and not _RESET.search(between)
            # "rose to $905.0 million from $310.4 million and made up 78% of the total": a predicate of its own, the
            # subject's now, not the list of amounts compared with
            and not (state and _AND_A_PREDICATE.match(between))
            # "fell to EUR 104.2 million from EUR 117.6 million and the margin to 8.2% from 9.2%": the next measure's
            # move, its verb not said again, goes "to" its current level
            and not (state and _AND_ANOTHER_TO.fullmatch(between))
            and not _own_item(text, between, span.end, metric, readings)
            # "$8.2m vs $4.7m, or 20 cents vs 11 cents a share": an aside that is itself set against the next
            # amount restates the pair, so it opens with the current period's
            and not (carried and state and _opens_a_comparison(text, numbers, position))
            and not (state and _said_again_without_an_item(text, between, span.end))
        ):
            prior = state
        else:
            # "and $1,298 million at December 31, 2020": the comma of a date ends no clause
            after = _CLAUSE_END.split(_undated_commas(text[span.end : next_start]), maxsplit=1)[0]
            if not after.strip():
                after = _words_after_its_restatement(text, numbers, position, upper)
            # (each pattern searched only in words that hold one of its words: ``keywords.may_hold``; words that hold
            # none of the three's are looked at once, not three times: a row label of a flattened table; and not at
            # all in a sentence that holds none, asked once: a date's comma blanked joins no word)
            if cut_words_said is None:
                cut_words_said = may_hold(prefixes.sentence, _CUT_AFTER_WORDS)
            if cut_words_said and may_hold(after, _CUT_AFTER_WORDS):
                if may_hold(after, COMPARISON_WORDS):
                    after = COMPARISON_LINK.split(after, maxsplit=1)[0]  # "compared to prior year of" speaks of the next
                if may_hold(after, _PROGRAM_WORDS):
                    after = _DATES_A_PROGRAM.sub(" ", after)  # "... under the program authorized in 2023": the program's year
                if may_hold(after, ("since",)):
                    # "rose $2.21, or 7%, to $34.10 since the end of 2024": the date a change is counted from, not the level's
                    after = _SINCE.sub(" ", after)
            said = period_in(after).prior
            if said is None and may_hold(between, ("from", "since")) and _FROM_A_DATE_TO.search(between):
                # "rose 47.7% from year-end 2025 to $597 million": the date is what the change is counted from, the
                # level it came to the current period's
                said = False
            if said is None and state is True and _TO_RIGHT_BEFORE.search(between):
                # "increased from RMB552.0 million in the same quarter of 2025 to RMB963.8 million": the
                # level a comparison went "to" is the current period's, whatever year the comparison named
                said = False
            year = prefixes.latest_year(span.start)
            if year and current_year and year < current_year:  # not a year of an aside: "(9M 2024: EUR 200.3m)"
                year = prefixes.latest_year_outside_asides(span.start)  # YEAR.findall(_ASIDE.sub(" ", text[lower:start]))
            year = year or _short_label_year(clause)
            if year and opening_comparison is not None and not YEAR.search(text, opening_comparison.end(), span.start):
                # "Versus Q3 2024, net income rose 27% to $9.63 million": the year the sentence opens with is what it
                # is set against, no year of its levels
                year = None
            own_words = between
            own_before = _YEAR_OF_THE_AMOUNT_BEFORE.match(between) if position else None
            if own_before and (
                metrics_in(between[own_before.end() :])
                or (readings[-1].period.prior and not readings[-1].change and _NEXT_CLAUSE.match(between, own_before.end()))
                # "down from $67 million in 2023, or $70 million before a $20 million litigation settlement payment": the
                # amount said again without an item is the level's of the clause, on another basis, not the year's before
                or _said_again_without_an_item(text, between, span.end)
                # a pair restated as another pair: "fell to $641 million for 2024 from $1,130 million in 2023, or
                # $0.31 per diluted share versus $0.61" -- 2023 is the $1,130 million's; the restating pair opens with
                # the current period's, as the pair it restates does
                or (
                    readings[-1].period.prior and not readings[-1].change and _OR_BEFORE_A_PAIR.fullmatch(between, own_before.end())
                    and _opens_a_comparison(text, numbers, position)
                )
            ):
                # the year said right after the amount before is that amount's, and a clause that names its own
                # measure begins after it: "up from $24.74 in 2020, on record net revenues of $59.34 billion"; so
                # is the year of an amount compared with: "compared with $0.5 million in Q3 2023, with $2.4 million
                # of the increase ..."
                own_words = between[own_before.end() :]
                owned_year = int(own_before.group(1)), previous_end + own_before.end()
            if owned_year and year == owned_year[0] and not YEAR.search(text, owned_year[1], span.start):
                # nor is it the year of the clause's later numbers: "... at year-end 2024, and wealth fee income of
                # $15.8 million was 22% of Q3 revenue" (the 22% too is the release's own quarter's)
                year = None
            prior = said if said is not None else (
                # "A year earlier, First Quantum had posted a net loss ... of $1,447 million": the sentence is all
                # of the period it opens with
                opening_prior is not None
                or _earlier_years(after, _past_an_aside(own_words), sentence_year=year, current_year=current_year)
            )
        if (prior and signed > 0 and _introduces(between) and not _PROFIT.search(between) and not _INCOME_AFTER.match(text, span.end)
                and loss_said(span.start)):  # fmt: skip
            # "net loss was $5,815,468, or $0.91 per share, as compared to $8,408,818": the loss's comparison is a loss
            same = last_level.get((unit, metric))
            if same and same.value < 0:
                signed = -signed
        if (
            prior and position and not readings[-1].change
            and (
                numbers[position - 1][2] is unit
                # "$4.27 a diluted share, matching the $4.27 of a year earlier": an amount per share's comparison
                # said without "a share" again, in cents as it is (not "from C$9,264,000", nor "vs $(107)m")
                or (numbers[position - 1][2] is PER_SHARE_UNIT and unit is CURRENCY_UNIT and _IN_CENTS_UNSCALED.search(text, span.start, span.end))
            )
            and _introduces(between) and _names_no_other_measure(_past_a_multiples_earnings(text, between, span.start, readings[-1]), readings[-1].metric, unit is CURRENCY_UNIT)
            # (nor after an item said as an aside of the level before, the aside closed before the comparison: "or $70
            # million before a $20 million litigation settlement payment, versus $67 million" and "net income of $16.4
            # million, helped by a $57.7 million non-cash gain on debt extinguishment, versus a $31.8 million loss"
            # compare the level, below; "including $52 million of pre-tax charges versus $43 million" the charges)
            and not _after_an_aside_of_a_level(text, numbers, position, between)
            # (not where the figure names its own measure after it, "in" or "of" it: "$834.2 million of total debt, as
            # compared to $170.0 million in cash"; "$0.2 million other expenses, net" is the other income's line)
            and not (_IN_OR_OF_AFTER.match(text, span.end) and _metric_after(text, span.end) not in (None, readings[-1].metric))
        ):
            # "ethanol sales of 209.5 million gallons vs. 215.7 million": what is compared is what the figure before
            # measures (its own noun said it, or said what no vocabulary names), not a metric named before both; so
            # where the comparison names only the broader measure: "Online sales decreased 9.2 percent to $128.0
            # million ..., compared to net sales of $141.0 million" -- the online sales of the year before
            metric = readings[-1].metric
        elif (
            prior and position and unit is CURRENCY_UNIT and readings[-1].change and readings[-1].metric == "eps"
            and numbers[position - 1][2] is PERCENT_UNIT and _introduces(between) and not metrics_in(between)
            and not _SCALED_AMOUNT.search(text, span.start, span.end)
        ):
            # "... a diluted share, up 36.4% from $1.10 a year earlier": what a change of earnings per share is counted
            # from is an amount per share
            metric = "eps"
        elif (
            prior and position and _introduces(between)
            and (readings[-1].metric == ITEM or _after_an_aside_of_a_level(text, numbers, position, between))
            and not metrics_in(between[deque(COMPARISON_LINK.finditer(between), maxlen=1)[0].end() :])
        ):
            # "net income of $16.4 million, helped by a $57.7 million non-cash gain on debt extinguishment, versus a
            # $31.8 million loss": the item was an aside; what is compared is the level before it; so where the aside
            # names a measure: "total revenues were $135.6 million, including $20.0 million of other revenue, versus
            # $136.6 million a year earlier"
            level = next((r for r in reversed(readings[:-1]) if not r.change and r.metric not in (None, ITEM)), None)
            metric = level.metric if level is not None and level.period.prior is False else metric
        if prior and not basis:
            compared = last_level.get((unit, metric))
            if compared is not None and compared.period.prior is False and compared.basis:
                # "Adjusted EBITA for the period was EUR 104.2 million, ... (previous year: EUR 117.6 million and 9.2%)":
                # what a level is compared with is the same measure, its basis not said again
                basis = compared.basis
        if prior and unit is PERCENT_UNIT and _after_a_pair(numbers, readings, position) and _SHARE_OF.match(text, span.end):
            # "increased to $70.4 million from $54.7 million, about 12.8% of revenue": the share said after a pair is
            # the level's, the first of the pair; so after a pair with its change between ("generated $10,468 million
            # of revenue, up 88% from $5,578 million, about 39% of net sales")
            prior = False
        state = prior
        readings.append(Reading(signed, False, metric, Period(length, prior), basis))
        last_level[unit, metric] = readings[-1]
        previous_end = span.end
    readings = _compared_in_parallel(text, numbers, _respectively(text, numbers, readings, lower, upper, lengths))
    readings = _pairs_in_parallel(text, numbers, readings)
    readings = _bases_in_parallel(text, numbers, readings)
    readings = _parts_of_a_listed_total(text, numbers, readings)
    readings = _levels_of_listed_subjects(text, numbers, readings)
    readings = _priors_of_listed_levels(text, numbers, readings)
    readings = _included_in_the_amount_before(text, numbers, readings)
    readings = _included_in_a_larger_level(text, numbers, readings)
    readings = _of_the_noun_said_next(text, numbers, readings)
    if lengths:
        readings = _paired_lengths(text, numbers, readings, upper)
    readings = _dated_earlier(text, numbers, readings)
    return _per_share_of_amounts(text, numbers, _earlier_editions_of_changes(text, numbers, _ranges_share(text, numbers, readings)))


def _dated_earlier(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A level said at a date before the month of the latest date its sentence says a level at is the comparison's:
    "Loans past due 30-89 days totaled $5.9 million at June 30, 2025, $12.3 million at March 31, 2025, and $5.3 million
    at June 30, 2024", "Tier 1 capital to average assets 9.36% at 6/30/25 (9.31% at 3/31, ...)"."""
    if len(numbers) < 2:
        return readings
    said = text[numbers[0][0].start : numbers[-1][0].end + _DATE_REACH]  # the sentence's figures and a date after the last
    if not (may_hold(said, _MONTH_WORDS) or "/" in said):
        return readings
    months = months_dated_after(text, [span.end for span, _, _ in numbers])
    dated = [month for month, reading in zip(months, readings) if month is not None and not reading.change]
    if len(dated) < 2:
        return readings
    latest = max(dated)
    return [
        replace(reading, period=Period(reading.period.length, True, reading.period.end))
        if month is not None and month < latest and reading.period.prior is False and not reading.change else reading
        for month, reading in zip(months, readings)
    ]


_MONTH_WORDS = tuple(name[:3].lower() for name in MONTH_NAMES)
_DATE_REACH = 40  # ", as of September 30, 2025": how far after a figure its date may end


_RESPECTIVELY_REACH = 40
# Both bases named before a pair of amounts, one for each in order: "GAAP and non-GAAP gross margins of 74.9% and
# 75.0%", "GAAP/non-GAAP gross margin 73.0%/73.5%"
_BOTH_BASES = re.compile(r"\b(?:(?P<gaap_first>GAAP)|non-?GAAP)[ \t]*(?:and|/|&)[ \t]*(?(gaap_first)non-?GAAP|GAAP)\b", re.I)
_PAIR_GAP = re.compile(r"[ \t]*(?:and|/|&)[ \t]*")
# how far before the pair both bases may be named, no number between: "GAAP and non-GAAP gross margins for Q1 FY27 are
# expected to be 74.9% and 75.0%"
_BOTH_BASES_REACH = 100


def _bases_in_parallel(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """Two amounts of one unit joined by "and" or "/" right after both bases are named, with no number between, are
    of the bases in the order named: the first GAAP, the second non-GAAP (as "adjusted") for "GAAP and non-GAAP ...",
    the reverse for "non-GAAP and GAAP ..."."""
    result = readings
    for first in range(len(numbers) - 1):
        (span, _, unit), (next_span, _, next_unit) = numbers[first], numbers[first + 1]
        if unit is not next_unit or not _PAIR_GAP.fullmatch(text, span.end, next_span.start):
            continue
        lower = max(numbers[first - 1][0].end if first else 0, span.start - _BOTH_BASES_REACH)
        if not may_hold(text[lower : span.start], ("gaap",)):
            continue
        named = deque(_BOTH_BASES.finditer(text, lower, span.start), maxlen=1)
        if not named:
            continue
        bases = ("gaap", "adjusted") if named[0].group("gaap_first") else ("adjusted", "gaap")
        if result is readings:
            result = list(readings)
        result[first] = replace(result[first], basis=bases[0])
        result[first + 1] = replace(result[first + 1], basis=bases[1])
    return result


_PER_SHARE_RUNS = 2  # how many runs of amounts per share a list of amounts in millions may pass over


def _pairs_in_parallel(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A pair restated "or" per share, set against a pair said the same way, takes the first pair's metrics in order:
    STAAR's "net loss $(34.2)M or $(0.69)/shr vs net income $7.8M or $0.16" -- the $0.16 is the earnings per share
    the $(0.69) was, not the net income said before it. Only where the second amount of the first pair is per share,
    the second pair's second amount is read with its first's metric, and a comparison link opens the second pair."""
    result = list(readings)
    for at in range(len(numbers) - 3):
        first, second, third, fourth = range(at, at + 4)
        if not (_OR_BETWEEN.fullmatch(text, numbers[first][0].end, numbers[second][0].start)
                and _OR_BETWEEN.fullmatch(text, numbers[third][0].end, numbers[fourth][0].start)):  # fmt: skip
            continue
        if numbers[second][2] is not PER_SHARE_UNIT or numbers[fourth][2] is PER_SHARE_UNIT:
            continue
        if not _introduces(text[numbers[second][0].end : numbers[third][0].start]):
            continue
        if result[fourth].metric == result[third].metric and result[second].metric != result[first].metric:
            result[fourth] = replace(result[fourth], metric=result[second].metric)
    return result


_OR_BETWEEN = re.compile(r"\s*,?\s*or\s*")  # "$(34.2)M or $(0.69)/shr": an amount restated


# A list of the earlier period's amounts said as "the figures" of the metrics before it: "...; a year earlier the figures
# were $170.0 million and $256.7 million"
_THE_FIGURES_WERE = re.compile(r"\b(?:the\s+(?:figures|numbers|amounts|balances)|they|those)\s+(?:were|stood\s+at|came\s+to)\s+$", re.IGNORECASE)
# every match of the comparison link or of ``_THE_FIGURES_WERE`` holds one: "at the Bank they were 11.70% and 9.89%"
_LIST_SET_AGAINST_WORDS = (*COMPARISON_WORDS, "were", "stood", "came")


def _compared_in_parallel(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A list of amounts set against a list of metrics said before it, in the same order, takes their metrics: "sees
    2025 revenue of EUR2,800-3,200 mln and operative EBITDA of EUR540-640 mln, vs 2024's EUR2,948.1 mln and EUR585.4
    mln" -- the EUR2,948.1 mln is the revenue, the EUR585.4 mln the EBITDA. Only where the comparison link ("vs",
    "compared with", "against") opens the list with no metric named after it, the list's amounts are joined by "and"
    or commas, the levels before it name as many metrics, each once in a run ("EUR540-640 mln" is one), and every
    per-share amount meets earnings per share, and no "respectively" follows it; else each keeps the metric it
    was read with."""
    if len(numbers) < 4 or not may_hold(text[numbers[0][0].end : numbers[-1][0].start], _LIST_SET_AGAINST_WORDS):
        return readings
    result = list(readings)
    # where each run of one metric starts, read once: the lists are read from the last back, and the readings before
    # a list are not yet changed when it is read (a run per list was quadratic in a line of thousands of lists)
    # (a change is no level: "earned $9.6 million, or $0.54 per diluted share, ..., up 21% from $7.9 million and $0.45"
    # sets the list against the two levels, not against the change between)
    levels = [at for at in range(len(readings)) if not readings[at].change]
    run_starts = [at for before, at in zip([None, *levels], levels) if before is None or readings[at].metric != readings[before].metric]
    last = len(numbers) - 1
    while last >= 3:
        first = last
        while first > 0 and _LIST_GAP.fullmatch(text, numbers[first - 1][0].end, numbers[first][0].start):
            first -= 1
        count = last - first + 1
        opening = text[numbers[first - 1][0].end : numbers[first][0].start] if first else ""
        # a list said "respectively" is read by what it lists after it (``_respectively``)
        listed_after = _RESPECTIVELY.search(text, numbers[last][0].end, numbers[last][0].end + _RESPECTIVELY_REACH)
        # (the metric the level before names after it is not the list's: "against $834.2 million of total debt, up from
        # $170.0 million and $256.7 million a year earlier")
        if (
            count >= 2 and first >= count and listed_after is None
            and (_introduces(opening) or _THE_FIGURES_WERE.search(opening)) and not metrics_in(opening.rpartition(",")[2])
        ):
            before = bisect.bisect_left(run_starts, first)  # the runs that start before the list
            runs = run_starts[max(0, before - count - _PER_SHARE_RUNS) : before]
            if all(_SCALED_AMOUNT.search(text, *numbers[at][0]) for at in range(first, last + 1)):
                # a list of amounts in millions is set against no amount per share: "revenue of $26.74 billion and net
                # profit of $6 billion, or $6.43 a diluted share, up from $15.68 billion and $3.38 billion" -- the
                # $15.68 billion is the revenue, not the earnings per share between
                runs = [at for at in runs if numbers[at][2] is not PER_SHARE_UNIT]
            listed = [readings[at].metric for at in runs[-count:]]
            if (
                len(listed) == count and None not in listed and len(set(listed)) == count
                and not any(result[at].change for at in range(first, last + 1))
                and all((numbers[at][2] is Unit.PER_SHARE) <= (metric == "eps") for at, metric in zip(range(first, last + 1), listed))
            ):  # fmt: skip
                for at, metric in zip(range(first, last + 1), listed):
                    result[at] = replace(result[at], metric=metric)
        last = first - 1
    return result


# "$380.5 million ($1.59 per share)", "$66.4 million, or $0.63 per share": the per-share amount of the figure before
# (the amount's period may come between: "$583 million in the fourth quarter, or $0.70 per share")
_PER_SHARE_AFTER = re.compile(r"\s*(?:(?:in|for|during)\s+[\w' -]{1,40}?)?(?:\(|,?\s+or\s+)", re.IGNORECASE)
_EARNINGS = frozenset({None, "", "net_income", "eps"})
# What joins an amount per share to the one it is compared with: "$3.07 a share, vs. $2.66", "$1.59 per share, up from"
_PER_SHARE_COMPARED = re.compile(
    r"(?:[ \t]*(?:/|per[ \t]+|a[ \t]+)(?:diluted[ \t]+)?share)?[ \t]*,?[ \t]*(?:(?:up|down)[ \t]+)?"
    r"(?:vs\.?|versus|from|compared[ \t]+(?:with|to))[ \t]+",
    re.IGNORECASE,
)
# What opens the parts of an amount per share, and what joins the next part: "EUR5.45 per share, comprising an interim
# EUR2.70 and a EUR2.75 balance", "made up of a regular $0.25 and a special $1.00"
_PARTS_OF_IT = re.compile(
    r"(?:[ \t]*(?:/|per[ \t]+|a[ \t]+)(?:diluted[ \t]+)?share)?[ \t]*,?[ \t]*"
    r"(?:comprising|consisting[ \t]+of|made[ \t]+up[ \t]+of|split[ \t]+(?:into|between))[ \t]+(?:[a-z]+[ \t]+){0,3}",
    re.IGNORECASE,
)
_NEXT_PART = re.compile(r"[ \t]*(?:[a-z]+[ \t]*)?,?[ \t]+(?:and|plus)[ \t]+(?:[a-z]+[ \t]+){0,3}", re.IGNORECASE)
# between an amount per share said on one basis and the same amount on another: " a share on a GAAP basis and "
_AND_ON_ANOTHER_BASIS = re.compile(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?\s+(?:on\s+an?\s+)?[\w-]+\s+basis,?\s+and\s+", re.IGNORECASE
)
def _past_a_multiples_earnings(text: str, between: str, start: int, before: Reading) -> str:
    """``between`` (the words before the amount at ``start``) past the earnings a leverage ratio before it is a multiple
    of: "0.40x LTM adjusted EBITDA vs. 0.20x" compares two ratios, the EBITDA no measure of its own."""
    if before.metric != "leverage_ratio":
        return between
    times = _TIMES_EBITDA.match(text, start - len(between) - 1)
    return text[times.end() : start] if times is not None and times.end() <= start else between


# a multiple's "x" or "times" (from the number's last character on), then the earnings it is of: "3.4x adjusted EBITDA"
_TIMES_EBITDA = re.compile(r"(?:x|\d\s*(?:x|times))\s+(?:(?:adjusted|adj\.|trailing|TTM|LTM|last[- ]twelve[- ]months?)\s+)*EBITDAR?\b", re.IGNORECASE)
_IN_CENTS_UNSCALED = re.compile(r"(?<![\d,])\d{1,3}\.\d{2}\)?$")  # "$4.27", "$(0.97)": an amount per share's form
_SCALED_AMOUNT = re.compile(r"\d\s?(?:thousand|million|billion|trillion|mln|bln|bn|mn|[mMbBkK])\b", re.IGNORECASE)
_OWN_ASIDE = re.compile(r"[^()\d]{0,24}\)")  # the rest of an aside of one figure: "/share)", " per diluted share)"
# "$3.07/share", "$0.70 per share2" (a footnote's mark glued on)
_A_SHARE = re.compile(r"[ \t]*(?:/|per[ \t]+|a[ \t]+)(?:diluted[ \t]+)?share(?:\d{1,2}(?!\d))?\b", re.IGNORECASE)
# The rest of a list of amounts per share, said once after the last: "or $0.05 and $0.24 per share"
_LISTED_A_SHARE = re.compile(
    r"[ \t]+and[ \t]+(?:[A-Z]{0,3}[$€£¥])?\d[\d.,]*[ \t]*(?:/|per[ \t]+|a[ \t]+)(?:diluted[ \t]+)?share\b", re.IGNORECASE
)


def _per_share_of_amounts(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A per-share amount printed right after an amount of another metric than earnings is that
    metric's per share ("funds from operations of $380.5 million ($1.59 per share)", "dividends of
    $66.4 million, or $0.63 per share"), not earnings per share."""
    parts = False  # whether the amount before is a part of an amount per share said before it
    for position in range(1, len(readings)):
        (before, _, unit_before), (span, _, unit) = numbers[position - 1], numbers[position]
        metric = readings[position - 1].metric
        between = text[before.end : span.start]
        parts = (
            unit is unit_before is PER_SHARE_UNIT and readings[position].metric == "eps" and metric not in _EARNINGS
            and (_PARTS_OF_IT.fullmatch(between) is not None or (parts and _NEXT_PART.fullmatch(between) is not None))
        )
        if parts:
            # "a dividend of EUR5.45 per share, comprising an interim EUR2.70 and a EUR2.75 balance": the parts of an
            # amount per share are of its metric
            readings[position] = replace(readings[position], metric=metric)
            continue
        # (a claim's reader gives "per share" to each amount of a list; a release's figures carry it on the last only)
        per_share = unit is PER_SHARE_UNIT or (
            unit is CURRENCY_UNIT and (_A_SHARE.match(text, span.end) is not None or _LISTED_A_SHARE.match(text, span.end) is not None)
        )
        if (
            unit is unit_before is PER_SHARE_UNIT and readings[position].metric == "eps" and metric not in _EARNINGS
            and _PER_SHARE_COMPARED.fullmatch(text, before.end, span.start)
        ):
            # the amount per share it is compared with is of the same metric: "distributable earnings ... $3.07 a
            # share, vs. $2.66", "FFO of $1.59 per share, up from $1.40"
            readings[position] = replace(readings[position], metric=metric)
            continue
        # (a claim's number may hold its own parentheses: "$111.1 million ($0.46)")
        after = _PER_SHARE_AFTER.fullmatch(text, before.end, span.start) or (
            text.startswith("(", span.start) and not text[before.end : span.start].strip()
        )
        if not (per_share and unit_before is CURRENCY_UNIT and after):
            continue
        if readings[position].metric == "eps" and metric not in _EARNINGS:
            # (an item's too: "Net pre-tax charges of $52 million, or $0.06 per share" is the charges' amount per share)
            readings[position] = replace(readings[position], metric=metric)
        length = readings[position - 1].period.length
        aside = (_OWN_ASIDE.match(text, span.end) and between.strip() == "(") or (
            _OR_BETWEEN.fullmatch(between) and (a_share := _A_SHARE.match(text, span.end)) and text.startswith(",", a_share.end())
        )  # or set off by commas: "$2.6 billion, or $1.67 a share, for 2024"
        if length and aside and not readings[position - 1].change and not readings[position].change:
            # the per-share amount in an aside of the figure before is of its period: "$4.9 billion ($3.07/share) for
            # the year" (not a list of them: "$7.5 million and $33.3 million, or $0.05 and $0.24 per share, for the
            # three and six months ... respectively")
            period = readings[position].period
            readings[position] = replace(readings[position], period=Period(length, period.prior, period.end))
    return _of_the_amount_per_share_before(text, numbers, readings)


def _of_the_amount_per_share_before(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]
) -> list[Reading]:
    """A change said per share, or an amount per share it is compared with, after an amount per share of a metric
    other than earnings in its clause, no other metric named between, is of that metric: "distributable earnings ...
    $3.07 per share, up 15% per share from $2.66" -- the 15% and the $2.66 are the distributable earnings', not an
    EPS (not the next of a list, "$0.05 and $0.24 per share", which ``_per_share_of_amounts`` reads)."""
    own: tuple[int, str] | None = None  # where the last amount per share of a metric other than earnings ends, and that metric
    for position, (span, _, unit) in enumerate(numbers):
        reading = readings[position]
        if own is not None and span.start - own[0] > _OWN_REACH:
            own = None  # (a clause, not a list of thousands: each number's words read once)
        if own is not None and reading.metric == "eps" and (
            (unit is PER_SHARE_UNIT and _COMPARED_FROM.search(text, max(own[0], span.start - 40), span.start))
            or (unit is PERCENT_UNIT and reading.change and _A_SHARE.match(text, span.end))
        ):
            between = text[own[0] : span.start]
            # (no metric named between but "per share" itself: not "of $0.06 per share, diluted earnings per share was")
            if not _PARTS_OF_A_CLAUSE.search(between) and all(
                metric == "eps" and match.group(1)[:4].lower() == "per " for match, metric in metric_matches(between)
            ):
                readings[position] = replace(reading, metric=own[1])
        metric = readings[position].metric
        if unit is PER_SHARE_UNIT and metric is not None and metric not in _EARNINGS and not reading.change:
            own = (span.end, metric)
    return readings


_PARTS_OF_A_CLAUSE = re.compile(r"[;:]|\.\s")  # the clause of an amount per share ends at these
_OWN_REACH = 80  # how far after an amount per share a change or an amount compared with it may stand


# A percentage said against an amount: "and 34% from $37.68 million a year earlier" (a change, as "and 6.1% from the first
# quarter" is)
# "and 9.5% from the prior quarter", "and 3% over the previous year"
_FROM_AN_EARLIER_PERIOD = re.compile(
    r"[ \t]+(?:from|over|versus|vs\.?)[ \t]+(?:(?:the[ \t]+)?(?:immediate(?:ly)?[ \t]+)?(?:prior|previous|preceding|linked|last|"
    r"year[- ]ago|prior[- ]year)[ \t-]+(?:quarter|year|period)|a[ \t]+(?:year|quarter)[ \t]+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)
# The first change's period, then "and" alone before a second change: "up 17% from Q2 and 94% from a year earlier",
# "up 36.4% from $1.10 a year earlier and 9.5% from the prior quarter"
_AND_AFTER_A_PERIOD = re.compile(r"[^%$€£¥;:.()]{0,40}?\band\s+")
# of money, by its sign or its code ("from RMB2,703.7 million"), not "from 48.4%"
_FROM_AN_AMOUNT = re.compile(r"[ \t]+from[ \t]+" + HEDGED + r"(?-i:[A-Z]{0,3})(?:" + CURRENCY_PREFIX + r")\d")
_DATED_AND = re.compile(r"(?:19|20)\d{2}(?=,?\s+and\s)")  # "... at December 31, 2024, and book value per share"


def _after_a_date(between: str) -> str:
    """The words between two numbers from the year of a date that ends the first one's clause on: "at December 31,
    2024, and book value per share " gives ", and book value per share " (the date's own digits no figure's)."""
    dated = list(_DATED_AND.finditer(between)) if "and" in between else []
    return between[dated[-1].end() :] if dated else between


_FROM_THE_NEXT = re.compile(r"[ \t]+from[ \t]+" + HEDGED, re.IGNORECASE)  # "$16.1 million from $14.5 million"
# Between an amount and the one it is set against, the first one's year named between: " for 2024 versus ", " for
# 2021, up from "
_SET_AGAINST_IT = re.compile(
    r"(?:[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?(?:full[- ]year[ \t]+|fiscal[ \t]+|FY[ \t]?)?(?:19|20)\d{2})?[ \t]*,?[ \t]*"
    r"(?:vs\.?|versus|compared[ \t]+(?:with|to)|against|(?:(?:up|down)[ \t]+)?from)[ \t]+" + HEDGED,
    re.IGNORECASE,
)
# A comma or a semicolon ends the words that date the next number: "vs. $0.89 a year earlier; non-GAAP EPS of $1.62"
_PARTS = re.compile(r"[,;]")
_AND_JOINED = re.compile(r"\s+and\s+[^,;()\d]*", re.IGNORECASE)  # " and net income of about "


def _joined_length(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], position: int, previous_end: int, readings: list[Reading]
) -> str:
    """The length of the number before, where this one is joined to it by "and" and its own phrase names the length:
    "imply first-half fiscal 2024 net sales of about $544.9 million and net income of about $74.1 million" (after
    "The 39-week figures") -- both the half's; "" else (a length the number before took from its paragraph is not
    said of both)."""
    if not position or readings[-1].change or not _AND_JOINED.fullmatch(text, previous_end, numbers[position][0].start):
        return ""
    before = readings[-1].period.length
    said = nearest_length(clause_before(text, numbers[position - 1][0].start).rsplit(",", 1)[-1])
    return before if before and said == before else ""


_BARE_COMMA = re.compile(r"\s*,\s*")
# The period an outlook is given for: "guidance for the 2025 financial year", "outlook for fiscal 2026".
_GUIDANCE_FOR = re.compile(
    r"\b(?:guidance|outlook|forecast)\s+for\s+(?:the\s+)?(?:(?:full|financial|fiscal)\s+(?:year\s+)?(?:19|20)\d{2}|"
    r"(?:19|20)\d{2}\s+(?:financial|fiscal|full)\s+year|full\s+year)\b",
    re.IGNORECASE,
)


# An outlook that names its year alone as it opens: "Albemarle sees 2026 net sales of", "2026 guidance is" (not a quarter
# or half of it: "sees Q1 2026 revenue", "expects 2026 second-quarter")
_OUTLOOK_OF_A_YEAR = re.compile(
    r"\b(?:sees|expects?|guides?|forecasts?|projects?|anticipates?)\s+(?:full[- ]year\s+|fiscal\s+(?:year\s+)?|FY\s?)?"
    r"(?:19|20)\d{2}\b(?![-–/]|\s*(?:first|second|third|fourth|Q[1-4]|[1-4]Q|quarters?|half|H[12]|nine|six|three)\b)"
    r"|\b(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\s+(?:guidance|outlook)\b",
    re.IGNORECASE,
)


def _outlook_of_a_year(clause: str) -> str:
    """"year" when the words of a figure's clause open its outlook with a year alone, no other length said after it
    (``_OUTLOOK_OF_A_YEAR``): "At a ~$20/kg lithium price (Q1 2026 average), Albemarle sees 2026 net sales of $5.7
    billion" is the year's outlook, the quarter before naming the price case; else ""."""
    if not may_hold(clause, ("20", "19")):
        return ""
    last = max((match.end() for match in _OUTLOOK_OF_A_YEAR.finditer(clause)), default=None)
    return "" if last is None or nearest_length(clause[last:]) else "year"


def _guidance_length(text: str, lower: int, start: int) -> str:
    """"year" when the sentence before ``start`` says its guidance is for a (fiscal) year, after any
    other length it names; else ""."""
    words = text[max(lower, start - 300) : start]
    if "or" not in words:  # "for": every match holds it
        return ""
    last = max((match.end() for match in _GUIDANCE_FOR.finditer(words)), default=None)
    if last is None:
        return ""
    return "" if nearest_length(words[last:]) else "year"


# The words between a change and a percentage that name a second amount, the verb left out: "(year over year)
# and operating cash flow ", ", and EBITDA ".
_GAP = re.compile(r"(?P<period>[^,;:()\d$€£¥%]*?)(?:,\s*(?:and\s+)?|\s+and\s+)(?P<subject>[^,;:()\d$€£¥%]{2,60}?)\s*")
# Words of a ratio or a rate, whose level is said in percent: "and gross margin 45%" is a level.
_RATE_WORDS = re.compile(
    r"\b(?:margins?|ratios?|rates?|returns?|yields?|shares?|percent(?:age)?|mix|utili[sz]ation|occupancy|penetration|"
    r"coverage|conversion|comp(?:arable)?s?|same[- ]store|roe|roa|rotce|nim|cet ?1|tier)\b",
    re.IGNORECASE,
)


def _gapped_change(text: str, between: str, end: int, first: str, unnamed: bool) -> bool:
    """True when a percentage after a change names a second amount of money with the verb left out:
    "Free cash flow rose 181% year over year and operating cash flow 45%" -- the words between are at most
    the first change's period phrase, then "and" and a metric of money (or, after a change of no metric, a noun that
    ends the subject of that change, its clause ``first``: "closed transaction volume was up about 12% y/y and open
    volume about 4%"; or a name, after a change whose clause opens with a name of its own: "while Household fell 18%
    and Lifestyle 17%"), with no verb, no ratio or rate, and no share "of" a whole after the percentage. ``unnamed``:
    the change before is of no metric read."""
    gap = _GAP.fullmatch(between)
    if gap is None or (gap.group("period").strip() and not _CHANGE_PERIODS.fullmatch(gap.group("period").rstrip())):
        return False
    subject = _TRAILING_HEDGE.sub("", gap.group("subject"))  # "Perigold more than": the name, then its hedge or bound
    if _VERB.search(subject) or _RATE_WORDS.search(subject):
        return False
    if not metrics_in(subject):
        noun = _HEAD_NOUN.search(subject) if unnamed else None
        of_the_first = noun is not None and re.search(rf"\b{re.escape(noun.group(1))}\b", first, re.IGNORECASE) is not None
        if not of_the_first and not (_A_NAME.fullmatch(subject) and _NAME_THEN_ITS_VERB.search(first)):
            return False
    return SHARE_OF.match(text, end) is None


_TRAILING_HEDGE = re.compile(rf"(?:\s+(?:{HEDGE}|more\s+than|less\s+than|over|under|at\s+least)|\s*~)\s*$", re.IGNORECASE)
# one period phrase of a change or two: "rose 45% year over year in the quarter"
_CHANGE_PERIODS = re.compile(rf"(?:{CHANGE_PERIOD.pattern}){{1,2}}", re.IGNORECASE)


# A name of its own as the subject of a change (``_A_NAME_WORDS``), then the change's verb: "while Household fell "
_A_NAME = re.compile(_A_NAME_WORDS)
_NAME_THEN_ITS_VERB = re.compile(
    # (or the clause's own subject, opened with a capital: "Specialty retail brands grew nearly 20% in the quarter and
    # Perigold more than 35%")
    rf"(?:^\s*(?:[A-Z][\w&.'’-]*(?:\s+[a-z][\w&.'’-]*){{1,3}}|{_A_NAME_WORDS})|\b(?:while|whereas|but|and)\s+{_A_NAME_WORDS})\s+"
    r"(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|(?:was|were)\s+(?:up|down)|up|down)"
    r"(?:\s+(?:by|about|approximately|roughly|nearly|some|almost))*\s*$"
)


# The last word of a subject, before a hedge ("open volume about "): its head noun
_HEAD_NOUN = re.compile(r"([a-z]{3,})(?:\s+(?:about|approximately|roughly|nearly|some|around|almost))?\s*~?$", re.IGNORECASE)


# Words that give a percentage a subject or a verb of its own: "... and accounted for 40% in the quarter", "..., with
# online 30% excluding ...": no second change of the figure before.
_OWN_PREDICATE = re.compile(
    r"\b(?:was|were|is|are|be|been|totaled|totalled|reached|came|stood|rose|fell|grew|increased|decreased|declined|"
    r"generated|posted|earned|recorded|achieved|delivered|showed|accounted|represented|made|making|with|while|whereas|"
    r"of|at)\b",
    re.IGNORECASE,
)


def _earlier_change(
    readings: list[Reading], numbers: Sequence[tuple[Span, Decimal, Unit]], unit: Unit, reach: int
) -> Reading | None:
    """The nearest of the last ``reach`` readings that is a change in ``unit``, None when none is."""
    return next(
        (readings[i] for i in range(len(readings) - 1, max(-1, len(readings) - 1 - reach), -1)
         if readings[i].change and numbers[i][2] is unit),
        None,
    )  # fmt: skip


# A move in points, then the level the rate moved to: "110 bps to 28.0%"
_POINTS_TO_A_RATE = re.compile(r"\s+to\s+" + HEDGED + r"[\d.]+\s?(?:%|percent\b)", re.IGNORECASE)


def _second_change(text: str, between: str, end: int) -> bool:
    """True when a percentage with no direction word of its own, after a percentage change of its sentence, is that
    change said again on another basis, with or without some items, or over another period: the words since the
    figure before it name no metric, ratio or rate and open no new clause (";"), and what follows it says its basis
    (``CHANGE_QUALIFIER_AFTER``) or the level it went to ("13% to $151.6 million", "22% in the quarter, to about $1.9
    million"); never
    a share of a whole ("78% of the total"). A period said after it is not enough: "..., 40% in the fourth quarter"
    may be the quarter's share of the year."""
    if (
        ";" in between or _RATE_WORDS.search(between) or metrics_in(between) or _OWN_PREDICATE.search(between)
        or RANGE_LINK.fullmatch(between)  # "10%-14% FX-neutral": the other end of a range
    ):
        return False
    period = _PERIOD_BEFORE_LEVEL.match(text, end)  # "22% in the quarter, to about $1.9 million from $2.4 million"
    qualified = CHANGE_QUALIFIER_AFTER.match(text, end) or _TO_AMOUNT.match(text, period.end() if period else end)
    return qualified is not None and SHARE_OF.match(text, end) is None


_TO_THE_LEVEL = re.compile(r"[^;\d]*,\s*to\s+" + HEDGED + r"\S{0,4}", re.I)  # ", to about $"
# A period of the release's own time said right after an amount, no earlier one: "for the full year", "in the first nine
# months" (not "for the full year 2023", "of the prior year", "a year ago")
_THE_WHOLE_OF_THE_SAME_TIME = re.compile(
    r"[ \t]+(?:for|in|over|during)[ \t]+the[ \t]+"
    r"(?:(?:full|whole|entire)[- ](?:fiscal[- ])?year|first[ \t]+(?:half|six[ \t]+months|nine[ \t]+months)|year[- ]to[- ]date)\b"
    r"(?![- ]?(?:ago|earlier|before|prior)\b)(?![ \t]*'?\d)(?![ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:last|prior|previous|preceding|(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
# An aside that opens with what it is set against, still open: "(vs 2.77% 2Q, "
_IN_A_COMPARISON_ASIDE = re.compile(r"\(\s*(?:vs\.?|versus|compared\s+(?:with|to))\s[^()]*$", re.IGNORECASE)
# From a change's base to a second change of the same: " a year earlier and "
_AND_ANOTHER_CHANGE = re.compile(r"[^,;()%$\d]{0,30}?,?\s+and\s+(?:(?:up|down|by)\s+)?" + HEDGED + r"[+-]?", re.I)
# What a change is counted from, an amount at a scale: "net profit of US$166.2 million, or US$3.99 a share, down 11.5% from
# US$187.7 million" -- the change of the amount in millions, not of the amount per share said between
_FROM_AN_AMOUNT_IN_MILLIONS = re.compile(
    r"\s+(?:from|versus|vs\.?|compared\s+(?:to|with))\s+(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*\s*(?:million|billion|mln|bln|bn|mn|m)\b",
    re.IGNORECASE,
)
# The words from a level to its change said right after it: "$1.50 a diluted share in Q2 2025, up "
# the level's own words, its period maybe set off by commas ("$0.54 a diluted share, in the third quarter of 2025, up
# 21%"), then its change
_CHANGE_AFTER_THE_LEVEL = re.compile(
    r"[^,;()%$]{0,60}(?:,\s*(?:in|for|during)\s[^,;()%$]{0,40})?,\s*(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|decline)\s+of)\s+"
    + HEDGED + r"[+-]?",
    re.I,
)
_CHANGE_OF_THE_LEVEL = re.compile(  # "$14.88 billion in 2021, up 58%": a level's period phrase, then its change
    r"(?:\s+(?:in|for|during)\s+(?:fiscal\s+)?(?:19|20)\d{2})?\s*,\s*(?:up|down|an?\s+(?:increase|decrease|rise|decline)\s+of)\s+"
    + HEDGED + r"[+-]?",
    re.I,
)
_PERIOD_BEFORE_LEVEL = re.compile(
    r"\s+(?:in|for|during|over)\s+the\s+(?:(?:first|second|third|fourth|full|fiscal)[- ])?(?:quarter|year|half)\b,?", re.I
)


# A percentage set after a level and what it went there from, as their change: ", about 8%", ", or 8%", " (8%)"
_AFTER_A_PAIR = re.compile(
    r"(?:\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|in\s+the\s+(?:prior|previous|same|year-ago)[\w -]{0,30}?))?"
    r"\s*(?:,|\(|--|—|–)\s*(?:or\s+)?" + HEDGED,
    re.IGNORECASE,
)
# What may follow such a change: the end of its clause, or words of the change ("higher", "y/y") -- not "of sales"
_PAIR_CHANGE_END = re.compile(
    r"\s*(?:[,;.)]|$|(?:higher|lower|more|less|up|down|increase|decrease|growth|gain|rise|decline|drop|y/y|yoy|"
    r"year[- ]over[- ]year|while|whereas|and|as)\b)",
    re.IGNORECASE,
)
_TO_THEN_FROM = re.compile(r"\bto\s*" + HEDGED + r"$", re.IGNORECASE)
# A level, then the way it went from the one it is set against: "$1.85 billion, up from $1.35 billion"
_WENT_FROM_THE_NEXT = re.compile(
    r"[ \t]*,?[ \t]*(?P<way>up|down|higher|lower|rising|falling|increasing|decreasing)[ \t]+from[ \t]+" + HEDGED, re.IGNORECASE
)


# A period said right after a percentage, as the length it is counted over: "and 23% for the full year"
_FOR_A_LENGTH = re.compile(r"[ \t]+(?:for|in|over|during)[ \t]+(?P<words>[^,;.()\d%$€£¥]{3,40})", re.IGNORECASE)


def _for_another_length(text: str, end: int, change: Reading) -> bool:
    """True when the words right after a percentage name a period length of its own, another than the change before
    it was counted over, and no earlier period: "Cash costs per metric ton fell 25% year over year in Q4 and 23% for
    the full year" -- the 23% is the year's change, as the 25% is the quarter's."""
    said = _FOR_A_LENGTH.match(text, end)
    if said is None:
        return False
    period = period_in(said.group("words"))
    return bool(period.length) and period.prior is not True and period.length != change.period.length


def _pair_went(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading], position: int, lower: int
) -> int:
    """+1 or -1 when the percentage at ``position`` is said right after a level and the level it went there from
    ("sales rose to $26.0 billion from $24.0 billion, about 8%": +1), the way the verb before the pair says; 0 when it
    is no such change (a share said after the pair: "from $54.7 million, about 12.8% of revenue")."""
    if position < 2:
        return 0
    (to_span, _, to_unit), (from_span, _, from_unit), (span, _, _) = numbers[position - 2 : position + 1]
    level, compared = readings[position - 2], readings[position - 1]
    if (
        to_unit is not from_unit or to_unit is PERCENT_UNIT or level.change or compared.change
        or level.period.prior is not False or compared.period.prior is not True
        or not _AFTER_A_PAIR.fullmatch(text, from_span.end, span.start)
        or not _PAIR_CHANGE_END.match(text, span.end)
    ):
        return 0
    went = _WENT_FROM_THE_NEXT.fullmatch(text, to_span.end, from_span.start)
    if went:  # "revenue of $1.85 billion, up from $1.35 billion a year earlier, or 36%": the way the pair's word says
        return change_direction(went.group("way"), "")
    if not _FROM_THE_NEXT.fullmatch(text, to_span.end, from_span.start):
        return 0
    verb = _TO_THEN_FROM.search(text, lower, to_span.start)
    return change_direction(text[lower : verb.start()], "") if verb else 0


def _change_after_its_base(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading], position: int
) -> int:
    """+1 or -1 when the percentage at ``position`` restates the change of an amount said two numbers before it, the
    level it is counted from between them ("up 15 cents from EUR5.30, or 2.8%": the 2.8% is the 15 cents' change, not
    the earlier period's level), the way the change goes; 0 when it is no such restatement."""
    if position < 2:
        return 0
    (change_span, _, change_unit), (base_span, _, base_unit), (span, _, _) = numbers[position - 2 : position + 1]
    moved, base = readings[position - 2], readings[position - 1]
    if (
        # the same unit, or money both ("15 cents" from "EUR5.30" a share)
        not (change_unit is base_unit is not PERCENT_UNIT or {change_unit, base_unit} <= {CURRENCY_UNIT, PER_SHARE_UNIT})
        or not moved.change or base.change
        or base.period.prior is not True
        or not _FROM_THE_NEXT.fullmatch(text, change_span.end, base_span.start)
        or not _AFTER_A_PAIR.fullmatch(text, base_span.end, span.start)
        or not _PAIR_CHANGE_END.match(text, span.end)
    ):
        return 0
    return -1 if moved.value < 0 else 1


def _share_after_change(text: str, end: int, unit: Unit, previous: Unit) -> bool:
    """True when a percentage that follows a percentage change states a share of a whole ("down 23%,
    about 52% of total"): a level, not the change said again."""
    return unit is previous is PERCENT_UNIT and SHARE_OF.match(text, end) is not None


def _own_item(text: str, between: str, end: int, metric: str | None, readings: list[Reading]) -> bool:
    """True when a figure joined to the one before by a comma names, right after it, a metric of
    its own: "from $0.5 million, $2.4 million of the increase being non-cash share-based
    compensation" -- another item, not the comparison list going on (a per-share amount is the
    aside of the amount before it: "a net loss of $293 million, or $1.26 per share")."""
    if metric in (None, "eps") or not readings or not _BARE_COMMA.fullmatch(between):
        return False
    return _metric_after(text, end) == metric != readings[-1].metric


# Where a clause of a subject or contrast of its own begins: what was said of a period before it is not its.
_BREAK_REACH = 160
_JOINED_BREAK = re.compile(r";|,\s+(?:while|but|whereas|and)\b", re.IGNORECASE)
_IN_A_YEAR = re.compile(
    r"[ \t]+in[ \t]+(?:fiscal[ \t]+)?(?:FY[ \t]?)?(?:19|20)\d{2}\b"
    r"(?!['’]s|[ \t]*(?:first|second|third|fourth|Q[1-4]|[1-4]Q|quarter|half|H[12]|nine|six|three)\b)",
    re.IGNORECASE,
)
_STRONG_BREAK = re.compile(r";|,\s+(?:while|but|whereas)\b", re.IGNORECASE)


_OPENS_WITH_A_YEAR = re.compile(r"\s*(?:for|in)\s+(?:(?:fiscal|full[- ]year)\s+)?(?:FY\s?)?(?:19|20)\d{2}\s*,", re.IGNORECASE)


def _length_after_a_break(text: str, lower: int, upper: int, span: Span) -> str:
    """The length said right after a figure, in its own clause, where a ";" or ", while" / ", but" parts it
    from the length said before it: "Free cash flow up 63% to $3.07 billion in Q3, but down 24% to $5.74
    billion for the nine months" -- the nine months', not Q3's. Not a comparison's ("up 5% from the prior-year
    quarter" names the period compared with)."""
    # the words of a claim's clause: a bounded reach, so a sentence of thousands of numbers is not read
    # again from its start (or to its end) for each
    reach = max(lower, span.start - _BREAK_REACH)
    breaks = list(_STRONG_BREAK.finditer(text, reach, span.start))
    parted = bool(breaks) and not nearest_length(text[breaks[-1].end() : span.start])
    # an outlook's own period, after its figures, where the period before them is that of a phrase a comma closes:
    # "Given our Q1 results, we now expect $30 million to $40 million in COVID-related revenues for the full year
    # 2021" -- the year's, not the quarter's its results came from
    comma = text.rfind(",", reach, span.start)
    if parted or (
        comma >= 0 and not nearest_length(text[comma + 1 : span.start]) and is_forward(text, comma, span.start, span.end)
    ):
        said = period_in(text[span.end : _own_clause_end(text, span.end, min(max(upper, span.end), span.end + _BREAK_REACH))])
        if said.length and said.prior is not True:
            return said.length
    if parted and _OPENS_WITH_A_YEAR.match(text, breaks[-1].end(), span.start):
        # "...; for 2024, buybacks of $300 million and dividends of $156 million totaled $456 million": the clause
        # opens with the year it speaks of
        return "year"
    # a year said right after the figure, after ", and" too: "in Q4, up from 197, and 741 in 2024 vs. 805 in 2023"
    if _IN_A_YEAR.match(text, span.end) is None:  # one place tried first: most figures are followed by no year
        return ""
    joined = list(_JOINED_BREAK.finditer(text, reach, span.start))
    if joined and not nearest_length(text[joined[-1].end() : span.start]):
        return "year"
    return ""


# An aside right after a figure ("$4.9 billion ($3.07/share) for the year", "$2.6 billion, or $1.67 a share, for
# 2024"), read past; and where the figure's own conjunct ends: a comma, a clause's end, or a word that joins the next
# item or the period compared with.
# an aside of the amount per share, in parentheses or between commas: "($0.07/share)", ", or 7 cents a share,"
_ASIDE_RIGHT_AFTER = re.compile(
    r"[ \t]*\([^()]{0,40}\)|,[ \t]+or[ \t]+[^\s,;()]{1,12}(?:[ \t]+cents?)?[ \t]+(?:a|per)[ \t]+(?:diluted[ \t]+)?share,"
)
_CONJUNCT_END = re.compile(
    r"[,;:()]|\.(?!\d)|\s(?:and|or|while|but|whereas|compared|versus|vs\.?|from|than|against|up|down|before|after)\b",
    re.IGNORECASE,
)
_OWN_PERIOD_REACH = 40
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (what ``re.IGNORECASE`` may fold onto an ASCII one too)
# the gap before an amount that opens a conjunct of its own after a comma, the measure not named again: ", and ", ",
# and about " (not a pair's "and", whose length said after both is both's: "RMB500 million and 20% for the quarter")
_AND_ALONE = re.compile(r"\s*,\s*and\s+" + HEDGED + r"$", re.IGNORECASE)


def _conjunct_of_its_own_length(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], lower: int, upper: int, current_year: int | None, year_done: bool
) -> int | None:
    """Where the first conjunct opened by ", and" begins whose amount names no measure before it and its own length
    right after it (``_length_right_after``): at ", and" of "$62.3 billion, up 75% year over year, and $193.7 billion
    for the full year"; None where no amount opens one."""
    for position in range(1, len(numbers)):
        gap_start, start = numbers[position - 1][0].end, numbers[position][0].start
        gap = _AND_ALONE.search(text, gap_start, start) if may_hold(text[gap_start:start], ("and",)) else None
        if gap is None or metrics_in(text[gap_start:start]):
            continue
        own = _length_right_after(text, numbers, position, lower, upper, current_year, year_done)
        if own and own != _OWN_YEAR_ONLY:
            return gap.start()
    return None


_OWN_YEAR_ONLY = "-"  # what _length_right_after says of a conjunct that names the release's year only: no length
# Where the words before a number stop speaking of the number before it: "in the fourth quarter and ", "..., ".
_JOINER = re.compile(r"[,;]|\s(?:and|or|while|but|whereas)\s", re.IGNORECASE)
# A year said as a period after a figure: "$14.5 billion of stock in 2021"; not a quarter or half of it.
_IN_THE_YEAR = re.compile(
    r"\b(?:in|for|during)[ \t]+(?:fiscal[ \t]+(?:year[ \t]+)?|FY[ \t]?)?((?:19|20)\d{2})\b"
    r"(?!['’]s|[ \t]*(?:first|second|third|fourth|Q[1-4]|[1-4]Q|quarter|half|H[12]|nine|six|three)\b)",
    re.IGNORECASE,
)


_THIS_YEAR = re.compile(r"\bthis\s+(?:fiscal\s+)?year\b(?![- ](?:to[- ]date|ago|earlier))", re.IGNORECASE)


def _length_right_after(
    text: str,
    numbers: Sequence[tuple[Span, Decimal, Unit]],
    position: int,
    lower: int,
    upper: int,
    current_year: int | None,
    year_done: bool = False,
) -> str:
    """The period length said right after a number, in its own conjunct (up to the next number outside an
    aside right after it, a comma or a joining word): "$533,000 for the year", "$14.5 billion of stock in 2021"
    (a bare year of the release's own says only that no length of the conjunct before is this one's:
    ``_OWN_YEAR_ONLY``; the year's, where the release reports the year whole: ``year_done``). A comparison's
    period ("a year earlier", "the prior-year quarter") is no length of the figure's."""
    end = numbers[position][0].end
    aside = _ASIDE_RIGHT_AFTER.match(text, end)
    start = aside.end() if aside else end
    stop = min(upper, start + _OWN_PERIOD_REACH)
    # the numbers after this one by index, not a copy of the list's rest per number (quadratic in a long "sentence");
    # the next one first, as numbers mostly stand in order
    following = numbers[position + 1][0].start if position + 1 < len(numbers) else None
    if following is not None and following < start:
        following = next((numbers[i][0].start for i in range(position + 2, len(numbers)) if numbers[i][0].start >= start), None)
    if following is not None:
        stop = min(stop, following)
    if stop <= start:
        return ""
    words = text[start:stop]
    cut = _CONJUNCT_END.search(words)
    # the year a dividend is for is the dividend's: "from EUR 2.3m, more than covering the dividend for FY 2024"
    words = _but_another_payouts(words[: cut.start()] if cut else words)
    if _LETTER.search(words) is None:
        return ""  # every period and year phrase below holds a letter: "\t$7\t" between cells says nothing
    said = period_in(words)
    if said.prior is True:
        return ""
    if said.length:
        return said.length
    if _THIS_YEAR.search(words) and is_forward(text, lower, numbers[position][0].start, end):
        # "still expects at least 185 openings this year": an outlook of the year (a result "this year" may be the
        # year so far; "for the current year and prior year, respectively" the current year's quarter)
        return "year"
    year = _IN_THE_YEAR.search(words)
    if year is not None and year.group().lower().startswith("for"):
        return "year"  # "was 24.3% for 2021", as ``full_year`` reads it
    if year is None or current_year is None or int(year.group(1)) != current_year:
        return ""
    # "$14.5 billion of stock in 2021" after "$7.0 billion in the fourth quarter": a conjunct of the year, which
    # "in 2021" dates rather than measures (it may be a quarter of it, as a table column "2021" may) -- not the
    # quarter's of the conjunct before; an outlook's year names the outlook, read by its own words. Where the release
    # reports the whole year, a result "in" it measures the year: "Expanse Studios delivered 174% revenue growth in 2024"
    # (in a release of the fourth quarter and the year 2024)
    if is_forward(text, lower, numbers[position][0].start, end):
        return ""
    return "year" if year_done else _OWN_YEAR_ONLY


def _implied_length(clause: str) -> str:
    """The length the words after the last word of implication name, where the clause holds one: "Keysight's Q4 guide
    implies fiscal 2026 revenue of about" is the year's (a fiscal year's name alone says the year here, with no length
    said before it that it dates), not the quarter's the implication is computed from."""
    words = clause[-_IMPLIED_REACH:]  # a bounded reach: a clause of thousands of numbers is not read again per number
    after = _after_implying(words)
    return (nearest_length(after) or period_in(after).length) if len(after) < len(words) else ""


_IMPLIED_REACH = 160  # how far before a number the word of implication may stand


def _after_implying(words: str) -> str:
    """``words`` after the last word that says what follows is computed from what came before (``IMPLYING``): the
    period of "Full-year figures imply GrafTech lost about" is none of the amount's own."""
    ends = [match.end() for match in IMPLYING.finditer(words)]
    return words[ends[-1] :] if ends else words


def _own_clause_end(text: str, start: int, upper: int) -> int:
    """Where the clause that a number at ``start`` stands in ends, by ``upper``, or the cause it gives
    (``_CAUSE``) begins: a length said after that is a later clause's ("$9 billion of share repurchases in fiscal 2026 and expects Q4
    segment operating income of about $4.9 billion": the $9 billion is the year's). An aside opened right after the
    number that holds the next one is that number's own: "2021 ROE was 23.0% (4Q21 annualized 15.6%)" -- the 4Q21 is
    the 15.6%'s."""
    aside = _ASIDE_OPENS.match(text, start, upper)
    if aside is not None and ")" not in text[aside.end() : upper]:
        return aside.start()
    match = _NEW_CLAUSE.search(text, start, upper)
    end = match.start() if match else upper
    # a cause said after it speaks of its own period: Clorox's "Organic sales decreased 8%, mainly due to lapping
    # incremental shipments related to the ERP transition in the fourth quarter" (under the fiscal year's summary)
    cause = _CAUSE.search(text, start, end)
    return cause.start() if cause else end


_ASIDE_OPENS = re.compile(r"[ \t]*\(")


# A date as an aside's label: "30.06.2025", "31/12/2024", "30 June 2025", "June 30, 2025".
# A period said short in an aside's label: "2Q25", "Q2'25", "1H24", "FY24", "Q4 2023"
_PERIOD_LABEL = re.compile(
    r"(?:[1-4][QH]|[QH][1-4]|FY|9M|6M|3M|12M)\s?['’]?(?P<year>\d{2}|(?:19|20)\d{2})", re.IGNORECASE
)


def _an_earlier_period_label(label: str, current_year: int | None) -> bool:
    """True when an aside's ``label`` is a quarter, half, nine months or fiscal year said short, of a year before
    ``current_year``: "Gross margin 86.3% (2Q25: 87.4%)" in a claim of 2026, "(9M24: EUR 171.6m)" in one of 2025 -- the
    aside is the comparison period's."""
    said = _PERIOD_LABEL.fullmatch(label)
    if said is None or current_year is None:
        return False
    year = int(said.group("year"))
    return (year + 2000 if year < 100 else year) < current_year


_DATE_LABEL = re.compile(
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
)
_LENGTH_RIGHT_AFTER = re.compile(
    # the unit counted may come between: "capacity now 430,000 tons a year"
    r"[ \t]*(?:per[ \t]+share[ \t]+|(?!(?:in|over|from|than|to|for|of|by|and|or|since|vs|versus|a|an|the)\b)[A-Za-z]+[ \t]+)?"
    r"(quarterly|a[ \t]+quarter|per[ \t]+quarter|annually|a[ \t]+year|per[ \t]+year|per[ \t]+annum|annuali[sz]ed"
    # a period's rate put at a year's, the period said after it: Goldman Sachs's "15.6% annualized in the fourth
    # quarter" is the quarter's
    r"(?![ \t]+(?:in|for|during|over)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:quarter|half|months?|Q[1-4]|[1-4]Q|H[12])\b))\b"
    r"(?![ \t-]*(?:earlier|ago|before|prior|over))",  # "a year earlier" is the comparison, not a length
    re.IGNORECASE,
)
_LOSS = re.compile(r"\b(?:loss(?:es)?|lost)\b", re.IGNORECASE)  # "ImmunoGen lost $8.2 million ... versus $4.7 million": both losses
# "net loss per share $(0.69) vs eps $0.16", "net loss $(20.2)m vs NI $21.3m" (a note's "NI": net income)
_PROFIT = re.compile(r"\b(?:income|profit|earnings|gain|eps|(?-i:NI))\b", re.IGNORECASE)
# The basis a percentage right before is on: "6.3% on a like-for-like basis", "5% organically".
_ON_A_BASIS = re.compile(
    r"\s*(?:on an? [\w-]+(?: [\w-]+)? basis|in constant currenc(?:y|ies)|at constant (?:currenc(?:y|ies)|exchange rates)|organically"
    r"|like[- ]for[- ]like|LFL)\b",
    re.IGNORECASE,
)
# A clause that gives a cause or adds a part after a figure: ", including ...", ", due to ...", " driven by ...".
_CAUSE = re.compile(
    r",\s*(?:including|which|primarily|mainly|largely|partly|partially|as a result|covering|funding|offsetting)\b"
    # a running total the figure adds to: "repurchased 1.4 million shares for $90 million, bringing the full-year total
    # to 5.6 million shares for $348 million" -- the year is the total's, not the $90 million's
    r"|,\s*bringing\b"
    r"|\s(?:due to|driven by|owing to|based on)\b"
    # what a figure leaves out, an amount of its own: "Free Cash Flow was $70 million before a $20 million litigation
    # settlement payment made in the second quarter" -- the quarter is the payment's
    r"|\s(?:before|excluding)\s+(?:an?|the)\s+(?=(?:[A-Z]{1,3})?[$€£¥]\s?\d)"
    # a clause whose subject opens with its own period: "Net income more than doubled to $1.34 billion from $518.5
    # million, and nine-month net income reached $3.35 billion" -- the nine months are the second clause's alone
    r"|,\s*(?:and|while|whereas|but)\s+(?:(?:the|its|for\s+the)\s+)?(?=(?:nine|six|twelve|9|6|12)[- ]months?\b"
    r"|(?:full|fiscal)[- ]year\b|year[- ]to[- ]date\b|ytd\b|(?:first|second)[- ]half\b|h[12]\b|[69]m\b)"
    # a clause of the outlook, its subject first: "Energy Storage sales volume rose 11.0% to 65 kT LCE, and Albemarle
    # expects full-year sales volumes of 225 to 235 kilotons" -- the year is the outlook's, not the quarter's volume
    r"|,\s*(?:and|while|whereas|but)\s+(?:(?:the\s+company|it|we|management|[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})\s+)?"
    r"(?:now\s+|also\s+)?(?:expects|sees|forecasts|guides|projects|anticipates|targets)\b",
    re.IGNORECASE,
)


def before_a_cause(sentence: str) -> str:
    """``sentence`` up to the first clause that gives a cause or what a figure takes in (``_CAUSE``): "Earnings after
    taxes rose to EUR 61.9 million ..., including around EUR 8 million in non-recurring tax income that was already
    reported in the first quarter" speaks of its figures' period before "including"; the quarter named after it is the
    clause's own, and no period for the sentences that follow."""
    cause = _CAUSE.search(sentence)
    return sentence[: cause.start()] if cause else sentence


YEAR_TO_DATE = "year_to_date"
# An inclusion that says in which quarter its item was booked: ", including around EUR 8 million in non-recurring tax
# income that was already reported in the first quarter"; the quarter's year, if said, follows it.
_INCLUDED_IN_A_QUARTER = re.compile(
    rf",\s*(?:including|which\s+(?:includes?|included))\b(?P<between>[^;:()]{{0,160}}?)\b(?:in|during)\s+(?:the\s+)?"
    rf"(?:(?P<ordinal>{QUARTER_ORDINAL})[- ]quarter|Q(?P<number>[1-4]))\b"
    r"(?:\s*(?:of\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d{2})\b)?",
    re.IGNORECASE,
)
# Words that set the inclusion's quarter against the figure rather than inside it: "including $3 million more than in
# the first quarter", "including a gain, compared with a charge in the first quarter"
_NOT_INSIDE = re.compile(r"\b(?:compared|versus|vs|against|than|from|prior|previous|last|ago|earlier)\b", re.IGNORECASE)
_INCLUSION_WORDS = ("includ",)


def includes_an_earlier_quarter(sentence: str, release_quarter: int | None, current_year: int | None) -> str:
    """``YEAR_TO_DATE`` when ``sentence`` says its figure takes in an item booked in an earlier quarter of the year
    the release reports on (its ``release_quarter``), else "": INDUS's third-quarter release, "Earnings after taxes
    rose to EUR 61.9 million (previous year: EUR 50.0 million), including around EUR 8 million in non-recurring tax
    income that was already reported in the first quarter" -- a third quarter's earnings cannot hold what the first
    quarter booked: the EUR 61.9 million are the nine months'. The release's own quarter, a later one, or a quarter of
    another year proves nothing, and the length stays as read."""
    if not release_quarter or release_quarter < 2 or not may_hold(sentence, _INCLUSION_WORDS):
        return ""
    for match in _INCLUDED_IN_A_QUARTER.finditer(sentence):
        quarter = QUARTER_ORDINALS[match["ordinal"].lower()] if match["ordinal"] else int(match["number"])
        of_its_year = match["year"] is None or (current_year is not None and int(match["year"]) == current_year)
        if quarter < release_quarter and of_its_year and not _NOT_INSIDE.search(match["between"]):
            return YEAR_TO_DATE
    return ""


# When an amount was booked, said right after it: "a $20 million litigation settlement payment made in the second quarter"
_BOOKED_IN_A_QUARTER = re.compile(
    r"(?:\s+[a-z-]+){0,8}?\s+(?:made|paid|recorded|recognized|recognised|booked|incurred|received|reported)\s+(?:in|during)\s+"
    rf"(?:the\s+)?(?:(?P<ordinal>{QUARTER_ORDINAL})[- ]quarter|Q(?P<number>[1-4]))\b(?:\s*(?:of\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d{{2}})\b)?",
    re.IGNORECASE,
)


def booked_in_an_earlier_quarter(text: str, end: int, release_quarter: int | None, current_year: int | None) -> bool:
    """True when the amount that ends at ``end`` is said to have been booked in an earlier quarter of the year the release
    reports on (its ``release_quarter``): Anywhere's fourth-quarter release, "Free Cash Flow was $70 million before a $20
    million litigation settlement payment made in the second quarter" -- the payment is of the year to date, not of the
    release's own quarter (``YEAR_TO_DATE``)."""
    if not release_quarter or release_quarter < 2:
        return False
    said = _BOOKED_IN_A_QUARTER.match(text, end, end + 120)
    if said is None:
        return False
    quarter = QUARTER_ORDINALS[said["ordinal"].lower()] if said["ordinal"] else int(said["number"])
    return quarter < release_quarter and (said["year"] is None or (current_year is not None and int(said["year"]) == current_year))


# When a program or an authorization was set up or changed: "$145 million remains available under the stock
# repurchase program authorized in 2023", "its $200 million program that was originally introduced in June 2022
# and was upsized in November 2023". The year dates the program, not the amount (a balance still open now).
_DATES_A_PROGRAM = re.compile(
    r"\b(?:authori[sz]ed|approved|announced|introduced|adopted|launched|established|upsized|initiated|put in place|"
    r"founded|enacted)"
    r"(?:\s+by\s+(?:the|its|our)\s+(?:board(?:\s+of\s+directors)?|directors|shareholders))?"
    r"\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_PROGRAM_WORDS = (  # every match of _DATES_A_PROGRAM holds one
    "authori", "approved", "announced", "introduced", "adopted", "launched", "established", "upsized", "initiated",
    "put in place", "founded", "enacted",
)  # fmt: skip
# What introduces a part of the figure before it: "RMB870 million, of which ... RMB480 million".
_SINCE = re.compile(r"\bsince\b.*", re.IGNORECASE | re.DOTALL)
# Every word the three cuts of the words after a level look for (``COMPARISON_LINK``, ``_DATES_A_PROGRAM``, ``_SINCE``):
# words with none are cut by none (a cut only shortens them or blanks a match, which holds one of these words).
_CUT_AFTER_WORDS = (*COMPARISON_WORDS, *_PROGRAM_WORDS, "since")
_PART_OF = re.compile(r",\s*(?:of which|among which)\b", re.IGNORECASE)
# A sentence that opens with its year: "In 2023, the total revenue ... amounted to RMB870 million".
_OPENING_YEAR = re.compile(r"\W*In\s+(?:fiscal\s+)?(?:19|20)\d{2}\s*,")
# a sentence that opens with what it is compared with: "Versus Q3 2024,", "Compared with fiscal 2023,"
_OPENING_COMPARISON = re.compile(
    r"\W*(?:versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to)\s+[^,;.]{0,30}?(?:19|20)\d{2}\s*,", re.IGNORECASE
)
# A sentence that opens with the comparison period: "A year earlier, ...", "In the prior-year quarter, ..."
_OPENS_IN_THE_PRIOR_PERIOD = re.compile(
    r"\W*(?:a\s+year\s+(?:earlier|ago|before)|(?:in|for|during)\s+the\s+(?:year[- ]ago|prior[- ]year|previous[- ]year)"
    r"\s+(?:quarter|period)|(?:in|for|during)\s+the\s+same\s+(?:quarter|period)\s+(?:of\s+)?last\s+year|last\s+year)\s*,",
    re.IGNORECASE,
)
_YEAR_OPENS_CLAUSE = re.compile(
    r"\W*(?:FY\s*)?(?:19|20)\d{2}\s+(?!(?:first|second|third|fourth|Q[1-4]|[1-4]Q|H[12]|half|quarter|nine|six|three)\b)[a-z]",
    re.IGNORECASE,
)


def _cut_short(text: str, lower: int, start: int) -> bool:
    """Whether ``clause_before(text, start)`` opens where its reach ends, not where a clause of the sentence (from
    ``lower``) does: "In January 2025 Helix raised gross proceeds of $3,000,000 by issuing 4,000,000 shares at $0.75"
    is read back to "2025 Helix raised", which opens with no year of its own."""
    reach = start - _CLAUSE_REACH
    return reach > lower and _CLAUSE_BREAK.search(text, reach, start) is None


def _length_of(words: str) -> str:
    """The period length words name: a length ("for the second half"), else "year" for a
    sentence that opens with a year ("In 2023, ..."), else ""."""
    return length_in(words) or ("year" if _OPENING_YEAR.match(words) else "")


def _without_own_years(words: str) -> str:
    """``words`` with each fiscal year said right after an amount blanked out (``_OWN_YEAR``); searched only
    where "fy" or "fiscal" is said: its look-behind is tried at every character of a whole sentence."""
    return _OWN_YEAR.sub(" ", words) if may_hold(words, ("fy", "fiscal")) else words


# How often a payout is made, and the fiscal year it is made for: "declared a quarterly dividend of $2.00 a share" says
# the dividend's, no length of the sentence's other numbers ("returned $7.49 billion ... in 2021, including $2.29
# billion of dividends, and declared ..."); nor does "covering the dividend for FY 2024" or "FY 2024 dividend payments
# of EUR 30.3m" (paid in the nine months the sentence reports: "operating cash flow leaped to EUR 40.2m")
_PAYOUT = r"(?:(?:cash|common|stock|regular|final|interim)\s+){0,2}(?:dividends?|distributions?)\b"
_YEAR_OF_A_PAYOUT = r"(?:FY|fiscal(?:\s+year)?|financial\s+year)\s?['’]?(?:19|20)?\d{2}\b"
_PAYOUT_PERIOD = re.compile(
    rf"\b(?:quarterly|{_YEAR_OF_A_PAYOUT})(?=\s+{_PAYOUT})"
    rf"|(?:(?<=dividend )|(?<=dividends ))(?:(?:payments?|paid)\s+)?for\s+(?:the\s+)?{_YEAR_OF_A_PAYOUT}",
    re.IGNORECASE,
)
_PAYOUT_WORDS = ("quarterly", "dividend", "distribution")  # every match of _PAYOUT_PERIOD holds one


def _without_payout_periods(words: str) -> str:
    """``words`` with each payout's frequency and fiscal year blanked out (``_PAYOUT_PERIOD``)."""
    return _PAYOUT_PERIOD.sub(" ", words) if may_hold(words, _PAYOUT_WORDS) else words


# The payout an amount is, named right after it, its year maybe between: "EUR 30.3m dividend for FY 2024", "EUR 30.3m
# of dividends paid for FY 2024", "$0.34 per share dividend", "EUR 30.3m for the FY 2024 dividend"
_ITS_OWN_PAYOUT = re.compile(rf"[ \t]*(?:(?:per|a)[ \t]+share[ \t]+)?(?:[A-Za-z0-9'’-]+[ \t]+){{0,4}}?{_PAYOUT}", re.I)


def _but_another_payouts(after: str) -> str:
    """The words ``after`` an amount with the period of a payout they name blanked out (``_without_payout_periods``),
    unless the amount is that payout: "from EUR 2.3m, more than covering the dividend for FY 2024" says nothing of
    the EUR 2.3m's period; "EUR 30.3m dividend for FY 2024" says the dividend's."""
    if not may_hold(after, _PAYOUT_WORDS):  # asked of every number's words after it: most name no payout
        return after
    return after if _ITS_OWN_PAYOUT.match(after) else _PAYOUT_PERIOD.sub(" ", after)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LISTED_MONTHS = re.compile(r"\b(three|six|nine|twelve)\s*(?:,|and|&)\s*(three|six|nine|twelve)[- ]months\b", re.IGNORECASE)
# "the quarter and the year"; not "the current year and prior year", which says which year, not how long
_LISTED_YEAR = re.compile(
    r"(?<!current )(?<!prior )(?<!prior-)(?<!previous )(?<!last )(?<!this )(?<!same )\byear\b(?![- ](?:over|ago|earlier|before|to|on))",
    re.IGNORECASE,
)
_LISTED_WHICH = re.compile(r"\b(?:(current|this)|(prior|previous|last))[- ](?:fiscal )?(?:year|quarter|period)\b", re.IGNORECASE)
_LIST_JOINER = r"\s*(?:,\s*(?:and\s+)?|and\s+)"  # what joins one item of a list to the next: ", ", ", and ", " and "
_LIST_GAP = re.compile(_LIST_JOINER + HEDGED, re.IGNORECASE)  # "535,000 and approximately 900,000"


# A total's parts said bare in parentheses after it and its date, joined by "plus", "+" or "and": "totaled about $2.30
# billion at June 30, 2026 ($2.13 billion plus $172.7 million)".
_PARTS_OPEN = re.compile(r"[^();.]{0,40}\(\s*")
_PARTS_JOIN = re.compile(r"\s*(?:\+|\bplus\b|\band\b)\s*", re.IGNORECASE)
_PARTS_CLOSE = re.compile(r"\s*\)")


def _parts_of_a_listed_total(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A total named by a list of metrics, its parts said bare in parentheses right after it, one per metric: the parts
    take the metrics in order, as "respectively" would say ("Cash and current marketable securities totaled about
    $2.30 billion at June 30, 2026 ($2.13 billion plus $172.7 million)": the cash, then the securities)."""
    result = list(readings)
    for total in range(len(numbers) - 2):
        (whole, _, unit), (first, _, first_unit), (second, _, second_unit) = numbers[total : total + 3]
        if not (unit is first_unit is second_unit and _PARTS_OPEN.fullmatch(text, whole.end, first.start)):
            continue
        if _PARTS_JOIN.fullmatch(text, first.end, second.start) and _PARTS_CLOSE.match(text, second.end):
            _listed_metrics(clause_before(text, whole.start), numbers, result, total + 1, total + 2)
    return result


# Two levels a change went "to", joined by "and": "revenue and adjusted EBITA both rose 8.8%, to EUR 161.4 million and
# EUR 22.3 million"
# (a quarter named between: "both rose 8.8% in Q3, to", "in the third quarter, to")
_TO_THE_LEVELS = re.compile(
    r"\s*(?:in\s+(?:the\s+)?(?:Q[1-4]|[1-4]Q|(?:first|second|third|fourth)\s+quarter)\s*)?,?\s*(?:each\s*,?\s*)?to\s+",
    re.IGNORECASE,
)
_AND_THE_NEXT = re.compile(r"\s+and\s+", re.IGNORECASE)


def _levels_of_listed_subjects(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """The two levels a change of two listed subjects went to take the subjects' metrics in order, as "respectively"
    would say: "Infrastructure Q3 revenue and adjusted EBITA both rose 8.8%, to EUR 161.4 million and EUR 22.3 million"
    -- the revenue, then the EBITA (``_listed_metrics``: one metric per level, or none is read)."""
    result = list(readings)
    for change in range(len(numbers) - 2):
        (said, _, _), (first, _, first_unit), (second, _, second_unit) = numbers[change : change + 3]
        if not result[change].change or first_unit is not second_unit or result[change + 1].change:
            continue
        if _TO_THE_LEVELS.fullmatch(text, said.end, first.start) and _AND_THE_NEXT.fullmatch(text, first.end, second.start):
            _listed_metrics(clause_before(text, said.start), numbers, result, change + 1, change + 2)
    return result


# What sets a list of earlier amounts against the levels said before it: ", up from ", " versus ", "; vs. "
_AGAINST_THE_LIST = re.compile(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?\s*[,;]?\s*(?:(?:up|down)\s+)?(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
    r"(?:the\s+)?" + HEDGED + r"\S{0,4}",
    re.IGNORECASE,
)
# Between two amounts of the list: " and ", " a share and " (an amount per share's unit said after it), " and a "
# ("compared with $6,003 million and a $98 million loss")
_AND_THE_NEXT_EARLIER = re.compile(r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?,?\s+and\s+(?:an?\s+)?", re.IGNORECASE)


def _priors_of_listed_levels(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A list of earlier amounts set against the levels said before it takes their metrics in order, each the next
    level's of its unit: "revenue of $35.0 billion and net profit of $8.8 billion, or $9.32 per diluted share, up from
    $28.6 billion and $7.79 a share a year earlier" -- the revenue's, then the earnings per share (not the net profit
    named last), and the sign of the level where a loss said last signed it. Two earlier amounts at least (one alone is
    the level's said right before it), each of a level of its unit among two metrics or more."""
    result = list(readings)
    for start in range(1, len(numbers) - 1):
        if not _AGAINST_THE_LIST.fullmatch(text, numbers[start - 1][0].end, numbers[start][0].start):
            continue
        end = start + 1
        while end < len(numbers) and _AND_THE_NEXT_EARLIER.fullmatch(text, numbers[end - 1][0].end, numbers[end][0].start):
            end += 1
        levels = [at for at in range(start) if not result[at].change and not result[at].period.prior and result[at].metric]
        if end - start < 2 or len({result[at].metric for at in levels}) < 2:
            continue
        taken: list[int] = []
        for earlier in range(start, end):
            level = next((at for at in levels if at not in taken and numbers[at][2] is numbers[earlier][2]), None)
            if level is None or result[earlier].change:
                break
            taken.append(level)
        else:
            for earlier, level in zip(range(start, end), taken):
                value = result[earlier].value
                span = numbers[earlier][0]
                if value < 0 < result[level].value and not printed_negative(text[span.start : span.end]) and not _A_LOSS_AFTER.match(text, span.end):
                    # signed a loss as the amount named last was ("a net loss of $106 million, compared with $6,003
                    # million and a $98 million loss"): the revenue's earlier amount is as printed
                    value = -value
                result[earlier] = replace(result[earlier], value=value, metric=result[level].metric)
    return result


_A_LOSS_AFTER = re.compile(r"\s+(?:net\s+)?loss", re.IGNORECASE)  # "a $98 million loss": the amount's own word


# A relative clause that says what the amount right before it included: ", which had included a $171 million goodwill
# impairment", ", a year earlier, when results included a $171 million goodwill impairment".
_WHICH_INCLUDED = re.compile(
    r"\s*,\s*(?:which|that|when\s+(?:(?:its|the)\s+)?(?:results|earnings|it|they|quarter|period|year))\s+(?:had\s+|has\s+|also\s+)*(?:included|includes?|contained|reflected|reflects|carried|absorbed)\b[^.;:()\d]{0,60}",
    re.IGNORECASE,
)


def _of_the_noun_said_next(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """An amount "of" words naming no metric nor a noun of their own (a modifier, no plural), then "and" the next amount
    of the same unit "of" words that do, is of the metric the next names, its noun said once for both: "$19.7 billion
    of short-term and $89.6 billion of long-term marketable securities" (not the cash and cash equivalents the sentence
    named first)."""
    result = list(readings)
    for position in range(len(numbers) - 1):
        first, second = numbers[position], numbers[position + 1]
        if first[2] is not second[2] or result[position].change or result[position + 1].change:
            continue
        elided = _ELIDED_NOUN_BETWEEN.fullmatch(text, first[0].end, second[0].start)
        if elided is None or metrics_in(elided.group("words")) or elided.group("words").lower().endswith("s"):
            continue  # (a plural is a noun of its own: "$4.5 million of commissions and $27.1 million of other voyage expenses")
        named = _metric_after(text, second[0].end)
        if named and result[position + 1].metric == named:
            result[position] = replace(result[position], metric=named)
    return result


# Between an amount of words that name no noun and the next amount: " of short-term and ", " in domestic and "
_ELIDED_NOUN_BETWEEN = re.compile(r"[ \t]+(?:of|in)[ \t]+(?P<words>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)[ \t]+and[ \t]+", re.IGNORECASE)


def _included_in_a_larger_level(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]
) -> list[Reading]:
    """An amount said as what a level included, right after that level's comparison, is of the level's period where
    the comparison is too small to hold it: "were $3.2 million, compared with $0.5 million in Q3 2023, including $2.4
    million of non-cash share-based compensation" -- a part is no larger than its whole, so the $2.4 million is of the
    $3.2 million's quarter."""
    result = list(readings)
    for position in range(2, len(numbers)):
        own, compared = result[position], result[position - 1]
        unit = numbers[position][2]
        if own.change or compared.change or not compared.period.prior or numbers[position - 1][2] is not unit:
            continue
        if not _INCLUDING_BEFORE.fullmatch(text, numbers[position - 1][0].end, numbers[position][0].start):
            continue
        if abs(compared.value) >= abs(own.value):
            continue
        level = next((at for at in range(position - 2, -1, -1) if not result[at].change), None)
        if level is not None and result[level].period.prior is False and numbers[level][2] is unit and abs(result[level].value) >= abs(own.value):
            result[position] = replace(own, period=result[level].period)
    return result


# The words from a level's comparison to an amount the level included: " in Q3 2023, including "
_INCLUDING_BEFORE = re.compile(r"[^,;.()$€£¥%]{0,40}?,\s*including\s+(?:an?\s+|the\s+)?(?:about\s+|approximately\s+)?", re.IGNORECASE)


def _included_in_the_amount_before(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]
) -> list[Reading]:
    """An amount said in a relative clause of what the level right before it included is of that level's period:
    "to $49.5 million from $217.4 million, which had included a $171 million goodwill impairment" -- the year-ago
    quarter's impairment, as the $217.4 million is that quarter's loss."""
    result = list(readings)
    for position in range(1, len(numbers)):
        before, own = result[position - 1], result[position]
        if before.change or own.change or not _WHICH_INCLUDED.fullmatch(text, numbers[position - 1][0].end, numbers[position][0].start):
            continue
        result[position] = replace(own, period=Period(before.period.length or own.period.length, before.period.prior, before.period.end))
    return result


def _listed_lengths(words: str, joined: bool = False) -> list[str]:
    """The period lengths ``words`` name, in their order: "for the year and quarter ended" is
    [year, quarter], "for the three and twelve months ended" [quarter, year]. ``joined``: only where they are said as
    one list, each joined to the one before by "and" or a comma ("In the second quarter and first six months of
    2026"; not "For Q4 FY25"), else none."""
    if may_hold(words, ("month",)):
        words = _LISTED_MONTHS.sub(r"\1 months and \2 months", words)
    found: list[tuple[int, int, str]] = []
    # a pattern none of whose words is said is not searched: each, tried at every character, took ~1 us a character
    # of the sentence's words before every list of a claim of thousands
    held = may_hold_each(words, _LISTED_LENGTH_WORDS)
    for (name, pattern), said in zip(_LISTED_LENGTHS, held):
        if said:
            found += [(m.start(), m.end(), name) for m in pattern.finditer(words)]
    lengths, reached = list[str](), -1
    for start, end, name in sorted(found):
        if start >= reached:
            if joined and lengths and not _LENGTHS_JOINED.fullmatch(words, reached, start):
                return []
            lengths.append(name)
            reached = end
    return lengths


_LISTED_LENGTHS = (*LENGTH_PATTERNS, ("year", _LISTED_YEAR))
# the words every match of each of ``_LISTED_LENGTHS`` holds one of, in its order (``keywords.may_hold_each``)
_LISTED_LENGTH_WORDS = (*LENGTH_PATTERN_WORDS, ("year",))
_ANY_LISTED_LENGTH_WORD = tuple(dict.fromkeys(word for words in _LISTED_LENGTH_WORDS for word in words))  # "month" among them
_LISTED_BEFORE_REACH = 160  # how far before a list read "respectively" the periods it takes may be listed
# what may stand between two lengths said as one list, beyond what their patterns take: "quarter and first six months"
_LENGTHS_JOINED = re.compile(_LIST_JOINER + r"(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+)?", re.IGNORECASE)


def _aside_of_levels_before(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading], first: int, last: int, lower: int
) -> None:
    """A list in an aside that names no metric takes, in order, the metrics of as many levels said before it in the
    sentence, one each: "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8% over
    the previous year (EUR 148.4 million and EUR 20.5 million, respectively)" -- the revenue's, then the earnings'. In
    place."""
    start = numbers[first][0].start
    aside = _ASIDE_OPENED_BEFORE.search(text, max(lower, start - _ASIDE_OPENING_REACH), start)
    if aside is None or any(readings[at].change for at in range(first, last + 1)) or metrics_in(clause_before(text, start)):
        return  # (a clause that names the list's metrics lists them itself: ``_listed_metrics``)
    count = last - first + 1
    levels: list[int] = []  # the last ``count`` levels of the sentence before the list, read back from it
    for at in range(first - 1, -1, -1):
        if numbers[at][0].start < lower or len(levels) == count:
            break
        if not readings[at].change:
            levels.insert(0, at)
    named = [readings[at].metric for at in levels]
    if len(levels) == count and None not in named and len(set(named)) == count:
        for at, metric in zip(range(first, last + 1), named):
            readings[at] = replace(readings[at], metric=metric)


# an aside opened right before a list's first amount, no metric named in it: "(EUR 148.4 million and", "(vs."
_ASIDE_OPENED_BEFORE = re.compile(r"\((?:\s*(?:vs\.?|versus|previous\s+year:?|prior\s+year:?))?\s*[A-Z]{0,3}[$€£¥]?\s?$", re.IGNORECASE)
_ASIDE_OPENING_REACH = 24


def _respectively(
    text: str,
    numbers: Sequence[tuple[Span, Decimal, Unit]],
    readings: list[Reading],
    lower: int,
    upper: int,
    lengths: bool = True,
) -> list[Reading]:
    """Numbers listed before "respectively" take the periods listed after them, in order:
    "$348.2 million and $83.3 million for the year and quarter ended December 31, 2024,
    respectively", or, when none is listed after them, those the sentence (from ``lower``) lists before them, one
    per number: "In the second quarter and first six months of 2026, approximately 535,000 and approximately 900,000
    prescriptions, respectively". When the periods listed after them are not one per number, which is whose cannot be
    told: their length is unknown, never the first one named. ``lengths=False``: no length is
    given (``read_sentence``)."""
    result = list(readings)
    ends = [span.end for span, _, _ in numbers]
    in_order = all(a <= b for a, b in zip(ends, ends[1:]))
    # whether the sentence's words say any length a list may take, asked once: where none is said, no list's words nor
    # the words before it say one (a claim of thousands of lists read "respectively" asked each list's twice)
    lengths_said: bool | None = None
    for said in _RESPECTIVELY.finditer(text, numbers[0][0].end if numbers else upper, upper):
        if in_order:  # the last number that ends before "respectively", by bisection: a scan per word is quadratic
            last: int | None = bisect.bisect_right(ends, said.start()) - 1
            last = None if last == -1 else last
        else:
            last = max((i for i, end in enumerate(ends) if end <= said.start()), default=None)
        if last is None:
            continue
        first = last
        while first > 0 and _LIST_GAP.fullmatch(text, numbers[first - 1][0].end, numbers[first][0].start):
            first -= 1
        if first == last:
            continue
        words = text[numbers[last][0].end : said.start()]
        count = last - first + 1
        _listed_metrics(clause_before(text, numbers[first][0].start), numbers, result, first, last)
        _aside_of_levels_before(text, numbers, result, first, last, lower)
        _listed_changes(result, first, last)
        _listed_bases(text, numbers, result, first, last)
        if lengths and lengths_said is None:
            lengths_said = may_hold(text[lower : max([upper, *ends])], _ANY_LISTED_LENGTH_WORD)
        listed_lengths = _listed_lengths(words) if lengths and lengths_said else []
        if lengths and lengths_said and not listed_lengths:
            # (the sentence's words up to the list, a clause's reach of them: a claim of thousands of lists is linear)
            opening = text[max(lower, numbers[first][0].start - _LISTED_BEFORE_REACH) : numbers[first][0].start]
            before = _listed_lengths(opening, joined=True)
            listed_lengths = before if len(before) == count else []
        if lengths and not listed_lengths and all(reading.change for reading in result[first : last + 1]):
            listed_lengths = _lengths_of_levels_before(result, first, count)
        if len(listed_lengths) >= 2:  # "$5 million and $6 million in the first and second quarter": one length for both
            listed = listed_lengths if len(listed_lengths) == count else [""] * count
            for position, length in zip(range(first, last + 1), listed):
                result[position] = replace(result[position], period=Period(length, result[position].period.prior))
        # "$52 million and $43 million for the current year and prior year, respectively"
        which = [m.group(2) is not None for m in _LISTED_WHICH.finditer(words)]
        years = [int(year) for year in YEAR.findall(words)]
        if len(which) < 2 and len(years) == count and len(set(years)) == count:
            # "$0.2 million and $0.1 million in the three months December 31, 2024 and December 31, 2023,
            # respectively": the earlier years' numbers are the comparison's
            which = [year < max(years) for year in years]
        if len(which) >= 2:
            priors: list[bool | None] = list(which) if len(which) == count else [None] * count
            for position, prior in zip(range(first, last + 1), priors):
                result[position] = replace(result[position], period=Period(result[position].period.length, prior))
    return result


def _lengths_of_levels_before(readings: list[Reading], first: int, count: int) -> list[str]:
    """The period lengths of the levels said before a list of changes that names none, in order, one per change:
    Brookfield's "$1.5 billion ($0.94/share) for the quarter and $4.9 billion ($3.07/share) for the year, representing
    an increase of 24% and 15% on a per share basis over the prior year periods, respectively" -- the quarter's
    change, then the year's (each length in the order it is first said). Where one length is said before, the changes
    keep the one their clause gives them ([]); any other count leaves them unknown (``[""] * count``), never the last
    one named."""
    # (the levels right before the list, a few at most: a scan of the whole sentence per list was quadratic in a line
    # of thousands of lists)
    before = readings[max(0, first - _LEVELS_BEFORE_A_LIST) : first]
    said = list(dict.fromkeys(r.period.length for r in before if not r.change and r.period.length))
    if len(said) < 2:
        return []  # one length said before (or none): the changes keep the one their clause gives them
    return said if len(said) == count and len(set(said)) == count else [""] * count


_LEVELS_BEFORE_A_LIST = 8  # how many amounts before a list of changes may be the levels it lists the changes of


# The periods a list of figures is "for", said right after it: "$1,241,176 and $3,784,559 for the three-month and
# nine-month periods ended September 30, 2024" (up to the clause's end or the next figure).
_PERIODS_FOR = re.compile(r"\s+(?:for|in|during|over)\s+(?:the\s+)?(?:respective\s+)?", re.IGNORECASE)
_PAIRED_REACH = 90
_SAME_PERIODS = re.compile(r"(?:comparable|same|corresponding|prior[- ]year|respective)\s+periods\b", re.IGNORECASE)


# The lengths a list's opening names before it: "During the three-month and nine-month periods ending September 30,
# 2024, the Company reported " (the date's year the only number between)
_PERIODS_OPENING = re.compile(
    r"\b(?:for|in|during|over)\s+the\s+(?P<lengths>[^,.;\d]{5,60}?)\s+periods?\s+(?:ended|ending)\b[^.;$€£¥%]{0,80}$", re.IGNORECASE
)


def _lengths_said_before(text: str, start: int, previous_end: int) -> list[str]:
    """The period lengths the words before a list of figures name as its periods, in order, where no figure stands
    between: "During the three-month and nine-month periods ending September 30, 2024, the Company reported
    $2,789,484 and $3,090,161" is [quarter, nine_months]."""
    window = text[max(previous_end, start - _PAIRED_REACH - 60) : start]
    said = _PERIODS_OPENING.search(window) if "period" in window else None
    return _listed_lengths(said.group("lengths")) if said else []


def _paired_lengths(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading], upper: int
) -> list[Reading]:
    """Figures listed ("A and B") right before as many period lengths as there are figures, all different,
    take them in order, as "respectively" would say: "General and administrative expenses were $1,241,176
    and $3,784,559 for the three-month and nine-month periods ended September 30, 2024" -- the quarter's,
    then the nine months'. Any other count of lengths leaves the readings as they are."""
    result = list(readings)
    first = 0
    paired: list[str] = []  # the lengths of the last list paired so far
    for last in range(len(numbers)):
        following = numbers[last + 1][0].start if last + 1 < len(numbers) else upper
        if last + 1 < len(numbers) and _LIST_GAP.fullmatch(text, numbers[last][0].end, following):
            continue  # the list goes on
        count = last - first + 1
        start, end = numbers[last][0].end, min(following, upper, numbers[last][0].end + _PAIRED_REACH)
        lead = _PERIODS_FOR.match(text, start, end) if count >= 2 else None
        lengths = []
        if lead is not None:
            words = _CLAUSE_END.split(text[lead.end() : end], maxsplit=1)[0]
            lengths = _listed_lengths(words) if not _RESPECTIVELY.search(text, start, upper) else []
            if not lengths and len(paired) == count and _SAME_PERIODS.match(words):
                lengths = paired  # "compared to $1,651,775 and $4,562,293 for the comparable periods in 2023"
            if lead.end() + len(words) > end:
                lengths = []
        elif count >= 2:
            lengths = _lengths_said_before(text, numbers[first][0].start, numbers[first - 1][0].end if first else 0)
        if len(lengths) == count and len(set(lengths)) == count:
            paired = lengths
            for position, length in zip(range(first, last + 1), lengths):
                period = result[position].period
                result[position] = replace(result[position], period=Period(length, period.prior, period.end))
        first = last + 1
    return result


def _listed_metrics(
    words: str, numbers: Sequence[tuple[Span, Decimal, Unit]], result: list[Reading], first: int, last: int
) -> None:
    """Numbers listed before "respectively" take the metrics listed before them (``words``, the clause before the
    list), in order: "net income and earnings per share (EPS) were $7.1 billion and $7.94, respectively". Only when
    the metrics listed are one per number, and each per-share amount meets earnings per share."""
    listed: list[str] = []
    for _, metric in metrics_in(words):
        if not listed or listed[-1] != metric:
            listed.append(metric)
    positions = range(first, last + 1)
    if len(listed) != len(positions) or len(set(listed)) != len(listed):
        return
    if any((numbers[at][2] is PER_SHARE_UNIT) != (metric == "eps") for at, metric in zip(positions, listed)):
        return
    for at, metric in zip(positions, listed):
        result[at] = replace(result[at], metric=metric)


def _listed_changes(result: list[Reading], first: int, last: int) -> None:
    """Changes listed before "respectively" with no metrics of their own are those of the levels listed before them,
    in order: "adjusted revenues were $6.32 billion and adjusted operating expenses were $3.94 billion, an increase of
    63% and 65% respectively". Only when as many levels of as many different metrics come right before them."""
    count = last - first + 1
    changes = result[first : last + 1]
    if first < count or not all(reading.change for reading in changes) or len({r.metric for r in changes}) > 1:
        return
    levels = result[first - count : first]
    metrics = [level.metric for level in levels]
    if any(level.change or level.period.prior for level in levels) or None in metrics or len(set(metrics)) != count:
        return
    for at, level in zip(range(first, last + 1), levels):
        result[at] = replace(result[at], metric=level.metric, basis=level.basis or result[at].basis)


_LISTED_BASIS = re.compile(r"\b(?:(non-?GAAP|adjusted|core|underlying)|(GAAP|reported))\b", re.IGNORECASE)


def _listed_bases(
    text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], result: list[Reading], first: int, last: int
) -> None:
    """Numbers listed before "respectively" take the bases listed before them, in order: "GAAP and
    non-GAAP effective tax rates were 21.0% and 21.1%, respectively". Only when the bases listed
    are one per number and not all the same."""
    listed: list[str] = []
    for found in _LISTED_BASIS.finditer(clause_before(text, numbers[first][0].start)):
        basis = "adjusted" if found.group(1) else "gaap"
        if not listed or listed[-1] != basis:
            listed.append(basis)
    positions = range(first, last + 1)
    if len(listed) != len(positions) or len(set(listed)) != len(listed):
        return
    for at, basis in zip(positions, listed):
        result[at] = replace(result[at], basis=basis)


def _shared_metric(first: str | None, second: str | None) -> str | None:
    """The metric both ends of a range measure: the one an end names ("GAAP earnings of
    $2.00 to $2.20 per share": earnings per share, as the second end says)."""
    if {first, second} == {"net_income", "eps"}:
        return "eps"
    return first or second


def _change_then_level(
    text: str,
    first: tuple[Span, Decimal, Unit],
    second: tuple[Span, Decimal, Unit],
    first_read: Reading,
    second_read: Reading,
) -> bool:
    """True for "the dividend is up 15 cents to EUR5.45", "total loans increased $506 million to
    $6.2 billion": an amount of money that goes up or down, then "to" the level it came to; and for a count
    whose level is more than twice the change ("Anchor enterprise customers up 203 to 604": the ends of a range
    of counts are of one size, "up 10 to 12 stores"). (A range of changes is of percentages: "sales to grow 5% to 7%".)"""
    money = (CURRENCY_UNIT, PER_SHARE_UNIT)
    link = RANGE_LINK.fullmatch(text, first[0].end, second[0].start)
    counted = first[2] is second[2] is COUNT_UNIT and abs(second[1]) > 2 * abs(first[1])
    return bool(
        link and link.group("to") and first_read.change and not second_read.change
        and ((first[2] in money and second[2] in money) or counted)
        and not is_forward(text, 0, first[0].start, first[0].end)
    )


_UP_FROM_BETWEEN_RANGES = re.compile(r"\s*,?\s*(?:(?:up|down|raised|lowered|increased|decreased)\s+)?from\s+" + HEDGED, re.IGNORECASE)


def _earlier_editions_of_changes(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """A range of percentages set against a range of changes is that change's earlier edition: "expects net sales
    growth of 18% to 20%, up from 12% to 14%" (the outlook's growth before, no level of an earlier period)."""
    result = readings
    for index in range(2, len(numbers) - 1):
        before, after = result[index - 1], result[index]
        if not (
            before.change and not after.change and numbers[index][2] is PERCENT_UNIT is numbers[index - 1][2]
            and result[index - 2].change and range_link(text, numbers[index][0], numbers[index + 1][0])
            and _UP_FROM_BETWEEN_RANGES.fullmatch(text, numbers[index - 1][0].end, numbers[index][0].start)
        ):
            continue
        if result is readings:
            result = list(readings)
        for at in (index, index + 1):
            # (a change of the earlier edition, told from the current one's: prior)
            result[at] = replace(result[at], change=True, metric=result[at].metric or before.metric, period=Period(result[at].period.length, True))
    return result


def _dash_down(text: str, first: tuple[Span, Decimal, Unit], second: tuple[Span, Decimal, Unit]) -> bool:
    """True when a dash set apart by spaces joins two positive amounts of which the second is the smaller: no range runs
    down, the dash opens an aside that breaks the first down ("distributions to $3.0 billion — $2.0 billion of buybacks
    and ..."). A dash with no space is a range's wherever it stands: "up 13%-10%" is a range said wrong, read as one."""
    link = RANGE_LINK.fullmatch(text, first[0].end, second[0].start)
    return (
        link is not None and link.group().strip() in ("-", "–", "—") and link.group() != link.group().strip()
        and 0 < second[1] < first[1]
    )


def _ranges_share(text: str, numbers: Sequence[tuple[Span, Decimal, Unit]], readings: list[Reading]) -> list[Reading]:
    """The two ends of a range ("$0.20 to $0.25 per share", "increase 15 to 20% from prior
    year", "from $0.15 to $0.30 on a GAAP basis") are read as one: the same metric, change or
    level (and direction), period and basis, each as either end says it."""
    result = list(readings)
    for index in range(len(numbers) - 1):
        first, second = result[index], result[index + 1]
        if not RANGE_LINK.fullmatch(text, numbers[index][0].end, numbers[index + 1][0].start):
            continue
        units = {numbers[index][2], numbers[index + 1][2]}
        same_unit = len(units) == 1 or units == {CURRENCY_UNIT, PER_SHARE_UNIT}  # "$0.37 to $0.52 per share"
        moves = numbers[index + 1][2] in POINT_UNITS
        if _dash_down(text, numbers[index], numbers[index + 1]):
            continue  # each amount of a breakdown is of its own measure
        if not (same_unit and range_link(text, numbers[index][0], numbers[index + 1][0], moves)) or _change_then_level(
            text, numbers[index], numbers[index + 1], first, second
        ):
            # "from $7.20 million to $3.10 million": a comparison and its level, of one metric;
            # "GAAP earnings of $2.00 to $2.20 per share": earnings per share at both ends
            # ("net income and EPS were $7.1 billion and $7.94, respectively" lists two metrics)
            listed = _RESPECTIVELY.search(text, numbers[index + 1][0].end, numbers[index + 1][0].end + 40)
            # "increased 31% to $645 million, or $1.26 per share": millions are earnings, not earnings per share
            in_millions = any(
                unit is CURRENCY_UNIT and _SCALED_AMOUNT.search(text, span.start, span.end)
                for span, _, unit in numbers[index : index + 2]
            )
            # (not an amount of money and a count, each of its own thing: "11,555,076 shares valued at $9,880,000 and
            # 9,454,153 shares")
            money_and_count = CURRENCY_UNIT in units and not units.isdisjoint(_COUNTED_UNITS)
            if listed is None and not money_and_count and (
                (first.metric is None) != (second.metric is None)
                or ({first.metric, second.metric} == {"net_income", "eps"} and not in_millions)
            ):
                metric = _shared_metric(first.metric, second.metric)
                result[index], result[index + 1] = replace(first, metric=metric), replace(second, metric=metric)
            continue
        change = first.change or second.change
        negative = (first.change and first.value < 0) or (second.change and second.value < 0)
        basis = second.basis or first.basis  # words after the range ("... on a non-GAAP basis") speak of both ends
        # a level in constant currency is rare; read from a clause before, it is often the last one's: not shared
        shared_basis = None if basis == "constant_currency" and not change else basis
        length = first.period.length or second.period.length
        # what a change said as a noun right after the range is of is what both ends measure: "a 50 to 100 basis point
        # decline in 1Q27 adjusted gross margin" (not the free cash flow named before the low end)
        moved = change and _CHANGE_OF_METRIC.match(text, numbers[index + 1][0].end) is not None
        metric = (moved and _metric_after(text, numbers[index + 1][0].end)) or _shared_metric(first.metric, second.metric)
        result[index], result[index + 1] = (
            replace(
                reading,
                value=-abs(reading.value) if change and negative else reading.value,
                metric=metric,
                change=change,
                # the current or comparison period stays each end's own: the words after the
                # second end ("up slightly from our previous guidance of") may speak of the next; but a comparison
                # that opens the range is both ends': "up from $379-385 million"
                period=Period(length, None) if change else Period(length, True if first.period.prior else reading.period.prior),
                basis=reading.basis if shared_basis is None else shared_basis,
            )
            for reading in (first, second)
        )
    return result
