"""Amounts a claim says are implied, hedged however analysts hedge them, and sums of rows named short (session 44).

Each claim is written as analysts write them against a real release in tests/data; its false variant, the same words
with a wrong value or sign, stays unsupported."""

from __future__ import annotations

import pytest
from corpus import assert_backed, number_check, number_status

from summarizer.text.context import read_sentence
from summarizer.text.vocabulary import metric_matches, metrics_in
from summarizer.verify.analyst_math import NAMED_ROWS_SUM, OUTLOOK_TOTAL
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED

_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"  # net loss: 2024 $(131,165)k, Q4 $(49,476)k
_KEYSIGHT = "claim_reading/keysight_q3-fy2026_text.txt"  # nine months' revenue 5,163; Q4 guide $1.930-1.950 billion
_KINGSOFT = "claim_reading/kingsoft-cloud_q2-2026_text.txt"  # capex "(including capitalized assets ...)" RMB3.3 billion
_CONOCO = "conocophillips_q2-2026_text.txt"
_ASE = "claim_reading/ase-technology_q4-2024_newswire.txt"
_ASSURANT = "claim_reading/assurant_q4-2024_newswire.txt"
_COPA = "claim_reading/copa-holdings_q4-2024_newswire.txt"
_APPLE = "apple_q1-fy2011.txt"  # December quarter: iPhone and Related 10,468, iPad and Related 4,608 ($M)


@pytest.mark.parametrize("hedge", ["about ", "roughly ", "around ", "nearly ", "~"])
def test_a_verb_of_loss_names_the_loss_however_its_amount_is_hedged(hedge: str) -> None:
    # the words read up to the amount end with the hedge: the verb still names the company's profit or loss
    words = f"GrafTech lost {hedge}"
    assert [metric for _, metric in metric_matches(words)] == ["net_income"]
    assert number_status(_GRAFTECH, f"GrafTech lost {hedge}$131.2 million in 2024.", "$131.2 million") == "verified"


def test_a_length_said_before_a_word_of_implication_is_the_inputs_and_the_one_after_the_amount_its_own() -> None:
    claim = "Full-year figures imply GrafTech lost about $81.7 million over the first nine months of 2024."
    check = number_check(_GRAFTECH, claim, "$81.7 million")  # 131,165 less Q4's 49,476
    assert check.status in SUPPORTED and check.formula.startswith("period less its part")
    for wrong in ("imply GrafTech lost about $71.7 million", "imply GrafTech earned about $81.7 million"):
        variant = claim.replace("imply GrafTech lost about $81.7 million", wrong)
        amount = "$71.7 million" if "71.7" in wrong else "$81.7 million"
        assert number_status(_GRAFTECH, variant, amount) == "unsupported"


def test_the_year_to_date_plus_the_next_quarters_outlook_is_the_year_it_implies() -> None:
    claim = (
        "The Q4 revenue guide midpoint of $1.940 billion implies fiscal 2026 revenue of about $7.10 billion, "
        "with $5.163 billion booked in the first nine months."
    )
    check = number_check(_KEYSIGHT, claim, "$7.10 billion")
    assert check.status in SUPPORTED
    assert check.formula == f"{OUTLOOK_TOTAL}: $1.930 billion to $1.950 billion plus 5,163 = 7103000000.0"
    # the nine months of a forward claim, "booked", are the release's result, not an outlook
    assert number_status(_KEYSIGHT, claim, "$5.163 billion") == "verified"
    assert number_status(_KEYSIGHT, claim.replace("$7.10 billion", "$7.20 billion"), "$7.20 billion") == "unsupported"
    # a quarter's guide implies no quarter: the total is of the year through the next quarter only
    assert number_status(_KEYSIGHT, "Keysight's guide implies Q4 revenue of about $7.10 billion.", "$7.10 billion") != "derived"


def test_rows_are_named_by_the_words_that_tell_them_from_their_tables_other_rows() -> None:
    claim = "iPhone and iPad together brought in about $15.08 billion in the December quarter."
    assert_backed(_APPLE, claim, "$15.08 billion")
    assert number_check(_APPLE, claim, "$15.08 billion").formula.startswith(NAMED_ROWS_SUM)
    assert number_status(_APPLE, claim.replace("15.08", "15.18"), "$15.18 billion") == "unsupported"
    # the year-ago quarter's rows make the year-ago sum, not this quarter's
    assert number_status(_APPLE, claim.replace("in the December quarter", "a year earlier"), "$15.08 billion") == "unsupported"


