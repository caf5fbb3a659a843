"""Reading as the claim sets write it (session 59): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, fact_index

from summarizer.text.vocabulary import change_direction
from summarizer.types import Unit
from summarizer.verify.claims import read_numbers

_RYDER = "reading/ryder_q4-2024_newswire.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_US_BANCORP = "reading/us-bancorp_q4-2021_per_share.html"


def test_an_amount_compared_with_one_per_share_across_its_qualifier_and_period_is_per_share() -> None:
    # Ryder: diluted EPS from continuing operations 3.11 against 2.74 (three months ended December 31, 2024 and 2023)
    claim = "Ryder earned $3.11 a share from continuing operations in the fourth quarter of 2024, up from $2.74."
    assert_backed(_RYDER, claim, "$2.74")
    assert_not_backed(_RYDER, claim.replace("$2.74", "$2.84"), "$2.84")
    # U.S. Bancorp's diluted EPS: $1.07 (4Q21) against $.95 (4Q20) and $1.30 (3Q21); the year between is the period's
    claim = "U.S. Bancorp earned $1.07 a diluted share in the fourth quarter of 2021, down from $1.30 in the third quarter."
    assert_backed(_US_BANCORP, claim, "$1.30")
    assert_not_backed(_US_BANCORP, claim.replace("third quarter", "fourth quarter of 2020"), "$1.30")
    # another metric named between is another amount's: not compared with the amount per share
    assert_not_backed(_RYDER, "Ryder earned $3.11 a share in the fourth quarter of 2024 and revenue up from $2.74.", "$2.74")


def test_an_amount_per_share_from_an_amount_is_compared_with_it() -> None:
    # Assurant's adjusted earnings ex. reportable catastrophes per diluted share: $20.35 (2024) against $17.13 (2023)
    claim = "For 2024, Assurant's adjusted earnings excluding reportable catastrophes rose 19% to $20.35 a diluted share from $17.13."
    assert_backed(_ASSURANT, claim, "$17.13")
    assert_not_backed(_ASSURANT, claim.replace("$17.13", "$17.31"), "$17.31")


_VERTEX = "reading/vertex_q2-2026_text.txt"


def test_an_earlier_edition_said_unchanged_in_a_table_of_editions_with_its_year_is_the_outlook_now() -> None:
    # "| Current FY 2026 | | Previous FY 2026 |" ... "Non-GAAP effective tax rate | Unchanged | | 19.5% to 20.5% |"
    claim = "Vertex sees its 2026 non-GAAP tax rate at 19.5% to 20.5%."
    assert_backed(_VERTEX, claim, "19.5%")
    assert_backed(_VERTEX, claim, "20.5%")
    assert_not_backed(_VERTEX, claim.replace("19.5%", "18.5%"), "18.5%")
    # a row the later edition revises keeps its earlier edition as the comparison: revenue is seen at $13.1-13.2 billion
    assert_not_backed(_VERTEX, "Vertex sees 2026 revenue of $12.95 billion to $13.1 billion.", "$12.95 billion")


def test_a_claim_whose_subject_is_an_outlook_s_earlier_edition_is_checked_against_an_edition() -> None:
    # "raised its full year 2026 total revenue guidance to $13.1 billion to $13.2 billion from $12.95 billion to $13.1
    # billion previously"
    claim = "Vertex's previous 2026 revenue guidance was $12.95 billion to $13.1 billion."
    assert_backed(_VERTEX, claim, "$12.95 billion")
    assert_not_backed(_VERTEX, claim.replace("$12.95", "$12.85"), "$12.85 billion")
    # an earlier edition said as what the outlook moved from is a revision's, read by its own rule
    assert_backed(_VERTEX, "Vertex raised its 2026 revenue guidance to $13.1 billion to $13.2 billion from $12.95 billion to "
                           "$13.1 billion.", "$12.95 billion")


_APPLE = "claim_reading/apple_q3-fy2012.txt"


def test_an_amount_a_period_s_possessive_opens_is_compared_from_not_a_range_s_end() -> None:
    # Apple's net sales: $39.2 billion in the March quarter of 2012 (Q2), $35.0 billion in the June quarter (Q3)
    claim = "Apple's total revenue fell 11% from the March quarter's $39.2 billion to $35.0 billion in the June quarter of 2012."
    assert_backed(_APPLE, claim, "$35.0 billion")
    assert_not_backed(_APPLE, claim.replace("to $35.0", "to $36.0"), "$36.0 billion")
    # the amount after the possessive is the earlier quarter's: the June quarter's revenue is no March quarter's
    assert_not_backed(_APPLE, "Apple's revenue rose from the March quarter's $35.0 billion.", "$35.0 billion")


_LILLY = "reading/eli-lilly_q2-2026_text.txt"


def test_a_rate_after_a_move_in_points_and_a_basis_of_its_own_is_the_rate_s_level() -> None:
    # Lilly: gross margin as a percent of revenue 85.8% as reported, 86.3% non-GAAP, in the quarter
    claim = "Lilly's gross margin was 85.8% of revenue in the quarter, up 1.5 percentage points, and 86.3% on a non-GAAP basis."
    assert_backed(_LILLY, claim, "86.3%")
    assert_not_backed(_LILLY, claim.replace("86.3%", "87.8%"), "87.8%")  # nor a change of 1.5 + 86.3 points


def test_a_reconciliation_row_as_reported_is_of_the_gaap_basis() -> None:
    # "Gross Margin as a percent of revenue - As Reported | 85.8 | ..."
    (cell,) = [
        f for f in fact_index(_LILLY).facts
        if f.figure.text == "85.8" and (f.figure.row or "").endswith("As Reported")
    ]
    assert cell.basis == "gaap"


_COPA = "claim_reading/copa-holdings_q4-2024_newswire.txt"


def test_a_falling_participle_before_its_object_makes_the_percentage_after_a_fall() -> None:
    # Copa's "Fuel | 219,232 | 264,166 | (17.0%)": fuel expense fell 17.0% in the fourth quarter of 2024
    claim = ("Copa's average fuel price fell 22.6% to US$2.38 a gallon in the fourth quarter of 2024, cutting fuel expense "
             "17.0% to US$219.2 million.")
    assert_backed(_COPA, claim, "17.0%")
    assert_not_backed(_COPA, claim.replace("17.0%", "19.0%"), "19.0%")
    # a rise said the same way is not the fall
    assert_not_backed(_COPA, claim.replace("cutting", "lifting"), "17.0%")


_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"


def test_a_month_s_end_said_without_its_day_dates_the_claim_in_a_fiscal_year_named_after_another() -> None:
    # Bioceres' second quarter of fiscal 2025 ends on 12/31/2024: "Secured notes | 83.4 | 80.8" (12/31/2024, 06/30/2024)
    claim = "Bioceres had $83.4 million of secured notes at end-December 2024."
    assert_backed(_BIOCERES, claim, "$83.4 million")
    assert_backed(_BIOCERES, claim.replace("end-December", "the end of December"), "$83.4 million")
    # the June balance is no December one
    assert_not_backed(_BIOCERES, claim.replace("$83.4", "$80.8"), "$80.8 million")


_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_a_verb_and_its_object_without_a_determiner_make_a_change_of_the_percentage_before_the_level_reached() -> None:
    # INDUS: "Earnings (adjusted EBITA) were up 10.1% year over year, reaching EUR 48.1 million"
    claim = "INDUS Holding lifted third-quarter 2025 adjusted EBITA 10.1% to EUR 48.1 million."
    assert_backed(_INDUS, claim, "10.1%")
    assert_not_backed(_INDUS, claim.replace("10.1%", "12.1%"), "12.1%")
    assert_not_backed(_INDUS, claim.replace("lifted", "cut"), "10.1%")
    # Gecina: "earnings up +6.7% (recurrent net income per share (Group share) of EUR6.42)"; an object of six words
    claim = "Gecina grew 2024 recurrent net income per share 6.7% to EUR 6.42."
    assert_backed(_GECINA, claim, "6.7%")
    assert_not_backed(_GECINA, claim.replace("6.7%", "7.7%"), "7.7%")
    # with no level after it, a bare object says no change: AMD's "Expanded global availability of AMD Radeon RX 9070
    # GRE graphics cards" names a product
    assert change_direction("Expanded global availability of AMD Radeon RX ", " GRE graphics cards") == 0
    assert change_direction("lifted third-quarter adjusted EBITA ", " to EUR 48.1 million") == 1


_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"


def test_how_far_a_revision_moved_an_outlook_range_s_midpoint_is_computed() -> None:
    # "PATRIZIA increases EBITDA guidance to EUR 50.0 - 65.0m from EUR 40.0 - 60.0m": midpoints EUR 57.5m and EUR 50.0m
    claim = "The midpoint of PATRIZIA's new EBITDA guidance, EUR 57.5m, is EUR 7.5m above the midpoint of the previous range."
    assert_backed(_PATRIZIA, claim, "EUR 7.5m", formula="move of the range's midpoint: midpoint of EUR 50.0 to 65.0m less "
                                                         "that of EUR 40.0 to 60.0m = 7500000.0")
    assert_not_backed(_PATRIZIA, claim.replace("EUR 7.5m", "EUR 8.5m"), "EUR 8.5m")
    assert_not_backed(_PATRIZIA, claim.replace("above", "below"), "EUR 7.5m")
    # Vertex: "to $13.1 billion to $13.2 billion from $12.95 billion to $13.1 billion previously"
    claim = "The midpoint of Vertex's raised 2026 revenue guidance, $13.15 billion, is $125 million above the previous midpoint."
    assert_backed(_VERTEX, claim, "$125 million")
    assert_not_backed(_VERTEX, claim.replace("$125 million", "$175 million"), "$175 million")
    # no word of a midpoint: a move of the outlook's midpoint is not what the claim says
    assert_not_backed(_VERTEX, "Vertex raised its 2026 revenue guidance by $125 million.", "$125 million")


def test_a_whole_amount_of_thousands_after_dividends_is_money_not_an_amount_a_share() -> None:
    (payable,) = [n for n in read_numbers("Royalty Management carried dividends payable of $37,410 at June 30.") if n.kind is None]
    assert payable.unit is Unit.CURRENCY
    (per_share,) = [n for n in read_numbers("The board declared a quarterly dividend of $0.26.") if n.kind is None]
    assert per_share.unit is Unit.PER_SHARE


_CITIZENS = "reading/citizens-financial_q4-2021_highlights.html"


def test_a_move_in_points_against_another_period_after_the_level_goes_the_first_move_s_way() -> None:
    # Citizens' net interest margin: 2.66% in 4Q21, "(6)bps" from 3Q21 and "(9)bps" from 4Q20
    claim = ("Citizens' net interest margin narrowed 6 basis points sequentially to 2.66% in the fourth quarter of 2021, "
             "and 9 basis points from a year earlier.")
    assert_backed(_CITIZENS, claim, "9 basis points")
    assert_not_backed(_CITIZENS, claim.replace("and 9 basis", "and 7 basis"), "7 basis points")
    # the move keeps its sign: a margin that narrowed did not widen from a year earlier
    assert_not_backed(_CITIZENS, claim.replace("narrowed", "widened"), "9 basis points")


_GEOVAX = "reading/geovax_q3-2024_newswire.txt"


def test_lengths_an_opening_lists_before_a_list_of_figures_pair_with_them_in_order() -> None:
    # "During the three-month and nine-month periods ending September 30, 2024, the Company reported $2,789,484 and
    # $3,090,161 of government contract revenues"
    claim = "GeoVax reported Q3 government contract revenue of $2,789,484 from the BARDA/RRPV Project NextGen award."
    assert_backed(_GEOVAX, claim, "$2,789,484")
    # the nine months' amount is no quarter's
    assert_not_backed(_GEOVAX, claim.replace("$2,789,484", "$3,090,161"), "$3,090,161")
    assert_backed(_GEOVAX, "GeoVax's nine-month government contract revenue was $3,090,161.", "$3,090,161")


_MCDONALDS = "mcdonalds_q2-2026_text.txt"


def test_a_count_of_the_subject_before_its_verb_is_a_level_not_a_change() -> None:
    # "Systemwide sales to loyalty members are measured across 70 markets with loyalty programs"
    claim = "Systemwide sales to McDonald's loyalty members in 70 markets rose over 20% to $40 billion over the trailing twelve months."
    assert_backed(_MCDONALDS, claim, "70")
    assert_not_backed(_MCDONALDS, claim.replace("70 markets", "75 markets"), "75")
    assert change_direction("members in ", " markets rose over 20%") == 0
    # a change's own cause keeps it a change: "increases of 5% ... and 3% from increased attendance"
    assert change_direction("due to increases of 6% from higher volumes and ", " from increased guest spending.") == 1


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"


def test_a_verb_and_a_bare_object_make_a_change_of_the_amount_by_which_across_its_period() -> None:
    # First Quantum's "Net debt | 5,530 | 5,591" (Q4 2024, Q3 2024): cut by $61 million in the quarter
    claim = "First Quantum cut net debt by $61 million during the quarter to $5,530 million."
    assert_backed(_FIRST_QUANTUM, claim, "$61 million")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("$61 million", "$71 million"), "$71 million")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("cut", "raised"), "$61 million")


def test_a_range_whose_two_ends_only_one_figure_backs_is_one_figure_twice() -> None:
    # Vertex's previous revenue outlook "$12.95 billion to $13.1 billion": "$13.0 billion" as the high end rounds from the
    # low end's $12.95 billion, the only figure that backs either
    claim = "Vertex's previous 2026 revenue guidance was $12.95 billion to $13.0 billion."
    assert_not_backed(_VERTEX, claim, "$13.0 billion")
    assert_backed(_VERTEX, claim.replace("$13.0 billion", "$13.1 billion"), "$13.1 billion")
