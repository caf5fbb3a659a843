"""Document -> every number in it, understood.

Table cells are read with their table: the row label and section say whether a value
is a per-share amount, a share count or a percentage; the caption says the scale for
each of those unit families; the column header says the period. Numbers in running
text carry their own currency, scale and unit words. Numbers that are not figures
(dates, years, phone numbers, footnote markers ...) are kept apart.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from ..ingest.cells import (
    DIRECTED_CELL,
    SHARED_TEXTS,
    SHARED_TEXTS_KEPT,
    forget_shared_texts,
    is_nil_cell,
    is_range_cell,
    shared_text,
)
from ..ingest.compact_rows import held_compact_as_read
from ..ingest.tables import caption_exponent
from ..text.numbers import (
    BARE_NUMBER,
    NUMBER,
    RANGE_LINK,
    SIGNED_NUMBER,
    bare_number_fields,
    forget_shared_values,
    is_bare_year,
    is_comparison_aside,
    may_join,
    may_take_cents,
    multiples,
    non_figures,
    number_words,
    numbers_in,
    plain_value,
    scale_exponent,
    shares_range_scale,
    signed_number_fields,
    token_fields,
)
from ..text.numbers import LONE_NUMBER_LINE as _LONE_NUMBER_LINE
from ..text.numbers import SPACED_DOLLAR_NUMBER as _SPACED_DOLLAR_NUMBER
from ..text.sentences import prose_sentences
from ..text.vocabulary import CAPTION_EXCEPTION, caption_excepted_words, may_be_money, metrics_in, names_rate, words_of
from ..types import EXACT, RATE_UNITS, Cell, Document, Figure, Figures, OtherKind, OtherNumber, Row, Span, Table, Unit

__all__ = ["extract_figures", "forget_what_figures_share", "row_unit"]


class _LabelWords(NamedTuple):
    """A pattern for row labels, with words one of which each of its matches contains:
    most labels ("Revenue", "Cost of sales") hold none, and a substring test is cheap."""

    words: tuple[str, ...]
    pattern: re.Pattern

    def found_in(self, label: str) -> bool:
        """Whether the pattern occurs in ``label``, which is lower case."""
        for word in self.words:
            if word in label:
                return self.pattern.search(label) is not None
        return False


# ("DPS in EUR | 5.30 | 5.45" under "In million euros": the dividend per share, no millions)
_PER_SHARE_LABEL = _LabelWords(
    ("per", "eps", "dps"),
    re.compile(r"per\s+(?:\w+\s+){0,4}(?:share|ads\b|adr\b)|\b[ed]ps\b|per[\s-]share|earnings\s+per|dividends?\s+(?:declared|paid)?\s*per"),
)
# "per common and common equivalent shares": the shares a per-share label divides by
_PER_SHARE_PHRASE = re.compile(r"per\s+(?:\w+\s+){0,4}(?:shares?|ads|adr)\b|per[\s-]share")
_SHARES_LABEL = _LabelWords(("share", "weighted"), re.compile(r"\bshares\b(?!\s+data)|share\s+count|weighted[\s-]+average"))
_PERCENT_LABEL = _LabelWords(
    ("%", "percent", "margin", "ratio", "yield", "rate"),
    re.compile(r"%|\bpercent|\bmargin\s*(?:rate)?$|\bratio\b|\byield\b|\brate\b"),
)
# a row label naming a rate, which a table's scale caption does not scale: a percent sign that
# follows no digit ("EBITDA, %", "(%)", "as a % of loans"; not "7.00% Senior Notes"), a ratio, a
# net interest margin, a tax rate, a rate paid or a yield earned (not "exchange rate changes")
_RATE_ROW = re.compile(
    r"(?<![\d.])%|(?<!-)\bpercent(?:age)?\b|\bratio\b|\binterest\s+margin\b|\btax\s+rate\b|\brate\s+paid\b|\byield\s+on\b",
    re.IGNORECASE,
)
_RATIO = re.compile(r"\bratio\b", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"(?<![\d.])%")  # a label's own percent sign, not that of "7.00% Senior Notes"
# a row that counts things ("Total shop count", "Number of employees", "Headcount", "# of stores"):
# its plain numbers are counts, whatever the table's money caption says
_COUNT_LABEL = _LabelWords(("count", "number", "#"), re.compile(r"\b(?:head)?count\b|\bnumber\s+of\b|#\s*of\b"))
# a row named by the things it counts, last, with no preposition before them: "Closed homesale sides", "Refinance
# title and closing units" (not "Cost of home closings", "Revenue from contracts with customers", "Revenue per unit",
# "Restricted stock units", a count of shares in the table's millions)
_COUNTED_NOUNS = ("sides", "units", "homes", "closings", "employees", "customers", "stores", "restaurants", "subscribers")
_COUNTED_THINGS = _LabelWords(
    _COUNTED_NOUNS,
    re.compile(rf"^(?:(?!\b(?:of|with|from|to|by|on|for|per|in|related|stock)\b).)*\b(?:{'|'.join(_COUNTED_NOUNS)})$"),
)
# a row whose label says the physical measure it is counted in, in parentheses: "Sales volume (MT)", "Sales volume (in
# thousands of MT)", "Production (koz)" -- tonnes or ounces, not money, whatever the table's caption scales
_MEASURES = ("mt", "tonnes", "tons", "ounces", "oz", "barrels", "bbl", "boe", "gallons", "lbs", "pounds", "kt", "mmbtu")
# (every match opens with "(": one substring test, not one for each measure, and the search skips to the "(" in C)
_MEASURED_IN = _LabelWords(
    ("(",),
    re.compile(r"\((?:in\s+)?(?:(?:thousands|millions)\s+of\s+)?(?:metric\s+)?(?:k|m|mm)?(?:" + "|".join(_MEASURES) + r")\)"),
)
_PER_SHARE_ROW = re.compile(r"(?:basic|diluted|basic\s+and\s+diluted|assuming\s+dilution)\b")
# of a lower-case label: an earnings line or a basis ("Non-GAAP" under "Net income per diluted share")
_EARNINGS_PART = _LabelWords(
    ("earnings", "income", "loss", "operations", "gaap", "adjusted", "reported"),
    re.compile(r"\b(?:earnings|income|loss|operations|gaap|non-gaap|adjusted|reported)\b"),
)
_PERCENT_COLUMN = re.compile(r"%|\by/y\b|\bq/q\b|\bpercent")  # of a lower-case column label


# a heading of percent changes, lower-cased: "% Change", "Percent Change 4Q21 vs 4Q20", "Y/Y %" (not ">100%", a cell
# a converter took for a heading, nor "% of sales")
_CHANGE_HEADING = re.compile(r"\b(?:change|chg|y/y|q/q|vs\.?|versus|increase|decrease|growth|variance)\b")


_MOST_PERCENT_CHANGE = 1000


def _change_heading(column: str) -> bool:
    """A column label that says its column holds the percent changes of its rows (``_percent_heading`` and a change)."""
    return _percent_heading(column) and _CHANGE_HEADING.search(column.lower()) is not None


def _percent_heading(column: str) -> bool:
    """A column label that says its column holds percentages ("% Change", "Y/Y", "Percent of sales").
    Every match holds one of the substrings tested first (most labels hold none, and a pattern that
    opens with a choice is tried at each character)."""
    label = column.lower()
    return ("%" in label or "y/y" in label or "q/q" in label or "percent" in label) and _PERCENT_COLUMN.search(label) is not None

_SPACE_BEFORE_NUMBER = re.compile(r"[$€£¥]\s+")
_NIL_DECIMALS = 2
_CELL_SEPARATORS = re.compile(r"[\s|]+")
_SEPARATED_UNIT = re.compile(r"\d\)?(%|bps?\.?|ppts?\.?|pts?\.?|pp\.?|p\.p\.?)\)?$", re.IGNORECASE)
_DOTS_AND_PLURAL = re.compile(r"[.s]")
_SUFFIX_UNITS = {
    "%": Unit.PERCENT, "bp": Unit.BASIS_POINTS, "pt": Unit.PERCENTAGE_POINTS, "pp": Unit.PERCENTAGE_POINTS,
    "ppt": Unit.PERCENTAGE_POINTS,
}  # fmt: skip
_WRAPPED_NEGATIVE = re.compile(r"(?:[A-Z]{0,3}[$€£¥])?\((?:[A-Z]{0,3}[$€£¥])?[\d.,]+%?\)")  # "$ | (43.1 | )", "(62 | %)" too
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LOCAL_PART = re.compile(r"[\w.+-]+$")


def _share_unit(label: str) -> Unit | None:
    """Per-share amounts or share counts, from lower-case label words: "Net income per common and
    common equivalent shares" is per share, "Shares used in computing per share amounts" a count."""
    if _PER_SHARE_LABEL.found_in(label):
        return _SHARES if _SHARES_LABEL.found_in(_PER_SHARE_PHRASE.sub(" ", label)) else _PER_SHARE
    return _SHARES if _SHARES_LABEL.found_in(label) and not _PAID_FOR_SHARES.search(label) else None


