"""Reading as the studied claim sets write it (session 52): a figure of running text said by the words its sentence
opens with, where no vocabulary names its metric; and a "from" that names where an amount came from, not what it is
compared with.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number, or
the figure said by other words, is not."""

from __future__ import annotations

from corpus import assert_backed, number_status, sentence_fact

_FUTU = "reading/futu_q2-2026_text.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_SEARS = "sears_q2-2004.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def test_a_figure_said_by_the_words_its_sentence_opens_with() -> None:
    # Futu: "Total costs were HK$985.4 million (US$125.7 million), an increase of 46.9% compared to HK$670.9 million
    # in the second quarter of 2025." No vocabulary names "total costs"; the claim's clause carries gross margin over
    claim = "Gross margin was 86.3% vs 87.4% a year ago as total costs rose 46.9% to HK$985.4 million."
    assert_backed(_FUTU, claim, "HK$985.4 million")
    assert_backed(_FUTU, claim, "46.9%")
    # "Margin financing and securities lending balance increased 85.1% year-over-year to HK$95.1 billion"
    balance = "The margin financing and securities lending balance was HK$95.1 billion (+85.1% y/y)."
    assert_backed(_FUTU, balance, "HK$95.1 billion")
    assert_backed(_FUTU, balance, "85.1%")


def test_a_figure_said_by_other_words_or_another_number_is_not_backed() -> None:
    # the same amount said by words its sentence does not open with
    assert number_status(_FUTU, "Gross margin was 86.3% as brokerage expenses rose to HK$985.4 million.", "HK$985.4 million") != "verified"
    # the words of the costs' sentence and another amount of the release (the quarter's total revenues)
    assert number_status(_FUTU, "Gross margin was 86.3% as total costs rose to HK$7,200.2 million.", "HK$7,200.2 million") != "verified"


def test_from_a_name_says_where_an_amount_came_from() -> None:
    # Arvinas: "cash used in operations of $237.4 million (net of $150.0 million received from the Novartis
    # agreements), inclusive of a one-time cash termination fee in the amount of $41.5 million": the fee is the year's
    claim = (
        "Cash used in operations was $237.4 million in 2024, net of $150.0 million received from Novartis and including "
        "a $41.5 million lease termination fee."
    )
    assert_backed(_ARVINAS, claim, "$41.5 million")
    # Sears: "... acquire up to 61 off-mall stores from Kmart and Wal-Mart for approximately $620 million": the price
    # is of this deal, no comparison
    price = sentence_fact(_SEARS, "and Wal-Mart for approximately", "$620 million")
    assert price.period.prior is False


def test_from_a_period_or_a_metric_still_compares() -> None:
    # Peapack: "NII ... increased $2.3 million and four basis points from NII of $48.3 million and NIM of 2.77%": an
    # abbreviation of capitals after "from" is a metric, and what follows is the comparison's
    level = sentence_fact(_PEAPACK, "four basis points from NII of $48.3 million", "$48.3 million")
    assert level.period.prior is True
    assert number_status(_ARVINAS, "Cash used in operations fell to $237.4 million from $41.5 million in 2023.", "$41.5 million") != "verified"


_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"
_KINGSOFT = "reading/kingsoft-cloud_q2-2026_text.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
_PALANTIR = "reading/palantir_q2-2026_text.txt"
_APPLE = "apple_q1-fy2011.txt"
_ASSURANT = "reading/assurant_q4-2024_newswire.txt"


def test_what_a_loss_is_compared_with_is_a_loss() -> None:
    # ImmunoGen: "a net loss of $8.2 million, or $0.20 per basic and diluted share, compared to a net loss of $4.7
    # million, or $0.11 ..." -- "lost" says the loss once for both periods
    claim = "For the six months, ImmunoGen lost $8.2 million, or $0.20 a share, versus $4.7 million, or $0.11."
    assert_backed(_IMMUNOGEN, claim, "$4.7 million")
    assert_backed(_IMMUNOGEN, claim, "$0.11")
    assert number_status(_IMMUNOGEN, "For the six months, ImmunoGen lost $8.2 million versus a profit of $4.7 million.", "$4.7 million") != "verified"


