"""Claims as a twelfth set of true claims and sets 10-11 write them (session 50): a scale glued after a parenthesised
loss, a signed change before the amount it came to, a change's noun after "y/y", a verb said once for two changes,
"from" before a verb's -ing, and a gain or charge with its per-share amount said between amount and noun.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number is not."""

from __future__ import annotations

from corpus import assert_backed, fact_index, figures, number_status

from summarizer.text.context import read_sentence
from summarizer.types import OtherKind
from summarizer.verify.claims import read_numbers

_GREEN_PLAINS = "reading/green-plains_q4-2024_newswire.txt"
_BIOCERES = "reading/bioceres_q2-fy2025_newswire.txt"
_VERTEX = "reading/vertex_q2-2026_text.txt"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"
_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"
_WELLS = "reading/wells-fargo_q4-2021.htm"


def test_a_scale_glued_after_a_parenthesised_loss_is_read() -> None:
    (number,) = [n for n in read_numbers("GPRE 4Q EBITDA $(18.9)m") if n.text.startswith("$")]
    assert number.value == -18_900_000 and number.text == "$(18.9)m"
    # "Adjusted EBITDA | (18.9)" in millions (the release's fourth quarter), against $44.7 million a year earlier
    assert_backed(_GREEN_PLAINS, "GPRE 4Q EBITDA $(18.9)m vs $44.7m in 4Q23.", "$(18.9)m")
    assert number_status(_GREEN_PLAINS, "GPRE 4Q EBITDA $(19.8)m vs $44.7m in 4Q23.", "$(19.8)m") != "verified"


def test_a_signed_percentage_before_the_amount_it_came_to_is_a_change() -> None:
    claim = "Seed and Integrated Products -28% to $23.3m; Crop Nutrition -23% to $28.2m."
    for number in ("-28%", "$23.3m", "-23%", "$28.2m"):
        assert_backed(_BIOCERES, claim, number)
    wrong = "Seed and Integrated Products -38% to $23.3m; Crop Nutrition -23% to $28.2m."
    assert number_status(_BIOCERES, wrong, "-38%") != "verified"
    # "Crop Nutrition | 28.2 | ... | (23%) | ... | (27%)": the six months' change is not the quarter's, to which the
    # $28.2m says the change went
    wrong = "Seed and Integrated Products -28% to $23.3m; Crop Nutrition -27% to $28.2m."
    assert number_status(_BIOCERES, wrong, "-27%") != "verified"


def test_a_verb_said_once_for_a_second_change_after_an_initials_name() -> None:
    # "ex-U.S." holds points: the name between "and" and the second change is still read as one
    claim = "U.S. revenue rose 11% to $2.06 billion and ex-U.S. revenue 14% to $1.28 billion."
    assert_backed(_VERTEX, claim, "14%")
    wrong = "U.S. revenue rose 11% to $2.06 billion and ex-U.S. revenue 41% to $1.28 billion."
    assert number_status(_VERTEX, wrong, "41%") != "verified"


def test_a_changes_noun_after_y_over_y_makes_it_a_change() -> None:
    claim = "Q4 FY26 guidance: revenue of $1.930-$1.950 billion, about 37% y/y growth at the midpoint."
    assert_backed(_KEYSIGHT, claim, "37%")
    wrong = "Q4 FY26 guidance: revenue of $1.930-$1.950 billion, about 33% y/y growth at the midpoint."
    assert number_status(_KEYSIGHT, wrong, "33%") != "verified"


def test_from_before_a_verbs_ing_is_no_comparison() -> None:
    # the quarter's own charge, not the year-ago quarter's
    claim = "Stock compensation from adopting SFAS 123(R) added $0.6 million, about $0.02 a share, to the quarterly loss."
    assert_backed(_IMMUNOGEN, claim, "$0.6 million")
    assert_backed(_IMMUNOGEN, claim, "$0.02")


