"""Words of a release read for a metric (session 47).

Each sentence is a real release's own; it is checked against the release with that sentence left out, as the
self-consistency benchmark checks a sentence its tables restate, so only the tables can back it."""

from __future__ import annotations

from corpus import assert_backed, fact_index, number_status

from summarizer.facts import FactIndex
from summarizer.text.context import ITEM, read_sentence
from summarizer.text.vocabulary import change_direction, metrics_in
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim


def _statuses_without_the_sentence(name: str, opening: str, sentence: str | None = None) -> dict[str, str]:
    """The status of each financial number of the release's sentence that opens with ``opening`` (or of ``sentence``
    in its place), verified against the release without that sentence."""
    index: FactIndex = fact_index(name)
    text = index.document.text
    span = next(s for s in index.sentences if " ".join(s.of(text).split()).startswith(opening))
    claim = sentence or " ".join(span.of(text).split())
    check = verify_claim(index.without(span), claim)
    return {n.text: n.status.value for n in check.numbers if n.status.value != "not_financial"}


def _all_supported(statuses: dict[str, str]) -> bool:
    return all(status in {s.value for s in SUPPORTED} for status in statuses.values())


_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"  # the row "Other income" under noninterest income: 3.42, 4.71, 3.35


def test_a_banks_other_noninterest_income_is_its_other_income() -> None:
    assert metrics_in("other noninterest income was") == [(0, "other_income")]
    assert metrics_in("noninterest income was") == [(0, "fee_income")]
    statuses = _statuses_without_the_sentence(_PEAPACK, "Other noninterest income was $3.4 million")
    assert _all_supported(statuses), statuses
    # the bank's whole noninterest income is another figure
    wrong = _statuses_without_the_sentence(_PEAPACK, "Other noninterest income was", "Noninterest income was $3.4 million for Q3 2025.")
    assert wrong["$3.4 million"] == "context_mismatch"


_LILLY = "reading/eli-lilly_q2-2026_text.txt"  # the row "Acquired IPR&D": 2,776 (Q2 2026), 154 (Q2 2025)


def test_acquired_in_process_research_is_a_charge_of_its_own_not_research_and_development() -> None:
    opening = "In Q2 2026, the company recognized acquired in-process research"
    statuses = _statuses_without_the_sentence(_LILLY, opening)
    assert statuses == {"$2.8 billion": "verified", "$154 million": "verified"}
    # R&D expense is another line ("Research and development | 3,6xx")
    wrong = _statuses_without_the_sentence(_LILLY, opening, "In Q2 2026, research and development expense was $2.8 billion.")
    assert wrong["$2.8 billion"] == "context_mismatch"
    # a bare "IPR&D" names nothing: "$3.03 of IPR&D charges more than offset a $2.78 underlying raise" of EPS
    assert metrics_in("$3.03 of ipr&d charges") == []


_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"  # "Other income, net": 1,103 / 420 (quarters), 1,819 / 751 (six months)


def test_a_metric_in_an_aside_between_commas_is_no_subject_of_the_amounts_after_it() -> None:
    statuses = _statuses_without_the_sentence(_IMMUNOGEN, "Other income, primarily consisting of interest income")
    assert statuses == {"$1.1 million": "verified", "$0.4 million": "verified", "$1.8 million": "verified", "$0.8 million": "verified"}
    # the six months' other income is not the quarter's
    wrong = _statuses_without_the_sentence(
        _IMMUNOGEN, "Other income, primarily consisting of interest income",
        "Other income, primarily consisting of interest income, was $1.8 million in the three-month period ended December 31, 2005.",
    )
    assert wrong["$1.8 million"] != "verified"


def test_a_change_restated_in_parentheses_before_its_word_is_a_change() -> None:
    # U.S. Bancorp: "Average total loans for the fourth quarter of 2021 were $447 million (0.1 percent) higher than
    # the fourth quarter of 2020" -- both numbers are the change, up
    sentence = "Average total loans for the fourth quarter of 2021 were $447 million (0.1 percent) higher than the fourth quarter of 2020."
    for number in ("$447 million", "0.1 percent"):
        start = sentence.index(number)
        assert change_direction(sentence[:start], sentence[start + len(number) :][:40]) == 1
    # a level's aside does not make it a change: "Revenue of $5.0 billion (see Note 3) increased 4%"
    assert change_direction("Revenue of ", " (see Note 3) increased 4%") == 0


