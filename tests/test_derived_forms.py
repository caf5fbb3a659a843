"""Values analysts derive from a release's figures in words the verifier reads for them (session 37): cash added
up with only the securities held short-term, a comparison level named by the level it is compared with, a margin,
a percentage against a base and a total restated from the claim's own amounts, and "negative" said of a metric.
Each against the real release the claim was written about."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import fact_index, number_check, number_status

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim

_ADI = "reading/analog-devices_q3-fy2026_text.txt"
_BUCKLE = "buckle_q3-fy2024.html"
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"


def test_cash_and_short_term_investments_add_the_short_term_rows():
    """ADI's balance sheet: cash and cash equivalents 2,165,870 and short-term investments 159,064 at Aug. 1,
    2026; 2,499,406 and 1,152,915 at Nov. 1, 2025 (thousands): $2.32 billion and $3.65 billion."""
    claim = "Cash and short-term investments fell to $2.32 billion at Aug. 1 from $3.65 billion at the Nov. 1, 2025 year end."
    checks = {n.text: n for n in verify_claim(fact_index(_ADI), claim).numbers}
    assert checks["$2.32 billion"].status.value == checks["$3.65 billion"].status.value == "derived"
    assert checks["$3.65 billion"].formula.startswith("cash and short-term securities: 2,499,406 + 1,152,915")
    # the comparison date's sum is not the quarter end's
    assert number_status(_ADI, "Cash and short-term investments rose to $3.65 billion at Aug. 1.", "$3.65 billion") not in (
        "verified", "derived")
    changed = "Cash and short-term investments fell to $2.32 billion at Aug. 1 from $3.56 billion at the Nov. 1, 2025 year end."
    assert number_status(_ADI, changed, "$3.56 billion") not in ("verified", "derived")
    # "short-term" said: cash alone is no sum of the two
    assert number_status(_ADI, "Cash fell to $2.17 billion at Aug. 1.", "$2.17 billion") == "verified"


def test_cash_plus_short_term_investments_at_a_quarter_end():
    """Buckle at November 2, 2024: cash and cash equivalents 301,958 and short-term investments 23,482 (thousands)."""
    assert number_check(_BUCKLE, "Cash plus short-term investments $325.4m at quarter-end", "$325.4m").status.value == "derived"
    assert number_status(_BUCKLE, "Cash plus short-term investments $352.4m at quarter-end", "$352.4m") not in (
        "verified", "derived")


def test_a_comparison_level_is_of_what_the_claim_s_own_level_is():
    """Confluent: cash and marketable securities $1.91 billion at December 31, 2024, and 349,761 + 1,551,009 a
    year before. The level compared with is said far after the words that name both, with no other metric
    between."""
    claim = ("Cash and marketable securities totaled about $1.91 billion at end-2024, little changed from $1.90 billion "
             "a year earlier.")
    assert number_check(_CONFLUENT, claim, "$1.90 billion").formula.startswith("cash and securities: 349,761 + 1,551,009")
    other = ("Cash and marketable securities totaled about $1.91 billion at end-2024, while revenue was little changed "
             "from $1.90 billion a year earlier.")
    assert number_status(_CONFLUENT, other, "$1.90 billion") not in ("verified", "derived")


# AMD's second quarter of 2026, "SELECTED CORPORATE DATA" (millions), as the release prints it
_AMD_SEGMENTS = """ADVANCED MICRO DEVICES, INC.
SELECTED CORPORATE DATA
(Millions) (Unaudited)
| | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |
| | Three Months Ended | | Six Months Ended |
| | June 27,
2026 | | March 28,
2026 | | June 28,
2025 | | June 27,
2026 | | June 28,
2025 |
Segment and Disaggregated Revenue Information (1)
| | | | | | | | | | |
Net Revenue: | | | | | | | | | | |
Data Center Segment | | $ | 6,718 | | | $ | 5,775 | | | $ | 3,240 | | | $ | 12,493 | | | $ | 6,914 | |
Client and Gaming Segment | | | | | | | | | | |
Client | | 3,062 | | | 2,885 | | | 2,499 | | | 5,947 | | | 4,793 | |
Gaming | | 779 | | | 720 | | | 1,122 | | | 1,499 | | | 1,769 | |
Total Client and Gaming | | 3,841 | | | 3,605 | | | 3,621 | | | 7,446 | | | 6,562 | |
Embedded Segment | | 977 | | | 873 | | | 824 | | | 1,850 | | | 1,647 | |
Total net revenue | | $ | 11,536 | | | $ | 10,253 | | | $ | 7,685 | | | $ | 21,789 | | | $ | 15,123 | |
| | | | | | | | | | |
Operating Income (Loss): | | | | | | | | | | |
Data Center Segment | | $ | 2,103 | | | $ | 1,599 | | | $ | (155) | | | $ | 3,702 | | | $ | 777 | |
Client and Gaming Segment | | 582 | | | 575 | | | 767 | | | 1,157 | | | 1,263 | |
Embedded Segment | | 386 | | | 338 | | | 275 | | | 724 | | | 603 | |
All other | | (1,081) | | | (1,036) | | | (1,021) | | | (2,117) | | | (1,971) | |
Total operating income (loss) | | $ | 1,990 | | | $ | 1,476 | | | $ | (134) | | | $ | 3,466 | | | $ | 672 | |
"""


@pytest.mark.parametrize(
    "margin, supported",
    [
        ("a 39.5% operating margin", True),
        ("an operating margin of 39.5%", True),
        ("a 39.8% operating margin", False),  # not what the two amounts make
        ("a 39.5% gross margin", False),  # the margin of another metric than the amount earned
        ("a 39.5% net margin", False),  # a margin the words qualify with what names no metric the verifier reads
    ],
)
def test_a_margin_of_the_amount_earned_on_the_revenue_the_claim_states(tmp_path, margin, supported):
    """"earned $386 million of operating income on $977 million of revenue, a 39.5% operating margin": the first
    amount over the second, both backed by the release."""
    release = tmp_path / "amd_q2-2026_segments.txt"
    release.write_text(_AMD_SEGMENTS, encoding="utf-8")
    claim = f"The Embedded segment earned $386 million of operating income on $977 million of revenue, {margin}."
    checks = verify_claim(FactIndex(load_document(release)), claim).numbers
    percent = next(n for n in checks if n.text.endswith("%"))
    assert (percent.status in SUPPORTED) is supported
    if supported:  # the two amounts over each other, or the segment's two rows they are backed by
        assert percent.formula in (
            "margin of the claim's figures: $386 million and $977 million = 39.5", "segment margin: 386 vs 977 = 39.5"
        )


@pytest.mark.parametrize(
    "claim, supported",
    [
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, a midpoint 12.5% above 2024's $12.00", True),
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, a midpoint 13.5% above 2024's $12.00", False),
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, a midpoint 12.5% below 2024's $12.00", False),  # a rise
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, 12.5% above 2024's $12.00", False),  # no midpoint said: 14.00
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, the top end 16.7% above 2024's $12.00", True),
        # a base the words name as another metric's
        ("Ryder sees 2025 comparable EPS of $13.00-14.00, a midpoint 12.5% above 2024's revenue of $12.00", False),
    ],
)
def test_a_percentage_against_the_base_the_claim_states_after_it(claim, supported):
    """Ryder 2025 outlook: comparable EPS of $13.00 to $14.00; 2024's comparable EPS $12.00. The percentage is the
    claim's own level (the range's midpoint, where it says so) against the base it names right after."""
    percent = next(n for n in verify_claim(fact_index(_RYDER), claim).numbers if n.text.endswith("%"))
    assert (percent.status in SUPPORTED) is supported


@pytest.mark.parametrize("total, supported", [("$80 million", True), ("$82 million", False)])
def test_a_total_restated_in_other_terms(total, supported):
    """Sears Q2 2004: two pretax charges of $41 million and $39 million, $0.12 a share each: "together 24 cents, or
    $80 million pretax" -- the amount restating a total is the same total."""
    claim = (f"Two pretax charges, $41 million for severance and $39 million of extra depreciation, cost 12 cents a share "
             f"each, together 24 cents, or {total} pretax.")
    check = number_check("sears_q2-2004.txt", claim, total)
    assert (check.status in SUPPORTED) is supported
    if supported:
        assert check.formula == "sum of the claim's figures: $41 million and $39 million = 80000000.0"


