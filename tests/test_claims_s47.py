"""Analyst arithmetic over a release's figures (issue 11, session 47): the rest of a period, an outlook's later quarters,
a share's earlier level, a multiple of an earlier quarter, a share of a sum the claim computes, and a percentage against
the release's quarter named by its row.

Each claim is true of a real release in tests/data (its arithmetic checked by hand, below each test); its false
variants -- a wrong value, another period, another metric -- stay unsupported."""

from __future__ import annotations

from corpus import assert_backed, number_status

_SUPPORTED = ("verified", "derived")

_GEOVAX = "reading/geovax_q3-2024_newswire.txt"  # "Revenue from government contract | 2,789 | ... | 3,090"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"  # "Consumer Loan Marketplace Volume | ... 4,259 ... 7,161"
_PALANTIR = "reading/palantir_q2-2026_text.txt"  # FY26 revenue "$8.150-$8.158 billion", Q3 "$2.160-$2.164 billion"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"  # adjusted EBITDA outlook "$401-407 million", Q1 $168.2 million
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"  # "revenue between EUR 1.70 billion and EUR 1.85 billion"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"  # "| Fuel | 219,232 | ..." and "| Total Operating Expense | ..."
_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_CITIZENS = "reading/citizens-financial_q4-2021_noninterest_income.html"  # "Capital markets fees" by quarter
_VERTEX = "reading/vertex_q2-2026_text.txt"  # CASGEVY 76.4, JOURNAVX 49.6, "Total revenues" 3,333.9
_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"  # "Revenue between $250 million and $265 million"


def test_a_rest_computed_from_the_cells_that_back_the_claims_own_levels_is_of_what_the_claim_names() -> None:
    # 3,090 - 2,789 = 301 thousand: the first half. The row says "government contract"; the claim says "BARDA contract
    # revenue", and its own $3.09 million and $2.79 million are backed by those very cells
    claim = "Of $3.09 million in nine-month BARDA contract revenue, $2.79 million came in Q3, so the {} half brought only about ${} million."
    assert_backed(_GEOVAX, claim.format("first", "0.30"), "$0.30 million")
    assert number_status(_GEOVAX, claim.format("first", "0.40"), "$0.40 million") not in _SUPPORTED
    assert number_status(_GEOVAX, claim.format("second", "0.30"), "$0.30 million") not in _SUPPORTED


def test_the_quarter_said_right_after_an_implied_amount_gives_its_length() -> None:
    # 7,161 (six months) - 4,259 (Q2) = 2,902 for Q1; 4,259 / 2,902 - 1 = 46.8%. The claim's words read no length of
    # their own; "in Q1" right after the amount says it. Figure also prints an adjusted EBITDA margin of 47%, a level
    # of another metric: no stated change of another base, so the claim's own percent change is checked
    claim = "Consumer Loan Marketplace volume of $4,259 million in Q2 was up roughly {}% from an implied ${} million in {}."
    assert_backed(_FIGURE, claim.format("47", "2,902", "Q1"), "$2,902 million")
    assert_backed(_FIGURE, claim.format("47", "2,902", "Q1"), "47%")
    assert number_status(_FIGURE, claim.format("47", "2,902", "Q3"), "$2,902 million") not in _SUPPORTED
    assert number_status(_FIGURE, claim.format("47", "2,702", "Q1"), "$2,702 million") not in _SUPPORTED
    assert number_status(_FIGURE, claim.format("57", "2,902", "Q1"), "57%") not in _SUPPORTED


def test_the_years_outlook_less_the_year_to_date_and_the_next_quarters_outlook_is_the_quarter_after() -> None:
    # 8.154 - 3.568047 (six months) - 2.162 (the Q3 midpoint) = 2.424 billion for Q4
    claim = ("The raised FY26 revenue guide ($8.150-8.158 billion, midpoint $8.154 billion) implies about $4.59 billion in "
             "H2 and, with the Q3 midpoint, roughly ${} billion in {}.")
    assert_backed(_PALANTIR, claim.format("2.42", "Q4"), "$2.42 billion", "outlook midpoint less the year to date and the "
                  "next quarter's outlook midpoint: $8.150 to $8.158 billion less 3,568,047 less $2.160 to $2.164 billion = 2423953000.0")
    assert number_status(_PALANTIR, claim.format("2.42", "Q3"), "$2.42 billion") not in _SUPPORTED
    assert number_status(_PALANTIR, claim.format("2.52", "Q4"), "$2.52 billion") not in _SUPPORTED


