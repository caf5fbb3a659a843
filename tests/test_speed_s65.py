"""Session 65's speed work gives what it replaces (issue 13, a row of thousands of pipe cells or columns):

- a table's column periods (``columns._periods_of_columns``) read each distinct heading once, not once per column:
  the same periods as the reading per column, whatever the headings and their repeats;
- the headings of a change on two bases (``tables._changes_over_bases``) search each distinct heading cell once for
  a change's words: the same header cells as the search per cell;
- the extractive engine's company name beside its ticker (``extractive._company``) is searched for only in an
  opening that names an exchange, as every match does: a run of tabs after a capitalised word is not searched;
- the ``figures`` command's other numbers (``serialize.other_list_texts``) are written a few hundred by one ``%`` of a
  template, byte for byte ``indented(other_json(number))`` of each, whatever the types of their members.
"""

from __future__ import annotations

import json

from corpus import CORPUS
from corpus import document as corpus_document
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines import extractive
from summarizer.figures import columns
from summarizer.ingest import tables
from summarizer.ingest.load import load_document
from summarizer.render import serialize
from summarizer.render.json_text import indented
from summarizer.text.vocabulary import CHANGE_COLUMN, Period
from summarizer.types import OtherKind, OtherNumber, Span

# ---- the code replaced, each heading read once per column ----


def _shares_dated_per_column(headings: tuple[str, ...], keys: list) -> list:
    shares = [key is None and columns._SHARE_COLUMN.search(heading) is not None for heading, key in zip(headings, keys)]
    if not any(shares):
        return keys
    first_dated = next((index for index, key in enumerate(keys) if key is not None), len(keys))
    step = 1 if shares.index(True) < first_dated else -1
    dated = list(keys)
    for index, share in enumerate(shares):
        partner = index + step
        if share and 0 <= partner < len(keys) and keys[partner] is not None and not shares[partner]:
            dated[index] = keys[partner]
    return dated


def _at_constant_currency_per_column(headings: tuple[str, ...], keys: list) -> list:
    dated = list(keys)
    for index, (heading, key) in enumerate(zip(headings, keys)):
        if key is not None or not columns._CONSTANT_CURRENCY.search(heading) or CHANGE_COLUMN.search(heading):
            continue
        for before in range(index - 1, max(index - 3, -1), -1):
            if keys[before] is not None:
                dated[index] = keys[before]
                break
            if CHANGE_COLUMN.search(headings[before]):
                break
    return dated


def _periods_per_column(table_columns: tuple[str, ...]) -> tuple[Period, ...]:
    """``columns._periods_of_columns`` as it was: its first readings made once per column."""
    c = columns
    headings = c._percents_beside_dates(tuple(c._ESTIMATE_YEAR.sub(r"\1", heading) for heading in table_columns))
    keys = _shares_dated_per_column(headings, [None if c.compares_two(heading) else c.period_end(heading) for heading in headings])
    keys = c._between_alike(headings, _at_constant_currency_per_column(headings, keys))
    read = {heading: c._header_period(c._BOTH_LENGTHS.sub(" ", heading)) for heading in set(headings)}
    periods = [c._trailing(heading, read[heading]) for heading in headings]
    if any(p.length for p in periods):
        periods = [p if p.length or key is None else Period("unstated", p.prior) for p, key in zip(periods, keys)]
        periods = c._year_ago_alike(c._quarter_sequences(periods, keys), keys)
    change_lengths = c._change_lengths(periods, keys)
    latest_of: dict = {}
    for key, period in zip(keys, periods):
        if key is not None and (period.length not in latest_of or key > latest_of[period.length]):
            latest_of[period.length] = key
    unstated = [key for heading, key, period in zip(headings, keys, periods) if period.length == "unstated" and key and not c._OUTLOOK.search(heading)]
    latest_unstated = max(unstated, default=None)
    result = []
    for heading, key, period, compared in zip(headings, keys, periods, change_lengths):
        if key is None:
            result.append(Period(period.length or compared, None))
            continue
        latest = key >= latest_of[period.length] and not c._SUPERSEDED.match(heading)
        if latest and latest_unstated is not None and latest_unstated > key:
            result.append(Period(period.length, None, key))
            continue
        result.append(Period(period.length, not latest, key))
    result = [Period("unstated", None, p.end) if p.length == "unstated" and c._TRAILING.search(h) else p for h, p in zip(headings, result)]
    return tuple(c._editions(headings, c._quarters_of_history(result, latest_of.get("quarter"))))


def _changes_over_bases_per_cell(column_parts: list[list[str]]) -> list[list[str]]:
    parts = [list(cells) for cells in column_parts]
    for column, own in enumerate(parts):
        said = next((k for k, cell in enumerate(own) if CHANGE_COLUMN.search(cell)), None)
        if said is None or not tables._BASIS_HEADING.fullmatch(" ".join(own[said + 1 :]).strip()):
            continue
        for beside in (column - 1, column + 1):
            theirs = parts[beside] if 0 <= beside < len(parts) else []
            if theirs and not any(CHANGE_COLUMN.search(cell) for cell in theirs) and tables._BASIS_HEADING.fullmatch(" ".join(theirs).strip()):
                parts[beside] = [*own[: said + 1], *theirs]
    return parts


# ---- the same answers ----


def test_the_test_releases_tables_have_the_periods_of_the_reading_per_column() -> None:
    for name in CORPUS:
        for table in corpus_document(name).tables:
            assert columns._periods_of_columns.__wrapped__(table.columns) == _periods_per_column(table.columns), name