# Money paid or taken for shares, a cash flow statement's line, no count of them: "Payments for common shares",
# "Proceeds from issuance of common shares"
_PAID_FOR_SHARES = re.compile(
    r"\b(?:payments?\s+for|purchases?\s+of|repurchases?\s+of|proceeds\s+from(?:\s+(?:the\s+)?(?:issuance|sale)\s+of)?|"
    r"issuance\s+of)\s+(?:[a-z]+\s+){0,2}shares\b"
)


def row_unit(row: Row) -> Unit | None:
    """The unit family a row's label (or its section, for "Basic"/"Diluted" and the rows of a
    "Shop count" section) implies."""
    unit, counts_unless_money = _label_unit(row.label, row.section)
    if counts_unless_money:
        # "Company-operated" under "Shop count, end of period"; not "Systemwide sales" nor the
        # "$ | 2,193" of "Systemwide AUV" under it
        return None if _has_currency_sign(_cells_text(row)) else _COUNT
    return unit


@lru_cache(maxsize=16384)  # a release repeats its row labels under the same sections, table after table
def _label_unit(label: str, section: str) -> tuple[Unit | None, bool]:
    """``row_unit`` of a row with ``label`` under ``section``, as far as they say: the unit, and whether the row
    counts things unless one of its cells prints a currency sign."""
    label = label.lower()
    unit = _share_unit(label)
    if unit is not None:
        return unit, False
    if _PER_SHARE_ROW.match(label) or _EARNINGS_PART.found_in(label):
        # "Basic" under "Net income per share:"; "Net earnings" or "Continuing operations"
        # under "Earnings (loss) per common share -- Diluted"
        unit = _share_unit(_without_exception(section.lower()))  # not "($ in millions, except per share)"
        if unit is not None:
            return unit, False
    if _PERCENT_LABEL.found_in(label):
        return _PERCENT, False
    return None, _COUNT_LABEL.found_in(label) or _MEASURED_IN.found_in(label) or (_COUNTED_THINGS.found_in(label) and not metrics_in(label)) or (
        _COUNT_LABEL.found_in(section.lower()) and not metrics_in(label)
    )


# Unit members under plain names for the functions run for every table cell: in Python
# 3.11 reading a member off an Enum class goes through EnumType.__getattr__, 60 ns a time.
_CURRENCY, _COUNT, _PERCENT, _SHARES, _PER_SHARE = Unit.CURRENCY, Unit.COUNT, Unit.PERCENT, Unit.SHARES, Unit.PER_SHARE
# A NamedTuple made from a tuple of its fields, ``_new_tuple(Span, (start, end))``: the same object as ``Span(start,
# end)`` without the class's own __new__, a Python call that costs ~0.3 us, made for every figure and table row.
_new_tuple = tuple.__new__
_SPAN_START = attrgetter("span.start")  # a figure's (or other number's) sort key, read in C
_YEAR = OtherKind.YEAR


def _cell_unit(unit: Unit, row: Unit | None, percent_column: bool, scaled: bool) -> Unit:
    """The unit family of a table cell, from its own text's ``unit``, its row, its column, and whether
    the table's caption scales its amounts."""
    if unit is not _CURRENCY and unit is not _COUNT:  # a percent sign, "pts", "bps"
        return unit
    if row is _SHARES or row is _PER_SHARE:
        return row
    if unit is _CURRENCY:
        return _CURRENCY
    if percent_column or (row is _PERCENT and not scaled):
        return _PERCENT
    return _CURRENCY if scaled and row is not _COUNT else _COUNT


_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)s?\b", re.IGNORECASE)


class _RowPlace(NamedTuple):
    """A table row, with what its table, its label and its columns say of its cells."""

    table_index: int
    table: Table
    row: Row
    unit: Unit | None  # what the label (or section) says
    columns: list[str | None]  # each cell's column label
    percent: list[bool]  # each cell's column holds percentages
    per_share: list[bool]  # each cell's column holds per-share amounts ("Per share of common stock")
    money: list[bool]  # the cell's column prints a currency sign and the row names no other unit (with an exponent: unasked of the label)
    exponent: int  # the scale of its amounts: its section's caption ("($ in billions)"), else the table's
    count_exponent: int = 0  # the scale of a quantity row's counts ("Ethanol (gallons)" under "(in thousands)")
    # each cell's scale where the caption gives each kind of column its own ("(Units in thousands, Revenue in
    # millions)"): (exponent, counts) for a cell whose column names the kind, else None
    column_scales: tuple[tuple[int, bool] | None, ...] = ()
    # the unit, exponent and its source of each (unit's id, position) of a cell that is one number whole, kept for the
    # rows of its table that share all the above but the row itself (``_row_places``): None, none kept
    scales: dict[tuple[int, int], tuple[Unit, int, str]] | None = None


# a caption that scales each kind of column apart: "(Units in thousands, Revenue in millions)"
_KIND_SCALE = re.compile(r"\b([A-Za-z][A-Za-z ]{1,30}?)\s+in\s+(thousands|millions|billions)\b", re.IGNORECASE)
_MONEY_KIND = re.compile(r"\b(?:revenues?|sales|amounts?|dollars|values?|income|profits?|earnings|bookings)\b", re.IGNORECASE)
_SCALE_OF = {"thousands": 3, "millions": 6, "billions": 9}


def _kind_scales(table: Table) -> list[tuple[int, bool] | None]:
    """Each column's (exponent, counts) where the table's caption names two kinds of column with a scale
    each ("(Units in thousands, Revenue in millions)": a "Mac Units" column counts thousands, a "Revenue"
    column holds millions); a column that names neither kind, or a caption with fewer kinds, says nothing."""
    kinds = dict(_caption_kinds(table.scale.caption))
    if len(kinds) < 2 or len(set(kinds.values())) < 2:
        return _heading_scales(table.columns)
    scales: list[tuple[int, bool] | None] = []
    for column in table.columns:
        words = {word.lower().rstrip("s") for word in re.findall(r"[A-Za-z]+", column)}
        named = [kind for kind in kinds if kind.rstrip("s") in words]
        scales.append((_SCALE_OF[kinds[named[0]]], not _MONEY_KIND.search(named[0])) if len(named) == 1 else None)
    return scales


@lru_cache(maxsize=1024)  # asked of each table: a release's tables share a few captions
def _caption_kinds(caption: str) -> tuple[tuple[str, str], ...]:
    """The kinds of column a caption scales apart and the scale word of each, in the caption's order: "(Units in
    thousands, Revenue in millions)" gives ("units", "thousands"), ("revenue", "millions")."""
    return tuple({match.group(1).split()[-1].lower(): match.group(2).lower() for match in _KIND_SCALE.finditer(caption)}.items())


# a column heading that ends on its own scale: "CPU Units K" counts thousands of units, "Revenue $M" holds millions
_HEADING_SCALE = re.compile(r"\bunits?\s+(?P<count>K)$|\$\s?(?P<money>K|M|MM|B)$", re.IGNORECASE)
# the last character of every match of _HEADING_SCALE, as its case-blind letters match them (the Kelvin sign a "K"):
# most headings end on none, and are not searched (a pattern that opens with a word boundary is tried at each character)
_SCALE_LETTERS = frozenset("kKmMbB\u212a")
_LETTER_SCALE = {"k": 3, "m": 6, "mm": 6, "b": 9}


def _heading_scales(columns: tuple[str, ...]) -> list[tuple[int, bool] | None]:
    """Each column's (exponent, counts) where headings state their scale after their kind ("CPU Units K | Revenue
    $M", under no caption that scales each kind apart); none where no heading states one."""
    found = [_HEADING_SCALE.search(heading) if heading[-1:] in _SCALE_LETTERS else None for heading in map(str.strip, columns)]
    if not any(found):
        return []
    return [
        None if match is None else (_LETTER_SCALE[(match["count"] or match["money"]).lower()], match["count"] is not None)
        for match in found
    ]


def _percent_columns(table: Table, cell_columns: list[list[int | None]], headings: list[bool]) -> list[bool]:
    """Columns of percentages: the header says so (``headings``, of ``_percent_heading``), or the
    column's first cell carries the sign (statements print "%" on a column's first row only)."""
    percent = list(headings)
    unseen = set(range(len(percent)))
    for row, columns in zip(table.rows, cell_columns):
        for cell, column in zip(row.cells, columns):
            if column in unseen:
                unseen.discard(column)
                percent[column] = percent[column] or _CELL_SEPARATORS.sub("", cell.text).endswith("%")
        if not unseen:
            break
    return percent


