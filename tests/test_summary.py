from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from corpus import document

from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.resources import load_schema
from summarizer.summary.model import Summary, load_summary, metric_sentence, summary_validator, verify_summary
from summarizer.verify.verifier import Status

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "immunogen_summary.json"
RELEASE = ROOT / "examples" / "immunogen_q2-fy2006_8k.txt"


def _payload() -> dict:
    return json.loads(EXAMPLE.read_text())


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in node:
        node = next(option for option in node["anyOf"] if option.get("type") != "null")
        return _resolve(schema, node)
    return node


def _shape(schema: dict, node: dict) -> dict:
    """Property names and required lists of a schema node, recursively: what must agree."""
    node = _resolve(schema, node)
    if node.get("type") == "array" or "items" in node:
        return {"items": _shape(schema, node["items"])}
    if "properties" in node:
        return {
            "required": sorted(node.get("required", [])),
            "properties": {name: _shape(schema, sub) for name, sub in sorted(node["properties"].items())},
        }
    return {}


def test_pydantic_models_agree_with_the_json_schema():
    file_schema = load_schema("summary.schema.json")
    model_schema = Summary.model_json_schema(ref_template="#/$defs/{model}")
    assert _shape(model_schema, model_schema) == _shape(file_schema, file_schema["$defs"]["summary"])


def test_summary_schema_is_strict_mode_shaped():
    """Every object closes its properties and requires them all, as strict structured outputs demand."""
    schema = load_schema("summary.schema.json")

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node:
                assert node.get("additionalProperties") is False
                assert sorted(node["required"]) == sorted(node["properties"]), node.get("title")
            for forbidden in ("allOf", "not", "if"):
                assert forbidden not in node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema["$defs"]["summary"])
    walk({key: schema["$defs"][key] for key in ("metric", "guidance", "update", "amount", "citation")})


def test_example_summary_validates_and_verifies():
    payload = _payload()
    summary_validator("summary").validate(payload)
    report = verify_summary(Summary.model_validate(payload), document("immunogen_q2-fy2006_8k.txt"))
    assert report.supported and not report.citation_errors
    statuses = [n.status for claim in report.claims for n in claim.numbers if n.status is not Status.NOT_FINANCIAL]
    assert statuses.count(Status.DERIVED) == 2 and len(statuses) == 14
    assert report.claims[1].item == "metrics[0]"


def test_metric_sentence_states_periods_and_change():
    metric = Summary.model_validate(_payload()).metrics[0]
    assert metric_sentence(metric) == (
        "Total revenues for the three months ended December 31, 2005 was $6587 thousand, compared with "
        "$9047 thousand for the three months ended December 31, 2004, down 27.2%."
    )


def test_a_hallucinated_number_is_flagged():
    payload = _payload()
    payload["metrics"][0]["value"]["value"] = "6887"
    report = verify_summary(Summary.model_validate(payload), document("immunogen_q2-fy2006_8k.txt"))
    assert not report.supported
    revenue = next(n for n in report.claims[1].numbers if n.text == "$6887 thousand")
    assert revenue.status is Status.UNSUPPORTED
    assert {"$6.6 million", "6,587"} & {c.text for c in revenue.candidates}, "the nearest source figures are offered"


def test_a_number_outside_its_citations_is_misattributed():
    payload = _payload()
    payload["business_update"][0]["citations"] = payload["company"]["citations"]
    report = verify_summary(Summary.model_validate(payload), document("immunogen_q2-fy2006_8k.txt"))
    assert [n.status for n in report.claims[-1].numbers] == [Status.MISATTRIBUTED, Status.MISATTRIBUTED]


def test_a_quote_that_is_not_at_its_span_is_a_citation_error():
    payload = _payload()
    payload["headline"]["citations"][0]["quote"] = "a net loss of $3.6 million"
    report = verify_summary(Summary.model_validate(payload), document("immunogen_q2-fy2006_8k.txt"))
    assert not report.supported
    assert report.citation_errors[0].startswith("headline: citation [")
    assert "does not match its quote 'a net loss of $3.6 million'" in report.citation_errors[0]


def test_a_span_past_the_end_is_reported_once_with_its_message():
    payload = _payload()
    length = len(document("immunogen_q2-fy2006_8k.txt").text)
    payload["company"]["citations"][0].update(start=length, end=length + 5)
    report = verify_summary(Summary.model_validate(payload), document("immunogen_q2-fy2006_8k.txt"))
    assert report.citation_errors == (f"company: citation [{length}, {length + 5}) lies outside the document",)
    assert not report.supported


