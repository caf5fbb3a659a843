"""Directions (issue 10, signs): a figure's size and direction read alike from a table row, a
sentence of the release and a claim; a claim of the same size and direction is backed, one of
the opposite direction is not, whatever the signs printed."""

from __future__ import annotations

from functools import lru_cache

import pytest
from corpus import DATA

from summarizer.facts import FactIndex
from summarizer.facts.directions import Direction, label_direction, words_direction
from summarizer.ingest.load import load_document
from summarizer.text.numbers import printed_negative
from summarizer.types import Span
from summarizer.verify.verifier import verify_claim

READING = DATA / "reading"
ADVERSE, FAVOURABLE = Direction.ADVERSE, Direction.FAVOURABLE


@pytest.mark.parametrize(
    "label, plain, parenthesised",
    [
        # one word of money out: every cell is money out, whatever its parentheses
        ("Net cash used in operating activities", ADVERSE, ADVERSE),
        ("Income tax expense", ADVERSE, ADVERSE),
        ("Interest expense - net", ADVERSE, ADVERSE),
        ("Loss before income taxes", ADVERSE, ADVERSE),
        # one word of money in: a cell in parentheses is the opposite ("income" of "income taxes" is no word)
        ("Income before income taxes", FAVOURABLE, ADVERSE),
        # the word in parentheses is what a parenthesised cell is
        ("Income tax benefit (expense)", FAVOURABLE, ADVERSE),
        ("(Gain)/loss on investments", ADVERSE, FAVOURABLE),
        ("Other income/(expenses), net", FAVOURABLE, ADVERSE),
        ("(Charge-offs)/recoveries, net (D)", FAVOURABLE, ADVERSE),
        ("Net cash provided by (used in) operating activities", FAVOURABLE, ADVERSE),
        ("Net cash (used in) provided by financing activities", FAVOURABLE, ADVERSE),
        ("Provision for (benefit from) income taxes", ADVERSE, FAVOURABLE),
        # a provision is money out, a negative one a benefit; the losses it is for are not its direction
        ("Provision for credit losses", ADVERSE, FAVOURABLE),
    ],
)
def test_label_direction(label, plain, parenthesised):
    assert label_direction(label) == (plain, parenthesised)


@pytest.mark.parametrize(
    "label",
    # what is provided for is no direction; both ways unparenthesised say nothing; a benefit plan is a cost
    ["Allowance for loan losses", "Allowance for credit losses", "Other income/expense", "Employee benefits", "Revenue"],
)
def test_label_without_direction(label):
    assert label_direction(label) is None


@pytest.mark.parametrize(
    "text, amount, direction",
    [
        ("Net cash used in investing activities was $23.2 million in the six months", "$23.2 million", ADVERSE),
        ("We recognized an income tax expense of NT$7,758 million for the year.", "NT$7,758 million", ADVERSE),
        ("adjusted free cash flow(2) was a use of $21 million", "$21 million", ADVERSE),
        ("Operating cash flow improved to $20 million from an outflow of $92 million", "$92 million", ADVERSE),
        ("The provision for credit losses was a benefit of $452 million", "$452 million", FAVOURABLE),
        ("compared to a $20.8 million gain on marketable securities", "$20.8 million", FAVOURABLE),
        # the amount compared with takes the direction of the amount before it
        ("Net cash used in operating activities was $23.2 million, compared to $58.0 million in", "$58.0 million", ADVERSE),
        # ... and not that of an aside in parentheses: STAAR's row "Operating income (expense)" as the extractive engine
        # writes it up compares operating income
        ("Operating income (expense) was -$27910 thousand, compared with $10405 thousand", "$10405 thousand", FAVOURABLE),
        # a loss is one whatever its sign; an income printed negative is a loss
        ("a net loss of $(5.0) million", "$(5.0) million", ADVERSE),
        ("net income of $(5.0) million", "$(5.0) million", ADVERSE),
        # words of another clause are not the amount's
        ("Operating income, which excludes restructuring expenses, was $50 million", "$50 million", None),
        ("The allowance for credit losses was $1.9 billion", "$1.9 billion", None),
        ("Revenue was $5 million, compared to $4 million", "$4 million", None),
    ],
)
def test_words_direction(text, amount, direction):
    start = text.index(amount)
    assert words_direction(text, start, start + len(amount), printed_negative(amount)) is direction


