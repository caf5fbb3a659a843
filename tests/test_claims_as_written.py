"""Claims as analysts write them (issue 11, session 20): asides between commas and after a parenthesis,
a dividend raised "from" the rate it replaces, a study's data "from" a trial, and cash added up with the
securities held beside it. Each against the real release the claim was written about."""

from __future__ import annotations

from corpus import fact_index, number_check, number_status

from summarizer.text.context import read_sentence
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import verify_claim

_KINGSOFT = "reading/kingsoft-cloud_q2-2026_text.txt"
_PRAIRIESKY = "reading/prairiesky_q4-2024_newswire.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_AXON = "reading/axon_q2-2026_text.txt"
_APPLE = "claim_reading/apple_q3-fy2012.txt"


def test_an_aside_between_commas_names_no_metric_of_the_amount():
    """"capital expenditures (including capitalized assets through leasing arrangements) amounting to RMB3.3
    billion in Q2": the claim's ", including leased assets," is the same aside, not a level of assets."""
    claim = "Capital expenditures, including leased assets, came to RMB3.3 billion in Q2."
    assert number_status(_KINGSOFT, claim, "RMB3.3 billion") == "verified"
    changed = "Capital expenditures, including leased assets, came to RMB3.4 billion in Q2."
    assert number_status(_KINGSOFT, changed, "RMB3.4 billion") != "verified"


def test_a_dividend_raised_from_the_rate_of_the_release_s_year():
    """"a 4% increase in its annual dividend policy to $1.04 per common share", and the year's dividends
    declared of "$1.00 per common share": the rate raised from is this year's, not the year before's
    (0.96 in the table's 2023 column)."""
    claim = "Raised the annual dividend 4% to $1.04 a share ($0.26 quarterly) from $1.00."
    assert number_status(_PRAIRIESKY, claim, "$1.00") == "verified"
    earlier = "Raised the annual dividend 4% to $1.04 a share ($0.26 quarterly) from $0.96."
    assert number_status(_PRAIRIESKY, earlier, "$0.96") != "verified"


def test_data_from_a_study_is_no_comparison_period():
    """"Presented Phase 1b data from the TACTIVE-U sub-study ... that demonstrated encouraging clinical activity
    (clinical benefit rate: 62.5%; ...)": the "from" names the study, and a verb stands before the figure."""
    sentence = ("Presented Phase 1b data from the TACTIVE-U sub-study of vepdegestrant in combination with abemaciclib "
                "that demonstrated encouraging clinical activity (clinical benefit rate: 62.5%; overall response rate: 26.7%)")
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    assert [r.period.prior for r in read_sentence(sentence, numbers, 0, len(sentence), 2024)] == [False, False]
    claim = "TACTIVE-U Phase 1b data showed a 62.5% clinical benefit rate and a 26.7% overall response rate."
    assert number_status(_ARVINAS, claim, "62.5%") == "verified"


def test_a_change_after_an_aside_is_of_what_the_aside_interrupted():
    """"a net debt position of $1.1 billion, up $46 million sequentially", said with its parts in parentheses
    between: the change is net debt's, not of the cash named last in the aside; "senior notes" are debt."""
    claim = ("Net debt of $1.1 billion at June 30 ($1.8 billion of senior notes less $685 million of cash and "
             "short-term investments), up $46 million sequentially.")
    assert number_status(_AXON, claim, "$46 million") == "verified"
    assert number_status(_AXON, claim, "$1.8 billion") == "verified"
    changed = claim.replace("$46 million", "$64 million")
    assert number_status(_AXON, changed, "$64 million") != "verified"


def test_cash_and_marketable_securities_added_up_from_the_balance_sheet():
    """Apple's balance sheet at June 30, 2012: cash and cash equivalents 7,945, short-term marketable
    securities 19,709, long-term 89,567 (millions): $117.2 billion of cash and marketable securities."""
    claim = "Cash and marketable securities totaled about $117.2 billion at June 30."
    check = number_check(_APPLE, claim, "$117.2 billion")
    assert check.status.value in ("derived", "misattributed") and check.formula.startswith("cash and securities")
    # the same rows at September 24, 2011 (9,815 + 16,137 + 55,618) are the comparison date's, not June 30's
    assert number_status(_APPLE, "Cash and marketable securities totaled about $81.6 billion at June 30.", "$81.6 billion") not in (
        "verified", "derived")
    # cash alone is not the sum
    assert number_status(_APPLE, "Cash and cash equivalents totaled about $117.2 billion at June 30.", "$117.2 billion") not in (
        "verified", "derived")


