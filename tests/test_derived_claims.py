"""What analysts derive and how they word it, checked against real releases: cash paid out
written as a plain amount (a cell in parentheses), a share of "the quarter's total", a
fraction that is no period ("a quarter of the firm's total"), and guidance raised from a
previous range (``verify._outflow_sizes``, ``analyst_math.read_share``, ``verify._previous_guidance``)."""

from __future__ import annotations

import pytest
from corpus import fact_index, number_check, number_status

from summarizer.text.vocabulary import change_direction, period_in
from summarizer.verify.verifier import verify_claim

SUPPORTED = ("verified", "derived")
ADI = "reading/analog-devices_q3-fy2026_text.txt"
VERTEX = "reading/vertex_q2-2026_text.txt"


@pytest.mark.parametrize(
    "claim, number, cell",
    [
        # ADI Q3 FY2026, "Cash Generation" and "Cash Return": Capital expenditures (146), Dividend paid (535),
        # Stock repurchases (1,157), Total cash returned (1,692), three months ended Aug. 1, 2026
        ("Capital expenditures were $146 million in the third quarter.", "$146 million", "(146)"),
        ("ADI paid $535 million in dividends in the quarter.", "$535 million", "(535)"),
        ("ADI bought back $1,157 million of stock in the quarter.", "$1,157 million", "(1,157)"),
        ("ADI returned $1,692 million in the quarter.", "$1,692 million", "(1,692)"),
    ],
)
def test_cash_paid_out_is_the_size_of_its_cell_in_parentheses(claim, number, cell):
    check = number_check(ADI, claim, number)
    assert (check.status.value, check.supports[0].text) == ("verified", cell)


@pytest.mark.parametrize(
    "claim, number",
    [
        # the trailing twelve months' capital expenditures (608), claimed for the quarter
        ("Capital expenditures were $608 million in the third quarter.", "$608 million"),
        # the buybacks, claimed as what was returned in all: only the total returned backs a claim of no metric
        ("ADI returned $1,157 million in the quarter.", "$1,157 million"),
        # an amount of no outflow: revenue is no cell paid out
        ("Revenue was $146 million in the third quarter.", "$146 million"),
    ],
)
def test_a_cell_paid_out_backs_only_its_own_outflow_and_period(claim, number):
    assert number_check(ADI, claim, number).status.value not in SUPPORTED


def test_a_share_of_the_quarters_total_is_of_the_parts_own_metric():
    # NVIDIA Q4 FY2026: Data Center $62,314 million ("$62.3 billion") of revenue $68,127 million (91.5%), the most
    # precise of the figures that back the claim's part
    check = number_check("nvidia_q4-fy2026.txt", "Data center revenue of $62.3 billion was 91% of the quarter's total.", "91%")
    assert (check.status.value, check.formula) == ("derived", "share of total: $62,314 of $68,127 = 91.5")
    wrong = "Data center revenue of $62.3 billion was 88% of the quarter's total."
    assert number_check("nvidia_q4-fy2026.txt", wrong, "88%").status.value not in SUPPORTED


def test_a_shares_whole_ends_where_the_parts_level_begins():
    # ADI: Industrial 1,971,926 of revenue 4,021,899 (thousands): 49.0%; "$1.97 billion" is Industrial's, not the whole's
    claim = "Industrial made up 49% of third-quarter revenue at $1.97 billion."
    check = number_check(ADI, claim, "49%")
    assert (check.status.value, check.formula) == ("derived", "share of total: 1,971,926 of 4,021,899 = 49.0")
    assert number_check(ADI, claim.replace("49%", "45%"), "45%").status.value not in SUPPORTED


def test_an_amount_the_wholes_words_state_is_read_with_the_wholes_metric():
    # NVIDIA Q4 FY2026: net income $42,960 million of revenue $68,127 million (63.1%); "$68.1 billion" is revenue
    claim = "Fourth-quarter net income of $43.0 billion equalled 63% of revenue of $68.1 billion."
    assert all(n.status.value in SUPPORTED for n in verify_claim(fact_index("nvidia_q4-fy2026.txt"), claim).numbers)


def test_a_quarter_of_a_total_is_a_fraction_not_a_period():
    assert period_in("a quarter of the firm's total").length == ""
    assert period_in("three quarters of revenue").length == ""
    # Golden Matrix FY2024: "online revenue up 18% to $80 million" of Meridianbet's full-year $106 million
    assert period_in("about three-quarters of the total").length == ""
    assert period_in("one-quarter of sales").length == ""
    assert period_in("the fourth quarter of 2021").length == "quarter"
    assert period_in("a quarter earlier").length == "quarter"


