"""A change read as a level (issue 11, session 37: the studied alarms classed by mechanism; this was one of the
largest classes).

A percentage said right after a percentage change, with no verb of its own, is the same figure's change again: "fell
6% reported (9% FX-neutral)", "fell 2% reported (5% LFL)", "up 9.5% to $1,634 million (6.5% organic)". A share of a
whole, a rate, another metric named between, the other end of a range ("its 10%-14% FX-neutral range") or a verb of
its own leave the second percentage as it was. A headline's present tense with a plural subject ("net sales slip 2%",
"margins widen 40 bps") is a change too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.text.context import read_sentence
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim

DATA = Path(__file__).parent / "data"


@cache
def _index(name: str) -> FactIndex:
    return FactIndex(load_document(DATA / name))


def _supported(name: str, claim: str) -> dict[str, bool]:
    return {n.text: n.status in SUPPORTED for n in verify_claim(_index(name), claim).numbers}


def _changes(text: str) -> dict[str, tuple[bool, int]]:
    """Each financial number of ``text``: whether it reads as a change, and its sign."""
    numbers = [n for n in read_numbers(text) if n.kind is None]
    readings = read_sentence(text, [(n.span, n.value, n.unit) for n in numbers], 0, len(text))
    return {n.text: (r.change, 1 if r.value >= 0 else -1) for n, r in zip(numbers, readings)}


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        # Auna: "Adjusted EBITDA was S/227 million, a decrease of 9% YoY FXN or 6% YoY on a reported basis"
        ("reading/auna_q2-2026_text.txt", "Adjusted EBITDA fell 6% reported (9% FX-neutral) to S/227 million, an 18.4% margin."),
        ("reading/auna_q2-2026_text.txt", "2q26 revenue s/1,238 mln, up 13% reported, 9% fx-neutral."),
        # Coty: "Net revenues of $5,806.6 million decreased 2% ... On a LFL basis, net revenues decreased 5%."
        ("reading/coty_q4-fy2026_text.txt", "FY26 net revenues fell 2% reported (5% LFL) to $5,806.6 million."),
        # Parker: the International Businesses table, "Sales | $ 1,634 | ... | 9.5 % | 6.5 %" under "Organic Growth"
        ("reading/parker-hannifin_q4-fy2026_text.txt", "International Businesses Q4 sales up 9.5% to $1,634 million (6.5% organic)."),
    ],
)
def test_a_change_said_again_on_another_basis_is_backed(name: str, claim: str):
    assert all(_supported(name, claim).values()), _supported(name, claim)


def test_the_second_change_goes_the_first_ones_way():
    assert _changes("Adjusted EBITDA fell 6% reported (9% FX-neutral) to S/227 million")["9%"] == (True, -1)
    assert _changes("Net revenues fell 2% reported (5% LFL) to $5,806.6 million")["5%"] == (True, -1)
    # the level it went to, said after it: "and 13% to $151.6 million for the year"
    assert _changes("ICL sales rose 17% to $39.5 million in Q4 and 13% to $151.6 million for the year")["13%"] == (True, 1)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Revenue rose 17%, about 78% of the total", "78%"),  # a share of a whole
        ("Sales rose 5% to $2 billion, with gross margin at 31% reported", "31%"),  # a rate and a verb of its own
        ("Revenue rose 8% to $2 billion and accounted for 40% excluding China", "40%"),  # its own verb
        ("Revenue rose 8% to $2 billion; 40% excluding China", "40%"),  # a clause of its own
    ],
)
def test_a_percentage_with_its_own_words_stays_a_level(text: str, level: str):
    assert _changes(text)[level][0] is False


def test_a_change_with_or_without_an_item_is_not_read_again():
    # Disney: "~12% ex the 53rd week, ~16% including it" -- nothing would tell "~12% including it" (wrong) from the 12%
    # said without the week, so the second stays as it was read (missing beats wrong)
    assert _changes("adj. EPS growth of ~12% ex the 53rd week, ~16% including it")["16%"][0] is False


def test_a_wrong_second_change_stays_unsupported():
    # the release says 9% FX-neutral: 7% is no change it reports
    supported = _supported("reading/auna_q2-2026_text.txt", "Adjusted EBITDA fell 6% reported (7% FX-neutral) to S/227 million.")
    assert supported["7%"] is False
    # nor is a rise the fall it reports
    supported = _supported("reading/coty_q4-fy2026_text.txt", "FY26 net revenues rose 2% reported (5% LFL) to $5,806.6 million.")
    assert supported["5%"] is False


def test_a_headlines_present_tense_with_a_plural_subject_is_a_change():
    # Clorox: "Net sales decreased 2% to $1.95 billion" in its fourth quarter
    claim = "Clorox fiscal Q4 net sales slip 2% to $1.95 bln as organic sales drop 13%"
    assert all(_supported("reading/clorox_q4-fy2026_text.txt", claim).values())
    assert _changes("Net sales slip 2% to $1.95 billion")["2%"] == (True, -1)
    assert _changes("Margins widen 40 basis points")["40 basis points"][0] is True
    assert _changes("Net sales slip to $1.95 billion")["$1.95 billion"][0] is False  # "to": the level
