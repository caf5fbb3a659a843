"""A change computed from two cells of one table row whose label names no metric, under columns or a heading that
name one: the change is of that metric, for the row the claim names."""

from __future__ import annotations

from corpus import number_check

from summarizer.verify.verifier import SUPPORTED


def test_a_change_of_a_row_that_names_no_metric_is_of_its_heading_s_metric():
    # Sterling Q2 2026, segment table under "Revenues": "Transportation Solutions | 156,692 | ... | 196,797"
    release = "reading/sterling-infrastructure_q2-2026_text.txt"
    check = number_check(release, "Transportation revenue fell $40.1m y/y to $156.7m", "$40.1m")
    assert check.status.value == "derived"
    # not the company's revenue, not another segment's, not a sequential change
    for claim in ("Revenue fell $40.1m y/y to $156.7m", "Building revenue fell $40.1m y/y", "Transportation revenue fell $40.1m q/q"):
        assert number_check(release, claim, "$40.1m").status not in SUPPORTED


def test_a_row_change_backs_only_a_claim_that_names_the_row():
    # Parker-Hannifin FY26 Q4: "Aerospace Systems" segment operating income 522 against 407 -- not International's
    release = "claim_reading/parker-hannifin_q4-fy2026_text.txt"
    claim = "International segment operating income grew by $115 million to $522 million."
    assert number_check(release, claim, "$115 million").status not in SUPPORTED


def test_a_total_row_s_change_backs_no_segment_s_claim():
    # Clorox Q4 FY2026: "Reportable segment total" segment adjusted EBIT 340 against 516 (-34%); Household's fell 56%
    release = "reading/clorox_q4-fy2026_text.txt"
    assert number_check(release, "Household Q4 net sales -18%, segment adj. EBIT -34%", "-34%").status not in SUPPORTED
