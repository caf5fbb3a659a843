"""Claims as analysts write them: a change held to the backing of the level it is said with, a change before a
contrast, and the length of a change in a table row that prints both a quarter's and a year's figures (session 46).

Each claim is true of a real release in tests/data; its false variant, the same words with a wrong value, stays
unsupported."""

from __future__ import annotations

from decimal import Decimal

from corpus import assert_backed, number_status

from summarizer.types import Span
from summarizer.verify.analyst_math import Stated, percent_change_range

_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"  # "Realized cost savings of approximately $125 million in 2024"
_SUPPORTED = ("verified", "derived")


def test_a_forward_read_change_said_with_a_result_is_held_to_that_results_backing() -> None:
    # "target" makes the change forward-looking to the claim reader; the level it goes with is a result, so the change
    # is held to the result's sentence, not taken from another bullet's "closed transaction volume increasing nearly
    # 20% year-over-year"
    claim = "Anywhere realized about $125 million of cost savings in 2024, beating its initial target by {}%."
    assert number_status(_ANYWHERE, claim.format("20"), "20%") not in _SUPPORTED
    assert_backed(_ANYWHERE, claim.format("25"), "25%")


_COPA = "claim_reading/copa-holdings_q4-2024_newswire.txt"  # "| ASMs (millions) | 7,747 | 7,228 | 7.2% | ... | 30,077 | 27,700 | 8.6% |"


def test_a_change_said_alone_is_not_backed_by_the_year_group_of_a_row_that_prints_both_lengths() -> None:
    # Copa's table prints each row's quarter, its change, the quarter before, and the year to date with its change: a
    # change said of no length and with no level, in a release on the quarter, is the quarter's
    assert_backed(_COPA, "Capacity grew 7.2%.", "7.2%")
    assert number_status(_COPA, "Capacity grew 8.6%.", "8.6%") not in _SUPPORTED  # ASMs' year to date, cell and computed
    assert number_status(_COPA, "Fuel gallons consumed rose 8.2%.", "8.2%") not in _SUPPORTED  # the year's "Variance Vs YTD23"
    assert_backed(_COPA, "Fuel gallons consumed rose 6.5%.", "6.5%")


def test_a_change_said_alone_of_no_metric_is_backed_only_where_its_own_words_are_said() -> None:
    # no level to hold it to, and no metric read: "capacity" must stand where the 6.5% does (Copa's 6.5% is of fuel
    # gallons consumed)
    assert number_status(_COPA, "Capacity grew 6.5%.", "6.5%") not in _SUPPORTED


def test_a_change_before_a_contrast_goes_with_no_level_after_it() -> None:
    # Copa: "Capacity, measured in available seat miles (ASMs), increased by 7.2% in 4Q24 compared to 4Q23." The 7.2%
    # is no change of the RASM or ex-fuel CASM said after "while"; alone, it is held to its own words and the quarter
    claim = "Capacity grew {}% while RASM dropped 10.4% to 11.3 cents and ex-fuel CASM fell 2.6% to 5.9 cents."
    assert_backed(_COPA, claim.format("7.2"), "7.2%")
    for wrong in ("8.2", "8.3", "8.6", "6.5"):  # the year to date's passengers, ASMs and fuel; the quarter's fuel gallons
        assert number_status(_COPA, claim.format(wrong), f"{wrong}%") not in _SUPPORTED


def test_a_change_said_above_a_base_the_claim_states_holds_only_where_its_levels_allow_it() -> None:
    # Anywhere prints "exceeding our initial target by 25%" and, elsewhere, "one-time items ... approximately $115
    # million": a target of $115 million is no target that $125 million beat by 25%
    claim = "Realized about $125 million of cost savings in 2024, 25% above target, implying a target of about ${} million."
    assert_backed(_ANYWHERE, claim.format("100"), "25%")
    assert number_status(_ANYWHERE, claim.format("115"), "25%") not in _SUPPORTED
    # the changes the levels' rounding allows: Royalty Management's $2,250,405 against $416,323, "up about 440%"
    allowed = percent_change_range(_stated("2250405"), _stated("416323"))
    assert allowed is not None and Decimal("440.5") < allowed[0] <= allowed[1] < Decimal("440.6")


def _stated(value: str) -> Stated:
    amount = Decimal(value)
    return Stated(Span(0, 1), amount, amount - Decimal("0.5"), amount + Decimal("0.5"), "money", True)


_GECINA = "reading/gecina_fy2024_newswire.txt"  # "Residential: +4.7% (EUR5.1m) rental growth ... like-for-like, driven by sustained indexation (+2.8%)"


def test_a_change_after_a_contrast_still_goes_with_the_levels_before_it() -> None:
    claim = "Residential rents fell 3.8% to EUR127.8m on a current basis but rose {}% like-for-like."
    assert_backed(_GECINA, claim.format("4.7"), "4.7%")
    assert number_status(_GECINA, claim.format("2.8"), "2.8%") not in _SUPPORTED


def test_a_release_sentence_backs_itself_when_a_change_alone_is_held_to_its_own_words() -> None:
    # the words beside every figure of the value and a period it may be of count: the sentence that names no length
    # ("Emergencies increased 9% ..., while surgeries increased 2%") beside a table's 2% of the quarter
    auna = "reading/auna_q2-2026_text.txt"
    sentence = "Emergencies increased 9% as a result of commercial initiatives with corporate accounts, while surgeries increased 2% as a result of ticket increases"
    assert_backed(auna, sentence, "2%")
    # not any period's: McDonald's year-ago "International Operated Markets | 4.0%" backs no "IOM up 4.0%" of the quarter
    claim = "McDonald's Q2 2026 global comparable sales up 1.3%, with the U.S. up 0.8%, IOM up 4.0% and IDL up 1.9%."
    assert number_status("mcdonalds_q2-2026_text.txt", claim, "4.0%") == "context_mismatch"


def test_a_percent_change_is_held_to_the_claims_levels_of_one_currency_only() -> None:
    # "(US$452.8 million)" translates the level; the change is from RMB2,349.2 million
    kingsoft = "reading/kingsoft-cloud_q2-2026_text.txt"
    sentence = ("Total Revenues reached RMB3,072.0 million (US$452.8 million), increased by 30.8% year-over-year from "
                "RMB2,349.2 million in the same quarter of 2025")
    assert_backed(kingsoft, sentence, "30.8%")