def test_a_gain_with_its_amount_per_share_between_is_an_item_of_its_own() -> None:
    # "$943 million, or $0.18 per share, net gain on the sales of our Corporate Trust Services (CTS) business"
    gain = next(fact for fact in fact_index(_WELLS).facts if fact.figure.text == "$943 million")
    assert gain.metrics == frozenset({"item"}) and not gain.change
    claim = "Quarter included a $943m ($0.18/sh) net gain on the CTS and WFAM sales."
    assert_backed(_WELLS, claim, "$943m")
    assert_backed(_WELLS, claim, "$0.18")
    assert_backed(_WELLS, "Q4 results included a $943 million, or 18 cents a share, gain on the sales of WFAM.", "18 cents")
    assert number_status(_WELLS, "Quarter included a $934m ($0.18/sh) net gain on the CTS and WFAM sales.", "$934m") != "verified"


_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"
_PARKER = "reading/parker-hannifin_q4-fy2026_text.txt"


def test_a_second_change_after_and_alone_from_another_period() -> None:
    # "Diluted earnings per share were $1.50 ... up 36.4% ... and 9.5% from the first quarter of 2025"
    claim = (
        "Tompkins Financial earned $1.50 per diluted share in the second quarter of 2025, up 36.4% from $1.10 a year "
        "earlier and 9.5% from the prior quarter."
    )
    assert_backed(_TOMPKINS, claim, "9.5%")
    assert number_status(_TOMPKINS, claim.replace("9.5%", "5.9%"), "5.9%") != "verified"


def test_a_second_move_in_points_to_another_level() -> None:
    claim = "Q4 segment operating margin rose 260 bps to 26.5%, or 110 bps to 28.0% on an adjusted basis."
    assert_backed(_PARKER, claim, "110 bps")
    assert number_status(_PARKER, claim.replace("110 bps", "120 bps"), "120 bps") != "verified"



_ORACLE = "reading/oracle_q4-fy2022_cash_flows.html"  # the release's statement of cash flows


def test_the_next_amount_of_a_list_of_spending_is_of_what_it_was_spent_on() -> None:
    # "Payments of dividends to stockholders | (3,457)" of the fiscal year, in millions
    claim = "Oracle spent $16.2 billion on buybacks and $3.5 billion on dividends in fiscal 2022."
    assert_backed(_ORACLE, claim, "$3.5 billion")
    wrong = "Oracle spent $16.2 billion on buybacks and $3.5 billion on capital expenditures in fiscal 2022."
    assert number_status(_ORACLE, wrong, "$3.5 billion") != "verified"


_NVIDIA = "nvidia_q4-fy2026.txt"
_AUNA = "reading/auna_q2-2026_text.txt"


def test_both_bases_named_before_a_pair_give_one_each_in_order() -> None:
    # "GAAP and non-GAAP gross margins are expected to be 74.9% and 75.0%, respectively"
    for claim in (
        "Q1 FY27 outlook: GAAP and non-GAAP gross margins of 74.9% and 75.0%.",
        "Q1 FY27 outlook: GAAP/non-GAAP gross margin 74.9%/75.0%.",
    ):
        assert_backed(_NVIDIA, claim, "74.9%")
        assert_backed(_NVIDIA, claim, "75.0%")
    assert number_status(_NVIDIA, "Q1 FY27 outlook: GAAP and non-GAAP gross margins of 75.0% and 74.9%.", "74.9%") != "verified"


def test_an_amount_after_a_slash_is_read_or_reported() -> None:
    # a percentage after a percentage and a slash is read; an amount with a unit or a point after any other slash is
    # reported unreadable (a claim with it fails, never passes unchecked); a ratio or a date is neither
    texts = [n.text for n in read_numbers("gross margin 73.0%/73.5%")]
    assert texts == ["73.0%", "73.5%"]
    kinds = {n.text: n.kind for n in read_numbers("revenue $37.5bn/38.9bn, EPS $0.78/0.81, open 24/7 since 3/31")}
    assert kinds["38.9bn"] is kinds["0.81"] is OtherKind.UNREADABLE
    assert "7" not in kinds and "31" not in kinds


def test_a_lower_case_sol_is_the_sol() -> None:
    claim = "2q26 revenue s/1,238 mln, up 13% reported, 9% fx-neutral."
    assert_backed(_AUNA, claim, "s/1,238 mln")
    assert number_status(_AUNA, "2q26 revenue s/1,328 mln, up 13% reported.", "s/1,328 mln") != "verified"


