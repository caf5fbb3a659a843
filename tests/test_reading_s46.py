"""Words of a release read for a claim's period and subject (session 46).

Each claim is true of a real release in tests/data; its false variant stays unsupported."""

from __future__ import annotations

from pathlib import Path

from corpus import assert_backed, number_status

from summarizer.text.abbreviations import spelled_by_initials
from summarizer.text.vocabulary import Period, metrics_in, period_in

_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"  # "Nonperforming assets of $52.6 million represented 0.63%"


def test_an_abbreviation_spells_a_non_written_solid_as_two_words() -> None:
    assert spelled_by_initials("NPA", "Nonperforming assets of")
    assert spelled_by_initials("NCO", "net charge-offs")
    assert not spelled_by_initials("NPL", "Nonperforming assets of")
    assert_backed(_TOMPKINS, "NPAs fell to $52.6m, or 0.63% of assets, from $71.2m at end-March", "$52.6m")
    assert number_status(_TOMPKINS, "NPLs fell to $52.6m", "$52.6m") == "context_mismatch"


_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"  # "by adding 28 franchisees in the fourth quarter"


def test_a_count_of_what_a_verb_added_is_no_change_of_what_grew() -> None:
    # "Grew our high-margin franchise network by adding 28 franchisees": 28 franchisees added, not the network's growth
    claim = "Agent commission splits of 80.3% in Q4, down 7 bps; 28 franchisees added in the quarter and 67 in the year."
    assert_backed(_ANYWHERE, claim, "28")
    assert_backed(_ANYWHERE, claim, "67")  # "in the year" names the year
    assert number_status(_ANYWHERE, "Agent commission splits of 80.3% in Q4; 67 franchisees added in the quarter.", "67") != "verified"
    assert period_in("in the year-ago quarter") == Period("quarter", True)
    assert period_in("and 67 in the year").length == "year"
    assert period_in("it is early in the year").length == ""  # a time of the year, no length


_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"  # cash $2,130 million and current marketable securities $172.7 million


def test_a_totals_parts_in_parentheses_take_the_metrics_its_name_lists_in_order() -> None:
    claim = "Cash and current marketable securities totaled about $2.30 billion at June 30, 2026 ($2.13 billion plus $172.7 million)."
    assert_backed(_ROCKET_LAB, claim, "$2.13 billion")
    assert_backed(_ROCKET_LAB, claim, "$172.7 million")
    swapped = "Cash and current marketable securities totaled about $2.30 billion at June 30, 2026 ($172.7 million plus $2.13 billion)."
    assert number_status(_ROCKET_LAB, swapped, "$2.13 billion") == "context_mismatch"


_GEOVAX = "reading/geovax_q3-2024_newswire.txt"  # Q3 R&D 7,402 and an unlabeled 8,643 under "Operating expenses:"


def test_a_row_of_no_label_under_a_metric_heading_is_its_total_as_a_shares_whole() -> None:
    claim = "R&D rose ~7% to $7.40 million and made up about 86% of Q3 operating expenses."
    assert_backed(_GEOVAX, claim, "86%")
    assert number_status(_GEOVAX, claim.replace("86%", "85%"), "85%") == "unsupported"


_NVIDIA = "nvidia_q4-fy2026.txt"  # "NVIDIA will pay its next quarterly cash dividend of $0.01 per share on April 1, 2026"


def test_a_clause_dated_by_a_day_keeps_no_length_said_in_another_clause() -> None:
    claim = "Returned $41.1bn to holders in FY26 via buybacks and dividends; next dividend $0.01 on April 1"
    assert_backed(_NVIDIA, claim, "$0.01")
    assert number_status(_NVIDIA, claim.replace("$0.01", "$0.02"), "$0.02") != "verified"


_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"  # 'Distributable earnings ("DE") before realizations increased by 24%'