def _has_currency_sign(text: str) -> bool:
    """Whether ``text`` holds a currency's sign ("$", "€", "£", "¥"), asked of every cell of a table without one."""
    return "$" in text or "€" in text or "£" in text or "¥" in text


def _cells_text(row: Row) -> str:
    """The texts of ``row``'s cells run together, for a question asked of each of them (a sign in any)."""
    return "".join([cell.text for cell in row.cells])


def _without_exception(label: str) -> str:
    """A lower-case caption or label without its exception ("except per share amounts", ``CAPTION_EXCEPTION``):
    most hold none, and are not searched."""
    return CAPTION_EXCEPTION.sub("", label) if "except" in label else label
# A row label that states its own unit, a rate or a physical quantity: "($/kg LCE)", "(US$ per tonne)", "(kT)"
# a row that names the unit of its quantity in parentheses: "Ethanol (gallons)", "Distillers grains (equivalent dried
# tons)", "Corn consumed (bushels)"
_QUANTITY_ROW = re.compile(
    r"\((?:[a-z][a-z.\s-]*\s)?(?:gallons|tons|tonnes|MT|pounds|bushels|barrels|ounces|lbs|bbls)\)", re.IGNORECASE
)
# a caption that says its scale is money's ("($ in millions)", "in thousands of U.S. dollars"), not every amount's
# a caption that counts a quantity in its scale ("volume ... sold in pounds (in thousands, except for
# percentages)", "(000’s tonnes)"): its rows are that quantity, not money; "per pound" prices one
_QUANTITY_CAPTION = re.compile(
    r"(?<!per )(?<!/)\b(?:tonnes|tons|pounds|ounces|gallons|barrels|bushels|lbs|bbls|boe)\b", re.IGNORECASE
)
_MONEY_CAPTION = re.compile(
    r"[$€£¥]|\b(?:dollars?|euros?|yen|yuan|renminbi|soles|pesos|francs|RMB|EUR|USD|CHF|GBP|CAD|JPY)\b", re.IGNORECASE
)
# a row of amounts per one thing ("Average monthly revenue per plan member", "Revenue per available room"; per-share
# rows are read apart): no caption's millions; "per IFRS income statement" is "as stated in"
_PER_UNIT_ROW = re.compile(r"\b(?:revenue|sales|cost|costs|price|income|margin|spend|netback|expenses?)\b.*\bper\s+(?!cent\b|ifrs\b|(?:u\.?s\.?\s+)?gaap\b|the\b|our\b|its\b)[a-z]", re.IGNORECASE)
# a row of amounts of money per one thing said with a slash: "Equivalent $/day", "Equivalent US$/per day"
_PER_UNIT_SIGN = re.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CAD|RMB))[ \t]*/[ \t]*(?:per[ \t]+)?[a-z]", re.IGNORECASE)
# a row of what one thing sold for on average: "Average homesale price", "Average selling price"
_AVERAGE_PRICE_ROW = re.compile(r"\baverage\b(?:\s+[\w-]+){0,2}\s+price\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of each cell of an unscaled table by the prose's scale: the row's label again and again
def amount_per_one(label: str) -> bool:
    """True when a table row's ``label`` names an amount of money per one thing, which no scale caption's millions
    apply to: "Average monthly revenue per plan member", "Average homesale price" (what one home sold for), "Time
    charter equivalent $/day"."""
    lowered = label.lower()
    return bool(
        ("per" in lowered and _PER_UNIT_ROW.search(label))
        or ("/" in label and _PER_UNIT_SIGN.search(label))
        or ("price" in lowered and _AVERAGE_PRICE_ROW.search(label))
    )


@lru_cache(maxsize=16384)  # asked of each row of a scaled table: a release repeats its labels, table after table
def _names_rate(label: str) -> bool:
    """``vocabulary.names_rate`` of a row label ("Net interest margin, FTE", "ROTCE"), kept for its label."""
    return names_rate(label)


_CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)
# a row's own unit of hundredths of money in parentheses: "(US$ Cents)", "(cents)", "(in cents)"
_OWN_CENTS = re.compile(r"\((?:in[ \t]+)?(?:(?:US|C|A)?\$[ \t]*)?cents\)", re.IGNORECASE)
# a row's own unit in parentheses that names a currency: "(US$)", "($/Mcf)", "(C$ per boe)", "(EUR)" (not cents: "RASM
# (US$ Cents) | 11.3" counts a hundredth of the currency)
_OWN_CURRENCY = re.compile(
    r"\((?:in[ \t]+)?(?:(?:US|C|A|HK|NT|S)?[$€£¥]|(?:USD|EUR|CAD|RMB|CNY|GBP|CHF)\b)(?![ \t]*cents?\b)", re.IGNORECASE
)
# a row's own scale of money in parentheses: "($ billions)", "(US$ in millions)", "(€ thousands)"
# a row's own scale said with no currency: "Total client assets (in billions)"
_OWN_SCALE = re.compile(r"\(in[ \t]+(thousands|millions|billions)\)", re.IGNORECASE)
_OWN_MONEY_SCALE = re.compile(
    r"\((?:in[ \t]+)?(?:(?:US|C|A|HK|NT|S)?[$€£¥]|(?:USD|EUR|CAD|RMB|CNY|GBP|CHF)\b)[ \t]*(?:in[ \t]+)?"
    r"(thousands|millions|billions)\)",
    re.IGNORECASE,
)
# a row's own count scale in parentheses: "(000s)", "(000's)", "(in thousands)", "(millions)"
_OWN_COUNT_SCALE = re.compile(r"\((?:in[ \t]+)?(000['’]?s|thousands|millions)\)", re.IGNORECASE)
_OWN_UNIT = re.compile(
    r"\((?:US|C|A)?[$€£¥]?\s*(?:/|per\s)|\((?:kt|mt|kg|tonnes?|lbs?|bbls?|boe|mboe|mcf|mmbtu|mwh|gwh|oz)\b", re.IGNORECASE
)


def _quantity_caption(caption: str, known: dict[str, bool]) -> bool:
    """Whether ``caption`` counts a quantity in its scale and says no money (``_QUANTITY_CAPTION``,
    ``_MONEY_CAPTION``); ``known`` keeps the answers of the captions asked before."""
    answer = known.get(caption)
    if answer is None:
        answer = known[caption] = _QUANTITY_CAPTION.search(caption) is not None and not _MONEY_CAPTION.search(caption)
    return answer


def _percent_row(row: Row) -> bool:
    """A row of percentages: the sign on its first cell only ("CET1 | 11.4% | 11.6"), as
    statements print it on a column's first row, and no currency sign."""
    cells = row.cells
    return (
        len(cells) > 1
        and "%" in cells[0].text
        and _CELL_SEPARATORS.sub("", cells[0].text).endswith("%")
        and not _has_currency_sign(_cells_text(row))
    )


def _currency_columns(table: Table, cell_columns: list[list[int | None]]) -> list[bool]:
    """Columns with a currency sign in some cell: statements print "$" on a column's first
    row and its totals only, the amounts between are money all the same."""
    currency = [False] * len(table.columns)
    for row, columns in zip(table.rows, cell_columns):
        if _has_currency_sign(_cells_text(row)):  # most rows print none: their cells are not asked one by one
            for cell, column in zip(row.cells, columns):
                if column is not None and not currency[column] and _has_currency_sign(cell.text):
                    currency[column] = True
    return currency


class _Layout(NamedTuple):
    """What a table's columns say of the cells of a row laid out on them (``Table.cell_columns``),
    made once for each layout of the table and shared by its rows: nothing changes these lists."""

    labels: list[str | None]  # each cell's column label
    percent: list[bool]  # each cell's column holds percentages
    per_share: list[bool]  # each cell's column holds per-share amounts
    currency: list[bool]  # each cell's column prints a currency sign
    every: list[bool]  # True for each cell
    none: list[bool]  # False for each cell


def _shared_columns(rows_columns: Iterable[list[int | None]]) -> list[list[int | None]]:
    """Each row's cell columns (``Table.cell_columns``), in order, rows laid out alike sharing one list: a list of its
    own for each row (~100 bytes) was held through its table's reading, at the figures' peak (issue 13). Nothing
    changes these lists."""
    shared: dict[tuple[int | None, ...], list[int | None]] = {}
    return [shared.setdefault(tuple(columns), columns) for columns in rows_columns]


