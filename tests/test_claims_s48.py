"""Claims of the tenth set's shapes, read as analysts write them (session 48).

Each claim is written here from the release's own figures, in the shapes the tenth set of true claims showed the
verifier misreading."""

from __future__ import annotations

from corpus import assert_backed, fact_index, number_check, number_status

from summarizer.verify.verifier import verify_claim

_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"  # "Per share - basic and diluted(1)" under funds from operations
_BUCKLE = "buckle_q3-fy2024.html"  # 39 weeks: net income $118.3 million, $2.35 diluted, vs $140.3 million, $2.81


def test_an_amount_per_share_in_parentheses_is_of_the_metric_before_it() -> None:
    # the funds from operations' own amount per share, not an EPS: the year-ago quarter's $0.46
    claim = "Funds from operations were $99.0 million, or $0.41 per share, 11% below Q4 2023's $111.1 million ($0.46)."
    assert_backed(_PRAIRIESKY, claim, "$0.41")
    assert_backed(_PRAIRIESKY, claim, "($0.46)")
    # the same amount said of the earnings is no EPS of the year-ago quarter
    assert number_status(_PRAIRIESKY, "Q4 2023 net earnings were $67.4 million ($0.46).", "($0.46)") != "verified"


def test_an_aside_naming_the_diluted_amount_is_the_diluted_eps() -> None:
    claim = "For the 39 weeks, net income fell to $118.3 million ($2.35 diluted) from $140.3 million ($2.81)."
    assert_backed(_BUCKLE, claim, "$2.35")
    assert_backed(_BUCKLE, claim, "($2.81)")
    # the year-ago amount is no amount of this year's
    assert number_status(_BUCKLE, "For the 39 weeks, net income fell to $118.3 million ($2.81 diluted).", "$2.81") != "verified"


def test_the_diluted_amount_in_an_aside_after_the_basic_is_of_the_same_period() -> None:
    # "compared with net income of $140.3 million, or $2.83 per share ($2.81 per share on a diluted basis) for the
    # 39-week period ended October 28, 2023": the $2.81 is the year-ago period's, as the $2.83 is
    assert number_status(_BUCKLE, "For the 39 weeks, net income fell to $118.3 million ($2.81 diluted).", "$2.81") != "verified"
    assert_backed(_BUCKLE, "Diluted EPS for the year-ago 39 weeks was $2.81.", "$2.81")


def test_how_many_times_a_year_ago_amount_a_claim_says_it_is() -> None:
    wells = "reading/wells-fargo_q4-2021.htm"  # full-year net income $21,548 million vs $3,377 million: 6.4 times
    claim = "Full-year 2021 net income was $21.5 billion, or $4.95 per diluted share, more than six times 2020's $3.4 billion ($0.43)."
    assert_backed(wells, claim, "six")  # the count's "x" is no multiple's sign glued to it, and the EPS restates the first
    assert number_status(wells, claim.replace("six", "seven"), "seven") == "unsupported"
    royalty = "reading/royalty-management_q2-2025_newswire.txt"  # $1,330,102 vs $254,223: 5.2 times
    claim = "Second-quarter 2025 revenue was $1.33 million versus $254,223 in Q2 2024, more than five times higher."
    assert_backed(royalty, claim, "five")  # "times higher" as journalists write a ratio
    assert number_status(royalty, claim.replace("five", "six"), "six") == "unsupported"
    conoco = "conocophillips_q2-2026_text.txt"  # adjusted EPS $3.24 vs $1.42: 2.28 times
    claim = "Adjusted EPS was $3.24 versus $1.42 in 2Q25, about 2.3 times the year-ago level."
    assert_backed(conoco, claim, "2.3")  # the period "2Q25" between the second amount and the count
    assert number_status(conoco, claim.replace("2.3", "2.5"), "2.5") == "unsupported"