def test_negative_said_of_the_metric_signs_its_amount():
    """Arvinas: revenue of $(43.1) million in the fourth quarter of 2023. "negative revenue of $43.1m" is that
    figure; "a negative impact of" an amount is the impact's size."""
    claim = "Q4 revenue $59.2m, vs negative revenue of $43.1m in 4Q23"
    assert number_status(_ARVINAS, claim, "$43.1m") == "verified"
    assert [n.value for n in read_numbers(claim)][-1] == Decimal("-43.1E6")
    assert read_numbers("a negative currency impact of $3m")[0].value > 0
    assert read_numbers("negative revenue adjustments of $5m")[0].value > 0


@pytest.mark.parametrize("margin, supported", [("2.2%", True), ("2.5%", False)])
def test_a_share_said_again_without_its_whole(margin, supported):
    """Anywhere Q4 2024: operating EBITDA $52 million on revenue of $1,362 million, $28 million on $1,250 million a
    year before. "from $28 million, or 2.2%" is the earlier amount's share of revenue, as "3.8% of revenue" is."""
    claim = f"Q4 operating EBITDA rose to $52 million, or 3.8% of revenue, from $28 million, or {margin}."
    check = number_check("claim_reading/anywhere-real-estate_q4-2024_newswire.txt", claim, margin)
    assert (check.status in SUPPORTED) is supported
    if supported:
        assert check.formula == "ratio to revenue: 28 vs 1,250 = 2.24"


