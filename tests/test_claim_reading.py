"""Claims read the way analysts write them, and sentences of real releases read the same way:
ranges, changes and their direction, periods, guidance against results.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.text.context import full_year, full_year_guidance, lead_in, read_sentence
from summarizer.text.vocabulary import names_segment_revenue
from summarizer.types import Unit
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim

DATA = Path(__file__).parent / "data"


@cache
def _index(name: str) -> FactIndex:
    return FactIndex(load_document(DATA / name))


def _statuses(name: str, claim: str) -> dict[str, str]:
    return {n.text: n.status.value for n in verify_claim(_index(name), claim).numbers}


def _readings(sentence: str):
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    return read_sentence(sentence, numbers, 0, len(sentence), 2026)


# ---------------------------------------------------------------- ranges


def test_the_from_of_a_range_is_no_comparison():
    """Rocket Lab: "Stock-based compensation is currently expected to range from $18 million to
    $20 million in Q3 2026." Both ends are the current period's guidance."""
    facts = [f for f in _index("claim_reading/rocket-lab_q2-2026_text.txt").facts if f.figure.text in ("$18 million", "$20 million")]
    ranged = [f for f in facts if "stock_compensation" in f.metrics]
    assert {f.figure.text for f in ranged} == {"$18 million", "$20 million"}
    assert all(f.period.prior is False for f in ranged)
    statuses = _statuses(
        "claim_reading/rocket-lab_q2-2026_text.txt", "Rocket Lab expects Q3 2026 stock-based compensation of $18 million to $20 million."
    )
    assert (statuses["$18 million"], statuses["$20 million"]) == ("verified", "verified")


def test_a_comparison_link_does_not_reach_past_a_comma():
    """Eli Lilly: the "from" of "charges from Q2 business development activity" does not make the
    updated range a comparison figure."""
    sentence = (
        "raised underlying non-GAAP EPS guidance for the full year by $2.78 at the midpoint, which was more than "
        "offset by $3.03 of acquired IPR&D charges from Q2 business development activity, resulting in an "
        "updated range of $35.50 to $36.50."
    )
    low, high = _readings(sentence)[-2:]
    assert low.period.prior is not True and high.period.prior is not True


def test_the_ends_of_a_range_share_metric_and_basis():
    """Sears: "negative carrying cost of approximately $0.20 to $0.25 per share": both ends per share."""
    sentence = "This full-year outlook includes the negative carrying cost of approximately $0.20 to $0.25 per share"
    low, high = _readings(sentence)
    assert low.metric == high.metric == "eps"
    low, high = _readings("we anticipate non-GAAP net income per share in the second quarter to be in the range of $0.91 to $0.94")
    assert low.basis == high.basis == "adjusted"


def test_a_range_of_changes_is_read_as_changes_both_ways():
    low, high = _readings("we expect Q2 adjusted EBITDA to be 15% to 20% above prior year levels")
    assert (low.change, high.change, low.value, high.value) == (True, True, Decimal(15), Decimal(20))
    low, high = _readings("Expects revenue to decline 5-7% year over year.")
    assert (low.change, high.change, low.value, high.value) == (True, True, Decimal(-5), Decimal(-7))


def test_a_change_by_then_a_level_is_no_range():
    change, level = _readings("Revenue rose by $200,000 to $4.35 million.")
    assert change.change and not level.change


# ---------------------------------------------------------------- changes


@pytest.mark.parametrize(
    "claim, value, change",
    [
        ("Net Income Up +62%.", Decimal(62), True),
        ("Costs were cut by 40%.", Decimal(-40), True),
        ("Operating income was $17 million lower than last year.", Decimal(-17000000), True),
        ("Railway operating revenues of $2.6 billion increased 1%.", Decimal(2600000000), False),
    ],
)
def test_direction_words(claim, value, change):
    reading = _readings(claim)[0]
    assert (reading.value, reading.change) == (value, change)


def test_a_second_change_after_a_period_phrase_goes_the_first_way():
    first, second = _readings("Revenue was down 12% year over year and 4% sequentially.")
    assert (first.value, second.value, second.change) == (Decimal(-12), Decimal(-4), True)


def test_points_after_a_bare_number_are_percentage_points():
    number = [n for n in read_numbers("GAAP gross margin was 74.6%, up 0.6 points from a year earlier.") if n.kind is None][-1]
    assert (number.text, number.unit, number.value) == ("0.6", Unit.PERCENTAGE_POINTS, Decimal("0.6"))


# ---------------------------------------------------------------- periods and guidance


def test_a_year_named_as_a_period_is_the_full_year():
    assert full_year("Diluted EPS for 2021 was $59.45, up 140% from $24.74.")
    assert full_year("The 2026 outlook calls for revenue of $4.45 billion.")
    assert not full_year("Revenue rose to $5.0 million from $4.0 million in 2025.")
    assert not full_year("Cash was $2.0 billion at June 30, 2026.")
    assert not full_year("Revenue for the second quarter of 2026 was $1.12 billion.")


def test_guidance_is_checked_against_the_outlook_only():
    """Datadog: "Third Quarter 2026 Outlook:" / "◦ Revenue between $1.135 billion and $1.145 billion."
    backs the guidance; the quarter's result ("Revenue was $1.12 billion") does not back a claim that
    the company expects it."""
    name = "datadog_q2-2026_text.txt"
    guided = _statuses(name, "Datadog guided third-quarter revenue to between $1.135 billion and $1.145 billion.")
    assert set(guided.values()) <= SUPPORTED_VALUES
    assert _statuses(name, "Datadog reported second-quarter revenue of $1.12 billion.")["$1.12 billion"] == "verified"
    assert _statuses(name, "Datadog expects second-quarter revenue of $1.12 billion.")["$1.12 billion"] not in SUPPORTED_VALUES


def test_net_income_attributable_to_shareholders_is_net_income():
    reading = _readings("Non-GAAP net income attributable to shareholders dropped by US$40.5 million to US$102.7 million.")
    assert [r.metric for r in reading] == ["net_income", "net_income"]


SUPPORTED_VALUES = {status.value for status in SUPPORTED}