def test_a_loss_per_share_said_after_its_comparison() -> None:
    # Kingsoft Cloud: "Basic and diluted net loss per share was RMB0.02 (US$0.00), compared with RMB0.11 in the same
    # quarter of 2025": the per-share amount after "from RMB456.9 million a year earlier, or" is the quarter's loss
    claim = "The net loss narrowed 79.6% to RMB93.0 million from RMB456.9 million a year earlier, or RMB0.02 per share versus RMB0.11."
    assert_backed(_KINGSOFT, claim, "RMB0.02")
    assert_backed(_KINGSOFT, claim, "RMB0.11")
    eleven = sentence_fact(_KINGSOFT, "compared with RMB0.11 in the same quarter", "RMB0.11")
    assert eleven.value < 0 and eleven.period.prior


def test_a_month_end_said_without_its_year_is_a_date() -> None:
    # Tompkins: "9.31% at March 31, 2025" said as "at 3/31": the date is no figure to check
    claim = "Tier 1 capital to average assets 9.36% at 6/30/25 (9.31% at 3/31, 9.15% a year ago)."
    assert number_status(_TOMPKINS, claim, "3") == "not_financial"
    assert number_status(_TOMPKINS, claim, "9.36%") == "verified"


def test_revenue_said_rev() -> None:
    # Palantir: "Revenue grew 93% year-over-year to $1.939 billion"; the year-ago quarter's $1,004 million
    claim = "PLTR Q2: rev $1.94bn, up from $1.00bn a year ago; GAAP EPS $0.41 vs $0.13."
    assert_backed(_PALANTIR, claim, "$1.94bn")
    assert_backed(_PALANTIR, claim, "$1.00bn")
    assert number_status(_PALANTIR, "PLTR Q2: rev $1.00bn, up from $1.94bn a year ago.", "$1.00bn") != "verified"  # the year before


def test_a_flash_headline_of_the_quarter_is_the_company_s_revenue() -> None:
    # Assurant's newswire flash "*Assurant 4Q Rev $3.1B": the "Q" of "4Q" is no segment's name
    flash = sentence_fact(_ASSURANT, "*Assurant 4Q Rev", "$3.1B")
    assert flash.metrics == {"revenue"} and flash.period.length == "quarter"


def test_amounts_in_billions_set_against_the_amounts_in_billions_before() -> None:
    # Apple: "revenue of $26.74 billion and ... net quarterly profit of $6 billion, or $6.43 per diluted share ...
    # compared to revenue of $15.68 billion and net quarterly profit of $3.38 billion, or $3.67 per diluted share"
    claim = (
        "Apple posted record fiscal first-quarter 2011 revenue of $26.74 billion and net profit of $6 billion, or $6.43 a "
        "diluted share, up from $15.68 billion and $3.38 billion ($3.67) a year earlier."
    )
    for number in ("$15.68 billion", "$3.38 billion", "($3.67)"):
        assert_backed(_APPLE, claim, number)
    swapped = claim.replace("$15.68 billion and $3.38 billion", "$3.38 billion and $15.68 billion")
    assert number_status(_APPLE, swapped, "$15.68 billion") != "verified"


_ANALOG = "reading/analog-devices_q3-fy2026_text.txt"
_LOWES = "note/lowes_q2-fy2026_text.txt"


def test_a_period_said_with_the_next_clause_s_subject_is_that_clause_s() -> None:
    # Analog Devices: net income of $1,340,090 thousand in the quarter ($518,503 a year ago) and $3,35x million for
    # the nine months: "nine-month" opens the second clause and is not the first one's period
    claim = (
        "Net income more than doubled to $1.34 billion from $518.5 million, and nine-month net income reached $3.35 "
        "billion versus $1.48 billion."
    )
    for number in ("$1.34 billion", "$518.5 million", "$3.35 billion", "$1.48 billion"):
        assert_backed(_ANALOG, claim, number)
    # the quarter's figures said as the nine months' are not theirs
    swapped = "Net income more than doubled to $3.35 billion from $1.48 billion, and nine-month net income reached $1.34 billion."
    assert number_status(_ANALOG, swapped, "$1.34 billion") != "verified"


