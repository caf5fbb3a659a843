"""A year said alone as a claim's period ("in 2024") in a release that reports that year whole, beside its fourth
quarter, and the editions of an outlook table (issue 11): the year's figure backs it, the quarter's does not."""

from __future__ import annotations

import pytest
from corpus import fact_index, number_check, number_status

from summarizer.figures.columns import column_periods
from summarizer.text.context import names_the_year

_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"  # "record financial results for the year ended December 31, 2024"
_ASE = "reading/ase-technology_q4-2024_newswire.txt"  # fourth quarter and full year 2024
_LILLY = "reading/eli-lilly_q2-2026_text.txt"  # "| Prior | Updated |" guidance table
_NEPHROS = "reading/nephros_q4-2024_newswire.txt"
_SUPPORTED = ("verified", "derived")


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("Total distributable earnings were $0.6 billion in 2024.", True),
        ("2024 dividends totaled C$239.0 million", True),
        ("a record 15% above 2024's $922.1 million", True),
        ("up from $4.8 billion in 2023", False),  # another year: a comparison's, no period of the release's own
        ("net income of $101 million in the fourth quarter of 2024", False),  # a length said
        ("cash of $1.9 billion at December 31, 2024", False),  # a day
        ("ended 2024 with liquidity of $464 million", False),
    ],
    ids=["in-year", "year-noun", "year-possessive", "other-year", "quarter-of-year", "dated", "ended-with"],
)
def test_the_release_year_said_alone(words, named):
    assert names_the_year(words, 2024) is named


def test_a_quarters_figure_backs_no_claim_of_the_year_said_alone():
    # "DE was $562 million ($0.35/share) in the quarter and $1.6 billion ($1.03/share) for the year" (Operating
    # Businesses): $562 million rounds to $0.6 billion, but it is the quarter's, and "in 2024" is the year
    wrong = number_check(_BROOKFIELD, "Total distributable earnings were $0.6 billion in 2024.", "$0.6 billion")
    assert wrong.status.value not in _SUPPORTED
    assert not any(ref.text == "$562 million" for ref in wrong.supports)
    # the year's total DE, 6,274 in the table "Years Ended 2024": $6.3 billion
    right = number_check(_BROOKFIELD, "Total distributable earnings were $6.3 billion in 2024.", "$6.3 billion")
    assert right.status.value == "verified"
    assert any(ref.text == "6,274" and "Years Ended 2024" in (ref.column or "") for ref in right.supports)
    # said with its quarter, the quarter's figure still backs it
    assert number_status(_BROOKFIELD, "Operating businesses' DE was $562 million in the fourth quarter of 2024.", "$562 million") in _SUPPORTED


def test_a_comparison_year_keeps_its_side():
    claim = "Net income attributable to Brookfield shareholders fell to $641 million in 2024 from $1,130 million."
    assert number_status(_BROOKFIELD, claim, "$641 million") == "verified"
    assert number_status(_BROOKFIELD, claim, "$1,130 million") == "verified"
    assert number_status(_BROOKFIELD, claim.replace("$1,130", "$1,230"), "$1,230 million") not in _SUPPORTED


def test_the_release_reads_its_own_bare_year_alike():
    # "Capital expenditures in 2024 totaled US$1,876 million, of which US$957 million was used in packaging" -- the
    # year's, as a claim that opens with its year reads it ("US$640 million of it in 4Q24" names the quarter's)
    claim = "2024 capex totaled US$1,876 million, US$640 million of it in 4Q24."
    assert number_status(_ASE, claim, "US$1,876 million") == "verified"
    assert number_status(_ASE, claim, "US$640 million") == "verified"
    assert number_status(_ASE, "Packaging took US$957 million of 2024 capital expenditures.", "US$957 million") == "verified"


def test_a_year_said_in_one_clause_is_not_a_later_clauses():
    # "we added nearly 600 new customer sites, which combined to almost $2 million in sales" sits in a sentence that
    # names Q3: the first clause's "in 2024" is not carried over the semicolon to the count
    claim = "Core programmatic revenue grew 9% in 2024; nearly 600 new customer sites added almost $2 million of sales."
    assert number_status(_NEPHROS, claim, "600") == "verified"


def test_the_later_edition_of_an_outlook_is_the_current_guidance():
    table = next(t for t in fact_index(_LILLY).document.tables if list(t.columns) == ["Prior", "Updated"])
    prior, updated = column_periods(table)
    assert updated.prior is False  # the outlook now
    assert prior.prior is True  # what it was revised from, as "Previous Fiscal 2027 Outlook" is
    claim = "Performance margin guidance lifted to 49.0%-50.5% from 47.0%-48.5%."
    for number in ("49.0%", "50.5%", "47.0%", "48.5%"):
        assert number_status(_LILLY, claim, number) == "verified"
    # the previous edition claimed as the new guidance is caught
    assert number_status(_LILLY, "Performance margin guidance lifted to 47.0%-48.5%.", "48.5%") not in _SUPPORTED
