"""Shortcuts taken for speed give the reading they replace: a substring test that skips a regex
never skips one that would match (a cell's, a row label's), and a table row's words read once give each cell its reading."""

from __future__ import annotations

from corpus import DATA
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex, directions, table_reading
from summarizer.facts.directions import Direction
from summarizer.facts.model import family_of
from summarizer.figures import extract as figures
from summarizer.ingest import cells
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import CAPTION_EXCEPTION, metrics_in
from summarizer.types import Unit

_CELL_PARTS = st.sampled_from(
    list("0123456789$()%,.-–— \tabdeilnortuTO€")
    + ["to", "TO", "To", "million", "billion", "2024", "2025", "$253", "3%", "up ", "down ", "n/m", "FY"]
)
_cells = st.lists(_CELL_PARTS, max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_cells)
def test_a_range_cell_is_found_with_or_without_the_dash_and_to_test(text):
    by_pattern = cells._RANGE_CELL.fullmatch(text) is not None and cells._YEARS.fullmatch(text) is None
    assert cells.is_range_cell(text) == by_pattern


_LABEL_PARTS = st.sampled_from(
    ["net ", "earnings", "income", "loss", "operations", "gaap", "non-gaap", "adjusted", "reported", "per share",
     "basic", "diluted", " ", "-", "(", ")", "continuing ", "of ", "total ", "s", "un", "pre"]
)  # fmt: skip
_labels = st.lists(_LABEL_PARTS, max_size=8).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_labels)
def test_an_earnings_label_is_found_with_or_without_the_word_test(label):
    assert figures._EARNINGS_PART.found_in(label) == (figures._EARNINGS_PART.pattern.search(label) is not None)


def _cell(index: FactIndex, row: str, text: str):
    return next(f for f in index.facts if f.in_table and f.figure.row == row and f.figure.text == text)


def test_a_rows_words_read_once_still_give_each_cell_its_metric_sign_and_basis():
    """NVIDIA's fourth quarter of fiscal 2026: a row's words are read once for all its cells, and
    each cell still gets its row's metric, its section's when the label is a bare line ("GAAP"
    under "Diluted net income per share"), its column's change and the basis its words say."""
    index = FactIndex(load_document(DATA / "nvidia_q4-fy2026.txt"))
    revenue = _cell(index, "Revenue", "$68,127")
    assert (revenue.metrics, revenue.named, revenue.basis, revenue.change) == ({"revenue"}, True, "", False)
    growth = next(f for f in index.facts if f.figure.row == "Revenue" and f.figure.column == "Y/Y" and f.value == 73)
    assert growth.change and growth.metrics == {"revenue"}
    gaap_eps, adjusted_eps = _cell(index, "GAAP", "$1.76"), _cell(index, "Non-GAAP**", "$1.62")
    assert (gaap_eps.metrics, gaap_eps.named, gaap_eps.basis) == ({"eps"}, False, "gaap")
    assert (adjusted_eps.metrics, adjusted_eps.basis) == ({"eps"}, "adjusted")
    adjusted_income = _cell(index, "Non-GAAP net income**", "$39,552")
    assert (adjusted_income.metrics, adjusted_income.named, adjusted_income.basis) == ({"net_income"}, True, "adjusted")
    purchases = _cell(index, "Purchases of marketable securities", "(20,540)")
    assert purchases.value == -20_540_000_000 and purchases.metrics == {"marketable_securities"} and purchases.named
    goodwill = _cell(index, "Goodwill", "20,832")
    assert goodwill.metrics == {"goodwill"} and goodwill.named  # a balance the vocabulary names since session 21


_LINE_PARTS = st.sampled_from(["Revenue rose.", " ", "  ", "\n", "\n\n", "\t", "• ", "- ", "* ", "“", "”", '"', "x", "–"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PARTS, min_size=1, max_size=30).map("".join), st.lists(st.integers(0, 10**6), max_size=20))
def test_a_sentence_s_line_and_paragraph_found_by_bisection_are_what_a_scan_back_finds(text, offsets):
    # the extractive engine finds a sentence's line and paragraph in lists of their starts made once per text;
    # asked in any order, they answer as a scan back from the sentence to its line's or paragraph's start
    from summarizer.engines import extractive
    from summarizer.types import Span

    def bullet(start):
        line_start = text.rfind("\n", 0, start) + 1
        return text[line_start : start + 1].lstrip().startswith(("•", "*", "-", "·", "◦", "–"))

    def quotation(start):
        before = text[text.rfind("\n\n", 0, start) + 1 : start]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    lines = extractive._Lines(text)
    for start in [offset % len(text) for offset in offsets] + [0, len(text) - 1]:
        assert lines.is_bullet(Span(start, start + 1)) == bullet(start)
        assert lines.in_quotation(Span(start, start + 1)) == quotation(start)


def test_figures_share_the_texts_they_repeat():
    # the cells of a table repeat their values: one text object for each (the cell's, which its figure keeps),
    # and each the figure's own characters
    document = load_document(DATA / "nvidia_q4-fy2026.txt")
    found = figures.extract_figures(document).financial
    for figure in found:
        assert figure.text == document.text[figure.span.start : figure.span.end]
    by_text: dict = {}
    for figure in found:
        by_text.setdefault((figure.text, figure.exponent), []).append(figure)
    repeated = [same for same in by_text.values() if len(same) > 1 and same[0].table is not None]
    assert repeated
    assert all(same[0].text is other.text for same in repeated for other in same)


