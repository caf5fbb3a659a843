"""Totals and rests an analyst computes, and the words that sign and place them (session 42).

Each claim is written as analysts write them, against a real release in tests/data; its false variant, the same words
with a wrong value, stays unsupported."""

from __future__ import annotations

import pytest
from corpus import assert_backed, fact_index, number_check, number_status

from summarizer.facts.directions import Direction, words_direction
from summarizer.text.context import read_sentence
from summarizer.text.vocabulary import change_direction, metrics_in, nearest_length, period_in
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED

BUYBACKS_PLUS_DIVIDENDS = "For the first half, $3.0 billion of buybacks plus $2.1 billion of dividends came to {}."
_CLOROX = "reading/clorox_q4-fy2026_text.txt"  # FY27 outlook: adjusted EPS $5.70-6.00, diluted $5.41-5.71; FY26 $5.53, $4.81


@pytest.mark.parametrize(
    ("claim", "number", "formula"),
    [
        # the year the release reports whole, named "FY26's" or "FY26 ... of", is a result, the base of the outlook
        ("Clorox's FY27 adjusted EPS outlook of $5.70-6.00 has a $5.85 midpoint, about 5.8% above FY26's $5.53.", "$5.53", None),
        ("Clorox's FY27 adjusted EPS outlook of $5.70-6.00 has a $5.85 midpoint, about 5.8% above FY26 adjusted EPS of $5.53.",
         "$5.53", None),
        ("Clorox's FY27 adjusted EPS outlook of $5.70-6.00 has a $5.85 midpoint, about 5.8% above FY26's $5.53.", "5.8%",
         "percent against the base of the claim's figures: $5.85 and $5.53 = 5.8"),
        ("The FY27 diluted EPS range of $5.41-5.71 has a $5.56 midpoint, roughly 15.6% above FY26 diluted EPS of $4.81.",
         "15.6%", "percent against the base of the claim's figures: $5.56 and $4.81 = 15.6"),
    ],
)
def test_an_outlook_set_against_the_year_reported_is_backed(claim: str, number: str, formula: str | None) -> None:
    assert_backed(_CLOROX, claim, number, formula)
    wrong = claim.replace("5.8%", "6.8%").replace("15.6%", "16.6%")
    if number.endswith("%"):
        assert number_status(_CLOROX, wrong, number.replace("5.8", "6.8").replace("15.6", "16.6")) == "unsupported"


@pytest.mark.parametrize(
    ("release", "claim", "number", "formula"),
    [
        # cash, then both sides of the securities listed after it: the balance sheet's three rows added up
        (
            "buckle_q3-fy2024.html",
            "Cash, short-term and long-term investments totaled about $352.7 million at November 2, 2024.",
            "$352.7 million",
            "cash and securities: $301,958 + 23,482 + 27,261 = 352701000.0",
        ),
        (
            "apple_q1-fy2011.txt",
            "Apple's cash, short-term and long-term marketable securities reached about $59.7 billion at December 25, "
            "2010, up from about $51.0 billion at the end of fiscal 2010.",
            "$51.0 billion",
            "cash and securities: $11,261 + 14,359 + 25,391 = 51011000000.0",
        ),
        # two amounts added with "plus", then what they came to
        (
            "conocophillips_q2-2026_text.txt",
            BUYBACKS_PLUS_DIVIDENDS.format("$5.1 billion"),
            "$5.1 billion",
            "sum of the claim's figures: $3.0 billion and $2.1 billion = 5100000000.0",
        ),
        # the half less its second quarter, the half's column dated by its year alone ("2026 YTD"), the row's
        # "/ (loss)" naming no other thing than its earnings
        (
            "conocophillips_q2-2026_text.txt",
            "ConocoPhillips' implied Q1 2026 adjusted earnings were about $2.32 billion.",
            "$2.32 billion",
            "period less its part: 6,275 vs 3,951 = 2324000000.0",
        ),
    ],
)
def test_an_analysts_total_or_rest_is_backed(release: str, claim: str, number: str, formula: str) -> None:
    assert_backed(release, claim, number, formula)