def _row_places(tables: tuple[Table, ...], only: Collection[int] | None = None, held_compact: bool = False) -> Iterator[_RowPlace]:
    """Every row of ``tables`` (of those of index in ``only`` alone, when given) with what its table, label and
    columns say of its cells, in text order (tables and their rows are): made as the rows' figures are read, not held
    for all rows at once (~130 bytes a row, a table of rows' figures' peak). ``held_compact``: each table's rows held
    compact as their places are made, the last pass over them (``compact_rows.held_compact_as_read``), for a reader
    that holds the figures and then the rows compact (the facts stage); a reader that lets each figure go as it is
    written (the ``figures`` command) keeps the rows whole, no columns made for them."""
    section_scales: dict[str, int | None] = {}
    quantity_captions: dict[str, bool] = {}  # a table's caption is asked of each of its rows
    for index, table in enumerate(tables):
        if only is not None and index not in only:
            continue
        cell_columns = _shared_columns(table.cell_columns(row) for row in table.rows)
        percent_headings = [_percent_heading(column) for column in table.columns]
        percent_columns = _percent_columns(table, cell_columns, percent_headings)
        per_share_columns = [_PER_SHARE_LABEL.found_in(_without_exception(column.lower())) for column in table.columns]
        currency_columns = _currency_columns(table, cell_columns)
        percent_rows = [_percent_row(row) for row in table.rows]
        percent_ratios = any(percent and _RATIO.search(row.label) for row, percent in zip(table.rows, percent_rows))
        excepted = caption_excepted_words(table.scale.caption)
        kind_scales = _kind_scales(table)
        any_currency = any(currency_columns)
        layouts: dict[tuple[int | None, ...], _Layout] = {}
        scales: dict[tuple[int, ...], dict] = {}  # the places' ``scales``, by what they are made of (``_RowPlace.scales``)
        # (the last pass over the table's rows: each held compact as it is read, its whole row let go)
        rows = held_compact_as_read(table) if held_compact else table.rows
        for row, columns, percent_row in zip(rows, cell_columns, percent_rows):
            layout = layouts.get(tuple(columns))
            if layout is None:
                layout = layouts[tuple(columns)] = _Layout(
                    [None if column is None else table.columns[column] for column in columns],
                    [column is not None and percent_columns[column] for column in columns],
                    [column is not None and per_share_columns[column] for column in columns],
                    [column is not None and currency_columns[column] for column in columns],
                    [True] * len(columns),
                    [False] * len(columns),
                )
            labels, per_share = layout.labels, layout.per_share
            # a first cell under a heading of percentages ("% of Sales | December 27, 2024 | % of Sales | ...") owes
            # its sign to its column: the row's amounts are no percentages
            percent_row = percent_row and not (columns and columns[0] is not None and percent_headings[columns[0]])
            percent = layout.every if percent_row else layout.percent
            unit = row_unit(row)
            # provisional: whether the label names money is asked below only when it matters (``_money_settled``)
            money = layout.currency if unit is None and any_currency else layout.none
            if unit is None and "(" in row.label and _OWN_CURRENCY.search(row.label):
                money = layout.every  # "Avg. Price Per Fuel Gallon (US$) | 2.38", "Natural gas ($/Mcf) | 1.23": money
            if row.section not in section_scales:
                section_scales[row.section] = caption_exponent(row.section)
            section_scale = section_scales[row.section]
            exponent = table.scale.exponent if section_scale is None else section_scale
            if "(" in row.label and (own_money := _OWN_MONEY_SCALE.search(row.label)):
                # "Future contracted bookings ($ billions) | 15.1" among rows in millions: the row's own scale
                exponent, money = scale_exponent(own_money.group(1)), layout.every
            elif "(" in row.label and (own_scale := _OWN_SCALE.search(row.label)):
                exponent = scale_exponent(own_scale.group(1))  # "Total client assets (in billions) | 2,183" in millions
            count_exponent = 0
            caption = table.scale.caption if section_scale is None else row.section
            if exponent and unit is None and _quantity_caption(caption, quantity_captions):
                # a quantity counted in the caption's scale, with no money said: "Retail | 5,785" under "volume of
                # products sold in pounds ... (in thousands ...)"; "Kansanshi | 160 – 190" under "(000’s tonnes)"
                unit, money = _COUNT, layout.none
                count_exponent, exponent = exponent, 0
            elif exponent and "(" in row.label and _QUANTITY_ROW.search(row.label):
                # "Ethanol (gallons) | 209,540" under "(unaudited, in thousands)": a quantity, counted in the caption's
                # thousands when the caption names no money; under "($ in millions)" only the money is in millions
                unit, money = _COUNT, layout.none
                count_exponent, exponent = (0 if _MONEY_CAPTION.search(table.scale.caption) else exponent), 0
            elif exponent and unit is None and amount_per_one(row.label):
                exponent = 0  # "Average monthly revenue per plan member | S/ 63.35": an amount per one, not in millions
            elif exponent and "(" in row.label and _OWN_UNIT.search(row.label):  # each match opens with "("
                exponent = 0  # "Avg. Realized Price ($/kg LCE)", "Sales Volume (kT LCE)": not in the caption's millions
            elif exponent and excepted and excepted & words_of(f"{row.label} {row.section}"):
                # "Cargos" under "LNG volumes exported:" where the caption says "(in millions, except LNG data)":
                # neither in its millions nor money
                exponent, money = 0, layout.none
            elif exponent and (unit is _PERCENT and _RATE_ROW.search(row.label) or _names_rate(row.label)):
                # "Total capital ratio | 12.7", "Net interest margin, FTE | 2.66", "ROTCE | 15.3" under
                # "($s in millions)": rates, not amounts
                exponent = 0
                # "Current ratio | 1.19": a multiple, unless the table prints its ratios with "%", the label says so
                # ("Equity ratio, % at period-end | 53") or names a rate counted in percent ("Efficiency ratio | 63")
                multiple = (not percent_ratios and _RATIO.search(row.label) and not _PERCENT_SIGN.search(row.label)
                            and not _names_rate(row.label))
                unit = None if multiple else _PERCENT
            if "(" in row.label and (unit is None or unit is _COUNT) and (own := _OWN_COUNT_SCALE.search(row.label)) and (
                not may_be_money(row.label)
            ):
                # "Revenue Passengers Carried (000s) | 3,444", "RPMs (millions) | 6,682": things counted in the scale the
                # label says, whatever the table's caption scales (the money of other rows)
                unit, money, exponent = _COUNT, layout.none, 0
                count_exponent = 3 if own.group(1).lower().startswith(("000", "thousand")) else 6
            if "(" in row.label and _OWN_CENTS.search(row.label):
                # "Yield (US$ Cents) | 12.5", "RASM (US$ Cents) | 11.3": money counted in hundredths, whatever the
                # caption scales ("12.5 cents" is 0.125)
                unit, money, exponent = None, layout.every, -2
            if unit is None and money is not layout.every and amount_per_one(row.label) and not _CENTS.search(row.label):
                # "Operating netback per BOE | 45.86" under no currency sign: money per one thing (not "Operating Costs
                # per ASM (in US$ Cents) | 8.7", a hundredth of it)
                money = layout.every
            if money is layout.currency and not exponent and not may_be_money(row.label):
                money = layout.none
            column_scales = tuple(None if column is None else kind_scales[column] for column in columns) if kind_scales else ()
            # ids, not the objects: an Enum member hashes in Python; the layout's lists and the units outlive the table
            shared = (id(layout), id(unit), id(percent), id(money), exponent, count_exponent)
            kept = scales.get(shared)
            if kept is None:
                kept = scales[shared] = {}
            yield _new_tuple(  # a NamedTuple made from a tuple of its fields, without its Python-level __new__
                _RowPlace, (index, table, row, unit, labels, percent, per_share, money, exponent, count_exponent, column_scales, kept)
            )  # fmt: skip


def _nil_figure(text: str, place: _RowPlace, position: int) -> Figure:
    """A dash in a table cell: nil, zero to the cent, whatever the table's scale."""
    row = place.row
    cell = row.cells[position]
    dash = cell.span.start + len(cell.text.rstrip(" %")) - 1
    return _new_tuple(Figure, (_new_tuple(Span, (dash, dash + 1)), shared_text(text, dash, dash + 1), _NIL, _CURRENCY,
                               place.exponent, "table", False, True, _NIL_DECIMALS, row.span, row.label,
                               place.columns[position], place.table_index, ""))  # fmt: skip


_NIL = Decimal(0)  # one object for every nil: a Decimal is immutable