def test_what_a_metric_takes_in_is_no_metric_of_the_amount() -> None:
    assert metrics_in("capex including leased assets came to") == [(0, "capex")]
    claim = "Adjusted gross profit rose 34.6% to RMB471.7 million, and capex including leased assets came to RMB3.3 billion."
    assert number_status(_KINGSOFT, claim, "RMB3.3 billion") == "verified"  # "(including capitalized assets ...)"
    assert number_status(_KINGSOFT, claim.replace("RMB3.3", "RMB3.8"), "RMB3.8 billion") not in ("verified", "derived")


def test_asset_sales_are_a_disposal_not_revenue() -> None:
    assert metrics_in("Lower 48 asset sales of") == []
    claim = "Lower 48 asset sales of $1.7 billion completed the $5 billion disposition target."
    assert number_status(_CONOCO, claim, "$1.7 billion") == "verified"  # "sell noncore Lower 48 assets for $1.7 billion"
    assert number_status(_CONOCO, claim.replace("$1.7", "$1.8"), "$1.8 billion") not in ("verified", "derived")


def test_money_spent_is_of_what_it_was_spent_on() -> None:
    # "Capital expenditures in 2024 totaled US$1,876 million"
    claim = "ASE spent US$1,876 million on capex in 2024."
    assert number_status(_ASE, claim, "US$1,876 million") == "verified"
    assert number_status(_ASE, claim.replace("on capex", "on dividends"), "US$1,876 million") == "context_mismatch"


@pytest.mark.parametrize(
    ("words", "metrics"),
    [
        ("Share repurchases and common stock dividends totaled", ["capital_return"]),
        ("dividends plus buybacks of", ["capital_return"]),
        ("returned", ["capital_return"]),  # a verb of it, right before its amount (here the words end)
        # each its own amount; two things done, the amount the second's; no verb before an amount
        ("buybacks and dividends of $120m and $41m", ["buyback", "dividend"]),
        ("increasing our dividend and repurchasing", ["dividend", "buyback"]),
        ("the business returned to growth", []),
    ],
)
def test_buybacks_and_dividends_named_together_are_the_capital_returned(words: str, metrics: list[str]) -> None:
    assert [metric for _, metric in metrics_in(words)] == metrics


def test_capital_returned_as_a_release_and_a_claim_say_it() -> None:
    # "Share repurchases and common stock dividends totaled $161 million in fourth quarter 2024"
    claim = "Q4 capital return $161m: ~559k shares repurchased for $120m plus $41m of dividends."
    assert number_status(_ASSURANT, claim, "$161m") == "verified"
    assert number_status(_ASSURANT, claim, "$41m") == "verified"
    assert number_status(_ASSURANT, claim.replace("$161m", "$120m").replace("for $120m", "for $161m"), "$120m") != "verified"


def test_a_label_after_a_blank_line_is_the_next_figures_not_this_ones() -> None:
    # Goldman Sachs' 4Q21 release, a dashboard of label, blank line, value
    text = "Declared Quarterly Dividend Per Common Share\n\n$2.00\n\nCapital Returned\n\n$7.49 billion"
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2021, "")
    assert readings[0].metric != "capital_return"


def test_a_share_restating_an_amount_is_that_amounts_not_a_share_the_release_states_of_another() -> None:
    # "International sales accounted for 62 percent of the quarter's revenue"; iPhone's 10,468 is 39% of 26,741
    claim = "iPhone brought in about $10.47 billion, or roughly {}% of Apple's December-quarter net sales."
    assert number_status(_APPLE, claim.format(39), "39%") == "derived"
    assert number_status(_APPLE, claim.format(62), "62%") not in ("verified", "derived")


def test_levels_of_a_profit_and_a_loss_add_up_with_their_signs() -> None:
    # net profit: 2024 $608.5 million, Q4 $166.2 million
    claim = "Copa earned about US$442.3 million in the first nine months of 2024, implied by FY net {} of $608.5 million less 4Q's $166.2 million."
    assert number_status(_COPA, claim.format("profit"), "$608.5 million") == "verified"
    assert number_status(_COPA, claim.format("loss"), "$608.5 million") not in ("verified", "derived")