@pytest.mark.parametrize(
    "claim, number, supported",
    [
        ("Homebuilding lot supply grew 19.1% over the year to 86,153 homesites.", "19.1%", True),
        ("Homebuilding lot supply grew 18.1% over the year to 86,153 homesites.", "18.1%", False),
        ("Lot supply up 13,791 y/y to 86,153 homesites", "13,791", True),
        ("Lot supply up 13,719 y/y to 86,153 homesites", "13,719", False),
        # "at the end of 2023" against a release on December 31, 2024: a year before, not a quarter
        ("Lot supply up 13,791 q/q to 86,153 homesites", "13,791", False),
    ],
)
def test_a_sentence_that_compares_the_one_before(claim, number, supported):
    """Taylor Morrison: "Homebuilding lot supply was 86,153 homesites, of which 57% was controlled off balance sheet.
    This compared to total lots of 72,362 at the end of 2023, of which 53% was controlled." The second sentence's
    figure is the first's comparison level."""
    check = number_check("reading/taylor-morrison_q4-2024_newswire.txt", claim, number)
    assert (check.status in SUPPORTED) is supported


@pytest.mark.parametrize(
    "against, supported",
    [("about 14.5% above Q4", True), ("about 15.5% above Q4", False), ("about 14.5% below Q4", False),
     ("about 14.5% above Q3", False)],  # not the release's quarter: its figure is not read for it
)
def test_a_percentage_against_the_release_s_quarter_named_not_stated(against, supported):
    """NVIDIA's fourth quarter of fiscal 2026: revenue of $68,127 million; first-quarter revenue "expected to be $78.0
    billion, plus or minus 2%": 14.5% above the quarter the release reports."""
    claim = f"NVIDIA guides Q1 FY27 revenue to $78.0 bln +/- 2%, {against} at the midpoint"
    percent = number_check("nvidia_q4-fy2026.txt", claim, against.split()[1])
    assert (percent.status in SUPPORTED) is supported
    if supported:
        assert percent.formula == "percent against the release's quarter: $78.0 bln vs $68,127 = 14.5"
