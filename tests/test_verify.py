from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
from corpus import DATA, document

from summarizer.cli import main
from summarizer.facts import FactIndex
from summarizer.resources import load_schema
from summarizer.types import Span
from summarizer.verify.verifier import Status, verify_claim, verify_claims, verify_text

IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"


@pytest.fixture(scope="module")
def immunogen() -> FactIndex:
    return FactIndex(document(IMMUNOGEN))


def _statuses(index: FactIndex, claim: str) -> list[Status]:
    return [n.status for n in verify_claim(index, claim).numbers if n.status is not Status.NOT_FINANCIAL]


def test_rounded_scaled_and_signed_values(immunogen):
    check = verify_claim(immunogen, "ImmunoGen reported a net loss of $3.5 million for the quarter.")
    number = check.numbers[0]
    assert number.status is Status.VERIFIED
    assert any(ref.text == "(3,502)" and ref.row == "Net income (loss)" for ref in number.supports)
    assert _statuses(immunogen, "Net income of $3.5 million for the quarter.") != [Status.VERIFIED]


def test_precision_no_finer_than_the_source(immunogen):
    assert _statuses(immunogen, "Total revenues were $6,587,000.") == [Status.VERIFIED]
    assert _statuses(immunogen, "Total revenues were $6,587,412.") == [Status.UNSUPPORTED]


def test_derived_percent_change_reports_its_formula(immunogen):
    number = verify_claim(immunogen, "Revenue fell 27% to $6.6 million.").numbers[0]
    assert number.status is Status.DERIVED
    assert number.formula == "percent change: 6,587 vs 9,047 = -27.2"
    assert [ref.text for ref in number.supports] == ["6,587", "9,047"]
    assert _statuses(immunogen, "Revenue fell 30% to $6.6 million.")[0] is not Status.DERIVED


def test_prior_period_value_claimed_for_the_quarter(immunogen):
    assert _statuses(immunogen, "Revenue of $9.0 million this quarter.") == [Status.CONTEXT_MISMATCH]
    assert _statuses(immunogen, "Revenue was $9.0 million in the same period last year.") == [Status.VERIFIED]


def test_another_metrics_value(immunogen):
    assert _statuses(immunogen, "Revenue of $8.8 million.") == [Status.CONTEXT_MISMATCH]
    assert _statuses(immunogen, "Research and development expenses were $8.8 million.") == [Status.VERIFIED]


def test_a_change_stays_with_the_level_it_accompanies():
    index = FactIndex(document("nvidia_q4-fy2026.txt"))
    assert _statuses(index, "Fiscal 2026 revenue totaled $215.9 billion, up 65%.") == [Status.VERIFIED] * 2
    # 41% is Gaming's full-year growth, not the company's
    assert _statuses(index, "Fiscal 2026 revenue totaled $215.9 billion, up 41%.")[1] is Status.CONTEXT_MISMATCH


def test_citations_make_numbers_outside_them_misattributed(immunogen):
    statement = immunogen.document.tables[1]
    cited = verify_claim(immunogen, "Revenue was $6.6 million.", citations=[statement.span])
    assert cited.numbers[0].status is Status.VERIFIED
    assert [ref.text for ref in cited.numbers[0].supports] == ["6,587"]
    elsewhere = verify_claim(immunogen, "Revenue was $6.6 million.", citations=[Span(0, 100)])
    assert elsewhere.numbers[0].status is Status.MISATTRIBUTED


def test_free_text_is_checked_sentence_by_sentence():
    report = verify_text(
        "Revenues were $6.6 million. Net loss was $3.5 million. Cash stood at $95 million.", document(IMMUNOGEN)
    )
    assert [claim.supported for claim in report.claims] == [True, True, False]
    assert report.summary_line().startswith("2 of 3 numbers verified; 1 not supported: $95 million")


def test_verifying_100_claims_is_fast_enough_to_run_in_tests():
    claims = (DATA / "claims" / "nvidia_q4-fy2026.txt").read_text().splitlines() * 9
    report = verify_claims(claims[:100], document("nvidia_q4-fy2026.txt"))
    assert len(report.claims) == 100 and report.supported