def test_midpoints_of_ranges_said_in_the_claim_or_printed_in_the_outlook() -> None:
    kemira = "reading/kemira_fy2024_newswire.txt"  # 2025 outlook: revenue EUR 2,800-3,200 million, EBITDA EUR 540-640 million
    claim = ("For 2025, Kemira expects revenue of EUR 2,800-3,200 million and operative EBITDA of EUR 540-640 million, "
             "midpoints of EUR 3,000 million and EUR 590 million.")
    assert_backed(kemira, claim, "EUR 3,000 million")  # "midpoints", said of two ranges
    assert_backed(kemira, claim, "EUR 590 million")
    assert number_status(kemira, claim.replace("EUR 590 million", "EUR 600 million"), "EUR 600 million") == "unsupported"
    rocket = "claim_reading/rocket-lab_q2-2026_text.txt"  # Q3 2026: "Revenue between $250 million and $265 million"
    claim = "The $257.5 million midpoint of Q3 revenue guidance would be about 10% above Q2's $234.1 million."
    assert_backed(rocket, claim, "$257.5 million")  # the outlook named after the midpoint makes it forward-looking
    assert number_status(rocket, claim.replace("$257.5", "$255.5"), "$255.5 million") == "unsupported"


def test_a_claim_that_revises_a_range_and_its_midpoint_states_two_previous_figures() -> None:
    patrizia = "claim_reading/patrizia_9m-2025_newswire.txt"  # EBITDA EUR 50.0-65.0m, previously EUR 40.0-60.0m
    claim = "PATRIZIA raised its FY2025 EBITDA guidance to EUR 50.0-65.0m from EUR 40.0-60.0m, lifting the midpoint to EUR 57.5m from EUR 50.0m."
    for number in ("EUR 40.0", "60.0m", "EUR 57.5m", "EUR 50.0m"):
        assert_backed(patrizia, claim, number)
    # the new range said again as the previous one is still no revision
    again = "PATRIZIA raised its FY2025 EBITDA guidance to EUR 50.0-65.0m from EUR 50.0-65.0m."
    assert not verify_claim(fact_index(patrizia), again).supported


def test_what_a_loss_is_compared_with_is_a_loss() -> None:
    geovax = "reading/geovax_q3-2024_newswire.txt"  # nine months: net loss $16,729,642 vs $18,374,354
    claim = "For the nine months, GeoVax lost $16.7 million ($4.52 per share) versus $18.4 million ($10.42)."
    assert_backed(geovax, claim, "$18.4 million")  # the loss said with a verb
    assert_backed(geovax, claim, "($10.42)")
    arvinas = "reading/arvinas_q4-2024_newswire.txt"  # net loss (198.9) in 2024, (367.3) in 2023
    claim = "The full-year 2024 net loss was $198.9 million ($2.77 per share), about 46% smaller than 2023's $367.3 million ($6.62)."
    assert_backed(arvinas, claim, "$367.3 million")  # "smaller than 2023's"
    assert_backed(arvinas, claim, "46%")
    assert number_status(arvinas, claim.replace("$367.3", "$376.3"), "$376.3 million") != "verified"


def test_an_amount_set_against_a_years_amount_is_of_a_year() -> None:
    assurant = "reading/assurant_q4-2024_newswire.txt"  # reportable catastrophes: Q4 50.1 vs 21.6; full year 247.0 vs 111.8
    claim = "Reportable catastrophes were $50.1 million in Q4 versus $21.6 million a year earlier, and $247.0 million for 2024 versus $111.8 million."
    assert_backed(assurant, claim, "$111.8 million")  # the year's, as the $247.0 million it is set against
    # the quarter's year-ago amount is no amount of the year before
    wrong = "Reportable catastrophes were $247.0 million for 2024 versus $21.6 million."
    assert number_status(assurant, wrong, "$21.6 million") != "verified"


