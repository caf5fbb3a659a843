"""A change counted against a quarter the release names ("up $3.5 million or 6.1% compared to the first quarter of
2025, and up $9.2 million or 18.0% compared to the second quarter of 2024") is read against the quarter the release
reports: the quarter before is sequential, the same quarter a year earlier annual. Before, such words said nothing,
and a sequential change backed a claim of a change from a year ago (and the reverse)."""

from __future__ import annotations

import pytest
from corpus import number_check

from summarizer.text.vocabulary import change_base

TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"


@pytest.mark.parametrize(
    ("after", "base"),
    [
        (" compared to the first quarter of 2025, and up", "sequential"),
        (" compared to the second quarter of 2024.", "annual"),
        (" from Q1.", "sequential"),
        (" versus 1Q25", "sequential"),
        (" from the fourth quarter", "another quarter"),
        (" compared to the second quarter.", ""),  # the same quarter, of no year said: this year's or last?
        (" compared to the first quarter of fiscal 2026", ""),  # a fiscal year's name against the tables' calendar
    ],
)
def test_a_named_quarter_is_read_against_the_release_quarter(after: str, base: str):
    assert change_base("Net interest income was up", after, (2, 2025)) == base


def test_a_release_on_a_first_quarter_counts_the_fourth_quarter_of_the_year_before_as_sequential():
    assert change_base("up", " from the fourth quarter of 2024", (1, 2025)) == "sequential"
    assert change_base("up", " from the fourth quarter of 2025", (1, 2025)) == ""


def test_a_sequential_change_backs_no_change_from_a_year_ago_and_the_reverse():
    """Tompkins's net interest income: 6.1% against the first quarter of 2025, 18.0% against the second of 2024."""
    true_claim = "Net interest income grew 18.0% from a year earlier to $60.1 million, and 6.1% from the first quarter."
    assert [number_check(TOMPKINS, true_claim, n).status.value for n in ("18.0%", "6.1%")] == ["verified", "verified"]
    for swapped, number in (
        ("Net interest income grew 6.1% from a year earlier to $60.1 million.", "6.1%"),
        ("Net interest income rose 6.1% year over year.", "6.1%"),
        ("Net interest income grew 18.0% sequentially.", "18.0%"),
        ("Net interest income grew 18.0% from the first quarter.", "18.0%"),
        ("Net interest income grew 6.1% from the fourth quarter.", "6.1%"),
    ):
        assert number_check(TOMPKINS, swapped, number).status.value == "context_mismatch", swapped


@pytest.mark.parametrize(
    ("release", "true_claim", "swapped", "number"),
    [
        # a change computed from two columns a year apart (Apple's quarters ended December 25, 2010 and 26, 2009)
        ("apple_q1-fy2011.txt", "Revenue grew 71 percent year over year.", "Revenue grew 71 percent sequentially.", "71 percent"),
        # change columns named "Q/Q" and "Y/Y" (NVIDIA)
        ("nvidia_q4-fy2026.txt", "Quarterly revenue rose 73% from a year earlier.", "Quarterly revenue rose 73% from the prior quarter.", "73%"),
        ("nvidia_q4-fy2026.txt", "Revenue was up 20% from the prior quarter.", "Revenue was up 20% from a year earlier.", "20%"),
        # a change computed from two sentence figures, the comparison "for the same period last year" (ImmunoGen)
        ("immunogen_q2-fy2006_8k.txt", "Research and development expense increased 38% year over year.",
         "Research and development expense increased 38% sequentially.", "38%"),
    ],
)  # fmt: skip
def test_a_change_backs_only_a_claim_of_its_own_comparison(release: str, true_claim: str, swapped: str, number: str):
    assert number_check(release, true_claim, number).status.value in ("verified", "derived")
    assert number_check(release, swapped, number).status.value not in ("verified", "derived")


def test_a_change_column_that_names_no_comparison_takes_its_rows_two_periods():
    """Assurant Q4 2024: "Global Lifestyle | 191.7 | 204.6 | (6)%" under a column named "Change", beside the fourth
    quarters of 2024 and 2023: a change from a year earlier, which backs no claim of a sequential change."""
    assurant = "reading/assurant_q4-2024_newswire.txt"
    assert number_check(assurant, "Global Lifestyle adj. EBITDA -6% y/y in Q4", "-6%").status.value == "verified"
    assert number_check(assurant, "Global Lifestyle adj. EBITDA -6% q/q in Q4", "-6%").status.value == "context_mismatch"


def test_the_changes_own_noun_may_stand_before_what_it_is_counted_against():
    """Vertex Q2 2026: "representing 78% quarter-over-quarter sequential growth and 151% growth compared to the second
    quarter of 2025": the 151% is from a year earlier, the 78% sequential."""
    vertex = "reading/vertex_q2-2026_text.txt"
    assert change_base("and", " growth compared to the second quarter of 2025.", (2, 2026)) == "annual"
    assert change_base("a", " increase from the prior quarter", None) == "sequential"
    assert number_check(vertex, "CASGEVY revenue was $76 million, up 151% y/y.", "151%").status.value == "verified"
    assert number_check(vertex, "CASGEVY revenue was $76 million, up 151% q/q.", "151%").status.value == "context_mismatch"


def test_the_comparison_amount_after_a_change_says_its_period():
    """"an increase of 35.6% from HK$5,310.9 million in the second quarter of 2025" (Futu, a release on the second
    quarter of 2026) is a change from a year earlier."""
    after = " from HK$5,310.9 million in the second quarter of 2025. Brokerage commission"
    assert change_base("Total revenues were HK$7,200.2 million, an increase of", after, (2, 2026)) == "annual"
    assert change_base("an increase of", " compared to US$444.8 million for the same period last year.", None) == "annual"
