"""Multiples written with a glued "x" ("leverage ratio improved to 3.6x", "0.40x LTM adjusted EBITDA") are read on
both sides, as counts of times: a claim's is checked, never passed over (issue 13, "fail closed on numbers")."""

from __future__ import annotations

from decimal import Decimal

from corpus import number_status

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim


def test_a_claims_multiple_is_read_as_a_count():
    read = [(n.text, n.value, n.unit.value) for n in read_numbers("Cash flow was about 1.3x the EUR 30.3m dividend.")]
    assert read[0] == ("1.3x", Decimal("1.3"), "count")
    assert read_numbers("a 4x4 truck on x86 chips") == []  # no multiple


def test_a_releases_multiple_backs_the_claim_that_restates_it():
    # Auna Q2 2026: "our leverage ratio improved to 3.6x"
    index = FactIndex(document_from_text(
        "Auna Reports Second Quarter 2026 Results\n\nIn the quarter, our leverage ratio improved to 3.6x, underscoring "
        "the resilience of our business model.\n"
    ))  # fmt: skip
    assert verify_claim(index, "The leverage ratio stood at 3.6x at quarter end.").supported
    assert not verify_claim(index, "The leverage ratio stood at 3.8x at quarter end.").supported


def test_a_table_cells_multiple_is_a_figure():
    # Danaos Q4 2024: "Net Debt / LTM Adjusted EBITDA | 0.40x | 0.20x"
    index = FactIndex(document_from_text(
        "Danaos Corporation Reports Fourth Quarter and Year Ended December 31, 2024 Results\n\n"
        "| | As of December 31, 2024 | As of December 31, 2023 |\n|---|---|---|\n"
        "| Net Debt / LTM Adjusted EBITDA | 0.40x | 0.20x |\n"
    ))  # fmt: skip
    cells = {f.figure.text: f for f in index.facts if f.figure.row == "Net Debt / LTM Adjusted EBITDA"}
    assert cells["0.40x"].value == Decimal("0.40") and cells["0.20x"].period.prior


def test_a_multiple_of_two_amounts_the_claim_states():
    # PATRIZIA 9M 2025: operating cash flow EUR 40.2m, dividend EUR 30.3m paid in 2025
    name = "claim_reading/patrizia_9m-2025_newswire.txt"
    claim = "Operating cash flow of EUR 40.2m in 9M 2025 was about {} the EUR 30.3m FY 2024 dividend paid in 2025."
    assert number_status(name, claim.format("1.3x"), "1.3x") in SUPPORTED
    assert number_status(name, claim.format("1.5x"), "1.5x") not in SUPPORTED


def test_a_multiple_said_after_the_two_amounts_it_sets_against_each_other():
    # Royalty Management H1 2025: revenue $2,250,405 against $416,323 in H1 2024, 5.4 times
    name = "reading/royalty-management_q2-2025_newswire.txt"
    claim = "H1 revenue $2.25m vs $416,323 in H1 2024, roughly {}"
    assert number_status(name, claim.format("5.4x"), "5.4x") in SUPPORTED
    assert number_status(name, claim.format("6.4x"), "6.4x") not in SUPPORTED


def test_a_multiple_is_backed_by_a_multiple_not_by_any_count_of_its_value():
    # Danaos Q4 2024: "Net Debt / LTM Adjusted EBITDA | 0.40x"; the release's footnotes are numbered
    index = FactIndex(document_from_text(
        "Danaos Corporation Reports Fourth Quarter Results\n\nNet debt was $291.2 million at year end, or 0.40x LTM "
        "adjusted EBITDA, against 4 vessels delivered in the year.\n"
    ))  # fmt: skip
    assert verify_claim(index, "Net debt was $291.2 million, or 0.40x LTM adjusted EBITDA.").supported
    assert not verify_claim(index, "Net debt was $291.2 million, or 4.00x LTM adjusted EBITDA.").supported