def test_a_forward_looking_sentence_that_names_a_year_speaks_of_the_full_year():
    """Sterling: "we are raising our 2026 guidance to reflect the momentum across our businesses"."""
    assert full_year_guidance("As a result, we are raising our 2026 guidance to reflect the momentum across our businesses.")
    assert not full_year_guidance("Third Quarter 2026 Outlook:")  # names its length
    assert not full_year_guidance("Revenue was $1.12 billion in 2026.")  # a result


def test_an_item_of_an_outlook_list_takes_its_own_lead_in():
    """Datadog: "• Third Quarter 2026 Outlook:" leads into its items, though it is an item itself."""
    text = _index("datadog_q2-2026_text.txt").document.text
    start = text.index("◦ Revenue between $1.135 billion")
    assert lead_in(text, start).strip() == "• Third Quarter 2026 Outlook:"
    statuses = _statuses("datadog_q2-2026_text.txt", "Datadog expects full-year 2026 revenue of $4.45 billion to $4.47 billion.")
    assert (statuses["$4.45 billion"], statuses["$4.47 billion"]) == ("verified", "verified")


def test_a_second_range_of_a_ranging_sentence_and_its_basis_said_after():
    """A call's guidance, as Dolby gave it: "could range from $0.15 to $0.30 on a GAAP basis and
    from $0.37 to $0.52 on a non-GAAP basis" -- the second "from" opens a range, not a comparison."""
    readings = _readings(
        "we estimate that Q3 diluted earnings per share could range from $0.15 to $0.30 on a GAAP basis "
        "and from $0.37 to $0.52 on a non-GAAP basis."
    )
    assert [r.period.prior for r in readings] == [False] * 4
    assert [r.basis for r in readings] == ["gaap", "gaap", "adjusted", "adjusted"]


def test_a_claim_that_names_a_segment_cites_the_segment():
    """NVIDIA: "Fourth-quarter Automotive revenue was $604 million, up 2% from the previous quarter
    and up 6% from a year ago" backs an analyst's "Automotive revenue was ...", the name opening the claim."""
    claim = "Automotive revenue was $604 million in the fourth quarter, up 6% year over year."
    assert names_segment_revenue(claim)
    assert not names_segment_revenue("Total revenue was $68.1 billion.")
    assert not names_segment_revenue("Quarterly revenue rose 73%.")
    assert set(_statuses("nvidia_q4-fy2026.txt", claim).values()) == {"verified"}


def test_a_number_followed_by_its_verb_is_its_subject():
    """Citizens: "Tangible book value per common share of $34.61 was up slightly compared with third
    quarter 2021 and increased 6% from fourth quarter 2020" -- $34.61 is a level, 6% a change."""
    level, change = _readings(
        "Tangible book value per common share of $34.61 was up slightly compared with third quarter 2021 "
        "and increased 6% from fourth quarter 2020."
    )
    assert (level.change, level.metric) == (False, "tangible_book_value")
    assert (change.change, change.metric) == (True, "tangible_book_value")


def test_an_amount_of_money_is_no_count_of_shares():
    """Wells Fargo: "Repurchased 139.7 million shares, or $7.0 billion, of common stock"."""
    shares, money = _readings("Repurchased 139.7 million shares, or $7.0 billion, of common stock in fourth quarter 2021")
    assert money.metric == "buyback"


def test_an_aside_to_a_change_goes_its_way():
    """U.S. Bancorp: "... was $3,150 million, a decrease of $51 million (1.6 percent) compared with
    the fourth quarter of 2020": the 1.6 percent is a fall."""
    level, amount, percent = _readings(
        "Net interest income on a taxable-equivalent basis in the fourth quarter of 2021 was $3,150 million, "
        "a decrease of $51 million (1.6 percent) compared with the fourth quarter of 2020."
    )
    assert (level.change, amount.value, percent.value, percent.change) == (False, Decimal(-51000000), Decimal("-1.6"), True)


def test_continuing_operations_is_no_comparison_and_adverbs_keep_a_change():
    level, prior = _readings("Net income from continuing operations of $5.2 million compared with $4.1 million.")
    assert (level.period.prior, prior.period.prior) == (False, True)
    assert _readings("Comparable sales increased only 0.7%.")[0].change
    reported, organic = _readings("Revenue rose 8% on a reported basis and 10% organically.")
    assert (reported.change, organic.change, organic.value) == (True, True, Decimal(10))


def test_comparable_sales_are_a_rate_whichever_way_said():
    """McDonald's: "Global comparable sales increased 1.3%" backs "comparable sales were 1.3%", not
    "negative 1.3%"."""
    name = "mcdonalds_q2-2026_text.txt"
    assert _statuses(name, "Global comparable sales were 1.3% in the second quarter.")["1.3%"] == "verified"
    assert _statuses(name, "Global comparable sales were negative 1.3% in the second quarter.")["1.3%"] not in SUPPORTED_VALUES


# ---------------------------------------------------------------- session 11: words around numbers, on both sides


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        # a decimal point is no clause break, a percentage never a loss's amount, and what a loss is compared with is a loss
        ("reading/kingsoft-cloud_q2-2026_text.txt",
         "The net loss narrowed 79.6% to RMB93.0 million from RMB456.9 million a year earlier."),
        # "the previous year's figure (EUR 443.1 million)" is that year's figure, not a negative amount
        ("claim_reading/indus-holding_q3-2025_newswire.txt",
         "INDUS's third-quarter 2025 revenue was EUR 437.4 million, slightly below EUR 443.1 million a year earlier."),
        ("claim_reading/indus-holding_q3-2025_newswire.txt", "Q3 revenue slipped 1.3% year over year."),
        # a product's row names its revenue though no vocabulary holds the product's name
        ("reading/vertex_q2-2026_text.txt", "ALYFTREK revenue jumped to $573.6 million from $156.8 million a year earlier."),
        ("reading/vertex_q2-2026_text.txt", "TRIKAFTA/KAFTRIO revenue slipped 2% to $2.50 billion in the quarter."),
        # "% of sales" is a margin of the metric before it; a wrapped "(previously ...)" line leads no list
        ("note/lowes_q2-fy2026_text.txt", "Operating margin fell to 13.67% of sales from 14.48% a year earlier."),
        ("note/lowes_q2-fy2026_text.txt",
         "The company sees FY2026 adjusted diluted EPS of approximately $12.25 and diluted EPS of approximately $11.75."),
    ],
    ids=["loss-narrowed-to-from", "previous-year-figure-aside", "derived-from-aside", "product-row", "product-row-change",
         "margin-of-sales", "outlook-wrapped-item"],
)
def test_true_claims_of_session_11_are_supported(name: str, claim: str) -> None:
    statuses = _statuses(name, claim)
    assert statuses and all(status in ("verified", "derived", "not_financial") for status in statuses.values()), statuses


