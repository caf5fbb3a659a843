"""Words around a claim's figures that say which period or metric each is of (issue 11, "changes and direction",
session 40): a level "level with" an earlier one, the level "at" the end of a change and its comparison, "against"
between two metrics, and a rate's second move "q/q" after its move "y/y"."""

from __future__ import annotations

import pytest
from corpus import number_check

from summarizer.verify.verifier import SUPPORTED

_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"  # nine-month revenue EUR 1.274 billion (previous year EUR 1.282 billion)
_BUCKLE = "buckle_q3-fy2024.html"  # inventory $149.4 million at November 2, 2024, $152.3 million a year before
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"  # Q3 orders $2,091 million, revenue $1,846 million
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"  # NIM 3.08%, up 10 bps from Q1 and 35 bps from a year before
_PALANTIR = "reading/palantir_q2-2026_text.txt"  # revenue: six months 3,568,047, second quarter 1,935,464 (thousands)


@pytest.mark.parametrize(
    "name, claim, number",
    [
        (_INDUS, "Nine-month revenue of EUR 1.274 billion, nearly level with EUR 1.282 billion; incoming orders up 17.2%.",
         "EUR 1.282 billion"),
        (_BUCKLE, "Inventory was about 1.9% lower than a year earlier at $149.4 million.", "$149.4 million"),
        (_KEYSIGHT, "Keysight's Q3 book-to-bill was about 1.13x, with orders of $2.091 billion against revenue of $1.846 "
         "billion.", "$1.846 billion"),
        (_TOMPKINS, "NIM 3.08%, up 35 bps y/y from 2.73% and 10 bps q/q", "10 bps"),
        # "against" another quarter's amount said of the release's own quarter: its figure, not the year before's
        (_PALANTIR, "Palantir's six-month revenue of $3.568 billion implies Q1 2026 revenue of about $1.633 billion, "
         "against $1.935 billion in Q2.", "$1.935 billion"),
        # a ratio row counted in percent prints its cells bare ("Efficiency ratio (b) | 63 | 71 | 80"): percentages
        ("reading/wells-fargo_q4-2021.htm",
         "Efficiency ratio improved to 63% from 80%; ROTCE rose to 15.3% from 8.0%.", "63%"),
        # the words that say where a figure is read name no metric of it (Coty: capital expenditures (189.6))
        ("reading/coty_q4-fy2026_text.txt", "Full-year capital spending implied by the cash-flow figures was about $189.6 "
         "million.", "$189.6 million"),
        # amounts that "add up to" a total are its parts, levels: no rise "up"
        ("reading/danaos_q4-2024_newswire.txt", "Cash of $453.4 million and marketable securities of $60.9 million add up "
         "to about $514.2 million at year-end 2024.", "$60.9 million"),
        # the same quarter of the year before, its year glued on, stays the comparison's
        (_TOMPKINS, "NCOs $5.3m vs $733k in 1Q and $509k in 2Q24, including a $4.7m partial charge-off on one CRE "
         "relationship", "$509k"),
    ],
)
def test_the_words_give_the_figure_its_period_and_metric(name: str, claim: str, number: str) -> None:
    check = number_check(name, claim, number)
    assert check.status in SUPPORTED, check.reason


@pytest.mark.parametrize(
    "name, claim, number",
    [
        # the sides swapped: the earlier level said as this year's
        (_INDUS, "Nine-month revenue of EUR 1.282 billion, nearly level with EUR 1.274 billion; incoming orders up 17.2%.",
         "EUR 1.282 billion"),
        (_BUCKLE, "Inventory was about 1.9% lower than a year earlier at $152.3 million.", "$152.3 million"),
        (_TOMPKINS, "NIM 3.08%, up 35 bps y/y from 2.73% and 20 bps q/q", "20 bps"),
        (_PALANTIR, "Palantir's six-month revenue of $3.568 billion implies Q1 2026 revenue of about $1.633 billion, "
         "against $1.935 billion in Q1.", "$1.935 billion"),
        ("reading/coty_q4-fy2026_text.txt", "Full-year free cash flow implied by the cash-flow figures was about $189.6 "
         "million.", "$189.6 million"),
        # the rows under "EBITDA Adjustments" are adjustments, no EBITDA: a zero one backs no EBITDA of zero
        ("reading/auna_q2-2026_text.txt", "Adjusted EBITDA fell 6% on a reported basis (9% FX-neutral) to S/0 million, "
         "a margin of 18.4%.", "S/0 million"),
    ],
)
def test_a_figure_of_another_period_is_not_backed(name: str, claim: str, number: str) -> None:
    assert number_check(name, claim, number).status not in SUPPORTED
