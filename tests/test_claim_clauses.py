"""Claims that say several things: what one clause says of a period or metric is not said of
another's figures (session 15, the half-A alarms of the second held-out set)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import fact_index, number_check, number_status

from summarizer.text.context import read_sentence
from summarizer.types import Unit
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import _claim_contexts, verify_claim


def _readings(sentence: str, year: int = 2026):
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    return read_sentence(sentence, numbers, 0, len(sentence), year)


def _contexts(claim: str, primary: str = "quarter"):
    numbers = read_numbers(claim)
    return [c for n, c in zip(numbers, _claim_contexts(claim, numbers, 2026, primary)) if n.kind is None]


def test_a_bare_fy_names_the_fiscal_year():
    """A wire bullet: "sees q3 eps $0.00-$0.10; fy eps $2.66-$2.86"."""
    lengths = [r.period.length for r in _readings("sees q3 eps $0.00-$0.10; fy eps $2.66-$2.86.")]
    assert lengths == ["quarter", "quarter", "year", "year"]


def test_a_length_said_in_a_later_clause_is_not_the_figure_s():
    claim = "Disney now targets at least $9 billion of share repurchases in fiscal 2026 and expects Q4 segment operating income of about $4.9 billion."
    assert [r.period.length for r in _readings(claim)] == ["year", "quarter"]


def test_a_year_named_in_a_later_clause_does_not_reach_back():
    """"for 2026" is the outlook's; the 26.8% before it is the quarter's."""
    contexts = _contexts("Axon's adjusted EBITDA margin was 26.8%, and it still expects about 25.5% for 2026.")
    assert [(c.period.length, c.length_named) for c in contexts] == [("quarter", False), ("year", True)]


def test_a_claim_that_opens_with_a_year_speaks_of_the_year():
    contexts = _contexts("2024 dividends declared totaled C$239.0 million, or C$1.00 a share.")
    assert [c.period.length for c in contexts] == ["year", "year"]


@pytest.mark.parametrize(
    ("claim", "metrics"),
    [
        ("q2 revenue $234 mln, up 62%; backlog $2.36 bln, up 137%.", ["revenue", "revenue", "backlog", "backlog"]),
        ("Cash was $100.5 million, with marketable securities of $938.9 million.", ["cash", "marketable_securities"]),
        ("Cash and cash equivalents and marketable securities were S/478 million.", ["cash"]),
        ("Cash, equivalents and marketable securities fell by $227.1 million to $1,039.4 million.", ["cash", "cash"]),
        ("Cash was $65,000, with a working capital deficiency of $2,807,000.", ["cash", "working_capital"]),
        ("company-operated same shop sales up 8.3%.", ["comparable_sales"]),
        ("$2.4 million of the increase being non-cash share-based compensation.", ["stock_compensation"]),
        # the figure of the whole a share is of
        ("Net earnings of $21.64 billion equalled 36% of net revenues of $59.34 billion.", ["net_income", "net_income", "revenue"]),
    ],
)
def test_each_clause_names_its_own_metric(claim: str, metrics: list[str]) -> None:
    assert [r.metric for r in _readings(claim)] == metrics


def test_millions_are_no_earnings_per_share():
    contexts = _contexts("fy 2021 net income $2.3 bln, eps $5.16, more than double 2020's $1.06 bln.")
    assert [c.metric for c in contexts] == ["net_income", "eps", "net_income"]


def test_continuing_ops_is_no_comparison_and_lifted_is_a_rise():
    assert [r.period.prior for r in _readings("q4 comparable eps from continuing ops $3.45 vs $2.95.")] == [False, True]
    changes = [r.value for r in _readings("Gecina lifted its 2024 dividend by 15 cents to EUR5.45 a share.") if r.change]
    assert changes == [Decimal("0.15")]


def test_the_level_a_comparison_went_to_is_the_current_period_s():
    """Kingsoft Cloud's release: the year that dates the "from" figure does not date the "to" one."""
    sentence = (
        "Depreciation and amortization costs increased from RMB552.0 million in the same quarter of 2025 to "
        "RMB963.8 million (US$142.0 million) this quarter."
    )
    assert [r.period.prior for r in _readings(sentence)][:2] == [True, False]


