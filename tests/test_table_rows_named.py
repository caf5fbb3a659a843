"""Table rows whose label names a measure no vocabulary holds ("Performance Margin", "Avg. Realized Price",
"Gross loss"), read by the words a claim says its number by: the label, word by word, in the number's clause
before it, with no metric named between. The cell's period and side must fit all the same."""

from __future__ import annotations

from corpus import fact_index, number_status

from summarizer.verify.verifier import verify_claim

_LILLY = "reading/eli-lilly_q2-2026_text.txt"  # "Performance Margin (1)(2) | 47.0% to 48.5% | 49.0% to 50.5%"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"  # "Avg. Realized Price ($/kg LCE) (a) | 19.53 | 12.17 | 60.5%"
_PLUG = "reading/plug-power_q2-2026_text.txt"  # "Gross loss | (1,675) | (53,465)"
_ROYALTY = "reading/royalty-management_q2-2025_newswire.txt"  # "Environmental Services | $ 1,302,292 | $ 228,100"

_SUPPORTED = ("verified", "derived")


def test_a_label_said_before_the_number_backs_it_whatever_metric_the_claim_carries():
    # the claim's first clause names EPS: the clause after ";" says its number by the row's words
    claim = (
        "FY26 non-GAAP EPS guidance trimmed to $35.50-$36.50 from $35.50-$37.00 as $3.03 of IPR&D charges more than "
        "offset a $2.78 underlying raise; performance margin guidance lifted to 49.0%-50.5%."
    )
    assert number_status(_LILLY, claim, "49.0%") == "verified"
    assert number_status(_LILLY, claim, "50.5%") == "verified"
    # the previous edition's range is no updated guidance, and another range is no guidance at all
    assert number_status(_LILLY, claim.replace("49.0%-50.5%", "47.0%-50.5%"), "47.0%") not in _SUPPORTED
    assert number_status(_LILLY, claim.replace("49.0%-50.5%", "49.0%-51.5%"), "51.5%") not in _SUPPORTED


def test_a_shortened_label_word_is_the_claims_word_in_full():
    claim = (
        "Energy Storage net sales rose 77.9% to $1,276.7 million as the average realized price climbed 60.5% to "
        "$19.53/kg LCE; segment adjusted EBITDA was up 229%."
    )
    assert number_status(_ALBEMARLE, claim, "60.5%") == "verified"
    assert number_status(_ALBEMARLE, claim, "$19.53") == "verified"
    # the year-ago price is no price of the quarter
    assert number_status(_ALBEMARLE, claim.replace("$19.53", "$12.17"), "$12.17") not in _SUPPORTED


def test_the_label_backs_only_the_side_its_column_is_of():
    claim = "Gross margin improved to about breakeven; the gross loss shrank to $1.7 million from $53.5 million."
    assert number_status(_PLUG, claim, "$53.5 million") == "verified"
    swapped = "Gross margin improved to about breakeven; the gross loss shrank to $53.5 million from $1.7 million."
    assert number_status(_PLUG, swapped, "$53.5 million") not in _SUPPORTED


def test_a_metric_named_between_the_label_and_the_number_keeps_the_row_unread():
    said = "Environmental services generated $1,302,292 of the quarter's revenue."
    assert number_status(_ROYALTY, said, "$1,302,292") == "verified"
    # "gross profit" stands between the row's words and the number: the row names no metric, so it backs none
    claim = "Environmental services gross profit was $1,302,292."
    assert number_status(_ROYALTY, claim, "$1,302,292") not in _SUPPORTED
    # the label is not said at all
    assert number_status(_ROYALTY, "Fee income generated $1,302,292 in the quarter.", "$1,302,292") not in _SUPPORTED


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"  # "PRODUCTION GUIDANCE" / "| 000’s | 2025 | 2026 | 2027 |"


def test_the_years_of_an_outlook_table_are_each_its_own_year_of_the_metric_its_title_names():
    cells = [f for f in fact_index(_FIRST_QUANTUM).facts if f.in_table and f.figure.row == "Copper (tonnes)"]
    assert {f.figure.column for f in cells} == {"2025", "2026", "2027"}
    # no year of the outlook is the comparison of the latest; the title names the rows' measure
    assert all(f.forward and f.period.length == "year" and f.period.prior is False for f in cells)
    assert all(f.metrics == {"production"} for f in cells)


def test_a_claim_of_an_outlook_year_is_backed_by_that_years_column_alone():
    claim = "2025 copper production guidance of 380,000-440,000 tonnes, rising to 430,000-490,000 tonnes in 2027."
    for number in ("380,000", "440,000", "430,000", "490,000"):
        assert number_status(_FIRST_QUANTUM, claim, number) == "verified"
    # 2027's range claimed for 2025, and 2025's for 2027 (the period swaps of the outlook's years)
    assert number_status(_FIRST_QUANTUM, claim.replace("380,000-", "430,000-", 1), "430,000") not in _SUPPORTED
    swapped = claim.replace("rising to 430,000", "rising to 380,000")
    assert [n.status.value for n in verify_claim(fact_index(_FIRST_QUANTUM), swapped).numbers if n.text == "380,000"] == [
        "verified", "context_mismatch"
    ]
    # another row of the table, named by the claim ("Gold (ounces)")
    assert number_status(_FIRST_QUANTUM, "2025 gold production guidance of 380,000 ounces.", "380,000") not in _SUPPORTED
    # a result is no outlook
    assert number_status(_FIRST_QUANTUM, "2024 copper production was 380,000 tonnes.", "380,000") not in _SUPPORTED