_ASSURANT = "claim_reading/assurant_q4-2024_newswire.txt"


def test_a_change_said_against_a_named_quarter_carries_to_its_restatement_on_another_basis() -> None:
    # "Adjusted EBITDA decreased 6 percent compared to fourth quarter 2023, or 5 percent on a constant currency basis":
    # the 5 percent is the same change in constant currency, not the year-ago quarter's level
    sentence = "Adjusted EBITDA decreased 6 percent compared to fourth quarter 2023, or 5 percent on a constant currency basis."
    index = fact_index(_ASSURANT)
    numbers = [n for n in read_numbers(sentence) if n.kind is None and n.text != "2023"]
    readings = read_sentence(sentence, [(n.span, n.value, n.unit) for n in numbers], 0, len(sentence), index.current_year)
    assert [(r.change, r.basis) for r in readings] == [(True, "adjusted"), (True, "constant_currency")]


def test_a_level_said_comparable_to_an_earlier_period_is_the_current_ones() -> None:
    # "general and administrative expenses of $2.3 million comparable to the same period last year": 2,332 this
    # quarter, 2,256 a year before
    statuses = _statuses_without_the_sentence(_IMMUNOGEN, "The second quarter 2006 operating expenses also include general")
    assert statuses == {"$2.3 million": "verified"}
    index = fact_index(_IMMUNOGEN)
    sentence = "General and administrative expenses were $2.3 million in the same period last year."
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    readings = read_sentence(sentence, [(n.span, n.value, n.unit) for n in numbers], 0, len(sentence), index.current_year)
    assert readings[0].period.prior is True  # said of the earlier period, it is that period's


_GRAFTECH = "claim_reading/graftech_q4-2024_newswire.txt"  # "Net cash (used in) provided by operating activities | $(40,093)"


def test_a_date_between_cash_used_and_its_amount_keeps_the_amount_an_outflow() -> None:
    opening = "Net cash used in operating activities for the year ended December 31, 2024 was $40 million"
    statuses = _statuses_without_the_sentence(_GRAFTECH, opening)
    assert statuses["$40 million"] == "verified"
    # cash provided is the other direction: the same size does not back it
    provided = "Net cash provided by operating activities for the year ended December 31, 2024 was $40 million."
    assert _statuses_without_the_sentence(_GRAFTECH, opening, provided)["$40 million"] != "verified"


_KEYSIGHT = "claim_reading/keysight_q3-fy2026_text.txt"  # CSG's segment table: Commercial Communications 56%, ADG 14%


def test_a_change_that_names_the_part_that_grew_is_that_parts() -> None:
    opening = "CSG reported revenue of $1,345 million in the third quarter"
    statuses = _statuses_without_the_sentence(_KEYSIGHT, opening)
    assert statuses == {"$1,345 million": "verified", "43 percent": "verified", "56 percent": "verified", "14 percent": "verified"}
    # the parts swapped: each part's change is its own
    swapped = (
        "CSG reported revenue of $1,345 million in the third quarter, up 43 percent from the prior year, reflecting "
        "14 percent growth in commercial communications and 56 percent growth in aerospace, defense, and government."
    )
    statuses = _statuses_without_the_sentence(_KEYSIGHT, opening, swapped)
    assert statuses["14 percent"] != "verified" and statuses["56 percent"] != "verified"


def test_what_a_buyback_authorization_leaves_is_a_balance_of_its_own() -> None:
    # NVIDIA: "... with $58.5 billion remaining under its share repurchase authorization"
    claim = "Returned $41.1bn to holders in FY26 via buybacks and dividends; $58.5bn left on the authorization; next dividend $0.01 on April 1"
    assert_backed("nvidia_q4-fy2026.txt", claim, "$58.5bn")
    assert metrics_in("left on the authorization") == [(12, "buyback_authorization")]
    # Cboe: "$679.8 million of availability remaining under its existing share repurchase authorizations"; a claim of
    # buybacks may say it so too
    cboe = "extractive/cboe_q4-2024_newswire.txt"
    assert_backed(cboe, "Cboe ended 2024 with $679.8 million of remaining buyback authorization.", "$679.8 million")
    assert_backed(cboe, "About $679.8 million remained available for share repurchases at year-end.", "$679.8 million")
    # not the dividends paid
    assert number_status(cboe, "Cboe ended 2024 with $66.4 million of remaining buyback authorization.", "$66.4 million") != "verified"