_HEADINGS = st.sampled_from([
    "", "2025", "2024", "2025E", "Q4 2024", "Q3 2024", "Three Months Ended December 31, 2024", "December 29, 2023",
    "Twelve Months Ended December 31, 2024", "% of Sales", "% of revenue", "Constant Currency", "Constant Currency % Change",
    "Effect of Currency", "Y/Y", "% Change", "Δ YTD 26 vs YTD 25", "2024/2023", "4Q21 Change 3Q21 $", "TTM Q3 2024",
    "Trailing 12 months Q4 2024", "2025 Outlook Range", "As reported", "Adj.", "% (a)", "Acme Corp Reports Third Quarter",
])


@settings(max_examples=400, deadline=None)
@given(headings=st.lists(_HEADINGS, max_size=10))
def test_column_periods_are_those_of_the_reading_per_column(headings: list[str]) -> None:
    assert columns._periods_of_columns.__wrapped__(tuple(headings)) == _periods_per_column(tuple(headings))


def test_a_caption_over_thousands_of_columns_is_read_once(monkeypatch) -> None:
    read = []
    original = columns.period_end.__wrapped__
    monkeypatch.setattr(columns, "period_end", lambda heading: read.append(heading) or original(heading))
    caption = "Acme Corp Reports Third Quarter Results Revenue was $6.6 million in the quarter."
    periods = columns._periods_of_columns.__wrapped__((caption,) * 5000)
    assert len(periods) == 5000 and read == [caption]


_CELLS = st.sampled_from(["", "Change (%)", "Current basis", "Like-for-like", "Organic", "2025", "2024", "Y/Y", "cc", "Revenue", "vs"])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.lists(_CELLS, max_size=3), max_size=8))
def test_changes_over_bases_are_those_of_the_search_per_cell(parts: list[list[str]]) -> None:
    assert tables._changes_over_bases(parts) == _changes_over_bases_per_cell(parts)


def test_the_change_over_two_bases_is_found() -> None:
    parts = [["2025"], ["Change (%)", "Current basis"], ["Like-for-like"]]
    assert tables._changes_over_bases(parts) == [["2025"], ["Change (%)", "Current basis"], ["Change (%)", "Like-for-like"]]


_OPENINGS = st.sampled_from([
    "Acme Corp", " (NASDAQ: ACME)", " (NYSE: AC)", "(NYSE American: XY)", " (Nasdaq:ABC);", "(AMEX: Z)", " and ", "\t\t",
    "  ", "\n", ", Inc.", "e.l.f. Beauty", "(NYSE", "Revenue", " (nasdaq: abc)", "(OTC: AB)",
])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_OPENINGS, max_size=12))
def test_an_opening_that_names_no_exchange_holds_no_ticker(pieces: list[str]) -> None:
    opening = "".join(pieces)
    if not any(exchange in opening for exchange in extractive._EXCHANGE_OPENINGS):
        assert extractive._TICKER.search(opening) is None


def test_the_test_releases_companies_are_found_as_before() -> None:
    for name in CORPUS:
        opening = corpus_document(name).text[:8000]
        if extractive._TICKER.search(opening) is not None:
            assert any(exchange in opening for exchange in extractive._EXCHANGE_OPENINGS), name


class _CountedSearch:
    def __init__(self) -> None:
        self.searched = 0

    def search(self, text: str):
        self.searched += 1
        return None


def test_a_run_of_tabs_is_not_searched_for_a_ticker(monkeypatch) -> None:
    counted = _CountedSearch()
    monkeypatch.setattr(extractive, "_TICKER", counted)
    document = load_document(("Acme Corp Reports Third Quarter Results\n\nRevenue" + "\t" * 8000 + "1,234\t5,678\n").encode())
    assert extractive._company(document).name and counted.searched == 0
    named = load_document(b"Acme Corp (NASDAQ: ACME) Reports Third Quarter Results\n\nRevenue was $6.6 million.\n")
    extractive._company(named)
    assert counted.searched == 1


_OTHER_TEXTS = st.text(max_size=8) | st.sampled_from(["Form 8-K", "(800) 555-1234", 'a "quoted" \\ text', "\x00\t\n", "é€\u2028"])
_OTHERS = st.builds(
    lambda start, length, text, kind: OtherNumber(Span(start, start + length), text, kind),  # type: ignore[arg-type]
    st.integers(0, 10**6) | st.sampled_from([True, False]),
    st.integers(0, 40),
    _OTHER_TEXTS,
    st.sampled_from(list(OtherKind)),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_OTHERS, max_size=40), st.integers(0, 3), st.integers(1, 7))
def test_other_list_texts_write_each_number_as_indented_other_json(numbers: list[OtherNumber], level: int, piece: int) -> None:
    before, serialize._FIGURES_A_PIECE = serialize._FIGURES_A_PIECE, piece
    try:
        written = list(serialize.other_list_texts(numbers, level))
    finally:
        serialize._FIGURES_A_PIECE = before
    joiner = ",\n" + "  " * level
    assert joiner.join(written) == joiner.join(indented(serialize.other_json(number), level) for number in numbers)
    assert len(written) == -(-len(numbers) // piece)


def test_the_figures_command_writes_thousands_of_other_numbers_as_before(capsys, tmp_path) -> None:
    from summarizer.cli import main
    from summarizer.figures.extract import extract_figures

    path = tmp_path / "forms.txt"
    path.write_text("Acme Corp Reports Third Quarter Results\n\n" + "".join(f"Form 8-K item {i % 9}.0{i % 7}; " for i in range(3000)))
    assert main(["figures", "--format", "json", str(path)]) == 0
    written = json.loads(capsys.readouterr().out)
    other = extract_figures(load_document(path)).other
    assert len(written["other"]) == len(other) > 2 * serialize._FIGURES_A_PIECE
    assert written["other"] == [serialize.other_json(number) for number in other]
