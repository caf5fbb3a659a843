"""A change counted against a quarter the release names ("up $3.5 million or 6.1% compared to the first quarter of
2025, and up $9.2 million or 18.0% compared to the second quarter of 2024") is read against the quarter the release
reports: the quarter before is sequential, the same quarter a year earlier annual. Before, such words said nothing,
and a sequential change backed a claim of a change from a year ago (and the reverse)."""

from __future__ import annotations

import pytest
from corpus import number_check

from summarizer.text.vocabulary import change_base, change_base_named, comparison_convention, section_change_base

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
        # words of what changed between the change and its noun: "86 percent unit growth over the year-ago quarter"
        ("apple_q1-fy2011.txt", "Apple sold 16.24 million iPhones, 86% unit growth over the year-ago quarter.",
         "Apple sold 16.24 million iPhones, 86% unit growth sequentially.", "86%"),
        ("apple_q1-fy2011.txt", "Apple sold 19.45 million iPods, a 7% unit decline from a year earlier.",
         "Apple sold 19.45 million iPods, a 7% unit decline from the prior quarter.", "7%"),
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


@pytest.mark.parametrize(
    ("release", "true_claim", "swapped", "number"),
    [
        # change columns named by the date compared with: "Dec 31, 2021 % Change from Dec 31, 2020" (Wells Fargo)
        ("reading/wells-fargo_q4-2021.htm", "Net interest income slipped 1% year over year to $9.26 billion.",
         "Net interest income slipped 1% sequentially to $9.26 billion.", "1%"),
        # "up $410.8 million, or 7.1%, from June 30, 2024" in a release on the quarter ended June 30, 2025 (Tompkins)
        ("reading/tompkins-financial_q2-2025_newswire.txt", "Total loans rose $410.8 million, or 7.1%, from a year earlier.",
         "Total loans rose $410.8 million, or 7.1%, from the prior quarter.", "7.1%"),
        # "up $1.8 million, or 9.1%, compared to the first quarter of 2025": a comma before the comparison (Tompkins)
        ("reading/tompkins-financial_q2-2025_newswire.txt", "Net income rose 9.1% sequentially.",
         "Net income rose 9.1% year over year.", "9.1%"),
        # "$3,216.2 million as of March 31, 2026" in a release on the quarter ended June 30, 2026 (Coty)
        ("reading/coty_q4-fy2026_text.txt", "Total debt was cut by $128 million sequentially to $3,088.2 million.",
         "Total debt was cut by $128 million year over year to $3,088.2 million.", "$128 million"),
        # "increased 13 percent to $5.54 compared to the prior year period of $4.90" (Assurant)
        ("reading/assurant_q4-2024_newswire.txt", "Adj. EPS ex-reportable cats $5.54, +13% y/y from $4.90",
         "Adj. EPS ex-reportable cats $5.54, +13% q/q from $4.90", "13%"),
        # "an increase of 17% as compared to the prior year period" (STAAR Surgical)
        ("reading/staar-surgical_q4-2024_newswire.txt", "ICL sales ex-China +17% y/y to $39.5m in Q4",
         "ICL sales ex-China +17% q/q to $39.5m in Q4", "17%"),
        # "or gross margin of 10.6%, in the year-ago period": a comma before the comparison figure's period (Beyond Meat)
        ("reading/beyond-meat_q2-2026_text.txt", "Gross margin 8.5%, down 210 bps y/y", "Gross margin 8.5%, down 210 bps q/q",
         "210 bps"),
        # "$0.45 for the quarter ended June 30, 2025" in a release on the third quarter of 2025 (Peapack-Gladstone)
        ("peapack-gladstone_q3-2025_newswire.txt", "EPS rose 9 cents sequentially.", "EPS rose 9 cents year over year.",
         "9 cents"),
        # "coming in only slightly below the previous year's figure (EUR 443.1 million)" (INDUS)
        ("claim_reading/indus-holding_q3-2025_newswire.txt", "Q3 revenue slipped 1.3% year over year.",
         "Q3 revenue slipped 1.3% sequentially.", "1.3%"),
        # "EUR 56.3bn as at 30 September 2025 (30.06.2025: EUR 55.9bn)" (PATRIZIA)
        ("claim_reading/patrizia_9m-2025_newswire.txt", "AUM EUR 56.3bn at Sept 30, up EUR 0.4bn q/q",
         "AUM EUR 56.3bn at Sept 30, up EUR 0.4bn y/y", "EUR 0.4bn"),
        # "Operative EBITDA decreased by 17% to EUR 135.0 million (162.7)": 162.7 is the Oct-Dec 2023 cell of its row
        ("reading/kemira_fy2024_newswire.txt", "Q4 operative EBITDA EUR135.0m, -17% y/y", "Q4 operative EBITDA EUR135.0m, -17% q/q",
         "-17%"),
        # "up 9.5% from the immediate prior quarter" (Tompkins)
        ("reading/tompkins-financial_q2-2025_newswire.txt", "Diluted EPS of $1.50 rose 9.5% sequentially.",
         "Diluted EPS of $1.50 rose 9.5% year over year.", "9.5%"),
        # "$1.05 per share ($1.04 per share on a diluted basis) for the third quarter of fiscal 2023" (Buckle)
        ("buckle_q3-fy2024.html", "Diluted EPS down 16 cents y/y", "Diluted EPS down 16 cents q/q", "16 cents"),
    ],
)  # fmt: skip
def test_the_comparison_is_read_from_the_date_or_period_it_names(release: str, true_claim: str, swapped: str, number: str):
    assert number_check(release, true_claim, number).status.value in ("verified", "derived")
    assert number_check(release, swapped, number).status.value not in ("verified", "derived")


