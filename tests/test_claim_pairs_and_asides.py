"""A pair of amounts set against each other, in an aside or with one unit said after both, and an item's amount
per share (session 43).

Each claim is written as analysts write them, against ImmunoGen's real release in tests/data; its false variant, the
same words with a wrong value, stays unsupported."""

from __future__ import annotations

import pytest
from corpus import figures, number_status

from summarizer.text.context import read_sentence
from summarizer.text.vocabulary import metrics_in
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED

_IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"  # six months: net loss $8.2 million ($0.20 a share) vs $4.7 million ($0.11)


def _readings(claim: str) -> list[tuple[str, str, float, str | None, bool | None]]:
    """Each number of ``claim`` with its unit, signed value, metric and whether it is the comparison period's."""
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    readings = read_sentence(claim, [(n.span, n.value, n.unit) for n in numbers], 0, len(claim), 2026, "")
    return [(n.text, n.unit.value, float(r.value), r.metric, r.period.prior) for n, r in zip(numbers, readings)]


def test_the_unit_said_after_a_pair_is_both_amounts_and_an_aside_pair_opens_with_the_current_period() -> None:
    readings = _readings("H1 net loss $8.2m vs $4.7m, or 20 cents vs 11 cents a share")
    assert [(text, value, metric, prior) for text, _, value, metric, prior in readings[2:]] == [
        ("20 cents", -0.20, "eps", False),
        ("11 cents", -0.11, "eps", True),
    ]
    assert readings[2][1] == readings[3][1]  # both per share


@pytest.mark.parametrize(
    "claim",
    [
        "H1 net loss $8.2m vs $4.7m, or 20 cents vs 11 cents a share",
        # the pair in an aside after a change counted against a year earlier: the current period first, both losses
        "ImmunoGen's first-half net loss was about 75% wider than a year earlier ($8.2 million vs $4.7 million).",
        # an item's amount restated per share, the item named in an analyst's short form
        "Net loss included $0.6m of stock comp, about 2 cents a share",
    ],
)
def test_pairs_and_asides_are_backed(claim: str) -> None:
    for number in ("$8.2m", "20 cents", "11 cents", "75%", "$8.2 million", "2 cents"):
        if number in claim:
            assert number_status(_IMMUNOGEN, claim, number) in SUPPORTED, number


@pytest.mark.parametrize(
    ("claim", "number"),
    [
        ("H1 net loss $8.2m vs $4.7m, or 21 cents vs 11 cents a share", "21 cents"),
        ("H1 net loss $8.2m vs $4.7m, or 11 cents vs 20 cents a share", "11 cents"),  # the periods swapped
        ("ImmunoGen's first-half net loss was about 75% wider than a year earlier ($4.7 million vs $8.2 million).",
         "$4.7 million"),
        ("ImmunoGen's first-half net loss was about 85% wider than a year earlier ($8.2 million vs $4.7 million).", "85%"),
        ("ImmunoGen's first-half net loss was about 75% narrower than a year earlier ($8.2 million vs $4.7 million).",
         "75%"),
        ("Net loss included $0.6m of stock comp, about 4 cents a share", "4 cents"),
    ],
)
def test_their_wrong_variants_stay_unsupported(claim: str, number: str) -> None:
    assert number_status(_IMMUNOGEN, claim, number) not in SUPPORTED


_TOMPKINS = "reading/tompkins-financial_q2-2025_newswire.txt"  # "Provision expense ... was $2.8 million, compared to $5.3 million"


def test_a_banks_provision_expense_is_its_provision_for_credit_losses() -> None:
    claim = "Provision for credit losses was $2.8 million, down from $5.3 million in Q1 but above $2.2 million a year ago."
    for number in ("$2.8 million", "$5.3 million", "$2.2 million"):
        assert number_status(_TOMPKINS, claim, number) in SUPPORTED, number
    assert number_status(_TOMPKINS, claim.replace("$5.3 million", "$5.8 million"), "$5.8 million") not in SUPPORTED
    assert metrics_in("An income tax provision expense of") == [(3, "tax")]  # not a bank's provision


@pytest.mark.parametrize(
    ("release", "claim", "part"),
    [
        ("reading/wells-fargo_q4-2021.htm",
         "Noninterest income was about 56% of Wells Fargo's 4Q21 revenue ($11.6 billion of $20.9 billion).", "$11.6 billion"),
        ("nvidia_q4-fy2026.txt", "Operating expenses were about 10% of Q4 revenue ($6.8 billion of $68.1 billion).",
         "$6.8 billion"),
    ],
)
def test_a_parts_amount_stated_with_its_whole_after_the_share_is_the_parts(release: str, claim: str, part: str) -> None:
    assert number_status(release, claim, part) in SUPPORTED
    whole = claim.split(" of ")[-1].rstrip(").")
    swapped = claim.replace(f"({part} of {whole})", f"({whole} of {part})")
    assert number_status(release, swapped, part) not in SUPPORTED


