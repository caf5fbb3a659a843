"""Figures of a release whose period the reading used to leave unknown, though the release's words or tables say it
(session 38, studied on claim sets 2, 3, 4 and 6). Real text of studied releases."""

from __future__ import annotations

from decimal import Decimal

from corpus import document, fact_index, number_status

from summarizer.text.context import YEAR_TO_DATE, includes_an_earlier_quarter, read_sentence
from summarizer.verify.claims import read_numbers

_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"
_INDUS_EARNINGS = (
    "Earnings after taxes rose to EUR 61.9 million (previous year: EUR 50.0 million), including around EUR 8 million "
    "in non-recurring tax income that was already reported in the first quarter."
)


def _facts(name: str, sentence_part: str, figure: str):
    text = document(name).text
    return [
        fact for fact in fact_index(name).facts
        if not fact.in_table and sentence_part in fact.figure.context.of(text) and fact.figure.span.of(text) == figure
    ]  # fmt: skip


def test_an_inclusion_of_an_earlier_quarters_item_makes_the_year_to_date():
    """A third quarter's earnings cannot hold what the first quarter booked: the figure is the year to date's."""
    assert includes_an_earlier_quarter(_INDUS_EARNINGS, 3, 2025) == YEAR_TO_DATE
    assert includes_an_earlier_quarter(_INDUS_EARNINGS.replace("first quarter", "Q1"), 3, 2025) == YEAR_TO_DATE
    assert includes_an_earlier_quarter(_INDUS_EARNINGS.replace("first quarter", "first quarter of 2025"), 3, 2025)


def test_the_release_quarter_a_later_one_another_year_or_a_comparison_prove_nothing():
    assert includes_an_earlier_quarter(_INDUS_EARNINGS, 1, 2025) == ""  # the first quarter's own release
    assert includes_an_earlier_quarter(_INDUS_EARNINGS, None, 2025) == ""  # the release's quarter is not known
    assert includes_an_earlier_quarter(_INDUS_EARNINGS.replace("first", "third"), 3, 2025) == ""
    assert includes_an_earlier_quarter(_INDUS_EARNINGS.replace("first quarter", "first quarter of 2024"), 3, 2025) == ""
    compared = "Net income was $12.0 million, including a gain that was higher than in the first quarter."
    assert includes_an_earlier_quarter(compared, 3, 2025) == ""
    said_of_the_quarter = "Revenue in the first quarter was $3 million, up 4%."  # no inclusion
    assert includes_an_earlier_quarter(said_of_the_quarter, 3, 2025) == ""


def test_the_nine_months_earnings_and_the_eps_after_them():
    """INDUS (a third quarter's release): the earnings after taxes and, in the next sentence, the EPS that follow from
    them ("As a result, earnings per share climbed to EUR 2.46, significantly higher than the previous year's EUR
    1.89") are the nine months'."""
    (earnings,) = _facts(_INDUS, "Earnings after taxes rose", "EUR 61.9 million")
    (before,) = _facts(_INDUS, "Earnings after taxes rose", "EUR 50.0 million")
    (eps,) = _facts(_INDUS, "As a result, earnings per share climbed", "EUR 2.46")
    (prior,) = _facts(_INDUS, "As a result, earnings per share climbed", "EUR 1.89")
    assert [(f.period.length, f.period.prior) for f in (earnings, before, eps, prior)] == [
        ("nine_months", False), ("nine_months", True), ("nine_months", False), ("nine_months", True)
    ]  # fmt: skip
    (item,) = _facts(_INDUS, "Earnings after taxes rose", "EUR 8 million")
    # "including around EUR 8 million in non-recurring tax income that was already reported in the first quarter": booked
    # in an earlier quarter of the year, the item is the nine months', never the third quarter's
    assert item.period.length == "nine_months"
    claim = "Nine-month EPS climbed to €2.46 from €1.89."
    assert number_status(_INDUS, claim, "€2.46") == number_status(_INDUS, claim, "€1.89") == "verified"
    assert number_status(_INDUS, "Earnings after taxes for the nine months rose 24% to EUR 61.9 million.", "24%") == "derived"
    assert number_status(_INDUS, "Third-quarter earnings after taxes rose to EUR 61.9 million.", "EUR 61.9 million") != "verified"
    assert number_status(_INDUS, "Q3 EPS climbed to €2.46 from €1.89.", "€1.89") != "verified"


_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_dps_is_the_dividend_per_share():
    """Gecina: "DPS in EUR | 5.30 | 5.45(1) | +2.8%" under "In million euros" -- the dividend per share, in euros,
    and its growth; as "EPS" is the earnings per share."""
    row = {f.figure.text: f for f in fact_index(_GECINA).facts if f.figure.row == "DPS in EUR"}
    assert (row["5.45"].value, sorted(row["5.45"].metrics), row["5.45"].period.prior) == (Decimal("5.45"), ["dividend"], False)
    assert (sorted(row["2.8%"].metrics), row["2.8%"].change) == (["dividend"], True)
    claim = "Dividend raised 15 cents to EUR5.45 a share (+2.8%), paid as EUR2.70 on March 5 and EUR2.75 on July 4."
    assert number_status(_GECINA, claim, "2.8%") == "verified"
    assert number_status(_GECINA, claim.replace("2.8%", "3.8%"), "3.8%") != "verified"


_KEMIRA = "claim_reading/kemira_fy2024_newswire.txt"


def test_amounts_compared_in_the_order_of_the_metrics_before_them_take_those_metrics():
    """"revenue of A and operative EBITDA of B, vs 2024's C and D": C is the revenue, D the EBITDA, as "respectively"
    would say; the other order is another metric's."""
    claim = (
        "Kemira sees 2025 revenue of EUR2,800-3,200 mln and operative EBITDA of EUR540-640 mln, "
        "vs 2024's EUR2,948.1 mln and EUR585.4 mln."
    )
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2024)
    assert [r.metric for r in readings] == ["revenue", "revenue", "ebitda", "ebitda", "revenue", "ebitda"]
    assert number_status(_KEMIRA, claim, "EUR2,948.1 mln") == number_status(_KEMIRA, claim, "EUR585.4 mln") == "verified"
    swapped = claim.replace("EUR2,948.1 mln and EUR585.4 mln", "EUR585.4 mln and EUR2,948.1 mln")
    assert number_status(_KEMIRA, swapped, "EUR585.4 mln") != "verified"
    assert number_status(_KEMIRA, swapped, "EUR2,948.1 mln") != "verified"


def test_a_list_said_respectively_keeps_its_own_reading():
    """Vertex: "... were $1.6 billion and $1.4 billion, respectively, ..., compared to $1.4 billion and $1.2 billion,
    respectively" -- the lists are of GAAP and non-GAAP bases, said by "respectively", no metrics listed in order."""
    sentence = (
        "Combined GAAP and non-GAAP R&D, Acquired IPR&D and SG&A expenses were $1.6 billion and $1.4 billion, "
        "respectively, in the second quarter of 2026, compared to $1.4 billion and $1.2 billion, respectively, for the "
        "second quarter of 2025."
    )
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, [(n.span, n.value, n.unit) for n in numbers], 0, len(sentence), 2026)
    assert readings[2].metric == readings[3].metric  # both the same measure, whichever the reading names