def test_a_figure_that_names_its_own_metric_after_a_comma_is_no_comparison():
    readings = _readings("R&D expenses climbed to $3.2 million from $0.5 million, $2.4 million of the increase being stock-based compensation.")
    assert [(r.metric, r.period.prior) for r in readings] == [
        ("research_and_development", False), ("research_and_development", True), ("stock_compensation", False)
    ]


def test_wire_bullets_write_currencies_and_months_in_lower_case():
    numbers = [n for n in read_numbers("aum eur 56.3 bln at sept 30, up eur 0.4 bln from end-june.") if n.kind is None]
    assert [(n.text, n.value, n.unit, n.currency) for n in numbers] == [
        ("eur 56.3 bln", Decimal("5.63E+10"), Unit.CURRENCY, "EUR"), ("eur 0.4 bln", Decimal("4E+8"), Unit.CURRENCY, "EUR")
    ]


def test_both_ends_of_a_range_of_cents_are_cents():
    numbers = read_numbers("non-gaap eps 6-7 cents.")
    assert [(n.value, n.unit, n.decimals) for n in numbers] == [
        (Decimal("0.06"), Unit.PER_SHARE, 2), (Decimal("0.07"), Unit.PER_SHARE, 2)
    ]


@pytest.mark.parametrize(
    ("claim", "values"),
    [
        ("sees q3 adjusted ebitda loss $17 mln-$23 mln.", ["-1.7E+7", "-2.3E+7"]),
        ("q4 revenue $59.2 mln vs negative $43.1 mln a year earlier.", ["5.92E+7", "-4.31E+7"]),
        ("revenue of $13 billion, plus or minus $300 million.", ["1.3E+10", "3.00E+8"]),
    ],
)
def test_signs_said_before_an_amount(claim: str, values: list[str]) -> None:
    assert [n.value for n in read_numbers(claim)] == [Decimal(v) for v in values]


def test_a_period_between_a_segment_s_name_and_its_revenue():
    """NVIDIA's release prints "Gaming revenue"; the bullet writes "gaming q3 revenue"."""
    numbers = read_numbers("gaming q3 revenue $3.3 bln, up 15% y/y.")
    contexts = _claim_contexts("gaming q3 revenue $3.3 bln, up 15% y/y.", numbers, 2026, "quarter", "Gaming revenue was $3.3 billion")
    assert [c.metric for c in contexts] == ["segment_revenue", "segment_revenue"]


def test_organic_growth_is_a_basis_of_its_own():
    readings = _readings("Watts Q4 sales $540.4 mln, down 1%; organic sales down 5%.")
    assert [r.basis for r in readings] == ["", "", "organic"]
    # an "organic" said of revenue is not the basis of the free cash flow named after it
    guidance = _readings("sees 2025 organic revenue growth 2% to 3%, free cash flow of at least $1.75 billion.")
    assert [r.basis for r in guidance] == ["organic", "organic", ""]


def test_when_it_was_gives_the_level_of_the_period_just_named():
    readings = _readings("Citizens' Q4 net income rose 16% from a year earlier, when it was $456 million.")
    assert [(r.change, r.period.prior) for r in readings] == [(True, None), (False, True)]


def test_what_is_left_of_a_buyback_authorization_is_a_balance():
    contexts = _contexts("NVIDIA had $58.5 billion left under its buyback authorization.")
    # (the authorization's own metric since session 47, a balance related to buybacks)
    assert [(c.metric, c.period.length, c.length_named) for c in contexts] == [("buyback_authorization", "", False)]


def test_a_headline_verb_in_the_present_makes_a_change():
    """A wire headline: "raises annual dividend 4%", with no determiner after the verb."""
    readings = _readings("PrairieSky raises annual dividend 4% to C$1.04 a share.")
    assert [(r.change, r.value) for r in readings] == [(True, Decimal(4)), (False, Decimal("1.04"))]
    assert [(r.change, r.value) for r in _readings("Acme cuts quarterly dividend 40% to $0.15 a share.")][0] == (True, Decimal(-40))