def test_the_figures_a_loss_is_compared_with_are_losses() -> None:
    sentence = "The net loss narrowed 79.6% to RMB93.0 million from RMB456.9 million a year earlier."
    change, level, prior = _readings(sentence)
    assert (change.value, level.value, prior.value) == (Decimal("-79.6"), Decimal("-93.0E6"), Decimal("-456.9E6"))
    assert prior.period.prior is True and level.period.prior is False


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("ALYFTREK revenue jumped to $573.6 million from $156.8 million a year earlier.", "verified"),
        ("ALYFTREK revenue jumped to $156.8 million.", "context_mismatch"),  # the prior year's, claimed as this quarter's
        ("TRIKAFTA/KAFTRIO revenue was $573.6 million in the quarter.", "context_mismatch"),  # another product's row
    ],
)
def test_a_product_row_backs_only_a_claim_that_names_it(claim: str, status: str) -> None:
    statuses = _statuses("reading/vertex_q2-2026_text.txt", claim)
    assert statuses[next(iter(statuses))] == status


def test_numbers_listed_before_respectively_take_the_periods_listed_in_order() -> None:
    """Arvinas Q4 2024: the year's and the quarter's revenue in one sentence, then the prior year's."""
    sentence = (
        "Revenue was $263.4 million and $59.2 million for the year and quarter ended December 31, 2024, respectively, "
        "as compared with $78.5 million and $(43.1) million for the year and quarter ended December 31, 2023, respectively."
    )
    readings = _readings(sentence)
    assert [(r.period.length, r.period.prior) for r in readings] == [
        ("year", False), ("quarter", False), ("year", True), ("quarter", True)
    ]
    months = _readings("Revenue was $5.1 million and $20.2 million for the three and twelve months ended June 30, respectively.")
    assert [r.period.length for r in months] == ["quarter", "year"]


def test_periods_listed_that_do_not_pair_with_the_numbers_are_unknown() -> None:
    readings = _readings("Revenue was $5.1 million, $9.8 million and $20.2 million for the quarter and the year, respectively.")
    assert [r.period.length for r in readings] == ["", "", ""]


def test_the_period_of_a_part_is_not_the_whole_s() -> None:
    """Linklogis FY2023: the year's total, "of which" the second half's."""
    sentence = (
        "In 2023, the total revenue and income from principal activities amounted to RMB870 million, of which, the revenue "
        "and income for the second half of 2023 reached RMB480 million, representing a 15.2% year-over-year increase."
    )
    whole, part, change = _readings(sentence)
    assert (whole.period.length, part.period.length, change.period.length) == ("year", "half", "half")


def test_respectively_after_the_current_and_prior_year_says_which_period_not_how_long() -> None:
    """McDonald's Q2 2026: "for the current year and prior year" are the quarter's two years."""
    sentence = ("Results reflected pre-tax charges of $52 million and $43 million for the current year and prior year, "
                "respectively, primarily related to restructuring charges.")
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    current, prior = read_sentence(sentence, numbers, 0, len(sentence), 2026, "quarter")
    assert (current.period.length, current.period.prior, prior.period.length, prior.period.prior) == (
        "quarter", False, "quarter", True
    )


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        # a loss's comparison and its per-share aside are losses; "$0.91 per share, as compared to $8,408,818" is no EPS
        ("reading/geovax_q3-2024_newswire.txt",
         "GeoVax narrowed its third-quarter 2024 net loss to $5.8 million, or $0.91 per share, from $8.4 million, "
         "or $4.75 per share, a year earlier."),
        ("reading/geovax_q3-2024_newswire.txt",
         "The nine-month net loss was $16.7 million, or $4.52 per share, compared with $18.4 million in 2023."),
        # an aside's year is not the sentence's; a dated aside "(30.06.2025: EUR 55.9bn)" is the comparison
        ("claim_reading/patrizia_9m-2025_newswire.txt",
         "Total service fee income slipped to €191.7 million from €198.7 million."),
        ("claim_reading/patrizia_9m-2025_newswire.txt",
         "Assets under management were €56.3bn at 30 September 2025, up from €55.9bn at the end of June."),
        # "Nine-month revenue" names a period, not a segment; "At EUR 1.274 billion, the ... revenue" names its metric after
        ("claim_reading/indus-holding_q3-2025_newswire.txt",
         "Nine-month revenue was EUR 1.274bn, compared with EUR 1.282bn in the prior-year period."),
    ],
    ids=["loss-compared-with", "loss-nine-months", "aside-year", "dated-aside", "opening-amount"],
)
def test_more_true_claims_of_session_11_are_supported(name: str, claim: str) -> None:
    statuses = _statuses(name, claim)
    assert statuses and all(status in ("verified", "derived", "not_financial") for status in statuses.values()), statuses


def test_the_sign_of_a_loss_carries_to_its_comparison_and_asides() -> None:
    sentence = ("Net loss for the three-month period ended September 30, 2024, was $5,815,468, or $0.91 per share, "
                "as compared to $8,408,818, or $4.75 per share, for the comparable period in 2023.")
    readings = _readings(sentence)
    assert [(r.value, r.metric) for r in readings] == [
        (Decimal(-5815468), "net_income"), (Decimal("-0.91"), "eps"), (Decimal(-8408818), "net_income"), (Decimal("-4.75"), "eps")
    ]
    # a part of the loss is no loss: "the net loss ... includes $0.6 million of stock compensation expense"
    (part,) = _readings("The net loss for the three-month period ended December 31, 2005 includes $0.6 million of stock compensation")
    assert part.value == Decimal("0.6E6")


