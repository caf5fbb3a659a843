"""Words around a number read the same way in a claim and in a release (session 19, the half-A
alarms of the second and third held-out sets): the losses a provision is for, the year a buyback
program was set up, an amount restated in parentheses, a bank's ratio named by what it divides."""

from __future__ import annotations

from decimal import Decimal

from corpus import fact_index, number_check

from summarizer.text.context import read_sentence
from summarizer.verify.claims import read_numbers

TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
WATTS = "reading/watts-water_q4-2024_newswire.txt"
DANAOS = "reading/danaos_q4-2024_newswire.txt"


def _values(sentence: str, current_year: int = 2025) -> list[tuple[Decimal, bool | None]]:
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    return [(r.value, r.period.prior) for r in read_sentence(sentence, numbers, 0, len(sentence), current_year)]


def test_a_provision_for_credit_losses_is_no_loss():
    """Tompkins: "Provision for credit losses for the six months ended June 30, 2025 was $8.1 million compared
    to $3.0 million for the six months ended June 30, 2024." The words before $3.0 million reach back only to
    "losses for the six months", but the losses are what the provision is for: both amounts are positive."""
    sentence = (
        "Provision for credit losses for the six months ended June 30, 2025 was $8.1 million compared to $3.0 million "
        "for the six months ended June 30, 2024."
    )
    assert [value for value, _ in _values(sentence)] == [Decimal("8.1E+6"), Decimal("3.0E+6")]
    claim = "Six-month provision for credit losses increased by $5.1 million to $8.1 million."
    assert number_check(TOMPKINS, claim, "$5.1 million").status.value == "derived"
    assert number_check(TOMPKINS, "Six-month provision for credit losses increased by $5.3 million to $8.1 million.",
                        "$5.3 million").status.value not in ("verified", "derived")  # fmt: skip
    # a real loss is still one: "net loss ... compared to $3.0 million"
    assert [v for v, _ in _values("The net loss for the six months was $8.1 million compared to $3.0 million.")] == [
        Decimal("-8.1E+6"), Decimal("-3.0E+6"),
    ]  # fmt: skip


def test_the_year_a_buyback_program_was_set_up_does_not_date_what_is_left_of_it():
    """Watts: "Approximately $145 million remains available under the stock repurchase program authorized in
    2023." The amount is what is left now, not a 2023 figure; Danaos's "$200 million authorized share repurchase
    program that was originally introduced in June 2022 and was upsized in November 2023" likewise."""
    watts = [f for f in fact_index(WATTS).facts if f.figure.text == "$145 million"]
    assert [f.period.prior for f in watts] == [False]
    claim = "Watts bought back about 85,000 shares for $17 million in 2024 and had about $145 million left under its program."
    assert number_check(WATTS, claim, "$145 million").status.value == "verified"
    danaos = [f for f in fact_index(DANAOS).facts if f.figure.text == "$200 million"]
    assert [f.period.prior for f in danaos] == [False]
    claim = "Danaos has bought back shares for $168.8 million, leaving about $31.2 million of its $200 million program."
    assert number_check(DANAOS, claim, "$31.2 million").status.value == "derived"
    wrong = "Danaos has bought back shares for $168.8 million, leaving about $33.2 million of its $200 million program."
    assert number_check(DANAOS, wrong, "$33.2 million").status.value not in ("verified", "derived")
    # a year that dates the amount itself still makes it the comparison's
    assert _values("Buybacks were $17 million in 2024, compared with $25 million in 2023.")[1][1] is True


def test_an_amount_in_parentheses_after_revenue_restates_it():
    """"Q4 operating revenues ($237.5 million)": revenue is never negative, the parenthesis is an aside
    (Danaos's container vessels segment: $237,510 thousand), read alike in a claim and in the release's
    running text. After a link or a metric that may be negative, an amount in parentheses stays negative."""
    values = {n.text: n.value for n in read_numbers("Container vessels made up 92% of Q4 operating revenues ($237.5 million).")}
    assert values["$237.5 million"] == Decimal("2.375E+8")
    assert number_check(
        DANAOS, "Container vessels made up 92% of Q4 operating revenues ($237.5 million).", "$237.5 million"
    ).status.value == "verified"
    assert [n.value for n in read_numbers("Q4 EPS ($0.09), compared with ($0.12).")] == [Decimal("-0.09"), Decimal("-0.12")]
    assert [n.value for n in read_numbers("Q4 revenue of ($5 million).")] == [Decimal("-5E+6")]
    assert [n.value for n in read_numbers("Operating cash flow ($12.0 million).")] == [Decimal("-1.20E+7")]
    assert [n.value for n in read_numbers("The net loss ($5.2 million) narrowed.")] == [Decimal("-5.2E+6")]


