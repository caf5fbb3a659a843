"""What a source's own words say of a figure's metric and period (session 42): an amount "of shares" is the
money spent on them, a running total's length is the total's, a year's result beside the next year's outlook is
no comparison year, and a row that says only its basis is of the amount its table's title names. Each on a few
lines of a development-corpus release quoted as published."""

from __future__ import annotations

from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document

READING = DATA / "reading"


def _fact(document, text: str, opening: str = ""):
    """The fact written ``text`` whose sentence or row opens with ``opening``."""
    return next(
        f for f in FactIndex(document).facts
        if f.figure.text == text and f.figure.context.of(document.text).lstrip("|* ").startswith(opening)
    )  # fmt: skip


def test_an_amount_of_shares_is_the_money_spent_on_them():
    # ConocoPhillips, second quarter 2026 (development corpus): "$3.0 billion of shares" is no share count
    document = document_from_text(
        "Second Quarter Review\n\n"
        "In the first six months of 2026, cash provided by operating activities was $12.6 billion. The company funded"
        " $6.0 billion of capital expenditures and investments, repurchased $3.0 billion of shares, and paid $2.1 billion"
        " in ordinary dividends.\n"
    )
    bought = _fact(document, "$3.0 billion", "The company")
    assert bought.metrics == frozenset({"buyback"})
    assert _fact(document, "$6.0 billion", "The company").metrics == frozenset({"capex"})


def test_a_running_total_keeps_its_length_from_the_figure_it_adds():
    # Taylor Morrison, fourth quarter 2024 (development corpus): the year is the total's, not the $90 million's
    document = document_from_text(
        "Balance Sheet\n\n"
        "* At quarter end, total liquidity was approximately $1.4 billion.\n"
        "* The Company repurchased 1.4 million shares for $90 million, bringing the full-year total to 5.6 million"
        " shares for $348 million.\n"
    )
    added, total = _fact(document, "$90 million"), _fact(document, "$348 million")
    assert total.period.length == "year"
    assert added.period.length != "year"


# The Clorox Company, fourth quarter fiscal 2026 (development corpus, 139), as published
CLOROX = (
    "Diluted earnings per share |\n"
    "| Fiscal year 2025 full year | | Fiscal year 2026 full year | | Fiscal year 2027 full year outlook\n"
    "|\n"
    "| Impact | | Impact | | Low | | High |\n"
    "As estimated (GAAP) | $ | 6.52 | | | $ | 4.81 | | | $ | 5.41 | | | $ | 5.71 | |\n"
    "Loss on divestiture | 0.94 | | | | — | | — |\n"
    "Acquisition and integration costs | — | | | 0.36 | | 0.29 | | 0.29 |\n"
    "Cyberattack costs, net of insurance recoveries | (0.42) | | | | | — | | — |\n"
    "Digital capabilities and productivity enhancements investment | 0.68 | | | 0.36 | | | — | | — |\n"
    "As adjusted (non-GAAP) | $ | 7.72 | | | $ | 5.53 | | | $ | 5.70 | | | $ | 6.00 | |\n"
)


def test_the_year_beside_next_years_outlook_is_the_current_year():
    # the whole release: its year (fiscal 2026, ended June 30, 2026) and its quarter (the fourth) say which year is over
    facts = FactIndex(load_document(READING / "clorox_q4-fy2026_text.txt")).facts
    row = [f for f in facts if f.figure.row == "As adjusted (non-GAAP)" and "full year" in (f.figure.column or "")]
    by_value = {str(f.value): f for f in row}
    assert by_value["5.53"].period.prior is False and by_value["5.53"].period.length == "year"
    assert by_value["7.72"].period.prior is True
    assert by_value["5.70"].forward and by_value["6.00"].forward
    # a release on a second quarter: the last full year beside the next one's guidance is a year before the current
    facts = FactIndex(load_document(READING / "sterling-infrastructure_q2-2026_text.txt")).facts
    actual = [f for f in facts if "2025 Actual" in (f.figure.column or "") and f.figure.text == "290"]
    assert actual and all(f.period.prior is True for f in actual)


def test_a_row_that_says_only_its_basis_is_of_the_amount_its_title_names():
    document = document_from_text(CLOROX)
    adjusted, reported = _fact(document, "5.53"), _fact(document, "4.81", "As estimated")
    assert adjusted.metrics == reported.metrics == frozenset({"eps"})
    assert adjusted.basis == "adjusted"
    # the items between them are no earnings per share
    assert not _fact(document, "0.94").metrics
