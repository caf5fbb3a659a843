"""Words around a release's figure that say what the figure is (issue 11): a difference "ahead of" or "behind"
another period is a change, and a period named in a clause of cause or inclusion is that clause's, not one the
next sentence inherits. Real sentences of studied releases."""

from __future__ import annotations

from corpus import document, fact_index, number_status

_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"


def _prose_facts(name: str, sentence_part: str, figure: str):
    text = document(name).text
    return [
        fact for fact in fact_index(name).facts
        if not fact.in_table and sentence_part in fact.figure.context.of(text) and fact.figure.span.of(text) == figure
    ]  # fmt: skip


def test_a_figure_ahead_of_or_behind_another_period_is_a_change():
    """PrairieSky: "annual total royalty production averaged 25,186 BOE per day, 1% ahead of YE 2023, and generated
    annual royalty production revenue of $465.8 million, 2% behind YE 2023" -- 1% and 2% are how far the year
    moved from 2023, not levels of 2023."""
    sentence = "1% ahead of YE 2023"
    (ahead,) = _prose_facts(_PRAIRIESKY, sentence, "1%")
    (behind,) = _prose_facts(_PRAIRIESKY, sentence, "2%")
    assert (ahead.change, ahead.value, sorted(ahead.metrics)) == (True, 1, ["production"])
    assert (behind.change, behind.value, sorted(behind.metrics)) == (True, -2, ["revenue"])
    assert number_status(_PRAIRIESKY, "PrairieSky's annual total royalty production rose 1% in 2024.", "1%") == "verified"
    # read as a level, the 1% backed a claim that production was 1% of 2023's
    assert number_status(_PRAIRIESKY, "Annual total royalty production was 1% of 2023.", "1%") != "verified"


def test_a_claim_reads_ahead_and_behind_as_the_release_does():
    assert number_status(_PRAIRIESKY, "Annual royalty production was 1% ahead of 2023 at 25,186 BOE per day.", "1%") == "verified"
    assert number_status(_PRAIRIESKY, "Annual royalty production was 3% ahead of 2023 at 25,186 BOE per day.", "3%") != "verified"


def test_a_period_named_in_an_inclusion_is_not_handed_to_the_next_sentence():
    """INDUS: "Earnings after taxes rose to EUR 61.9 million (previous year: EUR 50.0 million), including around
    EUR 8 million in non-recurring tax income that was already reported in the first quarter. As a result, earnings
    per share climbed to EUR 2.46" -- the first quarter is when the tax income was reported; the EPS of the next
    sentence is not read as a quarter's (its paragraph, under "Earnings per share rise to EUR 2.46", names none)."""
    (eps,) = _prose_facts(_INDUS, "As a result, earnings per share climbed", "EUR 2.46")
    assert sorted(eps.metrics) == ["eps"]
    assert eps.period.length == ""
    (prior,) = _prose_facts(_INDUS, "As a result, earnings per share climbed", "EUR 1.89")
    assert (prior.period.length, prior.period.prior) == ("", True)