def test_a_share_after_a_change_is_a_level():
    """"down 23%, about 52% of total": the 52% is no second fall."""
    readings = _readings("crop protection 2q25 revenue $55.2 mln, down 23%, about 52% of total.")
    assert [(r.change, r.value) for r in readings] == [(False, Decimal("55.2E6")), (True, Decimal(-23)), (False, Decimal(52))]
    # an aside that is the change again still goes its way
    readings = _readings("Revenue fell 3%, or 2% in constant currency, to $5.0 billion.")
    assert [(r.change, r.value) for r in readings][:2] == [(True, Decimal(-3)), (True, Decimal(-2))]


def test_a_share_after_a_change_and_its_period_is_a_level():
    """NVIDIA Q4 FY2026: Data Center revenue "a record $62.3 billion, up 75% from a year ago", of total revenue
    of "a record $68.1 billion" (91.5%). The share said after the change's period ("y/y,") is no second change."""
    claim = "Data Center revenue was a record $62.3 billion, up 75% y/y, about 91% of total revenue."
    assert number_check("nvidia_q4-fy2026.txt", claim, "91%").status.value in ("verified", "derived")
    wrong = "Data Center revenue was a record $62.3 billion, up 75% y/y, about 81% of total revenue."
    assert number_check("nvidia_q4-fy2026.txt", wrong, "81%").status.value not in ("verified", "derived")


def test_a_run_rate_is_no_year_s_flow():
    """"a $25 million run rate by year-end" is a rate at a date, whatever year the claim names before it."""
    contexts = _contexts("Datavault targets revenue of $40 million to $50 million in 2026 and a $25 million run rate by year-end.")
    assert [(c.period.length, c.length_named) for c in contexts] == [("year", True), ("year", True), ("", False)]


def test_the_words_after_after_name_no_metric_of_the_figure():
    """"rose 18% to $332 million after net capital expenditures of $29 million": the $332 million is free cash flow."""
    contexts = _contexts("Full-year free cash flow rose 18% to $332 million after net capital expenditures of $29 million.")
    assert [c.metric for c in contexts] == ["free_cash_flow", "free_cash_flow", "capex"]


def test_a_count_more_than_another_is_a_change():
    readings = _readings("Venture Global exported 127 cargos in the second quarter, 38 more than the 89 a year earlier.")
    assert [(r.change, r.period.prior) for r in readings] == [(False, False), (True, None), (False, True)]


def test_a_footnote_mark_does_not_hide_the_change_word():
    """GE HealthCare's outlook: "Organic revenue growth\\* of 2% to 3% year-over-year"."""
    readings = _readings("* Organic revenue growth\\* of 2% to 3% year-over-year, which reflects continued demand")
    assert [(r.change, r.basis) for r in readings] == [(True, "organic"), (True, "organic")]


def test_a_second_change_joined_to_the_first_is_of_the_same_figure():
    """"a dividend of $0.40 per share, up 21% from prior quarter and 33% from prior year": the 33% is the
    dividend's, not earnings per share (the "per share" named between)."""
    contexts = _contexts("quarterly cash dividend of $0.40 per share declared, up 21% from prior quarter and 33% from prior year.")
    assert [(c.metric, c.change) for c in contexts] == [("dividend", False), ("dividend", True), ("dividend", True)]


def test_a_clause_after_a_semicolon_is_read_with_its_own_words():
    """NVIDIA Q4 FY2026: "a year earlier" dates the comparison of the first clause, not the non-GAAP EPS of
    the clause after ";", which names its own metric; a clause that names none ("while the margin rose
    to 12.3%", Kemira) is not read alone: the margin of what?"""
    claim = "Q4 GAAP EPS of $1.76 vs. $0.89 a year earlier; non-GAAP EPS of $1.62."
    assert number_check("nvidia_q4-fy2026.txt", claim, "$1.62").status.value == "verified"
    # the prior quarter's non-GAAP EPS is no answer: "a year earlier" ends at the ";"
    sequential = "Q4 GAAP EPS of $1.76 vs. $0.89 a year earlier; non-GAAP EPS of $1.30."
    assert number_check("nvidia_q4-fy2026.txt", sequential, "$1.30").status.value not in ("verified", "derived")
    kemira = "Operative EBITDA for 2024 declined 12% to €585.4 million, while the margin rose to 12.3%."
    assert number_check("reading/kemira_fy2024_newswire.txt", kemira, "12.3%").status.value != "verified"


