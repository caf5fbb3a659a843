"""How a figure's period length, change and metric are read where the words after it or around it say them
(issue 11): the same reading for a claim and for a sentence of the release. Real claims against the real
releases they were written about."""

from __future__ import annotations

from corpus import document, number_status

from summarizer.text.context import lead_in, read_sentence
from summarizer.verify.claims import read_numbers

_NEPHROS = "reading/nephros_q4-2024_newswire.txt"
_BROOKFIELD = "reading/brookfield-corp_fy2024_newswire.txt"
_GEOVAX = "reading/geovax_q3-2024_newswire.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_WELLS = "reading/wells-fargo_q4-2021.htm"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def _readings(text: str, year: int) -> dict[str, tuple[str, bool | None, bool]]:
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text), year)
    return {n.text: (r.period.length, r.period.prior, r.change) for n, r in zip(numbers, readings)}


def test_a_period_said_after_a_figure_is_its_own():
    """"$466,000 in the fourth quarter and $533,000 for the year": the second is the year's (Nephros' release:
    "Adjusted EBITDA was $533,000, compared with ($76,000) in 2023" under its full-year heading)."""
    claim = "Adjusted EBITDA was $466,000 in the fourth quarter and $533,000 for the year."
    assert _readings(claim, 2024)["$533,000"][0] == "year"
    assert number_status(_NEPHROS, claim, "$533,000") == "verified"
    assert number_status(_NEPHROS, "Adjusted EBITDA was $466,000 in the fourth quarter and $533,000 for the quarter.", "$533,000") != "verified"


def test_the_release_reads_its_own_sentence_so_too():
    """Brookfield: "$1.5 billion ($0.94/share) for the quarter and $4.9 billion ($3.07/share) for the year" --
    the $3.07 is the year's distributable earnings per share, the aside of the year's amount."""
    sentence = (
        "Distributable earnings before realizations were a record $1.5 billion ($0.94/share) for the quarter and "
        "$4.9 billion ($3.07/share) for the year."
    )
    read = _readings(sentence, 2024)
    assert [read[n][0] for n in ("$1.5 billion", "$0.94", "$4.9 billion", "$3.07")] == ["quarter", "quarter", "year", "year"]
    claim = "fy distributable earnings before realizations $4.87 bln, or $3.07 a share, vs $4.22 bln."
    assert number_status(_BROOKFIELD, claim, "$3.07") == "verified"


def test_a_bare_year_after_a_figure_keeps_no_earlier_conjuncts_quarter():
    """"$7.0 billion in the fourth quarter, and $14.5 billion of stock in 2021": the second is no quarter's;
    "repurchasing $14.5 billion" names the buyback, not the dividend said before it."""
    claim = (
        "Wells Fargo repurchased 139.7 million shares for $7.0 billion in the fourth quarter, and $14.5 billion of "
        "stock in 2021."
    )
    assert _readings(claim, 2021)["$14.5 billion"][0] == ""
    assert number_status(_WELLS, claim, "$14.5 billion") == "verified"
    assert number_status(_WELLS, claim.replace("$14.5 billion of stock", "$14.5 billion of dividends"), "$14.5 billion") != "verified"


def test_figures_listed_before_as_many_periods_take_them_in_order():
    """GeoVax: "$1,241,176 and $3,784,559 for the three-month and nine-month periods ..., compared to $1,651,775
    and $4,562,293 for the comparable periods in 2023" -- as "respectively" would say."""
    sentence = (
        "General and administrative expenses were $1,241,176 and $3,784,559 for the three-month and nine-month "
        "periods ended September 30, 2024, compared to $1,651,775 and $4,562,293 for the comparable periods in 2023."
    )
    read = _readings(sentence, 2024)
    assert [read[n][0] for n in ("$1,241,176", "$3,784,559", "$1,651,775", "$4,562,293")] == [
        "quarter", "nine_months", "quarter", "nine_months",
    ]
    claim = "G&A expenses fell 24.9% in the third quarter to $1.24 million."
    assert number_status(_GEOVAX, claim, "$1.24 million") == "verified"
    assert number_status(_GEOVAX, "G&A expenses fell in the first nine months to $1.24 million.", "$1.24 million") != "verified"


def test_a_change_said_with_its_verb_left_out():
    """Auna: "Free cash flow rose 181% year over year and operating cash flow 45%" -- the 45% is a change too
    ("Operating cash flow increased by 45% year-over-year"); a margin after "and" stays a level."""
    claim = "Free cash flow rose 181% year over year and operating cash flow 45%."
    assert _readings(claim, 2026)["45%"][2] is True
    assert number_status(_AUNA, claim, "45%") == "verified"
    assert _readings("Revenue rose 10% and gross margin 45%.", 2026)["45%"][2] is False