_APPLE = "claim_reading/apple_q3-fy2012.txt"  # "iPod (3)(9) | 7,673 | 1,207 | ... | - 12% | - 12% | - 10% | - 20%"


def test_a_cells_minus_printed_a_space_apart_is_its_sign() -> None:
    changes = [f.value for f in figures(_APPLE).financial if (f.row or "").startswith("iPod") and f.text.endswith("%")]
    assert [float(value) for value in changes[:4]] == [-12, -12, -10, -20]


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Macs 4.0m units (+2%), iPods 6.8m (-10%) in the quarter", True),  # a signed change in an aside of its amount
        ("Macs 4.0m units (+2%), iPods 6.8m (+10%) in the quarter", False),  # the direction swapped
        ("Apple sold 6.8 million iPods, up 10% from the year-ago quarter.", False),
    ],
)
def test_a_signed_change_in_an_aside_after_an_amount(claim: str, supported: bool) -> None:
    assert (number_status(_APPLE, claim, "10%" if "+10%" in claim or "up 10%" in claim else "-10%") in SUPPORTED) is supported


_MCDONALDS = "mcdonalds_q2-2026_text.txt"  # comparable sales: U.S. 0.8%, IOM 1.5%, IDL 1.9%
_SEGMENTS_LISTED = "McDonald's Q2 2026 global comparable sales up 1.3%, with the U.S. up {}, IOM up {} and IDL up {}."


def test_each_segment_named_before_its_number_owns_it() -> None:
    claim = _SEGMENTS_LISTED.format("0.8%", "1.5%", "1.9%")
    for number in ("0.8%", "1.5%", "1.9%"):  # "IDL": the name without the "Markets" its siblings share
        assert number_status(_MCDONALDS, claim, number) in SUPPORTED, number
    swapped = _SEGMENTS_LISTED.format("1.5%", "0.8%", "1.9%")  # each value another named segment's
    assert number_status(_MCDONALDS, swapped, "1.5%") not in SUPPORTED
    assert number_status(_MCDONALDS, swapped, "0.8%") not in SUPPORTED


_NEPHROS = "reading/nephros_q4-2024_newswire.txt"  # "Net income was $74,000, compared with a net loss of ($1.6 million) in 2023."


@pytest.mark.parametrize(
    ("claim", "number", "supported"),
    [
        ("Full-year net revenue was steady at $14.2 million, and Nephros earned $74,000 after losing $1.6 million in 2023.",
         "$74,000", True),
        ("Full-year net revenue was steady at $14.2 million, and Nephros earned $74,000 after losing $1.6 million in 2023.",
         "$1.6 million", True),
        ("Full-year net revenue was steady at $14.2 million, and Nephros earned $1.6 million after losing $74,000 in 2023.",
         "$74,000", False),
    ],
)
def test_earned_and_lost_before_an_amount_are_its_profit_and_loss(claim: str, number: str, supported: bool) -> None:
    assert (number_status(_NEPHROS, claim, number) in SUPPORTED) is supported


def test_earned_and_lost_name_no_profit_where_no_amount_follows() -> None:
    assert metrics_in("net earned premiums of") == [(0, "revenue")]  # an insurer's revenue
    assert metrics_in("the company lost customers") == []


@pytest.mark.parametrize(
    ("release", "claim", "number", "wrong"),
    [
        # a move in points is a part of the change, no level it goes with
        ("reading/clorox_q4-fy2026_text.txt",
         "Health and Wellness net sales rose 16% with about 28 points from the GOJO deal, though segment adjusted EBIT "
         "fell 15%.", "16%", "18%"),
    ],
)
def test_a_change_is_not_held_to_a_level_it_does_not_go_with(release: str, claim: str, number: str, wrong: str) -> None:
    assert number_status(release, claim, number) in SUPPORTED
    assert number_status(release, claim.replace(number, wrong), wrong) not in SUPPORTED


def test_a_rest_said_of_no_metric_is_of_the_part_stated_before_it() -> None:
    release = "reading/vertex_q2-2026_text.txt"  # FY26 revenue guidance $13.1-13.2 billion; H1 $6,320.8 million
    claim = "After $6.32 billion of revenue in H1, the new guidance midpoint implies about {} for the second half."
    assert number_status(release, claim.format("$6.83 billion"), "$6.83 billion") in SUPPORTED
    assert number_status(release, claim.format("$6.93 billion"), "$6.93 billion") not in SUPPORTED


_LOWES = "note/lowes_q2-fy2026_text.txt"  # "Total sales of $92.0 billion (previously $92.0 to 94.0 billion)"; H1 $49,034 million
_LOWES_REST = "The cut-down $92.0 billion full-year sales outlook implies second-half sales of about {}."


