"""Reading as the claim sets write it (session 61): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index

from summarizer.facts.directions import amount_direction
from summarizer.types import OtherKind, Unit
from summarizer.verify.claims import read_numbers

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
    # the part's amount said after the whole is the part's, however its words name it: not the whole's $3.33bn
    assert_backed(_VERTEX, "Cystic fibrosis products made up about 96% of Q2 revenue, at $3.21bn.", "96%")
    assert_not_backed(_VERTEX, "Cystic fibrosis products made up about 96% of Q2 revenue, at $3.33bn.", "96%")


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


_COPA = "reading/copa-holdings_q4-2024_newswire.txt"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"


def test_a_row_counted_in_cents_holds_hundredths_of_money() -> None:
    # "| Yield (US$ Cents) | 12.5 | 14.0 | (10.8)% | 12.2 |"
    assert_backed(_COPA, "Yield fell 10.8% to 12.5 cents.", "12.5 cents")
    assert_backed(_COPA, "Yield was 14.0 cents a year earlier.", "14.0 cents")
    assert_not_backed(_COPA, "Yield fell 10.8% to 12.2 cents.", "12.2 cents")  # the third quarter's
    assert_not_backed(_COPA, "Yield fell 10.8% to $12.5.", "$12.5")


def test_tonnes_counted_in_a_caption_s_thousands_and_a_label_wrapped_onto_its_unit() -> None:
    # "(in thousands, except percentages)"; "Production volume" / " (MT)(3)   25.1   19.4   24.4   97.3   88.1"
    rows = {f.figure.row for f in fact_index(_GRAFTECH).facts if f.in_table and f.figure.text == "97.3"}
    assert rows == {"Production volume (MT)(3)"}
    claim = "Capacity utilization rose to 55% in 2024 from 44% in 2023, on full-year production of 97.3 thousand MT."
    assert_backed(_GRAFTECH, claim, "97.3 thousand")
    assert_not_backed(_GRAFTECH, claim.replace("97.3 thousand", "88.1 thousand"), "88.1 thousand")
    assert_not_backed(_GRAFTECH, "Full-year production was 97.3 MT.", "97.3")


def test_a_label_that_ends_on_an_ampersand_goes_on_below() -> None:
    # "     - Paris CBD &" / "      5-6-7                 193.3        211.4        +9.4%         +10.5%"
    rows = {f.figure.row for f in fact_index(_GECINA).facts if f.in_table and f.figure.text == "211.4"}
    assert rows == {"- Paris CBD & 5-6-7"}


def test_a_multiple_said_before_the_two_levels_it_divides() -> None:
    # G&A $4.8 million (4,801,...) from $196,000: 24.5 times
    claim = "Silexion's general and administrative expenses rose nearly 25-fold in Q3 2024, to $4.8 million from $196,000."
    assert_backed(_SILEXION, claim, "25")
    assert_backed(_SILEXION, claim.replace("nearly 25-fold", "about 24.5x"), "24.5x")
    assert_not_backed(_SILEXION, claim.replace("nearly 25-fold", "nearly 20-fold"), "20")
    assert_not_backed(_SILEXION, claim.replace("nearly 25-fold", "about 23.5x"), "23.5x")


def test_a_signed_amount_in_parentheses_after_a_pair_is_their_difference() -> None:
    # research and development $348.2 million in 2024, $379.7 million in 2023
    claim = "ARVN FY24 R&D $348.2m vs $379.7m (-$31.5m)."
    assert_backed(_ARVINAS, claim, "-$31.5m")
    assert_not_backed(_ARVINAS, claim.replace("-$31.5m", "-$33.5m"), "-$33.5m")
    assert_not_backed(_ARVINAS, claim.replace("-$31.5m", "+$31.5m"), "$31.5m")


def test_a_change_restated_on_another_basis_in_parentheses() -> None:
    readings = claim_readings("Second-quarter revenues rose 4% to $7.10 billion from $6.84 billion (2% in constant currencies).", 2026)
    assert readings["2%"].change
    assert readings["2%"].basis == "constant_currency"
    assert readings["$6.84 billion"].period.prior is True


def test_debt_repaid_is_read_by_its_verb() -> None:
    # "Repayment of long-term debt | | (7,500) |"
    claim = "The company spent $50.0 million repurchasing stock in the quarter and repaid $7.5 million of long-term debt."
    assert_backed(_ELF, claim, "$7.5 million")
    assert_not_backed(_ELF, claim.replace("$7.5 million", "$7.6 million"), "$7.6 million")
    readings = claim_readings("Domestic term debt was cut to $2.9 bln from $23.9 bln, after $600 mln was retired in the quarter.", 2004)
    assert readings["$600 mln"].metric == "debt_repayment"
    assert readings["$2.9 bln"].metric == "debt"


def test_an_outlook_revised_by_an_amount_is_a_change() -> None:
    # "raised underlying non-GAAP EPS guidance for the full year by $2.78 at the midpoint"
    readings = claim_readings("Lilly raised underlying non-GAAP EPS guidance for the full year by $2.78 at the midpoint.", 2026)
    assert readings["$2.78"].change
    # a charge's effect is no change of the period ("reduced adjusted EPS by about 90 cents")
    assert not claim_readings("The charge reduced adjusted EPS by about $0.90.", 2026)["$0.90"].change
    claim = "Full-year non-GAAP EPS guidance is now $35.50 to $36.50, as a $2.78 underlying raise at the midpoint was more than offset."
    assert claim_readings(claim, 2026)["$2.78"].change
    assert_backed(_LILLY, claim, "$2.78")


def test_months_said_as_the_period_a_clause_ends_on() -> None:
    kinds = {n.text: n.kind for n in read_numbers("Currency effects cut EUR 0.7bn in 9M.")}
    assert kinds["9M"] is OtherKind.FISCAL_LABEL
    assert {n.text: n.kind for n in read_numbers("Users grew to 9M.")}["9M"] is None


def test_what_an_item_offset_is_of_the_sentence_s_subject() -> None:
    # "EPS guidance has been adjusted to reflect an increase of $2.78 ... offset by $3.03 associated with the Q2
    # acquired IPR&D charges"
    claim = ("Non-GAAP EPS guidance now stands at $35.50 to $36.50, compared with $35.50 to $37.00 before, as $3.03 of "
             "acquired IPR&D charges more than offset a $2.78 underlying increase.")
    assert claim_readings(claim, 2026)["$2.78"].metric == "eps"
    assert_backed(_LILLY, claim, "$2.78")
    assert_not_backed(_LILLY, claim.replace("$2.78", "$2.88"), "$2.88")


def test_prior_right_inside_an_aside_opens_an_outlook_s_earlier_edition() -> None:
    claim = "Non-GAAP EPS guidance is now $35.50 to $36.50 (prior $35.50 to $37.00)."
    assert claim_readings(claim, 2026)["$37.00"].period.prior is True
    assert_backed(_LILLY, claim, "$37.00")
    assert_not_backed(_LILLY, claim.replace("$37.00", "$37.50"), "$37.50")