def test_a_change_per_share_after_an_amount_per_share_of_another_metric_is_of_that_metric() -> None:
    brookfield = "reading/brookfield-corp_fy2024_newswire.txt"  # DE before realizations per share: 3.07 in 2024, 2.66 in 2023
    claim = ("Brookfield Corporation's 2024 distributable earnings before realizations were a record $4.9 billion, or "
             "$3.07 per share, up 15% per share from $2.66.")
    for number in ("$3.07", "15%", "$2.66"):
        assert_backed(brookfield, claim, number)
    assert number_status(brookfield, claim.replace("$2.66", "$2.76"), "$2.76") != "verified"
    # an EPS named between is no change of the amount per share before it: McDonald's "Excluding the current year
    # charges described above of $0.06 per share, diluted earnings per share was $3.38"
    assert_backed("mcdonalds_q2-2026_text.txt", "Excluding charges of $0.06 per share, diluted EPS was $3.38.", "$3.38")


def test_dollars_per_day_are_not_in_the_tables_thousands() -> None:
    danaos = "reading/danaos_q4-2024_newswire.txt"  # "Time charter equivalent ... $/day | $36,869" under "(in thousands)"
    claim = "Container time charter equivalent was $36,869 per day in Q4 versus $39,039."
    assert_backed(danaos, claim, "$36,869")
    assert_backed(danaos, claim, "$39,039")
    assert number_status(danaos, "Container time charter equivalent was $36.9 million in Q4.", "$36.9 million") != "verified"
    # and the same row of a table that states no scale is in no scale its sentences tell: "Equivalent US$/per day"
    tce = [f for f in fact_index(danaos).facts if f.figure.row == "Equivalent US$/per day"]
    assert tce and all(abs(f.value) < 100_000 for f in tce)


def test_a_second_move_in_points_said_with_the_rate_it_moved_from() -> None:
    citizens = "reading/citizens-financial_q4-2021_highlights.html"  # NIM 2.66% in 4Q21, 2.72% in 3Q21, 2.75% in 4Q20
    claim = "Net interest margin (FTE) fell to 2.66%, down 6 bp from 2.72% in Q3 and 9 bp from 2.75% in 4Q20."
    assert_backed(citizens, claim, "9 bp")
    assert number_status(citizens, claim.replace("9 bp", "19 bp"), "19 bp") != "verified"


def test_an_aside_labelled_with_an_earlier_quarter_is_the_comparison() -> None:
    futu = "reading/futu_q2-2026_text.txt"  # gross margin 86.3% in 2Q26, 87.4% in 2Q25
    assert_backed(futu, "Gross margin 86.3% (2Q25: 87.4%).", "87.4%")
    assert number_status(futu, "Gross margin 87.4% (2Q25: 86.3%).", "86.3%") != "verified"


def test_a_period_said_after_the_amount_a_level_rose_from_is_the_levels_too() -> None:
    geovax = "reading/geovax_q3-2024_newswire.txt"  # R&D: nine months $16.1 million vs $14.5 million
    claim = "R&D expense rose to $7.4 million from $6.9 million in the quarter, and to $16.1 million from $14.5 million over nine months."
    assert_backed(geovax, claim, "$16.1 million")
    assert number_status(geovax, "R&D expense rose to $16.1 million from $6.9 million in the quarter.", "$16.1 million") != "verified"


def test_a_second_percentage_said_from_an_amount_is_a_change() -> None:
    peapack = "peapack-gladstone_q3-2025_newswire.txt"  # net interest income $50.6 million, $48.3 million, $37.68 million
    claim = "Net interest income rose 5% q/q to $50.6 million from $48.3 million, and 34% from $37.68 million a year earlier."
    assert_backed(peapack, claim, "34%")
    assert number_status(peapack, claim.replace("34%", "38%"), "38%") != "verified"
    # a rate said from another rate is a level still: "net margin widened to 50.6% from 48.4%"
    futu = "reading/futu_q2-2026_text.txt"
    assert_backed(futu, "Net income up 41.6% to HK$3.64 billion; net margin widened to 50.6% from 48.4%.", "50.6%")