def test_a_bank_s_ratio_named_by_what_it_divides():
    """Tompkins: "The ratio of Tier 1 capital to average assets was 9.36% at June 30, 2025, ... and 9.15% at
    June 30, 2024" is the Tier 1 leverage ratio, not an amount of assets."""
    facts = [f for f in fact_index(TOMPKINS).facts if f.figure.text == "9.36%"]
    assert facts and all(f.metrics == {"leverage_ratio"} for f in facts)
    claim = "Tompkins's Tier 1 leverage ratio was 9.36%, up from 9.15% a year earlier."
    assert [number_check(TOMPKINS, claim, n).status.value for n in ("9.36%", "9.15%")] == ["verified", "verified"]
    # the other period's ratio is not this one's
    assert number_check(TOMPKINS, "Tompkins's Tier 1 leverage ratio was 9.15% at June 30, 2025.", "9.15%").status.value != "verified"


VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"


def test_the_range_an_outlook_was_raised_from_is_backed_by_the_release_s_own_revision():
    """Venture Global: "Increased Consolidated Adjusted EBITDA guidance to $8.7 - $9.1 billion 3 , up from $8.2 -
    $8.5 billion" names no period; the new range is the full year's ("guidance for the full year 2026 is $8.7
    billion - $9.1 billion"), and so is the one it replaced. A previous end the release does not say, or a
    new range it does not state, is not backed."""
    claim = "Venture Global raised its 2026 consolidated adjusted EBITDA guidance to $8.7-$9.1 billion from $8.2-$8.5 billion."
    statuses = [number_check(VENTURE_GLOBAL, claim, n).status.value for n in ("$8.7", "$9.1 billion", "$8.2", "$8.5 billion")]
    assert statuses == ["verified"] * 4
    wrong_end = claim.replace("$8.2-$8.5", "$8.2-$8.6")
    assert number_check(VENTURE_GLOBAL, wrong_end, "$8.6 billion").status.value != "verified"
    wrong_new = claim.replace("$8.7-$9.1", "$8.7-$9.2")
    assert number_check(VENTURE_GLOBAL, wrong_new, "$8.5 billion").status.value != "verified"
    other_metric = claim.replace("consolidated adjusted EBITDA", "revenue")
    assert number_check(VENTURE_GLOBAL, other_metric, "$8.2").status.value != "verified"


GECINA = "reading/gecina_fy2024_newswire.txt"


def test_signed_ends_of_a_range_are_one_range():
    """Gecina: "expected to reach EUR6.60 to EUR6.70 per share, reflecting a fourth consecutive year of growth
    (between +2.8% and +4.4%)": the "+" of the second end is no link's part; both ends are the growth of
    earnings per share."""
    index = fact_index(GECINA)
    facts = [
        f for f in index.facts
        if f.figure.text in ("2.8%", "4.4%") and "fourth consecutive year" in f.figure.context.of(index.document.text)
    ]  # fmt: skip
    assert sorted((f.figure.text, tuple(sorted(f.metrics))) for f in facts) == [("2.8%", ("eps",)), ("4.4%", ("eps",))]
    claim = "Gecina guides 2025 recurrent net income of EUR 6.60-6.70 per share, growth of 2.8% to 4.4%."
    assert [number_check(GECINA, claim, n).status.value for n in ("2.8%", "4.4%")] == ["verified", "verified"]
    assert number_check(GECINA, claim.replace("2.8%", "2.6%"), "2.6%").status.value != "verified"


RYDER = "reading/ryder_q4-2024_newswire.txt"