def test_a_clause_after_and_keeps_the_period_the_claim_names():
    """Watts FY2024: the adjusted EPS after ", and" is the year's, as "FY24" says before it; read alone, its
    change would meet the quarter's +4% (the naive break of session 16 lost such period swaps)."""
    claim = "FY24 sales of $2.25 billion, up 10%, and adjusted EPS of $8.86, up 7%."
    assert number_check("reading/watts-water_q4-2024_newswire.txt", claim, "7%").status.value == "verified"
    quarter = "FY24 sales of $2.25 billion, up 10%, and adjusted EPS of $8.86, up 4%."
    assert number_check("reading/watts-water_q4-2024_newswire.txt", quarter, "4%").status.value not in (
        "verified",
        "derived",
    )


def test_a_clause_that_names_no_period_takes_the_one_named_after_it():
    """Kingsoft Cloud Q2 2026: "a year earlier" names no length, the clause after the bare "and" does; read
    alone, the first clause would take the half-year's 15.2% for the year-ago quarter's 14.4%."""
    claim = "Gross margin widened to 15.2% from 14.4% a year earlier and 12.8% in the first quarter."
    checks = [
        (n.text, n.status.value)
        for n in verify_claim(fact_index("reading/kingsoft-cloud_q2-2026_text.txt"), claim).numbers
    ]
    assert checks == [("15.2%", "verified"), ("14.4%", "verified"), ("12.8%", "verified")]
    swapped = "Gross margin widened to 15.2% from 15.2% a year earlier and 12.8% in the first quarter."
    check = verify_claim(fact_index("reading/kingsoft-cloud_q2-2026_text.txt"), swapped).numbers[1]
    assert check.status.value not in ("verified", "derived")


def test_a_clause_read_alone_keeps_the_outlook_of_the_claim():
    """NVIDIA Q4 FY2026: after "Expects ..., and" the operating expenses are the outlook's ($7.5 billion), not
    the quarter's result ($6.8 billion) that the clause alone would meet."""
    outlook = (
        "Expects Q1 non-GAAP gross margin of 75.0%, plus or minus 50 bps, and non-GAAP opex of about $7.5 billion."
    )
    assert number_check("nvidia_q4-fy2026.txt", outlook, "$7.5 billion").status.value == "verified"
    result = "Expects Q1 non-GAAP gross margin of 75.0%, plus or minus 50 bps, and GAAP opex of about $6.8 billion."
    assert number_check("nvidia_q4-fy2026.txt", result, "$6.8 billion").status.value not in ("verified", "derived")


def test_what_is_left_of_a_buyback_authorization_is_a_balance_after_its_words():
    """NVIDIA Q4 FY2026: "$58.5 billion of buyback authorization remaining" after ", with" is no flow of
    fiscal 2026 ("the company had $58.5 billion remaining under its share repurchase authorization")."""
    claim = "Returned $41.1 billion to shareholders in FY26, with $58.5 billion of buyback authorization remaining."
    assert number_check("nvidia_q4-fy2026.txt", claim, "$58.5 billion").status.value == "verified"


def test_a_loss_named_after_its_amount_is_a_loss():
    """Confluent FY2024: "swung to $27.5 million from a $57.3 million loss" (the row reads $(57.3)); a
    charge's size is no loss of the company's ("a one-time $4.8 million loss on the transactions")."""
    readings = _readings("FY24 non-GAAP operating income swung to $27.5 million from a $57.3 million loss.")
    assert [r.value for r in readings] == [Decimal("2.75E+7"), Decimal("-5.73E+7")]
    charge = _readings("Financial expenses rose to $3.8 million, including a one-time $4.8 million loss on the transactions.")
    assert [r.value for r in charge] == [Decimal("3.8E+6"), Decimal("4.8E+6")]
    claim = "FY24 non-GAAP operating income swung to $27.5 million from a $57.3 million loss."
    assert number_check("claim_reading/confluent_q4-2024_newswire.txt", claim, "$57.3 million").status.value == "verified"


