"""Reading as a thirteenth set of true claims and set 12 write them (session 51): a section heading several paragraphs
up (its period, or the segment it names), a move glued to its unit of points, what an earlier period's amount included, a short mark in parentheses inside
an item's name, per-share shorthand, shares said around their amounts, an aside restating a share, a change with and
without an item, and a cause's "from".

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number or
period is not."""

from __future__ import annotations

from corpus import assert_backed, document, number_status, sentence_fact

from summarizer.engines.extractive import summarize_extractive
from summarizer.facts.prose_reading import _NO_SECTION_HEADING
from summarizer.summary.model import verify_summary
from summarizer.text.numbers import NUMBER

_KEMIRA = "reading/kemira_fy2024_newswire.txt"
_GECINA = "reading/gecina_fy2024_newswire.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"
_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"


def test_a_section_heading_several_paragraphs_up_gives_its_period() -> None:
    # Kemira's list items under "January-December 2024 performance, unadjusted for the Oil & Gas divestment" (75
    # characters, its own paragraph) and, above the year's, under "**Q4 2024** performance, unadjusted ..."
    year = sentence_fact(_KEMIRA, "* Operative EBIT decreased by 14%, to EUR 398.7 million", "14%")
    assert year.period.length == "year" and year.change
    quarter = sentence_fact(_KEMIRA, "* Revenue decreased by 11% to EUR 723.7 million", "11%")
    assert quarter.period.length == "quarter"
    assert_backed(_KEMIRA, "Kemira's operative EBIT fell 14% in 2024 to EUR 398.7 million.", "14%")
    assert number_status(_KEMIRA, "Kemira's operative EBIT fell 14% in the fourth quarter.", "14%") != "verified"


def test_a_title_or_a_headline_is_no_section_heading() -> None:
    # INDUS's capture opens "# INDUS Records Strong Third Quarter" over a lead paragraph of the nine months: a title's
    # verb, no section's period
    assert _NO_SECTION_HEADING.search("INDUS Records Strong Third Quarter")
    assert _NO_SECTION_HEADING.search("Fourth Quarter Revenue Up 81% to $46 Million and Full-Year Revenue Up 63%")
    assert _NO_SECTION_HEADING.search("*anticipated in 1Q25 –*")
    assert not _NO_SECTION_HEADING.search("**Q4 2024** performance, unadjusted for the Oil & Gas divestment")


def test_a_move_glued_to_its_points_is_read() -> None:
    assert [m.group() for m in NUMBER.finditer("the slight variation over 12 months (-0.5pts) reflecting")] == [
        "12", "(-0.5pts)"
    ]
    assert [m.group() for m in NUMBER.finditer('style="LETTER-SPACING: 9pt"')] == []  # a font's size, no move
    fact = sentence_fact(_GECINA, "the slight variation over 12 months (-0.5pts)", "(-0.5pts)")
    assert fact.value == -0.5


def test_what_an_earlier_periods_amount_included_is_of_that_period() -> None:
    # "Included in net loss for the fourth quarter of 2023 was a goodwill impairment charge of $171 million"
    claim = "Net loss narrowed to $49 million from $217 million in 4Q23, which included a $171 million goodwill impairment."
    assert_backed(_GRAFTECH, claim, "$171 million")
    wrong = "Net loss narrowed to $49 million from $217 million in 4Q23, which included a $117 million goodwill impairment."
    assert number_status(_GRAFTECH, wrong, "$117 million") != "verified"


def test_a_short_mark_in_parentheses_is_part_of_an_items_name() -> None:
    # "SFAS 123(R)": the amount is of the stock compensation named after the mark, not the net loss before it
    claim = "The quarter's net loss included $0.6 million of SFAS 123(R) stock compensation expense."
    assert_backed(_IMMUNOGEN, claim, "$0.6 million")
    wrong = "The quarter's net loss included $0.9 million of SFAS 123(R) stock compensation expense."
    assert number_status(_IMMUNOGEN, wrong, "$0.9 million") != "verified"


_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"
_FUTU = "reading/futu_q2-2026_text.txt"
_BUCKLE = "buckle_q3-fy2024.html"


def test_a_loss_per_share_in_shorthand_is_earnings_per_share() -> None:
    # "GAAP Net Loss Per Share | $(0.27) | $(0.30)": "loss/sh" names the per-share amount, not the net loss
    claim = "4Q GAAP net loss/sh $(0.27) vs $(0.30); non-GAAP EPS $0.09."
    for number in ("$(0.27)", "$(0.30)"):
        assert_backed(_CONFLUENT, claim, number)
    assert number_status(_CONFLUENT, "4Q GAAP net loss/sh $(0.72) vs $(0.30).", "$(0.72)") != "verified"


