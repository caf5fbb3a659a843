"""HTML to text that keeps a table row's label with its numbers.

Paragraph-like blocks become lines separated by a blank line; each table row
becomes one line with its non-empty cells joined by tabs, label first, and the
cell fragments that generators split apart (``$`` | ``3,502`` | ``)``) joined back.
Hidden content (``display:none``, inline-XBRL ``ix:header``), scripts and styles
are skipped. lxml is used because it parses the malformed HTML of old filings
and megabyte-sized Workiva exhibits quickly, with one C parser for both.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # imported when HTML is read: a text release never needs the parser
    import lxml.etree

from ..types import HeaderCells
from .cells import group_pieces, is_placeholder_cell, is_value_cell, is_year_cell

__all__ = ["HtmlText", "read_html", "agreed_headers", "looks_like_html"]

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section ul caption".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "noscript", "ix:header", "template"})
_CELL_TAGS = ("td", "th")  # the HTML parser writes tag names in lower case
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_SIGNS = re.compile(r"<(!doctype html|html|body|table|div|p|font|br)\b", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is HTML markup rather than text with a stray tag."""
    head = text[:8192]
    return len(_HTML_SIGNS.findall(head)) >= 2 or head.lstrip()[:14].lower().startswith(("<!doctype html", "<html"))


# A superscript of footnote numbers ("(unaudited)<sup>3,4</sup>", "ROE<sup>1</sup>") marks a note, and is no figure
_FOOTNOTE_MARK = re.compile(r"[\s\u00a0]*\d{1,2}(?:[\s\u00a0]*,[\s\u00a0]*\d{1,2})*[\s\u00a0]*")


def _is_hidden(element: lxml.etree._Element) -> bool:
    if element.tag == "sup" and element.text and not len(element) and _FOOTNOTE_MARK.fullmatch(element.text):
        return True  # a footnote mark is no text of the release's (its tail is)
    style = element.get("style")
    if style and _hides(style):
        return True
    return element.get("hidden") is not None


@lru_cache(maxsize=1024)  # a release repeats a few long styles over thousands of cells and their fonts
def _hides(style: str) -> bool:
    """Whether a style attribute hides its element. A case-blind regex over every cell's long
    style costs more than the rest of the cell; most styles do not say "none" at all."""
    return "none" in style.lower() and _HIDDEN_STYLE.search(style) is not None


def _tag(element) -> str | None:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else None


class HtmlText(NamedTuple):
    """An HTML document's visible text, and the grid cells of the header lines whose tab
    layout cannot say which columns their headings cover, by the line's text."""

    text: str
    headers: dict[str, HeaderCells]


def agreed_headers(lines: Iterable[tuple[str, HeaderCells]]) -> dict[str, HeaderCells]:
    """Header lines by their text, each with its grid cells; a line that two tables (or two
    exhibits) write alike but lay out differently is left out, to be read from its text alone."""
    headers: dict[str, HeaderCells] = {}
    unsure: set[str] = set()
    for line, cells in lines:
        if headers.setdefault(line, cells) != cells:
            unsure.add(line)
    for line in unsure:
        del headers[line]
    return headers


class _TextBuilder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []
        self.headers: list[tuple[str, HeaderCells]] = []

    def add_header(self, line: str, cells: HeaderCells) -> None:
        """Keep a header line's grid cells, by the line's text as normalised text will show it."""
        self.headers.append((line.rstrip(" \t"), cells))

    def add(self, text: str | None) -> None:
        if text:
            self.words.append(text)

    def end_line(self, blank_after: bool = True) -> None:
        line = _SPACE.sub(" ", "".join(self.words)).strip()
        self.words = []
        if line:
            self.lines.append(line)
            if blank_after:
                self.lines.append("")

    def add_line(self, line: str) -> None:
        self.end_line()
        self.lines.append(line)

    def text(self) -> str:
        self.end_line()
        return re.sub(r"\n{3,}", "\n\n", "\n".join(self.lines)).strip("\n") + "\n"


def _cell_text(cell, parts: list[str]) -> None:
    if cell.text:
        parts.append(cell.text)
    for child in cell:
        tag = child.tag
        if isinstance(tag, str) and (tag := tag.lower()) not in _SKIPPED_TAGS and not _is_hidden(child):
            if tag == "br" or tag in _BLOCK_TAGS:
                parts.append(" ")
            if len(child):
                _cell_text(child, parts)
            elif child.text:  # most elements in a cell hold text alone: no call for them
                parts.append(child.text)
            if tag in _BLOCK_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


@lru_cache(maxsize=256)  # a release spells a few spans ("2", "3") over thousands of cells: each is read once
def _span(attribute: str) -> int:
    """A cell's colspan or rowspan attribute as a positive integer: 1 when malformed, at most 100."""
    value = attribute.strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


class _GridCell(NamedTuple):
    """A cell's text and the grid columns ``[first, last)`` it covers, colspans counted."""

    text: str
    first: int
    last: int