@lru_cache(maxsize=4)
def _index(name: str) -> FactIndex:
    return FactIndex(load_document(READING / name))


def _without(name: str, sentence: str) -> FactIndex:
    """The release's reading with one of its own sentences left out: only its tables can back the sentence."""
    index = _index(name)
    start = index.document.text.index(sentence)
    return index.without(Span(start, start + len(sentence)))


def _cell(name: str, row: str, text: str):
    return next(f for f in _index(name).facts if f.in_table and f.figure.row == row and f.figure.text == text)


@pytest.mark.parametrize(
    "name, row, text, direction",
    [
        ("ase-technology_q4-2024_newswire.txt", "Income tax expense", "(1,862)", ADVERSE),
        ("green-plains_q4-2024_newswire.txt", "Income tax benefit (expense)", "(6,981)", ADVERSE),
        ("danaos_q4-2024_newswire.txt", "(Gain)/loss on investments", "(20,762)", FAVOURABLE),
        ("beyond-meat_q2-2026_text.txt", "Net cash used in operating activities", "(23,156)", ADVERSE),
    ],
)
def test_cell_direction_on_real_statements(name, row, text, direction):
    cell = _cell(name, row, text)
    assert cell.value < 0 and cell.direction is direction


@pytest.mark.parametrize(
    "name, sentence, claim, opposite",
    [
        # "(23,156)" under "Net cash used in operating activities"
        (
            "beyond-meat_q2-2026_text.txt",
            "Net cash used in operating activities was $23.2 million in the six months ended June 27, 2026, "
            "compared to $58.0 million in the year-ago period.",
            "Net cash used in operating activities was $23.2 million in the six months ended June 27, 2026.",
            "Net cash provided by operating activities was $23.2 million in the six months ended June 27, 2026.",
        ),
        # "Income tax expense | (7,758)"
        (
            "ase-technology_q4-2024_newswire.txt",
            "We recognized an income tax expense of NT$7,758 million for the year.",
            "We recognized an income tax expense of NT$7,758 million for the year.",
            "We recognized an income tax benefit of NT$7,758 million for the year.",
        ),
        # "Income tax benefit (expense) | (6,981)": the parentheses are an expense
        (
            "green-plains_q4-2024_newswire.txt",
            "Income tax expense was $7.0 million for the three months ended December 31, 2024",
            "Income tax expense was $7.0 million for the three months ended December 31, 2024.",
            "Income tax benefit was $7.0 million for the three months ended December 31, 2024.",
        ),
    ],
)
def test_same_size_and_direction_backs_a_claim_the_opposite_does_not(name, sentence, claim, opposite):
    index = _without(name, sentence)
    assert verify_claim(index, claim).supported
    assert not verify_claim(index, opposite).supported


def test_the_losses_a_provision_is_for_do_not_sign_it():
    """"provision for credit losses was $4.8 million" is a provision of 4.8 million, as its table's
    "Provision for credit losses | 4,790" is: the losses it is for are no loss of the amount."""
    index = FactIndex(load_document(DATA / "peapack-gladstone_q3-2025_newswire.txt"))
    sentence = "For the quarter ended September 30, 2025, the provision for credit losses was $4.8 million"
    start = index.document.text.index(sentence)
    without = index.without(Span(start, start + len(sentence)))
    check = verify_claim(without, "For the third quarter of 2025, the provision for credit losses was $4.8 million.")
    assert check.supported and check.numbers[-1].supports[0].value == 4_790_000