def test_a_share_s_part_is_the_amount_the_claim_states_for_it():
    """Ryder's segment review prints one "Earnings Before Tax (EBT)" row per segment (FMS $152 million, SCS
    $90 million) over the same operating revenue: a claim that states SCS's EBT of $90 million and then its
    share of operating revenue is backed by the SCS row (8.9%), not by FMS's $152 million of the company's
    $2,617 million (5.8%), in the whole claim or in its clause read alone."""
    release = "reading/ryder_q4-2024_newswire.txt"
    claim = "Supply Chain Solutions Q4 EBT jumped 58% to $90 million, with EBT at 8.9% of operating revenue, up 310 bps."
    assert number_status(release, claim, "8.9%") == "verified"
    other = claim.replace("8.9%", "5.8%")
    assert number_status(release, other, "5.8%") == "unsupported"


def test_an_implied_quarter_is_the_year_to_date_less_its_last_quarter():
    """Venture Global's income from operations: six months 3,339 and the second quarter 2,188 (millions), so
    the implied first quarter is 1,151 ($1.2 billion; a year earlier 2,118 less 1,038, $1.08 billion). Only a
    claim that says the value is implied, of the quarter that is left."""
    release = "reading/venture-global_q2-2026_text.txt"
    check = number_check(release, "Implied first-quarter income from operations was about $1.2 billion.", "$1.2 billion")
    assert check.status.value == "derived" and "3,339" in check.formula
    assert number_status(release, "Implied first-quarter income from operations was about $1.08 billion a year earlier.",
                   "$1.08 billion") == "derived"
    assert number_status(release, "Implied first-quarter income from operations was about $1.3 billion.", "$1.3 billion") not in (
        "verified", "derived")
    assert number_status(release, "Implied second-quarter income from operations was about $1.2 billion.", "$1.2 billion") not in (
        "verified", "derived")
    assert number_status(release, "First-quarter income from operations was about $1.2 billion.", "$1.2 billion") not in (
        "verified", "derived")


def test_numbers_listed_with_their_years_respectively():
    """"Equity loss on investments amounting to $0.2 million and $0.1 million in the three months December 31,
    2024 and December 31, 2023, respectively": the second year is the comparison's; and the equity method's
    share of an investee's loss is a metric of its own, no shareholders' equity (a balance with no length)."""
    sentence = ("Equity loss on investments amounting to $0.2 million and $0.1 million in the three months December 31, "
                "2024 and December 31, 2023, respectively.")
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, numbers, 0, len(sentence), 2024)
    assert [r.period.prior for r in readings] == [False, True]
    assert {r.metric for r in readings} == {"equity_income"}
    release = "reading/danaos_q4-2024_newswire.txt"
    assert number_status(release, sentence, "$0.1 million") == "verified"
    swapped = sentence.replace("$0.2 million and $0.1 million", "$0.1 million and $0.2 million")
    assert number_status(release, swapped, "$0.1 million") != "verified"


def test_a_change_of_money_used_is_read_by_its_size():
    """Auna: "Net cash used in financing activities\\nwas S/271 million, an increase of 30% or S/63 million", and
    the row "Net cash used in financing activities" prints (271), (209) and a change of (63). The outflow grew by
    S/63 million: the change cell backs an increase, not a decrease; the words "cash used in" on the line before
    give the S/271 million its direction."""
    release = "reading/auna_q2-2026_text.txt"
    claim = "Net cash used in financing activities was S/271 million, an increase of 30% or S/63 million."
    assert number_status(release, claim, "S/63 million") == "verified"
    assert number_status(release, claim.replace("an increase", "a decrease"), "S/63 million") != "verified"
    wrapped = "Net cash used in financing activities\nwas S/271 million, an increase of 30% or S/63 million."
    assert number_status(release, wrapped, "S/271 million") == "verified"


# Wire and Slack shorthand (the fourth blind set's style): "cc", "op margin", "LY", "9M", a signed level after "vs".


