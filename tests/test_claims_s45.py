"""Claims as analysts write them of ratios, margins, sequential changes and contrasted clauses (session 45).

Each claim is true of a real release in tests/data; its false variant, the same words with a wrong value, stays
unsupported."""

from __future__ import annotations

from decimal import Decimal

from corpus import assert_backed, number_status

from summarizer.figures.extract import numbers_in
from summarizer.text.context import read_sentence
from summarizer.text.numbers import parse_token
from summarizer.text.vocabulary import metrics_in, quarters_named
from summarizer.verify.claims import read_numbers

_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"  # Q2 net income $21.5 million, up $1.8 million or 9.1% on Q1
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"  # Infrastructure Q3: revenue EUR 161.4 million, EBITA margin 13.8%


def _metrics(text: str) -> list[str | None]:
    numbers = [n for n in read_numbers(text) if n.kind is None]
    return [r.metric for r in read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2021, "")]


def test_a_ratio_of_a_whole_is_the_metric_named_before_it_and_so_are_the_figures_after_it() -> None:
    # U.S. Bancorp: "net charge-off ratio 0.17% in 4Q21 compared with 0.20% in 3Q21 and 0.58% in 4Q20"
    claim = "Net charge-offs fell to $132 million, or 0.17% of average loans, from $147 million (0.20%) in the third quarter and 0.58% a year earlier."
    assert _metrics(claim) == ["charge_offs"] * 5


def test_a_whole_is_what_the_words_speak_of_where_no_other_metric_was_named_before_it() -> None:
    # Gecina: office rents are a part of gross rents, and so are the residential rents said after them
    claim = "Office rents rose 6.1% to EUR 566.7m, about 82% of gross rents, while residential rents fell 3.8%."
    assert _metrics(claim)[-1] == "revenue"


def test_a_quarter_said_with_the_amount_compared_with_is_not_the_changes_own() -> None:
    assert quarters_named("Net income rose from about $19.7 million in the first quarter, a $1.8 million", compared=False) == frozenset()
    assert quarters_named("Net income rose in the first quarter from about $19.7 million", compared=False) == {1}
    # ASE Technology: the second amount of the comparison's list is compared too, so the sentence names no quarter of
    # its own but "the quarter" (the extractive engine takes its diluted EPS of NT$2.07)
    ase = "Diluted earnings per share for the quarter were NT$2.07 (or US$0.129 per ADS), compared to NT$2.13 for 4Q23 and NT$2.18 for 3Q24."
    assert quarters_named(ase, compared=False) == frozenset()
    assert quarters_named("Revenue was $5m in Q4 and $3m in Q3", compared=False) == {3, 4}
    claim = "Net income rose from about $19.7 million in the first quarter, a {} million or {}% sequential gain."
    assert number_status(_TOMPKINS, claim.format("$1.8", "9.1"), "$1.8 million") == "verified"
    assert number_status(_TOMPKINS, claim.format("$1.8", "9.1"), "9.1%") == "verified"
    assert number_status(_TOMPKINS, claim.format("$2.8", "9.1"), "$2.8 million") not in ("verified", "derived")
    assert number_status(_TOMPKINS, claim.format("$1.8", "8.1"), "8.1%") not in ("verified", "derived")


def test_a_bare_margin_is_of_a_profit_not_of_the_revenue_named_before_it() -> None:
    assert _metrics("Infrastructure Q3 revenue +8.8% to EUR 161.4m at a 13.8% margin")[-1] is None
    assert _metrics("EBITDA rose to $2.1 million, a 20% margin")[-1] == "ebitda"
    claim = "Infrastructure Q3 revenue +8.8% to EUR 161.4m at a {}% margin"
    assert_backed(_INDUS, claim.format("13.8"), "13.8%")
    assert number_status(_INDUS, claim.format("14.8"), "14.8%") not in ("verified", "derived")



_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"  # six months: net loss $8.2 million, or $0.20 a share, vs $4.7 million, $0.11


def test_amounts_that_open_the_clause_after_a_loss_are_losses_too() -> None:
    claim = "H1 net loss $8.2m vs $4.7m; {} cents vs 11 cents a share"
    assert_backed(_IMMUNOGEN, claim.format("20"), "20 cents")
    assert_backed(_IMMUNOGEN, claim.format("20"), "11 cents")
    assert number_status(_IMMUNOGEN, claim.format("21"), "21 cents") not in ("verified", "derived")
    # a clause that names its own metric is not the loss's: "revenue" keeps its amount positive
    numbers = read_numbers("H1 net loss $8.2m vs $4.7m; revenue $3.1m")
    assert [n.value > 0 for n in numbers if n.kind is None] == [False, False, True]


def test_a_percentage_in_parentheses_after_a_link_is_negative_not_an_aside() -> None:
    # Plug Power: "Gross margin improved to ~breakeven compared to ~(31%) in the prior-year period"
    def values(text: str) -> list[Decimal]:
        return [parse_token(text, m).value for m in numbers_in(text, 0, len(text))]

    assert values("improved to ~breakeven compared to ~(31%) in the prior-year period") == [Decimal(-31)]
    assert values("the effective tax rate was 192.5% compared to (65.8%) a year earlier") == [Decimal("192.5"), Decimal("-65.8")]
    assert values("up $5 million (27%)") == [Decimal(5_000_000), Decimal(27)]
    assert values("revenue rose 5% to $10m (31%)")[-1] == Decimal(31)


