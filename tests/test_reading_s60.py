"""Reading as the claim sets write it (session 60): rules found on the studied sets, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

from summarizer.text.vocabulary import change_direction, names_segment_revenue, revenue_line_words, segment_name_words
from summarizer.types import Unit
from summarizer.verify.claims import read_numbers

_ORACLE = "reading/oracle_q4-fy2022_headline.txt"
_PALANTIR = "reading/palantir_q2-2026_text.txt"
_FUTU = "reading/futu_q2-2026_text.txt"
_WAYFAIR = "reading/wayfair_q2-2026_text.txt"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"
_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"
_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"


def test_a_segment_named_before_an_abbreviation_in_parentheses_is_the_revenue_s_segment() -> None:
    # "Total Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD"; "Infrastructure Cloud Revenue (IaaS) up 36%"
    claim = "ORCL 4Q FY22: cloud (IaaS+SaaS) rev $2.9bn (+19% USD)."
    assert_backed(_ORACLE, claim, "$2.9bn")
    assert_backed(_ORACLE, claim, "19%")
    assert_not_backed(_ORACLE, claim.replace("$2.9bn", "$2.8bn"), "$2.8bn")
    claim = "Infrastructure cloud (IaaS) revenue grew 36% in dollars and 39% in constant currency in the quarter."
    assert_backed(_ORACLE, claim, "36%")
    assert_not_backed(_ORACLE, claim.replace("36%", "37%"), "37%")
    # the company's revenue is not the segment's: $11.8 billion, not $2.9 billion
    assert_not_backed(_ORACLE, "ORCL 4Q FY22: total rev $2.9bn.", "$2.9bn")
    # a parenthesis on its own line above is no abbreviation of the word before it (a fixed-width table's header)
    assert not names_segment_revenue("Fav (Unfav)\n        Sales")


def test_against_a_level_on_another_basis_it_names_sets_two_bases_of_one_period() -> None:
    readings = claim_readings("Fiscal 2022 GAAP operating margin was 26%, against a non-GAAP operating margin of 46%.", 2022, "year")
    assert readings["46%"].period.prior is not True
    assert readings["46%"].basis == "adjusted"
    # the same basis again is the comparison period's
    readings = claim_readings("Fiscal 2022 GAAP operating margin was 26%, against a GAAP operating margin of 38%.", 2022, "year")
    assert readings["38%"].period.prior is True


def test_a_whole_count_after_an_amount_said_with_its_scale_is_no_end_of_a_range() -> None:
    # "Closed 220 deals of at least $1 million, 98 deals of at least $5 million, and 73 deals of at least $10 million"
    claim = "The company closed 220 deals of at least $1 million, 98 of at least $5 million and 73 of at least $10 million."
    units = {number.text: number.unit for number in read_numbers(claim)}
    assert units["73"] is Unit.COUNT
    assert_backed(_PALANTIR, claim, "73")
    assert_not_backed(_PALANTIR, claim.replace("73 of", "74 of"), "74")
    # the scale said once for both amounts of a list still holds
    assert [number.value for number in read_numbers("revenue of $1.2 and 1.5 billion")] == [1.2e9, 1.5e9]


def test_the_over_of_year_over_year_sets_no_base_for_a_change() -> None:
    # Futu: total trading volume HK$6.42 trillion, up 78.8% year over year; U.S. stocks HK$5.02 trillion of it
    claim = ("Total trading volume hit a record HK$6.42 trillion, up 78.8% year over year, including HK$5.02 trillion of "
             "U.S. stock trades.")
    assert_backed(_FUTU, claim, "78.8%")
    assert_not_backed(_FUTU, claim.replace("78.8%", "79.8%"), "79.8%")


def test_the_amount_right_after_a_percent_above_is_what_the_change_is_counted_from() -> None:
    # Wayfair's net revenue, six months ended June 30: 6,450 (2026) against 6,003 (2025), in millions
    claim = ("For the first half of 2026, net revenue was $6,450 million, about 7% above $6,003 million, while the six-month "
             "net loss widened to $106 million from $98 million.")
    assert claim_readings(claim, 2026)["$6,003 million"].period.prior is True
    assert_backed(_WAYFAIR, claim, "$6,003 million")
    assert_not_backed(_WAYFAIR, claim.replace("$6,003 million", "$6,030 million"), "$6,030 million")
    # the current half's amount is not the base
    assert_not_backed(_WAYFAIR, "For the first half of 2026, net revenue was about 7% above $6,450 million.", "$6,450 million")


def test_a_verb_of_change_before_a_share_of_what_it_names_makes_no_change() -> None:
    # "Increased contracted 2026 cargos t o 91% of available cargos"
    assert change_direction("Venture Global has contracted ", " of its available 2026 cargos") == 0
    assert change_direction("Venture Global has contracted ", " of available 2026 cargos") == 0
    assert change_direction("LNG volumes contracted ", " from a year earlier") == -1
    # an amount "of" what grew is still a change: "Results included $28.1 million of higher pre-tax reportable
    # catastrophes" (Assurant)
    assert sentence_fact(_ASSURANT, "Results included $28.1 million of higher", "$28.1 million").change
    claim = "Venture Global has contracted 91% of its available 2026 cargos at a weighted average liquefaction fee of $5.05/MMBtu."
    assert_backed(_VENTURE_GLOBAL, claim, "91%")
    assert_not_backed(_VENTURE_GLOBAL, claim.replace("91%", "19%"), "19%")


def test_lps_is_loss_per_share() -> None:
    # Rocket Lab's basic and diluted net loss per share: (0.08) in Q2 2026, (0.13) in Q2 2025
    claim = "RKLB 2Q26 — rev $234.1m vs $144.5m; net loss $(49.3)m vs $(66.4)m; LPS $(0.08) vs $(0.13)."
    assert_backed(_ROCKET_LAB, claim, "$(0.08)")
    assert_backed(_ROCKET_LAB, claim, "$(0.13)")
    assert_not_backed(_ROCKET_LAB, claim.replace("$(0.08) vs", "$(0.13) vs"), "$(0.13)")


def test_the_level_a_change_came_to_from_a_date_is_the_current_period_s() -> None:
    # "Loans held for sale totaled $597 million, an increase of $193.1 million, or 47.7%, compared to December 31, 2025."
    claim = "Loans held for sale rose 47.7% from year-end 2025 to $597 million."
    assert claim_readings(claim, 2026)["$597 million"].period.prior is False
    assert_backed(_FIGURE, claim, "$597 million")
    assert_not_backed(_FIGURE, claim.replace("$597", "$579"), "$579 million")
    assert_backed(_FIGURE, "Loans held for sale rose 47.7% from December 31, 2025 to $597 million.", "$597 million")
    # the year-end's level itself was $404 million: said as the level then, $597 million is not backed
    assert_not_backed(_FIGURE, "Loans held for sale were $597 million at year-end 2025.", "$597 million")


def test_how_far_a_figure_went_past_what_it_is_set_against_is_a_change() -> None:
    # "Realized cost savings of approximately $125 million in 2024, exceeding our initial target by 25%."
    assert change_direction("Realized cost savings ..., exceeding our initial target by ", ".") == 1
    assert change_direction("Revenue reached ", " in the quarter") == 0
    for claim in (
        "Anywhere realized cost savings of about $125 million in 2024, 25% above its initial target.",
        "Anywhere realized about $125 million of cost savings in 2024, beating its initial target by 25%.",
    ):
        assert_backed(_ANYWHERE, claim, "25%")
        assert_not_backed(_ANYWHERE, claim.replace("25%", "35%"), "35%")
    # a count after ", and" is no change carried from the percentage before it ("Grew our ... network by adding 67
    # franchisees in 2024")
    claim = "Cost savings of about $125 million in 2024 topped the initial target by 25%, and 67 franchisees were added over the year."
    assert_backed(_ANYWHERE, claim, "67")
    assert_not_backed(_ANYWHERE, claim.replace("67", "76"), "76")


_GE_HEALTHCARE = "reading/ge-healthcare_q4-2024_newswire.txt"


def test_and_opening_a_clause_of_its_own_subject_parts_a_change_from_the_level_after_it() -> None:
    # "Total company book-to-bill was 1.09 times. Total company orders increased 6% organically year-over-year."
    claim = "Fourth-quarter orders rose 6% organically and book-to-bill was 1.09 times."
    assert_backed(_GE_HEALTHCARE, claim, "6%")
    assert_backed(_GE_HEALTHCARE, claim, "1.09")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("6%", "7%"), "7%")
    assert_not_backed(_GE_HEALTHCARE, claim.replace("1.09", "1.19"), "1.19")


_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"


def test_an_amount_restated_per_share_keeps_the_length_of_the_amount_it_restates() -> None:
    # "Funds from operations totaled $99.0 million or $0.41 per share" (Q4 2024); the year's was $380.5 million, $1.59
    claim = ("PrairieSky Royalty raised its annual dividend policy 4% to $1.04 per share, or $0.26 quarterly, after "
             "fourth-quarter 2024 funds from operations of $99.0 million, or $0.41 per share.")
    assert claim_readings(claim, 2024)["$0.41"].period.length == "quarter"
    assert_backed(_PRAIRIESKY, claim, "$0.41")
    assert_not_backed(_PRAIRIESKY, claim.replace("$0.41", "$0.39"), "$0.39")


_STERLING = "reading/sterling-infrastructure_q2-2026_text.txt"


def test_a_predicate_of_its_own_after_the_amount_compared_with_is_the_subject_s_now() -> None:
    # "E-Infrastructure Solutions | $ | 905,001 | | | 78% | | $ | 310,406 | | | 51% |" (in thousands; % of revenue)
    claim = ("E-Infrastructure Solutions revenue nearly tripled to $905.0 million from $310.4 million and made up 78% of "
             "the total.")
    assert claim_readings(claim, 2026)["78%"].period.prior is not True
    assert_backed(_STERLING, claim, "78%")
    assert_not_backed(_STERLING, claim.replace("78%", "51%"), "51%")


_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"


def test_a_cause_after_the_year_of_the_amount_compared_with_is_a_clause_of_its_own() -> None:
    # "The increase in net charge-offs was mainly related to the previously discussed $4.7 million partial charge-off"
    claim = ("Net charge-offs jumped to $5.3 million in the quarter from $509,000 in Q2 2024, mainly on a $4.7 million "
             "partial charge-off of one commercial real estate relationship.")
    assert claim_readings(claim, 2025)["$4.7 million"].period.prior is not True
    assert_backed(_TOMPKINS, claim, "$4.7 million")
    # the specific reserve of $4.2 million is not the charge-off
    assert_not_backed(_TOMPKINS, claim.replace("$4.7 million", "$4.2 million"), "$4.2 million")


_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"


def test_an_amount_restated_per_share_then_of_what_both_are_is_of_that() -> None:
    # "includes \$0.6 million of stock compensation expense, equal to approximately \$0.02 per share" (the quarter's;
    # the six months' were \$1.2 million and \$0.03)
    claim = ("The December-quarter net loss included about $0.6 million, or roughly $0.02 a share, of stock compensation "
             "expense from adopting SFAS 123(R).")
    readings = claim_readings(claim, 2005)
    assert readings["$0.6 million"].metric == "stock_compensation"
    assert readings["$0.02"].metric == "stock_compensation"
    assert_backed(_IMMUNOGEN, claim, "$0.6 million")
    assert_backed(_IMMUNOGEN, claim, "$0.02")
    assert_not_backed(_IMMUNOGEN, claim.replace("$0.6 million", "$1.2 million"), "$1.2 million")


_NVIDIA = "nvidia_q4-fy2026.txt"


def test_a_segment_s_revenue_in_running_text_backs_only_a_claim_that_names_that_segment() -> None:
    # "Gaming revenue was $3.7 billion", "Networking revenue was a record $11.0 billion", "Data Center revenue for the
    # fourth quarter was a record $62.3 billion"
    assert_backed(_NVIDIA, "Networking revenue was $11.0 billion in the fourth quarter.", "$11.0 billion")
    assert_not_backed(_NVIDIA, "Gaming revenue was $11.0 billion in the fourth quarter.", "$11.0 billion")
    assert_backed(_NVIDIA, "Data Center revenue was $62.3 billion in the fourth quarter.", "$62.3 billion")
    assert_not_backed(_NVIDIA, "Automotive revenue was $62.3 billion in the fourth quarter.", "$62.3 billion")
    # the name is read back from "revenue" up to a word that qualifies the company's, a period, an owner or a link
    assert segment_name_words("infrastructure cloud (iaas) revenue grew ") == ("infrastructure", "cloud")
    assert segment_name_words("imaging segment revenue was ") == ("imaging",)
    assert segment_name_words("nvidia's total revenue was ") == ()
    assert segment_name_words("staar expects icl sales of ") == ("icl",)
    # a claim's word the release names no revenue line by is not asked of the source ("Engineering segment revenue"
    # where INDUS prints "Segment revenue for the first nine months was EUR 398.2 million" after naming Engineering)
    assert "gaming" in revenue_line_words(fact_index(_NVIDIA).document.text)
