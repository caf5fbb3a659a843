"""Values analysts compute that a release never prints (issue 11, "derived values as analysts compute them"): a share
said with its two amounts, the midpoint of a range the release prints, an effective tax rate, a change restated after
", or" with a hedge, and a rounded amount said "about" (session 40). Each true claim is backed, each wrong one is not."""

from __future__ import annotations

import pytest
from corpus import assert_backed, number_check

from summarizer.verify.verifier import SUPPORTED

_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"  # Anchor Cloud RMB201.3 billion of RMB322 billion (62.5%)
_FUTU = "reading/futu_q2-2026_text.txt"  # U.S. stocks HK$5.02 trillion of HK$6.42 trillion traded (78.2%)
_VERTEX = "reading/vertex_q2-2026_text.txt"  # revenue guidance $13.1-13.2 billion, "from $12.95 billion to $13.1 billion"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"  # EBITDA guidance $8.7-9.1 billion, previously $8.2-8.5 billion
_MCDONALDS = "mcdonalds_q2-2026_text.txt"  # Q2 provision for income taxes 574 on income before it 2,936; a year before 608 on 2,861
_GREEN_PLAINS = "claim_reading/green-plains_q4-2024_newswire.txt"  # 2024 revenues 2,458,796 vs 3,295,743 (thousands)
_ROYALTY = "reading/royalty-management_q2-2025_newswire.txt"  # revenue: six months 2,250,405, Q2 1,327,181 (Q1 923,224)


@pytest.mark.parametrize(
    "name, claim, number, formula",
    [
        # a share said with its part before and its whole after it, or both after it
        (_LINKLOGIS, "Anchor Cloud processed RMB201.3 billion, or roughly 63% of the RMB322 billion total transaction "
         "volume.", "63%", "share of the claim's figures: RMB201.3 billion and RMB322 billion = 62.5"),
        (_FUTU, "U.S. stocks accounted for roughly 78% of Futu's record HK$6.42 trillion Q2 trading volume (HK$5.02 "
         "trillion).", "78%", "share of the claim's figures: HK$5.02 trillion and HK$6.42 trillion = 78.2"),
        # the midpoint of a range the release prints, then the change between two midpoints: the release's own revision
        # since session 59 (before it, the claim's own two midpoints)
        (_VERTEX, "Vertex's raised FY26 revenue guide of $13.1-13.2 billion has a $13.15 billion midpoint, $125 million "
         "above the prior $13.025 billion midpoint.", "$13.025 billion",
         "midpoint of the range: $12.95 billion vs $13.1 billion = 13025000000.0"),
        (_VERTEX, "Vertex's raised FY26 revenue guide of $13.1-13.2 billion has a $13.15 billion midpoint, $125 million "
         "above the prior $13.025 billion midpoint.", "$125 million",
         "move of the range's midpoint: midpoint of $13.1 billion to $13.2 billion less that of $12.95 billion to $13.1 "
         "billion = 125000000.0"),
        (_VENTURE_GLOBAL, "Venture Global lifted its 2026 Consolidated Adjusted EBITDA guide to $8.7-9.1 billion; the $8.9 "
         "billion midpoint is $0.55 billion above the old $8.35 billion midpoint.", "$8.35 billion",
         "midpoint of the range: $8.2 vs $8.5 billion = 8350000000.0"),
        # an effective tax rate: the income tax line over income before taxes, each side of its column
        (_MCDONALDS, "McDonald's Q2 effective tax rate fell to about 19.6% from about 21.3% a year earlier.", "19.6%",
         "income tax over income before taxes: 574 vs 2,936 = 19.6"),
        (_MCDONALDS, "McDonald's Q2 effective tax rate fell to about 19.6% from about 21.3% a year earlier.", "21.3%",
         "income tax over income before taxes: 608 vs 2,861 = 21.3"),
        # a change restated after ", or" with a hedge is the same change
        (_GREEN_PLAINS, "Full-year revenue fell about $837 million, or roughly 25%, to $2.46 billion from $3.30 billion.",
         "25%", None),
        # a balance against the same week of the year before, as a 52/53-week calendar dates it (Buckle: inventory
        # 149,351 at November 2, 2024 and 152,289 at October 28, 2023)
        ("buckle_q3-fy2024.html", "Inventory was about 1.9% lower than a year earlier at $149.4 million.", "1.9%",
         "percent change: 149,351 vs 152,289 = -1.9"),
        # a sum of the claim's amounts as the release prints them: 453,384 + 60,850 thousand, not 453.4 + 60.9 million
        ("reading/danaos_q4-2024_newswire.txt", "Cash of $453.4 million and marketable securities of $60.9 million add "
         "up to about $514.2 million at year-end 2024.", "$514.2 million",
         "sum of the claim's figures: $453.4 million and $60.9 million = 514234000.0"),
        # "about $923,000": a whole amount said rounded is read at its last non-zero digit
        (_ROYALTY, "Six-month revenue of $2,250,405 implies Q1 2025 revenue of about $923,000, so Q2 was the larger "
         "quarter.", "$923,000", "period less its part: 2,250,405 vs 1,327,181 = 923224.0"),
    ],
)
def test_a_value_analysts_compute_backs_the_claim(name: str, claim: str, number: str, formula: str | None) -> None:
    assert_backed(name, claim, number, formula)


@pytest.mark.parametrize(
    "name, claim, number",
    [
        (_LINKLOGIS, "Anchor Cloud processed RMB201.3 billion, or roughly 68% of the RMB322 billion total transaction "
         "volume.", "68%"),
        (_VERTEX, "Vertex's raised FY26 revenue guide of $13.1-13.2 billion has a $13.15 billion midpoint, $125 million "
         "above the prior $13.075 billion midpoint.", "$13.075 billion"),
        ("buckle_q3-fy2024.html", "Inventory was about 2.9% lower than a year earlier at $149.4 million.", "2.9%"),
        ("reading/danaos_q4-2024_newswire.txt", "Cash of $453.4 million and marketable securities of $60.9 million add "
         "up to about $514.4 million at year-end 2024.", "$514.4 million"),
        # the rates of the two sides swapped
        (_MCDONALDS, "McDonald's Q2 effective tax rate fell to about 21.3% from about 19.6% a year earlier.", "21.3%"),
        # Apple's deferred income tax expense (823) over income before taxes (7,963) is no effective tax rate
        ("apple_q1-fy2011.txt", "The effective tax rate was about 10.3% in fiscal Q1 2011.", "10.3%"),
        # the claim's amounts are positive: no share of a loss
        (_LINKLOGIS, "Anchor Cloud's loss was roughly 63% of the total: RMB201.3 billion of RMB322 billion.", "63%"),
        # "$923,000" said with no hedge is exact
        (_ROYALTY, "Six-month revenue of $2,250,405 implies Q1 2025 revenue of $923,000, so Q2 was the larger quarter.",
         "$923,000"),
    ],
)
def test_a_wrong_value_is_not_backed_by_that_arithmetic(name: str, claim: str, number: str) -> None:
    assert number_check(name, claim, number).status not in SUPPORTED