def test_guidance_raised_from_a_previous_range_is_checked_against_the_outlook():
    # Vertex Q2 2026: 2026 total revenue outlook $13.1 billion to $13.2 billion, previously $12.95 billion to $13.1 billion
    claim = "Vertex raised its 2026 revenue guidance to $13.1 billion-$13.2 billion from $12.95 billion-$13.1 billion."
    assert verify_claim(fact_index(VERTEX), claim).supported
    # the new range claimed as the previous one too is no revision
    twice = "Vertex raised its 2026 revenue guidance to $13.1 billion-$13.2 billion from $13.1 billion-$13.2 billion."
    assert not verify_claim(fact_index(VERTEX), twice).supported
    wrong = "Vertex raised its 2026 revenue guidance to $13.1 billion-$13.2 billion from $12.85 billion-$13.1 billion."
    assert number_check(VERTEX, wrong, "$12.85 billion").status.value not in SUPPORTED


def test_a_verb_its_object_and_by_state_a_change():
    # Helix FY2025 narrowed its net loss from $9,264,000 to $5,205,000 (by C$4.06 million); Gecina lifted its dividend
    # by 15 cents to EUR5.45: both amounts are changes, with the verb's direction, though five words stand between
    assert change_direction("Helix narrowed its fiscal 2025 net loss by ", " million.") == -1
    assert change_direction("Gecina lifted its 2024 dividend by ", " to EUR5.45 a share.") == 1
    assert change_direction("The company widened its full-year adjusted net loss by ", " million.") == 1
    # "to" in the object names the level: "raised its 2026 guidance to $4.00 billion"
    assert change_direction("raised its 2026 guidance to ", " billion") == 0


def test_the_approximately_sign_before_a_change_is_a_hedge_like_about():
    # Plug Power Q2 2026: "Net revenue was ~$178 million, which reflects quarterly growth sequentially of ~9%" and
    # "Operating expenses declined ~50%": "~" stands where "about" would, so both percentages are changes
    plug = "reading/plug-power_q2-2026_text.txt"
    assert change_direction("quarterly growth sequentially of ~", "%.") == 1
    assert change_direction("expenses declined ~", "% year-over-year") == -1
    claim = "Plug Power Q2 net revenue of about $178 million, up roughly 9% sequentially."
    assert number_status(plug, claim, "9%") == "verified"
    assert number_status(plug, claim.replace("9%", "11%"), "11%") not in SUPPORTED


def test_a_change_comes_from_the_cells_that_state_its_level_though_their_column_names_no_period():
    # Citizens Financial Q4 2021, "Balance Sheet & Credit Quality ($s in billions)": Period-end loans and leases
    # $128.2 | $123.3 (columns of no period read); the level itself backed by "Total loans and leases 128,163" (4Q21)
    loans = "reading/citizens-financial_q4-2021_loans.html"
    claim = "Period-end loans and leases rose $4.9 billion in the quarter to $128.2 billion."
    change = number_check(loans, claim, "$4.9 billion")
    assert change.status.value == "derived"
    assert [ref.text.strip("$ ") for ref in change.supports] == ["128.2", "123.3"]
    assert number_check(loans, claim, "$128.2 billion").status.value == "verified"
    wrong = "Period-end loans and leases rose $5.9 billion in the quarter to $128.2 billion."
    assert number_check(loans, wrong, "$5.9 billion").status.value not in SUPPORTED
    # the same difference is no change of another metric's level
    other = "Period-end deposits rose $4.9 billion in the quarter to $128.2 billion."
    assert number_check(loans, other, "$4.9 billion").status.value not in SUPPORTED


def test_a_change_computed_from_sentences_of_no_length_is_of_the_releases_period():
    # Taylor Morrison Q4 2024, under "Fourth Quarter Business Highlights": "Homebuilding land acquisition and
    # development investment totaled $590 million, up from $537 million a year ago" -- 9.9% up
    taylor = "reading/taylor-morrison_q4-2024_newswire.txt"
    claim = "Fourth-quarter land acquisition and development spending rose {} to $590 million."
    check = number_check(taylor, claim.format("9.9%"), "9.9%")
    assert check.status.value == "derived"
    assert [ref.text for ref in check.supports] == ["$590 million", "$537 million"]
    assert number_check(taylor, claim.format("8.9%"), "8.9%").status.value not in SUPPORTED