def test_cc_after_a_change_is_constant_currency():
    """Oracle's "% Increase (Decrease) in Constant Currency" column: cloud license and on-premise license
    revenue up 18% in US $, 25% in constant currency."""
    release = "reading/oracle_q4-fy2022_operations.html"
    claim = "Cloud license and on-premise license revenue jumped 18% y/y to $2.54bn (+25% cc)"
    assert number_status(release, claim, "25%") == "verified"
    changed = verify_claim(fact_index(release), claim.replace("+25% cc", "+18% cc")).numbers
    assert [n.status.value for n in changed if n.text == "18%"] == ["verified", "context_mismatch"]


def test_op_margin_ly_and_a_nine_month_label():
    """Keysight: the Communications Solutions Group's operating margin 34% against 26%; free cash flow $403
    million against $291 million, and 1,282 for the nine months (1,094 a year before)."""
    release = "reading/keysight_q3-fy2026_text.txt"
    assert number_status(release, "Communications Solutions op margin 34% vs 26% LY", "26%") == "verified"
    claim = "Q3 free cash flow $403m vs $291m LY; 9M FCF $1.28bn"
    checks = {n.text: n for n in verify_claim(fact_index(release), claim).numbers}
    assert checks["9M"].status.value == "not_financial"
    assert checks["$291m"].status.value == checks["$1.28bn"].status.value == "verified"
    assert number_status(release, "Q3 free cash flow $403m vs $291m LY; 9M FCF $1.09bn", "$1.09bn") != "verified"
    assert number_status(release, "Q3 free cash flow $291m vs $403m LY", "$291m") != "verified"


def test_a_signed_level_after_vs_is_no_change():
    """Green Plains: EBITDA of $(18.9) million in Q4 2024 against $44.7 million a year before. "+$44.7m" after
    "vs" is the level compared with; and the "9m" of "$18.9m" names no nine months."""
    release = "claim_reading/green-plains_q4-2024_newswire.txt"
    assert number_status(release, "Q4 EBITDA -$18.9m vs +$44.7m LY", "$44.7m") == "verified"
    assert number_status(release, "Q4 net loss $54.9m, or 86 cents a share, vs net income of $7.2m, or 12 cents, LY",
                   "86 cents") == "verified"


def test_cash_plus_marketable_securities():
    """Confluent's balance sheet at December 31, 2024: cash and cash equivalents 385,980 and marketable
    securities 1,524,583 (thousands): $1.91 billion; a year before 349,761 and 1,551,009, $1.90 billion.
    "plus" names the sum as "and" does."""
    release = "claim_reading/confluent_q4-2024_newswire.txt"
    claim = "Cash plus marketable securities $1.91 bln at Dec 31 vs $1.90 bln a year earlier"
    checks = {n.text: n for n in verify_claim(fact_index(release), claim).numbers}
    assert checks["$1.91 bln"].status.value == checks["$1.90 bln"].status.value == "derived"
    assert checks["$1.91 bln"].formula.startswith("cash and securities: 385,980 + 1,524,583")
    changed = verify_claim(fact_index(release), "Cash plus marketable securities $1.93 bln at Dec 31")
    assert not changed.supported


def test_net_earnings_to_shareholders_are_earnings():
    """"net earnings to shareholders" is the wire's "attributable to shareholders": net income, no return of
    capital (First Quantum: 99 in Q4 2024, (1,447) in Q4 2023)."""
    release = "reading/first-quantum_q4-2024_newswire.txt"
    claim = "Q4 net earnings to shareholders $99 mln, or 12 cents a share, vs a loss of $1.45 bln a year earlier"
    assert verify_claim(fact_index(release), claim).supported
    assert number_status(release, claim.replace("$99 mln", "$108 mln"), "$108 mln") != "verified"


def test_a_signed_number_before_q_q_is_a_change():
    """First Quantum: copper production of 111,602 tonnes, a 4% decrease from Q3 2024."""
    release = "reading/first-quantum_q4-2024_newswire.txt"
    assert number_status(release, "Copper output 111,602 t, -4% q/q", "-4%") == "verified"
    assert number_status(release, "Copper output 111,602 t, +4% q/q", "4%") != "verified"


