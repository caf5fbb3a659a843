"""Totals an analyst writes with their parts: a total the claim breaks into its parts ("$464m = $256m cash + $108m
revolver + $100m delayed draw term loans"), things a claim takes together ("Mounjaro and Zepbound together brought
in $14.87 billion"), and a share of such a sum ("roughly 65% of revenue")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import number_check

from summarizer.types import Span
from summarizer.verify.analyst_math import BREAKDOWN_REST, BREAKDOWN_SUM, Stated, claim_arithmetic
from summarizer.verify.verifier import SUPPORTED

# GrafTech Q4 2024: "we had liquidity of $464 million, consisting of cash and cash equivalents of $256 million, $108
# million of availability under our amended revolving credit facility and $100 million of availability under our new
# senior secured first lien delayed draw term loans"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"
# Eli Lilly Q2 2026, "Selected Revenue Highlights", column "Second-Quarter 2026": "Mounjaro" 9,943, "Zepbound (1)"
# 4,928, "Total Revenue" 22,974; year to date 18,605 and 9,088
_LILLY = "reading/eli-lilly_q2-2026_text.txt"


@pytest.mark.parametrize(
    "claim",
    [
        "Liquidity $464m = $256m cash + $108m revolver + $100m delayed draw term loans",
        "Year-end liquidity $464m: $256m cash, $108m revolver availability and $100m undrawn delayed-draw term loans",
    ],
)
def test_a_part_of_a_breakdown_is_the_total_less_the_other_parts(claim):
    check = number_check(_GRAFTECH, claim, "$100m")
    assert check.status.value == "derived"
    assert check.formula == f"{BREAKDOWN_REST} of the claim's figures: $464m and $256m and $108m = 100000000.0"


@pytest.mark.parametrize(
    "claim, number",
    [
        # a part that does not make up the total
        ("Year-end liquidity $464m: $256m cash, $108m revolver availability and $110m undrawn delayed-draw term loans",
         "$110m"),
        # a total the parts do not make up: the part is not what is left of it
        ("Year-end liquidity $474m: $256m cash, $108m revolver availability and $100m undrawn delayed-draw term loans",
         "$474m"),
        ("Year-end liquidity $474m: $256m cash, $108m revolver availability and $100m undrawn delayed-draw term loans",
         "$100m"),
    ],
)  # fmt: skip
def test_a_breakdown_that_does_not_add_up_backs_nothing(claim, number):
    assert number_check(_GRAFTECH, claim, number).status not in SUPPORTED


def _stated(text: str, *amounts: tuple[str, bool]) -> list[Stated]:
    found = []
    for written, supported in amounts:
        start = text.index(written)
        value = Decimal(written.strip("$m"))
        found.append(Stated(Span(start, start + len(written)), value, value - Decimal("0.5"), value + Decimal("0.5"), "money", supported))
    return found


def test_a_total_is_the_sum_of_the_parts_it_is_broken_into():
    text = "Costs of $58m ($24m in R&D and $34m in G&A)."
    found = claim_arithmetic(text, _stated(text, ("$58m", False), ("$24m", True), ("$34m", True)))
    assert [(f.result, f.inputs, f.formula, f.value) for f in found] == [(0, (1, 2), BREAKDOWN_SUM, Decimal(58))]


@pytest.mark.parametrize(
    "text",
    [
        "Costs of $58m, including $24m in R&D and $34m in G&A.",  # "including" names some parts, not all
        "Costs of $58m ($24m in R&D)",  # one part alone is no breakdown
    ],
)
def test_no_breakdown_without_words_that_give_the_whole_of_it(text):
    amounts = [("$58m", False), ("$24m", True)] + ([("$34m", True)] if "$34m" in text else [])
    assert [f for f in claim_arithmetic(text, _stated(text, *amounts)) if f.formula == BREAKDOWN_SUM] == []


def test_things_taken_together_are_the_sum_of_their_rows_in_one_column():
    claim = "Mounjaro and Zepbound together brought in {} in the quarter."
    check = number_check(_LILLY, claim.format("$14.87 billion"), "$14.87 billion")
    assert check.status.value == "derived"
    assert check.formula == "sum of the rows named: 9,943 + 4,928 = 14871000000.0"
    # the year to date's rows are no quarter's; a sum the rows do not make backs nothing
    assert number_check(_LILLY, claim.format("$27.69 billion"), "$27.69 billion").status not in SUPPORTED
    assert number_check(_LILLY, claim.format("$14.97 billion"), "$14.97 billion").status not in SUPPORTED
    first_half = "Mounjaro and Zepbound combined brought in $27.69 billion in the first half."
    assert number_check(_LILLY, first_half, "$27.69 billion").status in SUPPORTED


def test_a_share_of_things_taken_together_is_their_sum_over_the_whole_of_the_same_column():
    claim = "Mounjaro and Zepbound together brought in $14.87 billion in the quarter, roughly {}."
    check = number_check(_LILLY, claim.format("65% of revenue"), "65%")
    assert check.status.value == "derived"
    assert check.formula == "share of the claim's sum: 9,943 + 4,928 of 22,974 = 64.7"
    assert number_check(_LILLY, claim.format("62% of revenue"), "62%").status not in SUPPORTED
    assert number_check(_LILLY, claim.format("65% of operating income"), "65%").status not in SUPPORTED


def test_a_change_said_before_the_two_levels_it_is_of():
    # Assurant Q4 2024: adjusted EBITDA $381.4 million; $431.5 million excluding reportable catastrophes
    release = "reading/assurant_q4-2024_newswire.txt"
    claim = "Excluding reportable catastrophes, Q4 adjusted EBITDA would have been {} {}, at $431.5m vs the reported $381.4m."
    check = number_check(release, claim.format("$50.1m", "higher"), "$50.1m")
    assert (check.status.value, check.formula) == ("derived", "change of the claim's figures: $431.5m and $381.4m = 50100000.0")
    assert number_check(release, claim.format("$50.1m", "lower"), "$50.1m").status not in SUPPORTED
    assert number_check(release, claim.format("$40.1m", "higher"), "$40.1m").status not in SUPPORTED



def test_the_whole_a_part_is_said_out_of_is_the_share_s_whole():
    # U.S. Bancorp 2021: noninterest income $10,227 million of total net revenue $22,830 million
    release = "reading/us-bancorp_q4-2021_income_highlights.html"
    claim = "Fee income was about 45% of 2021 net revenue: noninterest income of $10.23 billion out of {}."
    assert number_check(release, claim.format("$22.83 billion"), "$22.83 billion").status in SUPPORTED
    assert number_check(release, claim.format("$22.73 billion"), "$22.73 billion").status not in SUPPORTED


def test_a_share_a_table_row_states_of_the_whole_its_label_names():
    # U.S. Bancorp Q4 2021, credit quality: "Allowance for credit losses as a percentage of Period-end loans | 1.97"
    from summarizer.facts import FactIndex
    from summarizer.ingest.load import document_from_text
    from summarizer.verify.verifier import verify_claim

    index = FactIndex(document_from_text(
        "U.S. Bancorp Fourth Quarter 2021 Results\n\nCREDIT QUALITY\n(Dollars in Millions)\n"
        "| | 4Q 2021 | 3Q 2021 | 4Q 2020 |\n"
        "| Allowance for credit losses | $6,155 | $6,251 | $8,010 |\n"
        "| Allowance for credit losses as a percentage of Period-end loans | 1.97% | 2.12% | 2.69% |\n"
    ))  # fmt: skip

    def status(claim: str, number: str) -> str:
        return next(n.status.value for n in verify_claim(index, claim).numbers if n.text == number)

    assert status("Allowance for credit losses $6.16bn, or 1.97% of period-end loans", "1.97%") == "verified"
    assert status("Allowance for credit losses $6.16bn, or 1.97% of total deposits", "1.97%") != "verified"
    assert status("Allowance for credit losses $6.16bn, or 2.12% of period-end loans", "2.12%") != "verified"
