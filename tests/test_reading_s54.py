"""Reading as the claim sets write it (session 54, sets 17 and 18): shares and their parts; the periods of earlier
clauses, quarters, headings and payouts; changes said once for two figures; organic and like-for-like changes; guidance
revised from a range; counts of their own noun.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, sentence_fact

_DISNEY = "reading/disney_q3-fy2026_text.txt"
_WAYFAIR = "reading/wayfair_q2-2026_text.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def test_a_share_of_a_total_is_a_part_of_the_totals_own_metric() -> None:
    # Disney: Experiences' segment operating income 3,017 of "Total segment operating income" 5,555 (54.3%); the
    # revenue named last before the share ($9,968 million) is not its part
    claim = (
        "Experiences operating income rose 20% to $3,017 million on 10% revenue growth to $9,968 million, "
        "about 54% of total segment operating income."
    )
    assert_backed(_DISNEY, claim, "54%", "share of total: 3,017 of 5,555 = 54.3")
    assert_not_backed(_DISNEY, claim.replace("about 54%", "about 59%"), "59%")


def test_a_share_said_again_without_its_whole_is_of_the_amount_right_before() -> None:
    # Wayfair: "contribution profit was $539 million, or 15.3%" -- the 15.3% is contribution profit's share of net
    # revenue, not gross profit's, whose share the claim said first
    claim = "Gross profit was $1,054 million, or 30.0% of net revenue; contribution profit was $539 million, or 15.3%."
    assert_backed(_WAYFAIR, claim, "15.3%")
    assert_not_backed(_WAYFAIR, claim.replace("15.3%", "16.3%"), "16.3%")


def test_a_year_said_with_the_amount_before_is_no_year_of_the_next_clause() -> None:
    # Peapack (a release on Q3 2025): "Wealth Management fee income was $15.8 million in Q3 2025, which amounted to
    # 22% of total revenue for the quarter"; the claim's "at year-end 2024" dates the $11.9 billion alone
    claim = (
        "Wealth management AUM/AUA grew to $12.9 billion from $11.9 billion at year-end 2024, and wealth fee income "
        "of $15.8 million was 22% of Q3 revenue."
    )
    assert_backed(_PEAPACK, claim, "22%")
    assert_backed(_PEAPACK, claim, "$15.8 million")
    assert_not_backed(_PEAPACK, claim.replace("22%", "25%"), "25%")
    # the year still dates the amount it is said with: the September balance is no year-end 2024 one
    assert_backed(_PEAPACK, claim, "$11.9 billion")
    assert_not_backed(_PEAPACK, claim.replace("to $12.9 billion from $11.9 billion", "to $13.9 billion from $12.9 billion"), "$12.9 billion")


_US_BANCORP = "reading/us-bancorp_q4-2021_income_highlights.html"


def test_an_earlier_quarter_said_after_the_amount_is_the_comparisons() -> None:
    # U.S. Bancorp, the release of 4Q21: "Net income attributable to U.S. Bancorp" 3Q21 $2,028 (4Q21 $1,673)
    claim = "U.S. Bancorp's 4Q21 net income was $355 million below the $2,028 million earned in 3Q21."
    assert_backed(_US_BANCORP, claim, "$2,028 million")
    assert_not_backed(_US_BANCORP, claim.replace("$2,028 million", "$2,128 million"), "$2,128 million")
    # said of the release's own quarter, the amount is that quarter's: 4Q21's is $1,673 million
    assert_not_backed(_US_BANCORP, "U.S. Bancorp's net income was $2,028 million in 4Q21.", "$2,028 million")


_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"
_DUTCH_BROS = "reading/dutch-bros_q2-2026_text.txt"


def test_a_gain_made_on_a_sale_is_an_item_with_its_amount_per_share_between() -> None:
    # Wells Fargo: "$943 million, or $0.18 per share, net gain on the sales of our Corporate Trust Services ..."
    claim = (
        "Fourth-quarter results included a $943 million net gain, or $0.18 a share, on the sales of Corporate Trust "
        "Services and Wells Fargo Asset Management."
    )
    assert not claim_readings(claim, 2021)["$943 million"].change
    assert_backed(_WELLS_FARGO, claim, "$943 million")
    assert_not_backed(_WELLS_FARGO, claim.replace("$943 million", "$843 million"), "$843 million")


def test_how_often_a_dividend_is_paid_is_no_length_of_the_sentence() -> None:
    # Goldman Sachs: "During the year, the firm returned $7.49 billion ..., including $5.20 billion of common share
    # repurchases ... and $2.29 billion of common stock dividends"; the quarterly dividend is the $2.00's own
    read = claim_readings(
        "The firm returned $7.49 billion to common shareholders in 2021, including $5.20 billion of share repurchases "
        "and $2.29 billion of dividends, and declared a quarterly dividend of $2.00 a share.", 2021, ""
    )
    assert read["$5.20 billion"].period.length == read["$2.29 billion"].period.length == ""  # the verifier dates them
    assert read["$2.00"].period.length == "quarter"


def test_a_provision_benefit_is_money_in() -> None:
    # U.S. Bancorp: "Provision for credit losses | (13)" in 4Q21, 441 in 4Q20
    claim = "U.S. Bancorp booked a $13 million provision benefit in 4Q21, compared with a $441 million provision in 4Q20."
    assert_backed(_US_BANCORP, claim, "$13 million")
    assert_not_backed(_US_BANCORP, "U.S. Bancorp booked a $13 million provision in 4Q21.", "$13 million")


def test_a_percentage_after_a_level_up_from_its_base_is_the_change() -> None:
    # Keysight: "Total Revenue | $ | 1,846 | | | $ | 1,352 | | | 36% |"
    claim = "Keysight Technologies reported fiscal third-quarter 2026 revenue of $1.85 billion, up from $1.35 billion a year earlier, or 36%."
    assert claim_readings(claim, 2026)["36%"].change
    assert_backed(_KEYSIGHT, claim, "36%")
    assert_not_backed(_KEYSIGHT, claim.replace("or 36%", "or 26%"), "26%")


def test_a_buyback_a_board_approved_is_a_programme_not_a_quarters_repurchases() -> None:
    # Sandisk: "Sandisk's Board of Directors approving an additional $14 billion buyback program"; the quarter's
    # repurchases were $4,524 million
    claim = (
        "Sandisk bought back $4,524 million of stock in the fourth quarter, and its board approved an additional "
        "$14 billion buyback, bringing remaining authorization to $15.5 billion."
    )
    assert_backed(_SANDISK, claim, "$14 billion")
    assert_not_backed(_SANDISK, "Sandisk bought back $14 billion of stock in the fourth quarter.", "$14 billion")


def test_a_count_of_its_own_noun_in_an_outlook_under_a_years_heading() -> None:
    # Dutch Bros, under "2026 Guidance 3": "• Capital expenditures are now estimated to be between $350 million and
    # $370 million." ... "• Total system shop openings are estimated to be at least 185."
    openings = sentence_fact(_DUTCH_BROS, "Total system shop openings are estimated", "185")
    assert openings.period.length == "year"
    capex = sentence_fact(_DUTCH_BROS, "Capital expenditures are now estimated", "$350 million")
    assert capex.period.length == "year"
    claim = (
        "The company now expects 2026 capital expenditures of $350 million to $370 million and still expects at "
        "least 185 system shop openings."
    )
    assert_backed(_DUTCH_BROS, claim, "185")
    assert_not_backed(_DUTCH_BROS, claim.replace("185", "195"), "195")
    # an outlook "this year" is the year's, not the quarter's its sentence named first
    this_year = "The company opened 48 new shops in the quarter, 44 of them company-operated, and still expects at least 185 openings this year."
    assert_backed(_DUTCH_BROS, this_year, "185")
    assert_not_backed(_DUTCH_BROS, "The company opened 48 new shops in the quarter and expects 185 openings in the third quarter.", "185")


_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
_WATTS = "reading/watts-water_q4-2024_newswire.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"


def test_changes_after_an_amount_per_share_are_of_earnings_per_share() -> None:
    # Tompkins: "diluted earnings per share of $1.50 for the second quarter of 2025, up 9.5% from the immediate prior
    # quarter, and up 36.4% from the diluted earnings per share of $1.10 reported for the second quarter of 2024"
    claim = (
        "Tompkins Financial (TMP) earned $1.50 a diluted share in Q2 2025, up 36.4% from $1.10 a year earlier and "
        "9.5% from the first quarter."
    )
    read = claim_readings(claim, 2025)
    assert [read[n].metric for n in ("$1.50", "36.4%", "$1.10", "9.5%")] == ["eps"] * 4
    for number in ("36.4%", "$1.10", "9.5%"):
        assert_backed(_TOMPKINS, claim, number)
    assert_not_backed(_TOMPKINS, claim.replace("9.5%", "8.5%"), "8.5%")


def test_a_change_said_organic_or_like_for_like_after_it_is_of_that_basis() -> None:
    # Watts: "Sales of $540 million, down 1% on a reported basis and down 5% organically"
    organic = sentence_fact(_WATTS, "Sales of $540 million, down 1% on a reported basis and down 5% organically", "5%")
    assert (organic.basis, organic.change) == ("organic", True)
    claim = "Watts Water Technologies (WTS) fourth-quarter 2024 sales slipped 1% to $540.4 million from $547.5 million, down 5% organically."
    assert_backed(_WATTS, claim, "5%")
    assert_not_backed(_WATTS, claim.replace("down 5% organically", "down 4% organically"), "4%")
    # Coty: "decreased 3% on a reported basis and 7% on a LFL basis"; its table's "LFL(a)" column
    lfl = sentence_fact(_COTY, "decreased 3% on a reported basis and 7% on a LFL basis", "7%")
    assert lfl.basis == "organic"
    reported = sentence_fact(_COTY, "decreased 3% on a reported basis and 7% on a LFL basis", "3%")
    assert reported.basis == "gaap"


_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"


def test_a_fiscal_year_said_of_an_amount_is_no_length_of_the_sentence() -> None:
    # Patrizia (nine months): "Operating cash flow leaped to EUR 40.2m (9M 2024: EUR 2.3m) and thus well
    # overcompensated the dividend payments for FY 2024 of EUR 30.3m paid in 2025"; the FY 2024 is the dividend's
    read = claim_readings("Operating cash flow leapt to EUR 40.2m from EUR 2.3m, more than covering EUR 30.3m of FY 2024 dividends paid.", 2025, "nine_months")
    assert read["EUR 40.2m"].period.length == read["EUR 2.3m"].period.length == "nine_months"
    claim = "Operating cash flow leapt to EUR 40.2m from EUR 2.3m, more than covering EUR 30.3m of FY 2024 dividends paid."
    assert_backed(_PATRIZIA, claim, "EUR 40.2m")
    assert_backed(_PATRIZIA, claim, "EUR 2.3m")


_ELF = "reading/elf-beauty_q1-fy2027_text.txt"
_LILLY = "reading/eli-lilly_q2-2026_text.txt"
_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"


def test_guidance_said_to_move_from_a_range_names_the_previous_outlook_in_each_clause() -> None:
    # e.l.f.: "Adjusted diluted earnings per share | Previous Fiscal 2027 Outlook $3.27 - 3.32 | Updated $3.50 - 3.55";
    # "Adjusted EBITDA | $379 - 385 million | $401 - 407 million"
    claim = (
        "FY27 adjusted diluted EPS guidance goes to $3.50-$3.55 from $3.27-$3.32; adjusted EBITDA guidance to "
        "$401-$407 million from $379-$385 million."
    )
    for number in ("$3.27", "$3.32", "$379", "$385 million"):
        assert_backed(_ELF, claim, number)
    assert_not_backed(_ELF, claim.replace("$379-$385 million", "$379-$395 million"), "$395 million")
    # Lilly: "Performance Margin | Prior 47.0% to 48.5% | Updated 49.0% to 50.5%"
    margin = "Performance margin guidance rises to 49.0%-50.5% from 47.0%-48.5%."
    assert_backed(_LILLY, margin, "47.0%")
    assert_not_backed(_LILLY, margin.replace("from 47.0%", "from 46.0%"), "46.0%")


def test_a_percentage_in_an_aside_after_the_earlier_amount_is_its_share_as_the_one_before() -> None:
    # Beyond Meat: "Adjusted EBITDA as a % of net revenues | (40.2) | (33.0)"; "Loss from operations as a % of net
    # revenues | (44.8) | (50.0)"
    ebitda = "Adjusted EBITDA loss widened to $27.7 million, or -40.2% of net revenues, from $24.7 million (-33.0%)."
    assert_backed(_BEYOND_MEAT, ebitda, "-33.0%")
    assert_not_backed(_BEYOND_MEAT, ebitda.replace("-33.0%", "-35.0%"), "-35.0%")
    bullet = "BYND Q2: GM 8.5% (vs 10.6%); op loss $30.8m (-44.8% margin) vs $37.5m (-50.0%)."
    assert_backed(_BEYOND_MEAT, bullet, "-50.0%")
    assert_not_backed(_BEYOND_MEAT, bullet.replace("-50.0%", "-52.0%"), "-52.0%")


def test_the_figures_of_an_aside_opened_by_vs_are_the_comparisons() -> None:
    # Peapack: net interest margin 2.81% in Q3 2025, 2.77% in Q2 2025, 2.34% in Q3 2024
    claim = "PGC 3Q25: NIM 2.81% (vs 2.77% 2Q, 2.34% 3Q24); NII $50.6m (+5% q/q)."
    assert claim_readings(claim, 2025)["2.34%"].period.prior
    assert_backed(_PEAPACK, claim, "2.34%")
    assert_not_backed(_PEAPACK, "PGC 3Q25: NIM 2.34% (vs 2.77% 2Q).", "2.34%")  # Q3 2024's is no Q3 2025 margin


def test_a_percentage_from_an_amount_of_money_is_a_change_its_verb_said_once() -> None:
    # Peapack: "Net income | 9.63 | 7.59 | 27%", "Diluted EPS | 0.54 | 0.43 | 26%"
    claim = "Year over year, third-quarter net income rose 27% from $7.59 million and diluted EPS 26% from $0.43."
    assert claim_readings(claim, 2025)["26%"].change
    assert_backed(_PEAPACK, claim, "26%")
    assert_not_backed(_PEAPACK, claim.replace("26%", "29%"), "29%")


_GECINA = "reading/gecina_fy2024_newswire.txt"


def test_gecinas_changes_as_analysts_say_them() -> None:
    # "Average financial occupancy rate maintained high at 93.4%, with the slight variation over 12 months (-0.5pts)";
    # "Group Total | 93.9% (Dec 31, 2023) ... 93.4% (Dec 31, 2024)": a change over twelve months is against a year
    # before, no year's flow
    occupancy = "The average financial occupancy rate held at 93.4%, down 0.5 points over twelve months."
    assert_backed(_GECINA, occupancy, "0.5")
    assert_not_backed(_GECINA, occupancy.replace("0.5 points", "0.6 points"), "0.6")
    # "EPRA NRV in EUR per share | 158.1 | 157.6 | -0.3%": the verb said once, after the per-share unit of the first
    epra = "EPRA NTA slipped 0.5% to EUR142.8 per share, and EPRA NRV 0.3% to EUR157.6."
    assert_backed(_GECINA, epra, "0.3%")
    assert_not_backed(_GECINA, epra.replace("0.3%", "0.4%"), "0.4%")
    # "Gross rents | 666.8 | 694.5 | +4.1% | +6.3%" (LfL growth): ", or" the change on another basis
    rents = "Gross rents grew 4.1% to EUR694.5 million, or 6.3% on a like-for-like basis."
    assert_backed(_GECINA, rents, "6.3%")
    assert_not_backed(_GECINA, rents.replace("6.3%", "5.3%"), "5.3%")


def test_a_second_change_said_like_for_like_is_that_basis_and_not_the_levels() -> None:
    # Coty's glance table: "Net revenues | ... | 5,806.6 | | | (2 | %) | | (5 | %)" -- the year's reported and LFL changes
    claim = "For fiscal 2026, net revenues fell 2% reported and 5% LFL to $5,806.6 million."
    read = claim_readings(claim, 2026, "year")
    assert (read["5%"].change, read["5%"].basis) == (True, "organic")
    assert read["$5,806.6 million"].basis == ""  # the LFL is the change's, not the level's
    assert_backed(_COTY, claim, "5%")
    assert_not_backed(_COTY, claim.replace("5% LFL", "4% LFL"), "4%")  # Prestige's year, not the company's


_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"


def test_an_organic_change_stands_apart_only_on_figures_read_organic() -> None:
    # Coty's quarter: net revenues +1% reported, (1)% LFL; "% of Net revenues" rows print changes of their own (5.8)
    coty = "Coty Q4 net revenues of $1,269.2 million, up 1% reported and down 1% like-for-like."
    assert_backed(_COTY, coty, "1%")
    assert_not_backed(_COTY, coty.replace("down 1% like-for-like", "down 6% like-for-like"), "6%")
    # Parker: International sales +9.5% (6.5% organic); the company's sales rose 9.8%, a reported change
    parker = "International Businesses Q4 sales up 9.5% to $1,634 million (6.5% organic)."
    assert_backed(_PARKER, parker, "6.5%")
    assert_not_backed(_PARKER, parker.replace("6.5% organic", "9.8% organic"), "9.8%")
    # Gecina: "Portfolio value up +0.7%" like-for-like; EPRA EPS rose 7.0% (EUR6.27 vs EUR5.86), reported amounts
    gecina = "EPRA NTA per share slipped 0.5% to EUR 142.8, and the portfolio was valued at EUR 17.4bn, up 0.7% like-for-like."
    assert_backed(_GECINA, gecina, "0.7%")
    assert_not_backed(_GECINA, gecina.replace("0.7%", "7.0%"), "7.0%")
