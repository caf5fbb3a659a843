"""Claims as analysts write them: a change held to the backing of the level it is said with, a change before a
contrast, and the length of a change in a table row that prints both a quarter's and a year's figures (session 46).

Each claim is true of a real release in tests/data; its false variant, the same words with a wrong value, stays
unsupported."""

from __future__ import annotations

from corpus import assert_backed, number_status

from summarizer.text.context import read_sentence
from summarizer.verify.claims import read_numbers

_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"  # "$125 million in 2024, exceeding our initial target by 25%"
_UNSUPPORTED = ("verified", "derived")


def test_a_forward_read_change_said_with_a_result_is_held_to_that_results_backing() -> None:
    # "target" makes the change forward-looking to the claim reader; the level it goes with is a result, so the change
    # is held to the result's sentence, not taken from another bullet's "closed transaction volume increasing nearly
    # 20% year-over-year"
    claim = "Anywhere realized about $125 million of cost savings in 2024, beating its initial target by {}%."
    assert number_status(_ANYWHERE, claim.format("20"), "20%") not in _UNSUPPORTED
    assert_backed(_ANYWHERE, claim.format("25"), "25%")


def test_a_percentage_a_figure_exceeded_its_target_by_is_how_far_above_it() -> None:
    claim = "Realized about $125 million of cost savings in 2024, {}% above target; free cash flow of $50 million vs. $67 million."
    assert_backed(_ANYWHERE, claim.format("25"), "25%")
    assert number_status(_ANYWHERE, claim.format("35"), "35%") not in _UNSUPPORTED
    topped = "Cost savings of about $125 million in 2024 topped the initial target by {}%."
    assert_backed(_ANYWHERE, topped.format("25"), "25%")
    assert number_status(_ANYWHERE, topped.format("20"), "20%") not in _UNSUPPORTED
    text = "Realized cost savings of approximately $125 million in 2024, exceeding our initial target by 25%."
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2024, "year")
    assert [r.change for r in readings] == [False, True]