@pytest.mark.parametrize(
    ("sentence", "values", "changes"),
    [
        ("The 2024 dividend is up 15 cents to EUR5.45 per share.", ["0.15", "5.45"], [True, False]),
        ("Total loans increased $506 million to $6.2 billion.", ["506E6", "6.2E9"], [True, False]),
        ("Revenue is expected to grow 5% to 7%.", ["5", "7"], [True, True]),  # a range of changes
        ("Diluted EPS is expected to be $1.10 to $1.20.", ["1.10", "1.20"], [False, False]),
        # Linklogis 2023: "anchor enterprise customers ... increased 203 to reach a total of 604": a count's level is
        # more than twice its change, where the ends of a range of counts are of one size
        ("Anchor enterprise customers up 203 to 604.", ["203", "604"], [True, False]),
        ("Store count up 10 to 12.", ["10", "12"], [True, True]),
    ],
)
def test_a_change_of_money_then_to_is_the_level_it_came_to(sentence: str, values: list[str], changes: list[bool]) -> None:
    readings = _readings(sentence)
    assert [r.value for r in readings] == [Decimal(v) for v in values]
    assert [r.change for r in readings] == changes


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("U.S. foodservice revenue slumped 27.6% to $8.0 million.", "-27.6"),
        ("Revenue and income for the second half of 2023 reached RMB480 million, representing a 15.2% year-over-year "
         "increase.", "15.2"),
        ("2024 dividend up + 15 cts to EUR5.45 per share", "0.15"),
    ],
)
def test_more_change_words(sentence: str, value: str) -> None:
    changes = [r.value for r in _readings(sentence) if r.change]
    assert changes == [Decimal(value)]


def _call_statuses(tmp_path: Path, call: str, claim: str) -> dict[str, str]:
    path = tmp_path / "call.txt"
    path.write_text(call)
    return {n.text: n.status.value for n in verify_claim(FactIndex(load_document(path)), claim).numbers}


def test_a_range_said_aloud_is_still_a_range(tmp_path: Path) -> None:
    """A made-up call line in the way speakers restart a range: "could range from five -- from about $0.05"."""
    call = (
        "Thank you, operator.\nRevenue for the third quarter was $300 million.\n"
        "We estimate the Q4 diluted earnings per share on a GAAP basis could range from five -- from about $0.05 to about $0.20.\n"
    )
    assert _call_statuses(tmp_path, call, "sees q4 gaap earnings per share about $0.05 to $0.20.") == {
        "$0.05": "verified", "$0.20": "verified"
    }


def test_what_an_outlook_is_compared_with_is_a_result(tmp_path: Path) -> None:
    call = (
        "Good morning.\nRevenues for 2020 were $11.7 billion, down from $13.6 billion a year ago.\n"
        "Looking to 2021, we expect revenues of about $12.5 billion.\n"
    )
    statuses = _call_statuses(tmp_path, call, "forecasting 2021 revenues of about $12.5 billion, up from $11.7 billion in 2020.")
    assert {k: v for k, v in statuses.items() if v != "not_financial"} == {"$12.5 billion": "verified", "$11.7 billion": "verified"}
    # the outlook itself is still checked against the outlook only: the result is no forecast
    assert _call_statuses(tmp_path, call, "forecasting 2021 revenues of about $11.7 billion.")["$11.7 billion"] != "verified"


def test_a_verb_of_change_before_its_object_makes_the_percentage_a_change() -> None:
    change, level, quarterly = _readings("PrairieSky raised its annual dividend policy 4% to $1.04 per share, or 26 cents quarterly.")
    assert (change.value, change.change, change.metric) == (Decimal(4), True, "dividend")
    assert (level.change, level.period.length) == (False, "year")
    assert (quarterly.value, quarterly.period.length) == (Decimal("0.26"), "quarter")  # "quarterly" right after it
    (cut,) = _readings("The company cut its quarterly dividend 40%.")
    assert cut.value == Decimal(-40) and cut.change
    (raised,) = _readings("The company raised $50 million in its offering.")  # a capital raise is an amount, not a change
    assert not raised.change
    # "to" (or "from") in the object names the level the verb moved it to: the new outlook, not a change
    low, high = _readings("Sterling raised its 2026 revenue guidance to $4.00 billion to $4.15 billion.")
    assert not low.change and not high.change and low.metric == "revenue"


def test_loan_to_value_is_a_ratio_not_loans() -> None:
    points, level = _readings("The loan-to-value ratio including duties rose 1.0 points to 35.4% at year end.")
    assert points.metric == level.metric == "loan_to_value"


def test_a_bullet_line_is_a_clause_of_its_own() -> None:
    """Oracle: the previous bullet's "in constant currency" is not the next bullet's basis."""
    text = ("•\tTotal Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency\n\n"
            "•\tTotal Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD")
    readings = _readings(text)
    assert [r.basis for r in readings][-2:] == ["", ""]


def test_reported_as_an_adjective_is_the_gaap_basis() -> None:
    level, change, prior = _readings("Reported net income was $7.1 billion, up 25% from $5.7 billion.")
    assert level.basis == "gaap"
    (said,) = _readings("The company reported adjusted EPS of $1.10.")
    assert said.basis == "adjusted"
    (verb,) = _readings("Lilly reported revenue of $5.0 billion.")  # the verb says no basis
    assert verb.basis == ""


def test_first_half_with_a_hyphen_is_a_half_year() -> None:
    level, prior = _readings("First-half revenue was $2.13 billion, up from $1.59 billion a year earlier.")
    assert (level.period.length, level.metric) == ("half", "revenue")


def test_a_change_computed_for_a_claim_comes_from_where_its_level_stands() -> None:
    """Beyond Meat: international foodservice fell 15.9% (12.7 vs 15.1); U.S. retail fell 9.9% to $29.6 million."""
    name = "reading/beyond-meat_q2-2026_text.txt"
    assert _statuses(name, "U.S. retail net revenues declined 9.9% to $29.6 million.") == {
        "9.9%": "verified", "$29.6 million": "verified"
    }
    assert _statuses(name, "U.S. retail net revenues declined 15.9% to $29.6 million.")["15.9%"] == "context_mismatch"


def test_a_negative_figure_is_no_loss_for_its_comparison() -> None:
    """Green Plains Q4 2024: "EPS of $(0.86) ..., compared to EPS of $0.12" -- the prior year was a profit."""
    current, prior = _readings("EPS of $(0.86) per diluted share, compared to EPS of $0.12 per diluted share, for the same period in 2023")
    assert (current.value, prior.value) == (Decimal("-0.86"), Decimal("0.12"))