def _grid_rows(table) -> list[list[_GridCell]]:
    """Each row's non-empty cells placed on the table's grid, colspan and rowspan counted,
    with the fragments that generators split apart (``$`` | ``3,502`` | ``)``) joined.

    The hot loop of an HTML release (a statement-heavy exhibit has thousands of cells, most of
    them empty spacers with long styles): ``_tag``, ``_is_hidden`` and ``_span`` are written
    out here, the cells are picked by lxml (the HTML parser writes tag names in lower case),
    a cell's attributes are read in one call rather than four look-ups, and an absent span
    attribute is not parsed."""
    rows: list[list[_GridCell]] = []
    covered: dict[int, int] = {}  # grid column -> rows still taken by a rowspan from above
    for row in table.iter("tr"):
        column, cells = 0, []
        for cell in row.iterchildren(*_CELL_TAGS):
            style = colspan = rowspan = None
            attributes = cell.items()
            if attributes:
                hidden = False
                for name, value in reversed(attributes):  # the first of a repeated name last, as ``get`` reads it
                    if name == "style":
                        style = value
                    elif name == "colspan":
                        colspan = value
                    elif name == "rowspan":
                        rowspan = value
                    elif name == "hidden":
                        hidden = True
                if hidden or style and _hides(style):
                    continue
            if covered:
                while covered.get(column):
                    column += 1
            if len(cell):
                parts: list[str] = []
                _cell_text(cell, parts)
                content = "".join(parts)
            else:  # most cells hold text alone
                content = cell.text or ""
            width = 1 if colspan is None else _span(colspan)
            if content:
                text = _SPACE.sub(" ", content)
                if not text.isascii():
                    text = _ZERO_WIDTH.sub("", text)
                text = text.strip()
                if text:
                    cells.append(_GridCell(text, column, column + width))
            if rowspan is not None and (height := _span(rowspan)) > 1:
                # a rowspan takes its columns in the rows below; a row's own cells move on
                for taken in range(column, column + width):
                    covered[taken] = height
            column += width
        if covered:
            covered = {taken: rows_left - 1 for taken, rows_left in covered.items() if rows_left > 1}
        if len(cells) > 1:
            groups = group_pieces([cell.text for cell in cells])
            if len(groups) < len(cells):
                cells = [
                    _GridCell("".join(cells[i].text for i in group), cells[group[0]].first, cells[group[-1]].last)
                    for group in groups
                ]
        rows.append(cells)
    return rows


def _value_columns(rows: list[list[_GridCell]]) -> list[tuple[int, int]]:
    """The grid columns of each value column: the value cells of the labelled rows with the
    most values, overlapping cells merged. Empty when the rows disagree on their count."""
    value_rows = [
        [cell for cell in cells[1:] if is_value_cell(cell.text) or is_placeholder_cell(cell.text)]
        for cells in rows
        if len(cells) > 1 and not is_value_cell(cells[0].text)
    ]
    if not value_rows:
        return []
    widest = max(len(cells) for cells in value_rows)
    ranges = sorted((cell.first, cell.last) for cells in value_rows if len(cells) == widest for cell in cells)
    columns: list[tuple[int, int]] = []
    for first, last in ranges:
        if columns and first < columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], last))
        else:
            columns.append((first, last))
    return columns if len(columns) == widest else []


def _spanned(firsts: list[int], lasts: list[int], cell: _GridCell) -> range:
    """The value columns (their first and last grid columns, in order and apart) whose grid
    columns ``cell`` overlaps: found by bisection, so a row of thousands of cells stays linear."""
    return range(bisect.bisect_right(lasts, cell.first), bisect.bisect_left(firsts, cell.last))


def _aligned_header(cells: list[_GridCell], columns: list[tuple[int, int]], label_end: int) -> str | None:
    """A header row laid out on the value columns: each cell in the first column it spans and
    an empty cell for every further column it spans ("\tThree Months Ended\t\t% Change"),
    so that the table reader knows which columns a spanning heading labels.

    None when the row cannot be laid out so that every empty slot after a heading is that
    heading's span: a cell over no value column, two cells over one, or a column left
    without a heading after the first heading.
    """
    values_start = columns[0][0]
    firsts, lasts = [first for first, _ in columns], [last for _, last in columns]
    label = [cell.text for cell in cells if cell.last <= values_start]
    slots: list[str | None] = [None] * len(columns)
    for cell in cells:
        if cell.last <= values_start:
            continue
        if cell.first < label_end:  # a title across the label column and the values
            return None
        spanned = _spanned(firsts, lasts, cell)
        if not spanned or slots[spanned[0]] is not None:
            return None
        slots[spanned[0]] = cell.text
        for i in spanned[1:]:
            if slots[i] is not None:
                return None
            slots[i] = ""
    headed = [i for i, slot in enumerate(slots) if slot]
    if not headed or any(slot is None for slot in slots[headed[0] :]) or len(label) > 1:
        return None
    return "\t".join([label[0] if label else "", *(slot or "" for slot in slots)]).rstrip("\t")