def test_a_change_whose_verb_is_said_once_for_two_goes_its_way():
    """Bioceres 2Q25: "fell" is said once for both segments; a percentage joined by "and" with no number
    between is no change when it is no "to" an amount ("and margins were 28% to 30%": a range)."""
    readings = _readings("Crop Protection revenue fell 23% to $55.2 million and Seed and Integrated Products 28% to $23.3 million.")
    assert [(r.value, r.change) for r in readings] == [
        (Decimal(-23), True), (Decimal("5.52E+7"), False), (Decimal(-28), True), (Decimal("2.33E+7"), False)
    ]
    ranged = _readings("Revenue fell 23% to $55.2 million and margins were 28% to 30%.")
    assert [(r.value, r.change) for r in ranged][2:] == [(Decimal(28), False), (Decimal(30), False)]


@pytest.mark.parametrize(
    ("claim", "read"),
    [
        # a per-share range whose "per share" follows its second end (Gecina's 2025 guidance)
        ("recurrent net income of EUR 6.60-6.70 per share", [("6.60", Unit.PER_SHARE, "EUR"), ("6.70", Unit.PER_SHARE, "EUR")]),
        # an amount of money in a range stays money
        ("revenue of EUR 5.8-6.0 billion", [("5.8E+9", Unit.CURRENCY, "EUR"), ("6.0E+9", Unit.CURRENCY, "EUR")]),
        # a range of basis points: both ends are basis points
        ("up about 40-50 bps from 16.3%", [("40", Unit.BASIS_POINTS, ""), ("50", Unit.BASIS_POINTS, ""), ("16.3", Unit.PERCENT, "")]),
        # what a per-share amount is compared with is per share (Buckle Q3 2024), not an amount with a scale
        ("or $0.88 per diluted share vs. $1.04", [("0.88", Unit.PER_SHARE, "$"), ("1.04", Unit.PER_SHARE, "$")]),
        ("EPS of $0.88 vs. $1.04 billion of revenue", [("0.88", Unit.PER_SHARE, "$"), ("1.04E+9", Unit.CURRENCY, "$")]),
    ],
)
def test_the_two_figures_of_a_pair_or_range_share_their_unit(claim, read):
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    assert [(n.value, n.unit, n.currency) for n in numbers] == [(Decimal(v), u, c) for v, u, c in read]


def test_a_year_named_right_after_a_figure_is_its_period():
    """Goldman Sachs 2021: "(ROE) was 23.0% for 2021 and annualized ROE was 15.6% for the fourth quarter of
    2021" -- the fourth quarter said later is not the 23.0%'s period; "for 2021's fourth quarter" is a quarter."""
    readings = _readings("Return on equity (ROE) was 23.0% for 2021 and annualized ROE was 15.6% for the fourth quarter of 2021.")
    assert [(r.value, r.period.length) for r in readings] == [(Decimal("23.0"), "year"), (Decimal("15.6"), "quarter")]
    assert [r.period.length for r in _readings("Revenue was $5 billion for 2021's fourth quarter.")] == ["quarter"]


def test_a_change_goes_with_the_level_it_goes_to():
    """Bioceres 2Q25: the Seed segment's change is its row's (-28%), not Crop Protection's (-23%), though both
    are segment revenue levels of the claim; and of the level's period."""
    claim = "Crop Protection revenue fell 23% to $55.2 million and Seed and Integrated Products 28% to $23.3 million."
    checks = verify_claim(fact_index("reading/bioceres_q2-fy2025_newswire.txt"), claim).numbers
    assert [c.status.value for c in checks] == ["verified"] * 4
    swapped = "Crop Protection revenue fell 23% to $55.2 million and Seed and Integrated Products 23% to $23.3 million."
    assert verify_claim(fact_index("reading/bioceres_q2-fy2025_newswire.txt"), swapped).numbers[2].status.value != "verified"
    # the row's other change column is the half-year's (1H25 vs 1H24): not the change to the quarter's level
    half = "Crop Protection revenue fell 20% to $55.2 million."
    assert number_check("reading/bioceres_q2-fy2025_newswire.txt", half, "20%").status.value != "verified"


