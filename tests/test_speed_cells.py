"""Readings made faster give what the slower way gave: the pieces of a line split on tabs or
pipes by ``str.split`` are those of the regex they replace, a piece skipped as no prefix or
suffix by its first character is none by the patterns, and a cell's kind kept for its text is
the kind read afresh."""

from __future__ import annotations

import re

from corpus import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest import cells, tables
from summarizer.ingest.load import load_document

_PIECES = st.sampled_from(
    list("0123456789$()%,.-–— \t|abdeilnortuxXpPbBUCA€£¥\u00a0\u2003")
    + ["US$", "C$", "pts", "bps", "p.p.", "pp", "(3,502", ")", "%)", "n/m", "2025", "Net revenue", "  ", "\t\t", "||"]
)
_lines = st.lists(_PIECES, max_size=16).map("".join)


def _regex_split(text: str, start: int, end: int, piece: re.Pattern[str]) -> list[tuple[int, int]]:
    """The pieces of a line as ``tables._split`` found them before ``str.split``: each run the
    pattern matches, stripped, as offsets in the text."""
    spans = []
    for match in piece.finditer(text[start:end]):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            offset = match.start() + raw.index(stripped[0])
            spans.append((start + offset, start + offset + len(stripped)))
    return spans


@settings(max_examples=600, deadline=None)
@given(_lines, st.text(alphabet="ab \n", max_size=4))
def test_a_line_split_on_tabs_or_pipes_gives_the_pieces_the_regex_found(line, before):
    text = before + line + "\n"
    start, end = len(before), len(before) + len(line)
    if "\t" in line:
        expected = _regex_split(text, start, end, re.compile(r"[^\t]+"))
    elif line.count("|") >= 2:
        expected = _regex_split(text, start, end, re.compile(r"[^|]+"))
    else:
        expected = tables._split(text, start, end)  # spaced or a single piece: unchanged code
    assert tables._split(text, start, end) == expected


def _patterns_group(pieces: list[str]) -> list[list[int]]:
    """``cells.group_pieces`` as it was before the first-character test: every piece matched
    against the prefix and suffix patterns."""
    groups: list[list[int]] = []
    pending: list[int] = []
    for index, piece in enumerate(pieces):
        text = piece.strip()
        if cells._PREFIX_PIECE.fullmatch(text):
            pending.append(index)
        elif cells._SUFFIX_PIECE.fullmatch(text) and groups and not pending and cells._takes_suffix(pieces[groups[-1][-1]].strip() + text):
            groups[-1].append(index)
        elif pending and not cells._DIGIT_OR_DASH.search(text):
            groups.extend([pending, [index]])
            pending = []
        else:
            groups.append(pending + [index])
            pending = []
    if pending:
        groups.append(pending)
    return groups


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=4).map("".join), max_size=10))
def test_pieces_skipped_by_their_first_character_are_grouped_as_the_patterns_group_them(pieces):
    assert cells.group_pieces(pieces) == _patterns_group(pieces)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_a_cells_kind_kept_for_its_text_is_the_kind_read_afresh(text):
    assert cells.is_value_cell(text) == cells._value_cell(text)
    assert cells.is_value_cell(text) == cells._value_cell(text)  # asked again: the kept answer


def test_the_first_characters_are_every_first_character_the_patterns_match():
    """Every character that starts a prefix or a suffix, in any case the suffix pattern ignores,
    is in the sets the grouping tests first."""
    for code in range(0x10000):  # the basic multilingual plane
        character = chr(code)
        starts_prefix = any(cells._PREFIX_PIECE.fullmatch(character + rest) for rest in ("", "$", " $", "S$"))
        starts_suffix = any(cells._SUFFIX_PIECE.fullmatch(character + rest) for rest in ("", "%", ")", "t", "ts", "p", "ps", ".p", ". p."))
        assert not starts_prefix or character in cells._PREFIX_FIRST, character
        assert not starts_suffix or character in cells._SUFFIX_FIRST, character


def test_nvidias_tables_are_found_as_before():
    """NVIDIA's fourth quarter of fiscal 2026 (tab-separated rows from its HTML exhibits): its
    statements and their cells, as the regex split found them."""
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    assert len(document.tables) == 24
    income = next(t for t in document.tables if any(row.label == "Revenue" for row in t.rows))
    revenue = next(row for row in income.rows if row.label == "Revenue")
    assert [cell.text for cell in revenue.cells] == ["$68,127", "$57,006", "$39,331", "20%", "73%"]
    assert income.columns == ("Q4 FY26", "Q3 FY26", "Q4 FY25", "Q/Q", "Y/Y")

