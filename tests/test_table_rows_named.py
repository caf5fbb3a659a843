"""Table rows whose label names a measure no vocabulary holds ("Performance Margin", "Avg. Realized Price",
"Gross loss"), read by the words a claim says its number by: the label, word by word, in the number's clause
before it, with no metric named between. The cell's period and side must fit all the same."""

from __future__ import annotations

from corpus import number_status

_LILLY = "reading/eli-lilly_q2-2026_text.txt"  # "Performance Margin (1)(2) | 47.0% to 48.5% | 49.0% to 50.5%"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"  # "Avg. Realized Price ($/kg LCE) (a) | 19.53 | 12.17 | 60.5%"
_PLUG = "reading/plug-power_q2-2026_text.txt"  # "Gross loss | (1,675) | (53,465)"
_ROYALTY = "reading/royalty-management_q2-2025_newswire.txt"  # "Environmental Services | $ 1,302,292 | $ 228,100"

_SUPPORTED = ("verified", "derived")


def test_a_label_said_before_the_number_backs_it_whatever_metric_the_claim_carries():
    # the claim's first clause names EPS: the clause after ";" says its number by the row's words
    claim = (
        "FY26 non-GAAP EPS guidance trimmed to $35.50-$36.50 from $35.50-$37.00 as $3.03 of IPR&D charges more than "
        "offset a $2.78 underlying raise; performance margin guidance lifted to 49.0%-50.5%."
    )
    assert number_status(_LILLY, claim, "49.0%") == "verified"
    assert number_status(_LILLY, claim, "50.5%") == "verified"
    # the previous edition's range is no updated guidance, and another range is no guidance at all
    assert number_status(_LILLY, claim.replace("49.0%-50.5%", "47.0%-50.5%"), "47.0%") not in _SUPPORTED
    assert number_status(_LILLY, claim.replace("49.0%-50.5%", "49.0%-51.5%"), "51.5%") not in _SUPPORTED


def test_a_shortened_label_word_is_the_claims_word_in_full():
    claim = (
        "Energy Storage net sales rose 77.9% to $1,276.7 million as the average realized price climbed 60.5% to "
        "$19.53/kg LCE; segment adjusted EBITDA was up 229%."
    )
    assert number_status(_ALBEMARLE, claim, "60.5%") == "verified"
    assert number_status(_ALBEMARLE, claim, "$19.53") == "verified"
    # the year-ago price is no price of the quarter
    assert number_status(_ALBEMARLE, claim.replace("$19.53", "$12.17"), "$12.17") not in _SUPPORTED


def test_the_label_backs_only_the_side_its_column_is_of():
    claim = "Gross margin improved to about breakeven; the gross loss shrank to $1.7 million from $53.5 million."
    assert number_status(_PLUG, claim, "$53.5 million") == "verified"
    swapped = "Gross margin improved to about breakeven; the gross loss shrank to $53.5 million from $1.7 million."
    assert number_status(_PLUG, swapped, "$53.5 million") not in _SUPPORTED


def test_a_metric_named_between_the_label_and_the_number_keeps_the_row_unread():
    said = "Environmental services generated $1,302,292 of the quarter's revenue."
    assert number_status(_ROYALTY, said, "$1,302,292") == "verified"
    # "gross profit" stands between the row's words and the number: the row names no metric, so it backs none
    claim = "Environmental services gross profit was $1,302,292."
    assert number_status(_ROYALTY, claim, "$1,302,292") not in _SUPPORTED
    # the label is not said at all
    assert number_status(_ROYALTY, "Fee income generated $1,302,292 in the quarter.", "$1,302,292") not in _SUPPORTED