def test_a_claim_that_names_no_comparison_is_about_the_release_s_own_period():
    # Wells Fargo's "Change in the allowance for credit losses | (875) | (1,652) ...": the quarter's is $875 million; the
    # September quarter's $1,652 million does not back a claim that says nothing of another period
    claim = "The provision for credit losses was a benefit of $452 million, including an ${} million decrease in the allowance."
    own = number_check("reading/wells-fargo_q4-2021.htm", claim.format(875), "$875 million")
    other = number_check("reading/wells-fargo_q4-2021.htm", claim.format(1652), "$1652 million")
    assert own.status.value == "verified" and other.status.value != "verified"


def test_a_clause_that_names_its_own_subject_is_read_with_it():
    """Anywhere Real Estate Q4 2024: "Combined closed transaction volume increased 13% year-over-year"
    (the quarter's bullets) and "... increased 4% year-over-year" (the year's). No vocabulary names the
    subject of the clause after ";", which is no revenue's: read alone, its number is backed by a source
    figure whose sentence names that subject, of the clause's period."""
    release = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"
    quarter = "Q4 revenue was $1.4 billion; combined closed transaction volume increased 13% year-over-year."
    assert number_check(release, quarter, "13%").status.value == "verified"
    year = "FY24 revenue of $5.7 billion; combined closed transaction volume up 4%."
    assert number_check(release, year, "4%").status.value == "verified"
    # the year's change is no quarter's, nor is the change of another subject the clause's
    assert number_check(release, "FY24 revenue of $5.7 billion; combined closed transaction volume up 13%.", "13%").status.value != "verified"
    assert number_check(release, "Q4 revenue was $1.4 billion; agent commission splits increased 13%.", "13%").status.value != "verified"


def test_a_link_to_another_metric_sets_two_balances_side_by_side():
    """GrafTech and Green Plains, December 31, 2024: cash "against" debt is no comparison with an earlier
    date, nor is the cash amount debt because "total debt" is named after it. GrafTech: "we had gross
    debt(7) of $1,125 million", "cash and cash equivalents of $256 million"; Green Plains: "$209.4 million in
    total cash and cash equivalents", "Total debt outstanding at December 31, 2024 was $575.4 million"."""
    graftech = "GrafTech ended 2024 with cash and cash equivalents of $256 million against gross debt of $1,125 million."
    assert number_check("claim_reading/graftech_q4-2024_newswire.txt", graftech, "$256 million").status.value == "verified"
    assert number_check("claim_reading/graftech_q4-2024_newswire.txt", graftech, "$1,125 million").status.value == "verified"
    plains = "Green Plains ended 2024 with total debt of $575.4 million against $209.4 million of cash."
    assert number_check("claim_reading/green-plains_q4-2024_newswire.txt", plains, "$209.4 million").status.value == "verified"
    # a comparison of one metric stays a comparison: the debt of a year before is not this year's
    readings = _readings("Total debt was $575.4 million against $610.0 million a year earlier.")
    assert [r.period.prior for r in readings] == [False, True]


def test_a_comparison_that_names_its_metrics_again_stays_a_comparison():
    """e.l.f. Q1 FY2027: "$344.2 million in cash and cash equivalents, and $834.2 million of total debt, as
    compared to $170.0 million in cash and cash equivalents and $256.7 million of total debt outstanding as of
    June 30, 2025": the year-earlier balances, though the cash named after $170.0 million is another metric
    than the debt before it. Net debt a year earlier is computed from them."""
    claim = "Net debt rose to $490.0 million at June 30 from $86.7 million a year earlier."
    assert number_check("reading/elf-beauty_q1-fy2027_text.txt", claim, "$86.7 million").status.value in ("verified", "derived")


