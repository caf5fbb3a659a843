"""A number whose clause names no metric the vocabulary knows ("liquidity of $534 million") is backed by a figure
the release gives a metric only where the release's words there say what the claim says of it: a same-valued
row of another metric is not its support."""

from __future__ import annotations

from corpus import fact_index, number_status

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text
from summarizer.text.abbreviations import abbreviations_in, spelled_by_initials
from summarizer.verify.verifier import SUPPORTED, verify_claim

_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"


def test_a_subject_no_vocabulary_names_is_not_backed_by_a_row_of_another_metric():
    # GrafTech Q4 2024: "we had liquidity of $464 million"; its cost of goods sold for 2024 is $533,757 thousand
    assert number_status(_GRAFTECH, "Liquidity of $464 million at year end.", "$464 million") == "verified"
    check = verify_claim(fact_index(_GRAFTECH), "Liquidity of $534 million at year end.").numbers[0]
    assert check.status.value == "context_mismatch"
    assert "liquid" in check.reason
    # the row's own words back a claim that says them
    assert number_status(_GRAFTECH, "Cost of goods sold was $534 million in 2024.", "$534 million") in SUPPORTED


def test_an_abbreviation_is_said_by_the_initials_of_the_release_words():
    # Axon Q2 2026: "Annual recurring revenue grew 39% year over year to $1.6 billion" -- "ARR" is its initials
    index = FactIndex(document_from_text(
        "Axon Reports Q2 2026 Revenue\n\n"
        "Annual recurring revenue grew 39% year over year to $1.6 billion, reflecting growing demand.\n"
    ))  # fmt: skip
    assert verify_claim(index, "ARR rose 39% to $1.6 billion.").supported


def test_initials_spell_consecutive_words_with_links_left_out():
    assert spelled_by_initials("ARR", "Annual recurring revenue ($ millions)")
    assert spelled_by_initials("NCO", "Net charge-offs to average loans")  # a hyphen parts the words
    assert spelled_by_initials("ROE", "Return on equity")
    assert not spelled_by_initials("ARR", "Annual revenue")
    assert spelled_by_initials("NPA", "Nonperforming assets")  # a solid "non" spells its own letter (session 46)
    assert not spelled_by_initials("NPL", "Nonperforming assets")
    assert abbreviations_in("NPAs fell to $52.6m, or 0.63% of assets; ARR rose") == ["NPA", "ARR"]
    assert abbreviations_in("ASE spent US$1,876 million, HK$26.08 a share") == ["ASE"]  # currencies are none



def test_a_clause_after_a_semicolon_named_by_an_abbreviation_keeps_its_own_subject():
    # Goldman Sachs 2021: the number after ";" is not the book value's; "AUS" is spelled by the initials of the
    # release's "assets under supervision", as a metric-less number's abbreviation is (``_subject_unsaid``)
    index = FactIndex(document_from_text(
        "The Goldman Sachs Group, Inc. Reports Fourth Quarter and Full Year 2021 Earnings\n\n"
        "Book value per common share increased by 20.4% during the year to $284.39.\n\n"
        "Firmwide assets under supervision increased $325 billion during the year, including record long-term net "
        "inflows of $130 billion, to a record $2.47 trillion.\n"
    ))  # fmt: skip
    claim = "Book value per share up 20.4% to $284.39; AUS up $325 bln to a record $2.47 trillion"
    assert [check.status in SUPPORTED for check in verify_claim(index, claim).numbers] == [True] * 4
    # initials that spell no words of the backing sentence back nothing
    assert not verify_claim(index, "Book value per share up 20.4% to $284.39; ARR up $325 bln").supported