def test_attributable_to_is_no_level_after_to() -> None:
    readings = _readings(
        "Net loss attributable to the company was $54.9 million, or $(0.86) per diluted share for the fourth quarter "
        "compared to net income attributable to the company of $7.2 million, or $0.12 per diluted share, for the same "
        "period in 2023."
    )
    assert [(r.value, r.period.prior) for r in readings] == [
        (Decimal("-54.9E6"), False), (Decimal("-0.86"), False), (Decimal("7.2E6"), True), (Decimal("0.12"), True)
    ]


# ---------------------------------------------------------------- session 12


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the row "Retail" (no metric of its own) is named right before "channel net revenues"
        ("U.S. retail channel net revenues decreased 9.9% to $29.6 million in the second quarter of 2026, "
         "compared to $32.9 million in the year-ago period.", ["verified"] * 3),
        ("U.S. retail channel net revenues were $32.9 million in the second quarter of 2026.", ["context_mismatch"]),
        # another channel's row is not named next to the revenue word
        ("U.S. foodservice channel net revenues were $29.6 million in the second quarter of 2026.", ["context_mismatch"]),
    ],
    ids=["named-before-channel-revenues", "prior-as-current", "another-channel"],
)
def test_a_segment_row_named_next_to_revenue_backs_its_claim(claim: str, expected: list[str]) -> None:
    """Beyond Meat Q2 2026: the channel table's rows are "Retail" and "Foodservice" under a
    "U.S." heading; the prose names them before "channel net revenues"."""
    index = _index("reading/beyond-meat_q2-2026_text.txt")
    text = index.document.text
    channels = [span for span in index.sentences if "channel net revenues" in span.of(text)]
    # the tables alone: the release's own sentences on its channels left out
    tables = FactIndex(index.document, [f for f in index.facts if not any(s.contains(f.figure.span) for s in channels)])
    statuses = [n.status.value for n in verify_claim(tables, claim).numbers if n.status.value != "not_financial"]
    assert len(channels) == 8 and statuses == expected


def test_income_from_operations_is_no_comparison() -> None:
    """Palantir Q2 2026: the "from" of "income from operations" names the metric; the amount is the quarter's."""
    (level, margin) = _readings("GAAP income from operations of $912 million, representing a 47% margin")
    assert level.period.prior is False and margin.period.prior is False
    (cash,) = _readings("Cash from operating activities was $1.2 billion.")
    assert cash.period.prior is False


def test_a_date_after_a_listed_amount_says_its_period() -> None:
    """U.S. Bancorp Q4 2021: ", and $1,298 million at December 31, 2020" is the year-ago balance;
    the comma of the date ends no clause."""
    sentence = (
        "Nonperforming assets were $878 million at December 31, 2021, compared with $944 million at "
        "September 30, 2021, and $1,298 million at December 31, 2020."
    )
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, numbers, 0, len(sentence), 2021)
    assert [r.period.prior for r in readings] == [False, True, True]


def test_numbers_listed_before_respectively_take_the_metrics_listed_in_order() -> None:
    """Eli Lilly Q2 2026: "net income and earnings per share (EPS) were $7.1 billion and $7.94,
    respectively": the amount is net income, not earnings per share."""
    readings = _readings(
        "In Q2 2026, net income and earnings per share (EPS) were $7.1 billion and $7.94, respectively, "
        "compared with net income of $5.7 billion and EPS of $6.29 in Q2 2025."
    )
    assert [(r.metric, r.period.prior) for r in readings] == [
        ("net_income", False), ("eps", False), ("net_income", True), ("eps", True)
    ]
    # two metrics for three numbers: which is whose cannot be told, each keeps its own reading
    three = _readings("Revenue and net income were $5 million, $2 million and $1 million, respectively.")
    assert [r.metric for r in three] == ["net_income"] * 3


def test_constant_currency_said_of_a_change_is_not_the_level_s() -> None:
    """Assurant Q4 2024: "increased 13 percent, or 14 percent on a constant currency basis, to
    $431.5 million": the 14 percent is in constant currency, the $431.5 million as reported."""
    reported, constant, level = _readings(
        "Adjusted EBITDA increased 13 percent, or 14 percent on a constant currency basis, to $431.5 million."
    )
    assert constant.basis == "constant_currency" and constant.change
    assert level.basis != "constant_currency" and not level.change


@pytest.mark.parametrize(
    "sentence",
    [
        "Gross profit was $1,054 million, or 30.0% of total net revenue.",
        "Gross profit was $1,054 million, representing 30.0% of the Company's total net sales.",
    ],
)
def test_a_share_of_revenue_is_a_margin_of_the_metric_before(sentence: str) -> None:
    """Wayfair Q2 2026: "30.0% of total net revenue" is the gross margin, not revenue."""
    amount, share = _readings(sentence)
    assert (amount.metric, share.metric) == ("gross_margin", "gross_margin")


def test_the_cause_after_a_comparison_figure_names_no_metric_of_it():
    """Coty Q4 FY2026: "... decreased 26% from $126.7 million in the prior year primarily
    reflecting lower gross profit" -- the $126.7 million is the prior year's adjusted EBITDA,
    not gross profit."""
    sentence = (
        "Adjusted EBITDA of $93.6 million decreased 26% from $126.7 million in the prior year primarily "
        "reflecting lower gross profit."
    )
    current, change, prior = _readings(sentence)
    assert (current.metric, change.metric, prior.metric) == ("ebitda", "ebitda", "ebitda")
    assert (current.period.prior, prior.period.prior) == (False, True)


def test_a_financial_year_is_a_year():
    """PATRIZIA 9M 2025: "specifies its guidance for the 2025 financial year" names the full year."""
    from summarizer.text.vocabulary import period_in

    text = (DATA / "claim_reading/patrizia_9m-2025_newswire.txt").read_text(encoding="utf-8")
    said = text[text.index("specifies its guidance") :][:70]
    assert said.startswith("specifies its guidance for the 2025 financial year")
    assert period_in(said).length == "year"
    assert period_in("the financial year 2025").length == "year"


def test_a_period_between_the_verb_and_its_amount_keeps_the_change():
    """Albemarle Q2 2026: "Net income attributable to Albemarle of $480 million increased year
    over year by $457 million" -- the $457 million is a change (the "$ Change" column), the $480
    million a level."""
    level, change = _readings("Net income attributable to Albemarle of $480 million increased year over year by $457 million.")
    assert (level.change, change.change, change.value) == (False, True, Decimal("4.57E+8"))