def test_a_wrong_total_stays_unsupported() -> None:
    release = "conocophillips_q2-2026_text.txt"
    assert number_status(release, BUYBACKS_PLUS_DIVIDENDS.format("$5.4 billion"), "$5.4 billion") == "unsupported"
    assert number_status(release, "Implied Q1 2026 adjusted earnings were about $2.52 billion.", "$2.52 billion") == "unsupported"
    assert number_status("buckle_q3-fy2024.html", "Cash, short-term and long-term investments totaled about $362.7 million at "
                         "November 2, 2024.", "$362.7 million") == "unsupported"  # fmt: skip


def test_money_spent_on_shares_is_the_repurchase() -> None:
    """"repurchased $3.0 billion of shares": an amount of money is no count of shares, but what the buyback cost."""
    index = fact_index("conocophillips_q2-2026_text.txt")
    spent = [f for f in index.facts if not f.in_table and f.value == 3_000_000_000 and f.period.length == "half"]
    assert [sorted(f.metrics) for f in spent] == [["buyback"]]
    assert_backed("conocophillips_q2-2026_text.txt", BUYBACKS_PLUS_DIVIDENDS.format("$5.1 billion"), "$3.0 billion")


@pytest.mark.parametrize(
    ("words", "length"),
    [
        ("the first three quarters brought in about", "nine_months"),
        ("over the first two quarters of 2024", "half"),
        ("three quarters of revenue", ""),  # a fraction, no period
    ],
)
def test_quarters_counted_from_the_first_are_a_longer_period(words: str, length: str) -> None:
    assert period_in(words).length == length


def test_a_loss_said_once_signs_a_chain_of_its_amounts() -> None:
    """A loss's change restated as an amount, then the levels it went to and from: all of the loss."""
    claim = "Helix BioPharma's FY2025 net loss narrowed about 44%, or roughly C$4.06 million, to C$5.21 million from C$9.26 million."
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2025, "")
    assert [str(r.value) for r in readings] == ["-44", "-4.06E+6", "-5.21E+6", "-9.26E+6"]
    # not a loss: a rise of revenue restated as an amount, then its levels
    claim = "Revenue rose 12%, or $4.0 million, to $37.0 million from $33.0 million, while the net loss was $2.0 million."
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2025, "")
    assert [str(r.value) for r in readings] == ["12", "4.0E+6", "3.70E+7", "3.30E+7", "-2.0E+6"]


@pytest.mark.parametrize(
    ("claim", "kinds"),
    [
        ("9M adj. EBITA EUR 104.2m, down EUR 13.4m y/y", ["fiscal_label", None, None]),  # nine months, shortened
        ("9M EBITA EUR 1m", ["fiscal_label", None]),
        ("The company has 9M users", [None]),  # nine million
    ],
)
def test_months_to_date_before_a_metric_are_a_period(claim: str, kinds: list[str | None]) -> None:
    assert [n.kind and n.kind.value for n in read_numbers(claim)] == kinds


def test_a_metric_named_after_vs_is_no_currency_code() -> None:
    """"vs eps $0.16": the comparison names its own metric, and the loss before it gives it no direction; "vs RMB" names
    a currency, and the amount compared with takes the direction of the one before."""
    claim = "q4 net loss per share $(0.69) vs eps $0.16."
    start = claim.index("$0.16")
    assert words_direction(claim, start, start + len("$0.16"), False) is None
    claim = "a net loss of RMB 93.0 million vs RMB 456.9 million"
    start = claim.rindex("456.9")
    assert words_direction(claim, start, start + len("456.9 million"), False) is Direction.ADVERSE


def test_a_loss_said_once_backs_its_levels_and_a_metric_named_after_vs_its_own_amount() -> None:
    assert_backed("reading/helix-biopharma_fy2025_newswire.txt", "Helix BioPharma's FY2025 net loss narrowed about 44%, or "
                  "roughly C$4.06 million, to C$5.21 million from C$9.26 million.", "C$5.21 million")  # fmt: skip
    staar = "reading/staar-surgical_q4-2024_newswire.txt"
    assert_backed(staar, "q4 net loss per share $(0.69) vs eps $0.16.", "$0.16")
    assert number_status(staar, "q4 net loss per share $(0.69) vs eps $0.17.", "$0.17") == "unsupported"


def test_gross_margin_shortened_after_its_basis() -> None:
    assert [metric for _, metric in metrics_in("GAAP GM 29-31%, non-GAAP GM 35-37%")] == ["gross_margin", "gross_margin"]
    assert [metric for _, metric in metrics_in("GM sold 2.7 million vehicles")] == []  # the carmaker