def test_an_outlook_of_one_amount_less_the_year_to_date_is_the_rest_and_the_replaced_outlook_is_not() -> None:
    assert number_status(_LOWES, _LOWES_REST.format("$43.0 billion"), "$43.0 billion") in SUPPORTED
    assert number_status(_LOWES, _LOWES_REST.format("$92.0 billion"), "$92.0 billion") in SUPPORTED  # "cut-down": no change
    # the half the release reports, said after its amount: a result, not the outlook's
    after_the_half = _LOWES_REST.format("$43.0 billion after {} in the first half")
    assert number_status(_LOWES, after_the_half.format("$49.0 billion"), "$49.0 billion") in SUPPORTED
    assert number_status(_LOWES, after_the_half.format("$48.0 billion"), "$48.0 billion") not in SUPPORTED
    # $93.0 billion, the midpoint of the outlook replaced, less the half: no rest of the current outlook
    assert number_status(_LOWES, _LOWES_REST.format("$44.0 billion"), "$44.0 billion") not in SUPPORTED
    vertex = "reading/vertex_q2-2026_text.txt"  # "from $12.95 billion to $13.1 billion previously": midpoint $13.025 billion
    old_rest = "After $6.32 billion of revenue in H1, the guidance midpoint implies about $6.70 billion for the second half."
    assert number_status(vertex, old_rest, "$6.70 billion") not in SUPPORTED


def test_a_margin_backs_no_share_of_another_whole() -> None:
    release = "reading/auna_q2-2026_text.txt"  # Colombia: "34% of consolidated revenues and 25% of consolidated Adjusted EBITDA"
    claim = "Mexico accounted for 24% of revenue but 34% of adjusted EBITDA; Colombia for 34% of revenue and {} of EBITDA."
    assert number_status(release, claim.format("25%"), "25%") in SUPPORTED
    # total EBITDA over Colombia's revenue is 52.3%: a margin of nothing the claim names
    assert number_status(release, claim.format("52%"), "52%") not in SUPPORTED


def test_a_segments_row_in_a_table_of_another_metric_is_no_line_of_revenue() -> None:
    release = "reading/coty_q4-fy2026_text.txt"  # "Prestige | $ | 85.8 |" under Adjusted EBITDA; Consumer Beauty revenue $497.4
    claim = "prestige q4 net revenues $771.8 mln, 61% of sales; consumer beauty {}."
    assert number_status(release, claim.format("$497.4 mln"), "$497.4 mln") in SUPPORTED
    assert number_status(release, claim.format("$85.8 mln"), "$85.8 mln") not in SUPPORTED


def test_a_signed_percentage_in_an_aside_after_a_year_is_no_change_of_it() -> None:
    release = "reading/gecina_fy2024_newswire.txt"
    sentence = (
        "A further step taken to radically reduce energy consumption (-4.2%) and carbon emissions (-12.3%, now at 8.0 "
        "kgCO2/sq.m, ahead of the 2025 milestone), building on the efforts initiated in 2008 (-31% in energy "
        "consumptions and -60% in carbon emissions since 2019)"
    )  # the release's own sentence: read as the release reads it
    assert number_status(release, sentence, "-31%") in SUPPORTED


@pytest.mark.parametrize(
    ("claim", "wrong"),
    [
        # a change of no metric read held to the unread levels of its own clause: the wrong change is another row's
        ("Taylor Morrison's Q4 closings rose {} to 3,571 homes at an average price of $608,000.", "8%"),
        ("Q4 land acquisition and development investment rose about {} y/y to $590 million from $537 million.", "6%"),
    ],
)
def test_a_wrong_change_of_no_metric_read_stays_unsupported(claim: str, wrong: str) -> None:
    assert number_status("reading/taylor-morrison_q4-2024_newswire.txt", claim.format(wrong), wrong) not in SUPPORTED


def test_a_change_of_no_metric_read_in_a_clause_of_no_level_goes_with_the_claims_levels() -> None:
    release = "reading/auna_q2-2026_text.txt"
    claim = "Surgeries +5.2% y/y to 21,912; hospital days +5% to 135,107; chemo and radiotherapy sessions {}"
    assert number_status(release, claim.format("+15%"), "15%") in SUPPORTED
    assert number_status(release, claim.format("+6%"), "6%") not in SUPPORTED
    # across a contrast it goes with none (session 46, test_claims_s46): "while" parts the claim's sides
    copa = "reading/copa-holdings_q4-2024_newswire.txt"
    capacity = "Capacity grew 7.2% while RASM dropped 10.4% to 11.3 cents and ex-fuel CASM fell 2.6% to 5.9 cents."
    assert number_status(copa, capacity, "7.2%") in SUPPORTED
