"""Reading as the claim sets write it (session 61): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index

from summarizer.facts.directions import amount_direction
from summarizer.types import Unit

_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_VERTEX = "reading/vertex_q2-2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_AXON = "reading/axon_q2-2026_text.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_ROYALTY = "reading/royalty-management_q2-2025_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"


def test_the_earlier_edition_of_an_outlook_table_is_what_the_outlook_was_revised_from() -> None:
    # "| | | Prior | Updated |" ... "Earnings per Share (1)(3)(4) | $35.50 to $37.00 | $35.50 to $36.50 |"
    cells = {(f.figure.text, f.figure.column): f.period.prior for f in fact_index(_LILLY).facts if f.in_table and f.forward}
    assert cells["$37.00", "Prior"] is True
    assert cells["$36.50", "Updated"] is False
    claim = "Non-GAAP EPS guidance now stands at $35.50 to $36.50, compared with $35.50 to $37.00 before."
    assert_backed(_LILLY, claim, "$37.00")
    assert_not_backed(_LILLY, "Non-GAAP EPS guidance now stands at $35.50 to $37.00.", "$37.00")


def test_numbers_listed_before_respectively_take_the_periods_the_sentence_opens_with() -> None:
    # "In the second quarter and first six months of 2026, approximately 535,000 and approximately 900,000
    # prescriptions, respectively, have been filled for JOURNAVX"
    assert_backed(_VERTEX, "About 535,000 JOURNAVX prescriptions were filled in the second quarter.", "535,000")
    assert_backed(_VERTEX, "About 900,000 JOURNAVX prescriptions were filled in the first half.", "900,000")
    assert_not_backed(_VERTEX, "About 900,000 JOURNAVX prescriptions were filled in the quarter.", "900,000")
    # periods said before the numbers but not as one list ("For Q4 FY25") give none
    readings = claim_readings("For Q4 FY25, NVIDIA expects gross margins of 73.0% and 73.5%, respectively.", 2025)
    assert readings["73.0%"].period.length == readings["73.5%"].period.length


def test_a_share_s_part_is_named_by_the_name_the_release_abbreviates() -> None:
    # "cystic fibrosis (CF)"; "Total CF product revenues, net | 3,207.9" of "Product revenues, net | 3,333.9"
    claim = "Cystic fibrosis products still accounted for about 96% of second-quarter product revenue."
    assert_backed(_VERTEX, claim, "96%")
    assert_not_backed(_VERTEX, claim.replace("96%", "94%"), "94%")


def test_a_percentage_after_a_comma_restates_a_fraction_of_a_whole() -> None:
    # Experiences 3,017 of total segment operating income 5,555: 54.3%
    claim = "Experiences generated more than half of total segment operating income in the fiscal third quarter, about 54%."
    assert_backed(_DISNEY, claim, "54%")
    assert_not_backed(_DISNEY, claim.replace("54%", "56%"), "56%")
    assert_not_backed(_DISNEY, claim.replace("Experiences", "Sports"), "54%")


def test_a_row_label_s_own_scale_of_money_is_its_amounts_scale() -> None:
    # "Future contracted bookings ($ billions) (1) | $ | 15.1 | ... | 10.7 |" among rows in millions
    claim = "Future contracted bookings grew 41% year over year to $15.1 billion, from $10.7 billion at June 30, 2025."
    assert_backed(_AXON, claim, "$10.7 billion")
    assert_not_backed(_AXON, "Future contracted bookings were $15.1 million.", "$15.1 million")


def test_a_date_said_right_after_a_level_is_the_column_it_is_of() -> None:
    # the trend table's "30 SEP 2025" column holds 11.4, "30 JUN 2025" 10.7
    assert_backed(_AXON, "Future contracted bookings were $11.4 billion at September 30, 2025.", "$11.4 billion")
    assert_not_backed(_AXON, "Future contracted bookings were $11.4 billion at June 30, 2025.", "$11.4 billion")


def test_debt_repaid_is_money_out_not_debt_outstanding() -> None:
    # "Repayments of long-term debt and credit agreements | (1,314,151)" in the six months' cash flows
    claim = ("Long-term debt dropped to $1,802.1 million at June 30, 2026 from $3,119.5 million at December 31, 2025, after "
             "$1.31 billion of debt repayments in the first half.")
    assert_backed(_ALBEMARLE, claim, "$1.31 billion")
    assert_not_backed(_ALBEMARLE, claim.replace("$1.31 billion", "$1.33 billion"), "$1.33 billion")
    assert_not_backed(_ALBEMARLE, "Long-term debt was $1.31 billion at June 30, 2026.", "$1.31 billion")


def test_a_clause_of_its_own_subject_gives_its_compared_amount_no_direction_or_loss_from_before() -> None:
    # "Cost of Revenue | (1,101,994) | (13,380)"
    claim = "Q2 gross profit slipped to $225,187 from $240,843 as cost of revenue climbed to $1,101,994 from $13,380."
    assert amount_direction(claim.lower(), claim.index("$13,380"), claim.index("$13,380") + 7, Unit.CURRENCY, False) is None
    assert_backed(_ROYALTY, claim, "$13,380")
    assert_not_backed(_ROYALTY, claim.replace("$13,380", "$13,830"), "$13,830")
    # Rocket Lab: "Total operating expenses | 142,090 | 106,027"; opex compared is no loss
    claim = "Operating loss $57.5m vs $59.6m LY even as opex rose to $142.1m from $106.0m"
    readings = claim_readings(claim, 2026)
    assert readings["$106.0m"].value > 0
    assert_backed(_ROCKET_LAB, claim, "$106.0m")


def test_a_verb_said_once_carries_to_a_subject_named_with_its_year() -> None:
    # "Revenue for the fourth quarter grew 81% to $46 million and full-year Revenue jumped 63% to $151 million"
    claim = "Golden Matrix Group grew fourth-quarter revenue 81% to $46 million and full-year 2024 revenue 63% to $151 million."
    assert claim_readings(claim, 2024)["63%"].change
    assert_backed(_GOLDEN_MATRIX, claim, "63%")
    assert_not_backed(_GOLDEN_MATRIX, claim.replace("63%", "61%"), "61%")


def test_a_pair_restated_as_another_pair_opens_with_the_current_period() -> None:
    # "Diluted | 0.31 | 0.61" (years 2024 and 2023)
    claim = ("Net income attributable to Brookfield shareholders fell to $641 million for 2024 from $1,130 million in 2023, "
             "or $0.31 per diluted share versus $0.61.")
    readings = claim_readings(claim, 2024, "year")
    assert readings["$0.31"].period.prior is False
    assert readings["$0.61"].period.prior is True
    assert_backed(_BROOKFIELD, claim, "$0.31")
    assert_not_backed(_BROOKFIELD, claim.replace("$0.31", "$0.3X").replace("$0.61", "$0.31").replace("$0.3X", "$0.61"), "$0.61")