def test_a_length_said_after_a_contrast_is_its_clause_s():
    """NVIDIA Q4 FY2026: "Revenue for the fourth quarter was a record $68.1 billion, up 73% from a year ago";
    "Fiscal year revenue was a record $215.9 billion, up 65% from a year ago." After ", while" (or ", but",
    ";") the length said after the figures is theirs, not the quarter named in the clause before."""
    claim = "Revenue rose 73% to $68.1 billion in Q4, while up {} to {} for the fiscal year."
    checks = {n.text: n.status.value for n in verify_claim(fact_index("nvidia_q4-fy2026.txt"), claim.format("65%", "$215.9 billion")).numbers}
    assert checks == {"73%": "verified", "$68.1 billion": "verified", "65%": "verified", "$215.9 billion": "verified"}
    # the quarter's change and level are no fiscal year's
    for change, level, wrong in (("73%", "$215.9 billion", 2), ("65%", "$68.1 billion", 3)):
        numbers = verify_claim(fact_index("nvidia_q4-fy2026.txt"), claim.format(change, level)).numbers
        assert numbers[wrong].status.value != "verified"


def test_a_scale_word_names_no_subject():
    """A clause's subject is the words that name what its figures measure, not "million" of an amount said
    before the figure ("international down 1.3% to $394 million, or down 2.0% in constant currency": the 2.0%
    is international's). Anywhere Real Estate Q4 2024: "Combined closed transaction volume increased 13%
    year-over-year with units up about 3% and price up 9%" names price, not millions."""
    from summarizer.verify.verifier import _names_subject, _subject_words

    clause = "international down 1.3% to $394 million, or down 2.0% in constant currency"
    assert _subject_words(clause, clause.index("2.0%")) == ("intern", "millio")
    index = fact_index("claim_reading/anywhere-real-estate_q4-2024_newswire.txt")
    check = next(n for n in verify_claim(index, "Combined closed transaction volume rose, with price up 9%.").numbers if n.text == "9%")
    assert check.supports
    assert _names_subject(index, check, ("price", "millio"))
    assert not _names_subject(index, check, ("agents", "millio"))


def test_a_year_said_right_after_a_figure_after_and_is_its_period():
    """NVIDIA Q4 FY2026: revenue "a record $68.1 billion" for the quarter, "$215.9 billion" for the fiscal year
    (FY25: $130.5 billion). After ", and", a figure followed by "in fiscal 2026" is the year's, not the quarter
    said in the clause before; the quarter's figure said so is not."""
    index = fact_index("nvidia_q4-fy2026.txt")
    claim = "Q4 revenue was $68.1 billion, and $215.9 billion in fiscal 2026 vs. $130.5 billion in fiscal 2025."
    assert [n.status.value for n in verify_claim(index, claim).numbers if n.status.value != "not_financial"] == ["verified"] * 3
    wrong = verify_claim(index, "Revenue was $68.1 billion in Q4, and $68.1 billion in fiscal 2026.").numbers
    assert [n.status.value for n in wrong][:2] == ["verified", "context_mismatch"]


def test_the_comparison_after_a_share_is_the_part_s():
    """ImmunoGen Q2 FY2006: "The second quarter 2006 revenues include $5.2 million of research and development
    support fees, compared to $4.4 million for the same period last year". The amount a share's part is
    compared with, said right after the share's whole ("of second-quarter revenues, up from"), is the
    part's, not the revenues'; the revenues of a year before are no such amount."""
    claim = "Research and development support fees were $5.2 million, about 79% of second-quarter revenues, up from {}."
    assert number_check("immunogen_q2-fy2006_8k.txt", claim.format("$4.4 million"), "$4.4 million").status.value == "verified"
    assert number_check("immunogen_q2-fy2006_8k.txt", claim.format("$6.6 million"), "$6.6 million").status.value != "verified"


