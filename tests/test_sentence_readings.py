"""A sentence's figure gets the metric and the period its words say (issue 10, "Unknown is not a match"), on
release text quoted as published from the development corpus: headline items set apart by blank lines are one list,
a heading that compares two quarters ("Fourth quarter 2021 vs. third quarter 2021") heads its paragraphs, an outlook
sentence in a paragraph of its own is of the outlook's year, and a segment's share "of consolidated revenues" is a
share of revenue, as its share "of consolidated Adjusted EBITDA" is EBITDA's."""

from __future__ import annotations

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text


def _prose(text: str, written: str, opening: str = ""):
    """The fact of running text written ``written`` in ``text``, in the first sentence that opens with ``opening``."""
    document = document_from_text(text)
    return next(
        f for f in FactIndex(document).facts
        if f.figure.table is None and f.figure.text == written and f.figure.context.of(document.text).startswith(opening)
    )  # fmt: skip


# Oracle's fourth quarter fiscal 2022 release (development corpus, 105), its headline items as published
ORACLE = (
    "Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year Financial Results\n\n"
    "•\tQ4 GAAP Earnings per Share $1.16, Non-GAAP Earnings per Share $1.54\n\n"
    "•\tTotal Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency\n\n"
    "•\tTotal Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD, up 22% in constant currency\n\n"
    "•\tInfrastructure Cloud Revenue (IaaS) up 36% in USD, up 39% in constant currency\n\n"
    "•\tFusion ERP Cloud Revenue (SaaS) up 20% in USD, up 23% in constant currency\n\n"
    "AUSTIN, Texas, June 13, 2022 -- Oracle Corporation (NYSE: ORCL) today announced fiscal 2022 Q4 results.\n"
)


def test_an_item_of_a_list_set_apart_by_blank_lines_takes_the_period_of_the_items_before():
    growth = _prose(ORACLE, "36%")
    assert growth.change and growth.period.length == "quarter"
    assert _prose(ORACLE, "20%").period.length == "quarter"


def test_a_line_that_opens_with_emphasis_is_no_list_item():
    # Brookfield (development corpus, 193) writes "*We ended the quarter with a record* *$160 billion* ...": emphasis,
    # no bullet; the paragraph after an item names its own period or none
    bare = "* Revenue was $5 million in the quarter.\n\n*Our backlog rose 12%, a record.*\n"
    assert _prose(bare, "12%").period.length == ""


# Citizens Financial Group's fourth quarter 2021 release (development corpus, 106), as published
CITIZENS = (
    "Fourth quarter 2021\tvs.\tthird quarter 2021\n\n"
    "Noninterest income of $594 million increased $80 million, or 16%, from $514 million. Fourth quarter 2021"
    " includes $29 million of fees from acquisitions that closed in third and fourth quarter 2021.\n"
)


def test_a_heading_that_compares_two_quarters_heads_its_paragraph():
    level, earlier = _prose(CITIZENS, "$594 million"), _prose(CITIZENS, "$514 million")
    assert (level.period.length, level.period.prior) == ("quarter", False)
    assert (earlier.period.length, earlier.period.prior) == ("quarter", True)


# Auna's second quarter 2026 release (development corpus, 156), its outlook as published
AUNA = (
    "Looking ahead, given the\nrecovery in volumes in Mexico and our projected performance for the remainder of the"
    " year, we reaffirm our full-year 2026 revenue guidance.\nWe anticipate revenue growth near the midpoint of our"
    " 10% to 14% FX-neutral range, or approximately 12%. We expect Adjusted EBITDA growth\ntoward the low end of that"
    " range, reflecting temporary cost pressures across our three geographies as the business scales.\n\n"
    "Capital expenditures guidance\nremains unchanged at approximately 4% of revenues. Although we did not provide"
    " formal free cash flow guidance, we expect it to exceed\nour original internal expectations.\n\n"
    "Overview of 2Q26 Consolidated Results\n\nRevenues in 2Q26 increased 9%\nFXN and 13% YoY on a reported basis to"
    " S/1,238 million.\n"
)


def test_an_outlook_sentence_in_a_paragraph_of_its_own_is_of_the_outlook_year():
    capex = _prose(AUNA, "4%")
    assert capex.metrics == frozenset({"capex"}) and capex.period.length == "year"


def test_an_outlook_of_two_lengths_hands_on_none():
    text = (
        "We expect first quarter revenue of $2.0 billion. We expect full-year revenue of $9.0 billion.\n\n"
        "Capital expenditures are expected to be approximately $400 million.\n"
    )
    assert _prose(text, "$400 million").period.length == ""


