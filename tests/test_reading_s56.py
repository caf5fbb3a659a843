"""Reading as the claim sets write it (session 56): fixes to how releases themselves read, found on figures that
fail in several claim sets (a release's misreading costs every writer who claims that figure), and rules of running
text found on the studied sets.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number,
period or thing is not."""

from __future__ import annotations

from corpus import assert_backed, assert_not_backed, claim_readings, fact_index, sentence_fact

_AMD = "reading/amd_q2-2026_text.txt"
_DISNEY = "reading/disney_q3-fy2026_text.txt"
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