def test_a_name_after_an_amount_names_its_row():
    """Vertex Q2 2026: the revenue table's rows "ALYFTREK" ($573.6 million) and "CASGEVY" ($76 million). "$573.6
    million from ALYFTREK" is backed by the row the name opens; the amount of another product's row is not."""
    claim = "Vertex's revenue was $3,207.9 million, including {} from ALYFTREK."
    assert number_check("reading/vertex_q2-2026_text.txt", claim.format("$573.6 million"), "$573.6 million").status.value == "verified"
    assert number_check("reading/vertex_q2-2026_text.txt", claim.format("$76 million"), "$76 million").status.value != "verified"


def test_a_subject_said_in_the_plural_is_the_sources_singular():
    """A clause's subject is matched word by word without a plural's "s": "wealth fees of $15.8 million" names what
    Peapack-Gladstone's "Wealth Management fee income was $15.8 million in Q3 2025" names (session 37: a studied
    alarm, the clause after ", and" names no vocabulary metric)."""
    from summarizer.verify.verifier import _subject_words

    claim = "Wealth AUM/AUA grew $1.0 billion to $12.9 billion, and wealth fees of $15.8 million were 22% of quarterly revenue."
    assert number_status("peapack-gladstone_q3-2025_newswire.txt", claim, "$15.8 million") == "verified"
    assert _subject_words("wealth fees of $15.8 million", 14) == ("wealth", "fee")
    # a wrong amount stays unsupported, and "loss" keeps its letters
    wrong = "Wealth AUM/AUA grew $1.0 billion to $12.9 billion, and wealth fees of $16.8 million were 22% of quarterly revenue."
    assert number_status("peapack-gladstone_q3-2025_newswire.txt", wrong, "$16.8 million") != "verified"
    assert _subject_words("net loss of $5 million", 12) == ("net", "loss")


def test_vs_between_two_bases_compares_no_periods():
    """"non-GAAP EPS of $4.90 vs. GAAP EPS of $2.41": two bases of Oracle's fiscal 2022, not a year before
    (session 37, a studied alarm). Said without a basis before "vs.", it may still compare periods."""
    # read in Oracle's release on fiscal 2022 (in a later year's, "FY22" opening the clause dates it earlier)
    readings = _readings("FY22 non-GAAP EPS of $4.90 vs. GAAP EPS of $2.41.", 2022)
    assert [(r.period.prior, r.basis) for r in readings] == [(False, "adjusted"), (False, "gaap")]
    assert _readings("FY22 EPS of $4.90 vs. GAAP EPS of $2.41.", 2022)[1].period.prior is True
    assert _readings("Adjusted EPS of $4.90 vs. GAAP EPS of $2.41 a year earlier.")[1].period.prior is True


def test_a_comparison_measures_what_the_figure_before_it_measures():
    """"ethanol sales of 209.5 million gallons vs. 215.7 million": gallons both, not the revenue "sales" may name
    (Green Plains Q4 2024, "sold 209.5 million gallons of ethanol ..., compared with 215.7 million gallons")."""
    claim = "Consolidated ethanol crush margin swung to $(15.5) million from $53.0 million, on ethanol sales of 209.5 million gallons vs. 215.7 million."
    readings = _readings(claim)
    assert readings[3].metric == readings[2].metric and readings[3].period.prior is True
    name = "claim_reading/green-plains_q4-2024_newswire.txt"
    assert number_status(name, claim, "215.7 million") == "verified"
    assert number_status(name, claim.replace("215.7", "225.7"), "225.7 million") != "verified"
    assert _readings("Revenue was $5.0 billion vs. $4.1 billion.")[1].metric == "revenue"


def test_a_share_stated_of_another_whole_backs_no_share():
    """A share whose part names no metric is backed by a share the release states only when the whole it states is
    the claim's: Peapack-Gladstone's "$1.1 billion, or 15% of total assets" is no share of revenue (session 37: found
    when the wealth-fees claim stopped being an alarm and its mutation "15% of quarterly revenue" passed)."""
    name = "peapack-gladstone_q3-2025_newswire.txt"
    assert number_status(name, "wealth fees of $15.8 million were 15% of quarterly revenue.", "15%") != "verified"
    assert number_status(name, "wealth fees of $15.8 million were 22% of quarterly revenue.", "22%") in ("verified", "derived")