def test_vs_another_metric_sets_two_figures_side_by_side():
    """A wire's "vs" before another metric than any the sentence named is no comparison period: Beyond Meat's
    cash of $186.1 million against its debt of $323.8 million; ConocoPhillips' cash from operations of $7.2
    billion against $3.0 billion of capital expenditures and investments. The same metric again after "vs" is
    the comparison period's (Wayfair-style "Net loss ... vs. net income of $15 million")."""
    beyond = "reading/beyond-meat_q2-2026_text.txt"
    assert number_status(beyond, "Cash incl. restricted $186.1m vs debt of $323.8m at quarter-end", "$323.8m") == "verified"
    cop = "conocophillips_q2-2026_text.txt"
    assert verify_claim(fact_index(cop), "CFO of $7.2 bln vs $3.0 bln of capex and investments, leaving about $4.2 bln").supported
    sentence = "Net loss of $1 million, or $0.01 per share, vs. net income of $15 million"
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    assert [r.period.prior for r in read_sentence(sentence, numbers, 0, len(sentence), 2026)] == [False, False, True]


def test_a_plus_between_two_amounts_adds_them():
    """ConocoPhillips returned $3.0 billion in the quarter: $2.0 billion of buybacks and $1.0 billion of
    dividends. A "+" set apart between amounts is a sum, no rise; "Up +62%" stays a change."""
    cop = "conocophillips_q2-2026_text.txt"
    assert verify_claim(fact_index(cop), "Q2 shareholder distributions $3.0bn = $2.0bn buybacks + $1.0bn dividends").supported
    sentence = "Net income up +62% to $5.0 million"
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    assert [r.change for r in read_sentence(sentence, numbers, 0, len(sentence), 2026)] == [True, False]


def test_a_fiscal_year_before_an_amount_s_noun_is_that_amount_s():
    """"covering the EUR 30.3m FY24 dividend": the FY24 dates the dividend, not the operating cash flow said
    before it, which keeps the length of its paragraph (PATRIZIA's nine months)."""
    sentence = "Operating cash flow EUR 40.2m vs EUR 2.3m, covering the EUR 30.3m FY24 dividend"
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, numbers, 0, len(sentence), 2025, "nine_months")
    assert [r.period.length for r in readings[:2]] == ["nine_months", "nine_months"]


def test_a_figure_said_again_after_or_keeps_the_comparison_period():
    """Beyond Meat: "gross margin of 8.5%, compared to gross profit of $7.9 million, or gross margin of 10.6%, in
    the year-ago period": the 10.6% is the year-ago quarter's, so the margin fell 2.1 points (210 bps)."""
    release = "reading/beyond-meat_q2-2026_text.txt"
    check = number_check(release, "Gross margin 8.5%, down 210 bps y/y", "210 bps")
    assert check.status.value == "derived" and "8.5% vs 10.6%" in check.formula
    assert number_status(release, "Gross margin 8.5%, down 230 bps y/y", "230 bps") not in ("verified", "derived")
    assert number_status(release, "Gross margin 8.5%, up 210 bps y/y", "210 bps") not in ("verified", "derived")


def test_net_loss_from_operations_is_the_operating_line():
    """Royalty Management's statement: "NET LOSS FROM OPERATIONS | (48,147) | (134,899)", the line after total
    operating expenses and before other income: an operating loss, not the net loss."""
    release = "reading/royalty-management_q2-2025_newswire.txt"
    claim = "Loss from operations shrank to $48,147 in Q2 from $134,899 LY"
    assert verify_claim(fact_index(release), claim).supported
    assert not verify_claim(fact_index(release), "Net loss shrank to $48,147 in Q2 from $134,899 LY").supported


def test_a_company_margin_from_its_line_over_total_revenue():
    """Vertex prints no non-GAAP operating margin: its reconciliation's "Non-GAAP operating income" 1,423.3 over
    the income statement's "Total revenues" 3,333.9 for the quarter is 42.7% (2,733.6 of 6,320.8, 43.2%, for
    the half)."""
    release = "reading/vertex_q2-2026_text.txt"
    check = number_check(release, "Non-GAAP operating margin came in at 42.7%", "42.7%")
    assert check.status.value == "derived" and "1,423.3 vs 3,333.9" in check.formula
    assert number_status(release, "Non-GAAP operating margin came in at 44.7%", "44.7%") not in ("verified", "derived")
    assert number_status(release, "Non-GAAP operating margin came in at 43.2% in the quarter", "43.2%") not in (
        "verified", "derived")


