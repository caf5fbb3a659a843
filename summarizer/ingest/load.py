"""Any earnings release -> ``Document``.

Input is a path, ``-`` for standard input, or bytes. EDGAR submissions are unwrapped
to their press-release exhibit and the EX-99 exhibits that belong to it (its statements,
data sheet or CFO commentary), read one after the other into one text with a separator
line between them and each exhibit's place kept (``Document.exhibits``); HTML becomes
text with one table row per line; plain text is kept as written, with third-party
escapes (``\\$``) undone. Every format ends in the same normalisation, so offsets mean
the same thing whatever came in.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from ..errors import InputError
from ..text.vocabulary import MONTH, MONTH_NAME
from ..types import Document, DocumentInfo, Exhibit, HeaderCells, Span
from . import edgar
from .decoding import MAX_INPUT_BYTES, decode
from .html_text import agreed_headers, looks_like_html, read_html
from .tables import find_tables

__all__ = ["load_document", "read_source", "document_from_text", "display_name"]

_MARKDOWN_ESCAPE = re.compile(r"\\([$%*_#\[\]()&.+!<>|`~-])")
_ODD_SPACES = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# White space that ends a line. Matched only from the start of a run (the look-behind) and
# possessively, so a long run inside a line is passed over once, not retried at each of its
# spaces; and without splitting the text into lines, which for 25 MiB of newlines held two
# lists of 26 million entries (430 MB).
_LINE_END_SPACES = re.compile(r"(?<![ \t])[ \t]++(?=\n|\Z)")


def _without_line_end_spaces(text: str) -> str:
    """``text`` with no white space at its lines' ends. The pattern opens with a look-behind, so
    the engine is entered at every character; most texts (every HTML one) end no line in a space
    or tab, which a substring search, fast in C, tells first."""
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        return _LINE_END_SPACES.sub("", text)
    return text


# ``[^\S\n]`` (white space within the line), not ``\s``: a pattern whose white space may
# run over newlines is retried from every line start of a blank run, quadratic in its length.
_PAGE_TAGS = re.compile(r"^[^\S\n]*</?(?:PAGE|S|C|FN|F\d+|TABLE|CAPTION)>[^\S\n]*$", re.MULTILINE | re.IGNORECASE)
_TITLE_LINES = (
    re.compile(r"^\s*#*\s*(?![^\n]*[():])(.{3,200}?\b(?:Reports|Reported|Announces|Announced)\b.{0,200})$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^\s*#*\s*(.{12,200}?\bResults\b.{0,200})$", re.MULTILINE | re.IGNORECASE),
)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_TEXT_HAS_WORDS = re.compile(r"[A-Za-z]{3,}")
# a header cell broken before its year: "... | June 30," / "2026 | | December 31," / "2025 |"
_OPEN_DATE_CELL = re.compile(r".*\|[^|]*\b\d{1,2},?[ \t]*")
_DATE_LINE = re.compile(rf"[ \t]*{MONTH}[a-z]*\.?[ \t]+\d{{1,2}},?[ \t]*")
# A line of one cell (or none) closed by "|": "Total revenues | |", "| 2,349,227 | | |", "$ | 81,898 | | |".
_ONE_CELL_LINE = re.compile(r"[ \t|]*(?:(?:[$€£¥][ \t]*\|[ \t]*)?[^|\s][^|]*\|[ \t|]*(?:[)%][ \t|]*)?)?")
_UUENCODED = re.compile(r"\s*begin ")  # a binary file in a submission (a PDF, a spreadsheet)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def display_name(name: str) -> str:
    """``name`` safe to print on one line: control characters, line separators and the bytes
    of a file name that are not UTF-8 (decoded as lone surrogates) written as escapes."""
    return _UNPRINTABLE.sub(_escape_character, name)


def _escape_character(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else ascii(match.group())[1:-1]


def read_source(source: str | Path | bytes, *, max_bytes: int = MAX_INPUT_BYTES) -> tuple[bytes, str]:
    """The bytes of ``source`` (at most ``max_bytes + 1``: enough to tell it is too large) and
    a name for messages; ``-`` reads standard input."""
    if isinstance(source, bytes):
        return source, "input"
    if str(source) == "-":
        return sys.stdin.buffer.read(max_bytes + 1), "standard input"
    path = Path(source)
    name = display_name(str(source))
    try:
        if path.is_dir():
            raise InputError(f"{name} is a directory, not a file")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1), name
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from None
    except ValueError:  # a path with a NUL byte
        raise InputError(f"{name}: not a valid file name") from None


def _rejoin_flattened_rows(text: str) -> str:
    """Table rows that an HTML-to-text converter spread over lines, one per line again.

    Converters lay a row out in two ways. Some break the line inside a row after each cell:
    "Revenue" / "| | $" / "| 1,121,454" / "|" / "| | $" / ... In a block that holds such
    fragments (a line that opens with "|" and does not close with one), a line opening with
    "|" continues the row above, except after a lone "|" that closes a row of column headers
    (a row with no label); a line of words continues a cell left open ("| | Three Months
    Ended" / "June 30,"). Others close every line with "|" and give each cell a line of its
    own, one row per block: "Total revenues | |" / "| 2,349,227 | | |" / "| 2,703,732 | | |".
    A third kind breaks a dated header cell before its year ("| June 30," / "2026 | |
    December 31," / "2025 |", or "| |" / "Jun 30," / "2025 | | |"). Each joining line break becomes a space, so every offset
    stays put."""
    if "|" not in text:
        return text
    out, done = io.StringIO(), 0  # written piece by piece: a list of the pieces would be one per line
    for first, last in _joined_runs(text):
        out.write(text[done:first])
        out.write(text[first:last].replace("\n", " "))
        done = last
    out.write(text[done:])
    return out.getvalue()


# A run of non-blank lines, from the start of its first line to the end of its last. Each line
# is anchored at its start and read possessively: white space alone on a long line is passed
# over once, and the engine keeps no state per line of a run of millions.
_BLOCK = re.compile(r"^[^\S\n]*+\S[^\n]*+(?:\n[^\S\n]*+\S[^\n]*+)*+", re.MULTILINE)
_ROW_FRAGMENT_LINE = re.compile(r"^[ \t]*\|[^\n]*[^|\s][ \t]*$", re.MULTILINE)  # opens a cell, leaves the row open
# a labelled row left open, and a line that opens a cell under it: "$ in mm | FY26 Q4 | | Change" / "| | Organic Growth |"
_OPEN_ROW_CONTINUED = re.compile(r"^[^\n|]*+\|[^\n]*[^|\s]\n[ \t]*\|", re.MULTILINE)
_YEAR_FIRST_LINE = re.compile(r"^[ \t]*(?:19|20)\d{2}[ \t]*\|[^\n]*", re.MULTILINE)  # "2026 | | December 31,"


def _lines(text: str, first: int, last: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[first:last]``, without making a list of them."""
    start = first
    while True:
        end = text.find("\n", start, last)
        if end < 0:
            yield start, last
            return
        yield start, end
        start = end + 1


def _joined_runs(text: str) -> Iterator[tuple[int, int]]:
    """``(first, last)``: the line breaks within ``text[first:last]`` join lines of one table
    row, in text order. Lines are read in place (a list of the lines of 8 MiB of short pipe
    lines held 410 MiB), one block of non-blank lines holding a "|" at a time."""
    for block in _BLOCK.finditer(text):
        first, last = block.span()
        if text.find("|", first, last) < 0:
            continue
        if _ROW_FRAGMENT_LINE.search(text, first, last) or _OPEN_ROW_CONTINUED.search(text, first, last):
            yield from _fragment_joins(text, first, last)
        elif text.find("\n", first, last) >= 0 and _one_cell_per_line(text, first, last):
            yield first, last
        else:
            yield from _date_joins(text, first, last)


def _one_cell_per_line(text: str, first: int, last: int) -> bool:
    """Every line of ``text[first:last]`` closes one cell: "Total revenues | |" / "| 2,349,227 | | |",
    where a cell's words may wrap over lines of their own before the "|" that closes them ("June" /
    "30," / "2025" / "| | |")."""
    last_line = text.rfind("\n", first, last) + 1 or first
    return text.find("|", last_line, last) >= 0 and all(
        text.find("|", start, end) < 0 or _ONE_CELL_LINE.fullmatch(text, start, end) for start, end in _lines(text, first, last)
    )


def _date_joins(text: str, first: int, last: int) -> Iterator[tuple[int, int]]:
    """Breaks inside a dated header cell: "| June 30," / "2026 | |", or "| |" / "Jun 30," / "2025 | | |"."""
    for year_line in _YEAR_FIRST_LINE.finditer(text, first, last):
        start = year_line.start()
        if start == first:
            continue
        above = text.rfind("\n", first, start - 1) + 1 or first
        if _OPEN_DATE_CELL.fullmatch(text, above, start - 1):
            yield start - 1, start
        elif _DATE_LINE.fullmatch(text, above, start - 1):
            if above > first and "|" in text[text.rfind("\n", first, above - 1) + 1 or first : above - 1]:
                yield above - 1, start
            else:
                yield start - 1, start


def _fragment_joins(text: str, first: int, last: int) -> Iterator[tuple[int, int]]:
    """Joins of a block that holds row fragments: a line opening with "|" continues the row
    above, except after a lone "|" that closes a row of column headers (a row with no label);
    a line of words continues a cell left open. Consecutive joins come as one run."""
    lines = _lines(text, first, last)
    start, end = next(lines)
    previous = text[start:end].strip()
    labelled = not previous.startswith("|")  # the row being built starts with a label
    run_start = -1
    for start, end in lines:
        stripped = text[start:end].strip()
        if stripped.startswith("|"):
            joined = not previous.endswith("|") or (previous == "|" and labelled)
        else:
            joined = "|" in previous and not previous.endswith("|")
        if joined and run_start < 0:
            run_start = start - 1
        elif not joined:
            labelled = not stripped.startswith("|")
            if run_start >= 0:
                yield run_start, start - 1
                run_start = -1
        previous = stripped
    if run_start >= 0:
        yield run_start, last


# "92,993,521Cost of goods sold": the number's last character, before the label. Matched, not looked
# behind at, so the engine skips in C to the digits and parentheses rather than entering at every character.
_FLATTENED_ROW_END = re.compile(r"[\d)](?=[A-Z][A-Za-z])")
_ROW_BREAKS = re.compile(
    r"(?:(?<=\d)|(?<=\d\)))(?=[+\-–] [A-Z])"  # "13,894,886+ Interest expense"
    r"|(?:(?<=\d)|(?<=\d\))|(?<=\s-))[ ]{2,}(?=[A-Z]|[+\-–] [A-Z])"  # "68,243,228   Operating expenses"
    r"|(?:(?<=\d)|(?<=\d\)))[ ](?=[A-Z][a-z]+[ ,])"  # "$ (1,575) Net income (loss) per common share"
    r"|(?<=[a-z:])[ ]{2,}(?=[A-Z])"  # "Operating expenses  Selling, general and ..."
)
_MIN_ROW_ENDS = 6
_MAX_ROW = 1000
_LONG_LINE = re.compile(r"^[^\n]{300,}+", re.MULTILINE)  # possessive: a long line is read once
_DIGIT = re.compile(r"\d")
_CELL = r"(?:\d{1,2}-[A-Z][a-z]{2}-\d{2}|(?:\$[ ]*)?\(?(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d+)?\)?|-)"  # "$ (1,409,849)", "-", "31-Dec-24"
_ROW_VALUES = re.compile(rf"(?:^|(?<=[^\s\d,(]))[ ]*({_CELL}(?:[ ]+{_CELL})*)[ ]*$")  # never "317(649)6(1,593)"
_VALUE = re.compile(_CELL)
_NUMBER_END = re.compile(r"\d\)?[ ]*$")


def _lay_out_row(row: str) -> str:
    """A row split out of a flattened line with its cells apart, as a pipe table prints them:
    "Gross profit 88,572,125 68,243,228" -> "Gross profit | 88,572,125 | 68,243,228 |"."""
    if len(row) > _MAX_ROW:  # no statement row is this long: a hostile line is left as it is, in linear time
        return row
    values = _ROW_VALUES.search(row)
    if not values or _NUMBER_END.search(row, 0, values.start()):  # "net  19   (32)(10)(44)": numbers run together
        return row
    cells = [cell.replace(" ", "") for cell in _VALUE.findall(values.group(1))]
    return row[: values.start()] + " | " + " | ".join(cells) + " |"


_GLUED_MONTH = re.compile(rf"(?<=[a-z])(?={MONTH_NAME}\b)")
_MONTH_NAME_WORD = re.compile(rf"{MONTH_NAME}\b")  # opens with its words' letters: the engine skips to them in C


def _has_glued_month(text: str) -> bool:
    """Whether a month's name follows a lower-case letter ("EndedDecember"): ``_GLUED_MONTH``'s
    look-behind would enter the engine at every character of a text that has none."""
    return any(month.start() and "a" <= text[month.start() - 1] <= "z" for month in _MONTH_NAME_WORD.finditer(text))


def _split_flattened_tables(text: str) -> str:
    """A table whose line breaks a capture lost, one row per line again.

    Some newswire captures print a whole statement on one line, a row's last number glued to
    the next row's label: "Revenues $ 151,115,532 $ 92,993,521Cost of goods sold (62,543,407)
    (24,750,293)Gross profit ...". A long line with many such joins is broken before each label
    that follows a number and after a heading ("Operating expenses  Selling, ..."); a month
    glued to the word before it ("Twelve Months EndedDecember 31,") gets its space back."""
    if _has_glued_month(text):
        text = _GLUED_MONTH.sub(" ", text)
    if not _FLATTENED_ROW_END.search(text):
        return text
    return _LONG_LINE.sub(_split_flattened_line, text)


def _split_flattened_line(match: re.Match) -> str:
    line = match.group()
    if len(_FLATTENED_ROW_END.findall(line)) < _MIN_ROW_ENDS:
        return line
    rows = [_lay_out_row(row) for row in _ROW_BREAKS.sub("\n", _FLATTENED_ROW_END.sub("\\g<0>\n", line)).split("\n")]
    for inner in range(1, len(rows) - 1):  # a heading between two rows heads the rows below it
        if "|" not in rows[inner] and "|" in rows[inner - 1] and "|" in rows[inner + 1] and not _DIGIT.search(rows[inner]):
            rows[inner] += " |"
    return "\n".join(rows)


# A run of asterisks that may open an emphasis (no word, asterisk or escape before it, a character that is no space
# after it) or close one (a character that is no space before it, no word or asterisk after it).
_ASTERISKS = re.compile(r"\*{1,3}")


def _without_emphasis(text: str) -> str:
    """``text`` without the asterisks of Markdown emphasis that newswire captures print: Brookfield's "representing an
    increase of *24%* and *15%*" reads as "an increase of 24% and 15%", "a record *$1.5 billion* *(**$0.94**/share)"
    as "a record $1.5 billion ($0.94/share)". Each line's runs of one to three asterisks are paired, an opening run
    with the next closing run of its length (nested runs of other lengths closed first), in one pass over the line;
    a bullet's "* " and a footnote's "Revenue*" open or close nothing and stay."""
    # each line that holds an asterisk found from the asterisk, not by a pattern tried from every position of a line
    # (quadratic in a long line with none)
    pieces, done = [], 0
    star = text.find("*")
    while star != -1:
        start = text.rfind("\n", done, star) + 1 or done
        end = text.find("\n", star)
        end = len(text) if end == -1 else end
        pieces += [text[done:start], _line_without_emphasis(text[start:end])]
        done, star = end, text.find("*", end)
    return "".join(pieces) + text[done:]


def _line_without_emphasis(text: str) -> str:
    opened: dict[int, int] = {}  # the length of an opening run -> where the latest one starts
    dropped: list[tuple[int, int, str]] = []  # (start, length) of the asterisks taken out, and what stands for them
    for run in _ASTERISKS.finditer(text):
        start, end = run.span()
        before, after = text[start - 1 : start], text[end : end + 1]
        size = end - start
        may_open = not (before.isalnum() or before in ("_", "*", "\\")) and after not in ("", " ", "\t", "*")
        may_close = before not in ("", " ", "\t", "*", "(", "[", "“", '"') and not (after.isalnum() or after in ("_", "*"))
        # the latest opening it closes: one of its length, else (an emphasis closed and the next opened by one
        # run, "*to a Record**$4.9 billion*") the latest shorter one, the rest of the run opening anew
        closed = size if size in opened else max((k for k in opened if k < size), key=opened.__getitem__, default=None)
        if may_close and closed is not None:
            opening = opened.pop(closed)
            dropped += [(opening, closed, ""), (start, closed, "")]
            opened = {length: at for length, at in opened.items() if at < opening}  # those opened inside stay unclosed
            if closed < size and after not in ("", " ", "\t"):
                opened[size - closed] = start + closed
                # the words the two emphases held keep apart: "a Record $4.9 billion", not "a Record$4.9 billion"
                dropped[-1] = (start, closed, "" if _NO_SPACE_BEFORE.match(after) else " ")
        elif may_open:
            opened[size] = start
    if not dropped:
        return text
    kept, at = [], 0
    for start, size, space in sorted(dropped):
        kept.append(text[at:start] + space)
        at = start + size
    return "".join(kept) + text[at:]


_NO_SPACE_BEFORE = re.compile(r"[,.;:!?)\]%/'’\"”-]")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    text = _MARKDOWN_ESCAPE.sub(r"\1", _without_emphasis(text) if "*" in text else text)
    text = _split_flattened_tables(_rejoin_flattened_rows(_without_line_end_spaces(text)))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


def _title(text: str) -> str:
    """The release's title: the first line that "reports" or "announces", else one about "results"."""
    for pattern in _TITLE_LINES:
        match = pattern.search(text[:6000])
        if match:
            return " ".join(match.group(1).split())
    return ""


def document_from_text(
    text: str,
    *,
    source: str = "input",
    source_sha256: str = "",
    kind: str = "text",
    encoding: str = "utf-8",
    info: DocumentInfo | None = None,
    headers: Mapping[str, HeaderCells] | None = None,
) -> Document:
    """A ``Document`` from already-extracted text (normalised here); ``headers`` are the grid
    cells of header lines that the HTML reading could not lay out in the text."""
    return _document(_normalise(text), source=source, source_sha256=source_sha256, kind=kind, encoding=encoding,
                     info=info, headers=headers)  # fmt: skip


def _document(
    text: str,
    *,
    source: str,
    source_sha256: str,
    kind: str,
    encoding: str,
    info: DocumentInfo | None,
    exhibits: tuple[Exhibit, ...] = (),
    headers: Mapping[str, HeaderCells] | None = None,
) -> Document:
    """A ``Document`` from normalised text."""
    if not _TEXT_HAS_WORDS.search(text):
        raise InputError(f"{source} has no text to summarise")
    info = info or DocumentInfo()
    if not info.title:
        info = replace(info, title=_title(text))
    return Document(
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
        source_sha256=source_sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        format=kind,
        encoding=encoding,
        info=info,
        tables=find_tables(text, headers),
        exhibits=exhibits,
    )


def _as_text(text: str) -> tuple[str, str, dict[str, HeaderCells]]:
    """A document's body as text (not yet normalised), how it was read (``html`` or
    ``text``), and the grid cells of the header lines an HTML table could not lay out."""
    if looks_like_html(text):
        read = read_html(text)
        return read.text, "html", read.headers
    text = _PAGE_TAGS.sub("", text)
    if _ENTITY.search(text):  # a conversion that left HTML entities behind ("Weibo&rsquo;s")
        text = html.unescape(text)
    return text, "text", {}


def _separator(document: edgar.EdgarDocument) -> str:
    """The line between two exhibits: it names the next one and holds no figure (an exhibit's
    description often holds a date), with a blank line on each side so no sentence or table
    runs across it."""
    return f"\n==== {document.type or 'document ' + document.sequence} ====\n\n"


class _Part:
    """An exhibit of a submission, converted to normalised text when first asked: an exhibit
    whose description says what it is is not converted unless it is read."""

    def __init__(self, document: edgar.EdgarDocument) -> None:
        self.document = document

    @cached_property
    def converted(self) -> tuple[str, str, dict[str, HeaderCells]]:
        """The normalised text ("" when it has no words or is uuencoded), how it was read,
        and the grid cells of its HTML tables' header lines that the text cannot lay out."""
        if _UUENCODED.match(self.document.body):
            return "", "text", {}
        text, kind, headers = _as_text(self.document.body)
        return (_normalise(text) if _TEXT_HAS_WORDS.search(text) else ""), kind, headers

    def opening(self) -> str:
        return self.converted[0]


def _submission(
    text: str, wanted: str | None, *, name: str, source_sha256: str, encoding: str
) -> Document:
    """The release of an EDGAR submission: the press release and the exhibits that belong to
    it, or the one document ``wanted`` names."""
    documents = edgar.split_documents(text, name=name)
    chosen = edgar.choose_document(documents, wanted)
    if _UUENCODED.match(chosen.body) or not chosen.is_text:
        raise InputError(f"{name}: document {chosen.type or chosen.sequence} is not text")
    parts = [_Part(chosen)]
    for document in () if wanted else documents:
        part = _Part(document)
        if document is not chosen and edgar.belongs_to_release(document, part.opening) and part.converted[0]:
            parts.append(part)
    pieces: list[str] = []
    exhibits: list[Exhibit] = []
    length = 0
    for part in parts:
        body, kind, _ = part.converted
        if pieces:
            pieces.append(_separator(part.document))
            length += len(pieces[-1])
        document = part.document
        exhibits.append(Exhibit(document.type, document.sequence, document.description, document.filename, kind,
                                Span(length, length + len(body))))  # fmt: skip
        pieces.append(body)
        length += len(body)
    headers = agreed_headers(line for part in parts for line in part.converted[2].items())
    info = replace(
        edgar.parse_header(text),
        document_type=chosen.type,
        document_description=chosen.description,
        document_filename=chosen.filename,
    )
    return _document("".join(pieces), source=name, source_sha256=source_sha256, kind="edgar-" + exhibits[0].format,
                     encoding=encoding, info=info, exhibits=tuple(exhibits), headers=headers)  # fmt: skip


def load_document(
    source: str | Path | bytes,
    *,
    document: str | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
    name: str | None = None,
) -> Document:
    """Read an earnings release and return its ``Document``.

    ``document`` picks another part of an EDGAR submission (type, sequence or filename).
    Raises ``InputError`` for input that cannot be read as a release.
    """
    data, default_name = read_source(source, max_bytes=max_bytes)
    name = display_name(name) if name else default_name
    text, encoding = decode(data, name=name, max_bytes=max_bytes)
    source_sha256 = hashlib.sha256(data).hexdigest()
    del data  # up to 25 MiB: not kept while the text is read
    if edgar.is_submission(text):
        return _submission(text, document, name=name, source_sha256=source_sha256, encoding=encoding)
    text, kind, headers = _as_text(text)
    # normalised here, as ``document_from_text`` does, so that nothing holds the text as read (25 MiB at the limit)
    # while its tables are read, the peak of reading a table of rows (issue 13)
    text = _normalise(text)
    return _document(text, source=name, source_sha256=source_sha256, kind=kind, encoding=encoding, info=None,
                     headers=headers)  # fmt: skip