def test_an_initials_point_ends_no_clause_of_a_share() -> None:
    # "total trading volume ... increased by 78.8% year-over-year to HK$6.42 trillion, in which trading volume for U.S.
    # stocks was HK$5.02 trillion": 5.02 of 6.42 is 78.2%
    claim = "Trading volume rose 78.8% to HK$6.42 trillion, of which U.S. stocks were HK$5.02 trillion, roughly 78%."
    assert_backed(_FUTU, claim, "78%")
    wrong = "Trading volume rose 78.8% to HK$6.42 trillion, of which U.S. stocks were HK$5.02 trillion, roughly 87%."
    assert number_status(_FUTU, wrong, "87%") != "verified"


def test_a_channels_sales_are_a_line_of_revenue() -> None:
    # "Online sales increased 1.1 percent to $46.6 million for the 13-week fiscal quarter" of net sales of $293.6
    # million (15.9%); for the 39 weeks $128.0 million of $838.5 million (15.3%)
    assert_backed(_BUCKLE, "Online accounted for roughly 16% of third-quarter net sales.", "16%")
    assert_backed(_BUCKLE, "Online accounted for roughly 15% of year-to-date net sales.", "15%")
    assert number_status(_BUCKLE, "Online accounted for roughly 18% of third-quarter net sales.", "18%") != "verified"


_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
_INDUS = "claim_reading/indus-holding_q3-2025_newswire.txt"
_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"


def test_an_aside_after_the_earlier_amount_restates_the_share_of_the_aside_before() -> None:
    # "Adjusted EBITDA as a % of net revenues | (40.2) | (33.0)": the second aside is the year-ago share, no change
    claim = "Adjusted EBITDA loss widened to $27.7m (-40.2% of net revenues) from $24.7m (-33.0%)."
    assert_backed(_BEYOND_MEAT, claim, "-33.0%")
    wrong = "Adjusted EBITDA loss widened to $27.7m (-40.2% of net revenues) from $24.7m (-35.0%)."
    assert number_status(_BEYOND_MEAT, wrong, "-35.0%") != "verified"


def test_a_change_counted_without_an_item_then_with_it() -> None:
    # "fiscal 2026 adjusted EPS growth of approximately 12%, excluding the impact of the 53 rd week" and "...
    # approximately 16%, including the impact of the 53 rd week"
    claim = "Disney continues to expect fiscal 2026 adjusted EPS growth of about 12% excluding the 53rd week, or about 16% including it."
    assert_backed(_DISNEY, claim, "16%")
    wrong = "Disney continues to expect fiscal 2026 adjusted EPS growth of about 12% excluding the 53rd week, or about 18% including it."
    assert number_status(_DISNEY, wrong, "18%") != "verified"


def test_nine_months_shortened_before_a_segment_is_a_period() -> None:
    claim = "Engineering Q3 adj. EBITA fell to EUR 12.4m from EUR 16.8m; 9M segment revenue EUR 398.2m vs EUR 418.6m."
    assert number_status(_INDUS, claim, "9M") == "not_financial"
    assert_backed(_INDUS, claim, "EUR 398.2m")


def test_a_causes_from_is_no_comparison() -> None:
    # "Net charge-offs for the three months ended June 30, 2025 were $5.3 million ... mainly related to the previously
    # discussed $4.7 million partial charge-off": the charge-off is the quarter's, not the year-ago level
    claim = "Net charge-offs rose to $5.3 million in Q2, mainly from a $4.7 million partial charge-off on one relationship."
    assert_backed(_TOMPKINS, claim, "$4.7 million")
    wrong = "Net charge-offs rose to $5.3 million in Q2, mainly from a $7.4 million partial charge-off on one relationship."
    assert number_status(_TOMPKINS, wrong, "$7.4 million") != "verified"


_WATTS = "reading/watts-water_q4-2024_newswire.txt"


def test_a_section_headed_by_a_segments_name_speaks_of_that_segment() -> None:
    # "Regional Performance" / "Americas" / "Sales of $398 million increased 3% on a reported basis and declined 3% on
    # an organic basis": the Americas', not the company's (whose sales were $540.4 million)
    fact = sentence_fact(_WATTS, "Sales of $398 million increased 3% on a reported basis", "$398 million")
    assert fact.segment == "Americas"
    assert_backed(_WATTS, "Americas sales rose 3% to $398 million in the fourth quarter.", "$398 million")
    assert number_status(_WATTS, "Fourth-quarter sales were $398 million.", "$398 million") != "verified"