def _money_settled(place: _RowPlace) -> _RowPlace:
    """``place`` with its money columns kept only when its label may name money (``may_be_money``).

    A cell's money columns matter only when its place has no scale (``_cell_figure`` reads a scaled
    cell as money anyway), so ``_row_places`` asks the label, a search of every row label, only of
    rows without one; a range cell that prints its own scale drops its place's and is asked here."""
    if place.exponent or not any(place.money) or may_be_money(place.row.label):
        return place
    return place._replace(money=[False] * len(place.money))


def _row_figures(text: str, place: _RowPlace, figures: list[Figure]) -> None:
    """The figures of a table row's cells, in order, appended to ``figures``."""
    search = NUMBER.search
    for position, cell in enumerate(place.row.cells):
        start, end = cell.span
        whole = _whole_number(text, start, end, cell.text)
        if whole is not None:  # most cells: "6,587", "$6,587", "(1,447)", "12.5%", read without NUMBER's groups
            figures.append(_whole_cell_figure(place, position, cell, *whole))
            continue
        apart = _SPACED_DOLLAR_NUMBER.fullmatch(cell.text) if cell.text[0] == "$" else None
        if apart is not None:  # "$ | 6,587", "$\n\n4,062": the number alone, as NUMBER finds it, read without its groups
            number_start = start + apart.start(1)
            figures.append(_cell_figure(text, bare_number_fields(number_start, end, apart.group(1)), number_start, place, position, cell))
            continue
        found = search(text, start, end)
        if found is None:
            if is_nil_cell(cell.text):
                figures.append(_nil_figure(text, place, position))
            elif "x" in cell.text or "X" in cell.text or "×" in cell.text:  # "Net Debt / LTM Adjusted EBITDA | 0.40x"
                row = place.row
                figures.extend(
                    _new_tuple(Figure, (Span(begin, stop), text[begin:stop], value, _COUNT, 0, "none", False, False, decimals,
                                        row.span, row.label, place.columns[position], place.table_index, ""))
                    for begin, stop, value, decimals in multiples(text, start, end)
                )  # fmt: skip
        elif is_range_cell(cell.text):  # "$253-$254 million": both ends, the cell's own scale shared
            own = _money_settled(place._replace(exponent=0)) if _SCALE_WORD.search(cell.text) else place
            ends = [_cell_figure(text, token_fields(text, match, True), match.start("num"), own, position, cell)
                    for match in NUMBER.finditer(text, start, end)]  # fmt: skip
            figures.extend(_share_range_scales(text, ends))
        else:
            figures.append(_cell_figure(text, token_fields(text, found, True), found.start("num"), place, position, cell))


# What a cell's text says where it is one number whole (``_whole_number``), by the text: a statement's cells repeat
# their texts (totals, "2025", "—"), and each text is matched once, then looked up (the look-up ~0.05 us, the two
# matches it replaces ~0.3 us each). Kept while there are fewer than this many; then they start again.
_WHOLE_NUMBERS: dict[str, tuple[Decimal, Unit, bool, int, str] | None] = {}
_WHOLE_NUMBERS_KEPT = 65536
_UNMATCHED: Any = object()  # a text not matched yet (a text that is no number whole is kept as None)
_SEPARATORS = frozenset(" \t|\n")  # what stands before most cells: none of it is in BARE_NUMBER's look-behind


def _whole_number(text: str, start: int, end: int, cell_text: str) -> tuple[Decimal, Unit, bool, int, str] | None:
    """The value, unit, sign, decimals and currency (``bare_number_fields``, ``signed_number_fields``) of the cell
    ``text[start:end]``, whose text is ``cell_text``, where ``numbers.BARE_NUMBER`` or ``numbers.SIGNED_NUMBER``
    matches it whole ("6,587", "$6,587", "(1,447)", "12.5%"); None for any other cell ("$ (2,209)", "—", "12.5 %").

    A cell after a separator (``_SEPARATORS``) or at the text's start is matched as its text alone, which the
    patterns' look-behinds ("not after a letter, a point, a comma or a slash") then pass just as well, and its
    answer is kept for the next cell of the same text; so is a cell right after a digit, parted from the amount before
    it by the table's reading of a run its capture glued ("3,8703,254": ``tables._unglued``); a cell after any other
    character is matched in place."""
    if start and text[start - 1] not in _SEPARATORS and not text[start - 1].isdigit():
        return _matched_whole_number(text, start, end)
    known = _WHOLE_NUMBERS.get(cell_text, _UNMATCHED)
    if known is _UNMATCHED:
        if len(_WHOLE_NUMBERS) >= _WHOLE_NUMBERS_KEPT:
            _WHOLE_NUMBERS.clear()
        known = _WHOLE_NUMBERS[cell_text] = _matched_whole_number(cell_text, 0, len(cell_text))
    return known


def _matched_whole_number(text: str, start: int, end: int) -> tuple[Decimal, Unit, bool, int, str] | None:
    """``_whole_number`` of ``text[start:end]``, matched with what stands before it."""
    if BARE_NUMBER.fullmatch(text, start, end):
        number_text = text[start:end]
        point = number_text.find(".")  # bare_number_fields(), inline
        return plain_value(number_text), _COUNT, False, len(number_text) - point - 1 if point >= 0 else 0, ""
    glued = SIGNED_NUMBER.fullmatch(text, start, end)
    if glued is None:
        return None
    _, _, value, unit, _, negative, decimals, _, _, currency = signed_number_fields(glued)
    return value, unit, negative, decimals, currency


def _whole_cell_figure(
    place: _RowPlace, position: int, cell: Cell, value: Decimal, token_unit: Unit, negative: bool, decimals: int, currency: str
) -> Figure:
    """``_cell_figure`` of a cell that is one number whole, as ``numbers.BARE_NUMBER`` or ``numbers.SIGNED_NUMBER``
    match most cells of a statement ("6,587", "$6,587", "(1,447)", "12.5%" in "Revenue | $6,587 | 5,961" under "(in
    millions)"), of its ``value``, ``token_unit``, sign, ``decimals`` and ``currency`` as ``bare_number_fields`` or
    ``signed_number_fields`` read them: no scale of its own and nothing around it, so only the row, the column and the
    caption say its unit and scale, and the figure is the whole cell. The same figure as ``_cell_figure`` makes
    (tests/test_speed_s52.py holds both), without the tests of what such a cell never holds (a unit in a cell of its
    own, a space after its currency sign, a minus set apart, "down", a parenthesis left open)."""
    _, table, row, _, columns, percent, _, _, place_exponent, count_exponent, _, scales = place
    key = (id(token_unit), position)
    known = scales.get(key) if scales is not None else None
    if known is None:
        unit, kind = _placed_unit(place, position, token_unit, value)
        exponent, source = _table_scale(unit, kind, place_exponent, count_exponent, table) or _UNSCALED
        # the value changes the unit only of a bare number under a heading of percent changes (``_placed_unit``)
        if scales is not None and not (token_unit is _COUNT and percent[position] and _change_heading(columns[position] or "")):
            scales[key] = (unit, exponent, source)
    else:
        unit, exponent, source = known
    if exponent:
        kept = _SCALED.get((id(value), exponent))  # _scaled(), its common case inline
        value = kept[1] if kept is not None and kept[0] is value else _scaled(value, exponent)
    return _new_tuple(Figure, (cell.span, cell.text, value, unit, exponent, source, negative, False, decimals - exponent,
                               row.span, row.label, columns[position], place[0], currency))  # fmt: skip


def _placed_unit(place: _RowPlace, position: int, token_unit: Unit, value: Decimal) -> tuple[Unit, tuple[int, bool] | None]:
    """The unit of a cell's number at column ``position`` of its row (``place``), whose own text says ``token_unit``,
    and its column's scale (``_kind_scales``): a bare number or an amount takes what its row, column and caption say
    (``_cell_unit``); a percent sign, "pts" or "bps" keeps its own."""
    _, _, _, row_unit_, columns, percent, per_share, money, place_exponent, _, column_scales, _ = place
    if token_unit is _CURRENCY or token_unit is _COUNT:
        row_kind = row_unit_ or (_PER_SHARE if per_share[position] else None)
        unit = _cell_unit(token_unit, row_kind, percent[position], place_exponent != 0 or money[position])
        if (
            token_unit is _COUNT and unit is row_kind and percent[position] and abs(value) < _MOST_PERCENT_CHANGE
            and _change_heading(columns[position] or "")
        ):
            # "Diluted earnings per common share | $1.07 | $.95 | 12.6" under "Percent Change 4Q21 vs 4Q20": the bare
            # number under a heading of percent changes is the row's change, no amount per share (a column that prints
            # "%" on its first cell only, as a table of capital ratios does, says nothing of its per-share rows; nor
            # does a heading over "899,793" shares, a column shifted under it)
            unit = _PERCENT
    else:
        unit = token_unit
    kind = column_scales[position] if column_scales else None
    if kind is not None and kind[1] and token_unit is _COUNT and unit is _CURRENCY:
        unit = _COUNT  # "Mac Units | 1,214" under "(Units in thousands, Revenue in millions)": no money
    return unit, kind