# words of every label pattern gated by the words its matches hold, in several cases, with the characters
# that ``re.IGNORECASE`` folds to an ASCII letter ("ſ" is an s, "K" a k) and look-behinds' words ("for credit")
_GATED_PARTS = st.sampled_from(
    ["Loss", "losses", "LOSS", "for ", "credit ", "loan ", "change", "Changes", "(Increase)", "increase", "decrease",
     "Decrease", "growth", "Growth", " %", "(non-GAAP)", "basic", "Diluted", "assuming dilution", "total", "Total",
     "except per share", "beginning of period", "at ", "the ", "year", "Net cash used in", "uses of", "expenses",
     "Expenditures", "outflow", "charge-offs", "deductions", "deficit", "Provision", "provided by", "generated from",
     "benefit", "income", "Income tax", "gains", "profit", "earnings", "inflows", "recovery", "recoveries", "net ",
     "in ", "fair value", "revenue", "Line item 12", "ſ", "K", "ı", " ", ":", "-", "(", ")", "s", "/"]
)  # fmt: skip
_gated_labels = st.lists(_GATED_PARTS, max_size=8).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_gated_labels)
def test_a_label_pattern_skipped_for_want_of_its_words_would_not_have_matched(label):
    """Each label pattern of a table row is tried only on labels that hold a word every match of it
    holds (``keywords.may_hold``): the answers are the patterns' own."""
    tr = table_reading
    assert tr._loss_label(label) == (bool(tr._LOSS_ROW.search(label)) and not tr._NOT_LOSS_ROW.search(label))
    assert tr._difference_row(label) == bool(tr._DIFFERENCE_ROW.match(label))
    assert tr._change_row(label) == bool(tr._CHANGE_ROW.search(label))
    assert tr._qualifier_only(label) == bool(tr._QUALIFIER_ONLY.match(label))
    assert tr._opening_balance(label) == bool(tr._OPENING_BALANCE.search(label))
    if label.isascii():  # ("ſ" in a metric's phrase is a KeyError of ``metrics_in``'s spellings, gated or not)
        plain = frozenset(metric for _, metric in metrics_in(" ".join(CAPTION_EXCEPTION.sub("", label).split())))
        assert tr._named_in(label) == plain
    found = directions._DIRECTION_WORD.finditer(label)
    expected = [(Direction.ADVERSE if m.group("adverse") else Direction.FAVOURABLE, m.start(), m.end()) for m in found]
    assert directions._words(label) == expected


def test_a_units_family_is_looked_up_as_it_was_worked_out():
    points = (Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS)
    assert {unit: family_of(unit) for unit in Unit} == {unit: "points" if unit in points else unit.value for unit in Unit}


# words of running text and of a table read as one sentence: amounts, periods, comparisons, lists, losses, asides
_SENTENCE_PARTS = st.sampled_from(
    ["Revenue ", "net loss ", "Net income ", "EPS ", "margin ", "was ", "were ", "of ", "rose ", "fell ", "up ", "down ",
     "$6.6 million", "$5.2 million", "$0.05", "27%", "4%", "(1,234)", "1,234", "9,876", " per diluted share", ", or ",
     " compared with ", " from ", " to ", " and ", ", and ", " respectively", " for the quarter", " for the year",
     " in the fourth quarter", " three and nine months", " 2024", " 2025", " fiscal 2025", " (2024: $4.1 million)",
     " year over year", " sequentially", " q/q", " on a constant currency basis", " of which", " primarily due to ",
     "\tLine item 7\t", "\n", "\t", "; ", ". ", " (", ")", " ", ", "]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_SENTENCE_PARTS, max_size=24).map("".join), st.sampled_from([None, 2025]), st.sampled_from(["", "quarter"]))
# figures listed before as many lengths, and before "respectively": both passes give lengths after the numbers are read
@example("$6.6 million and $6.6 million for the quarter for the year", None, "")
@example("$348.2 million and $83.3 million for the year and quarter ended December 31, 2024, respectively", None, "")
def test_a_sentence_read_without_its_lengths_reads_all_else_alike(sentence, current_year, default_length):
    """A flattened table's figures keep no period, so their lengths are left unread
    (``read_sentence(lengths=False)``): every reading is the full reading's but for its length."""
    from dataclasses import replace

    from summarizer.text.context import read_sentence
    from summarizer.text.vocabulary import Period
    from summarizer.verify.claims import read_numbers

    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    full = read_sentence(sentence, numbers, 0, len(sentence), current_year, default_length)
    quick = read_sentence(sentence, numbers, 0, len(sentence), current_year, default_length, lengths=False)
    assert [replace(r, period=Period("", r.period.prior, r.period.end)) for r in full] == quick


def test_a_claims_segment_rows_are_read_once_per_label_and_give_the_reading_they_replace(monkeypatch):
    # NVIDIA Q4 FY2026: a claim of many clauses of revenue, each number with the same table rows among its
    # candidates. Each row label is read against the claim's words once, not once per number and candidate
    # (that search of the whole claim for each was quadratic in the claim's length).
    from summarizer.verify import verifier

    index = FactIndex(load_document(DATA / "nvidia_q4-fy2026.txt"))
    claim = " and ".join(f"data center revenue grew {i % 90}% to ${i}.5 million" for i in range(120)) + "."
    labels: list[tuple] = []
    read = verifier._names_revenue_row

    def counted(*key):
        labels.append(key[:2])
        return read(*key)

    monkeypatch.setattr(verifier, "_names_revenue_row", counted)
    check = verifier.verify_claim(index, claim)
    assert labels and len(labels) == len(set(labels))
    monkeypatch.undo()
    verifier._REVENUE_ROWS_READ.clear()
    assert verifier.verify_claim(index, claim) == check  # read once or for each number, the same verdicts
    true = verifier.verify_claim(index, "Data Center revenue was $62.3 billion in the fourth quarter, up 75% from a year ago.")
    assert true.supported