def test_a_share_of_the_segments_sum():
    """GE HealthCare's "Segment Revenues" row for the fourth quarter: Imaging 2,393, AVS 1,440, PCS 827, PDx 646;
    the four segments' sum 5,306 ($5.31 billion), of which AVS is 27.1%. Not another segment's share, nor a sum of
    as many segments as the claim does not count."""
    release = "reading/ge-healthcare_q4-2024_newswire.txt"
    claim = "Advanced Visualization Solutions contributed 27% of the four segments' fourth-quarter revenue of $5.31 billion."
    check = number_check(release, claim, "27%")
    assert check.status.value == "derived" and check.formula.startswith("share of the segments' sum: $1,440 of")
    assert number_status(release, claim.replace("27%", "45%"), "45%") == "unsupported"  # Imaging's share
    assert number_status(release, claim.replace("four", "three"), "27%") == "unsupported"


def test_a_total_and_the_total_it_is_compared_with():
    """PATRIZIA: "Performance fees of EUR 12.6m (9M 2024: EUR 18.2m) and transactions fees of EUR 5.0m (9M 2024:
    EUR 8.9m)": together EUR 17.6m this year and EUR 27.1m the year before, each side added apart."""
    release = "claim_reading/patrizia_9m-2025_newswire.txt"
    claim = "Performance and transaction fees together EUR 17.6m vs EUR 27.1m in 9M 2024"
    checks = {n.text: n for n in verify_claim(fact_index(release), claim).numbers}
    assert checks["EUR 17.6m"].status.value == checks["EUR 27.1m"].status.value == "derived"
    swapped = verify_claim(fact_index(release), "Performance and transaction fees together EUR 27.1m vs EUR 17.6m in 9M 2024")
    assert not swapped.supported


def test_a_company_margin_is_of_the_claim_s_side_and_basis():
    """GE HealthCare: the fourth quarter's adjusted EBIT margin is 18.7%, a year before 16.1%; a claim that the
    margin went "to 16.1%" is not backed by the year-before line, nor an adjusted margin by a line that says no
    basis (a transposed "from 13.6%")."""
    release = "reading/ge-healthcare_q4-2024_newswire.txt"
    assert number_status(release, "The fourth-quarter adjusted EBIT margin widened 260 basis points to 16.1%.", "16.1%") not in (
        "verified", "derived")
    assert number_status(release, "Sees 2025 adjusted EBIT margin of 16.7% to 16.8%, up about 40-50 bps from 13.6%.",
                   "13.6%") not in ("verified", "derived")


def test_numbers_listed_before_respectively_take_the_bases_listed_before_them():
    """Vertex: "GAAP and non-GAAP effective tax rates were 21.0% and 21.1%, respectively": each rate is
    its basis's, so the same rates with their bases swapped are not borne out."""
    claim = "GAAP and non-GAAP effective tax rates were 21.0% and 21.1%, respectively."
    rates = read_sentence(claim, [(n.span, n.value, n.unit) for n in read_numbers(claim)], 0, len(claim), 2026)
    assert [reading.basis for reading in rates] == ["gaap", "adjusted"]
    assert number_status("reading/vertex_q2-2026_text.txt", claim, "21.0%") == "verified"
    assert number_status("reading/vertex_q2-2026_text.txt", claim, "21.1%") == "verified"
    swapped = "GAAP and non-GAAP effective tax rates were 21.1% and 21.0%, respectively."
    assert number_status("reading/vertex_q2-2026_text.txt", swapped, "21.1%") != "verified"


def test_a_phone_number_run_into_the_next_word_is_no_figure():
    """Nephros' contact line "(646) 823-8656ksmith@pcgadvisory.com": the e-mail address glued on does not
    make 823 a number to check."""
    claim = "Kirin Smith, PresidentPCG Advisory, Inc.(646) 823-8656ksmith@pcgadvisory.com"
    assert all(number.kind is not None for number in read_numbers(claim))
    assert verify_claim(fact_index("reading/nephros_q4-2024_newswire.txt"), claim).supported


def test_cash_before_what_is_paid_in_it_names_no_cash_balance():
    """Helix: "the Company paid a cash fee of 10% of gross proceeds raised to an eligible finder": the fee
    is paid in cash; the 10% is of the proceeds, as the release's own sentence says."""
    claim = "In connection with the closing, the Company paid a cash fee of 10% of gross proceeds raised to an eligible finder."
    assert number_status("reading/helix-biopharma_fy2025_newswire.txt", claim, "10%") == "verified"
    changed = "In connection with the closing, the Company paid a cash fee of 12% of gross proceeds raised to an eligible finder."
    assert number_status("reading/helix-biopharma_fy2025_newswire.txt", changed, "12%") != "verified"