def _grid_header(cells: list[_GridCell], columns: list[tuple[int, int]], label_end: int) -> HeaderCells | None:
    """A header row's words over the row-label column and its heading over each value
    column it spans, "" over a column it leaves alone; None when a cell straddles the label
    column and the values, lies over no value column, or shares a column with another."""
    values_start = columns[0][0]
    firsts, lasts = [first for first, _ in columns], [last for _, last in columns]
    label = [cell.text for cell in cells if cell.last <= values_start]
    headings = [""] * len(columns)
    for cell in cells:
        if cell.last <= values_start:
            continue
        spanned = _spanned(firsts, lasts, cell)
        if cell.first < label_end or not spanned or any(headings[i] for i in spanned):
            return None
        for i in spanned:
            headings[i] = cell.text
    return HeaderCells(" ".join(label), tuple(headings)) if any(headings) else None


def _label_end(rows: list[list[_GridCell]], columns: list[tuple[int, int]]) -> int:
    """Where the row labels end on the grid: a heading that starts past them, in a spacer
    column before the first value column, heads values and no label."""
    values_start = columns[0][0]
    ends = [cells[0].last for cells in rows if len(cells) > 1 and cells[0].last <= values_start]
    return max(ends, default=values_start)


def _aligned_values(cells: list[_GridCell], columns: list[tuple[int, int]]) -> str | None:
    """A labelled row with fewer values than the table has columns, laid out on the columns
    with an empty cell where a column has no value ("Diluted\t$1.16\t\t$1.37"); None for a
    full row, or when a value sits over no column or over the same column as another."""
    label, values = cells[0], cells[1:]
    if len(values) >= len(columns) or label.last > columns[0][0]:
        return None
    slots = [""] * len(columns)
    firsts, lasts = [first for first, _ in columns], [last for _, last in columns]
    for cell in values:
        spanned = _spanned(firsts, lasts, cell)
        if len(spanned) != 1 or slots[spanned[0]]:
            return None
        slots[spanned[0]] = cell.text
    return "\t".join([label.text, *slots]).rstrip("\t")


_PROSE_CELL = re.compile(r"(?:\S+\s+){15}.*[a-z)]\.(?:\s|$)")  # a sentence of fifteen words or more, closed


def _emit_table(table, builder: _TextBuilder) -> None:
    builder.end_line()
    rows = _grid_rows(table)
    columns = _value_columns(rows)
    label_end = _label_end(rows, columns) if columns else 0
    # a table that lays out paragraphs, a row holding a paragraph and a cell beside it ("Net revenues were $59.34
    # billion for 2021, ..." beside a box "2021 Net Revenues" / "$59.34 billion"): each row is a block of its own,
    # as paragraphs are, so that no sentence runs on into the box beside it
    layout = any(len(cells) > 1 and any(_PROSE_CELL.match(cell.text) for cell in cells) for cells in rows)
    for cells in rows:
        if not cells:
            continue
        if layout:
            builder.lines.append("\t".join(cell.text for cell in cells))
            builder.lines.append("")
            continue
        # An empty first cell is the row-label column of a header row: keep its place.
        plain = ("\t" if cells[0].first > 0 else "") + "\t".join(cell.text for cell in cells)
        spans_columns = any(cell.last - cell.first > 1 for cell in cells)
        if columns and spans_columns and not any(is_value_cell(c.text) and not is_year_cell(c.text) for c in cells):
            aligned = _aligned_header(cells, columns, label_end)
            if aligned is not None:
                builder.lines.append(aligned)
                continue
            grid = _grid_header(cells, columns, label_end)
            if grid is not None:  # written as it stands, its columns told beside the text
                builder.lines.append(plain)
                builder.add_header(plain, grid)
                continue
        if columns and len(cells) > 1 and not is_value_cell(cells[0].text):
            aligned = _aligned_values(cells, columns)
            if aligned is not None:
                builder.lines.append(aligned)
                continue
        builder.lines.append(plain)
    builder.lines.append("")


def _walk(element, builder: _TextBuilder) -> None:
    tag = _tag(element)
    if tag is not None and tag not in _SKIPPED_TAGS and not _is_hidden(element):
        if tag == "table":
            _emit_table(element, builder)
        elif tag == "br":
            builder.end_line(blank_after=False)
        else:
            block = tag in _BLOCK_TAGS
            if block:
                builder.end_line()
            builder.add(element.text)
            for child in element:
                _walk(child, builder)
            if block:
                builder.end_line()
    builder.add(element.tail)


def read_html(markup: str) -> HtmlText:
    """The visible text of an HTML document, one block or table row per line, with the grid
    cells of the header lines its tab layout cannot express."""
    import lxml.etree

    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.isascii():  # zero-width characters are not ASCII; EDGAR's markup spells them as entities
        markup = _ZERO_WIDTH.sub("", markup)
    try:
        # A plain etree parser, not lxml.html's: its element classes are looked up in Python
        # for every element touched, a third of the time on a statement-heavy exhibit.
        root = lxml.etree.fromstring(markup, lxml.etree.HTMLParser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return HtmlText("", {})
    if root is None:
        return HtmlText("", {})
    builder = _TextBuilder()
    _walk(root, builder)
    return HtmlText(builder.text(), agreed_headers(builder.headers))
