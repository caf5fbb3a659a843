"""The LLM pipeline against recorded OpenAI answers (cassettes/, replayed with the network blocked)."""

from __future__ import annotations

import json

import pytest
from corpus import DATA, document

from summarizer.cli import main
from summarizer.engines.chunking import count_tokens
from summarizer.engines.llm import ModelSettings
from summarizer.engines.llm_engine import model_schema, summarize_llm
from summarizer.engines.prompting import render
from summarizer.errors import ModelRefusal, ModelTruncated, ResourceError
from summarizer.ingest.load import load_document
from summarizer.pipeline import cross_check, summarize_document
from summarizer.summary.model import summary_validator
from summarizer.summary.notes import NoteKind

IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"
pytestmark = [pytest.mark.block_network]


def _settings(**overrides) -> ModelSettings:
    return ModelSettings(**{"model": "gpt-4o-mini", "api_key": "test-key", "max_retries": 2, **overrides})


@pytest.mark.vcr("immunogen_good.yaml")
def test_a_good_summary_resolves_every_citation_and_verifies():
    result = summarize_llm(document(IMMUNOGEN), _settings())
    assert result.usage.calls == 1 and result.usage.prompt_tokens > 5000
    assert result.report.supported and not result.notes
    revenue = result.summary.metrics[0]
    assert (revenue.metric, revenue.value.value, revenue.value.scale) == ("revenue", "6587", "thousands")
    citation = revenue.citations[0]
    assert document(IMMUNOGEN).text[citation.start : citation.end] == citation.quote
    assert citation.quote == "Total revenues\t\t6,587\t 9,047\t\t14,365\t\t18,054"


@pytest.mark.vcr("immunogen_repair.yaml")
def test_a_hallucinated_number_is_sent_back_and_corrected():
    result = summarize_llm(document(IMMUNOGEN), _settings())
    assert result.usage.calls == 2, "one repair call"
    assert result.summary.metrics[0].value.value == "6587"
    assert result.report.supported


@pytest.mark.vcr("immunogen_bad_citation.yaml")
def test_a_quote_not_in_its_segment_is_reported():
    result = summarize_llm(document(IMMUNOGEN), _settings())
    unresolved = [note for note in result.notes if note.kind is NoteKind.QUOTE_NOT_IN_SEGMENT]
    assert len(unresolved) == 1 and unresolved[0].kind.is_citation_error
    assert unresolved[0].message == "headline: quote 'reported a net loss of $3.6 million' is not in segment 46"
    assert result.usage.calls == 2 and result.report.supported


@pytest.mark.vcr("immunogen_reask.yaml")
def test_invalid_json_is_asked_again_on_a_copy_of_the_conversation():
    result = summarize_llm(document(IMMUNOGEN), _settings())
    assert result.usage.calls == 2 and result.report.supported


@pytest.mark.vcr("immunogen_refusal.yaml")
def test_a_refusal_is_a_clear_error():
    with pytest.raises(ModelRefusal, match="the model refused: I'm sorry"):
        summarize_llm(document(IMMUNOGEN), _settings())


@pytest.mark.vcr("immunogen_truncated.yaml")
def test_a_truncated_answer_is_a_clear_error():
    with pytest.raises(ModelTruncated, match=r"cut off after 884 output tokens \(the limit is 8000"):
        summarize_llm(document(IMMUNOGEN), _settings())


@pytest.mark.vcr("immunogen_rate_limited.yaml")
def test_a_429_is_retried_after_the_server_says():
    result = summarize_llm(document(IMMUNOGEN), _settings())
    assert result.usage.calls == 1 and result.report.supported


@pytest.mark.vcr("nvidia_chunks.yaml")
def test_a_long_filing_goes_in_chunks_and_merges():
    # the cassette was recorded on the press release alone, before the CFO commentary (EX-99.2) was read with it
    doc = load_document(DATA / "nvidia_q4-fy2026.txt", document="EX-99.1")
    result = summarize_llm(doc, _settings(context_tokens=14567))
    assert result.usage.calls == 2
    assert [m.metric for m in result.summary.metrics] == ["revenue", "eps_diluted", "net_income"]
    assert result.report.supported
    overhead = count_tokens(render("summary_system.v1.md")) + 400
    assert result.usage.prompt_tokens <= 1.15 * count_tokens(doc.text) + 2 * overhead


@pytest.mark.vcr("immunogen_good.yaml")
def test_summarize_command_uses_the_configured_model(model_env, capsys):
    assert main(["summarize", str(DATA / IMMUNOGEN), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    summary_validator().validate(payload)
    assert (payload["engine"], payload["model"], payload["prompt_version"]) == ("llm", "gpt-4o-mini", "summary.v1")
    usage = payload["usage"]
    assert usage["calls"] == 1 and usage["estimated_cost_usd"] > 0
    assert usage["prompt_tokens"] <= 1.15 * usage["document_tokens"] + 1000
    assert payload["verification"]["supported"] is True


@pytest.mark.vcr("immunogen_refusal.yaml")
def test_model_failure_exits_1_with_one_line(model_env, capsys):
    assert main(["summarize", str(DATA / IMMUNOGEN)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the model refused" in err


def test_model_schema_is_strict_and_cites_segments():
    schema = model_schema()
    citation = schema["$defs"]["citation"]
    assert citation["required"] == ["segment", "quote"] and citation["additionalProperties"] is False
    assert schema["additionalProperties"] is False and sorted(schema["required"]) == sorted(schema["properties"])


def test_settings_from_the_environment():
    assert ModelSettings.from_env(env={}) is None
    local = ModelSettings.from_env(env={"SUMMARIZER_MODEL": "llama3.1", "OPENAI_BASE_URL": "http://localhost:11434/v1"})
    assert (local.model, local.base_url, local.api_key) == ("llama3.1", "http://localhost:11434/v1", "not-needed")
    azure = ModelSettings.from_env(env={"SUMMARIZER_MODEL": "gpt-4o", "AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com",
                                         "AZURE_OPENAI_API_KEY": "k", "OPENAI_API_VERSION": "2024-10-21"})  # fmt: skip
    assert (azure.azure_endpoint, azure.api_version) == ("https://x.openai.azure.com", "2024-10-21")


def test_a_missing_placeholder_is_named():
    with pytest.raises(ResourceError, match=r"needs a value for \$segments"):
        render("summary_user.v1.md", title="x", part="")


def test_cross_check_flags_a_model_figure_the_tables_contradict():
    from summarizer.engines.extractive import summarize_extractive

    tables = summarize_extractive(document(IMMUNOGEN))
    wrong = tables.model_copy(update={"metrics": [tables.metrics[0].model_copy(
        update={"value": tables.metrics[0].value.model_copy(update={"value": "6887"})})]})  # fmt: skip
    warnings = cross_check(wrong, tables)
    assert warnings == ["Total revenues (Three Months Ended December 31, 2005): the summary says 6887 thousands, "
                        "the release's table says 6587 thousands"]  # fmt: skip
    assert cross_check(tables, tables) == []


@pytest.mark.vcr("immunogen_bad_citation.yaml")
def test_an_unresolved_quote_is_a_citation_error_and_a_disagreement_a_warning(model_env):
    # the kinds sort the notes, not their wording: the quote the model could not place fails verification
    envelope, report = summarize_document(document(IMMUNOGEN), engine="llm")
    assert report.citation_errors == ("headline: quote 'reported a net loss of $3.6 million' is not in segment 46",)
    assert not report.supported and envelope.engine == "llm"
    assert all("is not in segment" not in warning for warning in report.warnings)