_UNSCALED = (0, "none")


def _table_scale(
    unit: Unit, kind: tuple[int, bool] | None, place_exponent: int, count_exponent: int, table: Table
) -> tuple[int, str] | None:
    """The exponent a table gives a cell's number of ``unit`` and where it says it ("table"): its column's scale
    (``kind``: the exponent and whether it scales counts, "(Units in thousands, Revenue in millions)"), else the
    caption's for money, shares or counts; None where the table scales no number of that unit."""
    if kind is not None and (unit is _COUNT if kind[1] else unit is _CURRENCY):
        return kind[0], "table"
    if unit is _CURRENCY and place_exponent:
        return place_exponent, "table"
    if unit is _SHARES and table.scale.share_exponent:
        return table.scale.share_exponent, "table"
    if unit is _COUNT and count_exponent:
        return count_exponent, "table"
    return None


# A cell's minus printed a space apart from its number: Apple's "iPod | ... | - 10% | - 20%"
_MINUS_SIGNS = "-−–"
_SPACED_MINUS = re.compile(r"[-−–] (?=[$€£¥]?\d)")


def _cell_figure(text: str, fields: tuple, number_start: int, place: _RowPlace, position: int, cell: Cell) -> Figure:
    """A number in a table cell, read with its row, column and the table's scale caption: ``fields`` are
    its ``token_fields``, ``number_start`` where its digits start."""
    start, end, value, token_unit, token_exponent, negative, decimals, has_currency, has_scale, currency = fields
    _, table, row, _, columns, _, _, _, place_exponent, count_exponent, _, _ = place
    cell_end = cell.span.end
    if token_unit is _COUNT and end < cell_end:
        # a converter put the unit in a cell of its own: "7.0 | %", "260 | bps", "0.6 | pp"
        suffix = _SEPARATED_UNIT.search(_CELL_SEPARATORS.sub("", cell.text))
        if suffix:
            token_unit = _SUFFIX_UNITS[_DOTS_AND_PLURAL.sub("", suffix.group(1).lower())]
    unit, kind = _placed_unit(place, position, token_unit, value)
    if has_scale:
        exponent, source = token_exponent, "inline"
    else:
        exponent, source = _table_scale(unit, kind, place_exponent, count_exponent, table) or (token_exponent, "none")
    if has_currency:  # "$ (2,209)" in a cell is read as "(2,209)"
        gap = _SPACE_BEFORE_NUMBER.search(text, start, number_start)
        start = gap.end() if gap else start
    if cell_end < end:
        end = cell_end
    if exponent != token_exponent:
        kept = _SCALED.get((id(value), exponent - token_exponent))  # _scaled(), its common case inline
        value = kept[1] if kept is not None and kept[0] is value else _scaled(value, exponent - token_exponent)
    cell_text = cell.text
    if cell_text[0] in _MINUS_SIGNS and not negative and value > 0 and _SPACED_MINUS.match(cell_text):
        start, value, negative = cell.span.start, -value, True  # "- 12%": a minus the converter set apart
    if (cell_text[0] in "dD" or (not negative and "(" in cell_text)) and value > 0:  # the cheap tests first
        if cell_text[0] in "dD" and cell_text[:4].lower() == "down" and DIRECTED_CELL.match(cell_text):
            value, negative = -value, True  # "down 32%"
        elif not negative and "(" in cell_text and _WRAPPED_NEGATIVE.fullmatch(_CELL_SEPARATORS.sub("", cell_text)):
            # a converter put the closing parenthesis in a cell of its own: "| (1,447 | ) |"
            start, value, negative = text.index("(", cell.span.start, end), -value, True
    if start == cell.span.start and end == cell_end:  # the whole cell: its span and text, not copies of them
        span, piece = cell.span, cell.text
    else:
        span, piece = _new_tuple(Span, (start, end)), text[start:end]  # shared_text(), inline
        if len(SHARED_TEXTS) >= SHARED_TEXTS_KEPT:
            SHARED_TEXTS.clear()
        piece = SHARED_TEXTS.setdefault(piece, piece)
    return _new_tuple(Figure, (span, piece, value, unit, exponent,
                               source, negative, False, decimals + token_exponent - exponent, row.span, row.label,
                               columns[position], place[0], currency))  # fmt: skip



def _scaled(value: Decimal, shift: int) -> Decimal:
    """``value.scaleb(shift)``, one object for the same value object and shift while kept: a table's
    cells repeat their values (``numbers.parse_token`` shares them) and each scaled copy is 104
    bytes held by its figure, and by its fact's interval (``Figure.interval`` shares intervals of
    the same value object). Made exactly as before; a Decimal is immutable."""
    key = (id(value), shift)
    kept = _SCALED.get(key)
    if kept is not None and kept[0] is value:  # this very object: an id is reused once its object is gone
        return kept[1]
    scaled = value.scaleb(shift, EXACT)
    if len(_SCALED) >= _SCALED_KEPT:
        _SCALED.clear()
    _SCALED[key] = (value, scaled)
    return scaled


_SCALED: dict[tuple[int, int], tuple[Decimal, Decimal]] = {}
_SCALED_KEPT = 65536


def _text_figure(text: str, match: re.Match, context: Span | None) -> Figure:
    """A number in running text, read with the words glued to it."""
    start, end, value, unit, exponent, negative, decimals, _, has_scale, currency = token_fields(text, match, False)
    span = _new_tuple(Span, (start, end))
    return _new_tuple(Figure, (span, shared_text(text, start, end), value, unit, exponent, "inline" if has_scale else "none",
                               negative, False, decimals, context or span, None, None, None, currency))  # fmt: skip


class _SpanIndex:
    """Sorted, non-overlapping spans with a fast "which one holds this offset?"."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [span.start for span in self.spans]

    def position(self, offset: int) -> int:
        """Index of the span holding ``offset``, or -1."""
        position = bisect.bisect_right(self.starts, offset) - 1
        return position if position >= 0 and offset < self.spans[position].end else -1

    def find(self, offset: int) -> Span | None:
        position = self.position(offset)
        return self.spans[position] if position >= 0 else None


class _Walker:
    """``_SpanIndex.position`` for offsets that only grow: a moving pointer, no search."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.index = 0

    def position(self, offset: int) -> int:
        spans, index = self.spans, self.index
        while index < len(spans) and spans[index].end <= offset:
            index += 1
        self.index = index
        return index if index < len(spans) and spans[index].start <= offset else -1


def _outside_cells(text: str, tables: tuple[Table, ...]) -> list[Span]:
    """The stretches of ``text`` outside its tables' rows of cells (each from a row's first cell to its last) that
    hold a digit, in text order: running text, headers and row labels. Made as the rows are met, with no list of the
    rows' stretches (a span a row) nor a span for each stretch without a digit (most row labels)."""
    found: list[Span] = []
    search = _DIGIT.search
    position = 0
    for table in tables:
        for row in table.rows:
            cells = row.cells
            if cells:
                start, end = cells[0].span.start, cells[-1].span.end
                if start > position and search(text, position, start):
                    found.append(_new_tuple(Span, (position, start)))
                if end > position:
                    position = end
    if position < len(text) and search(text, position):
        found.append(_new_tuple(Span, (position, len(text))))
    return found


def _other_numbers(text: str, outside_cells: list[Span], tables: _SpanIndex) -> list[OtherNumber]:
    """Dates, phone numbers, footnote markers, page numbers, e-mail addresses ...

    Table cells are not searched: their numbers are figures, read with their table."""
    other = []
    for gap in outside_cells:
        for start, end, kind in non_figures(text, gap.start, gap.end):
            other.append(_new_tuple(OtherNumber, (_new_tuple(Span, (start, end)), text[start:end], kind)))
    for at in _at_signs(text):
        local = _EMAIL_LOCAL_PART.search(text, max(0, at - 64), at)
        match = _EMAIL.match(text, local.start()) if local else None
        if match and _DIGIT.search(match.group()):
            other.append(OtherNumber(Span(match.start(), match.end()), match.group(), OtherKind.IDENTIFIER))
    for start, end, number in _page_numbers(text, tables):
        other.append(OtherNumber(Span(start, end), number, OtherKind.PAGE))
    return other


