"""Reading as the claim sets write it (session 74): rules found on the studied set 42, each checked both ways (the
true claim is backed; the same words with another number, period or thing are not)."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings

_APPLE_Q3_FY12 = "claim_reading/apple_q3-fy2012.txt"
_CONFLUENT = "reading/confluent_q4-2024_newswire.txt"
_FUTU = "reading/futu_q2-2026_text.txt"
_GRAFTECH = "reading/graftech_q4-2024_newswire.txt"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"
_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_NVIDIA_OUTLOOK = "reading/nvidia_q3-fy2025_newsroom_outlook.html"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"
_PLUG_POWER = "reading/plug-power_q2-2026_text.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_SILEXION = "reading/silexion_q3-2024_newswire.txt"
_TAYLOR_MORRISON = "reading/taylor-morrison_q4-2024_newswire.txt"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"
_WAYFAIR = "reading/wayfair_q2-2026_text.txt"


def test_a_change_against_a_base_is_of_the_amount_the_claim_names_a_midpoint() -> None:
    # "$34.25 to $35.25" adjusted EPS guidance for fiscal 2027; fiscal 2026's adjusted EPS $32.31: 34.75 / 32.31 - 1
    claim = "The $34.75 midpoint of the $34.25-$35.25 FY27 adjusted EPS range implies growth of about 8% over fiscal 2026's $32.31."
    assert_backed(_PARKER, claim, "8%", "percent against the base of the claim's figures: $34.75 and $32.31 = 7.6")
    assert_not_backed(_PARKER, claim.replace("about 8%", "about 12%"), "12%")
    assert_not_backed(_PARKER, claim.replace("$32.31", "$30.31"), "8%")
    # "$1.117 to $1.121 billion" of subscription revenue for 2025; 2024's $922.1 million
    claim = (
        "The $1.119 billion midpoint of the $1.117-$1.121 billion FY25 subscription revenue outlook implies growth of about "
        "21% over 2024's $922.1 million."
    )
    assert_backed(_CONFLUENT, claim, "21%")
    assert_not_backed(_CONFLUENT, claim.replace("about 21%", "about 25%"), "25%")


def test_a_midpoint_said_with_its_tolerance_is_the_outlooks_centre() -> None:
    # "Revenue is expected to be $37.5 billion, plus or minus 2%"; "Record quarterly revenue of $35.1 billion"
    claim = "The $37.5 billion midpoint of the Q4 outlook (plus or minus 2%) would be about 7% above third-quarter revenue of $35.1 billion."
    assert_backed(_NVIDIA_OUTLOOK, claim, "$37.5 billion")
    assert_backed(_NVIDIA_OUTLOOK, claim, "7%")
    assert_not_backed(_NVIDIA_OUTLOOK, claim.replace("$37.5 billion", "$38.5 billion"), "$38.5 billion")
    assert_not_backed(_NVIDIA_OUTLOOK, claim.replace("about 7%", "about 11%"), "11%")


def test_a_comparison_after_an_aside_of_a_level_is_the_levels() -> None:
    # "total revenues of $135.6 million for Q4 2024"; revenues of 136.6 in the fourth quarter of 2023
    claim = "Fourth-quarter total revenues were $135.6 million, including $20.0 million of other revenue, versus $136.6 million a year earlier."
    readings = claim_readings(claim, 2024)
    assert readings["$136.6 million"].metric == readings["$135.6 million"].metric == "revenue"
    assert readings["$20.0 million"].metric != "revenue"
    assert_backed(_PRAIRIESKY, claim, "$136.6 million")
    assert_not_backed(_PRAIRIESKY, claim.replace("$136.6 million", "$5.8 million"), "$5.8 million")
    # with no comma closing the aside, the comparison is the aside's own
    charges = "Net income was $300 million, including $52 million of pre-tax charges versus $43 million a year earlier."
    assert claim_readings(charges, 2024)["$43 million"].metric == claim_readings(charges, 2024)["$52 million"].metric


def test_a_change_said_with_a_rounder_level_goes_with_the_claims_level_it_holds() -> None:
    # "Operating expenses declined ~50% year over year to ~$62 million"; "Total operating expenses | 62,433 | 123,481"
    claim = "Operating expenses fell about 50% year over year to $62.4 million from $123.5 million."
    assert_backed(_PLUG_POWER, claim, "50%")
    assert_backed(_PLUG_POWER, claim, "$62.4 million")
    assert_not_backed(_PLUG_POWER, claim.replace("about 50%", "about 40%"), "40%")
    # a level the sentence's "~$62 million" does not hold is another figure's
    assert_not_backed(_PLUG_POWER, claim.replace("$62.4 million", "$63.4 million"), "50%")
    # nor is a change of another comparison, or of another line whose level the claim states elsewhere: "Fourth quarter
    # subscription revenue of $251 million, up 24%" beside total revenue's 23% ("$261.2 | $213.2 | 23%")
    assert_not_backed(_PLUG_POWER, claim.replace("year over year", "sequentially"), "50%")
    swapped = "Fourth-quarter total revenue rose 24% to $261.2 million, with subscription revenue up 24% to $250.6 million."
    assert_not_backed(_CONFLUENT, swapped, "24%")


def test_a_labels_net_before_its_verb_leaves_the_expense_its_direction() -> None:
    # "Interest expense, net | (489) | | | (310)" under "OTHER INCOME (EXPENSE)", in millions
    claim = "Interest expense, net climbed to $489 million in the quarter from $310 million."
    assert_backed(_VENTURE_GLOBAL, claim, "$489 million")
    assert_not_backed(_VENTURE_GLOBAL, claim.replace("$489 million", "$498 million"), "$498 million")
    # a clause of another measure after the comma is no label's "net"
    assert_not_backed(_VENTURE_GLOBAL, "Revenue rose 48%, net income was $489 million.", "$489 million")


def test_a_list_of_earlier_amounts_after_a_loss_takes_each_levels_metric_and_sign() -> None:
    # "Net revenue | ... | 6,450 | 6,003"; "Net (loss) income | ... | (106) | (98)" (six months, in millions)
    claim = (
        "First-half net revenue was $6,450 million, with a net loss of $106 million, compared with $6,003 million and a $98 "
        "million loss a year earlier."
    )
    readings = claim_readings(claim, 2026)
    assert readings["$6,003 million"].metric == "revenue" and readings["$6,003 million"].value > 0
    assert readings["$98 million"].metric == "net_income" and readings["$98 million"].value < 0
    assert_backed(_WAYFAIR, claim, "$6,003 million")
    assert_backed(_WAYFAIR, claim, "$98 million")
    assert_not_backed(_WAYFAIR, claim.replace("$6,003 million", "$3,273 million"), "$3,273 million")
    assert_not_backed(_WAYFAIR, claim.replace("$98 million", "$15 million"), "$15 million")


def test_a_swing_said_from_the_level_after_it_is_the_gap_of_the_levels_around_it() -> None:
    # "Non-GAAP Operating Income (Loss) $27.5 $(57.3) $84.8" (fiscal 2024 and 2023, millions)
    claim = "Fiscal 2024 non-GAAP operating income was $27.5 million, a swing of $84.8 million from a $57.3 million loss in 2023."
    assert_backed(_CONFLUENT, claim, "$84.8 million")
    assert_not_backed(_CONFLUENT, claim.replace("$84.8 million", "$48.8 million"), "$48.8 million")
    assert_not_backed(_CONFLUENT, claim.replace("$84.8 million", "$30.2 million"), "$30.2 million")


def test_a_shares_whole_may_state_its_amount_with_a_thousands_comma() -> None:
    # "CSG reported revenue of $1,345 million"; "Revenue | $ | 1,846" for the third quarter
    claim = "CSG accounted for roughly 73% of the quarter's $1,846 million revenue."
    assert_backed(_KEYSIGHT, claim, "73%")
    assert_not_backed(_KEYSIGHT, claim.replace("73%", "77%"), "77%")
    assert_not_backed(_KEYSIGHT, claim.replace("$1,846 million", "$1,946 million"), "73%")


def test_a_share_after_a_pair_with_its_change_between_is_the_levels() -> None:
    # "iPhone and Related Products and Services | 10,468 | 5,578"; total net sales 26,741 in the December 2010 quarter
    claim = "iPhone and related products generated $10,468 million of revenue, up 88% from $5,578 million, about 39% of net sales."
    assert claim_readings(claim, 2011)["39%"].period.prior is False
    assert_backed("apple_q1-fy2011.txt", claim, "39%")
    assert_not_backed("apple_q1-fy2011.txt", claim.replace("about 39%", "about 27%"), "27%")


def test_an_amount_included_after_a_comparison_too_small_to_hold_it_is_the_levels() -> None:
    # "including $3.2 million in research and development expenses (compared to $0.5 million in Q3 2023). The R&D increase
    # was primarily attributable to $2.4 million in non-cash share-based compensation expenses."
    claim = (
        "Research and development expenses were $3.2 million, compared with $0.5 million in Q3 2023, including $2.4 million "
        "of non-cash share-based compensation."
    )
    assert claim_readings(claim, 2024)["$2.4 million"].period.prior is False
    assert_backed(_SILEXION, claim, "$2.4 million")
    assert_not_backed(_SILEXION, claim.replace("$2.4 million", "$3.4 million"), "$3.4 million")
    # one the comparison can hold stays the comparison's
    assert claim_readings(claim.replace("$2.4 million", "$0.1 million"), 2024)["$0.1 million"].period.prior is True


def test_an_amount_of_a_modifier_and_the_next_of_a_metric_share_the_noun() -> None:
    # "Short-term marketable securities | 19,709"; "Long-term marketable securities | 89,625" (June 30, 2012)
    claim = (
        "Cash and cash equivalents were $7.9 billion at June 30, 2012, alongside $19.7 billion of short-term and $89.6 "
        "billion of long-term marketable securities."
    )
    assert claim_readings(claim, 2012)["$19.7 billion"].metric == "marketable_securities"
    assert_backed(_APPLE_Q3_FY12, claim, "$19.7 billion")
    assert_not_backed(_APPLE_Q3_FY12, claim.replace("$19.7 billion", "$21.7 billion"), "$21.7 billion")
    # a plural is a noun of its own
    other = "Voyage expenses comprised $4.5 million of commissions and $27.1 million of other voyage expenses."
    assert claim_readings(other, 2024)["$4.5 million"].metric != claim_readings(other, 2024)["$27.1 million"].metric


def test_a_named_wholes_words_leave_out_its_amount_and_period() -> None:
    # "Total trading volume ... increased by 78.8% year-over-year to HK$6.42 trillion, in which trading volume for U.S.
    # stocks was HK$5.02 trillion": 5.02 / 6.42 = 78.2%
    claim = "U.S. stocks made up about 78% of the quarter's HK$6.42 trillion trading volume."
    assert_backed(_FUTU, claim, "78%")
    assert_not_backed(_FUTU, claim.replace("about 78%", "about 71%"), "71%")
    assert_not_backed(_FUTU, claim.replace("trading volume", "client assets"), "78%")
    # "Anchor Cloud ... reached RMB201.3 billion": a year's words name no whole either
    assert_backed(_LINKLOGIS, "Anchor Cloud accounted for roughly 63% of 2023 transaction volume.", "63%")


def test_free_cash_flow_the_release_does_not_print_is_operating_cash_flow_less_capex() -> None:
    # "Net cash provided by operating activities | 4,364"; "Capital expenditures | (459)" (twelve months, in millions)
    claim = "Cash flow from operations hit a record $4.4 billion, or 20.3% of sales; after $459 million of capex, free cash flow was about $3.9 billion."
    assert_backed(_PARKER, claim, "$3.9 billion")
    assert_not_backed(_PARKER, claim.replace("$3.9 billion", "$4.1 billion"), "$4.1 billion")
    assert_not_backed(_PARKER, claim.replace("$3.9 billion", "$3.4 billion"), "$3.4 billion")


def test_a_shares_part_may_be_named_right_after_its_figure() -> None:
    # "Sales volume for the fourth quarter of 2024 was 27.2 thousand MT, consisting of 23.9 thousand MT of non-LTA volume
    # and 3.2 thousand MT of LTA volume."
    claim = "Non-LTA volume made up about 88% of fourth-quarter sales volume."
    assert_backed(_GRAFTECH, claim, "88%")
    assert_not_backed(_GRAFTECH, claim.replace("Non-LTA", "LTA"), "88%")
    assert_backed(_GRAFTECH, "LTA volume made up about 12% of fourth-quarter sales volume.", "12%")


def test_a_count_said_as_the_midpoint_of_an_outlook_named_after_it() -> None:
    # "Home closings are expected to be between 13,500 to 14,000"; 12,896 home closings in 2024 ("East ... 7.2 %" is a
    # region's sales value change, no growth of the claim's)
    claim = "The 13,750 midpoint of 2025 closings guidance implies about 7% growth from 12,896 homes in 2024."
    assert_backed(_TAYLOR_MORRISON, claim, "13,750")
    assert_backed(_TAYLOR_MORRISON, claim, "7%")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("13,750", "13,850"), "13,850")
    assert_not_backed(_TAYLOR_MORRISON, claim.replace("about 7%", "about 9%"), "9%")