def test_a_non_operating_loss_that_replaced_income() -> None:
    """A loss that "replaced last year's" income: the second amount is the comparison, and income though a loss is
    named before it; "non-operating" is outside operations, no operating income."""
    weibo = "reading/weibo_q2-2026_text.txt"  # non-operating loss US$27.8 million, against income of US$12.8 million
    claim = "In Q2, a US$27.8 million non-operating loss replaced last year's US$12.8 million of non-operating income."
    assert_backed(weibo, claim, "US$27.8 million")
    assert_backed(weibo, claim, "US$12.8 million")
    swapped = "In Q2, a US$27.8 million operating loss replaced last year's US$12.8 million of operating income."
    assert number_status(weibo, swapped, "US$27.8 million") == "context_mismatch"
    assert [metric for _, metric in metrics_in("Non-operating loss for the second quarter")] == ["other"]


@pytest.mark.parametrize(
    ("release", "claim", "number", "wrong"),
    [
        # what an amount "left" once another is taken out, said right before the result
        ("reading/futu_q2-2026_text.txt", "Net of HK$512.9 million in interest expenses, Futu's Q2 interest income of "
         "HK$3,123.8 million left about {}.", "HK$2,610.9 million", "HK$2,710.9 million"),
        # a swing "by" an amount, the two levels it swung between said right after it
        ("reading/green-plains_q4-2024_newswire.txt", "The consolidated ethanol crush margin swung by {}, to $(15.5) "
         "million in 4Q24 from $53.0 million in 4Q23.", "$68.5 million", "$58.5 million"),
        # an amount per share in its own parentheses right after the comparison amount is of that amount's period
        ("reading/geovax_q3-2024_newswire.txt", "GeoVax Q3 net loss narrowed about 31% y/y to $5.8 million ($0.91/shr) "
         "from $8.4 million {}.", "($4.75)", "($0.91)"),
        # a hedged change in parentheses after a change of an amount is that amount's change, in percent
        ("reading/brookfield-corp_fy2024_newswire.txt", "Consolidated cash and cash equivalents rose about $3.8 billion "
         "(~{}) in 2024 to $15.1 billion.", "34%", "44%"),
        # what exchange rates did is a measure of its own: no wrapped row's "net (133)" of another line backs it
        ("reading/ase-technology_q4-2024_newswire.txt", "Q4 net FX loss {} on the stronger US dollar.", "NT$2.79bn",
         "NT$0.13bn"),
        ("reading/auna_q2-2026_text.txt", "Net income dropped to S/33 million from S/84 million, mainly on a {} smaller "
         "FX gain.", "S/61 million", "S/68 million"),
    ],
)  # fmt: skip
def test_a_figure_as_analysts_write_it_is_backed_and_its_wrong_value_is_not(
    release: str, claim: str, number: str, wrong: str
) -> None:
    assert_backed(release, claim.format(number), number)
    assert number_check(release, claim.format(wrong), wrong).status not in SUPPORTED


def test_growth_said_with_or_without_exchange_rates_is_no_foreign_exchange_figure() -> None:
    assert [metric for _, metric in metrics_in("Including FX impact 5.0%, FX impact (0.6)%")] == ["foreign_exchange"]


def test_income_tax_said_by_its_size_is_the_expense_printed_in_parentheses() -> None:
    copa = "reading/copa-holdings_q4-2024_newswire.txt"  # "Income tax expense" YTD24 (97,703); profit before taxes 706,229
    claim = "Copa's 2024 effective tax rate was about 13.8%: income tax of $97.7 million on pre-tax profit of $706.2 million."
    assert_backed(copa, claim, "$97.7 million")
    assert_backed(copa, claim, "13.8%")
    assert number_status(copa, "Copa's 2024 income tax benefit was $97.7 million.", "$97.7 million") == "unsupported"


def test_an_amount_that_more_than_doubled_is_a_level() -> None:
    """"$583 million more than doubled from ...": the amount is the verb's subject, a level, not a change "more than"."""
    first_quantum = "reading/first-quantum_q4-2024_newswire.txt"  # operating cash flow Q4 2024 583, Q3 2024 260
    claim = "Q4 operating cash flow of {} more than doubled from an implied $260 million in Q3."
    assert_backed(first_quantum, claim.format("$583 million"), "$583 million")
    assert number_status(first_quantum, claim.format("$593 million"), "$593 million") == "unsupported"
    assert change_direction("", " more than doubled from") == 0
    assert change_direction("sold 38", " more than the 89") == 1