def _page_numbers(text: str, tables: _SpanIndex) -> Iterator[tuple[int, int, str]]:
    """The numbers alone on their lines (``LONE_NUMBER_LINE``) outside ``tables`` (``tables.position`` finds none), with
    their text, in text order: the matches of ``LONE_NUMBER_LINE.finditer("\\n" + text)`` whose number stands outside.

    Only the lines that hold a stretch outside the tables are searched, each stretch from the line break before it to
    the one after it: a table's lines are most of a release's (~80% of the nine test releases'), and the pattern is
    tried at each of them. A match runs from a line break to the end of its line, so none found from that line break
    on is one the search of the whole text does not find, and each is decided by its own line's characters, all of
    which lie before the end given to the search."""
    lines = "\n" + text  # a number may stand alone on the text's first line; offsets one past the text's
    for stretch_start, stretch_end in _outside_spans(tables.spans, len(text)):
        first = lines.rfind("\n", 0, stretch_start + 1)
        last = lines.find("\n", stretch_end + 1)
        for match in _LONE_NUMBER_LINE.finditer(lines, first, len(lines) if last < 0 else last + 1):
            start = match.start(1) - 1
            if stretch_start <= start < stretch_end:
                yield start, match.end(1) - 1, match.group(1)


def _outside_spans(spans: list[Span], length: int) -> Iterator[tuple[int, int]]:
    """The stretches ``[start, end)`` of the offsets below ``length`` for which ``_SpanIndex(spans).position`` finds no
    span (``spans`` sorted), in order: it finds the last span starting at or before an offset, so each span leaves out
    its offsets before its end and before the next span's start."""
    position = 0
    for index, span in enumerate(spans):
        if position < min(span.start, length):
            yield position, min(span.start, length)
        position = max(position, min(span.end, spans[index + 1].start) if index + 1 < len(spans) else span.end)
    if position < length:
        yield position, length


def _at_signs(text: str):
    at = text.find("@")
    while at >= 0:
        yield at
        at = text.find("@", at + 1)


def forget_what_figures_share() -> None:
    """Let go of what the reading of figures keeps to share among a document's cells and rows: the cells' texts and
    values (``cells.forget_shared_texts``, ``numbers.forget_shared_values``, ``_WHOLE_NUMBERS``, ``_SCALED``) and the
    answers kept for row labels (``_label_unit``, ``_names_rate``). Each is a cache, exact: the figures read keep what
    they share, and a document read after makes them again. Asked once a document's figures are read, before their
    facts are made: a table of many rows fills each to its bound, ~15 MiB together that the facts may use instead
    (issue 13)."""
    forget_shared_texts()
    forget_shared_values()
    _WHOLE_NUMBERS.clear()
    _SCALED.clear()
    _label_unit.cache_clear()
    _names_rate.cache_clear()


def extract_figures(document: Document, row_labels: bool = True) -> Figures:
    """Every number of ``document``: financial figures in text order, and the rest.

    A table cell's number is read with its table. Elsewhere (running text, table headers
    and row labels) a number is read with its sentence, unless it lies in a non-figure
    (a date, a phone number ...) found first.

    ``row_labels=False`` (the facts stage's reading): the numbers a table row's label holds whole ("Line item 123",
    "Mac Portables (2)(9)") are left unread, neither figures nor other numbers, where nothing could join them to a
    number beside them (``_apart``). The facts stage reads no figure of a row label (``index.outside_row_labels``), and
    a table of rows read one for each row (~5% of the facts stage of a table of rows, issue 13); every other figure is
    the one read with them: a figure of running text is read alone, but for the range or the aside it may make with
    the figure side by side with it, which ``_apart`` rules out.
    """
    text = document.text
    outside_cells, tables, other, excluded, sentences = _outside_the_cells(document)

    labels = None if row_labels else _RowLabels(document.tables)
    unread: list[Span] = []  # the row labels' numbers left unread (``row_labels``), their matches' spans in text order
    in_text: list[Figure] = []
    for match in _numbers_outside(text, outside_cells, excluded):
        if labels is not None and labels.hold(*match.span()) and not may_take_cents(text, match.end()):
            # its figure would lie within its match, and so within the label ("15 cents" reaches past the match)
            unread.append(_new_tuple(Span, match.span()))
            continue
        if is_bare_year(match):
            other.append(_year(match))
        else:
            in_text.append(_text_figure(text, match, sentences.find(match.start()) or tables.find(match.start())))
    del labels  # a label's span and start a row, not held while the rows' figures are read
    in_text += _word_figures(text, outside_cells, sentences, in_text, other)
    in_text += _multiple_figures(text, outside_cells, sentences)
    del outside_cells, excluded  # a span a row label of numbers: not held while the rows' figures are read
    in_text.sort(key=_SPAN_START)
    if unread and not _apart(text, in_text, unread):
        return extract_figures(document)  # a label's number a figure beside it may be joined with: every number read
    del unread
    financial = _comparison_asides(text, _share_range_scales(text, in_text))
    del in_text
    for place in _row_places(document.tables, held_compact=True):  # the figures held, and the rows compact after
        _row_figures(text, place, financial)
    financial.sort(key=_SPAN_START)
    other.sort(key=_SPAN_START)
    return Figures(tuple(financial), tuple(other))


def _outside_the_cells(document: Document) -> tuple[list[Span], _SpanIndex, list[OtherNumber], list[Span], _SpanIndex]:
    """What both readings of a document's figures start from: the stretches outside table cells, the tables' spans,
    the numbers that are no figures (and the spans they leave out), and the prose sentences."""
    text = document.text
    outside_cells = _outside_cells(text, document.tables)
    tables = _SpanIndex([table.span for table in document.tables])
    other = _other_numbers(text, outside_cells, tables)
    excluded = _merge([number.span for number in other])
    return outside_cells, tables, other, excluded, _SpanIndex(prose_sentences(text, tables.spans))


def figures_in_order(document: Document) -> tuple[Iterator[Figure], list[OtherNumber]] | None:
    """``extract_figures(document)``'s financial figures, each made as it is taken, in the same order, and its other
    numbers; None where the document's table cells do not stand in text order (``_cells_in_order``).

    The ``figures`` command writes a figure and lets it go (~1.7 million figures in 25 MiB of table rows, ~400 bytes
    each with the Decimal, span and text of a row label's number, were held at its peak, issue 13). The same figures,
    made alike: the numbers of running text, headers and row labels are found twice, the first time for the years
    among them, which are other numbers, and as ``extract_figures`` reads them the second; each of ``extract_figures``'s
    sorts is a merge of runs already in text order (the numbers outside the cells, whose figures lie within their
    matches; each table's cells, whose figures lie within them), earlier runs first among equal starts, as a stable
    sort keeps them; and the passes that join a figure to the one beside it (``_share_range_scales``,
    ``_comparison_asides``) run over a few thousand figures at a time, each run beginning with the figure the run
    before ended on (``_joined_in_runs``)."""
    if not _cells_in_order(document.tables):
        return None
    text = document.text
    outside_cells, tables, other, excluded, sentences = _outside_the_cells(document)
    other += [_year(match) for match in _numbers_outside(text, outside_cells, excluded) if is_bare_year(match)]

    def read_in_text() -> Iterator[Figure]:
        for match in _numbers_outside(text, outside_cells, excluded):
            if not is_bare_year(match):
                yield _text_figure(text, match, sentences.find(match.start()) or tables.find(match.start()))

    in_words = _word_figures(text, outside_cells, sentences, read_in_text(), other)
    in_words += _multiple_figures(text, outside_cells, sentences)
    in_words.sort(key=_SPAN_START)
    in_text = _merged(read_in_text(), iter(in_words))
    financial = _joined_in_runs(_comparison_asides, text, _joined_in_runs(_share_range_scales, text, in_text, False), True)
    other.sort(key=_SPAN_START)
    return _merged(financial, table_figures(document)), other


def _merged(first: Iterator[Figure], second: Iterator[Figure]) -> Iterator[Figure]:
    """The figures of ``first`` and ``second``, each in text order, in text order: ``first``'s before ``second``'s of
    the same start, as a stable sort of the two one after the other leaves them (``heapq.merge`` with a key makes a
    list and a heap step of each figure)."""
    pending = next(first, None)
    for figure in second:
        start = figure.span.start
        while pending is not None and pending.span.start <= start:
            yield pending
            pending = next(first, None)
        yield figure
    if pending is not None:
        yield pending
        yield from first


def table_figures(document: Document, only: Collection[int] | None = None) -> Iterator[Figure]:
    """The figures of the document's table cells, as ``extract_figures`` reads them, table by table, row by row, each
    made as it is taken; of the tables of index in ``only`` alone when given."""
    text = document.text
    for place in _row_places(document.tables, only):
        figures: list[Figure] = []
        _row_figures(text, place, figures)
        yield from figures