def test_a_percentage_after_a_pair_is_their_change() -> None:
    # Lowe's: net sales of $25,960 million against $23,959 million a year earlier: 8.4% more
    claim = "Lowe's Q2 2026 sales rose to $26.0 billion from $24.0 billion, about 8%, while diluted EPS was flat at $4.27."
    assert_backed(_LOWES, claim, "8%")
    assert number_status(_LOWES, claim.replace("about 8%", "about 9%"), "9%") != "verified"


_DATADOG = "datadog_q2-2026_text.txt"


def test_the_cash_flow_line_of_purchased_property_is_capex() -> None:
    # Datadog's cash flow statement: "Purchases of property and equipment | (9,889) | (15,152) | (21,247) | (23,900)"
    assert_backed(_DATADOG, "Datadog's capital expenditures were $9.9 million in Q2 2026, down from $15.2 million.", "$9.9 million")
    assert_backed(_DATADOG, "Six-month capex was $21.2 million.", "$21.2 million")
    assert number_status(_DATADOG, "Six-month capex was $23.9 million.", "$23.9 million") != "verified"  # the year before


_STAAR = "claim_reading/staar-surgical_q4-2024_newswire.txt"
_AUNA = "reading/auna_q2-2026_text.txt"


def test_a_loss_against_the_income_of_the_year_before() -> None:
    # STAAR: "Net loss for fiscal year 2024 was $(20.2) million or $(0.41) per diluted share compared with net income
    # of $21.3 million or $0.43 per diluted share for the prior year": "against" the same metric again compares periods,
    # and the parentheses of the per-share aside print no loss
    claim = (
        "Fiscal 2024 net sales were $313.9 million versus $322.4 million, with a net loss of $20.2 million ($0.41 per "
        "share) against net income of $21.3 million ($0.43)."
    )
    assert_backed(_STAAR, claim, "$21.3 million")
    assert_backed(_STAAR, claim, "($0.43)")
    assert number_status(_STAAR, claim.replace("($0.43)", "($0.41)"), "($0.41)") != "verified"


def test_a_per_share_aside_in_parentheses_is_of_its_amount_s_sign() -> None:
    # Auna: adjusted net income of S/40 million, S/0.50 per share (no loss)
    claim = "AUNA 2Q26 net income S/33m (S/0.40/sh) vs S/84m in 2Q25; adj. net income S/40m (S/0.50) vs S/89m."
    assert_backed(_AUNA, claim, "(S/0.50)")


_ASE = "reading/ase-technology_q4-2024_newswire.txt"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"


def test_a_whole_and_its_part_take_the_whole_s_own_period() -> None:
    # ASE: "capital expenditures ... US$640 million in 4Q24 ... US$1,876 million for 2024, of which US$957 million
    # were used for packaging"
    claim = "Capital expenditures were US$640 million in 4Q24 and US$1,876 million for 2024, of which US$957 million went to packaging."
    assert_backed(_ASE, claim, "US$1,876 million")
    assert_backed(_ASE, claim, "US$957 million")
    swapped = "Capital expenditures were US$1,876 million in 4Q24 and US$640 million for 2024."
    assert number_status(_ASE, swapped, "US$1,876 million") != "verified"


def test_a_second_change_counted_over_another_length() -> None:
    # GrafTech: cash costs per metric ton down 25% in the fourth quarter and 23% for the full year 2024
    claim = "Cash costs per metric ton fell 25% year over year in Q4 and 23% for the full year."
    assert_backed(_GRAFTECH, claim, "23%")
    assert number_status(_GRAFTECH, "Cash costs per metric ton fell 25% year over year in Q4 and 19% for the full year.", "19%") != "verified"


_ASSURANT_CLAIMS = "claim_reading/assurant_q4-2024_newswire.txt"