# Auna's second quarter 2026 release: its segments' shares, as published
SHARES = (
    "Auna’s Healthcare services operations in Colombia accounted for 34% of consolidated revenues and 25% of"
    " consolidated Adjusted EBITDA in the quarter.\n"
)


def test_a_share_of_consolidated_revenues_that_no_metric_claims_is_revenue():
    assert _prose(SHARES, "34%").metrics == frozenset({"revenue"})
    assert _prose(SHARES, "25%").metrics == frozenset({"ebitda"})


def test_a_share_of_revenue_no_verb_of_a_part_says_is_not_revenue():
    # Axon's second quarter 2026 release (development corpus, 147): COGS, a cost no vocabulary names; Clorox's (139)
    # outlook: advertising's share of its retail businesses' sales
    assert not _prose("• COGS of $358 million, or 39.6% of revenue, included $11 million.\n", "39.6%").metrics
    clorox = "• Advertising spending is expected to be about 10% of net sales. This assumes over 11% of net sales.\n"
    assert "revenue" not in _prose(clorox, "11%").metrics


def test_a_share_of_sales_after_a_metric_stays_its_margin():
    text = "Operating income was $129 million, or 36.7% of revenue, and gross margin was 41.2% of net sales.\n"
    assert _prose(text, "36.7%").metrics == frozenset({"operating_income"})
    assert "revenue" not in _prose(text, "41.2%").metrics


# Anywhere Real Estate's fourth quarter 2024 release (development corpus, 218), two items of its full year's list
ANYWHERE = (
    "Full Year 2024 Highlights\n\n"
    "* Agent commission splits of 80.3% on the full year increased 14 basis points year-over-year.\n"
    "* Free Cash Flow of $50 million versus $67 million in 2023 (See Table 7). Free Cash Flow was $70 million before a"
    " $20 million litigation settlement payment made in the second quarter.\n"
)


def test_the_period_of_an_amount_a_figure_leaves_out_is_the_amounts_own():
    before, payment = _prose(ANYWHERE, "$70 million"), _prose(ANYWHERE, "$20 million")
    assert before.metrics == frozenset({"free_cash_flow"}) and before.period.length == "year"
    assert payment.period.length == "quarter"


# Kemira's 2024 release (development corpus, 205): the items of a year's list under its section heading (a line of its
# own, 72 characters: read since session 51)
KEMIRA = (
    "**January-December 2024** **performance, Oil & Gas divestment adjusted**\n\n"
    "* The Oil & Gas divestment adjusted revenue increased by 1% to EUR 2,903.5 million (2,889.0). Sales prices"
    " decreased, particularly in Pulp & Paper, as sales prices for energy-intensive pulp and bleaching chemicals"
    " declined during H1 2024 from an elevated comparison period in H1 2023.\n\n"
    "* The Oil & Gas divestment adjusted operative EBITDA was stable at EUR 582.1 million (595.9).\n"
)


def test_an_item_takes_the_period_the_item_before_opens_with_not_one_it_names_in_passing():
    assert _prose(KEMIRA, "EUR 582.1 million").period.length == "year"  # the heading's, not the "H1" said in passing


# Gecina's 2024 release (development corpus, 185): a result "above guidance", then an item that names a later half
GECINA = (
    "| Key takeaways\n\n"
    "* Financial performance: a third consecutive year of growth, with earnings up +6.7% (recurrent net income per"
    " share (Group share) of EUR6.42), above guidance, supported by a solid +6.3% like-for-like rental growth\n"
    "* Portfolio strategy: the student housing transaction project expected to close in H1 2025\n"
)


def test_a_result_above_guidance_takes_no_period_a_later_outlook_names():
    assert _prose(GECINA, "EUR6.42").period.length == ""


def test_an_amount_after_an_aside_of_the_year_before_is_the_current_periods():
    # Silexion's third quarter 2024 release (development corpus, 166), as published
    text = (
        "General and administrative expenses increased to $4.8 million (compared to $0.2 million in Q3 2023), with $3.4"
        " million attributable to non-cash share-based compensation and $0.6 million in professional fees.\n"
    )
    level, earlier, part = _prose(text, "$4.8 million"), _prose(text, "$0.2 million"), _prose(text, "$3.4 million")
    assert (level.period.prior, earlier.period.prior, part.period.prior) == (False, True, False)
