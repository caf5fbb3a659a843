"""Find the tables in a document's normalised text.

Works on text alone, so every format is handled alike: HTML rows arrive as tab-joined
lines, plain-text tables are tab-, pipe- or space-aligned, and newswire captures may
put one cell on each line. A line is split into cells, classified (data row, header,
label, lone value, prose), and runs of data rows become a ``Table`` with its header
lines, column labels, row labels and scale caption.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple, cast, overload

from ..text.context import basis_of
from ..text.keywords import may_hold
from ..text.numbers import scale_exponent
from ..text.vocabulary import CHANGE_COLUMN, CHANGE_QUALIFIER_AFTER, MONTH, MONTH_WORD, QUARTER_ORDINAL, metrics_in
from ..types import Cell, HeaderCells, Row, Span, Table, TableScale
from .cells import group_pieces, is_nil_cell, is_placeholder_cell, is_value_cell, is_year_cell, shared_text
from .compact_rows import CompactRows

__all__ = ["find_tables", "caption_exponent"]

# A NamedTuple made from a tuple of its fields, ``_new_tuple(Span, (start, end))``: the same object as ``Span(start, end)``
_new_tuple = tuple.__new__
_SPACED_PIECE = re.compile(r"\S+(?: \S+)*")
_WIDE_GAP = re.compile(r"\S {2,}\S")
_TITLE = re.compile(r"\bcompared\s+(?:to|with)\b", re.IGNORECASE)
_YEAR_IN_LABEL = re.compile(r"\b(?:19|20)\d{2}\b|(?<=FY)\d{2}\b")
# a heading that names only the unit of a change: "Percent", "%", "Percent change"
_PERCENT_HEADING = re.compile(r"^(?:percent(?:age)?|%)(?:\s+(?:change|inc\S*|dec\S*|chg))?$", re.IGNORECASE)
_PERIOD_WORDS = re.compile(
    r"\b(?:ended|ending|months?|weeks?|quarters?|years?|fiscal|YTD|FY\d*|Q[1-4]|[1-4]Q\d*|(?:19|20)\d{2}"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|Y/Y|Q/Q",
    re.IGNORECASE,
)
_CURRENCY_SIGN = r"(?:[A-Z]{0,3}\$|[€£¥]|RMB|EUR|USD|CHF|GBP|CAD|JPY)"
_CURRENCY_WORD = r"(?:euros?|dollars?|francs?|pounds?|yen|yuan|renminbi|RMB|EUR|USD|CHF|GBP|CAD)"
_SCALE_CAPTION = re.compile(
    r"(?:\bin\s+|\$\s*|\(\s*|^\s*)(thousands|millions|billions)\b"  # "(in millions", "$ thousands"
    rf"|\bin\s+{_CURRENCY_SIGN}\s*(thousands?|millions?|billions?)\b"  # "In NT$ million", "in € millions"
    rf"|\bin\s+(thousand|million|billion)\s+(?:of\s+)?(?:U\.?S\.?\s+)?{_CURRENCY_WORD}\b"  # "In million euros", "in million of U.S. dollars"
    r"|(?:^|[|(\t]|\s\s)\s*(?:EUR|USD|CHF|GBP|CAD|RMB|JPY|SEK|NOK|DKK)\s+(thousands?|millions?|billions?)\b"  # "| EUR million |"
    r"|\b(thousands|millions|billions)\s+of\s+(?:U\.S\.\s+)?dollars"
    r"|\bin\s+\$?(000)[’']?s\b"  # "(in 000's)": thousands
    # the thousands alone, as a table's corner or a label's parentheses print them: "| 000’s | 2025 |",
    # "(000’s tonnes)", "(US$'000)", "€’000"
    r"|(?:^|[|(]|\s)\s*(000)[’']?s\b|(?:[$€£¥]|\b[A-Z]{2,3})\s?[’'](000)\b|\(\s*[’'](000)\s*\)"
    # abbreviated after a currency: "$ in mm", "($mm)", "(in €m)", "(US$ bn)"; never alone ("(sq.m)" is metres)
    rf"|{_CURRENCY_SIGN}\s*in\s+(mm|mn|mln|m|bn|bln|b|k)\b"
    rf"|\(\s*(?:in\s+)?{_CURRENCY_SIGN}\s*(mm|mn|mln|m|bn|bln|b|k)\s*\)",
    re.IGNORECASE,
)
# Every match of _SCALE_CAPTION holds one of these (``keywords.may_hold``): most captions and section labels
# ("Revenues:", "Operating expenses") hold none, and the case-insensitive pattern is tried at each character
_SCALE_CAPTION_WORDS = ("thousand", "million", "billion", "000", "$", "€", "£", "¥", "rmb", "eur", "usd", "chf", "gbp", "cad", "jpy")
_PER_SHARE = re.compile(r"per[\s-]+(?:common\s+|diluted\s+|basic\s+)?share")
_MAX_LABEL = 160
_MAX_FRAGMENT = 30
_MAX_VERTICAL_HEADER = 45
_MAX_HEADER_CELL = 60
_LOOKAHEAD = 8


class _LabelColumn(NamedTuple):
    """Where a table's row labels stand: before ``first_value`` (an offset in the line), or after
    ``separators`` tabs or pipes."""

    first_value: int | None
    separators: int


class _Line:
    """A line of the text, classified: its ``kind`` (blank, rule (a line of dashes), data, header, label, value,
    prose), its ``cells`` as offsets in the text, and its ``label``, the first cell when it labels the line.

    Every line of a table is held while the table is read (``_Lines.hold``), hundreds of thousands for a table of
    rows: the cells' ends are kept one after the other in one flat tuple, ``(start, end, start, end, ...)``, and the
    pairs ``cells`` reads are made when asked for. A tuple of pairs kept a tuple for each cell besides (56 bytes),
    ~127 MiB of the 1,122 MiB ``figures`` peaked at on 25 MiB of three-cell rows. The label is always the first
    cell: a flag."""

    __slots__ = ("start", "end", "kind", "_ends", "_labelled", "separated", "made_cells")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        cells: tuple[tuple[int, int], ...],
        label: tuple[int, int] | None = None,
        separated: bool = False,  # cells split on tabs or pipes, not on runs of spaces
    ) -> None:
        self.start, self.end, self.kind, self.separated = start, end, kind, separated
        # a line of one cell (most lines of prose, every line of a one-value-per-line statement) has that cell's
        # two ends for its own, no chain made to flatten them (~1 us a line of millions of short lines)
        self._ends: tuple[int, ...] = tuple(cells[0]) if len(cells) == 1 else tuple(itertools.chain.from_iterable(cells))
        self.label = label
        self.made_cells: tuple[Cell, ...] | None = None  # ``value_cells``, once made

    @property
    def cells(self) -> tuple[tuple[int, int], ...]:
        ends = self._ends
        return tuple(zip(ends[::2], ends[1::2]))

    @property
    def label(self) -> tuple[int, int] | None:
        return (self._ends[0], self._ends[1]) if self._labelled else None

    @label.setter
    def label(self, label: tuple[int, int] | None) -> None:
        if label is not None and label != self._ends[:2]:
            raise ValueError(f"a line's label is its first cell, not {label}")
        self._labelled = label is not None

    @property
    def has_cells(self) -> bool:
        return bool(self._ends)

    @property
    def first_cell_start(self) -> int:
        """Where the first cell starts (the line has one)."""
        return self._ends[0]

    def separators_before(self, text: str) -> int:
        """How many tabs or pipes precede the line's first cell (a markdown row's border is one)."""
        if not self._ends:
            return 0
        before = text[self.start : self._ends[0]]
        return before.count("\t") + before.count("|")

    def starts_in_label_column(self, text: str, label_column: _LabelColumn) -> bool:
        """True when the first cell sits where row labels stand, not over a value column.

        With tabs or pipes, a label-column cell has no more separators before it than the
        rows' labels have (none, or a markdown row's border); with aligned spaces, it starts
        left of the first value column."""
        if not self._ends:
            return False
        if self.separated:
            return self.separators_before(text) <= label_column.separators
        offset = self._ends[0] - self.start
        return label_column.first_value is not None and offset < label_column.first_value - 2

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def values(self) -> tuple[tuple[int, int], ...]:
        ends = self._ends[2:] if self._labelled else self._ends
        return tuple(zip(ends[::2], ends[1::2]))

    def value_cells(self, text: str, keep: bool = True) -> tuple[Cell, ...]:
        """The value cells of a data line, made once: a table's rows are built twice (to find
        where it ends, then with its header lines). Not kept with ``keep=False``: a long table's rows are built by
        column (``_build_rows``), and each row's cells let go as soon as it is held."""
        if self.made_cells is None:
            # each span made from a tuple of its ends, as ``Span(a, b)`` makes it without the class's own Python-level
            # __new__ (~0.3 us a cell of every row of a table); the ends read from the line's flat tuple, no pair made
            ends = self._ends
            cells = tuple(
                [
                    Cell(_new_tuple(Span, (ends[at], ends[at + 1])), shared_text(text, ends[at], ends[at + 1]))
                    for at in range(2 if self._labelled else 0, len(ends), 2)
                ]
            )
            if not keep:
                return cells
            self.made_cells = cells
        return self.made_cells


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    if "\t" in line:
        return _split_on(line, "\t", start, end)
    elif line.count("|") >= 2:
        return _split_on(line, "|", start, end)
    elif not _WIDE_GAP.search(line):
        stripped = line.strip()
        if not stripped:
            return []
        offset = line.index(stripped[0])
        return [(start + offset, start + offset + len(stripped))]
    spans = []
    for match in _SPACED_PIECE.finditer(line):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            offset = match.start() + raw.index(stripped[0])
            spans.append((start + offset, start + offset + len(stripped)))
    return spans