def test_a_run_of_quarters_the_claim_names_is_the_rest_of_the_years_outlook() -> None:
    # (401 + 407) / 2 - 168.2 = 235.8 million over the second to fourth quarters
    claim = "At the midpoint of the new $401-407 million adj. EBITDA guide, e.l.f. needs about ${} million over {} after Q1's $168.2 million."
    assert_backed(_ELF, claim.format("235.8", "Q2-Q4"), "$235.8 million")
    assert number_status(_ELF, claim.format("235.8", "Q2-Q3"), "$235.8 million") not in _SUPPORTED
    assert number_status(_ELF, claim.format("245.8", "Q2-Q4"), "$245.8 million") not in _SUPPORTED


def test_an_outlook_said_between_two_amounts_is_a_range() -> None:
    # "between EUR 1.70 billion and EUR 1.85 billion": midpoint 1.775 less nine months' EUR 1.274 billion is EUR 501 million
    claim = "At the midpoint of the confirmed revenue guidance, INDUS implies Q4 revenue of about EUR {} million."
    assert_backed(_INDUS, claim.format("501"), "EUR 501 million")
    for wrong in ("426", "576", "511"):  # each end alone less the nine months, and a wrong value
        assert number_status(_INDUS, claim.format(wrong), f"EUR {wrong} million") not in _SUPPORTED


def test_a_shares_earlier_level_is_the_same_rows_cells_of_the_period_the_claim_names() -> None:
    # 219,232 / 672,862 = 32.6% in 4Q24; the same rows in the 4Q23 column give about 38%
    claim = "Fuel fell to about 33% of Copa's 4Q24 operating expenses ($219.2 million of $672.9 million) from roughly {}%{}."
    assert_backed(_COPA, claim.format("38", " in 4Q23"), "38%")
    assert number_status(_COPA, claim.format("38", " in 3Q24"), "38%") not in _SUPPORTED
    assert number_status(_COPA, claim.format("36", " in 4Q23"), "36%") not in _SUPPORTED
    # the rows print 4Q23 and 3Q24: an earlier level of no period said is neither
    assert number_status(_COPA, claim.format("38", ""), "38%") not in _SUPPORTED


def test_a_margins_earlier_level_a_year_before() -> None:
    # 6,151 / 584,022 = 1.1%; the year before, the same rows give 10.4%
    claim = ("Green Plains' consolidated gross margin shrank to about 1.1% of Q4 revenue ($6.2 million on $584.0 million) "
             "from roughly {}% {}.")
    assert_backed(_GREEN_PLAINS, claim.format("10.4", "a year earlier"), "10.4%")
    assert number_status(_GREEN_PLAINS, claim.format("10.4", "in Q3"), "10.4%") not in _SUPPORTED
    assert number_status(_GREEN_PLAINS, claim.format("11.4", "a year earlier"), "11.4%") not in _SUPPORTED


def test_a_multiple_of_an_amount_whose_period_is_named_by_digits() -> None:
    # 184 / 72 = 2.56
    claim = "Record capital markets fees of $184 million were roughly {} times {}'s $72 million."
    assert_backed(_CITIZENS, claim.format("2.6", "3Q21"), "2.6")
    assert number_status(_CITIZENS, claim.format("2.4", "3Q21"), "2.4") not in _SUPPORTED
    assert number_status(_CITIZENS, claim.format("2.6", "4Q20"), "2.6") not in _SUPPORTED


def test_a_share_of_a_sum_the_claims_own_arithmetic_backs() -> None:
    # (76.4 + 49.6) / 3,333.9 = 3.78%
    claim = "CASGEVY ($76.4m) and JOURNAVX ($49.6m) together brought in about $126 million in Q2, roughly {}% of total {}."
    assert_backed(_VERTEX, claim.format("3.8", "revenue"), "3.8%")
    assert number_status(_VERTEX, claim.format("4.8", "revenue"), "4.8%") not in _SUPPORTED
    assert number_status(_VERTEX, claim.format("3.8", "expenses"), "3.8%") not in _SUPPORTED


