"""How a sentence of a release finds the period and the metric of its figures when its own words do
not say them (issue 11, "the verifier reads sources as written"): an abbreviation the release
defined, a bullet that opens a sentence mid-line, an outlook list under its year's title, "sales of" a
bound and an amount. Each on real release text (tests/data/reading, or a few lines
of a development-corpus release quoted as published)."""

from __future__ import annotations

from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.abbreviations import abbreviation_before, defined_abbreviations

READING = DATA / "reading"


def _prose(document, text: str, opening: str = ""):
    """The fact of running text written ``text``, in the first sentence that opens with ``opening``."""
    return next(
        f for f in FactIndex(document).facts
        if f.figure.table is None and f.figure.text == text and f.figure.context.of(document.text).startswith(opening)
    )  # fmt: skip


def test_an_abbreviation_a_release_defines_reads_as_its_metric():
    # Brookfield: 'Distributable earnings (“DE”) before realizations increased by 24% ...', then under "Asset
    # Management:" "* DE was $694 million ($0.44/share) in the quarter and $2.6 billion ($1.67/share) for the year."
    document = load_document(READING / "brookfield-corp_fy2024_newswire.txt")
    assert defined_abbreviations(document.text)["DE"] == "distributable_earnings"
    quarter, year = _prose(document, "$694 million"), _prose(document, "$2.6 billion")
    assert quarter.metrics == year.metrics == frozenset({"distributable_earnings"})
    assert (quarter.period.length, year.period.length) == ("quarter", "year")


def test_words_whose_last_word_names_no_metric_define_nothing():
    # Tompkins: "Federal Home Loan Bank (FHLB)" is a lender, no loans; a currency's code is an amount's
    text = load_document(READING / "tompkins-financial_q2-2025_newswire.txt").text
    assert "FHLB" in text and "FHLB" not in defined_abbreviations(text)
    assert defined_abbreviations("annual recurring revenue (ARR) of $1.2 billion") == {}
    assert abbreviation_before("Reported NFE of ", {"NFE": "net_income"}) == "net_income"
    assert abbreviation_before("Reported NFEPS of ", {"NFE": "net_income"}) == ""


# Goldman Sachs' fourth quarter 2021 release (development corpus, 108), two items of one line as published
GOLDMAN = (
    "Other Matters\n\n"
    "◾ On January 14, 2022, the Board of Directors of The Goldman Sachs Group, Inc. declared a dividend of $2.00 per"
    " common share to be paid on March 30, 2022 to common shareholders of record on March 2, 2022. ◾ During the year,"
    " the firm returned $7.49 billion of capital to common shareholders, including $5.20 billion of common share"
    " repurchases (15.3 million shares at an average cost of $339.81) and $2.29 billion of common stock dividends.\n"
)


def test_a_bullet_opens_a_sentence_on_the_line_of_the_item_before():
    # the $7.49 billion returned is no dividend of the item before, and "During the year" is its period
    document = document_from_text(GOLDMAN)
    returned = _prose(document, "$7.49 billion")
    assert returned.figure.context.of(document.text).startswith("◾ During the year")
    assert "dividend" not in returned.metrics and returned.period.length == "year"
    buybacks = _prose(document, "$5.20 billion")
    assert buybacks.metrics == frozenset({"buyback"}) and buybacks.period.length == "year"
    assert _prose(document, "$2.00").period.length == ""  # the declared dividend says no period


def test_an_outlook_list_under_its_lead_in_has_the_year_of_the_title_above():
    # Assurant: "2025 Outlook" / "The company expects:" / "* Adjusted EBITDA, excluding reportable catastrophes6, to
    # grow modestly, or high-single-digits excluding $107 million of favorable prior year development in 2024."
    document = load_document(READING / "assurant_q4-2024_newswire.txt")
    development = _prose(document, "$107 million", "* Adjusted EBITDA")
    assert development.period.length == "year" and development.metrics == frozenset({"ebitda"})


def test_sales_of_a_bound_then_an_amount_are_revenue():
    # STAAR's outlook: "* China ICL sales of less than $5 million for the first half of 2025, as the Company ..."
    document = load_document(READING / "staar-surgical_q4-2024_newswire.txt")
    china = _prose(document, "$5 million", "* China ICL sales")
    assert china.metrics == frozenset({"segment_revenue"}) and china.period.length == "half"
    # "sales of" a count of things is no amount of revenue; a disposal's "sales of securities" stays none
    homes = _prose(document_from_text("Sales of approximately 1,200 homes in the quarter.\n"), "1,200")
    assert "revenue" not in homes.metrics



def test_a_year_said_by_its_end_is_a_year_of_flows():
    # PrairieSky Q4 2024: "For YE 2024, lease bonus consideration totaled $30.8 million from issuing 219 new leases"
    document = document_from_text(
        "PrairieSky Announces Q4 2024 Results\n\n"
        "For YE 2024, lease bonus consideration totaled $30.8 million from issuing 219 new leases to 101 separate "
        "counterparties.\n"
    )
    assert _prose(document, "$30.8 million").period.length == "year"


def test_what_a_figure_is_said_higher_or_lower_than_is_the_comparison():
    # U.S. Bancorp: "... was $1,673 million for the fourth quarter of 2021, which was $154 million higher than the $1,519
    # million for the fourth quarter of 2020, and $355 million lower than the $2,028 million for the third quarter of
    # 2021." The third quarter's figure is the comparison's, though of the release's year; a bound is not
    # ("greater than 10% adjusted earnings per share growth"), nor a figure far after the words ("(2.0 percent) higher
    # than the third quarter of 2021 primarily due to higher total commercial loans (2.6 percent)").
    document = document_from_text(
        "Net income attributable to U.S. Bancorp was $1,673 million for the fourth quarter of 2021, which was $154 "
        "million higher than the $1,519 million for the fourth quarter of 2020, and $355 million lower than the $2,028 "
        "million for the third quarter of 2021. Average total loans were $6.0 billion (2.0 percent) higher than the third "
        "quarter of 2021 primarily due to higher total commercial loans (2.6 percent) driven by strong new business."
    )
    assert _prose(document, "$1,673 million").period.prior is False
    assert _prose(document, "$1,519 million").period.prior is True
    assert _prose(document, "$2,028 million").period.prior is True
    assert _prose(document, "2.6 percent").period.prior is not True