def test_a_second_share_after_but_has_its_own_whole() -> None:
    # "operations in Mexico accounted for 24% of consolidated revenues and 34% of consolidated Adjusted EBITDA"
    claim = "Mexico contributed 24% of consolidated revenue but 34% of consolidated adjusted EBITDA."
    assert_backed(_AUNA, claim, "34%")
    wrong = "Mexico contributed 24% of consolidated revenue but 31% of consolidated adjusted EBITDA."
    assert number_status(_AUNA, wrong, "31%") != "verified"


def test_a_business_update_under_a_segments_topic_is_read_as_that_segments() -> None:
    # Sears's "Sears Canada" section: "Revenues for the second quarter increased 4.6 percent to $1.1 billion" is the
    # segment's, and the notes print it under that topic
    release = document("sears_q2-2004.txt")
    report = verify_summary(summarize_extractive(release), release)
    canada = [c for c in report.claims if c.text.startswith("Sears Canada: Revenues for the second quarter")]
    assert canada and all(n.status.value in ("verified", "derived", "not_financial") for n in canada[0].numbers)
    assert number_status("sears_q2-2004.txt", "Revenues for the second quarter increased 4.6 percent to $1.1 billion.", "4.6 percent") != "verified"


def test_an_annual_test_names_no_period_of_its_amount() -> None:
    # "The annual impairment test as of 30 September 2025 resulted in only minor goodwill impairments totaling EUR 1.4
    # million (previous year: EUR 6.7 million)": the third quarter's, not the year's
    claim = "Q3 EBIT climbed to EUR 43.3 million from EUR 31.8 million, with goodwill impairments of only EUR 1.4 million versus EUR 6.7 million."
    assert_backed(_INDUS, claim, "EUR 1.4 million")
    assert number_status(_INDUS, claim.replace("Q3", "Full-year"), "EUR 1.4 million") != "verified"


_CBOE = "reading/cboe_q4-2024_newswire.txt"


def test_a_shares_whole_said_in_an_aside_after_it() -> None:
    # "$324.3 million of $524.5 million" is 61.8%; the 468.6 of a column of "Total revenues" is no whole the claim
    # states, though 324.3 of it is 69.2%
    claim = "Options contributed about 62% of Cboe's 4Q24 net revenue ($324.3 million of $524.5 million)."
    assert_backed(_CBOE, claim, "62%")
    assert number_status(_CBOE, claim.replace("62%", "69%"), "69%") != "verified"


_ELF = "reading/elf-beauty_q1-fy2027_text.txt"


def test_close_to_the_prior_years_sets_the_level_against_it() -> None:
    # "At EUR 1.274 billion, the listed investment company's revenue after nine months was nearly level with EUR 1.282
    # billion": the 1.274 is this year's
    claim = "Nine-month revenue of EUR 1.274bn was close to the prior year's EUR 1.282bn."
    assert_backed(_INDUS, claim, "EUR 1.274bn")
    assert number_status(_INDUS, "Nine-month revenue of EUR 1.247bn was close to the prior year's EUR 1.282bn.", "EUR 1.247bn") != "verified"


def test_a_pair_compared_with_after_a_pair_of_levels_takes_their_metrics_in_order() -> None:
    # cash of $344.2 million against $170.0 million, total debt of $834.2 million against $256.7 million
    claim = ("Cash and cash equivalents were $344.2 million at June 30, 2026 against $834.2 million of total debt, up from "
             "$170.0 million and $256.7 million a year earlier.")
    for number in ("$170.0 million", "$256.7 million"):
        assert_backed(_ELF, claim, number)
    swapped = claim.replace("$170.0 million and $256.7 million", "$256.7 million and $170.0 million")
    assert number_status(_ELF, swapped, "$256.7 million") != "verified"


def test_operative_is_the_adjusted_basis() -> None:
    # "Operative EBIT decreased by 23% to EUR 86.2 million (112.6)" leaves out the items affecting comparability that
    # the quarter's EBIT of EUR 67.0 million includes: with tables left out, the engine took it for operating income
    assert sentence_fact(_KEMIRA, "* Operative EBIT decreased by 23% to EUR 86.2 million", "EUR 86.2 million").basis == "adjusted"
    assert sentence_fact(_KEMIRA, "EBIT increased by EUR 65.8 million to EUR 67.0 million", "EUR 67.0 million").basis == ""


def test_a_changes_base_said_after_the_amounts_it_is_counted_from() -> None:
    # "NII of $50.6 million and NIM of 2.81% for Q3 2025 increased $2.3 million and four basis points from NII of $48.3
    # million and NIM of 2.77% for the linked quarter": the four basis points are sequential
    assert_backed("peapack-gladstone_q3-2025_newswire.txt", "NIM 2.81%, +4bp q/q and up from 2.34% in 3Q24", "4bp")
    assert number_status("peapack-gladstone_q3-2025_newswire.txt", "NIM 2.81%, +4bp y/y and up from 2.34% in 3Q24", "4bp") != "verified"