@pytest.mark.parametrize(
    ("release", "true_claim", "swapped", "number"),
    [
        # Venture Global's $4,578 million and $3,101 million are the quarters ended June 30, 2026 and 2025
        ("reading/venture-global_q2-2026_text.txt",
         "Revenue rose by about $1.48 billion year over year, to $4,578 million from $3,101 million.",
         "Revenue rose by about $1.48 billion sequentially, to $4,578 million from $3,101 million.", "$1.48 billion"),
        # Sandisk's 78.4% is the third quarter's gross margin, beside the fourth quarter's 84.6%
        ("reading/sandisk_q4-fy2026_text.txt", "Gross margin 84.6%, up 6.2 ppt q/q from 78.4%",
         "Gross margin 84.6%, up 6.2 ppt y/y from 78.4%", "6.2 ppt"),
    ],
)  # fmt: skip
def test_a_change_the_claim_computes_from_its_own_figures_keeps_their_comparison(
    release: str, true_claim: str, swapped: str, number: str
):
    assert number_check(release, true_claim, number).status.value in ("verified", "derived")
    assert number_check(release, swapped, number).status.value not in ("verified", "derived")


def test_a_date_named_is_counted_from_the_release_end():
    """A date a change is counted against, a year or a quarter before the date the release's tables end on."""
    assert change_base("up $410.8 million, or", ", from June 30, 2024.", (2, 2025), (2025, 6, 30)) == "annual"
    assert change_base("up", " compared to March 31, 2025", (2, 2025), (2025, 6, 30)) == "sequential"
    assert change_base("up", " from December 31, 2024", (2, 2025), (2025, 6, 30)) == "another quarter"
    assert change_base("up", " from June 30, 2024", (2, 2025), None) == ""  # no end known: unknown, not a guess
    assert change_base_named("Dec 31, 2021 % Change from Sep 30, 2021", (4, 2021)) == "sequential"
    assert change_base_named("% CHANGE FROM DECEMBER 31, 2020", (4, 2021), (2021, 12, 31)) == "annual"
    assert change_base_named("% Change", (4, 2021), (2021, 12, 31)) == ""


