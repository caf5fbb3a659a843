"""How a sentence of a release finds the period and the metric of its figures when its own words do
not say them (issue 11, "the verifier reads sources as written"): an abbreviation the release
defined, a bullet that opens a sentence mid-line, a title over highlights that names two periods, an
outlook list under its year's title. Each on real release text (tests/data/reading, or a few lines
of a development-corpus release quoted as published)."""

from __future__ import annotations

from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.abbreviations import abbreviation_before, defined_abbreviations
from summarizer.text.context import lead_in
from summarizer.text.vocabulary import lengths_named
from summarizer.verify.verifier import SUPPORTED, verify_claim

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


# Oracle's fourth quarter fiscal 2022 release (development corpus, 105), its title and first highlights
ORACLE = (
    "Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year Financial Results\n\n"
    "•\tQ4 GAAP Earnings per Share $1.16, Non-GAAP Earnings per Share $1.54\n\n"
    "•\tTotal Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency\n\n"
    "•\tTotal Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD, up 22% in constant currency\n\n"
    "•\tInfrastructure Cloud Revenue (IaaS) up 36% in USD, up 39% in constant currency\n\n"
)


def test_a_title_that_names_two_periods_leads_into_no_list():
    document = document_from_text(ORACLE)
    item = document.text.index("•\tInfrastructure")
    assert lead_in(document.text, item) == ""
    index = FactIndex(document)
    # the items around it are the quarter's: not the full year's the title names second
    assert all(n.status in SUPPORTED for n in verify_claim(index, "Q4 infrastructure cloud revenue grew 36% in USD.").numbers)
    assert not all(n.status in SUPPORTED for n in verify_claim(index, "FY22 infrastructure cloud revenue grew 36% in USD.").numbers)
    # Kemira's "January-December 2024 performance, unadjusted for the Oil & Gas divestment" names the year alone,
    # and "Fiscal 2022 Fourth Quarter Results" the quarter: a fiscal year's name dates it
    assert lengths_named("January-December 2024 performance, unadjusted for the Oil & Gas divestment") == {"year"}
    assert lengths_named("Fiscal 2022 Fourth Quarter Results") == {"quarter"}
    # a lead-in that ends with ":" still leads into its list
    assert lead_in("Fiscal 2026 Outlook:\n• Revenue of $4 billion\n", 21).startswith("Fiscal 2026 Outlook")


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

