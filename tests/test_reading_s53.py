"""Reading as the studied claim sets write it (session 53): Markdown emphasis in newswire captures; changes listed
"respectively" after levels of two periods; periods, items and tolerances of claims as wire bullets write them;
guidance midpoints and what they imply; shares of segments said in running text.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, document, number_check, sentence_fact

_FUTU = "reading/futu_q2-2026_text.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_COPA = "reading/copa-holdings_q4-2024_newswire.txt"


def test_markdown_emphasis_is_read_through() -> None:
    # Brookfield: "a record *$1.5 billion* *(**$0.94**/share) for the quarter and* *$4.9 billion* ... *year**, ..."
    text = document(_BROOKFIELD).text
    assert "were a record $1.5 billion ($0.94/share) for the quarter and $4.9 billion ($3.07/share) for the year, " in text
    assert "Increased 15% to a Record $4.9 billion or $3.07 Per Share" in text  # "*to a Record**$4.9 billion*"
    # a bullet's "* " is no emphasis
    assert "\n* Copa Holdings reported a net profit of US$166.2 million" in document(_COPA).text
    per_share = sentence_fact(_BROOKFIELD, "for the quarter and $4.9 billion ($3.07/share) for the year", "$3.07")
    assert (per_share.family, per_share.period.length) == ("per_share", "year")


def test_changes_listed_respectively_take_the_periods_of_the_levels_before() -> None:
    # "... $1.5 billion ($0.94/share) for the quarter and $4.9 billion ($3.07/share) for the year, representing an
    # increase of 24% and 15% on a per share basis over the prior year periods, respectively"
    words = "representing an increase of 24% and 15% on a per share basis"
    quarter, year = sentence_fact(_BROOKFIELD, words, "24%"), sentence_fact(_BROOKFIELD, words, "15%")
    assert (quarter.change, quarter.period.length) == (True, "quarter")
    assert (year.change, year.period.length) == (True, "year")


def test_an_item_under_a_heading_of_no_period_takes_the_sentence_before() -> None:
    # Copa, under "OPERATING AND FINANCIAL HIGHLIGHTS": "* In 2024, the Company repurchased US$87 million worth of
    # shares ... This represents approximately 2% of the Company's total outstanding shares as of year-end 2024."
    claim = "Copa bought back US$87 million of stock in 2024 under its US$200 million program, about 2% of shares outstanding."
    assert_backed(_COPA, claim, "2%")
    assert_not_backed(_COPA, claim.replace("about 2%", "about 3%"), "3%")


_GOLDMAN_SEGMENTS = "reading/goldman-sachs_q4-2021_segments.html"


def test_a_change_said_right_after_its_level_is_of_the_levels_period() -> None:
    claim = "Investment Banking net revenues were a record $14.88 billion in 2021, up 58%, and $3.80 billion in the fourth quarter, up 45% year over year."
    read = claim_readings(claim, 2021)
    # "in 2021" dates the level, and "up 58%" right after it is its change: no quarter's
    assert read["58%"].change and read["58%"].period.length == read["$14.88 billion"].period.length != "quarter"
    # an amount of money after ", and" that follows a change in percent is a level of its own
    assert not read["$3.80 billion"].change and read["$3.80 billion"].period.length == "quarter"
    # Goldman Sachs's "Segment Net Revenues" for the year: Investment Banking 14,876, 58% over 2020
    year = "Investment Banking net revenues were a record $14.88 billion in 2021, up 58%."
    assert_backed(_GOLDMAN_SEGMENTS, year, "$14.88 billion")
    assert_backed(_GOLDMAN_SEGMENTS, year, "58%")
    # the quarter's change is not the year's
    assert_not_backed(_GOLDMAN_SEGMENTS, year.replace("up 58%", "up 45%"), "45%")


def test_two_changes_of_one_verb_stay_changes_across_units() -> None:
    # Peapack-Gladstone: "NII of $50.6 million and NIM of 2.81% for Q3 2025 increased $2.3 million and four basis points"
    read = claim_readings("NII and NIM increased $2.3 million and 4 basis points from the linked quarter.", 2021)
    assert read["$2.3 million"].change and read["4 basis points"].change


def test_a_rate_annualized_in_a_quarter_is_the_quarters() -> None:
    read = claim_readings("Return on equity was 23.0% for 2021 and 15.6% annualized in the fourth quarter.", 2021)
    assert read["15.6%"].period.length == "quarter"
    assert claim_readings("Net charge-offs were 0.19% annualized.", 2021)["0.19%"].period.length == "year"


def test_the_year_said_right_after_an_amount_is_that_amounts_own() -> None:
    # "in 2020" dates the $24.74; the revenue named after it is the release's own year's
    read = claim_readings("EPS was $59.45 in 2021, up from $24.74 in 2020, on record net revenues of $59.34 billion.", 2021)
    assert read["$24.74"].period.prior is True
    assert read["$59.34 billion"].period.prior is False


_CLOROX = "reading/clorox_q4-fy2026_text.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"


def test_a_midpoint_named_at_the_head_of_its_clause() -> None:
    # Clorox: "Adjusted EPS is expected to be between $5.70 and $6.00": "midpoint" said 57 characters before the amount
    claim = "The midpoint of Clorox's fiscal 2027 adjusted EPS outlook is $5.85."
    assert_backed(_CLOROX, claim, "$5.85")
    assert_not_backed(_CLOROX, claim.replace("$5.85", "$5.95"), "$5.95")


def test_a_midpoint_set_against_the_quarter_reported_not_the_outlooks_table() -> None:
    # Sandisk: revenue of $10.30 billion to $10.80 billion expected for the first quarter of fiscal 2027, against the
    # fourth quarter's $8,965 million (17.7%); the outlook table's own $10,300 and $10,800 are no quarter reported
    claim = "The midpoint of Sandisk's first-quarter revenue guidance, $10.55 billion, would be about 18% above fourth-quarter revenue."
    assert_backed(_SANDISK, claim, "18%", "percent against the release's quarter: $10.55 billion vs $8,965 = 17.7")
    assert_not_backed(_SANDISK, claim.replace("about 18%", "about 22%"), "22%")


_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"
_FIGURE = "reading/figure-technology_q2-2026_text.txt"
_CONFLUENT = "reading/confluent_q4-2024_newswire.txt"


def test_a_midpoint_of_guidance_named_by_the_thing_it_is_of() -> None:
    # Taylor Morrison: "Home closings are expected to be between 13,500 to 14,000": no vocabulary names closings
    claim = "The 2025 closings guidance midpoint of 13,750 homes would be about 7% above 2024's 12,896."
    assert_backed(_TAYLOR, claim, "13,750", "midpoint of the range: 13,500 vs 14,000 = 13750.0")
    assert_backed(_TAYLOR, claim, "7%")
    # another thing's guidance is not that range's
    assert_not_backed(_TAYLOR, claim.replace("closings", "net sales orders"), "13,750")
    assert_not_backed(_TAYLOR, claim.replace("13,750", "13,850"), "13,850")


def test_a_base_worked_out_from_the_figure_the_release_prints() -> None:
    # Figure: Q3 volume guidance of $4.8-$5.2 billion; Q2's Consumer Loan Marketplace volume 4,259 (millions): 17.4%
    # above it, 16.3% above the rounded $4.3 billion
    claim = "The Q3 volume guidance midpoint of $5.0 billion would be about 17% above Q2's $4.3 billion."
    assert_backed(_FIGURE, claim, "17%")
    assert_not_backed(_FIGURE, claim.replace("about 17%", "about 19%"), "19%")


def test_a_guided_years_growth_over_the_year_reported() -> None:
    # Confluent: 2025 subscription revenue of $1.117-$1.121 billion against 2024's 922,091 thousand: 21.4%
    claim = "The midpoint of Confluent's 2025 subscription revenue guidance, $1.119 billion, implies growth of about 21%."
    assert_backed(_CONFLUENT, claim, "21%")
    assert_not_backed(_CONFLUENT, claim.replace("about 21%", "about 24%"), "24%")
    stated = "The 2025 subscription guidance midpoint of $1.119 billion implies growth of about 21% over 2024's $922.1 million."
    for number in ("$1.119 billion", "21%", "$922.1 million"):
        assert_backed(_CONFLUENT, stated, number)


_NVIDIA_NEWSROOM = "reading/nvidia_q3-fy2025_newsroom_highlights.html"
_AMD = "reading/amd_q2-2026_text.txt"
_ADI = "reading/analog-devices_q3-fy2026_text.txt"


def test_a_segments_revenue_said_in_running_text_is_a_share_of_the_companys() -> None:
    # NVIDIA: "Record quarterly Data Center revenue of $30.8 billion" of "Record quarterly revenue of $35.1 billion"
    claim = "Data Center accounted for about 88% of NVIDIA's third-quarter revenue."
    assert_backed(_NVIDIA_NEWSROOM, claim, "88%", "share of total: $30.8 billion of $35.1 billion = 87.7")
    assert_not_backed(_NVIDIA_NEWSROOM, claim.replace("Data Center", "Gaming"), "88%")
    assert_not_backed(_NVIDIA_NEWSROOM, claim.replace("88%", "85%"), "85%")


def test_a_compound_row_named_by_its_first_part() -> None:
    # Futu: "Brokerage commission and handling charge income" 3,360,646 of total revenues 7,200,214 (46.7%)
    assert_backed(_FUTU, "Brokerage commissions made up about 47% of total revenues.", "47%")
    # interest income's share (43.4%) is not the commissions'
    assert_not_backed(_FUTU, "Brokerage commissions made up about 43% of total revenues.", "43%")


def test_charges_of_a_class_a_metric_opens_are_an_item() -> None:
    # AMD: "(1) Q2'25 results included $800 million in inventory and related charges": a charge, no inventory
    charge = sentence_fact(_AMD, "results included $800 million in inventory and related charges", "$800 million")
    assert charge.metrics == {"item"}
    claim = ("AMD swung to GAAP operating income of $1,990 million from an operating loss of $134 million a year earlier, "
             "when results included $800 million of MI308 export-control charges.")
    assert_backed(_AMD, claim, "$800 million")
    # an inventory figure is not a charge
    assert_not_backed(_AMD, "AMD's inventory was $800 million.", "$800 million")


def test_a_tolerance_said_in_words() -> None:
    # ADI: "adjusted EPS to be $3.86, +/-$0.15"
    claim = "For the fourth quarter, ADI forecast adjusted EPS of $3.86, plus or minus $0.15."
    assert_backed(_ADI, claim, "$0.15")
    assert_not_backed(_ADI, claim.replace("$0.15", "$0.25"), "$0.25")


def test_a_cause_said_after_a_change_keeps_its_own_period() -> None:
    # Clorox, under "Fiscal Year 2026 Summary": "Organic sales decreased 8%, mainly due to lapping incremental shipments
    # related to the ERP transition in the fourth quarter" -- the year's change
    fact = sentence_fact(_CLOROX, "Organic sales decreased 8%, mainly due to", "8%")
    assert (fact.change, fact.period.length) == (True, "year")


_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_MCDONALDS = "mcdonalds_q2-2026_text.txt"


def test_wire_bullets_as_written() -> None:
    # STAAR: Q4 2023 diluted EPS $0.16 beside net income of $7.8 million
    bullet = "STAA Q4: net loss $(34.2)M or $(0.69)/shr vs net income $7.8M or $0.16."
    assert claim_readings(bullet, 2021)["$0.16"].metric == "eps"
    assert_backed(_STAAR, bullet, "$0.16")
    assert_not_backed(_STAAR, bullet.replace("$0.16", "$0.18"), "$0.18")
    # Copa: "op. profit" is operating profit (4Q24 204.2, down 4.7%), not net profit
    copa = "CPA 4Q24: op. margin 23.3% vs 23.5%; op. profit US$204.2M (-4.7% y/y)."
    assert claim_readings(copa, 2021)["US$204.2M"].metric == "operating_income"
    assert_backed(_COPA, copa, "US$204.2M")
    assert_backed(_COPA, copa, "-4.7%")
    # McDonald's: "or $6.21 excluding charges" is the first half's EPS excluding them, no charge of $6.21
    mcd = "First-half diluted EPS rose 6% to $6.10, or $6.21 excluding charges."
    assert claim_readings(mcd, 2021)["$6.21"].metric == "eps"
    assert_backed(_MCDONALDS, mcd, "$6.21")


_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"


def test_an_amount_a_change_comes_from_is_no_level_it_goes_to() -> None:
    # Arvinas: revenue 263.4 vs 78.5 (millions) for the year, "The increase in revenue of $184.9 million for the year
    # ... was primarily due to revenue from the Novartis agreements of $162.4 million"
    claim = "Arvinas' full-year revenue rose by $184.9 million, mainly on $162.4 million of revenue from the Novartis agreements."
    assert_backed(_ARVINAS, claim, "$184.9 million")
    assert_not_backed(_ARVINAS, claim.replace("$184.9 million", "$148.9 million"), "$148.9 million")


def test_a_ratio_the_claim_names_a_loss_is_of_a_loss() -> None:
    # Futu: "Interest income" 3,123,775 of total revenues 7,200,214 (43.4%) is no interest loss
    claim = "Brokerage commissions made up about 47% of Q2 revenue, and interest income about 43%."
    assert_backed(_FUTU, claim, "43%")
    assert_not_backed(_FUTU, claim.replace("interest income", "interest loss"), "43%")


def test_a_change_said_against_a_year_named_base_is_held_to_the_claims_own_levels() -> None:
    # Taylor Morrison: 13,750 over 2024's 12,896 is 6.6%; the release's "up 12%" of the quarter's closings is another
    claim = "The midpoint of Taylor Morrison's 2025 closings guidance, 13,750 homes, would be about 12% above 2024's 12,896."
    assert number_check(_TAYLOR, claim, "12%").reason == "the claim's own 13,750 and 12,896 give another change"


def test_a_part_is_less_than_its_whole() -> None:
    # NVIDIA Q4 FY2026: Data Center 62,314 of revenue 68,127; revenue is no share of itself (100%)
    assert_not_backed("nvidia_q4-fy2026.txt", "Data Center accounted for nearly 101% of quarterly revenue.", "101%")
    # the newsroom page: $35.1 billion of revenue over Data Center's $30.8 billion is no share
    assert_not_backed(_NVIDIA_NEWSROOM, "Data Center accounted for about 114% of NVIDIA's third-quarter revenue.", "114%")


def test_a_change_column_after_its_own_comparison() -> None:
    # Copa: "4Q24 | 4Q23 | % Change | 3Q24 | % Change": the (4.7%) after 4Q23 is the year's change, not the quarter's
    claim = "CPA 4Q24: op. margin 23.3% vs 23.5%; op. profit US$204.2M (-4.7% y/y)."
    assert_backed(_COPA, claim, "-4.7%")
    assert_not_backed(_COPA, claim.replace("y/y", "q/q"), "-4.7%")


def test_emphasis_is_taken_out_in_time_linear_in_the_text() -> None:
    # a pattern tried from every position of a line was quadratic in a long line with no asterisk (100 KB: 9 s)
    import time

    from summarizer.ingest.load import _without_emphasis

    text = "a" * 2_000_000 + "\n*x* *y*\n"
    started = time.perf_counter()
    assert _without_emphasis(text) == "a" * 2_000_000 + "\nx y\n"
    assert time.perf_counter() - started < 1.0
