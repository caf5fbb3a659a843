"""Values analysts compute from a release's figures: changes of per-share amounts and of
losses, and the ends of a range said as a centre and a tolerance (``summarizer.verify.analyst_math``)."""

from __future__ import annotations

import pytest
from corpus import number_check


@pytest.mark.parametrize(
    "claim, number, formula",
    [
        # ImmunoGen: net loss (3,502) vs (2,209) thousand, and $(0.09) vs $(0.05) per share, in the quarter
        ("The quarterly net loss widened by $1.3 million.", "$1.3 million", "difference: (3,502) vs (2,209) = 1293000.0"),
        ("The quarterly net loss widened 59%.", "59%", "percent change: (3,502) vs (2,209) = 58.5"),
        ("The net loss per share widened by $0.04 in the quarter.", "$0.04", "difference: (0.09) vs (0.05) = 0.04"),
    ],
)
def test_changes_of_a_loss_are_changes_of_its_size(claim, number, formula):
    check = number_check("immunogen_q2-fy2006_8k.txt", claim, number)
    assert (check.status.value, check.formula) == ("derived", formula)


@pytest.mark.parametrize(
    "claim, number", [("The quarterly net loss narrowed by $1.3 million.", "$1.3 million"), ("The quarterly net loss shrank 59%.", "59%")]
)
def test_a_loss_that_grew_did_not_narrow(claim, number):
    assert number_check("immunogen_q2-fy2006_8k.txt", claim, number).status.value not in ("verified", "derived")


def test_a_difference_of_per_share_amounts():
    """McDonald's: diluted EPS $3.32 against $3.14 a year earlier."""
    check = number_check("mcdonalds_q2-2026_text.txt", "Diluted EPS rose by $0.18 in the second quarter.", "$0.18")
    assert check.status.value in ("verified", "derived")
    assert number_check("mcdonalds_q2-2026_text.txt", "Diluted EPS rose by $0.28 in the second quarter.", "$0.28").status.value not in (
        "verified", "derived")  # fmt: skip


def test_a_computed_change_must_round_to_the_claim():
    """3.32 vs 3.14 is 5.7%: "up 6%" is backed, "up 5%" is not, though the rounding of the two
    figures allows 5.4% to 6.1%."""
    assert number_check("mcdonalds_q2-2026_text.txt", "Diluted EPS was $3.32, up 5%.", "5%").status.value not in ("verified", "derived")


def test_the_ends_of_a_centre_and_a_tolerance():
    """NVIDIA: "Revenue is expected to be $78.0 billion, plus or minus 2%"."""
    name = "nvidia_q4-fy2026.txt"
    claim = "NVIDIA expects first-quarter fiscal 2027 revenue of $76.4 billion to $79.6 billion."
    assert number_check(name, claim, "$76.4 billion").formula == "centre minus tolerance: $78.0 billion vs 2% = 76440000000.0"
    assert number_check(name, claim, "$79.6 billion").status.value == "derived"
    wrong = "NVIDIA expects first-quarter revenue of $75.0 billion to $81.0 billion."
    assert number_check(name, wrong, "$75.0 billion").status.value == "unsupported"
    reported = "NVIDIA reported first-quarter revenue of $76.4 billion."  # guidance, not a result
    assert number_check(name, reported, "$76.4 billion").status.value != "derived"


def test_a_row_of_qualifiers_only_names_its_headings_metric():
    """Vertex Q2 2026: "Net income per diluted common share:" over the rows "GAAP" ($4.31 / $3.99)
    and "Non-GAAP" ($4.73 / $4.52). 4.73 vs 4.52 is 4.6%: the non-GAAP EPS change is computed
    from the "Non-GAAP" row, and a wrong change is not."""
    name = "reading/vertex_q2-2026_text.txt"
    check = number_check(name, "Non-GAAP EPS rose 4.6% to $4.73 in Q2 from $4.52 a year ago.", "4.6%")
    assert (check.status.value, check.formula) == ("derived", "percent change: 4.73 vs 4.52 = 4.6")
    wrong = number_check(name, "Non-GAAP EPS rose 8.6% to $4.73 in Q2 from $4.52 a year ago.", "8.6%")
    assert wrong.status.value not in ("verified", "derived")