def _split_on(line: str, separator: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line split on tabs or pipes, stripped, as offsets in the text (the line
    is ``start..end``): ``str.split``, not a regex's matches, on the hot path of every table
    line (the runs between separators are the pieces a regex of "no separator" found, and empty ones).

    A cell that starts where the line does, or ends where it does, has that very number for its end: an offset past
    256 is an object of 32 bytes, and a table's rows keep their cells' ends to the end while its lines are let go once
    it is read; made apart, the line's two were freed among the kept ones and their memory served nothing after
    (~50 MiB of 25 MiB of table rows, issue 13)."""
    spans = []
    position = start
    for raw in line.split(separator):
        stripped = raw.strip()
        if stripped:
            lead = raw.index(stripped[0])
            offset = position + lead if lead else position
            stop = offset + len(stripped)
            spans.append((offset, end if stop == end else stop))
        position += len(raw) + 1
    return spans


def _classify(text: str, start: int, end: int) -> _Line:
    line = _classify_cells(text, start, end)
    piped = text.count("|", start, end) >= 2
    line.separated = piped or text.find("\t", start, end) >= 0  # no copy of the line: one of these per line
    if line.kind == "prose" and piped and len(line.cells) == 1:
        # a pipe row's only cell that ends in a colon heads the rows below it ("Net income per
        # share attributable to ... stockholders: | | |"), however long
        first, last = line.cells[0]
        if last - first <= _MAX_LABEL and text[first:last].endswith(":"):
            line.kind, line.label = "label", line.cells[0]
    return line


# A flattened capture's values printed with no separator between them, each told by its own form: "317(649)6(1,593)"
# (parentheses part them), "1,8722,4117,6768,911" (each amount's thousands part them: three digits after a comma, then
# the next amount). A run that parts in more than one way ("252208906873") is left as it is.
_GLUED_LAST = frozenset("0123456789)")
_GLUED_PART = re.compile(r"\((?P<inner>[\d,]+)\)|(?P<bare>[\d,]+)")
_ONE_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*")
_SEPARATED_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


def _unglued_last(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with the glued values that end the last piece parted, each a piece of its own (a label said before
    them on the line stays a piece): "Operating income (loss)  317(649)6(1,593)", "Total net revenues
    3,8703,25414,16214,238". The pieces as they are where no such run ends the line."""
    first, last = pieces[-1]
    # two values glued take four characters at least ("1(2)"), and a parenthesis or two commas: most lines' last
    # piece holds neither, and where the whole piece has none its run has none (looked for only then)
    if last - first < 4 or (text.count("(", first, last) == 0 and text.count(",", first, last) < 2):
        return pieces
    run_start = max(text.rfind(" ", first, last), text.rfind("\t", first, last)) + 1 or first
    if text.count("(", run_start, last) == 0 and text.count(",", run_start, last) < 2:
        return pieces  # one amount, or none glued: most lines
    values = _unglued(text, max(run_start, first), last)
    if values is None:
        return pieces
    if all(text[a] == "(" for a, _ in values) and not (len(pieces) > 1 and is_value_cell(text[slice(*pieces[-2])])):
        return pieces  # "Earnings per Share (1)(3)(4)": a label's footnote marks, where no amount stands before them
    label_end = max(run_start, first)
    while label_end > first and text[label_end - 1].isspace():
        label_end -= 1
    return [*pieces[:-1], *([(first, label_end)] if label_end > first else []), *values]


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the two or more values glued together in ``text[start:end]``, None where it is not such a run."""
    spans: list[tuple[int, int]] = []
    position = start
    for part in _GLUED_PART.finditer(text, start, end):
        if part.start() != position:
            return None
        position = part.end()
        bare = part.group("bare")
        if bare is None:
            if not _ONE_AMOUNT.fullmatch(part.group("inner")):
                return None
            spans.append(part.span())
        elif _ONE_AMOUNT.fullmatch(bare):
            spans.append(part.span())
        else:
            at = part.start()
            while at < part.end():
                amount = _SEPARATED_AMOUNT.match(text, at, part.end())
                if amount is None:
                    return None
                spans.append(amount.span())
                at = amount.end()
    return spans if position == end and len(spans) >= 2 else None


_RULE_LINE = re.compile(r"[ \t|:+]*[-=_—–]{3,}[-=_—–| \t:+]*")  # "-------   -------", "| --- | --- |"
_ROW_MARK = re.compile(r"\(?[A-Z]\)?")  # the letter of a reconciliation's line: "A", "(B)"
_RATIO_MARK = re.compile(r"\(?[A-Z]\)?(?:\s*[/+\-–]\s*\(?[A-Z]\)?)+")  # the lines a ratio row divides: "S/R", "C/A"


def _classify_cells(text: str, start: int, end: int) -> _Line:
    pieces = _split(text, start, end)
    if pieces and text[pieces[-1][1] - 1] in _GLUED_LAST:
        pieces = _unglued_last(text, pieces)
    if not pieces:  # an empty pipe row ("| | | |") inside a table separates nothing
        return _Line(start, end, "rule" if text.count("|", start, end) >= 2 else "blank", ())
    if _RULE_LINE.fullmatch(text, start, end):
        return _Line(start, end, "rule", ())
    piece_texts = [text[a:b] for a, b in pieces]
    cells: tuple[tuple[int, int], ...]
    if len(pieces) == 1:  # most lines of prose: one piece is one cell, nothing to group
        cells, texts = (pieces[0],), piece_texts
    else:
        groups = group_pieces(piece_texts)
        if len(groups) == len(pieces):
            # each piece a cell of its own, as most rows print them ("Line item 12" | "$84" | "(36)"): the groups
            # take every piece once, in order, so there are as many only when each holds one
            cells, texts = tuple(pieces), piece_texts
        else:
            cells = tuple((pieces[g[0]][0], pieces[g[-1]][1]) for g in groups)  # a tuple: one per line, kept to the end
            texts = [piece_texts[group[0]] if len(group) == 1 else "".join([piece_texts[i] for i in group]) for group in groups]
    if len(cells) == 1:
        only = texts[0]
        if (_may_be_value_or_placeholder(only) and (is_value_cell(only) or is_nil_cell(only))) or only in ("$", "%", ")"):
            return _Line(start, end, "value", cells)
        if len(only) <= _MAX_LABEL and not only.endswith((".", "!", "?", ":")) or len(only) <= 60:
            return _Line(start, end, "label", cells, cells[0])
        return _Line(start, end, "prose", cells)
    first = texts[0]
    label = None if _may_be_value_or_placeholder(first) and (is_value_cell(first) or is_placeholder_cell(first)) else cells[0]
    values = texts[1:] if label else texts
    if label and len(texts[0]) > _MAX_LABEL:
        return _Line(start, end, "prose", cells)
    if label and len(values) > 2 and _ROW_MARK.fullmatch(values[0]) and _value_cells_of(values[1:]):
        # "Total revenue (GAAP) | A | $1,720 | $1,659": the letter a reconciliation names its line by ("B - D") is
        # the label's mark, no column; kept as a cell, it made the row one wider than the rows without a letter
        cells, values = (cells[0], *cells[2:]), values[1:]
    valued = _value_cells_of(values)
    if valued is None and label:
        valued = _values_beside_footnote_letters(values)
    if valued:
        if is_year_cell(valued[0]) and all(is_year_cell(v) for v in valued):  # most rows' first value is no year
            return _Line(start, end, "header", cells, label)
        if not label and len(valued) > 2 and _CLOSING_MARKER.fullmatch(valued[0]) and all(is_year_cell(v) for v in valued[1:]):
            # "EBITDA (Per Table" / "1)   2024   2023   2024   2023": the years' line, where the label column's heading
            # wrapped down to it ends its parenthesis
            return _Line(start, end, "header", cells, cells[0])
        return _Line(start, end, "data", cells, label)
    if label and all(is_placeholder_cell(v) for v in values):
        # "of taxes   --   --": a row of nil amounts; "Reported operating loss margin | N/A | | N/A |": of ratios not
        # meaningful, a row of the table, not its headings
        return _Line(start, end, "data", cells, label)
    if all(len(t) <= _MAX_HEADER_CELL for t in texts[1 if label else 0 :]):  # a caption may head the label column
        return _Line(start, end, "header", cells, label)
    return _Line(start, end, "prose", cells)


_FOOTNOTE_LETTER = re.compile(r"\([a-z]\)")  # "(b)": a footnote's letter


def _values_beside_footnote_letters(values: list[str]) -> list[str] | None:
    """The value cells of a row's ``values`` where a footnote's letter holds a column's place among two amounts or
    more, as a dash does: Anywhere's "Corporate and Other (a) | (77) | (70) | (7) | (b) | (33) | ..." prints its
    "% Change" as the letter of the note that says why none is shown. Read as headings, the row's amounts had named
    the columns of the total below it; None unless every other cell is a value or a placeholder, or when the
    values are years (a header line)."""
    kept = [value for value in values if not _FOOTNOTE_LETTER.fullmatch(value)]
    if len(kept) == len(values) or len(kept) < 2:
        return None
    valued = _value_cells_of(kept)
    return valued if valued and len(valued) >= 2 and not all(is_year_cell(value) for value in valued) else None


def _without_ratio_mark(text: str, line: _Line) -> _Line | None:
    """``line`` as a data row without the letters of the lines its ratio divides, when its first cell after the label
    is such a mark and the rest are values: "Tangible book value per common share | S/R | $34.61 | $34.44 | ...".
    Kept as a heading line otherwise. Taken only where the row is as wide as the data row above it (``_Lines``): a
    ratio row that leaves the table's "%" change columns out ("Efficiency ratio | C/A | 61.68% | ... | 360bps", eight
    amounts under eleven headings) says nothing of which column each amount is under."""
    texts = [text[a:b] for a, b in line.cells]
    if not _RATIO_MARK.fullmatch(texts[1]) or is_placeholder_cell(texts[1]) or not _value_cells_of(texts[2:]):
        return None
    return _Line(line.start, line.end, "data", (line.cells[0], *line.cells[2:]), line.label, line.separated)


# Every character a value cell (``cells.is_value_cell``: an amount, a range of two, "up 5%"), a dash of none
# (``is_nil_cell``) or another placeholder (``is_placeholder_cell``: "n/m", "unchanged", ">100%", "*") may start with,
# in either case, in ASCII: a currency's sign or code ("US$", "EUR", "S/", "Yen"), a parenthesis or bracket, a sign, a
# digit, a point. A cell that starts with another ASCII character that is no space ("Line item 12", "Revenue",
# "Operating expenses:") is none of them, and is not tried against their patterns: a table of thousands of rows,
# each label its own, tried each label against three of them and through a cache it filled and emptied (~3 us a row).
_VALUE_OR_PLACEHOLDER_FIRST = frozenset("UECGRJHTMABPSNDYuecgrjhtmabpsndy$([-+.*<>0123456789")


def _may_be_value_or_placeholder(cell: str) -> bool:
    """False only for a cell that is neither a value cell nor a placeholder (``_VALUE_OR_PLACEHOLDER_FIRST``); a cell
    that starts with a space or a character beyond ASCII (a case-folded letter, a Unicode digit) is always tried."""
    first = cell[:1]
    return first in _VALUE_OR_PLACEHOLDER_FIRST or not first.isascii() or first.isspace() or not first


_CLOSING_MARKER = re.compile(r"\d{1,2}\)")  # a footnote's number that closes a parenthesis opened on the line above


def _value_cells_of(texts: list[str]) -> list[str] | None:
    """The value cells of ``texts`` when every other one holds a column's place (a dash, n/m),
    else None: each cell's text is tried once (a data line is most lines of a table)."""
    valued = []
    for text in texts:
        if is_value_cell(text):
            valued.append(text)
        elif not is_placeholder_cell(text):
            return None
    return valued


def _is_header(line: _Line, text: str) -> bool:
    """A line of column headers; a title ("September 2025 Quarter Compared to Prior Year
    Quarter") names periods too, but heads no column."""
    if _TITLE.search(text[line.start : line.end]):
        return False
    if line.kind == "header":
        return True
    words = text[line.start : line.end].strip()
    # "| July 31, |" between "| Nine months ended |" and "| 2026 | | 2025 |": a date heading without its year
    return line.kind == "label" and len(words) <= 60 and bool(_PERIOD_WORDS.search(words) or _DAY_HEADING.fullmatch(words.strip(" |")))


def _vertical_rows(lines: _Lines, index: int) -> int:
    """How many lines from ``index`` form a label followed by one-value-per-line cells."""
    if lines[index].kind != "label":
        return 0
    cursor, values, count = index + 1, 0, len(lines)
    while cursor < count and (kind := lines[cursor].kind) in ("value", "blank"):
        values += kind == "value"
        cursor += 1
    return cursor - index if values >= 2 else 0


def caption_exponent(caption: str) -> int | None:
    """The power of ten a scale caption states ("($ in billions)" is 9), or None."""
    match = _SCALE_CAPTION.search(caption) if len(caption) <= 200 and may_hold(caption, _SCALE_CAPTION_WORDS) else None
    if not match:
        return None
    word = next(word for word in match.groups() if word)
    return 3 if word == "000" else scale_exponent(word)


def _scale(text: str, lines: _Lines, first_data: int, floor: int, top: int) -> TableScale:
    """The scale caption ("in thousands, except per share amounts") above a table."""
    for index in range(first_data - 1, max(floor, min(top, first_data) - 14) - 1, -1):
        line = lines[index]
        caption = text[line.start : line.end].strip()
        exponent = caption_exponent(caption)
        if exponent is not None and caption.count(")") > caption.count("("):
            # "(In dollars, except" / "shares outstanding" / "presented in millions)": the scale word is the
            # exception's, and the caption's head (three lines up at most) says the amounts are unscaled
            head = " ".join(text[above.start : above.end] for above in lines[max(floor, index - 3) : index])
            opened = head[head.rfind("(") :] if "(" in head else ""
            if opened and "except" in opened and caption_exponent(opened.partition("except")[0]) is None:
                whole = f"{opened} {caption[: caption.index(')') + 1]}"
                shares = "share" in whole.partition("except")[2].lower()
                return TableScale(0, exponent if shares else 0, whole, Span(line.start, line.end))
        if exponent is not None:
            following = lines[index + 1] if index + 1 < first_data else line
            exceptions = text[line.start : following.end].partition("except")[2]
            shares_excepted = "share" in _PER_SHARE.sub("", exceptions.lower())
            return TableScale(exponent, 0 if shares_excepted else exponent, caption, Span(line.start, line.end))
    return TableScale()


def _year_runs(labels: list[list[str]], oldest_first: bool = False) -> list[int]:
    """Where column groups start, judged by the years in the column labels.

    Releases list periods newest first inside a group ("2026 2025 2025 | 2026 2025"),
    so a column whose year is later than the one before it starts a new group; some list
    them oldest first ("2025 2026 2026 | 2025 2026"): then an earlier year starts one.
    """
    starts, previous = [0], None
    years_of: dict[str, int | None] = {}  # a label spread over many columns is searched once
    for column, parts in enumerate(labels):
        joined = " ".join(parts)
        if not joined:  # no heading, no year: a long row's columns under no header are passed over unsearched
            continue
        if joined not in years_of:
            years = _YEAR_IN_LABEL.findall(joined)
            years_of[joined] = int(years[-1]) if years else None
        year = years_of[joined]
        turned = year is not None and previous is not None and (year < previous if oldest_first else year > previous)
        if turned and column:
            starts.append(column)
        previous = year if year is not None else previous
    return starts