def test_load_summary_accepts_the_envelope_and_explains_bad_files(tmp_path):
    envelope = tmp_path / "envelope.json"
    envelope.write_text(json.dumps({"summary": _payload(), "engine": "llm"}))
    assert load_summary(envelope).company.ticker == "IMGN"
    broken = copy.deepcopy(_payload())
    del broken["metrics"][0]["basis"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken))
    with pytest.raises(InputError, match=r"is not a summary: at metrics/0: 'basis' is a required property"):
        load_summary(bad)
    (tmp_path / "nojson.json").write_text("{")
    with pytest.raises(InputError, match="is not JSON"):
        load_summary(tmp_path / "nojson.json")


def test_verify_summary_command_exit_codes(tmp_path, capsys):
    assert main(["verify", str(RELEASE), "--summary", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("14 of 14 numbers verified")
    payload = _payload()
    payload["metrics"][1]["value"]["value"] = "-3302"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(payload))
    assert main(["verify", str(RELEASE), "--summary", str(wrong), "--format", "json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["supported"] is False and report["counts"]["unsupported"] == 1


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("metrics", 0, "value", "value"), "6.587e3", "String should match pattern"),
        (("period", "fiscal_quarter"), 5, "less than or equal to 4"),
        (("headline", "citations", 0, "start"), -1, "greater than or equal to 0"),
        (("metrics", 0, "surprise"), "extra", "Unexpected keyword argument"),
        (("metrics", 0, "basis"), "ifrs", "Input should be 'gaap' or 'non_gaap'"),
    ],
    ids=["decimal-text", "quarter", "citation-start", "unknown-field", "basis"],
)
def test_the_summary_types_refuse_what_the_schema_refuses(where, value, message):
    """The value types are dataclasses; pydantic checks them, with their constraints, where data
    comes from outside (a model's answer, a summary file)."""
    from pydantic import ValidationError

    payload = _payload()
    node = payload
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    with pytest.raises(ValidationError, match=message):
        Summary.model_validate(payload)


def test_the_summary_types_round_trip_through_json():
    summary = Summary.model_validate(_payload())
    assert summary.metrics[0].value.base_value == 6_587_000
    assert json.loads(summary.model_dump_json()) == _payload()
    assert summary.model_copy(update={"business_update": []}).business_update == [] and summary.business_update


def test_a_metric_label_says_its_basis_once():
    from summarizer.summary.model import Amount, Metric, metric_label

    def metric(label: str, basis: str) -> Metric:
        value = Amount(value="0.38", unit="per_share", scale="units")
        return Metric(metric="eps_diluted", label=label, basis=basis, period="Q2", value=value,
                      comparison_period=None, comparison_value=None, change=None, citations=[])  # fmt: skip

    assert metric_label(metric("Non-GAAP diluted net income per share", "non_gaap")) == "Non-GAAP diluted net income per share"
    assert metric_label(metric("Adjusted EPS", "non_gaap")) == "Adjusted EPS (non-GAAP)"
    assert metric_label(metric("Diluted EPS", "gaap")) == "Diluted EPS"


def test_a_guidance_percentage_of_a_flow_is_its_growth_and_a_margin_its_level():
    from summarizer.summary.model import Amount, Guidance, guidance_sentence

    def guidance(metric: str, low: str, high: str, text: str = "") -> Guidance:
        bound = lambda value: Amount(value=value, unit="percent", scale="units")  # noqa: E731
        return Guidance(metric=metric, period="fiscal 2026", low=bound(low), high=bound(high), text=text, citations=[])

    assert guidance_sentence(guidance("adjusted EPS growth", "12", "12")) == "The company expects adjusted EPS to grow 12% in fiscal 2026."
    assert guidance_sentence(guidance("net sales", "13", "14")) == "The company expects net sales to grow 13% to 14% in fiscal 2026."
    assert guidance_sentence(guidance("sales growth", "-5", "-3")) == "The company expects sales to decline 3% to 5% in fiscal 2026."
    assert guidance_sentence(guidance("effective tax rate", "28.5", "30.5")) == (
        "The company expects effective tax rate for fiscal 2026 of 28.5% to 30.5%."
    )
    spending = guidance("net sales", "10", "10", "Advertising and sales promotion spending is expected to be about 10% of net sales.")
    assert guidance_sentence(spending) == "The company expects net sales for fiscal 2026 of 10%."
