"""Reading as the claim sets write it (session 69): rules found on the studied set 37, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

from summarizer.text.prefixes import Prefixes
from summarizer.verify.verifier import verify_claim

_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"
_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_HELIX = "reading/helix-biopharma_fy2025_newswire.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_WATTS = "reading/watts-water_q4-2024_newswire.txt"
_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"


def test_a_joined_pair_of_capital_returns_is_read_whole_from_any_number_after_it() -> None:
    # the whole sentence reads "Share repurchases and common stock dividends" as one phrase; a number far enough after
    # it that only the last words are read again must not see "dividends" alone
    sentence = "Share repurchases and common stock dividends totaled $456 million in 2024, including $161 million in the fourth quarter."
    prefixes = Prefixes(sentence, 0, len(sentence))
    assert prefixes.last_metric(sentence.index("$161")) == "capital_return"
    assert_backed(_ASSURANT, sentence, "$161 million")
    assert_not_backed(_ASSURANT, sentence.replace("$161 million", "$171 million"), "$171 million")


def test_an_amount_restated_per_share_then_its_change_of_a_balance_is_that_balances() -> None:
    claim = (
        "The provision for credit losses was a $452 million benefit, including an $875 million, or $0.17 per share, "
        "decrease in the allowance for credit losses."
    )
    readings = claim_readings(claim, 2021)
    assert readings["$875 million"].metric == readings["$0.17"].metric == "credit_allowance"
    assert_backed(_WELLS_FARGO, claim, "$875 million")
    assert_backed(_WELLS_FARGO, claim, "$0.17")
    # the release's net gain of $943 million ($0.18 per share) is no change of the allowance
    assert_not_backed(_WELLS_FARGO, claim.replace("$875 million", "$943 million"), "$943 million")


def test_a_fraction_of_a_whole_restated_after_a_comma_and_at_is_its_share() -> None:
    # Experiences 3,017 of total segment operating income 5,555: 54.3%
    claim = "Experiences accounted for a bit more than half of total segment operating income in the quarter, at about 54%."
    assert_backed(_DISNEY, claim, "54%")
    assert_not_backed(_DISNEY, claim.replace("54%", "58%"), "58%")


def test_a_fraction_of_a_whole_named_with_its_year_is_a_share_too() -> None:
    # second-half RMB480 million of the year's RMB870 million: 55.2%
    claim = "The second half accounted for a bit more than half of Linklogis's 2023 revenue and income, about 55%."
    assert_backed(_LINKLOGIS, claim, "55%")
    assert_not_backed(_LINKLOGIS, claim.replace("55%", "60%"), "60%")


def test_a_share_compared_with_another_is_the_same_share_a_year_earlier() -> None:
    claim = (
        "Company-operated shops contribution was $156.0 million, or 30.6% of company-operated revenue, compared with "
        "31.1% a year earlier."
    )
    assert_backed(_DUTCH_BROS, claim, "31.1%")
    assert_not_backed(_DUTCH_BROS, claim.replace("compared with 31.1%", "compared with 30.9%"), "30.9%")


def test_the_midpoint_said_as_the_subject_of_its_clause_reaches_past_a_long_range() -> None:
    claim = "The midpoint of the raised Specialties adjusted EBITDA outlook of $275 million to $325 million is $300 million."
    assert_backed(_ALBEMARLE, claim, "$300 million", "midpoint of the range: $275 vs $325 million = 300000000.0")
    assert_not_backed(_ALBEMARLE, claim.replace("is $300 million", "is $310 million"), "$310 million")
    # a clause of its own between: the amount is no midpoint of the range named before it
    other = "The midpoint of the Specialties adjusted EBITDA outlook of $275 million to $325 million rose; capex is $300 million."
    assert_not_backed(_ALBEMARLE, other, "$300 million")


def test_a_range_said_to_center_on_an_amount_has_it_as_its_midpoint() -> None:
    claim = "Watts' 2025 adjusted operating margin guidance of 17.7% to 18.3% centers on 18.0%."
    assert_backed(_WATTS, claim, "18.0%")
    assert_not_backed(_WATTS, claim.replace("18.0%", "18.2%"), "18.2%")


def test_shares_counted_basic_and_diluted_are_shares_on_a_wrapped_line_too() -> None:
    claim = "Net income per share came to S/0.40, based on 74,237,368 weighted average basic and diluted shares."
    assert claim_readings(claim, 2026)["74,237,368"].metric == "shares"
    # the release wraps its sentence: "based on a weighted average of 74,237,368 basic\nand diluted shares"
    assert sentence_fact(_AUNA, "On a per-share basis, Net Income was S/0.40", "74,237,368").metrics == {"shares"}
    assert_backed(_AUNA, claim, "74,237,368")
    assert_not_backed(_AUNA, claim.replace("74,237,368", "74,327,368"), "74,327,368")
    # not the "and" between an amount and the next metric: "revenue of about $34 billion and diluted earnings per share"
    readings = claim_readings("We expect revenue of about $34 billion and diluted earnings per share of about $7.65.", 2012)
    assert readings["$34 billion"].metric == "revenue"


def test_an_amount_and_a_count_joined_by_and_keep_their_own_things() -> None:
    claim = (
        "The Laevoroc asset acquisitions were paid with 11,555,076 shares valued at $9,880,000 and 9,454,153 shares "
        "valued at $8,083,000."
    )
    readings = claim_readings(claim, 2025)
    assert readings["$9,880,000"].metric is None
    assert readings["9,454,153"].metric == "shares"
    assert_backed(_HELIX, claim, "$9,880,000")
    assert_not_backed(_HELIX, claim.replace("$9,880,000", "$9,980,000"), "$9,980,000")


def test_a_column_headed_like_for_like_is_organic_wherever_its_heading_says_so() -> None:
    # "Like-for-like change (1) Dec 2024 vs. Dec 2023": the heading's dates come after its words
    (cell,) = [f for f in fact_index(_GECINA).facts if f.figure.row == "Group Total" and "Like-for-like" in (f.figure.column or "")]
    assert cell.basis == "organic"
    claim = "Gecina's portfolio value rose 0.7% like-for-like in 2024."
    assert_backed(_GECINA, claim, "0.7%")
    assert_not_backed(_GECINA, claim.replace("0.7%", "0.9%"), "0.9%")

def test_an_abbreviations_amount_for_another_period_after_and_is_the_same_measure() -> None:
    claim = (
        "Asset management DE was $694 million, or $0.44 per share, in the fourth quarter and $2.6 billion, or $1.67 per "
        "share, for the year."
    )
    assert_backed(_BROOKFIELD, claim, "$1.67")
    # the quarter's amount per share is no figure of the year
    year_said_of_the_quarters = claim.replace("$1.67", "$0.44")
    assert [n.status.value for n in verify_claim(fact_index(_BROOKFIELD), year_said_of_the_quarters).numbers if n.text == "$0.44"] == [
        "verified", "context_mismatch"
    ]


def test_a_count_less_than_the_quarter_before_is_a_fall() -> None:
    claim = (
        "Kansanshi produced 48,139 tonnes of copper in the fourth quarter, 1,671 tonnes less than the previous quarter, "
        "along with 29,787 ounces of gold."
    )
    assert_backed(_FIRST_QUANTUM, claim, "1,671")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("tonnes less than", "tonnes more than"), "1,671")


def test_a_change_in_the_title_right_above_a_table_is_that_of_the_tables_level() -> None:
    # "| Rental margin up +0.6pts" over the rows "Rental margin at Dec 31, 2023 | 91.4%" and "... 2024 | 92.0%"
    claim = "The group rental margin improved by 0.6 points to 92.0%."
    assert_backed(_GECINA, claim, "0.6")
    assert_not_backed(_GECINA, claim.replace("0.6 points", "0.8 points"), "0.8")
    # the same change said in a paragraph of its own, far from the table, still goes with no level of it
    assert_not_backed(_GECINA, "The group occupancy rate improved by 0.6 points to 93.4%.", "0.6")


def test_a_range_a_revision_results_in_is_the_revised_measures() -> None:
    # "raised underlying non-GAAP EPS guidance ... by $2.78 at the midpoint, which was more than offset by $3.03 of
    # acquired IPR&D charges ..., resulting in an updated range of $35.50 to $36.50"
    assert sentence_fact(_LILLY, "resulting in an updated range", "$35.50").metrics == {"eps"}
    claim = (
        "Full-year non-GAAP EPS guidance now stands at $35.50 to $36.50, versus $35.50 to $37.00 previously, as a $2.78 "
        "underlying increase at the midpoint was more than offset by $3.03 of acquired IPR&D charges."
    )
    assert_backed(_LILLY, claim, "$2.78")
    assert_not_backed(_LILLY, claim.replace("$2.78", "$2.87"), "$2.87")


def test_an_amount_with_its_cents_a_share_between_commas_keeps_the_period_said_after_them() -> None:
    claim = "Realizations added $108 million, or 7 cents a share, in the quarter and $1.4 billion, or $0.89 a share, for the year."
    readings = claim_readings(claim, 2024)
    assert readings["$108 million"].period.length == readings["7 cents"].period.length == "quarter"
    assert readings["$1.4 billion"].period.length == "year"
    assert_backed(_BROOKFIELD, claim, "7 cents")
    assert_not_backed(_BROOKFIELD, claim.replace("7 cents", "6 cents"), "6 cents")


def test_a_fraction_of_a_whole_named_with_a_quarters_code_is_a_share_too() -> None:
    # Crop Protection 55.2 of total revenue 106.7 in 2Q25: 51.7%
    claim = "Crop Protection made up a little over half of 2Q25 revenue, about 52%."
    assert_backed(_BIOCERES, claim, "52%")
    assert_not_backed(_BIOCERES, claim.replace("52%", "56%"), "56%")


def test_a_metric_named_in_what_earnings_come_from_is_not_their_metric() -> None:
    # "Earnings from the monetization of mature assets were $108 million ($0.07/share) for the quarter"
    assert sentence_fact(_BROOKFIELD, "Earnings from the monetization of mature assets", "$108 million").metrics == {"net_income"}
    claim = "Realization earnings were US$108 million in Q4 and US$1.4 billion for the year."
    assert_backed(_BROOKFIELD, claim, "US$108 million")
    assert_not_backed(_BROOKFIELD, claim.replace("US$108 million", "US$118 million"), "US$118 million")
    # a cash flow's proceeds from selling securities are of both, as the row says
    readings = claim_readings("Proceeds from sales of marketable securities were $1.4 billion.", 2026)
    assert readings["$1.4 billion"].metric in ("proceeds", "marketable_securities")