def test_words_after_with_name_no_metric_of_the_number_before():
    """NVIDIA Q4 FY2026: "Accounts receivable was $38.5 billion with 51 days sales outstanding" --
    the $38.5 billion is receivables, not sales."""
    (receivables,) = _readings("Accounts receivable was $38.5 billion with 51 days sales outstanding (DSO).")
    assert receivables.metric == "receivables"


def test_a_payout_ratio_is_the_dividends():
    """PrairieSky Q4 2024: "a resulting payout ratio of 61%" is the table's "Dividend payout ratio"
    row (61%), not earnings per share named earlier in the sentence."""
    claim = "PrairieSky declared a dividend of $0.25 per share or $59.9 million in the quarter with a resulting payout ratio of 61%."
    index = _index("reading/prairiesky_q4-2024_newswire.txt")
    sentence = next(s for s in index.sentences if s.of(index.document.text).startswith("PrairieSky declared a dividend"))
    alone = index.without(sentence)  # the table alone: the sentence would back itself either way

    def status(text: str, number: str) -> str:
        return next(n.status.value for n in verify_claim(alone, text).numbers if n.text == number)

    assert status(claim, "61%") == "verified"
    assert status(claim.replace("61%", "66%"), "66%") != "verified"


def test_a_comparison_aside_in_a_claim_is_read_as_the_releases():
    # Kemira's own sentences, verified against Kemira: the parenthesised figure is the year before's, in the
    # amount's unit and scale, positive unless it carries a minus sign
    numbers = read_numbers("Revenue decreased by 11% to EUR 723.7 million (808.8); EPS EUR 0.31 (-0.20).")
    aside, eps_aside = numbers[2], numbers[4]
    assert (aside.value, aside.unit, aside.currency) == (Decimal("808.8E6"), Unit.CURRENCY, "EUR")
    assert (eps_aside.value, eps_aside.unit) == (Decimal("-0.20"), Unit.PER_SHARE)
    claim = "* Operative EBITDA decreased by 17% to EUR 135.0 million (162.7) due to the divestment of Oil & Gas."
    assert set(_statuses("reading/kemira_fy2024_newswire.txt", claim).values()) <= {status.value for status in SUPPORTED}


# ---------------------------------------------------------------- session 14: claims as written


def test_a_row_under_its_heading_is_the_segment_the_claim_names():
    """Parker-Hannifin Q4 FY2026: "Aerospace Systems" under "Segment operating income" (522 vs
    407, millions) backs the segment's change by $115 million; another segment's row does not."""
    name = "claim_reading/parker-hannifin_q4-fy2026_text.txt"
    claim = "In the fourth quarter, Aerospace Systems segment operating income increased by $115 million to $522 million."
    assert _statuses(name, claim) == {"$115 million": "derived", "$522 million": "verified"}
    swapped = "In the fourth quarter, Diversified Industrial segment operating income increased by $115 million to $522 million."
    assert _statuses(name, swapped)["$115 million"] not in ("verified", "derived")


def test_the_company_a_row_is_attributable_to_need_not_be_named():
    """Green Plains Q4 2024: the row "Net income (loss) attributable to Green Plains - basic and
    diluted" ($(1.29) vs $(1.59) for the year) backs a loss per share that narrowed by 30 cents."""
    name = "claim_reading/green-plains_q4-2024_newswire.txt"
    assert _statuses(name, "For the full year, the loss per share narrowed by 30 cents.") == {"30 cents": "derived"}
    assert _statuses(name, "For the full year, the loss per share narrowed by 40 cents.")["40 cents"] != "derived"


def test_an_amount_restating_millions_after_or_is_per_share():
    """Green Plains Q4 2024: "net income of $7.2 million, or 12 cents" -- the 12 cents is per share."""
    (amount, per_share) = [n for n in read_numbers("A year earlier it earned $7.2 million, or 12 cents.") if n.kind is None]
    assert (amount.unit, per_share.unit, per_share.value) == (Unit.CURRENCY, Unit.PER_SHARE, Decimal("0.12"))
    name = "claim_reading/green-plains_q4-2024_newswire.txt"
    claim = "In the year-ago quarter the company had net income of $7.2 million, or 12 cents per diluted share."
    assert _statuses(name, claim.replace(" per diluted share", ""))["12 cents"] == "verified"


def test_growth_of_between_two_percentages_is_a_change():
    """Golden Matrix FY2024: "year-over-year growth of between 69% and 80%" -- both ends are changes."""
    readings = _readings("For the first quarter of 2025, the company expects revenue growth of between 69% and 80%.")
    assert [(r.change, r.value) for r in readings] == [(True, Decimal(69)), (True, Decimal(80))]


def test_a_period_adjective_between_a_number_and_growth_keeps_the_change():
    """Datavault AI Q2 2025: "176% sequential quarterly growth" is a change."""
    (growth,) = _readings("Revenue achieved 176% sequential quarterly growth.")
    assert growth.change
    name = "claim_reading/datavault-ai_q2-2025_newswire.txt"
    assert _statuses(name, "Second-quarter revenue was up 176% sequentially.") == {"176%": "verified"}


def test_a_target_named_after_its_range_is_forward_looking():
    """Datavault AI Q2 2025: "a $40–$50 million revenue target in 2026" is an outlook."""
    name = "claim_reading/datavault-ai_q2-2025_newswire.txt"
    claim = "For 2026 the company has a revenue target of $40 million to $50 million."
    assert _statuses(name, claim) == {"2026": "not_financial", "$40 million": "verified", "$50 million": "verified"}
    assert _statuses(name, claim.replace("$40 million", "$45 million"))["$45 million"] != "verified"


def test_a_verb_before_its_object_makes_a_change():
    """GrafTech Q4 2024: "Grew sales volume 13% year-over-year to 27.2 thousand MT" -- a change of
    the sales volume (units, not revenue)."""
    volume, level = _readings("Grew sales volume 13% year-over-year to 27.2 thousand MT.")
    assert (volume.change, volume.metric, level.change) == (True, "units", False)