def test_a_percentage_against_the_releases_quarter_takes_the_row_its_words_name() -> None:
    # 257.5 / 234.066 ("Total revenues", not "Product revenues" 181,347) - 1 = 10.0%
    claim = "The Q3 revenue guide of $250-265 million has a $257.5 million midpoint, about {}% above {} revenue."
    assert_backed(_ROCKET_LAB, claim.format("10", "Q2"), "10%")
    assert number_status(_ROCKET_LAB, claim.format("12", "Q2"), "12%") not in _SUPPORTED
    assert number_status(_ROCKET_LAB, claim.format("10", "Q1"), "10%") not in _SUPPORTED


_LOWES = "note/lowes_q2-fy2026_text.txt"  # "Net sales" for the three and six months of 2026 and 2025


def test_a_rests_level_a_year_before_is_the_same_rest_of_the_year_before() -> None:
    # 49,034 - 25,956 = 23,078 (Q1 2026); 44,888 - 23,959 = 20,929 a year before; 23,078 / 20,929 - 1 = 10.3%. The
    # aside "(H1 $49.03 billion less Q2)" says how the $23.08 billion is made: the 10% is its change, not the half's
    claim = "Lowe's implied Q1 2026 sales of about $23.08 billion (H1 $49.03 billion less Q2), up roughly {}% from about ${} billion {}."
    assert_backed(_LOWES, claim.format("10", "20.93", "a year earlier"), "$20.93 billion")
    assert_backed(_LOWES, claim.format("10", "20.93", "a year earlier"), "10%")
    assert number_status(_LOWES, claim.format("10", "20.93", "in Q4"), "$20.93 billion") not in _SUPPORTED
    assert number_status(_LOWES, claim.format("10", "21.93", "a year earlier"), "$21.93 billion") not in _SUPPORTED
    assert number_status(_LOWES, claim.format("12", "20.93", "a year earlier"), "12%") not in _SUPPORTED


_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"  # "Volume of products sold | | 14,478 | ... | 26,309 |"


def test_an_implied_quarter_of_a_row_of_no_metric_the_claim_names_in_full() -> None:
    # 26,309 (six months) - 14,478 (Q2) = 11,831 thousand pounds in Q1; 14,478 / 11,831 - 1 = 22.4%
    claim = "{} rose roughly {}% sequentially to 14,478 thousand pounds from an implied {} thousand pounds in {}."
    assert_backed(_BEYOND_MEAT, claim.format("Volume of products sold", "22", "11,831", "Q1"), "11,831 thousand")
    assert_backed(_BEYOND_MEAT, claim.format("Volume of products sold", "22", "11,831", "Q1"), "22%")
    assert number_status(_BEYOND_MEAT, claim.format("Volume of products sold", "22", "12,831", "Q1"), "12,831 thousand") not in _SUPPORTED
    assert number_status(_BEYOND_MEAT, claim.format("Volume of products sold", "22", "11,831", "Q3"), "11,831 thousand") not in _SUPPORTED
    assert number_status(_BEYOND_MEAT, claim.format("Volume of products sold", "25", "11,831", "Q1"), "25%") not in _SUPPORTED
    # the row's label, not said in full, names no row
    assert number_status(_BEYOND_MEAT, claim.format("Volume", "22", "11,831", "Q1"), "11,831 thousand") not in _SUPPORTED


def test_a_change_from_an_implied_quarter_is_of_the_quarter_right_before() -> None:
    # the first quarter, computed as the half less the second, is the quarter before the second: a change from it is
    # sequential, whatever dates the columns print ("6M YTD 2026" and "Q2 2026" at Figure)
    volume = "Volume of products sold rose roughly 22% {} to 14,478 thousand pounds from an implied 11,831 thousand pounds in Q1."
    assert_backed(_BEYOND_MEAT, volume.format("sequentially"), "22%")
    assert number_status(_BEYOND_MEAT, volume.format("year over year"), "22%") not in _SUPPORTED
    loans = "Consumer Loan Marketplace volume of $4,259 million in Q2 was up roughly 47% {}from an implied $2,902 million in Q1."
    assert_backed(_FIGURE, loans.format("sequentially "), "47%")
    assert number_status(_FIGURE, loans.format("year over year "), "47%") not in _SUPPORTED
    # a rest against the same rest a year before is a change a year apart
    sales = "Lowe's implied Q1 2026 sales of about $23.08 billion (H1 $49.03 billion less Q2), up roughly 10% {}from about $20.93 billion a year earlier."
    assert_backed(_LOWES, sales.format("year over year "), "10%")
    assert number_status(_LOWES, sales.format("sequentially "), "10%") not in _SUPPORTED
