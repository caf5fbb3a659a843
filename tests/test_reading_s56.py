"""Reading as the claim sets write it (session 56): fixes to how releases themselves read, found on figures that
fail in several claim sets (a release's misreading costs every writer who claims that figure), and rules of running
text found on the studied sets.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

from summarizer.text.numbers import Unit
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, Status, verify_claim

_AMD = "reading/amd_q2-2026_text.txt"
_ALBEMARLE = "reading/albemarle_q2-2026_text.txt"
_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"
_ASSURANT = "claim_reading/assurant_q4-2024_newswire.txt"
_AXON = "reading/axon_q2-2026_text.txt"
_CLOROX = "reading/clorox_q4-fy2026_text.txt"
_CONOCOPHILLIPS = "conocophillips_q2-2026_text.txt"
_COPA = "claim_reading/copa-holdings_q4-2024_newswire.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"
_LOWES = "reading/lowes_q2-fy2026_text.txt"
_PARKER = "claim_reading/parker-hannifin_q4-fy2026_text.txt"
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_SEARS = "sears_q2-2004.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"


def test_a_segment_row_under_a_metric_heading_is_that_metric_of_the_segment() -> None:
    # AMD's Q2 2026 segment table: "Data Center Segment | $ 2,103 | ... | $ (155)" under "Operating Income (Loss):".
    # "Data Center" and "Gaming" were once metric words of their own (from NVIDIA's releases), so the row was read
    # as data-center revenue, whatever heading it stood under
    index = fact_index(_AMD)
    cell = next(f for f in index.facts if f.figure.row == "Data Center Segment" and f.value == 2103 * 10**6)
    assert cell.metrics == {"operating_income"}
    claim = "Data Center operating income was $2.10 billion, compared with a $155 million loss in the second quarter of 2025."
    assert_backed(_AMD, claim, "$2.10 billion")
    assert_backed(_AMD, claim, "$155 million")
    # the company's operating income was $1,990 million: the segment's row backs no claim of the company's
    assert_not_backed(_AMD, "AMD operating income was $2.10 billion in the second quarter.", "$2.10 billion")
    assert_not_backed(_AMD, claim.replace("$2.10 billion", "$2.20 billion"), "$2.20 billion")


def test_an_amount_a_verb_moved_something_by_compared_with_an_earlier_period_is_a_change() -> None:
    # INDUS's Q3 2025: "The Engineering segment companies increased incoming orders in the first three quarters by
    # 35.5% compared to the previous year"; Disney's Q3 FY2026: "these ships increased stateroom capacity by
    # approximately 50% compared to the prior-year quarter" -- the verb stands words away from its amount
    assert sentence_fact(_INDUS, "increased incoming orders in the first three quarters by", "35.5%").change
    assert sentence_fact(_DISNEY, "increased stateroom capacity by", "50%").change
    claim = "Engineering incoming orders grew 35.5% in the first three quarters."
    assert_backed(_INDUS, claim, "35.5%")
    assert_not_backed(_INDUS, claim.replace("35.5%", "36.5%"), "36.5%")
    # alone, an amount a verb moved something by may be an item's effect ("reduced adjusted EPS by about 90 cents"),
    # and stays a level
    assert not claim_readings("The charge reduced adjusted EPS by 9% in the quarter.", 2025)["9%"].change


def test_a_change_said_for_months_of_the_year_carries_to_the_next_change() -> None:
    # INDUS: incoming orders rose 17.2% in the first nine months, and 35.5% in the Engineering segment
    readings = claim_readings("Incoming orders rose 17.2% in the first nine months, and 35.5% in Engineering.", 2025)
    assert readings["35.5%"].change
    assert_backed(_INDUS, "Incoming orders rose 17.2% in the first nine months, and 35.5% in Engineering.", "35.5%")


def test_a_comparison_that_opens_a_range_is_both_ends() -> None:
    # e.l.f. Beauty's Q1 FY2027 outlook: adjusted EBITDA of $401-407 million, up from $379-385 million; the second end
    # of the earlier range took the current period from the words after it
    readings = claim_readings("The company now expects fiscal 2027 adjusted EBITDA of $401-407 million, up from $379-385 million.", 2027)
    assert readings["$379"].period.prior and readings["385 million"].period.prior
    assert readings["$401"].period.prior is False and readings["407 million"].period.prior is False
    # "from A to B" stays a comparison and a level
    narrowed = claim_readings("The net loss narrowed from $7.20 million to $3.10 million.", 2025)
    assert narrowed["$7.20 million"].period.prior and narrowed["$3.10 million"].period.prior is False


def test_an_outlooks_earlier_edition_is_read_as_the_earlier_value_on_both_sides() -> None:
    # Lowe's Q2 FY2026: "Diluted earnings per share of approximately $11.75 (previously $11.75 to $12.25)"; PATRIZIA:
    # "raised to 19.0 - 24.0% (previously 15.2 - 20.8%)"; both ends of the earlier range are the earlier values
    assert sentence_fact(_LOWES, "approximately $11.75 (previously $11.75 to", "$12.25").period.prior
    assert sentence_fact(_PATRIZIA, "raised to 19.0 - 24.0% (previously", "15.2").period.prior
    # claims say the earlier edition "(was ...)", "its prior ... range", "up from" a range: an outlook compared with a
    # range is compared with its earlier edition, for a result is no range
    was = claim_readings("FY26 adj. EPS outlook now ~$12.25 (was $12.25-$12.75).", 2026)
    assert was["$12.75"].period.prior
    assert claim_readings("Lowe's now sees fiscal 2026 total sales of $92.0 billion, at the bottom of its previous "
                          "$92.0-94.0 billion range.", 2026)["94.0 billion"].period.prior
    claim = "The company now expects fiscal 2027 adjusted EBITDA of $401-407 million, up from $379-385 million."
    for number in ("$401", "407 million", "$379", "385 million"):
        assert_backed(_ELF, claim, number)
    assert_not_backed(_ELF, "The company now expects fiscal 2027 adjusted EBITDA of $379-385 million, up from $401-407 million.", "$379")
    # and the earlier edition of an outlook's growth is a change: "net sales growth of 18% to 20%, up from 12% to 14%"
    growth = "The company now expects fiscal 2027 net sales growth of 18% to 20%, up from 12% to 14%."
    assert claim_readings(growth, 2027)["12%"].change
    assert_backed(_ELF, growth, "12%")
    assert_not_backed(_ELF, "The company now expects fiscal 2027 net sales growth of 12% to 14%, up from 18% to 20%.", "12%")
    assert sentence_fact(_AXON, "We now expect 2026 revenue growth of 32% to 34%, up from", "30%").change


def test_a_plan_a_result_is_set_against_is_no_comparison_period() -> None:
    # Albemarle: "$100 million of year-to-date run-rate cost and productivity improvements against a full-year target
    # of $100 million to $150 million" -- the target is no earlier period's
    readings = claim_readings("Albemarle has delivered $100 million of year-to-date run-rate cost and productivity improvements "
                              "against a full-year target of $100 million to $150 million.", 2026)
    assert readings["$100 million"].period.prior is False and readings["$150 million"].period.prior is False  # (the range's)
    assert claim_readings("Revenue was $5 million against $4 million a year ago.", 2026)["$4 million"].period.prior


def test_a_total_that_closes_a_heading_under_a_section_returns_to_the_section() -> None:
    # AMD: "Net Revenue:" / "Client and Gaming Segment" / "Client" / "Gaming" / "Total Client and Gaming" / "Embedded
    # Segment | 977": the total closes the heading (its "Segment" need not be said again), and the row after it is
    # revenue again
    index = fact_index(_AMD)
    embedded = next(f for f in index.facts if f.figure.row == "Embedded Segment" and f.value == 977 * 10**6)
    assert embedded.metrics == {"revenue"}
    assert_backed(_AMD, "The Embedded segment earned $386 million of operating income on $977 million of revenue, a 39.5% "
                        "operating margin.", "39.5%")
    assert_not_backed(_AMD, "The Embedded segment earned $386 million of operating income on $977 million of revenue, a "
                            "39.5% net margin.", "39.5%")


def test_a_row_of_no_metric_is_said_by_its_label_right_after_the_amount() -> None:
    # Assurant's Q4 2024: the row "Reportable catastrophes | 50.1 | 21.6"; the claim names the row after the amount
    # ("$50.1 million of reportable catastrophes"), as before it ("versus $21.6 million" of the same words)
    claim = ("Q4 adjusted EBITDA rose 6% to $381.4 million despite $50.1 million of reportable catastrophes, versus "
             "$21.6 million a year earlier.")
    assert_backed(_ASSURANT, claim, "$50.1 million")
    assert_not_backed(_ASSURANT, claim.replace("$50.1 million of", "$21.6 million of").replace("versus $21.6", "versus $50.1"),
                      "$21.6 million")


def test_amounts_a_metric_included_are_items_and_so_is_the_next_of_their_list() -> None:
    # Sears' Q2 2004: "special charges of $41 million pretax ... and $39 million pretax of accelerated depreciation";
    # the claim says the earnings "included" the charges: the verb ends the charges' own words, and the amount listed
    # after the first, for what it is for, is a charge too
    claim = ("Q2 earnings included pretax charges of $41 million ($0.12/share) for severance and $39 million "
             "($0.12/share) for additional depreciation.")
    readings = claim_readings(claim, 2004)
    assert readings["$41 million"].metric == "item" and readings["$39 million"].metric == "item"
    assert_backed(_SEARS, claim, "$41 million")
    assert_backed(_SEARS, claim, "$39 million")
    assert_not_backed(_SEARS, claim.replace("$39 million", "$38 million"), "$38 million")
    # a metric named in the item's own words still makes it that metric's
    assert claim_readings("Results included impairment charges of $41 million.", 2004)["$41 million"].metric == "impairment"


def test_an_amount_booked_in_an_earlier_quarter_is_of_the_year_to_date() -> None:
    # Anywhere's Q4 2024: "Free Cash Flow was $70 million before a $20 million litigation settlement payment made in
    # the second quarter" -- a payment of the year's, not of the fourth quarter's
    payment = sentence_fact(_ANYWHERE, "before a $20 million litigation settlement payment made", "$20 million")
    assert payment.period.length == "year"
    claim = "Full-year free cash flow fell to $50 million from $67 million; it was $70 million before a $20 million litigation settlement."
    assert_backed(_ANYWHERE, claim, "$20 million")
    assert_not_backed(_ANYWHERE, claim.replace("$20 million", "$25 million"), "$25 million")


def test_a_name_that_holds_a_number_is_no_figure() -> None:
    # ConocoPhillips: "Lower 48 production"; Assurant: "a Fortune 500 company" -- names, not 48 or 500 of anything
    claim = "Lower 48 production was 1,479 MBOED, including 720 MBOED from the Delaware Basin, nearly half of the Lower 48 total."
    checks = {n.text: n for n in verify_claim(fact_index(_CONOCOPHILLIPS), claim).numbers}
    assert checks["48"].status is Status.NOT_FINANCIAL
    assert_backed(_CONOCOPHILLIPS, claim, "1,479")
    assert not [f for f in fact_index(_CONOCOPHILLIPS).facts if f.figure.text == "48"]
    assert not [n for n in read_numbers("Assurant is a Fortune 500 company.") if n.kind is None]


def test_a_change_counted_from_an_amount_in_millions_is_not_the_per_share_amounts() -> None:
    # Copa's Q4 2024: net profit of US$166.2 million (US$3.99 a share), 11.5% below US$187.7 million; the amount per
    # share said between the level and its change does not make the change one of earnings per share
    claim = ("Copa Holdings reported fourth-quarter net profit of US$166.2 million, or US$3.99 a share, down 11.5% from "
             "US$187.7 million, or US$4.45.")
    assert claim_readings(claim, 2024)["11.5%"].metric == "net_income"
    assert_backed(_COPA, claim, "11.5%")
    assert_not_backed(_COPA, claim.replace("11.5%", "12.5%"), "12.5%")
    # "earned $1.50 a diluted share, up 36.4% from $1.10": the change of the amount per share, as before
    assert claim_readings("Net income was $9.6 million, or $1.50 a diluted share, up 36.4% from $1.10.", 2025)["36.4%"].metric == "eps"


def test_an_amount_compared_with_one_per_share_is_per_share() -> None:
    # Parker's fiscal 2026: diluted EPS $28.48, up from $27.12 -- "up from" sets the bare amount against the per-share
    # one, as "vs" did
    claim = "For fiscal 2026, Parker earned $28.48 a diluted share, up from $27.12, on sales of $21.5 billion."
    numbers = {n.text: n for n in read_numbers(claim)}
    assert numbers["$27.12"].unit is Unit.PER_SHARE
    assert_backed(_PARKER, claim, "$27.12")
    assert_not_backed(_PARKER, claim.replace("$27.12", "$27.21"), "$27.21")
    # an aside in parentheses after an amount of millions restates it per share: "vs C$67.4m ($0.28)"
    aside = {n.text: n for n in read_numbers("Net earnings C$60.2m ($0.25/sh) vs C$67.4m ($0.28).")}
    assert aside["$0.28"].unit is Unit.PER_SHARE


def test_a_ratio_as_a_percentage_of_revenue_is_the_parts_in_points_too() -> None:
    # Taylor Morrison's Q4 2024: "SG&A as a percentage of home closings revenue decreased 30 basis points to 9.4% from
    # 9.7%"; Ryder: "pretax earnings as a percentage of operating revenue of 11.6%" -- the part's ratio, its move in
    # points and the rate it moved to, whatever words name the revenue
    moved = sentence_fact(_TAYLOR_MORRISON, "SG&A as a percentage of home closings revenue decreased", "30 basis points")
    assert moved.metrics == {"general_and_administrative"}
    assert sentence_fact(_TAYLOR_MORRISON, "decreased 30 basis points to", "9.4%").metrics == {"general_and_administrative"}
    assert sentence_fact(_RYDER, "pretax earnings as a percentage of operating revenue of", "11.6%").metrics == {"pretax_income"}
    claim = "Cancellations rose to 13.1% of gross orders from 11.6%, while SG&A fell 30 basis points to 9.4% of home closings revenue."
    assert_backed(_TAYLOR_MORRISON, claim, "30 basis points")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("30 basis points", "40 basis points"), "40 basis points")


def test_a_move_in_points_printed_with_its_sign_is_a_change() -> None:
    # Clorox's Q4 FY2026: "Gross margin decreased 520 basis points to 41.3%"; a terse claim prints the move signed, in
    # an aside after the rate
    claim = "CLX 4Q FY26: gross margin 41.3% (-520bp)."
    assert_backed(_CLOROX, claim, "(-520bp)")
    assert_not_backed(_CLOROX, claim.replace("-520bp", "-420bp"), "(-420bp)")
    # a tolerance is no change: Analog Devices' "operating margin of approximately 42.6%, +/-150 bps"
    tolerance = "ADI expects reported operating margin of approximately 42.6%, +/-150 bps."
    assert_backed("reading/analog-devices_q3-fy2026_text.txt", tolerance, "150 bps")


def test_a_row_counted_in_a_physical_measure_is_no_money() -> None:
    # First Quantum: "Copper sales (tonnes)3 | 111,613"; GrafTech: "Sales volume (in thousands of MT) | 27.2" -- tonnes,
    # not dollars, whatever the table's caption scales
    assert sentence_fact(_FIRST_QUANTUM, "Copper sales (tonnes)", "111,613").family == "count"
    assert {f.family for f in fact_index(_GRAFTECH).facts if f.figure.row == "Sales volume (in thousands of MT)"} == {"count"}


def test_a_change_right_after_an_amount_per_share_is_its_change() -> None:
    # Gecina's 2024: recurrent net income up 6.8% to EUR474.4 million, per share EUR6.42, up 6.7% -- "per share" says the
    # amount's unit and names no other measure for the change after it
    claim = ("Gecina's 2024 recurrent net income (Group share) rose 6.8% to EUR474.4 million, or EUR6.42 per share, up "
             "6.7% and above guidance.")
    assert claim_readings(claim, 2024)["6.7%"].metric == "eps"
    assert_backed(_GECINA, claim, "6.7%")
    assert_not_backed(_GECINA, claim.replace("up 6.7%", "up 7.7%"), "7.7%")


def test_a_level_restated_on_another_basis_after_its_change_is_a_level() -> None:
    # Parker's Q4 FY2026: "Net income was $1.1 billion, an increase of 18%, or $1.2 billion adjusted"; "Segment operating
    # margin was 26.5%, an increase of 260 bps, or 28.0% adjusted" -- the adjusted level, not the change again
    restated = sentence_fact(_PARKER, "Segment operating margin was 26.5%, an increase of 260 bps, or", "28.0%")
    assert not restated.change and restated.basis == "adjusted"
    claim = "PH 4Q FY26: segment op margin 26.5% (+260bp), 28.0% adj."
    assert_backed(_PARKER, claim, "28.0%")
    assert_not_backed(_PARKER, claim.replace("28.0%", "28.5%"), "28.5%")
    # "up 5%, or $20 million" still restates the change
    assert claim_readings("Revenue rose 5%, or $20 million, to $420 million.", 2025)["$20 million"].change


def test_an_amount_returned_through_buybacks_and_dividends_is_their_total() -> None:
    # Assurant's 2024: "share repurchases and common stock dividends totaled $456 million" ($300 million and $156
    # million); a claim says what was returned through both
    claim = "Assurant returned $456 million in 2024 through share repurchases of $300 million and common dividends of $156 million."
    assert claim_readings(claim, 2024)["$456 million"].metric == "capital_return"
    assert_backed(_ASSURANT, claim, "$456 million")
    assert_not_backed(_ASSURANT, claim.replace("$456 million", "$465 million"), "$465 million")
    # the list of items after "and" takes what the first was for: "... for severance and $39 million, or $0.12 a share,"
    sears = ("Second-quarter earnings included pretax charges of $41 million, or $0.12 a share, for severance and $39 million, "
             "or $0.12 a share, for additional depreciation.")
    assert claim_readings(sears, 2004)["$39 million"].metric == "item"


def test_what_newly_passing_claims_exposed_stays_caught() -> None:
    """Variants of claims that pass only since this session's rules, caught again by the rules they exposed."""
    # the earlier edition of a growth outlook is not the current one: e.l.f.'s 18-20% is this outlook's, 12-14% the last
    earlier = verify_claim(fact_index(_ELF), "The company now expects fiscal 2027 net sales growth of 18% to 20%, up from 20% to 14%.")
    assert [n.status in SUPPORTED for n in earlier.numbers if n.status is not Status.NOT_FINANCIAL] == [True, True, False, True]
    # a sum or difference one of whose amounts is below the result's rounding is no arithmetic: C$117.3 million (the
    # third quarter's revenue) is no difference of C$117.3 million and $0.25 a share
    assert_not_backed(_PRAIRIESKY, "PSK Q4: total revenues C$117.3m vs C$136.6m a year ago; net earnings C$60.2m ($0.25/sh).",
                      "C$117.3m")
    # a share said of another whole than revenue is no ratio to revenue: Taylor Morrison's G&A is 4.1% of home closings
    # revenue, not the cancellation rate "of gross orders"
    assert_not_backed(_TAYLOR_MORRISON, "Cancellations rose to 4.1% of gross orders from 11.6%.", "4.1%")


def test_the_earlier_periods_figures_listed_after_the_current_ones_take_their_metrics_in_order() -> None:
    # e.l.f.'s Q1 FY2027: cash $344.2 million and total debt $834.2 million at June 30, 2026; $170.0 million and $256.7
    # million a year earlier
    claim = ("Cash and cash equivalents were $344.2 million at June 30, 2026, against total debt of $834.2 million; a year "
             "earlier the figures were $170.0 million and $256.7 million.")
    readings = claim_readings(claim, 2026)
    assert readings["$170.0 million"].metric == "cash" and readings["$256.7 million"].metric == "debt"
    assert_backed(_ELF, claim, "$170.0 million")
    assert_not_backed(_ELF, claim.replace("$170.0 million and $256.7 million", "$256.7 million and $170.0 million"),
                      "$256.7 million")
