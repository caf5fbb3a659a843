"""Claims as analysts write them: a change held to the backing of the level it is said with, a change before a
contrast, and the length of a change in a table row that prints both a quarter's and a year's figures (session 46).

Each claim is true of a real release in tests/data; its false variant, the same words with a wrong value, stays
unsupported."""

from __future__ import annotations

from corpus import assert_backed, number_status

_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"  # "$125 million in 2024, exceeding our initial target by 25%"
_UNSUPPORTED = ("verified", "derived")


def test_a_forward_read_change_said_with_a_result_is_held_to_that_results_backing() -> None:
    # "target" makes the change forward-looking to the claim reader; the level it goes with is a result, so the change
    # is held to the result's sentence, not taken from another bullet's "closed transaction volume increasing nearly
    # 20% year-over-year"
    claim = "Anywhere realized about $125 million of cost savings in 2024, beating its initial target by {}%."
    assert number_status(_ANYWHERE, claim.format("20"), "20%") not in _UNSUPPORTED
    assert_backed(_ANYWHERE, claim.format("25"), "25%")