def test_earnings_before_tax_are_not_net_earnings():
    """Ryder's Supply Chain Solutions: "Earnings Before Tax (EBT) | $ 90 | 57 | 58%" and "EBT as a % of operating
    revenue (1) | 8.9%". Earnings before the tax are a metric of their own, not net income."""
    index = fact_index(RYDER)
    rows = {f.figure.row: f.metrics for f in index.facts if f.in_table and f.figure.text in ("90", "8.9%")}
    assert rows["Earnings Before Tax (EBT)"] == {"pretax_income"}
    assert "pretax_income" in rows["EBT as a % of operating revenue (1)"]
    claim = "Supply Chain Solutions Q4 EBT rose 58% to $90 million, 8.9% of operating revenue."
    assert [number_check(RYDER, claim, n).status.value for n in ("58%", "$90 million", "8.9%")] == ["verified"] * 3
    assert number_check(RYDER, claim.replace("8.9%", "8.7%"), "8.7%").status.value != "verified"
    net = "Supply Chain Solutions Q4 net earnings rose 58% to $90 million."
    assert number_check(RYDER, net, "$90 million").status.value != "verified"


SILEXION = "reading/silexion_q3-2024_newswire.txt"
PALANTIR = "reading/palantir_q2-2026_text.txt"


def test_an_equity_line_is_no_equity():
    """Silexion: "drew down on its Equity Line of Credit (ELOC) agreement raising approximately $0.6 million in net
    proceeds ... the Company has raised total net proceeds of $2.5 million". A claim's amount after "its equity
    line" is of the proceeds named before it, not of shareholders' equity."""
    claim = "Silexion raised about $0.6 million in net proceeds from its equity line in the quarter, $2.5 million in all."
    assert [number_check(SILEXION, claim, n).status.value for n in ("$0.6 million", "$2.5 million")] == ["verified"] * 2
    assert number_check(SILEXION, claim.replace("$2.5 million", "$2.7 million"), "$2.7 million").status.value != "verified"


def test_revenue_outside_a_part_is_the_total_less_the_part():
    """Palantir: "U.S. revenue grew 115% ... to $1.573 billion" and "Revenue grew 93% ... to $1.935 billion": revenue
    outside the U.S. is $362 million, computed as analysts do; another amount, or another period's, is not."""
    claim = "Revenue outside the U.S. came to $362 million in the quarter."
    check = number_check(PALANTIR, claim, "$362 million")
    assert check.status.value == "derived"
    assert {ref.text for ref in check.supports} == {"$1.935 billion", "$1.573 billion"}
    assert number_check(PALANTIR, claim.replace("$362", "$352"), "$352 million").status.value != "derived"
    assert number_check(PALANTIR, claim.replace("in the quarter", "in the first half"), "$362 million").status.value != "derived"
    other = "Operating income outside the U.S. came to $362 million in the quarter."
    assert number_check(PALANTIR, other, "$362 million").status.value not in ("verified", "derived")


def test_sales_and_marketing_is_a_cost_not_sales():
    """Palantir: "Sales and marketing (1) | 658,720" (six months) is an expense; read as revenue, its ratio to
    revenue (18.5%) backed a wrong share of U.S. revenue ("about 18% of total revenue", where it is 81%)."""
    index = fact_index(PALANTIR)
    rows = {f.figure.row: f.metrics for f in index.facts if f.in_table and f.figure.text == "658,720"}
    assert rows == {"Sales and marketing (1)": {"sales_and_marketing"}}
    wrong = "U.S. revenue of $1.573 billion was about 18% of total revenue, leaving roughly $362 million from outside the U.S."
    assert number_check(PALANTIR, wrong, "18%").status.value not in ("verified", "derived")


def test_an_amount_said_at_a_scale_in_parentheses_after_a_name_is_an_aside():
    """Vertex Q2 2026 and Disney Q3 FY2026 as a claim and the release write them: "CASGEVY ($76.4m)", "severance
    costs ($88 million)" name amounts; after a link or a metric that may be negative they stay negative."""
    assert [n.value for n in read_numbers("CASGEVY ($76.4m) and JOURNAVX ($49.6m) together")] == [Decimal("7.64E+7"), Decimal("4.96E+7")]
    assert [n.value for n in read_numbers("an impairment ($812 million) and severance costs ($88 million)")] == [
        Decimal("8.12E+8"), Decimal("8.8E+7")
    ]
    assert [n.value for n in read_numbers("Adjusted EBITDA was $0.5 million, compared with ($0.1 million) in 2023.")][1] < 0
    assert [n.value for n in read_numbers("adjusted net income (HK$3,725.1m)")] == [Decimal("-3.7251E+9")]
