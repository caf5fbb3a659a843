"""Words around a figure that say what the figure is (issue 11), read alike in a claim and in a release: a
difference "ahead of" or "behind" another period is a change; a period named in a clause of cause or inclusion is
that clause's, not one the next sentence inherits; a metric named after an operator ("less capital expenditure")
is the next figure's; "comp sales" are comparable sales. Real sentences of studied releases."""

from __future__ import annotations

from corpus import document, fact_index, number_status

from summarizer.text.context import read_sentence
from summarizer.text.vocabulary import metrics_in
from summarizer.verify.claims import read_numbers

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
    sentence is not read as a quarter's. (Session 38: what the inclusion does say -- that the earnings take in the
    first quarter's item, in a third quarter's release -- makes both sentences the nine months':
    ``test_period_readings.py``.)"""
    (eps,) = _prose_facts(_INDUS, "As a result, earnings per share climbed", "EUR 2.46")
    assert sorted(eps.metrics) == ["eps"]
    assert eps.period.length != "quarter"
    (prior,) = _prose_facts(_INDUS, "As a result, earnings per share climbed", "EUR 1.89")
    assert prior.period.length != "quarter" and prior.period.prior is True


_KEMIRA = "reading/kemira_fy2024_newswire.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"


def test_a_metric_after_an_operator_is_the_next_figures():
    """"operating cash flow of EUR 484.6 million less capital expenditure ... of EUR 167.3 million": the capital
    expenditure named after "less" is the next amount's; the EUR 484.6 million is the operating cash flow
    (Kemira: "Cash flow from operating activities was solid, at EUR 484.6 million")."""
    claim = (
        "2024 operating cash flow of EUR 484.6 million less capital expenditure excluding acquisitions of "
        "EUR 167.3 million."
    )
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2024)
    assert [r.metric for r in readings] == ["operating_cash_flow", "capex"]
    assert number_status(_KEMIRA, claim, "EUR 484.6 million") == "verified"
    swapped = claim.replace("EUR 484.6", "EUR 999.9").replace("EUR 167.3", "EUR 484.6").replace("EUR 999.9", "EUR 167.3")
    assert number_status(_KEMIRA, swapped, "EUR 484.6 million") != "verified"


def test_comp_sales_are_comparable_sales():
    """A retailer's and a wire's "comp sales" (Lowe's: "our fifth consecutive quarter of positive comp sales") are
    comparable sales, not revenue: McDonald's "Global comparable sales increased 1.3%"."""
    assert [metric for _, metric in metrics_in("U.S. comp sales and comparable-store sales")] == [
        "comparable_sales", "comparable_sales",
    ]  # fmt: skip
    assert number_status(_MCDONALDS, "Q2 global comp sales +1.3%", "1.3%") == "verified"
    assert number_status(_MCDONALDS, "Q2 global comp sales +1.9%", "1.9%") != "verified"
