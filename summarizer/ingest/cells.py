"""Table cells: what a cell's text is, and the fragments that belong together.

Report generators split one printed value over several cells (``$`` | ``(3,502`` | ``)``,
``75.0`` | ``%``). ``group_pieces`` decides which neighbouring pieces form one cell; HTML
rows and plain-text rows both go through it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["DIRECTED_CELL", "SHARED_TEXTS", "SHARED_TEXTS_KEPT", "shared_text", "forget_shared_texts", "group_pieces", "join_cells", "is_value_cell", "is_range_cell", "is_year_cell", "is_nil_cell", "is_placeholder_cell"]

# a currency's code printed before an amount, in a cell of its own or glued on ("EUR | 42.3", "EUR6.42",
# "Yen 0.233"), as fixed-width newswire tables of European and Japanese figures print them
_CODE = r"(?:USD|EUR|GBP|CAD|RMB|CNY|JPY|CHF|HKD|TWD|MXN|AUD|BRL|PEN|SEK|NOK|DKK|Yen|S/)"
_PREFIX_PIECE = re.compile(rf"(?:US|C|A)?[$€£¥]|{_CODE}|\(|\(\s*[$€£¥]|[$€£¥]\s*\(")
_CODE_PIECE = re.compile(_CODE)
# the units a cell prints after its number: percent, percentage points ("ppt", "pts", "pp", "p.p."), basis points, a multiple
_UNIT_SUFFIX = r"%|ppts?\.?|pts?\.?|pp\.?|p\.\s?p\.?|bps?\.?|x"
# (a footnote's mark may follow the closing parenthesis: "(357" | ")*")
_SUFFIX_PIECE = re.compile(rf"\)|\)\s*%|%\s*\)|\)\s*[*†‡]+|{_UNIT_SUFFIX}", re.IGNORECASE)
# the characters each can start with ("x" and "X" alike: the suffix is matched ignoring case)
_PREFIX_FIRST = frozenset("UCA$€£¥(EGRJHTMBPSNDY")
_SUFFIX_FIRST = frozenset(")%pPbBxX")
# possessive: fewer groups leave ",ddd" next, which no cell ends in; a backtracking group
# keeps 32 bytes per character of a number (1.4 GiB for 25 MiB of "1,234,234...")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})++|\d+)(?:\.\d+)?|\.\d+"
# (an amount said to be approximate, its tilde first: Sandisk's outlook row "Diluted Shares Outstanding | ~ 155 |"; not
# money's: Albemarle's "| ~$10 | ~$20 | ~$30 |" heads the price cases of its outlook, as a header line)
VALUE_CELL = re.compile(
    rf"(?:~\s*(?=[(\d.])|(?:US|C|A)?[$€£¥]\s*|{_CODE}\s*)?[(\[]?\s*[-−–+]?\s*(?:(?:US|C|A)?[$€£¥]\s*)?(?:{_NUMBER})\s*[)\]]?\s*"
    rf"(?:{_UNIT_SUFFIX})?\s*\)?\s*(?:[*†‡]+|\(\d\))?"
)
# a guidance table's range: "$253-$254 million", "$0.06-$0.07", "3% - 4%", "$1.117 to $1.121 billion"
_RANGE_END = r"(?:(?:US|C|A)?[$€£¥]\s*)?\(?(?:\d{1,3}(?:,\d{3})++|\d+)(?:\.\d+)?\)?%?"  # possessive, as _NUMBER
_RANGE_CELL = re.compile(
    rf"{_RANGE_END}\s*(?:[-–—]|to)\s*{_RANGE_END}(?:\s+(?:thousand|million|billion|trillion)s?|\s?%)?", re.IGNORECASE
)
_YEARS = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)?\d{2})")  # "2024-2025", "2024-25": a heading
_YEAR_CELL = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}[*†‡]*")  # a column heading, not an amount: "2025", "FY2024*"
_NIL_CELL = re.compile(r"(?:[$€£¥]\s*)?[-−–—]{1,3}(?:\s*%)?")
_DIGIT_OR_DASH = re.compile(r"[\d\-−–—]")
# an outlook's edition that repeats the one beside it ("Tax Rate | 18% to 19% | unchanged" under "Prior |
# Updated") holds its column's place as a dash does: its row is a row of the table, not a header over the rows below;
# so does a change too large to print, or starred ("Depreciation and amortization | (29) | (13) | >(100) % |", ">100%",
# "* %"): no amount, but no heading either
_PLACEHOLDER_CELL = re.compile(r"n/?m|n\.m\.|n/?a|nm|\*+|—%|—\s*%|unchanged|no change|[<>]\s*\(?\d+\)?\s*%|\*+\s*%", re.IGNORECASE)


# "up 103%", "down 5%": a change printed with its direction instead of a sign
DIRECTED_CELL = re.compile(r"(?:up|down)\s+(?=[\d.$])", re.IGNORECASE)


def shared_text(text: str, start: int, end: int) -> str:
    """``text[start:end]``, one object for the same characters while kept: a release repeats its
    dashes, totals and "$" cells, and a cell's figure keeps its cell's text (a string is ~55 bytes).
    The figures share the same strings (``SHARED_TEXTS``; a table cell's figure inline). Strings are immutable:
    sharing one changes nothing."""
    if len(SHARED_TEXTS) >= SHARED_TEXTS_KEPT:
        SHARED_TEXTS.clear()
    piece = text[start:end]
    return SHARED_TEXTS.setdefault(piece, piece)


SHARED_TEXTS: dict[str, str] = {}
SHARED_TEXTS_KEPT = 65536


def forget_shared_texts() -> None:
    """Let go of the texts kept to be shared (``SHARED_TEXTS``) and of the short texts' answers kept
    (``is_value_cell``): what holds a text keeps it, what is read after makes them again."""
    SHARED_TEXTS.clear()
    _short_value_cell.cache_clear()


def is_value_cell(text: str) -> bool:
    """A cell that holds an amount, a range of two or a change with its direction ("up 5%").

    Asked several times of each cell (to split a row, to classify its line, to find its
    table's columns, to group a suffix with it), and most short cells repeat ("$", "—",
    "2025", "Three Months Ended"): a short text's answer is kept."""
    return _short_value_cell(text) if len(text) <= _KEPT_LENGTH else _value_cell(text)


_KEPT_LENGTH = 48  # longer texts are labels or sentences, seldom asked again


def _value_cell(text: str) -> bool:
    if VALUE_CELL.fullmatch(text) is not None or is_range_cell(text) or _SCALED_AMOUNT.fullmatch(text) is not None:
        return True
    if _OPEN_BOUND.fullmatch(text) is not None or _DECIMAL_COMMA_RATE.fullmatch(text) is not None:
        return True
    directed = DIRECTED_CELL.match(text)
    return directed is not None and VALUE_CELL.fullmatch(text, directed.end()) is not None


# a rate printed with a decimal comma, one or two digits after it, which no thousands separator leaves: Gecina's "Group
# Total | 17,377 | 17,082 | +0.7% | 4.9% | 4,8%" is a row of its table (the rate itself is not read as a figure)
_DECIMAL_COMMA_RATE = re.compile(r"[-−–+]?\d{1,3},\d{1,2}\s?%")
# an amount an outlook bounds on one side only, said after it: Vertex's "Non-CF product revenue | Unchanged | | $0.5
# billion or greater" is a row of its guidance table, not a header line that starts a table of its own
_OPEN_BOUND = re.compile(
    rf"{_RANGE_END}(?:\s+(?:thousand|million|billion|trillion)s?)?\s+or\s+(?:greater|more|higher|above|less|lower|below)",
    re.IGNORECASE,
)


# an amount of money with its scale's letter glued on, or a range of two: Ryder's outlook rows "Net Cash from Operating
# Activities ... | $2.5B", "Free Cash Flow (non-GAAP) | $300 - $400M"; read as header lines, they split its table in
# two under a heading of none of their own. A currency's sign first: "0-3M" may head a column of maturities.
_MONEY = rf"~?\s*(?:US|C|A)?[$€£¥]\s*(?:{_NUMBER})"
# the scale's letter, or its word: ADI's outlook rows "Revenue | $4.3 Billion | | $4.3 Billion |", "Nonoperating expense
# | ~$80 Million |"
_SCALE_LETTER = r"(?:\s?(?:[KMB]|bn|mn)|\s(?i:thousand|million|billion|trillion)s?)"
_SCALED_AMOUNT = re.compile(rf"{_MONEY}{_SCALE_LETTER}")
_SCALED_RANGE = re.compile(rf"{_MONEY}\s*(?:[-–—]|to)\s*(?:{_MONEY}|{_NUMBER}){_SCALE_LETTER}")

_short_value_cell = lru_cache(maxsize=16384)(_value_cell)


def is_range_cell(text: str) -> bool:
    """A cell holding a range of two amounts, as outlook tables print them; not a span of years.

    Run for every table cell: most hold no dash and no "to", which every range links its ends with."""
    if "-" not in text and "–" not in text and "—" not in text and "to" not in text.lower():
        return False
    return (_RANGE_CELL.fullmatch(text) is not None and _YEARS.fullmatch(text) is None) or _SCALED_RANGE.fullmatch(text) is not None


def is_year_cell(text: str) -> bool:
    return _YEAR_CELL.fullmatch(text) is not None


def is_nil_cell(text: str) -> bool:
    return _NIL_CELL.fullmatch(text) is not None


def is_placeholder_cell(text: str) -> bool:
    """A cell that holds a column's place without a number: n/m, N/A, a dash."""
    return is_nil_cell(text) or _PLACEHOLDER_CELL.fullmatch(text) is not None


def _takes_suffix(joined: str) -> bool:
    """Whether a suffix ("%", ")") belongs to the piece before it: a number ("3" | "%") or a
    dash holding a percentage column's place ("—" | "%", as HTML statements print a nil change)."""
    return is_value_cell(joined) or is_placeholder_cell(joined)


_AFFIX_FIRST = _PREFIX_FIRST | _SUFFIX_FIRST
_ANY_DIGIT = re.compile(r"\d")
_LONGEST_WORD_AFFIX = 5  # the longest prefix or suffix that opens with a letter: "ppts.", "p. p." ("US$", "EUR" are 3)


def _all_apart(pieces: list[str]) -> bool:
    """True when no piece is a prefix or a suffix (``_PREFIX_PIECE``, ``_SUFFIX_PIECE``): each starts with
    a character neither starts with, starts with a letter and is longer than any that does, or holds a
    digit, which neither holds. ``group_pieces`` then makes each piece a cell of its own, as most rows of
    a table print them ("Line item 12" | "$84" | "(36)", "Revenue" | "1,234" | "1,120")."""
    for piece in pieces:
        text = piece.strip()
        first = text[:1]
        if (
            first in _AFFIX_FIRST
            and not (len(text) > _LONGEST_WORD_AFFIX and first.isalpha())
            and _ANY_DIGIT.search(text) is None
        ):
            return False
    return True


def group_pieces(pieces: list[str]) -> list[list[int]]:
    """Indices of ``pieces`` grouped into cells: prefixes join the next piece when it holds a
    number or a dash, suffixes the previous number or dash; a header's "US$" before "RMB" stays a cell."""
    if _all_apart(pieces):  # a prefix starts every group of more than one piece, or a suffix ends it
        return [[index] for index in range(len(pieces))]
    return _grouped(pieces)


def _grouped(pieces: list[str]) -> list[list[int]]:
    """``group_pieces`` of any pieces, each tried as a prefix and as a suffix."""
    groups: list[list[int]] = []
    pending: list[int] = []
    for index, piece in enumerate(pieces):
        text = piece.strip()
        first = text[:1]  # most pieces are numbers or words: a piece whose first character starts no
        # prefix or suffix is neither, and is not matched against them
        if first in _PREFIX_FIRST and _PREFIX_PIECE.fullmatch(text):
            if pending and (  # "US$ | RMB", "RMB | US$": a code and another currency are two headings
                (first.isalpha() and _CODE_PIECE.fullmatch(text)) or _CODE_PIECE.fullmatch(pieces[pending[-1]].strip())
            ):
                groups.append(pending)
                pending = []
            pending.append(index)
        elif (
            first in _SUFFIX_FIRST
            and _SUFFIX_PIECE.fullmatch(text)
            and groups
            and not pending
            and _takes_suffix(pieces[groups[-1][-1]].strip() + text)
        ):
            groups[-1].append(index)
        elif pending and (
            not _DIGIT_OR_DASH.search(text)
            or (_YEAR_CELL.fullmatch(text) and _CODE_PIECE.fullmatch(pieces[pending[-1]].strip()))
        ):  # "EUR | 2024": a currency's code over a year's column heads it, it is no amount
            groups.extend([pending, [index]])
            pending = []
        else:
            groups.append(pending + [index])
            pending = []
    if pending:
        groups.append(pending)
    return groups


def join_cells(pieces: list[str]) -> list[str]:
    """The cells of a row whose pieces are strings: fragments joined without a gap."""
    return ["".join(pieces[i] for i in group) for group in group_pieces(pieces)]