def test_since_a_date_dates_the_change_not_the_level():
    """Peapack: "Tangible book value per share increased 7% to $34.10 per share at September 30, 2025 compared to
    $31.89 at December 31, 2024": "to $34.10 since the end of 2024" is the current level."""
    claim = "Tangible book value per share rose $2.21, or 7%, to $34.10 since the end of 2024."
    assert _readings(claim, 2025)["$34.10"][1] is not True
    assert number_status(_PEAPACK, claim, "$34.10") == "verified"
    assert number_status(_PEAPACK, claim.replace("$34.10", "$31.89"), "$31.89") != "verified"


_STAAR = "claim_reading/staar-surgical_q4-2024_newswire.txt"
_COTY = "reading/coty_q4-fy2026_text.txt"
_KEMIRA = "reading/kemira_fy2024_newswire.txt"
_GREEN_PLAINS = "claim_reading/green-plains_q4-2024_newswire.txt"


def test_a_segment_named_in_lower_case_is_the_segment_the_release_names():
    """A claim names a line of revenue in lower case as the release prints it in capitals ("icl sales" for
    STAAR's "ICL sales Ex. China") or before "net revenues" (Coty's "Prestige net revenues of $771.8 million"):
    the segment's revenue on both sides, not the company's."""
    assert number_status(_STAAR, "icl sales ex china up 17% at $39.5 mln in q4.", "$39.5 mln") == "verified"
    assert number_status(_STAAR, "icl sales ex china up 17% at $39.5 mln in q4.", "17%") == "verified"
    claim = "prestige q4 net revenues $771.8 mln, 61% of sales; consumer beauty $497.4 mln."
    assert number_status(_COTY, claim, "$771.8 mln") == "verified"
    assert number_status(_COTY, "q4 net revenues $771.8 mln.", "$771.8 mln") != "verified"  # the company's are not


def test_millions_after_an_amount_per_share_are_no_earnings_per_share():
    """Kemira: "a cash dividend of EUR 0.74 per share (0.68), totaling EUR 114 million (104)" -- the EUR 114
    million is the dividend's total; "per share" said the unit of the amount before it."""
    sentence = "The Board proposes a cash dividend of EUR 0.74 per share (0.68), totaling EUR 114 million (104)."
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, [(n.span, n.value, n.unit) for n in numbers], 0, len(sentence), 2024)
    assert [r.metric for r in readings] == ["dividend"] * 4
    claim = "Kemira proposes a 2024 dividend of EUR 0.74 a share, up 8.8% from EUR 0.68, totaling EUR 114 million."
    assert number_status(_KEMIRA, claim, "EUR 114 million") == "verified"


def test_eps_compared_with_a_loss_per_share_is_a_profit():
    """Green Plains: "q4 loss per share $(0.86) vs eps $0.12 a year earlier" -- "eps" names a profit, so the
    $0.12 compared with the loss is no loss."""
    claim = "q4 loss per share $(0.86) vs eps $0.12 a year earlier."
    assert _readings(claim, 2024)["$0.12"][1] is True
    assert number_status(_GREEN_PLAINS, claim, "$0.12") == "verified"


def test_a_list_goes_on_over_a_page_break():
    """Coty's items under "For the twelve months ended June 30, 2026, compared to ...:" run over a page break:
    an item's end carried to the next page ("$115.8 million negative impact ... in the prior year.") and the
    page's number ("3") are no lead-in of the items after them, which stay the year's."""
    text = document(_COTY).text
    item = text.index("•Adjusted EBITDA of $846.9 million")
    assert lead_in(text, item).startswith("For the twelve months ended June 30, 2026")
    assert number_status(_COTY, "Fiscal 2026 adjusted EBITDA fell 22% to $846.9 million.", "22%") == "verified"
    assert number_status(_COTY, "Fourth-quarter adjusted EBITDA fell 22% to $846.9 million.", "22%") != "verified"


_BEYOND_MEAT = "reading/beyond-meat_q2-2026_text.txt"


def test_a_row_the_claim_names_whole_before_revenue_is_that_line_of_revenue():
    """Green Plains' segment table lists "Ethanol production" under "Revenues": "ethanol production revenue
    down 24.3% at $471.3 mln" names that row, though its label's words name production too."""
    claim = "ethanol production revenue down 24.3% at $471.3 mln in q4."
    assert number_status(_GREEN_PLAINS, claim, "$471.3 mln") == "verified"
    assert number_status(_GREEN_PLAINS, claim, "24.3%") == "verified"
    assert number_status(_GREEN_PLAINS, "ethanol revenue down 24.3% at $471.3 mln in q4.", "$471.3 mln") != "verified"


