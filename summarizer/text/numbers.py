"""The grammar of numbers in earnings releases, as regular expressions.

``NUMBER`` finds a numeric token with what is glued to it: an opening parenthesis,
a minus, a currency (``CURRENCY_CODES``: "$", "US$", "RMB", "€", "S/" ...), a closing
parenthesis, a percent sign, percentage points, basis points or a scale word. A dash
after a word or a number is a hyphen ("35-40", "VX-828"), not a minus; a currency amount
in parentheses after an amount in another currency or after a percentage is an aside
("RMB5.8 billion (US$0.8 billion)"), not a negative. ``non_figures`` finds the numbers
that are not figures at all (dates, phone numbers, form numbers, footnote markers ...),
so the extractor can keep them apart. ``parse_token`` turns a ``NUMBER`` match into a
value with its unit, scale and precision; it knows nothing of tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from ..types import EXACT, POINT_UNITS, OtherKind, Span, Unit
from .keywords import may_hold
from .vocabulary import (
    BALANCE_METRICS,
    CAPITAL_RATIO_METRICS,
    OUTFLOW_METRICS,
    PER_SHARE_SHORTHAND,
    PER_SHARE_SHORTHAND_WORDS,
    metrics_in,
)

__all__ = [
    "another_amounts_unit",
    "aside_of_an_amount",
    "COMPARISON_ASIDE",
    "is_comparison_aside",
    "LONE_NUMBER_LINE",
    "MULTIPLE_SIGNS",
    "multiples",
    "NUMBER",
    "numbers_in",
    "NonFigure",
    "non_figures",
    "Token",
    "parse_token",
    "SCALE_EXPONENTS",
    "scale_exponent",
    "CURRENCY_CODES",
    "precision",
    "is_bare_year",
    "shares_range_scale",
    "may_join",
    "may_take_cents",
    "number_words",
    "plain_value",
    "forget_shared_values",
    "printed_negative",
]

# "EUR 723.7 million (808.8)", "EUR 0.31 (-0.20)", "18.7% (20.1%)": a number in parentheses right after
# an amount, as Nordic and German releases print the comparison period's figure (its sign only by a minus,
# never by the parentheses); not a footnote marker "(2)".
COMPARISON_ASIDE = re.compile(r"\((?P<sign>[-−])?(?:\d{1,3}(?:,\d{3})+|\d*\.\d+|\d{3,})(?P<percent>%)?\)")
# "EUR 0.74 per share (0.68)", "EUR 0.74/share (0.68)"
_ASIDE_GAP = re.compile(r"[ ]{1,2}|[ ]per (?:\w+ )?(?:share|ADS|ADR)[ ]|/(?:share|sh)[ ]", re.IGNORECASE)


def is_comparison_aside(text: str, amount_end: int, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a comparison aside (``COMPARISON_ASIDE``) of the amount
    ending at ``amount_end``; a number read without its parentheses ("18.7% (20.1%)") is taken with them."""
    if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
        start, end = start - 1, end + 1
    if _ASIDE_GAP.fullmatch(text, amount_end, start) is None:
        return False
    if COMPARISON_ASIDE.fullmatch(text, start, end) is not None:
        return True
    return _same_currency_aside(text, amount_end, start, end)