_FIRST_QUANTUM = "reading/first-quantum_q4-2024_newswire.txt"


def test_fiscal_year_hyphenated_names_the_year() -> None:
    # "Free cash flow | 34,907 | ... | 96,575" of the quarter and of the twelve months
    claim = "Q4 free cash flow was $34.9 billion, up from $15.5 billion a year earlier; fiscal-year FCF reached $96.6 billion."
    assert_backed(_NVIDIA, claim, "$96.6 billion")
    assert number_status(_NVIDIA, "Q4 free cash flow reached $96.6 billion.", "$96.6 billion") != "verified"


def test_when_the_company_lost_is_the_period_just_named() -> None:
    # "Net earnings (loss) attributable to shareholders of the Company | ... | (1,447)" in Q4 2023
    claim = (
        "Q4 sales revenues were $1,256 million, up from $1,218 million a year earlier, when the company lost "
        "$1,447 million ($2.09 per share)."
    )
    assert_backed(_FIRST_QUANTUM, claim, "$1,447 million")
    assert_backed(_FIRST_QUANTUM, claim, "$2.09")
    assert number_status(_FIRST_QUANTUM, "In Q4 the company lost $1,447 million.", "$1,447 million") != "verified"



_US_BANCORP = "reading/us-bancorp_q4-2021_per_share.html"


def test_an_amount_compared_with_takes_the_length_of_the_level_before() -> None:
    # "Dividends declared per common share | $.46 | ... | $1.76 | $1.68" (4Q21, ..., full year 2021, full year 2020)
    claim = "Dividends declared were $0.46 per share in Q4 and $1.76 for 2021, up from $1.68."
    assert_backed(_US_BANCORP, claim, "$1.68")
    assert number_status(_US_BANCORP, claim.replace("$1.68", "$0.42"), "$0.42") != "verified"


_ORACLE_YEAR = "reading/oracle_q4-fy2022_year_reconciliation.html"


def test_versus_another_basis_after_an_aside_of_the_level() -> None:
    # "OPERATING INCOME | $10,926 | $8,667 | $19,593 | $15,213 ..." under "2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP"
    claim = "FY22 GAAP operating income was $10.9 billion (26% margin), versus non-GAAP operating income of $19.6 billion (46%)."
    assert_backed(_ORACLE_YEAR, claim, "$19.6 billion")
    assert_backed(_ORACLE_YEAR, claim, "46%")
    wrong = "FY22 GAAP operating income was $10.9 billion (26% margin), versus non-GAAP operating income of $19.0 billion."
    assert number_status(_ORACLE_YEAR, wrong, "$19.0 billion") != "verified"


def test_a_segment_named_by_some_of_its_words_is_a_shares_part() -> None:
    # "Aerospace Systems | 1,900" of "Total net sales | 5,755" in the quarter: 33.0%
    assert number_status(_PARKER, "Aerospace accounted for about 33% of fourth-quarter sales.", "33%") == "derived"
    assert number_status(_PARKER, "Aerospace accounted for about 38% of fourth-quarter sales.", "38%") != "derived"


_KEMIRA = "reading/kemira_fy2024_newswire.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"


def test_the_comparison_years_figure_in_parentheses_after_an_amount_per_share() -> None:
    # the release's own convention: "a dividend of EUR 0.74 per share (0.68)"
    claim = "Proposed dividend EUR 0.74/share (0.68), ~EUR 114m in total, paid in two installments."
    assert_backed(_KEMIRA, claim, "(0.68)")
    assert number_status(_KEMIRA, claim.replace("(0.68)", "(0.86)"), "(0.86)") != "verified"


def test_a_changes_noun_after_the_words_of_what_it_is_of() -> None:
    assert_backed(_DISNEY, "Disney reiterated ~12% fiscal 2026 adjusted EPS growth excluding the 53rd week.", "12%")
    assert number_status(_DISNEY, "Disney reiterated ~13% fiscal 2026 adjusted EPS growth.", "13%") != "verified"
    # the release's own sentence: "In Q1, we delivered 36% net sales growth"
    index = fact_index(_ELF)
    text = index.document.text
    growth = next(f for f in index.facts if f.figure.text == "36%" and text[: f.figure.span.start].endswith("we delivered "))
    assert growth.change and growth.metrics == frozenset({"revenue"})