def _spread(cells: list[str], width: int, labels: list[list[str]]) -> list[str] | None:
    """One label per column from a header row of fewer cells than columns, when the years or
    the repeated labels of the full-width rows say where its groups start; None otherwise."""
    if len(cells) > width:
        return cells[-width:]
    if len(cells) == width:
        return cells
    if (after_changes := _change_group_last(cells, width, labels)) is not None:
        return after_changes
    if len(cells) == 1 and _PERCENT_HEADING.match(cells[0]):
        # "Percent" above "Q3'26 | Q3'25 | Inc/(Dec)": the unit of the change columns only, not of the amounts
        changes = [_is_change_heading(parts) for parts in labels]
        if any(changes) and not all(changes):
            return [cells[0] if change else "" for change in changes]
    starts = _year_runs(labels)
    if len(starts) != len(cells):
        starts = _year_runs(labels, oldest_first=True)
    if len(starts) != len(cells) and labels and labels[0]:
        # groups that repeat their first column's label ("Revenue | % of Revenue | Y/Y% | Revenue | % of Revenue")
        starts = [column for column, label in enumerate(labels) if label and label[-1] == labels[0][-1]]
    if len(starts) != len(cells) or _repeats_within(starts, labels):
        starts = _starts_apart_repeats(len(cells), labels) or starts
    if len(starts) == len(cells):
        bounds = [*starts, width]
        return [cells[group] for group in range(len(cells)) for _ in range(bounds[group + 1] - bounds[group])]
    if width % len(cells) == 0:
        return [cell for cell in cells for _ in range(width // len(cells))]
    return None


def _repeats_within(starts: list[int], labels: list[list[str]]) -> bool:
    """Whether a group of columns starting at ``starts`` would hold two columns of the same labels: one period under one
    heading twice ("Twelve months ended" over "March 31, 2026 | June 30, 2026 | June 30, 2026")."""
    bounds = [*starts, len(labels)]
    for first, last in zip(bounds, bounds[1:]):
        said = [" ".join(parts) for parts in labels[first:last] if parts]
        if len(set(said)) < len(said):
            return True
    return False


_MOST_SPLITS = 4096  # the ways of cutting a header row's columns into groups tried at most (``_starts_apart_repeats``)


def _starts_apart_repeats(groups: int, labels: list[list[str]]) -> list[int] | None:
    """Where ``groups`` groups of columns start when only one way of cutting them leaves no group with two columns of
    the same labels: Coty's "Three months ended | Twelve months ended" over "September 30, 2025 | December 31, 2025 |
    March 31, 2026 | June 30, 2026 | June 30, 2026" heads four quarters and the twelve months ended June 30 (the years
    turning from 2025 to 2026 cut it after the second, and read two quarters as years); Analog Devices' "Trailing
    Twelve Months | Three Months Ended" over "Aug. 1, 2026 | Aug. 1, 2026 | May 2, 2026 | ..." one column and four.
    None where no label repeats, or no cut or several do."""
    width = len(labels)
    said = [" ".join(parts) for parts in labels]
    if not 1 < groups <= width or len({label for label in said if label}) == len([label for label in said if label]):
        return None
    if math.comb(width - 1, groups - 1) > _MOST_SPLITS:
        return None
    apart = [
        [0, *cuts] for cuts in itertools.combinations(range(1, width), groups - 1)
        if not _repeats_within([0, *cuts], labels)
    ]  # fmt: skip
    return apart[0] if len(apart) == 1 else None


def _change_group_last(cells: list[str], width: int, labels: list[list[str]]) -> list[str] | None:
    """A header row whose last cell, its one change heading, heads the columns at the end that no year heads,
    the cells before it spread over the dated columns (``_spread``): "THREE MONTHS ENDED | CHANGE" over "30 JUN 2026
    | 31 MAR 2026 | 30 JUN 2025 | QoQ | YoY" (Axon), "For the Nine Months Ended September 30, | Change" over "2025 |
    2024 | $ | %" (Peapack-Gladstone). The years alone do not say where the change group starts: "2026 2026 2025"
    turns like a table of oldest-first groups. None unless every column before the undated ones names its year."""
    if len(cells) < 2 or not CHANGE_COLUMN.search(cells[-1]) or any(CHANGE_COLUMN.search(cell) for cell in cells[:-1]):
        return None
    joined = [" ".join(parts) for parts in labels]
    undated = 0
    while undated < width and joined[width - 1 - undated] and not _YEAR_IN_LABEL.search(joined[width - 1 - undated]):
        undated += 1
    dated = width - undated
    if not undated or dated < len(cells) - 1 or not all(_YEAR_IN_LABEL.search(label) for label in joined[:dated]):
        return None
    spread = _spread(cells[:-1], dated, labels[:dated])
    return None if spread is None else spread + [cells[-1]] * undated


def _spread_rows(rows: list[tuple[int, list[str]]], width: int, labels: list[list[str]]) -> dict[int, list[str]]:
    """One label per column for each header row narrower than the table, by its position
    among the header rows.

    Rows the full-width labels place come first. The others are then placed bottom-up
    (the row nearest the numbers names the finest columns) by what the rows placed so far
    show: a change heading heads one column ("Quarter Ended | Change" over three); a row of
    periods heads the columns that are not changes; a heading spans a "Low | High" pair or
    the columns up to a "Total" ("Diversified Industrial | Aerospace" over "North America |
    Int'l | Total | Total"); and a row that repeats its pattern in every column group of the
    rows above is placed group by group. A row none of these places keeps the old reading:
    one cell per column, the last repeated.
    """
    placed = {order: spread for order, cells in rows if (spread := _spread(cells, width, labels)) is not None}
    progress = True
    while progress and len(placed) < len(rows):
        progress = False
        for order, cells in reversed(rows):
            if order in placed:
                continue
            known = [list(parts) for parts in labels]
            for _, spread in sorted(placed.items()):
                for column, cell in enumerate(spread):
                    known[column].append(cell)
            groups = _column_groups(placed, width)
            spread = _spread_by_units(cells, known) or _spread_by_groups(cells, known, groups)
            if spread is not None:
                placed[order] = spread
                progress = True
                break
    for order, cells in rows:
        if order not in placed:
            placed[order] = cells + [cells[-1]] * (width - len(cells))
    return placed


def _is_change_heading(parts: list[str]) -> bool:
    return bool(parts) and bool(CHANGE_COLUMN.search(parts[-1]))


def _spread_by_units(cells: list[str], labels: list[list[str]]) -> list[str] | None:
    """``cells`` over the columns ``labels`` head when each cell heads one unit of columns:
    a change column, a "Low | High" pair, a run of columns closed by a "Total" column; or,
    for a row of periods, each column that is not a change. None when the units are not as
    many as the cells."""
    width = len(labels)
    changes = [cell for cell in cells if CHANGE_COLUMN.search(cell)]
    if changes and cells[-len(changes) :] == changes and len(changes) < len(cells):
        # "Quarter Ended | Change": each change heading one column at the end, the others share the rest
        rest, others = width - len(changes), len(cells) - len(changes)
        if rest % others == 0:
            return [cell for cell in cells[:others] for _ in range(rest // others)] + changes
    if all(_YEAR_IN_LABEL.search(cell) or _DATE_HEADING.search(cell) for cell in cells):
        columns = [column for column in range(width) if not _is_change_heading(labels[column])]
        if len(columns) == len(cells) < width:
            spread = [""] * width
            for column, cell in zip(columns, cells):
                spread[column] = cell
            return spread
    units = _units(labels)
    if len(units) == len(cells):
        spread = [cell for cell, (start, end) in zip(cells, units) for _ in range(start, end)]
        return spread + [""] * (width - len(spread))
    return None


_RANGE_HIGH = re.compile(r"^(?:high|max(?:imum)?)\b", re.IGNORECASE)
_RANGE_LOW = re.compile(r"^(?:low|min(?:imum)?)\b", re.IGNORECASE)
_TOTAL = re.compile(r"^total\b", re.IGNORECASE)


def _units(labels: list[list[str]]) -> list[tuple[int, int]]:
    """Column runs ``[start, end)`` that one heading above spans: a "Low" column with the
    "High" after it; columns up to and including a "Total" (when the labels have one);
    every other column alone. Columns past the last labelled one are left out."""
    last = [parts[-1] if parts else "" for parts in labels]
    while last and not last[-1]:
        last.pop()
    totals = any(_TOTAL.match(label) for label in last)
    units: list[tuple[int, int]] = []
    start = 0
    for column, label in enumerate(last):
        if column + 1 < len(last) and _RANGE_LOW.match(label) and _RANGE_HIGH.match(last[column + 1]):
            continue
        if totals and not _TOTAL.match(label) and column + 1 < len(last):
            continue
        units.append((start, column + 1))
        start = column + 1
    return units


def _column_groups(placed: dict[int, list[str]], width: int) -> list[tuple[int, int]]:
    """The column groups of the placed row with the fewest runs of one heading (more than
    one): ``[start, end)`` each."""
    best: list[tuple[int, int]] = []
    for spread in placed.values():
        runs, start = [], 0
        for column in range(1, width + 1):
            if column == width or spread[column] != spread[start]:
                runs.append((start, column))
                start = column
        if len(runs) > 1 and (not best or len(runs) < len(best)):
            best = runs
    return best


def _spread_by_groups(cells: list[str], labels: list[list[str]], groups: list[tuple[int, int]]) -> list[str] | None:
    """A row that repeats its pattern in every column group: its cells shared out evenly over
    the groups and placed in each group by its own columns' labels (the units above, else
    left to right, the group's last columns past the cells getting none)."""
    if len(groups) < 2 or len(cells) % len(groups) or len(cells) == len(groups):
        return None
    each = len(cells) // len(groups)
    spread: list[str] = []
    for number, (start, end) in enumerate(groups):
        own, local = cells[number * each : (number + 1) * each], labels[start:end]
        if each > end - start:
            return None
        placed = _spread(own, end - start, local) if each == end - start else _spread_by_units(own, local)
        spread += placed if placed is not None else own + [""] * (end - start - each)
    return spread


def _column_ranges(rows: list[Row], width: int) -> list[tuple[int, int]] | None:
    """Where each value column stands in a fixed-width table: the ``[start, end)`` character
    range, from the line's start, of the column's cells in the rows as wide as the table.
    None when the rows do not agree (a column's cells overlapping the next column's)."""
    ranges: list[tuple[int, int]] = []
    full = [row for row in rows if len(row.cells) == width]
    if not full:
        return None
    for column in range(width):
        starts = [row.cells[column].span.start - row.span.start for row in full]
        ends = [row.cells[column].span.end - row.span.start for row in full]
        ranges.append((min(starts), max(ends)))
    if any(ranges[i][1] > ranges[i + 1][0] for i in range(width - 1)):
        return None
    return ranges


def _placed_by_position(row: Row, ranges: list[tuple[int, int]]) -> Row:
    """A fixed-width row of fewer cells than columns, each cell in the column whose characters
    it overlaps ("30   20   120   54" under "2024 2023 % change 2024 2023 % change" stands in
    columns 0, 1, 3, 4); the row as it is when a cell overlaps no column or two."""
    if row.positions or len(row.cells) >= len(ranges):
        return row
    lasts = [last for _, last in ranges]
    positions: list[int] = []
    for cell in row.cells:
        start, end = cell.span.start - row.span.start, cell.span.end - row.span.start
        column = bisect.bisect_right(lasts, start)
        if column >= len(ranges) or ranges[column][0] >= end or (column + 1 < len(ranges) and ranges[column + 1][0] < end):
            return row
        if positions and column <= positions[-1]:
            return row
        positions.append(column)
    return replace(row, positions=tuple(positions))


def _placed_below(rows: list[Row], ranges: list[tuple[int, int]]) -> list[Row] | None:
    """The rows of a fixed-width table each placed in the columns of the table above it (``ranges``) that its cells'
    characters overlap (``_placed_by_position``), a row as wide as the table above in its columns in turn; None unless
    every row of cells is so placed."""
    placed = [_placed_by_position(replace(row, positions=()), ranges) for row in rows]
    return placed if all(row.positions or len(row.cells) in (0, len(ranges)) for row in placed) else None


def _without_label_area_cells(row: Row, first_column: int) -> Row:
    """A fixed-width row without the cells that end left of the first value column: a footnote
    marker after a wrapped label ("Adjusted net income / (loss)" / " (2)   $128,697 ...") is
    the label's, not a value of the first column."""
    kept = tuple(cell for cell in row.cells if cell.span.end - row.span.start > first_column)
    return row if len(kept) == len(row.cells) else replace(row, cells=kept, positions=())


_FOOTNOTE_MARK = re.compile(r"[*†‡]+")


def _without_a_values_mark(text: str, row: Row, width: int) -> Row:
    """A row of tabs or pipes one cell wider than its table, without the footnote mark that stands in a cell of its
    own right after a value: U.S. Bancorp's "Risk-weighted assets ... | 418,571 | * | 404,021 | 401,301 | 396,351 |
    393,648" under five dates (the row below prints it "(357)*"). A "*" of its own in a row as wide as the table holds
    a column's place ("not meaningful") and is kept; so is one set apart by spaces in a fixed-width row, where a
    footnote's number wrapped from the label may be the cell too many (Green Plains' "(1)(2)   $(10,431)   $ 59,009
    *")."""
    if len(row.cells) != width + 1:
        return row
    marks = [at for at, cell in enumerate(row.cells) if at and _FOOTNOTE_MARK.fullmatch(cell.text.strip())]
    if len(marks) != 1 or not is_value_cell(row.cells[marks[0] - 1].text.strip()):
        return row
    gap = text[row.cells[marks[0] - 1].span.end : row.cells[marks[0]].span.start]
    if "\t" not in gap and "|" not in gap:
        return row
    return replace(row, cells=row.cells[: marks[0]] + row.cells[marks[0] + 1 :], positions=())


def _wider_layout(
    text: str, header_lines: list[_Line], rows: list[Row], width: int, label_column: _LabelColumn
) -> tuple[int, list[tuple[int, int]], tuple[str, ...], int] | None:
    """The layout of a fixed-width table whose full rows are fewer than its partial ones: the
    totals and margins carry a "% change" column that the detail rows leave empty, so the most
    common row is narrower than the table. Taken when at least two rows agree on the wider
    columns and the header names every one of them; None otherwise."""
    widest = max((len(row.cells) for row in rows), default=0)
    if widest <= width or sum(len(row.cells) == widest for row in rows) < 2:
        return None
    ranges = _column_ranges(rows, widest)
    if ranges is None:
        return None
    columns, groups = _columns(text, header_lines, widest, False, label_column, ranges)
    return (widest, ranges, columns, groups) if all(columns) else None


def _named_wider(
    text: str,
    header_lines: list[_Line],
    rows: list[Row],
    width: int,
    label_column: _LabelColumn,
    headers: Mapping[str, HeaderCells] | None,
) -> tuple[int, tuple[str, ...], int] | None:
    """The columns of a table whose last header line names more columns than most rows fill
    ("Q3'26 | Q3'25 | Inc/(Dec)" over rows of two amounts and a revenue row with its change):
    as wide as that line and the widest row, when they agree; None otherwise."""
    widest = max((len(row.cells) for row in rows), default=0)
    if widest <= width:
        return None
    naming = header_lines[-1:]
    if len(header_lines) > 1 and _lone_period_line(text, header_lines[-1]):
        # the period of the first block of rows under the headings ("Quarter Ended June 27, 2026 | | | |" under
        # "($ in millions except EPS) | Pre-Tax Income/Loss | ... | Change vs. prior-year period |"; Disney)
        naming = header_lines[-2:-1]
    last_line, _ = _header_rows(text, naming, label_column, widest, None, headers)
    if len(last_line) != 1 or len(last_line[0]) != widest:
        return None
    columns, groups = _columns(text, header_lines, widest, False, label_column, None, headers)
    return (widest, columns, groups) if all(columns) else None


def _lone_period_line(text: str, line: _Line) -> bool:
    """Whether a header line is one cell that names a period and nothing else: "Quarter Ended June 27, 2026 | | |"."""
    cells = [(a, b) for a, b in line.cells if not is_placeholder_cell(text[a:b])]
    return len(cells) == 1 and _PERIOD_WORDS.search(text, *cells[0]) is not None


def _named_by_kind(
    text: str,
    header_lines: list[_Line],
    rows: list[Row],
    label_column: _LabelColumn,
    headers: Mapping[str, HeaderCells] | None,
) -> tuple[int, tuple[str, ...], int, list[Row]] | None:
    """The columns of a table whose last header line names more columns than any row fills, each row's amounts placed
    under the headings of periods: "2026 | 2025 | Change YoY | LFL(a) Change YoY | Margin (b)" twice over rows of four
    amounts and three or four percentages ("Prestige | $ 771.8 | $ 760.6 | 1 % | (0.5 %) | $ 3,805.8 | ..."), the
    percentages of a row leaving out one of the headings after its amounts, and nothing saying which. A row's amounts
    (its cells that stand for no ratio: ``_stands_for_a_ratio``) stand under the period headings in order, its percentages under none; a row of
    percentages alone has no column either. Taken only when every other row holds as many amounts as there are
    period headings, a percentage stands only where a heading of no period follows the amount before it, and the
    header names every column; None otherwise."""
    widest = max((len(row.cells) for row in rows), default=0)
    last_line, _ = _header_rows(text, header_lines[-1:], label_column, widest, None, headers)
    if len(last_line) != 1 or len(last_line[0]) <= widest:
        return None
    headings = last_line[0]
    periods = [column for column, heading in enumerate(headings) if _header_cell_kind(heading) in ("year", "date")]
    if len(periods) < 2 or len(periods) == len(headings):
        return None
    placed = []
    for row in rows:
        amounts = [at for at, cell in enumerate(row.cells) if not _stands_for_a_ratio(cell.text)]
        if amounts and len(amounts) != len(periods):
            return None
        positions: list[int | None] = [None] * len(row.cells)
        for at, column in zip(amounts, periods):
            positions[at] = column
        previous = -1  # the column of the amount before each percentage
        for placed_at in positions:
            if placed_at is not None:
                previous = placed_at
            elif amounts and (previous + 1 >= len(headings) or previous + 1 in periods):
                return None  # no heading of a change or a ratio right after the amount before it
        placed.append(replace(row, positions=tuple(positions)))
    columns, groups = _columns(text, header_lines, len(headings), False, label_column, None, headers)
    return (len(headings), columns, groups, placed) if all(columns) else None


# a heading that dates a group of columns: its length and a year ("Three Months Ended June 30, 2026", "Year Ended
# June 30, 2026")
_DATED_GROUP = re.compile(r"\b(?:ended|ending)\b.*\b(?:19|20)\d{2}\b", re.IGNORECASE)


def _amounts_under_groups(
    text: str,
    header_lines: list[_Line],
    rows: list[Row],
    label_column: _LabelColumn,
    headers: Mapping[str, HeaderCells] | None,
) -> tuple[int, tuple[str, ...], int, list[Row]] | None:
    """The columns of a table whose first header line dates each group of columns and whose lines below name the
    group's columns in no way the rows' cells can be set under: Coty's "RESULTS AT A GLANCE", "| | Three Months Ended
    June 30, 2026 | Year Ended June 30, 2026 |" over "Change YoY" and "Reported Basis | (LFL)(a)" over rows of an amount
    and none to two changes for each ("Net revenues | $ 1,269.2 | 1 % | (1 %) | $ 5,806.6 | (2 %) | (5 %)", "Operating
    income - adjusted* | 39.5 | (42 %) | 626.7 | (27) %"), or of ratios alone ("Gross Margin - reported | 61 % | 63 %").
    A row's amounts (its cells that stand for no ratio: ``_stands_for_a_ratio``) stand under the groups' dates in
    order; its ratios under the group's change columns where the rows print them alike (``_amounts_and_changes``), else
    under none. A row of ratios alone, one for each group, each where a row of amounts prints its group's amount, holds
    the groups' levels ("Gross Margin - reported | | 61 | % | | | | | 63 | % |" as "Cash flow from operations | | 116.0
    | | | | | | 537.8 |": the quarter's margin and the year's); printed elsewhere, under none. Taken only when every
    row holds no amount or one for each group, two rows or more hold them, and each heading of the first line is a
    length ended on a date of a year; None otherwise."""
    if len(header_lines) < 2:
        return None
    first, _ = _header_rows(text, header_lines[:1], label_column, 0, None, headers)
    if len(first) != 1 or len(first[0]) < 2 or not all(_DATED_GROUP.search(heading) for heading in first[0]):
        return None
    groups = tuple(" ".join(heading.split()) for heading in first[0])
    placed, full = [], 0
    for row in rows:
        amounts = [at for at, cell in enumerate(row.cells) if not _stands_for_a_ratio(cell.text)]
        if amounts and len(amounts) != len(groups):
            return None
        full += bool(amounts)
        positions: list[int | None] = [None] * len(row.cells)
        for column, at in enumerate(amounts):
            positions[at] = column
        placed.append(replace(row, positions=tuple(positions)))
    if full < 2:
        return None
    placed = _ratios_where_amounts_stand(text, placed, len(groups))
    below, _ = _header_rows(text, header_lines[1:], label_column, 0, None, headers)
    changes = _changes_of_groups(below, len(groups))
    slots = _change_slots(text, rows, len(changes[0])) if changes else None
    if changes is None or slots is None:
        return len(groups), groups, len(groups), placed
    return _amounts_and_changes(text, groups, changes, slots, placed)


def _ratios_where_amounts_stand(text: str, rows: list[Row], groups: int) -> list[Row]:
    """``rows`` with each row of ratios alone, one for each group, placed under the groups where its cells start at the
    pipe cells a row of amounts starts its groups' amounts at (``_amounts_under_groups``)."""
    starts = {
        tuple(_pipes_before(text, row, cell.span.start) for cell in row.cells)
        for row in rows if row.positions and None not in row.positions
    }  # fmt: skip
    placed = []
    for row in rows:
        alone = len(row.cells) == groups and all(_stands_for_a_ratio(cell.text) for cell in row.cells)
        if alone and tuple(_pipes_before(text, row, cell.span.start) for cell in row.cells) in starts:
            row = replace(row, positions=tuple(range(groups)))
        placed.append(row)
    return placed


def _amounts_and_changes(
    text: str, groups: tuple[str, ...], changes: list[list[str]], slots: tuple[int, ...], placed: list[Row]
) -> tuple[int, tuple[str, ...], int, list[Row]]:
    """The columns of each group, its amount and then its changes (``_changes_of_groups``), with each row's change
    cells under the change column they stand at (``_change_slots``) after their group's amount. A change column whose
    heading names a basis other than the reported one that the facts do not read takes no cells: Coty's "(LFL)(a)"
    beside "Reported Basis" (its like-for-like changes, read of no basis, would stand for the reported ones). A row
    whose changes stand at other places keeps its amounts alone, its changes under none."""
    size = 1 + len(slots)
    columns = tuple(heading for group, names in zip(groups, changes) for heading in (group, *(f"{group} {name}" for name in names)))
    placeable = [bool(basis_of(name)) or not _another_basis(name) for name in changes[0]]
    result = []
    for row in placed:
        positions = [None if column is None else column * size for column in row.positions]
        offsets = []
        for amount, ratios in _groups_of_row(row):
            end = _pipes_before(text, row, row.cells[amount].span.end)
            offsets += [(at, _pipes_before(text, row, row.cells[at].span.start) - end, positions[amount]) for at in ratios]
        if all(offset in slots for _, offset, _ in offsets):
            for at, offset, column in offsets:
                slot = slots.index(offset)
                if column is not None and placeable[slot]:
                    positions[at] = column + 1 + slot
        result.append(replace(row, positions=tuple(positions)))
    return len(columns), columns, len(groups), result


def _another_basis(heading: str) -> bool:
    """Whether a change column's heading names a basis other than the reported one: "(LFL)(a)", "Organic"."""
    said = CHANGE_QUALIFIER_AFTER.search(heading)
    return said is not None and said.group(0).strip().lower() != "reported"


def _changes_of_groups(below: list[list[str]], groups: int) -> list[list[str]] | None:
    """The headings of each group's change columns, from the header lines under the groups' dates: a line of one
    heading for each group names all of its changes ("Change YoY"), the last line of more the changes one by one
    ("Reported Basis | (LFL)(a)"); Coty's "Three Months Ended June 30, 2026 Change YoY Reported Basis". None where a
    line's headings do not split evenly over the groups, or none names changes."""
    if not below or any(not line or len(line) % groups for line in below):
        return None
    per_group = [len(line) // groups for line in below]
    count = per_group[-1]
    if any(size not in (1, count) for size in per_group) or not any(CHANGE_COLUMN.search(h) for line in below for h in line):
        return None
    changes = []
    for group in range(groups):
        said = [" ".join(line[group].split()) for line, size in zip(below[:-1], per_group) if size == 1]
        last = below[-1][group * count : (group + 1) * count]
        changes.append([" ".join([*said, *last[at].split()]) for at in range(count)])
    return changes


def _pipes_before(text: str, row: Row, offset: int) -> int:
    """The pipe cell of ``row`` that ``offset`` stands in, counted from the row's start (its label's is 0)."""
    return text.count("|", row.span.start, offset)


def _change_slots(text: str, rows: list[Row], count: int) -> tuple[int, ...] | None:
    """How many pipe cells after its group's amount each change column's cell stands, learned from the rows that fill
    every change column of a group: Coty's "Net revenues | | $ | 1,269.2 | | | 1 | % | | (1 | %) |", the reported change
    three cells on and the like-for-like six, as "Operating income - adjusted* | | 39.5 | | | (42 | %)" prints its
    reported change alone. None where no row fills a group, or two rows fill it at other places."""
    learned: set[tuple[int, ...]] = set()
    for row in rows:
        for amount, ratios in _groups_of_row(row):
            if len(ratios) == count:
                end = _pipes_before(text, row, row.cells[amount].span.end)
                learned.add(tuple(_pipes_before(text, row, row.cells[at].span.start) - end for at in ratios))
    return learned.pop() if len(learned) == 1 else None


def _short_rows_under_pipes(text: str, rows: list[Row], width: int) -> list[Row]:
    """``rows`` with each row of fewer cells than columns in a table of pipe cells placed under the columns its cells
    stand in, by the pipe cell each ends in, where the full rows put every pipe cell they fill under one column: Eli
    Lilly's "Net interest income (expense) | | (274) | | | (209) | | | | | | (527) | | | (405) |", its changes left
    blank, stands under "2026 | 2025 | % Chg." twice as "Cost of sales | | 3,268 | | | 2,448 | | | 33% |" does, not
    in the last columns of each group (its 2025 amount under "% Chg."). Rows already placed, rows a cell of which stands
    in a pipe cell no full row fills, and tables whose full rows end their cells in other pipe cells, keep their
    reading."""
    short = [at for at, row in enumerate(rows) if 0 < len(row.cells) < width and not row.positions and "|" in text[row.span.start : row.span.end]]
    if not short:
        return rows
    full = {
        tuple(_pipes_before(text, row, cell.span.end - 1) for cell in row.cells)
        for row in rows if len(row.cells) == width and not row.positions
    }  # fmt: skip
    if len(full) != 1:  # no full row, or full rows that end their cells in other pipe cells: the layout says nothing
        return rows
    under = {pipe: column for column, pipe in enumerate(full.pop())}  # the column each pipe cell stands under
    placed = list(rows)
    for at in short:
        row = rows[at]
        columns = [under.get(_pipes_before(text, row, cell.span.end - 1), -1) for cell in row.cells]
        if -1 not in columns:
            placed[at] = replace(row, positions=tuple(columns))
    return placed


def _groups_of_row(row: Row) -> list[tuple[int, list[int]]]:
    """Each amount cell of ``row`` (by index) with the ratio cells after it before the next amount."""
    found: list[tuple[int, list[int]]] = []
    for at, cell in enumerate(row.cells):
        if not _stands_for_a_ratio(cell.text):
            found.append((at, []))
        elif found:
            found[-1][1].append(at)
    return found


# a column of each row as a share of sales, beside each period's amounts: "Amount | % Sales", "$ | % of net sales"
_SHARE_OF_SALES = re.compile(r"%\s*(?:of\s+)?(?:net\s+|total\s+)?(?:sales|revenues?)\b", re.IGNORECASE)


def _amounts_beside_shares(rows: list[Row], columns: tuple[str, ...]) -> list[Row]:
    """``rows`` with each row of amounts alone, one for each column that is no share of sales, placed under those
    columns in order: Lowe's "Diluted earnings per common share | $ 4.27 | $ 4.27 | $ 7.17 | $ 7.19" under "Amount |
    % Sales" for each of four periods is each period's amount, not the last two columns of each group. A row laid out
    on the columns already, or holding a percentage, is left as it is."""
    shares = [_SHARE_OF_SALES.search(column) is not None for column in columns]
    if not any(shares) or all(shares):
        return rows
    amounts = [column for column, share in enumerate(shares) if not share]
    return [
        replace(row, positions=tuple(amounts))
        if not row.positions and len(row.cells) == len(amounts) and not any("%" in cell.text for cell in row.cells)
        else row
        for row in rows
    ]


def _stands_for_a_ratio(cell: str) -> bool:
    """A cell of a change or a ratio: a percentage, or what holds its place ("N/A", "NM", ">100%"); a dash of no amount
    ("—") may stand for either, and is not one."""
    return "%" in cell or (is_placeholder_cell(cell) and not is_nil_cell(cell))


_DASH_RUN = re.compile(r"[-=_—–]{3,}")


_AMOUNT = re.compile(r"[%$€£¥]|\d[.,]\d{3}|\d\.\d")  # a body row's amounts, not a header's dates


def _underline(text: str, line_end: int, skip: int = 1) -> list[tuple[int, int]]:
    """The runs of dashes, from the line's start, of the rule line right below a line
    ending at ``line_end``, or below the header line after it (a heading of two lines, "Three
    Months Ended" / "December 31, 2024" / "-------"); empty when neither is a rule."""
    if line_end >= len(text):
        return []
    start = line_end + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > 2000:
        return []
    if not _RULE_LINE.fullmatch(text, start, end):
        between = text[start:end]
        return _underline(text, end, skip - 1) if skip and between.strip() and not _AMOUNT.search(between) else []
    return [(m.start() - start, m.end() - start) for m in _DASH_RUN.finditer(text, start, end)]


_EDGE_OVERLAP = 2  # characters a heading may reach into a column beside its own


def _placed_cells(text: str, line: _Line, ranges: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """A fixed-width header line read by position: each heading labels every value column
    its characters overlap ("For the three months ended" over three columns, "Sep. 30 2024"
    over one); words left of the first column are the label column's.

    None, for the reading by count, when a heading stands in the gap between columns (a
    short group heading centred over its columns: "4Q ... 12 Months") or when the line is a
    lone heading over several columns or none (a caption)."""
    label, cells, headings, grouped = [], [""] * len(ranges), 0, False
    underline = _underline(text, line.end)
    firsts, lasts = [first for first, _ in ranges], [last for _, last in ranges]  # in order: bisect, not a scan
    for a, b in line.cells:
        start, end = a - line.start, b - line.start
        # a group heading underlined by a run of dashes spans the run ("Three Months Ended" / "-------")
        run = next(((run_start, run_end) for run_start, run_end in underline if run_start <= start and end <= run_end), None)
        if run is not None:
            start, end, grouped = run[0], run[1], True
        if end <= ranges[0][0]:
            label.append(text[a:b])
            continue
        overlapped = range(bisect.bisect_right(lasts, start), bisect.bisect_left(firsts, end))
        if len(overlapped) > 1 and len(line.cells) == 1:
            # a lone heading centred over its column, wider than it, reaches a character or two into the next ones:
            # Gecina's "Like-for-like" over "change (1)" only, not over the "Net cap. rates" beside it (a short group
            # heading centred between its two columns, Sears' "Domestic", reaches into both)
            centre = (start + end) / 2
            inside = [c for c in overlapped if min(end, lasts[c]) - max(start, firsts[c]) > _EDGE_OVERLAP]
            if len(inside) == 1 and firsts[inside[0]] <= centre <= lasts[inside[0]]:
                overlapped = range(inside[0], inside[0] + 1)
        # else a heading that ends where its right-aligned numbers begin
        covered = overlapped or range(bisect.bisect_left(lasts, start), bisect.bisect_right(firsts, end))
        if len(covered) != 1 and not overlapped:
            return None
        headings += 1
        for column in covered:
            cells[column] = f"{cells[column]} {text[a:b]}".strip()
    named = sum(1 for cell in cells if cell)
    if headings == 1 and named != 1 and not (grouped and 1 < named < len(cells)):
        # (a lone heading over the run of dashes of one group of columns heads that group: Ryder's "Operating Revenue"
        # over "(non-GAAP)" over the second "---------------------", not "Total Revenue" beside it)
        return None
    return " ".join(label), cells


def _columns(
    text: str,
    header_lines: list[_Line],
    width: int,
    vertical: bool,
    label_column: _LabelColumn,
    ranges: list[tuple[int, int]] | None = None,
    headers: Mapping[str, HeaderCells] | None = None,
) -> tuple[tuple[str, ...], int]:
    """The label of each value column, its header cells joined from top to bottom, and
    how many column groups the header sets side by side.

    Full-width header rows are placed first; narrower rows (column groups such as
    "Three Months Ended | Twelve Months Ended") are then spread over them.
    """
    if width == 0:
        return (), 1
    prefix = ""
    if vertical:
        rows = _vertical_header_rows([text[a:b] for line in header_lines for a, b in line.cells])
    else:
        rows, prefix = _header_rows(text, header_lines, label_column, width, ranges, headers)
    rows = _comparisons_completed(width, _stacked_dates(width, [cells for cells in rows if cells]))
    if not vertical and any(
        len(cells) > width + 1 or (len(cells) == width + 1 and _header_cell_kind(cells[0]) in _PERIOD_KINDS | {"change"})
        for cells in rows
    ):
        # "2026 | 2025 | Change | LFL Change | Margin" twice over rows of six to eight cells: more headings
        # than the rows fill, and nothing says which a row leaves out, so no column is named; so too one
        # heading more than the rows fill when it is no corner's words ("2026 | 2025 | Change | 2026 | 2025 |
        # Change" over rows of five: the quarter's 2026 cell was read under "2025")
        return ("",) * width, 1
    labels: list[list[str]] = [[] for _ in range(width)]
    for cells in rows:
        if len(cells) >= width:
            for column, cell in enumerate(cells[-width:]):
                labels[column].append(cell)
    placed: list[list[tuple[int, str]]] = [[] for _ in range(width)]
    narrow_rows = [(order, cells) for order, cells in enumerate(rows) if len(cells) < width]
    for order, spread in _spread_rows(narrow_rows, width, labels).items():
        for column, cell in enumerate(spread):
            placed[column].append((order, cell))
    full_rows = [order for order, cells in enumerate(rows) if len(cells) >= width]
    column_parts = [
        [cell for _, cell in sorted([*placed[column], *zip(full_rows, labels[column])]) if cell] for column in range(width)
    ]
    result = []
    for parts in _changes_over_bases(_percents_of_changes(column_parts)):
        label = " ".join(parts)
        result.append(f"{prefix} {label}" if prefix and prefix not in label else label)
    narrower = [len(cells) for cells in rows if 1 < len(cells) < width and width % len(cells) == 0]
    spanning = [len(set(cells)) for cells in rows if len(cells) == width and 1 < len(set(cells)) < width]
    groups = narrower[0] if narrower else spanning[0] if spanning else len(_year_runs([[label] for label in result]))
    return tuple(result), groups


_LONE_PERCENT = re.compile(r"%\s*(?:\(\w\)|\*+)?")


def _percents_of_changes(column_parts: list[list[str]]) -> list[list[str]]:
    """Each column's header cells, a column headed "%" alone under the headings it shares with the change column on its
    left headed by that change too: a heading over the amount and percent of a change is printed over the amount only
    ("Fav (Unfav)" over "Amount | %", both under "Three Months Ended"; STAAR), and the percent is the change's, of no
    date of its own. Only where the two share every heading above their own last cell."""
    parts = [list(cells) for cells in column_parts]
    for column in range(1, len(parts)):
        left, own = parts[column - 1], parts[column]
        if not own or not _LONE_PERCENT.fullmatch(own[-1].strip()) or len(left) < len(own) + 1:
            continue
        shared = own[:-1]
        change = left[len(shared) : -1]
        if left[: len(shared)] == shared and change and CHANGE_COLUMN.search(" ".join(change)):
            parts[column] = [*shared, *change, own[-1]]
    return parts


# A change column's own heading that names only the basis of the change: "Current basis", "Like-for-like", "Organic"
_BASIS_HEADING = re.compile(
    r"(?:current|reported|actual|published)(?:\s+basis)?|like[- ]for[- ]like|lfl|organic(?:ally)?"
    r"|(?:at\s+|in\s+)?constant\s+(?:currency|currencies|exchange\s+rates?|fx)|cc|fx[- ]?neutral",
    re.IGNORECASE,
)


def _changes_over_bases(column_parts: list[list[str]]) -> list[list[str]]:
    """Each column's header cells, a column headed by a basis alone beside one headed by a change and its basis
    headed by that change too: a heading over the changes on two bases is printed over one of them by its position
    ("Change (%)" over "Current basis | Like-for-like", Gecina's gross rental income), and the other is no level."""
    parts = [list(cells) for cells in column_parts]
    # a heading cell spread over many columns is searched once (a caption over a row of thousands of pipe cells)
    changes_said: dict[str, bool] = {}

    def names_a_change(cell: str) -> bool:
        said = changes_said.get(cell)
        if said is None:
            said = changes_said[cell] = CHANGE_COLUMN.search(cell) is not None
        return said

    for column, own in enumerate(parts):
        said = next((k for k, cell in enumerate(own) if names_a_change(cell)), None)
        if said is None or not _BASIS_HEADING.fullmatch(" ".join(own[said + 1 :]).strip()):
            continue
        for beside in (column - 1, column + 1):
            theirs = parts[beside] if 0 <= beside < len(parts) else []
            if theirs and not any(names_a_change(cell) for cell in theirs) and _BASIS_HEADING.fullmatch(" ".join(theirs).strip()):
                parts[beside] = [*own[: said + 1], *theirs]
    return parts


_DATE_HEADING = re.compile(rf"{MONTH}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}", re.IGNORECASE)


def _stacked_dates(width: int, rows: list[list[str]]) -> list[list[str]]:
    """Header rows where the last ``width`` are one date each, stacked on lines of their own
    ("December 31, 2024" / "December 31, 2023" over two columns): one row of column headings."""
    if width < 2 or len(rows) < width:
        return rows
    last = rows[-width:]
    if all(len(cells) == 1 and _DATE_HEADING.fullmatch(cells[0].strip()) for cells in last):
        return [*rows[:-width], [cells[0] for cells in last]]
    return rows


_DANGLING_COMPARISON = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with))$", re.IGNORECASE)


def _comparisons_completed(width: int, rows: list[list[str]]) -> list[list[str]]:
    """Header rows where a comparison's heading wrapped after its "vs" is made whole: the row below holds what each
    is compared with, in order ("| 2Q'26 (USD) | 2Q'26 | YTD 26 | | Δ 2Q'26 vs | Δ YTD 26 vs |" over "| | 2Q'25 | YTD 25
    |"), each comparison heading as many columns as the row below has cells for it ("Δ Jun-26 vs" over "Jun-25 |
    Dec-25": two columns). Only when the completed row is as wide as the table; the rows as they are otherwise."""
    for at in range(len(rows) - 1):
        upper, lower = rows[at], rows[at + 1]
        dangling = [column for column, cell in enumerate(upper) if _DANGLING_COMPARISON.search(cell.strip())]
        if not dangling or len(lower) % len(dangling) or len(upper) - len(dangling) + len(lower) != width:
            continue
        each = len(lower) // len(dangling)
        completed: list[str] = []
        for column, cell in enumerate(upper):
            if column in dangling:
                first = dangling.index(column) * each
                completed += [f"{cell} {other}" for other in lower[first : first + each]]
            else:
                completed.append(cell)
        return [*rows[:at], completed, *rows[at + 2 :]]
    return rows


_PERIOD_CAPTION = re.compile(
    r"\b(?:weeks?|months?|quarters?|years?)\s+ended\b.*\b(?:19|20)\d{2}\b"
    rf"|^{QUARTER_ORDINAL}[- ]quarter\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{{2}}\b",  # "Fourth quarter 2024 segment ..."
    re.IGNORECASE,
)
# A heading line of its own that names one quarter of a year anywhere ("Business Outlook for Fiscal First
# Quarter of 2027" over "| GAAP | Non-GAAP (1)"): the period of columns whose headers name none
_PERIOD_TITLE = re.compile(
    rf"\b{QUARTER_ORDINAL}[- ]quarter\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{{2}}\b(?!.*\b(?:and|quarter|year|months)\b)"
    # "Full year 2027 outlook (estimated range)" two lines over Clorox's "Low | High"
    r"|^full[- ]year\s+(?:fiscal\s+)?(?:19|20)\d{2}\b(?!.*\b(?:and|quarter|months)\b)",
    re.IGNORECASE,
)
_MAX_TITLE = 100
_LENGTH_WORDS = re.compile(r"\b(?:months|weeks|quarters?|year|YTD)\b", re.I)
_LENGTH_COUNT = r"(three|six|nine|twelve|13|26|39|52)"  # of months or weeks: a column group's length
_TWO_LENGTHS = re.compile(rf"\b{_LENGTH_COUNT}\s+and\s+{_LENGTH_COUNT}\s+(months|weeks)\s+ended\b", re.I)


def _with_caption(columns: tuple[str, ...], groups: int, caption: str) -> tuple[str, ...]:
    """Columns told their period by a caption line: "during the three and six months ended
    December 31, 2005 and 2004" gives each of two column groups its length (or the second
    group, when the first names the caption's first length and the second none); a caption names
    the period of columns whose headers name no year."""
    lengths = _TWO_LENGTHS.search(caption)
    if lengths and groups == 2 and len(columns) % 2 == 0:
        half = len(columns) // 2
        named = [any(_LENGTH_WORDS.search(c) for c in columns[:half]), any(_LENGTH_WORDS.search(c) for c in columns[half:])]
        if not any(named):
            return tuple(
                f"{lengths.group(1 + (i >= half))} {lengths.group(3)} ended {column}" for i, column in enumerate(columns)
            )
        if named == [True, False] and lengths.group(1).lower() in " ".join(columns[:half]).lower():
            # the second group's heading cut short in the filing ("ed December 31,"): the caption's other length
            return (*columns[:half], *(f"{lengths.group(2)} {lengths.group(3)} ended {c}" for c in columns[half:]))
    if caption and not any(_YEAR_IN_LABEL.search(column) for column in columns):
        return tuple(f"{caption} {column}".strip() for column in columns)
    return columns


# a quarter and its year in two digits: "4Q21", "Q3'26"
_QUARTER_OF_A_YEAR = re.compile(r"\b[1-4]Q['’]?\d{2}\b|\bQ[1-4]\s?['’-]?\d{2}\b")


def _dated(columns: tuple[str, ...]) -> bool:
    """Whether every column heading names a year, or a quarter of one ("4Q21")."""
    return all(_YEAR_IN_LABEL.search(column) or _QUARTER_OF_A_YEAR.search(column) for column in columns)


def _figures_as_headings(columns: tuple[str, ...]) -> bool:
    """Whether every heading of a table holds a figure and none a period: a row of the table above read as
    its headings ("(4,316) (470)", "NT$2.15 NT$2.07"), not the quarters ("Q1 | Q2") of a table of its own. A unit
    split off the figure before it is that figure's: GE HealthCare's "98% | 134% | (36 | )pts" ("(36  )pts")."""
    return bool(columns) and any(any(character.isdigit() for character in column) for column in columns) and all(
        (any(character.isdigit() for character in column) or _UNIT_REMAINS.fullmatch(column.strip()))
        and not _PERIOD_WORDS.search(column) and not _DATE_HEADING.search(column)
        for column in columns
    )


# what is left of a figure's cell split off it: its unit ("(36  )pts"), or the direction of a change printed under its
# points ("70 bps" over "24.8 %  24.1 %  increase": Taylor Morrison's margin row, the direction on the line below)
_UNIT_REMAINS = re.compile(r"\)?\s*(?:pts?|bps|%|x)|increase|decrease", re.IGNORECASE)


_LENGTH_ENDED = rf"{_LENGTH_COUNT}\s+(?:months|weeks)\s+ended"
_CORNER_LENGTH = re.compile(rf"\b{_LENGTH_ENDED}\b", re.IGNORECASE)
# two headings of column groups run into one line, each with its date but no year: "Three Months Ended December 31,
# Twelve Months Ended December 31," (the years follow, one per column: "2024 2023 2024 2023")
_TWO_GROUP_HEADINGS = re.compile(
    rf"\b(?P<first>{_LENGTH_ENDED}\s+{MONTH_WORD}\.?\s+\d{{1,2}},?)\s+(?P<second>{_LENGTH_ENDED}\s+{MONTH_WORD}\.?\s+\d{{1,2}},?)(?=\s)",
    re.IGNORECASE,
)


def _lengths_in_order(columns: tuple[str, ...], groups: int) -> tuple[str, ...]:
    """Columns of two groups under one heading line that names both groups' periods in order (``_TWO_GROUP_HEADINGS``):
    the first heading is the first group's, the second the second's, as a caption of "three and twelve months ended"
    gives them (``_with_caption``). Only where every column holds the same two headings and the groups are even halves."""
    if groups != 2 or len(columns) % 2 or not columns:
        return columns
    found = [_TWO_GROUP_HEADINGS.search(column) for column in columns]
    if any(match is None for match in found) or len({match.group(0) for match in found if match}) != 1:
        return columns
    half = len(columns) // 2
    return tuple(
        f"{column[: match.start()]}{match.group('first' if at < half else 'second')}{column[match.end() :]}"
        for at, (column, match) in enumerate(zip(columns, found))
        if match is not None
    )


_HEADING_WORD = re.compile(r"\w+")


def _headings_said_above(columns: tuple[str, ...], above: tuple[str, ...]) -> bool:
    """Whether headings that name no period (but a change's: "Year/Year Change") each say only words of the heading
    above them, column by column: a table's sub-headings reprinted where its rows go on ("Units | Revenue" under "Q2
    2012 Mac Units | Q2 2012 Revenue"). Headings of their own ("Segment Revenue | Operating Margin") say other words."""
    return (
        any(columns) and not any(_PERIOD_WORDS.search(column) for column in columns if not CHANGE_COLUMN.search(column))
        and all(
            set(_HEADING_WORD.findall(column.lower())) <= set(_HEADING_WORD.findall(heading.lower()))
            for column, heading in zip(columns, above)
        )
    )  # fmt: skip


_SECTION_LABEL = re.compile(r"[^|:]+:[\s|]*")


def _section_label_only(columns: tuple[str, ...]) -> bool:
    """Whether every column heading is one section label, that of the rows below ("Current liabilities: |"): it heads
    no column."""
    return len(set(columns)) == 1 and _SECTION_LABEL.fullmatch(columns[0].strip()) is not None


def _row_read_as_headings(text: str, header_lines: list[_Line], width: int) -> Row | None:
    """The row that a lone tab header line is, its label and one figure for each of ``width`` columns after a section
    label: Citizens' "Financial Metrics | Diluted EPS | $1.17 | $1.18 | $0.99" below the balance sheet's rows, under
    "4Q21 | 3Q21 | 4Q20" (None for any other header)."""
    if len(header_lines) != 1 or not header_lines[0].separated or len(header_lines[0].cells) < width + 1:
        return None
    line = header_lines[0]
    *words, label = line.cells[: -width]
    figures = line.cells[-width:]
    if any(any(c.isdigit() for c in text[a:b]) for a, b in (*words, label)) or not all(is_value_cell(text[a:b]) for a, b in figures):
        return None
    cells = tuple(Cell(Span(a, b), text[a:b]) for a, b in figures)
    return Row(Span(label[0], line.end), " ".join(text[label[0] : label[1]].split()), Span(*label), cells)


def _scale_caption_only(columns: tuple[str, ...]) -> bool:
    """Whether every column heading is one scale caption in parentheses, that of the rows below ("($s in billions)"
    beside the section label "Balance Sheet & Credit Quality"): it heads no column."""
    return len(set(columns)) == 1 and _CAPTION_LINE.fullmatch(columns[0].strip()) is not None and _SCALE_CAPTION.search(columns[0]) is not None


def _one_period(columns: tuple[str, ...]) -> bool:
    """True when a table's columns are all one heading that names a period ("Q2 2026 Financial Summary Second Quarter")."""
    return len(set(columns)) == 1 and bool(_PERIOD_WORDS.search(columns[0]))


def _period_caption(text: str, lines: _Lines, first: int, floor: int) -> str:
    """A line just above a table that says its period ("segment detail for the 13 weeks
    ended June 28, 2003"), for tables whose column headers name none."""
    for line in lines[max(floor, first - 5) : first][::-1]:
        words = text[line.start : line.end].strip()
        if line.kind in ("label", "prose") and _PERIOD_CAPTION.search(words) and len(words) <= 200:
            return words.lstrip("*† ")
        title = " ".join(words.replace("|", " ").split()).lstrip("*† ")  # "Business Outlook for ... | | |"
        if line.kind == "label" and len(title) <= _MAX_TITLE and _PERIOD_TITLE.search(title) and " and " not in title:
            return title
    return ""


def _label_column(text: str, line: _Line) -> _LabelColumn:
    """Where the row labels of a table stand, from its first data row."""
    values = line.values
    return _LabelColumn(values[0][0] - line.start if values else None, line.separators_before(text) if line.label else 0)


_MOST_BODY_LABELS = 64  # label lines taken into a table's body above its first data row, at most


def _header_lines(
    text: str, lines: _Lines, first_data: int, floor: int, vertical: bool, limit: int
) -> tuple[int, list[_Line]]:
    """The first line of a table's body and the header lines above it.

    Up to two section labels ("Revenues:") may sit between the headers and the
    first data row; they belong to the body.
    """
    first, header_lines = first_data, cast("list[_Line]", [])
    cursor, blanks = first_data - 1, 0
    data = lines[first_data]
    # in a fixed-width table, a line that starts over the value columns is a piece of their header
    over_values = data.values[0][0] - data.start - 2 if data.values and not data.separated and not vertical else None
    # rows set apart by blank lines (a converter's one row per block): so are their headers
    # (the row after may be a section label of the same layout: "Adjustments for: | | | | |")
    spaced = (
        first_data + 2 < len(lines)
        and lines[first_data + 1].kind == "blank"
        and (lines[first_data + 2].kind == "data" or (data.separated and lines[first_data + 2].separated))
    )
    open_caption = False  # inside a parenthesised caption wrapped over the label column, reading upwards
    rules = 0  # lines of dashes (or empty pipe rows) passed since the body's first line
    while cursor >= floor and len(header_lines) < limit:
        candidate = lines[cursor]
        if candidate.kind == "rule":  # a line of dashes between headers and rows counts for nothing
            cursor, rules = cursor - 1, rules + 1
            continue
        if candidate.kind == "blank":
            blanks += 1
            if blanks > (3 if vertical else 1 + spaced):
                break
        elif _is_header(candidate, text) or (
            vertical and candidate.kind == "value" and _year_or_sign(text[candidate.start : candidate.end].strip())
        ) or (
            vertical
            and candidate.kind == "label"
            and len(candidate) <= _MAX_VERTICAL_HEADER
            and not _SCALE_CAPTION.search(text[candidate.start : candidate.end])
            and not _TITLE.search(text[candidate.start : candidate.end])
            and not text[candidate.start : candidate.end].rstrip().endswith(":")  # a section label
        ) or _is_header_fragment(text, lines, cursor, floor) or (
            # "| 2026 | | | |" over "Net income attributable to common stockholders | $ | 1,061,890 | | |": a table of
            # one column's year, its heading ("| Three Months Ended June 30, | | |") on the line above; a lone year
            # read as a value headed nothing, and the column was unread (Palantir's reconciliations)
            not vertical and candidate.kind == "value" and candidate.separated
            and is_year_cell(text[candidate.cells[0][0] : candidate.cells[0][1]])
        ) or (
            over_values is not None
            and candidate.kind == "label"
            and not candidate.separated
            and candidate.cells[0][0] - candidate.start >= over_values
        ):
            header_lines.insert(0, candidate)
            blanks = 0
            label = text[candidate.label[0] : candidate.label[1]] if candidate.label else ""
            open_caption = label.count(")") > label.count("(")
        elif (
            candidate.kind == "label" and not header_lines and first - cursor - rules <= 2 + 2 * spaced
            and (spaced or not blanks) and first_data - cursor <= _MOST_BODY_LABELS
        ):  # fmt: skip
            first, blanks, rules = cursor, 0, 0
        elif not header_lines and first == first_data and cursor == first_data - 1 and _side_panel_line(text, candidate):
            blanks = 0  # a side panel's text run into the line over the first row: no heading, no row
        elif vertical and candidate.kind == "label" and not header_lines and text[candidate.start : candidate.end].rstrip().endswith(":"):
            first, blanks = cursor, 0  # a section label over one-cell-per-line rows belongs to the body
        elif open_caption and candidate.kind == "label" and not candidate.separated:
            # "(In dollars, except" / "shares outstanding" / "presented in millions)   2024   2023": a caption
            # wrapped over the label column, up to the line that opens its parenthesis
            words = text[candidate.start : candidate.end]
            open_caption, blanks = words.count("(") <= words.count(")"), 0
        elif (
            over_values is not None
            and candidate.kind == "label"
            and header_lines
            and header_lines[0].label is not None
            and header_lines[0].label[0] == header_lines[0].start
            and candidate.cells[0][0] == candidate.start
            and candidate.end - candidate.start < over_values
        ):
            # "Financial &" over "Operating   Container  Drybulk" over "Metrics   Vessels ...": the label
            # column's heading wrapped over lines of its own, within the header
            header_lines.insert(0, candidate)
            blanks = 0
        elif candidate.kind == "label" and (
            _SCALE_CAPTION.search(text[candidate.start : candidate.end])
            or (header_lines and _CAPTION_LINE.fullmatch(text[candidate.start : candidate.end].strip(" |")))
        ):
            blanks = 0  # a caption among the headings ("U.S. dollars in thousands", "(Unaudited)") is of the header
        else:
            break
        cursor -= 1
    while vertical and header_lines and _SIGN_CELL.fullmatch(text[header_lines[0].start : header_lines[0].end].strip()):
        header_lines.pop(0)  # signs that no heading stands above: the last cells of the rows above, not a header's
    return first, header_lines


_PANEL_TEXT = 200  # the characters a side panel's cell holds, at least
_PANEL_CELL = 40  # the characters each of the line's other cells holds, at most


def _side_panel_line(text: str, line: _Line) -> bool:
    """A tab line of a table's own short words (a section label, a scale caption) and a long cell of prose after them:
    the text of a side panel an HTML table sets beside its rows, run into the line above the first row (Citizens'
    "Income Statement | ($s in millions) | ■Underlying ROTCE of 14.6% and ...", under "| Key Financial Data | 4Q21 |
    3Q21 | 4Q20 | Fourth Quarter 2021 Highlights")."""
    if line.kind != "prose" or not line.separated or len(line.cells) < 2:
        return False
    *own, (start, end) = line.cells
    return end - start >= _PANEL_TEXT and all(b - a <= _PANEL_CELL and not any(c.isdigit() for c in text[a:b]) for a, b in own)


def _year_or_sign(cell: str) -> bool:
    """A year, or a unit's sign alone heading a column of changes beside the years ("2025" / "2024" / "$" / "%")."""
    return is_year_cell(cell) or _SIGN_CELL.fullmatch(cell) is not None


def _is_header_fragment(text: str, lines: _Lines, index: int, floor: int) -> bool:
    """A short label line that continues a header cell wrapped onto lines of its own."""
    line = lines[index]
    if not _is_fragment(text, line):
        return False
    for above in lines[max(floor, index - 3) : index][::-1]:
        if above.kind == "header" and len(above.cells) > 1:
            # not a label at the line's start where the headings above leave the label column empty:
            # "\tYEAR ENDED\t..." over "INVESTMENT BANKING", "   Dec. 31   Sep. 30" over "Total net" / " revenues"
            # head or label the rows below (but a pipe cell wraps onto lines of its own)
            return not (
                line.cells[0][0] == line.start and above.cells[0][0] > above.start and text[above.start] not in "|"
            )

        if above.kind != "label" or len(above) > _MAX_FRAGMENT:
            return False
    return False


def _is_fragment(text: str, line: _Line) -> bool:
    """A short label line that is a piece of a wrapped header cell, not a section label nor a
    caption in parentheses of its own ("(Unaudited)")."""
    words = text[line.start : line.end]
    return (
        line.kind == "label"
        and len(line) <= _MAX_FRAGMENT
        and not _PERIOD_WORDS.search(words)
        and not metrics_in(words)
        and not _CAPTION_LINE.fullmatch(words.strip(" |"))
    )


_DAY_HEADING = re.compile(rf"{MONTH_WORD}\.?\s+\d{{1,2}},?", re.IGNORECASE)
_CAPTION_LINE = re.compile(r"\([^()]*\)")


_MONTH_WORD = re.compile(MONTH_WORD, re.IGNORECASE)  # "Sept.", not the "Dec" of "Decrease"


def _header_cell_kind(cell: str) -> str:
    if is_year_cell(cell):
        return "year"
    if CHANGE_COLUMN.search(cell) and not _YEAR_IN_LABEL.search(cell):
        return "change"  # "Increase/(Decrease)", "% Change": no month in "Dec"
    if _LENGTH_WORDS.search(cell):
        return "length"
    return "date" if _MONTH_WORD.search(cell) else "other"


_PERIOD_KINDS = frozenset({"year", "length", "date"})
_SIGN_CELL = re.compile(r"[$%€£¥]")  # a unit's sign alone: the heading of a column of changes in dollars or percent


def _vertical_header_rows(cells: list[str]) -> list[list[str]]:
    """Header cells printed one per line, back in rows: a run of cells of one kind ("Three
    Months Ended" / "Nine Months Ended", then "September 30," twice, then the years) is a row;
    dates that each carry their year ("Sep. 30," / "2024" / "Dec. 31," / "2023") are one row;
    words below the years ("Assets") head the rows, not the columns. A change heading right
    after a run of periods is that row's last column group ("Nine Months Ended September
    30,2025" / "Nine Months Ended September 30,2024" / "Increase/(Decrease)"), not a row of
    its own over every column."""
    kinds = [_header_cell_kind(cell) for cell in cells]
    pairs = len(cells) // 2
    if pairs >= 2 and kinds == ["date", "year"] * pairs:  # "Sep. 30," / "2024" / "Dec. 31," / "2023"
        return [[f"{cells[i]} {cells[i + 1]}" for i in range(0, len(cells), 2)]]
    rows: list[list[str]] = []
    previous = None
    last_years = -1
    for cell in cells:
        kind = _header_cell_kind(cell)
        # a change heading beside one period heading is the next group of its row: "For the Nine Months Ended
        # September 30," / "Change" over "2025" / "2024" / "$" / "%"; and the unit signs after the years head
        # the change group's columns of that row of years
        closes_periods = kind == "change" and previous in _PERIOD_KINDS and (len(rows[-1]) > 1 or previous == "length")
        signs_after_years = previous in ("year", "sign") and kind == "other" and _SIGN_CELL.fullmatch(cell.strip()) is not None
        if signs_after_years:
            kind = "sign"
        if (kind != previous or kind in ("other", "change")) and not closes_periods and not signs_after_years:
            rows.append([])
        rows[-1].append(cell)
        if kind == "year":
            last_years = len(rows) - 1
        previous = kind
    if last_years >= 0 and all(_header_cell_kind(c) == "other" for row in rows[last_years + 1 :] for c in row):
        return rows[: last_years + 1]  # the years close the header: "Assets" below them heads the rows
    return rows


def _aligned_cells(line: str, width: int) -> tuple[str, list[str]] | None:
    """The row-label cell and one heading per value column of a header line laid out on the
    columns (``html_text`` writes a heading in the first column it spans and an empty cell
    for each further one: "\tThree Months Ended\t\t\t% Change"); None for any other line.

    An empty cell after a heading is that heading's span; empty cells before the first
    heading are columns it does not head; the last heading spans to the last column.
    """
    label, *slots = line.split("\t")
    if "" not in slots or len(slots) > width or not any(slots):
        return None
    cells, current = [], ""
    for slot in slots:
        current = slot.strip() or current
        cells.append(current)
    return label.strip(), cells + [current] * (width - len(cells))


def _ranges_under_headings(text: str, header_lines: list[_Line], ranges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """For each of a fixed-width table's header lines, where its columns stand (``ranges``, of the rows' cells) widened
    by the headings of the lines below it that each stand over one column: Gecina's "Change (%)", centred in the gap
    between "+6.1%" and "+6.6%", overlaps the "Current basis" and "Like-for-like" below it, and heads both; by the
    numbers alone it touched the first only. A heading over two columns or none widens nothing, nor one that would
    make a column run into the next."""
    widened = list(ranges)
    result = [widened]
    for line in reversed(header_lines[1:]):
        if not line.separated:
            for a, b in line.cells:
                start, end = a - line.start, b - line.start
                over = [column for column, (first, last) in enumerate(widened) if first < end and start < last]
                if len(over) != 1:
                    continue
                column = over[0]
                first, last = min(widened[column][0], start), max(widened[column][1], end)
                if (column and widened[column - 1][1] > first) or (column + 1 < len(widened) and widened[column + 1][0] < last):
                    continue
                widened = [*widened[:column], (first, last), *widened[column + 1 :]]
        result.append(widened)
    return result[::-1]


def _header_rows(
    text: str,
    header_lines: list[_Line],
    label_column: _LabelColumn,
    width: int,
    ranges: list[tuple[int, int]] | None = None,
    headers: Mapping[str, HeaderCells] | None = None,
) -> tuple[list[list[str]], str]:
    """Header lines as logical rows, and the words over the row-label column that name a period.

    A line whose grid cells the HTML reading kept (``headers``, by the line's text) has the
    headings over its columns from there, when they are as many as the table's columns.
    A fragment line, and the first cell of the line after it, continue the last cell of the
    row above ("Inc/ (Dec)" / "Excluding" / "Currency" / "Translation | 2026 | ...")."""
    rows: list[list[str]] = []
    prefix: list[str] = []
    corner: list[str] = []  # the words over the label column of a fixed-width header, line by line
    continuing = False
    previous: _Line | None = None  # the header line before, whose last pipe cell may go on in this line
    heading_ranges = _ranges_under_headings(text, header_lines, ranges) if ranges else []
    for index, line in enumerate(header_lines):
        grid = headers.get(text[line.start : line.end]) if headers else None
        if grid is not None and len(grid.headings) == width:
            if _PERIOD_WORDS.search(grid.label):
                prefix.append(grid.label)
            rows.append(list(grid.headings))
            continuing = False
            continue
        placed = _placed_cells(text, line, heading_ranges[index]) if ranges and not line.separated else None
        if placed is not None:
            label, cells = placed
            corner.append(label)
            if label and _PERIOD_WORDS.search(label):
                prefix.append(label)
            if any(cells):
                rows.append(cells)
            continuing = False
            continue
        aligned = _aligned_cells(text[line.start : line.end], width) if line.separated else None
        if aligned is not None:
            label, cells = aligned
            if _PERIOD_WORDS.search(label):
                prefix.append(label)
            rows.append(cells)
            continuing = False
            continue
        cells = [text[a:b] for a, b in line.cells if not is_placeholder_cell(text[a:b])]
        if not cells:
            continue
        fragment = _is_fragment(text, line)
        # a year heads a column of its own: "| Nine months ended |" / "| July 31, |" / "| 2026 | | 2025 |"
        if continuing and not fragment and is_year_cell(cells[0].strip()):
            continuing = False
        if rows and previous is not None and _cell_left_open(text, previous, line):
            continuing = True
        previous = line
        if rows and (fragment or continuing):
            rows[-1][-1] = f"{rows[-1][-1]} {cells[0]}"
            rows[-1].extend(cells[1:])
            continuing = fragment
            continue
        # a tab row as wide as the table whose cells are all of a kind ("January 25, | January 26,")
        # is all columns, wherever its first cell stands; aligned spaces say where the label column ends
        all_columns = line.separated and len(cells) == width and len({_header_cell_kind(c) for c in cells}) == 1
        if len(cells) > 1 and not all_columns and line.starts_in_label_column(text, label_column):
            if _PERIOD_WORDS.search(cells[0]) or _names_the_rows_metric(cells[0]):
                prefix.append(cells[0])
            cells = cells[1:]
        rows.append(cells)
        continuing = False
    said = _corner_period(" ".join(label for label in corner if label))
    if said:  # in place of the corner's lines that name a period, each short of the length
        prefix = [*(words for words in prefix if words not in corner), said]
    return rows, " ".join(prefix)


def _cell_left_open(text: str, above: _Line, line: _Line) -> bool:
    """Whether ``line`` goes on with the last cell of the pipe line ``above``: a cell that holds a line break, its
    line ending before the cell's closing pipe and the next line starting inside it ("(in billions) | Three months
    ended" / "June 30, 2026 | | | | Six months ended" / "June 30, 2026 | | | |": two headings, "Three months ended
    June 30, 2026" and "Six months ended June 30, 2026"; Venture Global)."""
    above_words, words = text[above.start : above.end].strip(), text[line.start : line.end].strip()
    return "|" in above_words and "|" in words and not above_words.endswith("|") and not words.startswith("|")


def _corner_period(corner: str) -> str:
    """The period a fixed-width table's corner caption says, wrapped over lines of its own, from its length on: "Three
    Months Ended December 31, 2024 and 2023 (in millions)" of "Net Revenue by" / "Revenue" / "Caption Three" / "Months
    Ended" / "December 31," / "2024 and 2023" / "(in millions)" (a line alone says "Months Ended", no length). Empty
    when the caption says no length."""
    said = _CORNER_LENGTH.search(corner)
    return corner[said.start() :] if said else ""


def _names_the_rows_metric(corner: str) -> bool:
    """A heading over the row labels that names the sales every row breaks down: "Revenue ($ in
    millions)" over "Datacenter | Edge | Consumer". Other words there name a section ("ASSETS",
    "Cash Generation") or a caption ("per share data"), not each row's measure."""
    named = {metric for _, metric in metrics_in(corner)}
    return len(corner) <= _MAX_CORNER and bool(named) and named <= _SALES and "share" not in corner.lower()


_MAX_CORNER = 30  # "Revenue ($ in millions)"; a longer heading there is a title or a caption
_SALES = frozenset({"revenue", "segment_revenue"})


def _row_span(start: int, end: int, label_span: Span | None, cells: tuple[Cell, ...]) -> Span:
    """``Span(start, end)``, its ends the very numbers its label's start and its last cell's end hold
    when they are the same offsets: an offset past 256 is an object of 28 bytes, and a table of a
    million rows holds each row's ends as long as its figures."""
    if label_span is not None and label_span.start == start:
        start = label_span.start
    if cells and cells[-1].span.end == end:
        end = cells[-1].span.end
    return _new_tuple(Span, (start, end))


def _vertical_row(text: str, lines: _Lines, index: int, count: int, section: str) -> Row:
    label_line = lines[index]
    value_cells = [cell for line in lines[index + 1 : index + count] for cell in line.cells]
    groups = group_pieces([text[a:b] for a, b in value_cells])
    spans = [Span(value_cells[g[0]][0], value_cells[g[-1]][1]) for g in groups]
    label_span = Span(*label_line.cells[0])
    return Row(
        Span(label_line.start, lines[index + count - 1].end),
        label_span.of(text),
        label_span,
        tuple(Cell(span, shared_text(text, *span)) for span in spans),
        section,
    )


def _value_positions(text: str, line: _Line) -> tuple[int, ...]:
    """Each value cell's column in a labelled row laid out on the columns with empty cells
    ("Diluted\t$1.16\t\t$1.37": columns 0 and 2); empty when the row has no empty cell."""
    assert line.label is not None
    after_label = text[line.label[1] : line.end]
    if "\t\t" not in after_label or "|" in after_label:
        return ()
    positions, tabs, previous = [], 0, line.label[1]
    for start, end in line.values:  # one pass over the line: a row of thousands of cells stays linear
        tabs += text.count("\t", previous, start)
        positions.append(tabs - 1)
        previous = end
    return tuple(positions)


_MONTH_AT_END = re.compile(rf"\b{MONTH}[a-z]*\.?$", re.IGNORECASE)
_DAY_AND_YEAR = re.compile(r"\d{1,2},?\s+(?:19|20)\d{2}\b")
_DANGLING_WORD = re.compile(r"(?:\b(?:to|of|and|or|from|for|in|on|by|the|before|after|per|with|less)|&)$", re.IGNORECASE)
# a label of nothing but asides, a unit or a footnote's mark, which names no row alone: " (MT)(3)   25.1"
_ASIDES_ONLY = re.compile(r"\s*(?:\([^()]*\)\s*)+")


def _label_goes_on(label: str, indent: int, wrap_indent: int, above: str) -> bool:
    """True when a line's label goes on the label ``above`` it: it starts in lower case ("(income)
    costs" too), the label above ends on a word that needs more ("Net income attributable to" /
    " GE HealthCare   720", "- Paris CBD &" / "  5-6-7   193.3"), it is nothing but asides ("Production volume" /
    " (MT)(3)   25.1"), or it is indented as that label's last continuation ("Net income
    (loss)" / " attributable to Green" / " Plains   $(54,935)"), or, indented, it completes a
    metric's name with it ("Adjusted Net" / " Income"); never the label of a heading that ends
    with a colon."""
    if above.rstrip().endswith(":"):  # "Profit for the period attributable to:" heads the lines below
        return False
    if label.lstrip("(")[:1].islower() or indent == wrap_indent or _DANGLING_WORD.search(above.rstrip()) is not None:
        return True
    if _ASIDES_ONLY.fullmatch(label):  # "Production volume" / " (MT)(3)   25.1"
        return True
    if _MONTH_AT_END.search(above.rstrip()) and _DAY_AND_YEAR.match(label.strip()):
        return True  # a date wrapped after its month: "Net sales December" / " 31, 2024   $ 398.0"
    return indent > 0 and _names_more_joined(above, label)


def _names_more_joined(above: str, label: str) -> bool:
    """An indented line that completes a metric's name with the label above: "Adjusted Net" /
    " Income" names adjusted net income, which neither line names alone."""
    joined = {metric for _, metric in metrics_in(f"{above.strip()} {label.strip()}")}
    alone = {metric for _, metric in metrics_in(above)} | {metric for _, metric in metrics_in(label)}
    return bool(joined - alone)


_WHOSE_HEADING = re.compile(r"\s*attributable\s+to\b", re.IGNORECASE)


def _section(heading: str, rows: Sequence[Row]) -> str:
    """The section a label line heads. A heading that only says whose ("Attributable to:", over
    "Ordinary shareholders" / "Non-controlling interests") goes on the line item above it."""
    if rows and rows[-1].label and _WHOSE_HEADING.match(heading):
        return f"{rows[-1].label} {heading}"
    return heading


def _outer_section(section: str, outer: str) -> str:
    """The section a colon opened ("Net Revenue:") once ``section`` begins: ``section`` if it ends on a colon, else the
    one opened before, which a heading with no colon under it ("Client and Gaming Segment") does not end for good."""
    return section if section.rstrip().endswith(":") else outer


def _run_on_rows_apart(rows: list[Row], width: int) -> list[Row]:
    """A table printed one cell a line: a row of two or more times the table's width is its own cells
    and those of unlabelled rows run on below it ("General and administrative" / 1,241 / 1,652 / 3,785
    / 4,562 / then the total 8,643 / 8,600 / 19,890 / 19,049, no label of its own): each width of
    cells a row, the later ones with no label."""
    apart: list[Row] = []
    for row in rows:
        if len(row.cells) <= width or len(row.cells) % width:
            apart.append(row)
            continue
        for start in range(0, len(row.cells), width):
            cells = row.cells[start : start + width]
            span = Span(row.span.start if not start else cells[0].span.start, cells[-1].span.end)
            apart.append(Row(span, row.label, row.label_span, cells, row.section) if not start else Row(span, "", None, cells, row.section))
    return apart


def _build_rows(text: str, lines: _Lines, first: int, last: int) -> list[Row] | CompactRows:
    """The rows of lines ``first..last``, with wrapped labels joined and sections tracked.

    A label line that starts in lower case continues the label line above it, and so do the
    lines indented as that continuation was (a fixed-width label wrapped over three lines); a
    data row without a label takes the label line just above it; a label line that no data row
    continues becomes the section of the rows below it.

    A table of rows is read into the memory its rows' objects let go (issue 13). Made one by one among the spans,
    labels and ints they keep, each row's own objects (the row, its tuple of cells, its cells, its label's span) were
    let go once its figures were read (``compact_rows.compact_tables``) among those that stay, and their memory served
    only what was made after them of the same sizes. Past ``_ROWS_BUILT_WHOLE`` rows, they are held by column as they
    are built and returned so (``CompactRows``), each row's own objects let go before the next row's are made, to be
    made whole again in one pass, apart from what stays: let go, they leave whole pools of the allocator free.
    """
    label_span: Span | None
    rows: list[Row] | CompactRows = []
    section = spaced_section = even_section = ""
    outer = ""  # the section a colon opened, that a heading of its part does not end ("Net Revenue:")
    pending: Span | None = None
    previous_kind = "blank"
    wrap_indent = -1  # the indent of a fixed-width label's continuation lines, once one is seen
    index = first
    while index <= last:
        if isinstance(rows, list) and len(rows) > _ROWS_BUILT_WHOLE:
            rows = CompactRows(rows)
        line = lines[index]
        indent = line.first_cell_start - line.start if line.has_cells and not line.separated else -2
        if line.kind == "label":
            vertical = _vertical_rows(lines, index)
            if vertical:
                if pending:
                    section = _section(pending.of(text), rows)
                    outer = _outer_section(section, outer)
                rows.append(_vertical_row(text, lines, index, vertical, section))
                section, outer = _after_a_row(section, outer, rows[-1].label)
                index += vertical
                pending, previous_kind = None, "data"
                continue
            label_span = Span(*line.cells[0])
            if pending and previous_kind == "label" and _label_goes_on(label_span.of(text), indent, wrap_indent, pending.of(text)):
                pending = Span(pending.start, label_span.end)
                wrap_indent = indent
            else:
                wrap_indent = -1
                if pending:
                    section = _section(pending.of(text), rows)
                    outer = _outer_section(section, outer)
                pending = label_span
        elif line.kind == "data":
            label_span = Span(*line.label) if line.label else None
            label = label_span.of(text) if label_span else ""
            if pending and label_span and previous_kind == "label" and _label_goes_on(label, indent, wrap_indent, pending.of(text)):
                label_span = Span(pending.start, label_span.end)
                label = " ".join(label_span.of(text).split())
            elif pending and not label_span and previous_kind == "label" and not pending.of(text).endswith(":"):
                label_span, label = pending, pending.of(text)  # a label on its own line above its numbers
            elif pending:
                section = _section(pending.of(text), rows)
                outer = _outer_section(section, outer)
            cells = line.value_cells(text, keep=isinstance(rows, list))
            positions = _value_positions(text, line) if line.separated and line.label else ()
            if section is not spaced_section:  # a section heads many rows: its spaces evened once
                spaced_section, even_section = section, " ".join(section.split())
            rows.append(Row(_row_span(line.start, line.end, label_span, cells), label, label_span, cells, even_section, positions))
            section, outer = _after_a_row(section, outer, label)
            pending, wrap_indent = None, -1
        elif line.kind == "rule" and pending and previous_kind == "label":
            # a label line underlined is a heading ("Reconciliation of / Income Tax Rate to /
            # Non-GAAP / -----"): the label below starts afresh, however it is indented
            section, pending, wrap_indent = _section(pending.of(text), rows), None, -1
            outer = _outer_section(section, outer)
        if line.kind not in ("blank", "rule"):
            previous_kind = line.kind
        index += 1
    return rows


# A table of more rows than this is built by column and made whole after (``_build_rows``): ~5 us more a row
_ROWS_BUILT_WHOLE = 2048

_TOTAL_ROW = re.compile(r"\s*total\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_FILLER_WORDS = frozenset({"and", "of", "the", "for", "in", "segment", "segments"})


def _after_a_row(section: str, outer: str, label: str) -> tuple[str, str]:
    """The section, and the one a colon opened (``_outer_section``), of the rows after the row ``label``: a total that
    closes a heading under that section returns to it (AMD's "Total Client and Gaming" under "Net Revenue:" / "Client
    and Gaming Segment": the "Embedded Segment" row after it is revenue), one that closes the section to none."""
    if not _closes_section(section, label):
        return section, outer
    return (outer, outer) if outer and section != outer else ("", "")


def _closes_section(section: str, label: str) -> bool:
    """A total row that names its section's words ends the section: the rows after "Total net
    revenues" under "REVENUES" ("Provision for credit losses") are no revenue."""
    if not section or not _TOTAL_ROW.match(label):
        return False
    said = _WORD.findall(label.lower())
    return all(any(word.startswith(part) for word in said) for part in set(_WORD.findall(section.lower())) - _FILLER_WORDS)


def _is_year_row(text: str, lines: _Lines, index: int) -> bool:
    """A label followed by one year per line ("September 30," / "2024" / "2023"): column headers."""
    values = [text[lines[i].start : lines[i].end].strip() for i in range(index + 1, index + _vertical_rows(lines, index))
              if lines[i].kind == "value"]  # fmt: skip
    # the signs that head a change group's columns beside the years ("Change" / "2025" / "2024" / "$" / "%")
    return any(is_year_cell(value) for value in values) and all(_year_or_sign(value) for value in values)


def _table_end(lines: _Lines, start: int, text: str) -> int:
    """Index of the last line of the table whose first data row is ``start``."""
    last = start + max(0, _vertical_rows(lines, start) - 1)
    label_column = _label_column(text, lines[start])
    index = last + 1
    while index < len(lines):
        line = lines[index]
        if line.kind == "data" or (line.kind == "label" and _vertical_rows(lines, index)):
            last = index + max(0, _vertical_rows(lines, index) - 1) if line.kind == "label" else index
            index = last + 1
            continue
        if line.kind in ("blank", "rule", "label", "value"):
            ahead = index
            while (
                ahead < len(lines)
                and ahead - index < _LOOKAHEAD
                and lines[ahead].kind in ("blank", "rule", "label")
                and not (lines[ahead].kind == "label" and _vertical_rows(lines, ahead))
                and not _underlined_heading(text, lines, ahead, label_column)
            ):
                ahead += 1
            if ahead < len(lines) and ahead - index < _LOOKAHEAD and (
                lines[ahead].kind == "data" or (lines[ahead].kind == "label" and _vertical_rows(lines, ahead))
            ):
                index = ahead
                continue
        break
    return last


def _underlined_heading(text: str, lines: _Lines, index: int, label_column: _LabelColumn) -> bool:
    """A heading over a table's value columns with a rule right under it, among the lines between its rows: Ryder's
    outlook prints "First Quarter 2025" / "------" over the quarter's rows below the year's ("Full Year 2025"). The
    rows below it are a table of their own under that heading; read on, they were the year's."""
    line = lines[index]
    if line.kind != "label" or line.separated or not line.cells or label_column.first_value is None:
        return False
    if index + 1 >= len(lines) or lines[index + 1].kind != "rule":
        return False
    # centred over the values: it reaches their column, and stands well right of where the row labels start
    first, last = line.cells[0][0] - line.start, line.cells[-1][1] - line.start
    return last > label_column.first_value and 2 * first > label_column.first_value


_LENGTH_COUNT_CELL = re.compile(r"3|6|9|12|13|14|16|24|26|39|40|52|53")  # months or weeks a column may span
_MONTHS_OR_WEEKS = re.compile(r"\b(?:months|weeks)\b", re.IGNORECASE)


class _Lines:
    """The text's lines, each classified when first looked at and forgotten once the reading is
    well past it, unless a table is being read (``hold``): a line object for each of millions of
    short lines would hold hundreds of bytes per byte of input. Only the line starts are kept for
    all lines (8 bytes each)."""

    _KEEP = 4096  # lines kept behind the furthest one looked at; any line forgotten is read again if asked for

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q", [0])
        self.starts.extend(match.end() for match in _NEWLINE.finditer(text))
        self._read: dict[int, _Line] = {}
        self._furthest = 0
        self._holding = False  # True while a table is read: no line is forgotten
        # while a table is read, the lines read in order after the furthest one before: a list from ``_held_from``,
        # not entries of ``_read``, whose key is an int object of 32 bytes for each line, let go with the lines among
        # the ints a table's rows keep, where their memory served nothing after (~26 MiB of 25 MiB of table rows)
        self._held: list[_Line] | None = None
        self._held_from = 0

    def __len__(self) -> int:
        return len(self.starts)

    def end(self, index: int) -> int:
        return self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)

    @overload
    def __getitem__(self, index: int) -> _Line: ...
    @overload
    def __getitem__(self, index: slice) -> list[_Line]: ...
    def __getitem__(self, index: int | slice) -> _Line | list[_Line]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        # outside a table, a line is kept by its index alone (``_known`` without its call: asked of every line, thrice)
        line = self._read.get(index) if self._held is None else self._known(index)
        if line is None:
            if not 0 <= index < len(self.starts):
                raise IndexError(index)
            start, end = self.starts[index], self.end(index)
            line = self._classified(index, start, end)
            self._keep(index, line)
            if index > self._furthest:
                self._furthest = index
                if len(self._read) > 2 * self._KEEP and not self._holding:
                    self._read = {i: kept for i, kept in self._read.items() if i >= index - self._KEEP}
        return line

    def _known(self, index: int) -> _Line | None:
        """Line ``index`` as read, if it is kept."""
        held = self._held
        if held is not None and 0 <= index - self._held_from < len(held):
            return held[index - self._held_from]
        return self._read.get(index)

    def _keep(self, index: int, line: _Line) -> None:
        """Keep line ``index`` as read: next in the held list while a table is read, else by its index."""
        held = self._held
        if held is None or index != self._held_from + len(held):
            self._read[index] = line
            return
        held.append(line)
        # the lines after it read meanwhile (as a line's classification looks below it), held in order with it
        while (after := self._read.pop(self._held_from + len(held), None)) is not None:
            held.append(after)

    def _classified(self, index: int, start: int, end: int) -> _Line:
        line = _classify(self.text, start, end)
        if line.kind == "prose" and self._long_label(line, index):
            line.kind, line.label = "label", line.cells[0]
        elif line.kind == "data" and not line.label and self._counts_of_lengths(line, index):
            line.kind = "header"
        elif line.kind == "header" and line.label and len(line.cells) > 3:
            marked = _without_ratio_mark(self.text, line)
            if marked is not None and self._values_above(index) == len(marked.values):
                return marked
        return line

    def _counts_of_lengths(self, line: _Line, index: int) -> bool:
        """Whether a fixed-width line of bare numbers is the first line of a header, each number the count of the
        months or weeks the line below names under it: Assurant's "12          12" over "(UNAUDITED)  4Q  4Q  Months
        Months" (the twelve months' columns; read as a row of its own, the line headed nothing and the columns
        "Months 2024" named no length)."""
        if line.separated or index + 1 >= len(self.starts):
            return False
        text = self.text
        if not all(_LENGTH_COUNT_CELL.fullmatch(text, a, b) for a, b in line.values):
            return False
        below_start = self.starts[index + 1]
        below = text[below_start : self.end(index + 1)]
        units = [(below_start + match.start(), below_start + match.end()) for match in _MONTHS_OR_WEEKS.finditer(below)]
        # each count stands over a unit word of the line below, by its characters within the line
        return len(units) == len(line.values) and all(
            a - line.start < end - below_start and start - below_start < b - line.start
            for (a, b), (start, end) in zip(line.values, units)
        )

    def _values_above(self, index: int) -> int:
        """How many values the nearest data line above ``index`` holds, over section labels and blank lines; -1 when
        another line stands first or none is near."""
        for above in range(index - 1, max(-1, index - 4), -1):
            line = self[above]
            if line.kind == "data":
                return len(line.values)
            if line.kind not in ("label", "blank"):
                return -1
        return -1

    def hold(self) -> None:
        """Until ``release``, forget no line: a table's lines are read once to find where it ends and again
        to build its rows, and a table longer than ``_KEEP`` lines was classified twice (a fifth of reading
        a table of rows), then held compactly and made again (~5 us a line). Its rows are built from every
        one of its lines, which are kept together once they are (nothing is forgotten below the
        furthest line read): holding them from the first reading on adds nothing to that peak."""
        self._holding = True
        self._held, self._held_from = [], self._furthest + 1

    def release(self) -> None:
        """Forget the table's lines again, but the last ``_KEEP`` read (the reading goes on after them)."""
        self._holding = False
        held, self._held = self._held or [], None
        kept = max(0, len(held) - self._KEEP)
        self._read.update(zip(range(self._held_from + kept, self._held_from + len(held)), held[kept:]))

    def _long_label(self, line: _Line, index: int) -> bool:
        """A line too long for a label that is one all the same: no sentence ends on it and a value
        stands alone on each of the next lines, as a statement prints one cell per line under a
        line item that explains itself ("Research and development (including $1,796 and $51 from
        related party for the nine months ...)" / "$" / "4,944" / "$" / "2,451")."""
        if len(line.cells) != 1 or line.separated or line.end - line.start > 3 * _MAX_LABEL:
            return False
        if self.text[line.start : line.end].rstrip().endswith((".", "!", "?", ":", ";")):
            return False
        values, cursor = 0, index + 1
        while values < 2 and cursor < len(self.starts) and cursor <= index + 6:
            # classified here without this look-ahead: a run of prose lines must not look ahead in a chain
            below = self._known(cursor) or _classify(self.text, self.starts[cursor], self.end(cursor))
            kind = below.kind
            if kind not in ("value", "blank"):
                return False
            values += kind == "value"
            cursor += 1
        return values >= 2

    def next_candidate(self, index: int) -> int:
        """The first line from ``index`` on that could hold a table's data or a one-value-per-line
        label (a digit or a dash on it or within a few lines after): lines of words alone are skipped unread."""
        found = _CANDIDATE.search(self.text, self.starts[index] if index < len(self.starts) else len(self.text))
        if found is None:
            return len(self.starts)
        # a label stands a few lines above its first value ("Net revenues" / "" / "$" / "" / "1,234")
        return max(index, bisect.bisect_right(self.starts, found.start()) - 1 - _LABEL_REACH)

    def all_short(self, start: int, end: int, most: int) -> bool:
        """Whether lines ``start`` to ``end`` are each at most ``most`` characters long, or a
        row's long label with its numbers ("Common stock, par value of $0.01 per share; ... | |"
        / "| | 589 | | | 590 |")."""
        return all(self.end(i) - self.starts[i] <= most or self._labels_the_next(i) for i in range(start, end))

    def _labels_the_next(self, index: int) -> bool:
        """A long row label with its numbers (or its dashes of none) in cells after it, on its line or on the next:
        "Class A common stock, par value $0.001 per share, ... respectively. | | — | | | — |"."""
        line = self.text[self.starts[index] : self.end(index)]
        separator = "|" if "|" in line else "\t"
        label, _, cells = line.partition(separator)
        if not label.strip():
            return False  # "| (4) During the three and twelve months ...": a note in a cell
        if separator == "|" and any(character.isdigit() for character in cells):
            return True
        if any(character.isdigit() or character in "—–" for character in cells) and all(
            not cell.strip() or cell.strip() in ("$", "%", ")") or is_value_cell(cell.strip()) or is_placeholder_cell(cell.strip())
            for cell in cells.split(separator)
        ):  # a row's amounts or dashes of none alone, after tabs or pipes
            return True
        if index + 1 >= len(self.starts):
            return False
        following = self.text[self.starts[index + 1] : self.end(index + 1)].lstrip()
        return following.startswith("|") and any(character.isdigit() for character in following)


_NEWLINE = re.compile("\n")
_CANDIDATE = re.compile(r"[0-9\-—–]")
_LABEL_REACH = 8


def find_tables(text: str, headers: Mapping[str, HeaderCells] | None = None) -> tuple[Table, ...]:
    """Every table in ``text``, in order; ``headers`` are the grid cells of the header lines
    whose text layout cannot say which columns their headings cover (from the HTML reading)."""
    lines = _Lines(text)
    starts = lines.starts
    tables: list[Table] = []
    floor = 0
    index = 0
    ranges_above: list[tuple[int, int]] | None = None  # where the columns of the fixed-width table above stand
    while index < len(lines):
        line = lines[index]
        vertical = line.kind == "label" and _vertical_rows(lines, index) > 0
        if line.kind != "data" and not vertical:
            index = lines.next_candidate(index + 1)
            continue
        if vertical and _is_year_row(text, lines, index):
            index += _vertical_rows(lines, index)
            continue
        lines.hold()
        last = _table_end(lines, index, text)
        # A data line of two values or more is a table's first row, as wide as that: its rows need
        # not be built to know it is a table, and only a vertical table's header search needs the widest row.
        widest = 0 if vertical else len(lines[index].values)
        if widest < 2:
            body = _build_rows(text, lines, index, last)
            if len(body) < 2 and (vertical or max((len(row.cells) for row in body), default=0) < 2):
                lines.release()
                index += 1
                continue
            widest = max(len(row.cells) for row in body)
        first, header_lines = _header_lines(text, lines, index, floor, vertical, 3 * widest + 1 if vertical else 8)
        rows = _build_rows(text, lines, first, last)
        if isinstance(rows, CompactRows):
            # a long table's rows made whole once its lines are let go, not both held at once (the few lines read
            # after, at the table's head and end, are read again)
            lines.release()
            rows = list(rows)
        width = Counter(len(row.cells) for row in rows).most_common(1)[0][0] if rows else 0
        rows = [_without_a_values_mark(text, row, width) for row in rows]
        if vertical and width >= 2:
            rows = _run_on_rows_apart(rows, width)
        first_line = header_lines[0] if header_lines else lines[first]
        spaced = not vertical and not lines[index].separated and all(not h.separated for h in header_lines)
        ranges = _column_ranges(rows, width) if spaced else None
        label_column = _label_column(text, lines[index])
        columns, groups = _columns(text, header_lines, width, vertical, label_column, ranges, headers)
        if header_lines and not vertical and first > 0 and _side_panel_line(text, lines[first - 1]):
            # the last heading is the side panel's ("Fourth Quarter 2021 Highlights"), over no column of the rows
            with_panel, groups = _columns(text, header_lines, width + 1, vertical, label_column, ranges, headers)
            columns = with_panel[:-1] if all(with_panel) else ("",) * width
        if ranges:
            rows = [_without_label_area_cells(row, ranges[0][0]) for row in rows]
            wider = _wider_layout(text, header_lines, rows, width, label_column)
            if wider:
                width, ranges, columns, groups = wider
            rows = [_placed_by_position(row, ranges) for row in rows]
        elif not vertical and header_lines:
            named = _named_wider(text, header_lines, rows, width, label_column, headers)
            if named:
                width, columns, groups = named
            elif not any(columns) and (by_kind := _named_by_kind(text, header_lines, rows, label_column, headers)):
                width, columns, groups, rows = by_kind
            elif not any(columns) and (grouped := _amounts_under_groups(text, header_lines, rows, label_column, headers)):
                width, columns, groups, rows = grouped
        top = bisect.bisect_left(starts, first_line.start)  # lines start in order, each at its own offset
        columns = _lengths_in_order(_with_caption(columns, groups, _period_caption(text, lines, top, floor)), groups)
        scale = _scale(text, lines, index, floor, top)  # a section label in the body may carry it
        continued = bool(tables) and lines.all_short(floor, first, 200)  # only short lines since the table above
        if not scale.caption and continued:
            scale = tables[-1].scale
        # right below the table above, but for a few label lines: headings of its own there are read as its headings
        # reprinted (not under wrapped prose of short lines, as a fixed-width newswire text prints it)
        near = continued and bisect.bisect_left(starts, first_line.start) - floor <= _LOOKAHEAD
        captions = near and (_section_label_only(columns) or _scale_caption_only(columns))
        if continued and (not any(columns) or captions) and len(tables[-1].columns) == width:
            # a statement broken by rows laid out otherwise goes on under the same headings; so does one whose next
            # section's label stands where a heading would ("LIABILITIES AND SHAREHOLDERS’ EQUITY   Current liabilities: |")
            columns, groups = tables[-1].columns, tables[-1].groups
        elif near and (not any(columns) or _figures_as_headings(columns)) and ranges and ranges_above and width < len(ranges_above) and (
            placed := _placed_below(rows, ranges_above)
        ):
            # a fixed-width statement that goes on after a few label lines, its rows leaving a column empty throughout
            # ("Closed homesale sides  171,609  165,815  3 %" under "2024 | 2023 | Change | % Change"): each cell
            # stands under the heading above its characters
            rows, width, columns, groups = placed, len(ranges_above), tables[-1].columns, tables[-1].groups
        elif continued and len(tables[-1].columns) == width and _dated(tables[-1].columns) and _figures_as_headings(columns):
            # "Operating income (loss)  317(649)6(1,593)": a row of numbers run together, read as headings, heads
            # nothing; the rows below it go on under the headings above
            columns, groups = tables[-1].columns, tables[-1].groups
            if (labelled := _row_read_as_headings(text, header_lines, width)) is not None:
                rows, header_lines = [labelled, *rows], []  # and a tab row of its own cells is the first row
        elif near and len(tables[-1].columns) == width and _dated(tables[-1].columns) and _headings_said_above(columns, tables[-1].columns):
            # "Units | Revenue | ... | Sequential Change | Year/Year Change" reprinted over the product rows below the
            # segment rows, under "Q2 2012 | Q3 2011 | Q3 2012" over "Mac Units | Revenue" above: the same columns
            columns, groups = tables[-1].columns, tables[-1].groups
        elif continued and _one_period(tables[-1].columns) and all(columns) and not any(_PERIOD_WORDS.search(c) for c in columns):
            # "Q2 2026 Financial Summary / Second Quarter" over "Revenue | $ | 1,935,464", then "| Amount | | Margin |"
            # over the rows below: headings that name no period go on in the one period of the table above
            columns = tuple(f"{tables[-1].columns[0]} {column}" for column in columns)
        rows = _amounts_beside_shares(_short_rows_under_pipes(text, rows, len(columns)), columns)
        tables.append(
            Table(
                span=Span(first_line.start, lines[last].end),
                header_spans=tuple(Span(h.start, h.end) for h in header_lines),
                columns=columns,
                groups=groups,
                rows=tuple(rows),
                scale=scale,
            )
        )
        ranges_above = ranges if ranges and len(ranges) == len(columns) else None
        lines.release()
        floor = last + 1
        index = last + 1
    return tuple(tables)
