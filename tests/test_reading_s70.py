"""Reading as the claim sets write it (session 70): rules found on the studied set 38, each checked both ways (the
true claim is backed; the same words with another number, period, basis or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import verify_claim

_ADI = "reading/analog-devices_q3-fy2026_text.txt"
_APPLE = "apple_q1-fy2011.txt"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"
_NEPHROS = "reading/nephros_q4-2024_newswire.txt"
_NVIDIA = "nvidia_q4-fy2026.txt"
_ORACLE = "reading/oracle_q4-fy2022_year_income.txt"
_PALANTIR = "reading/palantir_q2-2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_US_BANCORP = "reading/us-bancorp_q4-2021_allowance_table.txt"


def test_a_basis_said_as_the_adjective_of_a_figure_after_it_is_the_figures() -> None:
    # "GAAP net income was $6.7 billion, while non-GAAP net income was $13.7 billion"
    claim = "Fiscal 2022 GAAP net income was $6.7 billion, less than half the $13.7 billion non-GAAP figure."
    assert claim_readings(claim, 2022)["$13.7 billion"].basis == "adjusted"
    assert_backed(_ORACLE, claim, "$13.7 billion")
    # the non-GAAP amount is no GAAP figure
    assert_not_backed(_ORACLE, claim.replace("non-GAAP figure", "GAAP figure"), "$13.7 billion")


def test_a_share_row_is_named_by_the_head_of_its_part_when_the_claim_qualifies_it_with_nothing_else() -> None:
    # "Allowance for credit losses as a percentage of Period-end loans | 1.97 ... 2.69"
    claim = "The allowance covered 1.97% of period-end loans at December 31, 2021, compared with 2.69% a year before."
    assert_backed(_US_BANCORP, claim, "1.97%")
    assert_backed(_US_BANCORP, claim, "2.69%")
    # another allowance, or another head, is not the row's part
    other = "The allowance for unfunded commitments covered 1.97% of period-end loans at December 31, 2021."
    assert_not_backed(_US_BANCORP, other, "1.97%")
    assert_not_backed(_US_BANCORP, "Provisions covered 1.97% of period-end loans at December 31, 2021.", "1.97%")


def test_a_participle_after_the_clauses_own_verb_is_a_change() -> None:
    # "Operating income | $ 1,613 | $ 818 | 97 %"
    claim = "Operating income nearly doubled, climbing 97% to $1.61 billion from $818 million."
    assert claim_readings(claim, 2026)["97%"].change
    assert_backed(_ADI, claim, "97%")
    assert_not_backed(_ADI, claim.replace("97%", "79%"), "79%")
    assert claim_readings("Gross margin held up, dropping 20 bps to 67.3%.", 2026)["20 bps"].value < 0


def test_the_dots_of_a_places_initials_do_not_end_the_measure_named_after_an_amount() -> None:
    # "U.S. revenue grew 115% year-over-year and 23% quarter-over-quarter to $1.573 billion"
    claim = "U.S. commercial accounted for nearly half of the quarter's $1.573 billion of U.S. revenue."
    assert claim_readings(claim, 2026)["$1.573 billion"].metric == "revenue"
    assert_backed(_PALANTIR, claim, "$1.573 billion")
    # the sentence's end is no initial: "... in the U.S. Revenue" reads no further than it did
    assert claim_readings("It booked $5 million of sales in Asia. Revenue rose.", 2026)["$5 million"].metric == "revenue"


def test_the_rate_an_outlook_of_growth_is_set_to_is_a_change() -> None:
    # "we're raising our fiscal 2027 outlook to 18 to 20 percent net sales growth from 12 to 14 percent previously"
    claim = "e.l.f. raised its fiscal 2027 net sales growth outlook to 18% to 20% from 12% to 14%."
    readings = claim_readings(claim, 2026)
    assert readings["18%"].change and readings["20%"].change
    assert_backed(_ELF, claim, "18%")
    assert_backed(_ELF, claim, "20%")
    assert_not_backed(_ELF, claim.replace("18% to 20%", "19% to 21%"), "21%")


def test_a_measure_said_to_be_nil_is_none_a_comparison_after_it_is_of() -> None:
    # "cash and cash equivalents of approximately $3.8 million, compared to $4.3 million as of December 31, 2023"
    claim = "Nephros ended 2024 with about $3.8 million of cash and no debt, down from $4.3 million a year earlier."
    assert claim_readings(claim, 2024)["$4.3 million"].metric == "cash"
    assert_backed(_NEPHROS, claim, "$4.3 million")
    assert_not_backed(_NEPHROS, claim.replace("$4.3 million", "$4.8 million"), "$4.8 million")
    # a figure that names its own measure after it keeps it: "$834.2 million of total debt, as compared to $170.0
    # million in cash"
    compared = "It had $834.2 million of total debt, as compared to $170.0 million in cash a year earlier."
    assert claim_readings(compared, 2026)["$170.0 million"].metric == "cash"
    net_debt = "Net debt rose to $490.0 million at June 30 from $86.7 million a year earlier."
    assert_backed(_ELF, net_debt, "$86.7 million")


def test_a_notes_ni_after_a_loss_is_a_profit() -> None:
    claim = "STAA FY24 — net loss $(20.2)m vs NI $21.3m; EPS $(0.41) vs $0.43; adj. EBITDA $23.2m vs $56.8m."
    assert claim_readings(claim, 2024)["$21.3m"].value > 0
    assert_backed(_STAAR, claim, "$21.3m")
    # a loss compared with a loss stays one
    assert claim_readings("STAA FY24 — net loss $(20.2)m vs $21.3m.", 2024)["$21.3m"].value < 0


def test_a_net_margin_is_net_incomes_rate_to_revenue() -> None:
    # net income $6,004 million of net sales $26,741 million: 22.45%
    claim = "Net income was $6,004 million on net sales of $26,741 million, a net margin of about 22%."
    assert claim_readings(claim, 2011)["22%"].metric == "net_income"
    assert_backed(_APPLE, claim, "22%")
    assert_not_backed(_APPLE, claim.replace("22%", "24%"), "24%")


def test_an_amount_after_a_change_and_what_it_is_counted_against_is_a_level() -> None:
    # "Data Center | ... | 193,737" for FY26, "up 68%"
    claim = (
        "Data Center revenue was a record $62.3 billion in the quarter, up 75% from a year ago, and $193.7 billion for "
        "the full year, up 68%."
    )
    readings = claim_readings(claim, 2026)
    assert not readings["$193.7 billion"].change and readings["68%"].change
    assert_backed(_NVIDIA, claim, "$193.7 billion")
    assert_backed(_NVIDIA, claim, "68%")
    assert_not_backed(_NVIDIA, claim.replace("$193.7 billion", "$139.7 billion"), "$139.7 billion")


def test_a_banks_tier_in_lower_case_is_a_name() -> None:
    claim = "The company's common equity tier 1 ratio was 10.47%, and the Bank's was 11.70%, at September 30, 2025."
    assert [n.text for n in read_numbers(claim) if n.kind is None] == ["10.47%", "11.70%"]
    assert verify_claim(fact_index(_PEAPACK), claim).supported
    assert not verify_claim(fact_index(_PEAPACK), claim.replace("10.47%", "10.74%")).supported


_GRAFTECH = "reading/graftech_q4-2024_outlook.txt"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"


def test_a_change_whose_own_noun_names_its_measure_is_of_no_metric_said_before_it() -> None:
    # "we have informed our customers of our intention to increase prices by 15% on volume that is not yet committed"
    claim = "GrafTech expects 2025 capital expenditures of about $40 million and plans a 15% price increase on uncommitted 2025 volume."
    readings = claim_readings(claim, 2024)
    assert readings["15%"].metric is None and readings["15%"].change
    assert_backed(_GRAFTECH, claim, "15%")
    assert_not_backed(_GRAFTECH, claim.replace("15%", "25%"), "25%")
    # a change of the metric the sentence names keeps it: "a 15% per-share increase"
    per_share = "Earnings rose to $3.07 per share, a 15% per-share increase."
    assert claim_readings(per_share, 2024)["15%"].metric is not None


def test_a_change_the_company_plans_of_an_object_it_names_is_a_change_of_that_object() -> None:
    assert sentence_fact(_GRAFTECH, "our intention to increase prices by 15%", "15%").change
    claim = "Ended 2024 with liquidity of $464 million and plans to raise prices 15% on uncommitted 2025 volume."
    assert claim_readings(claim, 2024)["15%"].change
    assert_backed(_GRAFTECH, claim, "15%")
    assert_not_backed(_GRAFTECH, claim.replace("15%", "25%"), "25%")
    # what a verb after the object says is the object's level, no plan: "used to reduce PrairieSky's net debt which
    # totaled $134.9 million"
    assert not sentence_fact(_PRAIRIESKY, "net debt which totaled", "$134.9 million").change


def test_a_year_among_the_words_of_what_a_company_moved_by_an_amount() -> None:
    # "the confidence to raise our adjusted segment operating margin target by 300 basis points to 30% by fiscal 2031"
    assert sentence_fact(_PARKER, "to raise our adjusted segment operating margin target", "300 basis points").change
    claim = "Parker raised its fiscal 2031 adjusted segment operating margin target by 300 basis points to 30%."
    assert claim_readings(claim, 2026)["300 basis points"].change
    assert_backed(_PARKER, claim, "300 basis points")
    assert_not_backed(_PARKER, claim.replace("300 basis points", "200 basis points"), "200 basis points")


_SEARS = "sears_q2-2004.txt"


def test_the_next_amount_of_a_list_of_items_is_an_item_and_each_ones_amount_per_share_too() -> None:
    # "two pretax charges, including $41 million, or $0.12 per share, for severance ... The second charge of $39
    # million, or $0.12 per share"
    for claim in (
        "Q2 earnings included two pretax charges of $41 million and $39 million, each worth $0.12 a share.",
        "Second-quarter earnings included a $41 million severance charge and $39 million of additional depreciation, "
        "each worth $0.12 per share.",
    ):
        readings = claim_readings(claim, 2004)
        assert readings["$39 million"].metric == readings["$0.12"].metric == "item"
        assert_backed(_SEARS, claim, "$39 million")
        assert_backed(_SEARS, claim, "$0.12")
        assert_not_backed(_SEARS, claim.replace("$39 million", "$93 million"), "$93 million")


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"


def test_an_amount_per_share_after_the_amounts_period_is_of_its_metric() -> None:
    # "Cash flows from operating activities of $583 million ($0.70 per share2) for the quarter"
    claim = "Operating cash flow was $583 million in the fourth quarter, or $0.70 per share, $323 million more than in Q3 2024."
    assert claim_readings(claim, 2024)["$0.70"].metric == "operating_cash_flow"
    assert_backed(_FIRST_QUANTUM, claim, "$0.70")
    assert_not_backed(_FIRST_QUANTUM, claim.replace("$0.70", "$0.07"), "$0.07")
    # earnings per share stay earnings per share
    assert claim_readings("Net income was $5 million in the quarter, or $0.70 per share.", 2024)["$0.70"].metric == "eps"