def test_a_change_with_its_verb_said_once_after_a_date() -> None:
    peapack = "peapack-gladstone_q3-2025_newswire.txt"  # book value per share $36.62, up 6% from $34.45
    claim = "Tangible book value per share rose 7% to $34.10 from $31.89 at December 31, 2024, and book value per share 6% to $36.62."
    assert_backed(peapack, claim, "6%")
    assert number_status(peapack, claim.replace(" 6% ", " 9% "), "9%") != "verified"


def test_a_share_of_revenue_said_after_a_pair_is_the_first_levels() -> None:
    dutch = "reading/dutch-bros_q2-2026_text.txt"  # income from operations 70,405 vs 54,659
    claim = "Income from operations increased to $70.4 million from $54.7 million, about 12.8% of revenue."
    assert_backed(dutch, claim, "12.8%")
    assert number_status(dutch, claim.replace("12.8%", "14.8%"), "14.8%") != "verified"


def test_two_amounts_added_with_plus_and_said_to_make_a_sum() -> None:
    conoco = "conocophillips_q2-2026_text.txt"  # cash and short-term investments $8.1 billion, long-term investments $1.2 billion
    claim = "Cash and short-term investments of $8.1 billion plus $1.2 billion of long-term investments made about $9.3 billion at quarter-end."
    assert_backed(conoco, claim, "$9.3 billion")
    assert number_status(conoco, claim.replace("$9.3", "$9.9"), "$9.9 billion") == "unsupported"


def test_an_amount_per_share_with_a_footnote_mark_is_of_the_amount_before() -> None:
    # "Cash flows from operating activities of $583 million ($0.70 per share2)": the operating cash flow's per share
    fq = "reading/first-quantum_q4-2024_newswire.txt"
    assert_backed(fq, "Operating cash flow was $583 million ($0.70 per share) in the quarter.", "$0.70")
    assert number_status(fq, "Diluted EPS was $0.70 in the quarter.", "$0.70") != "verified"


def test_the_first_end_of_a_range_of_millions_after_an_eps_is_no_amount_per_share() -> None:
    sterling = "reading/sterling-infrastructure_q2-2026_text.txt"  # 2026 adjusted EBITDA guidance $891-$916 million
    claim = ("Sterling raised 2026 guidance to revenue of $4.00-$4.15 billion, adjusted diluted EPS of $19.70-$20.30 "
             "(midpoint $20.00) and adjusted EBITDA of $891-$916 million.")
    assert_backed(sterling, claim, "$891")
    assert number_status(sterling, claim.replace("$891", "$881"), "$881") != "verified"


def test_an_amount_per_share_compared_with_a_dividend_per_share_is_the_dividends() -> None:
    # Gecina's "DPS in EUR | 5.30 | 5.45": the earlier dividend, read as the dividend's, is backed by its row (it was
    # read as an EPS, and backed only as the claim's own difference, EUR 5.45 less 15 cents)
    gecina = "reading/gecina_fy2024_newswire.txt"
    check = number_check(gecina, "Proposed 2024 dividend of EUR 5.45 per share, up 15 cents from EUR 5.30.", "EUR 5.30")
    assert check.status.value == "verified"


def test_variants_the_tenth_sets_newly_passing_claims_showed() -> None:
    # an annualized rate is no share of two cells: $423 million of net charge-offs is 0.16% of some loans row
    wells = "reading/wells-fargo_q4-2021.htm"
    assert number_status(wells, "Net charge-offs were $423 million, or 0.16% of average loans annualized.", "0.16%") != "verified"
    # what a figure was revised from is no figure it was revised to
    patrizia = "claim_reading/patrizia_9m-2025_newswire.txt"
    same = "PATRIZIA raised its FY2025 EBITDA guidance to EUR 50.0-65.0m from EUR 40.0-60.0m, lifting the midpoint to EUR 57.5m from EUR 57.5m."
    assert not verify_claim(fact_index(patrizia), same).supported
    lowes = "note/lowes_q2-fy2026_text.txt"  # a range narrowed to its low end is a revision
    assert_backed(lowes, "FY26 adjusted EPS guidance narrowed to about $12.25 from $12.25-$12.75.", "$12.25")