_COTY = "claim_reading/coty_q4-fy2026_text.txt"  # "a financial leverage ratio (net debt to adjusted EBITDA) of 3.4x"
_DANAOS = "claim_reading/danaos_q4-2024_newswire.txt"  # row "Net Debt / LTM Adjusted EBITDA": 0.40x, 0.20x


def test_a_multiple_that_ends_a_sentence_is_read_and_checked() -> None:
    assert [n.text for n in read_numbers("Leverage was 0.20x.")] == ["0.20x"]
    assert [n.text for n in read_numbers("see file 1.2x.pdf")] == []
    claim = "Net debt rose to $291.2 million from $138.7 million, or 0.40x LTM adjusted EBITDA vs. {}x."
    assert_backed(_DANAOS, claim.format("0.20"), "0.20x")
    assert number_status(_DANAOS, claim.format("0.30"), "0.30x") not in ("verified", "derived")


def test_a_multiple_is_the_ratio_its_words_name_not_the_metric_named_before_it() -> None:
    claim = "Financial net debt fell $47 million in the quarter to $2,912.1 million, for leverage of {}x."
    assert _metrics(claim.format("3.4"))[-1] is None
    assert_backed(_COTY, claim.format("3.4"), "3.4x")
    assert number_status(_COTY, claim.format("3.5"), "3.5x") not in ("verified", "derived")


_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"  # "Backlog ... was 4,742 homes with a sales value of $3.2 billion"


def test_a_sales_value_is_what_a_backlog_will_sell_for_not_revenue() -> None:
    assert metrics_in("Backlog at quarter end was 4,742 homes with a sales value of") == [(0, "backlog")]
    assert [metric for _, metric in metrics_in("net sales of")] == ["revenue"]
    claim = "Lot supply grew by 13,791 to 86,153 homesites, 57% controlled off balance sheet; backlog of 4,742 homes worth ${} billion."
    assert_backed(_TAYLOR, claim.format("3.2"), "$3.2 billion")
    assert number_status(_TAYLOR, claim.format("3.4"), "$3.4 billion") not in ("verified", "derived")


def test_a_provision_whose_words_stand_far_from_its_amount_is_an_expense_not_a_benefit() -> None:
    # "Provision for credit losses for the second quarter of 2025 was $2.8 million": nine words from its amount
    claim = "Provision {} fell to $2.8 million from $5.3 million in Q1, versus $2.2 million a year earlier."
    assert_backed(_TOMPKINS, claim.format("expense"), "$2.8 million")
    assert number_status(_TOMPKINS, claim.format("benefit"), "$2.8 million") not in ("verified", "derived")


_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"  # "total Ultra-High Protein production capacity to 430,000 tons per year"


def test_a_rate_a_year_said_after_the_unit_it_counts_is_of_a_year() -> None:
    claim = "Platform run rate of 92% in Q4, with Ultra-High Protein capacity now {} tons a year."
    assert_backed(_GREEN_PLAINS, claim.format("430,000"), "430,000")
    assert number_status(_GREEN_PLAINS, claim.format("440,000"), "440,000") not in ("verified", "derived")
    # a comparison's "a year ago" is no length: the count stays the prior period's
    text = "The company ran 1,210 stores, up from 1,150 stores a year ago."
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2021, "quarter")
    assert readings[-1].period.prior is True and readings[-1].period.length == "quarter"


def test_a_share_of_a_periods_sales_is_the_parts_as_is_the_share_it_is_compared_with() -> None:
    # e.l.f. Beauty: SG&A 280,319 of net sales 479,373 (58%), a year earlier 55%
    assert _metrics("SG&A ran at about 58% of Q1 net sales, up from about 55% a year earlier.") == ["general_and_administrative"] * 2
    assert _metrics("Fuel was 33% of fourth-quarter revenue, from 38% a year earlier.") == [None, None]


def test_a_comparison_periods_level_is_the_one_its_words_name_a_year_back_or_a_quarter_back() -> None:
    # Tompkins: "$2.8 million, compared to $5.3 million for the first quarter of 2025 and $2.2 million for the second
    # quarter of 2024"
    claim = "Provision expense fell to $2.8 million from ${} million in the prior quarter, versus ${} million a year earlier."
    assert_backed(_TOMPKINS, claim.format("5.3", "2.2"), "$2.2 million")
    assert number_status(_TOMPKINS, claim.format("2.2", "5.3"), "$2.2 million") not in ("verified", "derived")
    assert number_status(_TOMPKINS, claim.format("2.2", "5.3"), "$5.3 million") not in ("verified", "derived")


def test_an_amount_right_after_a_share_of_a_periods_revenue_is_the_parts_revenue() -> None:
    # GE HealthCare: Imaging's Q4 revenue 2,393 of 5,319 (45%); its segment EBIT 302
    assert _metrics("Imaging was about 45% of Q4 revenue at $2,393m") == [None, "revenue"]
    assert _metrics("Operating income was 15% of sales, or $30 million") == ["operating_income", "operating_income"]
    # what the part is compared with is no part of the whole: Plug's gross loss "from $53.5 million"
    assert _metrics("The gross loss narrowed to $1.7 million, or about 1% of revenue, from $53.5 million.")[-1] != "revenue"