def test_a_second_change_after_a_period_phrase_is_a_change_too():
    """GrafTech Q4 2024: "fell 25% in the fourth quarter and 23% for the full year"."""
    first, second = _readings("Cash costs per metric ton fell 25% in the fourth quarter and 23% for the full year.")
    assert (first.change, first.value, second.change, second.value) == (True, Decimal(-25), True, Decimal(-23))


def test_a_lower_case_segment_the_release_capitalises_is_the_segment():
    """Confluent Q4 2024: the release's "Subscription Revenue" outlook backs "subscription revenue"
    in a claim; a claim's "quarterly revenue" stays the company's."""
    index = _index("claim_reading/confluent_q4-2024_newswire.txt")
    assert names_segment_revenue("it sees subscription revenue of $253 million", index.document.text)
    assert not names_segment_revenue("it sees quarterly revenue of $253 million", index.document.text)
    assert not names_segment_revenue("it sees subscription revenue of $253 million")
    name = "claim_reading/confluent_q4-2024_newswire.txt"
    claim = "For the first quarter of 2025 Confluent expects subscription revenue of $253 million to $254 million."
    assert set(_statuses(name, claim).values()) <= {"verified", "not_financial"}


def test_the_period_said_last_in_a_phrase_is_its_figures():
    """STAAR Q4 2024: "... in the second half of 2025, resulting in a full-year fiscal 2025
    Adjusted EBITDA loss range of approximately $(50) million to $(15) million": the full year's;
    a fiscal year's name after a length only dates it ("third-quarter fiscal 2025 revenue")."""
    index = _index("claim_reading/staar-surgical_q4-2024_newswire.txt")
    ends = [f for f in index.facts if f.figure.text in ("$(50) million", "$(15) million") and f.figure.table is None]
    assert {f.period.length for f in ends} == {"year"}
    (revenue,) = _readings("Revenue for the third-quarter fiscal 2025 was $35.1 billion.")
    assert revenue.period.length == "quarter"


def test_a_loss_that_widened_is_compared_by_its_size():
    """Anywhere Real Estate Q4 2024: the net loss attributable to Anywhere, $(128) vs $(97) million
    for the year, widened 32.0% (the table's "(32)" is the change of the profit)."""
    name = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"
    assert _statuses(name, "The net loss for the full year widened 32.0%.") == {"32.0%": "derived"}
    assert _statuses(name, "The net loss for the full year widened 34.0%.")["34.0%"] != "derived"


def test_an_effect_on_a_metric_is_no_change_of_it():
    """Clorox Q4 FY2026: "reduced adjusted EPS by about 90 cents" is an effect on EPS, read as
    the amount (a change is said without an object: "EPS fell 90 cents", or "grew revenue 13%")."""
    (effect,) = _readings("The ERP-related shipment comparison reduced adjusted EPS by about 90 cents.")
    assert not effect.change


def test_a_cash_dividend_is_the_dividend():
    """MDC Q3 2020 call: "a 21% increase in the quarterly cash dividend" is the dividend's change."""
    (increase, *_) = _readings("The board declared a 21% increase in the quarterly cash dividend from $0.33 to $0.40 per share.")
    assert (increase.change, increase.metric) == (True, "dividend")


def test_a_segment_row_named_before_any_revenue_phrase():
    """Gecina FY2024: the row "Residential" (132.9 -> 127.8, -3.8%) under gross rents backs
    "Residential gross rental income fell 3.8%"; its like-for-like +4.7% does not back a reported fall."""
    name = "reading/gecina_fy2024_newswire.txt"
    assert _statuses(name, "Residential gross rental income fell 3.8% to EUR127.8 million.") == {
        "3.8%": "verified", "EUR127.8 million": "verified"
    }
    assert _statuses(name, "Residential gross rental income fell 4.7% to EUR127.8 million.")["4.7%"] != "verified"


def test_a_percentage_on_another_basis_after_a_change_is_a_change():
    """Gecina FY2024: "grew 4.1% to EUR694.5m, and 6.3% on a like-for-like basis" -- the 6.3% is
    the like-for-like growth (the table's "LfL growth" +6.3%), not a level; 4.7% is Residential's."""
    change, level, other = _readings("Gross rental income grew 4.1% to EUR694.5m, and 6.3% on a like-for-like basis.")
    assert (change.change, level.change, other.change, other.value) == (True, False, True, Decimal("6.3"))
    name = "reading/gecina_fy2024_newswire.txt"
    claim = "Gross rental income grew 4.1% to EUR694.5m, and 6.3% on a like-for-like basis."
    assert set(_statuses(name, claim).values()) == {"verified"}
    assert _statuses(name, claim.replace("6.3%", "4.7%"))["4.7%"] != "verified"


def test_a_sibling_item_that_leads_into_its_own_list_is_no_lead_in():
    """Venture Global's highlights: "• Generated strong second quarter 2026 financial results:" leads
    into its "◦" items, not into the "•" item after them."""
    text = (
        "Key financial highlights include:\n"
        "• Generated strong second quarter 2026 financial results:\n"
        "◦ Revenue of $4.6 billion, an increase of 48% from Q2 2025\n"
        "• Increased Consolidated Adjusted EBITDA guidance to $8.7 - $9.1 billion\n"
    )
    assert lead_in(text, text.index("Increased")) == "Key financial highlights include:"
    assert lead_in(text, text.index("Revenue of")) == "• Generated strong second quarter 2026 financial results:"


def test_revenue_from_a_named_source_is_no_comparison():
    """Arvinas FY2024: "The increase in revenue of $184.9 million for the year was primarily due to revenue from
    the Novartis agreements of $162.4 million": the year's revenue from a source, not last year's figure. A
    "from" before an amount stays a comparison."""
    sentence = (
        "The increase in revenue of $184.9 million for the year was primarily due to revenue from the Novartis "
        "agreements of $162.4 million, an increase in revenue from the Vepdegestrant (ARV-471) Collaboration "
        "Agreement with Pfizer of $21.7 million"
    )
    readings = _readings(sentence)
    assert [r.period.prior for r in readings if r.value in (Decimal("162.4E6"), Decimal("21.7E6"))] == [False, False]
    assert _readings("Revenue increased to $6.1 million from $5.0 million.")[1].period.prior is True
    release = "claim_reading/arvinas_q4-2024_newswire.txt"
    assert _statuses(release, "FY2024 revenue included $162.4 million from the Novartis agreements.")["$162.4 million"] == "verified"


