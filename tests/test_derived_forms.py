"""Values analysts derive from a release's figures in words the verifier reads for them (session 37): cash added
up with only the securities held short-term, and a comparison level named by the level it is compared with.
Each against the real release the claim was written about."""

from __future__ import annotations

from corpus import fact_index, number_check, number_status

from summarizer.verify.verifier import verify_claim

_ADI = "reading/analog-devices_q3-fy2026_text.txt"
_BUCKLE = "buckle_q3-fy2024.html"
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"


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