_GE_HEALTHCARE = "reading/ge-healthcare_q4-2024_newswire.txt"
_SANDISK = "reading/sandisk_q4-fy2026_text.txt"


def test_a_midpoint_said_without_a_word_of_the_outlook() -> None:
    # "Expect first quarter 2027 revenue to be in the range of $10.30 billion to $10.80 billion"
    claim = "The midpoint of the Q1 FY27 revenue range, $10.55 billion, would be above fourth-quarter revenue."
    assert number_status(_SANDISK, claim, "$10.55 billion") == "derived"
    assert number_status(_SANDISK, claim.replace("$10.55", "$10.65"), "$10.65 billion") != "derived"
    claim = "The midpoint of the 2025 operative EBITDA range, EUR 590 million, is roughly in line with 2024's EUR 585.4 million."
    assert number_status(_KEMIRA, claim, "EUR 590 million") == "derived"


def test_a_midpoints_percentage_against_the_base_said_after_it() -> None:
    # "$4.61 to $4.75" of 2025 adjusted EPS, against 2024's $4.49: 4.2% at the midpoint ($4.68)
    claim = "The $4.68 midpoint of 2025 adjusted EPS guidance is about 4% above 2024's $4.49."
    assert number_status(_GE_HEALTHCARE, claim, "4%") == "derived"
    assert number_status(_GE_HEALTHCARE, claim.replace("about 4%", "about 6%"), "6%") != "derived"



_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"


def test_each_end_of_the_years_outlook_leaves_an_end_of_the_rest() -> None:
    # "EBITDA is now expected in a range between EUR 50.0 - 65.0m" less the nine months' EUR 44.6m: EUR 5.4m to 20.4m
    claim = "At the new guidance, Q4 EBITDA would need to come in at roughly EUR 5.4m to EUR 20.4m."
    assert number_status(_PATRIZIA, claim, "EUR 20.4m") == "derived"
    assert number_status(_PATRIZIA, claim.replace("EUR 20.4m", "EUR 24.0m"), "EUR 24.0m") != "derived"


_CITIZENS = "reading/citizens-financial_q4-2021_key_data.html"


def test_an_abbreviation_said_for_the_next_figure_is_not_the_amounts_subject() -> None:
    # the release's own headline fragment: "Net income | $530" and "Diluted EPS | $1.17" of the quarter
    assert_backed(_CITIZENS, "$530 million and EPS of $1.17", "$530 million")
    assert number_status(_CITIZENS, "$530 million of deposits and EPS of $1.17", "$530 million") != "verified"


_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"


def test_a_row_named_by_the_things_it_counts_holds_counts() -> None:
    # "Refinance title and closing units | 3,145 | 2,040 | 54 %" under the key drivers' money caption: 3,145 units
    claim = "Refinance title and closing units jumped 54% in Q4 to 3,145."
    assert_backed(_ANYWHERE, claim, "3,145")
    assert number_status(_ANYWHERE, claim.replace("3,145", "3,415"), "3,415") != "verified"
    sides = [f for f in figures(_ANYWHERE).financial if f.row == "Closed homesale sides" and f.unit.name != "PERCENT"]
    assert sides and all(f.unit.name == "COUNT" and abs(f.value) < 10**7 for f in sides)


def test_an_aside_holding_the_next_number_gives_no_period_to_the_one_before() -> None:
    # Goldman Sachs Q4 2021: "ROE ... 2021 23.0% 4Q21 15.6%": the 23.0% is the year's, the 4Q21 of the aside the 15.6%'s
    sentence = "2021 ROE was 23.0% (4Q21 annualized 15.6%)."
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    year, quarter = read_sentence(sentence, numbers, 0, len(sentence), 2021, "quarter")
    assert (year.period.length, quarter.period.length) == ("year", "quarter")
