"""Segments named as analysts spell them, and a name said in a metric's place (issue 11,
session 16: the half-A alarms of the second held-out set)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.context import read_sentence
from summarizer.text.segment_names import defined_abbreviations, names_segment
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim

DATA = Path(__file__).parent / "data" / "reading"


@cache
def _index(name: str) -> FactIndex:
    return FactIndex(load_document(DATA / name))


def _supported(name: str, claim: str) -> dict[str, bool]:
    return {n.text: n.status in SUPPORTED for n in verify_claim(_index(name), claim).numbers}


def test_a_word_in_the_other_number_names_the_same_segment():
    assert names_segment("Offices", "office gross rental income rose")
    assert names_segment("Office", "offices gross rental income rose")
    assert not names_segment("Offices", "officers' pay rose")


def test_a_run_of_words_shortened_to_its_leading_letters():
    assert names_segment("Europe and Asia Pacific", "europe and apac net revenue up 17%")
    # two letters say too little, and a word of the name may not be left out
    assert not names_segment("Europe and Asia Pacific", "europe and ap net revenue up 17%")
    assert not names_segment("Europe and Asia Pacific", "europe net revenue up 17%")


def test_the_words_that_tell_a_segment_from_its_siblings():
    siblings = ["Container Vessels", "Drybulk Vessels"]
    assert names_segment("Drybulk Vessels", "drybulk q4 operating revenues", siblings)
    assert not names_segment("Drybulk Vessels", "container q4 operating revenues", siblings)
    assert not names_segment("Drybulk Vessels", "vessels q4 operating revenues", siblings)


def test_the_abbreviation_a_release_defines():
    abbreviations = defined_abbreviations((DATA / "ge-healthcare_q4-2024_newswire.txt").read_text())
    assert abbreviations["pharmaceutical diagnostics"] == "pdx"
    assert names_segment("Pharmaceutical Diagnostics", "pdx q4 revenue", (), abbreviations)
    assert not names_segment("Pharmaceutical Diagnostics", "avs q4 revenue", (), abbreviations)


def test_a_segment_column_backs_the_claim_that_spells_its_segment():
    name = "danaos_q4-2024_newswire.txt"
    assert _supported(name, "drybulk q4 operating revenues $20.7 mln vs $10.4 mln.") == {"$20.7 mln": True, "$10.4 mln": True}
    # the drybulk figure is not the container vessels'
    assert not any(_supported(name, "container q4 operating revenues $20.7 mln vs $10.4 mln.").values())
    assert all(_supported(name, "container vessels q4 operating revenues $237.5 mln vs $238.9 mln.").values())


def test_a_segment_named_by_the_release_s_abbreviation():
    name = "ge-healthcare_q4-2024_newswire.txt"
    assert all(_supported(name, "pdx q4 segment revenue $646 mln; segment ebit margin 32.9%.").values())
    assert not all(_supported(name, "avs q4 segment revenue $646 mln; segment ebit margin 32.9%.").values())


def test_a_row_named_in_the_singular():
    name = "gecina_fy2024_newswire.txt"
    assert all(_supported(name, "Office gross rental income was EUR566.7 million in 2024.").values())


def test_a_name_said_in_the_metric_s_place_is_its_row():
    name = "vertex_q2-2026_text.txt"
    assert all(_supported(name, "ALYFTREK revenue reached $573.6 million and JOURNAVX $49.6 million in the quarter.").values())
    # another product's figure is not JOURNAVX's
    assert _supported(name, "ALYFTREK revenue reached $573.6 million and JOURNAVX $76.4 million in the quarter.") == {
        "$573.6 million": True,
        "$76.4 million": False,
    }


def test_a_run_rate_to_be_reached_by_a_date_is_a_target():
    index = FactIndex(load_document(DATA.parent / "claim_reading" / "datavault-ai_q2-2025_newswire.txt"))
    checks = verify_claim(index, "The company is targeting a $25 million revenue run rate by year-end.").numbers
    assert [c.status in SUPPORTED for c in checks] == [True]
    # not a result of the quarter
    checks = verify_claim(index, "Revenue ran at a $25 million run rate in the second quarter.").numbers
    assert [c.status in SUPPORTED for c in checks] == [False]


def test_a_sentence_that_points_back_speaks_of_the_one_before():
    """Copa: "... repurchased US$87 million worth of shares under its ... share repurchase program ... This
    represents approximately 2% of the Company's total outstanding shares"."""
    index = _index("copa-holdings_q4-2024_newswire.txt")
    start = index.document.text.index("This represents approximately 2%")
    [share] = [f for f in index.facts if f.figure.text == "2%" and f.figure.context.start == start]
    assert share.metrics == {"buyback"}