def test_a_claim_reads_the_abbreviations_its_release_defines() -> None:
    from summarizer.facts import FactIndex
    from summarizer.ingest.load import load_document
    from summarizer.verify.claims import read_numbers
    from summarizer.verify.verifier import _claim_contexts, _release_abbreviations

    index = FactIndex(load_document(Path(__file__).parent / "data" / _BROOKFIELD))
    claim = "Q4 DE before realizations was $1.5 billion."
    numbers = read_numbers(claim)
    contexts = _release_abbreviations(index, claim, numbers, _claim_contexts(claim, numbers, 2024, "quarter"))
    assert [c.metric for n, c in zip(numbers, contexts) if n.kind is None] == ["distributable_earnings"]
    assert_backed(_BROOKFIELD, claim, "$1.5 billion")


_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"  # "Included in net loss for the fourth quarter of 2023 was a goodwill impairment charge of $171 million"


def test_what_the_amount_before_had_included_is_of_its_period() -> None:
    claim = "GrafTech's Q4 net loss narrowed about 77% y/y, to $49.5 million from $217.4 million, which had included a $171 million goodwill impairment."
    assert_backed(_GRAFTECH, claim, "$171 million")
    current = "GrafTech's Q4 net loss narrowed to $49.5 million, which included a $171 million goodwill impairment."
    assert number_status(_GRAFTECH, current, "$171 million") == "context_mismatch"


_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"  # a release on the year 2023: RMB870 million, RMB480 million in its H2


def test_in_a_release_on_the_year_its_last_half_set_against_another_is_its_own() -> None:
    claim = "Revenue and income of RMB870 million in 2023 implies about RMB390 million in H1, against RMB480 million in H2."
    assert_backed(_LINKLOGIS, claim, "RMB480 million")
    assert number_status(_LINKLOGIS, claim.replace("in H2", "in 2H22"), "RMB480 million") == "context_mismatch"


def test_a_trademarks_number_is_a_name_not_a_figure() -> None:
    from summarizer.text.numbers import non_figures

    text = "Better Homes and Gardens(R) Real Estate, CENTURY 21(R), Coldwell Banker(R) and CENTURY 21® grew 21%"
    assert [text[n.start : n.end] for n in non_figures(text)] == ["21(R)", "21®"]
    claim = "Agent commission splits of 80.3% in Q4, down 7 bps; 21 franchisees added in the quarter and 67 in the year."
    assert number_status(_ANYWHERE, claim, "21") != "verified"  # not backed by "CENTURY 21(R)"


_KEMIRA = "claim_reading/kemira_fy2024_newswire.txt"  # "EPS (diluted) increased by 25%, to an all-time high EUR 1.61 (1.28)"


def test_an_amount_of_the_same_currency_in_parentheses_after_another_is_the_comparison_periods() -> None:
    from summarizer.text.numbers import is_comparison_aside

    text = "EPS EUR 1.61 (EUR 1.28), revenue EUR 2,948.2m (EUR 3,398.9m), RMB5.8 billion (US$0.8 billion)"
    asides = [text.index("(EUR 1.28)"), text.index("(EUR 3,398.9m)"), text.index("(US$")]
    assert [is_comparison_aside(text, at - 1, at, text.index(")", at) + 1) for at in asides] == [True, True, False]
    assert_backed(_KEMIRA, "Kemira 2024 diluted EPS was EUR 1.61 (EUR 1.28).", "EUR 1.28")
    assert number_status(_KEMIRA, "Kemira 2024 diluted EPS was EUR 1.61 (EUR 1.29).", "EUR 1.29") != "verified"


def test_an_impairment_is_a_charge_of_its_period_not_the_goodwill_held() -> None:
    assert metrics_in("Goodwill impairment charges") == [(0, "impairment")]
    assert metrics_in("goodwill of $5 billion") == [(0, "goodwill")]
    claim = "GrafTech's Q4 net loss narrowed about 77% y/y, to $49.5 million from $217.4 million, which had included a $171 million goodwill impairment."
    assert_backed(_GRAFTECH, claim, "$171 million")  # the row "Goodwill impairment charges" of the fourth quarter of 2023