def test_an_amount_of_an_item_named_after_it_is_not_the_sentences_metric():
    """Beyond Meat: "helped by a $57.7 million gain on debt extinguishment" -- the gain's amount, not net income's;
    the release's "a $57.7 million non-cash gain" names no cash either."""
    claim = (
        "Beyond Meat posted Q2 net income of $16.4 million against a net loss of $31.8 million a year earlier, "
        "helped by a $57.7 million gain on debt extinguishment."
    )
    assert number_status(_BEYOND_MEAT, claim, "$57.7 million") == "verified"
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2026)
    assert [r.metric for r in readings] == ["net_income", "net_income", "item"]


_AUNA_FULL = "reading/auna_q2-2026_text.txt"
_US_BANCORP = "reading/us-bancorp_q4-2021_income_highlights.html"


def test_an_amount_in_millions_is_no_amount_per_share():
    """Auna: "Net Income was S/0.40" on a per-share basis does not back a net income of "S/0 million" (a mutation
    the benchmark makes), though 0.40 rounds to it."""
    assert number_status(_AUNA_FULL, "Net income dropped to S/0 million in 2Q26 from S/84 million a year earlier.", "S/0 million") != "verified"
    assert number_status(_AUNA_FULL, "Net income dropped to S/33 million in 2Q26 from S/84 million a year earlier.", "S/33 million") == "verified"


def test_a_verb_after_but_is_the_next_figures():
    """U.S. Bancorp: "rose 10.1% to $1,673 million but fell $355 million from the third quarter" -- the $1,673
    million is the level the 10.1% went to, not a fall."""
    claim = "U.S. Bancorp Q4 net income rose 10.1% to $1,673 million but fell $355 million from the third quarter."
    read = _readings(claim, 2021)
    assert read["$1,673 million"][2] is False and read["$355 million"][2] is True
    assert number_status(_US_BANCORP, claim, "$1,673 million") == "verified"


_PLUG = "reading/plug-power_q2-2026_text.txt"


def test_a_change_computed_from_the_cell_that_backs_its_level():
    """Plug Power: "Service revenue on fuel cell systems rose 82% to $29.8 million" -- the $29.8 million is the
    row "Services performed on fuel cell systems and related infrastructure" (29,844), and its change against the
    row's comparison (16,367) is 82.3%; a wrong change of the same level is not."""
    claim = "Service revenue on fuel cell systems rose 82% to $29.8 million."
    assert number_status(_PLUG, claim, "82%") in ("derived", "verified")
    assert number_status(_PLUG, "Service revenue on fuel cell systems rose 88% to $29.8 million.", "88%") not in ("derived", "verified")


def test_an_average_price_per_share_the_claim_computes():
    """Taylor Morrison bought back 5.6 million shares for $348 million in 2024 (both in its release): "an average
    of about $62 a share" is $348 million / 5.6 million = $62.1; "$68" is not, nor is a $62 said of no average."""
    from decimal import Decimal

    from summarizer.types import Span
    from summarizer.verify.analyst_math import Stated, claim_arithmetic

    def stated(claim: str, result: str) -> list[Stated]:
        shares, money, price = claim.index("5.6 million"), claim.index("$348 million"), claim.index(result)
        value = Decimal(result.strip("$"))
        return [
            Stated(Span(shares, shares + 11), Decimal("5.6E6"), Decimal("5.55E6"), Decimal("5.65E6"), "shares", True),
            Stated(Span(money, money + 12), Decimal("348E6"), Decimal("347.5E6"), Decimal("348.5E6"), "money", True),
            Stated(Span(price, price + len(result)), value, value - Decimal("0.5"), value + Decimal("0.5"), "money", False),
        ]

    claim = "The company bought back 5.6 million shares for $348 million in 2024, an average of about $62 a share."
    found = claim_arithmetic(claim, stated(claim, "$62"))
    assert [(f.result, f.formula) for f in found] == [(2, "average per share")]
    wrong = claim.replace("$62", "$68")
    assert claim_arithmetic(wrong, stated(wrong, "$68")) == []
    plain = "The company bought back 5.6 million shares for $348 million in 2024, at $62 a share."
    assert claim_arithmetic(plain, stated(plain, "$62")) == []


def test_a_day_before_a_months_name_is_a_date():
    """INDUS: "the equity ratio was 37.4% at 30 September" -- the 30 is a day, as in "September 30", not a
    figure to check."""
    numbers = {n.text: n.kind for n in read_numbers("the equity ratio was 37.4% at 30 September.")}
    assert numbers["30"] is not None and numbers["37.4%"] is None
    assert {n.text: n.kind for n in read_numbers("sold 30 units in September")}["30"] is None