def test_seeded_mutations_meet_the_quality_targets():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import verifier_mutations

    result = verifier_mutations.evaluate()
    assert result["false_alarms"] / result["true_claims"] <= verifier_mutations.FALSE_ALARM_LIMIT, result["alarms"]
    for kind, target in verifier_mutations.TARGETS.items():
        assert result["total"][kind] >= verifier_mutations.FEWEST_VARIANTS[kind]
        assert result["detected"][kind] / result["total"][kind] >= target, kind


def test_claims_command_reports_json_per_line(tmp_path, capsys):
    claims = tmp_path / "claims.txt"
    claims.write_text("Revenue fell 27% to $6.6 million.\nRevenue of $9.0 million this quarter.\n")
    code = main(["verify", str(DATA / IMMUNOGEN), "--claims", str(claims), "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, load_schema("verification.schema.json"))
    assert code == 3
    assert [c["text"] for c in payload["claims"]] == ["Revenue fell 27% to $6.6 million.", "Revenue of $9.0 million this quarter."]
    assert [c["supported"] for c in payload["claims"]] == [True, False]
    first = payload["claims"][0]["numbers"]
    assert (first[0]["text"], first[0]["value"], first[0]["status"]) == ("27%", "-27", "derived")
    assert payload["claims"][1]["numbers"][0]["candidates"], "the nearest source figures are reported"


def test_text_command_exits_0_when_all_is_supported(capsys):
    assert main(["verify", str(DATA / IMMUNOGEN), "--text", "Revenues were $6.6 million."]) == 0
    assert "1 of 1 numbers verified" in capsys.readouterr().out


def test_claims_from_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Net loss was $3.5 million.\n")))
    assert main(["verify", str(DATA / IMMUNOGEN), "--claims", "-"]) == 0


def test_verify_needs_one_kind_of_claims(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["verify", str(DATA / IMMUNOGEN)])
    assert caught.value.code == 2


@pytest.fixture(scope="module")
def wells_fargo() -> FactIndex:
    return FactIndex(document("reading/wells-fargo_q4-2021.htm"))


def _status_of(index: FactIndex, claim: str, number: str) -> Status:
    return next(n.status for n in verify_claim(index, claim).numbers if n.text == number)


def test_a_rounded_stated_change_does_not_stop_a_precise_recomputation(wells_fargo):
    """Wells Fargo Q4 2021: noninterest expense $13,198 million against $14,802 million, a row
    that states its change rounded ("(11)%"). 10.8% is what the two cells give; 10.3% is not."""
    claim = "Noninterest expense fell {} to $13.2 billion from a year earlier."
    assert _status_of(wells_fargo, claim.format("10.8%"), "10.8%") is Status.DERIVED
    assert _status_of(wells_fargo, claim.format("10.3%"), "10.3%") not in (Status.VERIFIED, Status.DERIVED)


def test_a_change_is_computed_from_the_cell_that_backs_its_level(wells_fargo):
    """Wells Fargo Q4 2021: the "Net interest income" row prints the quarter ($9,262 million,
    down 1% year over year) beside the full year ($35,779 million against $39,956 million, -10.5%).
    The quarter's level does not take the full year's change of its row."""
    claim = "Net interest income slipped {} year over year to $9.26 billion."
    assert _status_of(wells_fargo, claim.format("1%"), "1%") is Status.VERIFIED
    assert _status_of(wells_fargo, claim.format("10%"), "10%") is Status.CONTEXT_MISMATCH


def test_net_income_per_ads_is_earnings_per_share():
    """Futu Q2 2026: "Diluted net income per ADS was HK$26.08 (US$3.33), compared with HK$18.24",
    with that sentence left out, is backed by the per-share table's "Diluted" row of HK$ and US$
    columns -- not read as net income, which no amount of HK$26.08 is."""
    index = FactIndex(document("reading/futu_q2-2026_text.txt"))
    claim = "Diluted net income per ADS was HK$26.08 (US$3.33), compared with HK$18.24 in the second quarter of 2025."
    sentence = next(s for s in index.sentences if s.of(index.document.text).startswith("Diluted net income per ADS was"))
    alone = index.without(sentence)
    assert _statuses(alone, claim) == [Status.VERIFIED] * 3
    assert _status_of(alone, claim.replace("HK$18.24", "HK$26.32"), "HK$26.32") is not Status.VERIFIED  # the basic one's