def test_a_clause_that_opens_with_its_year() -> None:
    # Assurant: 2024 share repurchases of $300 million and dividends of $156 million; in the fourth quarter $120
    # million and $41 million
    claim = (
        "In Q4 Assurant repurchased about 559 thousand shares for $120 million and paid $41 million of dividends; for "
        "2024, buybacks of $300 million and dividends of $156 million totaled $456 million."
    )
    assert_backed(_ASSURANT_CLAIMS, claim, "$300 million")
    assert_backed(_ASSURANT_CLAIMS, claim, "$156 million")
    swapped = "In Q4 Assurant paid $156 million of dividends; for 2024, dividends of $41 million."
    assert number_status(_ASSURANT_CLAIMS, swapped, "$41 million") != "verified"


_BEYOND = "reading/beyond-meat_q2-2026_text.txt"


def test_a_comparison_after_an_item_s_aside_is_the_level_s() -> None:
    # Beyond Meat: net income of $16.4 million in Q2 2026 against a net loss of $31.8 million a year earlier; the
    # $57.7 million gain on debt extinguishment in between is an aside
    claim = (
        "Beyond Meat posted net income of $16.4 million, helped by a $57.7 million non-cash gain on debt "
        "extinguishment, versus a $31.8 million loss."
    )
    assert_backed(_BEYOND, claim, "$31.8 million")
    assert number_status(_BEYOND, claim.replace("$31.8 million loss", "$37.5 million loss"), "$37.5 million") != "verified"


_NEPHROS = "reading/nephros_q4-2024_newswire.txt"


def test_a_thousands_mark_after_a_loss_s_parentheses() -> None:
    # Nephros: adjusted EBITDA of $466 thousand in Q4 2024 against a loss of $(51) thousand a year earlier
    claim = "NEPH Q4 adj. EBITDA $466k vs $(51)k; FY $533k vs $(76)k."
    assert_backed(_NEPHROS, claim, "$(51)k")
    assert_backed(_NEPHROS, claim, "$(76)k")
    assert number_status(_NEPHROS, "NEPH Q4 adj. EBITDA $466k vs $(51)m.", "$(51)m") != "verified"


def test_per_share_before_the_noun_it_is_the_unit_of() -> None:
    # Peapack: "the Company declared a cash dividend of $0.05 per share"
    assert_backed(_PEAPACK, "PGC declared a $0.05 per share dividend in the quarter.", "$0.05")
    assert number_status(_PEAPACK, "PGC declared a $0.06 per share dividend in the quarter.", "$0.06") != "verified"


_ROYALTY = "reading/royalty-management_q2-2025_newswire.txt"


def test_how_many_times_a_level_is_what_it_rose_from() -> None:
    # Royalty Management: Q2 2025 revenue of $1,330,xxx against $254,xxx in Q2 2024: 5.2 times
    claim = "Q2 2025 total revenue was about $1.33 million, up from roughly $254,000 in Q2 2024, roughly five times as much."
    assert number_status(_ROYALTY, claim, "five") == "derived"
    assert number_status(_ROYALTY, claim.replace("five times", "six times"), "six") != "derived"


_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"


def test_the_cash_flow_line_of_payments_for_shares_is_a_buyback_in_money() -> None:
    # Parker: "Payments for common shares | (1,262) | (1,766)" ($ in millions), no count of shares
    assert_backed(_PARKER, "Parker spent $1.26 billion on share repurchases in fiscal 2026.", "$1.26 billion")
    assert number_status(_PARKER, "Parker spent $1.77 billion on share repurchases in fiscal 2026.", "$1.77 billion") != "verified"


_RYDER = "reading/ryder_q4-2024_newswire.txt"


def test_a_table_introduced_by_a_line_that_names_its_quarter() -> None:
    # Ryder: "Total and operating revenue for the three months ended December 31 were as follows:" over columns that
    # name only "2024" and "2023" -- the quarter's, not the year's ($3,189 million, of the year's $12,636 million)
    total = sentence_fact(_RYDER, "Total             $3,189", "$3,189")
    assert total.period.length == "quarter" and total.period.prior is False
    assert number_status(_RYDER, "Ryder's 2024 full-year total revenue was $3,189 million.", "$3,189 million") != "verified"
    assert_backed(_RYDER, "Ryder's fourth-quarter total revenue was $3,189 million.", "$3,189 million")