def test_a_measure_named_by_a_code_is_its_rows_label():
    claim = "Guides 2025 copper production to 380,000-440,000 tonnes at C1 of $1.85-$2.10/lb"
    assert number_status(_FIRST_QUANTUM, claim, "$1.85") == "verified"
    assert number_status(_FIRST_QUANTUM, claim, "$2.10") == "verified"
    # 2027's C1 ($1.75 - $2.00) is no guidance of 2025
    assert number_status(_FIRST_QUANTUM, claim.replace("$1.85", "$1.75"), "$1.75") not in _SUPPORTED


def test_an_earlier_edition_that_the_later_says_is_unchanged_is_the_outlook_now():
    # "Tax Rate (1)(3) | 18% to 19% | unchanged" under "| Prior | Updated |"
    claim = "Performance margin guidance lifted to 49.0%-50.5% from 47.0%-48.5%; tax rate view unchanged at 18%-19%"
    assert number_status(_LILLY, claim, "18%") == "verified"
    assert number_status(_LILLY, claim, "19%") == "verified"
    assert number_status(_LILLY, "Lilly sees a 2026 tax rate of 17%-19%.", "17%") not in _SUPPORTED
    # a row the later edition revised keeps its earlier range out of the outlook now
    assert number_status(_LILLY, "Lilly sees 2026 revenue of $82-$85 billion.", "$82") not in _SUPPORTED


def test_a_claim_of_revenue_that_names_a_segment_rows_own_words_is_that_segments():
    # "| Segment FY 2026E |" / "Specialties net sales | $1.4 - $1.6 billion |"
    claim = "Albemarle raised its Specialties outlook to net sales of $1.4 billion-$1.6 billion."
    assert number_status(_ALBEMARLE, claim, "$1.4 billion") == "verified"
    assert number_status(_ALBEMARLE, claim, "$1.6 billion") == "verified"
    # the company's net sales, or another segment's, are not the Specialties row's
    assert number_status(_ALBEMARLE, "Albemarle sees full-year net sales of $1.4 billion.", "$1.4 billion") not in _SUPPORTED
    claim = "Albemarle raised its Energy Storage outlook to net sales of $1.4 billion."
    assert number_status(_ALBEMARLE, claim, "$1.4 billion") not in _SUPPORTED


_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"  # "– Per Brookfield share2,3 | 0.94 | 0.76 | 3.07 | 2.66"


def test_an_amount_per_share_compared_with_is_of_the_metric_it_is_compared_to():
    # the row under "Distributable earnings before realizations" holds that metric per share; the claim's "$2.66" after
    # "vs." is the same metric's, not earnings per share
    claim = (
        "Brookfield Corp FY24 distributable earnings before realizations rose 15% per share to a record $4.9 billion, "
        "or $3.07 a share, vs. $2.66."
    )
    assert number_status(_BROOKFIELD, claim, "$2.66") == "verified"
    # the fourth quarter's year-ago amount is no year's
    assert number_status(_BROOKFIELD, claim.replace("$2.66", "$0.76"), "$0.76") not in _SUPPORTED


def test_admin_is_administrative_as_analysts_shorten_it():
    # "Marketing, selling, and administrative | 3,430 | 2,753 | 25%": the claim's metric was read from "R&D" before it
    claim = (
        "R&D expense rose 14% to $3.8 billion, or 17% of revenue, and marketing, selling and admin costs grew 25% to "
        "$3.4 billion."
    )
    assert number_status(_LILLY, claim, "25%") == "verified"
    assert number_status(_LILLY, claim, "$3.4 billion") == "verified"
    assert number_status(_LILLY, claim.replace("$3.4 billion", "$2.8 billion"), "$2.8 billion") not in _SUPPORTED


def test_a_range_of_one_source_figure_twice_is_no_range():
    # "Specialties net sales | $1.4 - $1.6 billion": "$1.4 billion-$1.4 billion" says its low end twice
    claim = "Albemarle raised its Specialties outlook to net sales of $1.4 billion-$1.4 billion."
    statuses = [n.status.value for n in verify_claim(fact_index(_ALBEMARLE), claim).numbers]
    assert statuses == ["verified", "context_mismatch"]


def test_a_segment_named_in_another_clause_is_not_the_numbers():
    # "International net revenue | 394": the first clause's amount is the U.S.'s, not International's
    name = "reading/wayfair_q2-2026_text.txt"
    claim = "u.s. net revenue $0.4 bln, up 8.7%; international $394 mln, down 1.3%."
    assert number_status(name, claim, "$0.4 bln") not in _SUPPORTED


def test_a_row_of_other_parts_is_no_part_the_claim_names():
    # "| Copper production guidance (000’s tonnes) | 2025 |" / "Trident - Sentinel | 200 – 230" / "Other sites | 20"
    claim = (
        "First Quantum kept 2025 guidance of 160,000 to 190,000 tonnes of copper at Kansanshi and 200,000 to 230,000 "
        "tonnes at Sentinel."
    )
    assert verify_claim(fact_index(_FIRST_QUANTUM), claim).supported
    swapped = claim.replace("200,000 to", "20,000 to")
    assert number_status(_FIRST_QUANTUM, swapped, "20,000") not in _SUPPORTED
