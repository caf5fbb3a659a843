"""HTML to text that keeps a table row's label with its numbers.

Paragraph-like blocks become lines separated by a blank line; each table row
becomes one line with its non-empty cells joined by tabs, label first, and the
cell fragments that generators split apart (``$`` | ``3,502`` | ``)``) joined back.
Hidden content (``display:none``, inline-XBRL ``ix:header``), scripts and styles
are skipped. lxml is used because it parses the malformed HTML of old filings
and megabyte-sized Workiva exhibits quickly, with one C parser for both.
"""

from __future__ import annotations

import re

import lxml.etree

from .cells import join_cells

__all__ = ["html_to_text", "looks_like_html"]

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section ul caption".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "noscript", "ix:header", "template"})
_CELL_TAGS = frozenset({"td", "th"})
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_SIGNS = re.compile(r"<(!doctype html|html|body|table|div|p|font|br)\b", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is HTML markup rather than text with a stray tag."""
    head = text[:8192]
    return len(_HTML_SIGNS.findall(head)) >= 2 or head.lstrip()[:14].lower().startswith(("<!doctype html", "<html"))


def _is_hidden(element: lxml.etree._Element) -> bool:
    style = element.get("style")
    # A case-blind regex over every cell's long style costs more than the rest of the cell;
    # most styles do not say "none" at all.
    if style and "none" in style.lower() and _HIDDEN_STYLE.search(style):
        return True
    return element.get("hidden") is not None


def _tag(element) -> str | None:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else None


class _TextBuilder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []

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
        tag = _tag(child)
        if tag is not None and tag not in _SKIPPED_TAGS and not _is_hidden(child):
            if tag == "br" or tag in _BLOCK_TAGS:
                parts.append(" ")
            _cell_text(child, parts)
            if tag in _BLOCK_TAGS:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _emit_table(table, builder: _TextBuilder) -> None:
    builder.end_line()
    for row in table.iter("tr"):
        cells = []
        for cell in row:
            if _tag(cell) in _CELL_TAGS and not _is_hidden(cell):
                if len(cell):
                    parts: list[str] = []
                    _cell_text(cell, parts)
                    content = "".join(parts)
                else:  # most cells hold text alone
                    content = cell.text or ""
                cells.append(_ZERO_WIDTH.sub("", _SPACE.sub(" ", content)).strip() if content else "")
        line = "\t".join(join_cells([c for c in cells if c]))
        if line:
            # An empty first cell is the row-label column of a header row: keep its place.
            builder.lines.append("\t" + line if cells[0] == "" else line)
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


def html_to_text(markup: str) -> str:
    """The visible text of an HTML document, one block or table row per line."""
    markup = _ZERO_WIDTH.sub("", _XML_DECLARATION.sub("", markup, count=1))
    try:
        # A plain etree parser, not lxml.html's: its element classes are looked up in Python
        # for every element touched, a third of the time on a statement-heavy exhibit.
        root = lxml.etree.fromstring(markup, lxml.etree.HTMLParser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return ""
    if root is None:
        return ""
    builder = _TextBuilder()
    _walk(root, builder)
    return builder.text()