_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"  # "before a $20 million litigation settlement payment"


def test_an_amount_named_a_payment_is_that_item_not_the_metric_around_it() -> None:
    claim = "Free cash flow for 2024 was $50 million against $67 million; before a $20 million litigation payment it would have been $70 million."
    assert_backed(_ANYWHERE, claim, "$20 million")
    # not free cash flow itself: no free cash flow of $20 million is printed
    assert number_status(_ANYWHERE, "Free cash flow for 2024 was $20 million.", "$20 million") != "verified"


def _prose_fact(name: str, sentence_start: str, number: str):
    """The fact of the release's sentence that opens with ``sentence_start`` whose figure reads ``number``."""
    index = fact_index(name)
    text = index.document.text
    at = text.index(sentence_start)
    return next(f for f in index.facts if not f.in_table and f.figure.text == number and f.figure.span.start > at)


def test_an_item_named_before_its_amount_is_that_item_as_one_named_after_it_is() -> None:
    # McDonald's: "Results reflected pre-tax charges of $52 million and $43 million for the current year and prior
    # year, respectively" -- charges, not the comparable sales the sentence spoke of before
    fact = _prose_fact("mcdonalds_q2-2026_text.txt", "Results reflected pre-tax charges of", "$52 million")
    assert fact.metrics == {ITEM}
    claim = "Q2 carried $52 million of pre-tax charges, or $0.06 per share, versus $43 million, or $0.05 per share, a year earlier."
    for number in ("$52 million", "$0.06", "$43 million", "$0.05"):
        assert_backed("mcdonalds_q2-2026_text.txt", claim, number)
    assert number_status("mcdonalds_q2-2026_text.txt", "Q2 carried $43 million of pre-tax charges.", "$43 million") != "verified"
    # an item's words that name a metric make it that metric's: "a quarterly dividend payment of US$1.61 per share"
    assert metrics_in("quarterly dividend payment of") == [(10, "dividend")]


def test_an_amount_of_costs_named_after_it_is_that_item_not_the_metric_carried_before() -> None:
    # Silexion: "General and administrative expenses increased to $4.8 million ..., with $3.4 million attributable to
    # non-cash share-based compensation and $0.6 million in professional services costs"
    fact = _prose_fact("reading/silexion_q3-2024_newswire.txt", "General and administrative expenses increased", "$0.6 million")
    assert fact.metrics == {ITEM}


def test_a_list_of_amounts_per_share_after_a_list_of_items_is_read_alike_in_the_release_and_a_claim() -> None:
    # Albemarle: "total after-tax charges of $7.5 million and $33.3 million, or $0.05 and $0.24 per share, for the three
    # and six months ended June 30, 2026, respectively": the release's $0.05 (no "per share" of its own) is the
    # charges' per share, as a claim's reader reads it
    fact = _prose_fact("reading/albemarle_q2-2026_text.txt", "Due to the impact of valuation allowances, this resulted in total after-tax charges", "$0.05")
    assert fact.metrics == {ITEM}


_COTY = "reading/coty_q4-fy2026_text.txt"  # Consumer Beauty's LFL change (3)% in the quarter's segment table


def test_a_percentage_said_as_a_part_of_the_change_is_no_level_it_goes_with() -> None:
    # "On a LFL basis, Consumer Beauty net revenues declined 3%, which included an estimated 1% headwind from the
    # conflict in the Middle East": the 1% is part of the 3%, not the level the 3% is the change of
    opening = "On a LFL basis, Consumer Beauty net revenues declined 3%"
    assert _statuses_without_the_sentence(_COTY, opening)["3%"] == "verified"
    wrong = "On a LFL basis, Consumer Beauty net revenues declined 9%, which included an estimated 1% headwind."
    assert _statuses_without_the_sentence(_COTY, opening, wrong)["9%"] != "verified"