def test_a_change_said_in_a_neighbouring_sentence_accompanies_the_level():
    """Helix: "... expenses ... totaled $1,839,000 (2024: $3,262,000). Click Here to see the following table ...
    / ... decreased by $1,423,000 or 43%"."""
    name = "helix-biopharma_fy2025_newswire.txt"
    claim = "Operating, general and administration expenses fell {}% to $1.84 million from $3.26 million."
    assert all(_supported(name, claim.format(43)).values())
    assert _supported(name, claim.format(48))["48%"] is False


def test_a_percentage_beside_a_neighbouring_change_states_no_level():
    """Coty Q4 FY2026: "Net revenues of $1,269.2 million increased 1% on a reported basis ... On a LFL basis, net
    revenues declined 1%, which included an estimated 1% headwind from the conflict in the Middle East." The headwind's
    1% is no level of net revenues that would make the decline another figure's change."""
    index = FactIndex(document_from_text(
        "Coty Reports Fourth Quarter Fiscal 2026 Results\n\n"
        "Net revenues of $1,269.2 million increased 1% on a reported basis and included a 3% benefit from foreign "
        "exchange (FX). On a LFL basis, net revenues declined 1%, which included an estimated 1% headwind from the "
        "conflict in the Middle East.\n"
    ))  # fmt: skip
    claim = "Q4 net revenues of $1,269.2 million, up 1% reported and down {}% like-for-like."
    assert verify_claim(index, claim.format(1)).supported
    assert not verify_claim(index, claim.format(2)).supported


def test_a_figure_the_claim_leaves_from_two_of_its_own():
    name = "weibo_q2-2026_text.txt"
    claim = "Cash provided by operating activities was US$50.5 million and capital expenditures US$3.1 million, leaving free cash flow of about US${} million."
    assert all(_supported(name, claim.format("47.4")).values())
    assert _supported(name, claim.format("45.4"))["US$45.4 million"] is False


def test_an_outlook_is_for_the_year_its_guidance_names_last():
    """PATRIZIA: "Based on the financial performance in the first nine months of 2025, PATRIZIA SE specifies its
    guidance for the 2025 financial year as follows: EBITDA is now expected in a range between EUR 50.0 - 65.0m"."""
    index = FactIndex(load_document(DATA.parent / "claim_reading" / "patrizia_9m-2025_newswire.txt"))
    checks = verify_claim(index, "PATRIZIA raised its FY 2025 EBITDA guidance to EUR 50.0-65.0m from EUR 40.0-60.0m.").numbers
    assert [c.status in SUPPORTED for c in checks if c.status.value != "not_financial"] == [True] * 4
    sentence = (
        "Based on the financial performance in the first nine months of 2025, PATRIZIA SE specifies its guidance for "
        "the 2025 financial year as follows: EBITDA is now expected in a range between EUR 50.0 - 65.0m"
    )
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    assert [r.period.length for r in read_sentence(sentence, numbers, 0, len(sentence), 2025)] == ["year", "year"]
    # a result said after the guidance's year is that result's period
    sentence = "Our guidance for the full year is unchanged; revenue for the first nine months was EUR 200 million."
    numbers = [(n.span, n.value, n.unit) for n in read_numbers(sentence) if n.kind is None]
    assert [r.period.length for r in read_sentence(sentence, numbers, 0, len(sentence), 2025)] == ["nine_months"]


def test_the_change_of_a_part_is_not_the_change_of_the_whole():
    """"a benefit of $452 million, including an $875 million decrease in the allowance": the decrease is the
    allowance's, said in its own sentence of the release, not a change of the provision's row."""
    name = "wells-fargo_q4-2021.htm"
    claim = "The provision for credit losses was a benefit of $452 million, including an ${} million decrease in the allowance."
    assert all(_supported(name, claim.format(875)).values())
    assert _supported(name, claim.format(857))["$857 million"] is False