def _cells_in_order(tables: tuple[Table, ...]) -> bool:
    """Whether each table cell ends before the next one starts, table after table, row after row: then their figures,
    each within its cell, come in text order as they are read (not so in a table read down its columns)."""
    end = 0
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                start = cell.span.start
                if start < end:
                    return False
                end = cell.span.end
    return True


_JOINED_RUN = 4096  # figures a pass of ``_joined_in_runs`` takes at a time


def _joined_in_runs(
    join: Callable[[str, list[Figure]], list[Figure]], text: str, figures: Iterable[Figure], settles_first: bool
) -> Iterator[Figure]:
    """``join(text, figures)``, a pass over ``figures`` that reads each one beside the one after it, made a few thousand
    at a time: each run after the first begins with the last figure of the run before. A pass that may still change
    that figure as the first of the next pair (``_share_range_scales``) gives it with the next run; one that changes
    the second of a pair only (``_comparison_asides``, ``settles_first``) gave it already, and it is the next run's
    first pair's first alone."""
    run: list[Figure] = []
    given = 0  # figures at the head of ``run`` given already
    for figure in figures:
        run.append(figure)
        if len(run) == _JOINED_RUN:
            joined = join(text, run)
            yield from joined[given:] if settles_first else joined[:-1]
            run, given = [joined[-1]], 1 if settles_first else 0
    if run:
        yield from join(text, run)[given:]


def _numbers_outside(text: str, outside_cells: list[Span], excluded: list[Span]) -> Iterator[re.Match]:
    """The number matches of ``outside_cells`` (``numbers.numbers_in``) outside each of ``excluded`` (sorted, apart):
    the numbers of running text, headers and row labels that are no other number found first."""
    in_excluded = _Walker(excluded)
    for gap in outside_cells:
        for match in numbers_in(text, gap.start, gap.end):
            if in_excluded.position(match.start("num")) < 0:
                yield match


def _year(match: re.Match) -> OtherNumber:
    """A bare year of running text (``numbers.is_bare_year``), an other number."""
    return _new_tuple(OtherNumber, (_new_tuple(Span, (match.start("num"), match.end("num"))), match.group("num"), _YEAR))


class _RowLabels:
    """The row labels of a document's tables, for "does one of them hold this number whole?"."""

    def __init__(self, tables: tuple[Table, ...]) -> None:
        self.spans = sorted(row.label_span for table in tables for row in table.rows if row.label_span is not None)
        self.starts = [span.start for span in self.spans]

    def hold(self, start: int, end: int) -> bool:
        """Whether the label that starts last at or before ``start`` holds ``[start, end)`` and no other label starts
        inside it: then it holds whatever lies within, as ``index.outside_row_labels`` finds a figure's label."""
        position = bisect.bisect_right(self.starts, start) - 1
        return (
            position >= 0
            and end <= self.spans[position].end
            and (position + 1 == len(self.starts) or self.starts[position + 1] >= end)
        )


_JOIN_REACH = 64  # how near an unread number the words that keep it apart from a figure beside it are looked for


def _apart(text: str, figures: list[Figure], unread: list[Span]) -> bool:
    """Whether no number of ``unread`` (sorted spans) could be joined to the figure of running text on either side of
    it (``figures``, sorted): the words between them, within ``_JOIN_REACH`` characters of it, join no numbers
    (``numbers.may_join``). Only figures side by side are joined (``_share_range_scales``, ``_comparison_asides``): then
    reading those numbers changes no figure of ``figures``, nor does leaving them out join the figures around them (the
    words between those hold the same words). The words are looked for near the number alone, so that a few figures
    beside many unread numbers are asked in linear time; words that join none further away are not found, and the
    numbers are read after all."""
    starts = [figure.span.start for figure in figures]
    for span in unread:
        after = bisect.bisect_left(starts, span.start)
        if after > 0 and may_join(text, max(figures[after - 1].span.end, span.start - _JOIN_REACH), span.start):
            return False
        if after < len(figures) and may_join(text, span.end, min(figures[after].span.start, span.end + _JOIN_REACH)):
            return False
    return True


def _word_figures(
    text: str, gaps: list[Span], sentences: _SpanIndex, figures: Iterable[Figure], other: list[OtherNumber]
) -> list[Figure]:
    """Figures written in words, read as a claim's are ("a two percent unit increase", "eight
    cents a share", "twenty-one patients", "two million orders"), where a unit, a scale or a
    compound says they are figures and no number (of ``figures`` and ``other``) stands there."""
    taken_index = None  # made for the first number in words: most releases write none
    found = []
    for gap in gaps:
        for span, value, unit, decimals in number_words(text[gap.start : gap.end]):
            span = Span(gap.start + span.start, gap.start + span.end)
            if taken_index is None:
                taken_index = _SpanIndex(_merge([*(figure.span for figure in figures), *(number.span for number in other)]))
            if taken_index.position(span.start) >= 0 or taken_index.position(span.end - 1) >= 0:
                continue
            exponent = -decimals if decimals < 0 else 0
            found.append(Figure(span, shared_text(text, span.start, span.end), value, unit, exponent, "inline" if exponent else "none",
                                False, False, decimals, sentences.find(span.start) or span))  # fmt: skip
    return found


def _multiple_figures(text: str, gaps: list[Span], sentences: _SpanIndex) -> list[Figure]:
    """Multiples written with a glued "x" ("our leverage ratio improved to 3.6x"), read as a claim's are: counts of
    times, which ``NUMBER`` leaves unread (no number of its ends on a letter), so none stands there."""
    found = []
    for gap in gaps:
        for start, end, value, decimals in multiples(text, gap.start, gap.end):
            span = _new_tuple(Span, (start, end))
            found.append(Figure(span, shared_text(text, start, end), value, _COUNT, 0, "none", False, False, decimals,
                                sentences.find(start) or span))  # fmt: skip
    return found


_ASIDE_UNITS = (_CURRENCY, _PER_SHARE, _PERCENT)


def _comparison_asides(text: str, figures: list[Figure]) -> list[Figure]:
    """A comparison aside (``numbers.COMPARISON_ASIDE``) is the amount before it, for the comparison
    period: its unit, scale and currency, and positive unless it carries a minus sign.
    ``figures`` are of running text, in text order."""
    result = list(figures)
    for index in range(1, len(result)):
        amount, aside = result[index - 1], result[index]
        if (
            aside.unit is _COUNT
            and aside.scale_source == "none"
            and (amount.unit in _ASIDE_UNITS or amount.scale_source == "inline")
            and is_comparison_aside(text, amount.span.end, aside.span.start, aside.span.end)
        ):
            value = abs(aside.value).scaleb(amount.exponent, EXACT)
            negative = aside.text[1] in "-−"
            result[index] = aside._replace(
                value=-value if negative else value,
                unit=amount.unit,
                exponent=amount.exponent,
                scale_source=amount.scale_source,
                negative=negative,
                decimals=aside.decimals - amount.exponent,
                currency=amount.currency,
            )
    return result


def _share_range_scales(text: str, figures: list[Figure]) -> list[Figure]:
    """In running text, "2.29 to 2.32 million" is two millions and "19.0 - 24.0%" two percentages:
    the first number of a range takes the scale and unit of the second; in "EUR 50.0 - 65.0m" or "$3.27-3.32" the second
    takes the first's currency and unit. ``figures`` are of running text, in text order."""
    result = list(figures)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.currency and not second.currency and second.unit is _COUNT:
            link = RANGE_LINK.fullmatch(text, first.span.end, second.span.start)
            if link and (second.scale_source == "inline" or link.group().strip() != "and"):  # not "$5 and 10 stores"
                second = result[index + 1] = second._replace(unit=first.unit, currency=first.currency)
        if (
            first.scale_source == "none"
            and second.scale_source == "inline"
            and shares_range_scale(text, first.span.end, second.span.start, first.unit, second.unit)
        ):
            result[index] = first._replace(
                value=first.value.scaleb(second.exponent, EXACT),
                unit=second.unit,
                exponent=second.exponent,
                scale_source="inline",
                decimals=first.decimals - second.exponent,
                currency=first.currency or second.currency,
            )
        elif (
            first.unit is _COUNT
            and second.unit in RATE_UNITS
            and first.scale_source == "none"
            and shares_range_scale(text, first.span.end, second.span.start, first.unit, second.unit)
        ):  # "19.0 - 24.0%": two percentages; "between 30 to 50 basis points": two moves in basis points
            result[index] = first._replace(unit=second.unit)
    return result


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
