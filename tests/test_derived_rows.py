"""Values analysts compute across rows of one period: a segment's margin from its own rows of
operating income and revenue, net debt from debt and cash of one date, the ends of per-share
guidance said as a centre and a tolerance (``summarizer.verify.analyst_math``, issue 11)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import number_check

from summarizer.verify.verifier import SUPPORTED

_DISNEY = "reading/disney_q3-fy2026_text.txt"


@pytest.mark.parametrize(
    "claim, number, formula",
    [
        # Disney Q3 FY2026, the segment table: Experiences revenue 9,968 / 9,086, segment operating income 3,017 / 2,516
        ("Experiences operating margin widened to about 30.3% from 27.7%.", "30.3%", "segment margin: 3,017 vs 9,968 = 30.3"),
        ("Experiences operating margin widened to about 30.3% from 27.7%.", "27.7%", "segment margin: 2,516 vs 9,086 = 27.7"),
        # Sports: 858 / 4,500 and 1,037 / 4,308
        ("Sports operating margin narrowed to 19.1% from 24.1%.", "19.1%", "segment margin: 858 vs 4,500 = 19.1"),
    ],
)
def test_a_segments_margin_is_its_operating_income_over_its_revenue(claim, number, formula):
    check = number_check(_DISNEY, claim, number)
    assert (check.status.value, check.formula) == ("derived", formula)


@pytest.mark.parametrize(
    "claim, number",
    [
        ("Sports operating margin widened to about 30.3% from 27.7%.", "30.3%"),  # the Experiences line's
        ("Experiences operating margin narrowed to about 27.7% from 30.3%.", "27.7%"),  # the two periods swapped
        ("Experiences operating margin widened to about 31.3% from 27.7%.", "31.3%"),
    ],
)
def test_a_margin_of_another_line_or_period_is_not_backed(claim, number):
    assert number_check(_DISNEY, claim, number).status not in SUPPORTED


def test_net_debt_is_debt_less_cash_of_one_date():
    """e.l.f. Beauty: "$344.2 million in cash and cash equivalents, and $834.2 million of total debt, as compared to
    $170.0 million in cash and cash equivalents and $256.7 million of total debt outstanding as of June 30, 2025"."""
    name = "reading/elf-beauty_q1-fy2027_text.txt"
    claim = "Net debt rose to $490.0 million at June 30 from $86.7 million a year earlier."
    now, then = number_check(name, claim, "$490.0 million"), number_check(name, claim, "$86.7 million")
    assert (now.status.value, now.formula) == ("derived", "net debt: $834.2 million vs $344.2 million = 490000000.0")
    assert (then.status.value, then.formula) == ("derived", "net debt: $256.7 million vs $170.0 million = 86700000.0")
    swapped = "Net debt rose to $490.0 million at June 30 from $96.7 million a year earlier."
    assert number_check(name, swapped, "$96.7 million").status not in SUPPORTED
    # debt less the other date's cash is no net debt
    assert number_check(name, "Net debt was $664.2 million at June 30.", "$664.2 million").status not in SUPPORTED


def test_the_ends_of_per_share_guidance_said_as_a_centre_and_a_tolerance():
    """Analog Devices: "adjusted EPS to be $3.86, +/-$0.15" (the tolerance read as its size, the figure "$0.15")."""
    name = "reading/analog-devices_q3-fy2026_text.txt"
    claim = "Sees fiscal Q4 adjusted EPS of $3.71-$4.01."
    low, high = number_check(name, claim, "$3.71"), number_check(name, claim, "$4.01")
    assert (low.status.value, high.status.value) == ("derived", "derived")
    assert low.formula == "centre minus tolerance: $3.86 vs $0.15 = 3.71"
    wrong = "Sees fiscal Q4 adjusted EPS of $3.61-$4.11."
    assert number_check(name, wrong, "$3.61").status not in SUPPORTED


@pytest.mark.parametrize(
    "comparison, supported",
    [
        ("from $56.6 million in the first quarter", True),
        ("from $50.9 million a year earlier", True),
        ("from $56.6 million", True),
        ("from $56.6 million a year earlier", False),  # the first quarter's level, said of the year before
        ("from $50.9 million in the first quarter", False),
        ("from $57.6 million in the first quarter", False),
    ],
)
def test_a_comparison_level_is_the_level_less_its_stated_change(comparison, supported):
    """Tompkins Q2 2025: "Net interest income was $60.1 million for the second quarter of 2025, up $3.5 million or 6.1%
    compared to the first quarter of 2025, and up $9.2 million or 18.0% compared to the second quarter of 2024"."""
    claim = f"Second-quarter net interest income rose to $60.1 million {comparison}."
    number = comparison.split()[1] + " million"
    check = number_check("reading/tompkins-financial_q2-2025_newswire.txt", claim, number)
    assert (check.status in SUPPORTED) is supported
    if supported:
        assert check.formula.startswith("level less its change: $60.1 million vs")


@pytest.mark.parametrize("value, supported", [("$17.96 million", True), ("$17.86 million", False)])
def test_a_total_of_two_amounts_a_sentence_lists(value, supported):
    """Helix FY2025: "11,555,076 common shares at a fair value of $9,880,000 and 9,454,153 common shares at a fair
    value of $8,083,000": $17.96 million in total."""
    claim = f"The Laevoroc acquisitions were paid in shares valued at {value} in total."
    check = number_check("reading/helix-biopharma_fy2025_newswire.txt", claim, value)
    assert (check.status in SUPPORTED) is supported
    if value == "$17.96 million":
        assert check.formula == "sum: $9,880,000 vs $8,083,000 = 17963000.0"


@pytest.mark.parametrize("change, supported", [("74.6%", True), ("79.6%", False)])
def test_a_change_of_a_sentence_that_names_the_earlier_figure_first(change, supported):
    """Kingsoft Cloud Q2 2026: "amortization costs increased from RMB552.0 million in the same quarter of 2025 to
    RMB963.8 million": 963.8 vs 552.0 is 74.6%."""
    claim = f"Depreciation and amortization costs rose to RMB963.8 million from RMB552.0 million a year earlier, up {change}."
    check = number_check("reading/kingsoft-cloud_q2-2026_text.txt", claim, change)
    assert (check.status in SUPPORTED) is supported
    if supported:
        assert check.formula == "percent change: RMB963.8 million vs RMB552.0 million = 74.6"


def test_the_comparison_levels_of_a_release_are_found_once_per_metric(monkeypatch):
    """Each comparison of a claim asked for them, a pass over every sentence of the metric: they are
    found once per index, metric and family, and are what a fresh pass finds."""
    from corpus import fact_index

    from summarizer.verify import analyst_math

    index = fact_index("reading/tompkins-financial_q2-2025_newswire.txt")
    first = analyst_math.prior_levels(index, "interest", "currency")
    assert any(c.value == Decimal("56.6") * 10**6 for c in first)  # $60.1 million less its change of $3.5 million
    passes = []
    monkeypatch.setattr(analyst_math, "_prior_levels", lambda *args: passes.append(args) or [])
    assert analyst_math.prior_levels(index, "interest", "currency") is first
    assert analyst_math.prior_levels(index, "interest", "percent") == []
    assert len(passes) == 1