def test_fcf_is_free_cash_flow():
    """Datadog Q2 2026: "Operating cash flow was $316 million, with free cash flow of $279 million." Analysts
    write FCF: the operating cash flow is no FCF, and the FCF is not the operating cash flow's."""
    release = "datadog_q2-2026_text.txt"
    assert _statuses(release, "Q2 operating cash flow of $316 million and FCF of $279 million.")["$279 million"] == "verified"
    assert _statuses(release, "Q2 FCF was $316 million.")["$316 million"] != "verified"


def test_expanding_and_lifting_are_changes():
    """Peapack-Gladstone Q3 2025: the net interest margin "increased to 2.81% ... compared to 2.77%"; a margin
    "expanding 4 basis points" is that change ("contracting" goes the other way). "lifting fee income 16%" is
    a change of the fee income it names, not a level."""
    release = "peapack-gladstone_q3-2025_newswire.txt"
    claim = "The net interest margin, expanding 4 basis points to 2.81%, led the quarter."
    assert _statuses(release, claim)["4 basis points"] == "verified"
    assert _statuses(release, claim.replace("expanding", "contracting"))["4 basis points"] != "verified"
    low, high = _readings("Capital markets fees rose to a record $184 million, lifting fee income 16% to $594 million.")[1:3]
    assert (low.change, low.value, high.change) == (True, Decimal(16), False)


def test_a_period_adjective_before_growth_keeps_it_a_change():
    """Vertex Q2 2026: "CASGEVY revenue of $76 million, representing 78% quarter-over-quarter sequential growth
    and 151% growth compared to the second quarter of 2025": the 78% is a change, as "151% growth" is."""
    sentence = (
        "Vertex recorded second quarter 2026 CASGEVY revenue of $76 million, representing 78% quarter-over-quarter "
        "sequential growth and 151% growth compared to the second quarter of 2025."
    )
    assert [(r.change, r.value) for r in _readings(sentence)[1:]] == [(True, Decimal(78)), (True, Decimal(151))]
    assert _statuses("reading/vertex_q2-2026_text.txt", "CASGEVY revenue rose 78% sequentially to $76 million.")["78%"] == "verified"


def test_the_noun_of_a_change_then_its_verb_is_a_change():
    """Disney Q3 FY2026: "Disney Experiences segment operating income growth was 20%, with the tariff refund
    representing roughly four points of that growth." The 20% is a change, as "growth of 20%" would be."""
    sentence = "Disney Experiences segment operating income growth was 20%, with the tariff refund representing roughly four points of that growth."
    assert [(r.change, r.value) for r in _readings(sentence)][:1] == [(True, Decimal(20))]
    assert [r.change for r in _readings("Segment operating income was $2.5 billion.")] == [False]
    # a project's expansion is no change's noun: First Quantum's "S3 Expansion project achieved 62% ... completion"
    assert [r.change for r in _readings("The S3 expansion was 62% complete at year-end.")] == [False]


def test_an_aside_of_a_change_against_another_period_is_a_change():
    """Peapack-Gladstone Q3 2025: the NIM "increased to 2.81% ... compared to 2.77% for the quarter ended June
    30, 2025 and 2.34% for the quarter ended September 30, 2024". "(47 bps y/y)" after the level is the same
    figure's change against a year before, going the way of the change said first."""
    release = "peapack-gladstone_q3-2025_newswire.txt"
    assert _statuses(release, "The net interest margin rose 4 bps q/q to 2.81% (47 bps y/y).")["47 bps"] in ("verified", "derived")
    assert _statuses(release, "The net interest margin rose 4 bps q/q to 2.81% (37 bps y/y).")["37 bps"] not in ("verified", "derived")
    readings = _readings("Net interest margin fell 6 bps q/q to 2.66% (9 bps y/y).")
    assert [(r.change, r.value) for r in readings] == [(True, Decimal(-6)), (False, Decimal("2.66")), (True, Decimal(-9))]


def test_an_outlook_s_growth_is_backed_apart_from_its_range():
    """e.l.f. Q1 FY2027: the net sales outlook of "$1,938 to $1,968 million" stands in its table, "an expected
    18-20% year-over-year increase in net sales, as compared to an expected 12-14% increase previously" in a
    sentence. An outlook states one growth of a metric for its period: the growth backs the claim's range,
    though not the same sentence or row; the previous outlook's growth does not."""
    release = "reading/elf-beauty_q1-fy2027_text.txt"
    claim = "e.l.f. now expects fiscal 2027 net sales of $1,938 million to $1,968 million, up {} to {}."
    statuses = _statuses(release, claim.format("18%", "20%"))
    assert (statuses["18%"], statuses["20%"]) == ("verified", "verified")
    statuses = _statuses(release, claim.format("12%", "14%"))
    assert "verified" not in (statuses["12%"], statuses["14%"])


def test_from_before_a_count_after_an_amount_names_where_the_amount_came_from():
    # PrairieSky Q4 2024: "lease bonus consideration totaled $30.8 million from issuing 219 new leases"
    amount, leases = _readings("Lease bonus consideration was $30.8 million from issuing 219 new leases.")
    assert not leases.period.prior and not leases.change
    # a level compared in its own unit is the comparison's
    assert _readings("The company had 1,210 stores, up from 1,150.")[1].period.prior is True


def test_a_change_said_as_smaller_or_larger_than_is_a_change():
    # GrafTech Q4 2024: adjusted net loss $33.1 million against $68.6 million
    smaller = _readings("Q4 adjusted net loss was about 52% smaller than a year earlier, at $33.1 million vs $68.6 million.")[0]
    assert smaller.change and smaller.value == Decimal(-52)
    assert _readings("Revenue was 12% larger than a year earlier.")[0].change


def test_the_comparison_in_an_aside_is_of_the_same_basis():
    # INDUS 9M 2025: "Adjusted EBITA for the period was EUR 104.2 million, with an adjusted EBITA margin of 8.2%
    # (previous year: EUR 117.6 million and 9.2%)"
    sentence = ("Adjusted EBITA for the period was EUR 104.2 million, with an adjusted EBITA margin of 8.2% (previous "
                "year: EUR 117.6 million and 9.2%).")  # fmt: skip
    now, _, then, _ = _readings(sentence)
    assert (now.basis, then.basis, then.period.prior) == ("adjusted", "adjusted", True)