@pytest.mark.parametrize(
    ("true_claim", "swapped", "number"),
    [
        ("Mortgage banking fees decreased $32 million from the prior quarter.",
         "Mortgage banking fees decreased $32 million from a year earlier.", "$32 million"),
        ("Mortgage banking fees decreased $117 million year over year.",
         "Mortgage banking fees decreased $117 million sequentially.", "$117 million"),
        ("Card fees increased $9 million year over year.", "Card fees increased $9 million sequentially.", "$9 million"),
        ("Noninterest income increased $16 million, or 3%, year over year.",
         "Noninterest income increased $16 million, or 3%, sequentially.", "3%"),
    ],
)  # fmt: skip
def test_a_section_heading_that_compares_two_periods_names_the_base_of_its_changes(true_claim: str, swapped: str, number: str):
    """Citizens Q4 2021: "Fourth quarter 2021 vs. third quarter 2021" heads "Mortgage banking fees decreased $32
    million", "Fourth quarter 2021 vs. fourth quarter 2020" heads "Mortgage banking fees decreased $117 million" and
    "Card fees increased $9 million": sentences that name no comparison of their own. Before, each backed either."""
    citizens = "reading/citizens-financial_q4-2021_noninterest_income.html"
    assert number_check(citizens, true_claim, number).status.value == "verified"
    assert number_check(citizens, swapped, number).status.value == "context_mismatch"


def test_a_section_heading_is_looked_for_over_prose_only():
    """A table between a change and the heading above it ends the search: the heading is not the change's."""
    text = "Fourth quarter 2021\tvs.\tthird quarter 2021\n\nFees decreased $32 million.\n\nFees\t$76\t$108\nCard fees\t65\t66\n\nFees decreased 3%."
    assert section_change_base(text, text.index("$32"), (4, 2021), None) == "sequential"
    assert section_change_base(text, text.index("3%"), (4, 2021), None) == ""


def test_a_change_of_a_period_longer_than_a_quarter_is_counted_against_a_year_earlier():
    """Lilly Q2 2026: "Year-to-Date % Change" 51% beside "Year-to-Date 2026 | Year-to-Date 2025": a half's change is
    from the same half a year before, never from the quarter before, whatever its column's name says."""
    lilly = "reading/eli-lilly_q2-2026_text.txt"
    assert number_check(lilly, "H1 revenue $42.77bn, +51% y/y from $28.29bn", "51%").status.value == "verified"
    assert number_check(lilly, "H1 revenue $42.77bn, +51% q/q from $28.29bn", "51%").status.value == "context_mismatch"


def test_a_change_column_beside_amounts_and_their_shares_of_revenue_takes_the_comparison_they_agree_on():
    """Oracle Q4 FY2022: "2,539 | 22% | 2,144 | 19% | 18%" under "Three Months Ended May 31, 2022 | % of Revenues |
    2021 | % of Revenues | % Increase (Decrease) in US $": two pairs of cells, both a year apart."""
    oracle = "reading/oracle_q4-fy2022_operations.html"
    true_claim = "Cloud license and on-premise license revenue jumped 18% y/y to $2.54bn"
    swapped = "Cloud license and on-premise license revenue jumped 18% q/q to $2.54bn"
    assert number_check(oracle, true_claim, "18%").status.value == "verified"
    assert number_check(oracle, swapped, "18%").status.value == "context_mismatch"


@pytest.mark.parametrize(
    ("said", "base"),
    [
        ("All comparisons in this announcement are year-over-year (YoY), unless otherwise noted.", "annual"),
        ("Unless otherwise stated, all percentage changes represent year-over-year comparisons.", "annual"),
        ("The financial comparisons herein are to the prior year quarter, unless otherwise noted.", "annual"),
        # a quarter named, not a base: left to the changes' own words
        ("All comparisons are with the fourth quarter of fiscal year 2025 unless otherwise stated.", ""),
        ("All comparisons are year-over-year. All comparisons below are sequential.", ""),  # they disagree
        ("Revenue grew 12% from a year earlier.", ""),  # a change's own words are no word on all comparisons
    ],
)
def test_what_a_release_says_of_all_its_comparisons(said: str, base: str):
    assert comparison_convention(said) == base


def test_a_change_that_names_no_comparison_takes_the_one_the_release_says_of_all():
    """Sterling Q2 2026: "The financial comparisons herein are to the prior year quarter, unless otherwise noted";
    the CEO's "Revenue grew 90%" and "adjusted net income increasing 118%" name none, and back no sequential claim."""
    sterling = "reading/sterling-infrastructure_q2-2026_text.txt"
    assert number_check(sterling, "Sterling's revenue grew 90% from a year earlier.", "90%").status.value == "verified"
    assert number_check(sterling, "Sterling's revenue grew 90% sequentially.", "90%").status.value == "context_mismatch"
    assert number_check(sterling, "Adjusted net income rose 118% sequentially.", "118%").status.value == "context_mismatch"