def test_a_metric_defined_in_parentheses_after_a_sentence_opening_with_its_amount() -> None:
    """"At 16.4 million, segment earnings (adjusted EBITA) in the quarter were ...": the name in parentheses says which
    earnings, the amount's."""
    text = "At 16.4 million, segment earnings (adjusted EBITA) in the quarter were significantly up on the previous year."
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2025, "")
    assert readings[0].metric == "ebitda"


def test_a_period_the_release_prints_nowhere_is_computed_though_no_implied_is_said() -> None:
    """A third-quarter release prints no half: "the first half brought" is the nine months less the third quarter."""
    geovax = "reading/geovax_q3-2024_newswire.txt"  # government contract revenue: nine months 3,090, Q3 2,789 (thousands)
    claim = "Of $3.09 million in nine-month government contract revenue, $2.79 million came in Q3, so the first half brought only about {}."
    assert_backed(geovax, claim.format("$0.30 million"), "$0.30 million", "period less its part: 3,090 vs 2,789 = 301000.0")
    assert number_status(geovax, claim.format("$0.40 million"), "$0.40 million") == "unsupported"
    assert nearest_length("the first three quarters brought in about") == "nine_months"  # the longer phrase ending last


def test_organic_growth_with_no_measure_named_is_the_sales() -> None:
    gehc = "reading/ge-healthcare_q4-2024_newswire.txt"  # outlook: "Organic revenue growth* of 2% to 3% year-over-year"
    claim = "Sees 2025 adj. EPS of $4.61-$4.75, organic growth of 2%-3% and FCF of at least $1.75bn"
    assert_backed(gehc, claim, "2%")
    assert_backed(gehc, claim, "3%")
    assert [metric for _, metric in metrics_in("organic growth of 2%-3%")] == ["revenue"]


def test_a_share_is_of_the_amount_of_its_whole_side_said_before_a_comparison() -> None:
    vertex = "reading/vertex_q2-2026_text.txt"  # ALYFTREK Q2 573.6, a year before 156.8; CF product revenues 3,207.9
    claim = ("ALYFTREK sales of $573.6 million were about 3.7x the year-ago $156.8 million and roughly {} of Q2 CF product "
             "revenues of $3,207.9 million.")
    assert_backed(vertex, claim.format("18%"), "18%")
    assert number_status(vertex, claim.format("28%"), "28%") == "unsupported"


def test_a_changes_period_said_after_the_level_it_went_to() -> None:
    text = "Adjusted EBITDA rose 69% to $6.5 million in the fourth quarter and 4% to $22.2 million for the full year."
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), 2024, "")
    assert [r.period.length for r in readings] == ["quarter", "quarter", "year", "year"]
    staar = "reading/staar-surgical_q4-2024_newswire.txt"  # ICL sales ex-China: Q4 $39.5 million, up 17%; year $151.6 million, up 13%
    claim = "ICL sales ex-China rose 17% to $39.5 million in Q4 and {} to $151.6 million for the year."
    assert_backed(staar, claim.format("13%"), "13%")
    assert number_status(staar, claim.format("15%"), "15%") != "verified"


def test_a_signed_percentage_after_earnings_per_share_is_its_change() -> None:
    clorox = "reading/clorox_q4-fy2026_text.txt"  # adjusted EPS $5.53 vs $7.72, down 28%
    claim = "FY26 net sales -5% to $6.72bn; adj. EPS {} to $5.53 vs $7.72; diluted EPS $4.81 vs $6.52"
    assert_backed(clorox, claim.format("-28%"), "-28%")
    assert number_status(clorox, claim.format("-26%"), "-26%") != "verified"


def test_an_amount_restated_in_percent_before_a_change_noun_is_a_change() -> None:
    """"a $1.8 million or 9.1% sequential gain", "a $1.8 million, or 36.7% increase": both amounts are the change."""
    assert change_direction("a $", " or 9.1% sequential gain.") == 1
    assert change_direction("mainly due to a $", ", or 36.7% increase in other income") == 1
    assert change_direction("a $", ", or 3% decline") == -1
    assert change_direction("revenue of $", " or 9.1% of sales") == 0