def _same_currency_aside(text: str, amount_end: int, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is an amount in parentheses of the currency and scale of the amount that ends at
    ``amount_end`` (``_CURRENCY_COMPARISON_ASIDE``): "EUR 1.61 (EUR 1.28)" is the comparison period's, as "EUR 1.61
    (1.28)" is; "RMB5.8 billion (US$0.8 billion)" translates it."""
    if text[start : start + 1] != "(":
        return False
    aside = _CURRENCY_COMPARISON_ASIDE.fullmatch(text, start, end)
    before = _AMOUNT_BEFORE.search(text, max(0, amount_end - 40), amount_end + 1) if aside else None
    if aside is None or before is None or _code(before.group("currency")) != _code(aside.group("currency")):
        return False
    scale_before, scale_after = _SCALE_AT_END.search(before.group()), aside.group("scale")
    if scale_before is None or scale_after is None:
        return scale_before is None and scale_after is None
    return scale_exponent(scale_before.group(1)) == scale_exponent(scale_after.strip())


_SCALE_AT_END = re.compile(r"\d\s?([A-Za-z]+)\s?$")  # the scale an amount ends on: "EUR 2,948.2m ", "$5 million"

# A number of at most three digits alone on its line, after a line break: a page number
# ("EX-99.1 / 2 / ex991.htm"), in the release and in a claim alike. Group 1 is the number.
LONE_NUMBER_LINE = re.compile(r"\n[ \t]*(\d{1,3})[ \t]*$", re.MULTILINE)  # a newline first: a fast search

SCALE_EXPONENTS = {
    "thousand": 3, "thousands": 3, "k": 3,
    "million": 6, "millions": 6, "m": 6, "mm": 6, "mn": 6, "mln": 6,
    "billion": 9, "billions": 9, "b": 9, "bn": 9, "bln": 9,
    "trillion": 12, "trillions": 12, "t": 12, "tn": 12,
}  # fmt: skip


def scale_exponent(word: str) -> int:
    """The power of ten of a scale word as a case-blind pattern matched it: "Million", "BN", and "MİLLİON" or
    "BILLIONſ", whose letters ("İ", "ı", "ſ") such a pattern takes for ASCII ones that ``str.lower`` does not give."""
    exponent = SCALE_EXPONENTS.get(word.lower())
    if exponent is None:
        exponent = next(value for key, value in SCALE_EXPONENTS.items() if re.fullmatch(re.escape(key), word, re.IGNORECASE))
    return exponent


# Currency prefixes, and the ISO code each says. A bare "$" (or "¥") is recorded as it is:
# which dollar (or yen or yuan) it is, the document's reporting currency says.
CURRENCY_CODES = {
    "$": "$", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "A$": "AUD", "AUD": "AUD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "TWD": "TWD", "R$": "BRL", "BRL": "BRL",
    "S/": "PEN", "PEN": "PEN", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "¥", "JPY": "JPY",
    "RMB": "CNY", "CNY": "CNY", "CHF": "CHF", "MXN": "MXN", "Ps.": "MXN",
}  # fmt: skip
CURRENCY_PREFIX = (
    r"\$|€|£|¥|(?=[A-Z])(?<![A-Za-z])(?:(?:US|U\.S\.\s?|CA|HK|NT|[CAR])\$|S/\s?|Ps\.\s?"
    r"|(?:USD|EUR|GBP|CAD|RMB|CNY|JPY|CHF|HKD|TWD|MXN|AUD|BRL|PEN)\s?)"
)
# a minus before a currency's code or lettered dollar: "-EUR0.20", "-US$0.05" (a lone sign before a symbol is "[$€£¥]?")
_MINUS_BEFORE_CODE = r"(?:US|C|A|HK|NT|R)\$\d|(?:USD|EUR|GBP|CAD|RMB|CNY|JPY|CHF|HKD|TWD|MXN|AUD|BRL|PEN)\s?\d"
_SCALE_WORDS = r"(?i:thousand|million|billion|trillion)s?"
# Every optional part is written "(?:...|)", never "(...)?": the same matches and groups (a group
# left out is None either way), but Python's regex engine runs a "?" over a group as a general
# repeat, with a context made and freed each time, which made the optional parts most of the cost
# of a table cell's number. The prefixes, the suffixes and the units are each gated on the characters
# they can open with: tried at every character of running text, most of the pattern is skipped at
# once (tests/test_properties.py holds the gated spelling to the plain one: the same matches).
NUMBER = re.compile(
    rf"""
    (?=[-−–(.$€£¥\dUCAHNRSPEGJMTB])   # a cheap first-character gate: most positions fail here,
    (?=[^A-Z]|U[S.]|C[$AHN]|A[$U]|HK|NT|R[$M]|S/|Ps|PE|EU|GB|JP|MX|TW|BR)   # and most capitals here
    (?:(?=[-−–($€£¥A-Z\s])   # each prefix opens with one of these: a number that opens with a digit skips them all
    (?:(?P<lp>\(\s?)|)
    (?:(?P<minus>[-−–](?<![\w%].)(?<!\+/.)(?=[$€£¥]?\d|\.\d|{_MINUS_BEFORE_CODE}))|)   # after a word or a number, a dash is a hyphen: "35-40"; "+/-$0.15" a tolerance's size
    (?:(?P<currency>{CURRENCY_PREFIX})|)
    (?:(?P<lp2>\s?\()|)
    (?:(?P<minus2>[-−](?<![\w%].)(?<!\+/.)(?=\d|\.\d))|)
    |)
    (?(currency)|(?<![\w.,])(?:(?<=%/)|(?<!/)))   # "RMB5.8 billion": a currency may be glued on; "73.0%/73.5%": a pair
    (?P<num>\d{{1,3}}(?:,\d{{3}})++(?:\.\d+|)   # possessive: fewer groups leave ",ddd" next, which no number ends
      | \d{{1,3}},\d{{1,2}}(?=[ \t]?(?:{_SCALE_WORDS}|bn|bln|mln|mn|m|MM|[KMB])\b)   # "€9,9 million": a decimal comma
      | \d+(?:\.\d+|)|\.\d+)
    (?:
        (?![\w]|[.,]\d)   # most numbers end here
      | (?P<glued>{_SCALE_WORDS}|bn|bln|mln|mn|MM|tn|[KMB]   # "$41m", "65.0m"; not "300mm", "a 10m run"
          |(?(currency)(?:mm|[mbk])|(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))m))(?![\w])
      | (?=(?:percent|per[ ]?cent)\b)   # "99percent"
      | (?=(?:ppts?|pts|pp|bps?)\b)   # a move glued to its unit: "(-0.5pts)", "+20bps" (not a font's "9pt")
    )
    (?:(?=[\s)%pb-])   # and each suffix with one of these
    (?:(?P<rp>\s?\))|)
    (?:(?=[ \t\n%pb-])(?:   # each unit with one of these; a hyphen joins a move's unit said as an adjective
        (?:[ \t]|\n[ \t]*|-(?=percentage-)|)(?P<pp>percentage[ -]points?\b|pct\.?[ ]pts?\b\.?|ppts?\b|pp\b|pts?\b\.?|p\.[ ]?p\b\.?)
      | (?:[ \t]|\n[ \t]*|-(?=basis-)|)(?P<bp>basis[ -]points?\b|bps\b|bp\b)   # and "a 20-basis-point increase"
      | (?P<pct>[ \t]?%|(?:[ \t]|\n[ \t]*|)(?:percent|per[ ]?cent)\b)
      | (?:[ \t]|\n[ \t]*)(?P<scale>(?i:thousand|million|billion|trillion)s?\b)
      | [ \t](?P<scale_short>bn\b|bln\b|mln\b|mn\b|MM\b|tn\b|[KMB]\b)
    )|)   # word units may wrap onto the next line of fixed-width text
    (?:(?P<rp2>\s?\))|)
    # a scale glued after a currency's parenthesised loss: "EBITDA $(18.9)m"
    (?:(?(currency)(?<=\))(?P<paren_scale>bn|bln|mln|mn|mm|MM|tn|[mbkKMB])(?!\w)|(?!))|)
    |)
    """,
    re.VERBOSE,
)
# How far before its first digit a NUMBER match may start: "(", a minus, "U.S. $", " (", a minus and
# the "." of ".5" are 13 characters at most.
_NUMBER_REACH = 16
_ANY_DIGIT = re.compile(r"\d")  # the digits NUMBER's "\d" takes, Unicode's included


def numbers_in(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``NUMBER.finditer(text, start, end)``, the same matches, for running text.

    NUMBER opens with look-aheads, so the regex engine is entered at every character of the
    text; a digit pattern is skipped to in C. Every match holds a digit within ``_NUMBER_REACH``
    characters of its start, so no match starts before the next digit less that reach: each
    search starts there (a look-behind still sees the characters before it)."""
    digit_search, number_search = _ANY_DIGIT.search, NUMBER.search
    position = start
    while True:
        digit = digit_search(text, position, end)
        if digit is None:
            return
        match = number_search(text, max(position, digit.start() - _NUMBER_REACH), end)
        if match is None:
            return
        yield match
        position = match.end()  # a match is never empty: it holds a digit


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_KINDS = {
    "url": OtherKind.IDENTIFIER,
    "date": OtherKind.DATE,
    "time": OtherKind.TIME,
    "phone": OtherKind.PHONE,
    "form": OtherKind.FORM_NUMBER,
    "fiscal": OtherKind.FISCAL_LABEL,
    "zip": OtherKind.ZIP,
    "street": OtherKind.STREET_NUMBER,
    "passcode": OtherKind.PASSCODE,
    "dosage": OtherKind.DOSAGE,
    "footnote": OtherKind.FOOTNOTE,
    "name": OtherKind.NAME,
    "duration": OtherKind.DURATION,
    "ident": OtherKind.IDENTIFIER,
    "page": OtherKind.PAGE,
}
_FORM_NAMES = r"(?:8-K|10-K|10-Q|20-F|6-K|11-K|8-A|S-[1-8]|F-[1-4]|S-K|S-X)\b(?:/A)?"
# A non-figure starts where no letter or digit precedes it. The pattern consumes that
# character rather than looking behind for it: a pattern that opens with a character set
# lets the regex engine skip, in C, every position inside a word, which is most of a
# release. The branches are grouped by their first characters, and each group is tried
# only where one of them comes next. A group name's prefix before "_" is its kind.
# tests/test_properties.py holds the scan to the same grammar written as one plain pattern.
#
# What may follow the leading digits in the digit-led branches ("8-K", "10:00", "12 weeks",
# "2.5 mg", "555.123.4567", "99.1  Press release"): most numbers of a release ("6,587",
# "27%", "$6.6 million") fail here and try none of them. After a space, what the branches
# that take one may find next: a capital (a month, a street's name, "CFR", "AM"), "a.m." or
# "pm", "mg", "mcg", "ml" or "months", "weeks", "days", "µg" ("2025 and", "6 million" fail). Its digits are taken
# possessively: each thing that may follow them opens with no digit, so giving one back never lets the gate pass, and
# the engine would otherwise try every shorter run of a number's digits before failing ("2025" four times).
_DIGIT_GATE = (
    r"(?=\d++(?:[/:(\-QHMsnrtapAPmµ®™]|[ ](?:[A-Z]|[ap]\.?m|m[gclLoO]|[wdµ])|\.\d++[ ]?(?:m[gclL]|µ)|\.\d++[-.]\d|\.[A-Z]{1,3}\b)|99\.\d)"
)
# And what follows a capitalised word in the word-led branches: a digit, at once or after a
# space ("Q4", "May 5", "SFAS No. 123", "D.C., 20001", "FY '26", "Form S-1") or a line
# break ("Exhibit\n99.1"), or a dash ("EX-99", "S-K", "COVID-19"). Most capitalised words
# fail here.
_WORD_GATE = r"(?=[A-Z][A-Za-z.]*+(?:\d|[-']|,?[ ](?:No\.[ ]?)?['\dSF]|\n\d))"
# And what the letter-led branches open with, by their first two or three letters: "http", "www", "pass", "participant",
# "page", "PIN", "access", "conference", "covid", "replay", in any case but the web address's (a case-blind "s" is also
# "ſ", an "i" also "ı" or "İ": "pın" is "PIN"), and a lower-case "tier" with its digit ("common equity tier 1 ratio"; a
# capital "Tier 1" is the word-led branch's). Two letters let through "percent", "period", "we", "with", "was",
# "revenue", "reported", "compared", "capital", "have" ..., and each then tried every branch.
_LETTER_GATE = r"(?=ht|ww|[pP](?:[aA][sSſrRgG]|[iI\u0131\u0130][nN])|[aA][cC][cC]|[cC][oO][nNvV]|[rR][eE][pP]|tier[ ]\d)"
# Months to date as analysts shorten them, before a year or a metric or its basis ("9M 2024", "9M'25", "9M FCF
# $1.28bn", "6M net income", "9M GAAP EPS", "9M adj. EBITA", "9M segment revenue"): a period, not nine million; after a currency ("$9M") or before a count ("9M shares") an amount.
_MONTHS_TO_DATE = (
    r"(?<![$€£¥.,])[69]M(?:[ ]?'?(?:19|20)?\d{2}\b"
    r"|(?=[ ](?i:revenues?|sales|FCF|free[ ]cash|OCF|CFO|operating[ ](?:cash|income|profit)|EBITDA|EBIT|EPS|net[ ]"
    r"(?:income|profit|earnings|loss|sales|revenues?)|adjusted|capex|buybacks?|repurchases|profit|earnings|results|"
    r"dividends?|margin|gross|diluted|basic|(?:non-)?GAAP|reported|organic|comparable|total|EBITA|underlying|"
    r"segments?|group|orders|incoming|cash)\b|[ ](?i:adj)\.))"
    # the months said as the period a clause ends on: "currency effects cut EUR 0.7bn in 9M." (not "grew to 9M.")
    r"|(?:(?<=\bin[ ])|(?<=\bfor[ ])|(?<=\bover[ ])|(?<=\bduring[ ]))[69]M(?=[.,;:)]|$)"
)
_NON_FIGURE_BODY = rf"""
    (?=[\dA-Z+(hwpPaAcCrRt])   # the first characters of all the groups below
    (?:
      {_DIGIT_GATE}(?:
        (?P<date_d>\d{{1,2}}[ -]{_MONTH}[ -](?:19|20)\d{{2}}\b   # "30 June 2025", "31-Dec 2023", "31-Dec-2023"
          | \d{{1,2}}/\d{{1,2}}/(?:19|20)?\d{{2}}\b
          | (?:0?[1-9]|1[0-2])/(?:2[89]|3[01])\b(?![/.,]?\d)   # a month's end, its year unsaid: "9.31% at 3/31"
          | (?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b
          | \d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}}\b)   # "30.06.2025"
      | (?P<time>\d{{1,2}}(?::\d{{2}})?[ ]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b) | \d{{1,2}}:\d{{2}}\b)
      | (?P<phone_d>(?:1[-.])?\d{{3}}[-.]\d{{3}}[-.]\d{{4}}(?!\d|[.,]\d))  # 1-(800) ... is phone_p's; "8656ksmith@": run into a word
      | (?P<form_d>{_FORM_NAMES}
          | \d+[ ]CFR[ ][\d.]+\d[a-z]?(?:-\d+)?(?:\([a-z0-9]+\))*
          | \d+\([a-z]\)(?:\(\d\))?
          | (?<![^\n])99\.\d{{1,2}}(?=[ \t]+[A-Z][a-z]))   # a line of an exhibit list: "99.1  Press release"
      | (?P<fiscal_d>(?:[1-4]Q|[12]H)[ ]?(?:FY[ ]?)?'?(?:19|20)?\d{{2}}\b | (?:[1-4]Q|[12]H)\b)
      | (?P<fiscal_m>{_MONTHS_TO_DATE})
      | (?P<zip_d>\d{{5}}-\d{{4}}\b)
      | (?P<street>\d{{1,6}}[ ](?:[NSEW]\.?[ ])?(?:[A-Z][A-Za-z]+[ ]){{1,3}}
          (?i:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Way|Lane|Parkway|Pkwy\.?|Place|Plaza|Court|Circle|Highway)\b)
      | (?P<dosage>\d+(?:\.\d+)?[ ]?(?:mg/m2|mg/m²|mg/kg|mg|mcg|µg|ml|mL)\b)
      | (?P<name_d>\d+(?:st|nd|rd|th)\b
          | \d+(?:\((?:R|TM)\)|®|™))   # a trademark's number: "CENTURY 21(R)", not 21 of anything
      | (?P<duration>\d{{1,3}}[ -](?i:weeks?|months?|days?)\b)
      | (?P<ident>\d{{1,3}}-\d{{5,8}}\b | \d{{2}}-\d{{7}}\b
          | \d{{4,6}}\.(?:HK|SS|SZ|SH|T|TW|KS|KQ|SI|AX|L|PA|DE|SW|TO|V)\b)   # a listing's code: "(9959.HK)"
      )
    | {_WORD_GATE}(?:
        (?P<date_w>{_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?\b(?:(?:,[ ]?|[ ])(?:19|20)\d{{2}}\b)? | {_MONTH}[ ](?:19|20)\d{{2}}\b)
      | (?P<form_w>Form[ ]{_FORM_NAMES}
          | Rules?[ ]\d+[a-z]?(?:\d+)?(?:-\d+)?(?:\([a-z0-9]+\))*
          | (?:SFAS|FAS|FASB|ASC|ASU|IFRS|IAS|SAB|APB|EITF|FIN|Topic)[ ](?:No\.[ ]?)?\d+(?:[-.]\d+)*(?:\([A-Z]\))?
          | (?:Items?|ITEMS?)[ ]\d+\.\d+
          | (?:Section|SECTION)[ ]\d+[A-Z]?(?:\([a-z]\))?
          | (?:Exhibits?|EXHIBITS?)[ \n]\d+(?:\.\d+)?
          | EX-\d+(?:\.\d+)?
          | No\.[ ]?\d[\d-]*
          | {_FORM_NAMES})
      | (?P<fiscal_w>F?(?:Q[1-4]|H[12])[ ]?(?:FY[ ]?)?'?(?:19|20)?\d{{2}}\b | F?(?:Q[1-4]|H[12])\b | FY[ ]?'?(?:19|20)?\d{{2}}\b(?![.,]?\d*[ ]?%))
      | (?P<zip_w>(?:[A-Z]{{2}}|D\.C\.),?[ ]\d{{5}}(?:-\d{{4}})?\b)
      | (?P<name_w>(?:Tier|Phase|Level|Class|Series|Stage|Part|Note|Notes|Tranche|Version|Pillar|Schedule|Type|Gen)[ ]\d+[A-Za-z]?\b
          | COVID-19\b
          # names that hold a number: a region ("Lower 48 production"), a list of companies ("a Fortune 500 company")
          | Lower[ ]48\b | Fortune[ ]\d{{2,4}}\b | Russell[ ]\d{{4}}\b)
      )
    | {_LETTER_GATE}(?:   # web addresses, pass codes, pages, "covid-19" (``_LETTER_GATE``)
        (?P<url>(?:https?://|www\.)[^\s<>"]+)
      | (?P<passcode>(?i:pass[ ]?code|access[ ]code|conference[ ]ID|participant[ ]code|replay[ ]code|PIN)
          [:#]?[ ]?(?:number[ ]|is[ ])?\d+)
      | (?P<page>(?i:page)[ ]\d+(?:[ ]of[ ]\d+)?)
      | (?P<name_c>(?i:covid)-19\b)
      | (?P<name_t>tier[ ]\d+[A-Za-z]?\b)   # a bank's capital in lower case: "common equity tier 1 ratio"
      )
    | (?P<phone_p>\+?1[-.\s]\(\d{{3}}\)[ ]?\d{{3}}[-.]\d{{4}}(?!\d|[.,]\d) | \(\d{{3}}\)[ ]?\d{{3}}[-.]\d{{4}}(?!\d|[.,]\d))
    )
"""
_NON_FIGURE = re.compile(r"[^A-Za-z0-9]" + _NON_FIGURE_BODY, re.VERBOSE)
_NON_FIGURE_AT_START = re.compile(_NON_FIGURE_BODY, re.VERBOSE)
# Footnote markers follow a word: "Research and development(1)", "Net loss (2)", or open
# a note line. The pattern opens with its bracket, for the same reason as above.
_FOOTNOTE = re.compile(
    r"""(?P<footnote>
    \((?:(?:(?<=[A-Za-z)\]:;,.’'”"]\()|(?<=[A-Za-z)\]:;,.’'”"][ ]\())\d{1,2}\)(?=[\s,.;:]|$)
      | (?<![^\n]\()\d{1,2}\)(?=[ \t]+\S))
    | \[\d{1,2}\])
    """,
    re.VERBOSE | re.MULTILINE,
)
_DIGIT = re.compile(r"\d")


def _footnote_search(text: str, start: int, end: int) -> re.Match | None:
    """``_FOOTNOTE.search(text, start, end)``, the same match, found from its brackets.

    Every match opens with "(" or "[": the regex engine, searching for either, tests each character of the text
    against the two (~9 ms a MB); ``str.find`` passes over the characters to the next of each (~0.4 ms), and the
    pattern is matched only there, at each bracket in text order (its look-behinds still see the characters before)."""
    paren, square = text.find("(", start, end), text.find("[", start, end)
    while paren >= 0 or square >= 0:
        at = paren if square < 0 or 0 <= paren < square else square
        match = _FOOTNOTE.match(text, at, end)
        if match is not None:
            return match
        if at == paren:
            paren = text.find("(", at + 1, end)
        else:
            square = text.find("[", at + 1, end)
    return None


class NonFigure(NamedTuple):
    """A number that is not a figure: ``text[start:end]`` is a date, a phone number ..."""

    start: int
    end: int
    kind: OtherKind


def non_figures(text: str, start: int = 0, end: int | None = None) -> list[NonFigure]:
    """The numbers of ``text[start:end]`` that are not figures: dates, phone numbers, form
    numbers, footnote markers ... in text order, none inside another.

    The two patterns are searched in step, as one would be: whichever match starts first
    is taken, and both go on from its end."""
    end = len(text) if end is None else end
    numbers: list[NonFigure] = []
    other = _NON_FIGURE_AT_START.match(text, 0, end) if start == 0 else None
    other = other or _NON_FIGURE.search(text, max(start - 1, 0), end)
    footnote = _footnote_search(text, start, end)
    while other or footnote:
        if other and not (footnote and footnote.start() < other.start(other.lastgroup or 0)):
            match = other
        else:
            assert footnote is not None
            match = footnote
        group = match.lastgroup or ""
        number_start, position = match.start(group), match.end()
        if _DIGIT.search(text, number_start, position):  # a web address without digits is no number
            numbers.append(_new_tuple(NonFigure, (number_start, position, _KINDS[group.partition("_")[0]])))
        if other and other.start(other.lastgroup or 0) < position:
            other = _NON_FIGURE.search(text, position - 1, end)
        if footnote and footnote.start() < position:
            footnote = _footnote_search(text, position, end)
    return numbers


_SHARES_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,3}?shares\b", re.IGNORECASE)
_PER_SHARE_AFTER = re.compile(
    r"[ \t]*(?:per|a|/)[ \t]+(?:(?:basic|diluted|fully|common|ordinary|weighted|average|and|Class|[AB])[ \t]+){0,4}share\b"
    # "($2.77/sh)", "$1.04/share", "($0.36/dil. shr)": as recaps abbreviate it
    r"|/[ \t]?(?:(?:dil(?:uted|\.)?|basic)[ \t]*)?(?:share|shr|sh)\b",
    re.IGNORECASE,
)
_PER_SHARE_BEFORE = re.compile(
    rf"(?:per[ \t]+(?:\w+[ \t]+){{0,2}}share|\b{PER_SHARE_SHORTHAND}\b|earnings[ \t]+per|dividend)(?:[^.;]|\.(?=\d)){{0,60}}$",
    re.IGNORECASE,
)
_PER_SHARE_WORDS = ("share", *PER_SHARE_SHORTHAND_WORDS, "earnings", "dividend")  # every match of _PER_SHARE_BEFORE holds one
_AMOUNT_END = re.compile(r"\d\)?[ \t]*$")
# The other end of a range, said at a scale: "-$916 million", " to $4.15 billion"
_SCALED_RANGE_END = re.compile(
    r"[ \t]*(?:-|–|—|to)[ \t]*(?:[A-Z]{0,3}[$€£¥])?\d[\d,]*(?:\.\d+)?[ \t]?"
    r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|[mbkMB])\b",
    re.IGNORECASE,
)


def _per_share_before(text: str, start: int, number_text: str) -> bool:
    """True when per-share words lead up to the amount at ``start`` ("diluted EPS was $2.87, up
    $0.58")."""
    words = text[max(0, start - 80) : start]
    if not may_hold(words, _PER_SHARE_WORDS):
        return False
    said = _PER_SHARE_BEFORE.search(text, max(0, start - 80), start)
    if said is not None and said.group()[:8].lower() == "dividend" and _whole_thousands(number_text):
        return False  # "dividends payable of $37,410": a whole amount of thousands is the dividends', no amount a share
    return said is not None and not another_amounts_unit(text, said.start(), number_text)


_WHOLE_THOUSANDS = re.compile(r"\D*\d{1,3}(?:,\d{3})+\)?")  # "$37,410", "(1,250)": no decimals, a thousand or more


def _whole_thousands(number_text: str) -> bool:
    return _WHOLE_THOUSANDS.fullmatch(number_text) is not None


def another_amounts_unit(text: str, at: int, number_text: str) -> bool:
    """True when the per-share words at ``at`` said the unit of an amount that ends right before
    them, and the amount ``number_text`` after them is not one of its kind: in "$0.91 per share,
    as compared to $8,408,818" the second amount is the net loss; in "$0.24 per diluted share,
    versus $1.04" both are per share."""
    return _AMOUNT_END.search(text, max(0, at - 3), at) is not None and "." not in number_text


_AFTER_READ = 60  # how far after a number of running text its cents, shares or currency's name are read
_CENTS_AFTER = re.compile(r"(?:[ \t]+|-)(?:cents?\b|cts\b\.?)", re.IGNORECASE)  # "15 cents", "15 cts", "a 5-cent dividend"


def may_take_cents(text: str, end: int) -> bool:
    """Whether a number of running text whose ``NUMBER`` match ends at ``end`` may take the cents after it into its
    figure, as ``token_fields`` reads them (``_AFTER_READ``): the one word a figure reaches past its match for."""
    return _CENTS_AFTER.match(text, end, end + _AFTER_READ) is not None


# A currency named after the amount, and its code.
_CURRENCY_NAMES = {
    "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "euros": "EUR", "yen": "JPY", "pesos": "MXN", "soles": "PEN",
    "reais": "BRL", "swiss francs": "CHF", "pounds sterling": "GBP", "hong kong dollars": "HKD",
    "u.s. dollars": "USD", "us dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD", "dollars": "$",
}  # fmt: skip
_CURRENCY_AFTER = re.compile(
    r"[ ](" + "|".join(re.escape(name) for name in sorted(_CURRENCY_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


class Token(NamedTuple):
    """A parsed numeric token: ``start``/``end`` cover what belongs to the number.

    A tuple rather than a dataclass: one is made for every number of a filing."""

    start: int
    end: int
    value: Decimal
    unit: Unit
    exponent: int
    negative: bool
    decimals: int
    has_currency: bool
    has_scale: bool
    currency: str = ""  # an ISO code ("USD", "CNY"), "$" or "¥" when the sign alone says it, "" when unsaid


_YEAR = re.compile(r"(?:19|20)\d{2}")
# An amount in one currency right before a parenthesis: "HK$7,200.2 million (US$918.2 million)".
_AMOUNT_BEFORE = re.compile(
    rf"(?P<currency>{CURRENCY_PREFIX})\d[\d,]*(?:\.\d+)?(?:\s?(?:{_SCALE_WORDS}|bn|bln|mln|mn|mm|tn|[mbkKMB])\b)?\s?$"
)
# The same said with the amount's own currency and scale: "EPS EUR1.61 (EUR1.28)", "EUR 2,948.2m (EUR 3,398.9m)".
_CURRENCY_COMPARISON_ASIDE = re.compile(
    rf"\((?P<currency>{CURRENCY_PREFIX})(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d*\.\d+|\d+)(?P<scale>\s?(?:{_SCALE_WORDS}|bn|bln|mln|mn|mm|[mbkMB])\b)?\)"
)
_PERCENT_BEFORE = re.compile(r"\d[ ]?%[ ]?$")  # a space: in "4%\t($443)" a tab parts two cells
_SPACE = re.compile(r"\s")
# A period named right before a parenthesis: "below the previous year's figure (EUR 443.1 million)",
# "level with the previous year (EUR 1.282 billion)": the amount inside is that period's.
_PERIOD_BEFORE = re.compile(r"\b(?:year|quarter|period)(?:['’]s)?(?:[ ]+(?:figure|level|amount))?[ ]?$", re.IGNORECASE)
_UNIT_GROUPS = ("currency", "pct", "pp", "bp", "scale", "scale_short", "glued", "paren_scale")
RANGE_LINK = re.compile(r"\s*(?:(?P<to>to)|-|–|—|and)\s*\+?")  # "+2.8% and +4.4%": the sign is no number's
# "rose by $200,000 to $4.35 million": a change, then the level it came to, not a range.
_CHANGE_BY = re.compile(
    r"\bby[ \t]+(?:(?:approximately|about|nearly|roughly|some|almost|over|more[ \t]than)[ \t]+)?\S+$", re.IGNORECASE
)


# A character that no range's link holds (``RANGE_LINK``), and one that no comparison aside's gap holds (``_ASIDE_GAP``)
_NOT_IN_A_RANGE_LINK = re.compile(r"[^\s\-–—+toand]")
_NOT_IN_AN_ASIDE_GAP = re.compile(r"[^ /\w]")


def may_join(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` between two numbers may join them: as a range's ends (``RANGE_LINK``:
    ``shares_range_scale``, a currency passed on) or as an amount and its comparison aside (``is_comparison_aside``,
    whose gap ``_ASIDE_GAP`` is read up to the aside's opening parenthesis: the last character is not counted).
    False only when the words hold a character no link holds and one no aside's gap holds ("Line item ", a line break
    between them)."""
    return _NOT_IN_A_RANGE_LINK.search(text, start, end) is None or _NOT_IN_AN_ASIDE_GAP.search(text, start, end - 1) is None


def shares_range_scale(text: str, first_end: int, second_start: int, first_unit: Unit, second_unit: Unit) -> bool:
    """True when the number ending at ``first_end`` opens a range ("$1.1 to $1.2 billion",
    "2.29 to 2.32 million", "35-40") and so takes the second number's scale and unit."""
    link = RANGE_LINK.fullmatch(text, first_end, second_start)
    if link is None or not (first_unit is second_unit or first_unit is Unit.COUNT):
        return False
    if second_unit in POINT_UNITS:
        return True  # "decline by 50 to 100 basis points": no level is in basis points, so no "by X to level"
    return not (link.group("to") and _CHANGE_BY.search(text, max(0, first_end - 40), first_end))


def is_bare_year(match: re.Match) -> bool:
    """A ``NUMBER`` match that is a year: four digits from 1900 to 2099 with no unit at all."""
    number = match.group("num")
    return len(number) == 4 and _YEAR.fullmatch(number) is not None and not any(match.group(*_UNIT_GROUPS))


def precision(number_text: str, exponent: int) -> int:
    """XBRL decimals of a number as written: digits after the point, less the scale."""
    point = number_text.find(".")
    return (len(number_text) - point - 1 if point >= 0 else 0) - exponent


# Plain names for the Unit members read for every number: in Python 3.11 reading a member
# off an Enum class goes through EnumType.__getattr__.
_CURRENCY, _COUNT, _PERCENT = Unit.CURRENCY, Unit.COUNT, Unit.PERCENT
_PERCENTAGE_POINTS, _BASIS_POINTS = Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS


def _is_aside(text: str, start: int, currency: str, scaled: bool) -> bool:
    """True when the parenthesis at ``start`` follows an amount in another currency, a
    percentage or a period: in "RMB5.8 billion (US$0.8 billion)" the second amount translates
    the first, in "rents rose 4.7% (EUR5.1m)" it says what the percentage is, in "the previous
    year's figure (EUR 443.1 million)" it is that year's; none is a loss. So is an amount said at a
    scale after a name (``aside_of_an_amount``: "severance costs ($88 million)", "CASGEVY ($76.4m)")."""
    if _PERCENT_BEFORE.search(text, max(0, start - 8), start) or _PERIOD_BEFORE.search(text, max(0, start - 40), start):
        return True
    before = _AMOUNT_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _code(before.group("currency")) != _code(currency):
        return True
    # a space between, as running text sets it (a tab parts two cells of a flattened table: "$6,905\t($258)")
    said = _CURRENCY_COMPARISON_ASIDE.match(text, start) if before is not None and text[start - 1 : start] == " " else None
    if said is not None and _same_currency_aside(text, start - 1, start, said.end()):
        return True  # "EUR 1.61 (EUR 1.28)": the comparison period's amount, as "EUR 1.61 (1.28)" is
    if scaled and _SPELLED_CODE.fullmatch(currency) and not _LINK_BEFORE.search(text, max(0, start - 60), start):
        # "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8%": where a currency
        # is spelled as its code, a loss is written "EUR -22.3 million"; in parentheses after a name, the amount's aside
        return True
    return aside_of_an_amount(text, start) if scaled else _restates(text, start)


_SPELLED_CODE = re.compile(r"[A-Z]{3}[ \t]?")  # "EUR ", "CHF", "RMB": a currency said by its code, no sign


# Amounts that are never below zero: an amount of them in parentheses restates it, as an aside.
_NEVER_NEGATIVE = frozenset(
    {"revenue", "segment_revenue", *OUTFLOW_METRICS,
     *(BALANCE_METRICS - {"equity", "working_capital", "book_value", "tangible_book_value", *CAPITAL_RATIO_METRICS})}
)  # fmt: skip
# The words before a parenthesis that make an amount in it a value, not an aside: "EPS of ($0.09)", "vs. ($0.12)".
_LINK_BEFORE = re.compile(
    r"(?:\b(?:of|was|were|is|are|at|to|from|vs|versus|against|with|than|and|or|by|be|totaled|totalled|reached|about|"
    r"approximately|around|roughly|nearly|negative|minus)\.?|[^\w\s])\s*$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*[;,:(]", re.DOTALL)


def _restates(text: str, start: int) -> bool:
    """True when the parenthesis at ``start`` follows the name of an amount that is never negative (revenue,
    a balance, an outflow) in its clause, right after a word: "Q4 operating revenues ($237.5 million)",
    "the sale of mature residential assets in Q1 2024 (EUR56m)". After a link ("EPS of ($0.09)", "vs.
    ($0.12)") or a metric that may be negative ("Q4 EPS ($0.09)", "operating cash flow ($12.0 million)")
    the amount in it is a negative one."""
    before = text[max(0, start - 60) : start]
    if not before or _LINK_BEFORE.search(before):
        return False
    clause = before[cut.end() :] if (cut := _CLAUSE_START.match(before)) else before
    named = metrics_in(clause.lower())
    return bool(named) and named[-1][1] in _NEVER_NEGATIVE


def aside_of_an_amount(text: str, start: int) -> bool:
    """True when the parenthesis at ``start`` follows, right after a word, a name that is no metric that may be
    negative: a product, a segment, an amount never negative ("CASGEVY ($76.4m) and JOURNAVX ($49.6m)", "about half
    of it (US$957 million)", "Q4 operating revenues ($237.5 million)"). After a link or a metric that may be negative
    ("EPS of ($0.09)", "operating cash flow ($12.0 million)") the amount in it is a negative one (``_restates``)."""
    before = text[max(0, start - 60) : start]
    if not before or _LINK_BEFORE.search(before):
        return False
    clause = before[cut.end() :] if (cut := _CLAUSE_START.match(before)) else before
    named = metrics_in(clause.lower())
    return not named or named[-1][1] in _NEVER_NEGATIVE


# The words right before a parenthesis that make a percentage in it a negative value, not an aside of the amount before
# it: "gross margin improved to ~breakeven compared to ~(31%) in the prior-year period", "a margin of (5%)", the next
# of a list ("from (31%) a year earlier and (13%) in the first quarter").
_PERCENT_VALUE_BEFORE = re.compile(
    r"(?:~|\b(?:of|was|were|is|are|at|to|from|vs\.?|versus|against|than|about|approximately|around|roughly|nearly|and|or))\s*$",
    re.IGNORECASE,
)


def _percent_value_in_parentheses(text: str, start: int) -> bool:
    """True when the parenthesis of running text at ``start`` holds a negative percentage: a link or a hedge said right
    before it ("compared to ~(31%)"), no percentage or amount of which it would be the aside ("up $5 million (27%)")."""
    return _PERCENT_VALUE_BEFORE.search(text, max(0, start - 16), start) is not None


def _code(currency: str) -> str:
    """The code of a currency as NUMBER matched it ("$", "U.S. $", "RMB ") or as named after it ("yuan")."""
    return CURRENCY_CODES.get(currency) or CURRENCY_CODES.get(_SPACE.sub("", currency)) or _CURRENCY_NAMES[currency.lower()]


def _value(number_text: str, exponent: int, negative: bool) -> Decimal:
    """The value of ``number_text`` scaled by ``exponent``, one object for the same text, scale and
    sign while kept: a release of a million figures prints the same few thousand values again and
    again (every table repeats its totals), and each Decimal is 104 bytes held by its figure. The
    value is made exactly as before; a Decimal is immutable, so sharing it changes nothing."""
    key = (number_text, exponent, negative)
    value = _VALUES.get(key)
    if value is None:
        value = Decimal(number_text.replace(",", ""))
        if exponent:
            value = value.scaleb(exponent, EXACT)
        if negative:
            value = value.copy_negate()
        if len(_VALUES) >= _VALUES_KEPT:
            _VALUES.clear()
        _VALUES[key] = value
    return value


_VALUES: dict[tuple[str, int, bool], Decimal] = {}
_VALUES_KEPT = 65536


def forget_shared_values() -> None:
    """Let go of the values kept to be shared (``_value``): what holds them keeps them, what is read after makes
    them again. A document's figures once read, ~3 MiB of values no longer shared with anything read after."""
    _VALUES.clear()


def parse_token(text: str, match: re.Match, *, in_table: bool = False) -> Token:
    """Value, unit, scale and precision of a ``NUMBER`` match in ``text``.

    Parentheses around a number make it negative. In running text a parenthesised
    percentage ("up $5 million (27%)") is an aside, not a decline, unless ``in_table``;
    in a table the row, not the words after a cell, says what the cell is.
    """
    return _new_tuple(Token, token_fields(text, match, in_table))


_new_tuple = tuple.__new__  # a NamedTuple from a tuple of its fields, without the Python-level __new__


def token_fields(text: str, match: re.Match, in_table: bool) -> tuple:
    """``parse_token``'s fields as a plain tuple, in ``Token``'s order: a table's cells unpack
    them at once (this runs for every number of a filing, a Token's own constructor costs more
    than the rest of the reading)."""
    start, end = match.span()
    if in_table and match.span(_NUM) == (start, end):
        # most cells: a number and nothing glued to it (every other group takes a character), read at once
        number_text = match.group(_NUM)
        if "," in number_text and "," in number_text[-3:]:
            number_text = _decimal_comma(number_text)
        return bare_number_fields(start, end, number_text)
    # every group of NUMBER is named, so groups() gives them in the pattern's order (a test holds this)
    lp, minus, currency, lp2, minus2, number_text, glued, rp, pp, bp, pct, scale, scale_short, rp2, paren_scale = match.groups()
    scale_word = scale or scale_short or glued or paren_scale
    exponent = scale_exponent(scale_word) if scale_word else 0
    has_currency = currency is not None
    negative = bool(minus or minus2)
    if lp or lp2:
        negative_parens = bool(rp or (rp2 and (in_table or not pct or _percent_value_in_parentheses(text, start))))
        if negative_parens and lp and currency and not in_table and _is_aside(text, start, currency, bool(scale_word)):
            negative_parens = False
        if negative_parens:
            negative = True
        else:
            start = match.start("lp") + len(lp) if lp else match.start("lp2") + len(lp2)
            start += len(text[start:match.start("num")]) - len(text[start:match.start("num")].lstrip())
            if rp or rp2:
                end = match.end("glued" if glued else "num") if rp else match.start("rp2")  # "(+EUR5.2m)"
    elif rp or rp2:
        end = match.end("glued" if glued else "num") if rp else match.start("rp2")

    if pp:
        unit = _PERCENTAGE_POINTS
    elif bp:
        unit = _BASIS_POINTS
    elif pct:
        unit = _PERCENT
    else:
        unit = _CURRENCY if has_currency else _COUNT
    if not in_table and (unit is _CURRENCY or unit is _COUNT):
        after = text[end : end + _AFTER_READ]
        spaced = after[:1] in (" ", "\t")  # what cents, shares and currency names open with
        cents = _CENTS_AFTER.match(after) if spaced or after[:1] == "-" else None
        if cents and not exponent:
            exponent = -2
            end += cents.end()
            unit = Unit.PER_SHARE if _PER_SHARE_AFTER.match(text, end) else _CURRENCY
        elif has_currency and not exponent and (
            _PER_SHARE_AFTER.match(after)
            # not the first end of a range of millions: "adjusted EBITDA of $891-$916 million" after "EPS of ..."
            or (_per_share_before(text, start, number_text) and not _SCALED_RANGE_END.match(after))
        ):
            unit = Unit.PER_SHARE
        elif not has_currency and spaced and _SHARES_AFTER.match(after):
            unit = Unit.SHARES
        elif not has_currency and spaced and (named := _CURRENCY_AFTER.match(after)):  # "5.8 billion yuan"
            unit, currency = _CURRENCY, named.group(1)
    if "," in number_text and "," in number_text[-3:]:
        number_text = _decimal_comma(number_text)
    point = number_text.find(".")  # precision(), inline
    decimals = (len(number_text) - point - 1 if point >= 0 else 0) - exponent
    value = _VALUES.get((number_text, exponent, negative)) or _value(number_text, exponent, negative)
    return (start, end, value, unit, exponent, negative, decimals, has_currency, scale_word is not None,
            _code(currency) if currency else "")  # fmt: skip


_NUM = NUMBER.groupindex["num"]

# A table cell that is a number alone, in ASCII digits with thousands commas and a decimal point ("6,587",
# "1.77", "2025"), not glued to a word, a point, a comma or a slash before it (``NUMBER``'s look-behind):
# ``NUMBER.search`` of the cell finds the whole cell as its ``num`` group and nothing else, and
# ``token_fields`` reads it as ``bare_number_fields`` does (tests/test_figure_speed_shortcuts.py holds both).
# Most cells of a statement are such; matched with ``fullmatch(text, cell_start, cell_end)``, the regex
# engine has no prefix, suffix or unit to try, and no match object's groups are read.
_BARE_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
BARE_NUMBER = re.compile(rf"(?<![\w.,/]){_BARE_DIGITS}")
# A table cell that is such a number with one sign glued on, as statements print a column's first row, its
# losses and its rates: "$6,587", "(1,447)", "12.5%". ``NUMBER.search`` of the cell finds the whole cell, its
# ``num`` group the digits, and no other group but the dollar sign, the parentheses or the percent sign; read
# by ``signed_number_fields`` (tests/test_speed_s43.py holds both).
SIGNED_NUMBER = re.compile(rf"\$(?P<dollars>{_BARE_DIGITS})|\((?P<negative>{_BARE_DIGITS})\)|(?<![\w.,/])(?P<percent>{_BARE_DIGITS})%")
# A table cell of a dollar sign the converter set apart from its number, by spaces, line breaks or pipes ("$ | 6,587",
# "$\n\n4,062", "$ 9.99"), as an HTML statement prints its column's first row: ``NUMBER.search`` of the cell finds the
# number alone (no currency prefix takes a space after "$"), whole as its ``num`` group, which ``token_fields`` reads as
# ``bare_number_fields`` does (tests/test_speed_s56.py holds both). Group 1 is the number.
SPACED_DOLLAR_NUMBER = re.compile(rf"\$[\s|]+({_BARE_DIGITS})")


def bare_number_fields(start: int, end: int, number_text: str) -> tuple:
    """``token_fields`` of a number with nothing glued to it, ``text[start:end]``, in a table cell: a
    count, unscaled, positive, its decimals those it prints."""
    point = number_text.find(".")
    return (start, end, _VALUES.get((number_text, 0, False)) or _value(number_text, 0, False), _COUNT, 0, False,
            len(number_text) - point - 1 if point >= 0 else 0, False, False, "")  # fmt: skip


def plain_value(number_text: str) -> Decimal:
    """The value of a number printed plain ("6,587", "1.77"), unscaled and positive: ``bare_number_fields``'s value."""
    return _VALUES.get((number_text, 0, False)) or _value(number_text, 0, False)


def signed_number_fields(match: re.Match) -> tuple:
    """``token_fields`` of a table cell that ``SIGNED_NUMBER`` matches whole: an amount of dollars, unscaled
    ("$6,587"), a count in parentheses, negative ("(1,447)"), or a percentage ("12.5%")."""
    kind = match.lastgroup or ""  # one of the three groups: each branch is one
    number_text = match.group(kind)
    point = number_text.find(".")
    decimals = len(number_text) - point - 1 if point >= 0 else 0
    start, end = match.span()
    if kind == "dollars":
        value = _VALUES.get((number_text, 0, False)) or _value(number_text, 0, False)
        return (start, end, value, _CURRENCY, 0, False, decimals, True, False, "$")
    if kind == "negative":
        value = _VALUES.get((number_text, 0, True)) or _value(number_text, 0, True)
        return (start, end, value, _COUNT, 0, True, decimals, False, False, "")
    value = _VALUES.get((number_text, 0, False)) or _value(number_text, 0, False)
    return (start, end, value, _PERCENT, 0, False, decimals, False, False, "")


def _decimal_comma(number_text: str) -> str:
    """"9,9" as "9.9": NUMBER takes a decimal comma only before a scale word ("€9,9 million")."""
    head, _, tail = number_text.rpartition(",")
    return f"{head}.{tail}"


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SMALL = {word: value for value, word in enumerate(_UNITS)}
_DIGIT_WORDS = "|".join(_UNITS[:10])
# The look-ahead holds the words' first letters: most word starts are passed over at once.
_WORD_NUMBER = re.compile(
    r"\b(?=[efnostz])(?:(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<tens_unit>" + "|".join(_UNITS[1:10]) + r"))?"
    r"|(?P<small>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))"
    r"(?:[ ](?P<hundred>hundred))?"
    r"(?:[ ]point(?P<fraction>(?:[ ](?:" + _DIGIT_WORDS + r"))+))?"
    r"(?:(?P<pct>[ ]percent(?:age[ ]points?)?\b|%)|[ ](?P<bp>basis[ ]points?)\b|[ ](?P<scale>thousand|million|billion)\b"
    r"|[ ](?P<cents>cents?)\b|(?=[ ](?P<times>times)\b))?"  # a multiple: "about four times higher", not its "times"
    r"(?![-\w])",
    re.IGNORECASE,
)


# Where a small number word ends in a match that ``number_words`` keeps: before a hundred, a point, a unit, a
# scale or cents (each of ``_WORD_NUMBER``'s parts after the word opens so); each is found by a piece of it
# ("cent" of " percent" and " cent", "illion" of " million" and " billion") and the characters before that piece.
_WORD_ENDS_BEFORE = {"%": ("",), " point": ("",), " hundred": ("",), " basis": ("",), " thousand": ("",), " times": ("",),
                     "cent": (" ", " per"), "illion": (" m", " b")}  # fmt: skip
_KEPT_PIECES = ("ty", *_WORD_ENDS_BEFORE)  # every kept match holds one: a tens word's end, or what follows a small word
_LETTERS_BEFORE = re.compile(r"[a-z]+$")
_LONGEST_SMALL_WORD = max(map(len, _UNITS))
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower does not lower to it (keywords.may_hold)
_FOLDS_TO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")


def _found(text: str, piece: str) -> Iterator[int]:
    """Where ``piece`` occurs in ``text``, overlaps too."""
    at = text.find(piece)
    while at >= 0:
        yield at
        at = text.find(piece, at + 1)


def _ascii_lower(text: str) -> str:
    """``text`` with its ASCII letters lowered and each other character made one "?", for finding ASCII words in it
    at their offsets in ``text``: what ``str.lower`` gives wherever it gives an ASCII character, since no character
    beyond ASCII lowers to one but U+0130 and U+212A ("İ", the Kelvin sign: ``_FOLDS_TO_ASCII``, asked first), and
    U+0130 alone lowers to two characters. A release's prose, not ASCII ("—", "’"), is lowered ~5 times faster so
    (~1.4 ms a MB against ~6.5 for ``str.lower``, which maps each character in full)."""
    if text.isascii():
        return text.lower()
    return text.encode("ascii", "replace").lower().decode("ascii")


def _kept_word_numbers(text: str) -> Iterator[re.Match]:
    """The matches of ``_WORD_NUMBER.finditer(text)`` that ``number_words`` keeps, found faster.

    The pattern is tried at every word (~0.3 us each, a case-insensitive choice of 27 words), and
    keeps ~1 match in 20: those of a tens word ("twenty") or of a small word followed by a hundred,
    a point, a unit or a scale. Those words and what follows them are found with ``str.find`` in the
    lower-cased text (``_ascii_lower``), and the pattern is matched only there. The same matches: a lone small word
    ("one of") is a match of its own word only, which no kept match starts inside or ends after."""
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        yield from (match for match in _WORD_NUMBER.finditer(text) if _kept(match))
        return
    lower = _ascii_lower(text)
    for piece in _KEPT_PIECES:  # a loop, not any() of a generator: asked of each stretch between a table's cells
        if piece in lower:
            break
    else:
        return  # no start is found without one: most row labels ("Line item 12") hold none
    starts = set()
    for at in _found(lower, "ty"):  # every tens word ends so
        for start in (at - 4, at - 3, at - 5):  # "twenty", "forty", "seventy"
            if start >= 0 and lower[start : at + 2] in _TENS:
                starts.add(start)
    for piece, befores in _WORD_ENDS_BEFORE.items():
        for at in _found(lower, piece):
            for before in befores:
                end = at - len(before)
                if end > 0 and lower[end:at] == before and "a" <= lower[end - 1] <= "z":  # most follow a number: "27%"
                    word = _LETTERS_BEFORE.search(lower, max(0, end - _LONGEST_SMALL_WORD), end)
                    if word:
                        starts.add(word.start())
    end = 0
    for start in sorted(starts):
        if start >= end and (match := _WORD_NUMBER.match(text, start)) and _kept(match):
            yield match
            end = match.end()


def _kept(match: re.Match) -> bool:
    """Whether a unit or its form says a number in words is a figure (``number_words``)."""
    return any(match.group("pct", "bp", "scale", "cents", "tens", "hundred", "fraction", "times"))


def number_words(text: str) -> list[tuple[Span, Decimal, Unit, int]]:
    """Numbers written as words, when a unit or their form says they are figures: "twenty-one
    percent", "eight cents", "one point two billion", "twenty-one". A lone small word ("one",
    "ten") with no unit is left alone: "one of the largest", "a one-time charge"."""
    found = []
    for match in _kept_word_numbers(text):
        tens, small, hundred, fraction, pct, bp, scale, cents = match.group(
            "tens", "small", "hundred", "fraction", "pct", "bp", "scale", "cents"
        )
        if tens:
            whole = _TENS[tens.lower()] + (_SMALL[match.group("tens_unit").lower()] if match.group("tens_unit") else 0)
        else:
            whole = _SMALL[small.lower()]
        if hundred:
            whole *= 100
        digits = "".join(str(_SMALL[word.lower()]) for word in fraction.split()) if fraction else ""
        number_text = f"{whole}.{digits}" if digits else str(whole)
        exponent = scale_exponent(scale) if scale else -2 if cents else 0
        pct = (pct or "").lower()
        if cents:
            unit = Unit.PER_SHARE if _PER_SHARE_AFTER.match(text, match.end()) else Unit.CURRENCY
        else:
            unit = Unit.PERCENTAGE_POINTS if "points" in pct else Unit.PERCENT if pct else Unit.BASIS_POINTS if bp else Unit.COUNT
        value = Decimal(number_text).scaleb(exponent)
        found.append((Span(match.start(), match.end()), value, unit, precision(number_text, exponent)))
    return found


MULTIPLE_SIGNS = ("x", "X", "×")  # how a multiple's text ends: "1.09x" (``multiples``)
# A multiple written with an "x" glued to it: "leverage ratio improved to 3.6x", "about 1.3x the dividend" (not "4x4",
# "x86", "0x1F"). ``NUMBER`` ends no number on a letter, so it reads none of it.
_MULTIPLE_X = re.compile(r"(?<![\w.,$€£¥])(?P<number>\d{1,3}(?:\.\d{1,2})?)[xX×](?![\w]|\.\w)")
_MULTIPLE_NUMBER_LENGTH = 6  # the longest number _MULTIPLE_X takes before its sign: "123.45"


def multiples(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, Decimal, int]]:
    """Each multiple of ``text[start:end]`` written with a glued "x": its start, end, value and decimals."""
    for found in _multiple_matches(text, start, len(text) if end is None else end):
        digits = found.group("number")
        yield found.start(), found.end(), Decimal(digits), len(digits.partition(".")[2])


def _multiple_matches(text: str, start: int, end: int) -> list[re.Match]:
    """``_MULTIPLE_X.finditer(text, start, end)``, the same matches, found from their signs.

    The pattern opens with a look-behind, so the regex engine would be entered at every character of
    running text (~25 us a KB). Every match ends on a sign (``MULTIPLE_SIGNS``) right after a digit and
    starts at most ``_MULTIPLE_NUMBER_LENGTH`` characters before it: the signs are found with
    ``str.find`` ("x" of "tax", "expenses" ... and of "1.3x"), and the pattern is matched only at the
    starts before a sign that follows a digit ("\\d" is a Unicode decimal digit, as ``str.isdecimal``
    says), each start once and in text order, as ``finditer`` tries them. Loops, no generators: asked
    of each row label of a table of thousands of rows."""
    signs: list[int] = []
    for sign in MULTIPLE_SIGNS:
        at = text.find(sign, start + 1, end)
        while at >= 0:
            if text[at - 1].isdecimal():
                signs.append(at)
            at = text.find(sign, at + 1, end)
    found: list[re.Match] = []
    if signs:
        signs.sort()
        tried = start  # every start before it is tried, or inside a match found
        for at in signs:
            for begin in range(max(tried, at - _MULTIPLE_NUMBER_LENGTH), at):
                match = _MULTIPLE_X.match(text, begin, end)
                if match is not None:
                    found.append(match)
                    break
            tried = max(tried, at + 1)  # a match ends on its sign; no match starts on one
    return found


_PRINTED_NEGATIVE = re.compile(r"[^\d]*[(\-−–]")  # "$(1.6) million", "-5 million", "US$ -2.1 billion"


def printed_negative(number: str) -> bool:
    """True when an amount as written carries its own minus: parentheses or a minus sign before its digits."""
    return _PRINTED_NEGATIVE.match(number) is not None
